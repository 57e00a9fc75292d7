"""extract/triggers.py: which words of a sentence name a happening, and their extent."""

from __future__ import annotations

import pytest

from tests.extract.parsed import parsed
from timeline.extract.triggers import sentence_triggers, trigger_extent

pytestmark = pytest.mark.slow


def triggers(text: str) -> list[tuple[str, str]]:
    _, doc, _ = parsed(text)
    return [trigger_extent(t)[2:] for s in doc.sents for t in sentence_triggers(s)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police arrested three men.", [("arrested", "arrest")]),
        ("Putin met Erdogan on Friday.", [("met", "meet")]),
        (
            "The evacuation of Aleppo began on Thursday, the Red Cross said.",
            [("evacuation", "evacuation"), ("began", "begin"), ("said", "say")],
        ),
        (
            "Russia, Iran and Turkey agreed on Tuesday to hold talks in Astana.",
            [("agreed", "agree"), ("talks", "talk")],  # "hold" is the support verb of the talks
        ),
    ],
)
def test_triggers_verbs_and_event_nouns_in_text_order(text, expected):
    assert triggers(text) == expected


def test_triggers_extent_is_the_characters_of_the_word():
    text = "Police arrested three men."
    _, doc, _ = parsed(text)
    [trigger] = sentence_triggers(next(doc.sents))
    start, end, written, lemma = trigger_extent(trigger)
    assert text[start:end] == written == "arrested" and lemma == "arrest"


def test_triggers_nouns_of_uprisings_pullouts_crackdowns_searches_and_overdoses_name_happenings():
    got = {
        text
        for text, _ in triggers(
            "A peasant rebellion swept the valley in 1912. "
            "The pullout of the last troops ended the occupation. "
            "The police crackdown on street vendors began in May. "
            "The search of his flat took four hours. "
            "An inspection of the dam found cracks. "
            "The singer died of an overdose of sleeping pills."
        )
    }
    assert {"rebellion", "pullout", "crackdown", "search", "inspection", "overdose"} <= got
