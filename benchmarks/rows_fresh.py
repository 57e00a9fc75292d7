"""Benchmark: the chronology's rows on 100 unseen news articles, against rows judged one by one.

    python benchmarks/rows_fresh.py [--root CHECKOUT] [--show KIND] [-- EXTRA EXTRACT OPTIONS]

`benchmarks/data/rows_fresh/` holds every row of the default chronology that the tool gave, at issue
16's thirty-second session's start (main 90ba4242), for 100 news-silver articles no rule had been
written from (`articles.txt`), each judged by hand against benchmarks/data/events/GUIDELINES.md
(`rows.jsonl`: the article, the trigger's character offset, the verdict `happening` (a row a
chronology lists, its first), `repeat` (a happening an earlier row lists) or `no-happening`, and for
those the kind: opinion, figure, description, state, a statement saying nothing, hypothetical ...).
See the README beside them.

The script runs `timeline extract` on the articles (one collection, `--no-store`) and finds each
row's judged mentions by (article, offset): a row holding a judged happening counts as a happening,
else as a repeat, else as no happening; a row none of whose mentions was judged is *new* (the rules
changed since the judging: read it, `--show new`). It prints the rows, the judged share of them, the
share of judged rows that are happenings (the strict precision of events.py, on text no rule was
written from and with no gold anchors to miss), the judged happenings no row lists any more, and the
no-happening rows still listed by kind. Unlike events.py it knows nothing of dates, actors or of the
happenings no row found: it is a check of what rows are listed, on unseen text.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from events import run_extract  # noqa: E402
from events_gold import ROOT  # noqa: E402

DATA = ROOT / "benchmarks" / "data" / "rows_fresh"
VERDICTS = ("happening", "repeat", "no-happening")


def load(data: Path = DATA) -> tuple[list[str], dict[tuple[str, int], dict]]:
    """The article ids, and the judged rows by (article, trigger offset)."""
    ids = [line.strip() for line in (data / "articles.txt").read_text(encoding="utf-8").splitlines() if line.strip()]
    judged = {}
    for line in (data / "rows.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            judged[row["doc"], row["start"]] = row
    return ids, judged


def verdict_of(event: dict, judged: dict[tuple[str, int], dict]) -> dict | None:
    """The judged row a listed row stands for: of its mentions judged, a happening first, then a
    repeat, then no happening; None when none of them was judged."""
    found = [judged[m["doc"], m["start"]] for m in event["mentions"] if (m["doc"], m["start"]) in judged]
    if not found:
        return None
    return min(found, key=lambda row: VERDICTS.index(row["verdict"]))


def score(data: dict, judged: dict[tuple[str, int], dict]) -> dict:
    """The figures of one extraction against the judged rows."""
    counts: Counter = Counter()
    kinds: Counter = Counter()
    seen: set[tuple[str, int]] = set()
    new = []
    for event in data["events"]:
        seen.update((m["doc"], m["start"]) for m in event["mentions"])
        row = verdict_of(event, judged)
        if row is None:
            new.append(event)
            continue
        counts[row["verdict"]] += 1
        if row["verdict"] == "no-happening":
            kinds[row["kind"] or "other"] += 1
    rows = len(data["events"])
    known = sum(counts.values())
    lost = [row for key, row in judged.items() if row["verdict"] == "happening" and key not in seen]
    return {
        "rows": rows,
        "judged_rows": known,
        "new_rows": len(new),
        "happenings": counts["happening"],
        "repeats": counts["repeat"],
        "no_happenings": counts["no-happening"],
        "precision_on_judged": round(100 * counts["happening"] / known, 1) if known else None,
        "happenings_lost": len(lost),
        "no_happening_kinds": dict(kinds.most_common()),
        "new": new,
        "lost": lost,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--root", type=Path, default=ROOT, help="the checkout to run (default: this one)")
    ap.add_argument("--show", choices=("new", "lost", "no-happening"), help="list those rows")
    ap.add_argument("extra", nargs="*", help="options passed on to `timeline extract` (after --)")
    args = ap.parse_args(argv)
    ids, judged = load()
    data = run_extract([{"id": i, "corpus": "news-silver"} for i in ids], args.extra, args.root.resolve())
    result = score(data, judged)
    print(f"{len(ids)} articles, {len(judged)} rows judged at the judging")
    print(f"rows listed            {result['rows']} ({result['judged_rows']} judged, {result['new_rows']} new)")
    print(
        f"judged rows            {result['happenings']} happenings, {result['repeats']} repeats, "
        f"{result['no_happenings']} no happening"
    )
    print(f"precision on judged    {result['precision_on_judged']}")
    happenings = sum(r["verdict"] == "happening" for r in judged.values())
    print(f"happenings lost        {result['happenings_lost']} of {happenings}")
    print("no happening, by kind  " + ", ".join(f"{k} {n}" for k, n in result["no_happening_kinds"].items()))
    if args.show == "new":
        for event in result["new"]:
            m = event["mentions"][0]
            print(f"  new  {m['doc']} @{m['start']} [{m['trigger']}] {event['summary']}")
    elif args.show == "lost":
        for row in result["lost"]:
            print(f"  lost {row['doc']} @{row['start']} [{row['trigger']}] {row['summary']}")
    elif args.show == "no-happening":
        for event in data["events"]:
            row = verdict_of(event, judged)
            if row is not None and row["verdict"] == "no-happening":
                print(
                    f"  {row['kind'] or 'other':13} {row['doc']} @{row['start']} [{row['trigger']}] {event['summary']}"
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
