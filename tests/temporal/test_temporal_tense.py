"""temporal/tense.py: whether a verb tells of the past or the future (which way a bare "Friday" goes)."""

from __future__ import annotations

import pytest

from tests.extract.parsed import parsed, token
from timeline.temporal.tense import verb_direction

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "verb", "expected"),
    [
        ("Putin met Erdogan on Friday.", "met", "past"),
        ("The minister will visit China next week.", "visit", "future"),
        ("The ministry said the talks would go ahead.", "go", "future"),
        ("The ministry said the talks would go ahead.", "said", "past"),
        ("The new contract allows the airline to lease two jets in March.", "lease", "future"),
        ("The rules require banks to publish their accounts in March.", "publish", "future"),
    ],
)
def test_tense_verb_direction(text, verb, expected):
    _, doc, _ = parsed(text)
    assert verb_direction(token(doc, verb)) == expected


def test_saying_gap_never_holds_the_reported_clause_itself():
    # a parse with the reported clause's subject after its verb ("said in May, won Putin"): the
    # words that tell when it was said end at that verb at the latest
    from spacy.lang.en import English
    from spacy.tokens import Doc

    from timeline.temporal.tense import saying_gap

    words = ["Aides", "said", "in", "May", "won", "Putin", "."]
    heads = [1, 1, 1, 2, 1, 4, 1]
    deps = ["nsubj", "ROOT", "prep", "pobj", "ccomp", "nsubj", "punct"]
    lemmas = ["aide", "say", "in", "May", "win", "Putin", "."]
    doc = Doc(English().vocab, words=words, heads=heads, deps=deps, lemmas=lemmas)
    gap = saying_gap(doc[4], {"say"})
    assert 4 not in gap and list(gap) == [2, 3]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Both parties campaigned hard ahead of Sunday's vote on the new constitution.", "2016-12-25"),
        ("Troops were deployed in the run-up to Thursday's referendum.", "2016-12-22"),
        ("Both parties campaigned hard after Sunday's vote on the new constitution.", "2016-12-18"),
    ],
)
def test_tense_a_day_in_the_possessive_of_what_is_awaited_lies_ahead(text, expected):
    # article of Tuesday 2016-12-20: what is done ahead of a vote comes before it, told in the past or not
    _, _, timexes = parsed(text)
    assert [t.earliest for t in timexes] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # told as done, in the past: the January gone by, not the one after the article
        ("The trawler was seized on Jan. 6 off the coast.", "2016-01-06"),
        ("The forum held on January 12 adopted a plan for the region.", "2016-01-12"),
        ("The army freed three drivers kidnapped on Feb. 2 near the border.", "2016-02-02"),
        ("The new tax came into force on Jan. 1.", "2016-01-01"),
        # a day the verb sends a happening to, or one a plan is set for, lies ahead
        ("The match was moved to Jan. 8 because of the storm.", "2017-01-08"),
        ("The ministry said the hearing was set for Jan. 10.", "2017-01-10"),
        ("The ministry announced a holiday on Jan. 2.", "2017-01-02"),
    ],
)
def test_tense_a_day_just_ahead_told_as_done_is_of_the_year_gone_by(text, expected):
    # article of Tuesday 2016-12-20: a day of the next two months under a past verb is a plan only
    # when the verb tells of one, not when it tells what happened on that day
    _, _, timexes = parsed(text)
    assert [t.earliest for t in timexes] == [expected]


# A bare weekday written after what a past announcement made known, or as the day it named, is that
# act's day: the nearest such day, ahead as well as behind (W is a Wednesday).
ANNOUNCED_ACT_DAY = [
    ("The council announced the closure of all parks Thursday because of the heat.", "2009-03-19"),
    ("The governor ordered the evacuation of two coastal towns Friday.", "2009-03-20"),
    ("The king has declared Saturday a day of national mourning, the palace said.", "2009-03-21"),
    # (behind, the nearest one: as before)
    ("The council announced the closure of all parks Monday because of the heat.", "2009-03-16"),
    # (the announcement's own day: written before what it made known, or after "on")
    ("The council announced Thursday the closure of all parks.", "2009-03-12"),
    ("The council announced the closure of all parks on Thursday.", "2009-03-12"),
    # (a verb of no announcement)
    ("The council visited the new parks Thursday.", "2009-03-12"),
]


@pytest.mark.parametrize(("text", "value"), ANNOUNCED_ACT_DAY)
def test_weekday_of_an_act_announced_is_the_nearest(nlp, text, value):
    from datetime import date

    from timeline.temporal import normalize

    days = [
        t.value
        for t in normalize(nlp(text), date(2009, 3, 18))
        if t.text.endswith(("Thursday", "Friday", "Saturday", "Monday"))
    ]
    assert days == [value]


# A participle whose passive auxiliary has no tense ("getting", "being"), complement of another verb,
# is as far ahead or behind as that verb (article of Friday 1998-02-06).
UNTENSED_PASSIVE = [
    ("Growers say the orchards are going to start getting hit by frost in the spring.", "1998-SP"),
    ("The ferries will keep getting cancelled in March, the operator warned.", "1998-03"),
    ("The old pier started getting repaired in March.", "1997-03"),
    ("The tunnel project kept being delayed in March.", "1997-03"),
]


@pytest.mark.parametrize(("text", "value"), UNTENSED_PASSIVE)
def test_untensed_passive_complement_takes_its_verbs_time(nlp, text, value):
    from datetime import date

    from timeline.temporal import normalize

    values = [t.value for t in normalize(nlp(text), date(1998, 2, 6)) if t.type == "DATE"]
    assert values == [value]
