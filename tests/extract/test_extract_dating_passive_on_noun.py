"""A passive participle right after a noun with its "by" agent ("the rebate won by his predecessor
in 1984") tells what the noun is, even where the parser hangs it on the verb: its year is its own,
not the verb's nor the story's (issue 16, item 3). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.parsed import STORY_OPENING, spans_seen

pytestmark = pytest.mark.slow

MONDAY = "2006-11-27"
TUESDAY = "2006-11-28"

TEXT = (
    STORY_OPENING
    + "The paper savaged the minister for compromising on the rebate won by then prime minister Anne Black "
    "in 1984.\n"
    "The opposition joined the criticism.\n"
)


def test_the_year_of_a_participle_on_a_noun_is_not_the_verbs():
    got = spans_seen(TEXT, TUESDAY)
    assert got["savaged"] == (MONDAY, MONDAY)


def test_the_year_of_a_participle_on_a_noun_is_not_the_story_era():
    assert spans_seen(TEXT, TUESDAY)["joined"] == (MONDAY, MONDAY)
