import io

import pytest
from render_fixtures import ACTORS, TIMELINE, TIMEXES

from timeline.errors import UsageError
from timeline.render import FORMATS, formats_for, render_actors, render_timeline, render_timexes


def test_render_registry_lists_every_format_for_timelines():
    assert formats_for("timeline") == ["table", "json", "jsonl", "csv", "md", "ics", "timelinejs", "html"]
    assert set(FORMATS) == set(formats_for("timeline"))


@pytest.mark.parametrize("kind", ["timexes", "actors", "documents"])
def test_render_registry_lists_data_formats_for_timexes_and_actors(kind):
    assert formats_for(kind) == ["table", "json", "jsonl", "csv"]


def test_render_registry_rejects_unknown_kind():
    with pytest.raises(UsageError):
        formats_for("places")


@pytest.mark.parametrize("fmt", ["xml", "", "JSON"])
def test_render_registry_unknown_format_is_a_usage_error(fmt):
    with pytest.raises(UsageError, match="unknown format"):
        render_timeline(TIMELINE, fmt, io.StringIO())


@pytest.mark.parametrize("fmt", ["md", "ics", "timelinejs", "html"])
def test_render_registry_timeline_only_formats_refuse_timexes_and_actors(fmt):
    with pytest.raises(UsageError, match="table, json, jsonl, csv"):
        render_timexes(TIMEXES, fmt, io.StringIO())
    with pytest.raises(UsageError):
        render_actors(ACTORS, fmt, io.StringIO())


@pytest.mark.parametrize("fmt", formats_for("timeline"))
def test_render_registry_every_format_writes_every_dated_event(fmt):
    out = io.StringIO()
    render_timeline(TIMELINE, fmt, out, color=False, width=80)
    text = out.getvalue()
    for needle in ("Putin plans a national ceasefire in Syria", "Peace talks on Syria expected in Astana"):
        assert needle in text


@pytest.mark.parametrize("fmt", formats_for("timeline"))
def test_render_registry_every_format_handles_an_empty_timeline(fmt):
    from timeline.model import Timeline

    out = io.StringIO()
    render_timeline(Timeline(), fmt, out, color=False)
    # JSONL has one line per event, so nothing at all; every other format still writes a valid document.
    assert bool(out.getvalue().strip()) is (fmt != "jsonl")
