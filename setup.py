"""Compiles the event extraction's modules with mypyc when it can; pure Python otherwise.

Everything else about the package is in pyproject.toml. The compiled modules (timeline/extract/*
and timeline/nlp/doctables.py) give the same output as their Python source, faster. The source
files ship too: an install without the compiled ones runs the same code, only slower.

Pure Python, no compilation:
- when TIMELINE_PURE_PYTHON is set to anything but "" or "0";
- for an editable install (``pip install -e .``): the source tree is what runs, as it is edited;
- when mypyc cannot be imported, or no C compiler or no Python headers (Python.h) are found.
Nothing is compiled either when only the metadata is asked for.

A failure to compile stops the install (so that CI, which installs this way, sees it) with a hint:
``TIMELINE_PURE_PYTHON=1 pip install .`` installs the same package uncompiled.
"""

from __future__ import annotations

import os
import shutil
import sys
import sysconfig
from pathlib import Path

from setuptools import setup
from setuptools.command.build_ext import build_ext

HINT = "timeline: compiling with mypyc failed; TIMELINE_PURE_PYTHON=1 pip install . installs timeline uncompiled"

# timeline/extract/__init__.py stays Python: mypyc's module __getattr__ crashes the import.
COMPILED = sorted(str(p) for p in Path("timeline/extract").glob("*.py") if p.name != "__init__.py") + [
    "timeline/nlp/doctables.py"
]


def _why_pure_python() -> str | None:
    if os.environ.get("TIMELINE_PURE_PYTHON", "") not in ("", "0"):
        return "TIMELINE_PURE_PYTHON is set"
    if "editable_wheel" in sys.argv:
        return "an editable install"
    if not {"bdist_wheel", "build_ext", "build", "install"} & set(sys.argv):
        return "only the metadata is asked for"  # (pip's egg_info and dist_info steps: no need to compile)
    compiler = (os.environ.get("CC") or sysconfig.get_config_var("CC") or "cc").split()[0]
    if not shutil.which(compiler):
        return f"no C compiler ({compiler})"
    headers = Path(sysconfig.get_paths()["include"]) / "Python.h"
    if not headers.is_file():  # (Debian's and Ubuntu's python3-dev)
        return f"no Python headers ({headers})"
    try:
        import mypyc.build  # noqa: F401
    except ImportError:
        return "mypyc is not installed"
    return None


def _ext_modules() -> list:
    why = _why_pure_python()
    if why:
        print(f"timeline: pure Python ({why})", file=sys.stderr)
        return []
    from mypyc.build import mypycify

    # The build's own environment has none of the run-time dependencies (spaCy, numpy, ...): their
    # types are Any here, which compiles to the same generic calls as a non-native class would.
    options = ["--ignore-missing-imports", "--no-warn-unused-ignores"]
    try:
        return mypycify([*options, *COMPILED], opt_level="3", multi_file=True)
    except BaseException:  # mypyc's type check exits, its internal errors raise
        print(HINT, file=sys.stderr)
        raise


class _BuildExt(build_ext):
    """build_ext with the hint when the C compiler fails."""

    def run(self) -> None:
        try:
            super().run()
        except Exception:
            print(HINT, file=sys.stderr)
            raise


setup(ext_modules=_ext_modules(), cmdclass={"build_ext": _BuildExt})
