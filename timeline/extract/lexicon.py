"""Word tables of actor extraction: entity labels, titles and bodies, calendar words, name parts."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from timeline.calendar_words import MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS

ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Determiners that make a noun name one known thing ("the talks", "this attack", "those reports")
DEFINITE_DETERMINERS = frozenset("the this that these those".split())
CORP_SUFFIXES = frozenset(
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
PERSON_PRONOUNS = frozenset({"he", "him", "his", "himself", "she", "her", "hers", "herself"})
THING_PRONOUNS = frozenset({"it", "its", "itself"})
# Offices of one who speaks or stands for others: titles, and kinds of person no body is ("envoy
# Tom Ray"; PERSON_TITLES and PERSON_KINDS).
_SPOKESPERSONS = frozenset("spokesman spokeswoman spokesperson envoy ambassador senator".split())
# Nouns that head a person's title ("the Russian president"): read within one article and, with
# HONORIFICS, across articles (timeline.merge.actors).
PERSON_TITLES = _SPOKESPERSONS | frozenset(
    {
        "president",
        "minister",
        "secretary",
        "chief",
        "leader",
        "chancellor",
        "king",
        "queen",
        "prince",
        "general",
        "commander",
        "chairman",
        "chairwoman",
        "governor",
        "mayor",
        "representative",
        "judge",
        "emir",
        "sheikh",
    }
)
# Functions and ties that name a person and no body ("the analyst", "his teammate"; ROLE_HEADS and
# PERSON_KINDS), among them titles of faiths ("Imam Ali Hassan").
_FUNCTIONARIES = frozenset("adviser advisor analyst lawyer negotiator teammate compatriot imam rabbi".split())
# Within one article functions name a person too ("the analyst", "the company's founder"); the
# merge across articles has never used these (kept so: adding them would change which names merge).
ROLE_HEADS = (
    PERSON_TITLES
    | _FUNCTIONARIES
    | frozenset(
        {
            "premier",
            "official",
            "director",
            "executive",
            "ceo",
            "founder",
            "co-founder",
            "head",
            "counterpart",
            "prosecutor",
            "officer",
            "coordinator",
            "commissioner",
            "inspector",
            "superintendent",
            "rapporteur",
            "monarch",
            # titles of churches (of faiths: _FUNCTIONARIES) and of a state's councils
            # ("Archbishop of Canterbury Rowan Williams", "State Councilor Tang Jiaxuan")
            "archbishop",
            "bishop",
            "cardinal",
            "patriarch",
            "pope",
            "pontiff",
            "ayatollah",
            "councilor",
            "councillor",
            "speaker",
        }
    )
)
# A player's place in a game or time in a career: a person's only ("striker", "veteran";
# PERSON_DESCRIPTIONS and PERSON_KINDS).
_PLAYERS = frozenset(
    """allrounder all-rounder striker midfielder defender goalkeeper keeper winger skipper opener
    batsman batter bowler spinner paceman seamer sprinter hurdler playmaker veteran rookie youngster
    teenager debutant""".split()
)
# What a person is, said before the name at a sentence's start, where the tagger takes it for a first
# name ("Allrounder Andrew Flintoff", "Veteran Ali Daei", "Skipper Michael Vaughan").
PERSON_DESCRIPTIONS = _PLAYERS | frozenset(
    "pacer newcomer superstar star legendary defending reigning favourite favorite".split()
)
# What a person is, by trade, sport, tie of kin or plight, and no body or thing is ("weightlifter Cao
# Lei", "his widow, Ana Silva", "the suspect Tom Ray"): a name the tagger left untagged that one of
# them is set before or beside is a person's. Not the words a body shares ("leader", "partner",
# "rival", "manager", "designer", "champion", "host": "market leader Nokia", "fund manager Fidelity").
PERSON_KINDS = (
    _PLAYERS
    | _SPOKESPERSONS
    | _FUNCTIONARIES
    | frozenset(
        """wicketkeeper wicket-keeper captain coach forward marathoner swimmer skater skier cyclist jockey
        boxer wrestler weightlifter lifter gymnast golfer archer fencer rower shooter shuttler athlete
        player countryman countrymen countrywoman referee umpire attorney solicitor barrister doctor
        physician surgeon nurse professor scientist researcher economist strategist historian engineer
        architect writer author novelist poet journalist reporter correspondent columnist commentator
        photographer filmmaker actor actress singer musician composer painter dancer comedian
        businessman businesswoman tycoon billionaire millionaire banker entrepreneur farmer fisherman
        teacher student pupil priest cleric monk nun pastor preacher activist dissident campaigner
        lawmaker legislator congressman congresswoman politician diplomat mediator moderator aide wife
        husband widow widower son daughter brother sister father mother uncle aunt cousin nephew niece
        grandson granddaughter grandfather grandmother fiancee fiance girlfriend boyfriend suspect
        defendant hostage detainee colleague""".split()
    )
)
# The portfolio a minister or secretary holds, written before the title ("Interior Minister", "Defense
# Secretary"), which the tagger takes for an organisation's name.
PORTFOLIO_WORDS = frozenset(
    """defense defence interior finance foreign home justice health education trade labor labour
    agriculture energy environment transport transportation culture tourism commerce economy economic
    industry information communications treasury security development planning mines petroleum oil
    water housing sports sport youth welfare fisheries forestry science technology affairs and navy
    public national""".split()
)
# Forms of address and ranks before a name ("Mr", "Lt. Gen.", "Sir"), and "vice" and "prime" of
# "Vice President", "Prime Minister": title words of the merge across articles only.
HONORIFICS = frozenset(
    """mr mrs ms miss dr sir dame lord lady pope princess justice rep sen gov gen lieutenant lt
    colonel col major captain vice prime sergeant sgt corporal cpl""".split()
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
# Plural names of political groups, tagged like peoples (NORP) but acting as parties do.
POLITICAL_GROUPS = frozenset(
    """democrats republicans conservatives liberals tories socialists communists greens nationalists
    unionists labour maoists islamists federalists""".split()
)
# Nicknames of parties: the name the article also uses formally is the actor's name.
NICKNAMES = {
    "tories": ("Conservatives", "Conservative Party", "Conservative party"),
    "tory": ("Conservatives", "Conservative Party", "Conservative party"),
    "gop": ("Republicans", "Republican Party", "Republican party"),
}
# Common nouns of places: "the province of Cavite", "the island of Borneo", "Jenin Refugee Camp".
PLACE_NOUNS = frozenset(
    """province provinces island islands city cities town towns village villages region regions
    district districts county counties municipality capital area areas neighborhood neighborhoods
    neighbourhood neighbourhoods suburb suburbs camp camps valley port peninsula prefecture
    governorate territory territories""".split()
)
# Heads of the names of buildings and sites: "at the Museum of Nationalities" is where, not who.
FACILITY_NOUNS = frozenset(
    """museum hospital stadium airport station hotel palace hall centre center square street avenue
    road bridge harbour harbor prison jail mosque church temple cathedral market university college
    school academy ground oval arena circuit course racecourse velodrome gymnasium club""".split()
)
# Last words of the names of documents and agreements: things signed or passed, not participants.
DOCUMENT_NOUNS = frozenset(
    """agreement agreements accord accords treaty pact memorandum protocol charter declaration
    resolution understanding roadmap communique constitution act bill law covenant convention""".split()
)
# Words of labels made with a letter or a number: "Group A", "Storm Signal 3", "Gate 5".
LABEL_NOUNS = frozenset(
    """group pool signal signals gate terminal phase stage level category section article chapter
    round zone sector lane platform ward grade class""".split()
)
# The last words of the names of occasions: "at the Summit of the Americas", "in the Asian Games".
OCCASION_NAMES = frozenset(
    """summit conference games olympics cup championship championships tournament forum festival
    fair expo meeting session talks""".split()
)
DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those"})
# Words of a title that are capitalised before a name and still no name ("Chief Executive Officer").
TITLE_WORDS = frozenset({"chief", "executive", "vice", "deputy", "prime", "foreign", "senior", "general", "emeritus"})
NEW_REFERENT = frozenset({"new", "other", "another", "rival", "second", "former", "parent", "sister"})
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
        "journal",
        "magazine",
        "tabloid",
        "party",
        "bloc",
        "alliance",
        "organisation",
        "organization",
        "agency",
        "institute",
    }
)
# "the ship" names the vessel (or craft) the story is about, a name the tagger seldom knows.
CRAFT_NOUNS = frozenset(
    "ship vessel tanker freighter liner ferry carrier aircraft airliner plane jet satellite spacecraft probe".split()
)
# Entities that count or place in time: never a participant ("Monday's announcement", "February 6").
NON_ACTOR_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})
CALENDAR_WORDS = (
    frozenset(MONTHS)
    | {abbreviation + "." for abbreviation in MONTH_ABBREVIATIONS}
    | frozenset(WEEKDAYS)
    | {"christmas", "easter", "thanksgiving", "ramadan", "hanukkah"}
)
HOLIDAYS = frozenset(
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
        # religious and national feasts of the news (never a participant: "In his message for Eid")
        "eid",
        "eid al-adha",
        "eid al-fitr",
        "eid ul-fitr",
        "eid ul-adha",
        "feast of sacrifice",
        "lunar new year",
        "chinese new year",
        "spring festival",
        "diwali",
        "deepavali",
        "passover",
        "yom kippur",
        "rosh hashanah",
        "hanukkah",
        "ramadan",
        "nowruz",
        "ashura",
    }
)
# Words after a feast's name that make a stretch of time of it ("the New Year's weekend").
HOLIDAY_PERIODS = frozenset(
    "weekend holiday holidays period eve day festival festivities break season celebrations".split()
)
# A model designator after a product or company name belongs to the name: "iPhone 3G", "Windows 7",
# "Galaxy S5", "OS X", "MacBook Pro", "Boeing 737".
DESIGNATOR = re.compile(r"(?:\d{1,4}[A-Za-z]{0,3}|[A-Z]{1,2}\d{1,4}[A-Za-z]?|(?:II|III|IV|VI|VII|VIII|IX|X|XI|XII))$")
DESIGNATOR_WORDS = frozenset({"Pro", "Max", "Plus", "Mini", "Ultra", "Lite", "SE", "XL", "XS"})
QUANTITY_WORDS = frozenset(
    {"%", "percent", "per", "million", "billion", "trillion", "thousand", "hundred", "times"}
    | {"seconds", "minutes", "hours", "days", "weeks", "months", "years"}
)

NAME_PARTICLES = frozenset({"de", "da", "di", "del", "van", "von", "der", "al", "bin", "ibn", "la", "le"})
ORG_WORDS = (
    ORG_HEADS
    | CORP_SUFFIXES
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
# Words any number of companies and bodies are named with: a name made of them alone ("Investors
# Service", "Central Bank", "Holding Group") is no shorter form of one of them.
GENERIC_ORG_WORDS = (
    ORG_WORDS
    | COMPANY_NOUNS
    | frozenset(
        """investor investors service services holding holdings international industries industry
        partners capital management securities trust financial insurance central national general
        united global commercial development corporate asset assets""".split()
    )
)
NAMED_THINGS = frozenset({"ORG", "PRODUCT", "WORK_OF_ART", "EVENT", "FAC", "LAW"})
UNITS = frozenset({"usd", "eur", "gbp", "jpy", "kb", "mb", "gb", "tb", "ghz", "mhz", "mp", "km", "mph", "kg"})
ACRONYM = re.compile(r"^(?:[A-Z]\.?){2,6}$")
# Words an acronym leaves out ("Bank of England" -> BOE), within an article and across articles;
# within an article "des" and "le" as well (the merge across articles never left them out: kept so).
ACRONYM_SKIP = frozenset({"of", "the", "and", "for", "de", "du", "la", "&"})
NAME_ACRONYM_SKIP = ACRONYM_SKIP | {"des", "le"}


# Nouns for people and bodies of people, as the actor and factuality rules both read them ("his
# wife said", "the family will appeal"): the role, body, company, craft and place heads and the
# person descriptions above, and the common words for people.
PEOPLE_NOUNS = (
    ROLE_HEADS
    | ORG_HEADS
    | COMPANY_NOUNS
    | CRAFT_NOUNS
    | PLACE_NOUNS
    | PERSON_DESCRIPTIONS
    | frozenset(
        """family families child children kid kids people parent relative friend fan supporter follower
        member player staff crew squad side unit force citizen resident voter worker employee student
        soldier colleague partner boy girl man men woman women baby cub country nation city board
        management leadership panel jury""".split()
    )
)


# Nouns that name an event in news text (deverbal or conventional); lemmas.
EVENT_NOUNS = frozenset(
    {
        "evacuation",
        "talk",
        "ceasefire",
        "cease-fire",
        "truce",
        "offensive",
        "attack",
        "assault",
        "strike",
        "airstrike",
        "airlift",
        "bombing",
        "shelling",
        "war",
        "battle",
        "fighting",
        "clash",
        "siege",
        "invasion",
        "occupation",
        "liberation",
        "withdrawal",
        "pullout",
        "retreat",
        "capture",
        "recapture",
        "election",
        "vote",
        "referendum",
        "meeting",
        "summit",
        "conference",
        "visit",
        "trip",
        "negotiation",
        "discussion",
        "agreement",
        "deal",
        "treaty",
        "accord",
        "pact",
        "announcement",
        "statement",
        "speech",
        "keynote",
        "address",
        "interview",
        "launch",
        "release",
        "unveiling",
        "introduction",
        "debut",
        "sale",
        "purchase",
        "acquisition",
        "merger",
        "takeover",
        "lawsuit",
        "suit",
        "trial",
        "ruling",
        "verdict",
        "settlement",
        "appeal",
        "decision",
        "resignation",
        "departure",
        "appointment",
        "death",
        "birth",
        "funeral",
        "murder",
        "killing",
        "arrest",
        "detention",
        "execution",
        "protest",
        "demonstration",
        "riot",
        "coup",
        "uprising",
        "rebellion",
        "revolution",
        "crisis",
        "explosion",
        "crash",
        "collapse",
        "earthquake",
        "quake",
        "temblor",
        "tremor",
        "aftershock",
        "flood",
        "disaster",
        "outbreak",
        "rescue",
        "operation",
        "campaign",
        "mission",
        "raid",
        "crackdown",
        "search",
        "inspection",
        "ambush",
        "massacre",
        "deployment",
        "shipment",
        "delivery",
        "upgrade",
        "update",
        "recall",
        "increase",
        "reduction",
        "decline",
        "drop",
        "rise",
        "growth",
        "loss",
        "profit",
        "investment",
        "payment",
        "ban",
        "sanction",
        "embargo",
        "veto",
        "approval",
        "rejection",
        "invitation",
        "request",
        "appearance",
        "absence",
        "return",
        "leave",
        "arrival",
        "escape",
        "victory",
        "defeat",
        "win",
        "surrender",
        "dispute",
        "hearing",
        "investigation",
        "inquiry",
        "probe",
        "report",
        "complaint",
        "warning",
        "threat",
        "presentation",
        "event",
        "ceremony",
        "celebration",
        "auction",
        "pre-order",
        "preorder",
        "shortage",
        "outage",
        "leak",
        "hack",
        "breach",
        "expansion",
        "closure",
        "shutdown",
        "lockdown",
        "blockade",
        "bombardment",
        "exodus",
        "handover",
        "transfer",
        "exchange",
        "shooting",
        "slaying",
        "kidnapping",
        "blast",
        "rally",
        "standoff",
        "manhunt",
        "march",
        "indictment",
        "assassination",
        "extradition",
        "confrontation",
        "breakthrough",
        "cancellation",
        "incident",
        "maneuver",
        "manoeuvre",
        "drill",
        "suspension",
        # occasions and procedures news dates
        "surgery",
        "overdose",
        "tour",
        "dinner",
        "seminar",
        "symposium",
        "workshop",
        "banquet",
        "concert",
        "parade",
        "commemoration",
        "exhibition",
        # contests, and what is measured by asking or testing
        "race",
        "match",
        "tournament",
        "championship",
        "competition",
        "marathon",
        "contest",
        "derby",
        "poll",
        "survey",
        "census",
        "test",
    }
)


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    # made once by benchmarks/common_words.py: the words a dictionary writes in lower case
    return frozenset((Path(__file__).with_name("common_words.txt")).read_text(encoding="utf-8").split())


def is_common_word(word: str) -> bool:
    """A common English word (in lower case), not a name: "riot", "volunteer", not "taliban"."""
    return word in _common_words()


# Happenings two sides take part in alike, each the other's partner: if A has one with B, B has one
# with A ("A met with B" is "B met with A", "talks between A and B", "A drew with B"). The parties
# a "with" or "between" phrase names are doers of it as much as its subject (GUIDELINES 4: who did
# it is the agent), not bystanders. Verbs told with "with" (not "play with", "deal with", "speak
# with": a teammate, a topic, the press), and nouns of meetings, talks, fights, games and pacts
# (not "interview" or "audience": one side asks, the other answers).
RECIPROCAL_VERBS = frozenset(
    "meet talk negotiate confer discuss agree clash fight battle skirmish spar draw tie merge ally "
    "cooperate collaborate reconcile compete sign quarrel".split()
)
RECIPROCAL_NOUNS = frozenset(
    "meeting talk talks negotiation negotiations consultation consultations discussion discussions "
    "dialogue summit conversation call conference clash clashes fight fighting battle war conflict "
    "confrontation skirmish match game draw tie duel showdown agreement deal accord pact treaty truce "
    "ceasefire cease-fire merger alliance partnership relations ties dispute row feud rivalry standoff "
    "exchange exchanges reconciliation contract".split()
)
