"""extract/nominals.py: a definite event noun whose happening a word of its stem told earlier."""

from __future__ import annotations

import pytest

from tests.extract.parsed import parsed
from timeline.extract.nominals import told_before

pytestmark = pytest.mark.slow

_TEXT = (
    "Troops withdrew from the border town on Monday. The withdrawal ended a siege of three weeks. "
    "Rebels attacked a convoy later. The attack killed four soldiers, and the withdrawal went on."
)


def _nouns(doc):
    return [tok for tok in doc if tok.pos_ == "NOUN" and tok.lower_ in ("withdrawal", "attack")]


def test_nominals_told_before_by_a_word_of_its_stem():
    _, doc, _ = parsed(_TEXT)
    assert [(tok.text, told_before(tok)) for tok in _nouns(doc)] == [
        ("withdrawal", True),  # "withdrew" before it
        ("attack", True),  # "attacked"
        ("withdrawal", True),
    ]


def test_nominals_told_before_asked_late_first_then_early():
    # the stems read once per Doc as far as asked: asking of the last noun first, then of the
    # first ones, gives each the answer it gets asked alone
    _, doc, _ = parsed(_TEXT)
    nouns = _nouns(doc)
    late_first = {tok.i: told_before(tok) for tok in nouns[::-1]}
    for tok in nouns:
        _, fresh, _ = parsed(_TEXT)
        assert told_before(fresh[tok.i]) == late_first[tok.i]
    _, doc, _ = parsed("The attack came at dawn. Rebels attacked again at noon.")
    assert not told_before(next(tok for tok in doc if tok.lower_ == "attack"))  # told only after it
