"""Match reports: the goals, headers and sendings-off a report tells after its result are of the
match's day, whatever minutes the report counts them in (sentences written for these tests)."""

from __future__ import annotations

import pytest

from tests.extract.parsed import extracted

pytestmark = pytest.mark.slow

TUESDAY = "2016-12-20"
SATURDAY = "2016-12-17"
DAY = (SATURDAY, SATURDAY)


def seen(text: str, ref: str = TUESDAY) -> dict[str, tuple]:
    """predicate text -> (earliest, latest, factuality) of the events of ``text`` (all of them)."""
    return {
        e.predicate.text: (e.date.earliest, e.date.latest, e.factuality) for e in extracted(text, ref, all_events=True)
    }


def test_minutes_counted_after_a_goal_keep_the_match_day():
    text = (
        "Rovers drew 1-1 with City on Saturday.\n"
        "Alan Pike scored for Rovers on 15 minutes but Joe Marsh equalised ten minutes later.\n"
        "Pike was sent off an hour later.\n"
        "Tom Reid then scored the winner for Rovers."
    )
    got = seen(text)
    assert got["equalised"][:2] == DAY
    assert got["sent off"][:2] == DAY
    assert got["scored"][:2] == DAY  # the story stays on the match's day


def test_months_counted_later_still_leave_the_story_day():
    text = (
        "The club sacked its coach on Saturday.\nHe had joined in March.\nTwo months later, he signed a new contract."
    )
    got = seen(text)
    assert got["signed"][:2] == ("2016-05-01", "2016-05-31")  # March's two months later, not Saturday


def test_a_side_headed_ahead_or_in_front_is_a_goal_not_a_post_held():
    text = (
        "Rovers beat City 2-1 on Saturday.\n"
        "Alan Pike headed Rovers ahead after 20 minutes.\n"
        "Joe Marsh headed City level before the break.\n"
        "Tom Reid then headed his side in front again."
    )
    got = seen(text)
    assert got["headed"] == (SATURDAY, SATURDAY, "asserted")
    facts = [e.factuality for e in extracted(text, TUESDAY, all_events=True) if e.predicate.lemma == "head"]
    assert facts == ["asserted", "asserted", "asserted"]


def test_a_body_headed_is_still_a_post_held():
    text = "Rovers beat City 2-1 on Saturday.\nIts owner headed the club's board for ten years."
    facts = [e.factuality for e in extracted(text, TUESDAY, all_events=True) if e.predicate.lemma == "head"]
    assert facts in ([], ["generic"])


def test_a_past_perfect_act_of_the_game_is_of_the_match_day():
    text = (
        "Rovers beat City 3-2 on Saturday.\n"
        "Alan Pike had opened the scoring with a penalty.\n"
        "Joe Marsh had equalised for City.\n"
        "Their defender had been sent off."
    )
    got = seen(text)
    assert got["opened"][:2] == DAY
    assert got["equalised"][:2] == DAY
    assert got["sent off"][:2] == DAY


def test_a_past_perfect_of_another_game_or_of_no_game_act_stays_undated():
    text = (
        "Rovers beat City 3-2 on Saturday.\nCity had scored twice in the previous round.\nTheir manager had resigned."
    )
    got = seen(text)
    assert got["scored"][:2] == (None, None)
    assert got["resigned"][:2] == (None, None)


def test_a_past_perfect_outside_a_game_report_stays_undated():
    text = "The minister resigned on Saturday.\nA rival had opened the scoring in the polls."
    got = seen(text)
    assert got.get("opened", (None, None))[:2] == (None, None)


def test_a_main_verb_read_as_a_participle_after_a_relative_clause_takes_the_day():
    text = "Sara Lind won the Coastal Open on Saturday.\nMia Holt, who shot a 68, finished second."
    got = seen(text)
    assert got["finished"][:2] == DAY


def test_a_participle_aside_after_a_comma_still_tells_no_time():
    text = "Sara Lind won the Coastal Open on Saturday.\nThe trophy, made of silver, was handed over."
    got = seen(text)
    assert "made" not in got or got["made"][:2] == (None, None)
