"""benchmarks/timex_news.py turns an annotator's file into scored expressions, and refuses a bad one."""

import importlib.util
import json
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "timex_news.py"
TEXT = "The bank said on Monday that loans rose in the past three years. On Monday, Monday's rally ended."
MONDAY = TEXT.index("Monday")


def _module():
    sys.path.insert(0, str(SCRIPT.parent))
    spec = importlib.util.spec_from_file_location("timex_news_benchmark", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _write(tmp_path: Path, timexes: list[dict]) -> Path:
    path = tmp_path / "doc.json"
    path.write_text(json.dumps({"id": "doc", "annotator": "T", "timexes": timexes}), encoding="utf-8")
    return path


def test_an_expression_gets_the_offsets_of_its_numbered_occurrence(tmp_path):
    news = _module()
    path = _write(
        tmp_path,
        [
            {"text": "Monday", "n": 3, "type": "DATE", "value": "2005-11-14"},
            {"text": "the past three years", "n": 1, "type": "DURATION", "value": "P3Y"},
        ],
    )
    assert news.resolve(path, {"doc": TEXT}) == []
    timexes = json.loads(path.read_text(encoding="utf-8"))["timexes"]
    assert [(t["text"], t["start"]) for t in timexes] == [
        ("the past three years", TEXT.index("the past")),
        ("Monday", TEXT.index("Monday's")),
    ]
    assert all(TEXT[t["start"] : t["end"]] == t["text"] for t in timexes)


def test_a_missing_occurrence_a_bad_type_or_value_and_overlaps_are_reported(tmp_path):
    news = _module()
    path = _write(
        tmp_path,
        [
            {"text": "Monday", "n": 4, "type": "DATE", "value": "2005-11-14"},
            {"text": "three years", "n": 1, "type": "PERIOD", "value": "P3Y"},
            {"text": "the past three years", "n": 1, "type": "DURATION", "value": "3 years"},
        ],
    )
    problems = news.resolve(path, {"doc": TEXT})
    assert any("occurrence 4" in p for p in problems)
    assert any("PERIOD" in p for p in problems)
    assert any("'3 years' is not a DURATION value" in p for p in problems)
    assert any("overlap" in p for p in problems)


def test_value_shapes_follow_timex3():
    news = _module()
    good = [
        ("DATE", "2005-11-14"),
        ("DATE", "2005-W46"),
        ("DATE", "PRESENT_REF"),
        ("DATE", "199"),
        ("DATE", "2005-Q3"),
        ("TIME", "2005-11-14TNI"),
        ("TIME", "2005-11-14T14:30"),
        ("DURATION", "P3Y"),
        ("DURATION", "PXW"),
        ("DURATION", "PT24H"),
        ("SET", "P1Y"),
        ("SET", "XXXX-WXX-1"),
    ]
    bad = [("DATE", "Nov 14"), ("TIME", "14:30"), ("DURATION", "3Y"), ("SET", "yearly")]
    assert all(news.check_value(t, v) for t, v in good)
    assert not any(news.check_value(t, v) for t, v in bad)


def test_the_gap_between_two_systems_is_zero_for_the_same_output_and_positive_for_a_better_one():
    news = _module()
    gold = {
        "a": {
            "text": TEXT,
            "timexes": [{"start": MONDAY, "end": MONDAY + 6, "text": "Monday", "type": "DATE", "value": "2005-11-14"}],
        },
        "b": {
            "text": TEXT,
            "timexes": [{"start": MONDAY, "end": MONDAY + 6, "text": "Monday", "type": "DATE", "value": "2005-11-14"}],
        },
    }
    right = [dict(t, doc=d) for d, g in gold.items() for t in g["timexes"]]
    wrong = [dict(t, doc=d, value="2005-11-21") for d, g in gold.items() for t in g["timexes"]]
    same = news.gap(gold, right, right, 200)
    assert same["value F1"] == (0.0, 0.0, 0.0)
    better = news.gap(gold, right, wrong, 200)
    assert better["value F1"][0] == 100.0
    assert better["relaxed F1"][0] == 0.0
