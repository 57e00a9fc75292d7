"""A happening told as coming after (or as) another one ("the arrests came after police raided the
office in March", "the decision followed a statement by an aide on October 2") is not dated by the
other one's time, nor by a past the story looked back to; what a "how" clause recounts ("told
reporters on Tuesday how he was beaten") is not on the day of the telling (issue 16, item 3).
Sentences written for these tests, parsed by the real model."""

from __future__ import annotations

import pytest

from tests.extract.parsed import STORY_OPENING, extracted

pytestmark = pytest.mark.slow

TUESDAY = "2006-11-28"
OPENING = "Prosecutors on Tuesday questioned two senators over a bribery scandal.\n"


def seen(text: str, ref: str = TUESDAY) -> dict[str, tuple]:
    """predicate text -> (earliest, latest, resolution, factuality) of the events of ``text``."""
    return {
        e.predicate.text: (e.date.earliest, e.date.latest, e.date.resolution, e.factuality)
        for e in extracted(text, ref)
    }


def test_what_a_decision_followed_keeps_its_day_and_the_decision_does_not_take_it():
    got = seen(OPENING + "The decision followed a statement by a former aide on October 2.\n")
    assert got["statement"][:2] == ("2006-10-02", "2006-10-02")
    assert got["decision"][:2] != ("2006-10-02", "2006-10-02")


def test_the_story_does_not_move_to_the_day_of_what_a_happening_followed():
    got = seen(
        OPENING
        + "The decision followed a statement by a former aide on October 2.\n"
        + "One senator called the inquiry a plot.\n"
    )
    assert got["called"][:2] != ("2006-10-02", "2006-10-02")  # the story is still at Tuesday's questioning


def test_a_happening_that_came_after_another_is_not_in_the_past_the_story_looked_back_to():
    got = seen(
        OPENING
        + "The shipbuilder at the heart of the scandal went bankrupt in August with huge debts.\n"
        + "The questioning of the senators came after prosecutors promised a wider investigation.\n"
    )
    assert got["went"][:2] == ("2006-08-01", "2006-08-31")
    # the questioning told again to time it is no row of its own (the opening's "questioned" tells it)
    assert "questioning" not in got or got["questioning"][:2] != ("2006-08-01", "2006-08-31")
    assert got["questioned"][:2] == (TUESDAY, TUESDAY)


def test_a_time_hung_on_follow_is_its_objects():
    got = seen(OPENING + "The ceremony on Friday follows a vote early this week approving the deal.\n")
    assert got["vote"][:2] == ("2006-11-27", "2006-11-28")  # early this week, up to the article's day
    assert got["ceremony"][:2] == ("2006-12-01", "2006-12-01")


def test_the_day_after_another_happening_is_not_the_day_after_the_article():
    got = seen(
        "The ministry warned the firm on Tuesday.\n"
        "The warning came the day after the regulator rejected a plan to cut taxes.\n"
    )
    # "the day after" the rejection (Monday's), not Wednesday: no row is planned for tomorrow
    assert all(v[0] != "2006-11-29" and v[3] != "planned" for v in got.values())


def test_what_a_how_clause_recounts_is_not_on_the_day_of_the_telling():
    got = seen(
        "The freed hostage told reporters on Tuesday how he was beaten and threatened with death "
        "after being captured by the rebels.\n"
        "He described how the guards had starved him.\n"
    )
    # before the telling, on no day the text gives; not Tuesday, nor the article's day
    assert got["beaten"][0] is None
    assert got["captured"][0] is None
    assert got["starved"][0] is None


def test_a_clause_told_inside_a_happening_of_a_century_is_placed_within_no_year():
    got = seen(
        STORY_OPENING  # (past the lead, which takes the article's day)
        + "Their ties are marred by a distrust rooted in a 19th century war in which the kingdom lost its coast.\n"
    )
    assert got["lost"][0] is None  # GUIDELINES 3: null when the article does not place it within a year
