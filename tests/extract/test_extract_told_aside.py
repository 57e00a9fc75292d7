"""Happenings told on the way in a relative clause set off by commas ("Jones, who quit the club
last month, ...", "the 1998 treaty, which ended a border war") are rows of their own (GUIDELINES
1: a happening told once, in the past or the perfect); a relative clause that tells what its noun
is, holds, does by habit or went through over years stays a description, no row."""

from __future__ import annotations

import pytest

from tests.extract.parsed import extracted


def rows(text: str, ref: str = "2006-11-03"):
    return {e.predicate.text: e for e in extracted(text, ref)}


@pytest.mark.slow
def test_told_aside_what_someone_did_once_is_a_row():
    got = rows(
        "Harrow, who pulled out of the relay squad, will race in the 200 metres on Sunday. "
        "The trainer, who has just steered Fenwick Town to their first cup, said he would retire."
    )
    assert got["pulled"].factuality == "asserted"
    assert got["steered"].factuality == "asserted"


@pytest.mark.slow
def test_told_aside_what_a_thing_brought_about_or_underwent_is_a_row():
    got = rows(
        "Troops left the valley under the 1998 treaty, which ended a border war of eleven years. "
        "The audit office, which has been criticised by Finance Minister Ana Ruiz for its delays, "
        "published its report on Tuesday."
    )
    assert "ended" in got
    assert "criticised" in got


@pytest.mark.slow
def test_told_aside_a_happening_in_a_relative_clause_takes_not_the_main_clause_s_day():
    got = rows("The treaty, which ended a border war of eleven years, was renewed on Tuesday.")
    assert got["renewed"].date.earliest == "2006-10-31"
    assert got["ended"].date.earliest != "2006-10-31"


@pytest.mark.slow
def test_told_aside_who_or_what_its_noun_is_stays_a_description():
    got = rows(
        "Okafor, who lived in Lagos, was arrested on Monday. "
        "The port, which has a population of 40,000, was closed on Tuesday. "
        "Delacroix, who has long opposed the plan, resigned on Wednesday. "
        "The index, which has risen sharply, fell on Thursday. "
        "Mwangi, who played a key role in the talks, spoke on Friday. "
        "Ferreira, who worked at the mill, was hired on Monday."
    )
    assert not {"lived", "has", "opposed", "risen", "played", "worked"} & set(got)


@pytest.mark.slow
def test_told_aside_a_kind_told_by_the_verb_and_the_words_after_it_is_a_row():
    got = rows(
        "The sprinter, who tested positive for a banned steroid, lost her appeal on Monday. "
        "Karlsson, who has now been expelled from the party, spoke to reporters on Tuesday."
    )
    assert got["tested"].factuality == "asserted"
    assert got["expelled"].factuality == "asserted"


@pytest.mark.slow
def test_told_aside_the_same_verbs_with_other_words_stay_descriptions():
    got = rows(
        "The engineer who tested the brakes was praised on Monday. "
        "Of the 300 members who voted, 210 backed the merger, the union said on Tuesday."
    )
    assert not {"tested", "voted"} & set(got)


@pytest.mark.slow
def test_told_aside_a_plea_entered_is_a_row():
    got = rows("The three guards, who have pleaded not guilty, will be tried in March.")
    assert got["pleaded"].factuality == "asserted"


@pytest.mark.slow
def test_told_aside_pleading_for_something_stays_a_description():
    got = rows("The widow, who has pleaded for calm, met the governor on Monday.")
    assert "pleaded" not in got


@pytest.mark.slow
def test_a_happening_a_described_noun_names_by_a_named_possessor_is_a_row():
    # the relative clause describes the town, the war it names is a known happening
    got = rows(
        "The trial opened in Tarvik, a border town which was the scene of heavy shelling during "
        "Moldavia's long civil war. Ramos, who pulled out of Chile's tour of Peru, sang on television."
    )
    assert got["war"].factuality == "asserted"
    assert got["tour"].factuality == "asserted"


@pytest.mark.slow
def test_a_happening_a_described_noun_names_by_the_or_its_stays_a_description():
    # "the strike", "their operation": most often the story's own happening told again
    got = rows(
        "Teachers in Tarvik, where the strike had closed all the schools since May, went back to work. "
        "Ramos, who sustained a wound during their operation, was flown home."
    )
    assert "strike" not in got and "operation" not in got


@pytest.mark.slow
def test_told_aside_a_step_told_in_the_past_perfect_is_a_row():
    got = rows(
        "The militia, which had captured the airport from government troops, withdrew on Monday. "
        "Senator Okonjo, who had asked the court to postpone the hearing, resigned on Tuesday. "
        "The Harbour Union, which had refused to sign the pay deal, called a strike on Wednesday."
    )
    assert got["captured"].factuality == "asserted"
    assert got["asked"].factuality == "asserted"
    assert got["refused"].factuality == "asserted"


@pytest.mark.slow
def test_told_aside_a_state_an_aim_or_a_trend_in_the_past_perfect_stays_a_description():
    got = rows(
        "The mission, which had sought to restore order in the province, was wound up on Monday. "
        "Okafor, who had lived in Lagos for twenty years, was arrested on Tuesday. "
        "The firm, which had grown quickly, went bankrupt on Wednesday. "
        "The pilots, who had been trained abroad, were grounded on Thursday."
    )
    assert not {"sought", "lived", "grown", "trained"} & set(got)


@pytest.mark.slow
def test_told_aside_what_a_happening_did_in_a_restrictive_clause_is_a_row():
    # a happening has no lasting traits for the clause to pick it out by: what it did took place
    got = rows(
        "Residents described the fire which gutted the old cinema. "
        "The attack that wrecked the bridge drew wide condemnation. "
        "Veterans gathered to mark the anniversary of the uprising that toppled the old monarchy."
    )
    assert got["gutted"].summary == "the fire gutted the old cinema"
    assert got["wrecked"].factuality == "asserted"
    assert got["toppled"].factuality == "asserted"


@pytest.mark.slow
def test_told_aside_no_row_for_what_a_happening_was_or_what_a_text_said():
    got = rows(
        "Farmers remember the drought which lasted three summers. "
        "The quake that measured 6.2 shook the valley on Monday. "
        "Lawyers studied the verdict which cleared the two pilots. "
        "Both sides still quote the treaty that set down the borders."
    )
    for word in ("lasted", "measured", "cleared", "set"):
        assert word not in got or got[word].factuality not in ("asserted", "reported", "planned"), word


@pytest.mark.slow
def test_told_aside_a_deed_a_restrictive_clause_places_recently_is_a_row():
    # "recently", "just": one happening near the article's day, not which one its noun is
    got = rows(
        "Okoro, an engineer who recently returned from a survey of the dam, briefed the council on Monday. "
        "A pilot who has just landed the damaged plane was praised on Tuesday."
    )
    assert got["returned"].factuality == "asserted"
    assert got["landed"].factuality == "asserted"


@pytest.mark.slow
def test_told_aside_a_restrictive_clause_with_no_recent_deed_stays_a_description():
    got = rows(
        "The man who waited on the beach was rescued on Monday. "
        "A clerk who recently lived in Lagos was hired on Tuesday. "
        "A nurse who just wanted to help was thanked on Wednesday."
    )
    assert not {"waited", "lived", "wanted"} & set(got)
