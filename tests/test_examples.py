"""examples/ holds what the current code produces for the seeds."""

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_examples_are_current():
    result = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "regenerate.py"), "--check"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=240,
    )
    assert result.returncode == 0, result.stderr
