"""The entry points spaCy's registries look up, found by group once instead of at every lookup.

spaCy's registries (the ``catalogue`` package, through thinc and srsly) check the installed
packages' entry points of their group at every lookup: srsly at each msgpack file it reads (54
while en_core_web_sm loads), spaCy at each factory it registers or resolves. catalogue reads the
entry points once, when it is imported (``catalogue.AVAILABLE_ENTRY_POINTS``), but each lookup
then scans all of them (about 600 on a machine with a few hundred packages) for its group: 120
scans while the model loads. :func:`index_entry_points` puts in their place the same entry points
that answer each group's lookup from a dict after its first scan: the same answer, from the same
snapshot catalogue took.

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


def index_entry_points() -> bool:
    """Index catalogue's entry points by group; True when done now (catalogue imported, its entry
    points of the kind that can be selected by group, not already indexed)."""
    catalogue = sys.modules.get("catalogue")
    available = getattr(catalogue, "AVAILABLE_ENTRY_POINTS", None)
    if available is None or isinstance(available, _ByGroup) or not callable(getattr(available, "select", None)):
        return False
    catalogue.AVAILABLE_ENTRY_POINTS = _ByGroup(available)  # type: ignore[union-attr]
    return True
