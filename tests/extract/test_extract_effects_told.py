"""What a happening, a measure or a doing is said to have brought about is an evaluation, no row
(issue 16, item 1; GUIDELINES section 1: opinions, evaluations): "the merger exceeded the target",
"the reform has proven effective". What a happening did to people or things, a quantity it changed,
and a death it proved to be stay rows."""

from __future__ import annotations

import pytest

from tests.extract.parsed import extracted

pytestmark = pytest.mark.slow


def facts(text: str) -> dict[str, str]:
    return {e.predicate.text: e.factuality for e in extracted(text, all_events=True)}


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The early repayment of the loan exceeded the target set by the lenders.", "exceeded"),
        ("The tax reform has proven to be very popular among small farmers.", "proven"),
        ("The central bank's move has eased the worries of small savers.", "eased"),
        ("The tripling of rents has increased the pressure on poorer families in the capital.", "increased"),
        ("Her research has provided a basis for the new rules on river fishing.", "provided"),
        ("The licensing of private schools brought a new era for parents in the region.", "brought"),
        ("It has been proven that the two wings of the party are in effect separate groups.", "proven"),
    ],
)
def test_an_effect_told_is_no_happening(text, trigger):
    assert facts(text).get(trigger) == "generic"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The explosion destroyed two trucks at the depot on Monday.", "destroyed"),
        ("The merger increased the bank's capital to 5 billion dollars.", "increased"),
        ("The fall from the roof proved fatal for the young worker.", "proved"),
        ("The strike brought the city's buses and trams to a halt.", "brought"),
    ],
)
def test_what_a_happening_did_stays(text, trigger):
    assert facts(text).get(trigger) in ("asserted", "reported")
