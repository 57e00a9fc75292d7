"""--aliases FILE: YAML or JSON mapping canonical name -> aliases."""

from __future__ import annotations

import pytest

from timeline.errors import UsageError
from timeline.ingest import load_aliases


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        (
            "a.yaml",
            "Vladimir Putin:\n  - Putin\n  - Vova\nAssad: Bashar al-Assad\n",
            {"Vladimir Putin": ["Putin", "Vova"], "Assad": ["Bashar al-Assad"]},
        ),
        (
            "a.json",
            '{"United Nations": ["UN", "U.N."], "NATO": null}',
            {"United Nations": ["UN", "U.N."], "NATO": []},
        ),
        ("a.yml", "", {}),
    ],
)
def test_ingest_aliases_load_yaml_and_json(tmp_path, name, content, expected):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    assert load_aliases(str(path)) == expected


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("bad.json", '{"a": [1,', "invalid JSON"),
        ("bad.yaml", "a: [b\n c: d", "invalid YAML"),
        ("list.yaml", "- a\n- b\n", "must map canonical names"),
        ("nested.json", '{"a": [["b"]]}', "must be a list of names"),
    ],
)
def test_ingest_aliases_bad_file_is_usage_error_naming_it(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(UsageError) as info:
        load_aliases(str(path))
    assert message in str(info.value) and str(path) in str(info.value)


def test_ingest_aliases_missing_file_is_usage_error(tmp_path):
    with pytest.raises(UsageError, match="cannot read aliases file"):
        load_aliases(str(tmp_path / "nope.yaml"))
