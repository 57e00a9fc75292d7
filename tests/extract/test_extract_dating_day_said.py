"""Whose day the story's day is: a statement that names its day ("said on Monday night he hoped
...") keeps the story on the day of speaking though what it reports is dated by the same words, so
a quote that follows looks back from that day to a time it does not give. A happening that names
the day keeps it a happening's day though a statement verb closes the sentence. A statement told
in the past perfect ("had said") was made before the story, not on the article's day. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.parsed import spans_seen

pytestmark = pytest.mark.slow

MONDAY = "2006-11-13"
TUESDAY = "2006-11-14"
WEDNESDAY = "2006-11-15"


def seen(text: str, ref: str = WEDNESDAY) -> dict[str, tuple]:
    return spans_seen(text, ref)


def test_a_quote_after_a_statement_that_named_its_day_takes_no_day():
    text = (
        "The governor of Kelmar said on Monday night he hoped he would be able to give the province "
        "a fair election with the help of all parties. "
        '"I asked the election chief to step down. He accepted my request."'
    )
    assert seen(text)["accepted"] == (None, None)


def test_a_quote_after_a_statement_told_to_a_body_takes_no_day():
    text = (
        "The health minister told parliament on Tuesday that he expected the new hospital to treat "
        "its first patients within a year. "
        '"We closed two old clinics because the buildings were unsafe," he said.'
    )
    assert seen(text)["closed"] == (None, None)


def test_a_quote_about_a_happening_that_named_the_day_keeps_it():
    text = (
        "Gunmen killed four farmers in a village near the border on Monday, police said. "
        "The attackers fled into the hills. "
        '"They shot everyone in the square," a witness said.'
    )
    assert seen(text)["shot"] == (MONDAY, MONDAY)


def test_a_statement_told_in_the_past_perfect_is_not_dated_the_article_day():
    text = (
        "Poland's prime minister urged donors on Monday to give more to flood victims. "
        "Governor Jan Kowalski had said the aid was far below that given after the 1997 floods."
    )
    assert seen(text)["said"] == (None, None)


def test_a_statement_told_in_the_simple_past_keeps_the_article_day():
    text = (
        "Poland's prime minister urged donors on Monday to give more to flood victims. "
        "Governor Jan Kowalski said the aid was far below that given after the 1997 floods."
    )
    assert seen(text)["said"] == (WEDNESDAY, WEDNESDAY)
