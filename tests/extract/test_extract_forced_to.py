"""A past or perfect passive of forcing ("was forced to resign", "have been compelled to leave
their homes") tells what was forced done: the row is the complement's, told in the tense of the
forcing. A future, a possibility, a denial or a present condition stays hidden."""

from __future__ import annotations

import pytest

from tests.extract.parsed import extracted

pytestmark = pytest.mark.slow


def facts(text: str) -> dict[str, str]:
    return {e.predicate.text: e.factuality for e in extracted(text, "2006-11-03", all_events=True)}


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("The finance minister has been forced to quit his post after a row over the budget.", "quit"),
        ("Hundreds of farmers were forced to abandon their fields when the dam burst.", "abandon"),
        ("The chairman was compelled to resign by the board.", "resign"),
    ],
)
def test_what_was_forced_was_done(text, verb):
    assert facts(text)[verb] == "asserted"
    rows = extracted(text, "2006-11-03")
    assert verb in [e.predicate.text for e in rows]
    assert "forced" not in [e.predicate.text for e in rows]


def test_the_forced_deed_takes_the_day_of_the_story():
    text = "A storm hit the coast on Tuesday. Fishermen were forced to leave their boats in the harbour."
    row = next(e for e in extracted(text, "2006-11-03") if e.predicate.text == "leave")
    assert row.date.earliest == "2006-10-31"


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("The airline may be forced to cancel flights.", "cancel"),
        ("The airline will be forced to cancel flights next week.", "cancel"),
        ("The firm was not forced to cut jobs.", "cut"),
        ("Farmers are forced to sell their cattle.", "sell"),
        ("If they are forced to leave, they will go to Kenya.", "leave"),
    ],
)
def test_forcing_to_come_denied_or_as_a_condition_is_not_done(text, verb):
    assert facts(text).get(verb) not in ("asserted", "reported")
