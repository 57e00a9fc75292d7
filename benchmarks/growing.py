#!/usr/bin/env python3
"""A store that grows by one article: the cost of `extract` of the new article, of the first `show`
after it, and of cached `show --limit 20` / `show --actor X`.

    python benchmarks/growing.py [--corpus ../shared/corpora/news-silver.jsonl] [--store BASE.db]
                                 [--cmd "python -m timeline"] [--actor Putin] [--repeat 3]

The base store holds every article of the corpus but the last (built with `extract --jobs 2`
unless ``--store`` gives one built from the same corpus); each round copies it, extracts the last
article into the copy, then runs `show` (the whole store's chronology, as JSON to a file), then the
cached `show --limit 20` and `show --actor X`. "extract alone" is the same article into an empty
store. ``--cmd`` measures another build (e.g. ``--cmd timeline`` for the installed one: main's
code); its base store is built with it. Every figure is the median of ``--repeat`` rounds, wall
time of a child process, with its peak RSS (wait4).
"""

from __future__ import annotations

import argparse
import os
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("TIMELINE_SHARED") or ROOT.parent / "shared")  # the corpora: benchmarks/README.md
DEFAULT_CORPUS = SHARED / "corpora" / "news-silver.jsonl"


def run(cmd: list[str], *args: str) -> tuple[float, float]:
    """(wall seconds, peak RSS in MB) of one command."""
    start = time.perf_counter()
    proc = subprocess.Popen([*cmd, *args, "-q"], cwd=ROOT, stderr=subprocess.PIPE, text=True)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    if status != 0:
        raise SystemExit(f"{' '.join(cmd + list(args))} failed: {proc.stderr.read() if proc.stderr else ''}")
    return seconds, usage.ru_maxrss / 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--store", type=Path, help="a store of every article but the last (built if not given)")
    ap.add_argument("--cmd", default=f"{shlex.quote(sys.executable)} -m timeline")
    ap.add_argument("--actor", default="Putin")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    cmd = shlex.split(args.cmd)
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        lines = args.corpus.read_text(encoding="utf-8").splitlines(keepends=True)
        (tmp / "base.jsonl").write_text("".join(lines[:-1]), encoding="utf-8")
        (tmp / "one.jsonl").write_text(lines[-1], encoding="utf-8")
        base = args.store
        if base is None:
            base = tmp / "base.db"
            seconds, rss = run(
                cmd, "extract", str(tmp / "base.jsonl"), "--db", str(base), "--jobs", "2", "-o", str(tmp / "base.json")
            )
            print(f"base store: {len(lines) - 1} articles, extract --jobs 2 {seconds:.1f} s, {rss:.0f} MB", flush=True)
        figures: dict[str, list[tuple[float, float]]] = {}
        for k in range(args.repeat):
            db, alone = tmp / f"w{k}.db", tmp / f"alone{k}.db"
            shutil.copy(base, db)
            out = str(tmp / "out.json")
            steps = [
                ("extract alone (empty store)", ["extract", str(tmp / "one.jsonl"), "--db", str(alone), "-o", out]),
                ("extract into the store", ["extract", str(tmp / "one.jsonl"), "--db", str(db), "-o", out]),
                ("first show (whole chronology, JSON)", ["show", "--db", str(db), "-f", "json", "-o", out]),
                ("cached show --limit 20", ["show", "--db", str(db), "--limit", "20", "-f", "json", "-o", out]),
                (f"cached show --actor {args.actor}", ["show", "--db", str(db), "--actor", args.actor, "-o", out]),
            ]
            for name, step in steps:
                figures.setdefault(name, []).append(run(cmd, *step))
            db.unlink()
            alone.unlink()
        print(f"{' '.join(cmd)}, median of {args.repeat}:")
        median = {name: statistics.median(s for s, _ in got) for name, got in figures.items()}
        for name, got in figures.items():
            rss = max(r for _, r in got)
            print(f"  {name:40} {median[name]:6.2f} s   peak {rss:5.0f} MB")
        ratio = median["first show (whole chronology, JSON)"] / median["extract alone (empty store)"]
        print(f"  first show / extract alone: {ratio:.2f} (goal <= 2)")


if __name__ == "__main__":
    main()
