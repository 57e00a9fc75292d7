"""How much time the temporal stage adds to the bare spaCy pipeline.

usage: python benchmarks/temporal_speed.py [CORPUS.jsonl] [--limit N]
       python benchmarks/temporal_speed.py --scan

Runs the model's own pipeline (without timeline's components) over the articles, then times the
temporal stage alone on the resulting Docs: the `timeline_timex` component plus normalize() against
each article's date. Prints both times and the ratio (target: at most 0.15).

--scan times the recognizer's scan alone on runs without whitespace full of digits (a date pasted
over and over, hex digests) and on spaced text dense with years, from 10k to 1M characters: the time
per character must stay flat (a quadratic scan took 12 s for 20k characters, 122 s for 100k).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = Path(os.environ.get("TIMELINE_SHARED", ROOT.parent / "shared")) / "corpora" / "news-silver.jsonl"


def _article_date(rec: dict) -> date | None:
    for key in ("date", "published", "date_publish", "datePublished"):
        value = rec.get(key)
        if value:
            try:
                return date.fromisoformat(str(value)[:10])
            except ValueError:
                return None
    return None


_BLOBS = {
    "date pasted, no space": "2016-12-23",
    "hex digests, no space": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
    "spaced years": "in 2016 ",
}


def scan() -> int:
    from timeline.temporal.recognize import find_candidates

    print(f"{'text':24} {'characters':>10} {'seconds':>9} {'us/char':>8} {'found':>7}")
    for name, unit in _BLOBS.items():
        for size in (10_000, 100_000, 1_000_000):
            text = (unit * (size // len(unit) + 1))[:size]
            t0 = time.perf_counter()
            found = find_candidates(text)
            took = time.perf_counter() - t0
            print(f"{name:24} {size:>10,} {took:9.3f} {1e6 * took / size:8.3f} {len(found):7}")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--limit", type=int, default=None, help="only the first N articles")
    ap.add_argument("--scan", action="store_true", help="time the scan on long digit runs instead")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    if args.scan:
        return scan()
    from timeline.analysis import load_pipeline
    from timeline.temporal import normalize

    records = []
    with open(args.corpus, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                records.append(json.loads(line))
            if args.limit and len(records) >= args.limit:
                break
    texts = [r.get("text") or r.get("maintext") or r.get("content") or r.get("body") or "" for r in records]
    nlp = load_pipeline()
    ours = [n for n in nlp.pipe_names if n.startswith("timeline_")]
    timex = nlp.get_pipe("timeline_timex")

    t0 = time.perf_counter()
    with nlp.select_pipes(disable=ours):
        docs = list(nlp.pipe(texts, batch_size=32))
    bare = time.perf_counter() - t0

    t0 = time.perf_counter()
    n_timex = 0
    for rec, doc in zip(records, docs, strict=True):
        timex(doc)
        n_timex += len(normalize(doc, _article_date(rec), str(rec.get("id", ""))))
    temporal = time.perf_counter() - t0

    chars = sum(map(len, texts))
    print(f"articles {len(texts)} | characters {chars} | temporal expressions {n_timex}")
    print(f"bare spaCy pipeline   {bare:8.2f} s")
    print(f"temporal stage        {temporal:8.2f} s")
    print(f"ratio                 {temporal / bare:8.3f}  (target <= 0.150)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
