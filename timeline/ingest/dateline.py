"""Find the dateline that opens a news story ("MOSCOW, Dec. 23 (Reuters) -") and the date in it.

Rule: only the first three non-blank lines are looked at, and only while the lines before look
like a headline (short, no dateline). A dateline is either PLACE[, Region][, DATE] followed by
(AGENCY) or /AGENCY/ and maybe a dash, or by a dash (--, -, —, –, _) alone; or a DATE followed by
an agency, a dash, or the end of its line. An ALL-CAPS place needs nothing more; a Mixed-case
place needs a date or an agency, and a dash. The date counts as the document's date only when the
dateline itself writes the year; otherwise the month and day are kept on the Dateline
(``month_day``) for the caller to combine with a year it trusts.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from timeline.ingest.dates import MONTH_NAMES, WEEKDAY, month_number

# Month and weekday names in any case, inside otherwise case-sensitive patterns.
_MONTH = rf"(?i:{MONTH_NAMES})\b\.?"
_WEEKDAY = rf"(?i:{WEEKDAY})"
_YEAR = r"(?:\s*,\s*|\s+)(?P<{}>(?:1[89]|2\d)\d\d)\b"
_DATE = (
    rf"(?:{_WEEKDAY},?\s+)?"
    rf"(?:(?P<m1>{_MONTH})\s*(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\b(?:{_YEAR.format('y1')})?"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{_MONTH})(?:{_YEAR.format('y2')})?)"
)
_AGENCY = r"(?:\(\s*(?P<a1>[A-Z][\w.&' -]{0,30}?)\s*\)|/\s*(?P<a2>[A-Z][\w -]{1,30}?)\s*/)"
_DASH = r"(?:-{1,3}|[—–_])"
_SEP = rf"\s*{_DASH}(?=\s|$)"
# After an agency the dash may touch the next word ("(Xinhua) --The") or be missing altogether.
_AGENCY_END = rf"\s*{_AGENCY}(?:\s*{_DASH})?"
_CAPS_WORD = r"[A-Z][A-Z.'\-]+"
_CAPS_PLACE = rf"(?P<caps>{_CAPS_WORD}(?:\s+{_CAPS_WORD}){{0,3}})"
_MIXED_PLACE = r"(?P<mixed>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})"
_REGION = rf"(?:,\s*(?!{_MONTH})(?P<region>[A-Z][A-Za-z.'\-]*(?:\s+[A-Z][A-Za-z.'\-]*){{0,2}}))?"

_PLACE_FIRST = re.compile(rf"^\s*(?:{_CAPS_PLACE}|{_MIXED_PLACE}){_REGION}(?:\s*,\s*{_DATE})?(?:{_AGENCY_END}|{_SEP})")
_DATE_FIRST = re.compile(rf"^\s*{_DATE}(?:{_AGENCY_END}|{_SEP}|\s*$)")

_MAX_LINES = 3
_HEADLINE_MAX = 200


@dataclass(frozen=True)
class Dateline:
    """A dateline at the top of a story; start/end are offsets into the document text."""

    text: str
    start: int
    end: int
    place: str | None = None
    agency: str | None = None
    year: int | None = None
    month: int | None = None
    day: int | None = None

    @property
    def value(self) -> str | None:
        """YYYY-MM-DD when the dateline writes a full, valid date."""
        if self.year is None or self.month is None or self.day is None:
            return None
        try:
            return dt.date(self.year, self.month, self.day).isoformat()
        except ValueError:
            return None

    @property
    def month_day(self) -> str | None:
        """``--MM-DD`` (ISO 8601 without year) when the dateline gives a month and a day."""
        if self.month is None or self.day is None:
            return None
        return f"--{self.month:02d}-{self.day:02d}"


def find_dateline(text: str) -> Dateline | None:
    """The dateline opening ``text``, or None."""
    offset = 0
    seen = 0
    for line in text.split("\n"):
        start = offset
        offset += len(line) + 1
        if not line.strip():
            continue
        seen += 1
        found = _match_line(line, start)
        if found is not None:
            return found
        # A dateline may follow a headline, never a paragraph of body text.
        if seen >= _MAX_LINES or len(line) > _HEADLINE_MAX or line.rstrip().endswith((".", "!", "?")):
            return None
    return None


def _match_line(line: str, start: int) -> Dateline | None:
    m = _PLACE_FIRST.match(line)
    # "Barack Obama (D) said": a Mixed-case start needs a date or an agency, and a dash after it.
    if m and m.group("mixed") and not ((_has_date(m) or _agency(m)) and m.group(0).rstrip()[-1] in "-—–_"):
        m = None
    if m is None:
        m = _DATE_FIRST.match(line)
    if m is None:
        return None
    month, day, year = _date_parts(m)
    if month is not None and not _valid_month_day(month, day, year):
        return None
    groups = m.groupdict()
    place = groups.get("caps") or groups.get("mixed")
    if place and groups.get("region"):
        place = f"{place}, {groups['region']}"
    lead = len(line) - len(line.lstrip())
    return Dateline(
        text=m.group(0).strip(),
        start=start + lead,
        end=start + len(m.group(0).rstrip()),
        place=place,
        agency=_agency(m),
        year=year,
        month=month,
        day=day,
    )


def _has_date(m: re.Match[str]) -> bool:
    return bool(m.group("m1") or m.group("m2"))


def _agency(m: re.Match[str]) -> str | None:
    return m.group("a1") or m.group("a2")


def _date_parts(m: re.Match[str]) -> tuple[int | None, int | None, int | None]:
    if m.group("m1"):
        month, day, year = m.group("m1"), m.group("d1"), m.group("y1")
    elif m.group("m2"):
        month, day, year = m.group("m2"), m.group("d2"), m.group("y2")
    else:
        return None, None, None
    return month_number(month.rstrip(".")), int(day), int(year) if year else None


def _valid_month_day(month: int, day: int | None, year: int | None) -> bool:
    try:
        dt.date(year or 2000, month, day or 1)  # 2000 is a leap year: Feb 29 stays possible
    except ValueError:
        return False
    return True
