"""Benchmark: which actor names of different articles the collection joins, against joins judged by hand.

    python benchmarks/joins.py [--limit N] [--jobs N] [--show wrong|lost|new|all] [--new-lines] [--json]
                               [--cache FILE] [--input OTHER_POOL.jsonl]

When a collection is read, the actor names of its articles are joined into one actor across
articles (timeline/merge/actors.py, ActorIndex: "Putin" of one article is the "Vladimir Putin" of
another; `timeline show --actor Putin` relies on it). A wrong join puts one article's actor on
another's (France's "Socialist Party" -> the Yemeni Socialist Party). The events benchmark scores
articles one by one and cannot see it.

`benchmarks/data/joins/` holds the pool, `articles.txt` (the 1,494 news-silver articles outside
every gold set and merge collection, as of issue 16's forty-second session), and `joins.jsonl`,
every cross-article join made on it, judged one by one by reading the sentences (GUIDELINES.md
beside them): the member name's key (its words folded, as `name_tokens` gives them), the canonical
name it was joined to and that name's key, the group's type, the articles that use the member
name without the canonical one (`docs`) and some that use the canonical name, the verdict "right"
or "wrong", and for wrong ones the kind and a one-line reason.

The script analyses the pool's articles in this checkout (every stage, `--all-events`, as
`timeline extract` does, in `--jobs` worker processes; the texts come from the shared
news-silver.jsonl: ../shared relative to the repository, or TIMELINE_SHARED), builds the
collection's ActorIndex and lists its joins: a member name of a group used in some article that
does not use the group's canonical name, while another article uses another name of the group.
A join is identified by (member key, canonical key). It prints:

- joins made; of them judged right (kept), judged wrong (still made) and new (never judged);
- judged right joins no longer made (lost: a right join the change undid);
- judged wrong joins no longer made (fixed).

New joins are printed with their sentences (`--show new`); judge each by reading them and add it to
benchmarks/data/joins/joins.jsonl: `--new-lines` prints them as lines ready for that file with
"verdict": null; set "right" or "wrong" (with "kind" and "reason") before adding them. `--limit N`
analyses the first N articles only (a quick check of the script: only the judged joins whose
articles are all among them can be lost, and a smaller collection groups some names otherwise, so
its new joins need not be new on the whole pool). `--input FILE` lists the joins of another pool
(a JSONL of articles: id, date, text), e.g. the TBAQ tuning articles: none of its joins is judged
here (a join whose key and canonical name match a judged one counts as judged). `--cache FILE`
keeps the analysed articles in a pickle, to try changes of the merge alone. The run time is
printed: 7 minutes with --jobs 2 on a machine shared with other work, the scoring alone a few
seconds.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
import time
from collections import defaultdict
from collections.abc import Iterable, Mapping
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

# the repository; the shared corpora beside it (TIMELINE_SHARED for a checkout elsewhere), and the
# pool's articles read from news-silver.jsonl as the merge benchmark reads its collections'
from events_gold import ROOT  # noqa: E402
from merge_pairs import articles  # noqa: E402

sys.path.insert(0, str(ROOT))

DATA = ROOT / "benchmarks" / "data" / "joins"
VERDICTS = ("right", "wrong")


def load(data: Path = DATA) -> tuple[list[str], dict[tuple[str, str], dict]]:
    """The pool's article ids, and the judged joins by (member key, canonical key)."""
    ids = [line.strip() for line in (data / "articles.txt").read_text(encoding="utf-8").splitlines() if line.strip()]
    judged: dict[tuple[str, str], dict] = {}
    for line in (data / "joins.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            judged[row["key"], row["canonical_key"]] = row
    return ids, judged


def analyse(rows: list[dict], jobs: int) -> list:
    """Every stage of `timeline extract --all-events` on the articles, in ``jobs`` processes."""
    import tempfile

    from timeline.analysis import RunOptions
    from timeline.pipeline import analyse as run
    from timeline.pipeline import load_documents

    options = RunOptions(all_events=True, store=False, jobs=jobs)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "articles.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            for row in rows:
                fh.write(json.dumps(row) + "\n")
        documents = load_documents([str(path)], options)
        return list(run(documents, options))


def uses(extractions: Iterable) -> tuple[list, dict, dict]:
    """What the listing reads of each analysed article: (the extractions, for ActorIndex), for each
    name key (words joined by spaces) the articles whose events or actors use it, and for each
    (key, article) the first use (surface, type, sentence)."""
    from timeline.merge.actors import name_tokens

    xs = list(extractions)
    docs_of: dict[str, set[str]] = defaultdict(set)
    sample: dict[tuple[str, str], tuple[str, str, str]] = {}
    for x in xs:
        d = x.document.id
        for event in x.events:
            for ref in event.actors:
                key = " ".join(name_tokens(ref.name))
                if not key:
                    continue
                docs_of[key].add(d)
                if (key, d) not in sample:
                    text = event.mentions[0].text.strip().replace("\n", " ") if event.mentions else ""
                    sample[key, d] = (ref.name, ref.type, text[:300])
        for actor in x.actors:
            for name in (actor.name, *actor.aliases):
                key = " ".join(name_tokens(name))
                if key:
                    docs_of[key].add(d)
    return xs, docs_of, sample


def list_joins(
    assignments: Mapping[str, tuple[str, str]],
    docs_of: Mapping[str, set[str]],
    canonical_key: Mapping[str, str],
) -> list[dict]:
    """The cross-article joins of an index's assignments (name key -> (canonical, type)): for each
    member key of a group of several names other than the canonical name's key, the articles that
    use it without the canonical name (``docs``), when another name of the group is used in
    another article than the only one of them (a join within one article is the article's own)."""
    groups: dict[tuple[str, str], list[str]] = defaultdict(list)
    for key, (canon, type_) in assignments.items():
        groups[canon, type_].append(key)
    out = []
    for (canon, type_), keys in sorted(groups.items()):
        if len(keys) < 2:
            continue
        ck = canonical_key[canon]
        canon_docs = docs_of.get(ck, set())
        for key in sorted(keys):
            if key == ck:
                continue
            lone = sorted(d for d in docs_of.get(key, ()) if d not in canon_docs)
            if not lone:
                continue
            others = set().union(*(docs_of.get(k, set()) for k in keys if k != key))
            if others <= set(lone) and (len(lone) == 1 or not others):
                continue  # every other name of the group is in this one article: no join across articles
            out.append(
                {
                    "key": key,
                    "canonical": canon,
                    "canonical_key": ck,
                    "type": type_,
                    "docs": lone,
                    "canonical_docs": sorted(canon_docs)[:3],
                    "members": sorted(keys),
                }
            )
    return out


def joins_of(extractions: Iterable) -> tuple[list[dict], dict]:
    """The cross-article joins of the collection of these extractions, and the uses' samples."""
    from timeline.merge.actors import ActorIndex, name_tokens

    xs, docs_of, sample = uses(extractions)
    assignments = ActorIndex(xs).assignments()
    canonical_key = {canon: " ".join(name_tokens(canon)) for canon, _ in assignments.values()}
    return list_joins(assignments, docs_of, canonical_key), sample


def in_reach(row: dict, ids: set[str]) -> bool:
    """Could the analysed articles make this judged join? (all of them: yes; with --limit, only
    when its articles and one of the canonical name's are among them)"""
    return set(row["docs"]) <= ids and any(d in ids for d in row["canonical_docs"])


def score(joins: list[dict], judged: Mapping[tuple[str, str], dict], ids: set[str] | None = None) -> dict:
    """The joins made against the judged ones (``ids``: the articles analysed, None for the pool)."""
    made = {(j["key"], j["canonical_key"]): j for j in joins}
    right = [j for k, j in made.items() if k in judged and judged[k]["verdict"] == "right"]
    wrong = [j for k, j in made.items() if k in judged and judged[k]["verdict"] == "wrong"]
    new = [j for k, j in made.items() if k not in judged]
    reach = [r for r in judged.values() if ids is None or in_reach(r, ids)]
    lost = [r for r in reach if r["verdict"] == "right" and (r["key"], r["canonical_key"]) not in made]
    fixed = [r for r in reach if r["verdict"] == "wrong" and (r["key"], r["canonical_key"]) not in made]
    kinds: dict[str, int] = defaultdict(int)
    for j in wrong:
        kinds[judged[j["key"], j["canonical_key"]]["kind"] or "other"] += 1
    return {
        "joins": len(made),
        "right": len(right),
        "wrong": len(wrong),
        "new": len(new),
        "right_lost": len(lost),
        "wrong_gone": len(fixed),
        "judged_right": sum(r["verdict"] == "right" for r in reach),
        "judged_wrong": sum(r["verdict"] == "wrong" for r in reach),
        "wrong_kinds": dict(sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0]))),
        "wrong_joins": wrong,
        "new_joins": new,
        "lost_joins": lost,
    }


def _show(label: str, join: dict, sample: Mapping, reason: str | None = None) -> None:
    print(f"\n{label} {join['key']!r} -> {join['canonical']!r} [{join['type']}]" + (f": {reason}" if reason else ""))
    for d in join["docs"][:3]:
        name, type_, text = sample.get((join["key"], d), ("", "", ""))
        print(f"  member    {d} {name}:{type_} | {text}")
    for d in join["canonical_docs"][:2]:
        name, type_, text = sample.get((join["canonical_key"], d), ("", "", ""))
        print(f"  canonical {d} {name}:{type_} | {text}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument(
        "--input",
        type=Path,
        help="another pool: a JSONL of articles (id, date, text; title, source optional) to list the joins of "
        "(judged joins are of the news-silver pool: on another pool every join is new)",
    )
    ap.add_argument("--limit", type=int, help="analyse the pool's first N articles only (a quick check)")
    ap.add_argument("--jobs", type=int, default=2, help="worker processes for the analysis (default 2)")
    ap.add_argument("--show", choices=("wrong", "lost", "new", "all"), help="list those joins with their sentences")
    ap.add_argument("--new-lines", action="store_true", help="print the new joins as joins.jsonl lines to judge")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument(
        "--cache",
        type=Path,
        help="a pickle of the analysed articles: written when missing, read when there (to try changes of "
        "timeline/merge/actors.py only; never after a change of the analysis)",
    )
    args = ap.parse_args(argv)
    ids, judged = load()
    if args.input is not None:
        with args.input.open(encoding="utf-8") as fh:
            rows = [json.loads(line) for line in fh if line.strip()]
        rows = [{k: r.get(k) for k in ("id", "date", "title", "source", "text")} for r in rows]
        ids = [r["id"] for r in rows]
    if args.limit:
        ids = ids[: args.limit]
    started = time.perf_counter()
    if args.cache is not None and args.cache.exists():
        with args.cache.open("rb") as fh:
            extractions = pickle.load(fh)
    else:
        extractions = analyse(rows[: len(ids)] if args.input is not None else articles(ids), args.jobs)
        if args.cache is not None:
            with args.cache.open("wb") as fh:
                pickle.dump(extractions, fh)
    joins, sample = joins_of(extractions)
    seconds = time.perf_counter() - started
    result = score(joins, judged, set(ids) if args.limit or args.input is not None else None)
    figures = {k: v for k, v in result.items() if not k.endswith("_joins")}
    figures["articles"], figures["seconds"] = len(ids), round(seconds, 1)
    if args.json:
        print(json.dumps(figures, indent=1))
    else:
        print(f"{len(ids)} articles analysed in {seconds:.0f} s; {len(judged)} joins judged")
        print(f"joins made        {result['joins']}")
        print(f"  judged right    {result['right']} (of {result['judged_right']}: {result['right_lost']} lost)")
        print(f"  judged wrong    {result['wrong']} (of {result['judged_wrong']}: {result['wrong_gone']} gone)")
        print(f"  new, unjudged   {result['new']}")
        if result["wrong_kinds"]:
            print("wrong, by kind    " + ", ".join(f"{k} {n}" for k, n in result["wrong_kinds"].items()))
    if args.show in ("wrong", "all"):
        for j in result["wrong_joins"]:
            _show("WRONG", j, sample, judged[j["key"], j["canonical_key"]]["reason"])
    if args.show in ("lost", "all"):
        for r in result["lost_joins"]:
            print(f"\nLOST {r['key']!r} -> {r['canonical']!r} [{r['type']}] in {', '.join(r['docs'][:3])}")
    if args.show in ("new", "all"):
        for j in result["new_joins"]:
            _show("NEW", j, sample)
    if args.new_lines:
        for j in result["new_joins"]:
            row = {k: j[k] for k in ("key", "canonical", "canonical_key", "type", "docs", "canonical_docs")}
            print(
                json.dumps({**row, "verdict": None, "kind": None, "reason": None, "judged": None}, ensure_ascii=False)
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
