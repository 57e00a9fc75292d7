"""A quoted past told on the day a statement was made (issue 16, item 3): the speaker looks back
from that day to a time the quote does not give, so the quoted verb takes no story day; a quote
about the day of a happening the story told keeps it. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.parsed import spans_seen

pytestmark = pytest.mark.slow

MONDAY = "2006-11-27"
TUESDAY = "2006-11-28"


def seen(text: str, ref: str = TUESDAY) -> dict[str, tuple]:
    return spans_seen(text, ref)


def test_a_quoted_past_on_a_day_of_speaking_takes_no_day():
    text = (
        "The former coach of the national team said on Monday that the football federation had failed.\n"
        "The federation has not replied.\n"
        '"The board fired three coaches in five years," he said.'
    )
    assert seen(text)["fired"] == (None, None)


def test_a_quoted_passive_past_on_a_day_of_speaking_takes_no_day():
    text = (
        "The party leader said on Monday that he would not resign.\n"
        "He spoke to reporters outside his home.\n"
        '"The whole affair was invented by the secret police," he said.'
    )
    assert seen(text)["invented"] == (None, None)


def test_a_quoted_past_with_no_day_told_takes_no_day():
    text = (
        "The striking miners want higher pay and safer pits.\n"
        "The mine owners say they cannot pay more.\n"
        "The strike is in its third week.\n"
        '"Many men died in these mines," a union leader told reporters.'
    )
    assert seen(text)["died"] == (None, None)


def test_a_quote_about_the_happening_of_the_story_day_keeps_it():
    text = (
        "A fire destroyed the old market hall in the town centre on Monday.\n"
        "Firefighters fought the blaze for six hours.\n"
        '"Our men rescued twelve people from the upper floor," the fire chief said.'
    )
    assert seen(text)["rescued"] == (MONDAY, MONDAY)


def test_a_past_reported_without_quotes_keeps_the_day_of_speaking():
    text = (
        "The rebel commander said on Monday that his forces had been attacked.\n"
        "He said his men captured forty soldiers."
    )
    assert seen(text)["captured"] == (MONDAY, MONDAY)
