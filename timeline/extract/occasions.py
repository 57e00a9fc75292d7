"""Occasions and reporting verbs: the words that say a happening was an occasion ("at a summit")
or only a report of another ("X said Y"), read by the row rules (rows.py) and by the rules for
event nouns told in passing (nominals.py), which rows.py reads in turn."""

from __future__ import annotations

# Verbs that only report: "X said Y" is Y's row (X its source) unless Y is no happening of its own.
REPORTING_VERBS = frozenset(
    "say tell add state note explain report write tweet post claim quote comment remark reiterate "
    "stress emphasize emphasise insist indicate confirm announce reveal disclose declare assert argue "
    "acknowledge admit told show suggest clarify allege contend specify concede recount mention hint testify "
    "complain".split()
)

# Event nouns that name an occasion: "at a summit", "during a visit" tells that it took place.
OCCASIONS = frozenset(
    "conference summit meeting visit session talks talk trip ceremony forum interview hearing dinner lunch "
    "funeral celebration festival rally congress convention briefing match game tournament".split()
)


# Words that make an occasion one for giving news out ("a news conference", "a press briefing"),
# and those that make one such occasion news of its own ("his annual news conference").
_PRESS = frozenset("press news media".split())
_OWN_OCCASION = frozenset("annual first last final special weekly monthly traditional rare".split())


def press_occasion(noun) -> bool:
    """Is this occasion only one where words were given out to the press ("told a news conference",
    "said at a press briefing", "a joint news conference"), not one that is news of its own ("his
    annual, end-of-the-year news conference", a hearing, a rally)? The saying's row tells it."""
    if noun.pos_ != "NOUN":
        return False
    kids = list(noun.children)
    if not (
        noun.lemma_.lower() == "briefing"
        or any(c.dep_ in ("compound", "amod", "nmod") and c.lower_ in _PRESS for c in kids)
    ):
        return False
    return not any(c.dep_ == "poss" or c.lower_ in _OWN_OCCASION for c in kids)
