"""How far two annotators of the event set agree: a second, blind annotation scored as if it were the tool.

    python benchmarks/agreement.py SECOND_DIR... [--against DIR] [--no-tool] [--json]

SECOND_DIR holds gold files (benchmarks/data/events/ format, offsets resolved by `events_gold.py
resolve`) written by a second annotator for articles that already have gold in
benchmarks/data/events/. Each of the second annotator's events becomes a row (its trigger and `also`
mentions, its date interval, its actors with the source as a source, its summary) and
benchmarks/events.py's `score` measures them against the set's gold, then the other way round, and
the tool's default chronology of the same articles against the set's gold (unless --no-tool). The
figures are the human ceiling of the tool's: a target above them asks the tool to agree with one
annotator better than another careful annotator does. With --against DIR, the reference is another
second annotation (two blind annotators against each other) instead of the set.

The second annotations made so far are in benchmarks/data/events/agreement/<annotator>/ (how they
were made: GUIDELINES.md, "How far two annotators agree").
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from events import run_extract, score  # noqa: E402
from events_gold import DATA, article  # noqa: E402

SHOWN = (
    "gold_events",
    "rows",
    "strict_precision",
    "rows_per_real_event",
    "recall",
    "date_accuracy",
    "actor_accuracy",
    "fully_right",
)


def as_rows(golds: list[dict]) -> dict:
    """An annotation written out the way `timeline extract --format json` writes rows."""
    rows = []
    for g in golds:
        for ev in g["events"]:
            spans = [m for m in [ev, *ev.get("also", [])] if "start" in m]
            date = ev.get("date") or {}
            actors = [{"name": name, "role": "agent"} for name in ev.get("actors", [])]
            if ev.get("source"):
                actors.append({"name": ev["source"], "role": "source"})
            rows.append(
                {
                    "summary": ev["summary"],
                    "date": {"earliest": date.get("earliest"), "latest": date.get("latest")},
                    "actors": actors,
                    "mentions": [
                        {"doc": g["id"], "start": m["start"], "end": m["end"], "trigger": m["trigger"]} for m in spans
                    ],
                    "confidence": 1.0,
                }
            )
    return {"events": rows}


def load(folder: Path) -> dict[str, dict]:
    return {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.json"))}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("second", type=Path, nargs="+", help="folders of a second annotation's gold files (pooled)")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--against", type=Path, help="score against this folder's annotation, not the set's")
    parser.add_argument("--no-tool", action="store_true", help="do not score the tool on the same articles")
    args = parser.parse_args()
    second = {doc_id: gold for folder in args.second for doc_id, gold in load(folder).items()}
    reference = load(args.against) if args.against else {}
    first = {}
    for doc_id in second:
        if args.against:
            if doc_id not in reference:
                sys.exit(f"{doc_id}: no annotation in {args.against}")
            first[doc_id] = reference[doc_id]
            continue
        found = [p for p in (DATA / "dev", DATA / "test") if (p / f"{doc_id}.json").is_file()]
        if not found:
            sys.exit(f"{doc_id}: no gold in {DATA}")
        first[doc_id] = json.loads((found[0] / f"{doc_id}.json").read_text(encoding="utf-8"))
    ids = sorted(second)
    texts = {i: article(i, first[i].get("corpus", "news-silver"))["text"] for i in ids}
    a = [first[i] for i in ids]
    b = [second[i] for i in ids]
    ref = "the reference" if args.against else "the set"
    results = {
        f"second against {ref}": score(a, as_rows(b))[0],
        f"{ref} against second": score(b, as_rows(a))[0],
    }
    if not args.no_tool:
        results[f"the tool against {ref}"] = score(a, run_extract(a, []), texts)[0]
    if args.json:
        print(json.dumps(results, indent=1))
        return 0
    by_a, by_b = sorted({g.get("annotator") for g in a}), sorted({g.get("annotator") for g in b})
    print(f"{len(ids)} articles; annotators: {ref} {by_a}, second {by_b}")
    print(f"{'':24}" + "".join(f"{name:>30}" for name in results))
    for key in SHOWN:
        print(f"{key:24}" + "".join(f"{str(fig[key]):>30}" for fig in results.values()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
