"""The entry points spaCy's registries look up, found by group once instead of at every lookup.

spaCy's registries (the ``catalogue`` package, through thinc and srsly) check the installed
packages' entry points of their group at every lookup: srsly at each msgpack file it reads (54
while en_core_web_sm loads), spaCy at each factory it registers or resolves. catalogue reads the
entry points once, when it is imported (``catalogue.AVAILABLE_ENTRY_POINTS``), but each lookup
then scans all of them (about 600 on a machine with a few hundred packages) for its group: 120
scans while the model loads. :func:`index_entry_points` puts in their place the same entry points
that answer each group's lookup from a dict after its first scan: the same answer, from the same
snapshot catalogue took.

Each lookup of all of a registry's functions (``Registry.get_all``: srsly at each msgpack file,
spaCy at each factory it adds) also walks every function registered in any registry
(``catalogue.REGISTRY``, about 200) for those of its namespace: :func:`index_entry_points` has it
read them from an index by namespace instead, made again after anything is registered or removed
(catalogue's ``_set`` and ``_remove``), in the registry's own order: the same dict, ~15 ms less
start-up.

Like :mod:`timeline.nlp.lazycli`, for a command's process only (:func:`timeline.api.command_process`
asks for it; :func:`timeline.nlp.build_nlp` does it once spaCy is imported): a library caller's
catalogue is left as it is.
"""

from __future__ import annotations

import sys
from typing import Any


class _ByGroup:
    """catalogue's entry points (``available``), each group's selection made once."""

    def __init__(self, available: Any) -> None:
        self.available = available
        self.found: dict[str, Any] = {}

    def select(self, **params: Any) -> Any:
        if params.keys() != {"group"}:
            return self.available.select(**params)
        group = params["group"]
        found = self.found.get(group)
        if found is None:
            found = self.found[group] = self.available.select(group=group)
        return type(found)(found)  # a copy: the caller may keep it

    def __getattr__(self, name: str) -> Any:
        return getattr(self.available, name)


class _Namespaces:
    """catalogue's registered functions (``catalogue.REGISTRY``) by namespace, made again when an
    entry was set or removed since (or the registry is another dict, or its size changed)."""

    def __init__(self, catalogue: Any) -> None:
        self.catalogue = catalogue
        self.changes = 0
        self.made_at: tuple[int, int, int] | None = None
        self.by_namespace: dict[tuple[str, ...], dict[str, Any]] = {}
        set_entry, remove_entry = catalogue._set, catalogue._remove

        def _set(namespace: Any, func: Any) -> None:
            self.changes += 1
            set_entry(namespace, func)

        def _remove(namespace: Any) -> Any:
            self.changes += 1
            return remove_entry(namespace)

        catalogue._set, catalogue._remove = _set, _remove

    def functions(self, namespace: tuple[str, ...]) -> dict[str, Any]:
        registry = self.catalogue.REGISTRY
        state = (id(registry), len(registry), self.changes)
        if state != self.made_at:
            by_namespace: dict[tuple[str, ...], dict[str, Any]] = {}
            for keys, value in registry.items():
                by_namespace.setdefault(keys[:-1], {})[keys[-1]] = value
            self.by_namespace, self.made_at = by_namespace, state
        return self.by_namespace.get(namespace, {})


def _indexed_get_all(namespaces: _Namespaces) -> Any:
    def get_all(self: Any) -> dict[str, Any]:
        """catalogue's Registry.get_all: the entry points of its group, then the functions
        registered in its namespace, in the order they were first registered."""
        result: dict[str, Any] = {}
        if self.entry_points:
            result.update(self.get_entry_points())
        result.update(namespaces.functions(tuple(self.namespace)))
        return result

    get_all._timeline_indexed = True  # type: ignore[attr-defined]
    return get_all


def index_entry_points() -> bool:
    """Index catalogue's entry points by group and its registered functions by namespace; True
    when done now (catalogue imported, its entry points of the kind that can be selected by group,
    not already indexed)."""
    catalogue = sys.modules.get("catalogue")
    available = getattr(catalogue, "AVAILABLE_ENTRY_POINTS", None)
    if available is None or isinstance(available, _ByGroup) or not callable(getattr(available, "select", None)):
        return False
    catalogue.AVAILABLE_ENTRY_POINTS = _ByGroup(available)  # type: ignore[union-attr]
    registry_class = getattr(catalogue, "Registry", None)
    if (
        registry_class is not None
        and isinstance(getattr(catalogue, "REGISTRY", None), dict)
        and callable(getattr(catalogue, "_set", None))
        and callable(getattr(catalogue, "_remove", None))
        and not getattr(registry_class.get_all, "_timeline_indexed", False)
    ):
        registry_class.get_all = _indexed_get_all(_Namespaces(catalogue))
    return True
