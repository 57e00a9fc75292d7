"""The --dates FILE option: article dates given by the user (CSV or JSON), and matching them to Documents."""

from __future__ import annotations

import csv
import io
import json
import os

from timeline.errors import UsageError
from timeline.ingest.dates import normalize_date
from timeline.ingest.decode import BinaryContent, decode_bytes
from timeline.model import Document
from timeline.schema import json_loads


def load_dates_file(path: str) -> dict[str, str]:
    """``{path-or-id: YYYY-MM-DD}`` from a CSV (key,date; header optional) or a JSON object.

    Raises UsageError naming the file (and line) for an unreadable file or a bad entry.
    """
    try:
        with open(path, "rb") as f:
            text = decode_bytes(f.read())
    except FileNotFoundError as e:
        raise UsageError("no such file or directory", path=path) from e
    except PermissionError as e:
        raise UsageError("permission denied", path=path) from e
    except IsADirectoryError as e:
        raise UsageError("is a directory, not a dates file", path=path) from e
    except BinaryContent as e:
        raise UsageError("not a text file", path=path) from e
    if path.lower().endswith(".json") or text.lstrip().startswith("{"):
        return _load_json(path, text)
    return _load_csv(path, text)


def _load_json(path: str, text: str) -> dict[str, str]:
    try:
        data = json_loads(text)
    except json.JSONDecodeError as e:
        raise UsageError(f"malformed JSON: {e.msg}", path=path, line=e.lineno) from e
    if not isinstance(data, dict):
        raise UsageError("expected a JSON object {path-or-id: date}", path=path, line=1)
    dates: dict[str, str] = {}
    for key, value in data.items():
        line = _line_of(text, json.dumps(key))
        value_text = value if isinstance(value, str) else None
        normalized = normalize_date(value_text) if value_text is not None else None
        if not key.strip() or normalized is None:
            raise UsageError(f"{key!r}: {value!r} is not an unambiguous date", path=path, line=line)
        dates[key.strip()] = normalized
    return dates


def _load_csv(path: str, text: str) -> dict[str, str]:
    dates: dict[str, str] = {}
    first = True
    for line_no, line in enumerate(text.split("\n"), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        row = [cell.strip() for cell in next(csv.reader(io.StringIO(line)))]
        while row and not row[-1]:
            row.pop()
        if len(row) != 2:
            raise UsageError(f"expected two columns (path-or-id, date), found {len(row)}", path=path, line=line_no)
        key, value = row
        normalized = normalize_date(value)
        if normalized is None and first and _is_header(key, value):
            first = False
            continue  # the header row
        first = False
        if not key or normalized is None:
            raise UsageError(f"{value!r} is not an unambiguous date", path=path, line=line_no)
        if key in dates and dates[key] != normalized:
            raise UsageError(f"{key!r} is given two different dates", path=path, line=line_no)
        dates[key] = normalized
    return dates


def _line_of(text: str, needle: str) -> int:
    index = text.find(needle)
    return text.count("\n", 0, index) + 1 if index >= 0 else 1


# A first row is a header only when it names the columns; "a.txt,someday" is a bad entry.
_HEADER_KEYS = {"path", "id", "path-or-id", "path_or_id", "file", "filename", "document", "doc", "name", "key"}
_HEADER_VALUES = {"date", "dates", "day", "published", "date_publish", "datepublished", "publication date", "pubdate"}


def _is_header(key: str, value: str) -> bool:
    return key.lower() in _HEADER_KEYS or value.lower() in _HEADER_VALUES


def date_for(document: Document, dates: dict[str, str], used: set[str] | None = None) -> str | None:
    """The date ``dates`` gives ``document``: by id, then path, then the path's basename, then stem.
    The key that matched is added to ``used``."""
    key = _key_for(document, dates)
    if key is None:
        return None
    if used is not None:
        used.add(key)
    return dates[key]


def _key_for(document: Document, dates: dict[str, str]) -> str | None:
    keys = [document.id]
    if document.path:
        keys += [
            document.path,
            os.path.normpath(document.path),
            os.path.basename(document.path),
            os.path.splitext(os.path.basename(document.path))[0],
        ]
    for key in keys:
        if key in dates:
            return key
    if document.path:
        # Keys written as "./seeds/a.txt" or with a trailing separator still name the same file.
        normalized = {os.path.normpath(k): k for k in dates}
        return normalized.get(os.path.normpath(document.path))
    return None
