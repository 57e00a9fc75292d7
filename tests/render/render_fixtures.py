"""Hand-built timelines for the render tests: every precision, undated events, hostile text."""

from __future__ import annotations

import dataclasses

from timeline.model import (
    Actor,
    ActorRef,
    Claim,
    DocDate,
    Document,
    Event,
    EventDate,
    Mention,
    Predicate,
    TimeExpr,
    Timeline,
)

HOSTILE_SCRIPT = "<script>window.__pwned = 1; alert(1)</script>"
HOSTILE_ATTR = '"><img src=x onerror="window.__pwned = 2; alert(2)">'
HOSTILE_ANSI = "\x1b[2J\x1b[31mred\x1b[0m"  # would clear and recolor the reader's terminal
HOSTILE_TITLE = f"Rebels say “no deal” {HOSTILE_SCRIPT} & more — Erdoğan"

DOC_A = Document(
    id="guardian-aleppo",
    text="",
    path="seeds/a.txt",
    title="Putin plans Syria ceasefire as Aleppo evacuations gather pace",
    url="https://example.org/aleppo",
    source="The Guardian",
    date=DocDate("2016-12-16", "metadata", 0.95),
)
DOC_B = Document(
    id="voa-astana",
    text="",
    path="seeds/b.txt",
    title=HOSTILE_TITLE,
    url="javascript:alert(3)",
    source="VOA",
    date=DocDate("2016-12-23", "dateline", 0.8),
)

PUTIN = ActorRef("Vladimir Putin", "PERSON", "agent")
SYRIA = ActorRef("Syria", "GPE", "patient")
TURKEY = ActorRef("Turkey", "GPE", "agent")
RUSSIA = ActorRef("Russia", "GPE", "other")

CEASEFIRE = Event(
    id="ev-ceasefire",
    summary="Putin plans a national ceasefire in Syria",
    date=EventDate("2016-12-16", "2016-12-16", "2016-12-16", "2016-12-16", "day", "Friday", "relative", 0),
    predicate=Predicate("plan", "planned"),
    actors=(PUTIN, SYRIA),
    places=("Aleppo",),
    mentions=(
        Mention(
            "guardian-aleppo",
            1,
            120,
            127,
            "planned",
            "Vladimir Putin has said he planned a “national ceasefire” in Syria.",
        ),
        Mention(
            "voa-astana",
            3,
            40,
            44,
            "said",
            "Putin said the next step for Syria should be a nationwide cease-fire.",
        ),
    ),
    sources=("guardian-aleppo", "voa-astana"),
    claims=(Claim("more than 6,400 people", 6400.0, "more than", "Russia's defence ministry", "guardian-aleppo"),),
    confidence=0.9,
    explain=(
        "same predicate lemma 'plan'/'say' with shared actor Vladimir Putin",
        "dates overlap on 2016-12-16",
    ),
)
EVACUATION = Event(
    id="ev-evacuation",
    summary="Evacuations from Aleppo begin under a ceasefire deal",
    date=EventDate("2016-12-15", "2016-12-15", "2016-12-15", "2016-12-15", "day", "Thursday", "relative", 0),
    predicate=Predicate("begin", "began"),
    actors=(TURKEY, RUSSIA),
    places=("Aleppo",),
    mentions=(Mention("guardian-aleppo", 7, 300, 305, "began", "The evacuations began on Thursday under a deal."),),
    sources=("guardian-aleppo",),
    confidence=0.8,
)
TALKS = Event(
    id="ev-talks",
    summary="Peace talks on Syria expected in Astana",
    date=EventDate("2017-01", "2017-01", "2017-01-01", "2017-01-31", "month", "January", "relative", 0),
    predicate=Predicate("hold", "held"),
    actors=(RUSSIA, ActorRef("Iran", "GPE", "other"), TURKEY),
    places=("Astana", "Kazakhstan"),
    mentions=(
        Mention("voa-astana", 4, 500, 504, "held", "The peace talks in Astana are expected to be held in January."),
    ),
    sources=("voa-astana",),
    confidence=0.7,
)
CONTROL = Event(
    id="ev-control",
    summary="Assad's government last controlled all of Aleppo",
    date=EventDate("2012", "2012", "2012-01-01", "2012-12-31", "year", "2012", "absolute", 0),
    predicate=Predicate("control", "control"),
    actors=(ActorRef("Bashar al-Assad", "PERSON", "agent"),),
    places=("Aleppo",),
    mentions=(
        Mention(
            "voa-astana",
            8,
            900,
            907,
            "control",
            "Assad’s government has full control of Aleppo for the first time since 2012.",
        ),
    ),
    sources=("voa-astana",),
    confidence=0.6,
)
# "fled more than 10 years ago" (2006): before 1996, from when nobody says (EDTF "../1996"); not in
# TIMELINE (an extra event the calendar and TimelineJS tests add)
BEFORE = dataclasses.replace(
    CONTROL,
    id="ev-before",
    date=EventDate("1996", "../1996", "0001-01-01", "1996-12-31", "none", "more than 10 years ago", "relative", 0),
)
HOSTILE = Event(
    id="ev-hostile",
    summary=f"{HOSTILE_SCRIPT} Malahifji told Reuters {HOSTILE_ATTR} 日本 [bold]not markup[/bold] {HOSTILE_ANSI}",
    date=EventDate(resolution="unresolved"),
    predicate=Predicate("tell", "told"),
    actors=(ActorRef(HOSTILE_ATTR, "PERSON", "agent"), ActorRef("Zakaria Malahifji", "PERSON", "source")),
    places=("[red]Idlib[/red]",),
    mentions=(
        Mention(
            "voa-astana",
            9,
            1000,
            1004,
            "told",
            f"Malahifji told Reuters\nthat {HOSTILE_SCRIPT} buses {HOSTILE_ATTR} were too few.",
        ),
    ),
    sources=("voa-astana",),
    confidence=0.4,
)
UNDATED = Event(
    id="ev-undated",
    summary="Rebels agree to withdraw from the city",
    date=EventDate(resolution="unresolved"),
    predicate=Predicate("agree", "agreed"),
    actors=(ActorRef("rebel forces", "NORP", "agent"),),
    mentions=(Mention("voa-astana", 10, 1100, 1106, "agreed", "The rebel forces agreed to withdraw from the city."),),
    sources=("voa-astana",),
    confidence=0.5,
)

ACTORS = (
    Actor("Vladimir Putin", "PERSON", ("Putin", "Vladimir Vladimirovich Putin"), 1),
    Actor("Turkey", "GPE", ("Türkiye",), 2),
    Actor("Russia", "GPE", (), 2),
    Actor("Syria", "GPE", (), 1),
    Actor("Iran", "GPE", (), 1),
    Actor("Bashar al-Assad", "PERSON", ("Assad",), 1),
    Actor(HOSTILE_ATTR, "PERSON", (), 1),
)

# Deliberately out of chronological order: exporters must order by date themselves.
TIMELINE = Timeline(
    documents=(DOC_A, DOC_B),
    events=(TALKS, HOSTILE, CEASEFIRE, UNDATED, EVACUATION, CONTROL),
    actors=ACTORS,
)
DATED_IDS = ("ev-control", "ev-evacuation", "ev-ceasefire", "ev-talks")
UNDATED_IDS = ("ev-hostile", "ev-undated")

TIMEXES = (
    TimeExpr(
        12,
        18,
        "Friday",
        "DATE",
        "2016-12-16",
        "2016-12-16",
        "2016-12-16",
        "2016-12-16",
        "day",
        "relative",
        "guardian-aleppo",
    ),
    TimeExpr(
        40,
        47,
        "January",
        "DATE",
        "2017-01",
        "2017-01",
        "2017-01-01",
        "2017-01-31",
        "month",
        "relative",
        "voa-astana",
    ),
    TimeExpr(
        60,
        75,
        "the past 24 hours",
        "DURATION",
        "PT24H",
        None,
        None,
        None,
        "none",
        "absolute",
        "guardian-aleppo",
    ),
    TimeExpr(80, 85, "=2+3", "DATE", "XXXX", None, None, None, "none", "unresolved", "voa-astana"),
)
