"""What a court, a tribunal or an inquiry "heard" (witnesses, a case) was a hearing on a day: a row;
what people heard ("residents heard gunfire") and what a court "heard that ..." (the content is
the row) stay as they were."""

from __future__ import annotations

import pytest

from tests.extract.parsed import extracted

pytestmark = pytest.mark.slow


def facts(text: str) -> dict[str, tuple]:
    return {e.predicate.text: (e.factuality, e.date.earliest) for e in extracted(text, "2006-11-03", all_events=True)}


def test_witnesses_a_court_heard_are_a_hearing_on_its_day():
    got = facts("The murder trial was adjourned after the court heard four witnesses on Tuesday.")
    assert got["heard"] == ("asserted", "2006-10-31")


def test_what_people_heard_or_what_a_court_heard_that_stays_hidden():
    assert facts("Villagers heard gunfire for most of the night.")["heard"][0] == "generic"
    got = facts("The tribunal heard that the mayor had signed the contract.")
    assert got["heard"][0] == "generic"
    assert got["signed"][0] == "asserted"
