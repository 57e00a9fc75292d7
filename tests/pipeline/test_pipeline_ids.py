"""Document ids across runs: another document under a stored id is kept beside it, with a warning
naming both paths, never put in its place (extract from files or stdin, import)."""

from __future__ import annotations

import io
import json

import pytest
from click.testing import CliRunner

from timeline.cli import cli
from timeline.model import DocDate, Document, Event, EventDate, Extraction, Mention, Predicate
from timeline.pipeline import RunOptions, run_extract
from timeline.store import Store

ONE = "Angela Merkel met Vladimir Putin in Berlin on Monday, officials said."
TWO = "The evacuation of Aleppo began on Thursday, the Red Cross said."


def _stored(db) -> dict[str, str]:
    with Store(str(db)) as store:
        return dict(store.conn.execute("SELECT id, path FROM documents").fetchall())


@pytest.mark.slow
def test_same_file_name_in_two_folders_across_runs_keeps_both(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first, second = tmp_path / "a" / "report.txt", tmp_path / "b" / "report.txt"
    first.write_text(ONE)
    second.write_text(TWO)
    db = tmp_path / "t.db"
    warnings: list[str] = []
    options = RunOptions(db=str(db), ref_date="2016-12-23")
    run_extract([str(first)], options)
    run_extract([str(second)], options, warn=warnings.append)
    stored = _stored(db)
    assert sorted(stored.values()) == [str(first), str(second)]
    assert stored["report"] == str(first)
    assert [w for w in warnings if "already stored" in w] == [
        f"{second}: id 'report' is already stored for another document ({first}); "
        f"stored as '{next(i for i in stored if i != 'report')}'"
    ]
    # Both run again: nothing renamed twice, nothing analysed again, nothing lost.
    again: list[str] = []
    run_extract([str(first), str(second)], options, warn=again.append)
    assert _stored(db) == stored
    assert not [w for w in again if "already stored" in w]


@pytest.mark.slow
def test_editing_a_file_replaces_its_document(tmp_path):
    article = tmp_path / "report.txt"
    article.write_text(ONE)
    db = tmp_path / "t.db"
    options = RunOptions(db=str(db), ref_date="2016-12-23")
    run_extract([str(article)], options)
    article.write_text(TWO)
    run_extract([str(article)], options)
    assert _stored(db) == {"report": str(article)}


@pytest.mark.slow
def test_two_stdin_runs_with_other_texts_keep_both(tmp_path):
    db = tmp_path / "t.db"
    options = RunOptions(db=str(db), ref_date="2016-12-23")
    run_extract(["-"], options, stdin=io.BytesIO(ONE.encode()))
    run_extract(["-"], options, stdin=io.BytesIO(TWO.encode()))
    with Store(str(db)) as store:
        texts = [t for (t,) in store.conn.execute("SELECT text FROM documents ORDER BY pk")]
    assert texts == [ONE, TWO]


def _extraction(doc_id: str, path: str, text: str) -> Extraction:
    document = Document(id=doc_id, text=text, path=path, date=DocDate("2016-12-23", "option", 1.0))
    from timeline.extract.events import event_id

    event = Event(
        id=event_id(doc_id, 0),
        summary=text[:20],
        date=EventDate(),
        predicate=Predicate("meet", "met"),
        mentions=(Mention(doc_id, 0, 0, 6, "Angela", text),),
        sources=(doc_id,),
    )
    return Extraction(document, (), (event,), ())


def test_import_keeps_a_different_document_under_the_same_id(tmp_path):
    for name, path, text in (("s1", "a/report.txt", ONE), ("s2", "b/report.txt", TWO)):
        with Store(str(tmp_path / f"{name}.db")) as store:
            store.put(_extraction("report", path, text), f"key-{name}")
    db = tmp_path / "all.db"
    result = CliRunner().invoke(cli, ["import", str(tmp_path / "s1.db"), str(tmp_path / "s2.db"), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "2 added, 0 replaced" in result.output
    assert "id 'report' is already stored for another document (a/report.txt)" in result.output
    stored = _stored(db)
    assert sorted(stored.values()) == ["a/report.txt", "b/report.txt"]
    shown = CliRunner().invoke(cli, ["show", "--db", str(db), "-f", "json"])
    events = json.loads(shown.stdout)["events"]
    assert sorted(e["sources"][0] for e in events) == sorted(stored)
    assert len({e["id"] for e in events}) == 2


def test_renamed_extraction_moves_its_evidence():
    from timeline.ids import renamed

    moved = renamed(_extraction("report", "b/report.txt", TWO), "report-1")
    event = moved.events[0]
    assert moved.document.id == "report-1"
    assert event.sources == ("report-1",) and event.mentions[0].doc == "report-1"


def test_an_id_field_names_the_article_a_new_text_replaces_it_with_a_warning():
    from timeline.ids import unique_document

    document = Document(id="afp-123", text=TWO, path="update.jsonl", line=4)
    warnings: list[str] = []
    kept = unique_document(document, lambda i: ("first.jsonl", ONE), set(), warnings.append)
    assert kept.id == "afp-123"
    assert warnings == ["update.jsonl:4: id 'afp-123' replaces the document stored from first.jsonl"]
