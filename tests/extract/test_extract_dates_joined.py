"""A month joined to the year it is of ("in November of this year"), a month named after "the month
of" and "the week ahead" are one expression each: the row they date takes the whole of it, not a
part read alone (issue 16, item 3). Sentences written for these tests, parsed by the real model."""

from __future__ import annotations

import pytest

from tests.extract.parsed import extracted

pytestmark = pytest.mark.slow

APRIL = "2006-04-11"  # a Tuesday


def seen(text: str, ref: str = APRIL) -> dict[str, tuple]:
    """predicate text -> (earliest, latest) of the events of ``text``."""
    return {e.predicate.text: (e.date.earliest, e.date.latest) for e in extracted(text, ref)}


def test_a_month_of_this_year_is_in_the_articles_year_though_told_in_the_past():
    got = seen("The agency had planned to launch the first module of the station in November of this year.")
    assert got["launch"] == ("2006-11-01", "2006-11-30")  # not last November


def test_the_month_of_march_is_march_not_the_articles_month():
    got = seen("Factory prices fell sharply in the month of March, the statistics office said on Monday.")
    assert got["fell"] == ("2006-03-01", "2006-03-31")


def test_the_week_ahead_is_the_seven_days_after_the_article_not_a_whole_year():
    got = seen("The main body of the peacekeeping force is due to arrive in the week ahead.")
    assert got["arrive"] == ("2006-04-12", "2006-04-18")
