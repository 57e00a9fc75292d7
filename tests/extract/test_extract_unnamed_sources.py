"""News no one is named as telling ("reports said", "according to local media") is reported, not
asserted: its row keeps the unnamed news as its source, and "the report" is the body named
before as telling the story."""

from __future__ import annotations

import pytest

from tests.extract.parsed import parsed
from timeline.extract import extract

pytestmark = pytest.mark.slow


def told(text: str, trigger: str) -> tuple[str, list[str]]:
    """The factuality and the sources of the first event a mention of ``trigger`` tells."""
    document, doc, timexes = parsed(text)
    ex = extract(doc, document, timexes)
    event = next(e for e in ex.events if any(m.trigger == trigger for m in e.mentions))
    return event.factuality, [a.name for a in event.actors if a.role == "source"]


@pytest.mark.parametrize(
    ("text", "trigger", "source"),
    [
        ("The harbour master was detained in Mombasa on Friday, reports said.", "detained", "reports"),
        ("A fuel depot caught fire near the airport on Sunday, local media reported.", "caught", "local media"),
        (
            "Three guards were wounded at the border post on Monday, according to press reports.",
            "wounded",
            "press reports",
        ),
        ("The dam burst after days of rain, according to reports by Peruvian media.", "burst", "Peruvian media"),
    ],
)
def test_unnamed_news_is_a_source(text, trigger, source):
    assert told(text, trigger) == ("reported", [source])


def test_the_report_is_the_paper_named_before():
    text = (
        "Two ministers resigned on Tuesday, the Nairobi Star newspaper reported. "
        "The finance minister left the cabinet after a row over the budget, the report said."
    )
    assert told(text, "left") == ("reported", ["Nairobi Star"])


def test_a_report_whose_maker_is_named_is_no_unnamed_news():
    # the maker's name is its teller, never "report"
    text = "Exports of rice fell in March, according to a report released by the Asian Development Bank."
    assert "report" not in told(text, "fell")[1]
