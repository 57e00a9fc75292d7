"""The compiled build gives the chronology its source gives.

A regular install (``pip install .``) compiles the event extraction with mypyc (setup.py); the tests
run the source tree's Python (``python -m pytest`` puts the repository first on the path). These tests
run the installed, compiled package from a directory outside the repository and compare its output
with the source's, byte for byte. They skip when the installed package is not compiled (an editable
install, TIMELINE_PURE_PYTHON, no C compiler) or was built from other sources than these.
"""

from __future__ import annotations

import os
import subprocess
import sys
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

# Sentences of the kinds whose code paths the seeds do not all reach: planned and negated happenings,
# figures over a period, a quoted statement, relative dates in both directions, an outlook, a title.
VARIED = """\
BEIJING, March 3 (Xinhua) -- China's exports rose 12 percent to 85 billion U.S. dollars in the first
two months, the General Administration of Customs said on Tuesday. Imports fell 3 percent from a year
earlier. The ministry expects trade to grow over the coming months, and officials will meet in
Shanghai next week to discuss the figures.

Prime Minister Jane Doe did not attend the summit on Friday, her office said. "We will not accept
this deal," the prime minister told reporters in London. Doe resigned six years ago from the cabinet
and returned in January. If the talks fail, the union would strike. Mr. Smith says the company hopes
to sell its Asian unit by 2030.
"""


def _run(args: list[str], cwd: Path, *, compiled: bool) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    if not compiled:
        env["PYTHONPATH"] = str(ROOT)
    return subprocess.run(
        [sys.executable, "-m", "timeline", *args], cwd=cwd, env=env, capture_output=True, text=True, check=False
    )


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The installed package's directory, when it is compiled from these very sources."""
    outside = tmp_path_factory.mktemp("outside")
    probe = _run(["--version"], outside, compiled=True)
    where = subprocess.run(
        [sys.executable, "-c", "import timeline, sys; sys.stdout.write(timeline.__file__)"],
        cwd=outside,
        env={k: v for k, v in os.environ.items() if k != "PYTHONPATH"},
        capture_output=True,
        text=True,
        check=False,
    )
    if probe.returncode or where.returncode:
        pytest.skip("timeline is not installed in this environment")
    package = Path(where.stdout).parent
    if package == ROOT / "timeline":
        pytest.skip("the installed timeline is this source tree (an editable install)")
    if not any(p.name.endswith(tuple(EXTENSION_SUFFIXES)) for p in (package / "extract").iterdir()):
        pytest.skip(
            f"the installed timeline ({package}) is not compiled: "
            "an editable install, TIMELINE_PURE_PYTHON, or no C compiler"
        )
    stale = [
        str(p.relative_to(ROOT))
        for p in (ROOT / "timeline").rglob("*.py")
        if not (package / p.relative_to(ROOT / "timeline")).is_file()
        or (package / p.relative_to(ROOT / "timeline")).read_bytes() != p.read_bytes()
    ]
    if stale:
        pytest.skip(f"the installed timeline was built from other sources ({stale[0]}): reinstall it")
    assert "compiled with mypyc" in probe.stdout.splitlines()[0]
    return package


@pytest.mark.slow
def test_compiled_build_gives_the_seeds_chronology_of_its_source(installed: Path, tmp_path: Path) -> None:
    args = ["extract", str(ROOT / "seeds"), "--format", "json", "--no-store", "--all-events"]
    compiled = _run(args, tmp_path, compiled=True)
    source = _run(args, ROOT, compiled=False)
    assert compiled.returncode == 0, compiled.stderr
    assert source.returncode == 0, source.stderr
    assert compiled.stdout == source.stdout
    assert '"events"' in compiled.stdout


@pytest.mark.slow
def test_compiled_build_gives_the_same_rows_for_varied_sentences(installed: Path, tmp_path: Path) -> None:
    article = tmp_path / "varied.txt"
    article.write_text(VARIED, encoding="utf-8")
    args = ["extract", str(article), "--ref-date", "2009-03-03", "--format", "json", "--no-store", "--all-events"]
    compiled = _run(args, tmp_path, compiled=True)
    source = _run(args, ROOT, compiled=False)
    assert compiled.returncode == 0, compiled.stderr
    assert compiled.stdout == source.stdout
    assert compiled.stdout.count('"summary"') >= 5
