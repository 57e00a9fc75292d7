"""What the article tells on others' word, no one named ("was reportedly arrested", "allegedly
took bribes"), is reported, not asserted as fact."""

from __future__ import annotations

import pytest

from tests.extract.parsed import parsed
from timeline.extract import extract

pytestmark = pytest.mark.slow


def factualities(text: str) -> dict[str, str]:
    document, doc, timexes = parsed(text)
    ex = extract(doc, document, timexes, all_events=True)
    return {e.predicate.lemma: e.factuality for e in ex.events}


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        ("The harbour master was reportedly detained in Mombasa on Friday.", "detain"),
        ("Two customs officers allegedly took bribes from smugglers last month.", "take"),
        ("The rebels reportedly launched an attack on the garrison on Sunday.", "attack"),
    ],
)
def test_hearsay_is_reported(text, lemma):
    assert factualities(text)[lemma] == "reported"


def test_hearsay_about_a_purpose_leaves_the_deed_asserted():
    # "reportedly" after the verb tells why, on others' word; the cancellation itself is told as fact
    text = "The minister cancelled a trip to Paris on Monday reportedly to avoid a row with the unions."
    assert factualities(text)["cancel"] == "asserted"


def test_hearsay_leaves_a_noun_further_down_asserted():
    text = "The firms allegedly sold arms to the militia during the 1994 civil war."
    assert factualities(text).get("war", "asserted") == "asserted"


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        ("The guerrillas claim to have shot down an army helicopter near the border.", "shoot down"),
        ("The driver is alleged to have struck a cyclist on the ring road.", "strike"),
        ("A farm worker who died last week is suspected to have caught the virus from his ducks.", "catch"),
    ],
)
def test_a_perfect_infinitive_under_a_claim_is_reported(text, lemma):
    # claimed or alleged to have done: a past deed on the claimant's word, listed as reported
    assert factualities(text)[lemma] == "reported"


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        ("The guerrillas did not claim to have shot down the helicopter.", "shoot down"),
        ("The guerrillas may claim to have shot down the helicopter.", "shoot down"),
        ("The guerrillas claim to control the mountain pass.", "control"),
    ],
)
def test_a_claim_denied_to_come_or_of_a_state_is_no_deed(text, lemma):
    assert factualities(text).get(lemma) not in ("asserted", "reported")
