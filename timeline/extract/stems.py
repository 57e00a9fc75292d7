"""A crude derivational stem shared by a verb and its event noun, for telling that two mentions
name the same kind of happening (within an article: timeline.extract.repeats; across articles:
timeline.merge.cluster)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Same stem is not evidence of the same happening for these: "Putin said X" and "Putin said Y"
# on one day are two statements.
WEAK_LEMMAS = frozenset(
    """say tell add state report announce claim note write accord be have do make get go come
    take give see know think believe expect want need ask call""".split()
)
# Derivational endings and what replaces them, so that a verb and its event noun share a stem:
# evacuate/evacuation, elect/election, invade/invasion, discuss/discussion, agree/agreement.
_SUFFIXES = (
    ("ation", ""),
    ("ition", ""),
    ("ssion", "ss"),
    ("sion", "d"),
    ("tion", "t"),
    ("ment", ""),
    ("ance", ""),
    ("ence", ""),
    ("ing", ""),
    ("ion", ""),
    ("ure", ""),
    ("ate", ""),
    ("al", ""),
    ("ed", ""),
)


def fold_accents(text: str) -> str:
    """``text`` case-folded, its letters without their accents ("Côte" -> "cote")."""
    if text.isascii():
        return text.casefold()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


@lru_cache(maxsize=1 << 14)
def stem(lemma: str) -> str:
    """A crude derivational stem: 'evacuation', 'evacuate' -> 'evacu'; 'election', 'elect' -> 'elect'."""
    word = re.sub(r"[^\w]+", "", fold_accents(lemma))
    for suffix, replacement in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)] + replacement
            break
    if len(word) > 3 and word[-1] in "es":
        word = word[:-1]
    return word


WEAK_STEMS = frozenset(stem(lemma) for lemma in WEAK_LEMMAS)

# Verbs of saying: one speaker's remarks in one article ("said", "added", "pointed out") are one
# statement; across articles, statements share the stem "say".
SAYING = frozenset(
    "say tell add state note explain write claim stress emphasize emphasise insist indicate point "
    "reiterate remark comment declare assert argue acknowledge admit confirm announce".split()
)
