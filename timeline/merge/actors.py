"""Cross-document actor identity: "Putin" in one article and "Vladimir Putin" in another are one actor.

Names are grouped when one is a shorter form of the other (a surname, a name without its title,
an acronym) and the shorter form points to exactly one group; the group's canonical name is its
fullest form. A user alias file can force groups and names the text cannot settle.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache

from timeline.extract.gazetteer import country_for_adjective, country_name
from timeline.extract.lexicon import ACRONYM_SKIP, GENERIC_ORG_WORDS, HONORIFICS, PERSON_TITLES, is_common_word
from timeline.model import Actor, ActorRef, Event, Extraction

# Words that qualify a person's name without being part of it: "President Bashar al-Assad".
TITLE_WORDS = PERSON_TITLES | HONORIFICS
_PERSONISH = frozenset({"PERSON", ""})
_PLACES = frozenset({"GPE", "LOC", "FAC"})


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Case- and accent-insensitive form of a name, whitespace collapsed."""
    if text.isascii():  # nothing to decompose (most text): the same result, far faster
        return " ".join(text.casefold().split())
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.casefold().split())


@lru_cache(maxsize=1 << 16)
def name_tokens(name: str) -> tuple[str, ...]:
    """Word tokens of a name: folded, possessive dropped, split on hyphens and dots, no leading 'the'."""
    text = re.sub(r"['’]s\b", "", fold(name))
    tokens = re.findall(r"[^\W_]+", text)
    if len(tokens) > 1 and tokens[0] == "the":
        tokens = tokens[1:]
    return tuple(tokens)


def acronym_of(name: str) -> str | None:
    """'U.N.' -> 'un', 'SANA' -> 'sana'; None when the name is not written as an acronym."""
    letters = re.sub(r"[.\s&]", "", name)
    if 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper():
        return letters.casefold()
    return None


# Adjectives and nouns a title is made of besides its head ("Russian", "foreign", "defence").
def is_title(name: str) -> bool:
    """A person named by a title alone: "Russian president", "the foreign minister"."""
    words = name.split()
    if not 1 < len(words) <= 5 or fold(words[-1]) not in TITLE_WORDS:
        return False
    return not any(w[:1].isupper() and fold(w) not in TITLE_WORDS and not _nationality_like(w) for w in words[:-1])


def _nationality_like(word: str) -> bool:
    return word[:1].isupper() and word.endswith(("an", "ese", "ish", "i", "ch", "ic"))


# Adjectives of the world's regions, which put one body of several before its name ("the African
# Champions League"); not a country's ("the Georgian Foreign Ministry" is one article's "Foreign
# Ministry" again)
_REGIONS = frozenset("african asian european american arab latin pacific caribbean nordic gulf".split())


# First words many bodies share: a name that starts with one says little by itself.
_SHARED_FIRST_WORDS = frozenset(
    """democratic republican socialist liberal conservative labour labor popular people's peoples islamic
    christian federal royal supreme high higher state world new free joint civil public social workers
    workers' revolutionary patriotic progressive independent interim provisional transitional composite house
    """.split()
)


# Words any market's index may be called by: "Composite Index", "Stock Price Index" name one market
# in each article (Malaysia's, Shanghai's), not the Hang Seng Mainland Composite Index of another.
_INDEX_WORDS = frozenset("index composite component stock stocks share shares price all industrial market".split())


# Words that join a body's name to the name of what it belongs to or deals with: "Security Council
# of the United Nations", "Ministry of Labor and Social Security", "Fund for Animal Welfare" (not "on":
# the tagger often takes "China-Africa Cooperation" alone out of a "Forum on China-Africa Cooperation")
_LINK_WORDS = frozenset("of for and the".split())


def _common_form(word: str) -> bool:
    """A common word, or one with a plural or -ing ending ("governors", "organizing")."""
    if word in _LINK_WORDS or is_common_word(word):
        return True
    if word.endswith("s") and is_common_word(word[:-1]):
        return True
    return word.endswith("ing") and (is_common_word(word[:-3]) or is_common_word(word[:-3] + "e"))


@lru_cache(maxsize=1 << 14)
def _description(key: tuple[str, ...]) -> bool:
    """A body named by common words only, which many countries' bodies are called by ("Ministry of
    Health", "National Assembly", "Air Force", "Socialist Party")."""
    return len(key) > 1 and all(len(w) > 1 and _common_form(w) for w in key)


@lru_cache(maxsize=1 << 14)
def _countries_in(words: tuple[str, ...]) -> frozenset[str]:
    """The countries words name, by name or adjective ("us", "chinese", "south korea")."""
    found = set()
    for i, word in enumerate(words):
        country = country_name(word) or country_for_adjective(word)
        if country is None and i + 1 < len(words):
            # "south korea"; "u s" ("U.S."): written with spaces or with dots
            country = country_name(f"{word} {words[i + 1]}") or country_name(word + words[i + 1])
        if country is not None:
            found.add(country)
    return frozenset(found)


def _own_name_kept(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """A body's name that keeps its own first word and its last and leaves out a word between them
    ("Apple Inc." for Apple Computer Inc., "iTunes Store" for the iTunes Music Store); not a first
    word many bodies share ("European", "International", "Democratic", a country's or people's name)."""
    first = short[0]
    return (
        len(short) >= 2
        and first == long[0]
        and first not in GENERIC_ORG_WORDS
        and first not in _REGIONS
        and first not in _SHARED_FIRST_WORDS
        and country_name(first) is None
        and country_for_adjective(first) is None
    )


# Words written after a body's own name that say what kind of body it is, which articles leave out
# ("Xinhua news agency" / "Xinhua", "Likud Party" / "Likud", "Hanbo Group" / "Hanbo")
_FORM_WORDS = frozenset(
    "news agency party group corp corporation co company inc incorporated ltd limited plc holdings".split()
)
_BODY_TYPES = frozenset({"ORG", "MISC", ""})


def _name_and_its_form(short: tuple[str, ...], long: tuple[str, ...], short_type: str, long_type: str) -> bool:
    """Is ``long`` the body ``short`` names, with the words of what kind of body it is written after
    its name ("Xinhua news agency" for "Xinhua")? Not a country's ("Kuwait News Agency" is not Kuwait)
    or a people's name, a common word ("Labour", "Amnesty", told apart by the text only) nor a word
    of bodies."""
    n = len(short)
    if n >= len(long) or long[:n] != short or not all(w in _FORM_WORDS for w in long[n:]):
        return False
    if short_type not in _BODY_TYPES or long_type not in _BODY_TYPES:
        return False
    if all(w in GENERIC_ORG_WORDS or w in _FORM_WORDS for w in short) or (n == 1 and is_common_word(short[0])):
        return False
    return country_name(" ".join(short)) is None and country_for_adjective(short[0]) is None


# How far apart (in years) the articles of a lone surname and of a full name may be for the one to
# stand for the other
_ERA_YEARS = 4
# How far apart (in days) the articles of a lone surname and of a full name may be for the one to
# stand for the other, when the articles of one day alone use each
_NEAR_DAYS = 30


def _year_of(day: str | None) -> int:
    """The year of an article's date, 0 when it has none."""
    if day and len(day) >= 4 and day[:4].isdigit():
        return int(day[:4])
    return 0


def _within_a_year(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return True  # an undated article: nothing says otherwise
    try:
        return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days) <= 366
    except ValueError:
        return True


def initials(tokens: Sequence[str]) -> str:
    return "".join(t[0] for t in tokens if t not in ACRONYM_SKIP)


def _type_group(type_: str) -> str:
    if type_ in _PLACES:
        return "PLACE"
    return type_


def types_compatible(a: str, b: str) -> bool:
    return not a or not b or _type_group(a) == _type_group(b)


def _is_subsequence(short: Sequence[str], long: Sequence[str]) -> bool:
    it = iter(long)
    return all(token in it for token in short)


@dataclass
class _Name:
    """Everything seen under one normalized name."""

    key: tuple[str, ...]
    surfaces: Counter = field(default_factory=Counter)
    types: Counter = field(default_factory=Counter)
    display_aliases: set[str] = field(default_factory=set)

    @property
    def type(self) -> str:
        if not self.types:
            return ""
        return sorted(self.types.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]

    @property
    def surface(self) -> str:
        # Most used; then without a leading article ("United Nations", not "the United Nations").
        return sorted(
            self.surfaces.items(), key=lambda kv: (-kv[1], fold(kv[0]).startswith("the "), -len(kv[0]), kv[0])
        )[0][0]


class ActorIndex:
    """Maps every actor name seen in a set of extractions to its cross-document canonical name."""

    def __init__(
        self,
        extractions: Iterable[Extraction],
        aliases: Mapping[str, Sequence[str]] | None = None,
    ) -> None:
        self._build(
            (((ref.name, ref.type) for event in x.events for ref in event.actors), x.actors, x.document.date.value)
            for x in extractions
        )
        self._finish(aliases)

    @classmethod
    def from_names(
        cls,
        documents: Iterable[tuple[Iterable[tuple[str, str]], Iterable[Actor], str | None]],
        aliases: Mapping[str, Sequence[str]] | None = None,
    ) -> ActorIndex:
        """The index from each document's (name, type) of every actor reference its events make,
        its Actor records and its date: what the on-disk merge reads without building the events."""
        index = cls.__new__(cls)
        index._build(documents)
        index._finish(aliases)
        return index

    def _build(self, documents: Iterable[tuple[Iterable[tuple[str, str]], Iterable[Actor], str | None]]) -> None:
        self._names: dict[tuple[str, ...], _Name] = {}
        self._parent: dict[tuple[str, ...], tuple[str, ...]] = {}
        self._forced: dict[tuple[str, ...], str] = {}  # group root -> canonical name from the alias file
        self._links: list[tuple[str, str]] = []
        # "russian president" -> (the person who holds it, the day an article says so)
        self._holders: dict[tuple[str, ...], list[tuple[tuple[str, ...], str | None]]] = defaultdict(list)
        self._title_uses: dict[tuple[str, ...], list[str | None]] = defaultdict(list)
        # the years of the articles each name is used in (0: an undated article)
        self._years: dict[tuple[str, ...], set[int]] = defaultdict(set)
        # for each description of a body, how many articles use it ("") and name each country
        # ("Ministry of Health" in articles naming China, as country_name writes it) or give each
        # longer name it may stand for (its words joined by spaces): whose body it may be
        self._named: dict[tuple[str, ...], Counter] = defaultdict(Counter)
        # the days of the articles each person's name is used in (dated articles only)
        self._days: dict[tuple[str, ...], set[str]] = defaultdict(set)
        self._add(documents)

    def _add(self, documents: Iterable[tuple[Iterable[tuple[str, str]], Iterable[Actor], str | None]]) -> None:
        for refs, actors, day in documents:
            year = _year_of(day)
            keys: set[tuple[str, ...]] = set()
            for name, type_ in refs:
                key = self._see(name, type_, 1, year)
                if key is not None:
                    keys.add(key)
                    if type_ in _PERSONISH and day:
                        self._days[key].add(day[:10])
                    if type_ in _PERSONISH and is_title(name):
                        self._title_uses[key].append(day)
            for actor in actors:
                key = self._see(actor.name, actor.type, 0, year)
                if key is not None:
                    keys.add(key)
                    if actor.type in _PERSONISH and day:
                        self._days[key].add(day[:10])
                for alias in actor.aliases:
                    akey = name_tokens(alias)
                    if akey:
                        self._years[akey].add(year)
                self._links.extend((actor.name, alias) for alias in actor.aliases)
                if actor.type == "PERSON":
                    for alias in actor.aliases:
                        if is_title(alias):
                            self._holders[name_tokens(alias)].append((name_tokens(actor.name), day))
            described = [key for key in keys if _description(key)]
            if described:
                named = set().union(*(_countries_in(key) for key in keys))
                for key in described:
                    self._named[key].update(named)
                    self._named[key][""] += 1
                    self._named[key].update(
                        " ".join(other) for other in keys if len(other) > len(key) and _is_subsequence(key, other)
                    )

    def _finish(self, aliases: Mapping[str, Sequence[str]] | None) -> None:
        for canonical, names in (aliases or {}).items():
            self._force(canonical, [names] if isinstance(names, str) else list(names))
        shared = self._shared_aliases()
        for canonical, alias in self._links:
            if name_tokens(alias) in shared:
                head = name_tokens(canonical)
                if head in self._names:
                    self._names[head].display_aliases.add(alias)
                continue
            self._link_alias(canonical, alias)
        del self._links
        self._link_titles()
        self._group_shorter_forms()
        self._canonical = self._choose_canonical_names()

    # -- what was seen, kept between merges (timeline.merge.incremental) ---------------------------

    @staticmethod
    def seen(extractions: Iterable[Extraction], before: dict | None = None) -> dict:
        """Every name the extractions make (after those of ``before``, an earlier result of this
        method), JSON-able: what :meth:`from_seen` builds the index from, as the constructor would
        from all the extractions."""
        index = ActorIndex._restored(before)
        index._add(
            (((ref.name, ref.type) for event in x.events for ref in event.actors), x.actors, x.document.date.value)
            for x in extractions
        )
        return {
            "names": [[list(key), dict(n.surfaces), dict(n.types)] for key, n in index._names.items()],
            "links": [list(pair) for pair in index._links],
            "holders": [[list(key), [[list(p), day] for p, day in found]] for key, found in index._holders.items()],
            "titles": [[list(key), days] for key, days in index._title_uses.items()],
            "years": [[list(key), sorted(years)] for key, years in index._years.items()],
            "named": [[list(key), dict(named)] for key, named in index._named.items()],
            "days": [[list(key), sorted(days)] for key, days in index._days.items()],
        }

    @classmethod
    def _restored(cls, seen: dict | None) -> ActorIndex:
        """An index not yet finished, holding what :meth:`seen` recorded."""
        index = cls.__new__(cls)
        index._build(())
        if seen is not None:
            for key, surfaces, types in seen["names"]:
                name = index._names[tuple(key)] = _Name(tuple(key), Counter(surfaces), Counter(types))
                index._parent[name.key] = name.key
            index._links = [(a, b) for a, b in seen["links"]]
            for key, found in seen["holders"]:
                index._holders[tuple(key)] = [(tuple(p), day) for p, day in found]
            for key, days in seen["titles"]:
                index._title_uses[tuple(key)] = list(days)
            for key, years in seen.get("years", ()):  # a record of before session 47 has none
                index._years[tuple(key)] = set(years)
            for key, named in seen.get("named", ()):  # a record of before session 50 has none
                index._named[tuple(key)] = Counter(named)
            for key, days in seen.get("days", ()):
                index._days[tuple(key)] = set(days)
        return index

    @classmethod
    def from_seen(cls, seen: dict, aliases: Mapping[str, Sequence[str]] | None = None) -> ActorIndex:
        """The index of the names :meth:`seen` recorded."""
        index = cls._restored(seen)
        index._finish(aliases)
        return index

    def assignments(self) -> dict[str, tuple[str, str]]:
        """Each seen name (its tokens joined by spaces) -> (canonical name, group type)."""
        out = {}
        for key in self._names:
            root = self._find(key)
            out[" ".join(key)] = (self._canonical[root], self._types[root])
        return out

    # -- building -------------------------------------------------------------------------------

    def _see(self, surface: str, type_: str, count: int, year: int | None = None) -> tuple[str, ...] | None:
        """Record a name as an article writes it (``year``: the article's, 0 when undated; None for a
        name no article gives, the alias file's)."""
        key = name_tokens(surface)
        if not key:
            return None
        if year is not None:
            self._years[key].add(year)
        name = self._names.get(key)
        if name is None:
            name = self._names[key] = _Name(key)
            self._parent[key] = key
        name.surfaces[surface] += count  # a zero count still records the surface
        if type_:
            name.types[type_] += max(count, 1)
        return key

    def _find(self, key: tuple[str, ...]) -> tuple[str, ...]:
        while self._parent[key] != key:
            self._parent[key] = self._parent[self._parent[key]]
            key = self._parent[key]
        return key

    def _union(self, a: tuple[str, ...], b: tuple[str, ...]) -> bool:
        ra, rb = self._find(a), self._find(b)
        if ra == rb:
            return True
        fa, fb = self._forced.get(ra), self._forced.get(rb)
        if fa is not None and fb is not None and fa != fb:
            return False  # two names the user declared distinct
        # Deterministic root: the larger key, so results do not depend on the order names were seen.
        root, child = (ra, rb) if (len(ra), ra) >= (len(rb), rb) else (rb, ra)
        self._parent[child] = root
        forced = fa or fb
        self._forced.pop(child, None)
        if forced is not None:
            self._forced[root] = forced
        return True

    def _force(self, canonical: str, names: Sequence[str]) -> None:
        head = self._see(canonical, "", 0)
        if head is None:
            return
        if self._forced.get(self._find(head), canonical) != canonical:
            return
        self._forced[self._find(head)] = canonical
        for alias in names:
            key = self._see(alias, "", 0)
            if key is not None:
                self._union(head, key)

    def _link_alias(self, canonical: str, alias: str) -> None:
        """A per-document alias joins its actor only when it is itself a form of the name.

        "the president" may be Putin in one article and Assad in another: such aliases are kept
        for display and search, never used to chain actors together.
        """
        head, akey = name_tokens(canonical), name_tokens(alias)
        if not head or not akey or head not in self._names:
            return
        type_ = self._names[head].type
        own = self._names[akey].type if akey in self._names else ""
        if type_ == "PERSON" and own not in _PERSONISH and own != "MISC":
            # "Sevilla" the club other articles name is not the minister Jordi Sevilla one article
            # calls "Sevilla": the alias is listed, the club stays apart (the tagger's other slips,
            # an ORG typed PERSON or MISC, are too common for the other way round)
            self._names[head].display_aliases.add(alias)
            return
        if (
            self._shorter_form(akey, head, type_, acronym_of(alias))
            and self._same_era(akey, head, type_)
            and self._fits(akey, head, type_)
        ) or (self._shorter_form(head, akey, type_, acronym_of(canonical)) and self._fits(head, akey, type_)):
            self._see(alias, type_, 0)
            self._union(head, akey)
        else:
            self._names[head].display_aliases.add(alias)

    def _same_era(self, short: tuple[str, ...], long: tuple[str, ...], type_: str) -> bool:
        """May a person's lone surname in one set of articles be the full name of another? Only when
        every year it is used in is near a year the full name is used in: "President Bush" of 1990 is
        not the "Florida Gov. Jeb Bush" an article of 2000 names (nor is 1990's "Mr. Major" the John
        Major of 2006). Undated articles and names of bodies do not count."""
        if len(short) != 1 or type_ not in _PERSONISH:
            return True
        years, full = self._years.get(short), self._years.get(long)
        if not years or not full or 0 in years or 0 in full:
            return True
        return all(any(abs(y - f) <= _ERA_YEARS for f in full) for y in years)

    def _fits(self, short: tuple[str, ...], long: tuple[str, ...], type_: str) -> bool:
        """May ``short``, a shorter form of ``long``, stand for it across articles?"""
        return self._description_fits(short, long) and self._near_in_time(short, long, type_)

    def _near_in_time(self, short: tuple[str, ...], long: tuple[str, ...], type_: str) -> bool:
        """A lone surname (or first name) that the articles of one day alone use stands for a full
        name that the articles of one day alone give only when the days are a month apart at most:
        the "Ali" of a Gaza report is not the boxer Muhammed Ali another article named a year before,
        the "Skyler" of a gymnast's story not a deputy mayor. A name the collection uses on several
        days is a person it follows ("Clinton", "Bill Clinton"). A surname of several words
        ("Abdul-Rahman", "de la Cruz") is a lone surname too, not a name without its title ("Prince
        Norodom Ranariddh")."""
        if type_ not in _PERSONISH:
            return True
        if len(short) != 1:
            dropped = long[: len(long) - len(short)]
            if long[len(dropped) :] != short or all(w in TITLE_WORDS for w in dropped):
                return True
        full, bare = self._days.get(long, set()), self._days.get(short, set())
        if len(full) != 1 or len(bare) != 1:
            return True
        try:
            return abs((date.fromisoformat(min(bare)) - date.fromisoformat(min(full))).days) <= _NEAR_DAYS
        except ValueError:
            return True

    def _description_fits(self, short: tuple[str, ...], long: tuple[str, ...]) -> bool:
        """May a body's description ("Ministry of Health", "Socialist Party") stand for a longer name?
        When each article that uses it gives that name too, yes; else only for a country's body
        ("Chinese Ministry of Health") when the articles of the description name that country or
        none: France's "Socialist Party" is not the Yemeni Socialist Party, nor any "National
        Assembly" the 11th one, nor "Air Force" the Royal Air Force. Nor is a body's name the longer
        name of what it belongs to or deals with ("United Nations", the Security Council of the
        United Nations)."""
        n = len(short)
        if (
            n < len(long)
            and long[len(long) - n :] == short
            and long[len(long) - n - 1] in _LINK_WORDS
            and country_name(" ".join(short)) is None  # "Republic of South Africa" is South Africa
        ):
            # "United Nations" is not the Security Council of the United Nations, "Social Security"
            # not the Ministry of Labor and Social Security: what a body belongs to or deals with
            return False
        if not _description(short):
            return True
        named = self._named.get(short, Counter())
        if named[" ".join(long)] >= named[""] > 0:
            return True  # every article that uses it gives the longer name too: its own body
        countries = _countries_in(tuple(w for w in long if w not in short))
        return bool(countries) and (not any(c[:1].isupper() for c in named) or any(c in named for c in countries))

    def _shared_aliases(self) -> set[tuple[str, ...]]:
        """Aliases that articles give to different full names ("Williams" for Martyn Williams in
        one, Rowan Williams in another): they link neither (each article's events already carry the
        full name; a bare "Williams" elsewhere stays apart, as any ambiguous short form does)."""
        heads: dict[tuple[str, ...], set[tuple[str, ...]]] = defaultdict(set)
        for canonical, alias in self._links:
            head, akey = name_tokens(canonical), name_tokens(alias)
            if head and akey and head != akey:
                heads[akey].add(head)
        shared = set()
        for akey, found in heads.items():
            if len(found) < 2:
                continue
            ordered = sorted(found, key=len)
            if any(
                not (a == b or self._shorter_form(a, b, "", None) or self._shorter_form(b, a, "", None))
                for i, a in enumerate(ordered)
                for b in ordered[i + 1 :]
            ):
                shared.add(akey)
        return shared

    def _link_titles(self) -> None:
        """ "the Russian president" in one article is the person another article names with that
        title ("Russian President Vladimir Putin"), when one person holds it within a year of each
        use (Hu Jintao is not the Chinese president of 2013)."""
        for key, days in self._title_uses.items():
            holders = {
                self._find(person)
                for person, held in self._holders.get(key, ())
                if person in self._names and any(_within_a_year(held, day) for day in days)
            }
            if len(holders) == 1:
                self._union(key, holders.pop())

    @staticmethod
    def _shorter_form(short: tuple[str, ...], long: tuple[str, ...], type_: str, acronym: str | None) -> bool:
        """Is ``short`` a shorter way of writing ``long``? (surname, name without title, acronym)
        ``acronym``: the short form's, as :func:`acronym_of` gives it from how it is written."""
        if acronym is not None and len(long) > 1 and initials(long) == acronym:
            return True
        if len(short) >= len(long):
            return False
        if short[-1] != long[-1] or not _is_subsequence(short, long):
            return False
        if (
            type_ not in _PERSONISH
            and country_name(" ".join(short)) is not None
            and country_name(" ".join(long)) is None
        ):
            # "Basketball South Africa", "Air India": a body named after a country is not the
            # country another article names (a surname may be a country's name: "Jordan")
            return False
        # A lone word names a person by surname; for organisations and places it is too vague
        # ("Ministry", "Nations"), and so are several words any company or body may be called by
        # ("Investors Service" is not Fitch Investors Service more than Moody's).
        if type_ in _PERSONISH:
            return True
        if long[len(long) - len(short) :] != short and not _own_name_kept(short, long):
            # a body's short form drops the words before it, never one set inside it: "European
            # Union" is not the European Monetary Union, "Democratic Party" not the Democratic
            # Progressive Party, "International Energy Agency" not the Atomic Energy one
            return False
        if any(w in _REGIONS for w in long[: len(long) - len(short)]):
            # "Champions League" is not the "African Champions League" of another article: a
            # region's body is one of several
            return False
        return len(short) > 1 and not all(word in GENERIC_ORG_WORDS or word in _INDEX_WORDS for word in short)

    def _group_shorter_forms(self) -> None:
        by_last: dict[str, list[tuple[str, ...]]] = defaultdict(list)
        # A short form of several words has each of them in the longer name, which ends like it:
        # names are looked up by (a word, the last word), so a thousand "... Ministry"s are not
        # all compared with one another (that made 10,000 aliases take minutes).
        by_word_last: dict[tuple[str, str], list[tuple[str, ...]]] = defaultdict(list)
        by_initials: dict[str, list[tuple[str, ...]]] = defaultdict(list)
        by_first: dict[str, list[tuple[str, ...]]] = defaultdict(list)  # names that end on a body's form
        for key in self._names:
            by_last[key[-1]].append(key)
            if len(key) > 1 and key[-1] in _FORM_WORDS:
                by_first[key[0]].append(key)
            for word in set(key[:-1]):
                by_word_last[word, key[-1]].append(key)
            if len(key) > 1:
                by_initials[initials(key)].append(key)
        # Longest names first, so that by the time a short form is placed its possible expansions
        # are already grouped and an ambiguous short form ("Assad" with two Assads) is detectable.
        # A name's type is the most counted of its types: worked out once per name, not per pair.
        types = {key: name.type for key, name in self._names.items()}
        for key in sorted(self._names, key=lambda k: (-len(k), k)):
            if self._names[key].surface.islower():
                continue  # "composite index": a description its own article gives, no other's name
            if len(key) == 1:
                pool = list(by_last.get(key[-1], ()))
            else:
                pool = list(min((by_word_last.get((w, key[-1]), ()) for w in key[:-1]), key=len))
            acronym = acronym_of(self._names[key].surface)
            if acronym is not None:
                pool.extend(by_initials.get(acronym, ()))
            kind = types[key]
            roots = {
                self._find(other)
                for other in by_first.get(key[0], ())
                if other != key and _name_and_its_form(key, other, kind, types[other])
            }
            # a description that does not fit a longer name still makes a short form that fits
            # another one ambiguous: it only keeps names apart, never joins them
            unfit = set()
            for other in pool:
                if other == key:
                    continue
                other_kind = types[other]
                if not types_compatible(kind, other_kind):
                    continue
                # no one is written by the initials of a person's name: "told RTE" is not Recep
                # Tayyip Erdogan of another article, though the tagger called RTE a person
                short_acronym = None if other_kind == "PERSON" else acronym
                if self._shorter_form(key, other, kind or other_kind, short_acronym) and self._same_era(
                    key, other, kind or other_kind
                ):
                    roots.add(self._find(other))
                    if not self._fits(key, other, kind or other_kind):
                        unfit.add(self._find(other))
            if len(roots) == 1 and not unfit:
                self._union(key, roots.pop())

    def _choose_canonical_names(self) -> dict[tuple[str, ...], str]:
        groups: dict[tuple[str, ...], list[_Name]] = defaultdict(list)
        for key, name in self._names.items():
            groups[self._find(key)].append(name)
        canonical: dict[tuple[str, ...], str] = {}
        self._groups = groups
        self._types = {root: _group_type(members) for root, members in groups.items()}
        for root, members in groups.items():
            forced = self._forced.get(root)
            if forced is not None:
                canonical[root] = forced
                continue
            type_ = _group_type(members)

            def fullness(name: _Name, type_: str = type_) -> tuple:
                titles = sum(1 for t in name.key if t in TITLE_WORDS) if type_ in _PERSONISH else 0
                uses = sum(name.surfaces.values())
                return (-(len(name.key) - titles), titles, -uses, -len(name.surface), name.surface)

            canonical[root] = min(members, key=fullness).surface
        return canonical

    # -- queries --------------------------------------------------------------------------------

    def canonical(self, name: str) -> str:
        """The cross-document canonical name for ``name`` (``name`` itself when never seen)."""
        key = name_tokens(name)
        if key not in self._names:
            return name
        return self._canonical[self._find(key)]

    def canonicalize(self, event: Event) -> Event:
        """The event with cross-document actor names (one entry per actor) and claim sources."""
        refs: list[ActorRef] = []
        seen: set[str] = set()
        for ref in event.actors:
            name = self.canonical(ref.name)
            if name in seen:
                continue
            seen.add(name)
            kind = self.type_of(ref.name, ref.type)
            refs.append(ref if (name, kind) == (ref.name, ref.type) else ActorRef(name=name, type=kind, role=ref.role))
        claims = []
        for c in event.claims:
            source = self.canonical(c.source) if c.source else c.source
            claims.append(c if source == c.source else replace(c, source=source))
        actors, unique = tuple(refs), tuple(dict.fromkeys(claims))
        if actors == event.actors and unique == event.claims:
            return event  # most events: nothing to rename (dataclasses.replace is costly at this volume)
        return replace(event, actors=actors, claims=unique)

    def type_of(self, name: str, default: str = "") -> str:
        key = name_tokens(name)
        if key not in self._names:
            return default
        return self._types[self._find(key)] or default

    def actors(self, events: Iterable[Event]) -> tuple[Actor, ...]:
        """One Actor per group, with every other name it was seen under and its event count.

        Sorted by event count (most first), then name.
        """
        return self.actors_counted(self.count(events))

    def count(self, events: Iterable[Event], counts: Counter | None = None) -> Counter:
        """Events per canonical name (added to ``counts`` when given)."""
        counts = Counter() if counts is None else counts
        for event in events:
            for name in {self.canonical(ref.name) for ref in event.actors}:
                counts[name] += 1
        return counts

    def actors_counted(self, counts: Counter) -> tuple[Actor, ...]:
        """:meth:`actors` from event counts made by :meth:`count`."""
        result = []
        for root, members in self._groups.items():
            name = self._canonical[root]
            surfaces = {s for m in members for s in m.surfaces} | {a for m in members for a in m.display_aliases}
            aliases = tuple(sorted(s for s in surfaces if s != name))
            type_ = self._types[root]
            result.append(Actor(name=name, type=type_, aliases=aliases, events=counts[name]))
        result.sort(key=lambda a: (-a.events, fold(a.name), a.name))
        return tuple(result)


def _group_type(members: Iterable[_Name]) -> str:
    total: Counter = Counter()
    for member in members:
        total.update(member.types)
    return _majority(total)


def _majority(types: Counter) -> str:
    if not types:
        return ""
    return sorted(types.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
