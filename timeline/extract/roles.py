"""Who takes part in an event: actors with roles (agent, patient, other) and places."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from timeline.extract.actors import ActorResolver
from timeline.extract.attribution import doc_quote_mask, is_speech
from timeline.extract.clauses import clause_indices, denied_antecedent, lowered, verb_hung_on_its_subject
from timeline.extract.coref import BUSINESS_NOUNS, described_age, told_as_someone
from timeline.extract.factuality import deed_punished, punished_doer
from timeline.extract.gazetteer import capital_country, country_for_adjective, country_name, is_place
from timeline.extract.lexicon import (
    ACRONYM,
    COMPANY_NOUNS,
    CRAFT_NOUNS,
    FACILITY_NOUNS,
    NEW_REFERENT,
    OCCASION_NAMES,
    ORG_HEADS,
    ORG_WORDS,
    PEOPLE_NOUNS,
    PERSON_DESCRIPTIONS,
    PERSON_KINDS,
    PERSON_TITLES,
    PLACE_LABELS,
    PLACE_NOUNS,
    POLITICAL_GROUPS,
    PORTFOLIO_WORDS,
    QUANTITY_WORDS,
    RECIPROCAL_NOUNS,
    RECIPROCAL_VERBS,
    ROLE_HEADS,
    TITLE_WORDS,
)
from timeline.extract.names import (
    clean_name,
    designator_end,
    is_date_word,
    is_designator,
    is_label,
    is_time_word,
    name_head,
    nationality_country,
    phrase_text,
    standing_before_name,
)
from timeline.extract.rows import OCCASIONS, occurrence_verb
from timeline.extract.triggers import EVENT_NOUNS, REACTIONS_FROM, SCENE_VERBS, reaction_drawn, staging_verb
from timeline.nlp.doctables import any_child, children_with, doc_text, first_child, sentence_bounds, sentence_of, tables

_AGENT_DEPS = frozenset({"nsubj", "csubj"})
_PATIENT_DEPS = frozenset({"dobj", "nsubjpass", "dative", "attr", "oprd"})
_LOCATIVE_PREPS = frozenset(
    {
        "in",
        "at",
        "from",
        "to",
        "into",
        "near",
        "across",
        "outside",
        "inside",
        "around",
        "throughout",
        "within",
        "towards",
        "toward",
        "through",
        "via",
        "along",
        "off",
    }
)
_INHERIT_SUBJECT = frozenset({"conj", "xcomp", "advcl"})
# Common nouns that a proper name before them turns into the name of an establishment: "the iTunes
# store", "the BBC World Service"; other nouns stay descriptions ("EU prices", "iPod users").
NAMEABLE_HEADS = frozenset(
    {
        "store",
        "shop",
        "service",
        "network",
        "channel",
        "platform",
        "website",
        "exchange",
        "marketplace",
        "fund",
        "label",
        "studio",
        "team",
        "index",
        "average",
        "composite",
        "airport",
        "station",
        "stadium",
        "hospital",
        "museum",
        "festival",
        "prize",
        "award",
        "foundation",
    }
)


@dataclass(frozen=True)
class Participant:
    name: str
    type: str
    role: str
    token: int  # index of the token that named it, for pronoun bookkeeping and order


def _gerund_in_phrase(tok) -> bool:
    """ "started by hinting at", "finished with 2-14 before being replaced": a gerund (a passive
    one too) under a preposition of a verb."""
    gerund = (
        tok.tag_ == "VBG" or tok.tag_ == "VBN" and any(c.lower_ == "being" for c in children_with(tok, ("auxpass",)))
    )
    return tok.dep_ == "pcomp" and gerund and tok.head.dep_ == "prep" and tok.head.head.pos_ in ("VERB", "AUX")


def _named_object(doc, i: int) -> bool:
    """ "captured Baidoa on Monday" with the town parsed as an adverb: a name right after the verb."""
    tok = doc[i]
    return (
        tok.dep_ == "npadvmod"
        and tok.pos_ == "PROPN"
        and tok.i == tok.head.i + 1
        and tok.ent_type_ not in ("DATE", "TIME")
    )


def _subject_before_aside(verb):
    """ "Felipe Calderon, of the ruling National Action Party, named ...", "Ethiopian troops,
    backed by US advisers, captured ...": a sentence with no verb at its root, whose verb the
    parser hung on the last noun of the aside after the subject: the subject does it."""
    root = sentence_of(verb).root
    doc = verb.doc
    if root.pos_ not in ("NOUN", "PROPN") or root.i >= verb.i or verb.head.i == root.i:
        return None
    if verb.i == 0 or doc[verb.i - 1].text != "," or doc[root.i + 1].text != ",":
        return None
    return root


def _person_named_after(doc, i: int) -> bool:
    """Does a person's tagged name open at token ``i``, or right after a comma there?"""
    i += i < len(doc) and doc[i].text == ","
    return i < len(doc) and doc[i].ent_type_ == "PERSON" and doc[i].ent_iob_ == "B"


def _adjective_of_be(tok) -> bool:
    """ "who is due to meet Bush", "is ready to sign": the adjective an infinitive depends on
    shares the subject of its "be"."""
    return tok.dep_ == "acomp" and tok.pos_ == "ADJ" and any_child(tok, ("xcomp",))


def _subject_children(verb):
    subjects = children_with(verb, _AGENT_DEPS)  # (by the tables: a Token for each subject only)
    if len(subjects) < 2:
        return subjects
    place_names = _name_of_a_place_noun(verb.doc, [c.i for c in subjects])
    return [c for c in subjects if c.i not in place_names]


_COORDINATION = frozenset({"conj", "appos"})


def core_arguments(trigger) -> list[tuple[Any, str]]:
    """(head token, role) pairs for the trigger's syntactic arguments (found once per trigger and
    Doc, kept as indices: a Token kept would keep its Doc alive; a new list for each caller)."""
    doc = trigger.doc
    t = tables(doc)
    memo = t.memo.setdefault("roles.core_arguments", {})
    found: list[tuple[int, str]] | None = memo.get(trigger.i)
    if found is None:
        if t.pos[trigger.i] in ("VERB", "AUX"):
            args = _verb_arguments(trigger)
            args.extend(_addressees_of_appeal(trigger))
        else:
            args = _noun_arguments(trigger)
        args = _with_coordinated(doc, args)
        memo[trigger.i] = [(tok.i, role) for tok, role in args]
        return args
    return [(doc[i], role) for i, role in found]


# Appeals told with a preposition before whom they are made to: "called on China to ...", "called
# upon the rebels", "appealed to Russia to ..."
_APPEAL_PREPS = {"call": ("on", "upon"), "appeal": ("to",)}


def _addressees_of_appeal(verb) -> list[tuple[Any, str]]:
    """Whom an appeal is made to, as "urged X to" tells it by the object: "called on China to be
    more transparent", "appealed to Russia to release the ship", "called Sunday for Netanyahu to
    resign" (the subject of the infinitive "for" opens): they are its patient."""
    lemma = verb.lemma_.lower()
    preps = _APPEAL_PREPS.get(lemma)
    if preps is None:
        return []
    doc = verb.doc
    t, lower = tables(doc), lowered(doc)
    found: list[tuple[Any, str]] = []
    for c in t.children[verb.i]:
        if t.deps[c] == "prep" and lower[c] in preps:
            found.extend((doc[p], "patient") for p in t.children[c] if t.deps[p] == "pobj")
        elif lemma == "call" and t.deps[c] in ("advcl", "ccomp", "xcomp") and t.pos[c] in ("VERB", "AUX"):
            # "called for X to resign": "for" marks the infinitive whose subject X is
            kids = t.children[c]
            if any(t.deps[k] == "mark" and lower[k] == "for" for k in kids) and any(
                t.deps[k] == "aux" and t.tags[k] == "TO" for k in kids
            ):
                found.extend((doc[k], "patient") for k in kids if t.deps[k] in ("nsubj", "nsubjpass"))
    return found


def _verb_arguments(trigger) -> list[tuple[Any, str]]:
    """Subjects, objects and passive agents of a verb; a subject it shares with the verb it depends on."""
    # children and labels come from the DocTables: a Token is made only for what is returned
    doc = trigger.doc
    t = tables(doc)
    deps, kids = t.deps, t.children
    ti = trigger.i
    args: list[tuple[Any, str]] = []
    speaker = _inverted_speaker(trigger)
    if speaker is not None:  # '"Blair's surrender," lashed the Daily Mail': the paper says it
        return [(speaker, "agent")]
    subjects = [c for c in kids[ti] if deps[c] in _AGENT_DEPS]
    titled = _title_of_named_subject(doc, subjects) | _name_of_a_place_noun(doc, subjects)
    for c in kids[ti]:
        dep = deps[c]
        if c in titled:
            continue
        visitor = _visitor_role(t, c)
        if visitor is not None:
            args.extend((doc[o], visitor) for o in kids[c] if deps[o] == "dobj")
        elif dep in _AGENT_DEPS:
            args.append((doc[c], "agent"))
        elif dep in _PATIENT_DEPS or dep == "npadvmod" and _beaten_by_score(doc, trigger, c):
            args.append((doc[c], "patient"))
        elif dep == "agent":  # passive "by X"
            args.extend((doc[p], "agent") for p in kids[c] if deps[p] == "pobj")
    args.extend(_side_beaten_after(t, trigger, args))
    if subjects or any(deps[c] == "nsubjpass" for c in kids[ti]):
        return args
    if deed_punished(trigger):
        # "the NFL fined Owens for spitting in the face of a rival": Owens spat, not the NFL
        args.extend((c, "agent") for c in punished_doer(trigger))
        return args
    # "Kenya beat Uganda and Tanzania drew with Rwanda": Tanzania drew (see _stray_subject);
    # "to participate in the summit of SAARC to be held in Dhaka": the summit is held
    found = (
        _stray_argument(trigger)
        or _occasion_argument(trigger)
        or _misjoined_speaker(trigger)
        or _misjoined_stance(trigger)
    )
    if found is not None:
        args.append(found)
        return args
    controllers = _controlling_object(trigger)
    if controllers:  # "urged Novak to resign", "expected the talks to be held"
        passive = any(deps[c] == "auxpass" for c in kids[ti])
        args.extend((c, "patient" if passive else "agent") for c in controllers)
        return args
    # shared subject: "was fired and founded NeXT", "agreed to hold", "Speaking in Geneva, X warned"
    tok = trigger
    raised = trigger.dep_ == "xcomp"  # "is scheduled to address the summit and (to) meet ..."
    while tok.head.i != tok.i and (
        tok.dep_ in _INHERIT_SUBJECT or _gerund_in_phrase(tok) or _adjective_of_be(tok) or _unjoined_conjunct(tok)
    ):
        # "started by hinting at": a gerund under a preposition shares the subject too
        conjoined = tok.dep_ in ("conj", "dep")
        tok = tok.head.head if tok.dep_ == "pcomp" else tok.head
        # "Castro, 80, handed over the reins ... after undergoing surgery": the parser made the name
        # the root and "handed" its participle; the one undergoing the surgery is Castro
        inherited = _subject_children(tok) or ([tok.head] if verb_hung_on_its_subject(tok) else [])
        if inherited:
            # "Asif finished ... before being replaced by Kaneria": the subject undergoes a passive
            undergoes = any(deps[c] == "auxpass" for c in kids[ti])
            args.extend((s, "patient" if undergoes else "agent") for s in inherited)
            break
        passive_subjects = children_with(tok, ("nsubjpass",))
        if passive_subjects:
            # "the talks are expected to be held": the raised subject is what undergoes "held"
            if raised and any(deps[c] == "auxpass" for c in kids[ti]):
                args.extend((s, "patient") for s in passive_subjects)
            elif raised:
                # "the King is scheduled to return home": the raised subject does it
                args.extend((s, "agent") for s in passive_subjects)
            elif conjoined:
                # "was shot in the head and died", "was arrested and charged": the subject of both
                passive = any(deps[c] == "auxpass" for c in kids[ti]) or (
                    t.tags[ti] == "VBN" and not any(deps[c] == "aux" for c in kids[ti])
                )
                args.extend((s, "patient" if passive else "agent") for s in passive_subjects)
            break
        raised = tok.dep_ == "xcomp"
    if trigger.dep_ in ("acl", "amod") and trigger.head.pos_ in ("NOUN", "PROPN"):
        # "Castro, 80, handed over the reins": a participle with an object of its own is active
        aside = _subject_before_aside(trigger)
        objects = ("dobj", "oprd") if aside is not None else ("dobj",)  # "named on Thursday four ministers"
        passive = trigger.tag_ == "VBN" and not any(deps[c] in objects or _named_object(doc, c) for c in kids[ti])
        doer = aside if aside is not None and not passive else _member_picked_out(trigger.head) or trigger.head
        args.append((doer, "patient" if passive else "agent"))
    args.extend(_doer_of_relative(trigger))
    return args


def _member_picked_out(noun):
    """The one a clause hung on ``noun`` tells of when ``noun`` is only the set or rank that one is
    picked out of: "Nadir Said, one of two men killed by rubber bullets", "Tom Baker was one of
    the climbers rescued", "Acme, one of the firms that signed the deal" (a member of the set the
    clause describes is one it describes); "Sinovac, the first in the world to develop a vaccine"
    (an adjective standing for the one it ranks). The named word set beside "one" (or the
    adjective) as an apposition, or the copula's subject it is said of; None otherwise (an unnamed
    "one of the men who", a plain noun)."""
    one = noun
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ == "one":
        one = noun.head.head
    elif not (noun.pos_ == "ADJ" and _ranks(noun)):
        return None
    head = one.head
    if one.dep_ == "appos" and head.pos_ == "PROPN":
        return head
    if one.dep_ == "attr" and head.lemma_.lower() in _COPULAS:
        subjects = children_with(head, ("nsubj",))
        if len(subjects) == 1 and subjects[0].pos_ in ("PROPN", "PRON"):
            return subjects[0]
    return None


def _doer_of_relative(trigger) -> list[tuple[Any, str]]:
    """The one a relative or infinitive clause tells of: the noun it hangs on ("the man who
    fled"); the copula's subject when a ranking word picks it out ("Deeb was the first to score",
    "became the first woman to win the race"), who does (or, passive, undergoes) what it says."""
    ranked = _ranked_one_of_copula(trigger)
    if ranked is not None:
        passive = any_child(trigger, ("auxpass",))
        role = "patient" if passive else "agent"
        return [(a, role) for a, r in _verb_arguments(ranked) if r == "agent"]
    if trigger.dep_ == "relcl" and trigger.head.pos_ in ("NOUN", "PROPN", "PRON"):
        return [(_member_picked_out(trigger.head) or trigger.head, "agent")]
    if trigger.dep_ in ("relcl", "acl") and trigger.head.pos_ == "ADJ":
        member = _member_picked_out(trigger.head)  # "Sinovac, the first in the world to develop"
        if member is not None:
            passive = any_child(trigger, ("auxpass",))
            return [(member, "patient" if passive else "agent")]
    return []


# Words that rank the one an infinitive tells of among others: "the first to", "the only team to".
_RANKING_WORDS = frozenset({"first", "last", "only", "second", "third", "next", "sole", "lone"})
_COPULAS = frozenset({"be", "become", "remain"})
# Nouns whose infinitive says what they are for, not what the ranked one does ("the last chance to").
_INFINITIVE_NOUNS = frozenset("chance opportunity time step way attempt bid effort move occasion hope".split())


def _ranks(tok) -> bool:
    return tok.lower_ in _RANKING_WORDS or tok.tag_ == "JJS" or tok.ent_type_ == "ORDINAL"


def _ranked_one_of_copula(trigger):
    """The copula of "X was the first to hit the net", "X became the first woman to win", "X is
    the youngest player ever to score": an infinitive telling of the one a ranking word picks out,
    who is the copula's subject; None otherwise (not "the man to beat", no ranking word)."""
    if trigger.dep_ not in ("relcl", "acl", "xcomp") or not any(
        c.dep_ == "aux" and c.tag_ == "TO" for c in trigger.children
    ):
        return None
    head = trigger.head
    if trigger.dep_ == "xcomp":  # "Kenya became the first country to ratify": hung on the verb
        verb = head
        attrs = [c for c in children_with(verb, ("attr",)) if c.i < trigger.i]
        if len(attrs) != 1:
            return None
        head = attrs[0]
    else:
        verb = head.head
        if head.dep_ != "attr" or head.pos_ not in ("NOUN", "ADJ", "PRON"):
            return None
    if verb.lemma_.lower() not in _COPULAS or verb.i == head.i:
        return None
    if head.lemma_.lower() in _INFINITIVE_NOUNS:
        return None  # "the meeting may be the last chance to give impetus": the chance's infinitive
    if not (_ranks(head) or any(_ranks(c) for c in children_with(head, ("amod",)))):
        return None
    return verb


def _visitor_role(t, c: int) -> str | None:
    """The role of the one "visiting" tells when the parser made that word a verb of its own under
    the verb (its object is the visitor), or None: "received visiting Russian Prime Minister Mikhail
    Fradkov", the one received; "Visiting French Minister for Agriculture Dominique Bussereau met",
    a subject clause, the one who meets."""
    dep = t.deps[c]
    if dep not in ("csubj", "xcomp", "advcl", "amod") or t.text[t.idx[c] : t.ends[c]].lower() != "visiting":
        return None
    return "agent" if dep == "csubj" else "patient"


def _unjoined_conjunct(verb) -> bool:
    """A tensed verb the parser left unlabelled ("dep") after the verb before it, with no subject of
    its own: "Kowalski emigrated to Canada, then moved to Chile" is one more conjunct of that verb and
    shares its subject, as the summary tells it ("Kowalski moved to Chile")."""
    head = verb.head
    return (
        verb.dep_ == "dep"
        and verb.tag_ in ("VBD", "VBZ", "VBP")
        and head.i < verb.i
        and head.pos_ in ("VERB", "AUX")
        and not _subject_children(verb)
    )


def _misjoined_speaker(trigger) -> tuple[Any, str] | None:
    """ "Norway said the handover would be quick and promised that no harm would come": the parser
    joined the second verb of saying, which has a clause of its own, to the clause the first
    reports; its speaker is the first's (the agent), or None."""
    if trigger.dep_ != "conj" or _subject_children(trigger):
        return None
    voiced = trigger.lemma_.lower() in _VOICING and any(_object_with_clause(c) for c in trigger.children)
    if not voiced and not is_speech(trigger):
        return None
    if not voiced and not any_child(trigger, ("ccomp", "xcomp")):
        return None
    if any_child(trigger, ("aux",)):
        # "said riot police had taken the slum and were urging people to go home": a verb with an
        # auxiliary of its own is one more verb of the clause reported, whose subject it shares
        return None
    clause = trigger.head
    if clause.dep_ != "ccomp" or is_speech(clause) or not is_speech(clause.head):
        return None
    speakers = _subject_children(clause.head)
    return (speakers[0], "agent") if len(speakers) == 1 else None


# Verbs that voice what their object's clause says ("expressed confidence that", "voiced hope that").
_VOICING = frozenset({"express", "voice"})


def _object_with_clause(tok) -> bool:
    """An object that carries what is said ("expressed confidence that growth would return")."""
    return tok.dep_ == "dobj" and any(
        c.dep_ in ("acl", "ccomp") and any(m.lower_ == "that" for m in children_with(c, ("mark",)))
        for c in tok.children
    )


# Verbs of a stance taken on something, which only a speaker takes ("condemned those behind it").
_STANCES = frozenset(
    "condemn denounce deplore decry regret welcome hail praise applaud commend criticize criticise urge "
    "appeal reject vow pledge".split()
)
# Nouns of a thing that relative clause "that"/"which" may tell of and that says nothing itself.
_NOT_SPEAKERS = ROLE_HEADS | ORG_HEADS | PEOPLE_NOUNS


def _misjoined_stance(trigger) -> tuple[Any, str] | None:
    """The speaker of a verb of saying or stance joined to the relative clause of a thing (see
    :func:`stance_host`): the subject of the verb that thing hangs on (the agent), or None."""
    verb = stance_host(trigger)
    speakers = _subject_children(verb) if verb is not None else []
    return (speakers[0], "agent") if len(speakers) == 1 else None


def stance_host(trigger):
    """ "Ottri denounced the crime that claimed lives and condemned those behind it": the parser
    joined a verb of saying or of a stance, with no subject of its own, to the relative clause of
    the object before it, as if the crime condemned; a thing says nothing, the verb that object hangs
    on says who does ("denounced"). That verb, or None."""
    if trigger.dep_ != "conj" or _subject_children(trigger):
        return None
    if not is_speech(trigger) and trigger.lemma_.lower() not in _STANCES:
        return None
    clause = trigger.head
    relative = _subject_children(clause)
    if clause.dep_ != "relcl" or len(relative) != 1 or relative[0].lower_ not in ("that", "which"):
        return None
    thing = clause.head
    if thing.pos_ != "NOUN" or thing.ent_type_ or thing.lemma_.lower() in _NOT_SPEAKERS:
        return None
    if thing.dep_ == "dobj":
        verb = thing.head
    elif thing.dep_ == "pobj" and thing.head.dep_ == "prep":
        verb = thing.head.head
    else:
        return None
    return verb if verb.pos_ == "VERB" and len(_subject_children(verb)) == 1 else None


def _title_of_named_subject(doc, subjects: list[int]) -> set[int]:
    """Subjects that are the title of another subject, a person's name, which the parser split off
    it ("Kenyan secretary for trade John Mwangi has launched": two subjects, one person)."""
    if len(subjects) < 2 or not any(doc[c].ent_type_ == "PERSON" for c in subjects):
        return set()
    return {
        c
        for c in subjects
        if doc[c].pos_ == "NOUN"
        and not doc[c].ent_type_
        and doc[c].lemma_.lower() in ROLE_HEADS
        and any(o > c and doc[o].ent_type_ == "PERSON" for o in subjects)
    }


def _name_of_a_place_noun(doc, subjects: list[int]) -> set[int]:
    """Subjects that name a place noun ending the phrase of another subject, which the parser split
    off it ("A tower in the Kenyan capital Nairobi fell": two subjects, "Nairobi" is the capital's
    name, where the tower stood, not what fell)."""
    if len(subjects) < 2:
        return set()
    out = set()
    for c in subjects:
        before = doc[c].left_edge.i - 1
        if before < 0 or doc[before].dep_ != "pobj" or doc[before].lower_ not in PLACE_NOUNS:
            continue
        if doc[c].ent_type_ and any(o < c and doc[o].right_edge.i == before for o in subjects):
            out.add(c)
    return out


# Verbs that tag a quotation set before them, their speaker after them: '"...," lashed the Sun'.
_QUOTE_TAGS = frozenset(
    "lash rage thunder scream declare proclaim fume blast quip crow gush sneer jeer exclaim cry shout "
    "write comment remark say add insist".split()
)
_CLOSING_QUOTES = frozenset({'"', "”", "''"})


def _inverted_speaker(trigger):
    """The speaker a quotation tag names after its verb, which the parser took for its object
    ('"Blair's surrender," lashed the right-wing Daily Mail'), or None."""
    doc = trigger.doc
    i = trigger.i
    if trigger.lemma_.lower() not in _QUOTE_TAGS or i < 2 or doc[i - 1].text not in _CLOSING_QUOTES:
        return None
    if doc[i - 2].text not in (",", "!", "?", "...", "…"):
        return None
    objects = [c for c in children_with(trigger, ("dobj",)) if c.i > i]
    if len(objects) != 1 or objects[0].pos_ != "PROPN" or any(c.i > i for c in children_with(trigger, ("nsubj",))):
        return None
    return objects[0]


# Verbs of winning over someone: "Kerber beat Holm 7-6".
_BEATING = frozenset(
    {"beat", "defeat", "edge", "overcome", "thrash", "rout", "crush", "upset", "stun", "oust", "eliminate"}
    | {"outclass", "outplay", "outscore", "overpower", "trounce", "down", "dethrone"}
)


# Verbs whose object does not do what their infinitive says: "promised them to come" is the subject's.
_SUBJECT_CONTROL = frozenset(
    {"promise", "vow", "pledge", "threaten", "offer"}
    # "Lee beat Wong to win the title", "whom he defeated to win": the winner goes on, the beaten one
    # does not (an infinitive of purpose the parser sets as the complement)
    | _BEATING
)


# Verbs of a means put to use: "used his elbow to push X", the one using it does what follows.
_MEANS_VERBS = frozenset({"use", "employ"})


def _controlling_object(trigger) -> list:
    """ "The party urged Novak to resign", "asked him to stay": the object of the verb an infinitive
    complements is who does what the infinitive says (not the verb's subject). A means of one's own
    ("Kessler used his elbow to push Moreau", "used its veto to block the plan") does nothing
    itself: the subject does it (no controller here)."""
    head = trigger.head
    if trigger.dep_ != "xcomp" or head.i == trigger.i or head.lemma_.lower() in _SUBJECT_CONTROL:
        return []
    objects = [c for c in children_with(head, ("dobj", "dative")) if c.i < trigger.i]
    if head.lemma_.lower() in _MEANS_VERBS and len(objects) == 1 and _own_means(objects[0]):
        return []
    return objects


def _own_means(noun) -> bool:
    """Is ``noun`` a thing its possessor pronoun says is the subject's own ("his elbow", "its veto",
    "their savings"), and no person ("his son", "their men") who might do something?"""
    if noun.pos_ != "NOUN" or noun.ent_type_:
        return False
    if noun.lemma_.lower() in ROLE_HEADS or noun.lemma_.lower() in PERSON_DESCRIPTIONS:
        return False
    return any(c.tag_ == "PRP$" for c in children_with(noun, ("poss",)))


def _noun_arguments(trigger) -> list[tuple[Any, str]]:
    """A noun's arguments: its support verb's agent, possessor, "by" and "of" phrases, named compounds."""
    doc = trigger.doc
    t = tables(doc)
    deps, kids = t.deps, t.children
    args: list[tuple[Any, str]] = []
    staging = staging_verb(trigger)
    if staging is not None:
        # "Jobs made an appearance", "the talks were held by the UN": the support verb's arguments
        # (not the place or time that "saw" the happening: "Lebanon has seen a series of blasts")
        if staging.lemma_.lower() not in SCENE_VERBS:
            args.extend((tok, role) for tok, role in core_arguments(staging) if tok.i != trigger.i and role == "agent")
        if staging.lemma_.lower() in _LODGING:
            # "filed a complaint at the WTO", "filed an appeal with the court": the body it is
            # lodged with is the step's addressee, an actor of the appeal as of the verb
            args.extend((p, "other") for p in _lodged_with(staging, trigger))
        if trigger.lemma_.lower() in _DECISION_NOUNS:
            args.extend((body, "agent") for body in _body_met(staging))
        if trigger.lemma_.lower() in RESULT_NOUNS:
            # "earned China a 2-1 victory", "to earn Fulham a win over Bolton", "led China to a
            # 78-67 victory": the side the verb gains the result for, or leads to it, is who won it
            # (the scorer who earned it stays beside it)
            args.extend((doc[c], "agent") for c in kids[staging.i] if _side_led_to(doc[c], trigger))
    else:
        # "Bremen moved to the top with a 3-1 win over Hertha": the win is Bremen's
        verb = _verb_a_result_came_with(trigger)
        if verb is None and (
            _meeting_of_the_clause(trigger)
            or _statement_of_the_clause(trigger)
            or _attended_occasion(trigger)
            or _journey_of_the_clause(trigger)
        ):
            # "X reiterated the position during a meeting with Y": X is at the meeting too; "X said
            # in a statement": the statement is X's
            verb = trigger.head if trigger.dep_ == "dobj" else trigger.head.head
        if verb is not None:
            args.extend((tok, "agent") for tok, role in core_arguments(verb) if tok.i != trigger.i and role == "agent")
    for c in kids[trigger.i]:
        dep = deps[c]
        if dep == "poss":
            # "Bush, whose visit to China begins Monday": the visit is Bush's, the one "whose" stands for
            owner = _whose_antecedent(trigger) if t.tags[c] == "WP$" else None
            args.append((owner if owner is not None else doc[c], "agent"))
        elif dep == "prep":
            low = doc[c].lower_
            if low == "by":
                args.extend((doc[p], "agent") for p in kids[c] if deps[p] == "pobj")
            elif low == "of":
                args.extend((doc[p], "patient") for p in kids[c] if deps[p] == "pobj")
        elif dep in ("compound", "nmod") and t.ents[c]:
            # "the APEC summit"; "the WTO ministerial conference", "the EU foreign ministers
            # meeting": a name set before the words that qualify the noun (the parser's "nmod")
            args.append((doc[c], "agent"))
        elif dep == "acl" and t.tags[c] == "VBN":
            # "a conflict led by FLEC", "the deal brokered by Norway", "a statement issued by UNICEF"
            for a in kids[c]:
                if deps[a] == "agent":
                    args.extend((doc[p], "agent") for p in kids[a] if deps[p] == "pobj")
    args.extend((by, "agent") for by in _fronted_participle_agents(trigger))
    args.extend(_told_in_its_relative(trigger))
    if not any(role == "agent" and not is_time_word(tok) for tok, role in args):
        # "X was arrested for the Monday attack": who is held to account for the deed did it
        args.extend((held, "agent") for held in _held_for_the_deed(trigger))
    return args


# Prepositions before a relative pronoun that put a clause inside a happening: "the war in which",
# "the agreement under which", "the summit at which", "the ceremony during which" (not "after
# which": what came next); "where" and "when" do the same ("the summit where Bush met Putin").
_INSIDE_WHICH = frozenset({"in", "under", "at", "during"})
# Happenings whose relative clause tells what was said in them, whose object is a topic, not a
# party ("the interview in which he criticised Russia"): only the clause's subject takes part.
_TOLD_IN = frozenset(
    "statement interview speech letter communique address message report article book broadcast "
    "documentary remarks remark comments comment briefing conference".split()
)


def _told_in_its_relative(noun) -> list[tuple[Any, str]]:
    """The participants a relative clause on an event noun tells: a clause set inside the happening
    by a preposition before "which" tells what happened in it, its subject, object and passive
    agent taking part ("a war in which Peru lost its coast", "the coup in which Sheikh Mujib was
    killed", "an agreement under which IAI will upgrade Turkey's fleet", "the summit at which Bush
    met Putin"); only its subject when the noun tells words ("the interview in which he criticised
    Russia": Russia is what he spoke of). A thing the clause tells of is no party through its owner
    ("the polls, in which Kosovo's hopes play a role")."""
    t = tables(noun.doc)
    deps, kids, tags = t.deps, t.children, t.tags
    relatives = [r for r in kids[noun.i] if deps[r] == "relcl" and t.pos[r] in ("VERB", "AUX")]
    if not relatives:
        return []  # the common case: no Token made
    doc = noun.doc
    lower = lowered(doc)
    found: list[tuple[Any, str]] = []
    for r in relatives:
        rk = kids[r]
        inside = any(
            deps[p] == "prep"
            and lower[p] in _INSIDE_WHICH
            and any(deps[w] == "pobj" and tags[w] == "WDT" for w in kids[p])
            or deps[p] == "advmod"
            and lower[p] in ("where", "when")
            for p in rk
        )
        verb = doc[r]
        if not inside:
            continue
        words = lower[noun.i] in _TOLD_IN or noun.lemma_.lower() in _TOLD_IN
        found.extend(
            (tok, role)
            for tok, role in core_arguments(verb)
            if role in ("agent", "patient")
            and verb.left_edge.i <= tok.i <= verb.right_edge.i
            and tags[tok.i] not in ("WDT", "WP")
            and not (words and deps[tok.i] not in ("nsubj", "nsubjpass"))
            and _names_someone(tok)
        )
        if not words:  # "lost its coast to Chile", "fought against Iran": who else takes part
            found.extend(
                (doc[o], "other") for p in rk if _party_phrase(verb, doc[p]) for o in kids[p] if deps[o] == "pobj"
            )
    return found


def _names_someone(tok) -> bool:
    """Is ``tok`` a name, a pronoun or a word for a person or a body ("the leader", "the company"),
    not a thing whose owner would be taken for a party ("Kosovo's aspirations are playing a role")?"""
    if tok.ent_type_ or tok.tag_ == "PRP":
        return True
    lemma = tok.lemma_.lower()
    return tok.pos_ == "NOUN" and (lemma in ROLE_HEADS or lemma in PERSON_DESCRIPTIONS or lemma in _BODY_NOUNS)


def _party_phrase(verb, prep) -> bool:
    """Is ``prep`` a phrase of ``verb`` that names another party of its act ("fought against Iran",
    "drew with Spain", "lost the coast to Chile", "sold arms to Iran"), not a place or a time?"""
    if prep.dep_ != "prep":
        return False
    word = prep.lower_
    return word in _COMITATIVE or word == "to" and verb.lemma_.lower() in _TRANSFER_VERBS


# Verbs that lodge a step at law or a protest with a body (triggers.SUPPORT_VERBS: the noun is the
# row), and the prepositions of the body it is lodged with.
_LODGING = frozenset({"file"})
_LODGED_PREPS = frozenset({"with", "at", "to", "before", "in"})


def _lodged_with(verb, noun) -> list:
    """The bodies the "with", "at", "to", "before" or "in" phrase of a lodging verb or of the step it
    lodges names ("filed a suit with the High Court", "filed a complaint at the WTO", "will file a
    protest to Beijing"): named ones only, not a place."""
    ents = tables(verb.doc).ents
    return [
        p
        for c in children_with(verb, ("prep",)) + children_with(noun, ("prep",))
        if c.lower_ in _LODGED_PREPS
        for p in children_with(c, ("pobj",))
        if ents[p.i] in ("ORG", "NORP") or ents[p.i] == "GPE" and c.lower_ != "in"
    ]


# Nouns of what a body resolves at its meeting, and the nouns of its meetings: "the decision was
# taken at a meeting of the Security Council" is the Council's decision.
_DECISION_NOUNS = frozenset({"decision", "resolution", "ruling", "vote"})
_SITTINGS = frozenset({"meeting", "session", "summit", "conference", "congress", "plenum", "sitting"})


def _body_met(verb) -> list:
    """The names in the "of" phrase of the meeting a verb staging a decision says it was made at
    ("was taken at a meeting of the Security Council", "made at a session of the Arab League")."""
    return [
        body
        for p in children_with(verb, ("prep",))
        if p.lower_ == "at"
        for m in children_with(p, ("pobj",))
        if m.lemma_.lower() in _SITTINGS
        for o in children_with(m, ("prep",))
        if o.lower_ == "of"
        for body in children_with(o, ("pobj",))
    ]


def _fronted_participle_agents(noun) -> list:
    """The "by" phrase of a passive participle set before the clause whose subject the noun is:
    "Organized by Greenpeace, the protest took place", "Sponsored by the UN, the talks began" (the
    participle's understood subject is the noun, as in "the protest organized by Greenpeace")."""
    t = tables(noun.doc)
    deps, heads, kids, tags = t.deps, t.heads, t.children, t.tags
    if deps[noun.i] not in ("nsubj", "nsubjpass"):
        return []
    verb = heads[noun.i]
    doc = noun.doc
    return [
        doc[p]
        for c in kids[verb]
        if deps[c] == "advcl"
        and c < noun.i
        and tags[c] == "VBN"
        and not any(deps[k] in ("nsubj", "nsubjpass") for k in kids[c])
        for a in kids[c]
        if deps[a] == "agent"
        for p in kids[a]
        if deps[p] == "pobj"
    ]


# Verbs that hold someone to account for a deed a noun after them tells ("arrested for the attack",
# "convicted of the murder", "charged with the killing"; not "banned for the final": what is missed)
_HELD_FOR = frozenset(
    "arrest detain charge accuse suspect indict convict jail imprison sentence fine punish execute hang".split()
)
_DEED_PREPS = frozenset({"for", "of", "over", "with"})
_HELD_OF = frozenset({"accuse", "suspect", "convict"})  # "convicted of the murder", not "sentenced of"


def _held_for_the_deed(noun) -> list:
    """Who a verb holds to account for the deed the noun tells: the one arrested, charged, convicted
    or jailed for it ("X was arrested for the Monday attack", "police arrested X for the killing of a
    student", "X, convicted of the 2004 murder of Y,", "charged with the murder"), its doer, alleged
    or not; [] when the deed has a doer of its own ("jailed for Hamas's attack", "for the attack by
    the rebels") or the verb is none of these."""
    if noun.dep_ != "pobj":
        return []
    prep = noun.head
    low = prep.lower_
    verb = prep.head
    if verb.dep_ == "pobj" and verb.ent_type_ in ("DATE", "TIME"):
        verb = verb.head.head  # "was convicted on Monday of the murder": the parser hangs "of" on the day
    if low not in _DEED_PREPS or verb.pos_ != "VERB":
        return []
    lemma = verb.lemma_.lower()
    if lemma not in _HELD_FOR or low == "with" and lemma != "charge" or low == "of" and lemma not in _HELD_OF:
        return []
    if any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "by" for c in noun.children):
        return []
    held = children_with(verb, ("nsubjpass",)) or children_with(verb, ("dobj",))
    if not held and verb.dep_ == "acl" and verb.tag_ == "VBN":
        held = [verb.head]  # "Kerr, convicted of the murder of a guard,"
    return list(held)


# Nouns that tell a body itself ("the group", "the ministry"), not something of its own.
_BODY_NOUNS = ORG_HEADS | COMPANY_NOUNS

# Common nouns that tell a body or a country told before, as a clause's subject, for whom an "its"
# after them stands ("the company launched its bid", "the country marked its independence"): not
# people ("the minister"), nor a plural.
_ITS_SUBJECT_NOUNS = BUSINESS_NOUNS | frozenset({"country", "nation", "government", "party", "bank", "agency", "club"})
_ITS_SUBJECT_LABELS = frozenset({"ORG", "GPE"})


def _doer_its_tells(owner):
    """ "North Korea stunned the world with its first nuclear test", "Iraq flouted the UN sanctions
    in force since its invasion of Kuwait": an "its" on a happening's noun stands for the subject of
    the clause the noun is told in, a body or a country named (or told by "the country", "the
    company") before it, not a name told in passing in between ("the UN sanctions"); the subject's
    token, or None when there is no such subject or another body is acted on between them ("accused
    Russia over its invasion": whose, unsure)."""
    if owner.lower_ != "its" or owner.dep_ != "poss":
        return None
    verb = owner.head
    for _ in range(6):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    subjects = children_with(verb, ("nsubj",))
    if not subjects and verb.dep_ in ("conj", "xcomp"):
        subjects = children_with(verb.head, ("nsubj",))  # "pulled out ... and then stunned the world with its test"
    if len(subjects) != 1:
        return None
    subject = subjects[0]
    if subject.i > owner.i or subject.right_edge.i >= owner.i or any_child(subject, ("conj",)):
        return None
    if subject.tag_ in ("NNS", "NNPS") or (subject.ent_type_ and subject.ent_type_ not in _ITS_SUBJECT_LABELS):
        return None
    if not (
        subject.ent_type_
        or subject.tag_ == "WDT"
        or (
            subject.pos_ == "NOUN"
            and subject.lemma_.lower() in _ITS_SUBJECT_NOUNS
            and any(c.lower_ == "the" for c in subject.lefts)
        )
    ):
        return None
    doc = owner.doc
    for i in range(subject.right_edge.i + 1, owner.i):
        tok = doc[i]
        if tok.dep_ in ("dobj", "dative", "pobj") and (tok.ent_type_ in _ITS_SUBJECT_LABELS or tok.tag_ == "PRP"):
            return None  # "criticised Russia for its invasion", "urged it to end its raids": whose, unsure
    return subject


def _verb_a_result_came_with(noun):
    """The verb a game's result, with no owner of its own, came with: its subject went somewhere or
    did something with it ("moved to the top with a 3-1 win over Hertha", "secured their place with
    a 3-0 victory"), or after it ("reached the final after a 2-0 win over Chelsea", "climbed to third
    following a victory over Leeds"; not what one says after it: "Ferguson said after the win"),
    the phrase hung on the verb or on a noun of the verb's own phrases ("stayed in the hunt for
    qualification with a 3-2 win", "kept alive their hopes of a title with a win"); or for which an
    aggregate result was won ("reached the finals with a 1-1 draw for a 3-2 aggregate win"). None
    otherwise."""
    if noun.dep_ != "pobj" or noun.lemma_.lower() not in RESULT_NOUNS:
        return None
    t = tables(noun.doc)
    if any(t.deps[c] == "poss" for c in t.children[noun.i]):
        return None
    prep = noun.head.lower_
    if prep not in _CAME_WITH and not (prep == "for" and _on_aggregate(noun)):
        return None
    head = t.heads[noun.head.i]
    if prep == "for" and lowered(noun.doc)[head] in RESULT_NOUNS and head != noun.i:
        return _verb_a_result_came_with(noun.doc[head])  # "with a 1-1 draw for a 6-2 aggregate win"
    for _ in range(_CAME_WITH_REACH):
        # a common noun only: "the Giants with a victory over X and Philadelphia with a victory
        # over Y" sets each result beside its own side, not the verb's subjects
        if t.pos[head] != "NOUN" or t.ents[head] or lowered(noun.doc)[head] in RESULT_NOUNS:
            break
        if t.deps[head] == "pobj":
            head = t.heads[t.heads[head]]  # up through the noun's preposition to what it hangs on
        elif t.deps[head] == "dobj":
            head = t.heads[head]  # "kept alive their hopes of a title with a win"
        else:
            break
    if t.pos[head] != "VERB":
        return None
    verb = noun.doc[head]
    return verb if prep != "after" and prep != "following" or not is_speech(verb) else None


# Prepositions that set a result beside what its winner did with it or after it
_CAME_WITH = frozenset({"with", "after", "following"})
# How many nouns of the verb's phrases the result's phrase may hang below the verb ("stayed in the
# hunt for qualification with a win": one)
_CAME_WITH_REACH = 2


def _on_aggregate(noun) -> bool:
    """ "a 3-2 aggregate win", "a win on aggregate": a result over two legs."""
    t = tables(noun.doc)
    lower = lowered(noun.doc)
    for c in t.children[noun.i]:
        if lower[c] == "aggregate" or t.deps[c] == "prep" and any(lower[p] == "aggregate" for p in t.children[c]):
            return True
    return False


def _side_led_to(tok, result) -> bool:
    """Is ``tok`` the one the verb staging a result gains it for ("earned China a victory") or
    leads to it ("led China to a victory"; not "danced his way to victory")?"""
    if tok.dep_ == "dative":
        return True
    return tok.dep_ == "dobj" and tok.i != result.i and tok.lower_ != "way" and result.head.lower_ == "to"


_MEETING_PREPS = frozenset({"during", "at", "after", "before", "in", "following"})


def _statement_of_the_clause(noun) -> bool:
    """ "UNICEF said in a statement issued on Wednesday": a statement or an interview its clause's
    speech verb was said in is the speaker's."""
    prep = noun.head
    return (
        noun.dep_ == "pobj"
        and prep.lower_ == "in"
        and prep.head.pos_ == "VERB"
        and noun.lemma_.lower() in _STATEMENT_NOUNS
        and is_speech(prep.head)
    )


_STATEMENT_NOUNS = frozenset({"statement", "interview", "speech", "letter", "communique", "address", "message"})


_HOLDING_VERBS = frozenset({"hold", "convene", "stage", "host", "organize", "organise"})


def _occasion_held(trigger):
    """The occasion a passive infinitive after it tells of: "the summit ... to be held in Dhaka"
    (which the parser hangs on the verb before, whose subject does not hold it)."""
    if trigger.lemma_.lower() not in _HOLDING_VERBS or trigger.dep_ not in ("advcl", "xcomp", "acl", "relcl"):
        return None
    children = list(trigger.children)
    if not any(c.dep_ == "auxpass" for c in children) or not any(c.lower_ == "to" for c in children):
        return None
    for tok in reversed(trigger.doc[trigger.head.i + 1 : trigger.left_edge.i]):
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in OCCASIONS:
            return tok
    return None


def _meeting_of_the_clause(noun) -> bool:
    """ "during a meeting with Y", "after talks with Y": a meeting with someone, told as the
    occasion of its clause's verb, was held by that verb's subject."""
    t = tables(noun.doc)
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in _MEETING_PREPS or prep.head.pos_ != "VERB":
        return False
    if (
        prep.lower_ in ("at", "during")
        and noun.lemma_.lower() in _GATHERINGS
        and not _own_parties(t, noun.i)
        and _told_clause(prep.head)
    ):
        # "At Thursday's meeting, the IAEA Board of Governors decided": who acts at a gathering attends it
        return True
    return any(t.deps[c] == "prep" and t.text[t.idx[c] : t.ends[c]].lower() == "with" for c in t.children[noun.i])


def _attended_occasion(noun) -> bool:
    """ "Rice said at a ceremony in Paris", "while attending the annual commemoration", "told a
    disciplinary hearing", "addressed a rally": an occasion with no parties of its own named, that
    its clause's subject attends, speaks at or addresses, has that subject among its actors."""
    t = tables(noun.doc)
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _ATTENDED or _own_parties(t, noun.i):
        return False
    head = noun.head
    if noun.dep_ == "dobj":
        return head.pos_ == "VERB" and head.lemma_.lower() in _ATTENDING
    if noun.dep_ != "pobj" or head.lower_ not in ("at", "during") or head.head.pos_ != "VERB":
        return False
    return is_speech(head.head) and _told_clause(head.head)


# Journeys: who acts "during" one made it ("told Wen during a visit to Beijing").
_JOURNEY_NOUNS = frozenset("visit trip tour journey".split())


def _journey_of_the_clause(noun) -> bool:
    """ "Gingrich told Jiang during a visit to China", "raised the issue during a Washington visit":
    a visit, trip or tour with no traveller of its own ("his visit", "the visit of the premier"),
    told as the time of its clause's verb, is made by that verb's subject. Not "during the visit"
    alone (one told before, perhaps another's: "Hu hosted a banquet during the visit")."""
    if noun.dep_ != "pobj" or noun.lemma_.lower() not in _JOURNEY_NOUNS or noun.tag_ != "NN":
        return False
    prep = noun.head
    if prep.lower_ != "during" or prep.head.pos_ != "VERB" or not _told_clause(prep.head):
        return False
    t, lower = tables(noun.doc), lowered(noun.doc)
    kids = t.children[noun.i]
    if any(t.deps[c] == "det" and lower[c] in ("the", "this", "that") for c in kids) and not any(
        t.deps[c] in ("amod", "compound", "nummod", "prep", "acl", "relcl") for c in kids
    ):
        return False
    return not any(
        t.deps[c] == "poss" and t.ents[c] not in ("DATE", "TIME") or _traveller_phrase(t, lower, c) for c in kids
    )


def _traveller_phrase(t, lower: list[str], c: int) -> bool:
    """Is child ``c`` of a journey noun a phrase telling its traveller ("by the premier", "the visit
    of Ana Ruiz"), not its destination ("a tour of the northern provinces", "a tour of Shanghai")?"""
    if t.deps[c] != "prep" or lower[c] not in ("of", "by"):
        return False
    if lower[c] == "by":
        return True
    return not all(t.ents[o] in PLACE_LABELS or lower[o] in PLACE_NOUNS for o in t.children[c] if t.deps[o] == "pobj")


def _told_clause(verb) -> bool:
    """Is ``verb`` a clause the story or a speaker tells ("ASEAN would discuss it at a meeting,
    Chaowalit said"), not one inside a phrase ("DeLay made what Earle considered an admission during
    the meeting": Earle considers, not at the meeting)?"""
    dep = verb.dep_
    return dep in ("ROOT", "conj", "advcl", "xcomp") or dep == "ccomp" and is_speech(verb.head)


def _own_parties(t, i: int) -> bool:
    """Does the gathering's phrase tell whose it is or who meets there ("his news conference", "the
    session of the UN Human Rights Commission", "a meeting between Gore and Lee", "the EU-Russia
    summit")? A day that owns it ("Thursday's meeting") tells no one."""
    for c in t.children[i]:
        dep = t.deps[c]
        if dep == "poss" and t.ents[c] not in ("DATE", "TIME"):
            return True
        if dep in ("compound", "nmod", "amod") and t.ents[c] and t.ents[c] not in ("DATE", "TIME"):
            return True
        if dep == "prep" and t.text[t.idx[c] : t.ends[c]].lower() in ("of", "between", "with", "among"):
            return True
    return False


# Gatherings whose attendees are its actors (GUIDELINES 4th batch: "Attending a summit is a mention of
# the summit's row, the attendees its actors").
_GATHERINGS = frozenset({"meeting", "summit", "session", "conference", "talks", "talk", "consultation", "forum"})

# Occasions people attend, beside the gatherings: who speaks at one, attends or addresses it is
# there (GUIDELINES, fourth batch: "Attending a summit is a mention of the summit's row, the
# attendees its actors").
_ATTENDED = _GATHERINGS | frozenset(
    "hearing ceremony funeral celebration rally commemoration reception banquet vigil memorial".split()
)
# Verbs whose object is an occasion their subject is at: "attended the ceremony", "addressed a
# rally", "told a hearing".
_ATTENDING = frozenset({"attend", "address", "tell"})


def _with_coordinated(doc, args: list[tuple[Any, str]]) -> list[tuple[Any, str]]:
    """Each argument followed by those coordinated with it: "Russia, Iran, Turkey and Syria have agreed"."""
    t = tables(doc)
    deps, kids = t.deps, t.children
    expanded = []
    for tok, role in args:
        expanded.append((tok, role))
        stack = [c for c in kids[tok.i] if deps[c] in _COORDINATION]
        while stack:
            c = stack.pop()
            if _is_title_apposition(doc[c]) and (deps[c] == "appos" or _misparsed_apposition(doc[c])):
                continue  # "Hor Namhong, Cambodian Deputy Prime Minister and Minister of ..., told"
            if deps[c] == "appos" and _describes_the_person(doc, tok.i, c):
                continue  # "Anna Berg, Merkel's physician, said": Merkel says nothing
            if stray_conjunct_verb(doc[c]) is not None:
                continue  # "Kenya beat Uganda and Tanzania drew": Tanzania is not beaten
            if deps[c] == "appos" and _bracketed_number(doc[c]):
                continue  # "USS Juneau (LPD 10) arrived": the ship's hull number, no second actor
            expanded.append((doc[c], role))
            stack.extend(x for x in kids[c] if deps[x] in _COORDINATION)
    return expanded


_NUMBER_MARK = re.compile(r"[A-Z]{1,5}[- ]?\d{1,5}[A-Z]?")


def _bracketed_number(tok) -> bool:
    """ "(LPD 10)", "(CVN-73)", "(A320)": letters and a number in brackets after a name, the hull,
    model or flight number that tells it apart, not another participant."""
    doc = tok.doc
    left, right = tok.left_edge.i, tok.right_edge.i
    if left == 0 or right + 1 >= len(doc) or doc[left - 1].text != "(" or doc[right + 1].text != ")":
        return False
    return _NUMBER_MARK.fullmatch(doc[left : right + 1].text) is not None


_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
_FINITE_AUX_TAGS = _FINITE_TAGS | {"MD"}
# How the parser hangs the verb of a second clause whose subject it joined to the first clause's
# object: as a conjunct ("Kenya beat Uganda and Tanzania drew"), or as an adverbial clause of the
# first verb ("BII was 50 rupiah higher and BDNI gained 100 rupiah").
_STRAY_VERB_DEPS = frozenset({"conj", "advcl"})
_CLAUSE_LEAD_DEPS = frozenset({"aux", "auxpass", "neg", "advmod"})


def _stray_argument(trigger) -> tuple[Any, str] | None:
    stray = stray_subject(trigger)
    if stray is None:
        return None
    return stray, "patient" if any_child(trigger, ("auxpass",)) else "agent"


def _occasion_argument(trigger) -> tuple[Any, str] | None:
    occasion = _occasion_held(trigger)
    return None if occasion is None else (occasion, "patient")


def stray_conjunct_verb(tok):
    """ "Kenya beat Uganda and Tanzania drew with Rwanda": the parser hangs the second clause's
    subject on the first clause's object (or date) as a conjunct, and its verb on the first verb
    (as a conjunct, or an adverbial clause: "Ghana beat Togo on Sunday and Mali drew") with no
    subject of its own. The name (or common noun: "Exports rose and imports of paper fell") is that
    verb's subject, when the verb follows the noun directly (its auxiliaries and adverbs aside) and
    is finite; None otherwise."""
    if tok.dep_ != "conj" or tok.pos_ not in ("PROPN", "NOUN") or tok.head.i >= tok.i:
        return None
    if not any(c.lower_ in ("and", "but", "while") for c in children_with(tok.head, ("cc",))):
        return None
    doc = tok.doc
    j = tok.right_edge.i + 1
    while j < len(doc) and doc[j].dep_ in _CLAUSE_LEAD_DEPS and doc[j].head.i > j:
        j += 1
    if j >= len(doc):
        return None
    verb = doc[j]
    if verb.dep_ not in _STRAY_VERB_DEPS or verb.pos_ not in ("VERB", "AUX") or verb.head.i >= tok.i:
        return None
    if verb.tag_ not in _FINITE_TAGS and not any(
        c.dep_ in ("aux", "auxpass") and (verb.dep_ == "conj" or c.tag_ in _FINITE_AUX_TAGS) for c in verb.children
    ):
        return None  # (an adverbial clause's verb is finite too: not "Pemba to form", "and Kabila to hold")
    if any(c.dep_ in _AGENT_DEPS or c.dep_ in ("nsubjpass", "expl") for c in verb.children):
        return None
    if verb.head.i not in {a.i for a in tok.ancestors}:
        return None
    if verb.dep_ == "advcl" and _inside_a_noun_clause(tok, verb.head):
        return None  # "drugs coming from Afghanistan and Pakistan destined for Europe": no clause of Pakistan's
    return verb


def _inside_a_noun_clause(tok, top) -> bool:
    """Is ``tok`` inside a clause that tells of a noun ("drugs coming from X", "the man who met X")
    below ``top``?"""
    head = tok.head
    while head.i != top.i and head.head.i != head.i:
        if head.dep_ in ("acl", "relcl") and head.pos_ in ("VERB", "AUX"):
            return True
        head = head.head
    return False


def stray_subject(trigger):
    """The subject of a conjoined verb that the parser hung on the clause before (see
    :func:`stray_conjunct_verb`), or None."""
    if trigger.dep_ not in _STRAY_VERB_DEPS:
        return None
    doc = trigger.doc
    j = trigger.i - 1
    while j >= 0 and doc[j].dep_ in _CLAUSE_LEAD_DEPS and doc[j].head.i == trigger.i:
        j -= 1
    if j < 0:
        return None
    name = doc[j]
    while name.head.i > name.i and name.head.i <= j:  # "Macao of China": from "China" up to its conjunct
        name = name.head
    while name.dep_ != "conj" and name.head.i < name.i and name.dep_ in ("pobj", "prep"):
        name = name.head
    verb = stray_conjunct_verb(name)
    return name if verb is not None and verb.i == trigger.i else None


def _describes_the_person(doc, head: int, c: int) -> bool:
    """Is ``c`` a common noun set beside a person's name ("Anna Berg, Merkel's physician,"): what
    the person is, whose owner or phrase tells no one else taking part?"""
    t = tables(doc)
    if t.ents[head] != "PERSON" or t.tags[c] != "NN" or t.ents[c]:
        return False
    # "Raja Ram, his wife Kala Wati,", "high jump (Huang Haiqiang)": the noun names another person
    return not any(t.ents[k] == "PERSON" and t.deps[k] in _NAMING_DEPS for k in t.children[c])


_NAMING_DEPS = frozenset({"appos", "conj", "npadvmod"})


def _is_title_apposition(tok) -> bool:
    """ "Steve Jobs, the Apple Chief Executive Officer, ...": the title names the same person."""
    return tok.dep_ in _COORDINATION and (tok.lower_ in ROLE_HEADS or tok.lemma_.lower() in ROLE_HEADS)


def _misparsed_apposition(tok) -> bool:
    """A title the parser joined to a name as a conjunct, though only a comma comes between them
    ("Hor Namhong, Cambodian Deputy Prime Minister, told"), not "and" ("Putin and the Turkish president")."""
    doc = tok.doc
    between = doc[tok.head.i + 1 : tok.left_edge.i]
    return (
        tok.dep_ == "conj" and len(between) == 1 and between[0].text == "," and not tok.left_edge.ent_type_ == "PERSON"
    )


class _Gathered:
    """The participants and places of one trigger as they are found."""

    def __init__(self) -> None:
        self.found: dict[str, Participant] = {}
        self.places: list[str] = []
        self.heads: set[int] = set()  # argument heads
        self.claimed: set[int] = set()  # tokens of the argument phrases

    def add(self, name: str, type_: str, role: str, tok_i: int) -> None:
        """One per actor: the first, or the first with a role."""
        old = self.found.get(name)
        if old is None or (old.role == "other" and role != "other"):
            self.found[name] = Participant(name, type_, role, tok_i)

    def add_all(self, names: list[tuple[str, str]], role: str, tok_i: int) -> None:
        for name, type_ in names:
            self.add(name, type_, role, tok_i)

    def add_place(self, name: str) -> None:
        if name not in self.places and name not in self.found:
            self.places.append(name)


def participants(
    trigger, resolver: ActorResolver, sent_index: int, speaker: tuple[str, str] | None = None
) -> tuple[list[Participant], list[str]]:
    """Actors of the event with roles, and the places it happened at.

    ``speaker``: who speaks, when the trigger is inside a quotation ("I" refers to them).
    """
    got = _Gathered()
    extra: list[int] = []  # argument phrases outside the clause: an inherited or raised subject
    arguments = _reaction_arguments(trigger) or core_arguments(trigger)
    resolved = resolver.resolved_arguments
    for tok, role in [*arguments, *_companions_told(trigger, arguments)]:
        got.heads.add(tok.i)
        if role == "patient" and _meeting_object(tok, trigger):
            role = "agent"  # "Levy will meet Demirel": Demirel meets Levy too
        key = (tok.i, role, sent_index, speaker)
        # (an "its" on the happening's noun that the clause's subject tells is this trigger's alone)
        found = tuple(_its_doer(tok, trigger, role, resolver, sent_index, speaker)) or resolved.get(key)
        if found is None:
            found = resolved[key] = tuple(resolve_argument(tok, role, resolver, sent_index, speaker))
        for p in found:
            if _occasion_hosted(p, tok, trigger) or _occasion_taking_place(p, tok, trigger):
                # "Australia hosted the World Cup", "the second Summit took place at Santiago", "War
                # broke out in February 2003": the happening, not a participant
                continue
            got.add(p.name, p.type, p.role, p.token)
        phrase = _np_indices(tok)
        got.claimed.update(phrase)
        extra.extend(phrase)

    # entities elsewhere in the clause: in prepositional phrases, as modifiers of the arguments
    doc = trigger.doc
    t = tables(doc)
    pos, tags, deps = t.pos, t.tags, t.deps
    in_scope = set(clause_indices(trigger))
    in_scope.update(extra)
    for i in [i for i in in_scope if deps[i] == "prep"]:  # _visiting_phrase's first test, by table
        in_scope.update(_visiting_phrase(doc, i))
    if pos[trigger.i] == "NOUN":
        in_scope.update(_party_on_staging_verb(trigger))
        in_scope.update(_mediation_on_staging_verb(trigger))
    actor_at = resolver.entity_actor_at
    for i in sorted(in_scope):
        if i == trigger.i:
            continue
        named = actor_at(i) is not None
        if not named and not (pos[i] == "NOUN" and tags[i] == "NN"):
            continue  # neither an entity nor an establishment noun (see establishment_name): no Token needed
        tok = doc[i]
        if not named and not _establishment_noun(tok):
            continue  # no entity, and no noun an establishment's name ends in: _clause_entity finds nothing
        if i not in got.heads and stray_conjunct_verb(tok) is not None:
            continue  # "Toyota bought a stake in Subaru and Honda announced": Honda is the next clause's
        if _compared_with(tok, trigger):
            continue  # "a growth course similar to that of the EU-25": a yardstick, not who takes part
        if _set_apart(tok, trigger):
            continue  # "except Cuba", "according to the UN": left out, or who tells it (the source)
        if i not in got.heads and _for_an_occasion(tok, trigger, resolver):
            continue  # "arrived for the Summit of the Americas": where one goes, not who takes part
        if i not in got.heads and (_in_a_happening_set_beside(tok, trigger) or _in_a_happening_told_with(tok, trigger)):
            # "went home following the launch of the offensive against X", "qualified with a victory
            # over X": that happening's
            continue
        if i not in got.heads and _partner_of_another_meeting(tok, trigger):
            continue  # "arrived for a meeting with Erbakan": the meeting's party, not the arrival's
        _clause_entity(tok, trigger, resolver, sent_index, got)
    named = any(p.role in ("agent", "patient") for p in got.found.values())
    national = _nation_of_the_noun(trigger) if pos[trigger.i] == "NOUN" and not named else None
    if national is not None:  # "the Israeli offensive", "Indonesian investment": the country's own
        got.add(national[0], "GPE", "agent", national[1])
    ordered = sorted(got.found.values(), key=lambda p: (p.token, p.name))
    # "talks between Netanyahu and Clinton", "met with Li Peng": the partners do it too
    ordered = [
        Participant(p.name, p.type, "agent", p.token)
        if p.role == "other" and reciprocal_party(doc[p.token], trigger)
        else p
        for p in ordered
    ]
    # "signed the DPA", "Signal 3 was hoisted": a document or a label is what is acted on, not who
    ordered = [p for p in ordered if p.role == "agent" and not is_label(p.name) or not resolver.is_thing(p.name)]
    # "won Asian Games gold", "their Uefa Cup trip", "top of the Premiership": a competition is
    # where one plays, not who takes part (unless it is the subject: "the Bundesliga resumes")
    ordered = [p for p in ordered if not _competition(p.name) or _in_subject(doc[p.token], trigger)]
    # "was awarded the Nobel Prize for Peace", "won the best actress Oscar": a prize is what is won
    ordered = [p for p in ordered if not _prize(p.name) or _names_the_body(doc[p.token])]
    # "tested HIV positive", "an outbreak of H5N1 bird flu", "the H5N1 strain has killed 68": a
    # disease or its virus is what befalls people, no participant (the gold lists none)
    ordered = [p for p in ordered if not _DISEASE.fullmatch(p.name)]
    return _capitals_as_countries(ordered, trigger), got.places


def _its_doer(tok, trigger, role: str, resolver: ActorResolver, sent_index: int, speaker) -> list[Participant]:
    """The body or country an "its" owning the happening's noun stands for when the clause's subject
    tells it (see :func:`_doer_its_tells`), as the pronoun's participant; [] otherwise."""
    t = tables(tok.doc)  # (from the tables: asked of every argument, mostly no "its")
    if lowered(tok.doc)[tok.i] != "its" or t.heads[tok.i] != trigger.i or t.pos[trigger.i] != "NOUN":
        return []
    doer = _doer_its_tells(tok)
    if doer is None:
        return []
    found = resolve_argument(doer, role, resolver, sent_index, speaker)
    if not found or any(p.type in ("PERSON", "NORP") for p in found):
        return []
    return [Participant(p.name, p.type, p.role, tok.i) for p in found]


# Last words of the names of sports competitions: "the Asian Games", "the Uefa Cup", "the Australian
# Open", "the London Marathon", "the Monaco Grand Prix".
_COMPETITION_HEADS = frozenset(
    "cup games olympics olympiad championship championships premiership bundesliga marathon prix open trophy".split()
)
# Words before "League" that make it a competition, not a body ("the Arab League", "the Awami League").
# ("the Premier League", "the National Football League" also name the bodies that run them).
_SPORTS_LEAGUES = frozenset({"champions", "europa"})


def _competition(name: str) -> bool:
    """Is ``name`` a sports competition's ("Asian Games", "Uefa Cup", "English Premiership",
    "Champions League", "J-League")?"""
    words = name.split()
    last = words[-1].lower()
    if last in _COMPETITION_HEADS:
        return len(words) > 1 or last in ("olympics", "premiership", "bundesliga")
    if last.endswith("-league"):
        return True  # "J-League"
    return last == "league" and len(words) > 1 and words[-2].lower() in _SPORTS_LEAGUES


# Heads of the names of prizes: "the Nobel Prize for Peace", "the Sakharov Prize", "an Oscar".
_PRIZE_HEADS = frozenset("prize prizes award awards oscar oscars emmy emmys grammy grammys".split())


def _prize(name: str) -> bool:
    """Is ``name`` a prize's ("Nobel Prize for Peace", "Booker Prize", "Oscar", "Academy Awards")?"""
    return name_head(name.split()).lower() in _PRIZE_HEADS


def _names_the_body(tok) -> bool:
    """Is ``tok`` the name set before a body's head noun ("the Nobel Prize committee", "the Americas
    Cup organising committee"): the body that gives the prize or runs the competition?"""
    return tok.dep_ in ("compound", "nmod") and tok.head.lemma_.lower() in _COMPETITION_BODIES


# Names of diseases and viruses the tagger makes entities of: "HIV", "AIDS", "HIV/AIDS", "SARS",
# "XDR-TB", "H5N1" (any avian flu strain), "Ebola".
_DISEASE = re.compile(r"(?:HIV|AIDS|HIV/AIDS|AIDS/HIV|SARS|TB|(?:XDR|MDR)-TB|Ebola|H\d{1,2}(?:N\d{1,2})?)")


def _in_subject(tok, trigger) -> bool:
    """Is ``tok`` in the trigger's subject phrase ("the World Cup finals get underway", "The World
    Championship cost us dear and left little time"), its "by" phrase ("was fined by the NFL"), or
    the name of the body that runs the competition ("the Americas Cup organising committee")?"""
    verbs = (trigger.i, trigger.head.i) if trigger.dep_ == "conj" else (trigger.i,)
    if _names_the_body(tok):
        return True
    node = tok
    while node.head.i != node.i and node.i != trigger.i:
        if node.dep_ in ("nsubj", "nsubjpass") and node.head.i in verbs:
            return True
        if node.dep_ == "pobj" and node.head.dep_ == "agent":
            return True
        node = node.head
    return False


_COMPETITION_BODIES = ORG_HEADS | frozenset({"organizer", "organiser", "federation", "board", "body", "secretariat"})


# Participles that tell who goes along with the one who acts: "Accompanied by his deputy, the
# minister visited", "Wen, flanked by two aides, toured".
_COMPANY_PARTICIPLES = frozenset({"accompany", "flank", "join", "escort"})


def _companions_told(verb, arguments: list[tuple[Any, str]]) -> list[tuple[Any, str]]:
    """Who goes along with the doer of a verb, told by an "accompanied by" participle set on the
    verb or on its subject ("Accompanied by Vice Premier Wu Yi, Wen visited the plant", "Wen,
    flanked by Wu Yi, toured the plant"): they take part too. When the parser hung the doer on the
    companion ("Accompanied by Minister Ali Saleh, President Omar Bongo arrived", read as Saleh's
    apposition) and the verb has no subject, the doer is that name."""
    t = tables(verb.doc)
    if t.pos[verb.i] not in ("VERB", "AUX"):
        return []
    hosts = [verb.i] + [a.i for a, role in arguments if role == "agent" and t.heads[a.i] == verb.i]
    participles = [
        c
        for h in hosts
        for c in t.children[h]
        if t.deps[c] in ("advcl", "acl") and t.tags[c] == "VBN" and verb.doc[c].lemma_.lower() in _COMPANY_PARTICIPLES
    ]
    if not participles:
        return []  # the common case: no Token walked
    doc = verb.doc
    found: list[tuple[Any, str]] = []
    for c in participles:
        for a in t.children[c]:
            if t.deps[a] != "agent":
                continue
            for p in t.children[a]:
                if t.deps[p] != "pobj":
                    continue
                found.append((doc[p], "other"))
                found.extend((doc[q], "other") for q in t.children[p] if t.deps[q] == "conj")
                if not arguments and t.deps[c] == "advcl":
                    found.extend((doc[q], "agent") for q in t.children[p] if t.deps[q] == "appos" and t.ents[q])
    return found


def _reaction_arguments(verb) -> list[tuple[Any, str]]:
    """The arguments of a row anchored on the reaction its verb says a happening drew ("the remarks
    led to calls from Jewish groups for an apology", "Denmark sparked criticism from China"): who
    reacts, named after "from", does it; the verb's doers are the ones reacted to. Empty when the
    verb draws no reaction, or the reaction names no one after "from"."""
    if tables(verb.doc).pos[verb.i] != "VERB":
        return []
    reaction = reaction_drawn(verb)
    if reaction is None:
        return []
    # "drew condemnation from Amnesty International": the parser may hang "from" on the verb
    froms = [c for c in (*reaction.children, *verb.children) if c.dep_ == "prep" and c.lower_ == "from"]
    callers = [(o, "agent") for c in froms for o in children_with(c, ("pobj",))]
    if not callers:
        return []
    reacted_to = [(tok, "patient" if role == "agent" else role) for tok, role in core_arguments(verb)]
    return reacted_to + _with_coordinated(verb.doc, callers)


def _nation_of_the_noun(noun) -> tuple[str, int] | None:
    """ "The Israeli offensive began", "the Iraqi election", "Indonesian investment in Myanmar": a
    nationality adjective on a happening's noun that names no one else is the country acting (as
    "Israel's offensive" would be); (country, its token) or None."""
    for c in noun.lefts:
        if c.dep_ != "amod" or c.ent_type_ not in ("NORP", "") or not c.text[:1].isupper():
            continue
        country = country_for_adjective(c.text)
        if country is not None and country_name(c.text) is None:
            return country, c.i
    return None


# Acts of a government or between governments: a capital that does them or takes part in them
# stands for its country ("Washington protested", "talks between Khartoum and the rebels").
_POLITICAL_ACTS = frozenset(
    "say tell announce state declare claim warn insist confirm deny reiterate stress urge demand call ask "
    "appeal protest complain accuse blame condemn criticize criticise denounce welcome praise hail reject "
    "refuse accept agree oppose support back endorse propose offer pledge vow promise threaten sign ratify "
    "impose lift sanction recognize recognise expel recall summon negotiate talk discuss respond reply "
    "retaliate dismiss approve veto decide object meet "
    "negotiation agreement accord deal treaty pact dialogue relation tie dispute statement decision "
    "proposal warning threat accusation ceasefire truce summit meeting pressure "
    "criticism condemnation complaint objection opposition".split()
)
_CAPITAL_TYPES = frozenset({"GPE", "ORG", "LOC"})


# Words of an occasion a city hosts: "the Olympic mascots Beijing announced" are the host city's.
_HOSTED_OCCASIONS = frozenset({"olympic", "olympics", "games", "expo", "paralympic", "paralympics"})


def _political_act(tok, trigger, role: str) -> bool:
    """Is the name a doer or party of an act of governments (speech, stance, agreement, talks,
    sanctions)? The word the name hangs on, through prepositions and lists only, is such an act:
    the trigger ("Beijing protested", "accused Moscow") or a noun ("talks between Khartoum and
    the rebels", "pressure against Damascus"); not a name deeper in a phrase ("announced his
    squad for Beijing", "the governments of Hebei ... and Beijing")."""
    if tok.pos_ == "PRON":  # "Washington said it would send troops": "it" is who spoke, the government
        return any(is_speech(a) for a in tok.ancestors)
    if tok.pos_ != "PROPN" or any(t.lower_ in _HOSTED_OCCASIONS for t in sentence_of(tok)):
        return False  # "the capital declared ...": the city told as a city
    if _listed_with_towns(tok):
        return False
    if role in ("agent", "patient") and (is_speech(trigger) or trigger.lemma_.lower() in _POLITICAL_ACTS):
        return True  # "Khartoum and the rebels started peace talks": who holds the talks
    if role == "agent" and _does_the_deed(tok, trigger):
        return True
    if role == "patient" and _judged_for_its_deed(tok, trigger):
        return True
    node = tok
    while node.dep_ in _COORDINATION and node.head.i != node.i:
        node = node.head  # "Moscow and Kiev agreed": the list's first name
    governor = node.head.head if node.dep_ == "pobj" and node.head.dep_ == "prep" else node.head
    if governor.i == trigger.i:
        return is_speech(trigger) and node.dep_ != "pobj" or trigger.lemma_.lower() in _POLITICAL_ACTS
    return governor.lemma_.lower() in _POLITICAL_ACTS and governor.pos_ in ("NOUN", "VERB")


# A match's score ("beat Japan 89-78"): the sentence of a game, where a city is a team.
_SCORE = re.compile(r"\b\d{1,3}-\d{1,3}\b")


def _does_the_deed(tok, trigger) -> bool:
    """Is the capital the subject of the trigger, an active verb, or its "by" agent ("Baghdad sent
    nine helicopters", "Ottawa unveiled a plan", "was turned down by Zagreb")? A city does no such
    deed, its government does; but a city holds or hosts an occasion as its venue ("Paris hosted
    the summit"), and in the sentence of a game a city names a team ("Washington beat Dallas 98-90")."""
    lemma = trigger.lemma_.lower()
    if trigger.pos_ != "VERB" or lemma in ("be", "have") or lemma in _HOLDING_VERBS:
        return False
    node = _first_conjunct(tok)
    subject = node.dep_ == "nsubj" and node.head.i == trigger.i
    by_agent = node.dep_ == "pobj" and node.head.dep_ == "agent" and node.head.head.i == trigger.i
    return (subject or by_agent) and _SCORE.search(sentence_of(tok).text) is None


# The owner words that send a "for" phrase back to the one judged: "blasted Ankara for ITS criticism".
_ITS = frozenset({"its", "their"})


def _judged_for_its_deed(tok, trigger) -> bool:
    """Is the capital the object of a verb that judges it for a deed of its own: "blasted Ankara
    for its criticism of Germany", "chided Damascus for failing to cooperate", "showered Paris and
    Rome with compliments for their stance"? The "for" phrase of the trigger names what the object
    did (a gerund, or a noun owned by "its"/"their"): a city does no deed, its government does.
    Not a "for" of time, purpose or goal ("attacked Kabul for the third time", "visited Moscow for
    talks", "left Beijing for Shanghai")."""
    node = _first_conjunct(tok)
    if node.dep_ != "dobj" or node.head.i != trigger.i or trigger.pos_ != "VERB":
        return False
    doc = trigger.doc
    t, lower = tables(doc), lowered(doc)
    for c in t.children[trigger.i]:
        if t.deps[c] != "prep" or lower[c] != "for" or c < tok.i:
            continue
        for p in t.children[c]:
            if t.deps[p] == "pcomp" and t.tags[p] == "VBG":
                return True  # "for failing to cooperate"
            if t.deps[p] == "pobj" and any(t.deps[k] == "poss" and lower[k] in _ITS for k in t.children[p]):
                return True  # "for its fierce criticism"
    return False


def _listed_with_towns(tok) -> bool:
    """Is the name in a list with a place that is no country nor capital ("Beijing, Tianjin and
    Shanghai"): a city among cities?"""
    first = _first_conjunct(tok)
    members = [first, *(c for c in first.subtree if c.dep_ == "conj" and _first_conjunct(c).i == first.i)]
    return any(
        m.ent_type_ in PLACE_LABELS and country_name(name := _entity_words(m)) is None and capital_country(name) is None
        for m in members
    )


def _entity_words(tok) -> str:
    """The words of the entity ``tok`` is in ("New Delhi" for "Delhi"), or the word itself."""
    doc = tok.doc
    start, end = tok.i, tok.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end].text


def _capitals_as_countries(found: list[Participant], trigger) -> list[Participant]:
    """A capital that does or takes part in a political act is its country's government: "Moscow
    and Kiev agreed" (Russia, Ukraine), "Beijing protested" (China). One where something happens
    is a place and is not among the participants ("a bomb in Moscow")."""
    out: list[Participant] = []
    for p in found:
        country = capital_country(p.name) if p.type in _CAPITAL_TYPES else None
        if country is not None and _political_act(trigger.doc[p.token], trigger, p.role):
            p = Participant(country, "GPE", p.role, p.token)
        if not any(q.name == p.name for q in out):
            out.append(p)
    return out


def _visiting_phrase(doc, i: int) -> tuple[int, ...]:
    """ "talks with visiting U.S. President George W. Bush": the parser makes "visiting" a verb of
    its own clause after the preposition; it only describes the one the noun's phrase is with."""
    t = tables(doc)
    if t.deps[i] != "prep" or t.pos[t.heads[i]] not in ("NOUN", "PROPN"):
        return ()
    for c in t.children[i]:
        if t.deps[c] == "pcomp" and t.text[t.idx[c] : t.ends[c]].lower() == "visiting":
            return clause_indices(doc[c])
    return ()


def _party_on_staging_verb(noun) -> tuple[int, ...]:
    """ "held talks on Monday with visiting Russian Deputy Foreign Minister Alexander Sultanov",
    "held talks here with the Swedish minister, Erik Lund", "talks are taking place in Juba between
    the government of Uganda and the LRA": the parser hung "with" or "between" on the verb that
    stages the noun (or on its "place"), out of the noun's phrase; who is named after it takes part."""
    t = tables(noun.doc)
    lower = lowered(noun.doc)
    head = t.heads[noun.i]
    on = [head] + [c for c in t.children[head] if t.deps[c] == "dobj" and lower[c] == "place"]
    preps = [c for h in on for c in t.children[h] if t.deps[c] == "prep" and lower[c] in _PARTY_PREPS]
    if not preps:
        return ()  # the common case: no "with" on the noun's head, no Token walked
    if _staged_at(noun) != head:
        return ()
    # the one named after "with" (or after a "visiting" the parser made a verb), its title and
    # apposition, not the phrases hung on it ("with banners from Amnesty International")
    out: list[int] = []
    todo = [c for p in preps for c in t.children[p] if t.deps[c] in ("pobj", "pcomp")]
    while todo:
        i = todo.pop()
        out.append(i)
        todo.extend(c for c in t.children[i] if t.deps[c] in _NAMED_WITH or _of_a_government(t, lower, c))
    return tuple(out)


def _of_a_government(t, lower: list[str], i: int) -> bool:
    """ "of" after "the government": "the government of Uganda" is the country's."""
    return t.deps[i] == "prep" and lower[i] == "of" and lower[t.heads[i]] in GOVERNMENT_NOUNS


_PARTY_PREPS = frozenset({"with", "between"})


def _staged_at(noun) -> int | None:
    """The index of the verb that stages the event noun: its support verb ("held talks", "talks
    were held"), or the "take place" it is the subject of ("talks are taking place"), or None."""
    t = tables(noun.doc)
    lower = lowered(noun.doc)
    head = t.heads[noun.i]
    if t.deps[noun.i] == "nsubj" and any(t.deps[c] == "dobj" and lower[c] == "place" for c in t.children[head]):
        if noun.doc[head].lemma_.lower() == "take":
            return head
    staging = staging_verb(noun)
    return None if staging is None else staging.i


# What joins the one named after "with" to its name: "visiting Swedish Deputy Foreign Minister Erik
# Lund", "the Swedish minister, Erik Lund", "with Lund and Berg"
_NAMED_WITH = frozenset({"compound", "amod", "appos", "conj", "dobj", "flat", "nmod", "det", "punct", "cc", "pobj"})


def _clause_entity(tok, trigger, resolver: ActorResolver, sent_index: int, got: _Gathered) -> None:
    """A name in the trigger's clause outside its arguments: an establishment, a place, a
    country behind a nationality word, or another participant."""
    if tok.i not in got.heads and tok.i not in got.claimed:
        establishment = establishment_name(tok, resolver)
        if establishment is not None and tok.lemma_.lower() in FACILITY_NOUNS and _is_locative(tok, trigger):
            got.add_place(establishment[0])  # "a press conference at the Bangkok airport"
            return
        if establishment is not None:  # "downloaded from the iTunes store"
            resolver.note_thing(sent_index, tok.i, establishment[0])
            got.add(establishment[0], establishment[1], "other", tok.i)
            return
    hit = None if _names_an_index(tok, resolver) else resolver.entity_actor(tok)
    if hit is None or resolver.entity_span(tok) is None:  # only act once per entity, on its root token
        return
    name, type_ = hit
    if type_ == "NORP" and _no_one_of_a_nation(tok, name, resolver) or _adjective_of_no_country(tok, name, type_):
        return  # "Syrian Kurds", "the Nordic truce monitors": no one named
    adjective = False
    country = None
    if type_ == "NORP" or (type_ != "PERSON" and country_name(name) is None):
        # nationality adjectives, whatever the model called them ("Kazakh" tagged ORG)
        country = country_for_adjective(name)
        adjective = country is not None and type_ != "NORP"
        if country:  # "Syrian troops", "the Turkish foreign minister": the country takes part
            resolver.register(country, "GPE", name)
            name, type_ = country, "GPE"
    party = _party_not_place(tok, trigger) or _government_party(tok, trigger, name, got)
    if party is not None:
        # "fired rockets at Israel" (struck), "faced criticism from Germany" (who criticises), "sent a
        # list to the Chinese government": takes part
        got.add_all(_joint_names((name, type_), resolver), party, tok.i)
        return
    if (
        type_ in PLACE_LABELS
        and hit[1] != "NORP"
        and not adjective
        and (tok.i not in got.claimed or _is_locative(tok, trigger) or _seat_of_a_body(tok))
        and not _comitative(tok, trigger)
        and not _between_parties(tok, trigger, name)
    ):
        got.add_place(name)
        return
    if tok.i not in got.heads and (
        _in_place_list(tok) or _route_end(tok) or _is_locative(tok, trigger) and _is_occasion(name, hit[1])
    ):
        # "the provinces of Rizal and Cavite", "at the Summit of the Americas", "a flight between
        # Britain and France" (where it runs)
        got.add_place(name)
        return
    if tok.dep_ == "pobj" and tok.head.lower_ in ("during", "before", "after") and _is_occasion(name, hit[1]):
        return  # "during the Paralympic Games": when, not who
    joint = _joint_names((name, type_), resolver)
    if tok.i in got.heads or tok.i in got.claimed and all(n in got.found for n, _ in joint):
        return
    if (
        country is None
        and _describes(tok, got.heads)
        and not (type_ == "ORG" and _members_named(tok, trigger))
        or _in_hyphened_adjective(tok, trigger)
    ):
        # "hearing loss in iPod users", "the Oscar-winning actress", "a vehicle of the NATO-led
        # force": a name that describes a word takes no part
        return
    if tok.dep_ in ("compound", "nmod") and establishment_name(tok.head, resolver) is not None:
        return  # part of "the iTunes store"
    if _in_title_apposition(tok, trigger, resolver) or type_ == "PERSON" and _owner_of_a_person(tok, resolver):
        # "Jan Egeland, the UN humanitarian adviser,": who he works for, not who takes part;
        # "Petrov's adviser Paul Lund said": whose adviser, not who speaks
        return
    if _topic_of_speech(tok, trigger) or _beaten_in_another_result(tok, trigger):
        # "said of the report on Wei": what the words are about, not who takes part; "suffered an
        # injury in his team's 4-0 win over Ipswich": the side beaten is no party of the injury
        return
    if _portfolio(resolver.entity_span(tok), name):
        return  # "Minister of State for Trade and Industry Lee Yi Shyan": part of the title
    for part, part_type in joint:
        got.add(part, part_type, "other", tok.i)


def _government_party(tok, trigger, name: str, got: _Gathered) -> str | None:
    """ "other" when the name outside the trigger's arguments is the country of a government that
    takes part ("sent a list to the Chinese government", "talks with the US administration": the
    country acting, GUIDELINES section 4, not a place); else None."""
    if tok.i in got.heads or country_governed(tok, trigger, name) is None:
        return None
    return "other"


# Nouns a phrase of the trigger may hang on for its government to be a party: the trigger's own
# object ("signed an agreement with the US administration", "sent a list to the Chinese government").
_GOVERNMENT_CARRIERS = frozenset({"dobj", "attr", "dative", "nsubjpass"})


def country_governed(tok, trigger, name: str) -> str | None:
    """The country whose government, administration or authorities the name (``name``, its
    actor) tells, when that
    government is a party of the trigger: a nationality or country before the noun ("sent a list to
    the Chinese government", "talks with the US administration"), or a country after "of" ("an
    agreement with the government of Uganda"), the noun an argument of the trigger or in a phrase
    of the trigger or of its object; None otherwise (a government inside another phrase: "a unit of
    the Indian government", "negotiations with the Russian government had increased uncertainty";
    a city's or province's: "the Beijing authorities")."""
    head = tok.head
    if tok.dep_ in ("compound", "amod", "nmod") and head.i > tok.i:
        noun = head
    elif tok.dep_ == "pobj" and head.lower_ == "of" and head.head.i < head.i:
        noun = head.head
    else:
        return None
    if noun.lemma_.lower() not in GOVERNMENT_NOUNS or noun.tag_ not in ("NN", "NNS"):
        return None
    if noun.dep_ == "pobj":
        on = noun.head.head
        if noun.head.lower_ in _LOCATIVE_SETTING or noun.head.i == on.i:
            return None
        for _ in range(2):  # "a list of items to the Chinese government": the parser hangs it on "items"
            if on.dep_ == "pobj" and on.pos_ == "NOUN" and on.head.lower_ == "of" and on.head.head.i < on.i:
                on = on.head.head
        if on.i != trigger.i and not (on.dep_ in _GOVERNMENT_CARRIERS and on.head.i == trigger.i):
            return None
        if on.i != trigger.i and on.left_edge.i > 0 and tok.doc[on.left_edge.i - 1].text == ",":
            return None  # "a meeting in Jowhar, the base for the Somali government": an aside misread as an object
    elif noun.head.i != trigger.i or noun.dep_ not in (_AGENT_DEPS | _PATIENT_DEPS):
        return None
    country = country_for_adjective(name) or country_name(name)
    return country if country is not None and country_name(country) is not None else None


# Prepositions that put a government where something is, not among who takes part: "officials in
# the Chinese government", "Tibet under the Chinese government".
_LOCATIVE_SETTING = frozenset({"in", "at", "inside", "within", "under", "outside", "near"})


# Verbs of sending something at a target: "fired rockets at Israel", "threw stones at the embassy",
# "shot at the soldiers": the one aimed at is struck (GUIDELINES 4 and the second batch: named
# places struck are actors), not where it happened.
_AIMING = frozenset("fire shoot throw hurl lob".split())


_COMPASS = frozenset("west east north south".split())


def _party_not_place(tok, trigger) -> str | None:
    """The role of a name a preposition of place introduces that is a party, not a place: what a
    verb of sending something at it aims at ("fired rockets at Israel": patient), who sends a
    reaction ("faced criticism from Germany", "criticism from Japan mounted": other); else None."""
    if _struck_at(tok, trigger):
        return "patient"
    node = tok
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head  # "complaints from France and Germany"
    prep = node.head
    if node.dep_ == "pobj" and prep.lower_ == "of" and mediating(prep.head):
        return "other"  # "talks began with the mediation of Turkey": the mediator takes part
    if node.dep_ != "pobj" or prep.lower_ != "from":
        return None
    reaction = prep.head
    if tok.lower_ in _COMPASS and tok.n_lefts + tok.n_rights <= 1:
        return None  # "criticism from the West": a bloc told by a point of the compass, no one named
    if reaction.pos_ == "NOUN" and reaction.lemma_.lower() in _REACTIONS_OR_GIFTS:
        return "other"  # "criticism from Japan", "aid from Japan": who criticises, who gives
    if reaction.pos_ == "VERB" and reaction.lemma_.lower() in _RECEIVING:
        return "other"  # "received a loan from the World Bank", "sought help from China": who gives
    if _sent_by(reaction, trigger):
        return "other"  # "officials from Iran met", "troops from Ethiopia entered": the country acts
    if _seceded_from(reaction, trigger):
        return "other"  # "Eritrea seceded from Ethiopia": the state left is a party, not where
    return None


# Verbs of a part leaving the whole it belonged to: "seceded from", "split from", "broke away from".
_SECEDING = frozenset({"secede", "separate", "split"})


def _seceded_from(host, trigger) -> bool:
    """Is ``host``, which a "from" phrase hangs on, the trigger's leaving of a state or body: a verb
    of seceding ("seceded from Ethiopia", "broke away from Georgia") or "independence" told by the
    trigger ("gained independence from Britain", "Kosovo's independence from Serbia")?"""
    lemma = host.lemma_.lower()
    if lemma == "independence":
        return host.i == trigger.i or host.head.i == trigger.i and host.dep_ == "dobj"
    if host.lower_ in ("away", "off") and host.dep_ in ("advmod", "prt"):
        host = host.head  # "broke away from": the parser may hang "from" on "away"
        lemma = host.lemma_.lower()
        return host.i == trigger.i and lemma in ("break", "split")
    if host.i != trigger.i or host.pos_ != "VERB":
        return False
    if lemma == "break":
        return any(c.dep_ in ("prt", "advmod") and c.lower_ in ("away", "off") for c in host.children)
    # "gained independence from Britain": the parser may hang "from" on the verb
    return lemma in _SECEDING or any(c.dep_ == "dobj" and c.lower_ == "independence" for c in host.children)


# People a country or a body sends to act for it: "officials from Iran", "troops from Ethiopia".
_SENT_PEOPLE = frozenset(
    """official delegate delegation envoy negotiator diplomat minister representative troop troops soldier
    force peacekeeper police policeman inspector investigator expert lawmaker legislator
    parliamentarian""".split()
)


def _sent_by(noun, trigger) -> bool:
    """Is ``noun`` people sent to act for what its "from" phrase names ("officials from Iran", "troops
    from Ethiopia"), doing the trigger: its subject ("officials from Iran met EU negotiators") or
    the "by" phrase of its passive ("was signed by delegates from Japan")? Not who is acted on
    ("withdrew troops from Iraq": where they leave)."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _SENT_PEOPLE:
        return False
    if noun.dep_ == "nsubj":
        return noun.head.i == trigger.i
    return noun.dep_ == "pobj" and noun.head.dep_ == "agent" and noun.head.head.i == trigger.i


# Nouns of a third party's part in a happening, after "with" or "under": "with the mediation of
# Turkey", "under the auspices of the UN" (not "with the participation of": often a part in what
# the object tells, "supported a union with the participation of Turkey").
_MEDIATING_NOUNS = frozenset({"mediation", "auspices", "sponsorship", "facilitation"})


def mediating(noun) -> bool:
    """Is ``noun`` a mediation noun after "with" or "under" ("with the mediation of")?"""
    return noun.lemma_.lower() in _MEDIATING_NOUNS and noun.dep_ == "pobj" and noun.head.lower_ in ("with", "under")


def _mediation_on_staging_verb(noun) -> tuple[int, ...]:
    """ "With the mediation of the African Union, Khartoum and the rebels started talks": the
    mediation phrase hangs on the verb that stages the noun; its "of" phrase is in the noun's scope."""
    lower = lowered(noun.doc)
    start, end = sentence_bounds(noun)
    if not any(lower[i] in _MEDIATING_NOUNS for i in range(start, end)):
        return ()  # the common case: no Token walked
    staging = staging_verb(noun)
    if staging is None:
        return ()
    return tuple(
        i
        for p in staging.children
        if p.dep_ == "prep" and p.lower_ in ("with", "under")
        for m in p.children
        if m.dep_ == "pobj" and mediating(m)
        for c in m.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for i in _np_indices(c)
    )


# What one gets from someone, who gives it taking part ("aid from Japan", "a loan from the World
# Bank"), and the verbs of getting it ("received a letter from Bush", "sought help from China").
_GIFTS = frozenset("help aid assistance support backing loan grant donation funding".split())
_REACTIONS_OR_GIFTS = REACTIONS_FROM | _GIFTS  # (made once, not on each call)
_RECEIVING = frozenset("receive get obtain seek request accept secure borrow".split())


def _struck_at(tok, trigger) -> bool:
    """Is the name what a verb of sending something at it aims at ("fired rockets at Israel",
    "hurled stones at Israeli positions", "threw eggs at the US embassy and the British consulate"),
    or the owner it names of that target ("threw stones at UN vehicles")?"""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in _AIMING:
        return False
    if any((c.like_num or c.ent_type_ == "CARDINAL") for c in children_with(trigger, ("dobj",))):
        return False  # "fired a 67 at the Naha Golf Club": a golfer's score, and where it was played
    node = tok
    if node.dep_ in ("compound", "amod", "nmod", "poss") and node.head.pos_ in ("NOUN", "PROPN"):
        node = node.head  # "UN vehicles", "Israeli positions", "the army's posts"
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head  # "at the embassy and the consulate"
    prep = node.head
    if node.dep_ != "pobj" or prep.lower_ != "at":
        return False
    # "fired rockets at Israel": the parser may hang "at" on what was fired
    host = prep.head.head if prep.head.dep_ == "dobj" else prep.head
    return host.i == trigger.i


def _no_one_of_a_nation(tok, name: str, resolver: ActorResolver) -> bool:
    """Does a nationality word (NORP) name no participant?"""
    if _adjective_word(tok) and country_for_adjective(name) is None:
        # "European Commissioner ...", "African and South American countries": an adjective of no
        # country names no participant
        return True
    if _lower_case_word(resolver.entity_span(tok)) and country_for_adjective(name) is None:
        return True  # "chickens, geese and ducks", "Islam and christianity": a common word taken for a people
    if _a_language(tok):
        return True  # "commented in Chinese", "was fluent in French": a language, no one acting
    # "thousands of Syrian Kurds", "clashes with Palestinians": a people, no one named; "seven
    # workers including one Italian": a person, not the country
    return _people_of_a_nation(tok) and not is_political_group(name)


def _adjective_word(tok) -> bool:
    """Is the nationality word set on a noun, alone or after another such word ("European and
    African nations"), not after a body's name ("Hezbollah and Amal movement")?"""
    if tok.dep_ in ("amod", "compound", "nmod"):
        return True
    first = _first_conjunct(tok)
    return first.i != tok.i and first.dep_ in ("amod", "compound", "nmod") and first.ent_type_ == "NORP"


def _adjective_of_no_country(tok, name: str, type_: str) -> bool:
    """Is the name one adjective set on a common noun that the tagger took for a body or a place
    ("the Nordic truce monitors", "the Antarctic ecosystem"), of no country and no party, on no
    noun of a body ("the Amal movement"): it describes the noun and names no participant?"""
    if tok.tag_ != "JJ" or _first_conjunct(tok).dep_ != "amod" or type_ in ("NORP", "PERSON"):
        return False
    if " " in name or not name.istitle():
        return False  # "UN-Lebanese cooperation": an acronym is the body's name
    head = tok.head
    if head.pos_ != "NOUN" or {head.lower_, head.lemma_.lower()} & _BODY_OR_LISTED:
        return False  # "the Amal movement": the body's name
    return country_for_adjective(name) is None and not is_political_group(name)


# Words whose object or "with" phrase a bare nationality word is a language for ("speaks Chinese",
# "was acquainted with French").
_LANGUAGE_HEADS = frozenset("speak learn teach study know master acquaint familiar fluent proficient".split())


def _a_language(tok) -> bool:
    """Is a nationality word, alone (no article, no noun after it, one word), a language: after
    "in" ("commented in Chinese", "a letter in Arabic") or as what one speaks or knows ("speaks
    French", "acquainted with Chinese")? Not "the Chinese" nor "in Chinese waters"."""
    if tok.tag_ in ("NNS", "NNPS") or any(c.dep_ not in ("relcl", "punct") for c in tok.children):
        return False  # "in Chinese, which he spoke poorly" is still the language
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "in":
        return True
    if tok.dep_ == "pobj" and head.lower_ == "with":
        return head.head.lemma_.lower() in _LANGUAGE_HEADS
    return tok.dep_ == "dobj" and head.lemma_.lower() in _LANGUAGE_HEADS


def _lower_case_word(span) -> bool:
    """Is the name written all in lower case ("geese", "christianity"): a common word, however
    the tagger took it?"""
    return span is not None and all(t.is_lower for t in span if t.is_alpha)


def _people_of_a_nation(tok) -> bool:
    """A nationality word that is people or a person: "Palestinians", "one Italian", "a German"."""
    if tok.tag_ in ("NNPS", "NNS"):
        return True
    if tok.dep_ in ("amod", "compound", "nmod"):
        return False
    return any(c.dep_ == "nummod" or c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in tok.lefts)


# Verbs of an occasion held or attended: the occasion is the happening, not a participant.
# "reached the World Cup", "qualified for the Asian Games" (see _for_an_occasion): where one gets to
_OCCASION_VERBS = _HOLDING_VERBS | frozenset({"attend", "reach"})


def _for_an_occasion(tok, trigger, resolver: ActorResolver) -> bool:
    """Is ``tok`` inside a named occasion introduced by "for" ("arrived for the Summit of the
    Americas", "completed the lineup for the World Cup finals", "qualified for the Asian Games"):
    what one goes or gets to, not who takes part?"""
    doc = tok.doc
    t = tables(doc)
    heads, deps, lower = t.heads, t.deps, lowered(doc)  # up the tree without a Token per step
    n, ti = tok.i, trigger.i
    while heads[n] != n and n != ti:
        if deps[n] == "pobj" and lower[heads[n]] == "for":
            node = doc[n]
            if node.left_edge.i <= ti <= node.right_edge.i:
                return False  # the row is the occasion's own: "for the Beijing Summit ... slated for"
            hit = resolver.entity_actor(node) or resolver.entity_actor(tok)  # "for the World Cup finals"
            return hit is not None and hit[1] != "FAC" and _is_occasion(hit[0], hit[1])
        n = heads[n]
    return False


def _names_an_index(tok, resolver: ActorResolver) -> bool:
    """ "The Standard & Poor's 500 index fell": the owner a market index is named by is no one else
    taking part in its move."""
    if tok.dep_ != "poss":
        return False  # (the common case: no Token made for the head)
    head = tok.head
    return head.lemma_.lower() in _MARKET_HEADS and establishment_name(head, resolver) is not None


def _occasion_hosted(p: Participant, tok, trigger) -> bool:
    """ "Australia hosted the 2003 World Cup", "the forum was first held in 1997": the occasion
    (a named event, a summit, a forum, a cup) the verb holds is what happens, not who takes part;
    who holds or attends it does."""
    return (
        p.role == "patient"
        and tok.dep_ in ("dobj", "nsubjpass")
        and trigger.lemma_.lower() in _OCCASION_VERBS
        and p.type != "FAC"
        and _is_occasion(p.name, p.type)
    )


def _occasion_taking_place(p: Participant, tok, trigger) -> bool:
    """ "the second Summit took place at Santiago", "The Conference of Sino-Arab Friendship concluded
    here on Wednesday", "War broke out": a named occasion or happening (a name the tagger made of a
    capitalised event noun) that the verb only says took place, began or ended."""
    if p.role != "agent" or p.type == "FAC" or tok.dep_ != "nsubj" or tok.pos_ != "PROPN":
        return False
    verb = occurrence_verb(tok)
    if verb is None or verb.i != trigger.i or not _says_it_took_place(verb):
        return False
    words = p.name.split()
    # (an event noun alone, capitalised where the sentence opens: not "the Riga Stock Exchange closed")
    return (
        p.type == "EVENT"
        or name_head(words).lower() in OCCASION_NAMES
        or len(words) == 1
        and p.name.lower() in EVENT_NOUNS
    )


# Verbs that say of their subject only that it took place, began, went on or ended.
_TAKING_PLACE = frozenset(
    "begin start end open close conclude continue resume finish happen occur erupt unfold".split()
)


def _says_it_took_place(verb) -> bool:
    """ "took place", "broke out", "wrapped up", "kicked off", "opened", "concluded"; not "had taken a
    position", "broke the record"."""
    lemma = verb.lemma_.lower()
    kids = verb.children
    if lemma == "take":
        return any(c.dep_ == "dobj" and c.lower_ == "place" for c in kids)
    if lemma in ("break", "wrap", "kick"):
        return any(c.dep_ == "prt" and c.lower_ in ("out", "up", "off") for c in kids)
    return lemma in _TAKING_PLACE


# Words that set a yardstick beside what happened: "similar to", "compared with", "than".
_YARDSTICK_HEADS = frozenset({"similar", "compare", "comparable", "equal", "identical", "equivalent", "akin"})


def _compared_with(tok, trigger) -> bool:
    """Is the name in a comparison inside the clause ("similar to that of the EU-25", "compared
    with Germany", "faster than in Japan", "unlike France")? A yardstick takes no part."""
    doc = tok.doc
    t = tables(doc)
    heads, deps, lower = t.heads, t.deps, lowered(doc)  # up the tree without a Token per step
    node = tok.i
    while heads[node] != node and node != trigger.i:
        if deps[node] == "prep":
            word = lower[node]
            if word in ("than", "unlike"):
                return True
            if word in ("to", "with") and doc[heads[node]].lemma_.lower() in _YARDSTICK_HEADS:
                return True
            if doc[node].lemma_.lower() == "compare":  # "compared with": the parser's preposition
                return True
        node = heads[node]
    return False


# Prepositions whose object the happening leaves out: "all leaders except Cuba's", "excluding
# Japan", "talks without Hamas", "met X instead of Y".
_LEAVING_OUT = frozenset({"except", "excluding", "barring", "without"})


def _set_apart(tok, trigger) -> bool:
    """Is the name in a phrase that sets it apart from the happening: left out of it ("except Cuba",
    "excluding Japan", "without Hamas", "instead of Y") or telling it ("according to the UN": the
    row's source, GUIDELINES section 4, not a participant)?"""
    t = tables(tok.doc)
    heads, deps, lower = t.heads, t.deps, lowered(tok.doc)  # up the tree without a Token per step
    node = tok.i
    first = True  # the phrase the name is in (not one it is deeper in: "bids without partners for Sun Air")
    while heads[node] != node and node != trigger.i:
        if deps[node] == "prep":
            word, above = lower[node], lower[heads[node]]
            if word == "to" and above == "according":
                return True  # the whole phrase tells who tells it: "according to a report by the UN"
            if first and (word in _LEAVING_OUT or word in ("of", "for") and above in ("instead", "except")):
                return True
            first = False
        node = heads[node]
    return False


_COMITATIVE = frozenset({"with", "against", "versus", "vs", "vs."})

# Results of a game or a contest: the side beaten is the one "over" whom the win was ("a 2-1 win over
# Bolton", "England's victory over Argentina"), or "to" whom the defeat was ("a 2-1 defeat to Bochum").
_LOSS_NOUNS = frozenset({"defeat", "loss", "reverse"})
# The results of a contest: whoever owns one is a side of the contest ("England's 3-2 win").
RESULT_NOUNS = frozenset({"win", "victory", "triumph", "draw", "rout", "thrashing", "drubbing"}) | _LOSS_NOUNS


# Verbs whose "to" phrase is who gets or wins something, not where: "lost the coast to Chile".
_TRANSFER_VERBS = frozenset(
    {
        "lose",
        "cede",
        "sell",
        "give",
        "hand",
        "transfer",
        "surrender",
        "concede",
        "bow",
        # who is spoken or reached out to, who gets what is supplied: "reached out to the United
        # States", "apologised to Japan", "exported arms to Iran"
        "reach",
        "talk",
        "speak",
        "write",
        "appeal",
        "apologize",
        "apologise",
        "complain",
        "explain",
        "supply",
        "export",
        "donate",
        "grant",
        "award",
        "deliver",
        "offer",
        "lend",
        "pay",
    }
)
# Nouns of handing something over, whose "to" phrase is who gets it, not where it goes: "the sale
# of Volvo to Geely", "the handover of Hong Kong to China", "arms exports to Iran".
_TRANSFER_NOUNS = frozenset(
    "sale handover hand-over transfer cession surrender export delivery donation loan apology".split()
)


# Meetings one has with someone, and the prepositions that set one beside another happening, not as
# its argument: "arrived for talks with X", "said after a meeting with X", "in an interview with X".
_MEETING_NOUNS = frozenset(
    "meeting meetings talks talk interview conversation discussion discussions negotiation negotiations "
    "consultation consultations summit audience".split()
)
_BESIDE_PREPS = frozenset("for including after before during following at in".split())
# Verbs whose "in" gives the meeting one takes part in: "took part in talks with X", "joined talks"
_TAKING_PART = frozenset("take participate engage join involve".split())


# Prepositions that set another happening beside the row's as its time or circumstance
_SET_BESIDE = frozenset("following after amid despite since before".split())


def _in_a_happening_set_beside(tok, trigger) -> bool:
    """Is ``tok`` inside an event noun's phrase that a preposition of time or circumstance sets
    beside the trigger ("fled following the launch of the offensive against X", "resigned amid the
    uproar over Y's remarks"): a party of that happening (its own row), not of the trigger's?"""
    doc = tok.doc
    t = tables(doc)
    heads, deps, lower = t.heads, t.deps, lowered(doc)  # up the tree without a Token per step
    n, ti = tok.i, trigger.i
    while heads[n] != n and n != ti:
        prep = heads[n]
        if lower[prep] == "of" and lower[heads[prep]] == "ahead":
            prep = heads[prep]  # "met on Friday ahead of a summit of NATO": before it
        if deps[n] == "pobj" and (lower[prep] in _SET_BESIDE or prep != heads[n]) and n != tok.i:
            node = doc[n]
            if node.left_edge.i <= ti <= node.right_edge.i:
                return False
            return node.lemma_.lower() in EVENT_NOUNS and heads[prep] == ti
        n = heads[n]
    return False


# Prepositions that set another happening beside the trigger as its means, reason or time:
# "secured their place with a victory over X", "compensated for their loss against X", "voiced
# support for an inquiry into the killing of X", "expressed sadness over the death of X", "sent off
# during a win over X". Not "in" ("killed in a raid against X" tells the happening itself), "into"
# ("went into talks with X"), "on" ("an attack on X's rally") nor "at" ("arrived at the invitation
# of X", "sacked at the request of X": who brought it about).
_TOLD_WITH = frozenset("with for over during".split())
# Verbs whose "for" phrase is what they ask for, the same happening: "called for the release of X"
_ASKING_FOR = frozenset("call appeal ask press push campaign lobby plead pray vote demand urge".split())
# Nouns of asking, whose party is the one the trigger asks or who brought it about: "sent aides to
# him with a request to X", "arrived for a visit at the invitation of X"
_ASKING_NOUNS = frozenset(
    w + s for w in "request appeal plea call demand invitation message offer proposal".split() for s in ("", "s")
)
# Nouns of speaking, in which what the trigger tells is said: "suggested during a speech to X"
_SPEAKING_NOUNS = frozenset("speech speeches address remarks statement interview briefing lecture sermon".split())


def _in_a_happening_told_with(tok, trigger) -> bool:
    """Is ``tok`` inside the phrase of an event noun that a preposition attached to the trigger
    sets beside it as its means, reason or occasion ("qualified with a late victory over X",
    "made up for their loss against X"): a party of that happening (its own row), not of the
    trigger's? Not what an appeal asks for ("called for the release of X")."""
    doc = tok.doc
    t = tables(doc)
    heads, deps, lower = t.heads, t.deps, lowered(doc)  # up the tree without a Token per step
    n, ti = tok.i, trigger.i
    while heads[n] != n and n != ti:
        prep = heads[n]
        if n != tok.i and lower[n] in _ASKING_NOUNS:
            return False
        if deps[n] == "pobj" and n != tok.i and lower[prep] in _TOLD_WITH and heads[prep] == ti:
            node = doc[n]
            if node.left_edge.i <= ti <= node.right_edge.i or node.lemma_.lower() not in EVENT_NOUNS:
                return False
            if lower[n] in _SPEAKING_NOUNS:
                return False  # the words the trigger tells were said there, to its audience
            return not (lower[prep] == "for" and trigger.lemma_.lower() in _ASKING_FOR)
        n = heads[n]
    return False


def _partner_of_another_meeting(tok, trigger) -> bool:
    """Is ``tok`` the one a meeting other than the trigger is with ("Levy arrived for talks with
    Turkish leaders, including a meeting with Erbakan", "In a meeting with Hu, the president
    said"): a party of that meeting, not of the happening the meeting is set beside?"""
    first = _first_conjunct(tok)
    if first.dep_ != "pobj" or first.head.lower_ not in ("with", "between"):
        return False
    meeting = first.head.head
    if meeting.i == trigger.i or meeting.lemma_.lower() not in _MEETING_NOUNS or meeting.dep_ != "pobj":
        return False
    prep = meeting.head
    if prep.lower_ not in _BESIDE_PREPS:
        return False
    return not (prep.lower_ == "in" and prep.head.lemma_.lower() in _TAKING_PART)


def _comitative(tok, trigger) -> bool:
    """ "drew with Indonesia", "a war against Iraq", "lost 4-2 to Turkey": a country one does
    something with, or gives something to, takes part."""
    first = _first_conjunct(tok)
    if first.dep_ != "pobj":
        return False
    prep = first.head.lower_
    return (
        prep in _COMITATIVE
        or prep in ("over", "to")
        and _told_result(first.head.head, trigger, RESULT_NOUNS if prep == "over" else _LOSS_NOUNS)
        or prep == "to"
        and first.head.head.i == trigger.i
        and trigger.lemma_.lower() in (_TRANSFER_NOUNS if trigger.pos_ == "NOUN" else _TRANSFER_VERBS)
    )


def _beaten_in_another_result(tok, trigger) -> bool:
    """Is ``tok`` the side beaten in a game's result ("a 4-0 win over Ipswich", "a defeat to Lille")
    that the trigger does not tell (a club's name, which no place rule holds back)?"""
    if tok.dep_ != "pobj" or tok.head.lower_ not in ("over", "to"):
        return False
    noun = tok.head.head
    nouns = RESULT_NOUNS if tok.head.lower_ == "over" else _LOSS_NOUNS
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in nouns and not _told_result(noun, trigger, nouns)


def _told_result(noun, trigger, nouns: frozenset[str]) -> bool:
    """Is ``noun`` a game's result the trigger tells: the trigger itself ("a 2-1 win over Bolton"),
    or the verb it is the object of ("suffered a defeat to Peru", "slumped to a defeat to Peru")?"""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in nouns:
        return False
    on_to = noun.dep_ == "pobj" and noun.head.lower_ == "to"  # not "hurt in his team's win over Mainz"
    verb = noun.head.head if on_to else noun.head if noun.dep_ == "dobj" else noun
    return trigger.i in (noun.i, verb.i)


def _between_parties(tok, trigger, name: str) -> bool:
    """ "talks between Portugal and Spain", "the war between Iran and Iraq": the countries a
    happening told by a noun is between take part in it (a town may be where: "a flight between
    Oslo and Bergen")."""
    first = _first_conjunct(tok)
    if first.dep_ == "pobj" and first.head.lower_ == "of" and first.head.head.lower_ in GOVERNMENT_NOUNS:
        first = first.head.head  # "between the government of Uganda and the LRA"
    return (
        trigger.pos_ == "NOUN"
        and first.dep_ == "pobj"
        and first.head.lower_ == "between"
        and (first.head.head.i == trigger.i or trigger.pos_ == "NOUN" and _staged_between(first.head, trigger))
        and (
            country_name(name) is not None
            or capital_country(name) is not None
            and _political_act(tok, trigger, "other")
        )
    )


# Verbs that hold, conclude, begin or break off a reciprocal happening their object tells ("signed an
# agreement with", "held talks with", "broke off relations with").
_CONCLUDING = frozenset(
    "sign hold have reach conclude strike seal ink begin start open resume continue suspend end break "
    "cut restore establish".split()
)
# Verbs whose object is a partner too: "Hashimoto meets Clinton" is "Hashimoto and Clinton meet".
_MEETING_VERBS = frozenset({"meet"})
# Words for the members, officials or government a name is set before in a "with" phrase: "clashes
# with PKK members", "talks with Microsoft executives", "discussed it with the US administration".
# (GOVERNMENT_NOUNS too)
_PARTY_MEMBERS = ROLE_HEADS | frozenset("member leader representative delegation delegate".split())


def _reciprocal_word(tok) -> bool:
    return tok.lemma_.lower() in RECIPROCAL_NOUNS or tok.lower_ in RECIPROCAL_NOUNS


def reciprocal_party(tok, trigger) -> bool:
    """Is the name at ``tok`` a partner named by a "with" or "between" phrase of a reciprocal
    happening the trigger tells ("met with Clinton", "talks between Portugal and Spain", "held talks
    with Merkel", "signed an agreement with the rebels", "clashes with PKK members", "drew with
    Indonesia"): a doer of it like its subject? Not "agree with" a view ("agreed with Bush that ..."),
    only an agreement to do something or on something."""
    t = tables(tok.doc)
    if t.deps[tok.i] in ("compound", "amod", "nmod", "poss") and t.heads[tok.i] > tok.i:
        head = tok.head  # "PKK members", "the US administration", "Microsoft's executives"
        members = head.lemma_.lower()
        if head.pos_ != "NOUN" or members not in _PARTY_MEMBERS and members not in GOVERNMENT_NOUNS:
            return False
        if members not in GOVERNMENT_NOUNS and (
            tok.ent_type_ in PLACE_LABELS or tok.ent_type_ == "NORP" or country_for_adjective(tok.text) is not None
        ):
            # "talks with US officials", "his Chinese counterpart Hu": the country only where its
            # government acts ("the US administration")
            return False
        tok = head
    first = _first_conjunct(tok)
    if first.dep_ == "pobj" and first.head.lower_ == "of" and first.head.head.lower_ in GOVERNMENT_NOUNS:
        first = first.head.head  # "talks with the government of Uganda"
    if first.dep_ != "pobj" or first.head.lower_ not in ("with", "between"):
        return False
    prep = first.head
    host = prep.head
    if trigger.pos_ == "NOUN":
        if not _reciprocal_word(trigger):
            return False
        if host.i == trigger.i:
            return True
        staging = staging_verb(trigger)  # "held talks with Merkel", "reached a deal with Hamas"
        return staging is not None and (
            host.i == staging.i or prep.lower_ == "between" and _staged_between(prep, trigger)
        )
    if prep.lower_ != "with" or trigger.pos_ not in ("VERB", "AUX"):
        return False
    lemma = trigger.lemma_.lower()
    if host.i != trigger.i:
        # "signed an agreement with the rebels", "had talks with Abe": the verb's reciprocal object
        # (not "played seven games with the Eagles": for them)
        return host.dep_ == "dobj" and host.head.i == trigger.i and _reciprocal_word(host) and lemma in _CONCLUDING
    if lemma not in RECIPROCAL_VERBS:
        return False
    if lemma == "agree":  # "agreed with Erdogan to hold talks", "agreed with Spain on a deal"
        return any(c.dep_ == "xcomp" or c.dep_ == "prep" and c.lower_ == "on" for c in trigger.children)
    return True


def _meeting_object(tok, trigger) -> bool:
    """Is ``tok`` the object of a verb of meeting ("Levy will meet President Demirel")? Only a name,
    a pronoun or a word for people or a body: "meet the EFA challenges", "met the standards" is
    reaching a target, not meeting anyone."""
    first = _first_conjunct(tok)  # "will meet Demirel and Ciller"
    if first.dep_ != "dobj" or first.head.i != trigger.i or trigger.lemma_.lower() not in _MEETING_VERBS:
        return False
    if tok.pos_ != "NOUN" or tok.ent_type_:
        return True
    lemma = tok.lemma_.lower()
    return (
        lemma in _PARTY_MEMBERS
        or lemma in GOVERNMENT_NOUNS
        or lemma in ORG_HEADS
        or lemma in PERSON_KINDS
        or lemma in PEOPLE_NOUNS
    )


def _staged_between(prep, noun) -> bool:
    """Is "between" hung on the verb that stages the noun, or on its "place" ("talks are taking
    place in Juba between the government and the rebels")?"""
    on = prep.head
    if on.dep_ == "dobj" and on.lower_ == "place":
        on = on.head
    return on.i == _staged_at(noun)


# Ways and journeys between two places: the places are its ends, no parties ("a flight between
# Britain and France", "the road between Kabul and Kandahar was closed"); a border is the two
# countries' own.
ROUTE_NOUNS = frozenset(
    "flight route road highway motorway railway rail train bus ferry link pipeline bridge "
    "tunnel corridor crossing journey trip voyage".split()
)


def _route_end(tok) -> bool:
    first = _first_conjunct(tok)
    return (
        first.dep_ == "pobj"
        and first.head.lower_ == "between"
        and first.head.head.lemma_.lower() in ROUTE_NOUNS
        and first.head.head.pos_ == "NOUN"
    )


def _first_conjunct(tok):
    """The first item of the list ``tok`` is in (a list the parser may make of appositions)."""
    t = tables(tok.doc)  # the walk up by the tables: a Token made only for the first item found
    heads, deps = t.heads, t.deps
    i = tok.i
    while deps[i] in _COORDINATION and heads[i] != i:
        i = heads[i]
    return tok if i == tok.i else tok.doc[i]


def _is_place_word(tok) -> bool:
    return tok.ent_type_ in PLACE_LABELS or tok.lower_ in PLACE_NOUNS or tok.lemma_.lower() in PLACE_NOUNS


def _in_place_list(tok) -> bool:
    """A name that a place noun or a list of places says is a place: "the provinces of Rizal, Cavite
    and Laguna", "the island of Borneo", "through Jabal Abu Dheir, Al Marah and the refugee camp"."""
    first = _first_conjunct(tok)
    if first.dep_ != "pobj":
        return False
    prep = first.head
    if prep.lower_ == "of":
        return prep.head.lower_ in PLACE_NOUNS or prep.head.lemma_.lower() in PLACE_NOUNS
    if prep.lower_ not in _LOCATIVE_PREPS:
        return False
    members = [first]
    stack = children_with(first, _COORDINATION)
    while stack:
        c = stack.pop()
        members.append(c)
        stack.extend(x for x in children_with(c, _COORDINATION))
    # a name among places, or whose own head is a place noun ("Jenin Refugee Camp")
    return any(_is_place_word(m) if m.i != tok.i else m.lemma_.lower() in PLACE_NOUNS for m in members)


def _is_occasion(name: str, type_: str) -> bool:
    """The name of an occasion ("the Summit of the Americas", "the Asian Games") or of a building
    ("the Museum of Nationalities"): where something happened, when a locative phrase says so."""
    head = name_head(name.split()).lower()
    return type_ in ("EVENT", "FAC") or head in OCCASION_NAMES or head in FACILITY_NOUNS


def _in_title_apposition(tok, trigger, resolver: ActorResolver) -> bool:
    """Is the name inside the title or description set beside a person ("Chen Boliang, the head of
    the agency's foreign affairs department", "Jan Egeland, the UN humanitarian adviser", "Anna
    Berg, Merkel's physician")?"""
    doc = tok.doc
    t = tables(doc)  # the walk up by the tables: a Token made only for an apposition
    heads, deps = t.heads, t.deps
    i, stop = tok.i, trigger.i
    while heads[i] != i and i != stop:
        if deps[i] == "appos":
            node = doc[i]
            if _is_title_apposition(node):
                hit = resolver.entity_actor(node.head)
                return hit[1] == "PERSON" if hit is not None else node.head.pos_ == "PROPN"
            if _describes_the_person(doc, node.head.i, node.i):
                return True  # "Anna Berg, Merkel's physician,"
            if _describes_the_body(node, resolver):
                return True  # "Volvo Cars, a unit of Geely Holding,": what the firm is, not who takes part
        i = heads[i]
    return False


def _describes_the_body(noun, resolver: ActorResolver) -> bool:
    """Is ``noun`` a common noun set beside a named body or country ("Volvo Cars, a unit of Geely
    Holding,", "Norway, a trading partner of Sweden,"): a description, whose names take no part?"""
    if noun.pos_ != "NOUN" or noun.ent_type_ or noun.tag_ != "NN":
        return False
    hit = resolver.entity_actor(noun.head)
    return hit[1] not in ("PERSON", "NORP") if hit is not None else noun.head.pos_ == "PROPN"


_TOPIC_PREPS = frozenset({"of", "about", "on", "regarding", "concerning"})


def _owner_of_a_person(tok, resolver: ActorResolver) -> bool:
    """Is the person named by ``tok`` the owner of someone else ("Ivan Petrov's top aide urged",
    "Petrov's national security adviser Paul Lund said", "Petrov's supporters rallied"): whose
    people they are, not one who takes part?"""
    if tok.dep_ != "poss":
        return False
    head = tok.head
    while head.dep_ == "compound" and head.head.i > head.i:
        if resolver.entity_actor(head) is not None:
            break
        head = head.head
    named, owner = resolver.entity_actor(head), resolver.entity_actor(tok)
    if named is not None:
        return owner is not None and named[1] == "PERSON" and named[0] != owner[0]
    return head.pos_ == "NOUN" and (head.lemma_.lower() in ROLE_HEADS or head.lemma_.lower() in _SERVING)


def _topic_of_speech(tok, trigger) -> bool:
    """A name inside what a speech verb's words are about ("said of the report on Wei Guoqiang",
    "spoke about the report on Iraq"), below a noun: the topic, not a participant."""
    if not is_speech(trigger):
        return False
    t = tables(tok.doc)  # the walk up by the tables: no Token made for each head
    heads, pos = t.heads, t.pos
    node, nouns, stop = tok.i, 0, trigger.i
    while heads[node] != node and heads[node] != stop:
        node = heads[node]
        nouns += pos[node] == "NOUN"
    return t.deps[node] == "prep" and lowered(tok.doc)[node] in _TOPIC_PREPS and nouns > 0


def _portfolio(span, name: str) -> bool:
    """The portfolio of a title ("Minister of Foreign Affairs", "Secretary of State"), which the
    tagger takes for an organisation: right after "of"/"for" on a title word, no word of a body."""
    doc, i = span.doc, span.start
    while i > 0 and (doc[i - 1].lower_ in ("the", "and", ",", "&") or doc[i - 1].is_title and not doc[i - 1].ent_type_):
        i -= 1  # "Minister of Foreign Affairs and International Cooperation"
    return (
        i >= 2
        and doc[i - 1].lower_ in ("of", "for")
        and doc[i - 2].lower_ in ROLE_HEADS
        and not ACRONYM.match(name)
        and not any(w.lower() in ORG_WORDS for w in name.split())
        and span[-1].lower_ not in ORG_WORDS  # "leader of the Fianna Fail party", the body "Fianna Fail"
    )


def _in_hyphened_adjective(tok, trigger) -> bool:
    """A name that begins a hyphened participle ("Oscar-winning", "NATO-led", "US-backed") set on
    a noun other than the event noun itself ("a US-led invasion" is the United States')"""
    t = tables(tok.doc)  # read from the tables: no Token made for the head nor the next word
    i = tok.i
    head = t.heads[i]
    return (
        t.deps[i] in ("npadvmod", "compound", "nmod", "amod")
        and head > i
        and t.tags[head] in ("VBN", "VBG")
        and t.deps[head] in ("amod", "acl", "compound")
        and i + 1 < len(t.heads)
        and t.text[t.idx[i + 1] : t.ends[i + 1]] == "-"
        and t.heads[head] != trigger.i
    )


def _describes(tok, heads: set[int]) -> bool:
    """Is the name a modifier of a common noun that is no argument, title or body ("iPod users"),
    or of a person told by age or description ("the 27-year-old China Open semifinalist": what
    they did, not who takes part)? The parser may take a lower-case noun for a name ("H5N1 bird
    flu"). A later name of a list of them is what the first is ("the former Arsenal and Chelsea
    striker", "between Harvard and Princeton universities")."""
    first = _first_listed_name(tok)
    head = first.head
    common = head.pos_ == "NOUN" or head.pos_ == "PROPN" and head.is_lower
    if first.dep_ not in ("compound", "nmod", "amod") or not common:
        return False
    if head.i in heads:
        return _told_by_age(head) or _told_by_description(head) or head.lemma_.lower() in _PATRONS
    if _names_the_bodies(first, head):
        return False  # "leaders of the rival Hamas and Fatah movements": the two movements
    if head.lemma_.lower() in _GOAL_NOUNS and _goal_scored_through(head) and tok.ent_type_ == "PERSON":
        # "Bolton scored through a late Sylvain Legwinski own goal": the scorer takes part (not
        # "progress towards the Kyoto goal")
        return False
    return not {head.lower_, head.lemma_.lower()} & _BODY_HEADS


def _first_listed_name(tok):
    """The first name of the list of names ``tok`` ends ("Chelsea" in "the former Arsenal and
    Chelsea striker": the parser hangs the first on the noun and the others on it), or ``tok``."""
    t = tables(tok.doc)  # up the list by the tables: a Token made only for the first name found
    heads, deps, pos = t.heads, t.deps, t.pos
    i = tok.i
    while deps[i] == "conj" and heads[i] != i and pos[heads[i]] == "PROPN":
        i = heads[i]
    return tok if i == tok.i else tok.doc[i]


# Nouns of people in a body that the body's name, set before them, stands for: "clashes with PKK
# members", "talks with Hamas militants", "an offensive against Hezbollah guerrillas".
_MEMBER_NOUNS = frozenset("member guerrilla fighter militant activist".split())


def _members_named(tok, trigger) -> bool:
    """Is ``tok`` an organisation's name set before a plural noun of its members ("PKK members",
    "Hezbollah guerrillas") that is a party of the trigger, after "with", "against" or "between"
    (the noun's own or the verb's)? The body takes part (not "iPod users": no body's members)."""
    head = tok.head
    if tok.dep_ != "compound" or head.tag_ != "NNS" or head.lemma_.lower() not in _MEMBER_NOUNS:
        return False
    first = _first_conjunct(head)
    return (
        first.dep_ == "pobj" and first.head.lower_ in ("with", "against", "between") and first.head.head.i == trigger.i
    )


def _goal_scored_through(goal) -> bool:
    """Is the goal the object of a preposition, or joined by "and" to one that is ("through a van
    Burik own goal and a Mahdivikia penalty")?"""
    while goal.dep_ == "conj" and goal.head.i != goal.i:
        goal = goal.head
    return goal.dep_ == "pobj"


# Goals and the shots that score them: the name set before one ("a Legwinski own goal", "a
# Fabregas header") is who scored it.
_GOAL_NOUNS = frozenset("goal header penalty strike volley free-kick freekick brace hat-trick".split())


# Plural nouns of bodies a list of names before them names one by one: "the Hamas and Fatah
# movements", "the Likud and Labor parties", "Toyota and Honda shares" is no such list.
_LISTED_BODIES = COMPANY_NOUNS | frozenset(
    {"movement", "faction", "union", "federation", "association", "side", "university", "college"}
)


def _names_the_bodies(tok, head) -> bool:
    """Is ``tok`` one of several names coordinated before a plural noun of bodies ("the rival
    Hamas and Fatah movements"), each the name of one of them?"""
    if head.tag_ != "NNS" or head.lemma_.lower() not in _LISTED_BODIES:
        return False
    return any(c.pos_ == "PROPN" for c in children_with(tok, ("conj",)))


def _is_locative(tok, trigger) -> bool:
    """Is the name under a locative preposition between it and the trigger ("talks in ... Astana")?"""
    t = tables(tok.doc)
    heads, deps, lower = t.heads, t.deps, lowered(tok.doc)  # up the tree without a Token per step
    n, ti = tok.i, trigger.i
    while n != ti and heads[n] != n:
        if deps[n] == "pobj" and lower[heads[n]] in _LOCATIVE_PREPS:
            return True
        n = heads[n]
    return False


def _seat_of_a_body(tok) -> bool:
    """Is the place set off by commas beside an organisation's name, where it is based ("Acme
    Industries Inc., Dayton, Ohio, declared a dividend")? A place, not a participant."""
    t = tables(tok.doc)
    heads, deps, ents = t.heads, t.deps, t.ents
    n = tok.i
    while deps[n] in _SEAT_DEPS and heads[n] != n:
        h = heads[n]
        if n == 0 or tok.doc[n - 1].text != ",":
            return False
        if ents[h] == "ORG":
            return True
        if ents[h] not in PLACE_LABELS:
            return False
        n = h  # "Dayton, Ohio": up the chain of places to the name they follow
    return False


_SEAT_DEPS = frozenset({"appos", "npadvmod"})


def _np_indices(tok) -> tuple[int, ...]:
    """Indices of the phrase ``tok`` heads, sub-clauses left out (the clause extent of a noun)."""
    return clause_indices(tok)


_BODY_HEADS = ROLE_HEADS | ORG_HEADS  # a person's title or an organisation's head noun
# unions the rules test words and labels against, made once, not on each call
_BODY_OR_LISTED = _BODY_HEADS | _LISTED_BODIES
_BODY_HEADS_OR_BANK = _BODY_HEADS | {"bank"}
_PLACE_OR_PERSON = PLACE_LABELS | {"PERSON"}
_PLACE_OR_NORP = PLACE_LABELS | {"NORP"}
FIRST_PLURAL = frozenset({"we", "us"})  # "we" in a quotation is the body its speaker speaks for
# Words of a quotation that its speaker tells who they stand for: "I" is the speaker, "we" their body
FIRST_PERSON = frozenset({"i", "me", "my", "myself"}) | FIRST_PLURAL


def _speaks_for(speaker: tuple[str, str] | None, resolver: ActorResolver, we) -> tuple[str, str] | None:
    """The body a quotation's "we" is: the speaker itself when it is one ("the ministry said: 'We
    ...'"), or the one organisation the text titles the speaking person with; None otherwise (a
    person's "we" is more people than the speaker, no one named)."""
    if speaker is None:
        return None
    if speaker[1] in ("ORG", "GPE"):
        return speaker
    if speaker[1] != "PERSON":
        return None
    body = resolver.organisation_of(speaker[0])
    if body is not None:
        return body
    if any(c.lower_ in ("all", "both") for c in we.children):
        return None  # "'We all warned against ...,' Chirac said" after a summit: more than his country
    # "'We have conquered the epidemic,' said Chinese Premier Wen Jiabao": his government's country
    country = resolver.country_of(speaker[0])
    return (country, "GPE") if country is not None else None


def _the_title(tok, resolver: ActorResolver, sent_index: int) -> tuple[str, str] | None:
    """ "The King will visit": the person named before with that title (even when the tagger
    took "King" for a name of its own)."""
    if tok.lower_ not in ROLE_HEADS or not any(c.lower_ == "the" for c in tok.lefts):
        return None
    titled = resolver.resolve_title(tok)
    if titled is None:
        return None
    resolver.note_person(sent_index, tok.i, titled)
    return titled, "PERSON"


_ANOTHER_ONE = frozenset({"other", "another", "second", "new", "rival"})  # "former" still says who


def _told_by_age(tok) -> bool:
    """ "the 45-year-old" (the parser's "old" with "the" and "45-year"): a person told by age alone;
    so is "the 50-year-old former general", "the 21-year-old student" (a noun after the age)."""
    doc = tok.doc
    t = tables(doc)  # (the first tests from the tables: Tokens made only for the left words of "the ...")
    if t.deps[tok.i] not in ("nsubj", "nsubjpass", "dobj", "pobj"):
        return False
    left = [c for c in t.children[tok.i] if c < tok.i]
    if not left or lowered(doc)[left[0]] != "the":
        return False
    lefts = [doc[c] for c in left]
    if tok.lower_ != "old":
        # "the 24-year-old international": the parser may take the noun for an adjective
        if tok.tag_ not in ("NN", "JJ") or tok.ent_type_ or any(t.lower_ in _ANOTHER_ONE for t in lefts):
            return False  # "the other 30-year-old player": someone else
        ages = [c for c in lefts if c.lower_ == "old" and c.dep_ == "amod"]
        if len(ages) != 1:
            return False
        lefts = list(ages[0].lefts)
    return any(c.lower_ in ("year", "years") and any(n.like_num for n in c.lefts) for c in lefts)


# Nouns that say what someone named is, and that the press uses for them once named: "The actor was
# accused", "the Brazilian star hit back", "The Austrian-born actor-turned-politician educated".
# Not "the man", "the victim", "the suspect", "the referee": often someone never named.
_DESCRIBED_PEOPLE = frozenset(
    """actor actress singer star superstar striker midfielder defender goalkeeper playmaker winger
    veteran politician founder native student teenager youngster rookie athlete sprinter swimmer
    skater golfer boxer cyclist businessman businesswoman tycoon billionaire millionaire writer
    author novelist poet filmmaker artist painter musician composer activist dissident cleric
    lawmaker legislator player international skipper keeper batsman bowler allrounder""".split()
)


def _speaker_of_clause(tok, resolver: ActorResolver, sent_index: int) -> str | None:
    """The named speaker of the clause ``tok`` is the subject of, when it is reported by a verb of
    saying ("Gotz said the Brazilian star ..."), or None."""
    clause = tok.head
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    verb = clause.head
    if clause.dep_ != "ccomp" or verb.i == clause.i or not is_speech(verb):
        return None
    subjects = children_with(verb, ("nsubj",))
    if len(subjects) != 1:
        return None
    found = resolver.entity_actor(subjects[0])
    return found[0] if found is not None else None


def _doer_of(tok, resolver: ActorResolver) -> str | None:
    """The named subject of the verb ``tok`` is the object of ("Mourinho praised the striker": not
    the striker), or None."""
    if tok.dep_ != "dobj":
        return None
    for c in children_with(tok.head, ("nsubj",)):
        found = resolver.entity_actor(c)
        return found[0] if found is not None else None
    return None


def _the_one_subject(tok, deps: tuple[str, ...] = ("nsubj", "nsubjpass")) -> bool:
    """Is ``tok`` a common noun subject (or another of ``deps``) with "the", none other, no owner
    ("the actor", "the Russian president"; not "the other player", "his coach", "the president, a
    lawyer,")?"""
    if tok.dep_ not in deps or tok.pos_ != "NOUN" or tok.tag_ != "NN" or tok.ent_type_:
        return False
    lefts = list(tok.lefts)
    if not lefts or lefts[0].lower_ != "the" or any(t.lower_ in _ANOTHER_ONE for t in lefts):
        return False
    return not any_child(tok, ("poss", "appos"))


def _a_countrys_office(tok, resolver: ActorResolver) -> bool:
    """Is ``tok`` a subject title a country's name owns ("Peru's president", "Sri Lanka's new army
    chief")?"""
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.pos_ != "NOUN" or tok.tag_ != "NN" or tok.ent_type_:
        return False
    if tok.lemma_.lower() not in ROLE_HEADS:
        return False
    owners = children_with(tok, ("poss",))
    owner = resolver.entity_actor(owners[0]) if len(owners) == 1 else None
    return owner is not None and owner[1] == "GPE" and country_name(owner[0]) is not None


def _told_by_description(tok) -> bool:
    """ "The actor was accused", "the Brazilian star hit back": a person named before, told by what
    they are (the subject, with "the", none other, no owner); so is the object of "the club signed
    the striker"."""
    if tok.lemma_.lower() not in _DESCRIBED_PEOPLE:
        return False
    return _the_one_subject(tok) or tok.dep_ == "dobj" and _the_one_subject(tok, ("dobj",))


# Offices the press names a head of state or government by once named ("Vladimir Putin has said
# ..." then "the Russian president said"): the person in sight when no one was titled with it.
_HIGH_OFFICES = frozenset("president premier chancellor king queen emperor monarch".split())


def _told_by_office(tok, resolver: ActorResolver) -> bool:
    """ "the Russian president said", "the Thai premier", no one named with that title in the text:
    the subject, with "the" and a nationality, no owner, not "former" or another one."""
    if tok.lower_ not in _HIGH_OFFICES and not (
        tok.lower_ == "minister" and any(c.lower_ == "prime" for c in tok.lefts)
    ):
        return False
    if not _the_one_subject(tok) or any(t.lower_ == "former" for t in tok.lefts):
        return False
    if any_child(tok, ("prep",)):
        return False
    if not any(
        c.ent_type_ == "NORP" or country_for_adjective(c.text) for c in tok.lefts if c.dep_ in ("amod", "compound")
    ):
        return False
    return resolver.resolve_title(tok) is None


def _told_by_former_office(tok) -> bool:
    """ "the former US secretary of state said", "the former president": an office the subject held
    once, told with "the" and "former", no owner; a title no one holds now is no one's name."""
    if tok.lemma_.lower() not in PERSON_TITLES and tok.lower_ not in _HIGH_OFFICES:
        return False
    return _the_one_subject(tok) and any(t.lower_ == "former" and t.dep_ == "amod" for t in tok.lefts)


def _told_as_group(tok, role: str, resolver: ActorResolver, sent_index: int) -> list[Participant]:
    """ "both", "they": the group told before, or the one side named as 'they'."""
    group = resolver.resolve_group(tok, sent_index)
    side = _side_told_as_they(tok, resolver) if not group and tok.lower_ == "they" else None
    if side is not None:
        return [Participant(side[0], side[1], role, tok.i)]
    return [Participant(name, type_, role, tok.i) for name, type_ in group]


def _side_told_as_they(tok, resolver: ActorResolver) -> tuple[str, str] | None:
    """ "Brazil won the cup after they beat Italy", "Japan reached the final. They beat Australia":
    a team or country told as 'they' is the one named as the subject of the clause it hangs on, or
    of the sentence before when 'they' opens its own; no plural noun told in between."""
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    sent = sentence_of(tok)
    head = tok.head
    subject = None
    if head.dep_ in ("advcl", "conj") and head.head.i < tok.i:
        subject = next((c for c in children_with(head.head, ("nsubj", "nsubjpass")) if c.i < tok.i), None)
        between = tok.doc[subject.i + 1 : tok.i] if subject is not None else []
    elif head.dep_ == "ccomp" and is_speech(head.head) and head.head.i < tok.i:
        # "Delhi Police said they had found clues", "... confirmed the use of RDX and said they":
        # the body that says it, when nothing plural is told between its verb and "they"
        speech = head.head
        subjects = children_with(speech, ("nsubj",))
        if not subjects and speech.dep_ == "conj" and speech.head.pos_ in ("VERB", "AUX"):
            subjects = children_with(speech.head, ("nsubj",))
        # one subject, before "they" ("Acme, ..., and Bolt Inc said they": both, which no one name is)
        subject = subjects[0] if len(subjects) == 1 and subjects[0].i < tok.i else None
        between = tok.doc[speech.i + 1 : tok.i]
    elif not any(t.dep_ in ("nsubj", "nsubjpass") for t in tok.doc[sent.start : tok.i]) and sent.start > 0:
        before = sentence_of(tok.doc[sent.start - 1])
        subject = first_child(before.root, ("nsubj", "nsubjpass"))
        between = tok.doc[subject.i + 1 : tok.i] if subject is not None else []
    if subject is not None and subject.tag_ in ("NN", "NNS"):
        # "Celtic's future hangs in the balance after they lost", "Japan's players celebrated after
        # they beat Chile": the side that owns the subject, what "they" can stand for
        subject = _side_owning(subject)
    # a plural that may be "they" is no word of a name, a date or an amount ("the Confederations Cup",
    # "in two years")
    if subject is None or subject.tag_ != "NNP" or any(t.tag_ in ("NNS", "NNPS") and not t.ent_type_ for t in between):
        return None
    hit = resolver.entity_actor(subject)
    if hit is None or hit[1] not in ("GPE", "ORG") or any_child(subject, ("conj",)):
        return None
    return hit


# Plural nouns for a side's own people, which "they" may go on with as the side ("Japan's players
# ... they"); any other plural may be what "they" stands for ("Toyota's shares ... they").
_SIDE_MEMBERS = frozenset("player squad troop force soldier fighter member".split())


def _side_owning(subject):
    """The one name owning a subject noun ("Celtic's future", "Japan's players"), when the noun is
    singular (no "they" itself) or a plural for the side's own people; else None."""
    if subject.tag_ == "NNS" and subject.lemma_.lower() not in _SIDE_MEMBERS:
        return None
    owners = children_with(subject, ("poss",))
    if len(owners) != 1 or any(c.dep_ == "conj" for c in subject.children):
        return None
    return owners[0]


def _named_next(tok, resolver: ActorResolver, sent_index: int) -> tuple[str, str] | None:
    """The person the story's second sentence names, whom its first told by a leader's title ("The
    leader of the world's Anglicans urged ...", "Peru's president ...") or by a noun for a person
    ("An Italian colonel was found dead ... Colonel Roberto Petrucci, 57, was shot"); else None."""
    owned = _a_countrys_office(tok, resolver)
    if _the_one_subject(tok) or owned:
        person = resolver.leader_named_next(tok, sent_index, owned)
        if person is not None:
            return person
    if tok.dep_ in ("nsubj", "nsubjpass") and told_as_someone(tok):
        person = resolver.person_named_next(tok, sent_index)
        if person is not None:
            return person
    # "The United Nations envoy for Somalia called on ..." ... "Special Representative for Somalia
    # Francois Lonseny Fall said": the one the lead describes, named as they speak (None past the lead)
    person = resolver.speaker_named_later(tok, sent_index)
    if person is not None:
        return person
    # "A Malaysian opposition leader called for ..." ... "opposition leader Lim Kit Siang": the one
    # person named later with a noun of the description's head
    return resolver.described_named_later(tok, sent_index)


def _named_after_it(tok, role: str, resolver: ActorResolver, sent_index: int) -> list[Participant]:
    """The person or people a description of the story's first sentences stands for, named in the
    sentences after it ("The leader of the world's Anglicans urged ... Rowan Williams spoke"; "A
    court fined a man ...", then "Fong Weng Liong, 42,"), noted as the person told there; else []."""
    person = _named_next(tok, resolver, sent_index)
    named = [person] if person is not None else resolver.person_named_after(tok, sent_index)
    if len(named) == 1:
        resolver.note_person(sent_index, tok.i, named[0][0], _main_subject(tok))
    return [Participant(name, type_, role, tok.i) for name, type_ in named]


def resolve_argument(
    tok, role: str, resolver: ActorResolver, sent_index: int, speaker=None, *, first_only: bool = False
) -> list[Participant]:
    """Actors named by an argument head: entity, pronoun antecedent, title, or modified noun phrase.

    ``first_only``: only the first actor is wanted (see :func:`first_actor`); what the others would
    register with the resolver (the country of "Russia's defence ministry") is left undone.
    """
    if resolver.in_dateline(tok):
        return []  # "SEOUL -- The KOSPI dropped": the parser may make the dateline a subject
    hit = resolver.entity_actor(tok)
    if hit is not None and _listed_before_patrons(tok):
        return []
    named = _named_by_participle(tok, resolver) or _the_one_so_named(tok, resolver) if hit is None else None
    if named is not None:  # "the 36-year-old patient surnamed Song is recovering": Song
        if named[1] == "PERSON":
            resolver.note_person(sent_index, tok.i, named[0])
        return [Participant(named[0], named[1], role, tok.i)]
    if hit is None and (_told_by_age(tok) or _told_by_description(tok)):
        # "the 45-year-old turned it down": the person in sight, as "he" would be; not who tells
        # of them ("coach Gotz said the Brazilian star would be fined")
        exclude = _speaker_of_clause(tok, resolver, sent_index) or _doer_of(tok, resolver)
        person = resolver.resolve_described_person(tok, sent_index, exclude)
        if person is None:
            return []
        # "The 30-year-old, who married Ali Khan, changed her name. 'I ...,' she said": the one
        # described goes on as the sentence's person, as a "he" would
        resolver.note_person(sent_index, tok.i, person[0], _main_subject(tok))
        return [Participant(person[0], person[1], role, tok.i)]
    described = _named_after_it(tok, role, resolver, sent_index) if hit is None else None
    if described:
        return described
    if hit is None and _told_by_office(tok, resolver):
        # "the Russian president said" after "Vladimir Putin has said": the person in sight; with
        # no one in sight the title stays (another article may name who holds it)
        person = resolver.resolve_office_holder(tok, sent_index, _speaker_of_clause(tok, resolver, sent_index))
        if person is not None:
            return [Participant(person[0], person[1], role, tok.i)]
    if hit is None and _told_by_former_office(tok):
        # "the former US secretary of state said" after "UN envoy James Baker": the person in sight
        person = resolver.resolve_described_person(tok, sent_index, _speaker_of_clause(tok, resolver, sent_index))
        if person is not None:
            return [Participant(person[0], person[1], role, tok.i)]
    grouped = _numeral_group(tok, role, resolver, sent_index) if hit is None else None
    if grouped is not None:
        return grouped  # "the two met"; "Monday's announcement", "a Wednesday event": a date takes no part
    named = _named_in_apposition(tok, hit, resolver)
    if named is not None:  # "US ambassador to Iraq, Zalmay Khalilzad, said": the one named
        return [Participant(named[0], named[1], role, tok.i)]
    hit = _the_title(tok, resolver, sent_index) or hit
    if hit is not None and hit[1] == "NORP" and not is_political_group(hit[0]):
        return _people(tok, role, resolver, sent_index)
    span = resolver.entity_span(tok)
    generic = span is not None and all(t.is_lower for t in span if t.is_alpha)
    if hit is not None and not (generic and nationality_country(tok)):
        return [Participant(name, type_, role, tok.i) for name, type_ in _joint_names(hit, resolver)]
    found = _by_reference(tok, role, resolver, sent_index, speaker, first_only)
    if found is None and hit is None:
        found = _by_untagged_name(tok, role, resolver, sent_index)
    if found is None:
        found = _by_noun_phrase(tok, role, resolver, sent_index, hit, first_only)
    return [p for p in found if p.type != "NORP" or is_political_group(p.name)]


# Participles that give the noun they follow its name: "a farmer surnamed Wang", "a man named Peter
# Holm", "a woman identified as Mary Kent", "a firm called Nordic Steel".
_NAMING_PARTICIPLES = frozenset({"surname", "name", "call", "identify", "nickname"})


def _named_by_participle(tok, resolver: ActorResolver) -> tuple[str, str] | None:
    """The named actor a participle right after a common noun gives it as its name ("the patient
    surnamed Song", "a man named Peter Holm", "identified as Mary Kent"), or None."""
    if tok.pos_ != "NOUN":
        return None
    # the one right dependent looked at is the "acl" right after the noun: found in the tables, a
    # Token made for it alone (not for each right dependent)
    t = tables(tok.doc)
    after = tok.i + 1
    if after < len(t.heads) and t.heads[after] == tok.i and t.deps[after] == "acl":
        verb = tok.doc[after]
        lemma = "surname" if verb.lower_ == "surnamed" else verb.lemma_.lower()
        if lemma not in _NAMING_PARTICIPLES or verb.tag_ not in ("VBN", "VBD"):
            return None
        if any_child(verb, ("agent", "aux", "auxpass", "nsubj", "nsubjpass")):
            return None  # "a man named in the report", "a session called by the president"
        names = [c for c in children_with(verb, ("dobj", "oprd", "attr")) if c.i > verb.i]
        if lemma == "identify":  # "identified as Mary Kent"
            names = [g for c in children_with(verb, ("prep",)) if c.lower_ == "as" for g in c.children]
        for c in names:
            hit = resolver.entity_actor(c)
            if hit is not None and hit[1] not in _PLACE_OR_NORP:
                return hit
    return None


_NAMING_WORDS = frozenset({"surnamed", "named", "called", "identified", "nicknamed"})


def _the_one_so_named(tok, resolver: ActorResolver) -> tuple[str, str] | None:
    """ "The farmer was released" after "a farmer surnamed Wang was arrested": "the" and the noun a
    naming participle gave its name to before, when it gave one name only; None otherwise (also
    for "the other farmer", "the farmer's son")."""
    if tok.pos_ != "NOUN" or tok.tag_ != "NN":
        return None
    doc = tok.doc
    t = tables(doc)
    memo = t.memo.get("named_nouns")
    if memo is None:
        # nouns a naming participle follows: (index, noun as written), found once per Doc
        low = lowered(doc)
        memo = t.memo["named_nouns"] = [
            (h, low[h])
            for i in range(1, len(doc))
            if low[i] in _NAMING_WORDS and t.deps[i] == "acl" and (h := t.heads[i]) == i - 1 and t.pos[h] == "NOUN"
        ]
    word = tok.lower_
    named_before = [i for i, noun in memo if noun == word and i < tok.i]
    if not named_before:
        return None  # (the common case, asked first: no noun so named before; no Token made)
    lefts = list(tok.lefts)
    if (
        not lefts
        or lefts[0].lower_ != "the"
        or any(t.dep_ not in ("det", "amod") or t.lower_ in NEW_REFERENT for t in lefts)
    ):
        return None
    found = {_named_by_participle(doc[i], resolver) for i in named_before}
    found.discard(None)
    if len(found) != 1:
        return None
    person = found.pop()
    return person if person is not None and person[1] == "PERSON" else None


def _named_in_apposition(tok, hit: tuple[str, str] | None, resolver: ActorResolver) -> tuple[str, str] | None:
    """The person named beside a title or a people's word that heads the phrase ("US ambassador to
    Iraq, Zalmay Khalilzad,", "leading Republican, Senator Richard Lugar,"): the title is them."""
    if hit is not None and hit[1] != "NORP":
        return None
    if hit is None and tok.pos_ != "NOUN":
        return None  # "The presidential candidate of the Socialist Party, Segolene Royal, arrived"
    doc = tok.doc
    t = tables(doc)
    deps, children = t.deps, t.children  # a Token only for an apposition
    appositions = [doc[c] for c in children[tok.i] if deps[c] == "appos"]
    if not appositions and tok.pos_ == "NOUN":
        # "The presidential candidate of France's Socialist Party, Segolene Royal,": a person the
        # parser set beside the party named in the title, which no person is
        appositions = [
            doc[c]
            for i in _np_indices(tok)
            for c in children[i]
            if deps[c] == "appos"
            and (
                (resolver.entity_actor_at(i) or ("", ""))[1] not in ("", "PERSON")
                or _second_person_closing(tok, i, c, resolver)
            )
        ]
    people = [resolver.entity_actor(c) for c in appositions]
    people = [p for p in people if p is not None and p[1] == "PERSON"]
    return people[0] if len(people) == 1 else None


def _second_person_closing(tok, i: int, c: int, resolver: ActorResolver) -> bool:
    """ "A senior aide to President Alan Brooks, Maria Tellez, hit out": the parser set the second
    person's name beside the first, but one person's name is no apposition of another's; set
    between commas at the end of the phrase a singular noun for a person heads, it names that
    person (the aide). Not a list ("an aide to Brooks, Tellez and Hill"), nor the same person."""
    if tok.tag_ != "NN" or i == tok.i:
        return False
    t = tables(tok.doc)
    first, second = resolver.entity_actor_at(i), resolver.entity_actor_at(c)
    if first is None or second is None or first[1] != "PERSON" or second[1] != "PERSON" or first == second:
        return False
    if t.deps[i] != "pobj" or t.heads[t.heads[i]] != tok.i:
        return False  # the first name is the object of a preposition of the noun ("aide to", "son of")
    if any(t.deps[x] in ("conj", "cc") for x in t.children[c]):
        return False
    doc = tok.doc
    end = doc[c].right_edge.i
    return (
        tok.i < i < c
        and doc[i + 1].text == ","
        and end + 1 < len(doc)
        and doc[end + 1].text == ","
        and tok.right_edge.i <= end + 1
    )


def _joint_names(hit: tuple[str, str], resolver: ActorResolver) -> list[tuple[str, str]]:
    """ "The Independent/Harris poll": two names joined by a slash are two actors."""
    parts = hit[0].split("/")
    if len(parts) < 2 or not all(p[:1].isupper() for p in parts):
        return [hit]
    out = []
    for part in parts:
        found = resolver.lookup(part) or (part, hit[1])
        resolver.register(found[0], found[1], part)
        out.append(found)
    return out


def is_political_group(name: str) -> bool:
    """ "Tories", "the Democrats": a party under a name tagged like a people's."""
    return name.split()[-1].lower() in POLITICAL_GROUPS


def _people(tok, role: str, resolver: ActorResolver, sent_index: int) -> list[Participant]:
    """A people named by a nationality or ethnic word ("Palestinians were injured", "Rwandan Hutus
    fled") is no one named: no actor. "The American doubled the lead": one person so described is
    the person in sight, as "he" would be."""
    lefts = list(tok.lefts)
    if tok.tag_ not in ("NNP", "NN") or not lefts or lefts[0].lower_ != "the":
        return []
    country = country_for_adjective(tok.text) if tok.text[:1].isupper() else None
    if country is not None and all(t.lower_ == "the" or described_age(t) for t in lefts):
        # "The Croatian was broken", "the 24-year-old Swiss": the person the text ties to that country
        person = resolver.resolve_national(tok, sent_index, country)
    elif len(lefts) == 1:
        person = resolver.resolve_described_person(tok, sent_index)
    else:
        person = None
    return [Participant(person[0], person[1], role, tok.i)] if person is not None else []


def first_actor(tok, role: str, resolver: ActorResolver, sent_index: int) -> Participant | None:
    """The first actor an argument head names (a source after "according to", the old name of a
    renaming), or None."""
    found = resolve_argument(tok, role, resolver, sent_index, first_only=True)
    return found[0] if found else None


def _relative_antecedent(tok, resolver: ActorResolver):
    """The word a relative pronoun stands for: the noun its clause is hung on, or the name that
    noun stands for."""
    antecedent = tok.head.head
    if (
        antecedent.ent_type_ in PLACE_LABELS
        and antecedent.dep_ == "pobj"
        and (resolver.entity_actor(antecedent) or ("", ""))[1] != "PERSON"
    ):
        # "three militants from the Gaza Strip who were" (a place is no "who"), "the shelling of
        # homes in Beit Hanun, which the military blamed on ...": what the place qualifies (not a
        # person the tagger took for a place: "the payment to Haughey, who resigned")
        if tok.lower_ in ("who", "whom") or antecedent.head.head.pos_ == "NOUN":
            antecedent = antecedent.head.head
    antecedent = _nearer_name(tok, antecedent, resolver)
    member = _member_picked_out(antecedent) if resolver.entity_actor(antecedent) is None else None
    if member is not None:  # "Acme, one of the firms that signed the deal": Acme
        return member
    if antecedent.pos_ == "NOUN" and resolver.entity_actor(antecedent) is None:
        # "his teammate Omar Haddad of Qatar, who ranked third": the name set beside the noun;
        # "Liu is the only record holder who will compete": the subject the noun is said of
        named = [c for c in children_with(antecedent, ("appos",)) if resolver.entity_actor(c) is not None]
        if not named and antecedent.dep_ == "attr" and antecedent.head.lemma_ == "be":
            named = [c for c in children_with(antecedent.head, ("nsubj",)) if c.pos_ in ("PROPN", "PRON")]
        if not named and _set_beside_a_name(tok, antecedent, resolver):
            # "Evo Morales, a former coca grower who won the vote": the one the noun is set beside
            named = [antecedent.head]
        if len(named) == 1:
            antecedent = named[0]
    return antecedent


def _by_reference(
    tok, role: str, resolver: ActorResolver, sent_index: int, speaker, first_only: bool
) -> list[Participant] | None:
    """A relative or personal pronoun: what it refers to ([] when unknown); None for other words."""
    if tok.tag_ in ("WDT", "WP") and tok.head.dep_ in ("relcl", "acl") and tok.head.head.i != tok.head.i:
        # "the iTunes Music Store, which sells music": the relative pronoun is the noun it follows
        antecedent = _relative_antecedent(tok, resolver)
        if denied_antecedent(tok.head.head):
            # "It is the villagers, not party members, who attacked": not the members; the noun
            # they are set against when the parser made them its apposition
            noun = tok.head.head
            if noun.dep_ != "appos" or denied_antecedent(noun.head):
                return []
            antecedent = noun.head
        if antecedent.pos_ in ("NOUN", "PROPN"):
            return resolve_argument(antecedent, role, resolver, sent_index, speaker, first_only=first_only)
        return []
    if tok.pos_ != "PRON":
        return None
    if tok.lower_ in ("both", "they") or tok.lower_ == "their" and tok.dep_ == "poss":
        return _told_as_group(tok, role, resolver, sent_index)
    if tok.lower_ in FIRST_PERSON:
        # "I" is the speaker; "'We have signed the contract,' said X, chief executive of Y": the
        # body the speaker speaks for
        who = _speaks_for(speaker, resolver, tok) if tok.lower_ in FIRST_PLURAL else speaker
        return [Participant(who[0], who[1], role, tok.i)] if who is not None else []
    reporter = _reporter_of(tok, resolver, sent_index) if speaker is None else None
    if reporter is None and speaker is None and _unnamed_reporter(tok, resolver, sent_index):
        return []  # "a grocery store owner said he has sold ...": the owner, no one named
    if reporter is not None:  # "Lee said he would resign": the one who says it
        if reporter[1] == "PERSON":
            resolver.note_person(sent_index, tok.i, reporter[0], _main_subject(tok))
        else:
            resolver.note_thing(sent_index, tok.i, reporter[0])
        return [Participant(reporter[0], reporter[1], role, tok.i)]
    said_before = _previous_speaker(tok) if tok.dep_ == "nsubj" and is_speech(tok.head) else None
    if said_before is not None and (_unnamed(said_before) or _unnamed_paper(said_before, resolver, sent_index)):
        return []  # "..., a State Department spokeswoman told AFP. She said ...": the spokeswoman
    if said_before is not None and tok.lower_ in ("he", "she") and speaker is None:
        last = _speaker_told(said_before, tok, resolver)
        if last is not None and last[1] == "PERSON" and resolver.gender_fits(last[0], tok):
            # "'...,' Prodi said. '...,' he added": the one speaking, not the one spoken of
            resolver.note_person(sent_index, tok.i, last[0], _main_subject(tok))
            return [Participant(last[0], last[1], role, tok.i)]
    # in a quotation "he" is not the speaker, who would have said "I"; "him" is not its verb's subject
    exclude = speaker[0] if speaker is not None else _own_subject(tok, resolver, sent_index)
    ante = resolver.resolve_pronoun(tok, sent_index, exclude)
    if ante is None:
        return []
    if ante[1] == "PERSON":  # "he" keeps pointing at the same person in the next sentence
        resolver.note_person(sent_index, tok.i, ante[0], _main_subject(tok))
    return [Participant(ante[0], ante[1], role, tok.i)]


# Nouns set beside a name that tell of what happened to it, not of who or what it is ("joining the
# European Union, a historic moment that drew thousands").
_TELLS_OF_A_HAPPENING = frozenset("moment step milestone move event turn setback blow landmark first".split())


def _set_beside_a_name(pronoun, noun, resolver: ActorResolver) -> bool:
    """Is ``noun``, which a relative pronoun follows, set beside a name as what that name is ("Evo
    Morales, a former coca grower who", "the Lincoln Group, a contractor that"): a person for
    "who", anything else for "which"/"that" ("Stajcic, ... the station that": the parse gone wrong)."""
    if noun.dep_ != "appos" or noun.lemma_.lower() in _TELLS_OF_A_HAPPENING:
        return False
    named = resolver.entity_actor(noun.head)
    return named is not None and (named[1] == "PERSON") == (pronoun.lower_ in ("who", "whom"))


def _main_subject(tok) -> bool:
    """Is ``tok`` the subject of its sentence's main verb?"""
    return tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "ROOT"


# People a speaker is described as when the text gives no name.
_UNNAMED_SPEAKERS = frozenset(
    "spokesman spokeswoman spokesperson official officer witness resident source diplomat analyst man "
    "woman doctor lawyer aide adviser advisor commander policeman villager survivor worker".split()
)


def _previous_speaker(pronoun):
    """The subject of the last speech verb of the sentence before the pronoun's ("a police official
    said", "Prodi said"), when no one is named before the pronoun in its own sentence; else None.
    "He said" goes on with that speaker, not with the last person named."""
    doc = pronoun.doc
    sent = sentence_of(pronoun)
    if sent.start == 0 or any(t.ent_type_ == "PERSON" for t in doc[sent.start : pronoun.i]):
        return None
    before = sentence_of(doc[sent.start - 1])
    quoted = doc_quote_mask(doc)
    for _ in range(_QUOTATION_REACH):
        # a speech verb inside quotation marks is what the speaker tells of others ('"President
        # Kline should ask the council to vote," ...'), not the tag of who speaks
        speech = [t for t in before if is_speech(t) and not quoted[t.idx]]
        for verb in reversed(speech):
            subjects = children_with(verb, ("nsubj",))
            if subjects:
                return subjects[0]
        words = [t for t in before if not t.is_punct and not t.is_space]
        if not words or before.start == 0 or not all(quoted[t.idx] for t in words):
            return None
        # a sentence all in quotation marks goes on with the quotation tagged before it
        # ('"...," said Berger. "Governor Kline should ask for a vote. "This is our view," he added')
        before = sentence_of(doc[before.start - 1])
    return None


_QUOTATION_REACH = 4  # sentences all in quotation marks "he said" looks past to the speaker before them


def _speaker_told(said_before, pronoun, resolver: ActorResolver) -> tuple[str, str] | None:
    """Who the subject of the speech verb before a "he said" is: its own name ("Prodi said"), the
    name set beside it ("An adviser to the ministry, Saed al-Harshi, said"), or the person a "he"
    or "she" there was read as, when it is the same word as the pronoun ("He denied ... '...,' he
    said": the one who denied; not "..., while Lind said he agreed. She said": she is not Lind);
    else None."""
    named = resolver.entity_actor(said_before)
    if named is not None:
        return named
    if said_before.lower_ in ("he", "she"):
        return resolver.person_told_at(said_before) if said_before.lower_ == pronoun.lower_ else None
    if said_before.pos_ != "NOUN":
        return None
    return next(
        (n for c in children_with(said_before, ("appos",)) if (n := resolver.entity_actor(c)) is not None),
        None,
    )


def _unnamed(speaker) -> bool:
    """A speaker the text does not name ("a police official", "one resident")."""
    return (
        speaker.pos_ == "NOUN"
        and speaker.lemma_.lower() in _UNNAMED_SPEAKERS
        and not any(t.ent_type_ == "PERSON" for t in speaker.subtree)
    )


# What says something when no one is named: "the newspaper said ... It added".
_UNNAMED_WRITINGS = frozenset("newspaper paper daily tabloid magazine report statement study survey".split())


def _unnamed_paper(speaker, resolver: ActorResolver, sent_index: int) -> bool:
    """A paper or a report that says something, which names no actor ("the newspaper said")."""
    return (
        speaker.pos_ == "NOUN"
        and speaker.lemma_.lower() in _UNNAMED_WRITINGS
        and resolver.entity_actor(speaker) is None
        and not any(c.dep_ in ("compound", "poss") and resolver.entity_actor(c) is not None for c in speaker.lefts)
        and resolver.resolve_definite(speaker, max(sent_index - 1, 0)) is None
    )


def _nearer_name(pronoun, antecedent, resolver: ActorResolver):
    """ "Syria, together with Kyrgyzstan which tied with Tajikistan": of two names, the relative
    pronoun is the one it follows, not the one the parser hung the clause on (a person for "who",
    anything else for "which")."""
    hit = resolver.entity_actor(antecedent)
    before = pronoun.i - 1
    if before >= 0 and pronoun.doc[before].text == ",":
        before -= 1
    near = resolver.entity_actor_at(before) if before > antecedent.i else None
    if hit is None or near is None or near == hit or (near[1] == "PERSON") != (pronoun.lower_ in ("who", "whom")):
        return antecedent
    spans = (resolver.entity_span(t) for t in pronoun.doc[antecedent.i + 1 : before + 1])
    root = next((span.root for span in spans if span is not None and span.end == before + 1), None)
    if root is None:
        return antecedent
    if root.dep_ == "pobj" and root.head.lower_ in _QUALIFYING and root.head.head.i == antecedent.i:
        return antecedent  # "the Alliance for Democracy in Mali, which took 76 seats": the place qualifies it
    return root


# Prepositions by which a place or body named after another qualifies it ("in Mali", "of England").
_QUALIFYING = frozenset({"in", "of", "at", "from"})
_REPORTED_SUBJECT = frozenset({"he", "she", "it"})
_OBJECT_PRONOUNS = frozenset({"him", "her"})


def _own_subject(tok, resolver: ActorResolver, sent_index: int) -> str | None:
    """The person who is the subject of the verb whose object "him"/"her" is ("the mayor asked
    him", "Ruiz spoke to her"): not the one the pronoun stands for (that would be "himself"); and
    the person a relative clause is said of, whose object "he"/"she" is the subject of ("Lee, whom
    he defeated in 2002": not Lee)."""
    if tok.lower_ in ("he", "she") and tok.dep_ == "nsubj" and tok.head.dep_ == "relcl":
        verb = tok.head
        if any(c.tag_ in ("WP", "WDT") for c in children_with(verb, ("dobj",))):
            hit = resolver.entity_actor(verb.head)
            return hit[0] if hit is not None and hit[1] == "PERSON" else None
    if tok.lower_ not in _OBJECT_PRONOUNS or tok.tag_ != "PRP":
        return None
    verb = tok.head
    if tok.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
    elif tok.dep_ not in ("dobj", "dative"):
        return None
    subjects = children_with(verb, ("nsubj",)) if verb.pos_ in ("VERB", "AUX") else []
    if not subjects and verb.pos_ == "VERB":
        subjects = _shared_subject(verb)
    if len(subjects) != 1 or subjects[0].i > tok.i:
        return None
    if subjects[0].pos_ == "NOUN" and subjects[0].lemma_.lower() not in ROLE_HEADS:
        return None  # "Castro's illness removed him from the scene": the illness is not Castro
    found = resolve_argument(subjects[0], "agent", resolver, sent_index, first_only=True)
    return found[0].name if len(found) == 1 and found[0].type == "PERSON" else None


def _shared_subject(verb) -> list:
    """The subject a verb with none of its own shares: the speaker of a verb of saying the parser
    joined to the clause reported ("Tung said the talks had failed and warned him": Tung, see
    :func:`_misjoined_speaker`, :func:`_misjoined_stance`), else that of the verb it is a conjunct
    of ("Tung met Lund and thanked him": Tung)."""
    if _subject_children(verb):
        return []  # a subject of its own ("revealing the Emirates had briefed him": a clause)
    found = _misjoined_speaker(verb) or _misjoined_stance(verb)
    if found is not None:
        return [found[0]]
    while verb.dep_ == "conj" and verb.head.i != verb.i and verb.head.pos_ == "VERB":
        verb = verb.head
        subjects = _subject_children(verb)
        if subjects:
            return [c for c in subjects if c.dep_ == "nsubj"]
    return []


def sayers_of_reported_subject(tok) -> list | None:
    """The subjects of the verb of saying told before a clause whose subject is ``tok`` ("he",
    "she", "it") or is owned by ``tok`` ("its"): "Lee said he would", "China said its exports rose",
    "Pakistan denied the charges and said it would help" (the subject the two verbs share); None when
    ``tok`` is no such pronoun of such a clause."""
    subject = tok
    if tok.lower_ == "its" and tok.dep_ == "poss" and tok.head.dep_ in ("nsubj", "nsubjpass"):
        subject = tok.head
    elif tok.lower_ not in _REPORTED_SUBJECT or tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = _saying_above(subject)
    if verb is None:
        return None
    subjects = children_with(verb, ("nsubj",))
    if not subjects and verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        subjects = children_with(verb.head, ("nsubj",))
    return subjects


def _saying_above(subject):
    """The verb of saying, told before it, whose reported clause ``subject`` is the subject of
    ("Lee said he had agreed ... and (he) would": the clause's first conjunct reported); None."""
    clause = subject.head
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head  # "said he had agreed ... and (he) would"
    verb = clause.head
    if clause.dep_ != "ccomp" or verb.i == clause.i or not is_speech(verb) or verb.i > subject.i:
        return None
    return verb


def _reporter_of(tok, resolver: ActorResolver, sent_index: int) -> tuple[str, str] | None:
    """ "Lee said (that) he would resign", "Lee told reporters she had met ...", "Toyota said it had
    withdrawn", "China said on Tuesday its exports rose": the subject "he"/"she" (a person) or "it"
    (a body), or the "its" of the subject, of a clause reported after its verb of saying is who says
    it (a clause told before the verb, "He will resign, Lee said", may be about someone else)."""
    subjects = sayers_of_reported_subject(tok)
    if subjects is None or len(subjects) != 1:
        return None
    found = _speaker_named(subjects[0], resolver, sent_index)
    it = tok.lower_ in ("it", "its")
    body = it and any(
        t.lemma_.lower() in _BUSINESS_WORDS for t in (subjects[0], *subjects[0].lefts) if t.pos_ == "NOUN"
    )
    if len(found) == 1 and ((found[0].type == "PERSON") != it or body) and resolver.gender_fits(found[0].name, tok):
        # ("Swedish telecoms giant Ericsson said it had signed": a company, though tagged a person)
        return found[0].name, found[0].type
    return None


# Common nouns that tell a business, set before or as the subject that names it ("Danish carrier
# Maersk Line", "the telecoms giant Ericsson")
_BUSINESS_WORDS = COMPANY_NOUNS | frozenset({"carrier", "operator", "producer", "supplier", "exporter", "chain"})


def _speaker_named(subject, resolver: ActorResolver, sent_index: int) -> list[Participant]:
    """Who the subject of a verb of saying names: itself, or, for a common noun that names no one,
    the one name set beside it ("Another Greek carrier, Olympic Airways, said", "the telecoms
    giant, Nokia, said": the company)."""
    if subject.pos_ == "NOUN" and resolver.entity_actor(subject) is None:
        named = [
            c
            for c in subject.children
            if c.dep_ == "appos" and not _is_title_apposition(c) and resolver.entity_actor(c) is not None
        ]
        if len(named) == 1:
            return resolve_argument(named[0], "agent", resolver, sent_index, first_only=True)
    return resolve_argument(subject, "agent", resolver, sent_index, first_only=True)


_PERSON_SUFFIXES = ("er", "or", "ist", "ian", "ant", "ent")


def _unnamed_reporter(tok, resolver: ActorResolver, sent_index: int) -> bool:
    """ "A store owner said he had sold ...", "The condemned man has said he would ...": "he" of a
    clause reported after its verb of saying, whose speaker is someone told by a person noun that no
    name in sight stands for, is that person, no one named.
    "The finance ministry said it would ease rules", "... said its budget rose": "it" is the body
    saying it, which no name stands for, not a body named in the sentence before."""
    if tok.lower_ not in ("he", "she", "it", "its"):
        return False
    subjects = sayers_of_reported_subject(tok)
    if subjects is None or len(subjects) != 1 or resolver.entity_actor(subjects[0]) is not None:
        return False
    if tok.lower_ in ("it", "its"):  # (a common noun the tagger may take for a name: "the finance ministry")
        if not subjects[0].is_lower or subjects[0].tag_ not in ("NN", "NNP"):
            return False
        return not _speaker_named(subjects[0], resolver, sent_index)
    if subjects[0].tag_ != "NN":
        return False
    if not any(c.lower_ in ("a", "an", "another", "the") for c in children_with(subjects[0], ("det",))):
        return False
    noun = subjects[0].lemma_.lower()
    if noun in _UNNAMED_WRITINGS or not (
        noun in ROLE_HEADS or noun in _UNNAMED_SPEAKERS or noun.endswith(_PERSON_SUFFIXES)
    ):
        return False
    return not resolve_argument(subjects[0], "agent", resolver, sent_index, first_only=True)


def _by_untagged_name(tok, role: str, resolver: ActorResolver, sent_index: int) -> list[Participant] | None:
    """A name the tagger missed: a person after a title, a model code, a surname, an untagged proper
    noun; None when the word is none of these."""
    pos = tables(tok.doc).pos[tok.i]  # (read once, from the tables)
    if pos == "PROPN" or pos == "NOUN" and tok.lemma_.lower() in ROLE_HEADS:
        # a title heading the phrase: "U.N. Special Envoy for Syria Staffan de Mistura"
        actor_at = resolver.entity_actor_at
        # not its owner: "Bush's national security adviser" is not Bush (see _SERVING)
        owned = {i for c in tok.children if c.dep_ == "poss" for i in _np_indices(c)}
        # nor one named in a hyphened participle: "the Oscar-winning director" is not Oscar
        owned |= {i for c in children_with(tok, ("amod",)) if c.tag_ in ("VBN", "VBG") for i in _np_indices(c)}
        found = {actor_at(i) for i in _np_indices(tok) if i != tok.i and i not in owned}
        people = {p for p in found if p is not None and p[1] == "PERSON"}
        if len(people) == 1:
            (person,) = people
            return [Participant(person[0], person[1], role, tok.i)]
    if pos == "NOUN" and is_designator(tok.text) and not tok.text.isdecimal():
        # "the first A380 would be delivered": a model code the tagger took for a common noun
        named = untagged_name(tok, resolver)
        if named is not None:
            return [Participant(named[0], named[1], role, tok.i)]
    if pos == "NOUN" and tok.is_title:
        # "Jobs attributed ...": a person's surname the tagger took for a common noun
        known = resolver.lookup(tok.text)
        if known is not None and known[1] == "PERSON":
            resolver.note_person(sent_index, tok.i, known[0])
            return [Participant(known[0], known[1], role, tok.i)]
    if pos != "PROPN" or tok.is_lower:
        return None  # (a word in lower case is no name the tagger missed: "the Thai foreign ministry")
    named = untagged_name(tok, resolver)
    if named is None:
        return []
    if named[1] in ("ORG", "PRODUCT", "MISC"):  # "iPhone 4 has a steel frame. It also has ..."
        main = tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "ROOT"
        resolver.note_thing(sent_index, tok.i, named[0], main_subject=main)
    elif named[1] == "PERSON":  # "Japanese Takuro Mori won ... as he cleared 5.00 meters"
        resolver.note_person(sent_index, tok.i, named[0])
    return [Participant(named[0], named[1], role, tok.i)]


def _numeral_group(tok, role: str, resolver: ActorResolver, sent_index: int) -> list[Participant] | None:
    """A numeral with no name: "Shalom met Abbas ... the two met by accident" is the pair (or three)
    told just before; not when "two agents" were told since, unnamed ("X and Y replace two former
    Libyan agents. The two were removed"). Another date, time or number word takes no part ([]);
    None for other words."""
    if tok.lower_ not in _GROUP_NUMERALS or [t.lower_ for t in tok.lefts] != ["the"]:
        return [] if is_time_word(tok) else None
    if _counted_before(tok):
        return []
    return [Participant(name, type_, role, tok.i) for name, type_ in resolver.resolve_group(tok, sent_index)]


def _counted_before(tok) -> bool:
    """Does "two <noun>" (the numeral ``tok`` is) count people or things in its sentence or the one
    before, before it?"""
    begin = sentence_bounds(tok)[0]
    if begin > 0:
        begin = sentence_bounds(tok.doc[begin - 1])[0]
    return any(t.lower_ == tok.lower_ and t.dep_ == "nummod" for t in tok.doc[begin : tok.i])


# Numerals that stand alone for a group told before: "the two met", "the three were charged".
_GROUP_NUMERALS = frozenset({"two", "three"})


def _by_noun_phrase(
    tok, role: str, resolver: ActorResolver, sent_index: int, hit: tuple[str, str] | None, first_only: bool
) -> list[Participant]:
    """A noun phrase: a model named by its designator, "the store", "the president", a country's
    body, an establishment ("the iTunes store") or a named modifier ("Apple CEO")."""
    if tok.pos_ not in ("NOUN", "PROPN", "NUM"):
        return []
    designated = _designator_head(tok, role, resolver)
    if designated is not None:
        return [designated]
    if tok.pos_ == "NUM":
        return []
    plural = tok.tag_ in ("NNS", "NNPS") or tok.lower_ in ("pair", "duo")
    group = resolver.resolve_group(tok, sent_index) if plural else []
    if group and tok.lemma_.lower() in _COUNTRY_NOUNS:
        # "a pact between Tokyo and Seoul ... the two countries agreed": the capitals' countries
        group = [_as_country(name, type_, resolver) for name, type_ in group]
    if group:  # "Both sides agreed", "the two countries join", "the pair"
        return [Participant(name, type_, role, tok.i) for name, type_ in group]
    definite = resolver.resolve_definite(tok, sent_index)
    if definite is not None and tok.lemma_.lower() in CRAFT_NOUNS and is_speech(tok.head):
        definite = None  # "... the huge ship said": a parse gone wrong, a ship says nothing
    if definite is not None:
        if definite[1] not in _PLACE_OR_PERSON:
            # "the ship", then "the ship" again; "The German group has tried ... But its latest
            # attempt": a body told by a noun for it as the main subject, what the sentence is about
            # (not "the sweetened offer", a body's thing)
            topic = _main_subject(tok) and tok.lemma_.lower() in _BODY_NOUNS
            resolver.note_thing(sent_index, tok.i, definite[0], described_topic=topic)
        return [Participant(name, type_, role, tok.i) for name, type_ in _joint_names(definite, resolver)]
    titled = resolver.resolve_title(tok)
    if titled is not None:
        resolver.note_person(sent_index, tok.i, titled)
        resolver.register(titled, "PERSON", phrase_text(tok))
        return [Participant(titled, "PERSON", role, tok.i)]
    body = _country_body(tok, role, resolver, sent_index, hit, first_only)
    if body is not None:
        return body
    found = _by_modifier(tok, role, resolver, sent_index)
    if found or hit is not None:
        return found
    index = market_index(tok)
    if index is None:
        return []
    resolver.register(index, "ORG", index)
    return [Participant(index, "ORG", role, tok.i)]


# Words for a stock market's yardstick, and words that tell no one of them from another ("the
# benchmark index", "the key stock index" name none).
_INDEX_HEADS = frozenset("index sub-index subindex average ordinaries".split())
_ANY_INDEX = frozenset("benchmark key main major leading broad broader wider stock share market price".split())


def market_index(tok) -> str | None:
    """ "The composite index gained 7.48 points", "the finance sub-index rose 95.63 points", "the
    all ordinaries weakened 16.2 points": a market's index told by its kind in lower case, the
    subject of a move by points (what only an index does; a price index moves by percent), is the
    named yardstick it stands for ("composite index"); None for "the benchmark index" (which one?)
    or another noun."""
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.pos_ != "NOUN":
        return None
    verb = tok.head
    subjects = children_with(verb, ("nsubj", "nsubjpass"))
    doc = tok.doc
    phrase = doc[min(c.left_edge.i for c in subjects) : max(c.right_edge.i for c in subjects) + 1]
    if len(phrase) < 3 or phrase[0].lower_ != "the" or phrase[-1].lower_ not in _INDEX_HEADS:
        return None
    if any(t.is_alpha and not t.is_lower or t.ent_type_ and t.ent_type_ != "ORG" for t in phrase[1:]):
        return None  # "the Hang Seng index" is named by its name; "the May index"
    words = [t for t in phrase[1:] if t.is_alpha and t.lower_ not in _ANY_INDEX | _INDEX_HEADS]
    if not words or not _moves_by_points(verb):
        return None
    return doc[words[0].i : phrase.end].text


def _moves_by_points(verb) -> bool:
    """Does the verb tell a move by points ("gained 7.48 points", "went down 4.09 points"), not
    percentage points?"""
    for c in verb.children:
        for t in (c, *c.children):
            if t.lemma_.lower() == "point" and not any(m.lower_ == "percentage" for m in t.lefts):
                return True
    return False


_COUNTRY_NOUNS = frozenset({"country", "nation"})


def _as_country(name: str, type_: str, resolver: ActorResolver) -> tuple[str, str]:
    """A capital named for its country is that country ("Tokyo" -> "Japan"); other names stay."""
    country = capital_country(name) if type_ in _CAPITAL_TYPES else None
    if country is None:
        return name, type_
    resolver.register(country, "GPE", country)
    return country, "GPE"


def _designator_head(tok, role: str, resolver: ActorResolver) -> Participant | None:
    """ "the iPhone 3G will be discontinued": the parser made the designator the head."""
    t = tables(tok.doc)
    ti = tok.i
    for c in t.children[ti]:
        if c > ti:
            break  # the left children come first, in text order (as Token.lefts gives them)
        if t.pos[c] == "PROPN" and t.deps[c] in ("compound", "nmod") and designator_end(tok.doc, c + 1) > ti:
            named = untagged_name(tok.doc[c], resolver)
            if named is not None:
                return Participant(named[0], named[1], role, tok.i)
    return None


# "the government of Uganda", "the Chinese authorities": the country's, acting
GOVERNMENT_NOUNS = frozenset({"government", "authorities", "authority", "administration"})
# Bodies that are people in numbers, named by no one: "Israeli troops", "Chinese police", "Irish rebels"
# (an army, a ministry, a government are named bodies).
_PEOPLE_BODIES = frozenset(
    {"troop", "troops", "rebel", "rebels", "police", "militant", "militants", "soldier", "soldiers"}
)
# Of those, people in arms against a government, or with none: the nationality is not the country
# acting (GUIDELINES section 4), as it is for "Israeli troops".
_ARMED_GROUPS = frozenset({"rebel", "militant"})
# "Iraqi forces", "Turkish security forces": people in arms in numbers, as "troops" (the lower-case
# plural only; "the Israel Defense Forces" is a named body, "Israeli army forces" the army's)
_ARMIES = frozenset({"army", "navy", "military", "defence", "defense", "armed"})
_COUNTING = frozenset({"one", "some", "several", "many", "few", "dozens", "hundreds", "thousands", "most", "all"})


def _country_body(
    tok, role: str, resolver: ActorResolver, sent_index: int, hit: tuple[str, str] | None, first_only: bool
) -> list[Participant] | None:
    """ "Russia's defence ministry", "the Turkish foreign minister": the body itself, tied to its
    country, which takes part too (registered only when all actors are wanted)."""
    parties = _coordinated_parties(tok, resolver)
    if parties:
        return _joint_bodies(tok, role, parties, resolver, first_only)
    country = nationality_country(tok) or _acronym_country(tok, resolver)
    head_lemma = tok.lemma_.lower()
    if country and hit is None and head_lemma in _NATIONAL_SIDES and _national_side(tok):
        # "The Chinese team arrived in Doha", "a reshuffled Pakistan team restricted England": a
        # country's side, the country playing (as "China won three golds"); not "a Chinese medical team"
        resolver.register(country, "GPE", country)
        return [Participant(country, "GPE", role, tok.i)]
    org_like = {head_lemma, tok.lower_} & _BODY_HEADS_OR_BANK  # "the Philippine central bank"
    if not (country and (org_like or hit is not None)):
        return None
    if head_lemma == "opposition" and any(c.lower_ == "to" for c in children_with(tok, ("prep",))):
        return None  # "reiterated China's opposition to a deadline": a stance, no opposition party
    name = phrase_text(tok)
    if head_lemma in GOVERNMENT_NOUNS and len(name.split()) <= 3:
        # "the Sudanese government", "British authorities": the country acting, named as the country
        resolver.register(country, "GPE", country)
        return [Participant(country, "GPE", role, tok.i)]
    type_ = "PERSON" if {head_lemma, tok.lower_} & ROLE_HEADS else "ORG"
    named = resolver.named_org_beside(tok.i) if hit is None and type_ == "ORG" else None
    if named is not None:
        # "Switzerland's second largest bank, Credit Suisse,": the name beside it says who (an
        # argument of its own), and "the bank" later is that name
        resolver.note_named_body(tok.i, named[0], tok.lower_)
        return []
    if hit is None and any(
        c.dep_ in ("compound", "nmod") and (resolver.entity_actor(c) or ("", ""))[1] == "ORG" for c in tok.lefts
    ):
        return None  # "Russia's Interfax news agency": the agency's own name says who (see _by_modifier)
    if head_lemma in _ARMED_GROUPS:
        return []  # "Irish rebels", "Palestinian militants": no one named, and no government acting
    counted = any(c.dep_ in ("nummod", "quantmod") or c.lower_ in _COUNTING for c in tok.lefts)
    if counted or head_lemma in _PEOPLE_BODIES or _forces(tok) or _unnamed_person(tok, type_):
        # "a Singaporean senior official", "American military leaders", "2,000 Chinese police",
        # "Israeli troops": no one named (GUIDELINES section 4); the country takes part
        if first_only:
            return []
        resolver.register(country, "GPE", country)
        return [Participant(country, "GPE", "other", tok.i)]
    resolver.register(name, type_, name)
    if type_ == "ORG":  # "the central bank", "it" in the next sentence
        resolver.note_thing(sent_index, tok.i, name)
    body = Participant(name, type_, role, tok.i)
    if first_only:
        return [body]
    resolver.register(country, "GPE", country)
    return [body, Participant(country, "GPE", "other", tok.i)]


# A country's side ("the Chinese team", "the Brazilian squad") and the words it may be told with
# besides its country ("the Chinese national badminton team", "a reshuffled Pakistan team").
_NATIONAL_SIDES = frozenset({"team", "squad", "side"})
_SIDE_WORDS = frozenset(
    "national olympic football soccer basketball volleyball badminton tennis table cricket rugby hockey "
    "baseball handball swimming diving gymnastics athletics boxing shooting judo wrestling weightlifting "
    "chess relay davis fed world cup men women youth junior under-21 under-23 under-20 under-17".split()
)


def _national_side(tok) -> bool:
    """Is the noun told only by its country, an article and words of sport ("the Chinese team",
    "the Chinese national badminton team", "a reshuffled Pakistan team"), no other kind of team
    ("a Chinese medical team", "the Kenyan rescue team") nor one of its people ("the US team doctor")?"""
    if tok.dep_ == "compound" or any(c.dep_ in ("nummod", "quantmod") for c in tok.lefts):
        return False
    for c in tok.subtree:
        if c.i >= tok.i:
            break
        if c.dep_ == "det" or c.is_punct or c.lower_ in ("'s", "’s") or c.lower_ in _SIDE_WORDS:
            continue
        if c.tag_ == "VBN" or country_for_adjective(c.text) or country_name(c.text):
            continue  # "a reshuffled Pakistan team"; the country's word itself
        return False
    return True


def _forces(tok) -> bool:
    """ "Iraqi forces", "Turkish security forces" (people in arms, in numbers), not "Israeli army
    forces", "the Estonian defence forces", "the Thai armed forces" (a country's army, a body that
    acts)."""
    return tok.text == "forces" and not any(c.lower_ in _ARMIES for c in tok.lefts)


def _coordinated_parties(tok, resolver: ActorResolver) -> list[tuple[str, str]]:
    """ "the Chinese and Kazakh governments", "US and Philippine troops": names or nationalities
    joined by "and" before a plural body's head are several parties, each its own body; the
    parties named (a nationality as its country, a capital acting as its country), or [] when the
    head is no plural body or no modifier is coordinated."""
    if tok.tag_ not in ("NNS", "NNPS") or not {tok.lower_, tok.lemma_.lower()} & _BODY_HEADS_OR_BANK:
        return []
    t = tables(tok.doc)
    ti = tok.i
    for c in t.children[ti]:
        if c > ti:
            break  # the left children come first, in text order
        if t.deps[c] not in ("amod", "compound", "nmod") or t.pos[c] not in ("ADJ", "PROPN"):
            continue
        conjs = [k for k in t.children[c] if t.deps[k] == "conj" and c < k < ti]
        if not conjs or not any(t.deps[k] == "cc" for k in t.children[c]):
            continue
        parties = [_party(tok.doc[k], resolver) for k in (c, *conjs)]
        found = list(dict.fromkeys(p for p in parties if p is not None))
        return found if len(found) > 1 or found and len(parties) > 1 else []
    return []


def _party(tok, resolver: ActorResolver) -> tuple[str, str] | None:
    """One party of a coordination before a body's head: "Chinese" -> China, "US" -> the United
    States, "Moscow" -> Russia, "EU" -> the European Union; None for a word naming no one."""
    t = tables(tok.doc)
    start = tok.i
    while start > 0 and t.deps[start - 1] == "compound" and t.heads[start - 1] == start:
        start -= 1  # "South Korean"
    text = clean_name(tok.doc[start : tok.i + 1].text)
    country = country_for_adjective(text) or country_name(text) or capital_country(text)
    if country is None:
        named = resolver.entity_actor(tok)
        if named is None or named[1] not in ("GPE", "ORG", "PERSON"):
            return None
        if named[1] != "GPE":
            return named
        country = capital_country(named[0]) or country_name(named[0]) or named[0]
    resolver.register(country, "GPE", country)
    return country, "GPE"


def _joint_bodies(
    tok, role: str, parties: list[tuple[str, str]], resolver: ActorResolver, first_only: bool
) -> list[Participant]:
    """The parties of "the Chinese and Kazakh governments" (each country acting, in the role),
    of "US and Iraqi forces" or "EU and OSCE officials" (people in numbers named by no one: their
    countries or bodies take part, as for "Israeli troops")."""
    head_lemma = tok.lemma_.lower()
    if head_lemma in GOVERNMENT_NOUNS:
        return [Participant(name, type_, role, tok.i) for name, type_ in parties]
    if head_lemma in _ARMED_GROUPS or first_only:
        return []
    return [Participant(name, type_, "other", tok.i) for name, type_ in parties]


def _acronym_country(tok, resolver: ActorResolver) -> str | None:
    """ "the DPRK government" after "the Democratic People's Republic of Korea (DPRK)": a country
    the document names in full, then by an acronym before a body's noun (no nationality word)."""
    for c in tok.lefts:
        if c.pos_ == "PROPN" and c.dep_ == "compound" and ACRONYM.match(c.text):
            found = resolver.entity_actor(c) or resolver.lookup(c.text)
            if found is not None and found[1] == "GPE":
                return country_name(found[0])
    return None


def _unnamed_person(tok, type_: str) -> bool:
    """A title in the plural or after "a": "American military leaders", "a senior official"; a
    function no one holds as an office, that the text names no one by ("the wounded Israeli
    officer", "the French lawyer"): unlike "the Russian president", no one's title to find them by
    in another article."""
    if type_ != "PERSON":
        return False
    if tok.tag_ == "NNS" or any(c.lower_ in ("a", "an") for c in tok.lefts):
        return True
    return tok.lower_ not in PERSON_TITLES and tok.lemma_.lower() not in PERSON_TITLES


# Nouns for who governs a country: "his government" is the country of the office he holds.
_GOVERNING = frozenset({"government", "administration", "cabinet"})
# Nouns for the country itself: "his country will send troops" is the country of the office he
# holds too, when it does or undergoes the deed ("returned to his country" is a place).
_HOMELAND = frozenset({"country", "nation"})


def _persons_body(tok, resolver: ActorResolver, sent_index: int) -> tuple[str, str] | None:
    """ "his company", "her party", "Moore's firm" (a business, party or team noun with its owner
    alone before it): the one organisation the text titles that person with ("John Moore, chief
    executive of Nordic Steel"; "Labor party leader Kevin Dunn"), or None; "his government": the
    country of the office the text titles that person with."""
    governing = tok.lemma_.lower() in _GOVERNING or _homeland_subject(tok)
    if tok.tag_ != "NN" or tok.lemma_.lower() not in COMPANY_NOUNS and not governing:
        return None
    lefts = list(tok.lefts)
    if len(lefts) != 1 or lefts[0].dep_ != "poss":
        return None
    owner = lefts[0]
    if owner.lower_ in ("his", "her"):
        person = resolver.resolve_pronoun(owner, sent_index)
    else:
        person = resolver.entity_actor(owner)
    if person is None or person[1] != "PERSON":
        return None
    if governing:
        # "He said his government would provide aid", "Merkel's government will cut spending": the
        # country the text titles that person with an office of ("Italian Prime Minister Prodi")
        country = resolver.country_of(person[0])
        if country is None:
            return None
        resolver.register(country, "GPE", country)
        return country, "GPE"
    body = resolver.organisation_of(person[0])
    if body is None or body[1] != "ORG":
        return None
    if tok.lemma_.lower() == "party" and "party" not in body[0].lower():
        return None  # "OPEC's president and his party arrived": those who travel with him
    return body


def _homeland_subject(tok) -> bool:
    """ "his country" as its verb's subject ("Mubarak said his country would send aid", "her
    country was hit"): the country a person's office is of does the deed; not "returned to his
    country" (a place) nor "his country's economy" (what the country has)."""
    return tok.lemma_.lower() in _HOMELAND and tok.dep_ in ("nsubj", "nsubjpass")


def _described_owner(child, resolver: ActorResolver, sent_index: int) -> tuple[str, str] | None:
    """ "the company's", "the drug maker's": the organisation a possessive description stands for."""
    if child.pos_ != "NOUN" or child.lemma_.lower() not in COMPANY_NOUNS:
        return None
    found = resolver.resolve_definite(child, sent_index)
    if found is None or found[1] in PLACE_LABELS or found[1] == "PERSON":
        return None
    return found


def _by_modifier(tok, role: str, resolver: ActorResolver, sent_index: int) -> list[Participant]:
    """An establishment ("the iTunes store", with its owner) or a named modifier standing for the
    phrase ("Apple CEO", "the Tass news agency")."""
    body = _persons_body(tok, resolver, sent_index)
    if body is not None:  # "his company will open a plant": the company the text titles him with
        return [Participant(body[0], body[1], role, tok.i)]
    candidates = [
        (child, resolver.entity_actor(child) or _defined_acronym(child, resolver))
        for child in tok.lefts
        if child.dep_ in ("poss", "compound", "nmod")
        and (resolver.entity_actor(child) is not None or _defined_acronym(child, resolver) is not None)
    ]
    if not candidates and tok.tag_ == "NNS" and tok.lower_ in ("shares", "stocks"):
        # "Westpac shares fell": a company the tagger left untagged here, known by name elsewhere
        candidates = [
            (child, known)
            for child in tok.lefts
            if child.dep_ == "compound"
            and child.tag_ == "NNP"
            and (known := resolver.lookup(child.text)) is not None
            and known[1] not in _PLACE_OR_NORP
        ]
    candidates += [
        (child, described)
        for child in tok.lefts
        if child.dep_ == "poss"
        and (described := _described_owner(child, resolver, sent_index)) is not None
        and all(c is not child for c, _ in candidates)
    ]  # "The drug maker's stock was down": the company told of before
    modifiers = [
        (child, actor)
        for child, actor in candidates
        if actor is not None
        and (actor[1] not in PLACE_LABELS or _country_of_subject(tok, child, actor[0], actor[1]))
        and (actor[1] != "NORP" or is_political_group(actor[0]))
    ]  # "Apple CEO", "Vietnam's exports rose" (a country's; a city's is where: "Kabul's airport")
    if modifiers and _patrons_or_players(tok, modifiers):
        return []
    if any(actor[1] not in PLACE_LABELS for _, actor in modifiers):
        # "Russia's Interfax news agency": the agency's own name says who, not its country
        modifiers = [(child, actor) for child, actor in modifiers if actor[1] not in PLACE_LABELS]
    establishment = establishment_name(tok, resolver)
    if establishment is not None:
        # "the iTunes store" is a name; its owner takes part too
        resolver.note_thing(sent_index, tok.i, establishment[0])
        found = [Participant(establishment[0], establishment[1], role, tok.i)]
        if tok.lemma_.lower() in _MARKET_HEADS:
            return found  # "the Standard & Poor's 500 index": its owner's name is the index's, no one more
        found += [
            Participant(actor[0], actor[1], "other", child.i) for child, actor in modifiers if child.dep_ == "poss"
        ]
        return found
    for _, actor in modifiers[:1]:  # "the report" after "the IOBE report" is IOBE's
        if actor[1] not in PLACE_LABELS:
            resolver.note_described(tok, actor)
    if not modifiers:
        led = _led_by(tok, resolver) if tok.dep_ in ("nsubj", "nsubjpass") else []
        if led:  # "A delegation led by Foreign Minister Taro Aso arrived"
            return [Participant(name, type_, role, tok.i) for name, type_ in led]
        whose = _whose(tok, resolver, sent_index) or _its_body(tok, resolver, sent_index)
        if whose:  # "Israel, whose troops entered Gaza", "X said its troops had killed"
            return [Participant(p.name, p.type, role, tok.i) for p in whose]
        pair = _pair_of(tok, resolver, sent_index) if tok.dep_ in ("nsubj", "nsubjpass") else []
        if pair:  # "The share prices of both banks soared", "trade between the two countries grew"
            return [Participant(name, type_, role, tok.i) for name, type_ in pair]
        owner = _owner_of_part(tok, resolver, sent_index)
        if owner:  # "Its shares fell", "her forehand error allowed", "the temple's fame grew"
            return [Participant(p.name, p.type, role, tok.i) for p in owner]
    if not modifiers and tok.lemma_.lower() in OCCASIONS:
        # "the summit of the SAARC was held": who the occasion is of takes part in it
        of = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in children_with(c, ("pobj",))]
        hits = [(p, resolver.entity_actor(p)) for p in of]
        modifiers = [(p, hit) for p, hit in hits if hit is not None and hit[1] not in _PLACE_OR_NORP]
    if (
        modifiers
        and modifiers[0][0].dep_ == "poss"
        and tok.lemma_.lower() in _SERVING
        and modifiers[0][1][1] == "PERSON"
    ):
        return []  # "Osama bin Laden's top deputy urged ...": the deputy acts, not bin Laden
    return [
        Participant(name, type_, role, child.i)
        for child, actor in modifiers[:1]
        for name, type_ in _joint_names(actor, resolver)
    ]


def _patrons_or_players(tok, modifiers) -> bool:
    """Do the names before ``tok`` only tell whom its people use, hold or follow ("Microsoft
    shareholders approved", "Chelsea fans clashed": they act, not what they hold), or the club its
    player plays for ("Blackburn's South African forward said": he speaks for himself, not for his
    club; a country's players are its side: "Vietnam's players got a sweeping victory")?"""
    lemma = tok.lemma_.lower()
    return lemma in _PATRONS or lemma in _PLAYERS and all(actor[1] == "ORG" for _, actor in modifiers)


# A side's players, whom the side's name before them does not stand for ("the Chelsea striker").
_PLAYERS = frozenset("player striker forward midfielder defender goalkeeper keeper winger".split())
# People named by what they use, hold, follow or sell, not by a body they act for: the name before
# them ("iPod users", "Toyota dealers", "Microsoft shareholders") takes no part in what they do.
_PATRONS = frozenset(
    "user customer client consumer subscriber fan shareholder stockholder investor holder owner "
    "viewer reader listener buyer passenger dealer motorist".split()
)


def _listed_before_patrons(tok) -> bool:
    """ "iPod and iPhone users complained": the parser made the first name the subject and the
    people a conjunct of it; both names describe the users."""
    conj = children_with(tok, ("conj",))
    return (
        tok.dep_ in ("nsubj", "nsubjpass", "dobj")
        and len(conj) == 1
        and conj[0].tag_ == "NNS"
        and conj[0].lemma_.lower() in _PATRONS
        and any(c.pos_ == "PROPN" for c in children_with(conj[0], ("compound", "nmod")))
        and all(c.dep_ in ("cc", "conj", "compound", "det") for c in tok.children)
    )


def _defined_acronym(tok, resolver: ActorResolver) -> tuple[str, str] | None:
    """An acronym the tagger left untagged before a noun ("the AU mission") that names an
    organisation the document names in full ("the African Union (AU)")."""
    if tok.pos_ != "PROPN" or tok.dep_ != "compound" or not ACRONYM.match(tok.text):
        return None
    found = resolver.lookup(tok.text)
    return found if found is not None and found[1] == "ORG" else None


# People who act for, or are kin of, the person who owns the noun: the owner is not who acts.
_SERVING = frozenset(
    "deputy spokesman spokeswoman aide adviser advisor envoy assistant secretary lawyer attorney "
    "bodyguard driver son daughter wife husband brother sister father mother nephew cousin "
    "successor predecessor rival opponent follower supporter ally coach mentor trainer manager agent "
    "teammate colleague partner widow widower niece uncle aunt grandson granddaughter".split()
)


def _country_of_subject(noun, child, name: str, label: str = "GPE") -> bool:
    """ "Vietnam's exports rose", "Turkey's accession talks were suspended": the country whose
    thing is the subject does or undergoes it (not a topic: "discussed Iran's nuclear standoff");
    so does a city's or a province's trade ("Shanghai's imports declined": its figures, GUIDELINES
    section 4, as the gold lists Shanghai; "Kabul's airport" stays where)."""
    return (
        child.dep_ == "poss"
        and noun.dep_ in ("nsubj", "nsubjpass")
        and not is_speech(noun.head)  # "China's integration ..., said the statement": a parse gone wrong
        and (country_name(name) is not None or (label == "GPE" and noun.lemma_.lower() in _A_PLACES_TRADE))
        # "Mali's ruling party won", "Chile's voters rejected": its people or parties, no one named,
        # not the country acting (GUIDELINES section 4)
        and noun.lemma_.lower() not in _A_COUNTRYS_PEOPLE
    )


# A place's trade and economy, whose figures are the place's own: "Shanghai's exports rose".
_A_PLACES_TRADE = frozenset("import export trade economy gdp output turnover".split())


# People and parties of a country, not its government: "Kenya's opposition parties", "Peru's farmers".
_A_COUNTRYS_PEOPLE = frozenset(
    "party opposition voter people citizen resident worker farmer student supporter protester "
    "demonstrator villager fan".split()
)


def _led_by(noun, resolver: ActorResolver) -> list[tuple[str, str]]:
    """Who is named after "led by", "headed by" (any participle and "by") that describes an
    unnamed group or thing: "a delegation led by X", "a bomb planted by X", "the proposal, made
    by France and Germany,"."""
    heads = [
        p
        for c in noun.children
        if c.dep_ == "acl" and c.tag_ == "VBN"
        for a in c.children
        if a.dep_ == "agent"
        for p in a.children
        if p.dep_ == "pobj"
    ]
    found = [resolver.entity_actor(t) for t, _ in _with_coordinated(noun.doc, [(p, "agent") for p in heads])]
    return list(dict.fromkeys(f for f in found if f is not None and f[1] not in PLACE_LABELS))


# Plural nouns for the armed men or the war machines a body sends ("its fighters", "their jets"):
# what they do, the body does, as with "its troops".
_ARMED_MEANS = frozenset(
    "soldiers fighters men gunmen militiamen guerrillas commandos troopers units "
    "jets warplanes planes helicopters warships".split()
)


# Plural nouns of the people a body acts through, besides its armed ones: "its engineers repaired
# the pipeline", "its officials met the lenders" (the body did it, GUIDELINES section 4).
_BODY_STAFF = frozenset(
    "officials employees workers engineers officers members experts investigators inspectors "
    "scientists researchers representatives delegates diplomats negotiators lawyers technicians".split()
)


def _its_body(noun, resolver: ActorResolver, sent_index: int) -> list[Participant]:
    """ "Sri Lanka's military said its troops had killed 20 rebels": the troops, forces, police,
    fighters or jets of the body "its"/"their" stands for (the one who says it, or the one in
    sight); its staff when they do the deed ("Chevron said its engineers had repaired it")."""
    staff = noun.lemma_.lower() not in ORG_HEADS and noun.lower_ not in ORG_HEADS and noun.lower_ not in _ARMED_MEANS
    if staff and (noun.lower_ not in _BODY_STAFF or not _doer_phrase(noun)):
        return []
    owner = next((c for c in children_with(noun, ("poss",)) if c.lower_ in ("its", "their")), None)
    if owner is None or staff and owner.lower_ != "its":
        return []  # (a body's staff by "its" only: "Smith said their lawyers had filed" names no body)
    verb = _saying_above(noun) if noun.dep_ in ("nsubj", "nsubjpass") else None
    if verb is not None:
        speakers = children_with(verb, ("nsubj",))
        if len(speakers) == 1:
            found = resolve_argument(speakers[0], "agent", resolver, sent_index, first_only=True)
            if owner.lower_ == "its" and not found:
                # "A spokesman for the Front said its forces had ...": no one named says it, and
                # "its" is no person; it is the body the unnamed speaker speaks for
                body = _body_spoken_for(speakers[0], resolver)
                return [Participant(body[0], body[1], "agent", owner.i)] if body is not None else []
            if owner.lower_ != "its" or not found or found[0].type != "PERSON":
                return found
            # "X, spokesman of the Front, said its forces had ...": "its" is no person; it is the
            # body the speaker is titled by, else nobody told
            body = resolver.organisation_of(found[0].name)
            return [Participant(body[0], body[1], "agent", owner.i)] if body is not None else []
    if owner.lower_ == "its":
        ante = resolver.resolve_pronoun(owner, sent_index)
        if ante is not None and ante[1] != "PERSON":
            return [Participant(ante[0], ante[1], "agent", owner.i)]
    return []


def _doer_phrase(noun) -> bool:
    """Is ``noun`` its verb's active subject or its passive's "by" phrase (who does the deed)?"""
    if noun.dep_ == "nsubj":
        return True
    return noun.dep_ == "pobj" and noun.head.dep_ == "agent"


def _body_spoken_for(speaker, resolver: ActorResolver) -> tuple[str, str] | None:
    """The one body or country an unnamed speaker is told to serve ("a spokesman for the Front",
    "an official of the ministry", "a Front spokesman"), or None."""
    if speaker.pos_ != "NOUN" or speaker.lemma_.lower() not in _UNNAMED_SPEAKERS:
        return None
    found = {
        a
        for c in speaker.children
        for x in ([c] if c.dep_ == "compound" else [p for p in c.children if p.dep_ == "pobj"])
        if c.dep_ == "compound" or c.dep_ == "prep" and c.lower_ in ("for", "of")
        if (a := resolver.entity_actor(x)) is not None and a[1] in ("ORG", "GPE")
    }
    return found.pop() if len(found) == 1 else None


def _pair_of(noun, resolver: ActorResolver, sent_index: int) -> list[tuple[str, str]]:
    """The pair told before that a subject's "of" or "between" phrase names as "both banks" or
    "the two countries"; [] when none."""
    for prep in children_with(noun, ("prep",)):
        if prep.lower_ not in ("of", "between"):
            continue
        for obj in children_with(prep, ("pobj",)):
            if obj.tag_ == "NNS":
                group = resolver.resolve_group(obj, sent_index)
                if group:
                    return group
    return []


# Nouns for people or bodies of people: "his wife said", "its troops fired", "their supporters
# rallied" tell of someone else than the owner, who is no participant.
_PEOPLE_NOUNS = PEOPLE_NOUNS | _SERVING | _DESCRIBED_PEOPLE | _UNNAMED_SPEAKERS | _PEOPLE_BODIES
_OWNER_PRONOUNS = frozenset({"his", "her", "its", "their"})


def owned_part(noun) -> bool:
    """Is the subject ``noun`` something its owner has, is or does ("its shares", "his fever",
    "her victory"), which its owner takes part through, rather than people or a body ("his wife",
    "its troops", "their supporters")?"""
    if noun.dep_ not in ("nsubj", "nsubjpass") or noun.pos_ != "NOUN":
        return False
    lemma = noun.lemma_.lower()
    if lemma in _PEOPLE_NOUNS or noun.lower_ in _PEOPLE_NOUNS or lemma.endswith(("ist", "ian", "ee")):
        return False
    return not (noun.tag_ == "NNS" and noun.lower_.endswith(_PEOPLE_PLURALS))  # "his followers": people


def _owner_of_part(noun, resolver: ActorResolver, sent_index: int) -> list[Participant]:
    """ "Its shares fell", "his fever disappeared", "the temple's fame grew": the subject is a part,
    attribute or doing of its owner, a pronoun or a description ("the temple") standing for an actor
    told before, who takes part (GUIDELINES section 4: "Pfizer's stock was down" lists Pfizer); not
    when the subject names people or a body ("his wife said", "its troops fired")."""
    if noun.dep_ == "dobj":
        return _owner_of_object(noun, resolver, sent_index)
    if not owned_part(noun):
        return []
    owner = first_child(noun, ("poss",))
    if owner is None:
        return []
    if owner.tag_ == "PRP$":
        if owner.lower_ not in _OWNER_PRONOUNS:
            return []
    elif owner.pos_ != "NOUN" or not any(c.lower_ == "the" for c in owner.lefts):
        return []
    return [p for p in resolve_argument(owner, "agent", resolver, sent_index, first_only=True) if p.type != "NORP"]


_PEOPLE_PLURALS = ("ers", "ors", "ists", "ians", "ees", "ants", "ents")


_NO_ONE_PERSON = frozenset({"they", "them", "their", "we", "us", "our", "it", "its"})


def _the_person_told(noun) -> bool:
    """ "the French foreign minister", "the party leader": one person the text told of before, by
    "the" and a person's noun (not "a customs official", "experts")."""
    lemma = noun.lemma_.lower()
    return (
        noun.tag_ == "NN"
        and (lemma in ROLE_HEADS or lemma in _SERVING or lemma in _DESCRIBED_PEOPLE or lemma in _UNNAMED_SPEAKERS)
        and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.lefts)
    )


def _subject_may_own(verb) -> bool:
    """Does the subject of ``verb`` (or of the verb it hangs on: "is due to present") name or
    point at someone told before, who may be the owner "his" or "her" tells of ("Mehlis presented
    his report", "her trip was to show her support", "the minister expressed his understanding")?
    A subject of common nouns or "they" is no owner ("a customs official opened his suitcase",
    "they froze his accounts")."""
    found = False
    for _ in range(4):
        subjects = children_with(verb, ("nsubj", "nsubjpass"))
        if subjects:
            doc = verb.doc
            if any(
                t.pos_ == "PROPN" or t.tag_ in ("PRP", "PRP$") and t.lower_ not in _NO_ONE_PERSON
                for subject in subjects
                for t in doc[subject.left_edge.i : subject.right_edge.i + 1]
            ) or any(_the_person_told(subject) for subject in subjects):
                return True
            found = True
            if verb.dep_ != "ccomp" or not is_speech(verb.head):
                return False
            # "Lind complains that the county closed her road": the speaker's own, a source already
        elif verb.dep_ not in ("xcomp", "conj", "advcl"):
            return not found  # no subject found: whose the thing is stays unknown
        if verb.head.i == verb.i:
            return not found
        verb = verb.head
    return True


def _owner_of_object(noun, resolver: ActorResolver, sent_index: int) -> list[Participant]:
    """ "Police searched his house", "agents intercepted her calls": the person whose thing the
    object is undergoes the happening through it, as a named owner does ("searched Kamau's house"
    lists Kamau); only "his" or "her" told of someone other than the subject, and not people
    ("arrested his brother": the brother is who undergoes it)."""
    owner = first_child(noun, ("poss",))
    if owner is None or owner.lower_ not in ("his", "her") or noun.pos_ != "NOUN":
        return []
    lemma = noun.lemma_.lower()
    if lemma in _PEOPLE_NOUNS or noun.lower_ in _PEOPLE_NOUNS or lemma.endswith(("ist", "ian", "ee")):
        return []
    if noun.tag_ == "NNS" and noun.lower_.endswith(_PEOPLE_PLURALS):
        return []
    if _subject_may_own(noun.head):
        return []  # "he lost his engine", "Mehlis is due to present his report": his own, already told
    return [p for p in resolve_argument(owner, "patient", resolver, sent_index, first_only=True) if p.type == "PERSON"]


def _whose(noun, resolver: ActorResolver, sent_index: int) -> list[Participant]:
    """ "Israel, whose troops entered Gaza": the noun "whose" is said of."""
    antecedent = _whose_antecedent(noun)
    if antecedent is None:
        return []
    return resolve_argument(antecedent, "agent", resolver, sent_index, first_only=True)


def _whose_antecedent(noun):
    """The noun a "whose" owning ``noun`` is said of ("Israel, whose troops entered Gaza": Israel;
    "Bush, whose visit to China begins Monday": Bush), when ``noun`` is an argument of the relative
    clause's verb; else None."""
    t = tables(noun.doc)
    deps, tags = t.deps, t.tags  # no Token for the children
    if not any(deps[c] == "poss" and tags[c] == "WP$" for c in t.children[noun.i]):
        return None
    rel = noun.head
    if rel.dep_ != "relcl":
        return None
    antecedent = rel.head
    if antecedent.i == rel.i or antecedent.pos_ not in ("PROPN", "NOUN"):
        return None
    if (
        antecedent.ent_type_ in PLACE_LABELS
        and antecedent.dep_ == "pobj"
        and antecedent.head.lower_ in _WHERE_FROM
        and antecedent.head.head.pos_ in ("NOUN", "PROPN")
    ):
        # "The teacher in Hunan Province, whose illness was diagnosed": the parser hangs the clause on
        # the place the noun is in or from; "whose" is the noun's (a place has no illness, no son)
        antecedent = antecedent.head.head
    return antecedent


_WHERE_FROM = frozenset({"in", "from", "at", "near"})


_RENAME_VERBS = frozenset({"rename", "rebrand", "retitle"})


def renaming(trigger, resolver: ActorResolver, sent_index: int) -> tuple[str, str] | None:
    """(old name, new name) of an actor renamed by this trigger: "The store was renamed to iTunes
    Store", "Apple renamed the store as iTunes Store", "the company changed its name to Apple Inc."."""
    lemma = trigger.lemma_.lower()
    if lemma not in _RENAME_VERBS and lemma != "change":
        return None  # (most triggers: no Token made for their children)
    children = list(trigger.children)
    if lemma in _RENAME_VERBS:
        olds = [c for c in children if c.dep_ in ("nsubjpass", "dobj")]
    elif lemma == "change":
        olds = [p for c in children if c.dep_ == "dobj" and c.lemma_.lower() == "name" for p in c.children]
        olds = [p for p in olds if p.dep_ == "poss"]
    else:
        return None
    news = [p for c in children if c.dep_ == "prep" and c.lower_ in ("to", "as", "into") for p in c.children]
    news += [c for c in children if c.dep_ in ("oprd", "attr")]
    news = [p for p in news if p.dep_ in ("pobj", "oprd", "attr")]
    if len(olds) != 1 or len(news) != 1:
        return None
    old = first_actor(olds[0], "patient", resolver, sent_index)
    new = resolver.entity_actor(news[0])
    if new is None and news[0].pos_ == "PROPN":
        new = untagged_name(news[0], resolver)
    if old is None or new is None or old.name == new[0]:
        return None
    return old.name, new[0]


def _glued_to_number(doc, i: int) -> bool:
    """ "G" in "3G", which the tokenizer splits off its number."""
    return i > 0 and not doc[i - 1].whitespace_ and doc[i - 1].like_num and doc[i].is_alpha and len(doc[i]) <= 3


def _establishment_noun(tok) -> bool:
    """A singular common noun an establishment's name may end in ("store", "index", "hospital")."""
    return tok.pos_ == "NOUN" and tok.tag_ == "NN" and tok.lemma_.lower() in NAMEABLE_HEADS


def establishment_name(tok, resolver: ActorResolver) -> tuple[str, str] | None:
    """ "the iTunes store", "Apple's App Store": a proper name and an establishment noun make a name."""
    if not _establishment_noun(tok):
        return None
    if any(c.lower_ in ("a", "an") for c in tok.lefts):
        return None  # "admitted to a Dallas hospital": one of many, no name
    market = tok.lemma_.lower() in _MARKET_HEADS
    names = [
        c
        for c in tok.lefts
        if (c.dep_ in ("compound", "nmod") or market and c.dep_ == "poss")
        and (c.pos_ == "PROPN" or resolver.entity_actor(c))
        and not is_time_word(c)
    ]
    if not names:
        return None
    # the name ends right before the noun, or its model number does: "the S&P 500 index"; an
    # index's name may own it or be followed by market words ("Standard and Poor's 500 index",
    # "the Nikkei stock average")
    end = (names[-1].right_edge.i if market else names[-1].i) + 1
    while market and end < tok.i and tok.doc[end].lower_ in _MARKET_WORDS:
        end += 1
    if designator_end(tok.doc, end) != tok.i and end != tok.i:
        return None
    span = resolver.entity_span(names[0])
    first = min(([span.start] if span is not None else []) + [c.left_edge.i for c in names])
    name = clean_name(tok.doc[first : tok.i + 1].text)
    known = resolver.lookup(name)
    name, type_ = known if known is not None else (name, "ORG")
    resolver.register(name, type_, name)
    return name, type_


# A market index's head nouns, and the words between its name and them.
_MARKET_HEADS = frozenset({"index", "average", "composite"})
_MARKET_WORDS = frozenset({"stock", "stocks", "share", "shares", "price", "market", "industrial", "composite"})


# Head words of bodies whose name goes on with an "of" or "for" phrase ("Center for Disease Control").
_BODY_NAME_HEADS = ORG_WORDS | frozenset(
    "center centre organization organisation board bureau authority academy society commission agency "
    "institution corporation council".split()
)
_NAME_JOINERS = frozenset({"of", "for", "and", "the", "&"})


def _name_of_phrase(doc, i: int) -> list:
    """The "of"/"for" phrase of capitalised words that goes on a body's untagged name from token
    ``i`` ("for Disease Control and Prevention"): [] when none; it stops at a word in lower case,
    a place, a person or a date the tagger named ("the Ministry of Health of Kenya": "of Health")."""
    if i >= len(doc) or doc[i].lower_ not in ("of", "for"):
        return []
    end = doc[i].sent.end
    words: list = []
    j = i
    while j < end:
        t = doc[j]
        if t.lower_ in _NAME_JOINERS and not (t.lower_ == "the" and not words):
            words.append(t)
        elif t.is_alpha and t.text[:1].isupper() and t.ent_type_ in ("", "ORG") and t.pos_ == "PROPN":
            words.append(t)
        else:
            break
        j += 1
    while words and words[-1].lower_ in _NAME_JOINERS:
        words.pop()
    if not any(t.lower_ not in _NAME_JOINERS for t in words):
        return []
    return words


# Words that may describe the side beaten between the verb and its name: "edged struggling Treviso",
# "beat defending champions Gamba Osaka", "beat 10-man Udinese", "beat South Korean Huh Jang-kyu".
_DESCRIBING_POS = frozenset({"ADJ", "NOUN", "NUM", "DET", "PUNCT", "SYM"})


def _side_beaten_after(t, trigger, args: list[tuple[Any, str]]) -> list[tuple[Any, str]]:
    """The side beaten, when the verb of winning over someone has no name nor pronoun among its
    patients ("Fiorentina edged struggling Treviso 1-0": the parser made "Treviso" the object of
    "struggling", "0" the verb's): the name right after the verb, past words that describe it."""
    if any(role == "patient" and t.pos[tok.i] in ("PROPN", "PRON") for tok, role in args):
        return []
    if t.pos[trigger.i] != "VERB" or trigger.lemma_.lower() not in _BEATING:
        return []
    beaten = _name_after_describing_words(t, trigger.i)
    return [] if beaten is None else [(trigger.doc[beaten], "patient")]


def _name_after_describing_words(t, ti: int) -> int | None:
    """The last word of the name right after token ``ti``, past words that only describe it; None
    when a word of another kind comes first, or the name only describes what follows."""
    n = len(t.pos)
    for j in range(ti + 1, min(n, ti + 7)):
        pos, ent = t.pos[j], t.ents[j]
        if pos == "PROPN" and ent and ent != "NORP":
            while j + 1 < n and t.pos[j + 1] == "PROPN" and t.ents[j + 1] == ent:
                j += 1
            # the name heads its phrase: not "stunned the Washington political establishment",
            # "routed a US-backed alliance"
            after = j + 1 < n and (t.pos[j + 1] in ("NOUN", "ADJ", "PROPN") or t.text[t.idx[j + 1]] in "-–")
            return None if after or t.deps[j] in ("compound", "amod", "nmod", "poss") else j
        describes = pos in _DESCRIBING_POS or ent == "NORP" or t.tags[j] in ("VBG", "VBN")
        if not describes or pos == "PUNCT" and t.text[t.idx[j] : t.ends[j]] not in ("-", "–"):
            return None
    return None


def _beaten_by_score(doc, trigger, c: int) -> bool:
    """ "Arsenal beat Chelsea 2-1": the side beaten, which the parser hung on the verb as a noun
    phrase of measure ("Chelsea 2", the score's first number its modifier); the score after the name
    tells it is the opponent."""
    return (
        trigger.lemma_.lower() in _BEATING
        and doc[c].pos_ == "PROPN"
        and c > trigger.i
        and c + 1 < len(doc)
        and _score_after(doc, doc[c + 1])
    )


def _score_after(doc, tok) -> bool:
    """ "beat Lindsay Davenport 7-6": a number glued to a dash and another number is a score, no part
    of the name before it."""
    i = tok.i
    return (
        tok.pos_ == "NUM"
        and i + 2 < len(doc)
        and not tok.whitespace_
        and doc[i + 1].text in ("-", "–")
        and not doc[i + 1].whitespace_
        and doc[i + 2].text[:1].isdecimal()
    )


def _unnamed_owner_word(owner, resolver: ActorResolver) -> bool:
    """Is ``owner`` (before "'s") one capitalised proper noun, not a sentence's first word, that names
    no actor, place or date of its own ("Heaven" in "Heaven's Gate"; not "Britain", "Obama")?"""
    return (
        owner.pos_ == "PROPN"
        and owner.is_title
        and not owner.is_sent_start
        and not owner.ent_type_
        and resolver.entity_actor(owner) is None
        and resolver.lookup(owner.text) is None
        and not is_date_word(owner)
        and not (owner.i > 0 and owner.nbor(-1).pos_ == "PROPN")
    )


def _title_before_name(chain: list) -> int:
    """How many words of an untagged compound chain are a title before a person's two- or
    three-word name ("Vice Premier Hui Liangyu"): title words up to an office, then capitalised
    words none of which is a title; 0 when it is not so."""
    for n, t in enumerate(chain[:-2]):
        word = t.lower_
        if word in ROLE_HEADS:
            rest = chain[n + 1 :]
            if len(rest) <= 3 and all(
                r.is_title and r.lower_ not in ROLE_HEADS and r.lower_ not in TITLE_WORDS for r in rest
            ):
                return n + 1
            return 0
        if word not in TITLE_WORDS:
            return 0
    return 0


def _speaker_of_a_lone_surname(chain: list, resolver: ActorResolver) -> bool:
    """Is an untagged name of two or three capitalised words, the subject of a verb of speech, the
    full name of a one-word actor the tagger took for a place, a people or a thing (no place the
    gazetteer knows): "Didymus Mutasa said", with "said Mutasa" tagged a place?"""
    tok = chain[-1]
    if not 2 <= len(chain) <= 3 or tok.dep_ != "nsubj" or not is_speech(tok.head):
        return False
    if not all(t.is_title and t.is_alpha and t.lower_ not in ORG_WORDS | ROLE_HEADS | TITLE_WORDS for t in chain):
        return False
    lone = resolver.actors.get(tok.text)
    return (
        lone is not None
        and lone.type in ("GPE", "LOC", "NORP", "MISC")
        and not is_place(tok.text)
        and country_name(tok.text) is None
        and country_for_adjective(tok.text) is None
    )


def _known_name_going_on(doc, chain: list, name: str, resolver: ActorResolver) -> str:
    """The longer name the document gives a body, written out here from the untagged words on
    through its "of", "for" or "on" phrase ("The Front for the Renewal of Ruritania (FRR) said",
    the tagger naming only "Ruritania"): that name, not its first words ("Front"); else ``name``."""
    last = chain[-1].i + 1
    if last >= len(doc) or doc[last].lower_ not in ("of", "for", "on"):
        return name
    text, at = doc_text(doc), chain[0].idx
    longer = [
        known
        for known in resolver.actors
        if len(known) > len(name)
        and text.startswith(known, at)
        and known[len(name) : len(name) + 1] == " "
        and known.startswith(name)
        and known[len(name) + 1 :].split(" ", 1)[0] in ("of", "for", "on")
    ]
    return max(longer, key=len) if longer else name


def _number_of_an_index(doc, left, tok) -> bool:
    """ "Nasdaq 100 Index", "FTSE 100 Index": a number the parser hangs on the name word before it,
    that word hanging on the index's word."""
    return (
        tok.text == "Index"
        and left.pos_ == "NUM"
        and left.dep_ == "nummod"
        and left.i >= 1
        and left.head.i == left.i - 1
        and doc[left.i - 1].pos_ == "PROPN"
        and doc[left.i - 1].head.i == tok.i
    )


def _index_by_its_name(chain: list, name: str, resolver: ActorResolver) -> tuple[str, str] | None:
    """ "The Hang Seng Index fell" untagged, "The Hang Seng had risen" tagged: the index the text
    names without its word, now by its whole name ("The Varnholt had risen" after "the Varnholt
    Index": that index); None when it names none."""
    if chain[-1].text != "Index":
        whole = resolver.actors.get(resolver.canonical(f"{name} Index"))
        return (whole.name, whole.type) if whole is not None and not is_place(name) else None
    if len(chain) < 2:
        return None
    short = resolver.canonical(name[: -len(" Index")])
    info = resolver.actors.get(short)
    if info is None or info.type in ("PERSON", "GPE", "LOC", "NORP", "FAC") or is_place(short):
        return None
    resolver.register(name, "ORG", name)
    return resolver.merge(short, name, keep=name), "ORG"


def _index_told_before(tok, resolver: ActorResolver) -> tuple[str, str] | None:
    """The market index named last before ``tok`` (a capitalised "the Index"); else the one index
    the text names; None when there is none (a lone "Index" is no name)."""
    if tok.i == 0 or tok.doc[tok.i - 1].lower_ != "the":
        return None
    for i in range(tok.i - 1, -1, -1):
        actor = resolver.entity_actor_at(i)
        if actor is not None and actor[0].endswith(" Index"):
            return actor
    indexes = [a for a in resolver.actors.values() if a.name.endswith(" Index")]
    return (indexes[0].name, indexes[0].type) if len(indexes) == 1 else None


def _compound_block(tok, sent_start: int) -> tuple[list, int]:
    """The compound block before an untagged name's head ``tok`` ("Dow Jones Industrial Average",
    "787 Dreamliner", "Nasdaq 100 Index"), and the index of the word before it."""
    doc = tok.doc
    chain = [tok]
    i = tok.i - 1
    while i >= sent_start and (doc[i].pos_ in ("PROPN", "NUM") or _glued_to_number(doc, i)):
        left = doc[i]
        if _number_of_an_index(doc, left, tok):
            chain[:0] = [doc[i - 1], left]  # "the Nasdaq 100 Index": the number hangs on the name before it
            i -= 2
            continue
        if left.dep_ not in ("compound", "nummod", "nmod") or not chain[0].i <= left.head.i <= tok.i:
            break
        if left.lower_ in QUANTITY_WORDS or any_child(left, ("quantmod",)):
            break  # "a million Rwandan Hutus": a count, not a model number
        chain.insert(0, left)
        i -= 1
    return chain, i


def untagged_name(tok, resolver: ActorResolver) -> tuple[str, str] | None:
    """A proper name the model did not tag, as its compound chain ("iPhone 3G"), matched to known actors."""
    doc = tok.doc
    sent_start = sentence_bounds(tok)[0]  # found by a scan of the sentence: once, not at every step
    chain, i = _compound_block(tok, sent_start)
    owner = doc[i - 1] if i > sent_start and doc[i].tag_ == "POS" else None
    chain += [
        c
        for c in tok.rights
        if c.dep_ in ("nummod", "compound")
        and c.pos_ in ("NUM", "PROPN")
        and c.i == chain[-1].i + 1
        and not _score_after(doc, c)
    ]
    chain.sort(key=lambda t: t.i)
    if len(chain) == 1 and tok.text == "Index":
        # "The Index opened higher" after "the benchmark Hang Seng Index": that index, no name
        return _index_told_before(tok, resolver)
    national = False
    while (
        len(chain) > 1 and chain[0].ent_type_ == "NORP" and country_for_adjective(chain[0].text) and chain[0].i < tok.i
    ):
        chain.pop(0)  # "Japanese Takuro Mori won": the man, not his nationality
        national = True
    if len(chain) > 1 and chain[0].is_sent_start and standing_before_name(chain[0]):
        chain.pop(0)  # "Champions Bayern Munich dropped points": the side, not its standing
    title_end = _title_before_name(chain)
    if title_end:  # "Vice Premier Hui Liangyu met": the man, not his office
        del chain[:title_end]
        national = True
    if any(is_date_word(t) for t in chain):
        return None
    if len(chain) == 1 and tok.is_sent_start and tok.lower_ in resolver.lower_words:
        return None  # "Power had been restored": a sentence's first word, written in lower case elsewhere
    if all(t.lower_.replace(".", "") in ROLE_HEADS for t in chain):
        return None  # "Judge", "C.E.O.": a title with no name
    if chain[-1].lower_ in ROLE_HEADS and all(t.lower_ in PORTFOLIO_WORDS | TITLE_WORDS for t in chain[:-1]):
        return None  # "as Interior Minister", "Public Security Minister": a portfolio and a title
    if chain[-1].lower_ in ROLE_HEADS and _person_named_after(doc, chain[-1].i + 1):
        return None  # "JPPM's Managing Director, Paul Muhumuza said": the title of the one named after it
    if not any(t.text[:1].isupper() or any(ch.isupper() for ch in t.text[1:]) for t in chain):
        return None  # "prison van" tagged as a proper noun: a name has a capital letter
    if chain[-1].i == tok.i and tok.lower_ in _BODY_NAME_HEADS and tok.text[:1].isupper():
        chain += _name_of_phrase(doc, tok.i + 1)  # "Chinese Center for Disease Control and Prevention"
    end = designator_end(tok.doc, chain[-1].i + 1)
    designated = end > chain[-1].i + 1 or (
        len(chain) > 1 and designator_end(tok.doc, chain[-2].i + 1) > chain[-2].i + 1
    )
    chain += list(tok.doc[chain[-1].i + 1 : end])
    name = clean_name("".join(t.text_with_ws for t in chain))
    maker = resolver.entity_actor(owner) if owner is not None and is_designator(chain[0].text) else None
    if maker is not None and owner is not None and maker[1] == "ORG":
        name = f"{clean_name(resolver.entity_span(owner).text) if resolver.entity_span(owner) else owner.text} {name}"
        designated = True  # "Boeing's 787 Dreamliner": a bare model number is its maker's
    elif owner is not None and _unnamed_owner_word(owner, resolver):
        # "Heaven's Gate had made two payments": a capitalised word that names no one of its own,
        # set before "'s" and the untagged name, is the name's first part (not "Gate")
        name = f"{owner.text}'s {name}"
    if not name or not any(ch.isalpha() for ch in name) or resolver.common_words_acronym(name):
        return None  # "its initial public offering (IPO)": a thing
    name = _known_name_going_on(doc, chain, name, resolver)
    known = resolver.lookup(name) or _index_by_its_name(chain, name, resolver)
    if known is None and _speaker_of_a_lone_surname(chain, resolver):
        # "... Resettlement Didymus Mutasa said", later "said Mutasa" with "Mutasa" tagged a place:
        # one person, by his full name
        resolver.register(name, "PERSON", name)
        return resolver.merge(chain[-1].text, name, keep=name), "PERSON"
    person = national and 2 <= len(chain) <= 3 and all(t.is_title for t in chain)  # a national's name
    # "The DAX Index rose": a market's index, untagged, is named like a body ("Hang Seng Index")
    kind = "PRODUCT" if designated else "PERSON" if person else "ORG" if chain[-1].text == "Index" else "MISC"
    canon, type_ = known if known is not None else (name, kind)
    resolver.register(canon, type_, name)
    return canon, type_
