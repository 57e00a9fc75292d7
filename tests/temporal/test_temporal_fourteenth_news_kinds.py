"""Kinds of temporal expression read in fresh news-silver articles against `timeline dates` and
HeidelTime (issue 17, helper h69timex): "a year earlier" / "a year ago" comparing with a month or a day
its sentence named just before is that month or day a year back (TimeBank: "production fell 8.4% in
October from a year ago" is the October before); a time of day with no day of its own takes the day
in the possessive after "during" ("at 7 a.m. during Monday's vote": Monday), and the first time of a
range the day its second has taken."""

from datetime import date

import pytest

from timeline.temporal import normalize

W = date(2009, 3, 18)  # a Wednesday

YEAR_BACK_OF_MONTH = [
    # the month or the day the sentence compares, a year back
    (
        "Shipments of steel fell 4 percent in January from a year earlier.",
        W,
        [("January", "DATE", "2009-01"), ("a year earlier", "DATE", "2008-01")],
    ),
    (
        "Home sales in February were 12 percent below the level of a year ago.",
        W,
        [("February", "DATE", "2009-02"), ("a year ago", "DATE", "2008-02")],
    ),
    (
        "On March 2, the fund held $3 billion, against $2 billion a year earlier.",
        W,
        [("March 2", "DATE", "2009-03-02"), ("a year earlier", "DATE", "2008-03-02")],
    ),
    # (a quarter or nothing named before it in the sentence: as before)
    (
        "Profit rose in the fourth quarter from a year earlier.",
        W,
        [("the fourth quarter", "DATE", "2008-Q4"), ("a year earlier", "DATE", "2007-Q4")],
    ),
    ("Output rose 3 percent from a year ago.", W, [("a year ago", "DATE", "2008")]),
    # (a day or month not named by its name is the day of the telling, not the one compared)
    (
        "The retailer said Friday its profit rose 8 percent from a year earlier.",
        W,
        [("Friday", "DATE", "2009-03-13"), ("a year earlier", "DATE", "2008")],
    ),
    (
        "The firm reported last month that sales fell 6 percent from a year earlier.",
        W,
        [("last month", "DATE", "2009-02"), ("a year earlier", "DATE", "2008")],
    ),
    (
        "Prices fell in January. A year earlier they had climbed.",
        W,
        [("January", "DATE", "2009-01"), ("A year earlier", "DATE", "2008")],
    ),
]

DURING_DAYS = [
    (
        "The gates will open at 8 a.m. during Saturday's festival.",
        W,
        [("8 a.m.", "TIME", "2009-03-21T08:00"), ("Saturday", "DATE", "2009-03-21")],
    ),
    (
        "Booths will stay open from 6 am until 8 pm during Sunday's ballot, the board said.",
        W,
        [("6 am", "TIME", "2009-03-22T06:00"), ("8 pm", "TIME", "2009-03-22T20:00"), ("Sunday", "DATE", "2009-03-22")],
    ),
    # (a day in the possessive that is compared with: the article's day)
    (
        "The index stood at 3,100 at 4 p.m., against Monday's close of 3,050.",
        W,
        [("4 p.m.", "TIME", "2009-03-18T16:00"), ("Monday", "DATE", "2009-03-16")],
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize("sentence, ref, expected", YEAR_BACK_OF_MONTH + DURING_DAYS)
def test_fourteenth_news_kinds_table(nlp, sentence, ref, expected):
    got = [(t.text, t.type, t.value) for t in normalize(nlp(sentence), ref)]
    assert got == expected


HALF_UNIT_ADJECTIVE = [
    # "N and a half <unit>" before a noun is N units and a half, as its plural is
    ("Her three and a half day tour ends in Lyon.", W, [("three and a half day", "DURATION", "P3DT12H")]),
    ("The town marked its two and a half year rebuilding.", W, [("two and a half year", "DURATION", "P2Y6M")]),
    # (half a unit alone stays half)
    ("The strike lasted half a day.", W, [("half a day", "DURATION", "PT12H")]),
]


@pytest.mark.slow
@pytest.mark.parametrize("sentence, ref, expected", HALF_UNIT_ADJECTIVE)
def test_half_unit_adjective(nlp, sentence, ref, expected):
    got = [(t.text, t.type, t.value) for t in normalize(nlp(sentence), ref)]
    assert got == expected
