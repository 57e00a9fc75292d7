"""Infer an article's date from its text when no metadata or dateline gives one."""

from __future__ import annotations

from datetime import date, timedelta

from spacy.tokens import Doc

from timeline.model import DocDate
from timeline.temporal.lexicon import WEEKDAYS
from timeline.temporal.normalize import SPAN_KEY
from timeline.temporal.rules import normalize_expression
from timeline.temporal.tense import direction

TEXT_CONFIDENCE = 0.6


def infer_reference_date(doc: Doc) -> DocDate | None:
    """The article date implied by the text, or None when it has no explicit full date.

    The article is dated on or after its latest explicit full date, and not before any weekday
    it mentions in the past tense that falls in the week starting on that date.
    """
    spans = list(doc.spans[SPAN_KEY]) if SPAN_KEY in doc.spans else []
    latest: date | None = None
    for span in spans:
        if span.label_ != "DATE":
            continue
        _, value, uses_ref = normalize_expression(span.text, "DATE", None, "none")
        if uses_ref or len(value) != 10 or "X" in value:
            continue
        d = date.fromisoformat(value)
        latest = d if latest is None or d > latest else latest
    if latest is None:
        return None
    ref = latest
    for span in spans:
        words = [t.lower_ for t in span if t.lower_ in WEEKDAYS]
        if len(words) != 1 or len(span) > 3 or direction(span) != "past":
            continue
        if any(t.like_num for t in span):
            continue
        ahead = (WEEKDAYS[words[0]] - latest.isoweekday()) % 7
        if latest < date.max - timedelta(days=ahead):
            ref = max(ref, latest + timedelta(days=ahead))
    return DocDate(value=ref.isoformat(), origin="text", confidence=TEXT_CONFIDENCE)
