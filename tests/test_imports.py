"""The package's import graph has no cycle: stages depend on earlier stages, never the reverse.

Read from the source (every import, those inside functions too), so a cycle hidden behind a lazy
import is found as well; and every module imports when it is the first one imported."""

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _modules() -> dict[str, Path]:
    found = {}
    for path in sorted((ROOT / "timeline").rglob("*.py")):
        parts = list(path.relative_to(ROOT).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


MODULES = _modules()


def _imports(path: Path) -> set[str]:
    """The timeline modules ``path`` imports (``from timeline.x import y``: timeline.x.y if y is a module)."""
    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
        else:
            continue
        for name in names:
            while name and name not in MODULES:
                name = name.rpartition(".")[0]
            if name:
                out.add(name)
    return out


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one node (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in graph.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def _package(module: str) -> str:
    return ".".join(module.split(".")[:2])


def test_imports_no_cycle_between_modules():
    graph = {m: _imports(p) - {m} for m, p in MODULES.items()}
    assert _cycles(graph) == []


def test_imports_no_cycle_between_packages():
    graph: dict[str, set[str]] = {}
    for m, p in MODULES.items():
        graph.setdefault(_package(m), set()).update(_package(d) for d in _imports(p) if _package(d) != _package(m))
    assert _cycles(graph) == []


def test_imports_the_checker_sees_a_cycle():
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


_IMPORT_EACH = """
import importlib, sys
failed = []
for module in sys.argv[1:]:
    for name in [n for n in sys.modules if n == "timeline" or n.startswith("timeline.")]:
        del sys.modules[name]  # as in a fresh interpreter: whatever imports first starts the chain
    try:
        importlib.import_module(module)
    except Exception as exc:
        failed.append(f"{module}: {exc!r}")
print("\\n".join(failed))
"""


def test_imports_every_module_imports_first():
    # a module compiled by mypyc (setup.py build_ext --inplace) cannot be imported a second time in
    # one interpreter: then each module is imported in an interpreter of its own
    compiled = any((ROOT / "timeline").rglob("*.so"))
    for modules in [[m] for m in MODULES] if compiled else [list(MODULES)]:
        result = subprocess.run(
            [sys.executable, "-c", _IMPORT_EACH, *modules], cwd=ROOT, capture_output=True, text=True, timeout=300
        )
        assert result.returncode == 0, result.stderr
        assert result.stdout.strip() == ""


_DATES_PATH = """
import io, sys
import timeline.cli, timeline.pipeline
from timeline.render import render_timexes
render_timexes([], "jsonl", io.StringIO())
print(" ".join(sorted(m for m in sys.modules if m in sys.argv[1:])))
"""


def test_imports_dates_loads_no_exporter_nor_store_it_does_not_use():
    # `timeline dates` starts in about a second: the calendar and HTML exporters, the table's rich
    # layout and the SQLite store are not on its path, and cost a tenth of that to import
    unused = ["icalendar", "jinja2", "timeline.render.ical", "timeline.render.htmlpage", "timeline.render.table"]
    unused += ["timeline.store", "sqlite3"]
    result = subprocess.run(
        [sys.executable, "-c", _DATES_PATH, *unused], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == []


_CACHED_SHOW = """
import sys
from tests.store.test_store import make_extraction
from timeline.store import Store
from timeline.pipeline import stored_timeline

with Store(sys.argv[1]) as store:
    store.put(make_extraction("a", n_events=2), "ka")
stored_timeline(sys.argv[1])  # merged and cached
for name in [n for n in sys.modules if n.startswith(("timeline", "rich", "icalendar", "numpy"))]:
    del sys.modules[name]  # as in a fresh `timeline show`
from timeline.cli import cli
cli.main(["show", "--db", sys.argv[1], "--actor", "Putin", "-o", sys.argv[2], "-q"], standalone_mode=False)
heavy = ("spacy", "dateparser", "icalendar", "numpy", "rich.console", "timeline.extract.events",
         "timeline.extract.actors", "timeline.merge.cluster", "timeline.render.table",
         "timeline.render.htmlpage")
print(" ".join(name for name in heavy if name in sys.modules))
"""


def test_imports_a_cached_show_imports_nothing_it_does_not_use(tmp_path):
    """`timeline show` of a cached chronology, as JSON: no spaCy, no date parser, no extraction or
    clustering code, no other output format (each costs start-up time a user waits for)."""
    out = tmp_path / "out.json"
    result = subprocess.run(
        [sys.executable, "-c", _CACHED_SHOW, str(tmp_path / "t.db"), str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""
    assert '"Vladimir Putin"' in out.read_text(encoding="utf-8")


_VIEW = """
import sys
from timeline.api import plural, document_date
import timeline.render.markdown, timeline.render.csvfmt
heavy = ("spacy", "timeline.temporal", "timeline.temporal.normalize")
print(" ".join(name for name in heavy if name in sys.modules))
"""


def test_imports_the_views_of_a_chronology_load_no_spacy():
    """The main process of `timeline extract` (its worker analyses) words its last line with
    timeline.render.view, and the exporters label dates with it: importing it loads neither spaCy
    nor the temporal package (normalization imports spaCy: ~0.7 s CPU of every run)."""
    result = subprocess.run([sys.executable, "-c", _VIEW], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""
