"""One row per happening within an article (timeline.extract.repeats): a day only the statement
gives bounds the happening it tells."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline import api

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
