"""A name written right after a word for a paper or a party ("the government weekly Dagens Ord",
"the daily Nordposten", "the ruling party Kadima"), or right before one it hangs on ("the Tribune
newspaper"), is the paper's or the party's, whatever the tagger called it: it is no person a "she"
could be, and what "she told Dagens Ord" in a quotation is the speaker's, not the paper's."""

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


def test_actor_press_names_a_paper_tagged_a_building_is_the_it_that_said():
    # the tagger takes "Le Figaro" for a building: after "the daily" it is the paper, which "it" is
    text = (
        "The daily Le Figaro reported on Monday that the minister resigned. It said the minister left Paris on Sunday."
    )
    assert actors(text, "left") == [("Le Figaro", "source")]


def test_actor_press_names_a_name_after_the_word_party_is_the_party_it_stands_for():
    # "the ruling party Kadima", tagged a place, is a party: "it" after it is that party
    text = "The ruling party Kadima won 29 seats on Tuesday. It will form a coalition next week."
    assert actors(text, "form") == [("Kadima", "agent")]
