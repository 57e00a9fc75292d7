"""Parties of an event noun told outside its own phrase: the one who speaks at an occasion,
attends or addresses it ("said at a ceremony", "while attending a commemoration", "addressed a
rally"), a body named by its members after "with", "against" or "between" ("clashes with
PKK members"), and countries written with a hyphen before the noun ("the India-Pakistan talks")."""

from __future__ import annotations

import pytest

from tests.extract.test_extract_actor_names import doers

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "trigger", "who"),
    [
        ("Helen Marsh said at a ceremony in Leeds on Wednesday that she was proud.", "ceremony", "Helen Marsh"),
        ("Tomas Berg told a rally in Malmo on Sunday that taxes would fall.", "rally", "Tomas Berg"),
        (
            "Mary Quinlan spoke of her plans while attending a commemoration in Cork on Monday.",
            "commemoration",
            "Mary Quinlan",
        ),
        ("Paul Okafor addressed a rally in Lagos on Thursday.", "rally", "Paul Okafor"),
        ("Ivan Petrov said at a public hearing on Tuesday that he was innocent.", "hearing", "Ivan Petrov"),
    ],
)
def test_actor_noun_parties_who_speaks_at_or_attends_an_occasion_takes_part(text, trigger, who):
    assert who in doers(text, trigger)


def test_actor_noun_parties_who_acts_at_an_occasion_without_speaking_is_not_its_party():
    # the police arrest people at the rally; they do not hold it or attend it
    text = "Police in Leeds arrested ten men at a rally organised on Friday. Chief Tom Hale said so."
    assert "Tom Hale" not in doers(text, "rally")


def test_actor_noun_parties_a_ceremony_of_named_parties_keeps_them():
    text = "Helen Marsh said at the ceremony of the Red Cross in Leeds on Wednesday that she was proud."
    assert "Helen Marsh" not in doers(text, "ceremony")


@pytest.mark.parametrize(
    ("text", "trigger", "body"),
    [
        ("Four soldiers died in clashes with ETA members near Bilbao on Monday.", "clashes", "ETA"),
        ("The army began an offensive against Hamas militants in Gaza on Friday.", "offensive", "Hamas"),
        ("Border guards clashed with Fatah fighters near Rafah on Sunday.", "clashed", "Fatah"),
    ],
)
def test_actor_noun_parties_a_body_named_by_its_members_takes_part(text, trigger, body):
    assert body in doers(text, trigger)


def test_actor_noun_parties_a_name_before_other_people_still_describes_them():
    # users of a product are no body's members: the product takes no part
    assert "iPod" not in doers("The company held talks with iPod users in London on Monday.", "talks")


@pytest.mark.parametrize(
    ("text", "trigger", "body"),
    [
        ("The NATO annual defence conference opened in Riga on Monday.", "conference", "NATO"),
        ("Hotels were full before the OPEC extraordinary ministerial meeting in Vienna on Friday.", "meeting", "OPEC"),
    ],
)
def test_actor_noun_parties_a_body_named_before_the_words_that_qualify_the_noun_takes_part(text, trigger, body):
    assert body in doers(text, trigger)


def test_actor_noun_parties_a_place_before_the_words_that_qualify_the_noun_stays_a_place():
    assert doers("Hotels were full before the Vienna extraordinary ministerial meeting on Friday.", "meeting") == []


@pytest.mark.parametrize(
    ("text", "trigger", "parties"),
    [
        ("The Egypt-Sudan talks ended in Cairo on Monday.", "talks", {"Egypt", "Sudan"}),
        ("The EU-Norway summit opened in Oslo on Friday.", "summit", {"Norway"}),
    ],
)
def test_actor_noun_parties_countries_written_with_a_hyphen_before_the_noun_take_part(text, trigger, parties):
    assert parties <= set(doers(text, trigger))


def test_actor_noun_parties_a_country_alone_before_the_noun_stays_a_place():
    assert "India" not in doers("The India summit opened in Delhi on Friday.", "summit")


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Karin Olsen told Premier Wen Jiabao during a visit to Beijing last week that Norway agreed.", "Karin Olsen"),
        ("The aide said Lars Dahl raised the matter during a Stockholm visit in early May.", "Lars Dahl"),
        ("Maria Costa met farmers during a two-day tour of the northern provinces on Tuesday.", "Maria Costa"),
    ],
)
def test_actor_noun_parties_who_acts_during_a_journey_makes_it(text, who):
    trigger = "tour" if "tour" in text else "visit"
    assert who in doers(text, trigger)


def test_actor_noun_parties_a_journey_of_its_own_traveller_keeps_it():
    # the spokesman speaks during the minister's visit: he is not the one visiting
    text = "Spokesman Jon Berg spoke to reporters during the visit of Minister Ana Ruiz to Oslo on Monday."
    assert "Jon Berg" not in doers(text, "visit")


@pytest.mark.parametrize(
    ("text", "trigger", "recipient"),
    [
        ("The handover of Macau to China took place in December 1999.", "handover", "China"),
        ("The handover of the province to Ecuador took place on Monday.", "handover", "Ecuador"),
    ],
)
def test_actor_noun_parties_who_a_handing_over_is_to_takes_part(text, trigger, recipient):
    # as "handed the province to Ecuador": who gets it, not where it goes
    assert recipient in doers(text, trigger)


@pytest.mark.parametrize(
    ("text", "trigger", "parties"),
    [
        ("Brokered by Norway, the ceasefire took effect on Friday.", "ceasefire", {"Norway"}),
        (
            "Organized by Greenpeace and Oxfam, the protest took place in London on Monday.",
            "protest",
            {"Greenpeace", "Oxfam"},
        ),
    ],
)
def test_actor_noun_parties_the_by_phrase_of_a_participle_set_before_the_noun_takes_part(text, trigger, parties):
    # as "the protest organized by Greenpeace": the participle's understood subject is the noun
    assert parties <= set(doers(text, trigger))


def test_actor_noun_parties_a_participle_set_before_a_verb_clause_gives_no_doer():
    # "backed by Russia" tells the troops, not who attacked
    assert "Russia" not in doers("Backed by Russia, Syrian troops attacked the city on Monday.", "attacked")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The decision was taken at a meeting of the Security Council on Monday.", "Security Council"),
        ("The decision to expel Jones was made at a session of the Arab League on Monday.", "Arab League"),
    ],
)
def test_actor_noun_parties_a_decision_made_at_a_bodys_meeting_is_the_bodys(text, body):
    assert body in doers(text, "decision")


@pytest.mark.parametrize(
    ("text", "trigger", "who"),
    [
        (
            "Ties between the two countries still suffer from a 19th century war in which Bolivia lost its coast "
            "to Chile.",
            "war",
            {"Bolivia", "Chile"},
        ),
        (
            "The trial of the officers over the 1981 coup in which President Ziaur Rahman was killed opened on Monday.",
            "coup",
            {"Ziaur Rahman"},
        ),
        (
            "A 200 million dollar agreement under which Airbus will supply Vietnam Airlines with ten jets took effect "
            "last March.",
            "agreement",
            {"Airbus", "Vietnam Airlines"},
        ),
        (
            "Reporters waited outside the summit at which Jacques Chirac met Gerhard Schroeder on Tuesday.",
            "summit",
            {"Jacques Chirac", "Gerhard Schroeder"},
        ),
    ],
)
def test_actor_noun_parties_a_clause_set_inside_the_happening_tells_its_parties(text, trigger, who):
    # "in which", "under which", "at which": the relative clause tells what happened in it
    assert who <= set(doers(text, trigger))


def test_actor_noun_parties_a_thing_in_the_clause_inside_is_no_party_through_its_owner():
    # the hopes play a role in the polls: Kosovo does not take part in them
    text = "The warning came amid campaigning for the May polls, in which Kosovo's hopes are playing a big role."
    assert "Kosovo" not in doers(text, "polls")
