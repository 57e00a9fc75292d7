"""Shared helpers for the hardening tests: a small generated corpus, store contents, one-line errors."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

PEOPLE = ["Angela Merkel", "Vladimir Putin", "Barack Obama", "Theresa May", "Xi Jinping", "Emmanuel Macron"]
PLACES = ["Berlin", "Moscow", "Washington", "London", "Beijing", "Paris"]
VERBS = ["met", "criticized", "called", "visited", "thanked", "warned"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "on Dec. 20, 2016", "last week", "in January"]


def article(n: int) -> dict:
    """The n-th generated article: a few short sentences with actors, places and dates."""
    a, b = PEOPLE[n % 6], PEOPLE[(n + 1 + n // 6) % 6]
    place = PLACES[(n * 5) % 6]
    verb = VERBS[n % 6]
    day = DAYS[n % len(DAYS)]
    text = (
        f"{a} {verb} {b} in {place} {day}, officials said.\n\n"
        f"The two leaders discussed trade and security for {n % 5 + 1} hours, according to a statement.\n\n"
        f"{b} said the talks would continue next month."
    )
    return {"id": f"art{n:03d}", "date": f"2016-12-{10 + n % 15:02d}", "title": f"Article {n}", "text": text}


def write_corpus(path: Path, n: int = 20) -> Path:
    path.write_text("".join(json.dumps(article(i)) + "\n" for i in range(n)), encoding="utf-8")
    return path


def store_content(db: str | Path) -> dict:
    """What a store holds, by content: documents, then each table's JSON rows, in store order."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        docs = conn.execute("SELECT id, key, meta, text FROM documents ORDER BY pk").fetchall()
        tables = {}
        for table, order in (("timexes", "start, t.rowid"), ("events", "seq"), ("actors", "t.rowid")):
            tables[table] = conn.execute(
                f"SELECT d.id, t.data FROM {table} t JOIN documents d ON d.pk = t.document"  # noqa: S608
                f" ORDER BY d.pk, {order}"
            ).fetchall()
        return {"documents": docs, **tables}
    finally:
        conn.close()


def stored_count(db: str | Path) -> int:
    """Committed documents in the store (0 while it does not exist yet)."""
    if not Path(db).exists():
        return 0
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.OperationalError:  # created but not yet migrated
        return 0


def one_line_error(result) -> str:
    """The single error line of a failed run: no traceback, nothing else but per-file warnings."""
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    errors = [line for line in lines if line.startswith("error: ")]
    assert len(errors) == 1, result.stderr
    assert all(line.startswith(("error: ", "warning: ")) for line in lines), result.stderr
    return errors[0]


def warnings_of(result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith("warning: ")]
