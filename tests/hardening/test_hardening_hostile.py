"""Hostile content: article text never reaches a shell, SQL or HTML unescaped; input paths never pick where we write."""

from __future__ import annotations

import json
import os
import subprocess

import pytest
from click.testing import CliRunner
from hardening_helpers import one_line_error, store_content, warnings_of

from timeline.cli import cli

HOSTILE = [
    "$(touch PWNED) `touch PWNED` ; touch PWNED && touch PWNED | touch PWNED",
    "Robert'); DROP TABLE documents; -- met \"x\" OR 1=1; DELETE FROM events WHERE '1'='1",
    "<script>alert(1)</script><img src=x onerror=alert(2)></script><!-- <b>bold</b>",
    "[bold red]rich[/] [/] [link=file:///etc/passwd]link[/link] {{7*7}} %s%n %(x)s \x1b[31mred\x1b[0m",
    '=HYPERLINK("http://evil") +SUM(A1) -2+3 @cmd\t|calc',
]


def _articles() -> list[dict]:
    return [
        {
            "id": f"x'); DROP TABLE events; -- {i}",
            "title": snippet,
            "url": "javascript:alert(3)",
            "source": snippet,
            "path": "../../outside/evil.txt",
            "date": "2016-12-23",
            "text": f"{snippet}\n\nAngela Merkel met Vladimir Putin in Berlin on Monday. {snippet} said Putin.",
        }
        for i, snippet in enumerate(HOSTILE)
    ]


@pytest.fixture
def hostile_input(tmp_path):
    path = tmp_path / "in" / "hostile.jsonl"
    path.parent.mkdir()
    path.write_text("".join(json.dumps(a) + "\n" for a in _articles()), encoding="utf-8")
    return path


@pytest.fixture
def no_shell(monkeypatch):
    """Any attempt to start a process or a shell fails the test."""

    def refuse(*args, **kwargs):
        raise AssertionError(f"a process was started: {args!r}")

    for name in ("system", "popen", "execv", "execvp", "execve", "spawnv", "posix_spawn", "posix_spawnp"):
        if hasattr(os, name):
            monkeypatch.setattr(os, name, refuse)
    monkeypatch.setattr(subprocess, "Popen", refuse)


@pytest.mark.slow
def test_hostile_text_is_stored_verbatim_and_runs_nothing(nlp, no_shell, hostile_input, tmp_path, monkeypatch):
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    monkeypatch.chdir(cwd)
    db = tmp_path / "t.db"
    runner = CliRunner()
    result = runner.invoke(cli, ["extract", str(hostile_input), "--db", str(db), "-f", "json"])
    assert result.exit_code == 0, result.stderr
    assert list(cwd.iterdir()) == [] and not (tmp_path / "outside").exists()
    assert not any(p.name == "PWNED" for p in tmp_path.rglob("*"))
    # Parameters, not SQL strings: the quotes and statements are data, and every table is still there.
    stored = store_content(db)
    assert [row[0] for row in stored["documents"]] == [a["id"] for a in _articles()]
    assert [row[3] for row in stored["documents"]] == [a["text"] for a in _articles()]
    assert stored["events"] and stored["actors"]
    for article in _articles():
        result = runner.invoke(cli, ["show", "--db", str(db), "--doc", article["id"], "-f", "json"])
        assert result.exit_code == 0, result.stderr
        assert json.loads(result.stdout)["events"], article["id"]
    result = runner.invoke(cli, ["show", "--db", str(db), "--actor", "x' OR '1'='1", "-f", "json"])
    assert result.exit_code == 0 and json.loads(result.stdout)["events"] == []


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["html", "timelinejs", "md", "csv", "table", "ics", "json"])
def test_hostile_text_is_escaped_in_every_format(nlp, no_shell, hostile_input, tmp_path, fmt):
    out = tmp_path / "out" / f"chronology.{fmt}"
    out.parent.mkdir()
    result = CliRunner().invoke(cli, ["extract", str(hostile_input), "--no-store", "-f", fmt, "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    assert [p.name for p in out.parent.iterdir()] == [out.name], "only the requested output is written"
    text = out.read_text(encoding="utf-8")
    if fmt in ("html", "timelinejs"):
        for raw in ("<script>alert", "<img src=x", "onerror=alert(2)>", "<b>bold"):
            assert raw not in text, raw
        assert "javascript:alert" not in text
    if fmt == "html":
        # Only the page's own script tags: no article text closes or opens one.
        assert text.count("<script") == text.count("</script>")
    if fmt == "csv":
        import csv
        import io

        for row in csv.reader(io.StringIO(text)):
            assert not any(cell.startswith(("=", "+", "-", "@")) for cell in row), row
    if fmt in ("table", "md", "csv"):
        assert "\x1b" not in text, "no terminal escape sequence from an article reaches the output"


def test_hostile_markup_in_file_names_is_printed_as_is(no_shell, tmp_path, monkeypatch):
    monkeypatch.setenv("FORCE_COLOR", "1")
    # A name cannot hold "/", so the closing tags span folders: ".../[bold]in[/]/[red]x[/]empty.txt".
    folder = tmp_path / "[bold]in[" / "]"
    (folder / "[red]x[").mkdir(parents=True)
    (folder / "[red]x[" / "]empty.txt").write_text("")
    result = CliRunner().invoke(cli, ["extract", str(folder), "--no-store"])
    assert result.exit_code == 1
    assert f"{folder}/[red]x[/]empty.txt: skipped: empty file" in result.stderr
    assert f"{folder}: no readable documents" in result.stderr
    assert "unexpected" not in result.stderr and "Traceback" not in result.stderr


def test_hostile_dates_file_and_json_paths_never_choose_where_to_write(no_shell, tmp_path, monkeypatch):
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    monkeypatch.chdir(cwd)
    dates = tmp_path / "dates.json"
    dates.write_text(json.dumps({"../../outside/evil.txt": "2016-12-23", "/etc/passwd": "2016-12-24"}))
    # A broken record after the good ones: the run stops before the store or any output is written.
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps(_articles()[0]) + "\n{broken\n", encoding="utf-8")
    out = tmp_path / "out.json"
    result = CliRunner().invoke(
        cli, ["extract", str(path), "--dates", str(dates), "-o", str(out), "--db", str(tmp_path / "t.db")]
    )
    assert result.exit_code == 1
    assert f"{path}:2: malformed JSON line" in one_line_error(result)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cwd", "dates.json", "in.jsonl"]
    assert list(cwd.iterdir()) == []


@pytest.mark.slow
def test_hostile_json_path_field_is_not_the_document_path(nlp, no_shell, hostile_input, tmp_path):
    result = CliRunner().invoke(cli, ["extract", str(hostile_input), "--no-store", "-f", "json"])
    assert result.exit_code == 0, result.stderr
    assert {d["path"] for d in json.loads(result.stdout)["documents"]} == {str(hostile_input)}
    assert not warnings_of(result)


@pytest.mark.parametrize("color", ["0", "1"])
def test_hostile_control_characters_in_file_names_stay_on_one_escaped_line(tmp_path, monkeypatch, color):
    if color == "1":
        monkeypatch.setenv("FORCE_COLOR", "1")
    else:
        monkeypatch.setenv("NO_COLOR", "1")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a\nerror: fake\x1b]0;title\x07\x1b[2J.txt").write_text("")
    result = CliRunner().invoke(cli, ["extract", str(folder), "--no-store"])
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert len(lines) == 2, lines
    assert "a\\nerror: fake\\x1b]0;title\\x07\\x1b[2J.txt: skipped: empty file" in lines[0]
    assert "\x07" not in result.stderr and "\x1b]" not in result.stderr and "\x1b[2J" not in result.stderr


@pytest.mark.parametrize("command", [["extract", "IN"], ["show"], ["actors"]])
def test_hostile_output_over_the_database_is_refused(tmp_path, command):
    from timeline.model import Document, Extraction
    from timeline.store import Store

    db = tmp_path / "t.db"
    with Store(str(db)) as store:
        store.put(Extraction(Document(id="old", text="Earlier."), (), (), ()), "k")
    before = store_content(db)
    article = tmp_path / "a.txt"
    article.write_text("Angela Merkel met Vladimir Putin on Monday.")
    args = [str(article) if a == "IN" else a for a in command]
    result = CliRunner().invoke(cli, [*args, "--db", str(db), "-o", str(db)])
    assert result.exit_code == 2
    assert "is the database (--db)" in one_line_error(result)
    assert store_content(db) == before
