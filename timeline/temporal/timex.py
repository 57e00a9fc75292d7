"""spaCy component that marks temporal expressions in ``doc.spans["timex"]``.

Recognition only: the pattern rules of :mod:`timeline.temporal.recognize` propose extents, the
tokens around each one veto the ambiguous ones ("May I", "2000 people"), and the span label is the
TIMEX3 type. Normalization needs the document's reference date and happens in :mod:`timeline.temporal`.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from timeline.calendar_words import WEEKDAYS
from timeline.nlp.doctables import doc_text
from timeline.nlp.lemmas import lemma
from timeline.temporal.lexicon import MONTHS, OBSERVANCES
from timeline.temporal.recognize import GAME_WORDS as _GAME_WORDS
from timeline.temporal.recognize import GUARDED, Candidate, candidates_in, match_report
from timeline.temporal.tense import direction

SPAN_KEY = "timex"

# Words before a bare year or an ambiguous month name that make it a date.
_DATE_PREPS = {
    "in",
    "of",
    "since",
    "by",
    "until",
    "till",
    "from",
    "to",
    "between",
    "and",
    "or",
    "during",
    "before",
    "after",
    "for",
    "through",
    "throughout",
    "early",
    "late",
    "mid",
    "around",
    "circa",
    "last",
    "next",
    "this",
    "that",
    "on",
    "as",
    "at",
    "into",
    "(",
    ",",
    "-",
    "–",
    "year",
    "'s",
    "fiscal",
    "summer",
    "spring",
    "winter",
    "autumn",
    "fall",
    "the",
    "than",
    "over",
    "within",
}
_CLOCK_WORDS = {"GMT", "UTC", "GMT.", "local", "hours", "hrs", "EST", "EDT", "CET", "BST", "Z"}
_TEMPORAL_NOUNS = {
    "budget",
    "season",
    "election",
    "elections",
    "census",
    "games",
    "olympics",
    "level",
    "levels",
    "figures",
    "results",
    "earnings",
    "period",
    "quarter",
    "model",
    "campaign",
    "war",
    "crisis",
    "film",
    "summit",
    "report",
    "survey",
    "plan",
    "deal",
    "agreement",
    "accord",
    "law",
    "act",
    "cup",
    "championship",
    "world",
}


# Time words English writes in lower case; capitalized inside a sentence they belong to a name or a
# title ("ABC's This Week", "60 Minutes", "High Noon", "USA Today", "Player of the Year"). "Day" is
# left out for the holidays, "Century" because writers often capitalize it ("the 21st Century").
_LOWER_TIME_WORDS = {
    "week",
    "weeks",
    "weekend",
    "month",
    "months",
    "year",
    "years",
    "hour",
    "hours",
    "minute",
    "minutes",
    "second",
    "seconds",
    "noon",
    "midnight",
    "today",
    "tonight",
    "tomorrow",
    "yesterday",
    "morning",
    "afternoon",
    "evening",
    "night",
    "now",
    "daily",
    "weekly",
    "monthly",
}
_TITLE_LOWER = {"a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "by", "as", "with", "from"}
_POSSESSIVE = {"his", "her", "their", "my", "your", "our", "its"}
_SCORING = {"score", "hit", "make", "smash", "post", "compile", "notch", "bring", "complete"}


def _in_name(span: Span) -> bool:
    """Whether a time word of ``span`` is capitalized where a sentence would write it in lower case."""
    doc = span.doc
    for tok in span:
        if not (tok.text[:1].isupper() and tok.text[1:].islower() and tok.lower_ in _LOWER_TIME_WORDS):
            continue
        if tok.i == 0 or tok.is_sent_start:
            continue
        before = doc[tok.i - 1]
        if not any(c.isalnum() for c in before.text) and before.text != ",":
            continue  # after a quote, colon, dash or bracket a sentence may begin
        if not any(
            t.is_lower and t.is_alpha and t.lower_ not in _TITLE_LOWER for t in doc[max(0, tok.i - 6) : tok.i + 7]
        ):
            continue  # a headline in title case capitalizes every word but the short function words
        return True
    return False


# Who or what is named the best "of the year": a title, not a time ("named coach of the year",
# "the trial of the century")
_AWARDED = {
    "player",
    "coach",
    "manager",
    "athlete",
    "footballer",
    "cricketer",
    "rookie",
    "person",
    "man",
    "woman",
    "sportsman",
    "sportswoman",
    "team",
    "album",
    "song",
    "book",
    "car",
    "word",
    "driver",
    "rider",
    "artist",
    "entertainer",
    "newcomer",
    "executive",
    "businessman",
    "teacher",
    "referee",
    "goal",
    # the one happening of its kind called the greatest of its time: "the trial of the century"
    "trial",
    "deal",
    "fight",
    "wedding",
    "heist",
}


def _award(span: Span) -> bool:
    """Whether ``span`` is "the year" (or "the season", "the decade", "the century") of a title:
    "coach of the year", "hailed the trial of the century"."""
    doc = span.doc
    if span.text.lower() not in ("the year", "the season", "the decade", "the century") or span.start < 2:
        return False
    return doc[span.start - 1].lower_ == "of" and lemma(doc[span.start - 2]).lower() in _AWARDED


# what tells a day observed is used as a time: "on World AIDS Day", "until World Water Day"
_TIME_PREPS = frozenset({"on", "before", "after", "until", "till", "since", "by", "ahead", "around", "during"})


def _observance_as_time(span: Span) -> bool:
    """Whether an observed day ("World AIDS Day") is used as a time: after a preposition of time
    ("on the 19th World AIDS Day") or on a noun ("the World AIDS Day event"); not the observance
    itself ("International Women's Day is this coming Sunday", "a focus of World Food Day",
    "to mark World AIDS Day"). Any other holiday is a time."""
    doc = span.doc
    name = re.sub(r"^(?:last|next)\s+|,?\s*\d{4}$", "", re.sub(r"\s+", " ", span.text.lower()))
    if name not in OBSERVANCES:
        return True
    i = span.start - 1
    while i >= 0 and (doc[i].lower_ in ("the", "this", "last", "next", "year", "'s") or doc[i].like_num):
        i -= 1  # "on the 19th World AIDS Day", "on this year's World Water Day"
    if i >= 0 and doc[i].lower_ in _TIME_PREPS:
        return True
    return span.root.dep_ in ("compound", "nmod", "npadvmod") and span.root.head.i >= span.end


# things named after a holiday, no time: "Christmas trees", "Christmas cards", "Easter eggs"
_HOLIDAY_THINGS = frozenset(
    "tree trees card cards carol carols decoration decorations present presents gift gifts light lights "
    "crib cribs creche creches ornament ornaments pudding puddings cake cakes stocking stockings egg eggs "
    "bunny hamper hampers hymn hymns".split()
)


def _holiday_thing(span: Span) -> bool:
    """Whether a holiday's name is only the first word of a thing's name: "put cards on the Christmas
    trees", "golden Christmas decorations", "Easter eggs" are things, not the day (TimeML tags a
    time; "the Christmas holiday", "an Easter service", "Christmas shopping" are at that time)."""
    doc = span.doc
    return span.end < len(doc) and doc[span.end].lower_ in _HOLIDAY_THINGS and doc[span.end].pos_ == "NOUN"


def _round(span: Span) -> bool:
    """ "reach the quarter-finals", "the quarter final": a round of a contest, no quarter of a year."""
    return (
        span[-1].lower_ == "quarter"
        and re.match(r"[-‐]?\s?final", doc_text(span.doc)[span.end_char : span.end_char + 8], re.I) is not None
    )


# what lenders lend or charge by the night: "overnight rates", "the overnight call money rate"
_OVERNIGHT_MONEY = frozenset(
    "rate rates interest lending loan loans borrowing deposit deposits repo repos money funds interbank "
    "call index swap swaps libor".split()
)


def _on_money_noun(span: Span) -> bool:
    """Whether "overnight" stands before a noun of lending: "overnight interest rates", "the
    overnight lending rate" (not "overnight talks", "fighting overnight")."""
    doc = span.doc
    for tok in doc[span.end : span.end + 3]:
        if tok.lower_ in _OVERNIGHT_MONEY:
            return True
        if not (tok.is_lower and tok.pos_ in ("NOUN", "ADJ", "PROPN", "VERB")):
            return False
    return False


def _rate_or_name(span: Span) -> bool:
    """ "overnight interest rates": a kind of rate or loan, no night; "An-Nahar (Today)": the meaning
    of a name."""
    return (span.text.lower() == "overnight" and _on_money_noun(span)) or _translated_name(span)


def _translated_name(span: Span) -> bool:
    """Whether ``span`` is a capitalized time word alone in brackets after a name, its meaning:
    "the newspaper An-Nahar (Today)", "the Yarin (Tomorrow) party"."""
    doc = span.doc
    if len(span) != 1 or not span.text.istitle() or span.start < 2 or span.end >= len(doc):
        return False
    return doc[span.start - 1].text == "(" and doc[span.end].text == ")" and doc[span.start - 2].pos_ == "PROPN"


# the unit a span ends with, and the "-old" after it that makes the whole an age
_AGE_UNIT = re.compile(
    r"(?:\S*-)?(?:second|minute|hour|day|week|month|year|decade|century|centurie|millenni(?:um|a))s?"
)
_OLD_AFTER = re.compile(r" ?- ?old\b", re.I)


def _an_age(span: Span) -> bool:
    """ "the decade-old dispute", "the month-old ceasefire", "a half-century-old alliance": an age, told
    as of "a 6-year-old boy" (no length), never the current decade or month."""
    if _after_age_word(span) and (_AGE_UNIT.fullmatch(span[-1].lower_) is not None or span[-1].like_num):
        return True  # "men aged 65 to 80 years", "children age 8 to 12 years": both numbers are ages
    return (
        _AGE_UNIT.fullmatch(span[-1].lower_) is not None
        and _OLD_AFTER.match(doc_text(span.doc), span.end_char) is not None
    )


def _after_age_word(span: Span) -> bool:
    """Whether ``span``, a number of units or the first of a range of them, comes right after "aged",
    "age" or "ages" (with "between", or the range's first number, in between): "aged 40 years",
    "age 65 to 80 years", "aged between 8 and 12 years" (not "the Stone Age 3,000 years ago")."""
    doc = span.doc
    i = span.start - 1
    if i >= 1 and doc[i].lower_ in ("to", "and", "-", "–") and doc[i - 1].like_num:
        i -= 2
    if i >= 0 and doc[i].lower_ == "between":
        i -= 1
    return i >= 0 and doc[i].text in ("aged", "age", "ages", "Aged") and len(span) <= 2


def _keep(span: Span, cand: Candidate) -> bool:
    """Veto candidates whose context says they are not a temporal expression."""
    if _in_name(span) if cand.rule != "holiday" else not _observance_as_time(span) or _holiday_thing(span):
        return False
    doc = span.doc
    if (
        span.end + 1 < len(doc)
        and doc[span.end].text == "-"
        and doc[span.end + 1].lower_.rstrip("-") in ("to", "on", "over")
    ):
        # "the quarter-to-quarter comparison", "day-to-day", "a year-on-year rise" (also written
        # "a year-on- year rise"): a compound adjective
        return False
    if (
        span[-1].lower_ == "day"
        and span.end + 1 < len(doc)
        and doc[span.end].text == "-"
        and doc[span.end + 1].lower_ == "night"
    ):
        return False  # "a day-night match": played into the evening, no length of time
    if (
        _award(span)
        or _an_age(span)
        or _game_period(span, cand)
        or _lone_period(span, cand)
        or _round(span)
        or _rate_or_name(span)
        or (cand.type == "DURATION" and _cricket_runs(span))
        or (span.text.lower().endswith("century") and _scored_by(span) and _about_cricket(doc))
    ):
        return False
    if (
        span.start >= 2
        and doc[span.start - 1].text == "-"
        and doc[span.start - 2].is_alpha
        and doc[span.start - 2].lower_ in _PER_TIME_UNITS
    ):
        return False  # "kilowatt-hours", "man-days": a unit of energy or of work, not a length of time
    if cand.rule not in GUARDED:
        return True
    prev = doc[span.start - 1] if span.start > 0 else None
    nxt = doc[span.end] if span.end < len(doc) else None
    low = span.text.lower()
    if cand.rule in ("anaphor", "season") and span[0].lower_ == "that" and span[0].dep_ == "mark":
        return False  # "said that month's sales rose": "that" opens a clause here
    if cand.rule == "season" and not _keep_season(span, low, nxt):
        return False
    if cand.rule == "decade" and prev is not None and prev.lower_ in _POSSESSIVE:
        return False  # "in his 30s", "her early twenties": an age, not a decade
    if (
        cand.rule == "century"
        and prev is not None
        and prev.lower_ in _POSSESSIVE | {"a", "an", "another", "maiden"}
        and span.root.dep_ not in ("compound", "amod", "nmod")
    ):
        # "his first century", "a maiden century": a hundred runs in cricket ("a 20th century democrat" stays)
        return False
    if cand.rule == "set" and low.startswith("per ") and _after_quantity(span, prev):
        return False  # "120 km per hour", "$10 per hour": a speed or a rate, not a recurring time
    if _names_newspaper(span, cand, low, nxt):
        return False
    if cand.rule == "year" and len(span) == 1 and (low.isdecimal() or low.startswith("'")):
        return _keep_year(low, prev, nxt)
    short = low.isalpha() and len(low) <= 4
    if cand.rule == "month" and len(span) == 1 and (low in ("may", "march") or short):
        # "May I", "Jan Kavan": a bare short month name needs a date word around it
        if low not in ("may", "march", "june", "july") and len(low) <= 4:
            return nxt is not None and nxt.like_num
        return (
            (prev is not None and prev.lower_ in _DATE_PREPS)
            or (nxt is not None and nxt.like_num)
            or _month_on_noun(span, prev, nxt)
        )
    if cand.rule == "deictic":
        return _keep_deictic(span, low, prev, nxt)
    if cand.rule in ("now", "current", "past_ref", "future_ref"):
        return _keep_present(span, low, prev, nxt)
    if cand.rule == "duration":
        return _keep_duration(span, low, _before_aside(span, prev), nxt)
    return True


_MONTH_DETERMINERS = {"a", "an", "the", "this", "that", "last", "next"} | _POSSESSIVE


def _month_on_noun(span: Span, prev, nxt) -> bool:
    """ "a June agreement", "their March meeting": a month after a determiner, on a common noun (not
    "A June Carter song", a name)."""
    return (
        prev is not None
        and prev.lower_ in _MONTH_DETERMINERS
        and nxt is not None
        and nxt.pos_ == "NOUN"
        and nxt.is_lower
        and span[0].text[:1].isupper()
    )


# words only cricket uses: a text with two of them is about cricket, where "a century" is a hundred runs
_CRICKET_WORDS = frozenset(
    "wicket wickets batsman batsmen bowler bowlers cricket cricketer cricketers stumps lbw odi odis "
    "spinner spinners all-rounder wicketkeeper wicket-keeper".split()
)
# "a century", "his half-century", "a maiden century" (a count of no unit: "a century ago" stays a length)
_RUNS_CENTURY = re.compile(r"(?:an?|his|her|their|another|maiden|\S+'s)?\s*(?:half[- ]?|double[- ]?)?century")
_LENGTH_AFTER = {"ago", "later", "earlier", "old", "of", "-old", "long", "or"}


def _about_cricket(doc: Doc) -> bool:
    """Whether the text uses at least two words only cricket uses ("wickets", "batsman", "stumps")."""
    return len({t.lower_ for t in doc if t.lower_ in _CRICKET_WORDS}) >= 2


def _cricket_runs(span: Span) -> bool:
    """ "was poised for a century", "raised his half-century", "his only one-day match": in a text about
    cricket, a century is a hundred runs and "one-day" the limited-overs format, not a length of time."""
    low = span.text.lower()
    doc = span.doc
    nxt = doc[span.end] if span.end < len(doc) else None
    if _RUNS_CENTURY.fullmatch(low):
        if nxt is not None and nxt.lower_ in _LENGTH_AFTER and not _scored_by(span):
            return False
    elif not (low == "one-day" and nxt is not None and nxt.pos_ in ("NOUN", "PROPN")):
        return False
    return _about_cricket(doc)


def _scored_by(span: Span) -> bool:
    """Whether a century is a player's, counted among his: "his second half century of the match",
    "Smith's third century of the series" (a score, whatever "of" follows)."""
    doc = span.doc
    words = [t.lower_ for t in doc[max(0, span.start - 2) : span.start + 1]]
    return any(w in ("his", "her", "their") or w.endswith("'s") for w in words) and any(
        w in _SCORE_ORDINALS for w in words
    )


_SCORE_ORDINALS = frozenset("first second third fourth fifth sixth seventh eighth ninth tenth maiden".split())


def _keep_deictic(span: Span, low: str, prev, nxt) -> bool:
    """ "today", "tomorrow": not "today's world", "the cities of tomorrow"."""
    if low == "tomorrow" and _of_tomorrow(span, prev):
        return False
    if low == "today" and nxt is not None and nxt.lower_ in ("'s", "’s"):
        return _today_happening(span)
    return True


def _of_tomorrow(span: Span, prev) -> bool:
    """ "the cities of tomorrow", "the workers of tomorrow": the future in general, no day (not "the
    morning of tomorrow")."""
    if prev is None or prev.lower_ != "of" or span.start < 2:
        return False
    noun = span.doc[span.start - 2]
    return noun.pos_ == "NOUN" and noun.lower_ not in _PART_NOUNS and noun.lower_ not in _ON_THE_DAY


_PART_NOUNS = {"morning", "afternoon", "evening", "night", "dawn", "noon", "midnight", "hours", "end", "start"}


_QUARTER_WORD = re.compile(r"\b(?:quarter|quarterly|fiscal|half-year|half)\b", re.IGNORECASE)


def _lone_period(span: Span, cand: Candidate) -> bool:
    """ "if the period is extended", "during the period": a stretch the text gave, not a quarter,
    when no quarter, half or fiscal year was named before."""
    if cand.rule != "quarter_rel" or span.text.lower() not in ("the period", "this period", "that period"):
        return False
    return _QUARTER_WORD.search(doc_text(span.doc), 0, span.start_char) is None


def _after_quantity(span: Span, prev) -> bool:
    """Does ``span`` follow a quantity ("120 km", "$10", "120 kilometres (75 miles)")?"""
    prev = _before_aside(span, prev)
    return prev is not None and (prev.like_num or prev.pos_ in ("NOUN", "PROPN", "SYM", "NUM"))


def _before_aside(span: Span, prev):
    """The word before ``span``, past an aside in brackets that ends right before it: "miles" in
    "120 kilometres (75 miles) an hour"."""
    if prev is None or prev.text not in (")", "]") or span.start < 3:
        return prev
    inside = span.doc[span.start - 2]
    return inside if inside.text not in ("(", "[") else prev


# A half or a quarter with no year: of a match when its sentence is about one.
_GAME_PERIOD = re.compile(r"(?:the\s+)?(?:first|second|third|fourth|final|last|1st|2nd|3rd|4th)[\s-]+(?:half|quarter)$")
# what a half or a quarter of a match is told of, right after it: "a first-half lead"
_GAME_LEAD = frozenset({"lead", "comeback", "try", "tries", "substitute", "substitution", "stoppage"})
# a score told as a run, lead or result: "a 19-9 run", "a 12-4 lead", "a 1- 0 win"
_SCORE = re.compile(
    r"(?<![\d.,/-])\d{1,3}\s?-\s?\d{1,3}(?![\d.,/%-])\s+(?:\w+\s+)?"
    r"(?:run|lead|win|victory|defeat|loss|draw|rout|deficit|advantage|triumph|streak|scoreline|margin)s?\b",
    re.IGNORECASE,
)


def _game_period(span: Span, cand: Candidate) -> bool:
    """ "scored twice in the first half", "12 rebounds in the third quarter", "a first-half goal",
    "a 19-9 run in the first quarter": a half or a quarter of a match (its sentence tells one:
    "scored", "goal", "equaliser", "rebounds", a score), not of a year."""
    if cand.rule != "quarter" or _GAME_PERIOD.match(span.text.lower()) is None:
        return False
    sent = span.sent if span.doc.has_annotation("SENT_START") else span.doc[:]
    return (
        any(t.lower_ in _GAME_WORDS for t in sent)
        or _SCORE.search(sent.text) is not None
        or ("-" in span.text and span.end < len(span.doc) and span.doc[span.end].lower_ in _GAME_LEAD)
        or ("-" in span.text and _ends_noun_phrase(span) and not any(t.lower_ in _ACCOUNTS for t in sent))
        or (match_report(doc_text(span.doc)) and not any(t.lower_ in _ACCOUNTS - _RESULTS for t in sent))
    )


# a result of a match as much as of a year ("without a loss"), in a match report
_RESULTS = frozenset({"loss", "losses"})
# what makes a sentence tell of a year's accounts ("Sales rose in the first-half, the company said")
_ACCOUNTS = frozenset(
    "profit profits sales revenue revenues earnings income loss losses growth percent % economy output "
    "prices exports imports gdp inflation shares dividend turnover".split()
)


def _ends_noun_phrase(span: Span) -> bool:
    """Whether nothing a noun phrase goes on with follows ``span`` ("a lively presence in the
    first-half."): written with a hyphen and standing alone, a half is a match's (a year's is
    "first-half profit", "the first-half of 2005")."""
    if span.end >= len(span.doc):
        return True
    nxt = span.doc[span.end]
    return nxt.lower_ != "of" and (nxt.is_punct and nxt.text != "-" or nxt.pos_ in ("ADP", "VERB", "AUX", "CCONJ"))


# prepositions that put a season in time: "in the fall", "by the fall", "until the fall"
_SEASON_PREPS = frozenset(
    "in during by until till through throughout since before after over into from to for around".split()
)


def _keep_season(span: Span, low: str, nxt) -> bool:
    """A season, unless it is part of a name or "fall" means a drop."""
    if (
        (len(span) == 1 or (len(span) == 2 and span[0].lower_ == "the"))
        and span[-1].text.istitle()
        and nxt is not None
        and nxt.text.istitle()
        and nxt.is_alpha
        and nxt.lower_ not in _MONTH_NAMES
    ):
        return False  # "the Spring Festival", "the Winter Olympics": a name
    if low == "the fall" and (nxt is None or nxt.lower_ not in ("of", "in")):
        # "The fall was led by utilities", "re-starting the fall" (of unemployment): with no year,
        # "the fall" is a season only where a preposition of time puts it ("in the fall", "by the fall")
        before = span.doc[span.start - 1] if span.start else None
        return before is not None and before.lower_ in _SEASON_PREPS
    if low.endswith("fall") and nxt is not None and nxt.lower_ in ("of", "in"):
        doc = span.doc
        before = doc[span.start - 1] if span.start else None
        if span[0].lower_ in ("last", "next", "this", "past", "previous", "coming", "early", "late") and (
            before is None or before.pos_ not in ("DET", "PRON")
        ):
            return True  # "arrested last fall in his home", "opens next fall in Denver": a time, then a place
        after = doc[span.end + 1] if span.end + 1 < len(doc) else None
        # "the fall of Hong Kong stocks", "the fall in prices": a drop ("the fall of 2005" is one match)
        return after is not None and (after.like_num or after.lower_ in ("that", "this", "last", "next", "each"))
    return True


_PERIODICALS = {"daily", "weekly", "monthly"}
_MONTH_NAMES = set(MONTHS)


def _names_periodical(tok) -> bool:
    """Whether "daily", "weekly" or "monthly" is a newspaper, a noun with its own determiner ("writes
    for a national daily"). (In front of its name, "the Communist Party daily Granma", TBAQ tags it.)"""
    kids = {c.dep_ for c in tok.children}
    # ("organized by the daily": tagged an adjective, but the head of its noun phrase all the same)
    heads = tok.pos_ == "NOUN" or tok.dep_ in ("pobj", "nsubj", "nsubjpass", "dobj", "appos")
    # (with a noun before it, only where no name follows: "the opposition news weekly")
    return heads and bool(kids & {"det", "amod", "poss"}) and ("compound" not in kids or not _name_after(tok))


def _name_after(tok) -> bool:
    """Whether a name follows ``tok`` ("daily Granma", "weekly 'Al-Ahram'")."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return nxt is not None and (nxt.pos_ == "PROPN" or nxt.text in ('"', "“", "'", "‘") or nxt.text.istitle())


def _names_newspaper(span: Span, cand: Candidate, low: str, nxt) -> bool:
    """ "a national daily", "local daily 'The Star'", "The Sunday Times": a newspaper, no time."""
    if cand.rule == "set" and low in _PERIODICALS:
        return _names_periodical(span[0]) or _before_its_name(span[0]) or _before_paper_noun(span[0])
    return cand.rule == "weekday" and len(span) == 1 and nxt is not None and nxt.text in _PAPER_NAMES


def _today_happening(span: Span) -> bool:
    """Whether "today's" comes before something that happens on the day ("today's match", "today's
    rate decision"), not a generic noun ("today's world")."""
    after = span.doc[span.end + 1 : span.end + 4]
    nouns = [span.root.head] if span.root.dep_ == "poss" else [t for t in after if t.pos_ in ("NOUN", "PROPN")]
    return any(t.lower_ in _ON_THE_DAY or lemma(t).lower() in _ON_THE_DAY for t in nouns)


# what "daily", "weekly" or "monthly" before it, maybe with a name between, makes a newspaper's kind
_PAPER_NOUNS = frozenset("newspaper paper magazine journal tabloid newsletter publication".split())


def _before_paper_noun(tok) -> bool:
    """Whether "daily", "weekly" or "monthly" is the kind of one newspaper or magazine, before the
    noun itself or a name and then the noun: "the independent Alwan daily newspaper", "local daily
    newspaper The Star", "the daily Al-Ayam newspaper", "the bi-monthly magazine" (a news weekly, no
    time; not the plural kind "ten other daily newspapers", nor "daily paper money")."""
    doc = tok.doc
    i = tok.i + 1
    while i < len(doc) and i - tok.i <= 4 and doc[i].pos_ == "PROPN" and doc[i].text[:1].isupper():
        i += 1  # (a name between: "the daily El Watan newspaper")
    noun = doc[i] if i < len(doc) else None
    # (the noun may be part of the name after it: "newspaper Outlook", not of "paper money")
    return (
        noun is not None
        and noun.lower_ in _PAPER_NOUNS
        and noun.tag_ == "NN"
        and (noun.dep_ != "compound" or noun.head.pos_ == "PROPN")
    )


def _name_after_word(last, words: tuple[str, ...]) -> bool:
    """Whether the capitalized words ending at ``last`` follow one of ``words``: "France's Le Figaro"
    (a possessive), "the Guardian" (not "flies to Lisbon", "in Paris")."""
    i = last.i
    while i > 0 and last.doc[i].text.istitle() and not last.doc[i].is_sent_start:
        i -= 1
    return i < last.i and last.doc[i].lower_ in words


def _name_opens_sentence(last) -> bool:
    """Whether the capitalized words ending at ``last`` open its sentence: "Bild daily, ..."."""
    i = last.i
    while i > 0 and last.doc[i].text.istitle() and not last.doc[i].is_sent_start:
        i -= 1
    return last.doc[i].is_sent_start and all(t.text.istitle() for t in last.doc[i : last.i + 1])


# what a newspaper does in the news: "the daily reported", "the daily, quoting sources, said"
_PAPER_VERBS = frozenset(
    "reported said wrote quoted says reports writes quotes cited cites citing quoting reporting saying".split()
)


def _tells_as_paper(nxt) -> bool:
    """Whether ``nxt``, after "daily" or "weekly", makes it the subject of a verb in a past or present
    tense or ends its noun phrase ("the Sabah daily.", "The daily, citing ..."): a newspaper (not
    "daily flights", "checked daily", a word of manner on a verb before it)."""
    if nxt.lower_ in _PAPER_VERBS or nxt.text in (".", ":"):
        return True
    if nxt.text in (",", ";"):
        after = nxt.doc[nxt.i + 1] if nxt.i + 1 < len(nxt.doc) else None
        return after is None or after.lower_ not in _PERIODICALS | {"weekly", "monthly", "yearly", "annual"}
    return nxt.tag_ in ("VBD", "VBZ") and nxt.pos_ == "VERB"


def _name_follows(tok, nxt) -> bool:
    """Whether a name follows ``tok`` and ends its noun phrase: "the daily La Stampa commented", "told
    the daily Le Soir on Tuesday" (not "the daily Ramadan fast", "the daily Monday meeting")."""
    if not nxt.text.istitle() or nxt.is_sent_start or nxt.lower_ in _MONTH_NAMES or nxt.lower_ in WEEKDAYS:
        return False
    i = nxt.i
    doc = tok.doc
    while i < len(doc) and doc[i].text[:1].isupper():
        i += 1
    if not any(t.pos_ == "PROPN" for t in doc[nxt.i : i]):
        return False  # (a name has a proper noun: "the daily Die Welt", not "the daily Mass")
    # the name ends its noun phrase: a verb, a preposition or a stop follows it
    return i >= len(doc) or doc[i].is_punct or doc[i].pos_ in ("VERB", "AUX", "ADP", "CCONJ", "SCONJ", "PART")


# the words before a newspaper's name that a reporting verb follows: "local Dawn daily said"
_BEFORE_PAPER = ("the", "'s", "’s", "local", "state", "official", "state-run", "national", "regional", "leading")


def _before_its_name(tok) -> bool:
    """Whether "daily" or "weekly" stands before the newspaper's name, quoted or after an adjective
    ("local daily "The Star"", "the English-language daily The Nation")."""
    doc = tok.doc
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if nxt is None or tok.i == 0:
        return False
    prev = doc[tok.i - 1]
    if prev.pos_ == "ADJ" and (nxt.text in ('"', "“") or nxt.pos_ == "PROPN" and tok.head.pos_ == "PROPN"):
        return True
    if prev.text in ('"', "“", "'", "‘") and tok.text.istitle() and nxt.text.istitle():
        return True  # a quoted name: told the "Daily Sunsport" of Lagos
    if prev.lower_ == "the" and (_name_follows(tok, nxt) or _tells_as_paper(nxt)):
        return True  # "the daily Die Welt", "The daily, quoting sources, said"
    # "sports daily O Jogo", "the party daily Renmin Ribao": a kind of newspaper, then its name (not
    # "rose daily Monday", "checked daily. Prices ...")
    if (
        tok.text.islower()
        and prev.pos_ == "PROPN"
        and prev.lower_ not in _MONTH_NAMES
        and prev.lower_ not in WEEKDAYS
        and (
            nxt.pos_ == "ADP"
            and _name_after_word(prev, ("'s", "’s"))
            or (nxt.lower_ in _PAPER_VERBS or _tells_as_paper(nxt) or nxt.lower_ in WEEKDAYS)
            and prev.tag_ != "NNPS"  # (not "the Palestinians daily endure ...": people, every day)
            and _name_after_word(prev, _BEFORE_PAPER)
            or nxt.text == ","
            and _name_opens_sentence(prev)  # "Bild daily, the biggest-selling paper, said"
        )
    ):
        # "told France's Le Figaro daily on Friday", "the Guardian daily reported", "local Dawn daily said",
        # "the Kommersant daily cited officials", "told the Sabah daily.", "the Jornal daily Monday reported"
        return True
    return (
        tok.text.islower()
        and prev.is_alpha
        and prev.pos_ in ("NOUN", "ADJ", "PROPN")
        and nxt.text.istitle()
        and not nxt.is_sent_start
        and nxt.lower_ not in _MONTH_NAMES
        and nxt.lower_ not in WEEKDAYS
    )


# what "today's" may name that happens on the day: "before today's match" (not "today's world")
_ON_THE_DAY = frozenset(
    "match game race final semifinal semi-final vote election poll ballot meeting session talks summit "
    "hearing trial verdict ruling decision announcement auction ceremony parade march rally protest strike "
    "launch opening debate speech statement trading close deadline edition issue kickoff stage round fight "
    "bout qualifier fixture derby clash test "
    # what is settled or signed that day, what is done to someone, what is aired or printed that day
    "settlement agreement accord deal signing attack bombing raid shooting blast visit arrival departure "
    "funeral wedding celebration concert festival quiz show broadcast programme episode bulletin paper "
    "newspaper headline".split()
)


# what a weekday before it makes a newspaper's name: "The Sunday Times", "the Sunday Herald"
_PAPER_NAMES = frozenset(
    "Times Telegraph Mail Herald Express Mirror Post Observer Tribune Independent Standard Star Sport "
    "Nation Journal Argus Mercury Examiner Gleaner Monitor Leader Chronicle Sun".split()
)


# Nouns that a number after them names one of: "Resolution 1636" is no year.
_NUMBERED = frozenset(
    "resolution resolutions flight flights article articles chapter section clause paragraph room route "
    "highway bill decree directive protocol item code unit division battalion regiment model volume vol. "
    "page case rule platform gate block lot number boeing airbus tu an mig su channel bus train".split()
)


_SCALES = frozenset({"hundred", "thousand", "million", "billion", "trillion", "dozen", "lakh", "crore"})


def _counts_on(nxt) -> bool:
    """Whether ``nxt``, after a number, makes it part of a count: digits ("2000 500"), a scale ("2000
    million"); not a number word that starts what follows ("the 2007 Six Nations", "In 1995 two men")."""
    return nxt.like_num and (not nxt.is_alpha or nxt.lower_ in _SCALES)


def _keep_year(low: str, prev, nxt) -> bool:
    """A bare year number ("1995", "'98"), unless money, a count, a clock time or a plural noun
    follows or precedes it."""
    if prev is not None and prev.text in ("$", "#", "No.", "no.", "€", "£", "US$"):
        return False
    if prev is not None and prev.lower_ in _NUMBERED:
        return False  # "Resolution 1636", "flight 1549", "Article 1002": a number that names a thing
    if nxt is not None and (nxt.text in ("%", "percent") or _counts_on(nxt) or nxt.text in _CLOCK_WORDS):
        return False  # "1000 GMT" is a clock time, not the year 1000; "2000 million" a count
    if low.startswith("'") and (prev is None or prev.lower_ not in _DATE_PREPS):
        return False
    if nxt is not None and nxt.tag_ in ("NNS", "NNPS") and nxt.lower_ not in _TEMPORAL_NOUNS:
        if nxt.lower_ in _HAPPENINGS and prev is not None and _DETERMINES.match(prev.text) and low[:2] in ("19", "20"):
            return True  # "the 2003 riots", "Britain's 2001 attacks": the year they happened, not a count
        return prev is not None and prev.lower_ in ("in", "since", "of", "by", "until", "during")
    return True


# Happenings told in the plural that a year before them dates ("the 2003 riots", "the 1998 bombings"),
# after a word that makes the number no count ("the", "its", "'s": not "some 2000 protests")
_HAPPENINGS = frozenset(
    "riots bombings attacks killings massacres protests demonstrations clashes floods earthquakes polls talks "
    "negotiations hearings strikes uprisings coups invasions finals championships playoffs primaries midterms "
    "celebrations purges hostilities wars tests blasts explosions shootings murders assassinations raids "
    "referendums summits fires wildfires bushfires famines tsunamis hurricanes crackdowns deportations "
    "evictions unrest".split()
)
_DETERMINES = re.compile(r"(?i:the|its|their|his|her|our|this|these|those|that|'s|’s|s'|')$")


def _keep_present(span: Span, low: str, prev, nxt) -> bool:
    """ "now", "current", "recent", "future": a time only where they work as one."""
    # "current" used as a noun ("the current") is not a date; "now that ..." still is (TimeBank)
    if low == "now" and nxt is not None and nxt.text == "," and (prev is None or prev.is_punct):
        return False  # "Now, he says, ...": a discourse marker opening the sentence
    if low in ("current", "recent", "future") and span.root.pos_ not in ("ADJ", "NOUN"):
        return False
    if low in ("current", "future") and span.root.dep_ not in ("amod", "pobj", "compound"):
        return False
    if low == "current" and span.root.pos_ == "NOUN" and span.root.dep_ == "pobj":
        return False  # "pushing against a strong current": a flow of water or electricity, the phrase's head
    if low.endswith("soon"):
        # "the rains soon came": soon after a time the story tells, not ahead of the article's
        return direction(span) != "past"
    if low in ("the future", "the near future") and span[-1].dep_ in ("amod", "compound", "nmod"):
        # "announced the future tax policies": "future" is said of the noun after it; no time of its own
        return span[-1].head.i < span.end
    return True


# what "one-day" before it names cricket's limited-overs format, not a length ("a one-day meeting" stays)
_ONE_DAY_FORMAT = frozenset(
    "international internationals odi odis century centuries hundred hundreds total series cricket squad "
    "debut career ranking rankings format side specialist captain captaincy record defeat win victory".split()
)
_CLOCK_ENDS = {"a.m.", "p.m.", "am", "pm", "a.m", "p.m", "o'clock", "gmt", "utc"}
_PER_TIME_UNITS = {"kilowatt", "megawatt", "gigawatt", "terawatt", "watt", "man", "person", "ampere", "passenger"}
_UNITS_SG = {"second", "minute", "hour", "day", "week", "month", "year", "decade", "century"}
_TIME_UNITS_AFTER = {"hour", "year", "decade", "century", "day", "month", "week", "minute", "season"}


# "criticized in some quarters", "welcomed in many quarters": parts of the public, not of a year
_OPINION_QUARTERS = re.compile(r"(?:some|many|certain|other|various|all) quarters")


def _quarters_of_opinion(low: str, prev) -> bool:
    """ "has been criticized in some quarters", "support from many quarters": "quarters" after a
    word of vague quantity and "in", "from" or "by" names where views come from, not three months
    (not in a sentence of accounts: "sales rose in some quarters")."""
    if _OPINION_QUARTERS.fullmatch(low) is None or prev is None or prev.lower_ not in ("in", "from", "by"):
        return False
    sent = prev.sent if prev.doc.has_annotation("SENT_START") else prev.doc[:]
    return not any(t.lower_ in _ACCOUNTS for t in sent)


def _quarters_of_a_match(span: Span) -> bool:
    """ "a 71-39 lead after three quarters", "trailed by ten points after two quarters": a count of
    a match's quarters, where its sentence tells a score or a match (as "the third quarter")."""
    if not re.fullmatch(r"(?:two|three|2|3) quarters", span.text.lower()):
        return False
    sent = span.sent if span.doc.has_annotation("SENT_START") else span.doc[:]
    return (
        any(t.lower_ in _GAME_WORDS for t in sent)
        or _SCORE.search(sent.text) is not None
        or (match_report(doc_text(span.doc)) and not any(t.lower_ in _ACCOUNTS for t in sent))
    )


def _keep_duration(span: Span, low: str, prev, nxt) -> bool:
    """A length of time, unless it is a fraction, a rate, runs in cricket or an ordinal."""
    if "-quarter" in low:
        return False  # "three-quarters" is a fraction
    if re.search(r"\b(?:a|one|three) quarters?$", low) and nxt is not None and nxt.lower_ == "of":
        # "more than a quarter of the market", "three quarters of its food", "about a quarter of
        # Kenya's maize": a fraction, unless a unit of time follows ("a quarter of an hour")
        after = {t.lower_ for t in span.doc[span.end + 1 : span.end + 4]}
        if not after & _TIME_UNITS_AFTER:
            return False
    if re.search(r"\b(?:a|one|three) quarters?$", low) and nxt is not None and nxt.pos_ in ("VERB", "AUX"):
        return False  # "almost a quarter said they would not vote": a fraction of people, as a subject
    if low.endswith("quarters") and (_quarters_of_opinion(low, prev) or _quarters_of_a_match(span)):
        return False
    if (
        low.split()[0] in ("a", "an")
        and prev is not None
        and (prev.like_num or prev.pos_ in ("NOUN", "SYM", "NUM"))
        and prev.lower_ not in _CLOCK_ENDS
    ):
        # "$1.76 a year", "four flights a week": a rate, not a duration (but "at 7 p.m. a week after the
        # sinking" counts from a happening)
        return False
    if low.endswith("century") and lemma(span.root.head).lower() in _SCORING:
        return False  # "hit a century", "made a century in the second innings": runs in cricket
    if low == "one-day" and nxt is not None and nxt.lower_ in _ONE_DAY_FORMAT:
        return False  # "his second one-day century", "the one-day series": cricket's limited-overs format
    # "a second time", "one second-quarter" are not durations
    return not (
        low in ("a second", "one second", "an second")
        or low.endswith("second")
        and nxt is not None
        and nxt.pos_ in ("NOUN", "ADJ")
        and not low[0].isdecimal()
    )


# TimeML (as TIDES before it) keeps an approximation in the extent and says it with mod="APPROX":
# "around Nov. 1", "approximately 1995" (the clock and year-end rules already take "around")
_APPROX_BEFORE = {"around", "approximately", "roughly"}
_APPROX_RULES = {"month_day", "day_month", "month_year", "month", "year", "weekday", "season"}


def _with_approx(span: Span, cand: Candidate) -> Span:
    """The span with the approximation before a calendar date: "around Nov. 1", not "Nov. 1"."""
    if cand.rule not in _APPROX_RULES or span.start == 0:
        return span
    prev = span.doc[span.start - 1]
    if prev.lower_ not in _APPROX_BEFORE or prev.pos_ not in ("ADV", "ADP", "ADJ"):
        return span
    return Span(span.doc, span.start - 1, span.end, label=span.label_)


class TimexRecognizer:
    """Marks temporal expressions as ``doc.spans["timex"]`` labelled DATE, TIME, DURATION or SET."""

    def __init__(self, nlp: Language, name: str):
        self.name = name

    def match(self, doc: Doc) -> list[Span]:
        spans: list[Span] = []
        for cand in candidates_in(doc_text(doc)):
            span = doc.char_span(cand.start, cand.end, label=cand.type, alignment_mode="expand")
            if (
                span is not None
                and span[0].lower_ == "the"
                and cand.type == "DURATION"
                and (
                    (len(span) == 4 and span[2].text == "-")
                    or (
                        len(span) == 3
                        and (span[1].like_num or span[1].text.endswith("-"))
                        and span[2].lower_ in _UNITS_SG
                    )
                )
            ):
                # TimeML leaves the article out of "the 24-hour strike", "the 20 year conflict", "the
                # one- year extension" (spaCy keeps the hyphen on "one-" when a space follows it)
                span = Span(doc, span.start + 1, span.end, label=span.label_)
            if span is not None and len(span) > 1 and span[0].lower_ == "last" and span[0].pos_ in ("VERB", "AUX"):
                span = Span(doc, span.start + 1, span.end, label=span.label_)  # "will last one day": a verb
            if span is not None and len(span) and _keep(span, cand):
                spans.append(_with_approx(span, cand))
        return sorted(filter_spans(spans), key=lambda s: s.start_char)

    def set_annotations(self, doc: Doc, spans: list[Span]) -> None:
        doc.spans[SPAN_KEY] = spans

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.match(doc))
        return doc


@Language.factory("timeline_timex")
def make_timex_recognizer(nlp: Language, name: str) -> TimexRecognizer:
    return TimexRecognizer(nlp, name)
