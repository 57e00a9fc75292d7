"""How much time the temporal stage adds to the bare spaCy pipeline.

usage: python benchmarks/temporal_speed.py [CORPUS.jsonl] [--limit N]

Runs the model's own pipeline (without timeline's components) over the articles, then times the
temporal stage alone on the resulting Docs: the `timeline_timex` component plus normalize() against
each article's date. Prints both times and the ratio (target: at most 0.15).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = Path("/work/shared/corpora/news-silver.jsonl")


def _article_date(rec: dict) -> date | None:
    for key in ("date", "published", "date_publish", "datePublished"):
        value = rec.get(key)
        if value:
            try:
                return date.fromisoformat(str(value)[:10])
            except ValueError:
                return None
    return None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--limit", type=int, default=None, help="only the first N articles")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from timeline.nlp import build_nlp
    from timeline.temporal import normalize

    records = []
    with open(args.corpus, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                records.append(json.loads(line))
            if args.limit and len(records) >= args.limit:
                break
    texts = [r.get("text") or r.get("maintext") or r.get("content") or r.get("body") or "" for r in records]
    nlp = build_nlp()
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
