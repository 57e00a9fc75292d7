"""A "he" or "she" given to a person who takes no part (issue 16, bystanders told by a pronoun).

The sex an apposition gives a name ("Mary Hollis, an army spokeswoman,", "her ex-husband, Alan,")
counts as the sex a "his" or "she" must fit; a "her" after the one person a sentence names tells
that person's sex only when the name is not set apart from the pronoun in a relative clause, an
apposition or an "of" phrase of another noun ("The 30-year-old, who married Ali Hamad, changed
her name": not Ali Hamad's). A person told by a description ("the 30-year-old") goes on as the
person of the sentence, as one told by "he" does. A "he" inside a speaker's words is not the
speaker when the verb shares it with another ('"He took office and restored confidence'), nor
when the speaker is told beside his company ("General Motors and its chief executive Peter
Lund said"). A "he added"
that tags a quotation is no one the quotation names, though that person was named outside quotes
in a paragraph before it."""

from __future__ import annotations

import pytest

from tests.extract.test_extract_actor_names import doers

pytestmark = pytest.mark.slow


def test_a_his_is_not_a_woman_an_apposition_tells_of():
    text = (
        "Four prisoners escaped from the jail in July, Mary Hollis, an army spokeswoman, confirmed on Monday. "
        "His escape was kept secret until Tuesday."
    )
    assert "Mary Hollis" not in doers(text, "kept")


def test_a_she_is_not_the_man_the_description_before_married():
    text = (
        "Anna Petrova, the former world chess champion, will play for Qatar. "
        "The 30-year-old, who married grandmaster Ali Hamad in 2000, changed her citizenship in early 2006. "
        '"I have no goal for the games," she said.'
    )
    assert doers(text, "said") == ["Anna Petrova"]


def test_a_she_with_her_husband_named_beside_her():
    text = (
        "The film maker Joan Carter died on Monday in Nairobi, police said. "
        "Her ex-husband, Alan Carter, lives in London. "
        "With her ex-husband, Alan, she made several films about the lakes of the Rift Valley in the 1970s."
    )
    assert "Joan Carter" in doers(text, "made")


def test_a_he_in_the_words_is_not_the_speaker_on_a_shared_verb():
    text = (
        "Former president Walter Brandt died on Tuesday.\n\n"
        '"We all mourn the loss of president Brandt, a man of great vision," bank chief Peter Lund said '
        "in a statement.\n\n"
        '"He assumed a troubled presidency in a critical time, and restored confidence in the office.\n\n'
        '"President Brandt also made great contributions to the markets," he said.'
    )
    assert doers(text, "restored") == ["Walter Brandt"]


def test_a_he_in_the_words_of_a_speaker_told_with_his_company():
    text = (
        "Former president Walter Brandt died on Tuesday.\n\n"
        '"We all mourn the loss of president Brandt," General Motors and its chief executive Peter Lund said '
        "in a statement.\n\n"
        '"He assumed a troubled presidency in a critical time.\n\n'
        '"President Brandt also made great contributions to the markets," he said.'
    )
    assert doers(text, "assumed") == ["Walter Brandt"]


def test_a_he_outside_the_quotation_is_the_speaker():
    text = 'Governor Paul Riley left the hospital on Saturday. Riley said that he felt "glad to return home today."'
    assert doers(text, "return") == ["Paul Riley"]


def test_he_added_is_not_the_one_his_words_name():
    text = (
        "Prime Minister Marco Bellini on Friday pleaded against the execution of Victor Kahn.\n\n"
        '"No court should send a man to his death," he said.\n\n'
        '"The decision to execute Victor Kahn fills us with horror. We had hoped for mercy," he added.'
    )
    assert "Victor Kahn" not in doers(text, "added")
