"""An event noun whose verb only tells what the happening found or brought is the row ("The
inspection on Tuesday showed cracks": the inspection, dated Tuesday), its verb's clause the summary;
likewise a win told through the way to it ("danced her way to victory")."""

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


@pytest.mark.slow
def test_measured_nouns_the_way_to_a_victory_is_the_victory_row():
    got = rows("The singer danced her way to victory in the talent show on Saturday.", "2006-11-06")
    assert [(p, d) for p, d, _ in got] == [("victory", "2006-11-04")]  # the verb's clause dates it
    assert got[0][2].startswith("The singer danced her way to victory")


@pytest.mark.slow
def test_measured_nouns_led_to_a_win_is_the_win_but_drove_to_a_place_keeps_the_verb():
    assert [p for p, _, _ in rows("The coach led the team to a 3-0 win on Friday.")] == ["win"]
    assert [p for p, _, _ in rows("The army drove the rebels to the border on Friday.")] == ["drove"]


@pytest.mark.slow
def test_measured_nouns_an_announced_merger_is_the_merger_row_with_the_announcers():
    [event] = extracted(
        "Northway Bank and Eastfield Trust announced a 3 billion-dollar merger on Monday.", "2006-11-08"
    )
    assert event.predicate.text == "merger"
    assert event.date.earliest == "2006-11-06"
    assert [a.name for a in event.actors] == ["Northway Bank", "Eastfield Trust"]


@pytest.mark.slow
def test_measured_nouns_a_quake_is_an_event_noun():
    got = rows("Engineers studied damage from the November 1999 quake in the valley.", "2006-11-08")
    assert ("quake", "1999-11-01") in [(p, d) for p, d, _ in got]
