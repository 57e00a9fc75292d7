"""Lemmas on demand: a pipeline may load its lemmatizer without running it (``timeline dates``
needs the lemmas of a few verbs, not of every token), and compute a token's lemma when asked; and
the verb lemmas the model's lemmatizer gets wrong, mended (:func:`mended`)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from spacy.attrs import TAG
from spacy.language import Language
from spacy.tokens import Doc, Token

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
    return mended(tok.lower_, computed) if tok.pos_ == "VERB" else computed


@lru_cache(maxsize=4096)
def mended(form: str, lemma: str) -> str:
    """The lemma of the verb form ``form`` (lower case) for the lemmatizer's ``lemma``: "hoped",
    "hop" -> "hope"; "hopped", "hop" -> "hop"; "opened", "open" -> "open" (two syllables)."""
    if _SHORT_CVC.match(lemma) and any(form == lemma + end for end in _INFLECTED):
        return lemma + "e"
    return lemma


@Language.factory("timeline_lemma_mend")
def make_lemma_mend(nlp: Language, name: str):
    return mend_lemmas


def mend_lemmas(doc: Doc) -> Doc:
    """The pipeline component after the lemmatizer: :func:`mended` on every verb in -ed, -ing or -es."""
    strings = doc.vocab.strings
    tags = {strings.add(t) for t in ("VBD", "VBN", "VBG", "VBZ")}
    for i, tag in enumerate(doc.to_array(TAG).tolist()):
        if tag in tags:
            tok = doc[i]
            fixed = mended(tok.lower_, tok.lemma_)
            if fixed != tok.lemma_:
                tok.lemma_ = fixed
    return doc
