"""A plan "soon" puts runs to the end of the article's year; a year that names a thing a clause acts
by ("under the 1994 accords") dates neither the clause nor the story after it."""

from __future__ import annotations

import pytest

from tests.extract.parsed import extracted, spans_seen

pytestmark = pytest.mark.slow


def test_a_plan_put_soon_runs_from_the_article_to_the_end_of_its_year():
    seen = spans_seen("The union said on Monday that a second round of wage talks would be held soon.", "2016-12-20")
    assert seen["talks"] == ("2016-12-20", "2016-12-31")


def test_a_plan_put_quite_soon_is_put_soon_too():
    seen = spans_seen("A team of ten inspectors will quite soon arrive in the port city.", "2016-05-03")
    assert seen["arrive"] == ("2016-05-03", "2016-12-31")


def test_as_soon_as_gives_a_condition_not_a_time():
    events = extracted(
        "The army will pull out of the valley as soon as the truce holds.", "2016-05-03", all_events=True
    )
    pulled = [e for e in events if e.predicate.text.startswith("pull")]
    assert pulled and not pulled[0].date.dated


def test_a_plan_with_no_time_stays_undated():
    seen = spans_seen("The trade minister will visit Chile, a spokeswoman said.", "2016-05-03")
    assert seen["visit"] == (None, None)


def test_a_plan_told_in_the_past_is_not_put_in_the_weeks_ahead():
    events = extracted("The agency had soon planned to start an airlift of food.", "2016-05-03", all_events=True)
    assert all(not e.date.dated for e in events if e.factuality == "planned")


def test_a_year_naming_what_a_clause_acts_by_dates_neither_the_clause_nor_the_story():
    text = (
        "The senate passed the budget on Monday. "
        "That cleared the way for a cabinet as provided for by the 1998 coalition pact. "
        "The police deployed in the streets of the capital."
    )
    seen = spans_seen(text, "2016-05-04")
    assert seen["cleared"] == ("2016-05-02", "2016-05-02")
    assert seen["deployed"] == ("2016-05-02", "2016-05-02")
    assert seen["pact"] == ("1998-01-01", "1998-12-31")


def test_a_year_naming_what_a_clause_acts_under_does_not_date_it():
    seen = spans_seen("The senate passed the budget on Monday under the 2011 fiscal treaty.", "2016-05-04")
    assert seen["passed"] == ("2016-05-02", "2016-05-02")


def test_a_year_naming_the_happening_a_clause_took_place_in_still_dates_it():
    seen = spans_seen("Her grandfather was wounded in the 1967 war, the family said on Tuesday.", "2016-05-04")
    assert seen["wounded"] == ("1967-01-01", "1967-12-31")
