"""extract/summaries.py: a summary over the cap is cut where a reader still learns who did it."""

from __future__ import annotations

import pytest

from tests.extract.parsed import parsed, token
from timeline.extract.summaries import summarize

pytestmark = pytest.mark.slow


def summary(text: str, trigger: str) -> str:
    _, doc, _ = parsed(text)
    head = token(doc, trigger)
    return summarize(head, None, head.sent)


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # the cut starts at the subject's first word, not inside it: who did it stays
        (
            "The national water company and the agency for rural development, Aquaterra, said the share of "
            "villages without running water had fallen to nine percent in the dry northern districts by the "
            "end of last year.",
            "said",
            "The national water company and the agency for rural development, Aquaterra, said the share of "
            "villages without running water had fallen to nine percent in the dry northern …",
        ),
        (
            "Officials and engineers from the water board, the roads agency and the Danube Shipping Company "
            "will inspect the damaged bridge together with the mayors of the towns on both banks of the river.",
            "inspect",
            "Officials and engineers from the water board, the roads agency and the Danube Shipping Company "
            "will inspect the damaged bridge together with the mayors of the towns …",
        ),
        # nor in a description of the subject, between the subject and its verb
        (
            "Marta Ilic, a 31-year-old nurse from the town, had been jailed by a provincial court last year "
            "after being found guilty of stealing medicine from the pharmacy of the hospital where she had "
            "worked for eleven years.",
            "found",
            "Marta Ilic, a 31-year-old nurse from the town, had been jailed by a provincial court last year "
            "after being found guilty of stealing medicine …",
        ),
        # the subject of the clause a verb with no subject of its own sits in ("including")
        (
            "Dozens of small opposition parties including the Green League of the north and the Farmers' Union of "
            "the western valleys have called for a boycott of the regional elections in protest at the new law on "
            "the counting of votes.",
            "called",
            "Dozens of small opposition parties including the Green League of the north and the Farmers' Union of "
            "the western valleys have called for a boycott of the regional elections …",
        ),
        (
            "Two brothers from the village near the lake and a cousin from the capital, all of them farmers, were "
            "charged with the theft of four tractors and a harvester from a cooperative in the plains.",
            "charged",
            "Two brothers from the village near the lake and a cousin from the capital, all of them farmers, were "
            "charged with the theft of four tractors …",
        ),
        # a subject too long to keep with its verb: cut as before
        (
            "The owners of the three small fishing boats from the harbour of the old town on the northern cape "
            "near the border with the republic in the mountains to the south have finally sued the ministry "
            "over the loss of their catch.",
            "sued",
            "… the old town on the northern cape near the border with the republic in the mountains to the "
            "south have finally sued the ministry over the loss of their catch",
        ),
    ],
)
def test_a_cut_summary_keeps_its_subject_whole(text, trigger, expected):
    assert summary(text, trigger) == expected


def test_a_speaker_keeps_a_hyphenated_title_whole():
    """ "Lena Kovac, senior vice-president of ...", parsed (as the parser sometimes does) with "vice",
    "-" and "president" three appositions of the name: the title stays whole or goes whole, never
    "Lena Kovac -president of"."""
    import spacy
    from spacy.tokens import Doc

    words = (
        "Lena Kovac , senior vice - president of Adriatic Long Distance and Telephone Co. ( ALDT ) , said ALDT and "
        "the Italian firm , Rome Cable and Wire ( RC et W ) , may reach a decision this month on lowering the "
        "transit rate over five years ."
    ).split()
    glued = {1, 4, 5, 14, 15, 16, 23, 29, 32, 33, 48, 49}  # (no space after these)
    heads = [1, 18, 1, 4, 1, 1, 1, 6, 13, 10, 8, 13, 13, 7, 13, 13, 13, 18, 18, 18, 19, 23, 23, 19, 23, 26, 23, 26]
    heads += [26, 32, 32, 32, 23, 19, 18, 36, 18, 38, 36, 40, 36, 36, 41, 45, 45, 42, 42, 48, 46, 18]
    deps = (
        "compound nsubj punct amod appos appos appos prep compound compound preconj cc compound pobj punct npadvmod "
        "punct punct ROOT dobj cc det compound conj punct compound appos cc conj punct compound compound appos punct "
        "punct aux ccomp det dobj det npadvmod prep pcomp det compound dobj prep nummod pobj punct"
    ).split()
    pos = (
        "PROPN PROPN PUNCT ADJ NOUN NOUN NOUN ADP PROPN PROPN PROPN CCONJ PROPN PROPN PUNCT PROPN PUNCT PUNCT VERB "
        "PROPN CCONJ DET PROPN NOUN PUNCT PROPN PROPN CCONJ PROPN PUNCT PROPN PROPN PROPN PUNCT PUNCT AUX VERB DET "
        "NOUN DET NOUN ADP VERB DET NOUN NOUN ADP NUM NOUN PUNCT"
    ).split()
    doc = Doc(
        spacy.blank("en").vocab,
        words=words,
        spaces=[i not in glued for i in range(len(words))],
        heads=heads,
        deps=deps,
        pos=pos,
        lemmas=["say" if w == "said" else w.lower() for w in words],
        sent_starts=[True] + [False] * (len(words) - 1),
    )
    assert summarize(doc[18], None, doc[:]).startswith("Lena Kovac, senior vice-president of Adriatic")


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a cut at the cap ends before a name or a sum it would clip ("in the port of Sri …")
        (
            "The foreign minister of the small island state held talks with his counterparts from the neighbouring "
            "states about the new fishing limits at a hotel in the port of Sri Lanka's capital.",
            "held",
            "The foreign minister of the small island state held talks with his counterparts from the neighbouring "
            "states about the new fishing limits at a hotel in the port …",
        ),
        (
            "The shipping firm of the two brothers from the harbour town bought an old cargo ship and two small "
            "ferries from a Greek owner in the spring for about 12.4 million euros.",
            "bought",
            "The shipping firm of the two brothers from the harbour town bought an old cargo ship and two small "
            "ferries from a Greek owner in the spring …",
        ),
        # nor on a bracket opened on nothing ("euros (13.1) …")
        (
            "The shipping firm of the two brothers from the harbour town bought an old cargo ship and two small "
            "ferries from a Greek owner for 12.4 million euros (13.1 million dollars) in cash.",
            "bought",
            "The shipping firm of the two brothers from the harbour town bought an old cargo ship and two small "
            "ferries from a Greek owner for 12.4 million euros …",
        ),
    ],
)
def test_a_cut_summary_ends_before_a_name_it_would_clip(text, trigger, expected):
    assert summary(text, trigger) == expected


def test_a_cut_summary_ends_before_a_quoted_title_it_would_clip():
    from timeline.extract.attribution import quote_mask
    from timeline.nlp.doctables import doc_text

    _, doc, _ = parsed(
        "The award for best actress went to Anna Brook for her portrayal of the wife of a jazz pianist in the film "
        'about the musician\'s life, "Blue Night Train."'
    )
    head = token(doc, "went")
    assert summarize(head, quote_mask(doc_text(doc)), head.sent) == (
        "The award for best actress went to Anna Brook for her portrayal of the wife of a jazz pianist in the film "
        "about the musician's life …"
    )
