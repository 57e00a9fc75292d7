"""The store's cache of merged chronologies, in :mod:`timeline.codec`'s encoding."""

from __future__ import annotations

from collections.abc import Iterator

from timeline.model import Timeline


def encode_for_cache(timeline: Timeline) -> bytes | Iterator[bytes]:
    """The merged chronology as the store caches it (:func:`timeline.codec.encode_timeline`): whole,
    or in pieces for an on-disk merge's chronology (its encoding too can be large)."""
    from timeline.codec import EncodedEvents, encode_timeline

    if isinstance(timeline.events, EncodedEvents):
        return encode_timeline(timeline)
    return b"".join(encode_timeline(timeline))


# A cached chronology larger than this (compressed; sizes measured: benchmarks/README.md) is read
# back with its events kept on disk, as the on-disk merge made them.
LAZY_CACHE_BYTES = 24 << 20


def cached_timeline(store, key: str, *, lazy_bytes: int | None = None) -> tuple[Timeline, bytes | None] | None:
    """The chronology cached under ``key`` and its encoding (None when read in pieces, as when it is
    larger than ``lazy_bytes``, default :data:`LAZY_CACHE_BYTES`), or None: also when the cached
    copy is damaged or in an older encoding, since it is only a cache, merged again and replaced."""
    from timeline.codec import EventTexts, decode_timeline

    size = store.timeline_size(key)
    if size is None:
        return None
    if size > (LAZY_CACHE_BYTES if lazy_bytes is None else lazy_bytes):
        from timeline.merge.ondisk import EventTable

        timeline = decode_timeline(store.timeline_pieces(key), events=EventTable())
        return None if timeline is None else (timeline, None)
    data = store.get_timeline(key)
    if not isinstance(data, bytes):  # plain JSON text, as the first versions cached it
        return None
    # events stay JSON texts until asked for: a filtered `show` decodes only what it may keep
    timeline = decode_timeline(data, events=EventTexts())
    return None if timeline is None else (timeline, data)
