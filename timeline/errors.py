"""The exceptions the core raises; only the CLI turns them into messages and exit codes."""

from __future__ import annotations

from enum import IntEnum


class ExitStatus(IntEnum):
    OK = 0
    ERROR = 1
    USAGE = 2
    INTERRUPTED = 130


class TimelineError(Exception):
    """Base class: a problem the user can fix, reported as one line."""

    exit_status: ExitStatus = ExitStatus.ERROR

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None):
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line

    def __reduce__(self):
        # Raised in a worker process (--jobs), re-raised in the main one with its path and line.
        return _rebuild, (self.__class__, self.message, self.path, self.line)

    def __str__(self) -> str:
        where = ""
        if self.path:
            where = f"{self.path}:{self.line}: " if self.line else f"{self.path}: "
        return f"{where}{self.message}"


class InputError(TimelineError):
    """A path, file or record that cannot be read."""


class UsageError(TimelineError):
    """An option value that makes no sense (bad --ref-date, unknown --format ...)."""

    exit_status = ExitStatus.USAGE


class ModelError(TimelineError):
    """The spaCy pipeline cannot be loaded."""


class StoreError(TimelineError):
    """The database is unreadable, foreign, or from a newer version."""


def _rebuild(cls: type[TimelineError], message: str, path: str | None, line: int | None) -> TimelineError:
    return cls(message, path=path, line=line)
