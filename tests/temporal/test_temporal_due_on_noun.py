"""A weekday hung on a "due" that qualifies a noun lies ahead, whatever the tense of the clause the
noun is in (issue 16, helper h42wkday): "waited for figures due for release Thursday"."""

from datetime import date

import pytest

from timeline.temporal import normalize

W = date(2009, 3, 18)  # a Wednesday

DUE = [
    # what is due on a weekday is still to come: the next such day
    (
        "Dealers sat on their hands before trade figures due for release Thursday.",
        W,
        [("Thursday", "DATE", "2009-03-19")],
    ),
    ("Bond prices slipped ahead of payroll data due out on Friday.", W, [("Friday", "DATE", "2009-03-20")]),
    ("The panel's verdict, due on Monday, was widely awaited.", W, [("Monday", "DATE", "2009-03-23")]),
    ("Shareholders awaited a ruling due Tuesday.", W, [("Tuesday", "DATE", "2009-03-24")]),
    # (a "due" after "be" keeps its verb's tense; a plan once made and a month may be gone by)
    ("The strike had been due to end on Sunday.", W, [("Sunday", "DATE", "2009-03-15")]),
    ("The company defaulted on a payment due in February.", W, [("February", "DATE", "2009-02")]),
    ("Ferries were cancelled due to a dock strike on Monday.", W, [("Monday", "DATE", "2009-03-16")]),
    ("The vote, originally due on Sunday, was put off.", W, [("Sunday", "DATE", "2009-03-15")]),
]


@pytest.mark.slow
@pytest.mark.parametrize("sentence, ref, expected", DUE)
def test_due_on_a_noun_table(nlp, sentence, ref, expected):
    got = [(t.text, t.type, t.value) for t in normalize(nlp(sentence), ref)]
    assert got == expected
