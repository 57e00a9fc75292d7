"""Dates attached where they belong (issue 16, item 3): a time that belongs to another clause or
another happening does not date a row, nor move the story the rows after it are told in. Sentences
written for these tests (parsed by the real model, with real temporal expressions)."""

from __future__ import annotations

import pytest

from tests.extract.parsed import extracted

pytestmark = pytest.mark.slow

THURSDAY = "2006-11-30"


def seen(text: str, ref: str) -> dict[str, tuple]:
    """predicate text -> (earliest, latest) of the events of ``text``."""
    return {e.predicate.text: (e.date.earliest, e.date.latest) for e in extracted(text, ref)}


def test_a_participle_on_a_noun_does_not_take_the_day_of_the_clause_its_noun_is_in():
    got = seen("The prisoners were freed on Tuesday under a deal brokered by Egypt and Qatar.", THURSDAY)
    assert got["freed"] == ("2006-11-28", "2006-11-28")
    assert got["brokered"] == (None, None)  # brokered before the freeing, on a day the text does not name


def test_a_time_counted_from_an_earlier_happening_is_not_the_era_the_story_is_in():
    text = (
        "Police closed the gambling site on Tuesday.\n"
        "The site opened in May.\n"
        "Three months later, police arrested its owners."
    )
    got = seen(text, THURSDAY)
    assert got["opened"] == ("2006-05-01", "2006-05-31")
    assert got["arrested"] == ("2006-08-01", "2006-08-31")  # not May: three months after it


def test_a_happening_set_in_contrast_keeps_its_time_to_itself():
    text = (
        "Voters queued from dawn on Thursday.\n"
        "Turnout rose through the day, in sharp contrast to their boycott of a referendum in March.\n"
        "Heavy security brought the capital to a standstill."
    )
    got = seen(text, THURSDAY)
    assert got["rose"] == (THURSDAY, THURSDAY)
    assert got["brought"] == (THURSDAY, THURSDAY)  # the day of the vote, not March's referendum


def test_a_sentence_told_from_now_brings_the_story_back_from_the_era_it_looked_back_to():
    text = (
        "The mayor lost his seat in Sunday's vote.\n"
        "His decline began early last month, when auditors questioned his accounts.\n"
        "In the north, the opposition is hoping for gains in the runoff, after being beaten in the big towns.\n"
        "The Greens won two districts."
    )
    got = seen(text, THURSDAY)
    assert got["questioned"] == ("2006-10-01", "2006-10-10")
    assert got["won"] == ("2006-11-26", "2006-11-26")  # Sunday's vote, not early last month


def test_what_a_present_finding_reports_stays_in_the_era_it_is_about():
    text = "The boy fell ill on Oct. 10 in his village.\nLab tests show his antibodies rose sharply."
    got = seen(text, "2005-11-16")
    assert got["rose"] == ("2005-10-10", "2005-10-10")


def test_a_later_day_told_aside_ends_the_look_back_though_it_is_not_the_story_day():
    text = (
        "The coalition lost ground in the local elections on Sunday.\n"
        "Its weakness was shown early this month, when the communists brought down a budget bill.\n"
        "The big loser was the League, whose mayor was voted out on Sunday.\n"
        "The League's candidate came in third."
    )
    got = seen(text, "2006-11-28")
    assert got["brought down"] == ("2006-11-01", "2006-11-10")
    assert got["came"] == ("2006-11-26", "2006-11-26")  # back at Sunday's vote, not early this month


@pytest.mark.parametrize(
    ("text", "verb", "day"),
    [
        ("The fishery ministers, gathering in Oslo on Tuesday, approved a new cod quota.", "approved", "2006-11-28"),
        ("The bishop, touring the flooded parish on Monday, pledged help for the farmers.", "pledged", "2006-11-27"),
    ],
)
def test_a_participle_set_off_after_the_subject_dates_what_the_subject_did(text, verb, day):
    # what the subject was doing at the time ("gathering in Oslo on Tuesday") is when it did it
    assert seen(text, THURSDAY)[verb] == (day, day)


def test_a_participle_telling_a_span_edge_does_not_date_the_clause():
    # "beginning on Sunday" is when the ceasefire begins, not when Egypt brokered it
    got = seen("The ceasefire, beginning on Sunday, was brokered by Egypt.", THURSDAY)
    assert got["brokered"] != ("2006-11-26", "2006-11-26")


def test_a_time_in_a_clause_below_an_infinitive_of_purpose_is_not_the_main_clause_s():
    # "to urge peace after thugs assaulted women on a bus last Sunday": the assault's Sunday, not
    # the day the tenor showed up (the article's, here a Friday)
    text = (
        "Film stars led a peace rally in Sydney on Friday.\n"
        "The veteran Irish tenor showed up at downtown Hyde Park with other poets and dancers to urge social "
        "peace after bands of thugs assaulted Muslim women on a bus last Sunday."
    )
    got = seen(text, "2005-12-16")
    assert got["assaulted"] == ("2005-12-11", "2005-12-11")
    assert got["showed up"] == ("2005-12-16", "2005-12-16")


def test_a_plan_joined_to_a_dated_plan_by_and_shares_its_will_and_its_time():
    # the bare conjunct shares the "will" of the verb it is joined to, and so its time: written at
    # the end, a deadline ("by the end of June") or a span ("between 2008 and 2010")
    got = seen(
        "The ministry will close three mines and retrain their workers in January.\n"
        "The firm will shut its plant and sell the site by the end of June.\n"
        "The council will review the rules and publish a report between 2008 and 2010, its chairman said.\n",
        THURSDAY,
    )
    assert got["close"] == ("2007-01-01", "2007-01-31")
    assert got["shut"] == (THURSDAY, "2007-06-30")  # up to the deadline, not the last days of June
    assert got["review"] == ("2008-01-01", "2010-12-31")


def test_a_plan_with_its_own_subject_or_tense_does_not_share_the_time_of_the_verb_after_it():
    got = seen(
        "The ministry will close three mines and the unions will retrain their workers in January.\n"
        "The firm closed its plant and will sell the site by the end of June.\n",
        THURSDAY,
    )
    assert got["close"] == (None, None)
    assert got["closed"] == (THURSDAY, THURSDAY)  # its own day, not the window up to the deadline after it
