"""What a happening or a measure is said to bring about is no plan (issue 16, item 1): "the deal
would upgrade trade", "such action will hinder peace"; what the speaker or an organiser will do,
and a happening's schedule, stay planned. Nor is what rules lay down for whoever breaks them, nor
the level a market move closed at ("to close at 8,622.9"), a row of its own."""

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
        # (the noun of the expectation taken for a conjunct of another noun by the parser)
        (
            "The shipping firm ended 5 percent higher, on the sale of its ports in Asia and expectations that "
            "shareholders will receive a bonus payout.",
            "receive",
        ),
        (
            "Grain prices fell on the release of reserves in India and expectations that farmers will harvest a "
            "record crop.",
            "harvest",
        ),
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


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # what rules lay down for whoever breaks them is a norm, no plan
        ("Drivers will face heavy fines for speeding, according to rules issued on Monday.", "face", "generic"),
        ("Under the new law, shops will lose their licences for selling alcohol to minors.", "lose", "generic"),
        # ... but what a deal plans, and what rules schedule for a day, stay planned
        ("Under the agreement, the army will withdraw two brigades from the border.", "withdraw", "planned"),
        ("Under the new law, the first elections will be held on March 3.", "elections", "planned"),
    ],
)
def test_a_norm_is_no_plan(text, trigger, expected):
    assert facts(text).get(trigger) == expected


def test_the_close_of_a_market_move_is_no_row_of_its_own():
    text = "The main index gained 12.8 points, or 0.2 percent, to close at 8,622.9 on Thursday."
    assert [e.predicate.text for e in extracted(text)] == ["gained"]


@pytest.mark.parametrize(
    ("text", "trigger", "listed"),
    [
        # what a thing named by a relative clause's "which" or "that" will do describes the thing
        ("The parties approved a reform which will cut the number of provinces to twelve.", "cut", False),
        ("The government backed a scheme that will give farmers cheaper loans.", "give", False),
        # ... not what a body of people it names will do, nor a happening's schedule
        ("The rebels named a council which will run the town until the elections.", "run", True),
        ("Officials announced a summit which will take place in Lima on Friday.", "summit", True),  # (its row)
        # ... nor what is planned for a thing by others
        ("The city is building a stadium that is expected to host the final in June.", "host", True),
    ],
)
def test_what_a_thing_named_by_a_relative_will_do_is_no_plan(text, trigger, listed):
    rows = {e.predicate.text: e.factuality for e in extracted(text, all_events=True)}
    assert (rows.get(trigger) in ("asserted", "reported", "planned")) is listed


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # what a report, a ruling or an accord is said to do by a participle is its content
        ("Both leaders will sign an accord defining their future ties in May.", "defining", "generic"),
        (
            "Officials rejected a court ruling accusing the police in the 2001 killing of three students.",
            "accusing",
            "generic",
        ),
        ("The station aired a report attacking the mayor two weeks ago.", "attacking", "generic"),
        # ... not the text's release, nor a happening the participle's phrase names
        ("The station aired a report attacking the mayor two weeks ago.", "aired", "asserted"),
        (
            "Officials rejected a court ruling accusing the police in the 2001 killing of three students.",
            "killing",
            "asserted",
        ),
    ],
)
def test_what_a_text_says_by_a_participle_is_no_happening(text, trigger, expected):
    assert facts(text).get(trigger) == expected
