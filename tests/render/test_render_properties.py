"""Arbitrary article text through every exporter: nothing crashes and nothing escapes its format."""

import csv
import io
import json
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from icalendar import Calendar

from timeline.model import ActorRef, DocDate, Document, Event, EventDate, Mention, Predicate, Timeline
from timeline.render import formats_for, render_timeline
from timeline.schema import timeline_from_dict

text = st.text(max_size=40)
day = st.dates().map(lambda d: d.isoformat())


@st.composite
def timelines(draw):
    doc = Document(id=draw(st.text(min_size=1, max_size=10)), text="", title=draw(text), url=draw(text),
                   date=DocDate(draw(st.none() | day), "metadata", 1.0))  # fmt: skip
    events = []
    for i in range(draw(st.integers(0, 3))):
        dated = draw(st.booleans())
        first = draw(day) if dated else None
        date = EventDate(value=first, earliest=first, latest=first, precision="day" if dated else "none",
                         text=draw(text), resolution="absolute" if dated else "unresolved")  # fmt: skip
        mention = Mention(doc.id, 0, 0, 1, draw(text), draw(text))
        events.append(Event(id=f"e{i}", summary=draw(text), date=date, predicate=Predicate("x", draw(text)),
                            actors=(ActorRef(draw(st.text(min_size=1, max_size=20)), "PERSON", "agent"),),
                            places=(draw(text),), mentions=(mention,), sources=(doc.id,)))  # fmt: skip
    return Timeline(documents=(doc,), events=tuple(events))


def _render(tl, fmt):
    out = io.StringIO(newline="")
    render_timeline(tl, fmt, out, color=False, width=80, explain=True)
    return out.getvalue()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(timelines())
def test_render_properties_every_format_survives_arbitrary_text(tl):
    outputs = {fmt: _render(tl, fmt) for fmt in formats_for("timeline")}
    assert timeline_from_dict(json.loads(outputs["json"])).events == tl.events
    assert len(outputs["jsonl"].splitlines()) == len(tl.events)
    assert len(list(csv.reader(io.StringIO(outputs["csv"], newline="")))) == 1 + len(tl.events)
    cal = Calendar.from_ical(outputs["ics"])
    assert len(cal.walk("VEVENT")) == sum(e.date.dated for e in tl.events)
    json.loads(outputs["timelinejs"])
    assert not re.search(r"\x1b", outputs["table"])
    assert max((len(line) for line in outputs["table"].splitlines()), default=0) <= 80
    block = re.search(r'id="timeline-data">(.*?)</script>', outputs["html"], flags=re.S).group(1)
    assert not set("<>&") & set(block)
