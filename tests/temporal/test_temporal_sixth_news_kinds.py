"""Kinds of temporal expression found comparing `timeline dates` with HeidelTime on news-silver
articles no rule had been tuned on (issue 17, lines 1852-1950 and 2051-2150): every expression of
each sentence, with its extent, TIMEX3 type and value."""

from datetime import date

import pytest

from timeline.temporal import normalize

T = date(2006, 11, 9)  # a Thursday
S = date(2006, 11, 18)  # a Saturday

PERFECT_DECISION = [
    # a decision told in the present perfect, like one told in the past, may be carried out before
    # the report: the month nearest it, not the next one
    (
        "The two ministers have agreed to deepen ties during his October trip to Seoul.",
        S,
        [("October", "DATE", "2006-10")],
    ),
    ("The board has decided to close the plant in September.", S, [("September", "DATE", "2006-09")]),
    # (a month further behind than ahead is still ahead; a weekday is ahead)
    ("The club has agreed to sign the goalkeeper in February.", S, [("February", "DATE", "2007-02")]),
    ("The two sides have agreed to resume talks on Monday.", S, [("Monday", "DATE", "2006-11-20")]),
]

WEEKDAY_IN_BRACKETS = [
    # a weekday in brackets after a day names that day, as agencies write it
    (
        '"We condemn the shelling yesterday (Wednesday) of the market," the envoy said.',
        T,
        [("yesterday", "DATE", "2006-11-08"), ("Wednesday", "DATE", "2006-11-08")],
    ),
    (
        "Voting starts today (Thursday) in the north.",
        T,
        [("today", "DATE", "2006-11-09"), ("Thursday", "DATE", "2006-11-09")],
    ),
    (
        "The ferry will sail on Nov. 21 (Tuesday) if the storm passes.",
        T,
        [("Nov. 21", "DATE", "2006-11-21"), ("Tuesday", "DATE", "2006-11-21")],
    ),
    # (a weekday that disagrees with its day by one is the nearer such weekday)
    (
        "Rebels attacked the town today (Friday), a spokesman said.",
        T,
        [("today", "DATE", "2006-11-09"), ("Friday", "DATE", "2006-11-10")],
    ),
]

SAME_PERIOD_QUARTERS = [
    # "the same period last year" after the first two or three quarters is those quarters of the
    # year before (TIMEX3 has no value for them: the year), not the third quarter alone
    (
        "Profits in the first three quarters this year beat the same period last year.",
        T,
        [
            ("the first three quarters", "DURATION", "P9M"),
            ("this year", "DATE", "2006"),
            ("the same period last year", "DATE", "2005"),
        ],
    ),
    # (after a half, that half a year back)
    (
        "Car sales in the first half were up 8 percent on the same period last year.",
        T,
        [("the first half", "DATE", "2006-H1"), ("the same period last year", "DATE", "2005-H1")],
    ),
]

YEAR_OF = [
    # "the year of" or "the month of" a year or a month is that one, in one extent
    ("The year of 2004 saw record harvests.", S, [("The year of 2004", "DATE", "2004")]),
    ("Rainfall peaked in the month of July.", S, [("the month of July", "DATE", "2006-07")]),
    # the year of a happening, or a name, is not the article's year; nor is the last year of a war the last
    ("The year of his election was a turbulent one.", S, []),
    ("In China 2008 is the year of the rat.", S, [("2008", "DATE", "2008")]),
    ("The rebels were routed in the last year of the war.", S, []),
    # (the "of" of a figure leaves "the year" the year)
    ("The shares rose to a high for the year of $12.5.", S, [("the year", "DATE", "2006")]),
]

QUOTED_PAPER = [
    # a quoted newspaper's name is no recurrence
    ('The coach told the "Daily Trumpet" of Accra that he would stay.', S, []),
    ("The coach told the 'Weekly Courier' on Friday that he would stay.", S, [("Friday", "DATE", "2006-11-17")]),
    # (a quoted adjective before a common noun still is)
    ('"Daily training is the key," the coach said.', S, [("Daily", "SET", "P1D")]),
]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "ref", "expected"),
    PERFECT_DECISION + WEEKDAY_IN_BRACKETS + SAME_PERIOD_QUARTERS + YEAR_OF + QUOTED_PAPER,
)
def test_sixth_news_kinds_table(nlp, sentence, ref, expected):
    got = [(t.text, t.type, t.value) for t in normalize(nlp(sentence), ref)]
    assert got == expected
