"""A place the tagger took for a person or an organisation is where something happened, not who
took part, when the text tells it as a place: "the state of X", "X province", "into X"."""

from __future__ import annotations

import pytest

from tests.extract.test_extract_actor_names import actors, names

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


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        (
            "The teacher in central China's Hunan Province, whose illness was diagnosed as pneumonia, is recovering.",
            "diagnosed",
            "Hunan Province",
        ),
        (
            "The farmer from Jiangxi Province, whose son was arrested on Monday, appealed for help.",
            "arrested",
            "Jiangxi Province",
        ),
    ],
)
def test_actor_places_whose_after_the_place_a_noun_is_in_is_the_nouns(text, trigger, place):
    # the parser hangs "whose ..." on the place; a place has no illness and no son
    assert place not in names(text, trigger)


def test_actor_places_whose_after_a_country_named_alone_is_the_countrys():
    assert ("Israel", "agent") in actors("Israel, whose troops entered Gaza on Monday, rejected the plan.", "entered")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("A building under construction in the capital Nairobi collapsed on Tuesday.", "collapsed"),
        ("A four-storey tower in the Kenyan capital Nairobi fell on Wednesday, killing two workers.", "fell"),
        ("A four-storey tower in the Kenyan capital Nairobi fell on Wednesday, killing two workers.", "killing"),
    ],
)
def test_actor_places_the_name_of_a_place_noun_in_the_subject_is_no_second_subject(text, trigger):
    # the parser hangs "Nairobi" on the verb as a second subject: it names the capital, where
    assert "Nairobi" not in names(text, trigger)


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        ("Lindqvist Tools Inc., Dayton, Ohio, declared a dividend of 12 cents a share on Monday.", "declared", "Ohio"),
        ("The flood destroyed hundreds of farms along the Mekong River on Sunday.", "destroyed", "Mekong River"),
        ("Pirates seized a tanker off the Horn of Africa on Monday.", "seized", "Horn of Africa"),
        (
            "Statoil controls half of the vast gas development off the Pacific Coast of Russia.",
            "controls",
            "Pacific Coast",
        ),
    ],
)
def test_actor_places_where_a_company_is_based_or_a_place_along_which_takes_no_part(text, trigger, place):
    """A place set off by commas after a company's name is where it is based; "along" and "off" a
    place tell where, as "in" and "near" do."""
    assert place not in names(text, trigger)


def test_actor_places_the_company_before_its_seat_still_takes_part():
    text = "Lindqvist Tools Inc., Dayton, Ohio, declared a dividend of 12 cents a share on Monday."
    assert "Lindqvist Tools Inc." in names(text, "declared")
