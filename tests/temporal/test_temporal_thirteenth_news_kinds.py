"""Kinds of temporal expression read in fresh news-silver articles against `timeline dates` (issue 17,
helper h43timex): "today" inside a sentence as "these days" where the clause sets the present against
the past ("is still ... today", "more ... today than at any time since"); "the same period" alone
is the period its sentence named before it, never a quarter no one named; "daily", "weekly" before
"newspaper" or "magazine" (maybe with the name between) is the kind of one paper, no time; a day
after "starting" or "beginning" on what is to come is ahead unless its clause tells a simple past; a
plan told in the past perfect ("had been set for", "had been due to") is seen from a past gone by."""

from datetime import date

import pytest

from timeline.temporal import normalize

W = date(2009, 3, 18)  # a Wednesday

TODAY_THESE_DAYS = [
    # a simple present that still holds, or a comparison with another era: "today" as "these days"
    # (TimeML, TIDES: PRESENT_REF), not the day of the article
    ("The old port is still closed to cargo ships today.", W, [("today", "DATE", "PRESENT_REF")]),
    ("A faith brought by traders still guides the valley today.", W, [("today", "DATE", "PRESENT_REF")]),
    ("Even today the old custom shapes the law in the hills.", W, [("today", "DATE", "PRESENT_REF")]),
    (
        "The province is more stable today than at any time since the revolt.",
        W,
        [("today", "DATE", "PRESENT_REF")],
    ),
    (
        "The exiles miss their poet today far more than ever before, a writer said.",
        W,
        [("today", "DATE", "PRESENT_REF")],
    ),
    # (the speaker's own day, a plain state of the day, two days compared, or a past: the day)
    ('"I am still tired today," the runner said.', W, [("today", "DATE", "2009-03-18")]),
    ('"We are stronger today," the coach said.', W, [("today", "DATE", "2009-03-18")]),
    ("The sea is rough today.", W, [("today", "DATE", "2009-03-18")]),
    (
        "The peso is weaker today than on Monday.",
        W,
        [("today", "DATE", "2009-03-18"), ("Monday", "DATE", "2009-03-16")],
    ),
    ("The ferry still sailed today despite the storm.", W, [("today", "DATE", "2009-03-18")]),
]

SAME_PERIOD_ALONE = [
    # "the same period" alone is the period named before it in its sentence: a half or a quarter
    (
        "The brewer sold more beer in the first half of 2008, but its margins in the same period shrank.",
        W,
        [("the first half of 2008", "DATE", "2008-H1"), ("the same period", "DATE", "2008-H1")],
    ),
    # months of a year have no TIMEX3 value: the year, not the comparison's year before it
    (
        "Car sales in the first eight months of 2007 rose 3 percent from the same period of 2006, "
        "while imports doubled in the same period.",
        W,
        [
            ("the first eight months", "DURATION", "P8M"),
            ("2007", "DATE", "2007"),
            ("the same period of 2006", "DATE", "2006"),
            ("the same period", "DATE", "2007"),
        ],
    ),
    (
        "Rents climbed in January and February, and wages fell during the same period.",
        W,
        [("January", "DATE", "2009-01"), ("February", "DATE", "2009-02"), ("the same period", "DATE", "2009")],
    ),
    # (nothing named before: the year, not a quarter of it)
    ("Output grew 4 percent in the same period, the agency said.", W, [("the same period", "DATE", "2009")]),
    # (a quarter named before stays the quarter)
    (
        "Profit rose in the second quarter, and sales fell in the same period.",
        W,
        [("the second quarter", "DATE", "2008-Q2"), ("the same period", "DATE", "2008-Q2")],
    ),
]

PAPER_KIND = [
    # the kind of one newspaper or magazine, before the noun or its name and then the noun (the
    # guidelines: a newspaper's name, "a news weekly", is not tagged)
    ("Two guards were hurt, the daily Al-Nour newspaper said.", W, []),
    ("The regional Kivu weekly newspaper printed the letter.", W, []),
    ("The mayor spoke to local daily newspaper Morning Light.", W, []),
    ("The poem first appeared in a bi-monthly magazine.", W, []),
    # (a frequency stays one: a plural kind, a schedule, a verb's manner, a noun the paper word modifies)
    ("The firm prints three daily newspapers.", W, [("daily", "SET", "P1D")]),
    ("Ministers met at their weekly session.", W, [("weekly", "SET", "P1W")]),
    ("The daily paper quota was cut.", W, [("daily", "SET", "P1D")]),
]

STARTING_AHEAD = [
    # "starting"/"beginning" after what it qualifies says when a thing still to come begins
    (
        "Peace talks were put off to make room for a three-day summit beginning Friday.",
        W,
        [("three-day", "DURATION", "P3D"), ("Friday", "DATE", "2009-03-20")],
    ),
    ("The city has banned trucks from the old town starting on Monday.", W, [("Monday", "DATE", "2009-03-23")]),
    ("The envoy opens a round of visits beginning Saturday.", W, [("Saturday", "DATE", "2009-03-21")]),
    ("The mill plans a second line, with output starting in June.", W, [("June", "DATE", "2009-06")]),
    # (a simple past tells it began then; fronted, the clause's time; "from" a level is no start)
    ("The army imposed a curfew starting Monday.", W, [("Monday", "DATE", "2009-03-16")]),
    ("Starting on Monday, shops have cut their prices.", W, [("Monday", "DATE", "2009-03-16")]),
    (
        "The index has gained 900 points, starting from 9,100 in January.",
        W,
        [("January", "DATE", "2009-01")],
    ),
]

PAST_PERFECT_PLAN = [
    # a plan in the past perfect looks back: the day it was set for has come by
    ("The ferry strike had been set for Monday, but the union backed down.", W, [("Monday", "DATE", "2009-03-16")]),
    ("Counting had been due to finish Sunday.", W, [("Sunday", "DATE", "2009-03-15")]),
    ("The hearing had been put off until Tuesday.", W, [("Tuesday", "DATE", "2009-03-17")]),
    ("The launch had been planned for December 2, but the rocket leaked.", W, [("December 2", "DATE", "2008-12-02")]),
    # (not a plan told in the present or simple past)
    ("The ferry strike is set for Monday.", W, [("Monday", "DATE", "2009-03-23")]),
    ("Counting was due to finish Sunday.", W, [("Sunday", "DATE", "2009-03-22")]),
]


@pytest.mark.slow
@pytest.mark.parametrize(
    "sentence, ref, expected",
    TODAY_THESE_DAYS + SAME_PERIOD_ALONE + PAPER_KIND + STARTING_AHEAD + PAST_PERFECT_PLAN,
)
def test_thirteenth_news_kinds_table(nlp, sentence, ref, expected):
    got = [(t.text, t.type, t.value) for t in normalize(nlp(sentence), ref)]
    assert got == expected
