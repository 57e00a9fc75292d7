"""What a blast, a storm or an attack did to people and things, told on the way: by a participle
after its clause (", killing nine people") or in a relative clause ("the strain, which has caused
70 human deaths"), is a happening of its own (GUIDELINES 2: deaths and destruction are two rows)."""

from __future__ import annotations

import pytest

from tests.extract.parsed import extracted


def rows(text: str, ref: str = "2006-11-03"):
    return {e.predicate.text: e for e in extracted(text, ref)}


@pytest.mark.slow
def test_tolls_a_harm_participle_after_its_clause_is_a_row_of_the_clause_s_day():
    got = rows(
        "Gunmen fired on a minibus near the border on Tuesday, wounding six passengers. "
        "A mudslide hit the quarry on Wednesday, trapping 14 workers and burying a row of sheds."
    )
    assert got["wounding"].date.earliest == "2006-10-31"
    assert got["trapping"].date.earliest == "2006-11-01"
    assert got["burying"].date.earliest == "2006-11-01"
    assert got["burying"].factuality == "asserted"


@pytest.mark.slow
def test_tolls_no_row_for_a_harm_participle_with_no_toll_or_of_no_happening():
    got = rows("Troops fired into the air, scaring people. The minister would resign, wounding the party's pride.")
    assert not {"scaring", "wounding"} & set(got)


@pytest.mark.slow
def test_tolls_a_toll_in_a_relative_clause_is_a_row_and_no_day_of_the_story():
    got = rows(
        "The flu strain, which has caused 70 human deaths in Asia, was found in geese on Monday. "
        "The raids, which have claimed more than 200 lives, resumed on Friday."
    )
    assert "deaths" in got
    assert got["deaths"].date.earliest is None
    assert got["claimed"].date.earliest is None  # the lives were lost over the months, not on Friday


@pytest.mark.slow
def test_tolls_no_row_for_a_relative_clause_that_tells_no_number():
    got = rows("Malaria is the disease that has killed the most children in the region, the agency said on Monday.")
    assert "killed" not in got


@pytest.mark.slow
def test_tolls_what_a_happening_left_people_in_a_relative_clause_is_a_row():
    got = rows("The market bombing, which left 12 shoppers dead, was condemned by the bishops on Monday.")
    assert "dead" in got  # the deaths' row, anchored on the word that names them


@pytest.mark.slow
def test_tolls_what_a_happening_left_people_is_a_row_in_a_restrictive_or_perfect_relative_clause():
    # a perfect summed up to now, with or without a comma: the toll of the happening the noun names
    got = rows("Envoys met on Tuesday to end a crisis which has left 9,000 people dead.")
    assert got["dead"].factuality == "asserted"
    assert "left" not in rows("The courier who left the parcel at the door was thanked on Monday.")


@pytest.mark.slow
def test_tolls_what_a_happening_left_people_is_anchored_on_the_state_it_left_them_in():
    # "the storm left 14 people dead": the deaths are the row's happening (GUIDELINES 2), its word
    # "dead", its summary the whole clause
    got = rows("On Tuesday, the storm left 14 villagers dead in the north.")
    assert "left" not in got
    assert got["dead"].summary == "On Tuesday, the storm left 14 villagers dead in the north"
    assert got["dead"].date.earliest == "2006-10-31"
    assert "left" in rows("The minister left the capital on Tuesday.")  # no one left in a state


@pytest.mark.slow
def test_tolls_no_row_for_left_dead_on_a_noun_of_no_happening():
    got = rows("The judge ordered the files of the trial in Naples that left 9 people dead to be opened on Monday.")
    assert not {"left", "dead"} & set(got)


@pytest.mark.slow
def test_tolls_a_number_alone_is_a_toll():
    # the count with no noun: "killing at least 30", "injuring two of them"
    got = rows(
        "A landslide buried the village on Tuesday, killing at least 30. "
        "Soldiers shot at three fishermen on Wednesday, injuring two of them."
    )
    assert got["killing"].date.earliest == "2006-10-31"
    assert got["injuring"].date.earliest == "2006-11-01"
    assert got["injuring"].factuality == "asserted"


@pytest.mark.slow
def test_tolls_what_a_participle_after_its_clause_left_people_is_a_row_of_the_clause_s_day():
    # ", leaving five people dead" tells the deaths as ", killing five people" does; after a verb
    # that only stages an event noun ("staged raids"), the noun's row is the clause's
    got = rows(
        "A car bomb exploded outside the court on Tuesday, leaving five people dead. "
        "Rebels staged raids on two villages on Wednesday, leaving 30 families homeless. "
        "Gunmen carried out an attack on a convoy on Thursday, killing four guards."
    )
    assert got["dead"].date.earliest == "2006-10-31"
    assert got["homeless"].date.earliest == "2006-11-01"
    assert got["killing"].date.earliest == "2006-11-02"


@pytest.mark.slow
def test_tolls_a_state_the_parser_hangs_on_the_counted_people_a_participle_left_is_of_the_clause_s_day():
    # "leaving at least 12 people injured" parsed with "injured" on "people", not on "leaving":
    # still the toll of the clash, of its day
    got = rows("Rebels clashed with soldiers near the border on Tuesday, leaving at least 12 people injured.")
    assert got["injured"].date.earliest == "2006-10-31"
    assert got["injured"].factuality == "asserted"
