"""Actor canonicalization within one document.

One canonical name per actor: corrected entity types (gazetteer, majority label), full names for
surnames, titles and appositions ("the Russian president"), unambiguous pronouns, user aliases.
Word tables are in lexicon.py, name repairs in names.py, references (pronouns, titles) in coref.py.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz.distance import Levenshtein
from spacy.tokens import Span

from timeline.extract.aliases import alias_index
from timeline.extract.coref import Antecedents, age_of_old
from timeline.extract.gazetteer import capital_country, country_for_adjective, country_name, is_known_org, is_place
from timeline.extract.lexicon import (
    ACRONYM,
    ACTOR_LABELS,
    COMPANY_NOUNS,
    CORP_SUFFIXES,
    DESIGNATOR,
    FACILITY_NOUNS,
    GENERIC_ORG_WORDS,
    HONORIFICS,
    NAME_PARTICLES,
    NICKNAMES,
    OCCASION_NAMES,
    ORG_HEADS,
    ORG_WORDS,
    PERSON_KINDS,
    PERSON_TITLES,
    PLACE_LABELS,
    PLACE_NOUNS,
    PORTFOLIO_WORDS,
    ROLE_HEADS,
    TITLE_WORDS,
    is_common_word,
)
from timeline.extract.names import (
    as_nationality,
    as_storm,
    clean_name,
    common_word_as_modifier,
    common_word_at_start,
    contains_words,
    initials,
    is_date_name,
    is_date_word,
    is_designator,
    is_label,
    is_no_name,
    is_storm_name,
    join_adjacent_persons,
    join_names_cut_at_and,
    join_names_cut_at_preposition,
    join_nationality_and_place,
    names_a_time,
    names_after_titles,
    names_document,
    nationality_country,
    person_tagged_as_place,
    phrase_text,
    repair_bounds,
    split_names_run_across_commas,
    storms_told,
    title_before_name,
    title_names,
    trim_edges,
    trim_person,
    with_designators,
    without_generic_head,
)
from timeline.nlp.doctables import (
    any_child,
    children_with,
    doc_text,
    lower_texts,
    sentence_starts,
    span_text,
    tables,
)

# A short name set in parentheses after a long one: "(UNICEF)", "(LegCo)", "(CPI-M)".
_SHORT_NAME = re.compile(r"^(?=(?:.*[A-Z]){2})[A-Z][A-Za-z.&-]{1,9}$")
# A short name of one word with one capital: "(Hamas)", "(Unicef)", "(Mercosur)".
_WORD_NAME = re.compile(r"^[A-Z][a-z]{2,11}$")
# Capitalised words (and "of", "for", "on", "the", "and" between them) closed by a parenthesis:
# "(Free Trade Area of the Americas)" after "FTAA".
_SPELLED_INSIDE = re.compile(r"[ ]*([A-Z][\w'-]*(?:[ ]+(?:(?:of|for|on|the|and)[ ]+)*[A-Z][\w'-]*)+)[ ]*\)")
# The dateline opening a story, on one of its first lines: an upper-case place (a region after it),
# maybe a date, maybe the agency in brackets, then a dash ("SEOUL --", "CANBERRA (AFP) -",
# "ZHANJIANG, Guangdong, Nov. 15 (Xinhua) --The"). See timeline.ingest.dateline (which extract
# does not import) for the dates it gives.
_MONTH_WORD = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b"
_DATELINE = re.compile(
    r"^[ \t]*[A-Z][A-Z.'\-]+(?:[ \t]+[A-Z][A-Z.'\-]+){0,3}"  # SEOUL, NEW YORK
    rf"(?:,[ \t]*(?!{_MONTH_WORD})[A-Z][A-Za-z.'\-]*(?:[ \t]+[A-Z][A-Za-z.'\-]*){{0,2}})?"  # , Guangdong
    rf"(?:,[ \t]*{_MONTH_WORD}\.?[ \t]+\d{{1,2}}(?:,[ \t]*\d{{4}})?)?"  # , Nov. 15
    # (AFP) -, --; after the agency the dash may be missing ("HANOI, Nov. 27 (Xinhua) Vietnam is ...")
    r"[ \t]*(?:\([A-Z][\w.&' -]{0,30}\)[ \t]*(?:-{1,3}|[—–_])?|(?:-{1,3}|[—–_])(?=\s|$))"
)


# A dateline opening a paragraph within the story: a section of a roundup filed from that place
# ("SEOUL -- The benchmark KOSPI dropped ..." after the Manila market's report).
_SECTION_DATELINE = re.compile(r"^[ \t]*[A-Z][A-Z.'\-]+(?:[ \t]+[A-Z][A-Z.'\-]+){0,3}[ \t]*(?:--|[—–])", re.MULTILINE)


def doc_section_datelines(doc) -> tuple[tuple[int, int], ...]:
    """Character spans of the datelines that open paragraphs of a parsed document, the story's own
    among them; found once per Doc."""
    memo = tables(doc).memo
    spans = memo.get(("section datelines",))
    if spans is None:
        spans = memo[("section datelines",)] = tuple(
            (m.start(), m.end()) for m in _SECTION_DATELINE.finditer(doc_text(doc))
        )
    return spans


def _after_the_dateline(ent, datelines):
    """An entity the recognizer ran across a dateline's end ("HANOI, Nov. 27 (Xinhua) Vietnam is
    expected": "Xinhua) Vietnam") cut to its words after it."""
    for a, b in datelines:
        if a <= ent.start_char < b < ent.end_char:
            start = next((tok.i for tok in ent if tok.idx >= b), ent.end)
            return Span(ent.doc, start, ent.end, label=ent.label_) if start < ent.end else ent
    return ent


def doc_dateline(doc) -> tuple[int, int]:
    """:func:`dateline_span` of a parsed document, found once per Doc (actors and summaries ask)."""
    memo = tables(doc).memo
    span = memo.get(("dateline",))
    if span is None:
        span = memo[("dateline",)] = dateline_span(doc_text(doc))
    return span


def dateline_span(text: str) -> tuple[int, int]:
    """Where the story's dateline is in ``text`` ((0, 0): none): on one of its first three lines,
    after a headline at most."""
    offset = seen = 0
    for line in text.split("\n"):
        start, offset = offset, offset + len(line) + 1
        if not line.strip():
            continue
        m = _DATELINE.match(line)
        if m is not None:
            return start, start + m.end()
        seen += 1
        if seen >= 3 or line.rstrip().endswith((".", "!", "?")):
            break
    return 0, 0


_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z]+(?![\w'’-])")


@dataclass
class ActorInfo:
    """Mutable per-document record of one canonical actor (frozen into model.Actor at the end)."""

    name: str
    type: str
    aliases: set[str] = field(default_factory=set)
    events: int = 0


# Capitalised words (and "of", "for", "on", "the", "and" between them) that end where an acronym's
# parenthesis opens: "a Memorandum of Understanding (MOU)".
_SPELLED_OUT = re.compile(r"((?:[A-Z][\w'-]*[ ]+(?:(?:of|for|on|the|and)[ ]+)*)+)$")
# A counted or indefinite phrase, which names no one ("Three Gorges", "A Memorandum of ...").
_COUNTED_START = re.compile(
    r"(?i)(?:an?|\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|some|several|many)\s"
)
# Two capitalised words or more, with "of", "for", "on", "the", "and", "in" between them.
_CAPITALISED_PHRASE = re.compile(r"(?<![\w'-])([A-Z][\w'-]*(?:[ ]+(?:(?:of|for|on|the|and|in)[ ]+)*[A-Z][\w'-]*)+)")


def _abbreviates(short: str, long_: str) -> bool:
    """Is ``short`` an acronym of ``long_``: its initials ("ICOD"), or letters taken in order from
    each of its capitalised words, the first word's first ("KOSPI": Korea Composite Stock Price
    Index)?"""
    letters = short.replace(".", "").upper()
    if letters in initials(long_):
        return True
    words = [w.upper() for w in long_.split() if w[:1].isupper()]
    if not 3 <= len(words) <= 8 or not letters or letters[0] != words[0][0]:
        return False

    def within(part: str, word: str) -> bool:
        it = iter(word)
        return all(c in it for c in part)

    def fit(k: int, w: int) -> bool:
        if w == len(words):
            return k == len(letters)
        return any(within(letters[k:m], words[w]) and fit(m, w + 1) for m in range(k + 1, len(letters) + 1))

    return fit(0, 0)


def _capitals(word: str) -> str:
    return "".join(c for c in word if c.isupper())


class ActorResolver:
    """Maps tokens of one parsed document to canonical actors."""

    def __init__(self, doc, aliases: Mapping[str, Sequence[str]] | None = None):
        self.doc = doc
        self.aliases = alias_index(aliases)
        self.actors: dict[str, ActorInfo] = {}
        # token index -> (canonical name, label) for tokens inside actor entities
        self._token_actor: dict[int, tuple[str, str]] = {}
        self._ent_at: dict[int, object] = {}
        self._sent_of: dict[int, int] = {}
        self._uses: Counter = Counter()  # canonical name -> entity mentions
        self._first: dict[str, int] = {}  # canonical name -> token of its first mention
        self._merged: dict[str, str] = {}  # a name merged into another ("renamed to") -> the canonical one
        self._definite: Counter = Counter()  # name -> uses headed by "the" ("the Dow")
        self._coref = Antecedents(self.actors, self._token_actor)
        self._expansions: dict[str, str | None] = {}
        self._common_acronyms: dict[str, bool] = {}  # "IPO" -> True after "initial public offering (IPO)"
        self._storms: dict[str, str] | None = None  # "Durian" -> "Tropical storm Durian", read once
        self._spelled: dict[str, str] = {}  # "CBS" -> "Statistics Netherlands", as "(CBS)" follows it
        self.lower_words: set[str] = set()  # words the document writes in lower case somewhere
        # character offsets of the story's dateline ((0, 0): none), then of the paragraphs' own
        self._datelines: tuple[tuple[int, int], ...] = ()
        # The actors each argument of a trigger was resolved to (roles.participants), by (token, role, sentence,
        # speaker): an argument several triggers of a sentence share (the subject of "arrived and met", of "wants to
        # meet") is resolved once, for the first of them, not again for each. What the first call writes (the person a
        # pronoun stands for, an alias, a country named) a second call would only write again; what it reads (the names
        # and pronouns before the token) a second one reads as it was, but for what the triggers in between noted on the
        # same sentence's words: all the calls for one key come while that sentence's triggers are read, one after the
        # other (participants is called for no other sentence between them). In 400 news-silver articles none of the
        # 2,470 repeated calls gave another answer than the first, and the output is byte-identical with and without the
        # memo (720 articles, the seeds). The memo saves ~0.9% of extract's CPU. (kept on the resolver, not in a
        # WeakKeyDictionary keyed by it: a class compiled by mypyc takes no weak reference)
        self.resolved_arguments: dict[tuple[int, str, int, Any], tuple[Any, ...]] = {}
        self._build()

    # ------------------------------------------------------------------ building
    def _build(self) -> None:
        doc = self.doc
        for si, start in enumerate(sentence_starts(doc)):  # (no Span made for each sentence)
            self._sent_of[start] = si
        sent_starts = sorted(self._sent_of)
        self.lower_words = lower_words = set(_LOWER_WORD.findall(doc_text(doc)))  # no Token made per word
        doc_ents = doc.ents  # (spaCy makes a Span for every entity on each call: once)
        ents = join_names_cut_at_preposition(
            join_names_cut_at_and(
                join_adjacent_persons(
                    join_nationality_and_place(
                        title_names(
                            doc, split_names_run_across_commas([e for e in doc_ents if e.label_ in ACTOR_LABELS])
                        )
                    )
                )
            )
        )
        ents = [e for e in ents if not common_word_at_start(e, lower_words) and not common_word_as_modifier(e)]
        # "SEOUL -- The KOSPI dropped", "TAIPEI, March 3 (Reuters) -": where the story was filed
        # and who carried it, never who acts in it
        # (and a roundup's "TAIPEI -- Share prices ...": where that part was filed)
        self._datelines = datelines = (doc_dateline(doc), *doc_section_datelines(doc))
        ents = [e for e in ents if not any(a <= e.start_char and e.end_char <= b for a, b in datelines)]
        ents = [_after_the_dateline(e, datelines) for e in ents]
        ents = [_without_opening_word(e, lower_words) for e in ents]
        ents = [e for e in (_without_loose_edges(e) for e in ents) if e is not None]
        named = {clean_name(span_text(e)) for e in ents}
        ents = [trim_edges(e) for e in ents]
        ents = [repair_bounds(doc, trim_person(person_tagged_as_place(e)), named) for e in ents if e is not None]
        ents = with_designators(doc, [as_storm(as_nationality(e)) for e in ents if e is not None])
        ents = names_after_titles(doc, ents)
        ents = self._untagged_persons(ents)
        cleaned = [(e, clean_name(span_text(e))) for e in ents]
        cleaned = [
            (e, name)
            for e, name in cleaned
            if name and not is_date_name(e) and not is_no_name(e) and not names_a_time(e)
        ]
        cleaned = [(e, name) for e, name in cleaned if not self.common_words_acronym(name)]
        ents = [e for e, _ in cleaned]
        names = [name for _, name in cleaned]
        labels = self._fix_types(ents, names)
        canon = self._canonical_names(names, labels)
        first_at: dict[str, int] = {}
        for ent, name in zip(ents, names, strict=True):
            first_at.setdefault(name, ent.start)
        persons = [n for n in first_at if labels[n] == "PERSON"]
        tb = tables(doc)
        low, heads = lower_texts(tb), tb.heads  # each word's lower case and head, no Token made
        for ent, name, label in zip(ents, names, [labels[n] for n in names], strict=True):
            cname = canon[name]
            if cname == name and label == "PERSON":
                # "Fidel Castro ... Castro, 80, handed power to his brother Raul Castro": a surname
                # two people share is, where it is written, the one of them already named
                cname = _named_before(name, persons, first_at, ent.start) or name
            ctype = labels.get(cname, label)
            info = self.actors.get(cname)
            if info is None:
                info = self.actors[cname] = ActorInfo(cname, ctype)
            info.aliases.add(name)
            self._uses[cname] += 1
            self._first.setdefault(cname, ent.start)
            root = ent.root.i  # (spaCy finds it anew on each access: once)
            det = ent.start if low[ent.start] == "the" else ent.start - 1 if ent.start > 0 else None
            if det is not None and low[det] == "the" and heads[det] == root:
                self._definite[cname] += 1  # "the Dow closed", not "the Apple logo"
            actor = (cname, ctype)
            for i in range(ent.start, ent.end):
                self._token_actor[i] = actor
            title = title_before_name(ent) if ctype == "PERSON" else None
            if title is not None:
                self._token_actor.setdefault(title, actor)  # "Minister of Trade ... Jeyaraj Fernandopulle"
            self._ent_at[root] = ent
            si = self._sent_of[sent_starts[bisect.bisect_right(sent_starts, ent.start) - 1]]
            self._coref.note_entity(ent, name, cname, ctype, si)
            age = _age_told(ent) if ctype == "PERSON" else None
            if age is not None and age > 0:
                self._coref.note_age(cname, age)  # "Yuanjie, 26,": not "the 80-year-old master"
        self._acronyms_in_parentheses(ents, names)
        self._untagged_surnames(sent_starts)
        self._untagged_sides(sent_starts)
        self._country_bodies()
        self._countries_told(doc_ents)
        self._coref.settle_group_words()
        self._coref.learn_org_titles()
        self._coref.learn_genders(doc)
        for root in sorted(self._ent_at):
            tok = doc[root]
            group = self._pair(tok) or self._met_by_title(tok)
            if group:
                si = self._sent_of[sent_starts[bisect.bisect_right(sent_starts, root) - 1]]
                self._coref.note_group(si, root, group, subject=tok.dep_ in ("nsubj", "nsubjpass"))

    def _storm_of(self, name: str, storms: dict[str, list[str]], labels: dict[str, str]) -> str | None:
        """The storm a one-word name is ("Durian" after "Typhoon Durian"): the one storm name of
        the text that ends on it, else the words the text gives it ("Tropical storm Durian"
        untagged, "Durian" tagged alone elsewhere, a place or a person), both then labelled
        events; None for no storm."""
        if len(storms.get(name, ())) == 1:
            storm = storms[name][0]
        elif name in storms or " " in name or name not in self._storms_told():
            return None
        elif is_place(name) or country_name(name) is not None:
            return None
        else:
            storm = self._storms_told()[name]
        labels[name] = "EVENT"
        labels.setdefault(storm, "EVENT")
        return storm

    def _storms_told(self) -> dict[str, str]:
        if self._storms is None:
            self._storms = storms_told(doc_text(self.doc))
        return self._storms

    def common_words_acronym(self, name: str) -> bool:
        """ "its initial public offering (IPO)": an acronym the text defines for words in lower case
        names a thing, no one."""
        if not ACRONYM.match(name):
            return False
        if name not in self._common_acronyms:
            letters = name.replace(".", "").lower()
            text = doc_text(self.doc)
            found = False
            for m in re.finditer(rf"\(\s*{re.escape(name)}\s*\)", text):
                words = re.findall(r"[A-Za-z]+", text[max(0, m.start() - 80) : m.start()])[-len(letters) :]
                if len(words) == len(letters) and all(w.islower() for w in words):
                    found = "".join(w[0] for w in words) == letters
                    break
            self._common_acronyms[name] = found
        return self._common_acronyms[name]

    def _acronyms_in_parentheses(self, ents, names) -> None:
        """ "Statistics Netherlands (CBS)", "the United Nations Children Fund (UNICEF)": a short
        name in parentheses right after a longer one is the same body, whatever its letters."""
        doc = self.doc
        t = tables(doc)
        text, idx, ends = t.text, t.idx, t.ends
        for ent, name in zip(ents, names, strict=True):
            i = ent.end
            rest = 0
            while rest < 3 and i + rest < len(doc) and t.pos[i + rest] == "PROPN" and t.is_alpha[i + rest]:
                rest += 1  # "Korea Composite Stock[ Price Index] (KOSPI)": the tagger cut the name
            i += rest
            if i + 2 >= len(doc) or text[idx[i] : ends[i]] != "(" or text[idx[i + 2] : ends[i + 2]] != ")":
                continue
            if rest:
                whole = text[idx[ent.start] : ends[i - 1]]
                short = text[idx[i + 1] : ends[i + 1]]
                if _SHORT_NAME.match(short) and _abbreviates(short, whole) and name in self.actors:
                    self._adopt_long_name(name, whole, idx[ent.start])
                    long_ = self.canonical(whole)
                    self._spelled[short] = long_
                    self.actors[long_].aliases.add(short)
                    other = self.actors.get(self.canonical(short))
                    if other is not None and other.name != long_ and other.type != "PERSON":
                        self.merge(other.name, long_, keep=long_)  # the acronym tagged elsewhere
                continue
            short = text[idx[i + 1] : ends[i + 1]]
            # a name written as one word, only its first letter a capital ("(Hamas)", "(Unicef)",
            # "(Mercosur)"), when the text never writes it in lower case: not "(Group)" after "Longmei
            # Mining", "(Sunday)", a place's "(Beijing)" or a nationality's "(Ethiopian)"
            word = not _SHORT_NAME.match(short)
            if word and not self._one_word_name(short, i + 1):
                continue
            # one word only when its capitals spell the short name: "GlaxoSmithKline (GSK)" (not a
            # dateline's "Beijing (AFP)"); the tagger may take such a word for a person
            camel = len(name.split()) == 1 and _capitals(name) == short.replace(".", "").upper()
            if len(name.split()) < 2 and not camel:
                continue
            long_ = self.canonical(self._token_actor.get(ent.root.i, (name, ""))[0])
            info = self.actors.get(long_)
            if info is None or info.type == "PERSON" and not camel:
                continue
            if word and info.type != "ORG":
                continue  # "Acer Peripherals (Suzhou)", a translation after a place or a work's title
            if info.type == "PERSON":
                self._retype(long_, "ORG")
            self._spelled[short] = long_
            info.aliases.add(short)
            tagged = self._token_actor.get(i + 1, (short, ""))[0]
            other = self.actors.get(self.canonical(tagged))
            if other is not None and other.name != long_ and (other.type != "PERSON" or word and other.name == short):
                # the acronym tagged there or elsewhere (a name of one word the tagger may take for a
                # person's: "Unicef flew food")
                self.merge(other.name, long_, keep=long_)
        self._acronyms_spelled_after(names)

    def _one_word_name(self, word: str, i: int) -> bool:
        """ "Hamas" in "the Islamic Resistance Movement (Hamas)": a proper noun of one capital, no
        place, country, nationality, day or common word ("(Group)", "(Freedom)"), that the text
        never writes in lower case."""
        t = tables(self.doc)
        return (
            _WORD_NAME.match(word) is not None
            and t.pos[i] == "PROPN"
            and word.lower() not in self.lower_words
            and not is_common_word(word.lower())
            and not is_date_word(self.doc[i])
            and not is_place(word)
            and country_name(word) is None
            and country_for_adjective(word) is None
        )

    def _acronyms_spelled_after(self, names) -> None:
        """ "the FTAA (Free Trade Area of the Americas)": an acronym the text spells out in
        parentheses right after it is the body of that fuller name, which the actor goes by."""
        text = doc_text(self.doc)
        for short in dict.fromkeys(names):
            if not ACRONYM.match(short) or short in self._spelled:
                continue
            info = self.actors.get(self.canonical(short))
            if info is None or info.type == "PERSON":
                continue
            before = self._expansion(short)
            if before is not None and _abbreviates(short, before):
                # "an International Court for Ocean Disputes (ICOD)", the tagger's name cut before "for"
                # not an acronym that opens it: "the UN" is a body of its own, the owner of "the UN
                # High Commissioner for Refugees (UNHCR)", not that name cut short
                cut = [
                    a.name
                    for a in self.actors.values()
                    if a.type != "PERSON" and before.startswith(re.sub(r"^(?:an?|the) ", "", a.name) + " ")
                ]
                owners = [name for name in cut if ACRONYM.match(name)]
                if len(cut) == 1 and before not in self.actors:
                    self._adopt_long_name(info.name, before, len(text))
                    if not owners:
                        self.merge(cut[0], before, keep=before)
                    else:
                        self._owner_inside(owners[0], short, before)
                    self._spelled[short] = self.canonical(before)
                continue
            for m in re.finditer(rf"(?<![\w.]){re.escape(short)}[ ]*\(", text):
                spelled = _SPELLED_INSIDE.match(text, m.end())
                if spelled is None:
                    continue
                long_ = " ".join(spelled.group(1).split())
                if long_[0] != short[0]:
                    continue
                self._adopt_long_name(info.name, long_, m.end())
                self._spelled[short] = self.canonical(long_)
                break
        self._acronyms_written_out(names)

    def _acronyms_written_out(self, names) -> None:
        """ "the OSCE" in a story that names the Organization of Security and Cooperation in Europe,
        "the UNHCR" after "the UN High Commissioner for Refugees" (no parentheses, the long name maybe
        untagged): an acronym of three letters or more that the capitalised words of exactly one
        longer name of the text spell is that body, which goes by the longer name."""
        text = doc_text(self.doc)
        for short in dict.fromkeys(names):
            letters = short.replace(".", "")
            if not ACRONYM.match(short) or len(letters) < 3 or short in self._spelled:
                continue
            info = self.actors.get(self.canonical(short))
            if info is None or info.name != short or info.type in ("PERSON", "GPE", "NORP"):
                continue
            owners = {
                a.name
                for a in self.actors.values()
                if a.name != short and a.type not in ("PERSON", "GPE", "NORP") and len(a.name.split()) > 1
                if letters.upper() in initials(a.name) or _abbreviates(letters, a.name)
            }
            if len(owners) == 1:
                owner = owners.pop()
                self.merge(short, owner, keep=owner)
                continue
            if owners:
                continue
            written: dict[str, int] = {}
            for m in _CAPITALISED_PHRASE.finditer(text):
                words = m.group(1).split()
                for k, word in enumerate(words[:-1]):
                    # "in eastern Zaire for the UN High Commissioner for Refugees": from any capitalised
                    # word on ("Zaire for the UN ..." spells nothing); not a counted phrase ("Five
                    # Power ...", "Three Gorges ..."), which no row would keep as a name
                    phrase = " ".join(words[k:])
                    if not word[:1].isupper() or word in ("The", "A", "An") or _COUNTED_START.match(phrase):
                        continue
                    if letters.upper() in initials(phrase):
                        written.setdefault(phrase, m.start(1) + m.group(1).find(word))
            known = [self.actors.get(self.canonical(long_)) for long_ in written]
            if len(written) == 1 and not any(k is not None and k.type == "PERSON" for k in known):
                # (a name the tagger took for a person's may have been taken for "he" already)
                ((long_, at),) = written.items()
                self._adopt_long_name(short, long_, at)
                self._spelled[short] = self.canonical(long_)

    def _owner_inside(self, owner: str, short: str, long_: str) -> None:
        """ "the UN High Commissioner for Refugees (UNHCR)": the owner's acronym tagged inside the
        spelled-out name is that name there, not the owner."""
        t = tables(self.doc)
        words = len(long_.split())
        kept = (self.canonical(long_), self.actors[self.canonical(long_)].type)
        for i in range(words, len(self.doc) - 2):
            if [t.text[t.idx[k] : t.ends[k]] for k in (i, i + 1, i + 2)] != ["(", short, ")"]:
                continue
            for j in range(i - words, i):
                if self._token_actor.get(j, ("", ""))[0] == owner:
                    self._token_actor[j] = kept

    def _adopt_long_name(self, short: str, long_: str, at_char: int) -> None:
        """The acronym's actor goes by ``long_`` from now on, with the acronym's type."""
        kind = self.actors[short].type
        known = self.actors.get(self.canonical(long_))
        if known is None:
            tok = self.doc.char_span(at_char, at_char + 1, alignment_mode="expand")
            self.actors[long_] = ActorInfo(long_, kind)
            self._first[long_] = tok.start if tok is not None else len(self.doc)
        elif known.type in ("PERSON", "NORP", "GPE", "MISC"):
            self._retype(known.name, kind)  # "Central Andean Power Pool" tagged a people
        self.merge(short, long_, keep=long_)

    def _retype(self, name: str, kind: str) -> None:
        self.actors[name].type = kind
        for i, (owner, _) in list(self._token_actor.items()):
            if owner == name:
                self._token_actor[i] = (name, kind)

    def _country_bodies(self) -> None:
        """ "the Philippine central bank", "the Angolan central government": a country's bank,
        army or government, named by the country's adjective, that "the central bank", "the
        military" or "the government" stand for later (see Antecedents.resolve_definite)."""
        t = tables(self.doc)
        pos, deps, tags, text, idx, ends = t.pos, t.deps, t.tags, t.text, t.idx, t.ends
        for i in range(len(pos)):
            if pos[i] != "NOUN" or tags[i] != "NN":
                continue
            head = text[idx[i] : ends[i]].lower()
            if head not in _COUNTRY_BODIES:
                continue
            if deps[i] == "compound" or i in self._token_actor:
                continue  # "the central bank chief": the chief is told of, not the bank
            named = self.named_org_beside(i)
            if named is not None:
                # "Switzerland's second largest bank, Credit Suisse,": the body is the name beside
                # it, which "the bank" stands for later (no body named by the description)
                self.note_named_body(i, named[0], head)
                continue
            tok = self.doc[i]
            country = nationality_country(tok)
            if any(c.lower_ in ("a", "an") for c in tok.lefts):
                continue
            if country is None:
                # "the Sri Lankan government", an adjective the gazetteer does not know: a body
                # all the same, which "the government" may be as well
                if any(c.dep_ in ("amod", "compound") and c.is_title for c in tok.lefts):
                    name = phrase_text(tok)
                    self.register(name, "ORG", name)
                    self._coref.note_mention(i, name, name)
                continue
            if head in ("government", "administration"):
                name, type_ = country, "GPE"  # the country acting (as roles._country_body says)
            else:
                name, type_ = phrase_text(tok), "ORG"
            if len(name.split()) < 2 and type_ == "ORG":
                continue
            self.register(name, type_, name)
            self._coref.note_mention(i, name, f"{name} {head}" if type_ == "GPE" else name)

    def _countries_told(self, doc_ents) -> None:
        """The countries the text names ("Indonesia", "the United States") or tells by their
        adjective ("the Indonesian military"), in order, for "the government" (see
        Antecedents.resolve_definite). A person's name is no country ("Michael Jordan")."""
        for ent in doc_ents:
            if ent.label_ == "GPE" and len(ent) > 1:
                country = country_name(clean_name(span_text(ent)))
                if country is not None:
                    self._coref.note_country(ent.start, country)
        t = tables(self.doc)  # every word: no Token made for them
        text, idx, ends, ents, pos = t.text, t.idx, t.ends, t.ents, t.pos
        paired = -1  # the second word of an adjective of two words just told
        for i in range(len(idx)):
            if i == paired or ents[i] == "PERSON" or pos[i] not in ("ADJ", "PROPN"):
                continue
            word = text[idx[i] : ends[i]]
            if not word.istitle():
                continue
            pair = self._two_word_country(i, word)
            if pair is not None:
                # "the South African government", "Sri Lankan troops": not "African", nor the
                # South Korea of "Korean" in "North Korean"
                self._coref.note_country(i + 1, pair)
                paired = i + 1
                continue
            country = country_for_adjective(word)
            if country is not None:
                self._coref.note_country(i, country)

    def _two_word_country(self, i: int, word: str) -> str | None:
        """The country an adjective of two words starting at word ``i`` names ("South African",
        "Sri Lankan", "South Africans"), or None (a place of two words tagged as one is told as a name: "Hong Kong")."""
        t = tables(self.doc)
        j = i + 1
        if j >= len(t.idx) or t.ents[i] == "GPE" and t.ents[j] == "GPE" or t.pos[j] not in ("ADJ", "PROPN"):
            return None
        second = t.text[t.idx[j] : t.ends[j]]
        if not second.istitle():
            return None
        found = country_for_adjective(f"{word} {second}")
        if found is None and second.endswith("s"):
            found = country_for_adjective(f"{word} {second[:-1]}")  # "More South Africans"
        return found

    def _untagged_persons(self, ents: list) -> list:
        """Names the tagger left untagged that the text tells as a person's, as person entities:
        set after a word for what a person is ("weightlifter Cao Lei", "Mr Joe Bloggs") or beside
        one ("Ana Silva, a spokeswoman"), told with an age ("Ana Silva, 45,") or "who" ("Silva,
        who ..."). Another untagged mention of the same name, or of its last word alone after
        the full name (or the full name after its last word), is that person too: "Pollock" and
        "Shaun Pollock" are one man, and "Silva" merges with "Ana Silva" as a tagged surname does."""
        doc = self.doc
        t = tables(doc)
        pos, labels = t.pos, t.ents
        # (the untagged proper nouns from the tables: a Token made only for the few of them)
        loose = [i for i, (p, label) in enumerate(zip(pos, labels, strict=True)) if p == "PROPN" and not label]
        if not loose:
            return ents
        n = len(pos)
        covered = {i for e in ents for i in range(e.start, e.end)}
        loose = [i for i in loose if i not in covered and doc[i].is_title and doc[i].is_alpha]
        chains: list[tuple[int, int]] = []
        for i in loose:
            if chains and (chains[-1][1] == i or chains[-1][1] == i - 1 and doc[i - 1].lower_ in _NAME_PARTICLES):
                chains[-1] = (chains[-1][0], i + 1)  # (and "Chanapat na Nakhon", "Ahmed bin Ali")
            else:
                chains.append((i, i + 1))
        told: list[tuple[int, int, str]] = []  # (start, end, name) of each untagged name of a person's shape
        cued: set[str] = set()
        for start, end in chains:
            if end < n and labels[end] or end + 1 < n and labels[end + 1] and doc[end].lower_ in _NAME_PARTICLES:
                continue  # "Inder Kumar Gujral" with "Kumar Gujral" tagged, "Prince Muqrin bin Abdul Aziz": a name cut
            if start > 1 and labels[start - 2] and doc[start - 1].lower_ in _NAME_PARTICLES:
                continue  # "Reggio di Calabria" with "Reggio" tagged
            if start > 0 and labels[start - 1] and pos[start - 1] == "PROPN":
                continue  # "Soinam Toinzhub" with "Soinam" tagged (whatever the label): its first words
            if end - start == 1 and _abbreviated_title(doc, start):
                continue
            titled = False
            royal = None  # a king's or a prince's title, kept in the name ("Queen Margrethe")
            while end - start > 1 and doc[start].lower_ in _TITLES_BEFORE_NAMES:
                royal = start if doc[start].lower_ in _NOBLE_TITLES else None
                start += 1  # "Mr Joe Bloggs", "Ambassador Ana Silva": the name after the title
                titled = True
            if start > 1 and doc[start - 1].lower_ in _NAME_LINKS and doc[start - 2].is_title:
                while end - start > 1 and is_common_word(doc[start].lower_):
                    start += 1  # "Minister of Lands and Resettlement Didymus Mutasa": the title's last words
            if end - start > 3 or not self._person_shaped(doc[start:end]):
                continue
            told_as = titled and not (end - start == 1 and _no_name_after_title(doc, start))
            if royal is not None:
                start = royal
                if end < n and _REGNAL.fullmatch(doc[end].text):
                    end += 1  # "King Abdullah II"
            span = Span(doc, start, end, label="PERSON")
            name = span_text(span)
            told.append((start, end, name))
            if told_as or _untagged_person_cue(span):
                cued.add(name)
        if not cued:
            return ents
        lone = {name for name in cued if " " not in name}
        ends = {name.rsplit(" ", 1)[1] for name in cued if " " in name}
        found = [
            Span(doc, start, end, label="PERSON")
            for start, end, name in told
            if name in cued or name in ends or " " in name and name.rsplit(" ", 1)[1] in lone
        ]
        return sorted(ents + found, key=lambda e: e.start)

    def _person_shaped(self, words) -> bool:
        """Could these capitalised words be a person's name: none written in lower case in the text,
        none a word of bodies, places or times nor a place's, country's or people's name, the whole
        no place, country or known body?"""
        for w in words:
            low = w.lower_
            if low in self.lower_words or low in _NO_PERSON_NAME_WORDS or low[:-1] in _NO_PERSON_NAME_WORDS:
                return False  # ("Vice Premiers Wu Yi and Hui Liangyu": a title in the plural)
            if is_date_word(w):
                return False
        if len(words) == 1 and words[0].is_sent_start and is_common_word(words[0].lower_):
            return False  # "Sentencing is set for May": a sentence's first word
        if any(is_place(w.text) or country_name(w.text) or country_for_adjective(w.text) for w in words):
            return False  # "Miss Asia Pacific": a place's title
        name = words.text
        return not (is_place(name) or country_name(name) or is_known_org(name))

    def _untagged_surnames(self, sent_starts: list[int]) -> None:
        """ "Ahern made the announcement": a surname standing alone that the tagger left untagged
        (often first in its sentence) is a mention of the one person the document names with it."""
        owners: dict[str, set[str]] = defaultdict(set)
        for info in self.actors.values():
            if info.type == "PERSON" or info.type == "ORG" and _club_name(info.name):
                # (and "Bremen drew 0-0" after "Werder Bremen": the club, by the word closing its name)
                for alias in info.aliases | {info.name}:
                    words = alias.split()
                    if len(words) > 1 and words[-1][:1].isupper():
                        owners[words[-1]].add(info.name)
        if not owners:
            return
        doc = self.doc
        t = tables(doc)
        pos, ents, text, idx, ends, deps = t.pos, t.ents, t.text, t.idx, t.ends, t.deps
        n = len(pos)
        for i in range(n):
            if ents[i] or i in self._token_actor:
                continue
            if pos[i] != "PROPN" and not (pos[i] == "NOUN" and deps[i] == "poss"):
                continue  # "Symonds' life": the owner's surname the tagger took for a plural noun
            found = owners.get(text[idx[i] : ends[i]])
            if found is None or len(found) != 1:
                continue
            if i > 0 and pos[i - 1] == "PROPN" or i + 1 < n and pos[i + 1] == "PROPN":
                continue  # part of a longer name ("Ahern Street")
            (cname,) = found
            kind = self.actors[cname].type
            span = Span(doc, i, i + 1, label=kind)
            self._token_actor[i] = (cname, kind)
            self._ent_at[i] = span
            si = self._sent_of[sent_starts[bisect.bisect_right(sent_starts, i) - 1]]
            self._coref.note_entity(span, span_text(span), cname, kind, si)

    def _untagged_sides(self, sent_starts: list[int]) -> None:
        """ "Celtic beat Hearts 2-1", "Rennes crushed Lens 4-0", "Ahly were held to a 1-1 draw": the
        capitalised subject of a verb of beating told with a score (or of "held to a draw"), which
        the tagger left untagged and took for no proper noun (an adjective, a plain noun, an
        adverb), is the side that played: a word the story never writes in lower case, the actor
        it names so elsewhere or else a body; and so is a one-word proper noun left untagged as its
        object ("Werder beat 10-man Udinese 4-3"), a body even where the tagger takes that word for
        a people elsewhere ("Udinese players"). One pass over the token table; a verb's words are read
        only for verbs."""
        doc = self.doc
        t = tables(doc)
        text, idx, ends, pos, ents, kids = t.text, t.idx, t.ends, t.pos, t.ents, t.children
        n = len(pos)
        by_name: dict[str, ActorInfo] | None = None
        for v in range(1, n):
            if pos[v] != "VERB":
                continue
            word = text[idx[v] : ends[v]].lower()
            if word not in _SIDE_VERBS or not _result_told_after(t, v, word == "held"):
                continue
            for c in kids[v]:
                if ents[c] or c in self._token_actor:
                    continue
                if c < v:
                    if (
                        not _untagged_side_dep(t, v, c)
                        or pos[c] not in ("ADJ", "NOUN", "ADV")
                        or c > 0
                        and pos[c - 1] == "PROPN"
                    ):
                        continue  # a proper noun the tagger saw as such is read as a name already ("Dynamo Kyiv")
                elif (
                    t.deps[c] != "dobj"
                    or pos[c] != "PROPN"
                    or pos[c - 1] == "PROPN"
                    or c + 1 < n
                    and pos[c + 1] == "PROPN"
                ):
                    continue  # the side beaten: "Werder beat 10-man Udinese 4-3" (a name of one word)
                name = text[idx[c] : ends[c]]
                if not name[:1].isupper() or not name.isalpha() or name.lower() in self.lower_words:
                    continue
                if by_name is None:
                    by_name = {a: info for info in self.actors.values() for a in info.aliases | {info.name}}
                info = by_name.get(name)
                if info is not None and info.type == "NORP" and country_for_adjective(name) is None:
                    self._retype(info.name, "ORG")  # "Udinese" tagged a people elsewhere: the club
                if info is None:
                    info = self.actors[name] = ActorInfo(name, "ORG")
                    info.aliases.add(name)
                    self._first.setdefault(name, c)
                self._uses[info.name] += 1
                span = Span(doc, c, c + 1, label=info.type)
                self._token_actor[c] = (info.name, info.type)
                self._ent_at[c] = span
                si = self._sent_of[sent_starts[bisect.bisect_right(sent_starts, c) - 1]]
                self._coref.note_entity(span, name, info.name, info.type, si)

    def _met_by_title(self, tok) -> list[tuple[str, str]]:
        """ "The visiting U.S. president said this when meeting with Y", "the premier held talks with
        Y", the subject a title the text gave one person ("U.S. President George W. Bush"): the one
        met (the entity whose root is ``tok``) and that person, a pair "the two presidents" may stand
        for; [] when the subject is named or its title fits no one, or not one."""
        hit = self._token_actor.get(tok.i)
        prep = tok.head
        if hit is None or tok.dep_ != "pobj" or prep.lower_ != "with" or any_child(tok, ("conj",)):
            return []
        head = prep.head
        if head.lemma_.lower() in _MET_NOUNS and head.dep_ == "dobj":
            clause = head.head  # "held talks with Y"
        elif head.pos_ == "VERB" and head.lemma_.lower() in _MEETING_VERBS:
            clause = head  # "met with Y"
        else:
            return []
        verb = clause
        if clause.dep_ == "advcl" and clause.tag_ == "VBG":
            verb = clause.head  # "said this when meeting with Y": the subject of the clause it is set in
        if any(c.dep_.startswith("nsubj") for c in clause.children) and verb is not clause:
            return []
        subjects = children_with(verb, ("nsubj",))
        if len(subjects) != 1 or subjects[0].i in self._token_actor or subjects[0].pos_ != "NOUN":
            return []
        name = self._coref.resolve_title(subjects[0])
        if name is None or name == hit[0] or name not in self.actors:
            return []
        return [(name, self.actors[name].type), hit]

    def _pair(self, tok) -> list[tuple[str, str]]:
        """Named actors told together with the entity whose root is ``tok``, that "both" or "the two
        countries" may stand for: coordinated ("Romania and Bulgaria") or one doing something with
        the other ("Singapore drew with Indonesia"); [] when none."""
        actor_at = self._token_actor.get
        hit = actor_at(tok.i)
        if hit is None or tok.dep_ == "conj":
            return []
        members: list[tuple[str, str] | None] = [hit]
        stack = children_with(tok, ("conj",))
        while stack:
            c = stack.pop()
            # "Somchai and his Malaysian counterpart Abdullah Badawi": the name set beside the noun
            named = [a for x in children_with(c, ("appos",)) if (a := actor_at(x.i)) is not None]
            if actor_at(c.i) is None and len(named) == 1 and c.pos_ == "NOUN":
                members.append(named[0])
                self._coref.note_sex(named[0][0], c.lower_)  # "his wife, Dagmar": no man of "the two men"
            else:
                members.append(actor_at(c.i))
            stack.extend(x for x in children_with(c, ("conj",)))
        if tok.dep_ in ("nsubj", "nsubjpass"):
            # "X, accompanied by Y, visited the temple": the two go together
            members += [actor_at(p.i) for p in _companions(tok)]
        if tok.dep_ == "nsubj" or tok.dep_ == "nsubjpass" and tok.head.lemma_.lower() in _ARRANGED:
            verb = tok.head
            # "X is scheduled to meet Y", "X plans to hold talks with Y": what the subject is to do
            verbs = [verb] + children_with(verb, ("xcomp",))
            if tok.dep_ == "nsubjpass":
                verbs = verbs[1:]
            for verb in verbs:
                # "X drew with Y", "X held talks with Y", "X signed a deal with Y", "X met Y"
                heads = [verb] + children_with(verb, ("dobj",))
                for head in heads:
                    for prep in children_with(head, ("prep",)):
                        if prep.lower_ == "with":
                            members += [actor_at(p.i) for p in _with_objects(prep)]
                if verb.lemma_.lower() in _MEETING_VERBS:
                    members += [actor_at(c.i) for c in children_with(verb, ("dobj",))]
            if tok.dep_ == "nsubj":
                # "X said this when meeting with Y", "X said during talks with Y": met beside it
                members += [actor_at(p.i) for p in _met_beside(tok.head)]
        names = list(dict.fromkeys(m for m in members if m is not None))
        return names if len(names) >= 2 else []

    def _fix_types(self, ents, names) -> dict[str, str]:
        """One label per name: gazetteer and known organisations first, then the majority label."""
        votes: dict[str, Counter] = defaultdict(Counter)
        place_uses: dict[str, Counter] = defaultdict(Counter)
        described: Counter = Counter()  # mentions set beside a person noun ("Aidos Sarimov, a spokesman")
        aged: Counter = Counter()  # mentions told with an age ("the 31-year-old Pichet", "Davenport, 29,")
        owning: Counter = Counter()  # subjects of a clause that tells of "his"/"her" ("X confirmed his plan")
        titled: Counter = Counter()  # mentions after a person's function ("PS spokesman Stephane Le Foll")
        plural: Counter = Counter()  # names "their" or "its" follows ("guided Urawa Reds to their first title")
        pressed: Counter = Counter()  # mentions after a word for a paper or a broadcaster ("the weekly Akhbar")
        honoured: Counter = Counter()  # one-word names after a person's title ("Prime Minister Koirala")
        bodied: Counter = Counter()  # mentions set beside a noun for a business or a side ("X, a conglomerate")
        business: Counter = Counter()  # mentions told as a business's ("gas giant Gazprom", "RAG chairman X")
        starts_of: dict[str, set[int]] = defaultdict(set)  # where each name is tagged
        definite: Counter = Counter()  # mentions after "the" ("the Grand Prix Final"), as no person's name is
        staffed: Counter = Counter()  # mentions that name a side's staff or players ("Bolton boss Sam Allardyce")
        played: Counter = Counter()  # mentions as a side that played ("a 2-1 win over Bolton", "Bolton's defence")
        for ent, name in zip(ents, names, strict=True):
            definite[name] += ent[0].lower_ == "the" or ent.start > 0 and ent.doc[ent.start - 1].lower_ == "the"
            votes[name][ent.label_] += 1
            place_uses[name][_place_use(ent)] += 1
            described[name] += _beside_person_noun(ent) or _told_as_who(ent)
            aged[name] += _age_told(ent) is not None  # as only a person is ("Davenport, 29, said")
            owning[name] += _owns_his_or_her(ent)
            plural[name] += _owns_their_or_its(ent)
            titled[name] += _after_person_noun(ent)
            pressed[name] += _after_press_noun(ent) or _before_press_noun(ent)
            honoured[name] += _after_title(ent)
            bodied[name] += _beside_body_noun(ent)
            business[name] += _told_as_business(ent)
            starts_of[name].add(ent.start)
            side = _told_as_side(ent)
            staffed[name] += side == "staff"
            played[name] += side != ""
        # (the sets below are read off each name once: ``votes`` has every name of ``names``, once)
        person_tokens = {tok for n in votes for tok in n.split() if len(n.split()) > 1 and "PERSON" in votes[n]}
        # the last words of full person names: "Yamaguchi" after "Masahiro Yamaguchi" is him, not the city
        surnames = {n.split()[-1] for n in votes if len(n.split()) > 1 and votes[n].most_common(1)[0][0] == "PERSON"}
        name_ends = _person_name_ends(votes)  # "Abu Rudeineh" after "Nabil Abu Rudeineh"
        # one-word names told as persons: "said Pichet" after "Pichet Krungget" tagged a building,
        # "Jokanovic collapsed" after "Nikola Jokanovic" tagged an organisation
        lone_persons = {
            n
            for n in votes
            if len(n.split()) == 1 and (votes[n].most_common(1)[0][0] == "PERSON" or aged[n]) and not is_place(n)
        }
        # one-word names of the text never after "the" (whatever the tagger called them): "Fukuda
        # said" after "Makoto Fukuda", both tagged an organisation
        lone_names = {n for n in names if len(n.split()) == 1 and not definite[n]}
        # the first words of companies' legal names: "Toyota" after "Toyota Motor Corp." is the maker,
        # not the city the tagger did not call it
        legal_openers = Counter(
            n.split()[0] for n in names if len(n.split()) > 1 and n.split()[-1].lower() in CORP_SUFFIXES
        )
        labels: dict[str, str] = {}
        for name, counter in votes.items():
            label = counter.most_common(1)[0][0]
            if label == "PERSON" and any(ch.isdecimal() for ch in name):
                label = "PRODUCT"  # "H5N1", "Storm Signal 3": no one's name has a digit
            if (
                label == "PERSON"
                and len(name.split()) == 1
                and name not in person_tokens
                and country_for_adjective(name) is not None
                and country_name(name) is None
            ):
                label = "NORP"  # "The Ugandan military" with "Ugandan" tagged as a person
            if (
                (label in _NOT_PERSON_LABELS or label == "NORP" and _several_words_of_no_people(name))
                and described[name]
                and not is_place(name)
                and not is_known_org(name)
            ):
                # "Aidos Sarimov, a spokesman for the candidate" tagged a work of art, "Mobutu's aide,
                # Honore Ngbanda Nzambo," a people
                label = "PERSON"
            if (
                label in _NOT_PERSON_LABELS | {"GPE", "LOC"}
                and (
                    aged[name]
                    or honoured[name]
                    or (owning[name] or titled[name] or {name.split()[0], name.split()[-1]} & lone_persons)
                    and self._may_be_a_person(name)
                )
                and not is_place(name)
                and not is_known_org(name)
                and country_name(name) is None
            ) or (
                label in _NOT_PERSON_LABELS - {"EVENT"} | {"GPE", "MISC", "NORP"}
                and not definite[name]
                and not _a_people_alone(name, label, votes)
                and self._called_by_surname(name, lone_names)
            ):
                # "Paradorn Srichaphan has confirmed his intention" tagged a place, "the 31-year-old
                # Pichet" a building: only a person has an age, or is "his"; "Pichet Krungget" with
                # "Pichet" told as a person, "Nikola Jokanovic" with "Jokanovic"; "Makoto Fukuda ...
                # Fukuda said", "Sourav Ganguly ... Ganguly made 51", each tagged an organisation ("Honore
                # Ngbanda ... Ngbanda told AFP", tagged a people, then the surname once an organisation): a
                # body is called by its first word ("Nissan"), a person by the last
                label = "PERSON"
            if (
                label == "PERSON"
                and plural[name]
                and not (owning[name] or aged[name] or described[name] or titled[name] or honoured[name])
            ):
                label = "ORG"  # "guided Urawa Reds to their first title": a team, whatever the tagger said
            if (
                (label in _PRESS_MISTAKEN or label in ("GPE", "LOC") and not is_place(name))
                and pressed[name]
                or label in ("PERSON", "NORP")
                and bodied[name]
            ) and not (owning[name] or aged[name] or described[name]):
                # "the government weekly Akhbar al-Yom", "the daily Kompas", "the Tribune newspaper",
                # "the daily Le Figaro" (tagged a building), "the Israeli party Kadima", "the Golkar
                # party": a paper or a party, no one nor a place; "Hanbo, the country's largest
                # conglomerate, collapsed": a business, no one nor a people
                label = "ORG"
            if label != "ORG" and _body_by_its_name(name, label):
                # "Spain's Telefonica SA" tagged a building: a company by its legal form; "Manchester
                # United", "VfL Bochum" tagged a person or a place: a club
                label = "ORG"
            personal = owning[name] + aged[name] + described[name] + titled[name] + honoured[name]
            # "energy giant E.ON", "RAG chairman Werner Mueller", "the news agency INA": a business,
            # whatever the tagger called it (a person, a town of the gazetteer's)
            if is_known_org(name) or (
                not personal and _a_business(self.doc, name, label, business[name], starts_of[name])
            ):
                label = "ORG"
            elif label in ("PERSON", "ORG", "NORP", "PRODUCT") and _a_place_not_a_maker(
                name, label, counter, legal_openers
            ):
                # a one-word "person" that is also part of a full person name stays a person (also
                # when the tagger called it so only now and then: "Livingstone" after "Ken
                # Livingstone"); a nationality adjective ("Russian") stays NORP, a country name GPE
                if (counter["PERSON"] or name in surnames) and name in person_tokens and not country_name(name):
                    label = "PERSON"
                elif country_name(name) or country_for_adjective(name) is None:
                    label = "GPE"
            label = _person_told_as_place(name, label, counter, name_ends)
            if label in ("PERSON", "ORG") and name not in person_tokens and not is_known_org(name):
                if _told_as_place(place_uses[name], label, len(name.split())):
                    label = "LOC"  # "the western state of Maharashtra", "flowed into Biaro"
            staff = staffed[name] > 0 and personal == 0
            labels[name] = _side_label(name, label, played[name], staff, place_uses[name], person_tokens)
        _short_business_names(labels, business)
        # "Hutu" beside "Hutus", "Rwandan Tutsi" beside "Tutsis": a people, whatever the tag said
        peoples = {n.lower() for n, label in labels.items() if label == "NORP"}
        for name, label in labels.items():
            words = name.split()
            last = words[-1].lower()
            if label in ("PERSON", "ORG", "GPE") and (last in peoples or last + "s" in peoples):
                if all(country_for_adjective(w) is not None and country_name(w) is None for w in words[:-1]):
                    labels[name] = "NORP"
        return labels

    def _called_by_surname(self, name: str, lone_names: set[str]) -> bool:
        """Is ``name`` two or three words that could be a person's, none a common English word
        ("Norsk Hydro", "General Pinochet", "Following Mbeki" at a sentence's start), the last of
        which the text also uses as a name on its own (not a place's, a country's, a people's or a
        known body's), the words before it no place ("Los Angeles Clippers" ... "the Clippers"), nor
        a club's or a company's name by its form?"""
        words = name.split()
        if not 2 <= len(words) <= 3 or words[-1] not in lone_names or not self._may_be_a_person(name):
            return False
        if any(is_common_word(w.lower()) for w in words):
            return False
        last, before = words[-1], " ".join(words[:-1])
        if is_place(last) or country_name(last) or country_for_adjective(last) or is_known_org(last):
            return False
        if is_place(before) or any(is_place(w) or country_for_adjective(w) for w in words[:-1]):
            return False
        return (
            not is_place(name)
            and not is_known_org(name)
            and not _club_name(name)
            and not _body_by_its_name(name, "ORG")
        )

    def _may_be_a_person(self, name: str) -> bool:
        """Could a name of several words be a person's: each word capitalised, no acronym, none
        written in lower case in the text nor a word of bodies or places ("Supreme Court",
        "Defence Ministry" are bodies)?"""
        words = name.split()
        if len(words) < 2:
            return False
        return all(
            w[:1].isupper()
            and not w.isupper()  # "CPN Prachanda": an acronym is a body's
            and w.replace("-", "").isalpha()
            and w.lower() not in self.lower_words
            and w.lower() not in ORG_WORDS | PLACE_NOUNS | COMPANY_NOUNS | FACILITY_NOUNS | OCCASION_NAMES
            for w in words
        )

    def _canonical_names(self, names, labels) -> dict[str, str]:
        distinct = list(dict.fromkeys(names))
        uses = Counter(names)
        canon: dict[str, str] = {}
        persons = [n for n in distinct if labels[n] == "PERSON"]
        orgs = [n for n in distinct if labels[n] in ("ORG", "PRODUCT")]
        # each person's words and each organisation's lower case, made once for all the names below
        person_words = [(p, p.split()) for p in persons]
        lower_orgs = [(o, o.lower()) for o in orgs]
        indexes = {n for n in distinct if n.endswith(" Index")}
        storms = _storm_names(distinct, labels)  # "Typhoon Durian ... Durian was spotted"
        for name in distinct:
            key = " ".join(name.lower().split())
            fixed = self.aliases.get(key) or self._storm_of(name, storms, labels) or _index_of(name, indexes, labels)
            if fixed is not None:
                canon[name] = fixed
                continue
            label = labels[name]
            target = name
            formal = [n for n in NICKNAMES.get(key, ()) if n in uses]
            if formal:  # "the Tories" in an article that names the Conservatives
                canon[name] = formal[0]
                continue
            if (
                label != "PERSON"
                and (len(name.split()) == 1 or name.split()[0].lower() in NAME_PARTICLES)
                and not ACRONYM.match(name)  # "ASEAN" is no surname of "Alternative ASEAN Network"
            ):
                # a surname the model mislabelled ("Poznikhir" as ORG after "Viktor Poznikhir",
                # "von Pierer" after "Heinrich von Pierer")
                words = name.split()
                owners = [p for p, p_words in person_words if len(p_words) > 1 and contains_words(p_words, words)]
                if not owners and len(name.split()) == 1:
                    owners = [p for p in persons if _middle_name_of(name, p)]
                if len(owners) == 1 and not is_place(name) and country_for_adjective(name) is None:
                    labels[name] = label = "PERSON"
            low = name.lower()
            owned = [o for o, o_low in lower_orgs if o_low.startswith((low + "'s ", low + "\u2019s "))]
            if (
                len(name.split()) == 1
                and len(owned) == 1
                and label not in PLACE_LABELS
                and not is_place(name)
                and not _written_alone(doc_text(self.doc), name)
            ):
                # "Moody's said" (the tagger's "Moody", its "'s" taken for a possessive) after
                # "Moody's Investors Service": the one organisation whose name opens so (not a place:
                # "Vanuatu" beside "Vanuatu's Ambae"; nor a name the text also writes without the
                # "'s": "Gazprom" beside "Gazprom's Zapolyarnoye gas field")
                labels[name] = label = labels[owned[0]]
                canon[name] = owned[0]
                continue
            if label == "PERSON" and len(name.split()) == 1 and not any(name in p.split()[1:] for p in persons):
                # "Urawa offered Buchwald a contract" tagged a person after "Urawa Reds", a team: the
                # one longer organisation the name opens, no person's surname
                teams = [o for o in orgs if o.split()[0] == name and len(o.split()) > 1]
                if len(teams) == 1:
                    labels[name] = label = "ORG"
                    canon[name] = teams[0]
                    continue
            if (
                (label in ("PERSON", "GPE") or label == "ORG" and is_place(name))
                and len(name.split()) == 1
                and country_name(name) is None
            ):
                # "Bremen drew 0-0 with Mainz" after "Werder Bremen": the one club the name closes (a
                # town's name told as a side too: "Hamburg, who have won just once" after "SV Hamburg")
                clubs = [o for o in orgs if o.split()[-1] == name and _club_name(o)]
                if len(clubs) == 1 and not any(name in p.split() for p in persons if p != name):
                    labels[name] = label = "ORG"
                    canon[name] = clubs[0]
                    continue
            if label == "PERSON":
                target = (
                    _full_person_name(name, persons, uses)
                    or _one_middle_name_of(name, persons)
                    or _spelt_alike(name, persons, uses)
                    or name
                )
            elif label in ("ORG", "PRODUCT", "EVENT"):
                full = self._full_org_name(name, orgs) if label != "EVENT" else None
                target = full or _name_going_on(name, distinct, labels) or name
            elif label in ("GPE", "NORP"):
                target = country_name(name) or name
            canon[name] = self.aliases.get(" ".join(target.lower().split()), target)
        _clipped_names(canon, distinct, labels)
        for name, target in canon.items():
            # "GM" -> "General Motors" -> "General Motors Corp."
            if canon.get(target, target) != target and name not in self.aliases.values():
                canon[name] = canon[target]
        for name, target in canon.items():
            # "the ruling Golkar party": the body goes by "Golkar" (its name as written stays its
            # alias, for "the party" later)
            label = labels.get(target, labels[name])
            bare = without_generic_head(target, label) if target not in self.aliases.values() else target
            if bare != target:
                canon[name] = bare
                labels[bare] = label  # a body, though "Fianna Fail's" alone was tagged a building
        return canon

    @classmethod
    def _full_org_name(cls, name: str, orgs: list[str]) -> str | None:
        """The one longer organisation or product name ``name`` is short for: "Chrysler" for
        "Chrysler LLC", an acronym, a model designator; None when there is not exactly one."""
        longer = {
            o
            for o in orgs
            if o != name
            and o.lower().startswith(name.lower() + " ")
            and all(w.lower() in CORP_SUFFIXES for w in o.split()[len(name.split()) :])
        }
        if not longer and not ACRONYM.match(name):
            # "Daiwa" after "Daiwa Securities Co. Ltd.": a company's legal name, the one name of the
            # text that goes on from it (none when "Daiwa Bank" is named too)
            going_on = {o for o in orgs if o.lower().startswith(name.lower() + " ")}
            legal = {o for o in going_on if o.split()[-1].lower() in CORP_SUFFIXES and len(o.split()) > 2}
            if len(going_on) == 1 and len(legal) == 1:
                longer = legal
            elif len(going_on) == 1 and _short_for(name, next(iter(going_on))):
                longer = going_on
        if not longer and ACRONYM.match(name):
            # "GM" after "General Motors", "EADS" after "European Aeronautic Defence and Space Company"
            longer = cls._acronym_owners(name, orgs)
        if not longer and DESIGNATOR.match(name):
            # "the A380" after "the Airbus A380": the model stands for the whole name
            longer = {o for o in orgs if len(o.split()) > 1 and o.split()[-1] == name}
        return longer.pop() if len(longer) == 1 else None

    @staticmethod
    def _acronym_owners(name: str, candidates) -> set[str]:
        letters = name.replace(".", "").upper()
        return {o for o in candidates if len(o.split()) > 1 and letters in initials(o)}

    # ------------------------------------------------------------------ lookups
    def lookup(self, name: str) -> tuple[str, str] | None:
        """A name the model did not tag, matched to a known actor (alias, surname, place)."""
        key = " ".join(name.lower().split())
        if key in self.aliases:
            canon = self.aliases[key]
            info = self.actors.get(canon)
            return canon, info.type if info else "PERSON"
        words = name.split()
        owners = {
            a.name
            for a in self.actors.values()
            if a.type == "PERSON" and len(a.name.split()) > len(words) and contains_words(a.name.split(), words)
        }
        if len(owners) == 1:
            (owner,) = owners
            return owner, "PERSON"
        if name in self._spelled:
            name = self._spelled[name]
        name = self.canonical(name)
        if name in self.actors:
            return name, self.actors[name].type
        if len(words) > 1 and is_designator(words[0]):
            # "the 3G iPhone" after "the iPhone 3G"
            turned = self.canonical(" ".join(words[1:] + words[:1]))
            if turned in self.actors:
                return turned, self.actors[turned].type
        if is_designator(name) and not name.isdecimal():
            # "the A380" after "the Airbus A380"
            makers = {a.name for a in self.actors.values() if len(a.name.split()) > 1 and a.name.split()[-1] == name}
            if len(makers) == 1:
                (maker,) = makers
                return maker, self.actors[maker].type
        if ACRONYM.match(name):
            things = [a.name for a in self.actors.values() if a.type in ("ORG", "PRODUCT")]
            owners = self._acronym_owners(name, things)
            if len(owners) == 1:
                (owner,) = owners
                return owner, self.actors[owner].type
        if len(words) == 1 and name in self._storms_told() and not is_place(name):
            # "Baaz brought rain" after "Cyclone Baaz": the storm (by the words the text gives it)
            storms = {a.name for a in self.actors.values() if is_storm_name(a.name) and a.name.split()[-1] == name}
            return (storms.pop() if len(storms) == 1 else self._storms_told()[name]), "EVENT"
        if is_place(name):
            return country_name(name) or name, "GPE"
        if len(words) == 1 and name.lower() not in self.lower_words:
            # "Barca paid" (untagged) after "Barcelona": the club the name is written short for (no
            # word the text writes in lower case: "Gold rose" is no "Goldman")
            names = list(self.actors)
            clipped = _clipped_from(name, names, {n: self.actors[n].type for n in names})
            if clipped is not None:
                return clipped, self.actors[clipped].type
        people = self._people(words)
        if people is not None:
            return people, "NORP"
        return None

    def _people(self, words: list[str]) -> str | None:
        """ "Rwandan Hutus" after "Hutus" was tagged a people: the people (nationality words aside)."""
        if not all(country_for_adjective(w) is not None and country_name(w) is None for w in words[:-1]):
            return None
        last = words[-1]
        for name in (last, last[:-1] if last.endswith("s") else last + "s"):
            info = self.actors.get(name)
            if info is not None and info.type == "NORP":
                return name
        return None

    def is_thing(self, name: str) -> bool:
        """A label ("Group A") or a document ("the DPA", defined in the text as the Darfur Peace
        Agreement; a law): named, but a thing, not a participant."""
        if is_label(name):
            return True
        info = self.actors.get(name)
        if info is not None and info.type == "PERSON":
            return False  # Jude Law
        if info is not None and info.type == "LAW" or names_document(name):
            return True
        if ACRONYM.match(name):
            expansion = self._expansion(name)
            return expansion is not None and names_document(expansion)
        return False

    def _expansion(self, acronym: str) -> str | None:
        """What the text spells out before "(ACRONYM)": "a Memorandum of Understanding (MOU)"."""
        if acronym not in self._expansions:
            text = doc_text(self.doc)
            found = None
            # where "(ACRONYM)" stands, then the capitalised words just before it (a bounded window:
            # the words' pattern is not run over the whole text)
            for m in re.finditer(rf"\(\s*{re.escape(acronym)}\s*\)", text):
                before = _SPELLED_OUT.search(text, max(0, m.start() - 200), m.start())
                if before is not None:
                    found = " ".join(before.group(1).split())
                    break
            self._expansions[acronym] = found
        return self._expansions[acronym]

    def in_dateline(self, token) -> bool:
        """Is ``token`` part of the dateline that opens the story ("SEOUL --", "CANBERRA (AFP) -") or
        one of its paragraphs (a roundup's "TAIPEI -- Share prices ...")?"""
        idx = token.idx
        return any(a <= idx < b for a, b in self._datelines)

    def entity_actor(self, token) -> tuple[str, str] | None:
        """The canonical (name, type) of the entity a token belongs to, if any."""
        return self._token_actor.get(token.i)

    def entity_actor_at(self, i: int) -> tuple[str, str] | None:
        """:meth:`entity_actor` by token index."""
        return self._token_actor.get(i)

    def named_org_beside(self, i: int) -> tuple[str, str] | None:
        """The organisation's name set in apposition with the body noun at ``i`` ("Switzerland's
        second largest bank, Credit Suisse, reported", "the country's central bank, the Bank of
        Korea"), or None: the name is the actor, the description and its country no other one."""
        t = tables(self.doc)
        named = [a for c in t.children[i] if t.deps[c] == "appos" and (a := self._token_actor.get(c)) is not None]
        return named[0] if len(named) == 1 and named[0][1] == "ORG" else None

    def entity_span(self, token):
        return self._ent_at.get(token.i)

    def register(self, name: str, type_: str, alias: str | None = None) -> None:
        name = self._merged.get(name, name)
        info = self.actors.get(name)
        if info is None:
            info = self.actors[name] = ActorInfo(name, type_)
        if alias:
            info.aliases.add(alias)

    def expand_short_names(self) -> bool:
        """ "the Dow" after "the Dow Jones Industrial Average": a one-word organisation used with "the"
        is the one longer name in the document that starts with it. True when a name was merged."""
        merged = False
        for short in sorted(self._definite):
            if self._definite[short] < self._uses[short]:
                continue  # "Apple" alone somewhere: a company's own name, not a short form
            short = self.canonical(short)
            info = self.actors.get(short)
            if info is None or info.type != "ORG" or len(short.split()) != 1:
                continue
            longer = {
                a.name
                for a in self.actors.values()
                if short in (a.name.split()[0], a.name.split()[-1])  # "the Dow", "the Post"
                and len(a.name.split()) > 1
                and a.type not in PLACE_LABELS | {"PERSON"}
                and not is_designator(a.name.split()[-1])
                and not _body_within(short, a.name)
            }
            if len(longer) == 1:
                (only,) = longer
                self.merge(short, only, keep=only)
                merged = True
        return merged

    def canonical(self, name: str) -> str:
        """The name an actor goes by after merges ("iTunes Store" renamed from "iTunes Music Store")."""
        return self._merged.get(name, name)

    def merge(self, one: str, other: str, keep: str | None = None) -> str:
        """Two names of one actor ("The store was renamed to iTunes Store"): the name the document
        uses more (the first one on a tie) stays canonical, unless ``keep`` says which; the other
        becomes its alias."""
        one, other = self.canonical(one), self.canonical(other)
        if one == other or one not in self.actors or other not in self.actors:
            return one

        def rank(name: str) -> tuple[int, int]:
            return -self._uses[name], self._first.get(name, len(self.doc))

        if keep is not None and self.canonical(keep) in (one, other):
            keep = self.canonical(keep)
            drop = other if keep == one else one
        else:
            keep, drop = sorted((one, other), key=rank)
        info = self.actors.pop(drop)
        kept = self.actors[keep]
        kept.aliases |= info.aliases | {drop}
        if kept.type == "MISC":
            kept.type = info.type  # the tagger's type of the other name beats none
        self._uses[keep] += self._uses.pop(drop, 0)
        self._first[keep] = min(self._first.get(keep, len(self.doc)), self._first.pop(drop, len(self.doc)))
        self._merged[drop] = keep
        for old, new in list(self._merged.items()):
            if new == drop:
                self._merged[old] = keep
        for i, (name, _) in list(self._token_actor.items()):
            if name == drop:
                self._token_actor[i] = (keep, kept.type)
        self._coref.rename(drop, keep)
        return keep

    # ------------------------------------------------------------------ references (see coref.py)
    def resolve_definite(self, token, sent_index: int | None = None) -> tuple[str, str] | None:
        """See :meth:`Antecedents.resolve_definite`."""
        found = self._coref.resolve_definite(token, sent_index)
        if found is not None and found[0] not in self.actors:
            self.register(*found)  # a country "the government" stands for, never named as an entity
        return found

    def resolve_title(self, token) -> str | None:
        """See :meth:`Antecedents.resolve_title`."""
        return self._coref.resolve_title(token)

    def resolve_pronoun(self, token, sent_index: int, exclude: str | None = None) -> tuple[str, str] | None:
        """See :meth:`Antecedents.resolve_pronoun`."""
        return self._coref.resolve_pronoun(token, sent_index, exclude)

    def person_told_at(self, token) -> tuple[str, str] | None:
        """See :meth:`Antecedents.person_told_at`: the person a "he" or "she" was read as."""
        name = self._coref.person_told_at(token.i)
        return (name, "PERSON") if name is not None else None

    def person_named_next(self, token, sent_index: int) -> tuple[str, str] | None:
        """See :meth:`Antecedents.person_named_next`."""
        return self._coref.person_named_next(token, sent_index)

    def person_named_after(self, token, sent_index: int) -> list[tuple[str, str]]:
        """See :meth:`Antecedents.person_named_after`."""
        return self._coref.person_named_after(token, sent_index)

    def speaker_named_later(self, token, sent_index: int) -> tuple[str, str] | None:
        """See :meth:`Antecedents.speaker_named_later`."""
        return self._coref.speaker_named_later(token, sent_index)

    def described_named_later(self, token, sent_index: int) -> tuple[str, str] | None:
        """See :meth:`Antecedents.described_named_later`."""
        return self._coref.described_named_later(token, sent_index)

    def resolve_office_holder(self, token, sent_index: int, exclude: str | None = None) -> tuple[str, str] | None:
        """See :meth:`Antecedents.resolve_office_holder`."""
        return self._coref.resolve_office_holder(token, sent_index, exclude)

    def leader_named_next(self, token, sent_index: int, owned: bool = False) -> tuple[str, str] | None:
        """See :meth:`Antecedents.leader_named_next`."""
        return self._coref.leader_named_next(token, sent_index, owned)

    def resolve_national(self, token, sent_index: int, country: str) -> tuple[str, str] | None:
        """See :meth:`Antecedents.resolve_national`."""
        return self._coref.resolve_national(token, sent_index, country)

    def resolve_described_person(self, token, sent_index: int, exclude: str | None = None) -> tuple[str, str] | None:
        """See :meth:`Antecedents.resolve_described_person`."""
        return self._coref.resolve_described_person(token, sent_index, exclude)

    def resolve_group(self, token, sent_index: int) -> list[tuple[str, str]]:
        """See :meth:`Antecedents.resolve_group`."""
        return self._coref.resolve_group(token, sent_index)

    def organisation_of(self, person: str) -> tuple[str, str] | None:
        """See :meth:`Antecedents.organisation_of`."""
        return self._coref.organisation_of(person)

    def country_of(self, person: str) -> str | None:
        """See :meth:`Antecedents.country_of`."""
        return self._coref.country_of(person)

    def gender_fits(self, name: str, pronoun) -> bool:
        """See :meth:`Antecedents.gender_fits`."""
        return self._coref.gender_fits(name, pronoun)

    def note_described(self, token, actor: tuple[str, str]) -> None:
        """See :meth:`Antecedents.note_described`."""
        self._coref.note_described(token, actor)

    def note_named_body(self, token_index: int, name: str, head: str) -> None:
        """A body told by a noun with its name beside it ("Norway's biggest bank, DNB,"): "the" and
        that noun later ("the bank") stand for the name."""
        self._coref.note_mention(token_index, name, f"{name} {head}")

    def note_person(self, sent_index: int, token_index: int, name: str, main_subject: bool = False) -> None:
        """See :meth:`Antecedents.note_person`."""
        self._coref.note_person(sent_index, token_index, name, main_subject)

    def note_thing(
        self, sent_index: int, token_index: int, name: str, main_subject: bool = False, described_topic: bool = False
    ) -> None:
        """See :meth:`Antecedents.note_thing`."""
        self._coref.note_thing(sent_index, token_index, name, main_subject, described_topic)


# A country's bodies that its adjective names ("the Philippine central bank") and "the" + the noun
# stands for later.
_COUNTRY_BODIES = frozenset({"bank", "government", "administration", "military", "army", "navy", "parliament"})

# Verbs whose subject and object are together in what happens ("Merkel met Chirac"): "the two
# leaders" after it are both.
_MEETING_VERBS = frozenset({"meet", "receive"})
# Passive verbs that tell of what someone is arranged to do ("X is scheduled to meet Y").
_ARRANGED = frozenset({"schedule", "due", "expect", "set", "slate"})


# Verbs whose subject is a side told with a score after them ("Celtic beat Hearts 2-1"), and
# "held" to a draw ("Ahly were held to a 1-1 draw with Sfaxien").
_SIDE_VERBS = frozenset(
    {"beat", "beats", "defeated", "defeats", "edged", "thrashed", "crushed", "routed", "hammered", "downed", "held"}
)


def _result_told_after(t, v: int, draw: bool) -> bool:
    """Is a score ("2-1", "2 - 1") told within eight words after the verb at ``v`` (for "held", a
    draw within six: "held to a goalless draw")?"""
    text, idx, ends = t.text, t.idx, t.ends
    end = min(len(idx), v + (7 if draw else 9))
    words = [text[idx[i] : ends[i]] for i in range(v + 1, end)]
    if draw:
        return words[:1] == ["to"] and "draw" in words
    for k in range(len(words) - 2):
        if words[k].isdigit() and len(words[k]) <= 3 and words[k + 1] in ("-", "–") and words[k + 2].isdigit():
            return True
    return any(_SCORE.fullmatch(w) for w in words)


_SCORE = re.compile(r"\d{1,3}[-–]\d{1,3}")


def _untagged_side_dep(t, v: int, c: int) -> bool:
    """Is ``c``, before the verb at ``v``, its subject, or (with no subject told) the word opening its
    clause that the parser took for an adverb ("Ahly, however, were held")?"""
    deps = t.deps
    if deps[c] in ("nsubj", "nsubjpass"):
        return True
    return (
        deps[c] == "advmod"
        and not any(deps[k] in ("nsubj", "nsubjpass") for k in t.children[v])
        and (c == 0 or t.is_punct[c - 1] or t.is_space[c - 1])
    )


def _without_opening_word(ent, lower_words: set[str]):
    """ "Elsewhere Borussia Dortmund recorded", "Champions Bayern Munich lost": the sentence's first
    word, an adverb or a common noun the text writes in lower case elsewhere, is no part of the name."""
    first = ent[0]
    if len(ent) < 2 or not first.is_sent_start or not first.is_title:
        return ent
    if first.pos_ == "ADV" or first.tag_ in ("NNS", "NNPS") and first.lower_ in lower_words:
        return Span(ent.doc, ent.start + 1, ent.end, label=ent.label_)
    return ent


# Words left at a name's end when the tagger stopped before the next name ("Bank of Ayudhya and",
# "the Jiji Press and Kyodo News agencies").
_LOOSE_ENDS = frozenset({"and", "or", "&", "of", "for", ",", "-", "--", "—", "–"})
_NAME_LABELS = frozenset({"ORG", "FAC", "PRODUCT", "GPE", "LOC", "EVENT", "WORK_OF_ART"})


def _without_loose_edges(ent):
    """A name without what the tagger glued to its edges: the lower-case words of a description
    before it ("the amphibious transport dock USS Juneau" tagged "dock USS Juneau": the ship is
    "USS Juneau"; a name's particles stay: "al-Qaeda", "de Gaulle") and a conjunction, a
    preposition or a dash it ends on ("Bank of Ayudhya and" before "Thai Military Bank"). None
    when no name is left."""
    doc = ent.doc
    start, end = ent.start, ent.end
    if ent.label_ in _NAME_LABELS:
        while (
            start < end - 1
            and doc[start].is_lower
            and doc[start].is_alpha
            and doc[start].lower_ not in NAME_PARTICLES
            and doc[start].lower_ != "the"
            and doc[start + 1].text[:1].isupper()
        ):
            start += 1
    while end > start and doc[end - 1].lower_ in _LOOSE_ENDS:
        end -= 1
    if end == start:
        return None
    if (start, end) == (ent.start, ent.end):
        return ent
    return Span(doc, start, end, label=ent.label_)


# Nouns whose "of" phrase or name modifier is a place ("the state of Maharashtra", "Kota and Panata
# islands"); "camp" is left out as a modifier ("the Bush camp" is a faction).
_PLACE_OF = PLACE_NOUNS | frozenset({"state"})
_PLACE_BEFORE = PLACE_NOUNS - frozenset({"camp", "camps", "area", "areas", "capital"})
# Prepositions after which a name is where something is, not someone ("in", "into Biaro").
_IN_PLACE = frozenset({"in", "into", "near", "across", "throughout", "outside", "inside"})


def _place_use(ent) -> str:
    """How one mention of a name tells what it is: "place" when a place noun says so ("the state of
    X", "X province"), "in" under a locative preposition, "actor" as a subject, object or
    possessor, "" otherwise."""
    t = tables(ent.doc)  # the words around the name read from the tables: no Token made for them
    heads, deps, pos, low = t.heads, t.deps, t.pos, lower_texts(t)
    tok = ent.root.i
    while deps[tok] == "conj" and heads[tok] != tok:
        tok = heads[tok]  # "Kota and Panata islands": what the first of the list is
    head, dep = heads[tok], deps[tok]
    if dep == "pobj" and low[head] == "of" and ent.start == head + 1:
        # (right after "of": "the US state of California Arnold Schwarzenegger" is not a place)
        noun = heads[head]
        if (
            pos[noun] == "NOUN"
            and (low[noun] in _PLACE_OF)
            and not any(low[c] == "member" for c in t.children[noun] if c < noun)
        ):
            return "place"  # "the state of X", not "the member states of the OSCE"
    if dep in ("compound", "nmod") and pos[head] == "NOUN" and low[head] in _PLACE_BEFORE:
        if all(pos[i] in ("PROPN", "CCONJ", "PUNCT") for i in range(ent.end, head)):
            return "place"
    if dep == "pobj" and low[head] in _IN_PLACE:
        return "in"
    if dep in ("nsubj", "nsubjpass", "dobj", "poss", "agent", "appos"):
        return "actor"
    return ""


def _told_as_place(uses: Counter, label: str, words: int) -> bool:
    """A name the tagger took for a person or an organisation that the text only ever tells as a
    place: named by a place noun ("the southern state of Tamil Nadu") at least once and a subject,
    object or possessor less often; or, for a one-word "person", found after "in"/"into" at least twice as often
    as where it could act ("refugees flowed into Biaro", "In Biaro, the lorries unloaded")."""
    if uses["place"] and uses["place"] + uses["in"] > uses["actor"]:
        return True
    # (one word only: "in Deshun Coal Mine Fields" may be a site struck, which is an actor)
    return label == "PERSON" and words == 1 and uses["in"] > 0 and uses["in"] >= 2 * uses["actor"]


# Labels the tagger gives a person's name by mistake; nouns that only a person is set beside.
# The legal forms a company's name ends with ("Telefonica SA", "Zambia Sugar Plc"), never a person's,
# a place's or a building's.
_LEGAL_FORMS = frozenset("inc inc. corp corp. ltd ltd. plc llc ag sa".split())
# Words that open or close the name of a sports club ("VfL Wolfsburg", "Borussia Dortmund",
# "Tamin Rovers", "Manchester United"); not "City", which closes town names too ("Mexico City").
_CLUB_OPENERS = frozenset(
    "fc ac as sv vfl vfb tsv fsv borussia werder eintracht real sporting dynamo dinamo spartak olympique "
    "atletico athletic".split()
)
_CLUB_CLOSERS = frozenset("fc united rovers wanderers albion hotspur athletic".split())


def _body_by_its_name(name: str, label: str) -> bool:
    """Does the name say it is a company's (its legal form) or, tagged a person or a place, a club's,
    or, tagged a place or a building, a body's by a word no place's name has ("the Asia-Pacific
    Economic Cooperation (APEC) forum" tagged a building, "ministers of the Gulf Cooperation Council"
    a place)?"""
    words = name.split()
    if len(words) > 1 and words[-1].lower() in _LEGAL_FORMS:
        return True
    if label in ("GPE", "LOC", "FAC") and len(words) > 1 and any(w.lower() in _BODY_WORDS for w in words[1:]):
        return not is_place(name) and country_name(name) is None
    return label in ("PERSON", "GPE", "LOC") and _club_name(name)


# Words that make a name of several words a body's, wherever they stand after its first word
# ("Asia-Pacific Economic Cooperation", "Organization of American States"; not "Union", "Bank",
# "Assembly" or "Hall": "Soviet Union", "West Bank", "Assembly Hall" are places).
_BODY_WORDS = frozenset(
    "cooperation organization organisation association federation committee commission council agency "
    "institute foundation corporation ministry secretariat".split()
)


def _a_place_not_a_maker(name: str, label: str, votes: Counter, legal_openers: Counter) -> bool:
    """A name of the gazetteer's places, unless it is tagged an organisation and opens one company's
    legal name of the text ("Toyota" after "Toyota Motor Corp.", "Kawasaki" after "Kawasaki Steel
    Corp.") and was never tagged a place."""
    if not is_place(name):
        return False
    return not (label == "ORG" and legal_openers[name] == 1 and not votes["GPE"] and not country_name(name))


def _body_within(short: str, longer: str) -> bool:
    """Is ``longer`` a body of its own within the one ``short`` opens it with ("the Senate" and the
    "Senate Armed Services Committee", "the Fed" and the "Fed Open Market Committee"): a committee,
    council, ministry or office of it, not another name of it ("the Dow Jones Industrial Average")?"""
    words = longer.split()
    return words[0] == short and words[-1].lower() in ORG_HEADS


def _index_of(name: str, indexes: set[str], labels: dict[str, str]) -> str | None:
    """ "The Hang Seng had risen" beside "the Hang Seng Index", "the FTSE 100" beside "the FTSE
    100 Index": a market index by its name without the word, no place nor person."""
    whole = f"{name} Index"
    if whole not in indexes or labels[name] in ("PERSON", "NORP") or labels[name] in PLACE_LABELS:
        return None
    if is_place(name) or country_name(name) is not None:
        return None
    labels[name] = labels[whole]
    return whole


def _storm_names(distinct: list[str], labels: dict[str, str]) -> dict[str, list[str]]:
    """ "Typhoon Durian", "Cyclone Baaz" tagged a person: storms, events; by their own names."""
    storms: dict[str, list[str]] = defaultdict(list)
    for name in distinct:
        if is_storm_name(name):
            labels[name] = "EVENT"
            storms[name.split()[-1]].append(name)
    return storms


def _short_for(name: str, longer: str) -> bool:
    """Is a one-word organisation name the short form of the one longer name of the text that
    goes on from it ("Samsung" for "Samsung Electronics", "Paramount" for "Paramount Pictures
    Group")? Not a place or a country ("China" is no short "China Mobile"), a common word
    ("Standard", "Pool", "Amnesty"), a word of bodies ("Group", "Central"), nor a maker beside its
    model ("Boeing" of "Boeing 787")."""
    if len(name.split()) != 1 or ACRONYM.match(name) or is_place(name) or country_name(name):
        return False
    if country_for_adjective(name) is not None or is_common_word(name.lower()) or name.lower() in GENERIC_ORG_WORDS:
        return False
    rest = longer.split()[1:]
    return bool(rest) and not any(is_designator(w) or any(c.isdigit() for c in w) for w in rest)


def _club_name(name: str) -> bool:
    """Is the name of several words a sports club's by a word that opens or closes it?"""
    words = name.split()
    return len(words) > 1 and (words[0].lower() in _CLUB_OPENERS or words[-1].lower() in _CLUB_CLOSERS)


def _name_going_on(name: str, names: list[str], labels: dict[str, str]) -> str | None:
    """ "the Pacific Summit" after "the Pacific Summit of the Forum on Arctic Shipping": the one longer
    body's or occasion's name of the text that goes on from ``name`` with its "of", "for" or "on";
    None when not one (nor for a product's)."""
    if labels[name] not in ("ORG", "EVENT"):
        return None
    going_on = [
        o
        for o in names
        if labels[o] in ("ORG", "EVENT")
        and o.startswith(name + " ")
        and o[len(name) + 1 :].split(" ", 1)[0] in ("of", "for", "on")
    ]
    return going_on[0] if len(going_on) == 1 else None


_NOT_PERSON_LABELS = frozenset({"ORG", "WORK_OF_ART", "PRODUCT", "FAC", "EVENT", "LAW"})
# person nouns a name is set beside ("X, a spokesman", "his aide, X"): a person's function or tie
_PERSON_APPOSITION = ROLE_HEADS - frozenset({"leader", "head", "chief", "general", "representative", "executive"}) | {
    "aide",
    "assistant",
}
# what a person is, before or beside a name the tagger left untagged ("weightlifter X", "X, a widow")
_PERSON_NOUNS = _PERSON_APPOSITION | PERSON_KINDS


# titles of rank a name follows ("Prince Frederik", "the Duchess of Cornwall"), no name themselves
_NOBLE_TITLES = frozenset(
    """duke duchess earl count countess baron baroness marquis marquess prince princess queen king
    emperor empress lord lady sultan emir sheikh""".split()
)
_TITLES_BEFORE_NAMES = HONORIFICS | PERSON_TITLES | _NOBLE_TITLES
# the lower-case words between the parts of a person's name
_NAME_PARTICLES = NAME_PARTICLES | {"na", "binti", "bint", "el", "dos", "das", "du"}
# words of no person's name: a body's, a place's, an occasion's, a title's ("Foreign Minister said")
_NO_PERSON_NAME_WORDS = (
    ORG_WORDS
    | PLACE_NOUNS
    | COMPANY_NOUNS
    | FACILITY_NOUNS
    | OCCASION_NAMES
    | ROLE_HEADS
    | TITLE_WORDS
    | PORTFOLIO_WORDS
    | HONORIFICS
    | PERSON_KINDS
    | _NOBLE_TITLES
    # the world's parts, which the gazetteer has not ("Miss Asia Pacific")
    | frozenset("asia africa europe america americas pacific atlantic arctic antarctica oceania caribbean".split())
)


_NAME_LINKS = frozenset({"of", "for", "and", "&"})  # words within a title or a body's name


_REGNAL = re.compile(r"(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3})")  # a monarch's number


def _no_name_after_title(doc, i: int) -> bool:
    """Is the one word after a title no name: a common word ("Miss Right") or an abbreviation
    ("Chief Supt.")?"""
    return is_common_word(doc[i].lower_) or i + 1 < len(doc) and doc[i + 1].text == "." and not doc[i].whitespace_


def _abbreviated_title(doc, i: int) -> bool:
    """Is the word a title cut short before a name ("spokesman Maj. Felix Kulayigye", "Insp. Ana
    Silva"): glued to a full stop that a capitalised proper noun follows?"""
    return (
        i + 2 < len(doc)
        and doc[i + 1].text == "."
        and not doc[i].whitespace_
        and doc[i + 2].pos_ == "PROPN"
        and doc[i + 2].is_title
    )


def _untagged_person_cue(span) -> bool:
    """Does the text tell the untagged name ``span`` as a person's: after a word for what a person
    is that hangs on it ("weightlifter Cao Lei"), beside one ("Ana Silva, a spokeswoman", "his
    widow, Ana Silva"), with an age ("Silva, 45,") or "who" after it? (Not a verb of saying: "La
    Repubblica said", "World Vision claims" are bodies'.)"""
    doc = span.doc
    t = tables(doc)
    b = span.start - 1
    if b >= 0 and t.pos[b] == "NOUN" and span.start <= t.heads[b] < span.end:
        before = doc[b]
        if before.is_lower and before.lemma_ in _PERSON_NOUNS:
            return True
    if _apposed_noun_in(span, _PERSON_NOUNS) or _told_as_who(span):
        return True
    return _age_told(span) is not None


def _person_name_ends(votes: Mapping[str, Counter]) -> set[str]:
    """The last words, one or more, of the names of several words tagged mostly as persons."""
    return {
        " ".join(words[k:])
        for n in votes
        if len(words := n.split()) > 1 and votes[n].most_common(1)[0][0] == "PERSON"
        for k in range(1, len(words))
    }


def _person_told_as_place(name: str, label: str, votes: Counter, name_ends: set[str]) -> str:
    """ "Michael Vaughan ... Vaughan lasted 32 balls", "Nabil Abu Rudeineh ... added Abu Rudeineh",
    the tagger calling the bare name a place more often than a person (a town's name, or none):
    the end of a person's name the text gives in full, told as that person at least once, is that
    person ("PERSON"), not a country's name, nationality or capital; ``label`` else."""
    if label in ("GPE", "LOC") and votes["PERSON"] and name in name_ends and _no_country_of_its_own(name):
        return "PERSON"
    return label


def _no_country_of_its_own(name: str) -> bool:
    """Is ``name`` no country's name, nationality or capital ("Jordan", "Washington" stay places)?"""
    return country_name(name) is None and country_for_adjective(name) is None and capital_country(name) is None


def _several_words_of_no_people(name: str) -> bool:
    """A name of several words none of which is a nationality ("Honore Ngbanda Nzambo"; not
    "Rwandan Hutu", "Bosnian Serbs"): no people's name."""
    words = name.split()
    return len(words) > 1 and all(country_for_adjective(w) is None for w in words)


def _beside_person_noun(ent) -> bool:
    """Is the name set in apposition with a person's function ("Aidos Sarimov, a spokesman for
    Tuyakbai", "the lawyer, Jan Smit")?"""
    return _apposed_noun_in(ent, _PERSON_APPOSITION)


def _apposed_noun_in(ent, words: frozenset[str]) -> bool:
    """Is a common noun of ``words`` set in apposition with the name, on either side of it?"""
    root = ent.root
    nouns = children_with(root, ("appos",))
    if root.dep_ == "appos":
        nouns.append(root.head)
    return any(n.pos_ == "NOUN" and n.lemma_.lower() in words and not (ent.start <= n.i < ent.end) for n in nouns)


# Nouns for a business or a side a name is set beside ("Hanbo, the country's 14th largest
# conglomerate,"): no person's (not "publisher", "broadcaster" or "giant", which a person may be).
_BODY_APPOSITION = frozenset(
    "company firm corporation conglomerate manufacturer automaker carmaker planemaker retailer airline bank "
    "insurer lender club team chain brokerage supplier distributor exporter carrier operator outfit".split()
)


_SIDE_NOUNS = frozenset({"club", "team", "outfit", "side"})


def _beside_body_noun(ent) -> bool:
    """Is the name set in apposition with a noun for a business or a side ("Hanbo, the country's
    largest conglomerate,", "the club, Kent,", "X, a clothing chain,"), or right after one ("US drug
    manufacturer Pfizer", "Italian outfit X" when the name is one word)?"""
    t = tables(ent.doc)
    b = ent.start - 1
    # (a Token made only for a noun before the name hung on it: the tables tell which)
    before = ent.doc[b] if b >= 0 and t.pos[b] == "NOUN" and ent.start <= t.heads[b] < ent.end else None
    if (
        before is not None
        and before.is_lower
        and before.pos_ == "NOUN"
        # ("side" only before the name: "on the other side, X said" is no side)
        and (before.lemma_ in _BODY_APPOSITION or before.lemma_ == "side")
        # "Greece's national team Otto Rehhagel": its coach; not "Italian outfit Lazio", one word
        and (before.lemma_ not in _SIDE_NOUNS or len(ent) == 1)
        and ent.start <= before.head.i < ent.end
    ):
        return True
    return _apposed_noun_in(ent, _BODY_APPOSITION)


# Nouns for a business a name is set beside or after that a person is never called alone, but
# may be with a word before them ("a literary giant", "a film maker", "a pop group"): a business
# only with a noun for its trade before them ("energy giant E.ON", "chemicals maker Degussa", "the
# German energy and mining group", "the official news agency INA"); not a count ("the 11-member group").
_TRADE_HEADS = frozenset("giant maker producer group concern utility agency".split())
# Trades of people, not businesses: "film maker", "policy maker", "music producer"
_PERSON_TRADES = frozenset(
    "film movie policy decision peace trouble king match play money law deal music record "
    "television tv documentary dress shoe".split()
)
# Functions of a body's officers and staff, written after its name and before a person's
# ("RAG chairman Werner Mueller", "Folli Follie vice-chairman G. Koutsolioutsos"): no person has a
# chairman, a chief executive or shareholders (unlike "Bush spokesman", "Putin aide")
_BODY_OFFICERS = frozenset(
    "chairman chairwoman chairperson ceo president director shareholder shareholders employee "
    "employees board secretary-general".split()
)


def _trade_noun(t, i: int) -> bool:
    """Is token ``i`` a lower-case noun of a business by its trade ("energy giant", "mining group",
    "chemicals maker"): a noun of _BODY_APPOSITION, or one of _TRADE_HEADS with a noun of its trade
    hung on it, not a person's trade ("film maker") nor a count ("the 11-member group")?"""
    low = lower_texts(t)
    word = low[i]
    if t.pos[i] != "NOUN" or word != t.text[t.idx[i] : t.ends[i]]:
        return False
    if word in _BODY_APPOSITION and word not in _SIDE_NOUNS:
        return True
    if word not in _TRADE_HEADS:
        return False
    trades = [c for c in t.children[i] if c < i and t.deps[c] in ("compound", "conj")]
    return any(
        t.pos[c] == "NOUN" and low[c] not in _PERSON_TRADES and t.text[t.idx[c] - 1 : t.idx[c]] != "-" for c in trades
    )


def _told_as_business(ent) -> bool:
    """Is the name told as a business's by a noun of its trade right before it ("gas giant
    Gazprom", "the official news agency INA"), set in apposition with one ("RAG, the German energy
    and mining group,", "Dell, the world's biggest personal-computer maker,"), said to be one
    ("Folli Follie is a Greek company"), or written before its officers' function ("RAG chairman
    Werner Mueller")? Only a business is so told; the tagger may call it a person or a place."""
    t = tables(ent.doc)
    n = len(t.pos)
    b = ent.start - 1
    root = ent.root.i
    head = t.heads[root]
    # hung on the name, or the name torn off it ("in chemicals maker Degussa" parsed as two phrases);
    # not "the secretary of the company Lovemore Sievu said", a person after the body's noun
    if b >= 0 and (ent.start <= t.heads[b] < ent.end or t.deps[root] == "npadvmod") and _trade_noun(t, b):
        return True
    if t.deps[root] == "appos" and head != root and _trade_noun(t, head):
        return True
    if any(t.deps[c] == "appos" and _trade_noun(t, c) for c in t.children[root]):
        return True
    if t.deps[root] == "nsubj" and lower_texts(t)[head] in ("is", "was"):
        if any(t.deps[c] == "attr" and _trade_noun(t, c) for c in t.children[head]):
            return True  # "Folli Follie is a Greek company"
    k = ent.end
    if k < n and lower_texts(t)[k] in ("vice", "vice-", "deputy"):
        k += 1
    if k < n and lower_texts(t)[k] in _BODY_OFFICERS and t.pos[k] == "NOUN":
        # "Folli Follie vice-chairman", "RAG chairman Werner Mueller" (the two hung on the person's name)
        return head == k or head == t.heads[k] and k + 1 < n and t.pos[k + 1] == "PROPN"
    return False


# Labels the tagger gives a business's name by mistake (a one-off in a text: "from Gazprom" a place)
_BUSINESS_MISTAKEN = frozenset({"PERSON", "GPE", "LOC", "NORP", "FAC", "PRODUCT", "WORK_OF_ART"})


def _a_business(doc, name: str, label: str, told: int, tagged: set[int]) -> bool:
    """Is the name, which nothing in the text tells as a person's, a business's that the tagger
    called by another label (a place of the gazetteer's, if tagged an organisation): told as one
    ``told`` times where tagged, or where the tagger left it untagged? Not a country's name."""
    if label not in _BUSINESS_MISTAKEN and not (label == "ORG" and is_place(name)):
        return False
    if country_name(name) is not None or capital_country(name) is not None or country_for_adjective(name):
        return False
    return told > 0 or _business_told_elsewhere(doc, name, tagged)


def _written_alone(text: str, name: str) -> bool:
    """Does the text write the one-word name somewhere without "'s" after it?"""
    return re.search(rf"\b{re.escape(name)}\b(?!['\u2019]s\b)", text) is not None


def _short_business_names(labels: dict[str, str], told: Counter) -> None:
    """ "in Sinovac" (tagged a place) after "the vaccine producer Sinovac Biotech" (tagged a person):
    a one-word name the tagger calls a place, none of the gazetteer's, that opens the name of a
    business the text tells as one (``told``: how often each name is told so), is that business (an
    organisation), as "Toyota" of "Toyota Motor Corp." is."""
    openers = {b.split()[0] for b, n in told.items() if n and len(b.split()) > 1 and labels[b] == "ORG"}
    if not openers:
        return
    for name, label in labels.items():
        if label in ("GPE", "LOC") and name in openers and not is_place(name) and country_name(name) is None:
            labels[name] = "ORG"


def _business_told_elsewhere(doc, name: str, tagged: set[int]) -> bool:
    """Is the name, where the tagger left it untagged ("Russian gas giant Gazprom plans ..." with
    "from Gazprom" tagged a place), told as a business's (see _told_as_business)? Its places in
    the text are found by a string search, not a walk over the words."""
    t = tables(doc)
    text, idx, ends = t.text, t.idx, t.ends
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        i = bisect.bisect_left(idx, at)
        if i < len(idx) and idx[i] == at and i not in tagged:
            j = bisect.bisect_left(ends, end, lo=i)
            if j < len(ends) and ends[j] == end and _told_as_business(doc[i : j + 1]):
                return True
        at = text.find(name, end)
    return False


# Nouns for a side's staff and players, and for its lines, that a club's name is set before
# ("Bolton boss Sam Allardyce", "the Fulham defence"); a person's name is set after them ("coach X").
_SIDE_STAFF = frozenset(
    "boss coach manager striker midfielder defender goalkeeper keeper winger skipper squad defence defense".split()
)
# Verbs of a result a side gets, told with its score ("Fulham beat Bolton 2-1", "drew 1-1 with Lille");
# "scored" needs none; and the nouns of a result ("a 2-1 win over Bolton", "a 1-0 defeat to Lille").
_RESULT_VERBS = frozenset(
    "beat defeat edge thrash crush rout hammer down overcome stun trounce whip lose draw hold win".split()
)
_RESULT_NOUNS = frozenset("win victory defeat loss draw triumph".split())


def _a_people_alone(name: str, label: str, votes: Mapping[str, Counter]) -> bool:
    """Is a name tagged a people one whose last word the tagger calls a people wherever it stands
    alone ("Hasidic Jews" beside "Jews"), not a surname it also tagged otherwise ("Honore Ngbanda"
    beside "Ngbanda" once an organisation)?"""
    return label == "NORP" and not set(votes.get(name.split()[-1], ())) - {"NORP"}


def _side_label(name: str, label: str, played: int, staffed: bool, uses: Counter, person_tokens: set[str]) -> str:
    """ "ORG" for a name the text tells as a sports side ``played`` times (``staffed``: before a noun
    for its staff, with nothing telling a person) that is a club's, whatever its label; else ``label``.
    A town's name the gazetteer
    (or the tagger) made the town, told as a side more often than as a place ("Brian McBride scored to
    earn Fulham a 2-1 win over Bolton ... Bolton boss Sam Allardyce"); a "person", a "people" or a
    "building" told with its staff ("Udinese coach Giovanni Galeone"). A country's name stays the
    country's ("France beat Spain 2-1"), a nationality a people's, a word of a person's full name
    the person's."""
    if not played or name in person_tokens or country_name(name) is not None:
        return label
    if label in ("GPE", "LOC"):
        return "ORG" if is_place(name) and played > uses["in"] + uses["place"] else label
    if label in ("PERSON", "NORP", "FAC") and staffed and country_for_adjective(name) is None:
        return "ORG"
    return label


def _told_as_side(ent) -> str:
    """How one mention tells a sports side: "staff" when the name is set before a noun for a side's
    staff or lines as its modifier ("Bolton boss Sam Allardyce", "the Fulham defence"), "result" as
    the possessor of one ("Bolton's defence") or as a side in a result told with its score ("Fulham
    beat Bolton 2-1", "a 2-1 win over Bolton", "drew 1-1 with Lille", "Bolton scored"); "" otherwise.
    Reads the name's root, its head and the words of a result only."""
    root = ent.root
    head = root.head
    dep = root.dep_
    if head.i != root.i and head.pos_ == "NOUN" and head.i >= ent.end and head.lemma_.lower() in _SIDE_STAFF:
        if dep in ("compound", "nmod"):
            return "staff"
        if dep == "poss":
            return "result"
    if dep == "pobj" and head.lower_ in ("over", "with", "to", "against", "by"):
        head = head.head
    elif dep not in ("nsubj", "dobj"):
        return ""
    lemma = head.lemma_.lower()
    if head.pos_ == "VERB" and (lemma == "score" and dep == "nsubj" or lemma in _RESULT_VERBS):
        return "result" if lemma == "score" or _result_told_after(tables(ent.doc), head.i, lemma == "hold") else ""
    if head.pos_ == "NOUN" and lemma in _RESULT_NOUNS and dep == "pobj":
        t = tables(ent.doc)
        text, idx, ends = t.text, t.idx, t.ends
        words = [text[idx[i] : ends[i]] for i in range(max(head.i - 4, 0), head.i)]
        if any(_SCORE.fullmatch(w) for w in words) or any(
            words[k].isdigit() and words[k + 1] in ("-", "–") for k in range(len(words) - 1)
        ):
            return "result"  # "a 2-1 win over Bolton", "a 1-0 defeat to Lille"
    return ""


def _told_as_who(ent) -> bool:
    """Is the name followed by a comma and "who" or "whom" ("Le Kha Phieu, who as head of the
    Interior Ministry is responsible for security")? Only a person is "who"; a body is "which"."""
    t = tables(ent.doc)  # (the two words after the name from the tables)
    end = ent.end
    return (
        end + 1 < len(t.heads)
        and t.text[t.idx[end] : t.ends[end]] == ","
        and lower_texts(t)[end + 1] in ("who", "whom")
    )


def _age_told(ent) -> int | None:
    """The age told with the name ("the 31-year-old Pichet Krungget", "Davenport, 29, said": 31,
    29), or None (-1: an age not written in figures)."""
    root = ent.root
    for c in children_with(root, ("appos", "amod")):  # (the only two looked at: no Token made for the rest)
        if c.i >= ent.start and c.i < ent.end:
            continue
        if (
            c.dep_ == "appos"
            and c.like_num
            and c.text.isdecimal()
            and 10 <= int(c.text) <= 110
            and not list(c.children)
        ):
            return int(c.text)  # "Davenport, 29,"
        if c.dep_ == "amod" and c.lower_ == "old" and c.i < ent.start:
            age = age_of_old(c)
            if age is not None:
                return age  # "the 31-year-old Pichet"
    return None


_HIS_HER = frozenset({"his", "her"})


def _owns_his_or_her(ent) -> bool:
    """Is the name the subject of a clause whose first possessive is "his" or "her", none other
    subject between ("X has confirmed his intention", "X died while coaching his team"; not "the
    court rejected its appeal")?"""
    root = ent.root
    if root.dep_ not in ("nsubj", "nsubjpass") or any_child(root, ("conj",)):
        return False
    verb = root.head
    doc = ent.doc
    t = tables(doc)
    deps, tags, text, idx, ends = t.deps, t.tags, t.text, t.idx, t.ends  # no Token per word
    for i in range(ent.end, min(verb.right_edge.i + 1, len(doc))):
        if deps[i] in ("nsubj", "nsubjpass") or text[idx[i] : ends[i]] in ('"', "“", "”"):
            return False  # another subject, or a quotation, before any possessive
        if tags[i] == "PRP$":
            return doc[i].lower_ in _HIS_HER
    return False


def _after_person_noun(ent) -> bool:
    """Is the name written right after a person's function in lower case that it is the name of
    ("PS spokesman Stephane Le Foll said", "former Serbian national player Nikola Jokanovic")?"""
    if ent.start == 0:
        return False
    t = tables(ent.doc)
    b = ent.start - 1
    if t.pos[b] != "NOUN" or not ent.start <= t.heads[b] < ent.end:
        return False  # (from the tables: a Token made only for a noun hung on the name)
    before = ent.doc[b]
    return before.is_lower and (before.lemma_ in _PERSON_APPOSITION or before.lemma_ in _PERSON_WORK)


_PERSON_WORK = frozenset("player coach striker goalkeeper midfielder defender captain".split())


def _after_title(ent) -> bool:
    """Is the name written right after a person's title that hangs on it ("Prime Minister
    Koirala", "Mr Callaghan", "President Thabo Mbeki")? Only a person is so titled (the tagger
    may call them a place)."""
    if ent.start == 0:
        return False
    t = tables(ent.doc)  # (from the tables: a Token made only for a title hung on the name)
    if ent.end < len(t.pos) and t.pos[ent.end] == "PROPN":
        return False  # "Prime Minister Kengo wa Dondo": the tag holds a part of the name only
    b = ent.start - 1
    low = lower_texts(t)[b].rstrip(".")
    if (low not in PERSON_TITLES and low not in HONORIFICS) or not ent.start <= t.heads[b] < ent.end:
        return False
    return ent.doc[b].is_title


# Words for a paper or a broadcaster, which the name after them is the name of ("the weekly Der Spiegel").
_PRESS_WORDS = frozenset("newspaper paper daily weekly magazine tabloid journal broadcaster newswire".split())


def _after_press_noun(ent) -> bool:
    """Is the name written right after a lower-case word for a paper or a broadcaster ("the
    government weekly Akhbar al-Yom", "the daily Kompas reported")? Such a name is the paper's."""
    if ent.start == 0:
        return False
    if lower_texts(tables(ent.doc))[ent.start - 1] not in _PRESS_WORDS | {"party"}:
        return False  # (from the tables: a Token made only for a word for the press)
    return ent.doc[ent.start - 1].is_lower


def _before_press_noun(ent) -> bool:
    """Is the name written right before a lower-case word for a paper, a broadcaster or a party
    that it hangs on ("the Tribune newspaper", "Fraternite Matin newspaper said", "the Golkar
    party")? The name is the paper's or the party's. (Not a plural: "the Murdoch newspapers" are
    a man's.)"""
    t = tables(ent.doc)
    end = ent.end
    if end >= len(t.heads) or lower_texts(t)[end] not in _NAMED_BODY_WORDS or t.heads[ent.root.i] != end:
        return False  # (from the tables: a Token made only for a word for the press hung on)
    return ent.doc[end].is_lower


_NAMED_BODY_WORDS = (_PRESS_WORDS - {"paper"}) | {"party"}
# Labels the tagger gives a paper's or a party's name ("the daily Le Figaro" a building)
_PRESS_MISTAKEN = frozenset({"PERSON", "FAC", "WORK_OF_ART", "PRODUCT"})


def _owns_their_or_its(ent) -> bool:
    """Is the first possessive after the name, in the clause it is the subject or object of, with no
    other noun between them, "their" or "its" ("guided Urawa Reds to their first title", "the Pumas
    won their third title"): a team or a body, no one person?"""
    root = ent.root
    if root.dep_ not in ("nsubj", "nsubjpass", "dobj") or any_child(root, ("conj", "appos")):
        return False
    verb = root.head
    doc = ent.doc
    t = tables(doc)
    pos, tags, text, idx, ends = t.pos, t.tags, t.text, t.idx, t.ends  # no Token per word
    for i in range(ent.end, min(verb.right_edge.i + 1, len(doc))):
        if tags[i] == "PRP$":
            return doc[i].lower_ in ("their", "its")
        if pos[i] in ("NOUN", "PROPN", "PRON") or text[idx[i] : ends[i]] in ('"', "“", "”"):
            return False
    return False


def _companions(tok) -> list:
    """Who a subject is told to be accompanied by ("Wen Jiabao, accompanied by Manmohan Singh,
    visited the temple"): the agent of an "accompanied" participle set after it."""
    doc = tok.doc
    t = tables(doc)  # the children by the tables: a Token made only for a clause on the subject
    deps, children = t.deps, t.children
    return [
        doc[p]
        for c in children[tok.i]
        if deps[c] == "acl" and doc[c].lemma_.lower() == "accompany"
        for a in children[c]
        if deps[a] == "agent"
        for p in children[a]
        if deps[p] == "pobj"
    ]


# Nouns of a meeting with someone ("during talks with Y"), and the prepositions that set it beside
# what its subject does; not an interview, given to the press ("said in an interview with Reuters").
_MET_NOUNS = frozenset("meeting talks talk summit discussion discussions negotiation negotiations".split())
_MET_PREPS = frozenset({"during", "in", "at", "after", "following"})


def _met_beside(verb) -> list:
    """Whom a clause's subject is told to meet beside what it does: "X said this when meeting with
    Y", "X reiterated his support after holding talks with Y", "X said during a meeting with Y"
    (a meeting clause with no subject of its own, or a meeting noun after a preposition)."""
    out = []
    for c in verb.children:
        if c.dep_ == "advcl" and c.tag_ == "VBG" and not any(s.dep_.startswith("nsubj") for s in c.children):
            if c.lemma_.lower() in _MEETING_VERBS:
                out += children_with(c, ("dobj",))
            heads = [c] + [d for d in children_with(c, ("dobj",)) if d.lemma_.lower() in _MET_NOUNS]
        elif c.dep_ == "prep" and c.lower_ in _MET_PREPS:
            heads = [n for n in children_with(c, ("pobj",)) if n.lemma_.lower() in _MET_NOUNS]
        else:
            continue
        for head in heads:
            for prep in children_with(head, ("prep",)):
                if prep.lower_ == "with":
                    out += _with_objects(prep)
    return out


def _with_objects(prep) -> list:
    """What "with" joins: its object, also when the parser made "visiting" a verb ("talks with
    visiting U.S. President George W. Bush": Bush is the object of "visiting")."""
    out = []
    for p in prep.children:
        if p.dep_ == "pobj":
            out.append(p)
        elif p.dep_ == "pcomp" and p.tag_ == "VBG":
            out += children_with(p, ("dobj",))
    return out


def _named_before(name: str, persons: list[str], first_at: Mapping[str, int], at: int) -> str | None:
    """The one fuller person name containing ``name`` that the text gives before ``at``."""
    words = name.split()
    before = {
        p for p in persons if len(p.split()) > len(words) and contains_words(p.split(), words) and first_at[p] < at
    }
    return before.pop() if len(before) == 1 else None


def _middle_name_of(name: str, person: str) -> bool:
    """Is the one word ``name`` a middle word of the person's name of three words or more, the one
    the story calls them by ("Ngbanda" of "Honore Ngbanda Nzambo", "Hasina" of "Sheikh Hasina Wajed")?"""
    return name in person.split()[1:-1] and len(person.split()) > 2


def _one_middle_name_of(name: str, persons: list[str]) -> str | None:
    """The one person a lone word is a middle name of, when it ends no person's name."""
    if " " in name or any(p != name and contains_words(p.split(), [name]) for p in persons):
        return None
    owners = [p for p in persons if _middle_name_of(name, p)]
    return owners[0] if len(owners) == 1 else None


def _full_person_name(name: str, persons: list[str], uses: Counter) -> str | None:
    """The one fuller person name ``name`` is part of ("Putin" of "Vladimir Putin"), or None."""
    words = name.split()
    longer = {p for p in persons if p != name and len(p.split()) > len(words) and contains_words(p.split(), words)}
    longer = {p for p in longer if not any(q != p and contains_words(q.split(), p.split()) for q in longer)}
    if len(longer) > 1:
        # "Steve" with Steve Jobs all through the story and Steve Ballmer once: the one the
        # document is about, when it is named at least twice as often as any other
        weight = {p: sum(uses[n] for n in persons if contains_words(p.split(), n.split())) for p in longer}
        ranked = sorted(longer, key=lambda p: -weight[p])
        if weight[ranked[0]] >= 2 * weight[ranked[1]]:
            longer = {ranked[0]}
    return longer.pop() if len(longer) == 1 else None


_CLIPPED_ENDINGS = frozenset("aeio")


def _clipped_names(canon: dict[str, str], distinct: list[str], labels: dict[str, str]) -> None:
    """ "Juve" (tagged a person) after "Juventus", "Barca" after "Barcelona": a name no other rule
    gave a canonical name is the club's or the company's it is written short for (see
    :func:`_clipped_from`), of that one's type."""
    for name in distinct:
        if canon.get(name) == name:
            canon[name] = _clipped_from(name, distinct, labels) or name


def _clipped_from(name: str, distinct: list[str], labels: dict[str, str]) -> str | None:
    """The one other one-word name of the text, an organisation's or a place's (a city standing for
    its club), that ``name`` is written short for: its first four letters or more, with at most a
    vowel after them ("Juve" for "Juventus", "Barca" for "Barcelona", "Citi" for "Citigroup"), two
    letters or more shorter; ``labels`` then gives ``name`` that name's label. News clips a club's
    or a company's name so; a country is no clipped name of another ("Niger" beside "Nigeria"), nor
    is a person's name ("Ronaldo", "Ronaldinho"), nor a surname of a person of the text."""
    if len(name) < 4 or " " in name or not name.isalpha() or not name[0].isupper() or name.isupper():
        return None
    if country_name(name) is not None or labels.get(name) == "NORP":
        return None
    if any(name in other.split()[1:] for other in distinct if labels[other] == "PERSON"):
        return None
    low = name.lower()
    stem = low[:-1] if len(low) >= 5 and low[-1] in _CLIPPED_ENDINGS else None
    found = [
        other
        for other in distinct
        if other.isalpha()
        and labels[other] in ("ORG", "GPE")
        and len(other) - len(name) >= 2
        and (other.lower().startswith(low) or stem is not None and other.lower().startswith(stem))
        and country_name(other) is None
    ]
    if len(found) != 1:
        return None
    labels[name] = labels[found[0]]
    return found[0]


def _spelt_alike(name: str, persons: list[str], uses: Counter) -> str | None:
    """The person ``name`` misspells: "Aung Sang Suu Kyi" after "Aung San Suu Kyi" twice. Names
    of as many words, all the same but one a letter off (of three letters or more; in names of two
    words, of six or more: "Mohammad Khatami" and "Mohammed Khatami"); the spelling used
    more often (at a tie: the first) is the name; in names of two words only the given name may
    be off, as a family name's other form ("Petrov", "Petrova") is another person."""
    words = name.split()
    if len(words) < 2:
        return None
    alike = [p for p in persons if p != name and _one_letter_off(words, p.split())]
    if not alike:
        return None
    order = {p: i for i, p in enumerate(persons)}
    best = min([name, *alike], key=lambda p: (-uses[p], order.get(p, len(persons))))
    return best if best != name else None


def _one_letter_off(words: list[str], other: list[str]) -> bool:
    if len(other) != len(words):
        return False
    odd = [(a, b) for a, b in zip(words, other, strict=True) if a != b]
    if len(odd) != 1:
        return False
    a, b = odd[0]
    shortest = min(len(a), len(b))
    if len(words) == 2 and (shortest < 6 or a != words[0]):
        return False  # "Ivan Petrov" and "Ivan Petrova": a family name's other form, another person
    if shortest < 3 or not a[:1].isupper() or a[:1] != b[:1]:
        return False
    return Levenshtein.distance(a, b) == 1
