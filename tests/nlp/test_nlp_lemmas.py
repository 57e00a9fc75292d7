"""The model's lemmatizer run through a memo gives every token the lemma spaCy's own gives it."""

import pytest
from spacy.attrs import LEMMA

pytestmark = pytest.mark.slow

TEXTS = [
    # one word as a noun and a verb, plurals, past forms, an irregular verb, a comparative
    "He talks to them every week, and the talks went better than the ones held in the older halls.",
    "The mines were closed; she mines her memories for stories. Prices rose, then fell, and rose again.",
    # words the attribute ruler gives a lemma ("gonna", "'m", "n't"), kept as the lemmatizer keeps them
    "I'm gonna say it wasn't over, and they're leaving on Friday.",
    "Markets fell 2.1% on Friday\n\nThe index, which had risen for a week, closed at 1,204.",
    "",
]


@pytest.fixture(scope="module")
def stock_and_memo():
    import spacy

    from timeline.nlp import DEFAULT_MODELS, model_name
    from timeline.nlp.lemmas import MemoLemmatizer

    name = model_name() or next(m for m in DEFAULT_MODELS if spacy.util.is_package(m))
    nlp = spacy.load(name, exclude=["ner"])
    memo = MemoLemmatizer(nlp.vocab)
    memo.take(spacy.load(name, exclude=["ner"]).get_pipe("lemmatizer"))  # its tables change: another copy
    return nlp, nlp.get_pipe("lemmatizer"), memo


@pytest.mark.parametrize("text", TEXTS)
def test_nlp_memo_lemmatizer_sets_what_spacys_lemmatizer_sets(stock_and_memo, text):
    nlp, stock, memo = stock_and_memo
    before = nlp(text, disable=["lemmatizer"])
    by_spacy = stock(before.copy())
    for _ in range(2):  # the second time from the memo
        assert memo(before.copy()).to_array([LEMMA]).tolist() == by_spacy.to_array([LEMMA]).tolist()
    assert any(t.lemma_ != t.lower_ for t in by_spacy) or not text  # something to compare


def test_nlp_extract_pipeline_runs_the_memo_lemmatizer(nlp):
    from timeline.nlp.lemmas import MemoLemmatizer

    assert isinstance(nlp.get_pipe("lemmatizer"), MemoLemmatizer)
    doc = nlp("He talks to them, and the talks hoped for more.")
    assert [t.lemma_ for t in doc if t.text in ("talks", "hoped")] == ["talk", "talk", "hope"]
