"""Actors of a clause joined by "and" whose subject the parser hung on the clause before it, as
one more item of that clause's object: "Kenya beat Uganda and Tanzania drew with Rwanda"; and the
words the tagger glued to a name (a score, "Frenchman")."""

from __future__ import annotations

import pytest

from tests.extract.parsed import parsed, token
from tests.extract.test_extract_actor_names import actors, names
from timeline.extract.roles import stray_conjunct_verb
from timeline.extract.summaries import summarize

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "trigger", "doer", "other"),
    [
        ("Kenya defeated Uganda 2-0 on Saturday and Tanzania drew with Rwanda in Kigali.", "drew", "Tanzania", "Kenya"),
        ("Brazil beat Peru 3-1 on Sunday and Chile drew with Bolivia in La Paz.", "drew", "Chile", "Brazil"),
        ("Toyota bought a stake in Subaru and Honda announced a new plant in Ohio.", "announced", "Honda", "Toyota"),
    ],
)
def test_actor_clauses_the_second_clause_is_done_by_its_own_subject(text, trigger, doer, other):
    found = names(text, trigger)
    assert doer in found
    assert other not in found


def test_actor_clauses_the_second_subject_is_not_acted_on_by_the_first_verb():
    text = "Toyota bought a stake in Subaru and Honda announced a new plant in Ohio."
    assert names(text, "bought") == ["Toyota", "Subaru"]


def test_actor_clauses_a_passive_second_clause_has_its_subject_undergo_it():
    text = "The film won best picture, while Park took the best director prize and Mira Sand was named best actress."
    assert ("Mira Sand", "patient") in actors(text, "named")


def test_actor_clauses_a_list_of_objects_stays_a_list():
    text = "Police arrested Ahmed Salim and Omar Haddad on Friday in Cairo."
    assert {"Ahmed Salim", "Omar Haddad"} <= set(names(text, "arrested"))


@pytest.mark.parametrize(
    ("text", "beaten"),
    [
        ("Ulster beat Scotland's Edinburgh 21-13 on Friday.", "Edinburgh"),
        ("Barcelona beat Real Madrid Castilla 2-0 on Saturday.", "Real Madrid Castilla"),
    ],
)
def test_actor_clauses_a_score_is_no_part_of_the_team_beaten(text, beaten):
    assert (beaten, "patient") in actors(text, "beat")


def test_actor_clauses_a_nationality_noun_is_no_part_of_the_name():
    text = "Frenchman Philippe Troussier resigned on Monday as coach of Morocco."
    assert names(text, "resigned") == ["Philippe Troussier"]


@pytest.mark.parametrize(
    ("trigger", "expected"),
    [
        ("defeated", "Kenya defeated Uganda 2-0 on Saturday"),
        ("drew", "Tanzania drew with Rwanda in Kigali"),
    ],
)
def test_actor_clauses_each_clause_is_told_with_its_own_subject(trigger, expected):
    text = "Kenya defeated Uganda 2-0 on Saturday and Tanzania drew with Rwanda in Kigali."
    _, doc, _ = parsed(text)
    head = token(doc, trigger)
    assert summarize(head, None, head.sent) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "doer", "other"),
    [
        # the second clause's verb hung on the first as an adverbial clause, its subject as a
        # conjunct of the first clause's last noun (here its day)
        ("Ghana beat Togo on Sunday and Mali drew with Niger.", "drew", "Mali", "Ghana"),
        (
            "Astra closed up 50 rupiah at 1,350 rupiah, Telkom was 50 rupiah higher at 1,754 rupiah "
            "and BDNI gained 100 rupiah to 2,225 rupiah.",
            "gained",
            "BDNI",
            "Telkom",
        ),
    ],
)
def test_actor_clauses_a_second_clause_hung_as_an_adverbial_is_done_by_its_subject(text, trigger, doer, other):
    found = names(text, trigger)
    assert doer in found
    assert other not in found


def test_actor_clauses_an_infinitive_after_a_list_is_no_second_clause():
    text = "Tanganyika merged with Zanzibar and Pemba to form the new republic on Saturday."
    assert ("Pemba", "agent") not in actors(text, "form")


def _hand_parsed(rows):
    """A Doc with the parse given by hand: (word, head index, label, tag, part of speech)."""
    from spacy.tokens import Doc

    from timeline.nlp import build_nlp

    words, heads, deps, tags, pos = zip(*rows, strict=True)
    return Doc(build_nlp().vocab, words=list(words), heads=list(heads), deps=list(deps), tags=list(tags), pos=list(pos))


def test_actor_clauses_a_name_inside_a_nouns_clause_starts_no_adverbial_clause():
    # "Spain is a hub for cocaine coming from Peru and Bolivia destined for Europe", the last
    # participle hung on "is" as an adverbial clause: Bolivia is where the cocaine comes from
    doc = _hand_parsed(
        [
            ("Spain", 1, "nsubj", "NNP", "PROPN"),
            ("is", 1, "ROOT", "VBZ", "AUX"),
            ("a", 3, "det", "DT", "DET"),
            ("hub", 1, "attr", "NN", "NOUN"),
            ("for", 3, "prep", "IN", "ADP"),
            ("cocaine", 4, "pobj", "NN", "NOUN"),
            ("coming", 5, "acl", "VBG", "VERB"),
            ("from", 6, "prep", "IN", "ADP"),
            ("Peru", 7, "pobj", "NNP", "PROPN"),
            ("and", 8, "cc", "CC", "CCONJ"),
            ("Bolivia", 8, "conj", "NNP", "PROPN"),
            ("destined", 1, "advcl", "VBD", "VERB"),
            ("for", 11, "prep", "IN", "ADP"),
            ("Europe", 12, "pobj", "NNP", "PROPN"),
            (".", 1, "punct", ".", "PUNCT"),
        ]
    )
    assert stray_conjunct_verb(doc[10]) is None


def test_actor_clauses_a_day_and_a_name_start_an_adverbial_clause():
    doc = _hand_parsed(
        [
            ("Ghana", 1, "nsubj", "NNP", "PROPN"),
            ("beat", 1, "ROOT", "VBD", "VERB"),
            ("Togo", 1, "dobj", "NNP", "PROPN"),
            ("on", 1, "prep", "IN", "ADP"),
            ("Sunday", 3, "pobj", "NNP", "PROPN"),
            ("and", 4, "cc", "CC", "CCONJ"),
            ("Mali", 4, "conj", "NNP", "PROPN"),
            ("drew", 1, "advcl", "VBD", "VERB"),
            ("with", 7, "prep", "IN", "ADP"),
            ("Niger", 8, "pobj", "NNP", "PROPN"),
            (".", 1, "punct", ".", "PUNCT"),
        ]
    )
    assert stray_conjunct_verb(doc[6]).text == "drew"
