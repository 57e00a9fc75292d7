"""JSON (one document) and JSONL (one object a line) writers over the timeline/1 wire format."""

from __future__ import annotations

import codecs
import json
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import IO, Any

from timeline.model import Actor, TimeExpr, Timeline
from timeline.render.base import Options
from timeline.schema import (
    SCHEMA_VERSION,
    actor_from_dict,
    actor_to_dict,
    document_from_dict,
    document_to_dict,
    event_from_dict,
    event_to_dict,
    timex_to_dict,
    to_json,
)

# Legal raw inside JSON strings, but str.splitlines() and some editors break lines on them,
# which would split one JSONL record in two.
_LINE_BREAKS = str.maketrans({"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"})


def dumps(obj: Any, *, indent: int | None = None) -> str:
    """JSON text with non-ASCII kept readable ("Erdoğan") and every line break escaped."""
    text = to_json(obj) if indent is None else json.dumps(obj, ensure_ascii=False, indent=indent)
    # isascii() is a flag check: most records need no scan for the three line breaks at all
    if text.isascii() or not ("\x85" in text or "\u2028" in text or "\u2029" in text):
        return text
    return text.translate(_LINE_BREAKS)


def _dump_array(items: Sequence, to_dict: Callable[[Any], Any], out: IO[str]) -> None:
    """A top-level JSON array, one record a line."""
    for part in _array_parts(items, to_dict, ""):
        out.write(part)
    out.write("\n")


def _lines(objs: Iterable[dict[str, Any]], out: IO[str]) -> None:
    for obj in objs:
        out.write(dumps(obj))
        out.write("\n")


# The last timeline encoded for the store, compressed: `extract` caches the merged chronology and
# then prints it, and encoding a large timeline twice costs as much as merging it; its text kept
# whole would cost more memory than the events themselves.
_last: tuple[Timeline, bytes] | None = None


def timeline_parts(tl: Timeline) -> Iterator[str]:
    """The JSON document for ``tl`` (the layout ``--format json`` prints) as consecutive pieces,
    one per record, each encoded only when it is asked for.

    Never one string nor a tree of dicts for the whole timeline: for a large corpus either takes
    several times the memory of the events themselves (one non-Latin-1 character makes a whole
    Python string two bytes a character).
    """
    yield "{\n  " + dumps("schema") + ": " + dumps(SCHEMA_VERSION)
    for key, items, to_dict in (
        ("documents", tl.documents, document_to_dict),
        ("events", tl.events, event_to_dict),
        ("actors", tl.actors, actor_to_dict),
    ):
        yield ",\n  " + dumps(key) + ": "
        yield from _array_parts(items, to_dict, "  ")
    yield "\n}\n"


def _array_parts(items: Sequence, to_dict: Callable[[Any], Any], indent: str) -> Iterator[str]:
    """A JSON array, one record a line, as pieces: each record converted only when it is written.

    Pretty enough to read and diff, fast enough for large corpora: every record is encoded by
    json's C encoder, which indent= would switch off. Records that carry their JSON text already
    (the on-disk merge's events: ``json_lines()``) are written as they are."""
    if not items:
        yield "[]"
        return
    yield "["
    texts = items.json_lines() if hasattr(items, "json_lines") else (dumps(to_dict(item)) for item in items)
    for k, text in enumerate(texts):
        yield (",\n" if k else "\n") + indent + "  " + text
    yield "\n" + indent + "]"


def compressed_parts(tl: Timeline) -> Iterator[bytes]:
    """The JSON document for ``tl``, UTF-8, zlib-compressed (about a seventh of the size), in pieces."""
    packer = zlib.compressobj(1)
    for part in timeline_parts(tl):
        if chunk := packer.compress(part.encode("utf-8")):
            yield chunk
    yield packer.flush()


def timeline_compressed(tl: Timeline) -> bytes:
    """:func:`compressed_parts` as one bytes object; the last one is kept, so printing the timeline
    just cached does not encode it again."""
    global _last
    if _last is not None and _last[0] is tl:
        return _last[1]
    _last = (tl, b"".join(compressed_parts(tl)))
    return _last[1]


def _decompressed(data: bytes | Iterable[bytes], size: int = 1 << 16) -> Iterator[str]:
    """The text of compressed bytes, given whole or in pieces."""
    unpacker = zlib.decompressobj()
    decoder = codecs.getincrementaldecoder("utf-8")()
    pieces = (data[k : k + size] for k in range(0, len(data), size)) if isinstance(data, bytes) else data
    for piece in pieces:
        yield decoder.decode(unpacker.decompress(piece))
    yield decoder.decode(unpacker.flush(), final=True)


def read_timeline(lines: Iterable[str], events: Any = None) -> Timeline | None:
    """The timeline back from the text :func:`timeline_parts` writes, read one record at a time
    (a whole-document ``json.loads`` of a large chronology builds a tree several times the size
    of the events). None when the text is not in that layout or is cut short: the caller then
    parses it as any JSON, which also reports what is wrong with it.

    ``events``, when given, takes each event's JSON text (``append``) instead of the events being
    decoded, and ``events.finish()`` makes the timeline's events (a large chronology kept on disk)."""
    convert = {"documents": document_from_dict, "events": event_from_dict, "actors": actor_from_dict}
    found: dict[str, list] = {"documents": [], "events": [], "actors": []}
    section: str | None = None
    state = "start"
    try:
        for line in lines:
            if section == "events" and events is not None and line.startswith("    {"):
                text = line[4:].removesuffix(",")
                if not text.endswith("}"):
                    return None
                events.append(text)
            elif section is not None and line.startswith("    {"):
                found[section].append(convert[section](json.loads(line[:-1] if line.endswith(",") else line)))
            elif state == "start" and line == "{":
                state = "body"
            elif state == "body" and line.startswith('  "'):
                name, _, rest = line.partition(": ")
                key, rest = json.loads(name), rest.removesuffix(",")
                if key == "schema":
                    if json.loads(rest) != SCHEMA_VERSION:
                        return None
                elif key in found and rest == "[":
                    section = key
                elif key in found and rest == "[]":
                    section = None
                else:
                    return None
            elif section is not None and line in ("  ]", "  ],"):
                section = None
            elif state == "body" and section is None and line == "}":
                state = "end"
            elif line.strip():
                return None
    except (ValueError, KeyError, TypeError, AttributeError):
        return None
    if state != "end":
        return None
    kept = events.finish() if events is not None else tuple(found["events"])
    return Timeline(documents=tuple(found["documents"]), events=kept, actors=tuple(found["actors"]))


def split_lines(chunks: Iterable[str]) -> Iterator[str]:
    """Lines of a text given in pieces (only "\n" ends a line: the writers escape every other break)."""
    rest = ""
    for chunk in chunks:
        rest += chunk
        *done, rest = rest.split("\n")
        yield from done
    if rest:
        yield rest


def read_compressed(data: bytes | Iterable[bytes], events: Any = None) -> Timeline | None:
    """:func:`read_timeline` over the compressed text :func:`timeline_compressed` makes (whole or
    in pieces)."""
    return read_timeline(split_lines(_decompressed(data)), events)


def timeline_text(tl: Timeline) -> str:
    """The JSON document for ``tl`` as one string (small timelines, tests)."""
    return "".join(timeline_parts(tl))


def timeline(tl: Timeline, out: IO[str], opts: Options) -> None:
    parts = _decompressed(_last[1]) if _last is not None and _last[0] is tl else timeline_parts(tl)
    for part in parts:
        out.write(part)


def timeline_lines(tl: Timeline, out: IO[str], opts: Options) -> None:
    if hasattr(tl.events, "json_lines"):
        for text in tl.events.json_lines():
            out.write(text)
            out.write("\n")
        return
    _lines((event_to_dict(e) for e in tl.events), out)


def timexes(items: list[TimeExpr], out: IO[str], opts: Options) -> None:
    _dump_array(items, timex_to_dict, out)


def timex_lines(items: list[TimeExpr], out: IO[str], opts: Options) -> None:
    _lines((timex_to_dict(t) for t in items), out)


def actors(items: list[Actor], out: IO[str], opts: Options) -> None:
    _dump_array(items, actor_to_dict, out)


def actor_lines(items: list[Actor], out: IO[str], opts: Options) -> None:
    _lines((actor_to_dict(a) for a in items), out)
