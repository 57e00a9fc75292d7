"""Score `timeline dates` on TimeML corpora with the TempEval-3 metrics, and on our own sentences.

usage: python benchmarks/timex.py [DIR...] [--shared DIR] [--own FILE | --no-own] [--limit N]
                                  [--library] [--system SYS.jsonl] [--errors FILE] [--json] [--check]

Without DIR it scores TimeBank + AQUAINT (TBAQ) from ../shared/corpora/tbaq (or --shared, or the
TIMELINE_SHARED environment variable), split into its tuning part and its report-only part (see
`part_of`), and the hand-written sentences of benchmarks/data/timex/own.jsonl.

Input documents and gold annotations come from the reference converter
(bench/timex/tml.py in the shared folder); the system output is that of
`python -m timeline dates IN.jsonl --format jsonl` (or, with --library, the same library calls made
in-process). --check also runs the reference scorer on each TBAQ part and fails if the numbers differ.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OWN = ROOT / "benchmarks" / "data" / "timex" / "own.jsonl"


def shared_dir(given: Path | None = None) -> Path:
    """The shared folder of corpora and reference scorers: --shared, $TIMELINE_SHARED, ../shared."""
    if given is not None:
        return given
    env = os.environ.get("TIMELINE_SHARED")
    return Path(env) if env else ROOT.parent / "shared"


def part_of(doc_id: str) -> str:
    """TBAQ's split: a third of the documents, chosen by a checksum of their file name, is only
    ever reported ("report"); the rules are tuned on the rest ("tune"). Fixed, whatever the order
    or number of files read."""
    return "report" if zlib.crc32(doc_id.encode("utf-8")) % 3 == 0 else "tune"


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

    from timeline.analysis import load_pipeline
    from timeline.temporal import normalize

    nlp = load_pipeline()
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


def own_documents(path: Path) -> tuple[list[dict], dict[str, dict], dict[str, str]]:
    """The hand-written sentences as input documents, gold documents and each one's kind.

    Each line: {"id", "kind", "date", "text", "timex": [[extent, type, value], ...]}; an extent is
    the first occurrence in the sentence of its text not taken by an earlier extent."""
    docs, gold, kinds = [], {}, {}
    for rec in _read_jsonl(path):
        text = rec["text"]
        timexes, pos = [], 0
        for extent, ttype, value in rec["timex"]:
            start = text.find(extent, pos)
            if start < 0:
                start = text.find(extent)
            if start < 0:
                raise ValueError(f"{path}: {rec['id']}: {extent!r} is not in the sentence")
            timexes.append({"start": start, "end": start + len(extent), "text": extent, "type": ttype, "value": value})
            pos = start + len(extent)
        docs.append({"id": rec["id"], "date": rec["date"], "text": text})
        gold[rec["id"]] = {"text": text, "timexes": timexes}
        kinds[rec["id"]] = rec.get("kind", "")
    return docs, gold, kinds


def own_report(gold: dict[str, dict], system: list[dict], kinds: dict[str, str], errors: list | None) -> dict:
    """TempEval scores plus the sentence-level figure: right values over expected expressions,
    a spurious expression counting as one more wrong one (sentences with nothing temporal in them
    are there to catch those)."""
    res = score(gold, system, errors)
    c = res["counts"]
    spurious = c["system"] - c["relaxed"]
    res["own"] = {
        "expected": c["gold"],
        "right_value": c["value_match"],
        "spurious": spurious,
        "value_accuracy": c["value_match"] / (c["gold"] + spurious) if c["gold"] + spurious else 0.0,
    }
    by_kind: dict[str, list[int]] = {}
    for kind in sorted(set(kinds.values())):
        ids = {i for i, k in kinds.items() if k == kind}
        r = score({i: gold[i] for i in ids}, [s for s in system if s["doc"] in ids])["counts"]
        by_kind[kind] = [r["value_match"], r["gold"], r["system"] - r["relaxed"]]
    res["own"]["by_kind"] = by_kind
    return res


def own_text(res: dict) -> str:
    o = res["own"]
    lines = [
        report(res),
        f"sentence value accuracy {100 * o['value_accuracy']:6.2f}  "
        f"({o['right_value']} right of {o['expected']} expected, {o['spurious']} spurious)",
        "by kind (right / expected, spurious): "
        + ", ".join(f"{k} {v[0]}/{v[1]}" + (f" +{v[2]}" if v[2] else "") for k, v in o["by_kind"].items()),
    ]
    return "\n".join(lines)


def _run(args, docs: list[dict], tmpd: Path, name: str) -> list[dict]:
    path = tmpd / f"{name}.in.jsonl"
    with open(path, "w", encoding="utf-8") as fh:
        for d in docs:
            fh.write(json.dumps(d) + "\n")
    if args.library:
        return run_library(docs)
    return run_cli(path)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dirs", nargs="*", type=Path, help="TimeML folders (default: TBAQ in the shared folder)")
    ap.add_argument("--shared", type=Path, help="the shared folder (default: $TIMELINE_SHARED, else ../shared)")
    ap.add_argument("--own", type=Path, default=OWN, help="hand-written sentences to score too")
    ap.add_argument("--no-own", action="store_true", help="skip the hand-written sentences")
    ap.add_argument("--limit", type=int, help="score only the first N documents")
    ap.add_argument("--library", action="store_true", help="call the library in-process instead of the CLI")
    ap.add_argument("--system", type=Path, help="score this system output instead of running timeline (TBAQ)")
    ap.add_argument("--errors", type=Path, help="write mismatches, misses and spurious timexes here")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--check", action="store_true", help="compare with the reference scorer")
    args = ap.parse_args(argv)
    shared = shared_dir(args.shared)
    bench = Path(os.environ.get("TIMELINE_BENCH", shared / "bench"))
    if not (bench / "timex" / "tml.py").exists():
        ap.error(f"{bench / 'timex' / 'tml.py'} not found: pass --shared DIR or set TIMELINE_SHARED")
    dirs = [str(d) for d in args.dirs] or [str(shared / "corpora" / "tbaq" / n) for n in ("TimeBank", "AQUAINT")]
    results: dict[str, dict] = {}
    all_errors: list[dict] = []
    status = 0

    with tempfile.TemporaryDirectory() as tmp:
        tmpd = Path(tmp)
        tml = str(bench / "timex" / "tml.py")
        subprocess.run([sys.executable, tml, "input", *dirs, "-o", str(tmpd / "in.jsonl")], check=True)
        subprocess.run([sys.executable, tml, "gold", *dirs, "-o", str(tmpd / "gold.jsonl")], check=True)
        docs = _read_jsonl(tmpd / "in.jsonl")
        if args.limit:
            docs = docs[: args.limit]
        keep = {d["id"] for d in docs}
        gold_docs = {d["id"]: {"text": d["text"], "timexes": []} for d in docs}
        for g in _read_jsonl(tmpd / "gold.jsonl"):
            if g["doc"] in keep:
                gold_docs[g["doc"]]["timexes"].append(g)
        t0 = time.perf_counter()
        if args.system:
            system = [s for s in _read_jsonl(args.system) if s["doc"] in keep]
        else:
            system = _run(args, docs, tmpd, "tbaq")
        elapsed = time.perf_counter() - t0
        for part in ("tune", "report", "all"):
            ids = {i for i in gold_docs if part == "all" or part_of(i) == part}
            errors: list[dict] | None = [] if args.errors else None
            res = score({i: gold_docs[i] for i in ids}, [s for s in system if s["doc"] in ids], errors)
            results["tbaq " + part] = res
            if part == "all" and errors:
                all_errors += [dict(e, part=part_of(e["doc"])) for e in errors]
        results["tbaq all"]["seconds"] = round(elapsed, 1)

        if not args.no_own and args.own.exists():
            odocs, ogold, kinds = own_documents(args.own)
            osys = _run(args, odocs, tmpd, "own")
            errors = [] if args.errors else None
            results["own"] = own_report(ogold, osys, kinds, errors)
            all_errors += [dict(e, part="own") for e in errors or []]

        if args.errors:
            with open(args.errors, "w", encoding="utf-8") as fh:
                for e in all_errors:
                    fh.write(json.dumps(e) + "\n")
        if args.json:
            print(json.dumps(results, indent=1))
        else:
            for name, res in results.items():
                print(f"== {name}")
                print(own_text(res) if name == "own" else report(res))
            print(f"({elapsed:.1f}s for TBAQ)")

        if args.check:
            # the reference scorer reads whole files, so it only applies without --limit
            if args.limit:
                print("--check ignored with --limit", file=sys.stderr)
                return status
            files = sorted(str(f) for d in dirs for f in Path(d).glob("*.tml"))
            sys_path = tmpd / "sys.jsonl"
            with open(sys_path, "w", encoding="utf-8") as fh:
                for s in system:
                    fh.write(json.dumps(s) + "\n")
            for part in ("tune", "report", "all"):
                golds = [f for f in files if part == "all" or part_of(Path(f).stem) == part]
                scorer = [sys.executable, str(bench / "timex" / "score.py"), *golds, "-s", str(sys_path), "--json"]
                ref = subprocess.run(scorer, capture_output=True, text=True, check=True)
                theirs = json.loads(ref.stdout)["metrics"]
                mine = results["tbaq " + part]["metrics"]
                diff = {k: (v, theirs[k]) for k, v in mine.items() if abs(v - theirs.get(k, -1)) > 1e-9}
                if diff:
                    print(f"MISMATCH with reference scorer on tbaq {part}: {diff}", file=sys.stderr)
                    status = 1
            if not status:
                print("reference scorer agrees on all metrics of every TBAQ part", file=sys.stderr)
    return status


if __name__ == "__main__":
    raise SystemExit(main())
