"""Output formats: one module per format, registered here; the CLI only calls these functions.

``FORMATS`` maps a format name to an :class:`Exporter` saying which kinds of data
(timeline, timexes, actors) it can write.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import IO

from timeline.errors import UsageError
from timeline.model import Actor, StoredDocument, TimeExpr, Timeline
from timeline.render import csvfmt, htmlpage, ical, jsonfmt, markdown, table, timelinejs
from timeline.render.base import Exporter, Options

KINDS = ("timeline", "timexes", "actors", "documents")

FORMATS: dict[str, Exporter] = {
    "table": Exporter(
        "table", "aligned text for a terminal (rich)", table.timeline, table.timexes, table.actors, table.documents
    ),
    "json": Exporter(
        "json", "one JSON document (timeline/1)", jsonfmt.timeline, jsonfmt.timexes, jsonfmt.actors, jsonfmt.documents
    ),
    "jsonl": Exporter(
        "jsonl",
        "one JSON object a line",
        jsonfmt.timeline_lines,
        jsonfmt.timex_lines,
        jsonfmt.actor_lines,
        jsonfmt.document_lines,
    ),
    "csv": Exporter("csv", "spreadsheet rows", csvfmt.timeline, csvfmt.timexes, csvfmt.actors, csvfmt.documents),
    "md": Exporter("md", "Markdown chronology with footnoted sources", markdown.timeline),
    "ics": Exporter("ics", "iCalendar (dated events only)", ical.timeline),
    "timelinejs": Exporter("timelinejs", "TimelineJS3 JSON", timelinejs.timeline),
    "html": Exporter("html", "self-contained offline HTML page", htmlpage.timeline),
}


def formats_for(kind: str) -> list[str]:
    """The format names that can write ``kind`` ("timeline", "timexes" or "actors")."""
    if kind not in KINDS:
        raise UsageError(f"unknown output kind {kind!r}; expected one of {', '.join(KINDS)}")
    return [name for name, exp in FORMATS.items() if exp.writer(kind) is not None]


def _writer(kind: str, fmt: str):
    exporter = FORMATS.get(fmt)
    writer = exporter.writer(kind) if exporter else None
    if writer is None:
        raise UsageError(f"unknown format {fmt!r} for {kind}; choose from {', '.join(formats_for(kind))}")
    return writer


def render_timeline(
    timeline: Timeline,
    fmt: str,
    out: IO[str],
    *,
    color: bool | None = None,
    width: int | None = None,
    explain: bool = False,
    bom: bool = False,
    encoded: bytes | None = None,
    undated: bool = True,
    ics_coarse: bool = False,
) -> None:
    """Write ``timeline`` to ``out`` as ``fmt``; ``explain`` adds merge reasons (table, md).
    ``encoded``: ``timeline`` as :func:`timeline.codec.encode_timeline` made it (the store's cache),
    copied by the JSON writers rather than encoded again. ``undated=False``: the table says how
    many events are undated instead of listing them; ``ics_coarse``: the calendar also has the
    events dated only to a year or coarser."""
    options = Options(
        color=color, width=width, explain=explain, bom=bom, encoded=encoded, undated=undated, ics_coarse=ics_coarse
    )
    _writer("timeline", fmt)(timeline, out, options)


def render_timexes(
    timexes: Sequence[TimeExpr],
    fmt: str,
    out: IO[str],
    *,
    color: bool | None = None,
    width: int | None = None,
    bom: bool = False,
) -> None:
    """Write temporal expressions (``timeline dates``) to ``out`` as table, json, jsonl or csv."""
    _writer("timexes", fmt)(list(timexes), out, Options(color=color, width=width, bom=bom))


def render_actors(
    actors: Sequence[Actor],
    fmt: str,
    out: IO[str],
    *,
    color: bool | None = None,
    width: int | None = None,
    bom: bool = False,
) -> None:
    """Write actors (``timeline actors``) to ``out`` as table, json, jsonl or csv."""
    _writer("actors", fmt)(list(actors), out, Options(color=color, width=width, bom=bom))


def render_documents(
    documents: Sequence[StoredDocument],
    fmt: str,
    out: IO[str],
    *,
    color: bool | None = None,
    width: int | None = None,
    bom: bool = False,
) -> None:
    """Write stored documents (``timeline documents``) to ``out`` as table, json, jsonl or csv."""
    _writer("documents", fmt)(list(documents), out, Options(color=color, width=width, bom=bom))


__all__ = [
    "FORMATS",
    "Exporter",
    "Options",
    "formats_for",
    "render_actors",
    "render_documents",
    "render_timeline",
    "render_timexes",
]
