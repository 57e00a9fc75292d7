"""A body's or an occasion's name the tagger cut at its "of", "for" or "on" is one name ("the
International Day for the Abolition of Slavery"), and its first words, written alone or untagged,
are that body ("the EU High Commissioner" of "the EU High Commissioner for Refugees")."""

from __future__ import annotations

import pytest

from tests.extract.test_extract_actor_names import names

pytestmark = pytest.mark.slow


def test_occasion_cut_at_for_is_one_name():
    text = "Activists marked the International Day for the Abolition of Slavery on Friday."
    assert names(text, "marked") == ["International Day for the Abolition of Slavery"]


def test_untagged_title_words_are_the_body_written_out():
    text = "The EU High Commissioner for Refugees (EUHCR) said on Monday it would send tents to the camp."
    assert names(text, "send") == ["EU High Commissioner for Refugees"]


def test_short_name_is_the_one_longer_name_going_on_from_it():
    text = (
        "The Andean Council of Nations met in Lima on Monday. The Andean Council said on Tuesday it would cut tariffs."
    )
    assert names(text, "cut") == ["Andean Council of Nations"]


def test_body_within_a_body_stays_apart():
    text = "The Monetary Policy Committee of the Reserve Bank of India met on Monday."
    assert names(text, "met") == ["Monetary Policy Committee", "Reserve Bank of India"]
