"""Kinds of happening: the verbs and event nouns news uses for one happening told in other words
("the blasts" ... "the bombings" ... "exploded"; "a victory" ... "beat"; "the talks" ... "met").

Two mentions of one article may tell one happening when their words are of one kind here (and
what they say agrees: timeline.extract.repeats). A word may be of several kinds ("hit": a quake,
a storm). Words are compared by their derivational stem (timeline.extract.stems), so a verb and
its event noun ("explode", "explosion") need to be listed once; a stem that would stand for an
unrelated word too ("storm" the weather, "storm" the building) is left out of the kind.

The table is written by hand for news: happenings that a story tells in several words, each kind
narrow enough that two different happenings of one story rarely share it (the dates, places,
figures and participants of both must agree besides).
"""

from __future__ import annotations

from functools import lru_cache

from timeline.extract.stems import stem

_TABLE = """
death: kill killing die death dead slay murder massacre fatality perish
injury: injure injury hurt wound maim
attack: attack assault raid bomb bombing blast explode explosion detonate ambush shelling bombardment
  airstrike hit strike rock
quake: quake earthquake temblor tremor rattle shake jolt rock hit strike
storm: typhoon hurricane cyclone landfall lash batter pound hit strike
fire: fire blaze inferno burn
crash: crash collide collision derail derailment
flood: flood flooding inundate deluge
contest: win victory beat defeat triumph rout thrash match
meeting: meet meeting talk discuss discussion negotiate negotiation summit conference consult dialogue
  session forum huddle
visit: visit trip tour arrive arrival
agreement: agree agreement sign signing deal accord pact treaty memorandum
resignation: resign resignation quit
election: elect election ballot poll polling reelect
arrest: arrest detain detention apprehend
release: release free
departure: evacuate evacuation flee exodus withdraw withdrawal pullout retreat depart departure abandon
kidnapping: kidnap kidnapping abduct abduction
purchase: acquire acquisition buy purchase takeover
rise: rise increase raise hike climb jump surge soar intensify strengthen
fall: fall drop decline slide plunge tumble slump dip
discovery: find discover discovery identify uncover
launch: launch inaugurate inauguration unveil
condemnation: condemn condemnation denounce criticize criticise criticism deplore decry
praise: praise hail commend
fight: fight fighting clash battle skirmish gunfight firefight
protest: protest demonstration demonstrate
sentence: sentence convict conviction jail imprison
charge: charge indict indictment accuse
appointment: appoint appointment nominate nomination
approval: approve approval ratify ratification endorse endorsement authorize authorise authorization
suspension: suspend suspension postpone postponement freeze
"""
# kind -> its words (a line that starts with a space goes on with the kind above)
KINDS: dict[str, tuple[str, ...]] = {
    kind.strip(): tuple(words.split())
    for kind, words in (entry.split(":") for entry in _TABLE.strip().replace("\n ", " ").splitlines())
}

_BY_STEM: dict[str, frozenset[str]] = {}
for _kind, _words in KINDS.items():
    for _word in _words:
        _BY_STEM[stem(_word)] = _BY_STEM.get(stem(_word), frozenset()) | {_kind}


@lru_cache(maxsize=1 << 12)
def kinds(lemma: str) -> frozenset[str]:
    """The kinds of happening a word names (none: frozenset()): 'bombing', 'bombings' -> {'attack'};
    a phrasal verb by its verb ('fan out' -> its 'fan')."""
    words = lemma.lower().split()
    if not words:
        return frozenset()
    word = words[0]
    found = _BY_STEM.get(stem(word), frozenset())
    if not found and word.endswith("s") and not word.endswith("ss"):
        found = _BY_STEM.get(stem(word[:-1]), frozenset())  # a plural the lemmatizer left: "bombings"
    return found
