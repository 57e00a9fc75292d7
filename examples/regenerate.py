#!/usr/bin/env python3
"""Regenerate the example outputs in this folder from the seeds, with the current code.

    python examples/regenerate.py            # rewrite examples/
    python examples/regenerate.py --check    # exit 1 if any example is out of date

Runs the real CLI in one process, from the repository root, so paths in the outputs are
relative (seeds/...). tests/test_examples.py runs the check.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HERE = ROOT / "examples"

# (output file, CLI arguments after `timeline`)
EXAMPLES: list[tuple[str, list[str]]] = [
    ("seeds.txt", ["extract", "seeds/", "--no-store", "--format", "table", "--no-color"]),
    ("seeds.json", ["extract", "seeds/", "--no-store", "--format", "json"]),
    ("seeds.jsonl", ["extract", "seeds/", "--no-store", "--format", "jsonl"]),
    ("seeds.csv", ["extract", "seeds/", "--no-store", "--format", "csv"]),
    ("seeds.md", ["extract", "seeds/", "--no-store", "--format", "md"]),
    ("seeds.ics", ["extract", "seeds/", "--no-store", "--format", "ics"]),
    ("seeds.timelinejs.json", ["extract", "seeds/", "--no-store", "--format", "timelinejs"]),
    ("seeds.html", ["extract", "seeds/", "--no-store", "--format", "html"]),
    ("seeds-explain.txt", ["extract", "seeds/", "--no-store", "--format", "table", "--no-color", "--explain"]),
    (
        "seeds-dated-000.txt",
        ["extract", "seeds/", "--no-store", "--format", "table", "--no-color", "--dates", "examples/dates.csv"],
    ),
    ("seeds-dates.jsonl", ["dates", "seeds/", "--format", "jsonl"]),
    (
        "seeds-actors.txt",
        [
            "extract",
            "seeds/",
            "--no-store",
            "--format",
            "json",
            "-o",
            "{tmp}/seeds.json",
            "&&",
            "actors",
            "{tmp}/seeds.json",
            "--format",
            "table",
            "--no-color",
        ],
    ),
]


def produce(tmp: Path) -> dict[str, str]:
    import os

    from click.testing import CliRunner

    sys.path.insert(0, str(ROOT))
    from timeline.cli import cli

    os.chdir(ROOT)
    runner = CliRunner()
    out: dict[str, str] = {}
    for name, args in EXAMPLES:
        steps: list[list[str]] = [[]]
        for a in args:
            if a == "&&":
                steps.append([])
            else:
                steps[-1].append(a.replace("{tmp}", str(tmp)))
        for step in steps:
            result = runner.invoke(cli, [*step, "--quiet"], catch_exceptions=False, env={"COLUMNS": "100"})
            if result.exit_code != 0:
                raise SystemExit(f"{name}: timeline {' '.join(step)} failed: {result.stderr}")
        out[name] = result.stdout
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        produced = produce(Path(tmp))
    stale = [n for n, text in produced.items() if not (HERE / n).exists() or (HERE / n).read_text() != text]
    if args.check:
        for n in stale:
            print(f"examples/{n} is out of date: run python examples/regenerate.py", file=sys.stderr)
        return 1 if stale else 0
    for n, text in produced.items():
        (HERE / n).write_text(text, encoding="utf-8", newline="")
    print(f"wrote {len(produced)} examples ({len(stale)} changed)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
