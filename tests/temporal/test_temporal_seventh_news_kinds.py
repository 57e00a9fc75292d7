"""Kinds of temporal expression read in news-silver articles of lines 1852-2050 against
`timeline dates` (issue 17, helper h38timex): every expression of each sentence, with its extent,
TIMEX3 type and value."""

from datetime import date

import pytest

from timeline.temporal import normalize

W = date(2007, 5, 16)  # a Wednesday

SAME_UNIT_OF_YEAR = [
    # "the same period (month, quarter) of <year>" is one expression of that year; a month or a
    # quarter takes the one the sentence named before
    (
        "From January to April, tourist arrivals grew 9 percent on the same period of 2004.",
        W,
        [("January", "DATE", "2007-01"), ("April", "DATE", "2007-04"), ("the same period of 2004", "DATE", "2004")],
    ),
    (
        "Home sales in April were the weakest since the same month of 1995.",
        W,
        [("April", "DATE", "2007-04"), ("the same month of 1995", "DATE", "1995-04")],
    ),
    (
        "The bank's second-quarter loss was wider than in the corresponding quarter of 2003.",
        W,
        [("second-quarter", "DATE", "2007-Q2"), ("the corresponding quarter of 2003", "DATE", "2003-Q2")],
    ),
    (
        "Sales in the first half of 2006 beat the same period of 2005.",
        W,
        [("the first half of 2006", "DATE", "2006-H1"), ("the same period of 2005", "DATE", "2005-H1")],
    ),
    # (with no month named before, the year alone)
    ("Output matched the same month of 2001.", W, [("the same month of 2001", "DATE", "2001")]),
]

PAST_COUNT = [
    # "the past" before a count of happenings names no time
    ("She has won only once in the past nine tournaments.", W, []),
    ("Turnout fell in each of the past three referendums.", W, []),
    # (the past as such, and the past N units, still do)
    ("In the past, the river flooded every spring.", W, [("the past", "DATE", "PAST_REF")]),
    ("Prices doubled over the past nine months.", W, [("the past nine months", "DURATION", "P9M")]),
]

SETTLEMENT_MONTH = [
    # a month a commodity is settled in is one not gone by, whatever the price did
    (
        "Soybeans for January settlement dropped 4 cents on Tuesday.",
        W,
        [("January", "DATE", "2008-01"), ("Tuesday", "DATE", "2007-05-15")],
    ),
]

WEEK_BEFORE = [
    # "the prior (previous) week" after a week the sentence named is the week before that one
    (
        "Mortgage applications rose 3 percent this week after falling the previous week.",
        W,
        [("this week", "DATE", "2007-W20"), ("the previous week", "DATE", "2007-W19")],
    ),
    (
        "Crude stocks fell by 2 million barrels last week, after a gain in the prior week.",
        W,
        [("last week", "DATE", "2007-W19"), ("the prior week", "DATE", "2007-W18")],
    ),
]

UNIT_RANGE = [
    # both bare plural units of a range are durations
    (
        "Clearing the debris will take days to weeks.",
        W,
        [("days", "DURATION", "PXD"), ("weeks", "DURATION", "PXW")],
    ),
    (
        "Waiting times were cut from months to weeks.",
        W,
        [("months", "DURATION", "PXM"), ("weeks", "DURATION", "PXW")],
    ),
    (
        "The outage may last hours or days.",
        W,
        [("hours", "DURATION", "PTXH"), ("days", "DURATION", "PXD")],
    ),
    # (counted units stay one duration each)
    (
        "The term was raised from 2 years to 4 years.",
        W,
        [("2 years", "DURATION", "P2Y"), ("4 years", "DURATION", "P4Y")],
    ),
]

SPACED_HYPHEN = [
    # the article stays out of an adjectival duration written with a spaced hyphen
    ("Lawmakers approved the three- year budget.", W, [("three- year", "DURATION", "P3Y")]),
]

EDGE_DASHES = [
    # a dash spaCy leaves on a token before or after a space is no part of the extent
    (
        "The fair runs from June 3- 6 in Rome.",
        W,
        [("June 3", "DATE", "2007-06-03"), ("6", "DATE", "2007-06-06")],
    ),
    (
        "Output will double between 2008- 2012.",
        W,
        [("2008", "DATE", "2008"), ("2012", "DATE", "2012")],
    ),
    # (a dash leading a list item stays: the events' dating reads a heading by its tokens)
    ("--March 1991\nThe first ship docked.", W, [("--March 1991", "DATE", "1991-03")]),
]

LAST_YEAR_APPOSITION = [
    # "the last year" in apposition to a year is that year, not the year before
    (
        "Aid will flow until 2015, the last year covered by the pledge.",
        W,
        [("2015", "DATE", "2015"), ("the last year", "DATE", "2015")],
    ),
    # (as the subject of its own clause it is last year)
    (
        "In 1999, the last year was a good one for farmers.",
        W,
        [("1999", "DATE", "1999"), ("the last year", "DATE", "2006")],
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "ref", "expected"),
    SAME_UNIT_OF_YEAR
    + PAST_COUNT
    + SETTLEMENT_MONTH
    + WEEK_BEFORE
    + UNIT_RANGE
    + SPACED_HYPHEN
    + EDGE_DASHES
    + LAST_YEAR_APPOSITION,
)
def test_seventh_news_kinds_table(nlp, sentence, ref, expected):
    got = [(t.text, t.type, t.value) for t in normalize(nlp(sentence), ref)]
    assert got == expected
