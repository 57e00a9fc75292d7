"""A time written in a list of verbs, on the thing a verb acts on, or on a figure a change is
measured against: whose time it is (issue 16, twenty-seventh session); for sentences written for
these tests."""

from __future__ import annotations

import pytest

from tests.extract.parsed import spans_seen

pytestmark = pytest.mark.slow

TUESDAY = "2006-11-28"


def seen(text: str, ref: str = TUESDAY) -> dict[str, tuple]:
    return spans_seen(text, ref)


def test_a_verb_joined_to_a_dated_one_takes_its_time_before_the_sayings_day():
    got = seen("The senator was informed about and backed in 2003 the sale of the port, the paper reported Friday.")
    assert got["informed"] == ("2003-01-01", "2003-12-31")


def test_a_later_verb_of_a_list_shares_the_time_of_the_earlier_ones():
    got = seen(
        "Gunmen ambushed a patrol on Tuesday. Troops shot one smuggler and detained three last week, "
        "and confiscated a truck of rifles."
    )
    assert got["confiscated"] == ("2006-11-20", "2006-11-26")


def test_a_period_for_which_a_figure_is_set_is_not_the_time_it_was_set():
    got = seen("Markets slid on Monday after the fund lowered its export forecast for 2006.")
    assert got["lowered"] != ("2006-01-01", "2006-12-31")


def test_a_period_for_which_a_target_is_set_leaves_the_day_it_was_set():
    got = seen("The central bank raised its inflation target for next year on Tuesday.")
    assert got["raised"] == (TUESDAY, TUESDAY)


def test_the_period_of_a_subject_is_still_the_time_of_its_clause():
    got = seen("Sales for the third quarter climbed 8 percent.")
    assert got["climbed"] == ("2006-07-01", "2006-09-30")


def test_the_time_of_a_record_a_fall_is_measured_from_is_not_the_falls():
    got = seen("Copper prices have dropped 20 percent from a record high of 8,800 dollars per tonne in early May.")
    assert got["dropped"] != ("2006-05-01", "2006-05-10")


def test_the_time_of_an_amount_compared_with_is_not_the_clauses():
    got = seen("Exports climbed to 40 billion dollars on Monday, four times the amount in 1995.")
    assert got["climbed"] == ("2006-11-27", "2006-11-27")


def test_a_happening_set_at_an_earlier_round_is_not_the_article_day():
    got = seen("One candidate was knocked out in an earlier round of the contest, the organisers said.")
    assert got["knocked out"] == (None, None)


def test_a_time_after_the_happening_a_relative_clause_tells_of_dates_the_clause():
    got = seen(
        "The president denounced on Tuesday the bombings of two markets in the capital on Sunday "
        "which killed 30 shoppers and wounded dozens."
    )
    assert got["killed"] == ("2006-11-26", "2006-11-26")
    assert got["wounded"] == ("2006-11-26", "2006-11-26")
