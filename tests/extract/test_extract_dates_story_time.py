"""Dates of clauses told in the story's own time (issue 16, dates): a present progressive with
"still/now/currently" and a weekday is of the story's week, the nearest such day; "now" gives way to
a calendar time hung on the same verb; a participle after a bare infinitive under a present perfect
is told in that perfect and moves the story to no past year; a clause set "in a previous window",
"during an earlier visit" is before the story, undated. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.parsed import STORY_OPENING, extracted

pytestmark = pytest.mark.slow

WEDNESDAY = "2006-11-29"


def dates(text: str, ref: str = WEDNESDAY) -> dict[str, tuple]:
    return {e.predicate.text: (e.date.earliest, e.date.latest) for e in extracted(text, ref, all_events=True)}


@pytest.mark.parametrize(
    ("sentence", "trigger", "day"),
    [
        ("Shoppers are still queueing on Tuesday outside the shuttered bank in the capital.", "queueing", "2006-11-28"),
        ("Divers are now combing the lake for the missing boy Monday, police said.", "combing", "2006-11-27"),
        # a day just ahead is the nearest too (a dateline a day behind the story), not a week back
        ("Engineers are currently repairing the bridge on Thursday.", "repairing", "2006-11-30"),
    ],
)
def test_a_progressive_still_going_on_takes_the_nearest_weekday(sentence, trigger, day):
    assert dates(STORY_OPENING + sentence)[trigger] == (day, day)


def test_a_progressive_without_still_or_now_is_a_plan_ahead():
    got = dates(STORY_OPENING + "The two leaders are meeting on Tuesday in Oslo.")
    assert got["meeting"] == ("2006-12-05", "2006-12-05")


def test_a_calendar_time_on_the_verb_wins_over_now():
    got = dates(STORY_OPENING + "The referendum, which is currently set for March 2008, may be delayed.")
    assert got["set"] == ("2008-03-01", "2008-03-31")


def test_now_stays_when_the_calendar_time_belongs_to_a_noun():
    # "Sunday's final" is the final's day: the turning of attention is not dated by it
    got = dates(STORY_OPENING + "The champions now turn their attention to Sunday's final against Leeds.")
    assert got.get("turn", (None, None))[0] != "2006-12-03"


def test_a_participle_under_a_perfect_with_a_bare_infinitive_moves_the_story_to_no_past_year():
    text = (
        "The finance minister said on Tuesday that inflation would fall next year.\n"
        "Tight budgets have helped the country meet its targets, cutting the deficit from 9 percent "
        "in 2001 to 3 percent in 2004.\n"
        "The minister rejected calls for tax cuts.\n"
    )
    got = dates(text)
    assert got["rejected"] != ("2004-01-01", "2004-12-31")


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("In a previous transfer window the club signed a striker from Leeds.", "signed"),
        ("During an earlier visit, the envoy met the king in his palace.", "met"),
        ("On a previous occasion the court rejected the appeal.", "rejected"),
    ],
)
def test_a_clause_set_at_an_earlier_occasion_is_not_on_the_story_day(sentence, trigger):
    text = "The coach said on Tuesday he would buy two players.\n" + sentence + "\n"
    assert dates(text)[trigger] == (None, None)


def test_an_occasion_named_as_the_previous_one_keeps_its_own_time():
    # "the previous year" is a time the text names ("the"): the clause keeps a date
    got = dates("The firm said on Tuesday that sales rose.\nIn the previous year the firm sold 40 planes.\n")
    assert got["sold"][0] is not None


def test_a_post_game_comment_takes_the_games_day_not_the_articles():
    # a game's report of the day after the game: what the coach said after it was said that day
    text = (
        "Northfield beat Eastbury 3-1 in the league match on Tuesday.\n"
        "Smith scored twice in the second half.\n"
        '"We deserved the win," coach Tom Hale said.'
    )
    assert dates(text)["said"] == ("2006-11-28", "2006-11-28")
    # not a statement of a story that is no game's
    text = (
        "The ministry opened an inquiry into the contract on Tuesday.\n"
        "Investigators searched two offices.\n"
        '"We will find the truth," minister Tom Hale said.'
    )
    assert dates(text)["said"] == (WEDNESDAY, WEDNESDAY)


# A main clause in the present perfect tells a past from the time of writing: the simple past told
# after it is the story's again, not the era a background sentence looked back to.
@pytest.mark.parametrize(
    ("text", "trigger", "day"),
    [
        (
            "A court in the capital opened the trial of three former ministers on Tuesday.\n"
            "The case was reopened last year after a change of government.\n"
            "Laws that shielded the accused have been repealed.\n"
            "Armed guards searched everyone who entered the building.\n",
            "searched",
            "2006-11-28",
        ),
        (
            "The union called off a strike at the port on Monday.\n"
            "In 1998, dockers staged a walkout that lasted five months.\n"
            "Wages have risen since then.\n"
            "Ships were unloaded as normal.\n",
            "unloaded",
            "2006-11-27",
        ),
        (
            # a past perfect after the perfect tells what came before the story: the story comes
            # back with the simple past after it
            "The union called off a strike at the port on Monday.\n"
            "In 1998, dockers staged a walkout that lasted five months.\n"
            "Wages have risen since then.\n"
            "The port had been closed for a week.\n"
            "Ships were unloaded as normal.\n",
            "unloaded",
            "2006-11-27",
        ),
    ],
)
def test_a_present_perfect_brings_the_story_back_to_its_day(text, trigger, day):
    assert dates(text)[trigger] == (day, day)


def test_without_a_present_perfect_the_story_stays_in_the_background_era():
    text = (
        "The union called off a strike at the port on Monday.\n"
        "In 1998, dockers staged a walkout that lasted five months.\n"
        "Ships were unloaded by soldiers.\n"
    )
    assert dates(text)["unloaded"] == ("1998-01-01", "1998-12-31")
