"""Refit the confidence table of timeline/extract/confidence.py on the event dev set.

    python benchmarks/calibrate.py [--smoothing K] [-- EXTRA EXTRACT OPTIONS]

Runs the default chronology on the dev split (as benchmarks/events.py does), labels each row right
or not (a real happening, the first row for it, with a date the gold accepts; undated where the gold
is undated) and prints, per (date resolution, factuality group, named agent), the rows, the share
right, and that share shrunk toward its (resolution, group) share by K pseudo-rows (default 5): the
figures to copy into confidence._TABLE. Only the dev split is read; the test split's calibration is
what benchmarks/events.py --split test reports.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from events import date_right, load_gold, match_rows, run_extract  # noqa: E402


def labelled_rows(golds: list[dict], data: dict) -> list[tuple[dict, bool]]:
    """Each row, and whether it is right as events.py's calibration counts it."""
    gold_events, matches = match_rows(golds, data["events"])
    return [
        (row, bool(first) and any(date_right(row["date"], gold_events[k].get("date")) for k in hits))
        for row, (hits, first) in zip(data["events"], matches, strict=True)
    ]


def group_of(factuality: str) -> str:
    return "told" if factuality == "asserted" else factuality


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--smoothing", type=float, default=5.0)
    parser.add_argument("extra", nargs="*", help="options passed to extract (after --)")
    args = parser.parse_args()
    golds = load_gold("dev")
    rows = labelled_rows(golds, run_extract(golds, args.extra))
    cells: dict[tuple[str, str, bool], list[int]] = defaultdict(lambda: [0, 0])
    groups: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for row, right in rows:
        if row["factuality"] not in ("asserted", "reported", "planned"):
            continue
        resolution = row["date"].get("resolution") or "unresolved"
        group = group_of(row["factuality"])
        agent = any(a["role"] == "agent" for a in row["actors"])
        for table, key in ((cells, (resolution, group, agent)), (groups, (resolution, group))):
            table[key][0] += 1
            table[key][1] += right
    k = args.smoothing
    print(f"{'resolution':12}{'group':10}{'agent':7}{'rows':>6}{'right':>8}{'shrunk':>8}")
    for (resolution, group, agent), (n, right) in sorted(cells.items()):
        gn, gright = groups[(resolution, group)]
        prior = gright / gn
        shrunk = (right + k * prior) / (n + k)
        print(f"{resolution:12}{group:10}{str(agent):7}{n:6}{right / n:8.2f}{shrunk:8.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
