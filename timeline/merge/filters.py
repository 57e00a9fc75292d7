"""Narrow a timeline to what the user asked for: actors, dates, places, documents, text, precision."""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date

from timeline.errors import UsageError
from timeline.merge.actors import fold
from timeline.merge.intervals import PRECISION_RANK, day_number, span_of
from timeline.model import Actor, Event, Timeline

_PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
_DATED_PRECISIONS = tuple(p for p in PRECISION_RANK if p != "none")


def _iso(value: str, option: str) -> int:
    try:
        date.fromisoformat(value)
    except (TypeError, ValueError):
        raise UsageError.about(f"{{{option}}}: expected an ISO date YYYY-MM-DD, got {{value!r}}", value=value) from None
    return day_number(value)


def _surnames(name: str) -> set[str]:
    """'Bashar al-Assad' -> {'al-assad', 'assad'}: what a user types to mean a person."""
    words = fold(name).split()
    if len(words) < 2:
        return set()
    last = words[-1]
    return {last, last.split("-")[-1]}


def _actor_keys(actor: Actor) -> set[str]:
    keys = {fold(actor.name)} | {fold(a) for a in actor.aliases}
    if actor.type in ("PERSON", ""):
        keys |= _surnames(actor.name)
    return keys


def _matching_actor_names(timeline: Timeline, queries: Sequence[str]) -> set[str]:
    wanted = {fold(q) for q in queries if q.strip()}
    names = {fold(a.name) for a in timeline.actors if _actor_keys(a) & wanted}
    # Names only on events (no Actor entry) still match by their own name or surname.
    events = timeline.events
    if hasattr(events, "actor_names"):  # a cached chronology's index knows every name events give
        for name, person in events.actor_names():
            keys = {fold(name)} | (_surnames(name) if person else set())
            if keys & wanted:
                names.add(fold(name))
        return names
    if hasattr(events, "texts"):  # only the events whose text holds a query's words can
        words = _name_words(wanted)
        if words is not None:
            events = [events[k] for k in _worded(events.texts(), words)]
    for event in events:
        for ref in event.actors:
            keys = {fold(ref.name)} | (_surnames(ref.name) if ref.type in ("PERSON", "") else set())
            if keys & wanted:
                names.add(fold(ref.name))
    return names


def filter_timeline(
    timeline: Timeline,
    *,
    actors: Sequence[str] = (),
    since: str | None = None,
    until: str | None = None,
    places: Sequence[str] = (),
    docs: Sequence[str] = (),
    grep: str | None = None,
    precision: str | None = None,
    undated: bool = True,
    min_sources: int = 1,
    limit: int | None = None,
    min_confidence: float = 0.0,
    top: int | None = None,
) -> Timeline:
    """The events matching every given filter (each list filter: any of its values), in order.

    ``since`` keeps events whose interval ends on or after it, ``until`` those starting on or
    before it; either drops undated events. ``precision`` keeps events at least that precise.
    ``min_sources`` keeps events reported by at least that many documents (corroborated ones).
    ``min_confidence`` keeps events at least that likely to be right (see README, confidence);
    ``top`` keeps the N most salient of the rest, still in chronological order.
    Actors and documents are restricted to those of the kept events, actor counts recomputed.
    """
    since_day, until_day = _checked(since, until, precision, min_sources, limit, top, min_confidence)
    wanted = _Wanted(
        since_day=since_day,
        until_day=until_day,
        precision=precision,
        undated=undated,
        min_sources=min_sources,
        min_confidence=min_confidence,
        actor_names=_matching_actor_names(timeline, actors) if actors else None,
        places={fold(p) for p in places},
        docs=set(docs),
        # --grep is "contains TEXT": a literal substring, whatever the case, accents or quote marks
        # ("U.S." is not a pattern that matches "Speaking in Geneva", "(" is not an error).
        needle=_searchable_form(grep) if grep is not None else None,
    )
    return restrict(timeline, _kept_events(timeline.events, wanted, limit, top))


def _checked(
    since: str | None,
    until: str | None,
    precision: str | None,
    min_sources: int,
    limit: int | None,
    top: int | None,
    min_confidence: float,
) -> tuple[int | None, int | None]:
    """The filters' values checked; ``since`` and ``until`` as day numbers."""
    since_day = _iso(since, "since") if since is not None else None
    until_day = _iso(until, "until") if until is not None else None
    if since_day is not None and until_day is not None and since_day > until_day:
        raise UsageError.about("{since} {first} is after {until} {last}", first=since, last=until)
    if precision is not None and precision not in _DATED_PRECISIONS:
        raise UsageError.about(
            "{precision}: expected one of {choices}, got {value!r}",
            choices=", ".join(_DATED_PRECISIONS),
            value=precision,
        )
    if min_sources < 1:
        raise UsageError.about("{min_sources}: expected a number >= 1, got {value}", value=min_sources)
    if limit is not None and limit < 0:
        raise UsageError.about("{limit}: expected a number >= 0, got {value}", value=limit)
    if top is not None and top < 0:
        raise UsageError.about("{top}: expected a number >= 0, got {value}", value=top)
    if not 0.0 <= min_confidence <= 1.0:
        raise UsageError.about("{min_confidence}: expected a number from 0 to 1, got {value}", value=min_confidence)
    return since_day, until_day


@dataclass(frozen=True)
class _Wanted:
    """What :func:`filter_timeline` keeps: the events that match every filter given."""

    since_day: int | None
    until_day: int | None
    precision: str | None
    undated: bool
    min_sources: int
    min_confidence: float
    actor_names: set[str] | None  # folded
    places: set[str]  # folded
    docs: set[str]
    needle: str | None  # in _searchable_form

    def everything(self) -> bool:
        """Is every event kept (none needs to be looked at to say so)?"""
        return not (
            self.actor_names is not None
            or self.since_day is not None
            or self.until_day is not None
            or self.precision is not None
            or not self.undated
            or self.min_sources > 1
            or self.min_confidence > 0.0
            or self.places
            or self.docs
            or self.needle is not None
        )

    def keep(self, event: Event) -> bool:
        span = span_of(event.date)
        if span is None and (
            not self.undated or self.since_day is not None or self.until_day is not None or self.precision
        ):
            return False
        if span is not None and not self._in_time(event, span):
            return False
        if self.min_sources > 1 and len(_reporting_docs(event)) < self.min_sources:
            return False
        if event.confidence < self.min_confidence:
            return False
        if self.actor_names is not None and not any(fold(r.name) in self.actor_names for r in event.actors):
            return False
        if self.places:
            here = {fold(p) for p in event.places}
            here |= {fold(r.name) for r in event.actors if r.type in _PLACE_TYPES}
            if not here & self.places:
                return False
        if self.docs and not _reporting_docs(event) & self.docs:
            return False
        needle = self.needle
        return needle is None or any(needle in _searchable_form(text) for text in _searchable(event))

    def _in_time(self, event: Event, span: tuple[str, str]) -> bool:
        if self.since_day is not None and day_number(span[1]) < self.since_day:
            return False
        if self.until_day is not None and day_number(span[0]) > self.until_day:
            return False
        return self.precision is None or PRECISION_RANK.get(event.date.precision, 99) <= PRECISION_RANK[self.precision]


def _kept_events(events, wanted: _Wanted, limit: int | None, top: int | None):
    """The events ``wanted`` keeps, the ``top`` most salient of them, the first ``limit``: as a
    subset of an encoded or on-disk sequence (decoding only what may be kept), else a list."""
    if hasattr(events, "positions_of"):  # a cached chronology's index (timeline.codec.IndexedEvents)
        if wanted.actor_names is None and not wanted.everything():  # a filter the index cannot answer
            return _kept_events(events.full(), wanted, limit, top)
        if wanted.actor_names is None:  # only the events that may be kept are read
            count = len(events)
            positions = list(range(count if limit is None or top is not None else min(limit, count)))
        else:
            names = wanted.actor_names
            candidates = events.positions_of(n for n, _ in events.actor_names() if fold(n) in names)
            positions = _kept_among(candidates, events, wanted.keep, limit if top is None else None)
        if top is not None:
            positions = _most_salient(positions, [events[k].salience for k in positions], top)
        return events.subset(positions[:limit] if limit is not None else positions)
    if hasattr(events, "texts"):  # events as their JSON texts: decode only what may be kept
        words = _name_words(wanted.actor_names) if wanted.actor_names is not None else None
        if wanted.everything():  # every event is kept: none needs decoding to say so
            count = len(events)
            positions = list(range(count if limit is None or top is not None else min(limit, count)))
        else:
            positions = _kept_positions(events, wanted.keep, words, limit if top is None else None)
        if top is not None:
            positions = _most_salient(positions, [events[k].salience for k in positions], top)
        return events.subset(positions[:limit] if limit is not None else positions)
    if hasattr(events, "subset"):  # an on-disk chronology: keep positions, not events
        positions = [k for k, e in enumerate(events) if wanted.keep(e)]
        if top is not None:
            positions = _most_salient(positions, [events[k].salience for k in positions], top)
        return events.subset(positions[:limit] if limit is not None else positions)
    kept = [e for e in events if wanted.keep(e)]
    if top is not None:
        kept = _most_salient(kept, [e.salience for e in kept], top)
    return kept[:limit] if limit is not None else kept


def _name_words(names: set[str]) -> list[list[str]] | None:
    """The words of each wanted (folded) actor name; None when one has none to look for."""
    words = [re.findall(r"\w+", name) for name in names]
    return None if any(not w for w in words) else words


def _kept_among(candidates: Iterable[int], events, keep, limit: int | None) -> list[int]:
    """The positions of ``candidates`` whose events ``keep`` keeps, stopping at ``limit``."""
    positions: list[int] = []
    for k in candidates:
        if limit is not None and len(positions) >= limit:
            break
        if keep(events[k]):
            positions.append(k)
    return positions


def _kept_positions(events, keep, words: list[list[str]] | None, limit: int | None) -> list[int]:
    """The positions of the events ``keep`` keeps, decoding only the events whose JSON text holds
    every word of a wanted actor name (``words``: an event naming the actor must: its name is in
    its text, and folding a text keeps each word of it), and stopping at ``limit``."""
    texts = events.texts()
    positions: list[int] = []
    for k in range(len(texts)) if words is None else _worded(texts, words):
        if limit is not None and len(positions) >= limit:
            break
        if keep(events[k]):
            positions.append(k)
    return positions


def _folded_words(text: str) -> str:
    """``text`` folded as :func:`fold` folds each word (its spaces are left alone)."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _worded(texts: Sequence, words: list[list[str]]):
    """The positions of the texts (or events: always) that hold every word of one of ``words``."""
    for k, text in enumerate(texts):
        if isinstance(text, str):
            folded = _folded_words(text)
            if not any(all(w in folded for w in name) for name in words):
                continue
        yield k


def _most_salient(items: list, salience: list[float], n: int) -> list:
    """The ``n`` items of highest salience (ties: the earlier), in their own order."""
    best = sorted(range(len(items)), key=lambda k: (-salience[k], k))[:n]
    return [items[k] for k in sorted(best)]


def _reporting_docs(event: Event) -> set[str]:
    return set(event.sources) | {m.doc for m in event.mentions}


_QUOTES = str.maketrans({"‘": "'", "’": "'", "‛": "'", "′": "'", "`": "'", "“": '"', "”": '"', "„": '"', "″": '"'})


def _searchable_form(text: str | None) -> str:
    return fold(text or "").translate(_QUOTES)


def _searchable(event: Event):
    yield event.summary
    yield event.predicate.text
    yield event.predicate.lemma
    for m in event.mentions:
        yield m.text
    for r in event.actors:
        yield r.name
    yield from event.places
    for c in event.claims:
        yield c.text


def _refs_and_docs(events: Sequence[Event]) -> Iterator[tuple[list[tuple[str, str]], set[str]]]:
    """Each event's actor references (name, type) and reporting documents; events still in their
    JSON text (a cached chronology) are parsed for them, not decoded into Events."""
    items = events.texts() if hasattr(events, "texts") else events
    for item in items:
        if isinstance(item, str):
            data = json.loads(item)
            refs = [(r["name"], r.get("type", "")) for r in data.get("actors", ())]
            yield refs, set(data.get("sources", ())) | {m["doc"] for m in data.get("mentions", ())}
        else:
            yield [(r.name, r.type) for r in item.actors], _reporting_docs(item)


def restrict(timeline: Timeline, events: Sequence[Event]) -> Timeline:
    """A timeline of ``events`` with only their documents and actors, actor counts recomputed."""
    counts: Counter = Counter()
    first_ref: dict[str, str] = {}  # an actor name -> the type its first reference gives
    sources: set[str] = set()
    for refs, docs in _refs_and_docs(events):  # one pass: ``events`` may be read from disk
        for name in {name for name, _ in refs}:
            counts[name] += 1
        for name, type_ in refs:
            first_ref.setdefault(name, type_)
        sources |= docs
    actors = [replace(a, events=counts[a.name]) for a in timeline.actors if counts[a.name]]
    known = {a.name for a in actors}
    # Event actors missing from the actor list still get an entry, so counts always add up.
    extra = [Actor(name=name, type=t, events=counts[name]) for name, t in first_ref.items() if name not in known]
    actors.extend(extra)
    actors.sort(key=lambda a: (-a.events, fold(a.name), a.name))
    documents = tuple(d for d in timeline.documents if d.id in sources)
    return Timeline(
        documents=documents, events=events if hasattr(events, "subset") else tuple(events), actors=tuple(actors)
    )


# -- what a filter value names, and what the user may have meant --------------------------------

# rapidfuzz's ratio (0-100) above which a known name is offered as what a query meant:
# "Puttin" -> "Putin" scores 91, "Alepo" -> "Aleppo" 91; unrelated names stay below 40.
SUGGEST_SCORE = 70


def did_you_mean(query: str, choices: Iterable[str]) -> str | None:
    """The known name closest to a query that matched nothing (None when none is close); of
    equally close names, the first given."""
    from rapidfuzz import fuzz, process, utils

    unique = list(dict.fromkeys(c for c in choices if c and c.strip()))
    best = process.extractOne(
        query, unique, scorer=fuzz.ratio, processor=utils.default_process, score_cutoff=SUGGEST_SCORE
    )
    return best[0] if best else None


def actor_choices(timeline: Timeline) -> list[str]:
    """Every name an actor filter matches: canonical names, aliases and surnames (sorted)."""
    names: set[str] = set()
    for actor in timeline.actors:
        names.add(actor.name)
        names.update(actor.aliases)
        if actor.type in ("PERSON", ""):
            words = actor.name.split()
            if len(words) > 1:
                names.add(words[-1])
    return sorted(names)


def unmatched_actors(timeline: Timeline, queries: Sequence[str]) -> list[str]:
    """The actor queries that name no actor of the timeline."""
    return [q for q in queries if q.strip() and not _matching_actor_names(timeline, [q])]


def place_choices(timeline: Timeline) -> set[str]:
    names: set[str] = set()
    for event in timeline.events:
        names.update(event.places)
        names.update(r.name for r in event.actors if r.type in _PLACE_TYPES)
    return names


def unmatched_places(timeline: Timeline, queries: Sequence[str], choices: set[str] | None = None) -> list[str]:
    known = {fold(p) for p in (place_choices(timeline) if choices is None else choices)}
    return [q for q in queries if fold(q) not in known]


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", fold(text)))


def resolve_documents(timeline: Timeline, queries: Sequence[str]) -> tuple[tuple[str, ...], list[str]]:
    """The document ids ``--doc`` values name, and the values that name none.

    A value is a document id, else a unique prefix of one ("001" for "001_02db8b5d66b213b1"),
    else words of titles ("Astana talks": every document whose title has both words). A prefix
    of several ids is a usage error listing them."""
    ids = [d.id for d in timeline.documents]
    known = set(ids)
    found: list[str] = []
    missing: list[str] = []
    for query in queries:
        if query in known:
            found.append(query)
            continue
        prefixed = [i for i in ids if i.startswith(query)] if query else []
        if len(prefixed) == 1:
            found.append(prefixed[0])
            continue
        wanted = _words(query)
        titled = [d.id for d in timeline.documents if wanted and d.title and wanted <= _words(d.title)]
        if titled:
            found.extend(titled)
            continue
        if len(prefixed) > 1:
            shown = ", ".join(prefixed[:5]) + (", ..." if len(prefixed) > 5 else "")
            raise UsageError.about(
                "{docs} {query!r} is the start of {n} document ids ({shown}); type more of it",
                query=query,
                n=len(prefixed),
                shown=shown,
            )
        missing.append(query)
    return tuple(dict.fromkeys(found)), missing
