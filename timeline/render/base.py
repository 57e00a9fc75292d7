"""The exporter record the registry holds and the options every exporter receives."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import IO, Any


@dataclass(frozen=True)
class Options:
    color: bool | None = None  # None: let the terminal decide
    width: int | None = None
    explain: bool = False
    bom: bool = False
    # The timeline as timeline.codec encoded it for the store: the JSON writers copy its records
    # rather than encode them again (as costly as the merge, for a large chronology).
    encoded: bytes | None = None
    undated: bool = True  # table: list the undated events (False: only say how many there are)
    ics_coarse: bool = False  # ics: also year-, decade- and century-precise events (as year-long spans)


Writer = Callable[[Any, IO[str], Options], None]


@dataclass(frozen=True)
class Exporter:
    name: str
    description: str
    timeline: Writer | None = None
    timexes: Writer | None = None
    actors: Writer | None = None
    documents: Writer | None = None

    def writer(self, kind: str) -> Writer | None:
        return {
            "timeline": self.timeline,
            "timexes": self.timexes,
            "actors": self.actors,
            "documents": self.documents,
        }.get(kind)
