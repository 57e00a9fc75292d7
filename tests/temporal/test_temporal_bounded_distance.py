"""A point told as a bounded distance back or ahead ("more than 10 years ago", "less than two weeks
ago"): the TIMEX3 value keeps the point, the mod says on which side of it the time lies (TimeML
BEFORE / AFTER / APPROX). Sentences written for these tests."""

from datetime import date

import pytest

from timeline.temporal import normalize

REF = date(2006, 5, 10)


def _timexes(nlp, sentence: str) -> dict[str, tuple]:
    return {t.text: (t.value, t.precision, t.mod) for t in normalize(nlp(sentence), REF)}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "expr", "value", "precision", "mod"),
    [
        (
            "The bakery opened more than 10 years ago in the old square.",
            "more than 10 years ago",
            "1996",
            "year",
            "BEFORE",
        ),
        ("Her brother moved away over three years ago.", "over three years ago", "2003", "year", "BEFORE"),
        ("The pier was rebuilt at least two decades ago.", "at least two decades ago", "198", "decade", "ON_OR_BEFORE"),
        ("The tenant left less than two months ago.", "less than two months ago", "2006-03", "month", "AFTER"),
        ("The choir last sang nearly five years ago.", "nearly five years ago", "2001", "year", "APPROX"),
        ("The mill shut down five years ago.", "five years ago", "2001", "year", None),
    ],
)
def test_a_bounded_distance_keeps_the_point_and_says_the_side(nlp, sentence, expr, value, precision, mod):
    assert _timexes(nlp, sentence)[expr] == (value, precision, mod)


def test_the_mod_of_a_distance_ahead_is_the_other_side():
    from timeline.temporal.normalize import _distance_mod

    assert _distance_mod("more than a year later", "DATE", "2007") == "AFTER"
    assert _distance_mod("less than a year later", "DATE", "2007") == "BEFORE"
    assert _distance_mod("more than a year earlier", "DATE", "2005") == "BEFORE"
    assert _distance_mod("some time later", "DATE", "2007") is None
    assert _distance_mod("more than 10 years", "DURATION", "P10Y") is None


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "expr", "edtf", "earliest", "latest"),
    [
        # the days the words mean: after the point and up to the article's day ...
        (
            "The tenant left less than two months ago.",
            "less than two months ago",
            "2006-03-10/2006-05-10",
            "2006-03-10",
            "2006-05-10",
        ),
        (
            "The mayor was elected less than a year ago.",
            "less than a year ago",
            "2005-05-10/2006-05-10",
            "2005-05-10",
            "2006-05-10",
        ),
        # ... before the day a week back, not the end of its ISO week
        (
            "The bridge closed more than a week ago.",
            "more than a week ago",
            "../2006-05-03",
            "2006-05-01",
            "2006-05-03",
        ),
        # a year or month back keeps its unit; a count from another time keeps its interval
        ("The bakery opened more than 10 years ago.", "more than 10 years ago", "1996", "1996-01-01", "1996-12-31"),
    ],
)
def test_a_bounded_distance_back_spans_the_days_it_means(nlp, sentence, expr, edtf, earliest, latest):
    found = {t.text: (t.edtf, t.earliest, t.latest) for t in normalize(nlp(sentence), REF)}
    assert found[expr] == (edtf, earliest, latest)
