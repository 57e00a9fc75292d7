"""Acronyms defined in the text are the organisation they stand for (issue 16, item 4)."""

from __future__ import annotations

import pytest

from tests.extract.test_extract_actor_names import doers as names

pytestmark = pytest.mark.slow


def test_actor_acronyms_a_one_word_company_whose_capitals_spell_the_acronym():
    # "BioNordica" has the capitals B and N: "(BN)" after it is its short name, whatever the tagger
    # makes of the one long word
    text = (
        "BioNordica (BN), a Danish enzyme maker, opened a new factory in Malaysia on Monday. "
        "BN hired 300 workers for the plant last month."
    )
    assert "BioNordica" in names(text, "hired")
    assert "BN" not in names(text, "hired")


def test_actor_acronyms_an_acronym_spelled_out_in_parentheses_after_it():
    text = (
        "Ministers will discuss the CAPP (Central Andean Power Pool) at the meeting. "
        "The CAPP signed a supply deal with Peru on Monday."
    )
    assert "Central Andean Power Pool" in names(text, "signed")
    assert "CAPP" not in names(text, "signed")


def test_actor_acronyms_the_whole_name_before_the_parentheses_when_the_tagger_cut_it():
    # the tagger may stop the name before "for ...": the acronym still goes by the whole name
    text = (
        "The future of an International Court for Ocean Disputes (ICOD) judge is now in doubt, officials said. "
        "The ICOD has so far heard 40 cases."
    )
    assert names(text, "heard") == ["International Court for Ocean Disputes"]


def test_actor_acronyms_an_acronym_of_common_words_is_no_organisation():
    text = (
        "The lender said on Thursday its initial public offering (IPO) raised 9 billion dollars. "
        "The IPO drew strong demand from foreign funds."
    )
    assert "IPO" not in names(text, "drew")
    assert "IPO" not in names(text, "raised")


def test_actor_acronyms_the_body_whose_acronym_opens_a_longer_name_stays_itself():
    text = (
        "The UN appealed for 40 million dollars in aid for the flood victims on Monday. "
        "The office of the UN High Commissioner for Refugees (UNHCR) warned that 5,000 people could flee. "
        "UNHCR said it had sent tents to the area."
    )
    assert names(text, "appealed") == ["UN"]
    assert names(text, "sent") == ["UN High Commissioner for Refugees"]


def test_actor_acronyms_a_name_the_tagger_cut_before_its_acronym_is_one_actor():
    # the acronym takes letters from inside the words ("KOSPI": Korea Composite Stock Price Index),
    # and the tagger may stop the name before its last words
    text = (
        "The benchmark Korea Composite Stock Price Index (KOSPI) rose 9.66 points to 1,432.21 on Thursday.\n"
        "The KOSPI fell 3.2 points on Friday.\n"
    )
    assert names(text, "rose") == ["Korea Composite Stock Price Index"]
    assert names(text, "fell") == ["Korea Composite Stock Price Index"]


def test_actor_acronyms_a_countrys_acronym_before_its_government_is_the_country():
    text = (
        "The United Arab Emirates (UAE) will host the talks, officials said on Monday. "
        "The UAE government approved the budget for the talks on Tuesday."
    )
    assert names(text, "approved") == ["United Arab Emirates"]


def test_actor_acronyms_an_acronym_is_no_surname_of_a_longer_name_the_tagger_took_for_a_person():
    text = (
        "Leaders of the Association of Southeast Asian Nations (ASEAN) met in Manila on Monday. "
        "Anna Lee, from the pressure group Alternative ASEAN Network on Burma, welcomed the talks. "
        "ASEAN aired its new stand on Burma on Tuesday."
    )
    aired = names(text, "aired")
    assert "Association of Southeast Asian Nations" in aired
    assert "Alternative ASEAN Network" not in aired


def test_actor_acronyms_a_one_word_name_in_parentheses_after_a_body_is_that_body():
    # "(Kalvora)", "(Unicef)": a short name written with one capital after a body's full name is
    # the body, in that sentence (one actor, not two) and where the text names it alone later
    text = (
        "The Popular Front for Coastal Renewal (Kalvora) won 40 seats in the regional vote on Sunday. "
        "Kalvora formed a coalition with two smaller parties on Tuesday."
    )
    assert names(text, "won") == ["Popular Front for Coastal Renewal"]
    assert names(text, "formed") == ["Popular Front for Coastal Renewal"]
    text = (
        "The United Nations Children's Fund (Unicef) warned on Monday of rising hunger in Chad. "
        "Unicef flew food to the region on Tuesday."
    )
    assert names(text, "warned") == ["United Nations Children's Fund"]
    assert names(text, "flew") == ["United Nations Children's Fund"]


def test_actor_acronyms_a_common_word_or_place_in_parentheses_is_no_other_name():
    # a company's "(Group)", a place's "(Shenzhen)" after a body's name: not that body's other name
    text = "Harbin Lumber Trading (Group) said on Monday it had bought a sawmill. The Group raised prices on Tuesday."
    assert "Harbin Lumber Trading" not in names(text, "raised")
    text = (
        "Orion Circuit Boards (Shenzhen) opened a factory on Monday, the company said. "
        "Shenzhen approved the land sale on Tuesday."
    )
    assert "Orion Circuit Boards" not in names(text, "approved")
