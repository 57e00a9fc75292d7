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


@pytest.mark.slow
def test_go_zero_time_in_metadata_is_ignored_not_a_crash(runner, tmp_path):
    src = _write(tmp_path / "in.jsonl", json.dumps({"id": "z", "date": "0001-01-01T00:00:00Z", "text": TEXT}) + "\n")
    result = runner.invoke(cli, ["dates", src, "-f", "json"])
    assert result.exit_code == 0, result.output
    assert f"warning: {src}:1: date '0001-01-01T00:00:00Z' is a placeholder (year 1)" in result.stderr


@pytest.mark.slow
@pytest.mark.parametrize(("ref", "text"), [("9999-12-31", "next year"), ("0001-01-01", "Friday")])
def test_ref_date_at_the_ends_of_the_calendar_leaves_the_overflow_unknown(runner, tmp_path, ref, text):
    src = _write(tmp_path / "a.txt", TEXT)
    result = runner.invoke(cli, ["dates", src, "--ref-date", ref, "-f", "json"])
    assert result.exit_code == 0, result.output
    found = {t["text"]: t for t in json.loads(result.stdout)}
    assert found[text]["value"] == "XXXX-XX-XX" and found[text]["resolution"] == "unresolved"
    assert f"warning: {src}: '{text}': date out of range (years 1-9999); left unknown" in result.stderr


@pytest.mark.slow
def test_dates_file_at_the_end_of_the_calendar_and_the_100th_century_export_to_ics(runner, tmp_path):
    src = _write(tmp_path / "a.txt", TEXT)
    dates = _write(tmp_path / "d.csv", f"{src},9999-12-31\n")
    db = str(tmp_path / "t.db")
    assert runner.invoke(cli, ["extract", src, "--dates", dates, "--db", db, "-f", "json"]).exit_code == 0
    # A century-precise event is on the calendar only with --ics-coarse (issue 21).
    shown = runner.invoke(cli, ["show", "--db", db, "-f", "ics", "--ics-coarse"])
    assert shown.exit_code == 0, shown.output
    assert "DTSTART;VALUE=DATE:99000101" in shown.stdout and "DTEND;VALUE=DATE:99991231" in shown.stdout
    plain = runner.invoke(cli, ["show", "--db", db, "-f", "ics"])
    assert plain.exit_code == 0, plain.output
    assert "BEGIN:VCALENDAR" in plain.stdout and "99000101" not in plain.stdout


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


# -- items 6-9: injection ------------------------------------------------------------------

SEEDS_JSON = __import__("pathlib").Path(__file__).resolve().parents[2] / "examples" / "seeds.json"
LINK_BREAKOUT = "http://example.com/a\r\n\n[click me](javascript:alert(1))\n![](http://127.0.0.1/track.png)"
HOSTILE_IDS = [
    "\x1b]0;pwned\x07a",
    "[link=http://evil.example]b[/link]",
    "[/x]c",
    "+cmd|calc!A0",
    '=HYPERLINK("http://evil")',
    "\u202egpj.exe",
]


@pytest.fixture
def hostile_json(tmp_path):
    data = json.loads(SEEDS_JSON.read_text(encoding="utf-8"))
    data["documents"][0]["url"] = LINK_BREAKOUT
    data["documents"][1]["url"] = "http://example.com/b\r\nX-INJECT:1"
    event = data["events"][0]
    event["actors"][0]["role"] = "agent\x1b[2J"
    event["date"]["earliest"] = event["date"]["latest"] = "\x1b]0;pwned\x07not a date\u202e"
    data["actors"][0]["type"] = "[/x]\x1b]0;pwned\x07\u202e"
    return _write(tmp_path / "hostile.json", json.dumps(data))


def test_markdown_url_cannot_break_out_of_its_footnote(runner, hostile_json):
    result = runner.invoke(cli, ["show", hostile_json, "-f", "md"])
    assert result.exit_code == 0, result.output
    assert "\n[click me]" not in result.stdout and "\n![](" not in result.stdout
    assert "<http://example.com/a%0D%0A%0A[click%20me](javascript:alert(1))%0A![](http://127.0.0.1/track.png)>" in (
        result.stdout
    )
    assert "\x1b" not in result.stdout


def test_ics_url_with_crlf_is_encoded_and_the_export_goes_on(runner, hostile_json):
    result = runner.invoke(cli, ["show", hostile_json, "-f", "ics"])
    assert result.exit_code == 0, result.output
    assert "X-INJECT" not in result.stdout.replace("%0D%0AX-INJECT", "")
    assert "URL:http://example.com/b%0D%0AX-INJECT:1" in result.stdout.replace("\r\n ", "")


@pytest.mark.parametrize("command", ["show", "actors"])
def test_terminal_tables_print_no_control_or_bidi_characters_from_a_file(runner, hostile_json, command):
    result = runner.invoke(cli, [command, hostile_json, "-f", "table", "--color"])
    assert result.exit_code == 0, result.output
    assert "\x1b]" not in result.stdout and "\x1b[2J" not in result.stdout and "\u202e" not in result.stdout


@pytest.mark.slow
def test_dates_with_hostile_document_ids(runner, tmp_path):
    rows = "".join(json.dumps({"id": i, "text": "Putin spoke on Friday, Dec. 23, 2016."}) + "\n" for i in HOSTILE_IDS)
    src = _write(tmp_path / "ids.jsonl", rows)
    table = runner.invoke(cli, ["dates", src, "-f", "table", "--color"])
    assert table.exit_code == 0, table.output
    assert "[/x]c" in table.stdout and "[link=http://evil.example]b[/link]" in table.stdout
    assert "\x1b]" not in table.stdout and "\u202e" not in table.stdout
    csv_out = runner.invoke(cli, ["dates", src, "-f", "csv"])
    assert csv_out.exit_code == 0, csv_out.output
    docs = [line.split(",")[0] for line in csv_out.stdout.splitlines()[1:]]
    assert "'+cmd|calc!A0" in docs and '"\'=HYPERLINK(""http://evil"")"' in docs
    assert not any(d.startswith(("=", "+", "-", "@")) for d in docs)


def test_warnings_show_bidi_overrides_escaped():
    import io

    from timeline.terminal import Terminal

    err = io.StringIO()
    Terminal(stderr=err, color=False).warn("\u202egpj.exe.txt: skipped: empty file")
    assert err.getvalue() == "warning: \\u202egpj.exe.txt: skipped: empty file\n"


# -- item 11: denial of service ----------------------------------------------------------------


def test_aliases_sharing_a_last_word_are_not_compared_pairwise(monkeypatch):
    from timeline.merge.actors import ActorIndex

    calls = []
    original = ActorIndex._shorter_form

    def counting(*args):
        calls.append(1)
        return original(*args)

    monkeypatch.setattr(ActorIndex, "_shorter_form", staticmethod(counting))
    n = 2000
    aliases = {f"Agency{i} Ministry": [f"the Agency{i} Ministry"] for i in range(n)}
    index = ActorIndex.from_names([], aliases)
    assert index.canonical("the Agency7 Ministry") == "Agency7 Ministry"
    assert len(calls) < 10 * n  # every pair would be n * n = 4,000,000


def test_json_array_line_numbers_are_counted_once(tmp_path):
    from timeline.ingest.readers import read_json

    class Counting(str):
        scanned = 0

        def count(self, sub, start=0, end=None):
            end = len(self) if end is None else end
            Counting.scanned += end - start
            return super().count(sub, start, end)

    records = [json.dumps({"text": f"Report {i}."}, indent=1) for i in range(500)]
    text = Counting("[\n" + ",\n".join(records) + "\n]\n")
    items = read_json("a.json", text)
    assert [item.line for item in items][:3] == [2, 5, 8] and items[-1].line == 2 + 3 * 499
    assert Counting.scanned <= 2 * len(text)  # from the start for each record: ~250 x more


def test_jobs_above_the_cpus_are_capped_at_the_number_of_documents(tmp_path, monkeypatch):
    import timeline.pipeline
    import timeline.workers
    from timeline.pipeline import RunOptions, run_dates

    started = []

    class NoPool:
        def __init__(self, max_workers, **kwargs):
            started.append(max_workers)
            raise RuntimeError("no processes in this test")

    monkeypatch.setattr(timeline.workers, "ProcessPoolExecutor", NoPool)
    monkeypatch.setattr(timeline.pipeline, "cpu_count", lambda: 1)
    paths = [_write(tmp_path / f"{n}.txt", f"Putin spoke on Friday, article {n}.") for n in "ab"]
    warnings: list[str] = []
    with pytest.raises(RuntimeError):
        list(run_dates(paths, RunOptions(jobs=64, ref_date="2016-12-23"), warn=warnings.append))
    assert started == [2]
    assert "jobs 64 is more than the 1 CPUs here; each worker loads its own spaCy model" in warnings  # the CLI: --jobs


def test_show_stdin_is_bounded_by_max_size(runner):
    result = runner.invoke(cli, ["show", "-", "--max-size", "0.001"], input="[" + " " * 5000 + "]")
    assert result.exit_code == 1
    assert "error: <stdin>: larger than" in result.output and "raise --max-size" in result.output


# -- item 12: errors that say the right thing ------------------------------------------------


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["show", "--limit", "-1"], "error: --limit: -1 is not in the range x>=0"),
        (["show", "-f", "xml"], "error: -f/--format: 'xml' is not one of"),
        (["show", "--aliases", "{tmp}"], "error: --aliases: File '{tmp}' is a directory"),
        (["show", "--db", "{tmp}"], "error: --db: File '{tmp}' is a directory"),
        (["show", SEEDS_JSON.as_posix(), "-o", "{tmp}"], "error: -o/--output: File '{tmp}' is a directory"),
        (["extract", "x.txt", "--max-size", "nan"], "error: --max-size: nan is not a number of megabytes"),
        (["extract", "x.txt", "--max-size", "inf"], "error: --max-size: inf is not a number of megabytes"),
    ],
)
def test_click_errors_are_one_line(runner, tmp_path, args, says):
    result = runner.invoke(cli, [a.replace("{tmp}", str(tmp_path)) for a in args])
    assert result.exit_code == 2
    lines = result.output.splitlines()
    assert len(lines) == 1 and lines[0].startswith(says.replace("{tmp}", str(tmp_path))), result.output


def test_timeline_db_naming_a_directory_is_one_line(runner, tmp_path, monkeypatch):
    monkeypatch.setenv("TIMELINE_DB", str(tmp_path))
    result = runner.invoke(cli, ["show"])
    assert result.exit_code == 2 and len(result.output.splitlines()) == 1


def test_show_on_an_empty_db_file_says_there_is_no_store(runner, tmp_path):
    db = tmp_path / "empty.db"
    db.write_bytes(b"")
    result = runner.invoke(cli, ["show", "--db", str(db)])
    assert result.exit_code == 1
    assert f"error: {db}: no database here yet (an empty file)" in result.output
    assert db.stat().st_size == 0


@pytest.fixture
def stored(tmp_path):
    from timeline.model import DocDate, Document, Extraction
    from timeline.store import Store

    db = tmp_path / "s.db"
    with Store(str(db)) as store:
        for n in range(40):
            document = Document(
                id=f"d{n}", text="x" * 3000, path=f"d{n}.txt", date=DocDate("2016-01-01", "option", 1.0)
            )
            store.put(Extraction(document, (), (), ()), f"key-{n}")
    return db


@pytest.mark.parametrize("damage", ["drop documents", "drop timelines", "corrupt"])
def test_a_damaged_store_is_a_one_line_error_naming_it(runner, stored, damage):
    import sqlite3

    if damage.startswith("drop"):
        conn = sqlite3.connect(stored)
        conn.execute(f"DROP TABLE {damage.split()[1]}")
        conn.commit()
        conn.close()
    else:
        data = bytearray(stored.read_bytes())
        data[4096:] = b"\xff" * (len(data) - 4096)  # every page but the schema's
        stored.write_bytes(bytes(data))
    result = runner.invoke(cli, ["show", "--db", str(stored), "-f", "json"])
    assert result.exit_code == 1
    assert result.output.startswith(f"error: {stored}: ") and "unexpected" not in result.output
    assert len(result.output.splitlines()) == 1


def test_a_store_in_a_read_only_folder_is_shown_and_not_written(runner, stored, tmp_path, monkeypatch):
    import os

    import timeline.store

    folder = str(tmp_path)
    real_access = os.access
    monkeypatch.setattr(
        timeline.store.os,
        "access",
        lambda path, mode: False if mode & os.W_OK and str(path).startswith(folder) else real_access(path, mode),
    )
    shown = runner.invoke(cli, ["show", "--db", str(stored), "-f", "json"])
    assert shown.exit_code == 0, shown.output
    assert json.loads(shown.stdout)["schema"] == "timeline/1"
    src = _write(tmp_path / "a.txt", "Angela Merkel met Vladimir Putin in Berlin on Monday.")
    result = runner.invoke(cli, ["extract", src, "--db", str(stored), "-f", "json"])
    assert result.exit_code == 1
    assert (
        f"error: {stored}: is read-only (the file or its folder cannot be written); use another --db" in result.output
    )
    for change in (["--remove", "d1"], ["--set-date", "d1", "2016-12-23"]):
        refused = runner.invoke(cli, ["documents", "--db", str(stored), *change])
        assert refused.exit_code == 1, refused.output
        assert refused.output == (
            f"error: {stored}: is read-only (the file or its folder cannot be written); use another --db\n"
        )
    listed = runner.invoke(cli, ["documents", "--db", str(stored), "-f", "json"])
    assert listed.exit_code == 0, listed.output
    assert len(json.loads(listed.stdout)) == 40  # the listing works, nothing was removed


def test_a_dangling_symlink_in_a_folder_is_skipped_with_a_warning(tmp_path):
    import os

    from timeline.ingest import read_documents

    _write(tmp_path / "a.txt", "Angela Merkel met Vladimir Putin in Berlin on Monday.")
    os.symlink(tmp_path / "gone.bin", tmp_path / "b.dat")
    warnings: list[str] = []
    assert [d.id for d in read_documents([str(tmp_path)], warn=warnings.append)] == ["a"]
    assert warnings == [f"{tmp_path / 'b.dat'}: skipped: symlink to a missing file"]


def test_dates_csv_first_row_is_a_header_only_when_it_names_the_columns(tmp_path):
    from timeline.errors import UsageError
    from timeline.ingest import load_dates_file

    bad = _write(tmp_path / "bad.csv", "a.txt,someday\nb.txt,2016-12-23\n")
    with pytest.raises(UsageError, match="'someday' is not an unambiguous date") as info:
        load_dates_file(bad)
    assert info.value.line == 1
    good = _write(tmp_path / "good.csv", "path,date\nb.txt,2016-12-23\n")
    assert load_dates_file(good) == {"b.txt": "2016-12-23"}


@pytest.mark.slow
def test_dates_keys_that_match_nothing_are_a_warning(runner, tmp_path):
    src = _write(tmp_path / "a.txt", "Putin spoke on Friday.")
    dates = _write(tmp_path / "d.csv", "a.txt,2016-12-23\nmissing.txt,2016-12-24\n")
    result = runner.invoke(cli, ["dates", src, "--dates", dates, "-f", "json"])
    assert result.exit_code == 0, result.output
    assert f"warning: {dates}: 1 of 2 entries match no input: 'missing.txt'" in result.stderr


def test_a_lone_input_that_is_all_skipped_is_an_error_and_makes_no_store(runner, tmp_path):
    src = _write(tmp_path / "empty.txt", "   \n")
    db = tmp_path / "t.db"
    result = runner.invoke(cli, ["extract", src, "--db", str(db)])
    assert result.exit_code == 1
    assert f"error: {src}: nothing to analyse: every input was skipped" in result.output
    assert not db.exists()


@pytest.mark.slow
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_out_of_range_warnings_come_back_from_the_worker_processes(runner, tmp_path, jobs):
    paths = [_write(tmp_path / f"{n}.txt", TEXT) for n in "ab"]
    result = runner.invoke(
        cli,
        ["extract", *paths, "--ref-date", "9999-12-31", "--jobs", jobs, "--db", str(tmp_path / "t.db"), "-f", "json"],
    )
    assert result.exit_code == 0, result.output
    for path in paths:
        assert f"warning: {path}: 'next year': date out of range (years 1-9999); left unknown" in result.stderr
