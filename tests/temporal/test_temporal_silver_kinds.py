"""Kinds of temporal expression found reading news-silver articles no rule had been tuned on
(issue 17, lines 1201-1300): every expression of each sentence, with its extent, TIMEX3 type and value."""

from datetime import date

import pytest

from timeline.temporal import normalize

W = date(2018, 3, 14)  # a Wednesday
N = date(2005, 11, 8)  # a Tuesday

ROWS = [
    # the second day of a range keeps its month in a clause a speaker told, on the article's day or not
    (
        "The talks will run from June 9 to 11, a spokesman said on Wednesday.",
        W,
        [("June 9", "DATE", "2018-06-09"), ("11", "DATE", "2018-06-11"), ("Wednesday", "DATE", "2018-03-14")],
    ),
    (
        "Polls open on April 3 and 4, the commission said Monday.",
        W,
        [("April 3", "DATE", "2018-04-03"), ("4", "DATE", "2018-04-04"), ("Monday", "DATE", "2018-03-12")],
    ),
    # the decimals of an exchange rate are no years, nor is the second figure of a range of rates
    (
        "The yen was quoted at 1.2040-2045 to the dollar late on Tuesday.",
        W,
        [("late on Tuesday", "TIME", "2018-03-13TNI")],
    ),
    ("Bids ranged from 1.1985 to 1.1999 dollars.", W, []),
    # (a range of years is still two years)
    ("Prices doubled between 1995-2000.", W, [("1995", "DATE", "1995"), ("2000", "DATE", "2000")]),
    # a time of day with no day is not on a later day of the sentence in the possessive: that day is its noun's
    (
        "Shares stood 2 percent higher at noon, above Friday's close.",
        W,
        [("noon", "TIME", "2018-03-14T12:00"), ("Friday", "DATE", "2018-03-09")],
    ),
    (
        "The index fell at 3 p.m. on Monday after Friday's rally.",
        W,
        [("3 p.m. on Monday", "TIME", "2018-03-12T15:00"), ("Friday", "DATE", "2018-03-09")],
    ),
    # a day written on a happening nobody schedules has happened, even when its month is just ahead
    ("Aid for victims of the Dec. 26 earthquake is still arriving.", N, [("Dec. 26", "DATE", "2004-12-26")]),
    ("The families of the April 30 ambush victims met the minister.", W, [("April 30", "DATE", "2017-04-30")]),
    # (an election is planned: its day ahead stays ahead)
    (
        "Campaigning for the Dec. 4 election starts today.",
        N,
        [("Dec. 4", "DATE", "2005-12-04"), ("today", "DATE", "2005-11-08")],
    ),
    # "the year 2000" is one date, not the article's year and then a year
    ("Some 90,000 babies were born in the year 1998.", W, [("the year 1998", "DATE", "1998")]),
    ("Output has grown since year 2001.", W, [("year 2001", "DATE", "2001")]),
    # a part of a year named by its relation to the article's is one date
    ("Imports fell in the first half of last year.", W, [("the first half of last year", "DATE", "2017-H1")]),
    (
        "The plant should open in the third quarter of next year.",
        W,
        [("the third quarter of next year", "DATE", "2019-Q3")],
    ),
    ("Growth slowed in the second half of this year.", N, [("the second half of this year", "DATE", "2005-H2")]),
    # "following" before a day's happening is a preposition, not "the following Friday"
    ("Calm has returned following Tuesday's clashes.", W, [("Tuesday", "DATE", "2018-03-13")]),
    (
        "The talks broke down on March 2 and resumed the following Monday's session.",
        W,
        [("March 2", "DATE", "2018-03-02"), ("the following Monday", "DATE", "2018-03-05")],
    ),
    # the month a commodity is traded for has not gone by, whatever the price did
    ("Copper for March delivery slipped 2 percent.", W, [("March", "DATE", "2018-03")]),
    ("Gas for delivery in January lost 4 cents.", N, [("January", "DATE", "2006-01")]),
    # (a month in which deliveries were made is not one)
    ("Deliveries in October fell 5 percent.", N, [("October", "DATE", "2005-10")]),
    # "one day" as an unsaid time ahead (or, told in the past, behind), not a length
    ("He expects his daughter to be captain one day.", W, [("one day", "DATE", "FUTURE_REF")]),
    ("They hope to return home one day, the refugees said.", W, [("one day", "DATE", "FUTURE_REF")]),
    ("One day she simply stopped writing.", W, [("One day", "DATE", "PAST_REF")]),
    # (a length still: after a verb that measures time, after a preposition)
    ("The visit will take one day.", W, [("one day", "DURATION", "P1D")]),
    ("The strike lasted one day.", W, [("one day", "DURATION", "P1D")]),
    ("The results will be known in one day.", W, [("one day", "DURATION", "P1D")]),
    # an infinitive under "hope" looks ahead as under "plan" (the lemmatizer makes "hopes" "hop")
    ("She hopes to meet the mayor on Friday.", W, [("Friday", "DATE", "2018-03-16")]),
    # a plan in the past perfect may lie either side of the report: "had been expected" is no future
    ("Prices rose more than had been forecast in January.", W, [("January", "DATE", "2018-01")]),
    ("Exports fell faster than had been expected in December.", N, [("December", "DATE", "2004-12")]),
    (
        "Output rose faster than expected in October, the ministry said on Tuesday.",
        N,
        [("October", "DATE", "2005-10"), ("Tuesday", "DATE", "2005-11-08")],
    ),
    # two 24-hour clocks in a range: the second is read too, and the first takes the day after the second
    (
        "The border will stay shut from 6:00 to 18:00 on Saturday.",
        W,
        [("6:00", "TIME", "2018-03-17T06:00"), ("18:00 on Saturday", "TIME", "2018-03-17T18:00")],
    ),
    (
        "The centre is open between 9:30 and 16:00.",
        W,
        [("9:30", "TIME", "2018-03-14T09:30"), ("16:00", "TIME", "2018-03-14T16:00")],
    ),
    # "everyday" as an adverb is every day; as an adjective it is nothing temporal
    (
        "Buses run everyday, the company said on Monday.",
        W,
        [("everyday", "SET", "P1D"), ("Monday", "DATE", "2018-03-12")],
    ),
    ("Prices of everyday goods rose.", W, []),
    # an elapsed time before a day is no clock time: its minutes and seconds are not "hh:mm"
    (
        "She won the marathon in 2:19:12 on Sunday.",
        W,
        [("2:19:12", "DURATION", "PT2H19M12S"), ("Sunday", "DATE", "2018-03-11")],
    ),
    # the second day of a range before a noun, before "within", after a month with no space
    (
        "Delegates gather for the June 4-6 conference.",
        W,
        [("June 4", "DATE", "2018-06-04"), ("6", "DATE", "2018-06-06")],
    ),
    (
        "Roads close from May 9 to 12 within the city.",
        W,
        [("May 9", "DATE", "2018-05-09"), ("12", "DATE", "2018-05-12")],
    ),
    ("The fair is set for Oct.2 to 4.", W, [("Oct.2", "DATE", "2018-10-02"), ("4", "DATE", "2018-10-04")]),
    # "is set for", "are slated for": a schedule ahead
    ("Talks are slated for January.", W, [("January", "DATE", "2019-01")]),
    # a gerund under a verb that looks ahead looks ahead too
    ("Nothing will keep them from marching on Saturday.", W, [("Saturday", "DATE", "2018-03-17")]),
    # (under a past verb it stays behind)
    ("He was detained after landing in Cairo on Monday.", W, [("Monday", "DATE", "2018-03-12")]),
    # "the week ended March 10" is one date, the week holding that day
    ("Mortgage rates rose in the week ending Jan. 12.", W, [("the week ending Jan. 12", "DATE", "2018-W02")]),
    # (not a gerund after "after": what it tells came first; nor a hope held in the past perfect)
    (
        "He will rest on Monday after campaigning in the north on Sunday.",
        date(2018, 3, 11),
        [("Monday", "DATE", "2018-03-12"), ("Sunday", "DATE", "2018-03-11")],
    ),
    ("The party had hoped for a win in the Sunday vote.", W, [("Sunday", "DATE", "2018-03-11")]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "ref", "expected"), ROWS)
def test_silver_kinds_table(nlp, sentence, ref, expected):
    got = [(t.text, t.type, t.value) for t in normalize(nlp(sentence), ref)]
    assert got == expected
