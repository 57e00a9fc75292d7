"""Kinds of temporal expression found reading news-silver articles no rule had been tuned on
(issue 17, lines 401-500 and 1501-1530): every expression of each sentence, with its extent, TIMEX3
type and value."""

from datetime import date

import pytest

from timeline.temporal import normalize

W = date(2009, 9, 16)  # a Wednesday
M = date(2009, 9, 14)  # a Monday

ROWS = [
    # half a unit is half its length
    ("The hearing was suspended for almost half an hour.", W, [("almost half an hour", "DURATION", "PT30M")]),
    ("Voters queued for half a day in the heat.", W, [("half a day", "DURATION", "PT12H")]),
    ("He gave a fiery half-hour speech.", W, [("half-hour", "DURATION", "PT30M")]),
    ("The repairs took half a month.", W, [("half a month", "DURATION", "P15D")]),
    # ("half a century" stays the century rule's; "half-year" results are a half of the year)
    ("The feud lasted half a century.", W, [("half a century", "DURATION", "P50Y")]),
    # a count of units in each longer unit is a recurrence, not a length of time
    ("The bakery opens six days a week.", W, [("six days a week", "SET", "P1W")]),
    ("Cameras film the square 24 hours a day.", W, [("24 hours a day", "SET", "P1D")]),
    ("Staff work three nights per week.", W, [("three nights per week", "SET", "P1W")]),
    # a clock time takes the day said after it, with its part of the day
    ("The suspect was detained at 10.45pm last night.", W, [("10.45pm last night", "TIME", "2009-09-15T22:45")]),
    ("The tremor hit at 4 a.m. this morning.", W, [("4 a.m. this morning", "TIME", "2009-09-16T04:00")]),
    ("Troops left at 6 a.m. Tuesday morning.", W, [("6 a.m. Tuesday morning", "TIME", "2009-09-15T06:00")]),
    # the day a figure is compared with is not the day of the time of day around it
    (
        "By midday the euro traded at 1.4650 dollars, up from 1.4610 on Monday.",
        W,
        [("midday", "TIME", "2009-09-16T12:00"), ("Monday", "DATE", "2009-09-14")],
    ),
    (
        "The index was 0.8 percent higher from Friday at 11 a.m.",
        M,
        [("Friday", "DATE", "2009-09-11"), ("11 a.m.", "TIME", "2009-09-14T11:00")],
    ),
    # (a day the sentence's happening is on still gives its time of day)
    ("The ship docked at 9 p.m. on Monday.", W, [("9 p.m. on Monday", "TIME", "2009-09-14T21:00")]),
    (
        "The plane landed at 9 p.m. in Lagos on Monday.",
        W,
        [("9 p.m.", "TIME", "2009-09-14T21:00"), ("Monday", "DATE", "2009-09-14")],
    ),
    # (a time of day right after a day in the possessive is that day's, though the day is compared with)
    (
        "The yen stood at 92.10, against Tuesday's 5 p.m. level of 91.80.",
        W,
        [("Tuesday", "DATE", "2009-09-15"), ("5 p.m.", "TIME", "2009-09-15T17:00")],
    ),
    # a bare season after a preposition of time
    ("Ministers want a deal before winter.", W, [("winter", "DATE", "2009-WI")]),
    ("The reactor should be running by autumn next year.", W, [("autumn next year", "DATE", "2010-FA")]),
    ("Sales slumped during spring.", W, [("spring", "DATE", "2009-SP")]),
    # (not a name, not a drop)
    ("He spoke after Spring Festival celebrations.", W, []),
    # a speed or a rate with a conversion in brackets between
    ("Gusts hit 90 kilometres (56 miles) an hour.", W, []),
    ("The car was doing 200 km (124 miles) per hour.", W, []),
    # "the period" is a quarter only where one was named before
    ("Supplies will last a week; if the period drags on, rationing starts.", W, [("a week", "DURATION", "P1W")]),
    (
        "Sales rose in the second quarter, and costs for the period fell.",
        date(2009, 8, 5),
        [("the second quarter", "DATE", "2009-Q2"), ("the period", "DATE", "2009-Q2")],
    ),
    # a contest one is favoured or seeded for, told in the present, is ahead (in the past, behind)
    ("Italy are the favourites for Saturday's final.", W, [("Saturday", "DATE", "2009-09-19")]),
    ("Italy were the favourites for Saturday's final.", W, [("Saturday", "DATE", "2009-09-12")]),
    # every two years
    ("The biennial summit opened in Lisbon.", W, [("biennial", "SET", "P2Y")]),
    ("The prize is awarded biennially.", W, [("biennially", "SET", "P2Y")]),
    # the present moment
    ("At this moment we have no comment.", W, [("At this moment", "DATE", "PRESENT_REF")]),
    # a daily or weekly after a noun, with no name after it, is the newspaper
    ("An editor of the business daily was detained.", W, []),
    ("She wrote for a political news weekly for years.", W, [("years", "DURATION", "PXY")]),
    # a weekend that qualifies a happening is that weekend, not a length of two days
    ("Ministers met at a weekend summit in Rome.", W, [("weekend", "DATE", "2009-W37-WE")]),
    ("Unions plan weekend protests in the capital.", W, [("weekend", "DATE", "2009-W38-WE")]),
    ("The talks lasted a weekend.", W, [("a weekend", "DURATION", "P2D")]),
    # a fortnight gone by
    ("Prices have doubled over the past fortnight.", W, [("the past fortnight", "DURATION", "P2W")]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "ref", "expected"), ROWS)
def test_second_news_kinds_table(nlp, sentence, ref, expected):
    got = [(t.text, t.type, t.value) for t in normalize(nlp(sentence), ref)]
    assert got == expected
