"""`--jobs N`: the whole per-document analysis (spaCy, dates, events) in N worker processes.

Batches are handed out a few at a time (never the whole corpus at once) and their extractions
come back in input order. Workers ignore Ctrl-C: the main process alone decides to stop, and
then cancels what is queued and ends the workers.
"""

from __future__ import annotations

import multiprocessing
import signal
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor

from timeline.model import Document, Extraction

# Batches queued per worker beyond the one it is working on: enough to keep every worker busy
# while the main process stores results, few enough that little text waits in memory.
AHEAD = 2

_options = None
_aliases = None


def _start_worker(options, aliases) -> None:
    global _options, _aliases
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _options, _aliases = options, aliases


def _analyze_batch(batch: Sequence[Document]) -> list[Extraction]:
    from timeline.pipeline import analyze_here

    return list(analyze_here(batch, _options, aliases=_aliases))


def _context():
    # fork shares the parent's loaded libraries (and model, if loaded) with the workers.
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else None)


def analyze_in_processes(batches: Iterable[Sequence[Document]], options, aliases) -> Iterator[Extraction]:
    """The extractions of every document of ``batches``, in order, computed by ``options.jobs`` processes."""
    executor = ProcessPoolExecutor(
        max_workers=options.jobs, mp_context=_context(), initializer=_start_worker, initargs=(options, aliases)
    )
    pending: deque[Future] = deque()
    todo = iter(batches)
    try:
        for batch in todo:
            pending.append(executor.submit(_analyze_batch, batch))
            if len(pending) >= options.jobs * (AHEAD + 1):
                break
        while pending:
            results = pending.popleft().result()
            for batch in todo:  # refill one
                pending.append(executor.submit(_analyze_batch, batch))
                break
            yield from results
    except BaseException:
        processes = list((getattr(executor, "_processes", None) or {}).values())
        executor.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            process.terminate()
        raise
    executor.shutdown(wait=True)
