"""An organisation's name the tagger cut at its "and" is one name ("Kenya Institute for Medical
Research and Training"), not a body and a person or a second body."""

from __future__ import annotations

import pytest

from tests.extract.test_extract_actor_names import names

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
    assert names(text, "reached") == ["Ministry of Defence", "John Smith"]
