"""A date belongs to the clause it is written in (issue 16, item 3): not to a clause set against it,
a happening told as coming before, a figure compared with, a record beaten, or the speaker's own
words. Sentences written for these tests, parsed by the real model."""

from __future__ import annotations

import pytest

from tests.extract.parsed import extracted

pytestmark = pytest.mark.slow

TUESDAY = "2006-11-28"
MONDAY = "2006-11-27"


def seen(text: str, ref: str = TUESDAY) -> dict[str, tuple]:
    """predicate text -> (earliest, latest, resolution) of the events of ``text``."""
    return {e.predicate.text: (e.date.earliest, e.date.latest, e.date.resolution) for e in extracted(text, ref)}


def test_a_clause_conceded_does_not_take_the_day_of_the_clause_it_is_set_against():
    got = seen("Although talks with the owners have so far ended without a deal, the union on Monday expressed hope.")
    assert got["expressed"][:2] == (MONDAY, MONDAY)
    assert got["talks"][:2] != (MONDAY, MONDAY)  # talks held so far, not Monday's


def test_a_date_inside_a_despite_phrase_is_that_happenings():
    got = seen("Despite a strike at the plant in March, the company raised its output.")
    assert got["strike"][:2] == ("2006-03-01", "2006-03-31")
    assert got["raised"][:2] != ("2006-03-01", "2006-03-31")  # the strike's month, not the rise's


def test_a_recent_visit_spoken_of_is_not_on_the_day_of_the_speech():
    got = seen("In his Monday speech, the bishop spoke of his recent visit to the camps.")
    assert got["spoke"][:2] == (MONDAY, MONDAY)
    # some time in the month before the article, as "recently" is read; not the speech's Monday
    assert got["visit"] == ("2006-10-29", TUESDAY, "inferred")


def test_a_time_counted_on_in_a_conjoined_clause_is_not_the_first_clauses_year():
    got = seen("In 1990, she was elected mayor of the town, and three years later she founded a bank.")
    assert got["elected"][:2] == ("1990-01-01", "1990-12-31")
    assert got["founded"][0] != "1990-01-01"  # three years later: 1993, never 1990


def test_the_day_of_a_figure_a_change_is_measured_from_in_millions_is_not_the_changes():
    # (not a trading volume: those are no rows at all, see test_extract_not_happenings)
    got = seen("The company's debt rose to 1.2 billion dollars from 1.5 billion dollars Monday.")
    assert got["rose"][:2] != (MONDAY, MONDAY)


def test_the_day_of_a_record_beaten_is_not_the_day_it_was_beaten():
    got = seen("The main index advanced 20 points to a record 5,700, beating Monday's record of 5,650.")
    assert got["advanced"][:2] != (MONDAY, MONDAY)


def test_a_year_that_opens_a_direct_quote_is_the_speakers_not_the_replys():
    got = seen('The minister replied: "In 1990, we had hope because the rebels laid down their arms."')
    assert got["replied"][:2] != ("1990-01-01", "1990-12-31")


def test_the_day_of_what_one_comes_back_from_is_not_the_day_of_coming_back():
    got = seen("When the mayor returns from his Christmas trip, he will have surgery on his knee.")
    assert got["trip"][:2] == ("2006-12-25", "2006-12-25")
    assert got["surgery"][:2] != ("2006-12-25", "2006-12-25")  # after the trip, on no day the text gives
    assert got.get("returns", (None,))[0] != "2006-12-25"


def test_the_year_of_the_figure_a_forecast_is_compared_with_is_not_the_forecasts():
    got = seen(
        "The study forecast imports to climb by 6 percent in 2007, about 3 points lower than the figure this year."
    )
    assert got["climb"][:2] != ("2006-01-01", TUESDAY)  # this year's figure; the climb is 2007's


def test_a_clause_a_day_after_the_saying_is_not_on_the_day_of_the_saying():
    got = seen(
        "The president said on Monday that the minister was stepping down, "
        "one day after the opposition won control of parliament."
    )
    assert got["won"][:2] != (MONDAY, MONDAY)  # the day before; never the saying's Monday, nor the article's day
    assert got["won"][:2] != (TUESDAY, TUESDAY)


def test_a_vote_held_two_days_after_a_meeting_is_not_on_the_meetings_day():
    got = seen("The mayor met the builders on Sunday to discuss the plan, two days before the vote was held.")
    assert got["met"][:2] == ("2006-11-26", "2006-11-26")
    assert got["vote"][:2] != ("2006-11-26", "2006-11-26")


def test_a_day_in_a_description_set_after_a_noun_is_not_its_clauses():
    got = seen(
        "He said carmakers helped lift the market, while steelmakers, "
        "a key factor in gains Monday, were hit by selling."
    )
    assert got["hit"][:2] != (MONDAY, MONDAY)  # Monday's gains say what the steelmakers were
    assert got["helped"][:2] != (MONDAY, MONDAY)


def test_a_period_that_names_a_bound_again_is_a_bound_too():
    got = seen(
        "The climate conference opened on Monday, with delegates exploring a framework to deal with "
        "emissions after 2012, the last year covered by the current rules."
    )
    assert got["conference"][:2] == (MONDAY, MONDAY)


def test_a_conceded_clause_whose_subordinator_hangs_on_its_auxiliary_is_not_dated_by_the_text():
    got = seen("Although the old bridge was closed to traffic, the army on Monday moved its tanks across the river.")
    assert got["moved"] == (MONDAY, MONDAY, "relative")
    assert got["closed"][2] != "relative"  # the text gives the closing no day


SATURDAY = "2006-11-25"


def test_a_pledge_told_in_the_past_is_dated_by_its_own_day():
    # the day written before the infinitive is the day of the vow or promise, gone by; the
    # infinitive's own day stays ahead
    assert seen("Rebel commander Sam Okello vowed on Saturday to keep fighting.")["vowed"][:2] == (SATURDAY, SATURDAY)
    assert seen("The mayor on Saturday promised to rebuild the bridge.")["promised"][:2] == (SATURDAY, SATURDAY)
    assert seen("The mayor promised to reopen the bridge on Saturday.")["reopen"][:2] == ("2006-12-02", "2006-12-02")
