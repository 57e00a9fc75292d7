#!/usr/bin/env python3
"""How spaCy's batch size moves its peak memory and its speed (the choice of BATCH_CHARS).

    python benchmarks/batching.py [--corpus ../shared/corpora/news-silver.jsonl] [--limit 600]
                                  [--rounds 2] [--settings chars:25000 chars:50000 ...]

Each setting runs in its own process (a peak RSS cannot go down): ``nlp.pipe`` with timeline's
components over the same articles, cut into batches of at most C characters (``chars:C``, each
batch its own ``nlp.pipe`` call, as `extract` does) or of N documents in one call (``docs:N``).

This machine's speed drifts by up to 10% from one minute to the next, more than the differences
measured here. So each setting runs at the same time as the reference (``docs:32``), one on each
core (``taskset``), then again with the cores swapped, --rounds times: both see the same machine.
Prints each setting's CPU seconds over the reference's (the mean of the pairs) and its peak RSS
over the model's own.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("TIMELINE_SHARED") or ROOT.parent / "shared")  # the corpora: benchmarks/README.md
DEFAULT_CORPUS = SHARED / "corpora" / "news-silver.jsonl"
REFERENCE = "docs:32"
SETTINGS = ["chars:10000", "chars:25000", "chars:40000", "chars:50000", "chars:100000"]

CHILD = """
import json, resource, sys, time
sys.path.insert(0, {root!r})
from timeline.model import Document
from timeline.analysis import load_pipeline
from timeline.analysis import batches

def peak():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

nlp = load_pipeline(None)
rows = [json.loads(line) for line in open({corpus!r}, encoding="utf-8") if line.strip()][:{limit}]
docs = [Document(id=str(k), text=r["text"]) for k, r in enumerate(rows)]
list(nlp.pipe([d.text for d in docs[:5]]))
base = peak()
start = time.process_time()
if {mode!r} == "docs":
    for _ in nlp.pipe([d.text for d in docs], batch_size={value}):
        pass
else:
    for batch in batches(docs, 10**9, {value}):
        for _ in nlp.pipe([d.text for d in batch], batch_size=len(batch)):
            pass
print(json.dumps({{"cpu": time.process_time() - start, "over_model_mb": peak() - base}}))
"""


def _command(setting: str, corpus: Path, limit: int, core: int | None) -> list[str]:
    mode, value = setting.split(":")
    code = CHILD.format(root=str(ROOT), corpus=str(corpus), limit=limit, mode=mode, value=int(value))
    pin = ["taskset", "-c", str(core)] if core is not None else []
    return [*pin, sys.executable, "-c", code]


def _pair(a: str, b: str, corpus: Path, limit: int, cores: tuple[int, int] | None) -> tuple[dict, dict]:
    """Settings a and b at the same time, one on each core."""
    procs = [
        subprocess.Popen(_command(s, corpus, limit, cores[k] if cores else None), stdout=subprocess.PIPE, text=True)
        for k, s in enumerate((a, b))
    ]
    got = []
    for proc in procs:
        out, _ = proc.communicate()
        if proc.returncode:
            raise SystemExit(f"a benchmark process failed ({proc.returncode})")
        got.append(json.loads(out.strip().splitlines()[-1]))
    return got[0], got[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=600)
    parser.add_argument("--rounds", type=int, default=1, help="pairs of runs (cores swapped) per setting")
    parser.add_argument("--settings", nargs="+", default=SETTINGS, metavar="docs:N|chars:C")
    args = parser.parse_args()
    pinned = shutil.which("taskset") is not None
    print(
        f"reference {REFERENCE}; {args.limit} articles; {2 * args.rounds} runs of each setting beside it"
        + ("" if pinned else " (no taskset: not pinned to cores)")
    )
    for setting in args.settings:
        ratios, cpus, peaks = [], [], []
        for _ in range(args.rounds):
            for cores in ((0, 1), (1, 0)):
                ref, got = _pair(REFERENCE, setting, args.corpus, args.limit, cores if pinned else None)
                ratios.append(got["cpu"] / ref["cpu"])
                cpus.append(got["cpu"])
                peaks.append(got["over_model_mb"])
        mean = sum(ratios) / len(ratios)
        print(
            f"{setting:>14}: {mean:5.3f} x the reference's CPU time "
            f"(pairs {', '.join(f'{r:.3f}' for r in ratios)}; {sum(cpus) / len(cpus):5.1f} s), "
            f"peak {max(peaks):4.0f} MB over the model"
        )


if __name__ == "__main__":
    main()
