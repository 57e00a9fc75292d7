"""TimelineJS3 JSON: dated events with only the known date parts, grouped by main actor.

TimelineJS renders headline and text as HTML, so every article-derived string is escaped here.
"""

from __future__ import annotations

import datetime as dt
from html import escape
from typing import IO, Any

from timeline.codec import dumps
from timeline.model import Event, Timeline
from timeline.render.base import Options
from timeline.render.view import (
    actor_names,
    chronology,
    date_label,
    documents_by_id,
    evidence,
    headline,
    main_actors,
    one_line,
    plural,
    point_before,
    safe_url,
    source_title,
)

# Which calendar parts a precision actually knows; a span is given for coarse precisions.
_PARTS = {
    "day": ("year", "month", "day"),
    "week": ("year", "month", "day"),
    "month": ("year", "month"),
    "season": ("year", "month"),
    "quarter": ("year", "month"),
    "year": ("year",),
    "decade": ("year",),
    "century": ("year",),
    "none": ("year", "month", "day"),
}
_SPAN = {"week", "season", "quarter", "decade", "century", "none"}


def _date(d: dt.date, parts: tuple[str, ...]) -> dict[str, int]:
    return {p: getattr(d, p) for p in parts}


def _text(e: Event, docs) -> str:
    bits: list[str] = []
    if e.actors:
        bits.append("<p><b>Actors:</b> " + escape(", ".join(actor_names(e))) + "</p>")
    if e.places:
        bits.append("<p><b>Places:</b> " + escape(", ".join(one_line(p) for p in e.places)) + "</p>")
    for c in e.claims:
        who = f" — {one_line(c.source)}" if c.source else ""
        bits.append("<p><b>Claim:</b> " + escape(one_line(c.text) + who) + "</p>")
    mention = evidence(e)
    if mention and mention.text:
        bits.append("<blockquote>" + escape(one_line(mention.text)) + "</blockquote>")
    sources = []
    for s in e.sources:
        title = escape(source_title(s, docs))
        url = safe_url(docs[s].url) if s in docs else None
        sources.append(f'<a href="{escape(url)}">{title}</a>' if url else title)
    if sources:
        bits.append("<p><b>Sources:</b> " + "; ".join(sources) + "</p>")
    return "".join(bits)


def _slide(e: Event, docs) -> dict[str, Any] | None:
    # "more than 10 years ago": a slide at the point it lies before (labelled "before 1996"), not
    # at the year 1 its open start is written as
    point = point_before(e.date)
    start = point.earliest if point else e.date.earliest
    try:
        first = dt.date.fromisoformat((start or "")[:10])
        last = dt.date.fromisoformat((e.date.latest or e.date.earliest or "")[:10])
    except ValueError:
        return None
    parts = _PARTS.get(e.date.precision, _PARTS["none"])
    slide: dict[str, Any] = {
        "unique_id": e.id,
        "start_date": _date(first, parts),
        "text": {"headline": escape(headline(e)), "text": _text(e, docs)},
    }
    if e.date.precision in _SPAN and last != first:
        slide["end_date"] = _date(last, parts)
    if e.date.precision != "day" or e.date.resolution == "inferred":
        label = escape(date_label(e.date))
        slide["display_date"] = label
        slide["start_date"]["display_date"] = label
    group = main_actors(e)[0]
    if group:
        slide["group"] = escape(group)
    return slide


def timeline_dict(tl: Timeline) -> dict[str, Any]:
    docs = documents_by_id(tl)
    groups, undated = chronology(tl.events)
    events = [s for g in groups for e in g.events if (s := _slide(e, docs)) is not None]
    titles = ", ".join(source_title(d.id, docs) for d in tl.documents[:3])
    more = f" and {len(tl.documents) - 3} more" if len(tl.documents) > 3 else ""
    return {
        "title": {
            "text": {
                "headline": "Timeline",
                "text": escape(f"{plural(len(events), 'dated event')} from {plural(len(tl.documents), 'document')}: ")
                + escape(f"{titles}{more}")
                + (
                    escape(
                        f" ({plural(len(undated), 'undated event')} {'is' if len(undated) == 1 else 'are'} not shown.)"
                    )
                    if undated
                    else ""
                ),
            }
        },
        "events": events,
    }


def timeline(tl: Timeline, out: IO[str], opts: Options) -> None:
    out.write(dumps(timeline_dict(tl), indent=2))
    out.write("\n")
