"""Benchmark: entity timelines from extracted events, scored with the SemEval-2015 TimeLine metric.

    python benchmarks/timelines.py [--corpus DIR] [--limit N] [--out DIR] [--json]

Runs extraction on DIR/docs.jsonl (id, date, text), turns the events into one timeline per
target entity with the reference from_events.py, and scores them with score.py
(--normalize-dates). Only this script reads /work/shared.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SHARED = Path("/work/shared")
DEFAULT_CORPUS = SHARED / "corpora" / "timeline-trial"
BENCH = SHARED / "bench" / "tl"

from timeline.extract import extract  # noqa: E402
from timeline.model import DocDate, Document, EventDate, TimeExpr  # noqa: E402


def build_pipeline():
    from timeline.nlp import build_nlp

    nlp = build_nlp()
    if "timeline_linebreaks" not in nlp.pipe_names:
        import timeline.nlp.paragraphs  # noqa: F401  (registers the factory)

        nlp.add_pipe("timeline_linebreaks", before="parser")
    return nlp


def _normalizer():
    """timeline.temporal.normalize when it has landed, else a dateparser stand-in for the benchmark."""
    try:
        from timeline.temporal import normalize  # type: ignore[attr-defined]

        return normalize
    except ImportError:
        return _dateparser_timexes


_RELATIVE = re.compile(r"\b(ago|last|next|this|yesterday|today|tomorrow|tonight|later|earlier)\b")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _dateparser_timexes(doc, ref_date: str | None) -> list[TimeExpr]:
    import dateparser

    if not ref_date:
        return []
    base = datetime.fromisoformat(ref_date)
    settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past", "RETURN_TIME_AS_PERIOD": True}
    parser = dateparser.date.DateDataParser(languages=["en"], settings=settings)
    out = []
    for span in doc.spans.get("timex", []):
        text = span.text.strip()
        low = text.lower()
        if not any(ch.isdigit() for ch in low) and not any(
            w in low
            for w in _WEEKDAYS
            + (
                "today",
                "yesterday",
                "tomorrow",
                "tonight",
                "last",
                "this",
                "next",
                "ago",
                "january",
                "february",
                "march",
                "april",
                "may",
                "june",
                "july",
                "august",
                "september",
                "october",
                "november",
                "december",
            )
        ):
            continue
        if low in _WEEKDAYS and base.strftime("%A").lower() == low:
            d, period = base.date(), "day"
        else:
            data = parser.get_date_data(text)
            if not data or not data.date_obj:
                continue
            d, period = data.date_obj.date(), data.period
            if period in ("day", "month") and not re.search(r"\b\d{4}\b", text) and not _RELATIVE.search(low):
                # "June 24" in an article of 2010-06-16: the occurrence nearest the article date
                options = []
                for year in (base.year - 1, base.year, base.year + 1):
                    try:
                        options.append(d.replace(year=year))
                    except ValueError:
                        continue
                d = min(options, key=lambda x: abs((x - base.date()).days))
        if period == "month":
            value, earliest, latest, precision = (
                d.isoformat()[:7],
                d.replace(day=1).isoformat(),
                None,
                "month",
            )
        elif period == "year":
            value, earliest, latest, precision = (
                d.isoformat()[:4],
                date(d.year, 1, 1).isoformat(),
                None,
                "year",
            )
        else:
            value = earliest = latest = d.isoformat()
            precision = "day"
        out.append(
            TimeExpr(
                start=span.start_char,
                end=span.end_char,
                text=span.text,
                type="DATE",
                value=value,
                earliest=earliest,
                latest=latest or earliest,
                precision=precision,
                resolution="relative",
            )
        )
    return out


def bench_date(d: EventDate) -> str | None:
    if not d.dated or not d.value:
        return None
    if d.precision == "day":
        return d.earliest
    if d.precision == "month":
        return d.earliest[:7]
    if d.precision == "year":
        return d.earliest[:4]
    return None


def run(corpus: Path, limit: int | None, out: Path) -> dict:
    nlp = build_pipeline()
    normalize = _normalizer()
    docs = [
        json.loads(line) for line in (corpus / "docs.jsonl").read_text(encoding="utf-8").splitlines() if line
    ]
    if limit:
        docs = docs[:limit]
    t0 = time.perf_counter()
    parsed = list(nlp.pipe(d["text"] for d in docs))
    t_nlp = time.perf_counter() - t0
    rows = []
    t0 = time.perf_counter()
    for raw, doc in zip(docs, parsed, strict=True):
        document = Document(
            id=str(raw["id"]), text=raw["text"], date=DocDate(raw.get("date"), "metadata", 1.0)
        )
        timexes = normalize(doc, raw.get("date"))
        ex = extract(doc, document, timexes)
        for e in ex.events:
            m = e.mentions[0]
            rows.append(
                {
                    "doc": m.doc,
                    "start": m.start,
                    "end": m.end,
                    "trigger": m.trigger,
                    "date": bench_date(e.date),
                    # the gold links an entity to the events it takes part in, not to what it reports
                    "actors": [a.name for a in e.actors if a.role != "source"],
                }
            )
    t_extract = time.perf_counter() - t0
    out.mkdir(parents=True, exist_ok=True)
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
    gold = corpus / "gold"
    subprocess.run(
        [
            sys.executable,
            str(BENCH / "score.py"),
            str(gold),
            str(system),
            "--normalize-dates",
            "--json",
            str(scores_path),
            "--quiet",
        ],
        check=True,
    )
    scores = json.loads(scores_path.read_text(encoding="utf-8"))
    return {
        "docs": len(docs),
        "events": len(rows),
        "dated": sum(1 for r in rows if r["date"]),
        "seconds_nlp": round(t_nlp, 2),
        "seconds_extract": round(t_extract, 2),
        "scores": scores,
    }


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--limit", type=int, default=None, help="only the first N documents")
    ap.add_argument("--out", type=Path, default=None, help="keep events and timelines here")
    ap.add_argument("--json", action="store_true", help="print the full result as JSON")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        result = run(args.corpus, args.limit, args.out or Path(tmp))
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print(
            f"{result['docs']} docs, {result['events']} events ({result['dated']} dated); "
            f"nlp {result['seconds_nlp']}s, extract {result['seconds_extract']}s",
            file=sys.stderr,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
