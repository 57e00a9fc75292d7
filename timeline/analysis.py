"""The analysis of documents: spaCy, the article's date, temporal expressions and events, in
batches, in whatever process runs it (the pipeline's, or a worker's: both import this module)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from timeline.errors import Notice
from timeline.model import DocDate, Document, Extraction, TimeExpr

Warn = Callable[[str], None]
T = TypeVar("T")


def no_warn(message: str) -> None:
    pass


def load_pipeline(model: str | None = None, exclude: tuple[str, ...] = (), lazy_lemmas: bool = False):
    """The spaCy pipeline the analysis runs: the model (loaded once per process, without its
    components named in ``exclude``, its lemmatizer not run with ``lazy_lemmas``) with timeline's
    components, the temporal recognizer last."""
    from timeline.nlp import build_nlp
    from timeline.temporal import add_recognizer

    nlp = build_nlp(model, exclude, lazy_lemmas)
    add_recognizer(nlp)
    return nlp


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
    infer_dates: bool = True  # date past-tense events from the story told before them ("inferred")
    all_events: bool = False  # also the negated, hypothetical and generic events (see extract.factuality)
    dask: str | None = None  # a dask.distributed scheduler's address, or local[:N] (timeline.dask)
    # Past this many stored events the merge runs on disk (None: timeline.merge.stored.ONDISK_EVENTS)
    ondisk_events: int | None = None
    # A cached chronology larger than this is read back with its events on disk (None:
    # timeline.store.cache.LAZY_CACHE_BYTES)
    lazy_cache_bytes: int | None = None


# spaCy's memory while it parses a batch grows with the words in it (its arrays are per token).
# Cutting batches at a number of characters keeps that peak the same whatever the corpus (a few
# very long texts cannot blow it up); smaller batches are slower. The measurements behind this
# value: benchmarks/README.md.
BATCH_CHARS = 60_000

# The model's components `timeline dates` neither loads nor runs: nothing on its path (recognition,
# tense, reference dates, normalization) reads named entities. It does not run the lemmatizer either
# (see annotated's ``lazy_lemmas``): the few lemmas it reads (of verbs governing an expression) are
# computed when asked.
DATES_EXCLUDE = ("ner",)


def batches(
    items: Iterable[T],
    max_docs: int,
    max_chars: int = BATCH_CHARS,
    text: Callable[[Any], str] = lambda d: d.text,
    chars: Callable[[Any], int] | None = None,
) -> Iterator[list[T]]:
    """Consecutive runs of documents (or of items holding one, ``text`` says how to get at its
    text, or ``chars`` how long it is) with at most ``max_docs`` of them and, unless one alone is
    longer, at most ``max_chars`` characters of text."""
    batch: list[T] = []
    size = 0
    for item in items:
        length = chars(item) if chars is not None else len(text(item))
        if batch and (len(batch) >= max_docs or size + length > max_chars):
            yield batch
            batch, size = [], 0
        batch.append(item)
        size += length
    if batch:
        yield batch


def _docs(
    nlp, documents: Sequence[Document], options: RunOptions, parsed: Callable[[str], str] | None = None
) -> Iterator[Any]:
    """The documents through spaCy, in batches; ``parsed`` says what of each text to run it on
    (the same length: offsets stay the text's)."""
    return (
        doc
        for batch in batches(documents, options.batch_size)
        for doc in nlp.pipe([parsed(d.text) if parsed else d.text for d in batch], batch_size=len(batch))
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


def undated_warning(document: Document) -> Notice:
    where = document.path or document.id
    if document.path and document.line:  # one record of a JSONL file: say which
        where = f"{document.path}:{document.line} ({document.id})"
    return Notice.about(
        "{where}: no publication date found; relative dates such as "
        "'Friday' stay unresolved (give one with {ref_date} DATE or {dates_file} FILE)",
        where=where,
    )


def annotated(
    documents: Sequence[Document],
    options: RunOptions,
    warn: Warn,
    exclude: tuple[str, ...] = (),
    lazy_lemmas: bool = False,
    only_dates: bool = False,
) -> Iterator[tuple]:
    """The NLP and temporal stages, streaming: (document with its date, Doc, timexes) in order;
    the model's components in ``exclude`` are not run, nor its lemmatizer with ``lazy_lemmas``.
    With ``only_dates`` (`timeline dates`: no events) the model parses only the sentences the
    temporal expressions need (:func:`timeline.temporal.recognize.only_where_needed`); the Doc's
    text then has the other sentences blanked out."""
    if not documents:
        return
    from timeline.nlp import collector_paused

    with collector_paused():
        from timeline.temporal import normalize

        nlp = load_pipeline(options.model, exclude, lazy_lemmas)
        from timeline.temporal.recognize import only_where_needed

        parsed: Callable[[str], str] | None = only_where_needed if only_dates else None
    for document, doc in zip(documents, _docs(nlp, documents, options, parsed), strict=True):
        document = _reference(document, doc)
        if not document.date.value:
            warn(undated_warning(document))
        ref = dt.date.fromisoformat(document.date.value[:10]) if document.date.value else None
        where = f"{document.path}:{document.line}" if document.path and document.line else document.path or document.id
        yield document, doc, normalize(doc, ref, document.id, _warn_at(warn, where))


def analyse_here(
    documents: Sequence[Document],
    options: RunOptions,
    *,
    aliases: dict | None = None,
    warn: Warn = no_warn,
) -> Iterator[Extraction]:
    """One Extraction per document, in order, each through every stage (spaCy, dates, events) in
    this process: what :func:`timeline.pipeline.analyse` and each worker process run."""
    from timeline.extract import extract

    for document, doc, timexes in annotated(documents, options, warn):
        yield extract(
            doc, document, timexes, aliases=aliases, infer_dates=options.infer_dates, all_events=options.all_events
        )


def _warn_at(warn: Warn, where: str) -> Warn:
    """``warn``, each message prefixed with the document it is about."""

    def located(message: str) -> None:
        warn(f"{where}: {message}")

    return located


def dates_here(
    documents: Sequence[Document], options: RunOptions, warn: Warn = no_warn
) -> list[tuple[str | None, list[TimeExpr]]]:
    """Each document's date (None: none found) and temporal expressions, in this process."""
    return [
        (d.date.value, list(t))
        for d, _, t in annotated(documents, options, warn, DATES_EXCLUDE, lazy_lemmas=True, only_dates=True)
    ]
