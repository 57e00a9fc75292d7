"""Who carries the news is not who makes it (issue 16, item 4): a dateline's place or agency is
no actor, and an "it" after a news agency's report or a body's word about another body is not
the agency nor, by a guess, the speaker."""

from __future__ import annotations

import pytest

from tests.extract.test_extract_actor_names import doers

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("OSLO -- The main share index climbed 2 percent on Monday as oil prices rose.", "climbed"),
        ("HAMBURG, Jan. 8 (Xinhua) --The container ship Nordlicht docked on Monday at the new terminal.", "docked"),
    ],
)
def test_actor_news_sources_a_dateline_is_no_actor(text, trigger):
    # the parser may make the dateline's place the subject of the story's first verb
    assert not {"OSLO", "HAMBURG", "Oslo", "Hamburg", "Norway", "Germany", "Xinhua"} & set(doers(text, trigger))


def test_actor_news_sources_a_roundups_later_dateline_is_no_actor():
    # each market of a roundup is told under the dateline of its own city
    text = (
        "OSLO -- The main share index climbed 2 percent on Monday as oil prices rose.\n\n"
        "RIGA -- The Riga Stock Exchange closed lower on Monday.\n\n"
        "COPENHAGEN -- Danish stocks plunged 22.1 points, or 1.2 percent."
    )
    assert doers(text, "closed") == ["Riga Stock Exchange"]
    assert not {"COPENHAGEN", "Copenhagen", "Denmark"} & set(doers(text, "plunged"))


def test_actor_news_sources_it_is_not_the_news_agency_that_reports():
    text = (
        "The Anadolu news agency reported that the factory had closed on Monday. "
        "It reopened on Friday after a week of repairs."
    )
    assert "Anadolu news agency" not in doers(text, "reopened")
    assert "Anadolu" not in doers(text, "reopened")


def test_actor_news_sources_it_after_a_body_telling_of_another_is_left_open():
    text = (
        "The Red Cross said on Monday that Eritrea had agreed to a new round of talks. "
        "It will take part in the talks in Geneva next week."
    )
    assert "Red Cross" not in doers(text, "talks")  # (the row of "take part in the talks" is the talks')


def test_actor_news_sources_it_after_a_body_telling_of_its_own_stays_the_body():
    # the speaker's own figures: "it" goes on being the speaker
    text = "Norsk Stal said on Monday that its profit had doubled. It opened two new mills in Poland on Friday."
    assert "Norsk Stal" in doers(text, "opened")


def test_actor_news_sources_a_mixed_case_first_word_is_no_dateline():
    assert "Kenya Airways" in doers("Kenya Airways cut ten routes on Monday, the airline said.", "cut")


def test_actor_news_sources_who_says_the_police_were_urging_is_no_doer():
    # "were urging" has an auxiliary of its own: one more verb of the clause said, not a second
    # saying of the spokesman's
    text = "Police spokesman Tom Wekesa said officers had cleared the market and were urging traders to go home."
    assert "Tom Wekesa" not in doers(text, "urging")


@pytest.mark.parametrize(
    "teller",
    [
        # a news agency the officials told is no craft
        "officials told Reuters",
        # nor a public authority whose spokesman speaks of the crash
        "a spokesman for the Norland Civil Aviation Authority said",
    ],
)
def test_the_plane_is_no_agency_nor_authority_named_before(teller):
    text = (
        f"A small private plane crashed near the airport of Vesby on Monday, killing two people on board, {teller}.\n"
        "The plane had just returned from maintenance abroad on Saturday."
    )
    assert doers(text, "returned") == []


@pytest.mark.parametrize(
    "text",
    [
        "Rebels seized the town of Bunia on Monday, according to Le Potentiel.",
        "Rebels seized the town of Bunia on Monday, according to the United Nations.",
    ],
)
def test_actor_news_sources_who_a_happening_is_according_to_is_its_source_no_party(text):
    # the teller after "according to" is the row's source, not a participant of the seizure
    assert doers(text, "seized") == []
