"""Lemmas on demand: a pipeline may load its lemmatizer without running it (``timeline dates``
needs the lemmas of a few verbs, not of every token), and compute a token's lemma when asked; the
verb lemmas the model's lemmatizer gets wrong, mended (:func:`mended`); and the model's rule
lemmatizer run with a memo (:class:`MemoLemmatizer`)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

import numpy
from spacy.attrs import LEMMA, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc, Token

from timeline.nlp.prefixes import PREFIX_AND_REST, PREFIXED

# A one-syllable stem ending in one vowel and one consonant doubles that consonant before -ed and
# -ing ("hop": "hopped", "hopping"); the lemmatizer of en_core_web_sm 3.8 still strips "hoped" to
# "hop", "fined" to "fin", "staged" to "stag", "waging" to "wag" (it tries "-ed" -> "" before
# "-ed" -> "e", and both stems are words; "hopes" gives "hop" too). Such a form without the doubled
# consonant is the inflection of the stem with its final "e".
_SHORT_CVC = re.compile(r"^[^aeiou]*[aeiou][bcdfgklmnprstvz]$")
_INFLECTED = ("ed", "ing", "es")

# the lemmatizer of each pipeline that loads it without running it, by the id of its vocabulary
_ON_DEMAND: dict[int, tuple[Any, Any]] = {}


def lemmatize_on_demand(nlp) -> None:
    """Have :func:`lemma` compute lemmas with ``nlp``'s (disabled) lemmatizer."""
    lemmatizer = nlp.get_pipe("lemmatizer")
    if hasattr(lemmatizer, "_validate_tables") and not getattr(lemmatizer, "_validated", True):
        lemmatizer._validate_tables()
    _ON_DEMAND[id(nlp.vocab)] = (nlp.vocab, lemmatizer)


def lemma(tok: Token) -> str:
    """``tok.lemma_``, computed now (as the lemmatizer would have) when the pipeline did not run it."""
    if tok.lemma != 0:
        return tok.lemma_
    found = _ON_DEMAND.get(id(tok.doc.vocab))
    if found is None or found[0] is not tok.doc.vocab:
        return tok.lemma_
    computed = found[1].lemmatize(tok)[0]
    computed = mended(tok.lower_, computed) if tok.pos_ == "VERB" else computed
    return prefixed(tok, computed, found[1])


@lru_cache(maxsize=4096)
def mended(form: str, lemma: str) -> str:
    """The lemma of the verb form ``form`` (lower case) for the lemmatizer's ``lemma``: "hoped",
    "hop" -> "hope"; "hopped", "hop" -> "hop"; "opened", "open" -> "open" (two syllables)."""
    if _SHORT_CVC.match(lemma) and any(form == lemma + end for end in _INFLECTED):
        return lemma + "e"
    return lemma


@Language.factory("timeline_lemma_mend")
def make_lemma_mend(nlp: Language, name: str):
    lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None

    def mend(doc: Doc) -> Doc:
        return mend_lemmas(doc, lemmatizer)

    return mend


def mend_lemmas(doc: Doc, lemmatizer: Any = None) -> Doc:
    """The pipeline component after the lemmatizer: :func:`mended` on every verb in -ed, -ing or -es,
    and :func:`prefixed` on a word the prefix merger kept whole ("re-elected")."""
    strings = doc.vocab.strings
    tags = {strings.add(t) for t in ("VBD", "VBN", "VBG", "VBZ")}
    for i, tag in enumerate(doc.to_array(TAG).tolist()):
        if tag in tags:
            tok = doc[i]
            fixed = mended(tok.lower_, tok.lemma_)
            if fixed != tok.lemma_:
                tok.lemma_ = fixed
    if lemmatizer is not None:
        # the words the prefix merger kept whole, found in the text (not by a Token per word)
        for m in PREFIXED.finditer(doc.text):
            span = doc.char_span(m.start(), m.end())
            if span is not None and len(span) == 1:
                tok = span[0]
                fixed = prefixed(tok, tok.lemma_, lemmatizer)
                if fixed != tok.lemma_:
                    tok.lemma_ = fixed
    return doc


def prefixed(tok: Token, computed: str, lemmatizer: Any) -> str:
    """The lemma of "re-elected", "co-chaired" (one token, timeline.nlp.prefixes): the prefix and the
    lemma of the rest as the same part of speech ("re-elect", "co-chair"); the rule lemmatizer alone
    strips the whole word ("re-electe"). ``computed`` for any other word."""
    m = PREFIX_AND_REST.fullmatch(tok.text) if "-" in tok.text else None
    if m is None:
        return computed
    rest = _rest_lemma(m[2], tok.pos_, str(tok.morph), lemmatizer, tok.doc.vocab)
    return f"{m[1].lower()}-{rest}"


def _rest_lemma(word: str, pos: str, morph: str, lemmatizer: Any, vocab) -> str:
    key = (word, pos, morph, id(lemmatizer))
    found = _REST.get(key)
    if found is None:
        if len(_REST) >= 4096:
            _REST.clear()
        alone = Doc(vocab, words=[word], pos=[pos] if pos else None, morphs=[morph] if morph else None)
        lemmatize = lemmatizer.lemmatizer.lemmatize if isinstance(lemmatizer, MemoLemmatizer) else lemmatizer.lemmatize
        found = lemmatize(alone[0])[0]
        found = _REST[key] = mended(word, found) if pos == "VERB" else found
    return found


_REST: dict[tuple[str, str, str, int], str] = {}


# Distinct (word, part of speech, morphology) keys remembered (tens of thousands in a year of news)
_MAX_LEMMAS = 200_000


class MemoLemmatizer:
    """The model's rule lemmatizer, computed once per distinct word, part of speech and morphology.

    spaCy's rule lemmatizer makes a Token for every word of the Doc and, for the many words already
    in their base form, reads the morphology again as a dict each time (its own cache leaves those
    out): a tenth of the pipeline's time after the parser, as long as the rest of timeline's rules
    read together. Its lemma is a function of the word, its part of speech and its morphology
    alone (and of its tables): remembered by those, the lemmas set are the same.
    """

    def __init__(self, vocab, name: str = "lemmatizer"):
        self.vocab = vocab
        self.name = name
        self.lemmatizer: Any = None
        self._memo: dict[tuple[int, int, int], int] = {}

    def take(self, lemmatizer) -> None:
        """Run ``lemmatizer`` (spaCy's, in rule mode) through the memo."""
        if hasattr(lemmatizer, "_validate_tables") and not getattr(lemmatizer, "_validated", True):
            lemmatizer._validate_tables()
        # The words known to be lemmas, per part of speech, come as lists (57,000 nouns) that the
        # lemmatizer only asks "is this form in it?": as sets, the same answers without a scan.
        index = lemmatizer.lookups.get_table("lemma_index", {})
        for pos, words in list(index.items()):
            if isinstance(words, list):
                index[pos] = frozenset(words)
        self.lemmatizer = lemmatizer

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        lemmatize = self.lemmatizer.lemmatize
        overwrite = self.lemmatizer.overwrite
        strings = doc.vocab.strings
        memo = self._memo
        lemmas = []
        for i, (orth, pos, morph, lemma) in enumerate(doc.to_array([ORTH, POS, MORPH, LEMMA]).tolist()):
            if not lemma or overwrite:  # one set before (by the attribute ruler) is kept, as spaCy's does
                key = (orth, pos, morph)
                lemma = memo.get(key)
                if lemma is None:
                    if len(memo) >= _MAX_LEMMAS:
                        memo.clear()
                    lemma = memo[key] = strings.add(lemmatize(doc[i])[0])
            lemmas.append(lemma)
        # a column of one attribute: spaCy takes it 1-D (its stub says 2-D)
        doc.from_array([LEMMA], numpy.array(lemmas, dtype=numpy.uint64))  # type: ignore[arg-type]
        return doc

    def pipe(self, docs, batch_size: int = 128):
        for doc in docs:
            yield self(doc)


@Language.factory("timeline_lemmatizer")
def make_memo_lemmatizer(nlp: Language, name: str) -> MemoLemmatizer:
    return MemoLemmatizer(nlp.vocab, name)


def _memo_safe(lemmatizer) -> bool:
    """Whether ``lemmatizer``'s lemma depends on the word, its part of speech and its morphology
    alone: spaCy's own rule lemmatizer, for English or any language that does not redefine it."""
    from spacy.lang.en.lemmatizer import EnglishLemmatizer
    from spacy.pipeline import Lemmatizer

    known = (Lemmatizer.is_base_form, EnglishLemmatizer.is_base_form)
    cls = type(lemmatizer)
    return (
        isinstance(lemmatizer, Lemmatizer)
        and getattr(lemmatizer, "mode", None) == "rule"
        and cls.is_base_form in known
        and getattr(lemmatizer.lemmatize, "__func__", None) is Lemmatizer.rule_lemmatize
        and cls.__call__ is Lemmatizer.__call__
    )


def use_memo_lemmatizer(nlp) -> bool:
    """Run ``nlp``'s lemmatizer through a :class:`MemoLemmatizer` under the same name; False (and
    nothing changed) when it has none it runs or one whose lemmas may depend on anything else."""
    if "lemmatizer" not in nlp.pipe_names:
        return False
    lemmatizer = nlp.get_pipe("lemmatizer")
    if isinstance(lemmatizer, MemoLemmatizer):
        return True
    if not _memo_safe(lemmatizer):
        return False
    nlp.replace_pipe("lemmatizer", "timeline_lemmatizer").take(lemmatizer)
    return True
