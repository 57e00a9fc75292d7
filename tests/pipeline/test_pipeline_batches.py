"""Batches for spaCy are cut at a number of documents and a number of characters."""

import pickle

import pytest

from timeline.analysis import batches
from timeline.errors import InputError, UsageError
from timeline.model import Document


def _docs(*lengths):
    return [Document(id=f"d{k}", text="x" * n) for k, n in enumerate(lengths)]


@pytest.mark.parametrize(
    ("lengths", "max_docs", "max_chars", "expected"),
    [
        ((10, 10, 10), 32, 100, [3]),
        ((10, 10, 10), 2, 100, [2, 1]),
        ((60, 50, 10), 32, 100, [1, 2]),  # 60 + 50 would pass 100
        ((500, 10), 32, 100, [1, 1]),  # one document longer than the budget is a batch alone
        ((), 32, 100, []),
        ((40, 60, 1), 32, 100, [2, 1]),  # exactly the budget fits
    ],
)
def test_pipeline_batches_cut_at_documents_and_characters(lengths, max_docs, max_chars, expected):
    got = list(batches(_docs(*lengths), max_docs, max_chars))
    assert [len(b) for b in got] == expected
    assert [d.id for b in got for d in b] == [d.id for d in _docs(*lengths)]  # order kept, none lost


@pytest.mark.parametrize("error", [InputError("bad", path="a.jsonl", line=3), UsageError("no")])
def test_pipeline_errors_cross_processes_with_their_place(error):
    back = pickle.loads(pickle.dumps(error))
    assert type(back) is type(error) and str(back) == str(error) and back.line == error.line
