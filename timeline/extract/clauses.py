"""Clause boundaries over the dependency parse: what belongs to a trigger's own clause."""

from __future__ import annotations

from weakref import ref

from timeline.nlp.doctables import DocTables, any_child, children_with, lower_texts, tables

# Dependents that open a clause of their own: their tokens are not part of the governing clause.
CLAUSE_DEPS = frozenset({"ccomp", "csubj", "csubjpass", "advcl", "relcl", "acl", "conj", "parataxis", "xcomp", "pcomp"})


def clause_indices(head, *, participles: bool = False) -> tuple[int, ...]:
    """Indices of the tokens of the clause headed by ``head``, in text order (sub-clauses left out),
    computed once per head and Doc."""
    t = tables(head.doc)
    memo = t.memo
    key = ("clause", head.i, participles)
    found = memo.get(key)
    if found is None:
        found, both = _clause_indices(t, head.i, participles)
        memo[key] = found
        if both:  # no non-finite adjunct met: the other reading is the same clause
            memo[("clause", head.i, not participles)] = found
    return found


def _clause_indices(t: DocTables, head: int, participles: bool) -> tuple[tuple[int, ...], bool]:
    """The clause's indices, and whether they are the same with the other value of ``participles``
    (true when the walk met no non-finite adjunct, the only place where the two differ)."""
    deps, pos, tags, children = t.deps, t.pos, t.tags, t.children
    out = [head]
    stack = list(children[head])
    both = True
    while stack:
        i = stack.pop()
        dep = deps[i]
        if (
            dep in CLAUSE_DEPS
            # (a noun the parser hung as a clause is a phrase: "Illegal [logging] in the north")
            and (dep not in ("conj", "pcomp", "acl") or pos[i] in ("VERB", "AUX"))
            and not (dep in ("csubj", "csubjpass") and _counted(t, i))
            or dep == "dep"
            and tags[i] in ("VBD", "VBZ", "VBP")
        ) and not _an_age(t, i):
            # a clause of its own; a non-finite adjunct stays in with ``participles``
            nonfinite = (
                dep == "advcl"
                and tags[i] in ("VBG", "VBN")
                and not any(deps[c] in ("nsubj", "nsubjpass", "mark") for c in children[i])
            )
            if nonfinite:
                both = False
            if not (nonfinite and participles):
                continue
        out.append(i)
        stack.extend(children[i])
    out.sort()
    return tuple(out), both


def _an_age(t: DocTables, i: int) -> bool:
    """ "aged 59" parsed as a clause of its own ("died aged 59 on November 25"): an age said in
    passing, whose dependents (the day, the cause) are the governing clause's."""
    return t.text[t.idx[i] : t.ends[i]].lower() == "aged" and any(t.pos[c] == "NUM" for c in t.children[i])


def _counted(t: DocTables, i: int) -> bool:
    """A participle counted like a noun ("more than 800 wounded were reported"): the parser's
    clausal subject is a noun phrase, part of the clause."""
    return any(t.deps[c] == "nummod" for c in t.children[i])


def verb_hung_on_its_subject(verb) -> bool:
    """ "Castro, 80, handed over the reins": a sentence whose root is a name, its tensed verb with
    an object of its own hung on the name as a participle; the name is the verb's subject."""
    head = verb.head
    return (
        verb.dep_ == "acl"
        and verb.tag_ in ("VBD", "VBN")  # the parser that hung it there calls it a participle
        and head.dep_ == "ROOT"
        and head.pos_ == "PROPN"
        and head.i < verb.i
        and any_child(verb, ("dobj",))
    )


def is_infinitive(verb) -> bool:
    """A verb with "to" of its own ("to hold", "to be held"; the tagger sometimes calls that "to" a
    preposition: "fell 0.12 percent to finish at 5,533"). The Doc's are found once, by their indices."""
    t = tables(verb.doc)
    found = t.memo.get("clauses.infinitives")
    if found is None:
        deps, tags, idx, ends, text, heads = t.deps, t.tags, t.idx, t.ends, t.text, t.heads
        found = t.memo["clauses.infinitives"] = frozenset(
            heads[c]
            for c in range(len(heads))
            if heads[c] != c and deps[c] == "aux" and (tags[c] == "TO" or text[idx[c] : ends[c]].lower() == "to")
        )
    return verb.i in found


def governors(token):
    """The heads above a token, nearest first, up to the sentence root."""
    doc = token.doc
    heads = tables(doc).heads  # one Token per head given, none to find it
    i = token.i
    while heads[i] != i:
        i = heads[i]
        yield doc[i]


def tense(token) -> str:
    """ "past", "present", "future" or "none" for a verb, looking at its auxiliaries (once per
    token and Doc)."""
    t = tables(token.doc)
    key = ("tense", token.i)
    found = t.memo.get(key)
    if found is None:
        found = t.memo[key] = _tense(t, token)
    return found


def _tense(t: DocTables, token) -> str:
    deps, tags = t.deps, t.tags
    auxes = [c for c in t.children[token.i] if deps[c] in ("aux", "auxpass")]
    tag = tags[token.i]
    if auxes:
        doc = token.doc
        lemmas = [doc[a].lemma_ for a in auxes]
        if {"will", "shall", "'ll"} & {lemma.lower() for lemma in lemmas} or any(
            t.text[t.idx[a] : t.ends[a]].lower() in ("will", "'ll", "wo") for a in auxes
        ):
            return "future"
        if any(tags[a] == "VBD" for a in auxes):
            return "past"
    else:
        lemmas = []
    if tag == "VBD":
        return "past"
    if tag == "VBN" and "have" in lemmas:
        return "past"  # present perfect reports a completed event in news
    if tag in ("VBZ", "VBP") or any(tags[a] in ("VBZ", "VBP") for a in auxes):
        return "present"
    return "none"


def subtree_indices(head) -> tuple[int, ...]:
    """Indices of ``head`` and every token below it, in text order (``head.subtree``, without making
    a Token of each), computed once per head and Doc."""
    t = tables(head.doc)
    key = ("subtree", head.i)
    found = t.memo.get(key)
    if found is None:
        children = t.children
        out = [head.i]
        stack = list(children[head.i])
        while stack:
            i = stack.pop()
            out.append(i)
            stack.extend(children[i])
        out.sort()
        found = t.memo[key] = tuple(out)
    return found


# The Doc asked about last and its lower-cased words: asked for ~700 times per article, mostly about
# the same Doc in a row (as doctables.tables keeps its last Doc). Weak: it does not keep the Doc alive.
_last_lowered: tuple[ref, list[str]] | None = None


def lowered(doc) -> list[str]:
    """Each token's lower-cased text (``Token.lower_``), once per Doc."""
    global _last_lowered
    last = _last_lowered
    if last is not None and last[0]() is doc:
        return last[1]
    found = lower_texts(tables(doc))
    _last_lowered = (ref(doc), found)
    return found


def denied_antecedent(noun) -> bool:
    """Is ``noun``, the word a relative clause hangs on, the one the sentence says did NOT do it?
    "It is the villagers, not party members, who attacked the office" (the parser hangs "who" on
    "members", the "not" on the other noun), "It was not the rebels who shelled the town" (a cleft
    with its copula denied): the clause's doer is not that noun."""
    doc = noun.doc
    left = noun.left_edge.i
    if left > 0 and doc[left - 1].lower_ == "not":
        return True
    if any(c.i < noun.i for c in children_with(noun, ("neg",))):
        return True
    head = noun.head
    return (
        noun.dep_ == "attr"
        and head.lemma_ == "be"
        and any_child(head, ("neg",))
        and any(c.lower_ == "it" for c in children_with(head, ("nsubj",)))
    )
