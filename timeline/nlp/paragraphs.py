"""spaCy component that starts a sentence at line and paragraph breaks, before the parser runs.

Headlines, datelines and paragraphs end without a full stop; without this the parser glues them
to the next sentence. Runs before "parser", which keeps the preset boundaries.
"""

from __future__ import annotations

from spacy.attrs import IS_SPACE
from spacy.language import Language
from spacy.tokens import Doc

_FINAL = frozenset({".", "!", "?", '"', "”", "’", "'", ")", ":", "…"})


class LineBreakSentencizer:
    def __init__(self, nlp: Language, name: str):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        # A line break is in a space token: a word's own trailing whitespace is one space or none.
        # So only a word after a space token needs a look, found without making a Token for each.
        spaces = doc.to_array(IS_SPACE).tolist()
        for i in range(1, len(spaces)):
            if not spaces[i - 1] or spaces[i]:
                continue
            prev = doc[i - 1]
            brk = prev.text
            if "\n" not in brk:
                continue
            tok = doc[i]
            last = prev
            if prev.is_space and prev.i > 0:
                last = doc[prev.i - 1]
            blank_line = brk.count("\n") >= 2 or (prev.is_space and "\n" in last.whitespace_)
            ends_sentence = last.text[-1:] in _FINAL
            # a hard-wrapped line ends in a lower-case word or a comma; a headline or dateline does not
            starts_fresh = (tok.is_title or tok.is_upper or tok.like_num or tok.text[:1] in '"“‘') and not (
                last.is_lower and last.is_alpha or last.text in (",", "-", ";", "(")
            )
            if blank_line or ends_sentence or starts_fresh:
                tok.is_sent_start = True
        return doc


@Language.factory("timeline_linebreaks")
def make_linebreak_sentencizer(nlp: Language, name: str) -> LineBreakSentencizer:
    return LineBreakSentencizer(nlp, name)
