"""The JSON wire format (``timeline/1``): model values to plain dicts and back.

Field names here are the public contract (the README's "Output" section, ``timeline schema``);
change them only with a bump of SCHEMA_VERSION.
"""

from __future__ import annotations

import json
from importlib import resources
from sys import intern
from typing import Any

from timeline.model import (
    Actor,
    ActorRef,
    Claim,
    DocDate,
    Document,
    Event,
    EventDate,
    Mention,
    MentionDate,
    Predicate,
    TimeExpr,
    Timeline,
)

SCHEMA_VERSION = "timeline/1"


def document_to_dict(d: Document) -> dict[str, Any]:
    return {
        "id": d.id,
        "path": d.path,
        "title": d.title,
        "url": d.url,
        "source": d.source,
        "date": {"value": d.date.value, "origin": d.date.origin, "confidence": d.date.confidence},
    }


def document_from_dict(o: dict[str, Any]) -> Document:
    date = o.get("date") or {}
    return Document(
        id=o["id"],
        text=o.get("text", ""),
        path=o.get("path"),
        title=o.get("title"),
        url=o.get("url"),
        source=o.get("source"),
        date=DocDate(
            value=date.get("value"),
            origin=date.get("origin", "none"),
            confidence=float(date.get("confidence", 0.0)),
        ),
    )


def timex_to_dict(t: TimeExpr) -> dict[str, Any]:
    return {
        "doc": t.doc,
        "start": t.start,
        "end": t.end,
        "text": t.text,
        "type": t.type,
        "value": t.value,
        "edtf": t.edtf,
        "earliest": t.earliest,
        "latest": t.latest,
        "precision": t.precision,
        "resolution": t.resolution,
    } | ({"mod": t.mod} if t.mod else {})


def timex_from_dict(o: dict[str, Any]) -> TimeExpr:
    return TimeExpr(
        doc=o.get("doc", ""),
        start=o["start"],
        end=o["end"],
        text=o["text"],
        type=o["type"],
        value=o["value"],
        edtf=o.get("edtf"),
        earliest=o.get("earliest"),
        latest=o.get("latest"),
        precision=o.get("precision", "none"),
        resolution=o.get("resolution", "absolute"),
        mod=o.get("mod"),
    )


def event_to_dict(e: Event) -> dict[str, Any]:
    return {
        "id": e.id,
        "summary": e.summary,
        "date": {
            "value": e.date.value,
            "edtf": e.date.edtf,
            "earliest": e.date.earliest,
            "latest": e.date.latest,
            "precision": e.date.precision,
            "text": e.date.text,
            "resolution": e.date.resolution,
            "mention": e.date.mention,
        },
        "predicate": {"lemma": e.predicate.lemma, "text": e.predicate.text},
        "actors": [{"name": a.name, "type": a.type, "role": a.role} for a in e.actors],
        "places": list(e.places),
        "mentions": [
            {
                "doc": m.doc,
                "sentence": m.sentence,
                "start": m.start,
                "end": m.end,
                "trigger": m.trigger,
                "text": m.text,
                "date": None
                if m.date is None
                else {
                    "earliest": m.date.earliest,
                    "latest": m.date.latest,
                    "resolution": m.date.resolution,
                    "text": m.date.text,
                },
            }
            for m in e.mentions
        ],
        "sources": list(e.sources),
        "claims": [
            {"text": c.text, "value": c.value, "qualifier": c.qualifier, "source": c.source, "doc": c.doc}
            for c in e.claims
        ],
        "confidence": e.confidence,
        "explain": list(e.explain),
        "factuality": e.factuality,
        "polarity": e.polarity,
        "salience": e.salience,
    }


# json.dumps with any option builds a new encoder on every call: one encoder for every record
# the store writes and every record the JSON writers print (non-ASCII kept readable).
to_json = json.JSONEncoder(ensure_ascii=False).encode


def json_loads(text: str) -> Any:
    """json.loads, with JSON nested deeper than Python's recursion limit reported as malformed JSON."""
    try:
        return json.loads(text)
    except RecursionError:
        raise json.JSONDecodeError("nested too deeply", text, 0) from None


def _shared(value: Any) -> Any:
    """One string object for equal short values (ids, dates, types, roles, names): every event
    read back repeats them, and a decoded large timeline holds each only once."""
    return intern(value) if value.__class__ is str else value


def _mention_date(o: dict[str, Any] | None) -> MentionDate | None:
    if not o:
        return None
    return MentionDate(
        earliest=_shared(o.get("earliest")),
        latest=_shared(o.get("latest")),
        resolution=_shared(o.get("resolution", "unresolved")),
        text=_shared(o.get("text")),
    )


def event_from_dict(o: dict[str, Any]) -> Event:
    d = o.get("date") or {}
    p = o.get("predicate") or {}
    return Event(
        id=o["id"],
        summary=o.get("summary", ""),
        date=EventDate(
            value=_shared(d.get("value")),
            edtf=_shared(d.get("edtf")),
            earliest=_shared(d.get("earliest")),
            latest=_shared(d.get("latest")),
            precision=_shared(d.get("precision", "none")),
            text=_shared(d.get("text")),
            resolution=_shared(d.get("resolution", "unresolved")),
            mention=d.get("mention"),
        ),
        predicate=Predicate(lemma=_shared(p.get("lemma", "")), text=_shared(p.get("text", ""))),
        actors=tuple(
            ActorRef(name=_shared(a["name"]), type=_shared(a.get("type", "")), role=_shared(a.get("role", "other")))
            for a in o.get("actors", ())
        ),
        places=tuple(_shared(place) for place in o.get("places", ())),
        mentions=tuple(
            Mention(
                doc=_shared(m["doc"]),
                sentence=m["sentence"],
                start=m["start"],
                end=m["end"],
                trigger=_shared(m.get("trigger", "")),
                text=m.get("text", ""),
                date=_mention_date(m.get("date")),
            )
            for m in o.get("mentions", ())
        ),
        sources=tuple(_shared(source) for source in o.get("sources", ())),
        claims=tuple(
            Claim(
                text=c["text"],
                value=c.get("value"),
                qualifier=_shared(c.get("qualifier")),
                source=_shared(c.get("source")),
                doc=_shared(c.get("doc")),
            )
            for c in o.get("claims", ())
        ),
        confidence=float(o.get("confidence", 1.0)),
        explain=tuple(o.get("explain", ())),
        factuality=_shared(o.get("factuality", "asserted")),
        polarity=_shared(o.get("polarity", "positive")),
        salience=float(o.get("salience", 0.0)),
    )


def actor_to_dict(a: Actor) -> dict[str, Any]:
    return {"name": a.name, "type": a.type, "aliases": list(a.aliases), "events": a.events}


def actor_from_dict(o: dict[str, Any]) -> Actor:
    return Actor(
        name=_shared(o["name"]),
        type=_shared(o.get("type", "")),
        aliases=tuple(_shared(alias) for alias in o.get("aliases", ())),
        events=int(o.get("events", 0)),
    )


def timeline_to_dict(t: Timeline) -> dict[str, Any]:
    return {
        "schema": SCHEMA_VERSION,
        "documents": [document_to_dict(d) for d in t.documents],
        "events": [event_to_dict(e) for e in t.events],
        "actors": [actor_to_dict(a) for a in t.actors],
    }


def timeline_from_dict(o: dict[str, Any]) -> Timeline:
    return Timeline(
        documents=tuple(document_from_dict(d) for d in o.get("documents", ())),
        events=tuple(event_from_dict(e) for e in o.get("events", ())),
        actors=tuple(actor_from_dict(a) for a in o.get("actors", ())),
    )


def json_schema() -> dict[str, Any]:
    """The JSON Schema of the ``timeline/1`` output, shipped as ``timeline/schema.json``."""
    return json.loads(resources.files("timeline").joinpath("schema.json").read_text(encoding="utf-8"))
