import pytest

from timeline.ingest import read_documents
from timeline.ingest.decode import BinaryContent, decode_bytes

TEXT = "Caf\xe9 owner said \u201cwe will stay\u201d \u2014 it\u2019s home.\nSecond line."


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1252"])
def test_ingest_decode_file_encodings(tmp_path, encoding):
    data = TEXT.encode(encoding)
    if encoding in ("utf-16-le", "utf-16-be"):
        # Only UTF-16 with a byte order mark is recognizable.
        data = "\ufeff".encode(encoding) + data
    path = tmp_path / "story.txt"
    path.write_bytes(data)
    [doc] = read_documents([str(path)])
    assert doc.text == TEXT


def test_ingest_decode_latin1_file(tmp_path):
    path = tmp_path / "story.txt"
    path.write_bytes("Jos\xe9 Mar\xeda G\xf3mez said the caf\xe9 closed.".encode("latin-1"))
    [doc] = read_documents([str(path)])
    assert doc.text == "Jos\xe9 Mar\xeda G\xf3mez said the caf\xe9 closed."


@pytest.mark.parametrize(
    "text,encoding",
    [
        (
            "Le pr\xe9sident a d\xe9clar\xe9 que les n\xe9gociations \xe0 Gen\xe8ve \xe9taient tr\xe8s dures. " * 3,
            "latin-1",
        ),
        (
            "\u041f\u0440\u0435\u0437\u0438\u0434\u0435\u043d\u0442 \u0420\u043e\u0441\u0441\u0438\u0438 "
            "\u0437\u0430\u044f\u0432\u0438\u043b \u0432 \u043f\u044f\u0442\u043d\u0438\u0446\u0443. " * 4,
            "cp1251",
        ),
    ],
)
def test_ingest_decode_legacy_code_pages(tmp_path, text, encoding):
    path = tmp_path / "story.txt"
    path.write_bytes(text.encode(encoding))
    [doc] = read_documents([str(path)])
    assert doc.text == text


def test_ingest_decode_long_cp1252_file(tmp_path):
    body = ("The caf\xe9\u2019s owner, Ren\xe9e, said \u201cno\u201d. " * 200).strip()
    path = tmp_path / "long.txt"
    path.write_bytes(body.encode("cp1252"))
    [doc] = read_documents([str(path)])
    assert doc.text == body


def test_ingest_decode_html_declared_charset(tmp_path):
    html = (
        '<html><head><meta charset="iso-8859-1"><title>T</title></head><body><p>Caf\xe9 \u201cx\u201d</p></body></html>'
    )
    path = tmp_path / "p.html"
    path.write_bytes(html.encode("cp1252"))
    [doc] = read_documents([str(path)])
    assert doc.text == "Caf\xe9 \u201cx\u201d"


def test_ingest_decode_crlf_newlines_normalized(tmp_path):
    path = tmp_path / "dos.txt"
    path.write_bytes(b"Line one.\r\nLine two.\r\n")
    [doc] = read_documents([str(path)])
    assert doc.text == "Line one.\nLine two.\n"


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        bytes(range(256)) * 4,
        b"abc\x01\x02\x03\x04\x05\x06\x07\x08def",
    ],
)
def test_ingest_decode_binary_refused(data):
    with pytest.raises(BinaryContent):
        decode_bytes(data)


@pytest.mark.parametrize(
    "name,data,reason",
    [
        ("blob.txt", b"\x00\x01\x02binary\x00", "binary file"),
        ("empty.txt", b"", "empty file"),
        ("blank.md", b"  \n\t\n", "empty file"),
    ],
)
def test_ingest_decode_binary_and_empty_files_skipped_with_warning(tmp_path, name, data, reason):
    (tmp_path / name).write_bytes(data)
    (tmp_path / "good.txt").write_text("Good.", encoding="utf-8")
    warnings = []
    docs = read_documents([str(tmp_path)], warn=warnings.append)
    assert [d.id for d in docs] == ["good"]
    assert warnings == [f"{tmp_path / name}: skipped: {reason}"]
