"""The content hash the store uses to tell whether a document must be extracted again."""

from __future__ import annotations

import hashlib
import json

from timeline.model import Document


def content_hash(document: Document) -> str:
    """sha256 hex of what extraction depends on: the text, the id and the document date's value."""
    # JSON framing keeps field boundaries unambiguous ("ab"+"c" differs from "a"+"bc").
    payload = json.dumps(
        {"id": document.id, "date": document.date.value, "text": document.text},
        ensure_ascii=False,
        sort_keys=True,
        separators=(",", ":"),
    )
    return hashlib.sha256(payload.encode("utf-8", "surrogatepass")).hexdigest()
