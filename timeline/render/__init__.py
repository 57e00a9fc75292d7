"""Output formats: one module per format, registered here; the CLI only calls these functions.

``FORMATS`` maps a format name to an :class:`Exporter` saying which kinds of data
(timeline, timexes, actors) it can write.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import IO

from timeline.errors import UsageError
from timeline.model import Actor, StoredDocument, TimeExpr, Timeline
from timeline.render.base import Exporter, Options, Writer

KINDS = ("timeline", "timexes", "actors", "documents")


class _Lazy:
    """A writer imported when first called: a command loads only the format it writes (the
    calendar and HTML exporters import libraries `timeline dates` never needs)."""

    def __init__(self, module: str, name: str):
        self.module, self.name = module, name
        self._fn: Writer | None = None

    def __call__(self, data, out: IO[str], options: Options) -> None:
        if self._fn is None:
            from importlib import import_module

            self._fn = getattr(import_module(f"timeline.render.{self.module}"), self.name)
        self._fn(data, out, options)


def _exporter(name: str, description: str, module: str, **writers: str) -> Exporter:
    return Exporter(name, description, **{kind: _Lazy(module, fn) for kind, fn in writers.items()})


_DATA = {"timexes": "timexes", "actors": "actors", "documents": "documents"}
FORMATS: dict[str, Exporter] = {
    "table": _exporter("table", "aligned text for a terminal (rich)", "table", timeline="timeline", **_DATA),
    "json": _exporter("json", "one JSON document (timeline/1)", "jsonfmt", timeline="timeline", **_DATA),
    "jsonl": _exporter(
        "jsonl",
        "one JSON object a line",
        "jsonfmt",
        timeline="timeline_lines",
        timexes="timex_lines",
        actors="actor_lines",
        documents="document_lines",
    ),
    "csv": _exporter("csv", "spreadsheet rows", "csvfmt", timeline="timeline", **_DATA),
    "md": _exporter("md", "Markdown chronology with footnoted sources", "markdown", timeline="timeline"),
    "ics": _exporter("ics", "iCalendar (dated events only)", "ical", timeline="timeline"),
    "timelinejs": _exporter("timelinejs", "TimelineJS3 JSON", "timelinejs", timeline="timeline"),
    "html": _exporter("html", "self-contained offline HTML page", "htmlpage", timeline="timeline"),
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
