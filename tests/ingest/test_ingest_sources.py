import io
import json
import os

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.ingest import read_documents


def write(path, content):
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return str(path)


def test_ingest_sources_plain_text_keeps_text_as_read(tmp_path):
    p = write(tmp_path / "story.txt", "Headline\n\nPutin spoke on Friday.\n")
    [doc] = read_documents([p])
    assert doc.id == "story"
    assert doc.text == "Headline\n\nPutin spoke on Friday.\n"
    assert doc.path == p
    assert doc.line is None
    assert doc.date.origin == "none"


def test_ingest_sources_markdown_front_matter_with_aliases(tmp_path):
    p = write(
        tmp_path / "a.md",
        "---\nid: syria-1\nheadline: Talks in Astana\npublished: 2016-12-23\nlink: https://x.example/a\n"
        "publisher: Example News\n---\n\nPutin said talks would be held.\n",
    )
    [doc] = read_documents([p])
    assert (doc.id, doc.title, doc.url, doc.source) == (
        "syria-1",
        "Talks in Astana",
        "https://x.example/a",
        "Example News",
    )
    assert doc.text.startswith("Putin said talks")
    assert (doc.date.value, doc.date.origin, doc.date.confidence) == ("2016-12-23", "metadata", 1.0)


def test_ingest_sources_txt_front_matter_is_read_too(tmp_path):
    p = write(tmp_path / "a.txt", '---\ndate: "Dec. 23, 2016"\ntitle: T\n---\nBody.\n')
    [doc] = read_documents([p])
    assert doc.text == "Body."
    assert doc.date.value == "2016-12-23"


def test_ingest_sources_horizontal_rule_is_not_front_matter(tmp_path):
    p = write(tmp_path / "a.md", "---\n\nJust text after a rule.\n")
    [doc] = read_documents([p])
    assert "Just text after a rule." in doc.text


@pytest.mark.parametrize(
    "field,alias",
    [
        ("text", "content"),
        ("text", "body"),
        ("text", "maintext"),
        ("date", "date_publish"),
        ("date", "datePublished"),
        ("title", "headline"),
        ("url", "link"),
        ("source", "source_domain"),
    ],
)
def test_ingest_sources_json_aliases(tmp_path, field, alias):
    record = {"text": "Body text.", "date": "2016-12-23", "title": "T", "url": "u", "source": "s"}
    record[alias] = record.pop(field)
    p = write(tmp_path / "one.json", json.dumps(record))
    [doc] = read_documents([p])
    expected = {"text": "Body text.", "date": "2016-12-23", "title": "T", "url": "u", "source": "s"}
    assert (doc.date.value if field == "date" else getattr(doc, field)) == expected[field]


def test_ingest_sources_json_array_ids_and_lines(tmp_path):
    p = write(
        tmp_path / "batch.json",
        '[\n  {"text": "First."},\n  {"id": 7, "text": "Second."},\n  {"text": "Third."}\n]\n',
    )
    docs = read_documents([p])
    assert [d.id for d in docs] == ["batch-1", "7", "batch-3"]
    assert [d.line for d in docs] == [2, 3, 4]


def test_ingest_sources_jsonl_ids_use_line_numbers_and_blank_lines_are_ok(tmp_path):
    p = write(tmp_path / "feed.jsonl", '{"text": "One."}\n\n{"text": "Two.", "id": "x"}\n{"text": "3."}\n')
    docs = read_documents([p])
    assert [(d.id, d.line) for d in docs] == [("feed-1", 1), ("x", 3), ("feed-4", 4)]


def test_ingest_sources_duplicate_ids_get_suffixes_in_input_order(tmp_path):
    p = write(
        tmp_path / "d.jsonl",
        '{"id": "a", "text": "1"}\n{"id": "a", "text": "2"}\n{"id": "a-2", "text": "3"}\n{"id": "a", "text": "4"}\n',
    )
    warnings = []
    docs = read_documents([p], warn=warnings.append)
    assert [d.id for d in docs] == ["a", "a-2", "a-2-2", "a-3"]
    assert [d.text for d in docs] == ["1", "2", "3", "4"]
    assert warnings[0] == f"{p}:2: duplicate id 'a' renamed to 'a-2'"


def test_ingest_sources_same_stem_in_two_folders_stays_unique(tmp_path):
    # The id is the path inside the folder given: stable whatever else the folder holds.
    write(tmp_path / "x" / "a.txt", "One.")
    write(tmp_path / "y" / "a.txt", "Two.")
    write(tmp_path / "a.txt", "Three.")
    docs = read_documents([str(tmp_path)])
    assert [d.id for d in docs] == ["a", "x/a", "y/a"]
    assert [d.id for d in read_documents([str(tmp_path / "y")])] == ["a"]


def test_ingest_sources_directory_sorted_recursive_hidden_and_unknown_skipped(tmp_path):
    write(tmp_path / "b.txt", "B.")
    write(tmp_path / "a.md", "A.")
    write(tmp_path / "sub" / "c.html", "<html><body><p>C.</p></body></html>")
    write(tmp_path / ".hidden.txt", "hidden")
    write(tmp_path / ".git" / "d.txt", "hidden dir")
    write(tmp_path / "notes.csv", "a,b")
    write(tmp_path / "image.png", b"\x89PNG\r\n\x1a\n\x00\x00")
    docs = read_documents([str(tmp_path)])
    relative = [os.path.relpath(d.path, tmp_path) for d in docs]
    assert relative == ["a.md", "b.txt", os.path.join("sub", "c.html")]
    assert [d.text for d in docs] == ["A.", "B.", "C."]


def test_ingest_sources_named_file_with_unknown_extension_is_text(tmp_path):
    p = write(tmp_path / "story.article", "WASHINGTON, Dec. 23, 2016 (AP) — It happened.")
    [doc] = read_documents([p])
    assert doc.id == "story"
    assert doc.date.value == "2016-12-23"


def test_ingest_sources_seeds_have_no_date(seeds_dir):
    docs = read_documents([str(seeds_dir)])
    assert [d.id for d in docs] == ["000_58af670faad38b86", "001_02db8b5d66b213b1"]
    assert all(d.date.origin == "none" and d.date.value is None for d in docs)
    assert docs[0].text.startswith("Russian president says")


@pytest.mark.parametrize(
    "content,expected",
    [
        ('{"id": "s", "text": "One object."}', [("s", None)]),
        ('[{"text": "A."}, {"text": "B."}]', [("stdin-1", 1), ("stdin-2", 1)]),
        ('{"text": "A."}\n{"text": "B."}\n', [("stdin-1", 1), ("stdin-2", 2)]),
        ("Just some plain text.\n", [("stdin", None)]),
    ],
)
def test_ingest_sources_stdin_is_sniffed(content, expected):
    docs = read_documents(["-"], stdin=io.StringIO(content))
    assert [(d.id, d.line) for d in docs] == expected
    assert all(d.path == "<stdin>" for d in docs)


def test_ingest_sources_stdin_bytes_are_decoded_like_files():
    docs = read_documents(["-"], stdin=io.BytesIO("caf\xe9 \u201cquoted\u201d".encode("cp1252")))
    assert docs[0].text == "caf\xe9 \u201cquoted\u201d"


def test_ingest_sources_stdin_html():
    page = "<!DOCTYPE html><html><body><p>Hi there.</p></body></html>"
    docs = read_documents(["-"], stdin=io.StringIO(page))
    assert docs[0].text == "Hi there."


def test_ingest_sources_files_and_stdin_together_in_order(tmp_path):
    p = write(tmp_path / "a.txt", "File.")
    docs = read_documents([p, "-"], stdin=io.StringIO("Piped."))
    assert [d.text for d in docs] == ["File.", "Piped."]


def test_ingest_sources_json_record_with_empty_text_is_skipped_with_warning(tmp_path):
    p = write(tmp_path / "e.jsonl", '{"text": "   "}\n{"text": "Real."}\n')
    warnings = []
    docs = read_documents([p], warn=warnings.append)
    assert [d.text for d in docs] == ["Real."]
    assert warnings == [f"{p}:1: skipped: no text"]


def test_ingest_sources_file_named_twice_is_read_once(tmp_path):
    p = write(tmp_path / "a.txt", "Once.")
    warnings = []
    docs = read_documents([str(tmp_path), p], warn=warnings.append)
    assert [d.id for d in docs] == ["a"]
    assert warnings == [f"{p}: skipped: already read"]


@given(st.text(alphabet="ab\n\r{}", max_size=30))
def test_jsonl_lines_are_the_split_lines_one_at_a_time(text):
    from timeline.ingest.readers import _lines

    assert list(_lines(text)) == text.split("\n")
