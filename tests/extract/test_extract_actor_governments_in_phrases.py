"""A country's government, administration or authorities told in a phrase of the happening (its
recipient, partner or inviter: "handed the files to the Danish authorities", "talks with the
Peruvian government", "a deal with the government of Ghana") is the country acting
(GUIDELINES section 4, as "the Sudanese government" is as a subject), not a place; not a government
inside another phrase ("a unit of the Indian government", "negotiations with the Chilean government
had raised doubts"), nor a city's ("the Oslo authorities")."""

from __future__ import annotations

import pytest

from tests.extract.test_extract_actor_names import doers

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "trigger", "country"),
    [
        ("Customs officers handed the seized files to the Danish authorities on Monday.", "handed", "Denmark"),
        ("Ambassador Lena Voss held talks with the Peruvian government on Tuesday.", "talks", "Peru"),
        ("Mara Kessel discussed the loan with the Kenyan administration on Friday.", "discussed", "Kenya"),
        ("The Harlow Foundation sent a list of 40 projects to the Vietnamese government on Monday.", "sent", "Vietnam"),
        ("The Orden Institute signed a deal with the government of Ghana on Sunday.", "signed", "Ghana"),
        ("The Orden Institute accepted the invitation of the Ghanaian government on Sunday.", "accepted", "Ghana"),
    ],
)
def test_actor_governments_in_phrases_the_country_takes_part(text, trigger, country):
    assert country in doers(text, trigger)


@pytest.mark.parametrize(
    ("text", "trigger", "country"),
    [
        ("The dam was built by Tarvo Power, a unit of the Indian government, in 2004.", "built", "India"),
        (
            "Delays in negotiations with the Chilean government had raised doubts about the mine.",
            "raised",
            "Chile",
        ),
        ("Senior officials in the Danish government resigned on Monday.", "resigned", "Denmark"),
        (
            "The bank opened an office in Tamsa town, the new seat of the Malian government, on Monday.",
            "opened",
            "Mali",
        ),
    ],
)
def test_actor_governments_in_phrases_a_government_in_another_phrase_takes_no_part(text, trigger, country):
    assert country not in doers(text, trigger)


def test_actor_governments_in_phrases_a_citys_authorities_are_not_the_country():
    assert "Norway" not in doers("Carla Moen sent a letter to the Oslo authorities on Monday.", "sent")
