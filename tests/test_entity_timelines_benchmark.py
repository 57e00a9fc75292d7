"""benchmarks/entity_timelines.py: the gold dates as TimeLine anchors, and its tokens in the trial's format."""

import importlib.util
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "entity_timelines.py"


def _module():
    sys.path.insert(0, str(SCRIPT.parent))
    spec = importlib.util.spec_from_file_location("entity_timelines_benchmark", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _interval(earliest, latest, exact=True):
    return {"earliest": earliest, "latest": latest, "exact": exact}


def test_a_gold_interval_becomes_the_day_the_month_the_year_or_undated():
    gold_date = _module().gold_date
    assert gold_date(_interval("2009-06-14", "2009-06-14")) == "2009-06-14"
    assert gold_date(_interval("2009-06-13", "2009-06-14", exact=False)) == "2009-06"
    assert gold_date(_interval("2009-06-01", "2009-06-30")) == "2009-06"
    assert gold_date(_interval("2009-06-30", "2009-07-01", exact=False)) == "2009"
    assert gold_date(_interval("2009-01-01", "2009-12-31")) == "2009"
    assert gold_date(_interval("2008-12-31", "2009-01-01", exact=False)) is None
    assert gold_date(None) is None


def test_tokens_follow_the_trial_format_with_indexes_restarting_per_sentence():
    text = 'Ms. Varga and the U.S. envoy met on Friday. "We agreed," she said.\nTalks resume in May.'
    table = _module().tokenize(text)
    assert all(text[start:end] == word for start, end, _, _, word in table)
    assert table[0] == [0, 2, "0", 0, "Ms"]
    sentences = {}
    for _, _, sent, index, word in table:
        assert isinstance(sent, str)
        sentences.setdefault(sent, []).append((index, word))
    words = [" ".join(w for _, w in sentences[s]) for s in sorted(sentences, key=int)]
    assert words == [
        "Ms . Varga and the U.S . envoy met on Friday .",
        '" We agreed , " she said .',
        "Talks resume in May .",
    ]
    assert all([i for i, _ in sentences[s]] == list(range(len(sentences[s]))) for s in sentences)


def test_a_phrasal_verb_mention_is_scored_on_its_verb():
    head_word = _module().head_word
    text = "The two firms set up a venture."
    start = text.index("set up")
    mention = {"start": start, "end": start + 6, "trigger": "set up"}
    assert head_word(mention) == {"start": start, "end": start + 3, "trigger": "set"}
    single = {"start": 4, "end": 7, "trigger": "two"}
    assert head_word(single) == single
