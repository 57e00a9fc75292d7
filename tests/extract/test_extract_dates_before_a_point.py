"""A happening told "more than N units ago" lies before the point N units back, how long before the
words leave open: the event's interval ends at that point and opens on the other side (EDTF
"../1996"), and a chronology says "before 1996", not 1996. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.parsed import STORY_OPENING, extracted
from timeline.render.view import date_label

pytestmark = pytest.mark.slow

REF = "2006-05-10"


def _dates(text: str) -> dict[str, object]:
    return {e.predicate.text: e.date for e in extracted(STORY_OPENING + text, REF)}


def test_more_than_years_ago_ends_at_that_year_and_opens_before_it():
    date = _dates("The bakery was opened more than 10 years ago by two brothers.")["opened"]
    assert (date.value, date.edtf, date.latest, date.precision) == ("1996", "../1996", "1996-12-31", "none")
    assert date.earliest is not None and date.earliest < "1000"
    assert date_label(date) == "before 1996 (year)"


def test_a_plain_distance_back_keeps_its_year():
    date = _dates("The bakery was opened 10 years ago by two brothers.")["opened"]
    assert (date.edtf, date.earliest, date.latest) == ("1996", "1996-01-01", "1996-12-31")


def test_a_bound_on_a_distance_ahead_opens_nothing():
    # "less than a year later" lies before the year after, but after the year it counts from: no open
    # start, which would list the deal before everything else
    date = _dates("The plant was closed in 2001. The deal was signed less than a year later.")["signed"]
    assert date.edtf == "2002" and date.earliest == "2002-01-01"
    assert date_label(date) != "before 2002 (year)"


def test_less_than_a_distance_ago_lies_between_that_point_and_the_article_day():
    # "less than two years ago" (TIMEX3 2004, mod AFTER) is after 2004-05-10 and before the article's
    # day, not within the calendar year 2004
    date = _dates("The clinic was moved less than two years ago to the harbour road.")["moved"]
    assert (date.value, date.edtf, date.earliest, date.latest) == (
        "2004",
        "2004-05-10/2006-05-10",
        "2004-05-10",
        "2006-05-10",
    )


def test_more_than_a_week_ago_ends_on_the_day_a_week_back():
    # the week back is the ISO week 2006-W18 (May 1-7); "more than a week ago" is before May 3, not
    # before the end of that week
    date = _dates("The ferry was withdrawn more than a week ago after a storm.")["withdrawn"]
    assert (date.value, date.edtf, date.latest) == ("2006-W18", "../2006-05-03", "2006-05-03")
    assert date.earliest is not None and date.earliest < "1000"
