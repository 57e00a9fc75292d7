"""A command's process sets numpy's environment before importing it (timeline.nlp.command_environment):
one thread in the process, no huge pages asked for; what the user set wins. In a fresh interpreter."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

from timeline.nlp import COMMAND_ENVIRONMENT

PROBE = """
    import os
    from timeline.api import command_process
    command_process()
    import numpy
    threads = len(os.listdir("/proc/self/task")) if os.path.isdir("/proc/self/task") else -1
    print(os.environ["OPENBLAS_NUM_THREADS"], os.environ["NUMPY_MADVISE_HUGEPAGE"], threads)
"""


def run(code: str, **env: str) -> str:
    clean = {k: v for k, v in os.environ.items() if k not in COMMAND_ENVIRONMENT}
    proc = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
        env={**clean, **env},
    )
    assert proc.returncode == 0, proc.stderr
    return proc.stdout.strip()


@pytest.mark.skipif(not os.path.isdir("/proc/self/task"), reason="counts threads in /proc")
def test_a_command_process_imports_numpy_with_one_thread_and_no_huge_pages():
    assert run(PROBE) == "1 0 1"


def test_what_the_user_set_wins():
    blas, hugepage, _ = run(PROBE, OPENBLAS_NUM_THREADS="2", NUMPY_MADVISE_HUGEPAGE="1").split()
    assert (blas, hugepage) == ("2", "1")


def test_the_library_leaves_the_environment_alone():
    out = run(
        """
        import os
        import timeline.api
        print(any(name in os.environ for name in ("OPENBLAS_NUM_THREADS", "NUMPY_MADVISE_HUGEPAGE")))
        """
    )
    assert out == "False"
