"""Refit and check the confidence table of timeline/extract/confidence.py.

    python benchmarks/calibrate.py [--smoothing K] [--fresh-weight W] [-- EXTRA EXTRACT OPTIONS]
    python benchmarks/calibrate.py --fresh      # today's confidence on the fresh labelled rows
    python benchmarks/calibrate.py --cv         # the refit, held apart by article, against today's table

Rows are labelled right or not as benchmarks/events.py's calibration counts them: a real happening,
the first row for it, with the right date (undated where the happening has no date a reader can
work out). Two sources of labels:

- the event dev split (benchmarks/data/events/dev): rows matched to the gold;
- the fresh rows (benchmarks/data/confidence/fresh_rows.jsonl): 391 rows of the default chronology
  of 36 news-silver articles that no rule was written from, judged one by one by hand (see the
  README beside them). The script runs extract on those articles again and finds each labelled row
  by its trigger's offsets; a row whose date is no longer the one judged, or that no label names,
  is left out and counted.

The default prints, per table cell (way of dating, factuality group, named agent; a date read from
words that name no calendar point of their own, "now", "this year", "the past months", is a way of
dating of its own, "vague", whatever the factuality: few rows have one), the rows and share right on dev
and on the fresh rows, and the share of both (fresh rows weighted W, default 2) shrunk toward the
cell's (resolution, group) share by K pseudo-rows (default 5): the figures to copy into
confidence._TABLE (rounded to 0.05; held below 0.8 unless the shrunk share is at least 0.8 from
at least 5 rows).

`--fresh` prints today's calibration (per confidence bin, share right) and Brier score on the fresh
rows. `--cv` fits the table on dev + half the fresh articles, scores the other half, and the other
way round (two folds by article, alternating in corpus order), and prints the held-apart figures
(>= 0.8 bin, Brier score, log loss) against today's table. The test split is never read here.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import tempfile
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from events import BINS, date_right, load_gold, match_rows, run_extract  # noqa: E402
from events_gold import ROOT, article  # noqa: E402

from timeline.extract.confidence import vague_date  # noqa: E402

FRESH = ROOT / "benchmarks" / "data" / "confidence" / "fresh_rows.jsonl"
Labelled = list[tuple[dict, bool, str]]  # (row, right, article id)


def labelled_rows(golds: list[dict], data: dict) -> list[tuple[dict, bool]]:
    """Each row, and whether it is right as events.py's calibration counts it."""
    gold_events, matches = match_rows(golds, data["events"])
    return [
        (row, bool(first) and any(date_right(row["date"], gold_events[k].get("date")) for k in hits))
        for row, (hits, first) in zip(data["events"], matches, strict=True)
    ]


def dev_rows(extra: list[str]) -> Labelled:
    golds = load_gold("dev")
    return [(row, right, row["mentions"][0]["doc"]) for row, right in labelled_rows(golds, run_extract(golds, extra))]


def load_fresh() -> list[dict]:
    return [json.loads(line) for line in FRESH.read_text(encoding="utf-8").splitlines() if line.strip()]


def fresh_rows(extra: list[str]) -> tuple[Labelled, int, int]:
    """The fresh labelled rows as extract gives them today, right or not; and how many rows were
    left out: no label names them, or their date is no longer the one judged."""
    labels = load_fresh()
    by_span = {}
    for lab in labels:
        by_span[(lab["doc"], lab["start"], lab["end"])] = lab
    docs = sorted({lab["doc"] for lab in labels}, key=lambda d: next(la["line"] for la in labels if la["doc"] == d))
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "fresh.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            for doc in docs:
                row = article(doc, "news-silver")
                fh.write(json.dumps({k: row[k] for k in ("id", "date", "title", "source", "text")}) + "\n")
        data = run_extract([], [str(path), *extra])
    out: Labelled = []
    unlabelled = stale = 0
    for row in data["events"]:
        lab = next(
            (by_span[key] for m in row["mentions"] if (key := (m["doc"], m["start"], m["end"])) in by_span),
            None,
        )
        if lab is None:
            unlabelled += 1
            continue
        judged = (lab["date"]["earliest"], lab["date"]["latest"])
        if (row["date"].get("earliest"), row["date"].get("latest")) != judged:
            stale += 1
            continue
        out.append((row, lab["real"] == "yes" and lab["date_right"], lab["doc"]))
    return out, unlabelled, stale


def group_of(factuality: str) -> str:
    return "told" if factuality == "asserted" else factuality


def cell_of(row: dict) -> tuple | None:
    """A listed row's table cell; None for rows not listed by default."""
    if row["factuality"] not in ("asserted", "reported", "planned"):
        return None
    resolution = row["date"].get("resolution") or "unresolved"
    if resolution == "unresolved":
        return ("unresolved",)
    if resolution == "merged":
        resolution = "relative"  # a date another article's text gave
    agent = any(a["role"] == "agent" for a in row["actors"])
    if resolution in ("absolute", "relative") and vague_date(row["date"].get("text"), row["date"].get("precision")):
        return "vague", "any", agent  # read from words that name no calendar point: few rows, one group
    return resolution, group_of(row["factuality"]), agent


def fit_table(rows: list[tuple[dict, bool, float]], k: float) -> dict[tuple, tuple[float, float, float]]:
    """Per cell: weighted rows, share right, and that share shrunk toward its (resolution, group)
    share by ``k`` pseudo-rows."""
    cells: dict[tuple, list[float]] = defaultdict(lambda: [0.0, 0.0])
    groups: dict[tuple, list[float]] = defaultdict(lambda: [0.0, 0.0])
    for row, right, weight in rows:
        key = cell_of(row)
        if key is None:
            continue
        for table, at in ((cells, key), (groups, key[:2])):
            table[at][0] += weight
            table[at][1] += weight * right
    out = {}
    for key, (n, right) in sorted(cells.items(), key=lambda kv: tuple(map(str, kv[0]))):
        gn, gright = groups[key[:2]]
        out[key] = (n, right / n, (right + k * gright / gn) / (n + k))
    return out


def table_value(n: float, shrunk: float) -> float:
    """A cell's figure: its shrunk share rounded to 0.05, held below 0.8 unless the share itself is
    at least 0.8 from at least 5 rows."""
    value = round(shrunk * 20) / 20
    return 0.75 if value >= 0.8 and (shrunk < 0.8 or n < 5) else value


def scorer(table: dict[tuple, tuple[float, float, float]]) -> Callable[[dict], float]:
    """Confidence as the fitted table would give it (see table_value)."""

    def score(row: dict) -> float:
        key = cell_of(row)
        if key is None:
            return 0.2
        if key not in table:
            near = [v for c, v in table.items() if c[:2] == key[:2]]
            n, share = sum(v[0] for v in near), sum(v[0] * v[1] for v in near)
            return table_value(n, share / n) if n else 0.3
        n, _, shrunk = table[key]
        return table_value(n, shrunk)

    return score


def today(row: dict) -> float:
    """What confidence.py gives the row now (the merged rows' figure is their members')."""
    return float(row.get("confidence", 0.0))


def figures(score: Callable[[dict], float], rows: Labelled) -> dict:
    n = len(rows)
    top = [right for row, right, _ in rows if score(row) >= 0.8]
    brier = sum((score(row) - right) ** 2 for row, right, _ in rows) / n
    logloss = -sum(math.log(min(max(score(r) if y else 1 - score(r), 1e-4), 1.0)) for r, y, _ in rows) / n
    bins = [[0, 0] for _ in BINS[:-1]]
    for row, right, _ in rows:
        b = next(i for i in range(len(BINS) - 1) if BINS[i] <= score(row) < BINS[i + 1])
        bins[b][0] += 1
        bins[b][1] += right
    return {"rows": n, "top": len(top), "top_right": sum(top), "brier": brier, "logloss": logloss, "bins": bins}


def _bins(fig: dict) -> str:
    return "  ".join(
        f"{BINS[i]:.1f}-{min(BINS[i + 1], 1.0):.1f}: {100 * ok / n if n else 0:.1f}% of {n}"
        for i, (n, ok) in enumerate(fig["bins"])
    )


def _top(fig: dict) -> str:
    share = 100 * fig["top_right"] / fig["top"] if fig["top"] else 0.0
    return f">= 0.8: {share:.1f}% of {fig['top']}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--smoothing", type=float, default=5.0)
    parser.add_argument("--fresh-weight", type=float, default=2.0, help="weight of a fresh row against a dev row")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--fresh", action="store_true", help="today's calibration on the fresh labelled rows")
    mode.add_argument("--cv", action="store_true", help="the refit held apart by article against today's table")
    parser.add_argument("extra", nargs="*", help="options passed to extract (after --)")
    args = parser.parse_args()
    fresh, unlabelled, stale = fresh_rows(args.extra)
    print(f"fresh rows: {len(fresh)} labelled ({unlabelled} rows no label names, {stale} whose date changed)")
    if args.fresh:
        fig = figures(today, fresh)
        print(f"today's confidence on the fresh rows: {_top(fig)}, Brier {fig['brier']:.4f}")
        print("calibration (fresh): " + _bins(fig))
        return 0
    dev = dev_rows(args.extra)
    w, k = args.fresh_weight, args.smoothing
    if args.cv:
        order = sorted({doc for *_, doc in fresh})
        fold = {doc: i % 2 for i, doc in enumerate(order)}
        for name, fit in (("today's table", None), ("refit", True)):
            total: dict = {"rows": 0, "top": 0, "top_right": 0, "brier": 0.0, "logloss": 0.0, "bins": []}
            bins = [[0, 0] for _ in BINS[:-1]]
            for f in (0, 1):
                held = [x for x in fresh if fold[x[2]] == f]
                if fit is None:
                    score = today
                else:
                    train = [(r, y, 1.0) for r, y, _ in dev] + [(r, y, w) for r, y, d in fresh if fold[d] != f]
                    score = scorer(fit_table(train, k))
                fig = figures(score, held)
                for key in ("rows", "top", "top_right"):
                    total[key] += fig[key]
                for key in ("brier", "logloss"):
                    total[key] += fig[key] * fig["rows"]
                for b, (n, ok) in enumerate(fig["bins"]):
                    bins[b][0] += n
                    bins[b][1] += ok
            total["bins"] = bins
            print(
                f"{name:14} held apart: {_top(total)}, Brier {total['brier'] / total['rows']:.4f}, "
                f"log loss {total['logloss'] / total['rows']:.4f}"
            )
            print(f"{'':14} " + _bins(total))
        return 0
    table = fit_table([(r, y, 1.0) for r, y, _ in dev] + [(r, y, w) for r, y, _ in fresh], k)
    per: dict[tuple, list[list[int]]] = defaultdict(lambda: [[0, 0], [0, 0]])
    for i, rows in enumerate((dev, fresh)):
        for row, right, _ in rows:
            key = cell_of(row)
            if key is not None:
                per[key][i][0] += 1
                per[key][i][1] += right
    print(f"{'cell':44}{'dev':>10}{'fresh':>10}{'shrunk':>8}{'table':>7}")
    score = scorer(table)
    for key, (n, _, shrunk) in table.items():
        (dn, dr), (fn, fr) = per[key]
        value = table_value(n, shrunk)
        print(f"{', '.join(map(str, key)):44}{f'{dr}/{dn}':>10}{f'{fr}/{fn}':>10}{shrunk:8.2f}{value:7.2f}")
    fig = figures(score, fresh)
    print(f"the refit on its own rows (fresh, not held apart): {_top(fig)}, Brier {fig['brier']:.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
