"""Figures an event mention reports ("more than 6,400 people"), kept with their source."""

from __future__ import annotations

import re

from timeline.calendar_words import SMALL_NUMBERS, TENS
from timeline.extract.clauses import clause_indices, lowered, subtree_indices
from timeline.model import Claim
from timeline.nlp.doctables import entity_start, sentence_of, tables

QUALIFIERS = (
    "more than",
    "less than",
    "fewer than",
    "at least",
    "at most",
    "up to",
    "as many as",
    "as few as",
    "nearly",
    "almost",
    "about",
    "around",
    "approximately",
    "roughly",
    "some",
    "over",
    "under",
    "nearer",
    "close to",
    "an estimated",
    "estimated",
    "just over",
    "just under",
    "well over",
)
_QUALIFIER_WORDS = frozenset(w for q in QUALIFIERS for w in q.split())
# Numbers written out ("five", "fifteen", "twenty"), as the temporal tagger reads them, and "a dozen".
_WORD_NUMBERS = {w: n for w, n in (SMALL_NUMBERS | TENS).items() if n} | {"hundred": 100, "dozen": 12}
# The tens a unit joins in a number written out ("twenty-two", "Thirty one"), and the units.
_TENS = frozenset(TENS.values())
_UNITS = frozenset(range(1, 10))
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "hundred": 1e2}
_CLAIM_LABELS = frozenset({"CARDINAL", "MONEY", "PERCENT", "QUANTITY"})


def parse_number(words: list[str]) -> float | None:
    """ "6,400" -> 6400; "348.8 billion" -> 3.488e11; "five" -> 5; "Twenty-two" (or "twenty", "two")
    -> 22, "fifteen" -> 15; None when not a number."""
    value = None
    tens = False  # the word before was a number of tens written out ("twenty")
    for w in (part for word in words for part in (word.split("-") if word.replace("-", "").isalpha() else [word])):
        low = w.lower().replace(",", "")
        if re.fullmatch(r"\d+(?:\.\d+)?", low):
            value = float(low)
        elif tens and value is not None and _WORD_NUMBERS.get(low) in _UNITS:
            value += _WORD_NUMBERS[low]  # "Twenty-two civilians": 22, not 20
        elif low in _WORD_NUMBERS and value is None:
            value = float(_WORD_NUMBERS[low])
        elif low in _SCALES and value is not None:
            value *= _SCALES[low]
        tens = _WORD_NUMBERS.get(low) in _TENS
    return value


def _number_phrase(num):
    """(first, last) token indices of the figure around a number: entity span, or its modifiers."""
    doc = num.doc
    sent = sentence_of(num)  # found by a scan of the sentence: once, not at every step
    sent_start, sent_end = sent.start, sent.end
    if num.ent_type_ in _CLAIM_LABELS:
        lo = max(entity_start(doc, num.i), sent_start)
        hi = num.i
        while hi + 1 < sent_end and doc[hi + 1].ent_iob_ == "I":
            hi += 1
    else:
        lo = hi = num.i
    # qualifiers the model left out of the entity: "more than", "nearly", "about"
    while lo > sent_start and doc[lo - 1].lower_ in _QUALIFIER_WORDS and doc[lo - 1].head.i in range(lo - 1, hi + 2):
        lo -= 1
    # the counted noun right after the figure: "6,400 people", "five convoys"
    root = doc[lo : hi + 1].root
    if root.dep_ in ("nummod", "quantmod") and root.head.i == hi + 1 and root.head.pos_ == "NOUN":
        hi += 1
    return lo, hi


def event_claims(trigger, doc_id: str, source: str | None, skip: set[int]) -> list[Claim]:
    """Numbers in the trigger's own clause, with their qualifier and the noun they count."""
    doc = trigger.doc
    t = tables(doc)
    pos, ents = t.pos, t.ents
    numbers = (
        doc[i] for i in clause_indices(trigger) if i not in skip and (pos[i] == "NUM" or ents[i] in _CLAIM_LABELS)
    )
    return _figures(numbers, doc_id, source)


def _figures(tokens, doc_id: str, source: str | None) -> list[Claim]:
    """A Claim for each number among ``tokens`` (dates, times and ordinals are not figures)."""
    claims: list[Claim] = []
    covered: set[int] = set()
    for tok in tokens:
        if tok.i in covered or not tok.like_num or tok.ent_type_ in ("DATE", "TIME", "ORDINAL"):
            continue
        if _no_figure(tok):
            continue
        lo, hi = _number_phrase(tok)
        covered.update(range(lo, hi + 1))
        phrase = tok.doc[lo : hi + 1]
        value = parse_number([t.text for t in phrase if t.like_num or t.lower_ in _SCALES])
        if value is None:
            continue
        text = phrase.text.strip()
        low = text.lower()
        qualifier = next((q for q in QUALIFIERS if low.startswith(q + " ")), None)
        claims.append(Claim(text=text, value=value, qualifier=qualifier, source=source, doc=doc_id))
    return claims


def _no_figure(tok) -> bool:
    """A number word that counts nothing new: "one of the worst" (one of a set), "the two
    countries", "the three men" (those already named)."""
    doc = tok.doc
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if tok.lower_ == "one" and after is not None and after.lower_ == "of":
        return True
    before = doc[tok.i - 1] if tok.i > 0 else None
    return (
        tok.lower_ in ("two", "three", "both")
        and before is not None
        and before.lower_ in ("the", "these", "those")
        and after is not None
        and after.pos_ == "NOUN"
    )


# "Turkey estimated the number to be nearer 8,000": a figure about "the number" given just before.
_ESTIMATE_VERBS = frozenset({"estimate", "put", "place", "reckon", "calculate", "say", "give", "revise", "raise"})
_ANAPHORIC_NOUNS = frozenset({"number", "figure", "toll", "total", "tally", "count"})


def anaphoric_claims(trigger, doc_id: str, source: str | None) -> list[Claim]:
    """Figures an estimating verb gives for "the number" (or figure, toll, total) reported before.

    Returns claims with the estimator as source, for the caller to attach to the previous event
    that reports figures; empty when the verb is not about an earlier number.
    """
    if trigger.lemma_.lower() not in _ESTIMATE_VERBS or source is None:
        return []
    # the subtree's nouns by the tables: a Token made only for a noun (and for every word only
    # when one of them is "the number" or the like)
    doc = trigger.doc
    t = tables(doc)
    pos, children, low = t.pos, t.children, lowered(doc)
    subtree = subtree_indices(trigger)
    if not any(
        pos[i] == "NOUN" and doc[i].lemma_.lower() in _ANAPHORIC_NOUNS and any(low[c] == "the" for c in children[i])
        for i in subtree
    ):
        return []
    return _figures([doc[i] for i in subtree], doc_id, source)
