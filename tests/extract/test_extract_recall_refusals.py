"""Happenings the chronology used to miss (issue 16 item 1): a refusal or a breakdown of talks told
by "refused to"/"failed to" (its complement did not happen, the refusal did), a toll told by a
participle on its counted people ("... and 14 others injured"), and a verb the parser hung on its
object as an adjective ("..., and tightened controls on pig farms")."""

from __future__ import annotations

import pytest

from tests.extract.parsed import extracted


def rows(text: str, ref: str = "2006-11-03") -> dict[str, tuple[str | None, str]]:
    """predicate text -> (earliest day, summary) of the rows of ``text``."""
    return {e.predicate.text: (e.date.earliest, e.summary) for e in extracted(text, ref)}


@pytest.mark.slow
def test_recall_a_refusal_is_a_row():
    got = rows("Two opposition parties have refused to join the new cabinet.")
    assert "refused" in got
    assert "join" not in got  # what they refused did not happen


@pytest.mark.slow
def test_recall_words_withheld_or_a_refusal_to_come_are_no_row():
    got = rows(
        "The minister refused to comment on the report. The union said the workers will refuse to work overtime."
    )
    assert "refused" not in got
    assert "refuse" not in got


@pytest.mark.slow
def test_recall_talks_that_failed_to_agree_are_a_row():
    got = rows("The foreign ministers failed to agree on a joint statement on Monday.")
    assert got.get("failed", (None, ""))[0] == "2006-10-30"
    got = rows("The ministers failed to reach a deal on fishing quotas on Monday.")
    assert "failed" in got


@pytest.mark.slow
def test_recall_other_failures_are_judgments_not_rows():
    got = rows("The team failed to score in the second half. The new rules failed to curb the spending.")
    assert "failed" not in got


@pytest.mark.slow
def test_recall_a_toll_told_by_a_participle_is_a_row_of_its_clause_day():
    got = rows("Nine miners were killed and 14 others injured in the gas explosion that ripped through the pit.")
    assert "injured" in got
    assert got["injured"][0] == got["killed"][0]


@pytest.mark.slow
def test_recall_the_people_a_toll_told_before_are_no_new_row():
    got = rows("The 14 people injured in the crash were taken to hospital on Monday.")
    assert "injured" not in got


@pytest.mark.slow
def test_recall_a_verb_read_as_the_adjective_of_its_object_is_a_row_with_its_object():
    got = rows("Inspectors found three outbreaks of swine fever on Monday, and tightened controls on pig farms.")
    assert "tightened" in got
    assert "controls on pig farms" in got["tightened"][1]


@pytest.mark.slow
def test_recall_a_participle_before_its_noun_stays_an_adjective():
    got = rows("Police recovered the stolen car on Friday and returned it to its owner.")
    assert "stolen" not in got
