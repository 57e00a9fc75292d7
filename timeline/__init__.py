"""timeline: turn a folder of news articles into a merged, dated chronology.

The Python API (README, "Python"): :mod:`timeline.api` (``extract``, ``render``, ``Store``);
``timeline.Store`` is its ``Store``. The functions are not exported here: ``timeline.extract`` and
``timeline.render`` are the packages of those stages, and a function of the same name would
shadow one or the other depending on what was imported first (tests/test_api.py checks this).
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
