"""Dates of what the text tells as before the article's day (issue 16; the TBAQ audit's date
kinds 1 and 7): a statement told "recently" was made some time in the month up to the article's
day, one told "previously" at a time the text does not give; neither is the article's day as a
bare "said" is. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.parsed import STORY_OPENING, spans_seen

pytestmark = pytest.mark.slow

TUESDAY = "2006-11-28"
MONTH_BEFORE = "2006-10-29"


def seen(text: str) -> dict[str, tuple]:
    return spans_seen(STORY_OPENING + text, TUESDAY)


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Mayor Tom Wells recently announced a ban on night fishing.", "announced"),
        ("Coach Ari Lund warned recently that the club would sell two strikers.", "warned"),
    ],
)
def test_a_statement_told_recently_is_the_month_before_the_article(text, verb):
    assert seen(text)[verb] == (MONTH_BEFORE, TUESDAY)


def test_a_statement_told_previously_has_no_day():
    assert seen("Mayor Tom Wells previously said the plan was too costly.")["said"] == (None, None)


def test_a_lead_told_recently_is_the_month_before_the_article():
    got = spans_seen("Prices fall\nThe Dutch brewer Hollandia recently cut its prices by a tenth.", TUESDAY)
    assert got["cut"] == (MONTH_BEFORE, TUESDAY)


def test_a_bare_statement_keeps_the_article_day():
    assert seen("Mayor Tom Wells said the plan was too costly.")["said"] == (TUESDAY, TUESDAY)
