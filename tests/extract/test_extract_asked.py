"""The question put to a speaker ("When asked about the mine, the director said ...") is the
circumstance of the answer, no row of its own (issue 16, item 1: bare reporting verbs), also when
the tagger reads the participle "asked" as a finite past after a sentence before it, or with no
"when" ("Asked how they would vote, 41 percent said ...")."""

from __future__ import annotations

import pytest

from tests.extract.parsed import extracted

pytestmark = pytest.mark.slow


def triggers(text: str) -> set[str]:
    return {e.predicate.text.lower() for e in extracted(text, all_events=True)}


@pytest.mark.parametrize(
    "text",
    [
        "The study covers the delta.\n\nWhen asked about the future of the mine, the director said it would stay open.",
        "The study covers the delta.\n\nWhen asked about the importance of the Mekong River, Nguyen said that "
        '"the river is the main source of fish for the region."',
        "When asked about the cost of the bridge, the engineer said it was the most expensive in the country.",
        # no conjunction: the participle opens the sentence
        "Asked how they would vote if the referendum took place next month, 52 percent of those polled said yes.",
        "Asked what the city would do if the river rose again, the mayor said new walls would be built.",
    ],
)
def test_the_question_put_to_a_speaker_is_no_row(text):
    assert "asked" not in triggers(text)


def test_a_question_asked_by_someone_stays():
    # a subject of its own: the asking is a happening ("when the mayor asked ...")
    assert "asked" in triggers("When the mayor asked him about the fire on Monday, the guard said the gate was locked.")
