"""A month joined to the year it is of ("in November of this year"), a month named after "the month
of" and "the week ahead" are one expression each: the row they date takes the whole of it, not a
part read alone; the time of a figure a change is measured from ("from the figure for February") is
not the change's, and a month written after the date a bound names ("since September 1999 in
March") is no time inside the bound (issue 16, item 3). Sentences written for these tests, parsed
by the real model."""

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


def test_the_time_of_the_figure_a_change_is_measured_from_is_not_the_changes():
    got = seen(
        "The statistics office said on Monday that export prices had been weak.\n"
        "They dropped by 0.3 percent from the figure for February.\n"
    )
    assert got["dropped"] != ("2006-02-01", "2006-02-28")  # February's is the figure compared with
    got = seen(
        "The insurer made a profit of 12.5 million francs last year, little changed from 12.1 million francs in 2004."
    )
    assert got["changed"] != ("2004-01-01", "2004-12-31")


def test_a_month_written_after_the_date_a_bound_names_is_the_clauses():
    got = seen(
        "Factory prices showed their sharpest fall since September 1999 in March, when they fell by 0.1 percent."
    )
    assert got["fell"] == ("2006-03-01", "2006-03-31")  # not a time inside "since September 1999"
