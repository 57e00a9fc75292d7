"""Which model components each command loads: `dates` leaves out the named-entity recognizer."""

from datetime import date

import pytest

from timeline.temporal import normalize

pytestmark = pytest.mark.slow

TEXTS = [
    "MOSCOW, Dec. 23, 2016 (Reuters) - Russian President Vladimir Putin said on Friday that Moscow would "
    "respond in kind to the sanctions announced by Washington two days earlier.",
    "The talks, held in Geneva last week, will resume on Monday morning, a U.N. spokesman said. In 1998, "
    "the year the treaty was signed, the firm earned $4 million in the third quarter.",
]


def test_nlp_dates_pipeline_has_no_ner_and_finds_the_same_expressions(nlp):
    from timeline.analysis import DATES_EXCLUDE, load_pipeline

    lean = load_pipeline(None, DATES_EXCLUDE)
    assert "ner" in nlp.pipe_names and "ner" not in lean.pipe_names
    ref = date(2016, 12, 23)
    for text in TEXTS:
        full = normalize(nlp(text), ref, "d")
        assert normalize(lean(text), ref, "d") == full
        assert full  # there is something to compare
