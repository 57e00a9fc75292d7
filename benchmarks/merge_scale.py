"""Time the merge stage on synthetic corpora of 10,000 and 100,000 events (issue 7).

    python benchmarks/merge_scale.py            # 10k and 100k
    python benchmarks/merge_scale.py 20000      # other sizes

The corpus is built so the right answer is known: every synthetic happening is reported by one
to four documents, worded differently (verb or event noun, surname or full name, day, month or
no date), so the script also checks that each happening came out as exactly one event.
tests/merge/test_merge_scale.py uses the same generator at 10k events.
"""

from __future__ import annotations

import calendar
import hashlib
import random
import sys
import time
from collections import defaultdict
from datetime import date, timedelta

if __package__ in (None, ""):
    sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent.parent))

from timeline.model import (  # noqa: E402
    ActorRef,
    DocDate,
    Document,
    Event,
    EventDate,
    Extraction,
    Mention,
    Predicate,
)

# Verb and event-noun lemma pairs: reports use either.
LEMMAS = [
    ("attack", "attack"),
    ("evacuate", "evacuation"),
    ("negotiate", "negotiation"),
    ("agree", "agreement"),
    ("meet", "meeting"),
    ("withdraw", "withdrawal"),
    ("capture", "capture"),
    ("bomb", "bombing"),
    ("arrest", "arrest"),
    ("elect", "election"),
    ("sign", "signing"),
    ("launch", "launch"),
    ("invade", "invasion"),
    ("resign", "resignation"),
    ("visit", "visit"),
    ("protest", "protest"),
]
GIVEN = [
    "Anna",
    "Boris",
    "Carla",
    "Dmitri",
    "Elena",
    "Farid",
    "Grace",
    "Hassan",
    "Ines",
    "Jamal",
    "Kofi",
    "Lena",
]
SYLLABLES = [c + v for c in "bdfgklmnprstvz" for v in "aeiou"]
SHARED = [("United Nations", "ORG"), ("European Union", "ORG"), ("Red Cross", "ORG"), ("NATO", "ORG")]
PLACES = [f"Town {s.title()}{t}" for s in SYLLABLES[:20] for t in SYLLABLES[:5]]
BASE = date(1990, 1, 1)


def surname(k: int) -> str:
    parts = []
    k += len(SYLLABLES)  # at least two syllables
    while k:
        k, r = divmod(k, len(SYLLABLES))
        parts.append(SYLLABLES[r])
    return "".join(parts).title()


def _day(d: date) -> EventDate:
    iso = d.isoformat()
    return EventDate(
        value=iso,
        edtf=iso,
        earliest=iso,
        latest=iso,
        precision="day",
        text=iso,
        resolution="absolute",
        mention=0,
    )


def _month(d: date) -> EventDate:
    last = calendar.monthrange(d.year, d.month)[1]
    ym = f"{d.year:04d}-{d.month:02d}"
    return EventDate(
        value=ym,
        edtf=ym,
        earliest=f"{ym}-01",
        latest=f"{ym}-{last:02d}",
        precision="month",
        text=ym,
        resolution="relative",
        mention=0,
    )


def synthetic_corpus(n_events: int, seed: int = 0, per_doc: int = 25):
    """(extractions, truth): truth maps (doc, trigger start) to the happening a mention reports.

    Happenings fall on distinct days. Those with a shared participant (an organisation in
    thousands of events, the big blocks) are always reported with their day; the others may
    be reported with their month or undated, which only they can match.
    """
    rng = random.Random(seed)
    reports: list[tuple[int, dict]] = []
    k = 0
    while len(reports) < n_events:
        day = BASE + timedelta(days=2 * k)
        person = (f"{rng.choice(GIVEN)} {surname(k)}", "PERSON")
        shared = rng.random() < 0.4
        other = rng.choice(SHARED) if shared else (f"{rng.choice(GIVEN)} {surname(k + 10_000_000)}", "PERSON")
        place = rng.choice(PLACES)
        verb, noun = rng.choice(LEMMAS)
        for r in range(min(rng.choice([1, 1, 2, 3, 4]), n_events - len(reports))):
            use_noun = rng.random() < 0.4
            lemma = noun if use_noun else verb
            name = person[0] if r == 0 or rng.random() < 0.5 else person[0].split()[-1]
            if shared or r == 0:
                when = _day(day)
            else:
                when = rng.choice([_day(day), _month(day), EventDate()])
            summary = (
                f"the {noun} of {other[0]} by {name} in {place}"
                if use_noun
                else f"{name} {verb}ed {other[0]} near {place}"
            )
            reports.append(
                (
                    k,
                    dict(
                        lemma=lemma,
                        summary=summary,
                        date=when,
                        place=place,
                        actors=(ActorRef(name, "PERSON", "agent"), ActorRef(other[0], other[1], "patient")),
                    ),
                )
            )
        k += 1
    # Spread the reports of one happening over different documents.
    rng.shuffle(reports)
    docs: dict[str, list[Event]] = defaultdict(list)
    truth: dict[tuple[str, int], int] = {}
    used: dict[int, set[str]] = defaultdict(set)
    n_docs = max(1, n_events // per_doc)
    for i, (happening, rep) in enumerate(reports):
        d = i % n_docs
        while f"d{d:06d}" in used[happening]:
            d = (d + 1) % n_docs
        doc = f"d{d:06d}"
        used[happening].add(doc)
        start = len(docs[doc]) * 120 + 3
        truth[(doc, start)] = happening
        docs[doc].append(
            Event(
                id="e" + hashlib.sha1(f"{doc}:{start}".encode()).hexdigest()[:12],
                summary=rep["summary"],
                date=rep["date"],
                predicate=Predicate(rep["lemma"], rep["lemma"]),
                actors=rep["actors"],
                places=(rep["place"],),
                mentions=(
                    Mention(doc, len(docs[doc]), start, start + len(rep["lemma"]), rep["lemma"], rep["summary"]),
                ),
                sources=(doc,),
            )
        )
    extractions = [
        Extraction(document=Document(id=doc, text="", date=DocDate("2020-01-01", "metadata", 1.0)), events=tuple(evs))
        for doc, evs in sorted(docs.items())
    ]
    return extractions, truth


def check(timeline, truth) -> tuple[int, int]:
    """(events mixing happenings, happenings split over several events): both 0 when right."""
    owners = defaultdict(set)
    impure = 0
    for event in timeline.events:
        happenings = {truth[(m.doc, m.start)] for m in event.mentions}
        impure += len(happenings) > 1
        for h in happenings:
            owners[h].add(event.id)
    split = sum(len(ids) > 1 for ids in owners.values())
    return impure, split


def main(argv: list[str]) -> int:
    from timeline.merge import merge

    sizes = [int(a) for a in argv] or [10_000, 100_000]
    for n in sizes:
        extractions, truth = synthetic_corpus(n)
        started = time.perf_counter()
        timeline = merge(extractions)
        elapsed = time.perf_counter() - started
        impure, split = check(timeline, truth)
        print(
            f"{n:>7} events in {len(extractions)} documents -> {len(timeline.events)} merged events, "
            f"{len(timeline.actors)} actors: {elapsed:.2f}s ({n / elapsed:,.0f} events/s); "
            f"impure events {impure}, split happenings {split}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
