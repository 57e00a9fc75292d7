#!/usr/bin/env python3
"""Throughput, memory and re-run cost of `timeline extract` against bare spaCy.

    python benchmarks/throughput.py [--corpus ../shared/corpora/news-silver.jsonl] [--limit N]
                                    [--jobs 1 2] [--rounds N] [--scale K] [--installed] [--json]

Reports, in one run: words/s of bare ``nlp.pipe`` with the same model and components (run before
and after each cold extract with the first --jobs value, which is compared with their mean: the
machine's speed drifts; --rounds N repeats the cold runs and reports the medians), words/s of
``timeline extract`` (everything: ingest, pipeline, normalization, events, merge, store) for each
--jobs value, their ratio, the peak RSS of each extract process, and the warm re-run time (the
same corpus again against the filled store). --scale K repeats the corpus K times (with new ids)
to see how memory grows with corpus size.

Which timeline runs: the repository's source tree (Python; compiled only if built in place), or with
--installed the package installed in this Python's environment (run from a directory outside the
repository; a regular ``pip install .`` compiles the event extraction with mypyc, see setup.py). The
first line of the report names the build that ran (`timeline --version`).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from statistics import fmean, median

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("TIMELINE_SHARED") or ROOT.parent / "shared")  # the corpora: benchmarks/README.md
DEFAULT_CORPUS = SHARED / "corpora" / "news-silver.jsonl"


def load(corpus: Path, limit: int | None, scale: int) -> list[dict]:
    rows = []
    with corpus.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                rows.append(json.loads(line))
            if limit and len(rows) >= limit:
                break
    if scale > 1:
        rows = [dict(r, id=f"{r['id']}#{k}") for k in range(scale) for r in rows]
    return rows


def words(rows: list[dict]) -> int:
    return sum(len(r["text"].split()) for r in rows)


def bare_spacy(path: Path, batch_size: int) -> dict:
    """Bare nlp.pipe in a child process, so its RSS and import time are measured alike."""
    code = f"""
import json, sys, time, resource
sys.path.insert(0, {str(ROOT)!r})
import spacy
from timeline.nlp import DEFAULT_MODELS
nlp = None
for name in DEFAULT_MODELS:
    try:
        nlp = spacy.load(name); break
    except OSError:
        pass
texts = [json.loads(l)["text"] for l in open({str(path)!r}, encoding="utf-8") if l.strip()]
t, c = time.perf_counter(), time.process_time()
for doc in nlp.pipe(texts, batch_size={batch_size}):
    pass
print(json.dumps({{"seconds": time.perf_counter() - t, "cpu_s": time.process_time() - c,
                   "pipes": nlp.pipe_names,
                   "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}}))
"""
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def where_to_run(installed: bool, tmp: Path) -> tuple[Path, dict[str, str]]:
    """The directory and environment `python -m timeline` runs in: the repository (its source tree comes
    first on the path), or for --installed a directory outside it with no PYTHONPATH."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    return (tmp, env) if installed else (ROOT, dict(env, PYTHONPATH=str(ROOT)))


def build_of(cwd: Path, env: dict[str, str]) -> str:
    """`timeline --version`'s first line: the version and the build (compiled with mypyc, or Python)."""
    out = subprocess.run(
        [sys.executable, "-m", "timeline", "--version"], cwd=cwd, env=env, capture_output=True, text=True
    )
    if out.returncode:
        raise SystemExit(f"timeline --version failed: {out.stderr.strip()}")
    return out.stdout.splitlines()[0]


def run_extract(path: Path, db: Path, jobs: int, batch_size: int, where: tuple[Path, dict[str, str]]) -> dict:
    """One `timeline extract` process; wall time and its peak RSS (from wait4)."""
    cmd = [
        sys.executable,
        "-m",
        "timeline",
        "extract",
        str(path),
        "--db",
        str(db),
        "--format",
        "json",
        "--quiet",
        "--jobs",
        str(jobs),
        "--batch-size",
        str(batch_size),
    ]
    t = time.perf_counter()
    # the chronology is thrown away by redirection (never -o at a system path)
    cwd, env = where
    proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - t
    err = proc.stderr.read()
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"extract failed: {err}")
    # CPU time of the process and of its worker processes (wait4 counts the children it reaped).
    return {"seconds": seconds, "cpu_s": usage.ru_utime + usage.ru_stime, "rss_mb": usage.ru_maxrss / 1024}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--limit", type=int, help="only the first N articles")
    ap.add_argument("--scale", type=int, default=1, help="repeat the corpus K times (memory growth)")
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    ap.add_argument(
        "--rounds",
        type=int,
        default=1,
        help="cold runs of each --jobs value, each beside its own bare runs (median reported)",
    )
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument(
        "--installed",
        action="store_true",
        help="run the timeline installed in this environment (compiled by a regular install), not the source tree",
    )
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()

    rows = load(args.corpus, args.limit, args.scale)
    n_words = words(rows)
    report: dict = {"documents": len(rows), "words": n_words, "rounds": args.rounds}
    with tempfile.TemporaryDirectory() as tmp:
        where = where_to_run(args.installed, Path(tmp))
        report["build"] = build_of(*where)
        path = Path(tmp) / "corpus.jsonl"
        with path.open("w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        # The machine's speed drifts over minutes (bare spaCy alone took 113-149 s for this corpus
        # on different runs, and up to 8% apart within one run): each cold extract with the first
        # --jobs value runs between two bare runs and is compared with their mean; with --rounds N
        # the sequence repeats (bare, extract --jobs 1, bare, extract --jobs 2, extract --jobs 1, bare,
        # ...) and the median of the rounds is reported.
        bares = [bare_spacy(path, args.batch_size)]
        colds: dict[int, list[dict]] = {jobs: [] for jobs in args.jobs}
        for r in range(args.rounds):
            for k, jobs in enumerate(args.jobs):
                db = Path(tmp) / f"j{jobs}-{r}.db"
                colds[jobs].append(run_extract(path, db, jobs, args.batch_size, where))
                if k == 0:
                    bares.append(bare_spacy(path, args.batch_size))
        report["bare"] = {
            "words_per_s": n_words / fmean([b["seconds"] for b in bares]),
            "seconds": fmean([b["seconds"] for b in bares]),
            "cpu_s": fmean([b["cpu_s"] for b in bares]),
            "runs_s": [b["seconds"] for b in bares],
            "pipes": bares[0]["pipes"],
            "rss_mb": max(b["rss_mb"] for b in bares),
        }
        for jobs in args.jobs:
            runs = colds[jobs]
            # each round's bare figure: the mean of the bare runs right before and after it
            near = [(bares[r], bares[r + 1]) for r in range(args.rounds)]
            ratios = [(a["seconds"] + b["seconds"]) / 2 / c["seconds"] for (a, b), c in zip(near, runs, strict=True)]
            cpu_ratios = [(a["cpu_s"] + b["cpu_s"]) / 2 / c["cpu_s"] for (a, b), c in zip(near, runs, strict=True)]
            db = Path(tmp) / f"j{jobs}-{args.rounds - 1}.db"
            warm = run_extract(path, db, jobs, args.batch_size, where)
            cold_s = median([c["seconds"] for c in runs])
            report[f"extract_jobs{jobs}"] = {
                "words_per_s": n_words / cold_s,
                "ratio_to_bare": median(ratios),
                # The same ratio in CPU time: for --jobs 1 the honest check that no second core was used.
                "cpu_ratio_to_bare": median(cpu_ratios),
                "ratios": ratios,
                "cpu_ratios": cpu_ratios,
                "cold_s": cold_s,
                "cold_runs_s": [c["seconds"] for c in runs],
                "cold_cpu_s": median([c["cpu_s"] for c in runs]),
                "peak_rss_mb": max(c["rss_mb"] for c in runs),
                "warm_s": warm["seconds"],
                "warm_over_cold": warm["seconds"] / cold_s,
            }
        if 1 in args.jobs and 2 in args.jobs:
            # within a round the two runs are next to each other
            speedups = [a["seconds"] / b["seconds"] for a, b in zip(colds[1], colds[2], strict=True)]
            report["speedup_jobs2"] = median(speedups)
            report["speedups_jobs2"] = speedups
    report["self_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    if args.json:
        print(json.dumps(report, indent=2))
        return
    bare = report["bare"]
    print(f"{report['build']}; corpus: {report['documents']} documents, {n_words} words; {args.rounds} round(s)")
    print(
        f"bare spaCy ({', '.join(bare['pipes'])}): {bare['words_per_s']:.0f} words/s "
        f"(mean {bare['seconds']:.1f} s of {len(bare['runs_s'])} runs: "
        f"{', '.join(f'{x:.1f}' for x in bare['runs_s'])} s; {bare['cpu_s']:.1f} s CPU; "
        f"peak RSS {bare['rss_mb']:.0f} MB)"
    )
    for jobs in args.jobs:
        r = report[f"extract_jobs{jobs}"]
        rounds = ""
        if args.rounds > 1:
            rounds = (
                f" [rounds: {', '.join(f'{x:.1f}' for x in r['cold_runs_s'])} s; ratios "
                f"{', '.join(f'{x:.3f}' for x in r['ratios'])}; "
                f"CPU {', '.join(f'{x:.3f}' for x in r['cpu_ratios'])}]"
            )
        print(
            f"timeline extract --jobs {jobs}: {r['words_per_s']:.0f} words/s ({r['cold_s']:.1f} s), "
            f"{r['ratio_to_bare']:.2f} x bare ({r['cpu_ratio_to_bare']:.2f} x in CPU time: {r['cold_cpu_s']:.1f} s), "
            f"peak RSS {r['peak_rss_mb']:.0f} MB; "
            f"warm re-run {r['warm_s']:.2f} s = {100 * r['warm_over_cold']:.1f}% of cold{rounds}"
        )
    if "speedup_jobs2" in report:
        each = f" (rounds: {', '.join(f'{x:.2f}' for x in report['speedups_jobs2'])})" if args.rounds > 1 else ""
        print(f"--jobs 2 speed-up over --jobs 1: {report['speedup_jobs2']:.2f} x{each}")


if __name__ == "__main__":
    main()
