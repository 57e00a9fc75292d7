"""A name written right after a word for a paper ("the government weekly Dagens Ord", "the daily
Nordposten") is the paper's, whatever the tagger called it: it is no person a "she" could be, and
what "she told Dagens Ord" in a quotation is the speaker's, not the paper's."""

from __future__ import annotations

import pytest

from tests.extract.test_extract_actor_names import actors

pytestmark = pytest.mark.slow

STORY = (
    "Lena Berg won the national poetry prize in 1990. "
    "The government weekly Dagens Ord quoted her on Monday. "
    '"He introduced me to his friends once I moved to Spain," she told Dagens Ord.'
)


def test_actor_press_names_the_speaker_is_not_the_paper_she_told():
    assert actors(STORY, "moved") == [("Lena Berg", "agent")]


def test_actor_press_names_the_paper_still_does_what_it_does():
    assert ("Dagens Ord", "agent") in actors(STORY, "quoted")
