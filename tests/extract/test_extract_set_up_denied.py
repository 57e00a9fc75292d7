"""A happening set up in a relative clause ("the meeting that Moyo called") is told by its noun's
row; when the clause around the noun denies or doubts the noun ("would not attend the meeting that
Moyo called"), the noun's row is hidden, and the setting up, which took place, is the row."""

from __future__ import annotations

import pytest

from tests.extract.parsed import extracted

pytestmark = pytest.mark.slow


def facts(text: str) -> dict[str, str]:
    return {e.predicate.text: e.factuality for e in extracted(text, "2006-11-03")}


def test_a_happening_set_up_in_a_relative_clause_under_a_denial_is_a_row():
    # the faction stays away: the meeting is hidden, but the union leader did call it
    got = facts("The spokesman said that the faction would not attend the strike meeting that Abel Moyo called.")
    assert got["called"] in ("asserted", "reported")


def test_a_happening_set_up_in_a_relative_clause_told_done_is_the_happening_s_row():
    assert "called" not in facts("Delegates attended the strike meeting that Abel Moyo called.")
