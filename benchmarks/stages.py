#!/usr/bin/env python3
"""Where `timeline extract` spends its time, stage by stage, relative to bare spaCy.

    python benchmarks/stages.py [CORPUS.jsonl] [--limit N] [--batch-size B]

Runs each stage of the extract path over the same articles in one process and reports the CPU
time of each (``time.process_time``, so that other processes on the machine disturb the figures
less than wall-clock time would) as a fraction of the bare model pipeline: the model's own
components, timeline's components (line breaks, temporal recognizer), normalization, event
extraction, the store, the merge and the JSON output. The sum of the fractions after the first is
what extract adds to bare spaCy; issue 7's target (extract >= 0.75 x bare) allows 0.33.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("TIMELINE_SHARED") or ROOT.parent / "shared")  # the corpora: benchmarks/README.md
DEFAULT_CORPUS = SHARED / "corpora" / "news-silver.jsonl"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--limit", type=int, default=300, help="only the first N articles (default 300)")
    ap.add_argument("--batch-size", type=int, default=32)
    args = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT))

    import gc

    from timeline.analysis import load_pipeline
    from timeline.cli import GC_THRESHOLDS
    from timeline.extract import extract
    from timeline.merge import merge
    from timeline.model import DocDate, Document
    from timeline.render import render_timeline
    from timeline.store import open_store
    from timeline.store.cache import encode_for_cache
    from timeline.temporal import normalize

    records = []
    with args.corpus.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                records.append(json.loads(line))
            if args.limit and len(records) >= args.limit:
                break
    documents = [
        Document(
            id=str(r["id"]),
            text=r["text"],
            title=r.get("title"),
            date=DocDate(r.get("date"), "metadata", 1.0) if r.get("date") else DocDate(None, "none", 0.0),
        )
        for r in records
    ]
    gc.set_threshold(*GC_THRESHOLDS)  # as the command line runs
    nlp = load_pipeline()
    ours = [n for n in nlp.pipe_names if n.startswith("timeline_")]
    texts = [d.text for d in documents]
    list(nlp.pipe(texts[:8]))  # warm-up: lazy model state, caches

    cpu: dict[str, float] = {}

    def clock(name: str, start: float) -> None:
        cpu[name] = cpu.get(name, 0.0) + time.process_time() - start

    t = time.process_time()
    with nlp.select_pipes(disable=ours):
        docs = list(nlp.pipe(texts, batch_size=args.batch_size))
    clock("bare model pipeline", t)

    # timeline's own components, each on its own: the line-break sentencizer on tokenized text,
    # the temporal recognizer on the parsed Docs
    for name in ours:
        component = nlp.get_pipe(name)
        if name == "timeline_timex":
            targets = docs
        else:
            targets = [nlp.make_doc(x) for x in texts]
        t = time.process_time()
        for doc in targets:
            component(doc)
        clock(name.replace("timeline_", "component "), t)
    docs = list(nlp.pipe(texts, batch_size=args.batch_size))  # what extract really sees

    extractions = []
    for document, doc in zip(documents, docs, strict=True):
        t = time.process_time()
        ref = date.fromisoformat(document.date.value[:10]) if document.date.value else None
        timexes = normalize(doc, ref, document.id)
        clock("normalize", t)
        t = time.process_time()
        extractions.append(extract(doc, document, timexes))
        clock("events and actors", t)

    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(str(Path(tmp) / "stages.db"))
        t = time.process_time()
        for extraction in extractions:
            store.put(extraction, "key")
        clock("store", t)
        store.close()

    t = time.process_time()
    timeline = merge(extractions)
    clock("merge", t)

    t = time.process_time()
    encoded = encode_for_cache(timeline)
    clock("merged-chronology cache", t)  # encoded once; the output below copies its records

    t = time.process_time()
    render_timeline(timeline, "json", io.StringIO(), encoded=encoded if isinstance(encoded, bytes) else None)
    clock("JSON output", t)

    bare = cpu["bare model pipeline"]
    words = sum(len(x.split()) for x in texts)
    print(f"{len(documents)} articles, {words} words, {sum(len(e.events) for e in extractions)} events")
    for name, seconds in cpu.items():
        print(f"{name:24} {seconds:8.2f} s CPU  {seconds / bare:6.3f} x bare")
    added = sum(cpu.values()) - bare
    print(
        f"{'added by timeline':24} {added:8.2f} s CPU  {added / bare:6.3f} x bare"
        f"  -> extract at {bare / (bare + added):.2f} x bare (without start-up and ingest)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
