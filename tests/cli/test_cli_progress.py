"""Progress names every phase: reading, loading the model, the document bar, merging."""

import io

import pytest

from timeline.pipeline import RunOptions, run_extract
from timeline.terminal import Terminal


class FakeTTY(io.StringIO):
    def isatty(self):
        return True


def test_cli_progress_stage_labels_are_drawn_between_counted_steps():
    term = Terminal(stderr=FakeTTY(), color=False)
    with term.progress("extracting") as progress:
        progress.stage("loading model…")
        progress(1, 2452)
        progress.stage("merging 2,452 documents…")
        progress(2452, 2452)
    drawn = term.stderr.getvalue()
    assert drawn.index("loading model…") < drawn.index("merging 2,452 documents…")
    assert "2,452/2,452" in drawn  # the document bar, drawn when the bar closes


def test_cli_progress_stages_are_silent_when_quiet():
    term = Terminal(stderr=FakeTTY(), quiet=True)
    with term.progress("extracting") as progress:
        progress.stage("loading model…")
        progress(1, 1)
    assert term.stderr.getvalue() == ""


@pytest.mark.slow
def test_cli_progress_extract_reports_each_phase_in_order(tmp_path):
    (tmp_path / "a.txt").write_text("Putin said on Friday that talks will be held in Astana in January.")
    (tmp_path / "b.txt").write_text("Rebels left Aleppo on 16 December 2016.")
    events = []
    options = RunOptions(ref_date="2016-12-23", db=str(tmp_path / "t.db"))
    run_extract(
        [str(tmp_path)],
        options,
        progress=lambda done, total: events.append(f"{done}/{total}"),
        stage=events.append,
    )
    assert events[0] == "reading documents…"
    assert events.index("loading model…") < events.index("1/2") < events.index("2/2")
    assert events[-2:] == ["merging 2 documents…", "storing the chronology…"]
    again: list[str] = []
    run_extract([str(tmp_path)], options, stage=again.append)
    assert "loading model…" not in again  # nothing to analyse: no model to wait for
