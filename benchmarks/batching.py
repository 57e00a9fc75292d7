#!/usr/bin/env python3
"""How spaCy's batch size moves its peak memory and its speed (the choice of BATCH_CHARS).

    python benchmarks/batching.py [--corpus ../shared/corpora/news-silver.jsonl] [--limit 600]

Each setting runs in its own process (a peak RSS cannot go down): bare ``nlp.pipe`` over the
same articles, cut into batches of N documents or of at most C characters. Prints CPU seconds
and the peak RSS over the model's own.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "news-silver.jsonl"
SETTINGS = [("docs", 32), ("docs", 8), ("chars", 10_000), ("chars", 25_000), ("chars", 50_000)]

CHILD = """
import json, resource, sys, time
sys.path.insert(0, {root!r})
from timeline.model import Document
from timeline.nlp import build_nlp
from timeline.pipeline import batches

def peak():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

nlp = build_nlp(None)
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=600)
    args = parser.parse_args()
    for mode, value in SETTINGS:
        code = CHILD.format(root=str(ROOT), corpus=str(args.corpus), limit=args.limit, mode=mode, value=value)
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
        got = json.loads(out.strip().splitlines()[-1])
        label = f"{value} documents" if mode == "docs" else f"{value:,} characters"
        print(f"batches of {label:>18}: {got['cpu']:6.1f} s CPU, peak {got['over_model_mb']:5.0f} MB over the model")


if __name__ == "__main__":
    main()
