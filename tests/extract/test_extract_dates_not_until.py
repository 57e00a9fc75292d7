"""Dates attached where they belong (issue 16, item 3): "not ... until" a time asserts the happening
at that time (it is no negation), and the time inside the "until" is its date; an "until" that
names a condition waited on leaves the clause negated. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.parsed import STORY_OPENING, extracted

pytestmark = pytest.mark.slow

TUESDAY = "2006-11-28"


def events(text: str) -> dict[str, object]:
    return {e.predicate.text: e for e in extracted(STORY_OPENING + text, TUESDAY)}


def test_not_until_a_time_of_a_past_day_happened_that_day():
    got = events("The bridge did not reopen until 6:15 p.m. on Sunday.")["reopen"]
    assert got.factuality == "asserted"
    assert (got.date.earliest, got.date.latest) == ("2006-11-26", "2006-11-26")


def test_not_until_a_weekday_in_the_past_is_the_last_such_day():
    got = events("Rescue teams did not reach the stranded hikers until Saturday.")["reach"]
    assert got.factuality == "asserted"
    assert got.date.earliest == "2006-11-25"


def test_wont_until_a_day_ahead_is_planned_for_that_day():
    got = events("The ferry service will not restart until Thursday.")["restart"]
    assert got.factuality == "planned"
    assert got.date.earliest == "2006-11-30"


def test_not_until_a_dated_clause_takes_its_day_and_keeps_it_in_the_summary():
    got = events("Firefighters did not leave the site until the blaze died down on Saturday.")["leave"]
    assert got.factuality == "asserted"
    assert got.date.earliest == "2006-11-25"
    assert "until the blaze died down" in got.summary


def test_not_until_a_condition_stays_negated():
    got = events("The militia will not disarm until its leader is freed.")
    assert "disarm" not in got or got["disarm"].factuality == "negated"
