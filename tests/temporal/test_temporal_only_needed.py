"""`timeline dates` parses only the sentences its expressions need (recognize.only_where_needed)."""

from __future__ import annotations

import pytest

from timeline.analysis import RunOptions, annotated
from timeline.model import DocDate, Document
from timeline.temporal.recognize import only_where_needed

TEXT = (
    "Rescue teams worked through the night. Police arrested two men on Monday, officials said.\n\n"
    "The men had no papers. Nobody was hurt. The bridge collapsed on Aug. 14 last year, killing six.\n"
    "Residents were angry. They want answers."
)


def test_only_the_sentences_with_an_expression_and_the_one_before_are_kept():
    kept = only_where_needed(TEXT)
    assert len(kept) == len(TEXT) and kept.count("\n") == TEXT.count("\n")  # every offset stays
    assert "Police arrested two men on Monday, officials said." in kept
    assert "Rescue teams worked through the night." in kept  # "the night" is a candidate
    assert "Nobody was hurt. The bridge collapsed on Aug. 14 last year, killing six." in kept
    assert "The men had no papers." not in kept  # neither an expression nor before one
    assert "Residents" not in kept and "answers" not in kept
    assert only_where_needed("No time here.\nNone.") == " " * 13 + "\n" + " " * 5


@pytest.mark.slow
def test_dates_finds_the_same_expressions_as_a_parse_of_the_whole_text():
    document = Document(id="d", text=TEXT, date=DocDate("2016-12-20", "metadata", 1.0))

    def found(only_dates: bool) -> list[tuple]:
        [(_, doc, timexes)] = list(
            annotated([document], RunOptions(), lambda m: None, ("ner",), lazy_lemmas=True, only_dates=only_dates)
        )
        return [(t.start, t.end, t.text, t.type, t.value) for t in timexes]

    assert found(True) == found(False)
    assert (TEXT.index("Monday"), TEXT.index("Monday") + 6, "Monday", "DATE", "2016-12-19") in found(True)
    assert any(t[2] == "Aug. 14 last year" and t[4] == "2015-08-14" for t in found(True))
