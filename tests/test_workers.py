"""workers.py: the analysis in worker processes gives the one-process result, in order, and the
workers' warnings come back to the main process."""

from __future__ import annotations

import pytest

from timeline.analysis import RunOptions, analyse_here, batches, dates_here
from timeline.errors import Notice
from timeline.model import DocDate, Document
from timeline.workers import analyse_in_processes, dates_in_processes

pytestmark = pytest.mark.slow

TEXTS = [
    "Putin met Erdogan on Friday.",
    "The minister will visit China next week.",
    "The evacuation of Aleppo began on Thursday, the Red Cross said.",
    "Police arrested three men on Monday.",
]


def _documents(dated: bool = True) -> list[Document]:
    date = DocDate("2016-12-20", "metadata", 1.0) if dated else DocDate()
    return [Document(id=f"d{k}", text=text, date=date) for k, text in enumerate(TEXTS)]


def test_workers_two_processes_give_the_one_process_extractions_in_order():
    documents = _documents()
    options = RunOptions(jobs=2, batch_size=1)
    got = list(analyse_in_processes(batches(documents, 1), options, None, None, lambda message: None))
    assert got == list(analyse_here(documents, RunOptions()))
    assert [x.document.id for x in got] == ["d0", "d1", "d2", "d3"]


def test_workers_dates_in_processes_give_the_one_process_dates():
    documents = _documents()
    got = list(dates_in_processes(batches(documents, 2), RunOptions(jobs=2), None, lambda message: None))
    assert got == dates_here(documents, RunOptions())


def test_workers_warnings_come_back_from_the_workers_and_name_the_argument():
    warned: list[str] = []
    list(analyse_in_processes(batches(_documents(dated=False), 1), RunOptions(jobs=2), None, None, warned.append))
    assert len(warned) == len(TEXTS) and all("no publication date found" in w for w in warned)
    # a warning is text naming the library's argument; the CLI words it as its option
    assert all(
        isinstance(w, Notice) and "--ref-date DATE" in w.describe(lambda n: "--" + n.replace("_", "-")) for w in warned
    )
