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


@pytest.mark.parametrize(
    ("phrasal", "kind", "not_kind"),
    [
        ("beat up", "attack", "contest"),  # a beating, no match won
        ("hit out", "condemnation", "attack"),  # words, no blow
        ("drop out", "departure", "fall"),
        ("step down", "resignation", None),
    ],
)
def test_kinds_a_particle_that_makes_another_happening_of_the_verb(phrasal, kind, not_kind):
    assert kind in kinds(phrasal)
    assert not_kind is None or not_kind not in kinds(phrasal)


def test_kinds_an_idiom_of_no_kind_is_no_repeat_of_its_verb():
    assert kinds("crash out") == kinds("win over") == frozenset()
    assert kinds("fan out") == kinds("fan") and kinds("kill off") == kinds("kill")  # the verb's own sense


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


def _told_kinds_by_scan(lemma, after=(), *, verb=True, subject=()):
    """told_kinds as it was written first: every entry of the table compared with the word."""
    from timeline.extract.kinds import _PHRASE_END, _TOLD, ARTICLES
    from timeline.extract.stems import stem

    words = lemma.lower().split()
    if not words:
        return frozenset()
    head = stem(words[0])
    heads = {head} if not head.endswith("s") or head.endswith("ss") else {head, stem(words[0][:-1])}
    following = []
    for word in (*words[1:], *(w.lower() for w in after)):
        if word in _PHRASE_END:
            break
        if word not in ARTICLES:
            following.append(word)
    near = [*following[:4], *(w.lower() for w in subject[-3:])]
    objects = {stem(w) for w in near} | {stem(w[:-1]) for w in near if w.endswith("s")}
    return frozenset(
        kind
        for kind, verbs, wanted in _TOLD
        if heads & verbs and (wanted is None or verb and (objects & wanted or "*" in wanted and following))
    )


def test_told_kinds_looked_up_by_the_verb_finds_what_comparing_every_entry_found():
    # the table is read by each verb's stem (a look-up, not a scan): the same kinds for every
    # verb of the table, with the words it wants, with other words, and as a noun
    from timeline.extract.kinds import _TOLD

    verbs = sorted({v for _, vs, _ in _TOLD for v in vs} | {"runs", "boss", "shoots", "talks"})
    objects = sorted({w for _, _, wanted in _TOLD if wanted for w in wanted if w != "*"})
    for lemma in verbs:
        for after, subject in [
            ((), ()),
            (("the", "convoy"), ()),
            (objects[:6], ()),
            ((), ("the", "bill")),
            (("out",), ()),
        ]:
            for verb in (True, False):
                expected = _told_kinds_by_scan(lemma, after, verb=verb, subject=subject)
                assert told_kinds(lemma, after, verb=verb, subject=subject) == expected, (lemma, after, subject)
    for after in (["stones", "at"], ["ill"], ["out"], ["hostage"], ["dead"], ["down"]):
        for lemma in ("throw", "fall", "fan", "take", "shoot", "step", "gun"):
            assert told_kinds(lemma, after) == _told_kinds_by_scan(lemma, after)
