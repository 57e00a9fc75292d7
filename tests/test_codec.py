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
