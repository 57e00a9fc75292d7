"""DocTables must agree with the Token attributes it stands in for, and let the Doc go."""

from __future__ import annotations

import gc
import weakref

import pytest
import spacy
from spacy.tokens import Doc, Span

from timeline.extract.clauses import clause_indices, is_infinitive, lowered, subtree_indices, tense
from timeline.nlp.doctables import (
    any_child,
    children_with,
    doc_text,
    first_child,
    lower_texts,
    sentence_bounds,
    sentence_of,
    sentence_starts,
    span_text,
    tables,
)


def _doc() -> Doc:
    nlp = spacy.blank("en")
    words = ["Rebels", "said", "on", "Friday", "that", "they", "seized", "the", "town", ".", "\n", "More"]
    spaces = [True, True, True, True, True, True, True, True, False, True, False, False]
    heads = [1, 1, 1, 2, 6, 6, 1, 8, 6, 1, 9, 11]
    deps = ["nsubj", "ROOT", "prep", "pobj", "mark", "nsubj", "ccomp", "det", "dobj", "punct", "dep", "ROOT"]
    pos = ["NOUN", "VERB", "ADP", "PROPN", "SCONJ", "PRON", "VERB", "DET", "NOUN", "PUNCT", "SPACE", "ADJ"]
    d = Doc(
        nlp.vocab,
        words=words,
        spaces=spaces,
        heads=heads,
        deps=deps,
        pos=pos,
        ents=["O", "O", "O", "B-DATE", "O", "O", "O", "O", "O", "O", "O", "O"],
    )
    return d


@pytest.fixture()
def doc() -> Doc:
    return _doc()


def test_doctables_match_token_attributes(doc):
    t = tables(doc)
    assert t.text == doc.text
    assert t.heads == [tok.head.i for tok in doc]
    assert t.deps == [tok.dep_ for tok in doc]
    assert t.pos == [tok.pos_ for tok in doc]
    assert t.ents == [tok.ent_type_ for tok in doc]
    assert t.is_space == [tok.is_space for tok in doc]
    assert t.is_punct == [tok.is_punct for tok in doc]
    assert t.is_alpha == [tok.is_alpha for tok in doc]
    assert [doc.text[a:b] for a, b in zip(t.idx, t.ends, strict=True)] == [tok.text for tok in doc]
    assert t.children == [[c.i for c in tok.children] for tok in doc]


@pytest.mark.parametrize("start,end", [(0, 1), (0, 4), (2, 9), (9, 12), (3, 3)])
def test_doctables_span_text_is_span_text(doc, start, end):
    span = Span(doc, start, end)
    assert span_text(span) == span.text
    assert doc_text(doc) == doc.text


def test_doctables_clause_leaves_out_the_reported_clause(doc):
    said = doc[1]
    assert [doc[i].text for i in clause_indices(said)] == ["Rebels", "said", "on", "Friday", ".", "\n"]
    assert clause_indices(doc[6]) == (4, 5, 6, 7, 8)


def test_doctables_do_not_keep_the_doc_alive():
    doc = _doc()
    clause_indices(doc[1])
    ref = weakref.ref(doc)
    del doc
    gc.collect()
    assert ref() is None


def _adjunct_doc() -> Doc:
    # "Speaking in Geneva , Annan warned that talks failed ." with a participle adjunct
    nlp = spacy.blank("en")
    words = ["Speaking", "in", "Geneva", ",", "Annan", "warned", "that", "talks", "failed", "."]
    heads = [5, 0, 1, 5, 5, 5, 8, 8, 5, 5]
    deps = ["advcl", "prep", "pobj", "punct", "nsubj", "ROOT", "mark", "nsubj", "ccomp", "punct"]
    tags = ["VBG", "IN", "NNP", ",", "NNP", "VBD", "IN", "NNS", "VBD", "."]
    pos = ["VERB", "ADP", "PROPN", "PUNCT", "PROPN", "VERB", "SCONJ", "NOUN", "VERB", "PUNCT"]
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos)


@pytest.mark.parametrize("first", [True, False])
@pytest.mark.parametrize(
    ("head", "without", "with_participles"),
    [
        (5, (3, 4, 5, 9), (0, 1, 2, 3, 4, 5, 9)),  # the adjunct joins the clause only with participles
        (8, (6, 7, 8), (6, 7, 8)),  # no adjunct under "failed": one clause either way
        (0, (0, 1, 2), (0, 1, 2)),
    ],
)
def test_doctables_clause_with_and_without_participles(first, head, without, with_participles):
    doc = _adjunct_doc()  # a fresh Doc: which reading is asked first must not matter
    if first:
        assert clause_indices(doc[head], participles=True) == with_participles
    assert clause_indices(doc[head]) == without
    assert clause_indices(doc[head], participles=True) == with_participles


def _clause(words, heads, deps, tags, lemmas) -> Doc:
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags, lemmas=lemmas)


@pytest.mark.parametrize(
    ("words", "heads", "deps", "tags", "lemmas", "verb", "expected"),
    [
        # "Ministers will meet": a future
        (
            ["Ministers", "will", "meet"],
            [2, 2, 2],
            ["nsubj", "aux", "ROOT"],
            ["NNS", "MD", "VB"],
            ["minister", "will", "meet"],
            2,
            "future",
        ),
        # "They 'll vote", "Voters wo n't wait": the clitic and the negated form are futures too
        (
            ["They", "'ll", "vote"],
            [2, 2, 2],
            ["nsubj", "aux", "ROOT"],
            ["PRP", "MD", "VB"],
            ["they", "'ll", "vote"],
            2,
            "future",
        ),
        (
            ["Voters", "WO", "wait"],
            [2, 2, 2],
            ["nsubj", "aux", "ROOT"],
            ["NNS", "MD", "VB"],
            ["voter", "wo", "wait"],
            2,
            "future",
        ),
        # "The bridge was closed", "The mayor has resigned", "Troops withdrew": told in the past
        (
            ["The", "bridge", "was", "closed"],
            [1, 3, 3, 3],
            ["det", "nsubjpass", "auxpass", "ROOT"],
            ["DT", "NN", "VBD", "VBN"],
            ["the", "bridge", "be", "close"],
            3,
            "past",
        ),
        (
            ["The", "mayor", "has", "resigned"],
            [1, 3, 3, 3],
            ["det", "nsubj", "aux", "ROOT"],
            ["DT", "NN", "VBZ", "VBN"],
            ["the", "mayor", "have", "resign"],
            3,
            "past",
        ),
        (["Troops", "withdrew"], [1, 1], ["nsubj", "ROOT"], ["NNS", "VBD"], ["troop", "withdraw"], 1, "past"),
        # "Prices rise", "The talks are continuing": the present
        (["Prices", "rise"], [1, 1], ["nsubj", "ROOT"], ["NNS", "VBP"], ["price", "rise"], 1, "present"),
        (
            ["Talks", "are", "continuing"],
            [2, 2, 2],
            ["nsubj", "aux", "ROOT"],
            ["NNS", "VBP", "VBG"],
            ["talk", "be", "continue"],
            2,
            "present",
        ),
        # "Opened in 1990": no tense of its own
        (
            ["Opened", "in", "1990"],
            [0, 0, 1],
            ["ROOT", "prep", "pobj"],
            ["VBN", "IN", "CD"],
            ["open", "in", "1990"],
            0,
            "none",
        ),
    ],
)
def test_doctables_tense_of_a_clause(words, heads, deps, tags, lemmas, verb, expected):
    doc = _clause(words, heads, deps, tags, lemmas)
    assert tense(doc[verb]) == expected
    assert tense(doc[verb]) == expected  # asked again: the same answer


def test_doctables_infinitive_with_its_own_to():
    # "agreed To hold talks" (the "To" tagged as a preposition), "agreed on holding talks"
    doc = _clause(
        ["agreed", "To", "hold", "talks", "on", "holding", "talks"],
        [0, 2, 0, 2, 0, 4, 5],
        ["ROOT", "aux", "xcomp", "dobj", "prep", "pcomp", "dobj"],
        ["VBD", "IN", "VB", "NNS", "IN", "VBG", "NNS"],
        ["agree", "to", "hold", "talk", "on", "hold", "talk"],
    )
    assert is_infinitive(doc[2])
    assert not is_infinitive(doc[5])
    assert not is_infinitive(doc[0])


@pytest.mark.parametrize("make", [_doc, _adjunct_doc])
def test_doctables_subtree_and_lower_case_as_the_tokens_give_them(make):
    doc = make()
    for tok in doc:
        assert subtree_indices(tok) == tuple(t.i for t in tok.subtree)
    assert lowered(doc) == [t.lower_ for t in doc]


def test_doctables_labels_and_words_are_named_once_per_process_and_still_right():
    from timeline.nlp import doctables

    first = tables(_doc())
    assert {"nsubj", "ROOT", "NOUN", "VERB", "DATE", ""} <= set(doctables._LABEL_NAMES.values())
    assert {"Rebels", "seized", "\n"} <= set(doctables._WORD_NAMES.values())
    # another Doc, of another vocabulary, with words and labels of its own: named as its tokens say
    d = Doc(
        spacy.blank("en").vocab,
        words=["Quakes", "shook", "Lima", "overnight"],
        heads=[1, 1, 1, 1],
        deps=["nsubj", "ROOT", "dobj", "npadvmod"],
        pos=["NOUN", "VERB", "PROPN", "ADV"],
        ents=["O", "O", "B-GPE", "O"],
    )
    t = tables(d)
    assert t.text == d.text and t.deps == [x.dep_ for x in d] and t.pos == [x.pos_ for x in d]
    assert t.ents == [x.ent_type_ for x in d] and t.tags == [x.tag_ for x in d]
    assert first.deps[:2] == ["nsubj", "ROOT"]


def test_doctables_words_named_again_once_too_many_are_kept(monkeypatch):
    from timeline.nlp import doctables

    monkeypatch.setattr(doctables, "_WORDS_KEPT", 3)
    monkeypatch.setattr(doctables, "_WORD_NAMES", {})
    d = _doc()
    assert doctables.DocTables(d).text == d.text
    assert len(doctables._WORD_NAMES) == len({t.orth for t in d})  # more than 3: one Doc's words are all kept
    other = Doc(spacy.blank("en").vocab, words=["Quakes", "shook", "Lima"], spaces=[True, True, False])
    assert doctables.DocTables(other).text == "Quakes shook Lima"  # begun again, still every word
    assert sorted(doctables._WORD_NAMES.values()) == ["Lima", "Quakes", "shook"]


def test_doctables_lower_case_of_each_doc_asked_in_turn_and_the_doc_not_kept():
    # the last Doc's list is kept for the next call: asked about one Doc, then another, then the first
    first, second = _doc(), _adjunct_doc()
    for d in (first, second, first, second):
        assert lowered(d) == [t.lower_ for t in d]
    from timeline.extract.summaries import _low

    assert [_low(tables(second), i) for i in range(len(second))] == [t.lower_ for t in second]
    assert lowered(second) is lower_texts(tables(second))  # one list per Doc, whoever asks first
    ref = weakref.ref(second)
    del second, d
    gc.collect()
    assert ref() is None


def _three_sentences() -> Doc:
    # "Troops left . Talks resumed on Monday . More" : three sentences, the last of one word
    nlp = spacy.blank("en")
    words = ["Troops", "left", ".", "Talks", "resumed", "on", "Monday", ".", "More"]
    heads = [1, 1, 1, 4, 4, 4, 5, 4, 8]
    deps = ["nsubj", "ROOT", "punct", "nsubj", "ROOT", "prep", "pobj", "punct", "ROOT"]
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps)


def test_doctables_sentence_starts_and_bounds_are_those_of_doc_sents():
    d = _three_sentences()
    assert sentence_starts(d) == [s.start for s in d.sents] == [0, 3, 8]
    for tok in d:
        assert sentence_bounds(tok) == (tok.sent.start, tok.sent.end) == (sentence_of(tok).start, sentence_of(tok).end)
    for span in (d[4:7], d[8:9], d[0:1]):
        assert sentence_bounds(span) == (span.sent.start, span.sent.end)
    assert sentence_starts(Doc(spacy.blank("en").vocab, words=[])) == []


def test_doctables_sentence_starts_of_a_doc_without_boundaries_are_spacys():
    # no parse and no sentence starts: spaCy's own answer (here its error) is given, not a guess
    bare = Doc(spacy.blank("en").vocab, words=["Troops", "left"])
    with pytest.raises(ValueError):
        list(bare.sents)
    with pytest.raises(ValueError):
        sentence_starts(bare)


def test_doctables_of_the_last_doc_asked_do_not_keep_it_alive():
    first, second = _doc(), _three_sentences()
    assert tables(first) is tables(first)
    assert tables(second) is not tables(first)
    assert tables(first).text == first.text  # asked again after another Doc: its own tables
    ref = weakref.ref(first)
    del first
    gc.collect()
    assert ref() is None
    assert tables(second).text == second.text


@pytest.mark.parametrize(
    "deps",
    [("nsubj",), ("prep", "ccomp"), frozenset({"punct", "dobj"}), ("pobj",), ("ROOT",), ("conj",), ()],
)
def test_doctables_children_by_label_are_those_of_token_children(doc, deps):
    # the children of a token with one of the labels, as Token.children gives them (in text
    # order, the Tokens of the same Doc), and the first of them or whether there is one
    for tok in doc:
        wanted = [c for c in tok.children if c.dep_ in deps]
        assert children_with(tok, deps) == wanted
        assert all(c.doc is doc for c in children_with(tok, deps))
        assert any_child(tok, deps) == any(c.dep_ in deps for c in tok.children)
        assert first_child(tok, deps) == next((c for c in tok.children if c.dep_ in deps), None)
    said = doc[1]  # "said": its subject, its "on" and its clause
    assert [c.text for c in children_with(said, ("nsubj", "prep", "ccomp"))] == ["Rebels", "on", "seized"]
    assert first_child(said, ("ccomp", "prep")).text == "on"
    assert not any_child(doc[3], ("prep",))  # "Friday" has no child


def test_doctables_sentence_bounds_of_one_sentence_and_of_one_word_are_spacys():
    # the bounds found by arrays, at the edges: a sentence that is the whole Doc, a Doc of one word
    vocab = spacy.blank("en").vocab
    one = Doc(vocab, words=["Troops", "left", "."], heads=[1, 1, 1], deps=["nsubj", "ROOT", "punct"])
    word = Doc(vocab, words=["More"], heads=[0], deps=["ROOT"])
    for d in (one, word, _three_sentences()):
        assert sentence_starts(d) == [s.start for s in d.sents]
        assert [sentence_bounds(tok) for tok in d] == [(tok.sent.start, tok.sent.end) for tok in d]


def test_doctables_sentence_starts_given_are_the_callers_own():
    # the starts are kept once per Doc: a caller that changes the list it got changes no one else's
    d = _three_sentences()
    sentence_starts(d).append(99)
    assert sentence_starts(d) == [0, 3, 8]
