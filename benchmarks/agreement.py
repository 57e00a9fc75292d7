"""How far two annotators of the event set agree: a second, blind annotation scored as if it were the tool.

    python benchmarks/agreement.py SECOND_DIR [--json]

SECOND_DIR holds gold files (benchmarks/data/events/ format, offsets resolved by `events_gold.py
resolve`) written by a second annotator for articles that already have gold in
benchmarks/data/events/. Each of the second annotator's events becomes a row (its trigger and `also`
mentions, its date interval, its actors with the source as a source, its summary) and
benchmarks/events.py's `score` measures them against the set's gold, then the other way round, and
the tool's default chronology of the same articles against the set's gold (unless --no-tool). The
figures are the human ceiling of the tool's: a target above them asks the tool to agree with one
annotator better than another careful annotator does.
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
    parser.add_argument("second", type=Path, help="folder of the second annotator's gold files")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--no-tool", action="store_true", help="do not score the tool on the same articles")
    args = parser.parse_args()
    second = load(args.second)
    first = {}
    for doc_id in second:
        found = [p for p in DATA.glob(f"*/{doc_id}.json")]
        if not found:
            sys.exit(f"{doc_id}: no gold in {DATA}")
        first[doc_id] = json.loads(found[0].read_text(encoding="utf-8"))
    ids = sorted(second)
    texts = {i: article(i, first[i].get("corpus", "news-silver"))["text"] for i in ids}
    a = [first[i] for i in ids]
    b = [second[i] for i in ids]
    results = {
        "second against the set": score(a, as_rows(b), texts)[0],
        "the set against the second": score(b, as_rows(a), texts)[0],
    }
    if not args.no_tool:
        results["the tool against the set"] = score(a, run_extract(a, []), texts)[0]
    if args.json:
        print(json.dumps(results, indent=1))
        return 0
    print(
        f"{len(ids)} articles; annotators: set {sorted({g.get('annotator') for g in a})}, second "
        f"{sorted({g.get('annotator') for g in b})}"
    )
    print(f"{'':24}" + "".join(f"{name:>30}" for name in results))
    for key in SHOWN:
        print(f"{key:24}" + "".join(f"{str(fig[key]):>30}" for fig in results.values()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
