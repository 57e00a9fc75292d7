"""Kinds found on fresh news (issues 16 and 17, item 3): a weekday under a present verb of need, a
possessive weekday of a contest one heads into, a participle on a noun told in the present, movable
holidays with "in <year>" and "N,000 years ago". Sentences of our own writing."""

from datetime import date

import pytest

from timeline.temporal import normalize

F = date(2014, 6, 13)  # a Friday

ROWS = [
    # a present verb of need points ahead, to the day it is needed on; told in the past it stays behind
    ("Leeds need a draw at Derby on Tuesday to go up.", F, [("Tuesday", "DATE", "2014-06-17")]),
    ("The champions need a point from Sunday's match in Turin.", F, [("Sunday", "DATE", "2014-06-15")]),
    ("Lille need to win on Saturday to avoid relegation.", F, [("Saturday", "DATE", "2014-06-14")]),
    ("Leeds needed a draw at Derby on Tuesday.", F, [("Tuesday", "DATE", "2014-06-10")]),
    # one heads into a contest still to come
    ("The leaders head into Sunday's last round two shots clear.", F, [("Sunday", "DATE", "2014-06-15")]),
    # one warms up or gears up for a contest still to come, whatever the tense; one turns to it
    (
        "Porto geared up for Thursday's semifinal with a 3-1 win at Braga on Sunday.",
        F,
        [("Thursday", "DATE", "2014-06-19"), ("Sunday", "DATE", "2014-06-08")],
    ),
    (
        "The league leaders now turn their attention to Saturday's final.",
        F,
        [("now", "DATE", "PRESENT_REF"), ("Saturday", "DATE", "2014-06-14")],
    ),
    # (what one reacts to, or needs to forget, has happened)
    ("The coach reacts to Tuesday's defeat.", F, [("Tuesday", "DATE", "2014-06-10")]),
    ("The squad needs to put Monday's loss behind it.", F, [("Monday", "DATE", "2014-06-09")]),
    # a participle on a noun told in the present: what the clause schedules
    ("The congress starting on Monday gathers 300 delegates in Lima.", F, [("Monday", "DATE", "2014-06-16")]),
    ("The congress starting on Monday gathered 300 delegates in Lima.", F, [("Monday", "DATE", "2014-06-09")]),
    # a movable holiday with "in <year>" falls on its day of that year
    (
        "The mall closed early on Thanksgiving Day in 1998.",
        F,
        [("Thanksgiving Day", "DATE", "1998-11-26"), ("1998", "DATE", "1998")],
    ),
    # a day that qualifies a noun takes the year written after the noun; a harm named by a feast has happened
    (
        "Two men were convicted over the New Year's Eve attack in 1997.",
        date(2003, 12, 1),
        [("New Year's Eve", "DATE", "1997-12-31"), ("1997", "DATE", "1997")],
    ),
    (
        "Relatives remembered the Christmas Day earthquake.",
        date(2003, 12, 1),
        [("Christmas Day", "DATE", "2002-12-25")],
    ),
    # (harm feared, not told as one that happened: still ahead)
    ("Police were on alert for Christmas attacks.", date(2003, 12, 1), [("Christmas", "DATE", "2003-12-25")]),
    # thousands of years ago: a year before Christ
    ("The city was founded 2,700 years ago.", F, [("2,700 years ago", "DATE", "BC0687")]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "ref", "expected"), ROWS)
def test_need_ahead_kinds(nlp, sentence, ref, expected):
    got = [(t.text, t.type, t.value) for t in normalize(nlp(sentence), ref)]
    assert got == expected
