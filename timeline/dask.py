"""The analysis (spaCy, dates, events) on a dask.distributed cluster: `extract --dask ADDRESS`, and
:func:`extract` for notebooks.

Documents are read on the client and sent to the workers in batches (as `--jobs` makes them); each
worker loads the model once (timeline.nlp.build_nlp keeps it per process) and sends back the
extractions of a batch. The client stores each document as its batch completes, in its own
transaction, so an interrupted run keeps what finished and a re-run reuses it. A batch that fails
is tried once more, then each of its documents alone, so that the failing one can be named. A
worker that dies is Dask's to survive: it runs the dead worker's batches elsewhere.

Needs the optional extra: ``pip install 'timeline[dask]'``.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from timeline.analysis import RunOptions, batches
from timeline.errors import InputError, Notice, UsageError
from timeline.model import Document, Extraction

EXTRA = "dask"
# Batches in flight per worker beyond the one it works on: enough to keep it busy while the
# client stores results, few enough that little text waits on the cluster.
AHEAD = 2


def require() -> None:
    """UsageError naming the extra when dask.distributed is not installed."""
    _distributed()


def _distributed():
    try:
        import distributed
    except ImportError:
        raise UsageError.about(
            "{dask} needs dask.distributed, not installed: pip install 'timeline[{extra}]'", extra=EXTRA
        ) from None
    return distributed


def local_workers(address: str) -> int | None:
    """The number of workers of a ``local`` or ``local:N`` address (``local``: one per core);
    None for a scheduler's address; a UsageError for ``local:`` and anything but a number."""
    if not (address == "local" or address.startswith("local:")):
        return None
    count = address.partition(":")[2]
    if count and not (count.isdecimal() and int(count) > 0):
        raise UsageError.about(
            "{dask} {address}: expected local or local:N with N a number of workers", address=address
        )
    return int(count) if count else os.cpu_count() or 1


class Cluster:
    """A client of the cluster ``address`` names: ``local`` or ``local:N`` starts a LocalCluster of
    N worker processes (default: one per core) on this machine, anything else is a scheduler's
    address (``tcp://host:8786``). A context manager: leaving it closes what it started."""

    def __init__(self, address: str) -> None:
        distributed = _distributed()
        self.cluster = None
        workers = local_workers(address)
        if workers is not None:
            import dask

            # Dask's sampling profiler takes the worker's GIL 100 times a second, from the
            # analysis (nothing here reads what it gathers); the low heap trim threshold its
            # nannies give workers makes spaCy's arrays page-fault anew each time (7 times the
            # page faults, 11% more CPU on 150 news articles).
            quiet = {
                "distributed.worker.profile.enabled": False,
                "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None,
            }
            with dask.config.set(quiet):
                self.cluster = distributed.LocalCluster(
                    n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
                )
            self.client = distributed.Client(self.cluster)
        else:
            try:
                self.client = distributed.Client(address, timeout="20s")
            except (OSError, TimeoutError, ValueError) as exc:
                raise UsageError.about(
                    "{dask} {address}: cannot reach the scheduler ({exc})", address=address, exc=exc
                ) from None

    def __enter__(self) -> Cluster:
        return self

    def __exit__(self, *exc) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()

    def warm(self, model: str | None) -> None:
        """Load the model on every worker now, a task each (not waited for): the first batches
        then do not wait for it, and it loads while the client still reads the documents."""
        workers = list(self.client.scheduler_info().get("workers", {}))
        self.warming = [
            self.client.submit(_load_model, model, workers=[w], allow_other_workers=False, pure=False) for w in workers
        ]


def _load_model(model: str | None) -> None:
    """On a worker: the pipeline the analysis runs, loaded (and kept) now. A model that fails to
    load is the analysis' error to report, not this."""
    from timeline.analysis import load_pipeline

    try:
        load_pipeline(model)
    except Exception:  # noqa: S110  (reported by the first batch)
        pass


class EarlyCluster:
    """A :class:`Cluster` started in a thread as soon as `extract` starts: importing distributed,
    starting a LocalCluster's processes and loading the model on its workers take seconds, spent
    while the client reads the documents. :meth:`cluster` waits for it; :meth:`close` with
    ``wait=False`` shuts it down in the background (while the client merges)."""

    def __init__(self, address: str, model: str | None) -> None:
        local_workers(address)  # a malformed address is an error before anything is read
        self._cluster: Cluster | None = None
        self._error: BaseException | None = None
        self._closing: threading.Thread | None = None
        self._starting = threading.Thread(target=self._start, args=(address, model), daemon=True)
        self._starting.start()

    def _start(self, address: str, model: str | None) -> None:
        try:
            self._cluster = Cluster(address)
            self._cluster.warm(model)
        except BaseException as exc:  # raised where the cluster is wanted
            self._error = exc

    def cluster(self) -> Cluster:
        self._starting.join()
        if self._error is not None:
            raise self._error
        assert self._cluster is not None  # started, or the error above
        return self._cluster

    def close(self, wait: bool = True) -> None:
        if self._closing is None:
            self._closing = threading.Thread(target=self._close, daemon=True)
            self._closing.start()
        if wait:
            self._closing.join()

    def _close(self) -> None:
        self._starting.join()
        if self._cluster is not None:
            self._cluster.__exit__(None, None, None)


def _analyse(batch: Sequence[Document], options: RunOptions, aliases: dict | None) -> list[Extraction]:
    """On a worker: the extractions of a batch (the model is loaded once per worker process)."""
    from timeline.analysis import analyse_here

    return list(analyse_here(batch, options, aliases=aliases))


def _where(document: Document) -> str:
    if document.path and document.line:
        return f"{document.path}:{document.line} ({document.id})"
    return document.path or document.id


def analyse_on_cluster(
    client: Any,
    documents: Sequence[Document],
    options: RunOptions,
    aliases: dict | None,
    *,
    warn: Callable[[str], None] = lambda message: None,
    load: Callable[[list[int]], list[Document]] | None = None,
    chars: Sequence[int] | None = None,
) -> Iterator[tuple[int, Extraction]]:
    """(position in ``documents``, extraction) of each document, as batches complete on the cluster
    (not in order). A document whose analysis fails twice is named: a warning with
    ``options.skip_bad``, else an InputError that stops the run.

    ``load``: the documents at these positions, with their texts, when ``documents`` are held
    without (``chars``: their texts' lengths, for making batches): a batch is loaded when it is
    sent, and only the batches in flight (AHEAD per worker beyond the one it works on) hold texts."""
    distributed = _distributed()
    load = load or (lambda positions: [documents[k] for k in positions])
    size = chars.__getitem__ if chars is not None else (lambda k: len(documents[k].text))
    pending = batches(range(len(documents)), options.batch_size, chars=size)
    workers = max(1, len(client.scheduler_info().get("workers", {})))
    done = distributed.as_completed()
    batch_of: dict[Any, tuple[list[int], list[Document]]] = {}
    alone: set[Any] = set()

    def submit(positions: list[int], batch: list[Document] | None = None, single: bool = False) -> None:
        batch = batch if batch is not None else load(positions)
        future = client.submit(_analyse, batch, options, aliases, retries=0 if single else 1, pure=False)
        batch_of[future] = positions, batch
        if single:
            alone.add(future)
        done.add(future)

    for positions in pending:
        submit(positions)
        if len(batch_of) >= workers * (1 + AHEAD):
            break
    for future in done:
        positions, batch = batch_of.pop(future)
        if future.status == "error":
            if future not in alone:  # tried twice: find which of its documents fails
                for k, document in zip(positions, batch, strict=True):
                    submit([k], [document], single=True)
            else:
                exc = future.exception()
                message = f"analysis failed ({exc.__class__.__name__}: {exc})"
                if not options.skip_bad:
                    raise InputError(message, path=_where(batch[0]))
                warn(Notice.about("{where}: {message}; skipped ({skip_bad})", where=_where(batch[0]), message=message))
            alone.discard(future)
        else:
            alone.discard(future)
            for k, extraction in zip(positions, future.result(), strict=True):
                yield k, extraction
        future.release()
        del batch  # its texts: only the batches in flight hold theirs
        if len(batch_of) < workers * (1 + AHEAD):
            nxt = next(pending, None)
            if nxt is not None:
                submit(nxt)


def extract(
    client: Any,
    documents: Sequence[Document | str],
    *,
    options: RunOptions | None = None,
    aliases: dict | None = None,
) -> list[Extraction]:
    """The extractions of ``documents`` (Documents, or texts: ids ``doc-1``, ``doc-2`` ...) analysed
    on the cluster of ``client`` (a ``distributed.Client``), in the order given."""
    docs = [d if isinstance(d, Document) else Document(id=f"doc-{k}", text=d) for k, d in enumerate(documents, 1)]
    found: list[Extraction | None] = [None] * len(docs)
    for k, extraction in analyse_on_cluster(client, docs, options or RunOptions(), aliases):
        found[k] = extraction
    return [x for x in found if x is not None]
