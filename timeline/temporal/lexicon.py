"""Word tables and regular-expression fragments shared by the recognizer and the normalizer.

Keeping both sides on the same vocabulary means every extent the recognizer marks can be read back.
"""

from __future__ import annotations

import re

from timeline.calendar_words import MONTHS, SMALL_NUMBERS, TENS, WEEKDAYS

SEASONS: dict[str, str] = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}


UNITS: dict[str, str] = {
    "second": "S",
    "minute": "M",
    "hour": "H",
    "day": "D",
    "night": "D",
    "week": "W",
    "weekend": "WE",
    "fortnight": "2W",
    "month": "M",
    "quarter": "Q",
    "year": "Y",
    "decade": "DE",
    "century": "CE",
}

ORDINALS: dict[str, int] = {
    w: i
    for i, w in enumerate(
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split(), start=1
    )
}
# the days of a month in words, as spoken news says them: "March eighth", "April twenty-first"
DAY_WORDS: dict[str, int] = {
    w: i
    for i, w in enumerate(
        "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split(), start=13
    )
}
DAY_WORDS.update(ORDINALS, thirtieth=30)
for _w, _i in ORDINALS.items():
    for _tens, _base in (("twenty", 20), ("thirty", 30)):
        if _base + _i <= 31 and _i < 10:
            DAY_WORDS[f"{_tens}-{_w}"] = DAY_WORDS[f"{_tens} {_w}"] = _base + _i

DECADE_WORDS: dict[str, int] = {
    "twenties": 2,
    "thirties": 3,
    "forties": 4,
    "fifties": 5,
    "sixties": 6,
    "seventies": 7,
    "eighties": 8,
    "nineties": 9,
}

HOLIDAYS: dict[str, tuple[int, int]] = {
    "christmas eve": (12, 24),
    "christmas day": (12, 25),
    "christmas": (12, 25),
    "new year's eve": (12, 31),
    "new year's day": (1, 1),
    "new year's": (1, 1),
    "independence day": (7, 4),
    "halloween": (10, 31),
    "valentine's day": (2, 14),
    "boxing day": (12, 26),
}
# days the United Nations observes, named in news without their date: a time where the text uses
# them as one ("on World AIDS Day"), not as the observance ("a focus of International Women's Day")
OBSERVANCES: dict[str, tuple[int, int]] = {
    "world aids day": (12, 1),
    "international women's day": (3, 8),
    "world environment day": (6, 5),
    "world water day": (3, 22),
    "world health day": (4, 7),
    "world food day": (10, 16),
    "world press freedom day": (5, 3),
    "human rights day": (12, 10),
    "international children's day": (6, 1),
}
HOLIDAYS.update(OBSERVANCES)


def _alt(words) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


# -- fragments (all used with re.IGNORECASE; May/March need a capital letter) --
_MONTH_FULL = _alt(w for w in MONTHS if len(w) > 3 and w not in ("may", "march"))
MONTH = (
    rf"(?:(?:{_MONTH_FULL})\b|(?-i:May|March|MAY|MARCH)\b"
    r"|(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.|(?-i:Jan|Feb|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b)"
)
WEEKDAY = rf"(?:{_alt(WEEKDAYS)})"
DAYNUM = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
# a day in words after a month name, not "the March second round"
DAYWORD = rf"(?:{_alt(DAY_WORDS)})(?![\w-])(?!\s+(?:round|half|quarter|leg|stage|phase|place|time)\b)"
YEAR = r"(?:1[0-9]\d\d|20\d\d)"
SEASON = rf"(?:{_alt(SEASONS)})"
PART = r"(?:morning|afternoon|evening|night|overnight)"
NUMWORD = (
    rf"(?:(?:{_alt(TENS)})(?:[- ](?:{_alt(k for k in SMALL_NUMBERS if SMALL_NUMBERS[k] < 10)}))?"
    # (hundreds and thousands in words: "for three hundred years", "two thousand years")
    rf"|(?:{_alt(k for k in SMALL_NUMBERS if 0 < SMALL_NUMBERS[k] < 10)})\s+(?:hundred|thousand)"
    rf"|{_alt(SMALL_NUMBERS)}|a hundred|hundreds of|a dozen|dozens of|a thousand)"
)
NUMBER = rf"(?:\d+(?:[.,]\d+)?|{NUMWORD}|a few|a couple of|a couple|couple of|several|a|an|few|many|some)"
UNIT = (
    r"(?:seconds?|minutes?|hours?|days?|weeks?|weekends?|fortnights?|months?|quarters?|years?|decades?"
    r"|centur(?:y|ies))"
)
UNIT_SG = r"(?:second|minute|hour|day|week|month|quarter|year|decade|century)"
ORDINAL = rf"(?:{_alt(ORDINALS)}|\d+(?:st|nd|rd|th))"
QUARTER_ORD = r"(?:first|second|third|fourth|final|last|1st|2nd|3rd|4th)"
DECADE = rf"(?:(?:1[0-9]|20)\d0'?s|'\d0s|\d0s|(?:nineteen[- ])?(?:{_alt(DECADE_WORDS)}))"
APPROX = (
    r"(?:about|around|nearly|almost|roughly|approximately|more than|less than|fewer than|at least|"
    r"at most|up to|some|no more than|no less than|well over)"
)
# US holidays on the n-th weekday of a month (n = -1: the last): (month, ISO weekday, n, days after)
FLOATING_HOLIDAYS: dict[str, tuple[int, int, int, int]] = {
    "thanksgiving": (11, 4, 4, 0),
    "thanksgiving day": (11, 4, 4, 0),
    "labor day": (9, 1, 1, 0),
    "memorial day": (5, 1, -1, 0),
    "mother's day": (5, 7, 2, 0),
    "father's day": (6, 7, 3, 0),
    "election day": (11, 1, 1, 1),  # the Tuesday after the first Monday of November
    "black friday": (11, 4, 4, 1),  # the day after Thanksgiving
}
# days counted from Easter Sunday
EASTER_DAYS: dict[str, int] = {
    "easter": 0,
    "easter sunday": 0,
    "easter monday": 1,
    "good friday": -2,
    "holy saturday": -1,
    "maundy thursday": -3,
    "palm sunday": -7,
    "ash wednesday": -46,
}
# "Election Day" is the US one only when written as a name: "on the election day" is the day of the
# election the story is about.
HOLIDAY = (
    rf"(?:{_alt(HOLIDAYS)}|{_alt(k for k in FLOATING_HOLIDAYS if k != 'election day')}"
    rf"|(?-i:Election Day)|{_alt(EASTER_DAYS)})"
)


def number_value(text: str) -> int | None:
    """The integer a number phrase stands for (None for vague counts like "several")."""
    t = text.lower().replace(",", "").strip()
    if re.fullmatch(r"\d+", t):
        return int(t)
    if re.fullmatch(r"\d+\.\d+", t):
        return None
    if t in ("a", "an", "one", "a single"):
        return 1
    if t in ("a dozen", "dozen"):
        return 12
    if t in ("a hundred", "hundred"):
        return 100
    if t in ("a thousand",):
        return 1000
    m = re.fullmatch(r"([a-z]+) (hundred|thousand)", t)
    if m and 0 < SMALL_NUMBERS.get(m[1], 0) < 10:
        return SMALL_NUMBERS[m[1]] * (100 if m[2] == "hundred" else 1000)
    if t in SMALL_NUMBERS:
        return SMALL_NUMBERS[t]
    parts = re.split(r"[- ]", t)
    if parts[0] in TENS:
        if len(parts) == 1:
            return TENS[parts[0]]
        if len(parts) == 2 and parts[1] in SMALL_NUMBERS:
            return TENS[parts[0]] + SMALL_NUMBERS[parts[1]]
    return None
