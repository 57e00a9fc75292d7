"""The terminal: data to stdout, diagnostics and progress to stderr, colour decided once."""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Callable, Mapping
from contextlib import contextmanager
from functools import cached_property
from typing import IO

from timeline.errors import Notice, TimelineError

# Messages quote file names and article text: a newline or an escape sequence in them must not
# break the one-line format or drive the terminal, so control characters are shown escaped.
_CONTROLS = {c: f"\\x{c:02x}" for c in (*range(0x20), 0x7F, *range(0x80, 0xA0)) if c != 0x09}
_CONTROLS.update({0x0A: "\\n", 0x0D: "\\r", 0x2028: "\\u2028", 0x2029: "\\u2029"})
# Bidirectional overrides reorder what follows them ("gpj.exe" shown as "exe.jpg"): shown escaped.
_CONTROLS.update({c: f"\\u{c:04x}" for c in (0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A))})


def one_line(message: str) -> str:
    """``message`` on one line, its control characters written as escapes."""
    return message.translate(_CONTROLS)


def want_color(flag: bool | None, stream: IO) -> bool:
    """--color/--no-color win; then NO_COLOR, then FORCE_COLOR; else colour only on a TTY."""
    if flag is not None:
        return flag
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def is_tty(stream: IO) -> bool:
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


class Terminal:
    """``name_of``: how library errors and skipped problems name an argument (the CLI: its option)."""

    def __init__(
        self,
        *,
        quiet: bool = False,
        color: bool | None = None,
        stderr: IO | None = None,
        name_of: Callable[[str], str] = str,
    ):
        self.name_of = name_of
        self.stderr = stderr or sys.stderr
        self.quiet = quiet
        self.color = want_color(color, self.stderr)

    @cached_property
    def err(self):
        """The console on stderr, made when something is first printed (importing rich takes
        a few hundredths of a second that a quiet run need not spend)."""
        from rich.console import Console

        return Console(
            file=self.stderr,
            no_color=not self.color,
            color_system="auto" if self.color else None,
            highlight=False,
            emoji=False,  # "--dask local:x:" is text, not an emoji code
            soft_wrap=True,
        )

    def _plain(self, line: str) -> bool:
        """Write ``line`` to stderr as the console would, without importing rich (a few hundredths
        of a second of a one-file run), where that gives the same text: no colour, no progress bar
        that the console keeps below what it prints (stderr is not a terminal), and no tab (the
        console expands tabs by the screen width of what comes before them). False: not written."""
        if self.color or "\t" in line or is_tty(self.stderr) or "err" in self.__dict__:
            return False
        self.stderr.write(line + "\n")
        self.stderr.flush()
        return True

    def warn(self, message: str) -> None:
        message = one_line(message.describe(self.name_of) if isinstance(message, Notice) else message)
        if not self.quiet and not self._plain(f"warning: {message}"):
            from rich.markup import escape

            # Messages quote file names and article text: "[/]" in them must print, not be parsed.
            self.err.print(
                f"[yellow]warning:[/yellow] {escape(message)}" if self.color else f"warning: {message}",
                markup=self.color,
                soft_wrap=True,
            )

    def info(self, message: str) -> None:
        message = one_line(message)
        if not self.quiet and not self._plain(message):
            self.err.print(message, markup=False, soft_wrap=True)

    def error(self, message: str | TimelineError) -> None:
        message = one_line(message if isinstance(message, str) else message.describe(self.name_of))
        if self._plain(f"error: {message}"):
            return
        from rich.markup import escape

        self.err.print(
            f"[red]error:[/red] {escape(message)}" if self.color else f"error: {message}",
            markup=self.color,
            soft_wrap=True,
        )

    @contextmanager
    def progress(self, description: str):
        """A progress callback ``update(done, total)`` with a ``stage(label)`` method for the
        phases between (loading the model, merging): a bar with ``description`` while documents
        are counted, the label with a pulsing bar otherwise. Drawn only when stderr is a terminal
        and not --quiet."""
        if self.quiet or not is_tty(self.stderr):
            yield _NoProgress()
            return
        from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

        with Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            TextColumn("{task.fields[count]}"),
            TimeElapsedColumn(),
            console=self.err,
            transient=True,
            redirect_stdout=False,
            redirect_stderr=False,
        ) as bar:
            yield _Bar(bar, bar.add_task(description, total=None, count=""), description)


class _NoProgress:
    def __call__(self, done: int, total: int) -> None:
        pass

    def stage(self, label: str) -> None:
        pass


class _Bar:
    def __init__(self, bar, task, description: str):
        self.bar, self.task, self.description = bar, task, description

    def __call__(self, done: int, total: int) -> None:
        self.bar.update(
            self.task, description=self.description, completed=done, total=total, count=f"{done:,}/{total:,}"
        )

    def stage(self, label: str) -> None:
        self.bar.update(self.task, description=label, completed=0, total=None, count="")
        self.bar.refresh()  # drawn now: a phase may be over before the next timed refresh


# -- the pager ---------------------------------------------------------------------------

# As git does: quit at once when the text fits (-F), pass colours through (-R), leave the text on
# the screen when quitting (-X).
DEFAULT_PAGER = "less -FRX"


def pager_command(env: Mapping[str, str] | None = None) -> str | None:
    """The pager to use: TIMELINE_PAGER, else PAGER, else `less -FRX` if installed; None for none
    (an empty value or `cat` turns paging off)."""
    environ: Mapping[str, str] = os.environ if env is None else env
    for name in ("TIMELINE_PAGER", "PAGER"):
        value = environ.get(name)
        if value is not None:
            value = value.strip()
            return None if value in ("", "cat") else value
    return DEFAULT_PAGER if shutil.which("less") else None


def page(text: str, *, rows: int | None = None, env: Mapping[str, str] | None = None) -> bool:
    """Show ``text`` through the user's pager when it is taller than the screen (``rows`` lines);
    False when it was not paged (short enough, no pager, or the pager would not start), and the
    caller prints it."""
    command = pager_command(env)
    if command is None:
        return False
    if rows is None:
        rows = shutil.get_terminal_size().lines
    if text.count("\n") < rows - 1:
        return False
    import subprocess

    child_env = dict(os.environ if env is None else env)
    child_env.setdefault("LESS", "FRX")  # for PAGER=less, as git does
    try:
        # A shell runs it, as git and man do: PAGER may hold options, pipes or quotes.
        proc = subprocess.Popen(command, shell=True, stdin=subprocess.PIPE, env=child_env)  # noqa: S602
    except OSError:
        return False
    assert proc.stdin is not None
    try:
        proc.stdin.write(text.encode("utf-8", "replace"))
        proc.stdin.close()
    except BrokenPipeError:  # the reader quit before the end: not an error
        pass
    while True:
        try:
            code = proc.wait()
            break
        except KeyboardInterrupt:  # Ctrl-C belongs to the pager (less uses it); wait for it to quit
            continue
    return code != 127  # 127: the shell found no such command; print the text instead
