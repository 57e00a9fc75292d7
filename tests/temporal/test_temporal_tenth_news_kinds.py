"""Kinds of temporal expression read in all allowed news-silver articles against `timeline dates`
(issue 17, helper h40timex3): a year that ends with a month, a week counted in a month, a day of
the month the story is in."""

from datetime import date

import pytest

from timeline.temporal import normalize

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


@pytest.mark.slow
@pytest.mark.parametrize("sentence, ref, expected", YEAR_TO_A_MONTH)
def test_tenth_news_kinds_table(nlp, sentence, ref, expected):
    got = [(t.text, t.type, t.value) for t in normalize(nlp(sentence), ref)]
    assert got == expected
