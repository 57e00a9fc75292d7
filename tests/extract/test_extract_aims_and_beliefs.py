"""Rows that tell no happening (GUIDELINES section 1: purposes and infinitives that did not happen,
wishes and possibilities): what a scheme or a decision made at a past time aims at, when the parser
hangs that time on the aim ("launched a programme to modernise the ports in 2001": the launch is
the row, the modernising is not told done), and what someone is confident, optimistic or worried
will happen ("are optimistic that the talks will resume next week": a hope, not a plan). A scheme no
verb tells keeps the aim's row ("followed a campaign to topple the king in May 1990"), and so does a
past happening told inside the belief's clause ("confident it would win the case after the court
dropped two charges": the charges were dropped)."""

from __future__ import annotations

import pytest

from tests.extract.parsed import extracted

pytestmark = pytest.mark.slow


def facts(text: str) -> dict[str, str]:
    return {e.predicate.text: e.factuality for e in extracted(text, all_events=True)}


@pytest.mark.parametrize(
    ("text", "aim", "scheme"),
    [
        (
            "The provincial government launched a programme to modernise its fishing ports in 2001.",
            "modernise",
            "launched",
        ),
        ("The federation adopted a strategy to promote women's football in 2009.", "promote", "adopted"),
        ("The cabinet took the decision to privatise the airline last March.", "privatise", "decision"),
    ],
)
def test_the_aim_of_a_scheme_made_at_a_past_time_is_no_row(text, aim, scheme):
    found = facts(text)
    assert found.get(aim) == "hypothetical"
    assert found.get(scheme) == "asserted"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The vote followed a campaign to topple the king in May 1990.", "topple"),
        # "join" makes no scheme: the ousting is told as the drive's, at its time
        ("Thousands of students joined a drive to oust the governor in April 2003.", "oust"),
    ],
)
def test_an_aim_no_verb_makes_keeps_its_row(text, trigger):
    assert facts(text).get(trigger) in ("asserted", "reported")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Union leaders are optimistic that the talks will resume next week.", "talks"),
        ("The company said it was highly confident the merger will be approved by regulators.", "approved"),
        ("Farmers are worried that the drought will destroy the harvest.", "destroy"),
    ],
)
def test_what_someone_is_confident_or_worried_will_happen_is_no_row(text, trigger):
    assert facts(text).get(trigger) == "hypothetical"


@pytest.mark.parametrize(
    ("text", "trigger", "fact"),
    [
        (
            "The minister said he was confident the club would win the appeal after the court dropped two charges.",
            "dropped",
            None,
        ),
        ("The coach, hopeful that the striker could play on Sunday, decided to travel with the team.", "decided", None),
        ("The talks will resume next week, the union said.", "talks", "planned"),
    ],
)
def test_a_happening_told_beside_a_belief_keeps_its_row(text, trigger, fact):
    found = facts(text).get(trigger)
    assert found is not None and found != "hypothetical"
    if fact is not None:
        assert found == fact
