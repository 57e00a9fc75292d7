"""Which date an event gets: a temporal expression attached through the parse, or the article date."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from calendar import monthrange
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from timeline.calendar_words import MONTHS, WEEKDAYS
from timeline.extract.actors import doc_dateline
from timeline.extract.attribution import SPEECH_VERBS
from timeline.extract.attribution import said_when as _said_gap
from timeline.extract.clauses import clause_indices, governors, is_infinitive, lowered, subtree_indices, tense
from timeline.extract.factuality import (
    CHANGES_OF_QUANTITY,
    UNTIL_WORDS,
    claimed_to_have,
    deed_punished,
    not_until,
    until_clause,
    what_a_text_does,
)
from timeline.extract.kinds import kinds
from timeline.extract.lexicon import DEFINITE_DETERMINERS, DOCUMENT_NOUNS
from timeline.extract.occasions import OCCASIONS
from timeline.extract.repeats import STATEMENT_NOUNS, STATEMENT_VERBS
from timeline.extract.rows import occurrence_verb, support_verb, under_way
from timeline.extract.triggers import CONTESTS, is_trigger, name_time
from timeline.model import EventDate, Precision, Resolution, TimeExpr
from timeline.nlp.doctables import (
    any_child,
    children_with,
    doc_text,
    first_child,
    sentence_bounds,
    sentence_of,
    span_text,
    tables,
    token_memo,
)
from timeline.temporal.arithmetic import _add_months
from timeline.temporal.lexicon import SMALL_NUMBERS, UNIT
from timeline.temporal.tense import _HARM_NOUNS, direction, verb_direction
from timeline.temporal.values import interval

_RECENT = re.compile(r"recent|lately", re.IGNORECASE)
# "this season" (PRESENT_REF): a sports season under way, months long, names no day; a clause it is
# in keeps the time it would have without it
_SEASON = re.compile(r"\bseason\b", re.IGNORECASE)
_CALENDAR_VALUE = re.compile(r"\d{4}")  # a value on the calendar ("2008-03", "2006-W46"), not "PRESENT_REF"
# "in the past few weeks", "over recent months": a stretch that places a clause
_IN_A_STRETCH = re.compile(r"\b(?:in|over|during|within)\s+$", re.IGNORECASE)
# Words that put an uncounted stretch just before now ("in recent years", "in the past few weeks",
# "over the last months"): the clause's own time, which names no days (:func:`_recent_stretch`)
_UP_TO_NOW = frozenset({"recent", "past", "last"})
# the same in a duration's words, and "previous" ("in previous years"): a stretch that is no day of
# the clause it hangs on (TimexIndex.unplaced)
_LOOKED_BACK_ON = re.compile(r"\b(?:" + "|".join(sorted(_UP_TO_NOW | {"previous"})) + r")\b", re.IGNORECASE)
# "the past five elections": a past counted in happenings (not "the past five years": a stretch)
_PAST_COUNT = re.compile(
    r"\b(the past)\s+(?:\d[\d,]*|" + "|".join(k for k in SMALL_NUMBERS if k.isalpha()) + r")\b"
    rf"(?!\s+(?:{UNIT}|(?:calendar|fiscal|financial)\s+years?)\b)",
    re.IGNORECASE,
)
# "ten minutes later", "an hour later": a time counted within the day of the happening told before
# (a match's minutes), which leaves the story on that day
_WITHIN_A_DAY = re.compile(r"\b(?:seconds?|minutes?|hours?)$", re.IGNORECASE)
# what follows a length of time counted from a happening told before ("three months later")
_COUNTED_ON = re.compile(r"\s+(?:later|afterwards?|on)\b(?!\s+(?:than|the|a|an|this|that)\b)", re.IGNORECASE)
_BOUNDING = re.compile(
    r"\b(?:since|until|till|before|after|prior\s+to|up\s+to)\s+(?:(?:the|this|last|next|early|late|mid)[\s-]+)*$",
    re.IGNORECASE,
)
# "The typhoon hit Bicol before dawn Thursday", "shelled the town after dusk on Monday": the edge of a
# day tells when in that day it happened, no bound (the happening is on Thursday, not before it)
_DAY_EDGE = re.compile(r"(?:dawn|daybreak|sunrise|dusk|sunset|nightfall)\b", re.IGNORECASE)
# "after Saturday's defeat", "since last week's attack": the day owns the happening named after it,
# which is the bound (the clause above does not take the day: _SPAN_WORDS); the day is its date
_POSSESSED = re.compile(r"['’]s?\b")
_OWNING_BOUNDS = re.compile(
    r"\b(?:since|until|till|before|after|prior\s+to)\s+(?:(?:the|this|last|next)[\s-]+)*$", re.I
)


def _owned_by_the_day(text: str, t) -> bool:
    """ "after Saturday's defeat", "since last week's attack", "prior to next month's meeting": a
    day that owns the happening a bound names (not "in the run-up to Sunday's elections", a span)."""
    return (
        _POSSESSED.match(text, t.end) is not None
        and _OWNING_BOUNDS.search(text, max(0, t.start - 40), t.start) is not None
    )


# "rose to 4.44 percent from 4.42 percent Friday", "closed at 1,405 against 1,396 on Friday",
# "doubled from 13.2 percent in 1993": the time of the figure a change is measured from, not of the change
_COMPARED = re.compile(
    r"\b(?:from|against|compared\s+(?:with|to)|versus|vs\.?)\s+(?:[\w$€£¥.-]+\s+){0,4}?[$€£¥]?\d[\d.,]*"
    r"(?:\s*(?:thousand|million|billion|trillion|bn))?"
    r"(?:\s+(?-i:[A-Z]{2,3}|U\.S\.)(?=\s+\w))?"  # "15.02 billion HK dollars", "418 million U.S. dollars"
    r"(?:\s*(?:%|percent|points?|cents?|dollars?|euros?|yen|yuan|pounds?|barrels?|tonnes?|tons?|shares|contracts"
    r"|marks|francs|rupees|ringgit|won|baht|pesos|rand|lire|rubles|roubles|ecus?))?"
    # "78.40 dollars per barrel"
    r"(?:\s+(?:per|a)\s+(?:barrel|tonne|ton|ounce|share|kilogram|kilo|gallon|litre|liter|unit))?"
    # "from 120.56 yen in New York late Friday", "up from 141.30 in New York trade on Friday"
    r"(?:\s+(?:in|at)\s+(?:(?-i:[A-Z][\w.'’-]*)\s+){0,2}(?-i:[A-Z][\w.'’-]*)(?:\s+(?:trade|trading|dealings))?)?"
    r"\s+(?:(?:on|in|at\s+the\s+close\s+(?:of|on)|late|early)\s+)?$"
    # "fell by 0.1 percent from the figure for February", "fell from the 'high' levels of 1996"
    r"|\b(?:from|against|compared\s+(?:with|to)|versus|vs\.?)\s+(?:the|its|their|a|an)\s+(?:[\w\"“”'’-]+\s+){0,2}?"
    r"(?:figures?|levels?|rates?|totals?|numbers?|readings?|results?|pace|amounts?)\s+(?:of|for|in|on|at)\s+$"
    # "up from 14 percent in 2000 or three times the amount in 1990", "twice the level of 2004"
    r"|\b(?:times|twice|double|triple|half)\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:figures?|levels?|rates?|totals?|numbers?|readings?|results?|pace|amounts?)\s+(?:of|for|in|on|at)\s+$",
    re.IGNORECASE,
)
# "still the same margin as last week", "a level similar to that of last year", "higher than last
# month": the time of what the clause is compared with, not of the clause
_LIKE = re.compile(
    r"\b(?:(?:same|similar)\s+(?:[\w'’-]+\s+){0,4}?(?:as|to)(?:\s+(?:that|those)\s+of)?"
    r"|(?<!more\s)(?<!less\s)(?<!fewer\s)(?<!later\s)(?<!earlier\s)(?<!longer\s)(?<!no\s)than"
    r"(?:\s+(?:the|that|those)\s+(?:figures?|levels?|rates?|totals?|numbers?|pace|amounts?|results?))?"
    # "her evidence was different from in December 2004", "unlike in 1999"
    r"|(?:different|differed|differs|differ)\s+(?:from|to|than)(?:\s+(?:that|those|what\s+it\s+was))?|unlike"
    # "Just as in September, the drop in October was led by energy prices"
    r"|\b(?:just|much|exactly)\s+as(?=\s+(?:in|on|during)\s+$))"
    r"\s+(?:(?:of|in|on|at|during|for)\s+)?$",
    re.IGNORECASE,
)
# "fell 29 percent from a year earlier", "up from the same period last year": the time of the
# figure a change is measured against
_BASELINE = re.compile(
    r"\b(?:from|than|over|against|versus|vs\.?|compared\s+(?:with|to))\s+(?:that\s+of\s+)?$", re.IGNORECASE
)
# "up 3.1 percentage points from 2000", "fell 5 percent from March": a change counted from a time
# is measured against that time's figure; the time is no date of the clause
_CHANGE_FROM = re.compile(
    r"\b(?:up|down|rose|risen|fell|fallen|dropped|climbed|gained|lost|increased|decreased|declined|jumped|slipped)"
    r"\s+(?:by\s+)?(?:some\s+|about\s+|nearly\s+|almost\s+)?\d[\d.,]*\s*(?:percentage\s+points?|percent|%|points?)"
    r"\s+from\s+$",
    re.IGNORECASE,
)
_BASELINE_TIME = re.compile(r"earlier|ago|before|previous|prior|same\s+(?:period|quarter|month|time)", re.IGNORECASE)
# "rose to $108.8 million, or $1.35 a share, from $90.5 million, or $1.12 a share, a year ago",
# "a 13% increase from last year's $1.55 billion": the time written after the figure a change is measured
# from (a business report gives two: the amount and per share) is that figure's time, not the change's
# ("compared with a year-earlier loss of $6.2 million" is left alone: a row of the earlier loss's own)
_FIGURE = (
    r"(?:[A-Z]{0,2}[$€£¥])?\d[\d.,]*(?:\s*(?:thousand|million|billion|trillion))?"
    r"(?:\s+(?-i:[a-z]+))?(?:\s+(?:a|per)\s+share)?"
)
_BASELINE_FIGURES = re.compile(
    r"\b(?:from|against|versus|vs\.?|compared\s+(?:with|to))\s+" + _FIGURE + r",?\s+or\s+" + _FIGURE + r",\s+$",
    re.IGNORECASE,
)
_LAST_YEARS_FIGURE = re.compile(r"\b(?:from|against|versus|compared\s+(?:with|to))\s+$", re.IGNORECASE)
# "since the crash in 1987", "since his arrival in Paris in 1999": a date inside a bound, which
# bounds the clauses the bound hangs on (not the clause inside it: "since Britain seized it in 1841");
# the bound may be a figure ("its highest finish since 1,543.63 was marked on Aug. 28, 2000")
_DEEP_BOUND = re.compile(
    r"\b(?:since|until|till)\s+(?:(?:[\w'’-]+|\d[\d.,]*\d)\s+){1,5}(?:in|of|on)\s+(?:(?:the|early|late|mid)[\s-]+)?$",
    re.IGNORECASE,
)

_NEXT_TO = re.compile(r"\s*,?\s+(?:in|on)\s+$")
# "in the same period": the period named before it, unless words after it name one ("of 2004",
# "last year", "a year ago")
_SAME_PERIOD = re.compile(r"(?:the\s+)?same\s+period", re.IGNORECASE)
_PERIOD_NAMED = re.compile(r"\s+(?:of|last|a\s+year|the\s+(?:previous|prior)|in\s+\d{4})\b", re.IGNORECASE)


# A part of a game named with no year ("the third quarter", "the second half"), and what shows that an
# article reports a game: a score ("78-67", "2-1") and a word of winning, losing or playing
_GAME_PART = re.compile(
    r"(?:the\s+)?(?:first|second|third|fourth|final|last|opening)\s+(?:quarter|half)", re.IGNORECASE
)
_SCORE = re.compile(r"(?<![\d.,:/-])\d{1,3}-\d{1,3}(?![\d.,:/-])")
_GAME_WORDS = re.compile(r"\b(?:beat|beats|victory|defeat|defeated|win|won|lost|draw|drew|match|game)\b", re.IGNORECASE)


def _last_years_figure(text: str, t: TimeExpr) -> bool:
    """ "last year" told as the time of a figure: "from $504.2 million, or $4.41 a share, last year",
    "from last year's $1.55 billion"."""
    return t.text.lower() in ("last year", "the previous year", "the year before") and (
        text.startswith(("'s", "’s"), t.end) or text[t.end : t.end + 1] in (".", ";", "")
    )


def tells_a_game(text: str) -> bool:
    """Does the article report a game (a score and a word of the game: "beat South Korea 78-67")?
    Its "third quarter" or "second half" is a part of the game; a business report's is of the year."""
    return _SCORE.search(text) is not None and _GAME_WORDS.search(text) is not None


def _after_bound_date(text: str, before: TimeExpr | None, bound: int, t: TimeExpr) -> bool:
    """Is ``t`` written right after the date a bound names ("the sharpest fall since September 1986
    in March": March is the fall's, not a time inside the bound as in "since the crash in 1987")?"""
    return before is not None and before.start > bound and _NEXT_TO.fullmatch(text[before.end : t.start]) is not None


# Opening sentences of an article body (headlines and datelines do not count) where a past-tense
# event without an expression is taken to have happened on the article's date.
LEAD_SENTENCES = 3
_FINAL = (".", "!", "?", '"', "”", "’", "'", "…")


def lead_ranks(sentences) -> list[int]:
    """For each sentence, how many full body sentences (ending in final punctuation) precede it."""
    ranks, seen = [], 0
    for sent in sentences:
        ranks.append(seen)
        if span_text(sent).rstrip().endswith(_FINAL):
            seen += 1
    return ranks


# "Mao Dun (1896-1981)", "Lu Xun (born 1881)": the years of a life written after a name
_LIFESPAN = re.compile(r"\s*(?:born\s+|b\.\s*)?\d{4}\s*(?:[-–—]\s*\d{2,4})?\s*")
_NAME_END = re.compile(r"(?-i:[A-Z])[\w.'’-]*\s*$")


def _in_lifespan(text: str, t: TimeExpr) -> bool:
    """Is ``t`` a year of the life span written in parentheses after a name ("the novelist Lu Xun
    (1881-1936) wrote ...")? It says who the person is, never when a clause happened."""
    opened = text.rfind("(", max(0, t.start - 12), t.start)
    if opened < 0 or ")" in text[opened : t.start]:
        return False
    closed = text.find(")", t.end, t.end + 12)
    return (
        closed >= 0
        and _LIFESPAN.fullmatch(text, opened + 1, closed) is not None
        and _NAME_END.search(text, max(0, opened - 40), opened) is not None
    )


def _without_the_datelines_day(doc, timexes: list[TimeExpr], ref_date: str | None) -> list[TimeExpr]:
    """``timexes`` but the date of the story's dateline ("LUSAKA, Nov. 1 (Xinhua) --") when it is
    the article's day: when the story was written, no time of what its first sentence tells ("sugar
    output in the first half of the year increased": the half year, not November 1; an undated
    happening of the lead takes the article's day all the same). A dateline day other than the
    article's is kept (the day of writing, which the article's date may not be)."""
    if not ref_date or not timexes:
        return timexes
    start, end = doc_dateline(doc)
    if start == end:
        return timexes
    return [t for t in timexes if not (start <= t.start and t.end <= end and t.earliest == t.latest == ref_date)]


class TimexIndex:
    """Token index -> the TimeExpr it falls in (character offsets mapped once per document)."""

    def __init__(self, doc, timexes: Sequence[TimeExpr], ref_date: str | None = None, *, unanchored: bool = False):
        # Only bounded intervals date an event: "the future" (FUTURE_REF) or "recently" say a
        # direction, not when; "in the past four months" is the stretch that ends on the article's day.
        # ``unanchored``: instead, the days and times an article with no date of its own names
        # ("on Thursday") and cannot resolve: they say when as written, not which day.
        self.ref_date = None if unanchored else ref_date
        if unanchored:
            usable = sorted(
                (t for t in timexes if t.type in ("DATE", "TIME") and t.resolution == "unresolved"),
                key=lambda t: t.start,
            )
        else:
            text = doc_text(doc)
            timexes = [
                _looking_back(t, ref_date)
                or _looking_ahead(doc, text, t, ref_date)
                or _part_before_or_after(t, ref_date)
                or t
                for t in timexes
            ]
            usable = sorted(
                (t for t in timexes if t.type in ("DATE", "TIME") and t.earliest and t.latest),
                key=lambda t: t.start,
            )
        text = doc_text(doc)
        if not unanchored:
            usable = [
                t
                for t in usable
                if not _in_lifespan(text, t)
                and not (t.value == "PRESENT_REF" and (_SEASON.search(t.text) or _counted_from_now(text, t)))
            ]
            usable = _without_the_datelines_day(doc, usable, ref_date)
            usable = months_named(text, day_ranges(text, usable), ref_date)
            usable = _periods_to(doc, text, usable)
            usable = _months_from_january(text, usable, ref_date)
            if any(_GAME_PART.fullmatch(t.text) for t in usable) and tells_a_game(text):
                # "closed the third quarter 54-43", "early in the second half": a part of the game
                # the report tells, not a quarter or a half of the year
                usable = [t for t in usable if not _GAME_PART.fullmatch(t.text)]
        # "last season", "in the past", "formerly": a past that names no time (not "recently")
        self.vague_past = {(t.start, t.end) for t in timexes if t.value == "PAST_REF" and not _RECENT.search(t.text)}
        if timexes:
            # "Three months later, police arrested ...": a time counted from a happening the text
            # told before, which the story's day or era is not
            text = doc_text(doc)
            self.vague_past.update(
                (t.start, t.end)
                for t in timexes
                if t.type == "DURATION" and _COUNTED_ON.match(text, t.end) and not _WITHIN_A_DAY.search(t.text)
            )
        # "in the past five elections": a past counted in happenings, no temporal expression, that
        # names no time either
        # (only where "the past" is written, in either case; re.I reads a long s as s)
        if "the past" in text.lower() or "\u017f" in text:
            self.vague_past.update((m.start(1), m.end(1)) for m in _PAST_COUNT.finditer(text))
        # "recently", "in recent years", "in the past few weeks": a time of the clause's own that
        # names no days; the clause does not take the time of the one it hangs on
        kept = {(t.start, t.end) for t in usable}
        self.unplaced = {
            (t.start, t.end)
            for t in timexes
            if (t.start, t.end) not in kept
            and (
                t.type == "DATE"
                and t.value in ("PAST_REF", "FUTURE_REF")
                or t.type == "DURATION"
                and _LOOKED_BACK_ON.search(t.text) is not None
                and _IN_A_STRETCH.search(text, max(0, t.start - 12), t.start) is not None
            )
        }
        self._starts = [t.start for t in usable]
        # "since 2012", "until Friday", "before the vote in May": a bound, never the event's date
        self.bounds = {
            id(t)
            for t in usable
            if _BOUNDING.search(text, max(0, t.start - 40), t.start)
            and _DAY_EDGE.match(text, t.start) is None
            and not _owned_by_the_day(text, t)
            or _COMPARED.search(text, max(0, t.start - 60), t.start)
            or _LIKE.search(text, max(0, t.start - 60), t.start)
            or _CHANGE_FROM.search(text, max(0, t.start - 80), t.start)
            or _BASELINE_TIME.search(t.text)
            and _BASELINE.search(text, max(0, t.start - 30), t.start)
            or (
                _BASELINE_FIGURES.search(text, max(0, t.start - 90), t.start)
                and (_BASELINE_TIME.search(t.text) or _last_years_figure(text, t))
            )
            or (_LAST_YEARS_FIGURE.search(text, max(0, t.start - 30), t.start) and _last_years_figure(text, t))
        }
        for before, t in zip(usable, usable[1:], strict=False):
            if id(before) in self.bounds and text[before.end : t.start].strip() in (",", "-", "--", "—", "–"):
                # "after 2012, the last year covered by the rules": what names the bound again
                self.bounds.add(id(t))
        # expression -> where the bound it sits deep in begins
        self.deep_bounds: dict[int, int] = {}
        for k, t in enumerate(usable):
            m = _DEEP_BOUND.search(text, max(0, t.start - 60), t.start)
            if m is not None and not _after_bound_date(text, usable[k - 1] if k else None, m.start(), t):
                self.deep_bounds[id(t)] = m.start()
        # where the words of those bounds run, from "since" to the date
        self._bound_spans = [(self.deep_bounds[id(t)], t.start) for t in usable if id(t) in self.deep_bounds]
        usable = self._same_periods(doc, text, usable)
        self.usable = usable  # the expressions that date a clause, in text order (by :attr:`_starts`)
        self._by_token: dict[int, TimeExpr] = {}
        # head token -> the expression of its clause: asked for each trigger and its governors,
        # by event_date and own_expression alike
        self.in_clause: dict[int, TimeExpr | None] = {}
        if usable:
            self._index_tokens(tables(doc).idx, usable)
        self._timed = list(self._by_token)  # the tokens in an expression, ascending (see _in_clause)
        self.timed_below: dict[int, bool] = {}  # head token -> whether its subtree holds one of them

    def _index_tokens(self, idx: list[int], usable: list[TimeExpr]) -> None:
        """:attr:`_by_token`: each token whose first character the expression starting last at or
        before it covers (by :attr:`_starts`), in token order. Read expression by expression, by
        bisection of the tokens' offsets, rather than token by token (most tokens are in none)."""
        starts = self._starts
        if any(a > b for a, b in zip(starts, starts[1:], strict=False)):  # (never: in text order)
            for i, at in enumerate(idx):
                j = bisect_right(starts, at) - 1
                if j >= 0 and usable[j].start <= at < usable[j].end:
                    self._by_token[i] = usable[j]
            return
        n = len(starts)
        for j in range(n):
            expr = usable[j]
            # the offsets whose last start at or before them is this one's, inside the expression
            low = max(starts[j], expr.start)
            high = min(starts[j + 1], expr.end) if j + 1 < n else expr.end
            if low >= high:
                continue
            for i in range(bisect_left(idx, low), bisect_left(idx, high)):
                self._by_token[i] = expr

    def _same_periods(self, doc, text: str, usable: list[TimeExpr]) -> list[TimeExpr]:
        """The expressions with each bare "the same period" ("sales climbed 1.7 percent in the same
        period", not "the same period of 2004" nor "last year") read as the period named last
        before it, in its sentence or the one before, that is no bound and no single day ("births
        in the first nine months of 2005 fell, while 89,000 people moved out in the same period":
        January to September 2005), not as the year so far; left as it is when there is none."""
        if not any(_SAME_PERIOD.fullmatch(t.text) for t in usable):
            return usable
        starts = [s.start_char for s in doc.sents]
        out: list[TimeExpr] = []
        for k, t in enumerate(usable):
            if _SAME_PERIOD.fullmatch(t.text) and not _PERIOD_NAMED.match(text, t.end):
                sent = bisect_right(starts, t.start) - 1
                since = starts[max(0, sent - 1)] if sent >= 0 else 0
                for before in reversed(usable[:k]):
                    if before.start < since:
                        break
                    if (
                        id(before) not in self.bounds
                        and id(before) not in self.deep_bounds
                        and before.precision != "day"
                        and before.earliest
                        and before.latest
                        and not _SAME_PERIOD.fullmatch(before.text)
                    ):
                        t = replace(
                            t,
                            value=before.value,
                            edtf=before.edtf,
                            earliest=before.earliest,
                            latest=before.latest,
                            precision=before.precision,
                        )
                        break
            out.append(t)
        return out

    def in_bound_words(self, trigger) -> bool:
        """Is the trigger written inside a bound that ends on a date ("its highest finish since
        1,543.63 was marked on Aug. 28, 2000"), however the parser hung its verb? It names the
        bound's time, not the story's."""
        at = trigger.idx
        return any(start <= at < end for start, end in self._bound_spans)

    def in_vague_past(self, trigger) -> bool:
        """Does the trigger's own clause place it in a past that names no time ("Last season, he
        scored 81 points")?"""
        if not self.vague_past:
            return False
        idx = tables(trigger.doc).idx
        return any(
            start <= idx[i] < end for i in clause_indices(trigger, participles=True) for start, end in self.vague_past
        )

    def in_unplaced(self, trigger) -> bool:
        """Does the trigger's own clause name a time of its own that gives no days ("had recently
        sent troops", "crossed the border in the past few weeks")?"""
        if not self.unplaced:
            return False
        idx = tables(trigger.doc).idx
        return any(
            start <= idx[i] < end for i in clause_indices(trigger, participles=True) for start, end in self.unplaced
        )

    def heading(self, sent) -> TimeExpr | None:
        """The expression a sentence is made of alone, on a line of its own ("-- November 1986" over
        the paragraph it dates, in a list of happenings), or None."""
        t = tables(sent.doc)
        found, last = None, sent.start
        for i in range(sent.start, sent.end):
            if t.is_punct[i] or t.is_space[i]:
                continue
            timex = self._by_token.get(i)
            if timex is None or found is not None and timex is not found:
                return None
            found, last = timex, i
        if found is None:
            return None
        after = t.idx[sent.end] if sent.end < len(t.idx) else len(t.text)
        return found if "\n" in t.text[t.ends[last] : after] else None  # not a line that goes on

    def covered(self, start: int, end: int) -> set[int]:
        """Indices of the tokens from ``start`` to ``end`` (exclusive) inside an expression."""
        by_token = self._by_token
        return {i for i in range(start, end) if i in by_token}

    def within(self, first: int, end: int) -> TimeExpr | None:
        """The expression whose tokens all lie from token ``first`` to ``end`` (exclusive), if any
        (a bound too: "after the 1967 war" names the war's year)."""
        by_token = self._by_token
        for i in range(first, end):
            t = by_token.get(i)
            if t is not None:
                tokens = [j for j in range(first, end) if by_token.get(j) is t]
                if len(tokens) == sum(1 for v in by_token.values() if v is t):
                    return t
        return None

    def __bool__(self) -> bool:
        return bool(self._by_token)


# "December 15-16", "Nov. 12 and 13", "from Nov. 16 to 18", "between March 27 and 31": the last
# day of a range whose first day is an expression.
_RANGE_END = re.compile(
    r"\s*(?:-|–|—|to|through|thru|and|until|till)\s*(\d{1,2})(?:st|nd|rd|th)?\b(?![:.,]?\d|\s*(?:%|percent|per\s))"
)
_RANGE_JOIN = re.compile(r"\s*(?:-|–|—|to|through|thru|and|until|till)\s*$")
_MAX_RANGE_DAYS = 31
_MAX_SPAN_DAYS = 92


def day_ranges(text: str, timexes: Sequence[TimeExpr]) -> list[TimeExpr]:
    """The expressions with each day that opens a range of days stretched over the range ("a
    summit on December 15-16" is held on both days); the expression that closes it (when it is
    one: "Nov. 30 to Dec. 2") is dropped."""
    out: list[TimeExpr] = []
    skip: set[int] = set()
    for k, t in enumerate(timexes):
        if k in skip:
            continue
        if t.precision in ("year", "month") and k + 1 < len(timexes):
            spanned = (_year_range if t.precision == "year" else _month_range)(text, t, timexes[k + 1])
            if spanned is not None:
                out.append(spanned)
                skip.add(k + 1)
                continue
        if t.precision != "day" or not t.earliest or t.earliest != t.latest or t.type != "DATE":
            out.append(t)
            continue
        first = _day(t.earliest)
        last = None
        end = t.end
        nxt = timexes[k + 1] if k + 1 < len(timexes) else None
        if nxt is not None and nxt.type == "DATE" and nxt.precision == "day" and nxt.earliest == nxt.latest:
            join = _RANGE_JOIN.fullmatch(text[t.end : nxt.start])
            if join and nxt.earliest:
                last, end = _day(nxt.earliest), nxt.end
                # "the July 12-August 14 war": a dash or "to" may span months ("and" joins two days)
                most = _MAX_RANGE_DAYS if "and" in join.group() else _MAX_SPAN_DAYS
                if last is not None and first is not None and 0 < (last - first).days <= most:
                    skip.add(k + 1)
                else:
                    last = None
        if last is None and first is not None:
            m = _RANGE_END.match(text, t.end)
            if m and first.day < int(m[1]) <= 31:
                try:
                    last, end = first.replace(day=int(m[1])), m.end(1)
                except ValueError:
                    last = None
        if last is None or first is None or last <= first:
            out.append(t)
            continue
        out.append(
            replace(
                t,
                end=end,
                text=text[t.start : end],
                latest=last.isoformat(),
                edtf=f"{first.isoformat()}/{last.isoformat()}",
            )
        )
    return out


# "November of this year", "the month of March": the words that join a month to its year or name
_OF = re.compile(r"\s+of\s+")
_AHEAD = re.compile(r"\s+ahead\b")
_WEEK_AHEAD_DAYS = 7


def months_named(text: str, timexes: Sequence[TimeExpr], ref_date: str | None) -> list[TimeExpr]:
    """The expressions with a month joined to the year it is of ("had planned to launch it in
    November of this year": November of the article's year, not the last November the past tense
    points to), a month named after "the month of" ("in the month of March": March, not the
    article's month) and "the week ahead" (the seven days after the article's, not a week of no
    known number) read as one expression each (TimeML: one TIMEX3)."""
    out: list[TimeExpr] = []
    skip: set[int] = set()
    for k, t in enumerate(timexes):
        if k in skip:
            continue
        nxt = timexes[k + 1] if k + 1 < len(timexes) else None
        joined = nxt is not None and _OF.fullmatch(text[t.end : nxt.start]) is not None
        if joined and nxt is not None and t.precision == "month" and nxt.precision == "year":
            out.append(_month_of(text, t, nxt))
            skip.add(k + 1)
        elif joined and nxt is not None and t.text.lower() == "the month" and nxt.precision == "month":
            out.append(replace(nxt, start=t.start, text=text[t.start : nxt.end]))
            skip.add(k + 1)
        elif t.value.endswith("-WXX") and ref_date and (ahead := _AHEAD.match(text, t.end)) is not None:
            ref = date.fromisoformat(ref_date)
            first, last = ref + timedelta(days=1), ref + timedelta(days=_WEEK_AHEAD_DAYS)
            end = ahead.end()
            out.append(
                replace(
                    t,
                    end=end,
                    text=text[t.start : end],
                    earliest=first.isoformat(),
                    latest=last.isoformat(),
                    edtf=f"{first.isoformat()}/{last.isoformat()}",
                    precision="week",
                )
            )
        else:
            out.append(t)
    return out


def _month_of(text: str, month: TimeExpr, year: TimeExpr) -> TimeExpr:
    """``month`` in the year ``year`` names ("November of this year", "March of 1998")."""
    if not (month.value[5:7].isdecimal() and year.value.isdecimal()):
        return month
    value = f"{year.value}-{month.value[5:7]}"
    days = monthrange(int(year.value), int(month.value[5:7]))[1]
    return replace(
        month,
        end=year.end,
        text=text[month.start : year.end],
        value=value,
        edtf=value,
        earliest=f"{value}-01",
        latest=f"{value}-{days:02d}",
    )


# "from January to August", "from Dec. 2002 to May 2005", "between March 2008 and January 2009": a
# stretch of months ("between" joins its two ends by "and", "from" by "to")
_MONTHS_OPEN = re.compile(r"\b(from|between)\s+(?:early\s+|late\s+|mid-?)?$", re.IGNORECASE)
_MONTHS_JOIN = re.compile(r"\s*(?:(to|through|thru|until|till)|and)\s+(?:(?:early|late|mid)[\s-]+)?")


def _month_range(text: str, first: TimeExpr, last: TimeExpr) -> TimeExpr | None:
    """``first``, a month, stretched to the end of ``last``, a later month, when the text joins them
    as a range after "from" ("imported 900 tons from January to August this year", "From Dec. 2002 to
    May 2005, the company smuggled 30 million discs" happened over the months) or "between" ("3,000
    people died between December 2005 and October 2006"), else None."""
    if last.precision != "month" or not (first.earliest and last.earliest and last.latest):
        return None
    join = _MONTHS_JOIN.fullmatch(text[first.end : last.start])
    opened = _MONTHS_OPEN.search(text, max(0, first.start - 12), first.start)
    if join is None or opened is None or (opened.group(1).lower() == "from") != bool(join.group(1)):
        return None
    if not first.earliest < last.earliest or int(last.earliest[:4]) - int(first.earliest[:4]) > _MAX_RANGE_YEARS:
        return None
    return _stretched(text, first, last)


def _stretched(text: str, first: TimeExpr, last: TimeExpr, **more) -> TimeExpr:
    """``first`` stretched over the text up to the end of ``last``, ending where ``last`` ends."""
    return replace(
        first,
        end=last.end,
        text=text[first.start : last.end],
        latest=last.latest,
        edtf=f"{first.value}/{last.value}",
        **more,
    )


# "from 2002 to 2004", "between 1995 and 2003", "1999-2001": a stretch of years
_YEARS_OPEN = re.compile(r"\b(?:from|between|during|throughout)\s+(?:the\s+years?\s+)?$", re.IGNORECASE)
_YEARS_JOIN = re.compile(r"\s*(?:to|through|thru|until|till|and)\s+|\s*[-–—]\s*")
_MAX_RANGE_YEARS = 50


def _year_range(text: str, first: TimeExpr, last: TimeExpr) -> TimeExpr | None:
    """``first`` stretched to the end of ``last`` when the text joins the two years as a range
    ("were sent abroad from 2002 to 2004" happened over the three years), else None."""
    if last.precision not in ("year", "month", "day") or not (
        first.value.isdecimal() and last.value[:4].isdecimal() and last.latest
    ):
        return None
    join = _YEARS_JOIN.fullmatch(text[first.end : last.start])
    if join is None or not 0 < int(last.value[:4]) - int(first.value) <= _MAX_RANGE_YEARS:
        return None
    opened = _YEARS_OPEN.search(text, max(0, first.start - 30), first.start)
    if join.group().strip(" -–—") and not opened:
        return None  # "in the 1952 and 1954 treaties": two years, not the stretch between them
    if last.precision != "year" and not (
        opened and opened.group().lower().startswith("from") and "and" not in join.group()
    ):
        # "served from 1994 to Oct. 31, 2006" fills the stretch; "flights between early 2003 and
        # December" may name what the flights are, not when the verb's happening was
        return None
    # "from 1994 to Oct. 31, 2006": a stretch that ends on a day is no whole number of years
    return _stretched(text, first, last, precision=first.precision if last.precision == "year" else "none")


def _day(iso: str):
    try:
        return date.fromisoformat(iso)
    except ValueError:
        return None


def _between(first: str, last: str, text: str | None, resolution: Resolution) -> EventDate:
    """The days from ``first`` to ``last`` (ISO days) as an event's date: an interval, no calendar unit."""
    return EventDate(
        value=None,
        edtf=f"{first}/{last}",
        earliest=first,
        latest=last,
        precision="none",
        text=text,
        resolution=resolution,
        mention=0,
    )


def _inferred_day(iso: str, text: str | None) -> EventDate:
    """One day (ISO) worked out from a time the text gives, as an event's date (``inferred``)."""
    return EventDate(
        value=iso, edtf=iso, earliest=iso, latest=iso, precision="day", text=text, resolution="inferred", mention=0
    )


def _around_clause(trigger, index: TimexIndex) -> TimeExpr | None:
    """A time told around the trigger's clause rather than in it: a "when" clause's, a conjunct's
    shared one, the happening a relative clause says it took place in."""
    return _in_when_clause(trigger, index) or _shared_with_conjunct(trigger, index) or _within_happening(trigger, index)


def _within_happening(trigger, index: TimexIndex) -> TimeExpr | None:
    """The date of the happening a relative clause says it took place in ("a 1975 coup in which the
    leader was killed", "the 2003 riots, during which 40 people died", "the war when ..."): the
    noun's own time; None when the clause is no such relative clause or the noun has no date."""
    if trigger.dep_ != "relcl" or trigger.head.pos_ != "NOUN" or not is_trigger(trigger.head):
        return None
    within = any(
        c.dep_ == "prep"
        and c.lower_ in ("in", "during")
        and any(g.lower_ == "which" for g in children_with(c, ("pobj",)))
        or c.dep_ == "advmod"
        and c.lower_ == "when"
        for c in trigger.children
    )
    found = _in_clause(trigger.head, index) if within else None
    # a "19th century war in which Peru lost ..." places nothing within a year (GUIDELINES 3)
    return None if found is None or found.precision in ("decade", "century") else found


def from_timex(t: TimeExpr) -> EventDate:
    if t.mod in _OPEN_START and t.latest and _MEASURED_BACK.search(t.text):
        return _before_point(t)
    # "now", "currently" (PRESENT_REF) date an event to the day they stand for: written as that day
    value = t.earliest if t.value.endswith("_REF") and t.earliest and t.earliest == t.latest else t.value
    earliest, latest = t.earliest, t.latest
    if t.precision == "week" and "week of" in t.text.lower():
        earliest, latest = _week_of_month_days(t) or (earliest, latest)
    # "less than two years ago": the days from the point to the article's, no calendar unit
    within = t.mod in _OPEN_END and t.edtf is not None and "/" in t.edtf and _MEASURED_BACK.search(t.text)
    return EventDate(
        value=value,
        edtf=t.edtf if (earliest, latest) == (t.earliest, t.latest) else f"{earliest}/{latest}",
        earliest=earliest,
        latest=latest,
        precision="none" if within else t.precision,
        text=t.text,
        resolution=t.resolution,
        mention=0,
    )


# a point the happening lies before, at a time the words leave open ("more than 10 years ago")
_OPEN_START = ("BEFORE", "ON_OR_BEFORE")
_OPEN_END = ("AFTER", "ON_OR_AFTER")
OPEN_START_DAY = "0001-01-01"
# only a distance measured back leaves the start open: "less than a year later" is BEFORE its point
# too, but after the time it counts from, so the happening keeps the point's own interval
_MEASURED_BACK = re.compile(r"\b(?:ago|earlier|before)\s*$", re.IGNORECASE)


def _before_point(t: TimeExpr) -> EventDate:
    """ "founded more than 10 years ago" (2006): before the end of 1996, how long before the words
    leave open: EDTF "../1996", the value the TIMEX3 point. An event with no earliest day counts as
    undated (and would take a date from its story): its earliest is the first day the tool
    represents, so that a chronology lists it first, "before 1996"."""
    last = t.edtf if t.edtf and "/" not in t.edtf else t.latest
    return EventDate(
        value=t.value,
        edtf=f"../{last}",
        earliest=OPEN_START_DAY,
        latest=t.latest,
        precision="none",
        text=t.text,
        resolution=t.resolution,
        mention=0,
    )


_WEEK_OF_MONTH = re.compile(r"(?:the\s+)?(first|second|third|fourth|last|final)\s+week\s+of\b", re.IGNORECASE)
_WEEK_NUMBER = {"first": 0, "second": 1, "third": 2, "fourth": 3}


def _week_of_month_days(t: TimeExpr) -> tuple[str, str] | None:
    """ "the first week of October": news means its first seven days (October 1-7), not the ISO week
    the expression's value names (October 3-9 in 2005); "the last week of" its last seven days."""
    m = _WEEK_OF_MONTH.match(t.text)
    if m is None or not t.earliest or not t.latest:
        return None
    mid = date.fromisoformat(t.earliest) + timedelta(days=3)  # the week's Thursday: its month is the one named
    nth = m[1].lower()
    if nth in _WEEK_NUMBER:
        first = date(mid.year, mid.month, 1 + 7 * _WEEK_NUMBER[nth])
    else:
        first = date(mid.year, mid.month, monthrange(mid.year, mid.month)[1] - 6)
    return first.isoformat(), (first + timedelta(days=6)).isoformat()


_LOOKING_BACK = re.compile(
    r"(?:(?:in|over|during|for|within)\s+)?(?:the\s+|these\s+)?(?:past|last|previous|preceding)\s+"
    r"(?:(?P<n>\w+)\s+|(?:a\s+)?couple\s+of\s+)?(?P<unit>day|week|month|year|decade)s?(?:\s+alone)?",
    re.IGNORECASE,
)
_UNIT_CODES = {"D": "day", "W": "week", "M": "month", "Y": "year", "E": "decade"}


def _looking_back(t: TimeExpr, ref_date: str | None) -> TimeExpr | None:
    """ "in the past year", "over the last four months": the stretch of time that ends on the
    article's day (not the calendar year before it, which "last year" names), or None."""
    if not ref_date:
        return None
    m = _LOOKING_BACK.fullmatch(t.text.strip())
    if m is None or not (t.type == "DURATION" or t.text.lower().lstrip().startswith(("the ", "these "))):
        return None
    count, unit = 1, m["unit"].lower()
    if t.type == "DURATION":
        v = re.fullmatch(r"P(\d+)([DWMYE])", t.value)
        v = v or _few_back(t)
        if v is None:
            return None  # "the past weeks": how far back is not said
        count, unit = int(v[1]), _UNIT_CODES[v[2]]
    elif m["n"]:
        return None  # a dated "the last two years" is the tagger's own reading: keep it
    end = _day(ref_date)
    start = _back(end, count, unit) if end is not None else None
    if start is None or end is None:
        return None
    code = next(k for k, v in _UNIT_CODES.items() if v == unit)
    return replace(
        t,
        type="DATE",
        value=f"P{count}{code}",  # what it is: a stretch of time, here anchored on the article's day
        edtf=f"{start.isoformat()}/{end.isoformat()}",
        earliest=start.isoformat(),
        latest=end.isoformat(),
        precision="none",  # a span between two days, no calendar unit
        resolution="relative",
    )


# How far "the past few days", "the last few weeks", "over the past few months" reach back: a week,
# the month before the article (as "recently"), three months; "the past few years" is not placed
# within a year, and stays so.
_FEW_BACK = {"D": "7D", "W": "1M", "M": "3M"}


def _few_back(t: TimeExpr) -> re.Match | None:
    """ "the past few weeks" (PXW): the value of the shortest stretch it names, matched as the
    numbered ones are ("P3W"), or None."""
    v = re.fullmatch(r"PX([DWM])", t.value)
    if v is None or not re.search(r"\b(?:few|couple)\b", t.text, re.IGNORECASE):
        return None
    return re.fullmatch(r"P(\d+)([DWMYE])", "P" + _FEW_BACK[v[1]])


# "in days", "within weeks", "in the coming months", "over the next five years", "over the next
# decade": a stretch from the article's day on, when its clause tells what is to come ("will carry
# out the tests in days")
_LOOKING_AHEAD = re.compile(
    r"(?:(?:the\s+)?(?:coming|next)\s+(?:(?P<n>\w+)\s+|few\s+|couple\s+of\s+)?)?(?P<unit>day|week|month|year)s"
    r"|(?:the\s+)?(?:coming|next)\s+decade",
    re.IGNORECASE,
)
# How far an unnumbered "in days", "in the coming weeks", "in the next few months" reaches: ten days,
# six weeks, six months ("in the coming years" is not placed within a year)
_AHEAD_UNNUMBERED = {"D": ("day", 10), "W": ("week", 6), "M": ("month", 6)}


def _looking_ahead(doc, text: str, t: TimeExpr, ref_date: str | None) -> TimeExpr | None:
    """ "will carry out the tests in days", "will build roads in the next five years": the stretch
    from the article's day to as far ahead as it names, or None (a past "within days, the rebels had
    taken the town" counts from the story's time, not the article's). A counted length after "in"
    ("will visit the city in two weeks") is the time that far ahead (:func:`_counted_ahead`)."""
    if not ref_date or t.type != "DURATION":
        return None
    m = _LOOKING_AHEAD.fullmatch(t.text.strip())
    if m is None:
        return _counted_ahead(doc, text, t, ref_date)
    if _IN_A_STRETCH.search(text[max(0, t.start - 8) : t.start]) is None:
        return None
    v = re.fullmatch(r"P(\d+)([DWMY])", t.value)
    if v is not None:
        count, unit = int(v[1]), _UNIT_CODES[v[2]]
    elif (x := re.fullmatch(r"PX([DWM])", t.value)) is not None:
        unit, count = _AHEAD_UNNUMBERED[x[1]]
    else:
        return None
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    start = _day(ref_date)
    end = _back(start, -count, unit) if start is not None else None
    if span is None or start is None or end is None or direction(span, own_words=False) != "future":
        return None
    return replace(
        t,
        type="DATE",
        edtf=f"{start.isoformat()}/{end.isoformat()}",
        earliest=start.isoformat(),
        latest=end.isoformat(),
        precision="none",
        resolution="relative",
    )


# A counted length ("two weeks", "a month", "90 days", "five years' time") after "in" or "within"
_COUNTED_LENGTH = re.compile(
    r"(?:a|an|one|a\s+few|a\s+couple\s+of|\d+|[a-z]+(?:[\s-][a-z]+)?)\s+(?P<unit>day|week|month|year)s?",
    re.IGNORECASE,
)
_IN_OR_WITHIN = re.compile(r"\b(?P<prep>in|within)\s+$", re.IGNORECASE)
# what makes the length no time ahead: "in two days of talks", "in two weeks after the vote"
_NOT_AHEAD_AFTER = re.compile(r"\s+(?:of|ago|later|earlier|after|before|since|running|straight|in\s+a\s+row)\b", re.I)
# "the first visit in ten years", "its highest level in two weeks", "the third proposal in two weeks":
# a length looked back over
_LOOKED_BACK_OVER = re.compile(
    r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|last|only|\w+est"
    r"|most|least|record)\b",
    re.IGNORECASE,
)


# "three months from now": the length and "now" are two TIMEX3s (a DURATION and PRESENT_REF), and
# the time meant is the point that far ahead of the article's day, not the day itself
_FROM_NOW = re.compile(r"\s+from\s+now\b", re.IGNORECASE)
_WITHIN_RANGE = re.compile(r"\b(?P<prep>in|within)\s+(?:(?:a|an|\w+)\s+(?:or|to)\s+)?$", re.IGNORECASE)
_LENGTH_FROM = re.compile(r"\b(?:day|week|month|year)s?\s+from\s+$", re.IGNORECASE)


def _counted_from_now(text: str, t: TimeExpr) -> bool:
    """Whether ``t`` is the "now" of "three months from now" (the length dates, not "now")."""
    return t.text.lower() == "now" and _LENGTH_FROM.search(text, max(0, t.start - 16), t.start) is not None


def _counted_ahead(doc, text: str, t: TimeExpr, ref_date: str) -> TimeExpr | None:
    """ "will visit the city in two weeks", "will decide within 90 days": in a clause that tells
    what is to come, a counted length after "in" is the time that far from the article's day (the
    day for days and weeks, the month or the year for longer: "in six months" is about then) and one
    after "within" the stretch up to it; None for any other length, and for one a superlative looks
    back over ("will be the first visit in ten years"). A length before "from now" ("will resign
    three months from now") is the time that far ahead as after "in", whatever the clause's tense."""
    v = re.fullmatch(r"P(\d+)([DWMY])", t.value or "")
    from_now = _FROM_NOW.match(text, t.end) is not None
    # ("within two or three months from now": the stretch up to the farther)
    prep = (_WITHIN_RANGE if from_now else _IN_OR_WITHIN).search(text, max(0, t.start - 24), t.start)
    if v is None or (prep is None and not from_now) or _COUNTED_LENGTH.fullmatch(t.text.strip()) is None:
        return None
    sentence = text[max(0, t.start - 120) : t.start]
    sentence = sentence[max(sentence.rfind(". "), sentence.rfind("\n")) + 1 :]
    if not from_now and (_NOT_AHEAD_AFTER.match(text, t.end) or _LOOKED_BACK_OVER.search(sentence)):
        return None
    count, unit = int(v[1]), _UNIT_CODES[v[2]]
    start = _day(ref_date)
    end = _back(start, -count, unit) if start is not None and count > 0 else None
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None or start is None or end is None:
        return None
    if not from_now and direction(span, own_words=False) != "future":
        return None
    precision: Precision
    if prep is not None and prep["prep"].lower() == "within":
        first, last, precision = start, end, "none"
    elif unit in ("day", "week"):
        first, last, precision = end, end, "day"
    elif unit == "month":
        first, last, precision = end.replace(day=1), end.replace(day=monthrange(end.year, end.month)[1]), "month"
    else:
        first, last, precision = date(end.year, 1, 1), date(end.year, 12, 31), "year"
    return replace(
        t,
        type="DATE",
        edtf=f"{first.isoformat()}/{last.isoformat()}" if first != last else first.isoformat(),
        earliest=first.isoformat(),
        latest=last.isoformat(),
        precision=precision,
        resolution="relative",
    )


# "for the six months through Sept. 30", "in the year to March 1998", "the quarter ended June 30":
# a period of so many months that ends on the day or month written next
_PERIOD_TO = re.compile(
    r"\b(?:(?:the\s+)?(?:first\s+)?(?P<n>\w+)[\s-]+months?|(?P<unit>quarter|half|half-year|year|fiscal\s+year|"
    r"financial\s+year))\s+(?:through|to|ended|ending)\s+(?:the\s+end\s+of\s+)?$",
    re.IGNORECASE,
)
_PERIOD_MONTHS = {"quarter": 3, "half": 6, "half-year": 6, "year": 12}


def _periods_to(doc, text: str, timexes: Sequence[TimeExpr]) -> list[TimeExpr]:
    """The expressions with each day or month a period of so many months ends on stretched over the
    period (:func:`_period_to`) when the period says when a clause happened ("sold 3.83 million
    vehicles for the six months through Sept. 30", not "a budget for the year to March": the
    budget's); the period's own words ("the year" of "the year to March", "the quarter" of "the
    quarter ended June 30") are dropped: they name no calendar year or quarter."""
    out: list[TimeExpr] = []
    for t in timexes:
        found = _period_to(text, t)
        if found is not None and not _times_a_clause(doc, found[1]):
            found = None
        if found is None:
            out.append(t)
            continue
        period, opens = found
        out = [o for o in out if o.end <= opens]
        out.append(period)
    return out


# How many months or quarters "the first N" counts: a number word or figure from 2 to 11
_FIRST_COUNT = (
    r"(" + "|".join(k for k, v in SMALL_NUMBERS.items() if 2 <= v <= 11) + r"|[2-9]|1[01])\s+(months|quarters)"
)
# "the first nine months of 2005", "in the first 10 months (of) this year": the months from January
_FIRST_MONTHS = re.compile(
    r"\bfirst\s+" + _FIRST_COUNT + r"\s+(?:of\s+(?:the\s+(?:fiscal\s+)?year\s+)?)?$",
    re.IGNORECASE,
)
# "Jan.-Oct. this year": the stretch written as one expression that opens on January
_JANUARY_TO = re.compile(r"Jan(?:uary|\.)?\s*[-–]\s*([a-z]{3})", re.IGNORECASE)
# "the January-October period", "in January-September 2005": a stretch of months that opens the
# year, written with a dash
_FROM_JANUARY = re.compile(r"\bJan(?:uary|\.)?\s*[-–]\s*$", re.IGNORECASE)


def _months_counted(m: re.Match) -> int:
    """The months a match of :data:`_FIRST_COUNT` counts ("nine months": 9, "three quarters": 9)."""
    word = m[1].lower()
    return SMALL_NUMBERS.get(word, int(word) if word.isdecimal() else 0) * (3 if m[2].lower() == "quarters" else 1)


def _months_from_january(text: str, timexes: Sequence[TimeExpr], ref_date: str | None) -> list[TimeExpr]:
    """The expressions of a year that "the first N months (or quarters) of" opens, and of a month a
    "January-" opens, stretched over the months from January ("exports rose 20 percent in the first
    ten months of this year": January to October; "in the January-October period", "in Jan.-Oct.
    this year": not October, nor January, alone)."""
    out: list[TimeExpr] = []
    for t in timexes:
        year = t.value[:4]
        if not year.isdecimal() or not t.earliest or not t.latest:
            out.append(t)
            continue
        last = 0
        opens = t.start
        precision = t.precision
        if t.precision == "year" and len(t.value) == 4:
            m = _FIRST_MONTHS.search(text, max(0, t.start - 60), t.start)
            if m is not None:
                last = _months_counted(m)
                opens = m.start()
                precision = "quarter"  # months of a year, as "the first half" is: no era of the story
        elif t.precision == "month" and t.value[5:7].isdecimal() and int(t.value[5:7]) > 1:
            m = _FROM_JANUARY.search(text, max(0, t.start - 12), t.start)
            if m is not None:
                last, opens = int(t.value[5:7]), m.start()
        elif t.precision == "month" and t.value[5:7] == "01" and (m := _JANUARY_TO.match(t.text)) is not None:
            last = MONTHS.get(m[1].lower(), 0)
        if not 2 <= last <= 11:
            out.append(t)
            continue
        end = f"{year}-{last:02d}-{monthrange(int(year), last)[1]:02d}"
        out = [o for o in out if o.end <= opens]  # "January" of "January-October": one expression
        out.append(
            replace(
                t,
                start=opens,
                text=text[opens : t.end],
                earliest=f"{year}-01-01",
                latest=end,
                edtf=f"{year}-01/{year}-{last:02d}",
                precision=precision,
            )
        )
    return _months_of_this_year(text, out, ref_date)


# "the first nine months" with no year after it: of the article's own year, once they are over
_FIRST_MONTHS_ALONE = re.compile(
    r"\bthe\s+first\s+" + _FIRST_COUNT + r"\b(?!\s+(?:of|this|last|next|in|on|at|after|since|as)\b)(?!\s*')",
    re.IGNORECASE,
)


# "In the nine months, net rose 4.3%": a results story's months from January with no "first"
_MONTHS_OF_A_REPORT = re.compile(
    r"(?:(?<=\b[Ii]n\s)|(?<=\b[Ff]or\s))the\s+" + _FIRST_COUNT + r"(?=\s*[,;])", re.IGNORECASE
)


def _months_of_this_year(text: str, timexes: list[TimeExpr], ref_date: str | None) -> list[TimeExpr]:
    """``timexes`` with "the first N months" (or quarters) a report names with no year ("Wastewater
    discharges rose 2.4 percent in the first nine months") added as the months from January of the
    article's year, when they ended before the article was written; not in a text that names
    another year before them in their sentence, nor someone's first months ("in the first six
    months in office", "his first three months as coach")."""
    if not ref_date or not ref_date[:4].isdecimal():
        return timexes
    # (both patterns need "months" or "quarters", which only their letters in either case, or a long
    # s for the s, spell: most texts, no scan by them)
    low = text.lower()
    if "months" not in low and "quarters" not in low and "\u017f" not in text:
        return timexes
    year = int(ref_date[:4])
    added: list[TimeExpr] = []
    for m in (*_FIRST_MONTHS_ALONE.finditer(text), *_MONTHS_OF_A_REPORT.finditer(text)):
        last = _months_counted(m)
        if not 2 <= last <= 11 or any(t.start < m.end() and m.start() < t.end for t in timexes):
            continue
        end = f"{year}-{last:02d}-{monthrange(year, last)[1]:02d}"
        opens = max(text.rfind(".", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
        if end >= ref_date or any(opens <= t.start < m.start() and t.precision == "year" for t in timexes):
            continue
        added.append(
            TimeExpr(
                start=m.start(),
                end=m.end(),
                text=m.group(),
                type="DATE",
                value=str(year),
                edtf=f"{year}-01/{year}-{last:02d}",
                earliest=f"{year}-01-01",
                latest=end,
                precision="quarter",
                resolution="relative",
            )
        )
    return sorted([*timexes, *added], key=lambda t: t.start) if added else timexes


def _times_a_clause(doc, at: int) -> bool:
    """Does the period whose words begin at character ``at`` hang on a verb through "in", "during",
    "for", "over" ("sold ... for the six months through Sept. 30", "rose 43 percent during the year
    to March"), not on a noun ("fuel requirements for the rest of the financial year ending June")?"""
    t = tables(doc)
    i = bisect_right(t.idx, at) - 1
    if i < 0:
        return False
    tok = doc[i]
    while tok.dep_ in ("det", "amod", "nummod", "compound") and tok.head.i != tok.i:
        tok = tok.head  # "the six months": the unit word
    prep = tok.head
    return (
        tok.dep_ == "pobj"
        and prep.lower_ in ("in", "during", "for", "over")
        and prep.head.pos_ in ("VERB", "AUX")
        and prep.head.i != prep.i
    )


def _period_to(text: str, t: TimeExpr) -> tuple[TimeExpr, int] | None:
    """ "sold 3.83 million vehicles for the six months through Sept. 30": the six months that end on
    that day (April 1 to September 30), not the day itself; "losses for the year to March 1998" the
    twelve months up to that March; with where the period's words begin. None for an expression no
    such period ends on."""
    if t.precision not in ("day", "month") or not t.latest:
        return None
    m = _PERIOD_TO.search(text, max(0, t.start - 40), t.start)
    if m is None:
        return None
    if m["unit"]:
        count = _PERIOD_MONTHS[m["unit"].lower().split()[-1]]
    else:
        word = m["n"].lower()
        count = SMALL_NUMBERS.get(word, int(word) if word.isdecimal() else 0)
    end = _day(t.latest)
    if end is None or not 0 < count <= 24:
        return None
    if end.day == monthrange(end.year, end.month)[1]:
        y, mo = _add_months(end.year, end.month, 1 - count)
        start = date(y, mo, 1)
    else:
        back = _back(end, count, "month")
        if back is None:
            return None
        start = back + timedelta(days=1)
    first, last = start.isoformat(), end.isoformat()
    # a stretch of days, as "December 15-16" is: dated by it, a happening told over it
    # (the period's words are the expression's: "the quarter ended June 30" dates what "quarter" hangs on)
    at = m.start() + len(m.group()) - len(m.group().lstrip())
    period = replace(
        t,
        start=at,
        text=text[at : t.end],
        value=f"{first}/{last}",
        edtf=f"{first}/{last}",
        earliest=first,
        latest=last,
        precision="day",
    )
    return period, at


_EARLIER_LATER = re.compile(r"(earlier|later)\s+(?:in\s+)?this\s+(?:week|month|year)", re.IGNORECASE)


def _part_before_or_after(t: TimeExpr, ref_date: str | None) -> TimeExpr | None:
    """ "earlier this week" in an article of Thursday is Monday to Wednesday, "later this month"
    the days after the article's: the part of the period before (or after) the article's day, or None."""
    m = _EARLIER_LATER.fullmatch(t.text.strip())
    if m is None or not ref_date or not t.earliest or not t.latest or not t.earliest <= ref_date <= t.latest:
        return None
    ref = _day(ref_date)
    if ref is None:
        return None
    if m[1].lower() == "earlier":
        last = (ref - timedelta(days=1)).isoformat()
        if last < t.earliest:
            return None
        return replace(t, latest=last, edtf=f"{t.earliest}/{last}", precision="none")
    first = (ref + timedelta(days=1)).isoformat()
    if first > t.latest:
        return None
    return replace(t, earliest=first, edtf=f"{first}/{t.latest}", precision="none")


_YEAR_END = re.compile(r"(?:the\s+)?(?:year[- ]end|year's\s+end|end\s+of\s+the\s+year)", re.IGNORECASE)


def _year_end_ahead(when: EventDate, trigger, ref_date: str | None) -> EventDate:
    """ "the lists expire at the end of the year", "will close at year-end" in an article of
    December 6: the year's end still ahead, from the day after the article's to December 31, not
    months already gone (the last third of the year is what "the end of the year" names); a past
    told at the year's end keeps it."""
    if not ref_date or not when.earliest or not when.latest or not when.text:
        return when
    if not _YEAR_END.fullmatch(when.text.strip()) or not when.earliest <= ref_date < when.latest:
        return when
    verb = _noun_verb(trigger)
    if verb is None or verb.pos_ not in ("VERB", "AUX") or tense(verb) == "past":
        return when
    ref = _day(ref_date)
    if ref is None:
        return when
    first = (ref + timedelta(days=1)).isoformat()
    return replace(when, earliest=first, edtf=f"{first}/{when.latest}")


def _back(end: date, count: int, unit: str) -> date | None:
    if unit in ("day", "week"):
        return end - timedelta(days=count * (7 if unit == "week" else 1))
    y, m = _add_months(end.year, end.month, -count * {"month": 1, "year": 12, "decade": 120}[unit])
    if y < 1:
        return None
    return date(y, m, min(end.day, monthrange(y, m)[1]))


def day_only(date: EventDate) -> EventDate:
    """``date`` without its time of day ("late Sunday" is Sunday), the interval unchanged."""
    value = date.value
    if not value or "T" not in value or not date.earliest:
        return date
    day = value[: value.index("T")]
    return replace(date, value=day, edtf=day, precision="day" if date.precision != "none" else date.precision)


def from_reference(ref: str) -> EventDate:
    return EventDate(
        value=ref,
        edtf=ref,
        earliest=ref,
        latest=ref,
        precision="day",
        text=None,
        resolution="reference",
        mention=0,
    )


def at_the_time(verb) -> bool:
    """ "A US military official told AFP at the time that the major's body was missing": done then,
    at a time the story told before, not on the article's day."""
    t = tables(verb.doc)
    lower = lowered(verb.doc)
    for c in t.children[verb.i]:
        if t.deps[c] == "prep" and lower[c] == "at":
            for obj in t.children[c]:
                if t.deps[obj] == "pobj" and lower[obj] == "time":
                    dets = [lower[g] for g in t.children[obj] if t.deps[g] == "det"]
                    if dets in (["the"], ["that"]) and not any(t.deps[g] == "amod" for g in t.children[obj]):
                        return True  # (not "at the same time", "at the right time")
    return False


UNDATED = EventDate()
# The era of a story told in a past that names no time ("last season", "in the past")
UNKNOWN_PAST = EventDate(value="PAST_REF")


# Tokens that open a direct quote after its verb of saying
_QUOTE_OPENINGS = frozenset({'"', "“", "``", "‘", "'", ":"})


def said_when(clause) -> range:
    """The words that tell when a reported clause was said (:func:`attribution.said_when`: "the
    company said on Monday it would cut jobs"), not the opening words of a direct quote ('replied:
    "In 1990, we had hope ..."'): the speaker's words, which tell of their own time."""
    gap = _said_gap(clause)
    doc = clause.doc
    for i in gap:
        if doc[i].text in _QUOTE_OPENINGS:
            return range(gap.start, i)
    return gap


def _in_clause(head, index: TimexIndex) -> TimeExpr | None:
    memo = index.in_clause
    if head.i not in memo:
        memo[head.i] = (
            _search_clause(head, index) or _in_content_participle(head, index) if _timed_below(head, index) else None
        )
    return memo[head.i]


def _timed_below(head, index: TimexIndex) -> bool:
    """Is a token of an expression among the head's subtree's words, from its left edge to its right
    one? Every word :func:`_search_clause` and :func:`_in_content_participle` look at is (its clause,
    the words between it and a clause it reports, a participle on one of its nouns): with none, both
    find nothing, and most clauses name no time."""
    timed = index._timed
    if not timed:
        return False
    memo = index.timed_below
    found = memo.get(head.i)
    if found is None:
        k = bisect_left(timed, head.left_edge.i)
        found = memo[head.i] = k < len(timed) and timed[k] <= head.right_edge.i
    return found


# Participles whose content is a time: "a report forecasting slower growth in 2008", "a decree
# setting the vote for Sunday" (the year and the day are what the text says).
_TIME_IN_CONTENT = frozenset("forecast predict project estimate expect set fix schedule envisage plan".split())


def _in_content_participle(head, index: TimexIndex) -> TimeExpr | None:
    """A time hung on a participle that tells a text's content, on a noun of a verb's clause with
    no time of its own ("published a report attacking the minister on Monday", "signed an accord
    defining their ties on Tuesday": the parser hangs the day on the participle): the text's content
    has no day (factuality.what_a_text_does), the verb that publishes or signs it does. Only a time
    hung on the participle itself, not one inside its object ("a report attacking the raid on
    Monday": the raid's)."""
    if head.pos_ not in ("VERB", "AUX"):
        return None
    doc = head.doc
    t = tables(doc)
    for i in clause_indices(head):
        if t.pos[i] != "NOUN" or i == head.i:
            continue
        for c in t.children[i]:
            if t.deps[c] != "acl" or t.tags[c] not in ("VBG", "VBN"):
                continue  # (what_a_text_does asks for that: no Token made for the rest)
            part = doc[c]
            if t.tags[c] == "VBN":
                if not _acted_on(t, i, head.i) or is_trigger(doc[i]):
                    # ("rose from 193 million units valued at 1.2 billion a day earlier": the base's
                    # time; "condemned the raid carried out on Wednesday": the happening's own)
                    continue
                found = _reduced_relatives_day(part, head, index)
                if found is not None:
                    return found
                continue
            if part.lemma_.lower() in _TIME_IN_CONTENT:
                continue
            text_content = what_a_text_does(part)
            found = _in_clause(part, index)
            if found is None or not _hung_on(found, part, index):
                continue
            if text_content or (part.lemma_.lower() not in _SPAN_EDGES and _day_of_a_past(found, head, index)):
                # "a train struck two workers repairing the track on Monday": what the workers were
                # doing goes on at the striking, whose day the parser hung on the participle (not a
                # span's edge: "the ceasefire, beginning on Sunday, was brokered by Egypt")
                return found
    return None


# The nouns of a clause a participle on which may carry the clause's day: what it acts on, its object
# or passive subject (not a subject that tells, "a report published on Tuesday showed", nor the
# object of a preposition: "said in a statement received on Thursday", "rose from 193 million units
# valued at 1.2 billion a day earlier").
_ACTED_ON = frozenset({"dobj", "nsubjpass"})


def _acted_on(t, noun: int, head: int) -> bool:
    return t.heads[noun] == head and t.deps[noun] in _ACTED_ON


def _reduced_relatives_day(part, head, index: TimexIndex) -> TimeExpr | None:
    """A day hung on a past participle after a noun of a past clause with no time of its own
    ("seized gold bars made of stolen jewellery on Friday", "found a boat loaded with migrants on
    Sunday"): the parser hangs the clause's day on the participle, which only says what the noun
    is; the day is the verb's. Not a participle's own time ("a bank founded in 1882": a year), one
    set off by commas (its own clause, :func:`_describes_noun`), one after "to be" or with its own
    subject, nor one of a span's edge."""
    lemma = part.lemma_.lower()
    if is_infinitive(part) or lemma in _SPAN_EDGES or lemma in _TIME_IN_CONTENT or lemma in _SCHEDULING:
        # participles that set a time for their noun ("a memorial service planned for Saturday was
        # canceled": the service's time)
        return None
    if part.i == 0 or part.doc[part.i - 1].text == ",":
        return None
    if any_child(part, ("nsubj", "nsubjpass", "aux", "auxpass", "mark")):
        return None
    found = _in_clause(part, index)
    if found is None or not _hung_on(found, part, index) or not _day_of_a_past(found, head, index):
        return None
    doc = part.doc
    by_token = index._by_token
    if any(
        by_token.get(i) is found and doc[i].head.lower_ == "for" for i in range(part.left_edge.i, part.right_edge.i + 1)
    ):
        return None  # "a concert put off for Saturday": a time set for the noun
    return found


def _day_of_a_past(t: TimeExpr, verb, index: TimexIndex) -> bool:
    """Is ``t`` a day no later than the story's, and ``verb`` a simple past, active or passive
    ("struck", "was struck")? ("Sterling fell on uncertainty surrounding an election on May 1" told
    in April: the election's day, still ahead, is not the fall's.)"""
    if t.type != "DATE" or t.precision != "day" or not t.latest:
        return False
    if index.ref_date and t.latest > index.ref_date:
        return False
    return _past_finite(verb)


def _past_finite(verb) -> bool:
    """A verb told in the simple past, active or passive ("struck", "was struck")."""
    if verb.tag_ == "VBD":
        return not any_child(verb, ("aux",))
    return verb.tag_ == "VBN" and any(c.tag_ == "VBD" for c in children_with(verb, ("auxpass",)))


def _hung_on(timex: TimeExpr, verb, index: TimexIndex) -> bool:
    """Is the expression an adjunct of ``verb`` itself ("attacking him on Monday", "... Monday"),
    not part of one of its nouns?"""
    doc = verb.doc
    for i in range(verb.left_edge.i, verb.right_edge.i + 1):
        if index._by_token.get(i) is not timex:
            continue
        tok = doc[i]
        if tok.head.i == verb.i or tok.head.dep_ == "prep" and tok.head.head.i == verb.i:
            return True
    return False


def _search_clause(head, index: TimexIndex) -> TimeExpr | None:
    """The expression that dates the head's clause, of those among its words (:func:`_nearest_in_clause`)."""
    if not _may_find_in_clause(head, index._by_token):
        return None
    return _nearest_in_clause(head, index)


def _nearest_in_clause(head, index: TimexIndex) -> TimeExpr | None:
    by_token = index._by_token
    best = None
    best_dist = 0
    found: list[TimeExpr] = []
    dists: dict[int, int] = {}
    heads = None
    stop = head.i
    lent = said_when(head)  # a reported clause lends its saying the words that tell when it was said
    candidates = [i for i in clause_indices(head, participles=True) if i not in lent]
    reported = _reported_by_when(head, index)
    if reported:
        candidates = [i for i in candidates if i not in reported]
    if head.lemma_.lower() not in SPEECH_VERBS:
        earlier = _told_before(head)
        if earlier:
            candidates = [i for i in candidates if i not in earlier]
    doc = head.doc
    tbl = tables(doc)
    deps, tags = tbl.deps, tbl.tags
    for c in tbl.children[head.i]:
        if deps[c] == "ccomp":
            candidates.extend(said_when(doc[c]))
    # (a Token only for a participle of a clause of its own: see _describes_noun)
    described = [
        doc[i]
        for i in candidates
        if i != head.i and deps[i] == "advcl" and tags[i] == "VBN" and _describes_noun(doc[i])
    ]
    if described:
        # "the bank, founded in 1882, ...": the participle's own time, not the clause's
        theirs = {j for p in described for j in range(p.left_edge.i, _participle_end(p))}
        candidates = [i for i in candidates if i not in theirs]
    for i in candidates:
        t = by_token.get(i)
        if (
            t is not None
            and id(t) not in index.bounds
            and head.idx >= index.deep_bounds.get(id(t), -1)
            and not _qualifies_a_noun(i, t, head)
            and not _recounted_time(i, t, head)
            and not _before_a_perfect(i, t, head)
            and not _on_what_is_acted_on(i, t, head)
            and not _past_of_a_happening_planned_on(i, t, head)
        ):
            # the expression closest to the head in the tree wins ("on Friday" over a nested one)
            if heads is None:
                heads = tables(head.doc).heads
            dist = 0
            bound = False
            while i != stop and heads[i] != i:
                below, i = i, heads[i]
                dist += 1
                bound = bound or (
                    i != stop
                    and head.doc[i].lower_ in _SPAN_WORDS | _CONTRASTS
                    and not (head.doc[i].lower_ in ("before", "after") and _DAY_EDGE.match(head.doc[below].text))
                )
            if bound:
                # "the biggest drop since the attack in 2001": the bound's own date; "in stark
                # contrast to their boycott of an election in January": the other happening's
                continue
            if best is None or dist < best_dist:
                best, best_dist = t, dist
            found.append(t)
            dists[id(t)] = min(dist, dists.get(id(t), dist))
    if best is not None and best.precision == "day" and len(found) > 1:
        # "on Monday announced the suspension of classes Thursday": of two days the clause names
        # about as near in the tree, the verb's is the one written next to it
        near = {id(t): t for t in found if t.precision == "day" and dists[id(t)] <= best_dist + 1}
        if len({t.earliest for t in near.values()}) > 1:
            at = head.idx
            best = min(near.values(), key=lambda t: min(abs(t.start - at), abs(t.end - at)))
    if best is not None and best.value == "PRESENT_REF" and len(found) > 1:
        # "are now searching the rubble on Tuesday", "which is currently scheduled for March 2008":
        # "now" places the clause in the story's time; a calendar time beside it says when
        named = [t for t in found if _CALENDAR_VALUE.match(t.value or "") and _hung_on(t, head, index)]
        if named:
            best = min(named, key=lambda t: dists[id(t)])
    if best is not None and len(found) > 1:
        # "earlier this year ... on Friday": a day inside the clause's period says more
        inside = [t for t in found if t is not best and _within(t, best)]
        if inside:
            best = min(inside, key=lambda t: (t.latest or "", t.start))
    return best


def _may_find_in_clause(head, by_token: dict[int, TimeExpr]) -> bool:
    """Is a token of an expression among the words :func:`_nearest_in_clause` looks at at most (its
    clause, and the words of a clause it reports that tell when it was said)? With none, it finds
    nothing: asked first, before the words it leaves out are worked out (the expression under the
    head, :func:`_timed_below`, is most often in a clause of its own)."""
    if any(i in by_token for i in clause_indices(head, participles=True)):
        return True
    t = tables(head.doc)
    return any(i in by_token for c in t.children[head.i] if t.deps[c] == "ccomp" for i in said_when(head.doc[c]))


def _reported_by_when(head, index: TimexIndex) -> set[int]:
    """The words of an "according to" phrase of a clause told in the future, and a time written
    right after it at the sentence's end ("will visit Japan, according to sources with the ministry
    on Tuesday", "... according to sources Thursday."): when the source spoke, not when what it
    foretells will be (told in the past, the source's day stands for the deed's, as a saying's does:
    "37 people were arrested, the radio said late Sunday")."""
    tb = tables(head.doc)
    lower, deps = lowered(head.doc), tb.deps
    sources = [head.doc[c] for c in tb.children[head.i] if lower[c] == "according" and deps[c] == "prep" and c > head.i]
    if not sources or head.pos_ not in ("VERB", "AUX") or verb_direction(head) != "future":
        return set()  # (the phrase first: the direction is the dear part, and most clauses have none)
    doc = head.doc
    out: set[int] = set()
    for c in sources:
        end = c.right_edge.i + 1
        out.update(range(c.i, end))
        t = index._by_token.get(end)
        if t is not None:
            last = end
            while index._by_token.get(last + 1) is t:
                last += 1
            if last + 1 >= len(doc) or doc[last + 1].is_sent_start or doc[last + 1].text in (".", "!", '"'):
                out.update(range(end, last + 1))
    return out


# Past participles of being asked, told with what one then says or does ("Asked about the plan on
# Monday, the minister criticised the unions").
_ASKED = frozenset("ask question interview contact reach press quote approach".split())


def _told_before(head) -> set[int]:
    """The tokens of the past-participle adjuncts of a clause ("Born in 1933, Brown moved at the age
    of four to Augusta", "Elected in 2004, he resigned"): what happened before its clause, whose
    date is not the clause's. A present participle ("Speaking on Friday, he warned") happens with
    its clause, as being asked does with the answer ("Asked on Monday about the plan, she criticised
    the unions")."""
    t = tables(head.doc)
    out: set[int] = set()
    for c in t.children[head.i]:
        if (
            t.deps[c] == "advcl"
            and t.tags[c] == "VBN"
            and c < head.i
            and head.doc[c].lemma_.lower() not in _ASKED
            and not any(t.deps[g] in ("nsubj", "nsubjpass", "mark", "aux", "auxpass") for g in t.children[c])
        ):
            out.update(clause_indices(head.doc[c], participles=True))
    return out


def dated_before(trigger, index: TimexIndex) -> bool:
    """Does an undated clause follow a dated past-participle adjunct ("Born in 1933, Brown moved at
    the age of four to Augusta")? It happened after that date, at a time the text does not name:
    the story moves to a past with no day (:data:`UNKNOWN_PAST`), not to the adjunct's date."""
    if not index or trigger.pos_ not in ("VERB", "AUX") or trigger.lemma_.lower() in SPEECH_VERBS:
        return False
    by_token = index._by_token
    return any(i in by_token for i in _told_before(trigger))


def _describes_noun(tok) -> bool:
    """A past participle set off after a noun ("sold a stake of the bank, founded in 1882, to
    ...", "accused it of using sanctions, announced on Tuesday, to ..."), or right after it with
    its "by" agent ("the rebate won by Thatcher in 1984"): it tells what the noun is, as a relative
    clause would (the parser hangs it on the verb), and its date is its own."""
    if tok.dep_ != "advcl" or tok.tag_ != "VBN" or tok.i < 2 or tok.i < tok.head.i:
        return False
    doc = tok.doc
    if doc[tok.i - 1].pos_ in ("NOUN", "PROPN") and any_child(tok, ("agent",)):
        pass  # "savaged him for compromising on the rebate won by Thatcher in 1984": the rebate's
    elif doc[tok.i - 1].text != "," or doc[tok.i - 2].pos_ not in ("NOUN", "PROPN"):
        return False
    return not any_child(tok, ("nsubj", "nsubjpass", "mark", "aux", "auxpass"))


def _participle_end(tok) -> int:
    """Where a participle set off by commas ends: at its closing comma ("the bank, founded in
    1882, to ... in 1995": the parser may hang what follows on it too)."""
    for c in tok.rights:
        if c.text == ",":
            return c.i
    return tok.right_edge.i + 1


def _within(inner: TimeExpr, outer: TimeExpr) -> bool:
    """Is ``inner`` a day inside the period ``outer`` (the whole of it: "earlier this year" is
    the year)?"""
    if inner.precision != "day" or outer.precision == "day" or not (inner.earliest and inner.latest):
        return False
    whole = interval(outer.value)
    if not whole.earliest or not whole.latest:
        return False
    return whole.earliest <= inner.earliest <= inner.latest <= whole.latest


# Words that make what they govern a bound of the clause above, however deep the date sits in it
# the words that bound a span of time by another happening: their object's date is that happening's
# ("the biggest drop since the attack in 2001", "campaigned ahead of Sunday's election")
_SPAN_WORDS = frozenset({"since", "until", "till", "after", "before", "ahead", "prior"})
# Words that set another happening against the clause's: what they govern has a time of its own
_CONTRASTS = frozenset({"contrast", "unlike", "than", "despite", "notwithstanding", "compared"})

_NOUN_MODIFIERS = frozenset({"amod", "compound", "nmod", "poss", "appos"})


_NOW_INCLUDED = re.compile(r"\b(?:this|so\s+far|today|now|tonight)\b", re.IGNORECASE)


def _before_a_perfect(i: int, timex: TimeExpr, head) -> bool:
    """ "The death toll from a colliery blast in north China last week has risen to 40": a past
    time written after the subject and before the auxiliary of a present perfect (which takes
    no past time of its own) is the time of the happening the subject names, not of the clause."""
    t = tables(head.doc)
    if t.tags[head.i] != "VBN":  # (the cheap test first: it is asked for every word of a clause's times)
        return False
    kids = t.children[head.i]
    lower = lowered(head.doc)
    have = [c for c in kids if t.deps[c] == "aux" and lower[c] in ("has", "have", "'ve", "'s")]
    subject = [c for c in kids if t.deps[c] in ("nsubj", "nsubjpass")]
    if not have or _NOW_INCLUDED.search(timex.text):
        return False
    if i > head.i and _DEFINITE_PAST.search(timex.text):
        # "has sent a team to recover the remains of an engineer kidnapped two years ago", "has been
        # arrested in connection with the bombings of the embassies last year": a present perfect
        # takes no definite past time; it is the time of the participle or the happening written
        # before it, however the parser hangs it
        doc = head.doc
        return any(
            (t.deps[j] == "acl" and t.tags[j] == "VBN") or (t.pos[j] == "NOUN" and is_trigger(doc[j]))
            for j in range(head.i + 1, i)
        )
    return bool(subject) and subject[0] < i < min(have)


# Past times a present perfect cannot take ("has arrived two days ago" is not English)
_DEFINITE_PAST = re.compile(r"\bago$|^last\s+(?:year|month|week)$|^yesterday$", re.IGNORECASE)


# Nouns of occasions a verb takes part in at their time ("won the May election")
_TAKEN_PART_IN = (
    OCCASIONS
    | CONTESTS
    | frozenset("election elections poll polls vote referendum race final finals primary primaries season".split())
)


def _on_what_is_acted_on(i: int, timex: TimeExpr, head) -> bool:
    """ "Rebels violated the July 2003 ceasefire on Monday", "to strengthen the February 2002
    truce": a month or a year written on the noun a verb acts on names that noun (made then), not
    when the verb happened; not on a noun the verb stages ("held the March 2005 elections")."""
    if timex.precision not in ("month", "season", "quarter", "year", "decade"):
        return False
    t = tables(head.doc)
    top = i
    while t.heads[top] != top and timex.start <= t.idx[t.heads[top]] < timex.end:
        top = t.heads[top]
    noun = t.heads[top]
    if t.deps[top] not in _NOUN_MODIFIERS or t.deps[noun] != "dobj" or t.heads[noun] != head.i or noun == top:
        return False
    if t.pos[noun] not in ("NOUN", "PROPN") or lowered(head.doc)[noun] in _TAKEN_PART_IN:
        return False  # "won the May election", "played in the 2002 final": at the occasion's time
    staged = support_verb(head.doc[noun])
    return staged is None or staged.i != head.i


# Verbs that tell again what happened: "recalled events in the early 1980s"
_RECALLING = frozenset("recall recount describe remember relate narrate".split())


def _recounted_time(i: int, timex: TimeExpr, head) -> bool:
    """ "She recalled events in the early 1980s", "the witness described the massacre in 1982": a
    year or an era written after what a verb of recounting tells is the time of what is told, not
    of the telling (a day may be the telling's: "described the attack on Tuesday")."""
    if timex.precision not in ("year", "decade", "century") or head.lemma_.lower() not in _RECALLING:
        return False
    t = tables(head.doc)
    return any(t.deps[c] == "dobj" and c < i for c in t.children[head.i])


# Words that make a time one gone by, a point of the past ("last month", "six months ago"), not a
# stretch up to now (_UP_TO_NOW): what a plan acts on was done then
_BACK_WORDS = frozenset(("last", "yesterday", "ago", "earlier"))


def _past_of_a_happening_planned_on(i: int, timex: TimeExpr, head) -> bool:
    """ "was expected to brief the king on his talks last month", "voted to appoint a judge to
    look into the senator's win last November": a time looking back, written right after a
    happening the plan acts on, dates that happening (the parser hangs it on the verb); a plan
    told ahead is not done in a time gone by."""
    if not is_infinitive(head) or not head.i < i:
        return False
    doc = head.doc
    words = doc_text(doc)[timex.start : timex.end].lower().split()
    if not words or not (words[0] in _BACK_WORDS or words[-1] in _BACK_WORDS):
        return False
    host = head.head
    if (
        head.dep_ == "acl"
        and host.pos_ == "NOUN"
        and is_trigger(host)
        or head.dep_ == "advcl"
        and host.tag_ == "VBD"
        and not any_child(head, ("mark",))
    ) and host.i < head.i:
        # "launched their offensive to topple the president more than six months ago": the
        # purpose of a happening named before it is not done in a time gone by; the time is the
        # happening's
        return True
    before = _after_a_happening(doc, i, timex)
    return before is not None and before.i in subtree_indices(head)


def _after_a_happening(doc, i: int, timex: TimeExpr):
    """The event noun an expression is written right after ("his talks last month"), or None."""
    first = i
    while first > 0 and doc[first - 1].idx >= timex.start:
        first -= 1
    if first == 0:
        return None
    before = doc[first - 1]
    if before.pos_ != "NOUN" or not is_trigger(before) or before.dep_ not in ("pobj", "dobj"):
        return None
    return before


def _written_after_it(trigger, index: TimexIndex) -> TimeExpr | None:
    """The time looking back written right after a happening a plan acts on ("to look into the
    senator's win last November": the win's), which the parser hangs on the plan's verb. Only a
    time of the infinitive's own clause: one in a clause below it is that clause's ("turned out to
    urge tolerance after mobs attacked a beach last Sunday": the attack's day, not the turnout's)."""
    tb = tables(trigger.doc)
    for ci in tb.children[trigger.i]:
        if tb.deps[ci] not in ("acl", "advcl"):
            continue  # no Token made for the other children
        c = trigger.doc[ci]
        if is_infinitive(c):
            # "their offensive to topple the president six months ago": the offensive's time
            for i in clause_indices(c, participles=True):
                t = index._by_token.get(i)
                if (
                    t is not None
                    and _after_a_happening(c.doc, i, t) is None
                    and _past_of_a_happening_planned_on(i, t, c)
                ):
                    return t
    if tb.pos[trigger.i] != "NOUN" or trigger.i + 1 >= len(trigger.doc):
        return None
    found = index._by_token.get(trigger.i + 1)
    if found is None or found.start != trigger.doc[trigger.i + 1].idx:
        return None
    for head in governors(trigger):
        if head.pos_ in ("VERB", "AUX"):
            return found if _past_of_a_happening_planned_on(trigger.i + 1, found, head) else None
    return None


def _qualifies_a_noun(i: int, timex: TimeExpr, head) -> bool:
    """ "his annual, end-of-the-year news conference", "last year's final": a vague date that
    qualifies another noun than the trigger says what kind of thing it is, not when the clause
    happened (a day does: "in a Wednesday media event, Apple released ..."); so does a year on the
    thing a clause acts on ("to revise the 1952 law"), but not on where or when it acts ("died in
    the 1922 civil war")."""
    t = tables(head.doc)
    top = i
    while t.heads[top] != top and timex.start <= t.idx[t.heads[top]] < timex.end:
        top = t.heads[top]  # the expression's own head word
    h = t.heads[top]
    j = h
    while j != head.i and t.heads[j] != j:
        if t.deps[j] == "appos" and t.pos[j] == "NOUN" and t.pos[t.heads[j]] == "PROPN":
            # "defending Farhan, the former head of intelligence during Operation Anfal in the
            # 1980s": a date in a description set after a name tells who or what the name is
            return True
        if t.deps[j] == "appos" and t.pos[j] == "NOUN" and t.pos[t.heads[j]] == "NOUN" and not is_trigger(head.doc[j]):
            # "steelmakers, a key factor in gains Tuesday, were hit": what the noun is (not a
            # happening told again: "the blast, an attack on a police post on Monday")
            return True
        j = t.heads[j]
    if _on_a_plain_noun(t, top, head):
        return False
    if t.deps[top] == "compound" and lowered(head.doc)[h] == "time" and _COUNTED_LENGTH.fullmatch(timex.text.strip()):
        return False  # "in five years time": the length is the time, no kind of thing
    if timex.value == "PRESENT_REF" and t.deps[top] == "amod" and t.pos[h] in ("NOUN", "PROPN") and h != head.i:
        return True  # "the father of the current president": who holds the office now, not when
    if t.deps[top] == "det":
        # "the summer war", "the weekend grenade attack": "the" is the determiner of the noun the
        # expression qualifies
        lo, hi = i, i
        while lo > 0 and t.idx[lo - 1] >= timex.start:
            lo -= 1
        while hi + 1 < len(t.idx) and t.idx[hi + 1] < timex.end:
            hi += 1
        inside = range(lo, hi + 1)
        top = next(
            (j for j in inside if t.deps[j] != "det" and not timex.start <= t.idx[t.heads[j]] < timex.end),
            top,
        )
        h = t.heads[top]
    if timex.precision == "month" and _names_a_contract(t, top, lowered(head.doc)):
        return True  # "the December Nikkei 225 index futures contract surged": the month it is traded for
    if timex.precision in ("day", "week", "month"):
        # "a Wednesday media event": the day of the occasion is the day of the clause; not so
        # the day of what the clause is about ("arrested for the Monday attack"), nor of a mark
        # it beats ("beating Monday's record")
        return (
            t.deps[top] in _NOUN_MODIFIERS
            and t.pos[h] in ("NOUN", "PROPN")
            and (
                _in_theme(t, top, head.i)
                or _deep_in_subject(t, h, head.i)
                or _beaten(head.doc, h)
                or _left_from(t, h, head.i)
            )
        )
    if t.deps[top] == "pobj" and t.text[t.idx[h] : t.ends[h]].lower() in _ABOUT:
        return True  # "commenting on the third quarter (results)": what is spoken of, not when
    if t.deps[top] == "npadvmod" and t.pos[h] == "PROPN" and h != head.i:
        return True  # "Griazev, winner of the title last year, settled for third": the year says who he is
    if t.deps[top] == "nummod" and t.pos[h] in ("NOUN", "PROPN") and h != head.i and _not_when(t, h):
        # "to revise the 1952 law", "replace the 1953 armistice", "as provided for by the 1994
        # accords", "under the 1995 agreement" (not "died in the 1922 war")
        return True
    if t.deps[top] == "poss" and _at_the_occasion(t, h, head):
        return False  # "decided at last year's summit": the occasion the clause took place at is its time
    if t.deps[top] in _NOUN_MODIFIERS and t.pos[h] in ("NOUN", "PROPN") and h != head.i:
        return True
    return _in_theme(t, top, head.i)


# Prepositions that set a clause at an occasion ("decided at last year's summit", "met during last
# month's visit")
_AT_AN_OCCASION = frozenset({"at", "during"})


def _at_the_occasion(t, noun: int, head) -> bool:
    """Is ``noun`` an occasion (a summit, a meeting, a visit) the clause of ``head`` is set at by a
    preposition of its own ("decided at last year's summit")? A time that names which occasion it
    was is then the clause's time too."""
    if noun == head.i or t.deps[noun] != "pobj" or t.pos[noun] != "NOUN":
        return False
    prep = t.heads[noun]
    return (
        t.heads[prep] == head.i
        and t.text[t.idx[prep] : t.ends[prep]].lower() in _AT_AN_OCCASION
        and head.doc[noun].lemma_.lower() in OCCASIONS
    )


# Prepositions whose object may be the time a clause took place ("died in the 1922 war", "met
# after the 1998 elections"); under others the object is a thing the clause acts by or on ("as
# provided for by the 1994 accords", "under the 1995 agreement", "for the 2004 campaign").
_WHEN_PREPOSITIONS = frozenset("in during at before after since until till following throughout amid ahead".split())


def _not_when(t, noun: int) -> bool:
    """Is the noun a year qualifies not the time of its clause: no object of a preposition of
    time, or of one that is no preposition of time (:data:`_WHEN_PREPOSITIONS`)?"""
    if t.deps[noun] != "pobj":
        return True
    prep = t.heads[noun]
    return t.text[t.idx[prep] : t.ends[prep]].lower() not in _WHEN_PREPOSITIONS


_CONTRACT_NOUNS = frozenset({"contract", "contracts", "futures", "delivery"})
# How many words of a name may stand between a month and the contract it names ("December Nikkei
# 225 index futures contract")
_CONTRACT_NAME_WORDS = 4


def _names_a_contract(t, top: int, lower) -> bool:
    """Is the month at ``top`` the name of a futures contract ("the March contract", "the near-term
    December Nikkei 225 index futures contract")? It is the month the contract is traded for."""
    i = top
    for _ in range(_CONTRACT_NAME_WORDS + 1):
        if t.deps[i] not in ("compound", "nmod") or t.heads[i] == i or t.pos[t.heads[i]] not in ("NOUN", "PROPN"):
            return False
        i = t.heads[i]
        if lower[i] in _CONTRACT_NOUNS:
            return True
    return False


# Prepositions whose object, when it is a period (not a day: "on Monday"), is what is spoken of
_ABOUT = frozenset({"on", "about", "regarding", "concerning"})
# Prepositions whose object is what a clause is about, not where or when it happens
_THEME_PREPS = frozenset({"on", "about", "over", "into", "against", "for", "regarding", "concerning"})


# Verbs of passing a mark set before: "beating Monday's record", "topped last week's high"
_SURPASSING = frozenset("beat top surpass exceed break eclipse better erase overtake".split())


def _beaten(doc, noun: int) -> bool:
    """Is ``noun`` the object of a verb of passing a mark ("beating Wednesday's record of 5,616",
    "topped last month's high")? The mark's day is the day it was set, not the clause's."""
    t = tables(doc)
    gov = t.heads[noun]
    return t.deps[noun] == "dobj" and gov != noun and doc[gov].lemma_.lower() in _SURPASSING


def _left_from(t, noun: int, head: int) -> bool:
    """Is ``noun`` the object of "from" ("returns to Paris from her Christmas tour", "recovering
    from Monday's surgery")? The day named on it is the day of what is left or come from, not of
    the clause."""
    prep = t.heads[noun]
    return (
        noun != head
        and t.deps[noun] == "pobj"
        and prep != noun
        and prep != head
        and t.text[t.idx[prep] : t.ends[prep]].lower() == "from"
    )


def _deep_in_subject(t, noun: int, head: int) -> bool:
    """Is ``noun`` below the subject of the clause of ``head``, not the subject itself ("ballots
    from Thursday's poll were still being counted", "the victims of Monday's blast were buried")?
    Its day is that noun's ("Thursday's attack killed five" is Thursday's)."""
    i = noun
    while t.heads[i] != i:
        up = t.heads[i]
        if t.deps[i] in ("nsubj", "nsubjpass") and up == head:
            return i != noun
        if t.deps[i] not in ("pobj", "prep", "compound", "conj"):
            return False
        i = up
    return False


def _on_a_plain_noun(t, top: int, head) -> bool:
    """ "granted the group the status for outbound tourist groups in 2004": a year in a phrase the
    parser hung on a plain noun (no happening) in a "for" or "on" phrase of the verb or of what it acts
    on is the verb's time; not on a happening ("a campaign for the elections in 2004"), nor a
    written thing ("a report on the prisons in 2003") nor a noun told of a time ("figures for sales in
    2004" is the sales')."""
    if t.deps[top] != "pobj" or t.pos[top] != "NUM" and not t.text[t.idx[top] : t.ends[top]].isdigit():
        return False
    prep = t.heads[top]
    if prep == top or t.text[t.idx[prep] : t.ends[prep]].lower() not in _WHEN_PREPOSITIONS:
        return False
    noun = t.heads[prep]
    if noun == head.i or t.pos[noun] != "NOUN" or t.deps[noun] != "pobj":
        return False
    up = t.heads[noun]
    if up == noun or t.text[t.idx[up] : t.ends[up]].lower() not in ("for", "on"):
        return False
    word = head.doc[noun]
    return (
        not is_trigger(word) and word.lemma_.lower() not in _TIMED_NOUNS and word.lemma_.lower() not in DOCUMENT_NOUNS
    )


# Nouns whose phrase of time tells the period they count: "sales in 2004", "growth in 2005"
_TIMED_NOUNS = frozenset("sale sales growth output profit profits revenue figure figures year season term".split())


def _in_theme(t, top: int, head: int) -> bool:
    """ "testified on his investigation in 1992", "jailed for crimes in 1999", "the pullout of
    Doha 2006": a year that sits in what the clause is about (below a noun that is the object of
    "on", "for", "over", or of an "of" that hangs on another noun) is that noun's."""
    if _period_of_an_object(t, top, head):
        return True
    i = top
    while t.heads[i] != i and i != head:
        up = t.heads[i]
        if i != top and t.deps[i] == "pobj" and t.pos[i] in ("NOUN", "PROPN") and t.heads[up] != up:
            word = t.text[t.idx[up] : t.ends[up]].lower()
            if word in _THEME_PREPS and up > head or (word == "of" and t.heads[up] != head):
                # a fronted "On Tuesday's session, the expert took the stand" sets the scene
                return True
        i = up
    return False


def _period_of_an_object(t, top: int, head: int) -> bool:
    """ "cut its growth forecast for 2006", "raised the target for next year": a time that is the
    object of "for" after the noun a verb acts on (its direct object; the parser may hang "for" on
    the verb) is the period that noun is about, not when the verb happened (not on the subject:
    "sales for the quarter rose")."""
    prep = t.heads[top]
    if t.deps[top] != "pobj" or prep == top or t.text[t.idx[prep] : t.ends[prep]].lower() != "for":
        return False
    noun = t.heads[prep]
    if noun == head:
        return any(t.deps[c] == "dobj" and t.pos[c] == "NOUN" and c < prep for c in t.children[head])
    return noun != prep and t.deps[noun] == "dobj" and t.pos[noun] == "NOUN" and t.heads[noun] == head


def own_expression(trigger, index: TimexIndex) -> TimeExpr | None:
    """The expression that dates the trigger's own clause (not one of a governing clause), or an
    event noun's participle that says when it is held ("talks scheduled for Monday")."""
    if not index:
        return None
    found = _in_clause(trigger, index)
    if found is not None and _in_sequel_part(found, trigger, index):
        found = None  # "came the day after the regulator rejected it": what came before, not its own
    if found is None and trigger.pos_ == "NOUN":
        found = _held_when(trigger, index, planned=True)
    return found


# Verbs whose "to" complement happens later than they do: "agreed on Friday to hold talks" does
# not date the talks to Friday.
_INTENT = frozenset(
    "agree plan promise decide want hope intend expect aim vow pledge threaten seek propose "
    "offer schedule prepare call urge ask invite set".split()
)


def _intended(trigger) -> bool:
    """Is the trigger a to-infinitive complement of an intention verb?"""
    t = tables(trigger.doc)
    h = t.heads[trigger.i]
    if t.deps[trigger.i] not in ("xcomp", "ccomp", "advcl", "acl") or h == trigger.i:
        return False
    return is_infinitive(trigger) and trigger.doc[h].lemma_.lower() in _INTENT


def _in_xcomp(gov, index: TimexIndex) -> TimeExpr | None:
    """'The talks are expected to be held in January': the date of the subject noun's event sits
    in the governing verb's infinitive complement."""
    for child in children_with(gov, ("xcomp",)):
        found = _in_clause(child, index) or _in_xcomp(child, index)
        if found is not None:
            return found
    return None


# Verbs that tell how or whether their complement was done, at its time: hastening, beginning,
# finishing, managing or failing to do something is done when it is
_DONE_WITH_ITS_COMPLEMENT = frozenset(
    "hasten rush hurry race move begin start continue resume complete finish manage fail stop cease".split()
)


def _past_in_xcomp(verb, index: TimexIndex, ref_date: str | None) -> TimeExpr | None:
    """The past time the parser hung on the complement of a past verb that tells how or whether it
    was done ("China hastened to fight the disease earlier this month", "completed withdrawing
    its troops in September"): what the verb did was done then too. Not a verb of asking, planning
    or agreeing ("the resolution asked him to set up a probe into the killings on Nov. 8": the time
    of what is asked about), not a time ahead of the article, not below a past perfect."""
    if not ref_date or verb.tag_ != "VBD" or verb.lemma_.lower() not in _DONE_WITH_ITS_COMPLEMENT:
        return None
    if pluperfect(verb):
        return None
    for child in children_with(verb, ("xcomp",)):
        if child.pos_ == "VERB":
            found = _in_clause(child, index)
            if found is not None and found.latest is not None and found.latest < ref_date:
                return found
    return None


def event_date(
    trigger, index: TimexIndex, lead_rank: int, ref_date: str | None, *, lead_anchored: bool = False
) -> EventDate:
    """The expression in the trigger's clause, else in a governing clause, else the lead rule.

    ``lead_anchored``: an earlier opening sentence dated its event to another day ("In a Wednesday
    media event ..."); the lead then tells that day's story, so the article date is not taken.
    """
    if index and ref_date:
        deadline = (
            _deadline(trigger, index, ref_date)
            or _since(trigger, index, ref_date)
            or _not_until(trigger, index)
            or _death_day(trigger, index)
            or _conjuncts_deadline(trigger, index, ref_date)
        )
        if deadline is not None:
            return deadline
        if lasted_until_before(trigger, index, ref_date):
            # "The party ruled the province until 2003" told in 2006: a state up to 2003 from a
            # time the text does not give, never the story's day
            return UNDATED
    stretch = _stretch_to_now(trigger)
    if stretch is not None and not (index and any(i in index._by_token for i in clause_indices(trigger))):
        # "have been fighting for two weeks": from two weeks before the article up to it; "has been
        # growing for years": no day of the clause or of its saying ("..., he said on Monday")
        return _stretch_back(stretch, ref_date) if ref_date else UNDATED
    offset = False  # an "after" or "before" clause set a length of time from its governor
    if index:
        found = _staged(trigger, index)
        if found is None:
            found = _in_clause(trigger, index) or _written_after_it(trigger, index)
        if found is None:
            found = (
                _time_it_tells(trigger, index)
                or _when_of_a_dated_noun(trigger, index)
                or _past_in_xcomp(trigger, index, ref_date)
                or _in_antecedent_phrase(trigger, index, ref_date)
                or _harm_told_again(trigger, index, ref_date)
            )
        if found is None:
            found = _at_occasion(_noun_verb(trigger), index) or _subject_busy_when(trigger, index)
        # "was informed about and backed in 2002 the transfers, the paper reported Friday": the time
        # a conjunct shares is nearer than the saying's day
        found = found or _shared_with_conjunct(trigger, index)
        if (
            found is None
            and not _intended(trigger)
            and not _told_earlier(trigger)
            and not index.in_vague_past(trigger)
            and not index.in_unplaced(trigger)
        ):
            # ("his recent visit", "three years later he founded a bank": a time of their own, which
            # the clause above does not give)
            below = trigger
            for gov in governors(trigger):
                if (
                    below.dep_ == "relcl"
                    or _intended(below)
                    or _bounding_clause(below)
                    or _names_what(below)
                    or _conceded(below)
                    or _offset(below)
                    or _how_told(below)
                    or deed_punished(below)
                ):
                    # a relative clause has its own time ("the city, which rebels held for four
                    # years"), as a participle on a noun has ("freed on Tuesday under a deal
                    # brokered by Egypt": brokered before); above a to-infinitive of intention lies
                    # an earlier time, above a "since" clause a later one ("sales fell this year for
                    # the first time since the 1997 crisis blew apart the market"); "one day after"
                    # or "two days before" a clause lies another day; "was jailed on Tuesday for
                    # killing his wife": the deed came before the sentence, at a time not told
                    offset = _offset(below) or deed_punished(below)
                    break
                child, below = below, gov
                if gov.pos_ not in ("VERB", "AUX", "NOUN"):
                    continue
                found = _governors_date(child, gov, trigger, index)
                if found is None and trigger.pos_ == "NOUN" and trigger.dep_ in ("nsubj", "nsubjpass"):
                    found = _in_xcomp(gov, index)
                if found is not None:
                    # "37 people were arrested, the radio said late Sunday": the saying's day,
                    # not its time of day
                    return day_only(from_timex(found))
        if found is None:
            found = _around_clause(trigger, index)
        if found is not None:
            return _year_end_ahead(from_timex(found), trigger, ref_date)
    if (
        ref_date
        and lead_rank < LEAD_SENTENCES
        and not lead_anchored
        and not offset
        and _past(trigger)
        and not _on_a_thing(trigger)
        and not _history_told(trigger)
        and not _gives_a_name(trigger)
        and not _went_on_for(trigger)
        and not _said_now_of_a_past(trigger)
        and not (present_perfect(trigger) and (_done_again_and_again(trigger) or _judged_so(trigger)))
        and not at_the_time(trigger)
        and not _told_earlier(trigger)  # "was eliminated in an earlier round": before the story's day
        and not _recent(trigger)  # "recently announced": some time in the month before, not the day
        and not _after_a_past_told(trigger, index, ref_date)
        and not _past_relative(trigger, index)
    ):
        return from_reference(ref_date)
    if index and ref_date:
        return _after_told(trigger, index, ref_date)
    return UNDATED


# Words that set a happening after another: "imposed sanctions after it invaded Kuwait in 1990".
_AFTER_WORDS = frozenset({"after", "following"})
# How long before the article the happening a lead verb comes after must be for the verb not to be
# the story's news ("after it invaded Kuwait in 1990": history, not the day's).
_LONG_BEFORE_DAYS = 60


def _after_a_past_told(trigger, index: TimexIndex | None, ref_date: str) -> bool:
    """Does the trigger come after a happening its own "after" clause or phrase dates long before the
    article ("The United Nations imposed sanctions on Iraq after it invaded Kuwait in 1990", "after the
    1990 invasion")? Then the lead's day is not its day: it belongs to that history."""
    if not index or trigger.pos_ not in ("VERB", "AUX"):
        return False
    ref = _day(ref_date)
    if ref is None:
        return False
    for c in trigger.children:
        after = c.dep_ == "advcl" and any(m.lower_ in _AFTER_WORDS for m in children_with(c, ("mark",)))
        if not after and not (c.dep_ == "prep" and c.lower_ in _AFTER_WORDS):
            continue
        for i in subtree_indices(c):
            timex = index._by_token.get(i)
            latest = _day(timex.latest) if timex is not None and timex.latest else None
            if latest is not None and (ref - latest).days > _LONG_BEFORE_DAYS:
                return True
    return False


def _governors_date(child, gov, trigger, index: TimexIndex) -> TimeExpr | None:
    """The expression of a governing clause that dates ``trigger`` below it; not its "now" for a past
    verb ("Italy currently owns half and had previously pledged to keep 30 percent": the "now" of a
    state says nothing of when a past deed beside it was done)."""
    found = _governors_own(child, gov, index)
    if found is None and _a_when_clause(child):
        # "were trying to cross the strait six weeks ago when the boat capsized": the time of what
        # the governor was trying or beginning to do is the time it was at
        found = next((f for x in children_with(gov, ("xcomp",)) if (f := _in_clause(x, index)) is not None), None)
    if found is not None and found.value == "PRESENT_REF" and trigger.pos_ in ("VERB", "AUX"):
        return None if tense(trigger) == "past" else found
    return found


def _a_when_clause(tok) -> bool:
    """Is ``tok`` the verb of a "when" clause hung on the clause it is set against?"""
    return tok.dep_ == "advcl" and any(c.lower_ == "when" and c.i < tok.i for c in children_with(tok, ("advmod",)))


# Verbs that make a death known: its day is theirs, not the death's.
_MADE_KNOWN = frozenset("announce confirm report reveal disclose".split())


def _death_made_known(trigger) -> bool:
    """ "Mendes's death was announced on Monday", "the family confirmed the death of the actor
    Monday": one person's death, the subject of a passive or the object of a verb that makes it
    known (not "three deaths were reported", a count of the day's news)."""
    if trigger.pos_ != "NOUN" or trigger.lower_ != "death":
        return False
    head = trigger.head
    if head.pos_ != "VERB" or head.lemma_.lower() not in _MADE_KNOWN or trigger.dep_ not in ("nsubjpass", "dobj"):
        return False
    return any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "of" for c in trigger.children)


def _death_day(trigger, index: TimexIndex) -> EventDate | None:
    """ "Mendes's death was announced on Monday": the death came before the announcement, on no day
    of that clause; only its own words date it ("his death on Sunday was confirmed"). None for any
    other trigger."""
    if not _death_made_known(trigger):
        return None
    own = next((index._by_token[i] for i in subtree_indices(trigger) if i in index._by_token), None)
    return from_timex(own) if own is not None else UNDATED


def _said_now_of_a_past(trigger) -> bool:
    """Is ``trigger`` a simple past that a saying in the present reports ("Officials say the fire
    killed 43 workers")? The saying is the article's day; the past it tells is not."""
    if trigger.tag_ != "VBD":
        return False
    tok = trigger
    while tok.dep_ == "conj" and tok.head.tag_ == "VBD":
        tok = tok.head  # "say the fire killed 43 and injured 100"
    if tok.dep_ != "ccomp":
        return False
    head = tok.head
    if head.tag_ not in ("VBZ", "VBP") or head.lemma_.lower() not in _SAYING_NOW:
        return False
    # "'The index fell -- I say surprisingly ...'": a speaker's aside on his own words, no saying of others'
    return not any(c.lower_ in ("i", "we") for c in children_with(head, ("nsubj",)))


# Verbs of someone saying now what happened before ("officials say", "critics argue"), not of a
# thing that shows it ("the alert indicates")
_SAYING_NOW = frozenset("say tell claim allege believe estimate insist argue maintain contend admit confirm".split())


_AFTER = frozenset({"after", "following"})
# Verbs that recount what happened in a "how" clause: "told reporters on Tuesday how he was beaten"
_RECOUNTING = frozenset("tell describe recount recall relate explain detail narrate remember".split())


def _how_told(tok) -> bool:
    """Is ``tok`` a "how" clause a verb recounts ("told reporters on Tuesday how he was beaten",
    "described how the guards had starved him")? What it tells happened before the telling, on no
    day the telling gives."""
    return (
        tok.dep_ == "ccomp"
        and tok.head.lemma_.lower() in _RECOUNTING
        and any(c.lower_ == "how" for c in children_with(tok, ("advmod",)))
    )


def _recounted(trigger) -> bool:
    """Is the trigger told inside a recounted "how" clause (:func:`_how_told`)?"""
    tok = trigger
    while tok.head.i != tok.i:
        if _how_told(tok):
            return True
        tok = tok.head
    return False


def _history_told(trigger) -> bool:
    """Is the trigger a thing's history (:func:`_why_it_is`) or a recounted happening (:func:`_recounted`)?"""
    return _why_it_is(trigger) or _recounted(trigger)


# Adjectives that set an event noun before the clause it is told in ("spoke of his recent visit")
_EARLIER_ADJ = frozenset("recent previous earlier prior past former".split())


def _told_earlier(trigger) -> bool:
    """Is the trigger an event noun told as coming before ("the bishop spoke on Monday of his recent
    visit to the camps", "a previous attack"), or a verb of which an earlier one is the subject
    ("previous resolutions were defeated")? Its day is not the day of the clause it sits in."""
    t = tables(trigger.doc)
    lower = lowered(trigger.doc)
    pos = trigger.pos_
    if pos == "VERB":
        # "All previous resolutions have been defeated": what befell the earlier ones, before;
        # "He won both previous meetings against Lee": done at those occasions
        doc = trigger.doc
        deps, children = t.deps, t.children
        for s in children[trigger.i]:  # (loops, not generators: asked of every trigger as it is dated)
            if deps[s] in ("nsubj", "nsubjpass") or deps[s] == "dobj" and doc[s].lemma_.lower() in OCCASIONS:
                for c in children[s]:
                    if deps[c] == "amod" and lower[c] in _BEFORE_ADJ:
                        return True
        return _at_an_earlier(trigger) or _said_done_before(trigger)
    if pos != "NOUN":
        return False
    return any(t.deps[c] == "amod" and lower[c] in _EARLIER_ADJ for c in t.children[trigger.i])


# Adverbs that set a verb before the story's day: "had previously pledged", "formerly ran"; "already"
# and "earlier" only in the past perfect ("had already left": before; "left earlier" may be the day's).
_BEFORE_ADVERBS = frozenset({"previously", "formerly"})
_BEFORE_PERFECT_ADVERBS = frozenset({"already", "earlier"})


def _said_done_before(verb) -> bool:
    """Is a past verb told as done before the story's day by an adverb of its own ("Italy had
    previously pledged to keep 30 percent", "the company had already sold its stake")? The lead's day
    is not its day."""
    t = tables(verb.doc)
    lower = lowered(verb.doc)
    # a bare adverb: not "one year earlier than planned", a comparison
    adverbs = {lower[c] for c in t.children[verb.i] if t.deps[c] == "advmod" and not t.children[c]}
    if adverbs & _BEFORE_ADVERBS:
        return True
    perfect = any(t.deps[c] == "aux" and lower[c] == "had" for c in t.children[verb.i])
    return perfect and bool(adverbs & _BEFORE_PERFECT_ADVERBS)


# Prepositions that set a clause at an occasion or a stretch: "in a previous transfer window", "during
# an earlier visit", "on a previous occasion", "at a prior meeting"
_AT_WHEN = frozenset({"in", "during", "on", "at"})


def _at_an_earlier(verb) -> bool:
    """ "In a previous transfer window he signed a striker", "During an earlier visit, the minister
    met the king": a clause set at an occasion or a stretch told as earlier, with "a/an" (one of
    those before, which the text does not place; not "in the previous year", a time named), is
    before the story, not on its day."""
    t = tables(verb.doc)
    lower = lowered(verb.doc)
    # (read from the words: the parser may hang the noun elsewhere, "In a previous January transfer
    # window Ferguson signed": "window" a compound of "Ferguson")
    return any(
        t.deps[p] == "prep"
        and lower[p] in _AT_WHEN
        and p + 2 < len(lower)
        and lower[p + 1] in ("a", "an")
        and lower[p + 2] in _BEFORE_ADJ
        for p in t.children[verb.i]
    )


# Adjectives that set a verb's subject before the story ("previous resolutions were defeated"),
# unlike "former" ("the former minister was arrested": arrested now) or "recent"
_BEFORE_ADJ = frozenset("previous earlier prior".split())


def told_earlier(trigger, ref_date: str | None) -> EventDate | None:
    """The date of an event noun told as coming before the clause it sits in, with no date of its
    own: "his recent visit" some time in the month up to the article's day, as "recently" is read;
    "a previous attack", "an earlier raid" no day the text gives (UNDATED). None for other triggers,
    which the story dates."""
    if not _told_earlier(trigger):
        return None
    t = tables(trigger.doc)
    lower = lowered(trigger.doc)
    ref = _day(ref_date) if ref_date else None
    word = next((trigger.doc[c].text for c in t.children[trigger.i] if lower[c] == "recent"), None)
    if word is None or ref is None:
        return UNDATED
    return _between((ref - timedelta(days=30)).isoformat(), ref.isoformat(), word, "inferred")


# Subordinators of a clause conceded against the one it hangs on ("Although talks have so far
# failed, both sides on Friday expressed hope"): a fact of another time
_CONCESSIVE = frozenset({"although", "though", "whereas"})


def _conceded(tok) -> bool:
    """Is ``tok`` the verb of an "although" or "though" clause? Its time is its own, not that of
    the clause it is set against."""
    if tok.dep_ != "advcl":
        return False
    # (the parser may hang the subordinator on the auxiliary: "Although the bridge was closed")
    auxes = children_with(tok, ("aux", "auxpass"))
    return any(
        c.dep_ in ("mark", "advmod") and c.lower_ in _CONCESSIVE and c.i < tok.i
        for c in (*tok.children, *(g for a in auxes for g in a.children))
    )


def _since(trigger, index: TimexIndex, ref_date: str) -> EventDate | None:
    """ "Prices have risen since March", "have been arrested since the protests began on October 3":
    a present perfect bounded by "since" a time went on from that time up to the article's day (the
    time is its start, never its date); None for any other clause."""
    verb = _noun_verb(trigger) or (_going_on_be(trigger) if trigger.pos_ == "NOUN" else None)
    if (
        verb is None
        or verb.pos_ not in ("VERB", "AUX")
        or not _timed_below(verb, index)  # the start's time is among the verb's words
        or not present_perfect(verb)
        or _in_clause(verb, index)
    ):
        return None  # (a clause with a date of its own is dated by it)
    by_token = index._by_token
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "since":
            inside = range(c.i + 1, c.right_edge.i + 1)
        elif c.dep_ in ("advcl", "pcomp") and _bounding_clause(c) and any(m.lower_ == "since" for m in c.children):
            inside = range(c.left_edge.i, c.right_edge.i + 1)
        else:
            continue
        t = next((by_token[i] for i in inside if i in by_token), None)
        if t is not None and t.earliest and t.earliest <= ref_date and not _compared_since(verb, c):
            return _between(t.earliest, ref_date, t.text, "inferred")
    return None


# Words that make a "since" the base of a comparison: "its lowest level since 2003", "its fastest
# pace since 2000", "for the first time since 1979"
_FIRST_WORDS = frozenset({"first", "most", "best", "worst"})
_PERIOD_NOUNS = frozenset("day days week weeks month months quarter quarters year years decade decades season".split())


def _compared_since(verb, since) -> bool:
    """Is the "since" phrase or clause of the present perfect ``verb`` the base of a comparison told
    between them ("Oil prices have fallen to their lowest level since 2003", "the economy has grown
    at its fastest pace since 2000", "nine women have signed up for the first time since the 1979
    revolution")? The clause tells one happening, the first or the most of its kind since then, not
    a state that went on from that time (GUIDELINES 3: "the lowest since X", "for the first time
    since X": X is not the happening's date)."""
    doc = verb.doc
    t = tables(doc)
    tags, lower = t.tags, lowered(doc)
    start = since.left_edge.i
    return any(
        (tags[i] in ("JJS", "RBS") or lower[i] in _FIRST_WORDS)
        and lower[i - 1] != "at"  # "at least three times", "at most": a count, no comparison
        and lower[t.heads[i]] not in _PERIOD_NOUNS  # "in its worst year since 2001": that year is its time
        and verb.i in _heads_up(t.heads, i)
        for i in range(verb.i + 1, start)
    )


def _heads_up(heads, i: int) -> list[int]:
    """The tokens ``i`` hangs on, up to the sentence's root."""
    out = []
    while heads[i] != i:
        i = heads[i]
        out.append(i)
    return out


def _going_on_be(noun):
    """The "be" that says the happening its subject names is going on ("the trial has been under way
    since December"), or None."""
    head = noun.head
    if noun.dep_ == "nsubj" and head.lemma_.lower() == "be" and under_way(noun, head):
        return head
    return None


def _not_until(trigger, index: TimexIndex) -> EventDate | None:
    """ "The market did not reopen until 9:33 a.m. on Monday", "won't be decided until Friday", "did
    not resume flights until the storm passed on Thursday": "not ... until" a time tells when it came
    to pass (factuality.not_until), the time inside the "until" (its day for a time of day); a
    weekday read as one ahead is the last such day for a clause in the past ("did not reach the
    village until Saturday"). None for any other clause."""
    verb = _noun_verb(trigger)
    if verb is None or verb.pos_ not in ("VERB", "AUX") or not _timed_below(verb, index) or not not_until(verb):
        return None  # (the time inside the "until" is among the verb's words)
    by_token = index._by_token
    for c in verb.children:
        if c.i > verb.i and (c.lower_ in UNTIL_WORDS if c.dep_ == "prep" else until_clause(c)):
            dated = [by_token[i] for i in range(c.left_edge.i, c.right_edge.i + 1) if i in by_token]
            dated = [t for t in dated if t.earliest]
            if dated:
                return _until_day(dated[0], index.ref_date if tense(verb) == "past" else None)
    return None


def _until_day(t: TimeExpr, past_of: str | None) -> EventDate | None:
    """The day of ``t`` (a time of day without its hour); with ``past_of`` (the article's day, for
    a clause in the past), a day read as one of the coming week moved back a week, None for any
    other time ahead."""
    if past_of and t.earliest and t.earliest > past_of:
        day, ref = _day(t.earliest), _day(past_of)
        if day is None or ref is None or (day - ref).days > 7 or t.earliest != t.latest:
            return None
        iso = (day - timedelta(days=7)).isoformat()
        t = replace(t, value=iso, edtf=iso, earliest=iso, latest=iso, precision="day")
    return day_only(from_timex(t))


# Verbs whose "until" names the new time of what they put off ("adjourned the trial until Monday"),
# not the end of a state they tell
_PUT_OFF = frozenset("postpone delay adjourn defer extend prolong suspend reschedule".split())


def lasted_until_before(trigger, index: TimexIndex, ref_date: str) -> bool:
    """Does a past clause tell a state that lasted until a time before the article's day ("ruled
    the province until 2003", "stayed shut until his death in 1998" told in 2006)? It went on up
    to that time from one the text does not give: neither the story's day nor the bound's. Not
    "did not reopen until 2003" (it reopened then) nor "adjourned the trial until Monday"."""
    verb = _noun_verb(trigger)
    if (
        verb is None
        or verb.pos_ not in ("VERB", "AUX")
        or not _timed_below(verb, index)  # the bound's time is among the verb's words
        or tense(verb) != "past"
        or _in_clause(verb, index)
    ):
        return False
    tb = tables(verb.doc)
    deps, lower = tb.deps, lowered(verb.doc)  # indices: no Token made for each child
    if verb.lemma_.lower() in _PUT_OFF or any(deps[c] == "neg" for c in tb.children[verb.i]):
        return False
    by_token = index._by_token
    for ci in tb.children[verb.i]:
        if deps[ci] != "prep" or lower[ci] not in UNTIL_WORDS or ci < verb.i:
            continue
        c = verb.doc[ci]
        t = next((by_token[i] for i in range(c.i + 1, c.right_edge.i + 1) if i in by_token), None)
        if t is not None and t.latest and t.latest < ref_date:
            return True
    return False


def _on_a_thing(trigger) -> bool:
    """Is the trigger told of a thing or a place, no happening, by a relative clause: one deeper
    inside it ("the fort which played a role in the war when insurgents made their last stand"),
    or the relative clause itself when the thing sits in a clause not told in the past ("a
    building where rebels surrendered is to become a monument")? It tells what the thing is, not
    what the story tells. The place a past clause of the story acts on ("troops stormed the camp
    where militants threw a bomb") and a happening ("clashes which began soon after the summit
    opened", "a workshop during which they met tour operators") are told in the story's time."""
    tok = trigger
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head  # "who conveyed greetings and congratulated him": one relative clause
    level = tok
    while tok.head.i != tok.i:
        if tok.dep_ == "relcl":
            if is_infinitive(tok) or is_trigger(tok.head):
                return False
            if tok.i != level.i:
                return True
            verb = next((g for g in governors(tok.head) if g.pos_ in ("VERB", "AUX")), None)
            return verb is None or tense(verb) != "past"
        tok = tok.head
    return False


_DEADLINES = frozenset({"by", "before"})
_ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8}
_STRETCH_UNITS = {"day": "day", "week": "week", "month": "month", "year": "year", "decade": "decade"}


def _stretch_to_now(trigger) -> tuple[int, str] | None:
    """The stretch a clause in the present perfect has gone on "for" up to now ("have been fighting
    for two weeks": (2, "week"); "has been growing for years": (0, "year")), else None."""
    verb = _noun_verb(trigger)
    if verb is None or verb.pos_ not in ("VERB", "AUX") or not present_perfect(verb):
        return None
    doc = verb.doc
    deps, lower = tables(doc).deps, lowered(doc)
    for i in subtree_indices(verb):
        if deps[i] != "prep" or lower[i] != "for" or i < verb.i:
            continue
        c = doc[i]
        up = next((g for g in governors(c) if g.pos_ in ("VERB", "AUX")), None)
        if up is None or up.i != verb.i:
            continue  # "for" in a clause of its own
        for obj in c.children:
            unit = _STRETCH_UNITS.get(obj.lemma_.lower()) if obj.dep_ == "pobj" else None
            if unit is None:
                continue
            nums = children_with(obj, ("nummod", "det"))
            word = nums[0].lower_ if len(nums) == 1 else ""
            n = 1 if word in ("a", "an", "one") else SMALL_NUMBERS.get(word, int(word) if word.isdecimal() else 0)
            nth = [_ORDINALS[g.lower_] for g in children_with(obj, ("amod",)) if g.lower_ in _ORDINALS]
            if nth:
                n = nth[0] - 1  # "kept under arrest for a third day": since two days before
            return n, unit
    return None


# Prepositions whose object, a stretch of time, is how long a clause went on ("over six months")
_OVER = frozenset({"over", "during", "throughout"})
# Nouns a stretch is counted in through "of" ("over a period of six months")
_STRETCH_NOUNS = frozenset({"period", "span", "course"})


def _went_on_for(trigger) -> bool:
    """Does a simple past clause say it went on for days or more ("took months to form", "lasted
    three weeks", "spent two years in exile", "received three doses over a period of six months")?
    What took that long was not done on one day of the story; nor was what went on "for months" or
    "for years". Not a counted "for" ("was jailed for two years": the sentence's length, the jailing
    was done on its day)."""
    if trigger.pos_ not in ("VERB", "AUX"):
        return False

    def stretch(noun) -> bool:
        return noun.lemma_.lower() in _STRETCH_UNITS and noun.tag_ == "NNS"

    given = any_child(trigger, ("dative", "iobj"))  # "have given us three months"
    for c in trigger.children:
        if c.dep_ in ("dobj", "npadvmod") and stretch(c) and not given:
            return True
        if c.dep_ == "prep" and c.lower_ == "for":
            # "paralyzed the WTO for months": an uncounted stretch is how long it went on ("was
            # jailed for two years" counts a sentence, handed down on its day)
            if any(stretch(obj) and not list(obj.children) for obj in children_with(c, ("pobj",))):
                return True
        if c.dep_ == "prep" and c.lower_ in _OVER:
            for obj in children_with(c, ("pobj",)):
                if stretch(obj):
                    return True
                if obj.lemma_.lower() in _STRETCH_NOUNS and any(
                    stretch(g) for p in children_with(obj, ("prep",)) if p.lower_ == "of" for g in p.children
                ):
                    return True
    return False


def _stretch_back(stretch: tuple[int, str], ref_date: str) -> EventDate:
    """The days from ``stretch`` before the article's up to it (UNDATED for an uncounted one)."""
    n, unit = stretch
    ref = _day(ref_date)
    first = _back(ref, n, unit) if ref is not None and n > 0 else None
    if first is None:
        return UNDATED
    return _between(first.isoformat(), ref_date, None, "relative")


def _deadline(trigger, index: TimexIndex, ref_date: str) -> EventDate | None:
    """ "will go to Britain before the end of the year", "will withdraw its troops by Friday": a
    plan due by a time after the article's day happens from that day up to the time (the end of
    it for "by" and "before the end of", the day before for "before"), not on it; None when the
    clause names no such time."""
    verb = _noun_verb(trigger)
    if verb is None or verb.pos_ not in ("VERB", "AUX") or not _timed_below(verb, index):
        return None  # (the deadline's time is among the verb's words)
    by_token = index._by_token
    doc = verb.doc
    deps, lower = tables(doc).deps, lowered(doc)
    for i in tables(doc).children[verb.i]:
        if deps[i] not in ("prep", "agent") or (i < verb.i and i != verb.left_edge.i):
            continue  # ("By 2030, demand will soar": the clause's first words)
        if lower[i] in UNTIL_WORDS:
            if not _foretold_up_to(verb):
                continue
        elif lower[i] not in _DEADLINES:
            continue  # (a passive's "by" is read as its agent: "to be opened by the year's end")
        c = doc[i]
        obj = first_child(c, ("pobj",))
        if obj is None:
            continue
        t = by_token.get(obj.left_edge.i)
        if t is None or t is not by_token.get(obj.i) or not t.earliest or not t.latest or t.latest <= ref_date:
            continue
        # "by Friday", "before the end of the year", "until 2030": up to the end of it; "before
        # Friday": the day before
        whole = c.lower_ == "by" or c.lower_ in UNTIL_WORDS or t.text.lower().startswith(("the end", "end"))
        end = _day(t.latest if whole else t.earliest)
        if end is None:
            return None
        last = (end if whole else end - timedelta(days=1)).isoformat()
        if last < ref_date:
            return None
        return _between(ref_date, last, t.text, "relative")
    return None


def _foretold_up_to(verb) -> bool:
    """Is the verb a future ("will", "would") that an "until" bounds, not negated nor putting off
    ("demand will increase by 1.4 percent a year until 2030": the years up to 2030; not "will not
    decide until Friday", which tells when, nor "will adjourn the talks until May")?"""
    if verb.lemma_.lower() in _PUT_OFF or not_until(verb):
        return False
    return tense(verb) == "future" or any(
        c.dep_ == "aux" and c.lower_ == "would" for c in children_with(verb, ("aux",))
    )


def _after_clause(trigger):
    """The "after" clause or phrase the trigger is in, with its "after" (the clause's verb or the
    preposition, and the marker), or None."""
    doc = trigger.doc
    t = tables(doc)  # the walk up by the tables: Tokens made only for the clause and marker found
    heads, deps, children, lower = t.heads, t.deps, t.children, lowered(doc)
    i = trigger.i
    while heads[i] != i:
        head = heads[i]
        if deps[i] == "advcl":
            marker = next((g for g in children[i] if deps[g] in ("mark", "advmod") and lower[g] in _AFTER), None)
            if marker is not None:
                return (trigger if i == trigger.i else doc[i]), doc[marker]
        elif deps[i] in ("pcomp", "pobj") and lower[head] in _AFTER:
            found = doc[head]
            return found, found
        i = head
    return None


def after_clause(trigger):
    """The "after" clause or phrase the trigger is in, as :func:`_after_clause` finds it, or one the
    parser hung on the length counted (:func:`_after_clause_on_a_length`); None."""
    return _after_clause(trigger) or _after_clause_on_a_length(trigger)


def _after_clause_on_a_length(trigger):
    """ "came the day after the minister resigned": the "after" clause the parser hung on the length
    of time ("day") as a relative clause, with its marker, when the trigger is its verb or that
    verb's noun subject or object; None."""
    tok = trigger.head if trigger.dep_ in ("nsubj", "nsubjpass", "dobj") else trigger
    length = tok.head
    if tok.dep_ not in ("relcl", "acl") or length.dep_ != "npadvmod" or length.lower_ not in _COUNT_UNITS:
        return None
    marker = next((c for c in tok.children if c.dep_ == "mark" and c.lower_ in _AFTER), None)
    return (tok, marker) if marker is not None else None


def _lengths_counted(tok, marker) -> list:
    """The lengths of time an "after" clause is counted with ("two days after", "a year after")."""
    return [g for g in (*marker.children, *tok.children) if g.dep_ == "npadvmod" and g.lower_ in _COUNT_UNITS] + [
        g for g in children_with(tok.head, ("npadvmod",)) if g.lower_ in _COUNT_UNITS and g.i < marker.i
    ]


def _counted_before(trigger) -> bool:
    """Is the trigger inside an "after" clause that a length of time is counted from ("16 years
    after a rebellion forced him from office", "two days after the vote")? It happened that long
    before the clause it hangs on, not on the story's day."""
    found = _after_clause(trigger)
    return found is not None and bool(_lengths_counted(*found))


# Adverbs that leave a length of time plain: "just a week after", "only two days after"
_JUST = frozenset({"just", "only", "exactly", "precisely"})
# Words that make a length of time loose, however the parser hangs them ("less than a week after",
# "barely a week after", "about two weeks after")
_LOOSE = frozenset("less more than barely nearly almost about around some over under roughly approximately".split())


def counted_back(trigger) -> tuple[int, int, str] | None:
    """For a trigger in an "after" clause a plain length of time is counted from ("took the decision
    on December 6, a day after a bomber killed five people", "two weeks after the vote"): the index
    of the verb the clause hangs on, the count and its unit ("day", "week", "month", "year"); None
    for any other trigger, or a length that is no plain number ("less than a year after")."""
    found = after_clause(trigger)
    if found is None:
        return None
    tok, marker = found
    units = _lengths_counted(tok, marker)
    governor = tok.head
    if not units and governor.dep_ == "npadvmod" and governor.lower_ in _COUNT_UNITS:
        # "came the day after the regulator rejected it": the parser may hang the clause on "day"
        units, governor = [governor], governor.head
    if (
        len(units) != 1
        or any(g.dep_ in ("advmod", "amod", "quantmod") and g.lower_ not in _JUST for g in units[0].children)
        or any(t.lower_ in _LOOSE for t in trigger.doc[max(units[0].left_edge.i - 2, 0) : units[0].i])
    ):
        return None  # "less than a year after", "several days after", "barely a week after": no plain length
    nums = children_with(units[0], ("nummod", "det"))
    if len(nums) != 1:
        return None
    word = nums[0].lower_
    # "the day after the vote": one day, as "a day after"
    one = (
        ("a", "an", "one", "the")
        if units[0].lower_ in _COUNT_UNITS and not units[0].lower_.endswith("s")
        else ("a", "an", "one")
    )
    n = 1 if word in one else SMALL_NUMBERS.get(word, int(word) if word.isdecimal() else 0)
    return (governor.i, n, _COUNT_UNITS[units[0].lower_]) if n > 0 and governor.pos_ in ("VERB", "AUX") else None


def day_counted_back(date: EventDate, n: int, unit: str) -> EventDate | None:
    """The day ``n`` ``unit`` before a day (``date``, of day precision), inferred; a count of months
    or years reaches back to the month or year only (told loosely). None for a date that is no day."""
    first = _day(date.earliest) if date.earliest and date.earliest == date.latest else None
    if first is None:
        return None
    back = _back(first, n, unit)
    if back is None:
        return None
    if unit in ("day", "week"):
        return _inferred_day(back.isoformat(), date.text)
    lo = back.replace(day=1) if unit == "month" else back.replace(month=1, day=1)
    hi = lo.replace(day=monthrange(lo.year, lo.month)[1]) if unit == "month" else lo.replace(month=12, day=31)
    return _between(lo.isoformat(), hi.isoformat(), date.text, "inferred")


_OFFSET_MARKS = frozenset({"after", "following", "before"})


def _offset(tok) -> bool:
    """Is ``tok`` an "after" or "before" clause or phrase set a length of time from the clause it
    hangs on ("said on Monday the minister was stepping down, one day after the opposition won",
    "met on Sunday, two days before the vote was held")? Its day is that far from its governor's,
    never the same."""
    if tok.dep_ == "advcl":
        marker = next((g for g in children_with(tok, ("mark", "advmod")) if g.lower_ in _OFFSET_MARKS), None)
    elif tok.dep_ == "prep" and tok.lower_ in _OFFSET_MARKS:
        marker = tok
    else:
        return False
    if marker is None:
        return False
    return any(g.dep_ == "npadvmod" and g.lower_ in _OFFSET_UNITS for g in (*marker.children, *tok.children))


_OFFSET_UNITS = frozenset("day days week weeks month months year years decade decades".split())


def _bare_past(verb) -> bool:
    """A main verb with a subject and no auxiliary that the tagger read as a participle ("Tension
    deepened after ..."): told in the simple past."""
    if verb.tag_ != "VBN" or verb.dep_ != "ROOT":
        return False
    t = tables(verb.doc)
    deps, kids = t.deps, t.children[verb.i]
    return any(deps[c] == "nsubj" for c in kids) and not any(deps[c] in ("aux", "auxpass") for c in kids)


def _after_told(trigger, index: TimexIndex, ref_date: str) -> EventDate:
    """ "Tension deepened after Hamas defeated Fatah in January": a happening told in the past with
    no date of its own, after another that the text dates, took place on or after that date and by
    the article's day (an interval, not undated); on that day when the other is a clause its own
    words date to a day ("lost its majority after the Greens quit on November 20"); UNDATED when
    no such clause follows it. A length counted from the other ("two weeks after the vote") is
    left alone, as is a clause told first
    ("After the rebels seized the town on Monday, the army ..."), whose day the story takes."""
    verb = _noun_verb(trigger)
    if (
        verb is None
        or verb.pos_ not in ("VERB", "AUX")
        or not _timed_below(verb, index)  # the other happening's time is among the verb's words
        or not (_past(verb) or present_perfect(verb) or _bare_past(verb))
    ):
        return UNDATED
    if _not_told_as_fact(verb) or pluperfect(verb):
        return UNDATED
    for c in verb.children:
        if c.i < verb.i:
            continue
        if c.dep_ == "prep" and c.lower_ in _AFTER:
            part = c
        elif c.dep_ == "advcl" and any(g.lower_ in _AFTER for g in children_with(c, ("mark", "advmod"))):
            part = c
        else:
            continue
        marker = part if part.lower_ in _AFTER else next(g for g in part.children if g.lower_ in _AFTER)
        by_token = index._by_token
        # the length counted: on "after", on its clause, or on the verb just before it ("resigned a year after")
        near = [g for g in verb.children if g.right_edge.i + 1 == marker.i]
        counts = sorted(
            {g for g in (*marker.children, *part.children, *near) if g.dep_ == "npadvmod" and g.i not in by_token},
            key=lambda g: g.i,
        )
        found = [by_token[i] for i in range(part.left_edge.i, part.right_edge.i + 1) if i in by_token]
        dated = {(t.earliest, t.latest) for t in found if t.earliest and t.latest and t.latest <= ref_date}
        if len(dated) != 1 or len(dated) != len({(t.earliest, t.latest) for t in found}):
            return UNDATED
        (start, end), t = next(iter(dated)), found[0]
        if counts:
            # "two weeks after the bank withdrew its loan on March 3": counted from that day
            return _counted_on(start, end, counts, t, ref_date) if len(counts) == 1 else UNDATED
        if _soon_before(marker):
            return _soon_on(start, end, t, ref_date)
        at = next(i for i in range(part.left_edge.i, part.right_edge.i + 1) if i in by_token)
        if start == end and _told_as_a_clause(part) and _own_time_of(at, part) and not _going_on_since(verb):
            # "sprained his ankle after jumping from the roof Tuesday", "was reduced to a minority
            # after the Congress withdrew its backing on March 30": the sequel of a happening the
            # text dates to a day, told with no time of its own, is of that day, as the reader takes
            # it (a month or a year leaves room: "froze aid after the Islamists formed a cabinet in
            # March"; "clashes broke out after mourners turned out for the funeral of a man killed in
            # Tuesday's unrest": Tuesday is another happening's, inside the other one's words; a
            # happening named by a noun is a landmark the sequel may lie days past: "was sacked
            # after Saturday's defeat")
            return _inferred_day(start, t.text)
        return _between(start, ref_date, t.text, "inferred")
    return UNDATED


# Links below which a time is another happening's than the "after" clause's own: a relative clause,
# a participle or an infinitive on a noun, a clause of its own ("after the funeral of a man killed in
# Tuesday's unrest", "after police said on Monday that ...")
_OTHER_CLAUSES = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "csubj", "parataxis", "appos", "conj"})


def _told_as_a_clause(part) -> bool:
    """Is the "after" ``part`` a clause ("after the Greens quit the cabinet", "after jumping from
    the roof"), not a noun phrase ("after Saturday's defeat")?"""
    if part.dep_ == "advcl":
        return True
    return any(c.dep_ == "pcomp" and c.pos_ in ("VERB", "AUX") for c in part.children)


def _going_on_since(verb) -> bool:
    """Is the verb told as going on, or as going on since ("have been searching for him since shortly
    after the slaying")? What goes on from a time is not at that time."""
    return verb.tag_ == "VBG" or any(c.lower_ == "since" for c in verb.children)


def _own_time_of(at: int, part) -> bool:
    """Is the time expression at token ``at`` the time of the "after" clause ``part`` itself (its
    verb's: "after the Greens quit the cabinet on November 20"), not of a clause inside it nor of a
    noun that owns it ("after missing Monday's match")?"""
    t = tables(part.doc)
    heads, deps = t.heads, t.deps
    doc = part.doc
    if any(deps[j] == "case" and lowered(doc)[j] in ("'s", "’s") for j in range(at, min(at + 4, len(doc)))):
        return False  # "returned after missing Monday's match": the match's day, a landmark as above
    i = at
    while i != part.i:
        if deps[i] in _OTHER_CLAUSES or heads[i] == i:
            return False
        i = heads[i]
    return True


# Adverbs that set a happening close after another ("soon after", "shortly after the vote")
_SOON_AFTER = frozenset({"soon", "shortly", "immediately", "just", "right", "directly"})
# How far "soon after" reaches past the other happening's time
_SOON_DAYS = 30


def _soon_before(marker) -> bool:
    """Is the "after" ``marker`` told with an adverb of nearness just before it ("soon after",
    "shortly after", "immediately after"), however the parser hangs the adverb (on "after", on
    the verb, on the clause's verb)?"""
    i = marker.i - 1
    if i < 0:
        return False
    t = tables(marker.doc)
    return t.deps[i] == "advmod" and lowered(marker.doc)[i] in _SOON_AFTER


def _soon_on(start: str, end: str, t: TimeExpr, ref_date: str) -> EventDate:
    """ "were detained soon after the riots on July 27": from the other happening's time to a month
    after it (:data:`_SOON_DAYS`), by the article's day; inexact."""
    last = _day(end)
    if last is None:
        return _between(start, ref_date, t.text, "inferred")
    return _between(start, min((last + timedelta(days=_SOON_DAYS)).isoformat(), ref_date), t.text, "inferred")


_COUNT_UNITS = {"day": "day", "days": "day", "week": "week", "weeks": "week", "month": "month", "months": "month"}
_COUNT_UNITS |= {"year": "year", "years": "year"}
# Lengths too short to leave the other happening's day ("hours after", "30 minutes after")
_WITHIN_THE_DAY = frozenset({"hour", "hours", "minute", "minutes"})


def _counted_on(start: str, end: str, counts: list, t: TimeExpr, ref_date: str) -> EventDate:
    """The time ``counts`` ("two weeks", "a day") after the interval ``start``..``end``: a day
    after a day ("two days after the vote on Monday" is Wednesday), else the interval moved on
    (inexact; a count of years reaches a year: "60 years after ... 1945" is 2005); UNDATED when
    the count is not a plain number of days, weeks, months or years or the time it gives is after
    the article's day."""
    (unit_tok,) = counts
    if unit_tok.lower_ in _WITHIN_THE_DAY:
        return _hours_on(start, end, unit_tok.lower_.startswith("hour"), t, ref_date)
    unit = _COUNT_UNITS.get(unit_tok.lower_)
    if unit is None:
        return UNDATED
    nums = children_with(unit_tok, ("nummod", "det"))
    if len(nums) != 1:
        return UNDATED
    word = nums[0].lower_
    n = 1 if word in ("a", "an", "one") else SMALL_NUMBERS.get(word, int(word) if word.isdecimal() else 0)
    if n <= 0:
        return UNDATED
    first, last = _day(start), _day(end)
    if first is None or last is None:
        return UNDATED
    a, b = _back(first, -n, unit), _back(last, -n, unit)
    if a is None or b is None or a.isoformat() > ref_date:
        return UNDATED
    if unit == "year":
        # "60 years after the bombs fell on August 6 and 9, 1945": a count of years is told
        # loosely, of the year it reaches, not of the anniversary's day
        a, b = a.replace(month=1, day=1), b.replace(month=12, day=31)
    lo, hi = a.isoformat(), min(b.isoformat(), ref_date)
    if lo == hi and start == end:
        return _inferred_day(lo, t.text)
    return _between(lo, hi, t.text, "inferred")


def _hours_on(start: str, end: str, hours: bool, t: TimeExpr, ref_date: str) -> EventDate:
    """ "minutes after the blast on Friday": that day; "hours after the ceasefire took effect on
    Monday": that day or the next (hours after a night are the next day's), by the article's day;
    after a month or a year, that month or year. Not the story's day."""
    last = _day(end)
    if last is not None and start == end and hours:
        end = min((last + timedelta(days=1)).isoformat(), ref_date)
    if start == end:
        return _inferred_day(start, t.text)
    return _between(start, end, t.text, "inferred")


def _names_what(tok) -> bool:
    """Is ``tok`` a past participle that says what its noun is ("a deal brokered by Egypt", "a
    truce signed by both sides", "the bank, founded in 1882")? What it tells was done before the
    clause its noun sits in, at a time that clause does not name."""
    return tok.dep_ == "acl" and tok.tag_ == "VBN" and not is_infinitive(tok) or _describes_noun(tok)


# Verbs that set the happening their noun subject names after (or as) another one: "the arrests
# came after police raided the office in March", "the decision followed a statement by an aide on
# October 2", "the sentencing follows a fine earlier this month"; the words of that other one
_SEQUEL_VERBS = frozenset({"come", "follow"})
_SEQUEL_MARKS = frozenset({"after", "as", "following", "amid"})


def _sequel_parts(verb) -> list:
    """The dependents of ``verb`` that tell what a sequel verb sets its noun subject after: the
    object of an active "follow" and every other word hung on it but the subject ("followed a
    vote early this week": the parser may hang the vote's time on the verb), or the "after"/"as"
    clause or phrase of "come" and a length of time set before it ("came the day after the
    regulator rejected ..."). None for any other verb, or one with no noun subject."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _SEQUEL_VERBS:
        return []
    children = list(verb.children)
    if any(c.dep_ == "auxpass" for c in children) or not any(c.dep_ == "nsubj" and c.pos_ == "NOUN" for c in children):
        return []  # "was followed by": its subject is the one before
    if verb.lemma_.lower() == "follow":
        if not any(c.dep_ == "dobj" for c in children):
            return []
        return [c for c in children if c.dep_ in ("dobj", "npadvmod", "prep", "advmod", "advcl") and c.i > verb.i]
    marked = [c for c in children if c.i > verb.i and _sequel_marked(c)]
    marked += [
        c for c in children if c.i > verb.i and c.dep_ == "npadvmod" and any(_sequel_marked(g) for g in c.children)
    ]  # "came the day after the regulator rejected it": the parser may hang the clause on "day"
    if not marked:
        return []
    first = min(c.i for c in marked)
    return marked + [c for c in children if c.dep_ == "npadvmod" and verb.i < c.i < first and c not in marked]


def _sequel_marked(tok) -> bool:
    """Is ``tok`` an "after"/"as" phrase, or a clause such a word opens?"""
    return (
        tok.dep_ == "prep"
        and tok.lower_ in _SEQUEL_MARKS
        or tok.dep_ == "advcl"
        and any(m.lower_ in _SEQUEL_MARKS for m in children_with(tok, ("mark", "advmod")))
    )


def sequel_subject(trigger) -> bool:
    """Is the trigger the noun subject of a sequel verb ("the arrests came after ...", "the
    decision followed a statement"), or that verb? Its happening is the one the story is at, not
    the other one's, and at no past era the story looked back to."""
    verb = trigger.head if trigger.pos_ == "NOUN" and trigger.dep_ == "nsubj" else trigger
    return bool(_sequel_parts(verb))


def _sequel_in_past(trigger, anchor: EventDate | None, ref_date: str | None) -> bool:
    """Is the trigger a sequel's subject ("the questioning of the senators came after ...") told
    while the story looks back to a past era ("the shipbuilder went bankrupt in August")? It is the
    happening the story is at, not one of that past; which day, the tree cannot tell."""
    return (
        anchor is not None
        and (anchor.precision != "day" or _weeks_before(anchor, ref_date))
        and sequel_subject(trigger)
    )


def _in_sequel_part(found: TimeExpr, verb, index: TimexIndex) -> bool:
    """Is ``found`` written in what the sequel verb ``verb`` sets its subject after?"""
    parts = _sequel_parts(verb)
    if not parts:
        return False
    words = {i for c in parts for i in subtree_indices(c)}
    return any(index._by_token.get(i) is found for i in words)


def _governors_own(child, gov, index: TimexIndex) -> TimeExpr | None:
    """The expression of the clause of ``gov``, which ``child`` hangs on; not one in what a sequel
    verb sets its subject after ("the decision followed a statement by an aide on October 2": the
    statement's day, not the decision's)."""
    found = _in_clause(gov, index)
    if found is not None and child.dep_ == "nsubj" and _in_sequel_part(found, gov, index):
        return None
    return found


def _followed_when(trigger, index: TimexIndex) -> TimeExpr | None:
    """The time hung on "follow" for its object ("the ceremony follows a vote early this week"):
    the vote's, not the ceremony's."""
    verb = trigger.head
    if trigger.dep_ != "dobj" or verb.lemma_.lower() != "follow" or _in_clause(trigger, index) is not None:
        return None
    for c in _sequel_parts(verb):
        if c.i == trigger.i:
            continue
        for i in subtree_indices(c):
            found = index._by_token.get(i)
            if found is not None:
                return found
    return None


def _staged(trigger, index: TimexIndex) -> TimeExpr | None:
    """The date of the verb that says an event noun took place or stages it: "the trial of the
    leader over the killings in the 1980s resumed Wednesday" is Wednesday's, whatever the noun's
    own words date; else the date of the participle that says when it is held ("talks scheduled
    for Monday", "the summit held on January 9")."""
    if trigger.pos_ != "NOUN":
        return None
    verb = occurrence_verb(trigger) or support_verb(trigger)
    found = _in_clause(verb, index) if verb is not None else None
    if found is not None and _in_sequel_part(found, verb, index):
        found = None  # "the warning came the day after the regulator rejected the plan": not its day
    if found is None:
        found = _followed_when(trigger, index)  # "the ceremony follows a vote early this week"
    return found if found is not None else _held_when(trigger, index)


# Participles that say when an event noun takes place: "the summit held on January 9", "talks
# scheduled for Monday", "the vote set for March", "a strike called for Friday"; of those, the
# ones that set it for a time
_HOLDING = frozenset("hold schedule reschedule set slate plan stage convene organize organise call".split())
_SCHEDULING = frozenset("schedule reschedule set slate plan".split())


def _holding_participle(tok, *, planned: bool = False, done: bool = False) -> bool:
    lemma = "slate" if tok.lower_ == "slated" else tok.lemma_.lower()  # (the rule lemmatizer makes it "slat")
    return (
        tok.dep_ == "acl"
        and tok.tag_ == "VBN"
        and lemma in (_SCHEDULING if planned else _HOLDING - _SCHEDULING - {"call"} if done else _HOLDING)
        and not any_child(tok, ("aux", "auxpass", "nsubj", "nsubjpass"))
    )


def _held_when(noun, index: TimexIndex, *, planned: bool = False, done: bool = False) -> TimeExpr | None:
    """The date of a participle on an event noun that says when it is held ("a summit held on
    January 9", "talks scheduled for Monday"), or on the noun of its "of" ("the summit of the
    council held on January 9": the parser may hang it there). ``planned``: only one that sets
    the time ahead ("scheduled", "set", "planned"), the noun's own date as a plan; ``done``: only
    one that says it was held ("held", "convened", "staged")."""
    if not _timed_below(noun, index):
        return None  # (no expression among the noun's words: none in a participle under it either)
    for c in _holding_participles(noun, planned=planned, done=done):
        found = _in_clause(c, index)
        if found is not None:
            return found
    return None


def _holding_participles(noun, *, planned: bool = False, done: bool = False) -> list:
    nouns = [noun] + [
        o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"
    ]
    return [c for n in nouns for c in n.children if c.i > n.i and _holding_participle(c, planned=planned, done=done)]


def _set_for(trigger) -> bool:
    """Is the trigger an event noun set for a time by a participle ("a strike planned for Friday")?
    That time is its plan's, not the day of the story told."""
    return trigger.pos_ == "NOUN" and bool(_holding_participles(trigger, planned=True))


# Prepositions that place a clause at an occasion: "the decision was made at the summit", "met
# during talks held on Monday"
_AT_OCCASION = frozenset({"at", "during"})


def _at_occasion(verb, index: TimexIndex) -> TimeExpr | None:
    """ "The decision was made at a summit held on January 9", "they met during talks scheduled
    for Monday", "a meeting of the council held on Wednesday agreed that ...": a clause with no
    date of its own took place when the occasion it was at, or that did it, was held (not when
    one set for a day was put off: "the talks scheduled for Monday were postponed")."""
    if verb is None or verb.pos_ not in ("VERB", "AUX") or not _timed_below(verb, index):
        return None  # (the occasion's time is among the verb's words)
    doc = verb.doc
    t = tables(doc)
    deps, pos, lower = t.deps, t.pos, lowered(doc)
    for i in t.children[verb.i]:  # a Token only for a preposition of an occasion or a noun subject
        dep = deps[i]
        if dep == "prep" and lower[i] in _AT_OCCASION:
            for o in children_with(doc[i], ("pobj",)):
                if o.pos_ == "NOUN" and is_trigger(o):
                    found = _held_when(o, index)
                    if found is not None:
                        return found
        elif dep in ("nsubj", "nsubjpass") and pos[i] == "NOUN" and _past(verb) and is_trigger(doc[i]):
            found = _held_when(doc[i], index, done=True)
            if found is not None:
                return found
    return None


# Present participles that tell a span's edge, not what its subject was doing at the time ("The
# mourning period, starting on Thursday, was announced ...": the period starts then)
_SPAN_EDGES = frozenset("start begin end finish last run continue expire open close stretch".split())


def _subject_busy_when(verb, index: TimexIndex) -> TimeExpr | None:
    """ "European ministers, meeting in Brussels on Tuesday, failed to agree", "The governor,
    visiting the town on Sunday, promised new funds": a present participle set off by commas after
    the verb's subject tells what the subject was doing when it did what the verb says; its time
    is the verb's when the verb has none of its own."""
    t = tables(verb.doc)
    deps, pos = t.deps, t.pos
    if pos[verb.i] not in ("VERB", "AUX"):
        return None
    doc = verb.doc
    for s in t.children[verb.i]:
        if deps[s] not in ("nsubj", "nsubjpass") or pos[s] not in ("NOUN", "PROPN"):
            continue
        for pi in t.children[s]:
            if deps[pi] != "acl" or t.tags[pi] != "VBG" or not s < pi < verb.i:
                continue  # no Token made for the other children
            p = doc[pi]
            if doc[p.left_edge.i - 1].text == "," and p.lemma_.lower() not in _SPAN_EDGES:
                found = _in_clause(p, index)
                if found is None or found.precision != "day":
                    continue
                if index.ref_date and (found.earliest or "") > index.ref_date and tense(verb) == "past":
                    # the participle's weekday read as one ahead ("touring the parish on Monday"):
                    # a clause told in the past did it on the last such day
                    found = _weekday_before(found, index.ref_date)
                if found is not None:
                    return found
    return None


_WEEKDAY = re.compile(r"(?:on\s+)?(?:" + "|".join(WEEKDAYS) + ")", re.IGNORECASE)


def _weekday_before(t: TimeExpr, ref_date: str) -> TimeExpr | None:
    """A weekday read as the next one after ``ref_date``, moved to the one a week before (on or
    before the article's day); None for any other expression."""
    if not _WEEKDAY.fullmatch(t.text.strip()) or t.earliest != t.latest or t.value != t.earliest or not t.earliest:
        return None
    day = _day(t.earliest)
    if day is None:
        return None
    iso = (day - timedelta(days=7)).isoformat()
    if iso > ref_date:
        return None
    return replace(t, value=iso, edtf=iso, earliest=iso, latest=iso)


_AT_THE_TIME = frozenset({"when", "as", "while"})
# Words that join a year or a day to the noun it tells the time of ("the 2004 flood", "last year's
# summit")
_TIME_OF_NOUN = frozenset({"nummod", "compound", "poss", "amod"})


def _when_noun(trigger) -> int | None:
    """The word a "when" clause is set after ("after the 2004 flood, when depositors withdrew their
    money": "flood"; "in 1985, when the army built a wall": "1985"; "the year when": "year"),
    however the parser hangs the clause (on the noun, or on the verb the noun's phrase hangs on);
    None for any other trigger."""
    t = tables(trigger.doc)
    i = trigger.i
    if t.pos[i] not in ("VERB", "AUX") or t.deps[i] not in ("relcl", "advcl"):
        return None
    lower = lowered(trigger.doc)
    when = next((c for c in t.children[i] if t.deps[c] == "advmod" and lower[c] == "when" and c < i), None)
    if when is None or when < 2:
        return None
    if t.deps[i] == "relcl" and lower[when - 1] != ",":
        return t.heads[i]  # "the year when", "in the 1999 quake when houses fell"
    return when - 2 if lower[when - 1] == "," else None


def _when_of_a_dated_noun(trigger, index: TimexIndex) -> TimeExpr | None:
    """ "after the 2004 flood, when depositors withdrew their money", "at last year's congress, when
    the party split": a "when" clause set after a happening that names its own time (or after a
    time: "in 1985, when the army built a wall") happened at that time (:func:`_when_noun`); the
    time may be a bound of the clause before ("since the 1987 crash, when traders fled": the
    fleeing is 1987's)."""
    noun = _when_noun(trigger)
    if noun is None:
        return None
    by_token = index._by_token
    timex = by_token.get(noun)
    if timex is not None:
        return timex if timex.earliest else None
    t = tables(trigger.doc)
    if t.pos[noun] not in ("NOUN", "PROPN"):
        return None
    for c in t.children[noun]:
        timex = by_token.get(c)
        if timex is not None and t.deps[c] in _TIME_OF_NOUN and c < noun and timex.earliest:
            return timex
    return None


def _time_it_tells(trigger, index: TimexIndex) -> TimeExpr | None:
    """ "The trouble began on Monday, when rebels attacked a police post", "until next Tuesday, when a
    memorial service will take place": a "when" clause on a time happened at that time (even one
    the main clause only reaches up to: it is the clause's own time, not a bound)."""
    if trigger.pos_ == "NOUN":
        trigger = occurrence_verb(trigger) or support_verb(trigger)  # "when a service takes place"
    if trigger is not None and trigger.dep_ == "xcomp" and trigger.tag_ == "VBG":
        trigger = trigger.head  # "in mid-August, when the volcano began belching ash": the beginning's time
    if (
        trigger is None
        or trigger.dep_ != "relcl"
        or not any(c.lower_ == "when" for c in children_with(trigger, ("advmod",)))
    ):
        return None
    return index._by_token.get(trigger.head.i)


def _shared_with_conjunct(trigger, index: TimexIndex) -> TimeExpr | None:
    """ "The family emigrated and settled in California seven years ago": a verb with no date of
    its own shares the one written at the end of the verb joined to it, told in the same tense with
    the same subject."""
    if tables(trigger.doc).pos[trigger.i] != "VERB" or _timed_by_a_happening(trigger):
        return None
    for c in _conjuncts_sharing_time(trigger):
        found = _in_clause(c, index)
        if found is not None and found.start > c.idx:
            return found
    return _shared_from_before(trigger, index)


def _conjuncts_sharing_time(trigger) -> list:
    """The verbs joined to ``trigger`` (a verb) with no subject of their own, told in its tense, that
    share its time ("emigrated and settled in California seven years ago": "settled")."""
    t = tables(trigger.doc)
    out = []
    for ci in t.children[trigger.i]:
        if t.deps[ci] != "conj" or t.pos[ci] != "VERB":
            continue  # no Token made for the other children
        c = trigger.doc[ci]
        if (
            _same_tense(c, trigger)
            and not any_child(c, ("nsubj", "nsubjpass"))
            and not _participle_read_as_conjunct(c)  # "the temple of the Ming Dynasty built 500 years ago"
        ):
            out.append(c)
    return out


def _list_opener(trigger):
    """The verb that opens the list ``trigger`` is a later verb of, when ``trigger`` has no subject
    of its own and is told in that verb's tense ("killed one smuggler ... and seized a cache":
    "killed"); None otherwise."""
    first = trigger.head
    if trigger.dep_ != "conj" or first.pos_ != "VERB" or not _same_tense(trigger, first):
        return None
    return None if any_child(trigger, ("nsubj", "nsubjpass")) else first


def _sharing_conjuncts(trigger) -> list:
    """The verbs joined to a verb with no subject of their own that share its time, as
    :func:`_shared_with_conjunct` and :func:`_shared_from_before` read them: the verb it opens the
    list for (the time written at the end), or the verb that opens the list it is in."""
    if tables(trigger.doc).pos[trigger.i] != "VERB":
        return []
    later = [] if _timed_by_a_happening(trigger) else [c for c in _conjuncts_sharing_time(trigger) if c.i > trigger.i]
    first = _list_opener(trigger)
    return later if first is None else [*later, first]


def _conjuncts_deadline(trigger, index: TimexIndex, ref_date: str) -> EventDate | None:
    """ "The government will cut the number of troops and reduce its police force before the end of
    the year": a plan with no time of its own shares the deadline of the verb joined to it, as it
    shares its time (:func:`_shared_with_conjunct`); None when no such verb has one."""
    if trigger.pos_ != "VERB" or tense(trigger) != "future":
        return None
    for c in _sharing_conjuncts(trigger):
        found = _deadline(c, index, ref_date)
        if found is not None:
            return found
    return None


def _shared_from_before(trigger, index: TimexIndex) -> TimeExpr | None:
    """ "Soldiers killed one smuggler and arrested two last week, and seized a cache of rifles": a
    later verb of a list with no subject or date of its own, told in the tense of the verb that
    opens the list, shares the time that verb's clause or an earlier verb of the list gives."""
    first = _list_opener(trigger)
    if first is None:
        return None
    found = _in_clause(first, index)
    if found is None:
        for c in children_with(first, ("conj",)):
            if c.i < trigger.i and c.pos_ == "VERB" and _same_tense(c, first):
                found = _in_clause(c, index) or found
    return found if found is not None and found.end <= trigger.idx else None


# Prepositions that place a clause against another happening: "incorporated after World War II"
_AGAINST_A_HAPPENING = frozenset("after before during following amid since until".split())


def _timed_by_a_happening(verb) -> bool:
    """Does the verb's own clause place it against a happening ("were incorporated into the Soviet
    Union after World War II and regained independence in 1991")? That is its time, not the one
    written on the verb joined to it."""
    t = tables(verb.doc)
    deps, children, lower = t.deps, t.children, lowered(verb.doc)
    return any(
        deps[c] == "prep" and lower[c] in _AGAINST_A_HAPPENING and any(deps[g] == "pobj" for g in children[c])
        for c in children[verb.i]
        if c > verb.i
    )


def _same_tense(conjunct, verb) -> bool:
    """Is ``conjunct`` told in the tense of ``verb`` ("emigrated and settled": the parser may tag a
    past conjunct as a participle)?"""
    told = tense(conjunct)
    if told == tense(verb):
        return True
    if told != "none":
        return False
    if conjunct.tag_ in ("VB", "VBN") and tense(verb) == "future":
        # "will close three mines and retrain their workers in June", "will be repaired and reopened
        # in May": the bare conjunct shares the "will" (and the "be") of the verb it is joined to
        return not any_child(conjunct, ("aux", "auxpass"))
    return conjunct.tag_ == "VBN" and verb.tag_ == "VBD"


def _in_when_clause(trigger, index: TimexIndex) -> TimeExpr | None:
    """ "When Finegold approached him at a function in February, the mayor asked him ...": a clause
    with no date of its own happened at the time its "when" clause names."""
    t = tables(trigger.doc)
    if t.pos[trigger.i] not in ("VERB", "AUX"):
        return None
    deps, lower = t.deps, lowered(trigger.doc)  # indices: no Token made for each child
    for ci in t.children[trigger.i]:
        if deps[ci] == "advcl" and any(
            deps[c] in ("advmod", "mark") and lower[c] in _AT_THE_TIME for c in t.children[ci]
        ):
            found = _in_clause(trigger.doc[ci], index)
            if found is not None:
                return found
    return None


def pluperfect(trigger) -> bool:
    t = tables(trigger.doc)
    deps, lower = t.deps, lowered(trigger.doc)
    return any(deps[c] in ("aux", "auxpass") and lower[c] in ("had", "'d") for c in t.children[trigger.i])


# Acts within a game ("had opened the scoring", "had equalised", "had been sent off", "Ntini had
# dismissed the opener"): told in the past perfect in a game's report, an earlier moment of that game
_GAME_ACTS = frozenset("score equalise equalize reply handle concede net convert dismiss send book level".split())
_SCORING = frozenset("scoring account".split())
# what names a time before the game of the story's day ("in the previous round", "last season")
_OTHER_GAME = re.compile(
    r"\b(?:previous|earlier|last|ago|before|season|seasons|year|years|leg|week|month|round)\b", re.IGNORECASE
)


def _earlier_in_the_game(trigger, anchor: EventDate | None) -> bool:
    """Is a past perfect in a game's report an act of the game the story's day tells ("Leeds won 2-1
    on Saturday ... Cole had opened the scoring with a penalty", "Barnes had equalised")? Not one
    whose sentence names another time ("had reached the final in the previous round")."""
    if anchor is None or anchor.precision != "day" or not anchor.dated:
        return False
    lemma = trigger.lemma_.lower()
    if lemma == "open":
        if not any(c.lower_ in _SCORING for c in children_with(trigger, ("dobj",))):
            return False
    elif lemma not in _GAME_ACTS:
        return False
    if lemma == "send" and not any(c.lower_ == "off" for c in children_with(trigger, ("prt",))):
        return False
    sent = sentence_of(trigger)
    return _OTHER_GAME.search(sent.text) is None and tells_a_game(doc_text(trigger.doc))


# Kinds of incident a report of the day tells in the past perfect after "said" ("police said they had
# arrested three men", "officials said 30 people had been killed"): the reported deed of the story
_INCIDENT_KINDS = frozenset(
    (
        "death injury attack arrest expulsion release departure kidnapping"
        # the acts a body announces of itself: a deal struck, a company bought, a chief appointed
        " agreement purchase appointment approval launch discovery suspension sentence charge lawsuit resignation"
    ).split()
)
# Sayings whose reported past perfect is a backshifted report of the day's news
_REPORTING = frozenset("say tell report announce confirm add".split())
# Pronouns by which a speaker reports its own deed ("police said they had arrested", "the army said it
# had killed"): the backshifted "we (have) arrested" of the day's report
_SPEAKERS_OWN = frozenset("it they he she we".split())
# Adverbs that put a past perfect before the story's incident ("had previously been arrested")
_EARLIER_ADVERBS = frozenset("previously formerly once already earlier ever never originally initially".split())


def _incident_said_done(verb) -> bool:
    """Is ``verb`` an incident (a death, an injury, an attack, an arrest, a release, an expulsion, a
    kidnapping, a flight) or an act a body announces of itself (a deal, a purchase, an appointment)
    in the active past perfect, done by the speaker of a saying in the simple
    past with no time of its own, told by a pronoun ("Police said they had arrested three men", "the
    army said it had killed 20 rebels")? A speaker's report of its own deed: the past perfect is the
    backshifted "we (have) arrested", the deed the one the story reports, dated as a simple past
    under "said" is (the story's time), not before it. (A third party's past perfect, "the papers
    said the traffickers had killed policemen", tells what came before the story: not this.) Not
    one an adverb sets earlier ("had previously detained"), nor one over a stretch ("since May",
    "for two years"), nor one under a saying of its own time
    ("said on Monday": that day dates it) or one in the past perfect ("had said")."""
    if verb.tag_ != "VBN" or not kinds(verb.lemma_) & _INCIDENT_KINDS:
        return False
    t = tables(verb.doc)
    lower = lowered(verb.doc)
    for c in t.children[verb.i]:
        if t.deps[c] == "advmod" and lower[c] in _EARLIER_ADVERBS:
            return False
        if t.deps[c] == "prep" and lower[c] in ("since", "for", "during", "until"):
            return False
    if any(t.deps[c] == "auxpass" for c in t.children[verb.i]):
        return False
    tok = verb
    while tok.dep_ == "conj" and tok.head.tag_ == "VBN":
        tok = tok.head
    if tok.dep_ != "ccomp" or not any(t.deps[c] == "nsubj" and lower[c] in _SPEAKERS_OWN for c in t.children[tok.i]):
        return False
    say = tok.head
    return (
        say.tag_ == "VBD"
        and say.lemma_.lower() in _REPORTING
        and not pluperfect(say)
        and any(t.deps[c] == "nsubj" for c in t.children[say.i])
    )


def _before_story(trigger) -> bool:
    """Told inside a past perfect: "They had fled as the rebels swept across the country and took
    refuge in the forests": the sweeping and the refuge came before the story's time too, as does
    what a past perfect saying reports ("had insisted that ... and demanded neutral experts")."""
    if any(c.lower_ in _FIRST_OFF for c in children_with(trigger, ("advmod",))):
        return True  # "He originally joined the group with a friend": long before the story's day
    tok = trigger
    while tok.dep_ in ("conj", "advcl", "ccomp") and tok.head.i != tok.i:
        tok = tok.head
        if pluperfect(tok):
            return True
    return False


# Adverbs that set a past clause before the time the story tells of
_FIRST_OFF = frozenset("originally initially formerly previously once".split())


def _past(trigger) -> bool:
    if trigger.pos_ in ("VERB", "AUX"):
        return (
            tense(trigger) == "past"
            or _past_read_as_participle(trigger)
            or _participle_of_a_past(trigger)
            or _conjunct_of_a_past(trigger)
        )
    return False


# Verbs whose to-infinitive took place when they did: "managed to escape", "began to retreat"
_DONE_AS_TOLD = frozenset("manage begin start commence".split())
# Verbs that tell the happening of their complement began ("began questioning the officials") or
# began again ("resumed shelling the town") when they took place; not one that ended it ("stopped
# firing": it went on before), nor one that went on ("continued to favor a phased pullout": most
# often a state or a trend, which has no day of its own)
_PHASES = frozenset("begin start commence resume".split())


def _infinitive_of_a_past(verb) -> bool:
    """Is ``verb`` the to-infinitive of a verb in the simple past that says it took place ("Twelve
    miners managed to escape", "the rebels began to retreat"), or the gerund of one that says it
    began ("investigators began questioning five officials", "the army resumed shelling the town":
    it began, or began again, then)? Told in that past too; not after a perfect ("had managed to
    flee": before the story), a verb of trying ("tried to flee") or one that says it went on
    ("continued to favor": most often a state)."""
    if verb.dep_ != "xcomp" or verb.tag_ not in ("VB", "VBG"):
        return False
    head = verb.head
    told = _PHASES if verb.tag_ == "VBG" else _DONE_AS_TOLD | _PHASES
    if head.lemma_.lower() not in told or verb.tag_ == "VB" and not is_infinitive(verb):
        return False
    return (
        head.pos_ == "VERB"
        # a simple past the tagger may read as a participle ("eight miners managed/VBN to flee")
        and (head.tag_ == "VBD" or head.tag_ == "VBN" and any_child(head, ("nsubj",)))
        and not any_child(head, ("aux", "auxpass"))
    )


def _conjunct_of_a_past(verb) -> bool:
    """Is ``verb`` a participle joined by "and" or "or" to a verb in the simple past, the auxiliary
    left out ("Seven people were killed and 25 wounded", "discussed and approved the draft", "walked
    or boarded buses")? Told in that past too. Not after a past or present perfect ("had fled and
    hidden": before the story; "have been killed and wounded": up to now, as its head)."""
    if verb.tag_ != "VBN" or verb.dep_ != "conj":
        return False
    t = tables(verb.doc)
    deps = t.deps
    if any(deps[c] in ("aux", "auxpass") for c in t.children[verb.i]):
        return False
    head = verb.head
    lower = lowered(verb.doc)
    return (
        head.pos_ == "VERB"
        and tense(head) == "past"
        and not any(deps[c] == "aux" for c in t.children[head.i])  # a perfect: "had", "has"
        # joined by "and" or "or", not a participle after a comma ("broke out in the market, set up
        # near the shops": what the market is)
        and any(deps[c] == "cc" and head.i < c < verb.i and lower[c] in ("and", "or") for c in t.children[head.i])
    )


# Words that open a participle clause told at the time of its governing clause
_ALONGSIDE = frozenset({"while", "when", "as", "with"})


def _participle_of_a_past(verb) -> bool:
    """Is ``verb`` a present participle told alongside a clause in the simple past ("made the
    remarks while attending the annual commemoration", "the summit closed with Blair reporting back
    to the leaders", "He left the stage, waving to the crowd")? It happened then too."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "pcomp"):
        return False
    t = tables(verb.doc)
    deps = t.deps
    if any(deps[c] in ("aux", "auxpass") for c in t.children[verb.i]):
        return False
    head = verb.head
    if verb.dep_ == "pcomp":
        if head.lower_ not in _ALONGSIDE:
            return False
        head = head.head
    return head.pos_ in ("VERB", "AUX") and tense(head) == "past" and not pluperfect(head)


def _past_read_as_participle(verb) -> bool:
    """Is ``verb`` a simple past the tagger called a participle: with a subject of its own and no
    auxiliary, the sentence's main verb ("Thousands of mourners filed/VBN into the church"), what a
    saying reports ("reports said a shuttle travelling on the bridge derailed/VBN"), or a clause with
    an object, which no participle of a passive takes ("after police sealed/VBN off streets")? Not a
    participle after its noun and a comma ("Sheikh Omar, described as ..."), a small clause ("found
    their digs swathed in mesh", "has its work cut out", "After their 15 matches played") or one on
    "with" ("with the city sealed off"), which tell no time of their own."""
    if verb.tag_ != "VBN":
        return False
    t = tables(verb.doc)
    deps, lower = t.deps, lowered(verb.doc)
    kids = t.children[verb.i]
    subject = next((c for c in kids if deps[c] == "nsubj"), None)
    if subject is None and verb.dep_ == "ROOT":
        # "Solanki top-scored with 49": the parser, misled by the participle, took the subject for
        # a passive one, which a main verb with no "be" cannot have
        subject = next((c for c in kids if deps[c] == "nsubjpass"), None)
    if subject is None or any(deps[c] in ("aux", "auxpass") for c in kids):
        return False
    if "," in lower[subject : verb.i] and not _subject_set_off(verb.doc[subject], verb):
        return False  # "The explosives, stuffed into a cooker strapped to the donkey's back, ...": a participle aside
    dep = verb.dep_
    if not (
        dep == "ROOT"
        or dep == "ccomp"
        and verb.head.lemma_.lower() in SPEECH_VERBS
        or dep in ("advcl", "conj", "ccomp")
        and any(deps[c] == "dobj" for c in kids)
    ):
        return False
    return not any(lower[i] in ("with", "without") for i in (verb.head.i, verb.head.head.i))


def _subject_set_off(subject, verb) -> bool:
    """Is all that stands between the subject and ``verb`` a relative clause or an apposition on the
    subject, set off by commas ("Singh, who shot a 66, finished/VBN second", "Els, the champion,
    finished/VBN third"): the verb is the main clause's, not a participle aside?"""
    if not any(subject.i < c.i < verb.i for c in children_with(subject, ("relcl", "appos"))):
        return False
    return subject.right_edge.i >= verb.i - 1 and verb.doc[verb.i - 1].lower_ == ","


def _subject_of_past(trigger) -> bool:
    """Is the trigger an event noun that is the subject of a clause in the past ("the winger's
    introduction did seem to lift the crowd")? It is told in that clause's tense (as one in the
    present holds now: :func:`_now_holds`)."""
    return (
        trigger.pos_ == "NOUN"
        and trigger.dep_ == "nsubj"
        and trigger.head.pos_ in ("VERB", "AUX")
        and tense(trigger.head) == "past"
    )


def anchors_lead(date: EventDate, lead_rank: int, ref_date: str | None) -> bool:
    """Does this date, found in an opening sentence, put the lead on a day other than the article's?
    Not a day after it ("to guard polling stations during the election scheduled for Dec. 3"): a
    plan, not the day of the story the lead tells (as :meth:`StoryTime._told_day` has it)."""
    return (
        lead_rank < LEAD_SENTENCES
        and date.resolution in ("absolute", "relative")
        and date.precision == "day"
        and date.earliest is not None
        and date.earliest != ref_date
        and not (ref_date and date.earliest > ref_date)
    )


# Harm done to people, counted ("were killed", "wounded"), or to things ("was damaged in the blast",
# "the fire destroyed 300 shops")
_TOLL_VERBS = frozenset("kill injure wound hurt maim destroy damage gut".split())
# Verbs that tell a harm: "the blasts that rocked three hotels", "the bomb that ripped through a market"
_STRIKING = frozenset("rock strike hit rip tear explode attack bomb target kill".split())


# Nouns that name harm done by people in general, which a toll may be counted in as in a harm named
# by its kind ("were injured in the violence", "were killed in the clashes")
_HARMS_TOLD = _HARM_NOUNS | frozenset("violence clash clashes unrest rioting fighting".split())


def _harm_told(trigger) -> bool:
    """Does ``trigger`` tell a harm: a verb of striking, a harm noun ("attack", "blast"), or a
    relative clause on one ("the bombings which took place on Wednesday")?"""
    if trigger.lemma_.lower() in _STRIKING or trigger.lemma_.lower() in _HARM_NOUNS:
        return True
    return trigger.dep_ == "relcl" and trigger.head.lemma_.lower() in _HARM_NOUNS


def _toll_of_a_harm_told(trigger) -> bool:
    """Is ``trigger`` a toll counted in a harm the text told of before ("were killed in the blasts",
    "... killed and more than 110 others wounded in the blasts": the preposition may hang on its
    conjunct)? A harm named anew ("killed in a blast in Baghdad") is not one."""
    if trigger.lemma_.lower() not in _TOLL_VERBS:
        return False
    top = trigger.head if trigger.dep_ == "conj" else trigger
    for verb in (t for t in top.subtree if t.lemma_.lower() in _TOLL_VERBS):
        # the toll verb itself, or one joined to it: "57 people were killed and 110 others wounded in ..."
        if verb.i != trigger.i and verb.head.i not in (trigger.i, top.i) and verb.head.head.i != trigger.i:
            continue
        # ("were injured and arrested in the violence": the phrase hung on the verb joined to it)
        joined = [c for c in children_with(verb, ("conj",)) if c.pos_ == "VERB" and c.i > verb.i]
        for prep in [p for v in (verb, *joined) for p in children_with(v, ("prep",))]:
            if prep.lower_ not in ("in", "from", "by"):
                continue
            for noun in prep.children:
                if (
                    noun.dep_ == "pobj"
                    and (noun.lemma_.lower() in _HARM_NOUNS or noun.lower_ in _HARMS_TOLD)
                    and any(d.lower_ in DEFINITE_DETERMINERS for d in children_with(noun, ("det",)))
                ):
                    return True
    return False


# Papers that tell what they found ("The 2005 survey found", "a study conducted in 2004 found")
_PAPERS = frozenset("survey surveys study studies poll polls report reports census outlook review audit".split())
# What a paper does in telling: the paper's time is the telling's
_FINDING = frozenset("find show reveal suggest indicate conclude say estimate warn note predict put".split())


def paper_time(verb, index: TimexIndex, ref_date: str | None) -> EventDate | None:
    """The time of a paper that found or said what a past-tense ``verb`` tells, written on the paper
    itself ("A survey conducted by the ministry in 2004 found ...", "The 2005 survey found", "In
    its May economic outlook, the OECD said"): the telling is of that time, not of the story's
    (its era may be another paper's); inferred. None when no paper with a time of its own, before
    the article's day, tells it."""
    if verb.tag_ != "VBD" or verb.lemma_.lower() not in _FINDING or not ref_date:
        return None
    papers = [c for c in children_with(verb, ("nsubj",)) if c.lemma_.lower() in _PAPERS]
    papers += [
        g
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "in" and c.i < verb.i
        for g in c.children
        if g.dep_ == "pobj" and g.lemma_.lower() in _PAPERS
    ]
    by_token = index._by_token
    for paper in papers:
        found: list[TimeExpr] = []
        # the parser may hang the participle on the paper's "of" or "on" ("a survey on health conducted in 2004")
        ofs = [g for p in children_with(paper, ("prep",)) if p.lower_ in ("of", "on") for g in p.children]
        for c in [*paper.children, *(a for g in ofs for a in children_with(g, ("acl",)))]:
            if c.dep_ in ("compound", "nmod", "amod", "poss", "nummod") and c.i < paper.i and c.i in by_token:
                found.append(by_token[c.i])  # "the 2005 survey", "its May economic outlook"
            elif c.dep_ == "acl" and c.tag_ == "VBN":
                own = own_expression(c, index)  # "conducted by the ministry in 2004"
                if own is not None:
                    found.append(own)
        dated = {(t.earliest, t.latest) for t in found if t.earliest and t.latest and t.latest <= ref_date}
        if len(found) == 1 and len(dated) == 1:
            return replace(from_timex(found[0]), resolution="inferred")
    return None


# A past week, month or year the story moves to ("In the 1916 Rising, rebels took over the GPO.
# They retreated ..."): the era of the events told after it, until a day is named again.
_ERAS = frozenset({"week", "month", "year"})
# Reactions to the news (condemnation, praise, condolences) are statements: made by the time the
# article was written, not on the day of what they react to.
_REACTIONS = frozenset("condemn denounce praise welcome hail thank congratulate mourn applaud deplore".split())


def _in_relative_clause(trigger) -> bool:
    """Is the trigger inside a relative clause ("the acts that rocked three hotels Wednesday
    night")? An infinitive that says what a noun is for ("a strategy to rejuvenate the north in
    2003") is not one: it is told in the time of its noun's clause."""
    t = tables(trigger.doc)  # the walk up by the tables: a Token made only for a relative clause's verb
    heads, deps = t.heads, t.deps
    i = trigger.i
    while heads[i] != i:
        if deps[i] == "relcl":
            return not is_infinitive(trigger.doc[i])
        i = heads[i]
    return False


# Subordinators whose clause names a time other than its governing clause's: "after Jin injured
# his leg in Tuesday's final", "since Koizumi visited the shrine"
_OTHER_TIME = frozenset({"after", "before", "since", "until", "till", "following"})


def background(trigger) -> bool:
    """Is the trigger told as background to the clause it hangs on: inside a relative clause, a
    participle that describes a noun ("a memorandum signed in 2003", "the journey made 1,400
    years ago"), an apposition ("Griazev, winner of the title last year, ..."), or a clause with
    a subject of its own introduced by "after", "before", "since" after the clause it explains
    ("replaced him after he injured his leg in Tuesday's final")? Its own day is its own; the
    story does not move to it. It does move to the day of a clause told first ("After the rebels
    seized the town on Monday, the army ...") or one with no subject of its own ("was written off
    after making an emergency landing on Monday"): one thread, told in order."""
    if _in_relative_clause(trigger):
        return True
    tok = trigger
    while tok.head.i != tok.i:
        dep = tok.dep_
        if dep == "appos" or dep == "acl" and tok.tag_ in ("VBN", "VBG") and not is_infinitive(tok):
            return True
        if dep == "advcl" and tok.i in _told_before(tok.head) and tok.head.lemma_.lower() not in SPEECH_VERBS:
            return True  # "Born in 1933, Brown moved ...": what happened before the clause
        if _describes_noun(tok):
            return True  # "the bank, founded in 1882, ...": what the noun is
        if dep == "conj" and _participle_read_as_conjunct(tok):
            return True  # "the pagoda of the Tang Dynasty built 1,300 years ago": what the noun is
        if any(c.i == tok.i for c in _sequel_parts(tok.head)):
            return True  # "the decision followed a statement by an aide on October 2": what came before
        if (
            dep == "advcl"
            and tok.i > tok.head.i
            and any(c.lower_ in _OTHER_TIME for c in children_with(tok, ("mark", "advmod")))
            and any_child(tok, ("nsubj", "nsubjpass"))
        ):
            return True
        tok = tok.head
    return False


def _in_absolute_phrase(trigger) -> bool:
    """Is the trigger inside a phrase with a subject of its own set beside its clause, not joined
    to it as a clause is: after "with" or "without" ("with the event taking place in Perth a year
    later", "with the talks set for June") or a participle alone after the clause ("..., the event
    moving to Perth a year later"), or is it that subject? Such a phrase tells a circumstance
    beside its clause, at a time of its own."""
    tok = trigger
    while tok.head.i != tok.i:
        if _absolute_head(tok):
            return True
        if tok.dep_ in ("nsubj", "nsubjpass") and _absolute_head(tok.head):
            return True
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("xcomp", "conj"):
            return False
        tok = tok.head
    return False


def _absolute_head(tok) -> bool:
    """Is ``tok`` the word that heads an absolute phrase (:func:`_in_absolute_phrase`)?"""
    if tok.i <= tok.head.i or not any(c.i < tok.i for c in children_with(tok, ("nsubj", "nsubjpass"))):
        return False
    if tok.head.lower_ in ("with", "without"):
        return tok.dep_ in ("pcomp", "pobj", "advcl") and tok.pos_ in ("VERB", "AUX", "ADJ")
    return (
        tok.tag_ == "VBG"
        and tok.dep_ in ("advcl", "conj")
        and not any_child(tok, ("aux", "auxpass", "mark", "cc"))
        and not any(tok.head.i < c.i < tok.i for c in children_with(tok.head, ("cc",)))
    )


def _participle_read_as_conjunct(verb) -> bool:
    """Is ``verb`` a participle right after its noun that the parser joined to an earlier verb,
    with no "and", "or" or comma to join them, no subject or auxiliary of its own, and a time of
    its own after it ("paid a visit to the pagoda of the Tang Dynasty built more than 1,300 years
    ago")? It tells what the noun is, as "the pagoda, built ..." would; not a conjunct ("stormed
    the town and seized the radio"), nor a noun misread as a verb ("rose to 1,038 South Korean
    won from 1,033" in a sentence that names its time elsewhere), nor a clause whose subject the
    parser joined to the noun before ("beat Macao of China and Iraq drew with Syria on Friday")."""
    i = verb.i
    t = tables(verb.doc)
    tags, deps, pos = t.tags, t.deps, t.pos
    if tags[i] not in ("VBN", "VBD") or i == 0 or pos[i - 1] not in ("NOUN", "PROPN"):
        return False
    if deps[i - 1] not in ("pobj", "dobj"):
        return False  # "Jordan beat Macao and Iraq drew with Syria": a subject the parser joined to the object
    if any(deps[c] in ("nsubj", "nsubjpass", "aux", "auxpass", "cc") for c in t.children[i]):
        return False
    head = t.heads[i]
    if any(head < c < i and (deps[c] == "cc" or t.is_punct[c]) for c in t.children[head]):
        return False
    ents = t.ents
    return any(ents[k] in ("DATE", "TIME") for k in range(i + 1, verb.right_edge.i + 1))


# Subordinators that give a reason ("is a historic venue as it hosted ...", "because they
# defended it"); "since" is read as a bound (:func:`_bounding_clause`)
_REASONS = frozenset({"as", "because"})
# Verbs that give a thing a name ("was dubbed the Alamo", "was nicknamed the Iron Lady")
_NAMINGS = frozenset({"dub", "nickname", "christen"})


def _clause_verb(trigger):
    """The verb the trigger's happening is told by: itself, or the verb that stages an event noun
    ("hosted the first meeting"), up through conjuncts ("as it hosted ... and staged ...")."""
    verb = trigger
    if trigger.pos_ == "NOUN":
        verb = occurrence_verb(trigger) or support_verb(trigger)
        if verb is None and trigger.dep_ == "dobj":
            verb = trigger.head
    while verb is not None and verb.dep_ == "conj" and verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head
    return verb if verb is not None and verb.pos_ in ("VERB", "AUX") else None


def _why_it_is(trigger) -> bool:
    """Is the trigger a clause in the past that says why a thing, place or person is what it is
    ("Eton Manor is a historic venue as it hosted the first meeting after the war", "the general
    is a hero because he led the troops")? What made it so is its history, not the story's day
    ("Shares are lower as investors sold bank stocks" tells a change of the day: a comparative is
    no standing quality)."""
    verb = _clause_verb(trigger)
    if verb is None or verb.dep_ != "advcl" or tense(verb) != "past" or present_perfect(verb):
        return False
    if not any(c.lower_ in _REASONS and c.i < verb.i for c in children_with(verb, ("mark",))):
        return False
    head = verb.head
    if head.lemma_.lower() != "be" or tense(head) != "present" or head.i > verb.i:
        return False
    return any(c.dep_ == "attr" or c.dep_ == "acomp" and c.tag_ == "JJ" for c in head.children)


def _of_what_is(trigger) -> bool:
    """Is the trigger a clause in the simple present ("the firm focuses on vaccines"), or a
    participle, gerund or noun under one however the parser hung it ("Founded in 2001, the firm
    focuses on making and marketing vaccines", "Founded" read as the subject of "focuses")? A year
    it names tells what a thing is now, no past era the story moved to."""
    verb = trigger
    while tense(verb) == "none" and verb.dep_ != "relcl" and verb.head.i != verb.i:
        verb = verb.head  # "focuses on manufacturing and marketing vaccines": the gerunds' clause
    return verb.pos_ in ("VERB", "AUX") and tense(verb) == "present"


def _gives_a_name(trigger) -> bool:
    """ "The building was dubbed the Alamo": a name given to a thing, with no time of its own,
    is what the thing is called, not a happening of the story's day."""
    return trigger.lemma_.lower() in _NAMINGS and any_child(trigger, ("auxpass",))


def _not_told_as_fact(trigger) -> bool:
    """A clause in the future, with a modal or negated ("results will be published later in the
    day", "we don't condemn the 27th of April"): what it names is no day the story is told on."""
    verb = trigger
    if trigger.pos_ == "NOUN":
        verb = occurrence_verb(trigger) or support_verb(trigger)
        if verb is None:
            return False
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    return any(c.dep_ == "neg" or c.dep_ in ("aux", "auxpass") and c.tag_ == "MD" for c in verb.children)


def _told_aside(trigger) -> bool:
    """Is the trigger told aside from the story's thread: a participle that describes a noun
    ("a bishop martyred in 997", "the bank, founded in 1882, ..."), or inside a "since" or
    "until" ("divided since 1974, when troops invaded and occupied the north"): its time is its
    own or the bound's, not the story's?"""
    if trigger.dep_ == "acl" and trigger.tag_ == "VBN" and not is_infinitive(trigger) or _describes_noun(trigger):
        return True
    if _bounding_clause(trigger):
        return True  # "have imposed an aid freeze since Hamas took power": not the story's day
    return _in_bound(trigger)


# Prepositions whose gerund says what a clause is about ("convicted of ordering an attack in
# 2000", "praised for rescuing ...", "charged with killing ...")
_GERUND_THEMES = frozenset({"of", "for", "with", "over", "about"})


def _what_one_did(trigger) -> bool:
    """Is the trigger a gerund that says what its clause is about ("was convicted of ordering an
    armed attack in 2000")? The year it names is its own: the story does not go back there (its
    day does: "fined on Monday for spitting at a player in Saturday's game")."""
    tok = trigger
    while tok.head.i != tok.i:
        if tok.dep_ == "pcomp" and tok.tag_ == "VBG" and tok.head.lower_ in _GERUND_THEMES:
            prep = tok.head
            return prep.head.pos_ in ("VERB", "AUX") and prep.head.i < tok.i
        if tok.dep_ not in ("dobj", "pobj", "prep", "conj", "compound", "amod"):
            return False
        tok = tok.head
    return False


def _now_holds(trigger) -> bool:
    """Is the trigger an event noun that is the subject of a clause in the present ("arguing that
    the 1993 Oslo accords bar anyone who ...")? What holds now is not told in the noun's past."""
    if trigger.pos_ != "NOUN" or trigger.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = trigger.head
    return verb.pos_ in ("VERB", "AUX") and tense(verb) == "present"


_BOUND_MARKS = frozenset({"since", "until", "till"})


def _bounding_clause(tok) -> bool:
    """Is ``tok`` the verb of a "since" or "until" clause ("since Hamas took power")? Its time is
    a bound of the clause it hangs on, not that clause's time."""
    return tok.dep_ in ("advcl", "pcomp") and any(
        c.dep_ in ("mark", "advmod", "prep") and c.lower_ in _BOUND_MARKS and c.i < tok.i for c in tok.children
    )


def _in_bound(trigger) -> bool:
    """Is the trigger inside a "since", "until" or "till" ("the largest drop since the attack in
    2001", "closed since the 1974 invasion")? What it names is a bound of its governor's time."""
    heads, lower = tables(trigger.doc).heads, lowered(trigger.doc)  # (the walk up by the tables)
    i = trigger.i
    while heads[i] != i:
        i = heads[i]
        if lower[i] in _BOUND_MARKS:
            return True
    return False


def _before_told_first(trigger) -> bool:
    """Is the trigger in a "before" clause told ahead of the clause it hangs on ("Before 15 million
    voters cast their ballots on Thursday, 300,000 patients and soldiers voted")? What follows
    happened before that day, not on it: the story does not move to it (one told after its clause
    is background already)."""
    tok = trigger
    while tok.head.i != tok.i:
        if tok.dep_ == "advcl" and tok.i < tok.head.i:
            t = tables(tok.doc)
            lower = lowered(tok.doc)
            if any(
                t.deps[c] in ("mark", "advmod", "prep") and lower[c] == "before" and c < tok.i
                for c in t.children[tok.i]
            ):
                return True
        tok = tok.head
    return False


def _in_contrast(trigger) -> bool:
    """Is the trigger inside a phrase that sets another happening against its clause's ("in
    contrast to their boycott of an election in January", "unlike last year's vote")?"""
    tok = trigger
    while tok.head.i != tok.i:
        tok = tok.head
        if tok.lower_ in _CONTRASTS:
            return True
    return False


def _same_days(one: EventDate | None, other: EventDate) -> bool:
    """Are the two dates one span, told by the same words?"""
    return one is not None and (one.earliest, one.latest, one.text) == (other.earliest, other.latest, other.text)


def _names_its_day(trigger, date: EventDate) -> bool:
    """Do the words of ``date`` stand in the trigger's own clause ("said on Monday", not "hoped"
    in "said on Monday he hoped ...")? True when they cannot be found."""
    if not date.text:
        return True
    sent = sentence_of(trigger)
    at = doc_text(trigger.doc).find(date.text, sent.start_char, sent.end_char)
    if at < 0:
        return True
    idx = tables(trigger.doc).idx
    return any(idx[i] == at for i in clause_indices(trigger, participles=True))


# Subjects of a market's move ("US stocks rebounded", "Wall Street rallied", "the Dow fell")
_MARKET_SUBJECTS = frozenset("stock share market index bourse equity".split())
_MARKET_NAMES = ("wall street", "dow", "nasdaq")


def _market_move(trigger) -> bool:
    """Does ``trigger`` tell a market's move, its subject stocks, a market or an index ("US stocks
    rebounded", "Wall Street rallied", "the Nasdaq fell")? A noun or a participle with no subject
    of its own is of the verb it hangs on ("US stocks rebounded overnight on a sharp drop in oil
    prices, bringing cheer to Tokyo": the drop, the bringing)."""
    verb = trigger
    while verb.head.i != verb.i and (
        verb.pos_ not in ("VERB", "AUX")
        or verb.dep_ in ("advcl", "xcomp", "conj", "acl")
        and not any_child(verb, ("nsubj", "nsubjpass"))
    ):
        verb = verb.head
    for child in children_with(verb, ("nsubj", "nsubjpass")):
        if child.lemma_.lower() in _MARKET_SUBJECTS:
            return True
        name = " ".join(t.lower_ for t in child.subtree)
        if any(n in name for n in _MARKET_NAMES):
            return True
    return False


@dataclass
class StoryTime:
    """The time of the story told so far, as an article is read in text order: the latest day
    named in a main clause, and the past era (a week, month or year that does not hold that day)
    the story moved to after it, if any."""

    ref_date: str | None
    day: EventDate | None = None
    told_sent: int | None = None  # where the sentence that last told the story's day or era starts
    era: EventDate | None = None
    day_said: bool = False  # the day was told by a statement ("said on Friday") or a meeting, not a happening
    harm: EventDate | None = None  # the day of a harm told in background ("the blasts that struck on Wednesday")
    # the days named doers were last told acting on, in main clauses ("Wen came ... on Thursday"),
    # and the names of the doer of the clause that told the story's day
    threads: list[tuple[frozenset[str], EventDate]] = field(default_factory=list)
    # the words of the subject of the clause that last moved the story's day or era (None: no
    # subject, or a pronoun)
    teller: frozenset[str] | None = None
    # the era is the time of one happening told by its own adverbial ("Qian returned to Beijing
    # in October 1955"), not of a stretch the story stays in ("In the 1916 Rising, rebels took
    # over the GPO", "In October, Volcker said in a report", a line "-- May 1989")
    era_of_a_step: bool = False
    # the later day of a happening the story told before it looked back to an earlier day in a
    # main clause ("went on the rampage Thursday ... The court on Tuesday rejected a plea"), which
    # the next paragraph returns to (:meth:`new_paragraph`), with that day's teller
    back_to: EventDate | None = None
    back_teller: frozenset[str] | None = None
    day_teller: frozenset[str] | None = None  # the subject's words of the first clause that told the day
    # the period a results story gives its figures ("third-quarter net income fell 22% ... Revenue
    # declined 8%": the third quarter), until a figure is told of another time
    period: EventDate | None = None
    # a main clause told in the present perfect with no time of its own (:func:`_perfect_of_now`):
    # the era the story looked back to ends when the next sentence begins
    now_told: bool = False

    def next_sentence(self, sentence) -> None:
        """A sentence begins: after one whose main verb told a past from the time of writing ("Past
        laws have been repealed to allow the trial to go ahead", after "The case was reopened last
        year"), a main clause in the simple past is the story's again, out of the era it looked back
        to, back on its day ("Riot police were deployed around the court": the day of the trial the
        lead tells). More present perfects ("China has forgiven debts ... China has helped establish
        900 projects") go on telling from now, dated as they were."""
        if not self.now_told:
            return
        root = sentence.root
        if root.pos_ in ("VERB", "AUX") and (present_perfect(root) or pluperfect(root)):
            return  # (a past perfect tells what came before the story, not the story)
        if root.pos_ in ("VERB", "AUX") and tense(root) == "past":
            self.era = None
        self.now_told = False

    def told(self, date: EventDate, trigger, *, vague_past: bool = False, bounding: bool = False) -> None:
        """An event dated ``date`` (its own expression, or none) was told.

        A day or an era named in background (a relative clause: "the acts that rocked three hotels
        Wednesday night", a participle or an apposition on a noun, an "after" or "since" clause:
        :func:`background`) or in the past perfect ("had been recalled in late March") leaves
        the story where it is. A day after the article's date ("the May 1 election") is a plan,
        not the day of a story told in the past. An undated statement in the past tense ("...,
        he added") is made in the article's own time: the story leaves its era. ``bounding``: the
        trigger is written inside a bound ("since 1,543.63 was marked on Aug. 28, 2000"), which
        leaves the story where it is too."""
        if not date.dated or date.resolution not in ("absolute", "relative"):
            self._told_undated(date, trigger, vague_past=vague_past)
            return
        if (
            background(trigger)
            or pluperfect(trigger)
            or _before_story(trigger)
            or _not_told_as_fact(trigger)
            or _when_noun(trigger) is not None
        ):
            # ("held since early December, when Castro promised ...": a time the clause names,
            # told in passing)
            self._told_aside(date, trigger)
            return
        if bounding or _in_bound(trigger) or _in_contrast(trigger) or _set_for(trigger) or _before_told_first(trigger):
            # "the largest drop since the attack in 2001", "in contrast to their boycott of an
            # election in January": the bound's or the other happening's time, not the story's
            return
        if self._earlier_saying(date, trigger):
            return
        if date.precision != "day" and self.told_sent == sentence_bounds(trigger)[0] and _in_absolute_phrase(trigger):
            # "won the first cup in 1987, with the event taking place in Sydney eight years
            # later" (the parser may hang "with" on a noun), "..., the event moving to Perth in
            # 1991": the phrase's year is its own, the sentence's main clause told the story's era
            # (as :func:`_what_one_did`: its day does)
            return
        if date.precision == "day":
            self._told_day(date, trigger)
            return
        ref_date = self.ref_date
        if date.precision not in _ERAS or not ref_date or not date.earliest or not date.latest:
            return
        if date.latest >= ref_date:
            # "this year", "this month", "in the past two months": the article's own time, which a
            # past era the story looked back to before it ends ("was highlighted in September ...
            # The audit office delivered a report on the past two months")
            self.era = None
            return
        day = self.day.earliest if self.day is not None else None
        if day is not None and date.earliest <= day <= date.latest:
            return  # "last week ... on Monday": the day says more
        if _what_one_did(trigger) or _now_holds(trigger):
            return  # "convicted of ordering an attack in 2000", "the 1993 accords bar ...": not the story's era
        if trigger.pos_ not in ("VERB", "AUX") and self.told_sent == sentence_bounds(trigger)[0]:
            # "attacks occurred Wednesday, days before the anniversary of the uprising in 1973",
            # "500,000 visitors came to the expo from Nov. 4-6, ten times the number for the first
            # such event in 2003": a happening named in passing in a sentence that told the story's
            # day or era
            return
        if _of_what_is(trigger):
            return  # "Founded in 2001, the firm focuses on vaccines": what it does now, no past era
        if _from_alone(trigger, date.text):
            return  # "matched Maurice Greene from 1999": a starting point, not the story's time
        if _names_a_noun_above(trigger, date.text):
            return  # "held a rally for January's election", "to replace the 1953 armistice"
        if _perfect_clause(trigger):
            return  # "has won world titles at all levels, taking the junior title in 1994": up to now
        if _one_of_several(trigger, date.text):
            # "won the world title in 2003 and 2005": the story went back to times it names no one era for
            self.era = UNKNOWN_PAST
            return
        start = sentence_bounds(trigger)[0]
        # a step only if no clause of the sentence that told the era says otherwise ("In July, eight
        # officials were punished for selling posts": the count, not the gerund told after it)
        again = self.told_sent == start and self.era == date
        step = _a_step_in_time(trigger, date.text) and (self.era_of_a_step or not again)
        self.era, self.told_sent, self.era_of_a_step = date, start, step
        self.teller = _subject_words(trigger)

    def _told_undated(self, date: EventDate, trigger, *, vague_past: bool) -> None:
        """An event with no time of its own (or one worked out, not told) was told: an undated
        statement in the past tense or a clause told from now leaves the era; a main clause in the
        present perfect leaves it when the next sentence begins (:meth:`next_sentence`); a vague
        past moves the story to a past it names no time for."""
        if self.era is not None and (_statement_now(trigger) or _told_from_now(trigger)):
            self.era = None
        elif self.era is not None and _perfect_of_now(trigger):
            # the perfect's own clause and sentence are dated as before
            self.now_told = True
        elif vague_past and not date.dated and _past(trigger) and not _in_relative_clause(trigger):
            self.era = UNKNOWN_PAST  # "Last season, Bryant scored 81 points": what follows is not dated

    def figure_told(self, date: EventDate, trigger) -> None:
        """A figure was told with a time of its own: a period over before the article ("In the nine
        months, net rose 4.3%", "exports rose in the first half") is the period of the figures told
        after it; another time ("shares fell 3% on Friday", "sales this year") ends it."""
        if not a_figure(trigger):
            if date.precision == "day" and trigger.lemma_.lower() in _FIGURE_VERBS and _amount(trigger):
                self.period = None  # "BellSouth shares fell 87.5 cents Friday": the story is on a day's trading
            return
        if background(trigger) or pluperfect(trigger) or _in_bound(trigger):
            return
        if trigger.dep_ == "pobj" or _BASELINE_TIME.search(date.text or ""):
            return  # "compared with a restated loss of $9 million a year ago": the figure compared with
        self.period = date if _a_period(date, self.ref_date) else None

    def figures_named(self, sent, index: TimexIndex) -> None:
        """A sentence names a period on a figure's noun ("reported a third-quarter net loss",
        "First-half profit rose 5%", "a gain in third-quarter net income"): the figures told after
        it, in its sentence and the next ones, are of that period."""
        usable = index.usable
        if not usable:
            return
        doc = sent.doc
        t = tables(doc)
        start = bisect_left(index._starts, t.idx[sent.start])
        end_char = t.ends[sent.end - 1]
        for timex in usable[start:]:
            if timex.start >= end_char:
                break
            if id(timex) in index.bounds or not _a_period(timex, self.ref_date) or _BASELINE_TIME.search(timex.text):
                continue  # (not "a year-earlier loss": the figure compared with)
            top = doc[bisect_right(t.idx, timex.end - 1) - 1]
            while top.head.i != top.i and timex.start <= top.head.idx < timex.end:
                top = top.head
            if top.dep_ in _ON_A_NOUN and top.head.lemma_.lower() in _FIGURE_NOUNS and _figures_told(top.head):
                self.period = from_timex(timex)

    def period_of(self, trigger) -> EventDate | None:
        """The period the story gives its figures (:attr:`period`), for a figure told with no time
        of its own ("Revenue declined 8% to $85.7 million" after "third-quarter net income fell"),
        else None."""
        period = self.period
        if period is None or not a_figure(trigger):
            return None
        return replace(period, resolution="inferred", mention=0)

    def _told_aside(self, date: EventDate, trigger) -> None:
        """A day told in background or before the story: the story stays, though it may be past its era."""
        if date.precision == "day" and background(trigger) and _harm_told(trigger):
            self.harm = date  # "condemning the acts that rocked three hotels Wednesday night"
        if self._past_era(date):
            # "whose mayor was voted out Sunday" after a look back to "early this month": the
            # story is past that era again, though a day told aside does not become its day
            self.era = None

    def _past_era(self, date: EventDate) -> bool:
        """Is ``date`` a day after the era the story moved to, up to the article's day?"""
        era = self.era
        return (
            era is not None
            and era.latest is not None
            and date.precision == "day"
            and date.earliest is not None
            and date.earliest > era.latest
            and (self.ref_date is None or date.earliest <= self.ref_date)
        )

    def _told_day(self, date: EventDate, trigger) -> None:
        """A day was told in a main clause of the story."""
        if self.ref_date and date.latest and date.latest > self.ref_date:
            # "before the May 1 election", "the summit will take place on November 4-5" (an
            # article of November 4): a plan, not the day of the story told
            return
        if _long_before(date, self.ref_date):
            if not _perfect_clause(trigger):
                # "born on April 6, 1963": a day of the past, not the story's day
                self.era, self.told_sent = date, sentence_bounds(trigger)[0]
                self.teller = _subject_words(trigger)
        elif _weeks_before(date, self.ref_date) and (self.day is None or not _weeks_before(self.day, self.ref_date)):
            # "Turkey began membership talks on October 4" told in a story of this week: a look
            # back, which the next statement of now ("Gul pledged more efforts") leaves
            start = sentence_bounds(trigger)[0]
            if self.day is not None and self.era is None and not self.day_said and self.told_sent != start:
                self.back_to, self.back_teller = (
                    self.day,
                    _told_apart(self.day_teller, trigger),
                )  # the era is the look back
            self.era, self.told_sent = date, start
            self.teller = _subject_words(trigger)
        elif _names_a_noun_above(trigger, date.text):
            pass  # "arrested for the Monday attack": the attack's day, the story stays
        elif self._night_before(date) and _market_move(trigger):
            # "Tokyo shares closed higher Wednesday ... US stocks rebounded overnight ... Toyota was
            # up 150 yen": another market's session the night before, the story stays on its day
            pass
        else:
            start = sentence_bounds(trigger)[0]
            again = self.told_sent == start and self.era is None and _same_days(self.day, date)
            self._look_back(date, trigger)
            if not again or _names_its_day(trigger, date):
                # "Ahmed said Wednesday night he hoped he would present a clean election": the
                # statement named the day; what it reports, dated by the same words, does not make
                # it a happening's day
                self.day_said = trigger.lemma_.lower() in _STATEMENTS or trigger.lemma_.lower() in _MEETINGS
            self.day, self.era, self.told_sent = date, None, start
            self.teller = _subject_words(trigger)
            if not again or self.day_teller is None:
                # a clause with no subject of its own ("... from pouncing for a victory on Friday"):
                # the sentence's main subject ("Bryant poured in 58 points, but it was not enough")
                self.day_teller = self.teller or _subject_words(sentence_of(trigger).root)
            doer = _doer_names(trigger)
            if doer:
                self.threads = [(names, day) for names, day in self.threads if not names & doer]
                self.threads.append((doer, date))

    def _look_back(self, date: EventDate, trigger) -> None:
        """The story's day moves to ``date``, told in the trigger's sentence: keep the
        later day of a happening it leaves for an earlier one told in another sentence
        (:attr:`back_to`), or forget it when the story moves on to a later day. An earlier day the
        sentence of the later one gives ("was fined Monday for spitting in Saturday's win") is what
        the story goes on to tell, no look back."""
        day, back, start = self.day, self.back_to, sentence_bounds(trigger)[0]
        if not date.earliest:
            return
        if back is not None and back.earliest and date.earliest < back.earliest:
            return  # still looking back from the same later day
        if (
            day is not None
            and day.earliest
            and date.earliest < day.earliest
            and not self.day_said
            and self.told_sent != start
        ):
            self.back_to, self.back_teller = day, _told_apart(self.day_teller, trigger)
        else:
            self.back_to = self.back_teller = None

    def new_paragraph(self, sentence) -> None:
        """A paragraph begins with ``sentence``: a look back to an earlier day, told in a main clause
        of the story of a later happening's day, ends when a paragraph names again who that later
        happening's subject was, and the story returns to that day ("Supporters of Ershad went on
        the rampage Thursday ... The supreme court on Tuesday rejected his plea. [new paragraph]
        Police said supporters smashed cars": Thursday). A paragraph that goes on with the earlier
        day's happening ("The suicide attack destroyed a Humvee" after "The attack took place
        Tuesday", "But Gazprom immediately poured
        cold water on the claim") stays on it. Not when the story moved to a past era since."""
        back, teller = self.back_to, self.back_teller
        if back is None or teller is None:
            return
        if self.era is not None and back is not self.day:
            self.back_to = self.back_teller = None
            return
        doc = sentence.doc
        lower, pos = lowered(doc), tables(doc).pos
        # who acted, not what happened ("The attack took place Tuesday ... The suicide attack")
        named = (i for i in range(sentence.start, sentence.end) if pos[i] in ("NOUN", "PROPN") and lower[i] in teller)
        if any(not is_trigger(doc[i]) for i in named):
            self.day, self.era, self.day_said, self.teller, self.day_teller = back, None, False, teller, teller
            self.back_to = self.back_teller = None

    def thread_anchor(self, trigger) -> EventDate | None:
        """The later day a named doer's own thread is on, when the story looked back to an earlier
        day told of someone else ("Wen came to the company on Thursday ... The woman died on
        November 10. ... Wen watched the whole process": Thursday, not November 10); else None."""
        now = self.anchor()
        if now is None or not now.latest or self.teller is None:
            return None
        doer = _doer_names(trigger)
        if not doer or doer & self.teller or tense(trigger) != "past" or present_perfect(trigger):
            return None  # (a present perfect tells news up to now, not the thread's day)
        for names, told in reversed(self.threads):
            if names & doer:
                return told if told.earliest and told.earliest > now.latest else None
        return None

    def _night_before(self, date: EventDate) -> bool:
        """Is ``date`` an "overnight" before the story's day, a happening (not a statement) told?"""
        day = self.day
        if day is None or self.day_said or (date.text or "").lower() != "overnight":
            return False
        return bool(day.earliest and date.earliest and date.earliest < day.earliest)

    def toll_anchor(self, trigger) -> EventDate | None:
        """The day of the harm told in background a toll "in the blasts" counts ("condemning the acts
        that rocked three hotels Wednesday night ... At least 57 people were killed in the blasts"),
        when the story is on a later day (a statement's, the article's); else None."""
        harm, day = self.harm, self.day
        if harm is None or self.era is not None or not harm.earliest:
            return None
        now = day.earliest if day is not None else self.ref_date
        if not now or harm.earliest >= now or not _toll_of_a_harm_told(trigger):
            return None
        return harm

    def spoken_now(self) -> None:
        """A quotation opened a paragraph in the present tense ("Federer is obviously among the
        great players. He demonstrated his prowess ...", Chang commented, after "The year of 2002
        was his swan song"): the speaker talks from the day of speaking; the story leaves the past
        era it was in, and the quotation's past verbs are not of that era."""
        self.era = None

    def to_unknown_past(self) -> None:
        """The story moved to a past it names no time for ("Born in 1933, Brown moved ...")."""
        self.era = UNKNOWN_PAST

    def _earlier_saying(self, date: EventDate, trigger) -> bool:
        """A statement dated before the story's day ("Pfizer said over the weekend that it was
        stopping trials" in a story of Monday's markets): what is said is dated by it, the
        story's later paragraphs stay on its day."""
        day = self.day
        if day is None or not day.earliest or not date.latest or date.latest >= day.earliest:
            return False
        verb = _saying_of(trigger)
        if verb is None or not date.text:
            return False
        # "In February, scientists said they had found ...": a time set before the saying and its
        # speaker is the scene of what follows; one after the speaker ("said on Saturday", "Siniora
        # a day earlier vowed not to cave in") dates the saying
        sent = sentence_of(verb)
        at = doc_text(verb.doc).find(date.text, sent.start_char, sent.end_char)
        speaker = next((c for c in children_with(verb, ("nsubj",)) if c.i < verb.i), None)
        if at <= (verb.idx if speaker is None else speaker.left_edge.idx):
            return False
        # the saying's own words ("said on Saturday"), not those of what it reports ("said
        # rebels ambushed a convoy on Monday": the story moves to the ambush's day)
        own = set(clause_indices(verb, participles=True))
        for c in children_with(verb, ("ccomp",)):
            own.update(said_when(c))
        idx = tables(verb.doc).idx
        return any(idx[i] == at for i in own)

    def headed(self, date: EventDate) -> None:
        """A line of its own named a time ("-- November 1986", "-- May 1989"): the happenings told
        under it are of that time, in a past era (a week, month or year before the article's)."""
        ref_date = self.ref_date
        if date.precision in _ERAS and ref_date and date.latest and date.latest < ref_date:
            self.era, self.era_of_a_step = date, False

    def anchor(self) -> EventDate | None:
        """The date an undated event of the story takes: the era, else the day, else None."""
        return self.era if self.era is not None else self.day

    def anchor_of(self, trigger) -> EventDate | None:
        """:meth:`anchor` for ``trigger``, save that an era of a month or a year that is the time
        of one step the story told in an earlier sentence (:func:`_a_step_in_time`) places no
        later step: "In October 1955, Qian returned to Beijing. He led the development of China's
        first missiles", "The club was founded in 1829. As rowing grew, races changed": told
        after it, at no time the article gives (UNKNOWN_PAST). Still of that time: a clause that
        says it is one more of the same ("Zhang was also removed"), an event noun (most often the
        step told again: "claimed the title in 1989 ... his five-set win"), a change of a quantity
        ("In October, accidents surged by 26 percent. Deaths rose by 44 percent": the month's)."""
        era = self.era
        if (
            era is None
            or not self.era_of_a_step
            or era.precision not in _STEP_ERAS
            or self.told_sent == sentence_bounds(trigger)[0]
            or trigger.pos_ not in ("VERB", "AUX")
            or trigger.lemma_.lower() in CHANGES_OF_QUANTITY
            or _counted(trigger, _COUNTED_PARTS, amounts=True)
            or _done_to(trigger)
            or _also(trigger)
            or self.told_sent is not None
            and _placed_at_one_told(trigger, self.told_sent)
        ):
            return self.anchor()
        return UNKNOWN_PAST


# The nouns of a results story's figures, on which a period is named ("third-quarter net income",
# "first-half profit", "a gain in nine-month sales")
_FIGURE_NOUNS = (
    frozenset(
        "income profit profits loss losses earning earnings revenue revenues sales result results figure figures "
        "output exports imports turnover deficit surplus net growth gdp".split()
    )
    | CHANGES_OF_QUANTITY
)
# Verbs that tell a figure's change or total ("Revenue slipped 4%", "Sales totaled $50 million")
_FIGURE_VERBS = CHANGES_OF_QUANTITY | frozenset(
    "slip edge advance ease sink slide widen narrow total amount reach".split()
)
# Nouns that tell a figure's change ("posted a 34% profit gain", "had a $23 million loss")
_FIGURE_CHANGES = frozenset("gain loss rise increase decrease drop decline fall growth jump surge slump dip".split())
# Verbs a figure's change is told with ("had a $23 million loss", "posted a 34% gain"; not
# "reported", the release of the results, a row of its own day)
_FIGURE_SUPPORT = frozenset("have post record suffer log book show register notch achieve earn".split())
_ON_A_NOUN = frozenset({"amod", "compound", "nmod"})
_PERIOD_DAYS = 28


def _figures_told(noun) -> bool:
    """Is the figure's ``noun`` what its clause tells of, subject or object ("third-quarter net income
    fell", "reported a third-quarter net loss", "a gain in third-quarter net income"), not a thing
    something else is about ("a further delay of its third-quarter results")?"""
    if noun.dep_ in ("nsubj", "nsubjpass", "dobj", "attr"):
        return True
    prep = noun.head
    return noun.dep_ == "pobj" and prep.head.i != prep.i and prep.head.lemma_.lower() in _FIGURE_CHANGES


def _a_period(date: EventDate | TimeExpr, ref_date: str | None) -> bool:
    """Is ``date`` a stretch of a month or more that was over before the article's day (a quarter,
    "the first nine months", a year), a period figures are given for?"""
    first, last = _day(date.earliest) if date.earliest else None, _day(date.latest) if date.latest else None
    if first is None or last is None or not ref_date or date.precision == "none":
        return False
    if "fiscal" in (date.text or "").lower():
        return False  # "the fiscal first quarter": of a year the text does not say when it begins
    return (last - first).days >= _PERIOD_DAYS and date.latest is not None and date.latest < ref_date


def a_figure(trigger) -> bool:
    """Does ``trigger`` tell a figure's change with its amount ("Revenue declined 8% to $85.7
    million", "posted a 34% profit gain", "had a $23 million loss", "posted net income of $133.1
    million"), not a market's move ("the index fell 3 points", "shares rose 5%", "fell 75 cents to
    $52.25 on the Big Board": a day's trading)?"""
    lemma = trigger.lemma_.lower()
    if trigger.pos_ in ("VERB", "AUX") and lemma in _FIGURE_SUPPORT:
        return any(
            c.dep_ == "dobj"
            and (
                (c.pos_ == "NOUN" and (a_figure(c) or (c.lemma_.lower() in _FIGURE_NOUNS and _amount(c))))
                or (lemma == "earn" and c.ent_type_ == "MONEY")
            )
            for c in trigger.children
        )  # "had a loss", "posted net income of $133.1 million", "earned $315.8 million"
    if not (
        (trigger.pos_ == "VERB" and lemma in _FIGURE_VERBS) or (trigger.pos_ == "NOUN" and lemma in _FIGURE_CHANGES)
    ):
        return False
    return _amount(trigger) and not _market_move(trigger) and not _traded(trigger)


def _amount(word) -> bool:
    """Does a word other than the subject below ``word``, or below one of them, give an amount ("rose 8%",
    "to $85.7 million", "a $23 million loss", "income of $133.1 million")?"""
    return any(
        tok.ent_type_ in _AMOUNTS
        for child in word.children
        if child.dep_ not in ("nsubj", "nsubjpass")
        for tok in (child, *child.children)
    )


# Where a price is made: "fell 75 cents to $52.25 on the Big Board", "in composite trading"
_TRADING = frozenset("trading trade board exchange market session dealings".split())


def _traded(verb) -> bool:
    """Is ``verb``'s change, or that of the verb it is joined to, told where a price is made ("on the
    Big Board", "In over-the-counter trading, LIN soared $4.625, while McCaw fell $2.50")?"""
    heads = [verb]
    while heads[-1].dep_ == "conj" and heads[-1].head.i != heads[-1].i:
        heads.append(heads[-1].head)
    return any(
        prep.dep_ == "prep" and prep.lower_ in ("on", "in") and any(o.lemma_.lower() in _TRADING for o in prep.children)
        for tok in heads
        for prep in tok.children
    )


def _told_apart(words: frozenset[str] | None, trigger) -> frozenset[str] | None:
    """The subject's ``words`` of the later day's happening that the sentence of the look back
    (the trigger's) does not hold: a paragraph naming those is back on the later day; one naming a
    word the look back shares ("protesters clashed with police on Saturday ... police officers were
    injured") may go on with it."""
    if not words:
        return None
    sent = sentence_of(trigger)
    lower = lowered(trigger.doc)
    rest = words - {lower[i] for i in range(sent.start, sent.end)}
    return rest or None


_FAR_DAYS = 365
# Links of a time expression that name the time of a thing ("the 1916 Rising", "last year's
# final", "the 2003 war"), not of the verb's happening
_OF_A_THING = frozenset({"compound", "nummod", "nmod", "poss", "amod"})


_STEP_ERAS = frozenset({"month", "year"})


def _a_step_in_time(trigger, text: str | None) -> bool:
    """Is the era ``text`` the time of the trigger's one happening, told by an adverbial of its
    own ("returned to Beijing in October 1955", "retired in 1991", "In 1829 the race was
    established")? Not a thing's time ("In the 1916 Rising, rebels took over ...": the rising
    lasted, and its happenings are told in it) nor a statement's (what "In October, Volcker said in
    a report" said is told next, of that time)."""
    if not text or trigger.lemma_.lower() in CHANGES_OF_QUANTITY or _saying_of(trigger) is not None:
        return False  # "In October, accidents surged": the month measured; "Volcker said in October that ..."
    if _progressive_past(trigger) or _counted(trigger, _SUBJECTS):
        # "was repairing a mixer this July when ...": a scene the next sentences happen in; "In
        # July, eight officials were punished": a count the next sentences give instances of
        return False
    found = _words_in_sentence(trigger, text)
    if found is None:
        return False
    words = found[1]
    inside = {t.i for t in words}
    # (a thing's name may be tagged a verb: "the 1916 Rising/VBG")
    return not any(
        t.dep_ in _OF_A_THING and t.head.i not in inside and (t.dep_ != "amod" or t.head.pos_ in ("NOUN", "PROPN"))
        for t in words
    )


_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_WHICH_ONES = frozenset({"the", "these", "those"})
_COUNTED_PARTS = frozenset({"nsubj", "nsubjpass", "dobj"})
# Prepositions of an amount a clause gives ("sold for 92 yuan", "sentenced to 13 years")
_AMOUNT_PREPS = frozenset({"for", "to", "at", "by"})


def _counted(verb, deps: frozenset[str], *, amounts: bool = False) -> bool:
    """Does ``verb``'s subject (or another of ``deps``), or with ``amounts`` the object of an
    amount preposition, count ("67,000 people found work", "Three fifths of his face was
    destroyed", "were sold for 92 yuan a gram")? Figures given for the month or year told."""
    heads = children_with(verb, deps)
    if amounts:
        heads += [o for p in children_with(verb, ("prep",)) if p.lower_ in _AMOUNT_PREPS for o in p.children]
    # (not "the two countries", "its three ministers": a number that says which, counting nothing)
    return any(
        h.pos_ == "NUM"
        or any_child(h, ("nummod",))
        and not any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in _WHICH_ONES for c in h.children)
        for h in heads
    )


def _done_to(verb) -> bool:
    """Is ``verb`` a passive ("Priebke was freed", "The town was razed"), or joined to one? What was
    done to the one the story told of is most often the outcome of the step told (the verdict, the
    capture), in its time."""
    tok = verb
    while tok.dep_ == "conj" and tok.head.i != tok.i and not any_child(tok, ("auxpass",)):
        tok = tok.head
    return any_child(tok, ("auxpass", "nsubjpass"))


def _progressive_past(verb) -> bool:
    """ "was repairing", "were being held": a past progressive."""
    return verb.tag_ == "VBG" and any(c.lower_ in ("was", "were") for c in children_with(verb, ("aux",)))


def _placed_at_one_told(trigger, told_sent: int) -> bool:
    """Is the trigger's clause placed in, at or during a thing the sentence starting at token
    ``told_sent`` names ("first competed in the Rome Games in 1960 ... In the Rome Games, it sent a
    boxer": the Games the era was told with)?"""
    doc = trigger.doc
    named = {t.lower_ for t in doc[told_sent].sent if t.pos_ in ("NOUN", "PROPN")}
    return any(
        p.dep_ == "prep" and p.lower_ in ("in", "at", "during") and o.dep_ == "pobj" and o.lower_ in named
        for p in trigger.children
        for o in p.children
    )


def _also(trigger) -> bool:
    """Does the trigger's clause, or the clause it is joined to, say it is one more of the same
    ("was also removed", "Zhang was also removed, and Shi was deprived of his seat")?"""
    tok = trigger
    while True:
        if any(c.lower_ == "also" for c in children_with(tok, ("advmod",))):
            return True
        if tok.dep_ != "conj" or tok.head.i == tok.i:
            return False
        tok = tok.head


def _noun_verb(trigger):
    """The trigger itself, or for an event noun the verb it occurs by or is supported by ("the
    evacuations began", "held talks"), None when it has none.

    (Asked some seven times for each trigger while it is dated: a noun's verb is found once per Doc,
    kept as its index, a Token kept would keep its Doc alive.)"""
    if trigger.pos_ != "NOUN":
        return trigger
    return token_memo(trigger, "noun_verb", lambda noun: occurrence_verb(noun) or support_verb(noun))


def _own_verb(trigger):
    """The trigger itself, or the verb an event noun occurs by (not up through conjuncts, as
    _clause_verb goes)."""
    return trigger if trigger.pos_ in ("VERB", "AUX") else occurrence_verb(trigger) or support_verb(trigger)


def _subject_words(trigger) -> frozenset[str] | None:
    """The lower-cased words of the subject of the trigger's clause, or None (no subject, or a
    pronoun, who may be anyone told before)."""
    verb = _own_verb(trigger)
    if verb is None:
        return None
    subject = first_child(verb, ("nsubj", "nsubjpass"))
    if subject is None or subject.pos_ == "PRON":
        return None
    return frozenset(lowered(trigger.doc)[i] for i in subtree_indices(subject))


def _doer_names(trigger) -> frozenset[str]:
    """The lower-cased words of the name of the trigger's doer: the proper noun that is the subject
    of its active verb ("Premier Wen Jiabao came": wen, jiabao), else none (a pronoun, a common
    noun, a passive)."""
    verb = _own_verb(trigger)
    if verb is None:
        return frozenset()
    subject = first_child(verb, ("nsubj",))
    if subject is None and verb.dep_ == "conj":
        subject = first_child(verb.head, ("nsubj",))
    if subject is None or subject.pos_ != "PROPN":
        return frozenset()
    return frozenset(c.lower_ for c in children_with(subject, ("compound",)) if c.pos_ == "PROPN") | {subject.lower_}


_RECENTLY = frozenset("recently lately newly".split())


def _recent(trigger) -> bool:
    """Does the clause say its happening is recent ("recently adopted", "has lately become")?"""
    doc = trigger.doc
    t = tables(doc)
    deps, lower = t.deps, lowered(doc)
    return any(deps[c] == "advmod" and lower[c] in _RECENTLY for c in t.children[trigger.i])


# Words after a stretch that end it at another time than now
_UP_TO_ANOTHER = frozenset({"of", "before", "after", "until", "till", "ahead", "leading", "preceding", "since"})
# Units of a recent stretch short enough to read as "recently" (the month before the article)
_SHORT_UNITS = frozenset({"day", "week"})


def _recent_stretch(trigger) -> str | None:
    """The unit of an uncounted stretch just before now a clause is told in ("has risen in recent
    years": "year"; "was debated in the past few weeks": "week"), else None. Told of a stretch,
    the happening is not the story's day. A counted one ("in the past two years") is an
    expression of its own; one up to another time ("in the last days of the war") is no stretch up
    to now."""
    if trigger.pos_ not in ("VERB", "AUX"):
        return None
    for c in children_with(trigger, ("prep",)):
        if c.lower_ not in ("in", "over", "during", "throughout"):
            continue
        for obj in c.children:
            unit = _STRETCH_UNITS.get(obj.lemma_.lower()) if obj.dep_ == "pobj" and obj.tag_ == "NNS" else None
            if unit is None or any_child(obj, ("nummod", "prep", "poss", "relcl", "acl")):
                continue  # "in the last days of the war", "in his last years": up to another time
            nxt = obj.i + 1
            if nxt < len(obj.doc) and obj.doc[nxt].lower_ in _UP_TO_ANOTHER:
                continue  # "in the last weeks before the vote" (however the parse hangs "before")
            if any(g.lower_ in _UP_TO_NOW for g in obj.children):
                return unit
    return None


def _recent_span(trigger, ref_date: str | None) -> EventDate | None:
    """The date of a clause told as recent: "recently" or a stretch of weeks or days ("in recent
    weeks") the month before the article, a longer stretch ("in recent years") UNDATED; None
    for a clause not told so."""
    stretch = _recent_stretch(trigger)
    if stretch is not None and stretch not in _SHORT_UNITS:
        return UNDATED
    if stretch is not None or _recent(trigger):
        return _recently(trigger, ref_date)
    return None


def _after_what_is_now(trigger) -> bool:
    """Is the trigger the verb of an "after" clause with a subject of its own that hangs on a verb
    told in the present or the present perfect ("The closure comes after inspectors visited the
    school", "The ministry has shut the school after parents complained")? What it tells came
    before the time of writing, some time lately, not on the day the story is at."""
    if trigger.dep_ != "advcl" or trigger.pos_ not in ("VERB", "AUX"):
        return False
    children = list(trigger.children)
    if not any(c.dep_ == "mark" and c.lower_ == "after" for c in children):
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in children):
        return False  # "has resigned after losing the vote": the governor's own thread
    governor = trigger.head
    return governor.pos_ in ("VERB", "AUX") and (governor.tag_ in ("VBZ", "VBP") or present_perfect(governor))


def _before_writing(trigger, ref_date: str | None) -> EventDate | None:
    """For the verb of an "after" clause of :func:`_after_what_is_now`, the month before the
    article's day, that day left out (UNDATED with no article date); None for any other trigger."""
    if not _after_what_is_now(trigger):
        return None
    ref = _day(ref_date) if ref_date else None
    if ref is None:
        return UNDATED
    return _between((ref - timedelta(days=30)).isoformat(), (ref - timedelta(days=1)).isoformat(), None, "inferred")


def told_before_now(verb, ref_date: str | None) -> EventDate | None:
    """The date of a statement or report told with an adverb that sets it before the article's
    day: "recently announced" some time in the month up to that day, as "recently" is read;
    "previously said", "had earlier stated" no day the text gives (UNDATED; GUIDELINES: "had earlier
    asked" is null). None for a verb told with neither, which is dated as statements are."""
    if _recent(verb):
        return _recently(verb, ref_date)
    if _said_done_before(verb):
        return UNDATED
    return None


def _recently(trigger, ref_date: str | None) -> EventDate:
    """The month up to the article's day, as "recently" is read (UNDATED with no article date)."""
    ref = _day(ref_date) if ref_date else None
    if ref is None:
        return UNDATED
    word = next((c.text for c in children_with(trigger, ("advmod",)) if c.lower_ in _RECENTLY), None)
    return _between((ref - timedelta(days=30)).isoformat(), ref.isoformat(), word, "inferred")


_WEEK_DAYS = 7


def _weeks_before(date: EventDate, ref_date: str | None) -> bool:
    """Is ``date`` a day more than a week before the article's (the story of a wire article is
    told within the days before it)?"""
    ref = _day(ref_date) if ref_date else None
    day = _day(date.latest) if date.latest else None
    return ref is not None and day is not None and (ref - day).days > _WEEK_DAYS


def _perfect_after_an_era(trigger, era: EventDate, ref_date: str | None) -> EventDate:
    """The date of a present perfect told after the story moved to a past era. "Until it was
    annexed in 1902 ... The violence has killed 1,700": up to now, no time; "worth 7.6 billion in
    2005 ... ads have misled consumers and harmed their interests": so is "harmed". After a look
    back to the weeks just past ("said last month he was innocent ... He has been suspended from all
    games"), the perfect is news up to now again: the month before the article (GUIDELINES), unless
    a total, a repeat or an older occasion (:func:`_perfect_up_to_now`)."""
    if not _recent_era(era, ref_date):
        return UNDATED
    perfect = trigger.head if perfect_conjunct(trigger) else trigger
    return _perfect_up_to_now(perfect, era, ref_date) or UNDATED


# How far back the end of a past era may lie for a present perfect told after it to be news up to
# now again (an era of the last month or two: "last month", "in October" in a November article)
_RECENT_ERA_DAYS = 45


def _recent_era(era: EventDate, ref_date: str | None) -> bool:
    """Does the past era ``era`` end within the weeks before the article (:data:`_RECENT_ERA_DAYS`)?"""
    ref = _day(ref_date) if ref_date else None
    end = _day(era.latest) if era.latest else None
    return ref is not None and end is not None and 0 <= (ref - end).days <= _RECENT_ERA_DAYS


def _long_before(date: EventDate, ref_date: str | None) -> bool:
    """Is ``date`` a day long before the article's?"""
    ref = _day(ref_date) if ref_date else None
    day = _day(date.latest) if date.latest else None
    return ref is not None and day is not None and (ref - day).days > _FAR_DAYS


def _from_alone(trigger, text: str | None) -> bool:
    """Is ``text`` the object of a "from" of the trigger with no "to" after it ("from 1999")?"""
    if not text:
        return False
    for prep in trigger.children:
        if (
            prep.dep_ == "prep"
            and prep.lower_ == "from"
            and any(
                c.dep_ == "pobj"
                and text in doc_text(trigger.doc)[c.left_edge.idx : c.right_edge.idx + len(c.right_edge)]
                for c in prep.children
            )
        ):
            nxt = prep.right_edge.i + 1
            return nxt >= len(trigger.doc) or trigger.doc[nxt].lower_ not in ("to", "until", "through", "till")
    return False


def _names_its_noun(trigger, text: str | None) -> bool:
    """Is ``text`` a word before an event noun that is not the subject of its clause, naming
    which one it is ("a rally for January's election", "replace the 1953 armistice agreement")?
    The noun's own time: the story does not move there ("The 1999 floods killed 300" does)."""
    if not text or trigger.pos_ != "NOUN" or trigger.dep_ in ("nsubj", "nsubjpass"):
        return False
    doc_t = doc_text(trigger.doc)
    for c in trigger.lefts:
        if c.dep_ in _NOUN_MODIFIERS or c.dep_ == "nummod":
            # "the weekend grenade attack": "the" is the noun's, "weekend" its modifier's
            start = trigger.left_edge.idx if trigger.left_edge.dep_ == "det" else c.left_edge.idx
            if text in doc_t[start : c.right_edge.idx + len(c.right_edge)]:
                return True
    return False


def _names_a_noun_above(trigger, text: str | None) -> bool:
    """Is ``text`` a word naming which one the trigger's noun is, or a noun the trigger's noun
    hangs on through prepositions ("at the funerals of victims of the weekend grenade attack on a
    demonstration": the weekend names the attack, and the demonstration takes its date)?"""
    tok = trigger
    while tok.pos_ in ("NOUN", "PROPN"):
        if _names_its_noun(tok, text):
            return True
        if tok.dep_ != "pobj" or tok.head.dep_ != "prep" or tok.head.head.pos_ not in ("NOUN", "PROPN"):
            return False
        tok = tok.head.head
    return False


_STATEMENTS = SPEECH_VERBS | STATEMENT_VERBS
# Verbs of meeting someone: what is quoted from the meeting is said there, looking back
_MEETINGS = frozenset({"meet"})
# what a saying reports, or a participle that goes with it ("Citing patient safety, Pfizer said")
_TOLD_BY = frozenset({"ccomp", "xcomp", "pcomp", "prep", "pobj", "dobj", "advcl", "conj", "nsubj", "nsubjpass"})


def _saying_of(trigger):
    """The main-clause statement verb ("said", "announced") the trigger is, or is told by
    (what it reports, a participle or a noun of its clause), else None."""
    tok = trigger
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in STATEMENT_NOUNS:
        tok = support_verb(tok) or tok
    while tok.dep_ in _TOLD_BY and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ not in ("ROOT", "parataxis") or tok.lemma_.lower() not in _STATEMENTS:
        return None
    return tok


def _statement_now(trigger) -> bool:
    """ "..., he added", "Lee pointed out that ...", "Ahern made the announcement": a main-clause
    statement in the past tense."""
    if trigger.pos_ == "NOUN" and trigger.lemma_.lower() in STATEMENT_NOUNS:
        trigger = support_verb(trigger) or trigger
        return trigger.pos_ == "VERB" and trigger.dep_ in ("ROOT", "parataxis") and _past(trigger)
    return (
        trigger.pos_ == "VERB"
        and trigger.dep_ in ("ROOT", "parataxis")
        and (trigger.lemma_.lower() in _STATEMENTS or _calls_on(trigger))
        and _past(trigger)
        and not _what_it_shows(trigger)
    )


def _told_from_now(trigger) -> bool:
    """Is the trigger told in a sentence whose main verb is in the present ("Castellani is hoping
    for a better showing in the runoff, after being forced into second place")? The writer is
    back at the article's time, out of the era the story looked back to. Not what a present verb
    reports ("Lab tests show his antibodies rose"): that is still told in the era."""
    root = sentence_of(trigger).root
    if root.pos_ not in ("VERB", "AUX") or root.dep_ != "ROOT" or tense(root) != "present":
        return False
    if any_child(root, ("ccomp", "parataxis")):
        return False  # "Lab tests show his antibodies rose": what it reports is still the era's
    tok = trigger
    while tok.i != root.i and tok.head.i != tok.i:
        if tok.dep_ in ("ccomp", "relcl", "parataxis", "nsubj", "nsubjpass"):
            return False  # what it reports, or what reports it ("Lab tests show ...")
        tok = tok.head
    return True


def _perfect_of_now(trigger) -> bool:
    """Is the trigger the main verb of its sentence, in the present perfect ("Past laws have been
    repealed to allow the trial to go ahead", after "The case was reopened last year")? A present
    perfect tells a past from the time of writing: the writer is back at the article's time, out
    of the era the story looked back to, and the simple past told after it is the story's again."""
    return trigger.dep_ == "ROOT" and trigger.pos_ in ("VERB", "AUX") and present_perfect(trigger)


def _calls_on(verb) -> bool:
    """ "Gul called on the EU not to judge Turkey", "called for calm": an appeal, a statement."""
    return verb.lemma_.lower() == "call" and any(
        c.dep_ == "prep" and c.lower_ in ("on", "for") and c.i == verb.i + 1 for c in verb.children
    )


def _what_it_shows(verb) -> bool:
    """Does a happening show or reveal a thing, reporting no words ("The decision revealed divisions
    within the council")? Not a statement of now ("First reports said a shuttle had plunged" is)."""
    return any(c.pos_ == "NOUN" and is_trigger(c) for c in children_with(verb, ("nsubj",))) and not any(
        c.dep_ in ("ccomp", "parataxis") for c in verb.children
    )


def _noun_stems(doc, indices) -> set[str]:
    """The nouns and names among the tokens at ``indices``, lower-cased, a plural's "s" cut."""
    t = tables(doc)
    lower, pos = lowered(doc), t.pos
    return {lower[i].removesuffix("s") for i in indices if pos[i] in ("NOUN", "PROPN") and len(lower[i]) > 2}


def _tied_to_lead(trigger) -> bool:
    """Does the trigger's clause name a thing or one the lead names (the headline and the story's
    first sentences, as ``LEAD_SENTENCES`` counts them: "Aleppo has been recaptured" in a story that
    opens on Aleppo's evacuation, "police have come soon after the fire broke out" in one about the
    fire)? It is then told in the thread of the lead's happening."""
    doc = trigger.doc
    t = tables(doc)
    lead = t.memo.get("lead_nouns")
    if lead is None:
        # the headline, if any, and the story's first sentences: those lead_ranks puts in its lead
        sentences = list(doc.sents)
        ranks = lead_ranks(sentences)
        end = next((s.start for s, rank in zip(sentences, ranks, strict=True) if rank >= LEAD_SENTENCES), len(doc))
        lead = t.memo["lead_nouns"] = frozenset(_noun_stems(doc, range(end)))
    return not lead.isdisjoint(_noun_stems(doc, subtree_indices(trigger)))


def _perfect_up_to_now(trigger, anchor: EventDate | None, ref_date: str | None) -> EventDate | None:
    """The date of a clause in the present perfect with no time of its own when the story's day is
    not its date: the month before the article, for news told up to now in a story of another day
    ("The strike has drawn criticism": up to now, not the day of Saturday's talks) or outside the
    thread of the lead's happening ("Villagers have tried every possible method", "Terim has called
    up Sukur": GUIDELINES 3 and the second batch's decisions, not the day it was written); UNDATED
    for an earlier occasion ("has been tried once before"). None for any other clause."""
    if not ref_date or not present_perfect(trigger):
        return None
    if _done_again_and_again(trigger) or _since_then(trigger) or _a_total(trigger) or _judged_so(trigger):
        # "Chang has played Federer five times", "20,000 people have been killed since then":
        # times up to now, no one day; "has built some 650,000 flats": a total summed over years
        return UNDATED
    if _looked_back_on(trigger):
        return UNDATED  # "has already been tried once before": an earlier occasion, not recent news
    if _done_already(trigger):
        # "The clubs have already dropped the tag": done before the story's day, some time lately
        return _recently(trigger, ref_date)
    if anchor is not None and anchor.earliest != ref_date:
        # "Police arrested two men on Monday ... The opposition has protested the plan": news told up
        # to now beside the story's day, the month before the article (GUIDELINES, second batch)
        return _recently(trigger, ref_date)
    return None if _tied_to_lead(trigger) else _recently(trigger, ref_date)


# Adverbs that put a present perfect on an occasion before the recent past ("has been tried once
# before", "has previously served", "has ever won")
_LOOKED_BACK = frozenset("before previously once formerly ever".split())


def _done_already(verb) -> bool:
    """Is ``verb`` told with "already" ("have already dropped the tag", "has already been
    rejected")? Done by the time of writing, before the day the story tells of, not on it."""
    return any(c.lower_ == "already" for c in children_with(verb, ("advmod",)))


def _looked_back_on(verb) -> bool:
    """Is ``verb`` told with an adverb that looks back past the recent news (:data:`_LOOKED_BACK`)?"""
    doc = verb.doc
    return any(
        c.dep_ == "advmod"
        and c.lower_ in _LOOKED_BACK
        and not (c.lower_ == "once" and c.i + 1 < len(doc) and doc[c.i + 1].lower_ == "again")
        for c in verb.children
    )  # not "has once again called for talks": again, and lately


# A count that is a total summed over time, not the news of one day ("has built some 650,000 flats",
# "An estimated 30,000 civilians have been killed"; "5,000 people have been evacuated" is news)
_TOTAL = 10_000
_MAGNITUDES = {"million": 10**6, "millions": 10**6, "billion": 10**9, "billions": 10**9}
_COUNTED = frozenset({"nsubj", "nsubjpass", "dobj"})
_AMOUNTS = frozenset({"MONEY", "PERCENT", "QUANTITY"})


def _number(tok) -> float:
    """The value of a number token ("30,000", "19 million" read on "million"), else 0."""
    word = tok.lower_
    if word in _MAGNITUDES:
        digits = [_number(c) for c in children_with(tok, ("compound", "quantmod", "nummod"))]
        return _MAGNITUDES[word] * max([d for d in digits if d] or [1.0])
    try:
        return float(word.replace(",", ""))
    except ValueError:
        return 0.0


def _a_total(verb) -> bool:
    """Does ``verb``'s subject or object count a total of ten thousand or more?"""
    for noun in verb.children:
        if noun.dep_ not in _COUNTED or noun.ent_type_ in _AMOUNTS:
            continue  # "has allocated 10 million yuan": a sum given at once, not a count summed over time
        if noun.pos_ == "NUM" and _number(noun) >= _TOTAL:
            return True  # "More than 60,000 have been killed"
        if any(_number(c) >= _TOTAL for c in children_with(noun, ("nummod",))):
            return True
    return False


# What a thing has been held, called or made to be ("has been hailed the trial of the century",
# "has been criticised by rivals", "has been divided into a rebel-held north and ...")
_JUDGED = frozenset(
    "hail describe call dub label brand regard consider view divide criticise criticize praise classify".split()
)
# What a thing has long suffered ("has been plagued by problems", "has been gripped by instability",
# "has been weakened by scandals"): a condition built up over time, no day's news
_AFFLICTED = frozenset(
    "plague grip weaken dog beset mar hamper bedevil blight haunt rack wrack overshadow tarnish".split()
)


def _judged_so(verb) -> bool:
    """Is ``verb`` a passive of judging or naming (or of a condition suffered, :data:`_AFFLICTED`) in
    the present perfect: a state up to now, no day's news? A hailing by someone ("has been hailed by
    both sides") is a reaction, of the article's day."""
    lemma = verb.lemma_.lower()
    if lemma not in _JUDGED | _AFFLICTED or not any_child(verb, ("auxpass",)):
        return False
    return lemma not in _REACTIONS or not any_child(verb, ("agent",))


# Adverbs that tell a thing done again and again ("has repeatedly called for talks")
_AGAIN_AND_AGAIN = frozenset("repeatedly often frequently regularly".split())
# Counts of times that are no number ("several times")
_TIMES_COUNTED = frozenset("several many numerous countless".split())


def _done_again_and_again(verb) -> bool:
    """Is ``verb`` told as done several times ("has played Federer five times", "has been
    nominated several times", "has repeatedly called for talks"), or as a record of several
    occasions ("has won three of the last four matches", "have scored more Test centuries than
    Hayden")? No one day is its date."""
    t = tables(verb.doc)
    deps, lower = t.deps, lowered(verb.doc)
    if any(deps[c] == "dobj" and _counted_out_of(verb.doc[c]) for c in t.children[verb.i]):
        return True
    for c in t.children[verb.i]:
        if deps[c] == "advmod" and lower[c] in _AGAIN_AND_AGAIN:
            return True
        if lower[c] == "times" and deps[c] in ("npadvmod", "advmod", "dobj", "pobj"):
            if any(
                deps[g] in ("nummod", "amod") and (verb.doc[g].like_num or lower[g] in _TIMES_COUNTED)
                for g in t.children[c]
            ):
                return True
    return False


# Occasions a record counts out of ("three of the last four matches"), not things ("two of the three towns")
_OCCASIONS_COUNTED = frozenset(
    "match game race start outing fixture meeting tournament season election attempt bout fight test tie time".split()
)


def _counted_out_of(noun) -> bool:
    """Is ``noun`` (an object) a count out of several occasions ("three of the last four matches",
    "two of three") or more of them than someone else's ("more Test centuries than Hayden")?"""
    if noun.pos_ == "NUM":
        return any(
            c.dep_ == "prep"
            and c.lower_ == "of"
            and any(
                g.dep_ == "pobj"
                and (g.pos_ == "NUM" or g.lemma_.lower() in _OCCASIONS_COUNTED and any_child(g, ("nummod",)))
                for g in c.children
            )
            for c in noun.children
        )
    return (
        noun.tag_ == "NNS"
        and any(c.lower_ in ("more", "fewer") for c in children_with(noun, ("amod",)))
        and any(c.lower_ == "than" for c in children_with(noun, ("prep",)))
    )


def _since_then(verb) -> bool:
    """Does ``verb`` count from a time told before up to now ("have been killed since then")?"""
    t = tables(verb.doc)
    deps, lower = t.deps, lowered(verb.doc)
    return any(
        lower[c] == "since" and any(lower[g] == "then" for g in t.children[c])
        for c in t.children[verb.i]
        if deps[c] in ("prep", "advmod")
    )


# What one serves that is a stretch held, not a thing handed over ("served a ban", "served two terms")
_SERVED_STRETCHES = frozenset("term terms ban bans sentence sentences stint stints time years months".split())


def _role_held(verb) -> bool:
    """Is ``verb`` a role held ("Gates also served in the Iraq Study Group", "served as foreign
    minister", "served a three-match ban")? A span of a career, told as background: no day of the
    story (GUIDELINES: a career span is a state)."""
    if verb.lemma_.lower() != "serve" or verb.pos_ != "VERB":
        return False
    t = tables(verb.doc)
    lower, deps = lowered(verb.doc), t.deps
    for c in t.children[verb.i]:
        if deps[c] == "prep" and lower[c] in ("as", "in", "on", "with", "under"):
            return True
        if deps[c] == "dobj" and lower[c] in _SERVED_STRETCHES:
            return True
    return False


# Nouns of a span of power that a clause "under" them is told in ("under Botha's rule")
_ERAS_OF_POWER = frozenset("rule regime reign dictatorship apartheid".split())


def _under_an_era(verb) -> bool:
    """Is ``verb`` told under a span of power ("witnessed atrocities under Botha's rule", "were
    jailed under the military regime")? Its time is that era's, which names no day of the story."""
    t = tables(verb.doc)
    lower, deps = lowered(verb.doc), t.deps
    return any(
        deps[c] == "prep"
        and lower[c] == "under"
        and any(deps[g] == "pobj" and lower[g] in _ERAS_OF_POWER for g in t.children[c])
        for c in t.children[verb.i]
    )


def present_perfect(verb) -> bool:
    """ "has killed", "have offered": a past that reaches the present, not a past era's."""
    doc = verb.doc
    t = tables(doc)
    deps, tags = t.deps, t.tags  # a Token only for an auxiliary of the present
    for c in t.children[verb.i]:  # (a loop, not a generator: asked some 50 times an article)
        if deps[c] == "aux" and tags[c] in ("VBZ", "VBP") and doc[c].lemma_.lower() == "have":
            return True
    return False


def perfect_conjunct(verb) -> bool:
    """Is ``verb`` a participle joined to a present perfect, its auxiliary and subject left out
    ("have misled consumers and harmed their interests", the tagger may call it a simple past)? A
    present perfect too."""
    t = tables(verb.doc)
    deps = t.deps
    if t.tags[verb.i] not in ("VBN", "VBD") or deps[verb.i] != "conj":
        return False
    if any(deps[c] in ("aux", "auxpass", "nsubj", "nsubjpass") for c in t.children[verb.i]):
        return False
    return present_perfect(verb.head)


def _perfect_clause(trigger) -> bool:
    """Is the trigger, or the verb that stages an event noun, in the present perfect? A present
    participle after a clause is told in its tense ("has won every title, taking the junior
    crown in 1994"), as is an infinitive ("have gone on to win the title")."""
    verb = _noun_verb(trigger)
    while (
        verb is not None
        and verb.head.i < verb.i
        and (
            verb.tag_ == "VBG"
            and verb.dep_ in ("advcl", "conj")
            or verb.dep_ in ("xcomp", "advcl")
            and is_infinitive(verb)
            or _bare_infinitive(verb)
        )
    ):
        # "have gone on to win the title, except in 2002": the infinitive's time is its verb's, as a
        # bare one's is ("have helped Ankara beat its targets, bringing the rate to 7.7 percent in 2005")
        verb = verb.head
    return verb is not None and verb.pos_ in ("VERB", "AUX") and present_perfect(verb)


def _bare_infinitive(verb) -> bool:
    """Is ``verb`` an infinitive without "to" that completes a verb before it ("helped Ankara beat
    its targets", "let prices rise", "made them pay")?"""
    return (
        verb.tag_ == "VB"
        and verb.dep_ in ("ccomp", "xcomp")
        and verb.head.pos_ in ("VERB", "AUX")
        and not any_child(verb, ("aux", "auxpass", "mark"))
    )


def _one_of_several(trigger, text: str | None) -> bool:
    """Is ``text`` a time joined to another ("in 2003 and 2005", "in May and July")?"""
    if not text:
        return False
    found = _words_in_sentence(trigger, text)
    if found is None:
        return False
    at, words = found
    end = at + len(text)
    for tok in words:
        if tok.dep_ == "conj" and tok.head.idx < at and tok.head.ent_type_ == "DATE":
            return True
        if any(c.idx >= end and c.ent_type_ == "DATE" for c in children_with(tok, ("conj",))):
            return True
    return False


def _words_in_sentence(trigger, text: str) -> tuple[int, list] | None:
    """Where ``text`` is first found in the trigger's sentence (a character offset) and its words
    there (None when it is not there)."""
    sent = sentence_of(trigger)
    doc = trigger.doc
    at = doc_text(doc).find(text, sent.start_char, sent.end_char)
    if at < 0:
        return None
    # the sentence's tokens that start in the text found, by their offsets (in order): a Token
    # made only for those
    idx = tables(doc).idx
    first = bisect_left(idx, at, sent.start, sent.end)
    return at, [doc[i] for i in range(first, bisect_left(idx, at + len(text), first, sent.end))]


_YEAR = re.compile(r"(1[6-9]|20)\d\d")


def _names_another_year(trigger, era: EventDate, *, in_subject: bool = True) -> bool:
    """Does the trigger's clause name a year outside the era ("won the 1998 title" told in a
    story of 2005)? The year it names is not the clause's date, but the era is not either. A
    year a "since" or "until" bounds the clause with is no other time ("Since 2003, the toll has
    risen to 121")."""
    if not era.earliest or not era.latest:
        return False
    doc = trigger.doc
    years = [
        doc[i].text
        for i in clause_indices(trigger)
        if _YEAR.fullmatch(doc[i].text)
        and not (doc[i].dep_ == "nummod" and doc[i].head.tag_ == "NNS")  # a count is no year: "sent 2000 soldiers"
        and not _in_bound(doc[i])
        and not _in_clause_below(doc[i], trigger)
        and (in_subject or not _in_subject(doc[i], trigger))
    ]
    return any(not era.earliest[:4] <= y <= era.latest[:4] for y in years)


_CLAUSES_BELOW = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp"})


# Names of occasions held again and again, which a place or a sponsor tells apart ("the Athens
# Games", "the Davis Cup", "the Gulf War")
_NAMED_OCCASIONS = frozenset(
    "games olympics olympiad cup championship championships war summit conference festival tournament".split()
)


# Happenings that last for months or years: what a clause places in one took place some time in it
_LONG_HAPPENINGS = frozenset("war conflict occupation revolution uprising insurgency".split())


def _in_a_war(verb, anchor: EventDate | None) -> bool:
    """Is the clause, told in a story of a day (or of the article's), placed in or during a war or
    another long happening told as known ("The Chechens drove out Russian troops in the war" in a
    story of Tuesday's talks, "fled during the occupation", "the court set up under US occupation")?
    The war's time, not the story's day (a
    story told in a past era may be that war's: "In the 1916 Rising ... During the fighting")."""
    if anchor is not None and anchor.precision != "day":
        return False
    t = tables(verb.doc)
    deps, lower = t.deps, lowered(verb.doc)
    for p in t.children[verb.i]:
        if deps[p] == "prep" and lower[p] in ("in", "during", "under"):
            for o in t.children[p]:
                if (
                    deps[o] == "pobj"
                    and t.pos[o] == "NOUN"
                    and verb.doc[o].lemma_.lower() in _LONG_HAPPENINGS
                    # "under US occupation" needs no article; "in a war" is not one told as known
                    and (
                        lower[p] == "under"
                        or any(deps[c] in ("det", "poss") and lower[c] != "a" for c in t.children[o])
                    )
                ):
                    return True
    return False


def _answering(verb) -> bool:
    """Is the clause an answer to a question put to the doer ("Asked about the reports of an
    imminent prosecution, Hanegbi dismissed them as newspaper speculation")?"""
    t = tables(verb.doc)
    deps, tags = t.deps, t.tags
    return any(
        deps[c] == "advcl" and tags[c] == "VBN" and c < verb.i and verb.doc[c].lemma_.lower() in _ASKED
        for c in t.children[verb.i]
    )


def _what_a_text_did(verb) -> bool:
    """Is the clause what a treaty, an agreement or a law did, in the simple past with no time of its
    own ("The treaty, originally signed by 12 countries, demilitarised Antarctica, promoted scientific
    research and suspended the territorial claims")? Its terms, in force since it was made: not the
    story's day. The subject may be the first conjunct's."""
    t = tables(verb.doc)
    deps, tags = t.deps, t.tags
    if tags[verb.i] != "VBD":
        return False
    i = verb.i
    while deps[i] == "conj" and t.heads[i] != i:
        i = t.heads[i]
    for c in t.children[i]:
        if deps[c] == "nsubj":
            return t.pos[c] == "NOUN" and verb.doc[c].lemma_.lower() in DOCUMENT_NOUNS
    return False


def _at_an_age(verb) -> bool:
    """Does the clause place its happening at an age ("quit the club at the early age of 28",
    "retired at age 35")? The age is its time, not the era told before it."""
    t = tables(verb.doc)
    deps, lower = t.deps, lowered(verb.doc)
    return any(
        deps[p] == "prep" and lower[p] == "at" and any(deps[o] == "pobj" and lower[o] == "age" for o in t.children[p])
        for p in t.children[verb.i]
    )


def _at_a_named_occasion(verb, era: EventDate) -> bool:
    """Is the clause placed in, at or during an occasion named as one of its kind ("In the Athens
    Games, Afghanistan sent women", "at the Davis Cup"): a proper noun of a kind held again and
    again, with a name of its own before it, that no sentence naming the ``era`` named before
    ("the Gulf War in 1991 ... In the Gulf War, the troops ..." is in the era)?"""
    t = tables(verb.doc)
    deps, pos, lower = t.deps, t.pos, lowered(verb.doc)
    for p in t.children[verb.i]:
        if deps[p] != "prep" or lower[p] not in ("in", "at", "during"):
            continue
        for o in t.children[p]:
            if deps[o] != "pobj" or pos[o] != "PROPN" or lower[o] not in _NAMED_OCCASIONS:
                continue
            name = next((verb.doc[c].text for c in t.children[o] if deps[c] == "compound" and pos[c] == "PROPN"), None)
            if name is not None and not _named_with(t.text, name, era.text, t.idx[p]):
                return True
    return False


def _named_with(text: str, name: str, era_text: str | None, end: int) -> bool:
    """Does a sentence before ``end`` name ``name`` beside the era's own words?"""
    at = text.find(name)
    while era_text and 0 <= at < end:
        start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at))
        stop = min(k for k in (text.find(". ", at), text.find("\n", at), end) if k >= 0)
        if era_text in text[start + 1 : stop]:
            return True
        at = text.find(name, at + len(name))
    return False


def in_year(year: str, text: str) -> EventDate:
    """Some time in that year (YYYY), worked out from the text's words (``text``), not written."""
    iv = interval(year)
    return EventDate(
        value=year,
        edtf=iv.edtf,
        earliest=iv.earliest,
        latest=iv.latest,
        precision="year",
        text=text,
        resolution="inferred",
        mention=0,
    )


def _years_named(trigger, told: EventDate) -> EventDate | None:
    """The date a year the clause names gives instead of the story's ``told`` time: the year of a
    named happening that is the subject ("The 2000 Sydney Games featured three mascots" in a story of
    2005: 2000, inferred); none for another year named elsewhere ("Australia hosted the 2003 World
    Cup" read in 2005: not the story's day; a year in the subject may name who did it: "the 2004
    champion's time erased the record"); None when the clause names no other year."""
    year = _subject_happening_year(trigger, told)
    if year is not None:
        return in_year(year, year)
    if _names_another_year(trigger, told, in_subject=False):
        return UNDATED
    return None


def _subject_happening_year(verb, era: EventDate) -> str | None:
    """The year of a named happening that is a past verb's subject, outside the era told ("The
    2000 Sydney Games featured three mascots", "the 1998 World Cup drew huge crowds" in a story of
    2005): what the verb tells is that happening's, in its year. Not a person or thing named by a
    year ("the 2004 champion's time"): None then, as when there is no such subject."""
    if not era.earliest or not era.latest or verb.pos_ not in ("VERB", "AUX"):
        return None
    for subject in children_with(verb, ("nsubj",)):
        if not (subject.ent_type_ == "EVENT" or subject.lower_ in CONTESTS):
            continue
        year = name_time(subject)
        if year is not None and _YEAR.fullmatch(year) and not era.earliest[:4] <= year <= era.latest[:4]:
            return year
    return None


def _in_subject(tok, verb) -> bool:
    """Is ``tok`` inside the subject of ``verb`` ("The 2004 gold medallist's record erased the mark")?"""
    while tok.i != verb.i and tok.head.i != tok.i:
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.i == verb.i:
            return True
        tok = tok.head
    return False


def _in_clause_below(tok, verb) -> bool:
    """Is ``tok`` inside a clause of its own below ``verb`` ("erased the old mark the American set
    at the 1998 Games": the setting's year, not the erasing's)?"""
    while tok.i != verb.i and tok.head.i != tok.i:
        if tok.dep_ in _CLAUSES_BELOW:
            return True
        tok = tok.head
    return False


# Verbs attribution reads as speech that tell an act done in the story ("The rebel forces agreed to
# withdraw", "The court ruled", "The decision revealed divisions"): dated by it like any happening.
_ACTS = frozenset({"agree", "rule", "reveal"})
# Speech verbs that tell an act of reporting or disclosure, no opinion or wish ("believe", "hope"),
# which the statements' own dating (for "said", "announced") leaves out
_TOLD_NOW = frozenset("report disclose promise accuse allege reply respond testify tweet post".split())
# Of those, the ones whose present perfect tells recent news ("has reported the cases"), not a
# stance held for long ("rights groups have accused him of ...", "has promised not to sign")
_NEWS_ACTS = frozenset({"report", "disclose"})


def _during(verb) -> bool:
    """Does the clause say what it happened during ("During the run-up to the elections, Prodi
    promised ...")? Its time is that happening's, not the article's."""
    return any(c.lower_ == "during" for c in children_with(verb, ("prep",)))


def _born(verb) -> bool:
    """ "was born", "were born": a birth told with no date of its own says where one comes from."""
    return verb.lemma_.lower() == "bear" and any_child(verb, ("auxpass",))


def _at_the_time_of(trigger, anchor: EventDate | None) -> bool:
    """Is the trigger a "when" clause in the simple past on a noun the story is at, on its day
    ("had a save to make in the second half when Davies shot low")? It is told in the story's
    thread, not as background (a "when" clause on a day or a year is dated by it already)."""
    return (
        anchor is not None
        and anchor.precision == "day"
        and any(c.lower_ == "when" for c in children_with(trigger, ("advmod",)))
        and not present_perfect(trigger)
    )


# Relative words that make a happening noun the subject of its relative clause ("the attack that
# killed 11"), or its time ("a civil war in which 500,000 were massacred")
_RELATIVE_SUBJECTS = frozenset({"which", "that", "who"})
_RELATIVE_TIMES = frozenset({"in", "during"})


def done_by_its_noun(trigger) -> int | None:
    """The happening noun whose time a relative clause in the simple past shares, when the noun
    does what the clause tells or the clause takes place in it ("a bomb attack on August 7, 1998
    that killed 11 Tanzanians and injured 72", "a civil war in which 500,000 were massacred"): the
    index of the noun, else None.
    Not a clause whose subject is another ("the shelling, which the army blamed on a malfunction":
    told later, by another), nor one in a perfect ("the war, which has killed 300,000": up to now)."""
    verb = trigger
    if verb.dep_ == "conj" and _relative_conjunct(verb) and _same_tense(verb, verb.head):
        verb = verb.head  # "that killed 11 and injured 72" (the parser may tag "injured" a participle)
    if verb.dep_ != "relcl" or verb.head.pos_ != "NOUN" or trigger.pos_ != "VERB" or tense(verb) != "past":
        return None
    if pluperfect(trigger) or present_perfect(trigger) or pluperfect(verb) or present_perfect(verb):
        return None
    t = tables(trigger.doc)
    deps, lower = t.deps, lowered(trigger.doc)
    for c in t.children[verb.i]:
        if deps[c] in ("nsubj", "nsubjpass") and lower[c] in _RELATIVE_SUBJECTS:
            return verb.head.i
        if deps[c] == "prep" and lower[c] in _RELATIVE_TIMES and any(lower[g] == "which" for g in t.children[c]):
            return verb.head.i
    return None


def _in_antecedent_phrase(trigger, index: TimexIndex, ref_date: str | None) -> TimeExpr | None:
    """ "condemned on Thursday the attacks on three hotels in Amman last night which killed 57
    people and injured hundreds": a past time written after the happening noun a relative clause
    in the simple past tells of (:func:`done_by_its_noun`), before the clause, is that happening's
    time, and the clause's (the parser may hang it on the verb the noun is the object of)."""
    if trigger.dep_ not in ("relcl", "conj"):
        return None  # (the cheap test first)
    noun = done_by_its_noun(trigger)
    if noun is None:
        return None
    doc = trigger.doc
    verb = doc[noun]
    while verb.i != trigger.i and verb.dep_ != "relcl":
        verb = next((c for c in children_with(verb, ("relcl",))), trigger)
    by_token = index._by_token
    # the times written between the noun and where the relative clause begins
    found = list({id(t): t for i in range(noun + 1, verb.left_edge.i) if (t := by_token.get(i)) is not None}.values())
    found = [t for t in found if id(t) not in index.bounds and t.end <= verb.left_edge.idx]
    if len(found) != 1 or not found[0].latest or (ref_date and found[0].latest > ref_date):
        return None
    return found[0]


# Words that bring in another happening than the one told before ("in a separate incident",
# "in another attack"; "meanwhile", "elsewhere")
_ANOTHER = frozenset({"separate", "another", "different"})
_MOVING_ON = frozenset({"meanwhile", "elsewhere"})
_INCIDENTS = frozenset({"incident", "case", "development"})


def _new_incident(tok) -> bool:
    """Does ``tok`` bring in another happening ("In a separate incident", "in another attack",
    "Meanwhile"), not another of something else ("another 300 people were hurt")?"""
    low = tok.lower_
    if low in _MOVING_ON:
        return True
    if low not in _ANOTHER:
        return False
    head = tok.head.lemma_.lower()
    return head in _INCIDENTS or bool(kinds(head))


# How many sentences back the happening a toll tells again may have been dated
_TOLD_AGAIN_SENTENCES = 8


def _toll_of(trigger):
    """The happening noun, written as one told before ("the blast", "the fire"), whose toll the
    trigger tells: its subject ("The attack also wounded 30"), the noun its relative clause is on
    ("the blasts that killed 40"), or, in the passive, where ("were injured in the blaze"); else None."""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in _TOLL_VERBS:
        return None
    if trigger.dep_ == "conj" and trigger.head.pos_ == "VERB" and not any_child(trigger, ("nsubj",)):
        return _toll_of(trigger.head)  # "the blasts that killed 40 people and injured 90"
    if trigger.dep_ == "relcl" and trigger.head.pos_ == "NOUN":
        nouns = [trigger.head]
    else:
        nouns = children_with(trigger, ("nsubj",))
        nouns += [
            g
            for c in trigger.children
            if c.dep_ == "prep" and c.lower_ in ("in", "by")
            for g in c.children
            if g.dep_ == "pobj"
        ]
    for noun in nouns:
        if (
            noun.pos_ == "NOUN"
            and kinds(noun.lemma_)
            and any(c.lower_ in DEFINITE_DETERMINERS for c in children_with(noun, ("det",)))
        ):
            return noun
    return None


def _harm_told_again(trigger, index: TimexIndex, ref_date: str | None) -> TimeExpr | None:
    """ "A bomb exploded at a bus stop on Sunday ... The blast killed 12 people": a toll of a
    happening told again with no time of its own ("the blast", "the blasts that killed 40", "were
    injured in the fire") is that happening's: the time of the nearest mention before it of a
    happening of the same kind ("exploded ... on Sunday", "the Oct. 29 bombings"), written in the
    text and gone by; None when there is none a few sentences back or the nearest has no time."""
    noun = _toll_of(trigger)
    if noun is None:
        return None
    wanted = kinds(noun.lemma_)
    doc = trigger.doc
    seen = 0
    for i in range(noun.i - 1, -1, -1):
        tok = doc[i]
        if _new_incident(tok):
            return None  # "In a separate incident, a suicide bomber ...": another happening between
        if tok.is_sent_start:
            seen += 1
            if seen > _TOLD_AGAIN_SENTENCES:
                break
        if tok.pos_ not in ("NOUN", "VERB") or not kinds(tok.lemma_) & wanted:
            continue
        t = _in_clause(tok, index)
        if t is None:
            continue  # ("the bomb, hidden in a cart, ...": the happening told again, its time written elsewhere)
        if t.resolution not in ("absolute", "relative") or not t.latest or (ref_date and t.latest > ref_date):
            return None
        return t
    return None


def _past_relative(verb, index: TimexIndex | None) -> bool:
    """Is ``verb`` the verb of a relative clause in the simple past, or joined to it ("Chaowalit,
    who recently divulged ...", "the ceremony, the first meeting since rebels launched an
    insurgency", "Gough, who opted out of the tour")? Background to its noun, told at a time of its
    own: not the article's day by the lead rule (as it is not the story's: :func:`inferred`). Not a
    present perfect ("who has been indicted": news up to now), a "when" or "where" clause (the
    scene: "stormed the camp where militants threw a bomb"), nor a clause on a happening noun,
    which shares its time ("condemned a bombing in which five were killed", "a speech which was
    broadcast"), nor one with a time written in it that the dating could not place ("who was found
    seeking asylum at 4:00 a.m. Sunday (1900 GMT Saturday)")."""
    if verb.dep_ != "relcl" and not _relative_conjunct(verb):
        return False
    if present_perfect(verb) or any(c.lower_ in ("when", "where") for c in children_with(verb, ("advmod",))):
        return False
    noun = (verb if verb.dep_ == "relcl" else verb.head).head
    if noun.pos_ == "NOUN" and is_trigger(noun):
        return False
    return not (index and any(i in index._by_token for i in range(verb.left_edge.i, verb.right_edge.i + 1)))


def _relative_conjunct(verb) -> bool:
    """Is ``verb`` joined to the verb of a relative clause, sharing its subject ("the bombing, which
    killed two people and hospitalised 15")? It is in that relative clause too: background. Not a
    conjunct with a subject of its own ("the villages where the virus was found and areas near them
    were placed under quarantine": the parser's join of two clauses)."""
    if verb.dep_ != "conj" or verb.head.dep_ != "relcl":
        return False
    t = tables(verb.doc)
    return not any(t.deps[c] in ("nsubj", "nsubjpass", "expl") for c in t.children[verb.i])


def _said_in_a_relative(verb) -> bool:
    """Is ``verb`` what a saying in a relative clause reports ("the campaign in which prosecutors
    said 180,000 Kurds were killed", "the raid, which officials said left six dead")? In that
    relative clause too: background."""
    tok = verb
    while tok.dep_ == "conj" and tok.head.pos_ in ("VERB", "AUX"):
        tok = tok.head
    head = tok.head
    return tok.dep_ == "ccomp" and head.dep_ == "relcl" and head.lemma_.lower() in SPEECH_VERBS


def _now_told(trigger, ref_date: str | None, *, quoted: bool) -> EventDate:
    """The date of a clause not told in the past: the article's own day for what goes on as it is
    written ("China is launching a water supply project", "Hamas and Fatah are holding talks"), as
    a statement's; UNDATED for any other (and for a speaker's words, told on the day of speaking)."""
    if ref_date and not quoted and _in_progress_now(trigger):
        return from_reference(ref_date)
    return UNDATED


# Where a clause in the present progressive tells the article's own time: the sentence's main
# clause, one joined to it, or what a saying in it reports ("officials said rescuers are searching")
_NOW_CLAUSES = frozenset({"ROOT", "conj", "ccomp", "parataxis"})


def _in_progress_now(verb) -> bool:
    """Is ``verb`` in the present progressive in a main clause, or one a saying reports ("China is
    launching a project", "the row is still being fought in the courts", "officials said rescuers
    are searching")? What goes on as the article is written is on its day (GUIDELINES 3: going on
    at publication). Not a relative or adverbial clause, which has its own time, nor one below a
    verb in the future ("will say that talks are continuing"). (Whether such a clause is a happening
    at all, and not a state or an aim, is factuality's ``_going_on_now``; this says when it is.)"""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    t = tables(verb.doc)
    deps, tags, lower = t.deps, t.tags, lowered(verb.doc)
    auxes = [c for c in t.children[verb.i] if deps[c] in ("aux", "auxpass")]
    if verb.tag_ == "VBG":
        progressive = any(tags[c] in ("VBZ", "VBP") for c in auxes)
    else:  # "is being fought"
        progressive = verb.tag_ == "VBN" and any(lower[c] == "being" for c in auxes)
        progressive = progressive and any(tags[c] in ("VBZ", "VBP") for c in auxes)
    if not progressive or any(tags[c] == "MD" or lower[c] == "been" for c in auxes):
        return False  # "has been growing": over a stretch up to now, not the day
    tok = verb
    while tok.head.i != tok.i:
        if tok.dep_ not in _NOW_CLAUSES or tense(tok.head) == "future":
            return False
        tok = tok.head
    return tok.pos_ in ("VERB", "AUX")


# Words that name the moment of writing: a story's day they gave is not shown as their words
_NOW_WORDS = frozenset({"now", "today", "currently", "right now", "at present", "presently", "nowadays"})


def inferred(
    trigger, anchor: EventDate | None, ref_date: str | None, *, quoted: bool = False, spoken: bool = False
) -> EventDate:
    """Narrative dating: a past-tense event with no expression of its own takes the story's time
    (:meth:`StoryTime.anchor`: the era the story moved to, else its latest day), else the article
    date; marked ``inferred``.

    The past perfect ("had fled") tells what came before the story's time, a relative clause
    ("Chile, which won the war") background: neither is dated by it. A statement is dated as
    statements are (the article's day), a reaction ("Ottri denounced the crime") takes the
    article's day too. A verb in a direct quote (``quoted``) takes no day when the story's day is
    the day of a statement or the article's (``spoken``: "'The board fired three coaches,' he
    said"), only when it is a happening's the quote tells of ("A fire destroyed the hall on
    Monday ... 'Our men rescued twelve people'"). A deed claimed or charged in a perfect
    infinitive ("the rebels claimed to have shot down a helicopter", "is suspected to have contracted
    the virus") came before the claim, at a time it does not give, as a past perfect under a saying
    does ("the rebels said they had shot down a helicopter"): not the story's day."""
    if (
        not (_past(trigger) or _subject_of_past(trigger) or _infinitive_of_a_past(trigger))
        or pluperfect(trigger)
        and not _earlier_in_the_game(trigger, anchor)
        and not (not quoted and _incident_said_done(trigger))
        or claimed_to_have(trigger)
        or quoted
        and spoken
    ):
        # "'Our forces seized the airport,' Obanj said" in a story of the day he spoke: a speaker
        # looks back from the day of speaking, to a time the quote does not give
        return _now_told(trigger, ref_date, quoted=quoted)
    if (
        (trigger.dep_ == "relcl" or _relative_conjunct(trigger) or _said_in_a_relative(trigger))
        and not _at_the_time_of(trigger, anchor)
        or (anchor is None or anchor.earliest == ref_date)
        and _said_now_of_a_past(trigger)
    ):
        # "Officials say the fire killed 43 workers" in a story of the day it is said: said today,
        # of a time before it
        return UNDATED
    if (
        _told_aside(trigger)
        or _counted_before(trigger)
        or trigger.dep_ != "relcl"
        and _on_a_thing(trigger)
        or _stretch_to_now(trigger) is not None
        or _went_on_for(trigger)
    ):
        # "The race, 16 years after a rebellion forced him from office, ...": long before the story;
        # "the fort which played a role in the war when insurgents made their last stand": what the fort is
        return UNDATED
    if (
        _before_story(trigger)
        or _why_it_is(trigger)
        or _gives_a_name(trigger)
        or _sequel_in_past(trigger, anchor, ref_date)
        or _recounted(trigger)
        or _role_held(trigger)
        or _under_an_era(trigger)
        or _in_a_war(trigger, anchor)
        or _what_a_text_did(trigger)
    ):
        # "is a historic venue as it hosted the first meeting after the war", "The building was
        # dubbed the Alamo": a thing's history, not the story's day; "drove out the troops in the
        # war": the war's time
        return UNDATED
    lemma = trigger.lemma_.lower()
    if lemma in _TOLD_NOW and ref_date and not background(trigger) and not _during(trigger) and not _recent(trigger):
        # "The ministry reported the cases to the WHO", "the paper disclosed": told by the time the
        # article was written, as a statement is ("a day after it was reported" is another's time);
        # "has reported": some time in the month before it
        if not present_perfect(trigger):
            return replace(from_reference(ref_date), resolution="inferred")
        return _recently(trigger, ref_date) if lemma in _NEWS_ACTS else UNDATED
    if lemma in SPEECH_VERBS and lemma not in _ACTS:
        return UNDATED  # a statement is dated as statements are (the article's day), not by the story told
    if (
        lemma in _REACTIONS and not (present_perfect(trigger) and _judged_so(trigger)) or _answering(trigger)
    ) and ref_date:
        # "Asked about the reports, Hanegbi dismissed them as speculation": an answer, told by the
        # time of writing as a reaction is, not in the past era the story moved to
        return replace(from_reference(ref_date), resolution="inferred")
    recent = _recent_span(trigger, ref_date) or _before_writing(trigger, ref_date)
    if recent is not None:
        # "The town recently named a square after him", "Prices have risen in recent years": some
        # time before the article, not the story's day (nor an era long gone, nor a past untold);
        # "The closure comes after inspectors visited the school": before the time of writing
        return recent
    if anchor is not None and not anchor.dated:
        return UNDATED  # the story moved to a past that names no time ("Last season, ...")
    if _born(trigger):
        return UNDATED  # "I was born in London": where one comes from, not a happening of the story
    if anchor is not None and anchor.precision != "day":
        if _names_another_year(trigger, anchor) or _at_an_age(trigger) or _at_a_named_occasion(trigger, anchor):
            # "won the 1998 Asian Games title" in a story told in 2005: not 2005's; "made his debut
            # in 1963 ... quit the club at the age of 28": not 1963; "first competed in the Berlin
            # Games in 1936 ... In the Athens Games, it sent women": the occasion's time, not 1936
            return UNDATED
        if present_perfect(trigger) or perfect_conjunct(trigger):
            return _perfect_after_an_era(trigger, anchor, ref_date)
        return replace(anchor, resolution="inferred", mention=0)  # "In the 1916 Rising ... They retreated"
    told = anchor if anchor is not None else from_reference(ref_date) if ref_date else None
    elsewhen = _years_named(trigger, told) if told is not None else None
    if elsewhen is not None:
        return elsewhen
    # "The rebels have denied any role and dismissed the claims": the conjunct shares the "have"
    perfect = trigger.head if perfect_conjunct(trigger) else trigger
    up_to_now = _perfect_up_to_now(perfect, anchor, ref_date)
    if up_to_now is not None:
        return up_to_now
    if anchor is not None:
        day = anchor.value[:10] if anchor.value and "T" in anchor.value else anchor.value
        # the story's day, never its time of day ("at 14:30" dated one event, not the next ones)
        return replace(
            anchor,
            value=day,
            edtf=anchor.earliest if day != anchor.value else anchor.edtf,
            resolution="inferred",
            mention=0,
            # "“now” (inferred from the story told before it)" would read as if the row said "now"
            text=None if anchor.text and anchor.text.lower() in _NOW_WORDS else anchor.text,
        )
    if ref_date:
        return replace(from_reference(ref_date), resolution="inferred")
    return UNDATED


# Adverbs that put a plan in the time just ahead, to the end of the year (GUIDELINES, decisions of
# the sixth batch: "soon" runs from the publication date to the end of that year)
_SOON = frozenset({"soon", "shortly"})
# Links that keep a plan's words in the clause that plans it ("will hold talks", "plans to visit",
# "the talks are expected to be held")
_PLAN_LINKS = frozenset({"xcomp", "dobj", "nsubj", "nsubjpass", "pobj", "prep", "aux", "auxpass", "conj", "compound"})


def plan_window(trigger, ref_date: str | None) -> EventDate:
    """The date of a plan "soon" puts and no other time ("talks will be held soon", "observers
    will soon arrive"): from the article's day to the end of its year, inexact (GUIDELINES,
    decisions of the sixth batch). UNDATED for a plan told in the past ("had soon planned to"),
    one placed at another happening ("will soon meet after the vote": that one's time) and one with
    no "soon" (the time of a plan with none is most often another happening's the story gives)."""
    ref = _day(ref_date) if ref_date else None
    if ref is None:
        return UNDATED
    chain = [trigger]
    tok = trigger
    while tok.dep_ in _PLAN_LINKS and tok.head.i != tok.i:
        tok = tok.head
        chain.append(tok)
    verbs = [v for v in chain if v.pos_ in ("VERB", "AUX")]
    if any(tense(v) == "past" and not present_perfect(v) for v in verbs) or any(_at_a_time_of(v) for v in chain):
        return UNDATED
    soon = next(
        (c.text for v in chain for c in children_with(v, ("advmod",)) if c.lower_ in _SOON and not _as_soon_as(c)),
        None,
    )  # not "as soon as the truce holds": a condition, no time
    if soon is None:
        return UNDATED
    return _between(ref.isoformat(), date(ref.year, 12, 31).isoformat(), soon, "inferred")


# Prepositions that place a plan at another happening or a stretch of time ("during the Games",
# "in the next phase", "after the visit"), and nouns of such stretches that name no happening
_PLACING = frozenset("during in at after before ahead until".split())
_STRETCHES = frozenset("phase period stage season event edition games plan programme program term round".split())


def _at_a_time_of(tok) -> bool:
    """Is ``tok`` placed at a happening or a stretch the article times elsewhere ("will be held
    during the event", "will withdraw troops in the next phase", "will go on to Burundi after the
    visit", "will make their debut in the tournament")? Its time is that one's, not the weeks ahead."""
    for prep in children_with(tok, ("prep",)):
        if prep.lower_ not in _PLACING:
            continue
        for noun in children_with(prep, ("pobj",)):
            if noun.ent_type_ == "EVENT" or noun.lemma_.lower() in _STRETCHES or noun.lemma_.lower() in OCCASIONS:
                return True
            if noun.pos_ == "NOUN" and is_trigger(noun):
                return True
    return False


def _as_soon_as(soon) -> bool:
    """ "as soon as the truce holds", "as soon as possible": a condition or a wish, no time."""
    return any(c.lower_ == "as" for c in soon.lefts)
