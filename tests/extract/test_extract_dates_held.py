"""Dates attached where they belong (issue 16, item 3): a participle that says when an event noun is
held or set for ("the summit held on March 9", "talks scheduled for Monday") dates that noun, what
was done at it and what it did; a plan set for a day is ahead; a day after the article's puts the
lead on no other day. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.parsed import STORY_OPENING, extracted, parsed

pytestmark = pytest.mark.slow

TUESDAY = "2006-11-28"
MONDAY = "2006-11-27"


def seen(text: str, ref: str = TUESDAY) -> dict[str, tuple]:
    return {e.predicate.text: (e.date.earliest, e.date.latest, e.factuality) for e in extracted(text, ref)}


def test_what_was_done_at_a_summit_takes_the_day_it_was_held():
    # meeting at the summit is the summit, told in other words: one row (with "held"), of March 9
    events = extracted(STORY_OPENING + "The ministers met at a summit held on March 9 in Lagos.", TUESDAY)
    for trigger in ("met", "summit"):
        row = next(e for e in events if trigger in [m.trigger for m in e.mentions])
        assert (row.date.earliest, row.date.latest) == ("2006-03-09", "2006-03-09")  # not Monday, the story's day


def test_what_a_meeting_held_on_a_day_did_is_of_that_day():
    got = seen(
        STORY_OPENING + "A meeting of the party's council held in Lagos on Sunday agreed that the leader should resign."
    )
    assert got["agreed"][:2] == ("2006-11-26", "2006-11-26")


def test_talks_scheduled_for_a_weekday_are_ahead_and_planned():
    got = seen(STORY_OPENING + "The minister will attend talks scheduled for Monday in Geneva.")
    assert got["talks"] == ("2006-12-04", "2006-12-04", "planned")


def test_a_meeting_scheduled_for_a_day_takes_it_as_a_plan():
    got = seen(STORY_OPENING + "Shareholders are preparing for the annual meeting scheduled for Monday.")
    assert got["meeting"] == ("2006-12-04", "2006-12-04", "planned")


def test_a_day_a_noun_is_set_for_does_not_move_the_story():
    got = seen(STORY_OPENING + "The unions called off a strike planned for Friday.")
    assert got["called off"][:2] == (MONDAY, MONDAY)  # the story's day, whichever Friday was meant


def test_a_month_a_vote_is_set_for_lies_ahead():
    _, _, timexes = parsed("Opposition parties have called for a boycott of the vote set for March.", TUESDAY)
    assert [t.value for t in timexes] == ["2007-03"]


def test_a_day_a_strike_is_planned_for_lies_ahead():
    _, _, timexes = parsed("The unions have threatened to disrupt a match planned for Friday.", TUESDAY)
    assert [t.value for t in timexes] == ["2006-12-01"]


def test_a_day_held_under_a_past_clause_lies_behind():
    _, _, timexes = parsed("Delegates at a congress held in March elected a new leader.", TUESDAY)
    assert [t.value for t in timexes] == ["2006-03"]


def test_what_put_off_a_planned_day_is_not_of_that_day():
    got = seen(STORY_OPENING + "The talks scheduled for Monday were postponed.")
    assert got["postponed"][0] != "2006-12-04"


def test_what_a_summit_will_decide_is_not_of_the_day_it_was_held():
    got = seen(STORY_OPENING + "The summit held in Geneva on Saturday will decide the issue.")
    assert "decide" not in got or got["decide"][0] != "2006-11-25"


def test_a_plan_for_a_later_day_in_the_lead_leaves_the_lead_on_the_article_day():
    text = (
        "Army reservists were trained on Saturday to guard polling stations during the election "
        "scheduled for Dec. 3.\n"
        "The reservists were joined by volunteers.\n"
        "Colonel Ruiz, who supervised the training, spoke to reporters."
    )
    got = seen(text, "2006-11-18")
    assert got["election"] == ("2006-12-03", "2006-12-03", "planned")
    # a relative clause in the simple past is background to its noun, told at a time of its own: the
    # lead rule does not give it the article's day (test_extract_dates_bounded), though here it was
    assert got["supervised"][:2] == (None, None)
