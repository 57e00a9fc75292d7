"""News told in the present perfect with no time, beside a story of another day, took place in the
month before the article (GUIDELINES, decisions of the second batch); an earlier occasion ("tried
once before") is given no date."""

from __future__ import annotations

import pytest

from tests.extract.parsed import spans_seen

pytestmark = pytest.mark.slow

STORY = "Riot police cleared the square in front of the parliament on Saturday. "


def test_a_present_perfect_beside_a_story_of_another_day_takes_the_month_before():
    seen = spans_seen(STORY + "The main opposition party has strongly protested the new curfew.", "2016-05-04")
    assert seen["cleared"] == ("2016-04-30", "2016-04-30")
    assert seen["protested"] == ("2016-04-04", "2016-05-04")


def test_a_passive_present_perfect_there_takes_the_month_before_too():
    seen = spans_seen(STORY + "A curfew has been imposed in three northern provinces.", "2016-05-04")
    assert seen["imposed"] == ("2016-04-04", "2016-05-04")


@pytest.mark.parametrize("adverb", ["once before", "previously"])
def test_a_present_perfect_on_an_earlier_occasion_stays_undated(adverb):
    seen = spans_seen(STORY + f"The former mayor has {adverb} been tried for fraud.", "2016-05-04")
    assert seen["tried"] == (None, None)


def test_once_again_is_no_earlier_occasion():
    seen = spans_seen(STORY + "The opposition leader has once again called for early elections.", "2016-05-04")
    assert seen["called"] == ("2016-04-04", "2016-05-04")


@pytest.mark.parametrize(
    "record",
    [
        "The visiting side has won four of its last five matches.",
        "Only two bowlers have taken more wickets than Patel.",
    ],
)
def test_a_record_counted_over_several_occasions_takes_no_day(record):
    # a record over games or seasons is no happening of one day, in the lead or beside a story
    for text in (record, "The club sacked its coach on Saturday. " + record):
        seen = spans_seen(text, "2016-05-04")
        verb = "won" if "won" in record else "taken"
        assert seen[verb] == (None, None), text


def test_things_counted_out_of_a_number_are_no_record():
    seen = spans_seen(STORY + "Rebels have seized two of the three bridges over the river.", "2016-05-04")
    assert seen["seized"] == ("2016-04-04", "2016-05-04")


LOOK_BACK = "The goalkeeper failed a doping test, the league said on Tuesday. He said last month he was innocent. "


def test_a_present_perfect_after_a_look_back_to_last_month_is_news_up_to_now():
    seen = spans_seen(LOOK_BACK + "The goalkeeper has been banned from all matches.", "2016-05-04")
    assert seen["banned"] == ("2016-04-04", "2016-05-04")


def test_a_present_perfect_after_a_long_past_year_stays_undated():
    text = "The province was annexed in 1921. The army has deployed troops along the new border."
    seen = spans_seen(text, "2016-05-04")
    assert seen["deployed"] == (None, None)


def test_a_record_after_a_look_back_to_last_month_stays_undated():
    seen = spans_seen(LOOK_BACK + "The club has won four of its last five matches.", "2016-05-04")
    assert seen["won"] == (None, None)
