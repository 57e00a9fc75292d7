"""Numbered schema migrations. Append new ones; never edit one that has shipped."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

APPLICATION_ID = 0x544C4E31  # "TLN1": marks the file as a timeline database


def m001_initial(conn: sqlite3.Connection) -> None:
    conn.execute(
        """CREATE TABLE documents (
            pk INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            key TEXT NOT NULL,
            path TEXT, title TEXT, url TEXT, source TEXT,
            date_value TEXT, date_origin TEXT NOT NULL, date_confidence REAL NOT NULL,
            text TEXT NOT NULL,
            meta TEXT NOT NULL,
            added_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
        )"""
    )
    conn.execute(
        """CREATE TABLE timexes (
            document INTEGER NOT NULL REFERENCES documents(pk) ON DELETE CASCADE,
            start INTEGER NOT NULL, end_ INTEGER NOT NULL,
            type TEXT NOT NULL, value TEXT NOT NULL, earliest TEXT, latest TEXT,
            data TEXT NOT NULL
        )"""
    )
    conn.execute(
        """CREATE TABLE events (
            document INTEGER NOT NULL REFERENCES documents(pk) ON DELETE CASCADE,
            seq INTEGER NOT NULL, event_id TEXT NOT NULL, earliest TEXT, latest TEXT,
            data TEXT NOT NULL
        )"""
    )
    conn.execute(
        """CREATE TABLE actors (
            document INTEGER NOT NULL REFERENCES documents(pk) ON DELETE CASCADE,
            name TEXT NOT NULL, type TEXT NOT NULL, data TEXT NOT NULL
        )"""
    )
    conn.execute("CREATE INDEX timexes_document ON timexes(document)")
    conn.execute("CREATE INDEX events_document ON events(document)")
    conn.execute("CREATE INDEX events_dates ON events(earliest, latest)")
    conn.execute("CREATE INDEX actors_document ON actors(document)")
    conn.execute("CREATE INDEX actors_name ON actors(name COLLATE NOCASE)")


def m002_timeline_cache(conn: sqlite3.Connection) -> None:
    """Merged chronologies by the exact set of inputs, so a re-run on unchanged inputs skips the merge."""
    conn.execute(
        """CREATE TABLE timelines (
            key TEXT PRIMARY KEY,
            data TEXT NOT NULL,
            created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
        )"""
    )


def m003_merge_records(conn: sqlite3.Connection) -> None:
    """How a cached chronology of the whole store was merged (timeline.merge.incremental), so the
    next one re-merges only what added documents reach."""
    conn.execute(
        """CREATE TABLE merge_records (
            key TEXT PRIMARY KEY,
            data BLOB NOT NULL,
            created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
        )"""
    )


def m004_timeline_index(conn: sqlite3.Connection) -> None:
    """Where each part of a cached chronology starts and which events each actor is on
    (timeline.codec.ChronologyIndex), so a filtered `show` reads only the events it may keep. A
    row goes with the cached chronology of the same key, written and removed with it."""
    conn.execute(
        """CREATE TABLE timeline_index (
            key TEXT PRIMARY KEY,
            data BLOB NOT NULL
        )"""
    )


MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [
    m001_initial,
    m002_timeline_cache,
    m003_merge_records,
    m004_timeline_index,
]


def migrate(conn: sqlite3.Connection, current: int) -> None:
    """Apply the migrations after ``current``, each in its own transaction."""
    for number, step in enumerate(MIGRATIONS[current:], start=current + 1):
        conn.execute("BEGIN IMMEDIATE")
        # Another process (two runs started on a new database) may have applied it meanwhile.
        if conn.execute("PRAGMA user_version").fetchone()[0] >= number:
            conn.execute("COMMIT")
            continue
        try:
            step(conn)
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.execute(f"PRAGMA user_version = {number}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
