"""A filter that names nothing says so on stderr, with the nearest known name; --doc takes an
id, a unique start of one or words of a title."""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from timeline.cli import cli

SEEDS_JSON = str(Path(__file__).resolve().parents[2] / "examples" / "seeds.json")
DOCS = {d["id"]: d for d in json.loads(Path(SEEDS_JSON).read_text())["documents"]}
ASTANA = "001_02db8b5d66b213b1"


def _show(*args):
    result = CliRunner().invoke(cli, ["show", SEEDS_JSON, "-f", "json", *args])
    events = json.loads(result.stdout)["events"] if result.exit_code == 0 else None
    return result, events


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--actor", "Puttin"], "warning: no actor 'Puttin'; did you mean 'Putin'?"),
        (["--place", "Alepo"], "warning: no place 'Alepo'; did you mean 'Aleppo'?"),
        (["--doc", "Astna"], "warning: no document 'Astna'; did you mean 'Astana'?"),
        (["--doc", "002"], "warning: no document '002'"),
        (["--actor", "Zzyzx Qwerty"], "warning: no actor 'Zzyzx Qwerty'"),
    ],
)
def test_cli_didyoumean_names_that_match_nothing(args, message):
    result, events = _show(*args)
    assert result.exit_code == 0
    assert result.stderr.strip() == message
    assert events == []


def test_cli_didyoumean_silent_when_the_name_matches():
    for args in (["--actor", "Putin"], ["--place", "Aleppo"], ["--doc", ASTANA]):
        result, events = _show(*args)
        assert result.exit_code == 0 and result.stderr == "", args
        assert events


def test_cli_didyoumean_one_good_name_one_typo_warns_about_the_typo_only():
    result, events = _show("--actor", "Putin", "--actor", "Erdogn")
    assert result.stderr.strip() == "warning: no actor 'Erdogn'; did you mean 'Erdogan'?"
    assert events


def test_cli_didyoumean_actors_command_too():
    result = CliRunner().invoke(cli, ["actors", SEEDS_JSON, "-f", "json", "--actor", "Puttin"])
    assert result.exit_code == 0
    assert "did you mean 'Putin'?" in result.stderr


@pytest.mark.parametrize("value", [ASTANA, "001", "001_02", "peace talks", "ASTANA Syria"])
def test_cli_didyoumean_doc_by_prefix_or_title_words(value):
    assert DOCS[ASTANA]["title"] == "Putin: Peace Talks for Syria to Be Held in Astana"
    result, events = _show("--doc", value)
    assert result.exit_code == 0 and result.stderr == ""
    assert events and all(ASTANA in e["sources"] for e in events)
    assert [d["id"] for d in json.loads(result.stdout)["documents"]][0] in DOCS


def test_cli_didyoumean_doc_title_words_match_every_such_document():
    result, events = _show("--doc", "Putin")  # only the Astana article's title has "Putin"
    assert result.exit_code == 0 and events
    _, both = _show("--doc", "000", "--doc", "001")
    _, all_events = _show()
    assert len(both) == len(all_events)


def test_cli_didyoumean_ambiguous_doc_prefix_is_a_usage_error():
    result, _ = _show("--doc", "00")
    assert result.exit_code == 2
    assert "--doc '00' is the start of 2 document ids (000_58af670faad38b86, 001_02db8b5d66b213b1)" in result.stderr
