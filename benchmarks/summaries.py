#!/usr/bin/env python3
"""How the chronology's summaries read: the share of rows with a visible flaw, on news-silver.

    python benchmarks/summaries.py [CORPUS.jsonl] [--limit N] [--jobs J] [--show K]

Runs `python -m timeline extract` on the first N articles (default 300; `--no-store`, JSON) and
counts, over all rows, the flaws a reader notices at once (issue 16, item 5: "the whole clause,
who did what to whom"):

- ends on a preposition: "... stopped them from", "met on Monday with"; a summary cut at the
  30-word cap ends on "…", and the word before the "…" is checked too ("according to …": a cut
  should not fall right after a preposition);
- stray punctuation: "feared , a spokesman said", "Idlib, , could", "-- --", "the polls, --";
- unbalanced parenthesis;
- opens on a bare verb form: "to be published Friday", "released on Thursday" (no subject);
- opens on a pronoun: "he", "it", "they" ... (the name was not restored);
- opens on a relative word: "which Sison established in 1968", "who were arrested in May" (the noun
  it stands for was not told), outside a quotation only (a quotation may open on a question: '"Who
  will pay?"');
- two words or fewer;
- a quotation alone: the summary is all one quotation, with no one said to have said it ('"… we
  closed the road"': whose words?);
- the same summary twice in one article (two rows that read the same).

`--show K` prints up to K examples of each flaw. No gold is needed: this is a lint of the output,
the benchmark of what rows are right is benchmarks/events.py.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("TIMELINE_SHARED") or ROOT.parent / "shared")  # the corpora: benchmarks/README.md
DEFAULT_CORPUS = SHARED / "corpora" / "news-silver.jsonl"

_PREPOSITIONS = frozenset(
    "of to from by with for in on at before after as into about than since until over under".split()
)
_PRONOUNS = frozenset("he she his her it its they their them him".split())
_RELATIVE_WORDS = frozenset("which who whom whose".split())
_STRAY = re.compile(r"\w ,|[,;]\s*[,;]|--\s*--|\(\s*\)|[,;]\s*--")


def flaws(summary: str) -> list[str]:
    """The flaws of one summary, by name."""
    # quote marks and "…" are not words: '"… he said' opens on "he", not on a lone mark
    words = [w for w in summary.replace("…", " ").split() if w.strip("\"“”'‘’")]
    if not words:
        return ["empty"]
    out = []
    if words[-1].lower().strip("\"“”'’") in _PREPOSITIONS:
        out.append("ends on a preposition")
    if _STRAY.search(summary):
        out.append("stray punctuation")
    if summary.count("(") != summary.count(")"):
        out.append("unbalanced parenthesis")
    first = words[0].strip("\"“”'’").lower()
    if first == "to" or re.fullmatch(r"[a-z]+(?:ed|ing)", words[0].lstrip("\"“'‘")):
        out.append("opens on a bare verb form")
    if first in _PRONOUNS:
        out.append("opens on a pronoun")
    if first in _RELATIVE_WORDS and summary[:1] not in "\"“'‘":
        out.append("opens on a relative word")
    if len(words) <= 2:
        out.append("two words or fewer")
    if summary[:1] in '"“' and summary[-1:] in '"”' and len(summary) > 1:
        out.append("a quotation alone")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--limit", type=int, default=300, help="only the first N articles (default 300)")
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--show", type=int, default=0, help="print up to K examples of each flaw")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        part = Path(tmp) / "articles.jsonl"
        with args.corpus.open(encoding="utf-8") as src, part.open("w", encoding="utf-8") as dst:
            for n, line in enumerate(src):
                if n >= args.limit:
                    break
                dst.write(line)
        proc = subprocess.run(
            [
                sys.executable,
                "-m",
                "timeline",
                "extract",
                str(part),
                "--no-store",
                "-f",
                "json",
                "--jobs",
                str(args.jobs),
            ],
            cwd=ROOT,
            capture_output=True,
            text=True,
        )
    if proc.returncode != 0:
        sys.exit(f"extract failed ({proc.returncode}): {proc.stderr.strip()[-2000:]}")
    events = json.loads(proc.stdout)["events"]
    counts: Counter[str] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    seen: Counter[tuple[str, str]] = Counter()
    for event in events:
        summary = event["summary"]
        for flaw in flaws(summary):
            counts[flaw] += 1
            examples[flaw].append(summary)
        seen[(event["mentions"][0]["doc"], summary)] += 1
    for (_, summary), n in seen.items():
        if n > 1:
            counts["the same summary twice in one article"] += n - 1
            examples["the same summary twice in one article"].append(summary)
    total = len(events)
    print(f"{total} rows from {min(args.limit, sum(1 for _ in args.corpus.open(encoding='utf-8')))} articles")
    for flaw, n in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {flaw:40} {n:5}  {100 * n / total:5.1f}%")
    print(f"  {'rows with any flaw':40} {sum(1 for e in events if flaws(e['summary'])):5}")
    if args.show:
        rng = random.Random(0)
        for flaw, found in examples.items():
            print(f"\n{flaw}:")
            for summary in rng.sample(found, min(args.show, len(found))):
                print(f"  {summary}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
