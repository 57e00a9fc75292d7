import pathlib

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(autouse=True)
def _isolated_env(tmp_path, monkeypatch):
    """Every test gets its own store and no model override from the caller's shell."""
    monkeypatch.setenv("TIMELINE_DB", str(tmp_path / "timeline.db"))
    monkeypatch.delenv("TIMELINE_MODEL", raising=False)
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("FORCE_COLOR", raising=False)


@pytest.fixture(scope="session")
def nlp():  # the tests that use it are marked slow (pytest_collection_modifyitems)
    from timeline.analysis import load_pipeline

    return load_pipeline()


@pytest.fixture
def seeds_dir():
    return SEEDS


class ModelInFastTest(AssertionError):
    """Raised when a test not marked ``slow`` loads the spaCy model."""


@pytest.fixture(autouse=True)
def _model_only_in_slow_tests(request, monkeypatch):
    """Every test that loads the spaCy model is marked ``slow`` (``-m 'not slow'`` runs without
    it): here, anything else that asks for an installed model fails (in worker processes too,
    forked with this guard in place). Names of models that are not installed go through, for the
    tests of that error."""
    if request.node.get_closest_marker("slow"):
        return
    import spacy.util

    import timeline.nlp

    real = timeline.nlp.build_nlp

    def guarded(requested=None, *args, **kwargs):
        name = timeline.nlp.model_name(requested)
        if any(spacy.util.is_package(c) for c in ((name,) if name else timeline.nlp.DEFAULT_MODELS)):
            raise ModelInFastTest(f"{request.node.nodeid} loads the spaCy model: mark it slow")
        return real(requested, *args, **kwargs)

    monkeypatch.setattr(timeline.nlp, "build_nlp", guarded)


def pytest_collection_modifyitems(items):
    # the session's model, loaded once: a test that asks for it loads the model
    for item in items:
        if "nlp" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.slow)
