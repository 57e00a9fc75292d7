"""The merge of stored documents: in memory, or on disk (:mod:`timeline.merge.ondisk`) when the
store holds many events; the same chronology either way."""

from __future__ import annotations

from collections.abc import Sequence

from timeline.model import Extraction, Timeline

# Above this many stored events the merge keeps its working data on disk (timeline.merge.ondisk):
# its memory then hardly grows with the corpus. Below, the in-memory merge is faster and needs
# little memory (measured: benchmarks/README.md).
ONDISK_EVENTS = 100_000


def merge_stored(
    store, ids: Sequence[str], aliases: dict | None, known: dict[str, Extraction] | None = None
) -> Timeline:
    """The merged chronology of the named stored documents, in memory or on disk by the store's size
    (the same result either way). ``known``: some of them as ``store.merge_inputs`` reads them."""
    from timeline.merge import merge
    from timeline.merge.ondisk import Unsupported
    from timeline.merge.ondisk import merge_stored as merge_on_disk

    if store.counts(("events",))["events"] > ONDISK_EVENTS:
        try:
            return merge_on_disk(store, ids, aliases=aliases)
        except Unsupported:  # events from elsewhere (an imported store of another version): merge in memory
            pass
    return merge(store.merge_inputs(ids, known), aliases=aliases)
