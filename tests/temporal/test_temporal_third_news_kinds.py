"""Kinds of temporal expression found where `timeline dates` and HeidelTime disagree on news-silver
articles no rule had been tuned on (issue 17, lines 1001-1100 and 2001-2050): every expression of
each sentence, with its extent, TIMEX3 type and value."""

from datetime import date

import pytest

from timeline.temporal import normalize

W = date(2009, 9, 16)  # a Wednesday
DEC = date(2009, 12, 28)  # a Monday, days before the year ends

ROWS = [
    # a verb conjoined with one that has an auxiliary shares it: "will ... and sign" is ahead
    ("The minister will visit the dam and open the new turbine hall on Friday.", W, [("Friday", "DATE", "2009-09-18")]),
    (
        "The statue will be cleaned and unveiled on Saturday, the museum said.",
        W,
        [("Saturday", "DATE", "2009-09-19")],
    ),
    ("The strikers would return to work and vote again on Monday.", W, [("Monday", "DATE", "2009-09-21")]),
    # (and one under a past auxiliary is behind, as before)
    ("Two men were detained and questioned on Monday.", W, [("Monday", "DATE", "2009-09-14")]),
    ("The ferry docked and unloaded on Tuesday.", W, [("Tuesday", "DATE", "2009-09-15")]),
    # a gerund under "start", "begin", "keep" is as far ahead as that verb
    ("Workers will start dismantling the stage on Sunday.", W, [("Sunday", "DATE", "2009-09-20")]),
    ("Crews began clearing the road on Sunday.", W, [("Sunday", "DATE", "2009-09-13")]),
    # "overnight" told in the past is the night before the story's day; ahead, the coming night
    ("Looters raided several shops overnight.", W, [("overnight", "TIME", "2009-09-15TNI")]),
    ("Two more bodies have been found overnight, the coastguard said.", W, [("overnight", "TIME", "2009-09-15TNI")]),
    ("The bank will stay open overnight.", W, [("overnight", "TIME", "2009-09-16TNI")]),
    # a participle on a noun has the tense of its clause
    ("Smoke covered the suburbs circling the city overnight.", W, [("overnight", "TIME", "2009-09-15TNI")]),
    ("Customs seized a ship carrying arms on Sunday.", W, [("Sunday", "DATE", "2009-09-13")]),
    ("Buses taking fans to the stadium will leave on Saturday.", W, [("Saturday", "DATE", "2009-09-19")]),
    # a date on a mishap nobody schedules has happened, even when the same day lies weeks ahead
    ("Nobody was hurt in the January 4 accident, the railway said.", DEC, [("January 4", "DATE", "2009-01-04")]),
    ("The officer filed a report on the Jan. 7 incident.", DEC, [("Jan. 7", "DATE", "2009-01-07")]),
    # (a date on a meeting under "said" may still lie ahead)
    ("The union said the January 6 meeting was cancelled.", DEC, [("January 6", "DATE", "2010-01-06")]),
    # "daily" next to a newspaper's name is the newspaper, whatever the noun before it
    ("The coach told French sports daily L'Equipe that he was staying.", W, []),
    ("Britain's Guardian daily reported the leak on Monday.", W, [("Monday", "DATE", "2009-09-14")]),
    ("The party daily Renmin Ribao printed the speech.", W, []),
    # (a recurrence stays one)
    ("Daily talks have so far failed.", W, [("Daily", "SET", "P1D")]),
    ("Inspectors check the pumps daily.", W, [("daily", "SET", "P1D")]),
    ("The port handles 300 ships daily on average.", W, [("daily", "SET", "P1D")]),
    ("She swims in Geneva daily, her trainer said.", W, [("daily", "SET", "P1D")]),
    # a month in a sentence that opens on a year gone by is of that year; "in <month> that year" of the
    # year given before
    ("In 1994, the factory opened its doors in June.", W, [("1994", "DATE", "1994"), ("June", "DATE", "1994-06")]),
    ("In 2001 prices rose until August.", W, [("2001", "DATE", "2001"), ("August", "DATE", "2001-08")]),
    (
        "The club was founded in 1920. In April that year, it played its first match.",
        W,
        [("1920", "DATE", "1920"), ("April", "DATE", "1920-04"), ("that year", "DATE", "1920")],
    ),
    # (not a month ahead, nor one in a sentence that does not open on its year)
    (
        "In 2008 he won, and he will run again in November.",
        W,
        [("2008", "DATE", "2008"), ("November", "DATE", "2009-11")],
    ),
    ("He retired in 1998 and will return in June.", W, [("1998", "DATE", "1998"), ("June", "DATE", "2010-06")]),
    # a year before a number word is a year ("the 2011 Six Nations"), not before a scale ("2000 million")
    ("France won the 2011 Six Nations.", W, [("2011", "DATE", "2011")]),
    ("In 1987 three ministers resigned.", W, [("1987", "DATE", "1987")]),
    ("Reserves stood at 1800 million tonnes.", W, []),
    # the article before a length written as an adjective is its noun's
    ("The nurses ended a week-long strike.", W, [("week-long", "DURATION", "P1W")]),
    ("Fans endured an hour-long delay.", W, [("hour-long", "DURATION", "PT1H")]),
    # a range of years before "period" is two years, "period" is not one of them
    (
        "Rainfall fell by a tenth in the 1981-2010 period.",
        W,
        [("1981", "DATE", "1981"), ("2010", "DATE", "2010")],
    ),
    ("Output rose in the 2004-07 period.", W, [("2004", "DATE", "2004"), ("07", "DATE", "2007")]),
    # (a single year with its period stays one expression)
    ("Sales fell in the 2008 period.", W, [("the 2008 period", "DATE", "2008")]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "ref", "expected"), ROWS)
def test_third_news_kinds_table(nlp, sentence, ref, expected):
    got = [(t.text, t.type, t.value) for t in normalize(nlp(sentence), ref)]
    assert got == expected
