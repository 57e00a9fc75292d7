"""The terminal: data to stdout, diagnostics and progress to stderr, colour decided once."""

from __future__ import annotations

import os
import sys
from contextlib import contextmanager
from typing import IO

from rich.markup import escape

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
    def __init__(self, *, quiet: bool = False, color: bool | None = None, stderr: IO | None = None):
        from rich.console import Console

        self.stderr = stderr or sys.stderr
        self.quiet = quiet
        self.color = want_color(color, self.stderr)
        self.err = Console(
            file=self.stderr,
            no_color=not self.color,
            color_system="auto" if self.color else None,
            highlight=False,
            soft_wrap=True,
        )

    def warn(self, message: str) -> None:
        message = one_line(message)
        if not self.quiet:
            # Messages quote file names and article text: "[/]" in them must print, not be parsed.
            self.err.print(
                f"[yellow]warning:[/yellow] {escape(message)}" if self.color else f"warning: {message}",
                markup=self.color,
                soft_wrap=True,
            )

    def info(self, message: str) -> None:
        message = one_line(message)
        if not self.quiet:
            self.err.print(message, markup=False, soft_wrap=True)

    def error(self, message: str) -> None:
        message = one_line(message)
        self.err.print(
            f"[red]error:[/red] {escape(message)}" if self.color else f"error: {message}",
            markup=self.color,
            soft_wrap=True,
        )

    @contextmanager
    def progress(self, description: str):
        """A progress callback; draws a bar only when stderr is a terminal and not --quiet."""
        if self.quiet or not is_tty(self.stderr):
            yield lambda done, total: None
            return
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        with Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
            console=self.err,
            transient=True,
            redirect_stdout=False,
            redirect_stderr=False,
        ) as bar:
            task = bar.add_task(description, total=None)

            def update(done: int, total: int) -> None:
                bar.update(task, completed=done, total=total)

            yield update
