import dataclasses
import io
import json

import jsonschema
import pytest
from render_fixtures import ACTORS, TIMELINE, TIMEXES

from timeline.codec import split_lines
from timeline.render import render_actors, render_timeline, render_timexes
from timeline.schema import (
    actor_to_dict,
    event_to_dict,
    json_schema,
    timeline_from_dict,
    timeline_to_dict,
    timex_from_dict,
    timex_to_dict,
)


def _validator(ref: str | None = None):
    schema = json_schema()
    if ref:
        schema = {**schema, "$ref": f"#/$defs/{ref}"}
        del schema["required"], schema["properties"], schema["type"]
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


def _render(fmt: str, fn=render_timeline, data=TIMELINE) -> str:
    out = io.StringIO()
    fn(data, fmt, out)
    return out.getvalue()


def test_render_jsonfmt_schema_is_a_valid_json_schema():
    jsonschema.Draft202012Validator.check_schema(json_schema())


def test_render_jsonfmt_json_output_matches_the_schema():
    doc = json.loads(_render("json"))
    _validator().validate(doc)
    assert doc["schema"] == "timeline/1"


def test_render_jsonfmt_json_round_trips_through_the_wire_format():
    back = timeline_from_dict(json.loads(_render("json")))
    # Document text is not part of the output (it is in the store), so it comes back empty.
    assert back == dataclasses.replace(
        TIMELINE, documents=tuple(dataclasses.replace(d, text="") for d in TIMELINE.documents)
    )


def test_render_jsonfmt_json_keeps_unicode_and_hostile_text_verbatim():
    text = _render("json")
    assert "Erdoğan" in text and "日本" in text
    assert timeline_from_dict(json.loads(text)).events[1].summary == TIMELINE.events[1].summary


def test_render_jsonfmt_jsonl_writes_one_valid_event_a_line():
    lines = _render("jsonl").splitlines()
    assert len(lines) == len(TIMELINE.events)
    validator = _validator("event")
    for line, event in zip(lines, TIMELINE.events, strict=True):
        obj = json.loads(line)
        validator.validate(obj)
        assert obj["id"] == event.id


@pytest.mark.parametrize(
    ("obj", "ref"),
    [
        (event_to_dict(TIMELINE.events[0]), "event"),
        (actor_to_dict(ACTORS[0]), "actor"),
        (timex_to_dict(TIMEXES[0]), "timex"),
        (timeline_to_dict(TIMELINE)["documents"][0], "document"),
    ],
)
def test_render_jsonfmt_schema_describes_every_field_the_wire_format_writes(obj, ref):
    # Catches schema.py gaining a field that schema.json does not document (a timex's "mod" is
    # written only when it has one).
    props = json_schema()["$defs"][ref]["properties"]
    assert set(obj) <= set(props)
    assert set(props) - set(obj) <= _WRITTEN_WHEN_SET.get(ref, set())


_WRITTEN_WHEN_SET = {"timex": {"mod"}}


def test_render_jsonfmt_a_timex_mod_is_written_and_described():
    obj = timex_to_dict(dataclasses.replace(TIMEXES[0], mod="BEFORE"))
    assert obj["mod"] == "BEFORE"
    _validator("timex").validate(obj)
    assert timex_from_dict(obj).mod == "BEFORE"


@pytest.mark.parametrize(
    "broken",
    [
        {"schema": "timeline/2"},
        {"events": [{"id": "x"}]},
        {
            "events": [
                {
                    **event_to_dict(TIMELINE.events[0]),
                    "date": {**event_to_dict(TIMELINE.events[0])["date"], "precision": "fortnight"},
                }
            ]
        },
    ],
)
def test_render_jsonfmt_schema_rejects_broken_output(broken):
    doc = {**timeline_to_dict(TIMELINE), **broken}
    with pytest.raises(jsonschema.ValidationError):
        _validator().validate(doc)


def test_render_jsonfmt_timexes_as_array_and_lines():
    arr = json.loads(_render("json", render_timexes, TIMEXES))
    lines = [json.loads(x) for x in _render("jsonl", render_timexes, TIMEXES).splitlines()]
    assert arr == lines == [timex_to_dict(t) for t in TIMEXES]
    fields = {"doc", "start", "end", "text", "type", "value", "edtf", "earliest", "latest", "precision"}
    assert fields <= set(arr[0])
    validator = _validator("timex")
    for obj in arr:
        validator.validate(obj)


def test_render_jsonfmt_actors_as_array_and_lines():
    arr = json.loads(_render("json", render_actors, ACTORS))
    assert arr == [actor_to_dict(a) for a in ACTORS]
    assert len(_render("jsonl", render_actors, ACTORS).splitlines()) == len(ACTORS)
    assert arr[0]["aliases"] == ["Putin", "Vladimir Vladimirovich Putin"]


@pytest.mark.parametrize("brk", ["\x85", "\u2028", "\u2029", "\n", "\r", "\x1e"])
def test_render_jsonfmt_jsonl_record_never_spans_two_lines(brk):
    e = dataclasses.replace(TIMELINE.events[0], summary=f"before{brk}after", places=(brk,))
    text = _render("jsonl", data=dataclasses.replace(TIMELINE, events=(e,)))
    assert len(text.splitlines()) == 1
    assert json.loads(text)["summary"] == f"before{brk}after"


@pytest.mark.parametrize("drop", [(), ("events",), ("documents", "events", "actors")])
def test_render_jsonfmt_json_one_record_a_line_layout(drop):
    timeline = dataclasses.replace(TIMELINE, **{name: () for name in drop})
    text = _render("json", data=timeline)
    assert json.loads(text) == timeline_to_dict(timeline)
    lines = text.splitlines()
    assert lines[0] == "{" and lines[1] == '  "schema": "timeline/1",' and lines[-1] == "}"
    for name in ("documents", "events", "actors"):
        if name in drop:
            assert f'  "{name}": []' in [line.rstrip(",") for line in lines]
        else:
            start = lines.index(f'  "{name}": [')
            records = lines[start + 1 : start + 1 + len(getattr(timeline, name))]
            assert all(line.startswith("    {") for line in records)  # one record a line


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_render_jsonfmt_printing_from_the_cache_encoding_gives_the_same_text(fmt):
    from timeline.codec import encode_timeline

    encoded = b"".join(encode_timeline(TIMELINE))
    out = io.StringIO()
    render_timeline(TIMELINE, fmt, out, encoded=encoded)  # records copied from the encoding
    assert out.getvalue() == _render(fmt)


def _empty_timeline():
    return dataclasses.replace(TIMELINE, documents=(), events=(), actors=())


@pytest.mark.parametrize("tl", [TIMELINE, _empty_timeline()], ids=["full", "empty"])
def test_render_jsonfmt_reads_back_what_it_writes_record_by_record(tl):
    from timeline.render import jsonfmt

    text = jsonfmt.timeline_text(tl)
    back = jsonfmt.read_timeline(split_lines([text[k : k + 5] for k in range(0, len(text), 5)]))
    assert back == timeline_from_dict(json.loads(text))


@pytest.mark.parametrize(
    "change",
    [
        lambda t: t[: len(t) // 2],  # cut short
        lambda t: t[:-3],  # no closing brace
        lambda t: json.dumps(json.loads(t), indent=2),  # another layout
        lambda t: t.replace('"timeline/1"', '"timeline/9"'),
        lambda t: t.replace('"events": [', '"happenings": [', 1),
        lambda t: t.replace('"id": "', '"ident": "', 1),  # a record that does not convert
    ],
)
def test_render_jsonfmt_read_timeline_declines_other_text(change):
    from timeline.render import jsonfmt

    text = change(jsonfmt.timeline_text(TIMELINE))
    assert jsonfmt.read_timeline(split_lines([text])) is None
