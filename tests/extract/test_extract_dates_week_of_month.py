"""A week counted in a month ("the first week of October") is read as news means it: the month's
first seven days (October 1-7), not the ISO week of the expression's value (October 3-9 in 2005),
which stays the row's value; "the last week of" is the month's last seven days (issue 16, session
37). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.parsed import extracted

pytestmark = pytest.mark.slow


def when(text: str, word: str, ref: str = "2005-11-20"):
    [row] = [e for e in extracted(text, ref) if e.predicate.text == word]
    return row.date


def test_the_first_week_of_a_month_is_its_first_seven_days():
    date = when("The envoy visited the port in the first week of October.", "visited")
    assert (date.earliest, date.latest) == ("2005-10-01", "2005-10-07")
    assert date.value == "2005-W40"


def test_the_second_week_of_a_month_is_its_days_8_to_14():
    date = when("The envoy visited the port in the second week of September.", "visited")
    assert (date.earliest, date.latest) == ("2005-09-08", "2005-09-14")


def test_the_last_week_of_a_month_is_its_last_seven_days():
    date = when("The envoy visited the port in the last week of September.", "visited")
    assert (date.earliest, date.latest) == ("2005-09-24", "2005-09-30")
