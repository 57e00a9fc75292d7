"""Dates attached where they belong (issue 16, item 3): a present perfect bounded by "since" a
time went on from that time up to the article's day; the time is its start, never its date, and a
comparison ("the highest since 2001") is no span. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.parsed import STORY_OPENING, spans_seen

pytestmark = pytest.mark.slow

TUESDAY = "2006-11-28"


def seen(text: str) -> dict[str, tuple]:
    return spans_seen(STORY_OPENING + text, TUESDAY)


def test_a_toll_since_a_weekday_runs_from_it_to_the_article_day():
    assert seen("Rebels have killed 40 soldiers since Friday.")["killed"] == ("2006-11-24", TUESDAY)


def test_a_change_since_a_month_runs_from_its_first_day():
    assert seen("Food prices have risen sharply since March.")["risen"] == ("2006-03-01", TUESDAY)


def test_since_a_happening_on_a_day_runs_from_that_day():
    got = seen("More than 2,000 people have been arrested since the protests began on October 3.")
    assert got["arrested"] == ("2006-10-03", TUESDAY)


def test_since_told_first_bounds_the_clause_after_it():
    assert seen("Since Monday, the army has evacuated 3,000 people.")["evacuated"] == ("2006-11-27", TUESDAY)


def test_a_comparison_since_a_year_is_no_span():
    got = seen("The index hit its highest level since 2001.")
    assert got["hit"][0] != "2001-01-01"


def test_a_simple_past_since_a_year_is_no_span():
    got = seen("Troops entered the town for the first time since 2012.")
    assert got["entered"][0] != "2012-01-01"


def test_a_present_perfect_at_its_lowest_since_a_year_is_no_span():
    # the fall is one happening, the lowest since 2003: not a state going on from 2003
    earliest, latest = seen("Oil prices have fallen to their lowest level since 2003.")["fallen"]
    assert earliest > "2006-01-01" and latest == TUESDAY


def test_a_present_perfect_for_the_first_time_since_a_year_is_no_span():
    got = seen("Nine women have signed up for the first time in a presidential election since 1979.")
    earliest, _ = got["signed up"]
    assert earliest > "2006-01-01"


def test_at_least_so_many_times_since_a_day_is_still_a_span():
    got = seen("The envoy has spoken with the rebels at least three times since Friday.")
    assert got["spoken"] == ("2006-11-24", TUESDAY)
