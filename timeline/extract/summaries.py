"""A short readable summary of an event: its clause from the parse, not the whole sentence."""

from __future__ import annotations

import re
from collections.abc import Sequence

from timeline.extract.attribution import is_speech
from timeline.extract.clauses import clause_indices
from timeline.nlp.doctables import DocTables, tables

MAX_TOKENS = 30
_DOUBLE_PUNCT = re.compile(r"([,;])(?:\s*[,;])+")
_EDGE_DEPS = frozenset({"punct", "cc", "mark", "prep", "advmod", "dep"})


def summarize(trigger) -> str:
    """The trigger's clause (with the reported clause for speech verbs), trimmed and capped."""
    t = tables(trigger.doc)
    ids: Sequence[int] = clause_indices(trigger, participles=False)
    if is_speech(trigger):
        keep = set(ids)
        for child in trigger.children:
            if child.dep_ in ("ccomp", "parataxis"):
                keep.update(clause_indices(child))
        sent = trigger.sent
        ids = [i for i in range(sent.start, sent.end) if i in keep]
    deps, ents, punct = t.deps, t.ents, t.is_punct
    ids = [i for i in ids if not t.is_space[i]]
    ti = trigger.i
    lo, hi = 0, len(ids)
    while (
        lo < hi
        and ids[lo] != ti
        and (
            deps[ids[lo]] in _EDGE_DEPS
            and punct[ids[lo]]
            or deps[ids[lo]] in ("cc", "mark")
            # "said Friday Russia ... agreed": a bare date left at the edge belongs to the speech verb
            or ents[ids[lo]] in ("DATE", "TIME")
            and deps[ids[lo]] in ("npadvmod", "tmod", "compound")
        )
    ):
        lo += 1
    while hi > lo and ids[hi - 1] != ti and (punct[ids[hi - 1]] or deps[ids[hi - 1]] in ("cc", "mark")):
        hi -= 1
    ids = ids[lo:hi]
    if len(ids) > MAX_TOKENS:
        pos = ids.index(ti)
        lo = max(0, min(pos - MAX_TOKENS // 3, len(ids) - MAX_TOKENS))
        ids = ids[lo : lo + MAX_TOKENS]
    return _join(ids, t)


def _join(ids: Sequence[int], t: DocTables) -> str:
    """Tokens as they read in the text; a gap left by a removed sub-clause becomes one space."""
    runs: list[str] = []
    n = len(ids)
    k = 0
    while k < n:
        j = k
        while j + 1 < n and ids[j + 1] == ids[j] + 1:
            j += 1
        runs.append(t.text[t.idx[ids[k]] : t.ends[ids[j]]])  # a run of adjacent tokens as in the text
        k = j + 1
    text = " ".join(" ".join(runs).split())
    # a removed sub-clause can leave its commas behind: "Idlib, , could be"
    return _DOUBLE_PUNCT.sub(r"\1", text)
