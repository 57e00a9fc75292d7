"""What a happening or a measure is said to bring about is no plan (issue 16, item 1): "the deal
would upgrade trade", "such action will hinder peace"; what the speaker or an organiser will do,
and a happening's schedule, stay planned."""

from __future__ import annotations

import pytest

from tests.extract.parsed import extracted

pytestmark = pytest.mark.slow


def facts(text: str) -> dict[str, str]:
    return {e.predicate.text: e.factuality for e in extracted(text, all_events=True)}


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The treaty would further deepen ties between the two neighbours, officials said.", "deepen"),
        ("The union warned that such action will damage the reputation of the port.", "damage"),
        ("The agreement would boost tourism and lift farm incomes, the governor said.", "lift"),
        ("The reform will transform the way hospitals are paid, the minister said.", "transform"),
        ("Brokers bought the stock on expectations that the bank will cut its rates.", "cut"),
    ],
)
def test_an_effect_foretold_is_no_plan(text, trigger):
    assert facts(text).get(trigger) == "hypothetical"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The ministry will open three new clinics in the north, the minister said.", "open"),
        ("The talks will resume in Geneva, a spokesman said.", "talks"),
        ("Under the deal, the old reactor will be shut down by the operator.", "shut down"),
        ("The company will build a second plant near the port, its chairman said.", "build"),
    ],
)
def test_what_someone_will_do_stays_planned(text, trigger):
    assert facts(text).get(trigger) == "planned"
