"""Kinds of temporal expression read in fresh news-silver articles against `timeline dates` (issue 17,
helper h71timex): a bare infinitive with its own subject under a verb of perception or causing has no
tense of its own and takes that verb's ("saw prices fall in March", told in December: the March before;
"will see prices fall in March": the March ahead); "the fall" with no year is a season only where a
preposition of time puts it ("in the fall"), not as the subject or object of a verb ("The fall was led
by utilities": a drop); a weekend qualifying a happening of harm, a vote or a contest is that weekend,
not two days ("a weekend fire", "weekend elections"), as it was for meetings and attacks; "one day" as
"some day" before a modal ("the church one day may open"), before the infinitive of a verb of wishing
("hopes one day to visit") or opening its sentence before "in" ("One day in the not too distant future
we will ...") is FUTURE_REF, not a day's length; a weekday right after "<noun> due to <verb of a
schedule>" lies ahead however the parser hangs "due to" ("have arrived for a summit due to open
Saturday"); so does one of a meeting "scheduled on" it as "scheduled for" it ("arrived to attend the
meeting scheduled on Friday"), and one of a passive whose "will" the parser hangs on its "be" ("will be
closed Monday"). A plan told with "was to" is seen from a past and may have come by now ("the stay was
to end on November 21", told in December: that November). An infinitive of inviting, urging or planning
under a gerund of a verb in the simple past is a plan made then ("violated the rules by inviting him to
sit in at sessions in January and February", told in April: those gone by). A month that qualifies a
noun of a clause under a modal of what may or should be ("the November increases should not be viewed
with alarm", "the costs of a dumping incident in August could reach millions", told in December) may be
gone by: read as a plan. A month written with "in" right after a noun whose own word says it is to come
("after an expected federal election in January", "the next elections due in April and May") lies ahead
whatever the tense. An infinitive under a past perfect of expecting or planning is a plan seen from a
past ("analysts had expected the deficit to come to $63 billion in October", told in December: that
October). A date that starts a record ("its lowest level since Sept. 25", "the sharpest rise since May")
is not where the story is: "the day" after it is still the story's day."""

from datetime import date

import pytest

from timeline.temporal import normalize

D = date(2006, 12, 5)  # a Tuesday in December: a month name alone could be either side of it

BARE_COMPLEMENT = [
    ("Investors saw share prices fall sharply in March.", D, [("March", "DATE", "2006-03")]),
    ("The coach let his best striker leave in January.", D, [("January", "DATE", "2006-01")]),
    ("The floods made the farmers sow again in April.", D, [("April", "DATE", "2006-04")]),
    (
        "Fans watched their captain join a rival club in the summer.",
        D,
        [("the summer", "DATE", "2006-SU")],
    ),
    # (the seeing ahead: the month ahead; a to-infinitive is no bare complement)
    ("Traders will see prices fall in March.", D, [("March", "DATE", "2007-03")]),
    ("The minister wants to see the law passed in March.", D, [("March", "DATE", "2007-03")]),
]


@pytest.mark.slow
@pytest.mark.parametrize("sentence, ref, expected", BARE_COMPLEMENT)
def test_bare_complement(nlp, sentence, ref, expected):
    got = [(t.text, t.type, t.value) for t in normalize(nlp(sentence), ref)]
    assert got == expected


D2 = date(2005, 4, 20)

THE_FALL = [
    ("The index lost 2 percent. The fall was led by banks.", D2, []),
    ('"We want to resume the fall of jobless numbers," he said.', D2, []),
    ('"We intend to restart the fall," the minister said.', D2, []),
    # (a preposition of time makes it the season; a year or "last" too)
    ("The assembly will meet again in the fall.", D2, [("the fall", "DATE", "2005-FA")]),
    ("Talks should end by the fall.", D2, [("the fall", "DATE", "2005-FA")]),
    ("He was elected in the fall of 2004.", D2, [("the fall of 2004", "DATE", "2004-FA")]),
    ("Last fall the team won the title.", D2, [("Last fall", "DATE", "2004-FA")]),
]


@pytest.mark.slow
@pytest.mark.parametrize("sentence, ref, expected", THE_FALL)
def test_the_fall_as_a_drop(nlp, sentence, ref, expected):
    got = [(t.text, t.type, t.value) for t in normalize(nlp(sentence), ref)]
    assert got == expected


SUN = date(1997, 4, 13)  # a Sunday

WEEKEND_HAPPENING = [
    ("A weekend fire gutted the old chapel.", SUN, [("weekend", "DATE", "1997-W15-WE")]),
    ("Police are investigating a weekend shooting in the suburb.", SUN, [("weekend", "DATE", "1997-W15-WE")]),
    ("The party lost weekend elections in three regions.", SUN, [("weekend", "DATE", "1997-W15-WE")]),
    # (a weekend spent, or of something, stays a length)
    ("They spent a weekend in the mountains.", SUN, [("a weekend", "DURATION", "P2D")]),
    ("After a weekend of talks, the sides agreed.", SUN, [("a weekend", "DURATION", "P2D")]),
]


@pytest.mark.slow
@pytest.mark.parametrize("sentence, ref, expected", WEEKEND_HAPPENING)
def test_weekend_happening(nlp, sentence, ref, expected):
    got = [(t.text, t.type, t.value) for t in normalize(nlp(sentence), ref)]
    assert got == expected


ONE_DAY_AHEAD = [
    ("Rebels fear that the old king one day may return.", D, [("one day", "DATE", "FUTURE_REF")]),
    ("The cardinal hopes one day to visit Moscow.", D, [("one day", "DATE", "FUTURE_REF")]),
    (
        '"One day in the not too distant future we will win," he said.',
        D,
        [("One day", "DATE", "FUTURE_REF")],
    ),
    # (a length, or a day counted from a happening, stays as it was)
    ("The strike lasted one day.", D, [("one day", "DURATION", "P1D")]),
    ("The talks will take one day.", D, [("one day", "DURATION", "P1D")]),
    ("He was freed one day after the vote.", D, [("one day", "DURATION", "P1D")]),
]


@pytest.mark.slow
@pytest.mark.parametrize("sentence, ref, expected", ONE_DAY_AHEAD)
def test_one_day_ahead(nlp, sentence, ref, expected):
    got = [(t.text, t.type, t.value) for t in normalize(nlp(sentence), ref)]
    assert got == expected


FRI = date(2006, 11, 3)  # a Friday

AHEAD_OF_A_SCHEDULE = [
    (
        "Forty delegations have arrived for a landmark summit due to open Saturday.",
        FRI,
        [("Saturday", "DATE", "2006-11-04")],
    ),
    ("Ministers flew in for a meeting due to end Sunday.", FRI, [("Sunday", "DATE", "2006-11-05")]),
    # (a cause after "due to" stays a day gone by)
    ("The flight was cancelled due to a strike on Monday.", FRI, [("Monday", "DATE", "2006-10-30")]),
    (
        "The premier arrived in Seoul to attend the leaders' meeting scheduled on Saturday and Sunday.",
        FRI,
        [("Saturday", "DATE", "2006-11-04"), ("Sunday", "DATE", "2006-11-05")],
    ),
    # (a record "set on" a day was set then)
    (
        "The index is within 70 points of its record high set on Aug. 6.",
        date(1998, 2, 6),
        [("Aug. 6", "DATE", "1997-08-06")],
    ),
    ("The stock market will be closed Monday.", FRI, [("Monday", "DATE", "2006-11-06")]),
    ("The border crossing will be reopened on Tuesday.", FRI, [("Tuesday", "DATE", "2006-11-07")]),
    ("The border crossing was reopened on Tuesday.", FRI, [("Tuesday", "DATE", "2006-10-31")]),
]


@pytest.mark.slow
@pytest.mark.parametrize("sentence, ref, expected", AHEAD_OF_A_SCHEDULE)
def test_ahead_of_a_schedule(nlp, sentence, ref, expected):
    got = [(t.text, t.type, t.value) for t in normalize(nlp(sentence), ref)]
    assert got == expected


WAS_TO = [
    (
        "The last stay was to end on November 21 but judges have extended it.",
        date(2005, 12, 16),
        [("November 21", "DATE", "2005-11-21")],
    ),
    ("The summit was to open in January.", date(2005, 12, 16), [("January", "DATE", "2006-01")]),
    ("The summit is to open in November.", date(2005, 12, 16), [("November", "DATE", "2006-11")]),
]


@pytest.mark.slow
@pytest.mark.parametrize("sentence, ref, expected", WAS_TO)
def test_was_to(nlp, sentence, ref, expected):
    got = [(t.text, t.type, t.value) for t in normalize(nlp(sentence), ref)]
    assert got == expected


GERUND_OF_A_PAST = [
    (
        "The governor broke the rules by inviting an economist to sit in at two briefings in January and February.",
        date(1997, 4, 3),
        [("January", "DATE", "1997-01"), ("February", "DATE", "1997-02")],
    ),
    (
        "The governor will break the rules by inviting an economist to sit in at a briefing in February.",
        date(1997, 4, 3),
        [("February", "DATE", "1998-02")],
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize("sentence, ref, expected", GERUND_OF_A_PAST)
def test_gerund_of_a_past(nlp, sentence, ref, expected):
    got = [(t.text, t.type, t.value) for t in normalize(nlp(sentence), ref)]
    assert got == expected


ON_A_NOUN_UNDER_A_MODAL = [
    (
        "The November rise in producer prices should not be viewed with alarm.",
        date(2006, 12, 19),
        [("November", "DATE", "2006-11")],
    ),
    (
        "The costs of the spill in August could reach millions of dollars.",
        date(2006, 11, 24),
        [("August", "DATE", "2006-08")],
    ),
    # (under "will", and a month after "for", stay ahead)
    (
        "The cost of the repairs in August will reach millions of dollars.",
        date(2006, 11, 24),
        [("August", "DATE", "2007-08")],
    ),
    ("Crude for March delivery could rise further.", date(2006, 11, 24), [("March", "DATE", "2007-03")]),
]


@pytest.mark.slow
@pytest.mark.parametrize("sentence, ref, expected", ON_A_NOUN_UNDER_A_MODAL)
def test_on_a_noun_under_a_modal(nlp, sentence, ref, expected):
    got = [(t.text, t.type, t.value) for t in normalize(nlp(sentence), ref)]
    assert got == expected


MARKED_AHEAD = [
    (
        "Delegates on Sunday voted to back her in the next elections due in April and May.",
        date(2006, 12, 10),
        [("Sunday", "DATE", "2006-12-10"), ("April", "DATE", "2007-04"), ("May", "DATE", "2007-05")],
    ),
    (
        "He said he saw few changes after an expected federal election in January.",
        date(2005, 11, 24),
        [("January", "DATE", "2006-01")],
    ),
    # (no word of the noun's own looking ahead: the tense says, as before)
    ("He said he won the last election in January.", date(2005, 11, 24), [("January", "DATE", "2005-01")]),
]


@pytest.mark.slow
@pytest.mark.parametrize("sentence, ref, expected", MARKED_AHEAD)
def test_marked_ahead(nlp, sentence, ref, expected):
    got = [(t.text, t.type, t.value) for t in normalize(nlp(sentence), ref)]
    assert got == expected


PAST_PERFECT_PLAN = [
    (
        "Analysts had expected the trade deficit to come to 63 billion dollars in October.",
        date(2006, 12, 12),
        [("October", "DATE", "2006-10")],
    ),
    (
        "Analysts expect the trade deficit to come to 63 billion dollars in October.",
        date(2006, 12, 12),
        [("October", "DATE", "2007-10")],
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize("sentence, ref, expected", PAST_PERFECT_PLAN)
def test_past_perfect_plan(nlp, sentence, ref, expected):
    got = [(t.text, t.type, t.value) for t in normalize(nlp(sentence), ref)]
    assert got == expected


RECORD_SINCE = [
    (
        "The dollar moved between 116.18 yen, its lowest level in Tokyo since Sept. 25, and 116.49 yen during the day.",
        date(2006, 11, 24),
        [("Sept. 25", "DATE", "2006-09-25"), ("the day", "DATE", "2006-11-24")],
    ),
    # (a date the story moves to stays the day's anchor)
    (
        "The talks opened on Sept. 25. Later in the day the envoys met.",
        date(2006, 11, 24),
        [("Sept. 25", "DATE", "2006-09-25"), ("the day", "DATE", "2006-09-25")],
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize("sentence, ref, expected", RECORD_SINCE)
def test_record_since(nlp, sentence, ref, expected):
    got = [(t.text, t.type, t.value) for t in normalize(nlp(sentence), ref)]
    assert got == expected
