"""A title won "to win" after a past contest ("edged out X by a second to win the Grand Prix on
Sunday") is the contest's result, told by its row and dated with it: no plan for next Sunday
(issue 16, items 2 and 3)."""

from __future__ import annotations

import pytest

from tests.extract.parsed import extracted

pytestmark = pytest.mark.slow

MONDAY = "2005-11-14"


def rows(text: str) -> dict[str, tuple]:
    return {e.predicate.text: (e.factuality, e.date.earliest) for e in extracted(text, MONDAY)}


@pytest.mark.parametrize(
    ("text", "contest"),
    [
        (
            "Britain's Tom Reed edged out Brazil's Paulo Dias by a fraction of a second to win the Desert Masters "
            "at the Kyalami track on Sunday.",
            "edged out",
        ),
        (
            "Kenya's Paul Kiprop outsprinted his compatriot by two seconds to win the Lisbon marathon on Sunday.",
            "outsprinted",
        ),
    ],
)
def test_a_title_won_by_a_past_contest_is_one_row_on_its_day(text, contest):
    got = rows(text)
    assert "win" not in got  # the contest's row tells it
    assert got[contest] == ("asserted", "2005-11-13")  # the Sunday before the Monday paper, not after


def test_a_win_that_is_a_purpose_keeps_its_own_row():
    # cheating is no contest the win is the result of: the win stays a row of its own
    assert "win" in rows("The party cheated to win the May election, the report said.")


def test_a_side_beaten_after_bouncing_back_is_one_row_told_done():
    got = rows("Leeds United bounced back from a heavy defeat to beat Hull 2-1 at home on Saturday, the club said.")
    assert "beat" not in got  # the contest's row tells it
    # told done, by the club it names ("the club" is Leeds United, a club by its name)
    assert got["bounced"] == ("reported", "2005-11-12")


def test_a_side_to_beat_after_training_is_no_result():
    # training is no contest the win is the result of: beating Hull is what the training is for,
    # not told done (a purpose, kept only with all_events since f09aa80), and the training its row
    text = "Leeds United trained hard on Friday to beat Hull on Saturday, the club said."
    assert rows(text) == {"trained": ("reported", "2005-11-11")}  # "the club" (Leeds United) said it
    every = {e.predicate.text: e.factuality for e in extracted(text, MONDAY, all_events=True)}
    assert every["beat"] not in ("asserted", "reported")


@pytest.mark.parametrize(
    "text",
    [
        "Her time of 58.3 seconds was not enough to earn a medal in the final on Sunday.",
        "The team was not good enough to win the cup on Saturday.",
        "The swimmer was too slow to catch the leaders in the final on Sunday.",
    ],
)
def test_an_outcome_fallen_short_of_is_no_row(text):
    # not reached: neither a plan for next Sunday nor a row
    assert extracted(text, MONDAY) == ()


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        ("His score was enough to earn a place in the final on Sunday.", "earn"),
        ("The team was good enough to win the cup on Saturday.", "win"),
    ],
)
def test_an_outcome_a_past_result_was_enough_for_is_done(text, outcome):
    assert rows(text)[outcome][0] == "asserted"


def test_what_a_sum_is_enough_for_ahead_stays_a_plan():
    assert rows("The grant is enough to feed 200 families next year.")["feed"][0] == "planned"


@pytest.mark.parametrize(
    ("text", "stage"),
    [
        ("Ghana edged Mali 2-1 in Accra on Saturday to advance to the semifinals, the federation said.", "advance"),
        ("Spain beat Serbia 2-0 in Madrid on Saturday to qualify for the World Cup finals.", "qualify"),
    ],
)
def test_a_stage_reached_by_a_past_contest_is_a_row_told_done(text, stage):
    # the stage reached is the contest's result, a row of its own, done on the contest's day
    got = rows(text)
    assert got[stage][0] in ("asserted", "reported")
    assert got[stage][1] == "2005-11-12"  # the Saturday before the Monday paper, not after


@pytest.mark.parametrize(
    "text",
    [
        "Ghana trained hard in Accra on Saturday to advance to the semifinals.",
        "Spain need to beat Serbia to qualify for the World Cup finals.",
    ],
)
def test_a_stage_a_side_aims_at_is_no_row(text):
    # no contest told done: the stage is an aim
    assert "advance" not in rows(text) and "qualify" not in rows(text)


@pytest.mark.parametrize(
    ("text", "contest"),
    [
        ("Minnows Lakeside stunned the holders Riverton 71-64 to reach the quarter-finals on Sunday.", "stunned"),
        ("Portvale hammered Eastford 4-0 to reach the cup semi-finals on Sunday.", "hammered"),
    ],
)
def test_a_stage_reached_by_an_upset_or_a_rout_is_the_contest_s_row(text, contest):
    got = rows(text)
    assert "reach" not in got  # not a plan: the contest's row tells where it took the side
    assert got[contest] == ("asserted", "2005-11-13")
