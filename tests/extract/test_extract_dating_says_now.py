"""A statement told in the simple present by a third person ("Mr. Lindqvist says ...", "..., the
review says") is made by the time of writing, as a wire story's "said" is: it takes the article's
day. A country's standing position ("Norway insists ...", "Chile says its ports will stay shut"),
a habit ("he always says") and the speaker's own "I say" keep no day (session 47, TBAQ audit:
features and broadcast transcripts tell their statements in the present). Sentences written for
these tests, parsed by the real model."""

from __future__ import annotations

import pytest

from tests.extract.parsed import extracted

pytestmark = pytest.mark.slow

REF = "1997-03-14"


def dates(text: str) -> dict[str, tuple]:
    return {e.predicate.text: (e.date.earliest, e.date.latest) for e in extracted(text, REF)}


def test_a_person_who_says_something_in_a_feature_says_it_by_the_articles_day():
    got = dates("Mr. Lindqvist says the new ferry line doubles the number of tourists on the island.")
    assert got["says"] == (REF, REF)


def test_a_quotation_closed_by_says_is_dated_like_one_closed_by_said():
    got = dates('"The market here is simply too small for us," Ms. Okafor says.')
    assert got["says"] == (REF, REF)


def test_a_review_that_warns_in_the_present_is_dated_by_the_article():
    got = dates("The bank's quarterly review warns that farm incomes face a third poor harvest.")
    assert got["warns"] == (REF, REF)


def test_a_countrys_standing_position_keeps_no_day():
    got = dates("Norway insists its whaling quota is sustainable.")
    assert got.get("insists", (None, None)) == (None, None)
    got = dates("Chile says its ports will stay closed to the fleet.")
    assert got.get("says", (None, None)) == (None, None)


def test_a_habit_of_saying_keeps_no_day():
    got = dates("The coach always says the team plays better away from home.")
    assert got.get("says", (None, None)) == (None, None)
