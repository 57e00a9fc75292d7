"""benchmarks/trigger_study.py sorts the words a classifier would add into new, repeat and false rows."""

import importlib.util
import sys
from pathlib import Path

import numpy as np

SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "trigger_study.py"


def _module():
    sys.path.insert(0, str(SCRIPT.parent))
    spec = importlib.util.spec_from_file_location("trigger_study_benchmark", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _data():
    # five words of one article: gold happenings 0 (found by a default row) and 1 (missed; 2 words)
    return {
        "found": {0},
        "found_all": set(),
        "rule": np.array([True, False, False, False, False]),
        "events_of": [[0], [0], [1], [1], []],
        "where": [("d", i, i + 1, "w", "s") for i in range(5)],
        "kinds": ["VERB", "NOUN pobj", "NOUN pobj", "NOUN", "VERB ROOT"],
    }


def test_added_words_are_new_once_per_missed_happening_then_repeats():
    study = _module()
    p = np.array([0.9, 0.8, 0.7, 0.6, 0.5])
    added = study.added_rows(_data(), p, np.ones(5, dtype=bool), 0.55)
    # word 0 has a default row (not added); 1 belongs to a found happening; 2 is the first word of the
    # missed one, 3 its second; 4 (below t) is not added
    assert (added["new"], added["repeat"], added["false"]) == (1, 2, 0)
    assert added["new_no_candidate"] == 1


def test_a_word_of_no_gold_happening_is_false_and_the_top_n_ignores_calibration():
    study = _module()
    p = np.array([0.9, 0.01, 0.02, 0.03, 0.04])
    top = study.top_added(_data(), p, np.ones(5, dtype=bool))
    assert top[0]["top"] == 25
    assert (top[0]["new"], top[0]["repeat"], top[0]["false"]) == (1, 2, 1)


def test_the_fit_learns_a_feature_that_marks_the_label():
    study = _module()
    feats = [["a"], ["a"], ["b"], ["b"]] * 10
    y = np.array([1.0, 1.0, 0.0, 0.0] * 10)
    weights = study.fit(feats, y, l2=0.1, epochs=200)
    p = study.predict(weights, [["a"], ["b"]])
    assert p[0] > 0.9 > 0.1 > p[1]
    assert study.auc(y, study.predict(weights, feats)) == 1.0
