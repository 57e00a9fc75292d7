"""benchmarks/events.py counts the rows that name a missed happening by another word of its sentence."""

import importlib.util
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "events.py"


def _module():
    sys.path.insert(0, str(SCRIPT.parent))
    spec = importlib.util.spec_from_file_location("events_benchmark", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


TEXT = "Rebels carried out two bombings on Monday. The mayor said the city was calm. Prices rose."


def _row(trigger: str, sentence: str) -> dict:
    start = TEXT.index(trigger, TEXT.index(sentence))
    mention = {"doc": "d", "start": start, "end": start + len(trigger), "trigger": trigger, "text": sentence}
    return {"mentions": [mention]}


def test_a_row_on_the_support_verb_of_a_missed_happening_is_anchored_elsewhere():
    events = _module()
    bombings = TEXT.index("bombings")
    rose = TEXT.index("rose")
    golds = [
        {
            "id": "d",
            "events": [
                {"start": bombings, "end": bombings + 8},
                {"start": rose, "end": rose + 4},
            ],
        }
    ]
    rows = [
        _row("carried", "Rebels carried out two bombings on Monday."),  # the bombings, by another word
        _row("calm", "The mayor said the city was calm."),  # no happening at all: not counted
        _row("rose", "Prices rose."),  # found
    ]
    _, matches = events.match_rows(golds, rows)
    assert events.anchored_elsewhere(golds, rows, matches, {"d": TEXT}) == 1


def _agreement():
    sys.path.insert(0, str(SCRIPT.parent))
    spec = importlib.util.spec_from_file_location("agreement_benchmark", SCRIPT.parent / "agreement.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_second_annotation_is_scored_like_the_tool():
    agreement, events = _agreement(), _module()
    bombings, rose = TEXT.index("bombings"), TEXT.index("rose")
    day = {"earliest": "2005-11-14", "latest": "2005-11-14", "exact": True}
    first = {
        "id": "d",
        "events": [
            {
                "start": bombings,
                "end": bombings + 8,
                "trigger": "bombings",
                "summary": "Rebels carried out two bombings",
                "date": day,
                "actors": ["Rebels"],
                "source": None,
            },
            {"start": rose, "end": rose + 4, "trigger": "rose", "summary": "Prices rose", "date": None, "actors": []},
        ],
    }
    same = events.score([first], agreement.as_rows([first]), {"d": TEXT})[0]
    assert (same["strict_precision"], same["recall"], same["fully_right"]) == (100.0, 100.0, 100.0)
    other_day = dict(
        first, events=[dict(first["events"][0], date=dict(day, earliest="2005-11-13", latest="2005-11-13"))]
    )
    second = events.score([first], agreement.as_rows([other_day]), {"d": TEXT})[0]
    assert (second["recall"], second["date_accuracy"], second["fully_right"]) == (50.0, 0.0, 0.0)


def test_by_source_parts_the_gold_files_by_agency_and_keeps_the_seeds_apart():
    events = _module()
    golds = [
        {"id": "XIN_ENG_20051110.0014", "events": []},
        {"id": "AFP_ENG_19970401.0006", "events": []},
        {"id": "000_58af670faad38b86", "corpus": "seeds", "events": []},
        {"id": "XIN_ENG_20061121.0358", "events": []},
    ]
    parts = events.by_source(golds)
    assert list(parts) == ["AFP", "XIN", "seeds"]
    assert [g["id"] for g in parts["XIN"]] == ["XIN_ENG_20051110.0014", "XIN_ENG_20061121.0358"]
    assert [g["id"] for g in parts["seeds"]] == ["000_58af670faad38b86"]


def test_the_late_batches_are_the_last_picks_in_the_order_they_were_drawn(monkeypatch):
    events = _module()
    gold = sys.modules["events_gold"]
    sizes = {
        "test5": gold.N_TEST5,
        "dev6": gold.N_DEV6,
        "test7": gold.N_TEST7,
        "dev8": gold.N_DEV8,
        "dev9": gold.N_DEV9,
        "dev10": gold.N_DEV10,
        "dev11": gold.N_DEV11,
        "dev12": gold.N_DEV12,
    }
    early = [(f"early{k}", "dev") for k in range(5)]
    late = [(f"{name}-{k}", name.rstrip("0123456789")) for name, size in sizes.items() for k in range(size)]
    monkeypatch.setattr(gold, "sample", lambda: early + late)
    for name, size in sizes.items():
        ids = events.batch(name)
        assert len(ids) == size and all(i.startswith(f"{name}-") for i in ids)
