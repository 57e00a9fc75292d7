"""The library names arguments in its errors and warnings (``ref_date``); the CLI says the option."""

import pytest
from click.testing import CliRunner

from timeline.cli import cli
from timeline.errors import InputError, Notice, UsageError


@pytest.fixture
def runner():
    return CliRunner()


def test_cli_errors_library_error_names_the_argument_not_the_option():
    from timeline.pipeline import parse_ref_date

    with pytest.raises(UsageError) as info:
        parse_ref_date("2016")
    assert str(info.value) == "ref_date needs a day (e.g. 2016-12-23), not '2016'"
    assert "--" not in str(info.value)


def test_cli_errors_cli_words_the_argument_as_its_option(runner, tmp_path):
    text = tmp_path / "a.txt"
    text.write_text("Putin spoke on Friday.", encoding="utf-8")
    result = runner.invoke(cli, ["extract", str(text), "--ref-date", "2016", "--no-store"])
    assert result.exit_code == 2
    assert result.stderr.strip() == "error: --ref-date needs a day (e.g. 2016-12-23), not '2016'"


def test_cli_errors_skipped_problem_warning_names_the_option(runner, tmp_path):
    big = tmp_path / "big.txt"
    big.write_text("x" * 3000, encoding="utf-8")
    result = runner.invoke(cli, ["extract", str(big), "--max-size", "0.001", "--skip-bad", "--no-store"])
    assert f"warning: {big}: larger than 0.000999451 MB; raise --max-size; skipped" in result.stderr


def test_cli_errors_worded_messages_survive_a_worker_process():
    # errors and warnings come back from --jobs workers pickled: still worded by the CLI
    import pickle

    error = pickle.loads(pickle.dumps(InputError.about("larger than {size}; raise {max_bytes}", path="a", size="1 MB")))
    notice = pickle.loads(pickle.dumps(Notice.about("{where}: give {ref_date}", where="b{1}")))
    assert str(error) == "a: larger than 1 MB; raise max_bytes"
    assert error.describe(str.upper) == "a: larger than 1 MB; raise MAX_BYTES"
    assert notice == "b{1}: give ref_date" and notice.describe(str.upper) == "b{1}: give REF_DATE"
