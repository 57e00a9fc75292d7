"""The owner of a subject that is a part, attribute or doing of it ("Its shares fell", "his fever
eased", "the temple's fame grew") takes part, as a named owner does ("Pfizer's stock was down");
not the owner of people or a body ("his brother died", "their supporters marched")."""

from __future__ import annotations

import pytest

from tests.extract.test_extract_actor_names import doers

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "trigger", "owner"),
    [
        (
            "Nordvik Industries Inc. reported a loss on Monday. Its shares fell 4 percent on Tuesday.",
            "fell",
            "Nordvik Industries Inc.",
        ),
        ("Dora Lindqvist was taken to hospital last week. Her fever eased on Sunday.", "eased", "Dora Lindqvist"),
        ("The Grand Lotus Temple was built in 700. The temple's fame grew in 1200.", "grew", "Grand Lotus Temple"),
    ],
)
def test_actor_owners_the_owner_of_a_part_takes_part(text, trigger, owner):
    assert doers(text, trigger) == [owner]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Dora Lindqvist was taken to hospital last week. Her brother died on Sunday.", "died"),
        ("Dora Lindqvist lost the vote on Monday. Her supporters marched through Oslo on Tuesday.", "marched"),
    ],
)
def test_actor_owners_the_owner_of_people_is_no_participant(text, trigger):
    assert "Dora Lindqvist" not in doers(text, trigger)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Chile's opposition parties rallied in the mining towns on Monday.", "rallied"),
        ("Peru's ruling party won 52 of the 120 seats on Sunday.", "won"),
        ("Norway's farmers blocked the roads to Oslo on Friday.", "blocked"),
    ],
)
def test_actor_owners_a_country_of_its_people_or_parties_is_not_the_country_acting(text, trigger):
    assert doers(text, trigger) == []


def test_actor_owners_a_country_of_its_thing_still_takes_part():
    assert doers("Chile's copper exports fell 8 percent in May.", "fell") == ["Chile"]


@pytest.mark.parametrize(
    ("text", "trigger", "owner"),
    [
        (
            "Tomas Arvidsen was arrested in Bergen last month. Detectives searched his flat on Monday.",
            "searched",
            "Tomas Arvidsen",
        ),
        (
            "Greta Holm flew home from Riga on Sunday. A border guard opened her bag at the airport.",
            "opened",
            "Greta Holm",
        ),
        (
            "Lars Vinter has appealed against his sentence. A court rejected his request on Friday.",
            "rejected",
            "Lars Vinter",
        ),
    ],
)
def test_actor_owners_the_owner_of_an_object_told_by_his_or_her_takes_part(text, trigger, owner):
    # "searched Arvidsen's flat" lists Arvidsen; "searched his flat" lists him too
    assert owner in doers(text, trigger)


@pytest.mark.parametrize(
    ("text", "trigger", "other"),
    [
        # the subject's own thing: the owner is already there, as the doer
        (
            "Tomas Arvidsen met Greta Holm in Bergen. Holm presented her report on Monday.",
            "presented",
            "Tomas Arvidsen",
        ),
        (
            "Greta Holm met Tomas Arvidsen on Monday. The minister expressed her thanks to the hosts.",
            "expressed",
            "Tomas Arvidsen",
        ),
        # people, not a thing: the brother undergoes it, not Arvidsen
        (
            "Tomas Arvidsen was arrested in Bergen last month. Detectives questioned his brother on Monday.",
            "questioned",
            "Tomas Arvidsen",
        ),
    ],
)
def test_actor_owners_the_owner_of_an_object_is_not_added_for_the_subjects_own_or_for_people(text, trigger, other):
    assert other not in doers(text, trigger)


@pytest.mark.parametrize(
    ("text", "company"),
    [
        (
            "Norwegian telecoms group Norvex won a contract from a Danish operator on Monday. "
            "Norvex shares rose 4.1 percent, or 12 cents, to 6.80 dollars on Tuesday.",
            ["Norvex"],
        ),
        # a place before "shares" is where they trade, no company
        ("Kristiansund shares rose 4.1 percent on Tuesday.", []),
    ],
)
def test_actor_owners_an_untagged_company_known_by_name_owns_its_shares(text, company):
    assert doers(text, "rose") == company
