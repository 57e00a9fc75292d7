"""A score glued to a name ("beat Oman 3-0", "beat Lisa Holm 7-6") is no part of the name
(issue 16, item 4)."""

from __future__ import annotations

import pytest

from tests.extract.parsed import extracted

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Jordan drubbed Oman 3-0 in the Asian Cup qualifier here late Wednesday.", "Oman"),
        ("Kerber beat top-ranked American Lisa Holm 7-6 (5), 7-6 (6) on Saturday.", "Lisa Holm"),
    ],
)
def test_a_score_after_a_name_is_not_part_of_it(text, name):
    names = {a.name for e in extracted(text, "2006-11-16") for a in e.actors}
    assert name in names
    assert not any(n.startswith(name + " ") and n[len(name) + 1 :][:1].isdigit() for n in names)


@pytest.mark.parametrize(
    ("text", "winner", "beaten"),
    [
        # the parser hangs the side beaten on the verb as a measure ("Chelsea 2"), not as its object
        ("Arsenal beat Chelsea 2-1 on Sunday.", "Arsenal", "Chelsea"),
        ("Trinidad and Tobago beat Bahrain 1-0 on Wednesday.", "Trinidad and Tobago", "Bahrain"),
    ],
)
def test_the_side_beaten_before_the_score_is_the_patient(text, winner, beaten):
    (event,) = [e for e in extracted(text, "2006-11-16") if e.predicate.lemma == "beat"]
    roles = {a.name: a.role for a in event.actors}
    assert roles.get(winner) == "agent"
    assert roles.get(beaten) == "patient"


@pytest.mark.parametrize(
    ("text", "winner", "beaten"),
    [
        # the parser makes the side beaten the object of the word that describes it
        ("Lazio edged struggling Bologna 1-0 on Sunday to climb to third.", "Lazio", "Bologna"),
    ],
)
def test_the_side_beaten_after_words_that_describe_it_is_the_patient(text, winner, beaten):
    (event,) = [e for e in extracted(text, "2006-11-16") if e.predicate.lemma in ("beat", "edge")]
    roles = {a.name: a.role for a in event.actors}
    assert roles.get(winner) == "agent"
    assert roles.get(beaten) == "patient"


def test_a_name_that_describes_what_was_beaten_is_no_side():
    text = "The senator stunned the Washington political establishment on Monday."
    assert "Washington" not in {a.name for e in extracted(text, "2006-11-16") for a in e.actors}


def test_a_score_glued_to_a_club_the_tagger_took_for_a_product_is_no_part_of_it():
    names = {a.name for e in extracted("Celtic beat Hearts 2-1 on Saturday.", "2006-11-16") for a in e.actors}
    assert "Hearts" in names
    assert "Hearts 2-1" not in names
