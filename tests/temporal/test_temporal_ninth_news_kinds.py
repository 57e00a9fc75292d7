"""Kinds of temporal expression read in news-silver articles of lines 1001-1350 against `timeline
dates` (issue 17, helper h40timex): every expression of each text, with its extent, TIMEX3 type
and value."""

from datetime import date

import pytest

from timeline.analysis import RunOptions, annotated
from timeline.model import DocDate, Document
from timeline.temporal import normalize, normalize_expression
from timeline.temporal.recognize import match_report, only_where_needed
from timeline.temporal.values import is_timex3_value

W = date(2007, 5, 16)  # a Wednesday

REPORT_BEFORE_ITS_SAYING = [
    # a day written at the end of a report, before the ", X said" that trails it, is the report's
    # (the parser may hang it on the verb of saying): a plan stays ahead, a past act behind
    (
        "The envoy is due to give his first long speech on water rights Friday, an aide announced.",
        W,
        [("Friday", "DATE", "2007-05-18")],
    ),
    (
        "The minister will open the new wing of the museum Monday, his office said Tuesday.",
        W,
        [("Monday", "DATE", "2007-05-21"), ("Tuesday", "DATE", "2007-05-15")],
    ),
    ("The minister opened the new wing of the museum Monday, his office said.", W, [("Monday", "DATE", "2007-05-14")]),
    # (a day after the verb of saying stays the saying's)
    (
        "The board will meet soon, a spokesman said Monday.",
        W,
        [("soon", "DATE", "FUTURE_REF"), ("Monday", "DATE", "2007-05-14")],
    ),
]

PURPOSE_UNDER_WILL = [
    # a to-infinitive telling what a verb under "will" is done for is as far ahead as that verb
    (
        "The pilgrims will travel to the coast to bathe in the sea on Sunday.",
        W,
        [("Sunday", "DATE", "2007-05-20")],
    ),
    (
        "Extra police will be sent to keep order during Saturday's march.",
        W,
        [("Saturday", "DATE", "2007-05-19")],
    ),
    (
        '"We will fly to Geneva to sign and celebrate the accord on Monday," she said.',
        W,
        [("Monday", "DATE", "2007-05-21")],
    ),
    # (under a past or a present verb the infinitive does not look ahead)
    ("The pilgrims travelled to the coast to bathe in the sea on Sunday.", W, [("Sunday", "DATE", "2007-05-13")]),
    (
        "Troops were flown in to guard the polls on Sunday.",
        W,
        [("Sunday", "DATE", "2007-05-13")],
    ),
]

MATCH_HALVES = [
    # in a match report (two of its words tell a match: scores, "goals", "header" ...), a half or a
    # quarter with no year is the match's, though its own sentence tells no goal
    ("United beat City 2-1 with two goals from Smith. In the second half the visitors tired.", W, []),
    ("The hosts won 81-70. They led 40-31 at the end of a scrappy first half.", W, []),
    ("Lee had 9 rebounds in the 88-80 win. We played a poor third quarter, said the coach.", W, []),
    (
        "The hosts won 3-0 on Sunday. Their keeper was rarely tested in an even first half.",
        W,
        [("Sunday", "DATE", "2007-05-13")],
    ),
    # (a sentence of accounts keeps its year's half; so does a text with one score only)
    (
        "The club won 2-0 with a late header. Its sales rose 5 percent in the second half.",
        W,
        [("the second half", "DATE", "2007-H2")],
    ),
    (
        "The court ruled 5-4 on Monday. Growth slowed in the second half.",
        W,
        [("Monday", "DATE", "2007-05-14"), ("the second half", "DATE", "2007-H2")],
    ),
]

COMPOUND_LENGTHS = [
    # a length told in units each smaller than the one before is one DURATION
    ("She won the stage in three hours 12 minutes.", W, [("three hours 12 minutes", "DURATION", "PT3H12M")]),
    ("The flight took six hours and 5 minutes.", W, [("six hours and 5 minutes", "DURATION", "PT6H5M")]),
    (
        "He ran the course in 2 hours 14 minutes 30 seconds.",
        W,
        [("2 hours 14 minutes 30 seconds", "DURATION", "PT2H14M30S")],
    ),
    ("The winner's time was 41 minutes 7.35 seconds.", W, [("41 minutes 7.35 seconds", "DURATION", "PT41M7.35S")]),
    (
        "The judge gave him eight years, two months and ten days.",
        W,
        [("eight years, two months and ten days", "DURATION", "P8Y2M10D")],
    ),
    ("They were held for two weeks and four days.", W, [("two weeks and four days", "DURATION", "P18D")]),
    ("It was a 3-hour, 20-minute final.", W, [("3-hour, 20-minute", "DURATION", "PT3H20M")]),
    # (not a list of lengths, nor units growing, nor a rate)
    (
        "Some cabinets lasted one month, 40 days or less.",
        W,
        [("one month", "DURATION", "P1M"), ("40 days", "DURATION", "P40D")],
    ),
    ("It took 5 minutes and 2 hours.", W, [("5 minutes", "DURATION", "PT5M"), ("2 hours", "DURATION", "PT2H")]),
    (
        "He has trained for ten years, six days a week.",
        W,
        [("ten years", "DURATION", "P10Y"), ("six days a week", "SET", "P1W")],
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(
    "sentence, ref, expected", REPORT_BEFORE_ITS_SAYING + PURPOSE_UNDER_WILL + MATCH_HALVES + COMPOUND_LENGTHS
)
def test_ninth_news_kinds_table(nlp, sentence, ref, expected):
    got = [(t.text, t.type, t.value) for t in normalize(nlp(sentence), ref)]
    assert got == expected


def test_a_match_report_is_told_by_two_of_its_words():
    assert match_report("Arsenal won 2-0. A late header sealed it.")
    assert match_report("They won 78-70 after trailing 40-45.")
    assert not match_report("The meeting runs Nov. 16-18 and ends the 2004-2005 talks.")
    assert not match_report("Profits rose 5 percent in the second half.")


MATCH = (
    "The visitors won 2-1. Their keeper had little to do.\n\n"
    "Jones scored the winner with a header. Nobody expected it. The fans sang.\n\n"
    "Early in the second half the hosts tired."
)


def test_dates_keeps_the_words_that_tell_a_match_when_a_half_may_be_its():
    kept = only_where_needed(MATCH)
    assert len(kept) == len(MATCH)
    assert "The visitors won 2-1." in kept and "with a header" in kept  # sentences with no expression
    assert "Nobody expected it." not in kept


@pytest.mark.slow
def test_dates_reads_a_match_half_as_a_parse_of_the_whole_text_does():
    document = Document(id="d", text=MATCH, date=DocDate("2016-12-20", "metadata", 1.0))

    def found(only_dates: bool) -> list[tuple]:
        [(_, doc, timexes)] = list(
            annotated([document], RunOptions(), lambda m: None, ("ner",), lazy_lemmas=True, only_dates=only_dates)
        )
        return [(t.start, t.end, t.text, t.type, t.value) for t in timexes]

    assert found(True) == found(False) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("a year and two weeks", "P1Y14D"),  # weeks stand alone in TIMEX3: beside a year, in days
        ("three weeks, two days and 4 hours", "P23DT4H"),
        ("a week a year", "P1W"),  # units growing: a rate, not one length
    ],
)
def test_a_length_in_several_units_is_a_valid_timex3_duration(text, value):
    got = normalize_expression(text, "DURATION", date(2006, 11, 15), "none")[1]
    assert got == value
    assert is_timex3_value(got)
