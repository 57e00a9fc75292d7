"""Filtering a chronology whose events are still their cached JSON texts (a cached `show`) keeps
exactly what filtering the decoded events keeps."""

import pytest
from merge_builders import UNDATED, day, event, extraction

from timeline import codec
from timeline.codec import ChronologyIndex, EventTexts, decode_timeline, encode_timeline, indexed_timeline
from timeline.merge import filter_timeline, merge
from timeline.model import Actor, Timeline
from timeline.render.jsonfmt import timeline_text

ACTORS = [
    ("Recep Tayyip Erdoğan", "PERSON"),
    ("Erdogan", "PERSON"),
    ('The "Tigers"', "ORG"),
    ("Vladimir\tPutin", "PERSON"),
    ("Putin", "PERSON"),
    ("U.N.", "ORG"),
    ("São Paulo", "GPE"),
    ("Sergei Lavrov", ""),  # no type: a surname matches, as for a person
]


def _timeline() -> Timeline:
    xs = []
    for d in range(6):
        doc = f"d{d}"
        evs = [
            event(doc, s, lemma, f"{name} {lemma}", day(f"2016-12-1{s}") if s % 2 else UNDATED, actors=[(name, t)])
            for s, (lemma, (name, t)) in enumerate(
                zip(["meet", "say", "evacuate"], (ACTORS[d:] + ACTORS[:d])[:3], strict=True)
            )
        ]
        xs.append(extraction(doc, *evs, actors=(Actor(name="Putin", type="PERSON", aliases=("the president",)),)))
    return merge(xs)


@pytest.mark.parametrize(
    "filters",
    [
        {},
        {"limit": 2},
        {"top": 2},
        {"undated": False},
        {"limit": 0},
        {"actors": ["putin"]},
        {"actors": ["ERDOGAN"]},
        {"actors": ["Erdoğan"], "limit": 1},
        {"actors": ['"tigers"']},
        {"actors": ["the president"]},
        {"actors": ["u.n."]},
        {"actors": ["sao paulo", "Putin"], "top": 2},
        {"actors": ["nobody"]},
        {"since": "2016-12-12", "limit": 1},
    ],
)
def test_filters_on_event_texts_keep_what_decoded_events_keep(filters):
    decoded = _timeline()
    texts = decode_timeline(b"".join(encode_timeline(decoded)), events=EventTexts())
    assert texts is not None and hasattr(texts.events, "texts")
    assert timeline_text(filter_timeline(texts, **filters)) == timeline_text(filter_timeline(decoded, **filters))


def _indexed(decoded: Timeline) -> Timeline:
    index = ChronologyIndex()
    data = b"".join(encode_timeline(decoded, index))
    lazy = indexed_timeline(data, index, lambda: decode_timeline(data).events)
    assert lazy is not None and hasattr(lazy.events, "positions_of")
    return lazy


@pytest.mark.parametrize(
    "filters",
    [
        {},
        {"limit": 5},
        {"top": 2},
        {"limit": 0},
        {"actors": ["putin"]},
        {"actors": ["ERDOGAN"]},
        {"actors": ["Erdoğan"], "limit": 1},
        {"actors": ['"tigers"']},
        {"actors": ["the president"]},
        {"actors": ["u.n."], "since": "2016-12-12"},
        {"actors": ["sao paulo", "Putin"], "top": 2},
        {"actors": ["nobody"]},
        {"actors": ["lavrov"]},
        {"since": "2016-12-12", "limit": 1},
        {"grep": "say", "undated": False},
    ],
)
def test_filters_on_an_indexed_chronology_keep_what_decoded_events_keep(filters, monkeypatch):
    """A cached chronology read through its index (events decompressed a chunk at a time; here
    chunks of 3 events, so the 14 events span five) gives what the decoded chronology gives."""
    monkeypatch.setattr(codec, "EVENTS_PER_CHUNK", 3)
    decoded = _timeline()
    assert len(decoded.events) > 3 * 4
    got = filter_timeline(_indexed(decoded), **filters)
    assert timeline_text(got) == timeline_text(filter_timeline(decoded, **filters))
