"""Kinds of temporal expression found reading news the rules were never tuned on (issue 17): every
expression of each sentence, with its extent, TIMEX3 type and value."""

from datetime import date

import pytest

from timeline.temporal import normalize

D = date(2016, 12, 23)  # a Friday
W = date(2018, 3, 14)  # a Wednesday

ROWS = [
    # a range of days written with the month once: the second day is a date of its own
    (
        "The summit will be held on Feb. 7-9 in Addis Ababa.",
        D,
        [("Feb. 7", "DATE", "2017-02-07"), ("9", "DATE", "2017-02-09")],
    ),
    (
        "Voting took place March 1–2, officials said.",
        W,
        [("March 1", "DATE", "2018-03-01"), ("2", "DATE", "2018-03-02")],
    ),
    (
        "Ministers gather from May 14 to 16 to draft the accord.",
        W,
        [("May 14", "DATE", "2018-05-14"), ("16", "DATE", "2018-05-16")],
    ),
    # a preposition "following" before a month and day: the day, not the month
    ("Flights were grounded following Oct. 2, the airline said.", D, [("Oct. 2", "DATE", "2016-10-02")]),
    # a date written on a happening nobody schedules looks back, whatever the verb
    (
        "The inquiry should bring to light all behind the Feb. 14 assassination.",
        date(2005, 11, 1),
        [("Feb. 14", "DATE", "2005-02-14")],
    ),
    (
        "Talks on the Dec. 15 election will open soon.",
        date(2005, 11, 1),
        [("Dec. 15", "DATE", "2005-12-15"), ("soon", "DATE", "FUTURE_REF")],
    ),
    # a number that names a resolution, a flight or an article is no year
    ("The council adopted Resolution 1636 after flight 1549 landed.", D, []),
    ("Article 1002 of the code was changed in 2004.", D, [("2004", "DATE", "2004")]),
    # an age is no length, even in a range
    ("Girls between nine and twelve years old took part.", W, []),
    ("Boys aged 6 to 10 years old were vaccinated.", D, []),
    # "B.C" without its last dot is still before Christ
    ("The temple was built in the 6th century B.C by traders.", W, [("the 6th century B.C", "DATE", "BC05")]),
    # compound adjectives and fractions are not durations
    ("Exports showed a year-on-year fall of 3 percent.", D, []),
    ("Output grew 5 percent year-over-year in March.", W, [("March", "DATE", "2018-03")]),
    ("Roughly a quarter of Chile's copper goes to China.", D, []),
    ("Almost a quarter of young voters backed him.", W, []),
    # adjectives between a number and its unit
    (
        "The index fell for five consecutive sessions and four straight weeks.",
        D,
        [("four straight weeks", "DURATION", "P4W")],
    ),
    ("Talks went on for two full days.", W, [("two full days", "DURATION", "P2D")]),
    # race times with hundredths are elapsed times
    ("He clocked 3:31.56 in the final.", D, [("3:31.56", "DURATION", "PT3M31.56S")]),
    # the financial year, like the fiscal one
    ("Profits doubled in the last financial year.", W, [("the last financial year", "DATE", "2017")]),
    # a named day's midnight ends that day, on whichever side the day is written (TimeML T24:00)
    ("The ultimatum ran out at Thursday midnight.", D, [("Thursday midnight", "TIME", "2016-12-22T24:00")]),
    ("Bids will close at midnight Monday.", W, [("midnight Monday", "TIME", "2018-03-19T24:00")]),
    ("Trading was halted at Tuesday noon.", W, [("Tuesday noon", "TIME", "2018-03-13T12:00")]),
    # a day without a year on which something happened, told in the simple past, lies before the
    # article; a day set, reported or payable may lie ahead
    ("On Feb. 2, a cargo plane crashed near the airport.", D, [("Feb. 2", "DATE", "2016-02-02")]),
    ("Gunmen stormed the hotel Jan. 5, police said.", D, [("Jan. 5", "DATE", "2016-01-05")]),
    ("The vote was set for Jan. 5.", D, [("Jan. 5", "DATE", "2017-01-05")]),
    ("The board declared a dividend payable Feb. 10.", D, [("Feb. 10", "DATE", "2017-02-10")]),
    # (unless a noun stands between: "flew out for the Cup in Lagos on Jan. 3" may give the Cup's day)
    ("The team flew out for the Cup in Lagos on Jan. 3.", D, [("Jan. 3", "DATE", "2017-01-03")]),
    # "by" before a day in a passive past clause is when a state was reached, not a deadline ahead
    ("By Nov. 30, most of the ballots were counted.", D, [("Nov. 30", "DATE", "2016-11-30")]),
    ("The wreck was cleared by Monday.", W, [("Monday", "DATE", "2018-03-12")]),
    ("The forms must be returned by Monday.", W, [("Monday", "DATE", "2018-03-19")]),
    ("Voting can start if the ballots are printed by Monday.", W, [("Monday", "DATE", "2018-03-19")]),
    ("Voting could start if the ballots were printed by Monday.", W, [("Monday", "DATE", "2018-03-19")]),
    # "last year", "next year" after a day are part of it
    ("The dam burst on March 9 last year.", W, [("March 9 last year", "DATE", "2017-03-09")]),
    ("The law takes effect on 1 July next year.", D, [("1 July next year", "DATE", "2017-07-01")]),
    # a range of months with the year written once, after the second
    (
        "He led the bank from May to November 2011.",
        D,
        [("May", "DATE", "2011-05"), ("November 2011", "DATE", "2011-11")],
    ),
    (
        "Prices rose between February and April 2014.",
        W,
        [("February", "DATE", "2014-02"), ("April 2014", "DATE", "2014-04")],
    ),
    ("It fell in March and rose in April 2005.", D, [("March", "DATE", "2016-03"), ("April 2005", "DATE", "2005-04")]),
    # an infinitive under a future verb is as far ahead as it ("will begin to arrive on Tuesday")
    ("Monitors will begin to arrive on Tuesday.", D, [("Tuesday", "DATE", "2016-12-27")]),
    ("Monitors began to arrive on Tuesday.", D, [("Tuesday", "DATE", "2016-12-20")]),
    # the verb "last" is not the adjective: "will last a week" is "a week"
    ("The hearings will last a week.", W, [("a week", "DURATION", "P1W")]),
    # "6.30 p.m.", as British papers write it, is a clock time
    ("Kick-off was moved to 7.45 p.m. on Saturday.", D, [("7.45 p.m. on Saturday", "TIME", "2016-12-24T19:45")]),
    # "and a half" between the number and its unit
    ("The tunnel will take three and a half years to dig.", W, [("three and a half years", "DURATION", "P3Y6M")]),
    # "a day-night match" is no length of time
    ("The final is a day-night match in Durban.", D, []),
    ("Talks are expected to last at least a month.", D, [("at least a month", "DURATION", "P1M")]),
    # "the 1956-2000 period" is the years, not a quarter ("period" is neither year's)
    ("Rainfall dropped in the 1971-2000 period.", W, [("1971", "DATE", "1971"), ("2000", "DATE", "2000")]),
    # an adjectival length without its hyphen leaves the article out, as with it
    ("Peace ended the 12 year war.", D, [("12 year", "DURATION", "P12Y")]),
    ("The two years since were calm.", D, [("The two years", "DURATION", "P2Y")]),
    # "kilowatt-hours", "man-days" are units of energy and of work
    ("The plant will generate 90 million kilowatt-hours a year.", W, []),
    # a leave granted "until" a day lies ahead of the granting, in the past perfect too
    ("The council had approved the hunt until the end of February.", D, [("the end of February", "DATE", "2017-02")]),
    ("Residents were given until March to leave.", D, [("March", "DATE", "2017-03")]),
    # titles and names are no times: "coach of the year", "the Spring Festival"
    ("The goalkeeper was voted footballer of the year.", D, []),
    ("She was named rookie of the year in 2015.", W, [("2015", "DATE", "2015")]),
    ("It was the coldest day of the year.", D, [("the year", "DATE", "2016")]),
    # the one happening called the greatest of its time: "the trial of the century"
    ('Newspapers hailed the hearing as "the trial of the century".', D, []),
    ("Critics called the merger the deal of the century.", W, []),
    ("The bridge will be finished by the turn of the century.", W, [("the century", "DATE", "20")]),
    ("Tickets sell out before the Spring Festival rush.", W, []),
    ("He swam at the Summer Olympics in Rio.", D, []),
    ("Last Summer President Lee toured the region.", W, [("Last Summer", "DATE", "2017-SU")]),
    # "in the morning" with no day of its own is the story's day: the one given before, else the article's
    ("Share prices slid in the afternoon.", D, [("the afternoon", "TIME", "2016-12-23TAF")]),
    (
        "Rebels shelled the port on Sunday.\n\nIn the morning the ferries stayed in harbour.",
        W,
        [("Sunday", "DATE", "2018-03-11"), ("the morning", "TIME", "2018-03-11TMO")],
    ),
    # ("4 in the morning" stays a clock time)
    ("The plane left at 4 in the morning.", D, [("4 in the morning", "TIME", "2016-12-23T04:00")]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "ref", "expected"), ROWS)
def test_heldout_kinds_table(nlp, sentence, ref, expected):
    got = [(t.text, t.type, t.value) for t in normalize(nlp(sentence), ref)]
    assert got == expected
