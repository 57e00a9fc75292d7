"""Lemmas on demand: a pipeline may load its lemmatizer without running it (``timeline dates``
needs the lemmas of a few verbs, not of every token), and compute a token's lemma when asked."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

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
    return found[1].lemmatize(tok)[0]
