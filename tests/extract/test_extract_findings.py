"""What someone found out or perceived ("observed that", "found that") is one row, the content,
with the finder as its source; the perceiving is no row of its own."""

from __future__ import annotations

import pytest

from tests.extract.parsed import parsed
from timeline.extract import extract

pytestmark = pytest.mark.slow


def rows(text: str) -> list[tuple[str, str, list[str]]]:
    document, doc, timexes = parsed(text)
    ex = extract(doc, document, timexes)
    return [(e.predicate.lemma, e.factuality, [a.name for a in e.actors if a.role == "source"]) for e in ex.events]


def test_an_observation_is_the_row_of_what_was_observed():
    text = "The inspectors observed that the clinic had vaccinated 4,000 children in May."
    assert [lemma for lemma, _, _ in rows(text)] == ["vaccinate"]


def test_the_finder_is_the_source_of_what_was_found():
    text = "The Norwegian Refugee Council found that 300 families had fled the valley in April."
    assert ("flee", "reported", ["Norwegian Refugee Council"]) in rows(text)


def test_finding_oneself_in_a_state_is_no_finding():
    # "finds itself sharing": the clause before the colon is no content of "finds"
    text = "The storm changed the race on Sunday: Mendes now finds himself sharing the lead with Ortiz."
    assert all(source == [] for _, _, source in rows(text))
