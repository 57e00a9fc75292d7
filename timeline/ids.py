"""Document ids across runs: a different document arriving under an id already stored is given
another id (with a warning naming both paths), never silently put in the stored one's place.

The same path with another text is an edited article (replaced: that is what re-running is
for); the same text under another path is the same article (reused). Standard input has no path
to go by: there only the text decides.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
import re
from collections.abc import Callable

from timeline.model import Document, Extraction

STDIN_PATH = "<stdin>"
_SUFFIX = re.compile(r"-(?:\d+|[0-9a-f]{8})\Z")  # what ingest and text_id append to a derived id


def text_id(base: str, text: str) -> str:
    """``base`` plus a short hash of the text: the same article always gets the same one."""
    return f"{base}-{hashlib.sha256(text.encode('utf-8', 'surrogatepass')).hexdigest()[:8]}"


def conflicts(document_path: str | None, text: str, stored: tuple[str | None, str] | None) -> bool:
    """Whether the stored ``(path, text)`` under this id is another document than this one."""
    if stored is None:
        return False
    stored_path, stored_text = stored
    if stored_text == text:
        return False
    return document_path != stored_path or document_path in (None, STDIN_PATH)


def derived(doc_id: str, path: str | None) -> bool:
    """Whether ``doc_id`` was made from the path (file stem, ``stem-N``, ``stdin-N``), not given
    by the input's own ``id`` field."""
    if not path:
        return False
    base = "stdin" if path == STDIN_PATH else os.path.splitext(path)[0].replace(os.sep, "/")
    head = doc_id
    while True:
        if base == head or base.endswith("/" + head):
            return True
        shorter = _SUFFIX.sub("", head)
        if shorter == head or not shorter:
            return False
        head = shorter


def unique_document(
    document: Document,
    lookup: Callable[[str], tuple[str | None, str] | None],
    taken: set[str],
    warn: Callable[[str], None],
) -> Document:
    """``document``, or a copy under a new id if its id is stored for another document."""
    stored = lookup(document.id)
    if not conflicts(document.path, document.text, stored):
        return document
    assert stored is not None
    where = f"{document.path}:{document.line}" if document.line else (document.path or document.id)
    if not derived(document.id, document.path):
        # An id the input gave itself names the article: this is a new version of it.
        warn(f"{where}: id '{document.id}' replaces the document stored from {stored[0] or 'no path'}")
        return document
    new = text_id(document.id, document.text)
    n = 2
    while new in taken or conflicts(document.path, document.text, lookup(new)):
        new = text_id(f"{document.id}-{n}", document.text)
        n += 1
    warn(
        f"{where}: id '{document.id}' is already stored for another document "
        f"({stored[0] or 'no path'}); stored as '{new}'"
    )
    return dataclasses.replace(document, id=new)


def renamed(extraction: Extraction, new_id: str) -> Extraction:
    """An extraction moved to another document id: its mentions, sources and event ids follow."""
    from timeline.extract.events import event_id

    old = extraction.document.id

    def move(doc: str | None) -> str | None:
        return new_id if doc == old else doc

    events = []
    for e in extraction.events:
        ident = e.id
        if e.mentions and e.id == event_id(old, e.mentions[0].start):
            ident = event_id(new_id, e.mentions[0].start)
        events.append(
            dataclasses.replace(
                e,
                id=ident,
                mentions=tuple(dataclasses.replace(m, doc=new_id) if m.doc == old else m for m in e.mentions),
                sources=tuple(move(s) or s for s in e.sources),
                claims=tuple(dataclasses.replace(c, doc=move(c.doc)) for c in e.claims),
            )
        )
    return dataclasses.replace(
        extraction,
        document=dataclasses.replace(extraction.document, id=new_id),
        timexes=tuple(dataclasses.replace(t, doc=new_id) if t.doc == old else t for t in extraction.timexes),
        events=tuple(events),
    )
