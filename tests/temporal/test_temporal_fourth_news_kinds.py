"""Kinds of temporal expression read in fresh news (news-silver lines 2301-2400, issue 17, h21tbaq3)
that `timeline` got wrong: every expression of each sentence, with its extent, TIMEX3 type and
value. The sentences are our own."""

from datetime import date

import pytest

from timeline.temporal import normalize

M = date(2007, 3, 12)  # a Monday

ROWS = [
    # a half or a quarter of a match, written with a hyphen before what it qualifies, or told by a
    # score in its sentence, is no half or quarter of a year
    ("Their first-half lead did not last.", M, []),
    ("Two second-half tries sealed the game on Saturday.", M, [("Saturday", "DATE", "2007-03-10")]),
    ("Utah closed the third quarter on a 14-2 run.", M, []),
    # ... but a company's stays one
    ("Second-half profit rose 4 percent.", M, [("Second-half", "DATE", "2007-H2")]),
    ("The bank made a 5-10 percent gain in the first quarter.", M, [("the first quarter", "DATE", "2007-Q1")]),
    # the year that names a range of years goes with its first year
    (
        "Rice output fell in the fiscal year 2003/04.",
        M,
        [("the fiscal year 2003", "DATE", "2003"), ("04", "DATE", "2004")],
    ),
    ("Snow was scarce in the year 1997-98.", M, [("the year 1997", "DATE", "1997"), ("98", "DATE", "1998")]),
    ("Exports grew in 2001/02.", M, [("2001", "DATE", "2001"), ("02", "DATE", "2002")]),
    # years of the common era said so
    ("The church was consecrated in AD 804.", M, [("AD 804", "DATE", "0804")]),
    ("The port was abandoned around 950 AD.", M, [("950 AD", "DATE", "0950")]),
    ("The emperor died in A.D. 79.", M, [("A.D. 79", "DATE", "0079")]),
    ("The city ruled the coast until AD1200.", M, [("AD1200", "DATE", "1200")]),
    ("Shares of Albena AD rose 3 percent on Monday.", M, [("Monday", "DATE", "2007-03-12")]),
    # a newspaper named before "daily" and a reporting verb
    ("Local Gazeta daily reported that the mayor had resigned.", M, []),
    ("The mayor resigned, state-run Granma daily said on Sunday.", M, [("Sunday", "DATE", "2007-03-11")]),
    # "the future" said of the noun after it is no time
    ("The king met the future prime minister on Friday.", M, [("Friday", "DATE", "2007-03-09")]),
    ("No one knows what the future holds.", M, [("the future", "DATE", "FUTURE_REF")]),
    # "year-on-year", however it is spaced, is a comparison
    ("Imports showed a month-on- month fall.", M, []),
    # what a finding tells in the present is not a schedule
    (
        "The inquiry shows at the end of January, the ferry was overloaded.",
        M,
        [("the end of January", "DATE", "2007-01")],
    ),
    ("Figures indicate that in February sales fell.", M, [("February", "DATE", "2007-02")]),
    ("The survey shows a fall in exports in February.", M, [("February", "DATE", "2007-02")]),
    # ... but a gallery showing paintings is
    ("The gallery shows the paintings in October.", M, [("October", "DATE", "2007-10")]),
    # a day the United Nations observes is a time where it is used as one ...
    ("Clinics will test for free on World AIDS Day.", M, [("World AIDS Day", "DATE", "2007-12-01")]),
    ("The town planted trees before World Environment Day.", M, [("World Environment Day", "DATE", "2006-06-05")]),
    ("A World Water Day concert drew crowds.", M, [("World Water Day", "DATE", "2007-03-22")]),
    # ... not where the observance itself is meant
    ("Human Rights Day was set up in 1950.", M, [("1950", "DATE", "1950")]),
    ("The theme of World Health Day is clean water.", M, []),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "ref", "expected"), ROWS)
def test_fourth_news_kinds_table(nlp, sentence, ref, expected):
    got = [(t.text, t.type, t.value) for t in normalize(nlp(sentence), ref)]
    assert got == expected
