"""iCalendar export: dated events as all-day VEVENTs (coarse dates span their whole interval)."""

from __future__ import annotations

import datetime as dt
import os
from typing import IO

from icalendar import Calendar
from icalendar import Event as VEvent

from timeline.model import Document, Event, Timeline
from timeline.render.base import Options
from timeline.render.view import (
    actor_names,
    date_label,
    documents_by_id,
    evidence,
    headline,
    how_dated,
    one_line,
    safe_url,
    source_title,
)

PRODID = "-//timeline//timeline event chronology//EN"
# Dated no more precisely than this, an event would fill a calendar with year-long banners: left
# out unless asked for (Options.ics_coarse, `--ics-coarse`).
COARSE = frozenset({"year", "decade", "century"})
UID_DOMAIN = "timeline.invalid"


def _stamp(e: Event, last: dt.date, docs: dict[str, Document]) -> dt.datetime:
    """DTSTAMP: when the information was last revised (RFC 5545 without METHOD).

    That is the newest publication date among the event's articles (else the event's last day),
    so exporting the same data twice gives the same file; SOURCE_DATE_EPOCH overrides it.
    """
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdecimal():
        return dt.datetime.fromtimestamp(int(epoch), dt.UTC)
    published: list[dt.date] = []
    for doc in (docs[s] for s in e.sources if s in docs):
        try:
            published.append(dt.date.fromisoformat((doc.date.value or "")[:10]))
        except ValueError:
            continue
    day = max(published) if published else last
    return dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC)


def _bounds(e: Event) -> tuple[dt.date, dt.date] | None:
    try:
        first = dt.date.fromisoformat((e.date.earliest or "")[:10])
        last = dt.date.fromisoformat((e.date.latest or e.date.earliest or "")[:10])
    except ValueError:
        return None
    return first, max(first, last)


def timeline(tl: Timeline, out: IO[str], opts: Options) -> None:
    docs = documents_by_id(tl)
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", "timeline")
    for e in tl.events:
        bounds = _bounds(e) if e.date.dated else None
        if bounds is None:
            continue  # an undated event has no place on a calendar
        if e.date.precision in COARSE and not opts.ics_coarse:
            continue
        if e.date.open_start:
            continue  # "more than 10 years ago": before a day, how long before unknown, no span to show
        first, last = bounds
        ev = VEvent()
        ev.add("uid", f"{e.id}@{UID_DOMAIN}")
        ev.add("dtstamp", _stamp(e, last, docs))
        ev.add("summary", headline(e))
        ev.add("dtstart", first)
        # DTEND of an all-day event is exclusive; 9999-12-31 ("the 100th century") has no day after.
        ev.add("dtend", last + dt.timedelta(days=1) if last < dt.date.max else last)
        ev.add("transp", "TRANSPARENT")
        how = how_dated(e.date)
        details = [f"Date: {date_label(e.date)}" + (f" — {how}" if how else "")]
        if e.actors:
            details.append("Actors: " + ", ".join(actor_names(e)))
            ev.add("categories", actor_names(e))
        for c in e.claims:
            details.append(f"Claim: {one_line(c.text)}" + (f" — {one_line(c.source)}" if c.source else ""))
        if e.sources:
            details.append("Sources: " + "; ".join(source_title(s, docs) for s in e.sources))
        mention = evidence(e)
        if mention and mention.text:
            details.append(f"“{one_line(mention.text)}”")
        ev.add("description", "\n".join(details))
        if e.places:
            ev.add("location", ", ".join(one_line(p) for p in e.places))
        url = next((u for u in (safe_url(docs[s].url) for s in e.sources if s in docs) if u), None)
        if url:
            try:
                ev.add("url", url)
            except ValueError:
                pass  # a URL the calendar cannot hold costs the event its link, not the export
        ev.add("x-timeline-precision", e.date.precision)
        cal.add_component(ev)
    out.write(cal.to_ical().decode("utf-8"))
