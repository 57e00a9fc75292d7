"""Kinds of temporal expression read in news-silver articles of lines 351-700 against `timeline
dates` (issue 17, helper h39timex2): every expression of each sentence, with its extent, TIMEX3 type
and value."""

from datetime import date

import pytest

from timeline.temporal import normalize

W = date(2007, 5, 16)  # a Wednesday

NEWSPAPER_DAILY = [
    # "daily" that names a newspaper, before its name after "the", or after its name as the subject
    # of a verb or at the end of its noun phrase, is no recurring time
    ("The daily Il Giornale called the vote a defeat.", W, []),
    ("Officials told the daily Le Soir on Tuesday.", W, [("Tuesday", "DATE", "2007-05-15")]),
    ("The Trouw daily Monday reported a new leak.", W, [("Monday", "DATE", "2007-05-14")]),
    ("The Kurier daily cited two ministers.", W, []),
    ("The Gazeta daily found that most voters had doubts.", W, []),
    ("The minister spoke to the Vecer daily.", W, []),
    ("The daily, citing police sources, said the suspect fled.", W, []),
    ("The daily quoting unnamed diplomats said the talks stalled.", W, []),
    ("The mayor told the daily Die Zeit in an interview.", W, []),
    ("Kurier daily, the biggest paper, said so.", W, []),
    # (an adverb or an adjective of frequency stays a SET)
    ("The Palestinians daily endure long waits.", W, [("daily", "SET", "P1D")]),
    ("Israel daily faces rocket fire.", W, [("daily", "SET", "P1D")]),
    ("The Nasdaq daily volume rose.", W, [("daily", "SET", "P1D")]),
    ("Prices are checked daily.", W, [("daily", "SET", "P1D")]),
    ("Pilgrims keep the daily Ramadan fast.", W, [("daily", "SET", "P1D")]),
    (
        "The daily, weekly and monthly charts fell.",
        W,
        [("daily", "SET", "P1D"), ("weekly", "SET", "P1W"), ("monthly", "SET", "P1M")],
    ),
]

NOT_TEMPORAL = [
    # "overnight" on a noun of lending is a kind of rate or loan
    ("The bank cut its overnight interest rates.", W, []),
    ("The overnight lending rate stayed at 4 percent.", W, []),
    ("Troops pulled back overnight.", W, [("overnight", "TIME", "2007-05-15TNI")]),
    # a time word alone in brackets after a name translates the name
    ("He edited the paper Al-Yawm (Today) for years.", W, [("years", "DURATION", "PXY")]),
    ("The Rabi (Spring) movement marched.", W, []),
]

DAY_OF_THE_ACT = [
    # a to-infinitive of pledging that tells what a past verb was done for is made when that verb was
    (
        "The mayor went on radio to promise on Sunday that taxes would fall.",
        W,
        [("Sunday", "DATE", "2007-05-13")],
    ),
    (
        "She went on television to vow late on Monday that she would stay.",
        W,
        [("late on Monday", "TIME", "2007-05-14TNI")],
    ),
    # (under a future it stays ahead; as the object of a verb of expecting, too)
    ("He will go on radio to promise on Sunday a tax cut.", W, [("Sunday", "DATE", "2007-05-20")]),
    ("He is expected to vow on Friday that he will stay.", W, [("Friday", "DATE", "2007-05-18")]),
    # a weekday after a noun of contract is the day of the deal, not a month of delivery
    (
        "The carrier's role in a contract Monday to buy 40 jets drew praise.",
        W,
        [("Monday", "DATE", "2007-05-14")],
    ),
    ("Cocoa for the July contract rose.", W, [("July", "DATE", "2007-07")]),
]

ACT_ON_A_DATED_NOUN = [
    # a day written on a noun in which a verb told as done took place lies before the article, in a
    # simple past or under a bare participle on a noun, also when the sentence is told in the present
    ("The remarks were made in a June 2 speech.", W, [("June 2", "DATE", "2006-06-02")]),
    ("The claims made during a July 9 speech refer to a rival.", W, [("July 9", "DATE", "2006-07-09")]),
    ("The claims made during a July 9 interview were false.", W, [("July 9", "DATE", "2006-07-09")]),
    # (not a day ahead, nor a noun a participle is for)
    ("He will speak at a June 2 rally.", W, [("June 2", "DATE", "2007-06-02")]),
    ("The rules adopted for the June 2 vote require a quorum.", W, [("June 2", "DATE", "2007-06-02")]),
]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "ref", "expected"), NEWSPAPER_DAILY + NOT_TEMPORAL + DAY_OF_THE_ACT + ACT_ON_A_DATED_NOUN
)
def test_eighth_news_kinds_table(nlp, sentence, ref, expected):
    got = [(t.text, t.type, t.value) for t in normalize(nlp(sentence), ref)]
    assert got == expected
