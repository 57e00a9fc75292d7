"""Cross-document merge: one event per happening, actors identified across articles, chronological order.

``merge`` is the stage entry point; ``order_events`` and ``filter_timeline`` serve ``show`` too.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from timeline.model import Event, Extraction, Timeline

if TYPE_CHECKING:
    from timeline.merge.actors import ActorIndex
    from timeline.merge.combine import merged_id
    from timeline.merge.filters import filter_timeline, restrict
    from timeline.merge.order import order_events, sort_key

__all__ = ["merge", "order_events", "filter_timeline", "restrict", "sort_key", "merged_id", "ActorIndex"]

# Imported when first used: `show` filters a cached chronology and needs none of the clustering.
_WHERE = {
    "ActorIndex": "actors",
    "merged_id": "combine",
    "filter_timeline": "filters",
    "restrict": "filters",
    "order_events": "order",
    "sort_key": "order",
}


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        return getattr(importlib.import_module(f"timeline.merge.{_WHERE[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


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
    from timeline.collector import automatic_collection_paused

    with automatic_collection_paused():
        return _merge(list(extractions), aliases)


def _merge(extractions: list[Extraction], aliases: Mapping[str, Sequence[str]] | None) -> Timeline:
    from timeline.merge.actors import ActorIndex
    from timeline.merge.cluster import cluster
    from timeline.merge.combine import fuse
    from timeline.merge.order import order_events

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
    canonical = [index.canonicalize(event) for event in events]
    published = {d.id: d.date.value for d in documents}
    merged = [fuse(members, explain) for members, explain in cluster(canonical, published)]
    ordered = order_events(merged)
    return Timeline(documents=tuple(documents), events=tuple(ordered), actors=index.actors(ordered))
