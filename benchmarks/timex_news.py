"""A news set of temporal expressions (benchmarks/data/timex/news/): drawing, annotating, scoring.

    python benchmarks/timex_news.py draw                   # the 30 articles (writes articles.json)
    python benchmarks/timex_news.py show ID                # an article's text, with its date
    python benchmarks/timex_news.py resolve FILE...        # annotation files: offsets added, checked
    python benchmarks/timex_news.py input [--part P] -o F  # the articles as input JSONL ({id, dct, date, text})
    python benchmarks/timex_news.py score [--part P] [--gold DIR] [--system SYS.jsonl] [--against DIR]
                                          [--errors F] [--json]

`score` runs `timeline dates` on the set's articles (or reads --system, lines of the form
benchmarks/timex.py and the HeidelTime adapter write) and prints the TempEval-3 figures per part
(tune, report) with benchmarks/timex.py's scorer. `--against DIR` scores a second annotation
(agreement/<annotator>) as if it were a system, on the articles it covers. How the set was made:
benchmarks/data/timex/news/GUIDELINES.md. The corpora come from the shared folder (../shared,
or TIMELINE_SHARED).
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import re
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from events_gold import SEED, SILVER, UNREAD_LINES, sample  # noqa: E402
from timex import report, run_cli, score  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
NEWS = ROOT / "benchmarks" / "data" / "timex" / "news"
N_ARTICLES, N_TUNE = 30, 15
TYPES = ("DATE", "TIME", "DURATION", "SET")
_DATE = re.compile(
    r"(PRESENT_REF|PAST_REF|FUTURE_REF|\d{2,4}|XXXX|\d{4}-(\d{2}|XX)(-(\d{2}|XX))?|\d{4}-W(\d{2}|XX)(-(WE|\d))?|"
    r"XXXX-WXX-\d|\d{4}-Q[1-4X]|\d{4}-H[12]|(\d{4}|XXXX)-(SU|SP|FA|WI)|XXXX-\d{2}(-\d{2})?|BC\d{1,4})"
)
_TIME = re.compile(r"(\d{4}-\d{2}-\d{2}|\d{4}-W\d{2}-\d|XXXX-XX-XX|XXXX-WXX-\d)?T(\d{2}(:\d{2})?|MO|AF|EV|NI|DT)")
_DURATION = re.compile(r"P(T?(\d+(\.\d+)?|X)(Y|M|W|D|H|S|DE|CE|Q|E))+|PT(\d+|X)(H|M|S)")
_SET = re.compile(r"P(T?(\d+|X)(Y|M|W|D|H|DE|CE|Q))|XXXX-WXX-\d|XXXX-XX-XX(T(MO|AF|EV|NI))?|XXXX-(SU|SP|FA|WI)")


def silver() -> dict[int, dict]:
    with SILVER.open(encoding="utf-8") as f:
        return {n: json.loads(line) for n, line in enumerate(f, 1)}


def draw() -> list[dict]:
    """30 articles of 150-450 words from the lines no rule was tuned on, not in the event set."""
    rows = silver()
    taken = {doc_id for doc_id, _ in sample()}
    pool = [
        (n, r)
        for n, r in rows.items()
        if any(a <= n <= b for a, b in UNREAD_LINES) and 150 <= len(r["text"].split()) <= 450 and r["id"] not in taken
    ]
    pick = random.Random(SEED + 7).sample(pool, N_ARTICLES)
    return [
        {"id": r["id"], "line": n, "date": r["date"], "part": "tune" if k < N_TUNE else "report"}
        for k, (n, r) in enumerate(pick)
    ]


def articles(part: str = "all") -> list[dict]:
    listed = json.loads((NEWS / "articles.json").read_text(encoding="utf-8"))
    wanted = [a for a in listed if part == "all" or a["part"] == part]
    rows = silver()
    return [dict(a, text=rows[a["line"]]["text"]) for a in wanted]


def check_value(ttype: str, value: str) -> bool:
    pattern = {"DATE": _DATE, "TIME": _TIME, "DURATION": _DURATION, "SET": _SET}.get(ttype)
    return bool(pattern and pattern.fullmatch(value))


def resolve(path: Path, texts: dict[str, str]) -> list[str]:
    """Add start/end to an annotation file's expressions (from text and occurrence n); the problems."""
    data = json.loads(path.read_text(encoding="utf-8"))
    text = texts.get(data.get("id", ""))
    if text is None:
        return [f"{path}: {data.get('id')!r} is not an article of the set"]
    problems = []
    for k, t in enumerate(data.get("timexes", [])):
        where = f"{path}: timex {k + 1} {t.get('text')!r}"
        n, pos = int(t.get("n", 1)), -1
        for _ in range(n):
            pos = text.find(t["text"], pos + 1)
            if pos < 0:
                break
        if pos < 0:
            problems.append(f"{where}: occurrence {n} not in the article")
            continue
        t["start"], t["end"] = pos, pos + len(t["text"])
        if t.get("type") not in TYPES:
            problems.append(f"{where}: type {t.get('type')!r} is not one of {', '.join(TYPES)}")
        elif not check_value(t["type"], str(t.get("value", ""))):
            problems.append(f"{where}: value {t.get('value')!r} is not a {t['type']} value")
    spans = sorted((t["start"], t["end"]) for t in data.get("timexes", []) if "start" in t)
    problems += [f"{path}: {a} and {b} overlap" for a, b in itertools.pairwise(spans) if b[0] < a[1]]
    data["timexes"] = sorted(data.get("timexes", []), key=lambda t: t.get("start", -1))
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return problems


def gold_docs(part: str, folder: Path = NEWS) -> dict[str, dict]:
    """{id: {text, timexes}} for the annotated articles of a part found in folder."""
    out = {}
    for a in articles(part):
        path = folder / f"{a['id']}.json"
        if path.exists():
            timexes = json.loads(path.read_text(encoding="utf-8"))["timexes"]
            out[a["id"]] = {"text": a["text"], "timexes": [t for t in timexes if "start" in t]}
    return out


def run_dates(docs: list[dict]) -> list[dict]:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "in.jsonl"
        with path.open("w", encoding="utf-8") as f:
            for d in docs:
                f.write(json.dumps({"id": d["id"], "date": d["date"], "text": d["text"]}) + "\n")
        return run_cli(path)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    sub.add_parser("draw")
    show = sub.add_parser("show")
    show.add_argument("id")
    res = sub.add_parser("resolve")
    res.add_argument("files", nargs="+", type=Path)
    inp = sub.add_parser("input")
    inp.add_argument("--part", choices=("tune", "report", "all"), default="all")
    inp.add_argument("-o", "--output", type=Path, required=True)
    sc = sub.add_parser("score")
    sc.add_argument("--part", choices=("tune", "report", "all"), default=None)
    sc.add_argument("--system", type=Path, help="system output (JSONL) instead of running timeline dates")
    sc.add_argument("--gold", type=Path, default=NEWS, help="the annotation folder (default: the set's)")
    sc.add_argument("--against", type=Path, help="a second annotation's folder, scored as a system")
    sc.add_argument("--versus", type=Path, help="another system's output: a paired bootstrap of the gap")
    sc.add_argument("--samples", type=int, default=5000)
    sc.add_argument("--errors", type=Path, help="tune part only: write its mismatches here")
    sc.add_argument("--json", action="store_true")
    args = ap.parse_args()

    if args.cmd == "draw":
        (NEWS / "articles.json").write_text(json.dumps(draw(), indent=1) + "\n", encoding="utf-8")
        print(f"{N_ARTICLES} articles -> {NEWS / 'articles.json'}")
        return 0
    if args.cmd == "show":
        for a in articles():
            if a["id"] == args.id:
                print(f"{a['id']}  date {a['date']}  part {a['part']}\n")
                for k, line in enumerate(a["text"].splitlines(), 1):
                    print(f"{k:3d}  {line}")
                return 0
        ap.error(f"{args.id} is not an article of the set")
    if args.cmd == "resolve":
        texts = {a["id"]: a["text"] for a in articles()}
        problems = [p for f in args.files for p in resolve(f, texts)]
        print("\n".join(problems) or f"{len(args.files)} file(s) resolved, no problem")
        return 1 if problems else 0
    if args.cmd == "input":
        with args.output.open("w", encoding="utf-8") as f:
            for a in articles(args.part):
                f.write(json.dumps({"id": a["id"], "dct": a["date"], "date": a["date"], "text": a["text"]}) + "\n")
        return 0

    parts = [args.part] if args.part else ["tune", "report", "all"]
    results = {}
    golds = {p: gold_docs(p, args.gold) for p in parts}
    everything = {i: d for g in golds.values() for i, d in g.items()}
    if args.against:
        theirs = gold_docs("all", args.against)
        system = [dict(t, doc=i) for i, d in theirs.items() for t in d["timexes"]]
        golds = {p: {i: d for i, d in g.items() if i in theirs} for p, g in golds.items()}
    elif args.system:
        system = [json.loads(line) for line in args.system.open(encoding="utf-8") if line.strip()]
    else:
        system = run_dates([a for a in articles() if a["id"] in everything])
    for p, g in golds.items():
        errors: list[dict] | None = [] if args.errors and p == "tune" else None
        results[p] = score(g, [s for s in system if s["doc"] in g], errors)
        if errors is not None:
            with args.errors.open("w", encoding="utf-8") as f:
                for e in errors:
                    f.write(json.dumps(e) + "\n")
    gaps = {}
    if args.versus:
        other = [json.loads(line) for line in args.versus.open(encoding="utf-8") if line.strip()]
        gaps = {p: gap(g, system, other, args.samples) for p, g in golds.items()}
    if args.json:
        print(json.dumps({"scores": results, "gaps": gaps}, indent=1))
    else:
        for p, r in results.items():
            print(f"== news {p}")
            print(report(r))
            for name, (d, lo, hi) in gaps.get(p, {}).items():
                print(f"{name} minus --versus: {d:+.2f} (95% interval {lo:+.2f} .. {hi:+.2f})")
    return 0


def gap(gold: dict[str, dict], mine: list[dict], other: list[dict], samples: int) -> dict[str, tuple]:
    """Value F1 and relaxed F1 of mine minus other's, and their 95% interval when the documents are
    drawn again with replacement (the same draw for both systems)."""
    docs = sorted(gold)
    rng = random.Random(17)

    def figures(draw: list[str], system: list[dict]) -> tuple[float, float]:
        drawn = {f"{d}#{k}": gold[d] for k, d in enumerate(draw)}
        by_doc: dict[str, list[dict]] = {}
        for s in system:
            by_doc.setdefault(s["doc"], []).append(s)
        lines = [dict(s, doc=f"{d}#{k}") for k, d in enumerate(draw) for s in by_doc.get(d, [])]
        m = score(drawn, lines)["metrics"]
        return 100 * m["value_f1"], 100 * m["relaxed_f1"]

    out = {}
    a, b = figures(docs, mine), figures(docs, other)
    diffs = []
    for _ in range(samples):
        draw = [rng.choice(docs) for _ in docs]
        x, y = figures(draw, mine), figures(draw, other)
        diffs.append((x[0] - y[0], x[1] - y[1]))
    for k, name in enumerate(("value F1", "relaxed F1")):
        ds = sorted(d[k] for d in diffs)
        out[name] = (a[k] - b[k], ds[int(0.025 * samples)], ds[int(0.975 * samples) - 1])
    return out


if __name__ == "__main__":
    raise SystemExit(main())
