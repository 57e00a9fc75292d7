"""Read the ``--aliases FILE`` mapping (YAML or JSON): canonical actor name -> aliases."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence

from timeline.errors import UsageError
from timeline.schema import json_loads


def load_aliases(path: str) -> dict[str, list[str]]:
    """Load a canonical-name -> aliases mapping; a bad file raises UsageError naming it."""
    try:
        with open(path, encoding="utf-8") as f:
            raw = f.read()
    except OSError as exc:
        raise UsageError(f"cannot read aliases file: {exc.strerror or exc}", path=path) from exc
    except UnicodeDecodeError as exc:
        raise UsageError("aliases file is not UTF-8 text", path=path) from exc
    data = _parse(raw, path)
    if data is None:
        return {}
    if not isinstance(data, Mapping):
        raise UsageError("aliases file must map canonical names to lists of aliases", path=path)
    out: dict[str, list[str]] = {}
    for name, aliases in data.items():
        if not isinstance(name, str) or not name.strip():
            raise UsageError(f"aliases file has a non-text canonical name: {name!r}", path=path)
        if aliases is None:
            aliases = []
        elif isinstance(aliases, str):
            aliases = [aliases]
        if not isinstance(aliases, Sequence) or not all(isinstance(a, str) for a in aliases):
            raise UsageError(f"aliases for {name!r} must be a list of names", path=path)
        out[name.strip()] = [a.strip() for a in aliases if a.strip()]
    return out


def _parse(raw: str, path: str) -> object:
    if path.lower().endswith(".json"):
        try:
            return json_loads(raw)
        except json.JSONDecodeError as exc:
            raise UsageError(f"invalid JSON in aliases file: {exc.msg}", path=path, line=exc.lineno) from exc
    import yaml

    try:
        return yaml.safe_load(raw)  # YAML is a superset of JSON, so .yml/.yaml/other all land here
    except RecursionError:
        raise UsageError("invalid YAML in aliases file: nested too deeply", path=path) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        problem = getattr(exc, "problem", None) or "cannot parse"
        raise UsageError(f"invalid YAML in aliases file: {problem}", path=path, line=line) from exc
