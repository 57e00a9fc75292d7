"""A deed told by a gerund after "before", "after", "since" or "upon" that a time of its own dates,
on a clause told as done, is a row of its own (issue 16): "played for Leeds in 1990 before joining
Celtic in 1994" tells the move to Celtic, "was hurt after jumping from the roof on Tuesday" the
jump; not undated ("died before reaching hospital": it may never have come), not a
plan, not a statement or the end of a routine, nor a time that belongs to a noun of its phrase."""

from __future__ import annotations

import pytest

from tests.extract.parsed import extracted

pytestmark = pytest.mark.slow


def rows(text: str):
    return extracted(text, "2016-12-16")  # a Friday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kerr played for Leeds in 1990 before joining Celtic in 1994.", ["played", "joining"]),
        # undated: a deed that may never have come
        ("The driver died before reaching the hospital.", ["died"]),
        # a plan
        ("The envoy will meet the premier on Tuesday before leaving Beijing on Wednesday.", ["meet"]),
        # a statement, the end of a routine
        ("The index rose 20 points over the week before closing for a holiday on Saturday.", ["rose"]),
    ],
)
def test_dated_steps_after(text, expected):
    assert [e.predicate.text for e in rows(text)] == expected


def test_dated_step_after_has_its_own_time():
    joining = next(
        e for e in rows("Kerr played for Leeds in 1990 before joining Celtic in 1994.") if e.predicate.text == "joining"
    )
    assert (joining.date.earliest, joining.date.latest) == ("1994-01-01", "1994-12-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after "after" or "since": a step with a time of its own
        ("The goalkeeper broke his wrist after falling from a ladder on Tuesday.", ["broke", "falling"]),
        ("The cardinal has visited Hanoi twice since becoming archbishop last year.", ["visited", "becoming"]),
        # undated: the circumstance of its clause
        ("The goalkeeper broke his wrist after falling from a ladder.", ["broke"]),
        # after a comma, even dated: the same happening told again, or what it meant
        ("The judge was sworn in as chief justice, succeeding Mr Obi in the changes of June.", ["sworn in"]),
        # a clause opened by a conjunction, a plan, a statement
        ("The coach resigned in March, while leading the league in April.", ["resigned"]),
        ("The team will fly home after playing Chile on Sunday.", ["fly"]),
        ("The minister spoke for an hour, saying on Monday that taxes would rise.", ["spoke"]),
    ],
)
def test_dated_steps_after_other_words(text, expected):
    assert [e.predicate.text for e in rows(text)] == expected


def test_dated_step_after_after_has_its_own_day():
    falling = next(
        e
        for e in rows("The goalkeeper broke his wrist after falling from a ladder on Tuesday.")
        if e.predicate.text == "falling"
    )
    assert (falling.date.earliest, falling.date.latest) == ("2016-12-13", "2016-12-13")
