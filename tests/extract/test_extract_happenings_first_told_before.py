"""A happening named by an event noun after "after" or "following", told there for the first time
with a named side of its own, before a clause told as done, is a row of its own (issue 16): "the
envoy flew home after talks with Chinese leaders" tells the talks too; not "after the war" (a
reference), "after a long meeting" (no one named), nor a meeting before a clause ahead."""

from __future__ import annotations

import pytest

from tests.extract.parsed import extracted

pytestmark = pytest.mark.slow


def rows(text: str):
    return extracted(text, "2016-12-16")  # a Friday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The envoy flew home on Tuesday after talks with Chinese leaders.", ["flew", "talks"]),
        ("The coach resigned following a meeting with club chairman Tom Reid.", ["resigned", "meeting"]),
        # a reference, no one named, a possessive's happening told or known before
        ("After the war, the town grew quickly.", ["grew"]),
        ("Shares fell after a long meeting.", ["fell"]),
        ("The mayor resigned after his meeting with Tom Reid.", ["resigned"]),
        # before a clause ahead
        ("The envoy will fly home after talks with Chinese leaders.", ["fly"]),
    ],
)
def test_happenings_first_told_before(text, expected):
    assert [e.predicate.text for e in rows(text)] == expected


def test_happening_first_told_before_takes_its_clause_day():
    talks = next(
        e
        for e in rows("The envoy flew home on Tuesday after talks with Chinese leaders.")
        if e.predicate.text == "talks"
    )
    assert (talks.date.earliest, talks.date.latest) == ("2016-12-13", "2016-12-13")
