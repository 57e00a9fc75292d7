"""A storm is named with the word for it ("Typhoon Durian", "tropical storm Durian"), as a reader
and the gold write it: one actor, an event, whether the text names it with that word or by its
own name alone ("Durian was spotted"), whatever the tagger called the name (a place, a person)."""

from __future__ import annotations

import pytest

from tests.extract.parsed import parsed
from timeline.extract import extract

pytestmark = pytest.mark.slow


def typed(text: str, trigger: str) -> list[tuple[str, str]]:
    document, doc, timexes = parsed(text)
    ex = extract(doc, document, timexes, all_events=True)
    event = next(e for e in ex.events if any(m.trigger == trigger for m in e.mentions))
    return [(a.name, a.type) for a in event.actors if a.role != "source"]


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # the storm's name alone, after the text named it with its word: the same storm
        (
            "Typhoon Marrow is moving west towards the coast. Forecasters said Marrow was weakening on Friday.",
            "weakening",
            [("Typhoon Marrow", "EVENT")],
        ),
        (
            "Cyclone Tellan, which was hovering off the coast, weakened on Friday. Tellan brought rain overnight.",
            "brought",
            [("Cyclone Tellan", "EVENT")],
        ),
        # the word in lower case, the name untagged: the storm by the words the text gives it
        (
            "Tropical storm Quessa has entered the area and is threatening to reach the coast by Friday.",
            "entered",
            [("Tropical storm Quessa", "EVENT")],
        ),
    ],
)
def test_actor_storm_is_named_with_its_word(text, trigger, expected):
    assert typed(text, trigger)[: len(expected)] == expected


def test_actor_storm_with_its_word_and_alone_is_one_actor():
    text = "Typhoon Marrow is moving west. The station said Marrow was moving west at 15 kph on Friday."
    names = [name for name, _ in typed(text, "moving")]
    assert names.count("Typhoon Marrow") == 1 and "Marrow" not in names
