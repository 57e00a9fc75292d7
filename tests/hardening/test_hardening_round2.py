"""Issue 20, the second hardening round: sentinel dates, NUL bytes, hostile text in every output,
extreme options and errors that name the right thing. Each test failed before the fix."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from timeline.cli import cli

TEXT = "Putin said on Friday that talks will be held next year. It happened in the 100th century."


@pytest.fixture
def runner():
    return CliRunner()


def _write(path, content: str | bytes) -> str:
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return str(path)


# -- item 4: sentinel dates -------------------------------------------------------------------


def test_go_zero_time_in_metadata_is_ignored_not_a_crash(runner, tmp_path):
    src = _write(tmp_path / "in.jsonl", json.dumps({"id": "z", "date": "0001-01-01T00:00:00Z", "text": TEXT}) + "\n")
    result = runner.invoke(cli, ["dates", src, "-f", "json"])
    assert result.exit_code == 0, result.output
    assert f"warning: {src}:1: date '0001-01-01T00:00:00Z' is a placeholder (year 1)" in result.stderr


@pytest.mark.parametrize(("ref", "text"), [("9999-12-31", "next year"), ("0001-01-01", "Friday")])
def test_ref_date_at_the_ends_of_the_calendar_leaves_the_overflow_unknown(runner, tmp_path, ref, text):
    src = _write(tmp_path / "a.txt", TEXT)
    result = runner.invoke(cli, ["dates", src, "--ref-date", ref, "-f", "json"])
    assert result.exit_code == 0, result.output
    found = {t["text"]: t for t in json.loads(result.stdout)}
    assert found[text]["value"] == "XXXX-XX-XX" and found[text]["resolution"] == "unresolved"
    assert f"warning: {src}: '{text}': date out of range (years 1-9999); left unknown" in result.stderr


def test_dates_file_at_the_end_of_the_calendar_and_the_100th_century_export_to_ics(runner, tmp_path):
    src = _write(tmp_path / "a.txt", TEXT)
    dates = _write(tmp_path / "d.csv", f"{src},9999-12-31\n")
    db = str(tmp_path / "t.db")
    assert runner.invoke(cli, ["extract", src, "--dates", dates, "--db", db, "-f", "json"]).exit_code == 0
    shown = runner.invoke(cli, ["show", "--db", db, "-f", "ics"])
    assert shown.exit_code == 0, shown.output
    assert "DTSTART;VALUE=DATE:99000101" in shown.stdout and "DTEND;VALUE=DATE:99991231" in shown.stdout


# -- item 5: NUL bytes ---------------------------------------------------------------------


def test_one_nul_byte_in_a_text_file_is_removed_not_the_article(tmp_path):
    from timeline.ingest import read_documents

    src = _write(tmp_path / "a.txt", b"Angela Merkel met Vladimir\x00 Putin in Berlin on Monday.")
    warnings: list[str] = []
    (document,) = read_documents([src], warn=warnings.append)
    assert document.text == "Angela Merkel met Vladimir Putin in Berlin on Monday."
    assert warnings == [f"{src}: 1 NUL byte removed"]


def test_nul_escaped_in_json_is_removed_like_a_nul_byte(tmp_path):
    from timeline.ingest import read_documents

    record = {"text": "Angela Merkel met Vladimir\u0000 Putin in Berlin.", "title": "T\u0000itle"}
    src = _write(tmp_path / "a.jsonl", json.dumps(record) + "\n")
    warnings: list[str] = []
    (document,) = read_documents([src], warn=warnings.append)
    assert document.text == "Angela Merkel met Vladimir Putin in Berlin." and document.title == "Title"
    assert warnings == [f"{src}:1: 1 NUL character removed from the text"]


def test_utf16_without_bom_is_still_binary(tmp_path):
    from timeline.ingest import read_documents

    good = _write(tmp_path / "good.txt", "Angela Merkel met Vladimir Putin.")
    src = _write(tmp_path / "u.txt", "Angela Merkel met Vladimir Putin.".encode("utf-16-le"))
    warnings: list[str] = []
    assert len(read_documents([good, src], warn=warnings.append)) == 1
    assert warnings == [f"{src}: skipped: binary file"]
