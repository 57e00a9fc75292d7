"""A range of days dates the event over the whole range (timeline.extract.dating.day_ranges): no model."""

import re

import pytest

from timeline.extract.dating import day_ranges
from timeline.model import TimeExpr


def day(text: str, needle: str, iso: str) -> TimeExpr:
    start = text.index(needle)
    return TimeExpr(
        start=start, end=start + len(needle), text=needle, type="DATE", value=iso, edtf=iso,
        earliest=iso, latest=iso, precision="day", resolution="relative",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("text", "needle", "iso", "latest", "extent"),
    [
        ("a summit on December 15-16 in Brussels", "December 15", "2005-12-15", "2005-12-16", "December 15-16"),
        ("to be held in Dhaka on Nov. 12 and 13", "Nov. 12", "2005-11-12", "2005-11-13", "Nov. 12 and 13"),
        ("held in Tunis from Nov. 16 to 18", "Nov. 16", "2005-11-16", "2005-11-18", "Nov. 16 to 18"),
        ("interviewed adults between March 27 and 31", "March 27", "1997-03-27", "1997-03-31", "March 27 and 31"),
        # not a range: a figure, a time, a smaller number, a number past any month
        ("on December 15, 20 people died", "December 15", "2005-12-15", "2005-12-15", "December 15"),
        ("on December 15 to 20 percent", "December 15", "2005-12-15", "2005-12-15", "December 15"),
        ("on December 15 and 200 more", "December 15", "2005-12-15", "2005-12-15", "December 15"),
        ("on December 15 - 3 arrests", "December 15", "2005-12-15", "2005-12-15", "December 15"),
        ("on December 15 at 10:30", "December 15", "2005-12-15", "2005-12-15", "December 15"),
    ],
)
def test_a_day_and_the_day_that_ends_its_range(text, needle, iso, latest, extent):
    (t,) = day_ranges(text, [day(text, needle, iso)])
    assert (t.earliest, t.latest, t.text) == (iso, latest, extent)


def test_two_expressions_joined_into_one_range():
    text = "The fair runs from Nov. 30 to Dec. 2 in Paris."
    out = day_ranges(text, [day(text, "Nov. 30", "2006-11-30"), day(text, "Dec. 2", "2006-12-02")])
    assert [(t.earliest, t.latest, t.text) for t in out] == [("2006-11-30", "2006-12-02", "Nov. 30 to Dec. 2")]
    apart = "He left on Nov. 30 and came back on Dec. 2."
    kept = day_ranges(apart, [day(apart, "Nov. 30", "2006-11-30"), day(apart, "Dec. 2", "2006-12-02")])
    assert [t.text for t in kept] == ["Nov. 30", "Dec. 2"]


def year(text: str, needle: str) -> TimeExpr:
    start = text.index(needle)
    return TimeExpr(
        start=start, end=start + len(needle), text=needle, type="DATE", value=needle, edtf=needle,
        earliest=f"{needle}-01-01", latest=f"{needle}-12-31", precision="year", resolution="absolute",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("were sent abroad from 2002 to 2004 to study", [("2002-01-01", "2004-12-31", "2002 to 2004")]),
        ("grew by 7 percent between 1995 and 2003", [("1995-01-01", "2003-12-31", "1995 and 2003")]),
        ("the 1999-2001 drought", [("1999-01-01", "2001-12-31", "1999-2001")]),
        # two years, not a stretch: "and" without "between", a later year first
        (
            "resolved in the 1952 and 1954 treaties",
            [("1952-01-01", "1952-12-31", "1952"), ("1954-01-01", "1954-12-31", "1954")],
        ),
        ("from 2004 to 2002", [("2004-01-01", "2004-12-31", "2004"), ("2002-01-01", "2002-12-31", "2002")]),
    ],
)
def test_two_years_joined_into_a_stretch_of_years(text, expected):
    a, b = re.findall(r"\d{4}", text)
    out = day_ranges(text, [year(text, a), year(text, b)])
    assert [(t.earliest, t.latest, t.text) for t in out] == expected


def test_a_stretch_from_a_year_to_a_day_or_written_with_during():
    text = "Rebels held the valley from 1996 to March 2, 2003, the report said."
    out = day_ranges(text, [year(text, "1996"), day(text, "March 2, 2003", "2003-03-02")])
    assert [(t.earliest, t.latest, t.text) for t in out] == [("1996-01-01", "2003-03-02", "1996 to March 2, 2003")]
    during = "Prices doubled during 1988 to 1994."
    out = day_ranges(during, [year(during, "1988"), year(during, "1994")])
    assert [(t.earliest, t.latest) for t in out] == [("1988-01-01", "1994-12-31")]
    # (a day after "between ... and" may date the noun: "flights between 1999 and May 4, 2001")
    apart = "Questions were raised about flights between 1999 and May 4, 2001."
    kept = day_ranges(apart, [year(apart, "1999"), day(apart, "May 4, 2001", "2001-05-04")])
    assert [t.text for t in kept] == ["1999", "May 4, 2001"]


def month(text: str, needle: str, value: str) -> TimeExpr:
    start = text.index(needle)
    last = {"02": 28, "04": 30, "06": 30, "09": 30, "11": 30}.get(value[5:], 31)
    return TimeExpr(
        start=start, end=start + len(needle), text=needle, type="DATE", value=value, edtf=value,
        earliest=f"{value}-01", latest=f"{value}-{last}", precision="month", resolution="absolute",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("text", "first", "last", "expected"),
    [
        (
            "Some 4,000 fishermen lost their boats between April 2011 and February 2012.",
            ("April 2011", "2011-04"),
            ("February 2012", "2012-02"),
            [("2011-04-01", "2012-02-28", "April 2011 and February 2012")],
        ),
        (
            "Exports rose 8 percent from May to September.",
            ("May", "2010-05"),
            ("September", "2010-09"),
            [("2010-05-01", "2010-09-30", "May to September")],
        ),
        # two months, not a stretch: "between" joins by "and", "from" by "to"
        (
            "Visits from May and September were counted.",
            ("May", "2010-05"),
            ("September", "2010-09"),
            [("2010-05-01", "2010-05-31", "May"), ("2010-09-01", "2010-09-30", "September")],
        ),
        (
            "Trade between May to September was counted.",
            ("May", "2010-05"),
            ("September", "2010-09"),
            [("2010-05-01", "2010-05-31", "May"), ("2010-09-01", "2010-09-30", "September")],
        ),
    ],
)
def test_two_months_joined_into_a_stretch_of_months(text, first, last, expected):
    out = day_ranges(text, [month(text, *first), month(text, *last)])
    assert [(t.earliest, t.latest, t.text) for t in out] == expected
