"""An event noun and the verb it is the subject of, when the verb tells what the noun's happening
did ("a two-week army offensive pushed the fighters back"), are one row: the noun's, told by the
verb's clause, with both mentions (GUIDELINES 2). What the people of a gathering decided, what
the happening brought about and how people took it stay rows of their own."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline import api

pytestmark = pytest.mark.slow


def rows(text: str) -> list[tuple[tuple[str, ...], str, str | None]]:
    """Each row of the article's chronology: its mentions' triggers, summary and first day."""
    timeline = api.extract([text], ref_date=dt.date(2006, 11, 3))
    return [(tuple(m.trigger for m in e.mentions), e.summary, e.date.earliest) for e in timeline.events]


def test_what_the_happening_did_is_its_own_row_told_in_full():
    got = rows(
        "The militia agreed to leave the valley on Thursday after a two-week army offensive pushed "
        "its fighters back across the river."
    )
    [(_, summary, _)] = [r for r in got if "offensive" in r[0]]
    assert ("offensive", "pushed") in [r[0] for r in got]
    assert summary.startswith("a two-week army offensive pushed")
    assert not [r for r in got if r[0] == ("pushed",)]


def test_the_happening_keeps_its_own_day():
    got = rows("A 48-hour general strike on Wednesday paralysed ports and railways across the country.")
    assert [(r[0], r[2]) for r in got] == [(("strike", "paralysed"), "2006-11-01")]


def test_a_decision_of_a_gathering_a_happening_it_brought_about_and_a_reaction_stay_apart():
    got = [r[0] for r in rows("Last month a cabinet meeting decided to raise fuel taxes.")]
    assert ("meeting",) in got and ("decided",) in got
    got = [r[0] for r in rows("Norway's surprise 2-1 victory over Brazil on Saturday stunned the local press.")]
    assert ("victory",) in got and ("stunned",) in got
    got = [r[0] for r in rows("A court's ruling on Monday sparked angry protests outside parliament.")]
    assert ("ruling", "sparked") not in got
    got = [r[0] for r in rows("A rocket attack on the base on Friday wounded four soldiers.")]
    assert ("attack", "wounded") not in got
