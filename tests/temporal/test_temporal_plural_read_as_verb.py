"""A plural noun the tagger reads as a present verb ("trips/VBZ") gives a weekday hung on it no
present tense of its own: the clause's verb says the direction (issue 16, helper h42wkday)."""

from datetime import date

import pytest

from timeline.temporal import normalize

W = date(2009, 3, 18)  # a Wednesday

PLURAL_READ_AS_VERB = [
    # "one of his field trips to a navy unit on Monday": the trip told in the past was made last Monday
    (
        "State media said the leader went on one of his trademark field trips to a navy unit on Monday to inspect it.",
        W,
        [("Monday", "DATE", "2009-03-16")],
    ),
    (
        "The leader went on one of his trademark field trips to a navy unit on Monday.",
        W,
        [("Monday", "DATE", "2009-03-16")],
    ),
    # (a verb told in the future keeps its day ahead)
    (
        "The leader will go on one of his trademark field trips to a navy unit on Monday.",
        W,
        [("Monday", "DATE", "2009-03-23")],
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize("sentence, ref, expected", PLURAL_READ_AS_VERB)
def test_plural_read_as_verb_table(nlp, sentence, ref, expected):
    got = [(t.text, t.type, t.value) for t in normalize(nlp(sentence), ref)]
    assert got == expected
