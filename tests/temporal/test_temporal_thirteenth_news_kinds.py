"""Kinds of temporal expression read in fresh news-silver articles against `timeline dates` (issue 17,
helper h43timex): "today" inside a sentence as "these days" where the clause sets the present against
the past ("is still ... today", "more ... today than at any time since")."""

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


@pytest.mark.slow
@pytest.mark.parametrize("sentence, ref, expected", TODAY_THESE_DAYS)
def test_thirteenth_news_kinds_table(nlp, sentence, ref, expected):
    got = [(t.text, t.type, t.value) for t in normalize(nlp(sentence), ref)]
    assert got == expected
