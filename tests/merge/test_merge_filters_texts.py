"""Filtering a chronology whose events are still their cached JSON texts (a cached `show`) keeps
exactly what filtering the decoded events keeps."""

import pytest
from merge_builders import UNDATED, day, event, extraction

from timeline.codec import EventTexts, decode_timeline, encode_timeline
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
