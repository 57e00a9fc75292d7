"""A participant named in one sentence and told by a description in a later one (issue 16 item 4):
a capitalised title with the name set beside it ("Danish Ambassador to Chile Lars Moe ... the
ambassador"), a person told by age before an adjective-like noun ("the 24-year-old international"),
a player told as the object ("the club signed the player"), and a craft that no ministry is ("the
satellite" after "according to the Ministry of Fisheries")."""

from __future__ import annotations

import pytest

from tests.extract.test_extract_actor_names import actors, names

pytestmark = pytest.mark.slow


def test_told_before_a_capitalised_title_beside_the_name_is_the_person():
    text = (
        "Danish Ambassador to Chile Lars Moe told reporters after the talks that Denmark backs the plan. "
        "Promising more aid, the ambassador repeated the call for new elections in the country."
    )
    assert actors(text, "repeated") == [("Lars Moe", "agent")]


def test_told_before_a_title_of_another_office_is_not_the_ambassador():
    text = (
        "Danish Foreign Minister Lars Moe told reporters after the talks that Denmark backs the plan. "
        "Promising more aid, the ambassador repeated the call for new elections in the country."
    )
    assert "Lars Moe" not in names(text, "repeated")


def test_told_before_a_person_told_by_age_before_an_adjective_like_noun():
    text = (
        "Arsenal winger Tomas Berg was named Denmark's sportsman of the year by a sports daily on Sunday. "
        "The 24-year-old international finished ahead of the cyclist Nils Holm."
    )
    assert ("Tomas Berg", "agent") in actors(text, "finished")


def test_told_before_a_player_told_as_the_object_is_the_player_named():
    text = "Tomas Berg scored twice for Arsenal in the cup on Sunday. The coach praised the player after the match."
    assert ("Tomas Berg", "patient") in actors(text, "praised")


def test_told_before_the_player_is_not_the_one_who_acts_on_him():
    text = "Coach Peter Lund met the press in Oslo on Monday. Lund dropped the player for the final."
    assert "Peter Lund" not in [n for n, role in actors(text, "dropped") if role == "patient"]


def test_told_before_a_satellite_is_no_ministry():
    text = (
        "Norway on Tuesday signed an agreement to buy a weather satellite from Japan. "
        "The satellite will be launched in 2009, according to the Norwegian Ministry of Fisheries. "
        "The satellite will watch the fishing grounds of the Arctic."
    )
    assert "Norwegian Ministry of Fisheries" not in names(text, "watch")


def test_told_before_a_ship_is_still_the_one_named():
    text = (
        "The Danish shipping group launched the Nordic Star, the largest tanker ever built, on Monday. "
        "The ship will sail to Rotterdam in May."
    )
    assert names(text, "sail") == ["Nordic Star"]


def test_told_before_his_company_is_the_one_he_heads():
    text = (
        "John Moore, the chief executive of Nordic Steel, met the mayor of Bergen on Monday. "
        "He said his company would open a new plant in the city next year."
    )
    assert ("Nordic Steel", "agent") in actors(text, "open")


def test_told_before_a_named_persons_firm_is_the_one_he_heads():
    text = (
        "Nordic Steel chief executive John Moore met the mayor of Bergen on Monday. "
        "Moore said his firm would open a new plant in the city next year."
    )
    assert ("Nordic Steel", "agent") in actors(text, "open")


def test_told_before_his_party_of_travellers_is_no_organisation():
    text = "OPEC president Ali Rahimi flew to Vienna on Monday. He and his party arrived at the palace in the evening."
    assert "OPEC" not in names(text, "arrived")


def test_told_before_a_plane_is_no_news_agency_nor_the_body_it_quotes():
    text = (
        "A military transport plane crashed near the airport on Monday, killing 20 soldiers. "
        "Quoting a Coastal Guards source, the Baltic News Agency said the plane caught fire in one engine."
    )
    found = actors(text, "caught")
    assert ("Baltic News Agency", "agent") not in found
    assert ("Coastal Guards", "agent") not in found


@pytest.mark.parametrize(
    ("text", "trigger", "country"),
    [
        (
            "Norwegian Prime Minister Lars Dahl visited the flooded town on Sunday. "
            "He said his government would send engineers to rebuild the bridge.",
            "send",
            "Norway",
        ),
        (
            "Danish Prime Minister Karl Moe met union leaders on Monday. "
            "Moe's government will cut spending by two billion crowns next year.",
            "cut",
            "Denmark",
        ),
    ],
)
def test_told_before_his_government_is_the_country_of_his_office(text, trigger, country):
    assert (country, "agent") in actors(text, trigger)


@pytest.mark.parametrize(
    "title",
    ["Opposition leader", "Former Norwegian Prime Minister"],
)
def test_told_before_his_government_is_no_country_when_he_holds_no_office_of_one(title):
    text = f"{title} Lars Dahl spoke in Oslo on Monday. He said his government would cut taxes."
    assert not any(role == "agent" for _, role in actors(text, "cut"))


@pytest.mark.parametrize(
    ("text", "trigger", "country"),
    [
        # a country of two words in the title ("Sri Lankan"): not a country of its second word
        (
            "Sri Lankan President Mahesh Perera opened a new port on Saturday. "
            "He said his government would build two more ports on the coast.",
            "build",
            "Sri Lanka",
        ),
        # an office still to be taken ("chancellor-designate") is of its country too
        (
            "Austrian chancellor-designate Erika Gruber met party leaders in Vienna on Monday. "
            "Gruber said her government would lower fuel taxes early next year.",
            "lower",
            "Austria",
        ),
    ],
)
def test_told_before_his_government_with_a_title_of_several_words(text, trigger, country):
    assert (country, "agent") in actors(text, trigger)


def test_told_before_an_office_still_to_be_taken_is_not_the_holder_of_the_bare_title():
    text = (
        "Austrian President Karl Brunner and president-elect Erika Gruber met in Vienna on Monday. "
        "The president signed the budget law on Tuesday."
    )
    assert ("Karl Brunner", "agent") in actors(text, "signed")


@pytest.mark.parametrize(
    ("text", "trigger", "country"),
    [
        # "the new government" after the one country's government the text named
        (
            "Hungarian President Lajos Kis met Maria Lenz in Budapest on Friday. "
            "Kis said Hungary wants closer ties with the new Austrian government, and Lenz said the Austrian "
            "government would keep its course. The new government will also open a trade office in Budapest, "
            "she added.",
            "open",
            "Austria",
        ),
        # "the coalition government" in a story of one country
        (
            "Belgian lawmakers met in Brussels on Monday to discuss the budget. "
            "The coalition government collapsed on Thursday after a row over taxes.",
            "collapsed",
            "Belgium",
        ),
        # "it" goes on with "the Dutch government", the Netherlands
        (
            "The Dutch government said on Monday that exports would slow next year. "
            "It also lowered its forecast for growth to 1.5 percent.",
            "lowered",
            "Netherlands",
        ),
    ],
)
def test_told_before_the_government_told_of_again(text, trigger, country):
    assert (country, "agent") in actors(text, trigger)


@pytest.mark.parametrize(
    "text",
    [
        # a government still to be formed is no participant
        "Party leaders met in Ramallah on Monday. A new Palestinian government will be set up next month, "
        "they said. The new government would be formed on the basis of the accord.",
        # a town's government is not the country's
        "Belgian lawmakers met in Brussels on Monday. The local government closed the schools on Thursday.",
    ],
)
def test_told_before_a_government_of_no_country_told(text):
    trigger = "formed" if "formed" in text else "closed"
    found = actors(text, trigger)
    assert not any(name in ("Belgium", "Palestine") and role == "agent" for name, role in found)


@pytest.mark.parametrize(
    ("text", "trigger", "country"),
    [
        # a country told by an adjective of two words counts as told ("South Africans", not a
        # country of "Africans"), so "the government" is its
        (
            "More South Africans are buying homes in South Africa's cities, a South African bank said on "
            "Monday. Mortgage rates fell after Kenya cut taxes. The government has launched a housing fund.",
            "launched",
            "South Africa",
        ),
        # "North Korean" is North Korea, not the South Korea of "Korean" alone
        (
            "North Korean officials met in Pyongyang on Monday. The government said it would test a rocket.",
            "test",
            "North Korea",
        ),
    ],
)
def test_told_before_a_country_of_two_words_by_its_adjective(text, trigger, country):
    assert (country, "agent") in actors(text, trigger)


@pytest.mark.parametrize(
    ("text", "trigger", "country"),
    [
        (
            "Finnish Foreign Minister Aino Virtanen met her Baltic colleagues in Riga on Monday. "
            "She said her country would send two patrol boats to the Gulf next spring.",
            "send",
            "Finland",
        ),
        (
            "Chilean President Pablo Rojas spoke to reporters in Santiago on Tuesday. "
            "Rojas said his country had signed a fishing accord with Peru.",
            "signed",
            "Chile",
        ),
    ],
)
def test_told_before_his_country_doing_the_deed_is_the_country_of_his_office(text, trigger, country):
    assert (country, "agent") in actors(text, trigger)


@pytest.mark.parametrize("title", ["Chilean footballer", "Former Chilean President", "Chilean Vice President"])
def test_told_before_his_country_is_no_actor_when_he_holds_no_office_of_one(title):
    text = (
        f"{title} Pablo Rojas spoke to reporters in Santiago on Tuesday. "
        "Rojas said his country had signed a fishing accord with Peru."
    )
    found = names(text, "signed")
    assert "Pablo Rojas" in found and "Chile" not in found  # the row is there, its speaker with it


def test_told_before_his_country_as_a_place_is_no_actor():
    text = (
        "Chilean President Pablo Rojas visited Madrid on Tuesday. "
        "He flew back to his country on Wednesday after signing a fishing accord."
    )
    assert names(text, "flew") == ["Pablo Rojas"]
