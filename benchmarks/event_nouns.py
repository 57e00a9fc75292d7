"""Benchmark: which nouns name an event, against TBAQ's EVENT annotations.

    python benchmarks/event_nouns.py [--shared DIR] [--limit N]

Reads the TimeML files of TBAQ (tuning and report-only parts, as benchmarks/timex.py splits them),
parses their text with the pipeline, and scores, for every common noun, the extractor's decision
"this noun names an event" (timeline.extract.triggers) against "the noun is inside a gold EVENT":
precision, recall and F1, per part, for the closed list alone and for the list with the general
rule (derivational suffix with an argument, the noun's governor, a date of its own).

``--candidates`` scores, on the tuning part only, rules one might add for the nouns the present
ones leave out (zero-derived nouns the model's lemma index also lists as verbs, "by" phrases,
subjects of causing verbs, bare gerunds, deverbal endings with a determiner): the gold and non-gold
nouns each would add, and precision and recall with it.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from timex import part_of, shared_dir  # noqa: E402

_TAG = re.compile(r"<(/?)(\w+)([^>]*)>")


def read_tml(path: Path) -> tuple[str, list[tuple[int, int]]]:
    """The <TEXT> of a TimeML file as plain text, and the character spans of its EVENTs."""
    raw = path.read_text(encoding="utf-8")
    body = raw[raw.index("<TEXT>") + 6 : raw.index("</TEXT>")]
    out: list[str] = []
    events: list[tuple[int, int]] = []
    pos = 0
    length = 0
    start = None
    for m in _TAG.finditer(body):
        piece = body[pos : m.start()]
        out.append(piece)
        length += len(piece)
        pos = m.end()
        closing, name = m.group(1), m.group(2)
        if name == "EVENT":
            if closing:
                if start is not None:
                    events.append((start, length))
                start = None
            else:
                start = length
    out.append(body[pos:])
    text = "".join(out)
    text = text.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")  # rare; offsets shift a little
    return text, events


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path)
    ap.add_argument("--limit", type=int, default=0, help="at most N files (0: all)")
    ap.add_argument("--candidates", action="store_true", help="score candidate rules on the tuning part")
    args = ap.parse_args(argv)
    if args.candidates:
        return candidates(args)
    from timeline.analysis import load_pipeline
    from timeline.extract.triggers import EVENT_NOUNS, _is_event_noun

    files = sorted((shared_dir(args.shared) / "corpora" / "tbaq").glob("*/*.tml"))
    if args.limit:
        files = files[: args.limit]
    nlp = load_pipeline(exclude=("ner",))
    counts: dict[tuple[str, str], list[int]] = {}
    docs = [read_tml(p) for p in files]
    for path, doc in zip(files, nlp.pipe((t for t, _ in docs), batch_size=16), strict=True):
        part = part_of(path.stem)
        spans = read_tml(path)[1]
        gold_at = set()
        for s, e in spans:
            gold_at.update(range(s, e))
        for tok in doc:
            if tok.pos_ != "NOUN":
                continue
            gold = tok.idx in gold_at
            for name, decide in (
                ("closed list", lambda t: t.lemma_.lower() in EVENT_NOUNS and t.dep_ != "compound"),
                ("list + general rule", _is_event_noun),
            ):
                c = counts.setdefault((part, name), [0, 0, 0])  # tp, system, gold
                said = bool(decide(tok))
                c[0] += said and gold
                c[1] += said
                c[2] += gold
    print(f"{'part':8} {'rule':22} {'P':>6} {'R':>6} {'F1':>6}   (nouns; gold = inside a TBAQ EVENT)")
    for (part, name), (tp, sys_n, gold_n) in sorted(counts.items()):
        p = tp / sys_n if sys_n else 0.0
        r = tp / gold_n if gold_n else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{part:8} {name:22} {100 * p:6.1f} {100 * r:6.1f} {100 * f:6.1f}")
    return 0


def _candidate_rules(verbs: frozenset[str]) -> dict:
    from timeline.extract.triggers import _DEVERBAL, _NOT_DEVERBAL, _NOT_GERUND

    causing = frozenset(
        "cause trigger spark prompt lead leave send force result fail hit hurt boost push drive".split()
    )

    def args(t, preps: set[str]) -> bool:
        return any(c.dep_ == "poss" and "poss" in preps or c.dep_ == "prep" and c.lower_ in preps for c in t.children)

    def gerund(t) -> bool:
        lemma = t.lemma_.lower()
        return lemma.endswith("ing") and len(lemma) > 6 and lemma not in _NOT_GERUND

    def deverbal(t) -> bool:
        lemma = t.lemma_.lower()
        return lemma not in _NOT_DEVERBAL and bool(_DEVERBAL.search(lemma))

    return {
        "verb lemma + poss/of/by/against/between": lambda t: (
            t.lemma_.lower() in verbs and args(t, {"poss", "of", "by", "against", "between"})
        ),
        "verb lemma + by/against/between": lambda t: (
            t.lemma_.lower() in verbs and args(t, {"by", "against", "between"})
        ),
        "any noun + by phrase": lambda t: args(t, {"by"}),
        "subject of a causing verb": lambda t: (
            t.dep_ == "nsubj" and t.head.pos_ == "VERB" and t.head.lemma_.lower() in causing
        ),
        "bare gerund": gerund,
        "gerund subject or object": lambda t: gerund(t) and t.dep_ in ("nsubj", "dobj", "nsubjpass"),
        "deverbal ending + determiner": lambda t: deverbal(t) and any(c.dep_ == "det" for c in t.children),
    }


def candidates(args) -> int:
    """Candidate rules for the nouns the present ones leave out, on TBAQ's tuning part."""
    from timeline.analysis import load_pipeline
    from timeline.extract.triggers import _is_event_noun

    files = [
        p for p in sorted((shared_dir(args.shared) / "corpora" / "tbaq").glob("*/*.tml")) if part_of(p.stem) == "tune"
    ]
    if args.limit:
        files = files[: args.limit]
    nlp = load_pipeline(exclude=("ner",))
    verbs = frozenset(nlp.get_pipe("lemmatizer").lemmatizer.lookups.get_table("lemma_index")["verb"])
    rules = _candidate_rules(verbs)
    added = {name: [0, 0] for name in rules}
    tp = said_n = gold_n = 0
    docs = [read_tml(p) for p in files]
    for (_, spans), doc in zip(docs, nlp.pipe((t for t, _ in docs), batch_size=16), strict=True):
        gold_at = {i for s, e in spans for i in range(s, e)}
        for tok in doc:
            if tok.pos_ != "NOUN":
                continue
            gold = tok.idx in gold_at
            said = bool(_is_event_noun(tok))
            tp += said and gold
            said_n += said
            gold_n += gold
            if said or tok.dep_ == "compound" and tok.head.pos_ in ("NOUN", "PROPN"):
                continue
            for name, rule in rules.items():
                if rule(tok):
                    added[name][0 if gold else 1] += 1
    print(f"present rules: P {100 * tp / said_n:.1f} R {100 * tp / gold_n:.1f} (tune, {gold_n} gold nouns)")
    print(f"{'candidate':42} {'+gold':>6} {'+other':>6} {'its P':>6} {'P':>6} {'R':>6}")
    for name, (g, n) in added.items():
        p = 100 * (tp + g) / (said_n + g + n)
        r = 100 * (tp + g) / gold_n
        print(f"{name:42} {g:6} {n:6} {100 * g / max(1, g + n):6.1f} {p:6.1f} {r:6.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
