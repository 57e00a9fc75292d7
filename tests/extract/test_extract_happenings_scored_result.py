"""A match's result told with its score as the object of a preposition ("stayed top with a 3-2 win
over Lisbon", "moved second after their 1-0 victory over Porto") is a row of its own, even when a
victory was told before; a result with no score is left to the other rules ("after a win over
Porto")."""

from __future__ import annotations

import pytest

from tests.extract.parsed import extracted

pytestmark = pytest.mark.slow


def rows(text: str):
    return extracted(text, "2016-12-16")  # a Friday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lens stayed in the hunt for promotion with a 2-1 win over Metz.", ["win"]),
        # a victory told before is another match
        (
            "Lyon celebrated a victory on Saturday. Ajaccio moved second after their 1-0 victory over Dijon.",
            ["celebrated", "moved", "victory"],
        ),
        # no score
        ("Ajaccio moved second after a victory over Dijon.", ["moved"]),
    ],
)
def test_happenings_scored_result(text, expected):
    assert [e.predicate.text for e in rows(text)] == expected


def test_scored_result_is_not_the_results_of_several_matches():
    events = rows(
        "Barcelona and Arsenal went through with group wins on Wednesday. "
        "Arsenal went top of Group B with a 3-0 victory over Sparta Prague."
    )
    assert [[m.trigger for m in e.mentions] for e in events] == [["went through"], ["wins"], ["went"], ["victory"]]


def test_scored_result_joins_the_match_told_with_its_score():
    events = rows("Barcelona lost 1-0 to Porto. Valdes said it hurt after their 1-0 loss to Porto on Sunday.")
    assert ["lost", "loss"] in [[m.trigger for m in e.mentions] for e in events]
