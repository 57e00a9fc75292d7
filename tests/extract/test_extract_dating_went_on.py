"""A simple past that says it went on for days or more ("took months to form", "lasted three
weeks", "over a period of six months") was not done on one day of the story, so it takes no story
day (issue 16, item 3); a length that is not how long the clause went on keeps it. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.parsed import STORY_OPENING, spans_seen

pytestmark = pytest.mark.slow

MONDAY = "2006-11-27"
TUESDAY = "2006-11-28"


def seen(text: str, ref: str = TUESDAY) -> dict[str, tuple]:
    return spans_seen(text, ref)


def test_what_took_months_is_not_of_the_story_day():
    got = seen(STORY_OPENING + "The coalition government took months to form.")
    assert got["took"] == (None, None)


def test_what_lasted_weeks_is_not_of_the_story_day():
    got = seen(STORY_OPENING + "The previous offensive lasted three weeks.")
    assert got["lasted"] == (None, None)


def test_what_was_done_over_a_period_of_months_is_not_of_the_story_day():
    got = seen(STORY_OPENING + "The volunteers received four injections over a period of eight months.")
    assert got["received"] == (None, None)


def test_time_given_to_someone_keeps_the_story_day():
    got = seen(STORY_OPENING + "The generals gave the rebels three days.")
    assert got["gave"] == (MONDAY, MONDAY)


def test_a_clause_with_no_length_keeps_the_story_day():
    got = seen(STORY_OPENING + "The volunteers received four injections.")
    assert got["received"] == (MONDAY, MONDAY)


def test_what_went_on_for_months_is_not_of_the_story_day():
    got = seen(STORY_OPENING + "The strike crippled the port for months.")
    assert got["crippled"] == (None, None)


def test_what_went_on_for_years_in_the_lead_is_not_the_article_day():
    got = seen("Rebels besieged the northern town for months.\nThe army broke the siege on Sunday.")
    assert got["besieged"] == (None, None)


def test_a_counted_sentence_keeps_the_story_day():
    got = seen(STORY_OPENING + "A court sentenced the smugglers to prison for two years.")
    assert got["sentenced"] == (MONDAY, MONDAY)
