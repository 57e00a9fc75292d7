"""Actor canonicalization within one document.

One canonical name per actor: corrected entity types (gazetteer, majority label), full names for
surnames, titles and appositions ("the Russian president"), unambiguous pronouns, user aliases.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Span

from timeline.extract.aliases import alias_index
from timeline.extract.gazetteer import country_for_adjective, country_name, is_known_org, is_place
from timeline.nlp.doctables import span_text, tables

ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_CORP_SUFFIXES = frozenset(
    {
        "inc",
        "inc.",
        "corp",
        "corp.",
        "corporation",
        "ltd",
        "ltd.",
        "co",
        "co.",
        "plc",
        "llc",
        "group",
        "company",
        "ag",
        "sa",
    }
)
_PRONOUN_REACH = 3  # sentences a pronoun looks back for its antecedent
_PERSON_PRONOUNS = frozenset({"he", "him", "his", "himself", "she", "her", "hers", "herself"})
_THING_PRONOUNS = frozenset({"it", "its", "itself"})
ROLE_HEADS = frozenset(
    {
        "president",
        "minister",
        "secretary",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "envoy",
        "chief",
        "leader",
        "premier",
        "chancellor",
        "king",
        "queen",
        "prince",
        "general",
        "commander",
        "official",
        "ambassador",
        "director",
        "executive",
        "ceo",
        "founder",
        "co-founder",
        "chairman",
        "chairwoman",
        "head",
        "governor",
        "mayor",
        "senator",
        "adviser",
        "advisor",
        "counterpart",
        "prosecutor",
        "judge",
        "analyst",
        "lawyer",
        "officer",
        "representative",
        "negotiator",
        "coordinator",
        "emir",
        "sheikh",
    }
)
# Heads of noun phrases that name a body acting in the news ("Russia's defence ministry").
ORG_HEADS = frozenset(
    {
        "ministry",
        "government",
        "army",
        "military",
        "troops",
        "forces",
        "police",
        "navy",
        "embassy",
        "parliament",
        "council",
        "committee",
        "court",
        "administration",
        "authorities",
        "agency",
        "office",
        "department",
        "regime",
        "opposition",
        "rebels",
        "coalition",
        "cabinet",
        "command",
        "delegation",
        "commission",
        "service",
        "guard",
        "militia",
    }
)
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those"})
# Words of a title that are capitalised before a name and still no name ("Chief Executive Officer").
_TITLE_WORDS = frozenset({"chief", "executive", "vice", "deputy", "prime", "foreign", "senior", "general"})
_NEW_REFERENT = frozenset({"new", "other", "another", "rival", "second", "former", "parent", "sister"})
# "the company" names the organisation the story is about.
COMPANY_NOUNS = frozenset(
    {
        "company",
        "firm",
        "group",
        "corporation",
        "automaker",
        "carmaker",
        "planemaker",
        "manufacturer",
        "maker",
        "retailer",
        "airline",
        "bank",
        "conglomerate",
        "giant",
        "insurer",
        "lender",
        "broadcaster",
        "publisher",
        "label",
        "club",
        "team",
        "newspaper",
        "paper",
        "daily",
        "party",
    }
)
# Entities that count or place in time: never a participant ("Monday's announcement", "February 6").
NON_ACTOR_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})
_CALENDAR_WORDS = frozenset(
    "january february march april may june july august september october november december "
    "jan jan. feb feb. mar mar. apr apr. jun jun. jul jul. aug aug. sep sep. sept sept. oct oct. nov nov. "
    "dec dec. monday tuesday wednesday thursday friday saturday sunday "
    "christmas easter thanksgiving ramadan hanukkah".split()
)
_HOLIDAYS = frozenset(
    {
        "new year",
        "new year's",
        "new year's day",
        "new year's eve",
        "christmas eve",
        "christmas day",
        "boxing day",
        "good friday",
        "easter sunday",
        "labor day",
        "labour day",
        "memorial day",
        "independence day",
        "valentine's day",
        "halloween",
    }
)
# A model designator after a product or company name belongs to the name: "iPhone 3G", "Windows 7",
# "Galaxy S5", "OS X", "MacBook Pro", "Boeing 737".
_DESIGNATOR = re.compile(r"(?:\d{1,4}[A-Za-z]{0,3}|[A-Z]{1,2}\d{1,4}[A-Za-z]?|(?:II|III|IV|VI|VII|VIII|IX|X|XI|XII))$")
_DESIGNATOR_WORDS = frozenset({"Pro", "Max", "Plus", "Mini", "Ultra", "Lite", "SE", "XL", "XS"})
_QUANTITY_WORDS = frozenset(
    {"%", "percent", "per", "million", "billion", "trillion", "thousand", "hundred", "times"}
    | {"seconds", "minutes", "hours", "days", "weeks", "months", "years"}
)


@dataclass
class ActorInfo:
    """Mutable per-document record of one canonical actor (frozen into model.Actor at the end)."""

    name: str
    type: str
    aliases: set[str] = field(default_factory=set)
    events: int = 0


def is_time_word(token) -> bool:
    """A token of a date or time, a number or amount, or a month or weekday name: never an actor.
    (A name the tagger swept into a number, as "an iPhone 4" tagged CARDINAL, is still a name.)"""
    if token.ent_type_ in ("DATE", "TIME") or token.lower_ in _CALENDAR_WORDS:
        return True
    return token.ent_type_ in NON_ACTOR_LABELS and (token.like_num or not token.is_alpha)


def is_date_word(token) -> bool:
    """A token of a date or time entity, or a month or weekday name ("October 04")."""
    return token.ent_type_ in ("DATE", "TIME") or token.lower_ in _CALENDAR_WORDS


def is_designator(text: str) -> bool:
    """A model number or code: "737", "3G", "S5", "A380", "X"."""
    return bool(_DESIGNATOR.match(text))


def designator_end(doc, end: int) -> int:
    """End of a name that ends before token ``end``, extended over model designators ("iPhone" + "3G").

    Takes numbers and short letter/digit codes ("3G", "4S", "S5", "X", "II") and tier words
    ("Pro", "Plus"); letters glued to a designator continue it (the tokenizer splits "3G" into
    "3" "G"). A number that counts something ("Apple 10 percent", "Apple 3 million") is left out.
    """
    sent_end = doc[end - 1].sent.end if end < len(doc) else end
    i = end
    while i < sent_end and doc[i - 1].whitespace_ == " ":
        tok = doc[i]
        if tok.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL") or not (
            _DESIGNATOR.match(tok.text) or tok.text in _DESIGNATOR_WORDS
        ):
            break
        j = i + 1
        while j < sent_end and not doc[j - 1].whitespace_ and doc[j].text.isalnum() and len(doc[j].text) <= 3:
            j += 1  # "3" + "G"
        if tok.like_num and j < sent_end and doc[j].lower_ in _QUANTITY_WORDS:
            break
        if j < sent_end and not doc[j - 1].whitespace_ and doc[j].text in ("-", "–", "/", ":"):
            break  # "9-3", "3/4": a score or a figure, not a model
        i = j
        if tok.like_num and tok.text.isdigit():
            break  # "Boeing 737", not "Boeing 737 800"
    return i


_POSSESSIVE_END = re.compile(r"\s*'s?$")
_LEADING_THE = re.compile(r"^(?:the|The)\s+")


def clean_name(text: str) -> str:
    """Entity text without surrounding determiners, possessive endings and extra spaces."""
    text = " ".join(text.replace("’", "'").split())
    text = _POSSESSIVE_END.sub("", text)
    text = _LEADING_THE.sub("", text)
    return text.strip(" ,;:\"'“”()")


class ActorResolver:
    """Maps tokens of one parsed document to canonical actors."""

    def __init__(self, doc, aliases: Mapping[str, Sequence[str]] | None = None):
        self.doc = doc
        self.aliases = alias_index(aliases)
        self.actors: dict[str, ActorInfo] = {}
        # token index -> (canonical name, label) for tokens inside actor entities
        self._token_actor: dict[int, tuple[str, str]] = {}
        self._ent_at: dict[int, object] = {}
        self._titles: dict[str, set[str]] = defaultdict(set)  # "russian president" -> {"Vladimir Putin"}
        self._title_heads: dict[str, set[str]] = defaultdict(set)  # "president" -> {"Vladimir Putin"}
        self._persons_by_sent: dict[int, list[tuple[int, str]]] = defaultdict(list)
        self._things_by_sent: dict[int, list[tuple[int, str]]] = defaultdict(list)
        self._sent_of: dict[int, int] = {}
        self._mentions: list[tuple[int, str, str]] = []  # (token, canonical name, last word) for "the store"
        self._uses: Counter = Counter()  # canonical name -> entity mentions
        self._first: dict[str, int] = {}  # canonical name -> token of its first mention
        self._merged: dict[str, str] = {}  # a name merged into another ("renamed to") -> the canonical one
        self._definite: Counter = Counter()  # name -> uses headed by "the" ("the Dow")
        self._main_subjects: dict[int, set[str]] = defaultdict(set)  # sentence -> subjects of its main verb
        self._main_objects: dict[int, set[str]] = defaultdict(set)  # sentence -> objects of its main verb
        self._build()

    # ------------------------------------------------------------------ building
    def _build(self) -> None:
        doc = self.doc
        for si, sent in enumerate(doc.sents):
            self._sent_of[sent.start] = si
        sent_starts = sorted(self._sent_of)
        ents = [e for e in doc.ents if e.label_ in ACTOR_LABELS]
        named = {clean_name(span_text(e)) for e in ents}
        ents = [_repair_bounds(doc, _trim_person(e), named) for e in ents]
        ents = _with_designators(doc, [e for e in ents if e is not None])
        cleaned = [(e, clean_name(span_text(e))) for e in ents]
        cleaned = [(e, name) for e, name in cleaned if name and not _is_date_name(e) and not _is_no_name(e)]
        ents = [e for e, _ in cleaned]
        names = [name for _, name in cleaned]
        labels = self._fix_types(ents, names)
        canon = self._canonical_names(names, labels)
        import bisect

        for ent, name, label in zip(ents, names, [labels[n] for n in names], strict=True):
            cname = canon[name]
            ctype = labels.get(cname, label)
            info = self.actors.get(cname)
            if info is None:
                info = self.actors[cname] = ActorInfo(cname, ctype)
            info.aliases.add(name)
            self._uses[cname] += 1
            self._first.setdefault(cname, ent.start)
            det = ent[0] if ent[0].lower_ == "the" else doc[ent.start - 1] if ent.start > 0 else None
            if det is not None and det.lower_ == "the" and det.head.i == ent.root.i:
                self._definite[cname] += 1  # "the Dow closed", not "the Apple logo"
            for t in ent:
                self._token_actor[t.i] = (cname, ctype)
            self._ent_at[ent.root.i] = ent
            if ctype not in PLACE_LABELS and len(name.split()) > 1:
                self._mentions.append((ent.start, cname, name.split()[-1].lower()))
            si = self._sent_of[sent_starts[bisect.bisect_right(sent_starts, ent.start) - 1]]
            if ent.root.head.dep_ == "ROOT" and ent.root.dep_ in ("nsubj", "nsubjpass"):
                self._main_subjects[si].add(cname)
            elif ent.root.head.dep_ == "ROOT" and ent.root.dep_ in ("dobj", "dative", "attr", "agent"):
                self._main_objects[si].add(cname)
            elif ent.root.dep_ == "pobj" and ent.root.head.head.dep_ == "ROOT":
                self._main_objects[si].add(cname)  # "met with Putin", "sued by Samsung"
            if ctype == "PERSON":
                self._persons_by_sent[si].append((ent.start, cname))
                self._learn_title(ent, cname)
            elif ctype in ("ORG", "PRODUCT"):
                self._things_by_sent[si].append((ent.start, cname))

    def _fix_types(self, ents, names) -> dict[str, str]:
        """One label per name: gazetteer and known organisations first, then the majority label."""
        votes: dict[str, Counter] = defaultdict(Counter)
        for ent, name in zip(ents, names, strict=True):
            votes[name][ent.label_] += 1
        person_tokens = {tok for n in names for tok in n.split() if len(n.split()) > 1 and "PERSON" in votes[n]}
        labels: dict[str, str] = {}
        for name, counter in votes.items():
            label = counter.most_common(1)[0][0]
            if is_known_org(name):
                label = "ORG"
            elif label in ("PERSON", "ORG", "NORP", "PRODUCT") and is_place(name):
                # a one-word "person" that is also part of a full person name stays a person;
                # a nationality adjective ("Russian") stays NORP, a country name becomes GPE
                if label == "PERSON" and name in person_tokens:
                    pass
                elif country_name(name) or country_for_adjective(name) is None:
                    label = "GPE"
            labels[name] = label
        return labels

    def _canonical_names(self, names, labels) -> dict[str, str]:
        distinct = list(dict.fromkeys(names))
        uses = Counter(names)
        canon: dict[str, str] = {}
        persons = [n for n in distinct if labels[n] == "PERSON"]
        orgs = [n for n in distinct if labels[n] in ("ORG", "PRODUCT")]
        for name in distinct:
            key = " ".join(name.lower().split())
            if key in self.aliases:
                canon[name] = self.aliases[key]
                continue
            label = labels[name]
            target = name
            if label != "PERSON" and len(name.split()) == 1:
                # a surname the model mislabelled ("Poznikhir" as ORG after "Viktor Poznikhir")
                owners = [p for p in persons if len(p.split()) > 1 and _contains_words(p.split(), [name])]
                if len(owners) == 1 and not is_place(name):
                    labels[name] = label = "PERSON"
            if label == "PERSON":
                words = name.split()
                longer = {
                    p
                    for p in persons
                    if p != name and len(p.split()) > len(words) and _contains_words(p.split(), words)
                }
                longer = {
                    p for p in longer if not any(q != p and _contains_words(q.split(), p.split()) for q in longer)
                }
                if len(longer) > 1:
                    # "Steve" with Steve Jobs all through the story and Steve Ballmer once: the one the
                    # document is about, when it is named at least twice as often as any other
                    weight = {p: sum(uses[n] for n in persons if _contains_words(p.split(), n.split())) for p in longer}
                    ranked = sorted(longer, key=lambda p: -weight[p])
                    if weight[ranked[0]] >= 2 * weight[ranked[1]]:
                        longer = {ranked[0]}
                if len(longer) == 1:
                    target = longer.pop()
            elif label in ("ORG", "PRODUCT"):
                longer = {
                    o
                    for o in orgs
                    if o != name
                    and o.lower().startswith(name.lower() + " ")
                    and all(w.lower() in _CORP_SUFFIXES for w in o.split()[len(name.split()) :])
                }
                if not longer and _ACRONYM.match(name):
                    # "GM" after "General Motors", "EADS" after "European Aeronautic Defence and Space Company"
                    longer = self._acronym_owners(name, orgs)
                if not longer and _DESIGNATOR.match(name):
                    # "the A380" after "the Airbus A380": the model stands for the whole name
                    longer = {o for o in orgs if len(o.split()) > 1 and o.split()[-1] == name}
                if len(longer) == 1:
                    target = longer.pop()
            elif label in ("GPE", "NORP"):
                target = country_name(name) or name
            canon[name] = self.aliases.get(" ".join(target.lower().split()), target)
        for name, target in canon.items():
            # "GM" -> "General Motors" -> "General Motors Corp."
            if canon.get(target, target) != target and name not in self.aliases.values():
                canon[name] = canon[target]
        return canon

    @staticmethod
    def _acronym_owners(name: str, candidates) -> set[str]:
        letters = name.replace(".", "").upper()
        return {o for o in candidates if len(o.split()) > 1 and letters in _initials(o)}

    def _learn_title(self, ent, cname: str) -> None:
        inside = [t for t in ent[:-1] if t.lower_ in ROLE_HEADS]
        if inside:  # "Nepali King Gyanendra" tagged whole: "the King" is him too
            head = inside[-1]
            self._title_heads[head.lower_].add(cname)
            self._titles[_title_key([t for t in ent if t.i <= head.i and t.is_alpha])].add(cname)
        root = ent.root
        words = [t for t in root.lefts if t.i < ent.start and t.dep_ in ("compound", "amod", "nmod")]
        title_tokens: list[Any] = []
        for w in words:
            title_tokens.extend(t for t in w.subtree if t.i < ent.start)
        if root.dep_ == "appos" and root.head.pos_ == "NOUN":
            head = root.head
            title_tokens = [t for t in head.subtree if t.i <= head.i and t.i < ent.start or t.i == head.i]
        for t in root.children:
            # "Steve Jobs, the Apple Chief Executive Officer,": a capitalised title counts too
            if t.dep_ == "appos" and (t.pos_ == "NOUN" or t.pos_ == "PROPN" and t.lower_ in ROLE_HEADS):
                title_tokens = [c for c in t.subtree if c.i <= t.i]
        title_tokens = [t for t in title_tokens if t.is_alpha or "." in t.text]
        title_tokens = [
            t
            for t in title_tokens
            if t.lower_ not in _DETERMINERS and t.pos_ != "PROPN" or t.lower_ in ROLE_HEADS | _TITLE_WORDS
        ]
        if not title_tokens:
            return
        head = title_tokens[-1]
        if head.lower_ not in ROLE_HEADS and head.lemma_.lower() not in ROLE_HEADS:
            return
        self._titles[_title_key(title_tokens)].add(cname)
        self._title_heads[head.lemma_.lower()].add(cname)
        words = [t for t in title_tokens if t.pos_ not in ("PRON", "DET") and t.is_alpha]
        if len(words) > 1 and any(t.text[:1].isupper() for t in words) and cname in self.actors:
            # "Russian President": kept with the person, so that another article's "the Russian
            # president" can be told to be him (timeline.merge.actors links titles within a time)
            self.actors[cname].aliases.add(" ".join(t.text for t in words))

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
            if a.type == "PERSON" and len(a.name.split()) > len(words) and _contains_words(a.name.split(), words)
        }
        if len(owners) == 1:
            (owner,) = owners
            return owner, "PERSON"
        name = self.canonical(name)
        if name in self.actors:
            return name, self.actors[name].type
        if len(words) > 1 and is_designator(words[0]):
            # "the 3G iPhone" after "the iPhone 3G"
            turned = self.canonical(" ".join(words[1:] + words[:1]))
            if turned in self.actors:
                return turned, self.actors[turned].type
        if is_designator(name) and not name.isdigit():
            # "the A380" after "the Airbus A380"
            makers = {a.name for a in self.actors.values() if len(a.name.split()) > 1 and a.name.split()[-1] == name}
            if len(makers) == 1:
                (maker,) = makers
                return maker, self.actors[maker].type
        if _ACRONYM.match(name):
            things = [a.name for a in self.actors.values() if a.type in ("ORG", "PRODUCT")]
            owners = self._acronym_owners(name, things)
            if len(owners) == 1:
                (owner,) = owners
                return owner, self.actors[owner].type
        if is_place(name):
            return country_name(name) or name, "GPE"
        return None

    def entity_actor(self, token) -> tuple[str, str] | None:
        """The canonical (name, type) of the entity a token belongs to, if any."""
        return self._token_actor.get(token.i)

    def entity_actor_at(self, i: int) -> tuple[str, str] | None:
        """:meth:`entity_actor` by token index."""
        return self._token_actor.get(i)

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
                if a.name.split()[0] == short
                and len(a.name.split()) > 1
                and a.type not in PLACE_LABELS | {"PERSON"}
                and not is_designator(a.name.split()[-1])
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
        for pool in (self._persons_by_sent, self._things_by_sent):
            for entries in pool.values():
                entries[:] = [(i, keep if n == drop else n) for i, n in entries]
        self._mentions = [(i, keep if n == drop else n, last) for i, n, last in self._mentions]
        for main in (self._main_subjects, self._main_objects):
            for names in main.values():
                if drop in names:
                    names.discard(drop)
                    names.add(keep)
        return keep

    def resolve_definite(self, token, sent_index: int | None = None) -> tuple[str, str] | None:
        """ "the store" after "the iTunes Music Store": a bare definite noun naming one earlier actor;
        "the company", "the European planemaker": the organisation the story is about just before."""
        if token.pos_ != "NOUN" or token.tag_ in ("NNS", "NNPS") or token.lemma_.lower() in ROLE_HEADS:
            return None
        lefts = list(token.lefts)
        if lefts and lefts[0].lower_ == "the" and sent_index is not None and token.lemma_.lower() in COMPANY_NOUNS:
            fresh = any(t.lower_ in _NEW_REFERENT for t in lefts) or any(c.dep_ == "appos" for c in token.rights)
            described = all(t.pos_ == "ADJ" or t.dep_ == "compound" and t.is_lower for t in lefts[1:])
            if described and not fresh:  # "the investment bank"; "the new firm, X," is another one
                return self._company_in_sight(token, sent_index)
        if len(lefts) != 1 or lefts[0].lower_ != "the":
            return None
        word = token.lower_
        cands = {name for start, name, last in self._mentions if start < token.i and last == word}
        if len(cands) == 1:
            (name,) = cands
            return name, self.actors[name].type
        return None

    def _company_in_sight(self, token, sent_index: int) -> tuple[str, str] | None:
        here = {n for start, n in self._things_by_sent.get(sent_index, ()) if start < token.i}
        si = sent_index
        while not here and si > 0 and sent_index - si < 2:
            si -= 1
            here = {n for _, n in self._things_by_sent.get(si, ())}
        here = {n for n in here if n in self.actors and self.actors[n].type == "ORG"}
        if len(here) > 1:
            topic = here & self._main_subjects.get(si, set())
            rivals = here & self._main_objects.get(si, set())
            if len(topic) == 1 and not rivals - topic:
                here = topic
        if len(here) == 1:
            (name,) = here
            return name, "ORG"
        return None

    def resolve_title(self, token) -> str | None:
        """A person named earlier with this title ("the Russian president" -> "Vladimir Putin")."""
        if (
            token.pos_ not in ("NOUN", "PROPN")
            or token.lower_ not in ROLE_HEADS
            and token.lemma_.lower() not in ROLE_HEADS
        ):
            return None
        if token.tag_ in ("NNS", "NNPS"):
            return None
        mods = [t for t in token.lefts if t.dep_ in ("amod", "compound", "nmod")]
        toks = [t for m in mods for t in m.subtree if t.is_alpha or "." in t.text] + [token]
        toks = [t for t in toks if t.lower_ not in _DETERMINERS]
        cands = self._titles.get(_title_key(toks))
        if not cands and len(toks) == 1 and any(t.lower_ == "the" for t in token.lefts):
            cands = self._title_heads.get(token.lemma_.lower()) or self._title_heads.get(token.lower_)
        if cands and len(cands) == 1:
            (name,) = cands
            return name
        return None

    def resolve_pronoun(self, token, sent_index: int) -> tuple[str, str] | None:
        """The antecedent of he/she/it when exactly one candidate is in sight, else None."""
        low = token.lower_
        if low in _PERSON_PRONOUNS:
            pool, type_ = self._persons_by_sent, "PERSON"
        elif low in _THING_PRONOUNS:
            if _expletive_it(token):
                return None
            pool, type_ = self._things_by_sent, "ORG"
        else:
            return None
        here = {n for start, n in pool.get(sent_index, ()) if start < token.i}
        if type_ == "PERSON" and not here:
            later = self._subject_after(token)
            if later is not None:  # "In his keynote address, Jobs announced": the subject that follows
                return later, "PERSON"
        back = 0 if here else 1
        reach = _PRONOUN_REACH if type_ == "PERSON" else 1  # things are named too often in passing
        while not here and back <= reach and sent_index - back >= 0:
            # the nearest earlier sentence that names someone: "Jobs spoke. The crowd cheered. He said"
            here = {n for _, n in pool.get(sent_index - back, ())}
            back += 1
        if len(here) > 1:
            # several in sight: the one that is the main subject of its sentence is the topic
            si = sent_index - max(back - 1, 0)
            topic = here & self._main_subjects.get(si, set())
            rivals = here & self._main_objects.get(si, set())
            if len(topic) == 1 and not rivals - topic:  # "Obama met Putin. He left": still ambiguous
                here = topic
        if len(here) == 1:
            (name,) = here
            return name, self.actors[name].type if name in self.actors else type_
        return None

    def _subject_after(self, token) -> str | None:
        """The person subject of the clause a fronted pronoun sits in, named after it."""
        node = token
        while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
            node = node.head
        for child in node.children:
            if child.dep_ == "nsubj" and child.i > token.i:
                hit = self._token_actor.get(child.i)
                if hit is not None and hit[1] == "PERSON":
                    return hit[0]
        return None

    def note_person(self, sent_index: int, token_index: int, name: str) -> None:
        """A person mentioned by title counts as a pronoun antecedent too."""
        self._persons_by_sent[sent_index].append((token_index, name))

    def note_thing(self, sent_index: int, token_index: int, name: str, main_subject: bool = False) -> None:
        """A product or organisation named without an entity tag ("the iTunes store") is an antecedent of "it"."""
        self._things_by_sent[sent_index].append((token_index, name))
        if main_subject:
            self._main_subjects[sent_index].add(name)


_NAME_PARTICLES = frozenset({"de", "da", "di", "del", "van", "von", "der", "al", "bin", "ibn", "la", "le"})
_ORG_WORDS = (
    ORG_HEADS
    | _CORP_SUFFIXES
    | frozenset(
        {
            "bank",
            "university",
            "party",
            "times",
            "news",
            "post",
            "airlines",
            "airways",
            "mobile",
            "telecom",
            "institute",
            "foundation",
            "association",
            "union",
            "federation",
            "club",
            "fund",
            "press",
            "radio",
            "tv",
        }
    )
)


def _trim_person(ent):
    """ "Syria Staffan de Mistura" -> "Staffan de Mistura": the model glues a preceding place on.

    The rest must read as a personal name (capitalised words and particles, no organisation words);
    the trimmed span is labelled PERSON whatever label the model gave the whole.
    """
    if ent.label_ not in ("PERSON", "ORG") or len(ent) < 3 or not is_place(ent[0].text):
        return ent
    rest = ent[1:]
    if not all((t.is_title or t.lower_ in _NAME_PARTICLES) and t.lower_ not in _ORG_WORDS for t in rest):
        return ent
    if sum(1 for t in rest if t.is_title) < 2:
        return ent
    trimmed = ent.doc[ent.start + 1 : ent.end]
    trimmed.label_ = "PERSON"
    return trimmed


def _is_date_name(ent) -> bool:
    """ "February 6", "Monday", "Christmas" tagged as names: calendar words and numbers only."""
    if ent.label_ == "PERSON":
        return False  # "May" may be Theresa May
    if clean_name(ent.text).lower().replace("’", "'") in _HOLIDAYS:
        return True
    words = [t for t in ent if not t.is_punct]
    return any(t.lower_ in _CALENDAR_WORDS for t in words) and all(
        t.lower_ in _CALENDAR_WORDS or t.like_num or t.lower_ in ("the", "day", "eve") for t in words
    )


_NAMED_THINGS = frozenset({"ORG", "PRODUCT", "WORK_OF_ART", "EVENT", "FAC", "LAW"})
_UNITS = frozenset({"usd", "eur", "gbp", "jpy", "kb", "mb", "gb", "tb", "ghz", "mhz", "mp", "km", "mph", "kg"})


def _repair_bounds(doc, ent, named: set[str]):
    """Tagger span mistakes on names: "Apple Computer 's Mac OS X" -> "Mac OS X" (when the owner is
    named on its own in the document too); "Software Development Kit ( SDK" -> "Software Development
    Kit"; an organisation's "Music Store" after "iTunes" -> "iTunes Music Store" (a proper-noun
    compound left outside).
    "Wayne's World", "McDonald's Corp." keep their possessive."""
    label = ent.label_
    if label == "PERSON" and ent[-1].lower_ in _ORG_WORDS | {"store", "shop"}:
        label = "ORG"  # "Music Store" tagged as a person
    if label not in _NAMED_THINGS and label != "PERSON":
        return ent
    start, end = ent.start, ent.end
    for t in ent[:-1]:
        owned = doc[t.i + 1 : end]
        if (
            t.tag_ == "POS"
            and label in ("ORG", "PRODUCT")
            and len(owned) > 1
            and all(w.is_title or w.is_upper or not w.is_alpha or w.lower_ in _ACRONYM_SKIP for w in owned)
            and clean_name(doc[start : t.i].text) in named
        ):
            start = t.i + 1
    for t in doc[start:end]:
        if t.text in "([" and t.i > start:
            end = t.i
            break
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


def _is_no_name(ent) -> bool:
    """Money, units and lower-case words the tagger took for a company or product ("US $ 299", "GB",
    "320x240", "antenna")."""
    if ent.label_ not in _NAMED_THINGS and ent.label_ != "PERSON":
        return False
    words = [t for t in ent if not t.is_punct]
    if any(t.is_currency or t.lower_ in _UNITS for t in words):
        return True
    if all(t.lower_ in _CORP_SUFFIXES for t in words):
        return True  # "LLC" on its own
    if all(t.like_num or re.fullmatch(r"\d+x\d+", t.text) for t in words):
        return True
    if ent.root.lower_ in ORG_HEADS | ROLE_HEADS or ent.root.lemma_.lower() in ORG_HEADS | ROLE_HEADS:
        return False  # "defence ministry": a body, named by its country elsewhere
    return all(t.is_lower for t in words if t.is_alpha) and any(t.is_alpha for t in words)


def _with_designators(doc, ents: list) -> list:
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
            while end < len(doc) and doc[end - 1].whitespace_ and doc[end].lower_ in _CORP_SUFFIXES:
                end += 1  # "Chrysler" "LLC": the company's legal form is part of its name
            if end > ent.end:
                ent = Span(doc, ent.start, end, label="ORG")
        covered = ent.end
        out.append(ent)
    return out


_ACRONYM = re.compile(r"^(?:[A-Z]\.?){2,6}$")
_ACRONYM_SKIP = frozenset({"of", "and", "the", "for", "&", "de", "du", "des", "la", "le"})


def _initials(name: str) -> set[str]:
    """Acronyms a multi-word name may go by: "General Motors" -> GM; "European Aeronautic Defence and
    Space Company" -> EADSC and EADS (a company word at the end is often left out)."""
    words = [w for w in re.split(r"[\s-]+", name) if w and w.lower() not in _ACRONYM_SKIP]
    whole = "".join(w[0] for w in words).upper()
    out = {whole}
    if len(words) > 2 and words[-1].lower() in _CORP_SUFFIXES:
        out.add(whole[:-1])
    if len(words) > 3:
        out.add(whole[1:])  # "iPhone Software Development Kit" -> SDK
    return out


def _contains_words(longer: list[str], shorter: list[str]) -> bool:
    """ "Vladimir Putin" contains "Putin", "Bashar al-Assad" contains "Assad": whole words at an end."""
    n = len(shorter)
    if longer[-n:] == shorter or longer[:n] == shorter:
        return True
    # Arabic and other particles: "al-Assad" ends with "Assad"
    return n == 1 and "-" in longer[-1] and longer[-1].rsplit("-", 1)[1] == shorter[0]


def _title_key(tokens) -> str:
    words = []
    for t in tokens:
        country = country_for_adjective(t.text) if t.pos_ in ("ADJ", "PROPN") else None
        words.append((country or t.lemma_).lower())
    return " ".join(words)


def _expletive_it(token) -> bool:
    head = token.head
    return (
        token.dep_ == "nsubj"
        and head.lemma_ in ("be", "seem", "appear")
        and any(c.dep_ in ("ccomp", "xcomp", "csubj") for c in head.children)
    )


def phrase_text(token) -> str:
    """The noun phrase a common noun heads, up to the noun: "Russia's defence ministry"."""
    left = [t for t in token.subtree if t.i <= token.i and t.i >= token.left_edge.i]
    while left and (left[0].lower_ in _DETERMINERS or left[0].is_punct):
        left = left[1:]
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
            if country:
                return country
    return None
