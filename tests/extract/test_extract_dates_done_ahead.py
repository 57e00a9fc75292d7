"""A day just ahead of the article, told as done in the past, is that day of the year gone by."""

from __future__ import annotations

import pytest

from tests.extract.parsed import spans_seen

pytestmark = pytest.mark.slow


def test_a_past_passive_on_a_january_day_read_in_december_dates_the_january_gone_by():
    seen = spans_seen("Two border guards were wounded on January 4 in a clash with smugglers.", "2016-12-14")
    assert seen["wounded"] == ("2016-01-04", "2016-01-04")


def test_what_a_meeting_held_on_a_day_decided_is_dated_by_the_day_gone_by():
    seen = spans_seen("The summit held on January 11 approved the new budget.", "2016-11-28")
    assert seen["approved"] == ("2016-01-11", "2016-01-11")


def test_a_forecast_told_with_likely_is_dated_ahead():
    # "is likely to hit land Saturday": the coming Saturday, not the one gone by
    got = spans_seen("The cyclone is likely to hit land Saturday near the fishing port of Tamsa.", "2006-11-28")
    assert got["hit"] == ("2006-12-02", "2006-12-02")
