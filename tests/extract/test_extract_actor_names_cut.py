"""An organisation's name the tagger cut at its "and" is one name ("Kenya Institute for Medical
Research and Training"), not a body and a person or a second body."""

from __future__ import annotations

import pytest

from tests.extract.test_extract_actor_names import doers, names

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        (
            "Kenya Institute for Medical Research and Training announced the results on Monday.",
            "announced",
            ["Kenya Institute for Medical Research and Training"],
        ),
        (
            "Zambian Ministry of Agriculture and Cooperatives said on Monday it would buy maize.",
            "buy",
            ["Zambian Ministry of Agriculture and Cooperatives"],
        ),
    ],
)
def test_actor_names_cut_at_and_is_one_name(text, trigger, expected):
    assert names(text, trigger) == expected


def test_actor_names_cut_at_and_another_body_stays_apart():
    assert names("The Bank of Japan and Toyota signed the deal on Monday.", "signed") == ["Bank of Japan", "Toyota"]


def test_actor_names_cut_at_and_a_person_named_before_stays_apart():
    text = "John Smith sued the ministry in March. The Ministry of Defence and Smith reached a deal on Monday."
    assert names(text, "deal") == ["Ministry of Defence", "John Smith"]


def test_actor_names_cut_two_halves_of_one_name_joined_by_and_are_one_body():
    # the tagger cut "Korea Audio" from "Video Association": the parser reads one noun phrase
    text = "The Korea Audio and Video Association said on Monday it would collect fees from bars."
    assert doers(text, "collect") == ["Korea Audio and Video Association"]


def test_actor_names_cut_two_bodies_joined_by_and_stay_two():
    assert doers("Microsoft and Google Inc signed a deal on Friday.", "signed") == ["Microsoft", "Google Inc"]
    assert doers("Alder Bank and Birch Financial agreed to merge on Monday.", "merge") == [
        "Alder Bank",
        "Birch Financial",
    ]
