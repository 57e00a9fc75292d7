"""Pausing Python's cyclic garbage collector around work that makes many long-lived objects."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def automatic_collection_paused() -> Iterator[None]:
    """No automatic cyclic collection meanwhile; the thresholds are given back after, whatever
    happens. Nested, the inner pause does nothing. (A threshold of 0 stops automatic collections:
    ``gc.disable`` would not do, spaCy's msgpack loader, srsly, calls ``gc.enable()`` after each
    file it reads.)"""
    thresholds = gc.get_threshold()
    if thresholds[0] == 0:  # already paused
        yield
        return
    gc.set_threshold(0)
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
