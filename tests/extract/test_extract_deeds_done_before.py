"""A deed told by a gerund after "after", "since" or "upon" is a row of its own (issue 16): "sacked
two advisers after meeting the union leaders" tells the meeting too, "fell after hitting a record
high" the level hit; not a way of coming to know, a routine move, a deed in a clause not told as
done, nor one another word of its phrase tells."""

from __future__ import annotations

import pytest

from tests.extract.parsed import extracted

pytestmark = pytest.mark.slow


def rows(text: str):
    return extracted(text, "2016-12-16")  # a Friday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # meetings, deals, contests won, harm suffered: happenings of their own
        (
            "The governor dismissed two advisers on Tuesday shortly after meeting the union leaders in Lagos.",
            ["dismissed", "meeting"],
        ),
        ("The firm's shares jumped after selling its stake in a rival bank.", ["jumped", "selling"]),
        ("The party formed a coalition after winning the regional vote in April.", ["formed", "winning"]),
        # a level a price hit, shots fired, a collision: happenings of their own too
        ("Crude oil fell two dollars on Friday after hitting a record high of 80 dollars.", ["fell", "hitting"]),
        ("A guard was arrested on Sunday after firing his rifle at protesters.", ["arrested", "firing"]),
        ("The tanker sank on Tuesday after colliding with a fishing boat off the coast.", ["sank", "colliding"]),
        # the deed stands in a clause that tells nothing done too
        ("The striker has not played since breaking his ankle in March.", ["breaking"]),
        # coming to know, a routine move, a journey: the circumstances of the clause
        ("The minister resigned after hearing the verdict.", ["resigned"]),
        ("The ferry sank shortly after leaving the harbour.", ["sank"]),
        # not told as done: a plan, a deed that may never come ("before")
        ("The envoy will fly home after meeting the king.", ["fly"]),
        ("The governor dismissed two advisers before meeting the union leaders.", ["dismissed"]),
        # another word of the phrase tells the happening, the occasion it was done in: its row
        ("The club moved up to fifth after beating the champions in a tense derby on Sunday.", ["moved", "derby"]),
    ],
)
def test_deeds_done_before_their_clause(text, expected):
    assert [e.predicate.text for e in rows(text)] == expected


def test_deed_done_before_takes_its_clause_day():
    # dated by its clause's own day
    (dismissed, meeting) = rows("The governor dismissed two advisers on Tuesday after meeting the union leaders.")
    assert (
        (meeting.date.earliest, meeting.date.latest)
        == ("2016-12-13", "2016-12-13")
        == (
            dismissed.date.earliest,
            dismissed.date.latest,
        )
    )
    # or by the day its clause's statement is dated by, when the clause has none of its own
    text = "Fares on the new line will fall, the mayor told reporters after meeting the rail operators."
    meeting = next(e for e in rows(text) if e.predicate.text == "meeting")
    assert (meeting.date.earliest, meeting.date.latest, meeting.date.resolution) == (
        "2016-12-16",
        "2016-12-16",
        "inferred",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the means a clause told as done was reached by: done too, a row of its own
        ("The rovers reached the final on Tuesday by beating the holders 3-1 at home.", ["reached", "beating"]),
        ("The insurer grew into the market leader last year by buying two rival firms.", ["grew", "buying"]),
        # not a means still to come, nor the "by" of a passive's agent
        ("The rovers will try to reach the final by beating the holders at home.", []),
        ("The two deserters were executed by firing squad on Tuesday.", ["executed"]),
    ],
)
def test_deeds_done_by_as_the_means_of_a_clause_told_done(text, expected):
    assert [e.predicate.text for e in rows(text)] == expected


def test_deed_done_by_takes_its_clause_day():
    rows_ = {e.predicate.text: e for e in rows("The rovers reached the final on Tuesday by beating the holders 3-1.")}
    assert (rows_["beating"].date.earliest, rows_["beating"].factuality) == ("2016-12-13", "asserted")
