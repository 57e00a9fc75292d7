"""An "after" clause with a subject of its own that hangs on a verb told in the present or the
present perfect ("The closure comes after inspectors visited the school", "has shut the bridge
after engineers found cracks") tells what came before the time of writing, some time in the month
before the article; not the day the story is at."""

from __future__ import annotations

import pytest

from tests.extract.parsed import spans_seen

pytestmark = pytest.mark.slow

STORY = "Riot police cleared the square in front of the parliament on Saturday. "


def test_an_after_clause_of_a_present_perfect_took_place_before_the_article():
    seen = spans_seen(
        STORY + "The regional council has closed the old bridge after engineers found cracks in it.", "2016-05-04"
    )
    assert seen["cleared"] == ("2016-04-30", "2016-04-30")
    assert seen["found"] == ("2016-04-04", "2016-05-03")


def test_an_after_clause_of_a_present_tense_took_place_before_the_article():
    seen = spans_seen(STORY + "The recall comes after a delivery van crashed on the motorway.", "2016-05-04")
    assert seen["crashed"] == ("2016-04-04", "2016-05-03")


def test_an_after_clause_of_a_simple_past_keeps_the_story_day():
    seen = spans_seen(STORY + "The crowd left after officers fired tear gas.", "2016-05-04")
    assert seen["fired"] == ("2016-04-30", "2016-04-30")
