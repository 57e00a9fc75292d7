"""The merge of a growing store (timeline.merge.incremental) gives exactly the full merge."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from merge_builders import UNDATED, claim, day, event, extraction, month, week

from timeline.collector import automatic_collection_paused
from timeline.merge import incremental, merge
from timeline.model import Actor, DocDate, Timeline
from timeline.pipeline import store_chronology
from timeline.render.jsonfmt import timeline_text
from timeline.store import Store

NAMES = [
    ("Vladimir Putin", "PERSON"),
    ("Putin", "PERSON"),
    ("Turkey", "GPE"),
    ("Assad", "PERSON"),
    ("Bashar al-Assad", "PERSON"),
    ("Hafez al-Assad", "PERSON"),
    ("United Nations", "ORG"),
    ("U.N.", "ORG"),
    ("Russian president", "PERSON"),  # a title: the person an article names with it, within a year
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
    (claim("7,000 people", 7000, None, "Putin", "x"),),
]
PUBLISHED = ["2016-12-16", "2016-12-17", "2017-01-10", "2018-03-01", None]

reports = st.tuples(
    st.sampled_from(["evacuate", "evacuation", "say", "talk", "meet", "have"]),
    st.sampled_from(DATES),
    st.lists(st.sampled_from(NAMES), min_size=0, max_size=2, unique=True),
    st.sampled_from(["in Aleppo", "in Astana", "on the border"]),
    st.sampled_from(FIGURES),
)
documents = st.tuples(st.lists(reports, min_size=1, max_size=6), st.sampled_from(PUBLISHED), st.booleans())


def _extraction(d: int, doc_reports, published, with_actor):
    doc = f"d{(d * 7) % 5}{d}"  # ids not in the order they are added
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
    holder = "Vladimir Putin" if d % 3 else "Dmitry Medvedev"
    actors = (Actor(name=holder, type="PERSON", aliases=("the president", "Russian president")),) if with_actor else ()
    x = extraction(doc, *evs, actors=actors)
    date = DocDate(value=published, origin="metadata", confidence=1.0) if published else DocDate()
    return x.__class__(document=x.document.__class__(id=doc, text="", date=date), events=x.events, actors=x.actors)


def _same(got: Timeline, expected: Timeline) -> None:
    assert got.documents == expected.documents
    assert list(got.events) == list(expected.events)
    assert got.actors == expected.actors
    assert timeline_text(got) == timeline_text(expected)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(documents, min_size=2, max_size=8), st.data(), st.booleans())
def test_incremental_merge_equals_a_full_merge(corpus, data, with_aliases):
    # Random documents added in a random order, a random number at a time; after each addition
    # the store's chronology (continued from the last one) is the full merge of all of them.
    extractions = [_extraction(d, *doc) for d, doc in enumerate(corpus)]
    order = data.draw(st.permutations(range(len(extractions))))
    aliases = {"Bashar al-Assad": ["the president"]} if with_aliases else None
    store = Store(":memory:")
    try:
        k = 0
        while k < len(order):
            step = data.draw(st.integers(1, 3))
            for d in order[k : k + step]:
                store.put(extractions[d], f"key-{d}")
            k += step
            ids = [doc_id for doc_id, _ in store.keyed_documents()]
            expected = merge(store.merge_inputs(ids), aliases=aliases)
            _same(store_chronology(store, aliases), expected)
            _same(store_chronology(store, aliases), expected)  # the cached copy
    finally:
        store.close()


def _merged_then_added(monkeypatch):
    """A store merged once with one report, a second report of the same evacuation added; the whole
    merges made from then on are counted in the returned list."""
    store = Store(":memory:")
    first = _extraction(0, [("evacuate", day("2016-12-15"), [NAMES[1]], "in Aleppo", ())], "2016-12-16", False)
    second = _extraction(1, [("evacuation", day("2016-12-15"), [NAMES[0]], "in Aleppo", ())], "2016-12-16", True)
    store.put(first, "a")
    store_chronology(store, None)
    store.put(second, "b")
    calls: list[int] = []
    real = incremental.merge_recorded
    monkeypatch.setattr(incremental, "merge_recorded", lambda *a, **k: calls.append(1) or real(*a, **k))
    return store, first, second, calls


def test_incremental_merge_is_used_after_the_first_whole_merge(monkeypatch):
    store, first, second, calls = _merged_then_added(monkeypatch)
    got = store_chronology(store, None)
    assert calls == []  # continued, not merged whole
    expected = merge([first, second])
    _same(got, expected)
    assert len(got.events) == 1 and got.events[0].actors[0].name == "Vladimir Putin"  # renamed and joined


def test_incremental_merge_merges_whole_after_the_merge_rules_changed(monkeypatch):
    # a record made under other merge rules keeps their joins: adding a document must not continue it
    store, first, second, calls = _merged_then_added(monkeypatch)
    monkeypatch.setattr(incremental, "MERGE_VERSION", "rules of tomorrow")
    got = store_chronology(store, None)
    assert calls == [1]  # merged whole
    _same(got, merge([first, second]))


def test_incremental_merge_merges_whole_when_a_document_is_replaced(monkeypatch):
    store = Store(":memory:")
    first = _extraction(0, [("evacuate", day("2016-12-15"), [NAMES[1]], "in Aleppo", ())], "2016-12-16", False)
    store.put(first, "a")
    store_chronology(store, None)
    changed = _extraction(0, [("meet", day("2016-12-16"), [NAMES[2]], "in Astana", ())], "2016-12-16", False)
    store.put(changed, "a2")
    _same(store_chronology(store, None), merge([changed]))


@pytest.mark.parametrize("data", [b"", b"not zlib", b"x\x9c\x03\x00\x00\x00\x00\x01"])
def test_incremental_a_damaged_record_is_ignored(data):
    assert incremental.decode_record(data) is None


def test_incremental_merge_joins_one_sentence_of_two_versions_of_a_story_that_names_no_one():
    told = "Two workers were killed and six others injured when a gas cylinder exploded at a market on Friday"
    first = extraction("a", event("a", 0, "kill", told, day("2011-03-04", "Friday")), date="2011-03-04")
    second = extraction("b", event("b", 2, "kill", told + ", police said", day("2011-03-04")), date="2011-03-04")
    store = Store(":memory:")
    try:
        store.put(first, "a")
        store_chronology(store, None)
        store.put(second, "b")
        got = store_chronology(store, None)
        _same(got, merge([first, second]))
        assert len(got.events) == 1 and set(got.events[0].sources) == {"a", "b"}
    finally:
        store.close()


def _watched(seen: list[int]) -> type:
    """A list that notes the collector's first threshold each time the merge reads it."""
    import gc

    class Watched(list):
        def __iter__(self):
            seen.append(gc.get_threshold()[0])
            return super().__iter__()

    return Watched


def test_incremental_merge_pauses_the_collector_and_gives_its_thresholds_back():
    import gc

    before = gc.get_threshold()
    seen: list[int] = []
    Watched = _watched(seen)

    a = event("000", 1, "visit", "Putin visited Ankara", day("2016-12-16"), actors=[("Putin", "PERSON", "agent")])
    t, _ = incremental.merge_recorded(Watched([extraction("000", a)]), ["k0"])
    assert len(t.events) == 1
    assert seen and seen[0] == 0  # no automatic collection while merging
    assert gc.get_threshold() == before
    with pytest.raises(RuntimeError):
        with automatic_collection_paused():
            raise RuntimeError
    assert gc.get_threshold() == before
    with automatic_collection_paused():
        with automatic_collection_paused():  # nested: the inner pause gives back no thresholds
            assert gc.get_threshold()[0] == 0
        assert gc.get_threshold()[0] == 0
    assert gc.get_threshold() == before


def test_merge_and_its_continuation_pause_the_collector_too():
    import gc

    before = gc.get_threshold()
    seen: list[int] = []
    Watched = _watched(seen)

    a = event("000", 1, "visit", "Putin visited Ankara", day("2016-12-16"), actors=[("Putin", "PERSON", "agent")])
    b = event(
        "001", 1, "visit", "Putin visited Ankara on Friday", day("2016-12-16"), actors=[("Putin", "PERSON", "agent")]
    )
    assert len(merge(Watched([extraction("000", a)])).events) == 1
    old, record = incremental.merge_recorded([extraction("000", a)], ["k0"])
    stored = {"000": extraction("000", a)}
    t, _ = incremental.merge_added(
        record, old, Watched([extraction("001", b)]), ["k1"], lambda ids: [stored[i] for i in ids]
    )
    assert t.events
    assert len(seen) >= 2 and set(seen) == {0}
    assert gc.get_threshold() == before
