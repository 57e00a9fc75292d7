"""spaCy component that keeps a verb with a hyphenated prefix whole ("re-elected", "co-chaired"),
before the model's tagger and parser see it.

spaCy's English tokenizer splits a word at a hyphen between letters. That suits compounds
("war-torn": "war", "-", "torn"), but not a verb with the prefix "re-" or "co-": the parser then takes
"re" for the verb and hangs the rest of the sentence on it ("The council re-elected Bashir": "re" the
root, "elected" a modifier of "Bashir"), and the happening is lost. Merged into one token before the
tagger runs, the word is tagged and parsed as the verb it is (en_core_web_sm 3.8: VBD, the root).
The lemma is the prefix and the lemma of the rest ("re-elect"): :func:`timeline.nlp.lemmas.prefixed`.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

# "re-" or "co-" at a word's start, then a word in lower case: a verb's form ("re-elected", "co-hosts",
# "re-open"); not a name ("Co-Op"), nor a noun by its ending ("re-election", "co-operation",
# "co-founder", "co-chairman"), which the model reads well split: "election" names the happening
RESTS_OF_NOUNS = ("tion", "sion", "ment", "ance", "ence", "ness", "ity", "ship", "er", "or", "man", "men", "ist")
_PREFIXES = "[Rr]e|[Cc]o"
_NOUN_END = "|".join(RESTS_OF_NOUNS)
PREFIXED = re.compile(rf"(?<![\w-])(?:{_PREFIXES})-(?![a-z]*(?:{_NOUN_END})s?(?![\w-]))[a-z]+(?![\w-])")
# a merged word, its prefix and the rest ("re-elected": "re", "elected"), for its lemma
PREFIX_AND_REST = re.compile(rf"({_PREFIXES})-([a-z]+)")


class PrefixMerger:
    def __init__(self, nlp: Language, name: str):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        if "e-" not in text and "o-" not in text:
            return doc  # most documents
        spans = [doc.char_span(m.start(), m.end()) for m in PREFIXED.finditer(text)]
        with doc.retokenize() as retokenizer:
            for span in spans:
                if span is not None and len(span) > 1:
                    retokenizer.merge(span)
        return doc


@Language.factory("timeline_prefixes")
def make_prefix_merger(nlp: Language, name: str) -> PrefixMerger:
    return PrefixMerger(nlp, name)
