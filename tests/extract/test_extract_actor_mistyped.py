"""A person's name the tagger took for a place, a building or a body: told with an age ("the
22-year-old X", "X, 29,"), as the subject of a clause with "his" or "her" ("X has confirmed his
plan"), or with its first word told alone as a person ("said Sokha"), it is a person's, so "he",
"she" and "the 24-year-old" find it; a "person" that "their" follows is a team; "the club" is the
side in sight, not the league; a weekday glued to the end of a name is the day; and a name that
ends with a legal form ("Telefonica SA") is a company, whatever the tag, its first word alone too.
A "person" set beside a noun for a business ("X, a small carmaker,") or right after one ("drug
manufacturer X") is a company, which "it" stands for; so is one told by a noun of its trade ("energy
giant X", "the news agency X"), said to be a company ("X is an Italian company"), or written before
its officers' function ("X chairman Y"), also where the tagger left that mention untagged. A name the
tagger left untagged that the text tells as a person's (an age, "who", a word for what a person is
before or beside it: "fisherman X", "X, a fisherman") is a person's from the start: "he" finds it,
and its surname alone later is the same one person."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from tests.extract.parsed import parsed
from tests.extract.test_extract_actor_names import actors, names
from timeline.extract.events import extract
from timeline.extract.names import trim_edges

pytestmark = pytest.mark.slow


def test_actor_mistyped_a_subject_with_his_is_the_one_a_description_by_age_stands_for():
    text = (
        "Thailand's top seed Danai Udomchoke has confirmed his plan to play in Doha. "
        "The 24-year-old Japan Open finalist will arrive on Monday."
    )
    # the tournament in the description says what he did, it takes no part in the arrival
    assert actors(text, "arrive") == [("Danai Udomchoke", "agent")]


def test_actor_mistyped_a_name_told_with_an_age_before_it_is_a_person():
    text = "The 22-year-old Sokha Vannak won the women's 100 meters on Monday. She then thanked her coach."
    assert names(text, "thanked") == ["Sokha Vannak"]


def test_actor_mistyped_a_name_with_an_age_after_it_is_a_person():
    text = "Somchai Rattanakul, 29, won the men's 400 meters on Monday. He later thanked the crowd."
    assert names(text, "thanked") == ["Somchai Rattanakul"]


def test_actor_mistyped_a_name_whose_first_word_is_told_as_a_person_is_that_person():
    text = (
        "Cambodia's Sokha Vannak won the women's 100 meters on Monday. "
        '"I am very happy," said Sokha, who also holds the national record.'
    )
    assert names(text, "holds") == ["Sokha Vannak"]


def test_actor_mistyped_a_building_named_after_a_person_is_no_person():
    # "Harold" told alone as a person does not make "the Harold Lind Museum" one, nor the full name
    # that "Harold Lind" would be short for
    text = (
        "The body of former Governor Harold Lind will be flown to the state capital on Saturday. "
        "Lind died late Tuesday aged 91. "
        '"We receive the body of our friend, Harold, for burial," said the church\'s rector. '
        "On Wednesday, Lind's remains will be laid to rest at the Harold Lind Museum in his hometown."
    )
    assert names(text, "flown") == ["Harold Lind"]
    assert names(text, "died") == ["Harold Lind"]


def test_actor_mistyped_a_body_that_rejects_his_appeal_stays_a_body():
    text = "The Supreme Court rejected his appeal on Monday. It will publish its reasons next week."
    assert names(text, "publish") == ["Supreme Court"]


def test_actor_mistyped_a_weekday_glued_to_a_name_before_its_verb_is_the_day():
    _, doc, _ = parsed("Thailand's Somchai Rattanakul Monday broke the Asian record.")
    glued = Span(doc, 2, 5, label="FAC")  # "Somchai Rattanakul Monday", as the tagger may take it
    assert trim_edges(glued).text == "Somchai Rattanakul"


def test_actor_mistyped_a_weekday_inside_a_name_stays():
    _, doc, _ = parsed("The Black Monday Fund bought the shares.")
    name = Span(doc, 1, 4, label="ORG")
    assert trim_edges(name).text == "Black Monday Fund"


def _tagged_as_persons(text: str, names: list[tuple[str, ...]], label: str = "PERSON"):
    """``text`` parsed, with ``names`` (a name and the words it opens, written once, and maybe a
    label of its own) tagged ``label``, as the small model tags many a team a person ("Urawa Reds", "Gamba Osaka") and
    many a person an organisation ("Nikola Jokanovic", "Stephane Le Foll")."""
    document, doc, timexes = parsed(text)
    spans = []
    for name, context, *own in names:
        start = text.index(context)
        spans.append(doc.char_span(start, start + len(name), label=own[0] if own else label))
    doc.ents = [e for e in doc.ents if not any(e.start < s.end and s.start < e.end for s in spans)] + spans
    return document, doc, timexes


_TEAM_STORY = (
    "Dragan Kovac, who has just guided Osijek Falcons to their first league title, said Monday he would leave "
    "at the end of the season. Osijek offered Kovac a new contract, but the 52-year-old turned it down."
)


def _team_story_actors(trigger: str) -> list[tuple[str, str]]:
    from timeline.extract.events import extract

    document, doc, timexes = _tagged_as_persons(
        _TEAM_STORY,
        [
            ("Dragan Kovac", "Dragan"),
            ("Osijek Falcons", "Osijek Falcons"),
            ("Osijek", "Osijek offered"),
            ("Kovac", "Kovac a"),
        ],
    )
    events = extract(doc, document, timexes, all_events=True).events
    event = next(e for e in events if e.predicate.text == trigger)
    return [(a.name, a.role) for a in event.actors]


def test_actor_mistyped_a_person_their_follows_is_a_team_and_its_first_word_too():
    assert ("Osijek Falcons", "agent") in _team_story_actors("offered")


def test_actor_mistyped_with_the_team_no_person_the_description_by_age_is_the_coach():
    assert _team_story_actors("turned") == [("Dragan Kovac", "agent")]


_COACH_STORY = (
    "Former Croatian national player Zoran Radovanovic died on Sunday while coaching a club match in Durban. "
    "Radovanovic collapsed in the dressing room at half-time."
)


def _coach_story_actors(trigger: str, names: list[tuple[str, str]]) -> list[tuple[str, str]]:
    from timeline.extract.events import extract

    document, doc, timexes = _tagged_as_persons(_COACH_STORY, names, label="ORG")
    events = extract(doc, document, timexes, all_events=True).events
    event = next(e for e in events if e.predicate.text == trigger)
    return [(a.name, a.role) for a in event.actors]


def test_actor_mistyped_a_name_whose_surname_is_told_as_a_person_is_that_person():
    # the full name tagged an organisation, the surname alone a person; nothing else tells
    from timeline.extract.events import extract

    text = "Zoran Radovanovic died on Sunday during a club match in Durban. Radovanovic collapsed at half-time."
    names = [("Zoran Radovanovic", "Zoran", "ORG"), ("Radovanovic", "Radovanovic collapsed", "PERSON")]
    document, doc, timexes = _tagged_as_persons(text, names)
    events = extract(doc, document, timexes, all_events=True).events
    event = next(e for e in events if e.predicate.text == "collapsed")
    assert [a.name for a in event.actors] == ["Zoran Radovanovic"]


def test_actor_mistyped_a_name_after_a_persons_function_is_a_person():
    # both tagged an organisation: "player Zoran Radovanovic" says it is a person's name
    names = [("Zoran Radovanovic", "Zoran"), ("Radovanovic", "Radovanovic collapsed")]
    assert _coach_story_actors("collapsed", names) == [("Zoran Radovanovic", "agent")]


def test_actor_mistyped_the_club_is_the_side_not_the_league_in_sight():
    from timeline.extract.events import extract

    text = (
        "Dragan Kovac, who has just guided Osijek Falcons to their first Adriatic League title, "
        "said on Monday he would leave the club at the end of the season."
    )
    names = [("Osijek Falcons", "Osijek", "ORG"), ("Adriatic League", "Adriatic", "ORG")]
    document, doc, timexes = _tagged_as_persons(text, names)
    events = extract(doc, document, timexes, all_events=True).events
    event = next(e for e in events if e.predicate.text == "leave")
    assert "Osijek Falcons" in [a.name for a in event.actors]
    assert "Adriatic League" not in [a.name for a in event.actors]


def test_actor_mistyped_an_acronym_before_a_surname_keeps_the_name_a_bodys():
    from timeline.extract.events import extract

    text = "The talks were attended by NRM Okello on Monday. Okello said the vote would be free."
    names = [("NRM Okello", "NRM", "ORG"), ("Okello", "Okello said", "PERSON")]
    document, doc, timexes = _tagged_as_persons(text, names)
    events = extract(doc, document, timexes, all_events=True).events
    event = next(e for e in events if e.predicate.text == "said")
    assert [a.name for a in event.actors] == ["Okello"]


def test_actor_mistyped_a_name_after_a_persons_title_is_a_person():
    # the tagger calls "Thabo Mbeki" after "President" a place; "Mbeki" alone is then not him
    text = (
        "President Thabo Mbeki met the party's leaders in Pretoria on Monday. "
        "A report described talks between Mbeki and his deputy over the last two months."
    )
    assert "Thabo Mbeki" in names(text, "described")


def test_actor_mistyped_a_title_before_part_of_a_name_makes_no_person_of_the_part():
    # the tag holds "Lendo" of "Lendo wa Mbote" only: "Lendo" alone (tagged a place) is not made
    # a person the spokesman's "he" could find
    text = (
        "Former Zairean Prime Minister Lendo wa Mbote has fled the country and the government is thinking of "
        "charging him with treason, government spokesman Kazadi Ilunga told reporters Tuesday. "
        "The spokesman said that the state's funds were empty and that the government believed Lendo "
        "was responsible. Officials were thinking of issuing an international arrest warrant against "
        'Lendo, he said, commenting: "We would like to get that money back."'
    )
    assert names(text, "like") == ["Kazadi Ilunga"]


def test_actor_mistyped_a_name_with_a_legal_form_is_a_company_its_first_word_stands_for():
    text = (
        "Nordnet Group Corp announced on Monday an agreement with Spain's Telefonica SA to form a joint venture.\n"
        "Telefonica will buy a 10 percent stake in Nordnet, the company said."
    )
    assert names(text, "buy")[:1] == ["Telefonica SA"]


def test_actor_mistyped_a_person_set_beside_a_business_noun_is_the_company_it_stands_for():
    text = "Korvath, a small carmaker, collapsed in May amid claims that it had bribed two officials."
    assert names(text, "bribed") == ["Korvath"]


def test_actor_mistyped_a_person_right_after_a_business_noun_is_the_company_it_stands_for():
    text = (
        "The new firm will be called Northgate Capital Corporation. "
        "Swiss drug manufacturer Korvath said on Sunday that it was stopping all trials of the drug."
    )
    assert names(text, "stopping") == ["Korvath"]


def test_actor_mistyped_a_person_right_after_a_team_is_its_coach_not_the_team():
    # "team" before a name is the side the person coaches or plays for: the name stays a person's,
    # whom the "he" after it is
    text = (
        "German coach for Greece's National Football team Otto Rehhagel on Monday announced to continue as "
        "head coach. During a press conference with the federation, he expressed that the fans are behind "
        "his decision."
    )
    assert names(text, "expressed") == ["Otto Rehhagel"]


def _actor_types(text: str) -> dict[str, str]:
    from tests.extract.parsed import extracted

    return {a.name: a.type for e in extracted(text, "2006-12-04") for a in e.actors}


@pytest.mark.parametrize(
    ("text", "club"),
    [
        ("VfL Halle beat Hansa Rostock 2-1 on Saturday.", "VfL Halle"),
        ("Borussia Essen drew 1-1 with Hansa Rostock on Saturday.", "Borussia Essen"),
        ("Kevin Ward joined Exeter United in 1998.", "Exeter United"),
    ],
)
def test_actor_mistyped_a_club_by_the_word_opening_or_closing_its_name(text, club):
    assert _actor_types(text).get(club) == "ORG"


def test_actor_mistyped_the_club_told_by_the_last_word_of_its_name():
    text = "Werder Bremen signed a new striker on Friday. Bremen drew 0-0 with Mainz on Saturday."
    assert "Werder Bremen" in {
        a.name for e in extracted_on_monday(text) if e.predicate.text == "drew" for a in e.actors
    }


def extracted_on_monday(text: str):
    from tests.extract.parsed import extracted

    return extracted(text, "2006-12-04")


@pytest.mark.parametrize(
    ("text", "trigger", "body"),
    [
        # tagged a building or a place, the long name of a body said by a word of its name
        (
            "Trade ministers of the Asia-Pacific Economic Cooperation (APEC) began their meeting in Hanoi on Monday.",
            "meeting",
            "Asia-Pacific Economic Cooperation",
        ),
        (
            "Police were on alert in Lima where a series of APEC meetings will be held next week. "
            "Hotels near the Asia-Pacific Economic Cooperation (APEC) forum were full on Monday.",
            "meetings",
            "Asia-Pacific Economic Cooperation",
        ),
    ],
)
def test_actor_mistyped_a_place_named_like_a_body_is_the_body(text, trigger, body):
    assert body in names(text, trigger)


@pytest.mark.parametrize(
    ("name", "label", "body"),
    [
        ("Asia-Pacific Economic Cooperation", "FAC", True),
        ("Gulf Cooperation Council", "LOC", True),
        ("West Bank", "GPE", False),
        ("Soviet Union", "GPE", False),
        ("Assembly Hall", "FAC", False),
    ],
)
def test_actor_mistyped_only_words_no_place_has_make_a_body(name, label, body):
    from timeline.extract.actors import _body_by_its_name

    assert _body_by_its_name(name, label) is body


def test_actor_mistyped_a_common_noun_tagged_as_a_proper_noun_is_still_a_country_s_body():
    # the tagger takes "ministry" after "Thai foreign" for a proper noun: a word in lower case is
    # no name it missed, but the ministry of the country the adjective names
    text = "The Thai foreign ministry summoned the Cambodian ambassador on Monday."
    assert ("Thai foreign ministry", "agent") in actors(text, "summoned")


@pytest.mark.parametrize(
    ("text", "trigger", "name"),
    [
        # a business by what it trades in, set beside the name: the "it" after is the business
        ("Marvelo, a Dutch clothing chain, reported a loss on Monday. It will close forty stores.", "close", "Marvelo"),
        (
            "Paulo Mendes, a coffee exporter, halted shipments on Friday. It blamed the port strike.",
            "blamed",
            "Paulo Mendes",
        ),
        (
            "Lena Ostrova, the island's largest operator, cut prices on Friday. It will hire more staff.",
            "hire",
            "Lena Ostrova",
        ),
        # a side by the word for one right before a one-word name
        ("Spanish side Ostrano lost on Monday. It will appeal against the fine.", "appeal", "Ostrano"),
        ("Dutch outfit Heerveld won on Saturday. It will host the final in May.", "host", "Heerveld"),
    ],
)
def test_actor_mistyped_a_person_beside_a_noun_for_a_trader_or_a_side_is_the_body_it_stands_for(text, trigger, name):
    assert names(text, trigger) == [name]


def _extracted(text: str, names: list[tuple[str, ...]]):
    from timeline.extract.events import extract

    document, doc, timexes = _tagged_as_persons(text, names)
    return extract(doc, document, timexes, all_events=True)


def test_actor_mistyped_a_name_and_its_last_word_both_tagged_a_body_are_one_person():
    # the full name and the surname alone each tagged an organisation: a body goes by its first
    # word ("Nissan"), a person by the last, so both are one person
    text = (
        "Veteran opener Tomasz Wierzba made 84 on Friday as the hosts reached 310. "
        "Wierzba was caught at slip shortly before the close."
    )
    names = [("Tomasz Wierzba", "Tomasz", "ORG"), ("Wierzba", "Wierzba was", "ORG")]
    extraction = _extracted(text, names)
    event = next(e for e in extraction.events if e.predicate.text == "caught")
    assert [a.name for a in event.actors] == ["Tomasz Wierzba"]
    assert {(a.name, a.type) for a in extraction.actors} >= {("Tomasz Wierzba", "PERSON")}


def test_actor_mistyped_a_contest_after_the_and_its_last_word_stay_no_person():
    text = (
        "Both skaters earned a place in the Winter Skate Final in Oslo next month. "
        "Final places will be decided on Sunday."
    )
    names = [("Winter Skate Final", "Winter Skate", "FAC"), ("Final", "Final places", "ORG")]
    extraction = _extracted(text, names)
    assert "PERSON" not in {a.type for a in extraction.actors if "Final" in a.name}


def test_actor_mistyped_a_side_after_a_citys_name_and_its_last_word_stay_a_side():
    text = "Denver Comets beat Toronto 98-91 on Friday. Comets coach Ray Miller praised the defence."
    names = [("Denver Comets", "Denver", "ORG"), ("Comets", "Comets coach", "ORG")]
    extraction = _extracted(text, names)
    assert ("Denver Comets", "ORG") in {(a.name, a.type) for a in extraction.actors}


def test_actor_mistyped_a_company_called_by_its_last_word_stays_a_company():
    # "Hydro" is a common word: no surname, so "Nordvik Hydro" stays the company it was tagged
    text = (
        "Nordvik Hydro will sell its aluminium unit to a rival, the company said on Monday. "
        "Hydro shares rose 3 percent in Oslo."
    )
    names = [("Nordvik Hydro", "Nordvik", "ORG"), ("Hydro", "Hydro shares", "ORG")]
    extraction = _extracted(text, names)
    assert ("Nordvik Hydro", "ORG") in {(a.name, a.type) for a in extraction.actors}


def test_actor_mistyped_a_club_by_its_towns_name_told_with_its_staff_is_the_club_it_stands_for():
    # "Lyon" is a town of the gazetteer, tagged a person here: "Lyon coach Paul Girard" and a result
    # with a score make it the club, which "the club" and "it" then reach
    text = "Porto drew 1-1 with Lyon on Wednesday. Lyon coach Paul Girard was sent off. The club said it would appeal."
    extraction = _extracted(text, [("Lyon", "Lyon on"), ("Lyon", "Lyon coach")])
    assert ("Lyon", "ORG") in {(a.name, a.type) for a in extraction.actors}
    event = next(e for e in extraction.events if e.predicate.text == "appeal")
    assert [a.name for a in event.actors] == ["Lyon"]


def test_actor_mistyped_a_club_by_its_towns_name_in_a_result_with_its_score_is_a_club():
    text = (
        "Hector Ruiz scored twice to earn Valencia a 2-1 win over Sheffield on Sunday. "
        "Sheffield scored through a late penalty."
    )
    extraction = _extracted(text, [("Sheffield", "Sheffield on"), ("Sheffield", "Sheffield scored")])
    assert ("Sheffield", "ORG") in {(a.name, a.type) for a in extraction.actors}


@pytest.mark.parametrize(
    "text",
    [
        # a town told as where things happen more often than as a side stays the town
        "Police in Sheffield arrested two fans on Sunday after the match in Sheffield. Sheffield scored late.",
        # a country's name stays the country's, its team or not
        "France beat Spain 2-1 on Saturday. France coach Paul Girard praised his players.",
    ],
)
def test_actor_mistyped_a_town_or_a_country_told_as_such_stays_a_place(text):
    place = text.split()[2] if text.startswith("Police") else "France"
    extraction = _extracted(text, [])
    assert (place, "GPE") in {(a.name, a.type) for a in extraction.actors}


def test_actor_mistyped_a_person_tagged_a_people_whose_surname_is_also_tagged_a_body_is_a_person():
    # "Honore Mbemba" tagged a people (no nationality among its words), "Mbemba" alone once an
    # organisation: a person called by his surname, whom "he" then finds
    text = (
        "Honore Mbemba blasted the envoy on Friday. "
        '"What right has he got to speak out in this way," Mbemba told reporters. '
        "He then left for Johannesburg."
    )
    names = [("Honore Mbemba", "Honore", "NORP"), ("Mbemba", "Mbemba told", "ORG")]
    extraction = _extracted(text, names)
    assert ("Honore Mbemba", "PERSON") in {(a.name, a.type) for a in extraction.actors}
    event = next(e for e in extraction.events if e.predicate.text == "left")
    assert [a.name for a in event.actors] == ["Honore Mbemba"]


def test_actor_mistyped_a_people_tagged_so_wherever_it_stands_alone_stays_a_people():
    text = "Hasidic Jews protested in Jerusalem on Friday. Jews from several countries joined them."
    names = [("Hasidic Jews", "Hasidic", "NORP"), ("Jews", "Jews from", "NORP")]
    extraction = _extracted(text, names)
    assert "PERSON" not in {a.type for a in extraction.actors if "Jews" in a.name}


def test_actor_mistyped_a_towns_name_told_as_a_side_is_the_club_whose_name_it_closes():
    text = (
        "SV Hamburg lost 2-0 to Porto on Tuesday. Hamburg coach Otto Berg was furious. "
        "Hamburg won just once this season."
    )
    extraction = _extracted(text, [("Hamburg", "Hamburg coach", "GPE"), ("Hamburg", "Hamburg won", "GPE")])
    event = next(e for e in extraction.events if e.predicate.text == "won")
    assert [a.name for a in event.actors] == ["SV Hamburg"]


_KEEPER_STORY = (
    "Goalkeeper Mark Preston signed a new contract on Monday. Preston kept a clean sheet on Saturday. "
    "Preston saved a penalty in the second half. The coach praised Preston after the match."
)


def test_actor_mistyped_a_surname_that_is_a_town_s_name_told_as_a_place_is_the_person():
    # "Preston" is a town's name too; tagged a place twice and a person once, after "Mark Preston":
    # the person's surname, him, not the town
    from timeline.extract.events import extract

    document, doc, timexes = _tagged_as_persons(
        _KEEPER_STORY,
        [
            ("Mark Preston", "Mark Preston"),
            ("Preston", "Preston kept", "GPE"),
            ("Preston", "Preston saved", "GPE"),
            ("Preston", "Preston after"),
        ],
    )
    events = extract(doc, document, timexes, all_events=True).events
    saved = next(e for e in events if e.predicate.text == "saved")
    assert [a.name for a in saved.actors] == ["Mark Preston"]


def test_actor_mistyped_a_capital_told_as_a_place_stays_a_place_beside_a_person_of_its_name():
    # "George Washington" named, "Washington" (the capital) stays the place, even tagged a person once
    from timeline.extract.events import extract

    text = (
        "Historian George Washington published a book on Monday. Washington protested the ruling on Tuesday. "
        "Washington warned Moscow on Wednesday. Lawmakers in Washington met on Thursday."
    )
    document, doc, timexes = _tagged_as_persons(
        text,
        [
            ("George Washington", "George Washington"),
            ("Washington", "Washington protested", "GPE"),
            ("Washington", "Washington warned", "GPE"),
            ("Washington", "Washington met"),
        ],
    )
    events = extract(doc, document, timexes, all_events=True).events
    warned = next(e for e in events if e.predicate.text == "warned")
    assert "George Washington" not in [a.name for a in warned.actors]


@pytest.mark.parametrize(
    "text",
    [
        "Free Army spokesman Ali Musa said its fighters had captured the town on Monday.",
        "Free Army spokesman Ali Musa said on Monday its fighters had captured the town.",
    ],
)
def test_actor_mistyped_a_name_after_a_persons_function_that_its_follows_stays_a_person(text):
    # "its" after the name tells no team: the name is a spokesman's, and "its" is the body he speaks for
    found = actors(text, "captured")
    assert ("Ali Musa", "agent") not in found
    assert ("Free Army", "agent") in found


def _typed(text: str, trigger: str) -> list[tuple[str, str]]:
    document, doc, timexes = parsed(text)
    ex = extract(doc, document, timexes, all_events=True)
    event = next(e for e in ex.events if any(m.trigger == trigger for m in e.mentions))
    return [(a.name, a.type) for a in event.actors]


def test_actor_mistyped_a_person_after_a_noun_of_a_trade_is_a_company():
    text = (
        "Energy giant Korveld said on Monday it would cut 300 jobs. Korveld made the decision after "
        "losses, Korveld spokesman Anton Brandt said."
    )
    assert _typed(text, "cut") == [("Korveld", "ORG")]


def test_actor_mistyped_a_person_before_its_chairman_is_the_company_the_group_stands_for():
    text = (
        "Brenmar chairman Ulrich Haas said on Tuesday the group would sell its stake in Norvia. "
        "Brenmar announced the sale in Berlin."
    )
    assert names(text, "sell") == ["Brenmar", "Ulrich Haas"]


def test_actor_mistyped_a_person_said_to_be_a_company_is_the_one_it_stands_for():
    text = (
        "Folvaro is an Italian company which makes jewelry. Folvaro opened a shop in Beijing on Monday, "
        "and it hired 40 workers."
    )
    assert names(text, "hired") == ["Folvaro"]


def test_actor_mistyped_a_news_agency_tagged_a_person_is_a_body():
    text = '"Three people were killed in the blast," the official news agency Kuna said on Sunday.'
    assert _typed(text, "killed") == [("Kuna", "ORG")]


@pytest.mark.parametrize(
    "text",
    [
        "Quentin Marsh, a film maker, was arrested in Oslo on Friday. Marsh said he was innocent.",
        "Bush spokesman Tony Snow said the talks failed. Bush met Putin in Moscow on Friday.",
    ],
)
def test_actor_mistyped_a_person_s_trade_or_spokesman_leaves_a_person(text):
    trigger = "arrested" if "arrested" in text else "met"
    assert "ORG" not in {kind for _, kind in _typed(text, trigger)}


def test_actor_mistyped_a_company_s_first_word_tagged_a_place_is_the_company():
    # "in Dorvanex" is no place where the premier was: the company the text first named in full
    text = (
        "The Beijing-based vaccine producer Dorvanex Biotech said on Friday it was ready to make the vaccine. "
        "Premier Wen Jiabao inspected the workshops of the vaccine in Dorvanex on Thursday."
    )
    assert names(text, "inspected") == ["Wen Jiabao", "Dorvanex Biotech"]


def test_actor_mistyped_a_business_written_alone_is_no_short_name_of_what_it_owns():
    # "Korveld's Arnoy gas field" is the company's field, not a longer name of the company
    text = (
        "Gas giant Korveld said on Monday it had sold its stake to Shell. "
        "Shell had agreed last year to trade a stake for half of Korveld's Arnoy gas field."
    )
    assert names(text, "sold") == ["Korveld", "Shell"]


def test_actor_mistyped_a_count_of_members_is_no_trade():
    # "the 11-member group" counts its members: the person set beside it stays a person
    text = (
        "The Libyan representative to the 11-member group, Shukri Ghanem, said on Thursday that the "
        "group would keep its target. He said there would be no cut."
    )
    assert _typed(text, "keep") == [("Shukri Ghanem", "PERSON")]


def test_actor_mistyped_an_untagged_name_told_with_an_age_is_the_person_he_stands_for():
    # the tagger leaves the name untagged; the age says it is a person's, whom "He" then finds
    text = "Police arrested Jayrold Nazaro, 24, in a raid on Monday. He was freed on Tuesday."
    assert actors(text, "freed") == [("Jayrold Nazaro", "patient")]


def test_actor_mistyped_the_surname_of_an_untagged_person_is_that_one_person():
    text = "Police arrested Jayrold Nazaro, 24, in a raid on Monday. Nazaro was freed on Tuesday."
    assert names(text, "freed") == ["Jayrold Nazaro"]
    assert names(text, "arrested") == ["Jayrold Nazaro"]


def test_actor_mistyped_a_title_in_the_plural_is_no_persons_name():
    text = "Vice Premiers Wu Yi and Hui Liangyu came to the vaccine plant on Thursday."
    assert "Premiers" not in names(text, "came")
