"""A name as the reader would write it: without the description or the "and" the tagger glued to
its edges, without the hull number in brackets after it, without the body of a title before it
("Ambassador to the UN Wang Guangya"), with the syllable after the hyphen of a given name ("Song
Min-soon"), a hyphen a broken line left open closed up ("Botswana- Zimbabwe"), and with the
"of"/"for" phrase of a body's name the tagger left untagged, and with the first word and "'s" of
a name the tagger left out ("Heaven's Gate")."""

from __future__ import annotations

import pytest

from tests.extract.parsed import extracted
from tests.extract.test_extract_actor_names import names

pytestmark = pytest.mark.slow


def test_actor_name_edges_a_description_before_a_ships_name_is_no_part_of_it():
    text = "The amphibious transport dock USS Ashford arrived in Qingdao on Tuesday for a four-day visit."
    assert names(text, "arrived") == ["USS Ashford"]


def test_actor_name_edges_a_hull_number_in_brackets_is_no_second_actor():
    text = "The amphibious transport dock USS Denby (LPD 12) arrived in Qingdao on Tuesday for a four-day visit."
    found = names(text, "arrived")
    assert len(found) == 1 and "Denby" in found[0]


def test_actor_name_edges_two_banks_stay_two_names():
    text = "The rating agency lowered the ratings of Bank of Korat and Lanna Farmers Bank on Monday."
    assert names(text, "lowered") == ["Bank of Korat", "Lanna Farmers Bank"]


def test_actor_name_edges_an_untagged_body_keeps_its_for_phrase():
    text = (
        "Two more villagers fell ill in the province last week.\n\n"
        "Regional Center for Tropical Medicine is carrying out further tests on the patients."
    )
    assert names(text, "tests") == ["Regional Center for Tropical Medicine"]


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a particle of a name stays; an "of" phrase with a place stops before the place
        ("Charles de Gaulle Airport reopened on Monday after the strike.", "reopened", "Charles de Gaulle Airport"),
        ("The Dow Jones Industrial Average fell 40 points on Monday.", "fell", "Dow Jones Industrial Average"),
    ],
)
def test_actor_name_edges_whole_names_stay_whole(text, trigger, expected):
    assert expected in names(text, trigger)


@pytest.mark.parametrize(
    ("text", "trigger", "who"),
    [
        (
            "Her remarks were praised by the Sikh Council of Britain umbrella group on Monday.",
            "praised",
            "Sikh Council of Britain",
        ),
        ("The Hindu Council of Kenya welcomed the ruling on Friday.", "welcomed", "Hindu Council of Kenya"),
    ],
)
def test_actor_name_edges_a_body_goes_on_with_the_country_it_is_of(text, trigger, who):
    # the tagger cut "the Sikh Council" before "of Britain": the country is part of the body's name
    assert names(text, trigger) == [who]


def test_actor_name_edges_the_body_of_a_title_before_a_name_is_no_part_of_it():
    text = (
        "Council reform must favour poor countries, Chinese Ambassador to the UN Wang Guangya said on Thursday.\n"
        "Wang reaffirmed China's support for the reform on Thursday."
    )
    assert names(text, "reaffirmed")[:1] == ["Wang Guangya"]


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("South Korean negotiator Song Min-soon met the Japanese envoy on Monday.", "met", "Song Min-soon"),
        ("Dr. Sun Yat-sen brought a republic to China in 1912.", "brought", "Sun Yat-sen"),
    ],
)
def test_actor_name_edges_a_given_name_with_a_hyphen_is_whole(text, trigger, expected):
    assert names(text, trigger)[:1] == [expected]


def test_actor_name_edges_a_hyphen_broken_at_a_line_end_is_closed_up():
    text = "The Botswana- Zimbabwe Joint Permanent Commission hailed the new border post on Friday."
    assert names(text, "hailed")[:1] == ["Botswana-Zimbabwe Joint Permanent Commission"]


@pytest.mark.parametrize(
    ("text", "trigger", "side"),
    [
        ("Champions Werder Bremen lost ground on Hamburg after a 2-2 draw on Sunday.", "lost", "Werder Bremen"),
        ("Holders Dynamo Kyiv beat Metalist Kharkiv 2-0 on Sunday.", "beat", "Dynamo Kyiv"),
        ("Champions Bayern Munich dropped points at home to Hanover on Saturday.", "dropped", "Bayern Munich"),
    ],
)
def test_actor_name_edges_a_sides_standing_before_its_name_is_no_part_of_it(text, trigger, side):
    assert side in names(text, trigger)


def test_actor_name_edges_champions_league_stays_a_name():
    text = "Champions League holders Rapid Vienna beat Sturm Graz 3-1 on Saturday."
    assert not any(name.startswith("League") for name in names(text, "beat"))


def test_name_edges_a_name_told_with_its_own_possessive_keeps_its_first_word():
    # "Heaven's" of "Heaven's Gate" is no owner of the name: the whole is told again in the text
    text = "Police visited the Heaven's Gate compound on Tuesday. Heaven's Gate's leaders sold the ranch on Monday."
    assert names(text, "sold") == ["Heaven's Gate"]


def test_actor_name_edges_a_surname_spelt_as_a_word_is_part_of_the_name():
    # the tagger leaves "He" out of "He Lisheng" after a quote; inside a sentence it is no pronoun
    text = '"The bridge will open in May," said He Lisheng, Chen\'s engineer.'
    found = {a.name for e in extracted(text) for a in e.actors}
    assert "He Lisheng" in found
    assert "Lisheng" not in found


@pytest.mark.parametrize(
    ("text", "trigger", "who"),
    [
        # the tagger runs the name ending a description into the subject after its comma
        ("Himself a former student of Khatami, Esmaili resigned from the council on Monday.", "resigned", "Esmaili"),
    ],
)
def test_actor_name_edges_a_comma_ends_a_name(text, trigger, who):
    found = names(text, trigger)
    assert who in found
    assert not any("," in name for name in found)


def test_actor_name_edges_a_list_of_countries_is_no_one_name():
    # "Mozambique, Burkina Faso" tagged as one organisation: two countries of a list
    text = "The embargo was lifted on Senegal, Mozambique, Burkina Faso, Cameroon and Ghana on Friday."
    assert not any("," in name for e in extracted(text) for name in (a.name for a in e.actors))


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a company's legal form after a comma or at the end, and a list the name closes with its own "and"
        ("The court fined Dalton Mining Co., Ltd. on Thursday for dumping waste.", "fined", "Dalton Mining Co., Ltd."),
        # a firm's name of partners that ends with its legal form
        (
            "The company hired Whitman, Pryce Securities Corp. to advise it on Monday.",
            "hired",
            "Whitman, Pryce Securities Corp.",
        ),
        (
            "He praised the Ministry of Agriculture, Forestry and Fisheries on Monday.",
            "praised",
            "Ministry of Agriculture, Forestry and Fisheries",
        ),
        (
            "Delegates of the United Nations Educational, Scientific and Cultural Organization met on Friday.",
            "met",
            "United Nations Educational, Scientific and Cultural Organization",
        ),
    ],
)
def test_actor_name_edges_a_names_own_comma_stays(text, trigger, expected):
    assert expected in names(text, trigger)
