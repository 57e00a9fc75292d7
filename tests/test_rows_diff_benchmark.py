"""benchmarks/rows_diff.py: the rows two checkouts list differently, for judging a change."""

from benchmarks.rows_diff import differences, pool_joins


def _row(doc, start, trigger, *, value=None, actors=(), summary=None, also=()):
    mentions = [{"doc": doc, "start": start, "trigger": trigger, "text": f"sentence of {trigger}"}]
    mentions += [{"doc": doc, "start": s, "trigger": t, "text": f"sentence of {t}"} for s, t in also]
    return {
        "summary": summary or trigger,
        "date": {"value": value, "text": value, "resolution": "explicit"} if value else None,
        "actors": [{"name": n, "role": "agent"} for n in actors],
        "factuality": "asserted",
        "mentions": mentions,
        "sources": [doc],
    }


def test_rows_only_one_side_lists_and_rows_that_changed_are_told_apart():
    base = {"events": [_row("a", 10, "fled"), _row("a", 50, "said"), _row("b", 5, "won", value="2005-11-12")]}
    new = {
        "events": [
            _row("a", 10, "fled", actors=["Rebels"]),
            _row("b", 5, "won", value="2005-11-12"),
            _row("b", 80, "lost"),
        ]
    }
    diffs = differences(base, new)
    assert [(d["kind"], d["doc"], d["start"]) for d in diffs] == [("~", "a", 10), ("-", "a", 50), ("+", "b", 80)]
    assert diffs[0]["changed"] == {"actors": ("-", "Rebels/agent")}
    assert diffs[1]["row"]["summary"] == "said"


def test_a_row_is_found_by_any_of_its_mentions_when_its_first_differs():
    base = {"events": [_row("a", 10, "attack", summary="x attacked", also=[(90, "attacked")])]}
    new = {"events": [_row("a", 90, "attacked", summary="x attacked", also=[(10, "attack")])]}
    assert differences(base, new) == []


def test_the_pool_is_the_joins_benchmarks_unseen_articles():
    ids = pool_joins()
    assert len(ids) == len(set(ids)) == 1494


def test_a_fold_shows_as_a_row_whose_mentions_changed():
    base = {"events": [_row("a", 10, "attacked", summary="x attacked"), _row("a", 90, "attack", summary="the attack")]}
    new = {"events": [_row("a", 10, "attacked", summary="x attacked", also=[(90, "attack")])]}
    diffs = differences(base, new)
    assert [(d["kind"], d["start"]) for d in diffs] == [("~", 10)]
    assert diffs[0]["changed"]["mentions"] == ("attacked@10", "attacked@10, attack@90")
