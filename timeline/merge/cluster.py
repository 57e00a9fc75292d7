"""Which event mentions report the same happening: candidate blocking, pair scoring, clustering.

Candidates are only compared inside blocks that share a participant (actor or place) and, for
the main block, the happening stem; inside a block a date sweep compares each event with the
few events whose intervals overlap it. The number of comparisons therefore grows with the
number of events times a fixed window, not with its square.

Rules for a pair (see :func:`link`):
  * across documents: dates compatible (intervals overlap; an undated mention may join a dated
    one, unless it matches dated events with no date in common; articles written far apart only
    through explicit dates that name the same time), a shared canonical actor (a shared place
    only for two reports of the very same day, and only when the two say much the same), and the
    same happening: the same
    stem of the trigger lemma ("evacuate"/"evacuation"), or for a reporting or light verb ("say",
    "have") or two different lemmas, similar summaries (rapidfuzz);
  * never across documents: reports that share only countries and each name a country the other
    does not, precise figures or shares that disagree (two readings), a statement and another
    verb's happening, an undated plan and a happening over before the plan's article was written;
  * within one document: only the same stem, the very same date interval and a shared actor;
  * two articles telling it in the same sentence (two versions of one story): the same stem and
    dates that agree are enough, whatever participants were found (reports naming none share a
    block of their stem alone);
  * two articles' reports naming no participant (but whoever tells them): the same stem, the same
    date of at most a week told by each, much the same summary, the same words before the event
    word ("presidential" / "parliamentary" election, "a man" / "a woman" killed: two), and, but for
    a noun naming the happening ("Tuesday's midterm elections"), sentences much alike;
  * two articles' reports sharing only a place (a country, a city), with no other region, country
    or doer telling them apart: as reports sharing no participant (below);
  * two articles' reports sharing no participant found (one names the doer, the other describes him;
    "fighting broke out in 2002 pitting President Laurent Gbagbo against rebels" names no actor): the
    same stem, dates each report gives itself that agree (one inside the other, of at most a month),
    sentences naming the same people or bodies (two capitalised words, not only places), summaries
    that read alike, and no other kind before an event noun ("soccer"/"volleyball" tournament).
A verb told with the word after it as the happening another verb names ("was shot dead", "were
taken hostage", "stepped down": kill, kidnap, resign; the kinds table of timeline.extract.kinds) is
compared across articles under that verb's stem ("Gemayel was killed by a gunshot"), within one
article as written.
A date that is only the article's own date (resolution "reference") matches reports up to two
days earlier: the lead sentence of a news story reports what happened by then.
Pairs are applied best-score first; two clusters are only joined when all their dated members
still share a common interval and no two mentions of one document break the within-document rule.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Any, cast

from rapidfuzz import fuzz

from timeline.calendar_words import MONTHS, WEEKDAYS
from timeline.extract.gazetteer import country_name, is_place
from timeline.extract.kinds import ARTICLES, told_kinds
from timeline.extract.lexicon import EVENT_NOUNS
from timeline.extract.repeats import another_one, reciprocal
from timeline.extract.stems import SAYING, WEAK_STEMS, stem
from timeline.merge.actors import TITLE_WORDS, fold
from timeline.merge.intervals import Span, day_number, describe, intersect, span_days, span_of
from timeline.model import Event, Mention

# Words for one kind of happening, each written as one stem: "peace discussions in Astana" are "the
# peace talks in Astana"; "the assassination of Pierre Gemayel" is his killing ("Gemayel was killed by a gunshot").
_ONE_KIND = {stem(lemma): stem("talk") for lemma in ("talk", "discussion", "negotiation")} | {
    stem(lemma): stem("kill") for lemma in ("assassinate", "assassination")
}
# A verb and the words after it that tell a happening one verb names ("Gemayel was shot dead": his
# killing; "seven oil workers taken hostage": their kidnapping; "stepped down": a resignation), read
# by the kinds table of timeline.extract.kinds: the phrase is written as that verb's stem, so that
# two articles telling one happening in the two ways compare it ("was killed by a gunshot").
_TOLD_AS = {"kidnapping": stem("kidnap"), "death": stem("kill"), "resignation": stem("resign")}
_AFTER_WORD = re.compile(r"[A-Za-z]+")


def _phrase_stem(event: Event) -> str | None:
    """The stem of the verb that names the happening the report's verb tells with the words after
    it ("shot dead": kill), None when its verb and those words name none of :data:`_TOLD_AS`'s
    kinds, or its verb names it alone ("suicide")."""
    predicate = event.predicate
    summary = event.summary or ""
    at = summary.find(predicate.text) if predicate.text else -1
    if at < 0:
        return None
    end = at + len(predicate.text)
    words = _AFTER_WORD.findall(summary[end : end + 60])
    # the word that names the happening is bare ("taken hostage", "took seven workers hostage"), not
    # a thing the verb acts on ("took the hostages to hospital": no kidnapping)
    after = [w for i, w in enumerate(words) if not (i and words[i - 1].lower() in ARTICLES)]
    found = told_kinds(predicate.lemma, after)
    if not found.intersection(_TOLD_AS):
        return None  # most reports: no kind of the table, or another one
    alone = told_kinds(predicate.lemma.split()[0])
    return next((_TOLD_AS[kind] for kind in sorted(found - alone) if kind in _TOLD_AS), None)


SIMILAR_SUMMARY = 0.75  # summary similarity needed when the stem alone does not decide
MIN_SCORE = 0.55
SAME_STEM_WINDOW = 64  # overlapping neighbours compared per event in a (participant, stem) block
CROSS_STEM_WINDOW = 8  # nearest neighbours compared per event in a participant-only block


@dataclass(frozen=True, slots=True)
class Item:
    """An event with the features the pair rules look at (one per event: kept small)."""

    index: int
    event: Event
    key: tuple  # total order independent of input order: (doc, sentence, start, id)
    docs: frozenset[str]
    stem: str
    actors: frozenset[str]  # folded canonical actor names
    participants: frozenset[str]  # folded actor names and places
    span: Span | None
    summary: str
    published: Span | None = None  # first and last publication date of its documents (None: unknown)
    explicit: bool = False  # dated by an expression of its own (not the article date, inference or merge)
    planned: bool = False
    place_only: frozenset[str] = frozenset()  # folded names of its actors that are places (GPE, LOC, FAC)
    # What the pair rules ask of each event many times, computed once (make_item): its person
    # agents, the sources of its figures, the figures with decimals and the shares it gives.
    persons_acting: frozenset[str] = frozenset()
    claim_sources: frozenset[str] = frozenset()
    decimals: frozenset[str] = frozenset()
    percents: frozenset[float] = frozenset()
    occasion: frozenset[str] = frozenset()  # who holds it and which one, for an event noun (_occasion)
    phrase: bool = False  # its stem is the one of the happening its verb tells with the words after it (_phrase_stem)
    capacity: frozenset[tuple[str, frozenset[str]]] = frozenset()  # the post it is of: "resigned as prime minister"
    where: frozenset[str] = frozenset()  # the countries its summary says it happened in ("in India")
    perfect: bool = False  # told in the present perfect with no day of its own (_holds_by_then)

    def display(self, participant: str) -> str | None:
        """The participant (folded) as the event writes it."""
        for name in (*(ref.name for ref in self.event.actors), *self.event.places):
            if fold(name) == participant:
                return name
        return None


# A date taken from the article's own date ("reference": a past-tense lead sentence) says the
# event happened by then, usually a day or two before: it may match a report dated that far back.
REFERENCE_SLACK_DAYS = 2


def _matching_span(event: Event) -> Span | None:
    span = span_of(event.date)
    if span is None or event.date.resolution != "reference":
        return span
    try:
        start = date.fromisoformat(span[0]) - timedelta(days=REFERENCE_SLACK_DAYS)
    except (ValueError, OverflowError):
        return span
    return start.isoformat(), span[1]


def make_item(
    index: int, event: Event, shared: dict | None = None, published: Mapping[str, str | None] | None = None
) -> Item:
    """``shared`` (one dict per merge) makes equal sets and strings one object: most events name
    the same few participants and come from one document, and a merge holds one Item per event.
    ``published``: each document's publication date (the merge never joins reports that could not
    be of one happening given when they were written)."""
    shared = {} if shared is None else shared
    actors = frozenset(fold(ref.name) for ref in event.actors)
    participants = actors.union(fold(place) for place in event.places) if event.places else actors
    mentions = event.mentions
    first: Mention | None = mentions[0] if mentions else None  # most events: one mention
    if len(mentions) > 1:
        first = min(mentions, key=lambda m: (m.doc, m.sentence, m.start))
    key = (
        first.doc if first else "",
        first.sentence if first else -1,
        first.start if first else -1,
        event.id,
    )
    docs = frozenset(event.sources) | frozenset(m.doc for m in event.mentions)
    word = "say" if event.predicate.lemma.split()[0] in SAYING else stem(event.predicate.lemma)
    told = None if word == "say" else _phrase_stem(event)
    word = told or _ONE_KIND.get(word, word)
    days = sorted(d for d in (published.get(doc) for doc in docs) if d) if published else []
    places = frozenset(fold(ref.name) for ref in event.actors if ref.type in _PLACE_TYPES)
    acting = frozenset(fold(r.name) for r in event.actors if r.role == "agent" and r.type == "PERSON")
    sources = frozenset(fold(c.source) for c in event.claims if c.source and c.value is not None)
    decimals, percents = _decimals(event), _percents(event)
    occasion = _occasion(event)
    capacity = _capacity(event)
    where = _where(event)
    span = _matching_span(event)
    perfect = (
        word != "say"
        and event.factuality != "planned"
        and (span is None or (event.date.resolution == "inferred" and span_days(span) > PRECISE_DAYS))
        and _told_in_perfect(event)
    )
    return Item(
        index=index,
        event=event,
        key=key,
        docs=shared.setdefault(docs, docs),
        stem=shared.setdefault(word, word),
        actors=shared.setdefault(actors, actors),
        participants=shared.setdefault(participants, participants),
        span=span,
        # Not through fold's cache: summaries are all different, and would push the names out.
        summary=fold.__wrapped__(event.summary or event.predicate.text),
        published=(days[0], days[-1]) if days else None,
        explicit=event.date.resolution in ("absolute", "relative"),
        planned=event.factuality == "planned",
        place_only=shared.setdefault(places, places),
        persons_acting=shared.setdefault(acting, acting),
        claim_sources=shared.setdefault(sources, sources),
        decimals=shared.setdefault(decimals, decimals),
        percents=shared.setdefault(percents, percents),
        occasion=shared.setdefault(occasion, occasion),
        phrase=told is not None,
        capacity=shared.setdefault(capacity, capacity),
        where=shared.setdefault(where, where),
        perfect=perfect,
    )


# "has killed", "have also been arrested", "has not yet agreed": the auxiliary of a present perfect
# just before the trigger (a few adverbs and "been" between).
_PERFECT_BEFORE = re.compile(
    r"\b(?:has|have|'ve)\s+(?:(?:also|already|now|since|so\s+far|not|yet|never|reportedly|repeatedly|"
    r"been|just|recently|long|all|both)\s+){0,3}$",
    re.IGNORECASE,
)


def _told_in_perfect(event: Event) -> bool:
    """Is the event told in the present perfect ("the virus has killed almost 70 people", "the
    Islamists have refused to renounce violence") by one of its mentions?"""
    for m in event.mentions:
        text, trigger = m.text, m.trigger
        at = text.find(trigger)
        while at >= 0:
            if _PERFECT_BEFORE.search(text, max(0, at - 60), at):
                return True
            at = text.find(trigger, at + 1)
    return False


_PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
# Reports written this far apart are of one happening only when both date it explicitly.
PUBLISHED_APART_DAYS = 45


def _written_apart(a: Item, b: Item) -> bool:
    """Could these two reports not be of one happening, given when their articles were written?

    Articles published far apart (another year: the 23 "killed on Monday" reports of 1997, 2005 and
    2006) join only through explicit dates that agree (the same interval, or two of at most a
    month: a year holds many happenings of one verb and person); a report never joins a happening
    dated after its own article was published (unless one of them tells a plan), nor an undated
    plan a happening over before its article was."""
    pa, pb = a.published, b.published
    if pa is None or pb is None:
        return False
    if _days_between(pa, pb) > PUBLISHED_APART_DAYS and not (
        a.explicit and b.explicit and _dates_match(a.span, b.span)
    ):
        return True
    if not (a.planned or b.planned):
        if b.span is not None and b.span[0] > pa[1] or a.span is not None and a.span[0] > pb[1]:
            return True
    for plan, done, written in ((a, b, pa), (b, a, pb)):
        if (
            plan.planned
            and plan.span is None
            and not done.planned
            and done.span is not None
            and done.span[1] < written[0]
        ):
            # an undated plan is of what is still to come when its article is written: "The Dalai
            # Lama was also expected to meet Albright" (Wednesday) is not "a meeting early Monday
            # between Albright and Mbeki", and does not take its day
            return True
    return _holds_by_then(a, b) or _holds_by_then(b, a)


def _holds_by_then(told: Item, done: Item) -> bool:
    """Is ``told`` a report in the present perfect with no day of its own (what holds by the day
    its article is written: "the H5N1 strain, which has killed almost 70 people over the past two
    years"; "the ruling Islamists have refused to renounce violence") and ``done`` another
    article's happening dated over a week before that day ("In 2003, it killed more than 60
    people"; "the Islamists refused to negotiate in November")? Then the two are not one happening,
    and the report does not take that date."""
    if not told.perfect or done.perfect or done.span is None or told.published is None or done.planned:
        return False
    if told.docs & done.docs:
        return False
    return done.span[1] < told.published[0] and _days_between(done.span, told.published) > PRECISE_DAYS


# The longest date (in days) that pins a happening of another year's article down: a month ("in
# October 2003" is "on Oct. 31, 2003"), not a year ("signed in 2005" is not "signed Monday in Paris").
MATCHING_DATE_DAYS = 31


def _dates_match(a: Span | None, b: Span | None) -> bool:
    """Do two explicit dates name the same time, not just overlap: the same interval, or both at
    most a month long."""
    if a is None or b is None:
        return False
    return a == b or max(span_days(a), span_days(b)) <= MATCHING_DATE_DAYS


def _days_between(pa: Span, pb: Span) -> int:
    try:
        if pa[1] < pb[0]:
            return (date.fromisoformat(pb[0]) - date.fromisoformat(pa[1])).days
        if pb[1] < pa[0]:
            return (date.fromisoformat(pa[0]) - date.fromisoformat(pb[1])).days
    except ValueError:
        return 0
    return 0


def similarity(a: str, b: str) -> float:
    """Summary similarity in [0, 1]: the mean of rapidfuzz's token-sort and token-set ratios.

    token_set alone rates "Putin said" as identical to any longer "Putin said ..." sentence;
    token_sort alone is harsh on rewordings. Their mean is robust to both.
    """
    if not a or not b:
        return 0.0
    return (fuzz.token_sort_ratio(a, b) + fuzz.token_set_ratio(a, b)) / 200.0


@dataclass(frozen=True)
class Link:
    a: Item  # the earlier by key: the mention joined to
    b: Item
    score: float
    reasons: tuple[str, ...]

    def explain(self) -> str:
        ma, mb = _first_doc(self.a), _first_doc(self.b)
        return (
            f"joined {mb}:{self.b.event.id} to {ma}:{self.a.event.id}: {', '.join(self.reasons)}, "
            f"score {self.score:.2f}"
        )


def _first_doc(item: Item) -> str:
    return item.key[0] or ",".join(sorted(item.docs))


def same_document_compatible(a: Item, b: Item) -> bool:
    """Within one article, only mentions that clearly are one happening are joined: the same
    verb, day and participant (not only the same teller: "the military said" of three killings),
    no figures that differ ("One soldier was killed" ... "four more soldiers were killed"), and
    not two clauses of one sentence ("I was born in London but my parents were born in Ireland").
    A verb read with the words after it as another verb's happening ("gunned down": killed) is
    compared as written ("killing one soldier" ... "Cerpa was then gunned down": two deaths)."""
    if a.phrase != b.phrase:
        return False
    if (
        a.stem
        and a.stem == b.stem
        and a.span is not None
        and a.span == b.span
        and (a.actors & b.actors) - _tellers(a) - _tellers(b)
        and not _figures_differ(a, b)
        and not _same_sentence(a, b)
        and not another_one(a.event, b.event)
        and not (reciprocal(a.event) and _partners_differ(a, b))
    ):
        # (one person's meetings with two others on one day are two: "the Dalai Lama met with
        # Shattuck" ... "a meeting between Clinton and the Dalai Lama")
        return True
    if (
        a.span is None
        and b.span is None
        and a.stem
        and a.stem == b.stem
        and a.stem not in WEAK_STEMS
        and _doers(a) & _doers(b)
        and not (a.claim_sources or b.claim_sources)
        and similarity(a.summary, b.summary) >= SAME_TELLING
        and not (reciprocal(a.event) and _partners_differ(a, b))
    ):
        # "Owens spit on Hall after the play" ... "Owens spit on Hall before": told twice; not one
        # person's two meetings with others, undated because planned ("In Paris, Li will hold talks
        # with Dumas" ... "In Portugal, Li is expected to hold talks with Lopes")
        return True
    if _same_plan(a, b):
        return True
    return _same_statement(a, b)


def _same_plan(a: Item, b: Item) -> bool:
    """One planned happening named twice in an article, once with its time and once without: the
    same event word, a place both name that is not a country ("peace discussions in Astana" ... "The
    peace talks in Astana are expected to be held in January"), in two sentences, no figures or
    people that differ, and not "another" one."""
    if not (a.planned and b.planned and a.stem and a.stem not in WEAK_STEMS and a.stem == b.stem):
        return False
    if (a.span is None) == (b.span is None) or not _shared_places(a, b):
        return False
    na, nb = _persons_named(a), _persons_named(b)
    return (
        not (na and nb and not na & nb)
        and not _figures_differ(a, b)
        and not _same_sentence(a, b)
        and not another_one(a.event, b.event)
    )


def _shared_places(a: Item, b: Item) -> set[str]:
    """The places both reports name, folded, but the countries either names as an actor."""
    places = {fold(p) for p in a.event.places} & {fold(p) for p in b.event.places}
    return places - _countries(a) - _countries(b) if places else places


def _shared_town(a: Item, b: Item) -> set[str]:
    """The towns both reports name, folded: places the gazetteer knows that are not countries
    ("Astana", not "Syria", nor "APEC" that the parser took for a place)."""
    return {p for p in _shared_places(a, b) if is_place(p) and country_name(p) is None}


def _one_plan(a: Item, b: Item) -> bool:
    """Two plans named alike for the same town ("peace talks ... in Astana", "The peace talks in
    Astana are expected to be held in January"): one planned happening."""
    return a.planned and b.planned and bool(_shared_town(a, b))


def _countries(item: Item) -> set[str]:
    return {fold(r.name) for r in item.event.actors if r.type == "GPE"}


def _figures_differ(a: Item, b: Item) -> bool:
    va = {c.value for c in a.event.claims if c.value is not None}
    vb = {c.value for c in b.event.claims if c.value is not None}
    return bool(va and vb and not va & vb)


def _same_sentence(a: Item, b: Item) -> bool:
    return bool({(m.doc, m.sentence) for m in a.event.mentions} & {(m.doc, m.sentence) for m in b.event.mentions})


# Two undated mentions in one article with the same verb and person: told twice when their
# summaries say much the same.
SAME_TELLING = 0.6


def _doers(item: Item) -> set[str]:
    """Who does or undergoes the event (not who reports it, nor where)."""
    return {fold(r.name) for r in item.event.actors if r.role in ("agent", "patient")} - item.place_only


def _common_tellers(item: Item) -> set[str]:
    """Who tells the event, when named by common words only ("local media", "media reports"), folded."""
    return {fold(r.name) for r in item.event.actors if r.role == "source" and r.name == r.name.lower()}


def _tellers(item: Item) -> set[str]:
    return {fold(r.name) for r in item.event.actors if r.role == "source"}


def _same_part(a: Item, b: Item) -> bool:
    """A person or body (not a place) both reports name in the same part: the source of both, or
    a participant of both ("Putin said they agreed" is not "Putin agreed")."""
    shared = _shared_body(a, b)
    ta, tb = _tellers(a), _tellers(b)
    return any((name in ta) == (name in tb) for name in shared)


def _agents(item: Item) -> set[str]:
    """Who does the event (people, bodies, countries), folded."""
    return {fold(r.name) for r in item.event.actors if r.role == "agent"}


def _doers_differ(a: Item, b: Item) -> bool:
    """Two reports that have only a place in common, a person doing one of them and someone else
    the other: "Howard condemned the bombings in Jordan", "Iraq condemned the bombings in Amman"
    (one day, two condemnations); "Japan won the team gold", "Japan's Nakamura won the 200m gold"."""
    da, db = _agents(a), _agents(b)
    return bool(da and db and not da & db and (a.persons_acting or b.persons_acting))


def _group_alone_shared(a: Item, b: Item) -> bool:
    """Two reports that share only a group of people (a party's members, a nationality: "Republicans",
    "Palestinians"), each naming another person or body the other does not: two happenings of the group,
    as reports sharing only a country are ("Republicans would elect their Senate leadership Wednesday",
    "House Republicans elected John Boehner as minority leader")."""
    groups = {fold(r.name) for r in a.event.actors if r.type == "NORP"}
    shared = _shared_body(a, b)
    if not groups or not shared <= groups:
        return False  # most pairs: no group, or a person or body shared
    others_a, others_b = _people_and_bodies(a) - shared, _people_and_bodies(b) - shared
    return bool(others_a and others_b and not others_a & others_b)


def _people_and_bodies(item: Item) -> set[str]:
    """The people and bodies that take part in the event (no group, no place, not its teller), folded."""
    return {fold(r.name) for r in item.event.actors if r.type not in _GROUP_OR_PLACE and r.role != "source"}


_GROUP_OR_PLACE = frozenset({"NORP", "GPE", "LOC", "FAC"})


def _persons_named(item: Item) -> set[str]:
    """The people who take part in the event in any role but its teller's, folded."""
    return {fold(r.name) for r in item.event.actors if r.type == "PERSON" and r.role != "source"}


def _speaker(event: Event) -> str | None:
    return next((r.name for r in event.actors if r.role == "agent"), None)


def _same_statement(a: Item, b: Item) -> bool:
    ea, eb = a.event, b.event
    if a.span != b.span or ea.factuality != eb.factuality:
        return False
    if ea.predicate.lemma.split()[0] not in SAYING or eb.predicate.lemma.split()[0] not in SAYING:
        return False
    speaker = _speaker(ea)
    return speaker is not None and speaker == _speaker(eb)


def _conflicting_figures(a: Item, b: Item, same_stem: bool) -> str:
    """Two reports of one happening that give figures from different sources: the same event
    verb, dates that agree (the same interval, or both undated), places that do not disagree,
    and each figure attributed. Returns the sources for the explanation ('' when not)."""
    if not (same_stem and a.stem not in WEAK_STEMS):
        return ""
    sa, sb = a.claim_sources, b.claim_sources
    if not sa or not sb or sa & sb:
        return ""
    if a.span != b.span:
        return ""
    pa, pb = set(a.event.places), set(b.event.places)
    if pa and pb and not pa & pb:
        return ""
    if not a.participants & b.participants or _written_apart(a, b):
        return ""  # the same verb and figures are not enough: the same place or actor too
    names = sorted({c.source for c in a.event.claims + b.event.claims if c.source}, key=fold)
    return ", ".join(names)


# An undated report joins a dated one of another article (and takes its date) only when the two
# say much the same: the same verb and person are not enough ("Clinton visited Tokyo a year ago",
# "... a meeting which Clinton visited"); two plans for one place and time are one ("talks in
# Astana", expected in January). On news-silver's first 600 articles, read by hand: 10 of 17 such
# joins were wrong; with this bar 9 joins are made, 2 of them wrong.
UNDATED_JOIN = 0.6

# Two articles' reports neither of which dates itself (the article's day, inferred, or undated):
# the summaries must say much the same thing.
IMPLICIT_JOIN = 0.65

# Without a shared actor, the summaries must say much the same thing.
PLACE_ONLY_SUMMARY = 0.6


def _shared_body(a: Item, b: Item) -> frozenset[str]:
    """The people and bodies (not places: countries, cities) both reports name."""
    return (a.actors & b.actors) - (a.place_only | b.place_only)


def _place_is_enough(a: Item, b: Item, same_stem: bool) -> bool:
    """A shared place without a shared actor: reports of the very same day, or the same named
    happening ("talks in Astana") where one report names no actor at all (two reports that name
    different actors are different happenings) and only one of them is dated (an undated report
    can join a dated one, never chain two dated ones)."""
    if a.span is not None and a.span == b.span and span_days(a.span) == 1:
        return True
    if _same_week_told_alike(a, b, same_stem):
        return True
    if a.actors and b.actors:
        return False
    if not (same_stem and a.stem not in WEAK_STEMS and (a.span is None) != (b.span is None)):
        return False
    if a.planned and b.planned:
        return True  # the same planned happening at the same place: "talks in Astana", expected in January
    return similarity(a.summary, b.summary) >= PLACE_ONLY_SUMMARY


def _same_week_told_alike(a: Item, b: Item, same_stem: bool) -> bool:
    """A shared place is enough for reports of one event word that name no person or body, date it
    themselves to the same week or days ("last week's Mecca disaster" in two articles) and say much
    the same, with no figures, kinds or people that differ ("last week's presidential election" is not
    "last week's parliamentary election")."""
    if not (same_stem and a.stem not in WEAK_STEMS and a.explicit and b.explicit):
        return False
    if a.span is None or a.span != b.span or span_days(a.span) > PRECISE_DAYS:
        return False
    if a.actors - a.place_only - _tellers(a) or b.actors - b.place_only - _tellers(b):
        return False
    if _figures_differ(a, b) or another_one(a.event, b.event) or _kinds_differ(a, b) or _occasions_differ(a, b):
        return False
    return similarity(a.summary, b.summary) >= ALONE_JOIN


def _link_apart(a: Item, b: Item, shared: bool) -> Link | None:
    """Two reports of one event word that share no participant, or that the participant rules keep
    apart: one happening only when two articles tell it in the same sentence, or (sharing no
    participant) when their sentences name the same people and bodies, or when neither names anyone."""
    lemma = fold(a.event.predicate.lemma)
    if _told_alike(a, b):
        sim = similarity(a.summary, b.summary)
        return Link(a, b, round(0.7 + 0.2 * sim, 4), (f"same lemma '{lemma}' told in the same sentence",))
    if shared:
        return None
    if sim := _told_alone(a, b):
        return Link(
            a,
            b,
            round(0.6 + 0.2 * sim, 4),
            (
                f"same lemma '{lemma}' and summary similarity {sim:.2f}, the same date "
                f"({describe(cast(Span, a.span))}) told by both, neither naming a participant",
            ),
        )
    if names := _named_alike(a, b):
        sim = similarity(a.summary, b.summary)
        when = describe(cast(Span, intersect(cast(Span, a.span), cast(Span, b.span))))
        return Link(
            a,
            b,
            round(0.6 + 0.2 * sim, 4),
            (
                f"same lemma '{lemma}' and the same date ({when}) told by both, their sentences naming "
                + ", ".join(sorted(names)),
            ),
        )
    return None


def link(a: Item, b: Item) -> Link | None:
    """Score a pair of events; None when the rules say they are different happenings."""
    if b.key < a.key:
        a, b = b, a
    found = _link_sharing(a, b)
    if found is None and _place_alone_shared(a, b):
        # Two articles' reports that share only a place (a country, a city) are no more one
        # happening than reports sharing no participant, nor less: they join as those do (the same
        # event word and date each gives itself, sentences naming the same people or bodies,
        # summaries alike): "the 1992 murder of four Kurdish dissidents in Berlin", "a German court
        # ruled that senior Iranian officials were involved in the 1992 murder of four Iranian
        # Kurds in a Berlin restaurant"
        return _link_apart(a, b, False)
    return found


def _place_alone_shared(a: Item, b: Item) -> bool:
    """Do two articles' reports of one event word share a place but no person or body, and no rule
    tells them apart by their places or doers (other regions of one country, other countries,
    another doer: "trapped in Sunday's tunnel collapse in Yunnan Province", "trapped in Sunday's
    mine fire in Shanxi Province")?"""
    if not (a.stem and a.stem == b.stem) or a.docs & b.docs:
        return False
    if not a.participants & b.participants or _shared_body(a, b):
        return False
    return not (_doers_differ(a, b) or _regions_differ(a, b) or _countries_differ(a, b))


def _link_sharing(a: Item, b: Item) -> Link | None:
    """The pair rules for two reports in key order (see :func:`link`)."""
    shared = a.participants & b.participants
    if shared and shared <= _common_tellers(a) | _common_tellers(b):
        # a teller named by common words ("local media", "media reports") is no participant: "the
        # Spanish coast guards arrested 36 immigrants" and "the Vietnamese police arrested a drug
        # seller", both of one day and told by "local media", are two arrests
        shared = frozenset()
    same_stem = bool(a.stem) and a.stem == b.stem
    figures = _conflicting_figures(a, b, same_stem)
    if figures:
        return Link(
            a,
            b,
            0.7,
            (f"same happening '{fold(a.event.predicate.lemma)}' with figures from different sources ({figures})",),
        )
    if not shared or _kept_apart(a, b, same_stem):
        return _link_apart(a, b, bool(shared)) if same_stem else None
    if a.docs & b.docs and _same_statement(a, b):
        return Link(a, b, 0.7, (f"statements of {_speaker(a.event)} in one article",))
    date_score = _date_score(a, b)
    if date_score is None:
        return None
    jaccard = len(shared) / len(a.participants | b.participants)
    strong = same_stem and a.stem not in WEAK_STEMS
    if not same_stem and (jaccard < 0.5 or (a.span is None and b.span is None)):
        return None
    if not same_stem and (a.stem == "say") != (b.stem == "say"):
        # what someone said is not another happening of the same day, however alike the two read:
        # "Gujral on Sunday staked claim to form the government", "Gujral on Sunday said he would
        # improve relations with Pakistan after forming his government"
        return None
    # Rejected whatever the summaries say (the best similarity is 1): most candidate pairs are,
    # and the similarity is the costly part of a pair's score.
    if 0.35 * same_stem + 0.25 + 0.25 * jaccard + 0.15 * date_score < MIN_SCORE:
        return None
    sim = similarity(a.summary, b.summary)
    if strong:
        if a.span is None and b.span is None and sim < 0.6:
            return None
        if _vague(a) != _vague(b) and not a.docs & b.docs and sim < UNDATED_JOIN and not _one_plan(a, b):
            # "Clinton assured Martin Lee" (Friday), "Clinton assured the spiritual leader" (undated);
            # plans too ("Cohen will meet the commander" in Korea, "meetings on Tuesday" in Japan),
            # unless both name the town ("talks in Astana", "expected in January")
            return None
    elif sim < SIMILAR_SUMMARY:
        return None
    if sim < UNDATED_JOIN and not a.docs & b.docs and _loosely_dated(a, b):
        # A year holds many happenings of one verb and body: a report dated only "this year" joins a
        # report of a day as an undated one does ("Italy on Tuesday rejected the EU budget", "French
        # and Dutch voters rejected the EU's constitution earlier this year")
        return None
    if sim < IMPLICIT_JOIN and not a.docs & b.docs and not (a.explicit or b.explicit):
        # Neither report says when (both take their article's day, or none): the same verb and
        # person on one day are not enough, the two must say much the same. "Judge Amin then ruled
        # that the audio feed be cut", "Judge Amin then ruled a 10-minute break": two rulings
        return None
    if sim < PLACE_ONLY_SUMMARY and not a.docs & b.docs and not _shared_body(a, b) and not _one_plan(a, b):
        # Two articles' reports that share only a place (a country, a city) tell the same
        # happening only if they say much the same: "China launched a protection plan" and
        # "China's ministry launched a training program" are two launches
        return None
    score = 0.35 * same_stem + 0.25 * sim + 0.25 * jaccard + 0.15 * date_score
    if score < MIN_SCORE:
        return None
    return Link(a, b, round(score, 4), _reasons(a, b, shared, same_stem, strong, sim))


# A date this long (a week) pins a happening down; one over a month ("this year", "in 2005") hardly.
PRECISE_DAYS = 7


def _vague(item: Item) -> bool:
    """Does the report not say when, for a join: undated, or dated only by inference to more than a
    week (a present perfect given "the month before the article": "The last two polls have shown
    Labour ahead" is not "Two polls put Labour's lead at 19 percent on Wednesday")?"""
    if item.span is None:
        return True
    return item.event.date.resolution == "inferred" and span_days(item.span) > PRECISE_DAYS


def _loosely_dated(a: Item, b: Item) -> bool:
    """Is one report dated to a day or a week and the other only to over a month?"""
    if a.span is None or b.span is None:
        return False
    da, db = span_days(a.span), span_days(b.span)
    return min(da, db) <= PRECISE_DAYS and max(da, db) > MATCHING_DATE_DAYS


# Two articles' sentences that are the same but for small edits (rapidfuzz ratio, 0-100: 85 lets
# a version edit a phrase or two, "grew at an annual rate of just 1.6 percent ... compared with gains
# of 2.6 percent"), and the fewest words such a sentence has (a short one, "He escaped unhurt.", may
# tell two happenings).
SAME_SENTENCE = 85
SAME_SENTENCE_WORDS = 8
# Two versions of one story are written within this many days of each other.
VERSIONS_APART_DAYS = 2


def _told_alike(a: Item, b: Item) -> bool:
    """The same happening told in the same sentence by two articles (two versions of one story),
    whatever participants the two reports were found to have: "The school principal has been
    detained by the local authorities" names no one, and was never compared. Dates must agree,
    and none of the rules that tell two happenings apart may say so."""
    if a.docs & b.docs or _date_score(a, b) is None:
        return False
    if a.span is None and b.span is None and not _written_together(a, b):
        return False  # an undated sentence said again days later: "The cause of the accident is being investigated"
    if not _same_sentence_told(a, b):
        return False
    pa, pb = a.persons_acting, b.persons_acting
    if pa and pb and not pa & pb:
        return False
    return not (
        _written_apart(a, b)
        or _readings_differ(a, b)
        or _figures_differ(a, b)
        or _capacities_differ(a, b)
        or _places_differ(a, b)
    )


def _written_together(a: Item, b: Item) -> bool:
    pa, pb = a.published, b.published
    return pa is not None and pb is not None and _days_between(pa, pb) <= VERSIONS_APART_DAYS


def _same_sentence_told(a: Item, b: Item) -> bool:
    """Does a sentence of one report (of enough words) say what a sentence of the other says, but
    for small edits?"""
    for ma in a.event.mentions:
        ta = ma.text
        if len(ta.split()) < SAME_SENTENCE_WORDS:
            continue
        for mb in b.event.mentions:
            tb = mb.text
            if abs(len(ta) - len(tb)) > 0.2 * max(len(ta), len(tb)) or len(tb.split()) < SAME_SENTENCE_WORDS:
                continue
            if fuzz.ratio(fold.__wrapped__(ta), fold.__wrapped__(tb)) >= SAME_SENTENCE:
                return True
    return False


# Two articles' reports of one verb and one date that name no participant ("Tuesday's midterm
# elections", "a gas explosion occurred at 11:45 a.m. on Nov. 5"): their summaries must say much the same.
ALONE_JOIN = 0.65


def _names_no_one(item: Item) -> bool:
    """Does the report name no participant: no place, and no actor but whoever tells it ("the
    ministry said")?"""
    return not item.event.places and all(ref.role == "source" for ref in item.event.actors)


def _told_alone(a: Item, b: Item) -> float:
    """Two articles' reports naming no participant that tell one happening: the same event word
    (not a reporting or light verb), the same date of at most a week that each says itself ("a gas
    explosion occurred at 11:45 a.m. on Nov. 5" in both, "this week's parliamentary election" and
    "this week's landmark elections"), much the same summary, and none of the rules that tell two
    happenings apart says otherwise. Returns the summary similarity (0 when not)."""
    if a.docs & b.docs or a.stem in WEAK_STEMS or a.stem == "say" or a.planned != b.planned:
        return 0.0
    if not (a.explicit and b.explicit and a.span is not None and a.span == b.span):
        return 0.0
    if span_days(a.span) > PRECISE_DAYS or not (_names_no_one(a) and _names_no_one(b)):
        return 0.0
    if _written_apart(a, b) or _readings_differ(a, b) or _figures_differ(a, b) or another_one(a.event, b.event):
        return 0.0
    sim = similarity(a.summary, b.summary)
    if sim < ALONE_JOIN:
        return 0.0
    if _kinds_differ(a, b) or _occasions_differ(a, b) or _capacities_differ(a, b) or _places_differ(a, b):
        return 0.0
    if not (_named_happening(a) and _named_happening(b)) and not _sentences_alike(a, b):
        return 0.0
    return sim


def _self_dated(item: Item) -> bool:
    """Does the report date itself ("on Wednesday", "in 2002"), with a word that names a happening
    of its own (not a reporting or light verb)?"""
    return item.explicit and item.span is not None and item.stem not in WEAK_STEMS and item.stem != "say"


# Two articles' reports of one event word and one date they each give, whose participants were
# found apart ("The Islamic republic's hardline leader ... launched a fresh attack on Wednesday" names
# no one; "fighting broke out in 2002 pitting President Laurent Gbagbo against rebels" names no
# actor): their sentences must name the same people or bodies, and the summaries read alike.
NAMED_JOIN = 0.5
# How many names the two sentences share, at least one of them no place.
SHARED_NAMES = 2


def _named_alike(a: Item, b: Item) -> set[str]:
    """Two articles' reports of one happening whose participants were found apart: the same event
    word, the same date that each says itself, sentences naming the same people or bodies (at least
    two names, one of them not a place), summaries that read alike, and none of the rules that tell
    two happenings apart says otherwise. Returns the shared names (empty when not)."""
    if (
        a.docs & b.docs
        or not (_self_dated(a) and _self_dated(b))
        or not _one_inside(a.span, b.span)
        or a.planned != b.planned
    ):
        return set()
    names = _sentence_names(a) & _sentence_names(b)
    if len(names) < SHARED_NAMES or all(is_place(name) for name in names):
        return set()
    pa, pb = a.persons_acting, b.persons_acting
    if pa and pb and not pa & pb:
        return set()
    if _written_apart(a, b) or _readings_differ(a, b) or _figures_differ(a, b) or _partners_differ(a, b):
        return set()
    if another_one(a.event, b.event) or _kind_words_differ(a, b) or _occasions_differ(a, b):
        return set()
    if _capacities_differ(a, b) or _places_differ(a, b):
        return set()
    return names if similarity(a.summary, b.summary) >= NAMED_JOIN else set()


def _one_inside(a: Span | None, b: Span | None) -> bool:
    """Is one date inside the other, the longer at most a month ("on Nov. 19" and "on Nov. 18-19",
    "early January" and "in January")?"""
    if a is None or b is None:
        return False
    if a == b:
        return True
    inside = a[0] <= b[0] and b[1] <= a[1] or b[0] <= a[0] and a[1] <= b[1]
    return inside and max(span_days(a), span_days(b)) <= MATCHING_DATE_DAYS


def _kind_word(item: Item) -> str | None:
    """The word just before an event noun that tells its kind ("soccer" in "the women's soccer
    tournament", "presidential" in "Sunday's presidential election"): lower-case (no name), not a
    plain word; None for a verb (the word before it says how: "allegedly raped")."""
    event = item.event
    lemma, text = event.predicate.lemma.lower(), event.predicate.text
    if text.lower() not in (lemma, lemma + "s", lemma + "es"):
        return None
    before = event.summary[: event.summary.rfind(text)].split() if text in event.summary else []
    word = before[-1] if before else ""
    return word if word.isalpha() and word.islower() and word not in _PLAIN_WORDS else None


def _kind_words_differ(a: Item, b: Item) -> bool:
    """Do two event nouns each tell another kind: "the women's soccer tournament" and "the women's
    volleyball tournament" of one day are two ("the parliament election" and "the parliamentary
    election" agree: a word and its longer form)?"""
    ka, kb = _kind_word(a), _kind_word(b)
    if ka is None or kb is None:
        return False
    return not (ka.startswith(kb) or kb.startswith(ka))


# A name in a sentence: a capitalised word ("Gbagbo", "UN", "Sinn" and "Fein"), possessive dropped;
# a run of them is read whole when it names a place.
_NAME_WORD = r"[A-Z][A-Za-z]*(?:[-'’][A-Za-z]+)*"
_NAME_RUN = re.compile(rf"\b{_NAME_WORD}(?:\s+{_NAME_WORD})*")
# Capitalised words that begin a sentence or a quote without naming anyone.
_OPENERS = frozenset(
    "he she it they we i you his her its their our my your but and as after before when while if although though "
    "since with from into over under among during despite meanwhile however also there here these those some many "
    "most all both each other another no not more one two three four five six seven eight nine ten what why how "
    "then so yet".split()
)


def _sentence_names(item: Item) -> set[str]:
    """The capitalised words of the report's sentences, folded, but for plain words, calendar words
    and titles ("The", "On", "Wednesday", "President"); a run of them that names a place is one name
    ("United States", "Ivory Coast": one place, not two names)."""
    names = set()
    for mention in item.event.mentions:
        for run in _NAME_RUN.findall(mention.text):
            words = [w.lower().removesuffix("'s").removesuffix("’s") for w in run.split()]
            if len(words) > 1 and is_place(" ".join(words)):
                names.add(" ".join(words))
                continue
            names.update(
                w for w in words if len(w) > 1 and w not in _PLAIN_WORDS and w not in _OPENERS and w not in TITLE_WORDS
            )
    return names


# A verb's report naming no participant is known only by its words: two articles' sentences must
# tell it alike ("leases which expire on May 14" in two articles on Okinawa's bases), not just
# their summaries ("official statistics released Friday" of marriages and of obesity: two releases).
SENTENCES_ALIKE = 0.6


# Words before a report's event word that tell no kind nor participant: articles, dates, auxiliaries.
_PLAIN_WORDS = (
    frozenset(
        "a an the s this that last next past which who on of in at for by to and or early late week weeks month "
        "year day days night morning afternoon evening ago was were is are has have had been be will would".split()
    )
    | frozenset(MONTHS)
    | frozenset(WEEKDAYS)
)
_WORD = re.compile(r"[a-z]+")


def _told_before(item: Item) -> set[str]:
    """The words of the summary before its event word ("midterm legislative" in "Tuesday's midterm
    legislative elections", "cyclist" in "a cyclist was killed"), but for plain ones; empty when
    the summary does not hold the word."""
    summary = item.event.summary.lower()
    at = summary.rfind(item.event.predicate.text.lower())
    if at <= 0:
        return set()
    return {w for w in _WORD.findall(summary[:at].replace("-", "")) if w not in _PLAIN_WORDS}


def _kinds_differ(a: Item, b: Item) -> bool:
    """Do the two reports each tell a kind or a participant before the event word that the other
    does not: "Sunday's presidential election" / "Sunday's parliamentary elections", "a cyclist was
    killed" / "three farmers were killed"? ("the parliament elections" and "the parliamentary
    election" agree: a word and its longer form.)"""
    wa, wb = _told_before(a), _told_before(b)

    def alone(x: str, other: set[str]) -> bool:
        return not any(x.startswith(y) or y.startswith(x) for y in other if min(len(x), len(y)) >= 5 or x == y)

    return any(alone(x, wb) for x in wa) and any(alone(y, wa) for y in wb)


def _named_happening(item: Item) -> bool:
    """Is the report's word a noun for a happening ("Tuesday's midterm elections", "the Oct. 8
    earthquake", "Heavy fighting began last week"): dated, it names one happening by itself."""
    lemma = item.event.predicate.lemma.lower()
    return lemma in EVENT_NOUNS and item.event.predicate.text.lower() in (lemma, lemma + "s")


def _sentences_alike(a: Item, b: Item) -> bool:
    """Do a sentence of each report say much the same?"""
    return any(
        similarity(fold.__wrapped__(ma.text), fold.__wrapped__(mb.text)) >= SENTENCES_ALIKE
        for ma in a.event.mentions
        for mb in b.event.mentions
    )


# -- occasions of a series ----------------------------------------------------------------------

# Words that end an event noun's modifiers, read back from the noun: articles, pronouns,
# prepositions, conjunctions, auxiliaries ("their annual meeting", "at the leaders' meeting").
_NP_STOP = frozenset(
    "a an the this that these those its their his her our my your whose which who what of in at for by to "
    "and or on with from as into over after before during since until than about against between per is are "
    "was were be been will would has have had".split()
)
_NP_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9\-]*(?:['’]s?)?|\S")
_NP_LONGEST = 6
_ORDINALS = {
    word: rank + 1
    for rank, word in enumerate(
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
        "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split()
    )
}
_ORDINAL_NUMBER = re.compile(r"(\d+)(?:st|nd|rd|th)")
# A group named by an irregular plural's possessive ("the women's final", "the men's final").
_GROUP_POSSESSIVES = {"women's": "women", "women’s": "women", "men's": "men", "men’s": "men"}
# Plural possessives that tell how long, not who ("three days' talks").
_TIME_UNITS = frozenset("hour day week month year decade".split())
# An adjective of rank made from a noun of people ("ministerial" from minister, "presidential",
# "senatorial"): who holds the occasion, as a plural possessive says it ("the ministers' meeting").
_RANK_ADJECTIVE = re.compile(r"([a-z]{4,}(?:er|or|ent))ial")
# How many sides hold it ("a bilateral meeting", "trilateral talks", "multilateral talks").
_SIDES = re.compile(r"(?:uni|bi|tri|quadri|multi)lateral")


def _occasion(event: Event) -> frozenset[str]:
    """What tells one occasion of a series from another, for a report whose word is an event noun:
    the group holding it as the words before the noun name it ("the APEC leaders' meeting": leader;
    "the APEC ministerial meeting": minister; "the women's 400m race": women; "a bilateral
    meeting": bilateral) and its ordinal ("the 8th meeting", "the second round": "#8", "#2").
    Read in the summary and in each sentence that holds the noun once; empty for a verb."""
    predicate = event.predicate
    lemma = predicate.lemma.lower()
    if lemma not in EVENT_NOUNS or predicate.text.lower() not in (lemma, lemma + "s", lemma + "es"):
        return frozenset()
    found: set[str] = set()
    for text, trigger in ((event.summary, predicate.text), *((m.text, m.trigger) for m in event.mentions)):
        at = text.find(trigger) if text and trigger else -1
        if at < 0 or text.find(trigger, at + 1) >= 0:
            continue
        found.update(_occasion_words(text[:at]))
    return frozenset(found)


def _occasion_words(before: str) -> Iterable[str]:
    """The group and ordinal words among the modifiers just before an event noun (``before``: the
    text up to the noun)."""
    words = _NP_WORD.findall(before[-200:])
    for word in reversed(words[-_NP_LONGEST:]):
        low = word.lower()
        if low in _NP_STOP or not low[0].isalnum():
            return
        head = low.split("-")[0]
        if head in _ORDINALS:
            yield f"#{_ORDINALS[head]}"
        elif number := _ORDINAL_NUMBER.fullmatch(head):
            yield f"#{int(number.group(1))}"
        elif low.endswith(("s'", "s’")) and low[:-2] not in _TIME_UNITS and len(low) > 4:
            yield low[:-2]
        elif low in _GROUP_POSSESSIVES:
            yield _GROUP_POSSESSIVES[low]
        elif rank := _RANK_ADJECTIVE.fullmatch(low):
            yield rank.group(1)
        elif _SIDES.fullmatch(low):
            yield low


def _occasions_differ(a: Item, b: Item) -> bool:
    """Two occasions of one series, told apart by what names them: different ordinals ("the second
    round", "the third round"), or different groups holding them and none in common ("the APEC
    ministerial meeting", "the APEC leaders' meeting" of one week; "the women's final", "the men's
    final" of one evening). A report that names neither ("their annual meeting") may be either."""
    oa, ob = a.occasion, b.occasion
    if not oa or not ob:
        return False
    na = {w for w in oa if w[0] == "#"}
    nb = {w for w in ob if w[0] == "#"}
    if na and nb and not na & nb:
        return True
    ga, gb = oa - na, ob - nb
    return bool(ga and gb) and not any(x.startswith(y) or y.startswith(x) for x in ga for y in gb)


# -- the post a happening is of, and the country it happened in ----------------------------------

# Words naming a post, as written after "as" ("resigned as prime minister", "the resignation of Gowda as
# Front leader", "was sworn in as president"): each to the post it names ("premier" is a minister,
# "head" and "chairman" of a body its leader).
_POSTS = {
    **dict.fromkeys("minister premier".split(), "minister"),
    **dict.fromkeys("leader head chief chairman chairwoman chairperson chair boss".split(), "leader"),
    **dict.fromkeys("spokesman spokeswoman spokesperson".split(), "spokesman"),
    **dict.fromkeys("adviser advisor".split(), "adviser"),
    **dict.fromkeys("candidate nominee".split(), "candidate"),
    **{
        word: word
        for word in (
            "president chancellor secretary governor mayor speaker ambassador envoy coach captain manager "
            "director commander member judge senator representative king queen emperor editor executive "
            "officer delegate ceo mediator negotiator prosecutor commissioner treasurer"
        ).split()
    },
}
# Words that make another post of the one after them ("vice president", "deputy prime minister").
_SECOND_POSTS = frozenset("vice deputy assistant".split())
# Words of a post's phrase that tell no post apart: articles, possessives, words of when ("new",
# "interim") and words for any body ("the party's leader" may be "Front leader").
_POST_PLAIN = frozenset(
    "the a an its his her their our of new former outgoing incoming interim acting caretaker current next sole "
    "top party country nation government state organization organisation group body team club company firm".split()
)
# What ends the phrase after "as" ("as prime minister at the weekend"), and what ends the clause of
# the event word before any "as" is read ("resigned after being named as leader": not his post).
_POST_END = frozenset(
    "at in on after before for to with from by since until during over under into and or but who whom which that "
    "when while because following amid than".split()
)
_CLAUSE_END = frozenset(
    "after before when while because since following who whom which that and but or if although though amid "
    "until unless whereas".split()
)
_POST_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9.'’-]*|[^\sA-Za-z0-9]")
_POST_SCAN = 12  # words read after the event word for its "as"
_POST_READ = 12  # words read after "as"
_POST_QUALIFIERS = 3  # words read before a post, and in its "of" phrase
_POST_CHARS = 240  # characters read after the event word (its words, the "as" and the post's)


def _capacity(event: Event) -> frozenset[tuple[str, frozenset[str]]]:
    """The posts a happening is of, as "as" names them right after the event word in its clause
    ("resigned as prime minister": ("minister", {"prime"}); "the resignation of Gowda as Front
    leader": ("leader", {"front"}); "named as deputy coach": ("deputy coach", {}); "resigned as
    premier and leader of the Fianna Fail party": two), each with the other words that tell it.
    Empty when no sentence of the report says it."""
    found: set[tuple[str, frozenset[str]]] = set()
    for mention in event.mentions:
        text, trigger = mention.text, mention.trigger
        if " as " not in text or not trigger:
            continue  # most sentences
        at = text.find(trigger)
        if at < 0 or text.find(trigger, at + 1) >= 0:
            continue
        after = text[at + len(trigger) : at + len(trigger) + _POST_CHARS]
        if " as " not in after:
            continue
        tokens = _POST_TOKEN.findall(after)
        for i, token in enumerate(tokens[:_POST_SCAN]):
            low = token.lower()
            if low == "as":
                found.update(_posts(tokens[i + 1 : i + 1 + _POST_READ]))
                break
            if low in _CLAUSE_END or not token[0].isalnum() or _ends_sentence(token):
                break
    return frozenset(found)


def _post_word(token: str) -> str:
    return token.lower().rstrip(".").removesuffix("'s").removesuffix("’s")


def _ends_sentence(token: str) -> bool:
    """Does the word end its sentence ("leader."; not "U.S." nor "H.D.")?"""
    return token.endswith(".") and len(token) > 2 and "." not in token[:-1]


def _posts(tokens: Sequence[str]) -> list[tuple[str, frozenset[str]]]:
    """The posts the words after "as" name, each with the words before it and those of its "of" or
    "for" phrase ("head of Angola's new government": ("leader", {"angola"})); none when they name no
    post ("as soon as", "as the economy slumped")."""
    posts: list[tuple[str, frozenset[str]]] = []
    before: list[str] = []
    i, n = 0, len(tokens)
    while i < n:
        token = tokens[i]
        low = _post_word(token)
        if not token[0].isalnum() or low in _POST_END:
            break
        i += 1
        post = _POSTS.get(low)
        if post is None:
            if not low[0].isdigit() and low not in _POST_PLAIN:
                before.append(low)
            if len(before) > _POST_QUALIFIERS or _ends_sentence(token):
                break
            continue
        ended = _ends_sentence(token)
        while not ended and i < n and (later := _POSTS.get(_post_word(tokens[i]))) is not None:
            # a post word telling the next one ("head coach", "chief executive"): the next is the post
            before.append(low)
            token, low, post = tokens[i], _post_word(tokens[i]), later
            ended = _ends_sentence(token)
            i += 1
        if before and before[-1] in _SECOND_POSTS:
            before.pop()
            post = f"deputy {post}"
        words = set(before)
        if not ended and i < n and tokens[i].lower() in ("of", "for"):
            i += 1
            taken = 0
            while i < n and taken < _POST_QUALIFIERS and not ended:
                word = tokens[i]
                low = _post_word(word)
                if not word[0].isalnum() or low in _POST_END:
                    break
                if not low[0].isdigit() and low not in _POST_PLAIN:
                    words.add(low)
                    taken += 1
                ended = _ends_sentence(word)
                i += 1
        posts.append((post, frozenset(words)))
        if ended or i >= n or tokens[i].lower() != "and":
            break
        before = []  # another post: "as premier and leader of the Fianna Fail party"
        i += 1
    return posts


def _capacities_differ(a: Item, b: Item) -> bool:
    """Two happenings of one person told apart by the post each is of: "resigned as prime minister"
    and "the resignation of Gowda as Front leader" (a week later), "elected as president" and "elected
    as vice president". Posts agree when they are the same and their other words do not differ
    ("as Front leader", "as head of the United Front"; "as prime minister", "as premier"); a report
    naming no post may be of either."""
    ca, cb = a.capacity, b.capacity
    if not ca or not cb:
        return False
    return not any(x[0] == y[0] and (not x[1] or not y[1] or x[1] & y[1]) for x in ca for y in cb)


# "in" and the place after it in a summary ("delivers speech in India", "in the United States").
_IN_PLACE = re.compile(r"\bin\s+(?:the\s+)?([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})")


def _where(event: Event) -> frozenset[str]:
    """The countries the summary says the happening took place in ("Hu Jintao delivers speech in
    India": India), as the gazetteer names them; towns are left out (a town and its country are one
    place)."""
    summary = event.summary or ""
    if " in " not in summary:
        return frozenset()
    found = set()
    for run in _IN_PLACE.findall(summary):
        country = _country_of(run)
        if country is not None:
            found.add(country)
    return frozenset(found)


@lru_cache(maxsize=4096)
def _country_of(run: str) -> str | None:
    """The country a run of capitalised words begins with ("India Tuesday": India; "Pakistan's": Pakistan)."""
    words = run.split()
    for n in range(len(words), 0, -1):
        name = fold(" ".join(words[:n])).removesuffix("'s").removesuffix("’s")
        country = country_name(name)
        if country is not None:
            return country
    return None


def _countries_told(item: Item) -> set[str]:
    """Every country a capitalised word of the report's sentences names."""
    found = set()
    for mention in item.event.mentions:
        for run in _NAME_RUN.findall(mention.text):
            words = run.split()
            for i in range(len(words)):
                if (country := _country_of(" ".join(words[i:]))) is not None:
                    found.add(country)
    return found


def _places_differ(a: Item, b: Item) -> bool:
    """Two articles' reports that say they happened in different countries, neither sentence naming
    the other's: "Hu Jintao delivers speech in India", "Hu Jintao delivers speech in Pakistan"."""
    wa, wb = a.where, b.where
    if not wa or not wb or wa & wb:
        return False
    return not (wb & _countries_told(a) or wa & _countries_told(b))


def _kept_apart(a: Item, b: Item, same_stem: bool) -> bool:
    """Rules that keep two reports sharing a participant apart, whatever else they share."""
    if _written_apart(a, b):
        return True
    pa, pb = a.persons_acting, b.persons_acting
    if pa and pb and not pa & pb:
        return True  # "Hu arrived in Hanoi on Monday", "Platter arrived in Beijing on Monday": two arrivals
    if not a.actors & b.actors and not _place_is_enough(a, b, same_stem):
        return True
    if not _shared_body(a, b):
        na, nb = _persons_named(a), _persons_named(b)
        if na and nb and not na & nb:
            # only a country or a city in common, and different people: "Jia met a Japanese
            # delegation", "Li met his Japanese counterpart Saiki" (one day, two meetings)
            return True
        if _doers_differ(a, b):
            return True
    elif not a.docs & b.docs and _group_alone_shared(a, b):
        return True
    if not a.docs & b.docs and (
        _readings_differ(a, b)
        or _partners_differ(a, b)
        or _regions_differ(a, b)
        or _countries_differ(a, b)
        or _occasions_differ(a, b)
        or _capacities_differ(a, b)
        or _places_differ(a, b)
    ):
        return True
    if (a.span is None) != (b.span is None) and not _place_is_enough(a, b, same_stem):
        if not _shared_body(a, b):
            return True  # an undated report joins a dated one through a shared person or body, not a city
        if not _same_part(a, b):
            return True  # ... who plays the same part in both: the teller of one is no doer of the other
    return bool(a.docs & b.docs) and not same_document_compatible(a, b)


# A figure with decimals: an index level, a price, a rate ("617.19", "2.275 trillion", "930.50 won").
_DECIMAL = re.compile(r"(?<![\d.])\d[\d,]*\.\d+")


# Every figure with decimals holds a point and a digit: a text without them is not searched (the
# same result, far faster: a search for a point is quick, the figure's pattern is not).
_DECIMAL_HINT = re.compile(r"\.\d")


def _decimals(event: Event) -> frozenset[str]:
    """The figures with decimals an event's summary gives (its sentence's when the summary has none)."""
    found = _DECIMAL.findall(event.summary) if _may_give_decimals(event.summary or "") else []
    if not found:
        found = [x for m in event.mentions if _may_give_decimals(m.text) for x in _DECIMAL.findall(m.text)]
    return frozenset(x.replace(",", "") for x in found)


def _may_give_decimals(text: str) -> bool:
    return _DECIMAL_HINT.search(text) is not None


_NUMBER_WORDS = (
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
    "eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety"
).split()
# A share: "nine percent", "5.5 per cent", "42%", "0.25 percentage points".
_PERCENT = re.compile(
    r"(?<![\w.])(\d[\d,]*(?:\.\d+)?|" + "|".join(_NUMBER_WORDS) + r")\s*(?:%|percent\b|per cent\b|percentage point)",
    re.IGNORECASE,
)
# What every share's match holds (matched the same way; in ASCII text, "%" or "cent" in its lower
# case): a text without it is not searched.
_PERCENT_HINT = re.compile(r"%|percent|per cent", re.IGNORECASE)


def _may_give_shares(text: str) -> bool:
    if text.isascii():
        return "%" in text or "cent" in text.lower()
    return _PERCENT_HINT.search(text) is not None


def _percents(event: Event) -> frozenset[float]:
    """The shares an event's summary gives (its sentence's when the summary has none)."""
    found = _PERCENT.findall(event.summary) if _may_give_shares(event.summary or "") else []
    if not found:
        found = [x for m in event.mentions if _may_give_shares(m.text) for x in _PERCENT.findall(m.text)]
    values = set()
    for x in found:
        word = x.lower()
        if word in _NUMBER_WORDS:
            k = _NUMBER_WORDS.index(word)
            values.add(float(k + 1 if k < 20 else 10 * (k - 17)))
        else:
            values.add(float(x.replace(",", "")))
    return frozenset(values)


# Shares this close (percentage points) may be one reading told roughly ("nearly 90 percent", "90.8 percent").
SHARE_SLACK = 1.0


def _readings_differ(a: Item, b: Item) -> bool:
    """Two readings of a measure that changes from day to day: reports giving precise figures
    (with decimals), none of them the same ("the KOSDAQ gained 4.26 points to 617.19", "gained 4.98
    points to 622.17": two days' closes), or shares, none of them the same ("Labour's lead had fallen
    nine percent" in one survey, "had fallen to just five percent" in another; "nearly 90 percent"
    and "90.8 percent" may be one). Round counts may differ in reports of one happening ("roughly
    2,150", "around 2,154" soldiers killed)."""
    da, db = a.decimals, b.decimals
    if da and db and not da & db:
        return True
    pa, pb = a.percents, b.percents
    return bool(pa and pb) and all(abs(x - y) >= SHARE_SLACK for x in pa for y in pb)


def _partners_differ(a: Item, b: Item) -> bool:
    """One person's two acts with different partners: both reports name a person in common and each
    names another person the other does not ("Gref and Fernandopulle signed", "signed by Schwab and
    Gref": two signings; "Hu and Abe met", "the delegation will meet Hu, Wen and Wu")."""
    na, nb = _persons_named(a), _persons_named(b)
    return bool(na & nb and na - nb and nb - na)


def _regions(item: Item) -> set[str]:
    """The places an event names below a country (provinces, towns, sites), folded."""
    names = {fold(p) for p in item.event.places} | item.place_only
    return {n for n in names if country_name(n) is None}


def _same_region(x: str, y: str) -> bool:
    """ "gaza" and "gaza strip", "guizhou" and "guizhou province": one place written two ways."""
    tx, ty = set(x.split()), set(y.split())
    return tx <= ty or ty <= tx


def _regions_differ(a: Item, b: Item) -> bool:
    """Reports that share only countries and name different places inside them: two happenings
    ("trapped in Sunday's tunnel collapse in China's Yunnan Province", "trapped in Sunday's mine fire
    in China's Shanxi Province")."""
    shared = a.participants & b.participants
    if not shared or any(country_name(name) is None for name in shared):
        return False
    ra, rb = _regions(a), _regions(b)
    return bool(ra and rb) and not any(_same_region(x, y) for x in ra for y in rb)


def _country_names(item: Item) -> set[str]:
    """The countries an event names, as actors or places (folded)."""
    names = {fold(p) for p in item.event.places} | item.place_only
    return {n for n in names if country_name(n) is not None}


def _countries_differ(a: Item, b: Item) -> bool:
    """Reports that share only countries and each name a country the other does not: two
    happenings, one of each other country ("France is expected to provide 1,000 troops to the
    force in Albania", "The Turkish contingent of the force in Albania will provide security for
    Tirana airport"; "Australia condemned the bombings in Jordan", "Iraq condemned the bombings in
    Jordan")."""
    shared = a.participants & b.participants
    if not shared or any(country_name(name) is None for name in shared):
        return False
    ca, cb = _country_names(a), _country_names(b)
    return bool(ca - cb and cb - ca)


def _date_score(a: Item, b: Item) -> float | None:
    """How much the two dates agree (the overlap over the shorter interval; 0.5 when one is undated,
    0.3 when both are), None when they do not overlap."""
    if a.span is not None and b.span is not None:
        overlap = intersect(a.span, b.span)
        if overlap is None:
            return None
        return span_days(overlap) / min(span_days(a.span), span_days(b.span))
    if a.span is not None or b.span is not None:
        return 0.5
    return 0.3


def _reasons(a: Item, b: Item, shared: frozenset[str], same_stem: bool, strong: bool, sim: float) -> tuple[str, ...]:
    """Why the two reports were joined, as the explanation says it."""
    reasons: list[str] = []
    if strong:
        la, lb = fold(a.event.predicate.lemma), fold(b.event.predicate.lemma)
        reasons.append(f"same lemma '{la}'" if la == lb else f"same happening '{la}'/'{lb}'")
    elif same_stem:
        reasons.append(f"same lemma '{fold(a.event.predicate.lemma)}' and summary similarity {sim:.2f}")
    else:
        reasons.append(f"summary similarity {sim:.2f}")
    if a.span is not None and b.span is not None:
        reasons.append(f"dates overlap ({describe(cast(Span, intersect(a.span, b.span)))})")
    elif a.span is not None or b.span is not None:
        reasons.append(f"undated mention joins dated ({describe(cast(Span, a.span or b.span))})")
    else:
        reasons.append("both undated")
    names = sorted((a.display(p) or b.display(p) or p for p in shared), key=fold)
    reasons.append("shared actors: " + ", ".join(names))
    return tuple(reasons)


# -- candidates ----------------------------------------------------------------------------------


# A dated event in a sweep: (first day, last day, rank in key order, index); an undated one: (rank, index).
Dated = tuple[int, int, int, int]
Loose = tuple[int, int]


def sweep(dated: list[Dated], loose: list[Loose], window: int, add, undated: bool) -> None:
    """Call ``add(i, j)`` (i < j) for the overlapping neighbours of each dated event in a block,
    and for undated ones when ``undated``. Sorts its arguments in place.

    The same function serves the in-memory merge and the on-disk one (which holds events as a few
    integers each): both find exactly the same candidate pairs."""
    dated.sort()
    active: list[Dated] = []
    for item in dated:
        start = item[0]
        active = [other for other in active if other[1] >= start]
        for other in active[-window:]:
            add(min(other[3], item[3]), max(other[3], item[3]))
        active.append(item)
        # Bound the work per event: a block of thousands of long-running intervals would
        # otherwise make the sweep quadratic.
        if len(active) > 4 * window:
            del active[: len(active) - 4 * window]
    if not undated:
        return
    loose.sort()
    # An undated mention can only join a dated one it is not ambiguous about; in a big block
    # it would be a guess, so it is compared with dated events only in small blocks.
    partners = [d[3] for d in dated] if len(dated) <= window else []
    for i, (_, index) in enumerate(loose):
        for partner in partners:
            add(min(partner, index), max(partner, index))
        for _, partner in loose[i + 1 : i + 1 + window]:
            add(min(partner, index), max(partner, index))


def blocks(participants: Iterable, stems: Sequence, figures: Sequence[int], *, figures_key=None, container=list):
    """The candidate blocks: (participant, stem) -> indexes and participant -> indexes.

    ``participants[i]`` is event i's participants, ``stems[i]`` its stem, ``figures[i]`` whether it
    gives attributed figures (such reports share a block by stem alone, under ``figures_key``, by
    default "#figures"). ``container`` makes a block's list of indexes."""
    figures_key = FIGURES if figures_key is None else figures_key
    by_stem: dict[tuple, list[int]] = defaultdict(container)
    by_participant: dict = defaultdict(container)
    for index, (names, word) in enumerate(zip(participants, stems, strict=True)):
        for participant in names:
            by_stem[(participant, word)].append(index)
            by_participant[participant].append(index)
    for index, word in enumerate(stems):
        if figures[index]:
            # reports that give figures for the same happening may name no common participant:
            # "the ministry said 6,400 were evacuated", "the minister said 7,000 were evacuated"
            by_stem[(figures_key, word)].append(index)
    return by_stem, by_participant


FIGURES = "#figures"


def block_pairs(by_stem, by_participant, days: Sequence[tuple[int, int] | None], ranks: Sequence[int], add) -> None:
    """Run the sweeps of every block, calling ``add(i, j)`` for each candidate pair (repeats included)."""
    for table, window, undated in ((by_stem, SAME_STEM_WINDOW, True), (by_participant, CROSS_STEM_WINDOW, False)):
        for block in table.values():
            if len(block) < 2:
                continue
            dated: list[Dated] = []
            loose: list[Loose] = []
            for index in block:
                span = days[index]
                if span is None:
                    loose.append((ranks[index], index))
                else:
                    dated.append((span[0], span[1], ranks[index], index))
            sweep(dated, loose, window, add, undated)


def day_span(item: Item) -> tuple[int, int] | None:
    return None if item.span is None else (day_number(item.span[0]), day_number(item.span[1]))


def key_ranks(keys: Sequence[tuple]) -> list[int]:
    """Each key's position in sorted order (equal keys: by position), as sort keys."""
    ranks = [0] * len(keys)
    for rank, index in enumerate(sorted(range(len(keys)), key=keys.__getitem__)):
        ranks[index] = rank
    return ranks


def by_stem_alone(item: Item) -> bool:
    """Is the event in a block of its stem alone (not only in its participants' blocks)? Reports
    giving attributed figures, which may name no common participant, reports naming no
    participant at all (or only whoever tells them), which only an article telling them in the same
    words, or with the same date, can join, and reports dating themselves, which another article's
    report of that date whose sentence names the same people or bodies can join (:func:`_named_alike`)."""
    return bool(item.claim_sources) or not item.participants or _names_no_one(item) or _self_dated(item)


def candidate_pairs(items: Sequence[Item]) -> set[tuple[int, int]]:
    by_stem, by_participant = blocks(
        [it.participants for it in items], [it.stem for it in items], [by_stem_alone(it) for it in items]
    )
    pairs: set[tuple[int, int]] = set()
    add = lambda i, j: pairs.add((i, j))  # noqa: E731
    block_pairs(by_stem, by_participant, [day_span(it) for it in items], key_ranks([it.key for it in items]), add)
    return pairs


# -- clustering ----------------------------------------------------------------------------------


@dataclass
class _Cluster:
    members: list[Item]
    span: Span | None  # the interval every dated member shares
    explain: list[str]


def cluster(
    events: Sequence[Event], published: Mapping[str, str | None] | None = None
) -> list[tuple[list[Event], list[str]]]:
    """Group events reporting the same happening; each group with its explanation lines.

    Groups come out in a deterministic order (by their first member's key), members ordered by key.
    """
    shared: dict = {}
    items = [make_item(i, e, shared, published) for i, e in enumerate(events)]
    del shared
    links = [lk for i, j in candidate_pairs(items) if (lk := link(items[i], items[j])) is not None]
    return group(items, links)


def group(items: Sequence[Item], links: list[Link]) -> list[tuple[list[Event], list[str]]]:
    """The clusters of ``items`` that ``links`` (links between them) make: links applied best score
    first, each only when the two clusters may join. Every item is in one group.

    The items of one connected component of the links give the same groups alone as with all
    the others: the on-disk merge groups one component at a time."""
    links = _drop_ambiguous_undated(links)
    links.sort(key=lambda lk: (-lk.score, lk.a.key, lk.b.key))
    # Most events join nothing: a cluster is only made for an item a link names.
    owner: dict[int, _Cluster] = {}
    for lk in links:
        ca = owner.get(lk.a.index) or _Cluster([lk.a], lk.a.span, [])
        cb = owner.get(lk.b.index) or _Cluster([lk.b], lk.b.span, [])
        if ca is cb or not _can_join(ca, cb):
            continue
        joined = _Cluster(ca.members + cb.members, _common_span(ca.span, cb.span), ca.explain + cb.explain)
        joined.explain.append(lk.explain())
        for member in joined.members:
            owner[member.index] = joined
    seen: set[int] = set()
    groups: list[tuple[Any, list[Event], list[str]]] = []
    for it in items:
        c = owner.get(it.index)
        if c is None:
            groups.append((it.key, [it.event], []))
            continue
        if id(c) in seen:
            continue
        seen.add(id(c))
        members = sorted(c.members, key=lambda it: it.key)
        groups.append((members[0].key, [it.event for it in members], c.explain))
    groups.sort(key=lambda g: g[0])
    return [(evs, explain) for _, evs, explain in groups]


def _drop_ambiguous_undated(links: list[Link]) -> list[Link]:
    """An undated mention that matches dated events with no date in common joins none of them."""
    spans: dict[int, list[Span]] = defaultdict(list)
    for lk in links:
        if (lk.a.span is None) != (lk.b.span is None):
            undated, dated = (lk.a, lk.b) if lk.a.span is None else (lk.b, lk.a)
            spans[undated.index].append(cast(Span, dated.span))
    ambiguous = set()
    for index, found in spans.items():
        common: Span | None = found[0]
        for span in found[1:]:
            common = intersect(common, span)
        if common is None:
            ambiguous.add(index)
    if not ambiguous:
        return links
    return [
        lk for lk in links if not ((lk.a.span is None) != (lk.b.span is None) and {lk.a.index, lk.b.index} & ambiguous)
    ]


def _common_span(a: Span | None, b: Span | None) -> Span | None:
    if a is None:
        return b
    if b is None:
        return a
    return intersect(a, b)


def _can_join(a: _Cluster, b: _Cluster) -> bool:
    if a.span is not None and b.span is not None and intersect(a.span, b.span) is None:
        return False
    for x in a.members:
        for y in b.members:
            if x.docs & y.docs and not (
                same_document_compatible(x, y) or _conflicting_figures(x, y, bool(x.stem) and x.stem == y.stem)
            ):
                return False
            if _written_apart(x, y):
                return False  # a chain of links may not join what no link could
            if x.occasion and y.occasion and not x.docs & y.docs and _occasions_differ(x, y):
                # nor two occasions of one series joined through a report of the whole ("the APEC
                # summit meetings" of the week, with the ministers' meeting and the leaders' meeting)
                return False
            if x.capacity and y.capacity and _capacities_differ(x, y):
                return False  # nor a person's resignations as prime minister and as party leader
            if x.where and y.where and not x.docs & y.docs and _places_differ(x, y):
                return False  # nor his speeches in India and in Pakistan
            px, py = x.persons_acting, y.persons_acting
            if px and py and not px & py:
                # nor two happenings done by different people: "Jia met a Japanese delegation" and
                # "Ban and Aso agreed to meet", both linked to a meeting of neither ("Li met Saiki")
                return False
    return True
