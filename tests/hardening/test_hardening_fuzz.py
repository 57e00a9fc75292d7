"""Property tests: arbitrary bytes, text, front matter and JSON records never crash the reader or the pipeline."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline.cli import cli
from timeline.errors import InputError
from timeline.ingest import read_documents
from timeline.schema import json_schema

EXTENSIONS = [".txt", ".md", ".html", ".json", ".jsonl", ".ndjson", ".htm"]
FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
WITH_MODEL = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def _read(name: str, data: bytes, *, skip_bad: bool):
    warnings: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / name
        path.write_bytes(data)
        try:
            return read_documents([str(path)], warn=warnings.append, skip_bad=skip_bad), warnings, None, str(path)
        except InputError as exc:
            return None, warnings, exc, str(path)


def _check_outcome(documents, warnings, error, path, *, skip_bad: bool):
    for message in warnings:
        assert "\n" not in message and message.startswith(path), message
    if error is not None:
        assert not skip_bad, f"--skip-bad raised {error}"
        assert "\n" not in str(error) and str(error).startswith(path), str(error)
        return
    for document in documents:
        assert document.text.strip() and document.id and document.path == path
        # Everything read can be written to the store and to UTF-8 output.
        for value in (document.text, document.id, document.title, document.url, document.source):
            if value is not None:
                value.encode("utf-8")


@FAST
@given(ext=st.sampled_from(EXTENSIONS), data=st.binary(max_size=3000), skip_bad=st.booleans())
def test_fuzz_random_bytes_in_any_input_format(ext, data, skip_bad):
    outcome = _read(f"input{ext}", data, skip_bad=skip_bad)
    _check_outcome(*outcome, skip_bad=skip_bad)


@FAST
@given(ext=st.sampled_from(EXTENSIONS), text=st.text(max_size=2000), skip_bad=st.booleans())
def test_fuzz_arbitrary_unicode_in_any_input_format(ext, text, skip_bad):
    data = text.encode("utf-8", "surrogatepass")
    outcome = _read(f"input{ext}", data, skip_bad=skip_bad)
    _check_outcome(*outcome, skip_bad=skip_bad)


YAML_BITS = [
    "date: ",
    "id: ",
    "title: ",
    "text: ",
    "url: ",
    "2016-02-30",
    "2016-13-01",
    "2016-12-23",
    "12:30:00",
    "[",
    "]",
    "{",
    "}",
    ": ",
    "- ",
    "!!binary ",
    "!!python/object:os.system ",
    "&a ",
    "*a",
    "\n",
    "  ",
    "'",
    '"',
    "? ",
    "|",
    ">",
    "%YAML 1.1",
    "@",
    "`",
    "1e999",
    "null",
    "~",
    "yes",
    "---",
    "...",
    "\t",
    "\x00",
    "\u2028",
    "é",
]


@FAST
@given(
    bits=st.lists(st.sampled_from(YAML_BITS) | st.text(max_size=8), max_size=30),
    body=st.text(max_size=200),
    skip_bad=st.booleans(),
)
def test_fuzz_malformed_front_matter(bits, body, skip_bad):
    data = ("---\n" + "".join(bits) + "\n---\n" + body).encode("utf-8", "surrogatepass")
    outcome = _read("article.md", data, skip_bad=skip_bad)
    _check_outcome(*outcome, skip_bad=skip_bad)
    documents, _, error, path = outcome
    if error is not None:
        assert str(error).startswith(f"{path}:"), "a front matter error names its line"


JSON_SCALARS = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20)
JSON_VALUES = st.recursive(
    JSON_SCALARS,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=6,
)
FIELDS = ["text", "id", "title", "url", "source", "date"]


def _valid(obj) -> bool:
    """The input contract (README, "Fields of a JSON object"), restated for records with canonical keys."""
    if not isinstance(obj, dict):
        return False
    text, ident = obj.get("text"), obj.get("id")
    if not isinstance(text, str):
        return False
    if ident is not None and (isinstance(ident, bool) or not isinstance(ident, str | int) or not str(ident).strip()):
        return False
    if any(obj.get(k) is not None and not isinstance(obj[k], str) for k in ("title", "url", "source", "date")):
        return False
    return True


# Lone surrogates included: JSON can escape half a pair ("\ud800").
SURROGATES = st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF)
ANY_CHARS = st.text(SURROGATES | st.characters(), min_size=1, max_size=30)
RECORDS = st.dictionaries(st.sampled_from(FIELDS), ANY_CHARS | JSON_VALUES, max_size=6)
RECORDS = RECORDS | JSON_VALUES


@FAST
@given(
    lines=st.lists(RECORDS, min_size=1, max_size=8), broken=st.lists(st.booleans(), max_size=8), skip_bad=st.booleans()
)
def test_fuzz_jsonl_records_of_any_shape(lines, broken, skip_bad):
    rendered = []
    for i, obj in enumerate(lines):
        text = json.dumps(obj)
        rendered.append(text[:-1] if i < len(broken) and broken[i] and len(text) > 1 else text)
    bad = []
    for number, text in enumerate(rendered, 1):
        try:
            if not _valid(json.loads(text)):
                bad.append(number)
        except json.JSONDecodeError:
            bad.append(number)
    documents, warnings, error, path = _read("in.jsonl", "\n".join(rendered).encode(), skip_bad=skip_bad)
    _check_outcome(documents, warnings, error, path, skip_bad=skip_bad)
    if bad and not skip_bad:
        assert error is not None and str(error).startswith(f"{path}:{bad[0]}: ")
        return
    assert error is None
    for number in bad:
        assert any(w.startswith(f"{path}:{number}: ") and w.endswith("skipped") for w in warnings), (number, warnings)
    good_lines = {d.line for d in documents}
    assert good_lines.isdisjoint(bad)
    assert len(documents) + len(bad) <= len(rendered)


# -- the whole path, with the model ------------------------------------------------------------

# Letters, digits, punctuation, spaces, line breaks, control and format characters, surrogates excluded.
ANY_TEXT = st.text(st.characters(exclude_categories=["Cs"]), max_size=400)
DATE_TOKENS = [
    "Monday",
    "2016",
    "Dec. 23",
    "last week",
    "1999-01-01",
    "Q3",
    "tomorrow",
    "noon",
    "3pm",
    "the 1990s",
    "12/31/2016",
    "next year",
    "two years ago",
    "in January",
    "on Friday",
    "said",
    "Putin",
    ".",
    "\n\n",
    "early 2017",
    "the weekend",
    "since 2014",
    "2016-W50",
    "mid-December",
    "winter",
    "31 Feb 2016",
]


def _extract_json(runner, args, text):
    result = runner.invoke(cli, ["extract", "-", "--no-store", "-f", "json", *args], input=text.encode("utf-8"))
    assert result.exit_code in (0, 1), result.stderr
    assert "Traceback" not in result.stderr and "unexpected" not in result.stderr, result.stderr
    if result.exit_code == 1:
        errors = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
        assert len(errors) == 1 and errors[0].startswith("error: <stdin>"), result.stderr
        return None
    return json.loads(result.stdout)


@pytest.mark.slow
@WITH_MODEL
@given(text=ANY_TEXT, ref=st.sampled_from([[], ["--ref-date", "2016-12-23"]]))
def test_fuzz_any_text_through_extract_gives_schema_valid_json(nlp, text, ref):
    import jsonschema

    out = _extract_json(CliRunner(), ref, text)
    if out is not None:
        jsonschema.validate(out, json_schema())


@pytest.mark.slow
@settings(WITH_MODEL, max_examples=10)
@given(tokens=st.lists(st.sampled_from(DATE_TOKENS), min_size=500, max_size=3000))
def test_fuzz_thousands_of_date_like_tokens(nlp, tokens):
    import jsonschema

    text = " ".join(tokens)
    out = _extract_json(CliRunner(), ["--ref-date", "2016-12-23"], text)
    if out is None:
        return
    jsonschema.validate(out, json_schema())
    for event in out["events"]:
        date = event["date"]
        if date["earliest"] and date["latest"]:
            assert date["earliest"] <= date["latest"], date


@pytest.mark.slow
@WITH_MODEL
@given(tokens=st.lists(st.sampled_from(DATE_TOKENS), min_size=1, max_size=300))
def test_fuzz_dates_offsets_point_into_the_text(nlp, tokens):
    text = " ".join(tokens).strip() or "x"
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "a.txt"
        path.write_text(text, encoding="utf-8")
        result = CliRunner().invoke(cli, ["dates", str(path), "-f", "jsonl", "--ref-date", "2016-12-23"])
    assert result.exit_code == 0, result.stderr
    for line in result.stdout.splitlines():
        timex = json.loads(line)
        assert text[timex["start"] : timex["end"]] == timex["text"], timex
        if timex["earliest"] and timex["latest"]:
            assert timex["earliest"] <= timex["latest"], timex


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        pytest.param("word " * 12_000, id="one 60 KB line without a sentence"),
        pytest.param("!!! ??? ... ,,, ;;; --- \n\n\n ))) ((( " * 50, id="punctuation only"),
        pytest.param("\u202eObama\u200b met\x0b Putin\x0c on Monday\u2028 in Paris.\ufeff", id="format controls"),
        pytest.param("\n".join(["Dec. 23, 2016"] * 2000), id="2000 date lines"),
    ],
)
def test_fuzz_pathological_texts_are_processed(nlp, text):
    out = _extract_json(CliRunner(), ["--ref-date", "2016-12-23"], text)
    assert out is not None and len(out["documents"]) == 1


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("K00100\u00f61[ \u00b2", id="a superscript two after a bracket (hypothesis found it)"),
        pytest.param("Smith, \u00b2\u2075, won the race on Monday.", id="superscript digits as an age"),
    ],
)
def test_fuzz_digits_that_are_not_decimal_are_not_read_as_numbers(nlp, text):
    out = _extract_json(CliRunner(), ["--ref-date", "2016-12-23"], text)
    assert out is not None and len(out["documents"]) == 1


OPTION_TEXT = st.text(st.characters(exclude_categories=["Cs"]), max_size=30)


@FAST
@given(value=OPTION_TEXT)
def test_fuzz_any_ref_date_is_accepted_or_a_usage_error(tmp_path, value):
    missing = str(tmp_path / "missing.txt")
    result = CliRunner().invoke(cli, ["dates", missing, "--ref-date", value])
    # 2: the date is refused; 1: it was accepted and the run went on to the missing file.
    assert result.exit_code in (1, 2), result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
    assert len(errors) == 1 and "unexpected" not in errors[0], result.stderr
    if result.exit_code == 1:
        assert errors[0] == f"error: {missing}: no such file or directory" or not value.strip()


@FAST
@given(since=OPTION_TEXT, until=OPTION_TEXT)
def test_fuzz_any_since_until_is_accepted_or_a_usage_error(since, until):
    result = CliRunner().invoke(
        cli,
        ["show", "-", "--since", since, "--until", until, "-f", "json"],
        input='{"schema": "timeline/1", "documents": [], "events": [], "actors": []}',
    )
    assert result.exit_code in (0, 2), result.stderr
    if result.exit_code == 2:
        lines = [line for line in result.stderr.splitlines() if line.strip()]
        assert len(lines) == 1 and lines[0].startswith("error: --") and "unexpected" not in lines[0], lines
    else:
        assert json.loads(result.stdout)["events"] == []
