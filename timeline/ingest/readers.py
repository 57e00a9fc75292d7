"""Readers for plain text (with optional YAML front matter), JSON and JSONL: decoded text in, Records out.

A reader returns Records and the InputErrors of the records it could not read, in input order, so
the caller decides whether the first problem stops the run or becomes a warning (--skip-bad).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator

from timeline.errors import InputError
from timeline.ingest.records import Record, metadata, record_from_object
from timeline.schema import json_loads

Item = Record | InputError
Reader = Callable[[str, str], list[Item]]


def read_text(path: str, text: str) -> list[Item]:
    """A .txt or .md file: the whole text, or the body after a YAML front matter block."""
    if not text.lstrip("\ufeff").startswith("---"):
        return [Record(path=path, text=text)]
    import frontmatter
    import yaml

    try:
        post = frontmatter.loads(text)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        # The YAML block starts after the opening '---' line; an error found at its end is
        # reported on the closing '---'.
        line = min(mark.line + 2, _closing_line(text)) if mark is not None else 1
        return [
            InputError(f"bad front matter: {_first_line(str(getattr(e, 'problem', None) or e))}", path=path, line=line)
        ]
    except ValueError as e:
        # YAML reads "date: 2016-02-30" as a timestamp and the calendar refuses it.
        return [InputError(f"bad front matter: {_first_line(str(e))}", path=path, line=1)]
    except TypeError:
        # python-frontmatter passes the fields as keyword arguments: "1: x" or "? [a]" cannot be one.
        return [InputError("bad front matter: every field name must be text", path=path, line=1)]
    if not isinstance(post.metadata, dict):
        return [InputError("front matter is not a mapping of fields", path=path, line=1)]
    if not post.metadata:
        # A '---' rule that opens an ordinary text is not front matter.
        return [Record(path=path, text=text)]
    try:
        meta = metadata(post.metadata, path=path, line=1)
    except InputError as e:
        return [e]
    return [Record(path=path, text=post.content, **meta)]


def read_json(path: str, text: str) -> list[Item]:
    """A .json file: one object, or an array of objects (each with its line number)."""
    stripped = text.lstrip("\ufeff \t\n")
    if not stripped.startswith("["):
        try:
            obj = json_loads(text)
        except json.JSONDecodeError as e:
            return [InputError(f"malformed JSON: {e.msg}", path=path, line=e.lineno)]
        try:
            return [record_from_object(obj, path=path, line=None, number=None)]
        except InputError as err:
            return [err]
    return _read_array(path, text)


def _read_array(path: str, text: str) -> list[Item]:
    # Decode element by element so every record knows the line it starts on.
    decoder = json.JSONDecoder()
    pos = text.index("[") + 1
    items: list[Item] = []
    number = 0
    # Lines are counted from the previous element on, not from the start: linear, not quadratic.
    line, counted = 1, 0
    try:
        pos = _skip_ws(text, pos)
        if text.startswith("]", pos):
            pos += 1
        else:
            while True:
                number += 1
                line += text.count("\n", counted, pos)
                counted = pos
                try:
                    obj, pos = decoder.raw_decode(text, pos)
                except RecursionError:
                    raise json.JSONDecodeError("nested too deeply", text, pos) from None
                try:
                    items.append(record_from_object(obj, path=path, line=line, number=number))
                except InputError as err:
                    items.append(err)
                pos = _skip_ws(text, pos)
                if text.startswith(",", pos):
                    pos = _skip_ws(text, pos + 1)
                elif text.startswith("]", pos):
                    pos += 1
                    break
                else:
                    raise json.JSONDecodeError("expected ',' or ']'", text, pos)
        if _skip_ws(text, pos) != len(text):
            raise json.JSONDecodeError("extra data after the array", text, _skip_ws(text, pos))
    except json.JSONDecodeError as e:
        # A broken array cannot be trusted past the break: the whole file is one error.
        return [InputError(f"malformed JSON: {e.msg}", path=path, line=e.lineno)]
    return items


def _skip_ws(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t\n\r":
        pos += 1
    return pos


def read_jsonl(path: str, text: str) -> list[Item]:
    """A .jsonl/.ndjson file: one object a line; blank lines are allowed and still counted."""
    items: list[Item] = []
    for line_no, line in enumerate(_lines(text.lstrip("\ufeff")), start=1):
        if not line.strip():
            continue
        try:
            obj = json_loads(line)
        except json.JSONDecodeError as e:
            items.append(InputError(f"malformed JSON line: {e.msg}", path=path, line=line_no))
            continue
        try:
            items.append(record_from_object(obj, path=path, line=line_no, number=line_no))
        except InputError as err:
            items.append(err)
    return items


def _lines(text: str) -> Iterator[str]:
    """``text.split("\\n")``, one line at a time (a large file's lines are not all held twice)."""
    start = 0
    while (end := text.find("\n", start)) >= 0:
        yield text[start:end]
        start = end + 1
    yield text[start:]


def read_sniffed(path: str, text: str) -> list[Item]:
    """Standard input: a JSON array or object, JSONL, HTML, or else plain text."""
    head = text.lstrip("\ufeff \t\n")
    if head.startswith("["):
        return read_json(path, text)
    if head.startswith("{"):
        try:
            json_loads(text)
        except json.JSONDecodeError:
            return read_jsonl(path, text)
        return read_json(path, text)
    if head[:15].lower().startswith(("<!doctype html", "<html")):
        from timeline.ingest.html import read_html

        return read_html(path, text)
    return read_text(path, text)


def _closing_line(text: str) -> int:
    for number, line in enumerate(text.split("\n")[1:], start=2):
        if line.rstrip() in ("---", "..."):
            return number
    return text.count("\n") + 1


def _first_line(message: str) -> str:
    return message.strip().splitlines()[0] if message.strip() else "unreadable"
