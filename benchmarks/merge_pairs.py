"""Benchmark: which reports of several articles the merge joins, against pairs judged by hand.

    python benchmarks/merge_pairs.py [--part dev|test|fresh|all] [--collection NAME] [--explain] [--json]
                                     [-- EXTRA EXTRACT OPTIONS]

Three parts. dev: benchmarks/data/merge/collections.json and pairs.jsonl, the collections every merge
rule so far was written on. test: collections_test.json and pairs_test.jsonl (issue 16's
thirty-first session), four collections no rule was ever written on. The test part is HELD OUT:
never read its pairs, its sentences or its --explain output to write or tune a merge rule (tune
on dev; run --part test only to report a figure, and report it per part). fresh:
collections_fresh.json and pairs_fresh.jsonl (issue 16's thirty-second session), four collections judged on
the merge of that session's start: report its figure next to dev's. --part defaults to dev.

benchmarks/data/merge/collections.json names collections of news-silver articles (10-40 of one
source and a few days, several of them telling one story; none from the held-out lines nor the
events dev/test sets). benchmarks/data/merge/pairs.jsonl holds pairs of mentions of two articles
of one collection (each a document id and the trigger's character offset), judged by hand:
``verdict`` "same" (one happening) or "different" (two), ``found`` whether the merge of the
session that judged them had joined them, ``kind`` what the pair shows.

For each collection, runs `python -m timeline extract <its articles> --format json --no-store`
once (the whole product) and scores the pairs:

- joined: judged pairs whose two mentions are in one event;
- precision: joined pairs judged "same" / joined pairs (a wrong join is false corroboration);
- recall: joined pairs judged "same" / pairs judged "same";
- missing: pairs one of whose mentions is no row any more (neither joined nor apart);
- unjudged joins: pairs of articles the merge now joins in an event that no judged pair speaks
  of (judge them, and add them to the part's pairs file).

`--explain` prints the wrong joins, the missed ones and the unjudged joins with their sentences
(on the test part: only to judge new unjudged joins, never to write a rule). The figures are
printed per part (`--json`: one block per part, keyed "dev" / "test" / "fresh").
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from events import extract_json  # noqa: E402
from events_gold import ROOT, SILVER  # noqa: E402

DATA = ROOT / "benchmarks" / "data" / "merge"


PARTS = {
    "dev": ("collections.json", "pairs.jsonl"),
    "test": ("collections_test.json", "pairs_test.jsonl"),
    "fresh": ("collections_fresh.json", "pairs_fresh.jsonl"),
}


def load(part: str = "dev") -> tuple[dict[str, list[str]], list[dict]]:
    """The collections and judged pairs of one part ("dev", "test", "fresh") or of all three ("all")."""
    collections: dict[str, list[str]] = {}
    pairs: list[dict] = []
    for name in PARTS if part == "all" else [part]:
        coll_file, pairs_file = PARTS[name]
        collections.update(json.loads((DATA / coll_file).read_text(encoding="utf-8")))
        with (DATA / pairs_file).open(encoding="utf-8") as fh:
            pairs += [json.loads(line) for line in fh if line.strip()]
    return collections, pairs


def articles(ids: list[str]) -> list[dict]:
    wanted = set(ids)
    found: dict[str, dict] = {}
    with SILVER.open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            if row["id"] in wanted:
                found[row["id"]] = {k: row[k] for k in ("id", "date", "title", "source", "text")}
    missing = wanted - set(found)
    if missing:
        sys.exit(f"not in {SILVER}: {', '.join(sorted(missing))}")
    return [found[i] for i in ids]


def run_extract(ids: list[str], extra: list[str]) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "articles.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            for row in articles(ids):
                fh.write(json.dumps(row) + "\n")
        return extract_json([str(path)], extra)


def _key(mention: dict) -> tuple[str, int]:
    return mention["doc"], mention["start"]


def score(collection: str, output: dict, pairs: list[dict]) -> dict:
    """The verdicts of one collection's pairs against one run's events."""
    event_of: dict[tuple[str, int], str] = {}
    text_of: dict[tuple[str, int], str] = {}
    for event in output["events"]:
        for m in event["mentions"]:
            event_of[_key(m)] = event["id"]
            text_of[_key(m)] = m["text"]
    counts = {"pairs": 0, "same": 0, "joined": 0, "joined_same": 0, "missing": 0}
    wrong, missed = [], []
    judged_docs: set[tuple[str, frozenset[str]]] = set()
    for p in pairs:
        a, b = (p["a"]["doc"], p["a"]["start"]), (p["b"]["doc"], p["b"]["start"])
        counts["pairs"] += 1
        counts["same"] += p["verdict"] == "same"
        if a not in event_of or b not in event_of:
            counts["missing"] += 1
            continue
        joined = event_of[a] == event_of[b]
        if joined:
            judged_docs.add((event_of[a], frozenset((a[0], b[0]))))
            counts["joined"] += 1
            if p["verdict"] == "same":
                counts["joined_same"] += 1
            else:
                wrong.append((p, text_of[a], text_of[b]))
        elif p["verdict"] == "same":
            missed.append((p, text_of[a], text_of[b]))
    unjudged = []
    for event in output["events"]:
        first: dict[str, dict] = {}
        for m in sorted(event["mentions"], key=_key):
            first.setdefault(m["doc"], m)
        for x, y in itertools.combinations(sorted(first), 2):
            if (event["id"], frozenset((x, y))) not in judged_docs:
                unjudged.append((event, first[x], first[y]))
    counts["unjudged_joins"] = len(unjudged)
    return {"collection": collection, **counts, "wrong": wrong, "missed": missed, "unjudged": unjudged}


def _ratio(n: int, d: int) -> str:
    return f"{100.0 * n / d:.1f}" if d else "-"


def part_of(collection: str) -> str:
    """The part ("dev", "test" or "fresh") a collection belongs to."""
    for part in ("test", "fresh"):
        if collection in json.loads((DATA / PARTS[part][0]).read_text(encoding="utf-8")):
            return part
    return "dev"


def figures(results: list[dict]) -> dict:
    """The headline figures of some collections' scores."""
    total = {k: sum(r[k] for r in results) for k in ("pairs", "same", "joined", "joined_same", "missing")}
    total["unjudged_joins"] = sum(r["unjudged_joins"] for r in results)
    return {
        **total,
        "precision": _ratio(total["joined_same"], total["joined"]),
        "recall": _ratio(total["joined_same"], total["same"]),
        "by_collection": {
            r["collection"]: {
                "joined": r["joined"],
                "wrong": len(r["wrong"]),
                "missed": len(r["missed"]),
                "unjudged_joins": r["unjudged_joins"],
            }
            for r in results
        },
    }


def print_figures(label: str, fig: dict) -> None:
    print(f"== {label}")
    print(f"judged pairs       {fig['pairs']} ({fig['same']} one happening, {fig['pairs'] - fig['same']} two)")
    print(f"joined             {fig['joined']} ({fig['joined'] - fig['joined_same']} wrong)")
    print(f"pair precision     {fig['precision']}")
    print(f"pair recall        {fig['recall']}")
    print(f"missing mentions   {fig['missing']}")
    print(f"unjudged joins     {fig['unjudged_joins']}")
    for name, row in fig["by_collection"].items():
        print(
            f"  {name:28} joined {row['joined']:3}  wrong {row['wrong']:2}  missed {row['missed']:2}  "
            f"unjudged {row['unjudged_joins']:3}"
        )


def explain(results: list[dict]) -> None:
    for r in results:
        for label, rows in (("WRONG JOIN", r["wrong"]), ("MISSED", r["missed"])):
            for p, ta, tb in rows:
                print(f"\n{label} [{r['collection']}] {p['kind']}")
                print(f"  {p['a']['doc']}@{p['a']['start']} {ta}")
                print(f"  {p['b']['doc']}@{p['b']['start']} {tb}")
        for event, ma, mb in r["unjudged"]:
            print(f"\nUNJUDGED [{r['collection']}] {event['predicate']['lemma']} {event['date'].get('value')}")
            print(f"  {ma['doc']}@{ma['start']} {ma['text']}")
            print(f"  {mb['doc']}@{mb['start']} {mb['text']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "--part",
        choices=("dev", "test", "fresh", "all"),
        default="dev",
        help="dev (tune on it), test (held out: report only, never tune), fresh (judged on the merge of issue 16's "
        "thirty-second session's start: report it, tune on dev) or all (the three, reported apart)",
    )
    parser.add_argument("--collection", action="append", help="only this collection (repeatable)")
    parser.add_argument("--explain", action="store_true", help="print the wrong, missed and unjudged joins")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("extra", nargs="*", help="extra options for timeline extract (after --)")
    args = parser.parse_args()
    collections, pairs = load(args.part)
    names = args.collection or list(collections)
    unknown = [n for n in names if n not in collections]
    if unknown:
        sys.exit(f"unknown collection(s): {', '.join(unknown)}; known: {', '.join(collections)}")
    results = []
    for name in names:
        output = run_extract(collections[name], args.extra)
        results.append(score(name, output, [p for p in pairs if p["collection"] == name]))
    by_part: dict[str, list[dict]] = {}
    for r in results:
        by_part.setdefault(part_of(r["collection"]), []).append(r)
    per_part = {part: figures(rs) for part, rs in sorted(by_part.items())}
    if args.json:
        print(json.dumps(per_part, indent=1))
    else:
        for part, fig in per_part.items():
            print_figures(f"part {part}" + (" (held out: never tune on it)" if part == "test" else ""), fig)
    if args.explain:
        explain(results)


if __name__ == "__main__":
    main()
