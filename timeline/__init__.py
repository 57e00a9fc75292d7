"""timeline: turn a folder of news articles into a merged, dated chronology.

The Python API (README, "Python"): :mod:`timeline.api` (``extract``, ``render``, ``Store``);
``timeline.Store`` is its ``Store``.
"""

from typing import Any

from timeline.version import __version__

__all__ = ["Store", "__version__"]


def __getattr__(name: str) -> Any:
    # Imported on first use: `import timeline` (and the CLI's start) stays light.
    if name == "Store":
        from timeline.api import Store

        return Store
    raise AttributeError(f"module 'timeline' has no attribute {name!r}")
