import dataclasses
import io
import json

from render_fixtures import BEFORE, DATED_IDS, TIMELINE

from timeline.render import render_timeline


def _tljs() -> dict:
    out = io.StringIO()
    render_timeline(TIMELINE, "timelinejs", out)
    return json.loads(out.getvalue())


def test_render_timelinejs_has_title_and_dated_events_in_order():
    doc = _tljs()
    assert doc["title"]["text"]["headline"] == "Timeline"
    assert "2 undated events are not shown" in doc["title"]["text"]["text"]
    assert [e["unique_id"] for e in doc["events"]] == list(DATED_IDS)


def test_render_timelinejs_start_date_carries_only_known_parts():
    by_id = {e["unique_id"]: e for e in _tljs()["events"]}
    assert by_id["ev-ceasefire"]["start_date"] == {"year": 2016, "month": 12, "day": 16}
    assert "display_date" not in by_id["ev-ceasefire"]
    assert by_id["ev-talks"]["start_date"] == {
        "year": 2017,
        "month": 1,
        "display_date": "January 2017 (month)",
    }
    assert by_id["ev-talks"]["display_date"] == "January 2017 (month)"
    assert by_id["ev-control"]["start_date"] == {"year": 2012, "display_date": "2012 (year)"}
    assert "end_date" not in by_id["ev-talks"]


def test_render_timelinejs_groups_by_main_actor():
    by_id = {e["unique_id"]: e for e in _tljs()["events"]}
    assert by_id["ev-ceasefire"]["group"] == "Vladimir Putin"
    assert by_id["ev-evacuation"]["group"] == "Turkey"
    assert by_id["ev-talks"]["group"] == "Turkey"  # the agent, though listed last


def test_render_timelinejs_escapes_article_html():
    doc = _tljs()
    text = json.dumps(doc, ensure_ascii=False)
    assert "<script>" not in text and "javascript:" not in text
    ceasefire = next(e for e in doc["events"] if e["unique_id"] == "ev-ceasefire")
    body = ceasefire["text"]["text"]
    assert '<a href="https://example.org/aleppo">' in body
    assert "&lt;script&gt;" in body
    assert "<blockquote>Vladimir Putin has said he planned" in body


def test_render_timelinejs_places_an_event_before_a_point_at_that_point():
    """ "founded more than 10 years ago" (2006): the slide stands at 1996, labelled "before 1996",
    not at the year 1 its open start is written as."""
    tl = dataclasses.replace(TIMELINE, events=(*TIMELINE.events, BEFORE))
    out = io.StringIO()
    render_timeline(tl, "timelinejs", out)
    slide = {e["unique_id"]: e for e in json.loads(out.getvalue())["events"]}["ev-before"]
    assert slide["start_date"]["year"] == 1996
    assert slide["display_date"] == "before 1996 (year)"
