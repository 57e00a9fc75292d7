"""The store's cache encoding: what is encoded decodes to the same timeline, anything else to None."""

import dataclasses
import json
import zlib

import pytest

from tests.render.render_fixtures import TIMELINE
from timeline.codec import _decompressed, decode_timeline, decoded_sections, encode_timeline
from timeline.render.jsonfmt import timeline_text


def _encoded(tl=TIMELINE) -> bytes:
    return b"".join(encode_timeline(tl))


def _lines(data: bytes) -> list[str]:
    return zlib.decompress(data).decode("utf-8").split("\n")


def _packed(lines: list[str]) -> bytes:
    return zlib.compress("\n".join(lines).encode("utf-8"))


EMPTY = dataclasses.replace(TIMELINE, documents=(), events=(), actors=())


@pytest.mark.parametrize("tl", [TIMELINE, EMPTY], ids=["full", "empty"])
@pytest.mark.parametrize("piece", [1, 7, 1 << 20])
def test_codec_round_trip_whole_or_in_pieces(tl, piece):
    data = _encoded(tl)
    assert decode_timeline(data) == tl
    assert decode_timeline(data[k : k + piece] for k in range(0, len(data), piece)) == tl


def test_codec_is_self_delimiting_jsonl_with_a_counting_header():
    header, *records, last = _lines(_encoded())
    assert json.loads(header) == {
        "encoding": "timeline/1+jsonl",
        "documents": len(TIMELINE.documents),
        "events": len(TIMELINE.events),
        "actors": len(TIMELINE.actors),
    }
    assert last == ""  # every record ends its line
    assert len(records) == len(TIMELINE.documents) + len(TIMELINE.events) + len(TIMELINE.actors)
    assert all(isinstance(json.loads(r), dict) for r in records)


def test_codec_sections_skipped_by_the_reader_are_not_taken_for_the_next():
    for name, texts in decoded_sections(_encoded()):
        if name == "events":
            assert [json.loads(t)["id"] for t in texts] == [e.id for e in TIMELINE.events]


def _cut(data: bytes) -> bytes:
    return data[: len(data) // 2]


@pytest.mark.parametrize(
    "make",
    [
        lambda: zlib.compress(timeline_text(TIMELINE).encode()),  # what older versions cached
        lambda: timeline_text(TIMELINE).encode(),  # not compressed
        lambda: _cut(_encoded()),  # cut short
        lambda: _packed(_lines(_encoded())[:-2] + [""]),  # a record missing
        lambda: _packed(_lines(_encoded())[:-1] + ['{"name": "x"}', ""]),  # a record too many
        lambda: _packed(
            [_lines(_encoded())[0].replace("timeline/1+jsonl", "timeline/9+jsonl")] + _lines(_encoded())[1:]
        ),
        lambda: _packed([_lines(_encoded())[0], '{"ident": "x"}'] + _lines(_encoded())[2:]),  # does not convert
        lambda: b"",
    ],
    ids=["old-pretty-json", "uncompressed", "cut", "missing", "extra", "other-encoding", "bad-record", "empty"],
)
def test_codec_declines_anything_else(make):
    assert decode_timeline(make()) is None


@pytest.mark.parametrize("size", [1, 3, 7, 1 << 16])
def test_codec_decompression_splits_no_character(size):
    text = "Erdoğan “said” — 東京 " * 50
    assert "".join(_decompressed(zlib.compress(text.encode("utf-8")), size)) == text


def _indexed(tl, chunk: int, monkeypatch):
    from timeline import codec

    monkeypatch.setattr(codec, "EVENTS_PER_CHUNK", chunk)
    index = codec.ChronologyIndex()
    data = b"".join(encode_timeline(tl, index))
    return data, index, codec.indexed_timeline(data, index, lambda: decode_timeline(data).events)


@pytest.mark.parametrize("chunk", [1, 4, 64])
def test_codec_indexed_chronology_reads_each_event_from_its_chunk(chunk, monkeypatch):
    """The index says where each stretch of events starts in the compressed data: any event read
    through it, or any subset, is the event the whole decoding gives."""
    data, index, lazy = _indexed(TIMELINE, chunk, monkeypatch)
    assert decode_timeline(data) == TIMELINE  # still one stream any reader reads whole
    assert lazy is not None
    assert (lazy.documents, lazy.actors) == (TIMELINE.documents, TIMELINE.actors)
    assert len(lazy.events) == len(TIMELINE.events)
    assert [lazy.events[k] for k in reversed(range(len(TIMELINE.events)))] == list(reversed(TIMELINE.events))
    assert list(lazy.events.subset([4, 1])) == [TIMELINE.events[4], TIMELINE.events[1]]
    assert timeline_text(lazy) == timeline_text(TIMELINE)


def test_codec_index_of_other_data_is_not_used(monkeypatch):
    data, index, _ = _indexed(TIMELINE, 2, monkeypatch)
    encoded = index.encode()
    from timeline.codec import ChronologyIndex, indexed_timeline

    assert ChronologyIndex.decode(encoded, len(data)) is not None
    assert ChronologyIndex.decode(encoded, len(data) + 1) is None  # the index of another cache
    assert ChronologyIndex.decode(b"not zlib", len(data)) is None
    assert ChronologyIndex.decode(zlib.compress(b'{"version": 99}'), len(data)) is None
    other = _encoded(dataclasses.replace(TIMELINE, events=TIMELINE.events[:3]))
    assert indexed_timeline(other, index, lambda: ()) is None
