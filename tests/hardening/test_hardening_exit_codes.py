"""Exit codes as documented: 0 ok, 1 error, 2 usage, 130 interrupted; one line on stderr unless --debug."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from hardening_helpers import one_line_error, store_content

from timeline.cli import cli
from timeline.errors import ExitStatus, InputError
from timeline.model import Document, Extraction

README = Path(__file__).resolve().parents[2] / "README.md"


def _section(title: str) -> str:
    text = README.read_text(encoding="utf-8")
    start = text.index(f"## {title}\n")
    end = text.find("\n## ", start + 1)
    return text[start : end if end > 0 else None]


def test_exit_codes_readme_table_matches_the_code():
    rows = re.findall(r"^\| (\d+) \|", _section("Exit codes"), flags=re.MULTILINE)
    assert sorted(int(r) for r in rows) == sorted(int(s) for s in ExitStatus) == [0, 1, 2, 130]


def test_exit_codes_readme_has_the_bad_input_table():
    section = _section("Bad input and what you get")
    rows = re.findall(r"^\| (?!-)(.+?) \| (.+?) \|", section, flags=re.MULTILINE)[1:]  # without the header
    assert len(rows) >= 15
    for _, outcome in rows:
        assert re.search(r"\b(exit [0-9]+|warning)", outcome), outcome


def _good_file(tmp_path) -> str:
    path = tmp_path / "a.txt"
    path.write_text("Angela Merkel met Vladimir Putin in Berlin on Monday.")
    return str(path)


def _interrupt_after_first(monkeypatch):
    """The NLP stage finishes one document, then the user presses Ctrl-C (in this process or,
    with a store, in the worker that analyses: either way the run stops with exit 130)."""

    def analyse(documents, options, **kwargs):
        yield Extraction(Document(id=documents[0].id, text=documents[0].text, path=documents[0].path), (), (), ())
        raise KeyboardInterrupt

    monkeypatch.setattr("timeline.analysis.analyse_here", analyse)


def test_exit_codes_ctrl_c_is_130_and_keeps_finished_documents(tmp_path, monkeypatch):
    _interrupt_after_first(monkeypatch)
    (tmp_path / "b.txt").write_text("Second article.")
    db = tmp_path / "t.db"
    out = tmp_path / "out.json"
    result = CliRunner().invoke(
        cli, ["extract", _good_file(tmp_path), str(tmp_path / "b.txt"), "--db", str(db), "-o", str(out)]
    )
    assert result.exit_code == 130
    assert one_line_error(result) == "error: interrupted; documents finished so far are stored"
    assert [row[0] for row in store_content(db)["documents"]] == ["a"]
    assert not out.exists()


@pytest.mark.parametrize(
    "args, code",
    [(["schema"], 0), (["show", "--db", "missing.db"], 1), (["show", "--limit", "-1"], 2), (["nonsense"], 2)],
)
def test_exit_codes_each_kind(tmp_path, monkeypatch, args, code):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == code, result.stderr


def test_exit_codes_debug_adds_the_traceback_and_keeps_the_exit_code(tmp_path):
    missing = str(tmp_path / "nope.txt")
    result = CliRunner().invoke(cli, ["extract", missing, "--no-store", "--debug"])
    assert result.exit_code == int(InputError.exit_status) == 1
    assert "Traceback" in result.stderr and "InputError" in result.stderr
    assert result.stderr.rstrip().splitlines()[-1] == f"error: {missing}: no such file or directory"
    quiet = CliRunner().invoke(cli, ["extract", missing, "--no-store"])
    assert one_line_error(quiet) == f"error: {missing}: no such file or directory"


def test_exit_codes_debug_ctrl_c_is_still_130(tmp_path, monkeypatch):
    _interrupt_after_first(monkeypatch)
    (tmp_path / "b.txt").write_text("Second article.")
    result = CliRunner().invoke(
        cli, ["extract", _good_file(tmp_path), str(tmp_path / "b.txt"), "--db", str(tmp_path / "t.db"), "--debug"]
    )
    assert result.exit_code == 130
    assert "KeyboardInterrupt" in result.stderr


def test_exit_codes_a_bug_is_one_line_and_exit_1(tmp_path, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("something\nmultiline")

    monkeypatch.setattr("timeline.ingest.read_documents", broken)
    result = CliRunner().invoke(cli, ["extract", _good_file(tmp_path), "--no-store"])
    assert result.exit_code == 1
    assert "unexpected RuntimeError" in result.stderr and "--debug" in result.stderr
    assert "Traceback" not in result.stderr
