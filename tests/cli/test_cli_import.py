"""`timeline import`: gathering stores extracted elsewhere (shards) into one."""

import json

import pytest
from click.testing import CliRunner

from timeline.cli import cli

pytestmark = pytest.mark.slow  # the shards are extracted with the spaCy model

ROWS = [
    {"id": "a", "date": "2016-12-23", "text": "Putin said on Friday that talks will be held in Astana in January."},
    {"id": "b", "date": "2016-12-22", "text": "The evacuation of Aleppo began on Thursday, the Red Cross said."},
    {"id": "c", "date": "2016-12-24", "text": "Turkey said on Saturday that the talks in Astana would go ahead."},
]


def _jsonl(path, rows):
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return str(path)


@pytest.fixture
def shards(tmp_path):
    runner = CliRunner()
    for name, rows in (("s1", ROWS[:2]), ("s2", ROWS[2:])):
        src = _jsonl(tmp_path / f"{name}.jsonl", rows)
        db = str(tmp_path / f"{name}.db")
        result = runner.invoke(cli, ["extract", src, "--db", db, "-o", str(tmp_path / "x.json")])
        assert result.exit_code == 0, result.stderr
    return tmp_path


def _events(result) -> list:
    return sorted(json.dumps(e, sort_keys=True) for e in json.loads(result.stdout)["events"])


def test_cli_import_gives_the_chronology_of_one_run_over_all_shards(shards):
    runner = CliRunner()
    db = str(shards / "all.db")
    result = runner.invoke(cli, ["import", str(shards / "s1.db"), str(shards / "s2.db"), "--db", db])
    assert result.exit_code == 0, result.stderr
    assert "3 documents from 2 stores (3 added, 0 replaced, 0 unchanged)" in result.stderr
    shown = runner.invoke(cli, ["show", "--db", db, "--format", "json"])
    whole = runner.invoke(cli, ["extract", _jsonl(shards / "all.jsonl", ROWS), "--no-store", "--format", "json"])
    assert _events(shown) == _events(whole)
    assert {d["id"] for d in json.loads(shown.stdout)["documents"]} == {"a", "b", "c"}


def test_cli_import_again_changes_nothing_and_extract_reuses_imported_documents(shards):
    runner = CliRunner()
    db = str(shards / "all.db")
    runner.invoke(cli, ["import", str(shards / "s1.db"), str(shards / "s2.db"), "--db", db])
    again = runner.invoke(cli, ["import", str(shards / "s1.db"), "--db", db])
    assert "2 documents from 1 store (0 added, 0 replaced, 2 unchanged)" in again.stderr
    src = _jsonl(shards / "all.jsonl", ROWS)
    rerun = runner.invoke(cli, ["extract", src, "--db", db, "-o", str(shards / "y.json")])
    assert "3 documents (0 analysed, 3 unchanged)" in rerun.stderr


def test_cli_import_replaces_a_document_whose_content_changed(shards):
    runner = CliRunner()
    db = str(shards / "all.db")
    runner.invoke(cli, ["import", str(shards / "s1.db"), "--db", db])
    changed = [dict(ROWS[1], text=ROWS[1]["text"].replace("Thursday", "Wednesday"))]
    src = _jsonl(shards / "s3.jsonl", changed)
    runner.invoke(cli, ["extract", src, "--db", str(shards / "s3.db"), "-o", str(shards / "z.json")])
    result = runner.invoke(cli, ["import", str(shards / "s3.db"), "--db", db])
    assert "(0 added, 1 replaced, 0 unchanged)" in result.stderr
    shown = json.loads(runner.invoke(cli, ["show", "--db", db, "--format", "json", "--doc", "b"]).stdout)
    assert any(e["date"]["value"] == "2016-12-21" for e in shown["events"])


@pytest.mark.parametrize(("bad", "code"), [("missing.db", 1), ("not_a_db.db", 1), ("all.db", 2)])
def test_cli_import_bad_source_is_one_line_error_and_store_untouched(shards, bad, code):
    runner = CliRunner()
    db = shards / "all.db"
    runner.invoke(cli, ["import", str(shards / "s1.db"), "--db", str(db)])
    (shards / "not_a_db.db").write_text("hello")
    before = runner.invoke(cli, ["show", "--db", str(db), "--format", "json"]).stdout
    result = runner.invoke(cli, ["import", str(shards / "s2.db"), str(shards / bad), "--db", str(db)])
    assert result.exit_code == code
    lines = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(lines) == 1 and bad in lines[0] and "Traceback" not in result.stderr
    # what was imported before the bad source stays, whole; nothing else changed
    after = json.loads(runner.invoke(cli, ["show", "--db", str(db), "--format", "json"]).stdout)
    assert {d["id"] for d in after["documents"]} == {"a", "b", "c"}
    assert {d["id"] for d in json.loads(before)["documents"]} == {"a", "b"}
