"""Normalization table: an expression in a sentence, a reference date -> TIMEX3 type, value, precision."""

from datetime import date

import pytest

from timeline.temporal import normalize, normalize_expression

D = date(2016, 12, 23)  # a Friday in ISO week 51
NO_REF = None

ROWS = [
    # weekdays: past tense looks back, future and modal verbs look forward
    ("Putin spoke on Friday.", "Friday", D, "DATE", "2016-12-23", "day"),
    ("The envoy said Thursday that talks had failed.", "Thursday", D, "DATE", "2016-12-22", "day"),
    ("The minister met him on Monday.", "Monday", D, "DATE", "2016-12-19", "day"),
    ("The summit will be held on Tuesday.", "Tuesday", D, "DATE", "2016-12-27", "day"),
    ("Talks will resume next Tuesday.", "next Tuesday", D, "DATE", "2016-12-27", "day"),
    ("He arrived last Sunday.", "last Sunday", D, "DATE", "2016-12-18", "day"),
    ("The vote is expected to take place on Saturday.", "Saturday", D, "DATE", "2016-12-24", "day"),
    # a part of a named day is a TIME (TimeML guidelines): "early" stays in the extent
    ("The rebels attacked early on Friday.", "early on Friday", D, "TIME", "2016-12-23TMO", "day"),
    ("The group plans to hold a news conference on Wednesday.", "Wednesday", D, "DATE", "2016-12-28", "day"),
    ("Officials said Wednesday that the border was closed.", "Wednesday", D, "DATE", "2016-12-21", "day"),
    ("He resigned on Friday.", "Friday", date(2017, 1, 2), "DATE", "2016-12-30", "day"),
    ("They met on Monday.", "Monday", date(2016, 3, 1), "DATE", "2016-02-29", "day"),
    ("He left on Thursday.", "Thursday", date(2024, 3, 1), "DATE", "2024-02-29", "day"),
    ("Talks will start next Monday.", "next Monday", date(2016, 1, 1), "DATE", "2016-01-04", "day"),
    ("Putin spoke on Friday.", "Friday", NO_REF, "DATE", "XXXX-WXX-5", "day"),
    ("The talks will open on Tuesday.", "Tuesday", NO_REF, "DATE", "XXXX-WXX-2", "day"),
    # days around the reference date
    ("The company said yesterday that it would close.", "yesterday", D, "DATE", "2016-12-22", "day"),
    ("The deal was signed today.", "today", D, "DATE", "2016-12-23", "day"),
    ("The court will rule tomorrow.", "tomorrow", D, "DATE", "2016-12-24", "day"),
    ("He will speak tonight.", "tonight", D, "DATE", "2016-12-23", "day"),
    ("It was announced yesterday.", "yesterday", date(2016, 3, 1), "DATE", "2016-02-29", "day"),
    ("It was announced yesterday.", "yesterday", date(2015, 3, 1), "DATE", "2015-02-28", "day"),
    ("It was announced yesterday.", "yesterday", date(2017, 1, 1), "DATE", "2016-12-31", "day"),
    ("The law takes effect tomorrow.", "tomorrow", date(2016, 12, 31), "DATE", "2017-01-01", "day"),
    ("The law takes effect tomorrow.", "tomorrow", date(2016, 2, 29), "DATE", "2016-03-01", "day"),
    ("The law takes effect tomorrow.", "tomorrow", date(2020, 12, 31), "DATE", "2021-01-01", "day"),
    ("It was announced yesterday.", "yesterday", NO_REF, "DATE", "XXXX-XX-XX", "day"),
    ("The court will rule tomorrow.", "tomorrow", NO_REF, "DATE", "XXXX-XX-XX", "day"),
    # weeks, months, years relative to the reference date
    ("Sales rose this week.", "this week", D, "DATE", "2016-W51", "week"),
    ("Prices fell last week.", "last week", D, "DATE", "2016-W50", "week"),
    ("Talks resume next week.", "next week", D, "DATE", "2016-W52", "week"),
    ("Prices fell last week.", "last week", date(2017, 1, 2), "DATE", "2016-W52", "week"),
    ("Prices fell last week.", "last week", date(2016, 1, 1), "DATE", "2015-W52", "week"),
    ("Sales rose this week.", "this week", date(2016, 1, 1), "DATE", "2015-W53", "week"),
    ("Talks resume next week.", "next week", date(2020, 12, 31), "DATE", "2021-W01", "week"),
    ("Talks resume next week.", "next week", NO_REF, "DATE", "XXXX-WXX", "week"),
    ("Exports fell last month.", "last month", D, "DATE", "2016-11", "month"),
    ("The plant will open next month.", "next month", D, "DATE", "2017-01", "month"),
    ("Prices rose this month.", "this month", D, "DATE", "2016-12", "month"),
    ("Exports fell last month.", "last month", date(2017, 1, 15), "DATE", "2016-12", "month"),
    ("Exports fell last month.", "last month", date(2016, 1, 1), "DATE", "2015-12", "month"),
    ("The plant will open next month.", "next month", date(2016, 2, 29), "DATE", "2016-03", "month"),
    ("Exports fell last month.", "last month", NO_REF, "DATE", "XXXX-XX", "month"),
    ("The law was passed earlier this month.", "earlier this month", D, "DATE", "2016-12", "month"),
    ("The economy grew last year.", "last year", D, "DATE", "2015", "year"),
    ("Elections will be held next year.", "next year", D, "DATE", "2017", "year"),
    ("Profits rose this year.", "this year", D, "DATE", "2016", "year"),
    ("He had resigned the previous year.", "the previous year", D, "DATE", "2015", "year"),
    ("The plan takes effect early next year.", "early next year", D, "DATE", "2017", "year"),
    ("Elections will be held next year.", "next year", date(2020, 12, 31), "DATE", "2021", "year"),
    ("The economy grew last year.", "last year", date(2016, 2, 29), "DATE", "2015", "year"),
    ("The economy grew last year.", "last year", NO_REF, "DATE", "XXXX", "year"),
    ("Sales will fall this year.", "this year", NO_REF, "DATE", "XXXX", "year"),
    ("The rally took place last weekend.", "last weekend", D, "DATE", "2016-W50-WE", "week"),
    ("Fans gathered at the weekend.", "the weekend", date(2016, 12, 19), "DATE", "2016-W50-WE", "week"),
    # "... ago" keeps the granularity of its unit
    ("He left six years ago.", "six years ago", D, "DATE", "2010", "year"),
    ("The firm was founded a decade ago.", "a decade ago", D, "DATE", "200", "decade"),
    ("She moved there three months ago.", "three months ago", D, "DATE", "2016-09", "month"),
    ("The attack happened two days ago.", "two days ago", D, "DATE", "2016-12-21", "day"),
    ("It happened two weeks ago.", "two weeks ago", D, "DATE", "2016-W49", "week"),
    ("It opened a month ago.", "a month ago", date(2016, 3, 15), "DATE", "2016-02", "month"),
    ("It closed two months ago.", "two months ago", date(2017, 1, 10), "DATE", "2016-11", "month"),
    ("It closed a year ago.", "a year ago", date(2016, 2, 29), "DATE", "2015", "year"),
    ("Sales were lower a year earlier.", "a year earlier", D, "DATE", "2015", "year"),
    ("He left six years ago.", "six years ago", NO_REF, "DATE", "XXXX", "year"),
    ("It happened several years ago.", "several years ago", D, "DATE", "PAST_REF", "none"),
    # month names without a year, in the direction of the tense
    ("Elections will be held in January.", "January", D, "DATE", "2017-01", "month"),
    ("Elections are expected to be held in January.", "January", D, "DATE", "2017-01", "month"),
    ("The talks collapsed in November.", "November", D, "DATE", "2016-11", "month"),
    ("The talks collapsed in January.", "January", D, "DATE", "2016-01", "month"),
    ("Prices rose in December.", "December", D, "DATE", "2016-12", "month"),
    ("The deal was signed in December.", "December", date(2017, 1, 10), "DATE", "2016-12", "month"),
    ("Elections will take place in March.", "March", date(2017, 1, 10), "DATE", "2017-03", "month"),
    ("The store opened last April.", "last April", D, "DATE", "2016-04", "month"),
    ("The store will open next March.", "next March", D, "DATE", "2017-03", "month"),
    ("He was arrested in mid-November.", "mid-November", D, "DATE", "2016-11", "month"),
    ("Fighting resumed in early September.", "early September", D, "DATE", "2016-09", "month"),
    ("He was elected in December.", "December", date(2016, 1, 1), "DATE", "2015-12", "month"),
    ("The offer expired in November.", "November", date(2016, 1, 5), "DATE", "2015-11", "month"),
    ("In May, the company expanded.", "May", D, "DATE", "2016-05", "month"),
    ("Elections will be held in January.", "January", NO_REF, "DATE", "XXXX-01", "month"),
    ("He visited Paris on Dec. 20.", "Dec. 20", D, "DATE", "2016-12-20", "day"),
    ("He visited Paris on Dec. 20.", "Dec. 20", date(2017, 1, 3), "DATE", "2016-12-20", "day"),
    ("The vote will take place on Jan. 5.", "Jan. 5", D, "DATE", "2017-01-05", "day"),
    ("The vote took place on March 3.", "March 3", D, "DATE", "2016-03-03", "day"),
    ("The vote will take place on Jan. 5.", "Jan. 5", NO_REF, "DATE", "XXXX-01-05", "day"),
    # explicit dates need no reference
    ("The photo was taken on Dec. 22, 2016.", "Dec. 22, 2016", D, "DATE", "2016-12-22", "day"),
    ("The photo was taken on Dec. 22, 2016.", "Dec. 22, 2016", NO_REF, "DATE", "2016-12-22", "day"),
    ("It opened on March 01, 2008.", "March 01, 2008", D, "DATE", "2008-03-01", "day"),
    ("He was born on 4 July 1976.", "4 July 1976", D, "DATE", "1976-07-04", "day"),
    ("The treaty was signed on 2016-12-16.", "2016-12-16", D, "DATE", "2016-12-16", "day"),
    # a range of years is two dates; the second takes the century of the first
    ("The report of 2010-11 was revised.", "11", D, "DATE", "2011", "year"),
    ("The law passed on February 29, 2016.", "February 29, 2016", D, "DATE", "2016-02-29", "day"),
    ("The law passed on February 29, 2016.", "February 29, 2016", NO_REF, "DATE", "2016-02-29", "day"),
    ("The firm closed on Friday, Oct. 23, 1998.", "Friday, Oct. 23, 1998", D, "DATE", "1998-10-23", "day"),
    ("The plant opened in July 1997.", "July 1997", D, "DATE", "1997-07", "month"),
    ("The plant opened in December 2015.", "December 2015", NO_REF, "DATE", "2015-12", "month"),
    ("The form was dated 12/20/2016.", "12/20/2016", D, "DATE", "2016-12-20", "day"),
    ("In 2012, the company expanded.", "2012", D, "DATE", "2012", "year"),
    ("The group has fought since 2012.", "2012", NO_REF, "DATE", "2012", "year"),
    ("The policy dates from the 1990s.", "the 1990s", D, "DATE", "199", "decade"),
    ("Growth was strong in the early 2000s.", "the early 2000s", D, "DATE", "200", "decade"),
    ("Sales will recover by mid-2017.", "mid-2017", D, "DATE", "2017", "year"),
    ("The city grew in the 20th century.", "the 20th century", D, "DATE", "19", "century"),
    ("The war ended in nineteen ninety-six.", "nineteen ninety-six", D, "DATE", "1996", "year"),
    ("He spent Christmas at home.", "Christmas", D, "DATE", "2016-12-25", "day"),
    ("He spent Christmas 2015 at home.", "Christmas 2015", D, "DATE", "2015-12-25", "day"),
    # holidays on the n-th weekday of a month
    ("The campaign runs from now to Election Day.", "Election Day", date(1998, 10, 26), "DATE", "1998-11-03", "day"),
    ("The family met on Thanksgiving 2016.", "Thanksgiving 2016", D, "DATE", "2016-11-24", "day"),
    ("Parades are held on Memorial Day.", "Memorial Day", date(1998, 4, 1), "DATE", "1998-05-25", "day"),
    ("Stores close on Labor Day.", "Labor Day", NO_REF, "DATE", "XXXX-09", "month"),
    # seasons and quarters
    ("The plant opened in summer 2016.", "summer 2016", D, "DATE", "2016-SU", "season"),
    ("Snow fell last winter.", "last winter", D, "DATE", "2015-WI", "season"),
    ("The vote will be held next summer.", "next summer", D, "DATE", "2017-SU", "season"),
    ("Sales slumped last fall.", "last fall", D, "DATE", "2016-FA", "season"),
    ("Sales slumped last fall.", "last fall", NO_REF, "DATE", "XXXX-FA", "season"),
    ("Profits fell in the third quarter.", "the third quarter", D, "DATE", "2016-Q3", "quarter"),
    ("Its fourth-quarter profit rose.", "fourth-quarter", D, "DATE", "2016-Q4", "quarter"),
    ("Sales fell in the first quarter of 2015.", "the first quarter of 2015", D, "DATE", "2015-Q1", "quarter"),
    ("Sales fell in Q3 2016.", "Q3 2016", NO_REF, "DATE", "2016-Q3", "quarter"),
    ("The firm will report results next quarter.", "next quarter", D, "DATE", "2017-Q1", "quarter"),
    ("Profits fell in the third quarter.", "the third quarter", NO_REF, "DATE", "XXXX-Q3", "quarter"),
    # durations carry no dates
    ("The war lasted for four years.", "four years", D, "DURATION", "P4Y", "none"),
    ("In the past 24 hours, prices fell.", "the past 24 hours", D, "DURATION", "PT24H", "none"),
    ("He made a week-long visit.", "week-long", D, "DURATION", "P1W", "none"),
    ("Talks lasted three months.", "three months", D, "DURATION", "P3M", "none"),
    ("The work will take several years.", "several years", D, "DURATION", "PXY", "none"),
    ("Prices rose in the past year.", "the past year", D, "DATE", "2015", "year"),
    ("Output doubled over the last five years.", "the last five years", D, "DURATION", "P5Y", "none"),
    ("They waited a few days.", "a few days", D, "DURATION", "PXD", "none"),
    ("The meeting lasted 90 minutes.", "90 minutes", D, "DURATION", "PT90M", "none"),
    ("The conflict has lasted two decades.", "two decades", D, "DURATION", "P20Y", "none"),
    ("The speech lasted a minute and a half.", "a minute and a half", D, "DURATION", "PT1M30S", "none"),
    ("The government adopted a 10-year plan.", "10-year", D, "DURATION", "P10Y", "none"),
    ("The 24-hour strike ended.", "24-hour", D, "DURATION", "PT24H", "none"),
    ("Sales rose in the first nine months.", "the first nine months", D, "DURATION", "P9M", "none"),
    ("Talks will continue for the next two weeks.", "the next two weeks", D, "DURATION", "P2W", "none"),
    ("The war lasted for four years.", "four years", NO_REF, "DURATION", "P4Y", "none"),
    ("Net income for the year ended Sept. 30 rose.", "the year", D, "DURATION", "P1Y", "none"),
    ("Profit fell in the 1988 quarter.", "the 1988 quarter", D, "DATE", "1988-QX", "year"),
    # sets
    ("The festival is held every year.", "every year", D, "SET", "P1Y", "none"),
    ("Leaders meet annually in Davos.", "annually", D, "SET", "P1Y", "none"),
    ("Protesters rallied daily.", "daily", D, "SET", "P1D", "none"),
    ("The club meets every Monday.", "every Monday", D, "SET", "XXXX-WXX-1", "none"),
    ("Prices are reviewed each week.", "each week", D, "SET", "P1W", "none"),
    ("The board meets twice a year.", "a year", D, "SET", "P1Y", "none"),
    ("The paper is published weekly.", "weekly", D, "SET", "P1W", "none"),
    # times of day
    ("The blast occurred at 10 p.m.", "10 p.m.", D, "TIME", "2016-12-23T22:00", "day"),
    ("The market closed at noon.", "noon", D, "TIME", "2016-12-23T12:00", "day"),
    ("He arrived this morning.", "this morning", D, "TIME", "2016-12-23TMO", "day"),
    ("The attack began last night.", "last night", D, "TIME", "2016-12-22TNI", "day"),
    ("He landed yesterday afternoon.", "yesterday afternoon", D, "TIME", "2016-12-22TAF", "day"),
    ("He arrived this morning.", "this morning", NO_REF, "TIME", "XXXX-XX-XXTMO", "day"),
    # reference words
    ("The town is now under army control.", "now", D, "DATE", "PRESENT_REF", "day"),
    ("The town is now under army control.", "now", NO_REF, "DATE", "PRESENT_REF", "none"),
    ("The company recently changed hands.", "recently", D, "DATE", "PAST_REF", "none"),
    ("He is currently in Moscow.", "currently", D, "DATE", "PRESENT_REF", "day"),
    ("Talks may resume in the future.", "the future", D, "DATE", "FUTURE_REF", "none"),
    ("The current government resigned.", "current", D, "DATE", "PRESENT_REF", "day"),
    ("Aqaba is the only outlet now that the border is shut.", "now", D, "DATE", "PRESENT_REF", "day"),
    # "the past year" is the year before, "the last week" the week running up to the reference date
    ("Shares fell 5% in the last week.", "the last week", D, "DATE", "2016-W51", "week"),
    ("Rates should fall in the next year or so.", "the next year or so", D, "DATE", "2017", "year"),
    ("Output doubled in the past year.", "the past year", date(1998, 3, 3), "DATE", "1997", "year"),
    # a year back from a nine-month or half-year figure is the year before, not a quarter
    (
        "Net rose 4% to $95 million in the quarter. For the nine months, net rose 5% from a year earlier.",
        "a year earlier",
        date(1989, 10, 26),
        "DATE",
        "1988",
        "year",
    ),
    (
        "Net rose 4% in the third quarter, up from $3 million a year earlier.",
        "a year earlier",
        date(1989, 10, 26),
        "DATE",
        "1988-Q3",
        "quarter",
    ),
    # a quarter that has not begun is not the one "a year earlier" compares with
    (
        "It expects growth in the first quarter of 1990. Sales rose from a year earlier.",
        "a year earlier",
        date(1989, 10, 26),
        "DATE",
        "1988",
        "year",
    ),
    # "the latest quarter" is the last one completed, whatever quarter was named before
    (
        "It expects a strong fourth quarter. Profit fell in the latest quarter.",
        "the latest quarter",
        date(1989, 11, 2),
        "DATE",
        "1989-Q3",
        "quarter",
    ),
    # once the quarter just ended is named, a report is about it: a quarter named in passing later
    # does not change what "the year-earlier period" compares with
    (
        "Profit rose in the third quarter, after a flat second quarter. The year-earlier period included a charge.",
        "The year-earlier period",
        date(1989, 11, 1),
        "DATE",
        "1988-Q3",
        "quarter",
    ),
    (
        "Profit rose in the second quarter, after a flat first quarter. The year-earlier period included a charge.",
        "The year-earlier period",
        date(1989, 11, 1),
        "DATE",
        "1988-Q1",
        "quarter",
    ),
    # "the quarter ended Sept. 30" is the calendar quarter that day closes, and "the quarter" after it
    # is that one; a quarter ended on another day keeps no number; ended, it lies before the article
    (
        "In the quarter ended Sept. 30, the lender earned $4 million.",
        "the quarter",
        date(2013, 11, 5),
        "DATE",
        "2013-Q3",
        "quarter",
    ),
    (
        "Refunds rose in the quarter ending March 31, 2011. Over the quarter, staff fell 3%.",
        "the quarter",
        date(2013, 11, 5),
        "DATE",
        "2011-Q1",
        "quarter",
    ),
    ("The quarter ended Dec. 31 was its weakest.", "The quarter", date(2014, 2, 12), "DATE", "2013-Q4", "quarter"),
    ("For the quarter ended Aug. 24, the grocer lost $1 million.", "the quarter", D, "DATE", "2016-QX", "year"),
    # a time of day takes a later day of its sentence only when the same verb tells both: a day on
    # another clause's noun is that noun's ("an aftershock of a large quake on June 3")
    (
        "The tremor, which hit at 3:12 p.m., was thought to be an aftershock of a large quake on June 3.",
        "3:12 p.m.",
        date(2013, 6, 12),
        "TIME",
        "2013-06-12T15:12",
        "day",
    ),
    (
        "The bus, which left at 7:45 a.m., was carrying workers from a plant opened on June 3.",
        "7:45 a.m.",
        date(2013, 6, 12),
        "TIME",
        "2013-06-12T07:45",
        "day",
    ),
    (
        "The blast occurred at around 6:40 p.m. at the mine on Sunday.",
        "around 6:40 p.m.",
        date(2013, 6, 12),
        "TIME",
        "2013-06-09T18:40",
        "day",
    ),
    # halves: "last half" is the second; two quarters of a year are a half; a half of a decade keeps the decade
    ("Earnings will be lower for the last half of 1989.", "the last half of 1989", D, "DATE", "1989-H2", "quarter"),
    (
        "The slump will last through the first two quarters of 1990.",
        "the first two quarters of 1990",
        D,
        "DATE",
        "1990-H1",
        "quarter",
    ),
    (
        "Sales were flat in the last half of the '80s.",
        "the last half of the '80s",
        date(1989, 10, 26),
        "DATE",
        "198",
        "decade",
    ),
    ("Sales were flat in the last half of the '80s.", "the last half of the '80s", NO_REF, "DATE", "198", "decade"),
    # a part of the day put before the day it belongs to
    (
        "In London at mid-afternoon yesterday, shares were up.",
        "mid-afternoon yesterday",
        date(1989, 11, 2),
        "TIME",
        "1989-11-01TAF",
        "day",
    ),
    (
        "In London at mid-afternoon yesterday, shares were up.",
        "mid-afternoon yesterday",
        NO_REF,
        "TIME",
        "XXXX-XX-XXTAF",
        "day",
    ),
    # a holiday's week is the ISO week holding the holiday
    ("Protesters prayed as Easter week began.", "Easter week", date(2000, 4, 17), "DATE", "2000-W16", "week"),
    ("Protesters prayed as Easter week began.", "Easter week", NO_REF, "DATE", "XXXX-WXX", "week"),
    # a past perfect with "by"/"until" looks back; putting off "until" looks ahead
    ("Thirty members had filed reports by Wednesday.", "Wednesday", D, "DATE", "2016-12-21", "day"),
    ("Until Thursday, they had not called him a suspect.", "Thursday", D, "DATE", "2016-12-22", "day"),
    ("Officials postponed until Tuesday any action on the case.", "Tuesday", D, "DATE", "2016-12-27", "day"),
    ("The group could leave as soon as Tuesday.", "Tuesday", D, "DATE", "2016-12-27", "day"),
    # a plan under a past perfect ("had been due to", "had hoped to") is already behind the reference date
    (
        "The offer had been due to expire Friday evening.",
        "Friday evening",
        date(2016, 12, 26),
        "TIME",
        "2016-12-23TEV",
        "day",
    ),
    ("The offer had been scheduled to expire on Tuesday.", "Tuesday", D, "DATE", "2016-12-20", "day"),
    ("They had hoped to finish the talks by Wednesday.", "Wednesday", D, "DATE", "2016-12-21", "day"),
    ("They had hoped to finish the talks by Wednesday.", "Wednesday", NO_REF, "DATE", "XXXX-WXX-3", "day"),
    ("He was due to leave on Tuesday.", "Tuesday", D, "DATE", "2016-12-27", "day"),
    # anaphora: a date the text gave before, not the reference date, anchors "the following year"
    (
        "On May 22, 1995, he was made a general, and the following year he was sent to Washington.",
        "the following year",
        date(1998, 4, 18),
        "DATE",
        "1996",
        "year",
    ),
    (
        "On May 22, 1995, he was made a general, and the following year he was sent to Washington.",
        "the following year",
        NO_REF,
        "DATE",
        "1996",
        "year",
    ),
    (
        "The company was sold in March 1990. The following month, it was put up for sale again.",
        "The following month",
        date(1998, 4, 18),
        "DATE",
        "1990-04",
        "month",
    ),
    (
        "He was killed on Oct. 23, 1998. Earlier that day, his family had called police.",
        "Earlier that day",
        date(1999, 10, 24),
        "DATE",
        "1998-10-23",
        "day",
    ),
    (
        "He was killed on Oct. 23, 1998. The next day, police searched the woods.",
        "The next day",
        date(1999, 10, 24),
        "DATE",
        "1998-10-24",
        "day",
    ),
    (
        "He fled to Florida in June 1998 and returned to Cuba later that year.",
        "later that year",
        date(2000, 1, 28),
        "DATE",
        "1998",
        "year",
    ),
    ("Profit last year rose 5% from the previous year.", "the previous year", D, "DATE", "2014", "year"),
    ("On Tuesday, Oct. 3, 2000, he spoke. Later in the day, he left.", "the day", D, "DATE", "2000-10-03", "day"),
    (
        "The president arrived in Philadelphia later in the day.",
        "the day",
        date(1998, 2, 13),
        "DATE",
        "1998-02-13",
        "day",
    ),
    ("The president arrived in Philadelphia later in the day.", "the day", NO_REF, "DATE", "XXXX-XX-XX", "day"),
    # a time of day with no day of its own is on the day the text gave last
    (
        "Slepian was shot on Oct. 23, 1998. He was killed at 10 p.m. in his kitchen.",
        "10 p.m.",
        date(1999, 4, 19),
        "TIME",
        "1998-10-23T22:00",
        "day",
    ),
    (
        "The bomb went off Friday. It exploded at 10:35 a.m., police said.",
        "10:35 a.m.",
        date(1999, 4, 19),
        "TIME",
        "1999-04-16T10:35",
        "day",
    ),
    ("He will speak at 3 p.m.", "3 p.m.", date(1999, 4, 19), "TIME", "1999-04-19T15:00", "day"),
    (
        "The bomb went off Friday.\n\nThe funeral left at 10 a.m., police said.",
        "10 a.m.",
        date(1999, 4, 19),
        "TIME",
        "1999-04-19T10:00",
        "day",
    ),
    (
        "Voting ended by late afternoon Tuesday.",
        "late afternoon Tuesday",
        date(1999, 4, 21),
        "TIME",
        "1999-04-20TAF",
        "day",
    ),
    (
        "Slepian was shot on Oct. 23, 1998. He was killed at 10 p.m. in his kitchen.",
        "10 p.m.",
        NO_REF,
        "TIME",
        "1998-10-23T22:00",
        "day",
    ),
    (
        "The bomb went off Friday. It exploded at 10:35 a.m., police said.",
        "10:35 a.m.",
        NO_REF,
        "TIME",
        "XXXX-XX-XXT10:35",
        "day",
    ),
    # across a paragraph, "earlier in the day" is the day of the news, not a date from the background
    (
        "The park opened on April 30, 1975, ending the war.\n\nEarlier in the day Rubin visited it.",
        "the day",
        date(1997, 4, 8),
        "DATE",
        "1997-04-08",
        "day",
    ),
    # "the previous month" is the one before the month named, not before the reference date; a
    # comparison ("from a year earlier") is no date to lean on
    (
        "Sales in February rose 9.9 percent from a year earlier, after growing 14.8 percent in the previous month.",
        "the previous month",
        date(1997, 4, 10),
        "DATE",
        "1997-01",
        "month",
    ),
    # a day of a month given only by its month keeps the day unsaid
    (
        "Slepian was killed last October. His name was crossed out that same day.",
        "that same day",
        date(1999, 2, 6),
        "DATE",
        "1998-10-XX",
        "month",
    ),
    (
        "Slepian was killed last October. His name was crossed out that same day.",
        "that same day",
        NO_REF,
        "DATE",
        "XXXX-XX-XX",
        "day",
    ),
    # with no date before it, or in a clause that looks ahead, the reference date anchors
    ("Sales should recover the following year.", "the following year", D, "DATE", "2017", "year"),
    ("The plant opened in 1985. It will close in the next year.", "the next year", D, "DATE", "2017", "year"),
    ("Sales should recover the following year.", "the following year", NO_REF, "DATE", "XXXX", "year"),
    # "earlier"/"later" belong to the expression
    (
        "Earlier this month, the company cut its dividend.",
        "Earlier this month",
        date(1989, 10, 30),
        "DATE",
        "1989-10",
        "month",
    ),
    # a modal perfect looks back; "could not" reports an attempt already made; plain "could" looks ahead
    (
        "Concern may have been responsible for a drop in trading on Wednesday.",
        "Wednesday",
        D,
        "DATE",
        "2016-12-21",
        "day",
    ),
    ("They would have signed the deal on Monday.", "Monday", D, "DATE", "2016-12-19", "day"),
    ("He could not be reached for comment Tuesday.", "Tuesday", D, "DATE", "2016-12-20", "day"),
    ("Neither he nor his wife could be located Wednesday in Havana.", "Wednesday", D, "DATE", "2016-12-21", "day"),
    ("The vote could come Tuesday.", "Tuesday", D, "DATE", "2016-12-27", "day"),
    ("He could not be reached for comment Tuesday.", "Tuesday", NO_REF, "DATE", "XXXX-WXX-2", "day"),
    # "one day" after a modal, or opening a past story, is an unsaid day, not a length of time
    ("Islam will one day be the second largest religion here.", "one day", D, "DATE", "FUTURE_REF", "none"),
    ("One day, he walked into the bank.", "One day", D, "DATE", "PAST_REF", "none"),
    ("The strike lasted one day.", "one day", D, "DURATION", "P1D", "none"),
    ("Islam will one day be the second largest religion here.", "one day", NO_REF, "DATE", "FUTURE_REF", "none"),
    # a clock time with its date after a comma is one expression
    (
        "It extended the offer until 5 p.m. EST, Nov. 6.",
        "5 p.m. EST, Nov. 6",
        date(1989, 10, 30),
        "TIME",
        "1989-11-06T17:00",
        "day",
    ),
    # a simple present of an event is a schedule; a present report, a state or a possessive date are not
    ("He and Arafat meet separately Monday with Albright.", "Monday", D, "DATE", "2016-12-26", "day"),
    ("Officials say the talks resume Tuesday.", "Tuesday", D, "DATE", "2016-12-27", "day"),
    ("The company reports earnings Tuesday.", "Tuesday", D, "DATE", "2016-12-27", "day"),
    ("The minister says Tuesday that talks failed.", "Tuesday", D, "DATE", "2016-12-20", "day"),
    ("Clinton is traveling to Ohio on Tuesday.", "Tuesday", D, "DATE", "2016-12-27", "day"),
    ("The move follows Tuesday's declaration by Ford.", "Tuesday", D, "DATE", "2016-12-20", "day"),
    (
        "Her flats, worth millions in October, are worth half that now.",
        "October",
        date(1998, 1, 8),
        "DATE",
        "1997-10",
        "month",
    ),
    ("He and Arafat meet separately Monday with Albright.", "Monday", NO_REF, "DATE", "XXXX-WXX-1", "day"),
    # a bare participle of "plan" takes its direction from the clause around it
    ("A memorial service planned for Saturday was canceled.", "Saturday", D, "DATE", "2016-12-17", "day"),
    # halves and "more" in durations
    ("The project took 2 1/2 years.", "2 1/2 years", D, "DURATION", "P2Y6M", "none"),
    ("They talked for 5 1/2 hours.", "5 1/2 hours", D, "DURATION", "PT5H30M", "none"),
    ("The fleet will stay for at least 20 more years.", "at least 20 more years", D, "DURATION", "P20Y", "none"),
    ("The loan may be extended for an additional year.", "an additional year", D, "DURATION", "P1Y", "none"),
    # spoken years, a week named by its day, a dated day after "last"
    (
        "Prices fell in the winter of nineteen ninety-four.",
        "the winter of nineteen ninety-four",
        D,
        "DATE",
        "1994-WI",
        "season",
    ),
    ("The plan runs to the year two thousand.", "the year two thousand", date(1998, 3, 3), "DATE", "2000", "year"),
    (
        "A hearing may be held the week of March 6.",
        "the week of March 6",
        date(2000, 2, 24),
        "DATE",
        "2000-W10",
        "week",
    ),
    ("Shares rose 5% for the week.", "the week", D, "DATE", "2016-WXX", "year"),
    ("He was shot last Oct. 23 at his home.", "last Oct. 23", date(1999, 4, 19), "DATE", "1998-10-23", "day"),
]


def _find(doc, expr):
    for span in doc.spans["timex"]:
        if span.text == expr:
            return span
    raise AssertionError(f"{expr!r} not recognized in {doc.text!r}: {[s.text for s in doc.spans['timex']]}")


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "expr", "ref", "ttype", "value", "precision"), ROWS)
def test_normalize_table(nlp, sentence, expr, ref, ttype, value, precision):
    doc = nlp(sentence)
    span = _find(doc, expr)
    got = [t for t in normalize(doc, ref) if (t.start, t.end) == (span.start_char, span.end_char)][0]
    assert (got.type, got.value, got.precision) == (ttype, value, precision)


def test_normalize_table_is_big_enough():
    assert len(ROWS) >= 150
    assert {r[3] for r in ROWS} == {"DATE", "TIME", "DURATION", "SET"}


@pytest.mark.parametrize(
    ("text", "ttype", "way", "value"),
    [
        ("Friday", "DATE", "past", "2016-12-23"),
        ("Friday", "DATE", "future", "2016-12-23"),
        ("Monday", "DATE", "past", "2016-12-19"),
        ("Monday", "DATE", "future", "2016-12-26"),
        # "present" (a progressive going on around the story): the nearest such day, on either side
        ("Tuesday", "DATE", "present", "2016-12-20"),
        ("Sunday", "DATE", "present", "2016-12-25"),
        ("Friday", "DATE", "present", "2016-12-23"),
        ("January", "DATE", "present", "2017-01"),
        ("January", "DATE", "past", "2016-01"),
        ("January", "DATE", "future", "2017-01"),
        ("Nov. 10", "DATE", "past", "2016-11-10"),
        ("Feb. 2", "DATE", "future", "2017-02-02"),
        ("2016 years ago", "DATE", "past", "BC0001"),  # year 0, 1 BC: a year before Christ
        ("2,500 years ago", "DATE", "past", "BC0485"),
        # a round count of thousands landing in the first century gives no year 16
        ("two thousand years ago", "DATE", "past", "PAST_REF"),
        ("2,000 years ago", "DATE", "past", "PAST_REF"),
        ("5000000 days ago", "DATE", "past", "PAST_REF"),
    ],
)
def test_normalize_expression_direction(text, ttype, way, value):
    assert normalize_expression(text, ttype, D, way)[1] == value


@pytest.mark.parametrize(
    ("text", "value"),
    [("in a fortnight", "2017-W01"), ("the ides", "XXXX-XX-XX")],
)
def test_normalize_expression_falls_back_to_dateparser_with_its_period(text, value):
    assert normalize_expression(text, "DATE", D, "future")[1] == value


@pytest.mark.slow
def test_normalize_resolution_marks_how_a_value_was_obtained(nlp):
    doc = nlp("On Dec. 22, 2016 he said he would return on Friday.")
    absolute, relative = normalize(doc, D, "doc1")
    assert (absolute.resolution, relative.resolution) == ("absolute", "relative")
    assert absolute.doc == "doc1"
    unresolved = normalize(doc, None)[1]
    assert unresolved.resolution == "unresolved" and unresolved.earliest is None
