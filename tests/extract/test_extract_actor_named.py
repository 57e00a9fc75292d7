"""A common noun given its name by the participle after it ('a farmer surnamed Wang', 'a man named
Peter Holm') is that named actor (GUIDELINES section 4: a person given only by a surname is an actor
under that surname)."""

from __future__ import annotations

import pytest

from tests.extract.test_extract_actor_names import names

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("Doctors said on Monday the 52-year-old patient surnamed Tang is recovering.", "recovering", ["Tang"]),
        ("A farmer surnamed Wang was arrested in Hebei province on Monday.", "arrested", ["Wang"]),
        ("Police arrested a man named Peter Holm in Oslo on Monday.", "arrested", ["Peter Holm"]),
        ('"We heard a loud bang," a rescued miner called Liu told reporters on Monday.', "told", ["Liu"]),
    ],
)
def test_actor_named_by_participle_is_that_name(text, trigger, expected):
    assert names(text, trigger) == expected


def test_actor_named_in_a_report_is_no_name_given():
    assert names("A man named in the report resigned on Monday.", "resigned") == []


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        (
            "A girl surnamed Zhou fell ill on Oct. 3. The girl was discharged from hospital on Nov. 2.",
            "discharged",
            ["Zhou"],
        ),
        (
            "A fisherman surnamed Chen was detained by the coast guard on Monday. The fisherman was freed on Friday.",
            "freed",
            ["Chen"],
        ),
    ],
)
def test_actor_named_the_noun_again_is_the_one_named(text, trigger, expected):
    assert names(text, trigger) == expected


def test_actor_named_the_noun_again_after_two_named_is_no_one():
    text = (
        "A fisherman surnamed Chen and a fisherman surnamed Lin were detained by the coast guard on Monday. "
        "The fisherman was freed on Friday."
    )
    assert names(text, "freed") == []


def test_actor_named_another_of_the_kind_is_not_the_one_named():
    text = "A fisherman surnamed Chen was detained on Monday. The other fisherman was freed on Friday."
    assert names(text, "freed") == []
