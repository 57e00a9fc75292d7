"""A short readable summary of an event: its clause from the parse, not the whole sentence."""

from __future__ import annotations

import re

from timeline.extract.attribution import is_speech
from timeline.extract.clauses import clause_tokens

MAX_TOKENS = 30
_DOUBLE_PUNCT = re.compile(r"([,;])(?:\s*[,;])+")
_EDGE_DEPS = frozenset({"punct", "cc", "mark", "prep", "advmod", "dep"})


def summarize(trigger) -> str:
    """The trigger's clause (with the reported clause for speech verbs), trimmed and capped."""
    tokens = clause_tokens(trigger, participles=False)
    if is_speech(trigger):
        keep = {t.i for t in tokens}
        for child in trigger.children:
            if child.dep_ in ("ccomp", "parataxis"):
                keep.update(t.i for t in clause_tokens(child))
        tokens = sorted((t for t in trigger.sent if t.i in keep), key=lambda t: t.i)
    tokens = [t for t in tokens if not t.is_space]
    while (
        tokens
        and tokens[0].i != trigger.i
        and (
            tokens[0].dep_ in _EDGE_DEPS and tokens[0].is_punct
            or tokens[0].dep_ in ("cc", "mark")
            # "said Friday Russia ... agreed": a bare date left at the edge belongs to the speech verb
            or tokens[0].ent_type_ in ("DATE", "TIME") and tokens[0].dep_ in ("npadvmod", "tmod", "compound")
        )
    ):
        tokens = tokens[1:]
    while tokens and tokens[-1].i != trigger.i and (tokens[-1].is_punct or tokens[-1].dep_ in ("cc", "mark")):
        tokens = tokens[:-1]
    if len(tokens) > MAX_TOKENS:
        pos = next(k for k, t in enumerate(tokens) if t.i == trigger.i)
        lo = max(0, min(pos - MAX_TOKENS // 3, len(tokens) - MAX_TOKENS))
        tokens = tokens[lo : lo + MAX_TOKENS]
    return _join(tokens)


def _join(tokens) -> str:
    """Tokens as they read in the text; a gap left by a removed sub-clause becomes one space."""
    parts: list[str] = []
    for k, t in enumerate(tokens):
        parts.append(t.text)
        if k + 1 < len(tokens):
            parts.append(t.whitespace_ if tokens[k + 1].i == t.i + 1 else " ")
    text = " ".join("".join(parts).split())
    # a removed sub-clause can leave its commas behind: "Idlib, , could be"
    return _DOUBLE_PUNCT.sub(r"\1", text)
