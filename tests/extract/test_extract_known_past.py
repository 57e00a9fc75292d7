"""A happening that its own year, month or week places before the article took place, whatever the
clause that mentions it says ("failed to win a seat in the 1999 election", "has not beaten a big
side since a win over Chile in 2001"): a row, asserted (GUIDELINES 1: the happening is told as
fact); a past day of the week or the month is most often the story's own happening again and stays
as the clause tells it."""

from __future__ import annotations

import pytest

from tests.extract.parsed import extracted

pytestmark = pytest.mark.slow


def facts(text: str, ref: str = "2006-11-03", **kw) -> dict[str, tuple]:
    return {e.predicate.text: (e.factuality, e.date.earliest) for e in extracted(text, ref, **kw)}


@pytest.mark.parametrize(
    ("text", "noun", "year"),
    [
        ("His party failed to win a single seat in Norland's March 1999 general election.", "election", "1999-03-01"),
        ("The coach has not beaten a big side since a 2-1 win over Chile in 2001.", "win", "2001-01-01"),
        (
            "Critics fear the ministry wants to regain the power it lost in the 1993 currency crash.",
            "crash",
            "1993-01-01",
        ),
    ],
)
def test_a_happening_its_own_past_year_or_month_places_is_told_done(text, noun, year):
    assert facts(text)[noun] == ("asserted", year)


def test_a_happening_of_a_past_day_keeps_the_clause_s_factuality():
    # "Wednesday's talks": the story's own talks, told as the clause tells them (not shown here)
    got = facts("The spokesman said the issue was not a focus of Wednesday's talks.", all_events=True)
    assert got["talks"][0] == "negated"


def test_a_past_happening_denied_in_its_own_words_stays_negated():
    # the noun itself is denied ("no talks") or is the subject of what did not happen
    assert "talks" not in facts("There were no talks in 2004 between the two sides.")
    assert "talks" not in facts("The 2004 talks did not take place.")
