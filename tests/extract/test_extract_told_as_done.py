"""Happenings the chronology hid as generic or hypothetical though the article tells them as done
or going on (issue 16 item 1)."""

from __future__ import annotations

import pytest

from tests.extract.parsed import extracted


def facts(text: str, ref: str = "2006-11-03") -> dict[str, str]:
    return {e.predicate.text: e.factuality for e in extracted(text, ref)}


@pytest.mark.slow
def test_told_as_done_a_past_clause_of_its_own_under_an_aim_happened():
    got = facts(
        "The farmers climbed onto their roofs to escape the water while the coast guard searched the fields. "
        "The team is to play in the final because Portugal had withdrawn from the cup."
    )
    assert got.get("searched") == "asserted"
    assert got.get("withdrawn") == "asserted"


@pytest.mark.slow
def test_told_as_done_a_clause_still_ahead_under_an_aim_is_not():
    got = facts("The refugees hope to go home once the rains stop.")
    assert got.get("stop") != "asserted"


@pytest.mark.slow
def test_told_as_done_a_past_progressive_tells_what_was_being_done():
    got = facts(
        "A storm flooded the harbour district on Monday. Firefighters were pumping water out of the tunnels. "
        "The mayor's office said the port director was stepping down."
    )
    assert got.get("pumping") == "asserted"
    assert got.get("stepping down", got.get("stepping")) in ("asserted", "reported")


@pytest.mark.slow
def test_told_as_done_a_past_progressive_of_a_trend_a_plan_or_a_scene_is_not():
    got = facts(
        "A storm flooded the harbour district on Monday. Rents were rising in the district. "
        "The port was planning a new quay. A guard was walking along the pier when he slipped."
    )
    assert all(got.get(word) in (None, "generic", "hypothetical") for word in ("rising", "planning", "walking"))


@pytest.mark.slow
def test_told_as_done_a_past_progressive_of_a_thing_is_the_scene_or_a_judgement_not_a_row():
    got = facts(
        "A storm flooded the harbour district on Monday. Sirens were wailing across the port. "
        "The forecasts were still underestimating the damage. Their plan to reopen the quay was paying off. "
        "Some ferries were still landing at the pier. The harbour board was drawing up a list of repairs."
    )
    assert all(got.get(word) != "asserted" for word in ("wailing", "underestimating", "paying off", "paying"))
    assert got.get("landing") == "asserted"
    assert got.get("drawing up", got.get("drawing")) == "asserted"


@pytest.mark.slow
def test_told_as_done_a_request_being_made_is_a_row():
    got = facts(
        "Floods cut the town's water supply on Monday. Health officials are asking residents to boil their "
        "drinking water. The coast guard was urging fishermen to stay in port."
    )
    assert got.get("asking") == "asserted"
    assert got.get("urging") == "asserted"


@pytest.mark.slow
def test_told_as_done_what_a_past_verb_began_or_started_happened():
    got = facts(
        "Floods cut the town's water supply on Monday. Volunteers started handing out bottled water. "
        "The council did not begin rebuilding the bridge."
    )
    assert got.get("handing out", got.get("handing")) == "asserted"
    assert got.get("rebuilding") != "asserted"


@pytest.mark.slow
def test_told_as_done_what_is_said_to_have_happened_is_no_plan():
    got = facts(
        "Floods cut the town's water supply on Monday. The mayor is said to have left the town hall by boat. "
        "Two bridges were reported to have collapsed on Tuesday. The dam is not thought to have failed."
    )
    assert got.get("left") == "asserted"
    assert got.get("collapsed") == "asserted"
    assert got.get("failed") != "asserted"


@pytest.mark.slow
def test_told_as_done_a_happening_said_to_have_happened_is_one_row_not_two():
    # as "officials said the mayor left" is the leaving's row, "was reported to have left" is too:
    # no second row for the reporting beside it
    rows = extracted("The mayor was reported to have left the flooded town by boat on Monday.")
    assert [e.predicate.text for e in rows] == ["left"]
    assert rows[0].date.earliest == "2016-12-19"  # the Monday before the article of Tuesday 2016-12-20


@pytest.mark.slow
def test_told_as_done_the_first_to_do_it_did_it():
    got = facts(
        "An old boathouse by the canal was the first building to be torn down. "
        "The company, the first in the region to build a solar plant, said on Monday it would double output."
    )
    assert got.get("torn down") == "asserted"
    assert got.get("build") == "asserted"


@pytest.mark.slow
def test_told_as_done_the_first_to_do_it_in_a_future_or_a_hope_is_not():
    got = facts(
        "Oslo will be the first city to ban the cars from its centre. "
        "The climber hopes to be the first woman to cross the ice cap alone."
    )
    assert got.get("ban") != "asserted"
    assert got.get("cross") != "asserted"


@pytest.mark.slow
def test_told_as_done_a_gerund_that_broke_out_is_a_happening_told_with_its_verb():
    events = extracted(
        "The province has been split in two since fighting broke out in 1999, the report said.", "2006-11-03"
    )
    row = next(e for e in events if e.predicate.text == "fighting")
    assert row.factuality == "asserted"
    assert row.date.earliest == "1999-01-01"
    assert row.summary == "fighting broke out in 1999"


@pytest.mark.slow
def test_told_as_done_a_hosting_that_shares_its_occasion_with_the_next_verb():
    # the occasion set off after "and won" is the hosting's too: a row, with the occasion in it
    rows = {
        e.predicate.text: e
        for e in extracted("Norway hosted - and won - the first ski relay cup in 1992.", "2006-11-03")
    }
    assert rows["hosted"].factuality == "asserted"
    assert rows["hosted"].summary == "Norway hosted the first ski relay cup"
    assert rows["won"].summary == "Norway won the first ski relay cup in 1992"
    # with no marks setting the second verb off, the first keeps no object of the second's
    fled = {e.predicate.text: e.summary for e in extracted("The rebels fled and burned the village on Monday.")}
    assert fled.get("fled") == "The rebels fled"


@pytest.mark.slow
def test_told_as_done_the_only_one_to_have_done_it():
    # a rank told as fact says the perfect infinitive under it took place; told ahead, it has not
    got = facts("Moreno was the only skier to have completed the downhill course.")
    assert got.get("completed") == "asserted"
    ahead = {
        e.predicate.text: e.factuality
        for e in extracted("Moreno will be the first skier to have completed the course twice.", all_events=True)
    }
    assert ahead.get("completed") != "asserted"


@pytest.mark.slow
def test_told_as_done_what_got_under_way():
    got = facts(
        "Thousands of runners gathered downtown as the city marathon got underway. "
        "Police closed the bridge while the cleanup got under way."
    )
    assert got.get("got") == "asserted"


@pytest.mark.slow
def test_told_as_done_not_a_state_got_into_nor_an_inquiry_under_way():
    got = facts("The minister got angry. The investigation got underway.")
    assert "got" not in got
