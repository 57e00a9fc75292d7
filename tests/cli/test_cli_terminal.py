"""Defaults a user notices: a table on a terminal, JSON in a pipe, progress only on stderr."""

import io
import json

import pytest
from click.testing import CliRunner

from timeline.cli import cli
from timeline.terminal import Terminal, want_color

pytestmark = pytest.mark.slow


class FakeTTY(io.StringIO):
    def isatty(self):
        return True


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Putin said on Friday that talks will be held in Astana in January.")
    return str(path)


def test_cli_terminal_pipe_gets_json_by_default(article):
    result = CliRunner().invoke(cli, ["extract", article, "--no-store", "--ref-date", "2016-12-23"])
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["schema"] == "timeline/1"


def test_cli_terminal_tty_gets_a_table_by_default(article, monkeypatch):
    monkeypatch.setattr("timeline.cli.is_tty", lambda stream: True)
    result = CliRunner().invoke(cli, ["extract", article, "--no-store", "--ref-date", "2016-12-23", "--no-color"])
    assert result.exit_code == 0, result.stderr
    assert "January 2017" in result.stdout and not result.stdout.lstrip().startswith("{")
    assert "\x1b[" not in result.stdout


def test_cli_terminal_progress_goes_to_stderr_only():
    err = FakeTTY()
    term = Terminal(stderr=err, color=False)
    out = io.StringIO()
    with term.progress("extracting") as update:
        for n in range(1, 4):
            update(n, 3)
            out.write(f"data {n}\n")
    assert out.getvalue() == "data 1\ndata 2\ndata 3\n"
    assert "extracting" in err.getvalue()


def test_cli_terminal_progress_silent_when_quiet_or_not_a_terminal():
    for term in (Terminal(stderr=FakeTTY(), quiet=True), Terminal(stderr=io.StringIO())):
        with term.progress("extracting") as update:
            update(1, 1)
        assert term.stderr.getvalue() == ""


@pytest.mark.parametrize(
    "flag, env, tty, expected",
    [
        (None, {}, True, True),
        (None, {}, False, False),
        (None, {"NO_COLOR": "1"}, True, False),
        (None, {"FORCE_COLOR": "1"}, False, True),
        (False, {"FORCE_COLOR": "1"}, True, False),
        (True, {"NO_COLOR": "1"}, False, True),
    ],
)
def test_cli_terminal_colour_decision(monkeypatch, flag, env, tty, expected):
    for k, v in env.items():
        monkeypatch.setenv(k, v)
    stream = FakeTTY() if tty else io.StringIO()
    assert want_color(flag, stream) is expected


MESSAGES = [
    "a.txt: no publication date found",
    "[bold]not markup[/] and a lone [ bracket",
    "naïve café, 日本語 and emoji 🎉 :smile:",
    "trailing spaces   ",
    "an escape \x1b[31m, a bell \x07, a carriage return \r and a line break \n in a file name",
    "x" * 400,
    "a lone surrogate \udcff from a file name",
]


def rich_lines(call: str, message: str) -> str:
    term = Terminal(stderr=io.StringIO(), color=False)
    assert term.err is not None  # the console made first: everything goes through it
    getattr(term, call)(message)
    return term.stderr.getvalue()


@pytest.mark.parametrize("message", MESSAGES)
@pytest.mark.parametrize("call", ["warn", "info", "error"])
def test_cli_terminal_plain_messages_are_what_rich_prints(call, message):
    term = Terminal(stderr=io.StringIO(), color=False)
    getattr(term, call)(message)
    assert "err" not in term.__dict__  # written without the console
    assert term.stderr.getvalue() == rich_lines(call, message)


def test_cli_terminal_rich_still_prints_tabs_colour_and_above_a_progress_bar():
    term = Terminal(stderr=io.StringIO(), color=False)
    term.warn("a\ttab")
    assert term.stderr.getvalue() == rich_lines("warn", "a\ttab") == "warning: a      tab\n"  # expanded by the console
    coloured = Terminal(stderr=io.StringIO(), color=True)
    coloured.warn("no date")
    assert "err" in coloured.__dict__ and "no date" in coloured.stderr.getvalue()  # the console colours it
    tty = Terminal(stderr=FakeTTY(), color=False)
    with tty.progress("reading") as update:
        tty.warn("during the bar")
        update(1, 1)
    assert "warning: during the bar" in tty.stderr.getvalue()
    assert "err" in tty.__dict__  # the bar's console printed it


def test_cli_terminal_a_warning_in_a_pipe_does_not_import_rich(tmp_path):
    import subprocess
    import sys

    path = tmp_path / "a.txt"
    path.write_text("Talks will be held on Friday.")
    code = (
        "import sys, runpy\n"
        f"sys.argv = ['timeline', 'dates', {str(path)!r}, '--format', 'jsonl']\n"
        "try:\n    runpy.run_module('timeline', run_name='__main__')\n"
        "except SystemExit:\n    pass\n"
        "print('rich' in sys.modules, file=sys.__stdout__)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=120)
    assert proc.stderr.startswith(f"warning: {path}: no publication date found"), proc.stderr
    assert proc.stdout.splitlines()[-1] == "False"
