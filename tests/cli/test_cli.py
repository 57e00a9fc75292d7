"""CLI behaviour a user sees: exit codes, one-line errors, outputs, the store left intact."""

import json
import re
import sqlite3

import pytest
from click.testing import CliRunner

from timeline.cli import cli

COMMANDS = ["extract", "show", "dates", "actors", "documents", "import", "schema"]


@pytest.fixture
def runner():
    return CliRunner()


@pytest.fixture
def db(tmp_path):
    return str(tmp_path / "t.db")


def one_line_error(result) -> str:
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    return lines[0]


@pytest.mark.parametrize("command", COMMANDS)
def test_cli_every_command_has_help(runner, command):
    result = runner.invoke(cli, [command, "--help"])
    assert result.exit_code == 0
    assert "Usage: " in result.output


def test_cli_every_command_and_option_is_documented_in_readme(runner):
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text()
    for command in COMMANDS:
        assert f"timeline {command}" in readme, command
        for param in cli.commands[command].params:
            for opt in param.opts + param.secondary_opts:
                if opt.startswith("--") and opt not in ("--help",):
                    assert opt in readme, f"{command} {opt} is not in the README"


def test_cli_version(runner):
    result = runner.invoke(cli, ["--version"])
    assert result.exit_code == 0
    assert re.search(r"\d+\.\d+", result.output)


def test_cli_missing_path_is_one_line_error_and_store_untouched(runner, db, tmp_path):
    result = runner.invoke(cli, ["extract", str(tmp_path / "nope.txt"), "--db", db])
    assert result.exit_code == 1
    assert "nope.txt" in one_line_error(result)
    assert not (tmp_path / "t.db").exists()


@pytest.mark.parametrize("bad", ["yesterday-ish", "2016-13-45", "2016"])
def test_cli_invalid_ref_date_is_usage_error(runner, db, seeds_dir, bad):
    result = runner.invoke(cli, ["extract", str(seeds_dir), "--ref-date", bad, "--db", db])
    assert result.exit_code == 2
    assert "--ref-date" in one_line_error(result)


def test_cli_unknown_format_is_usage_error(runner, seeds_dir):
    result = runner.invoke(cli, ["extract", str(seeds_dir), "--format", "docx"])
    assert result.exit_code == 2
    assert "docx" in result.stderr


def test_cli_malformed_json_line_names_file_and_line(runner, db, tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text('{"id": "a", "text": "Putin spoke on Friday."}\n{"id": "b", "text": \n')
    result = runner.invoke(cli, ["extract", str(path), "--db", db])
    assert result.exit_code == 1
    assert "in.jsonl:2" in one_line_error(result)
    assert not (tmp_path / "t.db").exists()


@pytest.mark.slow
def test_cli_undated_jsonl_record_is_named_by_file_line_and_id(runner, tmp_path):
    path = tmp_path / "in.jsonl"
    rows = [
        {"id": "a", "date": "2016-12-23", "text": "Putin spoke on Friday."},
        {"id": "b", "text": "Erdogan spoke on Thursday."},
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    result = runner.invoke(cli, ["dates", str(path), "--format", "json"])
    assert result.exit_code == 0
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning:")]
    assert len(warnings) == 1 and f"{path}:2 (b): no publication date found" in warnings[0]


@pytest.mark.slow
def test_cli_article_with_no_date_shows_the_day_it_names_unresolved(runner, tmp_path):
    path = tmp_path / "undated.txt"
    path.write_text("Talks in Geneva\n\nThe two sides met in Geneva on Thursday to discuss a truce.\n")
    result = runner.invoke(cli, ["extract", str(path), "--no-store", "--format", "table", "--undated"])
    assert result.exit_code == 0
    assert "when: “Thursday” (not resolved: the article has no date)" in result.output
    dated = runner.invoke(cli, ["extract", str(path), "--no-store", "--format", "table", "--ref-date", "2016-12-23"])
    assert "when: “Thursday” (relative to the article's date)" in dated.output


def test_cli_unknown_model_says_how_to_install(runner, tmp_path, monkeypatch):
    path = tmp_path / "a.txt"
    path.write_text("Putin spoke on Friday.")
    result = runner.invoke(cli, ["dates", str(path), "--model", "xx_no_such_model"])
    assert result.exit_code == 1
    line = one_line_error(result)
    assert "xx_no_such_model" in line and "pip install" in line


def test_cli_show_without_store_says_run_extract(runner, tmp_path):
    result = runner.invoke(cli, ["show", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1
    assert "timeline extract" in one_line_error(result)


def test_cli_show_rejects_foreign_database(runner, tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE x (y)")
    conn.commit()
    conn.close()
    result = runner.invoke(cli, ["show", "--db", str(path)])
    assert result.exit_code == 1
    assert "not a timeline database" in one_line_error(result)


def test_cli_show_stdin_rejects_non_timeline_json(runner):
    result = runner.invoke(cli, ["show", "-"], input='{"hello": 1}')
    assert result.exit_code == 1
    assert "<stdin>" in one_line_error(result)


def test_cli_schema_prints_json_schema(runner):
    result = runner.invoke(cli, ["schema"])
    assert result.exit_code == 0
    schema = json.loads(result.output)
    assert "events" in schema["properties"]
