import csv
import io

import pytest
from render_fixtures import ACTORS, TIMELINE, TIMEXES

from timeline.model import Event, EventDate, Predicate, Timeline
from timeline.render import render_actors, render_timeline, render_timexes
from timeline.render.csvfmt import EVENT_COLUMNS


def _rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


def _render(data=TIMELINE, fn=render_timeline, **kw) -> str:
    out = io.StringIO(newline="")
    fn(data, "csv", out, **kw)
    return out.getvalue()


def test_render_csvfmt_has_the_spreadsheet_columns():
    header = next(csv.reader(io.StringIO(_render())))
    assert header == [
        "event_id",
        "date_start",
        "date_end",
        "edtf",
        "precision",
        "date_text",
        "actors",
        "actor1",
        "actor2",
        "summary",
        "places",
        "sources",
        "source_urls",
        "sentence",
        "confidence",
        "date_resolution",
        "factuality",
    ]
    assert tuple(header) == EVENT_COLUMNS


def test_render_csvfmt_one_row_per_event_with_lists_joined():
    rows = {r["event_id"]: r for r in _rows(_render())}
    assert len(rows) == len(TIMELINE.events)
    c = rows["ev-ceasefire"]
    assert (c["date_start"], c["date_end"], c["precision"], c["date_text"]) == (
        "2016-12-16",
        "2016-12-16",
        "day",
        "Friday",
    )
    assert c["actors"] == "Vladimir Putin; Syria"
    assert (c["actor1"], c["actor2"]) == ("Vladimir Putin", "Syria")
    assert c["sources"] == "guardian-aleppo; voa-astana"
    assert c["source_urls"] == "https://example.org/aleppo; javascript:alert(3)"
    assert c["sentence"].startswith("Vladimir Putin has said he planned")
    assert c["confidence"] == "0.90"
    t = rows["ev-talks"]
    assert (t["date_start"], t["date_end"], t["precision"], t["places"]) == (
        "2017-01-01",
        "2017-01-31",
        "month",
        "Astana; Kazakhstan",
    )
    u = rows["ev-undated"]
    assert (u["date_start"], u["date_end"], u["precision"]) == ("", "", "none")


def test_render_csvfmt_multiline_sentence_stays_on_one_physical_line():
    text = _render()
    assert len(text.splitlines()) == 1 + len(TIMELINE.events)
    hostile = next(r for r in _rows(text) if r["event_id"] == "ev-hostile")
    assert "<script>" in hostile["sentence"] and "\n" not in hostile["sentence"]


@pytest.mark.parametrize("bom", [True, False])
def test_render_csvfmt_bom_option(bom):
    text = _render(bom=bom)
    assert text.startswith("\ufeff") is bom
    raw = text.encode("utf-8")
    # What a spreadsheet sees: the BOM tells it the bytes are UTF-8.
    rows = _rows(raw.decode("utf-8-sig"))
    assert rows[0]["event_id"] == TIMELINE.events[0].id


@pytest.mark.parametrize("payload", ['=HYPERLINK("http://x","y")', "+1+2", "-2+3", "@SUM(A1)"])
def test_render_csvfmt_article_text_never_becomes_a_formula(payload):
    e = Event("f", payload, EventDate(text=payload), Predicate("x", "x"), places=(payload,))
    row = _rows(_render(Timeline(events=(e,))))[0]
    for col in ("summary", "date_text", "places"):
        assert row[col] == "'" + payload


def test_render_csvfmt_timexes_and_actors():
    trows = _rows(_render(TIMEXES, render_timexes))
    assert [r["text"] for r in trows] == ["Friday", "January", "the past 24 hours", "'=2+3"]
    assert list(trows[0]) == [
        "doc",
        "start",
        "end",
        "text",
        "type",
        "value",
        "edtf",
        "earliest",
        "latest",
        "precision",
        "resolution",
    ]
    assert trows[1]["earliest"] == "2017-01-01" and trows[1]["precision"] == "month"
    arows = _rows(_render(ACTORS, render_actors))
    assert arows[0] == {
        "name": "Vladimir Putin",
        "type": "PERSON",
        "aliases": "Putin; Vladimir Vladimirovich Putin",
        "events": "1",
    }
