"""The speed changes that read the parse from the Doc's tables (timeline.nlp.doctables) rather than
from a Token made for each word: each gives what the walk over Tokens it replaced gave, for every
word of a few sentences (the old walks are kept here as the reference)."""

from __future__ import annotations

import pytest

from tests.extract.parsed import parsed
from timeline.extract import coref, dating, roles, triggers

pytestmark = pytest.mark.slow

_TEXT = (
    'The 2014 Winter Olympics, which Russia hosted, ended after the athletes left, and "we won," '
    "said Lena Ivanova, a skater. Shares were up 2 points since the strike, and the talks and the "
    "deal were signed. Ministers, France and Spain, met the envoy, who had arrived after talking "
    'with rebels. "It was hard," he said. The ceasefire deal held until the rains came.'
)


@pytest.fixture(scope="module")
def doc():
    return parsed(_TEXT)[1]


def test_sentence_triggers_as_is_trigger_of_every_word(doc):
    # the tests answered from the tables before a Token is made leave out no trigger
    for sent in doc.sents:
        expected = [tok.i for tok in sent if tok.pos_ in ("VERB", "NOUN", "AUX", "PROPN") and triggers.is_trigger(tok)]
        assert [tok.i for tok in triggers.sentence_triggers(sent)] == expected
    # (the text has a name of an event, auxiliaries, compounded nouns: each test read from the tables)
    assert any(tok.lower_ in triggers.NAMED_EVENTS and tok.pos_ == "PROPN" for tok in doc)
    assert sum(len(triggers.sentence_triggers(sent)) for sent in doc.sents) > 5


def _old_relative(trigger) -> bool:
    tok = trigger
    while tok.head.i != tok.i:
        if tok.dep_ == "relcl":
            return not dating.is_infinitive(tok)
        tok = tok.head
    return False


def _old_bound(trigger) -> bool:
    tok = trigger
    while tok.head.i != tok.i:
        tok = tok.head
        if tok.lower_ in dating._BOUND_MARKS:
            return True
    return False


def _old_after(trigger):
    tok = trigger
    while tok.head.i != tok.i:
        head = tok.head
        if tok.dep_ == "advcl":
            marker = next((g for g in tok.children if g.dep_ in ("mark", "advmod") and g.lower_ in dating._AFTER), None)
        elif tok.dep_ in ("pcomp", "pobj") and head.lower_ in dating._AFTER:
            marker, tok = head, head
        else:
            marker = None
        if marker is not None:
            return tok.i, marker.i
        tok = tok.head
    return None


def test_dating_walks_up_by_the_tables_as_by_tokens(doc):
    assert any(_old_relative(tok) for tok in doc) and any(_old_bound(tok) for tok in doc)
    assert any(_old_after(tok) for tok in doc)
    for tok in doc:
        assert dating._in_relative_clause(tok) == _old_relative(tok)
        assert dating._in_bound(tok) == _old_bound(tok)
        found = dating._after_clause(tok)
        assert (None if found is None else (found[0].i, found[1].i)) == _old_after(tok)


def test_first_conjuncts_by_the_tables_as_by_tokens(doc):
    for tok in doc:
        node = tok
        while node.dep_ in roles._COORDINATION and node.head.i != node.i:
            node = node.head
        assert roles._first_conjunct(tok).i == node.i
        noun = tok
        while noun.dep_ == "conj" and noun.head.pos_ == "NOUN" and noun.head.i != noun.i:
            noun = noun.head
        assert triggers._first_conjunct(tok).i == noun.i


def test_inside_quotes_counts_the_marks_by_the_text(doc):
    for sent in doc.sents:
        for tok in sent:
            marks = sum(1 for t in doc[sent.start : tok.i] if t.text in coref._QUOTE_MARKS or t.text in ("``", "''"))
            assert coref._inside_quotes(doc, sent.start, tok.i) == (marks % 2 == 1)
    assert any(coref._inside_quotes(doc, s.start, t.i) for s in doc.sents for t in s)
