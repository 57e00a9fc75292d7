"""A nationality adjective on a happening's noun is the country doing it, as its possessor would be
("the Peruvian offensive" as "Peru's offensive"); a city's name on the noun stays where it happened."""

from __future__ import annotations

import pytest

from tests.extract.test_extract_actor_names import doers

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "trigger", "country"),
    [
        ("The Peruvian offensive in the border hills began on Monday.", "offensive", "Peru"),
        ("The Norwegian decision to leave the talks was announced on Tuesday.", "decision", "Norway"),
        ("The Kenyan election will be held in late December.", "election", "Kenya"),
    ],
)
def test_actor_nation_of_noun_the_adjective_is_the_country_acting(text, trigger, country):
    assert doers(text, trigger) == [country]


def test_actor_nation_of_noun_a_city_on_the_noun_is_where():
    text = "The Hamburg evacuations began on Monday after the flood."
    assert doers(text, "evacuations") == []


@pytest.mark.parametrize(
    ("text", "trigger", "who"),
    [
        ("Michael Tran commented in Vietnamese on the final.", "commented", ["Michael Tran"]),
        ("Anna Weber replied in French to every question.", "replied", ["Anna Weber"]),
        ("Lars Berg answered in Spanish, which he had learned in Chile.", "answered", ["Lars Berg"]),
        ("Paolo Conti, who was acquainted with German, joined the broadcaster.", "acquainted", ["Paolo Conti"]),
    ],
)
def test_actor_nation_of_noun_a_language_is_no_country(text, trigger, who):
    # "in French": the language the words are in, no country taking part
    assert doers(text, trigger) == who


@pytest.mark.parametrize(
    ("text", "trigger", "country"),
    [
        ("The Latvian team landed in Minsk on Monday evening.", "landed", "Latvia"),
        ("A weakened Ghana side held Togo to a 1-1 draw in Lome on Sunday.", "held", "Ghana"),
        ("The Finnish national handball squad left for Oslo on Friday.", "left", "Finland"),
        ("The Peruvian side has said it will work to expand imports from Chile.", "work", "Peru"),
    ],
)
def test_actor_nation_of_noun_a_country_s_side_is_the_country(text, trigger, country):
    assert country in doers(text, trigger)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("A Latvian medical team landed in Minsk on Monday evening.", "landed"),
        ("The Latvian rescue team found two climbers on Monday.", "found"),
    ],
)
def test_actor_nation_of_noun_another_kind_of_team_is_no_country(text, trigger):
    assert doers(text, trigger) == []
