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


LATER = [
    # "N units later" is a date counted on from the date the text gave last (in its sentence or the
    # one before), at the unit's precision
    (
        "The ministers met in Geneva on Jan. 3. Three days later they signed the accord.",
        F,
        [("Jan. 3", "DATE", "2008-01-03"), ("Three days later", "DATE", "2008-01-06")],
    ),
    (
        "The firm was founded in 1962, and it went public nine years later.",
        F,
        [("1962", "DATE", "1962"), ("nine years later", "DATE", "1971")],
    ),
    (
        "Rebels took the town in June 2001; they left it four months later.",
        F,
        [("June 2001", "DATE", "2001-06"), ("four months later", "DATE", "2001-10")],
    ),
    (
        "The first shots were fired at 6 a.m. Two hours later the army withdrew.",
        F,
        [("6 a.m.", "TIME", "2008-02-15T06:00"), ("Two hours later", "TIME", "2008-02-15T08:00")],
    ),
    # (a vague count, a range, a comparison, or no date before: a length)
    ("Shelling resumed hours later.", F, [("hours", "DURATION", "PTXH")]),
    (
        "The mill closed in 1990. A few years later it burned.",
        F,
        [("1990", "DATE", "1990"), ("A few years", "DURATION", "PXY")],
    ),
    (
        "The plane landed on May 4 and left two or three days later.",
        F,
        [("May 4", "DATE", "2007-05-04"), ("two", "DURATION", "P2D"), ("three days", "DURATION", "P3D")],
    ),
    (
        "The report came out on May 4, two weeks later than planned.",
        F,
        [("May 4", "DATE", "2007-05-04"), ("two weeks", "DURATION", "P2W")],
    ),
    # (nor a date past the article's in a clause told in the past: the date before it is not that one)
    (
        "The plant opened on Feb. 10. Two weeks later it closed.",
        F,
        [("Feb. 10", "DATE", "2008-02-10"), ("Two weeks", "DURATION", "P2W")],
    ),
    # (a date that starts a length is no date the story is on)
    (
        "Ten days after June 2, the index had fallen 4 percent. Three days later it recovered.",
        F,
        [("Ten days", "DURATION", "P10D"), ("June 2", "DATE", "2007-06-02"), ("Three days", "DURATION", "P3D")],
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize("sentence, ref, expected", LATER)
def test_counted_later(nlp, sentence, ref, expected):
    got = [(t.text, t.type, t.value) for t in normalize(nlp(sentence), ref)]
    assert got == expected
