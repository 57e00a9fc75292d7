"""Interrupted runs lose nothing: kill `extract` (SIGINT, SIGKILL) and re-run; readers never see half a document."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from hardening_helpers import store_content, stored_count, write_corpus

from timeline.cli import cli
from timeline.errors import StoreError
from timeline.schema import event_to_dict
from timeline.store import Store

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
N_DOCS = 60
# One document per spaCy batch, so the store grows one document at a time while we watch.
RUN = ["--batch-size", "1", "--ref-date", "2016-12-23", "-f", "json"]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("corpus") / "corpus.jsonl", N_DOCS)


@pytest.fixture(scope="module")
def baseline(corpus, nlp, tmp_path_factory) -> dict:
    """The store of an uninterrupted run (in-process, sharing the loaded model)."""
    db = tmp_path_factory.mktemp("baseline") / "base.db"
    result = CliRunner().invoke(cli, ["extract", str(corpus), "--db", str(db), *RUN])
    assert result.exit_code == 0, result.stderr
    return store_content(db)


def _start(corpus: Path, db: Path, *extra: str) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if k not in ("TIMELINE_MODEL", "TIMELINE_DB")}
    env["PYTHONPATH"] = str(ROOT)
    return subprocess.Popen(
        [sys.executable, "-m", "timeline", "extract", str(corpus), "--db", str(db), *RUN, *extra],
        cwd=ROOT,
        env=env,
        # Not pipes: a full pipe nobody reads would stop the run at its output.
        stdout=subprocess.DEVNULL,
        stderr=(db.parent / "stderr.txt").open("wb"),
        # A shell's background jobs inherit SIGINT ignored; a user's Ctrl-C reaches a foreground run.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )


def _wait_for(db: Path, proc: subprocess.Popen, documents: int, timeout: float = 60) -> int:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        n = stored_count(db)
        if n >= documents or proc.poll() is not None:
            return n
        time.sleep(0.005)
    proc.kill()
    raise AssertionError(f"extract stored {stored_count(db)} documents in {timeout} s")


def _rerun(corpus: Path, db: Path):
    result = CliRunner().invoke(cli, ["extract", str(corpus), "--db", str(db), *RUN])
    assert result.exit_code == 0, result.stderr
    return result


# Where to kill: after a few documents, half-way, near the end (drawn once, reproducibly).
_rng = random.Random(8)
KILL_POINTS = [1, _rng.randrange(2, N_DOCS // 2), _rng.randrange(N_DOCS // 2, N_DOCS - 5)]


@pytest.mark.parametrize("after", KILL_POINTS)
def test_interrupt_sigkill_then_rerun_gives_the_uninterrupted_store(corpus, baseline, tmp_path, after):
    db = tmp_path / "t.db"
    proc = _start(corpus, db)
    stored = _wait_for(db, proc, after)
    workers = _children(proc.pid)
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=30)
    assert proc.returncode == -signal.SIGKILL, "the run finished before the kill"
    time.sleep(0.5)
    assert [pid for pid in workers if _alive(pid)] == [], "a worker outlived the killed run"
    assert stored >= after
    # What survived the kill is whole: every stored document is the baseline's, complete.
    survived = store_content(db)
    n = len(survived["documents"])
    assert 0 < n < N_DOCS
    assert survived["documents"] == baseline["documents"][:n]
    kept = {row[0] for row in survived["documents"]}
    for table in ("timexes", "events", "actors"):
        assert survived[table] == [row for row in baseline[table] if row[0] in kept]
    result = _rerun(corpus, db)
    assert f"({N_DOCS - n} analysed, {n} unchanged)" in result.stderr
    assert store_content(db) == baseline


def test_interrupt_sigint_exits_130_keeps_finished_documents_and_writes_no_output(corpus, baseline, tmp_path):
    db = tmp_path / "t.db"
    out = tmp_path / "out" / "chronology.json"
    out.parent.mkdir()
    proc = _start(corpus, db, "-o", str(out))
    _wait_for(db, proc, N_DOCS // 3)
    proc.send_signal(signal.SIGINT)
    proc.communicate(timeout=30)
    stderr = (tmp_path / "stderr.txt").read_text()
    assert proc.returncode == 130, stderr
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert lines == ["error: interrupted; documents finished so far are stored"]
    assert list(out.parent.iterdir()) == [], "no partial output file"
    n = len(store_content(db)["documents"])
    assert N_DOCS // 3 <= n < N_DOCS
    _rerun(corpus, db)
    assert store_content(db) == baseline


def test_interrupt_sigint_with_worker_processes_stops_them_all(corpus, baseline, tmp_path):
    db = tmp_path / "t.db"
    proc = _start(corpus, db, "--jobs", "2")
    _wait_for(db, proc, N_DOCS // 3)
    workers = _children(proc.pid)
    proc.send_signal(signal.SIGINT)
    proc.communicate(timeout=30)
    stderr = (tmp_path / "stderr.txt").read_text()
    assert proc.returncode == 130, stderr
    assert [line for line in stderr.splitlines() if line.strip()] == [
        "error: interrupted; documents finished so far are stored"
    ]
    assert workers, "the run had worker processes"
    time.sleep(0.5)
    assert [pid for pid in workers if _alive(pid)] == [], "a worker outlived the run"
    _rerun(corpus, db)
    assert store_content(db) == baseline


def _children(pid: int) -> list[int]:
    try:
        return [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        pytest.skip("no /proc on this system")


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0]
    except OSError:
        return False
    return state != "Z"


def test_interrupt_at_a_random_time_then_rerun_gives_the_uninterrupted_store(corpus, baseline, tmp_path):
    db = tmp_path / "t.db"
    proc = _start(corpus, db)
    # Anywhere from model loading to the last documents.
    time.sleep(random.Random(3).uniform(0.2, 2.5))
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=30)
    _rerun(corpus, db)
    assert store_content(db) == baseline


def test_interrupt_concurrent_reader_never_sees_a_half_written_document(corpus, baseline, tmp_path):
    db = tmp_path / "t.db"
    expected: dict[str, list[str]] = {}
    for doc_id, data in baseline["events"]:
        expected.setdefault(doc_id, []).append(data)
    proc = _start(corpus, db)
    seen_counts = []
    try:
        while proc.poll() is None:
            try:
                with Store(str(db), create=False) as store:
                    extractions = list(store.extractions())
            except StoreError as exc:
                assert "no database here yet" in str(exc)
                time.sleep(0.005)
                continue
            for extraction in extractions:
                events = [json.dumps(event_to_dict(e), ensure_ascii=False) for e in extraction.events]
                assert events == expected.get(extraction.document.id, []), extraction.document.id
            seen_counts.append(len(extractions))
        assert proc.returncode == 0, (tmp_path / "stderr.txt").read_text()
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.communicate(timeout=30)
    assert seen_counts == sorted(seen_counts), "the store never goes backwards"
    assert len(set(seen_counts)) > 3, "the reader ran while documents were being written"
    result = CliRunner().invoke(cli, ["show", "--db", str(db), "-f", "json"])
    assert result.exit_code == 0
    assert store_content(db) == baseline
