"""Kinds of happening (timeline.extract.kinds): words news uses for one happening. No model."""

import pytest

from timeline.extract.kinds import KINDS, kinds, told_kinds


@pytest.mark.parametrize(
    ("one", "other", "kind"),
    [
        ("bombing", "blast", "attack"),
        ("explosion", "explode", "attack"),
        ("victory", "beat", "contest"),
        ("talks", "meet", "meeting"),
        ("temblor", "rattle", "quake"),
        ("sign", "agreement", "agreement"),
        ("evacuation", "flee", "departure"),
        ("killing", "die", "death"),
        ("outbreak", "epidemic", "outbreak"),
        ("gathering", "meeting", "meeting"),
    ],
)
def test_kinds_words_of_one_happening_share_a_kind(one, other, kind):
    assert kind in kinds(one) & kinds(other)


@pytest.mark.parametrize(("one", "other"), [("kill", "bomb"), ("meet", "agree"), ("say", "attack"), ("win", "lose")])
def test_kinds_different_happenings_share_none(one, other):
    assert not kinds(one) & kinds(other)


def test_kinds_words_that_name_other_things_too_are_left_out():
    assert kinds("storm") == frozenset()  # the weather, or storming a building
    assert kinds("say") == kinds("") == frozenset()
    assert kinds("Bombings") == {"attack"}  # as the trigger's lemma may come


def test_kinds_every_word_of_the_table_finds_its_kind():
    assert all(kind in kinds(word) for kind, words in KINDS.items() for word in words)


@pytest.mark.parametrize(
    ("lemma", "after", "subject", "kind"),
    [
        ("throw", ["stones", "at"], [], "attack"),
        ("stone", [], [], "attack"),
        ("fall", ["ill", "on", "monday"], [], "illness"),
        ("develop", ["a", "high", "fever"], [], "illness"),
        ("fan out", ["through"], [], "raid"),
        ("storm", ["the", "camp"], [], "raid"),
        ("pass", ["the", "budget", "bill"], [], "approval"),
        ("pass", ["by", "parliament"], ["the", "law"], "approval"),
        ("vote", [], [], "decision"),
        ("decision", [], [], "decision"),
        ("wrap up", ["a", "three", "day", "visit", "to"], [], "visit"),
        ("end", ["their", "talks", "in"], [], "meeting"),
        ("suicide", [], [], "death"),
        ("commit", ["suicide", "in"], [], "death"),
        ("sight", ["off", "the", "coast"], [], "discovery"),
        ("spot", ["two", "boats"], [], "discovery"),
        ("bar", ["him", "from"], [], "suspension"),
        ("ban", ["the", "striker"], [], "suspension"),
    ],
)
def test_told_kinds_a_verb_with_the_words_after_it_names_a_kind(lemma, after, subject, kind):
    assert kind in told_kinds(lemma, after, subject=subject)


@pytest.mark.parametrize(
    ("lemma", "after", "subject", "verb"),
    [
        ("throw", ["the", "ball"], [], True),
        ("fall", ["percent", "to"], [], True),
        ("develop", ["nuclear", "weapons"], [], True),
        ("storm", [], ["the"], False),  # the weather: "the storm battered the coast"
        ("storm", ["the", "coast"], [], False),
        ("storm", [], ["the", "camp"], True),  # what it stormed follows it
        ("pass", ["away", "on"], [], True),
        ("pass", ["the", "ball"], [], True),
        ("end", ["the", "season", "with"], [], True),
        ("begin", ["a", "new", "job"], [], True),
        ("commit", ["a", "crime"], [], True),
    ],
)
def test_told_kinds_the_same_verb_with_other_words_names_none(lemma, after, subject, verb):
    assert told_kinds(lemma, after, subject=subject, verb=verb) == frozenset()
