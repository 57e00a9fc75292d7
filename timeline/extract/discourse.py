"""Participants a sentence leaves out, taken from the article's earlier telling of the same act.

A passive with no agent ("three human cases had been confirmed") names no doer, but the article
often told the act a little before with its doer. When the later telling stays a row of its own
(it was not joined to the earlier one as a repeat), it takes the doer of the nearest earlier row

* that tells the same verb done to the same kind of thing (the head noun of what was acted on),
  at most :data:`REACH` sentences before: "the Ministry of Health confirmed two human cases on
  Wednesday" ... "the ministry said three human cases had been confirmed"; or
* whose verb acted on the thing the passive names with "the" (its object, its passive subject, a
  noun under a preposition of either), at most :data:`THING_REACH` sentences before: "The cabinet
  approved a bill" ... "The bill was sent to parliament"; "deployed an exploratory oil rig" ...
  "The Kantan III rig was finally withdrawn"; not the speaker of the passive's own sentence
  ("the government was implementing the law" wrongly given to its speaker ... "The law would be
  enforced, Nkandu said"), nor one who only found or reported the thing ("the Task Force found
  23 mines" ... "The mines had been planted"), nor when the passive says it is another of the
  thing ("assigned everyone a job" ... "The last guaranteed job was axed").

A row with no named party at all that tells a happening again as "the <event noun>" (its trigger,
or its verb's subject: "The talks collapsed on Wednesday", "The meeting was cut short") takes the
parties of the nearest earlier row, at most :data:`HAPPENING_REACH` sentences before, that told
that happening: by the same word or its verb ("met" ... "the meeting", by :func:`stems.stem`), or
by the event noun a verb of doing it took as object ("held talks", "launched an offensive",
"signed an agreement"). Not a noun that says it is another one ("the next meeting") or whose it is
("the Israeli offensive"); and an earlier event noun counts only when it names its own parties
("talks between X and Y", "Israel's offensive"): in "Hu extolled the coming summit" Hu is the
extolling's, not the summit's.

Nouns are compared with their number ("its manifesto" ... "the manifestos of the old parties" are
others'); "people", "person", "one", "other", "thing", which any toll or happening counts ("the
virus has killed 63 people" ... "220,000 people were killed after the tsunami"), tie nothing.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from timeline.extract.lexicon import EVENT_NOUNS
from timeline.extract.stems import WEAK_STEMS, stem
from timeline.extract.triggers import SUPPORT_VERBS
from timeline.model import ActorRef, Event
from timeline.nlp.doctables import any_child, children_with, first_child, tables

# Sentences back the earlier telling of the act is looked for: of the same verb, of another verb.
REACH = 6
THING_REACH = 3
# Sentences back a happening told again as "the talks" is looked for.
HAPPENING_REACH = 6

# Verbs that come upon a thing without doing anything to it: who found the mines did not plant them.
_FINDING = frozenset("find discover uncover detect spot see notice report".split())
# Words that tell another of a thing than the one told before.
_ANOTHER = frozenset("last first next second third other another latest previous final former".split())

# Verbs whose doer is a party of the happening its object names: "held talks", "launched an
# offensive", "signed an agreement", "attended the summit" (not "praised the summit").
_DOING_IT = SUPPORT_VERBS | frozenset("sign reach conclude attend".split())

# Things acted on that any happening of the verb has: no tie between two tellings.
_ANYONE = frozenset({"people", "person", "one", "other", "thing"})


def agents_told_before(events: Sequence[Event], doc) -> list[Event]:
    """The article's rows (in text order), each agentless passive row given the agents of the
    nearest earlier row that tells the same act or acted on the thing it names (module doc)."""
    starts = tables(doc).idx
    told: dict[tuple[str, str], list[tuple[int, tuple[ActorRef, ...]]]] = {}
    happenings: dict[str, list[tuple[int, tuple[ActorRef, ...]]]] = {}
    out: list[Event] = []
    for event in events:
        agents = tuple(a for a in event.actors if a.role == "agent")
        parties = tuple(a for a in event.actors if a.role != "source")
        for m in event.mentions:
            at = bisect_left(starts, m.start)
            if at >= len(starts) or starts[at] != m.start:
                continue
            verb = doc[at]
            key = _act_key(verb)
            for word in _happenings_told(verb) if parties else ():
                happenings.setdefault(word, []).append((m.sentence, parties))
            if agents:
                for k in _keys_told(verb, key):
                    told.setdefault(k, []).append((m.sentence, agents))
            elif _agentless_passive(verb):
                doers = _nearest_before(told.get(key, []), m.sentence) if key else ()
                bridge = _definite_subject(verb)
                if not doers and bridge:
                    speakers = {a.name for a in event.actors if a.role == "source"}
                    doers = _nearest_before(told.get(("", bridge), []), m.sentence, THING_REACH)
                    doers = () if any(a.name in speakers for a in doers) else doers
                if doers:
                    event = replace(event, actors=(*doers, *event.actors))
                    break
        if not parties and event.actors == tuple(a for a in event.actors if a.role == "source"):
            event = _told_again(event, happenings, starts, doc)
        out.append(event)
    return out


def _told_again(
    event: Event, happenings: dict[str, list[tuple[int, tuple[ActorRef, ...]]]], starts: Any, doc: Any
) -> Event:
    """A row with no named party that tells a happening again as "the <event noun>", given the
    parties of the nearest earlier row that told it (module doc)."""
    for m in event.mentions:
        at = bisect_left(starts, m.start)
        if at >= len(starts) or starts[at] != m.start:
            continue
        noun = _the_happening(doc[at])
        before = _nearest_before(happenings.get(noun, []), m.sentence, HAPPENING_REACH) if noun else ()
        if before:
            return replace(event, actors=(*before, *event.actors))
    return event


def _happenings_told(trig: Any) -> list[str]:
    """The words a row's happening may be told again by with "the": its trigger's lemma ("visited",
    "the visit"; "talks", "the talks") and an event noun its verb took as object ("held talks",
    "launched an offensive", "signed an agreement")."""
    if trig.pos_ != "VERB" and not _names_its_parties(trig):
        return []  # "Hu extolled the upcoming summit": the row's parties are the extolling's
    out = [stem(trig.lemma_.lower())]
    if trig.pos_ == "VERB":
        if trig.lemma_.lower() in _DOING_IT:
            out += [stem(c.lemma_.lower()) for c in children_with(trig, ("dobj",)) if c.lemma_.lower() in EVENT_NOUNS]
    return [word for word in out if word not in WEAK_STEMS]


def _names_its_parties(noun: Any) -> bool:
    """Whether an event noun names its own parties: a possessor ("Israel's offensive"), a name on
    it ("the Israeli offensive"), or a name under its own preposition ("talks between X and Y")."""
    for c in noun.children:
        if c.dep_ == "poss" or (c.dep_ in ("compound", "amod", "nmod") and c.ent_type_):
            return True
        if c.dep_ == "prep" and any(g.ent_type_ for g in children_with(c, ("pobj",))):
            return True
    return False


def _the_happening(trig: Any) -> str | None:
    """The lemma of the happening a row with no named party tells again as "the <event noun>": the
    trigger itself ("the talks in Doha") or its verb's subject ("The talks ended", "The visit was
    cut short"); None when the noun says it is another one ("the next meeting") or whose it is
    ("Israel's offensive")."""
    noun = trig
    if trig.pos_ == "VERB":
        noun = first_child(trig, ("nsubj", "nsubjpass"))
        if noun is None:
            return None
    lemma = noun.lemma_.lower()
    if noun.pos_ != "NOUN" or lemma not in EVENT_NOUNS:
        return None
    if not any(c.lower_ == "the" for c in children_with(noun, ("det",))):
        return None
    for c in noun.lefts:
        if c.dep_ == "poss" or c.lower_ in _ANOTHER or c.pos_ == "PROPN" or c.ent_type_ in ("NORP", "GPE", "ORG"):
            return None  # "the next meeting", "the Israeli offensive", "the Doha talks": told apart
    return stem(lemma)


def _keys_told(verb: Any, key: tuple[str, str] | None) -> list[tuple[str, str]]:
    """What a row with a doer is found by: its act (verb, thing) and ("", thing) for each thing it
    acted on."""
    out = [key] if key else []
    return out + [("", head) for head in _things_acted_on(verb)]


def _things_acted_on(verb: Any) -> set[str]:
    """Head nouns of what a verb acted on: its object, its passive subject, and the nouns under
    the prepositions of the verb or its object ("placed two airports on red alert": airport, alert;
    "announced updates to quarantine regulations": update, regulation)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() in _FINDING:
        return set()
    firsts = children_with(verb, ("dobj", "nsubjpass"))
    preps = children_with(verb, ("prep",)) + [c for f in firsts for c in children_with(f, ("prep",))]
    things = firsts + [c for p in preps for c in children_with(p, ("pobj",))]
    return {_number(t) for t in things if t.pos_ == "NOUN" and t.lower_ not in _ANYONE}


def _number(noun: Any) -> str:
    """A noun's lemma with its number: "manifesto" and "manifestos" are told apart."""
    return f"{noun.lemma_.lower()}/{noun.tag_ == 'NNS'}"


def _definite_subject(verb: Any) -> str | None:
    """The head noun of a passive's subject told with "the" ("The alert was raised")."""
    subject = first_child(verb, ("nsubjpass",))
    if subject is None or subject.pos_ != "NOUN" or subject.lower_ in _ANYONE:
        return None
    if not any(c.lower_ == "the" for c in children_with(subject, ("det",))):
        return None
    if any(c.lower_ in _ANOTHER for c in children_with(subject, ("amod",))):
        return None  # "The last guaranteed job was axed": another than the one told
    return _number(subject)


def _nearest_before(
    tellings: list[tuple[int, tuple[ActorRef, ...]]], sentence: int, reach: int = REACH
) -> tuple[ActorRef, ...]:
    """The agents of the telling nearest before ``sentence``, within ``reach`` sentences."""
    before = [(at, agents) for at, agents in tellings if 0 < sentence - at <= reach]
    return max(before, key=lambda t: t[0])[1] if before else ()


def _act_key(verb: Any) -> tuple[str, str] | None:
    """(the verb's lemma, the head noun of what it acted on): "confirmed two cases" and "cases were
    confirmed by the ministry" are ("confirm", "case"); None when no common noun is acted on."""
    if tables(verb.doc).pos[verb.i] != "VERB":
        return None
    kind = "nsubjpass" if _passive(verb) else "dobj"
    thing = first_child(verb, (kind,))  # (by the tables: a Token made for that child only)
    if thing is None or thing.pos_ != "NOUN" or thing.lower_ in _ANYONE:
        return None
    return verb.lemma_.lower(), thing.lemma_.lower()


def _passive(verb: Any) -> bool:
    return verb.tag_ == "VBN" and any_child(verb, ("auxpass",))


def _agentless_passive(verb: Any) -> bool:
    """ "cases had been confirmed": a passive with no "by" phrase."""
    return _passive(verb) and not any_child(verb, ("agent",))
