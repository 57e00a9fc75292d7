"""Kinds of temporal expression read in fresh news-silver articles against `timeline dates` (issue 17,
helper h73timex). Each sentence is our own; each kind failed before its rule."""

from datetime import date

import pytest

from timeline.temporal import normalize

THU = date(2006, 12, 14)  # a Thursday in December: a month alone could be either side of it


def _got(nlp, sentence, ref=THU):
    return [(t.text, t.type, t.value) for t in normalize(nlp(sentence), ref)]


# a day described by a relative "when" clause in the simple past is the day that happened, gone by
WHEN_IT_HAPPENED = [
    ("The plan was kept secret until Tuesday, when the minister announced it.", [("Tuesday", "DATE", "2006-12-12")]),
    ("The news was withheld until Wednesday, when the family confirmed it.", [("Wednesday", "DATE", "2006-12-13")]),
    # (a "when" clause still ahead leaves the day ahead)
    ("The border will stay shut until Tuesday, when the talks resume.", [("Tuesday", "DATE", "2006-12-19")]),
]


@pytest.mark.slow
@pytest.mark.parametrize("sentence, expected", WHEN_IT_HAPPENED)
def test_a_day_told_by_what_happened_on_it_is_gone_by(nlp, sentence, expected):
    assert _got(nlp, sentence) == expected


# a to-infinitive of purpose under a present progressive of a plan is as far ahead as that plan
PURPOSE_OF_A_PLAN = [
    ("The airline is gearing up to use its new jets on the route from Sunday.", [("Sunday", "DATE", "2006-12-17")]),
    ("The minister is travelling to Paris to attend talks on Monday.", [("Monday", "DATE", "2006-12-18")]),
    # (under a past the purpose is gone by with it)
    ("The minister travelled to Paris to attend talks on Monday.", [("Monday", "DATE", "2006-12-11")]),
]


@pytest.mark.slow
@pytest.mark.parametrize("sentence, expected", PURPOSE_OF_A_PLAN)
def test_a_purpose_of_a_progressive_plan_is_ahead(nlp, sentence, expected):
    assert _got(nlp, sentence) == expected


# a bare participle set off by commas after its noun tells what the noun went through, even under a
# clause that looks ahead
SET_OFF_PARTICIPLE = [
    (
        "The current parliament, elected in January, would normally remain in place until 2010.",
        [("current", "DATE", "PRESENT_REF"), ("January", "DATE", "2006-01"), ("2010", "DATE", "2010")],
    ),
    (
        "The new treaty, signed in Lisbon in March, will take effect next year.",
        [("March", "DATE", "2006-03"), ("next year", "DATE", "2007")],
    ),
    # (a plan set off by commas is still ahead)
    ("The talks, scheduled for March, will focus on trade.", [("March", "DATE", "2007-03")]),
]


@pytest.mark.slow
@pytest.mark.parametrize("sentence, expected", SET_OFF_PARTICIPLE)
def test_a_participle_set_off_after_its_noun_is_done(nlp, sentence, expected):
    assert _got(nlp, sentence) == expected


# a simple present of meeting an opponent in a day's contest is its fixture, ahead
FIXTURE = [
    ("Iraq await them in Friday's final.", [("Friday", "DATE", "2006-12-15")]),
    ("Hosts Qatar meet Iran in Saturday's opening match.", [("Saturday", "DATE", "2006-12-16")]),
    # (a result is told in the past)
    ("Spain faced Italy in Sunday's semifinal.", [("Sunday", "DATE", "2006-12-10")]),
]


@pytest.mark.slow
@pytest.mark.parametrize("sentence, expected", FIXTURE)
def test_a_contest_met_in_the_present_is_ahead(nlp, sentence, expected):
    assert _got(nlp, sentence) == expected


# "current" heading a phrase after a preposition is a flow of water or electricity, no time
CURRENT_FLOW = [
    ("A hard breeze pushing against a strong current makes the waves steep.", []),
    ("The current forecast shows rain.", [("current", "DATE", "PRESENT_REF")]),
]


@pytest.mark.slow
@pytest.mark.parametrize("sentence, expected", CURRENT_FLOW)
def test_a_current_of_water_is_no_time(nlp, sentence, expected):
    assert _got(nlp, sentence) == expected


# in a text about cricket, a player's numbered century or half century is a score of runs
CRICKET_SCORES = [
    ("Silva was unbeaten on 79 at stumps, his second half century of the match, after two wickets fell.", []),
    ("Smith's third century of the series came as the bowlers tired and wickets fell.", []),
    # (a length of time stays one)
    (
        "The batsman took two wickets; the country marks half a century of independence.",
        [("half a century", "DURATION", "P50Y")],
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize("sentence, expected", CRICKET_SCORES)
def test_a_players_numbered_century_is_runs(nlp, sentence, expected):
    assert _got(nlp, sentence) == expected


# a quarter or a half of the year, then "in <year>", is of that year (as a month is)
QUARTER_IN_YEAR = [
    (
        "Growth was the slowest since the final quarter in 2005.",
        [("the final quarter", "DATE", "2005-Q4"), ("2005", "DATE", "2005")],
    ),
    ("Output rose in the first half in 2003.", [("the first half", "DATE", "2003-H1"), ("2003", "DATE", "2003")]),
    # (no year after it: the article's)
    ("Sales rose in the third quarter in Germany.", [("the third quarter", "DATE", "2006-Q3")]),
]


@pytest.mark.slow
@pytest.mark.parametrize("sentence, expected", QUARTER_IN_YEAR)
def test_a_quarter_in_a_year_is_of_that_year(nlp, sentence, expected):
    assert _got(nlp, sentence) == expected


# a number of years or months right after "aged", "age" or "ages" is an age, as "... years old" is
AGES = [
    ("The study of 4,000 men age 65 to 80 years found a lower risk.", []),
    ("Women aged 40 years or older can apply.", []),
    ("Pupils aged between 6 and 11 years were tested.", []),
    # (a length after the age's noun stays one)
    ("The ban lasts until he reaches the age of 18, in two years.", [("two years", "DURATION", "P2Y")]),
]


@pytest.mark.slow
@pytest.mark.parametrize("sentence, expected", AGES)
def test_a_number_of_years_after_aged_is_an_age(nlp, sentence, expected):
    assert _got(nlp, sentence) == expected


# a later round of a contest that a place was won in lies ahead, whatever the tense of the winning
QUALIFIED_FOR = [
    ("Federer made it through to Saturday's final with an easy win.", [("Saturday", "DATE", "2006-12-16")]),
    ("Spain booked a place in Sunday's final with a 2-0 win over Italy.", [("Sunday", "DATE", "2006-12-17")]),
    # (what took place in a day's contest is that day's, gone by)
    ("The violence took place in Sunday's election.", [("Sunday", "DATE", "2006-12-10")]),
]


@pytest.mark.slow
@pytest.mark.parametrize("sentence, expected", QUALIFIED_FOR)
def test_a_round_qualified_for_is_ahead(nlp, sentence, expected):
    assert _got(nlp, sentence) == expected
