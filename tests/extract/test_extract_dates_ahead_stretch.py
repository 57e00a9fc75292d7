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


@pytest.mark.parametrize(
    ("text", "verb", "span"),
    [
        # "in" a counted length: the time that far ahead (the day, or the month or year for longer)
        ("The health minister will tour the flooded villages in three days.", "tour", ("2006-12-01", "2006-12-01")),
        ("The panel will deliver its findings in two weeks' time.", "findings", ("2006-12-12", "2006-12-12")),
        ("The new terminal will open to travellers in six months.", "open", ("2007-05-01", "2007-05-31")),
        # "within" a counted length: the stretch up to it
        ("The regulator will decide on the merger within 90 days.", "decide", (TUESDAY, "2007-02-26")),
        # a counted length "from now" (a DURATION and PRESENT_REF "now"): that far ahead, not "now"
        ("The harbour master will retire three months from now.", "retire", ("2007-02-01", "2007-02-28")),
        ("The ferry service resumes ten days from now, the operator says.", "resumes", ("2006-12-08", "2006-12-08")),
        ("The board will name a new chief within two or three weeks from now.", "name", (TUESDAY, "2006-12-19")),
    ],
)
def test_a_counted_length_ahead_dates_what_is_to_come(text, verb, span):
    assert seen(text)[verb] == span


@pytest.mark.parametrize(
    ("text", "verb", "ahead"),
    [
        ("The militia seized the airport in two days.", "seized", "2006-11-30"),  # a past: how long it took
        ("The talks will resume in two days of meetings in Geneva.", "talks", "2006-11-30"),  # a length of something
        # "the first ... in ten years": a length looked back over, not ten years on
        ("The minister will make the first visit by a foreign leader in ten years.", "visit", "2016-01-01"),
        ("The new tariffs, the third rise in two weeks, will be applied to imports.", "applied", "2006-12-12"),
    ],
)
def test_a_length_that_is_no_time_ahead_is_not_counted_from_the_article(text, verb, ahead):
    assert seen(text)[verb][0] != ahead
