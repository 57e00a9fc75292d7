"""Clause boundaries over the dependency parse: what belongs to a trigger's own clause."""

from __future__ import annotations

from timeline.nlp.doctables import DocTables, tables

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
            and (dep not in ("conj", "pcomp") or pos[i] in ("VERB", "AUX"))
            and not (dep in ("csubj", "csubjpass") and _counted(t, i))
            or dep == "dep"
            and tags[i] in ("VBD", "VBZ", "VBP")
        ):
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


def _counted(t: DocTables, i: int) -> bool:
    """A participle counted like a noun ("more than 800 wounded were reported"): the parser's
    clausal subject is a noun phrase, part of the clause."""
    return any(t.deps[c] == "nummod" for c in t.children[i])


def is_infinitive(verb) -> bool:
    """A verb with "to" of its own ("to hold", "to be held"; the tagger sometimes calls that "to" a
    preposition: "fell 0.12 percent to finish at 5,533")."""
    return any(c.dep_ == "aux" and (c.tag_ == "TO" or c.lower_ == "to") for c in verb.children)


def governors(token):
    """The heads above a token, nearest first, up to the sentence root."""
    tok = token
    while tok.head.i != tok.i:
        tok = tok.head
        yield tok


def tense(token) -> str:
    """ "past", "present", "future" or "none" for a verb, looking at its auxiliaries."""
    auxes = [c for c in token.children if c.dep_ in ("aux", "auxpass")]
    lemmas = {a.lemma_.lower() for a in auxes}
    if {"will", "shall", "'ll"} & lemmas or any(a.lower_ in ("will", "'ll", "wo") for a in auxes):
        return "future"
    if any(a.tag_ in ("VBD",) for a in auxes):
        return "past"
    if token.tag_ == "VBD":
        return "past"
    if token.tag_ == "VBN" and any(a.lemma_ == "have" for a in auxes):
        return "past"  # present perfect reports a completed event in news
    if token.tag_ in ("VBZ", "VBP") or any(a.tag_ in ("VBZ", "VBP") for a in auxes):
        return "present"
    return "none"
