"""A paragraph all in quotation marks with no "he said" of its own, right after a paragraph that
reports someone's words without quoting them, goes on with that speaker (issue 16 item 4): a "he"
in it is someone else ('Ruiz said the board would not meet the coach. ¶ "If he comes back, he will
find the door shut."'), and the speaker is the source of what it tells; a verb of saying in it ("as
he said on Monday") stays what its own words tell, no statement of the speaker's. A quotation
tagged after it ('"...," Lena Vogt told reporters.') keeps its own speaker."""

from __future__ import annotations

import pytest

from tests.extract.parsed import parsed
from tests.extract.test_extract_actor_names import actors, doers
from timeline.extract import extract

pytestmark = pytest.mark.slow

_REPORTED = (
    "The board of Sporting Vale dismissed coach Marco Bellini on Monday.\n\n"
    "Club spokesman Pedro Ruiz said the board would not meet Bellini again.\n\n"
)


def test_a_he_in_an_untagged_quotation_is_not_the_one_reported_before_it():
    text = _REPORTED + '"If he comes back to the stadium, he will find the door shut."\n\nThe club plays on Saturday.'
    assert doers(text, "comes") == ["Marco Bellini"]


def test_the_one_reported_before_an_untagged_quotation_is_its_source():
    text = _REPORTED + '"If he comes back to the stadium, he will find the door shut."\n\nThe club plays on Saturday.'
    assert ("Pedro Ruiz", "source") in actors(text, "comes")


def test_a_quotation_tagged_after_it_keeps_its_own_speaker():
    text = (
        _REPORTED + '"He came back to the stadium on Tuesday," Lena Vogt told reporters.\n\nThe club plays on Saturday.'
    )
    assert ("Pedro Ruiz", "source") not in actors(text, "came")


def test_a_verb_of_saying_in_an_untagged_quotation_is_not_one_more_statement_of_the_speaker():
    text = (
        _REPORTED + '"He has to come back, as he promised in March, and he said so again on Monday."\n\nThe club plays.'
    )
    document, doc, timexes = parsed(text)
    told = extract(doc, document, timexes, all_events=True).events
    quote = text.index('"He has')
    said = [e for e in told if any(m.trigger in ("said", "promised") and m.start > quote for m in e.mentions)]
    assert said
    assert all(("Pedro Ruiz", "source") not in [(a.name, a.role) for a in e.actors] for e in said)
    assert all("Pedro Ruiz" not in [a.name for a in e.actors] for e in said)
