"""A deed told by a gerund after "before", "after", "since", "upon" or after its clause and a comma
that a time of its own dates, on a clause told as done, is a row of its own (issue 16): "played for
Leeds in 1990 before joining Celtic in 1994" tells the move to Celtic, "last competed in Bangkok,
winning the title on October 2" the win; not undated ("died before reaching hospital": it may never have come), not a
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
        # after "after", "since" or a comma: a step with a time of its own
        ("The goalkeeper broke his wrist after falling from a ladder on Tuesday.", ["broke", "falling"]),
        ("The cardinal has visited Hanoi twice since becoming archbishop last year.", ["visited", "becoming"]),
        ("She last sailed in Auckland, winning the regatta on Sunday.", ["sailed", "winning"]),
        # undated: the circumstance of its clause
        ("The goalkeeper broke his wrist after falling from a ladder.", ["broke"]),
        ("She last sailed in Auckland, winning easily.", ["sailed"]),
        # a clause of its own opened by a conjunction, a plan, a statement
        ("The coach resigned in March, while leading the league in April.", ["resigned"]),
        ("The team will fly home after playing Chile on Sunday.", ["fly"]),
        ("The minister spoke for an hour, saying on Monday that taxes would rise.", ["spoke"]),
    ],
)
def test_dated_steps_after_other_words(text, expected):
    assert [e.predicate.text for e in rows(text)] == expected


def test_dated_step_after_a_comma_has_its_own_day():
    winning = next(
        e for e in rows("She last sailed in Auckland, winning the regatta on Sunday.") if e.predicate.text == "winning"
    )
    assert (winning.date.earliest, winning.date.latest) == ("2016-12-11", "2016-12-11")
