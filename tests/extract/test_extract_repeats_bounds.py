"""One row per happening within an article (timeline.extract.repeats): a day only the statement
gives bounds the happening it tells; an occasion named again by "the" whatever its doers; a
country's own body is that country; "and" inside the phrase on an event noun."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline import api
from timeline.extract.repeats import _across_modifier

ARTICLE_DAY = dt.date(2006, 11, 15)  # a Wednesday


def rows(text: str) -> list[tuple[tuple[str, ...], str | None]]:
    """The triggers of each row of the article's chronology, with its first day."""
    timeline = api.extract([text], ref_date=ARTICLE_DAY)
    return [(tuple(m.trigger for m in e.mentions), e.date.earliest) for e in timeline.events]


@pytest.mark.slow
def test_a_day_only_the_statement_gives_yields_to_the_day_the_happening_is_told():
    text = (
        "Police in the northern town of Arbel have arrested 12 farmers for blocking a highway, a local radio "
        "station said Wednesday. The farmers were arrested on Monday during a protest against fuel prices, "
        "police chief Tom Rann said."
    )
    assert rows(text) == [(("arrested", "arrested"), "2006-11-13")]


@pytest.mark.slow
def test_a_day_only_the_statement_gives_does_not_reach_back_a_month_nor_bound_a_plan():
    found = rows(
        "A mine blast has killed 16 miners in the south, officials said Wednesday. "
        "Only last month, 16 miners were killed in a gas explosion at another colliery."
    )
    assert len([r for r in found if r[0] == ("killed",)]) == 2
    found = rows(
        "The coffin will lie in the chapel until Monday, when a funeral service will take place in the "
        "cathedral. A private service was held on Sunday for the family."
    )
    assert len([r for r in found if r[0] == ("service",)]) == 2


@pytest.mark.slow
def test_an_occasion_named_again_by_the_is_one_row_whoever_opens_it():
    text = (
        "Asian leaders and Japanese Prime Minister Ken Aso opened a three-day summit in Hanoi on Tuesday. "
        "Thousands of police guarded the streets. "
        "Vietnamese President Tran Duc Minh opened the summit with a call for calm."
    )
    assert (("summit", "summit"), "2006-11-14") in rows(text)
    other = text.replace("opened the summit", "had opened the previous summit")
    assert len([r for r in rows(other) if r[0] == ("summit",)]) == 2


@pytest.mark.slow
def test_a_countrys_own_body_is_that_country_doing_it():
    text = (
        "A new fishing law was passed by Chile. Fishermen welcomed the news. "
        "On Tuesday Chile's Senate unanimously approved the bill."
    )
    assert (("passed", "approved"), "2006-11-14") in rows(text)
    found = rows(text.replace("Chile's Senate", "Peru's Senate"))
    assert (("passed",), "2006-11-15") in found and (("approved",), "2006-11-14") in found


@pytest.mark.slow
def test_a_noun_and_the_verb_that_says_it_was_held_across_a_phrase_with_and():
    text = (
        "The plan for the mission was approved at the summit of the regional peace and security council "
        "held on March 3 in Lusaka."
    )
    summit = [r for r in rows(text) if "summit" in r[0] or "held" in r[0]]
    assert summit == [(summit[0][0], "2006-03-03")]  # one row for the summit, on the day it was held


def test_and_between_two_words_of_a_phrase_is_no_break_but_before_a_determiner_it_is():
    assert _across_modifier(["of", "the", "au", "peace", "and", "security", "council"])
    assert not _across_modifier(["of", "the", "ministers", "and", "the", "course"])
    assert not _across_modifier(["of", "the", "council", "and"])
