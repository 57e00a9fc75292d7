"""Cross-document merge: one event per happening, actors identified across articles, chronological order.

``merge`` is the stage entry point; ``order_events`` and ``filter_timeline`` serve ``show`` too.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace

from timeline.merge.actors import ActorIndex
from timeline.merge.cluster import cluster
from timeline.merge.combine import fuse, merged_id
from timeline.merge.filters import filter_timeline, restrict
from timeline.merge.order import order_events, sort_key
from timeline.model import ActorRef, Claim, Event, Extraction, Timeline

__all__ = ["merge", "order_events", "filter_timeline", "restrict", "sort_key", "merged_id", "ActorIndex"]


def merge(
    extractions: Iterable[Extraction],
    *,
    aliases: Mapping[str, Sequence[str]] | None = None,
) -> Timeline:
    """Merge per-document extractions into one timeline.

    Documents keep their input order (a document given twice is kept once); events are merged
    across documents and ordered chronologically; actors carry cross-document canonical names,
    every other name they were seen under, and their event counts (most events first, then name).
    The result does not depend on the order of the documents.
    """
    extractions = list(extractions)
    documents = []
    seen_docs: set[str] = set()
    events: list[Event] = []
    seen_events: set[tuple] = set()
    for extraction in extractions:
        if extraction.document.id not in seen_docs:
            seen_docs.add(extraction.document.id)
            documents.append(extraction.document)
        for event in extraction.events:
            identity = (event.id, tuple((m.doc, m.sentence, m.start) for m in event.mentions))
            if identity not in seen_events:
                seen_events.add(identity)
                events.append(event)
    index = ActorIndex(extractions, aliases)
    canonical = [_canonicalize(event, index) for event in events]
    merged = [fuse(members, explain) for members, explain in cluster(canonical)]
    ordered = order_events(merged)
    return Timeline(documents=tuple(documents), events=tuple(ordered), actors=index.actors(ordered))


def _canonicalize(event: Event, index: ActorIndex) -> Event:
    """The event with cross-document actor names (one entry per actor) and claim sources."""
    refs: list[ActorRef] = []
    seen: set[str] = set()
    for ref in event.actors:
        name = index.canonical(ref.name)
        if name in seen:
            continue
        seen.add(name)
        kind = index.type_of(ref.name, ref.type)
        refs.append(ref if (name, kind) == (ref.name, ref.type) else ActorRef(name=name, type=kind, role=ref.role))
    claims = []
    for c in event.claims:
        source = index.canonical(c.source) if c.source else c.source
        claims.append(c if source == c.source else replace(c, source=source))
    actors, unique = tuple(refs), _unique_claims(claims)
    if actors == event.actors and unique == event.claims:
        return event  # most events: nothing to rename (dataclasses.replace is costly at this volume)
    return replace(event, actors=actors, claims=unique)


def _unique_claims(claims: Sequence[Claim]) -> tuple[Claim, ...]:
    return tuple(dict.fromkeys(claims))
