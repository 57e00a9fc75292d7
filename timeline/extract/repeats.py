"""One row per happening within an article: later mentions of a happening the article already told
join its row ("A big fire happened Monday night ..." ... "The fire happened at about 6 p.m.").

Two rows of one article are one happening when nothing they say disagrees and either

* they are statements of one speaker (a speaker's remarks in an article are one statement:
  "Bush said he was looking forward to ..." ... "Bush said he was not sure"), or
* they name the same kind of happening (the same stem: "injured"/"injured", "evacuation"/
  "evacuated") of the same people: the same agent or patient, or none named on one side.

Nothing disagrees when the dates agree (the same interval, one undated, or one only the article's
own date and the other the days just before it), their places and figures do not differ, and both
are told with the same polarity. The merged row keeps every mention (each with its own date) and
is dated by its best-dated mention.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta

from timeline.extract.confidence import salience
from timeline.extract.stems import SAYING, WEAK_STEMS, stem
from timeline.model import FACTUALITY_RANK, RESOLUTION_RANK, ActorRef, Event

# Verbs that tell a statement: one speaker's remarks in one article are one row (the verbs of
# saying the cross-article merge knows, and those that say how it was said).
STATEMENT_VERBS = SAYING | frozenset(
    "deny warn voice express echo urge concede clarify describe pledge vow quote".split()
)
# An article's own date, given to a statement with no date of its own, covers the days before it.
REFERENCE_SLACK_DAYS = 7


def fold_repeats(events: Sequence[Event]) -> list[Event]:
    """The events of one article (in text order) with each happening's repeats joined to it.

    An event is compared only with the earlier rows it could repeat (statements with statements,
    others with rows of the same stem), the nearest :data:`CANDIDATES` of them: the work grows with
    the article, not with its square."""
    out: list[Event] = []
    by_key: dict[str, list[int]] = {}
    for event in events:
        key = _key(event)
        for k in reversed(by_key.get(key, [])[-CANDIDATES:]):
            reason = same_happening(out[k], event)
            if reason:
                out[k] = _join(out[k], event, reason)
                break
        else:
            by_key.setdefault(key, []).append(len(out))
            out.append(event)
    return out


# Earlier rows an event is compared with (the nearest first).
CANDIDATES = 40


def _key(event: Event) -> str:
    """Rows that may tell one happening share this: any statement, or the stem of the happening."""
    return "#statement" if _head_lemma(event) in STATEMENT_VERBS else stem(event.predicate.lemma)


def same_happening(a: Event, b: Event) -> str:
    """Why two rows of one article tell one happening ('' when they may not)."""
    if a.polarity != b.polarity or not _dates_agree(a, b) or not _places_agree(a, b) or not _figures_agree(a, b):
        return ""
    lemma_a, lemma_b = _head_lemma(a), _head_lemma(b)
    for statement, told in ((a, b), (b, a)):
        speaker = _speaker(statement)
        if (
            _head_lemma(statement) in STATEMENT_VERBS
            and _head_lemma(told) in STATEMENT_VERBS
            and speaker is not None
            and any(r.role == "source" and _same_name(r.name, speaker) for r in told.actors)
        ):
            # "al-Bashir reiterated ..., al-Samani said" ... "Samani told reporters": one statement, passed on
            return f"{speaker} tells it"
    if lemma_a in STATEMENT_VERBS and lemma_b in STATEMENT_VERBS:
        speaker, other = _speaker(a), _speaker(b)
        if speaker is not None and other is not None and _same_name(speaker, other):
            return f"statements of {speaker}"
        return ""
    word = stem(a.predicate.lemma)
    if not word or word in WEAK_STEMS or word != stem(b.predicate.lemma):
        return ""
    da, db = _doers(a), _doers(b)
    if any(_same_name(x, y) for x in da for y in db) or _shared_figure(a, b):
        return _same_kind(a, b)
    if da and db:
        return ""  # different people
    if a.date.earliest is None or b.date.earliest is None:
        # an undated mention joins through what it names, not through a verb alone: the people, or
        # the thing it happened to ("The quarantine of the farm was lifted on Wednesday" ... "the
        # quarantine was lifted"), to a dated mention, unless it says it is another one ("also")
        word = _shared_word(a, b) if (a.date.earliest or b.date.earliest) and not _another(b) else ""
        return _same_kind(a, b) + f", both of the {word}" if word else ""
    return _same_kind(a, b)


# Words that say a mention tells a happening other than the one before ("police also arrested").
_ANOTHER = frozenset("also another again second third other more further new too".split())
# Nouns too common in news to tell that two mentions are of one thing.
_COMMON = frozenset(
    """that this there their them they have been were which with from into about after before over
    under than when where while what will would could should said says people person persons
    police government officials country countries city cities year years month months
    week weeks time times percent number state states area areas part place world news report
    reports statement official forces troops group groups side sides some many most more other
    others also""".split()
)


def _another(event: Event) -> bool:
    return any(w in _ANOTHER for w in _words(event.summary))


def _shared_word(a: Event, b: Event) -> str:
    """A content word both summaries use for what the happening is about, besides its own verb."""
    own = {stem(e.predicate.lemma) for e in (a, b)} | {stem(w) for e in (a, b) for w in _words(e.predicate.text)}
    wa = {w for w in _words(a.summary) if len(w) >= 4 and w not in _COMMON and stem(w) not in own}
    return next((w for w in _words(b.summary) if w in wa), "")


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z]+", text.casefold())


def _same_kind(a: Event, b: Event) -> str:
    return f"'{a.predicate.lemma}' told again" if a.predicate.lemma == b.predicate.lemma else "the same happening"


def _same_name(a: str, b: str) -> bool:
    """One actor under two names of one article: equal, or one the other's last words ("Negroponte",
    "John Negroponte"; "Post", "Washington Post")."""
    if a == b:
        return True
    wa, wb = a.casefold().split(), b.casefold().split()
    short, long_ = (wa, wb) if len(wa) < len(wb) else (wb, wa)
    return bool(short) and long_[-len(short) :] == short


def _head_lemma(event: Event) -> str:
    return event.predicate.lemma.split()[0].lower() if event.predicate.lemma else ""


def _speaker(event: Event) -> str | None:
    return next((r.name for r in event.actors if r.role == "agent"), None)


def _doers(event: Event) -> set[str]:
    return {r.name for r in event.actors if r.role in ("agent", "patient")}


def _span(event: Event) -> tuple[str, str] | None:
    d = event.date
    if d.earliest is None or d.latest is None:
        return None
    return d.earliest, d.latest


def _dates_agree(a: Event, b: Event) -> bool:
    sa, sb = _span(a), _span(b)
    if sa is None or sb is None:
        return True
    if sa[0] <= sb[1] and sb[0] <= sa[1]:
        return True
    for ref, other in ((a, sb), (b, sa)):
        if ref.date.resolution == "reference" and ref.date.earliest:
            try:
                first = (date.fromisoformat(ref.date.earliest) - timedelta(days=REFERENCE_SLACK_DAYS)).isoformat()
            except ValueError:
                continue
            if first <= other[0] and other[1] <= (ref.date.latest or ref.date.earliest):
                return True
    return False


def _places_agree(a: Event, b: Event) -> bool:
    return not (a.places and b.places and not set(a.places) & set(b.places))


def _figures_agree(a: Event, b: Event) -> bool:
    va = {c.value for c in a.claims if c.value is not None}
    vb = {c.value for c in b.claims if c.value is not None}
    return not (va and vb and not va & vb)


def _shared_figure(a: Event, b: Event) -> bool:
    """Both give a figure and one figure is the same ("11 armed men were injured" ... "some 11
    Palestinians and three officers were injured")."""
    va = {c.value for c in a.claims if c.value is not None}
    return bool(va & {c.value for c in b.claims if c.value is not None})


def _date_rank(event: Event) -> tuple:
    """Dated before undated, explicit before taken from the article's date, a day before a year."""
    span = _span(event)
    days = 0
    if span is not None:
        try:
            days = (date.fromisoformat(span[1]) - date.fromisoformat(span[0])).days
        except ValueError:
            days = 0
    return (span is None, RESOLUTION_RANK.get(event.date.resolution, 9), days)


def _join(kept: Event, repeat: Event, reason: str) -> Event:
    """One row for both: the better-dated one speaks (its date, summary and predicate), the first
    keeps its id; every mention, actor and figure is kept."""
    best = repeat if _date_rank(repeat) < _date_rank(kept) else kept
    mentions = tuple(sorted({*kept.mentions, *repeat.mentions}, key=lambda m: (m.sentence, m.start, m.end)))
    dating = best.mentions[best.date.mention or 0] if best.mentions else None
    position = mentions.index(dating) if dating is not None and best.date.earliest else None
    actors = _actors(best, kept, repeat)
    doc = mentions[0].doc if mentions else ""
    line = (
        f"{doc}: '{repeat.mentions[0].trigger if repeat.mentions else repeat.predicate.text}' joined to "
        f"'{kept.mentions[0].trigger if kept.mentions else kept.predicate.text}' in the same article ({reason})"
    )
    first_sentence = mentions[0].sentence if mentions else 0
    agent = any(r.role == "agent" for r in actors)
    return replace(
        kept,
        summary=best.summary,
        date=replace(best.date, mention=position),
        predicate=best.predicate,
        actors=actors,
        places=tuple(dict.fromkeys((*best.places, *kept.places, *repeat.places))),
        mentions=mentions,
        claims=tuple(dict.fromkeys((*kept.claims, *repeat.claims))),
        confidence=max(kept.confidence, repeat.confidence),
        explain=(*kept.explain, *repeat.explain, line),
        factuality=min(kept.factuality, repeat.factuality, key=lambda f: FACTUALITY_RANK.get(f, 9)),
        salience=salience(1, first_sentence, agent, best.date.resolution in ("absolute", "relative")),
    )


def _actors(best: Event, *members: Event) -> tuple[ActorRef, ...]:
    """The best-dated row's actors, then who the others name as doing, undergoing or telling it
    (not the bystanders they mention)."""
    found: dict[str, ActorRef] = {ref.name: ref for ref in best.actors}
    for event in members:
        for ref in event.actors:
            old = found.get(ref.name)
            if ref.role == "other":
                continue
            if old is None or old.role in ("other", "source") and ref.role != "source":
                found[ref.name] = ref
    return tuple(found.values())
