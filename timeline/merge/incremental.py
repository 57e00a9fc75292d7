"""The merge of a store that grows: after documents are added, re-merge only what they can reach.

A full merge of the store (:func:`merge_recorded`) also returns a *record* of how it merged: the
names the actor index was built from, each event's blocking features (stem, participants, day
span, order key), the links found and the blocks whose sweeps found them, and where each event
went in the chronology. :func:`merge_added` takes that record, the chronology it goes with and the
added documents, and gives exactly what :func:`timeline.merge.merge` gives on all the documents:

* the actor index is rebuilt from the recorded names plus the new ones (cheap: names, not events);
  an old event one of whose names changed canonical name or type counts as *changed*;
* a block (see :mod:`timeline.merge.cluster`) is *affected* when a new or changed event is in it
  (before or after); only affected blocks are swept again, before and after, and only pairs they
  newly find, or pairs with a new or changed event, are scored;
* a link is kept while an unaffected block, or the new sweep of an affected one, still finds it;
* the events of every connected component of links that holds a new or changed event, or an
  event whose links changed, are clustered again; every other component is exactly as before
  (grouping works per component), so its fused events are copied from the old chronology.

Anything the record cannot follow (a document removed or replaced, other aliases, a mentionless
new event) makes the caller merge everything again.
"""

from __future__ import annotations

import heapq
import json
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any

from timeline.codec import MixedEvents
from timeline.collector import automatic_collection_paused
from timeline.merge.actors import ActorIndex, name_tokens
from timeline.merge.cluster import (
    CROSS_STEM_WINDOW,
    FIGURES,
    SAME_STEM_WINDOW,
    Item,
    by_stem_alone,
    day_span,
    group,
    key_ranks,
    link,
    make_item,
    sweep,
)
from timeline.merge.combine import fuse
from timeline.merge.order import sort_key
from timeline.model import Document, Event, Extraction, Timeline
from timeline.version import MERGE_VERSION, __version__

RECORD_VERSION = 1


class Unfollowable(Exception):
    """The change is not one the record can follow: merge everything again."""


# -- blocks ---------------------------------------------------------------------------------------


def _block_keys(participants: Iterable[str], stem: str, figures: bool) -> list[str]:
    """The blocks an event is in, as :func:`timeline.merge.cluster.blocks` makes them: "s" blocks
    (participant or figures, stem) and "p" blocks (participant)."""
    keys = []
    for participant in participants:
        keys.append(f"s\0{participant}\0{stem}")
        keys.append(f"p\0{participant}")
    if figures:
        keys.append(f"s\0{FIGURES}\0{stem}")
    return keys


def _sweep(members: list[int], days: Sequence, ranks: Sequence[int], kind: str, add) -> None:
    """One block's sweep, as :func:`timeline.merge.cluster.block_pairs` runs it."""
    if len(members) < 2:
        return
    dated, loose = [], []
    for index in members:
        span = days[index]
        if span is None:
            loose.append((ranks[index], index))
        else:
            dated.append((span[0], span[1], ranks[index], index))
    if kind == "s":
        sweep(dated, loose, SAME_STEM_WINDOW, add, True)
    else:
        sweep(dated, loose, CROSS_STEM_WINDOW, add, False)


def _members(features: Sequence[tuple], wanted: set[str] | None) -> dict[str, list[int]]:
    """Block key -> indexes of the events in it (only ``wanted`` blocks, unless None)."""
    found: dict[str, list[int]] = defaultdict(list)
    for index, (participants, stem, figures) in enumerate(features):
        for key in _block_keys(participants, stem, figures):
            if wanted is None or key in wanted:
                found[key].append(index)
    return found


# -- the record -----------------------------------------------------------------------------------


def _name_keys(event: Event) -> list[str]:
    """The names whose canonical form decides the event's canonical form (actors, claim sources)."""
    names = {ref.name for ref in event.actors} | {c.source for c in event.claims if c.source}
    return sorted({" ".join(key) for name in names if (key := name_tokens(name))})


def _features(item: Item) -> tuple:
    return (sorted(item.participants), item.stem, by_stem_alone(item))


def _tuples(value):
    return tuple(_tuples(v) for v in value) if isinstance(value, list) else value


def _events_of(extractions: Sequence[Extraction], seen: set[tuple]) -> Iterator[tuple[str, int, Event]]:
    """(document id, position in its extraction, event) of each event a merge keeps, in order."""
    for extraction in extractions:
        for seq, event in enumerate(extraction.events):
            identity = (event.id, tuple((m.doc, m.sentence, m.start) for m in event.mentions))
            if identity not in seen:
                seen.add(identity)
                yield extraction.document.id, seq, event


def _aliases_text(aliases: Mapping | None) -> str:
    return json.dumps(aliases, sort_keys=True, ensure_ascii=False)


def merge_recorded(
    extractions: Iterable[Extraction],
    keys: Sequence[str],
    *,
    aliases: Mapping[str, Sequence[str]] | None = None,
) -> tuple[Timeline, dict]:
    """:func:`timeline.merge.merge` of ``extractions`` (one per document, with its content key in
    ``keys``), and the record :func:`merge_added` continues from."""
    with automatic_collection_paused():
        return _merge_recorded(list(extractions), keys, aliases)


def _merge_recorded(
    extractions: list[Extraction], keys: Sequence[str], aliases: Mapping[str, Sequence[str]] | None
) -> tuple[Timeline, dict]:
    documents: list[Document] = []
    seen_docs: set[str] = set()
    for extraction in extractions:
        if extraction.document.id not in seen_docs:
            seen_docs.add(extraction.document.id)
            documents.append(extraction.document)
    places = list(_events_of(extractions, set()))
    names = ActorIndex.seen(extractions)
    index = ActorIndex.from_seen(names, aliases)
    published = {d.id: d.date.value for d in documents}
    shared: dict = {}
    items = [make_item(i, index.canonicalize(e), shared, published) for i, (_, _, e) in enumerate(places)]
    features = [_features(it) for it in items]
    days = [day_span(it) for it in items]
    ranks = key_ranks([it.key for it in items])
    # One sweep of the blocks: each candidate pair with the blocks that find it, in the order
    # they do (the record keeps them for the links)
    by_pair: dict[tuple[int, int], list[str]] = defaultdict(list)
    for key, members in _members(features, None).items():

        def note(i: int, j: int, key: str = key) -> None:
            by_pair[(i, j)].append(key)

        _sweep(members, days, ranks, key[0], note)
    links = [lk for i, j in by_pair if (lk := link(items[i], items[j])) is not None]
    linked = {(lk.a.index, lk.b.index) if lk.a.index < lk.b.index else (lk.b.index, lk.a.index) for lk in links}
    found = {pair: keys_ for pair, keys_ in by_pair.items() if pair in linked}
    by_pair.clear()
    groups = group(items, links)
    fused = [fuse(members, explain) for members, explain in groups]
    order = sorted(range(len(fused)), key=lambda k: sort_key(fused[k]))
    position = {id(event): p for p, k in enumerate(order) for event in groups[k][0]}
    ordered = [fused[k] for k in order]
    timeline = Timeline(documents=tuple(documents), events=tuple(ordered), actors=index.actors(ordered))
    record = {
        "version": RECORD_VERSION,
        "timeline": __version__,
        "merge": MERGE_VERSION,
        "aliases": _aliases_text(aliases),
        "documents": [[d.id, key] for d, key in zip(documents, keys, strict=True)],
        "published": published,
        "names": names,
        "assigned": index.assignments(),
        "events": [
            [doc, seq, list(it.key), f[0], f[1], f[2], list(d) if d else None, _name_keys(e), position[id(it.event)]]
            for (doc, seq, e), it, f, d in zip(places, items, features, days, strict=True)
        ],
        "links": [[i, j, keys_] for (i, j), keys_ in found.items()],
        "ordered": [[list(sort_key(e)), sorted({ref.name for ref in e.actors})] for e in ordered],
    }
    return timeline, record


def merge_added(
    record: dict,
    old: Timeline,
    added: Sequence[Extraction],
    keys: Sequence[str],
    read: Callable[[Sequence[str]], Sequence[Extraction]],
    *,
    aliases: Mapping[str, Sequence[str]] | None = None,
) -> tuple[Timeline, dict]:
    """The merge of the record's documents and ``added`` (with their content keys ``keys``): what
    :func:`merge_recorded` would give on all of them. ``old``: the chronology the record goes with
    (its events may be a :class:`MixedEvents` of texts); ``read(ids)``: the stored extractions of
    those documents (as ``Store.merge_inputs`` reads them). Raises Unfollowable."""
    with automatic_collection_paused():
        return _merge_added(record, old, added, keys, read, aliases)


def _merge_added(
    record: dict,
    old: Timeline,
    added: Sequence[Extraction],
    keys: Sequence[str],
    read: Callable[[Sequence[str]], Sequence[Extraction]],
    aliases: Mapping[str, Sequence[str]] | None,
) -> tuple[Timeline, dict]:
    new_docs = [x.document for x in added]
    _check_followable(record, aliases, new_docs)
    n = len(record["events"])
    # the identities merge() keeps events apart by: new documents' events have new mentions
    placed = list(_events_of(added, set()))
    if any(not e.mentions for _, _, e in placed):
        raise Unfollowable("an event without mentions")

    names = ActorIndex.seen(added, record["names"])
    index = ActorIndex.from_seen(names, aliases)
    assigned = index.assignments()
    before = record["assigned"]
    # a name seen for the first time changes too: a claim source no event named kept its own
    # spelling until an actor of that name turned up
    changed_names = {k for k, v in assigned.items() if k not in before or tuple(before[k]) != v}
    published = dict(record["published"])
    published.update({d.id: d.date.value for d in new_docs})

    olds = record["events"]
    changed = [i for i, ev in enumerate(olds) if changed_names and not changed_names.isdisjoint(ev[7])]
    # Items: of new and changed events now, of any other event when a pair needs scoring.
    items: dict[int, Item] = {}
    shared: dict = {}
    for k, (_, _, event) in enumerate(placed):
        items[n + k] = make_item(n + k, index.canonicalize(event), shared, published)

    def load(indexes: Iterable[int]) -> None:
        wanted = sorted(i for i in set(indexes) if i not in items)
        if not wanted:
            return
        docs = {x.document.id: x for x in read(list(dict.fromkeys(olds[i][0] for i in wanted)))}
        for i in wanted:
            event = docs[olds[i][0]].events[olds[i][1]]
            items[i] = make_item(i, index.canonicalize(event), shared, published)

    load(changed)
    fresh = set(changed) | set(range(n, n + len(placed)))
    old_features, new_features, affected = _features_after(olds, items, changed, fresh, len(placed))
    old_days = [tuple(ev[6]) if ev[6] else None for ev in olds]
    new_days = old_days + [day_span(items[n + k]) for k in range(len(placed))]
    for i in changed:
        new_days[i] = day_span(items[i])
    ranks = key_ranks([tuple(ev[2]) for ev in olds] + [items[n + k].key for k in range(len(placed))])

    before_pairs, after = _candidate_pairs(old_features, new_features, affected, old_days, new_days, ranks)
    links, dirty = _links_kept(record["links"], fresh, affected, after)
    _score_new_pairs(items, load, links, dirty, after, before_pairs, fresh)

    redo = _reached(dirty, links)
    load(redo)
    groups = _regroup(items, redo, links)
    fused = [fuse(members, explain) for members, explain in groups]
    gone = {olds[i][8] for i in redo if i < n}

    events, positions, ordered_record, counts = _in_order(old, record["ordered"], gone, fused, index)

    events_record = _events_record(olds, placed, items, redo, groups, positions, new_features, new_days)
    documents = tuple(old.documents) + tuple(new_docs)
    timeline = Timeline(documents=documents, events=MixedEvents(events), actors=index.actors_counted(counts))
    new_record = {
        "version": RECORD_VERSION,
        "timeline": __version__,
        "merge": MERGE_VERSION,
        "aliases": record["aliases"],
        "documents": record["documents"] + [[d.id, key] for d, key in zip(new_docs, keys, strict=True)],
        "published": published,
        "names": names,
        "assigned": assigned,
        "events": events_record,
        "links": [[i, j, found_by] for (i, j), found_by in links.items()],
        "ordered": ordered_record,
    }
    return timeline, new_record


def _check_followable(record: dict, aliases, new_docs: list) -> None:
    """Raise Unfollowable unless the record can be continued with these new documents."""
    if (
        record.get("version") != RECORD_VERSION
        or record.get("timeline") != __version__
        or record.get("merge") != MERGE_VERSION
    ):
        raise Unfollowable("a record of another version or of other merge rules")
    if record["aliases"] != _aliases_text(aliases):
        raise Unfollowable("another record or other aliases")
    old_ids = {doc for doc, _ in record["documents"]}
    if any(d.id in old_ids for d in new_docs) or len({d.id for d in new_docs}) != len(new_docs):
        raise Unfollowable("a document is replaced")


def _score_new_pairs(items: dict, load, links: dict, dirty: set, after: dict, before_pairs, fresh: set[int]) -> None:
    """Score the candidate pairs the addition made or changed; each that links is recorded (with the
    blocks that found it) and its two events marked for regrouping."""
    to_score = [
        pair
        for pair in after
        if pair not in links and (pair[0] in fresh or pair[1] in fresh or pair not in before_pairs)
    ]
    load(i for pair in to_score for i in pair)
    for pair in to_score:
        if link(items[pair[0]], items[pair[1]]) is not None:
            links[pair] = sorted(set(after[pair]))
            dirty.update(pair)


def _regroup(items: dict, redo: set[int], links: dict) -> list:
    """The groups of the events a change reached, from their links (scored again: the same every time)."""
    redo_links = []
    for i, j in links:
        if i in redo:
            lk = link(items[i], items[j])
            assert lk is not None  # a link's two events score the same every time
            redo_links.append(lk)
    return group([items[i] for i in sorted(redo)], redo_links)


def _features_after(olds: list, items: dict, changed: list[int], fresh: set[int], added: int):
    """The blocking features of every event before and after the addition (the record's for the
    events that did not change), and the blocks the new and changed events are in, before or after."""
    n = len(olds)
    old_features = [(ev[3], ev[4], ev[5]) for ev in olds]
    new_features = old_features + [_features(items[n + k]) for k in range(added)]
    for i in changed:
        new_features[i] = _features(items[i])
    affected: set = set()
    for i in fresh:
        affected.update(_block_keys(*new_features[i]))
        if i < n:
            affected.update(_block_keys(*old_features[i]))
    return old_features, new_features, affected


def _candidate_pairs(
    old_features: list, new_features: list, affected: set, old_days: list, new_days: list, ranks
) -> tuple[set[tuple[int, int]], dict[tuple[int, int], list[str]]]:
    """The pairs the blocks ``affected`` made candidates before the new documents, and after
    them with the blocking keys that found each."""
    before_pairs: set[tuple[int, int]] = set()
    for key, members in _members(old_features, affected).items():
        _sweep(members, old_days, ranks, key[0], lambda i, j: before_pairs.add((i, j)))
    after: dict[tuple[int, int], list[str]] = defaultdict(list)
    for key, members in _members(new_features, affected).items():

        def note(i: int, j: int, key: str = key) -> None:
            after[(i, j)].append(key)

        _sweep(members, new_days, ranks, key[0], note)
    return before_pairs, after


def _links_kept(
    recorded: list, fresh: set[int], affected: set, after: dict[tuple[int, int], list[str]]
) -> tuple[dict[tuple[int, int], list[str]], set[int]]:
    """The recorded links that still hold (a block outside ``affected`` or a candidate pair still
    finds them, between events that did not change), and the events whose groups are to be made
    again: those of fresh events and of links no block finds any more."""
    links: dict[tuple[int, int], list[str]] = {}
    dirty: set[int] = set(fresh)
    for i, j, found_by in recorded:
        pair = (i, j)
        if i in fresh or j in fresh:
            dirty.update(pair)  # scored again below if still a candidate
            continue
        kept = [key for key in found_by if key not in affected]
        again = after.get(pair, [])
        if kept or again:
            links[pair] = sorted(set(kept) | set(again))
        else:
            dirty.update(pair)  # no block finds it any more
    return links, dirty


def _in_order(
    old: Timeline, ordered: list, gone: set[int], fused: list[Event], index: ActorIndex
) -> tuple[list[str | Event], dict[tuple[int, int], int], list, Counter]:
    """The old chronology's events but ``gone`` and the ``fused`` ones, merged in chronological
    order: the events, the position of each ((0, old position) or (1, fused index)), the record's
    order entries and the events per canonical actor name."""
    old_items = old.events.texts() if isinstance(old.events, MixedEvents) else list(old.events)
    old_keys = [_tuples(entry[0]) for entry in ordered]
    old_names = [entry[1] for entry in ordered]
    kept_positions = [p for p in range(len(old_items)) if p not in gone]
    new_order = sorted(range(len(fused)), key=lambda k: sort_key(fused[k]))
    streams = (
        ((old_keys[p], 0, p) for p in kept_positions),
        ((sort_key(fused[k]), 1, k) for k in new_order),
    )
    merged_order = list(heapq.merge(*streams, key=lambda t: t[0]))
    events: list[str | Event] = []
    positions: dict[tuple[int, int], int] = {}
    ordered_record = []
    counts: Counter = Counter()
    for p, (skey, source, k) in enumerate(merged_order):
        positions[(source, k)] = p
        if source == 0:
            events.append(old_items[k])
            ref_names = old_names[k]
        else:
            events.append(fused[k])
            ref_names = sorted({ref.name for ref in fused[k].actors})
        for name in {index.canonical(name) for name in ref_names}:
            counts[name] += 1
        ordered_record.append([list(skey), ref_names])
    return events, positions, ordered_record, counts


def _events_record(
    olds: list,
    placed: list,
    items: dict[int, Item],
    redo: set[int],
    groups: list,
    positions: dict[tuple[int, int], int],
    new_features: list,
    new_days: list,
) -> list:
    """The record's entry of every event, old ones first then those of the added documents, each
    with its position in the new chronology (its group's, for an event grouped again)."""
    n = len(olds)
    group_of: dict[int, int] = {}
    for k, (grouped, _) in enumerate(groups):
        for member in grouped:
            group_of[id(member)] = positions[(1, k)]
    events_record = []
    for i, ev in enumerate(olds):
        if i in redo:
            p = group_of[id(items[i].event)]
        else:
            p = positions[(0, ev[8])]
        features = new_features[i]
        events_record.append(
            [
                ev[0],
                ev[1],
                ev[2],
                list(features[0]),
                features[1],
                features[2],
                _days(new_days[i]),
                ev[7],  # the names as written: canonical forms may change again
                p,
            ]
        )
    for k, (doc, seq, event) in enumerate(placed):
        it = items[n + k]
        d = new_days[n + k]
        events_record.append(
            [doc, seq, list(it.key), sorted(it.participants), it.stem, new_features[n + k][2]]
            + [list(d) if d else None, _name_keys(event), group_of[id(it.event)]]
        )
    return events_record


def _days(span) -> list[int] | None:
    return list(span) if span else None


def _reached(dirty: Iterable[int], links: Iterable[tuple[int, int]]) -> set[int]:
    """The events of the connected components (of ``links``) that hold a dirty event."""
    neighbours: dict[int, list[int]] = defaultdict(list)
    for i, j in links:
        neighbours[i].append(j)
        neighbours[j].append(i)
    reached: set[int] = set()
    stack = list(dirty)
    while stack:
        i = stack.pop()
        if i in reached:
            continue
        reached.add(i)
        stack.extend(neighbours.get(i, ()))
    return reached


def encode_record(record: dict) -> bytes:
    import zlib

    return zlib.compress(json.dumps(record, ensure_ascii=False, separators=(",", ":")).encode("utf-8"), 1)


def decode_record(data: Any) -> dict | None:
    import zlib

    try:
        record = json.loads(zlib.decompress(data).decode("utf-8"))
    except (zlib.error, ValueError, TypeError):
        return None
    return record if isinstance(record, dict) and record.get("version") == RECORD_VERSION else None
