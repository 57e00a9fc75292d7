"""Kinds of temporal expression where TBAQ's tuning part follows the TimeML/TIDES annotation
guidelines and `timeline` did not (issue 17, h20tbaq2): every expression of each sentence, with its
extent, TIMEX3 type and value. The sentences are our own."""

from datetime import date

import pytest

from timeline.temporal import normalize

W = date(2008, 9, 17)  # a Wednesday

ROWS = [
    # a plural unit with no count is a duration (PXY), with its article: "over the years"
    ("Over the years the village has lost its school.", W, [("the years", "DURATION", "PXY")]),
    ("In the years that followed, the mill closed.", W, [("the years", "DURATION", "PXY")]),
    ("Few farmers made money in the early years, the survey found.", W, [("the early years", "DURATION", "PXY")]),
    ("The coast has been reshaped over the centuries.", W, [("the centuries", "DURATION", "PXCE")]),
    ("Tastes changed through the decades.", W, [("the decades", "DURATION", "PXDE")]),
    # not a stretch of its own: years named by number, or "the years of"
    ("Output doubled in the years 1990 to 1995.", W, [("1990", "DATE", "1990"), ("1995", "DATE", "1995")]),
    # an approximation before a calendar date stays in the extent (mod APPROX): "around Nov. 1"
    ("The sale should close around Nov. 3.", W, [("around Nov. 3", "DATE", "2008-11-03")]),
    ("The bridge was built around 1890.", W, [("around 1890", "DATE", "1890")]),
    ("Prices peaked roughly in March.", W, [("March", "DATE", "2008-03")]),
    ("Talks should resume approximately in October.", W, [("October", "DATE", "2008-10")]),
    ("The ferry will sail around Friday.", W, [("around Friday", "DATE", "2008-09-19")]),
    # "around" that is not an approximation of the date is left out
    ("The fans gathered around 5 Main Street on Friday.", W, [("Friday", "DATE", "2008-09-12")]),
    # an open end after a date stays in the extent (mod ON_OR_AFTER, ON_OR_BEFORE), and leaves its value
    ("The mine will not reopen until 2011 or later.", W, [("2011 or later", "DATE", "2011")]),
    ("The bank is upbeat about 2009 and beyond.", W, [("2009 and beyond", "DATE", "2009")]),
    ("The envoys will meet on Friday or earlier.", W, [("Friday or earlier", "DATE", "2008-09-19")]),
    ("The envoys met on Monday or later.", W, [("Monday or later", "DATE", "2008-09-15")]),
    # not an open end: another time follows
    ("The dam may open in 2010 or after the rains.", W, [("2010", "DATE", "2010")]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "ref", "expected"), ROWS)
def test_guideline_kinds_table(nlp, sentence, ref, expected):
    got = [(t.text, t.type, t.value) for t in normalize(nlp(sentence), ref)]
    assert got == expected
