"""Which date an event gets: a temporal expression attached through the parse, or the article date."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from timeline.extract.clauses import clause_tokens, governors, tense
from timeline.model import EventDate, TimeExpr

# Opening sentences of an article body (headlines and datelines do not count) where a past-tense
# event without an expression is taken to have happened on the article's date.
LEAD_SENTENCES = 3
_FINAL = (".", "!", "?", '"', "”", "’", "'", "…")


def lead_ranks(sentences) -> list[int]:
    """For each sentence, how many full body sentences (ending in final punctuation) precede it."""
    ranks, seen = [], 0
    for sent in sentences:
        ranks.append(seen)
        if sent.text.rstrip().endswith(_FINAL):
            seen += 1
    return ranks


class TimexIndex:
    """Token index -> the TimeExpr it falls in (character offsets mapped once per document)."""

    def __init__(self, doc, timexes: Sequence[TimeExpr]):
        usable = sorted(
            (t for t in timexes if t.type in ("DATE", "TIME") and t.earliest), key=lambda t: t.start
        )
        self._starts = [t.start for t in usable]
        self._timexes = usable
        self._by_token: dict[int, TimeExpr] = {}
        for tok in doc:
            j = bisect_right(self._starts, tok.idx) - 1
            if j >= 0 and usable[j].start <= tok.idx < usable[j].end:
                self._by_token[tok.i] = usable[j]

    def at(self, token) -> TimeExpr | None:
        return self._by_token.get(token.i)

    def __bool__(self) -> bool:
        return bool(self._by_token)


def from_timex(t: TimeExpr) -> EventDate:
    return EventDate(
        value=t.value,
        edtf=t.edtf,
        earliest=t.earliest,
        latest=t.latest,
        precision=t.precision,
        text=t.text,
        resolution=t.resolution,
        mention=0,
    )


def from_reference(ref: str) -> EventDate:
    return EventDate(
        value=ref,
        edtf=ref,
        earliest=ref,
        latest=ref,
        precision="day",
        text=None,
        resolution="reference",
        mention=0,
    )


UNDATED = EventDate()


def _in_clause(head, index: TimexIndex) -> TimeExpr | None:
    best = None
    best_dist = None
    for tok in clause_tokens(head, participles=True):
        t = index.at(tok)
        if t is not None:
            # the expression closest to the head in the tree wins ("on Friday" over a nested one)
            dist = sum(1 for _ in _path_up(tok, head))
            if best is None or dist < best_dist:
                best, best_dist = t, dist
    return best


def _path_up(tok, stop):
    while tok.i != stop.i and tok.head.i != tok.i:
        tok = tok.head
        yield tok


def event_date(trigger, index: TimexIndex, lead_rank: int, ref_date: str | None) -> EventDate:
    """The expression in the trigger's clause, else in a governing clause, else the lead rule."""
    if index:
        found = _in_clause(trigger, index)
        if found is None:
            for gov in governors(trigger):
                if gov.pos_ not in ("VERB", "AUX", "NOUN"):
                    continue
                found = _in_clause(gov, index)
                if found is not None:
                    break
        if found is not None:
            return from_timex(found)
    if ref_date and lead_rank < LEAD_SENTENCES and _past(trigger):
        return from_reference(ref_date)
    return UNDATED


def _past(trigger) -> bool:
    if trigger.pos_ in ("VERB", "AUX"):
        return tense(trigger) == "past"
    return False
