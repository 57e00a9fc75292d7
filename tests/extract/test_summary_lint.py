"""benchmarks/summaries.py's lint reads a quoted summary's words, not its quote marks."""

import importlib.util
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "summaries.py"


def _flaws():
    spec = importlib.util.spec_from_file_location("summaries_lint", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.flaws


def test_summary_lint_sees_a_pronoun_behind_an_opening_quote_and_cut_mark():
    flaws = _flaws()
    assert "opens on a pronoun" in flaws("“… he will leave the party before the vote”")
    assert "opens on a bare verb form" in flaws('"… visited the camp on Friday"')
    assert flaws('"The minister resigned on Friday," the agency said') == []
    assert "two words or fewer" in flaws("“ Talks …”")


def test_summary_lint_sees_a_relative_word_opening_a_summary_outside_a_quotation():
    flaws = _flaws()
    assert "opens on a relative word" in flaws("which the rebels seized in 1998")
    assert "opens on a relative word" in flaws("who were arrested in May last year")
    assert flaws('"Who will pay for the repairs?" the mayor asked') == []  # a question in a quotation


def test_summary_lint_sees_a_quotation_told_with_no_speaker():
    flaws = _flaws()
    assert "a quotation alone" in flaws('"… we closed the road before dawn"')
    assert "a quotation alone" in flaws("“The ferries stopped running at noon”")
    assert flaws('"… we closed the road before dawn," Marta Ekdahl said') == []
    assert flaws('The mayor said: "We closed the road"') == []
