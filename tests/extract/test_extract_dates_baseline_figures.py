"""The time written after the figure a change is measured from is that figure's, not the change's:
a business report gives the figure twice ("from $41 million, or 77 cents a share, a year earlier")
and the time after them dates the old figure (session 47, TBAQ audit). Sentences written for these
tests, parsed by the real model."""

from __future__ import annotations

import pytest

from tests.extract.parsed import extracted

pytestmark = pytest.mark.slow

NOVEMBER = "1991-11-06"


def seen(text: str, ref: str = NOVEMBER) -> dict[str, tuple]:
    """predicate text -> (earliest, latest) of the events of ``text``."""
    return {e.predicate.text: (e.date.earliest, e.date.latest) for e in extracted(text, ref)}


def test_a_year_ago_after_two_figures_dates_the_old_figure_not_the_rise():
    got = seen(
        "The toy maker said profit climbed to $52 million, or 96 cents a share, from $41 million, "
        "or 77 cents a share, a year ago."
    )
    assert got["climbed"][0] >= "1991-01-01"  # not the third quarter of 1990


def test_a_year_earlier_after_an_amount_in_a_currency_word():
    got = seen(
        "The brewer said net income slipped to 310 million kronor, or 4.20 kronor a share, from "
        "330 million kronor, or 4.45 kronor a share, a year earlier."
    )
    assert got["slipped"][0] >= "1991-01-01"


def test_last_year_after_the_old_figures_is_theirs():
    got = seen(
        "In the first half, revenue advanced 6% to $1.2 billion, from $1.13 billion, or $2.10 a share, last year."
    )
    assert got["advanced"] != ("1990-01-01", "1990-12-31")


def test_a_time_after_one_figure_that_ends_the_change_is_still_the_changes():
    # "to ... last year" is where the change ended: the year is the change's own
    got = seen("The number of tourists visiting the island rose from about 80,000 in 1985 to 250,000 last year.")
    assert got["rose"] == ("1990-01-01", "1990-12-31")
