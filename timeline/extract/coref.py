"""Coreference within one document: who a pronoun, a title or a definite noun stands for.

Only unambiguous references are resolved: exactly one candidate in sight, else none.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping
from typing import Any, Protocol

from timeline.extract.attribution import doc_quote_mask, is_speech
from timeline.extract.clauses import lowered, verb_hung_on_its_subject
from timeline.extract.gazetteer import country_for_adjective, country_name
from timeline.extract.lexicon import (
    COMPANY_NOUNS,
    CORP_SUFFIXES,
    CRAFT_NOUNS,
    DETERMINERS,
    FACILITY_NOUNS,
    HONORIFICS,
    NEW_REFERENT,
    ORG_HEADS,
    PEOPLE_NOUNS,
    PERSON_PRONOUNS,
    PERSON_TITLES,
    PLACE_LABELS,
    PLACE_NOUNS,
    PORTFOLIO_WORDS,
    ROLE_HEADS,
    THING_PRONOUNS,
    TITLE_WORDS,
)
from timeline.extract.names import name_head
from timeline.extract.triggers import time_taken_to
from timeline.nlp.doctables import (
    any_child,
    children_with,
    first_child,
    lower_texts,
    sentence_bounds,
    sentence_of,
    tables,
)
from timeline.temporal.lexicon import SMALL_NUMBERS

PRONOUN_REACH = 3  # sentences a pronoun looks back for its antecedent
_QUOTATION_REACH = 4  # sentences of a quotation "he" looks past to the one speaking it, besides
# Nouns for a business, which names with "Inc.", "Plc" or "Corp." are ("the company", "the firm").
BUSINESS_NOUNS = frozenset({"company", "firm", "corporation", "conglomerate", "manufacturer", "maker", "group"})

# Role words that name a person by a tie to someone else ("his Turkish counterpart"): the person
# within one sentence, never a title another article's person could be told by.
_RELATIONAL = frozenset({"counterpart"})


class _Actor(Protocol):
    type: str
    aliases: set[str]


class Antecedents:
    """What the references of one document can point at, filled while its entities are read.

    ``actors`` (canonical name -> actor) and ``token_actor`` (token index -> (name, type)) are the
    resolver's own tables, shared, not copied: a merge of two names is seen here at once.
    """

    def __init__(self, actors: Mapping[str, _Actor], token_actor: Mapping[int, tuple[str, str]]):
        self.actors = actors
        self._token_actor = token_actor
        self._titles: dict[str, set[str]] = defaultdict(set)  # "russian president" -> {"Vladimir Putin"}
        self._title_heads: dict[str, set[str]] = defaultdict(set)  # "president" -> {"Vladimir Putin"}
        self._persons_by_sent: dict[int, list[tuple[int, str]]] = defaultdict(list)
        self._things_by_sent: dict[int, list[tuple[int, str]]] = defaultdict(list)
        self._mentions: list[tuple[int, str, str]] = []  # (token, canonical name, last word) for "the store"
        self._main_subjects: dict[int, set[str]] = defaultdict(set)  # sentence -> subjects of its main verb
        self._subjects: dict[int, set[str]] = defaultdict(set)  # sentence -> subjects of any of its verbs
        self._main_objects: dict[int, set[str]] = defaultdict(set)  # sentence -> objects of its main verb
        # sentence -> bodies a description ("the group") told as the subject of its main verb
        self._described_topics: dict[int, set[str]] = defaultdict(set)
        self._described: list[tuple[int, str, tuple[str, str]]] = []  # (token, noun, actor): "the IOBE report"
        # (name's first token, noun's token, noun, the description's words, name) of each name the
        # text itself tells by a common noun: "Emma Maersk, the world's largest ship", "the Danish
        # ship Emma Maersk", "J-League club Urawa Reds": "the ship", "the club" later
        self._told_as: list[tuple[int, int, str, frozenset[str], str]] = []
        # sentence -> (token, named actors told together ("X and Y"), whether they are its subject)
        self._groups: dict[int, list[tuple[int, list[tuple[str, str]], bool]]] = defaultdict(list)
        self._genders: dict[str, set[str]] = defaultdict(set)  # person -> "m"/"f" the text gives them
        self._countries: list[tuple[int, str]] = []  # (token, country) named or told by its adjective
        self._towns: list[tuple[int, str]] = []  # (token, canonical name) of the places named but countries
        self._person_ents: list[tuple[Any, str]] = []  # (entity, canonical name) of the persons named
        # organisation -> (title head, person): "OPEC president Sheikh Ahmad" -> ("president", ...)
        self._org_titles: dict[str, set[tuple[str, str]]] = defaultdict(set)
        self._ages: dict[str, set[int]] = defaultdict(set)  # person -> the ages the text gives them
        self._unnamed_by_age: set[int] = set()  # sentences of a person told by an age no one named has
        self._memo: dict[str, Any] = {}  # what is read once per document
        self._group_words: list[tuple[int, int, str]] = []  # (sentence, token, person) of "Tiger rebels"
        self._told_as_person: set[str] = set()  # persons named other than before "rebels"
        # (words, head, person) of each title a person is named with, as written ("Opposition
        # Labor Party leader Shimon Peres": {"opposition", "labor", "party", "leader"}, "leader")
        self._written_titles: list[tuple[frozenset[str], str, str]] = []
        # (words, head, person, token) of each noun a person is named with, an office or not, as
        # written ("Opposition Labor Party leader X": {"opposition", "labor", "party", "leader"},
        # "leader"; "X, a British tourist,": {"british", "tourist"}, "tourist")
        self._named_as: list[tuple[frozenset[str], str, str, int]] = []

    def note_entity(self, ent, name: str, cname: str, ctype: str, sent_index: int) -> None:
        """An actor entity of sentence ``sent_index``, ``name`` as written, ``cname`` canonical."""
        if ctype not in PLACE_LABELS and len(name.split()) > 1:
            self.note_mention(ent.start, cname, name)
        elif ctype in ("FAC", "LOC"):
            site = _site_noun(ent)
            if site is not None:  # "the temple" after "the Grand Xiangguo Temple"
                self._mentions.append((ent.start, cname, site))
        if ctype == "GPE" and country_name(cname) is None:
            self._towns.append((ent.start, cname))  # "the city" after "Boston"
        si = sent_index
        root = ent.root  # (found anew on each access)
        self._note_told_as(ent, root, cname)
        named_root = _root_name_of_its_verb(root)  # (asked once for both tests below)
        if root.dep_ in ("nsubj", "nsubjpass") or named_root:
            self._subjects[si].add(cname)
        if root.head.dep_ == "ROOT" and root.dep_ in ("nsubj", "nsubjpass") or named_root:
            self._main_subjects[si].add(cname)
        elif ctype == "PERSON" and _owns_the_main_subject(root):
            self._main_subjects[si].add(cname)  # "Williams's sermon comes after a visit to ...": his
        elif root.head.dep_ == "ROOT" and root.dep_ in ("dobj", "dative", "attr", "agent"):
            self._main_objects[si].add(cname)
        elif root.dep_ == "pobj" and root.head.head.dep_ == "ROOT":
            self._main_objects[si].add(cname)  # "met with Putin", "sued by Samsung"
        if ctype == "PERSON":
            if _group_word(ent):  # "suspected Tiger rebels": who they are, maybe no one "he" stands for
                self._group_words.append((si, ent.start, cname))
            else:
                self._persons_by_sent[si].append((ent.start, cname))
                self._told_as_person.add(cname)
            self.learn_title(ent, cname, si)
            self._person_ents.append((ent, cname))
        elif ctype in ("ORG", "PRODUCT"):
            self._things_by_sent[si].append((ent.start, cname))
            held = _occasion_after(ent) if ctype == "ORG" else None
            if held is not None:  # "the SAARC Summit": "the summit" later is that body's
                self._described.append((held.i, held.lower_, (cname, ctype)))

    def note_mention(self, token_index: int, cname: str, name: str) -> None:
        """A name of several words that "the" and its head word may stand for later: "the bridge"
        after "the Oresund bridge", "the bank" after "the Bank of Thailand"."""
        words = name.split()
        for head in dict.fromkeys((words[-1].lower(), name_head(words).lower())):
            self._mentions.append((token_index, cname, head))

    def rename(self, drop: str, keep: str) -> None:
        """``drop`` was merged into ``keep``: every reference to it now points at ``keep``."""
        for pool in (self._persons_by_sent, self._things_by_sent):
            for entries in pool.values():
                entries[:] = [(i, keep if n == drop else n) for i, n in entries]
        self._mentions = [(i, keep if n == drop else n, last) for i, n, last in self._mentions]
        for main in (
            self._main_subjects,
            self._main_objects,
            self._subjects,
            self._described_topics,
            self._titles,
            self._title_heads,
        ):
            for names in main.values():
                if drop in names:
                    names.discard(drop)
                    names.add(keep)
        if drop in self._ages:
            self._ages[keep] |= self._ages.pop(drop)
        if drop in self._genders:
            self._genders[keep] |= self._genders.pop(drop)
        if drop in self._told_as_person:
            self._told_as_person.discard(drop)
            self._told_as_person.add(keep)
        self._group_words = [(si, i, keep if n == drop else n) for si, i, n in self._group_words]
        self._person_ents = [(ent, keep if n == drop else n) for ent, n in self._person_ents]
        self._written_titles = [(words, head, keep if n == drop else n) for words, head, n in self._written_titles]
        self._named_as = [(words, head, keep if n == drop else n, i) for words, head, n, i in self._named_as]
        self._towns = [(i, keep if n == drop else n) for i, n in self._towns]
        self._countries = [(i, keep if n == drop else n) for i, n in self._countries]
        self._described = [(i, noun, (keep, a[1]) if a[0] == drop else a) for i, noun, a in self._described]
        self._told_as = [(i, j, noun, words, keep if n == drop else n) for i, j, noun, words, n in self._told_as]
        for org, titled in self._org_titles.items():
            self._org_titles[org] = {(head, keep if n == drop else n) for head, n in titled}
        for told in self._groups.values():
            told[:] = [(i, [(keep if n == drop else n, t) for n, t in group], subj) for i, group, subj in told]

    def learn_title(self, ent, cname: str, sent_index: int | None = None) -> None:
        """The titles a person entity is written with ("Russian President Vladimir Putin", "Steve
        Jobs, the Apple Chief Executive Officer,") refer to them from then on."""
        tb = tables(ent.doc)
        low = lower_texts(tb)  # (the words' lower case from the tables: a Token for a title word only)
        inside = [i for i in range(ent.start, ent.end - 1) if low[i] in ROLE_HEADS]
        if inside:  # "Nepali King Gyanendra" tagged whole: "the King" is him too
            head = ent.doc[inside[-1]]
            self._learn(_title_key([t for t in ent if t.i <= head.i and t.is_alpha]), head.lower_, cname)
        root = ent.root
        # the title's words hang on the name, on its last word or another ("Cuban Foreign Minister
        # Felipe Perez Roque": the parser hangs "Minister" on "Perez")
        words = [
            ent.doc[i]
            for i in range(sentence_bounds(ent)[0], ent.start)
            if tb.deps[i] in ("compound", "amod", "nmod") and ent.start <= tb.heads[i] < ent.end
        ]
        title_tokens: list[Any] = []
        for w in words:
            title_tokens.extend(t for t in w.subtree if t.i < ent.start)
        if root.dep_ == "appos" and (
            root.head.pos_ == "NOUN" or root.head.pos_ == "PROPN" and root.head.lower_ in ROLE_HEADS
        ):
            # "the Danish envoy, Lars Moe,"; "British Ambassador to Lebanon James Watt" (the parser
            # sets the name beside the capitalised title)
            head = root.head
            title_tokens = [t for t in head.subtree if t.i <= head.i and t.i < ent.start or t.i == head.i]
        for t in root.children:
            # "Steve Jobs, the Apple Chief Executive Officer,": a capitalised title counts too
            if t.dep_ == "appos" and (t.pos_ == "NOUN" or t.pos_ == "PROPN" and t.lower_ in ROLE_HEADS):
                title_tokens = [c for c in t.subtree if c.i <= t.i]
        if not title_tokens:
            title_tokens = _title_hung_elsewhere(ent)
        # (the words' letters, lower case and part of speech read from the tables, not the Tokens)
        alpha, pos, text, idx, ends = tb.is_alpha, tb.pos, tb.text, tb.idx, tb.ends
        title_tokens = [t for t in title_tokens if alpha[t.i] or "." in text[idx[t.i] : ends[t.i]]]
        written = frozenset(low[t.i] for t in title_tokens if alpha[t.i] and low[t.i] not in DETERMINERS)
        title_tokens = [
            t
            for t in title_tokens
            if low[t.i] not in DETERMINERS
            and pos[t.i] != "PROPN"
            or (low[t.i] in ROLE_HEADS or low[t.i] in TITLE_WORDS)
        ]
        roles = [n for n, t in enumerate(title_tokens) if low[t.i] in ROLE_HEADS]
        if roles and roles[-1] + 1 < len(title_tokens) and pos[title_tokens[roles[-1] + 1].i] == "ADP":
            title_tokens = title_tokens[: roles[-1] + 1]  # "Danish Ambassador [to Chile] Lars Moe"
        if not title_tokens:
            return
        head = title_tokens[-1]
        if pos[head.i] == "NOUN" or low[head.i] in ROLE_HEADS:
            # (every noun a person is named with, an office or not: "John Smith, a British tourist,",
            # "the man, Fong Weng,"; what a lead's unnamed "a man" may be told by, later)
            self._named_as.append((written, head.lemma_.lower(), cname, ent.start))
        if _office_to_hold(title_tokens):
            # "German chancellor-designate Angela Merkel": an office still to be taken, no title
            # "the chancellor" stands for yet; but "her government" is Germany's
            self._written_titles.append((written, title_tokens[-2].lemma_.lower(), cname))
            return
        if head.lower_ not in ROLE_HEADS and head.lemma_.lower() not in ROLE_HEADS:
            return
        self._learn(_title_key(title_tokens), head.lemma_.lower(), cname)
        self._written_titles.append((written, head.lemma_.lower(), cname))
        if head.lower_ in _RELATIONAL:
            self._learn_counterpart(ent, title_tokens, cname, sent_index)
        words = [t for t in title_tokens if t.pos_ not in ("PRON", "DET") and t.is_alpha]
        if (
            len(words) > 1
            and any(t.text[:1].isupper() for t in words)
            and cname in self.actors
            and head.lower_ not in _RELATIONAL
        ):
            # "Russian President": kept with the person, so that another article's "the Russian
            # president" can be told to be him (timeline.merge.actors links titles within a time)
            self.actors[cname].aliases.add(" ".join(t.text for t in words))

    def _learn_counterpart(self, ent, title_tokens, cname: str, sent_index: int | None = None) -> None:
        """ "French President Jacques Chirac met his Chinese counterpart Hu Jintao": the counterpart
        holds the office of the one person named before him in the sentence, of the country his own
        title says ("the Chinese president" is Hu); not the bare office ("the president" is Chirac
        still), nor one that person held once. With no one named before him in the sentence ("He
        met his Chinese counterpart Hu Jintao"), the one "his" or "her" stands for."""
        head = title_tokens[-1]
        mods = [t for m in head.lefts if m.dep_ in ("amod", "compound", "nmod") for t in m.subtree]
        countries = [country_for_adjective(t.text) for t in mods]
        if not countries or None in countries:
            return  # "his Chinese counterpart", "her Greek Cypriot counterpart"; not "his new counterpart"
        words = [c.lower() for c in countries if c is not None]
        sent = sentence_of(ent)
        before = {n for told in self._persons_by_sent.values() for i, n in told if sent.start <= i < title_tokens[0].i}
        if not before - {cname} and sent_index is not None:
            owner = next((t for t in head.lefts if t.dep_ == "poss" and t.lower_ in ("his", "her")), None)
            found = self.resolve_pronoun(owner, sent_index, exclude=cname) if owner is not None else None
            if found is not None and found[1] == "PERSON":
                before = {found[0]}
        if len(before - {cname}) != 1:
            return
        (other,) = before - {cname}
        for key, names in list(self._titles.items()):
            office = [w for w in key.split() if country_name(w) is None]
            if other not in names or not office or set(office) & (_PAST_WORDS | _RELATIONAL):
                continue
            self._titles[" ".join(words + office)].add(cname)

    def _learn(self, key: str, head: str, cname: str) -> None:
        """A title (``key``, its head word ``head``) that refers to ``cname``; a prime minister is
        "the premier" too, and a premier "the prime minister"."""
        self._titles[key].add(cname)
        words = key.split()
        if len(words) < 2 or words[-2] not in _OTHER_OFFICES:
            # a vice president is no "president": "the deposed president" after "former vice
            # president Taha Yassin Ramadan" is not him; a prime minister is no "minister"
            self._title_heads[head].add(cname)
        if head in ("king", "queen", "emir", "sultan"):
            self._title_heads["monarch"].add(cname)  # "King Gyanendra ... The monarch will"
        if head == "pope":
            self._title_heads["pontiff"].add(cname)  # "Pope Benedict XVI ... The pontiff said"
        for office in _LEADING_OFFICES:
            if key.endswith(" " + office):
                # "the French leader" after "French President Jacques Chirac" (when the text names
                # one French head of state or government: two make it ambiguous)
                self._titles[key[: len(key) - len(office)] + "leader"].add(cname)
        for one, other in (("prime minister", "premier"), ("premier", "prime minister")):
            if key == one or key.endswith(" " + one):
                self._titles[key[: len(key) - len(one)] + other].add(cname)
                if other == "premier":
                    self._title_heads["premier"].add(cname)

    def settle_group_words(self) -> None:
        """Once every name of the document is read: a person named before "rebels" or "fighters"
        ("Kabila rebels") who is named elsewhere by themselves ("Kabila said") is someone "he" may
        stand for there too; one only ever named so ("Tamil Tiger rebels") is no one's name."""
        for si, start, cname in self._group_words:
            if cname in self._told_as_person:
                self._persons_by_sent[si].append((start, cname))
                self._persons_by_sent[si].sort()

    def learn_org_titles(self) -> None:
        """The organisation a person's title names ("OPEC president Sheikh Ahmad", "IAEA chief
        Mohamed ElBaradei", "Jeffrey Katzenberg, chief executive of DreamWorks Animation"), read once
        every name of the document is known: "the OPEC chief" is that person."""
        for ent, cname in self._person_ents:
            doc = ent.doc
            start, end = sentence_bounds(ent)
            heads: list[str] = []
            orgs: list[str] = []
            j = ent.start - 1
            while j >= start:  # the title before the name
                t = doc[j]
                hit = self._token_actor.get(j)
                if hit is not None and hit[1] == "ORG" and not heads:
                    break  # "OPEC Sheikh Ahmad": no title between
                if hit is not None and hit[1] == "ORG":
                    orgs.append(hit[0])
                elif t.lower_ in ROLE_HEADS and t.is_alpha:
                    if orgs:
                        break
                    heads.append(t.lemma_.lower())
                elif not (t.lower_ in TITLE_WORDS or t.text == "-"):
                    break
                j -= 1
            if not orgs and ent.end < end and doc[ent.end].text == ",":
                # "Sheikh Ahmad, Kuwait's energy minister and also current OPEC president,", "Jeffrey
                # Katzenberg, chief executive of DreamWorks Animation": the aside up to its comma
                k = ent.end + 1
                aside: list[Any] = []
                while k < end and doc[k].text not in (",", ";", "(", ")") and len(aside) < 12:
                    aside.append(doc[k])
                    k += 1
                heads, orgs = self._titles_in_aside(aside)
            if heads and len(set(orgs)) == 1:
                self._org_titles[orgs[0]].add((heads[0], cname))

    def organisation_of(self, person: str) -> tuple[str, str] | None:
        """The one organisation the text titles ``person`` with ("IAEA chief Mohamed ElBaradei",
        "X, chief executive of DreamWorks Animation"), or None."""
        orgs = {org for org, titled in self._org_titles.items() if any(name == person for _, name in titled)}
        if len(orgs) != 1:
            return None
        (org,) = orgs
        return org, self.actors[org].type if org in self.actors else "ORG"

    def country_of(self, person: str) -> str | None:
        """The one country a government office the text titles ``person`` with is of ("Chinese
        Premier Wen Jiabao", "U.S. Trade Representative Rob Portman"), or None."""
        countries = set()
        for words, head, name in self._written_titles:
            if name != person or head not in _STATE_OFFICES or words & _PAST_WORDS or words & _SECOND_OFFICES:
                continue
            countries |= _countries_written(words)
        return countries.pop() if len(countries) == 1 else None

    def _titles_in_aside(self, aside) -> tuple[list[str], list[str]]:
        """The (title heads, organisations) an aside beside a name pairs: "current OPEC president",
        "chief executive of DreamWorks Animation"; nothing when it pairs none or several."""
        pairs = []
        for n, t in enumerate(aside):
            if t.lower_ not in ROLE_HEADS or not t.is_alpha:
                continue
            m = n - 1
            while m >= 0 and aside[m].lower_ in TITLE_WORDS | PORTFOLIO_WORDS and not self._token_actor.get(aside[m].i):
                m -= 1
            before = self._token_actor.get(aside[m].i) if m >= 0 else None
            if before is not None and before[1] == "ORG":
                pairs.append((t.lemma_.lower(), before[0]))  # "OPEC president"
                continue
            m = n + 1
            if m < len(aside) and aside[m].lower_ in ("of", "for"):
                m += 1 + (m + 1 < len(aside) and aside[m + 1].lower_ == "the")
                after = self._token_actor.get(aside[m].i) if m < len(aside) else None
                if after is not None and after[1] == "ORG":
                    after = self._body_of_phrase(aside[n + 1], aside[m], after)
                if after is not None and after[1] == "ORG":
                    pairs.append((t.lemma_.lower(), after[0]))  # "chief executive of DreamWorks", "spokesman for"
        if len(pairs) != 1:
            return [], []
        return [pairs[0][0]], [pairs[0][1]]

    def _body_of_phrase(self, prep, first, found: tuple[str, str]) -> tuple[str, str] | None:
        """The body a title's "of"/"for" phrase names: the noun phrase the preposition governs, by
        its head's own name ("chairman of the UN-mandated Kimberley Process Certification Scheme":
        the scheme), not a name that only premodifies a head with a name of its own ("spokesman of
        the SPLA rebel Bahrel Ghazal group": the group, a faction told by the body it broke from, is
        no SPLA; None, no body named). A name premodifying a head named by nothing else is its owner
        ("a spokesman of the Hamas military wing"), as a possessive name is ("president of Compaq's
        North America division"); a place before a part's head says where it works ("the UN Asia
        office"), a place before a body's head is its name ("the Front breakaway Torvan Hills group")."""
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is None or obj.i <= first.i:
            return found
        own = self._token_actor.get(obj.i)
        if own is not None:
            return own if own[1] == "ORG" else None
        doc = first.doc
        if first.dep_ == "poss" or first.i + 1 < len(doc) and doc[first.i + 1].dep_ == "case":
            return found
        for mod in obj.lefts:
            if mod.i > first.i and mod.pos_ == "PROPN" and mod.dep_ in ("compound", "nmod", "amod"):
                named = self._token_actor.get(mod.i, found)
                if named == found or named[1] == "NORP" or named[1] in PLACE_LABELS and obj.lower_ in _PART_NOUNS:
                    continue  # "the UN Asia office": where the body's part works
                return None  # a name of the head's own, nearer it than the first
        return found

    def _org_title(self, token, mods) -> set[str] | None:
        """ "the OPEC chief", "the FA president": the person titled so with that organisation, or
        None when no organisation is said."""
        orgs = {hit[0] for m in mods for t in m.subtree if (hit := self._token_actor.get(t.i)) and hit[1] == "ORG"}
        if len(orgs) != 1:
            return None
        head = token.lemma_.lower()
        titled = self._org_titles.get(next(iter(orgs)), set())
        # a chief, head, boss or leader is whoever leads it, whatever their title
        return {p for h, p in titled if h == head or head in _ANY_LEADER}

    def resolve_definite(self, token, sent_index: int | None = None) -> tuple[str, str] | None:
        """ "the store" after "the iTunes Music Store": a bare definite noun naming one earlier actor;
        "the company", "the European planemaker": the organisation the story is about just before."""
        if token.pos_ != "NOUN" or token.tag_ in ("NNS", "NNPS") or token.lemma_.lower() in ROLE_HEADS:
            return None
        lefts = list(token.lefts)
        if lefts and _the_worlds(lefts[0]):
            lefts = [t for t in lefts[0].lefts if t.lower_ == "the"][:1] + lefts  # "the world's largest ship"
        lemma = token.lemma_.lower()
        if lefts and lefts[0].lower_ == "the" and lemma in COMPANY_NOUNS and _unnamed_one_before(token, lemma):
            return None  # "an independent review team said ... The team collected": that team, no name
        if lefts and lefts[0].lower_ == "the" and sent_index is not None and lemma in COMPANY_NOUNS | CRAFT_NOUNS:
            fresh = any(t.lower_ in NEW_REFERENT for t in lefts) or any(c.dep_ == "appos" for c in token.rights)
            described = all(t.pos_ == "ADJ" or t.dep_ == "compound" and t.is_lower or _the_worlds(t) for t in lefts[1:])
            if described and not fresh:  # "the investment bank"; "the new firm, X," is another one
                kinds = ("ORG",) if lemma in COMPANY_NOUNS else ("PRODUCT", "MISC", "FAC", "ORG")
                found = self._company_in_sight(
                    token, sent_index, kinds, business=lemma in BUSINESS_NOUNS, side=lemma in _SIDE_NOUNS
                )
                if found is not None:
                    return found  # else: "the central bank" after "the Philippine central bank", below
        if not lefts or lefts[0].lower_ != "the":
            return None
        mods = [t for t in lefts[1:] if not _the_worlds(t)]
        if mods and lemma in _MEMBER_BODY_NOUNS and any(t.ent_type_ == "ORG" for t in mods):
            # "The UN agency" after "the UN World Food Programme": the one body of that family
            # named before, not the family ("UN") the description puts it in
            member = self._member_body_told(token, lemma, mods)
            if member is not None:
                return member
        if mods and lemma in _HELD_BY_BODIES and all(_ordinal(t) for t in mods):
            # "the 13th summit" after "the 13th SAARC summit": the body that holds it
            owners = {actor for start, noun, actor in self._described if start < token.i and noun == lemma}
            return owners.pop() if len(owners) == 1 else None
        governing = lemma in _GOVERNMENT_NOUNS and all(t.lower_ in _COUNTRY_OR_KIND for t in mods)
        if mods and not governing and not all(_describing(t) for t in mods):
            return None  # "the new bank", "the country's bank": another one, or one told by whose
        word = token.lower_
        cands = {name for start, name, last in self._mentions if start < token.i and last == word}
        if len(cands) > 1 and mods:
            # "the central bank" after "the Thai central bank" and "the Bank of England"
            said = {t.lower_ for t in mods if t.is_alpha}
            cands = {n for n in cands if said <= {w.lower() for w in n.split()}} or cands
        if len(cands) == 1:
            (name,) = cands
            return name, self.actors[name].type
        if not cands:
            return self._told_by_kind(token, lemma, mods, governing) or self._told_as_before(token, lemma)
        return None

    def _note_told_as(self, ent, root, cname: str) -> None:
        """The common noun the text tells a name by where it names it (see :meth:`_told_as_before`):
        its apposition ("Emma Maersk, the world's largest container ship,"; "the world's largest
        ship, the Emma Maersk,") or the noun set before it ("the Danish ship Emma Maersk")."""
        nouns = [c for c in root.children if c.dep_ == "appos" and c.i >= ent.end and _closed_aside(c)]
        if root.dep_ == "appos" and root.head.i < ent.start:
            nouns.append(root.head)
        nouns += [c for c in root.lefts if c.dep_ == "compound" and c.i < ent.start]
        for noun in nouns:
            if noun.pos_ != "NOUN" or noun.tag_ != "NN" or noun.lower_ in _NOT_TOLD_AS:
                continue
            if noun.i < ent.start:  # "the Danish ship Emma Maersk": each word before the name
                words = frozenset(t.lower_ for t in ent.doc[root.left_edge.i : ent.start] if t.is_alpha)
            else:
                words = frozenset(t.lower_ for t in noun.subtree if t.i <= noun.i and t.is_alpha)
            self._told_as.append((ent.start, noun.i, noun.lemma_.lower(), words, cname))

    def _told_as_before(self, token, lemma: str) -> tuple[str, str] | None:
        """ "The ship will unload" after "Emma Maersk, the world's largest container ship,", "the
        club" after "J-League club Urawa Reds": the name the text itself last told by that noun (by
        its apposition or the noun before it), when each word before the noun here is one that
        description or the name said ("the largest ship"; not "the Chinese team" after "Urawa Reds,
        the Japanese team"). None when no name was told so, when the paragraph of the last one tells
        another by that noun too (either may be meant), or when the text brought in an unnamed one
        of that kind since ("a ship")."""
        told = [(start, j, words, name) for start, j, noun, words, name in self._told_as if noun == lemma]
        told = [entry for entry in told if entry[0] < token.i and entry[1] != token.i]
        if not told:
            return None
        start, _, words, name = max(told)
        if name not in self.actors:
            return None
        place = self.actors[name].type in PLACE_LABELS or lemma in PLACE_NOUNS or lemma in _PLACE_KINDS
        if place and token.dep_ not in ("nsubj", "nsubjpass"):
            return None  # "visited the capital" after "Srinagar, the summer capital": where, no one acting
        # (each word of the phrase before the noun: "the world's soccer governing body")
        said = {t.lower_ for t in token.subtree if t.i < token.i and t.is_alpha} - {"the", "world"}
        if not said <= words | {w.lower() for w in name.split()}:
            return None
        first = _paragraph_start(token.doc, start)
        if any(other != name for s, _, _, other in told if s >= first):
            return None
        if _unnamed_one_before(token, lemma, after=start):
            return None
        return name, self.actors[name].type

    def _told_by_kind(self, token, lemma: str, mods: list[Any], governing: bool) -> tuple[str, str] | None:
        """What a definite noun no earlier name ends with stands for, by its kind (see
        :meth:`resolve_definite`): the actor a phrase was named after, a writing's issuer, a ministry,
        a country's government, the one place of its kind."""
        # "the report" after "the IOBE report": the actor that phrase was named after; not a
        # person's ("the embattled coach" after "Al-Ahly's coach" is the coach, not the club)
        owners = {actor for start, noun, actor in self._described if start < token.i and noun == lemma}
        if len(owners) == 1 and not (lemma in _SOMEONE and next(iter(owners))[1] != "PERSON"):
            return owners.pop()
        if lemma in _CHILD_NOUNS and not _unnamed_child_before(token):
            return self._child_told(token, lemma)
        if lemma in _ISSUED_WRITINGS and not mods and not _tells_what_it_says(token):
            # "The ministry issued a circular ... The circular asked", "X said in a statement
            # ... The statement called for": who issued the one told last; not "the report
            # said": what it says is no act of the issuer's
            return self._issuer_told(token, lemma)
        if lemma == "ministry" and not mods:
            # "Deputy Minister of Agriculture Wei Chao'an ... Wei said the ministry aimed": the
            # ministry of the one portfolio the text titled a minister with before
            return self._ministry_told(token)
        if governing:
            # "the government will cut its troops" in a story that tells of one country ("the
            # Indonesian military", "Aceh"), or of one above all: its government, the country
            # acting; "the federal government", "the central government" is that one too, and
            # "the new government", "the coalition government" (not "the local government"),
            # but not one "to be formed", no participant yet; else the one country whose
            # government the text named before ("the new German government")
            if token.dep_ == "nsubjpass" and not all(t.lower_ in _WHOLE_COUNTRY for t in mods):
                return None
            return _the_one_told(self._countries, token.i) or self._government_told(token)
        if lemma in _PLACE_KINDS and not mods and token.dep_ in ("nsubj", "nsubjpass"):
            # "The city outlined its plans" after "New York City's latest plan", "the country has
            # initiated reforms" in a story of China: the one place of that kind named before,
            # acting; "in the city" is where
            return _the_one_told(self._countries if _PLACE_KINDS[lemma] else self._towns, token.i)
        if _PLACE_KINDS.get(lemma) and not mods and token.dep_ == "poss" and token.head.dep_ in ("nsubj", "nsubjpass"):
            # "the country's economy grew", "the nation's worst unrest dragged on": the one
            # country told before owns what the clause is about (a city's is where it is)
            return _the_one_told(self._countries, token.i)
        return None

    def _member_body_told(self, token, lemma: str, mods: list[Any]) -> tuple[str, str] | None:
        """The one organisation named before ``token`` ("the UN agency", "the EU's court") whose
        name holds the family's name the description is modified by ("UN", "European Union") and
        whose head word fits the noun ("the UN agency": a programme, fund, office...; "the UN
        court": a court), and each other word of the description is in ("the UN refugee agency":
        "... for Refugees"); None when there is none or several, or a word of the description is
        neither that family's name nor a plain describing word."""
        family = [t for t in mods if t.ent_type_ == "ORG" and t.dep_ in ("compound", "nmod", "poss")]
        if not family or any(t not in family and not _describing(t) and not t.is_punct for t in mods):
            return None
        words = {re.sub(r"[.']", "", t.lower_) for t in family if t.is_alpha or "." in t.text}
        words.discard("s")
        if not words:
            return None
        heads = _MEMBER_HEADS if lemma in _ANY_MEMBER_NOUNS else frozenset({lemma}) | _SAME_BODY.get(lemma, frozenset())
        # "the UN refugee agency": a word saying what the body does is in its name ("... for Refugees")
        stems = [t.lower_[:5] for t in mods if t not in family and t.is_alpha]
        found = set()
        for start, name, _ in self._mentions:
            if start >= token.i or name in found:
                continue
            actor = self.actors.get(name)
            if actor is None or actor.type == "PERSON" or actor.type in PLACE_LABELS:
                continue  # (a body the tagger typed otherwise still makes the description ambiguous)
            for written in {name, *actor.aliases}:
                parts = [re.sub(r"[.']", "", w.lower()) for w in written.split()]
                if (
                    len(parts) > len(words)
                    and words <= set(parts)
                    and name_head(parts) in heads
                    and all(any(w.startswith(stem) for w in parts) for stem in stems)
                ):
                    found.add(name)
                    break
        if len(found) != 1:
            return None
        (name,) = found
        return (name, "ORG") if self.actors[name].type == "ORG" else None

    def _child_told(self, token, lemma: str) -> tuple[str, str] | None:
        """ "The boy clung to an inner tube" after "6-year-old Elian Gonzalez": the one person named
        before whom the text tells as a child (an age under 18, or that noun set beside the name:
        "Elian, the boy at the center of the dispute"), of the sex the noun says."""
        sex = _SEX_WORDS.get(lemma)
        found = {
            cname
            for ent, cname in self._person_ents
            if ent.start < token.i
            and self._genders.get(cname, set()) <= {sex or "m", sex or "f"}
            and (any(age < 18 for age in self._ages.get(cname, ())) or _told_as_child(ent))
        }
        if len(found) != 1:
            return None
        (child,) = found
        return child, "PERSON"

    def _ministry_told(self, token) -> tuple[str, str] | None:
        """The ministry of the one portfolio told before ``token`` by a minister's title ("Education
        Minister X", "Minister of Labor and Social Security X") or a ministry not named as such ("the
        interior ministry"), as "Education Ministry", "Ministry of Labor and Social Security"; None
        when the text tells none or two."""
        key = "ministries"
        told = self._memo.get(key)
        if told is None:
            told = self._memo[key] = _ministries_told(token.doc)
        found = {name for start, name in told if start < token.i}
        return (found.pop(), "ORG") if len(found) == 1 else None

    def _issuer_told(self, token, lemma: str) -> tuple[str, str] | None:
        """The named actor that issued the writing of kind ``lemma`` told last before ``token``, in
        its sentence or the _ISSUER_REACH before it: "X issued a statement", "X said in a statement",
        "a statement from X", "a statement issued by X"; None when that last one tells no issuer."""
        doc = token.doc
        first = sentence_bounds(token)[0]
        for _ in range(_ISSUER_REACH):
            if first == 0:
                break
            first = sentence_bounds(doc[first - 1])[0]
        for i in range(token.i - 1, first - 1, -1):
            told = doc[i]
            if told.pos_ == "NOUN" and told.lemma_.lower() == lemma:
                return self._issuer_of(told)
        return None

    def _issuer_of(self, writing) -> tuple[str, str] | None:
        """Who issued ``writing`` by its own phrase or its verb (see :meth:`_issuer_told`)."""
        names: list[Any] = []
        for c in writing.children:
            if c.dep_ == "prep" and c.lower_ in ("from", "by"):
                names.extend(o for o in children_with(c, ("pobj",)))
            elif c.dep_ == "acl" and c.tag_ == "VBN":  # "a statement issued by the ministry"
                names.extend(o for a in c.children if a.dep_ == "agent" for o in children_with(a, ("pobj",)))
        verb = writing.head
        if writing.dep_ == "pobj" and verb.lower_ == "in" and is_speech(verb.head):
            verb = verb.head  # "X said in a statement"
        elif writing.dep_ != "dobj" or verb.lemma_.lower() not in _ISSUING_VERBS:
            verb = None
        if verb is not None:
            subject = first_child(verb, ("nsubj",))
            if subject is None and verb.dep_ == "conj":
                subject = first_child(verb.head, ("nsubj",))
            if subject is not None:
                names.append(subject)
        found = {self._token_actor[t.i] for t in names if t.i in self._token_actor}
        if len(found) != 1:
            return None
        (actor,) = found
        return actor if actor[1] in ("ORG", "GPE", "PERSON") else None

    def _government_of(self, noun) -> tuple[str, str] | None:
        """The one country a government noun's own words name ("the Dutch government", "Japan's
        government"), or None."""
        lefts = {t.i for t in noun.lefts if t.dep_ in ("amod", "compound", "poss")}
        told = {country for start, country in self._countries if start in lefts}
        return (told.pop(), "GPE") if len(told) == 1 else None

    def _government_told(self, token) -> tuple[str, str] | None:
        """The one country whose government or administration the text named before ``token`` by
        its adjective or name ("the new German government", "Japan's government"), or None."""
        doc = token.doc
        told = {
            country
            for start, country in self._countries
            if start < token.i
            and doc[start].dep_ in ("amod", "compound", "poss")
            and doc[start].head.lemma_.lower() in _GOVERNMENT_NOUNS
        }
        return (told.pop(), "GPE") if len(told) == 1 else None

    def note_country(self, token_index: int, country: str) -> None:
        """A country the text names ("Indonesia") or tells by its adjective ("the Indonesian army")."""
        self._countries.append((token_index, country))

    def note_group(self, sent_index: int, token_index: int, group: list[tuple[str, str]], subject: bool) -> None:
        """Named actors told together ("China and the EU signed", "Merkel met Chirac"), for "both",
        "the two sides" and, when they are the subject, "they"."""
        self._groups[sent_index].append((token_index, group, subject))

    def resolve_group(self, token, sent_index: int) -> list[tuple[str, str]]:
        """ "Both sides agreed", "both were eliminated", "the two countries join": the pair told just
        before (in this sentence or the one before), of the kind the noun says; "They also
        discussed" after "The two leaders agreed": the group that was the subject just before;
        [] when none."""
        words = {t.lower_ for t in token.lefts} | {token.lower_}
        if token.lower_ in _PAIR_NOUNS and words == {"the", token.lower_}:
            words.add("two")  # "the pair toughed it out", "the duo": the two people told together last
        # "They also discussed", "After their talks": the named group that was the subject just before
        they = token.lower_ == "they" and token.dep_ in ("nsubj", "nsubjpass")
        they = they or token.lower_ == "their" and token.dep_ == "poss"
        # "Toyota and Honda raised their forecasts. The companies said": a plural noun of the
        # group's kind, with "the" alone, goes on with the group that was the subject, as "they"
        they = they or (
            words == {"the", token.lower_}
            and token.tag_ == "NNS"
            and token.dep_ in ("nsubj", "nsubjpass")
            and _GROUP_KINDS.get(token.lemma_.lower()) is not None
        )
        # "the two countries", "the three companies": as many as the group told
        count = next((n for word, n in _GROUP_COUNTS.items() if word in words), None) if "the" in words else None
        if "both" in words:
            if any(c.dep_ in ("amod", "compound", "nmod") and any_child(c, ("conj",)) for c in token.lefts):
                return []  # "Both Iraqi and US officials": both kinds, no pair told before
            count = 2
        if count is None and not they:
            return []
        kind = _GROUP_KINDS.get(token.lemma_.lower())
        if token.pos_ == "NOUN" and token.lemma_.lower() not in _GROUP_KINDS:
            return []
        # "the two leaders", "both banks", "the three companies" say who it is (so many of a kind):
        # the group told last, however far back
        told_how_many = count is not None and ("both" not in words or token.pos_ == "NOUN")
        reach = range(sent_index, -1, -1) if told_how_many and kind is not None else (sent_index, sent_index - 1)
        for si in reach:
            told = [(g, subj) for start, g, subj in self._groups.get(si, ()) if si < sent_index or start < token.i]
            groups = [g for g, subj in told if (kind is None or all(t in kind for _, t in g)) and (subj or not they)]
            if groups:
                group = groups[-1]
                if self._rival_of_group(token, group):
                    return []
                sex = _SEX_WORDS.get(token.lemma_.lower())
                if sex is not None and any(self._genders.get(n, {sex}) == {"mf".replace(sex, "")} for n, _ in group):
                    return []  # "Havel and his wife, Dagmar, ... The two men": not that pair
                if told_how_many and len(group) != count:
                    return []
                noted = self._groups.get(sent_index, ())
                if token.dep_ in ("nsubj", "nsubjpass") and not any(start == token.i for start, _, _ in noted):
                    self.note_group(sent_index, token.i, group, subject=True)  # "They" may follow
                return group
            if they and told:
                return []  # "Russia and China ... They": the nearest told, or no one
        if count == 2 and kind == ("GPE",) and token.pos_ == "NOUN":
            return self._two_countries_told(token)
        if count == 2 and token.lemma_.lower() == "side" and not they:
            return self._story_pair(token, sent_index)
        return []

    def _story_pair(self, token, sent_index: int) -> list[tuple[str, str]]:
        """ "China and Pakistan signed a trade pact ... (five sentences on) Both sides will cut
        tariffs": "the two sides" or "both sides" with no pair told just before is the one pair the
        story told as parties before it, when that pair is two countries and the story told no
        other pair; none when someone else is the subject beside it. A pair is told as parties as a
        subject or after "between" a noun ("ties between Mongolia and China"), not in passing
        ("Belarus lies between Russia and the European Union"); two bodies that reject a deal are
        not its two sides ("Hamas and Islamic Jihad rejected the deal ... the two sides reached")."""
        doc = token.doc
        pairs = {
            frozenset(n for n, _ in g): g
            for si in range(sent_index + 1)
            for start, g, subject in self._groups.get(si, ())
            if len(g) == 2 and (si < sent_index or start < token.i) and (subject or _between_parties(doc[start]))
        }
        if any(t != "GPE" for g in pairs.values() for _, t in g):
            return []  # countries only
        if len(pairs) != 1:
            return []
        (group,) = pairs.values()
        return [] if self._rival_of_group(token, group) else list(group)

    def _two_countries_told(self, token) -> list[tuple[str, str]]:
        """ "the two countries" after a pair told otherwise than "X and Y" ("Chinese President Hu
        met Japanese Prime Minister Abe", "Mubarak's visit to Singapore"): the only two countries
        the text named or told by their adjective before it, or else the only two of its sentence
        and the one before; none when more are told there."""
        before = [(start, country) for start, country in self._countries if start < token.i]
        distinct = list(dict.fromkeys(country for _, country in before))
        if len(distinct) != 2:
            begin = sentence_bounds(token)[0]
            previous = sentence_bounds(token.doc[begin - 1])[0] if begin > 0 else begin
            distinct = list(dict.fromkeys(country for start, country in before if start >= previous))
        if len(distinct) != 2:
            return []
        return [(country, "GPE") for country in distinct]

    def _rival_of_group(self, token, group: list[tuple[str, str]]) -> bool:
        """Is another actor, not in the group, a subject (or its owner) before a "they" or "the two
        leaders" in its own sentence ("Barcelona and Arsenal progressed while Manchester United's
        future hangs in the balance after they lost"; "When Clinton visited Tokyo a year ago, the
        two leaders agreed", the pair told before being Cohen and Hashimoto)? Either may be meant:
        no one is. A name told in passing ("to the knockout stages of the Champions League") or
        one who says it ("Kyodo News quoted a source as saying the two countries") is no rival."""
        names = {n for n, _ in group}
        doc = token.doc
        actor_at = self._token_actor.get
        for i in range(sentence_bounds(token)[0], token.i):
            hit = actor_at(i)
            if hit is None or hit[0] in names or actor_at(doc[i].head.i, ("",))[0] == hit[0]:
                continue  # (a name's root only)
            tok = doc[i]
            if tok.dep_ == "poss":
                tok = tok.head
            if tok.dep_ in ("nsubj", "nsubjpass") and not is_speech(tok.head):
                return True  # (who says it tells of others: "Kyodo quoted a source as saying the two countries")
        return False

    def note_described(self, token, actor: tuple[str, str]) -> None:
        """A common noun named after an actor ("the IOBE report", "Amnesty's report") that a bare
        "the report" later stands for."""
        self._described.append((token.i, token.lemma_.lower(), actor))

    def _company_in_sight(
        self, token, sent_index: int, kinds: tuple[str, ...], business: bool = False, side: bool = False
    ) -> tuple[str, str] | None:
        seen = [(start, n) for start, n in self._things_by_sent.get(sent_index, ()) if start < token.i]
        si = sent_index
        while not seen and si > 0 and sent_index - si < 2:
            si -= 1
            seen = list(self._things_by_sent.get(si, ()))
        seen = [(start, n) for start, n in seen if n in self.actors and self.actors[n].type in kinds]
        seen = [(start, n) for start, n in seen if not _carries_the_news(token.doc, start)]
        lemma = token.lemma_.lower()
        if not seen and lemma in _FIRM_NOUNS:
            # "Nashua Corp. said ... (five sentences on) The company said it amended its plan": no
            # organisation in sight, the company the story is about
            return self._lead_company(token.doc, sent_index)
        if lemma in _TRADERS and lemma not in _ANY_BODY_NOUNS:
            # "the bank" after "the China Banking Regulatory Commission": a public body is no business
            seen = [(start, n) for start, n in seen if name_head(n.split()).lower() not in _PUBLIC_BODY_HEADS]
        if lemma not in _ANY_BODY_NOUNS:
            # "The Zairean rebel alliance seized the town" after "the UN refugee agency UNHCR said":
            # a body the text told as another kind (an agency, no alliance) is not the one described
            seen = [(start, n) for start, n in seen if _fits_kind(lemma, _told_kind(token.doc, start))]
            if {t.lower_ for t in token.lefts} & _ARMED_WORDS:
                # "The Zairean rebel alliance seized Kisangani" after "UNHCR spokesman Paul
                # Stromberg": an armed camp's body is one whose name or telling says that noun
                told = {start: _told_kind(token.doc, start) for start, _ in seen}
                seen = [(s, n) for s, n in seen if told[s] == lemma or lemma in n.lower().split()]
        carried = {t.lemma_.lower() for t in token.lefts if t.dep_ == "compound" and t.lemma_.lower() in CRAFT_NOUNS}
        if carried & _AIRCRAFT:
            carried |= _AIRCRAFT  # "an F-16 jet" is an aircraft too
        if carried:
            # "The aircraft carrier left Sydney" after "an FA-18 Hornet aircraft": the craft it
            # carries is not the carrier
            seen = [(start, n) for start, n in seen if _told_craft(token.doc, start) not in carried]
        here = {n for _, n in seen}
        if token.lemma_.lower() in _VEHICLE_NOUNS:
            # "The satellite will map the coast" after "according to the Ministry of Science": a
            # ministry, a council or a university is no craft (an airline may own the plane); with
            # a body in sight, another organisation is no surer a craft ("a Revolutionary Guards
            # source told the IRNA news agency the plane caught fire")
            crafts = {n for n in here if not _is_body(n) and not _carries_news_at(token.doc, seen, n)}
            if crafts != here:
                crafts = {n for n in crafts if self.actors[n].type != "ORG"}
            here = crafts
        if len(here) > 1:
            topic = here & self._main_subjects.get(si, set())
            rivals = here & self._main_objects.get(si, set())
            if len(topic) == 1 and not rivals - topic:
                here = topic
        if len(here) > 1 and "PRODUCT" in kinds:
            # "the ship" after "Maersk unveiled the Emma Maersk": a craft is no company
            craft = {n for n in here if self.actors[n].type != "ORG"}
            if len(craft) == 1:
                here = craft
        if len(here) > 1 and side:
            # "guided Urawa Reds to their first J-League title, said he would leave the club": a
            # league, a cup or a federation is no club
            clubs = {n for n in here if not set(re.split(r"[\s-]+", n.lower())) & _NO_SIDE_WORDS}
            if len(clubs) == 1:
                here = clubs
        if len(here) > 1 and business:
            # "the company" after "(Xinhua) ... according to Zambia Sugar Plc": the one named as a company
            incorporated = {n for n in here if n.split()[-1].lower() in CORP_SUFFIXES}
            if len(incorporated) == 1:
                here = incorporated
        if len(here) == 1:
            (name,) = here
            return name, self.actors[name].type
        return None

    def _lead_company(self, doc, sent_index: int) -> tuple[str, str] | None:
        """The company the story is about, for a "the company" with no organisation in sight: the
        one organisation that is the subject of the main verb of the story's first sentence that has
        one (of its first two), a business by its name, when no other organisation is the subject
        of a main verb from there to ``sent_index``; else None."""
        firsts = [si for si in range(min(sent_index, 2)) if self._main_subjects.get(si)]
        if not firsts:
            return None
        orgs = {n for n in self._main_subjects[firsts[0]] if n in self.actors and self.actors[n].type == "ORG"}
        if len(orgs) != 1:
            return None
        (lead,) = orgs
        if _is_body(lead) or lead.split()[-1].lower() in _NO_SIDE_WORDS:
            return None  # a ministry, a bank or a league is no company
        told = [start for start, n in self._things_by_sent.get(firsts[0], ()) if n == lead]
        if any(_carries_news(doc[start], lead) or _carries_the_news(doc, start) for start in told):
            return None  # "The China Daily reported ...": a paper carrying the news
        for si in range(firsts[0] + 1, sent_index):
            subjects = self._main_subjects.get(si, ())
            if any(n != lead and n in self.actors and self.actors[n].type == "ORG" for n in subjects):
                return None  # another organisation acted since: either may be meant
        return lead, "ORG"

    def resolve_title(self, token) -> str | None:
        """A person named earlier with this title ("the Russian president" -> "Vladimir Putin")."""
        if (
            token.pos_ not in ("NOUN", "PROPN")
            or token.lower_ not in ROLE_HEADS
            and token.lemma_.lower() not in ROLE_HEADS
        ):
            return None
        if token.tag_ in ("NNS", "NNPS") or _office_said(token):
            return None
        # "the Oscar-winning director": a name in a hyphened participle says no part of the office
        mods = [t for t in token.lefts if t.dep_ in ("amod", "compound", "nmod") and not _named_participle(t)]
        toks = [t for m in mods for t in m.subtree if t.is_alpha or "." in t.text] + [token]
        # "the visiting U.S. president": the visit is no part of the office
        toks = [t for t in toks if t.lower_ not in DETERMINERS and t.lower_ != "visiting"]
        key = _title_key(toks)
        definite = any(t.lower_ == "the" for t in token.lefts)
        by_org = self._org_title(token, mods) if definite else None
        if by_org is not None:
            return next(iter(by_org)) if len(by_org) == 1 else None
        # "the prime minister" after "Prime Minister Fouad Seniora" and "former premier Rafiq
        # Hariri": whoever holds the office, not one the text only says held it once
        past = set() if _PAST_WORDS & set(key.split()) else self._past_holders()
        cands = _holding(self._titles.get(key, set()), past)
        if not cands and len(toks) > 1 and definite:
            # "the foreign minister" after "Cuban Foreign Minister Felipe Perez Roque"
            # (not "the foreign minister" after "Deputy Foreign Minister Ali Reza": another office)
            cands = _holding(
                {
                    n
                    for k, names in self._titles.items()
                    if k.endswith(" " + key) and not _another_office(k, key)
                    for n in names
                },
                past,
            )
        if not cands and len(toks) > 1 and definite:
            # "the Slovenian president" after "President Marko Zupan": the one holder of the bare
            # title, no one titled so with another country's name
            cands = _holding(self._titled_without_country(toks), past)
            sent = sentence_of(token)
            if any(self._token_actor.get(i, ("",))[0] in cands for i in range(sent.start, sent.end)):
                cands = set()  # "President Bush met the Slovenian president": someone else
        plain = all(_plain_description(t) for t in toks[:-1])  # "the first-term governor"
        # "The leader of the world's Anglicans": a title its own phrase tells whose, no holder of the bare
        # title ("Palestinian leader Mahmud Abbas")
        owned = any(c.lower_ in ("of", "for") for c in children_with(token, ("prep",)))
        if not cands and (len(toks) == 1 or plain) and definite and not owned:
            heads = self._title_heads.get(token.lemma_.lower()) or self._title_heads.get(token.lower_) or set()
            cands = _holding(heads, past)
        if not cands and len(toks) > 1 and definite and not owned:
            # "the opposition leader" after "Opposition Labor Party leader Shimon Peres": the one
            # titled with every word the description says, as the title was written
            said = {t.lower_ for t in toks[:-1]}
            head = token.lemma_.lower()
            # (not one whose title says another office: "the foreign minister", "Deputy Foreign Minister X")
            cands = _holding(
                {
                    n
                    for words, h, n in self._written_titles
                    if h == head and said <= words and not (words - said) & _OTHER_OFFICES
                },
                past,
            )
        if len(cands) > 1:
            # "the president had agreed to meet Kabila at the request of South African President Nelson
            # Mandela": one named after the title in its own sentence is someone else
            sent = sentence_of(token)
            cands = cands - {hit[0] for i in range(token.i + 1, sent.end) if (hit := self._token_actor.get(i))}
        if cands and len(cands) == 1:
            (name,) = cands
            return name
        return None

    def _past_holders(self) -> set[str]:
        """The persons every title of whom the text gives says they held it once ("former premier
        Rafiq Hariri", "the then foreign minister")."""
        titled: dict[str, bool] = {}
        for key, names in self._titles.items():
            once = bool(_PAST_WORDS & set(key.split()))
            for name in names:
                titled[name] = titled.get(name, True) and once
        return {name for name, once in titled.items() if once}

    def _titled_without_country(self, toks) -> set[str]:
        lead = 0
        while lead < len(toks) - 2 and _plain_description(toks[lead]) and _of_the_holder(toks[lead]):
            lead += 1  # "the authoritarian Turkmen president": what he is like tells no other office
        toks = toks[lead:]
        first = toks[0]
        country = country_for_adjective(first.text) if first.pos_ in ("ADJ", "PROPN") else None
        if country is None:
            return set()
        rest = _title_key(toks[1:])
        holders = set(self._titles.get(rest, ()))
        others: set[str] = set()
        for key, names in self._titles.items():
            if key.endswith(" " + rest):
                (holders if key == f"{country.lower()} {rest}" else others).update(names)
        # "Kenyan President Mwai Kibaki" kept as a bare "president" (the tagger took "Kenyan" for a
        # name): as written, his title says another country, so he is not "the French president"
        for words, _, name in self._written_titles:
            if name in holders and any((c := _country_word(w)) is not None and c != country for w in words):
                others.add(name)
        return holders - others

    def resolve_pronoun(self, token, sent_index: int, exclude: str | None = None) -> tuple[str, str] | None:
        """The antecedent of he/she/it when exactly one candidate is in sight, else None.

        ``exclude``: who cannot be meant (the speaker of a quotation, for "he")."""
        low = token.lower_
        if low in PERSON_PRONOUNS:
            untold = self._untold_subject_of_its_sentence(token, sent_index)
            if untold is not None:
                # "Solanki (untagged) steadied the innings with Flintoff, before he was caught": the
                # subject the sentence is about, not one named in passing nor in a sentence before
                return self._person_by_surname(untold.text, exclude)
            return self._in_sight(token, sent_index, exclude, self._persons_by_sent, "PERSON")
        if low in THING_PRONOUNS and not _expletive_it(token):
            if token.dep_ == "dobj" and self._thing_object_before(token):
                return None  # "offered him a new contract, but he turned it down": the contract
            before = self._it_before(token)
            if before is not None:
                # "It added that ... set by the Data Protection Authority. It stressed": the same
                # "it" goes on, not a body named in what it said
                return self.resolve_pronoun(before, sent_index - 1, exclude)
            if self._speaker_told_of_another(token):
                return None  # "WFP said North Korea had agreed to talks. It will take part": which?
            pool = self._things_by_sent
            sources = self._news_sources(token, sent_index)
            if sources:  # "..., the Yonhap news agency reported. It obtained loans": not Yonhap
                pool = {k: [(i, n) for i, n in v if i not in sources] for k, v in pool.items()}
                if not any(start < token.i for start, _ in pool.get(sent_index, ())) and any(
                    t.dep_ in ("nsubj", "nsubjpass") and self._token_actor.get(t.i, ("", ""))[1] in PLACE_LABELS
                    for t in token.doc[sentence_bounds(token)[0] : token.i]
                ):
                    # "... in an interview with Xinhua. The United States said ... its rejection":
                    # the country its sentence opens on, which "it" cannot name here; not the other
                    # body the agency leaves alone in sight
                    return None
            found = self._in_sight(token, sent_index, exclude, pool, "ORG")
            if found is None and (token.dep_ == "nsubj" or _owns_a_subject(token) or self._undergoes_told_after(token)):
                # "China exported toys. It ...", "Its exports rose": the country acting just before
                found = self._country_subject(token, sent_index)
            if found is not None and token.dep_ in ("nsubj", "nsubjpass") and self._inside_a_thing(token, found[0]):
                return None  # "seized a craft belonging to the Navy after it was found": the craft
            if found is not None and self._thing_subject_between(token, found[0]):
                return None  # "X, an examiner with the British Council, said when the storm hit it struck"
            if found is not None and self._named_after_in_clause(token, found[0]):
                return None  # "It will open a tender for Vinasat production": not Vinasat
            return found
        return None

    def _named_after_in_clause(self, token, name: str) -> bool:
        """Is ``name`` told again by name after an "it" in what the pronoun's verb tells, as a
        preposition's object or a noun's modifier ("Vietnam plans to put its satellite named
        Vinasat into operation. It will open a tender for Vinasat production")? What "it" does is
        not told of itself by name: someone else is meant."""
        verb = token.head
        if token.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX"):
            return False
        doc = token.doc
        words = name.split()
        word = lowered(doc).__getitem__
        last = words[-1].lower()
        for i in range(token.i + len(words), verb.right_edge.i + 1):
            if word(i) != last or doc[i - len(words) + 1 : i + 1].text != name:
                continue  # (names are not yet noted after the pronoun: their words are matched)
            tok = doc[i]
            if tok.dep_ == "compound":
                tok = tok.head  # "for Vinasat production"
            if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and verb.i in (tok.head.head.i, tok.head.head.head.i):
                return True
        return False

    def _inside_a_thing(self, token, name: str) -> bool:
        """Is ``name`` named in the pronoun's sentence, before it, only inside the phrase of an
        unnamed thing that is a verb's subject or object ("seized a craft belonging to the Sierra
        Leone Navy after it was found to be carrying drugs")? The "it" goes on with the thing."""
        doc = token.doc
        sent_start = sentence_bounds(token)[0]
        hits = self._token_actor
        mentions = [
            i
            for i in range(sent_start, token.i)
            if hits.get(i, ("",))[0] == name and hits.get(doc[i].head.i, ("",))[0] != name  # the name's root
        ]
        if not mentions:
            return False
        for i in mentions:
            tok = doc[i]
            if tok.dep_ == "poss":
                return False  # "raided Acme's offices after it refused": the owner is told of
            for _ in range(4):  # up through a participle and its preposition to the noun they qualify
                if tok.dep_ in ("dobj", "nsubj", "nsubjpass") or tok.head is tok:
                    break
                if tok.dep_ == "appos" or tok.lemma_.lower() in _NAMING_VERBS:
                    return False  # "The event, known as Vasaloppet China, ... after it was": the name's
                tok = tok.head
            if tok.i in self._token_actor or tok.pos_ != "NOUN" or tok.tag_ != "NN":
                return False
            if tok.dep_ not in ("dobj", "nsubj", "nsubjpass") or tok.lemma_.lower() in ROLE_HEADS | _PERSON_NOUNS:
                return False
        return True

    def _thing_subject_between(self, token, name: str) -> bool:
        """Is an "it" subject told after an unnamed thing that is a subject ("the storm hit"), in
        its sentence after the only mentions of ``name`` there, which are no subject (a body named
        in someone's title or in passing: "Carolyn Wilson, an examiner with the British Council who
        was in Legaspi when the storm hit, said it struck with incredible force")? "It" may be the
        thing: no body is meant."""
        if token.dep_ not in ("nsubj", "nsubjpass") or token.lower_ != "it":
            return False
        doc = token.doc
        sent_start = sentence_bounds(token)[0]
        hits = self._token_actor
        mentions = [i for i in range(sent_start, token.i) if hits.get(i, ("",))[0] == name]
        if not mentions or any(doc[i].dep_ in ("nsubj", "nsubjpass", "poss") for i in mentions):
            return False
        for i in range(mentions[-1] + 1, token.i):
            t = doc[i]
            if (
                t.dep_ in ("nsubj", "nsubjpass")
                and t.tag_ == "NN"
                and i not in hits
                and any(c.lower_ == "the" for c in children_with(t, ("det",)))
                and t.lemma_.lower() not in _NOT_THINGS
            ):
                return True
        return False

    def _it_before(self, token):
        """The "it" the sentence before is about (its main verb's subject), when an "it" is the
        main subject of its own sentence with nothing named before it there; else None."""
        sent = sentence_of(token)
        if sent.start == 0 or token.dep_ not in ("nsubj", "nsubjpass") or token.head.i != sent.root.i:
            return None
        if any(i in self._token_actor for i in range(sent.start, token.i)):
            return None
        root = sentence_of(token.doc[sent.start - 1]).root
        for c in children_with(root, ("nsubj", "nsubjpass")):
            if c.lower_ == "it" and not _expletive_it(c):
                return c
        return None

    def _speaker_told_of_another(self, token) -> bool:
        """Does an "it" that opens its sentence (nothing named before it there) follow a sentence
        where a body says or reports that another one, named or a singular noun, did something
        ("The World Food Programme said North Korea had agreed to new talks. It will take part")?
        The speaker and the one it speaks of are both in sight: "it" is left unresolved."""
        sent = sentence_of(token)
        if sent.start == 0 or any(i in self._token_actor for i in range(sent.start, token.i)):
            return False
        root = sentence_of(token.doc[sent.start - 1]).root
        if not is_speech(root) or token.dep_ == "nsubj" and is_speech(token.head):
            return False  # "Apple said Samsung copied the designs. It claimed ...": the speaker goes on
        speakers = children_with(root, ("nsubj",))
        if len(speakers) != 1 or self._token_actor.get(speakers[0].i, ("", "PERSON"))[1] == "PERSON":
            return False
        speaker = self._token_actor[speakers[0].i][0]
        for clause in children_with(root, ("ccomp",)):
            for subject in children_with(clause, ("nsubj", "nsubjpass")):
                if subject.tag_ not in ("NN", "NNP"):
                    continue
                if any_child(subject, ("poss",)):
                    continue  # "Acme said its profit rose. It expects ...": the speaker's own
                if subject.tag_ == "NN" and not any_child(subject, ("det",)):
                    continue  # "Acme said profit fell. It attributed the fall ...": its own figures
                hit = self._token_actor.get(subject.i)
                if hit is not None and hit[0] != speaker and hit[1] != "PERSON" or hit is None and subject.tag_ == "NN":
                    return True
        return False

    def _news_sources(self, token, sent_index: int) -> set[int]:
        """The mentions, in the pronoun's sentence and the one before, of who carries the news:
        a news agency or paper ("the Yonhap news agency reported", "according to Xinhua", "told
        the Bangkok Post"), never the "it" of what it reports."""
        doc = token.doc
        found: set[int] = set()
        for si in (sent_index, sent_index - 1):
            for start, name in self._things_by_sent.get(si, ()):
                if start < token.i and _carries_news(doc[start], name):
                    found.add(start)
        return found

    def _thing_object_before(self, token, own_sentence: bool = False) -> bool:
        """Is the last object told before an "it" object (in its sentence or the one before) a thing
        that names no actor ("Congress passed the bill ... Toledo signed it into law"), or a thing
        a preposition's object tells as a body's own ("in Mahato's account when they froze it")?
        The "it" goes on with that thing, not with an organisation named in passing."""
        doc = token.doc
        first = sentence_bounds(token)[0]
        if first > 0 and not own_sentence:
            first = sentence_bounds(doc[first - 1])[0]
        for i in range(token.i - 1, first - 1, -1):
            t = doc[i]
            if (
                t.dep_ == "pobj"
                and t.tag_ == "NN"
                and any(c.dep_ == "poss" and c.i in self._token_actor for c in t.lefts)
            ):
                # "found 62,800 dollars in Mahato's account when they froze it": the account
                return t.lemma_.lower() not in ROLE_HEADS | _PERSON_NOUNS | _PEOPLE_AT_WORK
            if t.dep_ != "dobj" or t.pos_ not in ("NOUN", "PROPN", "PRON"):
                continue
            if _an_amount(t):
                continue  # "exported toys worth $6 million, a rise of 22 percent, and its exports"
            if t.pos_ != "NOUN" or t.tag_ != "NN" or i in self._token_actor:
                return False
            if t.lemma_.lower() in ROLE_HEADS | _PERSON_NOUNS | _PEOPLE_AT_WORK:
                return False  # "hired a new manager. Regulators fined it": no person is "it"
            return not any(c.i in self._token_actor for c in t.lefts if c.dep_ in ("poss", "compound"))
        return False

    def resolve_described_person(self, token, sent_index: int, exclude: str | None = None) -> tuple[str, str] | None:
        """ "The American doubled the lead": the one person in sight, as for "he" (``exclude``: who
        cannot be meant). One told by an age is no one the text gives another age ('"...," said
        Tao, 26. "...," said the 80-year-old master': not Tao), and has that age from then on."""
        age = described_age(token)
        if age is None:
            return self._in_sight(token, sent_index, exclude, self._persons_by_sent, "PERSON")
        ages = self._ages
        pool = {
            k: [(i, n) for i, n in v if not ages.get(n) or age in ages[n]] for k, v in self._persons_by_sent.items()
        }
        found = self._in_sight(token, sent_index, exclude, pool, "PERSON")
        if found is not None:
            self.note_age(found[0], age)
        elif self._in_sight(token, sent_index, exclude, self._persons_by_sent, "PERSON") is not None:
            self._unnamed_by_age.add(sent_index)  # someone not named: a "he" after it is no one before
        return found

    def resolve_national(self, token, sent_index: int, country: str) -> tuple[str, str] | None:
        """ "The Croatian was broken twice" after "Croatia's Ivan Tomic beat ...": the one person
        named before whom the text ties to ``country`` ("Croatian Ivan Tomic", "Tomic of Croatia");
        with none, the person in sight (as for "the American"), unless the text ties them to
        another country only."""
        ties = self._national_ties(token)
        tied = {name for name, countries in ties.items() if country in countries}
        if len(tied) == 1:
            (name,) = tied
            found = self.resolve_described_person(token, sent_index) if described_age(token) else None
            if found is None or found[0] == name:
                return name, self.actors[name].type if name in self.actors else "PERSON"
            return None
        if tied:
            return None
        found = self.resolve_described_person(token, sent_index)
        if found is not None and ties.get(found[0]):
            return None  # "Roger Marten of Switzerland ... The Croatian": not the Swiss
        return found

    def _national_ties(self, token) -> dict[str, set[str]]:
        """The countries the text ties each person named before ``token`` to, by a word beside the
        name: "Croatian Ivan Tomic", "Croatia's Ivan Tomic", "Ivan Tomic of Croatia"."""
        ties: dict[str, set[str]] = defaultdict(set)
        doc = token.doc
        for entries in self._persons_by_sent.values():
            for start, name in entries:
                if start >= token.i:
                    continue
                first, end = start, start + 1
                while first > 0 and doc[first - 1].pos_ in ("PROPN", "ADJ") and doc[first - 1].head.i == start:
                    first -= 1  # "Croatian Goran Petrovic", the name's head its last word
                while end < len(doc) and self._token_actor.get(end, ("",))[0] == name:
                    end += 1
                country = _country_beside(doc[first:end])
                if country is not None:
                    ties[name].add(country)
        return ties

    def leader_named_next(self, token, sent_index: int, owned: bool = False) -> tuple[str, str] | None:
        """ "The leader of the world's Anglicans on Monday urged ...", a leader told by what they
        lead, with no one named in the story's first sentence: the one person the next sentence
        names, as the subject of its main verb ("In his Christmas Day sermon, Archbishop of
        Canterbury Rowan Williams spoke ..."). Not when that sentence acts on someone unnamed
        ("Foreign Minister Ali Rahimi met him at the airport") or tells what he says of another.
        ``owned``: a title a country's name owns ("Peru's president visited ...", then "Alberto
        Fujimori was praised ..." or "Fujimori said he ..."), whatever the lead does."""
        if sent_index != 0 or self._persons_by_sent.get(0):
            return None
        # "the Polish foreign minister said here Friday", then "Dariusz Rosati told reporters ...":
        # an office told by its country, speaking in the lead, and the one who goes on speaking
        spoken = (
            token.lemma_.lower() in PERSON_TITLES
            and is_speech(token.head)
            and any(t.dep_ == "amod" and country_for_adjective(t.text) for t in token.lefts)
        )
        if (
            not spoken
            and not owned
            and (
                token.lemma_.lower() not in _ANY_LEADER
                or not any(c.lower_ == "of" for c in children_with(token, ("prep",)))
            )
        ):
            return None
        told = self._persons_by_sent.get(1, [])
        named = {n for _, n in told}
        doc = token.doc
        end = sentence_bounds(token)[1]
        after = sentence_of(doc[end]) if end < len(doc) else None
        if len(named) != 1 or after is None:
            return None
        said = children_with(after.root, ("ccomp",)) if is_speech(after.root) else []
        if said and not spoken and not (owned and all(_of_himself(c) for c in said)):
            return None  # (but "Fonseka said he wanted talks": what he says of himself)
        start = told[0][0] if len(told) == 1 else -1  # (named twice: no one place to find in the subject)
        deps = ("nsubj", "nsubjpass") if owned else ("nsubj",)
        subjects = children_with(after.root, deps)
        if len(subjects) != 1 or not subjects[0].left_edge.i <= start <= subjects[0].right_edge.i:
            return None
        subject = subjects[0]
        if self._token_actor.get(subject.i, ("", ""))[0] not in named and (
            subject.lower_ not in TITLE_WORDS | ROLE_HEADS or any_child(subject, ("poss",))
        ):
            return None  # "Archbishop of Canterbury Rowan Williams spoke": a title its head, no one's aide
        for t in after:
            if (
                t.lower_ in ("him", "her")
                and t.dep_ != "poss"
                or (
                    t.dep_ in ("dobj", "pobj", "dative")
                    and t.tag_ == "NN"
                    and t.lemma_.lower() in ROLE_HEADS | _ANY_LEADER | _PERSON_NOUNS
                )
            ):  # "met him at the airport", "welcomed the IAEA chief": the leader is someone else's object
                return None
        (name,) = named
        head = token.lemma_.lower()
        if owned and head not in _ANY_LEADER and any(h != head for _, h, n in self._written_titles if n == name):
            return None  # "Peru's president ordered the raid. Rebel leader Nestor Cerpa was killed": another
        return name, "PERSON"

    def person_named_next(self, token, sent_index: int) -> tuple[str, str] | None:
        """ "An Italian colonel was found dead ...", then "Colonel Roberto Petrucci, 57, was shot
        ...": a person told by what they are ("a"/"an" and a noun for people: see
        :func:`told_as_someone`), the subject of the story's first sentence, which names no one
        and tells of no other person, is the one person the next sentence names as a subject with
        an age or a title that is the noun; whoever says or reports it there aside ("SFOR spokesman
        Mike Fabbro told AFP"). Else None."""
        if sent_index != 0 or _speaks(token) or any(i != token.i for i, _ in self._persons_by_sent.get(0, ())):
            return None  # (the person this found is noted at the token: asked again, the same answer)
        if self._group_words and self._group_words[0][0] == 0:
            return None
        doc = token.doc
        lead = sentence_of(token)
        inside = range(token.left_edge.i, token.right_edge.i + 1)
        for t in lead:
            if t.i not in inside and told_as_someone(t, any_article=True) and not _speaks(t):
                return None  # "A taxi-driver robbed an elderly woman": which one does the name tell?
        if lead.end >= len(doc):
            return None
        after = sentence_of(doc[lead.end])
        roots = self._person_roots(after)
        named = {n: t for n, t in roots.items() if not _speaks(t)}
        if len(named) != 1:
            return None
        ((name, root),) = named.items()
        if root.dep_ not in ("nsubj", "nsubjpass"):
            return None
        lemma = token.lemma_.lower().rsplit("-", 1)[-1]
        heads = {head for _, head, n in self._written_titles if n == name}
        told = {t.lower_ for t in root.lefts if t.is_alpha and self._token_actor.get(t.i, ("",))[0] != name}
        own = {t.lower_ for t in token.subtree} | HONORIFICS
        if heads and lemma not in heads or not told <= own:
            return None  # "A policeman was killed ... Gunman Juan Perez, 25, was arrested": another
        if not self._ages.get(name) and not heads:
            return None
        return name, "PERSON"

    def _person_roots(self, sent) -> dict[str, Any]:
        """The people a sentence names, each by its name's root token (the first one for a name told
        twice), in the sentence's order."""
        actor_at = self._token_actor.get
        roots: dict[str, Any] = {}
        for t in sent:
            hit = actor_at(t.i)
            if hit is None or hit[1] != "PERSON" or actor_at(t.head.i, ("",))[0] == hit[0] and t.head.i != t.i:
                continue  # (a name's root only)
            roots.setdefault(hit[0], t)
        return roots

    def person_named_after(self, token, sent_index: int) -> list[tuple[str, str]]:
        """ "A Singapore court imposed a record fine on a man who smuggled cigarettes ...", then "Fong
        Weng Liong, 42, who was also jailed, ...": a person the story's first sentence tells only by
        "a"/"an" and a noun for a person (see :func:`told_as_someone`), an argument of its happening
        other than its subject (:meth:`person_named_next` reads that one), is the person a news
        story names next, with an age: the first person named after the lead, in one of the next
        ``_LATER_REACH`` sentences, who is named nowhere before, says nothing there and is the only
        one that sentence names. So are "two activists" (any argument) the two people named next,
        together ("Dita Indahsari and Coen Pontoh"): as many as the lead counts, and no one else
        new in that sentence. Not when the lead tells another person unnamed ("police shot a man
        and wounded a woman": which one does the name tell?), when the name comes with another noun
        or words the lead's noun does not have ("his brother Ali Hassan, 30,", "ruling party leader"
        for "an opposition leader"), or with another sex than the noun's; else []."""
        count = _unnamed_count(token) if sent_index == 0 else None
        if count is None:
            return []
        doc = token.doc
        lead = sentence_of(token)
        if _another_unnamed(lead, token):
            return []  # "a man suspected of killing a tourist": which one does the name tell?
        lemma = token.lemma_.lower().rsplit("-", 1)[-1]
        said = {t.lower_ for t in token.subtree if t.i <= token.i} | {lemma, token.lower_}
        # (the person this found is noted at the token: asked again, the same answer)
        named_before = {n for i, n in self._persons_by_sent.get(0, ()) if i != token.i}
        sex = _SEX_WORDS.get(lemma)
        end = lead.end
        for _ in range(_LATER_REACH):
            if end >= len(doc):
                return []
            after = sentence_of(doc[end])
            end = after.end
            roots = self._person_roots(after)
            new = {n: t for n, t in roots.items() if n not in named_before}
            named_before |= set(roots)
            if not new:
                continue
            if len(new) != count or any(_speaks(t) for t in new.values()):
                return []  # "police spokesman John Smith, 50, said": who tells it
            if sex is not None and any(self._genders.get(n, {sex}) != {sex} for n in new):
                return []
            told = [(w, h) for w, h, n, at in self._named_as if n in new and after.start <= at < after.end]
            told += [(w, h) for w, h, n in self._written_titles if n in new]
            if any(h != lemma or w - said for w, h in told):
                # "His brother, Ali Hassan, 30,", "Officer John Smith": told as another; "a Kenyan
                # opposition leader", then "Ruling party leader Paul Otieno, 50,": another leader
                return []
            if count == 1:
                return [(name, "PERSON") for name in new if self._ages.get(name)]  # no age: anyone
            if not _told_together(list(new.values())):
                return []  # not one "X and Y"
            return [(name, "PERSON") for name, _ in sorted(new.items(), key=lambda item: item[1].i)]
        return []

    def speaker_named_later(self, token, sent_index: int) -> tuple[str, str] | None:
        """The person a story's lead tells only by a description ("The United Nations envoy for
        Somalia on Tuesday called on ...", "Indonesia's head telecommunications official urged ...",
        "A top aide to President Mobutu hit out at ...") as the one who says its news: the first
        person the next sentences name as the one saying something, not named in the lead, whose
        title shares a word of the description ("UN Secretary-General's Special Representative
        for Somalia Francois Lonseny Fall said", "telecommunications director general Gatot
        Dewobroto said"); one named with no title only in the very next sentence, as its main
        subject ("Honore Ngbanda Nzambo blasted Washington"). One titled otherwise ("Muhammad,
        chief minister of Selangor") is someone else, and the search goes on past them; None when
        no one fits within ``_LATER_REACH`` sentences, or only one who "also" speaks, or two do in one sentence.
        (repeats' ``_unnamed_for`` joins, by the rows' words, the statements of a lead's speaker it
        leaves unnamed.)"""
        if sent_index != 0 or token.dep_ != "nsubj" or token.head.dep_ != "ROOT" or token.tag_ != "NN":
            return None
        if token.lemma_.lower() not in _DESCRIBED_SPEAKERS:
            return None
        verb = token.head
        if not (is_speech(verb) or verb.lemma_.lower() in _STATEMENT_LEMMAS):
            return None
        said = _description_words(token)
        if not said:
            return None
        countries = {c for w in said if (c := _country_word(w)) is not None}
        in_lead = {n for _, n in self._persons_by_sent.get(0, ())} | {n for si, _, n in self._group_words if si == 0}
        titles: dict[str, set[str]] = defaultdict(set)
        for words, _, name in self._written_titles:
            titles[name] |= words
        doc = token.doc
        actor_at = self._token_actor.get
        for si in range(1, _LATER_REACH + 1):
            fitting = set()
            for start, name in self._persons_by_sent.get(si, ()):
                if name in in_lead:
                    continue
                root = doc[start]
                while actor_at(root.head.i, ("",))[0] == name and root.head.i != root.i:
                    root = root.head  # (the name's root)
                speaks = root.dep_ == "nsubj" and (
                    is_speech(root.head) or root.head.lemma_.lower() in _STATEMENT_LEMMAS
                )
                if not speaks or any(c.lower_ in ("also", "too") for c in root.head.children):
                    continue  # ("Finance Minister Karl Oster also told state radio": one more minister)
                if titles.get(name):
                    # (a word of the office, not its country's: "a senior Russian lawmaker" is not
                    # "Russian Foreign Minister Sergei Lavrov"; nor one of another country: "A
                    # Kenyan minister" is not "Ugandan Finance Minister Karl Oster")
                    theirs = {c for w in titles[name] if (c := _country_word(w)) is not None}
                    if theirs - countries:
                        continue
                    if any(_country_word(w) is None for w in said & titles[name]):
                        fitting.add(name)
                elif si == 1 and root.head.dep_ == "ROOT":
                    fitting.add(name)
            if len(fitting) > 1:
                return None
            if fitting:
                (name,) = fitting
                return name, "PERSON"
        return None

    def described_named_later(self, token, sent_index: int) -> tuple[str, str] | None:
        """A person the story's first sentences tell only by what they are, with "a"/"an" or no
        article ("A Malaysian opposition leader called for ...", "a fine on a British tourist"): the
        one person named after that sentence with a noun of the same head of their own ("opposition
        leader Lim Kit Siang", "John Smith, a 34-year-old tourist,", "the tourist, John Smith,"),
        named nowhere before it. The noun's own classifying words ("opposition", "Hamas") are in
        that person's description too; a country, "former" or a sex that the two tell differently
        makes them two people. None when no one or several fit (wrong is worse than missing)."""
        if sent_index > 1 or token.pos_ != "NOUN" or token.tag_ != "NN":
            return None
        lemma = token.lemma_.lower()
        if lemma not in _SUBJECT_PERSON_NOUNS or lemma in _PLAIN_TITLE_WORDS:
            return None
        lefts = list(token.lefts)
        opening = ("a", "an", "the") if sent_index == 0 else ("a", "an")
        if any(t.dep_ in ("poss", "det") and t.lower_ not in opening for t in lefts):
            # "his aide", "another man": someone's, or one more; "the leader" past the first
            # sentence: the one told before (in the first, a role the reader is to learn the name of)
            return None
        if any(c.dep_ in ("appos", "acl") or c.dep_ == "prep" and c.lower_ == "of" for c in token.rights):
            return None  # named or told by whose right there ("a leader of the rebels", "a man named")
        if sent_index == 0 and token.dep_ == "nsubj" and token.head.dep_ == "ROOT" and lemma in _DESCRIBED_SPEAKERS:
            verb = token.head
            if is_speech(verb) or verb.lemma_.lower() in _STATEMENT_LEMMAS:
                return None  # the lead's speaker: whom speaker_named_later did not find is no one
        mods = [t for m in lefts if m.dep_ in ("amod", "compound", "nmod") for t in m.subtree if t.is_alpha]
        if any(t.ent_type_ in ("PERSON", "ORG", "GPE") and _country_word(t.lower_) is None for t in mods):
            return None  # (a name's words: "a Hamas leader" is told by the body; left to its rules)
        said = {t.lower_ for t in mods}
        lemma = _office_head(said, lemma)
        kinds = {t.lower_ for t in mods if t.pos_ in ("NOUN", "PROPN") and _country_word(t.lower_) is None}
        kinds -= {"prime"}
        countries = {c for w in said if (c := _country_word(w)) is not None}
        past = _past_of(said)
        sex = _SEX_WORDS.get(lemma)
        end = sentence_bounds(token)[1]
        before = {n for si, told in self._persons_by_sent.items() if si <= sent_index for _, n in told}
        before |= {n for _, _, n, i in self._named_as if i < end}
        fits = set()
        for words, head, name, at in self._named_as:
            if at < end or name in before or _office_head(words, head) != lemma:
                continue
            theirs = _countries_written(words)
            if countries and theirs and not countries & theirs or kinds - words or past != _past_of(words):
                continue
            if sex is not None and self._genders.get(name, {sex}) != {sex}:
                continue
            if _told_as_one_more(token.doc, at, name, self._token_actor):
                return None  # "Finance Minister Karl Oster also told ...": one more of the kind
            fits.add(name)
        if len(fits) != 1:
            return None
        (name,) = fits
        return name, "PERSON"

    def note_age(self, person: str, age: int) -> None:
        """An age the text gives ``person`` ("Tao, 26,", "the 26-year-old Tao")."""
        self._ages[person].add(age)

    def resolve_office_holder(self, token, sent_index: int, exclude: str | None = None) -> tuple[str, str] | None:
        """ "the Russian president said", a title no one in the text holds: the one person in sight,
        as for "he", leaving out whoever the text titles otherwise ("the then West German chancellor
        Helmut Schmidt" is not "the British premier")."""
        titled = {name for names in self._titles.values() for name in names}
        if not titled:
            return self._in_sight(token, sent_index, exclude, self._persons_by_sent, "PERSON")
        pool = {k: [(i, n) for i, n in v if n not in titled] for k, v in self._persons_by_sent.items()}
        return self._in_sight(token, sent_index, exclude, pool, "PERSON")

    def learn_genders(self, doc) -> None:
        """What the text says of its people's sex: a word set before the name ("his wife Lonnie",
        "Mrs Smith", "women's sensation Ai Miyazato") or a he/she/his/her that follows the one
        person its sentence names, with no other person-like noun between them ("Ali arrived in
        Berlin to receive a prize for his efforts")."""
        t = tables(doc)  # read from the tables: no Token is made per word
        actor_at = self._token_actor.get
        word = lowered(doc).__getitem__  # each token's lower-cased text, made once per Doc

        for i in sorted(self._token_actor):
            hit = actor_at(i)
            if hit is None or hit[1] != "PERSON":
                continue
            sex = _sex_of_apposition(doc[i])
            if sex is not None:
                self._genders[hit[0]].add(sex)  # "Mary Hollis, an army spokeswoman,"
            if actor_at(i - 1) is not None:
                continue
            j = i - 1
            while j >= 0 and j >= i - 4 and actor_at(j) is None:
                if t.is_punct[j] and word(j) not in ("'", "’", "-"):
                    break
                sex = _SEX_WORDS.get(word(j).rstrip("."))
                if sex is not None:
                    self._genders[hit[0]].add(sex)  # "his wife Lonnie", "Mrs Smith"
                    break
                j -= 1
        for sent in doc.sents:
            quotes = 0
            people: set[str] = set()
            last_person = stop = -1
            told: set[str] = set()  # the sexes of the pronouns told before anyone is named
            for i in range(sent.start, sent.end):
                low = word(i)
                if low in _QUOTE_MARKS:
                    quotes += 1
                hit = actor_at(i)
                if hit is not None and hit[1] == "PERSON":
                    people.add(hit[0])
                    last_person = i
                    continue
                if t.pos[i] in ("NOUN", "PROPN") and (
                    low in ROLE_HEADS or low in _PERSON_NOUNS or low[:-1] in _PERSON_NOUNS
                ):
                    stop = i  # "praised the Queen for her service": "her" is the Queen
                sex = _PRONOUN_SEX.get(low) if t.pos[i] == "PRON" else None
                if sex is not None and not people:
                    told.add(sex)
                elif (
                    sex is not None
                    and sex not in told
                    and not quotes % 2
                    and len(people) == 1
                    and last_person > stop
                    and not _set_apart(doc[last_person], i)
                ):
                    # 'when she was rounded up by Saddam's forces, she said': a "she" told before the
                    # name goes on with someone told before it, and so does the one after
                    self._genders[next(iter(people))].add(sex)

    def note_sex(self, name: str, word: str) -> None:
        """A noun that tells ``name``'s sex set beside it ("his wife, Dagmar")."""
        sex = _SEX_WORDS.get(word.lower())
        if sex is not None:
            self._genders[name].add(sex)

    def gender_fits(self, name: str, pronoun) -> bool:
        """Can ``pronoun`` ("he", "her") be ``name``, as far as the text tells their sex?"""
        sex = _PRONOUN_SEX.get(pronoun.lower_)
        known = self._genders.get(name)
        return sex is None or not known or len(known) > 1 or sex in known

    def _in_sight(
        self, token, sent_index: int, exclude: str | None, pool: Mapping[int, list[tuple[int, str]]], type_: str
    ) -> tuple[str, str] | None:
        here = {
            n
            for start, n in pool.get(sent_index, ())
            if start < token.i and n != exclude and not _modifies_the_description(token, start)
        }
        if here and type_ == "PERSON" and _tags_a_quotation(token):
            # '"... President Mobutu and Mr. Kabila have agreed," he said': who the speaker names in
            # his words is not who speaks
            here = {n for start, n in pool.get(sent_index, ()) if start < token.i and n != exclude}
            here -= {
                n
                for start, n in pool.get(sent_index, ())
                if _inside_quotes(token.doc, sentence_bounds(token)[0], start)
            }
        exclude_quoted = _not_the_speaker(token, sent_index, pool) if type_ == "PERSON" else set()
        here -= exclude_quoted
        if type_ == "PERSON":
            here = {n for n in here if self.gender_fits(n, token)}
        if type_ == "PERSON" and not here:
            later = self._subject_after(token)
            if (
                later is not None and later != exclude and self.gender_fits(later, token)
            ):  # "In his keynote address, Jobs announced": the subject that follows
                return later, "PERSON"
        if type_ == "PERSON" and here:
            subject = self._pronoun_subject_before(token, sent_index, exclude)
            if subject is not None:
                # "He was remembered for his win over Edberg, in which he served underhanded": the
                # "he" its sentence is about, not a man named in passing after it
                return subject, "PERSON"
        # "Chretien's appeal came when Martin launched his campaign": the one who does what the
        # possessive's noun undergoes, not one named before in another clause
        here = self._bound_by_its_clause(token, here, type_)
        back = 0 if here else 1
        if type_ != "PERSON" and not here and self._told_of_a_thing(token, sent_index - 1):
            return None  # "The rebate ... is tied to EU spending. In 2004 it came to ...": the rebate
        bodies = self._unnamed_bodies_before(token) if type_ != "PERSON" and not here else set()
        if type_ != "PERSON" and not here and self._thing_subject_before(token):
            return None  # "The sweetened offer has acceptances, and it is scheduled ...": the offer
        reach = PRONOUN_REACH if type_ == "PERSON" else 1  # things are named too often in passing
        quoted_back = 0  # sentences of a quotation looked past, which leave the reach as it was
        # (by a pronoun outside quotation marks: one inside them is no speaker's)
        skips_quotes = type_ == "PERSON" and not self._quoted_only(token.doc, sent_index)
        skips_quotes = skips_quotes and not _inside_quotes(token.doc, sentence_bounds(token)[0], token.i)
        sex = _PRONOUN_SEX.get(token.lower_) if type_ == "PERSON" else None
        if not here and _unnamed_of_sex(sentence_of(token), token.i, sex):
            return None  # "A spokeswoman for Lufthansa said she ...": the spokeswoman, unnamed
        while not here and back <= reach + quoted_back and sent_index - back >= 0:
            if back and (
                type_ == "PERSON"
                and sent_index - back in self._unnamed_by_age
                or _unnamed_of_sex(_sentence_back(token, back), None, sex)
            ):
                # '"...," said the 80-year-old master. He said ...': the master, unnamed; "A
                # spokeswoman for Lufthansa declined to comment. But she said": the spokeswoman
                break
            # the nearest earlier sentence that names someone: "Jobs spoke. The crowd cheered. He said"
            here = {n for _, n in pool.get(sent_index - back, ()) if n != exclude} - exclude_quoted
            if type_ == "PERSON":
                here = {n for n in here if self.gender_fits(n, token)}
                if (
                    not here
                    and skips_quotes
                    and quoted_back < _QUOTATION_REACH
                    and self._quoted_only(token.doc, sent_index - back)
                ):
                    # 'X said after meeting Y. "The world is not safe. It is getting worse." He
                    # condemned ...': the speaker's words name no one and go on with him
                    quoted_back += 1
            if here and back and type_ != "PERSON" and self._unnoted_it(token, sent_index, back, pool):
                # "the ministry reiterated the ban, after it was found in pepper sauce. It was also
                # found ...": the "it" that sentence told of goes on, whatever it stands for
                return None
            back += 1
        here = self._past_an_untold_subject(token, sent_index, back, here)
        if here and back - 1 > reach:
            # past a quotation, the one speaking it: who its sentence before is about ("Agassi's
            # withdrawal came after Nadal pulled out. '... I hope his injury ...' He complained":
            # not Nadal, no one named is its subject)
            here &= self._main_subjects.get(sent_index - (back - 1), set())
        # "Soria could be top scorer. At the moment, he is one behind Geynrikh. '...,' he said":
        # the one that sentence is about (Soria), not one named there in passing
        here = self._through_its_topic(token, sent_index, back, here, exclude_quoted | {exclude or ""}, type_)
        if len(here) > 1:
            here = self._topic_in_sight(here, token, sent_index - max(back - 1, 0))
        if len(here) == 1:
            (name,) = here
            if any(body not in name.lower().split() for body in bodies):
                # "As for the court, it managed ..." after "The department retreated": the court,
                # whom no name tells, not a body named before that is no court
                return None
            return name, self.actors[name].type if name in self.actors else type_
        return None

    def _untold_subject_of_its_sentence(self, token, sent_index: int):
        """The subject of its sentence's main verb, when a he/she is the subject of a clause hung on
        that verb after it ("before he was caught", "and he scored") and it is a proper noun or a
        noun for a person that no name tells, the tagger's or a resolution's ("Solanki steadied the
        innings with Flintoff, before he was caught", "The minister met Tom Vale before he flew"):
        the pronoun goes on with that subject, not with one named in passing. A noun for a person
        only stops one named in passing in its sentence: it may tell one named before ("Ian Blair
        is warning ... The police chief said as he battled for more powers"). Else None."""
        if token.dep_ not in ("nsubj", "nsubjpass") or token.lower_ not in ("he", "she"):
            return None
        clause = token.head
        if clause.dep_ not in ("advcl", "conj") or clause.head.dep_ != "ROOT":
            return None
        subject = first_child(clause.head, ("nsubj", "nsubjpass"))
        if subject is None or subject.i >= token.i or not self._untold_person(subject, token):
            return None
        if subject.tag_ == "NN" and not any(
            subject.i < i < token.i for i, _ in self._persons_by_sent.get(sent_index, ())
        ):
            return None
        return subject

    def _untold_person(self, subject, pronoun) -> bool:
        """Is ``subject`` a person whom no name tells, that ``pronoun`` may stand for: a noun for a
        person ("the minister", "the man") or a proper noun the tagger left untagged ("Solanki"),
        that no resolution read as anyone, of the pronoun's sex as far as the noun tells?"""
        if subject.i in self._token_actor or self.person_told_at(subject.i) is not None:
            return False
        if subject.tag_ == "NN":
            if any(
                self._token_actor.get(i, ("", ""))[1] == "PERSON"
                for i in range(subject.left_edge.i, subject.right_edge.i + 1)
            ):
                return False  # "The UN envoy, Martti Ahtisaari, began ...": named beside the noun
            lemma = subject.lemma_.lower()
            sex = _SEX_WORDS.get(lemma)
            return lemma in _SUBJECT_PERSON_NOUNS and (sex is None or sex == _PRONOUN_SEX.get(pronoun.lower_))
        if subject.tag_ != "NNP" or not subject.text[:1].isupper() or subject.ent_type_ not in ("", "PERSON"):
            return False  # (a body's or a place's name, whatever the resolution made of it)
        # "A former All-Star, Byrd's best season came": a description; "The ... People's Court of
        # Beijing rejected": a body's name
        return not any_child(subject, ("det", "poss", "prep")) and subject.lower_ not in ORG_HEADS | FACILITY_NOUNS

    def _past_an_untold_subject(self, token, sent_index: int, back: int, here: set[str]) -> set[str]:
        """The one person ``here`` found ``back - 1`` sentences before a he/she subject, or none
        when that sentence's main subject is a person whom no name tells and the one found is named
        there in passing ("The minister met Tom Vale in Paris. He later flew to Rome": the minister,
        not Tom Vale; "The coach praised Tom Vale. He said"), when the pronoun is an active verb's
        subject. A sentence that reports what someone
        said, or tells who says it ("according to"), is left alone ("An official said Tom Vale was
        arrested. He was released")."""
        if len(here) != 1 or back < 2 or token.lower_ not in ("he", "she") or token.dep_ != "nsubj":
            return here  # (a passive "he" goes on with the one acted on: "A judge removed Vacco. He was replaced")
        sent = _sentence_back(token, back - 1)
        root = sent.root
        subject = first_child(root, ("nsubj", "nsubjpass"))
        if subject is None or is_speech(root) or not self._untold_person(subject, token):
            return here
        if any(t.lower_ == "according" for t in sent):
            return here  # "..., according to spokesman Bruno Vekaric. Still, he welcomed": who tells it
        return set()

    def _person_by_surname(self, word: str, exclude: str | None) -> tuple[str, str] | None:
        """The one person of the document whose name has ``word`` after its first word, else None."""
        found = {
            name
            for name, actor in self.actors.items()
            if actor.type == "PERSON" and word in name.split()[1:] and name != exclude
        }
        return (found.pop(), "PERSON") if len(found) == 1 else None

    def _bound_by_its_clause(self, token, here: set[str], type_: str) -> set[str]:
        """Of several persons ``here`` in sight in a possessive "his"/"her"'s own sentence, the one
        that is the subject of the verb the possessive's noun is an argument of, when one is."""
        if type_ != "PERSON" or len(here) < 2 or token.tag_ != "PRP$":
            return here
        bound = self._subject_of_its_clause(token)
        return {bound} if bound in here else here

    def _subject_of_its_clause(self, token) -> str | None:
        """The person named (or told by a resolved "he" or title) as the subject of the verb whose
        object, or a preposition's object, a possessive "his"/"her" sits in, before it ("Martin
        launched his campaign", "Rice met Abbas at her hotel"), else None."""
        node = token.head
        for _ in range(6):
            if node.pos_ in ("VERB", "AUX") or node.dep_ not in _OBJECT_PATH or node.head.i == node.i:
                break
            node = node.head
        if node.pos_ not in ("VERB", "AUX"):
            return None
        subjects = children_with(node, ("nsubj", "nsubjpass"))
        while not subjects and node.dep_ == "conj" and node.head.i != node.i and node.head.pos_ in ("VERB", "AUX"):
            node = node.head  # "Chretien filed a challenge and renewed his appeal": Chretien's
            subjects = children_with(node, ("nsubj", "nsubjpass"))
        if len(subjects) != 1 or subjects[0].i > token.i:
            return None
        hit = self._token_actor.get(subjects[0].i)
        if hit is not None:
            return hit[0] if hit[1] == "PERSON" else None
        return self.person_told_at(subjects[0].i)

    def _through_its_topic(
        self, token, sent_index: int, back: int, here: set[str], excluded: set[str], type_: str
    ) -> set[str]:
        """The persons ``here`` found ``back - 1`` sentences before the pronoun's, or, when that
        sentence is about a "he"/"she" (:meth:`_unnamed_topic`), the one person it stands for
        (none when it stands for no one or for one ``excluded``)."""
        if not here or type_ != "PERSON" or back < 2:
            return here
        topic = self._unnamed_topic(token, back - 1, here)
        if topic is None:
            return here
        found = self.resolve_pronoun(topic, sent_index - (back - 1))
        if found is None or found[1] != "PERSON" or found[0] in excluded:
            return set()
        return {found[0]}

    def _unnamed_topic(self, token, back: int, here: set[str]):
        """The main subject of the sentence ``back`` sentences before the pronoun's, where the
        persons ``here`` were found, when it is a "he"/"she" of the pronoun's sex that no
        resolution read as anyone yet, and none of ``here`` is given a relative clause there ("He
        had the task of marking Riquelme. '...,' he said", "Soria could be top scorer. At the
        moment, he is one behind Geynrikh. '...,' he said"); else None. The sentence is about the
        one that "he" stands for, who goes on as the pronoun, not about one named in passing."""
        sent = _sentence_back(token, back)
        sex = _PRONOUN_SEX.get(token.lower_)
        for subject in children_with(sent.root, ("nsubj", "nsubjpass")):
            if subject.lower_ not in ("he", "she") or _PRONOUN_SEX.get(subject.lower_) != sex:
                continue
            if subject.i in self._token_actor or self.person_told_at(subject.i) is not None:
                continue
            doc = token.doc
            for i in range(sent.start, sent.end):
                hit = self._token_actor.get(i)
                if hit is not None and hit[0] in here and any_child(doc[i], ("relcl",)):
                    return None  # "He was followed by Chirac, who called for ...": Chirac is told of
            return subject
        return None

    def _unnoted_it(self, token, sent_index: int, back: int, pool: Mapping[int, list[tuple[int, str]]]) -> bool:
        """Has the sentence ``back`` sentences before the pronoun's an "it" subject told after a
        name there, outside quotation marks as the pronoun is, that no resolution read as a name
        and that is no speaker telling of itself ("X said it was concerned")?"""
        if token.dep_ == "nsubj" and is_speech(token.head):
            return False  # "..., it said": who says it, not the thing that sentence told of
        sent = _sentence_back(token, back)
        noted = {start for start, _ in pool.get(sent_index - back, ())}
        if not noted:
            return False
        quoted = _inside_quotes(token.doc, sentence_bounds(token)[0], token.i)
        for t in sent:
            if t.lower_ != "it" or t.dep_ not in ("nsubj", "nsubjpass") or t.i in noted or _expletive_it(t):
                continue
            if t.i < min(noted):
                continue  # "Though it is deeply involved in PCs, Acer plans ...": told before the name
            if t.head.dep_ == "ccomp" and is_speech(t.head.head):
                continue  # "the CBI said it was concerned": the speaker itself
            if _inside_quotes(token.doc, sent.start, t.i) == quoted:
                return True
        return False

    def _unnamed_bodies_before(self, token) -> set[str]:
        """The nouns of the bodies told by "the" and a common noun of a public body (a court, a
        ministry, a government), which no resolution read as a name, in the pronoun's sentence
        before it and as much inside or outside quotation marks ("As for the court, it managed
        ..."). "It" may be that body: not one named before whose name is not of that kind. (A
        company noun, "the company", is left alone: any business named before may be it.)"""
        doc = token.doc
        noted = self._token_actor
        start = sentence_bounds(token)[0]
        quoted = _inside_quotes(doc, start, token.i)
        found: set[str] = set()
        for i in range(start, token.i):
            t = doc[i]
            if t.pos_ != "NOUN" or t.tag_ != "NN" or i in noted or t.dep_ in ("compound", "poss"):
                continue
            lemma = t.lemma_.lower()
            if lemma not in ORG_HEADS or lemma in COMPANY_NOUNS:
                continue
            if not any(c.lower_ == "the" for c in children_with(t, ("det",))):
                continue
            if _inside_quotes(doc, start, i) != quoted:
                continue  # '"... the government ...," it said': the words of the one who says them
            if any(c.dep_ in ("poss", "compound", "amod") and c.i in noted for c in t.lefts):
                continue  # "Acme's board", "the Acme board": told by the name it goes with
            found.add(lemma)
        return found

    def _thing_subject_before(self, token) -> bool:
        """Is the main subject of the pronoun's sentence, before it, a thing told by a common noun
        that no resolution read as a name ("The sweetened offer has acceptances from more than 50%
        of the shareholders, and it is scheduled for completion")? "It" goes on with that thing."""
        if token.lower_ != "it" or token.dep_ not in ("nsubj", "nsubjpass") or is_speech(token.head):
            return False  # ("The southeast will not have access ..., it said": a thing says nothing)
        sent = sentence_of(token)
        if is_speech(sent.root):
            return False  # "Security said it signed": who says it, no thing
        for subject in children_with(sent.root, ("nsubj", "nsubjpass")):
            if subject.i >= token.i or subject.pos_ != "NOUN" or subject.tag_ != "NN":
                continue
            if subject.i in self._token_actor or subject.lemma_.lower() in _NOT_THINGS:
                continue
            if any(c.dep_ in ("poss", "compound") for c in subject.lefts):
                continue  # "Acme's offer", "the Acme offer": the body may go on
            if any(start == subject.i for entries in self._things_by_sent.values() for start, _ in entries):
                continue
            return True
        return False

    def _topic_in_sight(self, here: set[str], token, si: int) -> set[str]:
        """Of several in sight in sentence ``si``, the one that is the main subject of its sentence
        (the topic), when it can be told; else all of them."""
        topic = here & self._main_subjects.get(si, set())
        if token.lower_ in THING_PRONOUNS:
            topic |= here & self._described_topics.get(si, set())
        rivals = here & self._main_objects.get(si, set())
        if len(topic) == 1 and not rivals - topic:  # "Obama met Putin. He left": still ambiguous
            here = topic
        elif len(topic) == 1 and _goes_on_as_subject(token) and self._told_by_pronoun(si, topic, token):
            # "In 1998, he was sent to Asia by bin Laden. He was captured in 2002": the one the
            # sentence before told by "he", what befell him, goes on; not one named acting there
            here = topic
        elif not topic and token.dep_ in ("nsubj", "nsubjpass"):
            # "Fulham went ahead as McBride stole in to score. He doubled the lead": no one
            # named is the main subject; the one subject of a clause goes on being the subject
            subjects = here & self._subjects.get(si, set())
            if len(subjects) == 1:
                here = subjects
        return here

    def _told_by_pronoun(self, sent_index: int, topic: set[str], token) -> bool:
        """Was the one main subject ``topic`` of sentence ``sent_index`` told there by a "he" or
        "she" of the pronoun's sex, as the subject of its passive main verb? The writer kept him
        the topic, the one named there only acts on him ("he was recruited by Karl Brenner"); "He
        met Paul Riley. But he promised" stays unresolved."""
        doc = token.doc
        sex = _PRONOUN_SEX.get(token.lower_)
        told = {
            name
            for i, name in self._persons_by_sent.get(sent_index, ())
            if doc[i].lower_ in ("he", "she")
            and _PRONOUN_SEX.get(doc[i].lower_) == sex
            and doc[i].dep_ == "nsubjpass"
            and doc[i].head.dep_ == "ROOT"
        }
        return sex is not None and told == topic

    def _pronoun_subject_before(self, token, sent_index: int, exclude: str | None) -> str | None:
        """The person a he/she subject of the token's sentence, before it, stands for, when the
        people named before the token there are none of them its subject and the token is the
        subject of a clause of its own ("He beat Edberg after he cramped"), or None."""
        if token.dep_ not in ("nsubj", "nsubjpass") or token.lower_ not in ("he", "she"):
            return None
        root = sentence_of(token).root
        subjects = children_with(root, ("nsubj", "nsubjpass"))
        if len(subjects) != 1 or token.head.i == root.i:
            return None
        (subject,) = subjects
        if subject.i >= token.i or subject.lower_ != token.lower_ or subject.i in self._token_actor:
            return None
        if _tags_a_quotation(token) or _inside_quotes(token.doc, sentence_bounds(token)[0], token.i):
            return None
        if any(self._token_actor.get(t.i) for t in sentence_of(token) if t.i < subject.i):
            return None  # "In Brandt's view, he ...": someone named before the subject
        found = self.resolve_pronoun(subject, sent_index, exclude)
        if found is None or found[1] != "PERSON" or found[0] == exclude:
            return None
        return found[0]

    def _quoted_only(self, doc, sent_index: int) -> bool:
        """Is sentence ``sent_index`` all inside a quotation (its words between quote marks, a
        quotation opened in a sentence before it included)?"""
        if "quoted_sentences" not in self._memo:
            t, mask = tables(doc), doc_quote_mask(doc)
            quoted: list[bool] = []
            for sent in doc.sents:
                words = [t.idx[i] for i in range(sent.start, sent.end) if t.is_alpha[i]]
                quoted.append(bool(words) and all(mask[c] for c in words))
            self._memo["quoted_sentences"] = quoted
        quoted = self._memo["quoted_sentences"]
        return 0 <= sent_index < len(quoted) and quoted[sent_index]

    def _country_subject(self, token, sent_index: int) -> tuple[str, str] | None:
        """ "The United States has been distancing itself from the regime. In 1994, it cut off all
        aid": the one country that does what the main verb of the pronoun's sentence (named before
        it) or of the sentence before tells, when no body nor product is named in either and no thing
        is acted on ("Iran tested a new missile. It flew": the missile; "Japan was hit by a typhoon.
        It killed": the typhoon)."""
        if any(start < token.i for start, _ in self._things_by_sent.get(sent_index, ())):
            return None
        sent = sentence_of(token)
        # (a country named before it in its own sentence: a thing acted on in the sentence before
        # is out of sight, "... forced to close her shop. Somalia disintegrated ..., when it was")
        own = any(sent.start <= start < token.i for start, _ in self._countries)
        if not own and _owns_a_subject(token):
            # "Guangdong exported toys in 2002, and its exports rose": a province or city named
            # before "its" in its sentence, as a country would be
            own = any(self._token_actor.get(i, ("", ""))[1] == "GPE" for i in range(sent.start, token.i))
        if self._thing_object_before(token, own_sentence=own):
            return None
        if not own:
            if (
                sent.start == 0
                or self._things_by_sent.get(sent_index - 1)
                or self._told_of_a_thing(token, sent_index - 1)
            ):
                return None
            sent = sentence_of(token.doc[sent.start - 1])
        own_clause = sent.start <= token.i < sent.end
        root = sent.root
        if root.i >= token.i or any_child(root, ("nsubjpass", "agent", "csubj")):
            return None
        subjects = children_with(root, ("nsubj",))
        hit = self._token_actor.get(subjects[0].i) if len(subjects) == 1 else None
        if hit is None and len(subjects) == 1 and _owns_a_subject(token):
            # "Japan's economy grew 2 percent, and its exports rose": the country whose thing the
            # main verb tells of owns what "its" tells of next
            owners = children_with(subjects[0], ("poss",))
            hit = self._token_actor.get(owners[0].i) if len(owners) == 1 else None
        if hit is None and len(subjects) == 1 and subjects[0].lemma_.lower() in _GOVERNMENT_NOUNS:
            # "The Dutch government said growth would slow. It also lowered its forecast": the
            # country whose government it was
            hit = self._government_of(subjects[0])
        if hit is None or hit[1] != "GPE":
            return None
        if country_name(hit[0]) is None and not (own_clause and _owns_a_subject(token)):
            # "Guangdong exported toys in 2002, and its exports rose": a province or city acting in
            # the very sentence owns what "its" tells of there; not further
            return None
        if _owns_a_subject(token) and any(
            subjects[0].i < start < token.i and country != hit[0] and token.doc[start].ent_type_ != "MONEY"
            for start, country in self._countries
        ):  # ("... 640 million U.S. dollars": no country told, a currency)
            return None  # "Saudi Arabia will play Spain while Iran has its work cut out": Iran's
        return hit

    def _undergoes_told_after(self, token) -> bool:
        """Is a passive "it" the subject of a clause told after the main one of its sentence, with
        nothing named between the two but the main subject ("Chad fell into chaos after the coup,
        when it was split among factions")? It may go on with that subject; "Iraq invaded Kuwait
        before it was liberated" names another between."""
        verb = token.head
        # ("after the coup, when it was split": the parser may hang a "when" clause on the noun)
        told_when = verb.dep_ == "relcl" and any(c.lower_ == "when" for c in children_with(verb, ("advmod",)))
        if token.dep_ != "nsubjpass" or token.lower_ != "it" or verb.dep_ not in ("advcl", "conj") and not told_when:
            return False
        root = sentence_of(token).root
        subjects = children_with(root, ("nsubj",))
        if root.i >= token.i or len(subjects) != 1:
            return False
        named = self._token_actor
        return not any(i in named for i in range(subjects[0].right_edge.i + 1, token.i))

    def _told_of_a_thing(self, token, before_index: int) -> bool:
        """Is the sentence before the pronoun's about an unnamed thing: its main verb's subject a
        common noun that names no actor ("The admission by Donaldson ... sent shock waves. It
        came a week after ...")? "It" goes on with that subject, not with a name told in passing."""
        sent = sentence_of(token)
        if sent.start == 0:
            return False
        before = sentence_of(token.doc[sent.start - 1])
        root = before.root
        subjects = children_with(root, ("nsubj", "nsubjpass"))
        if len(subjects) != 1:
            return False
        subject = subjects[0]
        if subject.pos_ != "NOUN" or subject.i in self._token_actor:
            return False
        if subject.lemma_.lower() in COMPANY_NOUNS | CRAFT_NOUNS | BUSINESS_NOUNS:
            return False  # "the company", "the ship": the one named before, likely
        noted = {start for entries in self._things_by_sent.values() for start, _ in entries}
        if subject.i in noted or any(
            c.dep_ in ("compound", "poss") and c.i in self._token_actor for c in subject.lefts
        ):
            return False
        if subject.lemma_.lower() in _GOVERNMENT_NOUNS and self._government_of(subject) is not None:
            return False  # "The Dutch government said ... It also lowered": the Netherlands
        if subject.lemma_.lower() in _WRITINGS and any(
            c.dep_ == "acl" and a.dep_ == "agent" and any(p.i in self._token_actor for p in a.children)
            for c in subject.children
            for a in c.children
        ):
            return False  # "said the report issued by the IOBE. It attributed ...": the IOBE's
        # "The report said ... It attributed": the IOBE report, an actor's after all
        return self.resolve_definite(subject, before_index) is None

    def _subject_after(self, token) -> str | None:
        """The person subject (active or passive: "During his trip, X is expected to visit") of the clause a
        fronted pronoun sits in, named after it."""
        node = token
        while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
            node = node.head
        for child in children_with(node, ("nsubj", "nsubjpass")):
            if child.i > token.i:
                hit = self._token_actor.get(child.i)
                if hit is not None and hit[1] == "PERSON":
                    return hit[0]
        return None

    def note_person(self, sent_index: int, token_index: int, name: str, main_subject: bool = False) -> None:
        """A person mentioned by title or by a pronoun counts as a pronoun antecedent too, and, the
        subject of its sentence's main verb (``main_subject``), as what that sentence is about
        ("He said ... despite a meeting of Abbas and Olmert. But he said": the first "he")."""
        self._persons_by_sent[sent_index].append((token_index, name))
        if main_subject:
            self._main_subjects[sent_index].add(name)

    def person_told_at(self, token_index: int) -> str | None:
        """The person a pronoun or a title at ``token_index`` was read as (by :meth:`note_person`)."""
        for told in self._persons_by_sent.values():
            for i, name in told:
                if i == token_index:
                    return name
        return None

    def note_thing(
        self, sent_index: int, token_index: int, name: str, main_subject: bool = False, described_topic: bool = False
    ) -> None:
        """A product or organisation named without an entity tag ("the iTunes store") is an antecedent of "it".
        ``described_topic``: told by a description ("the group") as its sentence's main subject, what
        an "it" or "its" after it is about ("The German group has tried ... But its latest attempt")."""
        self._things_by_sent[sent_index].append((token_index, name))
        if described_topic:
            self._described_topics[sent_index].add(name)
        if len(name.split()) > 1 and name in self.actors and self.actors[name].type not in PLACE_LABELS:
            self.note_mention(token_index, name, name)  # "the iTunes store", "the Thai central bank"
        if main_subject:
            self._main_subjects[sent_index].add(name)


# Words that tell a person's sex when set before the name ("his wife Lonnie", "Mrs Smith").
_SEX_WORDS: dict[str, str] = {
    **dict.fromkeys(
        "mrs ms miss madam madame lady queen princess duchess baroness empress actress heiress "
        "chairwoman spokeswoman businesswoman congresswoman sportswoman policewoman wife widow "
        "mother daughter sister aunt niece grandmother granddaughter girl woman women girlfriend".split(),
        "f",
    ),
    **dict.fromkeys(
        "mr sir lord king prince duke baron emperor spokesman businessman congressman sportsman "
        "policeman husband widower father son brother uncle nephew grandfather grandson boy man men "
        "boyfriend".split(),
        "m",
    ),
}
_PERSON_NOUNS = frozenset(_SEX_WORDS) | frozenset("person people official player leader member".split())


def sex_of(word: str) -> str | None:
    """ "m" or "f" for a word that tells a person's sex ("boy", "his", "Mrs", "she"), else None."""
    low = word.lower()
    return _SEX_WORDS.get(low) or _PRONOUN_SEX.get(low)


# People at work a company hires or names, who are never "it".
_PEOPLE_AT_WORK = frozenset("manager coach employee worker engineer doctor teacher student journalist reporter".split())
# Heads of unnamed subjects that may be a person or a body, never a thing "it" goes on with.
_NOT_THINGS = (
    ROLE_HEADS | _PERSON_NOUNS | _PEOPLE_AT_WORK | PEOPLE_NOUNS | COMPANY_NOUNS | ORG_HEADS | frozenset({"government"})
)
# Dependencies from a possessive's noun up to the verb whose argument the noun is ("launched his
# campaign", "met him at his home", "gave her daughter a gift").
_OBJECT_PATH = frozenset({"dobj", "pobj", "prep", "dative", "attr", "oprd", "conj"})
_PRONOUN_SEX = {
    **dict.fromkeys(("he", "him", "his", "himself"), "m"),
    **dict.fromkeys(("she", "her", "hers", "herself"), "f"),
}
_QUOTE_MARKS = frozenset({'"', "“", "”"})


def _told_kind(doc, start: int) -> str | None:
    """The body noun an organisation is told as where it is named ("the UN refugee agency UNHCR":
    agency), or None."""
    if not 0 <= start < len(doc):
        return None
    tok = doc[start]
    before = doc[start - 1] if start > 0 else None
    if before is not None and before.is_lower and before.pos_ == "NOUN" and before.lemma_ in COMPANY_NOUNS:
        return before.lemma_  # "the UN refugee agency UNHCR", parsed as two subjects
    for _ in range(3):
        if tok.dep_ not in ("compound", "appos", "flat") or tok.head is tok:
            break
        tok = tok.head
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in COMPANY_NOUNS:
            return tok.lemma_.lower()
    return None


_AIRCRAFT = frozenset({"aircraft", "airliner", "plane", "jet"})


def _told_craft(doc, start: int) -> str | None:
    """The craft noun a name is told with where it is named ("an FA-18 Hornet aircraft": aircraft),
    or None."""
    tok = doc[start]
    for _ in range(3):
        if tok.dep_ not in ("compound", "appos", "flat", "nummod") or tok.head is tok:
            break
        tok = tok.head
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in CRAFT_NOUNS:
            return tok.lemma_.lower()
    return None


def _fits_kind(lemma: str, told: str | None) -> bool:
    """Whether a body told as ``told`` may be described as ``lemma``: "the company" after "diamond
    giant De Beers" (two names for a business), "the alliance" after "the opposition bloc X"; not
    "the rebel alliance" after "the refugee agency X"."""
    if told is None or told == lemma:
        return True
    if told in _OTHER_BODIES or lemma in _OTHER_BODIES:
        return any(told in family and lemma in family for family in _BODY_FAMILIES)
    return True


# Bodies of a kind other than a business: a description of one kind fits a body told as one of
# its family only; any two business nouns fit each other ("the firm" after "the bank X").
_BODY_FAMILIES = (
    frozenset({"party", "bloc", "alliance"}),
    frozenset({"club", "team"}),
    frozenset({"agency"}),
    frozenset({"institute"}),
    frozenset({"organisation", "organization"}),
)
_OTHER_BODIES = frozenset().union(*_BODY_FAMILIES)


# Words of a description that put a body in an armed camp, which an organisation in sight named
# otherwise is not known to be in.
_ARMED_WORDS = frozenset("rebel guerrilla guerilla militant insurgent separatist militia".split())

# Nouns of a description that fit a body of any kind ("the group" after "the Lord's Resistance Army").
_ANY_BODY_NOUNS = frozenset({"group", "organisation", "organization"})
# "the club", "the team": a side, which no league, cup or governing body is.
_SIDE_NOUNS = frozenset({"club", "team", "side"})
_NO_SIDE_WORDS = frozenset(
    "league cup championship championships games tournament federation association confederation union committee "
    "council fifa uefa".split()
)

# Nouns for a business only, which stand for the company a story is about when none is in sight.
_FIRM_NOUNS = frozenset({"company", "firm", "corporation"})
# Nouns of a business, and the head words of public bodies' names no such noun describes.
_TRADERS = BUSINESS_NOUNS | frozenset({"bank", "lender", "insurer", "airline", "carrier", "bourse"})
_PUBLIC_BODY_HEADS = frozenset(
    "commission ministry council committee authority court parliament assembly department administration "
    "bureau office regulator".split()
)

# A country's government, which the bare noun stands for when the story tells of one country.
_GOVERNMENT_NOUNS = frozenset({"government", "administration"})
# Words that tell a country's government from its provinces' or towns', not from another country's.
_WHOLE_COUNTRY = frozenset({"federal", "central", "national"})
# Words that tell which of a country's governments over time, or how it is made up, "the government"
# with them still the country's: "the new government", "the coalition government".
_GOVERNMENT_KINDS = frozenset(
    "new coalition interim transitional caretaker incoming outgoing current present previous military".split()
)
_COUNTRY_OR_KIND = _WHOLE_COUNTRY | _GOVERNMENT_KINDS  # a government's words (made once, not on each call)


def _owns_the_main_subject(token) -> bool:
    """Is ``token`` the owner set before the subject of its sentence's main verb, a thing, not a
    person ("Williams's sermon comes after ...", not "Smith's lawyer said ...")? The sentence is
    about the owner, not about someone its words name in passing."""
    subject = token.head
    if token.dep_ != "poss" or subject.dep_ not in ("nsubj", "nsubjpass") or subject.head.dep_ != "ROOT":
        return False
    lemma = subject.lemma_.lower()
    if subject.pos_ != "NOUN" or lemma in PEOPLE_NOUNS or lemma in _PERSON_NOUNS or lemma in _PEOPLE_AT_WORK:
        return False
    return lemma not in _FOLLOWERS and not lemma.endswith(_PEOPLE_ENDINGS)


def _root_name_of_its_verb(token) -> bool:
    """ "Castro, 80, handed over the reins": the name the parser made the root is the subject."""
    return token.dep_ == "ROOT" and any(verb_hung_on_its_subject(c) for c in token.children)


# Endings of nouns for people ("supporters", "loyalists", "partisans", "employees").
_PEOPLE_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "ee", "man", "men")
# Nouns of people, with those of a person's following PEOPLE_NOUNS leaves out ("Obama aides").
_FOLLOWERS = PEOPLE_NOUNS | frozenset("aide ally crony partisan kin".split())
# Plural nouns of fighters a group's name goes before ("Tiger rebels", "Hamas militants").
_FIGHTERS = frozenset("rebels fighters militants guerrillas guerillas insurgents separatists".split())


def _group_word(ent) -> bool:
    """Is a name written as a word before a plural noun of fighters ("Tiger rebels", "Taliban
    fighters"), which tells who they are, or of things ("Hawk fighter planes"), which tells what
    they are? Not "Clinton supporters", "Obama aides": his."""
    head = ent.root.head
    if ent.root.dep_ not in ("compound", "amod", "nmod") or head.tag_ != "NNS" or head.pos_ != "NOUN":
        return False
    if head.i < ent.end or any(t.dep_ != "compound" or t.pos_ != "NOUN" for t in ent.doc[ent.end : head.i]):
        return False
    if head.lower_ in _FIGHTERS:
        return True
    lemma = head.lemma_.lower()
    if lemma in CRAFT_NOUNS or lemma in PLACE_NOUNS:
        return True  # "Hawk fighter planes": crafts or places, no people
    return lemma not in _FOLLOWERS and not lemma.endswith(_PEOPLE_ENDINGS)


# Nouns for a person that a story's first sentence may tell someone by before naming them ("An
# Italian colonel", "A Spanish businessman", "A former US diplomat").
_SOMEONE = (
    frozenset(_SEX_WORDS)
    | _PEOPLE_AT_WORK
    | HONORIFICS
    | frozenset(
        """person official leader member diplomat businessman businesswoman millionaire billionaire
        tycoon driver teacher officer soldier colonel general captain lieutenant sergeant commander
        judge lawyer politician activist dissident cleric priest monk nun bishop pilot farmer
        merchant trader banker executive lawmaker legislator writer author journalist photographer
        tourist pensioner retiree student teenager youth suspect defendant fugitive refugee
        immigrant defector spy agent envoy ambassador mayor governor senator minister""".split()
    )
)


# Nouns for a person the subject of a sentence may be told by, unnamed ("the minister", "the captain").
_SUBJECT_PERSON_NOUNS = _PERSON_NOUNS | ROLE_HEADS | _SOMEONE


def told_as_someone(tok, any_article: bool = False) -> bool:
    """Is ``tok`` a singular noun for a person told with "a"/"an" ("an Italian colonel", "a
    taxi-driver"); with ``any_article``, any noun for people, whatever stands before it?"""
    if tok.pos_ != "NOUN":
        return False
    lemma = tok.lemma_.lower().rsplit("-", 1)[-1]
    if lemma not in _SOMEONE and lemma not in _PEOPLE_WORDS:
        return False
    if any_article:
        return True
    return tok.tag_ == "NN" and any(c.lower_ in ("a", "an") for c in children_with(tok, ("det",)))


# More nouns for people, in the plural too ("police said", "three policemen").
_PEOPLE_WORDS = frozenset(
    """people police policeman policemen troops soldiers officials residents witnesses villagers
    passengers hostages victims workers officers""".split()
)


def _unnamed_count(token) -> int | None:
    """How many people an argument of a lead tells unnamed: 1 for "a"/"an" and a noun for a person
    other than the subject (see :func:`told_as_someone`), the count of "two activists"; else None
    ("the two activists": told before; "his two sons": someone's)."""
    if token.pos_ != "NOUN":
        return None
    if token.tag_ != "NNS":
        return 1 if token.dep_ not in ("nsubj", "nsubjpass") and told_as_someone(token) else None
    counts = [_GROUP_COUNTS.get(c.lower_) for c in children_with(token, ("nummod",))]
    if len(counts) != 1 or token.lemma_.lower().rsplit("-", 1)[-1] not in _SOMEONE:
        return None
    return counts[0] if not any_child(token, ("det", "poss")) else None


def _another_unnamed(lead, token) -> bool:
    """Does the lead tell a person other than ``token`` by a noun for people, not one who says it
    (the noun's own words aside: "two student activists")?"""
    for t in lead:
        if t.i == token.i or t.pos_ != "NOUN" or t.head.i == token.i and t.dep_ == "compound" or _speaks(t):
            continue
        if t.lemma_.lower().rsplit("-", 1)[-1] in _SOMEONE:
            return True
    return False


def _told_together(roots: list[Any]) -> bool:
    """Are the names whose roots these are one "X, Y and Z" (each a conjunct of the first)?"""
    first = min(t.i for t in roots)
    for t in roots:
        while t.dep_ == "conj" and t.i != first:
            t = t.head
        if t.i != first:
            return False
    return True


def _speaks(tok) -> bool:
    """Does ``tok`` (a name's root or a noun) say or report what its sentence tells ("SFOR spokesman
    Mike Fabbro told AFP", "police said"), or stand after "according to"?"""
    if tok.dep_ == "nsubj" and is_speech(tok.head):
        return True
    return tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lower_ == "according"


def _the_one_told(pool: list[tuple[int, str]], before: int) -> tuple[str, str] | None:
    """The one place of ``pool`` told before token ``before``; of several, the one told at least three
    times and three times as often as any other (China in a story that also gives prices in "U.S.
    dollars"); else None."""
    counts = Counter(name for start, name in pool if start < before).most_common(2)
    if len(counts) == 1 or len(counts) == 2 and counts[0][1] >= max(3, 3 * counts[1][1]):
        return counts[0][0], "GPE"
    return None


# Words of a minister's title that say which minister, not which ministry.
_NO_PORTFOLIO = frozenset(
    "deputy vice acting assistant state junior senior former chief prime first second then late interim".split()
)


def _office_said(token) -> bool:
    """Is a title with no determiner nor owner the office someone takes or holds, told as what
    they were elected, named or became ("was elected president one year later", "became prime
    minister", "served as president")? It stands for no one who holds it."""
    if any(c.dep_ in ("det", "poss") for c in token.lefts):
        return False
    return token.dep_ in ("oprd", "attr") or token.dep_ == "pobj" and token.head.lower_ == "as"


def _portfolio_words(words: list[Any]) -> list[str]:
    """The portfolio of a minister's or ministry's title words before its noun, capitalised, with the
    country's adjective before it when the title says it: "Pakistani Foreign" of "Pakistani Foreign
    Minister", "Interior" of "the interior ministry"; [] when a word says which minister ("Prime",
    "Deputy") right before the noun."""
    out: list[str] = []
    for w in words[::-1]:
        low = w.lower_
        if low in _NO_PORTFOLIO or not w.is_alpha or w.ent_type_ == "PERSON":
            return [] if low in _NO_PORTFOLIO and not out else out
        if country_for_adjective(w.text) is not None:
            return [w.text, *out] if out else []  # "Pakistani Foreign Minister": the country's
        if country_name(w.text) is not None:
            return out
        out.insert(0, w.text[:1].upper() + w.text[1:])
    return out


def _ministries_told(doc) -> list[tuple[int, str]]:
    """(token, ministry) of each portfolio told in ``doc`` by a minister's title ("Education
    Minister", "Minister of Labor and Social Security") or by a ministry noun with lower-case words
    ("the interior ministry"): read once, when a bare "the ministry" is met that no name stands for."""
    out: list[tuple[int, str]] = []
    for tok in doc:
        low = tok.lower_
        if low == "minister" and tok.text == "Minister" or low == "ministry" and tok.is_lower:
            j, edge = tok.i, tok.left_edge.i
            while j > edge and doc[j - 1].dep_ in ("compound", "amod", "nmod"):
                j -= 1  # the words of its own title: "Thai Public Health Minister"
            left = _portfolio_words(list(doc[j : tok.i]))
            if low == "ministry":
                own = [doc[i] for i in range(tok.i - len(left), tok.i)]
                if left and all(w.is_lower or n == 0 and w.text == left[0] for n, w in enumerate(own)):
                    out.append((tok.i, " ".join(left) + " Ministry"))  # "the interior ministry"
                continue
            if tok.i > 0 and doc[tok.i - 1].lower_ in ("prime", "first", "chief"):
                continue  # "Prime Minister of Japan": no ministry's
            right: list[str] = []
            k = tok.i + 1
            if k < len(doc) and doc[k].lower_ in ("of", "for"):
                k += 1
                while (
                    k < len(doc)
                    and doc[k].ent_type_ != "PERSON"
                    and (doc[k].is_title or doc[k].lower_ in ("and", "&") and right)
                ):
                    right.append(doc[k].text)
                    k += 1
                while right and right[-1].lower() in ("and", "&"):
                    right.pop()
            if right and not any(country_name(w) is not None for w in right):  # not "Minister of Japan"
                out.append((tok.i, "Ministry of " + " ".join(right)))
            elif left and country_for_adjective(left[-1]) is None:
                out.append((tok.i, " ".join(left) + " Ministry"))
    return out


# Kinds of place "the" and the noun stand for, as the subject, once one such place is named: True
# for a country, False for a town or city (a place the tagger calls GPE that is no country).
_PLACE_KINDS = {"country": True, "nation": True, "city": False, "capital": False, "town": False}

# Writings that speak for whoever issued them, and verbs that tell one issued: "The ministry issued a
# circular ... The circular asked", "The commission adopted a resolution. The resolution called on".
_ISSUED_WRITINGS = frozenset(
    "statement report communique circular resolution declaration letter decree directive notice memorandum".split()
)
_ISSUING_VERBS = frozenset("issue release publish adopt pass approve vote send unveil circulate".split())
_ISSUER_REACH = 4  # sentences back a writing's issuer is looked for

# Writings that say things for whoever issued them: "the report issued by the IOBE ... It said".
_WRITINGS = frozenset("report statement study survey communique letter document".split())

# Nouns "both" and "the two" go with, and the kinds of actors they stand for (None: any).
_GROUP_KINDS: dict[str, tuple[str, ...] | None] = {
    "both": None,
    "side": None,
    "party": None,
    "team": ("ORG", "GPE"),
    "country": ("GPE",),
    "nation": ("GPE",),
    "government": ("GPE",),
    "company": ("ORG",),
    "firm": ("ORG",),
    "bank": ("ORG",),
    "club": ("ORG", "GPE"),
    "leader": ("PERSON",),
    "minister": ("PERSON",),
    "premier": ("PERSON",),
    "president": ("PERSON",),
    "man": ("PERSON",),
    "woman": ("PERSON",),
    "player": ("PERSON",),
    "pair": ("PERSON",),
    "duo": ("PERSON",),
}


def _between_parties(token) -> bool:
    """Is ``token`` the first of a pair told after "between" a noun ("relations between Mongolia and
    China", "talks between X and Y"), not a verb's ("lies between Russia and the EU")?"""
    prep = token.head
    return token.dep_ == "pobj" and prep.lower_ == "between" and prep.head.pos_ == "NOUN"


# Number words that say how many a group told before has: "the three companies".
_GROUP_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
# Nouns that are "the two" by themselves: "Hayden and Symonds ... the pair had batted all day".
_PAIR_NOUNS = frozenset({"pair", "duo"})
# Craft ("the ship", "the satellite") that no body is, and the head words of bodies that are no craft
# ("the Ministry of Science", "the Space Agency"): "the carrier" may be an airline.
_VEHICLE_NOUNS = CRAFT_NOUNS - frozenset({"carrier"})
_BODY_WORDS = ORG_HEADS | frozenset(
    "university institute foundation association union federation party fund club bank center centre authority".split()
)


def _is_body(name: str) -> bool:
    """Is ``name`` a body's by its head word ("Ministry of Science", "Revolutionary Guards")?"""
    head = name_head(name.split()).lower()
    return head in _BODY_WORDS or head.endswith("s") and head[:-1] in _BODY_WORDS


# Heads of the names of built things and sites that "the" and the noun stand for once named.
_SITE_NOUNS = FACILITY_NOUNS | frozenset(
    "dam crossing tunnel tower building plant mine base park canal pipeline monastery shrine".split()
)


def _site_noun(ent) -> str | None:
    """The noun a facility's name ends with ("the Grand Xiangguo Temple", "Wembley Stadium"), or the
    one right after it that the tagger left out ("the Vasco da Gama bridge"); None for others."""
    doc = ent.doc
    last = ent[-1]
    if len(ent) > 1 and last.lower_ in _SITE_NOUNS:
        return last.lower_
    after = doc[ent.end] if ent.end < len(doc) else None
    if (
        after is not None
        and ent.label_ == "FAC"
        and after.lower_ in _SITE_NOUNS
        and after.tag_ == "NN"
        and ent.root.head.i == after.i
    ):
        return after.lower_
    return None


# Verbs that give a thing its name ("the event, known as X,"): the thing is the one named.
_NAMING_VERBS = frozenset("know call name dub title brand".split())

# Verbs that tag a quotation ("..., he said").
_TAG_VERBS = frozenset("say add tell explain insist continue note declare reply respond stress recall".split())


def _named_participle(tok) -> bool:
    """Is ``tok`` a hyphened participle that opens on a name ("Oscar-winning", "Bergman-trained")?"""
    return (
        tok.dep_ == "amod"
        and tok.tag_ in ("VBN", "VBG")
        and any(c.text == "-" for c in tok.children)
        and any(t.pos_ == "PROPN" or t.ent_type_ for t in tok.lefts)
    )


def _modifies_the_description(token, start: int) -> bool:
    """Is the name at ``start`` a word describing the one ``token`` tells of, inside its own noun
    phrase ("The Oscar-winning actress", "Kerry's spokesman"): who it describes is someone else."""
    if start < token.left_edge.i:
        return False
    tok = token.doc[start]
    for _ in range(4):
        if tok.i == token.i or tok.i == tok.head.i:
            return False
        if tok.dep_ in ("amod", "poss", "npadvmod"):
            return True
        tok = tok.head
    return False


def _sentence_back(token, back: int):
    """The sentence ``back`` sentences before the token's (its own at the Doc's start)."""
    sent = sentence_of(token)
    for _ in range(back):
        if sent.start == 0:
            break
        sent = sentence_of(token.doc[sent.start - 1])
    return sent


# Occasions a body holds: "the summit" after "the SAARC Summit" stands for the SAARC.
_HELD_BY_BODIES = frozenset("summit conference session congress convention forum meeting".split())


def _occasion_after(ent):
    """The occasion word right after an organisation's name, past its acronym in brackets ("the
    South Asian Association for Regional Cooperation (SAARC) Summit", "the EU summit"), or None."""
    doc = ent.doc
    i = ent.end
    if i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")":
        i += 3
    if i < len(doc) and doc[i].lower_ in _HELD_BY_BODIES and doc[i].tag_ not in ("NNS", "NNPS"):
        return doc[i]
    return None


def _ordinal(token) -> bool:
    """ "13th", "second": a word that tells which one of a series."""
    return token.ent_type_ == "ORDINAL" or bool(re.fullmatch(r"\d+(st|nd|rd|th)", token.lower_))


def _goes_on_as_subject(token) -> bool:
    """Is a he/she/his/her the subject of its clause, or the owner of that subject ("His escape was
    kept secret")?"""
    if token.dep_ in ("nsubj", "nsubjpass"):
        return True
    return token.dep_ == "poss" and token.head.dep_ in ("nsubj", "nsubjpass")


def _sex_of_apposition(tok) -> str | None:
    """The sex an apposition gives the person it names ("Mary Hollis, an army spokeswoman,", "Li
    Na, wife of the mayor,", "her ex-husband, Alan,"), or None."""
    for c in children_with(tok, ("appos",)):
        if c.i > tok.i:
            return _SEX_WORDS.get(c.lower_.rsplit("-", 1)[-1])
    if tok.dep_ == "appos" and tok.head.i < tok.i:
        return _SEX_WORDS.get(tok.head.lower_.rsplit("-", 1)[-1])  # "her ex-husband, Alan,"
    return None


_SET_APART_DEPS = frozenset({"relcl", "acl", "appos"})


def _set_apart(person, pronoun_i: int) -> bool:
    """Is the person named inside a relative clause, an apposition or an "of" phrase of another
    noun that the pronoun at ``pronoun_i`` is outside of ("The 30-year-old, who married Ali Khan,
    changed her name": "her" is not Ali Khan's)?"""
    tok = person
    while tok.head.i != tok.i:
        head = tok.head
        if head.left_edge.i <= pronoun_i <= head.right_edge.i and tok.dep_ not in _SET_APART_DEPS:
            if not (tok.dep_ == "pobj" and head.head.pos_ in ("NOUN", "PROPN") and head.dep_ == "prep"):
                return False
        if tok.dep_ in _SET_APART_DEPS and not tok.left_edge.i <= pronoun_i <= tok.right_edge.i:
            return True
        if (
            tok.dep_ == "prep"
            and head.pos_ in ("NOUN", "PROPN")
            and not tok.left_edge.i <= pronoun_i <= tok.right_edge.i
        ):
            return True  # "the coach of Wang ... his"
        tok = head
    return False


def _unnamed_of_sex(sent, before: int | None, sex: str | None) -> bool:
    """Is the main subject of ``sent`` (before token ``before``) a person of that sex whom no
    name tells, new to the story ("A spokeswoman for Lufthansa said")? A he/she after it is that
    one, not someone named before (``sex`` None: no pronoun of a sex, no such stop)."""
    if sex is None:
        return False
    root = sent.root
    for c in children_with(root, ("nsubj",)):
        if before is not None and c.i >= before or c.tag_ != "NN":
            continue
        if _SEX_WORDS.get(c.lower_) != sex or not any(d.lower_ in ("a", "an") for d in children_with(c, ("det",))):
            continue
        if not any(t.ent_type_ == "PERSON" for t in c.subtree):
            return True
    return False


def _inside_quotes(doc, start: int, i: int) -> bool:
    """Is token ``i`` inside a quotation opened in its sentence (from ``start``)?"""
    t = tables(doc)  # the words' texts sliced from the Doc's text: no Token made for each
    text, idx, ends = t.text, t.idx, t.ends
    marks = 0
    for j in range(start, i):
        word = text[idx[j] : ends[j]]
        if word in _QUOTE_MARKS or word in ("``", "''"):
            marks += 1
    return marks % 2 == 1


def _not_the_speaker(token, sent_index: int, pool: Mapping[int, list[tuple[int, str]]]) -> set[str]:
    """The persons a "he" that tags a quotation cannot be: those only its quotation names."""
    quoted = _quotation_tagged(token)
    if quoted is not None:
        # '"There was a white boy John. He had a pony ... we never saw the colour," he told AFP':
        # a quotation of several sentences; no one it names is its speaker
        opening, closing = quoted
        named_in = {n for entries in pool.values() for start, n in entries if opening < start < closing}
        # (named outside it only after the pronoun: no one it could stand for, '"... like Sadre
        # ..." he said, referring to Abolhassan Sadre'; nor in a paragraph before the quotation's:
        # 'Prodi pleaded against Saddam's execution. ¶ "... Saddam Hussein ... We had hoped ...,"
        # he added')
        paragraph = _paragraph_start(token.doc, opening)
        named_out = {
            n
            for entries in pool.values()
            for start, n in entries
            if not opening < start < closing and paragraph <= start < token.i
        }
        return named_in - named_out
    if _tags_a_quotation(token):
        return _named_in_own_words(token, pool.get(sent_index, []))
    return set()


def _named_in_own_words(token, named: list[tuple[int, str]]) -> set[str]:
    """The persons the quotation a "he said" tags names, and its sentence names nowhere else
    ('"I only regret that Fidel Castro did not ...," he told the daily'): no one the speaker could
    be, there or in the sentences before."""
    start_of = sentence_bounds(token)[0]
    own = [(start, n) for start, n in named if start < token.i]
    quoted_at = {
        start
        for start, _ in own
        if _inside_quotes(token.doc, start_of, start) and token.doc[start].pos_ != "PRON"  # named, not "he"
    }
    return {n for start, n in own if start in quoted_at} - {n for start, n in own if start not in quoted_at}


def _paragraph_start(doc, i: int) -> int:
    """The first token of the paragraph token ``i`` is in."""
    while i > 0 and not (doc[i - 1].is_space and "\n" in doc[i - 1].text):
        i -= 1
    return i


def _quotation_tagged(token) -> tuple[int, int] | None:
    """The (opening, closing) marks of a quotation that began in an earlier sentence of the paragraph
    and that the pronoun tags ('"... We never saw the colour," he told AFP'), or None."""
    verb = token.head
    if token.dep_ != "nsubj" or verb.lemma_.lower() not in _TAG_VERBS:
        return None
    doc = token.doc
    start = sentence_bounds(token)[0]
    marks = [t.i for t in doc[start : token.i] if t.text in _QUOTE_MARKS or t.text in ("``", "''")]
    if len(marks) != 1:
        return None  # none, or a quotation whole in this sentence (see _tags_a_quotation)
    closing = marks[0]
    opening = None
    for i in range(closing - 1, max(closing - 400, -1), -1):
        t = doc[i]
        if t.is_space and "\n" in t.text:
            break  # a quotation opened in another paragraph: too far to tell
        if t.text in _QUOTE_MARKS or t.text in ("``", "''"):
            opening = i
            break
    if opening is None or doc[opening].text == "”" or doc[closing].text == "“":
        return None
    return opening, closing


def _tags_a_quotation(token) -> bool:
    """Is the pronoun the speaker of a quotation it follows ('"...," he said')?"""
    verb = token.head
    if token.dep_ != "nsubj" or verb.lemma_.lower() not in _TAG_VERBS:
        return False
    start = sentence_bounds(token)[0]
    before = [t for t in token.doc[start : token.i] if t.text in _QUOTE_MARKS or t.text in ("``", "''")]
    return bool(before) and not _inside_quotes(token.doc, start, token.i)


# Offices whose holder the press calls the country's leader.
_LEADING_OFFICES = ("president", "prime minister", "premier", "chancellor", "king", "queen", "emir", "sultan")


# Offices held for a country's government: "we" in their holder's words is the country.
_STATE_OFFICES = frozenset(
    "president premier minister chancellor king queen emir sultan ambassador envoy spokesman spokeswoman "
    "spokesperson representative".split()
)


# Words before a title that make it another, lower office ("vice president", "deputy governor").
_SECOND_OFFICES = frozenset({"vice", "deputy", "assistant", "lieutenant"})
# Words before a title's head that make another office of it ("vice president", "prime minister").
_OTHER_OFFICES = _SECOND_OFFICES | {"prime"}


def _another_office(title: str, told: str) -> bool:
    """Does ``title`` ("deputy foreign minister") name another office than ``told`` ("foreign
    minister"), the word before the words it ends on making one?"""
    before = title[: -len(told) - 1].split()
    return bool(before) and before[-1] in _SECOND_OFFICES


# Words before a title that say its holder held it once ("former premier Rafiq Hariri").
_PAST_WORDS = frozenset({"former", "then", "late", "ex", "onetime", "erstwhile"})


def _told_as_one_more(doc, start: int, name: str, token_actor: Mapping[int, tuple[str, str]]) -> bool:
    """Is the verb the name at ``start`` hangs on told with "also" or "too" ("Finance Minister Karl
    Oster also told state radio"): one more of a kind told before?"""
    root = doc[start]
    while token_actor.get(root.head.i, ("",))[0] == name and root.head.i != root.i:
        root = root.head
    if root.dep_ == "appos":
        root = root.head  # "The tourist, John Harding, 34, also lost ...": the noun it is set beside
    verb = root.head
    return any(c.lower_ in ("also", "too") and c.dep_ == "advmod" for c in verb.children)


def _office_head(words, head: str) -> str:
    """A title's head, a prime minister's "premier" (the press writes him either way)."""
    return "premier" if head == "minister" and "prime" in words else head


def _past_of(words) -> str | None:
    """What a title says of a holding gone: "late" (the holder dead), "former" ("ex", "then",
    "onetime"), or None."""
    if "late" in words:
        return "late"
    return "former" if words & _PAST_WORDS else None


def _holding(cands: set[str], past: set[str]) -> set[str]:
    """Of the persons a title may stand for, those who hold it now when the text names any, else all
    ("the official died" after "a former intelligence official": him, no one else named so)."""
    return (cands - past) or cands


# Heads that name whoever leads an organisation, whatever their title ("the OPEC chief").
_ANY_LEADER = frozenset({"chief", "head", "leader", "boss"})


def _of_the_holder(token) -> bool:
    """A plain adjective that tells what the holder is like ("authoritarian", "outspoken"), not which
    one of a series ("the latest Iraqi leader", "the last Soviet president", "the first", "the next")."""
    return token.tag_ == "JJ" and token.lower_ not in _WHICH_ONE and token.ent_type_ != "ORDINAL"


_WHICH_ONE = frozenset("last latest next previous first late past future then".split())


def _plain_description(token) -> bool:
    """A word before a title that tells nothing of which office it is: "the first-term governor",
    "the outspoken president"; not "the interior minister", "the vice president", "the lieutenant
    governor", "the opposition leader", "the former president", "the Russian president" (another
    office, another time or another country)."""
    if not token.is_lower or token.lower_ in TITLE_WORDS | PORTFOLIO_WORDS | NEW_REFERENT | HONORIFICS:
        return False
    if country_for_adjective(token.text) is not None or token.lower_ in ("acting", "interim", "outgoing", "incoming"):
        return False
    if token.pos_ == "NOUN":  # "first-term", not "the opposition leader" (another office)
        doc = token.doc
        return any(0 <= j < len(doc) and doc[j].text == "-" for j in (token.i - 1, token.i + 1))
    return token.pos_ in ("ADJ", "NUM")


def _the_worlds(token) -> bool:
    """ "the world's largest ship": a superlative's "world's" describes, it names no owner."""
    return token.dep_ == "poss" and token.lower_ == "world"


def _carries_news_at(doc, seen: list[tuple[int, str]], name: str) -> bool:
    """Is ``name``, where ``seen`` has it named, a news agency, a paper or a station ("a plane
    crashed ..., officials told Xinhua. ... soon after the aircraft took off")? It is no craft."""
    return any(n == name and _carries_news(doc[start], n) for start, n in seen)


def _carries_the_news(doc, start: int) -> bool:
    """Is the name at ``start`` a paper or agency only carrying the news ("..., the China Daily
    reported."), the reporter of a "reported" with nothing reported as its object? It is no company
    "the bank" or "the company" of the next sentence stands for."""
    ent = next((e for e in doc.ents if e.start == start), None)
    if ent is None:
        return False
    verb = ent.root.head
    if ent.root.dep_ != "nsubj" or verb.lemma_.lower() != "report":
        return False
    return not any_child(verb, ("dobj", "attr"))


def _describing(token) -> bool:
    """A word between "the" and a noun that describes the one told before, not another: "the
    central bank", "the 12-kilometer (seven-mile) bridge", "the giant ship"."""
    if token.lower_ in NEW_REFERENT or token.dep_ == "poss" or token.ent_type_:
        return False
    if token.is_punct or token.like_num or token.dep_ in ("nummod", "quantmod", "npadvmod", "appos"):
        return True
    return token.dep_ in ("amod", "compound", "nmod", "advmod", "hmod", "punct") and token.is_lower


# Nouns a description of a body in a family of bodies ends with ("the UN agency", "the EU court").
_ANY_MEMBER_NOUNS = frozenset({"agency", "body", "organisation", "organization"})
_MEMBER_BODY_NOUNS = _ANY_MEMBER_NOUNS | frozenset(
    "court tribunal commission committee panel programme program fund mission office".split()
)
# The head words of the names of a family's bodies "the UN agency", "the UN body" may stand for (not
# a council or assembly of its members).
_MEMBER_HEADS = frozenset(
    "agency programme program fund organisation organization office commission commissioner mission "
    "bureau institute authority centre center".split()
)
_SAME_BODY = {
    "court": frozenset({"tribunal"}),
    "tribunal": frozenset({"court"}),
    "program": frozenset({"programme"}),
    "programme": frozenset({"program"}),
}

# Nouns for a child "the" tells again ("the boy", "the girl").
_CHILD_NOUNS = frozenset({"boy", "girl", "child"})


def _unnamed_child_before(token) -> bool:
    """Did the text bring in an unnamed child before ("a 12-year-old boy", "another girl")?"""
    doc = token.doc
    pos, low = tables(doc).pos, lower_texts(tables(doc))
    for i in range(token.i):
        if pos[i] == "NOUN" and low[i] in _CHILD_NOUNS:
            if any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in doc[i].lefts):
                return True
    return False


def _told_as_child(ent) -> bool:
    """Is the person's name set beside a child's age or a noun for a child ("Elian Gonzalez, 6,",
    "Elian, the boy at the center of the dispute")?"""
    for c in children_with(ent.root, ("appos",)):
        if ent.start <= c.i < ent.end:
            continue
        if c.like_num and c.text.isdecimal() and 0 < int(c.text) < 18 and not list(c.children):
            return True
        if c.pos_ == "NOUN" and c.lemma_.lower() in _CHILD_NOUNS:
            return True
    for c in children_with(ent.root, ("amod",)):
        if c.lower_ == "old" and c.i < ent.start:  # "the 6-year-old Elian", "six-year-old Elian"
            years = [n for y in c.lefts if y.lower_ == "year" for n in y.lefts if n.like_num]
            if not years:
                return False
            word = years[0].lower_
            return 0 < SMALL_NUMBERS.get(word, int(word) if word.isdecimal() else 0) < 18
    return False


# Nouns a name set beside them is never "the" noun later: a writing ("in Nepal, a report released
# Friday said": a parse gone wrong), the camp a party is one of ("the opposition Social Democratic
# Party": "the opposition" is every party of it)
_NOT_TOLD_AS = _WRITINGS | _ISSUED_WRITINGS | frozenset({"opposition"})


def _closed_aside(noun) -> bool:
    """Does the apposition ``noun`` heads end where a comma, a stop or a bracket closes it ("Emma
    Maersk, the world's largest ship, arrived"), not run on into a clause of its own that the parse
    hung on the name ("in Nepal, a report submitted to the campaign disclosed")?"""
    doc = noun.doc
    after = noun.right_edge.i + 1
    return after >= sentence_bounds(noun)[1] or doc[after].is_punct


def _unnamed_one_before(token, lemma: str, after: int = 0) -> bool:
    """Did the text bring in an unnamed one of this kind before ("an international review team
    has said"), which "the team" goes on with? Not one said of a name ("Tullow, a British
    company,", "Tullow is a British company") nor one with a name in its phrase ("a Tullow
    subsidiary"). ``after``: the first token looked at."""
    doc = token.doc
    tb = tables(doc)
    pos, tags = tb.pos, tb.tags
    for i in range(after, token.i):
        if pos[i] != "NOUN" or tags[i] != "NN":
            continue  # no Token made for the other words
        t = doc[i]
        if t.lemma_.lower() != lemma:
            continue
        if not any(c.lower_ in ("a", "an") and c.dep_ == "det" for c in t.lefts) or any(
            c.lower_ == "such" for c in t.lefts
        ):
            continue
        if t.dep_ in ("attr", "appos", "npadvmod") or any(c.ent_type_ for c in t.lefts):
            continue
        if any(c.dep_ == "appos" for c in t.rights):
            continue  # "a joint venture, Dongfeng Nissan,"
        return True
    return False


# Nouns for a person a lead may tell the one who says its news by ("an official", "a top aide").
# (a person's noun: "the local government said", "the foreign ministry said" is the body itself)
_DESCRIBED_SPEAKERS = _SUBJECT_PERSON_NOUNS | frozenset("aide ally adviser advisor colleague".split())
_LATER_REACH = 2  # sentences after a lead a person it describes is looked for, named
# Verbs of a statement's act a lead tells its described speaker by ("called on", "urged", "hit out").
_STATEMENT_LEMMAS = frozenset(
    """call urge appeal demand warn criticize criticise condemn denounce blast slam hit accuse reject
    welcome praise vow pledge""".split()
)
# Heads of a body's parts, which the name before them owns wherever they work ("the UN Asia office")
_PART_NOUNS = frozenset("office division branch bureau unit wing department desk section chapter arm mission".split())

# Words of a description too common to tell whose title it shares ("a senior official").
_PLAIN_TITLE_WORDS = frozenset("of for to the a an and in on at senior top high-ranking official".split())


def _description_words(token) -> set[str]:
    """The words a description of a person says of them beyond its head ("The United Nations
    envoy for Somalia": {"united", "nations", "envoy", "somalia"}), a name's words and plain ones
    left out ("A top aide to President Mobutu": {"aide"}), lower case."""
    words = {token.lemma_.lower()}
    for t in token.subtree:
        if t.i == token.i or not t.is_alpha or t.dep_ in ("relcl", "acl"):
            continue
        if t.ent_type_ == "PERSON" or t.head.ent_type_ == "PERSON" or t.ent_type_ == "ORG" and t.head.i != token.i:
            continue  # (a name and its own title: "to President Mobutu" is someone else's)
        words.add(t.lower_)
    return words - _PLAIN_TITLE_WORDS


def _title_key(tokens) -> str:
    words = []
    for t in tokens:
        country = country_for_adjective(t.text) if t.pos_ in ("ADJ", "PROPN") else None
        words.append((country or t.lemma_).lower())
    return " ".join(words)


# Wire services, named alone ("according to Yonhap"); "... news agency", papers and stations by the
# phrase they stand in.
_WIRES = frozenset(
    "reuters afp ap xinhua tass itar-tass interfax kyodo yonhap bernama antara ansa dpa efe upi pti irna "
    "kcna mena wafa anadolu bloomberg sapa kuna lusa belga tanjug notimex".split()
)
_WIRE_NAMES = ("associated press", "agence france-presse", "agence france presse", "ria novosti", "jiji press")
_PRESS_NOUNS = frozenset("agency newspaper daily weekly radio television tv channel broadcaster newswire".split())


def _carries_news(tok, name: str) -> bool:
    """Is the mention at ``tok`` of a news agency, a paper or a station?"""
    low = name.lower()
    if low in _WIRES or low.endswith(_WIRE_NAMES) or low.endswith(("news agency", "press agency")):
        return True
    node = tok
    for _ in range(4):  # "the Yonhap news agency", "the state-run Sabah daily"
        if node.lemma_.lower() in _PRESS_NOUNS and node.pos_ == "NOUN":
            return node.lemma_.lower() != "agency" or any(c.lower_ in ("news", "press") for c in node.children)
        if node.dep_ not in ("compound", "nmod", "poss", "amod", "flat") or node.head.i == node.i:
            break
        node = node.head
    return False


_AMOUNT_LABELS = frozenset({"MONEY", "PERCENT", "QUANTITY", "CARDINAL"})


def _an_amount(noun) -> bool:
    """Is ``noun`` a change told by its amount ("a rise of 22.3 percent", "an increase of $5
    million"): no thing that an "its" could go on with?"""
    for prep in children_with(noun, ("prep",)):
        if prep.lower_ == "of":
            for obj in children_with(prep, ("pobj",)):
                if obj.ent_type_ in _AMOUNT_LABELS:
                    return True
    return False


_REPORTING_VERBS = frozenset("say add note state show find reveal indicate suggest estimate".split())


def _tells_what_it_says(token) -> bool:
    """Is ``token`` the subject of a verb that reports what it says ("the report said", "the
    study found")?"""
    return token.dep_ == "nsubj" and token.head.lemma_.lower() in _REPORTING_VERBS


def _owns_a_subject(token) -> bool:
    """Is ``token`` an "its" owning a verb's subject ("its exports rose")?"""
    return token.dep_ == "poss" and token.lower_ == "its" and token.head.dep_ in ("nsubj", "nsubjpass")


def _expletive_it(token) -> bool:
    head = token.head
    if token.dep_ == "nsubj" and token.lower_ == "it" and time_taken_to(head) is not None:
        return True  # "It took Kenya 80 minutes to win": the time it took, no thing told before
    return (
        token.dep_ == "nsubj"
        and head.lemma_ in ("be", "seem", "appear")
        and any_child(head, ("ccomp", "xcomp", "csubj"))
    )


def age_of_old(old) -> int | None:
    """The age an "old" tells ("80-year-old": 80; -1 for one not in figures, "two-year-old"), or
    None when it tells none."""
    for y in old.lefts:
        if y.lower_ in ("year", "years"):
            for n in y.lefts:
                if n.like_num:
                    return int(n.text) if n.text.isdecimal() else -1
    return None


def described_age(tok) -> int | None:
    """The age a person told by age is given ("the 80-year-old master", "the 45-year-old": 80,
    45), or None (an age not in figures too)."""
    olds = [tok] if tok.lower_ == "old" else [c for c in tok.lefts if c.lower_ == "old" and c.dep_ == "amod"]
    age = age_of_old(olds[0]) if len(olds) == 1 else None
    return age if age is not None and age > 0 else None


def _country_word(word: str) -> str | None:
    """The country a word of a written title names ("kenyan", "kenya"), or None."""
    return country_for_adjective(word) or country_name(word)


def _office_to_hold(title_tokens) -> bool:
    """Does a written title end in an office its holder is still to take ("chancellor-designate",
    "president-elect": the office, a hyphen, "designate" or "elect")?"""
    if len(title_tokens) < 2 or title_tokens[-1].lower_ not in ("designate", "elect"):
        return False
    office, last = title_tokens[-2], title_tokens[-1]
    return office.lower_ in ROLE_HEADS and last.i - office.i == 2 and last.doc[office.i + 1].text == "-"


def _countries_written(words: frozenset[str]) -> set[str]:
    """The countries the words of a written title name, a country of two words first ("sri" and
    "lankan": Sri Lanka, not a country of "lankan"; "south korean": South Korea, not Korea)."""
    pairs = {(a, b): c for a in words for b in words if a != b and (c := _country_word(f"{a} {b}")) is not None}
    within = {w for pair in pairs for w in pair}
    return set(pairs.values()) | {c for w in words - within if (c := _country_word(w)) is not None}


def _title_hung_elsewhere(ent) -> list[Any]:
    """A capitalised title written right before a name the parser did not hang on it ("Syrian
    President Bashar al-Assad said": the hyphened name split, "President" made the subject): the
    title and the words the parser did hang on it ("Syrian"), as it is written."""
    doc = ent.doc
    j = ent.start - 1
    if j < sentence_bounds(ent)[0]:
        return []
    head = doc[j]
    if head.lower_ not in ROLE_HEADS or not head.text[:1].isupper() or head.pos_ != "PROPN":
        return []
    if head.head.i >= ent.start and head.head.i < ent.end:
        return []  # hung on the name: read by the rules above
    return [t for t in head.subtree if t.i <= head.i]


def _of_himself(clause) -> bool:
    """Does a said clause tell of the speaker ("Fonseka said he wanted talks"): its subject "he" or "she"?"""
    return any(c.lower_ in ("he", "she") for c in children_with(clause, ("nsubj", "nsubjpass")))


def _country_beside(ent) -> str | None:
    """The country a word beside a person's name ties them to: a nationality before the name or as
    its first word ("Croatian Ivan Tomic"), a country's name owning it ("Croatia's Ivan Tomic"),
    "of" and a country after it ("Ivan Tomic of Croatia"); else None."""
    doc = ent.doc
    first = doc[ent.start]
    if first.pos_ in ("ADJ", "PROPN") and (found := country_for_adjective(first.text)) and first.text[0].isupper():
        if ent.end - ent.start > 1 and country_name(first.text) is None:
            return found
    if ent.start >= 1:
        prev = doc[ent.start - 1]
        if prev.text[:1].isupper() and prev.pos_ in ("ADJ", "PROPN") and (found := country_for_adjective(prev.text)):
            return found
        if prev.tag_ == "POS" and ent.start >= 2 and (found := country_name(doc[ent.start - 2].text)):
            return found
    if ent.end + 1 < len(doc) and doc[ent.end].lower_ == "of":
        return country_name(doc[ent.end + 1].text)
    return None
