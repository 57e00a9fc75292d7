"""A day that names which happening a noun is ("the weekend bomb attack", "the Monday train
crash"), deep in what a sentence tells of, is that noun's (issue 16, item 3): neither the verb
above it nor the story's time takes it, so what the story tells next is of its own day.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.parsed import spans_seen

pytestmark = pytest.mark.slow

WEDNESDAY = "2006-11-29"
WEEKEND = ("2006-11-25", "2006-11-26")


def seen(text: str, ref: str = WEDNESDAY) -> dict[str, tuple]:
    return spans_seen(text, ref)


FUNERAL = (
    "The opposition leader spoke at the funerals of two victims of the weekend bomb attack on a "
    "crowded market.\n"
    "The funerals were held at a temple in the capital.\n"
    "Hundreds of people attended.\n"
    "The families of the two men wept and prayed.\n"
    "A widow screamed at the police.\n"
)


def test_a_weekend_that_names_an_attack_does_not_date_the_speech():
    got = seen(FUNERAL)
    assert got["spoke"] == (WEDNESDAY, WEDNESDAY)
    assert got["attack"] == WEEKEND


def test_what_follows_a_named_attack_is_told_on_the_story_day():
    got = seen(FUNERAL)
    assert got["wept"] == (WEDNESDAY, WEDNESDAY)
    assert got["screamed"] == (WEDNESDAY, WEDNESDAY)


def test_a_weekend_told_on_the_verb_is_the_story_day():
    text = (
        "A bomb exploded in a crowded market in the capital at the weekend.\n"
        "Police sealed off the area.\n"
        "Ambulances took the wounded to hospital.\n"
        "Shopkeepers closed their stalls.\n"
        "Firemen searched the rubble for survivors.\n"
    )
    got = seen(text)
    assert got["exploded"] == WEEKEND
    assert got["searched"] == WEEKEND


def test_a_day_that_names_an_attack_does_not_become_the_story_day():
    got = seen(FUNERAL.replace("weekend bomb attack", "Sunday bomb attack"))
    assert got["attack"] == ("2006-11-26", "2006-11-26")
    assert got["wept"] == (WEDNESDAY, WEDNESDAY)


def test_a_death_made_known_on_a_day_is_not_dated_by_that_day():
    # the announcement's Monday is when the death became known, not when it came
    monday = "2006-11-27"
    assert seen("The death of the poet Ana Lobo was confirmed on Monday.")["death"] == (None, None)
    assert seen("Rui Vaz's death was announced on Monday by his publisher.")["death"] != (monday, monday)
    # its own words still date it
    assert seen("Rui Vaz's death on Sunday was announced on Monday.")["death"] == ("2006-11-26", "2006-11-26")
