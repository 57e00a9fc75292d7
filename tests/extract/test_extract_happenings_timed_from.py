"""A happening that "after", "following" or "since" names, tied to this world by its own phrase
and told there for the first time, is a row of its own (issue 16: "has been vacant since the
death of President Anna Berg" tells the death). It lies before its clause by a span the sentence
does not give: undated, unless the clause's named day follows it right away ("rose on Monday
following the resignation"; not "two weeks after", nor "since": the start of a state), or the words
before the noun name its time ("since the 1974 invasion of the island", which dating reads as a
bound of the clause)."""

from __future__ import annotations

import pytest

from tests.extract.parsed import extracted

pytestmark = pytest.mark.slow


def rows(text: str) -> dict[str, tuple]:
    return {e.predicate.text: (e.date.earliest, e.date.latest) for e in extracted(text, "2016-12-16")}  # a Friday


def test_happening_named_since_is_an_undated_row():
    assert rows("The post has been vacant since the death of President Anna Berg.") == {"death": (None, None)}


def test_happening_named_following_takes_the_day_its_clause_names():
    assert rows("Tensions rose on Monday following the resignation of Finance Minister Karl Ode.") == {
        "rose": ("2016-12-12", "2016-12-12"),
        "resignation": ("2016-12-12", "2016-12-12"),
    }


def test_happening_takes_the_time_named_before_its_noun():
    assert rows("The town has been divided since the 1974 invasion of the island.") == {
        "invasion": ("1974-01-01", "1974-12-31")
    }
    assert rows("Prices have doubled since the June 12 merger of the two banks.")["merger"] == (
        "2016-06-12",
        "2016-06-12",
    )


def test_happening_weeks_before_its_clause_is_undated():
    found = rows("The talks resumed on Monday two weeks after the arrest of Karl Ode.")
    assert found["arrest"] == (None, None)
    assert found["talks"] == ("2016-12-12", "2016-12-12")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # told before by a word of its stem: the row of the first telling
        (
            "Karl Ode resigned on Friday. Tensions rose on Monday following the resignation of Karl Ode.",
            ["resigned", "rose"],
        ),
        # nothing ties it to this world: a reference
        ("Prices rose after the war.", ["rose"]),
    ],
)
def test_no_row_for_a_happening_told_before_or_a_bare_reference(text, expected):
    assert list(rows(text)) == expected
