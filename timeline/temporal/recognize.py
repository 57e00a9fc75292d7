"""Pattern rules that find temporal expressions in text and give each its TIMEX3 type.

Each rule is one compiled regular expression run over the whole text (the scan happens in C, not
in a per-token Python loop); overlapping candidates keep the longest. Extents follow the TimeML
conventions of TimeBank/AQUAINT: "on Friday" is "Friday", "the past 24 hours" is one DURATION.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from timeline.temporal.lexicon import (
    APPROX,
    DAYNUM,
    DAYWORD,
    DECADE,
    DECADE_WORDS,
    HOLIDAY,
    MONTH,
    MONTHS,
    NUMBER,
    NUMWORD,
    ORDINAL,
    PART,
    QUARTER_ORD,
    SEASON,
    SEASONS,
    UNIT,
    UNIT_SG,
    WEEKDAY,
    WEEKDAYS,
    YEAR,
)


@dataclass(frozen=True)
class Candidate:
    """A recognized extent: character offsets, TIMEX3 type and the rule that found it."""

    start: int
    end: int
    type: str
    rule: str


_REL = r"(?:this|last|next|past|previous|coming|following|current|upcoming|same)"
_EARLY = r"(?:\b(?:early|late|mid|the end of|the start of|the beginning of|the middle of)\s+)"
_TZ = r"(?:\s+(?:local time|[ECMP][SD]?T|GMT|UTC|ET|BST|CET))?"
# (British papers write "6.30 p.m.")
_CLOCK = rf"(?:\d{{1,2}}(?:[:.]\d\d)?\s*(?:a\.m\.|p\.m\.|am\b|pm\b|a\.m\b|p\.m\b|o'clock){_TZ})"
# the hour said in words: "at 4 in the morning", "9 o'clock at night"
_CLOCK_WORDS = r"(?:\d{1,2}(?::\d\d)?(?:\s+o'clock)?\s+(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night)\b)"
_DAYREF = rf"(?:{WEEKDAY}|today|yesterday|tomorrow|tonight)"
# "B.C" without its last dot too ("the 11th Century B.C -- 221 B.C.")
_BC = r"(?-i:B\.C\.(?:E\.)?|B\.C\b(?!\.)|BCE?\b)"
# the 24-hour clock: "14:30", "09:00"
_HM = r"(?<![\d:.])(?:[01]?\d|2[0-3]):[0-5]\d(?![:.]\d)(?!\s*(?:a\.m|p\.m|am\b|pm\b))"
_ZONE = r"(?:\s+(?:local time|(?-i:[ECMP][SD]?T|GMT|UTC|ET|BST|CET))\b)"
# the day a clock time is on, said after it: "Sunday", "next Sunday", "on May 4", "last night", "yesterday morning"
_ON_DAY = (
    rf"(?:(?:(?:last|next|this|this coming|coming)\s+(?={WEEKDAY}))?{_DAYREF}(?:\s+{PART})?\b|(?:this|last)\s+{PART}\b)"
)
_DAY_AFTER = rf"(?:,?\s+(?:on\s+)?{_ON_DAY}|,?\s+{MONTH}\s+{DAYNUM}\b)"
_CLOCK_PREP = (
    "".join(
        f"|(?<=\\b{w} )"
        for w in ("at", "until", "till", "by", "from", "before", "after", "since", "around", "about", "between")
    )[1:]
    + r"|(?<=\d:\d\d to )|(?<=\d:\d\d and )"
)  # the second time of a range: "from 8:00 to 21:00"

# happenings a weekend qualifies: "a weekend meeting" is held that weekend, not for two days
_WEEKEND_EVENT = (
    r"(?:meeting|meetings|talks|summit|session|visit|trip|rally|rallies|protest|protests|vote|election|"
    r"clashes|fighting|violence|attack|attacks|raid|raids|conference|gathering|negotiations|discussions|"
    r"celebrations|demonstration|demonstrations|strike|strikes|ceremony|retreat|"
    # (harm done that weekend, and the contests and votes held in it: "a weekend fire")
    r"fire|fires|blast|blasts|bombing|bombings|shooting|shootings|explosion|explosions|crash|accident|"
    r"ambush|killing|killings|riot|riots|elections|polls|referendum|match|matches|game|games|grenade|bomb)"
)
_SEASON_PREP = "|".join(
    f"(?<=\\b{w} )"
    for w in ("in", "by", "before", "after", "during", "until", "till", "through", "throughout", "since")
)
# a season that names a kind of games, not a time: "the 2008 Summer Olympics" (the year alone is tagged),
# "the last Winter Games"; nor is the seat a government or a court keeps for a season ("the winter
# capital", "the Summer Palace")
_NOT_GAMES = r"(?!\s+(?:Olympics?|Paralympics?|Games|Universiade|capitals?|palaces?)\b)"
# "summer this year", "the fourth quarter of last year": a season or quarter of a year said relative to now
_OF_YEAR = r"\s+(?:of\s+)?(?:this|last|next)\s+year\b"


def _month_words(number: int) -> str:
    """The names of one month as a pattern: "September", "Sept.", "Sep" ("March" with its capital)."""
    names = [n for n, k in MONTHS.items() if k == number]
    alts = [
        rf"(?-i:{n.capitalize()})\b" if n in ("may", "march") else rf"{n}\b\.?" if len(n) <= 4 else rf"{n}\b"
        for n in names
    ]
    return "(?:" + "|".join(sorted(alts, key=len, reverse=True)) + ")"


# a quarter or half named by its months: "the July-to-September period", "the April-June quarter",
# and (Australian and New Zealand usage) by the month that ends it: "the September quarter"
_MONTH_SPANS = ((1, 3), (4, 6), (7, 9), (10, 12), (1, 6), (7, 12))
_QUARTER_MONTHS = (
    r"\b(?:the\s+)?(?:"
    + "|".join(
        rf"{_month_words(a)}(?:\s*[-–]\s*|-to-|\s+to\s+|\s+through\s+){_month_words(b)}" for a, b in _MONTH_SPANS
    )
    + r")\s+(?:period|quarter|half)\b|\bthe\s+(?:"
    + "|".join(_month_words(m) for m in (3, 6, 9, 12))
    + r")\s+quarter\b"
)


# After the first unit of a range of bare plural units ("weeks to months", "days or weeks"): one
# fixed-width look-behind per unit and word, as Python's look-behinds must be
_AFTER_UNIT_AND = (
    "(?:"
    + "|".join(
        rf"(?<=\b{unit} {word} )"
        for word in ("to", "or")
        for unit in ("minutes", "hours", "days", "weeks", "months", "years")
    )
    + ")"
)

_RULES: list[tuple[str, str, str]] = [
    # -- absolute calendar dates --
    ("iso", "DATE", r"\b(?:1[0-9]|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])\b(?!-\d)"),
    # a range of years is two dates: "2004-2005", "1987-88", "2009/10"
    (
        "year_range",
        "DATE",
        # (not the decimals of a rate: "quoted at 1.1850-1855 dollars"); the year that names the range
        # is the first's: "the fiscal year 2006/07", "the year 2005-06"
        rf"(?:\b(?:the\s+)?(?:(?:fiscal|financial|calendar|crop|marketing|budget)\s+)?year\s+)?"
        rf"(?<![\d.,]){YEAR}(?=[-–/](?:{YEAR}|\d\d)\b(?![-/]\d))|"
        rf"(?<=\d\d[-–/])(?<=\b(?:1[0-9]|20)\d\d[-–/])(?<![\d.,]\d{{4}}[-–/])(?:{YEAR}|\d\d)\b(?![-/]\d)",
    ),
    # years before Christ: "1354 B.C.", "44 BC"
    ("bc_year", "DATE", rf"\b\d{{1,4}}\s?{_BC}"),
    # years of the common era said so: "AD 597", "AD393", "A.D. 410", "122 AD"
    (
        "ad_year",
        "DATE",
        r"(?-i:\bA\.D\.|\bAD)\s?[1-9]\d{0,3}\b(?![.,]\d)(?!\s*(?:%|percent|million|billion))|"
        r"\b[1-9]\d{0,3}\s?(?-i:A\.D\.|AD\b)",
    ),
    ("slash", "DATE", r"\b(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])/(?:\d\d|1[0-9]\d\d|20\d\d)\b"),
    (
        "month_day",
        "DATE",
        rf"(?:\b(?:last|next|this past|this coming)\s+)?"
        rf"(?:{WEEKDAY}\s?,?\s+)?\b{MONTH}(?:\s+|(?<=\.)|,\s*(?={DAYNUM},\s+{YEAR}\b))(?:{DAYNUM}\b|{DAYWORD})(?:\s?,?\s+(?:of\s+)?{YEAR}\b|\s+(?:of\s+)?(?:this|last|next)\s+year\b)?"
        r"(?!\s*(?:%|percent|million))",
    ),
    ("week_of", "DATE", rf"\bthe\s+week\s+(?:of|ended|ending)\s+{MONTH}\s+{DAYNUM}\b(?:\s?,?\s+{YEAR}\b)?"),
    # a week counted in a month: "the first week of October", "the last week of this month"
    (
        "week_in_month",
        "DATE",
        rf"(?:\bthe\s+)?\b(?:first|second|third|fourth|last|final)\s+week\s+of\s+"
        rf"(?:{MONTH}\b(?!\.?\s*\d{{1,2}}\b(?![,.]?\d))(?:\s?,?\s+{YEAR}\b)?|(?:this|next|last)\s+month\b)",
    ),
    # a day of the month the story is in, or the one after or before it: "on the 24th of this month"
    # (not a count of what the month holds: "24 of this month's deaths")
    ("day_of_month_rel", "DATE", rf"(?:\bthe\s+)?\b{DAYNUM}\s+of\s+(?:this|next|last)\s+month\b(?!\s*['’]s)"),
    (
        "day_month",
        "DATE",
        rf"(?:{WEEKDAY}\s?,?\s+)?(?:the\s+)?\b{DAYNUM}(?:\s+of)?\s+{MONTH}(?:\s?,?\s+{YEAR}\b|\s+(?:of\s+)?(?:this|last|next)\s+year\b(?!['’]))?",
    ),
    (
        "month_year",
        "DATE",
        rf"(?:{_EARLY}|\b(?:early|mid|late)-)?\b{MONTH}\s?,?\s+(?:of\s+)?{YEAR}\b",
    ),
    (
        "month",
        "DATE",
        rf"(?:\b(?:(?:early|late|mid)\s+)?(?:{_REL})\s+"
        r"|\b(?:early|late|mid|the end of|the beginning of|the middle of|the month of)\s+"
        rf"|\b(?:early|mid|late)-)?\b{MONTH}"
        # a day number after it makes it a day: "following Sept. 11" is that day, not September
        r"(?!\.?\s+(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b(?!\s*(?:%|percent|million)))"
        # "March last year", "mid-March of last year": the month of that year (not "May of last year's
        # host city")
        r"(?:\s+(?:this|last|next) year|\s+of\s+(?:this|last|next) year\b(?!['’]))?",
    ),
    (
        "month_phrase",
        "DATE",
        rf"(?:\bthat\s+)?\b{MONTH}\s+(?:day|morning|afternoon|evening|night|week|weekend)\s+(?:in|of)\s+{YEAR}\b",
    ),
    # ("last Christmas", "next Thanksgiving": the word that says which one is part of the extent)
    ("holiday", "DATE", rf"(?:\b(?:last|next)\s+)?\b{HOLIDAY}\b(?:\s+week\b)?(?:\s?,?\s+{YEAR}\b)?"),
    # -- years, decades, centuries, seasons, quarters --
    (
        "year",
        "DATE",
        rf"(?:{_EARLY}|(?:the\s+)?(?:(?:fiscal|calendar|financial|model|school)(?:\s+year)?|year(?:\s+of)?)\s+|\b(?:early|mid|late)-|"
        rf"\bFY\s?)?(?<![\d.,$])(?<![\d.,]\d{{4}}[-–])\b(?:{YEAR}|'\d\d)\b(?![-/]\d|[.,]\d|[-‐][a-z])(?!\s*(?:%|percent|{_BC}))(?:(?<![-–/]\d{{4}})\s+period\b)?",
    ),
    ("fy", "DATE", r"\bFY-?\d\d(?:\d\d)?\b"),
    ("decade", "DATE", rf"(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?\b{DECADE}(?!\w)"),
    ("century", "DATE", rf"(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?\b{ORDINAL}[\s-]+century\b(?:\s+{_BC})?"),
    (
        "season",
        "DATE",
        rf"(?:\b(?:{_REL}|early|late|mid|the|that)\s+)+{SEASON}\b{_NOT_GAMES}(?:\s+(?:of\s+)?{YEAR}\b|{_OF_YEAR})?|"
        rf"\b{SEASON}\s+(?:of\s+)?{YEAR}\b|\b{YEAR}\s+{SEASON}\b{_NOT_GAMES}|"
        # a bare season after a preposition of time: "before summer", "by spring next year"
        rf"(?:{_SEASON_PREP}){SEASON}\b(?:{_OF_YEAR})?",
    ),
    ("quarter_months", "DATE", _QUARTER_MONTHS),
    (
        "quarter",
        "DATE",
        rf"(?:(?:the|this|last|next|year-ago|year-earlier|{YEAR}'?s?|(?:this|last|next) year's)\s+)*"
        rf"(?:(?:fiscal|calendar)\s+)?(?:{YEAR}\s+)?(?:{QUARTER_ORD}\s+(?:fiscal\s+)?(?:quarter|half)|latter\s+half)\b"
        rf"(?:\s+(?:of\s+)?(?:fiscal\s+)?{YEAR}|{_OF_YEAR}|\s+of\s+the(?:\s+(?:previous|current))?\s+year\b)?"
        rf"|\b{QUARTER_ORD}-(?:quarter|half)\b|\bQ[1-4](?:\s+{YEAR})?\b|\b[1-4]Q\b|"
        rf"\bH[12](?:\s+{YEAR})?\b",
    ),
    (
        # a half of a decade, or a half year written as two quarters
        "half_of",
        "DATE",
        rf"(?:\bthe\s+)?\b(?:first|second|last|latter)\s+half\s+of\s+(?:the\s+)?{DECADE}(?!\w)|"
        rf"(?:\bthe\s+)?\b(?:first|last|final)\s+(?:two|2)\s+quarters\s+of\s+(?:fiscal\s+)?{YEAR}\b",
    ),
    (
        "quarter_rel",
        "DATE",
        # the quarter compared with, a year back: "the corresponding period last year", "the quarter a
        # year ago", "last year's quarter"
        r"\bthe\s+(?:(?:same|corresponding|comparable|equivalent|like)\s+)?(?:quarter|period)\s+(?:of\s+)?"
        r"(?:last\s+year|a\s+year\s+(?:ago|earlier)|the\s+previous\s+year)\b|\blast\s+year's\s+(?:quarter|period)\b|"
        # the month compared with, a year back: "the same month last year", "the same month a year earlier"
        r"\bthe\s+(?:same|corresponding|comparable|equivalent|like)\s+month\s+(?:of\s+)?"
        r"(?:last\s+year|a\s+year\s+(?:ago|earlier)|the\s+previous\s+year)\b|"
        # the stretch compared with, in a year the text names: "the same period of 2005", "the same month of 2001"
        rf"\bthe\s+(?:same|corresponding|comparable|equivalent|like)\s+(?:quarter|period|month)\s+of\s+{YEAR}\b(?!\s*[-–/]\d)|"
        rf"\b(?:the|this|last|next|that)\s+(?:(?:latest|same|current|previous|latest|recent|year-ago|"
        rf"year-earlier|comparable|year-before)\s+)?(?:{YEAR}\s+)?(?:fiscal\s+)?(?:quarter|period)\b|"
        r"\b(?:the\s+)?(?:year-ago|year-earlier|year-before)(?:\s+(?:quarter|period))?",
    ),
    # -- relative days, weeks, months, years --
    (
        "deictic",
        "DATE",
        r"(?:\b(?:early|late)\s+|\bthe day before\s+|\bthe day after\s+)?"
        r"\b(?:today|yesterday|tomorrow|tonight|nowadays)\b",
    ),
    # (a sports season under way, as "last season" is PAST_REF: "has scored 16 goals this season")
    (
        "now",
        "DATE",
        r"\b(?:now|currently|presently|at present|at (?:the|this) moment|these days|this season|the current season)\b",
    ),
    (
        "past_ref",
        "DATE",
        # "the then-current price": current at a time gone by; "the past eight games", "the past two
        # elections" count happenings, and name no time
        r"\b(?:recently|formerly|lately|(?:last|the previous|the past) season|then[- ]current)\b"
        rf"|\bthe past\b(?!\s+(?:\d[\d,]*|{NUMWORD}|few|several|couple)\b)",
    ),
    (
        "future_ref",
        "DATE",
        r"\b(?:the future|the near future|as soon as possible|a later date|(?:next|the coming) season)\b"
        # "will soon move", "expected soon": a time ahead (TimeML FUTURE_REF, as "recently" is PAST_REF);
        # ("any time soon" whole); not "as soon as" (a conjunction), "soon after the vote" (a signal),
        # "too soon", "soon-to-be"
        r"|(?<!\bas )(?<!\btoo )(?:\bany\s?time\s+)?\bsoon\b(?!-|\s+(?:after|afterwards?|before|as|thereafter)\b)",
    ),
    ("current", "DATE", r"\b(?:current)\b"),
    (
        "year_end",
        "DATE",
        # (a preposition is a signal, not part of the extent: "by year-end" is "year-end"; "around" is
        # an approximation, and stays)
        r"\b(?:around\s+)?(?:the\s+)?(?:year[- ]end|year's end|end of the year|end-of-(?:the-)?year)\b"
        r"|\bthe full year\b",
    ),
    (
        "spelled_year",
        "DATE",
        r"\b(?:(?:january|february|march|april|may|june|july|august|september|october|november|december"
        r"|the year|(?:the\s+)?(?:spring|summer|fall|autumn|winter)(?:\s+of)?)\s+)?"
        r"(?:nineteen[- ](?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
        r"(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
        r"|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen))\b"
        # "two thousand" is a year only where the words around say so: "the year two thousand"
        r"|\b(?:the year|(?:the\s+)?(?:spring|summer|fall|autumn|winter)\s+of)\s+two thousand"
        r"(?:\s+and\s+(?:one|two|three|four|five|six|seven|eight|nine|ten))?\b",
    ),
    (
        # pointing back at a date given before; before the durations so "the next day" is a date
        "anaphor",
        "DATE",
        r"(?:\b(?:earlier|later)\s+(?:in\s+)?)?\b(?:that same|that|the same|the following|the next|the previous|"
        r"the prior)\s+(?:day|week|month|year)\b(?!-)|(?:(?<=\blater in )|(?<=\bearlier in ))the day\b|"
        # the story's day as a stretch: "fell 2 points during the day", "spent the day in prayer", "the
        # day's biggest loser", "finished the day on 245" (not "during the day Friday", "the day of the
        # vote", "the day before", "the day when ...": a day the text names otherwise)
        r"(?:(?<=\bduring )|(?<=\bthroughout )|(?<=\bmost of )|(?<=\bfor )|(?<=\bspent )|(?<=\bspend )"
        r"|(?<=\bspends )|(?<=\bspending )|(?<=\bfinished )|(?<=\bended )|(?<=\bclosed ))the day\b(?![-‐])"
        rf"(?!\s+(?:before|after|of|that|when|on which|{WEEKDAY}|today|yesterday|tomorrow)\b)|"
        r"\bthe day(?=['’]s\b)|"
        # "over the month before": standing alone, not "the year before the war", "the week before last"
        r"\bthe\s+(?:week|month|year)\s+before\b(?=\s*[.,;:)]|\s+(?:as|and|but|when|while)\b)",
    ),
    ("day_rel", "DATE", r"\bthe\s+day\s+(?:before|after)\b(?!\s+(?:yesterday|tomorrow)\b)"),
    (
        "vague_duration",
        "DURATION",
        r"\b(?:the\s+)?(?:past|last|next|coming|recent|previous|following)\s+"
        r"(?:few\s+|several\s+|couple of\s+)?"
        r"(?:hours|days|weeks|months|quarters|years|decades|centuries)\b(?:\s+or\s+so\b)?|"
        r"\b(?:the\s+)?(?:past|last|next|coming|following)\s+(?:hour|day|decade|century)\b(?:\s+or\s+so\b)?|"
        # (not "the last year of the war", its final year)
        r"\bthe\s+(?:past|last|next|coming)\s+(?:year|month|week|fortnight)\b(?!(?<=last year)\s+of\s+[a-z])"
        r"(?:\s+or\s+so\b)?|"
        # the first or last stretch of a happening: "in the first hours of the war", "the early days of"
        r"\bthe\s+(?:first|final|early|opening|closing|dying)\s+(?:hours|days|weeks|months|years)(?=\s+of\b)|"
        r"\b(?:years|decades|centuries|months|weeks)(?=\s+(?:of|ago|later|earlier|before|after|to come)\b)|"
        # a range of bare plural units: "could take weeks to months", "within hours to days", "days or weeks"
        r"\b(?:minutes|hours|days|weeks|months|years)(?=\s+(?:to|or)\s+(?:hours|days|weeks|months|years|decades)\b)|"
        + _AFTER_UNIT_AND
        + r"(?:hours|days|weeks|months|years|decades)\b|"
        # bare plural units: "minutes after the vote", "days before", "hours of talks", "could take weeks"
        r"\b(?:days|hours|minutes|seconds)(?=\s+(?:ago|later|earlier|before|after)\b)|\b(?:days|hours)(?=\s+of\b)|"
        r"(?=(?:years|decades|months|weeks|days|hours|minutes|centuries)\b)"
        r"(?:(?<=\bfor )|(?<=\bover )|(?<=\bwithin )|(?<=\btake )|(?<=\btakes )|(?<=\btook )|(?<=\btaking )"
        r"|(?<=\blast )|(?<=\blasted ))(?:years|decades|months|weeks|days|hours|minutes|centuries)\b|"
        # "in the weeks ahead"
        r"\bthe\s+(?:days|weeks|months|years|decades)\s+ahead\b|"
        # generic stretches (TimeML: a plural unit with no count is a duration, PXY): "over the years",
        # "in the years that followed", "through the decades", "in the early years"
        r"(?:(?<=\bover )|(?<=\bthrough )|(?<=\bacross )|(?<=\bdown )|(?<=\bin )|(?<=\bduring ))"
        r"the\s+(?:(?:early|first|later|final|intervening|ensuing|following)\s+)?"
        r"(?:years|decades|centuries)\b(?!\s+(?:of|ago|\d))|"
        # "the lowest in decades", "for the first time in weeks"
        r"(?<=\bin )(?:years|decades|months|weeks|days|hours)\b(?!\s+(?:past|gone)\b)",
    ),
    (
        "rel_unit",
        "DATE",
        rf"(?:{_EARLY}|\b(?:earlier|later)\s+)?\b(?:{_REL}|the|this past|the past|the last|the coming|the next|"
        rf"the previous|the following|the current|the latest|the most recent)"
        rf"\s+(?:week|weekend|month|year|decade|century|fiscal year|calendar year|financial year)\b"
        # "the year of his birth", "2007 is the year of the pig", "the last year of the war": not this
        # year, nor the last ("the year of 2006", "the month of May" are that year, that month)
        # (the "of" of a figure is not: "a high for the year of $42.875")
        r"(?!(?:(?<=\bthe year)|(?<=\bthe month)|(?<=\bthe last year))\s+of\s+[a-z])"
        rf"(?:\s+before\s+last\b)?",
    ),
    (
        "ago",
        "DATE",
        # (a bound on the distance is part of it, TimeML mod BEFORE / AFTER: "over three years ago")
        rf"(?:(?:{APPROX}|(?:just\s+)?(?:over|under))\s+)?\b{NUMBER}[\s-]+{UNIT}(?:\s+or\s+so)?\s+(?:ago|earlier|hence)\b(?!\s+than\b)",
    ),
    (
        # the edge of a day: "early on Friday", "late Tuesday", "dawn Thursday", "the early hours of Sunday"
        "day_edge",
        "TIME",
        rf"\b(?:early|late)\s+(?:on\s+)?(?:{WEEKDAY}|today|yesterday|tomorrow)\b(?:\s+{PART}\b)?|"
        rf"\b(?:dawn|daybreak|sunrise|dusk|sunset|nightfall)\s+(?:on\s+)?(?:{WEEKDAY}|today|yesterday|tomorrow)\b|"
        rf"\bthe\s+early\s+hours\s+of\s+(?:{WEEKDAY}|today|yesterday|tomorrow)\b(?:\s+{PART}\b)?",
    ),
    (
        "weekday",
        "DATE",
        # (a "following" before a day's happening is a preposition: "calm returned following Friday's riots")
        rf"(?:(?:\bthe\s+(?:previous|following|next)|(?!following\s+{WEEKDAY}['’]s){_REL}|early|late|this past|"
        rf"this coming)\s+)?\b{WEEKDAY}\b",
    ),
    # (and a weekend that qualifies a happening: "at a weekend meeting", "weekend talks")
    ("weekend", "DATE", rf"\b(?:the|this|last|next|that)\s+weekend\b|\bweekend(?=\s+{_WEEKEND_EVENT}\b)"),
    # -- times of day --
    (
        "clock",
        "TIME",
        # (not "at": "at about 9:40 a.m." is "about 9:40 a.m.")
        r"(?:(?:about|around|approximately|shortly after|shortly before|just after|"
        r"just before)\s+)?"
        rf"\b(?:{_CLOCK_WORDS}|{_CLOCK}|(?:{_DAYREF}\s+)?(?:noon|midnight|midday|mid-day))"
        rf"(?:,?\s+(?:on\s+)?(?:{_ON_DAY}|{MONTH}\s+{DAYNUM}\b))?",
    ),
    ("at_clock", "TIME", r"(?<=\bat )\d{1,2}:\d\d\b"),
    # the 24-hour clock with a zone or a day, or after a preposition of time: "14:30 GMT Sunday"
    (
        "clock24",
        "TIME",
        rf"(?=\d\d?:\d)(?:\b{_HM}(?:{_ZONE}{_DAY_AFTER}?|{_DAY_AFTER})|(?:{_CLOCK_PREP}){_HM}\b{_ZONE}?{_DAY_AFTER}?)",
    ),
    # the military clock with its zone, not a conversion in brackets: "at 0630 GMT", "1400 GMT on Monday",
    # and the AFP's "06h30 GMT"
    (
        "clock_hhmm",
        "TIME",
        rf"(?<!\()\b(?:[01]\d|2[0-3])h?[0-5]\d\s+(?-i:GMT|UTC)\b(?:,?\s+(?:on\s+)?(?:{_DAYREF}\b|{MONTH}\s+{DAYNUM}\b))?",
    ),
    # "the night", "the morning" of the story's day
    (
        "the_night",
        "TIME",
        r"(?:(?<=\bduring )|(?<=\bthrough )|(?<=\bthroughout )|(?<=\bin ))the\s+(?:night|morning|afternoon|evening)\b"
        r"(?!\s+(?:of|before|after)\b)",
    ),
    # a market's session by its part of the day: "rose 1 percent in morning trade", "at the close of the
    # morning session", "in Tokyo afternoon trading" (the day's morning, as "in the morning session" is)
    (
        "trade_part",
        "TIME",
        r"\b(?:the\s+)?(?:morning|afternoon)(?=\s+(?:session|trade|trading)\b)",
    ),
    (
        "part_of_day",
        "TIME",
        rf"\b(?:(?:this|yesterday|tomorrow|last|early this|late this|later this|early|late|mid)\s+){PART}\b|"
        # "in mid-afternoon trading", "by mid-morning"
        r"\bmid-\s?(?:morning|afternoon|evening)\b|"
        r"\btonight\b|\bovernight\b",
    ),
    (
        "day_part",
        "TIME",
        # ("next Thursday evening": the word that turns the day is part of it, as in "next Thursday";
        # not "the previous" or "the following", which count from the story's day: the weekday rule's)
        rf"\b(?:{_DAYREF})\s+{PART}\b|\b(?:(?:this|last|next|this past|this coming|coming)\s+)?"
        rf"{WEEKDAY}\s+{PART}\b|"
        # "mid-afternoon yesterday", "late afternoon Tuesday"
        rf"(?:\b(?:early|late)\s+|\bmid-)?\b{PART}\s+(?:yesterday|today|tomorrow|{WEEKDAY})\b",
    ),
    # -- durations --
    ("times_per", "SET", rf"(?:(?<=\btwice )|(?<=\bonce )|(?<=\btimes ))a\s+{UNIT_SG}\b"),
    (
        "duration",
        "DURATION",
        rf"(?:(?:{APPROX}|the|the first|the last|the past|the next|the latest|the previous|the coming|"
        rf"year-earlier|year-ago|the final|the remaining|the following|another|past|"
        rf"last(?!\s+(?:an?|{APPROX})\b)|next|first)\s+)*"
        rf"(?<![/\d])\b(?!{YEAR}\s+{UNIT_SG}\b)(?!an?\s+weekend\s+{_WEEKEND_EVENT}\b)(?!an?\s+{UNIT}-long\b){NUMBER}(?:\s+1/2|\s+and\s+a\s+half)?(?:\s+or\s+(?:so|more)|\s+(?:more|additional|extra))?[\s-]+(?:(?:trading|business|working|calendar|consecutive|straight|successive|full|long|whole)\s+)?{UNIT}\b(?:-long)?(?:\s+and\s+a\s+half)?(?:\s+or\s+so\b)?(?![\s-]+olds?\b)(?!(?<=quarters)\s+of\s+(?:fiscal\s+)?{YEAR}\b)",
    ),
    # "a month-long strike", "the decades-long dispute" (some months, some decades)
    (
        "unit_long",
        "DURATION",
        rf"\b(?:{UNIT_SG}|seconds|minutes|hours|days|weeks|months|years|decades|centuries)-long\b",
    ),
    # "nearly half an hour", "half a day", "a noisy half-hour" ("half-year" is mostly a half of a
    # year in accounts, "half a century" the century rule's)
    (
        "half_unit",
        "DURATION",
        rf"(?:{APPROX}\s+)?\b(?:an?\s+)?half(?:[\s-]+an?[\s-]+(?:minute|hour|day|month|year)|[\s-]+(?:minute|hour|day))\b"
        r"(?![\s-]+olds?\b)",
    ),
    # "seven days a week", "24 hours a day": a recurrence, not a length of time
    (
        "count_per",
        "SET",
        rf"\b(?:\d+|{NUMWORD})[\s-]+(?:hours|days|nights|weeks|months)\s+(?:a|per)\s+(?:day|week|month|year)\b",
    ),
    # the first number of a range of lengths: "6 to 9 months", "between two and four weeks"
    (
        "range_first",
        "DURATION",
        # (the first look-ahead only makes the scan give up early on the other words)
        # (an age is no length: "between three and six years old")
        rf"(?=[\w-]+\s+(?:to|and|or)\s)\b(?:\d+|{NUMWORD})"
        rf"(?=\s+(?:to|and|or)\s+(?:\d+|{NUMWORD})[\s-]+{UNIT}\b(?![\s-]+olds?\b))|"
        # and with a dash, as wires write it: "2-4 weeks", "the next 15-20 years"
        rf"(?<![\d.,/:-])(?<!\baged )\b\d{{1,3}}(?=[-–]\d{{1,3}}[\s-]+{UNIT}\b(?![\s-]+olds?\b))",
    ),
    # elapsed times: "2:03:05", "27:05" (no clock has 27 hours), "4:02.15" (nor hundredths)
    (
        "elapsed",
        "DURATION",
        r"(?<!\bat )\b(?:\d{1,2}:[0-5]\d:[0-5]\d(?:\.\d+)?|(?:2[4-9]|[3-5]\d):[0-5]\d(?:\.\d+)?"
        r"|\d{1,2}:[0-5]\d\.\d{1,3})\b(?!:\d)",
    ),
    # "a quarter century", "half a century"
    (
        "century_part",
        "DURATION",
        rf"(?:{APPROX}\s+)?\b(?:a\s+)?(?:quarter|half)(?:[\s-]+of)?(?:\s+a)?[\s-]+century\b",
    ),
    # "its fourth year": how long it has gone on
    (
        "nth_unit",
        "DURATION",
        r"(?=(?:its|their|his|her)\s)(?:(?<=\bin )|(?<=\binto )|(?<=\benter )|(?<=\benters )|(?<=\bentered )"
        r"|(?<=\bentering ))"
        rf"(?:its|their|his|her)\s+{ORDINAL}\s+(?:straight\s+|consecutive\s+|full\s+)?(?:day|week|month|year|decade)\b(?!-)",
    ),
    # a streak counted by its last unit: "for the third straight year", "for a fourth consecutive month",
    # "for the second day running", "for the 11th year in a row" (TimeML: how long it has gone on, P3Y);
    # only after "for" ("It was the third straight month that ...": which month)
    (
        "nth_streak",
        "DURATION",
        rf"(?<=\bfor )(?:(?:a|the|its|their|his|her)\s+)?{ORDINAL}\s+"
        r"(?:(?:straight|consecutive|successive)\s+(?:day|week|month|quarter|year|decade)\b"
        r"|(?:day|week|month|quarter|year|decade)\s+(?:running|in\s+a\s+row)\b)(?!-)",
    ),
    # -- sets --
    # "for the past three summers": each of those summers
    (
        "past_seasons",
        "SET",
        rf"\b(?:the\s+)?(?:past|last|previous)\s+(?:\d+|{NUMWORD}|few|several|couple of)\s+"
        r"(?:summers|winters|springs|autumns)\b",
    ),
    (
        "set",
        "SET",
        rf"\b(?:every|each|per)\s+(?:other\s+)?(?:{UNIT_SG}|{WEEKDAY}|{PART}|{MONTH})\b|"
        # "every ten years", "every 20 minutes", "every few months": a recurrence with its period
        rf"\bevery\s+(?:\d+|{NUMWORD}|few|couple of)\s+(?:seconds|minutes|hours|days|weeks|months|years|decades)\b|"
        rf"\b(?:daily|weekly|monthly|annual|annually|yearly|biweekly|nightly|hourly|bimonthly|biennial|biennially)\b|\b{WEEKDAY}s(?:\s+{PART}s?)?\b|\b{WEEKDAY}\s+{PART}s\b|"
        # "sails everyday" (every day); not the adjective of "everyday life"
        r"\beveryday\b(?=\s*(?:[.,;:)!?]|$)|\s+(?:from|at|in|of|and|except|until|to|for|since|between|during|or)\b)|"
        # "open on weekends", "works in the evenings"
        r"(?:(?<=\bon )|(?<=\bat ))weekends\b|(?:(?<=\bin )|(?<=\bon ))the\s+(?:mornings|afternoons|evenings|nights)\b",
    ),
]

# Every expression begins with a word ("about", "the", "2015", "mid-"): a match may only start
# where a word does. Said first, it lets the scan give up at once inside words and between them,
# where it would otherwise try each rule's alternatives at every character (2-3 times the cost
# over news text). It also keeps a rule's leading word whole: "blast Monday" is not "last Monday".
_WORD_START = r"(?<!\w)(?=\w)"

# Each rule is compiled the first time a text holds its key words: a short article needs only a few
# of them, and compiling all of them is a noticeable part of a one-file run's start-up.
_COMPILED: dict[str, re.Pattern[str]] = {}


def _pattern(name: str, rx: str) -> re.Pattern[str]:
    pattern = _COMPILED.get(name)
    if pattern is None:
        first = first_chars(f"(?:{rx})")
        ahead = f"(?={first})" if first else ""
        pattern = _COMPILED[name] = re.compile(f"{_WORD_START}{ahead}(?:{rx})", re.IGNORECASE)
    return pattern


class _Unknown(Exception):
    """A part of a pattern whose first characters :func:`first_chars` does not work out."""


def first_chars(rx: str) -> str | None:
    """A character class holding every character a match of ``rx`` (read case-blind) can begin
    with, or None when that cannot be told (a part it does not know, or an empty match possible).

    The scan tries a rule at every word start of its windows, and most of its cost is entering its
    many alternatives there: the class, as a lookahead after the word start, turns most words away
    with one test ("the duration rule cannot begin with a b"). It is a superset of the true first
    characters, never a subset, so the rule finds exactly what it found without it."""
    try:
        from re import _constants as sre  # type: ignore[attr-defined]
        from re import _parser  # type: ignore[attr-defined]

        found: set[str] = set()
        if _first_of(_parser.parse(rx, re.IGNORECASE).data, found, sre):
            return None  # may match nothing: any character may follow
    except Exception:  # noqa: BLE001 - a part not known, or another Python's parser: no class, as before
        return None
    return "[" + "".join(sorted(found)) + "]"


def _first_of(items, found: set[str], sre) -> bool:
    """Add to ``found`` the class members a match of the sequence ``items`` can begin with; True
    when the sequence may match nothing."""
    for op, av in items:
        if op is sre.LITERAL:
            found.add(re.escape(chr(av)))
            return False
        if op is sre.IN:
            for kind, value in av:
                if kind is sre.LITERAL:
                    found.add(re.escape(chr(value)))
                elif kind is sre.RANGE:
                    found.add(f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}")
                elif kind is sre.CATEGORY and str(getattr(value, "name", "")) in _CATEGORIES:
                    found.add(_CATEGORIES[value.name])
                else:
                    raise _Unknown(kind)  # a negated class, ...
            return False
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue  # a boundary or a lookaround takes no character
        if op is sre.SUBPATTERN:
            empty = _first_of(av[3].data, found, sre)
        elif op is sre.BRANCH:
            empty = False
            for branch in av[1]:
                empty = _first_of(branch.data, found, sre) or empty
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            empty = _first_of(av[2].data, found, sre) or av[0] == 0
        else:
            raise _Unknown(op)  # any character, a back reference, ...
        if not empty:
            return False
    return True


# The class escapes for the categories a rule's first character may be given by.
_CATEGORIES = {"CATEGORY_DIGIT": r"\d", "CATEGORY_WORD": r"\w", "CATEGORY_SPACE": r"\s"}


def __getattr__(name: str) -> list[tuple[str, str, re.Pattern[str]]]:
    if name == "RULES":  # every rule, compiled: (name, TIMEX3 type, pattern)
        return [(rule, ttype, _pattern(rule, rx)) for rule, ttype, rx in _RULES]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# A rule can only match when one of its key words occurs in the text; checking a set of the text's
# words first skips most of the costly scans (most articles name no season, century or quarter).
_UNIT_WORDS = {
    u + s
    for u in ("second", "minute", "hour", "day", "week", "weekend", "fortnight", "month", "quarter", "year", "decade")
    for s in ("", "s")
} | {"century", "centuries"}
_MONTH_WORDS = set(MONTHS)
_GATES: dict[str, frozenset[str]] = {
    name: frozenset(words)
    for name, words in {
        "duration": _UNIT_WORDS,
        "unit_long": {"long"},  # ("a month-long strike")
        "half_unit": {"half", "half-hour", "half-day", "half-minute"},
        "count_per": {"hours", "days", "nights", "weeks", "months"},
        "vague_duration": _UNIT_WORDS,
        "times_per": {"twice", "once", "times"},  # (the word before: "twice a week")
        "rel_unit": _UNIT_WORDS,
        "anaphor": _UNIT_WORDS,
        "ago": {"ago", "earlier", "hence"},
        "range_first": _UNIT_WORDS,
        "century_part": {"century"},
        "nth_unit": _UNIT_WORDS,
        "nth_streak": {"straight", "consecutive", "successive", "running", "row"},  # (what makes it a streak)
        "month_phrase": _MONTH_WORDS,
        # (every quarter or half named by its months names one: "the July-September quarter")
        "quarter_months": _MONTH_WORDS,
        "day_rel": {"before", "after"},
        "the_night": {"night", "morning", "afternoon", "evening"},
        "trade_part": {"morning", "afternoon"},
        "clock_hhmm": {"gmt", "utc"},
        "day_edge": set(WEEKDAYS) | {"today", "yesterday", "tomorrow"},
        "quarter": {"quarter", "half", "q", "h"},
        "half_of": {"half", "quarters"},
        "quarter_rel": {"quarter", "period", "month", "ago", "earlier", "before"},
        "season": set(SEASONS),
        "past_seasons": {"summers", "winters", "springs", "autumns"},
        "century": {"century"},
        "bc_year": {"b", "bc", "bce"},
        "decade": {"s"} | set(DECADE_WORDS),
        "month_year": _MONTH_WORDS,
        "month": _MONTH_WORDS,
        "month_day": _MONTH_WORDS,
        "week_of": _MONTH_WORDS,
        "week_in_month": {"week"},
        "day_of_month_rel": {"month"},
        "day_month": _MONTH_WORDS,
        "spelled_year": {"nineteen", "thousand"},
        "holiday": {
            "christmas",
            "new",
            "thanksgiving",
            "easter",
            "independence",
            "halloween",
            "valentine",
            "boxing",
            "labor",
            "memorial",
            "mother",
            "father",
            "election",
            "good",
            "palm",
            "ash",
            "holy",
            "maundy",
            "black",
            "world",
            "international",
            "human",
        },
        "weekday": set(WEEKDAYS),
        "weekend": {"weekend"},
        "set": {
            "every",
            "each",
            "per",
            "daily",
            "everyday",
            "weekly",
            "monthly",
            "annual",
            "annually",
            "yearly",
            "biweekly",
            "nightly",
            "hourly",
            "bimonthly",
            "biennial",
            "biennially",
            "weekends",
            "mornings",
            "afternoons",
            "evenings",
            "nights",
        }
        | set(WEEKDAYS)
        | {w + "s" for w in WEEKDAYS},
        "clock": {
            "m",
            "am",
            "pm",
            "noon",
            "midnight",
            "midday",
            "mid",
            "clock",
            "morning",
            "afternoon",
            "evening",
            "night",
        },
        "day_part": {"morning", "afternoon", "evening", "night", "overnight"},
        "part_of_day": {"morning", "afternoon", "evening", "night", "overnight", "tonight"},
        "deictic": {"today", "yesterday", "tomorrow", "tonight", "nowadays"},
        "now": {"now", "currently", "presently", "present", "moment", "days", "season"},
        "past_ref": {"recently", "formerly", "lately", "past", "season", "current"},
        "future_ref": {"future", "soon", "later", "season"},
        "current": {"current"},
        "year_end": {"year"},
        "fy": {"fy"},
    }.items()
}
_WORD = re.compile(r"[a-z]+")
# Every key word of a rule: the only words whose places in a text the scan looks up.
_KEY_WORDS: frozenset[str] = frozenset().union(*_GATES.values())
# Rules whose every match holds digits of a shape: their key is that shape, and their windows are
# around its places. Two digits in a row (a year); the minutes after a colon (a clock, a race's time:
# rare in news, so these rules scan a small part of a text); digits on both sides of a dash or slash
# (a range of years, a date written with slashes). Each shape holds two digits in a row or lies next to
# them, so a rule finds what it found with every digit pair as its key.
_DIGITS = re.compile(r"\d\d")
_MINUTES = re.compile(r":\d\d")
_DIGITS_APART = re.compile(r"\d[-–/]\d")
_DIGIT_GATED: dict[str, re.Pattern[str]] = {
    "year": _DIGITS,
    "iso": _DIGITS,
    "ad_year": _DIGITS,
    "at_clock": _MINUTES,
    "clock24": _MINUTES,
    "elapsed": _MINUTES,
    "slash": _DIGITS_APART,
    "year_range": _DIGITS_APART,
}

# Rules whose bare match is ambiguous enough that the component checks the tokens around it.
GUARDED = {
    "year",
    "century",
    "month",
    "past_ref",
    "future_ref",
    "current",
    "now",
    "season",
    "quarter_rel",
    "duration",
    "vague_duration",
    "set",
    "weekday",
    "deictic",
    "decade",
    "anaphor",
}


# How far from one of its key words a rule's match can reach. A window this wide around every key
# word holds every match the rule can make (the longest expression is well under 100 characters),
# so scanning the windows finds exactly what scanning the whole text finds, at a fraction of the cost.
_REACH = 160
_SPACE_RUN = re.compile(r"\s+")


def _windows(anchors: list[int], text: str) -> list[tuple[int, int]]:
    """Disjoint stretches of ``text`` within _REACH of an anchor, ending after a whitespace run.

    A window stops at the first whitespace at most another _REACH characters on: a run without
    spaces longer than that (a pasted hash or base64 blob) holds no expression, and following it
    to its end from every digit in it made the scan quadratic in its length."""
    n = len(text)
    out: list[tuple[int, int]] = []
    for p in anchors:
        ws = max(p - _REACH, 0)
        if out and ws <= out[-1][1]:
            ws = out.pop()[0]
        we = min(p + _REACH, n)
        if we < n and not text[we].isspace():
            space = _SPACE_RUN.search(text, we, min(we + _REACH, n))
            we = space.end() if space else min(we + _REACH, n)
        elif we < n:
            space = _SPACE_RUN.match(text, we)
            we = space.end() if space else we
        out.append((ws, we))
    return out


def find_candidates(text: str) -> list[Candidate]:
    """All non-overlapping candidate extents in ``text``, longest first on overlap, in text order."""
    found: list[Candidate] = []
    lower = text.lower()
    positions: dict[str, list[int]] = {}
    for m in _WORD.finditer(lower):
        word = m.group()
        if word in _KEY_WORDS:  # (where the other words are is never asked)
            positions.setdefault(word, []).append(m.start())
    whole = [(0, len(text))]
    # lower() may change the length of some non-ASCII text: its offsets are then not the text's
    exact = len(lower) == len(text)
    # the windows of each shape of digits (:data:`_DIGIT_GATED`)
    digit_windows: dict[re.Pattern[str], list[tuple[int, int]]] = {}
    # the windows of each set of key words: several rules share one (the units of time, the months)
    gate_windows: dict[frozenset[str], list[tuple[int, int]]] = {}
    for name, ttype, source in _RULES:
        gate = _GATES.get(name)
        shape = _DIGIT_GATED.get(name)
        if shape is not None:
            found_spans = digit_windows.get(shape)
            if found_spans is None:
                found_spans = digit_windows[shape] = _windows([m.start() for m in shape.finditer(text)], text)
            if not found_spans:
                continue
            spans = found_spans
        elif gate is None:
            spans = whole
        else:
            found_spans = gate_windows.get(gate)
            if found_spans is None:
                # (over the rule's few key words: intersecting with the text's hundreds of words costs more)
                anchors = [p for word in gate if word in positions for p in positions[word]]
                anchors.sort()
                found_spans = gate_windows[gate] = (_windows(anchors, text) if exact else whole) if anchors else []
            if not found_spans:
                continue
            spans = found_spans
        rx = _pattern(name, source)
        for ws, we in spans:
            found.extend(matches(rx, text, ttype, name, ws, we))
    found.extend(_second_days(text, found))
    found.extend(_first_days(text, found))
    found.extend(_compound_durations(text, found))
    return non_overlapping(found)


# a length in units each smaller than the one before (:func:`_compound_durations`)
_UNIT_ORDER = {"year": 0, "month": 1, "week": 2, "day": 3, "hour": 4, "minute": 5, "second": 6}
_COUNT_UNIT = re.compile(
    r"(?:\d{1,4}(?:\.\d+)?|[a-z]+(?:-[a-z]+)?|an?)[\s-]+(year|month|week|day|hour|minute|second)s?", re.I
)
_LINK = re.compile(r"\s+|\s+and\s+|\s*,\s*")
# what makes the last length a rate or an age: "20 years five days a week", "two years six months old"
_NOT_A_LENGTH_AFTER = re.compile(r"[\s-]+olds?\b|\s+(?:a|per)\s+(?:week|day|month|year)\b", re.I)


def _compound_durations(text: str, found: list[Candidate]) -> list[Candidate]:
    """A length told in two or three units, each smaller than the one before, from the lengths
    found in it: "one hour and 48 minutes", "50 minutes 55.154 seconds", "1 hour 08 minutes 14
    seconds", "14 years, nine months and 20 days" (commas in a list closed by "and"), "a 4-hour,
    37-minute match" (between compound adjectives); not a list of lengths ("one year, 68 days or
    two months"), a rate ("20 years, five days a week") nor an age."""
    lengths = sorted((c for c in found if c.rule == "duration"), key=lambda c: c.start)
    out: list[Candidate] = []
    i = 0
    while i < len(lengths):
        run = [lengths[i]]
        links: list[str] = []
        while len(run) < 3 and i + len(run) < len(lengths):
            nxt = lengths[i + len(run)]
            link = text[run[-1].end : nxt.start]
            last = _COUNT_UNIT.search(text, run[-1].start, run[-1].end)
            part = _COUNT_UNIT.fullmatch(text, nxt.start, nxt.end)
            if (
                _LINK.fullmatch(link) is None
                or last is None
                or part is None
                or _UNIT_ORDER[part[1].lower()] <= _UNIT_ORDER[last[1].lower()]
            ):
                break
            run.append(nxt)
            links.append(link)
        i += len(run)
        if len(run) < 2 or _NOT_A_LENGTH_AFTER.match(text, run[-1].end):
            continue
        commas = [k for k, link in enumerate(links) if "," in link]
        hyphened = all("-" in text[c.start : c.end] for c in run)
        if commas and not hyphened and not (commas == [0] and len(links) == 2 and "and" in links[1]):
            continue  # a list of lengths, not one: "one year, 68 days or even two months"
        out.append(Candidate(run[0].start, run[-1].end, "DURATION", "duration_compound"))
    return out


# the second day of a pair or range written with the month once: "on April 24 and 25", "from June 6 to 9"
_SECOND_DAY = re.compile(
    r"(?:\s+(?:and|or|to|through|till|until)\s+|\s?[-–]\s?)"
    r"((?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?:,?\s+(?:1[0-9]|20)\d\d)?)\b"
    r"(?=\s*(?:[,.;:)\"'’”]|$)|\s+(?:in|at|on|of|and|or|when|while|respectively|to|for|within|during|before|after)\b)"
    # a dash between two days qualifies what follows: "the Nov. 18-19 summit"
    r"|[-–]((?:[12]\d|3[01]|0?[1-9]))\b(?![-–.,:/]?\d)(?!\s*(?:%|percent|per\b|[ap]\.?m\b|o'clock))"
)


def _second_days(text: str, found: list[Candidate]) -> list[Candidate]:
    """The second day of "April 24 and 25" or "April 24-25": a DATE of its own, read with the month before it."""
    out = []
    for c in found:
        if c.rule == "month_day" and re.search(r"(?<!\d)\d{1,2}(?:st|nd|rd|th)?$", text[c.start : c.end]):
            m = _SECOND_DAY.match(text, c.end)
            if m:
                k = 1 if m[1] else 2
                out.append(Candidate(m.start(k), m.end(k), "DATE", "second_day"))
    return out


# the first day of a range written day first with the month once: "from 7th to 9th December", "3-7 March"
_FIRST_DAY = re.compile(
    r"\b(?:from|between)\s+((?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?)"
    r"(?:\s+(?:and|to|through|till|until)\s+|\s?[-–]\s?)$"
)


def _first_days(text: str, found: list[Candidate]) -> list[Candidate]:
    """The first day of "from 7th to 9th December": a DATE of its own, read with the month after the second."""
    out = []
    for c in found:
        if c.rule in ("day_month", "day_of_month_rel") and text[c.start : c.start + 1].isdecimal():
            m = _FIRST_DAY.search(text, max(0, c.start - 30), c.start)
            if m:
                out.append(Candidate(m.start(1), m.end(1), "DATE", "second_day"))
    return out


def matches(rx: re.Pattern, text: str, ttype: str, name: str, start: int = 0, end: int | None = None):
    """The candidates one rule finds in ``text[start:end]``, without the spaces at their edges
    that the rule's optional groups may leave."""
    for m in rx.finditer(text, start, len(text) if end is None else end):
        s, e = m.span()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            yield Candidate(s, e, ttype, name)


def non_overlapping(found: list[Candidate]) -> list[Candidate]:
    """The longest candidate wins where candidates overlap (the earlier on a tie); in text order."""
    found.sort(key=lambda c: (-(c.end - c.start), c.start))
    # the extents taken so far, disjoint and sorted: one binary search finds the neighbours to check
    starts: list[int] = []
    taken: list[Candidate] = []
    for c in found:
        i = bisect_left(starts, c.start)
        if i < len(taken) and taken[i].start < c.end:
            continue  # overlaps the next extent taken
        if i and taken[i - 1].end > c.start:
            continue  # overlaps the previous one
        starts.insert(i, c.start)
        taken.insert(i, c)
    return taken


# Words that tell a match: a half or a quarter in a sentence with one is the match's.
GAME_WORDS = frozenset(
    "goal goals scored scoring scorer touchdown touchdowns rebound rebounds basket baskets innings "
    "penalty penalties halftime half-time equaliser equalizer header striker midfielder defender "
    "goalkeeper keeper quarterback crossbar referee".split()
)
_GAME_WORD = re.compile(r"(?<![\w-])(?:" + "|".join(sorted(GAME_WORDS, key=len, reverse=True)) + r")(?![\w-])", re.I)
# a bare score: "beat Japan 78-62", "ending the first half 18-11" (not a year range, a ratio, "Nov. 16-18")
_BARE_SCORE = re.compile(r"(?<![\d.,/:-])\d{1,3}\s?-\s?\d{1,3}(?![\d,/:%-]|\.\d)")
_MONTH_BEFORE = re.compile(rf"\b(?:{MONTH})\.?\s*$", re.I)
# a half or a quarter with no year ("the second half", "third quarter"): maybe a match's
_LONE_HALF = re.compile(
    r"\b(?:first|second|third|fourth|final|last|1st|2nd|3rd|4th)[\s-]+(?:half|quarter)\b(?!\s+of\b)", re.I
)


def _match_signs(text: str) -> int:
    """How many words of ``text`` tell a match: bare scores and :data:`GAME_WORDS`."""
    scores = sum(1 for m in _BARE_SCORE.finditer(text) if not _MONTH_BEFORE.search(text, 0, m.start()))
    return scores + len(_GAME_WORD.findall(text))


def match_report(text: str) -> bool:
    """Whether ``text`` reports a match: two of its words tell one (a score, "goals", "rebounds",
    "header" ...). There "In the second half we were in the driving seat", "Early in the second half
    the keeper saved ..." are the match's halves, though the sentence tells no goal."""
    return _match_signs(text) >= 2


# Where a sentence ends, as far as :func:`only_where_needed` cares: final punctuation (and closing
# quotes or brackets) before a capital or a digit, or a blank line. Abbreviations ("Aug. 14") may cut
# a sentence in two; the expression then keeps both halves.
_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*\s+(?=[\"“‘'(\[]?[A-Z0-9])|\n\s*\n")


def _blank(text: str) -> str:
    return "".join(ch if ch == "\n" else " " for ch in text)


def only_where_needed(text: str) -> str:
    """``text`` with the sentences `timeline dates` has no use for blanked out (spaces, line breaks
    kept): what the model parses for it. Every offset stays the same.

    An expression is read with its sentence's parse (the tense of the verb it hangs on, the clause
    it is in), so a sentence in which the recognizer finds a candidate is kept whole, with the
    sentence before it (the parser reads a sentence a little differently without its context: on
    TimeBank + AQUAINT, with the sentence before kept, 1 of 1,892 expressions changed; without it
    kept, 6). Sentences with no candidate hold no expression, so the rest is never parsed: a third to
    two fifths of the words of news (TimeBank + AQUAINT 39%, news-silver 32%)."""
    found = find_candidates(text)
    if not found:
        return _blank(text)
    parts: list[tuple[int, int, bool]] = []
    pos = 0
    k = 0  # the candidates are in text order and do not overlap: one walk over them
    for m in [*_SENTENCE_END.finditer(text), None]:
        end = m.end() if m is not None else len(text)
        while k < len(found) and found[k].end <= pos:
            k += 1
        parts.append((pos, end, k < len(found) and found[k].start < end))
        pos = end
    # a half or a quarter is read against the words of the whole text that tell a match
    # (:func:`match_report`): where one may be a match's, those sentences are kept too
    told = _LONE_HALF.search(text) is not None and match_report(text)
    kept = "".join(
        text[a:b]
        if has or (j + 1 < len(parts) and parts[j + 1][2]) or (told and _match_signs(text[a:b]))
        else _blank(text[a:b])
        for j, (a, b, has) in enumerate(parts)
    )
    # the recognizer finds the same candidates in what is kept (checked on 2,708 news documents):
    # it takes these instead of scanning the text again
    _FOUND[kept] = found
    while len(_FOUND) > _FOUND_MAX:
        del _FOUND[next(iter(_FOUND))]
    return kept


# The candidates only_where_needed found, by the text it handed to the model (a batch's worth).
_FOUND: dict[str, list[Candidate]] = {}
_FOUND_MAX = 256


def candidates_in(text: str) -> list[Candidate]:
    """find_candidates(text), taken from only_where_needed when it already scanned this text."""
    found = _FOUND.pop(text, None)
    return found if found is not None else find_candidates(text)
