"""Experiment: can a model learned from the dev split's rows tell right rows from wrong ones on test?

    python benchmarks/rowmodel.py [--lam 10] [--vectors]

The rules decide which words become rows; this asks whether a small learned filter on top of them
would pay. It runs the default chronology on the event set's dev and test splits (as
benchmarks/events.py does), labels each row "right" when it is the first row of a gold event (strict
precision's numerator), describes it by what the row and a parse of its sentence show (factuality,
way of dating, the trigger's part of speech, dependency and tag, negation, subject and object,
reporting or light verb, summary length and pronoun opener, sentence position, actors, places,
claims, quotes, other rows of the sentence, earlier rows of the same verb, the row's confidence;
with --vectors also the parser's 96 contextual features of the trigger), fits an L2-regularised
logistic regression on dev (Newton's method) and prints, on test: the area under the ROC curve
of the model and of `confidence` alone, and what dropping the rows under a cut would do to the
rows kept and the right rows lost. Nothing is tuned on test: the cuts are listed, not chosen.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import events  # noqa: E402

from timeline.nlp import build_nlp  # noqa: E402

_REPORTING = frozenset(
    "say tell announce report state add note claim confirm deny insist warn explain describe declare stress "
    "urge".split()
)
_LIGHT = frozenset("be have do make take give get".split())
_PRONOUNS = frozenset("he she it they we i you this that these those who which".split())


def _trigger_token(doc, trigger: str):
    at = doc.text.find(trigger)
    span = doc.char_span(at, at + len(trigger), alignment_mode="expand") if at >= 0 else None
    return span.root if span is not None else None


def features(rows: list[dict], nlp, vectors: bool) -> tuple[list[str], np.ndarray]:
    """One feature vector per row (the names, then the matrix)."""
    by_doc: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for i, row in enumerate(rows):
        by_doc[row["mentions"][0]["doc"]].append((row["mentions"][0]["start"], i))
    context: dict[int, tuple[int, int]] = {}
    for found in by_doc.values():
        found.sort()
        per_sentence = Counter(rows[i]["mentions"][0]["sentence"] for _, i in found)
        seen: Counter[str] = Counter()
        for _, i in found:
            lemma = rows[i]["predicate"]["lemma"]
            context[i] = (per_sentence[rows[i]["mentions"][0]["sentence"]] - 1, seen[lemma])
            seen[lemma] += 1
    dicts, vecs = [], []
    for i, (row, doc) in enumerate(zip(rows, nlp.pipe(r["mentions"][0]["text"] for r in rows), strict=True)):
        mention, date = row["mentions"][0], row["date"]
        words = row["summary"].split()
        f = {
            f"factuality={row.get('factuality')}": 1.0,
            f"resolution={date.get('resolution')}": 1.0,
            f"precision={date.get('precision')}": 1.0,
            "reporting verb": float(row["predicate"]["lemma"] in _REPORTING),
            "light verb": float(row["predicate"]["lemma"] in _LIGHT),
            "summary length": min(len(words), 40) / 40,
            "summary <= 4 words": float(len(words) <= 4),
            "summary opens on a pronoun": float(bool(words) and words[0].lower() in _PRONOUNS),
            "sentence length": min(len(mention["text"].split()), 80) / 80,
            "sentence position": min(mention["sentence"], 30) / 30,
            "lead sentence": float(mention["sentence"] <= 1),
            "actors": min(len(row["actors"]), 4) / 4,
            "an agent": float(any(a["role"] == "agent" for a in row["actors"])),
            "a person": float(any(a["type"] == "PERSON" for a in row["actors"])),
            "a place": float(bool(row["places"])),
            "a claim": float(bool(row.get("claims"))),
            "quote marks in the sentence": float('"' in mention["text"] or "\u201c" in mention["text"]),
            "other rows of the sentence": min(context[i][0], 4) / 4,
            "earlier rows of the verb": min(context[i][1], 3) / 3,
            "sources": min(len(row["sources"]), 3) / 3,
            "confidence": float(row.get("confidence", 0.0)),
        }
        token = _trigger_token(doc, mention["trigger"])
        if token is None:
            f["trigger not found"] = 1.0
        else:
            f.update({f"pos={token.pos_}": 1.0, f"dep={token.dep_}": 1.0, f"tag={token.tag_}": 1.0})
            f[f"head pos={token.head.pos_}"] = 1.0
            f["negated"] = float(any(c.dep_ == "neg" for c in token.children))
            f["a subject"] = float(any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children))
            f["an object"] = float(any(c.dep_ == "dobj" for c in token.children))
        dicts.append(f)
        if vectors:
            tensor = doc.tensor
            ok = token is not None and tensor is not None and len(tensor) > token.i
            vecs.append(tensor[token.i][:96] / 5 if ok else np.zeros(96))
    names = sorted({k for f in dicts for k in f})
    matrix = np.array([[f.get(k, 0.0) for k in names] for f in dicts])
    if vectors:
        names += [f"vector {k}" for k in range(96)]
        matrix = np.hstack([matrix, np.array(vecs)])
    return names, matrix


def fit(x: np.ndarray, y: np.ndarray, lam: float) -> np.ndarray:
    """L2-regularised logistic regression by Newton's method; the last weight is the intercept."""
    x1 = np.hstack([x, np.ones((len(x), 1))])
    w = np.zeros(x1.shape[1])
    penalty = np.r_[np.ones(len(w) - 1), 0.0] * lam
    for _ in range(100):
        p = 1 / (1 + np.exp(-x1 @ w))
        grad = x1.T @ (p - y) + penalty * w
        hess = x1.T @ (x1 * (p * (1 - p))[:, None]) + np.diag(penalty)
        w -= np.linalg.solve(hess, grad)
        if np.abs(grad).max() < 1e-8:
            break
    return w


def predict(x: np.ndarray, w: np.ndarray) -> np.ndarray:
    return 1 / (1 + np.exp(-np.hstack([x, np.ones((len(x), 1))]) @ w))


def auc(scores: np.ndarray, labels: np.ndarray) -> float:
    """The chance that a right row scores above a wrong one (ties half)."""
    right, wrong = scores[labels == 1], scores[labels == 0]
    if not len(right) or not len(wrong):
        return float("nan")
    above = (right[:, None] > wrong[None, :]).sum() + 0.5 * (right[:, None] == wrong[None, :]).sum()
    return float(above / (len(right) * len(wrong)))


def labelled(split: str, nlp, vectors: bool) -> tuple[list[str], np.ndarray, np.ndarray]:
    golds = events.load_gold(split)
    rows = events.run_extract(golds, [])["events"]
    _, matches = events.match_rows(golds, rows)
    names, x = features(rows, nlp, vectors)
    return names, x, np.array([float(bool(first)) for _, first in matches])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lam", type=float, default=10.0, help="L2 penalty (default 10)")
    parser.add_argument("--vectors", action="store_true", help="add the parser's contextual features of the trigger")
    args = parser.parse_args()
    nlp = build_nlp(exclude=("ner",))
    dev_names, dev_x, dev_y = labelled("dev", nlp, args.vectors)
    test_names, test_x, test_y = labelled("test", nlp, args.vectors)
    names = sorted(set(dev_names) | set(test_names), key=lambda n: (n.startswith("vector "), n))

    def aligned(own: list[str], x: np.ndarray) -> np.ndarray:
        where = {n: k for k, n in enumerate(own)}
        return np.array([[row[where[n]] if n in where else 0.0 for n in names] for row in x])

    dev_x, test_x = aligned(dev_names, dev_x), aligned(test_names, test_x)
    w = fit(dev_x, dev_y, args.lam)
    p = predict(test_x, w)
    conf = test_x[:, names.index("confidence")]
    print(f"rows: dev {len(dev_y)} ({int(dev_y.sum())} right), test {len(test_y)} ({int(test_y.sum())} right)")
    print(f"AUC on dev (fitted on it): {auc(predict(dev_x, w), dev_y):.3f}")
    print(f"AUC on test: model {auc(p, test_y):.3f}, confidence alone {auc(conf, test_y):.3f}")
    print("cut  rows kept  right kept  strict precision")
    for cut in (0.0, 0.3, 0.4, 0.5, 0.6):
        keep = p >= cut
        kept = int(keep.sum())
        print(f"{cut:.1f}  {kept:9d}  {int(test_y[keep].sum()):10d}  {100 * test_y[keep].sum() / max(kept, 1):16.1f}")
    print("largest weights:")
    for name, weight in sorted(zip(names, w[:-1], strict=True), key=lambda t: -abs(t[1]))[:12]:
        print(f"  {weight:+.2f} {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
