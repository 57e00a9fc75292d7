"""`timeline documents`: list what is stored, re-date a document, remove one."""

import json
import shutil

import pytest
from click.testing import CliRunner

from timeline.cli import cli

pytestmark = pytest.mark.slow

ASTANA = "Talks in Astana\n\nPutin said on Friday that talks will be held in Astana in January.\n"
ALEPPO = (
    "Aleppo evacuated\n\nOn 16 December 2016 thousands of people left Aleppo, the Red Cross said on 17 December 2016.\n"
)


@pytest.fixture(scope="module")
def stored(tmp_path_factory):
    """Two articles extracted once: 'astana' has no date and says 'Friday'; 'aleppo' has only
    full dates (its own date comes from its text)."""
    root = tmp_path_factory.mktemp("documents")
    (root / "articles").mkdir()
    (root / "articles" / "astana.txt").write_text(ASTANA)
    (root / "articles" / "aleppo.txt").write_text(ALEPPO)
    db = root / "t.db"
    result = CliRunner().invoke(cli, ["extract", str(root / "articles"), "--db", str(db), "-o", str(root / "x.json")])
    assert result.exit_code == 0, result.stderr
    return root


@pytest.fixture
def db(stored, tmp_path):
    copy = tmp_path / "t.db"
    shutil.copy(stored / "t.db", copy)
    return str(copy)


def _run(*args):
    return CliRunner().invoke(cli, list(args))


def _documents(db):
    result = _run("documents", "--db", db, "-f", "json")
    assert result.exit_code == 0, result.stderr
    return {d["id"]: d for d in json.loads(result.stdout)}


def _events(db, *args):
    result = _run("show", "--db", db, "-f", "json", *args)
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)["events"]


def test_cli_documents_lists_id_title_date_origin_and_events(db):
    docs = _documents(db)
    assert list(docs) == ["aleppo", "astana"]
    assert docs["astana"]["title"] == "Talks in Astana"
    assert docs["astana"]["date"] == {"value": None, "origin": "none", "confidence": 0.0}
    assert docs["aleppo"]["date"]["value"] == "2016-12-17" and docs["aleppo"]["date"]["origin"] == "text"
    assert docs["astana"]["events"] >= 1 and docs["aleppo"]["events"] >= 2
    table = _run("documents", "--db", db, "-f", "table", "--no-color")
    text = " ".join(table.stdout.split())
    assert "aleppo Aleppo evacuated Sat 17 Dec 2016 text (0.6)" in text
    assert "astana Talks in Astana none found —" in text
    assert "1 document without a date" in text and "--set-date ID DATE" in text
    csv = _run("documents", "--db", db, "-f", "csv").stdout.splitlines()
    assert csv[0] == "id,title,date,date_origin,date_confidence,events,path,url,source"


def test_cli_documents_set_date_dates_relative_expressions_again(db):
    assert all(not e["date"]["earliest"] for e in _events(db, "--doc", "astana"))
    result = _run("documents", "--db", db, "--set-date", "Astana", "2016-12-23")  # title word
    assert result.exit_code == 0, result.stderr
    assert "astana (Talks in Astana): date given: Fri 23 Dec 2016" in result.stderr
    assert "(analysed again)" in result.stderr
    assert _documents(db)["astana"]["date"] == {"value": "2016-12-23", "origin": "option", "confidence": 1.0}
    dates = {e["date"]["text"]: e["date"]["value"] for e in _events(db, "--doc", "astana")}
    assert dates.get("January") == "2017-01"  # "will be held in January", from Friday 23 December 2016


def test_cli_documents_set_date_without_running_spacy_when_no_date_depends_on_it(db, stored, monkeypatch):
    def no_spacy(*args, **kwargs):
        raise AssertionError("spaCy was run")

    monkeypatch.setattr("timeline.analysis.analyse_here", no_spacy)
    result = _run("documents", "--db", db, "--set-date", "alep", "2016-12-19")
    assert result.exit_code == 0, result.stderr
    assert "without running spaCy again" in result.stderr
    monkeypatch.undo()
    got = {e["summary"]: e["date"] for e in _events(db, "--doc", "aleppo")}
    fresh = _run(
        "extract", str(stored / "articles" / "aleppo.txt"), "--no-store", "--ref-date", "2016-12-19", "-f", "json"
    )
    want = {e["summary"]: e["date"] for e in json.loads(fresh.stdout)["events"]}
    assert got == want  # the same as analysing it again with that date
    assert got["Aleppo evacuated"]["value"] == "2016-12-19"


def test_cli_documents_set_date_needs_a_day(db):
    result = _run("documents", "--db", db, "--set-date", "astana", "December 2016")
    assert result.exit_code == 2
    assert "--set-date needs a day" in result.stderr


def test_cli_documents_remove(db):
    result = _run("documents", "--db", db, "--remove", "astana")
    assert result.exit_code == 0, result.stderr
    assert "removed 1 document (astana)" in result.stderr
    assert list(_documents(db)) == ["aleppo"]
    assert all("astana" not in e["sources"] for e in _events(db))


def test_cli_documents_unknown_or_ambiguous_names_change_nothing(db):
    result = _run("documents", "--db", db, "--remove", "astna")
    assert result.exit_code == 2
    assert "no stored document 'astna'; did you mean 'astana'?" in result.stderr
    result = _run("documents", "--db", db, "--remove", "a")
    assert result.exit_code == 2
    assert "'a' names 2 documents" in result.stderr or "start of 2 document ids" in result.stderr
    assert list(_documents(db)) == ["aleppo", "astana"]


def test_cli_documents_a_date_given_is_kept_when_the_same_files_are_extracted_again(db, stored):
    assert _run("documents", "--db", db, "--set-date", "astana", "2016-12-23").exit_code == 0
    again = _run("extract", str(stored / "articles"), "--db", db, "-f", "json")
    assert again.exit_code == 0, again.stderr
    assert "(0 analysed, 2 unchanged)" in again.stderr  # nothing analysed again, the date kept
    assert "no publication date found" not in again.stderr
    assert _documents(db)["astana"]["date"] == {"value": "2016-12-23", "origin": "option", "confidence": 1.0}
    given = _run("extract", str(stored / "articles"), "--db", db, "--ref-date", "2016-12-30", "-f", "json")
    assert given.exit_code == 0 and _documents(db)["astana"]["date"]["value"] == "2016-12-30"  # an option wins


def test_cli_documents_a_date_given_goes_when_the_text_changes(tmp_path):
    # The same file edited (its own path, so the same document: issue 20's ids).
    article = tmp_path / "articles" / "astana.txt"
    article.parent.mkdir()
    article.write_text(ASTANA)
    db = str(tmp_path / "own.db")
    assert _run("extract", str(article.parent), "--db", db, "-f", "json").exit_code == 0
    assert _run("documents", "--db", db, "--set-date", "astana", "2016-12-23").exit_code == 0
    article.write_text(ASTANA + "Rebels said on Monday they would attend.\n")
    again = _run("extract", str(article.parent), "--db", db, "-f", "json")
    assert again.exit_code == 0, again.stderr
    assert "already stored" not in again.stderr
    docs = _documents(db)
    assert list(docs) == ["astana"]
    assert docs["astana"]["date"]["origin"] == "none"  # another text: dated from itself


def test_cli_documents_another_file_under_the_same_name_leaves_the_given_date(db, tmp_path):
    assert _run("documents", "--db", db, "--set-date", "astana", "2016-12-23").exit_code == 0
    (tmp_path / "astana.txt").write_text(ASTANA + "Rebels said on Monday they would attend.\n")
    again = _run("extract", str(tmp_path / "astana.txt"), "--db", db, "-f", "json")
    assert again.exit_code == 0, again.stderr
    assert "id 'astana' is already stored for another document" in again.stderr
    docs = _documents(db)
    assert docs["astana"]["date"] == {"value": "2016-12-23", "origin": "option", "confidence": 1.0}
    (other,) = (d for i, d in docs.items() if i.startswith("astana-"))
    assert other["date"]["origin"] == "none"  # the new file is dated from itself
