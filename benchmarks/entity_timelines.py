"""Benchmark: entity timelines on the news event set, scored with the SemEval-2015 TimeLine metric.

    python benchmarks/entity_timelines.py [--split dev|test|test5|dev6|test7|dev8|dev9|dev10|dev11|dev12|all]
                                          [--explicit-dates-only] [--out DIR] [--json]

The trial corpus (`timelines.py`: 30 Wikinews articles about Apple) is the only set with gold
entity timelines; this script derives them from the hand-made event set (benchmarks/data/events/)
so that the same metric can be read on news:

- documents: the split's articles as `timeline extract` reads them (events_gold.article) written to
  docs.jsonl (id, date, text), and a tokens.jsonl in the trial's format
  (`{"id", "tokens": [[start, end, "SENT", TOKEN_INDEX, "text"], ...]}`) made by the small regex
  tokenizer and sentence splitter below (gold and system go through the same map);
- gold: every gold event (its trigger and each `also` mention: the SemEval gold lists every mention
  of an event) as a from_events.py event with the gold date (one day -> the day; an interval inside
  one calendar month -> YYYY-MM; inside one year -> YYYY; wider or none -> undated) and the gold
  `actors` (not `optional`, not `source`); the target entities are the gold actor names that are
  actors of at least 3 gold events of the split;
- system: `python -m timeline extract <the articles> --format json --no-store` (events.run_extract),
  every mention of every event with the event's date (timelines.bench_date) and its actors, the
  source role left out (the gold's `source` is not among its actors: the timeline of an entity holds
  the happenings it takes part in, not those it reports), linked with --bidirectional (a surname
  actor "Putin" reaches the entity "Vladimir Putin");
- score: score.py --normalize-dates (micro P/R/F1 of the TimeLine metric, the entity-event linking
  F1 and the date accuracy over the mentions linked on both sides).

The test splits are the lead's to run (at a session's end only).
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from events import load_gold, run_extract  # noqa: E402
from events_gold import SHARED, article  # noqa: E402
from timelines import bench_date  # noqa: E402

BENCH = SHARED / "bench" / "tl"
SPLITS = ("dev", "test", "test5", "dev6", "test7", "dev8", "dev9", "dev10", "dev11", "dev12")
MIN_EVENTS = 3  # an entity gets a timeline when it is an actor of this many gold events

_TOKEN = re.compile(r"\w+(?:[-'’.&]\w+)*|[^\w\s]")
# a sentence ends at a line break, or at the space after . ! ? (a closing quote or bracket may follow
# the stop) before a capital, a digit or an opening quote or bracket
_SENTENCE_END = re.compile(r"\s*\n\s*|(?:(?<=[.!?])|(?<=[.!?][\"'”’)\]]))\s+(?=[A-Z0-9\"“‘'(\[])")
# no cut after an initial ("U.S.", "George W.") or a title
_NO_END = re.compile(
    r"(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|Sgt|Gov|Sen|Rep|Prof|No|Jan|Feb|Aug|Sept|Oct|Nov|Dec))\.$"
)


def gold_date(interval: dict | None) -> str | None:
    """The gold interval as from_events.py wants it: the day, YYYY-MM, YYYY or None (undated)."""
    if not interval:
        return None
    earliest, latest = interval.get("earliest"), interval.get("latest")
    if not earliest or not latest:
        return None
    if earliest == latest:
        return earliest[:10]
    if earliest[:7] == latest[:7]:
        return earliest[:7]
    if earliest[:4] == latest[:4]:
        return earliest[:4]
    return None


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence: cut at line breaks and after a sentence-final stop."""
    spans = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        if "\n" not in m.group() and _NO_END.search(text, max(0, m.start() - 6), m.start()):
            continue
        if text[start : m.start()].strip():
            spans.append((start, m.start()))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


def tokenize(text: str) -> list[list]:
    """The trial's token table: [start, end, sentence (a string), index in the sentence, text]."""
    table: list[list] = []
    for sent, (s0, s1) in enumerate(sentence_spans(text)):
        for i, m in enumerate(_TOKEN.finditer(text, s0, s1)):
            table.append([m.start(), m.end(), str(sent), i, m.group()])
    return table


def gold_rows(golds: list[dict]) -> list[dict]:
    """One from_events.py event per gold trigger and per `also` mention."""
    rows = []
    for g in golds:
        for ev in g["events"]:
            when = gold_date(ev.get("date"))
            for m in [ev, *ev.get("also", [])]:
                if "start" in m:
                    rows.append(
                        {
                            "doc": g["id"],
                            "start": m["start"],
                            "end": m["end"],
                            "trigger": m.get("trigger", ""),
                            "date": when,
                            "actors": list(ev.get("actors", [])),
                        }
                    )
    return rows


def target_entities(golds: list[dict], least: int = MIN_EVENTS) -> list[str]:
    """The gold actor names that are actors of at least `least` gold events."""
    counts = Counter(name for g in golds for ev in g["events"] for name in set(ev.get("actors", [])))
    return sorted(name for name, n in counts.items() if n >= least)


def system_rows(data: dict, with_source: bool = False) -> list[dict]:
    """One from_events.py event per mention of each extracted event."""
    rows = []
    for event in data["events"]:
        when = bench_date(event["date"])
        actors = [a["name"] for a in event["actors"] if with_source or a["role"] != "source"]
        for m in event["mentions"]:
            rows.append({"doc": m["doc"], **head_word(m), "date": when, "actors": actors})
    return rows


def head_word(mention: dict) -> dict:
    """The mention's first word: the gold marks one word, the verb of a phrasal verb ("set" of "set
    up"), and a mention is one token string in the metric ("set_up" would never match "set")."""
    first = mention["trigger"].split()[0] if mention["trigger"].strip() else mention["trigger"]
    if first == mention["trigger"] or mention["end"] - mention["start"] != len(mention["trigger"]):
        return {"start": mention["start"], "end": mention["end"], "trigger": mention["trigger"]}
    return {"start": mention["start"], "end": mention["start"] + len(first), "trigger": first}


def write_docs(golds: list[dict], out: Path) -> None:
    """docs.jsonl (id, date, text) and tokens.jsonl for the golds' articles."""
    with (
        (out / "docs.jsonl").open("w", encoding="utf-8") as docs,
        (out / "tokens.jsonl").open("w", encoding="utf-8") as tokens,
    ):
        for g in golds:
            row = article(g["id"], g.get("corpus", "news-silver"))
            when = row.get("date") or g.get("pub_date") or ""
            docs.write(json.dumps({"id": g["id"], "date": when, "text": row["text"]}) + "\n")
            tokens.write(json.dumps({"id": g["id"], "tokens": tokenize(row["text"])}) + "\n")


def timelines(rows: list[dict], out: Path, name: str, bidirectional: bool) -> dict:
    """from_events.py on the rows: out/name/<entity>.txt; its mapping statistics."""
    events = out / f"{name}_events.json"
    events.write_text(json.dumps(rows), encoding="utf-8")
    proc = subprocess.run(
        [
            sys.executable,
            str(BENCH / "from_events.py"),
            str(events),
            str(out / "entities.txt"),
            str(out / name),
            "--tokens",
            str(out / "tokens.jsonl"),
            "--docs",
            str(out / "docs.jsonl"),
            "--stats",
        ]
        + (["--bidirectional"] if bidirectional else []),
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(proc.stderr.strip().splitlines()[-1])


def score(out: Path) -> dict:
    path = out / "scores.json"
    subprocess.run(
        [
            sys.executable,
            str(BENCH / "score.py"),
            str(out / "gold"),
            str(out / "system"),
            "--normalize-dates",
            "--json",
            str(path),
            "--quiet",
        ],
        check=True,
        capture_output=True,
    )
    return json.loads(path.read_text(encoding="utf-8"))


def run_split(split: str, out: Path, extra: list[str], with_source: bool) -> dict:
    golds = load_gold(split)
    out.mkdir(parents=True, exist_ok=True)
    write_docs(golds, out)
    entities = target_entities(golds)
    (out / "entities.txt").write_text("".join(e + "\n" for e in entities), encoding="utf-8")
    gold = gold_rows(golds)
    gold_stats = timelines(gold, out, "gold", bidirectional=False)
    system = system_rows(run_extract(golds, extra), with_source)
    system_stats = timelines(system, out, "system", bidirectional=True)
    scores = score(out)
    return {
        "split": split,
        "articles": len(golds),
        "gold_events": sum(len(g["events"]) for g in golds),
        "entities": len(entities),
        "gold_events_linked": linked_gold_events(golds, entities),
        "gold_mentions": len(gold),
        "gold_lines": _lines(out / "gold"),
        "system_mentions": len(system),
        "system_lines": _lines(out / "system"),
        "gold_mapping": gold_stats,
        "system_mapping": system_stats,
        "micro": scores["micro"],
        "linking": {k: scores["linking"][k] for k in ("precision", "recall", "f1")},
        "date_accuracy": scores["date_accuracy"],
    }


def _lines(folder: Path) -> int:
    return sum(len(p.read_text(encoding="utf-8").splitlines()) - 1 for p in folder.glob("*.txt"))


def linked_gold_events(golds: list[dict], entities: list[str]) -> int:
    """Gold events with at least one target entity among their actors."""
    wanted = set(entities)
    return sum(1 for g in golds for ev in g["events"] if wanted & set(ev.get("actors", [])))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", choices=(*SPLITS, "all"), default="dev")
    ap.add_argument(
        "--explicit-dates-only",
        action="store_true",
        help="pass --explicit-dates-only to extract (events with no date expression stay undated)",
    )
    ap.add_argument("--with-source", action="store_true", help="count the source role among the actors")
    ap.add_argument("--out", type=Path, default=None, help="keep docs, tokens, timelines and scores here")
    ap.add_argument("--json", action="store_true", help="print the full result as JSON")
    args = ap.parse_args(argv)
    extra = ["--explicit-dates-only"] if args.explicit_dates_only else []
    results = []
    for split in SPLITS if args.split == "all" else (args.split,):
        with tempfile.TemporaryDirectory() as tmp:
            out = (args.out / split) if args.out else Path(tmp)
            results.append(run_split(split, out, extra, args.with_source))
    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    mode = "extract --explicit-dates-only" if extra else "extract (default dating)"
    print(f"entity timelines, score.py --normalize-dates, {mode}")
    for r in results:
        micro, link, dates = r["micro"], r["linking"], r["date_accuracy"]
        print(
            f"{r['split']}: {r['articles']} articles, {r['gold_events']} gold events, {r['entities']} entities "
            f"(actors of >= {MIN_EVENTS} events; {r['gold_events_linked']} gold events with one), "
            f"{r['gold_lines']} gold lines, {r['system_lines']} system lines"
        )
        print(
            f"  micro P {micro['precision']:.2f} R {micro['recall']:.2f} F1 {micro['f1']:.2f}; "
            f"linking P {link['precision']:.2f} R {link['recall']:.2f} F1 {link['f1']:.2f}; "
            f"dates exact {dates['exact']:.2f} (year {dates['year']:.2f}) of {dates['matched']} linked mentions"
        )
        for side in ("gold_mapping", "system_mapping"):
            stats = r[side]
            if stats.get("unmapped") or stats.get("unknown_doc"):
                print(f"  {side}: {stats['unmapped']} unmapped, {stats['unknown_doc']} of unknown documents")
    return 0


if __name__ == "__main__":
    sys.exit(main())
