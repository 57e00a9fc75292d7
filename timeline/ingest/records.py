"""Input records before they become Documents: the field aliases of the input contract and their checks."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from timeline.errors import InputError

_LONE_SURROGATE = re.compile("[\ud800-\udfff]")

# The input contract (the README's "Input formats"): canonical field first, then its aliases, in order of preference.
ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("id",),
    "text": ("text", "content", "body", "maintext"),
    "date": ("date", "published", "date_publish", "datePublished"),
    "title": ("title", "headline"),
    "url": ("url", "link"),
    "source": ("source", "publisher", "source_domain"),
}


@dataclass(frozen=True)
class Record:
    """One article as a reader found it: raw metadata, not yet given an id or a date."""

    path: str
    text: str
    line: int | None = None  # 1-based line of the record in its file (JSON, JSONL)
    number: int | None = None  # 1-based record number in a file holding several, for default ids
    id: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    date: object = None  # as written: str, or date/datetime from YAML
    date_hint: str | None = None  # YYYY-MM-DD a reader found itself (HTML <meta>, JSON-LD ...)
    warnings: tuple[str, ...] = ()  # what the reader changed or dropped, for the user to hear


def pick(fields: Mapping[str, object], name: str) -> object:
    """The value of field ``name`` under its canonical name or first alias present (None if absent)."""
    for key in ALIASES[name]:
        if key in fields and fields[key] is not None:
            value = fields[key]
            # JSON may escape half a surrogate pair ("\ud800"), which no file or database can hold:
            # it becomes U+FFFD, one character for one, like an undecodable byte in a text file.
            # NUL characters ("\u0000") are dropped, as in a text file (see decode_bytes).
            return _LONE_SURROGATE.sub("\ufffd", value).replace("\x00", "") if isinstance(value, str) else value
    return None


def pick_raw(fields: Mapping[str, object], name: str) -> object:
    """The value of field ``name`` as the input has it."""
    for key in ALIASES[name]:
        if key in fields and fields[key] is not None:
            return fields[key]
    return None


def metadata(fields: Mapping[str, object], *, path: str, line: int | None) -> dict[str, Any]:
    """id, title, url, source and date from a JSON object or front matter, type-checked."""
    out: dict[str, Any] = {}
    ident = pick(fields, "id")
    if ident is not None:
        if isinstance(ident, bool) or not isinstance(ident, str | int):
            raise InputError(f"field 'id' must be a string or an integer, not {_kind(ident)}", path=path, line=line)
        if not str(ident).strip():
            raise InputError("field 'id' is empty", path=path, line=line)
        out["id"] = str(ident).strip()
    for name in ("title", "url", "source"):
        value = pick(fields, name)
        if value is not None and not isinstance(value, str):
            raise InputError(f"field '{name}' must be a string, not {_kind(value)}", path=path, line=line)
        out[name] = (value.strip() or None) if isinstance(value, str) else None
    date = pick(fields, "date")
    if date is not None and not isinstance(date, str | dt.date):
        raise InputError(f"field 'date' must be a string, not {_kind(date)}", path=path, line=line)
    # An empty date field is an absent one, not a bad one.
    out["date"] = None if isinstance(date, str) and not date.strip() else date
    return out


def record_from_object(obj: object, *, path: str, line: int | None, number: int | None) -> Record:
    """A JSON object with a text field as a Record; InputError naming path:line otherwise."""
    if not isinstance(obj, dict):
        raise InputError(f"expected a JSON object, not {_kind(obj)}", path=path, line=line)
    raw = pick_raw(obj, "text")
    text = pick(obj, "text")
    if text is None:
        raise InputError("record has no 'text' field (or content, body, maintext)", path=path, line=line)
    if not isinstance(text, str):
        raise InputError(f"field 'text' must be a string, not {_kind(text)}", path=path, line=line)
    meta = metadata(obj, path=path, line=line)
    nuls = raw.count("\x00") if isinstance(raw, str) else 0
    warnings = (f"{nuls} NUL character{'s' if nuls > 1 else ''} removed from the text",) if nuls else ()
    return Record(path=path, text=text.replace("\r\n", "\n"), line=line, number=number, warnings=warnings, **meta)


def _kind(value: object) -> str:
    return {
        dict: "an object",
        list: "an array",
        str: "a string",
        int: "a number",
        float: "a number",
        bool: "a boolean",
    }.get(type(value), type(value).__name__)


# A first line this short, with no sentence punctuation at its end and more text after it, is the
# article's headline: how .txt files saved from news sites (the seeds among them) begin.
HEADLINE_MAX_CHARS = 150
HEADLINE_MAX_WORDS = 25
_NOT_A_HEADLINE_END = (".", ",", ";", ":", "-", "–", "—")


def headline(text: str) -> str | None:
    """The text's first line when it looks like a title (short, no final period, text after it)."""
    lines = text.lstrip("\ufeff").strip().splitlines()
    if len(lines) < 2:
        return None
    first = " ".join(lines[0].split())
    if first.startswith("#"):  # a Markdown heading
        first = first.lstrip("#").strip()
    if not first or len(first) > HEADLINE_MAX_CHARS or len(first.split()) > HEADLINE_MAX_WORDS:
        return None
    if first.endswith(_NOT_A_HEADLINE_END) or not any(c.isalpha() for c in first):
        return None
    return first
