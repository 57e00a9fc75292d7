"""An occasion something is done for is the coming one (issue 16): written on a Tuesday, "drafted
bills for Friday's session" names this week's Friday session, not the one gone by; a past perfect
tells it past in its own words."""

from __future__ import annotations

import pytest

from tests.extract.parsed import spans_seen

pytestmark = pytest.mark.slow


def test_a_session_bills_are_drafted_for_is_the_coming_one():
    seen = spans_seen("Lawmakers drafted two bills for Friday's session.", "2014-06-10")
    assert seen["session"] == ("2014-06-13", "2014-06-13")


def test_a_derby_a_captain_is_dropped_for_is_the_coming_one_unless_told_in_the_past_perfect():
    assert spans_seen("The club dropped its captain for Saturday's derby.", "2014-06-10")["derby"] == (
        "2014-06-14",
        "2014-06-14",
    )
    assert spans_seen("The club had dropped its captain for Saturday's derby.", "2014-06-10")["derby"] == (
        "2014-06-07",
        "2014-06-07",
    )
