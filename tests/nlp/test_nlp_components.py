"""Which model components each command runs: `dates` leaves out the named-entity recognizer and
computes the few lemmas it reads on demand, with the same results."""

from datetime import date

import pytest

from timeline.temporal import normalize

pytestmark = pytest.mark.slow

TEXTS = [
    "MOSCOW, Dec. 23, 2016 (Reuters) - Russian President Vladimir Putin said on Friday that Moscow would "
    "respond in kind to the sanctions announced by Washington two days earlier.",
    "The talks, held in Geneva last week, will resume on Monday morning, a U.N. spokesman said. In 1998, "
    "the year the treaty was signed, the firm earned $4 million in the third quarter.",
    # tense read from lemmas: a plan, a postponement, a decision told in the past
    "The board agreed to sell the unit in October. The vote was postponed until Tuesday. "
    "Officials are expected to meet on Thursday.",
]


def test_nlp_dates_pipeline_runs_no_ner_nor_lemmatizer_and_finds_the_same_expressions(nlp):
    from timeline.analysis import DATES_EXCLUDE, load_pipeline

    lean = load_pipeline(None, DATES_EXCLUDE, lazy_lemmas=True)
    assert {"ner", "lemmatizer"} <= set(nlp.pipe_names)
    assert not {"ner", "lemmatizer"} & set(lean.pipe_names)
    ref = date(2016, 12, 23)
    for text in TEXTS:
        full = normalize(nlp(text), ref, "d")
        assert normalize(lean(text), ref, "d") == full
        assert full  # there is something to compare
    doc = lean(TEXTS[2])
    assert [t.lemma_ for t in doc if t.text in ("agreed", "postponed")] == ["", ""]  # not run


def test_nlp_lemmas_on_demand_are_the_lemmatizer_s(nlp):
    from timeline.analysis import DATES_EXCLUDE, load_pipeline
    from timeline.nlp.lemmas import lemma

    lean = load_pipeline(None, DATES_EXCLUDE, lazy_lemmas=True)
    text = TEXTS[0] + " " + TEXTS[2]
    assert [lemma(t) for t in lean(text)] == [t.lemma_ for t in nlp(text)]
