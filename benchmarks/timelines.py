"""Benchmark: entity timelines from extracted events, scored with the SemEval-2015 TimeLine metric.

    python benchmarks/timelines.py [--dating both|inferred|explicit] [--mode cli|library|library+linebreaks]
                                   [--limit N] [--out DIR] [--json]

Runs extraction on CORPUS/docs.jsonl (id, date, text) -- by default through
`python -m timeline extract docs.jsonl --format json --no-store` -- turns every event mention into a
row for the reference from_events.py (one timeline per target entity) and scores the timelines with
score.py --normalize-dates, by default for both ways of dating (extract as is, with narrative
dating, and extract --explicit-dates-only) with a summary of the two. Only this script reads
../shared/corpora/timeline-trial.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SHARED = Path(os.environ.get("TIMELINE_SHARED") or ROOT.parent / "shared")  # the corpora: benchmarks/README.md
DEFAULT_CORPUS = SHARED / "corpora" / "timeline-trial"
BENCH = SHARED / "bench" / "tl"
MODES = ("cli", "library", "library+linebreaks")


def bench_date(d: dict) -> str | None:
    """The event date as from_events.py wants it: 2008-03-01, 2008-03 or 2008 (None: undated)."""
    earliest = d.get("earliest")
    if not earliest:
        return None
    return {"day": earliest, "month": earliest[:7], "year": earliest[:4]}.get(d.get("precision"))


def rows_of(event: dict) -> list[dict]:
    """One from_events.py row per mention of a wire-format event."""
    when = bench_date(event["date"])
    # the gold links an entity to the events it takes part in, not to the events it reports
    actors = [a["name"] for a in event["actors"] if a["role"] != "source"]
    return [
        {"doc": m["doc"], "start": m["start"], "end": m["end"], "trigger": m["trigger"], "date": when, "actors": actors}
        for m in event["mentions"]
    ]


def events_from_cli(docs_path: Path, infer_dates: bool = True) -> tuple[list[dict], dict]:
    """The whole product, cross-document merge included."""
    t0 = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "timeline", "extract", str(docs_path), "--format", "json", "--no-store"]
        + ([] if infer_dates else ["--explicit-dates-only"]),
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    )
    data = json.loads(proc.stdout)
    rows = [row for e in data["events"] for row in rows_of(e)]
    return rows, {"seconds_cli": round(time.perf_counter() - t0, 2)}


def events_from_library(docs: list[dict], linebreaks: bool, infer_dates: bool) -> tuple[list[dict], dict]:
    """Per-document extraction through the library functions (no merge)."""
    from timeline import schema
    from timeline.analysis import load_pipeline
    from timeline.extract import extract
    from timeline.model import DocDate, Document
    from timeline.temporal import normalize

    nlp = load_pipeline()
    if linebreaks and "timeline_linebreaks" not in nlp.pipe_names:
        import timeline.nlp.paragraphs  # noqa: F401  (registers the factory)

        nlp.add_pipe("timeline_linebreaks", before="parser")
    t0 = time.perf_counter()
    parsed = list(nlp.pipe(d["text"] for d in docs))
    t_nlp = time.perf_counter() - t0
    rows = []
    t0 = time.perf_counter()
    for raw, doc in zip(docs, parsed, strict=True):
        ref = raw.get("date")
        document = Document(id=str(raw["id"]), text=raw["text"], date=DocDate(ref, "metadata", 1.0))
        timexes = normalize(doc, date.fromisoformat(ref) if ref else None, document.id)
        for e in extract(doc, document, timexes, infer_dates=infer_dates).events:
            rows.extend(rows_of(schema.event_to_dict(e)))
    timing = {"seconds_nlp": round(t_nlp, 2), "seconds_temporal_extract": round(time.perf_counter() - t0, 2)}
    return rows, timing


def run(corpus: Path, limit: int | None, out: Path, mode: str, infer_dates: bool = True) -> dict:
    lines = [ln for ln in (corpus / "docs.jsonl").read_text(encoding="utf-8").splitlines() if ln.strip()]
    if limit:
        lines = lines[:limit]
    out.mkdir(parents=True, exist_ok=True)
    subset = out / "docs.jsonl"
    subset.write_text("\n".join(lines) + "\n", encoding="utf-8")
    if mode == "cli":
        rows, timing = events_from_cli(subset, infer_dates)
    else:
        docs = [json.loads(ln) for ln in lines]
        rows, timing = events_from_library(docs, linebreaks=mode != "library", infer_dates=infer_dates)
    events_path = out / "events.json"
    events_path.write_text(json.dumps(rows), encoding="utf-8")
    system = out / "system"
    subprocess.run(
        [
            sys.executable,
            str(BENCH / "from_events.py"),
            str(events_path),
            str(corpus / "entities.txt"),
            str(system),
            "--tokens",
            str(corpus / "tokens.jsonl"),
            "--docs",
            str(corpus / "docs.jsonl"),
        ],
        check=True,
    )
    scores_path = out / "scores.json"
    subprocess.run(
        [
            sys.executable,
            str(BENCH / "score.py"),
            str(corpus / "gold"),
            str(system),
            "--normalize-dates",
            "--json",
            str(scores_path),
            "--quiet",
        ],
        check=True,
    )
    return {
        "mode": mode + (" +infer-dates" if infer_dates else ""),
        "docs": len(lines),
        "event_mentions": len(rows),
        "dated": sum(1 for r in rows if r["date"]),
        **timing,
        "scores": json.loads(scores_path.read_text(encoding="utf-8")),
    }


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument(
        "--mode",
        choices=MODES,
        default="cli",
        help="the CLI (merge included), or the library per document (optionally with line breaks)",
    )
    ap.add_argument("--limit", type=int, default=None, help="only the first N documents")
    ap.add_argument(
        "--dating",
        choices=("both", "inferred", "explicit"),
        default="both",
        help="score extract as it is by default (past-tense events with no date expression dated from "
        "the story told before them, marked inferred), with --explicit-dates-only (such events stay "
        "undated), or both (the default)",
    )
    ap.add_argument("--infer-dates", action="store_true", help="the same as --dating inferred")
    ap.add_argument("--out", type=Path, default=None, help="keep events, timelines and scores here")
    ap.add_argument("--json", action="store_true", help="print the full result as JSON")
    args = ap.parse_args(argv)
    modes = {"both": (True, False), "inferred": (True,), "explicit": (False,)}[
        "inferred" if args.infer_dates else args.dating
    ]
    results = []
    for infer in modes:
        with tempfile.TemporaryDirectory() as tmp:
            out = args.out / ("inferred" if infer else "explicit") if args.out and len(modes) > 1 else args.out
            results.append(run(args.corpus, args.limit, out or Path(tmp), args.mode, infer))
    if args.json:
        print(json.dumps(results if len(results) > 1 else results[0], indent=2))
        return 0
    for result in results:
        timing = ", ".join(f"{k} {v}s" for k, v in result.items() if k.startswith("seconds"))
        print(
            f"{result['mode']}: {result['docs']} docs, {result['event_mentions']} event mentions "
            f"({result['dated']} dated); {timing}",
            file=sys.stderr,
        )
    print("\nmicro F1 (score.py --normalize-dates; issue 4 target: 30)")
    for result in results:
        label = (
            "extract (default: narrative dating, marked inferred)"
            if "infer" in result["mode"]
            else "extract --explicit-dates-only (no date expression: undated)"
        )
        print(f"  {label:62} {_micro_f1(result['scores']):6.2f}")
    return 0


def _micro_f1(scores: dict) -> float:
    """The official micro F1 from score.py's --json output."""
    return float(scores["micro"]["f1"])


if __name__ == "__main__":
    sys.exit(main())
