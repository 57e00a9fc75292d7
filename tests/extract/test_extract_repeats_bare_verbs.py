"""A verb's bare form after "will", "to" or "not" is a verb, not a noun, to the repeat detector
("was due to attend a chess match": the match it attends is its row), and the guards that keep
apart what such a verb only acts on: a carrier's own object before the happening ("hold its
lending rates at a meeting"), the purpose of another act ("a move to fend off a strike" ... "the
strike began"), and a linking verb, which tells what its subject is, not a happening of it ("the
summit will become a platform")."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline import api

pytestmark = pytest.mark.slow


def rows(text: str, *, all_events: bool = False) -> list[tuple[str, ...]]:
    """The triggers of each row of the article's chronology."""
    timeline = api.extract([text], ref_date=dt.date(2005, 12, 15), all_events=all_events)
    return [tuple(m.trigger for m in e.mentions) for e in timeline.events]


def test_a_match_one_is_due_to_attend_is_the_row_of_attending_it():
    text = "The retired champion was due to attend a chess match in Vienna pitting two young grandmasters."
    assert rows(text) == [("attend", "match")]


def test_a_match_one_attended_is_still_the_row_of_attending_it():
    text = "The retired champion attended a chess match in Vienna pitting two young grandmasters."
    assert rows(text) == [("attended", "match")]


def test_rates_held_at_a_meeting_are_no_meeting_held():
    text = (
        "Analysts said the central bank of Ruritania was expected to hold its lending rates at a meeting on Thursday."
    )
    found = rows(text)
    assert ("hold",) in found and ("meeting",) in found


def test_a_strike_a_move_was_meant_to_fend_off_is_not_the_move():
    text = (
        "The premier pledged not to sell the state railway, a move to fend off a long strike that could hurt "
        "the economy. The strike, which began on Monday evening, halted most trains."
    )
    found = rows(text, all_events=True)
    assert ("fend off",) in found
    assert not any("strike" in r and "fend off" in r for r in found)


def test_what_a_summit_will_become_is_no_second_telling_of_the_summit():
    text = (
        "The Andean summit opened in Lima on Saturday morning. Prior to his departure for Peru, Pedro Salas "
        "said the summit will become an effective platform for enhancing trade among the developing countries."
    )
    found = rows(text, all_events=True)
    assert ("summit",) in found and ("become",) in found


def test_what_the_summit_adopted_is_still_told_of_the_summit():
    text = "The Andean summit opened in Lima on Saturday morning. The summit adopted a declaration on trade."
    assert ("summit", "adopted") in rows(text, all_events=True)
