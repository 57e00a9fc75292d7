"""Dates of a story that looks back to an earlier day (issue 16, inferred dates): a paragraph that
names again the subject of the later happening the lead told returns the story to its day; one
that goes on with the earlier day's happening stays on it; an earlier day told in the lead's own
sentence is no look back. A past verb whose to-infinitive carries a past time was done then.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.parsed import extracted

pytestmark = pytest.mark.slow

FRIDAY = "2006-11-17"  # the article's day
THURSDAY, MONDAY = "2006-11-16", "2006-11-13"


def dates(text: str, ref: str = FRIDAY) -> dict[str, tuple]:
    return {e.predicate.text: (e.date.earliest, e.date.latest) for e in extracted(text, ref, all_events=True)}


LEAD = (
    "Hundreds of farmers blocked the main highway on Thursday to protest a new land tax, police said.\n\n"
    "The regional council approved the tax on Monday after a long debate.\n\n"
)


def test_a_paragraph_naming_the_lead_s_subject_returns_to_its_day():
    got = dates(LEAD + "Police said the farmers burned tyres and pelted officers with stones.\n")
    assert got["burned"] == (THURSDAY, THURSDAY)
    assert got["approved"] == (MONDAY, MONDAY)


def test_the_return_holds_for_the_paragraphs_after():
    text = LEAD + "The farmers stayed on the road for six hours.\n\nTroops were deployed to clear the highway.\n"
    assert dates(text)["deployed"] == (THURSDAY, THURSDAY)


def test_a_paragraph_going_on_with_the_earlier_day_stays_on_it():
    # no subject of the lead named again: the story is still on the council's day
    got = dates(LEAD + "The vote split the ruling coalition, and two members resigned.\n")
    assert got["resigned"] == (MONDAY, MONDAY)


def test_a_paragraph_naming_only_the_lead_s_happening_stays_on_the_earlier_day():
    text = (
        "The blockade took place on Thursday near the port, police said.\n\n"
        "In a separate protest, fishermen sailed into the harbour on Monday.\n\n"
        "The blockade of the harbour delayed three ships, the harbour master said.\n"
    )
    assert dates(text)["delayed"] != (THURSDAY, THURSDAY)


def test_an_earlier_day_told_in_the_lead_s_own_sentence_is_no_look_back():
    text = (
        "The striker was fined on Thursday for kicking a rival in Monday's 2-1 defeat.\n\n"
        "The striker then scored twice in the second half, replays showed.\n"
    )
    assert dates(text)["scored"] == (MONDAY, MONDAY)


def test_a_past_time_on_a_to_infinitive_dates_the_verb_above_it():
    got = dates("The province hurried to close its schools earlier this month, officials said.\n")
    assert got["hurried"] == ("2006-11-01", "2006-11-16")


def test_a_time_ahead_on_a_to_infinitive_does_not_date_the_verb_above_it():
    got = dates("The two sides agreed on Thursday to hold new talks in January.\n")
    assert got["agreed"] == (THURSDAY, THURSDAY)


def test_a_look_back_weeks_before_ends_when_the_lead_s_subject_is_named_again():
    text = (
        "The champions beat the visitors 3-1 on Thursday.\n\n"
        "The visitors had last won a league match on October 28.\n\n"
        "The champions scored twice in the first half before their captain was sent off.\n"
    )
    got = dates(text)
    assert got["scored"] == (THURSDAY, THURSDAY)


def test_a_lead_clause_with_no_subject_of_its_own_is_told_by_the_sentence_s_subject():
    text = (
        "Kobe Bryant scored 50 points, but it was not enough to stop the Hornets from racing to a "
        "victory on Thursday.\n\n"
        "A rival guard scored 62 points against the Lakers on October 28.\n\n"
        "Late in the game, Bryant fouled out after a charge.\n"
    )
    assert dates(text)["fouled out"] == (THURSDAY, THURSDAY)


def test_a_word_the_look_back_shares_is_no_return():
    # "police" is in the look back too: the injured officers are of the earlier clashes
    text = (
        "Police numbers doubled around the summit venue on Thursday.\n\n"
        "On Monday, hundreds of students marched on the venue and clashed with police.\n\n"
        "Several police officers were hurt in the scuffles.\n"
    )
    assert dates(text)["hurt"] == (MONDAY, MONDAY)


def test_a_past_time_on_what_is_asked_does_not_date_the_asking():
    got = dates("The assembly asked the envoy to investigate the shelling of the village on November 2.\n")
    assert got.get("asked", (None, None))[0] != "2006-11-02"
