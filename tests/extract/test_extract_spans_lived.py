"""How a stretch of time passed and what a place or a period "witnessed" are descriptions of lasting
states, no rows (issue 16, item 1; GUIDELINES section 1); money spent, people who witnessed and
plans to spend a day stay."""

from __future__ import annotations

import pytest

from tests.extract.parsed import extracted

pytestmark = pytest.mark.slow


def facts(text: str) -> dict[str, str]:
    return {e.predicate.text: e.factuality for e in extracted(text, all_events=True)}


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Since leaving office, the former mayor has spent most of his time gardening.", "spent"),
        ("The climbers spent more than 20 hours on the ridge.", "spent"),
        ("The border town has witnessed frequent clashes between smugglers and police.", "witnessed"),
        ("Mosul has witnessed a string of kidnappings of foreign engineers.", "witnessed"),
    ],
)
def test_a_span_lived_is_no_happening(text, trigger):
    assert facts(text).get(trigger) == "generic"


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("The council spent 3 million dollars on the new bridge.", "spent", "asserted"),
        ("Two farmers witnessed the crash of the helicopter.", "witnessed", "asserted"),
        ("The delegates will spend Tuesday in talks with the miners.", "spend", "planned"),
    ],
)
def test_what_was_done_stays(text, trigger, expected):
    assert facts(text).get(trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # what filled one stretch spent in the simple past was done
        ("The delegates spent the afternoon touring the old harbour.", "touring", "asserted"),
        ("Inspectors spent three hours searching the cargo ship.", "searching", "asserted"),
        # a perfect or a long stretch is a course kept, a spending denied is not told
        ("The former judge has spent years campaigning for prison reform.", "campaigning", "hypothetical"),
        ("The inspectors did not spend the morning searching the ship.", "searching", "hypothetical"),
    ],
)
def test_what_filled_a_stretch_spent_was_done(text, trigger, expected):
    assert facts(text).get(trigger) == expected
