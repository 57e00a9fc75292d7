"""TIMEX3 values to EDTF, day intervals and precision."""

import pytest
from edtf import parse_edtf

from timeline.temporal.values import interval, is_timex3_value, part_of


@pytest.mark.parametrize(
    ("value", "earliest", "latest", "precision", "edtf"),
    [
        ("2016-12-16", "2016-12-16", "2016-12-16", "day", "2016-12-16"),
        ("2016-12-16T22:00", "2016-12-16", "2016-12-16", "day", "2016-12-16"),
        ("2016-W50", "2016-12-12", "2016-12-18", "week", "2016-12-12/2016-12-18"),
        ("2016-W50-WE", "2016-12-17", "2016-12-18", "week", "2016-12-17/2016-12-18"),
        ("2016-02", "2016-02-01", "2016-02-29", "month", "2016-02"),
        ("2015-02", "2015-02-01", "2015-02-28", "month", "2015-02"),
        ("2016-Q4", "2016-10-01", "2016-12-31", "quarter", "2016-36"),
        ("2016-WI", "2016-12-01", "2017-02-28", "season", "2016-24"),
        ("2016", "2016-01-01", "2016-12-31", "year", "2016"),
        ("201", "2010-01-01", "2019-12-31", "decade", "201X"),
        ("19", "1900-01-01", "1999-12-31", "century", "19XX"),
        ("XXXX-WXX-5", None, None, "day", "XXXX-XX-XX"),
        ("XXXX-01", None, None, "month", "XXXX-01"),
        ("1998-10-XX", "1998-10-01", "1998-10-31", "month", "1998-10-XX"),
        ("1998-XX-XX", "1998-01-01", "1998-12-31", "year", "1998-XX-XX"),
        ("P6Y", None, None, "none", None),
    ],
)
def test_values_interval(value, earliest, latest, precision, edtf):
    iv = interval(value)
    assert (iv.earliest, iv.latest, iv.precision, iv.edtf) == (earliest, latest, precision, edtf)
    assert is_timex3_value(value)
    if edtf:
        parse_edtf(edtf)


def test_values_reference_words_need_the_reference_date():
    from datetime import date

    assert interval("PAST_REF", date(2016, 12, 23)).latest == "2016-12-23"
    assert interval("PRESENT_REF").earliest is None


@pytest.mark.parametrize("value", ["2016-13", "tomorrow", "P", "2016-W50-8", ""])
def test_values_rejects_malformed_timex3(value):
    assert not is_timex3_value(value)


@pytest.mark.parametrize(
    ("value", "text", "earliest", "latest"),
    [
        ("1997-03", "late March", "1997-03-21", "1997-03-31"),
        ("1997-02", "the end of last month", "1997-02-21", "1997-02-28"),
        ("1997-01", "mid-January", "1997-01-11", "1997-01-20"),
        ("1998-01", "early January next year", "1998-01-01", "1998-01-10"),
        ("1996", "early 1996", "1996-01-01", "1996-04-30"),
        ("1996", "the middle of 1996", "1996-05-01", "1996-08-31"),
        ("1996", "late 1996", "1996-09-01", "1996-12-31"),
        ("2016", "end-of-the-year", "2016-09-01", "2016-12-31"),
        # a part of a week: its first three, middle three or last four days
        ("2010-W23", "early next week", "2010-06-07", "2010-06-09"),
        ("2010-W23", "mid-week", "2010-06-08", "2010-06-10"),
        ("2010-W22", "late last week", "2010-06-03", "2010-06-06"),
        ("2010-W22", "the end of the week", "2010-06-03", "2010-06-06"),
        ("2010-W22-WE", "late this weekend", "2010-06-05", "2010-06-06"),
        # a part of a decade: its first four, middle three or last three years
        ("197", "the early 1970s", "1970-01-01", "1973-12-31"),
        ("197", "the mid-1970s", "1974-01-01", "1976-12-31"),
        ("196", "the late sixties", "1967-01-01", "1969-12-31"),
        ("196", "the 1960s", "1960-01-01", "1969-12-31"),
        # no part named, or a part of something else: the interval as it is
        ("1997-04", "earlier this month", "1997-04-01", "1997-04-30"),
        ("1997-04-03", "late Thursday", "1997-04-03", "1997-04-03"),
        ("1997", "this year", "1997-01-01", "1997-12-31"),
    ],
)
def test_part_of_a_month_or_year(value, text, earliest, latest):
    iv = part_of(interval(value), text)
    assert (iv.earliest, iv.latest) == (earliest, latest)
    assert iv.precision == interval(value).precision
