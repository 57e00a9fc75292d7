"""Help a new user can act on: options in sections, examples, exit codes, versions, completion."""

import re

import pytest
from click.testing import CliRunner

from timeline.cli import cli
from timeline.model import Actor, Document, Extraction
from timeline.store import open_store

COMMANDS = ["extract", "show", "dates", "actors", "documents", "import", "schema"]


def _help(*args):
    result = CliRunner().invoke(cli, [*args, "--help"], terminal_width=100)
    assert result.exit_code == 0, result.output
    return result.output


def _section(text, title):
    """The lines of one help section, up to the next one."""
    body = text.split(f"\n{title}:\n", 1)[1]
    return re.split(r"\n\S[^\n]*:\n", body, maxsplit=1)[0]


@pytest.mark.parametrize("command", COMMANDS)
def test_cli_help_every_command_has_examples_and_exit_codes(command):
    text = _help(command)
    examples = _section(text, "Examples")
    assert all(line.strip().startswith("timeline ") for line in examples.strip().splitlines())
    assert f"timeline {command}" in examples
    codes = _section(text, "Exit codes")
    for code in ("0", "1", "2", "130"):
        assert re.search(rf"^\s+{code}\s+\w", codes, re.M), code
    assert "\nOptions:\n" not in text  # every option is in a named section


def test_cli_help_extract_options_in_sections_in_order():
    text = _help("extract")
    titles = re.findall(r"^(\w[\w ]*) options:$", text, re.M)
    assert titles == ["Input", "Dating", "Output", "Store", "Performance", "General"]
    assert "--ref-date" in _section(text, "Dating options") and "--dates" in _section(text, "Dating options")
    output = _section(text, "Output options")
    assert output.index("--format") < output.index("--output") < output.index("--color")
    assert "--jobs" in _section(text, "Performance options") and "--jobs" not in output


def test_cli_help_show_filters_first():
    text = _help("show")
    first = re.search(r"^(\w[\w ]*) options:$", text, re.M)
    assert first and first.group(1) == "Filter"
    assert "--actor" in _section(text, "Filter options")


def test_cli_help_top_level_lists_exit_codes_and_examples():
    text = _help()
    assert "Examples:" in text and "timeline documents" in text
    assert "130" in _section(text, "Exit codes")


def test_cli_help_version_names_spacy_and_the_model():
    result = CliRunner().invoke(cli, ["--version"])
    assert result.exit_code == 0
    lines = result.output.splitlines()
    # the build tells whether the event extraction runs compiled (a regular install) or not
    assert re.fullmatch(r"timeline \d+\.\d+\.\d+ \((compiled with mypyc|pure Python)\)", lines[0])
    assert any(re.fullmatch(r"spaCy \d+\.\d+\.\d+", line) for line in lines)
    assert any(line.startswith("model ") for line in lines)


def test_cli_help_version_names_the_model_asked_for(monkeypatch):
    monkeypatch.setenv("TIMELINE_MODEL", "no_such_model_h21")
    result = CliRunner().invoke(cli, ["-V"])
    assert "model no_such_model_h21: not installed" in result.output


def _complete(args, incomplete):
    from click.shell_completion import ShellComplete

    comp = ShellComplete(cli, {}, "timeline", "_TIMELINE_COMPLETE")
    return [c.value for c in comp.get_completions(args, incomplete)]


def test_cli_help_shell_completion_of_actor_names_and_document_ids(tmp_path):
    db = str(tmp_path / "t.db")
    with open_store(db) as store:
        doc = Document(id="001_astana", text="x", title="Talks")
        actors = (Actor("Vladimir Putin", "PERSON"), Actor("Syria", "GPE"), Actor("Putney 100%", "GPE"))
        store.put(Extraction(document=doc, actors=actors), key="k")
    assert _complete(["show", "--db", db, "--actor"], "Pu") == ["Putney 100%", "Vladimir Putin"]
    assert _complete(["actors", "--db", db, "--actor"], "sy") == ["Syria"]
    assert _complete(["show", "--db", db, "--actor"], "%") == []  # a wildcard is a character
    assert _complete(["show", "--db", db, "--doc"], "00") == ["001_astana"]
    assert _complete(["documents", "--db", db, "--remove"], "") == ["001_astana"]
    assert _complete(["show", "--db", str(tmp_path / "none.db"), "--actor"], "Pu") == []
    assert not (tmp_path / "none.db").exists()  # completing creates no store
