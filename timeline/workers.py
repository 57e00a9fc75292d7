"""The analysis (spaCy, dates, events) in worker processes, for `extract` and `dates`.

``analyse_in_processes`` (--jobs N > 1): N workers, extractions come back to the main process in
input order (it stores them). ``store_in_process`` (one job, with a store): one worker analyses
and writes each document to the store itself, while the main process only waits and reports
progress; the main process never loads spaCy, so when it merges, the model and everything the
analysis left in the heap are gone with the worker.

Batches are handed out a few at a time (never the whole corpus at once). Workers ignore Ctrl-C:
the main process alone decides to stop, and then cancels what is queued and ends the workers
(a document being written is then rolled back by SQLite, whole).
"""

from __future__ import annotations

import multiprocessing
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any

from timeline.model import Document, Extraction

# Batches queued per worker beyond the one it is working on: enough to keep every worker busy
# while the main process stores results, few enough that little text waits in memory.
AHEAD = 2

_options: Any = None  # RunOptions, set in each worker by _start_worker
_aliases: Any = None
_db: str | None = None
_store: Any = None


def _die_with_parent() -> None:
    """Linux: end this worker when the main process dies (killed with SIGKILL, say), rather than
    go on writing to the store unseen. A document being written is rolled back by SQLite."""
    try:
        import ctypes

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def _start_worker(options, aliases, db: str | None) -> None:
    global _options, _aliases, _db
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _die_with_parent()
    _options, _aliases, _db = options, aliases, db


def _nothing() -> None:
    pass


def _analyse_batch(batch: Sequence[Document]) -> tuple[list[Extraction], list[str]]:
    from timeline.analysis import analyse_here

    warnings: list[str] = []
    return list(analyse_here(batch, _options, aliases=_aliases, warn=warnings.append)), warnings


def _store_batch(batch: Sequence[tuple[Document, str]]) -> tuple[list[str | None], list[str]]:
    """Analyse and store each (document, content key), each as soon as it is done; their dates
    (None: the text gave none), and the warnings the analysis gave."""
    global _store
    from timeline.analysis import analyse_here

    if _store is None:  # opened on first use: workers may start before the main process opens it
        from timeline.store import open_store

        _store = open_store(_db)
    dates = []
    warnings: list[str] = []
    analysed = analyse_here([d for d, _ in batch], _options, aliases=_aliases, warn=warnings.append)
    for extraction, (_, key) in zip(analysed, batch, strict=True):
        _store.put(extraction, key)
        dates.append(extraction.document.date.value)
    return dates, warnings


def _dates_batch(batch: Sequence[Document]) -> tuple[list, list[str]]:
    from timeline.analysis import dates_here

    warnings: list[str] = []
    return dates_here(batch, _options, warn=warnings.append), warnings


def _context():
    # fork shares the parent's loaded libraries (and model, if loaded) with the workers.
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else None)


class Workers:
    """Worker processes started at once, before the main process reads the corpus: a forked
    process shares (and counts in its RSS) its parent's memory as it is at the fork, so workers
    forked once every text is loaded would carry the corpus too. Used by one run of the functions
    below, then :meth:`close`."""

    def __init__(self, jobs: int, options, aliases, db: str | None) -> None:
        self.jobs = jobs
        self.executor = ProcessPoolExecutor(
            max_workers=jobs, mp_context=_context(), initializer=_start_worker, initargs=(options, aliases, db)
        )
        self.executor.submit(_nothing)  # fork: the first task starts every worker, now

    def close(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)


def _in_order(
    task: Callable[[Any], tuple[list, list[str]]],
    batches: Iterable,
    jobs: int,
    initargs: tuple,
    workers: Workers | None = None,
    warn: Callable[[str], None] = lambda m: None,
) -> Iterator[Any]:
    """The results of ``task`` over ``batches`` by ``jobs`` processes (``workers``' when given),
    flattened, in order; the warnings each batch gave go to ``warn`` before its results."""
    if workers is not None and workers.jobs == jobs:
        executor = workers.executor
    else:
        executor = ProcessPoolExecutor(
            max_workers=jobs, mp_context=_context(), initializer=_start_worker, initargs=initargs
        )
    pending: deque[Future] = deque()
    todo = iter(batches)
    try:
        for batch in todo:
            pending.append(executor.submit(task, batch))
            if len(pending) >= jobs * (AHEAD + 1):
                break
        while pending:
            results, warnings = pending.popleft().result()
            for batch in todo:  # refill one
                pending.append(executor.submit(task, batch))
                break
            for message in warnings:
                warn(message)
            yield from results
    except BaseException:
        processes = list((getattr(executor, "_processes", None) or {}).values())
        executor.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            process.terminate()
        for process in processes:
            process.join()
        raise
    executor.shutdown(wait=True)


def analyse_in_processes(
    batches: Iterable[Sequence[Document]],
    options,
    aliases,
    workers: Workers | None = None,
    warn: Callable[[str], None] = lambda m: None,
) -> Iterator[Extraction]:
    """The extractions of every document of ``batches``, in order, computed by ``options.jobs``
    processes (``workers``, started with no store, when given)."""
    return _in_order(_analyse_batch, batches, options.jobs, (options, aliases, None), workers, warn)


def store_in_process(
    batches: Iterable[Sequence[tuple[Document, str]]],
    options,
    aliases,
    db: str,
    workers: Workers | None = None,
    warn: Callable[[str], None] = lambda m: None,
) -> Iterator[str | None]:
    """Analyse every (document, key) of ``batches`` in one worker process that writes them to the
    store ``db`` (``workers``, one started with that store, when given); yields each document's
    date (None when none was found) once it is stored."""
    return _in_order(_store_batch, batches, 1, (options, aliases, db), workers, warn)


def dates_in_processes(
    batches: Iterable[Sequence[Document]],
    options,
    workers: Workers | None = None,
    warn: Callable[[str], None] = lambda m: None,
) -> Iterator[tuple]:
    """`timeline dates --jobs N`: (date found or None, temporal expressions) per document, in order."""
    return _in_order(_dates_batch, batches, options.jobs, (options, None, None), workers, warn)
