"""Names of actors as the text gives them: tagger span repairs, model designators, cleaned names."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from spacy.tokens import Span

from timeline.extract.gazetteer import capital_country, country_for_adjective, country_name, is_known_org, is_place
from timeline.extract.lexicon import (
    ACRONYM,
    CALENDAR_WORDS,
    COMPANY_NOUNS,
    CORP_SUFFIXES,
    DESIGNATOR,
    DESIGNATOR_WORDS,
    DETERMINERS,
    DOCUMENT_NOUNS,
    FACILITY_NOUNS,
    GENERIC_ORG_WORDS,
    HOLIDAY_PERIODS,
    HOLIDAYS,
    HONORIFICS,
    LABEL_NOUNS,
    NAME_ACRONYM_SKIP,
    NAME_PARTICLES,
    NAMED_THINGS,
    NON_ACTOR_LABELS,
    ORG_HEADS,
    ORG_WORDS,
    PERSON_DESCRIPTIONS,
    PERSON_TITLES,
    PLACE_NOUNS,
    PORTFOLIO_WORDS,
    QUANTITY_WORDS,
    ROLE_HEADS,
    TITLE_WORDS,
    UNITS,
    is_common_word,
)
from timeline.nlp.doctables import children_with, doc_text, lower_texts, sentence_bounds, span_text, tables


def is_time_word(token) -> bool:
    """A token of a date or time, a number or amount, or a month or weekday name: never an actor.
    (A name the tagger swept into a number, as "an iPhone 4" tagged CARDINAL, is still a name.)"""
    t = tables(token.doc)  # the label and the word from the tables, no Token property read
    i = token.i
    ent = t.ents[i]
    if ent in ("DATE", "TIME") or t.text[t.idx[i] : t.ends[i]].lower() in CALENDAR_WORDS:
        return True
    return ent in NON_ACTOR_LABELS and (token.like_num or not t.is_alpha[i])


def is_date_word(token) -> bool:
    """A token of a date or time entity, or a month or weekday name ("October 04")."""
    return token.ent_type_ in ("DATE", "TIME") or token.lower_ in CALENDAR_WORDS


def is_designator(text: str) -> bool:
    """A model number or code: "737", "3G", "S5", "A380", "X"."""
    return bool(DESIGNATOR.match(text))


def designator_end(doc, end: int) -> int:
    """End of a name that ends before token ``end``, extended over model designators ("iPhone" + "3G").

    Takes numbers and short letter/digit codes ("3G", "4S", "S5", "X", "II") and tier words
    ("Pro", "Plus"); letters glued to a designator continue it (the tokenizer splits "3G" into
    "3" "G"). A number that counts something ("Apple 10 percent", "Apple 3 million") is left out.
    """
    sent_end = sentence_bounds(doc[end - 1])[1] if end < len(doc) else end
    i = end
    while i < sent_end and doc[i - 1].whitespace_ == " ":
        tok = doc[i]
        if tok.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL") or not (
            DESIGNATOR.match(tok.text) or tok.text in DESIGNATOR_WORDS
        ):
            break
        j = i + 1
        while j < sent_end and not doc[j - 1].whitespace_ and doc[j].text.isalnum() and len(doc[j].text) <= 3:
            j += 1  # "3" + "G"
        if tok.like_num and j < sent_end and doc[j].lower_ in QUANTITY_WORDS:
            break
        if j < sent_end and not doc[j - 1].whitespace_ and doc[j].text in ("-", "–", "/", ":"):
            break  # "9-3", "3/4": a score or a figure, not a model
        i = j
        if tok.like_num and tok.text.isdecimal():
            break  # "Boeing 737", not "Boeing 737 800"
    return i


_POSSESSIVE_END = re.compile(r"\s*'s?$")
_LEADING_THE = re.compile(r"^(?:the|The)\s+")
_LEADING_DASH = re.compile(r"^[-–—_]+\s*")
_SPACED_HYPHEN = re.compile(r"(?<=[A-Za-z])- (?=[A-Za-z])")
_SCREEN_SIZE = re.compile(r"\d+x\d+")  # "320x240" (compiled once: asked of each word of each entity)


@lru_cache(maxsize=1 << 14)  # the same names are cleaned again and again (each entity several times)
def clean_name(text: str) -> str:
    """Entity text without surrounding determiners, possessive endings and extra spaces."""
    text = " ".join(text.replace("’", "'").split())
    text = _SPACED_HYPHEN.sub("-", text)  # "Roh Moo- hyun", "Lashkar-e- Tayyeba": a wire's broken line
    text = _POSSESSIVE_END.sub("", text)
    text = _LEADING_DASH.sub("", text)  # "--The USS Juneau": a dateline's dash the tokenizer glued on
    text = _LEADING_THE.sub("", text)
    text = text.strip(" ,;:\"'“”()")
    last = _LAST_WORD_STOP.search(text)
    if last is not None and last.group(1).lower() not in _ABBREVIATIONS:
        text = text[:-1]  # "Nguyen Tuong Van." at a sentence's end: the full stop is no part of it
    return text


_LAST_WORD_STOP = re.compile(r"(?:^|\s)([A-Z][a-z]{2,})\.$")
# Words written with a full stop that end names: "Apple Computer Inc.", "Martin Luther King Jr."
_ABBREVIATIONS = frozenset("inc corp ltd bros jr sr dept univ assn intl govt mfg ave blvd".split())


def trim_person(ent):
    """ "Syria Staffan de Mistura" -> "Staffan de Mistura": the model glues a preceding place on.

    The rest must read as a personal name (capitalised words and particles, no organisation words);
    the trimmed span is labelled PERSON whatever label the model gave the whole. A person's span
    also loses the nationality adjectives and titles it starts with ("Nepali King Gyanendra" ->
    "Gyanendra"): they describe the person (see coref.learn_title), they are no part of the name.
    """
    ent = _person_after_nationality(ent) or ent  # then its titles, below ("Jordanian King Abdullah")
    named_at = _body_of_a_title(ent) if ent.label_ in ("PERSON", "ORG") else None
    if named_at is not None:
        # "Chinese Ambassador to the UN Wang Guangya" tagged "the UN Wang Guangya", an organisation:
        # the body is the title's, the person's name follows it
        return Span(ent.doc, named_at, ent.end, label="PERSON")
    if ent.label_ == "ORG" and len(ent) >= 3 and _demonym_noun(ent[0]):
        # "Frenchman Philippe Troussier" tagged as an organisation: a person, with who he is before
        rest = ent[1:]
        if all(t.is_title or t.lower_ in NAME_PARTICLES for t in rest) and not any(t.lower_ in ORG_WORDS for t in rest):
            return Span(ent.doc, ent.start + 1, ent.end, label="PERSON")
    if ent.label_ in _OPENED_LABELS and len(ent) >= 3 and ent[0].is_sent_start and _person_noun_opening(ent[0]):
        # "Lawyer Penny Easton, who was named in the petition" tagged as a building: a person, with
        # what they are written first in the sentence, capitalised
        rest = ent[1:]
        if all(t.is_title for t in rest) and not any(t.lower_ in _NO_PERSON_WORDS for t in rest):
            return Span(ent.doc, ent.start + 1, ent.end, label="PERSON")
    if ent.label_ == "PERSON" and len(ent) >= 2 and ent[0].is_title and ent[0].lower_ in BUSINESS_WORDS:
        # "Supplier Gazprom's chief executive", "Carmaker Renault" tagged as a person: a company,
        # with what it is before its name
        return Span(ent.doc, ent.start + 1, ent.end, label="ORG")
    if (
        ent.label_ in _OPENED_LABELS
        and len(ent) >= 3
        and ent[0].is_title
        and _a_rank(ent[0])
        and ent[0].lower_.rstrip(".") not in _OFFICES
    ):
        # "Lance Corporal Mark Evans", "Brigadier John Hale" tagged an organisation: a person, with
        # the rank before the name (not "Private Equity Partners": no body's word in the rest)
        lead = 1 + (ent[0].lower_ in _RANK_OPENERS)
        rest = ent[lead:]
        if len(rest) >= 2 and all(t.is_title for t in rest) and not any(t.lower_ in _NO_PERSON_WORDS for t in rest):
            return Span(ent.doc, ent.start + lead, ent.end, label="PERSON")
    if ent.label_ == "PERSON":
        lead = 0
        while lead < len(ent) - 1 and (_describes_person(ent[lead]) or _opening_description(ent[lead])):
            lead += 1
        if lead and any(t.is_title for t in ent[lead:]):
            ent = Span(ent.doc, ent.start + lead, ent.end, label="PERSON")
    if ent.label_ not in ("PERSON", "ORG") or len(ent) < 3 or not is_place(ent[0].text):
        return ent
    if len(ent[0].text) < 4 and country_name(ent[0].text) is None:
        return ent  # "Ho Peng Kee", "Wu Yi": a short surname that is also a town's name
    if ent[-1].text == "Index" or _index_name_end(ent.doc, ent) is not None:
        return ent  # "Tokyo Stock Price Index", "Colombo All Share Price" "Index": a market's, of a place
    rest = ent[1:]
    if _INITIAL.match(rest[0].text):
        return ent  # "George W. Bush": a middle initial, George is no place here
    if not all(
        (t.is_title or t.lower_ in NAME_PARTICLES or t.i > ent.start + 1 and _joining_hyphen(t))
        and t.lower_ not in ORG_WORDS
        for t in rest
    ):
        return ent  # ("Syria Terje Roed-Larsen": a hyphen joins the parts of a surname)
    if sum(1 for t in rest if t.is_title) < 2:
        return ent
    trimmed = ent.doc[ent.start + 1 : ent.end]
    trimmed.label_ = "PERSON"
    return trimmed


def person_tagged_as_place(ent):
    """ "ZEC spokesperson Ethloile Silaigwana said", "President Thabo Mbeki will travel": a surname
    the tagger took for a place (no place, country, capital or nationality the gazetteer knows),
    with the given name it left untagged right before it (one or two capitalised proper nouns hung
    on it, none a title, a place or a body's word), is a person's whole name; ``ent`` else. A name
    that modifies a noun ("Brent North Sea crude") is left as it is."""
    if ent.label_ not in ("GPE", "LOC") or len(ent) > 2 or ent.start == 0:
        return ent
    doc = ent.doc
    t = tables(doc)  # (the word before from the tables: most place names have no proper noun before)
    b = ent.start - 1
    if t.pos[b] != "PROPN" or t.ents[b] or t.deps[b] != "compound" or not ent.start <= t.heads[b] < ent.end:
        return ent
    if not all(w.is_title and w.is_alpha for w in ent) or ent.root.dep_ in ("compound", "amod", "nmod"):
        return ent
    text = span_text(ent)
    if is_place(text) or country_name(text) or country_for_adjective(text) or capital_country(text):
        return ent
    start = ent.start
    while start > 0 and ent.start - start < 2 and _given_name_word(doc[start - 1], ent):
        start -= 1
    if start == ent.start:
        return ent
    return Span(doc, start, ent.end, label="PERSON")


def _given_name_word(tok, ent) -> bool:
    """An untagged capitalised proper noun hung on the name after it, no title, place or body's word."""
    low = tok.lower_.rstrip(".")
    return (
        tok.pos_ == "PROPN"
        and not tok.ent_type_
        and tok.dep_ == "compound"
        and ent.start <= tok.head.i < ent.end
        and tok.is_title
        and tok.is_alpha
        and bool(tok.whitespace_)
        and low not in _NOT_GIVEN_NAMES
        and not is_place(tok.text)
        and country_for_adjective(tok.text) is None
    )


_NOT_GIVEN_NAMES = (
    ROLE_HEADS | TITLE_WORDS | HONORIFICS | PERSON_TITLES | PLACE_NOUNS | ORG_WORDS | FACILITY_NOUNS | PORTFOLIO_WORDS
)


def _joining_hyphen(tok) -> bool:
    """A hyphen glued to a capitalised word on each side, inside a name ("Roed-Larsen")."""
    doc = tok.doc
    return (
        tok.text == "-"
        and not tok.whitespace_
        and 0 < tok.i < len(doc) - 1
        and not doc[tok.i - 1].whitespace_
        and doc[tok.i - 1].is_title
        and doc[tok.i + 1].is_title
    )


def _body_of_a_title(ent) -> int | None:
    """The index of the first word of a person's name in ``ent`` when it opens on the acronym of the
    body a title before it names ("Ambassador to the UN Wang Guangya", "envoy to the EU Jan Kral"),
    two capitalised words or more after it; else None."""
    doc = ent.doc
    at = ent.start + (ent[0].lower_ == "the")  # the tagger may take "the" in
    the = at - 1
    if at + 3 > ent.end or the < 2 or doc[the].lower_ != "the":
        return None
    first = doc[at]
    if not (first.is_upper and first.is_alpha and 2 <= len(first) <= 6):
        return None
    if doc[the - 1].lower_ not in ("to", "at") or doc[the - 2].lower_ not in ROLE_HEADS:
        return None
    rest = doc[at + 1 : ent.end]
    if all(t.is_title and t.pos_ == "PROPN" and t.lower_ not in ORG_WORDS for t in rest):
        return at + 1
    return None


def _person_after_nationality(ent):
    """ "Another South Korean Eom Hyo-won finished third" tagged whole as an organisation: a person
    named after a sentence's opening "Another" and a nationality, which are no part of the name;
    None when the span is not so made."""
    if ent.label_ not in ("ORG", "PERSON", "NORP") or len(ent) < 3:
        return None
    if ent.root.dep_ in ("compound", "amod", "nmod") and ent.root.head.pos_ == "NOUN":
        return None  # "the former Brazilian World Cup hero": a name that describes a noun
    if not (ent[0].is_sent_start and ent[0].pos_ == "DET" and ent[0].lower_ != "the"):
        return None  # an organisation may start with a nationality ("Korean Air Lines"): not without "Another"
    i = 1  # after "Another", "Every"
    while i < len(ent):
        if (
            i + 1 < len(ent)
            and country_for_adjective(f"{ent[i].text} {ent[i + 1].text}")
            and not country_name(f"{ent[i].text} {ent[i + 1].text}")
        ):
            i += 2  # "South Korean"
        elif country_for_adjective(ent[i].text) and not country_name(ent[i].text) and not _demonym_noun(ent[i]):
            i += 1  # "Japanese"
        else:
            break
    rest = ent[i:]
    words = [t for t in rest if not (t.is_punct and t.text == "-")]
    if sum(1 for t in words if t.is_title) < 2 or not all(
        t.is_title or t.lower_ in NAME_PARTICLES or t.nbor(-1).text == "-" for t in words
    ):  # "Hyo-won": a given name's second half
        return None
    if any(t.lower_ in ORG_WORDS for t in words):
        return None
    return Span(ent.doc, ent.start + i, ent.end, label="PERSON")


_SPEECH_WORDS = frozenset({"said", "says", "added", "told", "asked", "wrote", "replied"})
# A side's standing, written before its name at a sentence's start ("Champions Bayern Munich").
_STANDING_WORDS = frozenset({"champions", "holders", "hosts", "leaders", "visitors", "newcomers"})
# Words after "Champions" that make it a contest's name ("Champions League").
_CONTEST_WORDS = frozenset({"league", "trophy", "cup", "challenge", "tour", "series", "tournament"})
_INITIAL = re.compile(r"[A-Z]\.$")
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())


def standing_before_name(tok) -> bool:
    """ "Champions", "Holders" before a side's name ("Holders Sevilla beat"); not the first word
    of a contest's name ("Champions League")."""
    if tok.lower_ not in _STANDING_WORDS or tok.i + 1 >= len(tok.doc):
        return False
    after = tok.doc[tok.i + 1]
    return after.is_title and after.lower_ not in _CONTEST_WORDS


# Labels the tagger gives a club whose name it took with the score after it ("Lille 1-0" a product).
_SCORED_LABELS = frozenset({"ORG", "FAC", "MISC", "PRODUCT", "WORK_OF_ART", "EVENT"})


def trim_edges(ent):
    """Words the tagger glued to a name: the verb of '"...," said Hall' ("Said Hall" -> "Hall"), a
    score after a team or country ("Tajikistan 2-2"); and a first name it left out before an
    initial ("W. Bush" -> "George W. Bush"). None when no name is left."""
    doc = ent.doc
    start, end = ent.start, ent.end
    if len(ent) > 1 and doc[start].text in ("A", "An") and doc[start].is_sent_start:
        start += 1  # "An Olympic Delivery Authority spokesman said": the sentence's article, capitalised
    tb = tables(doc)
    text, idx, ends = tb.text, tb.idx, tb.ends  # each word's text without a Token for it
    dash = next((i for i in range(ent.start, ent.end) if text[idx[i] : ends[i]] in ("-", "--", "—", "–", ":")), None)
    glued = (  # "al-Qaeda" (a person's "al-" is left to the surname: "al-Samani" is "Samani")
        dash is not None and ent.label_ != "PERSON" and not doc[dash - 1].whitespace_ and not doc[dash].whitespace_
    )
    if dash is not None and dash > start and all(t.is_lower for t in doc[start:dash]) and not glued:
        start = dash + 1  # "publications - Army Times" (not "al-Qaeda")
    elif (
        dash is not None
        and dash > start
        and ent.label_ == "PERSON"
        and all(t.is_title for t in doc[start:dash])
        and doc[dash - 1].whitespace_
    ):
        # "My Love for the pound by Tony Blair - Sun Exclusive!": the name ends at a dash set
        # apart by spaces ("Douste-Blazy", "Fani-Kayode" are one name)
        end = dash
    if (
        ent.label_ in ("PERSON", "ORG")
        and len(ent) > 1
        and doc[start].lower_ in _SPEECH_WORDS
        and (doc[start].is_sent_start or start > 0 and doc[start - 1].is_punct)
    ):
        start += 1
    if ent.label_ in ("PERSON", "GPE", "NORP", "LOC"):
        tail = end
        while tail > start and (doc[tail - 1].like_num or doc[tail - 1].text in ("-", "–", ":")):
            tail -= 1
        if any(text[idx[i] : ends[i]] in ("-", "–", ":") for i in range(tail, end)):
            end = tail  # "Tajikistan 2-2": a score, not "Storm Signal 3"
    elif ent.label_ in _SCORED_LABELS and len(ent) > 2 and doc[end - 1].text.isdecimal():
        # "edged Treviso 1-0", "thrashed Treviso 34-7": a team's name with the score glued on (the
        # tagger calls a club anything); digits, a dash, digits after a name, nothing else
        tail = end - 1
        if doc[tail - 1].text in ("-", "–") and tail - 2 > start and doc[tail - 2].text.isdecimal():
            small = len(doc[tail].text) < 3 and len(doc[tail - 2].text) < 3  # not "Boeing 747-400"
            if doc[tail - 2].whitespace_ == "" and doc[tail - 1].whitespace_ == "":
                if ent.label_ in ("ORG", "FAC", "MISC") or small:
                    end = tail - 2  # "Treviso 34-7", "Lille 1-0", not "Channel 4 - 2" nor "7-Eleven"
    pos, tags = tb.pos, tb.tags  # (_glued_verb's tests by table first: a Token only for a verb)
    verb = next((i for i in range(start, end) if pos[i] == "VERB" and tags[i] in _TENSED and _glued_verb(doc[i])), None)
    if verb is not None:
        # "Suez won European Union (approval)", "Rolls-Royce won": a tensed verb in lower case is no
        # part of a name; the name after it if there is one (what the verb took), else the one before
        after = [t for t in doc[verb + 1 : end] if t.is_alpha]
        if after and all(t.is_title or t.is_upper or t.lower_ in _NAME_LINKS for t in after) and after[0].is_title:
            start = verb + 1
        else:
            end = verb
    if end - start > 1 and doc[end - 1].lower_ in _WEEKDAYS and doc[end - 1].head.pos_ in ("VERB", "AUX"):
        end -= 1  # "Thailand's Pichet Krungget Monday shattered the record": the day it happened
    if (
        ent.label_ == "PERSON"
        and start > 0
        and _INITIAL.match(doc[start].text)
        and doc[start - 1].pos_ == "PROPN"
        and doc[start - 1].is_title
        and not doc[start - 1].ent_type_
        and not _describes_person(doc[start - 1])
    ):
        start -= 1
    if ent.label_ == "PERSON" and start > 0 and _surname_read_as_a_word(doc[start - 1], start, end):
        start -= 1  # '"...," said He Lisheng': the surname He, no pronoun inside the sentence
    if (start, end) == (ent.start, ent.end):
        return ent
    if start >= end:
        return None
    return Span(doc, start, end, label=ent.label_)


# Lower-case words that a name may hold ("Bank of England", "Gad de France", "Ministry for the Economy").
_NAME_LINKS = frozenset("of de du des la le el al bin von van der den da di and for the on in at".split())


def _surname_read_as_a_word(token, start: int, end: int) -> bool:
    """Is the capitalised word before a person's name a surname the tagger left out because it is
    spelt as a common word ("He", "An"): a proper noun inside the sentence, hung on the name?"""
    return (
        token.is_title
        and token.is_stop
        and token.tag_ == "NNP"
        and token.dep_ == "compound"
        and not token.is_sent_start
        and not token.ent_type_
        and start <= token.head.i < end
    )


_TENSED = ("VBD", "VBZ", "VBP")


def _glued_verb(token) -> bool:
    """A tensed verb in lower case inside what the tagger took for a name ("Suez won European Union")."""
    return token.is_lower and token.pos_ == "VERB" and token.tag_ in _TENSED


def _demonym_noun(token) -> bool:
    """ "Frenchman", "Dutchwoman", "Briton": a noun for someone of a country, never the start of an
    organisation's name."""
    low = token.lower_
    nouny = low.endswith(("man", "woman", "men", "women")) or low in ("briton", "britons")
    return nouny and token.is_title and country_for_adjective(token.text) is not None


# What a person is, written capitalised first in a sentence before their name ("Lawyer Penny
# Easton"); not the words companies' names start with ("General Motors", "Cardinal Health", "Star
# Alliance", "Prince Hotels")
_PERSON_OPENINGS = (
    ROLE_HEADS
    - frozenset(
        "general chief executive head leader official officer representative king queen prince cardinal "
        "director president founder co-founder commander monarch emir sheikh".split()
    )
) | (PERSON_DESCRIPTIONS - frozenset("star legendary defending reigning favourite favorite".split()))


_OPENED_LABELS = frozenset({"ORG", "FAC", "WORK_OF_ART", "PRODUCT", "EVENT", "NORP"})
_NO_PERSON_WORDS = ORG_WORDS | FACILITY_NOUNS | PLACE_NOUNS


def _person_noun_opening(token) -> bool:
    return token.is_title and token.lower_ in _PERSON_OPENINGS


# Ranks and offices written before a name that no other list holds ("Treasurer Peter Costello",
# "Brigadier John Smith", "Detective Jane Roe"), and the words that open a rank of two ("Lance
# Corporal", "Staff Sergeant"), which are first names or plain words before anything else ("Lance
# Armstrong", "Field Marshal" but "Field Hospital")
_RANK_WORDS = frozenset(
    """treasurer brigadier admiral commodore marshal constable detective trooper gunner bombardier
    private attorney solicitor auditor comptroller chaplain reverend rev""".split()
)
# (of those, the ones that also open bodies' names: "Private Equity Partners", "Attorney General's Office")
_OFFICES = frozenset("private attorney solicitor auditor comptroller treasurer".split())
_RANK_OPENERS = frozenset("lance staff warrant field rear flight master".split())
_RANKS_OPENED = frozenset("corporal sergeant bombardier officer marshal admiral lieutenant sergeant-major".split())


def _a_rank(token) -> bool:
    """A military, police or state rank or office before a name, one word or the first of two."""
    low = token.lower_.rstrip(".")
    if low in _RANK_WORDS:
        return True
    doc = token.doc
    return low in _RANK_OPENERS and token.i + 1 < len(doc) and doc[token.i + 1].lower_ in _RANKS_OPENED


def _describes_person(token) -> bool:
    """A title ("King", "Prime", "Minister", "Treasurer", "Lance" of "Lance Corporal") or a
    nationality adjective ("Nepali", not the country "Jordan") before a person's name."""
    low = token.lower_.rstrip(".")
    if low in ROLE_HEADS or low in TITLE_WORDS or low in HONORIFICS or token.is_title and _a_rank(token):
        return True
    return country_for_adjective(token.text) is not None and country_name(token.text) is None


# What a business is, said before its name ("Supplier Gazprom", "Carmaker Renault").
BUSINESS_WORDS = (COMPANY_NOUNS - {"party", "bloc", "alliance", "club", "team", "group", "label", "paper", "giant"}) | {
    "supplier",
    "producer",
    "exporter",
    "importer",
    "operator",
    "distributor",
    "refiner",
    "miner",
    "developer",
    "drugmaker",
    "chipmaker",
}


def _opening_description(token) -> bool:
    """A capitalised word before a person's name that says what they are ("Allrounder Andrew Flintoff
    took", "Veteran Ali Daei"; an adjective at the sentence's start: "Legendary Hristo Lechkov"): no
    part of the name."""
    if not token.is_title:
        return False
    if token.lower_ in PERSON_DESCRIPTIONS:
        return True  # also after another: "Star striker Hristo Lechkov"
    return token.is_sent_start and token.tag_ == "JJ" and country_for_adjective(token.text) is None


def is_date_name(ent) -> bool:
    """ "February 6", "Monday", "Christmas" tagged as names: calendar words and numbers only."""
    if ent.label_ == "PERSON":
        return False  # "May" may be Theresa May
    holiday = clean_name(span_text(ent)).lower().replace("’", "'")
    if (
        holiday in HOLIDAYS
        or "-" in holiday
        and all(part.strip() in HOLIDAYS or part.strip() in CALENDAR_WORDS for part in holiday.split("-"))
    ):
        return True  # "Christmas", "the Christmas-New Year period"
    head, _, stretch = holiday.rpartition(" ")
    if stretch in HOLIDAY_PERIODS and (head in HOLIDAYS or head in CALENDAR_WORDS):
        return True  # "the New Year's weekend", "the Ramadan holiday"
    tb = tables(ent.doc)
    low, punct = lower_texts(tb), tb.is_punct  # (a Token only for a word that may be a number)
    words = [i for i in range(ent.start, ent.end) if not punct[i]]
    return any(low[i] in CALENDAR_WORDS for i in words) and all(
        low[i] in CALENDAR_WORDS or ent.doc[i].like_num or low[i] in ("the", "day", "eve") for i in words
    )


def names_a_time(ent) -> bool:
    """A name that is a time's or an occasion's, no one's: "the 1916 Rising" (a common word after
    "the" and its year), "the International Day of Solidarity with ..." (the tagger's "Solidarity" after
    a day's "of")."""
    if ent.label_ in ("PERSON", "GPE", "LOC", "NORP"):
        return False
    doc, start = ent.doc, ent.start
    if start >= 2 and doc[start - 2].lower_ == "the" and _YEAR.fullmatch(doc[start - 1].text):
        # one common word ("the 1916 Rising", "the 2008 Games"); a fuller name after its year is
        # a body's or a thing's too ("the 1972 Biological Weapons Convention")
        return len(ent) == 1 and is_common_word(ent[0].lower_)
    return start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].text in _TIME_NAME_HEADS


_YEAR = re.compile(r"1[5-9]\d\d|20\d\d")
_TIME_NAME_HEADS = frozenset({"Day", "Week", "Year", "Decade"})


def repair_bounds(doc, ent, named: set[str]):
    """Tagger span mistakes on names: "Apple Computer 's Mac OS X" -> "Mac OS X" (when the owner is
    named on its own in the document too); "Software Development Kit ( SDK" -> "Software Development
    Kit"; an organisation's "Music Store" after "iTunes" -> "iTunes Music Store" (a proper-noun
    compound left outside).
    "Wayne's World", "McDonald's Corp." keep their possessive."""
    label = ent.label_
    if label == "PERSON" and ent[-1].lower_ in ORG_WORDS | {"store", "shop"}:
        label = "ORG"  # "Music Store" tagged as a person
    if label not in NAMED_THINGS and label != "PERSON":
        return ent
    if label == "WORK_OF_ART" and _runs_over_a_title(doc, ent):
        # "Godfather of Soul" James Brown": the nickname's quote ends where a person's name begins;
        # "Malpas told Setanta Sports 1": no title at all
        after = [t for t in ent if t.i > max((q.i for q in ent if q.text in _QUOTES), default=ent.end)]
        if 2 <= len(after) <= 3 and all(t.pos_ == "PROPN" and t.is_title for t in after):
            return Span(doc, after[0].i, after[-1].i + 1, label="PERSON")
        return None
    start, end = ent.start, ent.end
    tb = tables(doc)
    tags, text, idx, ends = tb.tags, tb.text, tb.idx, tb.ends  # (no Token made for the other words)
    for i in range(ent.start, ent.end - 1):
        if tags[i] != "POS":
            continue
        owned = doc[i + 1 : end]
        if (
            label in ("ORG", "PRODUCT")
            and len(owned) > 1
            and all(w.is_title or w.is_upper or not w.is_alpha or w.lower_ in NAME_ACRONYM_SKIP for w in owned)
            and clean_name(doc[start:i].text) in named
            # "Moody's Investors Service": words any company is called by are no name of their own
            and not all(w.lower_ in GENERIC_ORG_WORDS for w in owned if w.is_alpha)
        ):
            start = i + 1
    if label != "PERSON" and start == ent.start and _owner_word_left_out(doc, ent, named):
        start -= 2  # "Heaven's Gate's 39 members": the name the text gives in full elsewhere
    for i in range(start + 1, end):
        if text[idx[i] : ends[i]] in "([":
            end = i
            break
    if label == "PERSON" and end == ent.end:
        # "Amadou Toumani Toure opened", "Ling Liong Sik said", "Aung San Suu Kyi urged": the
        # name's own head word (and the one before it)
        end += _name_head_left_out(doc, ent)
    if label == "PERSON" and end == ent.end and len(ent) > 1 and _given_name_cut_at_hyphen(doc, end):
        end += 2  # "Song Min-soon said": the tagger stopped at the hyphen of the given name
    if label == "ORG" and end == ent.end:
        end = _of_its_country(doc, ent) or end
    if end == ent.end and label in ("ORG", "PERSON", "FAC", "PRODUCT", "WORK_OF_ART"):
        whole = _index_name_end(doc, ent)
        if whole is not None:
            end, label = whole, "ORG"  # "Hang Seng China-Affiliated Corporations" "Index": one market's
    while (
        label != "PERSON"  # "Commissioner Emma Bonino": titles are no part of a person's name
        and start > 0
        and doc[start - 1].pos_ == "PROPN"
        and doc[start - 1].dep_ == "compound"
        and start <= doc[start - 1].head.i < end
        and not doc[start - 1].ent_type_
        and doc[start - 1].lower_.rstrip(".") not in ROLE_HEADS
        # "Leading United Front members ...": a sentence's first word is capitalised anyway
        and not (doc[start - 1].is_sent_start and doc[start - 1].text[1:].islower())
        and doc[start - 1].whitespace_
    ):
        start -= 1
    if (start, end, label) == (ent.start, ent.end, ent.label_):
        return ent
    if start >= end:
        return None
    return Span(doc, start, end, label=label)


def _owner_word_left_out(doc, ent, named: set[str]) -> bool:
    """Did the tagger leave out a name's first word and its "'s" ("Heaven's" of "Heaven's Gate"),
    where the document names the whole elsewhere (as a name, or in the same words)?"""
    start = ent.start
    if start < 2 or doc[start - 1].tag_ != "POS" or doc[start - 1].head.i != start - 2:
        return False
    first = doc[start - 2]
    if first.pos_ != "PROPN" or first.ent_type_ or not first.is_title or first.head.i not in range(start, ent.end):
        return False
    whole = doc[start - 2 : ent.end].text
    # a one-word name the tagger took alone ("Gate") and the whole told again in the text
    return clean_name(whole) in named or len(ent) == 1 and doc_text(doc).count(whole) > 1


def _given_name_cut_at_hyphen(doc, end: int) -> bool:
    """Does a short lower-case syllable glued by a hyphen to a person's name's last word follow it
    ("Song Min-soon", "Ban Ki-moon"), the whole no modifier of a noun ("Bush-led coalition")?"""
    if end + 1 >= len(doc) or doc[end - 1].whitespace_ or doc[end].text != "-" or doc[end].whitespace_:
        return False
    last, syllable = doc[end - 1], doc[end + 1]
    if not (syllable.is_alpha and syllable.is_lower and len(syllable) <= 5 and len(last) <= 5):
        return False
    if syllable.tag_ in ("VBN", "VBD", "VBG"):
        return False  # "Bush-led", "Putin-backed"
    return end + 2 >= len(doc) or doc[end + 2].pos_ not in ("NOUN", "PROPN", "ADJ")


# Words for a storm written before its own name ("Typhoon Durian", "tropical storm Durian",
# "Hurricane Hugo"), with the word that may open them ("Super Typhoon", "Tropical Storm").
STORM_WORDS = frozenset({"typhoon", "hurricane", "cyclone", "storm", "depression"})
_STORM_OPENERS = frozenset({"super", "tropical", "severe"})
_STORM_FIRST_WORDS = STORM_WORDS | _STORM_OPENERS


def storm_words_before(doc, start: int) -> int:
    """Where the words for a storm written right before a name at ``start`` begin ("[Tropical
    storm] Durian", "[Typhoon] Xangsane"); ``start`` itself when there are none."""
    if start == 0 or doc[start - 1].lower_ not in STORM_WORDS or doc[start - 1].pos_ not in ("NOUN", "PROPN"):
        return start
    start -= 1
    if start > 0 and doc[start - 1].lower_ in _STORM_OPENERS:
        start -= 1
    return start


_STORM_TOLD = re.compile(
    r"\b((?:[Ss]uper |[Tt]ropical |[Ss]evere )?"
    r"(?:[Tt]yphoon|[Hh]urricane|[Cc]yclone|[Ss]torm|[Dd]epression)) ([A-Z][a-z]+)\b"
)


_STORM_STEMS = ("yphoon", "urricane", "yclone", "torm", "epression")


def storms_told(text: str) -> dict[str, str]:
    """The storms a text names after the words for them, by their own names: "Durian" ->
    "Tropical storm Durian" (as first written, capitalised); not a common word ("Storm Center")."""
    found: dict[str, str] = {}
    if not any(word in text for word in _STORM_STEMS):
        return found  # (most texts: no scan by the pattern)
    for m in _STORM_TOLD.finditer(text):
        if not is_common_word(m.group(2).lower()):
            kind = m.group(1)
            found.setdefault(m.group(2), f"{kind[0].upper()}{kind[1:]} {m.group(2)}")  # as a name opens
    return found


def is_storm_name(name: str) -> bool:
    """ "Typhoon Durian", "Tropical Storm Melor": a storm's words, then its one-word name."""
    words = name.lower().split()
    if words and words[0] in _STORM_OPENERS:
        words = words[1:]
    return len(words) == 2 and words[0] in STORM_WORDS


def as_storm(ent):
    """A storm named after the words for it: the name with them, an event ("Durian" after
    "Tropical storm" -> "Tropical storm Durian"; "Cyclone Baaz" tagged a person); ``ent`` else.
    The name is one capitalised word, no place's ("storm Mexico declared": a place)."""
    doc = ent.doc
    low = lower_texts(tables(doc))  # (no Token made for the words of the many names no storm's)
    if low[ent.start] not in _STORM_FIRST_WORDS and (ent.start == 0 or low[ent.start - 1] not in STORM_WORDS):
        return ent
    if ent.label_ == "EVENT" and is_storm_name(ent.text):
        return ent
    if is_storm_name(ent.text) and ent[-1].is_title:
        return Span(doc, ent.start, ent.end, label="EVENT")
    if len(ent) != 1 or not ent[0].is_title or ent.label_ in ("NORP", "LAW", "WORK_OF_ART"):
        return ent
    start = storm_words_before(doc, ent.start)
    if start == ent.start or is_place(ent.text) or country_name(ent.text) is not None:
        return ent
    return Span(doc, start, ent.end, label="EVENT")


_NAME_WORDS_REACH = 5  # words of a name the tagger may leave out before its "Index"


def _index_name_end(doc, ent) -> int | None:
    """End of a market index's name the tagger cut before its head word "Index" ("The Composite
    Stock" "Index", "Colombo All Share Price" "Index", "Hang Seng" "China-Affiliated Corporations
    Index", "FTSE" "100 Index"): capitalised proper nouns (or a hyphen inside a word, a number) up
    to a capitalised "Index", all untagged, the name's last word hanging on one of them; None when
    the name does not go on so
    ("the Hang Seng index": the index's own name, the lower-case word none of it)."""
    if ent.end >= len(doc) or doc[ent.end - 1].head.i < ent.end:
        return None
    tb = tables(doc)
    text, idx, ends = tb.text, tb.idx, tb.ends
    i = ent.end
    while i < len(doc) and i - ent.end <= _NAME_WORDS_REACH:
        word = text[idx[i] : ends[i]]
        if doc[i].ent_type_ and not (word.isdecimal() and doc[i].ent_type_ == "CARDINAL"):
            return None  # ("FTSE" "100 Index": the number tagged a count)
        if word == "Index":
            return i + 1 if doc[ent.end - 1].head.i <= i else None
        glued = word == "-" and not doc[i - 1].whitespace_ and not doc[i].whitespace_
        if (
            not glued
            and not (tb.pos[i] == "PROPN" and word[:1].isupper())
            and not (tb.pos[i] == "NUM" and word.isdecimal())
        ):
            return None
        i += 1
    return None


_QUOTES = frozenset('"“”')


def _of_its_country(doc, ent) -> int | None:
    """End of a body's name the tagger cut before the country it is of ("the Muslim Council" "of
    Britain", "the Law Society" "of Kenya"): the country's name after "of", untagged or a place;
    None when the name does not go on so."""
    if ent[-1].lower_ not in ORG_WORDS or ent.end + 1 >= len(doc) or doc[ent.end].lower_ != "of":
        return None
    for n in (2, 1):
        words = doc[ent.end + 1 : ent.end + 1 + n]
        if len(words) == n and all(t.is_title and t.pos_ == "PROPN" for t in words):
            last = words[-1]  # "of Britain", not "of Russia's lower parliament"
            if last.dep_ != "pobj" or last.head.i != ent.end:
                continue
            if country_name(words.text) is not None and all(t.ent_type_ in ("", "GPE") for t in words):
                return ent.end + 1 + n
    return None


def _runs_over_a_title(doc, ent) -> bool:
    """A work's title the tagger ran past: a quotation mark inside it, not around it ("Godfather of
    Soul" James Brown"), or a finite verb in a title that no quotation marks set off ("Malpas told
    Setanta Sports 1"; a quoted "Who Framed Roger Rabbit" keeps its verb)."""
    if any(t.text in _QUOTES for t in ent[1:-1]) or ent[-1].text in _QUOTES:
        return True
    before = doc[ent.start - 1] if ent.start > 0 else None
    quoted = before is not None and (before.tag_ == "``" or before.text == "“") or ent[0].text in _QUOTES
    return not quoted and any(t.tag_ in ("VBD", "VBZ", "VBP") and t.pos_ in ("VERB", "AUX") for t in ent)


def _name_head_left_out(doc, ent) -> int:
    """A person's name the tagger cut before its last words, the word the name's other words hang
    on and the one before it ("Aung San [Suu Kyi] urged"): capitalised proper nouns right after it,
    untagged, no title or body's word. How many words were left out (0: none)."""
    if ent.end >= len(doc):
        return 0
    last = doc[ent.end - 1]
    head = last.head
    if last.dep_ != "compound" or not ent.end <= head.i <= ent.end + 1 or not last.whitespace_:
        return 0
    left = doc[ent.end : head.i + 1]
    if not all(_left_out_name_word(t) for t in left) or any(t.head.i != head.i or not t.whitespace_ for t in left[:-1]):
        return 0
    if not all(c.i < head.i for c in children_with(head, ("compound",))):
        return 0
    return len(left)


def _left_out_name_word(t) -> bool:
    return (
        t.pos_ == "PROPN"
        and not t.ent_type_
        and t.is_title
        and t.is_alpha
        and t.lower_ not in ROLE_HEADS
        and t.lower_ not in ORG_WORDS
    )


def _portfolio_before_title(ent) -> bool:
    """ "Interior Minister Nicolas Sarkozy", "Deputy Defence Minister": the portfolio of a title."""
    doc = ent.doc
    if ent.end >= len(doc) or doc[ent.end].lower_ not in ("minister", "secretary"):
        return False
    words = [t.lower_ for t in ent if t.is_alpha]
    return any(w in PORTFOLIO_WORDS for w in words) and all(w in PORTFOLIO_WORDS or w in _RANKS for w in words)


# the rank before a portfolio: "Deputy Defence Minister", "Alternate Culture Minister"
_RANKS = frozenset("deputy alternate acting vice junior assistant".split())


def as_nationality(ent):
    """A nationality the tagger took for a name, alone or with the portfolio of the title after it
    ("A senior Kuwaiti official", "Sri Lankan President", "Russian Economic Development and Trade
    Minister"): the nationality's words, labelled as one (it names the country, no one of its own).
    Any other span is returned as it is."""
    if ent.label_ == "NORP":
        return ent
    # the words' texts from the DocTables: Tokens are made only for a nationality found (rarely)
    tb = tables(ent.doc)
    punct, text_of, idx, ends = tb.is_punct, tb.text, tb.idx, tb.ends
    indices = [i for i in range(ent.start, ent.end) if not punct[i]]
    lead = 0
    for n in (2, 1):
        text = " ".join(text_of[idx[i] : ends[i]] for i in indices[:n])
        if len(indices) >= n and country_for_adjective(text) and not country_name(text):
            lead = n
            break
    if not lead:
        return ent
    words = [ent.doc[i] for i in indices]
    rest = words[lead:]
    if rest:
        doc, end = ent.doc, ent.end
        while end < len(doc) and doc[end].lower_ in PORTFOLIO_WORDS:
            end += 1  # "Russian Energy" "and Industry Minister"
        titled = end < len(doc) and doc[end].is_title and doc[end].lower_ in PERSON_TITLES
        if not titled or not all(t.lower_ in PORTFOLIO_WORDS for t in rest):
            return ent
    return Span(ent.doc, ent.start, words[lead - 1].i + 1, label="NORP")


_ROLE_OR_TITLE = ROLE_HEADS | TITLE_WORDS  # (made once, not on each call)
_ORG_OR_ROLE_HEADS = ORG_HEADS | ROLE_HEADS


def is_no_name(ent) -> bool:
    """Money, units and lower-case words the tagger took for a company or product ("US $ 299", "GB",
    "320x240", "antenna")."""
    if ent.label_ not in NAMED_THINGS and ent.label_ != "PERSON":
        return False  # (its words are not looked at)
    words = [t for t in ent if not t.is_punct]
    if _portfolio_before_title(ent):
        return True
    if len(words) == 1 and words[0].lower_.rstrip(".") in _ROLE_OR_TITLE:
        if ent.label_ != "PERSON":
            return True  # "ordained him as Bishop of Xuzhou": a title, tagged as an organisation
        if ent.end < len(ent.doc) and ent.doc[ent.end].lower_ == "of":
            return True  # "Archbishop of Canterbury Rowan Williams": the title, tagged as a person
    if len(words) == 2 and words[1].lower_ == "of" and words[0].lower_ in ROLE_HEADS:
        return True  # "Archbishop of" tagged as a person before "Dublin Sean Brady"
    if any(t.is_currency or t.lower_ in UNITS for t in words):
        return True
    if all(t.lower_ in CORP_SUFFIXES for t in words):
        return True  # "LLC" on its own
    if all(t.like_num or _SCREEN_SIZE.fullmatch(t.text) for t in words):
        return True
    if not any(map(str.isalpha, span_text(ent))):
        return True  # "came second in 8:45.47" tagged as an organisation: a name has a letter
    if (ent.root.lower_ in _ORG_OR_ROLE_HEADS or ent.root.lemma_.lower() in _ORG_OR_ROLE_HEADS) and (
        nationality_country(ent.root) is not None
    ):
        return False  # "the Iraqi defence ministry": a body, named by its country
    return all(t.is_lower for t in words if t.is_alpha) and any(t.is_alpha for t in words)


def with_designators(doc, ents: list) -> list:
    """Product and company names extended over the model designator after them ("iPhone" "3G");
    an entity swallowed that way ("737" after "Boeing") is dropped."""
    out: list = []
    covered = -1
    for ent in ents:
        if ent.start < covered:
            continue
        possessive = ent[-1].tag_ == "POS" or ent[-1].text in ("'", "'s", "’s", "’")
        if ent.label_ in ("ORG", "PRODUCT", "WORK_OF_ART", "EVENT", "FAC") and not possessive:
            end = designator_end(doc, ent.end)
            if end > ent.end:
                ent = Span(doc, ent.start, end, label="PRODUCT")
        if ent.label_ == "ORG":
            end = ent.end
            while end < len(doc) and doc[end - 1].whitespace_ and doc[end].lower_ in CORP_SUFFIXES:
                end += 1  # "Chrysler" "LLC": the company's legal form is part of its name
            if end > ent.end:
                ent = Span(doc, ent.start, end, label="ORG")
        covered = ent.end
        out.append(ent)
    return out


def initials(name: str) -> set[str]:
    """Acronyms a multi-word name may go by: "General Motors" -> GM; "European Aeronautic Defence and
    Space Company" -> EADSC and EADS (a company word at the end is often left out)."""
    words = [w for w in re.split(r"[\s-]+", name) if w and w.lower() not in NAME_ACRONYM_SKIP]
    whole = "".join(w[0] for w in words).upper()
    out = {whole}
    # an acronym among the words gives all its letters: "UN High Commissioner for Refugees" -> UNHCR
    spelled = "".join(w.replace(".", "") if ACRONYM.match(w) else w[0] for w in words).upper()
    out.add(spelled)
    if len(words) > 2 and words[-1].lower() in CORP_SUFFIXES:
        out.add(whole[:-1])
    if len(words) > 3:
        out.add(whole[1:])  # "iPhone Software Development Kit" -> SDK
    return out


def contains_words(longer: list[str], shorter: list[str]) -> bool:
    """ "Vladimir Putin" contains "Putin", "Bashar al-Assad" contains "Assad": whole words at an end
    ("Jacques de Larosiere" contains "De Larosiere": a particle capitalised to open a sentence)."""
    n = len(shorter)
    if n > 1 and shorter[0].lower() in NAME_PARTICLES:
        longer = [w.lower() if w.lower() in NAME_PARTICLES else w for w in longer]
        shorter = [w.lower() if w.lower() in NAME_PARTICLES else w for w in shorter]
    if longer[-n:] == shorter or longer[:n] == shorter:
        return True
    # Arabic and other particles: "al-Assad" ends with "Assad"
    return n == 1 and "-" in longer[-1] and longer[-1].rsplit("-", 1)[1] == shorter[0]


_PREDETERMINERS = frozenset({"both", "all", "either", "neither"})


def phrase_text(token) -> str:
    """The noun phrase a common noun heads, up to the noun: "Russia's defence ministry"."""
    left = [t for t in token.subtree if t.i <= token.i and t.i >= token.left_edge.i]
    while left and (left[0].lower_ in DETERMINERS or left[0].lower_ in _PREDETERMINERS or left[0].is_punct):
        left = left[1:]  # "both the Norwegian government" -> "Norwegian government"
    text = "".join(t.text_with_ws for t in left).strip()
    return clean_name(text) if text else token.text


def nationality_country(token) -> str | None:
    """Country named by a nationality adjective, possessive or compound on a noun."""
    t = tables(token.doc)
    i = token.i
    for c in t.children[i]:
        if c > i:
            break  # the left children come first, in text order (as Token.lefts gives them)
        if t.deps[c] in ("amod", "compound", "poss", "nmod") and t.pos[c] in ("ADJ", "PROPN"):
            text = t.text[t.idx[c] : t.ends[c]]
            country = country_for_adjective(text) or country_name(clean_name(text))
            if country is None and t.pos[c] == "PROPN" and c > 0 and t.deps[c - 1] == "compound":
                # "Sri Lanka's military": the country's name in several words
                # or a nationality ("the Sri Lankan government")
                whole = clean_name(token.doc[token.doc[c].left_edge.i : c + 1].text)
                country = country_name(whole) or country_for_adjective(whole)
            if country:
                return country
    return None


_LABEL = re.compile(r"(?:\S+\s+)*?(\S+)\s+(?:[A-Z]|\d{1,3})\.?")


@lru_cache(maxsize=4096)
def is_label(name: str) -> bool:
    """ "Group A", "Storm Signal 3", "Signals 1": a common word and a letter or number label a thing."""
    m = _LABEL.fullmatch(name)
    return m is not None and m.group(1).lower() in LABEL_NOUNS


def names_document(name: str) -> bool:
    """ "Darfur Peace Agreement", "Memorandum of Understanding", "Treaty of Rome": a document's name."""
    words = name.split()
    return len(words) > 1 and name_head(words).lower() in DOCUMENT_NOUNS


# nouns a story writes in lower case after a body's own name ("the ruling Golkar party", "the
# Tribune company", "the Nissan group"): what the body is, no part of its name
_GENERIC_HEADS = frozenset({"party", "group", "company"})
# a word of a description rather than a name ("the Democratic party", "the Communist party")
_ADJECTIVE_END = re.compile(r"(?:ic|ist|al|ive|an|ian)$")


def without_generic_head(name: str, label: str) -> str:
    """ "Golkar party" -> "Golkar", "Awami League party" -> "Awami League": a body's name without
    the lower-case noun for what it is, so that it is one actor with the bare name; "Democratic
    party", "Communist party" keep it (an adjective is no name of its own)."""
    words = name.split()
    if label == "PERSON" or len(words) < 2 or words[-1] not in _GENERIC_HEADS:
        return name
    last = words[-2]
    if not last[:1].isupper() or not last.replace("-", "").isalpha() or _ADJECTIVE_END.search(last.lower()):
        return name
    return " ".join(words[:-1])


def name_head(words: list[str]) -> str:
    """The head word of a name: before its first preposition ("Covenant on Civil ... Rights",
    "Treaty of Rome"), else its last word."""
    for i, w in enumerate(words[1:], 1):
        if w in ("of", "on", "for", "against"):
            return words[i - 1]
    return words[-1]


def _join_adjacent(ents: list, label_of_both: Callable[[Any, Any], str | None]) -> list:
    """The entities, each one that ``label_of_both`` joins to the one before it (a label for the
    two: one name the tagger cut in two) made one span with that label."""
    out: list = []
    for ent in ents:
        label = label_of_both(out[-1], ent) if out and out[-1].end == ent.start else None
        if label is not None:
            out[-1] = Span(ent.doc, out[-1].start, ent.end, label=label)
        else:
            out.append(ent)
    return out


def _one_person(prev, ent) -> str | None:
    if prev.label_ != "PERSON" or not prev[-1].whitespace_ or prev[-1].is_punct:
        return None
    if ent.label_ == "PERSON" or (
        ent.label_ in ("GPE", "ORG", "NORP")
        and all(t.is_title for t in ent)
        and not is_place(ent.text)
        and country_for_adjective(ent.text) is None
    ):
        return "PERSON"
    return None


def join_adjacent_persons(ents: list) -> list:
    """ "Susilo Bambang" "Yudhoyono", "Khurshid Mahmood" "Kasuri" (taken for a place): one name the
    tagger cut in two (nothing between the parts, the second no known place)."""
    return _join_adjacent(ents, _one_person)


# Names of a side the small model cuts into a nationality and a place: "Chinese Taipei" (Taiwan's
# name at the Olympic and Asian Games) is neither China nor the city of Taipei.
_NAMES_OF_A_NATIONALITY_AND_A_PLACE = frozenset({"chinese taipei"})


def _one_side(prev, ent) -> str | None:
    if prev.label_ == "NORP" and f"{prev.text} {ent.text}".lower() in _NAMES_OF_A_NATIONALITY_AND_A_PLACE:
        return "GPE"
    return None


def join_nationality_and_place(ents: list) -> list:
    """ "Chinese" "Taipei": one side's name the tagger cut into a nationality and a city."""
    return _join_adjacent(ents, _one_side)


def common_word_at_start(ent, lower_words: set[str]) -> bool:
    """ "Glaciers in the west shrank", "Bad weather was the cause": a sentence's first word,
    capitalised for that only, that the document writes in lower case elsewhere or that the parser
    reads as a plural common noun or as an adjective of one."""
    if len(ent) != 1 or not ent[0].is_sent_start:
        return False
    tok = ent[0]
    if tok.lower_ in lower_words:
        return True
    # "Bad weather was the cause": an adjective the parser hangs on a common noun; a name before
    # a noun is its compound, and "French troops" is a nationality
    if tok.tag_ == "JJ" and tok.dep_ == "amod" and tok.head.tag_ in ("NN", "NNS"):
        return country_for_adjective(tok.text) is None and not is_place(tok.text)
    # "Rebels attacked ...": a plural common noun, so the parser says, though tagged as a name
    return tok.tag_ == "NNS" and not is_place(tok.text) and not is_known_org(tok.text)


def common_word_as_modifier(ent) -> bool:
    """ "Riot police were deployed", "Volunteer firefighters put out the blaze": a common English
    word opening a sentence (or a quotation), capitalised for its place only, that modifies the
    lower-case noun after it, a kind of people or things, and that the document writes nowhere
    else, is no name. The dictionary tells it from a name written once before a noun ("Taliban
    fighters attacked", "Nokia shares fell"); a word the document writes again ("Apple shares fell
    ... Apple said"), a place, a known body, the body of a person's role ("Hamas spokesman") and
    the one people follow ("Clinton supporters") stay names."""
    if len(ent) != 1 or ent.label_ not in _MODIFIER_LABELS:
        return False
    tok = ent[0]
    doc = tok.doc
    if not tok.is_title or tok.dep_ not in ("compound", "amod") or tok.head.i != tok.i + 1:
        return False
    if not (tok.is_sent_start or tok.i > 0 and doc[tok.i - 1].text in _QUOTES):
        return False
    head = tok.head
    if not head.is_lower or head.tag_ not in ("NN", "NNS") or head.lower_ in _NAMED_BY_MODIFIER:
        return False
    if head.lemma_ in _FOLLOWER_NOUNS or not is_common_word(tok.lower_):
        return False  # "Clinton supporters": whose they are
    if is_place(tok.text) or is_known_org(tok.text) or country_for_adjective(tok.text) is not None:
        return False
    return len(re.findall(rf"\b{re.escape(tok.text)}\b", doc_text(doc))) == 1


_MODIFIER_LABELS = frozenset({"PERSON", "ORG", "WORK_OF_ART", "PRODUCT", "EVENT", "FAC", "LAW"})
# nouns whose modifier names who they belong to: "Hamas spokesman", "Fatah party", "Reuters agency"
_NAMED_BY_MODIFIER = ROLE_HEADS | PERSON_TITLES | COMPANY_NOUNS
_FOLLOWER_NOUNS = frozenset(
    "supporter follower loyalist aide ally backer crony partisan opponent critic fan rival".split()
)


_NAME_PREPOSITIONS = frozenset({"of", "for"})


def join_names_cut_at_and(ents: list) -> list:
    """An organisation's name the tagger cut at its "and" ("Zambian Ministry of Agriculture and" and
    "Cooperatives", "Kenya Institute for Medical Research" and a person "Training"): one name,
    when the tagger kept the "and" in the first part, or when the second is one word the parser
    joins to a word of the first's "of"/"for" phrase and the document names no person with it."""
    out: list = []
    surnames = {e[-1].lower_ for e in ents if e.label_ == "PERSON" and len(e) > 1}
    for ent in ents:
        prev = out[-1] if out else None
        if prev is not None and _country_cut_at_and(prev, ent):
            out[-1] = Span(ent.doc, prev.start, ent.end, label="GPE")  # "Trinidad" "and" "Tobago"
        elif prev is not None and (_cut_at_and(prev, ent, surnames) or _modifier_cut_at_and(prev, ent)):
            out[-1] = Span(ent.doc, prev.start, ent.end, label="ORG")
        else:
            out.append(ent)
    return out


def join_names_cut_at_preposition(ents: list) -> list:
    """A body's or an occasion's name the tagger cut at its "of", "for" or "on", the rest tagged a
    name of its own ("the Pacific Summit of the Forum" "on" "Arctic Shipping", "the World Day"
    "for" "the Abolition of Landmines"): one name, when the preposition hangs on the first part's
    last word and the second is a capitalised name hanging on the preposition (not a place, a
    person or a date: "the Bank of Norway", "Reuters on Monday" stay apart; nor a body's name,
    the first part then a body within it)."""
    out: list = []
    for ent in ents:
        prev = out[-1] if out else None
        if prev is not None and _cut_at_preposition(prev, ent):
            out[-1] = Span(ent.doc, prev.start, ent.end, label=prev.label_)
        else:
            out.append(ent)
    return out


def _cut_at_preposition(prev, ent) -> bool:
    """Is ``ent`` the rest of ``prev``'s name after "of"/"for"/"on" (see :func:`join_names_cut_at_preposition`)?"""
    if prev.label_ not in ("ORG", "EVENT") or ent.label_ not in ("ORG", "EVENT", "WORK_OF_ART", "LAW"):
        return False
    doc = ent.doc
    prep_i = prev.end
    gap = ent.start - prev.end  # the preposition alone (1), or it and "the" (2)
    if gap not in (1, 2) or gap == 2 and doc[prep_i + 1].lower_ != "the":
        return False
    prep = doc[prep_i]
    if prep.lower_ not in ("of", "for", "on") or prep.head.i != prev.end - 1 or not prev[-1].is_title:
        return False
    if ent.root.head.i != prep_i or ent.root.dep_ != "pobj":
        return False
    if any(t.lower_ in ORG_WORDS for t in ent):
        return False  # "the Monetary Policy Committee" "of the" "People's Bank of China": a body of its own
    return (
        all(t.is_title or t.is_upper or not t.is_alpha or t.lower_ in _NAME_LINKS or t.lower_ == "against" for t in ent)
        and ent[-1].is_alpha
        and not ent[-1].is_lower
    )


def _country_cut_at_and(prev, ent) -> bool:
    """A country whose name has an "and" in it, cut there by the tagger ("Trinidad and Tobago",
    "Antigua and Barbuda", the two halves sometimes taken for persons)."""
    doc = ent.doc
    if not prev.end < ent.start <= prev.end + 2 or doc[prev.end].lower_ != "and":
        return False
    return country_name(doc_text(doc)[prev.start_char : ent.end_char]) is not None


def _modifier_cut_at_and(prev, ent) -> bool:
    """Two organisation names joined by "and" that the parser reads as one noun phrase: the first
    name's head word modifies the second's ("the China Audio" and "Video Association": Audio and
    Video both tell what association it is); not two bodies joined ("Microsoft and Google")."""
    doc = ent.doc
    if prev.label_ != "ORG" or ent.label_ != "ORG" or prev.end + 1 != ent.start or doc[prev.end].lower_ != "and":
        return False
    last = prev[-1]
    if last.lower_ in ORG_WORDS or ent[-1].lower_ not in ORG_WORDS:
        return False  # "Alder Bank and Birch Financial": the first is a whole name already
    return last.dep_ in ("nmod", "compound", "amod") and ent.start <= last.head.i < ent.end


def _cut_at_and(prev, ent, surnames: set[str]) -> bool:
    if prev.label_ != "ORG" or not 1 <= len(ent) <= 2 or ent.label_ in ("GPE", "LOC", "FAC", "NORP"):
        return False
    if not all(t.is_title and t.is_alpha for t in ent):
        return False
    doc = ent.doc
    if ent.end < len(doc) and doc[ent.end].pos_ == "PROPN":
        return False  # "... and Tokyo Electric Power": more name follows, another one
    preps = [t for t in prev[1:] if t.lower_ in _NAME_PREPOSITIONS]
    if not preps:
        return False
    if prev[-1].lower_ == "and" and prev.end == ent.start:
        return True  # the tagger kept the "and" in the first part: "Ministry of Agriculture and"
    if prev.end + 1 != ent.start or doc[prev.end].lower_ != "and" or len(ent) != 1:
        return False
    word = ent[0]
    return (
        ent.label_ == "PERSON"
        and word.lower_ not in surnames
        and word.dep_ == "conj"
        and preps[0].i < word.head.i < prev.end
    )


# Words of a portfolio beyond PORTFOLIO_WORDS, seen only after "Minister of" / "Secretary for"
_TITLE_PORTFOLIO_WORDS = PORTFOLIO_WORDS | frozenset(
    """state arts population administration personnel social consumer child children family women
    local regional cooperatives relations resources works services culture""".split()
)
_PORTFOLIO_LINKS = frozenset({"and", "&", ",", "the"})
_TITLE_WORD = re.compile(r"\b(?:Minister|Secretary)\b")


def _title_words(doc) -> list:
    """The tokens "Minister" and "Secretary" of ``doc``, found in its text (no Token made for the
    other words: this runs on every document)."""
    t = tables(doc)
    if "Minister" not in t.text and "Secretary" not in t.text:
        return []  # (the pattern's words are not there: no scan by it)
    out = []
    for m in _TITLE_WORD.finditer(t.text):
        i = bisect.bisect_left(t.idx, m.start())
        if i < len(t.idx) and t.idx[i] == m.start() and t.ends[i] == m.end():
            out.append(doc[i])
    return out


def names_after_titles(doc, ents: list) -> list:
    """The person named after a long title ("Minister of Foreign Affairs Per Stig Moeller",
    "Minister for Information, Communications and the Arts Lee Boon Yang", "Minister of Trade and
    Economic Development German Gref"): the capitalised words after the title's last portfolio
    word, one person's whole name, whatever the tagger made of them (cut short, run into the
    portfolio, taken for a nationality or a body, or not tagged at all)."""
    found: list = []
    for tok in _title_words(doc):
        if tok.i + 2 >= len(doc) or doc[tok.i + 1].lower_ not in _NAME_PREPOSITIONS:
            continue
        end = tok.i + 2
        while end < len(doc) and (
            doc[end].lower_ in _PORTFOLIO_LINKS
            or doc[end].is_title
            and doc[end].is_alpha
            and not is_date_word(doc[end])  # "... Rice Monday"
        ):
            end += 1
        last = max((i for i in range(tok.i + 2, end) if doc[i].lower_ in _TITLE_PORTFOLIO_WORDS), default=None)
        if last is None:
            continue
        name = doc[last + 1 : end]
        if not 2 <= len(name) <= 5 or name[-1].pos_ != "PROPN":
            continue
        if not all(t.is_title and t.is_alpha and t.lower_ not in _TITLE_PORTFOLIO_WORDS | ORG_WORDS for t in name):
            continue
        if doc[last + 1 : end].sent != tok.sent:
            continue
        found.append(Span(doc, name.start, name.end, label="PERSON"))
    if not found:
        return ents
    # a span running on past the name is left as the tagger made it (not this mistake)
    found = [n for n in found if not any(e.start < n.end and n.end < e.end for e in ents)]
    kept = [e for e in ents if not any(e.start < n.end and n.start < e.end for n in found)]
    return sorted(kept + found, key=lambda e: e.start)


# Titles that are one person's name, written with "the" in place of a name ("the Dalai Lama met
# Clinton", "the Aga Khan opened a hospital"): the tagger leaves them untagged, or calls them a body,
# and a pronoun after them then finds no person.
_TITLE_NAMES = re.compile(r"\b(?:Dalai Lama|Panchen Lama|Aga Khan)\b")


def title_names(doc, ents: list) -> list:
    """The entities with each title that is one person's name ("the Dalai Lama") a person's
    name, whatever the tagger made of it; not the first words of a longer name ("the Aga Khan
    Foundation", a body)."""
    text = doc_text(doc)
    if "Lama" not in text and "Aga Khan" not in text:
        return ents  # (most texts: no scan by the pattern)
    found = []
    for m in _TITLE_NAMES.finditer(text):
        span = doc.char_span(m.start(), m.end())
        if span is None or span.end < len(doc) and doc[span.end].pos_ == "PROPN" and doc[span.end].is_title:
            continue
        if any(
            e.start < span.end and span.start < e.end and (e.start < span.start - 1 or e.end > span.end) for e in ents
        ):
            continue  # (a longer name the tagger found around it: left as it is; "the" may be in it)
        found.append(Span(doc, span.start, span.end, label="PERSON"))
    if not found:
        return ents
    kept = [e for e in ents if not any(e.start < n.end and n.start < e.end for n in found)]
    return sorted(kept + found, key=lambda e: e.start)


def title_before_name(ent) -> int | None:
    """The title word ("Minister", "Secretary") of "Minister of Trade, Commerce and Consumer Affairs
    Jeyaraj Fernandopulle" before a person's name, the parser's word for that person (its subject,
    or a conjunct of another subject): its index, or None."""
    doc = ent.doc
    t = tables(doc)  # (lower case and letters from the tables: a Token made only for a capitalised word)
    low, alpha = lower_texts(t), t.is_alpha
    i = ent.start - 1
    while i > 0 and (low[i] in _PORTFOLIO_LINKS or alpha[i] and doc[i].is_title):
        if low[i] in _NAME_PREPOSITIONS:
            break
        i -= 1
    if i < 1 or i == ent.start - 1 or low[i] not in _NAME_PREPOSITIONS:
        return None
    if low[ent.start - 1] not in _TITLE_PORTFOLIO_WORDS:
        return None
    title = doc[i - 1]
    return title.i if title.is_title and title.lower_ in ("minister", "secretary") else None


# Words a name may hold after a comma of its own: a company's legal form ("Lehman Brothers Holdings,
# Inc.", "Kumbo Petrochemical Co., Ltd.") and a person's generation ("Sammy Davis, Jr.").
_AFTER_NAME_COMMA = CORP_SUFFIXES | frozenset("jr jr. sr sr. ii iii iv".split())
# Labels whose names are titles or headings, where a comma is the name's own ("Intrigues, Power
# Battles and Market Manipulation")
_TITLED_LABELS = frozenset({"WORK_OF_ART", "EVENT", "LAW"})


def split_names_run_across_commas(ents: list) -> list:
    """Two names the tagger ran into one across a comma or a semicolon ("Khamenei, Esmaili said",
    "Senegal, Mozambique, Burkina Faso", "in Cyprus, Gustave Feissel,"): a comma ends a name; each
    part that holds a capitalised word is a name of its own, with the whole's label (the types are
    settled per name later). A comma stays in a name before a company's legal form or a generation
    ("Holdings, Inc.", "Davis, Jr."), a place's region after a place ("Santa Cruz, California"), in a
    list the name closes with its own "and" ("Ministry of Agriculture, Forestry and Fisheries"), in a
    firm's name that ends with its legal form ("Smith, Barney, Harris Upham Inc."), in a list the
    tagger cut at the "and" that closes it ("Ministry of Economy, Trade" "and Industry": no two names
    made of it), and in a title's name."""
    out: list = []
    for ent in ents:
        doc = ent.doc
        tb = tables(doc)
        text, idx, ends = tb.text, tb.idx, tb.ends  # (a Token only for the few entities with a comma)
        cuts = [i for i in range(ent.start + 1, ent.end - 1) if text[idx[i] : ends[i]] in (",", ";")]
        if not cuts or ent.label_ in _TITLED_LABELS:
            out.append(ent)
            continue
        bounds = [ent.start, *cuts, ent.end]
        pieces = [(bounds[k] + (k > 0), bounds[k + 1]) for k in range(len(bounds) - 1)]
        kept: list[tuple[int, int]] = [pieces[0]]
        low = lower_texts(tb)
        # a list the name closes itself ("Educational, Scientific and Cultural Organization", "Ministry of
        # Agriculture, Forestry and Fisheries"): its commas are the name's own
        last_and = max((i for i in range(cuts[0], ent.end) if low[i] in ("and", "&")), default=-1)
        nxt = ent.end + (ent.end < len(doc) and low[ent.end] == ",")
        if low[ent.end - 1] in CORP_SUFFIXES or nxt < len(doc) and low[nxt] in ("and", "&"):
            # "Smith, Barney, Harris Upham Inc.": one firm's name, its legal form last; "Minister of
            # Economy, Trade, and Industry": a list the tagger cut before its "and", left as it is
            last_and = ent.end
        for start, end in pieces[1:]:
            closed = start <= last_and
            if closed or _comma_of_the_name(doc, kept[-1], start, end, ent.label_):
                kept[-1] = (kept[-1][0], end)
            else:
                kept.append((start, end))
        if len(kept) == 1:
            out.append(ent)
            continue
        for start, end in kept:
            while start < end and tb.is_punct[start]:
                start += 1  # '"Bae' of 'arts,"Bae said'
            while end > start and tb.is_punct[end - 1]:
                end -= 1
            if any(text[idx[i] : idx[i] + 1].isupper() for i in range(start, end)):
                out.append(Span(doc, start, end, label=ent.label_))
    return out


def _comma_of_the_name(doc, before: tuple[int, int], start: int, end: int, label: str) -> bool:
    """Is the comma before words ``start``..``end`` the name's own: a legal form or a generation
    after it, or a place's region after a place ("Santa Cruz, California")?"""
    words = [doc[i].lower_ for i in range(start, end)]
    if words and all(w in _AFTER_NAME_COMMA for w in words):
        return True
    if label not in ("GPE", "LOC", "FAC"):
        return False
    first, second = doc[before[0] : before[1]].text, doc[start:end].text
    return (is_place(second) or country_name(second) is not None) and not (
        country_name(first) is not None and country_name(second) is not None
    )  # "Mozambique, Burkina Faso": two countries are a list
