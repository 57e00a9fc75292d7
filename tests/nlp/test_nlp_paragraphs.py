"""The line-break sentencizer: headlines, datelines and paragraphs start sentences."""

from __future__ import annotations

import pytest
import spacy

import timeline.nlp.paragraphs  # noqa: F401  (registers the factory)


@pytest.fixture(scope="module")
def blank():
    nlp = spacy.blank("en")
    nlp.add_pipe("timeline_linebreaks")
    return nlp


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        ("Apple unveils iPhone 4\nJune 8 , 2010\nYesterday Jobs spoke.", ["June", "Yesterday"]),
        ("First paragraph ends here.\n\nsecond one starts lower case.", ["second"]),
        ("A line wrapped in the\nmiddle of a sentence.", []),
        ("A list of things,\nThen more.", []),
    ],
)
def test_nlp_paragraphs_sentence_starts(blank, text, starts):
    doc = blank(text)
    assert [t.text for t in doc[1:] if t.is_sent_start] == starts
