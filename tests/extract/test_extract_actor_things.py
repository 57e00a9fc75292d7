"""What is named in an event's clause without taking part in it: places a place noun or a list of
places says are places, occasions it happened at, documents signed, labels; and what takes part
though it is a country: the side one plays or fights with."""

from __future__ import annotations

import pytest

from tests.extract.test_extract_actor_names import parsed
from timeline.extract import extract

pytestmark = pytest.mark.slow


def event_of(text: str, trigger: str):
    document, doc, timexes = parsed(text)
    ex = extract(doc, document, timexes, all_events=True)
    return next(e for e in ex.events if e.predicate.text == trigger)


def names(text: str, trigger: str) -> list[str]:
    return [a.name for a in event_of(text, trigger).actors]


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        ("The army sealed off the provinces of Kunar, Nuristan and Laghman on Friday.", "sealed off", "Laghman"),
        ("Rescuers searched the islands of Siquijor, Camotes and Bantayan on Friday.", "searched", "Camotes"),
        ("Scientists said they had found 30 new frogs on the island of Sumba.", "found", "Sumba"),
        ("Villagers fled through Khirbet Tana, Beit Furik and the olive groves on Friday.", "fled", "Khirbet Tana"),
        ("In a game in Group C, Kenya drew with Uganda 1-1.", "drew", "Group C"),
    ],
)
def test_actor_things_a_place_noun_or_a_list_of_places_makes_a_place(text, trigger, place):
    assert place not in names(text, trigger)


@pytest.mark.parametrize(
    ("text", "trigger", "who"),
    [
        ("Ana Lopez spoke on Monday at the sidelines of the fourth Summit of the Americas.", "spoke", ["Ana Lopez"]),
        ("Kenya won gold in the Doha Asian Games on Friday.", "won", ["Kenya"]),
    ],
)
def test_actor_things_an_occasion_is_where_not_who(text, trigger, who):
    assert names(text, trigger) == who


def test_actor_things_one_hospital_among_many_is_no_name():
    assert names("Kevin Moore was taken to a Chicago hospital on Sunday.", "taken") == ["Kevin Moore"]


@pytest.mark.parametrize(
    ("text", "trigger", "thing"),
    [
        ("Ghana and Togo signed a Memorandum of Understanding (MOU) on Friday.", "signed", "MOU"),
        (
            "The Nile Water Accord (NWA) was drafted in May.\nEgypt signed the NWA with Sudan on Tuesday.",
            "signed",
            "NWA",
        ),
        ("Wind Signal 2 was hoisted over the province on Monday.", "hoisted", "Wind Signal"),
    ],
)
def test_actor_things_a_document_or_a_label_is_no_actor(text, trigger, thing):
    assert not any(name.startswith(thing) for name in names(text, trigger))


def test_actor_things_the_country_one_plays_with_takes_part():
    assert names("In a game in Group C, Kenya drew with Uganda 1-1.", "drew") == ["Kenya", "Uganda"]


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # no one named: a title in the plural
        ("French military leaders generally backed the plan on Monday.", "backed", ["France"]),
        # the agency's own name, not the phrase that describes it
        ("Russia's Interfax news agency published a photo of the doctor on Friday.", "published", ["Interfax news"]),
        # a building the happening took place at (who speaks there attends it), a charter ratified
        (
            "Tan Wei said at a ceremony at the Museum of Nationalities that the show had opened.",
            "ceremony",
            ["Tan Wei"],
        ),
        ("Ghana ratified the African Charter on Human Rights on Monday.", "ratified", ["Ghana"]),
        # one person's name the tagger cut in two
        (
            "President Ali Akbar Hashemi Rafsanjani opened the plant on Monday.",
            "opened",
            ["Ali Akbar Hashemi Rafsanjani"],
        ),
    ],
)
def test_actor_things_who_a_phrase_names(text, trigger, expected):
    assert names(text, trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "absent"),
    [
        # the second portfolio of a title is part of it too
        (
            "Sok An, Deputy Prime Minister and Minister of Foreign Affairs and International Cooperation,"
            " met Ban Ki-moon on Friday.",
            "met",
            "International Cooperation",
        ),
        # an airport named after its city, where the conference was held
        (
            "Sok An spoke at a press conference at the Bangkok airport on Monday after the king's return.",
            "conference",
            "Bangkok airport",
        ),
        # "who" is the people the place is named for, not the place
        (
            "Israeli troops arrested three militants from the Gaza Strip who were said to have driven to Hebron.",
            "driven",
            "Gaza Strip",
        ),
        # a title is no part of the name
        (
            "Commissioner W. Ralph Basham said on Monday that the scanners had arrived.",
            "arrived",
            "Commissioner W. Ralph Basham",
        ),
    ],
)
def test_actor_things_what_a_name_beside_the_actor_is_not(text, trigger, absent):
    assert absent not in names(text, trigger)


def test_actor_things_who_a_person_works_for_is_no_participant():
    text = "According to Ana Ruiz, the UN humanitarian adviser, Peru said the talks would be swift."
    assert names(text, "said") == ["Peru", "Ana Ruiz"]


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a body of people in numbers names no one: its country takes part, when it is its
        # government's ("troops"), not when they rise against one or answer to none ("rebels")
        ("Irish rebels seized the post office in Dublin in 1916.", "seized", []),
        ("Palestinian militants fired rockets at the town on Monday.", "fired", []),
        ("Chinese troops crossed the river on Monday.", "crossed", ["China"]),
        # the article that opens a sentence is no part of the name after it
        (
            "An Olympic Transport Authority spokesman resigned on Monday after the depot closed.",
            "resigned",
            ["Olympic Transport Authority"],
        ),
        # "which" after a place is the happening the place qualifies, not the place
        (
            "Six people died in the bombing of a market in Kandahar, which the army blamed on a faulty fuse.",
            "blamed",
            [],
        ),
        # an occasion one happening is during is when, not who
        ("The new centre is expected to host judo during the Asian Games next year.", "host", []),
    ],
)
def test_actor_things_articles_and_occasions(text, trigger, expected):
    assert names(text, trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "who", "where"),
    [
        ("Switzerland lost 4-2 to Turkey in Istanbul on Wednesday.", "lost", ["Switzerland", "Turkey"], ["Istanbul"]),
        ("The team flew to Turkey on Wednesday.", "flew", [], ["Turkey"]),
        ("Cuba has reached out to Mexico in recent weeks.", "reached out", ["Cuba", "Mexico"], []),
        ("Germany apologised to Namibia on Friday.", "apologised", ["Germany", "Namibia"], []),
        # a university one speaks at is where, as a museum or a hotel is
        (
            "Finance Minister Eva Horak said in a speech at Lund University on Monday that growth would slow.",
            "said",
            ["Eva Horak"],
            ["Lund University"],
        ),
    ],
)
def test_actor_things_the_country_one_loses_to_or_speaks_to_takes_part(text, trigger, who, where):
    event = event_of(text, trigger)
    assert [a.name for a in event.actors] == who and list(event.places) == where


@pytest.mark.parametrize(
    ("text", "index"),
    [
        ("The Kospi stock average gained 12.40 points, or 0.9 percent, on Tuesday.", "Kospi stock average"),
        (
            "The broad-market Standard and Poor's 500 index had gained 4.21 points (0.35 percent) on Friday.",
            "Standard and Poor's 500 index",
        ),
    ],
)
def test_actor_things_a_market_index_moves(text, index):
    assert names(text, "gained") == [index]


def test_actor_things_the_name_an_index_is_told_by_is_no_second_actor():
    # "TOPIX" tagged alone is the index's name, not another participant of its move
    text = (
        "Tokyo shares ended higher on Friday. The broader TOPIX index of all first-section issues rose "
        "6.20 points or 0.4 percent to 1,580.10."
    )
    assert names(text, "rose") == ["TOPIX index"]


def test_actor_things_an_untagged_acronym_before_a_noun_is_the_body_it_stands_for():
    text = (
        "The Economic Community of West African States (ECOWAS) sent envoys to Mali on Monday.\n"
        "The ECOWAS mission will travel to Niger on Friday after visiting Mali."
    )
    assert names(text, "travel") == ["Economic Community of West African States"]
