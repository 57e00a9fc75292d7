import sqlite3

import pytest

from timeline.errors import StoreError
from timeline.model import (
    Actor,
    ActorRef,
    DocDate,
    Document,
    Event,
    EventDate,
    Extraction,
    Mention,
    Predicate,
    TimeExpr,
)
from timeline.store import Store, default_db_path, open_store
from timeline.store.migrations import MIGRATIONS


def make_extraction(doc_id="a", text="Putin spoke on Friday.", n_events=1):
    doc = Document(id=doc_id, text=text, path=f"{doc_id}.txt", date=DocDate("2016-12-23", "option", 1.0))
    timex = TimeExpr(
        start=15,
        end=21,
        text="Friday",
        type="DATE",
        value="2016-12-23",
        earliest="2016-12-23",
        latest="2016-12-23",
        precision="day",
        resolution="relative",
        doc=doc_id,
    )
    events = tuple(
        Event(
            id=f"e{doc_id}{i}",
            summary="Putin spoke",
            date=EventDate(
                value="2016-12-23",
                earliest="2016-12-23",
                latest="2016-12-23",
                precision="day",
                text="Friday",
                resolution="relative",
                mention=0,
            ),
            predicate=Predicate("speak", "spoke"),
            actors=(ActorRef("Vladimir Putin", "PERSON", "agent"),),
            mentions=(Mention(doc_id, 0, 6, 11, "spoke", text),),
            sources=(doc_id,),
        )
        for i in range(n_events)
    )
    return Extraction(doc, (timex,), events, (Actor("Vladimir Putin", "PERSON", ("Putin",), n_events),))


def test_store_round_trips_an_extraction(tmp_path):
    ex = make_extraction()
    with Store(str(tmp_path / "t.db")) as s:
        s.put(ex, "k1")
    with Store(str(tmp_path / "t.db")) as s:
        assert s.get("a") == ex
        assert s.stored_key("a") == "k1"
        assert s.schema_version == len(MIGRATIONS)


def test_store_replaces_a_document_and_keeps_its_place(tmp_path):
    with Store(str(tmp_path / "t.db")) as s:
        s.put(make_extraction("a", n_events=3), "k1")
        s.put(make_extraction("b"), "k2")
        s.put(make_extraction("a", text="Changed text.", n_events=1), "k3")
        assert s.document_ids() == ["a", "b"]
        assert s.counts() == {"documents": 2, "timexes": 2, "events": 2, "actors": 2}
        assert s.get("a").document.text == "Changed text."


def test_store_rolls_back_a_failed_write(tmp_path):
    path = str(tmp_path / "t.db")
    with Store(path) as s:
        s.put(make_extraction("a"), "k1")
        bad = make_extraction("b")
        # A value sqlite cannot bind fails halfway through the document's inserts.
        bad = Extraction(bad.document, bad.timexes, bad.events, (Actor(object(), "PERSON"),))  # type: ignore[arg-type]
        with pytest.raises((sqlite3.Error, TypeError)):
            s.put(bad, "k2")
        assert s.document_ids() == ["a"]
        assert s.counts()["events"] == 1


def test_store_rejects_a_foreign_database(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (x)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="not a timeline database"):
        Store(str(path))


def test_store_rejects_a_corrupted_file(tmp_path):
    path = tmp_path / "bad.db"
    path.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(StoreError, match="not a timeline database"):
        Store(str(path))


def test_store_rejects_a_newer_schema(tmp_path):
    path = str(tmp_path / "t.db")
    Store(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="newer"):
        Store(path)


def test_store_show_needs_an_existing_database(tmp_path):
    with pytest.raises(StoreError, match="no database here yet"):
        open_store(str(tmp_path / "missing.db"), create=False)


def test_store_path_from_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("TIMELINE_DB", str(tmp_path / "env.db"))
    assert default_db_path() == str(tmp_path / "env.db")
    monkeypatch.delenv("TIMELINE_DB")
    assert default_db_path() == "timeline.db"


def test_store_reader_sees_only_committed_documents(tmp_path):
    path = str(tmp_path / "t.db")
    writer = Store(path)
    writer.put(make_extraction("a"), "k1")
    writer.conn.execute("BEGIN IMMEDIATE")
    writer.conn.execute(
        "INSERT INTO documents (id, key, date_origin, date_confidence, text, meta)"
        " VALUES ('half', 'k', 'none', 0, '', '{\"id\": \"half\"}')"
    )
    reader = Store(path)
    assert [e.document.id for e in reader.extractions()] == ["a"]
    writer.conn.execute("ROLLBACK")
    reader.close()
    writer.close()


def test_store_keeps_the_newest_merged_timelines(tmp_path):
    with Store(str(tmp_path / "t.db")) as s:
        for n in range(10):
            s.put_timeline(f"k{n}", f'{{"n": {n}}}', keep=3)
        assert s.get_timeline("k9") == '{"n": 9}'
        assert s.get_timeline("k6") is None
        assert s.conn.execute("SELECT count(*) FROM timelines").fetchone()[0] == 3


def test_store_merge_inputs_are_the_named_documents_without_text_or_timexes(tmp_path):
    with Store(str(tmp_path / "t.db")) as s:
        for doc_id, n in (("a", 2), ("b", 1), ("c", 3)):
            s.put(make_extraction(doc_id, n_events=n), f"k{doc_id}")
        got = s.merge_inputs(["c", "a", "c", "missing"])
    assert [e.document.id for e in got] == ["c", "a"]  # asked order, once each, unknown ids left out
    full = make_extraction("c", n_events=3)
    assert got[0].events == full.events and got[0].actors == full.actors
    assert got[0].timexes == () and got[0].document.text == ""
    assert got[0].document.date == full.document.date and got[0].document.path == "c.txt"


def test_store_stored_document_is_the_metadata_or_none(tmp_path):
    with Store(str(tmp_path / "t.db")) as s:
        s.put(make_extraction("a"), "k")
        assert s.stored_document("a").date.value == "2016-12-23"
        assert s.stored_document("a").text == ""
        assert s.stored_document("zzz") is None
        s.conn.execute("UPDATE documents SET meta = 'not json'")
        with pytest.raises(StoreError, match="damaged database: stored document 'a'"):
            s.stored_document("a")


def test_store_merge_inputs_reads_only_what_is_not_known(tmp_path):
    with Store(str(tmp_path / "t.db")) as s:
        for doc_id in ("a", "b", "c"):
            s.put(make_extraction(doc_id, n_events=2), f"k{doc_id}")
        known = {"b": s.merge_inputs(["b"])[0]}
        got = s.merge_inputs(["c", "b", "a", "b", "missing"], known=known)
        s.conn.execute("DELETE FROM events")
        assert s.merge_inputs(["b"], known=known)[0] is known["b"]  # not read again
    assert [e.document.id for e in got] == ["c", "b", "a"]
    assert got[1] is known["b"] and len(got[0].events) == 2 and got[2].timexes == ()


def test_store_keeps_a_chronology_index_with_its_cached_chronology(tmp_path):
    with Store(str(tmp_path / "t.db")) as s:
        for n in range(5):
            s.put_timeline(f"k{n}", b"data", keep=2, index=lambda n=n: f"index {n}".encode())
        s.put_timeline("k4", b"other data")  # written again without one: the old index is gone
        assert s.timeline_index("k3") == b"index 3"
        assert s.timeline_index("k4") is None
        assert s.timeline_index("k0") is None  # went with its chronology
        assert s.conn.execute("SELECT count(*) FROM timeline_index").fetchone()[0] == 1


def test_store_of_an_older_version_is_migrated_and_its_cache_still_read(tmp_path):
    """A store made before the chronology index (schema 3, a cached chronology without index)
    opens, gains the index table, and `show` reads the cached chronology as before; the next
    chronology cached comes with its index, and reads the same through it."""
    from timeline.pipeline import Filters, run_show, stored_timeline
    from timeline.render.jsonfmt import timeline_text

    path = str(tmp_path / "old.db")
    with Store(path) as s:
        s.put(make_extraction("a", n_events=2), "ka")
        s.put(make_extraction("b", n_events=1), "kb")
    whole = timeline_text(stored_timeline(path))  # merged and cached, with its index
    with Store(path) as s:  # what the older version would have left: no index table
        s.conn.execute("DROP TABLE timeline_index")
        s.conn.execute("PRAGMA user_version = 3")
    with Store(path) as s:
        assert s.schema_version == len(MIGRATIONS) == 4
        assert s.timeline_index(s.conn.execute("SELECT key FROM timelines").fetchone()[0]) is None
    asked = (Filters(), Filters(actors=("Putin",)), Filters(actors=("nobody",)), Filters(limit=1))
    before = [timeline_text(run_show(filters, db=path)) for filters in asked]
    assert before[0] == before[1] == whole
    with Store(path) as s:
        s.conn.execute("DELETE FROM timelines")
    assert timeline_text(stored_timeline(path)) == whole  # merged again, cached with an index
    with Store(path) as s:
        assert s.timeline_index(s.conn.execute("SELECT key FROM timelines").fetchone()[0]) is not None
    assert [timeline_text(run_show(filters, db=path)) for filters in asked] == before


@pytest.mark.parametrize("lazy_bytes", [0, 24 << 20], ids=["read-in-parts", "read-whole"])
def test_store_show_through_the_index_shows_what_a_full_decoding_shows(tmp_path, monkeypatch, lazy_bytes):
    """A cached chronology larger than LAZY_CACHE_BYTES is read through its index a part at a time,
    from the store, after the store is closed; smaller, from its bytes. Either way `show` prints
    what it prints without the index, and a chronology cached meanwhile does not change it."""
    from timeline import codec
    from timeline.pipeline import Filters, run_show, stored_timeline
    from timeline.render.jsonfmt import timeline_text
    from timeline.store import cache

    monkeypatch.setattr(codec, "EVENTS_PER_CHUNK", 2)
    path = str(tmp_path / "t.db")
    with Store(path) as s:
        for doc_id, n in (("a", 3), ("b", 2), ("c", 4)):
            s.put(make_extraction(doc_id, n_events=n), f"k{doc_id}")
    stored_timeline(path)  # merged and cached, with its index
    asked = (Filters(), Filters(actors=("Putin",)), Filters(actors=("nobody",)), Filters(limit=3), Filters(top=2))
    with Store(path) as s:
        index = s.conn.execute("SELECT key, data FROM timeline_index").fetchone()
        s.conn.execute("DELETE FROM timeline_index")
    plain = [timeline_text(run_show(filters, db=path)) for filters in asked]
    with Store(path) as s:
        s.conn.execute("INSERT INTO timeline_index VALUES (?, ?)", index)
    monkeypatch.setattr(cache, "LAZY_CACHE_BYTES", lazy_bytes)
    lazy = stored_timeline(path)
    assert hasattr(lazy.events, "positions_of")
    with Store(path) as s:  # another run caches another chronology under the same key
        s.put_timeline(index[0], codec.encode_timeline(lazy.__class__()), index=lambda: b"")
    assert [timeline_text(run_show(filters, db=path)) for filters in asked[:1]] != plain[:1]
    from timeline.merge.filters import filter_timeline

    got = [timeline_text(filter_timeline(lazy, actors=f.actors, limit=f.limit, top=f.top)) for f in asked]
    assert got == plain
