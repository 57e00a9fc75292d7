"""Rows that tell no happening (GUIDELINES section 1): a plan inside a condition ("if the envoy lands
and decides to drive to the border"), a time a plan or forecast waits for ("will return after the
case has been settled"), a schedule overtaken ("the deadline had been due to pass on Friday", "was
originally scheduled to open in May"), a term being served ("is serving a ten-year sentence"),
a wire editor's note ("The ruling, 2nd graf pvs."), the price a deal pays per share ("holders will
receive $45 a share"), and what a quotation set in typewriter quotes
(``like this'') predicts. What is set for a time stays planned, and a time clause in the past or
with its own date keeps its row."""

from __future__ import annotations

import pytest

from tests.extract.parsed import extracted

pytestmark = pytest.mark.slow


def facts(text: str) -> dict[str, str]:
    return {e.predicate.text: e.factuality for e in extracted(text, all_events=True)}


def rows(text: str) -> set[str]:
    return {e.predicate.text for e in extracted(text)}


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            '"If the father shows up in Lima and decides to go and ring the bell of his cousins, they will let him in,"'
            " the lawyer said.",
            "ring",
        ),
        (
            "If the envoy flies to Cairo and decides to go and meet the rebels, the talks will collapse, an aide said.",
            "meet",
        ),
        ('"If the union decides to hold a strike, the plant will close," the manager said.', "strike"),
    ],
)
def test_a_plan_inside_a_condition_is_no_row(text, trigger):
    assert facts(text).get(trigger) == "hypothetical"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The minister said the envoy would return to Lima after the case has been settled by the court.", "settled"),
        ("The old bridge is expected to be closed once the new one has been completed, officials said.", "completed"),
        ("The coach said the squad will fly home when the tournament has ended.", "tournament"),
    ],
)
def test_the_time_a_plan_waits_for_is_no_row(text, trigger):
    assert facts(text).get(trigger) == "hypothetical"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The envoy returned to Lima after the case was settled by the court, the minister said.", "settled"),
        ("The squad will fly home after the federation holds its congress on Sunday, the coach said.", "holds"),
        ("The delegates will leave when the summit closes on Friday, an aide said.", "summit"),
        ("The skipper is expected to be recalled when England announces its squad later this week.", "announces"),
    ],
)
def test_a_past_or_dated_time_clause_keeps_its_row(text, trigger):
    assert facts(text).get(trigger) in ("asserted", "reported", "planned")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The company extended its tender offer to Nov. 20. The offer had been due to expire on Friday.", "expire"),
        ("Norway had been expected to table the motion on Tuesday, but delegates said it was still waiting.", "table"),
    ],
)
def test_a_schedule_overtaken_is_no_plan(text, trigger):
    assert facts(text).get(trigger) == "hypothetical"


def test_a_happening_of_its_own_time_under_a_condition_stays_planned():
    text = (
        "The mayor would win the runoff if he were chosen to face the senator in next year's elections, a poll showed."
    )
    assert facts(text).get("elections") == "planned"


def test_a_schedule_first_set_is_no_row():
    assert "open" not in rows("The hotel opened on Monday. It was originally scheduled to open in May.")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The offer is due to expire on Friday, the company said.", "expire"),
        ("The pontiff was set to cross the bridge later in the day, police said.", "cross"),
    ],
)
def test_a_schedule_kept_stays_planned(text, trigger):
    assert facts(text).get(trigger) == "planned"


def test_a_term_being_served_is_a_state():
    text = "The former banker, 61, is serving a ten-year sentence in a northern prison, his lawyer said."
    assert "serving" not in rows(text)


def test_a_wire_editors_note_is_no_row():
    text = "The court on Monday upheld the ban on the party. The decision, 4th graf pvs."
    found = rows(text)
    assert "upheld" in found and "pvs" not in found


def test_a_prediction_in_typewriter_quotes_is_no_plan():
    text = "``We will defend every village in the valley,'' the minister said on Sunday."
    assert facts(text).get("defend") == "hypothetical"


@pytest.mark.parametrize(
    "text",
    [
        "Under the merger agreement, holders will receive $45 a share in cash, the bank said.",
        "The insurer will pay 0.65 share for each Dalton share, the companies said.",
    ],
)
def test_the_price_a_deal_pays_per_share_is_no_row(text):
    assert not {"receive", "pay"} & rows(text)


def test_a_dated_payment_per_share_stays_planned():
    assert facts("The company will pay a dividend of 10 cents a share on Dec. 1.").get("pay") == "planned"
