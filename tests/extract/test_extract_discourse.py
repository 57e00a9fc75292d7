"""A passive with no "by" phrase takes the doer of the article's earlier telling of the same act
(timeline.extract.discourse): the same verb done to the same kind of thing, a few sentences before,
in a row of its own ("seized 40 crates" ... "55 more crates had been seized"); not another thing
acted on, nor "people", which any toll of any happening counts."""

from __future__ import annotations

import pytest

from tests.extract.parsed import parsed
from timeline.extract.events import extract

pytestmark = pytest.mark.slow


def _doers(text: str, trigger: str) -> list[list[str]]:
    """The agents of each row a mention of ``trigger`` tells, in text order."""
    document, doc, timexes = parsed(text)
    ex = extract(doc, document, timexes)
    return [
        [a.name for a in e.actors if a.role == "agent"]
        for e in ex.events
        if any(m.trigger == trigger for m in e.mentions)
    ]


def test_discourse_passive_takes_the_doer_of_the_same_act_told_before():
    text = (
        "The Harbor Authority seized 40 crates of fireworks at the port of Valdero on Monday. "
        "Officials said on Tuesday that 55 more crates had been seized at the northern dock."
    )
    assert _doers(text, "seized") == [["Harbor Authority"], ["Harbor Authority"]]


def test_discourse_passive_of_another_thing_acted_on_keeps_no_doer():
    text = (
        "The Harbor Authority seized 40 crates of fireworks at the port of Valdero on Monday. "
        "Officials said on Tuesday that 55 rifles had been seized at the northern dock."
    )
    assert _doers(text, "seized") == [["Harbor Authority"], []]


def test_discourse_people_killed_is_no_tie_to_another_toll():
    text = (
        "The Orinoco Liberation Front killed 12 people in an ambush near Tarvo on Monday. "
        "The region is poor. Some 300 people were killed in floods there in 1998."
    )
    assert ["Orinoco Liberation Front"] not in _doers(text, "killed")[1:]
