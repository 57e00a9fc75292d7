"""What a speaker "concluded that", "evoked" or "cited" on the occasion of other remarks is one of
those remarks (GUIDELINES, second batch: several quotes of one speaker on one occasion are one
row); "concluded" with no "that" is no statement ("the talks concluded")."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline import api

pytestmark = pytest.mark.slow


def rows(text: str) -> list[tuple[str, ...]]:
    """The triggers of each row of the article's chronology."""
    timeline = api.extract([text], ref_date=dt.date(2016, 3, 9))
    return [tuple(m.trigger for m in e.mentions) for e in timeline.events]


def test_concluded_that_is_one_more_remark_of_the_speaker():
    text = (
        "Opposition leader Maria Olsen warned on Wednesday that the reform would divide the country. "
        "Olsen concluded that the vote was a turning point for the coalition."
    )
    found = rows(text)
    assert any("warned" in r and "concluded" in r for r in found)


def test_what_a_speaker_evoked_and_then_said_is_one_remark():
    text = (
        "Spokesman Tom Reiner said on Wednesday that the embassy was calm. "
        "Reiner evoked the 1999 treaty between the two countries and said the staff were safe."
    )
    found = rows(text)
    assert not any(r == ("evoked",) for r in found)


def test_a_speaker_citing_a_rival_is_one_of_her_remarks():
    text = (
        "Sprinter Ana Lopes said on Wednesday that she was confident of a medal. "
        "Lopes cited her Jamaican rival Kerry Wells as the favourite for the title."
    )
    assert not any(r == ("cited",) for r in rows(text))


def test_talks_that_concluded_are_no_remark():
    text = (
        "Foreign minister Ana Palacio said on Wednesday that she was pleased. "
        "The talks on the fishing quota concluded in Madrid on Wednesday."
    )
    found = rows(text)
    assert len(found) == 2 and any("talks" in r and "said" not in r for r in found)
