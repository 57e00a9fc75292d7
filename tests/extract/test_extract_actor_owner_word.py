"""A name the tagger missed that opens on a capitalised word and "'s" which names no one of its own
("Heaven's Gate", "Jacob's Ladder") is written whole, not cut to its last word ("Gate"); a country or
a person before "'s" stays its owner ("Britain's Labour": Labour)."""

from __future__ import annotations

import pytest

from tests.extract.test_extract_actor_names import names

pytestmark = pytest.mark.slow


def test_actor_owner_word_a_name_with_s_inside_stays_whole():
    text = "To make sure, Heaven's Gate had made two payments to Spacestar on March 21."
    assert names(text, "payments")[0] == "Heaven's Gate"


def test_actor_owner_word_a_country_before_s_is_no_part_of_the_name():
    text = "Police said on Monday that Britain's Labour had made two payments to the firm."
    assert "Labour" in names(text, "payments")
