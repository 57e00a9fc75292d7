"""Kinds of temporal expression read in all allowed news-silver articles against `timeline dates`
(issue 17, helper h40timex3): a year that ends with a month, a week counted in a month, a day of
the month the story is in."""

from datetime import date

import pytest

from timeline.temporal import normalize, normalize_expression

W = date(2009, 10, 14)  # a Wednesday

YEAR_TO_A_MONTH = [
    # "the year to March" is the twelve months ending that month (as "the six months to September"
    # is six): a length, beside the month, not the calendar year
    (
        "The brewer made a loss in the year to March 2009.",
        W,
        [("the year", "DURATION", "P1Y"), ("March 2009", "DATE", "2009-03")],
    ),
    (
        "Exports climbed 8 percent in the year to Sept. 30.",
        W,
        [("the year", "DURATION", "P1Y"), ("Sept. 30", "DATE", "2009-09-30")],
    ),
    # (not a period ending with a month)
    ("The plan will guide the town in the year to come.", W, [("the year", "DATE", "2009")]),
]

WEEK_IN_A_MONTH = [
    # a week counted in a month is the ISO week of that month's first (second ...) Thursday, the last
    # that of its last Thursday: the week most of whose days are the month's
    (
        "The envoy toured the region in the first week of August.",
        W,
        [("the first week of August", "DATE", "2009-W32")],
    ),
    (
        "The fair opens in the last week of this month.",
        W,
        [("the last week of this month", "DATE", "2009-W44")],
    ),
    (
        "Ballots will be counted during the second week of next month.",
        W,
        [("the second week of next month", "DATE", "2009-W46")],
    ),
    (
        "The ship sank in the third week of February 2007.",
        W,
        [("the third week of February 2007", "DATE", "2007-W07")],
    ),
]

DAY_OF_THIS_MONTH = [
    # a day of the month the story is in: both days of a range of them
    (
        "The forum will run from 20 to 23 of this month in the capital.",
        W,
        [("20", "DATE", "2009-10-20"), ("23 of this month", "DATE", "2009-10-23")],
    ),
    ("The law passed on the 2nd of this month.", W, [("the 2nd of this month", "DATE", "2009-10-02")]),
    ("Trading resumes on the 5th of next month.", W, [("the 5th of next month", "DATE", "2009-11-05")]),
    # (a count of what the month holds)
    ("Some 14 of this month's 20 fires were set.", W, [("this month", "DATE", "2009-10")]),
]


@pytest.mark.slow
@pytest.mark.parametrize("sentence, ref, expected", YEAR_TO_A_MONTH + WEEK_IN_A_MONTH + DAY_OF_THIS_MONTH)
def test_tenth_news_kinds_table(nlp, sentence, ref, expected):
    got = [(t.text, t.type, t.value) for t in normalize(nlp(sentence), ref)]
    assert got == expected


@pytest.mark.parametrize(
    "text, ref, value",
    [
        ("the last week of October", W, "2009-W44"),  # five Thursdays: the 29th
        ("the last week of February 2009", W, "2009-W09"),  # four: the 26th
        ("the first week of January 2010", W, "2010-W01"),
        ("the first week of this month", None, "XXXX-WXX"),
        ("the 31st of next month", W, "2009-11"),  # no such day: the month
        ("the 4th of last month", date(2010, 1, 5), "2009-12-04"),
    ],
)
def test_week_and_day_of_a_month_values(text, ref, value):
    assert normalize_expression(text, "DATE", ref)[1] == value
