"""Issue 7: 10,000 synthetic events merge correctly (blocking must not lose or mix happenings)."""

from collections import Counter

from benchmarks.merge_scale import check, synthetic_corpus
from timeline.merge import merge, merged_id, sort_key


def test_scale_ten_thousand_events_merge_into_their_happenings():
    extractions, truth = synthetic_corpus(10_000, seed=3)
    given = [e for x in extractions for e in x.events]
    assert len(given) == 10_000
    t = merge(extractions)

    impure, split = check(t, truth)
    assert (impure, split) == (0, 0)
    assert len(t.events) == len(set(truth.values()))

    # Every mention kept exactly once; sources are the mentions' documents.
    kept = Counter((m.doc, m.start) for e in t.events for m in e.mentions)
    assert set(kept) == set(truth) and set(kept.values()) == {1}
    for e in t.events:
        assert e.sources == tuple(sorted({m.doc for m in e.mentions}))

    # Ids: a lone report keeps its id, a merged event's id derives from its members'.
    by_mention = {(m.doc, m.start): e.id for e in given for m in e.mentions}
    for e in t.events:
        members = [by_mention[(m.doc, m.start)] for m in e.mentions]
        assert e.id == (members[0] if len(members) == 1 else merged_id(members))
    assert len({e.id for e in t.events}) == len(t.events)

    # The most precise date wins and points at a mention that reports it.
    precision_of = {(m.doc, m.start): e.date.precision for e in given for m in e.mentions}
    for e in t.events:
        reported = {precision_of[(m.doc, m.start)] for m in e.mentions}
        if "day" in reported:
            assert e.date.precision == "day"
            assert precision_of[(e.mentions[e.date.mention].doc, e.mentions[e.date.mention].start)] == "day"

    # Chronological order.
    keys = [sort_key(e) for e in t.events]
    assert keys == sorted(keys)

    # A surname in one article and the full name in another are one actor, named in full.
    assert all(len(a.name.split()) >= 2 for a in t.actors if a.type == "PERSON")
    assert sum(a.events for a in t.actors) == sum(len(e.actors) for e in t.events)
