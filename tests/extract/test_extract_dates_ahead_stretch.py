"""A stretch ahead of the article's day ("in days", "within weeks", "in the coming months", "over the
next three years") dates a clause that tells what is to come: from the article's day as far ahead as
it names (ten days, six weeks, six months when it gives no number); a past told "within days" counts
from the story's time and stays undated; "the past few days" and "over the past few months" reach a
week and three months back. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.parsed import STORY_OPENING, spans_seen

pytestmark = pytest.mark.slow

TUESDAY = "2006-11-28"


def seen(text: str) -> dict[str, tuple]:
    return spans_seen(STORY_OPENING + text, TUESDAY)


@pytest.mark.parametrize(
    ("text", "verb", "span"),
    [
        ("The institute will start trials of the new vaccine in days.", "trials", (TUESDAY, "2006-12-08")),
        ("The government will lift the ban on cattle exports within weeks.", "lift", (TUESDAY, "2007-01-09")),
        ("The mayor will unveil a new housing plan in the coming months.", "unveil", (TUESDAY, "2007-05-28")),
        ("The airline will cut 40 flights over the next two days.", "cut", (TUESDAY, "2006-11-30")),
        ("The province will build three new dams in the next five years.", "build", (TUESDAY, "2011-11-28")),
    ],
)
def test_a_stretch_ahead_dates_what_is_to_come(text, verb, span):
    assert seen(text)[verb] == span


def test_a_past_within_days_is_not_counted_from_the_article():
    got = seen("The storm hit the coast in March, and within days the river had flooded the valley.")
    assert got["flooded"][0] != TUESDAY


def test_the_coming_years_are_not_placed_within_a_year():
    assert seen("The mayor will unveil a new housing plan in the coming years.")["unveil"] == (None, None)


@pytest.mark.parametrize(
    ("text", "verb", "span"),
    [
        # (told in the lead, where no story's thread dates them otherwise)
        (
            "The army has been battling a growing revolt as the rebels stepped up bomb attacks in the north "
            "over the past few months.",
            "stepped up",
            ("2006-08-28", TUESDAY),
        ),
        (
            "For the last few days, the group, demanding a new vote, has been sending threats to judges.",
            "sending",
            ("2006-11-21", TUESDAY),
        ),
    ],
)
def test_a_few_days_or_months_back_is_a_stretch_up_to_the_article(text, verb, span):
    assert spans_seen(text, TUESDAY)[verb] == span
