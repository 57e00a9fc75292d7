"""A place named once, then told by what it is ("the city", "the capital", "the country"), is that
place when it acts or is acted on as a body (GUIDELINES section 4): "the city outlined its plans"
after "Leeds City Council's plan" names the city; "in the city" stays where it happened, and with
two places of the kind in sight, no one is guessed."""

from __future__ import annotations

import pytest

from tests.extract.test_extract_actor_names import doers

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        (
            "Residents of Boston protested on Monday against new parking fees.\nThe city announced the fees last week.",
            "announced",
            "Boston",
        ),
        (
            "Floods hit Nairobi on Sunday, officials said.\nThe capital declared a state of emergency on Monday.",
            "declared",
            "Nairobi",
        ),
        (
            "Chile exported more copper in October than a year earlier, officials said.\n"
            "The country signed a new trade agreement with Peru on Tuesday.",
            "signed",
            "Chile",
        ),
    ],
)
def test_actor_the_city_a_place_told_by_its_kind_acts(text, trigger, place):
    assert place in doers(text, trigger)


def _doers_if_any(text: str, trigger: str) -> list[str]:
    try:
        return doers(text, trigger)
    except StopIteration:  # no row at all: no one named either
        return []


def test_actor_the_city_two_cities_in_sight_name_no_one():
    text = "Buses ran between Boston and Hartford on Monday.\nThe city announced new parking fees on Tuesday."
    assert _doers_if_any(text, "announced") == []


def test_actor_the_city_in_the_city_is_where():
    text = "Floods hit Nairobi on Sunday.\nRescuers evacuated 300 families in the city on Monday."
    assert "Nairobi" not in _doers_if_any(text, "evacuated")


def test_actor_the_city_two_countries_told_name_no_one():
    text = (
        "Chile and Argentina exported more copper in October.\n"
        "The country signed a new trade agreement with Peru on Tuesday."
    )
    assert "Chile" not in doers(text, "signed") and "Argentina" not in doers(text, "signed")


def test_actor_the_city_the_country_the_story_is_about():
    text = (
        "Chile sold copper worth 2 billion U.S. dollars in October.\n"
        "Chile's mines produced more than in September, and Chile's ports shipped it to Asia.\n"
        "The country signed a new trade agreement with Peru on Tuesday."
    )
    assert "Chile" in doers(text, "signed")


def test_actor_the_city_the_government_of_the_country_the_story_is_about():
    text = (
        "Chile sold copper worth 2 billion U.S. dollars in October.\n"
        "Chile's mines produced more than in September, and Chile's ports shipped it to Asia.\n"
        "The government will cut the copper export tax next year, the mining minister said."
    )
    assert "Chile" in doers(text, "cut")


@pytest.mark.parametrize(
    ("text", "trigger", "country"),
    [
        (
            "Norway's central bank kept its rate at 2 percent on Thursday. "
            "The country's economy grew 1.2 percent in the third quarter.",
            "grew",
            "Norway",
        ),
        (
            "Riots spread across France for a ninth night on Friday. The nation's worst unrest in decades dragged on.",
            "dragged on",
            "France",
        ),
    ],
)
def test_actor_the_city_what_the_country_owns_is_the_countrys(text, trigger, country):
    assert doers(text, trigger) == [country]


def test_actor_the_city_what_the_country_owns_with_two_countries_told_is_no_ones():
    assert doers("Ministers from Chile and Peru met on Monday. The country's economy grew 3 percent.", "grew") == []


def test_actor_the_city_what_the_city_owns_is_where():
    assert doers("Lagos was hit by floods on Monday. The city's airport was closed.", "closed") == []
