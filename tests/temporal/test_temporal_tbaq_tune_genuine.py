"""Genuine errors of the tool read in TBAQ's tuning part (issue 17), not TBAQ's conventions: every
expression of each sentence, with its extent, TIMEX3 type and value. The sentences are our own."""

from datetime import date

import pytest

from timeline.temporal import normalize

W = date(2011, 6, 15)  # a Wednesday
T = date(2004, 3, 22)  # a Monday
F = date(2006, 11, 3)  # a Friday

ROWS = [
    # a unit before "-old" makes an age, as "a 6-year-old boy" does: no length told, and never the
    # current week, month, year, decade or century ("the decade" alone stays the current decade)
    ("The decade-old feud between the clans flared again.", W, []),
    ("Their century-old rivalry ended in a merger.", W, []),
    ("The month-old ceasefire collapsed overnight.", W, [("overnight", "TIME", "2011-06-14TNI")]),
    ("Rebels broke the week-old truce.", W, []),
    ("The year-old cabinet lost a confidence vote.", W, []),
    ("A half-century-old alliance split apart in May.", W, [("May", "DATE", "2011-05")]),
    ("The council lifted its decades-old ban on street music.", W, []),
    ("Growth was weak in the decade before the crash.", W, [("the decade", "DATE", "201")]),
    ("Last year old rivals made peace.", W, [("Last year", "DATE", "2010")]),
    ("The drought was decade-long.", W, [("decade-long", "DURATION", "P10Y")]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "ref", "expected"), ROWS)
def test_tbaq_tune_genuine_table(nlp, sentence, ref, expected):
    got = [(t.text, t.type, t.value) for t in normalize(nlp(sentence), ref)]
    assert got == expected
