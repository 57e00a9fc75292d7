"""JSON (one document) and JSONL (one object a line) writers over the timeline/1 wire format."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import IO, Any

from timeline.codec import decoded_sections, dumps, record_texts
from timeline.model import Actor, StoredDocument, TimeExpr, Timeline
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
)


def _dump_array(items: Sequence, to_dict: Callable[[Any], Any], out: IO[str]) -> None:
    """A top-level JSON array, one record a line."""
    for part in _array_parts(record_texts(items, to_dict), ""):
        out.write(part)
    out.write("\n")


def _lines(objs: Iterable[dict[str, Any]], out: IO[str]) -> None:
    for obj in objs:
        out.write(dumps(obj))
        out.write("\n")


def timeline_parts(tl: Timeline, encoded: bytes | None = None) -> Iterator[str]:
    """The JSON document for ``tl`` (the layout ``--format json`` prints) as consecutive pieces,
    one per record, each encoded only when it is asked for; with ``encoded`` (``tl`` as
    :func:`timeline.codec.encode_timeline` made it, for the store), its records are copied from it.

    Never one string nor a tree of dicts for the whole timeline: for a large corpus either takes
    several times the memory of the events themselves (one non-Latin-1 character makes a whole
    Python string two bytes a character).
    """
    yield "{\n  " + dumps("schema") + ": " + dumps(SCHEMA_VERSION)
    if encoded is not None:
        sections: Iterable[tuple[str, Iterator[str]]] = decoded_sections(encoded)
    else:
        sections = (
            (key, record_texts(items, to_dict))
            for key, items, to_dict in (
                ("documents", tl.documents, document_to_dict),
                ("events", tl.events, event_to_dict),
                ("actors", tl.actors, actor_to_dict),
            )
        )
    for key, texts in sections:
        yield ",\n  " + dumps(key) + ": "
        yield from _array_parts(texts, "  ")
    yield "\n}\n"


def _array_parts(texts: Iterable[str], indent: str) -> Iterator[str]:
    """A JSON array, one record a line, as pieces: each record's text made only when it is written.

    Pretty enough to read and diff, fast enough for large corpora: every record is encoded by
    json's C encoder, which indent= would switch off."""
    empty = True
    for text in texts:
        yield ("[\n" if empty else ",\n") + indent + "  " + text
        empty = False
    yield "[]" if empty else "\n" + indent + "]"


def read_timeline(lines: Iterable[str]) -> Timeline | None:
    """The timeline back from the text :func:`timeline_parts` writes (``show -``), read one record
    at a time (a whole-document ``json.loads`` of a large chronology builds a tree several times
    the size of the events). None when the text is not in that layout or is cut short: the caller
    then parses it as any JSON, which also reports what is wrong with it."""
    convert = {"documents": document_from_dict, "events": event_from_dict, "actors": actor_from_dict}
    found: dict[str, list] = {"documents": [], "events": [], "actors": []}
    section: str | None = None
    state = "start"
    try:
        for line in lines:
            if section is not None and line.startswith("    {"):
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
    return Timeline(documents=tuple(found["documents"]), events=tuple(found["events"]), actors=tuple(found["actors"]))


def timeline_text(tl: Timeline) -> str:
    """The JSON document for ``tl`` as one string (small timelines, tests)."""
    return "".join(timeline_parts(tl))


def timeline(tl: Timeline, out: IO[str], opts: Options) -> None:
    for part in timeline_parts(tl, opts.encoded):
        out.write(part)


def timeline_lines(tl: Timeline, out: IO[str], opts: Options) -> None:
    if opts.encoded is not None:
        texts = next(texts for key, texts in decoded_sections(opts.encoded) if key == "events")  # skips documents
    else:
        texts = record_texts(tl.events, event_to_dict)
    for text in texts:
        out.write(text)
        out.write("\n")


def timexes(items: list[TimeExpr], out: IO[str], opts: Options) -> None:
    _dump_array(items, timex_to_dict, out)


def timex_lines(items: list[TimeExpr], out: IO[str], opts: Options) -> None:
    _lines((timex_to_dict(t) for t in items), out)


def actors(items: list[Actor], out: IO[str], opts: Options) -> None:
    _dump_array(items, actor_to_dict, out)


def actor_lines(items: list[Actor], out: IO[str], opts: Options) -> None:
    _lines((actor_to_dict(a) for a in items), out)


def _stored_document(item: StoredDocument) -> dict[str, Any]:
    return {**document_to_dict(item.document), "events": item.events}


def documents(items: list[StoredDocument], out: IO[str], opts: Options) -> None:
    _dump_array(items, _stored_document, out)


def document_lines(items: list[StoredDocument], out: IO[str], opts: Options) -> None:
    _lines((_stored_document(d) for d in items), out)
