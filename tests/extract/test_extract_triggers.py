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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a move told with "be" and an amount: a unit counted, or index points as a number alone
        ("The main index was up 1.5 percent at 2,310.4.", [("up", "up")]),
        ("The composite index was down 7.25 at 1,904.6 in early trading.", [("down", "down")]),
        ("The blue-chip index was 3.1 higher, or 0.4 percent, at 812.7.", [("higher", "higher")]),
        # a comparison is no move
        ("Exports were 20 percent lower than a year ago.", []),
    ],
)
def test_triggers_a_market_move_told_with_be_and_an_amount(text, expected):
    assert [t for t in triggers(text) if t[1] in ("up", "down", "higher", "lower")] == expected


@pytest.mark.parametrize(
    "text",
    [
        # how someone rated a thing or how it turned out: a judgment, no happening (GUIDELINES 1)
        '"In the second half I found it very hard to keep up," the young winger said.',
        "The visiting batsmen found the going tough against the home spinners.",
        "The trip proved a costly lesson for the young side.",
        "The new timetable proved popular with commuters.",
    ],
)
def test_triggers_finding_it_hard_or_proving_costly_is_a_judgment(text):
    assert not [t for t in triggers(text) if t[1] in ("find", "prove")]


@pytest.mark.parametrize(
    "text",
    [
        # a finding that is news stays a happening
        "The jury found the two brothers guilty of fraud.",
        "The tribunal found the airline liable for the delays.",
        "Divers found the wreck of the ferry on Sunday.",
        "His head wounds proved fatal.",
    ],
)
def test_triggers_a_verdict_a_discovery_or_a_death_is_still_found_or_proved(text):
    assert [t for t in triggers(text) if t[1] in ("find", "prove")]


def test_staging_verb_is_found_once_per_noun_and_kept_as_an_index():
    from timeline.extract.triggers import staging_verb
    from timeline.nlp.doctables import tables

    _, doc, _ = parsed("The two sides held talks in Geneva, and a rally was staged on Sunday.")
    talks, rally = next(t for t in doc if t.text == "talks"), next(t for t in doc if t.text == "rally")
    assert staging_verb(talks).text == "held"
    assert staging_verb(rally).text == "staged"
    kept = tables(doc).memo["staging_verb"]
    assert kept == {talks.i: talks.i - 1, rally.i: rally.i + 2}  # indices, no Token (it would keep the Doc)
    assert staging_verb(talks).text == "held"  # asked again: read from what is kept
    sides = next(t for t in doc if t.text == "sides")
    assert staging_verb(sides) is None and staging_verb(sides) is None
    assert kept[sides.i] is None


@pytest.mark.parametrize(
    "lemma",
    ["destruction", "withdrawal", "agreement", "tion", "mission", "departure", "vote", "talks", "ation\n", "al"],
)
def test_deverbal_ending_checked_first_agrees_with_the_pattern(lemma):
    from timeline.extract.triggers import _DEVERBAL, _deverbal

    assert _deverbal(lemma) == (_DEVERBAL.search(lemma) is not None)


def test_sentence_triggers_are_the_words_is_trigger_takes():
    # sentence_triggers reads each word's part of speech from the Doc's tables and hands it on
    # (no second Token.pos_): the same words as is_trigger asked of every word
    from timeline.extract.triggers import is_trigger

    _, doc, _ = parsed(
        "The mayor's office said on Tuesday that the flooding had forced 300 families from their homes. "
        "Shares were up 2 percent after the merger talks, and the Harvest Festival opened in the rain."
    )
    for sent in doc.sents:
        assert sentence_triggers(sent) == [t for t in sent if is_trigger(t)]
