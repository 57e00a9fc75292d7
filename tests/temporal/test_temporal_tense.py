"""temporal/tense.py: whether a verb tells of the past or the future (which way a bare "Friday" goes)."""

from __future__ import annotations

import pytest

from tests.extract.parsed import parsed, token
from timeline.temporal.tense import verb_direction

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "verb", "expected"),
    [
        ("Putin met Erdogan on Friday.", "met", "past"),
        ("The minister will visit China next week.", "visit", "future"),
        ("The ministry said the talks would go ahead.", "go", "future"),
        ("The ministry said the talks would go ahead.", "said", "past"),
    ],
)
def test_tense_verb_direction(text, verb, expected):
    _, doc, _ = parsed(text)
    assert verb_direction(token(doc, verb)) == expected
