"""Chronological order of events, aware of date precision.

A dated event sits at the END of its interval: a month-precision event follows the days of that
month and precedes the next month, like a summary line closing its period ("December 2016: the
evacuation of Aleppo" after "2016-12-16 Putin said ..."). It never sits on the 1st as if it were
a day. With the same end, the narrower interval comes first (a day before the week or month that
ends with it). Ties keep document order (by document id) and narrative order (sentence, offset).
Undated events follow all dated ones, per document, in narrative order.
"""

from __future__ import annotations

from collections.abc import Iterable

from timeline.merge.intervals import PRECISION_RANK, day_number, span_of
from timeline.model import Event


def _narrative(event: Event) -> tuple:
    if event.mentions:
        m = min(event.mentions, key=lambda m: (m.doc, m.sentence, m.start))
        return (m.doc, m.sentence, m.start)
    return (event.sources[0] if event.sources else "", -1, -1)


def sort_key(event: Event) -> tuple:
    """The key :func:`order_events` sorts by (exposed for the store's queries and for tests)."""
    span = span_of(event.date)
    if span is None:
        return (1, 0, 0, 0, _narrative(event), event.id)
    lo, hi = day_number(span[0]), day_number(span[1])
    return (0, hi, -lo, PRECISION_RANK.get(event.date.precision, 99), _narrative(event), event.id)


def order_events(events: Iterable[Event]) -> list[Event]:
    """Events in chronological order (see the module docstring for how precisions interleave)."""
    return sorted(events, key=sort_key)
