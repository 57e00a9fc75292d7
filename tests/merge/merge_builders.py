"""Hand-built Extraction values for the merge tests (no spaCy): one call per event or document."""

from __future__ import annotations

import calendar
import hashlib

from timeline.model import (
    ActorRef,
    Claim,
    DocDate,
    Document,
    Event,
    EventDate,
    Extraction,
    Mention,
    Predicate,
)


def day(iso: str, text: str | None = None, resolution: str = "absolute") -> EventDate:
    return EventDate(
        value=iso,
        edtf=iso,
        earliest=iso,
        latest=iso,
        precision="day",
        text=text or iso,
        resolution=resolution,
        mention=0,
    )


def month(ym: str, text: str | None = None) -> EventDate:
    y, m = (int(p) for p in ym.split("-"))
    last = calendar.monthrange(y, m)[1]
    return EventDate(
        value=ym,
        edtf=ym,
        earliest=f"{ym}-01",
        latest=f"{ym}-{last:02d}",
        precision="month",
        text=text or ym,
        resolution="absolute",
        mention=0,
    )


def year(y: str) -> EventDate:
    return EventDate(
        value=y,
        edtf=y,
        earliest=f"{y}-01-01",
        latest=f"{y}-12-31",
        precision="year",
        text=y,
        resolution="absolute",
        mention=0,
    )


def week(value: str, earliest: str, latest: str) -> EventDate:
    return EventDate(
        value=value,
        edtf=None,
        earliest=earliest,
        latest=latest,
        precision="week",
        text=value,
        resolution="relative",
        mention=0,
    )


UNDATED = EventDate()


def event(
    doc: str,
    sentence: int,
    lemma: str,
    summary: str,
    date: EventDate = UNDATED,
    *,
    actors: tuple = (),
    places: tuple = (),
    claims: tuple = (),
    start: int | None = None,
    trigger: str | None = None,
) -> Event:
    """An extractor-like event: one mention, id = 'e' + sha1('doc:start')[:12]."""
    start = sentence * 100 + 5 if start is None else start
    trigger = trigger or lemma
    refs = tuple(
        a if isinstance(a, ActorRef) else ActorRef(name=a[0], type=a[1], role=a[2] if len(a) > 2 else "other")
        for a in actors
    )
    return Event(
        id="e" + hashlib.sha1(f"{doc}:{start}".encode()).hexdigest()[:12],
        summary=summary,
        date=date,
        predicate=Predicate(lemma=lemma, text=trigger),
        actors=refs,
        places=tuple(places),
        mentions=(
            Mention(
                doc=doc,
                sentence=sentence,
                start=start,
                end=start + len(trigger),
                trigger=trigger,
                text=summary + ".",
            ),
        ),
        sources=(doc,),
        claims=tuple(claims),
    )


def claim(text: str, value: float, qualifier: str | None, source: str | None, doc: str) -> Claim:
    return Claim(text=text, value=value, qualifier=qualifier, source=source, doc=doc)


def extraction(doc: str, *events: Event, date: str = "2016-12-16", actors: tuple = ()) -> Extraction:
    return Extraction(
        document=Document(id=doc, text="", date=DocDate(value=date, origin="metadata", confidence=1.0)),
        events=tuple(events),
        actors=tuple(actors),
    )
