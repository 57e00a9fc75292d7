"""A market's index told by its kind in lower case ("the composite index", "the finance
sub-index"), the subject of a move by points, is the yardstick that moved: an actor named by
those words (timeline.extract.roles.market_index); not a price index moving by percent, nor "the
benchmark index" that names no one index."""

from __future__ import annotations

import pytest

from tests.extract.parsed import parsed
from tests.extract.test_extract_actor_names import names
from timeline.extract import extract

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


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # the tagger stops before "Index" (or at a hyphen inside the name): one index, no second actor
        (
            "The Composite Stock Index on the Marlow Stock Exchange closed at 1,204.55 points on Friday.",
            "closed",
            ["Composite Stock Index", "Marlow Stock Exchange"],
        ),
        (
            "Introduced in 2003, Hang Seng Mainland Composite Index gauges the performance of 90 companies.",
            "gauges",
            ["Hang Seng Mainland Composite Index"],
        ),
        (
            "The Second Board Index increased by 1.40 points to 88.10 on Monday.",
            "increased",
            ["Second Board Index"],
        ),
        # a place's name first is the market's, not a place glued on a person's name
        (
            "Stocks closed up with the key Colombo All Share Price Index rising 8.15 points to 2,411.20.",
            "rising",
            ["Colombo All Share Price Index"],
        ),
    ],
)
def test_actor_market_index_cut_before_its_word_index_is_one_name(text, trigger, expected):
    assert names(text, trigger) == expected


def test_actor_market_index_an_untagged_index_is_a_body():
    text = "The Varnholt Index rose 12.4 points to 2,301.7 on Monday."
    assert actors_typed(text, "rose") == [("Varnholt Index", "ORG")]


def actors_typed(text: str, trigger: str) -> list[tuple[str, str]]:
    document, doc, timexes = parsed(text)
    ex = extract(doc, document, timexes, all_events=True)
    event = next(e for e in ex.events if any(m.trigger == trigger for m in e.mentions))
    return [(a.name, a.type) for a in event.actors]


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a number inside the name: the whole name, not "Index" alone
        ("The Varnholt 250 Index rose 3.4 points to 1,204.1 on Monday.", "rose", ["Varnholt 250 Index"]),
        # "The Index", capitalised, after the index was named: that index
        (
            "Share prices closed higher on Tuesday, with the benchmark Hang Seng Index going up 7.5 points. "
            "The Index opened 160.2 points higher to 19,102.9.",
            "opened",
            ["Hang Seng Index"],
        ),
        # the index by its name without the word: the same index
        (
            "The Varnholt Index fell 20.5 points to 6,100.5 on Monday. The Varnholt had risen 30.1 points on Friday.",
            "risen",
            ["Varnholt Index"],
        ),
    ],
)
def test_actor_market_index_by_its_whole_name(text, trigger, expected):
    assert names(text, trigger) == expected
