"""A forecast whose only time is the outlook it is set in ("over the coming days", "over the next
decade", "until 2030", "in five years time") is a planned row dated by that stretch, from the article's
day on (GUIDELINES 3: a forecast takes the outlook the speaker set, planned, inexact); a quantity's
level or rate foretold for that time is a forecast, no state and no habit. An undated forecast, a
mere possibility ("could"), a quoted prediction and a negated "until" stay out. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from tests.extract.parsed import STORY_OPENING, extracted

pytestmark = pytest.mark.slow

TUESDAY = "2006-11-28"


def rows(text: str) -> dict[str, tuple]:
    """predicate -> (factuality, earliest, latest) of every event, listed or not."""
    return {
        e.predicate.text: (e.factuality, e.date.earliest, e.date.latest)
        for e in extracted(STORY_OPENING + text, TUESDAY, all_events=True)
    }


@pytest.mark.parametrize(
    ("text", "verb", "span"),
    [
        # a level foretold over the days ahead (unnumbered days: ten)
        (
            "Wheat prices would stay high over the coming days as the drought goes on, dealers said.",
            "stay",
            (TUESDAY, "2006-12-08"),
        ),
        ("Copper supplies will remain low in the coming weeks, the exchange said.", "remain", (TUESDAY, "2007-01-09")),
        # a change foretold over the next decade: ten years from the article's day
        ("Rice imports will rise sharply over the next decade, the ministry said.", "rise", (TUESDAY, "2016-11-28")),
        # "until" a time ahead: from the article's day to the end of it, a rate being no habit
        (
            "Demand for coal will grow by 3 percent a year until 2025, the agency said.",
            "grow",
            (TUESDAY, "2025-12-31"),
        ),
        # "by" a time ahead at the clause's head: the stretch up to it, not the year alone
        (
            "By 2020, the number of mobile phone users will double, the regulator said.",
            "double",
            (TUESDAY, "2020-12-31"),
        ),
        # "in five years time": the time that far ahead, though "years" qualifies "time"
        (
            "In three years time, the country's wool exports will reach 2 million tonnes, the minister said.",
            "reach",
            ("2009-01-01", "2009-12-31"),
        ),
    ],
)
def test_a_forecast_set_in_an_outlook_is_planned_over_it(text, verb, span):
    fact, *when = rows(text)[verb]
    assert fact == "planned"
    assert tuple(when) == span


def test_a_forecast_with_no_time_stays_out():
    assert rows("Wheat prices will stay high, dealers said.")["stay"][0] != "planned"


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        # a possibility, not a forecast told as such
        ("The officials said the pact could double farm trade within four years.", "double"),
        # a speaker's prediction in a quotation
        ('"Our economy is likely to become the largest in the region over the next 20 years," he said.', "become"),
    ],
)
def test_a_possibility_or_a_quoted_prediction_in_an_outlook_stays_out(text, verb):
    assert rows(text)[verb][0] != "planned"


def test_an_until_that_tells_when_is_not_an_outlook():
    # "will not decide until Friday": the decision comes on Friday
    fact, first, last = rows("The court will not decide on the appeal until Friday.")["decide"]
    assert (first, last) == ("2006-12-01", "2006-12-01")


def test_a_plan_set_in_an_outlook_keeps_it_when_its_saying_has_a_day():
    # "said on Saturday ... in the coming days": the days ahead, not undated by the saying's day
    fact, first, last = rows("The mayor said on Monday he would announce his decision in the coming days.")["decision"]
    assert fact == "planned"
    assert (first, last) == (TUESDAY, "2006-12-08")
