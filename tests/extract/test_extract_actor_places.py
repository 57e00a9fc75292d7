"""A place the tagger took for a person or an organisation is where something happened, not who
took part, when the text tells it as a place: "the state of X", "X province", "into X"."""

from __future__ import annotations

import pytest

from tests.extract.test_extract_actor_names import names

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        ("Two men died instantly in the eastern state of Ruvuma on Sunday.", "died", "Ruvuma"),
        (
            "Two men were killed after lightning struck late Sunday in the state of Ruvuma, PTI said.",
            "struck",
            "Ruvuma",
        ),
        ("Two trawlers were seen by a patrol plane on Friday off Lubero and Kasai islands.", "seen", "Kasai"),
        (
            "About 5,000 displaced villagers streamed into Ngara on Thursday.\n"
            "Aid workers said conditions in Ngara were dire.\n"
            "In Ngara, lorries unloaded rice and blankets.",
            "streamed",
            "Ngara",
        ),
    ],
)
def test_actor_places_a_place_told_as_a_place_takes_no_part(text, trigger, place):
    assert place not in names(text, trigger)


def test_actor_places_i_in_a_quote_is_no_place():
    text = (
        "Thousands of refugees reached Ngara on Tuesday.\n"
        "Aid workers in Ngara said food was short.\n"
        "One woman described the march.\n"
        '"I walked for three days," she said.'
    )
    assert "Ngara" not in names(text, "walked")


def test_actor_places_a_person_named_after_a_state_stays_a_person():
    text = "The governor of the US state of Oregon Kate Barlow met Chinese officials in Beijing on Monday."
    assert "Kate Barlow" in names(text, "met")


@pytest.mark.parametrize(
    ("text", "trigger", "site"),
    [
        (
            "Crews repainted the Golden Gate Bridge in 1990. The bridge was closed on Monday after a storm.",
            "closed",
            "Golden Gate Bridge",
        ),
        ("Engineers inspected the Hoover Dam on Monday. The dam was reopened on Tuesday.", "reopened", "Hoover Dam"),
        ("Police searched the Grand Hotel on Monday. The hotel was evacuated on Tuesday.", "evacuated", "Grand Hotel"),
    ],
)
def test_actor_places_the_site_named_before_is_what_is_acted_on(text, trigger, site):
    # GUIDELINES section 4: "the bridge" is the bridge named before, acted on as places struck are
    assert names(text, trigger) == [site]


def test_actor_places_the_site_where_it_happened_takes_no_part():
    text = "Police searched the Grand Hotel on Monday. Two guests were injured in the hotel on Tuesday."
    assert "Grand Hotel" not in names(text, "injured")
