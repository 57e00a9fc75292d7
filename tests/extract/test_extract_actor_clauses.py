"""Actors of a clause joined by "and" whose subject the parser hung on the clause before it, as
one more item of that clause's object: "Kenya beat Uganda and Tanzania drew with Rwanda"; and the
words the tagger glued to a name (a score, "Frenchman")."""

from __future__ import annotations

import pytest

from tests.extract.parsed import parsed, token
from tests.extract.test_extract_actor_names import actors, names
from timeline.extract.summaries import summarize

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "trigger", "doer", "other"),
    [
        ("Kenya defeated Uganda 2-0 on Saturday and Tanzania drew with Rwanda in Kigali.", "drew", "Tanzania", "Kenya"),
        ("Brazil beat Peru 3-1 on Sunday and Chile drew with Bolivia in La Paz.", "drew", "Chile", "Brazil"),
        ("Toyota bought a stake in Subaru and Honda announced a new plant in Ohio.", "announced", "Honda", "Toyota"),
    ],
)
def test_actor_clauses_the_second_clause_is_done_by_its_own_subject(text, trigger, doer, other):
    found = names(text, trigger)
    assert doer in found
    assert other not in found


def test_actor_clauses_the_second_subject_is_not_acted_on_by_the_first_verb():
    text = "Toyota bought a stake in Subaru and Honda announced a new plant in Ohio."
    assert names(text, "bought") == ["Toyota", "Subaru"]


def test_actor_clauses_a_passive_second_clause_has_its_subject_undergo_it():
    text = "The film won best picture, while Park took the best director prize and Mira Sand was named best actress."
    assert ("Mira Sand", "patient") in actors(text, "named")


def test_actor_clauses_a_list_of_objects_stays_a_list():
    text = "Police arrested Ahmed Salim and Omar Haddad on Friday in Cairo."
    assert {"Ahmed Salim", "Omar Haddad"} <= set(names(text, "arrested"))


@pytest.mark.parametrize(
    ("text", "beaten"),
    [
        ("Ulster beat Scotland's Edinburgh 21-13 on Friday.", "Edinburgh"),
        ("Barcelona beat Real Madrid Castilla 2-0 on Saturday.", "Real Madrid Castilla"),
    ],
)
def test_actor_clauses_a_score_is_no_part_of_the_team_beaten(text, beaten):
    assert (beaten, "patient") in actors(text, "beat")


def test_actor_clauses_a_nationality_noun_is_no_part_of_the_name():
    text = "Frenchman Philippe Troussier resigned on Monday as coach of Morocco."
    assert names(text, "resigned") == ["Philippe Troussier"]


@pytest.mark.parametrize(
    ("trigger", "expected"),
    [
        ("defeated", "Kenya defeated Uganda 2-0 on Saturday"),
        ("drew", "Tanzania drew with Rwanda in Kigali"),
    ],
)
def test_actor_clauses_each_clause_is_told_with_its_own_subject(trigger, expected):
    text = "Kenya defeated Uganda 2-0 on Saturday and Tanzania drew with Rwanda in Kigali."
    _, doc, _ = parsed(text)
    head = token(doc, trigger)
    assert summarize(head, None, head.sent) == expected
