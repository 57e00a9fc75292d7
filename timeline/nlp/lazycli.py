"""Import spaCy without its command line.

``import spacy`` runs ``from .cli.info import info``, and importing ``spacy.cli`` imports every
spaCy command (download, train, init config ... with typer, weasel and their own imports): about a
third of spaCy's import time, none of it used to load and run a pipeline. A command of ``timeline``
reads one small file in about a second, so :func:`defer_spacy_cli` (called once at the start of a
CLI process, before anything imports spaCy) has the import system load two placeholders instead:

- ``spacy.cli``: a package whose attributes (``spacy.cli.download``, ``from spacy.cli import
  app`` ...) are made on first use by running spaCy's own ``spacy/cli/__init__.py`` into it; its
  submodules (``spacy.cli.info``, ``spacy.cli._util`` ...) import from spaCy's folder as usual;
- ``spacy.cli.info``: only ``info``, which imports the real module when called (``spacy.info()``).

Nothing of spaCy's behaviour changes, only when its command line is imported. A library caller does
not get this (the CLI calls it, as it calls :func:`timeline.nlp.freeze_after_load`); with spaCy
already imported, or not installed, it does nothing.
"""

from __future__ import annotations

import importlib
import importlib.abc
import importlib.machinery
import importlib.util
import sys
import types
from pathlib import Path
from typing import Any


class _DeferredCli(types.ModuleType):
    """``spacy.cli`` whose ``__init__`` runs on the first attribute it does not have."""

    _loaded = False

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") or type(self)._loaded:
            raise AttributeError(f"module 'spacy.cli' has no attribute {name!r}")
        type(self)._loaded = True
        init = Path(self.__path__[0]) / "__init__.py"  # spaCy's own folder
        exec(compile(init.read_text(encoding="utf-8"), str(init), "exec"), self.__dict__)  # noqa: S102
        return getattr(self, name)


def _info(*args: Any, **kwargs: Any) -> Any:
    """``spacy.info``: the real one, imported now."""
    sys.modules.pop("spacy.cli.info", None)
    real = importlib.import_module("spacy.cli.info")
    return real.info(*args, **kwargs)


class _Finder(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """Gives the placeholders for ``spacy.cli`` and ``spacy.cli.info``, once each, through the
    import system (which then sets ``spacy.cli`` on the ``spacy`` package as for any submodule)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.pending = {"spacy.cli", "spacy.cli.info"}

    def find_spec(self, fullname: str, path: Any = None, target: Any = None) -> importlib.machinery.ModuleSpec | None:
        if fullname not in self.pending:
            return None
        self.pending.discard(fullname)
        if not self.pending and self in sys.meta_path:
            sys.meta_path.remove(self)
        package = fullname == "spacy.cli"
        spec = importlib.machinery.ModuleSpec(fullname, self, is_package=package)
        if package:
            spec.submodule_search_locations = [str(self.folder)]
        return spec

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> types.ModuleType:
        if spec.name == "spacy.cli":
            return _DeferredCli(spec.name)
        info = types.ModuleType(spec.name)
        info.info = _info  # type: ignore[attr-defined]
        return info

    def exec_module(self, module: types.ModuleType) -> None:
        if isinstance(module, _DeferredCli):
            module.__file__ = str(self.folder / "__init__.py")


def defer_spacy_cli() -> bool:
    """Put the placeholders in place; True when they were (spaCy installed and not yet imported)."""
    if "spacy" in sys.modules or any(isinstance(f, _Finder) for f in sys.meta_path):
        return False
    spec = importlib.util.find_spec("spacy")
    if spec is None or not spec.submodule_search_locations:
        return False
    folder = Path(next(iter(spec.submodule_search_locations))) / "cli"
    if not (folder / "__init__.py").is_file() or not (folder / "info.py").is_file():
        return False  # a spaCy laid out otherwise: import it as it is
    sys.meta_path.insert(0, _Finder(folder))
    return True
