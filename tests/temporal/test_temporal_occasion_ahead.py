"""A weekday or month that names an occasion something is done for, or what a warning, threat or
fear names, points ahead unless the clause tells it past in its own words (issue 16). Sentences of
our own writing."""

from datetime import date

import pytest

from timeline.temporal import normalize

T = date(2014, 6, 10)  # a Tuesday

ROWS = [
    # an occasion something is done or got ready for: the coming one
    ("The senators tabled two bills for Friday's session.", T, [("Friday", "DATE", "2014-06-13")]),
    ("The poll was taken for Thursday's Evening Herald.", T, [("Thursday", "DATE", "2014-06-12")]),
    ("The club dropped its captain for Saturday's derby.", T, [("Saturday", "DATE", "2014-06-14")]),
    (
        "On Monday the villagers began preparations for her 90th birthday on Friday.",
        T,
        [("Monday", "DATE", "2014-06-09"), ("Friday", "DATE", "2014-06-13")],
    ),
    # a warning, a threat, a fear names what is to come
    ("The pilots warned of a walkout in January.", T, [("January", "DATE", "2015-01")]),
    ("The dockers threatened a stoppage in March.", T, [("March", "DATE", "2015-03")]),
    # told past in its own words: a past perfect
    ("The coach had dropped his captain for Saturday's derby.", T, [("Saturday", "DATE", "2014-06-07")]),
    # a state told as over: the occasion with it
    ("The hosts were favourites for Sunday's final.", T, [("Sunday", "DATE", "2014-06-08")]),
    # a "for" of cause, not of an occasion
    ("Two fans were arrested for Saturday's derby brawl.", T, [("Saturday", "DATE", "2014-06-07")]),
    ("The striker was fined for Saturday's derby.", T, [("Saturday", "DATE", "2014-06-07")]),
    # the month of the warning itself, written before what is warned of
    ("The pilots warned in January of a walkout.", T, [("January", "DATE", "2014-01")]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "ref", "expected"), ROWS)
def test_occasion_ahead_kinds(nlp, sentence, ref, expected):
    got = [(t.text, t.type, t.value) for t in normalize(nlp(sentence), ref)]
    assert got == expected
