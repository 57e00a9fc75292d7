"""benchmarks/joins.py: the cross-article joins of a collection against the joins judged by hand."""

import json
import sys
from pathlib import Path

from benchmarks.events_gold import ROOT
from benchmarks.joins import DATA, joins_of, list_joins, load, score

sys.path.insert(0, str(Path(__file__).resolve().parent / "merge"))
from merge_builders import event, extraction  # noqa: E402


def test_the_judged_joins_are_of_the_pool_and_the_pool_is_outside_every_gold_set():
    ids, judged = load()
    assert len(ids) == len(set(ids)) == 1494
    gold = {f.stem for f in (ROOT / "benchmarks" / "data" / "events").rglob("*.json")}
    for path in (ROOT / "benchmarks" / "data" / "merge").glob("collections*.json"):
        for members in json.loads(path.read_text(encoding="utf-8")).values():
            gold.update(members)
    assert not set(ids) & gold
    assert all(set(row["docs"]) <= set(ids) and set(row["canonical_docs"]) <= set(ids) for row in judged.values())
    assert {row["verdict"] for row in judged.values()} == {"right", "wrong"}
    assert all(row["kind"] and row["reason"] for row in judged.values() if row["verdict"] == "wrong")
    assert all(row["docs"] and row["key"] != row["canonical_key"] for row in judged.values())
    assert (DATA / "GUIDELINES.md").is_file()


def _fixture():
    # "clinton" joins Bill Clinton of another article; "un" is used in the canonical name's own
    # article only besides one of its own; "ministry of health" stands alone
    assignments = {
        "bill clinton": ("Bill Clinton", "PERSON"),
        "clinton": ("Bill Clinton", "PERSON"),
        "united nations": ("United Nations", "ORG"),
        "un": ("United Nations", "ORG"),
        "ali": ("Muhammed Ali", "PERSON"),
        "muhammed ali": ("Muhammed Ali", "PERSON"),
        "ministry of health": ("Ministry of Health", "ORG"),
    }
    docs_of = {
        "bill clinton": {"a"},
        "clinton": {"a", "b", "c"},
        "united nations": {"d"},
        "un": {"d"},
        "ali": {"e"},
        "muhammed ali": {"f"},
        "ministry of health": {"g"},
    }
    canonical_key = {"Bill Clinton": "bill clinton", "United Nations": "united nations"}
    canonical_key |= {"Muhammed Ali": "muhammed ali", "Ministry of Health": "ministry of health"}
    return assignments, docs_of, canonical_key


def test_a_join_is_a_member_name_of_articles_without_the_canonical_name():
    joins = list_joins(*_fixture())
    assert [(j["key"], j["canonical_key"], j["docs"]) for j in joins] == [
        ("clinton", "bill clinton", ["b", "c"]),
        ("ali", "muhammed ali", ["e"]),
    ]


def test_joins_made_are_scored_right_wrong_or_new_and_right_ones_undone_are_lost():
    joins = list_joins(*_fixture())
    row = {"canonical": "x", "type": "PERSON", "canonical_docs": ["a"], "kind": None, "reason": None}
    judged = {
        ("clinton", "bill clinton"): {**row, "key": "clinton", "canonical_key": "bill clinton", "docs": ["b", "c"]},
        ("pinochet", "augusto pinochet"): {
            **row,
            "key": "pinochet",
            "canonical_key": "augusto pinochet",
            "docs": ["h"],
        },
        ("sabah", "ali jarrah al sabah"): {
            **row,
            "key": "sabah",
            "canonical_key": "ali jarrah al sabah",
            "docs": ["i"],
        },
    }
    judged["clinton", "bill clinton"]["verdict"] = "right"
    judged["pinochet", "augusto pinochet"]["verdict"] = "right"
    judged["sabah", "ali jarrah al sabah"] |= {"verdict": "wrong", "kind": "name-fragment", "reason": "r"}
    result = score(joins, judged)
    assert (result["joins"], result["right"], result["wrong"], result["new"]) == (2, 1, 0, 1)
    assert (result["right_lost"], result["wrong_gone"]) == (1, 1)
    assert result["new_joins"][0]["key"] == "ali"
    # a judged wrong join made again is counted by its kind
    judged["ali", "muhammed ali"] = {**row, "key": "ali", "canonical_key": "muhammed ali", "docs": ["e"]}
    judged["ali", "muhammed ali"] |= {"verdict": "wrong", "kind": "name-fragment", "reason": "r"}
    result = score(joins, judged)
    assert (result["wrong"], result["new"], result["wrong_kinds"]) == (1, 0, {"name-fragment": 1})
    # with some articles only (--limit), a judged join whose articles were not analysed is not lost
    result = score(joins, judged, {"a", "b", "c", "e", "f"})
    assert (result["right_lost"], result["judged_right"]) == (0, 1)


def test_the_joins_of_analysed_articles_are_the_index_s_names_joined_across_articles():
    # "Putin" of b is the "Vladimir Putin" of a; "Lavrov" and "Sergei Lavrov" of c are c's own
    a = extraction("a", event("a", 0, "meet", "Vladimir Putin met", actors=[("Vladimir Putin", "PERSON")]))
    b = extraction("b", event("b", 0, "say", "Putin said", actors=[("Putin", "PERSON")]))
    c = extraction(
        "c",
        event("c", 0, "meet", "Sergei Lavrov met", actors=[("Sergei Lavrov", "PERSON")]),
        event("c", 1, "say", "Lavrov said", actors=[("Lavrov", "PERSON")]),
    )
    joins, sample = joins_of([a, b, c])
    assert [(j["key"], j["canonical"], j["docs"], j["canonical_docs"]) for j in joins] == [
        ("putin", "Vladimir Putin", ["b"], ["a"])
    ]
    assert sample["putin", "b"][:2] == ("Putin", "PERSON")
