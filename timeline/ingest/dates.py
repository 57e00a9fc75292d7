"""Normalize a publication date written in metadata (ISO, RFC 2822, "23 December 2016" ...) to YYYY-MM-DD."""

from __future__ import annotations

import datetime as dt
import re
from email.utils import parsedate

from timeline.calendar_words import MONTHS

MONTH_NAMES = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
WEEKDAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?\.?"

# Fixed so that nothing ever depends on the day the program runs.
_RELATIVE_BASE = dt.datetime(2000, 1, 1)

_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:[T ]|$).*)?$")
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})(?:T[\d:.]+)?(?:Z|[+-]\d{2}:?\d{2})?$")
_SLASHED_YMD = re.compile(r"(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?:\s.*)?$")
_SLASHED_XXY = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:\s.*)?$")
_TAIL = r"(?:\s*(?:,|at|@|-|T)?\s*\d{1,2}[:.]\d{2}.*)?$"
_DAY_MONTH_YEAR = re.compile(
    rf"(?:{WEEKDAY},?\s+)?(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({MONTH_NAMES})\.?,?\s+(\d{{4}}){_TAIL}",
    re.IGNORECASE,
)
_MONTH_DAY_YEAR = re.compile(
    rf"(?:{WEEKDAY},?\s+)?({MONTH_NAMES})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}}){_TAIL}",
    re.IGNORECASE,
)
_HAS_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|2\d\d\d)(?!\d)")
_RELATIVE_WORDS = re.compile(r"\b(?:ago|yesterday|today|tomorrow|last|next|this|now)\b", re.IGNORECASE)


def month_number(name: str) -> int:
    return MONTHS[name.lower()[:3]]


def normalize_date(value: object) -> str | None:
    """``value`` as YYYY-MM-DD, or None when it is not an unambiguous calendar day.

    Accepts date/datetime objects (YAML front matter) and strings: ISO 8601 dates and datetimes
    (the date is taken as written, in the writer's own time zone), RFC 2822, "23 December 2016",
    "Dec. 23, 2016", "2016/12/23", "20161223", d/m/y or m/d/y only when the day is over 12.
    Partial dates ("December 2016"), relative ones ("yesterday") and numbers are refused.
    """
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if not isinstance(value, str):
        return None
    s = " ".join(value.split())
    if not s:
        return None
    for pattern, order in (
        (_ISO, "ymd"),
        (_COMPACT, "ymd"),
        (_SLASHED_YMD, "ymd"),
        (_DAY_MONTH_YEAR, "dmy"),
        (_MONTH_DAY_YEAR, "mdy"),
    ):
        m = pattern.match(s)
        if m:
            return _from_parts(m.groups(), order)
    m = _SLASHED_XXY.match(s)
    if m:
        a, b, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if a > 12 >= b:
            return _ymd(year, b, a)
        if b > 12 >= a:
            return _ymd(year, a, b)
        if a == b:
            return _ymd(year, a, b)
        return None  # 03/04/2016: March 4 or 3 April? Not ours to guess.
    rfc = parsedate(s)
    if rfc and rfc[0] and _HAS_YEAR.search(s):
        return _ymd(rfc[0], rfc[1], rfc[2])
    return _dateparser_fallback(s)


def _from_parts(groups: tuple[str, ...], order: str) -> str | None:
    parts = dict(zip(order, groups, strict=False))
    month = parts["m"]
    month_n = int(month) if month.isdecimal() else month_number(month)
    return _ymd(int(parts["y"]), month_n, int(parts["d"]))


def _ymd(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _dateparser_fallback(s: str) -> str | None:
    # Only for written-out dates the rules above missed; a year must be there and nothing relative,
    # because dateparser fills missing parts from RELATIVE_BASE.
    if not _HAS_YEAR.search(s) or _RELATIVE_WORDS.search(s) or len(s) > 80:
        return None
    import dateparser

    parsed = dateparser.parse(
        s,
        languages=["en"],
        settings={
            "RELATIVE_BASE": _RELATIVE_BASE,
            "REQUIRE_PARTS": ["day", "month", "year"],
            "PREFER_DATES_FROM": "past",
            "RETURN_AS_TIMEZONE_AWARE": False,
        },
    )
    return parsed.date().isoformat() if parsed else None


_URL_DATE = re.compile(r"/((?:19|20)\d\d)[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?:/|-|$)")


def url_date(url: str | None) -> str | None:
    """The day in a news URL path such as ``/2016/12/23/putin-...``, if there is one."""
    if not url:
        return None
    m = _URL_DATE.search(url)
    return _ymd(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None
