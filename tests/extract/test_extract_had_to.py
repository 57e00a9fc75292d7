"""A simple past of "have to" in a clause of its own tells what was done under necessity ("the
rescue team had to turn back", "the final had to be put off"): a row, told done. A future, a
denial, "had yet to" or a duty told in a complement stays hidden."""

from __future__ import annotations

import pytest

from tests.extract.parsed import extracted

pytestmark = pytest.mark.slow


def facts(text: str) -> dict[str, str]:
    return {e.predicate.text: e.factuality for e in extracted(text, "2006-11-03", all_events=True)}


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("The rescue team had to turn back on Tuesday because of the smoke.", "turn"),
        ("The cup final had to be postponed after heavy snow.", "postponed"),
    ],
)
def test_what_had_to_be_done_was_done(text, verb):
    assert facts(text)[verb] == "asserted"


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("The clubs will have to postpone the final.", "postpone"),
        ("The ministry said the clubs had to postpone the final.", "postpone"),
        ("That account had yet to be confirmed by the police.", "confirmed"),
    ],
)
def test_a_duty_to_come_told_or_still_awaited_is_not_done(text, verb):
    assert facts(text).get(verb) not in ("asserted", "reported")
