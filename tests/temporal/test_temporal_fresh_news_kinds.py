"""Kinds of temporal expression found reading news-silver articles no rule had been tuned on
(issue 17, lines 2051-2250): every expression of each sentence, with its extent, TIMEX3 type and value."""

from datetime import date

import pytest

from timeline.temporal import normalize

F = date(2014, 6, 13)  # a Friday
T = date(2014, 6, 10)  # a Tuesday

ROWS = [
    # "this weekend" on a weekday is the coming one, whatever the verb's tense
    ("The exhibition is open until this weekend.", F, [("this weekend", "DATE", "2014-W24-WE")]),
    ("Rain is forecast this weekend.", T, [("this weekend", "DATE", "2014-W24-WE")]),
    # (on a Sunday it is that same weekend; "last weekend" stays the one before)
    ("Crowds packed the beaches this weekend.", date(2014, 6, 15), [("this weekend", "DATE", "2014-W24-WE")]),
    ("Crowds packed the beaches last weekend.", F, [("last weekend", "DATE", "2014-W23-WE")]),
    # a weekday in a newspaper's name, a "daily" before the paper's name: no time
    ("The Sunday Times published the letter.", F, []),
    ('A reporter for the regional daily "Il Piccolo" was injured.', F, []),
    # a month followed by "in" and a year is of that year
    (
        "The bridge was opened in October in 1932 by the king.",
        F,
        [("October", "DATE", "1932-10"), ("1932", "DATE", "1932")],
    ),
    ("She was born on July 4 in 1951.", F, [("July 4", "DATE", "1951-07-04"), ("1951", "DATE", "1951")]),
    # "of" a year: one expression with the day, and the days of a range take it too
    ("The dam was finished on April 8 of 1936.", F, [("April 8 of 1936", "DATE", "1936-04-08")]),
    ("The vote was held on May 2 of last year.", F, [("May 2 of last year", "DATE", "2013-05-02")]),
    (
        "The congress meets on Nov. 9-11 of 2016.",
        F,
        [("Nov. 9", "DATE", "2016-11-09"), ("11", "DATE", "2016-11-11"), ("2016", "DATE", "2016")],
    ),
    # (a comma and a new clause between them: no)
    ("Exports fell in March, in 2013 they had risen.", F, [("March", "DATE", "2014-03"), ("2013", "DATE", "2013")]),
    # "N days earlier" counts back from the day the text gave
    (
        "The dam burst on April 2; villagers had reported cracks three days earlier.",
        F,
        [("April 2", "DATE", "2014-04-02"), ("three days earlier", "DATE", "2014-03-30")],
    ),
    (
        "The minister resigned on May 20, a week earlier he had denied everything.",
        F,
        [("May 20", "DATE", "2014-05-20"), ("a week earlier", "DATE", "2014-05-13")],
    ),
    # "today's" before something that happens on the day is that day; "today's world" is not
    ("Two players are injured for today's final.", F, [("today", "DATE", "2014-06-13")]),
    ("Markets waited for today's jobs announcement.", F, [("today", "DATE", "2014-06-13")]),
    ("Today's teenagers read less.", F, []),
    # "the daily" heading its noun phrase is a newspaper, whatever its tag
    ("Police raided the offices of the weekly, its editor said.", F, []),
    # the first day of a range written day first takes the month after the second
    ("The talks run from 21st to 23rd July.", F, [("21st", "DATE", "2014-07-21"), ("23rd July", "DATE", "2014-07-23")]),
    (
        "Polls open from 5 to 8 September 2015.",
        F,
        [("5", "DATE", "2015-09-05"), ("8 September 2015", "DATE", "2015-09-08")],
    ),
    # "the same period last year" after a span of months that is no quarter: that year, not a quarter
    (
        "Profits in the first seven months were double those of the same period last year.",
        F,
        [("the first seven months", "DURATION", "P7M"), ("the same period last year", "DATE", "2013")],
    ),
    (
        "Profits in the second quarter were double those of the same period last year.",
        F,
        [("the second quarter", "DATE", "2014-Q2"), ("the same period last year", "DATE", "2013-Q2")],
    ),
    # (after "the year to March", "the six months to April": the year of those months' end a year
    # back, as after "the first seven months"; never the quarter before the article's)
    (
        "Wages rose 4 percent in the year to March 2013, after 2 percent in the same period last year.",
        F,
        [
            ("the year", "DURATION", "P1Y"),
            ("March 2013", "DATE", "2013-03"),
            ("the same period last year", "DATE", "2012"),
        ],
    ),
    (
        "Exports grew in the six months to April, faster than in the same period last year.",
        F,
        [
            ("the six months", "DURATION", "P6M"),
            ("April", "DATE", "2014-04"),
            ("the same period last year", "DATE", "2013"),
        ],
    ),
    # a range of months starts before it ends
    (
        "From March to November, imports fell.",
        date(2014, 2, 3),
        [("March", "DATE", "2013-03"), ("November", "DATE", "2013-11")],
    ),
    # "N years (months) earlier" counts back from the year (month) the text gave
    (
        "Turnover reached 3 billion in 2011, against 1 billion three years earlier.",
        F,
        [("2011", "DATE", "2011"), ("three years earlier", "DATE", "2008")],
    ),
    (
        "The strike ended in April 2009; it had begun four months earlier.",
        F,
        [("April 2009", "DATE", "2009-04"), ("four months earlier", "DATE", "2008-12")],
    ),
    # the second weekday of a pair comes a few days after the first, not a week before it
    (
        "Delegates arrived early for the congress slated for Friday and Saturday.",
        F,
        [("Friday", "DATE", "2014-06-13"), ("Saturday", "DATE", "2014-06-14")],
    ),
    # (a pair told latest first stays as it is)
    (
        "Statements made Friday and Thursday were released.",
        date(2014, 6, 14),
        [("Friday", "DATE", "2014-06-13"), ("Thursday", "DATE", "2014-06-12")],
    ),
    # the next or upcoming one, told in the present, lies ahead (told in the past, behind)
    ("The next summit is in Oslo on Wednesday.", T, [("Wednesday", "DATE", "2014-06-11")]),
    ("Their upcoming final is on Sunday afternoon.", F, [("Sunday afternoon", "TIME", "2014-06-15TAF")]),
    ("The next meeting was on Monday.", F, [("Monday", "DATE", "2014-06-09")]),
    # a quarter as the subject of a verb is a fraction of people, not three months
    ("Over half voted yes and almost a quarter abstained.", F, []),
    # a midnight one waits for ends the day; one that passed is its start
    ("The ceasefire expires at midnight.", F, [("midnight", "TIME", "2014-06-13T24:00")]),
    ("Voting went on until shortly before midnight.", F, [("shortly before midnight", "TIME", "2014-06-13T24:00")]),
    ("The fire broke out at midnight.", F, [("midnight", "TIME", "2014-06-13T00:00")]),
    # an infinitive on a noun tells what is to come ("talks to begin on Tuesday"), not after "the first"
    (
        "The two-day talks to begin on Tuesday will focus on trade.",
        F,
        [("two-day", "DURATION", "P2D"), ("Tuesday", "DATE", "2014-06-17")],
    ),
    ("She was the first woman to win the race on Sunday.", F, [("Sunday", "DATE", "2014-06-08")]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "ref", "expected"), ROWS)
def test_fresh_news_kinds_table(nlp, sentence, ref, expected):
    got = [(t.text, t.type, t.value) for t in normalize(nlp(sentence), ref)]
    assert got == expected
