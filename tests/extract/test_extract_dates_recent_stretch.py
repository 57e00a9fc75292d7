"""Dates attached where they belong (issue 16, item 3): a clause told "in recent years" or "in
the past few weeks" went on over a stretch up to now, never on the story's day; a stretch of
weeks or days reads as "recently" (the month before the article), a longer one gives no date.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.parsed import STORY_OPENING, spans_seen

pytestmark = pytest.mark.slow

TUESDAY = "2006-11-28"
MONTH_BEFORE = "2006-10-29"


def seen(text: str) -> dict[str, tuple]:
    return spans_seen(STORY_OPENING + text, TUESDAY)


def test_a_change_in_recent_months_is_not_the_story_day():
    assert seen("Bread prices climbed steeply in recent months.")["climbed"] == (None, None)


def test_in_the_past_few_years_is_not_the_story_day():
    assert seen("Tourism in the valley collapsed in the past few years.")["collapsed"] == (None, None)


def test_in_recent_weeks_is_the_month_before_the_article():
    assert seen("The budget was fiercely debated in recent weeks.")["debated"] == (MONTH_BEFORE, TUESDAY)


def test_a_counted_stretch_keeps_its_own_span():
    assert seen("Exports fell sharply in the past two years.")["fell"] == ("2004-11-28", TUESDAY)


def test_a_story_day_happening_keeps_the_story_day():
    assert seen("Gunmen burned a market in the town.")["burned"] == ("2006-11-27", "2006-11-27")


def test_the_last_days_of_a_war_are_not_the_month_before_the_article():
    assert seen("The city fell in the last days of the war.")["fell"] != (MONTH_BEFORE, TUESDAY)


def test_the_last_weeks_before_a_vote_are_not_the_month_before_the_article():
    got = seen("Troops massed at the border in the last weeks before the vote.")
    assert got["massed"] != (MONTH_BEFORE, TUESDAY)


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("The ministry said on Monday that fighters had crossed the river in the past few weeks.", "crossed"),
        ("The ministry said on Monday that the rebels had lately stopped paying their men.", "stopped"),
    ],
)
def test_a_stretch_of_its_own_under_a_saying_is_not_the_saying_day(text, verb):
    assert seen(text)[verb] != ("2006-11-27", "2006-11-27")  # Monday is when the ministry spoke


def test_the_last_couple_of_months_is_a_counted_stretch():
    got = seen(
        "Customs officers said on Monday that smugglers had in the last couple of months moved 20 tonnes of tea."
    )
    assert got["moved"] == ("2006-09-28", TUESDAY)
