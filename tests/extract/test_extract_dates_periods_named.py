"""Periods a text names for what happened in them (issue 16, item 3): the months from January a
report counts ("the first nine months of the year", "the January-September period"), and a period
named by its calendar name for a clause in the simple past, which is the whole of it. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.parsed import extracted, spans_seen

pytestmark = pytest.mark.slow

THURSDAY = "2006-11-30"


@pytest.mark.parametrize(
    ("text", "verb", "earliest", "latest"),
    [
        ("Tea exports rose 12 percent in the first eight months of this year.", "rose", "2006-01-01", "2006-08-31"),
        (
            "In the first 10 months of the year, the port handled 3 million containers.",
            "handled",
            "2006-01-01",
            "2006-10-31",
        ),
        ("Car sales fell sharply in the first nine months of 2004.", "fell", "2004-01-01", "2004-09-30"),
        ("Coal output grew 8 percent in the first three quarters of this year.", "grew", "2006-01-01", "2006-09-30"),
        ("Tourist arrivals rose in the first seven months this year.", "rose", "2006-01-01", "2006-07-31"),
        ("Cement sales dropped in Jan.-Aug. this year.", "dropped", "2006-01-01", "2006-08-31"),
        (
            "Rice imports climbed to 2 million tons in the January-September period.",
            "climbed",
            "2006-01-01",
            "2006-09-30",
        ),
    ],
)
def test_the_months_a_report_counts_from_january_are_its_period(text, verb, earliest, latest):
    # not the whole year, nor the year up to the article's day, nor the last month alone
    assert spans_seen(text, THURSDAY)[verb] == (earliest, latest)


def test_a_named_period_told_in_the_simple_past_is_the_whole_period():
    # "between 2003 and 2006" in an article of November 2006: the four years, not up to the article
    got = spans_seen("The city invested 2 billion yuan in schools between 2003 and 2006.", THURSDAY)
    assert got["invested"] == ("2003-01-01", "2006-12-31")


def test_a_named_year_told_in_the_present_perfect_runs_up_to_the_article_day():
    got = spans_seen("About 40 percent of the hospitals have been renovated in 2006.", THURSDAY)
    assert got["renovated"] == ("2006-01-01", THURSDAY)


def test_the_first_months_with_no_year_are_of_the_article_year_once_over():
    got = spans_seen("Wheat output climbed 6 percent in the first ten months, the ministry said.", THURSDAY)
    assert got["climbed"] == ("2006-01-01", "2006-10-31")


def test_someones_first_months_are_no_months_of_the_year():
    got = spans_seen("In his first six months in office, the governor fired 20 officials.", THURSDAY)
    assert got["fired"] != ("2006-01-01", "2006-06-30")


@pytest.mark.parametrize(
    ("text", "verb", "earliest", "latest"),
    [
        (
            "Car sales in the first eight months of 2006 rose to 41,000, while imports fell 3 percent "
            "in the same period.",
            "fell",
            "2006-01-01",
            "2006-08-31",
        ),
        (
            "Wheat output rose 4 percent in October from 2.1 million tons in September, and rice output "
            "climbed by a fifth during the same period.",
            "climbed",
            "2006-10-01",
            "2006-10-31",
        ),
        (
            "Exports grew 6 percent a year from 1998 to 2004, while jobs in the sector grew by 2 percent "
            "a year during the same period.",
            "grew",
            "1998-01-01",
            "2004-12-31",
        ),
    ],
)
def test_a_bare_same_period_is_the_period_named_before_it(text, verb, earliest, latest):
    # not the year up to the article's day; the period compared with ("from ... in September") is
    # no antecedent
    seen = {
        e.predicate.text: (e.date.earliest, e.date.latest, e.date.text)
        for e in extracted(text, THURSDAY, all_events=True)
    }
    same = [v for v in seen.values() if v[2] and "same period" in v[2]]
    assert same and same[0][:2] == (earliest, latest), seen


def test_the_same_period_of_a_year_is_left_to_its_year():
    text = "Car sales in the first eight months of 2006 rose 4 percent from the same period of 2005."
    assert spans_seen(text, THURSDAY)["rose"] == ("2006-01-01", "2006-08-31")
