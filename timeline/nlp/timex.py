"""spaCy component that marks temporal expressions in ``doc.spans["timex"]``.

Baseline recognizer: the model's own DATE/TIME entities. The temporal package refines
recognition and does all normalization.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

SPAN_KEY = "timex"


class TimexRecognizer:
    def __init__(self, nlp: Language, name: str):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc.spans[SPAN_KEY] = [e for e in doc.ents if e.label_ in ("DATE", "TIME")]
        return doc


@Language.factory("timeline_timex")
def make_timex_recognizer(nlp: Language, name: str) -> TimexRecognizer:
    return TimexRecognizer(nlp, name)
