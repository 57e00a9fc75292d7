#!/usr/bin/env python3
"""CPU time of normalization and event extraction, two or more checkouts side by side in one process.

    python benchmarks/extract_ab.py ROOT_A ROOT_B [ROOT ...] [--corpus FILE.jsonl] [--limit N] [--rounds R]

Each ROOT is a checkout of timeline (a worktree, or a ``git archive`` of a commit unpacked in a
folder). The articles are parsed once, with ROOT_A's pipeline; then each round runs every root's
``normalize`` and ``extract`` over all of them, in turn (the order reversed every other round), and
reports the CPU time (``time.process_time``) of each pass, and each root's per-round ratio to ROOT_A
(after one untimed pass of each root: what a process loads only once). A root given twice is
loaded twice: an A/A run shows the noise.

Why not two processes, one per root, timed in turn (as the session scripts did): on a shared
machine the speed drifts by several percent from one minute to the next, more than most speed-ups
are worth; passes of the roots interleaved within one process, round after round, see the same
drift, and the median of the per-round ratios resolves about 1%. And why not the best of several
passes over the same Docs: the per-Doc tables and memos (timeline.nlp.doctables) and the lru
caches would be warm after the first pass, which never happens in a real run (each Doc is read
once), so a pass after the first underrates the tables' cost and overrates any new cache. Here
every pass starts with them empty, as a fresh ``timeline extract`` process over this corpus would.

How the roots share a process: each root's ``timeline`` modules are imported on their own (the
other root's taken out of ``sys.modules`` meanwhile) and swapped back in for its passes. The
modules that register spaCy factories or extensions at import are imported once, from ROOT_A, and
shared: they must be the same in every root (the script refuses to run otherwise).
"""

from __future__ import annotations

import argparse
import filecmp
import functools
import gc
import importlib
import json
import os
import statistics
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("TIMELINE_SHARED") or ROOT.parent / "shared")  # the corpora: benchmarks/README.md
DEFAULT_CORPUS = SHARED / "corpora" / "news-silver.jsonl"

# Modules that register spaCy factories or Token extensions when imported: once per process.
SHARED_MODULES = (
    "timeline.temporal.timex",
    "timeline.nlp.attributes",
    "timeline.nlp.lemmas",
    "timeline.nlp.entrypoints",
    "timeline.nlp.paragraphs",
)


def _ours(name: str) -> bool:
    return name == "timeline" or name.startswith("timeline.")


def _take_out() -> None:
    for name in [n for n in sys.modules if _ours(n)]:
        del sys.modules[name]


def _load(root: str, shared: dict) -> dict:
    """``root``'s timeline modules (the ones a run of extract imports), imported on their own."""
    _take_out()
    sys.path.insert(0, root)
    try:
        sys.modules.update(shared)
        importlib.invalidate_caches()
        for name in ("timeline.extract.events", "timeline.temporal", "timeline.analysis", "timeline.cli"):
            importlib.import_module(name)
        found = sys.modules["timeline"].__file__ or ""
        if not found.startswith(str(Path(root).resolve())) and not found.startswith(root):
            raise SystemExit(f"{root}: imported timeline from {found}")
        for name in SHARED_MODULES:
            importlib.import_module(name)
        return {n: m for n, m in sys.modules.items() if _ours(n)}
    finally:
        sys.path.remove(root)


def _clear_caches(modules: dict) -> None:
    """Empty the per-Doc tables and every lru cache of timeline's modules: a fresh run's state."""
    doctables = modules["timeline.nlp.doctables"]
    doctables._TABLES.clear()
    if hasattr(doctables, "forget_last"):
        doctables.forget_last()
    else:  # (a checkout from before forget_last)
        doctables._last = None
    clauses = modules.get("timeline.extract.clauses")
    if clauses is not None and hasattr(clauses, "_last_lowered"):
        clauses._last_lowered = None
    for module in modules.values():
        for value in list(vars(module).values()):
            if isinstance(value, functools._lru_cache_wrapper) and getattr(value, "__module__", "").startswith(
                "timeline"
            ):
                value.cache_clear()


def _one_pass(modules: dict, records: list[dict], docs: list, refs: list[date]) -> float:
    _take_out()
    sys.modules.update(modules)
    model = modules["timeline.model"]
    extract = modules["timeline.extract.events"].extract
    normalize = modules["timeline.temporal"].normalize
    _clear_caches(modules)
    documents = [
        model.Document(id=r["id"], text=r["text"], title=r.get("title"), date=model.DocDate(r["date"], "metadata", 1.0))
        for r in records
    ]
    gc.collect()
    start = time.process_time()
    for document, doc, ref in zip(documents, docs, refs, strict=True):
        extract(doc, document, normalize(doc, ref, document.id))
    return time.process_time() - start


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("roots", nargs="+", help="checkouts of timeline; the first is the one compared with")
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--limit", type=int, default=300, help="the first N articles (default 300)")
    ap.add_argument("--rounds", type=int, default=8)
    args = ap.parse_args()
    roots = [str(Path(r).resolve()) for r in args.roots]
    if len(roots) < 2:
        raise SystemExit("give two roots or more")
    for name in SHARED_MODULES:
        path = Path(*name.split(".")).with_suffix(".py")
        if not all(filecmp.cmp(Path(roots[0]) / path, Path(r) / path, shallow=False) for r in roots[1:]):
            raise SystemExit(f"{path} differs between the roots: it cannot be shared in one process")
    shared: dict = {}
    modules: list[dict] = []  # by position: a root given twice is loaded twice (an A/A run: the noise)
    for root in roots:
        modules.append(_load(root, shared))
        if not shared:
            shared = {name: modules[0][name] for name in SHARED_MODULES}

    records = []
    with args.corpus.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                records.append(json.loads(line))
            if len(records) >= args.limit:
                break
    first = modules[0]
    _take_out()
    sys.modules.update(first)
    gc.set_threshold(*first["timeline.cli"].GC_THRESHOLDS)
    nlp = first["timeline.analysis"].load_pipeline()
    docs = list(nlp.pipe([r["text"] for r in records], batch_size=32))
    refs = [date.fromisoformat(r["date"][:10]) for r in records]

    order = list(range(len(roots)))
    for k in order:  # untimed: what a process loads once (imports, compiled patterns, word tables)
        _one_pass(modules[k], records, docs, refs)
    times: list[list[float]] = [[] for _ in roots]
    for r in range(args.rounds):
        for k in order if r % 2 == 0 else order[::-1]:
            times[k].append(_one_pass(modules[k], records, docs, refs))
    print(f"{len(records)} articles, {args.rounds} rounds; CPU s of normalize + extract per pass")
    for root, ts in zip(roots, times, strict=True):
        print(f"{root}: median {statistics.median(ts):.3f}  min {min(ts):.3f}  ({' '.join(f'{t:.2f}' for t in ts)})")
    for root, ts in zip(roots[1:], times[1:], strict=True):
        ratios = [t / b for t, b in zip(ts, times[0], strict=True)]
        print(
            f"{root} / {roots[0]}: median ratio {statistics.median(ratios):.3f} "
            f"({' '.join(f'{r:.3f}' for r in ratios)})"
        )


if __name__ == "__main__":
    main()
