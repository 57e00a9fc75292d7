"""Would a learned trigger detector find the happenings the rules miss? (issue 16, recall; dev only)

    TIMELINE_SHARED=/work/shared python benchmarks/trigger_study.py [--folds 5] [--l2 3] [--epochs 400]
                                                                     [--ablate] [--show N] [--residual]
                                                                     [--cache FILE] [--json]

A study, not part of the tool (session 34, brief h45learn). The rules find about three quarters of
dev's gold happenings, and most of the rest get no row even with `--all-events`. This asks whether a
token classifier trained on the dev gold points at those happenings with a precision worth having.
Unlike trigger_detector.py (fitted on dev, judged on test) it never touches the test split.

- Each word of a dev article (verb, noun, proper noun, adjective, adverb, number, auxiliary) parsed
  with the tool's own pipeline is labelled 1 when it overlaps a gold trigger or an `also` mention
  (with `--residual`: only the words no default row sits on are fitted and scored, labelled 1 when
  they belong to a gold happening no default row found, the words an added row would have to hit).
- Features (strings, one weight each): the word's lemma, part of speech, tag, dependency, suffix,
  morphology; its head's lemma, part of speech and dependency (for an object of a preposition, the
  preposition and what it hangs on); its dependents' labels and the lemmas of its auxiliaries,
  negations, determiners, markers and particles; the words beside it; a date in its clause;
  quotation, first sentence, named entity; what the rules make of it (in triggers.EVENT_NOUNS,
  triggers.is_trigger, a default row on it, a row with `--all-events` on it); and where the default
  rows stand around it (in its sentence, on its head or a dependent, on a word of its stem).
- A logistic regression (numpy, full-batch Adam, L2), cross-validated in `--folds` folds BY FILE
  (every article is scored by a model that never saw it).

Printed, for dev and for dev8 alone (the 16 articles annotated blind in session 33, the least
tuned-on part of dev): the AUC; token-level precision/recall of the rules (the words default rows
sit on), of the classifier above thresholds t and of "rules OR classifier >= t"; then what the words
the classifier adds (above t, or its N likeliest, with no default row on them) would be as rows:
`new` (the first word of a gold happening no default row found; split into happenings
`--all-events` had as a candidate and those no row had at all), `repeat` (a word of a happening
already found or already added) or `false` (a word of no gold happening), also by part of speech.
`--ablate` refits without each feature group (AUC and top 100); `--show N` prints N added words per
verdict at the middle threshold; `--cache FILE` keeps the parsed words for reruns. About 1.5 minutes
(two extracts of dev, one parse, the fits; 2.5 with --ablate).

Findings (session 34, dev, 5-fold by file): AUC 0.957 (0.918 on the words no row sits on), but the
words it would add are mostly repeats and non-happenings: its 25 / 100 likeliest words without a
row are 6/11/8 and 22/48/30 new/repeat/false (with `--residual` 11/4/10 and 29/26/45): at most
about 44% of added rows right, for +1.1 to +3.0 points of recall. Not wired into the tool.
"""

from __future__ import annotations

import argparse
import json
import pickle
import random
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from events import _spans, load_gold, match_rows, run_extract  # noqa: E402
from events_gold import article, batch  # noqa: E402
from trigger_detector import _overlaps, _row_spans, auc, predict  # noqa: E402
from trigger_detector import fit as _fit  # noqa: E402

from timeline.analysis import load_pipeline  # noqa: E402
from timeline.extract.stems import WEAK_STEMS, stem  # noqa: E402
from timeline.extract.triggers import EVENT_NOUNS, is_trigger  # noqa: E402

CONTENT = frozenset("VERB NOUN PROPN ADJ AUX NUM ADV".split())
QUOTES = frozenset(['"', "“", "”", "''", "``"])
THRESHOLDS = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]  # --residual: 0.1 ... 0.5 (its labels are rarer)
RESIDUAL_THRESHOLDS = [0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5]
DATES = frozenset({"DATE", "TIME"})
_CLAUSE_DEPS = frozenset({"ccomp", "advcl", "relcl", "xcomp", "conj", "acl", "parataxis", "csubj"})
# feature groups (by prefix) for --ablate
GROUPS = {
    "rules": ("rule_", "in_event_nouns"),
    "rows around": ("rowctx_",),
    "lemma": ("lem=", "lempos=", "suf="),
    "head": ("h", "prep="),
    "children": ("cdep=", "clem="),
    "context": ("prev", "next", "date_", "quoted", "first_sentence", "ent="),
    "syntax": ("pos=", "tag=", "dep=", "posdep=", "morph="),
}


def _clause_verb(t):
    """The verb heading the word's clause: the word itself if a verb, else its nearest verb above."""
    x = t
    for _ in range(8):
        if x.pos_ in ("VERB", "AUX") or x.dep_ == "ROOT":
            return x
        x = x.head
    return x


def _dated(verb) -> bool:
    """A date or time among the clause verb's dependents, or their dependents (not in a clause below)."""
    for c in verb.children:
        if c.dep_ in _CLAUSE_DEPS:
            continue
        if c.ent_type_ in DATES or any(g.ent_type_ in DATES for g in c.children):
            return True
    return False


def row_context(t, on_row: set[int], row_stems: set[str]) -> list[str]:
    """Where the default rows stand around the word (on_row: indices of the words rows sit on; row_stems:
    their derivational stems in the article): a row in its sentence, on its head or a dependent,
    on a word of the same stem elsewhere (a repeat: "won" ... "the win")."""
    sent = t.sent
    n = sum(1 for i in range(sent.start, sent.end) if i in on_row and i != t.i)
    feats = [f"rowctx_sentence_rows={min(n, 2)}"]
    if t.head.i != t.i and t.head.i in on_row:
        feats.append("rowctx_head_row")
    if any(c.i in on_row for c in t.children):
        feats.append("rowctx_child_row")
    st = stem(t.lemma_.lower())
    if st in row_stems and t.i not in on_row:
        feats.append("rowctx_same_stem_row" + ("_weak" if st in WEAK_STEMS else ""))
    return feats


def word_features(t, in_default: bool, in_all: bool) -> list[str]:
    lem = t.lemma_.lower()
    head = t.head
    sent = t.sent
    feats = [
        f"pos={t.pos_}",
        f"tag={t.tag_}",
        f"dep={t.dep_}",
        f"posdep={t.pos_}|{t.dep_}",
        f"lem={lem}",
        f"lempos={lem}|{t.pos_}",
        f"suf={lem[-3:]}",
        f"hpos={head.pos_}",
        f"hdep={head.dep_}",
        f"hlem={head.lemma_.lower()}",
        f"hposdep={t.dep_}|{head.pos_}",
        f"hlemdep={t.dep_}|{head.lemma_.lower()}",
        f"prev={t.nbor(-1).lower_ if t.i > sent.start else '<s>'}",
        f"prevtag={t.nbor(-1).tag_ if t.i > sent.start else '<s>'}",
        f"nexttag={t.nbor(1).tag_ if t.i + 1 < sent.end else '</s>'}",
        f"ent={t.ent_type_ or '-'}",
    ]
    feats += [f"morph={m}" for m in str(t.morph).split("|") if m.split("=")[0] in ("Tense", "VerbForm", "Number")]
    if t.dep_ == "pobj":
        feats += [f"prep={head.lower_}", f"prep={head.lower_}|{head.head.pos_}"]
    for c in t.children:
        feats.append(f"cdep={c.dep_}")
        if c.dep_ in ("aux", "auxpass", "neg", "det", "mark", "prt"):
            feats.append(f"clem={c.dep_}|{c.lower_}")
    quoted = sum(1 for x in sent if x.i < t.i and x.text in QUOTES) % 2
    feats += [
        name
        for name, on in (
            ("rule_default_row", in_default),
            ("rule_all_events_row", in_all),
            ("rule_all_events_only", in_all and not in_default),
            ("rule_is_trigger", is_trigger(t)),
            ("in_event_nouns", lem in EVENT_NOUNS),
            ("date_in_clause", _dated(_clause_verb(t))),
            ("date_child", any(c.ent_type_ in DATES for c in t.children)),
            ("quoted", quoted),
            ("first_sentence", sent.start == 0),
        )
        if on
    ]
    return feats


def collect(nlp) -> dict:
    golds = load_gold("dev")
    t0 = time.time()
    default = run_extract(golds, [])
    everything = run_extract(golds, ["--all-events"])
    t1 = time.time()
    in_default, in_all = _row_spans(default), _row_spans(everything)
    texts = [article(g["id"], g.get("corpus", "news-silver"))["text"] for g in golds]
    keyed = [(g["id"], ev) for g in golds for ev in g["events"]]  # match_rows' order
    _, matches = match_rows(golds, default["events"])
    found = {k for hits, _ in matches for k in hits}
    _, matches_all = match_rows(golds, everything["events"])
    found_all = {k for hits, _ in matches_all for k in hits}
    by_doc: dict[str, list[tuple[int, list[tuple[int, int]]]]] = {}
    for k, (doc_id, ev) in enumerate(keyed):
        by_doc.setdefault(doc_id, []).append((k, _spans(ev)))
    feats, labels, where, events_of, rule, kinds = [], [], [], [], [], []
    covered: set[int] = set()
    for g, doc in zip(golds, nlp.pipe(texts), strict=True):
        on_row = {t.i for t in doc if _overlaps(t.idx, t.idx + len(t), in_default.get(g["id"], []))}
        row_stems = {stem(doc[i].lemma_.lower()) for i in on_row}
        for t in doc:
            if t.pos_ not in CONTENT:
                continue
            s, e = t.idx, t.idx + len(t)
            d = t.i in on_row
            keys = [k for k, spans in by_doc.get(g["id"], []) if _overlaps(s, e, spans)]
            covered.update(keys)
            feats.append(
                word_features(t, d, _overlaps(s, e, in_all.get(g["id"], []))) + row_context(t, on_row, row_stems)
            )
            labels.append(bool(keys))
            where.append((g["id"], s, e, t.text, t.sent.text))
            events_of.append(keys)
            rule.append(d)
            kinds.append(
                f"{t.pos_} {t.dep_}" if t.dep_ in ("ROOT", "pobj", "dobj", "nsubj", "ccomp", "conj") else t.pos_
            )
    t2 = time.time()
    return {
        "golds": golds,
        "keyed": keyed,
        "found": found,
        "found_all": found_all,
        "covered": covered,
        "feats": feats,
        "y": np.array(labels, dtype=float),
        "where": where,
        "events_of": events_of,
        "rule": np.array(rule, dtype=bool),
        "kinds": kinds,
        "seconds": {"extract": round(t1 - t0), "parse": round(t2 - t1)},
    }


def fit(feats: list[list[str]], y: np.ndarray, l2: float, epochs: int) -> dict[str, float]:
    """Logistic regression by full-batch Adam over the binary features (trigger_detector's, a smaller step)."""
    return _fit(feats, y, l2, epochs, lr=0.05)


def residual_target(data: dict) -> tuple[np.ndarray, np.ndarray]:
    """For --residual: the words no default row sits on, labelled 1 when they belong to a gold
    happening no default row found (the words an added row would have to hit)."""
    found = data["found"]
    y = np.array([any(k not in found for k in keys) for keys in data["events_of"]], dtype=float)
    return y, ~data["rule"]


def cross_validate(
    data: dict,
    folds: int,
    l2: float,
    epochs: int,
    drop: tuple[str, ...] = (),
    residual: bool = False,
) -> np.ndarray:
    """Each word's probability from the model fitted on the other folds' files (with `residual`,
    fitted on and given to the words without a default row only, 0 elsewhere)."""
    docs = sorted({w[0] for w in data["where"]})
    random.Random(16).shuffle(docs)
    fold_of = {d: i % folds for i, d in enumerate(docs)}
    feats = data["feats"]
    if drop:
        feats = [[f for f in fs if not f.startswith(drop)] for fs in feats]
    fold = np.array([fold_of[w[0]] for w in data["where"]])
    y, keep = residual_target(data) if residual else (data["y"], np.ones(len(feats), dtype=bool))
    p = np.zeros(len(feats))
    for k in range(folds):
        train = np.flatnonzero((fold != k) & keep)
        test = np.flatnonzero((fold == k) & keep)
        weights = fit([feats[i] for i in train], y[train], l2, epochs)
        p[test] = predict(weights, [feats[i] for i in test])
    return p


def _pr(tp: int, n_pred: int, n_pos: int) -> tuple[float, float]:
    return (round(100 * tp / n_pred, 1) if n_pred else 0.0, round(100 * tp / n_pos, 1) if n_pos else 0.0)


def token_table(data: dict, p: np.ndarray, mask: np.ndarray) -> list[dict]:
    y, rule = data["y"][mask].astype(bool), data["rule"][mask]
    p = p[mask]
    out = []
    prec, rec = _pr(int((y & rule).sum()), int(rule.sum()), int(y.sum()))
    out.append({"what": "rules (default rows)", "words": int(rule.sum()), "precision": prec, "recall": rec})
    for t in THRESHOLDS:
        c = p >= t
        prec, rec = _pr(int((y & c).sum()), int(c.sum()), int(y.sum()))
        both = c | rule
        bprec, brec = _pr(int((y & both).sum()), int(both.sum()), int(y.sum()))
        out.append(
            {
                "what": f"t={t}",
                "words": int(c.sum()),
                "precision": prec,
                "recall": rec,
                "or_rules_words": int(both.sum()),
                "or_rules_precision": bprec,
                "or_rules_recall": brec,
            }
        )
    return out


def added_rows(data: dict, p: np.ndarray, mask: np.ndarray, t: float) -> dict:
    """The words above t that no default row sits on, taken as rows in article order: new (first word
    of a gold happening no default row found), repeat (of a happening found or already added), false."""
    found = data["found"]
    new: set[int] = set()
    counts: Counter = Counter()
    by_kind: dict[str, Counter] = {}
    samples: dict[str, list] = {"new": [], "repeat": [], "false": []}
    for i in np.flatnonzero(mask & ~data["rule"] & (p >= t)):
        keys = data["events_of"][i]
        if not keys:
            verdict = "false"
        elif all(k in found or k in new for k in keys):
            verdict = "repeat"
        else:
            verdict = "new"
            fresh = [k for k in keys if k not in found and k not in new]
            counts["new_had_candidate" if any(k in data["found_all"] for k in fresh) else "new_no_candidate"] += 1
            new.update(fresh)
        counts[verdict] += 1
        by_kind.setdefault(data["kinds"][i], Counter())[verdict] += 1
        samples[verdict].append((round(float(p[i]), 2), data["where"][i]))
    return {
        "t": t,
        **{k: counts[k] for k in ("new", "repeat", "false", "new_had_candidate", "new_no_candidate")},
        "samples": samples,
        "by_kind": by_kind,
    }


TOP = (25, 50, 100, 200)


def top_added(data: dict, p: np.ndarray, mask: np.ndarray) -> list[dict]:
    """The same verdicts for the N likeliest words no default row sits on (N in TOP): comparable
    across models whatever their calibration."""
    order = [i for i in np.argsort(-p, kind="stable") if mask[i] and not data["rule"][i]]
    out = []
    for n in TOP:
        chosen = np.zeros(len(p), dtype=bool)
        chosen[order[:n]] = True
        a = added_rows(data, np.where(chosen, 1.0, 0.0), chosen, 0.5)
        out.append(
            {
                "top": n,
                "p_at_least": round(float(p[order[min(n, len(order)) - 1]]), 2),
                "new": a["new"],
                "repeat": a["repeat"],
                "false": a["false"],
            }
        )
    return out


def missed(data: dict, docs: set[str]) -> tuple[int, int, int]:
    keys = [k for k, (d, _) in enumerate(data["keyed"]) if d in docs]
    miss = [k for k in keys if k not in data["found"]]
    return len(keys), len(miss), sum(1 for k in miss if k not in data["found_all"])


def report(data: dict, p: np.ndarray, docs: set[str], name: str, show: int, residual: bool) -> dict:
    mask = np.array([w[0] in docs for w in data["where"]])
    n_gold, n_miss, n_none = missed(data, docs)
    y = residual_target(data)[0][mask] if residual else data["y"][mask]
    bare = ~data["rule"][mask]
    res = {
        "name": name,
        "documents": len(docs),
        "words": int(mask.sum()),
        "gold_words": int(y.sum()),
        "gold_events": n_gold,
        "missed_by_default": n_miss,
        "missed_no_candidate": n_none,
        "auc": None if residual else round(auc(y, p[mask]), 3),
        "auc_words_without_default_row": round(auc(y[bare], p[mask & ~data["rule"]]), 3),
        "tokens": token_table(data, p, mask),
        "added": [added_rows(data, p, mask, t) for t in THRESHOLDS],
    }
    print(
        f"\n== {name}: {res['documents']} files, {res['words']} content words ({res['gold_words']} labelled 1), "
        f"{n_gold} gold happenings; the default rows miss {n_miss}, of which {n_none} no row "
        f"has even with --all-events"
    )
    print(
        f"AUC: all words {res['auc']}; words no default row sits on {res['auc_words_without_default_row']}"
        + (" (label: a word of a happening no default row found)" if residual else " (label: a gold word)")
    )
    print(
        f"{'token level':22}{'words':>7}{'prec':>7}{'recall':>7}   | rules OR it: {'words':>6}{'prec':>7}{'recall':>7}"
    )
    for r in res["tokens"]:
        line = f"{r['what']:22}{r['words']:>7}{r['precision']:>7}{r['recall']:>7}"
        if "or_rules_words" in r:
            line += f"   |              {r['or_rules_words']:>6}{r['or_rules_precision']:>7}{r['or_rules_recall']:>7}"
        print(line)
    print("words added (above t, no default row on them), as rows:")
    print(f"{'t':>5}{'added':>7}{'new':>6}{'(cand':>7}{' none)':>7}{'repeat':>8}{'false':>7}{'new %':>7}  recall gain")
    for a in res["added"]:
        n = a["new"] + a["repeat"] + a["false"]
        print(
            f"{a['t']:>5}{n:>7}{a['new']:>6}{a['new_had_candidate']:>7}{a['new_no_candidate']:>7}{a['repeat']:>8}"
            f"{a['false']:>7}{(round(100 * a['new'] / n, 1) if n else 0):>7}  +{round(100 * a['new'] / n_gold, 1)}"
        )
    res["top"] = top_added(data, p, mask)
    print("the N likeliest words no default row sits on: new/repeat/false")
    print(
        "   "
        + ", ".join(
            f"top {r['top']} (p >= {r['p_at_least']}) {r['new']}/{r['repeat']}/{r['false']}" for r in res["top"]
        )
    )
    mid = next(a for a in res["added"] if a["t"] == THRESHOLDS[len(THRESHOLDS) // 2])
    kinds = sorted(mid["by_kind"].items(), key=lambda kv: -sum(kv[1].values()))
    print(f"at t={mid['t']} by the word's part of speech (and dependency): new/repeat/false")
    print("   " + ", ".join(f"{k} {c['new']}/{c['repeat']}/{c['false']}" for k, c in kinds[:14]))
    if show:
        for verdict, items in mid["samples"].items():
            print(f"-- t={mid['t']} {verdict} (first {show} of {len(items)}):")
            for prob, (doc, _, _, word, sent) in items[:show]:
                print(f"   {prob:.2f} {doc} [{word}] {' '.join(sent.split())[:160]}")
    for a in res["added"]:
        del a["samples"]
        a["by_kind"] = {k: dict(c) for k, c in a["by_kind"].items()}
    return res


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--l2", type=float, default=3.0)
    ap.add_argument("--epochs", type=int, default=400)
    ap.add_argument("--ablate", action="store_true", help="refit without each feature group")
    ap.add_argument("--show", type=int, default=0, help="print N added words per verdict at the middle t")
    ap.add_argument(
        "--residual",
        action="store_true",
        help="fit on the words without a default row only, labelled by the happenings the rules miss",
    )
    ap.add_argument("--cache", metavar="FILE", help="keep the parsed words in FILE (reused when it exists)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    t0 = time.time()
    if args.residual:
        THRESHOLDS[:] = RESIDUAL_THRESHOLDS
    if args.cache and Path(args.cache).exists():
        data = pickle.loads(Path(args.cache).read_bytes())
    else:
        data = collect(load_pipeline())
        if args.cache:
            Path(args.cache).write_bytes(pickle.dumps(data))
    gold_hit = len(data["covered"]) / len(data["keyed"])
    print(
        f"dev: {len(data['golds'])} files, {len(data['keyed'])} gold happenings ({100 * gold_hit:.1f}% with a content "
        f"word in their trigger or an `also` mention); extract {data['seconds']['extract']}s, parse "
        f"{data['seconds']['parse']}s"
    )
    p = cross_validate(data, args.folds, args.l2, args.epochs, residual=args.residual)
    docs = {g["id"] for g in data["golds"]}
    results = {
        "dev": report(data, p, docs, f"dev, {args.folds}-fold cross-validation by file", args.show, args.residual)
    }
    dev8 = batch("dev8") & docs
    results["dev8"] = report(data, p, dev8, "dev8 alone (same cross-validated probabilities)", 0, args.residual)
    if args.residual:
        y, keep = residual_target(data)
        keep_i = np.flatnonzero(keep)
        weights = fit([data["feats"][i] for i in keep_i], y[keep_i], args.l2, args.epochs)
    else:
        weights = fit(data["feats"], data["y"], args.l2, args.epochs)
    top = sorted(((w, f) for f, w in weights.items() if f != "<bias>"), reverse=True)
    results["top_weights"] = [(f, round(w, 2)) for w, f in top[:25]]
    results["bottom_weights"] = [(f, round(w, 2)) for w, f in top[-15:]]
    print("\nfitted on all dev, largest weights: " + ", ".join(f"{f} {w}" for f, w in results["top_weights"]))
    print("most negative: " + ", ".join(f"{f} {w}" for f, w in results["bottom_weights"]))
    if args.ablate:
        print(
            "\nablation (dev, cross-validated): AUC on the words without a default row; their top 100: new/repeat/false"
        )
        results["ablation"] = {}
        full = next(r for r in results["dev"]["top"] if r["top"] == 100)
        print(
            f"  all features       : AUC {results['dev']['auc_words_without_default_row']}, "
            f"{full['new']}/{full['repeat']}/{full['false']}"
        )
        for group, prefixes in GROUPS.items():
            q = cross_validate(data, args.folds, args.l2, args.epochs, drop=prefixes, residual=args.residual)
            bare = ~data["rule"]
            target = residual_target(data)[0] if args.residual else data["y"]
            a = next(r for r in top_added(data, q, np.ones(len(q), dtype=bool)) if r["top"] == 100)
            row = {
                "auc_bare": round(auc(target[bare], q[bare]), 3),
                "new": a["new"],
                "repeat": a["repeat"],
                "false": a["false"],
            }
            results["ablation"][group] = row
            print(f"  without {group:11}: AUC {row['auc_bare']}, {row['new']}/{row['repeat']}/{row['false']}")
    print(f"\n{time.time() - t0:.0f}s")
    if args.json:
        print(json.dumps(results, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
