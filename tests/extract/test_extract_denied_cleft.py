"""A relative clause hung on the one the sentence says did NOT do it ("It was not the rebels who
shelled the town", "It is the villagers, not party members, who attacked the office"): that one is
no actor of the happening, and the summary keeps the denial instead of "the rebels shelled"."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline import api

pytestmark = pytest.mark.slow


def rows(text: str) -> dict[str, tuple[str, list[str]]]:
    timeline = api.extract([text], ref_date=dt.date(2003, 5, 14))
    return {
        e.mentions[0].trigger: (e.summary, [a.name for a in e.actors if a.role != "source"]) for e in timeline.events
    }


def test_a_denied_cleft_keeps_its_denial_and_gives_no_doer():
    summary, actors = rows("It was not the Taliban who attacked the convoy near Kandahar on Monday.")["attacked"]
    assert summary.startswith("It was not the Taliban who attacked")
    assert "Taliban" not in actors


def test_the_noun_set_against_with_not_is_not_the_doer():
    found = rows("It is the farmers of the valley, not PPP members, who blocked the highway on Monday.")
    summary, actors = found["blocked"]
    assert not summary.startswith("PPP members blocked")
    assert "PPP" not in actors


def test_an_asserted_cleft_keeps_its_doer():
    summary, actors = rows("It was the Taliban who attacked the convoy near Kandahar on Monday.")["attacked"]
    assert summary.startswith("the Taliban attacked") and "Taliban" in actors
