"""Kinds of temporal expression found reading news-silver articles no rule had been tuned on
(issue 17, lines 501-600): every expression of each sentence, with its extent, TIMEX3 type and value."""

from datetime import date

import pytest

from timeline.temporal import normalize

N = date(2007, 11, 21)  # a Wednesday
F = date(2007, 2, 9)  # a Friday

QUARTERS = [
    # a quarter (or half) named by its months, or by the month that ends it
    ("Earnings doubled in the July-to-September period.", N, [("the July-to-September period", "DATE", "2007-Q3")]),
    ("Exports slipped in the April-June quarter.", N, [("the April-June quarter", "DATE", "2007-Q2")]),
    ("Rents climbed in Perth in the June quarter.", N, [("the June quarter", "DATE", "2007-Q2")]),
    (
        "The carrier lost money in the October-December quarter.",
        F,
        [("the October-December quarter", "DATE", "2006-Q4")],
    ),
    ("Margins widened in the January-June half.", N, [("the January-June half", "DATE", "2007-H1")]),
    # (months that make no quarter stay two months; a month that ends none names no quarter)
    (
        "Sales rose in the January-September period.",
        N,
        [("January", "DATE", "2007-01"), ("September", "DATE", "2007-09")],
    ),
]

RANGES = [
    # the year written once, at the end of a range of two dates, is the first date's too
    (
        "The camp was shelled from October 3 to October 5, 1993.",
        N,
        [("October 3", "DATE", "1993-10-03"), ("October 5, 1993", "DATE", "1993-10-05")],
    ),
    (
        "Inspectors visited between Feb. 2 and March 14, 1999.",
        N,
        [("Feb. 2", "DATE", "1999-02-02"), ("March 14, 1999", "DATE", "1999-03-14")],
    ),
    # (a range over a new year starts in the year before)
    (
        "The strike lasted from Dec. 20 to Jan. 6, 2002.",
        N,
        [("Dec. 20", "DATE", "2001-12-20"), ("Jan. 6, 2002", "DATE", "2002-01-06")],
    ),
]

COMMA_DAY = [
    # a day set off from its month by a comma, with the year after, is still that day of that year
    (
        "The envoys first met on February, 6, 1996 in a hotel outside Geneva.",
        N,
        [("February, 6, 1996", "DATE", "1996-02-06")],
    ),
    # (a count after a month and a comma is no day)
    ("In February, 6 people died in the floods.", N, [("February", "DATE", "2007-02")]),
]

YEARS = [
    # a year before a happening told in the plural dates it; a count before other plurals does not
    ("Hundreds were hurt in the 2005 riots.", N, [("2005", "DATE", "2005")]),
    ("Nobody was tried for the 1999 bombings.", N, [("1999", "DATE", "1999")]),
    ("The 1800 soldiers went home.", N, []),
    ("Police counted some 2000 protests.", N, []),
]

ROUNDS = [
    # a quarter-final is a round of a contest
    ("Chelsea reached the quarter-finals.", N, []),
    ("She was beaten in the quarter final on clay.", N, []),
]

AHEAD = [
    # a day written right after the noun that is looked ahead to is that noun's
    ("The minister spoke ahead of the vote Thursday.", N, [("Thursday", "DATE", "2007-11-22")]),
    ("Leaders met ahead of a summit Friday of Gulf states.", N, [("Friday", "DATE", "2007-11-23")]),
    # (with "on" the day may be the verb's: as before)
    ("The minister spoke ahead of the vote on Monday.", N, [("Monday", "DATE", "2007-11-19")]),
]

TAKEN_PART = [
    # a dated vote that was boycotted, won or voted in has taken place
    ("The opposition boycotted the January 8 poll.", date(2007, 12, 20), [("January 8", "DATE", "2007-01-08")]),
    ("The opposition boycotted the February 25 poll.", N, [("February 25", "DATE", "2007-02-25")]),
    ("Few voted in the December 3 referendum.", N, [("December 3", "DATE", "2006-12-03")]),
    # (not one that was put off or is hoped for)
    ("The council postponed the December 3 referendum.", N, [("December 3", "DATE", "2007-12-03")]),
    ("The party hopes to win the December 3 referendum.", N, [("December 3", "DATE", "2007-12-03")]),
]


CALLED_FOR = [
    # a happening announced or called "for" a day is to be held then
    ("A general strike was announced for Monday.", N, [("Monday", "DATE", "2007-11-26")]),
    ("A vigil has been called for Saturday.", N, [("Saturday", "DATE", "2007-11-24")]),
    # (a bare participle takes its clause's time)
    ("A concert planned for Saturday was called off.", N, [("Saturday", "DATE", "2007-11-17")]),
]

HALF_AN_HOUR = [
    ("The hearing lasted barely half-an-hour.", N, [("half-an-hour", "DURATION", "PT30M")]),
]

ONE_DAY = [
    # "one-day" before cricket's words names its limited-overs format
    ("He made his maiden one-day hundred.", N, []),
    ("India won the one-day series.", N, []),
    ("The union staged a one-day stoppage.", N, [("one-day", "DURATION", "P1D")]),
]

FIRST_HALF = [
    # a hyphenated half standing alone is a match's, unless the sentence tells accounts
    ("The winger was quiet in the first-half.", N, []),
    ("Sales rose in the first-half, the chain said.", N, [("first-half", "DATE", "2007-H1")]),
]

EQUIVALENT = [
    (
        "Output grew in the second quarter over the equivalent period last year.",
        N,
        [("the second quarter", "DATE", "2007-Q2"), ("the equivalent period last year", "DATE", "2006-Q2")],
    ),
]

MONTH_BEFORE = [
    # "the month before" standing alone is the month before the one the text gave
    (
        "Retail sales rose in August, after falling the month before.",
        N,
        [("August", "DATE", "2007-08"), ("the month before", "DATE", "2007-07")],
    ),
]

SCHEDULE = [
    # a base form with a subject of its own is a present the tagger misread: a schedule ahead
    (
        "The Kings and the Jets, who also face Dallas, begin their season against Boston on March 2.",
        N,
        [("March 2", "DATE", "2008-03-02")],
    ),
]


PASSIVE = [
    # an infinitive under a present passive looks ahead, as under a present
    (
        "The inmate, who is sentenced to hang at 06:00 (0300 GMT) Friday, has appealed.",
        N,
        [("06:00", "TIME", "2007-11-23T06:00"), ("Friday", "DATE", "2007-11-23")],
    ),
    ("Every driver is required to stop on Monday.", N, [("Monday", "DATE", "2007-11-26")]),
    # (not a perfect one, nor one told in the past)
    ("He is believed to have fled on Monday.", N, [("Monday", "DATE", "2007-11-19")]),
    ("He was sentenced to hang on Friday.", N, [("Friday", "DATE", "2007-11-16")]),
]


URGED = [
    # the day of what someone was urged or asked to do lies ahead of the urging
    ("The league urged clubs to observe a silence on Saturday.", N, [("Saturday", "DATE", "2007-11-24")]),
    ("Officials asked drivers to avoid the bridge on Friday.", N, [("Friday", "DATE", "2007-11-23")]),
    # (the urging's own day keeps its tense)
    ("The envoy urged calm on Monday.", N, [("Monday", "DATE", "2007-11-19")]),
]


PASSIVE_SCHEDULE = [
    # a present passive with its day is a schedule, like a simple present
    ("The shortlist is published Thursday.", N, [("Thursday", "DATE", "2007-11-22")]),
    ("The book will sell well once the prizes are awarded on Monday.", N, [("Monday", "DATE", "2007-11-26")]),
    # (not a present passive of what was done: "is accused of killing ... on Friday")
    ("He is accused of robbing a bank on Friday.", N, [("Friday", "DATE", "2007-11-16")]),
]


WEEKDAYS_PLURAL = [
    # a weekday in the plural is every such weekday
    ("The museum is free on Tuesdays.", N, [("Tuesdays", "SET", "XXXX-WXX-2")]),
    ("They train Mondays and Thursdays.", N, [("Mondays", "SET", "XXXX-WXX-1"), ("Thursdays", "SET", "XXXX-WXX-4")]),
]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "ref", "expected"),
    QUARTERS
    + RANGES
    + COMMA_DAY
    + YEARS
    + ROUNDS
    + AHEAD
    + TAKEN_PART
    + CALLED_FOR
    + HALF_AN_HOUR
    + ONE_DAY
    + FIRST_HALF
    + EQUIVALENT
    + MONTH_BEFORE
    + SCHEDULE
    + PASSIVE
    + URGED
    + PASSIVE_SCHEDULE
    + WEEKDAYS_PLURAL,
)
def test_fifth_news_kinds_table(nlp, sentence, ref, expected):
    got = [(t.text, t.type, t.value) for t in normalize(nlp(sentence), ref)]
    assert got == expected
