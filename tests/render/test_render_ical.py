import dataclasses
import datetime as dt
import io

from icalendar import Calendar
from render_fixtures import BEFORE, DATED_IDS, TIMELINE

from timeline.render import render_timeline


def _ics(**kw) -> str:
    out = io.StringIO()
    render_timeline(TIMELINE, "ics", out, **kw)
    return out.getvalue()


def _events(text: str) -> dict[str, object]:
    cal = Calendar.from_ical(text)
    return {str(c["uid"]): c for c in cal.walk("VEVENT")}


def test_render_ical_parses_with_one_vevent_per_dated_event():
    events = _events(_ics(ics_coarse=True))
    assert set(events) == {f"{i}@timeline.invalid" for i in DATED_IDS}


def test_render_ical_leaves_year_precise_events_out_unless_asked():
    assert "ev-control@timeline.invalid" not in _events(_ics())  # "2012": no year-long banner
    assert set(_events(_ics())) == {f"{i}@timeline.invalid" for i in DATED_IDS} - {"ev-control@timeline.invalid"}


def test_render_ical_day_precision_is_an_all_day_event():
    ev = _events(_ics())["ev-ceasefire@timeline.invalid"]
    start, end = ev.decoded("dtstart"), ev.decoded("dtend")
    assert type(start) is dt.date and type(end) is dt.date
    assert (start, end) == (dt.date(2016, 12, 16), dt.date(2016, 12, 17))
    assert ev["dtstart"].params.get("VALUE") == "DATE"
    assert str(ev["summary"]) == "Putin plans a national ceasefire in Syria"
    assert str(ev["location"]) == "Aleppo"
    assert str(ev["url"]) == "https://example.org/aleppo"
    assert "more than 6,400 people" in str(ev["description"])


def test_render_ical_coarse_precision_spans_its_interval():
    events = _events(_ics(ics_coarse=True))
    month = events["ev-talks@timeline.invalid"]
    assert (month.decoded("dtstart"), month.decoded("dtend")) == (dt.date(2017, 1, 1), dt.date(2017, 2, 1))
    year = events["ev-control@timeline.invalid"]
    assert (year.decoded("dtstart"), year.decoded("dtend")) == (dt.date(2012, 1, 1), dt.date(2013, 1, 1))


def test_render_ical_leaves_undated_events_out():
    text = _ics()
    assert "withdraw from the city" not in text and "ev-undated" not in text


def test_render_ical_identical_across_renders():
    assert _ics() == _ics()


def test_render_ical_uid_follows_the_event_not_its_position():
    out = io.StringIO()
    render_timeline(dataclasses.replace(TIMELINE, events=TIMELINE.events[::-1]), "ics", out)
    reordered = {uid: str(ev["summary"]) for uid, ev in _events(out.getvalue()).items()}
    assert reordered == {uid: str(ev["summary"]) for uid, ev in _events(_ics()).items()}


def test_render_ical_dtstamp_is_the_newest_source_publication(monkeypatch):
    events = _events(_ics())
    # ev-ceasefire is reported by articles of 2016-12-16 and 2016-12-23.
    assert events["ev-ceasefire@timeline.invalid"].decoded("dtstamp") == dt.datetime(2016, 12, 23, tzinfo=dt.UTC)
    assert events["ev-evacuation@timeline.invalid"].decoded("dtstamp") == dt.datetime(2016, 12, 16, tzinfo=dt.UTC)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1482278400")
    stamps = {ev.decoded("dtstamp") for ev in _events(_ics()).values()}
    assert stamps == {dt.datetime(2016, 12, 21, tzinfo=dt.UTC)}


def test_render_ical_never_links_a_javascript_url():
    assert "javascript:" not in _ics()


def test_render_ical_leaves_out_an_event_before_a_point_how_long_before_unknown():
    """ "founded more than 10 years ago": before 1996, from when nobody says; no calendar span fits
    it (its open start is written as the year 1), even with the coarse dates asked for."""
    tl = dataclasses.replace(TIMELINE, events=(*TIMELINE.events, BEFORE))
    out = io.StringIO()
    render_timeline(tl, "ics", out, ics_coarse=True)
    assert "ev-before" not in out.getvalue()
    assert set(_events(out.getvalue())) == {f"{i}@timeline.invalid" for i in DATED_IDS}
