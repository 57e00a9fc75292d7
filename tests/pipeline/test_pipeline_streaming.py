"""With a store, `extract` keeps no document's extraction in memory while it analyses the next
ones (each is written as it comes); the merge reads back what it needs. Counted, not timed."""

from __future__ import annotations

import gc
import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "merge"))
from merge_builders import day, event, extraction  # noqa: E402

from timeline import pipeline  # noqa: E402
from timeline.model import Extraction  # noqa: E402
from timeline.pipeline import RunOptions, RunStats, run_extract  # noqa: E402
from timeline.schema import timeline_to_dict  # noqa: E402
from timeline.store import open_store  # noqa: E402

N_DOCS = 12


def _live_extractions() -> int:
    return sum(1 for o in gc.get_objects() if type(o) is Extraction)


@pytest.fixture
def corpus(tmp_path):
    path = tmp_path / "in.jsonl"
    rows = [{"id": f"d{k}", "date": "2016-12-23", "text": f"Text {k}."} for k in range(N_DOCS)]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    return path


@pytest.fixture
def fake_analysis(monkeypatch):
    """Stand-in for the NLP stages: one made-up event per document (shared actor, same day, so
    the merge joins them), recording how many extractions are alive as each one is made."""
    alive: list[int] = []

    def analyze(documents, options, *, aliases=None, warn=None):
        for document in documents:
            gc.collect()
            alive.append(_live_extractions())
            ev = event(
                document.id, 0, "evacuate", "the Red Cross evacuated civilians", day("2016-12-22"),
                actors=(("Red Cross", "ORG", "agent"),),
            )
            yield extraction(document.id, ev, date="2016-12-23")

    monkeypatch.setattr(pipeline, "analyze", analyze)
    return alive


def test_pipeline_streaming_store_keeps_no_extraction_while_analysing(corpus, tmp_path, fake_analysis):
    stats = RunStats()
    timeline = run_extract([str(corpus)], RunOptions(db=str(tmp_path / "t.db")), stats=stats)
    assert stats.analyzed == N_DOCS
    # Alive while making the k-th: at most the one just written (the loop's variable), never k-1.
    assert max(fake_analysis) <= 1
    assert len(timeline.events) == 1 and len(timeline.events[0].sources) == N_DOCS
    with open_store(str(tmp_path / "t.db"), create=False) as store:
        assert store.counts()["documents"] == N_DOCS


def test_pipeline_streaming_without_store_gives_the_same_chronology(corpus, tmp_path, fake_analysis):
    stored = run_extract([str(corpus)], RunOptions(db=str(tmp_path / "t.db")))
    unstored = run_extract([str(corpus)], RunOptions(store=False))
    assert timeline_to_dict(stored) == timeline_to_dict(unstored)
