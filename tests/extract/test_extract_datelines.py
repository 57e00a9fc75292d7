"""A story's dateline ("CAIRO, May 3 (Xinhua) --") tells where and when it was written: no part of
what its first sentence's row says, nor of the names in it (issue 16, items 4 and 5)."""

from __future__ import annotations

import pytest

from tests.extract.parsed import extracted

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "CAIRO, May 3 (Xinhua) -- Egypt opened a new bridge over the Nile on Tuesday, officials said.",
            "Egypt opened a new bridge over the Nile on Tuesday",
        ),
        # the dash glued to the agency and to the next word
        (
            "BEIJING, May 3(Xinhua)-- Passengers on the ferry line will top 300,000 this year.",
            "Passengers on the ferry line will top 300,000 this year",
        ),
        (
            "HANOI, May 3 (Xinhua) --The freighter Ocean Star docked at Haiphong on Tuesday to unload rice.",
            "The freighter Ocean Star docked at Haiphong on Tuesday",
        ),
    ],
)
def test_a_summary_leaves_the_dateline_out(text, expected):
    first = extracted(text + "\n\nThe work took two years.", "2016-05-03")[0]
    assert first.summary == expected


def test_a_name_glued_to_the_datelines_dash_is_the_name():
    text = "QINGDAO, Shandong, May 3 (Xinhua) --The HMS Kent arrived at Qingdao on Tuesday for a four-day visit."
    names = {a.name for e in extracted(text, "2016-05-03") for a in e.actors}
    assert "HMS Kent" in names
    assert not any(n.startswith("-") for n in names)


def test_a_dateline_with_no_dash_after_the_agency_is_still_the_dateline():
    text = (
        "OSLO, May 3 (Xinhua) Norway is expected to catch more than 2 million tonnes of cod this year, "
        "according to the fisheries ministry on Tuesday.\n\nThe work took two years."
    )
    events = extracted(text, "2016-05-03")
    first = next(e for e in events if e.predicate.text == "catch")
    assert first.summary.startswith("Norway is expected to catch")
    names = {a.name for e in events for a in e.actors}
    assert "Norway" in names and not any("Xinhua" in n or "OSLO" in n for n in names)


def test_the_datelines_day_is_no_time_of_what_the_first_sentence_tells():
    # the article's own day, written in the dateline: the first sentence's half year dates it
    text = (
        "NAIROBI, Nov. 1 (Xinhua) -- Kenya's coffee exports rose 7 percent in the first half of the year, "
        "the board said."
    )
    [row] = [e for e in extracted(text, "2006-11-01") if e.predicate.text == "rose"]
    assert (row.date.earliest, row.date.latest) == ("2006-01-01", "2006-06-30")
    # (a first sentence with no time of its own still takes the article's day)
    text = "OSLO, March 3 (Xinhua) -- Norwegian police arrested two men suspected of smuggling, officials said."
    [row] = [e for e in extracted(text, "2010-03-03") if e.predicate.text == "arrested"]
    assert (row.date.earliest, row.date.latest) == ("2010-03-03", "2010-03-03")
