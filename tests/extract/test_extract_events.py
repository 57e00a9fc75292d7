"""Events, roles, attribution and dates from hand-built sentences (needs the spaCy model)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline.extract import event_id, extract
from timeline.model import DocDate, Document, TimeExpr

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def nlp_lines(nlp):
    """The shared pipeline plus the line-break sentencizer, on a private copy of the model."""
    from timeline.nlp import build_nlp

    if "timeline_linebreaks" in nlp.pipe_names:
        return nlp
    import timeline.nlp.paragraphs  # noqa: F401  (registers the factory)

    fresh = build_nlp.__wrapped__()
    fresh.add_pipe("timeline_linebreaks", before="parser")
    return fresh


def timex(text: str, phrase: str, value: str, precision: str = "day") -> TimeExpr:
    start = text.index(phrase)
    return TimeExpr(
        start=start,
        end=start + len(phrase),
        text=phrase,
        type="DATE",
        value=value,
        edtf=value,
        earliest=value,
        latest=value,
        precision=precision,
        resolution="relative",
    )


def run(nlp, text: str, timexes=(), ref: str | None = "2016-12-16", aliases=None, infer_dates=True):
    doc = nlp(text)
    document = Document(id="d1", text=text, date=DocDate(ref, "metadata", 1.0))
    return extract(doc, document, list(timexes), aliases=aliases, infer_dates=infer_dates)


def tuples(extraction) -> set[tuple[str, str, str, str | None]]:
    """(actor, role, trigger, date value) for every actor of every event."""
    return {(a.name, a.role, e.predicate.text, e.date.value) for e in extraction.events for a in e.actors}


def event(extraction, trigger: str):
    return next(e for e in extraction.events if e.predicate.text == trigger)


SEED_PUTIN = (
    "Russian President Vladimir Putin arrived in Tokyo.\nPutin said he planned a “national ceasefire” in Syria."
)
SEED_MINISTRY = (
    "Russia’s defence ministry earlier said more than 6,400 people, including more than 3,000 "
    "rebels, had been evacuated over the past 24 hours."
)
SEED_GENEVA = (
    "Speaking in Geneva Thursday, U.N. Special Envoy for Syria Staffan de Mistura warned that "
    "Idlib could be the next Aleppo."
)


@pytest.mark.parametrize(
    ("text", "timexes", "expected"),
    [
        (
            SEED_PUTIN,
            [],
            {("Vladimir Putin", "agent", "planned", None)},
        ),
        (
            SEED_MINISTRY,
            [],
            {("Russia's defence ministry", "source", "evacuated", None)},
        ),
        (
            SEED_GENEVA,
            [timex(SEED_GENEVA, "Thursday", "2016-12-15")],
            {
                ("Staffan de Mistura", "agent", "warned", "2016-12-15"),
            },
        ),
        # passive voice: the by-phrase is the agent, the subject the patient
        (
            "In the morning, Aleppo was recaptured by the Syrian army on Thursday.",
            [
                timex(
                    "In the morning, Aleppo was recaptured by the Syrian army on Thursday.",
                    "Thursday",
                    "2016-12-15",
                )
            ],
            {
                ("Aleppo", "patient", "recaptured", "2016-12-15"),
                ("Syrian army", "agent", "recaptured", "2016-12-15"),
            },
        ),
        # reported speech: the saying is an event, the reported event carries its source
        (
            "Paris, Dec. 20.\nLater that week the monitors noted that Turkey had accused Russia of shelling Idlib.",
            [],
            {
                ("Turkey", "agent", "accused", None),
                ("Russia", "patient", "accused", None),
            },
        ),
        # a quotation is attributed to the speaker outside it
        (
            "“Russia will win the war,” Vladimir Putin told reporters.",
            [],
            # a quoted prediction is no happening of its own: the statement is the row
            {("Vladimir Putin", "agent", "told", None)},
        ),
    ],
    ids=["seed-putin-said", "seed-ministry", "seed-geneva", "passive", "reported", "quote"],
)
def test_extract_events_expected_tuples(nlp_lines, text, timexes, expected):
    got = tuples(run(nlp_lines, text, timexes, ref=None))
    missing = expected - got
    assert not missing, f"missing {missing} in {sorted(got)}"


@pytest.mark.parametrize(
    "text", [SEED_PUTIN, SEED_MINISTRY, "“Russian troops took the town,” Vladimir Putin told reporters."]
)
def test_extract_events_x_said_y_is_one_row(nlp_lines, text):
    """The saying is no row of its own when what is said is a happening: that is the row."""
    triggers = [e.predicate.text for e in run(nlp_lines, text, ref=None).events]
    assert "said" not in triggers and "told" not in triggers and triggers


@pytest.mark.parametrize("text", ["The weather in Paris.", "Happy new year!", "A very large green box."])
def test_extract_events_none_without_event(nlp_lines, text):
    assert run(nlp_lines, text).events == ()


def test_extract_events_mention_is_evidence(nlp_lines):
    ex = run(nlp_lines, SEED_PUTIN)
    planned = event(ex, "planned")
    (m,) = planned.mentions
    assert SEED_PUTIN[m.start : m.end] == "planned"
    assert m.sentence == 1 and m.text == "Putin said he planned a “national ceasefire” in Syria."
    assert planned.id == event_id("d1", m.start) and planned.sources == ("d1",)
    assert [e.mentions[0].start for e in ex.events] == sorted(e.mentions[0].start for e in ex.events)


def test_extract_events_lead_sentence_takes_article_date_only_in_past_tense(nlp_lines):
    text = (
        "Rebels left the city.\nThe army will enter the city.\nTroops guard the roads.\n"
        "Talks ended.\nCivilians returned.\nAid workers arrived."
    )
    ex = run(nlp_lines, text, ref="2016-12-16")
    left = event(ex, "left")
    assert (left.date.value, left.date.resolution, left.date.precision) == ("2016-12-16", "reference", "day")
    assert not event(ex, "enter").date.dated  # future
    assert "guard" not in [e.predicate.text for e in ex.events]  # a lasting state: no row
    assert event(ex, "arrived").date.resolution == "inferred"  # past, but not an opening sentence
    assert not event(run(nlp_lines, text, ref="2016-12-16", infer_dates=False), "arrived").date.dated
    assert not run(nlp_lines, text, ref=None).events[0].date.dated  # no article date, nothing to take


def test_extract_events_date_through_governing_clause(nlp_lines):
    text = "On Friday, Putin said the rebels had left the city."
    ex = run(nlp_lines, text, [timex(text, "Friday", "2016-12-16")], ref=None)
    left = event(ex, "left")
    assert left.date.value == "2016-12-16" and left.date.resolution == "relative" and left.date.mention == 0


def test_extract_events_intended_action_does_not_take_the_agreement_date(nlp_lines):
    text = "On Friday, Putin agreed to hold peace talks in Astana."
    ex = run(nlp_lines, text, [timex(text, "Friday", "2016-12-16")], ref=None)
    assert event(ex, "agreed").date.value == "2016-12-16"
    talks = event(ex, "talks")
    assert "Astana" in talks.places
    assert talks.date.value is None, "the talks come after the agreement, on a day not given"
    assert not [e for e in ex.events if e.predicate.lemma == "hold"], "'hold' is a support verb of 'talks'"


def test_extract_events_summary_is_the_clause(nlp_lines):
    ex = run(nlp_lines, SEED_MINISTRY)
    summary = event(ex, "evacuated").summary
    assert summary.startswith("more than 6,400 people") and "said" not in summary


def test_extract_events_claims_keep_figure_qualifier_and_source(nlp_lines):
    claims = event(run(nlp_lines, SEED_MINISTRY), "evacuated").claims
    first = claims[0]
    assert (first.text, first.value, first.qualifier, first.source, first.doc) == (
        "more than 6,400 people",
        6400.0,
        "more than",
        "Russia's defence ministry",
        "d1",
    )


@pytest.mark.parametrize(
    ("text", "trigger", "actor", "role"),
    [
        # surname and title established earlier map to the full name
        (
            "Russian President Vladimir Putin arrived in Tokyo.\nThe Russian president met Shinzo Abe.",
            "met",
            "Vladimir Putin",
            "agent",
        ),
        (
            "The Turkish foreign minister, Mevlut Cavusoglu, spoke in Ankara.\nCavusoglu later resigned.",
            "resigned",
            "Mevlut Cavusoglu",
            "agent",
        ),
        # a pronoun with one candidate in sight
        ("Steve Jobs founded Apple in 1976.\nHe was fired in 1985.", "fired", "Steve Jobs", "patient"),
    ],
)
def test_extract_events_canonical_actor(nlp_lines, text, trigger, actor, role):
    ex = run(nlp_lines, text, ref=None)
    assert (actor, role) in {(a.name, a.role) for a in event(ex, trigger).actors}


def test_extract_events_pronoun_left_alone_when_ambiguous(nlp_lines):
    ex = run(nlp_lines, "Barack Obama met Vladimir Putin.\nHe left early.", ref=None)
    assert event(ex, "left").actors == ()


def test_extract_events_gazetteer_fixes_types_and_aliases_apply(nlp_lines):
    text = (
        "Rebels shelled Aleppo from Idlib as Astana hosted talks.\n"
        "Mevlut Cavusoglu said on Twitter that Vova had agreed."
    )
    ex = run(nlp_lines, text, ref=None, aliases={"Vladimir Putin": ["Vova"]})
    types = {a.name: a.type for a in ex.actors}
    assert types.get("Aleppo") == "GPE" and types.get("Astana") == "GPE"
    assert types.get("Twitter") != "PERSON"
    assert ("Vladimir Putin", "agent") in {(a.name, a.role) for a in event(ex, "agreed").actors}
    putin = next(a for a in ex.actors if a.name == "Vladimir Putin")
    assert "Vova" in putin.aliases and putin.events >= 1


_PIECES = list("aeiou xyzAP.,;“”\"'\n-0123") + [
    "said",
    " he ",
    "Putin",
    " on Friday",
    " Aleppo",
    " was ",
    "evacuated",
    "more than 6,400",
    " the ",
]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(_PIECES), max_size=40).map("".join))
def test_extract_events_never_crashes_on_arbitrary_text(nlp_lines, text):
    ex = run(nlp_lines, text)
    for e in ex.events:
        m = e.mentions[0]
        assert text[m.start : m.end] == m.trigger


def test_extract_events_first_person_in_quotes_is_the_speaker(nlp_lines):
    text = "“I have asked Tim Cook to run the company,” Steve Jobs wrote."
    ex = run(nlp_lines, text, ref=None)
    assert ("Steve Jobs", "agent") in {(a.name, a.role) for a in event(ex, "asked").actors}
    assert ("Tim Cook", "patient") in {(a.name, a.role) for a in event(ex, "asked").actors}


def test_extract_events_lead_dated_to_another_day_keeps_later_lead_undated(nlp_lines):
    text = "In a Wednesday media event, Apple released new laptops.\nSteve Jobs unveiled the products."
    ex = run(nlp_lines, text, [timex(text, "Wednesday", "2010-10-20")], ref="2010-10-23")
    assert event(ex, "released").date.value == "2010-10-20"
    # the lead tells Wednesday's story, not the article day's
    assert (event(ex, "unveiled").date.value, event(ex, "unveiled").date.resolution) == ("2010-10-20", "inferred")
    explicit = run(nlp_lines, text, [timex(text, "Wednesday", "2010-10-20")], ref="2010-10-23", infer_dates=False)
    assert not event(explicit, "unveiled").date.dated


def test_extract_events_places_and_nationality_adjectives(nlp_lines):
    text = "Russia and Iran agreed to hold peace discussions in the Kazakh capital of Astana."
    talks = event(run(nlp_lines, text, ref=None), "discussions")
    assert "Astana" in talks.places
    names = {a.name for a in talks.actors}
    assert "Kazakh" not in names and "Astana" not in names


def test_extract_events_narrative_dating_is_the_default_and_marked(nlp_lines):
    text = (
        "Paris.\nOn Monday the army entered the city.\nTroops guard the roads.\nThe army said talks ended.\n"
        "Civilians returned.\nAid workers arrived."
    )
    timexes = [timex(text, "Monday", "2016-12-12")]
    ex = run(nlp_lines, text, timexes, ref="2016-12-16")
    arrived = event(ex, "arrived").date
    assert (arrived.value, arrived.resolution, arrived.text) == ("2016-12-12", "inferred", "Monday")
    assert "guard" not in [e.predicate.text for e in ex.events]  # present tense: a state, no row
    explicit = extract(
        nlp_lines(text),
        Document(id="d1", text=text, date=DocDate("2016-12-16", "metadata", 1.0)),
        timexes,
        infer_dates=False,
    )
    assert not event(explicit, "arrived").date.dated


def test_extract_events_raised_passive_subject_gives_place_and_date(nlp_lines):
    text = "The peace talks in Astana are expected to be held in January."
    ex = run(nlp_lines, text, [timex(text, "January", "2017-01", "month")], ref=None)
    talks = event(ex, "talks")
    assert talks.places == ("Astana",)
    assert (talks.date.value, talks.date.precision) == ("2017-01", "month")
    assert not [e for e in ex.events if e.predicate.lemma == "hold"], "'held' is a support verb of 'talks'"


def test_extract_events_open_ended_references_do_not_date_events(nlp_lines):
    text = "The United States remains wary of the future of those evacuated."
    future = TimeExpr(
        start=text.index("the future"),
        end=text.index("the future") + 10,
        text="the future",
        type="DATE",
        value="FUTURE_REF",
        earliest="2016-12-23",
        latest=None,
        precision="none",
        resolution="relative",
        doc="d1",
    )
    doc = nlp_lines(text)
    ex = extract(doc, Document(id="d1", text=text), [future], all_events=True)
    assert ex.events and all(e.date.earliest is None for e in ex.events)


def test_extract_events_relative_clause_keeps_its_own_time(nlp_lines):
    text = "The Red Cross said by Thursday 34,000 people had left Aleppo, which the rebels had held for four years."
    ex = extract(
        nlp_lines(text), Document(id="d1", text=text), [timex(text, "Thursday", "2016-12-22")], all_events=True
    )
    assert event(ex, "left").date.value == "2016-12-22"
    assert event(ex, "held").date.value is None
    assert event(ex, "held").factuality == "generic"  # a lasting state: not in the default chronology


@pytest.mark.parametrize(
    "text, trigger, expected",
    [
        (
            "Russian President Vladimir Putin said Friday Russia, Iran, Turkey and Syria have agreed to meet.",
            "agreed",
            "Russia, Iran, Turkey and Syria have agreed",
        ),
    ],
)
def test_extract_events_summary_drops_a_stray_date_at_its_edge(nlp_lines, text, trigger, expected):
    assert event(run(nlp_lines, text, ref=None), trigger).summary.startswith(expected)


def test_extract_events_an_estimate_of_the_number_goes_to_the_figures_before_it(nlp_lines):
    text = (
        "The ministry said more than 6,400 people had been evacuated. Turkey estimated the number to be nearer 8,000."
    )
    extraction = run(nlp_lines, text, ref=None)
    claims = event(extraction, "evacuated").claims
    assert [(c.value, c.source) for c in claims][-1] == (8000, "Turkey")
    assert claims[-1].qualifier == "nearer"
    # the estimate is a figure of that event, not a row of its own
    assert [e.predicate.text for e in extraction.events] == ["evacuated"]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The poll was one of the worst for a mayor since Ruiz took office in 2001.", "took"),
        ("The two countries restored ties on Monday.", "restored"),
    ],
)
def test_extract_events_a_number_that_counts_nothing_new_is_no_figure(nlp_lines, text, trigger):
    assert event(run(nlp_lines, text), trigger).claims == ()


def test_extract_events_a_count_stays_a_figure(nlp_lines):
    claims = event(run(nlp_lines, "Rebels killed two soldiers on Monday."), "killed").claims
    assert [(c.text, c.value) for c in claims] == [("two soldiers", 2.0)]
