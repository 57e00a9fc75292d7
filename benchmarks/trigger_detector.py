"""Could a learned token-level detector find the happenings the rules miss? (issue 16, recall)

    python benchmarks/trigger_detector.py [--l2 1.0] [--epochs 300] [--json]

An experiment, not part of the tool. The chronology lists about two thirds of the test split's gold
happenings (a blind second annotator: 94%), and most of the missed ones get no row even with
`--all-events`. This asks whether a small model of the words that name happenings could point at
them: a logistic regression over each content word (verb, noun, proper noun, adjective, auxiliary,
number, adverb) of the dev split's articles, labelled by whether it overlaps a gold trigger or an
`also` mention, with features of the word and its parse (part of speech, tag, dependency, lemma,
last four letters, head's part of speech, dependency and lemma, children, a date among its
dependents, inside a quotation, first sentence, named entity) and of what the rules made of it
(a row in the default chronology, a row with `--all-events`). Fitted on dev, judged on test (the
test split's figures only, never its rows).

Printed: the area under the ROC curve on test, for all content words and for the words no default
row stands on; then, taking those words in order of probability, how many gold happenings that no
row found the top N would add, how many words belong to happenings a row already found (they would
be repeats), and how many name no happening. Findings: benchmarks/README.md, "Issue 16,
twenty-first session".
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from events import _spans, load_gold, match_rows, run_extract  # noqa: E402
from events_gold import article  # noqa: E402

from timeline.nlp import build_nlp  # noqa: E402

CONTENT = frozenset("VERB NOUN PROPN ADJ AUX NUM ADV".split())
QUOTES = frozenset(['"', "“", "”", "''", "``"])
TOP = (25, 50, 100, 200, 300)


def _overlaps(s: int, e: int, spans) -> bool:
    return any(s < b and a < e for a, b in spans)


def _row_spans(data: dict) -> dict[str, list[tuple[int, int]]]:
    out: dict[str, list[tuple[int, int]]] = {}
    for event in data["events"]:
        for m in event["mentions"]:
            out.setdefault(m["doc"], []).append((m["start"], m["end"]))
    return out


def word_features(t, in_default: bool, in_all: bool) -> list[str]:
    sent = t.sent
    quoted = sum(1 for x in sent if x.i < t.i and x.text in QUOTES) % 2
    near = [c for c in t.children] + [g for c in t.children for g in c.children]
    feats = [
        f"pos={t.pos_}",
        f"tag={t.tag_}",
        f"dep={t.dep_}",
        f"hpos={t.head.pos_}",
        f"hdep={t.head.dep_}",
        f"lem={t.lemma_.lower()}",
        f"hlem={t.head.lemma_.lower()}",
        f"suffix={t.lemma_.lower()[-4:]}",
        f"kids={min(len(near), 6)}",
    ]
    feats += [
        name
        for name, on in (
            ("default_row", in_default),
            ("all_events_row", in_all),
            ("quoted", quoted),
            ("first_sentence", sent.start == 0),
            ("date_dependent", any(c.ent_type_ in ("DATE", "TIME") for c in near)),
            ("entity", t.ent_type_ != ""),
            ("det", any(c.dep_ == "det" for c in t.children)),
            ("poss", any(c.dep_ == "poss" for c in t.children)),
        )
        if on
    ]
    return feats


def words_of(split: str, nlp) -> tuple[list[dict], dict, list[list[str]], np.ndarray, list[tuple[str, int, int]]]:
    golds = load_gold(split)
    default, everything = run_extract(golds, []), run_extract(golds, ["--all-events"])
    in_default, in_all = _row_spans(default), _row_spans(everything)
    texts = [article(g["id"], g.get("corpus", "news-silver"))["text"] for g in golds]
    feats, labels, where = [], [], []
    for g, doc in zip(golds, nlp.pipe(texts), strict=True):
        gold_spans = [sp for ev in g["events"] for sp in _spans(ev)]
        for t in doc:
            if t.pos_ not in CONTENT:
                continue
            s, e = t.idx, t.idx + len(t)
            feats.append(
                word_features(t, _overlaps(s, e, in_default.get(g["id"], [])), _overlaps(s, e, in_all.get(g["id"], [])))
            )
            labels.append(_overlaps(s, e, gold_spans))
            where.append((g["id"], s, e))
    return golds, default, feats, np.array(labels, dtype=float), where


def fit(feats: list[list[str]], y: np.ndarray, l2: float, epochs: int, lr: float = 0.1) -> dict[str, float]:
    """Logistic regression, full-batch gradient descent (Adam, step ``lr``) over the sparse binary features."""
    vocab = {f: i for i, f in enumerate(sorted({f for fs in feats for f in fs}))}
    idx = [np.array([vocab[f] for f in fs], dtype=np.int64) for fs in feats]
    flat, rows = np.concatenate(idx), np.repeat(np.arange(len(idx)), [len(i) for i in idx])
    w, b = np.zeros(len(vocab)), 0.0
    m, v, mb, vb = np.zeros_like(w), np.zeros_like(w), 0.0, 0.0
    for step in range(1, epochs + 1):
        z = np.bincount(rows, weights=w[flat], minlength=len(idx)) + b
        err = 1 / (1 + np.exp(-z)) - y
        grad = np.bincount(flat, weights=err[rows], minlength=len(vocab)) / len(y) + l2 * w / len(y)
        gb = err.mean()
        m, v = 0.9 * m + 0.1 * grad, 0.999 * v + 0.001 * grad**2
        mb, vb = 0.9 * mb + 0.1 * gb, 0.999 * vb + 0.001 * gb**2
        w -= lr * (m / (1 - 0.9**step)) / (np.sqrt(v / (1 - 0.999**step)) + 1e-8)
        b -= lr * (mb / (1 - 0.9**step)) / (np.sqrt(vb / (1 - 0.999**step)) + 1e-8)
    weights = {f: float(w[i]) for f, i in vocab.items()}
    weights["<bias>"] = float(b)
    return weights


def predict(weights: dict[str, float], feats: list[list[str]]) -> np.ndarray:
    z = np.array([weights["<bias>"] + sum(weights.get(f, 0.0) for f in fs) for fs in feats])
    return 1 / (1 + np.exp(-z))


def auc(y: np.ndarray, p: np.ndarray) -> float:
    order = np.argsort(p, kind="stable")
    ranks = np.empty(len(p))
    ranks[order] = np.arange(1, len(p) + 1)
    pos = y.sum()
    return float((ranks[y == 1].sum() - pos * (pos + 1) / 2) / (pos * (len(y) - pos)))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--epochs", type=int, default=300)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    nlp = build_nlp()
    _, _, dev_feats, dev_y, _ = words_of("dev", nlp)
    golds, default, feats, y, where = words_of("test", nlp)
    weights = fit(dev_feats, dev_y, args.l2, args.epochs)
    p = predict(weights, feats)
    bare = np.array(["default_row" not in fs for fs in feats])
    gold_events, matches = match_rows(golds, default["events"])
    found = {k for hits, _ in matches for k in hits}
    keyed = [(g["id"], ev) for g in golds for ev in g["events"]]
    new: set[int] = set()
    already = not_real = 0
    table = []
    for n, i in enumerate(sorted(np.flatnonzero(bare), key=lambda i: -p[i]), 1):
        doc_id, s, e = where[i]
        keys = [k for k, (d, ev) in enumerate(keyed) if d == doc_id and _overlaps(s, e, _spans(ev))]
        if not keys:
            not_real += 1
        elif all(k in found for k in keys):
            already += 1
        else:
            new.update(k for k in keys if k not in found)
        if n in TOP:
            table.append(
                {
                    "top": n,
                    "probability_at_least": round(float(p[i]), 2),
                    "new_gold_events": len(new),
                    "words_of_found_events": already,
                    "not_real": not_real,
                }
            )
    result = {
        "dev_words": len(dev_y),
        "test_words": len(y),
        "test_gold_events": len(gold_events),
        "test_gold_events_found": len(found),
        "auc_test": round(auc(y, p), 3),
        "auc_test_words_without_a_row": round(auc(y[bare], p[bare]), 3),
        "top": table,
    }
    if args.json:
        print(json.dumps(result, indent=1))
        return 0
    print(
        f"dev words {result['dev_words']}, test words {result['test_words']}; test gold happenings "
        f"{result['test_gold_events']}, found by the default chronology {result['test_gold_events_found']}"
    )
    print(
        f"AUC on test: all content words {result['auc_test']}, words no default row stands on "
        f"{result['auc_test_words_without_a_row']}"
    )
    print("words no default row stands on, most probable first:")
    for r in table:
        print(
            f"  top {r['top']:>3} (p >= {r['probability_at_least']:.2f}): {r['new_gold_events']} new gold happenings, "
            f"{r['words_of_found_events']} words of happenings already found, {r['not_real']} naming none"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
