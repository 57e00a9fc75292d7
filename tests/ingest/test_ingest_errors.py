import io
import os
import pathlib

import pytest

from timeline.errors import InputError
from timeline.ingest import read_documents


def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return str(path)


@pytest.mark.parametrize(
    "name,content,message",
    [
        ("bad.jsonl", '{"text": "ok"}\n{"text": "broken"\n', "bad.jsonl:2: malformed JSON line"),
        (
            "types.jsonl",
            '{"text": "ok"}\n\n{"text": ["not", "a", "string"]}\n',
            "types.jsonl:3: field 'text' must be a string, not an array",
        ),
        ("notext.jsonl", '{"title": "no body"}\n', "notext.jsonl:1: record has no 'text' field"),
        ("scalar.jsonl", '"just a string"\n', "scalar.jsonl:1: expected a JSON object, not a string"),
        (
            "idtype.jsonl",
            '{"id": {"a": 1}, "text": "x"}\n',
            "idtype.jsonl:1: field 'id' must be a string or an integer",
        ),
        ("title.jsonl", '{"title": 5, "text": "x"}\n', "title.jsonl:1: field 'title' must be a string, not a number"),
        ("arr.json", '[\n{"text": "a"},\n{"text": 3}\n]', "arr.json:3: field 'text' must be a string"),
        ("broken.json", '[\n{"text": "a"},\n{"text": \n', "broken.json:4: malformed JSON"),
        ("obj.json", '{"text": "a",\n "id": }', "obj.json:2: malformed JSON"),
        ("fm.md", "---\ntitle: [unclosed\n---\nBody\n", "fm.md:3: bad front matter"),
    ],
)
def test_ingest_errors_bad_records_name_file_and_line(tmp_path, name, content, message):
    path = write(tmp_path / name, content)
    with pytest.raises(InputError) as info:
        read_documents([path])
    assert str(info.value).startswith(str(tmp_path / message))
    assert info.value.path == path


def test_ingest_errors_missing_path(tmp_path):
    missing = str(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="no such file or directory") as info:
        read_documents([missing])
    assert str(info.value) == f"{missing}: no such file or directory"


def test_ingest_errors_permission_denied(tmp_path, monkeypatch):
    path = write(tmp_path / "secret.txt", "text")
    real_open = open

    def fake_open(file, *args, **kwargs):
        if str(file) == path:
            raise PermissionError(13, "Permission denied", file)
        return real_open(file, *args, **kwargs)

    # Tests may run as root, where chmod 000 does not stop reads.
    monkeypatch.setattr("builtins.open", fake_open)
    with pytest.raises(InputError) as info:
        read_documents([path])
    assert str(info.value) == f"{path}: permission denied"


def test_ingest_errors_file_over_max_size(tmp_path):
    path = write(tmp_path / "big.txt", "x" * 2000)
    with pytest.raises(InputError) as info:
        read_documents([path], max_bytes=1000)
    # the library names its own argument; the CLI words it as its option (tests/hardening)
    assert str(info.value) == f"{path}: larger than {1000 / 2**20:g} MB; raise max_bytes"
    assert "larger than 50 MB; raise max_bytes" in str(_too_big_default(tmp_path))


def _too_big_default(tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as f:
        f.truncate(50 * 2**20 + 1)  # sparse: no 50 MB written to disk
    with pytest.raises(InputError) as info:
        read_documents([str(path)])
    return info.value


def test_ingest_errors_stdin_over_max_size():
    with pytest.raises(InputError, match="<stdin>: larger than"):
        read_documents(["-"], stdin=io.StringIO("x" * 100), max_bytes=10)


def test_ingest_errors_directory_without_documents(tmp_path):
    (tmp_path / "empty").mkdir()
    write(tmp_path / "empty" / "data.csv", "a,b")
    with pytest.raises(InputError, match="no readable documents") as info:
        read_documents([str(tmp_path / "empty")])
    assert info.value.path == str(tmp_path / "empty")


def test_ingest_errors_symlink_loop(tmp_path):
    root = tmp_path / "corpus"
    write(root / "a.txt", "A.")
    os.symlink(root, root / "again")
    with pytest.raises(InputError, match="symlink loop") as info:
        read_documents([str(root)])
    assert info.value.path == str(root / "again")


def test_ingest_errors_self_referencing_symlink(tmp_path):
    link = tmp_path / "loop.txt"
    os.symlink(link, link)
    with pytest.raises(InputError) as info:
        read_documents([str(link)])
    assert str(info.value) == f"{link}: symlink loop"


def test_ingest_errors_first_problem_raises_before_anything_returned(tmp_path):
    write(tmp_path / "a.jsonl", '{"text": "good"}\n{"text": 1}\n')
    write(tmp_path / "b.jsonl", "{broken\n")
    with pytest.raises(InputError) as info:
        read_documents([str(tmp_path)])
    assert str(info.value).startswith(f"{tmp_path / 'a.jsonl'}:2:")


def test_ingest_errors_skip_bad_keeps_good_records_and_warns_each_problem(tmp_path):
    write(tmp_path / "a.jsonl", '{"text": "good one"}\n{"text": 1}\n{"text": "good two"}\n')
    write(tmp_path / "b.json", "[{broken")
    write(tmp_path / "c.txt", "good three")
    missing = str(tmp_path / "missing.txt")
    warnings = []
    docs = read_documents([str(tmp_path), missing], skip_bad=True, warn=warnings.append)
    assert [d.text for d in docs] == ["good one", "good two", "good three"]
    assert [w.split(": ")[0] for w in warnings] == [
        f"{tmp_path / 'a.jsonl'}:2",
        f"{tmp_path / 'b.json'}:1",
        missing,
    ]
    assert all(w.endswith("; skipped") and "\n" not in w for w in warnings)


def test_ingest_errors_unparsable_metadata_date_warns_and_is_ignored(tmp_path):
    record = '{"text": "MOSCOW, Dec. 23, 2016 (Reuters) - x", "date": "sometime soon"}\n'
    path = write(tmp_path / "d.jsonl", record)
    warnings = []
    [doc] = read_documents([path], warn=warnings.append)
    assert warnings == [f"{path}:1: date 'sometime soon' is not a calendar day; ignored"]
    # The metadata date is ignored, so the dateline gives the date.
    assert (doc.date.value, doc.date.origin) == ("2016-12-23", "dateline")


def test_ingest_errors_empty_metadata_date_is_silently_absent(tmp_path):
    path = write(tmp_path / "d.jsonl", '{"text": "Body.", "date": " "}\n')
    warnings = []
    [doc] = read_documents([path], warn=warnings.append)
    assert (warnings, doc.date.origin) == ([], "none")


def test_ingest_errors_dash_without_stdin():
    with pytest.raises(InputError, match="no standard input"):
        read_documents(["-"])


def test_ingest_errors_messages_are_one_line(tmp_path):
    path = write(tmp_path / "fm.md", "---\na: b: c\n---\nBody")
    with pytest.raises(InputError) as info:
        read_documents([path])
    assert "\n" not in str(info.value)
    assert pathlib.Path(info.value.path).name == "fm.md"
