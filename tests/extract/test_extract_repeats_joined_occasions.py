"""Joining an occasion told in the article ("will chair the talks", "took part in the meeting",
"will lead the delegation to the talks") is a mention of the occasion's row, the joiner its actor
(GUIDELINES, decisions of the fourth batch: attending a summit is a mention of the summit's row)."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline import api

pytestmark = pytest.mark.slow


def rows(text: str) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    """(triggers, actor names) of each row of the article's chronology."""
    timeline = api.extract([text], ref_date=dt.date(2016, 3, 9))
    return [(tuple(m.trigger for m in e.mentions), tuple(r.name for r in e.actors)) for e in timeline.events]


OPENING = "The two rival leaders will hold talks on Saturday in Geneva, a United Nations envoy said. "


def test_who_chairs_the_talks_is_an_actor_of_the_talks_row():
    found = rows(OPENING + "Norwegian diplomat Erik Solheim is expected to chair the talks.")
    assert len(found) == 1
    triggers, actors = found[0]
    assert "Erik Solheim" in actors and len(triggers) == 2  # "chair" (or "talks", the word it carries)


def test_taking_part_in_the_talks_is_a_mention_of_them():
    found = rows(OPENING + "Three regional presidents would also take part in the talks, the envoy said.")
    assert len(found) == 1 and found[0][0] == ("talks", "talks")  # "take part" anchored on the talks it carries


def test_leading_a_delegation_to_the_talks_is_a_mention_of_them():
    found = rows(OPENING + "Foreign minister Ana Palacio will lead the Spanish delegation to the upcoming talks.")
    assert len(found) == 1 and "Ana Palacio" in found[0][1]


def test_the_next_talks_are_another_occasion():
    text = "The ministers held talks in Lisbon on Monday. Ana Palacio will attend the next talks."
    assert len(rows(text)) == 2


def test_attending_an_occasion_of_another_kind_is_no_mention_of_it():
    text = OPENING + "Ana Palacio will attend the wedding of the king's nephew."
    assert len(rows(text)) == 2


@pytest.mark.parametrize(
    ("text", "joiner"),
    [
        (
            "Prime Minister Lena Varga held talks with President Karl Oster in Lima on Monday. "
            "Foreign Minister Ane Lind joined the talks later.",
            "Ane Lind",
        ),
        (
            "Six athletes were sworn in as army officers in a ceremony held in Athens on Tuesday. "
            "Attending the swearing-in ceremony was Defence Minister Jon Berg.",
            "Jon Berg",
        ),
    ],
)
def test_who_takes_part_in_an_occasion_told_before_stays_its_actor(text, joiner):
    """The row of taking part is the occasion's, folded into the row that told it first: who takes
    part stays among its actors (as one of no role of its own: no doer of the occasion)."""
    found = [f for f in rows(text) if len(f[0]) > 1]
    assert len(found) == 1 and joiner in found[0][1]
