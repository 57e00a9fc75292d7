"""benchmarks/rows_fresh.py: rows of unseen articles matched to the rows judged by hand."""

from benchmarks.events_gold import ROOT
from benchmarks.rows_fresh import DATA, load, score, verdict_of


def _event(*mentions):
    return {"summary": "s", "mentions": [{"doc": d, "start": s, "trigger": "t"} for d, s in mentions]}


def test_the_judged_rows_are_in_the_listed_articles_and_none_is_an_event_set_article():
    ids, judged = load()
    assert len(ids) == 100 and len(judged) == 937
    assert {doc for doc, _ in judged} <= set(ids)
    assert {row["verdict"] for row in judged.values()} == {"happening", "repeat", "no-happening"}
    assert all(row["kind"] for row in judged.values() if row["verdict"] == "no-happening")
    gold = {f.stem for f in (ROOT / "benchmarks" / "data" / "events").rglob("*.json")}
    assert not set(ids) & gold
    assert (DATA / "README.md").is_file()


def test_a_row_is_its_best_judged_mention_and_unjudged_rows_are_new():
    judged = {
        ("a", 1): {"doc": "a", "start": 1, "verdict": "repeat", "kind": None, "trigger": "t", "summary": "s"},
        ("a", 5): {"doc": "a", "start": 5, "verdict": "happening", "kind": None, "trigger": "t", "summary": "s"},
        ("b", 2): {"doc": "b", "start": 2, "verdict": "no-happening", "kind": "state", "trigger": "t", "summary": "s"},
        ("b", 9): {"doc": "b", "start": 9, "verdict": "happening", "kind": None, "trigger": "t", "summary": "s"},
    }
    # a row joining a repeat and a happening is the happening
    assert verdict_of(_event(("a", 1), ("a", 5)), judged)["verdict"] == "happening"
    assert verdict_of(_event(("c", 3)), judged) is None
    result = score({"events": [_event(("a", 1), ("a", 5)), _event(("b", 2)), _event(("c", 3))]}, judged)
    assert (result["rows"], result["judged_rows"], result["new_rows"]) == (3, 2, 1)
    assert (result["happenings"], result["no_happenings"]) == (1, 1)
    assert result["precision_on_judged"] == 50.0
    assert result["no_happening_kinds"] == {"state": 1}
    # the happening at b@9 is no row's mention any more
    assert result["happenings_lost"] == 1 and result["lost"][0]["start"] == 9


def test_each_rejudged_row_says_what_it_was_and_is_listed_with_its_guideline_line():
    _, judged = load()
    record = (DATA / "rejudged.md").read_text(encoding="utf-8")
    rejudged = [row for row in judged.values() if "rejudged" in row]
    assert len(rejudged) == 77
    for row in rejudged:
        was = row["rejudged"]
        assert was["was"].startswith("no-happening/") and row["verdict"] in ("happening", "repeat")
        assert row["kind"] is None and isinstance(was["unsure"], bool)
        assert f"| {row['doc']} | {row['start']} | " in record and f"- `{was['rule']}`: " in record
        if row["verdict"] == "repeat":
            # a repeat names the earlier happening of its article that lists what it says
            earlier = judged[row["doc"], was["repeat_of"]]
            assert earlier["start"] < row["start"] and earlier["verdict"] == "happening"
