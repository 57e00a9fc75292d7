"""The word that names the happening is the row's trigger: a price or index move told with "be"
and an amount ("was up 1.20 dollars") is a row of the market report's day; a verb conjoined to a
reported "would" shares its plan."""

from __future__ import annotations

import pytest

from tests.extract.parsed import extracted


def rows(text: str, ref: str = "2006-11-03"):
    return {e.predicate.text: (e.date.earliest, e.summary) for e in extracted(text, ref)}


@pytest.mark.slow
def test_happenings_a_share_up_or_down_by_an_amount_is_a_move_of_the_day():
    got = rows(
        "Wall Street stocks rose on Friday. Acme's shares were up 1.20 dollars at 40.10 dollars, "
        "while Globex was 45 cents lower at 12.30 dollars. The Nasdaq was down 12.5 points."
    )
    assert set(got) >= {"rose", "up", "lower", "down"}
    assert got["lower"] == ("2006-11-03", "Globex was 45 cents lower at 12.30 dollars")
    assert got["up"][1].startswith("Acme's shares were up 1.20 dollars")


@pytest.mark.slow
def test_happenings_a_comparison_or_a_bare_state_is_no_move():
    got = rows("Rents in the city were 20 percent higher than in 2000. The mood was up.")
    assert not {"higher", "up"} & set(got)


@pytest.mark.slow
def test_happenings_a_second_figure_moved_by_an_amount_is_a_row_of_its_own():
    events = extracted(
        "The port shipped 3.1 million tons of grain in October, up 4 percent, 1.2 million tons of coal, "
        "down 12 percent, and 800,000 tons of timber, up 9.5 percent. Sales rose to 40 million euros, up 8 percent.",
        "2006-11-03",
    )
    moves = [e for e in events if e.predicate.text in ("up", "down")]
    assert [e.summary for e in moves] == [
        "The port shipped 1.2 million tons of coal, down 12 percent",
        "The port shipped 800,000 tons of timber, up 9.5 percent",
    ]  # the first figure is the shipping's row, the sales' move the rise's
    assert all((e.date.earliest, e.date.latest) == ("2006-10-01", "2006-10-31") for e in moves)


@pytest.mark.slow
def test_happenings_a_figure_up_by_an_amount_after_with_is_a_row_of_its_own():
    got = rows("European shares climbed on Tuesday, with the DAX index up 0.8 percent at 6,120 points.")
    assert got["up"] == ("2006-10-31", "the DAX index up 0.8 percent at 6,120 points")
    assert got["climbed"][0] == "2006-10-31"


@pytest.mark.slow
def test_happenings_a_figure_of_a_forecast_is_no_move_that_took_place():
    got = rows("Output will grow 7 percent next year, with steel exports up 12 percent, the institute said.")
    assert "up" not in got


@pytest.mark.slow
def test_happenings_a_move_after_a_rank_is_a_row_with_the_ranked_company():
    [move] = [
        e
        for e in extracted(
            "Tokyo shares fell on Friday. Acme Steel was the day's most traded issue, down 9 yen.", "2006-11-03"
        )
        if e.predicate.text == "down"
    ]
    assert move.summary == "Acme Steel was the day's most traded issue, down 9 yen"
    assert [a.name for a in move.actors] == ["Acme Steel"]
    assert move.date.earliest == "2006-11-03"


@pytest.mark.slow
def test_happenings_a_second_verb_shares_the_would_of_reported_speech():
    events = extracted("The coach said on Monday he would leave the club in May and return to Germany.", "2006-11-03")
    got = {e.predicate.text: e.factuality for e in events}
    assert got.get("leave") == "planned"
    assert got.get("return") == "planned"  # not a mere possibility: the same plan, told once with "would"


@pytest.mark.slow
def test_happenings_a_framing_operation_is_named_by_its_modifier():
    [event] = [e for e in extracted("The army launched a rescue operation on Monday.", "2006-11-03")]
    assert event.predicate.text == "rescue operation"
    assert event.date.earliest == "2006-10-30"


@pytest.mark.slow
def test_happenings_an_act_a_light_verb_makes_is_named_by_its_noun():
    got = rows(
        "The council took action on Monday. Tough measures will be taken next week. The rebels made a last stand."
    )
    assert {"action", "measures", "stand"} <= set(got)
    assert not {"took", "taken", "made"} & set(got)
    assert got["action"][0] == "2006-10-30"


@pytest.mark.slow
def test_happenings_a_win_reached_by_way_of_something_is_the_win():
    got = rows("The veteran jockey rode his way to victory in the Grand Sprint on Saturday.")
    assert "victory" in got and "rode" not in got
    assert got["victory"][0] == "2006-10-28"


@pytest.mark.slow
def test_happenings_gains_an_index_posted_are_its_move():
    got = rows("Asian stock markets posted strong gains on Thursday.")
    assert list(got) == ["gains"]
    assert got["gains"] == ("2006-11-02", "Asian stock markets posted strong gains on Thursday")


@pytest.mark.slow
def test_happenings_a_change_with_its_amount_set_beside_a_figure_is_a_row():
    got = rows("The survey put the Greens on 9 percent, a drop of three percent since May.")
    assert "drop" in got
    assert got["drop"][1].startswith("a drop of three percent")


@pytest.mark.slow
def test_happenings_a_check_of_a_named_day_that_found_something_is_a_row():
    got = rows("Wednesday's check showed the patient's lungs had cleared, doctors said.")
    assert "check" in got
    assert got["check"][0] == "2006-11-01"


@pytest.mark.slow
def test_happenings_an_occasion_that_was_held_is_named_by_its_noun():
    got = rows(
        "A farewell reception for the ambassador was held at the palace on Thursday. "
        "A lantern show will be held in the old town next week."
    )
    assert got.get("reception", ("",))[0] == "2006-11-02"
    assert "show" in got
    assert "held" not in got


@pytest.mark.slow
def test_happenings_people_a_tally_or_a_routine_held_are_no_occasion():
    got = rows(
        "Four suspects were held for questioning on Monday. "
        "The town was held by the militia for a week. "
        "Some 300 activities were held during the festival year. "
        "The exam is held in every school in May."
    )
    assert not {"suspects", "town", "activities", "exam"} & set(got)
