"""The "it" of a clause its speaker reports is the speaker, also when the speaker is a common noun
with its name set beside it ("Another Dutch bank, Rabobank, said it would ...") or a company noun
before a name the tagger took for a person's ("Finnish paper giant Koskela said it had ...")."""

from __future__ import annotations

import pytest

from tests.extract.test_extract_actor_names import actors, doers

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "trigger", "who"),
    [
        ("Another Dutch bank, Rabobank, said it would shut 40 branches next year.", "shut", "Rabobank"),
        ("Danish carrier Maersk Line said on Monday that it had ordered six new vessels.", "ordered", "Maersk Line"),
        ("The brewer, Carlsberg, said it will close its plant in Odense in March.", "close", "Carlsberg"),
    ],
)
def test_actor_speaker_beside_a_body_noun_is_the_it_of_what_it_says(text, trigger, who):
    assert who in doers(text, trigger)


def test_actor_speaker_beside_a_title_is_still_the_person():
    text = "A ministry spokesman, Lars Holm, said he had resigned on Friday."
    assert ("Lars Holm", "agent") in actors(text, "resigned")


def test_actor_speaker_unnamed_body_noun_names_no_one():
    text = "Ostia Bank won a contract in May. Another bank said it would shut 40 branches next year."
    assert doers(text, "shut") == []
