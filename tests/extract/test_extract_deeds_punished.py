"""A deed a sanction is for is a row of its own (issue 16): "was fined on Monday for kicking a
ball boy" tells the kick too, done before the fine and at no time the fine's clause gives; not a
law ("can be jailed for"), a charge ("accused of", "for allegedly ..."), a course kept up ("for
running a bar"), nor what an infinitive tells ("for failing to pay")."""

from __future__ import annotations

import pytest

from tests.extract.parsed import extracted

pytestmark = pytest.mark.slow


def rows(text: str):
    return extracted(text, "2016-12-16")  # a Friday


def _row(text: str, trigger: str):
    return next(e for e in rows(text) if e.predicate.text == trigger)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # sanctions told as done: the deed is a row, its doer the one sanctioned
        ("The league fined Carl Dobbs on Monday for kicking a ball boy.", ["fined", "kicking"]),
        ("Winger Sam Orr was sent off for elbowing a defender during the derby.", ["sent off", "elbowing"]),
        ("The coach apologised for insulting the umpire.", ["apologised", "insulting"]),
        ("A former mayor was found guilty of taking bribes from a builder.", ["found", "taking"]),
        # a law, a plan, a condition: no sanction told as done
        ("Drivers can be fined for parking a car on the pavement.", []),
        ("He faces ten years in prison if convicted of smuggling the guns.", []),
        # a charge, a course kept up, an infinitive's deed
        ("Rebels accused the army of shelling the village.", ["accused"]),
        ("Three guards were suspended for allegedly selling fuel to smugglers.", ["suspended"]),
        ("A nurse was jailed for running an illegal clinic.", ["jailed"]),
        ("A driver was fined for failing to stop at the border.", ["fined"]),
    ],
)
def test_deeds_punished(text, expected):
    assert [e.predicate.text for e in rows(text)] == expected


def test_deed_punished_has_its_doer_and_not_the_sanction_day():
    kick = _row("The league fined Carl Dobbs on Monday for kicking a ball boy.", "kicking")
    assert [(a.name, a.role) for a in kick.actors][:1] == [("Carl Dobbs", "agent")]
    assert kick.date.earliest is None  # done before the fine, on a day the text does not give
    # a time of its own dates it
    elbow = _row("Winger Sam Orr was banned on Tuesday for elbowing a defender in Saturday's derby.", "elbowing")
    assert (elbow.date.earliest, elbow.date.latest) == ("2016-12-10", "2016-12-10")
