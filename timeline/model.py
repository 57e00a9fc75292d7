"""Value types that flow between the pipeline stages.

Frozen dataclasses only: no I/O, no ids computed from storage, no knowledge of JSON.
The wire format lives in :mod:`timeline.schema`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

DateOrigin = Literal["metadata", "dateline", "text", "option", "none"]
Precision = Literal["day", "week", "month", "season", "quarter", "year", "decade", "century", "none"]
Resolution = Literal["absolute", "relative", "reference", "inferred", "merged", "unresolved"]
Role = Literal["agent", "patient", "source", "other"]
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]

PRECISIONS: tuple[str, ...] = ("day", "week", "month", "season", "quarter", "year", "decade", "century", "none")


@dataclass(frozen=True, slots=True)
class DocDate:
    """The article's own date: the reference for every relative date in it."""

    value: str | None = None  # ISO 8601 calendar date, YYYY-MM-DD
    origin: DateOrigin = "none"
    confidence: float = 0.0


@dataclass(frozen=True, slots=True)
class Document:
    """One article as read from its source, before any NLP."""

    id: str
    text: str
    path: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    date: DocDate = field(default_factory=DocDate)
    line: int | None = None  # 1-based line in a JSONL source, for error messages


@dataclass(frozen=True, slots=True)
class TimeExpr:
    """A temporal expression found in a document, normalized.

    ``start``/``end`` are character offsets into ``Document.text``.
    ``earliest``/``latest`` are ISO dates bounding the interval the expression denotes
    (None when unknown, e.g. unresolved relative dates or unanchored durations).
    """

    start: int
    end: int
    text: str
    type: TimexType
    value: str  # TIMEX3 value: 2016-12-16, 2016-W50, P6Y, XXXX-WXX-1, PRESENT_REF ...
    edtf: str | None = None
    earliest: str | None = None
    latest: str | None = None
    precision: Precision = "none"
    resolution: Resolution = "absolute"
    doc: str = ""
    # TIMEX3 mod: how the time meant stands to the value's point ("more than 10 years ago": BEFORE 1996)
    mod: str | None = None


# How much each way of dating is trusted, best first: an explicit date beats one inferred from context.
RESOLUTION_RANK = {"absolute": 0, "relative": 1, "reference": 2, "inferred": 3, "merged": 3, "unresolved": 4}
# The most factual telling speaks for a happening told several times: one report told as fact makes it asserted.
FACTUALITY_RANK = {"asserted": 0, "reported": 1, "planned": 2, "generic": 3, "hypothetical": 4, "negated": 5}


@dataclass(frozen=True, slots=True)
class EventDate:
    """When an event happened, how it was obtained and how precise it is."""

    value: str | None = None  # TIMEX3 value
    edtf: str | None = None
    earliest: str | None = None
    latest: str | None = None
    precision: Precision = "none"
    text: str | None = None  # the expression in the article ("Friday")
    resolution: Resolution = "unresolved"
    mention: int | None = None  # index into Event.mentions of the mention that gave the date

    @property
    def dated(self) -> bool:
        return self.earliest is not None

    @property
    def open_start(self) -> bool:
        """Dated before a point, how long before left open ("more than 10 years ago": EDTF "../1996",
        its earliest the first day the tool represents)."""
        return bool(self.edtf and self.edtf.startswith("../"))


@dataclass(frozen=True, slots=True)
class Predicate:
    lemma: str
    text: str


@dataclass(frozen=True, slots=True)
class ActorRef:
    """An actor as it takes part in one event."""

    name: str  # canonical name
    type: str  # PERSON, ORG, GPE, NORP, LOC, ...
    role: Role = "other"


@dataclass(frozen=True, slots=True)
class Mention:
    """Evidence: where an event is reported. start/end: the trigger's character offsets."""

    doc: str
    sentence: int
    start: int
    end: int
    trigger: str
    text: str  # the sentence
    # what this report alone says of when (None: nothing): a merged event's date may come from
    # another report, this keeps each source's own
    date: MentionDate | None = None


@dataclass(frozen=True, slots=True)
class MentionDate:
    """One report's own date for its event (the fields of EventDate that say when and how)."""

    earliest: str | None = None
    latest: str | None = None
    resolution: Resolution = "unresolved"
    text: str | None = None


@dataclass(frozen=True, slots=True)
class Claim:
    """A figure reported about an event, with who reported it (kept, never averaged)."""

    text: str  # "more than 6,400 people"
    value: float | None = None
    qualifier: str | None = None  # "more than", "nearly", "about" ...
    source: str | None = None  # actor that made the claim
    doc: str | None = None


@dataclass(frozen=True, slots=True)
class Event:
    id: str
    summary: str
    date: EventDate
    predicate: Predicate
    actors: tuple[ActorRef, ...] = ()
    places: tuple[str, ...] = ()
    mentions: tuple[Mention, ...] = ()
    sources: tuple[str, ...] = ()  # document ids
    claims: tuple[Claim, ...] = ()
    confidence: float = 1.0
    explain: tuple[str, ...] = ()  # why mentions were merged (empty for single mentions)
    # how the article tells it: asserted, reported, planned (listed) or negated, hypothetical,
    # generic (kept only with --all-events); see timeline.extract.factuality
    factuality: str = "asserted"
    polarity: str = "positive"
    salience: float = 0.0  # how much the story is about it (sources, lead position, named actors, date)


@dataclass(frozen=True, slots=True)
class Actor:
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    events: int = 0


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything found in one document: the unit the store keeps and merge consumes."""

    document: Document
    timexes: tuple[TimeExpr, ...] = ()
    events: tuple[Event, ...] = ()
    actors: tuple[Actor, ...] = ()


@dataclass(frozen=True, slots=True)
class StoredDocument:
    """A document as `timeline documents` lists it: its metadata and how many events it reports."""

    document: Document
    events: int = 0


@dataclass(frozen=True, slots=True)
class Timeline:
    documents: tuple[Document, ...] = ()
    # A tuple, or a sequence that reads its events back from disk (merge.ondisk.StoredEvents).
    events: Sequence[Event] = ()
    actors: tuple[Actor, ...] = ()
