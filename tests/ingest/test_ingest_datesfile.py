import pytest

from timeline.errors import UsageError
from timeline.ingest import content_hash, date_for, load_dates_file
from timeline.model import DocDate, Document


@pytest.mark.parametrize(
    "name,content",
    [
        ("dates.csv", 'path,date\nseeds/a.txt,2016-12-23\nb,"Dec. 22, 2016"\n'),
        ("dates.csv", "seeds/a.txt,2016-12-23\n\n# comment\nb , 22 December 2016\n"),
        ("dates.txt", "seeds/a.txt,2016-12-23\nb,2016/12/22\n"),
        ("dates.json", '{"seeds/a.txt": "2016-12-23", "b": "Dec 22, 2016"}'),
        ("dates", '{\n  "seeds/a.txt": "2016-12-23",\n  "b": "2016-12-22T10:00:00Z"\n}'),
    ],
)
def test_ingest_datesfile_loads_csv_and_json(tmp_path, name, content):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    assert load_dates_file(str(path)) == {"seeds/a.txt": "2016-12-23", "b": "2016-12-22"}


@pytest.mark.parametrize(
    "name,content,line,message",
    [
        ("d.csv", "a.txt,2016-12-23\nb.txt,03/04/2016\n", 2, "not an unambiguous date"),
        ("d.csv", "a.txt,2016-12-23\nb.txt,yesterday\n", 2, "not an unambiguous date"),
        ("d.csv", "a.txt,2016-12-23,extra\n", 1, "expected two columns"),
        ("d.csv", "a.txt\n", 1, "expected two columns"),
        ("d.csv", "a.txt,2016-12-23\na.txt,2016-12-24\n", 2, "two different dates"),
        ("d.json", '{\n "a": "2016-12-23",\n "b": "December 2016"\n}', 3, "not an unambiguous date"),
        ("d.json", '{\n "a": 20161223\n}', 2, "not an unambiguous date"),
        ("d.json", '{"a": "2016-12-23",\n', 2, "malformed JSON"),
        ("d.json", '["2016-12-23"]', 1, "expected a JSON object"),
    ],
)
def test_ingest_datesfile_bad_entries_name_file_and_line(tmp_path, name, content, line, message):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(UsageError, match=message) as info:
        load_dates_file(str(path))
    assert (info.value.path, info.value.line) == (str(path), line)
    assert str(info.value).startswith(f"{path}:{line}: ")


def test_ingest_datesfile_missing_file(tmp_path):
    with pytest.raises(UsageError, match="no such file"):
        load_dates_file(str(tmp_path / "nope.csv"))


DOC = Document(id="a-1", text="x", path="./seeds/a.txt")


@pytest.mark.parametrize(
    "dates,expected",
    [
        ({"a-1": "2016-12-01", "./seeds/a.txt": "2016-12-02"}, "2016-12-01"),  # id wins
        ({"./seeds/a.txt": "2016-12-02", "a.txt": "2016-12-03"}, "2016-12-02"),
        ({"seeds/a.txt": "2016-12-02"}, "2016-12-02"),  # same file, spelled differently
        ({"a.txt": "2016-12-03", "a": "2016-12-04"}, "2016-12-03"),
        ({"a": "2016-12-04"}, "2016-12-04"),
        ({"b.txt": "2016-12-05"}, None),
        ({}, None),
    ],
)
def test_ingest_datesfile_date_for_matching(dates, expected):
    assert date_for(DOC, dates) == expected


def test_ingest_datesfile_date_for_document_without_path():
    assert date_for(Document(id="stdin", text="x"), {"stdin": "2016-12-23"}) == "2016-12-23"


def test_ingest_datesfile_content_hash_changes_with_what_extraction_uses():
    base = Document(id="a", text="Putin spoke.", path="x/a.txt", date=DocDate("2016-12-23", "metadata", 1.0))
    h = content_hash(base)
    assert len(h) == 64 and int(h, 16) >= 0
    # Path, title and the date's origin do not change what is extracted.
    assert (
        content_hash(
            Document(
                id="a", text="Putin spoke.", path="y/a.txt", title="T", date=DocDate("2016-12-23", "dateline", 0.9)
            )
        )
        == h
    )
    assert content_hash(Document(id="a", text="Putin spoke!", date=base.date)) != h
    assert content_hash(Document(id="b", text="Putin spoke.", date=base.date)) != h
    other_day = DocDate("2016-12-24", "metadata", 1.0)
    assert content_hash(Document(id="a", text="Putin spoke.", date=other_day)) != h
    assert content_hash(Document(id="a", text="Putin spoke.")) != h
