"""Turn recognized temporal expressions into TIMEX3 values, EDTF and day intervals.

Exact rules read the forms news writes; relative ones are resolved against the reference date in
the direction the governing verb gives, anaphoric ones ("the following year", "later that day")
against the date the text gave before. dateparser only reads what the rules cannot, and only on
recognized expressions.
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date, datetime, timedelta

from spacy.tokens import Doc, Span

from timeline.model import TimeExpr
from timeline.nlp.doctables import any_child, children_with, doc_text, sentence_of, sentence_starts, span_text
from timeline.nlp.lemmas import lemma
from timeline.temporal.anaphora import (
    _ANAPHORIC_QUARTER,
    _ANCHOR_SENTENCES,
    _CALENDAR,
    _LONGER_PERIOD,
    _NAMES_DAY,
    _YEAR_BACK,
    _anaphoric_quarter,
    _Anchor,
    _just_ended,
    _lean_on,
    _quarter_begun_by,
    _reported_by,
    _speech_verb,
    _story_time,
    day_next_to_clause,
)
from timeline.temporal.arithmetic import _add_months, _duration, _unit_name, _week
from timeline.temporal.lexicon import MONTH, MONTHS, NUMWORD, WEEKDAY, WEEKDAYS
from timeline.temporal.rules import _MONTH_RX, _PART, _UNIT, ANAPHOR_RX, UNIT_BEFORE, _count, normalize_expression
from timeline.temporal.tense import (
    _FUTURE_GOVERNORS,
    _PUT_OFF,
    _SAYING,
    DONE_IN,
    Direction,
    _verb_of,
    direction,
    on_harm_noun,
    told_as_done,
)
from timeline.temporal.values import interval, part_of

SPAN_KEY = "timex"
_PERIOD_ENDED = re.compile(r"the (?:fiscal )?year", re.IGNORECASE)
_ENDED = {"ended", "ending", "ends"}


def _ended_after(doc: Doc, i: int) -> bool:
    """Whether the words from token ``i`` tell the month a period ends with: "ended Sept. 30", "to March"."""
    if i >= len(doc):
        return False
    if doc[i].lower_ in _ENDED:
        return True
    return doc[i].lower_ == "to" and i + 1 < len(doc) and doc[i + 1].lower_.rstrip(".") in MONTHS


_QUARTER_ENDS = {(3, 31), (6, 30), (9, 30), (12, 31)}


def _quarter_ended_on(doc: Doc, span, ref_date: date | None) -> str | None:
    """ "the quarter ended Sept. 30", "the quarter ending June 30, 2015": the calendar quarter that
    day closes (a quarter ended on another day, "the quarter ended Aug. 26", is left unnumbered). A
    quarter told as ended is over by the article's day: without a year, the last one before it."""
    i = span.end
    if not re.fullmatch(r"the (?:fiscal )?quarter", span.text, re.IGNORECASE) or i + 2 >= len(doc):
        return None
    if doc[i].lower_ not in _ENDED:
        return None
    month, day = MONTHS.get(doc[i + 1].lower_.rstrip(".")), doc[i + 2].text
    if month is None or not day.isdecimal() or (month, int(day)) not in _QUARTER_ENDS:
        return None
    rest = doc[i + 3 : i + 5]
    year = next((t.text for t in rest if re.fullmatch(r"\d{4}", t.text)), None)
    if year is None:
        if ref_date is None:
            return None
        year = str(ref_date.year - ((month, int(day)) >= (ref_date.month, ref_date.day)))
    return f"{year}-Q{month // 3}"


def _quarter_named(
    span, ttype: str, value: str, ref_date: date | None, last_quarter: str | None
) -> tuple[str, str | None] | None:
    """When ``span`` names a quarter, its value and the quarter a later "the quarter" is (a quarter
    a report names after the one just ended is named in passing and changes nothing); else None."""
    ended = _quarter_ended_on(span.doc, span, ref_date) if ttype == "DATE" else None
    if ended is not None:
        return ended, ended
    if not re.fullmatch(r"\d{4}-Q[1-4]", value) or _ANAPHORIC_QUARTER.search(span.text):
        return None
    if _quarter_begun_by(value, ref_date) and last_quarter != _just_ended(ref_date):
        return value, value
    return value, last_quarter


def _sentence(span) -> str:
    doc = span.doc
    if doc.has_annotation("SENT_START") or doc.has_annotation("DEP"):
        return span_text(sentence_of(span))
    return doc_text(doc)


_MODALS = {"will", "would", "could", "may", "might", "shall", "should", "can", "must", "'ll"}


# verbs whose object "one day" is a length: "lasted one day", "will take one day"
_MEASURE_VERBS = {"last", "take", "spend", "stay", "wait", "remain", "need", "require", "continue", "extend"}


# verbs of wishing whose infinitive "one day" comes before: "hopes one day to visit"
_WISHING = frozenset("hope want wish dream aim plan intend expect aspire long".split())


# words after "one day" that make it a length or a day counted from something: "one day after the
# vote", "one day of talks", "one day a week"
_NOT_SOMEDAY_AFTER = frozenset("after before ahead of later earlier a per each from and or".split())


def _before_its_modal_verb(span, before, after) -> bool:
    """Whether "one day" is an adverb before the verb it qualifies, a verb with a modal of what will
    or may be ("One day the debris around it could form planets", "one day we may all live on Mars"):
    some day ahead, not a length (not after a preposition or a verb of measure, "will take one day",
    nor before what counts it, "one day after the vote")."""
    root = span.root
    head = root.head
    return (
        root.dep_ == "npadvmod"
        and head.i > root.i
        and head.pos_ in ("VERB", "AUX")
        and (before is None or (before.pos_ != "ADP" and lemma(before).lower() not in _MEASURE_VERBS))
        and after.lower_ not in _NOT_SOMEDAY_AFTER
        and lemma(head).lower() not in _MEASURE_VERBS
        and any(c.lower_ in _MODALS for c in children_with(head, ("aux",)))
    )


def _someday(span, way: Direction = "none") -> bool:
    """Whether ``span`` is "one day" used as an adverb of the verb ("will one day be"), not a length."""
    doc = span.doc
    if span.text.lower() != "one day" or span.end >= len(doc):
        return False
    before = doc[span.start - 1] if span.start else None
    after = doc[span.end]
    if before is not None and before.lower_ in _MODALS:
        return True  # "will one day be", "could one day replace"
    # "One day, he walked in", "One day he walked in": opening the sentence, before its subject
    opens = before is None or before.is_punct or bool(span[0].is_sent_start)
    if opens and (after.text == "," or after.pos_ == "PRON" or after.lower_ == "in"):
        return True  # (and "One day in the not too distant future we will see justice")
    if after.lower_ in _MODALS and (before is None or lemma(before).lower() not in _MEASURE_VERBS):
        return True  # "afraid that the Church one day may operate freely", "he one day would lead"
    if after.lower_ == "to" and before is not None and lemma(before).lower() in _WISHING:
        return True  # "hopes one day to visit the Holy Land", "dreams one day to play for Brazil"
    if before is not None and before.lower_ == "that" and after.text == ",":
        return True  # "I have a dream that one day, ...": opening a clause, as at a sentence's start
    if _before_its_modal_verb(span, before, after):
        return True  # "One day the debris around it could form planets": no length ahead of a modal
    # "hopes to run the company one day", "his son will be president one day": closing a clause
    # that looks ahead, on a verb that does not measure time
    verb = span.root.head
    return (
        way == "future"
        and (after.is_punct or after.lower_ in ("and", "but"))
        and (before is None or before.pos_ != "ADP")
        and verb.pos_ in ("VERB", "AUX")
        and lemma(verb).lower() not in _MEASURE_VERBS
    )


# verbs of a state that holds these days, not of something done on the day: "Today we have the
# chance", "Today, everyone knows", "Today, eight countries possess nuclear weapons"
_STATES = frozenset("be have know possess remain exist live need lack own face seem mean depend belong".split())


def _today_these_days(span) -> bool:
    """Whether ``span`` is "today" as "these days" (TimeML: PRESENT_REF), not the day: opening its
    sentence before a simple present of state, or inside it where the clause sets the present
    against the past."""
    if span.text.lower() != "today" or span.root.dep_ != "npadvmod" or not span.doc.has_annotation("DEP"):
        return False
    return _today_opening_a_state(span) or _today_against_before(span)


def _today_opening_a_state(span) -> bool:
    """Whether "today" opens its sentence (after a quote mark, "and" or "but", maybe before a comma)
    as an adverb of a simple present of state ("Today, most families own a car"), not the day
    ("Today we received the results", "Today is the happiest day"). With "be", only a noun as the
    subject says so: "Today, the right to work is equal to the right to live" (not "Today, I'm here
    to tell you", "Today it is clear that": the day's)."""
    doc = span.doc
    i = span.start - 1
    while i >= 0 and (doc[i].is_quote or doc[i].lower_ in ("and", "but")):
        i -= 1
    if i >= 0 and not (doc[i].is_punct and doc[i].text in ".!?:;") and not doc[i].is_space:
        return False
    verb = span.root.head
    if verb.tag_ not in ("VBZ", "VBP") or lemma(verb).lower() not in _STATES:
        return False
    if lemma(verb).lower() == "be" and not any(
        c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") for c in verb.children
    ):
        return False  # "Today is a sad day", "Today, I'm here to tell you": the day (not "Today, the right to work is")
    # (not "today is going to be hard", "today we are told": a progressive or passive is of the day)
    return not any_child(verb, ("aux", "auxpass")) and not any(
        c.dep_ == "acomp" and c.tag_ == "VBG" for c in verb.children
    )


_STILL = frozenset(("still", "even"))
# "than" before a day: a comparison of two days ("higher today than yesterday"), not of two eras
_THAN_A_DAY = re.compile(
    rf"\s+than\s+(?:on\s+)?(?:yesterday|tomorrow|last\s+\w+|{WEEKDAY}|a\s+(?:day|week)\s+ago)\b", re.IGNORECASE
)


def _today_against_before(span) -> bool:
    """Whether "today" inside its sentence, on a simple present, is "these days" because the clause
    sets the present against the past: what still holds ("the port is still closed to ships today",
    "a custom that even today shapes the law", "a faith that still guides the village today") or a
    comparison with another era ("the region is more stable today than at any time since the war").
    Not the speaker's day ("I am still tired today", "we are stronger today"), a plain state ("the
    sea is rough today") or two days compared ("the dollar is higher today than on Monday")."""
    tok = span.root
    verb = tok.head
    comp = None
    if verb.dep_ in ("acomp", "attr") and lemma(verb.head).lower() == "be":
        comp, verb = verb, verb.head  # "is more divided today": the comparison's word heads "today"
    if verb.tag_ not in ("VBZ", "VBP") or any_child(verb, ("aux", "auxpass")):
        return False
    if any(c.lower_ in ("i", "we", "you") for c in children_with(verb, ("nsubj", "nsubjpass"))):
        return False
    # the words on the verb, on "today" and on the verb's complement ("is more stable today")
    comps = children_with(verb, ("acomp", "attr")) + ([comp] if comp is not None else [])
    near = [*verb.children, *tok.children, *(w for c in comps for w in c.children)]
    if any(w.lower_ in _STILL for w in near):
        return True
    compared = any(w.tag_ in ("JJR", "RBR") for w in (*near, *comps))
    sent = tok.sent
    than = next((w for w in sent[tok.i - sent.start :] if w.lower_ == "than"), None)
    text = doc_text(span.doc)
    return compared and than is not None and not _THAN_A_DAY.match(text, than.idx - 1)


def _vague_time(span, way: Direction) -> str | None:
    """PRESENT_REF for "today" as "these days"; PAST_REF or FUTURE_REF for "one day" as an adverb
    ("Islam will one day be the second religion": an unsaid day ahead, or, told in the past, behind)."""
    if _today_these_days(span):
        return "PRESENT_REF"
    if _someday(span, way):
        return "PAST_REF" if way == "past" else "FUTURE_REF"
    return None


def _sentence_starts(doc: Doc) -> list[int]:
    if doc.has_annotation("SENT_START") or doc.has_annotation("DEP"):
        return sentence_starts(doc)  # (the starts of doc.sents, without a Span made for each)
    return [0]


# what follows the first number of a range of lengths: "6| to 9 months"
_RANGE_REST = re.compile(rf"(?:\s+(?:to|and|or)\s+|[-–](?=\d))(?:\d+|{NUMWORD})[\s-]+{_UNIT}\b", re.IGNORECASE)
_RANGE_FROM = re.compile(r"((?:1[0-9]|20)\d\d)[-–/]$")
_DAY_PAIR_YEAR = re.compile(
    r"(?:\s+(?:and|or|to|through|till|until)\s+|\s?[-–]\s?)(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?,?\s+(?:of\s+)?((?:1[0-9]|20)\d\d)\b"
)
_MONTH_PAIR_YEAR = re.compile(
    rf"\s*(?:\s(?:to|through|till|until|and|or)\s|[-–])\s*{MONTH}\s*,?\s+((?:1[0-9]|20)\d\d)\b", re.IGNORECASE
)
# the year written once at the end of a range of two dates: "from November 20 to| November 21, 1991"
_DATE_PAIR_YEAR = re.compile(
    rf"(?:\s+(?:and|or|to|through|till|until)\s+|\s?[-–]\s?)({MONTH})\.?\s*(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
    r",?\s+((?:1[0-9]|20)\d\d)\b",
    re.IGNORECASE,
)
_MONTH_PAIR = re.compile(rf"\s*(?:\s(?:to|through|till|until)\s|[-–])\s*({MONTH})\b(?!\.?\s*\d)", re.IGNORECASE)
_YEAR_IN = re.compile(r"\b(?:1[0-9]|20)\d\d\b")
_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")
_HAS_DAY_NUMBER = re.compile(r"\d")
_MONTH_DAY_END = re.compile(rf"{MONTH}\s+(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?$", re.IGNORECASE)
# what comes before the second day of a pair: "April 24 and| 25"
_SAME_PERIOD = re.compile(
    r"(?:the\s+)?(?:same|corresponding|comparable|equivalent|like)\s+period\s+(?:of\s+)?"
    r"(?:last\s+year|a\s+year\s+(?:ago|earlier)|the\s+previous\s+year)|last year's period"
)
# a span of months that is no quarter: "the first ten months", "the first three quarters", "from January to October"
_MONTHS_PERIOD = re.compile(
    rf"\b(?:first|past|last)\s+(?:\d+|{NUMWORD})\s+months\b|\bfirst\s+(?:two|three|2|3)\s+quarters\b|"
    rf"\b(?:from|between)\s+(?:{MONTH})\.?\s+(?:to|through|till|until|and)\s+(?:{MONTH})\b|"
    rf"\b(?:year|(?:\d+|{NUMWORD})\s+months)\s+(?:to|ended|ending|through)\s+(?:{MONTH})\b",
    re.IGNORECASE,
)
_HALF = re.compile(r"\d{4}-H[12]")
_DAY_PAIR_MONTH = re.compile(
    rf"(?:\s+(?:and|to|through|till|until)\s+|\s?[-–]\s?)(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s+"
    rf"((?:{MONTH})\.?(?:,?\s+(?:1[0-9]|20)\d\d)?|of\s+(?:this|next|last)\s+month)\b",
    re.IGNORECASE,
)
_DAY_PAIR_FROM = re.compile(
    rf"\b({MONTH})(?:\s+|(?<=\.))(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?:\s+(?:and|or|to|through|till|until)\s+|\s?[-–]\s?)$",
    re.IGNORECASE,
)
_IN_YEAR = re.compile(r"\s+(?:in|of)\s+(1[0-9]\d\d|20\d\d)\b(?![-–/]?\d|\s*(?:%|percent))")
_YEAR_END = re.compile(r"year[- ]end|year's end|end of the year|end-of-(?:the-)?year")
# a time given in two zones, then its day: "at 10:35 a.m. (0735 GMT) Friday", "at 4 in the morning
# (4 a.m. EDT Thursday)"
_ZONE_THEN_DAY = re.compile(
    rf"\s*\([^()\n]{{1,24}}\)\s*,?\s+(?:on\s+)?({WEEKDAY}|today|yesterday|tomorrow)\b"
    rf"|\s*\([^()\n]{{0,24}}\b({WEEKDAY}|today|yesterday|tomorrow)\)",
    re.IGNORECASE,
)
# what follows the first weekday of a recurring pair: "Monday| and Tuesday nights"
_PAIR_REST = re.compile(rf"\s+(?:and|or|&)\s+{WEEKDAY}\s+(morning|afternoon|evening|night)s\b", re.IGNORECASE)


def _day_after_zone(span, ttype: str, value: str, ref: date | None, way) -> str:
    """A time of day with no day of its own takes the day written after its conversion to another
    zone, as agencies write it: "occurred at 10:35 a.m. (0735 GMT) Friday"."""
    if ttype != "TIME" or ref is None or not value.startswith(ref.isoformat()) or _NAMES_DAY.search(span.text):
        return value
    m = _ZONE_THEN_DAY.match(doc_text(span.doc), span.end_char)
    if not m:
        return value
    _, day, _ = normalize_expression(m[1] or m[2], "DATE", ref, way)
    return day + value[10:] if re.fullmatch(r"\d{4}-\d\d-\d\d", day) else value


def _month_number(text: str) -> int:
    """The number of the first month named in ``text`` (0 when none)."""
    m = re.search(r"[a-z]+", text.lower())
    return MONTHS.get(m.group(), 0) if m else 0


# (compiled once: _in_range reads every expression)
_A_COUNT = re.compile(rf"\d+|{NUMWORD}")
_A_DAY_AND_YEAR = re.compile(r"\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?")
_A_DAY = re.compile(r"\d{1,2}(?:st|nd|rd|th)?")
_A_MONTH = re.compile(MONTH, re.IGNORECASE)
_A_MONTH_VALUE = re.compile(r"\d{4}-\d\d")
_TWO_DIGITS = re.compile(r"\d\d")


def _in_range(span, ttype: str, value: str, uses_ref: bool, ref: date | None, way: Direction) -> tuple[str, str, bool]:
    """The first number of a range of lengths takes the unit after the second ("6 to 9 months");
    the second year of a range of years, written with two digits, the century of the first ("1987-88");
    the first weekday of a recurring pair, the part of the day after the second ("Monday and Tuesday nights")."""
    text = doc_text(span.doc)
    said = span_text(span)
    low = said.lower()
    if ttype == "DURATION" and _A_COUNT.fullmatch(low):
        m = _RANGE_REST.match(text, span.end_char)
        if m:
            return "DURATION", _duration(_count(low), _unit_name(m[1])), False
    if ttype == "DATE" and low in WEEKDAYS:
        m = _PAIR_REST.match(text, span.end_char)
        if m:
            return "SET", f"XXXX-WXX-{WEEKDAYS[low]}T{_PART[m[1].lower()]}", False
    if ttype == "DATE" and _A_DAY_AND_YEAR.fullmatch(low):
        m = _DAY_PAIR_FROM.search(text, max(0, span.start_char - 40), span.start_char)
        if m:
            # ("Feb. 3-5 of 2014": with the year written after it)
            after = _IN_YEAR.match(text, span.end_char) if low.isalnum() and len(low) <= 4 else None
            return normalize_expression(f"{m[1]} {low}" + (f", {after[1]}" if after else ""), "DATE", ref, way)
    if ttype == "DATE" and _A_DAY.fullmatch(low):
        # "from 7th to 9th December": the first day takes the month (and year) written after the second
        m = _DAY_PAIR_MONTH.match(text, span.end_char)
        if m:
            return normalize_expression(f"{low} {m[1]}", "DATE", ref, way)
    if ttype == "DATE" and not _YEAR_IN.search(low):
        # "June 6 to 9, 2015": the first day takes the year written after the second
        m = _DAY_PAIR_YEAR.match(text, span.end_char)
        if m and _MONTH_DAY_END.search(said):
            return normalize_expression(f"{said} {m[1]}", "DATE", ref, way)
        m = _DATE_PAIR_YEAR.match(text, span.end_char)
        if m and _MONTH_DAY_END.search(said):
            # "from November 20 to November 21, 1991"; "between Dec. 28 and Jan. 3, 1998" crosses a new year
            year = int(m[2]) - (_month_number(said) > _month_number(m[1]))
            return normalize_expression(f"{said} {year}", "DATE", ref, way)
    if ttype == "DATE" and uses_ref and _A_MONTH.fullmatch(said.strip()):
        # "from April to August 2005": the first month takes the year written after the second
        m = _MONTH_PAIR_YEAR.match(text, span.end_char)
        if m:
            return normalize_expression(f"{said} {m[1]}", "DATE", ref, way)
        m = _MONTH_PAIR.match(text, span.end_char)
        if m and _A_MONTH_VALUE.fullmatch(value):
            # "from January to November", told in February: a range starts before it ends, so both are
            # of last year when the second month is
            _, second, _ = normalize_expression(m[1], "DATE", ref, way)
            if _A_MONTH_VALUE.fullmatch(second) and value > second and value[5:] <= second[5:]:
                return "DATE", second[:4] + value[4:], uses_ref
    if ttype == "DATE" and _TWO_DIGITS.fullmatch(low):
        m = _RANGE_FROM.search(text, max(0, span.start_char - 5), span.start_char)
        if m:
            first = int(m[1])
            year = first // 100 * 100 + int(low)
            return "DATE", str(year + 100 if year < first else year), False
    return ttype, value, uses_ref


# (the year that names the range is the first's: "the fiscal year 2006/07", "the year 2005/06")
_ONE_TOKEN_RANGE = re.compile(
    r"((?i:(?:the\s+)?(?:(?:fiscal|financial|calendar|crop|marketing|budget)\s+)?year\s+)?((?:1[0-9]|20)\d\d))"
    r"[-–/]((?:1[0-9]|20)\d\d|\d\d)"
)


def _years_of_range(m: re.Match, offset: int, doc_id: str) -> list[TimeExpr]:
    """The two years of a range written as one token, each a DATE with its own offsets."""
    first = int(m[2])
    second = int(m[3]) if len(m[3]) == 4 else first // 100 * 100 + int(m[3])
    if second < first:
        second += 100
    out = []
    for k, year in ((1, first), (3, second)):
        iv = interval(str(year))
        out.append(
            TimeExpr(
                start=offset + m.start(k),
                end=offset + m.end(k),
                text=m[k],
                type="DATE",
                value=str(year),
                edtf=iv.edtf,
                earliest=iv.earliest,
                latest=iv.latest,
                precision=iv.precision,  # type: ignore[arg-type]
                resolution="absolute",
                doc=doc_id,
            )
        )
    return out


# a range of days that the tokenizer keeps as one token: "March 1–2"
_ONE_TOKEN_DAYS = re.compile(
    rf"(?P<head>.*\b{MONTH}\s+(?P<d1>[12]\d|3[01]|0?[1-9]))[–-](?P<d2>[12]\d|3[01]|0?[1-9])", re.IGNORECASE
)


def _days_of_range(m: re.Match, first: TimeExpr, ref: date | None, way: Direction) -> list[TimeExpr]:
    """ "March 1–2" as one token: the first day keeps the expression's value, the second is a DATE
    of its own in the same month."""
    head = replace(first, end=first.start + m.end("head"), text=m["head"])
    _, value, uses_ref = normalize_expression(m["head"][: -len(m["d1"])] + m["d2"], "DATE", ref, way)
    iv = interval(value, ref)
    second = TimeExpr(
        start=first.start + m.start("d2"),
        end=first.start + m.end("d2"),
        text=m["d2"],
        type="DATE",
        value=value,
        edtf=iv.edtf,
        earliest=iv.earliest,
        latest=iv.latest,
        precision=iv.precision,  # type: ignore[arg-type]
        resolution=first.resolution if uses_ref else "absolute",
        doc=first.doc,
    )
    return [head, second]


# past-tense verbs that tell of a plan, a report or a date set, not of what happened on the day
_NOT_DONE = _SAYING | _PUT_OFF | _FUTURE_GOVERNORS | {"set", "slate", "schedule", "fix", "call", "announce", "report"}


def _happened_before(span, ttype: str, value: str, uses_ref: bool, ref: date | None, way: Direction) -> str:
    """A day written with its number but no year whose own verb tells, in the simple past, what
    happened on it ("crashed on Jan. 9") lies before the article, not in the next two months as a
    day under "said" may."""
    if way != "past" or ttype != "DATE" or not uses_ref or ref is None or not _DAY_VALUE.fullmatch(value):
        return value
    if value <= ref.isoformat() or _YEAR_IN.search(span.text) or not span.doc.has_annotation("DEP"):
        return value
    numbered = bool(_HAS_DAY_NUMBER.search(span.text))
    if on_harm_noun(span) and (numbered or _definite(span.root.head)):
        # "the Dec. 26 tsunami", "the Boxing Day tsunami", read in November: it has happened, not
        # in the weeks ahead (not "fears of Christmas attacks": none yet)
        return _year_back(value)
    if not numbered:
        return value
    if _taken_part_in(span) or _on_noun_of_act(span):
        return _year_back(value)
    head = span.root.head
    verb = head.head if head.pos_ == "ADP" else head  # "crashed on Jan. 9", "crashed Jan. 9"
    if not told_as_done(verb, head if head.pos_ == "ADP" else None) or lemma(verb).lower() in _NOT_DONE:
        return value  # not "payable Dec. 15", "the Jan. 14 deadline": those belong to their noun
    if any(t.dep_ == "pobj" and t.lower_ not in ("force", "effect") for t in span.doc[verb.i + 1 : span.start]):
        return value  # "left for the Asian Games in Doha on Dec. 1": the day may be the noun's (not "came into force")
    named = [WEEKDAYS[w] for w in re.findall(r"[a-z]+", span.text.lower()) if w in WEEKDAYS]
    if named and date.fromisoformat(value).isoweekday() == named[0]:
        return value  # "signed on Sunday, Nov. 3": the weekday written says which year
    return _year_back(value)


def _on_noun_of_act(span) -> bool:
    """Whether ``span`` dates a noun in which a verb told as done took place: "the remarks were made
    in a Dec. 2 speech", "the claims made during a Feb. 22 response" (the speech came before the
    telling; not "will speak at a Dec. 2 rally", nor "set for the Jan. 9 vote")."""
    noun = span.root.head
    if span.root.dep_ not in ("nmod", "compound") or noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ != "pobj":
        return False
    prep = noun.head
    verb = prep.head
    return (
        prep.lower_ in DONE_IN - {"on"}
        and verb.pos_ == "VERB"
        and told_as_done(verb, None)
        and lemma(verb).lower() not in _NOT_DONE
    )


# what one does only to a happening that has taken place: "boycotted the January 30 election", "won
# the May 2 vote" (not "called", "postponed" or "welcomed", which a coming one takes too)
_TAKEN_PART = frozenset("boycott win lose rig sweep dominate mar monitor observe attend contest".split())


def _taken_part_in(span) -> bool:
    """Whether ``span`` dates the noun that a simple past of taking part has as its object."""
    noun = span.root.head
    if span.root.dep_ not in ("nmod", "compound") or noun.pos_ != "NOUN" or noun.dep_ not in ("dobj", "pobj"):
        return False
    verb = noun.head if noun.dep_ == "dobj" else noun.head.head  # "won the May 2 vote", "voted in the May 2 poll"
    return (
        verb.tag_ == "VBD"
        and lemma(verb).lower() in _TAKEN_PART | {"vote"}
        and (noun.dep_ == "dobj" or noun.head.lower_ == "in")
    )


def _definite(noun) -> bool:
    """Whether ``noun`` is told as one known happening: "the bombings", "that attack", "its bombing"."""
    return any(c.lower_ in ("the", "that", "this", "its", "their") for c in children_with(noun, ("det", "poss")))


def _day_of_telling(span, value: str, near: _Anchor | None, sent: int, spans: list) -> bool:
    """Whether ``span`` is the day a reporting verb was said on, in a sentence whose report named a date
    written out before it: "the accounts for 2004 were approved, the court said Tuesday" is about 2004,
    and "the previous year", "the following year" after it count from 2004, not from the day of the
    telling (which "that day" still points to)."""
    if near is None or not near.explicit or near.sentence != sent or not re.fullmatch(r"\d{4}-\d\d-\d\d", value):
        return False
    verb = _speech_verb(span)
    told = next((s for s in spans if s.end_char == near.end), None) if verb is not None else None
    return told is not None and _reported_by(told, verb)


def _past_telling(span, near: _Anchor | None, told: tuple | None, sent: int) -> _Anchor | None:
    """The date an anaphor of a year ("the previous year", "the following year", "that year", "the year
    before") leans on: past the day of a telling, the date the report gave (see _day_of_telling)."""
    if told is None or near is not told[1]:
        return near
    m = ANAPHOR_RX.match(UNIT_BEFORE.sub(r"the previous \1", re.sub(r"\s+", " ", span.text.lower()).strip(" .,;:")))
    if m is None or m[2] != "year":
        return near
    return told[0] if sent - told[0].sentence <= _ANCHOR_SENTENCES else None


# a length of a definite count ("two days", "a year", "one hour"): the units it counts
_COUNTED = re.compile(r"P(?:(\d+)([YMWD])|T(\d+)([HM]))")


def _counted_later(
    span, got: tuple[str, str, bool], near: _Anchor | None, sent: int, out: list[TimeExpr], ref: date | None
) -> tuple[Span, str, str, bool]:
    """(span with "later", type, value, uses_ref) of "two days later", "Nine years later", "An hour later": a
    date counted on from the date the text gave last, in its sentence or the one before ("Arrested in
    December 1960, he died two months later": 1961-02; "in 1951 ... eight years later": 1959; "at 7
    a.m. ... One hour later": 8 a.m.); the length as it was (no such date, or one of a unit too
    coarse: "hours later", "a few days later", "two days later than planned", "two or three days
    later"; a date that is itself the start of a length: "Eight trading days after Oct. 12 ... Three
    days later" counts from a day left unsaid; a date past the article's in a clause not told as ahead:
    "The site opened in May. Three months later, police arrested its owners" in an article of June
    counts from a May before)."""
    ttype, value, uses_ref = got
    doc = span.doc
    m = _COUNTED.fullmatch(value)
    if (
        ttype != "DURATION"
        or m is None
        or near is None
        or sent - near.sentence > 1
        or span.end >= len(doc)
        or doc[span.end].lower_ != "later"
        or (span.end + 1 < len(doc) and doc[span.end + 1].lower_ == "than")
        or (
            span.start > 0
            and doc[span.start - 1].lower_ in ("or", "to", "and")
            # (a range, "two or three days later", "between two and four years later"; not a clause
            # joined by "and": "was elected in 1986, and three years later he ran")
            and (doc[span.start - 1].lower_ != "and" or span.start > 1 and doc[span.start - 2].like_num)
        )
    ):
        return span, ttype, value, uses_ref
    at = next((i for i, t in enumerate(out) if t.end == near.end), None)
    if (
        at is not None
        and at > 0
        and out[at - 1].type == "DURATION"
        and re.fullmatch(r"\s+(?:after|before)\s+", doc_text(doc)[out[at - 1].end : out[at].start])
    ):
        return span, ttype, value, uses_ref
    n, unit = (int(m[1]), m[2]) if m[1] else (int(m[3]), "T" + m[4])
    anchor = near.value
    moved: str | None = None
    if unit == "Y" and re.match(r"\d{4}", anchor):
        moved = f"{int(anchor[:4]) + n:04d}"
    elif unit == "M" and re.match(r"\d{4}-\d\d(?![\d])", anchor):
        moved = _shift_months(anchor, n)
    elif unit in ("W", "D") and re.match(r"\d{4}-\d\d-\d\d", anchor):
        moved = (date.fromisoformat(anchor[:10]) + timedelta(days=n * (7 if unit == "W" else 1))).isoformat()
    elif unit in ("TH", "TM") and re.match(r"\d{4}-\d\d-\d\dT\d\d:\d\d$", anchor):
        at_time = datetime.fromisoformat(anchor) + timedelta(**{"hours" if unit == "TH" else "minutes": n})
        moved = at_time.strftime("%Y-%m-%dT%H:%M")
    if (
        moved is None
        or not 1 <= int(moved[:4]) <= 9999
        or (ref is not None and moved[:10] > ref.isoformat()[: len(moved[:10])] and direction(span) != "future")
    ):
        return span, ttype, value, uses_ref
    later = Span(doc, span.start, span.end + 1, label=span.label_)
    return later, "TIME" if unit[0] == "T" else "DATE", moved, not near.explicit


def _shift_months(anchor: str, n: int) -> str:
    y, m = _add_months(int(anchor[:4]), int(anchor[5:7]), n)
    return f"{y:04d}-{m:02d}"


def _year_back(value: str) -> str:
    earlier = f"{int(value[:4]) - 1:04d}{value[4:]}"
    return earlier if earlier[5:] != "02-29" else value


_MONTH_OR_DAY = re.compile(r"\d{4}-\d\d(?:-\d\d)?")


def _month_year_back(
    out: list[TimeExpr], ttype: str, text: str, sent_char: int, last_quarter: str | None
) -> tuple[str, str | None] | None:
    """ "Exports rose 8 percent in November from a year ago", "on Sept. 30 ... up from $2 a year
    earlier": the month or day the sentence named just before by its name, a year back, with the quarter
    the text last named unchanged (None when the sentence named no month or day just before)."""
    if ttype != "DATE" or not out or out[-1].start < sent_char or out[-1].type != "DATE":
        return None
    if not _MONTH_OR_DAY.fullmatch(out[-1].value) or not _YEAR_BACK.match(text.lower()):
        return None
    if not _MONTH_RX.search(out[-1].text.lower()):
        return None  # ("Friday said ...", "reported last month that ...": the day of the telling)
    return _year_back(out[-1].value), last_quarter


def normalize(
    doc: Doc, ref_date: date | None, doc_id: str = "", warn: Callable[[str], None] | None = None
) -> list[TimeExpr]:
    """One TimeExpr per span in ``doc.spans["timex"]``, in text order, resolved against ``ref_date``.

    A date outside the years 1-9999 is left unknown, and ``warn`` is told.
    """
    out: list[TimeExpr] = []
    last_quarter: str | None = None  # the fiscal quarter the text last named: "the quarter" is that one
    spans = sorted(doc.spans[SPAN_KEY], key=lambda s: s.start_char) if SPAN_KEY in doc.spans else []
    sent_starts = _sentence_starts(doc) if spans else []
    anchor: _Anchor | None = None  # the last calendar date the text gave
    told: tuple[_Anchor, _Anchor] | None = None  # (a date a report gave, the day of its telling after it)
    dayless: list[tuple[int, int]] = []  # (index in out, sentence) of the times of day naming no day
    for span in spans:
        # the span's text, sliced from the Doc's (Span.text joins it from its tokens at each reading)
        text = span_text(span)
        try:
            way = direction(span)
            ttype, value, uses_ref = normalize_expression(text, span.label_ or "DATE", ref_date, way)
            ttype, value, uses_ref = _in_range(span, ttype, value, uses_ref, ref_date, way)
            value = _happened_before(span, ttype, value, uses_ref, ref_date, way)
            value, uses_ref = _year_after(span, ttype, value, uses_ref)
            sent = bisect_right(sent_starts, span.start) - 1
            near = anchor if anchor is not None and sent - anchor.sentence <= _ANCHOR_SENTENCES else None
            if (
                near is not None
                and near.explicit
                and near.sentence == sent
                and ttype == "DATE"
                and re.fullmatch(r"\d{4}", value)
                and _YEAR_END.search(text.lower())
            ):
                # "in March 2015 it said it would close by the end of the year": that year, not the article's
                value, uses_ref = near.value[:4], False
            value, uses_ref = _in_that_year(span, ttype, value, uses_ref, near, way, ref_date)
            if way != "past" and out and ttype == "DATE":
                value = _day_after_pair(out[-1], span, value)
            elif out and ttype == "DATE":
                out[-1] = _range_start_before(out[-1], span, value, ref_date)
            if out and ttype == "DATE":
                value = _day_in_brackets(out[-1], span, value)
                value = _same_unit_of_year(out, span, value, doc[sent_starts[sent]].idx)
                value = _week_before(out, span, value, doc[sent_starts[sent]].idx)
            value, owned = _owners_time(out, span, ttype, value, ref_date)
            if ttype == "TIME" and _dayless_time(span, value, ref_date):
                dayless.append((len(out), sent))
            value, uses_ref, dangling = _lean_on(
                span, ttype, value, uses_ref, _past_telling(span, near, told, sent), ref_date
            )
            value = _day_after_zone(span, ttype, value, ref_date, way)
            span, ttype, value, uses_ref = _counted_later(span, (ttype, value, uses_ref), near, sent, out, ref_date)
            text = span_text(span)  # (the span may now take in the word after it)
            if (
                not dangling
                and ttype in ("DATE", "TIME")
                and _CALENDAR.match(value)
                and not _YEAR_BACK.match(text.lower())
                and not owned
                and not _compared_from(doc_text(doc), span.start_char)
            ):
                # "up from a year earlier", "1.6 percent up from Monday" compare; they are not the time the
                # story moves to
                anchor = _Anchor(value, not uses_ref, sent, span.end_char)
                told = (near, anchor) if near is not None and _day_of_telling(span, value, near, sent, spans) else told
            vague = _vague_time(span, way)
            if vague is not None:
                ttype, value, uses_ref = "DATE", vague, True
            if _PERIOD_ENDED.fullmatch(text) and _ended_after(doc, span.end):
                # "the year ended Sept. 30" is a twelve-month period, not the calendar year; so is "the
                # year to March 1998", as "the six months to September" is six
                ttype, value, uses_ref = "DURATION", "P1Y", False
            # ("prices rose in October from a year earlier": October of the year before)
            named = _quarter_named(span, ttype, value, ref_date, last_quarter) or _month_year_back(
                out, ttype, text, doc[sent_starts[sent]].idx, last_quarter
            )
            if named is not None:
                value, last_quarter = named
            elif (
                ttype == "DATE"
                and ref_date is not None
                and _YEAR_BACK.match(text.lower())
                and _LONGER_PERIOD.search(_sentence(span))
            ):
                # "for the nine months, ... a year earlier": the year before, not a quarter
                value = str(ref_date.year - 1)
            elif (
                ttype == "DATE"
                and ref_date is not None
                and _SAME_PERIOD.fullmatch(text.lower())
                and (back := _period_back(span, out, near, sent, doc[sent_starts[sent]].idx, ref_date))
            ):
                value = back
            elif last_quarter and ttype == "DATE":
                value = _anaphoric_quarter(text.lower(), value, last_quarter)
            value = _same_period_named(out, span, value, doc[sent_starts[sent]].idx)
            if _OUT_OF_RANGE.match(value):
                raise OverflowError(value)
            pair = _ONE_TOKEN_RANGE.fullmatch(text)
            if pair and ttype == "DATE":
                # "1999/00" is one token for spaCy but two years
                out += _years_of_range(pair, span.start_char, doc_id)
                continue
            expr = _expression(span, ttype, value, uses_ref, ref_date, doc_id)
            days = _ONE_TOKEN_DAYS.fullmatch(text) if ttype == "DATE" else None
            out += _days_of_range(days, expr, ref_date, way) if days else [expr]
        except (OverflowError, ValueError):
            # Past the years 1-9999 ("next year" in 9999, a weekday before 0001-01-01): unknown.
            if warn is not None:
                warn(f"{text!r}: date out of range (years 1-9999); left unknown")
            out.append(_unknown_expression(span, doc_id))
    if dayless:
        _day_later(out, dayless, sent_starts, spans)
    return _open_ends(doc, _story_time(spans, day_next_to_clause(spans, out), ref_date))


# An open end after a date is part of its extent (TimeML/TIDES mod ON_OR_AFTER / ON_OR_BEFORE): "1994 or
# later", "for 1990 and beyond". Taken on after the value is found, which the words do not change.
_OPEN_END = re.compile(r"\s+(?:or\s+(?:later|earlier|sooner|after)|and\s+beyond)(?=\s*(?:[^\w\s]|$))")


def _period_back(span, out: list[TimeExpr], near: _Anchor | None, sent: int, sent_char: int, ref: date) -> str:
    """The period "the same period last year" names when its sentence gave one that is no quarter:
    "in the first half ..." that half a year back; "in the first ten months ...", "the first three
    quarters", "from January to October ..." those months a year back, of the year before the
    months given (TIMEX3 has no value for them: the year). "" when the sentence gave none."""
    if out and _HALF.fullmatch(out[-1].value) and out[-1].start >= sent_char:
        return f"{int(out[-1].value[:4]) - 1}{out[-1].value[4:]}"
    if not _MONTHS_PERIOD.search(_sentence(span)):
        return ""
    months = near is not None and near.sentence == sent and re.match(r"\d{4}-\d\d", near.value)
    return str((int(near.value[:4]) if near is not None and months else ref.year) - 1)


# "the same month of 2001", "the same quarter of 2002": the month or quarter the sentence named before;
# "the same month last year" (a year ago, a year earlier, the previous year): that month a year back
_SAME_UNIT_OF_YEAR = re.compile(
    r"the\s+(?:same|corresponding|comparable|equivalent|like)\s+(month|quarter|period)\s+of\s+(\d{4})|"
    r"the\s+(?:same|corresponding|comparable|equivalent|like)\s+(month)\s+(?:of\s+)?"
    r"(?:last\s+year|a\s+year\s+(?:ago|earlier)|the\s+previous\s+year)",
    re.IGNORECASE,
)
_UNIT_SHAPE = {"month": r"(\d{4})-(\d\d)", "quarter": r"(\d{4})-(Q[1-4])", "period": r"(\d{4})-([QH][1-4])"}
# a month that is itself the comparison, not the one the sentence is about: "from the previous month"
_MONTH_COMPARED = re.compile(
    r"(?:the\s+)?(?:previous|prior|preceding)\s+month|(?:a|one|the)\s+month\s+(?:earlier|before|ago)",
    re.IGNORECASE,
)


def _same_unit_of_year(out: list[TimeExpr], span, value: str, sent_char: int) -> str:
    """ "Prices fell in October, the most since the same month of 2001": October 2001; "profits in the
    third quarter doubled from the same quarter of 2002": 2002-Q3; "in the first quarter of 1997 ...
    from the same period of 1996": 1996-Q1 (a period after months, "from January to May", has no
    TIMEX3 value: the year). The year alone when the sentence named no such unit before. "Sales in
    September rose 1 percent from the previous month and 8 percent from the same month last year":
    September a year before the September named (not the month compared with)."""
    m = _SAME_UNIT_OF_YEAR.fullmatch(span.text)
    if not m:
        return value
    shape = _UNIT_SHAPE[(m[1] or m[3]).lower()]
    for earlier in _earlier_in_sentence_exprs(out, sent_char):
        unit = re.fullmatch(shape, earlier.value)
        if unit and not _MONTH_COMPARED.fullmatch(earlier.text):
            return f"{m[2]}-{unit[2]}" if m[2] else f"{int(unit[1]) - 1:04d}-{unit[2]}"
    return m[2] or value


# "the same period" alone, and an earlier expression that is itself a comparison ("the same period of
# 2004", "a year earlier"), not the period the sentence is about
_BARE_SAME_PERIOD = re.compile(r"(?:the\s+)?(?:same|corresponding|comparable|like)\s+period", re.IGNORECASE)
_COMPARED_WITH = re.compile(
    r"\b(?:same|corresponding|comparable|earlier|ago|previous|prior|before|year-earlier|year-ago)\b", re.IGNORECASE
)


def _same_period_named(out: list[TimeExpr], span, value: str, sent_char: int) -> str:
    """ "the same period" alone, left a quarter of no known number: the period its sentence named
    before it. "Sales rose in the first half of fiscal 2005, but profit in the same period fell": that
    half; "births in the first nine months of 2005 fell ..., while 9,000 people left in the same
    period": the year of the months (TIMEX3 has no value for them); the year when the sentence named
    none (never a quarter no one named)."""
    if not value.endswith("-QX") or not _BARE_SAME_PERIOD.fullmatch(span.text):
        return value
    for earlier in _earlier_in_sentence_exprs(out, sent_char):
        named = re.match(r"\d{4}(?:-[QH][1-4]\b)?", earlier.value) if earlier.type == "DATE" else None
        if named and not _COMPARED_WITH.search(earlier.text):
            return named[0]
    return value[:4] if value[:4].isdecimal() else value


_WEEK_BEFORE = re.compile(r"the\s+(?:prior|previous|preceding)\s+week", re.IGNORECASE)


def _week_before(out: list[TimeExpr], span, value: str, sent_char: int) -> str:
    """ "Claims fell last week from the prior week": the week before the one the sentence named (a
    week is no anchor for the other anaphors, which would take the day or month before it)."""
    if not _WEEK_BEFORE.fullmatch(span.text):
        return value
    for earlier in _earlier_in_sentence(out, sent_char):
        week = re.fullmatch(r"(\d{4})-W(\d\d)", earlier)
        if week:
            return _week(date.fromisocalendar(int(week[1]), int(week[2]), 1) - timedelta(weeks=1))
    return value


def _earlier_in_sentence_exprs(out: list[TimeExpr], sent_char: int) -> Iterator[TimeExpr]:
    """The expressions before this one in its sentence, nearest first."""
    for t in reversed(out):
        if t.start < sent_char:
            return
        yield t


def _earlier_in_sentence(out: list[TimeExpr], sent_char: int) -> Iterator[str]:
    """The values of the expressions before this one in its sentence, nearest first."""
    for t in reversed(out):
        if t.start < sent_char:
            return
        yield t.value


def _open_ends(doc: Doc, out: list[TimeExpr]) -> list[TimeExpr]:
    text = doc_text(doc) if out else ""
    for k, t in enumerate(out):
        m = _OPEN_END.match(text, t.end) if t.type == "DATE" and t.value[:1].isdecimal() else None
        if m and (k + 1 == len(out) or out[k + 1].start >= m.end()):
            out[k] = dataclasses.replace(t, end=m.end(), text=text[t.start : m.end()])
    return out


# a sentence opening on a year: "In 1976, ...", "Back in 1990 ..."
_OPENS_ON_YEAR = re.compile(
    r"\s*(?:[Ii]n|[Dd]uring|[Tt]hroughout|[Bb]ack in|[Ee]arly in|[Ll]ate in)\s+(1[0-9]\d\d|20\d\d)\b"
    r"(?![-–/]?\d|\s+(?:and|or|to)\s+\d)"  # (not "In 1998-99", "In 1998 and 1999")
)
# "in May that year", "in May of that same year": the year given before
_THAT_YEAR_AFTER = re.compile(r"\s+(?:of\s+)?that(?:\s+same)?\s+year\b")


def _in_that_year(
    span, ttype: str, value: str, uses_ref: bool, near: _Anchor | None, way: Direction, ref: date | None
) -> tuple[str, bool]:
    """A month (or a day of one) read against the article's year takes the year of the sentence when
    it opens on a year gone by ("In 1976, ... asked the IMF for a loan in September") and the year
    given before when "that year" follows it ("In September that year")."""
    if (
        not uses_ref
        or ttype != "DATE"
        or ref is None
        or way in ("future", "planned")
        or not re.fullmatch(r"\d{4}-\d\d(?:-\d\d)?", value)
        or re.search(r"\d{4}|\b(?:last|next|this|coming|past|previous|following)\b", span.text, re.IGNORECASE)
    ):
        return value, uses_ref
    text = doc_text(span.doc)
    year = re.match(r"\d{4}", near.value) if near is not None else None
    if year is None or not _THAT_YEAR_AFTER.match(text, span.end_char):
        opening = _OPENS_ON_YEAR.match(text, sentence_of(span).start_char)
        year = opening if opening is not None and opening.end() <= span.start_char else None
        year = re.match(r"\d{4}", year[1]) if year is not None else None
    if year is None or int(year[0]) >= ref.year:
        return value, uses_ref
    return year[0] + value[4:], False


def _year_after(span, ttype: str, value: str, uses_ref: bool) -> tuple[str, bool]:
    """A month, a day, a quarter or a half read against the article's year takes the year written
    right after it: "first met in December in 1999", "born on May 5 in 1960", "the slowest since
    the final quarter in 2005"."""
    if uses_ref and ttype == "DATE" and re.fullmatch(r"\d{4}-(?:\d\d(?:-\d\d)?|Q[1-4]|H[12])", value):
        year = _IN_YEAR.match(doc_text(span.doc), span.end_char) or _year_after_noun(span)
        if year:
            # a movable feast is read again with its year ("Easter Sunday in 1999" is April 4, not
            # the day Easter fell on in the article's year); any other day keeps its month and day
            _, again, _ = normalize_expression(f"{span.text} {year[1]}", "DATE", None, "none")
            if again[:4] == year[1] and re.fullmatch(r"\d{4}-\d\d(?:-\d\d)?", again) and len(again) == len(value):
                return again, False
            return year[1] + value[4:], False
    return value, uses_ref


def _year_after_noun(span) -> re.Match | None:
    """The year written right after the noun a day qualifies: "the Christmas Eve bombings in 2000",
    "the July 4 attack in 2002" (the words between are the noun's own: "the Christmas Day car bomb")."""
    root = span[-1] if span[-1].dep_ == "compound" else span.root  # ("New Year's Eve": Eve, not Year)
    noun = root.head
    if root.dep_ not in ("compound", "nmod", "npadvmod") or noun.pos_ != "NOUN" or noun.i < span.end:
        return None
    if any(t.head.i != noun.i or t.dep_ not in ("compound", "amod") for t in span.doc[span.end : noun.i]):
        return None
    return _IN_YEAR.match(doc_text(span.doc), noun.idx + len(noun.text))


_PAIR_JOIN = re.compile(r"\s*,?\s*(?:and|or|to|through|till|until)\s+|\s*[-–]\s*")


def _weekdays_out_of_order(first: TimeExpr, span, value: str, join: re.Pattern[str]) -> bool:
    """Are ``first`` and the weekday ``span`` (resolved to ``value``) two weekdays joined by ``join``
    ("Saturday and Sunday", "from Monday to Friday") whose second day came out before the first?"""
    return (
        first.type == "DATE"
        and span.text.lower() in WEEKDAYS
        and first.text.lower() in WEEKDAYS
        and _DAY_VALUE.fullmatch(first.value) is not None
        and _DAY_VALUE.fullmatch(value) is not None
        and value < first.value
        and join.fullmatch(doc_text(span.doc), first.end, span.start_char) is not None
    )


def _day_after_pair(first: TimeExpr, span, value: str) -> str:
    """The second weekday of a pair ("slated for Saturday and Sunday", told on Saturday) is the first
    such day after the first one, a few days on, not the one a week before it (unless told in the past)."""
    if not _weekdays_out_of_order(first, span, value, _PAIR_JOIN):
        return value
    day = date.fromisoformat(first.value)
    gap = (WEEKDAYS[span.text.lower()] - day.isoweekday()) % 7
    # (a pair told latest first is left alone: "statements made Friday and Thursday"; a range, "from
    # Monday to Friday", is never told latest first)
    most = 6 if _RANGE_JOIN.fullmatch(doc_text(span.doc), first.end, span.start_char) else 3
    return (day + timedelta(days=gap)).isoformat() if 0 < gap <= most else value


_RANGE_JOIN = re.compile(r"\s*(?:to|through|thru|till|until)\s+|\s*[-–]\s*", re.IGNORECASE)


def _range_start_before(first: TimeExpr, span, value: str, ref: date | None) -> TimeExpr:
    """The first weekday of a range told in the past ("the talks ran from Thursday to Saturday", told on
    a Friday) is the last such day before the second, not one after the range's end."""
    if not _weekdays_out_of_order(first, span, value, _RANGE_JOIN):
        return first
    end = date.fromisoformat(value)
    gap = (end.isoweekday() - WEEKDAYS[first.text.lower()]) % 7
    start = (end - timedelta(days=gap)).isoformat()
    iv = interval(start, ref)
    return replace(first, value=start, edtf=iv.edtf, earliest=iv.earliest, latest=iv.latest, precision=iv.precision)  # type: ignore[arg-type]


_BRACKET_OPEN = re.compile(r"\s*\(\s*")
_BRACKET_CLOSE = re.compile(r"\s*\)")


def _day_in_brackets(day: TimeExpr, span, value: str) -> str:
    """A weekday in brackets right after a day names that day: "the attack yesterday (Wednesday)",
    "on Nov. 8 (Wednesday)" (the weekday nearest it, should the two disagree), not the next Wednesday."""
    if day.type != "DATE" or span.text.lower() not in WEEKDAYS or not _DAY_VALUE.fullmatch(day.value):
        return value
    text = doc_text(span.doc)
    if not _BRACKET_OPEN.fullmatch(text, day.end, span.start_char) or not _BRACKET_CLOSE.match(text, span.end_char):
        return value
    first = date.fromisoformat(day.value)
    gap = (WEEKDAYS[span.text.lower()] - first.isoweekday() + 3) % 7 - 3
    return (first + timedelta(days=gap)).isoformat()


_OWNED = re.compile(r"['’]s\s+")


def _owners_time(out: list[TimeExpr], span, ttype: str, value: str, ref: date | None) -> tuple[str, bool]:
    """A time of day right after a day in the possessive is on that day: "Thursday's 5 p.m. quotes"
    (and, part of that day's noun phrase, no date the story moves to). (value, whether so)"""
    if ttype != "TIME" or not out or not _dayless_time(span, value, ref):
        return value, False
    day = out[-1]
    if (
        day.type == "DATE"
        and _DAY_VALUE.fullmatch(day.value)
        and _OWNED.fullmatch(doc_text(span.doc), day.end, span.start_char)
    ):
        return day.value + value[10:], True
    return value, False


# the day a figure is compared with: "gained 1.6 percent from Monday", "rose to 41.43 baht from 41.23 on
# Friday", "from 120.56 yen in New York late Friday"
_COMPARED_FROM = re.compile(
    r"\d[^;]{0,80}?(?:\bfrom|\bcompared\s+(?:with|to)|\bagainst)\s+"
    r"(?:[$€£¥]?\d[\d.,]*(?:\s+[^\s,;]+){0,5}?\s+)?(?:on\s+)?$"
)


def _compared_from(text: str, start: int) -> bool:
    """Is the date or time starting at ``start`` the point a figure is compared with, or the start of
    a record ("its lowest level since Sept. 25", "the sharpest gain since February 2003")?"""
    return (
        _COMPARED_FROM.search(text, max(0, start - 160), start) is not None
        or _RECORD_SINCE.search(text, max(0, start - 100), start) is not None
    )


# a record counted from a date: "its lowest level in Tokyo since Sept. 25", "the biggest monthly jump
# since May", "the first time since 1998": the date bounds the record; the story is not there
_RECORD_SINCE = re.compile(
    r"\b(?:\w+est|first|best|worst|most|least)\b[^.;:!?]{0,70}?\bsince\s+(?:early\s+|late\s+|mid-?)?$",
    re.IGNORECASE,
)


def _dayless_time(span, value: str, ref: date | None) -> bool:
    """Is ``span`` a time of day that names no day ("at 6:40 p.m."), read on the article's day?"""
    return ref is not None and value.startswith(ref.isoformat()) and not _NAMES_DAY.search(span.text)


# a few words of the same clause between a clock time and what follows it ("at 6 a.m. near the house")
_SAME_CLAUSE = re.compile(
    r"(?:\s+(?!(?:and|but|or|then|while|when|until|before|after)\b)[\w'’.-]+){0,6}\s+", re.IGNORECASE
)
_COUNTED_FROM = re.compile(r"\s+(?:before|after)\b", re.IGNORECASE)
_CLOCK_RANGE = re.compile(r"\s*(?:to|and|until|till|-|–)\s*", re.IGNORECASE)
# a day awaited, after a time of day: "at the end of morning trade ahead of data due for release
# Thursday" is not Thursday's morning
_AWAITED = re.compile(r"\b(?:ahead of|due|expected|scheduled|pending)\b", re.IGNORECASE)
# a day in the possessive that holds the time: "polls open at 7 a.m. during Monday's referendum"
_DURING_DAYS = re.compile(r"\bduring\s+$", re.IGNORECASE)


def _other_clause(clock, day) -> bool:
    """Whether the day ``day`` is told by another verb than the time of day ``clock`` is: "the quake,
    which struck at 1:24 p.m., was an aftershock of a quake on March 26" (March 26 is the first
    quake's day, not the time's)."""
    if clock is None or day is None or not clock.doc.has_annotation("DEP"):
        return False
    verb, other = _verb_of(clock.root.head), _verb_of(day.root.head)
    return verb is not None and other is not None and verb.i != other.i


def _day_later(out: list[TimeExpr], dayless: list[tuple[int, int]], sent_starts: list[int], spans: list) -> None:
    """A time of day with no day of its own takes the day its sentence names after it: "occurred at
    around 6:40 p.m. at the colliery on Sunday" is Sunday evening, not the article's day; a day in
    the possessive belongs to its noun ("at 5 p.m., against Tuesday's close"); the first time of a
    range takes the day of the second ("from 7:00 to 19:00 on Sunday")."""
    token_of = {(sp.start_char, sp.end_char): sp.start for sp in spans}
    span_of = {(sp.start_char, sp.end_char): sp for sp in spans}
    text = doc_text(spans[0].doc) if spans else ""
    # (the last first: a range's first time takes the day its second has just taken)
    for k, sent in dayless[::-1]:
        t = out[k]
        nxt = out[k + 1] if k + 1 < len(out) else None
        if (
            nxt is not None
            and nxt.type == "DURATION"
            and not nxt.value.startswith("PT")  # (days or longer: "at 4:50 p.m. ten minutes before" is that day)
            and _SAME_CLAUSE.fullmatch(text, t.end, nxt.start)
            and _COUNTED_FROM.match(text, nxt.end)
            and "T" in t.value
        ):
            # "seen at 6 a.m. ten days before the shooting": on a day counted from a happening the
            # text need not date, not on the article's day
            out[k] = dataclasses.replace(
                t,
                value="XXXX-XX-XX" + t.value[10:],
                edtf="XXXX-XX-XX",
                earliest=None,
                latest=None,
                resolution="unresolved",
            )
            continue
        for later in out[k + 1 :]:
            start = token_of.get((later.start, later.end))
            if start is None or bisect_right(sent_starts, start) - 1 != sent:
                break
            if _AWAITED.search(text, t.end, later.start):
                break
            if (
                text.startswith(("'s", "’s"), later.end) and not _DURING_DAYS.search(text, 0, later.start)
            ) or _compared_from(text, later.start):
                # "at 5 p.m., compared with Tuesday's close", "in early afternoon trading ... from 41.23
                # on Friday": that day is the close's, the figure's
                continue
            day = later.value if later.type == "DATE" and re.fullmatch(r"\d{4}-\d\d-\d\d", later.value) else None
            if day is not None and _other_clause(span_of.get((t.start, t.end)), span_of.get((later.start, later.end))):
                continue
            if later.type == "TIME" and _CLOCK_RANGE.fullmatch(text, t.end, later.start) and later.value[:4] != "XXXX":
                day = later.value[:10]  # "from 7:00 to 19:00 on Sunday": both ends on Sunday
            if day is not None and "T" in t.value and re.fullmatch(r"\d{4}-\d\d-\d\d", day):
                iv = interval(day + t.value[10:])
                out[k] = dataclasses.replace(
                    t, value=day + t.value[10:], edtf=iv.edtf, earliest=iv.earliest, latest=iv.latest
                )
                break


def _without_dashes(start: int, text: str) -> tuple[int, int, str]:
    """Offsets and text of an extent without the dash spaCy leaves on its last token when a space
    follows it ("on Nov. 15- 17": "Nov. 15", not "Nov. 15-"). (A dash leading the first token,
    "--April 1989" heading a list item, stays: the events' dating finds a heading by the tokens an
    expression starts on.)"""
    inner = text.rstrip("-–")
    if not inner or not inner[-1].isalnum():
        return start, start + len(text), text
    return start, start + len(inner), inner


# TIMEX3 mod of a point told as a distance back or ahead with a bound on the distance (TimeML/TIDES):
# "more than 10 years ago" lies BEFORE the year 10 years back, "less than two months ago" AFTER the
# month two months back, "more than a year later" AFTER the year after; "at least" / "no more than"
# include the point (ON_OR_BEFORE / ON_OR_AFTER); "nearly", "about" are APPROX.
_BOUNDED_DISTANCE = re.compile(
    r"(?:(?P<more>(?:more|longer)\s+than|(?:well\s+|just\s+)?over)|(?P<least>at\s+least|no\s+less\s+than)"
    r"|(?P<less>less\s+than|fewer\s+than|(?:just\s+)?under)|(?P<most>no\s+more\s+than|at\s+most|up\s+to)"
    r"|(?P<approx>about|around|nearly|almost|roughly|approximately|some))\s+\S.*?"
    r"\b(?:second|minute|hour|day|week|month|year|decade|centur(?:y|ie))s?(?:\s+or\s+so)?\s+"
    r"(?:(?P<back>ago|earlier|before)|later|after|hence|from\s+now)",
    re.IGNORECASE,
)
_MOD_BACK = {"more": "BEFORE", "least": "ON_OR_BEFORE", "less": "AFTER", "most": "ON_OR_AFTER"}
_MOD_AHEAD = {"more": "AFTER", "least": "ON_OR_AFTER", "less": "BEFORE", "most": "ON_OR_BEFORE"}


def _distance_mod(text: str, ttype: str, value: str) -> str | None:
    """The TIMEX3 mod of a date told as a bounded distance from a time ("more than 10 years ago":
    BEFORE), None for any other expression."""
    if ttype != "DATE" or not value[:1].isdecimal() or not text[:1].isalpha():
        return None
    m = _BOUNDED_DISTANCE.fullmatch(text)
    if m is None:
        return None
    if m["approx"]:
        return "APPROX"
    kind = next(k for k in _MOD_BACK if m[k])
    return (_MOD_BACK if m["back"] else _MOD_AHEAD)[kind]


def _expression(span, ttype: str, value: str, uses_ref: bool, ref_date: date | None, doc_id: str) -> TimeExpr:
    """The TimeExpr of a span normalized to ``value``: its interval of days, and how it was resolved."""
    iv = part_of(interval(value, ref_date), span.text) if ttype in ("DATE", "TIME") else interval("P")
    if not uses_ref:
        resolution = "absolute"
    elif value.startswith("XXXX") or (ref_date is None and not value[:4].isdecimal()):
        resolution = "unresolved"
    else:
        resolution = "relative"
    start, end, text = _without_dashes(span.start_char, span.text)
    mod = _distance_mod(text, ttype, value)
    edtf, earliest, latest, precision = iv.edtf, iv.earliest, iv.latest, iv.precision
    bounded = _bounded_back(text, value, mod, ref_date, iv.earliest, iv.precision) if uses_ref else None
    if bounded is not None:
        edtf, earliest, latest, precision = bounded
    return TimeExpr(
        start=start,
        end=end,
        text=text,
        type=ttype,  # type: ignore[arg-type]
        value=value,
        edtf=edtf,
        earliest=earliest,
        latest=latest,
        precision=precision,  # type: ignore[arg-type]
        resolution=resolution,  # type: ignore[arg-type]
        doc=doc_id,
        mod=mod,
    )


def _bounded_back(
    text: str, value: str, mod: str | None, ref_date: date | None, earliest: str | None, precision: str
) -> tuple[str, str | None, str, str] | None:
    """The days a bounded distance back from the article's day stands for: (edtf, earliest, latest,
    precision), the unit's precision when after the point; None when the calendar unit of its value
    does. "less than two years ago" (2005-08-10; TIMEX3 2003, mod AFTER) lies between 2003-08-10
    and the article's day, not in 2003; "more than a week ago" (mod BEFORE) ends on the day a week
    back (2005-08-03), not at the end of that ISO week. The point is the article's day moved into
    the value's year, month or week. Only a count of the article's own time back ("ago"; "earlier"
    and "before" count from another time)."""
    if ref_date is None or mod not in ("AFTER", "ON_OR_AFTER", "BEFORE", "ON_OR_BEFORE"):
        return None
    if not text.lower().rstrip().endswith("ago"):
        return None
    point = _point_in(value, ref_date)
    if point is None or point >= ref_date:
        return None
    day = point.isoformat()
    if mod in ("AFTER", "ON_OR_AFTER"):
        return f"{day}/{ref_date.isoformat()}", day, ref_date.isoformat(), precision
    if not re.fullmatch(r"\d{4}-W\d\d", value):
        return None  # a year or month back ends with its unit, at most days off the point
    # (its earliest stays the week's first day: a time read as known, where code asks for one)
    return f"../{day}", earliest, day, "none"


def _point_in(value: str, ref: date) -> date | None:
    """The article's day moved into the year, month, ISO week or day ``value`` names: the same day of
    the month (the month's last when it has fewer), the same weekday; None for any other value."""
    if m := re.fullmatch(r"(\d{4})-W(\d\d)", value):
        return date.fromisocalendar(int(m[1]), int(m[2]), ref.isoweekday())
    if m := re.fullmatch(r"(\d{4})(?:-(\d\d))?(?:-(\d\d))?", value):
        year, month = int(m[1]), int(m[2]) if m[2] else ref.month
        if m[3]:
            return date(year, month, int(m[3]))
        last = (date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)).day
        return date(year, month, min(ref.day, last))
    return None


_UNKNOWN = {"DATE": "XXXX-XX-XX", "TIME": "XXXX-XX-XXTXX:XX", "DURATION": "P", "SET": "XXXX-XX-XX"}
_OUT_OF_RANGE = re.compile(r"-|\d{5}|0000")  # a year before 1 or after 9999


def _unknown_expression(span, doc_id: str) -> TimeExpr:
    ttype = span.label_ or "DATE"
    return _expression(span, ttype, _UNKNOWN.get(ttype, "XXXX-XX-XX"), True, None, doc_id)  # unresolved
