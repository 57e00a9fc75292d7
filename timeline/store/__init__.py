"""SQLite store: what was extracted from each document, kept between runs.

One row per document, keyed by its id and stamped with a content key; re-running on an
unchanged document finds the same key and skips the NLP work. Each document is written in
its own transaction, so an interrupted run leaves every earlier document complete and no
later one half-written. WAL mode lets `show` read a consistent snapshot during `extract`.
"""

from __future__ import annotations

import functools
import inspect
import json
import os
import sqlite3
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path

from timeline.errors import StoreError
from timeline.model import Document, Extraction, StoredDocument
from timeline.schema import (
    actor_from_dict,
    actor_to_dict,
    document_from_dict,
    document_to_dict,
    event_from_dict,
    event_to_dict,
    timex_from_dict,
    timex_to_dict,
    to_json,
)
from timeline.store.migrations import APPLICATION_ID, MIGRATIONS, migrate

DEFAULT_DB = "timeline.db"


def default_db_path() -> str:
    return os.environ.get("TIMELINE_DB") or DEFAULT_DB


def _db_errors(method):
    """A damaged store (a dropped table, a corrupted page) is a StoreError naming the file, not a crash."""
    if inspect.isgeneratorfunction(method):

        @functools.wraps(method)
        def generator(self, *args, **kwargs):
            try:
                yield from method(self, *args, **kwargs)
            except sqlite3.DatabaseError as exc:
                raise StoreError(f"cannot read the database ({exc})", path=self.path) from None

        return generator

    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot read the database ({exc})", path=self.path) from None

    return wrapper


class Store:
    """A timeline database. Use as a context manager, or call close()."""

    def __init__(self, path: str, *, create: bool = True):
        self.path = str(path)
        if self.path != ":memory:":
            p = Path(self.path)
            if p.is_dir():
                raise StoreError("is a directory, not a database file", path=self.path)
            if not p.exists() and not create:
                raise StoreError("no database here yet; run 'timeline extract' first", path=self.path)
            if not p.exists() and not p.parent.exists():
                raise StoreError(f"folder {str(p.parent)!r} does not exist", path=self.path)
            if not create and p.exists() and p.stat().st_size == 0:
                # SQLite would take an empty file for an empty database, and `show` would make it one.
                raise StoreError("no database here yet (an empty file); run 'timeline extract' first", path=self.path)
        self.read_only = self.path != ":memory:" and Path(self.path).exists() and not _writable(self.path)
        if create:
            self.require_writable()
        try:
            if self.read_only:
                # `show` reads it as it is; WAL needs its folder writable unless the file is immutable.
                immutable = (
                    "&immutable=1" if not os.access(os.path.dirname(os.path.abspath(self.path)), os.W_OK) else ""
                )
                uri = f"{Path(os.path.abspath(self.path)).as_uri()}?mode=ro{immutable}"
                self.conn = sqlite3.connect(uri, uri=True, timeout=30, isolation_level=None)
            else:
                self.conn = sqlite3.connect(self.path, timeout=30, isolation_level=None)
            self.conn.execute("PRAGMA foreign_keys = ON")
            self._check_and_migrate()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"not a timeline database ({exc})", path=self.path) from None

    # -- lifecycle ---------------------------------------------------------------------

    def _check_and_migrate(self) -> None:
        # One statement, one snapshot: another run may be creating this store at the same moment.
        app_id, version, tables = self.conn.execute(
            "SELECT (SELECT application_id FROM pragma_application_id()),"
            " (SELECT user_version FROM pragma_user_version()), (SELECT count(*) FROM sqlite_master)"
        ).fetchone()
        if app_id != APPLICATION_ID and (app_id != 0 or tables):
            raise StoreError.about("not a timeline database (it holds other data); use another {db}", path=self.path)
        if version > len(MIGRATIONS):
            raise StoreError(
                f"database schema version {version} is newer than this timeline supports "
                f"({len(MIGRATIONS)}); upgrade timeline",
                path=self.path,
            )
        if self.read_only:
            if version < len(MIGRATIONS):
                raise StoreError("is read-only and from an older timeline; copy it somewhere writable", path=self.path)
            return
        if self.path != ":memory:":
            self._use_wal()
            self.conn.execute("PRAGMA synchronous = NORMAL")
        if version < len(MIGRATIONS):
            migrate(self.conn, version)

    def _use_wal(self) -> None:
        # WAL is a property of the file: set once. Switching needs a moment alone with the file,
        # and SQLite answers "locked" at once (no busy wait) while another run opens it too.
        for attempt in range(100):
            if self.conn.execute("PRAGMA journal_mode").fetchone()[0].lower() == "wal":
                return
            try:
                self.conn.execute("PRAGMA journal_mode = WAL")
            except sqlite3.OperationalError:
                if attempt == 99:
                    raise
                time.sleep(0.05)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    # -- writes ----------------------------------------------------------------------

    def stored_key(self, doc_id: str) -> str | None:
        try:
            row = self.conn.execute("SELECT key FROM documents WHERE id = ?", (doc_id,)).fetchone()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot read the database ({exc})", path=self.path) from None
        return row[0] if row else None

    def put(self, extraction: Extraction, key: str) -> None:
        """Replace everything stored for this document, atomically."""
        self.require_writable()
        d = extraction.document
        try:
            self.conn.execute("BEGIN IMMEDIATE")
            # Upsert keeps the document's place (pk) in the store's order on re-extraction.
            self.conn.execute(
                "INSERT INTO documents (id, key, path, title, url, source, date_value, date_origin,"
                " date_confidence, text, meta) VALUES (?,?,?,?,?,?,?,?,?,?,?)"
                " ON CONFLICT(id) DO UPDATE SET key=excluded.key, path=excluded.path,"
                " title=excluded.title, url=excluded.url, source=excluded.source,"
                " date_value=excluded.date_value, date_origin=excluded.date_origin,"
                " date_confidence=excluded.date_confidence, text=excluded.text, meta=excluded.meta",
                (
                    d.id,
                    key,
                    d.path,
                    d.title,
                    d.url,
                    d.source,
                    d.date.value,
                    d.date.origin,
                    d.date.confidence,
                    d.text,
                    to_json(document_to_dict(d)),
                ),
            )
            rowid = self.conn.execute("SELECT pk FROM documents WHERE id = ?", (d.id,)).fetchone()[0]
            for table in ("timexes", "events", "actors"):
                self.conn.execute(f"DELETE FROM {table} WHERE document = ?", (rowid,))  # noqa: S608
            self.conn.executemany(
                "INSERT INTO timexes (document, start, end_, type, value, earliest, latest, data)"
                " VALUES (?,?,?,?,?,?,?,?)",
                [
                    (rowid, t.start, t.end, t.type, t.value, t.earliest, t.latest, to_json(timex_to_dict(t)))
                    for t in extraction.timexes
                ],
            )
            self.conn.executemany(
                "INSERT INTO events (document, seq, event_id, earliest, latest, data) VALUES (?,?,?,?,?,?)",
                [
                    (rowid, i, e.id, e.date.earliest, e.date.latest, to_json(event_to_dict(e)))
                    for i, e in enumerate(extraction.events)
                ],
            )
            self.conn.executemany(
                "INSERT INTO actors (document, name, type, data) VALUES (?,?,?,?)",
                [(rowid, a.name, a.type, to_json(actor_to_dict(a))) for a in extraction.actors],
            )
            self.conn.execute("COMMIT")
        except BaseException as exc:
            # KeyboardInterrupt included: the document is either fully stored or not at all.
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.DatabaseError):
                raise StoreError(f"cannot write document {d.id!r} ({exc})", path=self.path) from None
            raise

    def require_writable(self) -> None:
        """Refuse a read-only store (opened with create=False) before anything is changed."""
        if self.read_only:
            raise StoreError.about(
                "is read-only (the file or its folder cannot be written); use another {db}", path=self.path
            )

    @_db_errors
    def delete(self, doc_ids: Iterable[str]) -> int:
        """Remove documents and all that was extracted from them (`timeline documents --remove`),
        in one transaction; the number removed."""
        self.require_writable()
        self.conn.execute("BEGIN IMMEDIATE")
        n = 0
        try:
            for doc_id in doc_ids:
                n += self.conn.execute("DELETE FROM documents WHERE id = ?", (doc_id,)).rowcount
            self.conn.execute("COMMIT")
        except BaseException:
            # A failed ROLLBACK must not hide the error that caused it (as in put_documents).
            self._abandon()
            raise
        return n

    @_db_errors
    def put_timeline(
        self,
        key: str,
        data: bytes | str | Iterable[bytes],
        *,
        keep: int = 8,
        index: Callable[[], bytes] | None = None,
    ) -> None:
        """Cache a merged chronology (timeline.codec's encoding) under the key of its inputs; keep the newest few.

        ``data`` may come in pieces (a large chronology): they go to a temporary file first, then
        into the database a megabyte at a time, never whole in memory. ``index``, called once
        ``data`` is read, gives the chronology's index (timeline.codec.ChronologyIndex), stored in
        the same transaction."""
        spool = None
        if not isinstance(data, bytes | str):
            spool = tempfile.TemporaryFile()
            for chunk in data:
                spool.write(chunk)
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            self.conn.execute("DELETE FROM timeline_index WHERE key = ?", (key,))
            if spool is None:
                self.conn.execute("INSERT OR REPLACE INTO timelines (key, data) VALUES (?, ?)", (key, data))
            else:
                size = spool.tell()
                spool.seek(0)
                rowid = self.conn.execute(
                    "INSERT OR REPLACE INTO timelines (key, data) VALUES (?, zeroblob(?))", (key, size)
                ).lastrowid
                assert rowid is not None  # an INSERT sets it
                with self.conn.blobopen("timelines", "data", rowid) as blob:
                    while chunk := spool.read(1 << 20):
                        blob.write(chunk)
            self.conn.execute(
                "DELETE FROM timelines WHERE key NOT IN"
                " (SELECT key FROM timelines ORDER BY created_at DESC, rowid DESC LIMIT ?)",
                (keep,),
            )
            self.conn.execute("DELETE FROM timeline_index WHERE key NOT IN (SELECT key FROM timelines)")
            if index is not None:
                self.conn.execute("INSERT INTO timeline_index (key, data) VALUES (?, ?)", (key, index()))
            self.conn.execute("COMMIT")
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        finally:
            if spool is not None:
                spool.close()

    def put_merge_record(self, key: str, data: bytes) -> None:
        """Keep the record of the merge of the chronology cached under ``key`` (only the newest one:
        the next merge continues from it). Nothing in a read-only store."""
        if self.read_only:
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            self.conn.execute("DELETE FROM merge_records")
            self.conn.execute("INSERT INTO merge_records (key, data) VALUES (?, ?)", (key, data))
            self.conn.execute("COMMIT")
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise

    def merge_record(self) -> tuple[str, bytes] | None:
        """(chronology key, record) of the newest merge record, or None."""
        try:
            row = self.conn.execute("SELECT key, data FROM merge_records ORDER BY rowid DESC LIMIT 1").fetchone()
        except sqlite3.OperationalError:  # an older store opened read-only: not migrated
            return None
        return None if row is None else (row[0], row[1])

    @_db_errors
    def timeline_size(self, key: str) -> int | None:
        """The size in bytes of a cached compressed chronology (None: none, or an older text one)."""
        row = self.conn.execute(
            "SELECT length(data) FROM timelines WHERE key = ? AND typeof(data) = 'blob'", (key,)
        ).fetchone()
        return row[0] if row else None

    @_db_errors
    def timeline_pieces(self, key: str, size: int = 1 << 20) -> Iterator[bytes]:
        """A cached compressed chronology a megabyte at a time (never whole in memory)."""
        row = self.conn.execute("SELECT rowid FROM timelines WHERE key = ?", (key,)).fetchone()
        if row is None:
            return
        with self.conn.blobopen("timelines", "data", row[0], readonly=True) as blob:
            while piece := blob.read(size):
                yield piece

    def timeline_reader(self, key: str) -> Callable[[int, int], bytes] | None:
        """A reader of byte ranges (start, end) of the chronology cached under ``key``, for reading
        parts of a large one after this store is closed: a connection of its own, in one read
        transaction (what it reads is the chronology as it is now, whatever is written after),
        kept until the reader is dropped. None for a store in memory or when none is cached."""
        if self.path == ":memory:":
            return None
        try:
            return _BlobRanges(self.path, key, self.read_only)
        except (sqlite3.Error, LookupError):
            return None

    def timeline_index(self, key: str) -> bytes | None:
        """The index of the chronology cached under ``key`` (timeline.codec.ChronologyIndex), or None."""
        try:
            row = self.conn.execute("SELECT data FROM timeline_index WHERE key = ?", (key,)).fetchone()
        except sqlite3.OperationalError:  # an older store opened read-only: not migrated
            return None
        return row[0] if row and isinstance(row[0], bytes) else None

    @_db_errors
    def get_timeline(self, key: str) -> bytes | str | None:
        row = self.conn.execute("SELECT data FROM timelines WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    # -- reads -----------------------------------------------------------------------

    @_db_errors
    def document_ids(self) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT id FROM documents ORDER BY pk")]

    @_db_errors
    def keyed_documents(self) -> list[tuple[str, str]]:
        """(document id, content key) of every stored document, in insertion order."""
        try:
            return self.conn.execute("SELECT id, key FROM documents ORDER BY pk").fetchall()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot read the database ({exc})", path=self.path) from None

    @_db_errors
    def get(self, doc_id: str) -> Extraction | None:
        got = list(self.extractions([doc_id]))
        return got[0] if got else None

    def extractions(self, doc_ids: Iterable[str] | None = None, *, whole: bool = True) -> Iterator[Extraction]:
        """Stored extractions in insertion order (all of them), or those named in that order (each
        once; ids not stored are left out). ``whole=False``: what a merge needs, no text and no
        temporal expressions."""
        # One read transaction: a concurrent extract never shows a half-written document.
        text = "text" if whole else "''"
        with self.snapshot():
            if doc_ids is None:
                rows = self.conn.execute(f"SELECT pk, meta, {text} FROM documents ORDER BY pk").fetchall()  # noqa: S608
            else:
                rows = []
                for doc_id in dict.fromkeys(doc_ids):
                    rows.extend(
                        self.conn.execute(
                            f"SELECT pk, meta, {text} FROM documents WHERE id = ?",
                            (doc_id,),  # noqa: S608
                        ).fetchall()
                    )
            out = [self._extraction(rowid, meta, body, timexes=whole) for rowid, meta, body in rows]
        yield from out

    def merge_inputs(self, doc_ids: Iterable[str], known: Mapping[str, Extraction] | None = None) -> list[Extraction]:
        """What a merge needs of the named documents, in that order: each document's metadata
        (no text), events and actors (no temporal expressions). ``known``: some of them already
        read back this way (by id), not read again."""
        known = known or {}
        ids = list(dict.fromkeys(doc_ids))
        read = {x.document.id: x for x in self.extractions([i for i in ids if i not in known], whole=False)}
        return [x for i in ids if (x := known.get(i, read.get(i))) is not None]

    # Row-level reads for the on-disk merge (timeline.merge.ondisk), inside one `snapshot()`.

    @contextmanager
    def snapshot(self) -> Iterator[None]:
        """One read transaction: every read inside sees the same store, whatever another run writes."""
        self.conn.execute("BEGIN")
        try:
            yield
        except sqlite3.DatabaseError as exc:
            self._abandon()
            raise StoreError(f"cannot read the database ({exc})", path=self.path) from None
        except BaseException:
            self._abandon()
            raise
        self._end_read()

    def _end_read(self) -> None:
        try:
            if self.conn.in_transaction:
                self.conn.execute("COMMIT")
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot read the database ({exc})", path=self.path) from None

    def _abandon(self) -> None:
        """End a read transaction after an error, without hiding that error behind another
        (a COMMIT in a `finally` turned "no such table" into "unexpected DatabaseError")."""
        try:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
        except sqlite3.Error:
            pass

    @_db_errors
    def document_rows(self, doc_ids: Iterable[str]) -> Iterator[tuple[int, str]]:
        """(pk, metadata JSON) of the named documents in that order, each once; ids not stored left out."""
        for doc_id in dict.fromkeys(doc_ids):
            row = self.conn.execute("SELECT pk, meta FROM documents WHERE id = ?", (doc_id,)).fetchone()
            if row is not None:
                yield row

    @_db_errors
    def event_rows(self, document: int) -> list[tuple[int, str]]:
        """(rowid, event JSON) of a document's events, in their order."""
        return self.conn.execute(
            "SELECT rowid, data FROM events WHERE document = ? ORDER BY seq", (document,)
        ).fetchall()

    @_db_errors
    def actor_rows(self, document: int) -> list[str]:
        return [
            r[0] for r in self.conn.execute("SELECT data FROM actors WHERE document = ? ORDER BY rowid", (document,))
        ]

    def decoded(self, text: str, what: str, convert=None):
        """A stored row's JSON (through ``convert``, e.g. event_from_dict, when given); a row that
        does not decode is a damaged database, named with ``what``."""
        try:
            data = json.loads(text)
            return data if convert is None else convert(data)
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise StoreError(
                f"damaged database: {what} is unreadable ({exc.__class__.__name__}: {exc})", path=self.path
            ) from None

    @_db_errors
    def events_by_rowid(self, rowids: Sequence[int]) -> dict[int, str]:
        """Event JSON by rowid, for rowids from :meth:`event_rows` (in batches: SQLite bounds a
        statement's parameters)."""
        found: dict[int, str] = {}
        for k in range(0, len(rowids), 500):
            chunk = rowids[k : k + 500]
            marks = ",".join("?" * len(chunk))
            found.update(
                self.conn.execute(
                    f"SELECT rowid, data FROM events WHERE rowid IN ({marks})",
                    chunk,  # noqa: S608
                ).fetchall()
            )
        return found

    def stored_documents(self) -> list[StoredDocument]:
        """Every stored document's metadata (no text) and number of events, in insertion order."""
        try:
            rows = self.conn.execute(
                "SELECT d.id, d.meta, (SELECT count(*) FROM events e WHERE e.document = d.pk)"
                " FROM documents d ORDER BY d.pk"
            ).fetchall()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot read the database ({exc})", path=self.path) from None
        return [
            StoredDocument(self.decoded(meta, f"stored document {doc_id!r}", document_from_dict), events)
            for doc_id, meta, events in rows
        ]

    def stored_origin(self, doc_id: str) -> tuple[str | None, str] | None:
        """The path and text of the document stored under this id, or None."""
        try:
            row = self.conn.execute("SELECT path, text FROM documents WHERE id = ?", (doc_id,)).fetchone()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot read the database ({exc})", path=self.path) from None
        return (row[0], row[1]) if row else None

    def stored_document(self, doc_id: str) -> Document | None:
        """A stored document's metadata (its text left out), or None."""
        try:
            row = self.conn.execute("SELECT meta FROM documents WHERE id = ?", (doc_id,)).fetchone()
            return document_from_dict(json.loads(row[0])) if row else None
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot read the database ({exc})", path=self.path) from None
        except (ValueError, KeyError, TypeError) as exc:
            raise StoreError(
                f"damaged database: stored document {doc_id!r} is unreadable ({exc.__class__.__name__}: {exc})",
                path=self.path,
            ) from None

    def _extraction(self, rowid: int, meta: str, text: str, *, timexes: bool = True) -> Extraction:
        try:
            meta_d = json.loads(meta)
            meta_d["text"] = text
            document = document_from_dict(meta_d)
            timex_rows = (
                self.conn.execute("SELECT data FROM timexes WHERE document = ? ORDER BY start, rowid", (rowid,))
                if timexes
                else ()
            )
            found = tuple(timex_from_dict(json.loads(r[0])) for r in timex_rows)
            events = tuple(
                event_from_dict(json.loads(r[0]))
                for r in self.conn.execute("SELECT data FROM events WHERE document = ? ORDER BY seq", (rowid,))
            )
            actors = tuple(
                actor_from_dict(json.loads(r[0]))
                for r in self.conn.execute("SELECT data FROM actors WHERE document = ? ORDER BY rowid", (rowid,))
            )
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            # Hand-edited or damaged rows: name the store, not a Python error.
            raise StoreError(
                f"damaged database: stored document #{rowid} is unreadable ({exc.__class__.__name__}: {exc})",
                path=self.path,
            ) from None
        return Extraction(document=document, timexes=found, events=events, actors=actors)

    @_db_errors
    def counts(self, tables: Sequence[str] = ("documents", "timexes", "events", "actors")) -> dict[str, int]:
        return {
            table: self.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: S608
            for table in tables
            if table in ("documents", "timexes", "events", "actors")
        }


def completions(path: str, kind: str, prefix: str, limit: int = 100) -> list[str]:
    """Actor names (any of whose words starts with ``prefix``) or document ids (starting with it)
    for shell completion: read-only, and nothing at all when there is no readable store."""
    if kind not in ("actors", "documents") or not os.path.isfile(path):
        return []
    pattern = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    try:
        conn = sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True, timeout=1)
        try:
            if kind == "actors":
                sql = (
                    "SELECT DISTINCT name FROM actors WHERE name LIKE ?1 ESCAPE '\\' OR name LIKE '% ' || ?1"
                    " ESCAPE '\\' ORDER BY name COLLATE NOCASE LIMIT ?2"
                )
            else:
                sql = "SELECT id FROM documents WHERE id LIKE ?1 ESCAPE '\\' ORDER BY id LIMIT ?2"
            return [r[0] for r in conn.execute(sql, (pattern, limit))]
        finally:
            conn.close()
    except sqlite3.Error:
        return []


class _BlobRanges:
    """:meth:`Store.timeline_reader`'s reader."""

    def __init__(self, path: str, key: str, read_only: bool) -> None:
        folder = os.path.dirname(os.path.abspath(path))
        if read_only:  # as Store opens it
            immutable = "&immutable=1" if not os.access(folder, os.W_OK) else ""
            uri = f"{Path(os.path.abspath(path)).as_uri()}?mode=ro{immutable}"
            self.conn = sqlite3.connect(uri, uri=True, timeout=30, isolation_level=None)
        else:
            self.conn = sqlite3.connect(path, timeout=30, isolation_level=None)
        self.conn.execute("BEGIN")  # one snapshot, from the first read on
        row = self.conn.execute("SELECT rowid FROM timelines WHERE key = ?", (key,)).fetchone()
        if row is None:
            self.conn.close()
            raise LookupError(key)
        self.blob = self.conn.blobopen("timelines", "data", row[0], readonly=True)
        self.path = path

    def __call__(self, start: int, end: int) -> bytes:
        try:
            self.blob.seek(start)
            return self.blob.read(end - start)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot read the cached chronology ({exc})", path=self.path) from None


def _writable(path: str) -> bool:
    """The file and its folder (where SQLite keeps its -wal and -shm files) can be written."""
    return os.access(path, os.W_OK) and os.access(os.path.dirname(os.path.abspath(path)), os.W_OK)


def open_store(path: str | None = None, *, create: bool = True) -> Store:
    return Store(path or default_db_path(), create=create)
