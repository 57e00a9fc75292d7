"""Project files that must agree with each other: the README's commands and CI's."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_project_ci_runs_the_readme_test_command_verbatim():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    ci_commands = [line for line in ci.splitlines() if line.startswith("pip install ")]
    assert len(ci_commands) == 1, ci_commands
    readme_commands = re.findall(r"^pip install '\.\[test\]' && [^#\n]*?(?=\s*(?:#|$))", readme, re.M)
    assert ci_commands[0] in readme_commands
    for check in ("ruff format --check .", "ruff check .", "mypy timeline", "python -m pytest"):
        assert check in ci_commands[0]


def test_project_a_test_not_marked_slow_cannot_load_the_spacy_model():
    # tests/conftest.py: `-m 'not slow'` runs without the model, so a test that loads it is marked
    import pytest

    import timeline.nlp
    from timeline.errors import ModelError

    with pytest.raises(AssertionError, match="loads the spaCy model: mark it slow"):
        timeline.nlp.build_nlp()
    with pytest.raises(ModelError, match="is not installed"):  # the error for a missing model still shows
        timeline.nlp.build_nlp("no_such_model_xyz")


def test_project_no_module_gives_a_top_level_name_twice():
    """A second `_WORDS = ...` under the same name replaces the first at import, silently, for every
    function that reads it (two such word lists were found in extract/ this session)."""
    import ast

    twice = []
    for path in sorted((ROOT / "timeline").rglob("*.py")):
        seen: dict[str, int] = {}
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                names = [node.name]
            elif isinstance(node, ast.Assign):
                names = [t.id for t in node.targets if isinstance(t, ast.Name)]
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                names = [node.target.id]
            else:
                continue
            for name in names:
                if name in seen and name != "__all__":
                    twice.append(f"{path.relative_to(ROOT)}: {name} (lines {seen[name]} and {node.lineno})")
                seen.setdefault(name, node.lineno)
    assert not twice, twice
