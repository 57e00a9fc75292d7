"""Kinds of temporal expression read in the errors of TBAQ's tuning part that are real errors by the
TimeML guidelines (issue 17): every expression of each sentence, with its extent, TIMEX3 type and value.
The sentences are our own."""

from datetime import date

import pytest

from timeline.temporal import normalize

W = date(2008, 9, 17)  # a Wednesday
M = date(2008, 5, 14)  # a Wednesday in spring
D = date(2008, 12, 20)  # a Saturday, five days before Christmas

ROWS = [
    # "last fall" or "next fall" before "in" a place is a season ("the fall in prices" stays a drop)
    ("The mayor resigned last fall in protest.", W, [("last fall", "DATE", "2007-FA")]),
    ("The museum reopens next fall in a new building.", M, [("next fall", "DATE", "2008-FA")]),
    ("The fall in oil prices hurt exporters.", W, []),
    ("Its last fall in value was in May.", W, [("May", "DATE", "2008-05")]),
    # a plural unit before "-long": some of those units
    ("The months-long strike crippled the port.", W, [("months-long", "DURATION", "PXM")]),
    ("A centuries-long tradition ended.", W, [("centuries-long", "DURATION", "PXCE")]),
    ("Their hours-long meeting ended at dawn.", W, [("hours-long", "DURATION", "PTXH")]),
    # a month on a noun after a determiner; an agreement dated by its month was made then
    ("Workers are striking under an April agreement.", W, [("April", "DATE", "2008-04")]),
    ("The firm plans to honour a June agreement with its lenders.", W, [("June", "DATE", "2008-06")]),
    ("Rebels said they broke the July truce.", W, [("July", "DATE", "2008-07")]),
    ("His June Smith biography sold well.", W, []),
    # "recent quarters" like "recent months"; a count of quarters in months
    ("Margins have narrowed in recent quarters.", W, [("recent quarters", "DURATION", "PXM")]),
    ("Output has fallen for a few quarters.", W, [("a few quarters", "DURATION", "PXM")]),
    # hundreds and thousands of years said in words
    ("The well has given water for four hundred years.", W, [("four hundred years", "DURATION", "P400Y")]),
    ("Olive trees have grown here for five thousand years.", W, [("five thousand years", "DURATION", "P5000Y")]),
    # "the past three summers": each of them, not "the past"
    ("Fires have raged in the hills for the past two summers.", W, [("the past two summers", "SET", "XXXX-SU")]),
    ("The river flooded in each of the last four springs.", W, [("the last four springs", "SET", "XXXX-SP")]),
    # "of tomorrow" after a noun is the future at large, no day ("the morning of tomorrow" stays)
    ("The fair shows the homes of tomorrow.", W, []),
    ("The talks resume on the morning of tomorrow.", W, [("tomorrow", "DATE", "2008-09-18")]),
    # the part of the day after "the early hours of <day>" belongs to the expression
    (
        "The rebels attacked in the early hours of Monday morning.",
        W,
        [("the early hours of Monday morning", "TIME", "2008-09-15TMO")],
    ),
    # "last"/"next" before a feast is part of it: the one before, the one after the reference date
    ("They last met last Easter.", W, [("last Easter", "DATE", "2008-03-23")]),
    ("They met last Christmas.", D, [("last Christmas", "DATE", "2007-12-25")]),
    ("The shop opens before next Thanksgiving.", W, [("next Thanksgiving", "DATE", "2008-11-27")]),
    ("The shop will open before next Christmas.", W, [("next Christmas", "DATE", "2008-12-25")]),
    # "or so" after a stretch of time is part of it ("a week or so ago" already was)
    ("Rents have risen in the past century or so.", W, [("the past century or so", "DURATION", "P100Y")]),
    ("The river has moved over the last fifty years or so.", W, [("the last fifty years or so", "DURATION", "P50Y")]),
    ("The truce lasted ten days or so.", W, [("ten days or so", "DURATION", "P10D")]),
    # the first or last stretch of a happening, before "of"
    ("Looters struck in the first days of the blackout.", W, [("the first days", "DURATION", "PXD")]),
    ("The opening weeks of the trial were dull.", W, [("The opening weeks", "DURATION", "PXW")]),
    ("The first days after the flood were hard.", W, [("days", "DURATION", "PXD")]),
    # "today's" before what is settled, done, aired or printed that day is that day (a plural too);
    # before a noun of the present in general ("today's homes") it is no date
    ("Listeners phoned in with answers to today's music quiz.", W, [("today", "DATE", "2008-09-17")]),
    ("Officials welcomed today's settlement with the unions.", W, [("today", "DATE", "2008-09-17")]),
    ("Nobody had read today's papers.", W, [("today", "DATE", "2008-09-17")]),
    ("Such gadgets are common in today's homes.", W, []),
    # "today" opening a sentence before a simple present of state is "these days" (PRESENT_REF);
    # before a past, a progressive, or "be" without a noun subject it is the day
    ("Today, most families own a car.", W, [("Today", "DATE", "PRESENT_REF")]),
    ('"And today we still lack clean water," she said.', W, [("today", "DATE", "PRESENT_REF")]),
    ("But today, the old harbour is a marina.", W, [("today", "DATE", "PRESENT_REF")]),
    ("Today we signed the contract.", W, [("Today", "DATE", "2008-09-17")]),
    ("Today is a good day for the farmers.", W, [("Today", "DATE", "2008-09-17")]),
    ('"Today, I am here to listen," the mayor said.', W, [("Today", "DATE", "2008-09-17")]),
    ("Today we are meeting the minister.", W, [("Today", "DATE", "2008-09-17")]),
    # "soon" is a time ahead, FUTURE_REF (as "recently" is PAST_REF); "any time soon" whole; not the
    # conjunction "as soon as", the signal "soon after", "too soon", nor "soon" in a story told in the past
    ("The bridge will soon reopen to traffic.", W, [("soon", "DATE", "FUTURE_REF")]),
    ("Talks are unlikely to resume any time soon.", W, [("any time soon", "DATE", "FUTURE_REF")]),
    ("Voting ends as soon as the polls close.", W, []),
    ("The strike ended soon after the vote.", W, []),
    ("It is too soon to judge the reform.", W, []),
    ("The rebels soon took the airport.", W, []),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "ref", "expected"), ROWS)
def test_tbaq_tune_kinds_table(nlp, sentence, ref, expected):
    got = [(t.text, t.type, t.value) for t in normalize(nlp(sentence), ref)]
    assert got == expected
