"""The one place where the stages are chained: ingest -> nlp -> temporal -> extract -> merge -> store.

Every function here takes plain values and returns plain values; nothing knows about Click
or the terminal. Diagnostics go through the ``warn`` callback, progress through ``progress``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import os
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import IO, Any, BinaryIO, TextIO, TypeVar

from timeline import __version__
from timeline.errors import InputError, StoreError, UsageError
from timeline.model import DocDate, Document, Extraction, TimeExpr, Timeline

# Bump when extraction output changes for the same input, so stored results are redone.
EXTRACTION_VERSION = "2"  # bump when extraction output changes: stored extractions are redone
# Bump when merge output changes for the same extractions (cached merged chronologies are redone).
MERGE_VERSION = "1"

# spaCy's default nlp.max_length: its parser needs memory in proportion to the text beyond this.
MAX_TEXT_CHARS = 1_000_000

Warn = Callable[[str], None]
T = TypeVar("T")
Progress = Callable[[int, int], None]  # (documents done, documents total)


def _no_warn(message: str) -> None:
    pass


def _no_progress(done: int, total: int) -> None:
    pass


@dataclass(frozen=True)
class RunOptions:
    """What `extract` and `dates` need besides the paths."""

    model: str | None = None
    ref_date: str | None = None  # as typed by the user
    dates_file: str | None = None
    aliases_file: str | None = None
    skip_bad: bool = False
    max_bytes: int = 50 * 2**20
    jobs: int = 1
    batch_size: int = 32
    db: str | None = None
    store: bool = True
    infer_dates: bool = False  # date past-tense events from the story told before them ("inferred")
    all_events: bool = False  # also the negated, hypothetical and generic events (see extract.factuality)


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
    analyzed: int = 0
    reused: int = 0
    undated_documents: list[str] = field(default_factory=list)


def user_date(option: str, text: str) -> tuple[str, str, str]:
    """A date typed for an option, as (earliest, latest, precision); errors name the option."""
    from timeline.temporal import parse_user_date

    try:
        return parse_user_date(text)
    except UsageError as exc:
        raise UsageError(f"{option}: {exc.message}") from None


# -- reading ---------------------------------------------------------------------------


def parse_ref_date(text: str) -> str:
    """A --ref-date value as an ISO day; anything coarser or unreadable is a usage error."""
    earliest, latest, precision = user_date("--ref-date", text)
    if precision != "day" or earliest != latest:
        raise UsageError(f"--ref-date needs a day (e.g. 2016-12-23), not {text!r}")
    return earliest


def load_documents(
    paths: Sequence[str], options: RunOptions, *, stdin: TextIO | BinaryIO | None = None, warn: Warn = _no_warn
) -> list[Document]:
    """Read and validate every input, then apply --ref-date / --dates (they win over the text)."""
    from timeline.ingest import date_for, load_dates_file, read_documents

    ref = parse_ref_date(options.ref_date) if options.ref_date else None
    dates = load_dates_file(options.dates_file) if options.dates_file else {}
    documents = read_documents(paths, stdin=stdin, warn=warn, skip_bad=options.skip_bad, max_bytes=options.max_bytes)
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
            warn(f"{error}; skipped")
            continue
        given = date_for(document, dates) if dates else None
        given = given or ref
        if given:
            document = dataclasses.replace(document, date=DocDate(given, "option", 1.0))
        out.append(document)
    return out


def content_key(document: Document, options: RunOptions) -> str:
    """What decides whether a stored extraction can be reused for this document."""
    from timeline.ingest import content_hash
    from timeline.nlp import model_name

    h = hashlib.sha256()
    parts = (
        content_hash(document),
        model_name(options.model) or "default",
        EXTRACTION_VERSION,
        __version__,
        "infer-dates" if options.infer_dates else "",
        "all-events" if options.all_events else "",
    )
    for part in parts:
        h.update(part.encode())
        h.update(b"\0")
    return h.hexdigest()


# -- analysis --------------------------------------------------------------------------


# spaCy's memory while it parses a batch grows with the words in it (its arrays are per token),
# by about 10 kB a token for en_core_web_sm. Cutting batches at a number of characters keeps
# that peak the same whatever the corpus (a few very long texts cannot blow it up): 60,000
# characters (about 10,000 words, 30-35 news articles) cost ~150-180 MB over the model. Smaller
# batches are slower: news-silver with --jobs 1 took 153.4 s in batches of 25,000 characters
# (~60 MB) and 147.8 s in batches of 60,000, bare spaCy 114 s both times (benchmarks/throughput.py).
BATCH_CHARS = 60_000

# The model's components `timeline dates` neither loads nor runs: nothing on its path (recognition,
# tense, reference dates, normalization) reads named entities.
DATES_EXCLUDE = ("ner",)


def batches(
    items: Sequence[T], max_docs: int, max_chars: int = BATCH_CHARS, text: Callable[[Any], str] = lambda d: d.text
) -> Iterator[list[T]]:
    """Consecutive runs of documents (or of items holding one, ``text`` says how to get at its
    text) with at most ``max_docs`` of them and, unless one alone is longer, at most
    ``max_chars`` characters of text."""
    batch: list[T] = []
    size = 0
    for item in items:
        length = len(text(item))
        if batch and (len(batch) >= max_docs or size + length > max_chars):
            yield batch
            batch, size = [], 0
        batch.append(item)
        size += length
    if batch:
        yield batch


def _docs(nlp, documents: Sequence[Document], options: RunOptions) -> Iterator[Any]:
    return (
        doc
        for batch in batches(documents, options.batch_size)
        for doc in nlp.pipe([d.text for d in batch], batch_size=len(batch))
    )


def _reference(document: Document, doc) -> Document:
    """Fill in the article's date from the text when no option, metadata or dateline gave one."""
    if document.date.value:
        return document
    from timeline.temporal import infer_reference_date

    inferred = infer_reference_date(doc)
    if inferred is None or not inferred.value:
        return document
    return dataclasses.replace(document, date=_with_dateline(document, inferred))


def _with_dateline(document: Document, inferred: DocDate) -> DocDate:
    """A dateline's month and day ("MOSCOW, Dec. 23 (Reuters) -") beat the inferred day;
    the year is the one that puts it nearest the inferred date."""
    from timeline.ingest import find_dateline

    line = find_dateline(document.text)
    if line is None or line.month is None or line.day is None:
        return inferred
    assert inferred.value is not None  # the caller checked
    near = dt.date.fromisoformat(inferred.value)
    candidates = []
    for year in (near.year - 1, near.year, near.year + 1):
        try:
            candidates.append(dt.date(year, line.month, line.day))
        except ValueError:  # 29 February in a common year
            continue
    if not candidates:
        return inferred
    best = min(candidates, key=lambda d: abs((d - near).days))
    if abs((best - near).days) > 31:
        return inferred
    return DocDate(best.isoformat(), "dateline", round(min(inferred.confidence + 0.1, 0.9), 2))


def _undated_warning(document: Document) -> str:
    where = document.path or document.id
    if document.path and document.line:  # one record of a JSONL file: say which
        where = f"{document.path}:{document.line} ({document.id})"
    return (
        f"{where}: no publication date found; relative dates such as "
        "'Friday' stay unresolved (give one with --ref-date DATE or --dates FILE)"
    )


def _annotated(
    documents: Sequence[Document], options: RunOptions, warn: Warn, exclude: tuple[str, ...] = ()
) -> Iterator[tuple]:
    """The NLP and temporal stages, streaming: (document with its date, Doc, timexes) in order;
    the model's components in ``exclude`` are not run."""
    if not documents:
        return
    from timeline.nlp import build_nlp
    from timeline.temporal import normalize

    nlp = build_nlp(options.model, exclude)
    for document, doc in zip(documents, _docs(nlp, documents, options), strict=True):
        document = _reference(document, doc)
        if not document.date.value:
            warn(_undated_warning(document))
        ref = dt.date.fromisoformat(document.date.value[:10]) if document.date.value else None
        yield document, doc, normalize(doc, ref, document.id)


def analyze(
    documents: Sequence[Document],
    options: RunOptions,
    *,
    aliases: dict | None = None,
    warn: Warn = _no_warn,
    workers=None,
) -> Iterator[Extraction]:
    """Run the NLP stages on each document, streaming: one Extraction per document, in order.

    With ``options.jobs`` > 1, batches go to that many worker processes (``workers``, when
    started already), each running every stage (not only spaCy), and come back in order: the
    result is the one-process result."""
    if options.jobs > 1 and len(documents) > 1:
        from timeline.workers import analyze_in_processes

        for extraction in analyze_in_processes(batches(documents, options.batch_size), options, aliases, workers):
            if not extraction.document.date.value:
                warn(_undated_warning(extraction.document))
            yield extraction
        return
    yield from analyze_here(documents, options, aliases=aliases, warn=warn)


def analyze_here(
    documents: Sequence[Document],
    options: RunOptions,
    *,
    aliases: dict | None = None,
    warn: Warn = _no_warn,
) -> Iterator[Extraction]:
    """:func:`analyze` in this process."""
    from timeline.extract import extract

    for document, doc, timexes in _annotated(documents, options, warn):
        yield extract(
            doc, document, timexes, aliases=aliases, infer_dates=options.infer_dates, all_events=options.all_events
        )


def _load_aliases(options: RunOptions) -> dict | None:
    if not options.aliases_file:
        return None
    from timeline.extract import load_aliases

    return load_aliases(options.aliases_file)


# -- commands ----------------------------------------------------------------------------


def run_extract(
    paths: Sequence[str],
    options: RunOptions,
    *,
    stdin: TextIO | BinaryIO | None = None,
    warn: Warn = _no_warn,
    progress: Progress = _no_progress,
    stats: RunStats | None = None,
) -> Timeline:
    """Read, extract (reusing stored results for unchanged documents), store, merge."""
    return run_extract_encoded(paths, options, stdin=stdin, warn=warn, progress=progress, stats=stats)[0]


def run_extract_encoded(
    paths: Sequence[str],
    options: RunOptions,
    *,
    stdin: TextIO | BinaryIO | None = None,
    warn: Warn = _no_warn,
    progress: Progress = _no_progress,
    stats: RunStats | None = None,
) -> tuple[Timeline, bytes | None]:
    """:func:`run_extract`, and the chronology as the store caches it (timeline.codec; None without
    a store, or when it is too large to hold whole): printing it as JSON copies its records."""
    from timeline.merge import merge
    from timeline.store import open_store

    stats = stats if stats is not None else RunStats()
    aliases = _load_aliases(options)
    workers = _early_workers(options, aliases)
    store = None
    try:
        documents = load_documents(paths, options, stdin=stdin, warn=warn)
        stats.documents = len(documents)
        store = open_store(options.db) if options.store else None
        keys = [content_key(d, options) for d in documents]
        todo = [
            i
            for i, (d, key) in enumerate(zip(documents, keys, strict=True))
            if store is None or store.stored_key(d.id) != key
        ]
        merged_key = _merged_key(keys, aliases)
        if store is not None and not todo:
            cached = cached_timeline(store, merged_key)
            if cached is not None:
                timeline, encoded = cached
                stats.reused = len(documents)
                for d in timeline.documents:
                    if not d.date.value:
                        warn(_undated_warning(d))
                stats.undated_documents = [d.id for d in timeline.documents if not d.date.value]
                progress(len(documents), len(documents))
                return timeline, encoded
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
                warn(_undated_warning(document))
        todo.sort()
        total = len(documents)
        progress(total - len(todo), total)
        ahead = _ReadAhead(store) if store is not None else None
        kept = _analyse_and_store(
            [(documents[i], keys[i]) for i in todo],
            store,
            options,
            aliases,
            warn,
            lambda: _count(stats, progress, total),
            workers,
            ahead,
        )
        if workers is not None:
            workers.close()  # before the merge: nothing of the analysis stays
        ids = [d.id for d in documents]
        del documents  # their texts are not needed any more
        if store is not None:
            _return_freed_memory()
            assert ahead is not None  # made with the store
            timeline = merge_stored(store, ids, aliases, known=ahead.found)
        else:
            timeline = merge(kept, aliases=aliases)  # every document was analysed, in input order
        stats.undated_documents = [d.id for d in timeline.documents if not d.date.value]
        if store is None:
            return timeline, None
        cache = encode_for_cache(timeline)
        store.put_timeline(merged_key, cache)
        return timeline, cache if isinstance(cache, bytes) else None
    finally:
        if store is not None:
            store.close()
        if workers is not None:
            workers.close()


def _early_workers(options: RunOptions, aliases: dict | None):
    """The worker processes `extract` will analyse in, started before the documents are read
    (see timeline.workers.Workers); None when it analyses in this process."""
    from timeline.store import default_db_path
    from timeline.workers import Workers

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
    included, no more than ONDISK_EVENTS); past that, dropped."""

    def __init__(self, store) -> None:
        self.store = store
        self.events = store.counts(("events",))["events"]
        self.found: dict[str, Extraction] | None = {} if self.events <= ONDISK_EVENTS else None

    def add(self, doc_id: str) -> None:
        if self.found is None:
            return
        for extraction in self.store.merge_inputs([doc_id]):
            self.found[doc_id] = extraction
            self.events += len(extraction.events)
        if self.events > ONDISK_EVENTS:
            self.found = None


def _count(stats: RunStats, progress: Progress, total: int) -> None:
    stats.analyzed += 1
    progress(stats.reused + stats.analyzed, total)


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
    if options.jobs == 1 and workers is not None:  # one worker with the store: see _early_workers
        from timeline.workers import store_in_process

        keyed = batches(todo, options.batch_size, text=lambda pair: pair[0].text)
        dates = store_in_process(keyed, options, aliases, store.path, workers)
        for (document, _), date in zip(todo, dates, strict=True):
            if not date:
                warn(_undated_warning(document))
            if ahead is not None:
                ahead.add(document.id)
            done()
        return []
    kept: list[Extraction] = []
    analyzed = analyze([document for document, _ in todo], options, aliases=aliases, warn=warn, workers=workers)
    for (_, key), extraction in zip(todo, analyzed, strict=True):
        if store is not None:
            store.put(extraction, key)
        else:
            kept.append(extraction)
        done()
    return kept


# Above this many stored events the merge keeps its working data on disk (timeline.merge.ondisk):
# its memory then hardly grows with the corpus. Below, the in-memory merge is ~20% faster and needs
# little (news-silver, 80,000 events: 265 MB).
ONDISK_EVENTS = 100_000


def merge_stored(
    store, ids: Sequence[str], aliases: dict | None, known: dict[str, Extraction] | None = None
) -> Timeline:
    """The merged chronology of the named stored documents, in memory or on disk by the store's size
    (the same result either way). ``known``: some of them as ``store.merge_inputs`` reads them."""
    from timeline.merge import merge
    from timeline.merge.ondisk import Unsupported
    from timeline.merge.ondisk import merge_stored as merge_on_disk

    if store.counts(("events",))["events"] > ONDISK_EVENTS:
        try:
            return merge_on_disk(store, ids, aliases=aliases)
        except Unsupported:  # events from elsewhere (an imported store of another version): merge in memory
            pass
    return merge(store.merge_inputs(ids, known), aliases=aliases)


def _return_freed_memory() -> None:
    """Hand the heap the analysis freed back to the system (glibc keeps it otherwise, and the
    merge's many small objects would land between the pieces still in use)."""
    try:
        import ctypes

        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):  # not glibc: nothing to do
        pass


def _merged_key(keys: Sequence[str], aliases: dict | None) -> str:
    """The inputs of one merge: every document's content key, in order, and the aliases."""
    h = hashlib.sha256()
    h.update(MERGE_VERSION.encode())
    for key in keys:
        h.update(key.encode())
    h.update(json.dumps(aliases, sort_keys=True, ensure_ascii=False).encode())
    return h.hexdigest()


def encode_for_cache(timeline: Timeline) -> bytes | Iterator[bytes]:
    """The merged chronology as the store caches it (:func:`timeline.codec.encode_timeline`): whole,
    or in pieces for an on-disk merge's chronology (its encoding too can be large)."""
    from timeline.codec import EncodedEvents, encode_timeline

    if isinstance(timeline.events, EncodedEvents):
        return encode_timeline(timeline)
    return b"".join(encode_timeline(timeline))


# A cached chronology larger than this (compressed; news-silver's is ~9 MB) is read back with its
# events kept on disk, as the on-disk merge made them.
LAZY_CACHE_BYTES = 24 << 20


def cached_timeline(store, key: str) -> tuple[Timeline, bytes | None] | None:
    """The chronology cached under ``key`` and its encoding (None when read in pieces), or None:
    also when the cached copy is damaged or in an older encoding, since it is only a cache,
    merged again and replaced."""
    from timeline.codec import decode_timeline
    from timeline.merge.ondisk import EventTable

    size = store.timeline_size(key)
    if size is None:
        return None
    if size > LAZY_CACHE_BYTES:
        timeline = decode_timeline(store.timeline_pieces(key), events=EventTable())
        return None if timeline is None else (timeline, None)
    data = store.get_timeline(key)
    if not isinstance(data, bytes):  # plain JSON text, as the first versions cached it
        return None
    timeline = decode_timeline(data)
    return None if timeline is None else (timeline, data)


def run_dates(
    paths: Sequence[str],
    options: RunOptions,
    *,
    stdin: TextIO | BinaryIO | None = None,
    warn: Warn = _no_warn,
    progress: Progress = _no_progress,
) -> Iterator[TimeExpr]:
    """Every temporal expression in the inputs, normalized against each document's date."""
    workers = None
    if options.jobs > 1:  # forked before the texts are read (see timeline.workers.Workers)
        from timeline.workers import Workers

        workers = Workers(options.jobs, options, None, None)
    try:
        documents = load_documents(paths, options, stdin=stdin, warn=warn)
        if options.jobs > 1 and len(documents) > 1:
            from timeline.workers import dates_in_processes

            found = dates_in_processes(batches(documents, options.batch_size), options, workers)
            for n, (date, timexes) in enumerate(found, 1):
                if not date:
                    warn(_undated_warning(documents[n - 1]))
                yield from timexes
                progress(n, len(documents))
            return
        for n, (_, _, timexes) in enumerate(_annotated(documents, options, warn, DATES_EXCLUDE), 1):
            yield from timexes
            progress(n, len(documents))
    finally:
        if workers is not None:
            workers.close()


def dates_here(documents: Sequence[Document], options: RunOptions) -> list[tuple[str | None, list[TimeExpr]]]:
    """Each document's date (None: none found) and temporal expressions, in this process."""
    return [(d.date.value, list(t)) for d, _, t in _annotated(documents, options, _no_warn, DATES_EXCLUDE)]


def load_timeline_json(stream: IO, name: str | None = None) -> Timeline:
    """Read the JSON written by `extract --format json` (for `show -` and `show FILE`)."""
    if name is None:
        # An opened file knows its path; errors about it must name it, not stdin.
        name = getattr(stream, "name", None) if isinstance(getattr(stream, "name", None), str) else "<stdin>"
    from timeline.ingest.readers import json_loads
    from timeline.schema import SCHEMA_VERSION, timeline_from_dict

    raw = stream.read()
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
            f'not the JSON of \'timeline extract --format json\' (expected "schema": "{SCHEMA_VERSION}")',
            path=name,
        )
    try:
        return timeline_from_dict(data)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise InputError(f"malformed timeline JSON ({exc.__class__.__name__}: {exc})", path=name) from None


def stored_timeline(db: str | None, *, aliases_file: str | None = None) -> Timeline:
    """The merged chronology of everything in the store: the one `extract` cached when it covered
    exactly the stored documents, else merged now (and cached for the next `show`)."""
    from timeline.store import open_store

    aliases = _load_aliases(RunOptions(aliases_file=aliases_file))
    with open_store(db, create=False) as store:
        keyed = store.keyed_documents()
        key = _merged_key([k for _, k in keyed], aliases)
        cached = cached_timeline(store, key)
        if cached is not None:
            return cached[0]
        timeline = merge_stored(store, [doc_id for doc_id, _ in keyed], aliases)
        try:
            store.put_timeline(key, encode_for_cache(timeline))
        except (StoreError, sqlite3.Error):
            pass  # a read-only database: showing does not need the cache
        return timeline


@dataclass
class ImportStats:
    added: int = 0
    replaced: int = 0
    unchanged: int = 0


def run_import(sources: Sequence[str], db: str | None, *, progress: Progress = _no_progress) -> ImportStats:
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
                raise UsageError("is the store being imported into (--db); nothing to import", path=source)
            with open_store(source, create=False) as shard:
                keyed = shard.keyed_documents()
                for k, (doc_id, key) in enumerate(keyed, start=1):
                    stored = target.stored_key(doc_id)
                    if stored == key:
                        stats.unchanged += 1
                    else:
                        extraction = shard.get(doc_id)
                        if extraction is not None:  # not deleted meanwhile
                            target.put(extraction, key)
                            if stored is None:
                                stats.added += 1
                            else:
                                stats.replaced += 1
                    progress(k, len(keyed))
    return stats


def apply_filters(timeline: Timeline, filters: Filters) -> Timeline:
    from timeline.merge import filter_timeline

    since = user_date("--since", filters.since)[0] if filters.since else None
    until = user_date("--until", filters.until)[1] if filters.until else None
    if since and until and since > until:
        raise UsageError(f"--since {filters.since!r} is after --until {filters.until!r}")
    return filter_timeline(
        timeline,
        actors=filters.actors,
        since=since,
        until=until,
        places=filters.places,
        docs=filters.docs,
        grep=filters.grep,
        precision=filters.precision,
        undated=filters.undated,
        min_sources=filters.min_sources,
        min_confidence=filters.min_confidence,
        top=filters.top,
        limit=filters.limit,
    )


def run_show(
    filters: Filters, *, db: str | None = None, stdin: IO | None = None, aliases_file: str | None = None
) -> Timeline:
    timeline = load_timeline_json(stdin) if stdin is not None else stored_timeline(db, aliases_file=aliases_file)
    return apply_filters(timeline, filters)
