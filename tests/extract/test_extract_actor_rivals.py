"""A contest's two sides: "he" in "X, whom he defeated" is not X, and the winner of "A defeated B
to reach the final" is who reached it (the beaten side does not go on)."""

from __future__ import annotations

import pytest

from tests.extract.test_extract_actor_names import actors, names

pytestmark = pytest.mark.slow


def test_actor_rivals_he_in_a_relative_clause_is_not_the_one_it_is_said_of():
    text = (
        "Erik Lindqvist reached the final in Stockholm on Saturday. "
        "He will meet Daniel Okafor, whom he defeated in the semifinals last year."
    )
    assert sorted(actors(text, "defeated")) == [("Daniel Okafor", "patient"), ("Erik Lindqvist", "agent")]


def test_actor_rivals_the_winner_goes_on_to_the_final():
    assert names("Sweden defeated Norway 3-1 to reach the final on Sunday.", "reach") == ["Sweden"]


def test_actor_rivals_the_one_urged_still_does_what_the_infinitive_says():
    assert names("The party urged Anna Novak to resign on Monday.", "resign") == ["Anna Novak"]
