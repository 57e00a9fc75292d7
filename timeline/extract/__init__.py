"""Events and actors from one parsed document (issue 4): the ``extract`` stage of the pipeline."""

from __future__ import annotations

from typing import Any

__all__ = ["event_id", "extract"]


def __getattr__(name: str) -> Any:
    # Imported when first used: `show` reads a cached chronology and needs the merge's helpers from
    # this package (timeline.extract.confidence) but not spaCy, which timeline.extract.events loads.
    if name in __all__:
        from timeline.extract import events

        return getattr(events, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
