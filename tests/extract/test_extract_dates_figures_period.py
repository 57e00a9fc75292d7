"""A results story's figures belong to the period the story set ("third-quarter net income fell";
"In the nine months, net rose") until a figure is told of another time: "Revenue slipped 4%" after
it is the quarter's, not the report's day (GUIDELINES, eleventh batch: the figure's rise over its
period; session 48, the TBAQ audit's WSJ copy). Sentences written for these tests, parsed by the
real model."""

from __future__ import annotations

import pytest

from tests.extract.parsed import extracted

pytestmark = pytest.mark.slow

NOVEMBER = "1991-11-06"
Q3 = ("1991-07-01", "1991-09-30")
NINE_MONTHS = ("1991-01-01", "1991-09-30")


def seen(text: str, ref: str = NOVEMBER) -> dict[str, tuple]:
    """predicate text -> (earliest, latest) of the events of ``text``."""
    return {e.predicate.text: (e.date.earliest, e.date.latest) for e in extracted(text, ref)}


def test_a_figure_after_a_period_named_on_the_lead_s_figure_is_of_that_period():
    got = seen(
        "Harbor Mills Inc. said third-quarter net income fell 12% to $8.1 million. "
        "Revenue slipped 4% to $96.2 million from $100.1 million."
    )
    assert got["fell"] == Q3
    assert got["slipped"] == Q3


def test_the_nine_months_of_a_results_story_run_from_january():
    got = seen(
        "Glenbrook Foods reported its results on Tuesday.\n"
        "The snack maker had a third-quarter loss of $2.3 million.\n"
        "In the nine months, net rose 3% to $40.2 million. Sales climbed 5% to $310 million."
    )
    assert got["rose"] == NINE_MONTHS
    assert got["climbed"] == NINE_MONTHS


def test_a_change_noun_told_with_post_takes_the_period():
    got = seen(
        "Ridgeway Corp. said net income rose 9% in the third quarter. "
        "Its insurance division posted a 15% profit gain to $20 million."
    )
    assert got["gain"] == Q3


def test_a_market_move_does_not_take_the_period():
    got = seen(
        "Ridgeway Corp. said net income rose 9% in the third quarter. "
        "Ridgeway fell 50 cents to $31.25 on the Big Board."
    )
    assert got["fell"] != Q3


def test_the_figure_compared_with_does_not_set_the_period():
    got = seen(
        "Pell Co. said it had a loss of $2 million in the third quarter, compared with a year-earlier loss of "
        "$1 million. Sales edged up 3% to $50 million."
    )
    assert got["edged"] == Q3


def test_a_period_on_a_thing_that_is_not_the_figure_told_sets_none():
    got = seen(
        "Carrow Systems announced on Tuesday a further delay of its third-quarter results. "
        "Its debt rose 5% to $3 billion, analysts said."
    )
    assert got["rose"] != Q3
