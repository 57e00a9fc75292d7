"""Read every input (files, directories, stdin) into Documents with unique ids and their own dates.

The whole input is read and validated before anything is returned, so a bad record stops the run
before the store is touched (or, with skip_bad, becomes a warning).
"""

from __future__ import annotations

import errno
import os
import re
import stat
from collections.abc import Callable, Iterator, Sequence
from typing import BinaryIO, TextIO

from timeline.errors import InputError
from timeline.ids import text_id
from timeline.ingest.dateline import find_dateline
from timeline.ingest.dates import normalize_date, url_date
from timeline.ingest.decode import BinaryContent, decode_bytes
from timeline.ingest.readers import Item, Reader, read_json, read_jsonl, read_sniffed, read_text
from timeline.ingest.records import Record, headline
from timeline.model import DocDate, Document

STDIN_PATH = "<stdin>"
DEFAULT_MAX_BYTES = 50 * 2**20


def _read_html(path: str, text: str) -> list[Item]:
    from timeline.ingest.html import read_html

    return read_html(path, text)


READERS: dict[str, Reader] = {
    ".txt": read_text,
    ".text": read_text,
    ".md": read_text,
    ".markdown": read_text,
    ".html": _read_html,
    ".htm": _read_html,
    ".json": read_json,
    ".jsonl": read_jsonl,
    ".ndjson": read_jsonl,
}
URL_DATE_CONFIDENCE = 0.8
DATELINE_CONFIDENCE = 0.9


def read_documents(
    paths: Sequence[str],
    *,
    stdin: TextIO | BinaryIO | None = None,
    warn: Callable[[str], None] = lambda m: None,
    skip_bad: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> list[Document]:
    """Read files, directories (recursively, sorted, hidden entries skipped) and ``-`` (stdin).

    Raises InputError on the first bad path, file or record, unless ``skip_bad``: then each
    problem is passed to ``warn`` (one line, naming path and line) and the good records are kept.
    """
    reader = _Reader(warn=warn, skip_bad=skip_bad, max_bytes=max_bytes, stdin=stdin)
    for path in paths:
        reader.add_path(path)
    return reader.documents


class _Reader:
    """Collects the Documents of one run; owns the ids already given out."""

    def __init__(
        self, *, warn: Callable[[str], None], skip_bad: bool, max_bytes: int, stdin: TextIO | BinaryIO | None
    ) -> None:
        self.warn = warn
        self.skip_bad = skip_bad
        self.max_bytes = max_bytes
        self.stdin = stdin
        self.documents: list[Document] = []
        self._ids: set[str] = set()
        self._files: set[str] = set()

    def problem(self, error: InputError) -> None:
        if not self.skip_bad:
            raise error
        self.warn(error.skipped())

    # Paths -----------------------------------------------------------------------------------

    def add_path(self, path: str) -> None:
        try:
            if path == "-":
                self._add_stdin()
            elif os.path.isdir(path):
                self._add_directory(path)
            else:
                self._check_exists(path)
                ext = os.path.splitext(path)[1].lower()
                # An explicitly named file of unknown type is read as text.
                self._add_file(path, READERS.get(ext, read_text))
        except InputError as e:
            self.problem(e)

    def _check_exists(self, path: str) -> None:
        try:
            os.stat(path)
        except OSError as e:
            raise _os_error(path, e) from e

    def _add_directory(self, root: str) -> None:
        before = len(self.documents)
        for path in _walk(root):
            if isinstance(path, _Dangling):
                self.warn(str(path))  # a link to a file moved away is not a reason to stop
                continue
            if isinstance(path, InputError):
                self.problem(path)
                continue
            ext = os.path.splitext(path)[1].lower()
            if ext in READERS and not _is_regular(path):
                # A pipe or socket in a folder would block the run waiting for a writer.
                self.warn(f"{path}: skipped: not a regular file")
            elif ext in READERS:
                try:
                    self._add_file(path, READERS[ext], root=root)
                except InputError as e:
                    self.problem(e)
        if len(self.documents) == before:
            raise InputError("no readable documents (.txt .md .html .json .jsonl) in this directory", path=root)

    def _add_file(self, path: str, reader: Reader, *, root: str | None = None) -> None:
        real = os.path.realpath(path)
        if real in self._files:
            # "seeds/ seeds/a.txt" or a symlinked copy: one article must not become two.
            self.warn(f"{path}: skipped: already read")
            return
        self._files.add(real)
        try:
            size = os.path.getsize(path)
            if size > self.max_bytes:
                raise InputError.about(
                    "larger than {size}; raise {max_bytes}", path=path, size=_megabytes(self.max_bytes)
                )
            with open(path, "rb") as f:
                # Bounded: a named pipe or a device (/dev/zero) has no size to check beforehand.
                data = f.read(self.max_bytes + 1)
        except OSError as e:
            raise _os_error(path, e) from e
        if len(data) > self.max_bytes:
            raise InputError.about("larger than {size}; raise {max_bytes}", path=path, size=_megabytes(self.max_bytes))
        text = self._decoded(path, data, reader)
        del data  # not held while its records are read: a large JSONL file is most of the corpus
        if text is not None:
            self._add_text(path, text, reader, root=root)

    def _add_stdin(self) -> None:
        if self.stdin is None:
            raise InputError("'-' given but there is no standard input", path=STDIN_PATH)
        # Read bytes when the stream has them, so encodings are detected as for files.
        stream = getattr(self.stdin, "buffer", self.stdin)
        data = stream.read(self.max_bytes + 1)
        if len(data) > self.max_bytes:
            raise InputError.about(
                "larger than {size}; raise {max_bytes}", path=STDIN_PATH, size=_megabytes(self.max_bytes)
            )
        if isinstance(data, str):
            data = data.encode("utf-8", "surrogatepass")
        text = self._decoded(STDIN_PATH, data, read_sniffed)
        del data
        if text is not None:
            self._add_text(STDIN_PATH, text, read_sniffed)

    # Content ---------------------------------------------------------------------------------

    def _decoded(self, path: str, data: bytes, reader: Reader) -> str | None:
        """The text of a file's bytes; None (and a warning) for a binary file."""
        declared = None
        if reader is _read_html:
            from timeline.ingest.html import declared_charset

            declared = declared_charset(data)
        try:
            text = decode_bytes(
                data,
                declared=declared,
                on_nul=lambda n: self.warn(f"{path}: {n} NUL byte{'s' if n > 1 else ''} removed"),
            )
        except BinaryContent:
            self.warn(f"{path}: skipped: binary file")
            return None
        return text

    def _add_text(self, path: str, text: str, reader: Reader, *, root: str | None = None) -> None:
        if not text.strip():
            self.warn(f"{path}: skipped: empty file")
            return
        if root is not None and is_own_output(text):
            # An earlier `-o` written into the folder being read: not an article.
            self.warn(f"{path}: skipped: output of timeline, not an article")
            return
        for item in reader(path, text):
            if isinstance(item, InputError):
                self.problem(item)
            elif not item.text.strip():
                where = f"{path}:{item.line}" if item.line else path
                self.warn(f"{where}: skipped: no text")
            else:
                for message in item.warnings:
                    self.warn(f"{f'{path}:{item.line}' if item.line else path}: {message}")
                self.documents.append(self._document(item, root))

    def _document(self, rec: Record, root: str | None = None) -> Document:
        if rec.path == STDIN_PATH:
            stem = "stdin"
        elif root is not None:
            # The path inside the folder given: a/report.txt and b/report.txt are two documents.
            stem = os.path.splitext(os.path.relpath(rec.path, root))[0].replace(os.sep, "/")
        else:
            stem = os.path.splitext(os.path.basename(rec.path))[0]
        base = rec.id or (f"{stem}-{rec.number}" if rec.number is not None else stem)
        ident = base
        n = 2
        if rec.id is None and ident in self._ids:
            # A derived id gets the suffix a later run would give it (timeline.ids): named together
            # or one after the other, two files called report.txt end up under the same two ids.
            ident = text_id(base, rec.text)
        while ident in self._ids:
            ident = f"{base}-{n}"
            n += 1
        if ident != base:
            where = f"{rec.path}:{rec.line}" if rec.line else rec.path
            self.warn(f"{where}: duplicate id '{base}' renamed to '{ident}'")
        self._ids.add(ident)
        return Document(
            id=ident,
            text=rec.text,
            path=rec.path,
            title=rec.title or headline(rec.text),
            url=rec.url,
            source=rec.source,
            date=self._date(rec),
            line=rec.line,
        )

    def _date(self, rec: Record) -> DocDate:
        if rec.date is not None:
            value = normalize_date(rec.date)
            if value and value.startswith("0001-01-01"):
                # Go's zero time and other "no date" placeholders, not the day the article was written.
                where = f"{rec.path}:{rec.line}" if rec.line else rec.path
                self.warn(f"{where}: date {str(rec.date)!r} is a placeholder (year 1), not a publication date; ignored")
                value = None
            elif value:
                return DocDate(value=value, origin="metadata", confidence=1.0)
            else:
                where = f"{rec.path}:{rec.line}" if rec.line else rec.path
                self.warn(f"{where}: date {str(rec.date)!r} is not a calendar day; ignored")
        if rec.date_hint:
            return DocDate(value=rec.date_hint, origin="metadata", confidence=1.0)
        from_url = url_date(rec.url)
        if from_url:
            return DocDate(value=from_url, origin="metadata", confidence=URL_DATE_CONFIDENCE)
        dateline = find_dateline(rec.text)
        if dateline is not None and dateline.value:
            return DocDate(value=dateline.value, origin="dateline", confidence=DATELINE_CONFIDENCE)
        return DocDate()


_OWN_OUTPUT = re.compile(
    r'\A\s*\{\s*"schema"\s*:\s*"timeline/'  # JSON
    r"|\A(?:# .*\n\n)?\d[\d,]* events? \(\d[\d,]* dated, "  # Markdown, table
    r'|<meta name="generator" content="timeline"'  # HTML (its <head>: before the long style)
    r'|<select id="actor-filter">'  # HTML of versions before the generator tag
)


def is_own_output(text: str) -> bool:
    """Whether ``text`` is a chronology this tool wrote (JSON, Markdown, table or HTML)."""
    return _OWN_OUTPUT.search(text[:4096]) is not None


class _Dangling(InputError):
    """A symlink inside a folder whose target is gone: a warning, whatever --skip-bad says."""


def _walk(root: str) -> Iterator[str | InputError]:
    """Files under ``root``, sorted by name at every level, hidden entries skipped, loops refused."""
    yield from _walk_dir(root, (os.path.realpath(root),))


def _walk_dir(directory: str, ancestors: tuple[str, ...]) -> Iterator[str | InputError]:
    try:
        names = sorted(os.listdir(directory))
    except OSError as e:
        yield _os_error(directory, e)
        return
    for name in names:
        if name.startswith("."):
            continue
        path = os.path.join(directory, name)
        try:
            is_dir = os.path.isdir(path)
            os.stat(path)
        except FileNotFoundError:
            yield _Dangling("skipped: symlink to a missing file", path=path)
            continue
        except OSError as e:
            yield _os_error(path, e)
            continue
        if is_dir:
            real = os.path.realpath(path)
            if real in ancestors:
                yield InputError("symlink loop", path=path)
                continue
            yield from _walk_dir(path, (*ancestors, real))
        else:
            yield path


def _is_regular(path: str) -> bool:
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return True  # let the read report the error


def _os_error(path: str, e: OSError) -> InputError:
    if e.errno == errno.ELOOP:
        return InputError("symlink loop", path=path)
    if isinstance(e, FileNotFoundError):
        return InputError("no such file or directory", path=path)
    if isinstance(e, PermissionError):
        return InputError("permission denied", path=path)
    if isinstance(e, IsADirectoryError):
        return InputError("is a directory", path=path)
    return InputError(e.strerror or str(e), path=path)


def _megabytes(n: int) -> str:
    return f"{n / 2**20:g} MB"
