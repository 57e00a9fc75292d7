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


# The time the clause a happening is told in names of its own (the TBAQ audit's date kinds 1 and 8)


@pytest.mark.parametrize(
    ("text", "verb", "span"),
    [
        (
            "The bank tightened its rules after the 2004 flood, when depositors withdrew their savings.",
            "withdrew",
            "2004",
        ),
        ("Delegates walked out of last year's congress, when the party split in two.", "split", "2005"),
        ("Since the 1999 earthquake, when 900 houses collapsed, builders must follow new codes.", "collapsed", "1999"),
    ],
)
def test_a_when_clause_set_after_a_dated_happening_takes_its_time(text, verb, span):
    assert seen(text)[verb] == (f"{span}-01-01", f"{span}-12-31")


def test_a_when_clause_told_in_passing_leaves_the_story_day():
    got = seen(
        "The march was the largest of many held since early October, when Mayor Tom Wells promised new "
        "housing.\nThe marchers sang and cheered outside the town hall."
    )
    assert got["promised"] == ("2006-10-01", "2006-10-10")
    assert got["sang"] == ("2006-11-27", "2006-11-27")


def test_a_when_clause_under_what_one_was_trying_to_do_takes_its_time():
    got = seen(
        "Tom Ward was one of nine men who were trying to sail from Oran to Almeria three weeks ago "
        "when their boat sank."
    )
    assert got["sank"] == ("2006-11-06", "2006-11-12")


def test_a_decision_at_last_years_summit_is_of_last_year():
    assert seen("The alliance decided at last year's summit to admit three members.")["decided"] == (
        "2005-01-01",
        "2005-12-31",
    )


def test_an_ago_after_a_participle_is_not_a_present_perfects():
    got = seen(
        "General Ivo Marsh said Monday he has sent a team to recover the remains of a Dutch aid worker "
        "kidnapped and presumed killed by Sahel Front rebels almost two years ago."
    )
    assert got["sent"] == ("2006-11-27", "2006-11-27")


def test_last_year_after_a_happening_is_not_a_present_perfects():
    got = seen("A fourth suspect has been detained over the bombing of a Lima hotel last year, police said on Monday.")
    assert got["detained"] == ("2006-11-27", "2006-11-27")
