"""Nationalities or names joined by "and" before a plural body's head ("the Danish and Swedish
governments", "Chilean and US troops") are several parties, each acting or taking part as its
country: no one actor is named after the whole phrase."""

from __future__ import annotations

import pytest

from tests.extract.test_extract_actor_names import actors, doers, names

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "trigger", "countries"),
    [
        ("The Danish and Swedish governments opened a new bridge on Tuesday.", "opened", {"Denmark", "Sweden"}),
        (
            "The Egyptian and Jordanian governments agreed on Monday to reopen the crossing.",
            "agreed",
            {"Egypt", "Jordan"},
        ),
    ],
)
def test_actor_coordinated_bodies_governments_are_each_country_acting(text, trigger, countries):
    found = actors(text, trigger)
    assert {name for name, _ in found} == countries
    assert all(role == "agent" for _, role in found)


@pytest.mark.parametrize(
    ("text", "trigger", "countries"),
    [
        ("Greek and Cypriot navies patrolled the strait on Sunday.", "patrolled", {"Greece", "Cyprus"}),
        ("Spanish and Moroccan forces searched the coast on Thursday.", "searched", {"Spain", "Morocco"}),
    ],
)
def test_actor_coordinated_bodies_people_in_numbers_give_their_countries(text, trigger, countries):
    assert set(doers(text, trigger)) == countries


@pytest.mark.parametrize(
    ("text", "trigger", "country", "body"),
    [
        ("Kenyan forces shelled the rebel camp on Tuesday.", "shelled", "Kenya", "Kenyan forces"),
        (
            "Two villagers were detained by Peruvian security forces on Friday.",
            "detained",
            "Peru",
            "Peruvian security forces",
        ),
    ],
)
def test_actor_coordinated_bodies_forces_are_people_in_numbers(text, trigger, country, body):
    # "forces" as "troops": no one named, the country takes part (GUIDELINES section 4)
    found = doers(text, trigger)
    assert country in found
    assert body not in found


@pytest.mark.parametrize(
    "text",
    [
        "Bolivian army forces seized the airstrip on Monday.",
        "The Latvian defence forces seized the airstrip on Monday.",
        "The Bolivian armed forces seized the airstrip on Monday.",
    ],
)
def test_actor_coordinated_bodies_an_armys_forces_stay_the_army(text):
    assert doers(text, "seized") != ["Bolivia" if "Bolivia" in text else "Latvia"]


@pytest.mark.parametrize(
    ("text", "trigger", "countries"),
    [
        (
            "Iraq rejected U.S. and British objections to the plan on Monday.",
            "rejected",
            {"United States", "United Kingdom"},
        ),
        (
            "The council ignored French and German warnings about the deal on Tuesday.",
            "ignored",
            {"France", "Germany"},
        ),
        ("Chinese and Russian diplomats criticised the sanctions on Wednesday.", "criticised", {"China", "Russia"}),
    ],
)
def test_coordinated_bodies_two_nationality_words_on_one_noun_are_told_alike(text, trigger, countries):
    """ "U.S. and British objections": the second word was listed and the first not; both are."""
    assert countries <= set(names(text, trigger))


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        ("The storm hit the Indian and Pakistani border areas on Monday.", "hit", "India"),
        ("The storm hit the Indian and Pakistani border areas on Monday.", "hit", "Pakistan"),
        ("Party members are to address rallies on Sumatra and Bali island this week.", "address", "Bali"),
    ],
)
def test_coordinated_bodies_names_joined_on_a_place_noun_are_places(text, trigger, place):
    """ "the Indian and Pakistani border areas", "the Altai and Tambov regions": where, not who."""
    assert place not in names(text, trigger)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The former Arsenal and Chelsea striker admitted taking cocaine on Monday.", "taking"),
        ("The one-time Arsenal, Chelsea and Fulham midfielder was arrested on Monday.", "arrested"),
    ],
)
def test_actor_coordinated_bodies_clubs_listed_before_a_player_take_no_part(text, trigger):
    # every name of the list describes the player as the first does: the last one too, which the
    # parser hangs on the first name rather than on the noun
    assert doers(text, trigger) == []


@pytest.mark.parametrize(
    ("text", "trigger", "bodies"),
    [
        (
            "The annual race between Harvard and Princeton universities was founded in 1852.",
            "founded",
            {"Harvard", "Princeton"},
        ),
        ("The merger of the Fatah and Hamas movements was announced on Friday.", "merger", {"Fatah", "Hamas"}),
    ],
)
def test_actor_coordinated_bodies_names_listed_before_bodies_each_take_part(text, trigger, bodies):
    assert set(doers(text, trigger)) == bodies
