"""The exceptions the core raises; only the CLI turns them into messages and exit codes.

An error about an argument names it in its template (``{ref_date}``): the message says
``ref_date``, the argument of the Python API, and the CLI words it as its option, ``--ref-date``
(:meth:`TimelineError.describe`); the library never writes an option's name itself.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from enum import IntEnum
from typing import Any, TypeVar

_E = TypeVar("_E", bound="TimelineError")


class ExitStatus(IntEnum):
    OK = 0
    ERROR = 1
    USAGE = 2
    INTERRUPTED = 130


class TimelineError(Exception):
    """Base class: a problem the user can fix, reported as one line."""

    exit_status: ExitStatus = ExitStatus.ERROR
    template: str | None = None  # the message with the arguments it names as {fields}
    values: Mapping[str, Any] = {}

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None):
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line

    @classmethod
    def about(
        cls: type[_E], template: str, /, *, path: str | None = None, line: int | None = None, **values: Any
    ) -> _E:
        """An error that names arguments: a field of ``template`` that is not one of ``values``
        (``{ref_date}`` in ``"{ref_date} needs a day, not {text!r}"``) is an argument's name."""
        exc = cls(_fill(template, values, _same), path=path, line=line)
        exc.template, exc.values = template, dict(values)
        return exc

    def describe(self, name_of: Callable[[str], str] = lambda name: name) -> str:
        """The message with its place in front, each argument named by ``name_of`` (the CLI's
        option for it)."""
        message = self.message if self.template is None else _fill(self.template, self.values, name_of)
        return f"{self._where()}{message}"

    def _where(self) -> str:
        if self.path:
            return f"{self.path}:{self.line}: " if self.line else f"{self.path}: "
        return ""

    def skipped(self) -> Notice:
        """The same problem as a warning: skipped."""
        if self.template is None:
            return Notice(f"{self}; skipped")
        return Notice.about("{_where}" + self.template + "; skipped", _where=self._where(), **self.values)

    def __reduce__(self):
        # Raised in a worker process (--jobs), re-raised in the main one with its path and line.
        return _rebuild, (self.__class__, self.message, self.path, self.line, self.template, dict(self.values))

    def __str__(self) -> str:
        return self.describe()


class InputError(TimelineError):
    """A path, file or record that cannot be read."""


class UsageError(TimelineError):
    """An argument value that makes no sense (a ref_date that is no day, an unknown format ...)."""

    exit_status = ExitStatus.USAGE


class ModelError(TimelineError):
    """The spaCy pipeline cannot be loaded."""


class StoreError(TimelineError):
    """The database is unreadable, foreign, or from a newer version."""


class Notice(str):
    """A warning's text: a ``str`` that names arguments as the Python API does (``max_size``);
    :meth:`describe` names them as the caller wants (the CLI: ``--max-size``)."""

    template: str | None = None
    values: Mapping[str, Any] = {}

    @classmethod
    def about(cls, template: str, /, **values: Any) -> Notice:
        """As :meth:`TimelineError.about`: fields of ``template`` not in ``values`` are arguments."""
        notice = cls(_fill(template, values, _same))
        notice.template, notice.values = template, dict(values)
        return notice

    def describe(self, name_of: Callable[[str], str] = lambda name: name) -> str:
        return str(self) if self.template is None else _fill(self.template, self.values, name_of)


def _rebuild(
    cls: type[TimelineError],
    message: str,
    path: str | None,
    line: int | None,
    template: str | None = None,
    values: Mapping[str, Any] | None = None,
) -> TimelineError:
    if template is not None:
        return cls.about(template, path=path, line=line, **(values or {}))
    return cls(message, path=path, line=line)


def _same(name: str) -> str:
    return name


class _Names(dict):
    """Template fields: the values given, and argument names for the rest."""

    def __init__(self, values: Mapping[str, Any], name_of: Callable[[str], str]):
        super().__init__(values)
        self.name_of = name_of

    def __missing__(self, key: str) -> str:
        return self.name_of(key)


def _fill(template: str, values: Mapping[str, Any], name_of: Callable[[str], str]) -> str:
    return template.format_map(_Names(values, name_of))
