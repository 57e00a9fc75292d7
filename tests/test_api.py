"""The Python API (README, "Python"): the README's examples run, and the API gives what the CLI gives."""

import contextlib
import datetime
import io
import re
from pathlib import Path

import pytest

import timeline
from timeline import api
from timeline.model import Document, Timeline

ROOT = Path(__file__).resolve().parents[1]


def _readme_examples() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("\n## Python\n") : readme.index("\n## ", readme.index("\n## Python\n") + 1)]
    return re.findall(r"```python\n(.*?)```", section, re.S)


@pytest.mark.slow
def test_api_readme_examples_run(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # the Store example writes news.db here
    examples = _readme_examples()
    assert len(examples) == 2
    printed = []
    for code in examples:
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            exec(compile(code, "README.md", "exec"), {})
        printed.append(out.getvalue())
    assert "2016-12-23 Russia, Iran and Turkey had agreed to hold peace talks" in printed[0]
    assert "undated peace talks on Syria in Astana" in printed[0]  # planned, on no day yet
    assert "# Timeline" in printed[0] and "## 23 December 2016" in printed[0]
    assert re.fullmatch(r"\d+ events, \d+ actors\n", printed[1])
    assert (tmp_path / "news.db").exists()


@pytest.mark.slow
def test_api_extract_gives_the_cli_chronology():
    from timeline.ingest import read_documents
    from timeline.pipeline import RunOptions, run_extract

    documents = read_documents([str(ROOT / "seeds")])
    expected = run_extract([str(ROOT / "seeds")], RunOptions(store=False))
    assert api.render(api.extract(documents), "json") == api.render(expected, "json")


@pytest.mark.slow
def test_api_store_analyses_a_document_once(tmp_path, monkeypatch):
    text = "Russian President Vladimir Putin said on Friday that talks would be held in Astana."
    with timeline.Store(tmp_path / "t.db") as store:
        first = store.extract([text], ref_date=datetime.date(2016, 12, 23))

    def no_analysis(documents, *args, **kwargs):
        assert not documents, "a stored document was analysed again"
        return iter(())

    monkeypatch.setattr("timeline.analysis.analyse_here", no_analysis)
    with timeline.Store(tmp_path / "t.db") as store:
        again = store.extract([text], ref_date=datetime.date(2016, 12, 23))
        assert again == first
        assert store.timeline() == first


@pytest.mark.parametrize(
    "call, error",
    [
        (lambda: api.extract("one text"), TypeError),
        (lambda: api.extract(["text"], ref_date="2016-12-23"), TypeError),
        (lambda: api.extract([b"bytes"]), TypeError),
        (lambda: api.extract([Document(id="a", text="x"), Document(id="a", text="y")]), ValueError),
        (lambda: api.extract(["text"], aliases={"Putin": "Vladimir Putin"}), TypeError),
        (lambda: api.render(Timeline(), "pdf"), ValueError),
    ],
    ids=["one-string", "date-as-text", "bytes", "same-id", "alias-not-a-list", "unknown-format"],
)
def test_api_wrong_arguments_raise_without_cli_words(call, error):
    with pytest.raises(error) as caught:
        call()
    assert "--" not in str(caught.value)


def test_api_functions_do_not_shadow_the_packages_of_the_same_name():
    # `timeline.extract` and `timeline.render` are the extraction and rendering packages, whatever
    # was imported before; the API's functions of those names are reached as timeline.api.*
    import subprocess
    import sys

    code = (
        "import timeline, timeline.api, timeline.extract, timeline.render, types;"
        "from timeline import extract, render;"
        "assert isinstance(timeline.extract, types.ModuleType) and extract is timeline.extract;"
        "assert isinstance(timeline.render, types.ModuleType) and render is timeline.render;"
        "assert callable(timeline.api.extract) and callable(timeline.api.render);"
        "assert 'extract' not in timeline.__all__ and 'render' not in timeline.__all__;"
        "print(timeline.extract.__name__, timeline.render.__name__)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True).stdout
    assert out.split() == ["timeline.extract", "timeline.render"]
    assert timeline.Store is api.Store


@pytest.mark.slow
def test_api_store_thresholds_are_arguments_and_change_nothing_but_where_the_merge_works(tmp_path):
    from timeline.merge.ondisk import StoredEvents

    texts = [
        "Russian President Vladimir Putin said on Friday that talks would be held in Astana.",
        "Talks on Syria will be held in Astana, Putin said on Friday.",
    ]
    day = datetime.date(2016, 12, 23)
    with timeline.Store(tmp_path / "a.db") as store:
        in_memory = store.extract(texts, ref_date=day)
    with timeline.Store(tmp_path / "b.db", ondisk_events=0, lazy_cache_bytes=0) as store:
        on_disk = store.extract(texts, ref_date=day)
        assert isinstance(on_disk.events, StoredEvents)
        assert api.render(on_disk, "json") == api.render(in_memory, "json")
        assert api.render(store.timeline(), "json") == api.render(in_memory, "json")


def test_api_the_cli_calls_only_the_api():
    # timeline.cli parses options and prints; what it runs comes from timeline.api (besides the
    # errors it words, its terminal, the version and its -o file handling)
    import ast

    allowed = {"timeline.api", "timeline.errors", "timeline.terminal", "timeline.version", "timeline.output"}
    tree = ast.parse((ROOT / "timeline" / "cli.py").read_text(encoding="utf-8"))
    used = {
        n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and (n.module or "").startswith("timeline")
    }
    used |= {
        a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names if a.name.startswith("timeline")
    }
    assert used <= allowed, used - allowed
    for name in api.COMMAND_OPERATIONS:  # each one is there
        assert getattr(api, name) is not None
    with pytest.raises(AttributeError):
        api.no_such_operation  # noqa: B018
