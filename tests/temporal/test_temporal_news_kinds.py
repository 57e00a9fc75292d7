"""Kinds of temporal expression news writes and TimeBank/AQUAINT hardly hold (issue 17): every
expression of each sentence, with its extent, TIMEX3 type and value."""

from datetime import date

import pytest

from timeline.temporal import normalize

D = date(2016, 12, 23)  # a Friday
W = date(2018, 3, 14)  # a Wednesday

ROWS = [
    # -- durations, not anchored dates --
    ("Snow fell roughly a week earlier than normal.", D, [("roughly a week", "DURATION", "P1W")]),
    (
        "Thirty years from now the coast will be under water.",
        W,
        [("Thirty years", "DURATION", "P30Y"), ("now", "DATE", "PRESENT_REF")],
    ),
    ("Firefighters arrived minutes after the alarm.", D, [("minutes", "DURATION", "PTXM")]),
    ("A ruling could take months, lawyers said.", W, [("months", "DURATION", "PXM")]),
    ("Weeks before the summit, the envoy quit.", D, [("Weeks", "DURATION", "PXW")]),
    ("Seconds later the roof collapsed.", W, [("Seconds", "DURATION", "PTXS")]),
    (
        "The repairs will take between 3 and 5 weeks.",
        D,
        [("3", "DURATION", "P3W"), ("5 weeks", "DURATION", "P5W")],
    ),
    ("Inspections last 20 to 40 minutes.", W, [("20", "DURATION", "PT20M"), ("40 minutes", "DURATION", "PT40M")]),
    # a range of lengths written with a dash is two lengths, as one with "to" is
    ("The striker may miss 2-4 weeks.", W, [("2", "DURATION", "P2W"), ("4 weeks", "DURATION", "P4W")]),
    ("Repairs will take 10-12 days.", D, [("10", "DURATION", "P10D"), ("12 days", "DURATION", "P12D")]),
    # (an age is no length of time, data/timex/news/GUIDELINES.md: "children aged 8 to 12")
    ("Voters aged 18-24 years were polled.", W, []),
    ("Chelsea won 2-1 on Saturday.", D, [("Saturday", "DATE", "2016-12-17")]),
    # "12-year-olds" are children of an age, as "a 12-year-old" is: no length of time
    ("Two 12-year-olds were hurt in the crash on Monday.", W, [("Monday", "DATE", "2018-03-12")]),
    ("The club signs 16 year-olds.", D, []),
    ("Prices may double over the following decade.", D, [("the following decade", "DURATION", "P10Y")]),
    ("She set a record of 2:14:04 in the race.", W, [("2:14:04", "DURATION", "PT2H14M4S")]),
    ("The dynasty ruled for more than a quarter century.", D, [("more than a quarter century", "DURATION", "P25Y")]),
    ("The feud has lasted half a century.", W, [("half a century", "DURATION", "P50Y")]),
    (
        "The blockade, now in its fifth year, has emptied shops.",
        D,
        [
            ("now", "DATE", "PRESENT_REF"),
            ("its fifth year", "DURATION", "P5Y"),
        ],
    ),
    ("The market fell for eight trading days.", W, [("eight trading days", "DURATION", "P8D")]),
    # -- numeric forms --
    ("The 2011-2012 season was cut short.", D, [("2011", "DATE", "2011"), ("2012", "DATE", "2012")]),
    ("He played for the club in 1996-97.", W, [("1996", "DATE", "1996"), ("97", "DATE", "1997")]),
    ("The 1999/00 accounts were audited.", D, [("1999", "DATE", "1999"), ("00", "DATE", "2000")]),
    ("The shelling began at 05:45 GMT Monday.", D, [("05:45 GMT Monday", "TIME", "2016-12-19T05:45")]),
    ("The ferry left at around 07h15 GMT.", D, [("07h15 GMT", "TIME", "2016-12-23T07:15")]),
    ("Shops stay shut until 13:00 local time.", W, [("13:00 local time", "TIME", "2018-03-14T13:00")]),
    ("The hearing was adjourned until 10:30 Tuesday.", D, [("10:30 Tuesday", "TIME", "2016-12-27T10:30")]),
    ("Exports slumped early last June.", D, [("early last June", "DATE", "2016-06")]),
    ("The rules change late next month.", W, [("late next month", "DATE", "2018-04")]),
    ("The convoy was ambushed on Tuesday evening.", D, [("Tuesday evening", "TIME", "2016-12-20TEV")]),
    ("Police raided the flat before dawn Monday.", W, [("dawn Monday", "TIME", "2018-03-12TMO")]),
    ("The ferry capsized late on Sunday.", D, [("late on Sunday", "TIME", "2016-12-18TNI")]),
    ("Looters struck during the night.", W, [("the night", "TIME", "2018-03-14TNI")]),
    (
        "On Monday troops entered the town; during the night they withdrew.",
        W,
        [("Monday", "DATE", "2018-03-12"), ("the night", "TIME", "2018-03-12TNI")],
    ),
    ("Managers expect an end-of-the-year rally.", D, [("end-of-the-year", "DATE", "2016")]),
    ("The tomb was sealed in 1323 B.C.", W, [("1323 B.C.", "DATE", "BC1323")]),
    ("Caesar crossed the Rubicon in 49 BC.", D, [("49 BC", "DATE", "BC0049")]),
    ("The palace dates from the 14th century BC.", W, [("the 14th century BC", "DATE", "BC13")]),
    ("The 1200-km railway opened.", D, []),
    ("The opener scored his second century of the tour.", W, []),
    ("The truck was doing 90 miles per hour.", D, []),
    ("The annual budget was approved.", W, [("annual", "SET", "P1Y")]),
    ("Fees are reviewed annually.", D, [("annually", "SET", "P1Y")]),
    # -- story time --
    (
        "The plant opened on Oct. 3. The day before the opening, workers protested.",
        D,
        [
            ("Oct. 3", "DATE", "2016-10-03"),
            ("The day before", "DATE", "2016-10-02"),
        ],
    ),
    (
        "He was last seen on March 2, the day before the storm.",
        W,
        [
            ("March 2", "DATE", "2018-03-02"),
            ("the day before", "DATE", "2018-03-02"),
        ],
    ),
    # "the day after" a clause is next to the happening its clause tells: set off by a dash from a day
    # it renames, that day; dated inside its clause, that date's neighbour; otherwise unknown (the day
    # the text gave before may be either one), while "the day after his arrest" points back
    (
        "The depot was closed on Thursday -- the day after inspectors found the leak.",
        W,
        [("Thursday", "DATE", "2018-03-08"), ("the day after", "DATE", "2018-03-08")],
    ),
    (
        "The council met on Friday. The mayor resigned the day after voters rejected his budget on Sunday.",
        W,
        [("Friday", "DATE", "2018-03-09"), ("the day after", "DATE", "2018-03-12"), ("Sunday", "DATE", "2018-03-11")],
    ),
    (
        "Ministers met on Monday. The strike began the day after talks collapsed.",
        W,
        [("Monday", "DATE", "2018-03-12"), ("the day after", "DATE", "XXXX-XX-XX")],
    ),
    (
        "He was arrested on Monday and died the day after his arrest.",
        W,
        [("Monday", "DATE", "2018-03-12"), ("the day after", "DATE", "2018-03-13")],
    ),
    (
        "In June 2014 the bank said it would cut 500 jobs by the end of the year.",
        D,
        [("June 2014", "DATE", "2014-06"), ("the end of the year", "DATE", "2014")],
    ),
    ("They still talk about that July night in 2006.", W, [("that July night in 2006", "DATE", "2006-07")]),
    ("The council decided to close the pool in November.", D, [("November", "DATE", "2016-11")]),
    # reported speech dated by its telling
    (
        '"Polls close tonight," the spokesman said on Monday.',
        W,
        [
            ("tonight", "DATE", "2018-03-12"),
            ("Monday", "DATE", "2018-03-12"),
        ],
    ),
    (
        "On Nov. 28 the mayor said the bridge would reopen tomorrow.",
        D,
        [
            ("Nov. 28", "DATE", "2016-11-28"),
            ("tomorrow", "DATE", "2016-11-29"),
        ],
    ),
    (
        "He wrote last year that he would return on Friday evening.",
        W,
        [
            ("last year", "DATE", "2017"),
            ("Friday evening", "TIME", "2017-WXX-5TEV"),
        ],
    ),
    (
        "He said on Friday that he would resign today.",
        D,
        [("Friday", "DATE", "2016-12-23"), ("today", "DATE", "2016-12-23")],
    ),
    # a day between "said" and the subject of what was said is the saying's: past, though the
    # parser hangs it on the reported "would cut"
    ("The company said on Monday it would cut 500 jobs.", D, [("Monday", "DATE", "2016-12-19")]),
    ("The company said that on Monday it would cut 500 jobs.", D, [("Monday", "DATE", "2016-12-26")]),
    # a unit in apposition to a date is that date
    (
        "In March, the month after the strike, output fell by a third.",
        D,
        [("March", "DATE", "2016-03"), ("the month", "DATE", "2016-03")],
    ),
    # "Election Day" is the US holiday only as a name; "the election day" of another country's vote is not
    ("Ohio voters went to the polls on Election Day.", D, [("Election Day", "DATE", "2016-11-08")]),
    ("Police were deployed to keep order on the election day in Grozny.", D, []),
    # -- a part of a named day with the word that turns the day: "next Thursday evening" is next
    # Thursday's evening whatever the verb's tense, and the word is part of the extent (TimeML) --
    ("The hearing was moved to next Thursday evening.", W, [("next Thursday evening", "TIME", "2018-03-15TEV")]),
    (
        "The ferry, which sank last Saturday night, will be raised.",
        W,
        [("last Saturday night", "TIME", "2018-03-10TNI")],
    ),
    ("Voting closes at 8 p.m. next Sunday.", W, [("8 p.m. next Sunday", "TIME", "2018-03-18T20:00")]),
    # ("the previous Friday" counts from the story's day, not the article's)
    (
        "The attack came on March 3. The previous Friday night, guards had seen a van.",
        W,
        [("March 3", "DATE", "2018-03-03"), ("The previous Friday", "DATE", "2018-03-02")],
    ),
    # -- a half or a quarter of a named year; of a match --
    ("Sales fell in the second half of last year.", D, [("the second half of last year", "DATE", "2015-H2")]),
    ("Output rose in the first quarter of this year.", D, [("the first quarter of this year", "DATE", "2016-Q1")]),
    ("The plant opens in the first half of next year.", W, [("the first half of next year", "DATE", "2019-H1")]),
    ("Henry scored twice in the first half on Saturday.", D, [("Saturday", "DATE", "2016-12-17")]),
    ("The fortress was built in the year 1503.", D, [("the year 1503", "DATE", "1503")]),
    ("The strike will last three days.", D, [("three days", "DURATION", "P3D")]),  # "last" is the verb
    ("Dailies started in summer this year a campaign.", D, [("summer this year", "DATE", "2016-SU")]),
    ("The dam was closed in winter last year.", W, [("winter last year", "DATE", "2017-WI")]),
    ("Sales rose in the fourth quarter last year.", D, [("the fourth quarter last year", "DATE", "2015-Q4")]),
    ("The Lakers grabbed 12 rebounds in the third quarter.", D, []),
    ("The index gained 40 points in the third quarter.", D, [("the third quarter", "DATE", "2016-Q3")]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "ref", "expected"), ROWS)
def test_news_kinds_table(nlp, sentence, ref, expected):
    got = [(t.text, t.type, t.value) for t in normalize(nlp(sentence), ref)]
    assert got == expected


def test_news_kinds_bc_years_have_edtf_in_astronomical_years():
    from timeline.temporal.values import interval

    assert interval("BC1354").edtf == "-1353"
    assert interval("BC0044").edtf == "-0043"
    assert interval("BC10").edtf == "-1099/-1000"  # the 11th century BC
    assert interval("BC1354").precision == "year" and interval("BC1354").earliest is None
