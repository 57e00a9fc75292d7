"""Kinds of error found in the tuning part of TimeBank/AQUAINT (issue 17), each checked on sentences
of our own: every expression of the sentence, with its extent, TIMEX3 type and value."""

from datetime import date

import pytest

from timeline.temporal import normalize

D = date(2016, 12, 23)  # a Friday
W = date(2018, 3, 14)  # a Wednesday
L = date(2019, 10, 28)  # a Monday, late in the year

ROWS = [
    # a weekday with a plural part of the day recurs: a SET, also for the first of two weekdays
    ("The show airs on Thursday nights.", D, [("Thursday nights", "SET", "XXXX-WXX-4TNI")]),
    (
        "Trains will run on Saturday and Sunday mornings from May.",
        W,
        [
            ("Saturday", "SET", "XXXX-WXX-6TMO"),
            ("Sunday mornings", "SET", "XXXX-WXX-7TMO"),
            ("May", "DATE", "2018-05"),
        ],
    ),
    # "the previous Friday" is the Friday before the day the story is on, not before the article's
    (
        "The index closed lower on Monday, down 3% from the previous Friday.",
        W,
        [("Monday", "DATE", "2018-03-12"), ("the previous Friday", "DATE", "2018-03-09")],
    ),
    (
        "The deal was signed on Sunday, Nov. 3, and the troops left the following Tuesday.",
        L,
        [("Sunday, Nov. 3", "DATE", "2019-11-03"), ("the following Tuesday", "DATE", "2019-11-05")],
    ),
    # without a day to lean on it counts from the article's date
    ("Turnout fell from the previous Sunday.", W, [("the previous Sunday", "DATE", "2018-03-11")]),
    # a deadline given in the past tense lies ahead of the giving, and may be ahead of the article
    (
        "The regulator gave the bidder until mid-November to answer.",
        L,
        [("mid-November", "DATE", "2019-11")],
    ),
    ("The union had until Friday to accept the offer.", W, [("Friday", "DATE", "2018-03-16")]),
    # ... while staying until a day is told in the past
    ("The rebels held the bridge until Friday.", W, [("Friday", "DATE", "2018-03-09")]),
    # a year-end looked back on is the last one
    ("Shares have risen 12% since year-end.", L, [("year-end", "DATE", "2018")]),
    # (the preposition is a signal, outside the extent)
    ("Debt will be cut by year-end.", L, [("year-end", "DATE", "2019")]),
    # a time given in two zones takes the day written after them
    (
        "The blast occurred at about 10:35 a.m. (0735 GMT) Friday, police said.",
        date(2016, 12, 24),
        [("about 10:35 a.m.", "TIME", "2016-12-23T10:35"), ("Friday", "DATE", "2016-12-23")],
    ),
    (
        "Talks will resume at 3 p.m. (1400 GMT) on Monday.",
        D,
        [("3 p.m.", "TIME", "2016-12-26T15:00"), ("Monday", "DATE", "2016-12-26")],
    ),
    (
        "The convoy will leave at 5 in the morning (0300 GMT Tuesday), the army said.",
        W,
        [("5 in the morning", "TIME", "2018-03-20T05:00"), ("Tuesday", "DATE", "2018-03-20")],
    ),
    # the hour said in words
    ("Shelling resumed at 9 in the evening.", W, [("9 in the evening", "TIME", "2018-03-14T21:00")]),
    (
        "The raid began at 11 o'clock at night on Tuesday.",
        W,
        [("11 o'clock at night on Tuesday", "TIME", "2018-03-13T23:00")],
    ),
    # a day of the month in words, as spoken news says it
    (
        "The vote is set for Sunday, March eighth.",
        D,
        [("Sunday, March eighth", "DATE", "2017-03-08")],
    ),
    ("Polls open on April twenty-first.", W, [("April twenty-first", "DATE", "2018-04-21")]),
    # a preposition before a year-end or a clock time is a signal, not part of the extent; an
    # approximation stays in it
    ("The merger should close by year's end.", W, [("year's end", "DATE", "2018")]),
    ("Reserves stood at $3 billion at year end.", W, [("year end", "DATE", "2017")]),
    ("Sales usually slow around year-end.", W, [("around year-end", "DATE", "2018")]),
    ("The ferry sank at about 4 p.m. on Monday.", W, [("about 4 p.m. on Monday", "TIME", "2018-03-12T16:00")]),
    # "then current" is current at a time gone by
    ("Bondholders were paid the then-current rate.", W, [("then-current", "DATE", "PAST_REF")]),
    (
        "In 1998 the then current governor signed the law.",
        W,
        [("1998", "DATE", "1998"), ("then current", "DATE", "PAST_REF")],
    ),
    ("Current prices are too high.", W, [("Current", "DATE", "PRESENT_REF")]),
    # a clock time counted days (or more) from a happening is not on the article's day ...
    (
        "A guard saw the car at 4 a.m. two days before the fire.",
        W,
        [("4 a.m.", "TIME", "XXXX-XX-XXT04:00"), ("two days", "DURATION", "P2D")],
    ),
    (
        "Divers reached the wreck at 7 p.m. a week after the sinking.",
        W,
        [("7 p.m.", "TIME", "XXXX-XX-XXT19:00"), ("a week", "DURATION", "P1W")],
    ),
    (
        "A jogger saw the car at 6 a.m. near the doctor's home 10 days before the murder.",
        W,
        [("6 a.m.", "TIME", "XXXX-XX-XXT06:00"), ("10 days", "DURATION", "P10D")],
    ),
    # ... while minutes or hours before it, a day of its own, or another clause keep the day
    (
        "Police arrived at 6 a.m. and left two days after the raid.",
        W,
        [("6 a.m.", "TIME", "2018-03-14T06:00"), ("two days", "DURATION", "P2D")],
    ),
    (
        "The alarm sounded at 4:50 a.m. ten minutes before the fire.",
        W,
        [("4:50 a.m.", "TIME", "2018-03-14T04:50"), ("ten minutes", "DURATION", "PT10M")],
    ),
    (
        "Talks ended at 6 p.m. Monday, three days before the vote.",
        W,
        [("6 p.m. Monday", "TIME", "2018-03-12T18:00"), ("three days", "DURATION", "P3D")],
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "ref", "expected"), ROWS)
def test_tuning_kinds_table(nlp, sentence, ref, expected):
    got = [(t.text, t.type, t.value) for t in normalize(nlp(sentence), ref)]
    assert got == expected
