"""Presentation helpers every exporter shares: date labels, chronological grouping, evidence.

Pure functions over model values; no format knows how another one labels a date.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from urllib.parse import urlsplit

from timeline.model import Document, Event, EventDate, Mention, Timeline

UNDATED_HEADING = "Undated: no date could be resolved"

# Not strftime("%B"): that follows the process locale, and labels must not change with it.
_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
_SEASONS = {"SP": "spring", "SU": "summer", "FA": "autumn", "AU": "autumn", "WI": "winter"}
# Precisions whose label would otherwise read like a plain date; the suffix keeps them apart.
_SUFFIXED = {"month", "quarter", "season", "year"}


@dataclass(frozen=True)
class DateGroup:
    """Consecutive dated events that share one date (same interval and precision)."""

    label: str
    date: EventDate
    events: tuple[Event, ...]


def _day(iso: str | None) -> dt.date | None:
    if not iso:
        return None
    try:
        return dt.date.fromisoformat(iso[:10])
    except ValueError:
        return None


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _long(d: dt.date) -> str:
    return f"{d.day} {_MONTHS[d.month - 1]} {d.year}"


def point_before(date: EventDate) -> EventDate | None:
    """The point a date with an open start lies before, as a date of its own ("more than 10 years
    ago" in 2006, EDTF "../1996": the year 1996); None for any other date, or a point with no days."""
    if not date.open_start or not date.value or date.value.endswith("_REF"):
        return None
    end = (date.edtf or "").removeprefix("..")
    if re.fullmatch(r"/\d{4}-\d\d-\d\d", end):
        # "more than a week ago": before the day a week back, not before that week
        return replace(date, edtf=end[1:], earliest=end[1:], latest=end[1:], precision="day")
    # imported here, not with this module: importing any module of timeline.temporal loads the
    # package, and with it normalization and spaCy (~0.7 s CPU), which the main process of `extract`
    # (it prints the chronology the worker analysed) and the other commands never need otherwise
    from timeline.temporal.values import interval

    iv = interval(date.value)
    if not iv.earliest:
        return None
    return replace(date, edtf=iv.edtf, earliest=iv.earliest, latest=iv.latest, precision=iv.precision)  # type: ignore[arg-type]


def date_label(date: EventDate) -> str:
    """A human label whose wording shows the precision: "16 December 2016", "January 2017 (month)"."""
    if not date.dated:
        return "undated"
    if date.open_start and date.value and not date.value.endswith("_REF"):
        # "more than 10 years ago" (2006): before the year 1996, how long before unknown
        point = point_before(date)
        return f"before {date_label(point)}" if point else "undated"
    first = _day(date.earliest)
    if first is None:
        return date.earliest or "undated"
    last = _day(date.latest) or first
    p = date.precision
    half_year = p == "quarter" and re.search(r"-H[12]$", date.value or "") is not None
    # the months from January a report counts ("the first nine months of 2005") have the precision
    # of a quarter and are no quarter: "January – September 2005"
    months = (
        p == "quarter"
        and not half_year
        and first.year == last.year
        and not (first.month in (1, 4, 7, 10) and last.month == first.month + 2)
    )
    if (p == "day" or p == "none") and first == last:
        label = _long(first)
    elif p == "day":
        label = f"{_long(first)} – {_long(last)}"  # a range of days ("December 15-16")
    elif p == "week":
        label = f"week of {_long(first)}"
    elif p == "month":
        label = f"{_MONTHS[first.month - 1]} {first.year}"
    elif months:
        label = f"{_MONTHS[first.month - 1]} – {_MONTHS[last.month - 1]} {first.year}"
    elif half_year:
        # a half of a year has the precision of a quarter, and is no quarter (no suffix either)
        label = f"{'first' if (date.value or '').endswith('1') else 'second'} half of {first.year}"
    elif p == "quarter":
        label = f"Q{(first.month - 1) // 3 + 1} {first.year}"
    elif p == "season":
        code = (date.value or "")[-2:]
        label = f"{_SEASONS[code]} {first.year}" if code in _SEASONS else f"{_short(first)} – {_short(last)}"
    elif p == "year":
        label = str(first.year)
    elif p == "decade":
        return f"{first.year - first.year % 10}s"
    elif p == "century":
        return f"{_ordinal(first.year // 100 + 1)} century"
    else:
        return f"{_long(first)} – {_long(last)}"
    if p in _SUFFIXED and not half_year and not months:
        label += f" ({p})"
    if date.resolution in ("inferred", "merged"):
        label = f"≈ {label}"  # not said by the text itself: from the story's thread or another article
    return label


_HOW = {
    "relative": "relative to the article's date",
    "reference": "the article's own date",
    "inferred": "inferred from the story told before it",
    "merged": "given by another article reporting it",
    "unresolved": "not resolved: the article has no date",
}


def how_dated(date: EventDate) -> str:
    """The date as written and how it was obtained: '“Friday” (relative to the article's date)'."""
    text = one_line(date.text)
    how = _HOW.get(date.resolution, "")
    if text:
        return f"“{text}” ({how})" if how else f"“{text}”"
    return how if date.resolution in ("reference", "inferred", "merged") else ""


def _short(d: dt.date) -> str:
    return f"{_MONTHS[d.month - 1][:3]} {d.year}"


def _sort_key(e: Event) -> tuple[str, str]:
    # Coarse dates sort at their start, so "December 2016" precedes the days inside it.
    return (e.date.earliest or "", e.date.latest or e.date.earliest or "")


def _group_key(e: Event) -> tuple[str | None, str | None, str]:
    return (e.date.earliest, e.date.latest or e.date.earliest, e.date.precision)


def chronology(events: Sequence[Event]) -> tuple[list[DateGroup], list[Event]]:
    """Dated events grouped by date in time order (stable for ties), and the undated ones apart."""
    dated = sorted((e for e in events if e.date.dated), key=_sort_key)
    undated = [e for e in events if not e.date.dated]
    groups: list[DateGroup] = []
    bucket: list[Event] = []
    for e in dated:
        if bucket and _group_key(bucket[0]) != _group_key(e):
            groups.append(_group(bucket))
            bucket = []
        bucket.append(e)
    if bucket:
        groups.append(_group(bucket))
    return groups, undated


def _group(bucket: list[Event]) -> DateGroup:
    """A date heading is ≈ only when no event under it has the date from its own text."""
    told = next((e for e in bucket if e.date.resolution not in ("inferred", "merged")), None)
    date = (told or bucket[0]).date
    return DateGroup(date_label(date), date, tuple(bucket))


def documents_by_id(timeline: Timeline) -> dict[str, Document]:
    return {d.id: d for d in timeline.documents}


def source_title(doc_id: str, docs: dict[str, Document]) -> str:
    """The article title when known, else its id: what a reader recognizes."""
    doc = docs.get(doc_id)
    return (doc.title or "").strip() or doc_id if doc else doc_id


def safe_url(url: str | None) -> str | None:
    """The URL if it is plain http(s); anything else (javascript:, data:) is not linkable."""
    if not url:
        return None
    url = url.strip()
    try:
        scheme = urlsplit(url).scheme.lower()
    except ValueError:
        return None
    if scheme not in ("http", "https") or not url.lower().startswith(scheme + ":"):
        return None
    # A newline or a space would end the link in Markdown ("[click me](javascript:...)" after it),
    # a CR/LF would break an iCalendar line: every control, space and quote is percent-encoded.
    return _URL_UNSAFE.sub(lambda m: "".join(f"%{b:02X}" for b in m.group().encode("utf-8")), url)


_URL_UNSAFE = re.compile(
    r"[\x00-\x20\x7f-\xa0\u00ad\u061c\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff\ufff9-\ufffb\s<>\"`]"
)


def evidence(event: Event) -> Mention | None:
    """The mention that gave the event its date, else the first one."""
    if not event.mentions:
        return None
    i = event.date.mention
    if i is not None and 0 <= i < len(event.mentions):
        return event.mentions[i]
    return event.mentions[0]


def main_actors(event: Event) -> tuple[str | None, str | None]:
    """(actor1, actor2): the first agent and the first patient, falling back to actor order."""
    agents = [a.name for a in event.actors if a.role == "agent"]
    patients = [a.name for a in event.actors if a.role == "patient"]
    others = [a.name for a in event.actors if a.role != "source"]
    first = agents[0] if agents else (others[0] if others else None)
    second = next((n for n in patients if n != first), None)
    if second is None:
        second = next((n for n in others if n != first), None)
    return first, second


def actor_names(event: Event) -> list[str]:
    seen: list[str] = []
    for a in event.actors:
        if a.name not in seen:
            seen.append(a.name)
    return seen


# C0/C1 control characters (ESC above all): an article must not drive the reader's terminal.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
# Control characters and the bidirectional overrides (U+202E turns "exe.txt" into "txt.exe")
# are removed from anything printed; newlines are kept where a cell has several lines.
_UNPRINTABLE = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def printable(text: str | None) -> str:
    """``text`` without control (but newline) and bidi-override characters: safe on a terminal."""
    return _UNPRINTABLE.sub("", text or "")


def one_line(text: str | None) -> str:
    """Article text as one printable line: newlines break tables, CSV rows and Markdown blocks."""
    return " ".join(_CONTROL.sub("", text or "").split())


def headline(e: Event) -> str:
    """An event's summary as the title of its row: one line, its first word capitalised when it is
    a plain lower-case word ("about 34,000 people had left eastern Aleppo" reads "About 34,000 ...");
    a name written in lower case ("eBay") and a quotation keep theirs. The summary itself, in JSON
    and CSV, stays as the text wrote it."""
    text = one_line(e.summary) or one_line(e.predicate.text)
    first = text.split(" ", 1)[0]
    if first.isalpha() and first.islower():
        return text[0].upper() + text[1:]
    return text


def plural(n: int, noun: str) -> str:
    """'1 event', '2 events', '2,452 documents'."""
    return f"{n:,} {noun}{'' if n == 1 else 's'}"


_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_DATED_BY = {
    "metadata": "dated by its metadata",
    "dateline": "dated from its dateline",
    "text": "dated from its text",
    "option": "date given",
}


def short_day(iso: str | None) -> str | None:
    """'Fri 23 Dec 2016' (None for no or an unreadable day)."""
    d = _day(iso)
    return f"{_WEEKDAYS[d.weekday()]} {d.day} {_MONTHS[d.month - 1][:3]} {d.year}" if d else None


def document_date(doc: Document) -> str:
    """A document's own date and where it came from: 'dated from its text: Fri 23 Dec 2016'."""
    day = short_day(doc.date.value)
    if day is None:
        return "no date found: its relative dates stay unresolved (timeline documents --set-date ID DATE)"
    how = _DATED_BY.get(doc.date.origin, "dated")
    if doc.date.origin in ("text", "dateline") or doc.date.confidence < 1.0:
        return f"{how}: {day} (confidence {doc.date.confidence:g})"
    return f"{how}: {day}"
