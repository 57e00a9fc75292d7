"""benchmarks/html_scale.py runs end to end (its timings are a benchmark, not checked here)."""

import importlib.util
import json
import os
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "html_scale.py"


@pytest.mark.slow
def test_render_html_benchmark_script_opens_and_filters_a_synthetic_page(capsys, tmp_path):
    pytest.importorskip("playwright.sync_api")
    if not os.path.exists("/usr/bin/chromium"):
        pytest.skip("/usr/bin/chromium is not installed")
    spec = importlib.util.spec_from_file_location("html_scale", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    page = tmp_path / "page.html"
    code = module.main(["--events", "400", "--actors", "60", "--budget", "600", "--keep", str(page)])
    report = json.loads(capsys.readouterr().out)
    assert code == 0
    assert report["events"] == 400 and report["requests"] == [] and report["errors"] == []
    assert report["events in the DOM"] <= 100  # one page of the list, however many events
    assert report["text filter shown"].endswith("of 400 events shown")
    assert page.read_text().count("<script") == 2  # one offline file: its data and its script
