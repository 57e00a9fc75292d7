"""The parties of a happening told by the names it is between or by a list of bodies: "talks
between Portugal and Spain" (the countries take part), "leaders of the rival Likud
and Labor parties" (each name is one of the parties)."""

from __future__ import annotations

import pytest

from tests.extract.test_extract_actor_names import names

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("Talks between Portugal and Spain opened in Madrid on Monday.", "Talks", ["Portugal", "Spain"]),
        ("The war between Iran and Iraq ended in 1988.", "war", ["Iran", "Iraq"]),
        (
            "The match between Brazil and Argentina ended 2-2 in Buenos Aires on Sunday.",
            "match",
            ["Brazil", "Argentina"],
        ),
    ],
)
def test_actor_parties_countries_a_happening_is_between_take_part(text, trigger, expected):
    assert sorted(names(text, trigger)) == sorted(expected)


def test_actor_parties_names_listed_before_plural_bodies_are_the_bodies():
    text = "Leaders of the rival Likud and Labor parties held talks in Jerusalem on Monday."
    assert sorted(names(text, "talks")) == ["Labor", "Likud"]


def test_actor_parties_a_name_before_one_body_describes_it():
    assert names("Officials of the Likud party held talks in Jerusalem on Monday.", "talks") == []


@pytest.mark.parametrize(
    ("text", "trigger", "left"),
    [
        ("Eritrea seceded from Ethiopia in 1993.", "seceded", "Ethiopia"),
        ("Montenegro split from Serbia in 2006.", "split", "Serbia"),
        ("Ghana won its independence from Britain in 1957.", "won", "United Kingdom"),
        ("Kosovo declared independence from Serbia in 2008.", "declared", "Serbia"),
    ],
)
def test_actor_parties_the_state_a_part_leaves_takes_part(text, trigger, left):
    # the state seceded from is acted on, not the place where the secession happens
    assert left in names(text, trigger)


def test_actor_parties_where_people_flee_from_stays_a_place():
    assert "Syria" not in names("The refugees fled from Syria in 2012.", "fled")
