"""Content keys: what decides whether a stored extraction, or a cached merged chronology, can be
reused for the same inputs."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence

from timeline.model import Document
from timeline.version import MERGE_VERSION, __version__

__all__ = ["EXTRACTION_VERSION", "MERGE_VERSION", "content_key", "merged_key"]

# Bump when extraction output changes for the same input, so stored results are redone.
EXTRACTION_VERSION = "80"


def content_key(
    document: Document, *, model: str | None = None, infer_dates: bool = False, all_events: bool = False
) -> str:
    """What decides whether a stored extraction can be reused for this document: its content, the
    model's name (``model``: as asked for, None for the default), the extractor's version and the
    options that change what it finds."""
    from timeline.ingest import content_hash
    from timeline.nlp import model_name

    h = hashlib.sha256()
    parts = (
        content_hash(document),
        model_name(model) or "default",
        EXTRACTION_VERSION,
        __version__,
        "infer-dates" if infer_dates else "",
        "all-events" if all_events else "",
        # Not an input of the analysis, but stored with it: a changed title must reach the store.
        document.title or "",
    )
    for part in parts:
        h.update(part.encode())
        h.update(b"\0")
    return h.hexdigest()


def merged_key(keys: Sequence[str], aliases: dict | None) -> str:
    """The inputs of one merge: every document's content key, in order, and the aliases."""
    h = hashlib.sha256()
    h.update(MERGE_VERSION.encode())
    for key in keys:
        h.update(key.encode())
    h.update(json.dumps(aliases, sort_keys=True, ensure_ascii=False).encode())
    return h.hexdigest()
