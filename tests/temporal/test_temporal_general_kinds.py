"""General English kinds the TimeML guidelines cover (issue 17, third session), each checked on
sentences of our own: every expression of the sentence, with its extent, TIMEX3 type and value."""

from datetime import date

import pytest

from timeline.temporal import normalize

D = date(2016, 12, 23)  # a Friday
F = date(1998, 2, 13)  # a Friday, early in the year

ROWS = [
    # a recurrence with its period: a SET of that length, not a DURATION
    ("The games are held every four years.", D, [("every four years", "SET", "P4Y")]),
    ("A patrol passes every 15 minutes.", D, [("every 15 minutes", "SET", "PT15M")]),
    (
        "Inspectors visit every couple of weeks and auditors every few months.",
        D,
        [("every couple of weeks", "SET", "P2W"), ("every few months", "SET", "PXM")],
    ),
    ("The survey is repeated every two decades.", D, [("every two decades", "SET", "P20Y")]),
    # a clock time "on" a date belongs to that date
    ("Bids close at 5 p.m. on April 2.", F, [("5 p.m. on April 2", "TIME", "1998-04-02T17:00")]),
    # the participle of an absolute clause takes the tense of the clause it hangs on
    (
        "The ferry will run daily, with a second boat sailing from June 1.",
        F,
        [("daily", "SET", "P1D"), ("June 1", "DATE", "1998-06-01")],
    ),
    # ... and a past participle modifying a noun keeps its own time
    (
        "Holders would get cash under terms announced Tuesday.",
        F,
        [("Tuesday", "DATE", "1998-02-10")],
    ),
    # the quarter an earnings report compares with, a year back, in one extent
    (
        "Net fell in the second quarter from the comparable period last year.",
        date(2017, 8, 2),
        [("the second quarter", "DATE", "2017-Q2"), ("the comparable period last year", "DATE", "2016-Q2")],
    ),
    (
        "Revenue rose in the fourth quarter; for the quarter a year earlier it had fallen.",
        date(2018, 2, 7),
        [("the fourth quarter", "DATE", "2017-Q4"), ("the quarter a year earlier", "DATE", "2016-Q4")],
    ),
    (
        "Margins were thinner than in last year's quarter.",
        date(2018, 5, 3),
        [("last year's quarter", "DATE", "2017-Q1")],
    ),
    # the latest year is the last one completed; "the current year" keeps its article
    ("Revenue doubled in the latest fiscal year.", date(2017, 8, 2), [("the latest fiscal year", "DATE", "2016")]),
    ("Output will grow in the current year.", D, [("the current year", "DATE", "2016")]),
    # two days of one month: the second is a date of its own, with the month (and year) of the pair
    (
        "The summit meets on June 11 and 12.",
        D,
        [("June 11", "DATE", "2017-06-11"), ("12", "DATE", "2017-06-12")],
    ),
    (
        "Talks ran from Oct. 6 to 9, 2015, in Geneva.",
        D,
        [("Oct. 6", "DATE", "2015-10-06"), ("9, 2015", "DATE", "2015-10-09")],
    ),
    # ... but not a number that counts something
    (
        "The index fell on March 3 and 4 percent on Friday.",
        D,
        [("March 3", "DATE", "2016-03-03"), ("Friday", "DATE", "2016-12-23")],
    ),
    # the military clock with its zone is a time of day (a conversion in brackets is not: see the tuning kinds)
    ("Fighting resumed at 0545 GMT.", D, [("0545 GMT", "TIME", "2016-12-23T05:45")]),
    ("The talks will begin at 0900 UTC on Tuesday.", D, [("0900 UTC on Tuesday", "TIME", "2016-12-27T09:00")]),
    # "the month before last": two units back
    ("Turnout was higher the month before last.", D, [("the month before last", "DATE", "2016-10")]),
    # days counted from Easter, and the day after Thanksgiving
    ("Protests began on Ash Wednesday.", date(2017, 3, 10), [("Ash Wednesday", "DATE", "2017-03-01")]),
    ("Crowds gathered on Palm Sunday.", date(2018, 4, 10), [("Palm Sunday", "DATE", "2018-03-25")]),
    ("Retailers expect record sales on Black Friday.", date(2018, 11, 1), [("Black Friday", "DATE", "2018-11-23")]),
    # "the 1700s" is a century; "the 2000s" stays a decade
    ("The canal was dug in the 1700s.", D, [("the 1700s", "DATE", "17")]),
    ("Sales boomed in the 2000s.", D, [("the 2000s", "DATE", "200")]),
    # recurring weekends and parts of the day
    ("The museum is closed on weekends.", D, [("weekends", "SET", "XXXX-WXX-WE")]),
    ("He trains in the mornings.", D, [("the mornings", "SET", "XXXX-XX-XXTMO")]),
    # a part of "the week" is this week; "the week" alone keeps TimeBank's unsaid week
    (
        "A decision is expected by the end of the week.",
        date(2018, 3, 14),
        [("the end of the week", "DATE", "2018-W11")],
    ),
    ("Trading was thin for the week.", date(2018, 3, 14), [("the week", "DATE", "2018-WXX")]),
    # a newspaper called a daily, a fraction called a quarter: nothing temporal
    ("He writes for a national daily.", D, []),
    ("The Daily Mail reported it first.", D, []),
    ("Almost a quarter of the staff left.", D, []),
    ("The firm posted two quarters of losses.", D, [("two quarters", "DURATION", "P6M")]),
    # the stretch of time ahead, and a day left unsaid
    ("Prices may rise in the months ahead.", D, [("the months ahead", "DURATION", "PXM")]),
    ("The bond will be repaid at a later date.", D, [("a later date", "DATE", "FUTURE_REF")]),
    # a season pointing back at the year (or month) given before
    (
        "The bridge opened in June 2004, and the following winter it cracked.",
        D,
        [("June 2004", "DATE", "2004-06"), ("the following winter", "DATE", "2004-WI")],
    ),
    (
        "The fund was set up in 2011. That spring it bought its first farm.",
        D,
        [("2011", "DATE", "2011"), ("That spring", "DATE", "2011-SP")],
    ),
    (
        "She recorded the album in 2005 after a tour the previous summer.",
        D,
        [("2005", "DATE", "2005"), ("the previous summer", "DATE", "2004-SU")],
    ),
    # ... and "that" opening a clause is no determiner
    ("Experts said that spring floods were likely.", D, []),
    # bare plural units after "in": a length, vague in its number
    ("Rates fell to their lowest level in years.", D, [("years", "DURATION", "PXY")]),
    ("A ruling is expected in days.", D, [("days", "DURATION", "PXD")]),
    # ... but not "in years past"
    ("In years past the square was a market.", D, []),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "ref", "expected"), ROWS)
def test_general_kinds_table(nlp, sentence, ref, expected):
    got = [(t.text, t.type, t.value) for t in normalize(nlp(sentence), ref)]
    assert got == expected
