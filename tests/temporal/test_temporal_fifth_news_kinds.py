"""Kinds of temporal expression found reading news-silver articles no rule had been tuned on
(issue 17, lines 501-600): every expression of each sentence, with its extent, TIMEX3 type and value."""

from datetime import date

import pytest

from timeline.temporal import normalize

N = date(2007, 11, 21)  # a Wednesday
F = date(2007, 2, 9)  # a Friday

QUARTERS = [
    # a quarter (or half) named by its months, or by the month that ends it
    ("Earnings doubled in the July-to-September period.", N, [("the July-to-September period", "DATE", "2007-Q3")]),
    ("Exports slipped in the April-June quarter.", N, [("the April-June quarter", "DATE", "2007-Q2")]),
    ("Rents climbed in Perth in the June quarter.", N, [("the June quarter", "DATE", "2007-Q2")]),
    (
        "The carrier lost money in the October-December quarter.",
        F,
        [("the October-December quarter", "DATE", "2006-Q4")],
    ),
    ("Margins widened in the January-June half.", N, [("the January-June half", "DATE", "2007-H1")]),
    # (months that make no quarter stay two months; a month that ends none names no quarter)
    (
        "Sales rose in the January-September period.",
        N,
        [("January", "DATE", "2007-01"), ("September", "DATE", "2007-09")],
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "ref", "expected"), QUARTERS)
def test_fifth_news_kinds_table(nlp, sentence, ref, expected):
    got = [(t.text, t.type, t.value) for t in normalize(nlp(sentence), ref)]
    assert got == expected
