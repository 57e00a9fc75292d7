"""Kinds of temporal expression the news set's tune part (benchmarks/data/timex/news/, issue 17) showed
`timeline dates` missing (helper h40newsx): every expression of each sentence, with its extent, TIMEX3
type and value. The sentences are our own."""

from datetime import date

import pytest

from timeline.temporal import normalize

W = date(2007, 5, 16)  # a Wednesday

MONTH_OF_A_YEAR = [
    # a month "of last year" (next year, this year) is one expression, the month of that year
    ("The plant closed in late June of last year.", W, [("late June of last year", "DATE", "2006-06")]),
    ("Talks stalled in mid-April of last year.", W, [("mid-April of last year", "DATE", "2006-04")]),
    ("The mine will reopen in January of next year.", W, [("January of next year", "DATE", "2008-01")]),
    ("The fair opened in March of this year.", W, [("March of this year", "DATE", "2007-03")]),
    # (as without "of"; a day of the month keeps its day)
    ("The plant closed in June last year.", W, [("June last year", "DATE", "2006-06")]),
    ("She left on the 9th of June of last year.", W, [("the 9th of June of last year", "DATE", "2006-06-09")]),
    ("She left on 9 June of last year.", W, [("9 June of last year", "DATE", "2006-06-09")]),
    # (not a year that owns the noun after it)
    (
        "The fair opened in May of last year's host city.",
        W,
        [("May", "DATE", "2007-05"), ("last year", "DATE", "2006")],
    ),
]

LATTER_HALF = [
    # "the latter half" of a year is its second half
    ("Orders slumped in the latter half of 2003.", W, [("the latter half of 2003", "DATE", "2003-H2")]),
    ("Orders slumped in the latter half of last year.", W, [("the latter half of last year", "DATE", "2006-H2")]),
    (
        "Exports grew in the first half of 2004 but fell in the latter half.",
        W,
        [("the first half of 2004", "DATE", "2004-H1"), ("the latter half", "DATE", "2007-H2")],
    ),
]

SAME_MONTH_A_YEAR_BACK = [
    # "the same month last year" (a year ago, a year earlier, of the previous year) is one expression:
    # the month the sentence is about, a year back, not the month it also compares with
    (
        "Car sales rose 2 percent in March from the previous month and 9 percent from the same month last year.",
        W,
        [
            ("March", "DATE", "2007-03"),
            ("the previous month", "DATE", "2007-02"),
            ("the same month last year", "DATE", "2006-03"),
        ],
    ),
    (
        "Fuel sales climbed in February from the same month a year earlier.",
        W,
        [("February", "DATE", "2007-02"), ("the same month a year earlier", "DATE", "2006-02")],
    ),
    (
        "In April, rents fell 1 percent from the prior month but rose from the corresponding month of the "
        "previous year.",
        W,
        [
            ("April", "DATE", "2007-04"),
            ("the prior month", "DATE", "2007-03"),
            ("the corresponding month of the previous year", "DATE", "2006-04"),
        ],
    ),
    # (a month of a year named: that month in that year, not the month compared with)
    (
        "Rents fell in April from the previous month, the first drop since the same month of 2002.",
        W,
        [
            ("April", "DATE", "2007-04"),
            ("the previous month", "DATE", "2007-03"),
            ("the same month of 2002", "DATE", "2002-04"),
        ],
    ),
    # (no month named before: the year back)
    ("Rents rose 3 percent from the same month last year.", W, [("the same month last year", "DATE", "2006")]),
]

YEAR_PAST_THE_TELLING = [
    # a year's anaphor after a report that named a year and the day of its telling counts from the
    # year reported, not from the day it was told on
    (
        "Exports fell in 2005, the ministry said Monday. They had grown 4 percent the previous year.",
        W,
        [("2005", "DATE", "2005"), ("Monday", "DATE", "2007-05-14"), ("the previous year", "DATE", "2004")],
    ),
    (
        "The mill lost money in 2003, its owner said in a statement on Tuesday.\n\nThe following year, it shut.",
        W,
        [("2003", "DATE", "2003"), ("Tuesday", "DATE", "2007-05-15"), ("The following year", "DATE", "2004")],
    ),
    # (a day's anaphor still points to the day of the telling)
    (
        "Profit doubled in 2006, the bank said Monday. That day, its shares jumped.",
        W,
        [("2006", "DATE", "2006"), ("Monday", "DATE", "2007-05-14"), ("That day", "DATE", "2007-05-14")],
    ),
    # (a year outside what the verb reports is no year of the story)
    (
        "Ann Lee, who joined in 1998, said Monday that sales rose from the previous year.",
        W,
        [("1998", "DATE", "1998"), ("Monday", "DATE", "2007-05-14"), ("the previous year", "DATE", "2006")],
    ),
]

SEASON_OF_GAMES = [
    # a season before "Olympics", "Games" names a kind of games, not a time: the year alone is tagged
    ("Seoul bid for the 2020 Summer Olympics.", W, [("2020", "DATE", "2020")]),
    ("The 2014 winter Games cost billions.", W, [("2014", "DATE", "2014")]),
    ("She won a medal at the last Winter Paralympics.", W, []),
    ("He ran in the summer Games of 1988.", W, [("1988", "DATE", "1988")]),
    # (a season of a year is still one)
    ("The 2004 summer was dry.", W, [("2004 summer", "DATE", "2004-SU")]),
    ("Trials are held in the summer of 2008 before the Olympics.", W, [("the summer of 2008", "DATE", "2008-SU")]),
]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "ref", "expected"),
    MONTH_OF_A_YEAR + LATTER_HALF + SAME_MONTH_A_YEAR_BACK + YEAR_PAST_THE_TELLING + SEASON_OF_GAMES,
)
def test_news_set_kinds_table(nlp, sentence, ref, expected):
    got = [(t.text, t.type, t.value) for t in normalize(nlp(sentence), ref)]
    assert got == expected
