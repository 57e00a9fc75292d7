"""benchmarks/merge_pairs.py: the dev, the held-out test and the fresh parts of the judged merge pairs."""

import re

import pytest

from benchmarks.events_gold import ROOT
from benchmarks.merge_pairs import DATA, figures, load, part_of, score


def test_parts_are_disjoint_and_all_is_their_union():
    dev_colls, dev_pairs = load("dev")
    test_colls, test_pairs = load("test")
    all_colls, all_pairs = load("all")
    assert dev_colls and test_colls and test_pairs
    assert not set(dev_colls) & set(test_colls)
    dev_ids = {i for ids in dev_colls.values() for i in ids}
    test_ids = {i for ids in test_colls.values() for i in ids}
    assert not dev_ids & test_ids
    fresh_colls, fresh_pairs = load("fresh")
    fresh_ids = {i for ids in fresh_colls.values() for i in ids}
    assert fresh_colls and fresh_pairs and not fresh_ids & (dev_ids | test_ids)
    assert set(all_colls) == set(dev_colls) | set(test_colls) | set(fresh_colls)
    assert len(all_pairs) == len(dev_pairs) + len(test_pairs) + len(fresh_pairs)
    assert load() == (dev_colls, dev_pairs)
    assert {part_of(c) for c in test_colls} == {"test"} and {part_of(c) for c in dev_colls} == {"dev"}
    assert {part_of(c) for c in fresh_colls} == {"fresh"}


@pytest.mark.parametrize("part", ["test", "fresh"])
def test_pairs_stay_in_their_collections_and_out_of_the_event_gold(part):
    collections, pairs = load(part)
    for p in pairs:
        members = set(collections[p["collection"]])
        assert p["a"]["doc"] in members and p["b"]["doc"] in members and p["a"]["doc"] != p["b"]["doc"]
        assert p["verdict"] in {"same", "different"} and p["found"] in {"joined", "apart"} and p["kind"]
    gold = {f.stem for f in (ROOT / "benchmarks" / "data" / "events").rglob("*.json")}
    articles = {i for ids in collections.values() for i in ids}
    assert all(re.fullmatch(r"(AFP|XIN)_ENG_\d{8}\.\d{4}", i) for i in articles)
    assert not articles & gold
    assert (DATA / f"collections_{part}.json").exists()


def test_figures_of_one_part():
    pair = {"collection": "c", "a": {"doc": "d1", "start": 0}, "b": {"doc": "d2", "start": 5}, "kind": "k"}
    pairs = [{**pair, "verdict": "same"}, {**pair, "b": {"doc": "d3", "start": 9}, "verdict": "different"}]
    output = {
        "events": [
            {"id": "e1", "mentions": [{"doc": "d1", "start": 0, "text": "x"}, {"doc": "d2", "start": 5, "text": "y"}]},
            {"id": "e2", "mentions": [{"doc": "d3", "start": 9, "text": "z"}]},
        ]
    }
    fig = figures([score("c", output, pairs)])
    assert (fig["joined"], fig["precision"], fig["recall"], fig["unjudged_joins"]) == (1, "100.0", "100.0", 0)
