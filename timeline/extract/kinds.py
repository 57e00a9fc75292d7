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

from collections.abc import Sequence
from functools import lru_cache

from timeline.extract.stems import stem

_TABLE = """
death: kill killing die death dead slay murder massacre fatality perish assassinate assassination
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
  session forum huddle gathering
visit: visit trip tour arrive arrival
agreement: agree agreement sign signing deal accord pact treaty memorandum
resignation: resign resignation quit
election: elect election ballot poll polling reelect
arrest: arrest detain detention apprehend
expulsion: expel expulsion deport deportation extradite extradition
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
lawsuit: sue suit lawsuit file
appointment: appoint appointment nominate nomination
approval: approve approval ratify ratification endorse endorsement authorize authorise authorization
suspension: suspend suspension postpone postponement freeze
outbreak: outbreak epidemic
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


# Phrasal verbs whose particle makes another happening of the verb ("beat up" someone is no contest
# won, "hit out" at someone no attack, "crash out" of a cup no crash, "drop out" no fall, "step
# down" a resignation): their kinds, none for an idiom of no kind. Any other phrasal verb is of its
# verb's kinds ("fan out", "kill off", "buy out").
_PHRASAL: dict[str, frozenset[str]] = {
    "beat up": frozenset({"attack"}),
    "hit out": frozenset({"condemnation"}),
    "hit back": frozenset(),
    "strike back": frozenset(),
    "strike down": frozenset(),
    "strike out": frozenset(),
    "win over": frozenset(),
    "shake up": frozenset(),
    "shake off": frozenset(),
    "rise up": frozenset(),
    "climb down": frozenset(),
    "crash out": frozenset(),
    "drop out": frozenset({"departure"}),
    "pull out": frozenset({"departure"}),
    "step down": frozenset({"resignation"}),
    "fall out": frozenset(),
    "fall through": frozenset(),
    "fall apart": frozenset(),
    "free up": frozenset(),
    "fire up": frozenset(),
    "talk down": frozenset(),
    "talk up": frozenset(),
}


@lru_cache(maxsize=1 << 12)
def kinds(lemma: str) -> frozenset[str]:
    """The kinds of happening a word names (none: frozenset()): 'bombing', 'bombings' -> {'attack'};
    a phrasal verb by its verb ('fan out' -> its 'fan') unless its particle makes another happening
    of it ('beat up' -> {'attack'}, not a contest)."""
    words = lemma.lower().split()
    if not words:
        return frozenset()
    if len(words) == 2 and " ".join(words) in _PHRASAL:
        return _PHRASAL[" ".join(words)]
    word = words[0]
    found = _BY_STEM.get(stem(word), frozenset())
    if not found and word.endswith("s") and not word.endswith("ss"):
        found = _BY_STEM.get(stem(word[:-1]), frozenset())  # a plural the lemmatizer left: "bombings"
    return found


# Happenings told by a verb with the word after it, and what repeats alone groups (kept out of
# KINDS, whose words the factuality rules also read): "threw stones" ... "attacked" ... "were
# stoned"; "fell ill" ... "developed fever"; "stormed the town" ... "fanned out through it";
# "passed the bill" ... "approved it"; "voted" ... "the decision"; "wrapped up a three-day visit"
# ... "during his trip", "ended their talks" ... "the meeting"; "were taken hostage" ... "kidnapped";
# "was shot dead" ... "was gunned down". A line "kind: verbs > words"
# holds when one of the words follows the verb (before the end of its phrase); "*": any word (a
# verb with an object: "stormed the camp", not "the storm"); a line with no ">" lists words alone.
_TOLD_TABLE = """
attack: stone pelt
attack: throw hurl lob > stone rock grenade brick bomb firebomb
doping: test > positive
plea: plead > guilty
plea: enter > plea
illness: sicken illness
illness: fall > ill sick
illness: develop contract show > fever symptom pneumonia illness infection
raid: raid swoop incursion
raid: fan > out
raid: storm > *
approval: pass adopt enact back > bill law resolution budget measure motion amendment legislation constitution
decision: decide decision vote
crash: go come > down
resignation: step > down
visit: wrap conclude end begin start cut > visit trip tour
meeting: wrap conclude end begin start open close > talk meeting summit conference negotiation gathering
kidnapping: take seize > hostage captive
death: shoot > dead
death: gun > down
death: suicide
death: commit > suicide
discovery: sight spot
suspension: bar ban
"""
_TOLD: list[tuple[str, frozenset[str], frozenset[str] | None]] = [
    (
        kind.strip(),
        frozenset(stem(w) for w in rest.split(">")[0].split()),
        frozenset(w if w == "*" else stem(w) for w in rest.split(">")[1].split()) if ">" in rest else None,
    )
    for kind, rest in (line.split(":") for line in _TOLD_TABLE.strip().splitlines())
]
# The same entries by each of their verbs' stems: a word is looked up, not compared with every entry.
_TOLD_BY_VERB: dict[str, list[tuple[str, frozenset[str] | None]]] = {}
for _kind, _verbs, _wanted in _TOLD:
    for _verb in _verbs:
        _TOLD_BY_VERB.setdefault(_verb, []).append((_kind, _wanted))
ARTICLES = frozenset("a an the his her their its".split())
# Words that end the phrase a verb acts on ("fell ill on Monday", "threw stones at the convoy").
_PHRASE_END = frozenset("of to in on at for from with by as after before since during and or but".split())


def told_kinds(
    lemma: str, after: Sequence[str] = (), *, verb: bool = True, subject: Sequence[str] = ()
) -> frozenset[str]:
    """The kinds of happening a word names with the words after it ("throw", ["stones", "at"]:
    {'attack'}; "fall", ["ill"]: {'illness'}; "fan out": {'raid'}), from :data:`_TOLD_TABLE`;
    ``verb=False`` for a noun row, which names a kind by its own word only; ``subject``: the words
    right before the verb, which name what it acts on in the passive or as its subject ("the bill
    was passed", "a law passed by Peru"; never for "*": "the storm battered the coast")."""
    words = lemma.lower().split()
    if not words:
        return frozenset()
    head = stem(words[0])
    if not head.endswith("s") or head.endswith("ss"):
        heads = {head}
    else:
        heads = {head, stem(words[0][:-1])}
    entries = [e for h in heads for e in _TOLD_BY_VERB.get(h, ())]
    if not entries:
        return frozenset()  # most words name no kind by the table: the words around need no reading
    following: list[str] = []
    for word in (*words[1:], *(w.lower() for w in after)):
        if word in _PHRASE_END:
            break
        if word not in ARTICLES:  # "wrapped up a three-day visit"
            following.append(word)
    near = [*following[:4], *(w.lower() for w in subject[-3:])]
    objects = {stem(w) for w in near} | {stem(w[:-1]) for w in near if w.endswith("s")}
    return frozenset(
        kind for kind, wanted in entries if wanted is None or verb and (objects & wanted or "*" in wanted and following)
    )
