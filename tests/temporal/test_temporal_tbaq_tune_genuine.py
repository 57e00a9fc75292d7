"""Genuine errors of the tool read in TBAQ's tuning part (issue 17), not TBAQ's conventions: every
expression of each sentence, with its extent, TIMEX3 type and value. The sentences are our own."""

from datetime import date

import pytest

from timeline.temporal import normalize

W = date(2011, 6, 15)  # a Wednesday
T = date(2004, 3, 22)  # a Monday
F = date(2006, 11, 3)  # a Friday

ROWS = [
    # a unit before "-old" makes an age, as "a 6-year-old boy" does: no length told, and never the
    # current week, month, year, decade or century ("the decade" alone stays the current decade)
    ("The decade-old feud between the clans flared again.", W, []),
    ("Their century-old rivalry ended in a merger.", W, []),
    ("The month-old ceasefire collapsed overnight.", W, [("overnight", "TIME", "2011-06-14TNI")]),
    ("Rebels broke the week-old truce.", W, []),
    ("The year-old cabinet lost a confidence vote.", W, []),
    ("A half-century-old alliance split apart in May.", W, [("May", "DATE", "2011-05")]),
    ("The council lifted its decades-old ban on street music.", W, []),
    ("Growth was weak in the decade before the crash.", W, [("the decade", "DATE", "201")]),
    ("Last year old rivals made peace.", W, [("Last year", "DATE", "2010")]),
    ("The drought was decade-long.", W, [("decade-long", "DURATION", "P10Y")]),
    # a saying in the present tense is told now: a time opening its sentence dates what happened
    # then, not the telling, so "next week" counts from the article's date
    (
        "After the arrest of a suspect nine days ago, the police say the trial may begin next week.",
        T,
        [("nine days ago", "DATE", "2004-03-13"), ("next week", "DATE", "2004-W14")],
    ),
    (
        "Since the flood on Friday, the officials say help will arrive tomorrow.",
        T,
        [("Friday", "DATE", "2004-03-19"), ("tomorrow", "DATE", "2004-03-23")],
    ),
    (
        "With the discovery of the wreck on Friday, the officials say divers can go down tomorrow.",
        T,
        [("Friday", "DATE", "2004-03-19"), ("tomorrow", "DATE", "2004-03-23")],
    ),
    (
        "Despite a storm two days ago, the organisers say the race goes ahead tomorrow.",
        T,
        [("two days ago", "DATE", "2004-03-20"), ("tomorrow", "DATE", "2004-03-23")],
    ),
    # (a saying in the past still takes the time it was told on)
    (
        "At a rally on Friday, the mayor said the bridge would reopen tomorrow.",
        T,
        [("Friday", "DATE", "2004-03-19"), ("tomorrow", "DATE", "2004-03-20")],
    ),
    (
        "In a letter last year, the mayor wrote that the bridge would reopen on Monday.",
        T,
        [("last year", "DATE", "2003"), ("Monday", "DATE", "2003-WXX-1")],
    ),
    # a range of weekdays starts before it ends: told ahead, the end is the first such day after the
    # start; told in the past, the start is the last such day before the end
    (
        "The border will be closed from Monday to Friday.",
        F,
        [("Monday", "DATE", "2006-11-06"), ("Friday", "DATE", "2006-11-10")],
    ),
    (
        "The envoy will tour the region from Tuesday through Saturday.",
        F,
        [("Tuesday", "DATE", "2006-11-07"), ("Saturday", "DATE", "2006-11-11")],
    ),
    (
        "The talks ran from Thursday to Saturday.",
        F,
        [("Thursday", "DATE", "2006-10-26"), ("Saturday", "DATE", "2006-10-28")],
    ),
    (
        "The president toured the north from Tuesday until Thursday.",
        date(2006, 11, 1),
        [("Tuesday", "DATE", "2006-10-24"), ("Thursday", "DATE", "2006-10-26")],
    ),
    # (a strike that ran up to the article's day stays; a pair joined by "and" told latest first too)
    (
        "The strike lasted from Monday to Friday.",
        F,
        [("Monday", "DATE", "2006-10-30"), ("Friday", "DATE", "2006-11-03")],
    ),
    (
        "The statements made Friday and Thursday were false.",
        F,
        [("Friday", "DATE", "2006-11-03"), ("Thursday", "DATE", "2006-11-02")],
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "ref", "expected"), ROWS)
def test_tbaq_tune_genuine_table(nlp, sentence, ref, expected):
    got = [(t.text, t.type, t.value) for t in normalize(nlp(sentence), ref)]
    assert got == expected
