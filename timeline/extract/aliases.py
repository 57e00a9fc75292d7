"""Aliases given by the user (read by :func:`timeline.ingest.load_aliases`) as an index of names."""

from __future__ import annotations

from collections.abc import Mapping, Sequence


def alias_index(aliases: Mapping[str, Sequence[str]] | None) -> dict[str, str]:
    """Lower-cased alias (and canonical name) -> canonical name."""
    index: dict[str, str] = {}
    for name, names in (aliases or {}).items():
        index[" ".join(name.lower().split())] = name
        for alias in names:
            index[" ".join(alias.lower().split())] = name
    return index
