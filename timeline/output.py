"""Writing the -o file: atomically for regular files, in place for devices and pipes, never
anything else: a symlink is written through, a hard link and an existing file's mode survive.

The checks run before any work is done, so a run that could not write its output fails at once.
"""

from __future__ import annotations

import os
import shutil
import stat
import tempfile
from collections.abc import Callable, Iterable, Sequence
from typing import IO

from timeline.errors import TimelineError, UsageError


class OutputError(TimelineError):
    """The -o file cannot be written (full disk, read-only folder, closed pipe ...)."""


def is_stdout(output: str | None) -> bool:
    return not output or output == "-"


def check_output(
    output: str | None,
    *,
    db: str | None = None,
    inputs: Sequence[str] = (),
    formats: Iterable[str] | None = None,
    extensions: dict[str, str] | None = None,
    fmt: str | None = None,
) -> None:
    """Refuse an -o path that cannot or must not be written, before any work (or store change).

    ``formats`` are the command's formats: without ``--format``, an extension that names none of
    them is a usage error rather than silently JSON.
    """
    if is_stdout(output):
        return
    assert output is not None
    folder = os.path.dirname(output) or "."
    if not os.path.isdir(folder):
        raise UsageError(f"folder {folder!r} does not exist", path=output)
    if os.path.isdir(output):
        raise UsageError("is a directory", path=output)
    if db is not None:
        # Writing the chronology over the store would destroy everything extracted so far.
        store = os.path.realpath(db)
        if os.path.realpath(output) in (store, store + "-wal", store + "-shm", store + "-journal"):
            raise UsageError("is the database (--db); choose another output file", path=output)
    for path in inputs:
        if path != "-" and _same_file(path, output):
            raise UsageError(f"is also an input ({path}); choose another output file", path=output)
    if fmt is None and formats is not None and extensions is not None and not _special(output):
        allowed = list(formats)
        ext = os.path.splitext(output)[1].lower()
        if extensions.get(ext) not in allowed:
            known = sorted(e for e, f in extensions.items() if f in allowed)
            shown = f"extension {ext!r}" if ext else "no extension"
            raise UsageError(
                f"{shown} names no format of this command; use --format ({', '.join(allowed)}) "
                f"or one of {' '.join(known)}",
                path=output,
            )
    _check_writable(output)


def _special(output: str) -> bool:
    """A device, FIFO or socket (/dev/null, /dev/stdout, >(cmd)): no extension to go by."""
    try:
        return not stat.S_ISREG(os.stat(output).st_mode)
    except OSError:
        return False


def _same_file(a: str, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.realpath(a) == os.path.realpath(b)


def _stat(output: str) -> os.stat_result | None:
    """The -o path's status; None when it does not exist yet (another failure: an OutputError)."""
    try:
        return os.stat(output)
    except FileNotFoundError:
        return None
    except OSError as e:
        raise _error(output, e) from None


def _check_writable(output: str) -> None:
    st = _stat(output)
    if st is not None and not stat.S_ISREG(st.st_mode):
        if not os.access(output, os.W_OK):
            raise OutputError("permission denied", path=output)
        return
    folder = os.path.dirname(os.path.realpath(output)) or "."
    # The temporary file is made next to the target, so its folder must be writable.
    if not os.access(folder, os.W_OK | os.X_OK):
        raise OutputError(f"cannot write in folder {folder!r}: permission denied", path=output)
    if st is not None and not os.access(output, os.W_OK):
        raise OutputError("permission denied", path=output)


def write_output(write: Callable[[IO[str]], None], output: str) -> None:
    """Run ``write`` on the -o file.

    A regular file (or a new one) gets the whole output at once: a temporary file next to it is
    renamed over it, so a failed run leaves no partial file. A device, FIFO or terminal
    (/dev/null, /dev/stdout, /dev/fd/N, ``>(cmd)``) is opened and written in place: renaming
    over it would replace the device itself. A symlink is followed; a file with several hard
    links is rewritten in place once the output is complete, so every link sees it.
    """
    st = _stat(output)
    try:
        if st is not None and not stat.S_ISREG(st.st_mode):
            with open(output, "w", encoding="utf-8", newline="") as out:
                write(out)
            return
        _write_atomic(write, os.path.realpath(output), st)
    except BrokenPipeError:
        raise  # the reader went away: not an error (see cli.TimelineGroup)
    except OSError as e:
        raise _error(output, e) from None


def _write_atomic(write: Callable[[IO[str]], None], target: str, st: os.stat_result | None) -> None:
    folder, name = os.path.split(target)
    fd, tmp = tempfile.mkstemp(prefix=f".{name}.", dir=folder or ".")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as out:
            write(out)
            out.flush()
            if st is None:
                os.fchmod(out.fileno(), 0o666 & ~_umask())
            else:
                os.fchmod(out.fileno(), stat.S_IMODE(st.st_mode))
                if (st.st_uid, st.st_gid) != (os.getuid(), os.getgid()):
                    try:
                        os.fchown(out.fileno(), st.st_uid, st.st_gid)
                    except PermissionError:
                        pass  # not root: the file becomes ours, as any editor would make it
        if st is not None and st.st_nlink > 1:
            # Renaming would detach this name from the other links and leave them stale.
            with open(tmp, "rb") as src, open(target, "r+b") as dst:
                shutil.copyfileobj(src, dst)
                dst.truncate()
            os.unlink(tmp)
        else:
            os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _error(output: str, e: OSError) -> OutputError:
    reason = e.strerror.lower() if e.strerror else str(e)
    return OutputError(f"cannot write: {reason}", path=output)
