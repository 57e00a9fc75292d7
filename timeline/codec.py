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
from array import array
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


# Events between two points where the compression starts afresh (zlib's full flush): a reader
# with the chronology's index (:class:`ChronologyIndex`) decompresses only the stretches holding
# the events it wants. 64 events are about 64 kB of JSON; news-silver's chronology grows 4.5% by
# these flushes (5.00 -> 5.23 MB; 32 events: +8.6%, 128: +2.3%).
EVENTS_PER_CHUNK = 64


def encode_timeline(tl: Timeline, index: ChronologyIndex | None = None) -> Iterator[bytes]:
    """``tl`` encoded (UTF-8 JSONL, zlib-compressed: about a seventh of the size), in pieces: the
    whole text is never in memory at once. ``b"".join()`` them for one bytes object.

    The compression starts afresh after the header, after each section and every
    EVENTS_PER_CHUNK events (one zlib stream still: any reader reads it whole); ``index``, when
    given, is filled with where those points are and which actors each event names."""
    packer = zlib.compressobj(1)
    counts = {name: len(getattr(tl, name)) for name, _, _ in SECTIONS}
    header = dumps({"encoding": ENCODING, **counts}) + "\n"
    offset = 0

    def flush() -> bytes:
        nonlocal offset
        chunk = packer.flush(zlib.Z_FULL_FLUSH)
        offset += len(chunk)
        return chunk

    def packed(text: str) -> bytes:
        nonlocal offset
        chunk = packer.compress(text.encode("utf-8"))
        offset += len(chunk)
        return chunk

    yield packed(header)
    yield flush()
    for name, to_dict, _ in SECTIONS:
        if index is not None:
            index.sections[name] = offset
        for k, text in enumerate(record_texts(getattr(tl, name), to_dict)):
            if name == "events":
                if k % EVENTS_PER_CHUNK == 0:
                    if k:
                        yield flush()
                    if index is not None:
                        index.chunks.append(offset)
                if index is not None:
                    index.add_event(k, text)
            if chunk := packed(text + "\n"):
                yield chunk
        yield flush()
    if index is not None:
        index.sections["end"] = offset
        index.count = counts["events"]
    tail = packer.flush()
    if index is not None:
        index.size = offset + len(tail)
    yield tail


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


# -- reading a part of a cached chronology ---------------------------------------------------------

INDEX_VERSION = 1
_ACTORS_KEY = '"actors": ['  # how dumps() writes an event's actor list (see _refs_of_text)
_decoder = json.JSONDecoder()


def _refs_of_text(text: str) -> list[tuple[str, str]]:
    """(name, type) of each actor an event's JSON text names, without decoding the event: the first
    ``"actors": [`` of the text is the event's own key (inside a JSON string every quote is
    escaped, and no field before it holds an "actors" key)."""
    at = text.find(_ACTORS_KEY)
    if at < 0:
        refs = json.loads(text).get("actors", ())
    else:
        refs, _ = _decoder.raw_decode(text, at + len(_ACTORS_KEY) - 1)
    return [(r["name"], r.get("type", "")) for r in refs]


class ChronologyIndex:
    """Where the sections and event chunks of an encoded chronology start (byte offsets into the
    compressed data, at full-flush points) and which events each actor name is on: what
    :class:`IndexedEvents` needs to read some events without decompressing them all."""

    def __init__(self) -> None:
        self.sections: dict[str, int] = {}
        self.chunks: list[int] = []  # offset of events k * EVENTS_PER_CHUNK onwards
        self.count = 0
        self.size = 0  # of the whole compressed data: an index of other data is not used
        # name -> [whether events give it as a person's (type PERSON or none), their positions]
        self.names: dict[str, list] = {}

    def add_event(self, position: int, item: str | Event) -> None:
        refs = _refs_of_text(item) if isinstance(item, str) else [(r.name, r.type) for r in item.actors]
        for name, type_ in refs:
            entry = self.names.get(name)
            if entry is None:
                entry = self.names[name] = [False, array("I")]  # 4 bytes a position, not a Python int
            entry[0] = entry[0] or type_ in ("PERSON", "")
            if not entry[1] or entry[1][-1] != position:
                entry[1].append(position)

    def encode(self) -> bytes:
        data = {
            "version": INDEX_VERSION,
            "sections": self.sections,
            "chunks": self.chunks,
            "count": self.count,
            "size": self.size,
            "names": [[name, person, positions.tolist()] for name, (person, positions) in self.names.items()],
        }
        return zlib.compress(json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8"), 1)

    @classmethod
    def decode(cls, data: bytes, size: int) -> ChronologyIndex | None:
        """The index back, or None when it is damaged, of another version or of other data."""
        try:
            raw = json.loads(zlib.decompress(data))
            if raw["version"] != INDEX_VERSION or raw["size"] != size:
                return None
            index = cls()
            index.sections = {k: int(v) for k, v in raw["sections"].items()}
            index.chunks = [int(c) for c in raw["chunks"]]
            index.count = int(raw["count"])
            index.size = size
            index.names = {name: [bool(person), positions] for name, person, positions in raw["names"]}
        except (zlib.error, ValueError, KeyError, TypeError):
            return None
        if set(index.sections) != {"documents", "events", "actors", "end"}:
            return None
        if len(index.chunks) != -(-index.count // EVENTS_PER_CHUNK):
            return None
        return index

    def piece(self, read: Read, start: int, end: int) -> list[str]:
        """The records between two full-flush points of the compressed data."""
        text = zlib.decompressobj(-zlib.MAX_WBITS).decompress(read(start, end)).decode("utf-8")
        return text.split("\n")[:-1]


Read = Callable[[int, int], bytes]  # the bytes from start to end of an encoded chronology


def _slicer(data: bytes) -> Read:
    return lambda start, end: data[start:end]


def indexed_timeline(
    data: bytes | Read, index: ChronologyIndex, full: Callable[[], Sequence[Event]]
) -> Timeline | None:
    """The cached chronology ``data`` (its bytes, or a reader of byte ranges of it) with its
    documents and actors decoded and its events read through ``index`` when asked for
    (:class:`IndexedEvents`; ``full``: all of them, read the usual way); None when ``data`` does
    not read as the index says."""
    read = _slicer(data) if isinstance(data, bytes) else data
    try:
        documents = index.piece(read, index.sections["documents"], index.sections["events"])
        actors = index.piece(read, index.sections["actors"], index.sections["end"])
        header = json.loads(zlib.decompressobj().decompress(read(0, index.sections["documents"])))
        if header.get("documents") != len(documents) or header.get("actors") != len(actors):
            return None
        if header.get("events") != index.count:
            return None
        return Timeline(
            documents=tuple(document_from_dict(json.loads(t)) for t in documents),
            events=IndexedEvents(read, index, full),
            actors=tuple(actor_from_dict(json.loads(t)) for t in actors),
        )
    except (zlib.error, ValueError, KeyError, TypeError, AttributeError, OSError):
        return None


class IndexedEvents(Sequence[Event]):
    """A cached chronology's events, each chunk decompressed only when one of its events is asked
    for (through :class:`ChronologyIndex`). ``actor_names()`` and ``positions_of(names)`` answer
    from the index; anything that needs every event reads them all, once (``full()``)."""

    def __init__(self, read: Read, index: ChronologyIndex, full: Callable[[], Sequence[Event]]) -> None:
        self._read = read
        self._index = index
        self._full = full
        self._all: Sequence[Event] | None = None
        self._chunks: dict[int, list[str]] = {}

    def __len__(self) -> int:
        return self._index.count

    def full(self) -> Sequence[Event]:
        if self._all is None:
            self._all = self._full()
        return self._all

    def text(self, k: int) -> str:
        """The JSON text of event ``k`` (0 <= k < len)."""
        if not 0 <= k < self._index.count:
            raise IndexError(k)
        chunk, at = divmod(k, EVENTS_PER_CHUNK)
        if chunk not in self._chunks:
            index = self._index
            end = index.chunks[chunk + 1] if chunk + 1 < len(index.chunks) else index.sections["actors"]
            texts = index.piece(self._read, index.chunks[chunk], end)
            expected = min(EVENTS_PER_CHUNK, index.count - chunk * EVENTS_PER_CHUNK)
            if len(texts) != expected:
                raise ValueError("the chronology's index does not match it")
            self._chunks[chunk] = texts
        return self._chunks[chunk][at]

    def __getitem__(self, k):
        if isinstance(k, slice):
            return [self[i] for i in range(*k.indices(len(self)))]
        if k < 0:
            k += len(self)
        return event_from_dict(json.loads(self.text(k)))

    def __iter__(self) -> Iterator[Event]:
        return iter(self.full())

    def json_lines(self) -> Iterator[str]:
        full = self.full()
        if isinstance(full, EncodedEvents):
            return full.json_lines()
        return (dumps(event_to_dict(e)) for e in full)

    def subset(self, positions: Sequence[int]) -> MixedEvents:
        return MixedEvents([self.text(k) for k in positions])

    def actor_names(self) -> Iterator[tuple[str, bool]]:
        """Each actor name events give, and whether one of them gives it as a person's (PERSON or no type)."""
        for name, (person, _) in self._index.names.items():
            yield name, person

    def positions_of(self, names: Iterable[str]) -> list[int]:
        """The positions of the events naming one of ``names`` (as events give them), in order."""
        found: set[int] = set()
        for name in names:
            entry = self._index.names.get(name)
            if entry is not None:
                found.update(entry[1])
        return sorted(found)
