"""A happening named by a noun that is the subject of another, past happening ("a week-long army
push drove the rebels out", "a cabinet meeting decided") is a row of its own beside the verb's;
not when the verb only tells its blow or toll, when it was told before, when it is a source, a
state or a lasting effort, nor when the verb is yet to happen."""

from __future__ import annotations

import pytest

from tests.extract.parsed import extracted


def triggers(text: str, ref: str = "2006-11-03") -> dict[str, str | None]:
    return {e.predicate.text: e.date.earliest for e in extracted(text, ref)}


@pytest.mark.slow
def test_doer_nouns_a_happening_that_did_another_is_a_row_of_its_own():
    got = triggers(
        "The militia agreed to leave the valley on Thursday after a two-week army offensive pushed "
        "its fighters back across the river."
    )
    assert "offensive" in got  # one row with "pushed" (test_extract_repeats_done_by_noun)
    got = triggers("Last month a cabinet meeting chaired by the premier decided to raise fuel taxes.")
    assert "meeting" in got and got["meeting"] == "2006-10-01"
    got = triggers("Norway's surprise 2-1 victory over Brazil on Saturday stunned the local press.")
    assert "victory" in got


@pytest.mark.slow
def test_doer_nouns_no_second_row_for_the_blow_or_the_toll_of_a_happening():
    got = triggers(
        "A strong earthquake shook the coastal town on Sunday. "
        "A gas explosion killed nine miners in the northern province on Tuesday."
    )
    assert "earthquake" not in got and "shook" in got
    assert "explosion" not in got and "killed" in got


@pytest.mark.slow
def test_doer_nouns_no_row_for_a_happening_told_before():
    got = triggers(
        "Police arrested the former mayor in Lisbon on Monday. "
        "The mayor's arrest raised pressure on the ruling party to call early elections."
    )
    assert "arrest" not in got


@pytest.mark.slow
def test_doer_nouns_no_row_for_a_source_a_lasting_effort_or_what_is_yet_to_come():
    got = triggers(
        "A report by the central bank said on Monday that prices would rise. "
        "The leader's campaign for home rule has won him wide support. "
        "A public vote will decide the name of the new bridge. "
        "The prince's trial threatened to divide the kingdom."
    )
    assert not {"report", "campaign", "vote", "trial"} & set(got)


@pytest.mark.slow
def test_doer_nouns_no_row_for_a_modifier_read_as_the_subject():
    got = triggers("A three-nation ceasefire monitoring committee has met nine times since May.")
    assert "ceasefire" not in got
