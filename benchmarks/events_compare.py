"""Two checkouts' chronologies on an event split, and how sure the difference is.

    python benchmarks/events_compare.py OLD_ROOT [NEW_ROOT] [--split test] [--samples 5000] [--json]

Runs `python -m timeline extract` of each checkout (OLD_ROOT, and NEW_ROOT or this repository) on
the split's articles exactly as benchmarks/events.py does, scores both with events.py's `score`,
and resamples the split's documents (a paired bootstrap: the same documents drawn for both, with
replacement) to put a 95% interval on each figure's change. A split of 53 articles moves by a point
of "fully right" when a handful of rows change: the interval says whether a change is more than
the luck of which articles were annotated. Checkouts are folders (e.g. `git worktree add
/tmp/old main~5`); the corpora come from the shared folder as for events.py.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from events import load_gold, run_extract, score  # noqa: E402
from events_gold import ROOT  # noqa: E402

# figure -> (numerator, denominator) among events.py's counts
FIGURES = {
    "strict_precision": ("distinct", "rows"),
    "recall": ("found", "gold"),
    "date_accuracy": ("dated_right", "dated_real"),
    "actor_accuracy": ("actors_ok", "real"),
    "fully_right": ("fully", "gold"),
}


def per_document(golds: list[dict], data: dict) -> dict[str, dict]:
    """events.py's counts for each document alone (its rows' mentions in it, its gold)."""
    out = {}
    for g in golds:
        rows = []
        for event in data["events"]:
            mine = [m for m in event["mentions"] if m["doc"] == g["id"]]
            if mine:
                rows.append(dict(event, mentions=mine))
        out[g["id"]] = score([g], {"events": rows})[0]["counts"]
    return out


def _figure(counts: list[dict], name: str) -> float:
    num, den = FIGURES[name]
    d = sum(c[den] for c in counts)
    return 100.0 * sum(c[num] for c in counts) / d if d else 0.0


def bootstrap(old: dict[str, dict], new: dict[str, dict], samples: int, seed: int = 16) -> dict[str, dict]:
    docs = sorted(old)
    rng = random.Random(seed)
    draws = [[rng.choice(docs) for _ in docs] for _ in range(samples)]
    out = {}
    for name in FIGURES:
        a = _figure([old[d] for d in docs], name)
        b = _figure([new[d] for d in docs], name)
        diffs = sorted(_figure([new[d] for d in draw], name) - _figure([old[d] for d in draw], name) for draw in draws)
        lo, hi = diffs[int(0.025 * samples)], diffs[int(0.975 * samples) - 1]
        out[name] = {
            "old": round(a, 1),
            "new": round(b, 1),
            "change": round(b - a, 1),
            "ci95": [round(lo, 1), round(hi, 1)],
        }
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("old", type=Path, help="the checkout to compare against")
    ap.add_argument("new", type=Path, nargs="?", default=ROOT, help="the checkout compared (default: this one)")
    ap.add_argument(
        "--split",
        choices=("dev", "test", "test5", "dev6", "test7", "dev8", "dev9", "dev10", "dev11", "dev12"),
        default="test",
    )
    ap.add_argument("--samples", type=int, default=5000)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    golds = load_gold(args.split)
    # per-document counts ignore rows merged across articles (each mention counts where it is)
    old = per_document(golds, run_extract(golds, [], args.old.resolve()))
    new = per_document(golds, run_extract(golds, [], args.new.resolve()))
    result = bootstrap(old, new, args.samples)
    if args.json:
        print(json.dumps(result, indent=1))
        return 0
    print(f"{args.split}: {len(golds)} documents, {args.samples} paired resamples of them")
    print(f"{'':18}{'old':>8}{'new':>8}{'change':>8}   95% interval of the change")
    for name, r in result.items():
        print(
            f"{name:18}{r['old']:8.1f}{r['new']:8.1f}{r['change']:+8.1f}   {r['ci95'][0]:+.1f} .. {r['ci95'][1]:+.1f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
