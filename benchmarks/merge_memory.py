#!/usr/bin/env python3
"""Memory and time of the merge alone, for a corpus K times larger, without running the NLP again.

    python benchmarks/merge_memory.py STORE.db [--scale 1 10]

STORE.db is a store `timeline extract` filled (e.g. from news-silver). For each K, a copy of it
holds every document K times under new ids (their events and actors with them); then
`timeline show --db COPY -f json` merges everything and writes the chronology, in a child process
whose peak RSS (from wait4) and wall time are printed; then `show` again, which reads the
chronology the first one cached. The first is the main process's part of `extract` (the analysis
runs in workers that hold nothing of the corpus), the second a warm re-run's. Stores of more than
100,000 events are merged on disk (timeline/merge/ondisk.py), smaller ones in memory.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _renamed(data: str, suffix: str) -> str:
    o = json.loads(data)
    for m in o.get("mentions", ()):
        m["doc"] += suffix
    for c in o.get("claims", ()):
        if c.get("doc"):
            c["doc"] += suffix
    if "sources" in o:
        o["sources"] = [s + suffix for s in o["sources"]]
    if "doc" in o:
        o["doc"] += suffix
    return json.dumps(o, ensure_ascii=False)


def scaled_copy(source: Path, target: Path, scale: int) -> int:
    """``target``: ``source`` with every document added scale-1 more times; returns the document count."""
    shutil.copy(source, target)
    con = sqlite3.connect(target, isolation_level=None)
    con.execute("DELETE FROM timelines")
    docs = con.execute("SELECT pk, id, key, meta FROM documents ORDER BY pk").fetchall()
    for k in range(1, scale):
        suffix = f"#{k}"
        con.execute("BEGIN")
        for pk, doc_id, key, meta in docs:
            m = json.loads(meta)
            m["id"] = doc_id + suffix
            cur = con.execute(
                "INSERT INTO documents (id, key, path, title, url, source, date_value, date_origin, date_confidence,"
                " text, meta) SELECT ?, ?, path, title, url, source, date_value, date_origin, date_confidence, '', ?"
                " FROM documents WHERE pk = ?",
                (doc_id + suffix, key + suffix, json.dumps(m, ensure_ascii=False), pk),
            )
            new = cur.lastrowid
            for seq, event_id, earliest, latest, data in con.execute(
                "SELECT seq, event_id, earliest, latest, data FROM events WHERE document = ?", (pk,)
            ).fetchall():
                con.execute(
                    "INSERT INTO events (document, seq, event_id, earliest, latest, data) VALUES (?,?,?,?,?,?)",
                    (new, seq, event_id, earliest, latest, _renamed(data, suffix)),
                )
            con.execute(
                "INSERT INTO actors (document, name, type, data) SELECT ?, name, type, data FROM actors"
                " WHERE document = ?",
                (new, pk),
            )
        con.execute("COMMIT")
    n = con.execute("SELECT count(*) FROM documents").fetchone()[0]
    con.close()
    return n


def run_show(db: Path) -> dict:
    cmd = [sys.executable, "-m", "timeline", "show", "--db", str(db), "-f", "json"]
    start = time.perf_counter()
    # the output is thrown away by redirection (never -o at a system path)
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    if status != 0:
        raise SystemExit(f"timeline show failed: {proc.stderr.read()}")
    return {"seconds": seconds, "rss_mb": usage.ru_maxrss / 1024}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("store", type=Path)
    ap.add_argument("--scale", type=int, nargs="+", default=[1, 10])
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        for k in args.scale:
            db = Path(tmp) / f"x{k}.db"
            n = scaled_copy(args.store, db, k)
            got = run_show(db)
            print(
                f"x{k}: {n} documents, merge + JSON {got['seconds']:.1f} s, peak RSS {got['rss_mb']:.0f} MB", flush=True
            )
            again = run_show(db)
            print(
                f"x{k}: again, from the cached chronology: {again['seconds']:.1f} s, peak RSS {again['rss_mb']:.0f} MB",
                flush=True,
            )
            db.unlink()


if __name__ == "__main__":
    main()
