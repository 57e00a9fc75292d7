"""Reading an --aliases file and a JSON array of articles stays linear in their size.

usage: python benchmarks/input_scale.py [--sizes 10000 100000 ...] [--check]

For each size N: an aliases file of N names (people, and organisations that all end in the same
word, the case that used to compare every pair) read and indexed as `show --aliases` does; and a
.json file holding an array of N articles, read as `extract` reads it. Prints the time per name or
record; --check fails if it grows more than 3 x from the smallest size to the largest. The default
run (10,000 and 50,000) takes about 15 s; the issue's claim goes to 1,000,000:
`--sizes 10000 100000 1000000` (a few minutes, ~3 GB).
"""

from __future__ import annotations

import argparse
import gc
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _aliases(n: int) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for i in range(n // 2):
        out[f"Person{i} Family{i}"] = [f"Family{i}", f"P. Family{i}"]
    for i in range(n - n // 2):
        out[f"Agency{i} Ministry"] = [f"the Agency{i} Ministry", f"AM{i}"]
    return out


def time_aliases(n: int, folder: Path) -> float:
    from timeline.ingest import load_aliases
    from timeline.merge.actors import ActorIndex

    path = folder / f"aliases-{n}.json"
    path.write_text(json.dumps(_aliases(n)), encoding="utf-8")
    start = time.perf_counter()
    ActorIndex.from_names([], load_aliases(str(path)))
    return time.perf_counter() - start


def time_json_array(n: int, folder: Path) -> float:
    from timeline.ingest import read_documents

    path = folder / f"array-{n}.json"
    with open(path, "w", encoding="utf-8") as f:
        f.write("[\n")
        for i in range(n):
            record = {"text": f"Officials met in Berlin on Monday, report {i} said.", "date": "2016-12-23"}
            f.write(("," if i else "") + json.dumps(record, indent=1) + "\n")
        f.write("]\n")
    start = time.perf_counter()
    documents = read_documents([str(path)], max_bytes=2**31)
    elapsed = time.perf_counter() - start
    assert len(documents) == n
    return elapsed


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 50_000])
    ap.add_argument("--check", action="store_true", help="fail if the time per item grows more than 3 x")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from timeline.cli import GC_THRESHOLDS

    gc.set_threshold(*GC_THRESHOLDS)  # as the command runs
    failed = False
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for what, timer, unit in (("aliases", time_aliases, "name"), ("JSON array", time_json_array, "record")):
            per_item = []
            for n in sorted(args.sizes):
                elapsed = timer(n, folder)
                per_item.append(elapsed / n)
                print(f"{what:10} {n:>9,} {unit}s: {elapsed:7.2f} s, {elapsed / n * 1e6:6.2f} µs per {unit}")
            growth = per_item[-1] / per_item[0]
            print(f"{what:10} time per {unit}, largest / smallest size: {growth:.2f} x")
            failed |= growth > 3
    if args.check and failed:
        print("FAIL: time per item grows with size", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
