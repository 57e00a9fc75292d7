"""Reported speech: who is the source of an event ("X said Y", quotes, "according to X")."""

from __future__ import annotations

import re

from timeline.extract.clauses import governors
from timeline.nlp.doctables import any_child, children_with, first_child, span_text, tables
from timeline.temporal.tense import saying_gap

SPEECH_VERBS = frozenset(
    {
        "say",
        "tell",
        "announce",
        "report",
        "state",
        "claim",
        "add",
        "warn",
        "insist",
        "confirm",
        "deny",
        "estimate",
        "declare",
        "note",
        "explain",
        "write",
        "tweet",
        "post",
        "acknowledge",
        "admit",
        "argue",
        "assert",
        "allege",
        "describe",
        "predict",
        "promise",
        "suggest",
        "reveal",
        "disclose",
        "indicate",
        "reiterate",
        "stress",
        "emphasize",
        "emphasise",
        "comment",
        "remark",
        "quote",
        "accuse",
        "urge",
        "agree",
        "believe",
        "think",
        "expect",
        "hope",
        "fear",
        "complain",
        "ask",
        "reply",
        "respond",
        "recall",
        "concede",
        "lament",
        "boast",
        "contend",
        "caution",
        "assure",
        "rule",
        "hint",
        "testify",
    }
)
_SPEECH_LINKS = frozenset({"ccomp", "parataxis", "xcomp", "dobj"})
_QUOTES_OPEN = '"“«'
_QUOTES_CLOSE = '"”»'
# what changes whether a character is quoted: a quote mark, or a newline that starts a blank line
# (and the typewriter pairs of older copy and treebank text: ``He said so,'' she said)
_QUOTE_EVENTS = re.compile(r'["“”«»]|``|\'\'|\n(?=\n)')


def is_speech(token) -> bool:
    """A verb of saying ("said", "told", "announced"): the Doc's are found once, by their indices."""
    t = tables(token.doc)
    found = t.memo.get("attribution.speech")
    if found is None:
        doc = token.doc
        found = t.memo["attribution.speech"] = frozenset(
            i for i, pos in enumerate(t.pos) if pos == "VERB" and doc[i].lemma_.lower() in SPEECH_VERBS
        )
    return token.i in found


# Nouns of a message that a "that"-clause hung on tells ("said in a statement that ...").
_MESSAGES = frozenset("statement interview letter message communique communiqué speech release note report".split())


# Verbs whose object is the one told, and the nouns of an audience ("told a disciplinary hearing").
_TELLING = frozenset("tell inform assure brief remind".split())
_AUDIENCES = frozenset(
    "hearing court tribunal inquiry committee panel meeting conference session parliament assembly congress "
    "senate jury audience crowd rally gathering forum summit council reporters journalists".split()
)


def addressed(verb) -> bool:
    """A telling verb whose object is who is told ("told a hearing", "assured the crowd")."""
    return verb.lemma_.lower() in _TELLING


def told_to_a_body(verb) -> bool:
    """A telling verb in the passive whose subject is the audience of what it reports ("Fong
    smuggled the cigarettes, the court was told", "the jury was told that he had fled"): the frame
    of the reported clause, as "told the court that ..." is, not a happening of its own."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _TELLING or not any_child(verb, ("auxpass",)):
        return False
    return any(c.lemma_.lower() in _AUDIENCES for c in children_with(verb, ("nsubjpass",)))


def _told_to_an_audience(verb) -> list:
    """ "told a disciplinary hearing that he had fired twice": the parser read the content as a
    relative clause of the audience ("a hearing that he had fired")."""
    if verb.lemma_.lower() not in _TELLING or any_child(verb, ("ccomp",)):
        return []
    out = []
    for obj in children_with(verb, ("dobj",)):
        if obj.lemma_.lower() not in _AUDIENCES:
            continue
        for rel in obj.children:
            that = rel.left_edge
            if rel.dep_ == "relcl" and that.lower_ == "that" and that.dep_ not in ("nsubj", "nsubjpass"):
                if any(c.i != that.i for c in children_with(rel, ("nsubj", "nsubjpass"))):
                    out.append(rel)
    return out


_RELATIVES = frozenset("that which who whom whose where when".split())


def subject_hung_on_the_verb(verb) -> list:
    """ "PAGASA said typhoon Pepeng has entered the area": the parser hung the content's first word
    on the speech verb ("typhoon") and the content on that word as a relative clause with a
    subject of its own and no relative word."""
    if verb.i + 1 >= len(verb.doc):
        return []
    noun = verb.doc[verb.i + 1]
    if noun.head.i != verb.i or noun.dep_ not in ("npadvmod", "dobj") or noun.pos_ != "NOUN":
        return []
    return [
        rel
        for rel in noun.children
        if rel.dep_ == "relcl"
        and not any(t.lower_ in _RELATIVES for t in rel.lefts)
        and any(c.pos_ == "PROPN" and c.i < rel.i for c in children_with(rel, ("nsubj", "nsubjpass")))
    ]


def misplaced_content(verb) -> list:
    """What a speech verb says when the parser hung it on the message it was said in ("said in a
    statement that X": X attached to "statement" instead of "said") or on the audience it was told
    ("told a disciplinary hearing that X")."""
    out: list = _told_to_an_audience(verb) + subject_hung_on_the_verb(verb)
    for prep in children_with(verb, ("prep",)):
        if prep.lower_ != "in":
            continue
        for noun in children_with(prep, ("pobj",)):
            if noun.lemma_.lower() in _MESSAGES:
                out.extend(
                    c
                    for c in noun.children
                    if c.dep_ in ("acl", "relcl") and any(m.lower_ == "that" for m in children_with(c, ("mark",)))
                )
    return out


def speech_governor(trigger):
    """The speech verb that reports this trigger's clause, if any ("said" for "evacuated")."""
    child = trigger
    path = [trigger]
    tag = _tag_hung_as_conj(trigger)
    if tag is not None:
        return tag
    for gov in governors(trigger):
        if gov.dep_ == "ROOT" and child.dep_ not in ("conj", "cc"):
            tag = _tag_hung_as_conj(gov)
            if tag is not None:
                return tag
        if is_speech(gov) and child.dep_ in _SPEECH_LINKS and child.pos_ in ("VERB", "AUX", "NOUN"):
            if child.dep_ != "dobj" or child.pos_ == "NOUN" and gov.lemma_ in ("announce", "report", "confirm"):
                return gov
        if (
            is_speech(gov)
            and child.dep_ in ("prep", "dobj", "npadvmod")
            and any(c in path for c in misplaced_content(gov))
        ):
            return gov  # "said in a statement that the plant would close", "told a hearing that ..."
        child = gov
        path.append(gov)
    return None


def _tag_hung_as_conj(head):
    """The speech verb of a tag the parser hung on the sentence's main verb as its second conjunct
    ("Manila will send troops to the border, the army chief said on Monday": "said" read as
    "send ... and said"): after a comma, with a subject of its own, no "and" before it and no
    content of its own; None otherwise."""
    t = tables(head.doc)
    if t.deps[head.i] != "ROOT" or t.pos[head.i] not in ("VERB", "AUX"):
        return None
    for i in t.children[head.i]:
        if t.deps[i] != "conj" or i <= head.i:
            continue  # no Token made for the other children
        c = head.doc[i]
        if not is_speech(c):
            continue
        kids = list(c.children)
        if not any(k.dep_ == "nsubj" and k.i < c.i for k in kids):
            return None
        if any(k.dep_ in ("ccomp", "dobj", "xcomp", "parataxis") for k in kids):
            return None
        if any(head.i < k.i < c.i for k in children_with(head, ("cc", "preconj"))):
            return None
        first = min(k.i for k in c.subtree)
        if first == 0 or head.doc[first - 1].text != ",":
            return None
        return c
    return None


def according_to(sent):
    """The pobj of "according to X" in a sentence, or None."""
    if "according" not in span_text(sent).lower():
        return None  # most sentences: no need to look at every token
    for tok in sent:
        if tok.lower_ == "according":
            for prep in tok.children:
                if prep.lower_ == "to":
                    for obj in children_with(prep, ("pobj",)):
                        return obj
    return None


# Nouns for news that no one is named as telling: "reports said", "according to press reports".
_UNNAMED_NEWS = frozenset("report media medium press".split())
# words before such a noun that say nothing of who tells it ("the first reports", "other reports")
_NO_TELLER = frozenset("first latest other earlier later new some several many the a an".split())


_BY_WHOM = frozenset("by from of".split())


def _owner_name(owner) -> str | None:
    """The name of a report's maker when the words name one ("ANC TV", "the United Nations")."""
    words = [w for w in owner.subtree if w.i <= owner.i and w.dep_ != "det" and not w.is_punct]
    if not any(w.pos_ == "PROPN" for w in words):
        return None
    return " ".join(w.text for w in words)


def report_told_before(noun) -> bool:
    """ "the report" of "the report said", "according to the report": a report the story named
    before (a paper's, an agency's, a study's), not news of unnamed tellers."""
    if noun is None or noun.pos_ != "NOUN" or noun.lower_ != "report":
        return False
    return any(c.lower_ in ("the", "this", "that") for c in children_with(noun, ("det",))) and not any(
        c.dep_ in ("compound", "poss", "prep", "acl", "relcl") for c in noun.children
    )


def unnamed_source(noun) -> str | None:
    """What an unnamed news source is called ("press reports" of "press reports said", "local
    media" of "according to local media"), when ``noun`` is one; else None. Its compound and
    adjective words are kept, the determiners and "first", "other" and the like dropped."""
    if noun is None or noun.pos_ != "NOUN" or noun.lemma_.lower() not in _UNNAMED_NEWS:
        return None
    for c in noun.children:
        if c.dep_ == "poss" or c.dep_ in ("acl", "relcl") and any_child(c, ("agent",)):
            return None  # "the ministry's report", "a report released by the IFC": its owner tells it
        if c.dep_ == "prep" and c.lower_ in _BY_WHOM:
            owner = first_child(c, ("pobj",))
            if owner is not None:
                # "reports by Romanian media", "a report by ANC TV": who made it tells it
                return unnamed_source(owner) or _owner_name(owner)
    words = [
        c
        for c in noun.children
        if c.i < noun.i and c.dep_ in ("compound", "amod") and c.lower_ not in _NO_TELLER and c.is_alpha
    ]
    words.append(noun)
    # "Reports said" opens a sentence: "reports"; "Russian press reports": the name keeps its capital
    return " ".join(w.text if w.i < noun.i and (w.pos_ == "PROPN" or w.ent_type_) else w.lower_ for w in words)


def quote_mask(text: str) -> list[bool]:
    """For every character: is it inside double quotes? Only the quote marks and paragraph breaks
    are visited (found by one regex scan); the stretches between them are filled a slice at a time."""
    mask = [False] * len(text)
    inside = False
    start = 0  # where the current quotation opened (while ``inside``)
    for m in _QUOTE_EVENTS.finditer(text):
        i = m.start()
        ch = m.group()
        if ch == "``" or (ch in _QUOTES_OPEN and (ch != '"' or not inside)):
            if not inside:
                start = i
            inside = True
        elif (ch == "''" or ch in _QUOTES_CLOSE) and inside:
            mask[start : m.end()] = [True] * (m.end() - start)
            inside = False
        elif ch == "\n" and inside:
            # a paragraph break closes a quotation that was left open (news style re-opens it)
            mask[start:i] = [True] * (i - start)
            inside = False
    if inside:
        mask[start:] = [True] * (len(text) - start)
    return mask


def doc_quote_mask(doc) -> list[bool]:
    """:func:`quote_mask` of the Doc's text, computed once per Doc (the events and the pronoun
    resolver both read it)."""
    t = tables(doc)
    if "quote_mask" not in t.memo:
        t.memo["quote_mask"] = quote_mask(t.text)
    return t.memo["quote_mask"]


def said_when(clause) -> range:
    """The words that tell when a reported clause was said ("the company said on Monday it would
    cut jobs"): :func:`timeline.temporal.tense.saying_gap` with this module's verbs of saying (once
    per reported clause and Doc: the dating and the summaries ask again and again)."""
    t = tables(clause.doc)
    if t.deps[clause.i] != "ccomp":
        return range(0)  # saying_gap's first test, by table: no other clause is reported
    key = ("attribution.said_when", clause.i)
    found = t.memo.get(key)
    if found is None:
        found = t.memo[key] = saying_gap(clause, SPEECH_VERBS)  # a range: the memo keeps no Token
    return found
