"""Exports a user opens elsewhere: a calendar without year-long banners unless asked for."""

import json
from pathlib import Path

from click.testing import CliRunner

from timeline.cli import cli

SEEDS_JSON = Path(__file__).resolve().parents[2] / "examples" / "seeds.json"
YEAR = {"value": "2012", "edtf": "2012", "earliest": "2012-01-01", "latest": "2012-12-31", "precision": "year"}


def test_cli_exports_ics_leaves_year_precise_events_out_unless_asked(tmp_path):
    data = json.loads(SEEDS_JSON.read_text())
    dated = [e for e in data["events"] if e["date"]["earliest"]]
    assert len(dated) >= 2
    dated[0]["date"].update(YEAR, text="since 2012", resolution="absolute")  # "since 2012"
    source = tmp_path / "chronology.json"
    source.write_text(json.dumps(data))
    coarse = dated[0]["id"]
    fine = [e["id"] for e in dated[1:] if e["date"]["precision"] not in ("year", "decade", "century")]
    assert fine
    default = CliRunner().invoke(cli, ["show", str(source), "-f", "ics"])
    assert default.exit_code == 0, default.stderr
    assert f"UID:{coarse}@" not in default.stdout
    assert all(f"UID:{i}@" in default.stdout for i in fine)
    asked = CliRunner().invoke(cli, ["show", str(source), "-f", "ics", "--ics-coarse"])
    assert f"UID:{coarse}@" in asked.stdout and "DTSTART;VALUE=DATE:20120101" in asked.stdout
