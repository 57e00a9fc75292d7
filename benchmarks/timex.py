"""Score `timeline dates` on TimeML corpora with the TempEval-3 metrics.

usage: python benchmarks/timex.py DIR... [--limit N] [--library] [--system SYS.jsonl]
                                  [--errors FILE] [--json] [--check]

Input documents and gold annotations come from the reference converter
(/work/shared/bench/timex/tml.py); the system output is that of
`python -m timeline dates IN.jsonl --format jsonl` (or, with --library, the same library calls made
in-process). --check also runs the reference scorer and fails if the numbers differ.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(os.environ.get("TIMELINE_BENCH", "/work/shared/bench"))
ROOT = Path(__file__).resolve().parent.parent


# -- TempEval-3 scoring --------------------------------------------------------------------------


def align(gold: list[dict], system: list[dict]) -> list[tuple[int, int]]:
    """Greedy one-to-one alignment of overlapping timexes (TimeML-Normalizer), on characters.

    Walk the start positions left to right, gold before system at equal starts; a timex starting
    inside a not-yet-aligned timex of the other side takes its id.
    """
    events = sorted(
        [(g["start"], 0, i) for i, g in enumerate(gold)] + [(s["start"], 1, j) for j, s in enumerate(system)]
    )
    sides = (gold, system)
    ids: tuple[dict[int, int], dict[int, int]] = ({}, {})
    last = [0, 0]
    started: tuple[list[int], list[int]] = ([], [])
    next_id = 1
    for pos, side, idx in events:
        other = 1 - side
        open_id = None
        for k in reversed(started[other]):
            t = sides[other][k]
            if t["start"] <= pos < t["end"]:
                open_id = ids[other][k]
                break
        if open_id is not None and open_id > last[side]:
            my = open_id
        else:
            my, next_id = next_id, next_id + 1
        ids[side][idx] = my
        last[side] = my
        started[side].append(idx)
    by_id = {v: k for k, v in ids[1].items()}
    return [(gi, by_id[v]) for gi, v in ids[0].items() if v in by_id]


def _prf(match: int, n_sys: int, n_gold: int) -> tuple[float, float, float]:
    p = match / n_sys if n_sys else 0.0
    r = match / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(gold_docs: dict[str, dict], system: list[dict], errors: list[dict] | None = None) -> dict:
    """Counts and metrics (fractions) of ``system`` lines against gold documents {id: {text, timexes}}."""
    by_doc: dict[str, list[dict]] = {}
    for s in system:
        if s["doc"] in gold_docs:
            by_doc.setdefault(s["doc"], []).append(s)
    c = dict(docs=len(gold_docs), gold=0, system=0, relaxed=0, strict=0, type_match=0, value_match=0)
    for doc_id, d in gold_docs.items():
        gold = d["timexes"]
        sys_items = by_doc.get(doc_id, [])
        n = len(d["text"])
        valid = [s for s in sys_items if 0 <= s["start"] < s["end"] <= n]
        c["gold"] += len(gold)
        c["system"] += len(sys_items)
        pairs = align(gold, valid)
        for gi, si in pairs:
            g, s = gold[gi], valid[si]
            c["relaxed"] += 1
            c["strict"] += g["start"] == s["start"] and g["end"] == s["end"]
            c["type_match"] += g["type"] == s.get("type", "")
            c["value_match"] += g["value"] == s.get("value", "")
            if errors is not None and (
                g["value"] != s.get("value")
                or g["type"] != s.get("type")
                or (g["start"], g["end"]) != (s["start"], s["end"])
            ):
                errors.append({"doc": doc_id, "kind": "match", "gold": _brief(g), "system": _brief(s)})
        if errors is not None:
            got_g = {gi for gi, _ in pairs}
            got_s = {si for _, si in pairs}
            errors += [
                {"doc": doc_id, "kind": "missed", "gold": _brief(g)} for i, g in enumerate(gold) if i not in got_g
            ]
            errors += [
                {"doc": doc_id, "kind": "spurious", "system": _brief(s)} for i, s in enumerate(valid) if i not in got_s
            ]
    m: dict[str, float] = {}
    for k in ("strict", "relaxed"):
        m[k + "_p"], m[k + "_r"], m[k + "_f1"] = _prf(c[k], c["system"], c["gold"])
    rel = c["relaxed"]
    m["type_acc"] = c["type_match"] / rel if rel else 0.0
    m["value_acc"] = c["value_match"] / rel if rel else 0.0
    m["type_f1"] = m["type_acc"] * m["relaxed_f1"]
    m["value_f1"] = m["value_acc"] * m["relaxed_f1"]
    return {"counts": c, "metrics": m}


def _brief(t: dict) -> dict:
    return {k: t.get(k) for k in ("start", "end", "text", "type", "value")}


def report(res: dict) -> str:
    c, m = res["counts"], res["metrics"]

    def pc(x: float) -> str:
        return f"{100 * x:6.2f}"

    return "\n".join(
        [
            f"docs {c['docs']} | gold {c['gold']} | system {c['system']} | relaxed {c['relaxed']} "
            f"| strict {c['strict']}",
            "               P       R      F1",
            "strict    " + " ".join(pc(m[k]) for k in ("strict_p", "strict_r", "strict_f1")),
            "relaxed   " + " ".join(pc(m[k]) for k in ("relaxed_p", "relaxed_r", "relaxed_f1")),
            f"type   accuracy {pc(m['type_acc'])}   type  F1 {pc(m['type_f1'])}",
            f"value  accuracy {pc(m['value_acc'])}   value F1 {pc(m['value_f1'])}",
        ]
    )


# -- running the system --------------------------------------------------------------------------


def _read_jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def run_cli(input_path: Path) -> list[dict]:
    proc = subprocess.run(
        [sys.executable, "-m", "timeline", "dates", str(input_path), "--format", "jsonl"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    if proc.returncode != 0:
        raise RuntimeError(f"timeline dates failed ({proc.returncode}): {proc.stderr.strip()[-500:]}")
    return [json.loads(line) for line in proc.stdout.splitlines() if line.strip()]


def run_library(docs: list[dict]) -> list[dict]:
    sys.path.insert(0, str(ROOT))
    from datetime import date

    from timeline.nlp import build_nlp
    from timeline.temporal import normalize

    nlp = build_nlp()
    out = []
    for d, doc in zip(docs, nlp.pipe(d["text"] for d in docs), strict=True):
        ref = date.fromisoformat(d["date"]) if d.get("date") else None
        for t in normalize(doc, ref, d["id"]):
            out.append(
                {
                    "doc": t.doc,
                    "start": t.start,
                    "end": t.end,
                    "text": t.text,
                    "type": t.type,
                    "value": t.value,
                    "edtf": t.edtf,
                    "earliest": t.earliest,
                    "latest": t.latest,
                    "precision": t.precision,
                }
            )
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dirs", nargs="+", type=Path)
    ap.add_argument("--limit", type=int, help="score only the first N documents")
    ap.add_argument("--library", action="store_true", help="call the library in-process instead of the CLI")
    ap.add_argument("--system", type=Path, help="score this system output instead of running timeline")
    ap.add_argument("--errors", type=Path, help="write mismatches, misses and spurious timexes here")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--check", action="store_true", help="compare with the reference scorer")
    args = ap.parse_args(argv)

    with tempfile.TemporaryDirectory() as tmp:
        tmpd = Path(tmp)
        tml = str(BENCH / "timex" / "tml.py")
        dirs = [str(d) for d in args.dirs]
        subprocess.run([sys.executable, tml, "input", *dirs, "-o", str(tmpd / "in.jsonl")], check=True)
        subprocess.run([sys.executable, tml, "gold", *dirs, "-o", str(tmpd / "gold.jsonl")], check=True)
        docs = _read_jsonl(tmpd / "in.jsonl")
        if args.limit:
            docs = docs[: args.limit]
        keep = {d["id"] for d in docs}
        with open(tmpd / "in.jsonl", "w", encoding="utf-8") as fh:
            for d in docs:
                fh.write(json.dumps(d) + "\n")
        gold_docs = {d["id"]: {"text": d["text"], "timexes": []} for d in docs}
        for g in _read_jsonl(tmpd / "gold.jsonl"):
            if g["doc"] in keep:
                gold_docs[g["doc"]]["timexes"].append(g)
        t0 = time.perf_counter()
        if args.system:
            system = [s for s in _read_jsonl(args.system) if s["doc"] in keep]
        elif args.library:
            system = run_library(docs)
        else:
            system = run_cli(tmpd / "in.jsonl")
        elapsed = time.perf_counter() - t0
        errors: list[dict] | None = [] if args.errors else None
        res = score(gold_docs, system, errors)
        res["seconds"] = round(elapsed, 1)
        if args.errors:
            with open(args.errors, "w", encoding="utf-8") as fh:
                for e in errors or []:
                    fh.write(json.dumps(e) + "\n")
        print(json.dumps(res, indent=1) if args.json else report(res) + f"\n({elapsed:.1f}s)")
        if args.check:
            sys_path = tmpd / "sys.jsonl"
            with open(sys_path, "w", encoding="utf-8") as fh:
                for s in system:
                    fh.write(json.dumps(s) + "\n")
            # the reference scorer reads whole directories, so it only applies without --limit
            if args.limit:
                print("--check ignored with --limit", file=sys.stderr)
                return 0
            scorer = [sys.executable, str(BENCH / "timex" / "score.py"), *dirs, "-s", str(sys_path), "--json"]
            ref = subprocess.run(scorer, capture_output=True, text=True, check=True)
            theirs = json.loads(ref.stdout)["metrics"]
            diff = {k: (v, theirs[k]) for k, v in res["metrics"].items() if abs(v - theirs.get(k, -1)) > 1e-9}
            if diff:
                print(f"MISMATCH with reference scorer: {diff}", file=sys.stderr)
                return 1
            print("reference scorer agrees on all metrics", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
