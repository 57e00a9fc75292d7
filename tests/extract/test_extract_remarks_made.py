"""One row per happening (issue 16 item 2): "X made the remarks at a press conference" tells again
the statement the article quoted, with where and when it was made: one row with X's statement.
A statement made on another day, or one told for the first time ("made a statement"), stays apart."""

from __future__ import annotations

import pytest

from tests.extract.parsed import extracted

pytestmark = pytest.mark.slow


def test_remarks_made_join_the_speakers_statement():
    text = (
        "Foreign Minister Paul Akers said on Monday that the situation on the border was very serious.\n"
        "Akers made the remarks on Monday at a press conference in the capital.\n"
    )
    rows = [e for e in extracted(text) if e.predicate.text in ("said", "made")]
    assert len(rows) == 1
    assert len(rows[0].mentions) == 2
    assert rows[0].date.earliest == "2016-12-19"


def test_the_statements_made_join_too():
    text = (
        "Defence chief Mara Lind said the policy of raids had proven extremely effective.\n"
        "Lind made the statements earlier in the day while briefing a committee of parliament.\n"
    )
    rows = [e for e in extracted(text) if e.predicate.text in ("said", "statements")]
    assert len(rows) == 1


def test_remarks_of_another_day_stay_apart():
    text = (
        "Fighting broke out in the north of the country on Monday.\n"
        "The mayor's lawyer said on Monday that the mayor had meant no offence.\n"
        "The mayor likened the reporter to a prison guard in February.\n"
        "The mayor apologised two months after he made the remarks.\n"
    )
    rows = {e.predicate.text: e for e in extracted(text)}
    assert "likened" in rows
    assert rows["likened"].date.earliest.startswith("2016-02")
