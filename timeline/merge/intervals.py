"""Date intervals as the merge stage sees them: an event's (earliest, latest) span, overlap, display.

Dates are ISO ``YYYY-MM-DD`` strings; they are compared as day numbers so that spans of different
precisions (a day, a week, a month) can be intersected and sorted together.
"""

from __future__ import annotations

import calendar
import re
from functools import lru_cache

from timeline.model import PRECISIONS, EventDate

Span = tuple[str, str]

# Finer precisions rank lower; "none" (undated) ranks last.
PRECISION_RANK: dict[str, int] = {p: i for i, p in enumerate(PRECISIONS)}

_ISO = re.compile(r"^(-?\d{1,6})-(\d{2})-(\d{2})")


@lru_cache(maxsize=1 << 16)
def day_number(iso: str) -> int:
    """A monotonic day count for an ISO date (also for years outside datetime's 1..9999)."""
    m = _ISO.match(iso)
    if not m:
        m = re.match(r"^(-?\d{1,6})(?:-(\d{2}))?", iso)
        if not m:
            return 0
        year, month, day = int(m.group(1)), int(m.group(2) or 1), 1
    else:
        year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3))
    # 372 = 12 * 31: monotonic, and exact enough for comparing the length of spans.
    return year * 372 + (month - 1) * 31 + (day - 1)


def span_of(date: EventDate) -> Span | None:
    """The (earliest, latest) interval of a date, an open bound taken as the other; None if undated."""
    lo = date.earliest or date.latest
    hi = date.latest or date.earliest
    if lo is None or hi is None:
        return None
    lo, hi = lo[:10], hi[:10]
    if day_number(hi) < day_number(lo):
        lo, hi = hi, lo
    return lo, hi


def span_days(span: Span) -> int:
    return day_number(span[1]) - day_number(span[0]) + 1


def intersect(a: Span | None, b: Span | None) -> Span | None:
    """The overlap of two spans, or None when they are disjoint or either is missing."""
    if a is None or b is None:
        return None
    lo = a[0] if day_number(a[0]) >= day_number(b[0]) else b[0]
    hi = a[1] if day_number(a[1]) <= day_number(b[1]) else b[1]
    if day_number(lo) > day_number(hi):
        return None
    return lo, hi


def describe(span: Span) -> str:
    """A compact label: ``2016-12-16``, ``2017-01`` for a whole month, ``2016`` for a whole year."""
    lo, hi = span
    if lo == hi:
        return lo
    m_lo, m_hi = _ISO.match(lo), _ISO.match(hi)
    if m_lo and m_hi and m_lo.group(1) == m_hi.group(1):
        year = int(m_lo.group(1))
        if m_lo.group(3) == "01" and 1 <= year <= 9999:
            last = calendar.monthrange(year, int(m_hi.group(2)))[1]
            if int(m_hi.group(3)) == last:
                if m_lo.group(2) == m_hi.group(2):
                    return lo[:7]
                if m_lo.group(2) == "01" and m_hi.group(2) == "12":
                    return lo[:4]
    return f"{lo}..{hi}"
