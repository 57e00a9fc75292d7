"""extract --dask: the analysis on a dask.distributed cluster stores what --jobs 1 stores."""

import json
import os
import signal
import sys

import pytest
from click.testing import CliRunner

from timeline.cli import cli
from timeline.pipeline import RunOptions, run_extract
from timeline.render.jsonfmt import timeline_text
from timeline.store import Store

ARTICLES = [
    {
        "id": "a",
        "date": "2016-12-23",
        "text": "Russian President Vladimir Putin said on Friday that talks would be held in Astana.",
    },
    {"id": "b", "date": "2016-12-24", "text": "Putin met Turkish President Tayyip Erdogan in Moscow on Thursday."},
    {
        "id": "c",
        "date": "2016-12-16",
        "text": "Thousands of people were evacuated from Aleppo on Thursday, the ministry said.",
    },
    {
        "id": "d",
        "date": "2016-12-17",
        "text": "The United Nations said on Friday the evacuation of Aleppo had stopped.",
    },
    {"id": "e", "date": "2016-12-20", "text": "Turkey and Russia agreed on Tuesday to hold talks in January."},
    {"id": "f", "date": "2016-12-22", "text": "Syrian forces took full control of Aleppo on Thursday, the army said."},
]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("dask")
    path = folder / "news.jsonl"
    path.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES), encoding="utf-8")
    one = run_extract([str(path)], RunOptions(db=str(folder / "one.db")))
    return path, folder / "one.db", timeline_text(one)


def _stored(db) -> dict:
    with Store(str(db), create=False) as store:
        return {doc_id: (key, store.get(doc_id)) for doc_id, key in store.keyed_documents()}


def test_dask_without_the_extra_is_a_one_line_error(monkeypatch, tmp_path):
    monkeypatch.setitem(sys.modules, "distributed", None)  # as if not installed
    result = CliRunner().invoke(cli, ["extract", "seeds", "--dask", "local", "--db", str(tmp_path / "t.db")])
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [
        "error: --dask needs dask.distributed, not installed: pip install 'timeline[dask]'"
    ]
    assert not (tmp_path / "t.db").exists()


@pytest.mark.parametrize("address", ["local:x", "local:\u00b2", "local:-1"])
def test_dask_a_malformed_local_address_is_a_one_line_error_before_anything_is_read(tmp_path, address):
    pytest.importorskip("distributed")
    result = CliRunner().invoke(cli, ["extract", "seeds", "--dask", address, "--db", str(tmp_path / "t.db")])
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [
        f"error: --dask {address}: expected local or local:N with N a number of workers"
    ]
    assert not (tmp_path / "t.db").exists()


@pytest.mark.slow
def test_dask_local_cluster_stores_what_one_job_stores(corpus, tmp_path):
    distributed = pytest.importorskip("distributed")
    path, one_db, one_text = corpus
    with distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None) as cluster:
        db = tmp_path / "dask.db"
        got = run_extract([str(path)], RunOptions(db=str(db), dask=cluster.scheduler_address, batch_size=2))
        assert timeline_text(got) == one_text
        assert _stored(db) == _stored(one_db)
        with distributed.Client(cluster) as client:  # the notebook entry point
            import timeline.dask
            from timeline.analysis import analyse_here

            texts = [a["text"] for a in ARTICLES[:3]]
            from timeline.model import Document

            here = list(analyse_here([Document(id=f"doc-{k}", text=t) for k, t in enumerate(texts, 1)], RunOptions()))
            assert timeline.dask.extract(client, texts) == here


@pytest.mark.slow
def test_dask_a_worker_killed_mid_run_changes_nothing(corpus, tmp_path):
    distributed = pytest.importorskip("distributed")
    path, one_db, one_text = corpus
    killed = []

    def progress(done, total):
        if done >= 1 and not killed:  # one document stored, others still running or queued
            pids = distributed.default_client().run(os.getpid)
            killed.append(next(iter(pids.values())))
            os.kill(killed[0], signal.SIGKILL)

    db = tmp_path / "dask.db"
    got = run_extract([str(path)], RunOptions(db=str(db), dask="local:2", batch_size=1), progress=progress)
    assert killed
    assert timeline_text(got) == one_text
    assert _stored(db) == _stored(one_db)


def test_dask_a_failing_document_is_named_then_skipped_or_fatal(monkeypatch):
    # Threads in this process (no spaCy): the analysis is replaced by one that fails on "bad".
    distributed = pytest.importorskip("distributed")
    import timeline.analysis
    from timeline.dask import analyse_on_cluster
    from timeline.errors import InputError
    from timeline.model import Document, Extraction

    tries = []

    def analyse(batch, options, aliases=None):
        tries.append([d.id for d in batch])
        if any(d.id == "bad" for d in batch):
            raise ValueError("boom")
        return iter([Extraction(document=d) for d in batch])

    monkeypatch.setattr(timeline.analysis, "analyse_here", analyse)
    docs = [Document(id=i, text=i, path="in.jsonl", line=k) for k, i in enumerate(["a", "bad", "c", "d", "e"], 1)]
    with (
        distributed.LocalCluster(n_workers=1, processes=False, threads_per_worker=1, dashboard_address=None) as c,
        distributed.Client(c) as client,
    ):
        warned = []
        got = dict(analyse_on_cluster(client, docs, RunOptions(skip_bad=True, batch_size=2), None, warn=warned.append))
        assert sorted(got) == [0, 2, 3, 4] and [got[k].document.id for k in sorted(got)] == ["a", "c", "d", "e"]
        assert warned == ["in.jsonl:2 (bad): analysis failed (ValueError: boom); skipped (skip_bad)"]
        assert warned[0].describe(lambda name: "--" + name.replace("_", "-")).endswith("skipped (--skip-bad)")
        assert tries.count(["a", "bad"]) == 2 and tries.count(["bad"]) == 1  # the batch twice, then alone
        with pytest.raises(InputError, match=r"^in.jsonl:2 \(bad\): analysis failed \(ValueError: boom\)$"):
            list(analyse_on_cluster(client, docs, RunOptions(batch_size=2), None))


def test_dask_only_the_batches_in_flight_hold_their_texts(monkeypatch):
    # The client holds the documents without their texts; each batch's texts are loaded when it is
    # sent and dropped once its results are back: never more than the window of batches in flight.
    distributed = pytest.importorskip("distributed")
    import gc
    import weakref

    import timeline.analysis
    from timeline import dask
    from timeline.model import Document, Extraction

    monkeypatch.setattr(
        timeline.analysis, "analyse_here", lambda batch, options, aliases=None: iter(Extraction(d) for d in batch)
    )

    class Tracked(Document):  # not slotted: weak references count the documents alive
        pass

    held: weakref.WeakSet = weakref.WeakSet()
    most = [0]

    def load(positions):
        gc.collect()
        out = [Tracked(id=f"d{k}", text=f"text {k}") for k in positions]
        held.update(out)
        most[0] = max(most[0], len(held))
        return out

    bare = [Document(id=f"d{k}", text="") for k in range(60)]
    chars = [len(f"text {k}") for k in range(60)]
    with (
        distributed.LocalCluster(n_workers=1, processes=False, threads_per_worker=1, dashboard_address=None) as c,
        distributed.Client(c) as client,
    ):
        got = {}
        for k, extraction in dask.analyse_on_cluster(
            client, bare, RunOptions(batch_size=2), None, load=load, chars=chars
        ):
            got[k] = extraction.document
            del extraction
    assert sorted(got) == list(range(60)) and all(got[k].text == f"text {k}" for k in got)
    window = 1 * (1 + dask.AHEAD) * 2  # one worker, AHEAD batches beyond the one it works on, 2 documents each
    assert most[0] <= window + 2 < 60  # the window (and a batch whose results are being yielded)
