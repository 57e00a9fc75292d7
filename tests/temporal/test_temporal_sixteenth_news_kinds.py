"""Kinds of temporal expression read in fresh news-silver articles against `timeline dates` (issue 17,
helper h72timex): a date in what a simple present of following says came first ("Friday's rally
follows a protest Thursday", "the cut follows a reduction from November onwards", "the ban comes after
talks on Monday") is gone by, not a schedule ahead; "one day" before the verb it qualifies when that
verb has a modal ("One day the debris could form planets") or opening a clause after "that" ("a dream
that one day, ...") is FUTURE_REF, not a length of a day; "in some quarters", "from many quarters" are
parts of the public and "after three quarters" in a match is the match's, not nine months; a holiday's
name that only begins a thing's name ("Christmas trees", "Easter eggs") is no time; a date inside what a
preposition "since" counts from ("since its win in the March elections") is gone by; a past form that
is no present ("leapt"), read by the tagger as a present after a plural subject, is a past."""

from datetime import date

import pytest

from timeline.temporal import normalize

FRI = date(2005, 11, 18)  # a Friday
DEC = date(2006, 12, 15)  # a Friday in December: a month alone could be either side of it


def _got(nlp, sentence, ref):
    return [(t.text, t.type, t.value) for t in normalize(nlp(sentence), ref)]


FOLLOWED = [
    (
        "Friday's rally in the capital follows a mass protest at the town hall Thursday.",
        FRI,
        [("Friday", "DATE", "2005-11-18"), ("Thursday", "DATE", "2005-11-17")],
    ),
    ("The ban comes after talks between the two sides on Monday.", FRI, [("Monday", "DATE", "2005-11-14")]),
    ("The decision comes on the heels of a vote in parliament on Monday.", FRI, [("Monday", "DATE", "2005-11-14")]),
    (
        "The new cut follows a reduction of one million barrels a day from November onwards.",
        DEC,
        [("November", "DATE", "2006-11")],
    ),
    # (with no object, or for a verb of its own after it, a present still tells what is ahead)
    ("More talks follow on Monday.", FRI, [("Monday", "DATE", "2005-11-21")]),
    ("The vote comes after a debate that will end Tuesday.", FRI, [("Tuesday", "DATE", "2005-11-22")]),
    ("The two leaders meet on Monday.", FRI, [("Monday", "DATE", "2005-11-21")]),
]


@pytest.mark.slow
@pytest.mark.parametrize("sentence, ref, expected", FOLLOWED)
def test_what_is_followed_is_gone_by(nlp, sentence, ref, expected):
    assert _got(nlp, sentence, ref) == expected


SOMEDAY = [
    ("One day the dust around the star could gather into small planets.", FRI, [("One day", "DATE", "FUTURE_REF")]),
    ("One day the city may host the Olympic Games.", FRI, [("One day", "DATE", "FUTURE_REF")]),
    (
        '"I have a dream that one day, that one of my pupils compete at the Olympics," he says.',
        FRI,
        [("one day", "DATE", "FUTURE_REF")],
    ),
    ("We hope that one day, peace returns to the region.", FRI, [("one day", "DATE", "FUTURE_REF")]),
    # (a length, or a day counted from a happening, stays one)
    ("The strike will last one day.", FRI, [("one day", "DURATION", "P1D")]),
    ("The shops will close one day a week.", FRI, [("one day", "DURATION", "P1D")]),
    ("One day after the vote, the minister will resign.", FRI, [("One day", "DURATION", "P1D")]),
]


@pytest.mark.slow
@pytest.mark.parametrize("sentence, ref, expected", SOMEDAY)
def test_one_day_before_a_modal_verb(nlp, sentence, ref, expected):
    assert _got(nlp, sentence, ref) == expected


QUARTERS = [
    ("The mayor has been criticized in some quarters for skipping the ceremony.", FRI, []),
    ("The plan was welcomed in many quarters.", FRI, []),
    ("The hosts built a comfortable 71-39 lead after three quarters.", FRI, []),
    (
        "The Lakers trailed 60-48 after three quarters, but Bryant scored 20 points in the fourth and they won 101-99.",
        FRI,
        [],
    ),
    # (quarters of a year stay: in a sentence of accounts, or with no match told)
    ("Profits fell for three quarters in a row.", FRI, [("three quarters", "DURATION", "P9M")]),
    ("Sales rose in some quarters and fell in others.", FRI, [("some quarters", "DURATION", "PXM")]),
]


@pytest.mark.slow
@pytest.mark.parametrize("sentence, ref, expected", QUARTERS)
def test_quarters_that_are_no_time(nlp, sentence, ref, expected):
    assert _got(nlp, sentence, ref) == expected


D = date(2005, 12, 10)

HOLIDAY_THINGS = [
    ("Shoppers hung their wishes on the Christmas trees in the square.", D, []),
    ("Huge golden Christmas decorations stayed on display.", D, []),
    ("The children painted Easter eggs.", D, []),
    # (the day, or what takes place at it, stays)
    ("Children sang carols on Christmas Eve.", D, [("Christmas Eve", "DATE", "2005-12-24")]),
    ("He spent Christmas in Paris.", D, [("Christmas", "DATE", "2005-12-25")]),
    ("Stores will be closed over the Christmas holiday.", D, [("Christmas", "DATE", "2005-12-25")]),
]


@pytest.mark.slow
@pytest.mark.parametrize("sentence, ref, expected", HOLIDAY_THINGS)
def test_holiday_that_names_a_thing(nlp, sentence, ref, expected):
    assert _got(nlp, sentence, ref) == expected


SINCE = [
    (
        "The party, which runs the city since its landslide win in the March elections, rejected the plan.",
        DEC,
        [("March", "DATE", "2006-03")],
    ),
    (
        "The index shows a sharp rise in violence since the bombing of a mosque in February.",
        DEC,
        [("February", "DATE", "2006-02")],
    ),
    # ("since" as "because" opens a clause of its own, which says which way)
    ("Since the council will vote in January, the decision must wait.", DEC, [("January", "DATE", "2007-01")]),
]


@pytest.mark.slow
@pytest.mark.parametrize("sentence, ref, expected", SINCE)
def test_what_since_counts_from_is_gone_by(nlp, sentence, ref, expected):
    assert _got(nlp, sentence, ref) == expected


ONLY_PAST = [
    ("Shares in the two banks leapt 5 percent in November.", DEC, [("November", "DATE", "2006-11")]),
    (
        "The group said its net profits leapt 40 percent in the year to March.",
        DEC,
        [("the year", "DURATION", "P1Y"), ("March", "DATE", "2006-03")],
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize("sentence, ref, expected", ONLY_PAST)
def test_a_past_form_read_as_a_present(nlp, sentence, ref, expected):
    assert _got(nlp, sentence, ref) == expected
