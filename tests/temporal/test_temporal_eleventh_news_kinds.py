"""Kinds of temporal expression read in fresh news-silver articles against `timeline dates` (issue 17,
helper h41timex): cricket's runs and format in a text about cricket; the month of a happening
awaited; the middle of a part of the day written with a hyphen."""

from datetime import date

import pytest

from timeline.temporal import normalize

F = date(2008, 2, 15)  # a Friday

CRICKET = [
    # in a text about cricket (two of its own words), "a century" is a hundred runs, whatever verb
    # carries it, and "one-day" before a noun the limited-overs format
    (
        "The batsman was stumped on 94. He had been heading for a century when the spinner struck.",
        F,
        [],
    ),
    ("The opener reached his half-century after lunch as the bowlers tired and two wickets fell.", F, []),
    (
        "The bowler took three wickets. The batsman fell short of another century.",
        F,
        [],
    ),
    ("He led the side in one one-day game before the tour, taking four wickets as a spinner.", F, []),
    # (a length of time stays one in a cricket text: with "ago", "old", "of", or a count)
    (
        "The ground first hosted cricket a century ago, and its batsmen still praise the pitch.",
        F,
        [("a century ago", "DATE", "19")],
    ),
    (
        "The wicket has been used for three centuries by every batsman in the county.",
        F,
        [("three centuries", "DURATION", "P300Y")],
    ),
    # (and a century is a hundred years in a text not about cricket)
    ("The bridge has stood for a century.", F, [("a century", "DURATION", "P100Y")]),
    ("The union held a one-day strike.", F, [("one-day", "DURATION", "P1D")]),
]


M = date(2006, 5, 10)  # a Wednesday

AWAITED_MONTH = [
    # a month written with "in" right after the noun that is awaited ("ahead of", "the run-up to")
    # is that noun's, and lies ahead, whatever the tense of the clause
    (
        "The candidate said he had been smeared by rivals ahead of the presidential election in December.",
        M,
        [("December", "DATE", "2006-12")],
    ),
    ("Officials cleared the streets ahead of the celebrations in September.", M, [("September", "DATE", "2006-09")]),
    ("The party met in the run-up to the congress in October.", M, [("October", "DATE", "2006-10")]),
    # (a month written before the awaited noun is the clause's; so is a weekday after it)
    ("The party met in October ahead of the vote.", M, [("October", "DATE", "2005-10")]),
    ("The rally was held ahead of the vote on Thursday.", M, [("Thursday", "DATE", "2006-05-04")]),
]


MID_PART = [
    # "mid-afternoon", "mid-morning" are parts of the day, as "mid afternoon" is; "mid-day" is midday
    ("Nobody was hurt in the mid-afternoon scuffle.", M, [("mid-afternoon", "TIME", "2006-05-10TAF")]),
    ("Prices slipped by mid-morning.", M, [("mid-morning", "TIME", "2006-05-10TMO")]),
    ("The ferry sank at mid-day Monday.", M, [("mid-day Monday", "TIME", "2006-05-08T12:00")]),
    # (not "midnight", a clock time of its own)
    ("The border closed at midnight.", M, [("midnight", "TIME", "2006-05-10T00:00")]),
]


@pytest.mark.slow
@pytest.mark.parametrize("sentence, ref, expected", CRICKET + AWAITED_MONTH + MID_PART)
def test_eleventh_news_kinds_table(nlp, sentence, ref, expected):
    got = [(t.text, t.type, t.value) for t in normalize(nlp(sentence), ref)]
    assert got == expected
