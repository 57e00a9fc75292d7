#!/usr/bin/env python3
"""`extract --dask local:N` against `extract --jobs N`, and the client's memory as the corpus grows.

    python benchmarks/dask_scale.py [--corpus ../shared/corpora/news-silver.jsonl] [--limit 300]
                                    [--workers 1 2] [--rounds 1] [--memory 200 --scale 10]

Throughput: the first ``--limit`` articles, each run into a new store, `--jobs N` then
`--dask local:N` for each N of ``--workers``, ``--rounds`` times side by side: wall time (starting
the cluster and loading the model included), documents per second, and the ratio of Dask to
`--jobs` at the same worker count (the median of the rounds).
Memory: `--dask local:2` on the first ``--memory`` articles, then on them ``--scale`` times over
(under new ids): the client process's own peak RSS (VmHWM, read from /proc while it runs: the
workers are other processes). Each run checks its JSON output equals `--jobs 1`'s.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("TIMELINE_SHARED") or ROOT.parent / "shared")  # the corpora: benchmarks/README.md
DEFAULT_CORPUS = SHARED / "corpora" / "news-silver.jsonl"


def _peak_kb(pid: int) -> int | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        return None
    return None


def run(args: list[str]) -> tuple[float, float]:
    """(wall seconds, the process's own peak RSS in MB) of `python -m timeline ARGS`."""
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "timeline", *args, "-q"], cwd=ROOT, stderr=subprocess.PIPE)
    peak = 0
    while proc.poll() is None:
        peak = max(peak, _peak_kb(proc.pid) or 0)
        time.sleep(0.2)
    seconds = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"timeline {' '.join(args)} failed: {proc.stderr.read().decode() if proc.stderr else ''}")
    return seconds, peak / 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--limit", type=int, default=300)
    ap.add_argument("--workers", type=int, nargs="*", default=[1, 2], help="none: only the memory runs")
    ap.add_argument("--rounds", type=int, default=1, help="throughput runs of each, interleaved; medians")
    ap.add_argument("--memory", type=int, default=200, help="0: no memory runs")
    ap.add_argument("--scale", type=int, default=10)
    args = ap.parse_args()
    lines = args.corpus.read_text(encoding="utf-8").splitlines()
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        part = tmp / "part.jsonl"
        part.write_text("\n".join(lines[: args.limit]) + "\n", encoding="utf-8")
        reference = None
        for n in args.workers:
            got: dict[str, list[float]] = {"jobs": [], "dask": []}
            ratios = []
            for k in range(args.rounds):  # jobs then dask, side by side: the machine's speed drifts
                for name, option in (("jobs", ["--jobs", str(n)]), ("dask", ["--dask", f"local:{n}"])):
                    out = tmp / f"{name}{n}.json"
                    db = tmp / f"{name}{n}-{k}.db"
                    seconds, rss = run(["extract", str(part), "--db", str(db), *option, "-o", str(out)])
                    db.unlink()
                    text = out.read_text(encoding="utf-8")
                    reference = reference or text
                    same = "same output" if text == reference else "OUTPUT DIFFERS"
                    got[name].append(seconds)
                    print(
                        f"{args.limit} articles, {' '.join(option)}: {seconds:.1f} s,"
                        f" {args.limit / seconds:.2f} docs/s, client peak {rss:.0f} MB, {same}",
                        flush=True,
                    )
                ratios.append(got["jobs"][-1] / got["dask"][-1])
            print(
                f"  dask / jobs at {n} workers (throughput): median {statistics.median(ratios):.2f}"
                f" (rounds: {', '.join(f'{r:.2f}' for r in ratios)}; median wall jobs"
                f" {statistics.median(got['jobs']):.1f} s, dask {statistics.median(got['dask']):.1f} s)",
                flush=True,
            )
        for scale in (1, args.scale) if args.memory else ():
            corpus = tmp / f"x{scale}.jsonl"
            with corpus.open("w", encoding="utf-8") as f:
                for k in range(scale):
                    for line in lines[: args.memory]:
                        row = json.loads(line)
                        row["id"] = f"{row.get('id')}#{k}"
                        f.write(json.dumps(row, ensure_ascii=False) + "\n")
            out = tmp / f"x{scale}.json"
            db = tmp / f"x{scale}.db"
            seconds, rss = run(["extract", str(corpus), "--db", str(db), "--dask", "local:2", "-o", str(out)])
            print(
                f"{args.memory * scale} articles, --dask local:2: {seconds:.1f} s, client peak {rss:.0f} MB", flush=True
            )


if __name__ == "__main__":
    main()
