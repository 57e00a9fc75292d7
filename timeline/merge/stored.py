"""The merge of stored documents: in memory, or on disk (:mod:`timeline.merge.ondisk`) when the
store holds many events; the same chronology either way."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from timeline.model import Extraction, Timeline

# Above this many stored events the merge keeps its working data on disk (timeline.merge.ondisk):
# its memory then hardly grows with the corpus. Below, the in-memory merge is faster and needs
# little memory (measured: benchmarks/README.md).
ONDISK_EVENTS = 100_000


def merge_stored(
    store,
    ids: Sequence[str],
    aliases: dict | None,
    known: dict[str, Extraction] | None = None,
    *,
    ondisk_events: int | None = None,
) -> Timeline:
    """The merged chronology of the named stored documents, in memory or on disk by the store's size
    (the same result either way). ``known``: some of them as ``store.merge_inputs`` reads them.
    ``ondisk_events``: the size past which the merge is on disk (default :data:`ONDISK_EVENTS`)."""
    from timeline.merge import merge
    from timeline.merge.ondisk import Unsupported
    from timeline.merge.ondisk import merge_stored as merge_on_disk

    if store.counts(("events",))["events"] > _limit(ondisk_events):
        try:
            return merge_on_disk(store, ids, aliases=aliases)
        except Unsupported:  # events from elsewhere (an imported store of another version): merge in memory
            pass
    return merge(store.merge_inputs(ids, known), aliases=aliases)


def chronology_of_store(
    store,
    keyed: Sequence[tuple[str, str]],
    aliases: dict | None,
    key: str,
    known: dict[str, Extraction] | None = None,
    key_of: Callable[[list[str]], str] | None = None,
    *,
    ondisk_events: int | None = None,
) -> Timeline:
    """The merged chronology of every stored document (``keyed``: ``store.keyed_documents()``;
    ``key``: the key its chronology is cached under, timeline.store.keys.merged_key; ``key_of``:
    that key for other content keys, to continue from a merge record: without it, none is).

    When the store only grew since the chronology its merge record goes with, only what the added
    documents reach is merged again (timeline.merge.incremental); otherwise everything is. Either
    way the record of this merge is kept for the next one. A store too large for the in-memory
    merge (more than ``ondisk_events`` events) is merged on disk, whole, and no record is kept."""
    import sqlite3

    from timeline.errors import StoreError
    from timeline.merge.incremental import encode_record, merge_recorded

    ids = [doc_id for doc_id, _ in keyed]
    keys = [key for _, key in keyed]
    if store.counts(("events",))["events"] > _limit(ondisk_events):
        return merge_stored(store, ids, aliases, known, ondisk_events=ondisk_events)
    found = _continued(store, keyed, aliases, key_of) if key_of is not None else None
    if found is None:
        found = merge_recorded(store.merge_inputs(ids, known), keys, aliases=aliases)
    timeline, record = found
    try:
        store.put_merge_record(key, encode_record(record))
    except (StoreError, sqlite3.Error):
        pass  # a read-only database: the next merge is a whole one
    return timeline


def _continued(
    store, keyed: Sequence[tuple[str, str]], aliases: dict | None, key_of: Callable[[list[str]], str]
) -> tuple[Timeline, dict] | None:
    """The merge continued from the store's merge record, or None when it cannot be. ``key_of``:
    the cache key of the chronology of these content keys (it names the merge's version too: a
    record made by another version is not continued)."""
    from timeline.codec import EventTexts, decode_timeline
    from timeline.merge.incremental import Unfollowable, decode_record, merge_added

    found = store.merge_record()
    if found is None:
        return None
    key, data = found
    record = decode_record(data)
    if record is None:
        return None
    done = record["documents"]
    if len(done) > len(keyed) or [[d, k] for d, k in keyed[: len(done)]] != done:
        return None  # a document was removed or replaced since
    if key != key_of([k for _, k in done]):
        return None
    cached = store.get_timeline(key)
    old = decode_timeline(cached, events=EventTexts()) if isinstance(cached, bytes) else None
    if old is None:
        return None
    rest = keyed[len(done) :]
    added = store.merge_inputs([doc_id for doc_id, _ in rest])
    if len(added) != len(rest):
        return None  # removed meanwhile
    try:
        return merge_added(record, old, added, [k for _, k in rest], store.merge_inputs, aliases=aliases)
    except Unfollowable:
        return None


def _limit(ondisk_events: int | None) -> int:
    return ONDISK_EVENTS if ondisk_events is None else ondisk_events
