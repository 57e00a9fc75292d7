"""The store's cache of merged chronologies, in :mod:`timeline.codec`'s encoding."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from timeline.model import Timeline

if TYPE_CHECKING:
    from timeline.codec import ChronologyIndex


def encode_for_cache(timeline: Timeline, index: ChronologyIndex | None = None) -> bytes | Iterator[bytes]:
    """The merged chronology as the store caches it (:func:`timeline.codec.encode_timeline`): whole,
    or in pieces for an on-disk merge's chronology (its encoding too can be large). ``index`` is
    filled as it is encoded (see :meth:`timeline.store.Store.put_timeline`)."""
    from timeline.codec import EncodedEvents, encode_timeline

    if isinstance(timeline.events, EncodedEvents):
        return encode_timeline(timeline, index)
    return b"".join(encode_timeline(timeline, index))


def cache_timeline(store, key: str, timeline: Timeline) -> bytes | None:
    """Cache ``timeline`` under ``key``, with its index; its encoding, when it was made whole."""
    from timeline.codec import ChronologyIndex

    index = ChronologyIndex()
    data = encode_for_cache(timeline, index)
    store.put_timeline(key, data, index=index.encode)
    return data if isinstance(data, bytes) else None


# A cached chronology larger than this (compressed; sizes measured: benchmarks/README.md) is read
# back with its events kept on disk, as the on-disk merge made them.
LAZY_CACHE_BYTES = 24 << 20


def cached_timeline(
    store, key: str, *, lazy_bytes: int | None = None, indexed: bool = False
) -> tuple[Timeline, bytes | None] | None:
    """The chronology cached under ``key`` and its encoding (None when read in pieces, as when it is
    larger than ``lazy_bytes``, default :data:`LAZY_CACHE_BYTES`), or None: also when the cached
    copy is damaged or in an older encoding, since it is only a cache, merged again and replaced.

    ``indexed``: when the cache has an index, only its documents and actors are decoded; its
    events are read when asked for, a chunk at a time (timeline.codec.IndexedEvents: `show
    --actor X` or `--limit N` reads a few chunks, not the whole chronology)."""
    from timeline.codec import EventTexts, decode_timeline

    size = store.timeline_size(key)
    if size is None:
        return None
    lazy = LAZY_CACHE_BYTES if lazy_bytes is None else lazy_bytes
    if indexed:
        found = _indexed(store, key, size, lazy)
        if found is not None:
            return found
    if size > lazy:
        from timeline.merge.ondisk import EventTable

        timeline = decode_timeline(store.timeline_pieces(key), events=EventTable())
        return None if timeline is None else (timeline, None)
    data = store.get_timeline(key)
    if not isinstance(data, bytes):  # plain JSON text, as the first versions cached it
        return None
    # events stay JSON texts until asked for: a filtered `show` decodes only what it may keep
    timeline = decode_timeline(data, events=EventTexts())
    return None if timeline is None else (timeline, data)


def _indexed(store, key: str, size: int, lazy: int) -> tuple[Timeline, bytes | None] | None:
    """:func:`cached_timeline` through the chronology's index, or None without a usable one. A
    chronology larger than ``lazy`` bytes is not read whole: its parts are read from the store
    when asked for (and all its events, when needed, go to a scratch database as without index)."""
    from timeline.codec import ChronologyIndex, EventTexts, decode_timeline, indexed_timeline
    from timeline.errors import StoreError

    found = store.timeline_index(key)
    index = ChronologyIndex.decode(found, size) if found is not None else None
    if index is None:
        return None
    data: bytes | None = None
    if size > lazy:
        read = store.timeline_reader(key)
        if read is None:
            return None

        def every_event():
            from timeline.merge.ondisk import EventTable

            pieces = (read(k, min(k + (1 << 20), size)) for k in range(0, size, 1 << 20))
            whole = decode_timeline(pieces, events=EventTable())
            if whole is None:  # its parts read well, not the whole: nothing a re-run mends
                raise StoreError("the cached chronology is damaged; 'timeline extract' it again", path=store.path)
            return whole.events

        timeline = indexed_timeline(read, index, every_event)
    else:
        data = store.get_timeline(key)
        if not isinstance(data, bytes):
            return None

        def every_event():
            whole = decode_timeline(data, events=EventTexts())
            if whole is None:  # its parts read well, not the whole: nothing a re-run mends
                raise StoreError("the cached chronology is damaged; 'timeline extract' it again", path=store.path)
            return whole.events

        timeline = indexed_timeline(data, index, every_event)
    return None if timeline is None else (timeline, data)
