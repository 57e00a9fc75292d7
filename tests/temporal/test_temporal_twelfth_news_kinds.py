"""Kinds of temporal expression read in fresh news-silver articles against `timeline dates` (issue 17,
helper h42timex): a streak counted by its last unit ("for the third straight year"); the story's day
as a stretch ("during the day", "the day's biggest loser"); a sports season under way ("this
season"); a market session by its part of the day ("in morning trade")."""

from datetime import date

import pytest

from timeline.temporal import normalize

W = date(2009, 3, 18)  # a Wednesday

STREAK = [
    # "for" a streak counted by its last unit is how long it has gone on (TimeML: a DURATION, as
    # "for three straight years" is), with the ordinal's count
    ("Exports shrank for the fifth straight month.", W, [("the fifth straight month", "DURATION", "P5M")]),
    (
        "The club missed the playoffs for a third consecutive year.",
        W,
        [("a third consecutive year", "DURATION", "P3Y")],
    ),
    (
        "The bank posted a loss for the 12th successive quarter.",
        W,
        [("the 12th successive quarter", "DURATION", "P36M")],
    ),
    ("Ferries stayed in port for the second day running.", W, [("the second day running", "DURATION", "P2D")]),
    (
        "The singer topped the chart for the fourth week in a row on Sunday.",
        W,
        [("the fourth week in a row", "DURATION", "P4W"), ("Sunday", "DATE", "2009-03-15")],
    ),
    # (not without "for": which month it was, not how long; nor a plain ordinal of a unit)
    ("It was the third straight month that sales fell.", W, []),
    ("The talks ended on the second day of the summit.", W, []),
]

STORY_DAY = [
    # "the day" as a stretch the story is on: the day the paragraph names, else the article's
    (
        "The index swung between gains and losses during the day and closed flat.",
        W,
        [("the day", "DATE", "2009-03-18")],
    ),
    ("Voting was brisk throughout the day in the capital.", W, [("the day", "DATE", "2009-03-18")]),
    ("The miner was the day's biggest loser.", W, [("the day", "DATE", "2009-03-18")]),
    ("The visitors ended the day two wickets down.", W, [("the day", "DATE", "2009-03-18")]),
    (
        "The minister arrived in Lima on Monday and spent the day with flood victims.",
        W,
        [("Monday", "DATE", "2009-03-16"), ("the day", "DATE", "2009-03-16")],
    ),
    ("Copper held steady for most of the day.", W, [("the day", "DATE", "2009-03-18")]),
    # (not a day named otherwise, nor the idiom)
    ("He was abroad on the day of the fire.", W, []),
    ("At the end of the day, voters decide.", W, []),
    ("Fishermen waited for the day when the ban would end.", W, []),
    ("During the day Tuesday, crews cleared the road.", W, [("Tuesday", "DATE", "2009-03-17")]),
]

SEASON_NOW = [
    # "this season" is the season under way, as "last season" is PAST_REF and "next season" FUTURE_REF
    ("The striker has netted nine goals this season.", W, [("this season", "DATE", "PRESENT_REF")]),
    ("Ticket sales for this season's opener were slow.", W, [("this season", "DATE", "PRESENT_REF")]),
    (
        "The current season closes in May.",
        W,
        [("The current season", "DATE", "PRESENT_REF"), ("May", "DATE", "2009-05")],
    ),
    ("She won twice last season.", W, [("last season", "DATE", "PAST_REF")]),
    # (a calendar season stays one)
    ("The lake froze this winter.", W, [("this winter", "DATE", "2009-WI")]),
]

SESSION_PART = [
    # a market's session named by its part of the day is that part of the story's day
    ("Bank shares led the gains in morning trade.", W, [("morning", "TIME", "2009-03-18TMO")]),
    ("The euro slipped in Tokyo afternoon trading.", W, [("afternoon", "TIME", "2009-03-18TAF")]),
    (
        "The index shed 12 points by the close of the morning session.",
        W,
        [("the morning", "TIME", "2009-03-18TMO")],
    ),
    (
        "Tin rose 2 percent at the close of morning trade Monday.",
        W,
        [("morning", "TIME", "2009-03-16TMO"), ("Monday", "DATE", "2009-03-16")],
    ),
    # (the morning after a night the text gave is the next day's)
    (
        "Stocks slid overnight in New York.\n\nThe index fell 1 percent at the end of the morning session.",
        W,
        [("overnight", "TIME", "2009-03-17TNI"), ("the morning", "TIME", "2009-03-18TMO")],
    ),
    # (a day awaited later in the sentence is not the session's)
    (
        "The index was flat at the end of morning trade ahead of trade figures due on Friday.",
        W,
        [("morning", "TIME", "2009-03-18TMO"), ("Friday", "DATE", "2009-03-20")],
    ),
    # (not a part of the day on another noun)
    ("The morning newspapers carried the story.", W, []),
]

LATER_AFTER_AND = [
    # "N units later" opening a clause joined by "and" counts from the date told before it
    (
        "The mine opened in 1971, and six years later it flooded.",
        W,
        [("1971", "DATE", "1971"), ("six years later", "DATE", "1977")],
    ),
    # (the second number of a range stays a length)
    (
        "The ship sailed on June 2 and docked between two and three days later.",
        W,
        [("June 2", "DATE", "2008-06-02"), ("two", "DURATION", "P2D"), ("three days", "DURATION", "P3D")],
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize("sentence, ref, expected", STREAK + STORY_DAY + SEASON_NOW + SESSION_PART + LATER_AFTER_AND)
def test_twelfth_news_kinds_table(nlp, sentence, ref, expected):
    got = [(t.text, t.type, t.value) for t in normalize(nlp(sentence), ref)]
    assert got == expected
