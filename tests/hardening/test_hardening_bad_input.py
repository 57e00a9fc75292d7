"""Each row of the README's "Bad input and what you get" table: exit code, message, store untouched."""

from __future__ import annotations

import json
import os
import sqlite3

import pytest
from click.testing import CliRunner
from hardening_helpers import one_line_error, store_content, warnings_of

from timeline.cli import cli
from timeline.model import DocDate, Document, Extraction
from timeline.store import Store
from timeline.store.migrations import APPLICATION_ID

GOOD = "Angela Merkel met Vladimir Putin in Berlin on Monday, officials said."


@pytest.fixture
def runner():
    return CliRunner()


@pytest.fixture
def db(tmp_path):
    """A store that already holds one document, to check that failed runs leave it as it was."""
    path = tmp_path / "store.db"
    with Store(str(path)) as store:
        document = Document(id="old", text="Earlier text.", path="old.txt", date=DocDate("2016-01-01", "option", 1.0))
        store.put(Extraction(document, (), (), ()), "key-old")
    return str(path)


def _write(path, content: str | bytes):
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return str(path)


def _missing_path(tmp):
    return [str(tmp / "nope.txt")]


def _empty_directory(tmp):
    _write(tmp / "in" / "notes.csv", "a,b\n")
    _write(tmp / "in" / "photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    return [str(tmp / "in")]


def _symlink_loop(tmp):
    _write(tmp / "in" / "a.txt", GOOD)
    os.symlink(tmp / "in", tmp / "in" / "again")
    return [str(tmp / "in")]


def _self_symlink(tmp):
    os.symlink(tmp / "loop.txt", tmp / "loop.txt")
    return [str(tmp / "loop.txt")]


def _too_big(tmp):
    path = tmp / "huge.txt"
    with open(path, "wb") as f:
        f.truncate(2 * 2**20)  # sparse: nothing is written to disk
    return [_write(tmp / "a.txt", GOOD), str(path), "--max-size", "1"]


def _too_long_text(tmp):
    return [_write(tmp / "long.txt", "word " * 200_001)]


def _wrong_types(tmp):
    return [_write(tmp / "in.jsonl", json.dumps({"text": GOOD}) + "\n" + json.dumps({"text": ["a", "b"]}) + "\n")]


def _wrong_id_type(tmp):
    return [_write(tmp / "in.json", json.dumps([{"text": GOOD, "id": {"x": 1}}]))]


def _broken_line(tmp):
    good = json.dumps({"text": GOOD})
    return [_write(tmp / "in.jsonl", f'{good}\n{good}\n{{"text": "cut off\n{good}\n')]


def _not_json(tmp):
    return [_write(tmp / "in.json", "{'text': 'single quotes'}")]


def _bad_front_matter(tmp):
    return [_write(tmp / "a.md", f"---\ntitle: [unclosed\n---\n{GOOD}\n")]


def _impossible_front_matter_date(tmp):
    return [_write(tmp / "a.md", f"---\ndate: 2016-02-30\n---\n{GOOD}\n")]


def _numeric_front_matter_key(tmp):
    return [_write(tmp / "a.md", f"---\n2016: year\n---\n{GOOD}\n")]


DEEP = "[" * 100_000 + "]" * 100_000


def _deep_json(tmp):
    return [_write(tmp / "in.json", DEEP)]


def _deep_jsonl(tmp):
    return [_write(tmp / "in.jsonl", json.dumps({"text": GOOD}) + "\n" + '{"text": "x", "extra": ' + DEEP + "}\n")]


def _deep_dates(tmp):
    return [_write(tmp / "a.txt", GOOD), "--dates", _write(tmp / "dates.json", '{"a.txt": ' + DEEP + "}")]


def _bad_ref_date(tmp):
    return [_write(tmp / "a.txt", GOOD), "--ref-date", "2016-13-45"]


def _coarse_ref_date(tmp):
    return [_write(tmp / "a.txt", GOOD), "--ref-date", "2016"]


def _bad_dates_entry(tmp):
    dates = _write(tmp / "dates.csv", "path,date\na.txt,2016-12-23\nb.txt,someday\n")
    return [_write(tmp / "a.txt", GOOD), "--dates", dates]


def _missing_dates_file(tmp):
    return [_write(tmp / "a.txt", GOOD), "--dates", str(tmp / "nodates.csv")]


def _bad_dates_json(tmp):
    dates = _write(tmp / "dates.json", '{"a.txt": 20161223}')
    return [_write(tmp / "a.txt", GOOD), "--dates", dates]


def _unknown_model(tmp):
    return [_write(tmp / "a.txt", GOOD), "--model", "xx_no_such_model"]


def _output_folder_missing(tmp):
    return [_write(tmp / "a.txt", GOOD), "-o", str(tmp / "no" / "such" / "out.json")]


def _bad_aliases(tmp):
    return [_write(tmp / "a.txt", GOOD), "--aliases", _write(tmp / "aliases.yaml", "a: [unclosed\n")]


# (row name, arguments after `extract`, exit code, text the one error line contains)
EXTRACT_ERRORS = [
    ("missing path", _missing_path, 1, "nope.txt: no such file or directory"),
    ("directory with no readable documents", _empty_directory, 1, "in: no readable documents"),
    ("symlink loop in a folder", _symlink_loop, 1, "again: symlink loop"),
    ("symlink to itself", _self_symlink, 1, "loop.txt: symlink loop"),
    ("file over --max-size", _too_big, 1, "huge.txt: larger than 1 MB; raise --max-size"),
    ("text too long for the model", _too_long_text, 1, "long.txt: text is 1,000,005 characters"),
    ("JSON line with the wrong types", _wrong_types, 1, "in.jsonl:2: field 'text' must be a string"),
    ("JSON id of the wrong type", _wrong_id_type, 1, "in.json:1: field 'id' must be a string or an integer"),
    ("JSONL with one broken line", _broken_line, 1, "in.jsonl:3: malformed JSON line"),
    ("file that is not JSON", _not_json, 1, "in.json:1: malformed JSON"),
    ("malformed front matter", _bad_front_matter, 1, "a.md:3: bad front matter"),
    ("impossible date in front matter", _impossible_front_matter_date, 1, "a.md:1: bad front matter"),
    ("front matter field named by a number", _numeric_front_matter_key, 1, "a.md:1: bad front matter: every field"),
    ("JSON nested too deeply", _deep_json, 1, "in.json:1: malformed JSON: nested too deeply"),
    ("JSON line nested too deeply", _deep_jsonl, 1, "in.jsonl:2: malformed JSON line: nested too deeply"),
    ("--dates JSON nested too deeply", _deep_dates, 2, "dates.json:1: malformed JSON: nested too deeply"),
    ("invalid --ref-date", _bad_ref_date, 2, "--ref-date"),
    ("--ref-date that is not a day", _coarse_ref_date, 2, "--ref-date needs a day"),
    ("invalid --dates entry", _bad_dates_entry, 2, "dates.csv:3: 'someday' is not an unambiguous date"),
    ("missing --dates file", _missing_dates_file, 2, "nodates.csv: no such file or directory"),
    ("--dates JSON value not a string", _bad_dates_json, 2, "dates.json:1:"),
    ("unknown model", _unknown_model, 1, "spaCy model 'xx_no_such_model' is not installed"),
    ("-o in a missing folder", _output_folder_missing, 2, "does not exist"),
    ("malformed --aliases file", _bad_aliases, 2, "aliases.yaml:2: invalid YAML in aliases file"),
]


@pytest.mark.parametrize(
    "make_args, code, message", [row[1:] for row in EXTRACT_ERRORS], ids=[row[0] for row in EXTRACT_ERRORS]
)
def test_bad_input_is_one_line_error_and_store_untouched(runner, db, tmp_path, make_args, code, message):
    before = store_content(db)
    result = runner.invoke(cli, ["extract", *make_args(tmp_path), "--db", db, "-f", "json"])
    assert result.exit_code == code, result.stderr
    assert message in one_line_error(result)
    assert result.stdout == ""
    assert store_content(db) == before
    assert not list(tmp_path.rglob("*.json.*")), "no partial output file"


def test_bad_input_permission_denied(runner, db, tmp_path, monkeypatch):
    path = _write(tmp_path / "secret.txt", GOOD)
    real_open = open

    def fake_open(file, *args, **kwargs):
        if str(file) == path:
            raise PermissionError(13, "Permission denied", file)
        return real_open(file, *args, **kwargs)

    # The tests may run as root, for whom chmod 000 does not stop reads.
    monkeypatch.setattr("builtins.open", fake_open)
    before = store_content(db)
    result = runner.invoke(cli, ["extract", path, "--db", db])
    assert result.exit_code == 1
    assert one_line_error(result) == f"error: {path}: permission denied"
    assert store_content(db) == before


def _corrupted(path):
    path.write_bytes(os.urandom(4096))


def _truncated(path):
    path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 40)


def _foreign(path):
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE customers (name TEXT)")
    conn.commit()
    conn.close()


def _newer(path):
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("PRAGMA user_version = 99")
    conn.execute("CREATE TABLE documents (x)")
    conn.commit()
    conn.close()


def _damaged_rows(path):
    with Store(str(path)) as store:
        store.put(Extraction(Document(id="a", text="A."), (), (), ()), "k")
    conn = sqlite3.connect(path)
    conn.execute("UPDATE documents SET meta = '[1, 2]'")
    conn.commit()
    conn.close()


DATABASE_ERRORS = [
    ("corrupted database file", _corrupted, "not a timeline database"),
    ("truncated database file", _truncated, "not a timeline database"),
    ("foreign database", _foreign, "not a timeline database (it holds other data)"),
    ("database from a newer schema version", _newer, "schema version 99 is newer"),
    ("database with damaged rows", _damaged_rows, "damaged database"),
]


@pytest.mark.parametrize("command", ["show", "actors"])
@pytest.mark.parametrize(
    "make_db, message", [row[1:] for row in DATABASE_ERRORS], ids=[row[0] for row in DATABASE_ERRORS]
)
def test_bad_input_database_is_one_line_error_and_left_as_it_was(runner, tmp_path, command, make_db, message):
    path = tmp_path / "x.db"
    make_db(path)
    before = path.read_bytes() if path.is_file() else None
    result = runner.invoke(cli, [command, "--db", str(path), "-f", "json"])
    assert result.exit_code == 1
    line = one_line_error(result)
    assert str(path) in line and message in line
    assert (path.read_bytes() if path.is_file() else None) == before


def test_bad_input_extract_refuses_bad_database_before_reading_inputs(runner, tmp_path):
    path = tmp_path / "x.db"
    _foreign(path)
    before = path.read_bytes()
    result = runner.invoke(cli, ["extract", _write(tmp_path / "a.txt", GOOD), "--db", str(path)])
    assert result.exit_code == 1
    assert "not a timeline database" in one_line_error(result)
    assert path.read_bytes() == before


def test_bad_input_show_of_missing_store_says_what_to_run(runner, tmp_path):
    result = runner.invoke(cli, ["show", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1
    assert "run 'timeline extract' first" in one_line_error(result)
    assert not (tmp_path / "none.db").exists()


@pytest.mark.parametrize(
    "stdin, message",
    [
        ("not json at all", "<stdin>: not JSON"),
        ('{"schema": "other/9"}', 'not a timeline JSON document (expected "schema": "timeline/1")'),
        ('{"schema": "timeline/1", "documents": [5]}', "<stdin>: malformed timeline JSON"),
    ],
)
def test_bad_input_show_stdin(runner, stdin, message):
    result = runner.invoke(cli, ["show", "-", "-f", "json"], input=stdin)
    assert result.exit_code == 1
    assert message in one_line_error(result)


@pytest.mark.parametrize(
    "content",
    [bytes(range(256)) * 4, '{"schema": "timeline/1", "events": [caf\xe9]}'.encode("latin-1"), DEEP.encode()],
    ids=["binary", "latin-1", "nested too deeply"],
)
@pytest.mark.parametrize("via", ["file", "stdin"])
def test_bad_input_show_source_that_is_not_timeline_json(runner, tmp_path, content, via):
    path = tmp_path / "chronology.json"
    path.write_bytes(content)
    if via == "file":
        result = runner.invoke(cli, ["show", str(path), "-f", "json"])
    else:
        result = runner.invoke(cli, ["show", "-", "-f", "json"], input=content)
    assert result.exit_code == 1
    name = str(path) if via == "file" else "<stdin>"
    assert one_line_error(result).startswith(f"error: {name}: not JSON (")


def test_bad_input_aliases_json_nested_too_deeply(runner, tmp_path):
    aliases = _write(tmp_path / "aliases.json", '{"a": ' + DEEP + "}")
    result = runner.invoke(cli, ["extract", _write(tmp_path / "a.txt", GOOD), "--aliases", aliases, "--no-store"])
    assert result.exit_code == 2
    assert "aliases.json" in one_line_error(result)


@pytest.mark.parametrize(
    "args, fragment",
    [
        (["extract"], "Missing argument"),
        (["extract", "x.txt", "--format", "docx"], "docx"),
        (["extract", "x.txt", "--max-size", "0"], "--max-size"),
        (["extract", "x.txt", "--jobs", "0"], "--jobs"),
        (["show", "--since", "the day after never"], "--since"),
        (["show", "--since", "2017", "--until", "2016"], "is after --until"),
        (["show", "--precision", "minute"], "minute"),
        (["frobnicate"], "No such command"),
        (["show", "--db", "."], "is a directory"),
    ],
)
def test_bad_input_usage_errors_exit_2(runner, db, args, fragment):
    result = runner.invoke(cli, [*args, "--db", db] if args[0] == "show" and "--db" not in args else args)
    assert result.exit_code == 2
    assert fragment in result.stderr
    assert "Traceback" not in result.stderr


# -- rows where the run goes on (these load the model) --------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize(
    "name, content, warning",
    [
        (
            "photo.txt",
            b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8,
            "photo.txt: skipped: binary file",
        ),
        ("random.json", bytes((i * 7919 + 13) % 256 for i in range(3000)), "random.json: skipped: binary file"),
        ("empty.txt", b"", "empty.txt: skipped: empty file"),
        ("blank.md", b"  \n\n\t\n", "blank.md: skipped: empty file"),
        ("notext.jsonl", b'{"text": "   "}\n', "notext.jsonl:1: skipped: no text"),
    ],
)
def test_bad_input_unreadable_file_is_warned_and_the_others_processed(
    runner, nlp, db, tmp_path, name, content, warning
):
    good = _write(tmp_path / "in" / "good.txt", GOOD)
    _write(tmp_path / "in" / name, content)
    result = runner.invoke(cli, ["extract", str(tmp_path / "in"), "--db", db, "-f", "json", "--ref-date", "2016-12-23"])
    assert result.exit_code == 0, result.stderr
    assert any(warning in w for w in warnings_of(result)), result.stderr
    out = json.loads(result.stdout)
    assert [d["path"] for d in out["documents"]] == [good]
    assert [row[0] for row in store_content(db)["documents"]] == ["old", "good"]


@pytest.mark.slow
def test_bad_input_invalid_utf8_is_read_as_a_legacy_encoding(runner, nlp, tmp_path):
    text = "Fran\xe7ois Hollande met Angela Merkel in Paris on Monday. \u201cFine\u201d."
    path = _write(tmp_path / "cp1252.txt", text.encode("cp1252"))
    result = runner.invoke(cli, ["extract", path, "--no-store", "-f", "json", "--ref-date", "2016-12-23"])
    assert result.exit_code == 0, result.stderr
    out = json.loads(result.stdout)
    assert "Fran\xe7ois Hollande" in json.dumps(out["events"], ensure_ascii=False)


@pytest.mark.slow
def test_bad_input_json_lone_surrogate_escape_becomes_replacement_character(runner, nlp, db, tmp_path):
    path = _write(tmp_path / "in.jsonl", '{"id": "a\\ud800", "text": "Angela Merkel met \\udc00 Putin on Monday."}\n')
    result = runner.invoke(cli, ["extract", path, "--db", db, "-f", "json", "--ref-date", "2016-12-23"])
    assert result.exit_code == 0, result.stderr
    assert [d["id"] for d in json.loads(result.stdout)["documents"]] == ["a\ufffd"]
    assert store_content(db)["documents"][1][3] == "Angela Merkel met \ufffd Putin on Monday."


@pytest.mark.slow
def test_bad_input_skip_bad_processes_the_good_lines_and_warns_file_line(runner, nlp, db, tmp_path):
    path = _broken_line(tmp_path)[0]
    result = runner.invoke(cli, ["extract", path, "--db", db, "-f", "json", "--skip-bad", "--ref-date", "2016-12-23"])
    assert result.exit_code == 0, result.stderr
    broken = [w for w in warnings_of(result) if "malformed" in w]
    assert len(broken) == 1 and broken[0].startswith(f"warning: {path}:3: malformed JSON line")
    out = json.loads(result.stdout)
    assert [d["id"] for d in out["documents"]] == ["in-1", "in-2", "in-4"]
    assert len(store_content(db)["documents"]) == 4


@pytest.mark.slow
def test_bad_input_skip_bad_warns_for_each_bad_file_and_goes_on(runner, nlp, db, tmp_path):
    args = [*_too_big(tmp_path), _write(tmp_path / "in.jsonl", '{"text": 1}\n'), *_too_long_text(tmp_path)]
    result = runner.invoke(cli, ["extract", *args, "--db", db, "-f", "json", "--skip-bad", "--ref-date", "2016-12-23"])
    assert result.exit_code == 0, result.stderr
    warned = "\n".join(warnings_of(result))
    assert "huge.txt: larger than 1 MB" in warned
    assert "in.jsonl:1: field 'text' must be a string" in warned
    assert "long.txt: text is 1,000,005 characters" in warned
    assert [d["id"] for d in json.loads(result.stdout)["documents"]] == ["a"]


def test_bad_input_device_is_read_only_up_to_max_size(runner, db):
    before = store_content(db)
    result = runner.invoke(cli, ["extract", "/dev/zero", "--max-size", "1", "--db", db])
    assert result.exit_code == 1
    assert one_line_error(result) == "error: /dev/zero: larger than 1 MB; raise --max-size"
    assert store_content(db) == before


def test_bad_input_named_pipe_in_a_folder_is_skipped_not_waited_for(tmp_path):
    from timeline.ingest import read_documents

    folder = tmp_path / "in"
    _write(folder / "a.txt", GOOD)
    os.mkfifo(folder / "b.txt")  # nobody ever writes to it: reading it would block forever
    warnings: list[str] = []
    documents = read_documents([str(folder)], warn=warnings.append)
    assert [d.id for d in documents] == ["a"]
    assert warnings == [f"{folder / 'b.txt'}: skipped: not a regular file"]
