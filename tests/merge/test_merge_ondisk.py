"""The on-disk merge gives exactly the in-memory merge's chronology, whatever its cache and chunk sizes."""

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from merge_builders import UNDATED, claim, day, event, extraction, month, week

from timeline.codec import dumps
from timeline.errors import StoreError
from timeline.merge import merge, ondisk
from timeline.merge.ondisk import Unsupported, merge_stored
from timeline.model import Actor, Mention
from timeline.render.jsonfmt import timeline_text
from timeline.schema import event_to_dict
from timeline.store import Store

NAMES = [
    ("Vladimir Putin", "PERSON"),
    ("Putin", "PERSON"),
    ("Turkey", "GPE"),
    ("Assad", "PERSON"),
    ("Bashar al-Assad", "PERSON"),
    ("United Nations", "ORG"),
    ("U.N.", "ORG"),
]
DATES = [
    UNDATED,
    UNDATED,
    day("2016-12-15"),
    day("2016-12-16"),
    day("2016-12-16", resolution="reference"),
    week("2016-W50", "2016-12-12", "2016-12-18"),
    month("2016-12"),
    month("2017-01"),
]
FIGURES = [
    (),
    (claim("6,400 people", 6400, None, "the ministry", "x"),),
    (claim("7,000 people", 7000, None, "Turkey", "x"),),
]

reports = st.tuples(
    st.sampled_from(["evacuate", "evacuation", "say", "talk", "meet", "have"]),
    st.sampled_from(DATES),
    st.lists(st.sampled_from(NAMES), min_size=0, max_size=2, unique=True),
    st.sampled_from(["in Aleppo", "in Astana", "on the border"]),
    st.sampled_from(FIGURES),
)
corpora = st.lists(st.lists(reports, min_size=1, max_size=7), min_size=1, max_size=5)


def _build(corpus):
    out = []
    for d, doc_reports in enumerate(corpus):
        doc = f"d{(d * 7) % 5}{d}"  # ids not in input order: key order differs from store order
        evs = [
            event(
                doc,
                s,
                lemma,
                f"{' and '.join(n for n, _ in actors) or 'people'} {lemma} {where}",
                date,
                actors=actors,
                places=[where.split()[-1]],
                claims=tuple(c.__class__(c.text, c.value, c.qualifier, c.source, doc) for c in figures),
            )
            for s, (lemma, date, actors, where, figures) in enumerate(doc_reports)
        ]
        actors = (Actor(name="Vladimir Putin", type="PERSON", aliases=("the president",)),) if d % 2 else ()
        out.append(extraction(doc, *evs, actors=actors))
    return out


def _stored(extractions) -> Store:
    store = Store(":memory:")
    for x in extractions:
        store.put(x, "key")
    return store


def _same(store: Store, ids, aliases=None) -> None:
    expected = merge(store.merge_inputs(ids), aliases=aliases)
    got = merge_stored(store, ids, aliases=aliases)
    assert got.documents == expected.documents
    assert list(got.events) == list(expected.events)
    assert got.actors == expected.actors
    assert timeline_text(got) == timeline_text(expected)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(corpora, st.booleans())
def test_ondisk_merge_equals_the_in_memory_merge(corpus, with_aliases):
    store = _stored(_build(corpus))
    aliases = {"Assad": ["the president"]} if with_aliases else None
    _same(store, store.document_ids(), aliases)
    _same(store, list(reversed(store.document_ids())), aliases)  # input order is the documents' order


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(corpora)
def test_ondisk_merge_is_the_same_with_a_tiny_cache_and_chunks(corpus):
    # every load evicts what the previous one brought: pairs must still see both their events
    old = ondisk.CACHE_ITEMS, ondisk.PAIRS_PER_LOAD
    ondisk.CACHE_ITEMS, ondisk.PAIRS_PER_LOAD = 2, 1
    try:
        store = _stored(_build(corpus))
        _same(store, store.document_ids())
    finally:
        ondisk.CACHE_ITEMS, ondisk.PAIRS_PER_LOAD = old


def test_ondisk_merge_of_the_same_story_in_many_articles():
    # one happening reported by twelve articles, more than a window of same-document rules apart
    xs = [
        extraction(
            f"a{k:02d}",
            event(
                f"a{k:02d}",
                0,
                "evacuate",
                "Turkey evacuated people from Aleppo",
                day("2016-12-15"),
                actors=[("Turkey", "GPE")],
                places=["Aleppo"],
            ),
            event(
                f"a{k:02d}", 1, "say", "Putin said talks would start", UNDATED, actors=[("Vladimir Putin", "PERSON")]
            ),
        )
        for k in range(12)
    ]
    store = _stored(xs)
    _same(store, store.document_ids())
    merged = merge_stored(store, store.document_ids())
    assert max(len(e.sources) for e in merged.events) == 12


def test_ondisk_events_read_back_one_at_a_time():
    xs = [
        extraction(
            "a",
            event("a", 0, "meet", "Putin met Erdoğan", day("2016-12-16"), actors=[("Putin", "PERSON")]),
            event("a", 1, "talk", "talks in Astana", UNDATED, places=["Astana"]),
        )
    ]
    got = merge_stored(_stored(xs), ["a"]).events
    expected = merge(xs).events
    assert len(got) == 2
    assert got[0] == expected[0] and got[-1] == expected[-1] and got[0:2] == list(expected)
    with pytest.raises(IndexError):
        got[2]
    assert list(got.json_lines()) == [dumps(event_to_dict(e)) for e in expected]
    assert json.loads(next(got.json_lines()))["summary"] == "Putin met Erdoğan"


def test_ondisk_merge_of_no_events_and_of_missing_ids():
    store = _stored([extraction("a")])
    got = merge_stored(store, ["a", "not-stored"])
    assert [d.id for d in got.documents] == ["a"]
    assert len(got.events) == 0 and list(got.events) == [] and got.actors == ()


def test_ondisk_merge_refuses_events_that_mention_another_document():
    e = event("a", 0, "meet", "Putin met Erdoğan", day("2016-12-16"), actors=[("Putin", "PERSON")])
    odd = e.__class__(
        **{
            **{f: getattr(e, f) for f in e.__dataclass_fields__},
            "mentions": (Mention(doc="b", sentence=0, start=5, end=9, trigger="meet", text="x"),),
        }
    )
    with pytest.raises(Unsupported):
        merge_stored(_stored([extraction("a", odd)]), ["a"])


def test_ondisk_merge_names_the_store_when_a_row_is_damaged(tmp_path):
    path = tmp_path / "t.db"
    with Store(str(path)) as store:
        store.put(
            extraction("a", event("a", 0, "meet", "Putin met", day("2016-12-16"), actors=[("Putin", "PERSON")])), "key"
        )
        store.conn.execute("UPDATE events SET data = '{not json'")
        with pytest.raises(StoreError, match="damaged database") as info:
            merge_stored(store, ["a"])
    assert str(path) in str(info.value)


def test_ondisk_merge_through_show_caches_the_chronology_in_pieces(tmp_path):
    import io

    from timeline import pipeline
    from timeline.merge.ondisk import StoredEvents
    from timeline.render import render_timeline

    corpus = [
        [("evacuate", day("2016-12-15"), [NAMES[2]], "in Aleppo", ())] * 2,
        [
            ("evacuation", day("2016-12-15"), [NAMES[2]], "in Aleppo", ()),
            ("say", UNDATED, [NAMES[0]], "in Astana", FIGURES[1]),
        ],
    ]
    path = str(tmp_path / "t.db")
    with Store(path) as store:
        for x in _build(corpus):
            store.put(x, "key")
        expected = merge(store.merge_inputs(store.document_ids()))
    first = pipeline.stored_timeline(path, ondisk_events=0)  # every store is "large"
    assert isinstance(first.events, StoredEvents)
    assert timeline_text(first) == timeline_text(expected)
    for fmt in ("jsonl", "csv", "md"):
        got, want = io.StringIO(), io.StringIO()
        render_timeline(first, fmt, got, width=100)
        render_timeline(expected, fmt, want, width=100)
        assert got.getvalue() == want.getvalue()
    again = pipeline.stored_timeline(path, ondisk_events=0)  # from the cache the first call wrote
    assert not isinstance(again.events, StoredEvents)
    assert timeline_text(again) == timeline_text(expected)


@pytest.mark.parametrize(
    "filters",
    [
        {},
        {"actors": ["Putin"]},
        {"since": "2016-12-16"},
        {"undated": False, "limit": 2},
        {"min_sources": 2},
        {"grep": "evacuat", "limit": 1},
    ],
)
def test_ondisk_chronology_filters_like_the_in_memory_one(filters):
    from timeline.merge import filter_timeline

    corpus = [
        [("evacuate", day("2016-12-15"), [NAMES[2]], "in Aleppo", ()), ("say", UNDATED, [NAMES[0]], "in Astana", ())],
        [
            ("evacuation", day("2016-12-15"), [NAMES[2]], "in Aleppo", ()),
            ("meet", day("2016-12-16"), [NAMES[1], NAMES[3]], "in Astana", ()),
        ],
        [("talk", month("2017-01"), [NAMES[5]], "on the border", ())],
    ]
    store = _stored(_build(corpus))
    ids = store.document_ids()
    got = filter_timeline(merge_stored(store, ids), **filters)
    expected = filter_timeline(merge(store.merge_inputs(ids)), **filters)
    assert timeline_text(got) == timeline_text(expected)
    assert len(got.events) == len(expected.events)


def test_ondisk_a_large_cached_chronology_is_read_back_with_its_events_on_disk(tmp_path):
    from timeline import pipeline
    from timeline.codec import IndexedEvents
    from timeline.merge.ondisk import StoredEvents

    corpus = [
        [("evacuate", day("2016-12-15"), [NAMES[2]], "in Aleppo", ()), ("say", UNDATED, [NAMES[0]], "in Astana", ())],
        [("evacuation", day("2016-12-15"), [NAMES[2]], "in Aleppo", ())],
    ]
    path = str(tmp_path / "t.db")
    with Store(path) as store:
        for x in _build(corpus):
            store.put(x, "key")
    expected = timeline_text(pipeline.stored_timeline(path))  # merged in memory and cached
    again = pipeline.stored_timeline(path, lazy_cache_bytes=0)  # every cached chronology is "large"
    assert isinstance(again.events, IndexedEvents)  # read a part at a time from the store, through its index
    assert isinstance(again.events.full(), StoredEvents)  # all of its events at once: on disk
    assert timeline_text(again) == expected
    assert [e.id for e in again.events] == [e["id"] for e in json.loads(expected)["events"]]
    with Store(path) as store:  # a damaged cache is only a cache: merged again, and replaced
        store.conn.execute("UPDATE timelines SET data = substr(data, 1, 40)")
    assert timeline_text(pipeline.stored_timeline(path, lazy_cache_bytes=0)) == expected
    assert timeline_text(pipeline.stored_timeline(path, lazy_cache_bytes=0)) == expected


def test_ondisk_merge_says_when_the_scratch_disk_is_full(monkeypatch):
    import sqlite3

    store = _stored(_build([[("evacuate", day("2016-12-15"), [NAMES[2]], "in Aleppo", ())]]))

    def full(self, *args, **kwargs):
        exc = sqlite3.OperationalError("database or disk is full")
        exc.sqlite_errorname = "SQLITE_FULL"
        raise exc

    monkeypatch.setattr(ondisk._Scratch, "finish", full)
    with pytest.raises(StoreError, match="no room left for the merge's scratch database"):
        merge_stored(store, store.document_ids())


def _copies(times: int) -> list:
    """Six articles of one story, ``times`` over under new ids (as a corpus that repeats itself)."""
    base = [
        [
            ("evacuate", day("2016-12-15"), [NAMES[2]], "in Aleppo", FIGURES[d % 3]),
            ("say", UNDATED, [NAMES[d % 2]], "in Astana", ()),
            ("talk", day("2016-12-16"), [NAMES[0], NAMES[5]], "in Astana", ()),
            ("meet", week("2016-W50", "2016-12-12", "2016-12-18"), [NAMES[3 + d % 2]], "on the border", ()),
        ]
        for d in range(6)
    ]
    return _build(base * times)


@pytest.mark.parametrize("times", [1, 8])
def test_ondisk_merge_holds_a_bounded_number_of_events_and_loads_each_about_once(monkeypatch, times):
    # the cache holds a third of the 8-times corpus; scoring in the sweeps' order loads each event
    # once all the same (in pair-code order, the partners of one event are all over the store: 4,251
    # loads for 192 events)
    monkeypatch.setattr(ondisk, "CACHE_ITEMS", 60)
    monkeypatch.setattr(ondisk, "PAIRS_PER_LOAD", 5)
    seen = {"loads": 0, "most": 0, "scoring": False}
    items, links = ondisk._Merge._items, ondisk._Merge._links

    def counted_items(self, indexes):
        seen["loads"] += len(indexes) if seen["scoring"] else 0
        return items(self, indexes)

    def counted_links(self, out):
        seen["scoring"] = True
        found = links(self, out)
        seen["scoring"] = False
        seen["most"] = self.most_items
        return found

    monkeypatch.setattr(ondisk._Merge, "_items", counted_items)
    monkeypatch.setattr(ondisk._Merge, "_links", counted_links)
    store = _stored(_copies(times))
    _same(store, store.document_ids())
    events = store.counts(("events",))["events"]
    assert events == 24 * times
    assert seen["most"] <= 60 + 2 * 5
    assert seen["loads"] <= 1.5 * events


def test_ondisk_merge_joins_one_sentence_of_two_versions_of_a_story_that_names_no_one():
    told = "Two workers were killed and six others injured when a gas cylinder exploded at a market on Friday"
    store = _stored(
        [
            extraction("a", event("a", 0, "kill", told, day("2011-03-04", "Friday")), date="2011-03-04"),
            extraction("b", event("b", 2, "kill", told + ", police said", day("2011-03-04")), date="2011-03-04"),
        ]
    )
    _same(store, store.document_ids())
    assert len(merge_stored(store, store.document_ids()).events) == 1


def test_ondisk_merge_joins_reports_of_one_date_whose_sentences_name_the_same():
    """The on-disk merge finds the same candidates: reports dating themselves share a block of their
    event word alone, whatever participants were found."""
    store = _stored(
        [
            extraction(
                "a",
                event(
                    "a",
                    0,
                    "attack",
                    "Brastovian President Ilo Marek launched a fresh attack on the Velorian Senate on Tuesday",
                    day("2011-05-10", "Tuesday", resolution="relative"),
                    actors=[("Ilo Marek", "PERSON", "agent")],
                ),
                date="2011-05-10",
            ),
            extraction(
                "b",
                event(
                    "b",
                    3,
                    "attack",
                    "The veteran leader launched a fresh attack on Tuesday on the Velorian Senate and its Treaty",
                    day("2011-05-10", "Tuesday", resolution="relative"),
                ),
                date="2011-05-10",
            ),
        ]
    )
    _same(store, store.document_ids())
    assert len(merge_stored(store, store.document_ids()).events) == 1
