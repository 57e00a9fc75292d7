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
    assert (first_stats.analyzed, first_stats.reused) == (2, 0)

    def no_nlp(*args, **kwargs):
        raise AssertionError("NLP ran on unchanged documents")

    def no_merge(*args, **kwargs):
        raise AssertionError("merge ran on unchanged inputs")

    monkeypatch.setattr("timeline.nlp.build_nlp", no_nlp)
    monkeypatch.setattr("timeline.merge.merge", no_merge)
    stats = RunStats()
    again = run_extract([str(corpus)], options, stats=stats)
    assert (stats.analyzed, stats.reused) == (0, 2)
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
    assert (stats.analyzed, stats.reused) == (1, 1)
    assert any(e.date.value == "2016-12-21" for e in timeline.events)
