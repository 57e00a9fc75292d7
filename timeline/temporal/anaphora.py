"""Expressions that lean on a time the text gave before: "the following year", "later that day",
"the day before", "the quarter" of an earnings report, and relative dates in reported speech,
resolved against the time of the telling."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from datetime import date, timedelta

from timeline.model import TimeExpr
from timeline.nlp.doctables import doc_text, sentence_bounds, sentence_of, span_text
from timeline.nlp.lemmas import lemma
from timeline.temporal.arithmetic import _add_months, _unit_offset
from timeline.temporal.lexicon import SEASONS, SMALL_NUMBERS, WEEKDAYS
from timeline.temporal.rules import _MONTH_RX, _PART, _REL_K, _WEEKDAY_RX, ANAPHOR_RX, UNIT_BEFORE, normalize_expression
from timeline.temporal.tense import direction
from timeline.temporal.values import interval

_ANAPHORIC_QUARTER = re.compile(
    r"^(?:the\s+)?(?:same|year-ago|year-earlier)?\s*(?:quarter|period)$|^(?:the\s+)?latest period$|"
    r"^a year (?:ago|earlier)$|"
    r"year-ago|year-earlier|^the \d{4} (?:quarter|period)$|"
    r"^(?:the (?:(?:same|corresponding|comparable|equivalent|like) )?(?:quarter|period) (?:of )?"
    r"(?:last year|a year (?:ago|earlier)|the previous year)|last year's (?:quarter|period))$",
    re.IGNORECASE,
)
# a sentence about a half year, nine months or a whole year compares with that period, not a quarter
_LONGER_PERIOD = re.compile(
    r"\b(?:six|nine)[- ]months?\b|\b(?:first|second) half\b|\bfull year\b|"
    r"\b(?:fiscal )?year (?:ended|ending)\b",
    re.IGNORECASE,
)
_YEAR_BACK = re.compile(r"^(?:the\s+)?(?:a year (?:ago|earlier)|year-ago|year-earlier)(?:\s+(?:period|results))?$")


def _quarter_begun_by(value: str, ref: date | None) -> bool:
    """Whether the quarter ``value`` (YYYY-Qn) has begun by ``ref``: reports compare past quarters."""
    if ref is None:
        return True
    y, q = int(value[:4]), int(value[-1])
    return (y, q) <= (ref.year, (ref.month - 1) // 3 + 1)


def _just_ended(ref: date | None) -> str | None:
    """The quarter completed last before ``ref``: the one an earnings report is about."""
    if ref is None:
        return None
    q = (ref.month - 1) // 3
    return f"{ref.year}-Q{q}" if q else f"{ref.year - 1}-Q4"


def _anaphoric_quarter(t: str, value: str, last_quarter: str) -> str:
    """ "the quarter", "a year earlier" in a text about a quarter refer to that quarter (or a year before)."""
    if not _ANAPHORIC_QUARTER.search(t):
        return value
    y, q = last_quarter.split("-")
    explicit = re.search(r"\d{4}", t)
    if explicit:
        return f"{explicit.group(0)}-{q}"
    if "year" in t:
        return f"{int(y) - 1}-{q}"
    return last_quarter


_NAMES_DAY = re.compile(
    r"\b(?:today|tonight|tomorrow|yesterday|this|last|next|overnight)\b|"
    + _WEEKDAY_RX.pattern
    + "|"
    + _MONTH_RX.pattern,
    re.IGNORECASE,
)
_ALWAYS_ANAPHORIC = {"that", "that same", "the same", "the following", "the previous", "the prior", "the"}
_ANCHOR_SENTENCES = 3  # how far back (in sentences) an anaphor looks for the date it points to


def _shift(anchor: str, unit: str, k: int) -> str | None:
    """The ``unit`` holding calendar value ``anchor``, moved by ``k`` units; None if too coarse."""
    m = re.match(r"(\d{4})(?:-(\d\d)(?:-(\d\d))?)?(?![\d-]|-W)", anchor)
    if not m:
        return None
    y, mo, d = int(m[1]), m[2], m[3]
    if unit == "year":
        return f"{y + k:04d}"
    if mo is None:
        # "that same day" after "in 1998": a day of that year, which one unsaid
        if k or unit == "week":
            return None
        return f"{y:04d}-XX-XX" if unit == "day" else f"{y:04d}-XX"
    if unit == "month":
        yy, mm = _add_months(y, int(mo), k)
        return f"{yy:04d}-{mm:02d}"
    if d is None:
        return None if k or unit != "day" else f"{y:04d}-{mo}-XX"
    try:
        return _unit_offset(date(y, int(mo), int(d)), unit, k)
    except ValueError:
        return None


def _anaphor(text: str, anchor: str | None, narrative: bool) -> str | None:
    """The value of an anaphoric expression resolved against ``anchor``, or None to keep the usual one."""
    m = ANAPHOR_RX.match(text)
    if not m or anchor is None:
        return None
    det, unit = m[1], m[2]
    if det not in _ALWAYS_ANAPHORIC and not narrative:
        return None
    return _shift(anchor, unit, _REL_K.get(det, 0))


_CALENDAR = re.compile(r"\d{4}(?:-\d\d)?(?:-\d\d)?(?:T|$)")


@dataclass(frozen=True)
class _Anchor:
    value: str  # a calendar value: YYYY, YYYY-MM or YYYY-MM-DD, maybe with a time
    explicit: bool  # written out in full, not read from the reference date
    sentence: int
    end: int  # character offset where the expression ends


# "the previous Friday", "the following Tuesday": a weekday counted from the day the story is on
_NEXT_WEEKDAY = re.compile(r"the (previous|following|next) (" + "|".join(WEEKDAYS) + ")")


def _weekday_from(
    span, det: str, weekday: int, value: str, uses_ref: bool, anchor: _Anchor | None
) -> tuple[str, bool, bool]:
    """The weekday before or after the day the text gave last (for "the next", only in a clause told
    in the past: "will meet the next Friday" counts from the article's date)."""
    if (
        anchor is None
        or not re.match(r"\d{4}-\d\d-\d\d", anchor.value)
        or (det == "next" and direction(span, own_words=False) != "past")
    ):
        return value, uses_ref, True
    day = date.fromisoformat(anchor.value[:10])
    if det == "previous":
        day -= timedelta(days=(day.isoweekday() - weekday) % 7 or 7)
    else:
        day += timedelta(days=(weekday - day.isoweekday()) % 7 or 7)
    return day.isoformat(), uses_ref and not anchor.explicit, False


# "that summer", "the following spring", "the previous winter": a season next to the date given before
_SEASON_ANAPHOR = re.compile(
    r"(?:(?:earlier|later) (?:in )?)?(that|that same|the same|the following|the next|the previous|the prior) "
    r"(spring|summer|fall|autumn|winter)"
)
_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def _season_from(
    span, det: str, word: str, value: str, uses_ref: bool, anchor: _Anchor | None
) -> tuple[str, bool, bool]:
    """The season of, after or before the year (or month) the text gave last ("the next", only in a
    clause told in the past: "will open the next summer" counts from the article's date)."""
    m = re.match(r"(\d{4})(?:-(\d\d))?", anchor.value) if anchor is not None else None
    if anchor is None or m is None or (det == "the next" and direction(span, own_words=False) != "past"):
        return value, uses_ref, True
    code = SEASONS[word]
    year, month = int(m[1]), int(m[2]) if m[2] else None
    start = _SEASON_START[code]
    if _REL_K.get(det, 0) > 0:
        year += 0 if month is not None and start > month else 1
    elif _REL_K.get(det, 0) < 0:
        year -= 0 if month is not None and start < month and code != "WI" else 1
    elif code == "WI" and month is not None and month <= 2:
        year -= 1  # "that winter" after "in January 2010": the winter of 2009-10
    return f"{year:04d}-{code}", uses_ref and not anchor.explicit, False


# the value a unit's apposition takes from the date it follows ("October, the month after the coup")
_UNIT_VALUE = {"month": r"\d{4}-\d\d", "year": r"\d{4}", "week": r"\d{4}-W\d\d"}


# "one day earlier", "two weeks earlier": a day counted back from the day the text gave before
_DAYS_EARLIER = re.compile(r"(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) (day|week)s? earlier")
# ("a year earlier" is left to the earnings comparisons: the quarter or the year a year back)
_YEARS_EARLIER = re.compile(
    r"(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) (month|year)s? earlier(?<!\ba year earlier)"
)


def _count(word: str) -> int:
    """ "a", "two", "12" -> 1, 2, 12 (the words _DAYS_EARLIER and _YEARS_EARLIER allow)."""
    return 1 if word in ("a", "an") else SMALL_NUMBERS.get(word) or int(word)


_THE_PART = re.compile(r"the\s+(?:morning|afternoon|evening|night)", re.IGNORECASE)


# what sets an apposition off from the date it renames: a comma or a dash
_APPOSED = re.compile(r"\s*(?:,|--?|–|—)\s*")
# the words that open what "the day before" or "the day after" is told against: a noun phrase or a
# clause ("the day after the vote", "the day before Abe took office", "the day after campaigning")
_OPENS_WHAT = frozenset({"DET", "PRON", "PROPN", "NOUN", "NUM", "VERB", "ADJ"})


def day_next_to_what(span) -> str | None:
    """What "the day before/after" is counted from, in its own sentence: "clause" (its "before" or
    "after" opens a clause, "the day after police found the bodies", "the day after campaigning"),
    "phrase" ("the day after the vote"), or None ("met the day before.", "the day after, in Paris")."""
    doc = span.doc
    if span.end >= len(doc) or sentence_bounds(span)[1] <= span.end or doc[span.end].pos_ not in _OPENS_WHAT:
        return None
    word = doc[span.end - 1]
    if word.dep_ == "mark" or any(c.dep_ == "pcomp" for c in word.children):
        return "clause"
    return "phrase"


def day_next_to_clause(spans: list, out: list[TimeExpr]) -> list[TimeExpr]:
    """ "the day after Abe took office on Sept. 26": the day next to the date the words it is counted
    from give (the next day-precise date of its sentence, with no comma or dash between)."""
    # (a cheap look first: most texts hold no unknown day)
    unknown = {(t.start, t.end): i for i, t in enumerate(out) if t.value == "XXXX-XX-XX" and t.type == "DATE"}
    if not unknown:
        return out
    for span in spans:
        i = unknown.get((span.start_char, span.end_char))
        if i is None or out[i].resolution != "unresolved":
            continue
        side = re.fullmatch(r"the day (before|after)", span_text(span).lower())
        if not side or not day_next_to_what(span):
            continue
        end = sentence_bounds(span)[1]
        end_char = span.doc[end - 1].idx + len(span.doc[end - 1]) if end > 0 else 0
        nxt = next((t for t in out[i + 1 :] if t.start >= span.end_char), None)
        if (
            nxt is None
            or nxt.start >= end_char
            or nxt.type != "DATE"
            or not re.fullmatch(r"\d{4}-\d\d-\d\d", nxt.value)
            or re.search(r"[,;:()]|--|–|—", doc_text(span.doc)[span.end_char : nxt.start])
        ):
            continue
        day = date.fromisoformat(nxt.value) + timedelta(days=-1 if side[1] == "before" else 1)
        iv = interval(day.isoformat(), None)
        out[i] = dataclasses.replace(
            out[i],
            value=day.isoformat(),
            edtf=iv.edtf,
            earliest=iv.earliest,
            latest=iv.latest,
            precision=iv.precision,  # type: ignore[arg-type]
            resolution="relative",
        )
    return out


def _lean_on(
    span, ttype: str, value: str, uses_ref: bool, anchor: _Anchor | None, ref: date | None
) -> tuple[str, bool, bool]:
    """(value, uses_ref, dangling) of ``span`` once the date the text gave before is taken into account.

    ``dangling`` marks an expression that points back but found nothing to point to: its value was
    read from the reference date and is no date for later expressions to point back to.
    """
    if ttype == "DATE":
        low = UNIT_BEFORE.sub(r"the previous \1", re.sub(r"\s+", " ", span.text.lower()).strip(" .,;:"))
        side = re.fullmatch(r"the day (before|after)", low)
        if side:
            if anchor is None or not re.match(r"\d{4}-\d\d-\d\d", anchor.value):
                return value, uses_ref, True
            day = date.fromisoformat(anchor.value[:10])
            if not _APPOSED.fullmatch(doc_text(span.doc)[anchor.end : span.start_char]):
                # "Nov. 3, the day before the warrant" (or "Thursday -- the day after ...") is Nov. 3
                # itself: an apposition
                if day_next_to_what(span) == "clause":
                    # "came the day after Brussels rejected the plan": the day next to a happening its
                    # own clause tells, not to the date the text gave before (which may be either day;
                    # "the day before the vote" points back to a vote the text dated)
                    return value, uses_ref, True
                day += timedelta(days=-1 if side[1] == "before" else 1)
            return day.isoformat(), uses_ref and not anchor.explicit, False
        back = _DAYS_EARLIER.fullmatch(low)
        if back:
            # "sank on March 3; the captain had been warned two days earlier": counted back from that day
            if anchor is None or not re.match(r"\d{4}-\d\d-\d\d", anchor.value):
                return value, uses_ref, False
            n = _count(back[1])
            day = date.fromisoformat(anchor.value[:10]) - timedelta(days=n * (7 if back[2] == "week" else 1))
            return day.isoformat(), uses_ref and not anchor.explicit, False
        back = _YEARS_EARLIER.fullmatch(low)
        if back and anchor is not None:
            # "in 2005, up from two years earlier": 2003; "in May 1998 ... two months earlier": March 1998
            shifted = _shift(anchor.value, back[2], -_count(back[1]))
            if shifted is not None and anchor.explicit:
                return shifted, False, False
        unit = re.fullmatch(r"the (?:last )?(month|year|week)", low)
        if (
            unit
            and anchor is not None
            and re.fullmatch(_UNIT_VALUE[unit[1]], anchor.value)
            and re.fullmatch(r"\s*,\s*", doc_text(span.doc)[anchor.end : span.start_char])
            and (low.count(" ") == 1 or span.root.dep_ not in ("nsubj", "nsubjpass"))
        ):
            # "In October, the month after the coup"; "until 2020, the last year covered by the pact"
            # (not "In 2001, the last year was bad": the subject of its own clause)
            return anchor.value, uses_ref and not anchor.explicit, False
        season = _SEASON_ANAPHOR.fullmatch(low)
        if season:
            return _season_from(span, season[1], season[2], value, uses_ref, anchor)
        nth = _NEXT_WEEKDAY.fullmatch(low)
        if nth:
            return _weekday_from(span, nth[1], WEEKDAYS[nth[2]], value, uses_ref, anchor)
        m = ANAPHOR_RX.match(low)
        if not m:
            return value, uses_ref, False
        if (
            anchor is not None
            and m[1] == "the"
            and (
                not re.match(r"\d{4}-\d\d-\d\d", anchor.value)
                or "\n\n" in doc_text(span.doc)[anchor.end : span.start_char]
            )
        ):
            anchor = None
        narrative = direction(span, own_words=False) == "past"
        resolved = _anaphor(m.group(0), anchor.value, narrative) if anchor else None
        if resolved is None or anchor is None:
            return value, uses_ref, True
        return resolved, uses_ref and not anchor.explicit, False
    if (
        ttype == "TIME"
        and anchor is not None
        and re.match(r"\d{4}-\d\d-\d\d(?:T|$)", anchor.value)
        and value.startswith(ref.isoformat() if ref else "XXXX-XX-XX")
        and not _NAMES_DAY.search(span.text)
        and ("\n\n" not in doc_text(span.doc)[anchor.end : span.start_char] or _THE_PART.fullmatch(span.text))
    ):
        # "shot on Oct. 23, at 10 p.m.": a time of day with no day of its own, in the paragraph that gave
        # a day, is on that day ("overnight" names its own night); "the morning", "the night" point
        # back at the story's day wherever it was given
        on = anchor.value[:10]
        if anchor.value.endswith("TNI") and value.endswith("TMO"):
            # "the overnight fall on Wall Street ... at the close of the morning session": the morning
            # after a night is the next day's
            on = (date.fromisoformat(on) + timedelta(days=1)).isoformat()
        return on + value[10:], uses_ref, False
    return value, uses_ref, False


# Verbs that report what someone said or wrote: a date attached to one is the day of the telling.
_SPEECH = {
    "say",
    "tell",
    "write",
    "announce",
    "declare",
    "state",
    "add",
    "insist",
    "warn",
    "predict",
    "promise",
    "speak",
    "vow",
    "pledge",
    "tweet",
    "post",
    "explain",
    "claim",
    "reply",
}
_TOLD = {"ccomp", "parataxis", "xcomp"}  # what a reporting verb reports
_DEICTIC_WORD = re.compile(r"^(?:early |late )?(today|tonight|tomorrow|yesterday)$")


def _speech_verb(span) -> object | None:
    """The reporting verb ``span`` dates ("said on Tuesday", "in an e-mail last year she wrote",
    "in a 2012 interview he said"), through prepositions and nouns only; None if there is none."""
    tok = span.root
    for _ in range(6):
        head = tok.head
        if head.i == tok.i or tok.dep_ in _TOLD:
            return None
        if head.pos_ in ("VERB", "AUX"):
            if head.tag_ in ("VBP", "VBZ"):
                # "with the finding of a rifle 11 days ago, the police say they can act next week": a
                # saying in the present is told now, whatever time its sentence opens with
                return None
            return head if lemma(head).lower() in _SPEECH and tok.dep_ in ("prep", "npadvmod", "tmod", "obl") else None
        tok = head
    return None


_QUOTED = re.compile(r'"[^"]*"|“[^”]*”')


def _reported_by(span, verb) -> bool:
    """Whether ``span`` sits in what ``verb`` reports (its clausal complement or a quotation)."""
    sent = sentence_of(span)
    text = span_text(sent)
    for q in _QUOTED.finditer(text):
        inside = range(sent.start_char + q.start(), sent.start_char + q.end())
        if span.start_char in inside:
            return verb.idx not in inside
    tok = span.root
    for _ in range(12):
        head = tok.head
        if head.i == tok.i:
            return False
        if head.i == verb.i:
            return tok.dep_ in _TOLD
        tok = head
    return False


def _told_on(t: TimeExpr, span, told: str, ref: date | None) -> TimeExpr | None:
    """``t`` resolved against the day (or month, or year) it was told, or None to keep it."""
    low = re.sub(r"\s+", " ", span.text.lower()).strip(" .,;:")
    if (ref is not None and told[:10] == ref.isoformat()) or re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)?", low):
        # told on the article's own day, read again against that day the expression would only lose
        # what its context gave it ("from April 9 to 11, they said on Wednesday": 11 is April's); the
        # second day of a range has the first day's month and year, whenever it was told
        return None
    if re.fullmatch(r"\d{4}-\d\d-\d\d", told[:10]) and len(told) >= 10:
        _, value, _ = normalize_expression(
            span.text, span.label_ or "DATE", date.fromisoformat(told[:10]), direction(span)
        )
    else:
        coarse = re.fullmatch(r"(\d{4})(-\d\d)?", told)
        if not coarse:
            return None
        deictic = _DEICTIC_WORD.match(low)
        wd = _WEEKDAY_RX.search(low)
        if deictic:
            value = f"{coarse[1]}{coarse[2] or '-XX'}-XX"
        elif wd and not re.search(r"\b(?:last|next|this|every|each)\b|\d", low):
            part = re.search(r"\b(morning|afternoon|evening|night)\b", low)
            value = f"{coarse[1]}-WXX-{WEEKDAYS[wd[1]]}" + (f"T{_PART[part[1]]}" if part else "")
        else:
            return None
    if value == t.value:
        return None
    iv = interval(value, ref)
    return dataclasses.replace(
        t,
        value=value,
        edtf=iv.edtf,
        earliest=iv.earliest,
        latest=iv.latest,
        precision=iv.precision,  # type: ignore[arg-type]
    )


def _story_time(spans: list, out: list[TimeExpr], ref: date | None) -> list[TimeExpr]:
    """Relative expressions in reported speech resolved against the time of the telling: in
    "'We will win today,' he said on Tuesday", today is Tuesday; in "in an e-mail last year she
    wrote: call me Monday morning", a Monday of last year."""
    if not spans or not spans[0].doc.has_annotation("DEP"):
        return out
    at = {(t.start, t.end): i for i, t in enumerate(out)}
    told: list[tuple[object, object, str]] = []  # (sentence start, verb, value of the telling)
    for span in spans:
        i = at.get((span.start_char, span.end_char))
        if i is None or out[i].type not in ("DATE", "TIME") or not _CALENDAR.match(out[i].value):
            continue
        verb = _speech_verb(span)
        if verb is not None:
            told.append((sentence_bounds(span)[0], verb, out[i].value))
    if not told:
        return out
    for span in spans:
        i = at.get((span.start_char, span.end_char))
        if i is None or out[i].resolution != "relative" or out[i].type not in ("DATE", "TIME"):
            continue
        for sent, verb, value in told:
            if sent == sentence_bounds(span)[0] and _reported_by(span, verb):
                moved = _told_on(out[i], span, value, ref)
                if moved is not None:
                    out[i] = moved
                break
    return out
