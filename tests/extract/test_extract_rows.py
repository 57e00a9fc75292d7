"""Which happenings are rows of the chronology: factuality, one row per happening (issue 16)."""

from __future__ import annotations

import pytest

from timeline.extract import extract
from timeline.model import DocDate, Document

pytestmark = pytest.mark.slow


def rows(nlp, text: str, *, all_events: bool = False):
    document = Document(id="d1", text=text, date=DocDate("2016-12-16", "metadata", 1.0))
    return extract(nlp(text), document, [], all_events=all_events).events


def facts(nlp, text: str) -> dict[str, str]:
    return {e.predicate.text: e.factuality for e in rows(nlp, text, all_events=True)}


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("The writing did not start today.", "start", "negated"),
        ("No one was hurt in the blast.", "hurt", "negated"),
        ("The army never attacked the town.", "attacked", "negated"),
        ("The deal would end years of fighting.", "deal", "hypothetical"),
        ("Idlib could be attacked next.", "attacked", "hypothetical"),
        ("If the army attacks, the rebels will retreat.", "retreat", "hypothetical"),
        ("Did the army attack the city?", "attack", "hypothetical"),
        ("The rebels fought in their effort to push Assad from office.", "push", "hypothetical"),
        ("The minister will visit China next week.", "visit", "planned"),
        ("Putin agreed to hold peace talks in Astana.", "talks", "planned"),
        ("The peace talks are expected to be held in January.", "talks", "planned"),
        ("The region, which is divided between three countries, is poor.", "divided", "generic"),
        ("The rebels held the city for four years.", "held", "generic"),
        ("Police arrested three men.", "arrested", "asserted"),
    ],
)
def test_rows_factuality(nlp, text, trigger, expected):
    assert facts(nlp, text).get(trigger) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The writing did not start today.",
        "The deal would end years of fighting.",
        "The rebels held the city for four years.",
    ],
)
def test_rows_not_listed_by_default_but_kept_with_all_events(nlp, text):
    assert rows(nlp, text) == ()
    assert rows(nlp, text, all_events=True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "X said Y": Y's row, X its source
        ("The ministry said 40 people died in the floods.", ["died"]),
        # an opinion is no happening: the statement is the row, from a named speaker
        ("Vladimir Putin said the next step should be a ceasefire.", ["said"]),
        # from nobody named, a statement is no row
        ("Normally 24 people work there, the agency said.", []),
        # an event noun with a verb that says it took place: one row
        ("The evacuations began on Thursday.", ["evacuations"]),
        # a framing participle folds into the main verb
        ("Speaking in Geneva, the envoy warned of a new siege.", ["warned"]),
        # a participle describing a noun is no row
        ("Assad spoke in a video posted on Twitter.", ["spoke"]),
        # an event noun that is only referred to is no row
        ("After the liberation of Aleppo, the army moved north.", ["moved"]),
        # bare gerunds are fragments, a participle after the main verb a happening
        ("A bomb exploded in the market, killing 12 people.", ["exploded", "killing"]),
    ],
)
def test_rows_one_row_per_happening(nlp, text, expected):
    assert [e.predicate.text for e in rows(nlp, text)] == expected


def test_rows_reported_event_carries_its_source(nlp):
    (died,) = rows(nlp, "Health minister Ali Hassan said 40 people died in the floods.")
    assert died.factuality == "reported"
    assert ("Ali Hassan", "source") in {(a.name, a.role) for a in died.actors}


def test_rows_confidence_and_salience_say_something(nlp):
    text = "Police arrested three men on Monday.\nThe minister will visit China."
    from timeline.model import TimeExpr

    monday = TimeExpr(
        start=text.index("Monday"),
        end=text.index("Monday") + 6,
        text="Monday",
        type="DATE",
        value="2016-12-12",
        earliest="2016-12-12",
        latest="2016-12-12",
        precision="day",
        resolution="relative",
        doc="d1",
    )
    document = Document(id="d1", text=text, date=DocDate("2016-12-16", "metadata", 1.0))
    events = {e.predicate.text: e for e in extract(nlp(text), document, [monday]).events}
    arrested, visit = events["arrested"], events["visit"]
    assert arrested.confidence > visit.confidence  # dated by the text beats undated
    assert 0 < arrested.salience <= 1 and arrested.salience > visit.salience
