"""A past clause that times another ("after", "before", "since", "until", "once") tells what took
place, whatever its verb: a state begun, a view, a goal, a judge's hearing."""

from __future__ import annotations

import pytest

from tests.extract.parsed import extracted


def facts(text: str, ref: str = "2006-11-03") -> dict[str, str]:
    return {e.predicate.text: e.factuality for e in extracted(text, ref, all_events=True)}


@pytest.mark.slow
def test_time_clauses_what_a_past_clause_times_against_took_place():
    got = facts(
        "The board met on Thursday, after the auditors heard evidence from three former directors.\n"
        "Riots spread through the port before the ruling cost the mayor his seat.\n"
        "Smith had put the hosts ahead before Jones headed an equaliser for the visitors."
    )
    assert got.get("heard") == "asserted"
    assert got.get("cost") == "asserted"
    assert got.get("headed") == "asserted"


@pytest.mark.slow
def test_time_clauses_a_clause_timing_what_is_ahead_or_a_habit_is_not_told_as_done():
    got = facts(
        "The union said the strike would go on until the managers heard its demands.\n"
        "Sales have doubled since the firm recovered from the slump with record profits every year.\n"
        "The two men stayed calm when the verdict was read out since they knew the court would convict them."
    )
    assert got.get("heard") != "asserted"
    assert got.get("recovered") == "generic"
    assert got.get("knew") != "asserted"


@pytest.mark.slow
def test_time_clauses_a_light_verb_in_the_clause_stays_no_row():
    got = facts("Prices fell after the bank made good on its promise.")
    assert got.get("made") != "asserted"


@pytest.mark.slow
def test_time_clauses_a_state_or_a_tally_in_the_clause_stays_no_row():
    got = facts(
        "The envoy told reporters after that the two sides had a shared view on most points.\n"
        "The party claimed victory after 95 percent of the ballots were counted."
    )
    assert got.get("had") != "asserted"
    assert got.get("counted") != "asserted"
