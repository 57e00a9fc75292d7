"""Fuse the mentions of one happening into one Event: every mention, source and claim, the best date."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from timeline.extract.confidence import salience
from timeline.extract.repeats import fullest_told
from timeline.merge.intervals import PRECISION_RANK, span_days, span_of
from timeline.model import FACTUALITY_RANK, RESOLUTION_RANK, ActorRef, Claim, Event, Mention


def merged_id(member_ids: Sequence[str]) -> str:
    """Id of a merged event: derived from its sorted member ids; a lone event keeps its own."""
    ids = sorted(set(member_ids))
    if len(ids) == 1:
        return ids[0]
    return "e" + hashlib.sha1("\n".join(ids).encode("utf-8")).hexdigest()[:12]


def _mention_key(m: Mention) -> tuple:
    return (m.doc, m.sentence, m.start, m.end, m.trigger)


def _date_rank(event: Event) -> tuple:
    span = span_of(event.date)
    return (
        span is None,
        PRECISION_RANK.get(event.date.precision, len(PRECISION_RANK)),
        RESOLUTION_RANK.get(event.date.resolution, len(RESOLUTION_RANK)),
        span_days(span) if span else 0,
    )


def fuse(members: Sequence[Event], explain: Sequence[str] = ()) -> Event:
    """One Event from the events of a cluster (given in a deterministic order)."""
    if len(members) == 1 and not explain:
        only = members[0]
        if len(only.mentions) <= 1:  # most events: nothing to sort, the date points at mention 0
            position = 0 if only.mentions else None
            return only if only.date.mention == position else replace(only, date=replace(only.date, mention=position))
        tidy = replace(only, mentions=tuple(sorted(only.mentions, key=_mention_key)))
        return replace(tidy, date=_date_for(only, tidy))
    # The member whose date is the most precise speaks for the event: its date; its summary and
    # predicate too, unless another member's summary reads better.
    best = min(members, key=_date_rank)
    mentions: list[Mention] = []
    seen_mentions: set[tuple] = set()
    for event in members:
        for m in event.mentions:
            if _mention_key(m) not in seen_mentions:
                seen_mentions.add(_mention_key(m))
                mentions.append(m)
    mentions.sort(key=_mention_key)
    told = _told_by(best, members, mentions)
    merged = Event(
        id=merged_id([e.id for e in members]),
        summary=told.summary,
        date=best.date,
        predicate=told.predicate,
        actors=_actors(best, members),
        places=_unique(p for e in [best, *members] for p in e.places),
        mentions=tuple(mentions),
        sources=tuple(sorted({s for e in members for s in e.sources} | {m.doc for m in mentions})),
        claims=_claims(members),
        confidence=max(e.confidence for e in members),
        explain=tuple(line for e in members for line in e.explain) + tuple(explain),
        factuality=min((e.factuality for e in members), key=lambda f: FACTUALITY_RANK.get(f, 9)),
        polarity=best.polarity,
        salience=0.0,
    )
    merged = replace(merged, salience=_salience(merged))
    return replace(merged, date=_merged_resolution(_date_for(best, merged), mentions))


def _told_by(best: Event, members: Sequence[Event], mentions: Sequence[Mention]) -> Event:
    """The member whose summary (and predicate) speaks for the event: the best-dated one's, unless
    another's reads whole where it does not (a quotation cut, two or three words, a bare "told
    reporters"), or it is short and another longer ("Kabila's forces had captured" gives way to
    "Kabila's rebels have captured more than half the country"); members tried best-dated first."""
    told = best
    for event in sorted(members, key=_date_rank):
        if event is not told and event.summary and fullest_told(told.summary, event.summary, mentions) != told.summary:
            told = event
    return told


def _salience(event: Event) -> float:
    sources = len(set(event.sources) | {m.doc for m in event.mentions})
    first = min((m.sentence for m in event.mentions), default=99)
    agent = any(a.role == "agent" for a in event.actors)
    return salience(sources, first, agent, event.date.resolution in ("absolute", "relative"))


def _merged_resolution(date, mentions: Sequence[Mention]):
    """A date that some article reporting the event does not give is marked ``merged``: it holds
    for that article only through the merge (each mention keeps its own date). An article gives
    it when one of its mentions is dated inside it; one that dates the event only more widely
    ("last month", "in November" for another article's Tuesday) or otherwise ("Thursday" for
    another's Wednesday) takes it from the other article as an undated one does."""
    if date.earliest is None:
        return date
    low, high = date.earliest, date.latest or date.earliest
    dated_docs = set()
    giving_docs = set()
    for m in mentions:
        own = m.date
        if own is None or own.earliest is None:
            continue
        dated_docs.add(m.doc)
        if low <= own.earliest and (own.latest or own.earliest) <= high:
            giving_docs.add(m.doc)
    if dated_docs and {m.doc for m in mentions} - giving_docs:  # (events written before mentions had dates: none)
        return replace(date, resolution="merged")
    return date


def _date_for(source: Event, merged: Event):
    """The source event's date, its ``mention`` re-pointed into the merged mention list."""
    date = source.date
    if not source.mentions:
        return replace(date, mention=None)
    index = date.mention if date.mention is not None and 0 <= date.mention < len(source.mentions) else 0
    key = _mention_key(source.mentions[index])
    position = next(i for i, m in enumerate(merged.mentions) if _mention_key(m) == key)
    return replace(date, mention=position)


def _actors(best: Event, members: Sequence[Event]) -> tuple[ActorRef, ...]:
    """Every actor once; its role is the one most mentions give it (ties: the best member's)."""
    roles: dict[str, Counter] = {}
    first: dict[str, ActorRef] = {}
    for event in [best, *members]:
        weight = 0 if event is best and members else 1  # best counted once via members, first in order
        for ref in event.actors:
            first.setdefault(ref.name, ref)
            roles.setdefault(ref.name, Counter())[ref.role] += weight
    result = []
    for name, ref in first.items():
        counts = roles[name]
        top = max(counts.values())
        role = ref.role if counts[ref.role] == top else sorted(r for r, c in counts.items() if c == top)[0]
        result.append(ActorRef(name=name, type=ref.type, role=role))
    return tuple(result)


def _claims(members: Sequence[Event]) -> tuple[Claim, ...]:
    """Every figure with its source, in document order: conflicting figures are all kept."""
    ordered = sorted(members, key=lambda e: min((_mention_key(m) for m in e.mentions), default=()))
    return _unique(c for e in ordered for c in e.claims)


def _unique(values):
    seen = set()
    out = []
    for v in values:
        if v not in seen:
            seen.add(v)
            out.append(v)
    return tuple(out)
