"""Participants a sentence leaves out, taken from the article's earlier telling of the same act.

A passive with no agent ("three human cases had been confirmed") names no doer, but the article
often told the act a little before with its doer: "the Ministry of Health confirmed two human
cases on Wednesday" ... "the ministry said three human cases had been confirmed". When the later
telling stays a row of its own (it was not joined to the earlier one as a repeat), its doer is the
earlier row's when both are the same verb done to the same kind of thing (the head noun of what was
acted on: "cases" ... "cases"), told a few sentences apart. Another thing acted on ("arrested 19
men" ... "the weapons were seized"), another verb, "people" (any toll of any happening: "the virus
has killed 63 people" ... "220,000 people were killed after the tsunami"), or no earlier doer
named: nobody.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from timeline.model import ActorRef, Event
from timeline.nlp.doctables import tables

# Sentences back the earlier telling of the act is looked for.
REACH = 6

# Things acted on that any happening of the verb has: no tie between two tellings.
_ANYONE = frozenset({"people", "person", "one", "other", "thing"})


def agents_told_before(events: Sequence[Event], doc) -> list[Event]:
    """The article's rows (in text order), each agentless passive row given the agents of the
    nearest earlier row that tells the same verb done to the same kind of thing."""
    starts = tables(doc).idx
    told: dict[tuple[str, str], list[tuple[int, tuple[ActorRef, ...]]]] = {}
    out: list[Event] = []
    for event in events:
        agents = tuple(a for a in event.actors if a.role == "agent")
        for m in event.mentions:
            at = bisect_left(starts, m.start)
            if at >= len(starts) or starts[at] != m.start:
                continue
            verb = doc[at]
            key = _act_key(verb)
            if key is None:
                continue
            if agents:
                told.setdefault(key, []).append((m.sentence, agents))
            elif _agentless_passive(verb):
                doers = _nearest_before(told.get(key, []), m.sentence)
                if doers:
                    event = replace(event, actors=(*doers, *event.actors))
                    break
        out.append(event)
    return out


def _nearest_before(tellings: list[tuple[int, tuple[ActorRef, ...]]], sentence: int) -> tuple[ActorRef, ...]:
    """The agents of the telling nearest before ``sentence``, within :data:`REACH` sentences."""
    before = [(at, agents) for at, agents in tellings if 0 < sentence - at <= REACH]
    return max(before, key=lambda t: t[0])[1] if before else ()


def _act_key(verb: Any) -> tuple[str, str] | None:
    """(the verb's lemma, the head noun of what it acted on): "confirmed two cases" and "cases were
    confirmed by the ministry" are ("confirm", "case"); None when no common noun is acted on."""
    if verb.pos_ != "VERB":
        return None
    kind = "nsubjpass" if _passive(verb) else "dobj"
    thing = next((c for c in verb.children if c.dep_ == kind), None)
    if thing is None or thing.pos_ != "NOUN" or thing.lower_ in _ANYONE:
        return None
    return verb.lemma_.lower(), thing.lemma_.lower()


def _passive(verb: Any) -> bool:
    return verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children)


def _agentless_passive(verb: Any) -> bool:
    """ "cases had been confirmed": a passive with no "by" phrase."""
    return _passive(verb) and not any(c.dep_ == "agent" for c in verb.children)
