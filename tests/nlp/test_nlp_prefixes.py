"""A verb with the prefix "re-" or "co-" is one token, tagged and parsed as the verb it is, its lemma
the prefix and the rest's lemma; a noun by its ending stays split. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.parsed import extracted, parsed

pytestmark = pytest.mark.slow


def _word(doc, text):
    return next(t for t in doc if t.text == text)


def test_a_prefixed_verb_is_one_token_and_the_verb_of_its_clause():
    _, doc, _ = parsed("The board on Monday re-elected its treasurer for a third term.")
    verb = _word(doc, "re-elected")
    assert (verb.pos_, verb.dep_, verb.lemma_) == ("VERB", "ROOT", "re-elect")
    assert _word(doc, "treasurer").head == verb


def test_co_verbs_and_base_forms_take_the_prefix_and_the_rest_lemma():
    _, doc, _ = parsed("The two mayors co-hosted the fair, and they will re-open the bridge next week.")
    assert _word(doc, "co-hosted").lemma_ == "co-host"
    assert _word(doc, "re-open").lemma_ == "re-open"


def test_nouns_by_their_ending_stay_split():
    _, doc, _ = parsed("His re-election surprised the co-founder of the firm.")
    assert "re-election" not in [t.text for t in doc] and "election" in [t.text for t in doc]
    assert "co-founder" not in [t.text for t in doc]


def test_a_re_election_told_by_its_verb_is_a_row_with_its_doers():
    events = extracted("The federation on Saturday re-elected the former minister as its president.")
    [row] = [e for e in events if e.predicate.text == "re-elected"]
    assert row.date.earliest == "2016-12-17"
    assert "re-elected the former minister as its president" in row.summary
