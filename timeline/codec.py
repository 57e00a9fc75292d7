"""The encoding the store caches a merged chronology in: self-delimiting JSONL, zlib-compressed.

Line 1 is a header naming the encoding and counting each section's records; then one record a
line, in the timeline/1 wire format (:mod:`timeline.schema`): the documents, the events, the
actors. A text of another encoding (older versions cached the pretty JSON of ``--format json``)
or cut short decodes to None: the cache is then stale, merged again and replaced.
"""

from __future__ import annotations

import codecs
import json
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import islice
from typing import Any, Protocol, runtime_checkable

from timeline.model import Event, Timeline
from timeline.schema import (
    actor_from_dict,
    actor_to_dict,
    document_from_dict,
    document_to_dict,
    event_from_dict,
    event_to_dict,
    to_json,
)

ENCODING = "timeline/1+jsonl"

SECTIONS: tuple[tuple[str, Callable[[Any], Any], Callable[[Any], Any]], ...] = (
    ("documents", document_to_dict, document_from_dict),
    ("events", event_to_dict, event_from_dict),
    ("actors", actor_to_dict, actor_from_dict),
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


@runtime_checkable
class EncodedEvents(Protocol):
    """Events that carry their JSON text (the on-disk merge's): copied as they are, not encoded again."""

    def json_lines(self) -> Iterator[str]: ...


def record_texts(items: Iterable[Any], to_dict: Callable[[Any], Any]) -> Iterator[str]:
    """Each record's JSON text, one line each, encoded only when it is asked for."""
    if isinstance(items, EncodedEvents):
        return items.json_lines()
    return (dumps(to_dict(item)) for item in items)


def encode_timeline(tl: Timeline) -> Iterator[bytes]:
    """``tl`` encoded (UTF-8 JSONL, zlib-compressed: about a seventh of the size), in pieces: the
    whole text is never in memory at once. ``b"".join()`` them for one bytes object."""
    packer = zlib.compressobj(1)
    counts = {name: len(getattr(tl, name)) for name, _, _ in SECTIONS}
    header = dumps({"encoding": ENCODING, **counts}) + "\n"
    yield packer.compress(header.encode("utf-8"))
    for name, to_dict, _ in SECTIONS:
        for text in record_texts(getattr(tl, name), to_dict):
            if chunk := packer.compress((text + "\n").encode("utf-8")):
                yield chunk
    yield packer.flush()


def decoded_sections(data: bytes | Iterable[bytes]) -> Iterator[tuple[str, Iterator[str]]]:
    """(section name, its records' JSON texts) in order, from what :func:`encode_timeline` made
    (whole or in pieces), without decoding the records; a section not read through is skipped.
    ValueError when ``data`` is not in this encoding or is cut short; zlib.error when it is not
    compressed."""
    lines = split_lines(_decompressed(data))
    header = json.loads(next(lines, "null"))
    if not isinstance(header, dict) or header.get("encoding") != ENCODING:
        raise ValueError("not a cached chronology of this version")
    texts: Iterator[str] = iter(())
    for name, _, _ in SECTIONS:
        count = header[name]
        if not isinstance(count, int) or count < 0:
            raise ValueError(f"bad count of {name}")
        for _ in texts:  # what the caller skipped of the previous section
            pass
        texts = _exactly(islice(lines, count), count)
        yield name, texts
    for _ in texts:
        pass
    if next(lines, None) is not None:
        raise ValueError("records after the last section")


def decode_timeline(data: bytes | Iterable[bytes], events: Any = None) -> Timeline | None:
    """The timeline back from what :func:`encode_timeline` made, one record at a time; None when
    ``data`` is of another encoding (a cache older versions wrote), damaged or cut short.

    ``events``, when given, takes each event's JSON text (``append``) instead of the events being
    decoded, and ``events.finish()`` makes the timeline's events (a large chronology kept on disk)."""
    found: dict[str, Any] = {}
    try:
        for (name, _, from_dict), (_, texts) in zip(SECTIONS, decoded_sections(data), strict=True):
            if name == "events" and events is not None:
                for text in texts:
                    events.append(text)
                found[name] = events.finish()
            else:
                found[name] = tuple(from_dict(json.loads(text)) for text in texts)
    except (zlib.error, ValueError, KeyError, TypeError, AttributeError):
        return None
    return Timeline(**found)


def _exactly(texts: Iterator[str], count: int) -> Iterator[str]:
    n = 0
    for text in texts:
        n += 1
        yield text
    if n != count:
        raise ValueError("cut short")


def _decompressed(data: bytes | Iterable[bytes], size: int = 1 << 16) -> Iterator[str]:
    """The text of compressed bytes, given whole or in pieces."""
    unpacker = zlib.decompressobj()
    decoder = codecs.getincrementaldecoder("utf-8")()
    pieces = (data[k : k + size] for k in range(0, len(data), size)) if isinstance(data, bytes) else data
    for piece in pieces:
        yield decoder.decode(unpacker.decompress(piece))
    yield decoder.decode(unpacker.flush(), final=True)
    if not unpacker.eof:
        raise ValueError("cut short")


def split_lines(chunks: Iterable[str]) -> Iterator[str]:
    """Lines of a text given in pieces (only "\n" ends a line: every other break is escaped)."""
    rest = ""
    for chunk in chunks:
        rest += chunk
        *done, rest = rest.split("\n")
        yield from done
    if rest:
        yield rest


class MixedEvents(Sequence[Event]):
    """A chronology's events, each either its JSON text (decoded when asked for) or an Event.

    ``json_lines()`` copies the texts as they are; ``subset(positions)`` keeps positions (see
    :func:`timeline.merge.filters.filter_timeline`)."""

    def __init__(self, items: list[str | Event]) -> None:
        self._items = items

    def __len__(self) -> int:
        return len(self._items)

    def __getitem__(self, k):
        if isinstance(k, slice):
            return [self[i] for i in range(*k.indices(len(self._items)))]
        item = self._items[k]
        return event_from_dict(json.loads(item)) if isinstance(item, str) else item

    def __iter__(self) -> Iterator[Event]:
        for item in self._items:
            yield event_from_dict(json.loads(item)) if isinstance(item, str) else item

    def texts(self) -> list[str | Event]:
        return self._items

    def json_lines(self) -> Iterator[str]:
        for item in self._items:
            yield item if isinstance(item, str) else dumps(event_to_dict(item))

    def subset(self, positions: Sequence[int]) -> MixedEvents:
        return MixedEvents([self._items[k] for k in positions])


class EventTexts:
    """Collects a cached chronology's events as their JSON texts (``events`` of
    :func:`timeline.codec.decode_timeline`): the chronology is then read without decoding them."""

    def __init__(self) -> None:
        self.texts: list[str | Event] = []

    def append(self, text: str) -> None:
        self.texts.append(text)

    def finish(self) -> MixedEvents:
        return MixedEvents(self.texts)
