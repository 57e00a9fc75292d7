"""CSV writers: one row per event (or timex, or actor), lists joined with "; " for spreadsheets."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from typing import IO, Any

from timeline.model import Actor, StoredDocument, TimeExpr, Timeline
from timeline.render.base import Options
from timeline.render.view import actor_names, documents_by_id, evidence, main_actors, one_line

SEP = "; "

EVENT_COLUMNS = (
    "event_id",
    "date_start",
    "date_end",
    "edtf",
    "precision",
    "date_text",
    "actors",
    "actor1",
    "actor2",
    "summary",
    "places",
    "sources",
    "source_urls",
    "sentence",
    "confidence",
    "date_resolution",
    "factuality",
)
TIMEX_COLUMNS = (
    "doc",
    "start",
    "end",
    "text",
    "type",
    "value",
    "edtf",
    "earliest",
    "latest",
    "precision",
    "resolution",
)
ACTOR_COLUMNS = ("name", "type", "aliases", "events")
DOCUMENT_COLUMNS = ("id", "title", "date", "date_origin", "date_confidence", "events", "path", "url", "source")

# A cell starting with one of these is run as a formula by Excel/LibreOffice/Sheets.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _guard(s: str) -> str:
    """Never a spreadsheet formula: the one place every CSV cell goes through."""
    return "'" + s if s.startswith(_FORMULA_START) else s


def _text(value: str | None) -> str:
    """Article-derived text: one line, and never a spreadsheet formula."""
    return _guard(one_line(value))


def _join(values: Iterable[str | None]) -> str:
    return _text(SEP.join(one_line(v) for v in values if v))


def _write(columns: Sequence[str], rows: Iterable[Sequence[Any]], out: IO[str], opts: Options) -> None:
    if opts.bom:
        out.write("\ufeff")
    writer = csv.writer(out)
    writer.writerow(columns)
    # Every cell, not only article text: a document id from a file name ("=HYPERLINK(...).txt",
    # "+cmd|calc!A0") is data too.
    writer.writerows(tuple(_guard(c) if isinstance(c, str) else c for c in row) for row in rows)


def timeline(tl: Timeline, out: IO[str], opts: Options) -> None:
    docs = documents_by_id(tl)

    def row(e):
        first, second = main_actors(e)
        mention = evidence(e)
        urls = [docs[s].url for s in e.sources if s in docs]
        return (
            e.id,
            e.date.earliest or "",
            e.date.latest or e.date.earliest or "",
            e.date.edtf or "",
            e.date.precision,
            _text(e.date.text),
            _join(actor_names(e)),
            _text(first),
            _text(second),
            _text(e.summary),
            _join(e.places),
            _join(e.sources),
            _join(urls),
            _text(mention.text if mention else ""),
            f"{e.confidence:.2f}",
            e.date.resolution,
            e.factuality,
        )

    _write(EVENT_COLUMNS, (row(e) for e in tl.events), out, opts)


def timexes(items: list[TimeExpr], out: IO[str], opts: Options) -> None:
    rows = (
        (
            t.doc,
            t.start,
            t.end,
            _text(t.text),
            t.type,
            t.value,
            t.edtf or "",
            t.earliest or "",
            t.latest or "",
            t.precision,
            t.resolution,
        )
        for t in items
    )
    _write(TIMEX_COLUMNS, rows, out, opts)


def actors(items: list[Actor], out: IO[str], opts: Options) -> None:
    rows = ((_text(a.name), a.type, _join(a.aliases), a.events) for a in items)
    _write(ACTOR_COLUMNS, rows, out, opts)


def documents(items: list[StoredDocument], out: IO[str], opts: Options) -> None:
    rows = (
        (
            _text(d.id),
            _text(d.title),
            d.date.value or "",
            d.date.origin,
            f"{d.date.confidence:g}",
            item.events,
            _text(d.path),
            _text(d.url),
            _text(d.source),
        )
        for item in items
        for d in (item.document,)
    )
    _write(DOCUMENT_COLUMNS, rows, out, opts)
