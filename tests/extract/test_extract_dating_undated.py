"""Narrative dating of happenings told with no date of their own (issue 16, item 3): which ones the
story dates, and which stay undated, for sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.parsed import extracted

pytestmark = pytest.mark.slow

TUESDAY = "2006-11-28"


# three opening sentences, so that what follows is read in the story's thread (not as its lead)
OPENING = (
    "Fighting broke out in the north of the country on Monday.\n"
    "Rebels said they had taken two towns.\n"
    "The army denied the claim.\n"
)


def seen(text: str, ref: str) -> dict[str, tuple]:
    """predicate text -> (earliest, latest, resolution) of the events of ``text``."""
    return {e.predicate.text: (e.date.earliest, e.date.latest, e.date.resolution) for e in extracted(text, ref)}


def test_a_report_made_with_no_date_is_made_by_the_article_day():
    got = seen(OPENING + "Vietnam reported the outbreak to the World Health Organization.", TUESDAY)
    assert got["reported"] == (TUESDAY, TUESDAY, "inferred")


def test_a_report_in_the_present_perfect_is_recent_news_of_the_month_before():
    got = seen(OPENING + "Vietnam has reported the outbreak to the World Health Organization.", TUESDAY)
    assert got["reported"] == ("2006-10-29", TUESDAY, "inferred")


def test_a_report_told_as_the_time_of_another_happening_is_not_the_article_day():
    text = OPENING + "The truce came a day after it was reported that the commander would resign."
    got = seen(text, TUESDAY)
    assert got.get("reported", (None, None, None))[:2] == (None, None)
