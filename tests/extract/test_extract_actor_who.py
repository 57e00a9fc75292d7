"""A name followed by ", who" is a person's, whatever the tagger called it (a body is "which"), so
the "he" of the next sentence can stand for them."""

from __future__ import annotations

import pytest

from tests.extract.test_extract_actor_names import doers, names

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "The central committee met in Hanoi on Monday. The remarks were echoed by Cao Si Lam, "
            "who heads the central bank. He linked inflation to corruption.",
            "Cao Si Lam",
        ),
        (
            "The central committee met in Hanoi on Monday. The remarks were echoed by Le Kha Minh, "
            "who heads the Interior Ministry. He linked crime to corruption.",
            "Le Kha Minh",
        ),
    ],
)
def test_actor_who_the_one_told_as_who_is_he(text, person):
    assert names(text, "linked") == [person]


def test_actor_who_a_body_told_as_which_is_no_he():
    text = "The plan was backed by the Asian Development Bank, which lends to poor states. He linked aid to reform."
    assert names(text, "linked") == []


def test_actor_who_which_after_a_place_qualifying_the_name_it_is_hung_on_is_that_name():
    text = "Strongest is the ruling Movement for Change in Chad, which won 50 of the 155 seats in 2002."
    assert "Chad" not in names(text, "won")


def test_actor_who_which_after_a_name_told_with_another_is_the_nearer_one():
    text = "Syria, together with Kyrgyzstan which tied with Tajikistan, went through to the next round."
    assert "Syria" not in names(text, "tied")


@pytest.mark.parametrize(
    ("text", "trigger", "who"),
    [
        (
            "Tomas Rivera, a retired miner who founded the union in 1978, died on Monday.",
            "founded",
            "Tomas Rivera",
        ),
        (
            "The Halvorsen Group, a shipping firm that was fined in May, has appealed.",
            "fined",
            "Halvorsen Group",
        ),
    ],
)
def test_actor_who_after_a_noun_set_beside_a_name_is_that_name(text, trigger, who):
    from tests.extract.test_extract_actor_names import doers

    assert who in doers(text, trigger)


def test_actor_who_after_a_noun_telling_of_a_happening_is_not_the_name():
    text = "Latvia joined the European Union on Monday, a historic moment that drew crowds to the streets."
    from tests.extract.test_extract_actor_names import doers

    assert doers(text, "drew") == []


def test_actor_who_after_a_person_the_tagger_took_for_a_place_is_the_person():
    text = (
        "An inquiry heard that Liam Brody gave money to former premier Declan Morrissey in 1988. "
        "Brody later told the court of the payment to Morrissey, who resigned as premier in 1993."
    )
    assert "Declan Morrissey" in names(text, "resigned")


@pytest.mark.parametrize(
    ("text", "trigger", "who"),
    [
        # a member of the set a clause tells of is one it tells of
        (
            "Hans Vogel, one of the six climbers rescued by the army on Monday, was flown home on Friday.",
            "rescued",
            "Hans Vogel",
        ),
        ("Borlan Steel was one of the four firms fined by the regulator on Monday.", "fined", "Borlan Steel"),
        (
            "Tamsin Reyes, one of the few judges who have refused the post, retired on Monday.",
            "refused",
            "Tamsin Reyes",
        ),
        # an adjective standing for the one it ranks
        ("Norvax, the first in Europe to test the drug, said on Monday its shares would be sold.", "test", "Norvax"),
    ],
)
def test_actor_who_the_one_picked_out_of_the_set_a_clause_tells_of(text, trigger, who):
    assert who in doers(text, trigger)


def test_actor_who_an_unnamed_one_of_a_set_is_no_one():
    text = "One of the six climbers rescued by the army on Monday was flown home."
    assert doers(text, "rescued") == []
