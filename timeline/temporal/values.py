"""TIMEX3 values: validity check and conversion to EDTF, an interval of days and a precision."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

_TIMEX3 = re.compile(
    r"(?:PRESENT_REF|PAST_REF|FUTURE_REF"
    r"|P(?:\d+(?:\.\d+)?|X)(?:Y|M|W|D|DE|CE|Q)"
    r"|PT(?:\d+(?:\.\d+)?|X)(?:H|M|S)(?:\d+(?:\.\d+)?(?:M|S))?"
    r"|P(?=\d|T\d)(?:\d+Y)?(?:\d+M)?(?:\d+D)?(?:T(?:\d+H)?(?:\d+M)?(?:\d+S)?)?"
    r"|(?:\d\d|XX)(?:\d|X)?(?:\d|X)?"  # century, decade, year
    r"|BC\d\d(?:\d\d)?"  # a century or a year before Christ
    r"|(?:\d{4}|XXXX)-(?:Q[1-4X]|H[12X]|SP|SU|FA|WI|W(?:\d\d|XX)(?:-(?:[1-7]|WE))?(?:T(?:MO|AF|EV|NI|\d\d:\d\d))?"
    r"|(?:0[1-9]|1[0-2]|XX)(?:-(?:0[1-9]|[12]\d|3[01]|XX)(?:T(?:MO|AF|EV|NI|\d\d:\d\d))?)?))"
)

SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}
SEASON_EDTF = {"SP": 21, "SU": 22, "FA": 23, "WI": 24}


def is_timex3_value(value: str) -> bool:
    """True when ``value`` is a well-formed TIMEX3 value of the kinds timeline produces."""
    return bool(_TIMEX3.fullmatch(value))


@dataclass(frozen=True)
class Interval:
    earliest: str | None
    latest: str | None
    precision: str
    edtf: str | None


def _month_end(y: int, m: int) -> date:
    while m > 12:
        y, m = y + 1, m - 12
    return date(y, m, calendar.monthrange(y, m)[1])


def _span(first: date, last: date, precision: str, edtf: str | None) -> Interval:
    return Interval(first.isoformat(), last.isoformat(), precision, edtf)


def interval(value: str, ref: date | None = None) -> Interval:
    """The days a TIMEX3 date value covers; durations and sets cover none."""
    if value == "PRESENT_REF":
        return Interval(ref.isoformat(), ref.isoformat(), "day", ref.isoformat()) if ref else _NONE
    if value == "PAST_REF":
        return Interval(None, ref.isoformat(), "none", f"../{ref.isoformat()}") if ref else _NONE
    if value == "FUTURE_REF":
        return Interval(ref.isoformat(), None, "none", f"{ref.isoformat()}/..") if ref else _NONE
    if value.startswith("P") or "X" in value[:4]:
        return _unknown(value)
    if value.startswith("BC"):
        return _before_christ(value)
    m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)(?:T.*)?", value)
    if m:
        d = date(int(m[1]), int(m[2]), int(m[3]))
        return _span(d, d, "day", d.isoformat())
    m = re.fullmatch(r"(\d{4})-W(\d\d)(-WE|-\d)?(?:T.*)?", value)
    if m:
        monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
        if m[3] == "-WE":
            first, last = monday + timedelta(days=5), monday + timedelta(days=6)
        elif m[3]:
            first = last = monday + timedelta(days=int(m[3][1:]) - 1)
            return _span(first, last, "day", first.isoformat())
        else:
            first, last = monday, monday + timedelta(days=6)
        return _span(first, last, "week", f"{first.isoformat()}/{last.isoformat()}")
    m = re.fullmatch(r"(\d{4})-(\d\d)", value)
    if m:
        y, mo = int(m[1]), int(m[2])
        return _span(date(y, mo, 1), _month_end(y, mo), "month", value)
    m = re.fullmatch(r"(\d{4})-Q([1-4])", value)
    if m:
        y, q = int(m[1]), int(m[2])
        return _span(date(y, 3 * q - 2, 1), _month_end(y, 3 * q), "quarter", f"{y}-{32 + q}")
    m = re.fullmatch(r"(\d{4})-H([12])", value)
    if m:
        y, h = int(m[1]), int(m[2])
        first, last = date(y, 6 * h - 5, 1), _month_end(y, 6 * h)
        return _span(first, last, "quarter", f"{y}-{first.month:02d}/{y}-{last.month:02d}")
    m = re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", value)
    if m:
        y, s = int(m[1]), m[2]
        a, b = SEASON_MONTHS[s]
        return _span(date(y, a, 1), _month_end(y, b), "season", f"{y}-{SEASON_EDTF[s]}")
    if re.fullmatch(r"\d{4}", value):
        y = int(value)
        return _span(date(y, 1, 1), date(y, 12, 31), "year", value)
    if re.fullmatch(r"\d{3}", value):
        y = int(value) * 10
        return _span(date(max(y, 1), 1, 1), date(y + 9, 12, 31), "decade", f"{value}X")
    if re.fullmatch(r"\d\d", value):
        y = int(value) * 100
        return _span(date(max(y, 1), 1, 1), date(y + 99, 12, 31), "century", f"{value}XX")
    return _unknown(value)


_NONE = Interval(None, None, "none", None)

# "early March", "in late 1996", "the end of last month", "mid-January": a part of the month or
# year (TIMEX3 mod START / MID / END): its first, middle or last third.
_PART = re.compile(
    r"(?:the[\s-]+)?(?:(?P<early>early|beginning[\s-]+of|start[\s-]+of)|(?P<mid>mid|middle[\s-]+of)"
    r"|(?P<late>late|end[\s-]+of|close[\s-]+of))\b",
    re.IGNORECASE,
)


_WEEK_DAYS = 7
_WEEK_PARTS = ((0, 2), (1, 3), (3, 6))  # the days (0: Monday) of the early, middle and late part of a week
_DECADE_PARTS = ((0, 3), (4, 6), (7, 9))  # the years of the early, middle and late part of a decade


def part_of(iv: Interval, text: str) -> Interval:
    """The interval of an expression whose words name a part of its month or year: the first,
    middle or last third of it ("late March": the 21st to the 31st; "early 1996": January to April);
    of its week, the first three, middle three or last four days ("early next week": Monday to
    Wednesday); of its decade, the first four, middle three or last three years ("the mid-1980s":
    1984 to 1986).
    Other intervals are returned as they are."""
    m = _PART.match(text.strip())
    if m is None or iv.earliest is None or iv.latest is None or iv.precision not in ("month", "year", "week", "decade"):
        return iv
    first, last = date.fromisoformat(iv.earliest), date.fromisoformat(iv.latest)
    third = 0 if m["early"] else 1 if m["mid"] else 2
    if iv.precision == "week":
        if (last - first).days != _WEEK_DAYS - 1:
            return iv
        # "early next week": Monday to Wednesday; "midweek": Tuesday to Thursday; "late last week",
        # "the end of the week": Thursday to Sunday
        a, b = (first + timedelta(days=d) for d in _WEEK_PARTS[third])
    elif iv.precision == "decade":
        # "the mid-1980s": 1984 to 1986; "the early 1990s": 1990 to 1993; "the late 1990s": 1997 to 1999
        years = _DECADE_PARTS[third]
        a, b = date(first.year + years[0], 1, 1), date(first.year + years[1], 12, 31)
    elif iv.precision == "month":
        bounds = ((1, 10), (11, 20), (21, last.day))[third]
        a, b = first.replace(day=bounds[0]), first.replace(day=bounds[1])
    else:
        months = ((1, 4), (5, 8), (9, 12))[third]
        a, b = date(first.year, months[0], 1), _month_end(first.year, months[1])
    return Interval(a.isoformat(), b.isoformat(), iv.precision, f"{a.isoformat()}/{b.isoformat()}")


def _before_christ(value: str) -> Interval:
    """BC years and centuries: no calendar days (Python's dates start in AD 1), EDTF in astronomical
    years (1 BC is year 0, so 1354 BC is -1353)."""
    n = int(value[2:])
    if len(value) == 6:  # BCyyyy
        return Interval(None, None, "year", f"-{n - 1:04d}")
    # the (n+1)-th century BC: from (n+1)*100 BC to n*100+1 BC
    return Interval(None, None, "century", f"-{(n + 1) * 100 - 1:04d}/-{n * 100:04d}")


def _unknown(value: str) -> Interval:
    """Values with unknown parts: the precision they would have, an EDTF with X digits where possible."""
    if value.startswith("P") or value.endswith("_REF"):
        return _NONE
    m = re.fullmatch(r"XXXX-(\d\d|XX)-(\d\d|XX)(?:T.*)?", value)
    if m:
        return Interval(None, None, "day", f"XXXX-{m[1]}-{m[2]}")
    m = re.fullmatch(r"XXXX-W(?:XX|\d\d)(-WE|-\d)?(?:T.*)?", value)
    if m:
        return Interval(
            None, None, "day" if m[1] and m[1] != "-WE" else "week", "XXXX-XX-XX" if m[1] and m[1] != "-WE" else None
        )
    m = re.fullmatch(r"XXXX-(\d\d|XX)", value)
    if m:
        return Interval(None, None, "month", value)
    m = re.fullmatch(r"XXXX-(Q[1-4X]|H[12])", value)
    if m:
        return Interval(None, None, "quarter", None)
    m = re.fullmatch(r"XXXX-(SP|SU|FA|WI)", value)
    if m:
        return Interval(None, None, "season", None)  # EDTF has no season of an unknown year
    m = re.fullmatch(r"(\d{4})-(\d\d|XX)-XX(?:T.*)?", value)
    if m:
        # "that same day" after "last October": some day of a known month (or year)
        y = int(m[1])
        if m[2] == "XX":
            return _span(date(y, 1, 1), date(y, 12, 31), "year", f"{y}-XX-XX")
        mo = int(m[2])
        return _span(date(y, mo, 1), _month_end(y, mo), "month", f"{y}-{mo:02d}-XX")
    m = re.fullmatch(r"(\d{4})-(?:QX|XX|WXX)", value)
    if m:
        y = int(m[1])
        return _span(date(y, 1, 1), date(y, 12, 31), "year", m[1])
    if value == "XXXX":
        return Interval(None, None, "year", "XXXX")
    if value == "XXX":
        return Interval(None, None, "decade", "XXXX")
    if value == "XX":
        return Interval(None, None, "century", "XXXX")
    return _NONE
