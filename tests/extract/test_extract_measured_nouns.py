"""An event noun whose verb only tells what the happening found or brought is the row ("The
inspection on Tuesday showed cracks": the inspection, dated Tuesday), its verb's clause the summary."""

from __future__ import annotations

import pytest

from tests.extract.parsed import extracted


def rows(text: str, ref: str = "2006-11-03"):
    return [(e.predicate.text, e.date.earliest, e.summary) for e in extracted(text, ref)]


@pytest.mark.slow
def test_measured_nouns_a_survey_that_suggested_is_the_survey_row():
    got = rows("A survey of farmers on Wednesday suggested that support for the tariff had collapsed.")
    preds = [p for p, _, _ in got]
    assert "survey" in preds
    assert "suggested" not in preds
    [(_, date, summary)] = [r for r in got if r[0] == "survey"]
    assert date == "2006-11-01"  # the verb's clause dates it
    assert summary.startswith("A survey of farmers on Wednesday suggested")


@pytest.mark.slow
def test_measured_nouns_the_tests_showed_is_the_tests_row():
    got = rows("The blood tests showed traces of the poison, the hospital said on Thursday.")
    preds = [p for p, _, _ in got]
    assert "tests" in preds
    assert "showed" not in preds


@pytest.mark.slow
def test_measured_nouns_people_who_found_keep_the_verb():
    got = rows("Divers found the wreck of the ferry on Thursday.")
    assert [(p, d) for p, d, _ in got] == [("found", "2006-11-02")]
