"""A table taller than the terminal goes through the user's pager, as `git log` does; the
undated events are counted, not listed, unless asked for."""

import fcntl
import json
import os
import pty
import struct
import subprocess
import sys
import termios
from pathlib import Path

import pytest

from timeline.terminal import DEFAULT_PAGER, pager_command

ROOT = Path(__file__).resolve().parents[2]
SEEDS_JSON = str(ROOT / "examples" / "seeds.json")
# The seeds' chronology as committed in examples/ (it changes when the extraction does).
_EVENTS = json.loads(Path(SEEDS_JSON).read_text())["events"]
N = len(_EVENTS)
UNDATED = sum(1 for e in _EVENTS if not e["date"]["earliest"])
SUMMARY = f"{N} events ({N - UNDATED} dated, {UNDATED} undated) from 2 documents"


def _on_a_terminal(args, env, rows=24, cols=100):
    """Run `python -m timeline ARGS` with stdin and stdout on a pseudo-terminal of rows x cols;
    what the terminal showed, stderr and the exit code."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
    full_env = {k: v for k, v in os.environ.items() if k not in ("PAGER", "TIMELINE_PAGER", "LESS")}
    full_env.update(env)
    proc = subprocess.Popen(
        [sys.executable, "-m", "timeline", *args],
        stdin=slave,
        stdout=slave,
        stderr=subprocess.PIPE,
        env=full_env,
        cwd=ROOT,
    )
    os.close(slave)
    shown = b""
    while True:
        try:
            chunk = os.read(master, 1 << 16)
        except OSError:  # EIO: the child closed the terminal
            break
        if not chunk:
            break
        shown += chunk
    os.close(master)
    stderr = proc.stderr.read().decode()
    proc.stderr.close()
    return shown.decode("utf-8", "replace"), stderr, proc.wait()


@pytest.fixture
def fake_pager(tmp_path):
    """A PAGER that records what it was given (and its LESS) instead of showing it."""
    script = tmp_path / "pager.sh"
    script.write_text(f'#!/bin/sh\necho "LESS=$LESS" > {tmp_path}/less-env\ncat > {tmp_path}/paged.txt\n')
    script.chmod(0o755)
    return script, tmp_path / "paged.txt"


def test_cli_pager_pages_a_tall_table_with_undated_events_collapsed(fake_pager):
    script, paged = fake_pager
    shown, stderr, code = _on_a_terminal(["show", SEEDS_JSON, "--no-color"], {"PAGER": str(script)})
    assert code == 0, stderr
    text = paged.read_text()
    assert text.splitlines()[0] == SUMMARY
    assert f"Undated: no date could be resolved  {UNDATED} events" in text
    assert text.rstrip().endswith(f"{UNDATED} undated events not listed; --undated lists them")
    assert text.index("December 2016") < text.index("Undated")  # the dated chronology first
    assert SUMMARY not in shown  # it went to the pager, not straight to the screen
    assert (paged.parent / "less-env").read_text().strip() == "LESS=FRX"


def test_cli_pager_undated_option_lists_them(fake_pager):
    script, paged = fake_pager
    _, stderr, code = _on_a_terminal(["show", SEEDS_JSON, "--no-color", "--undated"], {"PAGER": str(script)})
    assert code == 0, stderr
    text = paged.read_text()
    assert "not listed" not in text
    undated = text[text.index("Undated: no date could be resolved") :]
    assert undated.count("•") == UNDATED


def test_cli_pager_timeline_pager_wins_over_pager(fake_pager, tmp_path):
    script, paged = fake_pager
    env = {"PAGER": "false", "TIMELINE_PAGER": str(script)}
    _, stderr, code = _on_a_terminal(["show", SEEDS_JSON, "--no-color"], env)
    assert code == 0, stderr
    assert SUMMARY in paged.read_text()


def test_cli_pager_no_pager_prints_straight_to_the_terminal(fake_pager):
    script, paged = fake_pager
    shown, stderr, code = _on_a_terminal(["show", SEEDS_JSON, "--no-color", "--no-pager"], {"PAGER": str(script)})
    assert code == 0, stderr
    assert not paged.exists()
    assert SUMMARY in shown and "--undated lists them" in shown


def test_cli_pager_no_pager_before_the_command_too(fake_pager):
    script, paged = fake_pager
    shown, stderr, code = _on_a_terminal(["--no-pager", "show", SEEDS_JSON, "--no-color"], {"PAGER": str(script)})
    assert code == 0, stderr
    assert not paged.exists() and SUMMARY in shown


def test_cli_pager_short_table_is_not_paged(fake_pager):
    script, paged = fake_pager
    args = ["show", SEEDS_JSON, "--no-color", "--no-undated", "--limit", "1"]
    shown, stderr, code = _on_a_terminal(args, {"PAGER": str(script)}, rows=40)
    assert code == 0, stderr
    assert not paged.exists()
    assert "1 event (1 dated, 0 undated) from 1 document" in shown


def test_cli_pager_never_for_a_pipe(fake_pager):
    script, paged = fake_pager
    env = {**os.environ, "PAGER": str(script)}
    result = subprocess.run(
        [sys.executable, "-m", "timeline", "show", SEEDS_JSON, "-f", "table"],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    assert not paged.exists()
    assert SUMMARY in result.stdout


def test_cli_pager_missing_pager_command_still_shows_the_table():
    env = {"PAGER": "no-such-pager-h21"}
    shown, stderr, code = _on_a_terminal(["show", SEEDS_JSON, "--no-color"], env)
    assert code == 0, stderr
    assert SUMMARY in shown


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"TIMELINE_PAGER": "most", "PAGER": "more"}, "most"),
        ({"PAGER": "more -d"}, "more -d"),
        ({"PAGER": ""}, None),
        ({"PAGER": "cat"}, None),
        ({"TIMELINE_PAGER": "", "PAGER": "more"}, None),
    ],
)
def test_cli_pager_command_choice(env, expected):
    assert pager_command(env) == expected


def test_cli_pager_default_is_less_frx():
    assert DEFAULT_PAGER == "less -FRX"
    assert pager_command({}) in (DEFAULT_PAGER, None)  # None only where less is not installed
