"""Can a small learned model tell the rows worth listing from the rest? (issue 16 items 1 and 6)

    python benchmarks/rowjudge.py                  # cross-validation by article, figures per threshold
    python benchmarks/rowjudge.py --weights        # the weights fitted on every labelled row
    python benchmarks/rowjudge.py --judge FILE.jsonl [--threshold T]   # each row of other articles
                                                   # with its probability, "HIDE" below T

An experiment, not part of the tool: a logistic regression over what extraction knows of a row,
asked whether the row is a happening a chronology lists, listed for the first time ("keep"), so
that the unlikely rows could be hidden from the default chronology. Labels:

- dev rows (benchmarks/data/events/dev): a row matched to a gold event and the first to match it
  (what events.py's strict precision counts) is kept; a later row for it is a repeat; a row that
  matches none is no event;
- fresh rows (benchmarks/data/confidence/fresh_rows.jsonl): `real` as judged by hand (yes / no /
  repeat).

Rows come from one run of extract per set in this process (`--jobs 1`), the extraction wrapped to
read each article's rows with their parse (row_features below: general properties of a row and of
the rows before it in its article; the only words it reads are the kinds of happening and the
statement words the rules use). The fit is Newton's method with an L2 penalty, in numpy.
Cross-validation: 5 folds by article over dev + fresh rows, each row's probability from the fit
on the other folds (`--seeds N`: N draws of the folds). Per threshold (rows below it hidden): keep
precision and recall; the dev split scored by events.py's own scorer on the rows left (strict
precision, rows per real event, recall); the fresh rows' share real and the share of their real
rows kept; and, hiding as many rows, the lowest by today's `confidence` (which was fitted on these
same rows, so its figures are flattered). The test split is never read here. Findings:
benchmarks/README.md, "Issue 16: a learned judge of rows".
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
import tempfile
from bisect import bisect_right
from collections.abc import Sequence
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from calibrate import load_fresh  # noqa: E402
from events import load_gold, match_rows, score  # noqa: E402
from events_gold import DATA, ROOT, SILVER, article  # noqa: E402

from timeline.extract import events as extract_events  # noqa: E402
from timeline.extract.attribution import quote_mask  # noqa: E402
from timeline.extract.clauses import tense  # noqa: E402
from timeline.extract.confidence import vague_date  # noqa: E402
from timeline.extract.kinds import kinds  # noqa: E402
from timeline.extract.repeats import STATEMENT_NOUNS, STATEMENT_VERBS  # noqa: E402
from timeline.extract.rows import REPORTING_VERBS  # noqa: E402
from timeline.model import Event  # noqa: E402
from timeline.nlp.doctables import doc_text, tables  # noqa: E402

_MAY = frozenset({"should", "could", "may", "might", "must", "can"})
_NAMED = frozenset({"PERSON", "ORG", "GPE", "NORP"})
_DEP_GROUPS = {
    "ROOT": "root",
    "ccomp": "ccomp",
    "advcl": "advcl",
    "relcl": "relcl",
    "acl": "relcl",
    "xcomp": "xcomp",
    "conj": "conj",
    "nsubj": "arg",
    "nsubjpass": "arg",
    "dobj": "arg",
    "pobj": "pobj",
}


def _token_at(doc, start: int) -> int | None:
    idx = tables(doc).idx
    i = bisect_right(idx, start) - 1
    return i if 0 <= i < len(idx) else None


def _content_words(summary: str) -> set[str]:
    return {w for w in (x.strip(".,;:\"'()“”‘’").lower() for x in summary.split()) if len(w) > 3}


def _agents(event: Event) -> set[str]:
    return {a.name for a in event.actors if a.role == "agent"}


def row_features(doc, events: Sequence[Event]) -> list[dict[str, float]]:
    """The features of each row of one article (``events`` in the order extract gives them)."""
    t = tables(doc)
    quoted = quote_mask(doc_text(doc))
    n_sents = max(1, max((e.mentions[0].sentence for e in events), default=0) + 1)
    out: list[dict[str, float]] = []
    seen_lemmas: set[str] = set()
    seen_kinds: set[str] = set()
    seen_agents: set[str] = set()
    seen_sources: set[str] = set()
    seen_words: list[set[str]] = []
    seen_days: set[tuple[str | None, str | None]] = set()
    per_sentence: dict[int, int] = {}
    density = min(3.0, len(events) / n_sents) / 3
    figured = sum(bool(e.claims) for e in events) / max(1, len(events))
    for e in events:
        m = e.mentions[0]
        f: dict[str, float] = {"bias": 1.0}
        i = _token_at(doc, m.start)
        pos = t.pos[i] if i is not None else ""
        tag = t.tags[i] if i is not None else ""
        dep = t.deps[i] if i is not None else ""
        lemma = e.predicate.lemma.lower()
        if pos == "NOUN":
            f["noun"] = 1.0
            f["plural"] = float(tag == "NNS")
        elif pos in ("VERB", "AUX"):
            f["verb"] = 1.0
            f["tag_" + ("present" if tag in ("VBZ", "VBP") else tag)] = 1.0
            f["tense_" + tense(doc[i])] = 1.0  # type: ignore[index]
            aux = [doc[c].lemma_.lower() for c in t.children[i] if t.deps[c] in ("aux", "auxpass")]  # type: ignore[index]
            f["perfect"] = float("have" in aux)
            f["passive"] = float(any(t.deps[c] == "auxpass" for c in t.children[i]))  # type: ignore[index]
            f["modal"] = float(any(a in _MAY for a in aux))
            subjects = [c for c in t.children[i] if t.deps[c] in ("nsubj", "nsubjpass")]  # type: ignore[index]
            f["no_subject"] = float(not subjects)
            f["pronoun_subject"] = float(any(t.pos[c] == "PRON" for c in subjects))
        else:
            f["other_pos"] = 1.0
        f["dep_" + _DEP_GROUPS.get(dep, "other")] = 1.0
        if i is not None:
            depth, h = 0, i
            while t.heads[h] != h and depth < 6:
                h, depth = t.heads[h], depth + 1
            f["depth"] = depth / 6
            head = t.heads[i]
            head_lemma = doc[head].lemma_.lower() if head != i else ""
            f["under_statement"] = float(head_lemma in STATEMENT_VERBS or head_lemma in REPORTING_VERBS)
            f["under_kind"] = float(bool(head_lemma) and bool(kinds(head_lemma)))
            sent = doc[i].sent
            f["sentence_words"] = min(60, len(sent)) / 60
        my_kinds = kinds(lemma)
        f["kind"] = float(bool(my_kinds))
        f["statement"] = float(lemma in STATEMENT_VERBS or lemma in REPORTING_VERBS or lemma in STATEMENT_NOUNS)
        f["fact_" + e.factuality] = 1.0
        res = e.date.resolution if e.date.earliest else "unresolved"
        f["res_" + res] = 1.0
        if res in ("absolute", "relative") and vague_date(e.date.text, e.date.precision):
            f["vague"] = 1.0
        if e.date.earliest:
            f["prec_" + (e.date.precision if e.date.precision in ("day", "month", "year") else "other")] = 1.0
        f["quoted"] = float(quoted[m.start]) if m.start < len(quoted) else 0.0
        agents = _agents(e)
        f["named_agent"] = float(any(a.role == "agent" and a.type in _NAMED for a in e.actors))
        f["no_actor"] = float(not any(a.role != "source" for a in e.actors))
        f["source"] = float(any(a.role == "source" for a in e.actors))
        f["figures"] = float(bool(e.claims))
        s = m.sentence
        f["sent_0"] = float(s == 0)
        f["sent_1_2"] = float(1 <= s <= 2)
        f["sent_3_5"] = float(3 <= s <= 5)
        f["position"] = s / n_sents
        f["article_density"] = density
        f["article_figures"] = figured
        words = len(e.summary.split())
        f["short"] = float(words <= 5)
        f["long"] = float(words >= 20)
        f["log_words"] = math.log1p(words) / 3
        f["second_in_sentence"] = float(per_sentence.get(s, 0) >= 1)
        f["same_lemma_before"] = float(lemma in seen_lemmas)
        f["same_kind_before"] = float(bool(my_kinds & seen_kinds))
        f["same_agent_before"] = float(bool(agents & seen_agents))
        day = (e.date.earliest, e.date.latest)
        f["same_day_before"] = float(bool(e.date.earliest) and day in seen_days)
        f["same_kind_day_before"] = f["same_kind_before"] * f["same_day_before"]
        f["statement_same_agent"] = f["statement"] * f["same_agent_before"]
        f["source_before"] = float(any(a.role == "source" and a.name in seen_sources for a in e.actors))
        f["rows_in_sentence"] = min(3, per_sentence.get(s, 0)) / 3
        mine = _content_words(e.summary)
        overlap = max((len(mine & w) / len(mine | w) for w in seen_words if mine | w), default=0.0)
        f["overlap"] = overlap
        f["overlap_high"] = float(overlap >= 0.3)
        out.append(f)
        seen_words.append(mine)
        seen_lemmas.add(lemma)
        seen_kinds |= my_kinds
        seen_agents |= agents
        seen_sources |= {a.name for a in e.actors if a.role in ("source", "agent")}
        if e.date.earliest:
            seen_days.add(day)
        per_sentence[s] = per_sentence.get(s, 0) + 1
    return out


Key = tuple[str, int, int]
THRESHOLDS = (0.0, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5)


def run_recording(inputs: list[str]) -> tuple[dict, dict[Key, dict[str, float]]]:
    """extract's JSON for ``inputs`` (run in this process) and each row's features by its first
    mention's trigger span, read from the article's rows as extract returns them."""
    from click.testing import CliRunner

    from timeline.cli import cli

    recorded: dict[Key, dict[str, float]] = {}
    plain = extract_events.extract

    def reading(doc, *args, **kwargs):
        extraction = plain(doc, *args, **kwargs)
        for e, f in zip(extraction.events, row_features(doc, extraction.events), strict=True):
            m = e.mentions[0]
            recorded[(m.doc, m.start, m.end)] = f
        return extraction

    extract_events.extract = reading  # analysis.analyse_here looks it up on each document
    try:
        result = CliRunner().invoke(
            cli, ["extract", *inputs, "--format", "json", "--no-store", "--jobs", "1"], catch_exceptions=False
        )
    finally:
        extract_events.extract = plain
    if result.exit_code != 0:
        sys.exit(f"extract failed: {result.output[-2000:]}")
    out = result.stdout
    return json.loads(out[out.index("{") :]), recorded


def _write_articles(ids: list[str], path: Path) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for doc_id in ids:
            row = article(doc_id, "news-silver")
            fh.write(json.dumps({k: row[k] for k in ("id", "date", "title", "source", "text")}) + "\n")


def features_of(row: dict, recorded: dict[Key, dict[str, float]]) -> dict[str, float] | None:
    for m in row["mentions"]:
        f = recorded.get((m["doc"], m["start"], m["end"]))
        if f is not None:
            return f
    return None


def dev_set() -> tuple[list[dict], list[dict]]:
    """The dev rows: (row, features, label, article) dicts, and the dev gold."""
    golds = load_gold("dev")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "dev.jsonl"
        _write_articles([g["id"] for g in golds if g.get("corpus", "news-silver") == "news-silver"], path)
        seeds = [str(ROOT / "seeds" / f"{g['id']}.txt") for g in golds if g.get("corpus") == "seeds"]
        data, recorded = run_recording([str(path), *seeds])
    _, matches = match_rows(golds, data["events"])
    out = []
    for row, (hits, first) in zip(data["events"], matches, strict=True):
        kind = "yes" if first else "repeat" if hits else "no"
        out.append(
            {"row": row, "f": features_of(row, recorded), "kind": kind, "doc": row["mentions"][0]["doc"], "set": "dev"}
        )
    return out, golds


def fresh_set() -> list[dict]:
    labels = load_fresh()
    by_span = {(lab["doc"], lab["start"], lab["end"]): lab for lab in labels}
    docs = sorted({lab["doc"] for lab in labels}, key=lambda d: next(la["line"] for la in labels if la["doc"] == d))
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "fresh.jsonl"
        _write_articles(docs, path)
        data, recorded = run_recording([str(path)])
    out = []
    for row in data["events"]:
        lab = next((by_span[k] for m in row["mentions"] if (k := (m["doc"], m["start"], m["end"])) in by_span), None)
        if lab is None:
            continue  # a row no label names (the tool changed since the labels)
        out.append(
            {"row": row, "f": features_of(row, recorded), "kind": lab["real"], "doc": lab["doc"], "set": "fresh"}
        )
    return out


def matrix(rows: list[dict], names: list[str]) -> np.ndarray:
    return np.array([[r["f"].get(n, 0.0) for n in names] for r in rows], dtype=float)


def fit(x: np.ndarray, y: np.ndarray, l2: float) -> np.ndarray:
    """Logistic regression by Newton's method, the bias (column 0) not penalized."""
    w = np.zeros(x.shape[1])
    pen = np.full(x.shape[1], l2)
    pen[0] = 0.0
    for _ in range(50):
        p = 1 / (1 + np.exp(-np.clip(x @ w, -30, 30)))
        grad = x.T @ (p - y) + pen * w
        hess = (x * (p * (1 - p))[:, None]).T @ x + np.diag(pen) + 1e-9 * np.eye(x.shape[1])
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w


def folds_of(rows: list[dict], k: int, seed: int) -> dict[str, int]:
    docs = sorted({r["doc"] for r in rows})
    random.Random(seed).shuffle(docs)
    return {d: i % k for i, d in enumerate(docs)}


def cross_validate(rows: list[dict], names: list[str], l2: float, k: int = 5, seed: int = 16) -> np.ndarray:
    fold = folds_of(rows, k, seed)
    x = matrix(rows, names)
    y = np.array([r["kind"] == "yes" for r in rows], dtype=float)
    p = np.zeros(len(rows))
    for f in range(k):
        held = np.array([fold[r["doc"]] == f for r in rows])
        w = fit(x[~held], y[~held], l2)
        p[held] = 1 / (1 + np.exp(-np.clip(x[held] @ w, -30, 30)))
    return p


def auc(score: np.ndarray, y: np.ndarray) -> float:
    """The chance that a kept row scores above a hidden one (ties count half)."""
    pos, neg = score[y], score[~y]
    if not len(pos) or not len(neg):
        return float("nan")
    greater = (pos[:, None] > neg[None, :]).sum() + 0.5 * (pos[:, None] == neg[None, :]).sum()
    return float(greater / (len(pos) * len(neg)))


def figures(rows: list[dict], keep: np.ndarray, golds: list[dict]) -> dict:
    kept_yes = sum(1 for r, k in zip(rows, keep, strict=True) if k and r["kind"] == "yes")
    all_yes = sum(1 for r in rows if r["kind"] == "yes")
    n_kept = int(keep.sum())
    dev_rows = [r["row"] for r, k in zip(rows, keep, strict=True) if k and r["set"] == "dev"]
    dev_fig, _ = score(golds, {"events": dev_rows})
    fresh = [(r, k) for r, k in zip(rows, keep, strict=True) if r["set"] == "fresh"]
    f_kept = [r for r, k in fresh if k]
    f_yes = sum(1 for r in f_kept if r["kind"] == "yes")
    f_all_yes = sum(1 for r, _ in fresh if r["kind"] == "yes")
    return {
        "hidden": len(rows) - n_kept,
        "keep_p": 100 * kept_yes / max(1, n_kept),
        "keep_r": 100 * kept_yes / max(1, all_yes),
        "dev_rows": len(dev_rows),
        "dev_sp": dev_fig["strict_precision"],
        "dev_rpe": dev_fig["rows_per_real_event"],
        "dev_recall": dev_fig["recall"],
        "fresh_rows": len(f_kept),
        "fresh_p": 100 * f_yes / max(1, len(f_kept)),
        "fresh_r": 100 * f_yes / max(1, f_all_yes),
        "hidden_no": sum(1 for r, k in zip(rows, keep, strict=True) if not k and r["kind"] == "no"),
        "hidden_repeat": sum(1 for r, k in zip(rows, keep, strict=True) if not k and r["kind"] == "repeat"),
        "hidden_yes": sum(1 for r, k in zip(rows, keep, strict=True) if not k and r["kind"] == "yes"),
    }


def _line(name: str, fig: dict) -> str:
    return (
        f"{name:>14} {fig['hidden']:>6} ({fig['hidden_no']:>3}/{fig['hidden_repeat']:>3}/{fig['hidden_yes']:>3})"
        f" {fig['keep_p']:6.1f} {fig['keep_r']:6.1f}   {fig['dev_rows']:>4} {fig['dev_sp']:6.1f} {fig['dev_rpe']:5.2f}"
        f" {fig['dev_recall']:6.1f}   {fig['fresh_rows']:>4} {fig['fresh_p']:6.1f} {fig['fresh_r']:6.1f}"
    )


def judge(path: str, rows: list[dict], names: list[str], l2: float, threshold: float) -> None:
    """Every row of the articles in ``path`` (a JSONL of articles, or news-silver line numbers
    "A-B" with the dev/test articles skipped) with the probability the model fitted on every
    labelled row gives it; "HIDE" below ``threshold``."""
    x = matrix(rows, names)
    w = fit(x, np.array([r["kind"] == "yes" for r in rows], dtype=float), l2)
    with tempfile.TemporaryDirectory() as tmp:
        if Path(path).exists():
            inputs = path
        else:
            first, last = (int(n) for n in path.split("-"))
            taken = {p.stem for split in ("dev", "test") for p in (DATA / split).glob("*.json")}
            with SILVER.open(encoding="utf-8") as fh:
                chosen = [json.loads(line) for n, line in enumerate(fh, 1) if first <= n <= last]
            inputs = str(Path(tmp) / "articles.jsonl")
            _write_articles([a["id"] for a in chosen if a["id"] not in taken], Path(inputs))
        data, recorded = run_recording([inputs])
    for row in sorted(data["events"], key=lambda r: (r["mentions"][0]["doc"], r["mentions"][0]["start"])):
        f = features_of(row, recorded) or {}
        p = 1 / (1 + math.exp(-sum(float(v) * f.get(n, 0.0) for n, v in zip(names, w, strict=True))))
        m, d = row["mentions"][0], row["date"]
        print(
            f"{'HIDE' if p < threshold else 'keep'} {p:.2f} {m['doc']} s{m['sentence']} "
            f"[{row['factuality']} {d.get('resolution')} {d.get('earliest') or '-'}] {row['summary']}"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--l2", type=float, default=10.0, help="L2 penalty of the weights (default 10)")
    parser.add_argument("--without", nargs="*", default=[], help="features left out")
    parser.add_argument("--seeds", type=int, default=3, help="draws of the folds (default 3)")
    parser.add_argument("--weights", action="store_true", help="print the weights fitted on every labelled row")
    parser.add_argument("--judge", metavar="ARTICLES", help="a JSONL of articles, or news-silver lines A-B")
    parser.add_argument("--threshold", type=float, default=0.4, help="rows below it hidden (--judge)")
    args = parser.parse_args()
    dev, golds = dev_set()
    fresh = fresh_set()
    rows = [r for r in dev + fresh if r["f"] is not None]
    print(
        f"rows: dev {len(dev)}, fresh {len(fresh)} (labelled rows extract still gives); "
        f"keep: {sum(r['kind'] == 'yes' for r in rows)} of {len(rows)}"
    )
    names = ["bias", *sorted({k for r in rows for k in r["f"]} - {"bias", *args.without})]
    if args.judge:
        judge(args.judge, rows, names, args.l2, args.threshold)
        return 0
    if args.weights:
        x = matrix(rows, names)
        w = fit(x, np.array([r["kind"] == "yes" for r in rows], dtype=float), args.l2)
        for n, v in sorted(zip(names, w.tolist(), strict=True), key=lambda kv: -abs(kv[1])):
            print(f"  {n:22} {v:+.3f}")
        return 0
    p = cross_validate(rows, names, args.l2)
    y = np.array([r["kind"] == "yes" for r in rows])
    conf = np.array([r["row"].get("confidence", 0.0) for r in rows])
    for name, sub in (
        ("all", np.ones(len(rows), dtype=bool)),
        ("dev", np.array([r["set"] == "dev" for r in rows])),
        ("fresh", np.array([r["set"] == "fresh" for r in rows])),
    ):
        model, today = auc(p[sub], y[sub]), auc(conf[sub], y[sub])
        print(f"AUC of keep ({name}, held apart): model {model:.3f}, confidence {today:.3f}")
    others = [cross_validate(rows, names, args.l2, seed=16 + s) for s in range(1, args.seeds)]
    print(
        f"{'':>14} {'hidden (no/rep/yes)':>20} {'keepP':>6} {'keepR':>6}   {'dev':>4} {'strict':>6} {'r/ev':>5}"
        f" {'recall':>6}   {'fresh':>5} {'real%':>6} {'real kept':>6}"
    )
    for t in THRESHOLDS:
        keep = p >= t
        print(_line(f"model >= {t:.2f}", figures(rows, keep, golds)))
        for q in others:
            print(_line("(other draw)", figures(rows, q >= t, golds)))
        hide = int((~keep).sum())
        if hide:
            order = np.lexsort((np.random.default_rng(16).random(len(rows)), conf))  # ties in random order
            by_conf = np.ones(len(rows), dtype=bool)
            by_conf[order[:hide]] = False
            print(_line("confidence", figures(rows, by_conf, golds)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
