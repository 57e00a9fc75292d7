"""Benchmark: the chronology's rows against the hand-made event dev set (benchmarks/data/events/).

    python benchmarks/events.py [--split dev|test|test5|dev6|test7|dev8|dev9|dev10|dev11|dev12|all] [--json]
                                 [--explain DOC|all]
                                 [-- EXTRA OPTIONS]

For each split, runs `python -m timeline extract <the split's articles> --format json --no-store`
once (the whole product: cross-document merge included; the news-silver articles with their
metadata dates, the seeds as the files in seeds/) and scores the default chronology:

- rows: events output; real: rows that match a gold event (a trigger or an `also` mention of it);
- strict precision: rows that are real and the first row for their gold event / rows;
- rows per real event: rows / gold events matched;
- recall: gold events matched by a row / gold events;
- date accuracy: dated real rows whose interval the gold accepts (exact: the same interval;
  inexact: inside it) / dated real rows; the share of real rows dated;
- actor accuracy: real rows whose actors (source role aside) are the gold actors, no fewer (names
  match through surnames, acronyms, "the" and a country's other names), no others than actors/optional/source;
- fully right: gold events with a row that has the right date (or none when the gold has none),
  the right actors and a readable summary (<= 30 words, balanced quotes);
- anchored elsewhere: rows that match no gold event although their sentence holds a gold event
  no row found (the row names the happening by another word, or a second happening of the
  sentence was missed): each costs twice, a row that is not real and a missed event;
- calibration: per confidence bin, the share of rows that are right (real, first for their gold
  event, right date: the dated interval accepted, or undated where the gold is undated).

`--by-source` scores each split's AFP, Xinhua and seed articles apart (each part extracted on its
own): the dev split is mostly Xinhua, the test split mostly AFP.

`test5` is the fifth batch of the test split alone (16 articles drawn from lines of news-silver that
nobody had read while writing rules, annotated in session 14); `dev6` is the sixth batch of the dev
split alone (16 articles from the lines still unread then, annotated in session 26, scored before
anyone tuned on them, then tuned on like the rest of dev); `test7` is the seventh batch of the test
split alone (32 articles from the lines still unread, 16 AFP and 16 Xinhua, annotated in session 33);
`dev8` the eighth batch of the dev split alone (16 articles, 8 AFP and 8 Xinhua, annotated in session
33 and scored before anyone tuned on them); `dev9` the ninth (16 articles, 8 AFP and 8 Xinhua, annotated
in session 34, scored at that session's start and end before anyone tuned on them); `dev10` the tenth
(the same, session 36); `dev11` the eleventh (the same, session 42); `dev12` the twelfth (the same,
session 43); `all` prints dev, test, test5, dev6, test7, dev8, dev9, dev10, dev11 and dev12.

With guideline-completed anchors: every run also prints the same figures a second time, the gold
events' `also` mentions completed by benchmarks/events_anchors.py (the words the guidelines say go
in `also` and the annotators often left out: the support verb of an event noun, "reached" of
"reached a deal"; the reporting verb of a reported happening, "said"; the verb of a market move,
"closed" of "closed unchanged"; the rest of a named compound, "Summit Conference"), found from a
spaCy parse of the gold article, blind to the tool's output. The block adds `turned_real` (rows
real only with the completed anchors); its `anchored_elsewhere` counts the rows that remain. A
measurement aid: the strict figures above it stay the headline ones (--json: under
"completed_anchors").

`--explain` (dev only: the test split is never looked into row by row) prints every row of a
document with its verdict, and the gold events no row found. Guidelines and how the set was made:
benchmarks/data/events/GUIDELINES.md.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from events_gold import DATA, ROOT, article, batch  # noqa: E402

from timeline.extract.gazetteer import country_name  # noqa: E402

BINS = (0.0, 0.2, 0.4, 0.6, 0.8, 1.0001)
_STOP = {"the", "of", "and", "for", "de", "al"}


def load_gold(split: str) -> list[dict]:
    if split in ("test5", "dev6", "test7", "dev8", "dev9", "dev10", "dev11", "dev12"):
        wanted = batch(split)
        return [g for g in load_gold(split.rstrip("0123456789")) if g["id"] in wanted]
    folders = ["dev", "test"] if split == "all" else [split]
    out = []
    for folder in folders:
        for path in sorted((DATA / folder).glob("*.json")):
            gold = json.loads(path.read_text(encoding="utf-8"))
            gold["split"] = folder
            out.append(gold)
    return out


def run_extract(golds: list[dict], extra: list[str], root: Path = ROOT) -> dict:
    """`timeline extract` of the checkout at root (this one by default) on the golds' articles."""
    with tempfile.TemporaryDirectory() as tmp:
        inputs = []
        silver = [g for g in golds if g.get("corpus", "news-silver") == "news-silver"]
        if silver:
            path = Path(tmp) / "articles.jsonl"
            with path.open("w", encoding="utf-8") as fh:
                for g in silver:
                    row = article(g["id"], "news-silver")
                    fh.write(json.dumps({k: row[k] for k in ("id", "date", "title", "source", "text")}) + "\n")
            inputs.append(str(path))
        for g in golds:
            if g.get("corpus") == "seeds":
                inputs.append(str(ROOT / "seeds" / f"{g['id']}.txt"))
        return extract_json(inputs, extra, root)


def extract_json(inputs: list[str], extra: list[str], root: Path = ROOT) -> dict:
    """The JSON of `timeline extract INPUTS --format json --no-store EXTRA` run by the checkout at root."""
    env = dict(os.environ, PYTHONPATH=str(root)) if root != ROOT else None
    proc = subprocess.run(
        [sys.executable, "-m", "timeline", "extract", *inputs, "--format", "json", "--no-store", *extra],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
    )
    if proc.returncode != 0:
        sys.exit(f"extract in {root} failed ({proc.returncode}): {proc.stderr.strip()[-2000:]}")
    return json.loads(proc.stdout)


def _spans(ev: dict) -> list[tuple[int, int]]:
    return [(m["start"], m["end"]) for m in [ev, *ev.get("also", [])] if "start" in m]


def _norm(name: str) -> list[str]:
    name = re.sub(r"[.\u2019'’]", "", name.lower())
    name = re.sub(r"^the\s+", "", name)
    return [w for w in re.split(r"[\s\-]+", name) if w]


def names_match(a: str, b: str) -> bool:
    ta, tb = _norm(a), _norm(b)
    if not ta or not tb:
        return False
    if ta == tb:
        return True
    country = country_name(a)
    if country is not None and country == country_name(b):
        return True  # one country under two names: "Britain", "United Kingdom", "the U.S."
    sa, sb = set(ta), set(tb)
    if sa <= sb or sb <= sa:
        return True
    for short, long_ in ((ta, tb), (tb, ta)):
        if len(short) == 1 and len(short[0]) >= 2:
            initials = "".join(w[0] for w in long_ if w not in _STOP)
            if short[0] == initials or short[0] == "".join(w[0] for w in long_):
                return True
    return False


def date_right(sys_date: dict, gold_date: dict | None) -> bool:
    if not sys_date.get("earliest"):
        return gold_date is None
    if gold_date is None:
        return False
    se, sl = sys_date["earliest"], sys_date["latest"]
    ge, gl = gold_date.get("earliest"), gold_date.get("latest")
    if gold_date.get("exact"):
        return (se, sl) == (ge, gl)
    return (ge is None or se >= ge) and (gl is None or sl <= gl)


def actors_right(sys_actors: list[dict], gold: dict) -> bool:
    mine = [a["name"] for a in sys_actors if a.get("role") != "source"]
    allowed = list(gold.get("actors", [])) + list(gold.get("optional", []))
    if gold.get("source"):
        allowed.append(gold["source"])
    if not all(any(names_match(g, s) for s in mine) for g in gold.get("actors", [])):
        return False
    return all(any(names_match(s, g) for g in allowed) for s in mine)


def summary_ok(summary: str) -> bool:
    words = summary.split()
    if not 2 <= len(words) <= 30:
        return False
    straight = summary.count('"') % 2 == 0
    curly = summary.count("“") == summary.count("”")
    return straight and curly


def match_rows(golds: list[dict], rows: list[dict]) -> tuple[list[dict], list[tuple[list[int], list[int]]]]:
    """The gold events in order, and for each row (in order) the gold events it matches and those
    it is the first row to match (a mention overlapping a gold trigger or an `also` mention)."""
    index: dict[str, list[tuple[int, dict]]] = {}
    gold_events: list[dict] = []
    for g in golds:
        for ev in g["events"]:
            index.setdefault(g["id"], []).append((len(gold_events), ev))
            gold_events.append(ev)
    matched: set[int] = set()
    out = []
    for event in rows:
        hits: list[int] = []
        for m in event["mentions"]:
            for key, ev in index.get(m["doc"], []):
                if key not in hits and any(m["start"] < e and s < m["end"] for s, e in _spans(ev)):
                    hits.append(key)
        out.append((hits, [k for k in hits if k not in matched]))
        matched.update(hits)
    return gold_events, out


def _sentence_span(text: str, mention: dict) -> tuple[int, int] | None:
    """Where the mention's sentence lies in the article: the occurrence of its text nearest before
    the trigger."""
    sentence = mention["text"]
    start = text.rfind(sentence, 0, mention["start"] + len(sentence))
    return (start, start + len(sentence)) if start >= 0 and mention["end"] <= start + len(sentence) else None


def anchored_elsewhere(golds: list[dict], rows: list[dict], matches: list, texts: dict[str, str]) -> int:
    """Rows that match no gold event in a sentence holding a gold event that no row matched."""
    keyed = [(g["id"], ev) for g in golds for ev in g["events"]]  # match_rows' order
    hit = {k for hits, _ in matches for k in hits}
    missed: dict[str, list[dict]] = {}
    for key, (doc_id, ev) in enumerate(keyed):
        if key not in hit:
            missed.setdefault(doc_id, []).append(ev)
    count = 0
    for event, (hits, _) in zip(rows, matches, strict=True):
        if hits:
            continue
        for m in event["mentions"]:
            span = _sentence_span(texts.get(m["doc"], ""), m)
            if span and any(span[0] <= s < span[1] for ev in missed.get(m["doc"], []) for s, _ in _spans(ev)):
                count += 1
                break
    return count


def score(golds: list[dict], data: dict, texts: dict[str, str] | None = None) -> tuple[dict, dict]:
    """Figures, and per document the verdict of each row (for --explain); with the articles' texts,
    the rows anchored elsewhere too."""
    rows = data["events"]
    gold_events, matches = match_rows(golds, rows)
    matched_by: dict[int, list[int]] = {}
    verdicts: dict[str, list[str]] = {}
    right_rows = 0
    real = distinct = dated_real = dated_right = actors_ok = 0
    calib = [[0, 0] for _ in BINS[:-1]]
    for r, (event, (hits, first)) in enumerate(zip(rows, matches, strict=True)):
        for k in hits:
            matched_by.setdefault(k, []).append(r)
        is_real = bool(hits)
        d_ok = any(date_right(event["date"], gold_events[k].get("date")) for k in hits)
        a_ok = any(actors_right(event["actors"], gold_events[k]) for k in hits)
        if is_real:
            real += 1
            if first:
                distinct += 1
            if event["date"].get("earliest"):
                dated_real += 1
                dated_right += d_ok
            actors_ok += a_ok
        good = bool(first) and d_ok
        right_rows += good
        conf = float(event.get("confidence", 1.0))
        b = next(i for i in range(len(BINS) - 1) if BINS[i] <= conf < BINS[i + 1])
        calib[b][0] += 1
        calib[b][1] += good
        verdict = (
            "NOT AN EVENT"
            if not is_real
            else ("REPEAT" if not first else "ok") + ("" if d_ok else " date-wrong") + ("" if a_ok else " actors-wrong")
        )
        docs = sorted({m["doc"] for m in event["mentions"]})
        date_text = event["date"].get("earliest") or "-"
        if event["date"].get("latest") and event["date"]["latest"] != date_text:
            date_text += ".." + event["date"]["latest"]
        actors = ", ".join(f"{a['name']}/{a['role'][:2]}" for a in event["actors"])
        for doc in docs:
            verdicts.setdefault(doc, []).append(
                f"  [{verdict}] {date_text} ({event['date'].get('resolution')}) c={conf:.2f} "
                f"{event['summary']!r} | {actors}"
            )
    fully = 0
    for k, ev in enumerate(gold_events):
        for r in matched_by.get(k, []):
            e = rows[r]
            if date_right(e["date"], ev.get("date")) and actors_right(e["actors"], ev) and summary_ok(e["summary"]):
                fully += 1
                break
    golds_in_order = ((g["id"], ev) for g in golds for ev in g["events"])  # match_rows' order
    for key, (doc_id, ev) in enumerate(golds_in_order):
        if key not in matched_by:
            d = ev.get("date")
            when = f"{d['earliest']}..{d['latest']}" if d else "-"
            verdicts.setdefault(doc_id, []).append(f"  [MISSED] {when} {ev['summary']!r}")
    n_gold = len(gold_events)
    n_rows = len(rows)
    figures = {
        "documents": len(golds),
        "gold_events": n_gold,
        "rows": n_rows,
        "real_rows": real,
        "strict_precision": _pct(distinct, n_rows),
        "rows_per_real_event": round(n_rows / len(matched_by), 2) if matched_by else None,
        "recall": _pct(len(matched_by), n_gold),
        "dated_share_of_real": _pct(dated_real, real),
        "date_accuracy": _pct(dated_right, dated_real),
        "actor_accuracy": _pct(actors_ok, real),
        "fully_right": _pct(fully, n_gold),
        "right_rows": right_rows,
        "anchored_elsewhere": anchored_elsewhere(golds, rows, matches, texts) if texts is not None else None,
        "calibration": [
            {"bin": f"{BINS[i]:.1f}-{min(BINS[i + 1], 1.0):.1f}", "rows": n, "right": _pct(ok, n)}
            for i, (n, ok) in enumerate(calib)
        ],
        # the numerators and denominators of the figures above (events_compare.py resamples them)
        "counts": {
            "rows": n_rows,
            "distinct": distinct,
            "real": real,
            "found": len(matched_by),
            "gold": n_gold,
            "dated_real": dated_real,
            "dated_right": dated_right,
            "actors_ok": actors_ok,
            "fully": fully,
        },
    }
    return figures, verdicts


def completed_figures(golds: list[dict], data: dict, texts: dict[str, str]) -> dict:
    """The figures with the gold anchors completed by the guidelines (events_anchors.py), and how
    many rows that turns real."""
    from events_anchors import completed_golds

    completed = completed_golds(golds, texts)
    figures, _ = score(completed, data, texts)
    _, strict = match_rows(golds, data["events"])
    _, loose = match_rows(completed, data["events"])
    figures["turned_real"] = sum(1 for (a, _), (b, _) in zip(strict, loose, strict=True) if b and not a)
    return figures


def _print_table(results: dict[str, dict]) -> None:
    keys = [k for k in next(iter(results.values()), {}) if k not in ("calibration", "counts", "completed_anchors")]
    print(f"{'':24}" + "".join(f"{s:>10}" for s in results))
    for k in keys:
        print(f"{k:24}" + "".join(f"{str(results[s][k]):>10}" for s in results))


def _gold_actors(ev: dict) -> str:
    extra = [f"({n})" for n in ev.get("optional", [])] + ([f"src:{ev['source']}"] if ev.get("source") else [])
    return ", ".join(list(ev.get("actors", [])) + extra) or "-"


def _gold_when(ev: dict) -> str:
    d = ev.get("date")
    if not d:
        return "none"
    return f"{d['earliest']}..{d['latest']}{'' if d.get('exact') else '~'}"


def _pct(a: int, b: int) -> float | None:
    return round(100.0 * a / b, 1) if b else None


def _texts(golds: list[dict]) -> dict[str, str]:
    return {g["id"]: article(g["id"], g.get("corpus", "news-silver"))["text"] for g in golds}


def by_source(golds: list[dict]) -> dict[str, list[dict]]:
    """The gold files by the agency that wrote the article (AFP, XIN: the prefix of a news-silver id)
    or "seeds"; each part is extracted and scored on its own (merges only within the part)."""
    parts: dict[str, list[dict]] = {}
    for g in golds:
        source = "seeds" if g.get("corpus") == "seeds" else g["id"].split("_", 1)[0]
        parts.setdefault(source, []).append(g)
    return dict(sorted(parts.items()))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "--split",
        choices=("dev", "test", "test5", "dev6", "test7", "dev8", "dev9", "dev10", "dev11", "dev12", "all"),
        default="all",
    )
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--explain", metavar="DOC", help="dev only: every row of DOC (or 'all') with its verdict")
    parser.add_argument(
        "--by-source", action="store_true", help="score each split's AFP, Xinhua and seed articles apart"
    )
    parser.add_argument("extra", nargs="*", help="options passed to extract (after --)")
    args = parser.parse_args()
    splits = (
        ["dev", "test", "test5", "dev6", "test7", "dev8", "dev9", "dev10", "dev11", "dev12"]
        if args.split == "all"
        else [args.split]
    )
    results = {}
    for split in splits:
        golds = load_gold(split)
        if not golds:
            print(f"{split}: no gold files", file=sys.stderr)
            continue
        if args.by_source:
            for source, part in by_source(golds).items():
                part_data, part_texts = run_extract(part, args.extra), _texts(part)
                results[f"{split}:{source}"], _ = score(part, part_data, part_texts)
                results[f"{split}:{source}"]["completed_anchors"] = completed_figures(part, part_data, part_texts)
            continue
        data = run_extract(golds, args.extra)
        texts = _texts(golds)
        figures, verdicts = score(golds, data, texts)
        figures["completed_anchors"] = completed_figures(golds, data, texts)
        results[split] = figures
        if args.explain and split in ("dev", "dev6", "dev8", "dev9", "dev10", "dev11", "dev12"):
            for doc in sorted(verdicts):
                if args.explain in ("all", doc):
                    print(f"== {doc}")
                    print("\n".join(verdicts[doc]))
    if args.json:
        print(json.dumps(results, indent=1))
        return 0
    _print_table(results)
    print(
        "\nwith guideline-completed anchors (events_anchors.py; a measurement aid, the figures above are the headline):"
    )
    _print_table({s: fig["completed_anchors"] for s, fig in results.items()})
    for s, fig in results.items():
        print(
            f"calibration ({s}): " + "  ".join(f"{c['bin']}: {c['right']}% of {c['rows']}" for c in fig["calibration"])
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
