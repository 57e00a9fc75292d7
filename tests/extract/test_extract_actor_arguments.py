"""Arguments a row leaves out or takes in wrongly: who reacts, named after "from", does a row
anchored on the reaction; the party a missile or a stone is aimed at is struck, not a place; a
common word the tagger took for a people is no one; who acts at talks attends them."""

from __future__ import annotations

import pytest

from tests.extract.parsed import parsed, token
from tests.extract.test_extract_actor_names import actors, names
from timeline.extract.roles import core_arguments

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "trigger", "doers"),
    [
        (
            "The ruling prompted complaints from Greenpeace and the WWF on Friday.",
            "complaints",
            ["Greenpeace", "WWF"],
        ),
        (
            "The decision drew condemnation from Amnesty International on Tuesday.",
            "condemnation",
            ["Amnesty International"],
        ),
        ("Norway sparked sharp criticism from Sweden on Monday.", "criticism", ["Sweden"]),
    ],
)
def test_actor_arguments_who_reacts_does_the_reaction(text, trigger, doers):
    got = actors(text, trigger)
    for doer in doers:
        assert (doer, "agent") in got


def test_actor_arguments_who_is_reacted_to_is_no_doer():
    # the one who drew the criticism is what it is about, not who criticises
    got = actors("Norway sparked sharp criticism from Sweden on Monday.", "criticism")
    assert ("Norway", "agent") not in got


def test_actor_arguments_a_reaction_naming_no_one_keeps_the_verbs_doer():
    got = actors("Norway sparked sharp criticism on Monday.", "criticism")
    assert ("Norway", "agent") in got


@pytest.mark.parametrize(
    ("text", "trigger", "sender"),
    [
        ("The plan faced criticism from Germany on Monday.", "criticism", "Germany"),  # the row is the criticism
        ("Criticism from Japan mounted on Wednesday.", "mounted", "Japan"),
        ("The reform has been held up by opposition from Paris since May.", "held up", "France"),
    ],
)
def test_actor_arguments_who_sends_a_reaction_takes_part(text, trigger, sender):
    assert sender in names(text, trigger)


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        ("Refugees from Rwanda arrived in the camp on Friday.", "arrived", "Rwanda"),
        ("The president has earned criticism from the West on Friday.", "earned", "West"),
    ],
)
def test_actor_arguments_a_place_things_come_from_stays_a_place(text, trigger, place):
    assert place not in names(text, trigger)


@pytest.mark.parametrize(
    ("text", "trigger", "struck"),
    [
        ("Hezbollah fired missiles at Israel on Monday.", "fired", "Israel"),
        ("Militants hurled grenades at Israeli positions near the border on Friday.", "hurled", "Israel"),
        ("Protesters threw stones at United Nations vehicles in the capital on Sunday.", "threw", "United Nations"),
    ],
)
def test_actor_arguments_what_is_aimed_at_is_struck(text, trigger, struck):
    assert (struck, "patient") in actors(text, trigger)


def test_actor_arguments_a_golf_score_fired_at_a_course_strikes_nothing():
    got = names("Defending champion Lee Westwood fired a 67 at the Naha Golf Club on Friday.", "fired")
    assert "Naha Golf Club" not in got


def test_actor_arguments_a_place_where_stones_were_thrown_stays_a_place():
    got = names("Protesters threw stones at the police in Jakarta on Sunday.", "threw")
    assert "Jakarta" not in got


@pytest.mark.parametrize(
    ("text", "trigger", "word"),
    [
        ("The virus was found among domestic chickens and geese in two villages on Monday.", "found", "geese"),
        ("Pope Benedict spoke about the ties between Islam and christianity on Wednesday.", "spoke", "christianity"),
    ],
)
def test_actor_arguments_a_lower_case_word_is_no_people(text, trigger, word):
    assert word not in names(text, trigger)


def test_actor_arguments_who_acts_at_talks_attends_them():
    text = "During talks on Tuesday, Norway and Sweden agreed on a fishing quota."
    assert {"Norway", "Sweden"} <= set(names(text, "talks"))


@pytest.mark.parametrize(
    ("text", "deed", "doer"),
    [
        (
            "Police said on Friday that corporal Tom Reed had been arrested for the Sunday attack on a shopkeeper.",
            "attack",
            "Tom Reed",
        ),
        ("Omar Khan was convicted on Tuesday of the 2003 murder of Jan Visser.", "murder", "Omar Khan"),
        ("Soldiers detained Ali Saleh on Monday over the 2002 bombing of a hotel.", "bombing", "Ali Saleh"),
    ],
)
def test_actor_arguments_who_is_held_for_a_deed_did_it(text, deed, doer):
    # the deed's noun sits in the verb's phrase; the one arrested, convicted or detained for it is its doer
    assert (doer, "agent") in actors(text, deed)


def test_actor_arguments_a_deed_with_its_own_doer_keeps_it():
    _, doc, _ = parsed("Tom Reed was arrested on Monday for Hamas's attack on a bus in Haifa.")
    got = [tok.text for tok, _ in core_arguments(token(doc, "attack"))]
    assert "Hamas" in got
    assert "Reed" not in got
