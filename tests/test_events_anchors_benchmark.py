"""benchmarks/events_anchors.py completes the gold anchors with the words the guidelines put in
`also` (support verbs, reporting verbs, market lines, named compounds), and events.py scores with them."""

import importlib.util
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"


def _load(name: str, file: str):
    sys.path.insert(0, str(BENCH))
    spec = importlib.util.spec_from_file_location(name, BENCH / file)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _anchors():
    return _load("events_anchors_benchmark", "events_anchors.py")


def _event(text: str, word: str, after: str = "") -> dict:
    start = text.index(word, text.index(after) if after else 0)
    return {"start": start, "end": start + len(word), "trigger": word}


def _added(text: str, *events: dict) -> list[list[tuple[str, str]]]:
    anchors = _anchors()
    doc = anchors.nlp()(text)
    return [[(a["trigger"], a["completed"]) for a in added] for added in anchors.complete(doc, list(events))]


@pytest.mark.slow
def test_the_support_verb_of_an_event_noun_is_completed_and_the_other_way_round():
    text = "The two unions reached a wage agreement on Friday. The army launched a new offensive in May."
    assert _added(text, _event(text, "agreement")) == [[("reached", "support")]]
    assert _added(text, _event(text, "launched")) == [[("offensive", "support")]]


@pytest.mark.slow
def test_a_support_verb_through_its_preposition_but_not_an_adjunct_further_on():
    text = "The long strike finally came to an end on Tuesday."
    assert _added(text, _event(text, "end")) == [[("came", "support")]]
    text = "The bank ended the year on a merger with its rival."
    assert _added(text, _event(text, "merger")) == [[]]


@pytest.mark.slow
def test_the_reporting_verb_of_a_reported_happening_and_the_happening_of_a_gold_statement():
    text = "Flood waters destroyed forty houses, the governor said on Sunday."
    assert _added(text, _event(text, "destroyed")) == [[("said", "reporting")]]
    assert _added(text, _event(text, "said")) == [[("destroyed", "reporting")]]


@pytest.mark.slow
def test_a_statement_of_two_coordinated_happenings_is_not_completed_with_either():
    text = "The mayor said the city had reopened its schools and lifted the curfew."
    assert _added(text, _event(text, "said")) == [[]]


@pytest.mark.slow
def test_the_market_verb_of_a_move_word():
    text = "Shares of the carmaker closed 3 percent higher at 12 dollars."
    assert _added(text, _event(text, "higher")) == [[("closed", "market")]]


@pytest.mark.slow
def test_the_rest_of_a_named_compound_but_not_a_common_noun_modifier():
    text = "Leaders met at the Pacific Summit Conference in Lima. Opposition parties began the election campaign."
    added = _added(text, _event(text, "Summit"))
    assert ("Conference", "compound") in added[0]
    assert _added(text, _event(text, "campaign")) == [[("began", "support")]]


@pytest.mark.slow
def test_a_word_that_is_another_gold_event_is_left_to_it():
    text = "The storm caused the deaths of nine people."
    assert _added(text, _event(text, "deaths"), _event(text, "caused")) == [[], []]


@pytest.mark.slow
def test_the_completed_figures_count_the_rows_the_completion_turns_real():
    events = _load("events_benchmark_c", "events.py")
    text = "The two unions reached a wage agreement on Friday. Prices rose."
    golds = [{"id": "d", "events": [_event(text, "agreement"), _event(text, "rose")]}]
    for ev in golds[0]["events"]:
        ev.update(date=None, actors=[], summary=ev["trigger"])

    def row(word: str) -> dict:
        start = text.index(word)
        m = {"doc": "d", "start": start, "end": start + len(word), "trigger": word, "text": text.split(". ")[0]}
        return {"mentions": [m], "date": {}, "actors": [], "summary": word, "confidence": 0.5}

    data = {"events": [row("reached"), row("rose")]}
    strict, _ = events.score(golds, data, {"d": text})
    completed = events.completed_figures(golds, data, {"d": text})
    assert (strict["real_rows"], strict["recall"]) == (1, 50.0)
    assert (completed["real_rows"], completed["recall"], completed["turned_real"]) == (2, 100.0, 1)
    assert "also" not in golds[0]["events"][0]  # the gold itself is left as it is


@pytest.mark.slow
def test_a_verb_before_a_time_adjunct_or_a_cause_is_no_support_verb():
    text = "The arrests were made soon after the election victory. The report has led to a new inquiry."
    assert _added(text, _event(text, "victory")) == [[]]
    assert _added(text, _event(text, "inquiry")) == [[]]


@pytest.mark.slow
def test_a_reporting_verb_that_reports_a_clause_of_its_own_is_not_the_happening_s():
    text = "Visitors were filtered by the army, she said access was often denied."
    assert _added(text, _event(text, "filtered")) == [[]]
    assert _added(text, _event(text, "denied")) == [[("said", "reporting")]]
