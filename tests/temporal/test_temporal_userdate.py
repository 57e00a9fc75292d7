"""Dates typed on the command line."""

import pytest

from timeline.errors import UsageError
from timeline.temporal import parse_user_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2016-12-23", ("2016-12-23", "2016-12-23", "day")),
        ("2016-12", ("2016-12-01", "2016-12-31", "month")),
        ("2016", ("2016-01-01", "2016-12-31", "year")),
        ("2016-02", ("2016-02-01", "2016-02-29", "month")),
        ("Dec 20, 2016", ("2016-12-20", "2016-12-20", "day")),
        ("December 2016", ("2016-12-01", "2016-12-31", "month")),
        (" 20 December 2016 ", ("2016-12-20", "2016-12-20", "day")),
    ],
)
def test_userdate_reads_explicit_dates(text, expected):
    assert parse_user_date(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "yesterday",
        "next week",
        "Friday",
        "2016-02-30",
        "2016-13",
        "soon",
        "Dec 20",
        "Dec 32 2016",
        "Feb 30, 2016",
        "32 December 2016",
    ],
)
def test_userdate_rejects_what_needs_today_or_is_not_a_date(text):
    with pytest.raises(UsageError) as err:
        parse_user_date(text)
    assert "\n" not in str(err.value)
