"""JSON (one document) and JSONL (one object a line) writers over the timeline/1 wire format."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import IO, Any

from timeline.model import Actor, TimeExpr, Timeline
from timeline.render.base import Options
from timeline.schema import (
    SCHEMA_VERSION,
    actor_to_dict,
    document_to_dict,
    event_to_dict,
    timex_to_dict,
)

# Legal raw inside JSON strings, but str.splitlines() and some editors break lines on them,
# which would split one JSONL record in two.
_LINE_BREAKS = str.maketrans({"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"})


def dumps(obj: Any, *, indent: int | None = None) -> str:
    """JSON text with non-ASCII kept readable ("Erdoğan") and every line break escaped."""
    return json.dumps(obj, ensure_ascii=False, indent=indent).translate(_LINE_BREAKS)


def _dump_array(items: Sequence, to_dict: Callable[[Any], Any], out: IO[str]) -> None:
    """A top-level JSON array, one record a line."""
    for part in _array_parts(items, to_dict, ""):
        out.write(part)
    out.write("\n")


def _array_parts(items: Sequence, to_dict: Callable[[Any], Any], indent: str) -> Iterator[str]:
    """A JSON array, one record a line, as pieces: each record converted only when it is written.

    Pretty enough to read and diff, fast enough for large corpora: every record is encoded by
    json's C encoder, which indent= would switch off."""
    if not items:
        yield "[]"
        return
    yield "["
    for k, item in enumerate(items):
        yield (",\n" if k else "\n") + indent + "  " + dumps(to_dict(item))
    yield "\n" + indent + "]"


def _lines(objs: Iterable[dict[str, Any]], out: IO[str]) -> None:
    for obj in objs:
        out.write(dumps(obj))
        out.write("\n")


# The last timeline written and its encoded records: `extract` stores the merged chronology and
# then prints it, and encoding a large timeline twice costs as much as merging it.
_last: tuple[Timeline, list[str]] | None = None


def timeline_parts(tl: Timeline) -> list[str]:
    """The JSON document for ``tl`` (the layout ``--format json`` prints) as consecutive pieces,
    one per record, encoded once per timeline.

    Never one string nor a tree of dicts for the whole timeline: for a large corpus either takes
    several times the memory of the events themselves (one non-Latin-1 character makes a whole
    Python string two bytes a character).
    """
    global _last
    if _last is not None and _last[0] is tl:
        return _last[1]
    parts: list[str] = ["{\n  " + dumps("schema") + ": " + dumps(SCHEMA_VERSION)]
    for key, items, to_dict in (
        ("documents", tl.documents, document_to_dict),
        ("events", tl.events, event_to_dict),
        ("actors", tl.actors, actor_to_dict),
    ):
        parts.append(",\n  " + dumps(key) + ": ")
        parts.extend(_array_parts(items, to_dict, "  "))
    parts.append("\n}\n")
    _last = (tl, parts)
    return parts


def timeline_text(tl: Timeline) -> str:
    """The JSON document for ``tl`` as one string (small timelines, tests)."""
    return "".join(timeline_parts(tl))


def timeline(tl: Timeline, out: IO[str], opts: Options) -> None:
    for part in timeline_parts(tl):
        out.write(part)


def timeline_lines(tl: Timeline, out: IO[str], opts: Options) -> None:
    _lines((event_to_dict(e) for e in tl.events), out)


def timexes(items: list[TimeExpr], out: IO[str], opts: Options) -> None:
    _dump_array(items, timex_to_dict, out)


def timex_lines(items: list[TimeExpr], out: IO[str], opts: Options) -> None:
    _lines((timex_to_dict(t) for t in items), out)


def actors(items: list[Actor], out: IO[str], opts: Options) -> None:
    _dump_array(items, actor_to_dict, out)


def actor_lines(items: list[Actor], out: IO[str], opts: Options) -> None:
    _lines((actor_to_dict(a) for a in items), out)
