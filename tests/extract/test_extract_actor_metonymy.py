"""A capital that speaks, agrees, protests or negotiates is its country's government ("Beijing
protested": China), and so is one that does a deed as the subject of an active verb or its "by"
agent ("Ankara dispatched two warships"), but in a game's sentence (a score), where a city is a
team; one where something happens stays a place. Names that only describe the
people who act ("iPod users", "Microsoft shareholders") or the ends of a route ("a flight between
Britain and France") take no part."""

from __future__ import annotations

import pytest

from tests.extract.test_extract_actor_names import actors, names
from timeline.extract.gazetteer import capital_country

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("Beijing protested on Tuesday against the arms sale to the island.", "protested", ["China"]),
        ("Moscow and Kiev agreed on Friday to extend the gas deal.", "agreed", ["Russia", "Ukraine"]),
        ("Talks between Khartoum and the rebels resumed in Abuja on Monday.", "Talks", ["Sudan"]),
        ("The United States accused Moscow on Monday of meddling in the vote.", "accused", ["Russia", "United States"]),
        ("Washington said on Monday it would send more troops to the region.", "send", ["United States"]),
    ],
)
def test_actor_metonymy_a_capital_acting_for_its_country_is_the_country(text, trigger, expected):
    assert sorted(names(text, trigger)) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("Ankara dispatched two warships to the gulf on Monday.", "dispatched", ["Turkey"]),
        ("Lima will build a second port on the coast next year.", "build", ["Peru"]),
        ("The tanker was seized by Tehran on Friday.", "seized", ["Iran"]),
    ],
)
def test_actor_metonymy_a_capital_doing_a_deed_is_its_government(text, trigger, expected):
    assert names(text, trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("Phnom Penh recalled its envoy from the neighbouring state on Monday.", "recalled", ["Cambodia"]),
        ("Aid workers said Addis Ababa had moved two brigades to the frontier.", "moved", ["Ethiopia"]),
        ("Kuala Lumpur expelled two diplomats on Friday.", "expelled", ["Malaysia"]),
    ],
)
def test_actor_metonymy_a_capital_of_several_words_is_no_town(text, trigger, expected):
    """A capital named in two words ("Phnom Penh") is a capital, not a town listed beside it."""
    assert sorted(names(text, trigger)) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("The senator lashed Lisbon on Sunday for its handling of the loan talks.", "lashed", "Portugal"),
        ("The envoy scolded Nairobi for dragging its feet over the inquiry.", "scolded", "Kenya"),
        ("The summit thanked Oslo and Lima for their help with the accord.", "thanked", "Peru"),
    ],
)
def test_actor_metonymy_a_capital_judged_for_its_own_deed_is_its_government(text, trigger, expected):
    assert expected in names(text, trigger)


@pytest.mark.parametrize(
    ("text", "trigger", "city"),
    [
        ("Rebels shelled Kabul for the third time this week.", "shelled", "Kabul"),
        ("The minister will tour Lisbon on Friday for talks on trade.", "tour", "Lisbon"),
    ],
)
def test_actor_metonymy_a_capital_with_a_for_of_time_or_purpose_stays_the_city(text, trigger, city):
    assert capital_country(city) not in names(text, trigger)


def test_actor_metonymy_a_capital_in_a_game_is_a_team():
    assert "United States" not in names("Washington beat Dallas 98-90 on Sunday.", "beat")


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("Heavy snow hit Beijing on Tuesday.", "hit", ["Beijing"]),
        ("Paris hosted the summit on Monday.", "summit", ["Paris"]),  # the host of the summit's row
        ("A bomb exploded in Moscow on Monday, killing three people.", "exploded", []),
    ],
)
def test_actor_metonymy_a_capital_where_something_happens_stays_the_city(text, trigger, expected):
    assert names(text, trigger) == expected


def test_actor_metonymy_a_capital_among_other_cities_is_a_city():
    text = "The firm will hold talks with the governments of Hebei province and Beijing, Tianjin and Shanghai."
    assert "China" not in names(text, "talks")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("iPod and iPhone users filed a lawsuit on Monday.", "lawsuit"),  # the row of the suit filed
        ("Microsoft shareholders approved the merger on Tuesday.", "approved"),
        ("A flight between Britain and France was cancelled on Monday.", "cancelled"),
        ("Flights between London and Madrid were suspended on Monday.", "suspended"),
    ],
)
def test_actor_metonymy_names_that_only_describe_take_no_part(text, trigger):
    assert names(text, trigger) == []


def test_actor_metonymy_a_sides_player_is_no_club():
    # the striker is hurt, not the club named before him (as "Apple CEO" would stand for Apple)
    assert ("Arsenal", "patient") not in actors("Arsenal's Dutch striker was injured in training on Friday.", "injured")


def test_actor_metonymy_a_countrys_players_are_its_side():
    assert names("Vietnam's players got three gold medals at the track and field venue on Monday.", "got") == [
        "Vietnam"
    ]


def test_actor_metonymy_the_countries_trade_is_between_still_take_part():
    assert sorted(names("Trade between China and Japan grew 10 percent last year.", "grew")) == ["China", "Japan"]


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Khartoum", "Sudan"),
        ("Washington", "United States"),
        ("Kiev", "Ukraine"),  # the spelling of the 2000s
        ("Singapore", None),  # a city-state is named as the country already
        ("San Jose", None),  # a bigger city abroad has the name
        ("Brussels", None),  # stands for the European Union more often than for Belgium
    ],
)
def test_actor_metonymy_the_country_of_a_capital(name, country):
    from timeline.extract.gazetteer import capital_country

    assert capital_country(name) == country


def test_actor_metonymy_a_name_before_a_noun_the_parser_took_for_a_name_describes_it():
    text = "Thailand's Ministry of Public Health on Friday confirmed a new human case of H5N1 bird flu."
    assert names(text, "confirmed") == ["Ministry of Public Health"]


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("The Zairean government called for an immediate ceasefire on Friday.", "called", ["Zaire"]),
        ("Zaire accused Uganda on Monday of arming the rebels.", "accused", ["Uganda", "Zaire"]),
        ("The Malawian government said on Monday it would raise maize prices.", "raise", ["Malawi"]),
        ("The Honduran government expelled two diplomats on Tuesday.", "expelled", ["Honduras"]),
    ],
)
def test_actor_metonymy_a_country_of_its_day_or_told_by_a_rarer_adjective_is_the_country(text, trigger, expected):
    """Zaire, as the 1990s' news named it, and the adjectives no plain suffix rule undid
    ("Malawian", "Honduran") stand for their country acting, as "the Dutch government" does."""
    assert sorted(names(text, trigger)) == sorted(expected)
