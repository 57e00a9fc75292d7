"""The rules that read one recognized temporal expression into a TIMEX3 type and value, against a
reference date and in the direction the governing verb gives; dateparser reads what no rule does."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import lru_cache

from timeline.temporal.arithmetic import (
    _AHEAD,
    _UNRESOLVED_UNIT,
    _duration,
    _nth_weekday,
    _resolve_month_year,
    _resolve_weekday,
    _two_digit_year,
    _unit_name,
    _unit_offset,
    _valid_day,
    _week,
)
from timeline.temporal.lexicon import (
    DAY_WORDS,
    DECADE_WORDS,
    EASTER_DAYS,
    FLOATING_HOLIDAYS,
    HOLIDAYS,
    MONTHS,
    NUMBER,
    ORDINALS,
    SEASONS,
    UNITS,
    WEEKDAYS,
    number_value,
)
from timeline.temporal.tense import Direction

_MONTH_RX = re.compile(r"\b(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b\.?")
_WEEKDAY_RX = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b")
_PART = {
    "morning": "MO",
    "afternoon": "AF",
    "evening": "EV",
    "night": "NI",
    "overnight": "NI",
    "tonight": "NI",
}


_QUARTER_ORD = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "1st": 1,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
    "final": 4,
    "last": 4,
}


_SEASON_ORDER = {"SP": 0, "SU": 1, "FA": 2, "WI": 3}


def _r(ttype: str, value: str, uses_ref: bool = True) -> tuple[str, str, bool]:
    return (ttype, value, uses_ref)


def _month_of(text: str) -> int | None:
    m = _MONTH_RX.search(text)
    if not m:
        return None
    return MONTHS[m.group(1)]


def _year_in(text: str) -> int | None:
    m = re.search(r"(?<![\d-])(1[0-9]\d\d|20\d\d)(?!\d)", text)
    return int(m.group(1)) if m else None


_NUM = rf"(?<![\w-])({NUMBER})"
_UNIT = (
    r"(seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|fortnights?|months?|quarters?|years?|decades?"
    r"|centur(?:y|ies))"
)
_DUR_RX = re.compile(
    rf"{_NUM}(?:\s+1/2|\s+and\s+a\s+half)?(?:\s+or\s+(?:so|more|\w+)|\s+(?:more|additional|extra))?"
    rf"[\s-]+(?:(?:trading|business|working|calendar|consecutive|straight|successive|full|long|whole)\s+)?{_UNIT}\b(?:-long)?(\s+and\s+a\s+half)?"
)
_AGO_RX = re.compile(rf"{_NUM}[\s-]+{_UNIT}(?:\s+or\s+so)?\s+(ago|earlier|later|before|hence|from now)$")


def _count(word: str) -> float | None:
    w = word.strip()
    for prefix in (
        "about ",
        "around ",
        "nearly ",
        "almost ",
        "more than ",
        "less than ",
        "some ",
        "over ",
        "up to ",
        "at least ",
        "only ",
        "just ",
        "roughly ",
        "approximately ",
    ):
        if w.startswith(prefix):
            w = w[len(prefix) :]
    if re.fullmatch(r"\d+\.\d+", w):
        return float(w)
    m = re.fullmatch(r"(\d+)\s+1/2", w)
    if m:
        return int(m[1]) + 0.5
    if w in ("a couple of", "a couple", "couple of"):
        return 2
    return number_value(w)


def _rule_absolute(t: str, ref: date | None, way: Direction):
    m = re.fullmatch(r"((?:1[0-9]|20)\d\d)-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?", t)
    if m:
        if m[3] and _valid_day(int(m[1]), int(m[2]), int(m[3])):
            return _r("DATE", f"{m[1]}-{m[2]}-{m[3]}", False)
        return _r("DATE", f"{m[1]}-{m[2]}", False)
    m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})", t)
    if m:
        y = int(m[3]) if len(m[3]) == 4 else _two_digit_year(int(m[3]), ref)
        mo, d = int(m[1]), int(m[2])
        if _valid_day(y, mo, d):
            return _r("DATE", f"{y:04d}-{mo:02d}-{d:02d}", False)
    return None


# "march eighth", "april twenty-first": a day in words right after the month
_DAY_WORD_RX = re.compile(_MONTH_RX.pattern + r"\s+(" + "|".join(sorted(DAY_WORDS, key=len, reverse=True)) + r")\b")


def _month_day(t: str, ref: date | None, way: Direction):
    month = _month_of(t)
    if month is None:
        return None
    rest = _MONTH_RX.sub(" ", t)
    dm = re.search(r"(?<![\d:'])(\d{1,2})(?:st|nd|rd|th)?\b(?!\s*(?:a\.m|p\.m|am\b|pm\b|:))", rest)
    year = _year_in(rest)
    day = int(dm[1]) if dm and 1 <= int(dm[1]) <= 31 else None
    spelled = _DAY_WORD_RX.search(t) if day is None else None
    if spelled:
        day = DAY_WORDS[spelled[2]]
    if year is None:
        m2 = re.search(r"'(\d\d)\b", rest)
        if m2:
            year = _two_digit_year(int(m2[1]), ref)
    explicit = year is not None
    if year is None and ref is not None:
        if re.search(r"\blast year\b", t):
            year = ref.year - 1
        elif re.search(r"\bnext year\b", t):
            year = ref.year + 1
        elif re.search(r"\bthis year\b|^this\b", t):
            year = ref.year
        elif re.search(r"\b(last|past|previous)\b", t):
            year = ref.year if month < ref.month else ref.year - 1
        elif re.search(r"\b(next|coming|following)\b", t):
            year = ref.year if month > ref.month else ref.year + 1
        else:
            year = _resolve_month_year(ref, month, way, day or 0)
    ystr = f"{year:04d}" if year is not None else "XXXX"
    if day is not None:
        if year is not None and not _valid_day(year, month, day):
            return _r("DATE", f"{ystr}-{month:02d}", not explicit)
        return _r("DATE", f"{ystr}-{month:02d}-{day:02d}", not explicit)
    return _r("DATE", f"{ystr}-{month:02d}", not explicit)


def _week_of(t: str, ref: date | None, way: Direction):
    """ "the week of March 6" is the ISO week holding that day; so is "the week ended (ending) March 10"."""
    m = re.match(r"the week (?:of|ended|ending) ", t)
    if not m:
        return None
    r = _month_day(t[m.end() :], ref, way)
    if r is None or len(r[1]) != 10 or r[1].startswith("X"):
        return _r("DATE", "XXXX-WXX") if r is None or r[1].startswith("X") else r
    return _r("DATE", _week(date.fromisoformat(r[1])), r[2])


_NTH_WEEK = re.compile(r"(?:the )?(first|second|third|fourth|last|final) week of (.+)")
_NTH = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1, "final": -1}


def _week_in_month(t: str, ref: date | None, way: Direction):
    """ "the first week of October" is the ISO week of the month's first Thursday (the week most of whose
    days are the month's, as ISO counts a year's first week); "the last week" that of its last Thursday."""
    m = _NTH_WEEK.fullmatch(t)
    if not m:
        return None
    r = _month_day(m[2], ref, way) if _month_of(m[2]) else _rel_month(m[2], ref)
    if r is None or not re.fullmatch(r"\d{4}-\d\d", r[1]):
        return _r("DATE", "XXXX-WXX", False) if r is not None else None
    y, mo = int(r[1][:4]), int(r[1][5:])
    first = date(y, mo, 1) + timedelta(days=(3 - date(y, mo, 1).weekday()) % 7)  # the first Thursday
    n = _NTH[m[1]]
    if n < 0:
        n = 4 if (first + timedelta(weeks=4)).month != mo else 5
    return _r("DATE", _week(first + timedelta(weeks=n - 1)), r[2])


def _rel_month(t: str, ref: date | None):
    """ "this month", "next month", "last month": (DATE, YYYY-MM, uses the reference date)."""
    m = re.fullmatch(r"(this|next|last) month", t)
    if not m:
        return None
    if ref is None:
        return _r("DATE", "XXXX-XX")
    k = ref.year * 12 + ref.month - 1 + {"this": 0, "next": 1, "last": -1}[m[1]]
    return _r("DATE", f"{k // 12:04d}-{k % 12 + 1:02d}")


def _day_of_month_rel(t: str, ref: date | None, way: Direction):
    """ "the 24th of this month": that day of the month the story is in (or the next, or the last)."""
    m = re.fullmatch(r"(?:the )?(\d{1,2})(?:st|nd|rd|th)? of ((?:this|next|last) month)", t)
    if not m:
        return None
    r = _rel_month(m[2], ref)
    if r is None or not re.fullmatch(r"\d{4}-\d\d", r[1]):
        return _r("DATE", "XXXX-XX-XX") if 1 <= int(m[1]) <= 31 else None
    y, mo, d = int(r[1][:4]), int(r[1][5:]), int(m[1])
    return _r("DATE", f"{y:04d}-{mo:02d}-{d:02d}" if _valid_day(y, mo, d) else r[1])


_HOUR_SAID = re.compile(r"\b(\d{1,2})(?::(\d\d))?(?: o'clock)? (?:in the (morning|afternoon|evening)|at (night))")


def _clock(t: str, ref: date | None, way: Direction):
    t = re.sub(r"\b(\d{1,2})\.(\d\d)(?=\s*[ap]\.?m\b)", r"\1:\2", t)  # "6.30 p.m." is 18:30
    m = re.search(r"\b(\d{1,2})(?::(\d\d))?\s*(a\.?m\.?|p\.?m\.?|o'clock)?", t)
    hh = mm = None
    if re.search(r"\b(noon|midday|mid-day)\b", t):
        hh, mm = 12, 0
    elif "midnight" in t:
        # the midnight of a named day ends it: "midnight Friday", "Sunday midnight" (TimeML T24:00)
        # and so does a midnight one waits for: "shortly before midnight", "until midnight", "will close at midnight"
        ends = (
            _WEEKDAY_RX.search(t)
            or re.search(r"\b(?:today|tonight|tomorrow|yesterday|before|until|till|by)\b", t)
            or way in _AHEAD
        )
        hh, mm = (24 if ends else 0), 0
    elif hhmm := re.match(r"([01]\d|2[0-3])h?([0-5]\d) (?:gmt|utc)\b", t):
        hh, mm = int(hhmm[1]), int(hhmm[2])
    elif said := _HOUR_SAID.search(t):
        hh, mm = int(said[1]) % 12, int(said[2] or 0)
        if said[3] in ("afternoon", "evening") or (said[4] and hh >= 6):
            hh += 12  # "9 in the evening" is 21:00, "11 at night" 23:00 (but "2 at night" 02:00)
    elif m and (m[2] or m[3]):
        hh, mm = int(m[1]), int(m[2] or 0)
        if m[3] and m[3].startswith("p") and hh < 12:
            hh += 12
        if m[3] and m[3].startswith("a") and hh == 12:
            hh = 0
    if hh is None or mm is None or hh > 24 or mm > 59:
        return None
    day = _day_value(t, ref, way)
    return _r("TIME", f"{day[0]}T{hh:02d}:{mm:02d}", day[1])


def _day_value(t: str, ref: date | None, way: Direction) -> tuple[str, bool]:
    """The day a time of day or part of day belongs to."""
    month = _month_of(t)
    if month is not None:
        r = _month_day(t, ref, way)
        if r and len(r[1]) == 10:
            return r[1], r[2]
    wd = _WEEKDAY_RX.search(t)
    if ref is None:
        return (f"XXXX-WXX-{WEEKDAYS[wd[1]]}" if wd else "XXXX-XX-XX"), True
    if wd:
        # "last Friday night", "next Thursday evening": the word before the day turns it as it
        # turns "last Friday" or "next Thursday", whatever the verb's tense
        if re.search(rf"\b(?:last|past) {wd[1]}\b", t):
            return _resolve_weekday(ref - timedelta(days=1), WEEKDAYS[wd[1]], "past").isoformat(), True
        if re.search(rf"\b(?:next|coming) {wd[1]}\b", t):
            return _resolve_weekday(ref + timedelta(days=1), WEEKDAYS[wd[1]], "future").isoformat(), True
        return _resolve_weekday(ref, WEEKDAYS[wd[1]], way).isoformat(), True
    if "yesterday" in t or re.search(r"\blast (night|evening)\b", t):
        return (ref - timedelta(days=1)).isoformat(), True
    if "tomorrow" in t:
        return (ref + timedelta(days=1)).isoformat(), True
    return ref.isoformat(), True


_EDGE_PART = {
    "early": "MO",
    "late": "NI",
    "dawn": "MO",
    "daybreak": "MO",
    "sunrise": "MO",
    "dusk": "EV",
    "sunset": "EV",
    "nightfall": "EV",
}
_DAY_EDGE = re.compile(
    r"(early|late) (?:on )?(?:\w+)(?: (morning|afternoon|evening|night))?|"
    r"(dawn|daybreak|sunrise|dusk|sunset|nightfall) (?:on )?\w+|"
    r"the early hours of \w+(?: (morning|afternoon|evening|night))?"
)


def _day_edge(t: str, ref: date | None, way: Direction):
    """ "early on Friday", "late Tuesday", "dawn Thursday": a part of a named day, so a TIME."""
    m = _DAY_EDGE.fullmatch(t)
    if not m or not re.search(r"\b(?:today|yesterday|tomorrow)\b", t) and not _WEEKDAY_RX.search(t):
        return None
    part = _PART[m[2] or m[4]] if m[2] or m[4] else _EDGE_PART.get(m[1] or m[3] or "", "NI")
    day, uses = _day_value(t, ref, way)
    return _r("TIME", f"{day}T{part}", uses)


def _part_of_day(t: str, ref: date | None, way: Direction):
    m = re.search(r"\b(morning|afternoon|evening|night|overnight|tonight)\b", t)
    if not m:
        return None
    day, uses = _day_value(t, ref, way)
    if t == "tonight":
        return _r("DATE" if ref else "TIME", day if ref else "XXXX-XX-XXTNI", True)
    if t == "overnight" and way == "past" and ref is not None:
        # "cars were burned overnight", told on the story's day: the night that ended it
        day = (ref - timedelta(days=1)).isoformat()
    # a part of a named day is a TIME (TimeML guidelines, TimeBank; AQUAINT types "Friday night" as a DATE)
    return _r("TIME", f"{day}T{_PART[m[1]]}", uses)


_DEICTIC = {"today": 0, "tonight": 0, "nowadays": None, "yesterday": -1, "tomorrow": 1}


def _deictic(t: str, ref: date | None, way: Direction):
    core = re.sub(r"^(early|late)\s+", "", t).removesuffix("'s")
    if core == "nowadays":
        return _r("DATE", "PRESENT_REF")
    k = {"today": 0, "yesterday": -1, "tomorrow": 1, "the day before yesterday": -2, "the day after tomorrow": 2}.get(
        core
    )
    if k is None:
        return None
    if ref is None:
        return _r("DATE", "XXXX-XX-XX")
    return _r("DATE", (ref + timedelta(days=k)).isoformat())


_REF_WORDS = {
    "PRESENT_REF": {
        "now",
        "right now",
        "just now",
        "currently",
        "presently",
        "at present",
        "at the moment",
        "at this moment",
        "these days",
        "current",
        "nowadays",
        "this season",  # a sports season under way
        "the current season",
    },
    "PAST_REF": {
        "recently",
        "previously",
        "formerly",
        "lately",
        "the past",
        "recent",
        "in the past",
        "recent years",
        "past years",
        "recent decades",
        "last season",  # a sports season: which months is the sport's
        "the previous season",
        "the past season",
        "then current",
        "then-current",
    },
    "FUTURE_REF": {
        "soon",
        "any time soon",
        "anytime soon",
        "the future",
        "future",
        "the near future",
        "in the near future",
        "as soon as possible",
        "a later date",
        "next season",
        "the coming season",
    },
}


def _ref_word(t: str, ref: date | None, way: Direction):
    for value, words in _REF_WORDS.items():
        if t in words:
            return _r("DATE", value)
    return None


def _ago(t: str, ref: date | None, way: Direction):
    m = _AGO_RX.search(t)
    if not m:
        return None
    n = _count(m[1])
    unit = _unit_name(m[2])
    sign = 1 if m[3] in ("later", "hence", "from now") else -1
    if n is None or not float(n).is_integer():
        return _r("DATE", "FUTURE_REF" if sign > 0 else "PAST_REF")
    n = int(n)
    if unit in ("hour", "minute", "second"):
        if ref is None:
            return _r("TIME", "XXXX-XX-XX")
        return _r("DATE", ref.isoformat())
    if ref is None:
        return _r("DATE", _UNRESOLVED_UNIT.get(unit, "XXXX-XX-XX"))
    vague = _r("DATE", "FUTURE_REF" if sign > 0 else "PAST_REF")
    if unit == "year" and sign < 0 and n % 1000 == 0 and 0 < ref.year - n < 100:
        # "two thousand years ago" in a 2005 article: no year 5 (a round count of thousands has no
        # year's precision), no calendar value
        return vague
    if unit == "year" and sign < 0 and 0 < n - ref.year + 1 <= 9999:
        # "2,500 years ago" is before year one: a year before Christ (year 0 is 1 BC)
        return _r("DATE", f"BC{n - ref.year + 1:04d}")
    if not 0 < ref.year + sign * n * {"decade": 10, "century": 100}.get(unit, 1) <= 9999:
        return vague  # "25 centuries ago" is before year one: no calendar value
    if unit == "decade":
        return _r("DATE", f"{(ref.year + sign * 10 * n) // 10:03d}")
    if unit == "century":
        return _r("DATE", f"{(ref.year + sign * 100 * n) // 100:02d}")
    try:
        return _r("DATE", _unit_offset(ref, unit, sign * n))
    except (OverflowError, ValueError):
        return vague


_REL_K = {
    "this": 0,
    "current": 0,
    "the current": 0,
    "the same": 0,
    "same": 0,
    "that": 0,
    "that same": 0,
    "last": -1,
    "past": -1,
    "previous": -1,
    "the previous": -1,
    "the prior": -1,
    "the latest": -1,  # "sales in the latest fiscal year": the last one completed
    "the most recent": -1,
    "this past": -1,
    "the past": -1,
    "next": 1,
    "coming": 1,
    "the coming": 1,
    "the next": 1,
    "following": 1,
    "the following": 1,
    "upcoming": 1,
}


def _rel_unit(t: str, ref: date | None, way: Direction):
    if t == "weekend":
        t = "the weekend"  # a weekend that qualifies a happening: "a weekend meeting"
    m = ANAPHOR_RX.search(t)
    if m and m[2] == "day":
        # without an earlier date to lean on, "the next day" is the day after the reference date
        if ref is None:
            return _r("DATE", "XXXX-XX-XX")
        return _r("DATE", _unit_offset(ref, "day", _REL_K.get(m[1], 0)))
    m = re.search(
        r"\b(this past|the past|the coming|the next|the previous|the prior|the following|the latest|the most recent|"
        r"the current|the same|that same|this|last|next|past|previous|coming|following|current|"
        r"upcoming|same|that|the)\s+"
        r"(?:fiscal\s+|calendar\s+|financial\s+)?(week|weekend|month|year|decade|century|quarter)(?: before last)?$",
        t,
    )
    if not m:
        return None
    unit = m[2]
    k = _REL_K.get(m[1])
    if unit == "weekend" and ref is not None and k in (None, 0, -1):
        # "the weekend" in news is the one just past unless the verb looks ahead
        sat = ref - timedelta(days=(ref.isoweekday() - 6) % 7)
        if k == -1 and ref - sat < timedelta(days=2):
            sat -= timedelta(days=7)
        if way in _AHEAD and k is None or m[1] == "this" and ref.isoweekday() < 6:
            # "this weekend" on a weekday is the one ending the week the story is in
            sat = ref + timedelta(days=(6 - ref.isoweekday()) % 7)
        return _r("DATE", _week(sat) + "-WE")
    if t.endswith(" before last"):
        k = -2  # "the week before last"
    if (
        k is None
        and unit == "week"
        and re.match(r"(?:early|late|mid|the end of|the start of|the beginning of|the middle of) ", t)
    ):
        k = 0  # "by the end of the week": this one
    if k is None:  # "the week", "the year": the one around the reference date
        if ref is None:
            return _r("DATE", _UNRESOLVED_UNIT[unit])
        if unit == "quarter":
            return _r("DATE", f"{ref.year}-QX")
        if unit == "week":
            # "shares rose 5% for the week": TimeBank leaves unsaid which week it is
            return _r("DATE", f"{ref.year}-WXX")
        return _r("DATE", _unit_offset(ref, unit, 0))
    if ref is None:
        return _r("DATE", _UNRESOLVED_UNIT[unit])
    return _r("DATE", _unit_offset(ref, unit, k))


def _weekday(t: str, ref: date | None, way: Direction):
    m = _WEEKDAY_RX.search(t)
    if not m:
        return None
    wd = WEEKDAYS[m[1]]
    # "Fridays", "Friday nights", "every Friday": a recurring day
    if re.search(rf"\b{m[1]}s\b|\b{m[1]} (?:morning|afternoon|evening|night)s\b|^(?:every|each) ", t):
        part = re.search(r"(morning|afternoon|evening|night)", t)
        return _r("SET", f"XXXX-WXX-{wd}" + (f"T{_PART[part[1]]}" if part else ""), False)
    if ref is None:
        return _r("DATE", f"XXXX-WXX-{wd}")
    if re.search(r"\b(last|past|previous)\b", t):
        d = _resolve_weekday(ref - timedelta(days=1), wd, "past")
    elif re.search(r"\b(next|coming|following)\b", t):
        d = _resolve_weekday(ref + timedelta(days=1), wd, "future")
    else:
        d = _resolve_weekday(ref, wd, way)
    return _r("DATE", d.isoformat())


def _year(t: str, ref: date | None, way: Direction):
    m = re.search(r"(?<!\d)(1[0-9]\d\d|20\d\d)(?!\d)", t)
    if m and not re.search(r"\d0'?s\b", t):
        return _r("DATE", m[1], False)
    m = re.fullmatch(r"(?:fy\s?-?|fiscal\s+(?:year\s+)?|'|(?:early|mid|late)-')(\d\d)", t)
    if m:
        y = _two_digit_year(int(m[1]), ref)
        return _r("DATE", f"{y:04d}", ref is not None)
    return None


def _decade(t: str, ref: date | None, way: Direction):
    m = re.search(r"\b(1[0-9])00'?s\b", t)
    if m:
        return _r("DATE", m[1], False)  # "the 1800s" is the century 1800-1899, not its first ten years
    m = re.search(r"\b(1[0-9]|20)(\d)0'?s\b", t)
    if m:
        return _r("DATE", f"{m[1]}{m[2]}", False)
    m = re.search(r"'(\d)0s\b", t) or re.search(r"(?<!\d)(\d)0s\b", t)
    if m:
        century = 19 if ref is None or int(m[1]) > ref.year % 100 // 10 else ref.year // 100
        return _r("DATE", f"{century}{m[1]}", False)
    for word, d in DECADE_WORDS.items():
        if word in t:
            return _r("DATE", f"19{d}", False)
    return None


def _century(t: str, ref: date | None, way: Direction):
    m = re.search(r"\b(\d+)(?:st|nd|rd|th)[\s-]+century", t) or re.search(
        r"\b(" + "|".join(ORDINALS) + r")[\s-]+century", t
    )
    if not m:
        return None
    n = int(m[1]) if m[1].isdecimal() else ORDINALS[m[1]]
    return _r("DATE", f"{n - 1:02d}", False)


def _season(t: str, ref: date | None, way: Direction):
    m = re.search(r"\b(spring|summer|fall|autumn|winter)\b", t)
    if not m:
        return None
    s = SEASONS[m[1]]
    year = _year_in(t)
    if year is not None:
        return _r("DATE", f"{year}-{s}", False)
    if ref is None:
        return _r("DATE", f"XXXX-{s}")
    named = re.search(r"\b(this|last|next)\s+year\b", t)
    if named:  # "summer this year", "winter last year": the season of that calendar year
        return _r("DATE", f"{ref.year + {'this': 0, 'last': -1, 'next': 1}[named[1]]}-{s}")
    cur_year = ref.year if ref.month >= 3 else ref.year - 1
    cur = ("WI", "WI", "SP", "SP", "SP", "SU", "SU", "SU", "FA", "FA", "FA", "WI")[ref.month - 1]
    here = (cur_year, _SEASON_ORDER[cur])
    if re.search(r"\b(last|past|previous)\b", t) or (way == "past" and "this" not in t):
        y = cur_year if _SEASON_ORDER[s] < here[1] else cur_year - 1
        if re.search(r"\b(last|past|previous)\b", t) is None and _SEASON_ORDER[s] == here[1]:
            y = cur_year
    elif re.search(r"\b(next|coming|following)\b", t) or way in _AHEAD:
        y = cur_year if _SEASON_ORDER[s] > here[1] else cur_year + 1
        if re.search(r"\b(next|coming|following)\b", t) is None and _SEASON_ORDER[s] == here[1]:
            y = cur_year
    else:
        y = cur_year
    return _r("DATE", f"{y}-{s}")


def _years_off(t: str) -> int:
    """The year a half names besides its own ("of last year": -1, "of next year": +1, else 0)."""
    if re.search(r"\b(?:last|previous)\s+year\b|\blast year's\b", t):
        return -1
    return 1 if re.search(r"\bnext\s+year\b", t) else 0


_SPAN_MONTHS = re.compile(
    r"\b([a-z]+)\.?(?:\s*[-–]\s*|-to-|\s+to\s+|\s+through\s+)([a-z]+)\.?\s+(?:period|quarter|half)$"
)
_END_MONTH = re.compile(r"^the ([a-z]+)\.? quarter$")


def _quarter_months(t: str, ref: date | None, way: Direction):
    """ "the July-to-September period" (the third quarter), "the January-June half" (the first
    half), "the September quarter" (the quarter that September ends)."""
    m = _SPAN_MONTHS.search(t)
    if m and m[1] in MONTHS and m[2] in MONTHS:
        first, last = MONTHS[m[1]], MONTHS[m[2]]
    elif (e := _END_MONTH.match(t)) and e[1] in MONTHS and MONTHS[e[1]] % 3 == 0:
        first, last = MONTHS[e[1]] - 2, MONTHS[e[1]]
    else:
        return None
    if last - first == 5:
        return _quarter(f"the {'first' if first == 1 else 'second'} half", ref, way)
    if last - first != 2 or first % 3 != 1:
        return None
    return _quarter(f"the {('first', 'second', 'third', 'fourth')[first // 3]} quarter", ref, way)


def _quarter(t: str, ref: date | None, way: Direction):
    m = re.search(r"\bq([1-4])\b|\b([1-4])q\b", t)
    half = re.search(
        r"\b(first|second|last|latter|1st|2nd)[\s-]+half\b|\bh([12])\b|"
        r"\b(first|last|final) (?:two|2) quarters of\b",
        t,
    )
    if m:
        q = int(m[1] or m[2])
    elif half and re.search(r"\d0'?s\b|ties\b", t):
        return _decade(t, ref, way)  # "the last half of the '80s": TimeML keeps the decade
    elif half:
        h = 1 if (half[1] or half[3] or "") in ("first", "1st") or half[2] == "1" else 2
        year = _year_in(t) or (ref.year + _years_off(t) if ref else None)
        return _r("DATE", f"{year if year else 'XXXX'}-H{h}", _year_in(t) is None)
    else:
        m = re.search(r"\b(first|second|third|fourth|final|1st|2nd|3rd|4th)[\s-]+(?:fiscal[\s-]+)?quarter", t)
        if not m:
            return None
        q = _QUARTER_ORD[m[1]]
    year = _year_in(t)
    if year is not None:
        return _r("DATE", f"{year}-Q{q}", False)
    if ref is None:
        return _r("DATE", f"XXXX-Q{q}")
    if re.search(r"\b(last|previous|year-ago|year-earlier)\s+year'?s?\b|\blast year's\b", t):
        return _r("DATE", f"{ref.year - 1}-Q{q}")
    if re.search(r"\bnext year'?s?\b", t):
        return _r("DATE", f"{ref.year + 1}-Q{q}")
    cur = (ref.month - 1) // 3 + 1
    # no look-ahead: "will report third-quarter results" in October is about the quarter just ended
    if way == "past" and q > cur:
        return _r("DATE", f"{ref.year - 1}-Q{q}")
    return _r("DATE", f"{ref.year}-Q{q}")


def _quarter_rel(t: str, ref: date | None, way: Direction):
    if not re.search(r"\b(quarter|period|year-ago|year-earlier|year-before)\b", t):
        return None
    year = _year_in(t)
    if year is not None:
        # "the 1956-2000 period" is the year; "the 1988 quarter" a quarter of it, which one unsaid
        return _r("DATE", f"{year}-QX" if "quarter" in t else str(year), False)
    if ref is None:
        return _r("DATE", "XXXX-QX")
    last_q = (ref.month - 1) // 3  # the last completed quarter, which earnings reports talk about
    y = ref.year if last_q else ref.year - 1
    last_q = last_q or 4
    if re.search(r"year-ago|year-earlier|year-before|\blast year\b|\ba year (?:ago|earlier)\b|\bprevious year\b", t):
        return _r("DATE", f"{y - 1}-Q{last_q}")
    if re.search(r"\b(current|this)\b", t) and "quarter" in t:
        return _r("DATE", _unit_offset(ref, "quarter", 0))
    if re.search(r"\b(latest|same|recent)\b", t):
        return _r("DATE", f"{y}-Q{last_q}" if "quarter" in t or "latest" in t else f"{ref.year}-QX")
    if re.search(r"\b(last|previous)\b", t) and "quarter" in t:
        return _r("DATE", _unit_offset(ref, "quarter", -1))
    if re.search(r"\bnext\b", t) and "quarter" in t:
        return _r("DATE", _unit_offset(ref, "quarter", 1))
    return _r("DATE", f"{ref.year}-QX")


def _holiday(t: str, ref: date | None, way: Direction):
    which = re.match(r"(last|next) ", t)
    if which:  # "last Christmas" is the one before the reference date, "next Thanksgiving" the one after
        r = _holiday(t[which.end() :], ref, "past" if which[1] == "last" else "future")
        if r is None or ref is None or not re.fullmatch(r"\d{4}-\d\d-\d\d", r[1]):
            return r
        day = date.fromisoformat(r[1])
        if (day >= ref) if which[1] == "last" else (day <= ref):
            return _holiday(f"{t[which.end() :]} {day.year + (-1 if which[1] == 'last' else 1)}", ref, way)[:2] + (
                True,
            )
        return r
    core = re.sub(r",?\s*(1[0-9]\d\d|20\d\d)$", "", t)
    if core.endswith(" week"):
        # "Easter week", "Christmas week": the ISO week holding the holiday
        r = _holiday(t.replace(" week", "", 1), ref, way)
        if r is None:
            return None
        if re.fullmatch(r"\d{4}-\d\d-\d\d", r[1]):
            return _r("DATE", _week(date.fromisoformat(r[1])), r[2])
        return _r("DATE", "XXXX-WXX", r[2])
    if core in EASTER_DAYS:
        from dateutil.easter import easter

        year = _year_in(t) or (ref.year if ref else None)
        if year is None:
            return _r("DATE", "XXXX-XX-XX")
        day = easter(year) + timedelta(days=EASTER_DAYS[core])
        return _r("DATE", day.isoformat(), _year_in(t) is None)
    floating = FLOATING_HOLIDAYS.get(core)
    if floating is not None:
        month = floating[0]
    elif core in HOLIDAYS:
        month = HOLIDAYS[core][0]
    else:
        return None
    year = _year_in(t)
    uses = year is None
    if year is None:
        if ref is None:
            return _r("DATE", f"XXXX-{month:02d}" + (f"-{HOLIDAYS[core][1]:02d}" if floating is None else ""))
        year = _resolve_month_year(ref, month, way, 15 if floating else HOLIDAYS[core][1])
    if floating is not None:
        return _r("DATE", _nth_weekday(year, *floating).isoformat(), uses)
    return _r("DATE", f"{year:04d}-{month:02d}-{HOLIDAYS[core][1]:02d}", uses)


def _set(t: str, ref: date | None, way: Direction):
    words = {
        "daily": "P1D",
        "everyday": "P1D",
        "nightly": "P1D",
        "weekly": "P1W",
        "biweekly": "P2W",
        "monthly": "P1M",
        "bimonthly": "P2M",
        "biennial": "P2Y",
        "biennially": "P2Y",
        "quarterly": "P3M",
        "annually": "P1Y",
        "yearly": "P1Y",
        "annual": "P1Y",
        "semiannual": "P6M",
        "semi-annual": "P6M",
        "biannual": "P6M",
        "hourly": "PT1H",
        "weekends": "XXXX-WXX-WE",
    }
    if t in words:
        return _r("SET", words[t], False)
    if t.endswith("s") and t[:-1] in WEEKDAYS:
        return _r("SET", f"XXXX-WXX-{WEEKDAYS[t[:-1]]}", False)  # "on Fridays": every Friday
    m = re.search(r"\b(summer|winter|spring|autumn)s$", t)
    if m and re.match(r"(?:the )?(?:past|last|previous) ", t):  # "the past three summers": each of them
        return _r("SET", f"XXXX-{SEASONS[m[1]]}", False)
    m = re.fullmatch(r"\S+(?: \S+)?[\s-](?:hours|days|nights|weeks|months) (?:a|per) (day|week|month|year)", t)
    if m:  # "seven days a week": every week
        return _r("SET", _duration(1, m[1]), False)
    m = re.fullmatch(r"the (morning|afternoon|evening|night)s", t)
    if m:
        return _r("SET", f"XXXX-XX-XXT{_PART[m[1]]}", False)
    m = re.fullmatch(r"every (\S+(?: \S+)?) (seconds|minutes|hours|days|weeks|months|years|decades)", t)
    if m:
        n = 2 if m[1] == "couple of" else None if m[1] == "few" else number_value(m[1])
        return _r("SET", _duration(n, _unit_name(m[2])), False)
    m = re.fullmatch(r"(?:every|each|per|a|an)\s+(other\s+)?(\w+)", t)
    if not m:
        return None
    k = 2 if m[1] else 1
    w = m[2]
    if w in WEEKDAYS:
        return _r("SET", f"XXXX-WXX-{WEEKDAYS[w]}", False)
    if w in _PART:
        return _r("SET", f"XXXX-XX-XXT{_PART[w]}", False)
    mo = MONTHS.get(w)
    if mo:
        return _r("SET", f"XXXX-{mo:02d}", False)
    unit = _unit_name(w)
    if unit in UNITS:
        return _r("SET", _duration(k, unit), False)
    return None


def _elapsed(t: str, ref: date | None, way: Direction):
    """An elapsed time "2:03:05" (hours, minutes, seconds), "27:05" (minutes, seconds) or "4:02.15"."""
    m = re.fullmatch(r"(?:(\d{1,2}):)?(\d{1,2}):(\d\d)(\.\d+)?", t)
    if not m:
        return None
    h, mi = int(m[1] or 0), int(m[2])
    sec = f"{int(m[3])}{m[4].rstrip('0').rstrip('.')}" if m[4] else str(int(m[3]))  # "4:02.15" is PT4M2.15S
    parts = "".join(f"{n}{c}" for n, c in ((h, "H"), (mi, "M"), (sec, "S")) if n not in (0, "0"))
    return _r("DURATION", f"PT{parts or '0S'}", False)


_COMPOUND_PART = re.compile(r"(\d+(?:\.\d+)?|[a-z]+(?:-[a-z]+)?)[\s-]+(year|month|week|day|hour|minute|second)s?\b")
_COMPOUND_CODES = {"year": "Y", "month": "M", "week": "W", "day": "D", "hour": "H", "minute": "M", "second": "S"}
_UNIT_RANK = {unit: rank for rank, unit in enumerate(_COMPOUND_CODES)}


def _compound_duration(t: str, ref: date | None, way: Direction):
    """A length in units each smaller than the one before: "one hour and 48 minutes" is PT1H48M,
    "50 minutes 55.154 seconds" PT50M55.154S, "one year, 68 days" P1Y68D (weeks beside other units are
    counted in days: "two weeks and three days" is P17D, "a year and two weeks" P1Y14D)."""
    parts = _COMPOUND_PART.findall(t)
    if len(parts) < 2 or not re.search(r"\d|\b(?:and|one|two|three|a|an)\b", t):
        return None
    amounts: dict[str, float] = {}
    for word, unit in parts:
        n = float(word) if word[0].isdigit() else 1.0 if word in ("a", "an") else number_value(word.replace("-", " "))
        if n is None or unit in amounts or amounts and _UNIT_RANK[unit] <= _UNIT_RANK[list(amounts)[-1]]:
            return None  # (units that grow or come back are a list or a rate: "a week a year")
        amounts[unit] = float(n)
    if len(amounts) < 2:
        return None
    if "week" in amounts:
        # TIMEX3 writes weeks alone (P2W): beside other units they are counted in days
        amounts["day"] = amounts.get("day", 0.0) + 7 * amounts.pop("week")

    def fmt(units: tuple[str, ...]) -> str:
        return "".join(f"{_fmt_count(amounts[u])}{_COMPOUND_CODES[u]}" for u in units if u in amounts)

    date_part = fmt(("year", "month", "week", "day"))
    time_part = fmt(("hour", "minute", "second"))
    return _r("DURATION", "P" + date_part + (f"T{time_part}" if time_part else ""), False)


def _fmt_count(n: float) -> str:
    return str(int(n)) if n.is_integer() else f"{n:g}"


_PART_OF_CENTURY = {"quarter": 25, "half": 50}


def _duration_rule(t: str, ref: date | None, way: Direction):
    m = re.search(r"\b(quarter|half)(?:[\s-]+of)?(?: a)?[\s-]+century$", t)
    if m:
        return _r("DURATION", f"P{_PART_OF_CENTURY[m[1]]}Y", False)
    # ("two and a half day": two days and a half, not half a day)
    m = re.search(r"(?<!\band a )\bhalf(?:[\s-]an?)?[\s-]+(minute|hour|day|month|year)$", t)
    if m:  # "half an hour", "a half-hour"
        return _r("DURATION", _duration(0.5, m[1]), False)
    m = re.fullmatch(
        r"(?:its|their|his|her) (\w+) (?:straight |consecutive |full )?(day|week|month|year|decade)"
        r"|(?:(?:a|the|its|their|his|her) )?(\w+) "
        r"(?:(?:straight|consecutive|successive) (day|week|month|quarter|year|decade)"
        r"|(day|week|month|quarter|year|decade) (?:running|in a row))",
        t,
    )
    if m and not m[1]:  # "the third straight year", "a second day running"
        nth = int(m[3][:-2]) if m[3][:-2].isdecimal() else ORDINALS.get(m[3])
        if nth:
            return _r("DURATION", _duration(nth, m[4] or m[5]), False)
    elif m:
        nth = int(m[1][:-2]) if m[1][:-2].isdecimal() else ORDINALS.get(m[1])
        if nth:
            return _r("DURATION", _duration(nth, m[2]), False)
    m = _DUR_RX.search(t)
    if m:
        unit = _unit_name(m[2])
        n = _count(m[1])
        if n is None and m[1] in ("a", "an"):
            n = 1
        half = bool(m[3]) or "1/2" in m[0] or "and a half" in m[0]  # "four and a half years"
        if half and n is not None:
            n += 0.5
        if unit == "minute" and half and n is not None:
            return _r("DURATION", f"PT{int(n)}M30S", False)
        return _r("DURATION", _duration(n, unit), False)
    m = re.search(r"\b(second|minute|hour|day|week|month|quarter|year|decade|century)(s?)-long\b", t)
    if m:
        return _r("DURATION", _duration(None if m[2] else 1, m[1]), False)
    if t == "centuries-long":
        return _r("DURATION", _duration(None, "century"), False)
    m = re.fullmatch(r"the (past|last|next|coming) (week|year)", t)
    if m:
        # TimeML reads "in the past year" as the year before the reference date, "the past week" as
        # the week running up to it and "the next year" as the year after, not as durations
        k = (-1 if m[2] == "year" else 0) if m[1] in ("past", "last") else 1
        return _r("DATE", _unit_offset(ref, m[2], k) if ref else _UNRESOLVED_UNIT[m[2]])
    m = re.search(
        r"\b(the\s+)?(?:past|last|next|coming|recent|previous|following)\s+"
        r"(few\s+|several\s+|couple of\s+)?(\w+)$",
        t,
    )
    if m:
        unit = _unit_name(m[3])
        plural = m[3].endswith("s") or m[3] == "centuries"
        if unit in UNITS and (plural or m[1] or unit in ("hour", "day", "decade", "century")):
            n = 2 if m[2] == "couple of " else (None if plural else 1)
            return _r("DURATION", _duration(n, unit), False)
    m = re.fullmatch(
        r"(?:the |the (?:first|final|early|opening|closing|dying) )?"
        r"(seconds|minutes|hours|days|weeks|months|years|decades|centuries)(?: ahead)?",
        t,
    )
    if m:
        return _r("DURATION", _duration(None, _unit_name(m[1])), False)
    return None


def _spelled_year(t: str, ref: date | None, way: Direction):
    m = re.search(r"\bnineteen[- ]([a-z]+(?:[- ][a-z]+)?)$", t)
    if m:
        n = number_value(m[1].replace("-", " "))
        if n is None or not 10 <= n <= 99:
            return None
        year = 1900 + n
    else:
        # spoken news says "the year two thousand", "two thousand and one"
        m = re.search(r"\btwo thousand(?: and ([a-z]+))?$", t)
        if not m or not (m[1] is None or number_value(m[1])):
            return None
        year = 2000 + ((number_value(m[1]) or 0) if m[1] else 0)
    head = t[: m.start()]
    season = re.search(r"\b(spring|summer|fall|autumn|winter)\b", head)
    if season:
        return _r("DATE", f"{year}-{SEASONS[season[1]]}", False)
    month = _month_of(head)
    return _r("DATE", f"{year}" + (f"-{month:02d}" if month else ""), False)


def _year_end(t: str, ref: date | None, way: Direction):
    if t.endswith("full year"):
        return _r("DATE", f"{ref.year}" if ref else "XXXX")
    if not re.search(r"year[- ]end|year's end|end of the year|end-of-(?:the-)?year", t):
        return None
    if ref is None:
        return _r("DATE", "XXXX")
    # "up 12% since year-end", "debt rose at year-end": looked back on, the year-end gone by
    return _r("DATE", f"{ref.year - 1 if way == 'past' and ref.month < 12 else ref.year}")


_BC_RX = re.compile(r"(?:the )?(?:(\d{1,4})|(\w+)[\s-]+century)\s?(?:b\.c\.?(?:e\.?)?|bce?)")


def _bc(t: str, ref: date | None, way: Direction):
    """Years and centuries before Christ: TIMEX3 "BC1354", "BC10" (the 11th century BC)."""
    m = _BC_RX.fullmatch(t)
    if not m:
        return None
    if m[1]:
        return _r("DATE", f"BC{int(m[1]):04d}", False) if int(m[1]) else None
    w = m[2]
    n = int(w[:-2]) if w[:-2].isdecimal() else ORDINALS.get(w)
    return _r("DATE", f"BC{n - 1:02d}", False) if n else None


_AD_RX = re.compile(r"a\.?d\.?\s?(\d{1,4})|(\d{1,4})\s?a\.?d\.?")


def _ad(t: str, ref: date | None, way: Direction):
    """Years of the common era said so: "AD 597", "122 AD" (TIMEX3 "0597", "0122")."""
    m = _AD_RX.fullmatch(t)
    if not m:
        return None
    return _r("DATE", f"{int(m[1] or m[2]):04d}", False)


def _month_phrase(t: str, ref: date | None, way: Direction):
    """ "that January day in 2011": a day of that month, which one unsaid."""
    m = re.fullmatch(r"(?:that )?(\w+)\.? (?:day|morning|afternoon|evening|night|week|weekend) (?:in|of) (\d{4})", t)
    if not m or m[1] not in MONTHS:
        return None
    return _r("DATE", f"{m[2]}-{MONTHS[m[1]]:02d}", False)


def _day_rel(t: str, ref: date | None, way: Direction):
    """ "the day before (the vote)": the day next to a date the text gave; unknown on its own."""
    if not re.fullmatch(r"the day (?:before|after)", t):
        return None
    return _r("DATE", "XXXX-XX-XX")


_RULES = (
    _bc,
    _ad,
    _month_phrase,
    _day_rel,
    _rule_absolute,
    _week_of,
    _week_in_month,
    _day_of_month_rel,
    _spelled_year,
    _year_end,
    _ref_word,
    _set,
    _clock,
    _ago,
    _holiday,
    _quarter_months,
    _quarter,
    _quarter_rel,
    _century,
    _decade,
    _season,
    _day_edge,
    _part_of_day,
    _month_day,
    _rel_unit,
    _deictic,
    _weekday,
    _year,
)
_BY_TYPE = {
    "DURATION": (_elapsed, _compound_duration, _ref_word, _duration_rule, _quarter, _rel_unit),
    "SET": (_set, _weekday),
}


# Expressions that point back at a date the text gave before: "the following year", "that month",
# "later that day", "the previous year". "The next week" only does so in a clause told in the past
# tense ("the next day, he left"); otherwise it counts from the reference date ("will close the next
# year"). "Later in the day" leans only on a day given in the same paragraph: across paragraphs it is
# the day of the news.
# "the month before", standing alone after a month the text gave, is the previous one
UNIT_BEFORE = re.compile(r"^the (week|month|year) before$")
ANAPHOR_RX = re.compile(
    r"^(?:(?:earlier|later)\s+(?:in\s+)?)?(that|that same|the same|the following|the next|the previous|the prior|"
    r"the(?= day$))\s+(day|week|month|year)$"
)


@lru_cache(maxsize=8192)
def normalize_expression(text: str, ttype: str, ref: date | None, way: Direction = "none") -> tuple[str, str, bool]:
    """(TIMEX3 type, value, whether the value depends on ``ref``) for one recognized expression."""
    t = UNIT_BEFORE.sub(r"the previous \1", re.sub(r"\s+", " ", text.lower()).strip(" .,;:").replace("’", "'"))
    if t.endswith(" or so") and not t.endswith(("ago or so", "earlier or so")):
        t = t[: -len(" or so")]  # "the past decade or so": about that stretch
    rules = _BY_TYPE.get(ttype, ()) + _RULES
    for rule in rules:
        r = rule(t, ref, way)
        if r is not None:
            return r
    return _dateparser(t, ttype, ref, way)


_PERIOD_FORMAT = {"time": "%Y-%m-%d", "day": "%Y-%m-%d", "week": None, "month": "%Y-%m", "year": "%Y"}


def _dateparser(t: str, ttype: str, ref: date | None, way: Direction) -> tuple[str, str, bool]:
    """Last resort for expressions no rule reads; the period dateparser reports is kept."""
    if ttype in ("DURATION", "SET"):
        return (ttype, "PXY" if ttype == "DURATION" else "P1D", False)
    if ref is None:
        return (ttype, "XXXX-XX-XX", True)
    found = _dateparser_cached(t, ref, way)
    if found is None:
        return (ttype, "XXXX-XX-XX", True)
    value, period = found
    if period not in _PERIOD_FORMAT:
        return (ttype, "XXXX-XX-XX", True)
    fmt = _PERIOD_FORMAT[period]
    return ("DATE", _week(value) if fmt is None else f"{value.year:04d}" + value.strftime(fmt)[4:], True)


@lru_cache(maxsize=4096)
def _dateparser_cached(t: str, ref: date, way: Direction):
    from dateparser.date import DateDataParser

    settings = {
        "RELATIVE_BASE": datetime(ref.year, ref.month, ref.day),
        "DATE_ORDER": "MDY",
        "PREFER_DATES_FROM": {"past": "past", "future": "future", "planned": "future"}.get(way, "current_period"),
        "PREFER_DAY_OF_MONTH": "first",
        "RETURN_TIME_AS_PERIOD": True,
    }
    try:
        data = DateDataParser(languages=["en"], settings=settings).get_date_data(t)
    except Exception:  # dateparser raises assorted errors on odd input; unreadable is the answer
        return None
    if data is None or data.date_obj is None:
        return None
    return data.date_obj.date(), data.period or "day"
