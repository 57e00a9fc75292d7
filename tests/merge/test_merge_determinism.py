"""Same input, same output: two runs agree, and permuting the documents changes nothing but their order."""

import itertools
import random

from merge_builders import UNDATED, day, event, extraction, month, week

from timeline.merge import merge
from timeline.schema import timeline_to_dict

LEMMAS = ["meet", "attack", "evacuate", "evacuation", "say", "agree", "talk", "capture"]
NAMES = [
    ("Vladimir Putin", "PERSON"),
    ("Putin", "PERSON"),
    ("Turkey", "GPE"),
    ("Syrian army", "ORG"),
    ("Bashar al-Assad", "PERSON"),
    ("Assad", "PERSON"),
    ("rebels", "NORP"),
]
PLACES = ["Aleppo", "Astana", "Idlib"]


def _corpus(seed: int, docs: int = 6, per_doc: int = 25):
    """Random but overlapping reports, so that many pairs are candidates and some merge."""
    rng = random.Random(seed)
    dates = [day(f"2016-12-{d:02d}") for d in range(10, 20)] + [
        month("2016-12"),
        week("2016-W50", "2016-12-12", "2016-12-18"),
        UNDATED,
    ]
    out = []
    for d in range(docs):
        doc = f"{d:03d}"
        evs = []
        for s in range(per_doc):
            lemma = rng.choice(LEMMAS)
            actors = rng.sample(NAMES, 2)
            place = rng.choice(PLACES)
            summary = f"{actors[0][0]} {lemma} {rng.choice(['near', 'in', 'outside'])} {place}"
            evs.append(event(doc, s, lemma, summary, rng.choice(dates), actors=actors, places=[place]))
        out.append(extraction(doc, *evs))
    return out


def test_determinism_two_runs_give_identical_output():
    corpus = _corpus(1)
    first, second = timeline_to_dict(merge(corpus)), timeline_to_dict(merge(corpus))
    assert first == second
    # The corpus is built so that merging actually happens.
    assert any(len(e["mentions"]) > 1 for e in first["events"])


def test_determinism_document_order_does_not_change_events_or_ids():
    corpus = _corpus(2)
    expected = merge(corpus)
    rng = random.Random(7)
    for _ in range(3):
        permuted = corpus[:]
        rng.shuffle(permuted)
        result = merge(permuted)
        assert result.events == expected.events
        assert result.actors == expected.actors
        assert [d.id for d in result.documents] == [x.document.id for x in permuted]


def test_determinism_event_order_within_documents_does_not_matter():
    corpus = _corpus(3, docs=3)
    shuffled = []
    rng = random.Random(11)
    for x in corpus:
        evs = list(x.events)
        rng.shuffle(evs)
        shuffled.append(extraction(x.document.id, *evs))
    assert merge(shuffled).events == merge(corpus).events


def test_determinism_every_mention_is_kept_exactly_once():
    corpus = _corpus(4)
    t = merge(corpus)
    merged = sorted((m.doc, m.start) for e in t.events for m in e.mentions)
    given = sorted((m.doc, m.start) for x in corpus for e in x.events for m in e.mentions)
    assert merged == given
    for e in t.events:
        assert e.sources == tuple(sorted({m.doc for m in e.mentions}))
        assert (len(e.mentions) > 1) == bool(e.explain)
        assert len(e.explain) == len(e.mentions) - 1
        if e.date.dated:
            assert 0 <= e.date.mention < len(e.mentions)


def test_determinism_ids_of_merged_events_are_stable_under_permutations():
    corpus = _corpus(6, docs=3, per_doc=15)
    ids = {tuple(sorted(e.id for e in merge(list(p)).events)) for p in itertools.permutations(corpus)}
    assert len(ids) == 1
