"""The one place where the stages are chained: ingest -> nlp -> temporal -> extract -> merge -> store.

The ``run_*`` functions are the commands; the analysis of a document is :mod:`timeline.analysis`
(run here or in :mod:`timeline.workers`), content keys and the merged chronology's cache are the
store's (:mod:`timeline.store.keys`, :mod:`timeline.store.cache`), and whether a merge runs in
memory or on disk is the merge's (:mod:`timeline.merge.stored`).

Every function here takes plain values and returns plain values; nothing knows about Click
or the terminal. Diagnostics go through the ``warn`` callback, progress through ``progress``.
"""

from __future__ import annotations

import dataclasses
import itertools
import json
import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import IO, BinaryIO, TextIO

import timeline.analysis as analysis
from timeline.analysis import DATES_EXCLUDE, RunOptions, Warn, annotated, batches, no_warn, undated_warning
from timeline.errors import InputError, Notice, StoreError, UsageError
from timeline.model import DocDate, Document, Extraction, StoredDocument, TimeExpr, Timeline

# spaCy's default nlp.max_length: its parser needs memory in proportion to the text beyond this.
MAX_TEXT_CHARS = 1_000_000

Progress = Callable[[int, int], None]  # (documents done, documents total)


def _no_progress(done: int, total: int) -> None:
    pass


Stage = Callable[[str], None]  # the name of the phase starting ("loading model…", "merging …")


def _no_stage(label: str) -> None:
    pass


@dataclass(frozen=True)
class Filters:
    """What `show` keeps (see timeline.merge.filter_timeline)."""

    actors: tuple[str, ...] = ()
    since: str | None = None
    until: str | None = None
    places: tuple[str, ...] = ()
    docs: tuple[str, ...] = ()
    grep: str | None = None
    precision: str | None = None
    undated: bool = True
    min_sources: int = 1
    limit: int | None = None
    min_confidence: float = 0.0
    top: int | None = None


@dataclass
class RunStats:
    """Counts a run reports (and tests check: a warm re-run does no NLP work)."""

    documents: int = 0
    analysed: int = 0
    reused: int = 0


def user_date(argument: str, text: str) -> tuple[str, str, str]:
    """A date typed for an argument, as (earliest, latest, precision); errors name the argument."""
    from timeline.temporal import parse_user_date

    try:
        return parse_user_date(text)
    except UsageError as exc:
        raise UsageError.about(f"{{{argument}}}: {{detail}}", detail=exc.message) from None


# -- reading ---------------------------------------------------------------------------


def parse_ref_date(text: str) -> str:
    """A --ref-date value as an ISO day; anything coarser or unreadable is a usage error."""
    earliest, latest, precision = user_date("ref_date", text)
    if precision != "day" or earliest != latest:
        raise UsageError.about("{ref_date} needs a day (e.g. 2016-12-23), not {text!r}", text=text)
    return earliest


def load_documents(
    paths: Sequence[str], options: RunOptions, *, stdin: TextIO | BinaryIO | None = None, warn: Warn = no_warn
) -> list[Document]:
    """Read and validate every input, then apply --ref-date / --dates (they win over the text)."""
    from timeline.ingest import date_for, load_dates_file, read_documents

    ref = parse_ref_date(options.ref_date) if options.ref_date else None
    dates = load_dates_file(options.dates_file) if options.dates_file else {}
    documents = read_documents(paths, stdin=stdin, warn=warn, skip_bad=options.skip_bad, max_bytes=options.max_bytes)
    used: set[str] = set()
    out = []
    for document in documents:
        if len(document.text) > MAX_TEXT_CHARS:
            error = InputError(
                f"text is {len(document.text):,} characters, more than the {MAX_TEXT_CHARS:,} the spaCy "
                "model takes; split it into several documents",
                path=document.path or document.id,
                line=document.line,
            )
            if not options.skip_bad:
                raise error
            warn(error.skipped())
            continue
        given = date_for(document, dates, used) if dates else None
        given = given or ref
        if given:
            document = dataclasses.replace(document, date=DocDate(given, "option", 1.0))
        out.append(document)
    if not out:
        # Nothing left (an empty file, a record without text, all skipped): say so rather than
        # print an empty chronology and leave an empty store behind.
        where = (paths[0] if paths[0] != "-" else "<stdin>") if len(paths) == 1 else None
        raise InputError("nothing to analyse: every input was skipped", path=where)
    unused = [k for k in dates if k not in used]
    if unused:
        shown = ", ".join(repr(k) for k in unused[:3]) + (f" and {len(unused) - 3} more" if len(unused) > 3 else "")
        warn(f"{options.dates_file}: {len(unused)} of {len(dates)} entries match no input: {shown}")
    return out


# -- analysis --------------------------------------------------------------------------


def analyse(
    documents: Sequence[Document],
    options: RunOptions,
    *,
    aliases: dict | None = None,
    warn: Warn = no_warn,
    workers=None,
) -> Iterator[Extraction]:
    """Run the NLP stages on each document, streaming: one Extraction per document, in order.

    With ``options.jobs`` > 1, batches go to that many worker processes (``workers``, when
    started already), each running every stage (not only spaCy), and come back in order: the
    result is the one-process result."""
    if options.jobs > 1 and len(documents) > 1:
        from timeline.workers import analyse_in_processes

        # The workers' warnings (an undated document, a date out of range) come back with their results.
        yield from analyse_in_processes(batches(documents, options.batch_size), options, aliases, workers, warn)
        return
    yield from analysis.analyse_here(documents, options, aliases=aliases, warn=warn)


def _load_aliases(options: RunOptions) -> dict | None:
    if not options.aliases_file:
        return None
    from timeline.ingest import load_aliases

    return load_aliases(options.aliases_file)


# -- commands ----------------------------------------------------------------------------


def run_extract(
    paths: Sequence[str],
    options: RunOptions,
    *,
    stdin: TextIO | BinaryIO | None = None,
    warn: Warn = no_warn,
    progress: Progress = _no_progress,
    stats: RunStats | None = None,
    stage: Stage = _no_stage,
) -> Timeline:
    """Read, extract (reusing stored results for unchanged documents), store, merge. ``stage``
    is told each phase in which ``progress`` does not move."""
    return run_extract_encoded(paths, options, stdin=stdin, warn=warn, progress=progress, stats=stats, stage=stage)[0]


def run_extract_encoded(
    paths: Sequence[str],
    options: RunOptions,
    *,
    stdin: TextIO | BinaryIO | None = None,
    warn: Warn = no_warn,
    progress: Progress = _no_progress,
    stats: RunStats | None = None,
    stage: Stage = _no_stage,
) -> tuple[Timeline, bytes | None]:
    """:func:`run_extract`, and the chronology as the store caches it (timeline.codec; None without
    a store, or when it is too large to hold whole): printing it as JSON copies its records."""
    from timeline.merge import merge
    from timeline.store import open_store
    from timeline.store.cache import cache_timeline
    from timeline.store.keys import content_key, merged_key

    stats = stats if stats is not None else RunStats()
    aliases = _load_aliases(options)
    early = _jobs_fit(options, warn)
    workers = _early_workers(options, aliases) if early else None
    store = None
    try:
        stage("reading documents…")
        documents = load_documents(paths, options, stdin=stdin, warn=warn)
        if not early:
            options = dataclasses.replace(options, jobs=max(1, min(options.jobs, len(documents))))
            workers = _early_workers(options, aliases)
        stats.documents = len(documents)
        store = open_store(options.db) if options.store else None
        if store is not None:
            documents = _unique_ids(documents, store, warn)
        keys = [
            content_key(d, model=options.model, infer_dates=options.infer_dates, all_events=options.all_events)
            for d in documents
        ]
        if store is not None:
            documents, keys = _keep_given_dates(store, documents, keys, options)
        todo = [
            i
            for i, (d, key) in enumerate(zip(documents, keys, strict=True))
            if store is None or store.stored_key(d.id) != key
        ]
        chronology_key = merged_key(keys, aliases)
        if store is not None and not todo:
            cached = _cached(store, chronology_key, len(documents), options, stats, warn, progress)
            if cached is not None:
                return cached
        todo = _reuse_stored(documents, todo, store, stats, warn)
        total = len(documents)
        progress(total - len(todo), total)
        if todo:
            stage("loading model…")  # until the first document is analysed
        # On a Dask cluster the corpus may be any size: the texts wait in a temporary file until
        # their batch is sent, nothing is read ahead and the merge is on disk, so that this
        # process's memory does not grow with it (README: Dask).
        work: Sequence[tuple[Document, str]] = [(documents[i], keys[i]) for i in todo]
        ids = [d.id for d in documents]
        if options.dask:
            work = _Spool(work)
            documents = []  # their texts are in the spool
            _return_freed_memory()
        ahead = _ReadAhead(store, options.ondisk_events) if store is not None and not options.dask else None
        kept = _analyse_and_store(
            work,
            store,
            options,
            aliases,
            warn,
            lambda: _count(stats, progress, total),
            workers,
            ahead,
        )
        if workers is not None:  # before the merge: nothing of the analysis stays
            if options.dask:
                workers.close(wait=False)  # the cluster shuts down while this process merges
            else:
                workers.close()
        work, documents = [], []  # their texts are not needed any more
        stage(f"merging {len(ids):,} document{'' if len(ids) == 1 else 's'}…")
        if store is None:
            return merge(kept, aliases=aliases), None  # every document was analysed, in input order
        _return_freed_memory()
        timeline = _merge_in_store(store, ids, aliases, chronology_key, ahead, options)
        stage("storing the chronology…")
        return timeline, cache_timeline(store, chronology_key, timeline)
    finally:
        if store is not None:
            store.close()
        if workers is not None:
            workers.close()


def _cached(store, chronology_key: str, n: int, options: RunOptions, stats: RunStats, warn: Warn, progress: Progress):
    """The cached chronology of these documents (and its encoding) when none changed, else None."""
    from timeline.store.cache import cached_timeline

    cached = cached_timeline(store, chronology_key, lazy_bytes=options.lazy_cache_bytes)
    if cached is None:
        return None
    timeline, _ = cached
    stats.reused = n
    for d in timeline.documents:
        if not d.date.value:
            warn(undated_warning(d))
    progress(n, n)
    return cached


def _reuse_stored(documents, todo: list[int], store, stats: RunStats, warn: Warn) -> list[int]:
    """Count the documents the store already holds as reused (warning about undated ones); those a
    concurrent run removed are analysed again. The indexes to analyse, in input order."""
    pending = set(todo)
    for i, document in enumerate(documents):
        if i in pending:
            continue
        stored = store.stored_document(document.id) if store is not None else None
        if stored is None:  # removed by a concurrent run: analyse it again
            todo.append(i)
            continue
        stats.reused += 1
        if not stored.date.value:
            warn(undated_warning(document))
    return sorted(todo)


def _merge_in_store(store, ids: list[str], aliases, chronology_key: str, ahead, options: RunOptions) -> Timeline:
    """The merged chronology of the stored documents ``ids``: the whole store's, which the next
    merges continue from, or a merge of these documents alone."""
    from timeline.merge.stored import chronology_of_store, merge_stored
    from timeline.store.keys import merged_key

    known = ahead.found if ahead is not None else None
    ondisk_events = 0 if options.dask else options.ondisk_events  # Dask: on disk, whatever the size
    keyed = store.keyed_documents()
    if [doc_id for doc_id, _ in keyed] == ids:  # the whole store: a merge the next ones continue from
        return chronology_of_store(
            store,
            keyed,
            aliases,
            chronology_key,
            known=known,
            key_of=lambda k: merged_key(k, aliases),
            ondisk_events=ondisk_events,
        )
    return merge_stored(store, ids, aliases, known=known, ondisk_events=ondisk_events)


def _keep_given_dates(
    store, documents: list[Document], keys: list[str], options: RunOptions
) -> tuple[list[Document], list[str]]:
    """Documents read without a date from an option keep the one stored from an option
    (--ref-date, --dates or `documents --set-date`) when nothing else about them changed: a
    date the user gave is not lost because the next run of the same files does not repeat it."""
    documents, keys = list(documents), list(keys)
    for i, document in enumerate(documents):
        if document.date.origin == "option":
            continue
        stored_key = store.stored_key(document.id)
        if stored_key is None or stored_key == keys[i]:
            continue
        stored = store.stored_document(document.id)
        if stored is None or stored.date.origin != "option":
            continue
        given = dataclasses.replace(document, date=stored.date)
        key = _key(given, options)
        if key == stored_key:  # the same text, title, model and options: only the date differed
            documents[i], keys[i] = given, key
    return documents, keys


def _unique_ids(documents: list[Document], store, warn: Warn) -> list[Document]:
    """Documents whose id is stored for another document get a new one (timeline.ids)."""
    from timeline.ids import unique_document

    taken = {d.id for d in documents}
    out = []
    for document in documents:
        unique = unique_document(document, store.stored_origin, taken, warn)
        taken.add(unique.id)
        out.append(unique)
    return out


def cpu_count() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def _jobs_fit(options: RunOptions, warn: Warn) -> bool:
    """Whether the workers can start before the documents are read (see timeline.workers.Workers).

    More jobs than CPUs brings no speed, and each worker loads its own model (~130 MB): then the
    workers wait until the documents are counted, and there are never more of them than documents.
    """
    cpus = cpu_count()
    if options.jobs <= cpus:
        return True
    warn(
        Notice.about(
            "{jobs} {n} is more than the {cpus} CPUs here; each worker loads its own spaCy model",
            n=options.jobs,
            cpus=cpus,
        )
    )
    return False


def _early_workers(options: RunOptions, aliases: dict | None):
    """The worker processes `extract` will analyse in, started before the documents are read
    (see timeline.workers.Workers); None when it analyses in this process."""
    from timeline.store import default_db_path
    from timeline.workers import Workers

    if options.dask:
        from timeline.dask import EarlyCluster, require

        require()  # before reading anything: a missing extra is a one-line error
        return EarlyCluster(options.dask, options.model)  # the analysis runs on the cluster
    if options.jobs > 1:
        return Workers(options.jobs, options, aliases, None)
    db = options.db or default_db_path()
    if options.store and db != ":memory:":
        return Workers(1, options, aliases, db)
    return None


class _ReadAhead:
    """What the merge will read of the documents a worker stores, read back as each is stored
    (``add``): the main process waits for the worker meanwhile, so the merge after the analysis
    has less to do. Only while the merge can be in memory (the store's events, those read ahead
    included, no more than ``ondisk_events``, default ONDISK_EVENTS); past that, dropped."""

    def __init__(self, store, ondisk_events: int | None = None) -> None:
        from timeline.merge import stored

        self.store = store
        self.limit = stored.ONDISK_EVENTS if ondisk_events is None else ondisk_events
        self.events = store.counts(("events",))["events"]
        self.found: dict[str, Extraction] | None = {} if self.events <= self.limit else None

    def add(self, doc_id: str) -> None:
        if self.found is None:
            return
        for extraction in self.store.merge_inputs([doc_id]):
            self.found[doc_id] = extraction
            self.events += len(extraction.events)
        if self.events > self.limit:
            self.found = None


def _count(stats: RunStats, progress: Progress, total: int) -> None:
    stats.analysed += 1
    progress(stats.reused + stats.analysed, total)


def _analyse_and_store(
    todo: Sequence[tuple[Document, str]],
    store,
    options: RunOptions,
    aliases: dict | None,
    warn: Warn,
    done: Callable[[], None],
    workers=None,
    ahead: _ReadAhead | None = None,
) -> list[Extraction]:
    """Analyse each (document, content key) in order, calling ``done`` after each.

    With a store, each extraction is written as it comes and not kept (the memory of the analysis
    does not grow with the corpus; the merge reads back what it needs); without one, they are
    returned. With one job and a store file, a worker process analyses and writes them: this
    process never loads spaCy, so its merge does not sit on top of the model and the analysis'
    leftovers."""
    if not todo:
        return []
    if options.dask:
        return _analyse_on_cluster(todo, store, options, aliases, warn, done, ahead, workers)
    if options.jobs == 1 and workers is not None:  # one worker with the store: see _early_workers
        from timeline.workers import store_in_process

        keyed = batches(todo, options.batch_size, text=lambda pair: pair[0].text)
        dates = store_in_process(keyed, options, aliases, store.path, workers, warn)
        for (document, _), _date in zip(todo, dates, strict=True):
            if ahead is not None:
                ahead.add(document.id)
            done()
        return []
    kept: list[Extraction] = []
    analysed = analyse([document for document, _ in todo], options, aliases=aliases, warn=warn, workers=workers)
    for (_, key), extraction in zip(todo, analysed, strict=True):
        if store is not None:
            store.put(extraction, key)
        else:
            kept.append(extraction)
        done()
    return kept


def _analyse_on_cluster(
    todo: Sequence[tuple[Document, str]],
    store,
    options: RunOptions,
    aliases: dict | None,
    warn: Warn,
    done: Callable[[], None],
    ahead: _ReadAhead | None,
    early=None,
) -> list[Extraction]:
    """:func:`_analyse_and_store` on a Dask cluster (timeline.dask; ``early``: the one
    :class:`timeline.dask.EarlyCluster` started, else one is started here): each document stored
    as its batch completes, in whatever order they complete."""
    from contextlib import nullcontext

    from timeline.dask import Cluster, analyse_on_cluster

    kept: list[Extraction | None] = [None] * len(todo)
    spool = todo if isinstance(todo, _Spool) else _Spool(todo)
    with (
        spool.file,
        nullcontext(early.cluster()) if early is not None else Cluster(options.dask or "local") as cluster,
    ):
        found = analyse_on_cluster(
            cluster.client, spool.documents, options, aliases, warn=warn, load=spool.load, chars=spool.chars
        )
        for k, extraction in found:
            if not extraction.document.date.value:
                warn(undated_warning(extraction.document))
            if store is not None:
                store.put(extraction, todo[k][1])
                if ahead is not None:
                    ahead.add(extraction.document.id)
            else:
                kept[k] = extraction
            done()
    return [x for x in kept if x is not None]


class _Spool(Sequence[tuple[Document, str]]):
    """(document, content key) pairs whose texts wait in a temporary file (deleted when closed or
    collected), not in memory: ``documents`` are the documents without their texts, ``chars`` their
    texts' lengths, and :meth:`load` reads the texts of some of them back."""

    def __init__(self, pairs: Sequence[tuple[Document, str]]) -> None:
        import tempfile
        from array import array

        self.file = tempfile.TemporaryFile()
        self.documents: list[Document] = []
        self.keys: list[str] = []
        self.chars = array("q")
        self.offsets = array("q", [0])
        for document, key in pairs:
            data = document.text.encode("utf-8", "surrogatepass")
            self.file.write(data)
            self.offsets.append(self.offsets[-1] + len(data))
            self.chars.append(len(document.text))
            self.documents.append(dataclasses.replace(document, text=""))
            self.keys.append(key)

    def __len__(self) -> int:
        return len(self.documents)

    def __getitem__(self, k):  # (document without its text, key)
        return self.documents[k], self.keys[k]

    def load(self, positions: Sequence[int]) -> list[Document]:
        """The documents at these positions, with their texts."""
        out = []
        for k in positions:
            self.file.seek(self.offsets[k])
            text = self.file.read(self.offsets[k + 1] - self.offsets[k]).decode("utf-8", "surrogatepass")
            out.append(dataclasses.replace(self.documents[k], text=text))
        return out


def _return_freed_memory() -> None:
    """Hand the heap the analysis freed back to the system (glibc keeps it otherwise, and the
    merge's many small objects would land between the pieces still in use)."""
    try:
        import ctypes

        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):  # not glibc: nothing to do
        pass


def run_dates(
    paths: Sequence[str],
    options: RunOptions,
    *,
    stdin: TextIO | BinaryIO | None = None,
    warn: Warn = no_warn,
    progress: Progress = _no_progress,
    stage: Stage = _no_stage,
) -> Iterator[TimeExpr]:
    """Every temporal expression in the inputs, normalized against each document's date."""
    workers = None
    early = _jobs_fit(options, warn)
    if options.jobs > 1 and early:  # forked before the texts are read (see timeline.workers.Workers)
        from timeline.workers import Workers

        workers = Workers(options.jobs, options, None, None)
    try:
        documents = load_documents(paths, options, stdin=stdin, warn=warn)
        if not early:
            options = dataclasses.replace(options, jobs=max(1, min(options.jobs, len(documents))))
        if documents:
            stage("loading model…")
        if options.jobs > 1 and len(documents) > 1:
            from timeline.workers import dates_in_processes

            found = dates_in_processes(batches(documents, options.batch_size), options, workers, warn)
            for n, (_date, timexes) in enumerate(found, 1):
                yield from timexes
                progress(n, len(documents))
            return
        for n, (_, _, timexes) in enumerate(
            annotated(documents, options, warn, DATES_EXCLUDE, lazy_lemmas=True, only_dates=True), 1
        ):
            yield from timexes
            progress(n, len(documents))
    finally:
        if workers is not None:
            workers.close()


def load_timeline_json(stream: IO, name: str | None = None, *, max_bytes: int | None = None) -> Timeline:
    """Read the JSON written by `extract --format json` (for `show -` and `show FILE`), at most
    ``max_bytes`` of it (a pipe has no size to check beforehand)."""
    if name is None:
        # An opened file knows its path; errors about it must name it, not stdin.
        name = getattr(stream, "name", None) if isinstance(getattr(stream, "name", None), str) else "<stdin>"
    from timeline.schema import SCHEMA_VERSION, json_loads, timeline_from_dict

    raw = stream.read() if max_bytes is None else stream.read(max_bytes + 1)
    if max_bytes is not None and len(raw) > max_bytes:
        raise InputError.about("larger than {size} MB; raise {max_bytes}", path=name, size=f"{max_bytes / 2**20:g}")
    if isinstance(raw, bytes):
        raw = raw.decode("utf-8-sig", errors="replace")
    from timeline.codec import split_lines
    from timeline.render.jsonfmt import read_timeline

    quick = read_timeline(split_lines([raw]))  # as `extract --format json` wrote it: record by record
    if quick is not None:
        return quick
    try:
        data = json_loads(raw)
    except json.JSONDecodeError as exc:
        raise InputError(f"not JSON ({exc.msg} at line {exc.lineno})", path=name) from None
    if not isinstance(data, dict) or data.get("schema") != SCHEMA_VERSION:
        raise InputError(
            f'not a timeline JSON document (expected "schema": "{SCHEMA_VERSION}")',
            path=name,
        )
    try:
        return timeline_from_dict(data)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise InputError(f"malformed timeline JSON ({exc.__class__.__name__}: {exc})", path=name) from None


def stored_timeline(
    db: str | None,
    *,
    aliases_file: str | None = None,
    stage: Stage = _no_stage,
    ondisk_events: int | None = None,
    lazy_cache_bytes: int | None = None,
) -> Timeline:
    """The merged chronology of everything in the store: the one `extract` cached when it covered
    exactly the stored documents, else merged now (and cached for the next `show`). The sizes past
    which the merge and the cached chronology's events are on disk: as in :class:`RunOptions`."""
    from timeline.store import open_store

    aliases = _load_aliases(RunOptions(aliases_file=aliases_file))
    with open_store(db, create=False) as store:
        return store_chronology(
            store, aliases, stage=stage, ondisk_events=ondisk_events, lazy_cache_bytes=lazy_cache_bytes, indexed=True
        )


def store_chronology(
    store,
    aliases: dict | None,
    *,
    stage: Stage = _no_stage,
    ondisk_events: int | None = None,
    lazy_cache_bytes: int | None = None,
    indexed: bool = False,
) -> Timeline:
    """:func:`stored_timeline` of an open store. ``indexed``: a cached chronology may come with its
    events read only when asked for (timeline.store.cache.cached_timeline)."""
    import sqlite3

    from timeline.merge.stored import chronology_of_store
    from timeline.store.cache import cache_timeline, cached_timeline
    from timeline.store.keys import merged_key

    keyed = store.keyed_documents()
    key = merged_key([k for _, k in keyed], aliases)
    cached = cached_timeline(store, key, lazy_bytes=lazy_cache_bytes, indexed=indexed)
    if cached is not None:
        return cached[0]
    stage(f"merging {len(keyed):,} document{'' if len(keyed) == 1 else 's'}…")
    timeline = chronology_of_store(
        store, keyed, aliases, key, key_of=lambda keys: merged_key(keys, aliases), ondisk_events=ondisk_events
    )
    try:
        cache_timeline(store, key, timeline)
    except (StoreError, sqlite3.Error):
        pass  # a read-only database: showing does not need the cache
    return timeline


# -- `timeline documents` ----------------------------------------------------------------


def list_documents(db: str | None) -> list[StoredDocument]:
    """The stored documents, in the order they were first stored."""
    from timeline.store import open_store

    with open_store(db, create=False) as store:
        return store.stored_documents()


def find_document(documents: Sequence[Document], query: str) -> Document:
    """The one document ``query`` names: its id, a unique start of its id, or words of its title
    that no other title has; otherwise an error naming the candidates or the nearest name."""
    from timeline.merge.filters import did_you_mean, resolve_documents

    found, _ = resolve_documents(Timeline(documents=tuple(documents)), [query])
    by_id = {d.id: d for d in documents}
    if len(found) == 1:
        return by_id[found[0]]
    if found:
        shown = ", ".join(found[:5]) + (", ..." if len(found) > 5 else "")
        raise UsageError(f"{query!r} names {len(found)} documents ({shown}); give its id")
    titles = [d.title or "" for d in documents]
    choices = [d.id for d in documents] + titles + [w for t in titles for w in t.split()]
    suggestion = did_you_mean(query, choices)
    hint = f"; did you mean {suggestion!r}?" if suggestion else "; 'timeline documents' lists them"
    raise UsageError(f"no stored document {query!r}{hint}")


@dataclass(frozen=True)
class Redated:
    """What `documents --set-date` did."""

    document: Document  # with its new date
    before: DocDate
    analysed: bool  # False: no date in it depended on the document's date, so spaCy was not run
    events: int
    changed: int  # events whose date is not what it was


def _needs_analysis(extraction: Extraction) -> bool:
    """Whether dating the extraction's events again against another document date needs its
    text analysed again: it has relative expressions or inferred dates, or had no date (then
    nothing relative was resolved, and the lead sentences dated by the document's own date were
    not dated at all)."""
    if not extraction.document.date.value:
        return True
    if any(t.resolution != "absolute" for t in extraction.timexes):
        return True
    return any(e.date.resolution in ("relative", "inferred") for e in extraction.events)


def _redated_events(extraction: Extraction, day: str) -> tuple:
    """The events with those dated by the document's own date ('reference') moved to ``day``;
    the others (absolute dates, undated) do not depend on it."""
    return tuple(
        dataclasses.replace(e, date=dataclasses.replace(e.date, value=day, edtf=day, earliest=day, latest=day))
        if e.date.resolution == "reference" and e.date.precision == "day"
        else e
        for e in extraction.events
    )


def redate_document(db: str | None, query: str, date: str, options: RunOptions, *, stage: Stage = _no_stage) -> Redated:
    """Give a stored document its own date (``date``, as for --ref-date) and date its events
    again: from the stored analysis when none of its dates depended on the old one, else by
    analysing its stored text again (the text is not read from its file)."""
    from timeline.store import open_store

    day = user_date("set_date", date)
    if day[2] != "day" or day[0] != day[1]:
        raise UsageError.about("{set_date} needs a day (e.g. 2016-12-23), not {text!r}", text=date)
    with open_store(db, create=False) as store:
        store.require_writable()  # before the model loads
        document = find_document([d.document for d in store.stored_documents()], query)
        old = store.get(document.id)
        old_key = store.stored_key(document.id)
        if old is None or old_key is None:  # removed meanwhile
            raise UsageError(f"no stored document {query!r}")
        new_date = DocDate(day[0], "option", 1.0)
        # The options it was analysed with: the stored key says whether narrative dating (off with
        # --explicit-dates-only) and --all-events were on.
        options = dataclasses.replace(options, db=db, store=True)
        for infer, every in itertools.product((options.infer_dates, not options.infer_dates), (False, True)):
            candidate = dataclasses.replace(options, infer_dates=infer, all_events=every)
            if _key(old.document, candidate) == old_key:
                options = candidate
                break
        redated = dataclasses.replace(old.document, date=new_date)
        analysed = _needs_analysis(old)
        if analysed:
            stage("loading model…")
            extraction = next(iter(analysis.analyse_here([redated], options, aliases=_load_aliases(options))))
        else:
            extraction = dataclasses.replace(old, document=redated, events=_redated_events(old, day[0]))
        store.put(extraction, _key(redated, options))
    before = {e.id: (e.date.earliest, e.date.latest) for e in old.events}
    changed = sum(1 for e in extraction.events if before.get(e.id) != (e.date.earliest, e.date.latest))
    return Redated(extraction.document, old.document.date, analysed, len(extraction.events), changed)


def _key(document: Document, options: RunOptions) -> str:
    from timeline.store.keys import content_key

    return content_key(document, model=options.model, infer_dates=options.infer_dates, all_events=options.all_events)


def remove_documents(db: str | None, queries: Sequence[str]) -> list[Document]:
    """Remove the named documents (and all that was extracted from them) from the store; every
    name must name one document, or nothing is removed."""
    from timeline.store import open_store

    with open_store(db, create=False) as store:
        store.require_writable()
        stored = [d.document for d in store.stored_documents()]
        doomed = list({d.id: d for d in (find_document(stored, q) for q in queries)}.values())
        store.delete(d.id for d in doomed)
    return doomed


@dataclass
class ImportStats:
    added: int = 0
    replaced: int = 0
    unchanged: int = 0


def run_import(
    sources: Sequence[str], db: str | None, *, progress: Progress = _no_progress, warn: Warn = no_warn
) -> ImportStats:
    """Copy the documents of other stores (shards extracted elsewhere) into the store ``db``.

    Each document is copied in its own transaction with its content key, so a later `extract` of
    the same text reuses it; one already stored under the same key is left alone, one stored
    under another key (changed text, other model or version) is replaced by the imported one.
    """
    from timeline.store import default_db_path, open_store

    target_path = db or default_db_path()
    stats = ImportStats()
    with open_store(target_path) as target:
        for source in sources:
            if os.path.realpath(source) == os.path.realpath(target_path):
                raise UsageError.about("is the store being imported into ({db}); nothing to import", path=source)
            with open_store(source, create=False) as shard:
                keyed = shard.keyed_documents()
                for k, (doc_id, key) in enumerate(keyed, start=1):
                    stored = target.stored_key(doc_id)
                    if stored == key:
                        stats.unchanged += 1
                    else:
                        extraction = shard.get(doc_id)
                        if extraction is not None:  # not deleted meanwhile
                            if stored is not None:
                                extraction = _imported(extraction, target, source, warn)
                                stored = target.stored_key(extraction.document.id)
                            target.put(extraction, key)
                            if stored is None:
                                stats.added += 1
                            else:
                                stats.replaced += 1
                    progress(k, len(keyed))
    return stats


def _imported(extraction: Extraction, target, source: str, warn: Warn) -> Extraction:
    """The shard's extraction, moved to a new id if the target holds another document under its id."""
    from timeline.ids import renamed, unique_document

    document = extraction.document
    unique = unique_document(document, target.stored_origin, set(), lambda m: warn(f"{source}: {m}"))
    return extraction if unique.id == document.id else renamed(extraction, unique.id)


def apply_filters(timeline: Timeline, filters: Filters, *, warn: Warn = no_warn) -> Timeline:
    """The events ``filters`` keep. A name that matches nothing (an actor, a place or a document)
    is a warning, with the closest known name when there is one: a typo must not look like an
    empty chronology."""
    from timeline.merge import filter_timeline
    from timeline.merge.filters import (
        actor_choices,
        did_you_mean,
        place_choices,
        resolve_documents,
        unmatched_actors,
        unmatched_places,
    )

    since = user_date("since", filters.since)[0] if filters.since else None
    until = user_date("until", filters.until)[1] if filters.until else None
    if since and until and since > until:
        raise UsageError.about("{since} {first!r} is after {until} {last!r}", first=filters.since, last=filters.until)
    docs = filters.docs
    if docs:
        resolved, missing = resolve_documents(timeline, docs)
        for query in missing:
            titles = [d.title or "" for d in timeline.documents]
            choices = [d.id for d in timeline.documents] + titles + [w for t in titles for w in t.split()]
            warn(_no_such("document", query, did_you_mean(query, choices)))
        docs = resolved + tuple(missing)  # a value that names nothing keeps nothing
    if filters.actors:
        for query in unmatched_actors(timeline, filters.actors):
            warn(_no_such("actor", query, did_you_mean(query, actor_choices(timeline))))
    if filters.places:
        places = place_choices(timeline)
        for query in unmatched_places(timeline, filters.places, places):
            warn(_no_such("place", query, did_you_mean(query, sorted(places))))
    return filter_timeline(
        timeline,
        actors=filters.actors,
        since=since,
        until=until,
        places=filters.places,
        docs=docs,
        grep=filters.grep,
        precision=filters.precision,
        undated=filters.undated,
        min_sources=filters.min_sources,
        min_confidence=filters.min_confidence,
        top=filters.top,
        limit=filters.limit,
    )


def _no_such(what: str, query: str, suggestion: str | None) -> str:
    return f"no {what} {query!r}" + (f"; did you mean {suggestion!r}?" if suggestion else "")


def run_show(
    filters: Filters,
    *,
    db: str | None = None,
    stdin: IO | None = None,
    aliases_file: str | None = None,
    max_bytes: int | None = None,
    warn: Warn = no_warn,
    stage: Stage = _no_stage,
) -> Timeline:
    if stdin is not None:
        timeline = load_timeline_json(stdin, max_bytes=max_bytes)
    else:
        stage("reading the store…")
        timeline = stored_timeline(db, aliases_file=aliases_file, stage=stage)
    return apply_filters(timeline, filters, warn=warn)
