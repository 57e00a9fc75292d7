"""A re-run on unchanged inputs does no NLP work and no merge: both are counted, not timed."""

import json

import pytest

from timeline.pipeline import RunOptions, RunStats, run_extract
from timeline.schema import timeline_to_dict

pytestmark = pytest.mark.slow


@pytest.fixture
def corpus(tmp_path):
    path = tmp_path / "in.jsonl"
    rows = [
        {"id": "a", "date": "2016-12-23", "text": "Putin said on Friday that talks will be held in Astana in January."},
        {"id": "b", "date": "2016-12-22", "text": "The evacuation of Aleppo began on Thursday, the Red Cross said."},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    return path


def test_pipeline_rerun_reuses_documents_and_the_merged_chronology(corpus, tmp_path, monkeypatch):
    options = RunOptions(db=str(tmp_path / "t.db"))
    first_stats = RunStats()
    first = run_extract([str(corpus)], options, stats=first_stats)
    assert (first_stats.analysed, first_stats.reused) == (2, 0)

    def no_nlp(*args, **kwargs):
        raise AssertionError("NLP ran on unchanged documents")

    def no_merge(*args, **kwargs):
        raise AssertionError("merge ran on unchanged inputs")

    monkeypatch.setattr("timeline.nlp.build_nlp", no_nlp)
    monkeypatch.setattr("timeline.merge.merge", no_merge)
    stats = RunStats()
    again = run_extract([str(corpus)], options, stats=stats)
    assert (stats.analysed, stats.reused) == (0, 2)
    assert timeline_to_dict(again) == timeline_to_dict(first)


def test_pipeline_changed_document_is_analysed_again_alone(corpus, tmp_path):
    options = RunOptions(db=str(tmp_path / "t.db"))
    run_extract([str(corpus)], options)
    lines = corpus.read_text().splitlines()
    row = json.loads(lines[1])
    row["text"] = row["text"].replace("Thursday", "Wednesday")
    corpus.write_text(lines[0] + "\n" + json.dumps(row) + "\n")
    stats = RunStats()
    timeline = run_extract([str(corpus)], options, stats=stats)
    assert (stats.analysed, stats.reused) == (1, 1)
    assert any(e.date.value == "2016-12-21" for e in timeline.events)


def test_pipeline_show_uses_the_chronology_extract_merged(corpus, tmp_path, monkeypatch):
    from timeline.pipeline import Filters, run_show

    db = str(tmp_path / "t.db")
    first = run_extract([str(corpus)], RunOptions(db=db))

    def no_merge(*args, **kwargs):
        raise AssertionError("show merged the store again")

    with monkeypatch.context() as m:
        m.setattr("timeline.merge.merge", no_merge)
        shown = run_show(Filters(), db=db)
    assert timeline_to_dict(shown) == timeline_to_dict(first)
    putin = run_show(Filters(actors=("Putin",)), db=db)
    assert putin.events and all(any("Putin" in a.name for a in e.actors) for e in putin.events)


def test_pipeline_show_merges_when_the_store_holds_more_than_extract_merged(corpus, tmp_path, monkeypatch):
    from timeline.pipeline import Filters, run_show

    db = str(tmp_path / "t.db")
    run_extract([str(corpus)], RunOptions(db=db))
    other = tmp_path / "c.jsonl"
    row = {"id": "c", "date": "2016-12-24", "text": "Turkey said on Saturday the talks would go ahead."}
    other.write_text(json.dumps(row) + "\n")
    run_extract([str(other)], RunOptions(db=db))  # the store now holds a, b and c; extract merged only c
    calls = []
    import timeline.merge.stored

    real = timeline.merge.stored.chronology_of_store  # the whole store's merge (continued or not)
    monkeypatch.setattr("timeline.merge.stored.chronology_of_store", lambda *a, **k: calls.append(1) or real(*a, **k))
    shown = run_show(Filters(), db=db)
    assert calls == [1]
    assert {d.id for d in shown.documents} == {"a", "b", "c"}
    run_show(Filters(), db=db)  # the merge of all three is now cached too
    assert calls == [1]


def test_pipeline_cached_chronology_is_compressed_and_reads_back(corpus, tmp_path):
    import sqlite3

    from timeline.codec import decode_timeline
    from timeline.render.jsonfmt import timeline_text

    db = tmp_path / "t.db"
    first = run_extract([str(corpus)], RunOptions(db=str(db)))
    (data,) = sqlite3.connect(db).execute("SELECT data FROM timelines").fetchone()
    assert isinstance(data, bytes) and len(data) < len(timeline_text(first).encode())
    assert timeline_to_dict(decode_timeline(data)) == timeline_to_dict(first)


@pytest.mark.parametrize("old", ["text", "compressed"])
def test_pipeline_cache_of_an_older_version_is_merged_again_and_replaced(corpus, tmp_path, monkeypatch, old):
    # Before timeline.codec the store cached the pretty JSON of --format json (plain, then compressed).
    import sqlite3
    import zlib

    import timeline.merge.stored
    from timeline.codec import decode_timeline
    from timeline.pipeline import Filters, run_show
    from timeline.render.jsonfmt import timeline_text

    db = tmp_path / "t.db"
    first = run_extract([str(corpus)], RunOptions(db=str(db)))
    text = timeline_text(first)
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE timelines SET data = ?", (text if old == "text" else zlib.compress(text.encode()),))
    calls = []
    real = timeline.merge.stored.chronology_of_store  # the whole store's merge (continued or not)
    monkeypatch.setattr("timeline.merge.stored.chronology_of_store", lambda *a, **k: calls.append(1) or real(*a, **k))
    again = run_extract([str(corpus)], RunOptions(db=str(db)))
    assert calls == [1]  # the old cache was stale: merged again
    assert timeline_text(again) == text
    (data,) = sqlite3.connect(db).execute("SELECT data FROM timelines").fetchone()
    assert timeline_to_dict(decode_timeline(data)) == timeline_to_dict(first)  # replaced by the new encoding
    assert timeline_text(run_show(Filters(), db=str(db))) == text
    assert calls == [1]
