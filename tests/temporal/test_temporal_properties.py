"""Property tests: no text makes recognition or normalization fail, and every value is well formed."""

from datetime import date

import spacy
from edtf import parse_edtf
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline.temporal import normalize, normalize_expression
from timeline.temporal.timex import TimexRecognizer
from timeline.temporal.values import is_timex3_value

_NLP = spacy.blank("en")
_REC = TimexRecognizer(_NLP, "timeline_timex")
_WORDS = st.sampled_from(
    "the a last next this past early late mid on in since for every each ago earlier year years month "
    "months week weeks day days quarter third fourth Friday Monday January March May Dec. 22 , 2016 1990s "
    "'80s mid-2017 2010-11 24 six hours yesterday today tomorrow tonight now recently 10 p.m. noon summer "
    "fall annual daily twice and a half nineteen ninety-six Christmas Q3 century 20th weekend".split()
)
_TEXTS = st.one_of(st.text(max_size=80), st.lists(_WORDS, max_size=12).map(" ".join))
_REFS = st.one_of(st.none(), st.dates(min_value=date(1800, 1, 1), max_value=date(2200, 12, 31)))


def _check(expr):
    assert is_timex3_value(expr.value), expr
    if expr.edtf:
        parse_edtf(expr.edtf)
    if expr.earliest and expr.latest:
        assert expr.earliest <= expr.latest


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=_TEXTS, ref=_REFS)
def test_properties_recognize_and_normalize_never_raise(text, ref):
    doc = _REC(_NLP(text))
    for expr in normalize(doc, ref, "d"):
        assert text[expr.start : expr.end] == expr.text
        _check(expr)


@settings(max_examples=300, deadline=None)
@given(
    text=_TEXTS,
    ref=_REFS,
    ttype=st.sampled_from(["DATE", "TIME", "DURATION", "SET"]),
    way=st.sampled_from(["past", "future", "none"]),
)
def test_properties_normalize_expression_gives_timex3(text, ref, ttype, way):
    _, value, _ = normalize_expression(text, ttype, ref, way)
    assert is_timex3_value(value), (text, value)
