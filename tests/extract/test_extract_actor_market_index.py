"""A market's index told by its kind in lower case ("the composite index", "the finance
sub-index"), the subject of a move by points, is the yardstick that moved: an actor named by
those words (timeline.extract.roles.market_index); not a price index moving by percent, nor "the
benchmark index" that names no one index."""

from __future__ import annotations

import pytest

from tests.extract.test_extract_actor_names import names

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        (
            "Share prices edged up in Valdero on Monday. The composite index gained 3.12 points to close at 811.40.",
            "gained",
            ["composite index"],
        ),
        ("The transport sub-index fell 41.05 points or 0.52 percent to 7,905.33.", "fell", ["transport sub-index"]),
        (
            "The energy and mining sub-index went down 12.8 points or 0.2 percent to 6,220.1.",
            "went",
            ["energy and mining sub-index"],
        ),
    ],
)
def test_actor_market_index_told_by_its_kind_is_the_index(text, trigger, expected):
    assert names(text, trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The consumer price index rose 1.8 percent in March.", "rose"),
        ("The benchmark index slipped 9.6 points to 2,014.7.", "slipped"),
    ],
)
def test_actor_market_index_a_price_index_or_any_index_is_no_one(text, trigger):
    assert names(text, trigger) == []
