"""--jobs N runs the NLP stage in N processes and must give exactly the one-process result."""

import json

import pytest
from click.testing import CliRunner

from timeline.cli import cli

pytestmark = pytest.mark.slow

ARTICLES = [
    {"id": f"a{i}", "date": "2016-12-23", "text": text}
    for i, text in enumerate(
        [
            "Russian President Vladimir Putin said Friday that peace talks will be held in Astana in January.",
            "The evacuation of Aleppo began on Thursday, the Red Cross said. About 34,000 people had left.",
            "Turkey's foreign minister said on Monday that more than 7,000 civilians had been evacuated.",
            "The company will report its fourth-quarter results next week, analysts said.",
            "Six years ago the war started. It has killed hundreds of thousands since 2011.",
        ]
        * 3
    )
]


def test_jobs_two_processes_give_identical_json(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(json.dumps(a) for a in ARTICLES) + "\n")
    runner = CliRunner()
    one = runner.invoke(cli, ["extract", str(path), "--no-store", "-f", "json", "--batch-size", "4"])
    two = runner.invoke(cli, ["extract", str(path), "--no-store", "-f", "json", "--batch-size", "4", "-j", "2"])
    assert one.exit_code == 0 and two.exit_code == 0, (one.stderr, two.stderr)
    assert json.loads(one.stdout)["events"], "the corpus has events"
    assert one.stdout == two.stdout


def test_jobs_two_processes_store_the_same_and_warn_the_same(tmp_path):
    rows = [dict(a) for a in ARTICLES[:6]]
    rows[2].pop("date")
    rows[2]["text"] = "The talks went on."  # no date anywhere: one warning, from either path
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    runner = CliRunner()
    runs = [
        runner.invoke(
            cli,
            [
                "extract",
                str(path),
                "--db",
                str(tmp_path / f"{jobs}.db"),
                "-f",
                "json",
                "--batch-size",
                "2",
                "-j",
                str(jobs),
            ],
        )
        for jobs in (1, 2)
    ]
    assert [r.exit_code for r in runs] == [0, 0], [r.stderr for r in runs]
    assert runs[0].stdout == runs[1].stdout
    assert "in.jsonl:3 (a2): no publication date found" in runs[1].stderr
    assert runs[0].stderr.count("no publication date") == runs[1].stderr.count("no publication date") == 1


def test_jobs_error_in_a_worker_names_the_model(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(json.dumps(a) for a in ARTICLES[:4]) + "\n")
    result = CliRunner().invoke(
        cli, ["extract", str(path), "--no-store", "-j", "2", "--batch-size", "1", "--model", "xx_no_such_model"]
    )
    assert result.exit_code == 1
    assert "xx_no_such_model" in result.stderr and "Traceback" not in result.stderr


def test_jobs_dates_in_two_processes_give_the_same_expressions_and_warnings(tmp_path):
    rows = [dict(a) for a in ARTICLES[:5]]
    rows[1].pop("date")
    rows[1]["text"] = "Talks went on for hours."
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    runner = CliRunner()
    one, two = (runner.invoke(cli, ["dates", str(path), "-f", "jsonl", "--batch-size", "2", "-j", j]) for j in "12")
    assert one.exit_code == two.exit_code == 0, (one.stderr, two.stderr)
    assert one.stdout == two.stdout and one.stdout.count("\n") >= 5
    assert one.stderr == two.stderr and "in.jsonl:2 (a1): no publication date found" in two.stderr
