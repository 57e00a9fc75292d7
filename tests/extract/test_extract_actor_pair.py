"""'The pair', 'the duo': the two people the text told together last, as 'the two' is."""

from __future__ import annotations

import pytest

from tests.extract.test_extract_actor_names import names

pytestmark = pytest.mark.slow

LOPEZ_BERG = ["Anna Berg", "Maria Lopez"]


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        (
            "Maria Lopez and Anna Berg reached the final on Friday. The pair beat the top seeds in straight sets.",
            "beat",
            LOPEZ_BERG,
        ),
        (
            "Police said Maria Lopez and Anna Berg were arrested on Friday. The pair were freed on bail on Saturday.",
            "freed",
            LOPEZ_BERG,
        ),
        (
            "Peter Holm and Jan Ek met in Oslo on Monday. The duo agreed to split the prize.",
            "agreed",
            ["Jan Ek", "Peter Holm"],
        ),
    ],
)
def test_actor_pair_is_the_two_people_told_together(text, trigger, expected):
    assert sorted(names(text, trigger)) == expected


def test_actor_pair_of_things_is_no_one():
    text = "Maria Lopez and Anna Berg reached the final on Friday. A pair of shoes was stolen from the hotel."
    assert names(text, "stolen") == []
