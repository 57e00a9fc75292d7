"""A confidence calibrated on fresh text (issue 16 item 6): the order a reader expects. A row dated
by a weekday of its own and done by someone named is the likeliest to be right; an undated report
and a date read from words that name no calendar point ("this year", "currently") much less; what
the chronology leaves out (negated, generic) least."""

from __future__ import annotations

import pytest

from tests.extract.parsed import extracted
from timeline.extract.confidence import confidence, vague_date


def _rows(text: str) -> dict[str, object]:
    return {e.predicate.text: e for e in extracted(text, all_events=True)}


@pytest.mark.slow
def test_a_dated_row_with_a_named_doer_is_above_a_report_with_no_date_of_its_own():
    rows = _rows(
        "Mayor Lena Ortiz opened the new river bridge on Monday.\n"
        "According to the Harbor Authority, a crane fell into the river.\n"
    )
    opened, fell = rows["opened"], rows["fell"]
    assert opened.confidence >= 0.8
    assert fell.factuality == "reported" and fell.date.resolution not in ("absolute", "relative")
    assert fell.confidence < 0.5


@pytest.mark.slow
def test_a_vague_date_is_below_a_weekday():
    rows = extracted("The club sold its training ground earlier this year.\nCoach Tom Berg resigned on Thursday.\n")
    this_year = next(e for e in rows if e.date.text == "earlier this year")
    thursday = next(e for e in rows if e.date.text == "Thursday")
    assert this_year.confidence < 0.5 < thursday.confidence


@pytest.mark.slow
def test_negated_and_generic_rows_are_lowest():
    rows = _rows(
        "Farmers blocked the main highway on Friday.\n"
        "The police did not arrest anyone.\n"
        "Prices usually rise in the winter.\n"
    )
    blocked, arrest, rise = rows["blocked"], rows["arrest"], rows["rise"]
    assert (arrest.factuality, rise.factuality) == ("negated", "generic")
    assert max(arrest.confidence, rise.confidence) < 0.15 < blocked.confidence


@pytest.mark.slow
def test_confidence_is_the_same_on_every_run():
    text = "Union leader Mark Hale called a strike on Wednesday.\nThe strike currently affects three ports.\n"
    first = [(e.predicate.text, e.confidence) for e in extracted(text, all_events=True)]
    assert first == [(e.predicate.text, e.confidence) for e in extracted(text, all_events=True)]


def test_words_that_name_no_calendar_point():
    assert vague_date("this year", "year") and vague_date("currently", "day") and vague_date("Now", "day")
    assert vague_date("the past four months", "none") and vague_date(None, "day")
    assert not vague_date("Thursday", "day") and not vague_date("last year", "year")
    assert not vague_date("March 1997", "month")


def test_the_table_orders_rows_as_a_reader_would():
    dated = confidence("relative", "asserted", True, "Monday", "day")
    assert dated >= 0.8
    assert confidence("relative", "asserted", True, "now", "day") < dated
    assert confidence("unresolved", "reported", False) < confidence("relative", "reported", False, "Monday", "day")
    assert confidence("relative", "negated", True, "Monday", "day") < confidence("unresolved", "asserted", False)
    for fact in ("asserted", "reported", "planned"):
        for res in ("absolute", "relative", "reference", "inferred", "unresolved"):
            for agent in (False, True):
                assert 0.0 < confidence(res, fact, agent, "Monday", "day") < 1.0
