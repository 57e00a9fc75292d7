"""spaCy's command line is imported only when used (timeline.nlp.lazycli), in a fresh interpreter."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def run(code: str) -> str:
    proc = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, check=False, timeout=300
    )
    assert proc.returncode == 0, proc.stderr
    return proc.stdout.strip()


def test_spacy_imports_without_its_commands_and_they_still_work_when_asked_for():
    out = run(
        """
        import sys
        from timeline.nlp.lazycli import defer_spacy_cli
        assert defer_spacy_cli()
        import spacy
        print(sorted(m for m in sys.modules if m.startswith("spacy.cli")))
        import spacy.cli
        from spacy.cli import download
        print(callable(download), callable(spacy.cli.init_config), "spacy.cli.download" in sys.modules)
        print(type(spacy.info()).__name__, spacy.info()["spacy_version"] == spacy.__version__)
        """
    )
    before, commands, info = out.splitlines()
    assert before == "['spacy.cli', 'spacy.cli.info']"  # typer, weasel and the commands not imported
    assert commands == "True True True"  # made on first use, from spaCy's own files
    assert info == "dict True"


def test_nothing_is_deferred_once_spacy_is_imported():
    out = run(
        """
        import spacy, sys
        from timeline.nlp.lazycli import defer_spacy_cli
        print(defer_spacy_cli(), "spacy.cli.download" in sys.modules)
        """
    )
    assert out == "False True"


def test_the_cli_process_defers_it():
    out = run(
        """
        import sys
        from timeline.api import command_process
        command_process()
        import timeline.temporal.normalize
        print("spacy" in sys.modules, "spacy.cli.download" in sys.modules)
        """
    )
    assert out == "True False"
