"""A verb told in the past whose clause names a day after the article's ("the unions have called a
strike for Monday", "the judge set May 9 for the next hearing") did its act by the time of writing:
the day ahead is the plan's. The act is dated as an undated past one is (the story's day, or the
month before the article for a present perfect), not left undated; a saying keeps the day ahead."""

from __future__ import annotations

import pytest

from tests.extract.parsed import spans_seen

pytestmark = pytest.mark.slow

STORY = "Riot police cleared the square in front of the parliament on Saturday. "


def test_a_simple_past_act_about_a_later_day_takes_the_story_day():
    seen = spans_seen(STORY + "The judge set May 9 for the next hearing of the case.", "2016-05-02")
    assert seen["cleared"] == ("2016-04-30", "2016-04-30")
    assert seen["set"] == ("2016-04-30", "2016-04-30")


def test_a_plan_named_in_the_subject_of_a_passive_act_takes_the_story_day():
    seen = spans_seen(STORY + "A general strike for Thursday was called by the dockers' union.", "2016-05-02")
    assert seen["called"] == ("2016-04-30", "2016-04-30")


def test_a_present_perfect_act_about_a_later_day_is_recent_news():
    seen = spans_seen(STORY + "The dockers' union has called a general strike for Thursday.", "2016-05-02")
    assert seen["called"] == ("2016-04-02", "2016-05-02")


def test_a_clause_hanging_on_a_plan_stays_undated():
    seen = spans_seen(
        "The agency said on Sunday that after it was delayed several times, the rocket will be launched on May 9.",
        "2016-05-02",
    )
    assert seen["launched"] == ("2016-05-09", "2016-05-09")
    assert seen["delayed"] == (None, None)


def test_a_time_named_as_the_subject_is_no_plan_of_the_act():
    seen = spans_seen(
        "Toy sales fell by 20 percent. As Christmas gained in popularity among students, many shops "
        "have turned to the home market.",
        "2016-11-04",
    )
    assert seen["gained"] == (None, None)
