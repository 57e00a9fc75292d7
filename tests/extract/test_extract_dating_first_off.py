"""A simple past that says it came first ("originally", "initially", "formerly", "previously",
"once") tells of a time before the story's, so it takes no story day or era (issue 16, item 3).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.parsed import STORY_OPENING, spans_seen

pytestmark = pytest.mark.slow

MONDAY = "2006-11-27"
TUESDAY = "2006-11-28"


def seen(text: str) -> dict[str, tuple]:
    return spans_seen(text, TUESDAY)


def test_what_a_member_originally_did_is_not_of_the_story_day():
    got = seen(STORY_OPENING + "The rebel leader originally joined the movement with his brother.")
    assert got["joined"] == (None, None)


def test_what_a_member_originally_did_is_not_of_an_era_the_story_went_back_to():
    text = (
        "A former member of the sect left it in 1995 after twenty years.\n"
        "She originally joined the group with a friend from school.\n"
    )
    assert seen(text)["joined"] == (None, None)


def test_a_clause_told_without_it_keeps_the_story_day():
    got = seen(STORY_OPENING + "The rebel leader joined the talks with his brother.")
    assert got["talks"] == (MONDAY, MONDAY)  # (the row of joining the talks is the talks')
