"""Per-Doc values the extraction stages read again and again, computed once per Doc.

Held in a weak mapping keyed by the Doc, so they go away with it: nothing kept here refers back to
the Doc (no Token or Span), or it would never be freed. Only functions of the parse are kept (a Doc
is not changed after the pipeline has run).
"""

from __future__ import annotations

from collections.abc import Callable
from weakref import WeakKeyDictionary, ref

import numpy
from spacy.attrs import (
    DEP,
    ENT_TYPE,
    HEAD,
    IDX,
    IS_ALPHA,
    IS_PUNCT,
    IS_SPACE,
    LENGTH,
    ORTH,
    POS,
    SENT_START,
    SPACY,
    TAG,
)
from spacy.tokens import Doc, Span, Token

_TABLES: WeakKeyDictionary = WeakKeyDictionary()


class DocTables:
    """A Doc's text and its tokens' parse attributes as plain Python lists, indexed by token."""

    __slots__ = (
        "text",
        "idx",
        "ends",
        "heads",
        "deps",
        "pos",
        "tags",
        "ents",
        "is_space",
        "is_punct",
        "is_alpha",
        "children",
        "memo",
    )

    def __init__(self, doc: Doc):
        n = len(doc)
        strings = doc.vocab.strings
        arr = doc.to_array([HEAD, DEP, POS, TAG, IDX, LENGTH, ENT_TYPE, IS_SPACE, IS_PUNCT, IS_ALPHA, ORTH, SPACY])
        # ``doc.text`` joined from the words and their spaces, with no Token made for each word
        words = _word_labels(arr[:, 10].tolist(), strings)
        self.text: str = "".join([w + " " if s else w for w, s in zip(words, arr[:, 11].tolist(), strict=True)])
        self.idx: list[int] = arr[:, 4].tolist()  # character offset of each token
        self.ends: list[int] = (arr[:, 4] + arr[:, 5]).tolist()  # and of the character after it
        self.ents: list[str] = _closed_labels(arr[:, 6].tolist(), strings)
        self.is_space: list[bool] = arr[:, 7].astype(bool).tolist()
        self.is_punct: list[bool] = arr[:, 8].astype(bool).tolist()
        self.is_alpha: list[bool] = arr[:, 9].astype(bool).tolist()
        # HEAD is the offset to the head, stored unsigned: reinterpreted, -1 comes back
        heads = (arr[:, 0].astype("int64") + numpy.arange(n, dtype="int64")).tolist()
        self.heads: list[int] = heads
        self.deps: list[str] = _closed_labels(arr[:, 1].tolist(), strings)
        self.pos: list[str] = _closed_labels(arr[:, 2].tolist(), strings)
        self.tags: list[str] = _closed_labels(arr[:, 3].tolist(), strings)
        children: list[list[int]] = [[] for _ in range(n)]
        for i, h in enumerate(heads):
            if h != i:
                children[h].append(i)  # ascending, as Token.children gives them
        self.children = children
        # Values derived from the parse, by key; never a Token or Span (the Doc would never be freed).
        self.memo: dict = {}


# Names by hash, kept across Docs: a StringStore look-up costs more than a dict's. A hash names the
# same string in every StringStore (spaCy's hash of the string, or the symbol's own number), so one
# table serves every Doc. The parse's labels (dependencies, parts of speech, tags, entity types) are
# a few hundred in all and kept for the process; words have no bound, so the last _WORDS_KEPT of
# them are kept (then the table begins again): most words of an article were in the ones before it.
_WORD_NAMES: dict[int, str] = {}
_WORDS_KEPT = 1 << 15
_LABEL_NAMES: dict[int, str] = {}


def _names(hashes: list[int], strings, names: dict[int, str], kept: int | None = None) -> list[str]:
    try:
        return list(map(names.__getitem__, hashes))
    except KeyError:  # a name not seen (lately)
        if kept is not None and len(names) >= kept:
            names.clear()
        for h in set(hashes):
            if h not in names:
                names[h] = strings[h]
        return list(map(names.__getitem__, hashes))


def _word_labels(hashes: list[int], strings) -> list[str]:
    return _names(hashes, strings, _WORD_NAMES, _WORDS_KEPT)


def _closed_labels(hashes: list[int], strings) -> list[str]:
    return _names(hashes, strings, _LABEL_NAMES)


# The Doc asked about last and its tables: the extractors ask for one Doc's tables many times in a
# row (~3,000 times an article), and a weak reference is cheaper to check than a WeakKeyDictionary
# (which makes a new weak reference on every look-up). Weak, so that it does not keep the Doc alive
# either; two names rather than one tuple, and a "reference" to no Doc to start with, so that the
# check is one call and one comparison.
def _no_doc() -> None:
    return None


_last_doc: Callable[[], Doc | None] = _no_doc
_last_tables: DocTables | None = None


def tables(doc: Doc) -> DocTables:
    """The DocTables of ``doc``, built on first use."""
    global _last_doc, _last_tables
    if _last_doc() is doc:  # (then _last_tables is its tables)
        return _last_tables  # type: ignore[return-value]
    t = _TABLES.get(doc)
    if t is None:
        t = _TABLES[doc] = DocTables(doc)
    _last_doc, _last_tables = ref(doc), t
    return t


def forget_last() -> None:
    """Drop the note of the Doc asked about last (benchmarks/extract_ab.py: every pass starts afresh)."""
    global _last_doc, _last_tables
    _last_doc, _last_tables = _no_doc, None


def lower_texts(t: DocTables) -> list[str]:
    """Each token's lower-cased text (``Token.lower_``), made once per Doc."""
    found = t.memo.get("lower")
    if found is None:
        text, idx, ends = t.text, t.idx, t.ends
        low = text.lower()
        # The whole text lower-cased once and sliced gives each token's own lower-casing when every
        # character lower-cases to one character ("İ" gives two: the offsets would shift) and none
        # depends on its neighbours (only the capital sigma does, final or not): else token by token.
        if len(low) == len(text) and "Σ" not in text:
            found = [low[a:b] for a, b in zip(idx, ends, strict=True)]
        else:
            found = [text[a:b].lower() for a, b in zip(idx, ends, strict=True)]
        t.memo["lower"] = found
    return found


_UNSEEN = object()


def token_memo(tok: Token, key: str, compute: Callable[[Token], Token | None]) -> Token | None:
    """``compute(tok)``, a token or None, found once per token and Doc under ``key`` and kept as its
    index (a Token kept would keep its Doc alive): for look-ups asked many times of one token."""
    found = tables(tok.doc).memo.setdefault(key, {})
    i = found.get(tok.i, _UNSEEN)
    if i is _UNSEEN:
        got = compute(tok)
        found[tok.i] = None if got is None else got.i
        return got
    return None if i is None else tok.doc[i]


def doc_text(doc: Doc) -> str:
    """``doc.text`` (which spaCy rebuilds from every token on each access), once per Doc."""
    return tables(doc).text


def span_text(span) -> str:
    """``span.text``, sliced from the Doc's text rather than joined from its tokens."""
    if span.start == span.end:
        return ""
    return tables(span.doc).text[span.start_char : span.end_char]


def _sentence_bounds(doc: Doc) -> tuple[list[int], list[int]] | None:
    """Each token's sentence as (starts, ends), indexed by token, once per Doc; None for a Doc whose
    sentences spaCy would not find by its sentence starts (hooks, or no boundaries set)."""
    t = tables(doc)
    if "sentence_bounds" not in t.memo:
        found = None
        if not (doc.user_hooks or doc.user_span_hooks or doc.user_token_hooks) and doc.has_annotation("SENT_START"):
            n = len(doc)
            opens = doc.to_array([SENT_START]) == 1  # the token opens a sentence
            at = numpy.arange(n, dtype="int64")
            # each token's sentence start: the last opening at or before it (0 before the first);
            # its end: the first opening after it (n after the last); by arrays, no loop per token
            starts = numpy.maximum.accumulate(numpy.where(opens, at, 0)) if n else at
            nexts = numpy.minimum.accumulate(numpy.where(opens, at, n)[::-1])[::-1]
            ends = numpy.append(nexts[1:], n) if n else at
            found = (starts.tolist(), ends.tolist())
            # (the sentences' first tokens, for sentence_starts: token 0 and every opening after it)
            t.memo["sentence_starts"] = [0, *(numpy.flatnonzero(opens[1:]) + 1).tolist()] if n else []
        t.memo["sentence_bounds"] = found
    return t.memo["sentence_bounds"]


def entity_start(doc: Doc, i: int) -> int:
    """The first token of the named entity token ``i`` is in (``i`` itself when it opens one or is in none)."""
    while i > 0 and doc[i].ent_iob_ == "I":
        i -= 1
    return i


def sentence_of(obj) -> Span:
    """``obj.sent`` for a Token or a Span (the sentence of its first token), from the sentence
    starts read once per Doc: spaCy checks the whole Doc for sentence boundaries on every call."""
    doc = obj.doc
    i = obj.i if isinstance(obj, Token) else obj.start
    bounds = _sentence_bounds(doc) if i < len(doc) else None
    if bounds is None:
        return obj.sent
    return Span(doc, bounds[0][i], bounds[1][i])  # doc[start:end], without its checks of the slice


def sentence_bounds(obj) -> tuple[int, int]:
    """(start, end) of :func:`sentence_of` ``obj``, without making the Span: for the many callers
    that only read where the sentence begins or ends."""
    doc = obj.doc
    i = obj.i if isinstance(obj, Token) else obj.start
    bounds = _sentence_bounds(doc) if i < len(doc) else None
    if bounds is None:
        sent = obj.sent
        return sent.start, sent.end
    return bounds[0][i], bounds[1][i]


def sentence_starts(doc: Doc) -> list[int]:
    """The first token of each sentence, in order: ``[s.start for s in doc.sents]`` without making
    a Span for each (a token opens its sentence when the sentence of it starts at it)."""
    if _sentence_bounds(doc) is None:
        return [s.start for s in doc.sents]
    return list(tables(doc).memo["sentence_starts"])  # (a copy: the caller's to keep)


def any_child(tok: Token, deps) -> bool:
    """``any(c.dep_ in deps for c in tok.children)`` (``deps`` a tuple or set of labels), read from
    the tables: no Token made for each child, no walk of the token's subtree."""
    t = tables(tok.doc)
    labels = t.deps
    for c in t.children[tok.i]:
        if labels[c] in deps:
            return True
    return False


def first_child(tok: Token, deps) -> Token | None:
    """``next((c for c in tok.children if c.dep_ in deps), None)``, read from the tables: only the
    child found is made a Token."""
    t = tables(tok.doc)
    labels = t.deps
    for c in t.children[tok.i]:
        if labels[c] in deps:
            return tok.doc[c]
    return None


def children_with(tok: Token, deps) -> list[Token]:
    """``[c for c in tok.children if c.dep_ in deps]``, read from the tables: only the children
    kept are made Tokens."""
    doc = tok.doc
    t = tables(doc)
    labels = t.deps
    found = []
    for c in t.children[tok.i]:  # (a loop, not two list comprehensions: ~80,000 calls per 200 articles)
        if labels[c] in deps:
            found.append(doc[c])
    return found
