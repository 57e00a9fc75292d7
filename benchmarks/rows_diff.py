"""The rows two checkouts list differently, on articles no rule was written from: for judging a change.

    python benchmarks/rows_diff.py BASE NEW [--n 40] [--seed S] [--pool joins|tbaq] [--ids FILE]
                                   [--grep REGEX] [--all-events] [--json] [-- EXTRA EXTRACT OPTIONS]

BASE and NEW are two checkouts of this repository (git worktrees), e.g. main and a branch. The
script draws ``--n`` articles with ``--seed`` from a pool of text no gold was made from: ``joins``
(default: the 1,494 news-silver articles of benchmarks/data/joins/articles.txt, outside every events,
merge and rows_fresh gold set) or ``tbaq`` (the TBAQ documents of timex.py's tuning part, with their
DCT as the date). It runs `timeline extract --format json --no-store` of each checkout on them (one
collection, the two checkouts side by side in two processes) and prints, article by article, each row
that one checkout lists and the other does not (``-`` only BASE, ``+`` only NEW), and each row both
list whose date, actors, factuality, summary or mentions differ (``~``: a row that took in or gave up a
mention is a fold or a split), with its sentence. A row is found in the
other checkout's output by its first mention's (article, trigger offset), else by any of its mentions.

It gives no score: it shows the rows a change touches, to be judged one by one (better / same /
worse) against benchmarks/data/events/GUIDELINES.md. Use a fresh ``--seed`` for each judging, so that
no rule is written from the articles it is judged on. ``--grep`` keeps only the differences whose
sentence matches (e.g. the rows of one construction over a large ``--n``).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from events import extract_json  # noqa: E402
from events_gold import ROOT, SHARED  # noqa: E402
from merge_pairs import articles  # noqa: E402

JOINS_POOL = ROOT / "benchmarks" / "data" / "joins" / "articles.txt"


def pool_joins() -> list[str]:
    return [line.strip() for line in JOINS_POOL.read_text(encoding="utf-8").splitlines() if line.strip()]


def tbaq_documents(shared: Path = SHARED) -> list[dict]:
    """TBAQ's tuning-part documents as articles (id, date = the DCT, title, text)."""
    sys.path.insert(0, str(shared / "bench" / "timex"))
    import tml  # type: ignore[import-not-found]  # noqa: PLC0415
    from timex import part_of  # noqa: PLC0415

    base = shared / "corpora" / "tbaq"
    docs = tml.load_dir([str(base / "TimeBank"), str(base / "AQUAINT")])
    out = []
    for doc in docs:
        if part_of(doc["id"]) != "tune":
            continue
        out.append({"id": doc["id"], "date": doc.get("dct"), "title": "", "source": "tbaq", "text": doc["text"]})
    return out


def choose(pool: str, n: int, seed: int, ids_file: Path | None) -> list[dict]:
    if ids_file is not None:
        ids = [line.strip() for line in ids_file.read_text(encoding="utf-8").splitlines() if line.strip()]
        return articles(ids)
    rng = random.Random(seed)
    if pool == "tbaq":
        docs = sorted(tbaq_documents(), key=lambda d: d["id"])
        return rng.sample(docs, min(n, len(docs)))
    ids = pool_joins()
    return articles(sorted(rng.sample(ids, min(n, len(ids)))))


def extract(root: Path, path: Path, extra: list[str]) -> dict:
    return extract_json([str(path)], ["--quiet", *extra], root)


def _when(ev: dict) -> str:
    d = ev.get("date")
    if not d:
        return "undated"
    mark = "≈" if d.get("resolution") == "inferred" else ""
    return f"{mark}{d.get('value')} ({d.get('text') or d.get('resolution')})"


def _actors(ev: dict) -> str:
    return ", ".join(f"{a['name']}/{a.get('role', '?')}" for a in ev.get("actors", [])) or "-"


def _mentions(ev: dict) -> str:
    """The row's mentions in the text's order (a row whose first mention changed is not a fold)."""
    ms = sorted(ev.get("mentions", []), key=lambda m: (m["doc"], m["start"]))
    return ", ".join(f"{m['trigger']}@{m['start']}" for m in ms)


def describe(ev: dict) -> dict:
    return {
        "when": _when(ev),
        "actors": _actors(ev),
        "factuality": ev.get("factuality"),
        "summary": ev.get("summary"),
        "sources": len(ev.get("sources", [])),
        "mentions": _mentions(ev),
    }


def index(events: list[dict]) -> tuple[dict, dict]:
    first, anywhere = {}, {}
    for ev in events:
        ms = ev.get("mentions", [])
        if ms:
            first[ms[0]["doc"], ms[0]["start"]] = ev
        for m in ms:
            anywhere.setdefault((m["doc"], m["start"]), ev)
    return first, anywhere


def differences(base: dict, new: dict) -> list[dict]:
    """Each row only one side lists, or listed by both with another date, actors, factuality or summary."""
    out = []
    b_first, b_any = index(base["events"])
    n_first, n_any = index(new["events"])
    for side, events, o_first, o_any in (("-", base["events"], n_first, n_any), ("+", new["events"], b_first, b_any)):
        for ev in events:
            m = ev["mentions"][0]
            key = (m["doc"], m["start"])
            other = o_first.get(key) or next(
                (o_any[mm["doc"], mm["start"]] for mm in ev["mentions"] if (mm["doc"], mm["start"]) in o_any), None
            )
            if other is None:
                out.append(
                    {
                        "kind": side,
                        "doc": m["doc"],
                        "start": m["start"],
                        "trigger": m["trigger"],
                        "sentence": m["text"],
                        "row": describe(ev),
                    }
                )
            elif side == "+":
                a, b = describe(other), describe(ev)
                changed = {
                    k: (a[k], b[k])
                    for k in ("when", "actors", "factuality", "summary", "sources", "mentions")
                    if a[k] != b[k]
                }
                if changed:
                    out.append(
                        {
                            "kind": "~",
                            "doc": m["doc"],
                            "start": m["start"],
                            "trigger": m["trigger"],
                            "sentence": m["text"],
                            "changed": changed,
                        }
                    )
    out.sort(key=lambda d: (d["doc"], d["start"], d["kind"]))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("base", type=Path)
    ap.add_argument("new", type=Path)
    ap.add_argument("--n", type=int, default=40, help="articles drawn from the pool (default 40)")
    ap.add_argument("--seed", type=int, default=0, help="the draw's seed: a fresh one for each judging")
    ap.add_argument("--pool", choices=("joins", "tbaq"), default="joins")
    ap.add_argument("--ids", type=Path, help="a file of news-silver ids to use instead of a draw")
    ap.add_argument("--grep", help="only differences whose sentence matches this regular expression")
    ap.add_argument("--all-events", action="store_true", help="compare every row, not the default chronology")
    ap.add_argument("--json", action="store_true", help="print the differences as JSON lines")
    ap.add_argument("extra", nargs="*", help="more extract options, after --")
    args = ap.parse_args(argv)
    docs = choose(args.pool, args.n, args.seed, args.ids)
    extra = [*args.extra, *(["--all-events"] if args.all_events else [])]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "articles.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            for doc in docs:
                fh.write(json.dumps(doc) + "\n")
        with ThreadPoolExecutor(2) as pool:
            base, new = pool.map(lambda root: extract(root.resolve(), path, extra), (args.base, args.new))
    diffs = differences(base, new)
    if args.grep:
        rx = re.compile(args.grep)
        diffs = [d for d in diffs if rx.search(d["sentence"])]
    if args.json:
        for d in diffs:
            print(json.dumps(d, ensure_ascii=False))
        return 0
    counts = {k: sum(d["kind"] == k for d in diffs) for k in "-+~"}
    print(
        f"{len(docs)} articles (pool {args.pool}, seed {args.seed}); rows: base {len(base['events'])}, "
        f"new {len(new['events'])}; only base {counts['-']}, only new {counts['+']}, changed {counts['~']}"
    )
    doc = None
    for d in diffs:
        if d["doc"] != doc:
            doc = d["doc"]
            print(f"\n== {doc}")
        print(f"{d['kind']} [{d['start']}] {d['trigger']!r}: {d['sentence']}")
        if d["kind"] == "~":
            for key, (a, b) in d["changed"].items():
                print(f"    {key}: {a}  ->  {b}")
        else:
            r = d["row"]
            print(f"    {r['when']} | {r['factuality']} | {r['actors']} | {r['summary']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
