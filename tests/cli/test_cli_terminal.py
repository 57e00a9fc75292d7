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
