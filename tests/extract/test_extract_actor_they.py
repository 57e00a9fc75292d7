"""'they' for a team or country named as one (issue 16, item 4); 'their' before what a pair named
as the subject just before did ('their talks') is that pair."""

from __future__ import annotations

import pytest

from tests.extract.test_extract_actor_names import actors
from tests.extract.test_extract_actor_names import doers as names

pytestmark = pytest.mark.slow


def test_actor_they_opening_a_sentence_is_the_side_named_as_the_subject_before():
    text = "Japan reached the final on Sunday. They beat Australia 3-1 in the semi-final."
    assert names(text, "beat") == ["Japan", "Australia"]


def test_actor_they_in_a_clause_of_time_is_the_side_of_the_main_clause():
    text = "Brazil won the cup on Sunday after they beat Italy 2-0."
    assert names(text, "beat") == ["Brazil", "Italy"]


def test_actor_they_after_a_plural_word_of_a_name_is_still_the_side():
    text = "Ghana stunned the crowd at the Nations Cup in March when they held Egypt to a 1-1 draw."
    assert names(text, "held") == ["Ghana", "Egypt"]


def test_actor_they_after_a_plural_noun_is_not_the_side():
    text = "Japan sent 40 doctors to the region on Sunday. They treated 300 people in two days."
    assert "Japan" not in names(text, "treated")


def test_actor_they_their_before_an_event_noun_is_the_pair_named_as_the_subject_before():
    text = "Chile and Peru agreed on Monday to reopen the border crossing. Their talks lasted four hours."
    assert sorted(names(text, "lasted")) == ["Chile", "Peru"]


def test_actor_they_their_with_no_named_pair_before_is_no_one():
    text = "Two fishermen were rescued off Peru on Monday. Their ordeal lasted four days."
    assert names(text, "lasted") == []


def test_actor_they_with_another_side_the_subject_before_it_in_its_sentence_is_no_one():
    text = (
        "Lyon and Ajax won their groups on Wednesday while Celtic's future hangs in the balance "
        "after they lost to Benfica 1-0."
    )
    assert not {"Lyon", "Ajax"} & set(names(text, "lost"))


@pytest.mark.parametrize(
    ("text", "trigger", "pair"),
    [
        (
            "Lyon and Ajax reached the last 16 of the Champions League on Wednesday after they beat Benfica and Porto.",
            "beat",
            {"Lyon", "Ajax"},
        ),
        (
            "Brazil and Argentina, two big exporters in Latin America, said on Monday they would leave the talks.",
            "leave",
            {"Brazil", "Argentina"},
        ),
    ],
)
def test_actor_they_with_a_name_told_in_passing_between_is_the_pair(text, trigger, pair):
    assert pair <= set(names(text, trigger))


@pytest.mark.parametrize(
    ("text", "trigger", "body"),
    [
        ("Mumbai Police said on Tuesday they had arrested a suspect in the theft.", "arrested", "Mumbai Police"),
        (
            "The Kenya Wildlife Service inspected the park on Friday and said they had seized 40 tusks.",
            "seized",
            "Kenya Wildlife Service",
        ),
    ],
)
def test_actor_they_said_by_a_named_body_is_that_body(text, trigger, body):
    assert body in names(text, trigger)


def test_actor_they_said_by_a_body_after_a_plural_noun_is_not_the_body():
    text = (
        "Mumbai Police questioned three dock workers on Tuesday and said the men told them they had stolen the cargo."
    )
    assert "Mumbai Police" not in names(text, "stolen")


def test_actor_they_said_by_two_bodies_is_not_the_first_alone():
    text = (
        "The Bank of Tokyo, which was founded in 1880, and Sanwa Financial said on Monday they had agreed "
        "to merge in a bid to create a global bank."
    )
    assert ("Bank of Tokyo", "agent") not in actors(text, "agreed")


def test_actor_they_after_a_subject_a_side_owns_is_that_side():
    # "Celtic's future hangs ... after they lost": the side that owns the subject, not the pair before
    text = (
        "Lyon and Ajax won their groups on Wednesday while Celtic's future hangs in the balance "
        "after they lost to Benfica 1-0."
    )
    assert names(text, "lost")[0] == "Celtic"


def test_actor_they_after_a_sides_players_is_that_side():
    assert names("Ghana's players danced on Sunday after they beat Egypt 2-0.", "beat") == ["Ghana", "Egypt"]


def test_actor_they_after_a_plural_thing_a_side_owns_is_not_the_side():
    # "Toyota's shares ... after they hit a record": the shares, no one named
    assert "Toyota" not in names("Toyota's shares fell on Monday after they hit a record high.", "hit")
