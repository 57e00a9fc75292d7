"""A year in a phrase the parser hangs on a plain noun (no happening) inside a "for" or "on" phrase
is the verb's time, not that noun's (issue 16, session 37): "especially after Japan granted Peru the
status for outbound tourist groups in 2005" is 2005, not the main clause's "in the last four years";
a year on a happening stays that happening's ("a campaign for the elections in 2004").
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.parsed import spans_seen

pytestmark = pytest.mark.slow


def test_a_year_on_a_plain_noun_in_a_for_phrase_dates_the_verb():
    text = (
        "Visitor numbers have doubled in the last four years, especially after Japan granted Peru the "
        "Preferred Destination Status for outbound Japanese tourist groups in 2005.\n"
    )
    assert spans_seen(text, "2008-05-01")["granted"] == ("2005-01-01", "2005-12-31")


def test_a_year_on_a_happening_in_a_for_phrase_stays_the_happening():
    text = "The party ran a campaign for the elections in 2004 and won.\n"
    got = spans_seen(text, "2008-05-01")
    assert got["elections"] == ("2004-01-01", "2004-12-31")
