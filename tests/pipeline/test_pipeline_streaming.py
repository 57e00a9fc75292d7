"""With a store, `extract` keeps no document's extraction in memory while it analyses the next
ones (each is written as it comes), and the main process, which merges, never loads spaCy; the
merge reads back what it needs. Counted, not timed."""

from __future__ import annotations

import gc
import json
import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "merge"))
from merge_builders import day, event, extraction  # noqa: E402

from timeline import pipeline  # noqa: E402
from timeline.merge.stored import merge_stored  # noqa: E402
from timeline.model import Extraction  # noqa: E402
from timeline.pipeline import RunOptions, RunStats, run_extract  # noqa: E402
from timeline.schema import timeline_to_dict  # noqa: E402
from timeline.store import open_store  # noqa: E402

N_DOCS = 24


def _live_extractions() -> int:
    return sum(1 for o in gc.get_objects() if type(o) is Extraction)


@pytest.fixture
def corpus(tmp_path):
    path = tmp_path / "in.jsonl"
    rows = [{"id": f"d{k}", "date": "2016-12-23", "text": f"Text {k}."} for k in range(N_DOCS)]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    return path


@pytest.fixture
def fake_analysis(monkeypatch, tmp_path):
    """Stand-in for the NLP stages (inherited by forked workers): one made-up event per document
    (shared actor, same day, so the merge joins them); each call notes its process id."""
    pids = tmp_path / "pids.txt"

    def analyse_here(documents, options, *, aliases=None, warn=None):
        with pids.open("a") as f:
            f.write(f"{os.getpid()}\n")
        for document in documents:
            ev = event(
                document.id,
                0,
                "evacuate",
                "the Red Cross evacuated civilians",
                day("2016-12-22"),
                actors=(("Red Cross", "ORG", "agent"),),
            )
            yield extraction(document.id, ev, date="2016-12-23")

    def no_model_here(*args, **kwargs):
        raise AssertionError("the main process loaded spaCy")

    monkeypatch.setattr("timeline.analysis.analyse_here", analyse_here)
    monkeypatch.setattr("timeline.nlp.build_nlp", no_model_here)
    return pids


def test_pipeline_streaming_one_job_analyses_and_stores_in_a_worker(corpus, tmp_path, fake_analysis):
    stats = RunStats()
    timeline = run_extract([str(corpus)], RunOptions(db=str(tmp_path / "t.db"), batch_size=5), stats=stats)
    assert stats.analysed == N_DOCS
    workers = set(fake_analysis.read_text().split())
    assert workers and str(os.getpid()) not in workers
    assert len(timeline.events) == 1 and len(timeline.events[0].sources) == N_DOCS
    with open_store(str(tmp_path / "t.db"), create=False) as store:
        assert store.document_ids() == [f"d{k}" for k in range(N_DOCS)]  # stored in input order


def test_pipeline_streaming_jobs_keep_a_few_batches_in_the_main_process(corpus, tmp_path, fake_analysis, monkeypatch):
    from timeline.store import Store

    alive: list[int] = []
    real_put = Store.put

    def counting_put(self, extraction_, key):
        gc.collect()
        alive.append(_live_extractions())
        real_put(self, extraction_, key)

    monkeypatch.setattr(Store, "put", counting_put)
    run_extract([str(corpus)], RunOptions(db=str(tmp_path / "t.db"), batch_size=1, jobs=2))
    assert len(alive) == N_DOCS
    # At most the batches in flight (jobs x (1 + AHEAD), one document each) plus the one in hand.
    assert max(alive) <= 2 * 3 + 1 < N_DOCS


def test_pipeline_streaming_without_store_gives_the_same_chronology(corpus, tmp_path, fake_analysis):
    stored = run_extract([str(corpus)], RunOptions(db=str(tmp_path / "t.db")))
    unstored = run_extract([str(corpus)], RunOptions(store=False))
    assert timeline_to_dict(stored) == timeline_to_dict(unstored)


def test_pipeline_streaming_in_memory_store_is_analysed_here(corpus, fake_analysis):
    # A worker could not see this process's in-memory database: the analysis stays here.
    timeline = run_extract([str(corpus)], RunOptions(db=":memory:"))
    assert len(timeline.events) == 1 and len(timeline.events[0].sources) == N_DOCS
    assert set(fake_analysis.read_text().split()) == {str(os.getpid())}


def test_pipeline_streaming_large_store_merges_on_disk_with_the_same_chronology(corpus, tmp_path, fake_analysis):
    from timeline.merge.ondisk import StoredEvents
    from timeline.render.jsonfmt import timeline_text

    in_memory = run_extract([str(corpus)], RunOptions(db=str(tmp_path / "a.db")))
    large = RunOptions(db=str(tmp_path / "b.db"), ondisk_events=0, lazy_cache_bytes=0)  # every store is "large"
    stats = RunStats()
    on_disk = run_extract([str(corpus)], large, stats=stats)
    assert isinstance(on_disk.events, StoredEvents)
    assert timeline_text(on_disk) == timeline_text(in_memory)
    warm = run_extract([str(corpus)], large, stats=stats)  # from the cache
    assert isinstance(warm.events, StoredEvents)
    assert timeline_text(warm) == timeline_text(in_memory)


@pytest.mark.parametrize("store, jobs, expected", [(True, 1, 1), (True, 2, 2), (False, 2, 2), (False, 1, 0)])
def test_pipeline_streaming_workers_start_before_the_corpus_is_read(
    corpus, tmp_path, fake_analysis, monkeypatch, store, jobs, expected
):
    # a forked worker carries its parent's memory as it is at the fork: not the corpus' texts
    import multiprocessing

    seen: list[int] = []
    real_load = pipeline.load_documents

    def load(*args, **kwargs):
        seen.append(len(multiprocessing.active_children()))
        return real_load(*args, **kwargs)

    monkeypatch.setattr(pipeline, "load_documents", load)
    timeline = run_extract([str(corpus)], RunOptions(db=str(tmp_path / "t.db"), store=store, jobs=jobs))
    assert seen == [expected]
    assert len(timeline.events) == 1 and len(timeline.events[0].sources) == N_DOCS
    assert multiprocessing.active_children() == []  # none left behind


def _merge_reads(monkeypatch) -> list[list[str]]:
    """The document ids each read of merge inputs asked the store for, in the main process."""
    from timeline.store import Store

    asked: list[list[str]] = []
    real = Store.extractions

    def extractions(self, doc_ids=None, *, whole=True):
        if not whole:
            doc_ids = list(doc_ids)
            asked.append(doc_ids)
        return real(self, doc_ids, whole=whole)

    monkeypatch.setattr(Store, "extractions", extractions)
    return asked


def test_pipeline_streaming_one_job_reads_each_stored_document_back_while_the_worker_goes_on(
    corpus, tmp_path, fake_analysis, monkeypatch
):
    asked = _merge_reads(monkeypatch)
    db = str(tmp_path / "t.db")
    timeline = run_extract([str(corpus)], RunOptions(db=db, batch_size=5))
    # one read per document as the worker stores it; the merge then has nothing left to read
    assert asked == [[f"d{k}"] for k in range(N_DOCS)] + [[]]
    assert len(timeline.events) == 1 and len(timeline.events[0].sources) == N_DOCS
    with open_store(db, create=False) as store:  # what a merge of the store alone gives
        assert timeline_to_dict(merge_stored(store, store.document_ids(), None)) == timeline_to_dict(timeline)


def test_pipeline_streaming_read_ahead_stops_where_the_merge_goes_to_disk(corpus, tmp_path, fake_analysis, monkeypatch):
    expected = timeline_to_dict(run_extract([str(corpus)], RunOptions(db=str(tmp_path / "a.db"))))
    asked = _merge_reads(monkeypatch)
    # the on-disk merge from the fourth event on
    got = run_extract([str(corpus)], RunOptions(db=str(tmp_path / "b.db"), batch_size=5, ondisk_events=3))
    assert asked == [["d0"], ["d1"], ["d2"], ["d3"]]  # dropped past the limit; the merge reads on disk
    assert timeline_to_dict(got) == expected
