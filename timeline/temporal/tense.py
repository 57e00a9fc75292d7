"""Which way a relative date points, read from the expression's own words and its governing verb."""

from __future__ import annotations

import re
from typing import Literal

from spacy.tokens import Span, Token

from timeline.calendar_words import MONTHS, WEEKDAYS
from timeline.nlp.doctables import any_child, children_with, first_child
from timeline.nlp.lemmas import lemma

# "planned": a plan or decision told in the past tense, ahead of the telling but not always of the report;
# "present": the time the story stands in ("are still queueing on Tuesday"): a weekday the nearest one
Direction = Literal["past", "future", "none", "planned", "present"]

_FUTURE_AUX = {
    "will",
    "'ll",
    "shall",
    "wo",
    "would",
    "'d",
    "gon",
    "might",
    "may",
    "could",
    "should",
    "must",
    "can",
    "ca",
}
_FUTURE_GOVERNORS = {
    "expect",
    "plan",
    "schedule",
    "set",
    "due",
    "intend",
    "hope",
    "aim",
    "prepare",
    "vow",
    "promise",
    "threaten",
    "go",
    "propose",
    "want",
    "seek",
    "agree",
    "decide",
    "pledge",
}
# verbs whose infinitive tells what someone is to do, not what they said ("urged supporters to
# mobilise for a funeral on Wednesday"; finite, "urged restraint on Monday", they keep their tense)
_URGING = frozenset({"urge", "ask", "invite", "order", "encourage", "press", "appeal", "instruct", "summon"})
# present-tense reporting verbs ("says Tuesday") tell of the report, not of a schedule
_REPORTING = {
    "say",
    "tell",
    "confirm",
    "insist",
    "warn",
    "deny",
    "claim",
    "add",
    "note",
    "believe",
    "think",
    "know",
    "acknowledge",
    "estimate",
    "argue",
    "admit",
    "contend",
    "suggest",
}
# a state in the present says nothing of a schedule: "are worth half what they were in October"
_STATIVE = {
    "be",
    "have",
    "own",
    "hold",
    "remain",
    "seem",
    "appear",
    "need",
    "want",
    "like",
    "mean",
    "cost",
    "include",
    "contain",
    "exist",
    "stand",
    "lie",
    "live",
    "feel",
    "look",
}
# verbs whose past tense is spelled like their present: the tagger cannot tell "hurt" from "hurt"
_SAME_IN_PAST = {
    "hurt",
    "cut",
    "put",
    "set",
    "hit",
    "cost",
    "let",
    "quit",
    "shut",
    "spread",
    "bid",
    "cast",
    "read",
    "beat",
    "burst",
    "split",
    "upset",
    "forecast",
    "broadcast",
    "thrust",
    "shed",
}
_DEADLINE_PREPS = {"until", "till", "by", "through"}
# verbs whose "for" names the day a happening is to be held: "announced for Sunday", "called for Monday"
_CALLED_FOR = frozenset("announce call plan schedule reschedule set slate book fix organise organize convene".split())
# a deadline given in the past tense lies ahead of the giving: "gave them until Friday", "had until March to"
_GRANT = {"give", "grant", "allow", "have", "approve", "authorize", "authorise", "permit"}
_PUT_OFF = {"postpone", "delay", "defer", "adjourn", "extend", "reschedule", "push", "move", "put"}
_PAST_WORDS = {"last", "past", "ago", "previous", "earlier", "recent", "recently"}
_FUTURE_WORDS = {"next", "coming", "upcoming", "following", "later", "hence"}


# Where a word tagged as a present verb is a noun: "went on one of his field trips/VBZ to a unit on
# Thursday" (a plural the tagger read as a verb: a verb is no object of a preposition or a verb).
_NOUN_PLACES = frozenset({"pobj", "dobj"})


def _verb_of(token: Token) -> Token | None:
    for _ in range(6):
        if token.pos_ in ("VERB", "AUX") and not (token.tag_ == "VBZ" and token.dep_ in _NOUN_PLACES):
            return token
        if token.head.i == token.i:
            return None
        token = token.head
    return token if token.pos_ in ("VERB", "AUX") else None


_NEGATIONS = {"not", "n't", "never", "neither", "nor", "nobody", "no"}


def _negated(verb: Token) -> bool:
    """Whether ``verb`` is negated, by "not" or by its subject ("neither he nor ...", "no one")."""
    for c in verb.children:
        if c.dep_ == "neg" or c.lower_ in _NEGATIONS:
            return True
        if c.dep_ in ("nsubj", "nsubjpass") and any(t.lower_ in _NEGATIONS for t in c.subtree):
            return True
    return False


def _governor(verb: Token) -> str:
    """The lemma of ``verb``, "hope" for "hopes", "hoped", "hoping" (the rule lemmatizer makes them "hop")."""
    return "hope" if verb.lower_ in ("hope", "hopes", "hoped", "hoping") else lemma(verb).lower()


def _compared_or_planned(verb: Token, children: list[Token]) -> Direction | None:
    """The direction of a comparative clause, that of the clause it compares with ("fell faster than
    (had been) expected in December": when it fell); a plan in the past perfect is seen from a past
    already gone by, as an infinitive under one is ("had been scheduled for January 25", "had hoped
    for a win in the Sunday vote"); an infinitive on a noun tells what is to come (:func:`_to_come`);
    a pledge made for the purpose of another verb, that verb's time (:func:`_pledge_of_purpose`).
    None for any other verb."""
    if any(c.dep_ == "mark" and c.lower_ == "than" for c in children):
        outer = _verb_of(verb.head)
        if outer is not None and outer.i != verb.i:
            return verb_direction(outer)
    if _governor(verb) in _FUTURE_GOVERNORS and any(c.dep_ == "aux" and c.lower_ == "had" for c in children):
        return "past"
    if _infinitive_on_a_noun(verb, children):
        return _to_come(verb)
    if _pledge_of_purpose(verb, children):
        # "went on television to vow on Thursday that ...": the pledge is what the going was for,
        # made when it was, whatever lies ahead in what is pledged
        return verb_direction(verb.head)
    if (
        verb.dep_ == "xcomp"
        and verb.head.lower_ in _LIKELY
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in children)
    ):
        # "the storm is likely to hit land Saturday": a forecast, ahead of the present; seen from a
        # past ("was likely to"), it may have come by now
        be = verb.head.head
        return "planned" if be.tag_ == "VBD" else "future"
    if _scheduled_on_a_noun(verb, children):
        # "will attend talks scheduled for Monday", "have called for a boycott of the vote set for
        # March": ahead; under a simple past ("a service planned for Saturday was canceled") the
        # clause around it says which way, as before
        clause = _verb_of(verb.head)
        if clause is None or clause.i == verb.i or clause.tag_ != "VBD" and not _past_passive(clause):
            return "future"
    return None


# Adjectives whose infinitive tells what is foreseen ("is likely to hit", "is certain to win").
_LIKELY = frozenset({"likely", "unlikely", "certain", "sure", "bound", "poised"})


def _past_passive(verb: Token) -> bool:
    """ "was canceled", "were called off": a passive in the simple past."""
    return verb.tag_ == "VBN" and any(c.tag_ == "VBD" for c in children_with(verb, ("auxpass",)))


# Participles that set when what their noun names takes place
_SCHEDULING = frozenset({"schedule", "reschedule", "plan", "set", "slate"})


def _scheduled_on_a_noun(verb: Token, children: list[Token]) -> bool:
    """A bare participle that says when a noun is to take place ("talks scheduled for Monday", "the
    vote set for March", "a strike planned for Friday"): what is to come, as its clause tells it."""
    return (
        verb.dep_ == "acl"
        and verb.tag_ == "VBN"
        and verb.head.pos_ in ("NOUN", "PROPN")
        and (lemma(verb).lower() in _SCHEDULING or verb.lower_ == "slated")
        and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in children)
        and any(c.dep_ == "prep" and (c.lower_ == "for" or c.lower_ == "on" and verb.lower_ != "set") for c in children)
    )  # ("the leaders' meeting scheduled on Friday and Saturday"; not "its record high set on Aug. 6")


def _be_ahead(verb: Token, children: list[Token]) -> bool:
    """Whether "be" tells what lies ahead: "is due (set, scheduled) to", or, in the present, of the next
    or upcoming one ("the next round of talks is on Monday", "the upcoming vote is on Friday")."""
    if any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in children):
        return False  # "had been due to end Sunday": a plan seen from a past already gone by
    if any(c.lower_ in ("due", "set", "scheduled") for c in children):
        return True
    return verb.tag_ in ("VBZ", "VBP") and any(
        c.dep_ == "nsubj" and any(m.lower_ in ("next", "upcoming", "forthcoming") for m in children_with(c, ("amod",)))
        for c in children
    )


def _shares_auxiliary(verb: Token, children: list[Token]) -> bool:
    """Whether ``verb`` is a bare form or participle conjoined with an earlier verb, or a gerund that
    verb governs, with no auxiliary of its own ("will visit the dam and open the hall": "open" is under
    "will"; "will start harvesting": "harvesting" too)."""
    head = verb.head
    if any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in children) or head.i >= verb.i:
        return False
    if verb.dep_ == "xcomp" and verb.tag_ == "VBG":
        return head.pos_ == "VERB"  # "will begin moving at dawn Friday", "kept selling on Monday"
    return verb.dep_ == "conj" and verb.tag_ in ("VB", "VBN") and head.pos_ in ("VERB", "AUX")


# What a contest's result infinitive tells was won ("beat Lee 6-2, 6-1 to win the title").
_WON = frozenset("win clinch retain lift claim".split())
# What it tells was beaten or reached, said right after the contest's verb ("bounced back from two
# defeats to beat Spurs 3-0", "rallied to reach the final"; not through a noun phrase: "recovered from
# the loss of Cook to reach 210-4", whose row would lose the score).
_BEATEN = frozenset("beat defeat reach".split())
# Past verbs of a contest whose "to win" is its result: "beat X to win", "came back to win".
_CONTEST_VERBS = frozenset(
    "beat defeat edge outsprint outpace outrun outscore outclass outplay overcome overpower rally thrash "
    "crush down upset rout sweep hold battle fight come storm surge sprint race ride shoot fire card "
    "recover finish pull hit score bounce stun shock sink drub hammer nip oust trounce whip demolish topple "
    "humble dump eliminate".split()
)


_PREP = frozenset({"prep", "agent"})


def won_by(infinitive: Token) -> bool:
    """ "Mansell edged out Fittipaldi by a fraction of a second to win the Grand Prix on Sunday",
    "Tergat outsprinted his rival to win the marathon", "Arsenal bounced back from two defeats to
    beat Tottenham 3-0 on Saturday": the title won, the side beaten is the result of the contest
    the simple past above it tells, done, not a plan ahead (read as a purpose, "to win" was
    "planned" and its Sunday the next one). Not "cheated to win the election", "is on course to
    win 41 seats", "managed to win control": no contest told in the past."""
    word = lemma(infinitive).lower()
    if not (word in _WON or word in _BEATEN and infinitive.dep_ in ("xcomp", "advcl")) or not any(
        c.dep_ == "aux" and c.lower_ == "to" for c in infinitive.children
    ):
        return False
    if not any(c.pos_ in ("NOUN", "PROPN", "NUM") for c in children_with(infinitive, ("dobj",))):
        return False
    verb = _result_of(infinitive)
    if verb is None:
        return False
    stem = lemma(verb).lower()
    # (a main verb with a subject the tagger read as a participle: "Portvale hammered/VBN Eastford 4-0")
    simple_past = verb.tag_ == "VBD" or (verb.tag_ == "VBN" and verb.dep_ == "ROOT" and any_child(verb, ("nsubj",)))
    if verb.pos_ != "VERB" or not simple_past or stem not in _CONTEST_VERBS and stem[:-1] not in _CONTEST_VERBS:
        return False  # (the lemmatizer makes "outsprinted" "outsprinte")
    return not any_child(verb, ("aux", "neg"))


# Stages a side reaches by a result ("beat Norway 1-0 to qualify for the finals", "edged Mali to
# advance to the semifinals"): a row of their own, unlike a title won.
_STAGES = frozenset("qualify advance progress".split())
_STAGE_PREPS = frozenset("for to into".split())
# Past verbs of a contest a stage is reached by: those above, and the win, draw or tie itself.
_STAGE_CONTESTS = _CONTEST_VERBS | frozenset("win top draw tie".split())


def qualified_by(infinitive: Token) -> bool:
    """ "The Czechs beat Norway 1-0 to qualify for the World Cup finals", "Ghana edged Mali to
    advance to the semifinals", "won their group to qualify for the next round": the stage reached
    is the result of the contest the simple past above it tells, done, not a purpose. Not
    "trained hard to qualify for the finals", "need to beat Norway to qualify", "did not beat
    Norway to qualify": no contest told done."""
    if lemma(infinitive).lower() not in _STAGES or not any(
        c.dep_ == "aux" and c.lower_ == "to" for c in infinitive.children
    ):
        return False
    if not any(c.lower_ in _STAGE_PREPS for c in children_with(infinitive, ("prep",))):
        return False
    verb = _result_of(infinitive)
    if verb is None:
        return False
    stem = lemma(verb).lower()
    if verb.pos_ != "VERB" or verb.tag_ != "VBD" or stem not in _STAGE_CONTESTS and stem[:-1] not in _STAGE_CONTESTS:
        return False
    return not any_child(verb, ("aux", "neg"))


def _result_of(infinitive: Token) -> Token | None:
    """The verb an infinitive of result ("to win", "to qualify") tells the result of: its head
    ("beat Norway to qualify"), or the verb above the prepositional phrases it hangs from ("edged
    out X by a fraction of a second to win", "beat Norway 1-0 for a 2-0 aggregate to qualify");
    else None."""
    if infinitive.dep_ in ("xcomp", "advcl"):
        return infinitive.head
    if infinitive.dep_ == "acl" and infinitive.head.dep_ == "pobj" and infinitive.head.head.dep_ in _PREP:
        verb = infinitive.head.head.head
        while verb.dep_ == "pobj" and verb.head.dep_ in _PREP:
            verb = verb.head.head  # ("by a fraction of a second")
        return verb
    return None


def verb_direction(verb: Token) -> Direction:
    """Future for will/shall/would or "expected to ..."; past for past-tense or perfect verbs."""
    if won_by(verb) or qualified_by(verb):
        return "past"
    if verb.tag_ in ("VBP", "VBZ") and verb.lower_ in _ONLY_PAST:
        return "past"  # "earnings leapt/VBP 62 percent in the year to February": no present has that form
    if verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.lower_ == "since":
        return "past"  # "Since taking office in January, ...": what a "since" counts from is done
    if _bare_complement(verb):
        # "saw prices fall in March", "let his striker leave in January": what was seen or made to
        # happen happened when the seeing or making did
        return verb_direction(verb.head)
    if _shares_auxiliary(verb, list(verb.children)) or _untensed_passive_complement(verb):
        # "will be cleaned and unveiled on Saturday", "will fly to Oslo and sign on Monday": a verb
        # with no tense of its own, conjoined with one, has that one's auxiliary
        return verb_direction(verb.head)
    return _own_direction(verb)


# Past forms that are no present, which the tagger may read as one after a plural subject
_ONLY_PAST = frozenset(
    "leapt crept slept wept swept dealt knelt dwelt dreamt burnt learnt spilt spoilt strode stole "
    "sank shrank sprang swam drank".split()
)


# Verbs of perception and of causing whose complement is a bare infinitive with its own subject:
# "saw prices fall", "watched him join Chelsea", "let the striker leave", "made them pay"
_BARE_GOVERNORS = frozenset("see watch hear notice observe feel let make have help bid".split())


def _bare_complement(verb: Token) -> bool:
    """Whether ``verb`` is a bare infinitive with its own subject, the complement of a verb of
    perception or causing ("saw prices fall in March", "let his striker leave in January"): it has
    no tense of its own (the tagger may read it as a present, "watched Ballack join/VBP Chelsea")."""
    head = verb.head
    if verb.dep_ != "ccomp" or verb.tag_ not in ("VB", "VBP") or head.i >= verb.i or head.pos_ != "VERB":
        return False
    if lemma(head).lower() not in _BARE_GOVERNORS or any_child(verb, ("aux", "auxpass", "mark")):
        return False
    # the subject stands between the two verbs: "saw [prices] fall" (not "saw that ...", "feel they can")
    return any(head.i < c.i < verb.i for c in children_with(verb, ("nsubj",)))


def _untensed_passive_complement(verb: Token) -> bool:
    """Whether ``verb`` is a participle whose passive auxiliary has no tense ("getting", "being",
    "get") as the complement of another verb: "is going to start getting hit in the spring", "kept
    being delayed in March". It is as far ahead or behind as that verb, not a past of its own."""
    return (
        verb.tag_ == "VBN"
        and verb.dep_ == "xcomp"
        and verb.head.i != verb.i
        and verb.head.pos_ in ("VERB", "AUX")
        and any(c.tag_ in ("VBG", "VB") for c in children_with(verb, ("auxpass",)))
        and not any_child(verb, ("aux",))
    )


def _own_direction(verb: Token) -> Direction:
    """:func:`verb_direction` of a verb that has its own tense or auxiliary."""
    children = list(verb.children)
    if verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("have", "'ve") for c in children):
        return "past"  # "may have been responsible Wednesday", "could have left Friday": a modal perfect
    if any(c.dep_ == "aux" and c.lower_ in ("could", "ca") for c in children) and _negated(verb):
        return "past"  # "could not be reached Tuesday": an attempt already made
    if any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in children) or _modal_on_passive(verb, children):
        return "future"
    compared = _compared_or_planned(verb, children)
    if compared is not None:
        return compared
    if lemma(verb).lower() in _FUTURE_GOVERNORS - {"go", "want", "agree", "decide", "set"} and not (
        verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in children)
    ):
        # "plans to ... Friday", "was scheduled for Friday"; a bare participle ("a service planned
        # for Saturday was canceled") takes its time from the clause around it
        return "future"
    if (
        verb.dep_ == "xcomp" and lemma(verb.head).lower() == "be" and any(c.lower_ == "to" for c in children)
    ) or _purpose_under_will(verb, children):
        # "is to resume trading Tuesday"; "will return home to vote on Sunday"; "the last stay was to
        # end on November 21", told in December: a plan seen from a past, which may have come by now
        return "planned" if verb.dep_ == "xcomp" and verb.head.tag_ == "VBD" else "future"
    if any(c.lower_ == "to" and c.dep_ == "aux" for c in children) and verb.dep_ in ("xcomp", "ccomp"):
        # ("expects his daughter to be captain": an infinitive with its own subject is a ccomp)
        if _governor(verb.head) in _FUTURE_GOVERNORS | _URGING:
            # "agreed to sell the unit in October", told in December: a decision taken in the past
            # may be carried out before the report as well as after it; the tense does not settle it
            # (nor does the present perfect: "have agreed to build ties during his October visit")
            return "planned" if _decided_before(verb.head) else "future"
    if lemma(verb).lower() == "be" and _be_ahead(verb, children):
        return "future"
    if (
        verb.lower_ in ("set", "slated")  # (the rule lemmatizer makes "slated" "slat")
        and verb.tag_ == "VBN"
        and any(c.dep_ == "auxpass" and c.lower_ in ("is", "are", "'s", "'re") for c in children)
    ):
        return "future"  # "the forum is set for Nov. 20", "talks are slated for May"
    if (
        (verb.dep_ in ("xcomp", "ccomp") and any(c.lower_ == "to" and c.dep_ == "aux" for c in children))
        or (
            verb.tag_ == "VBG"
            and verb.dep_ == "pcomp"
            and verb.head.lower_ not in ("after", "since", "following")  # "will rest after campaigning Sunday"
            and not any(c.dep_ in ("aux", "auxpass") for c in children)
        )
    ) and verb.head is not verb:
        outer_verb = _verb_of(verb.head)
        outer = verb_direction(outer_verb) if outer_verb is not None and outer_verb is not verb else "none"
        if outer == "future" or _ahead_of_present(verb, outer_verb, outer):
            # "will begin to arrive on Tuesday", "will not stop her from flying to Rome on Sunday": the
            # infinitive or gerund is as far ahead as its verb
            return "future"
    if verb.tag_ == "VBN":
        # a participle is past only with a past or perfect auxiliary: "was held", "has held";
        # "to be published in November", "is scheduled for Friday" are not
        if any(c.lower_ == "to" and c.dep_ == "aux" for c in children):
            return "future"
        if not any(
            c.dep_ in ("aux", "auxpass") and (c.tag_ == "VBD" or c.lower_ in ("has", "have", "had")) for c in children
        ):
            return "past" if _done_in_the_past(verb) else "none"
        return "past"
    if verb.tag_ == "VBD" or "Past" in verb.morph.get("Tense", []):
        return "past"
    if any(c.dep_ in ("aux", "auxpass") and (c.tag_ == "VBD" or c.lower_ in ("has", "have", "had")) for c in children):
        return "past"
    if verb.tag_ == "VBG" and _present(verb):
        return "future"  # "is meeting Tuesday": the present progressive of a plan
    return "none"


def _decided_before(verb: Token) -> bool:
    """Whether ``verb``, which governs an infinitive of a plan, was done in the past: a simple past, a
    present or past perfect ("had expected the deficit to come to $63 billion in October"), or a
    gerund of a verb in the simple past ("by inviting him to sit in")."""
    return verb.tag_ == "VBD" or _perfect(verb) or _past_perfect(verb) or _gerund_of_a_past(verb)


def _past_perfect(verb: Token) -> bool:
    """Whether ``verb`` is a participle in the past perfect: "had expected", "had planned"."""
    return verb.tag_ == "VBN" and any(c.lower_ in ("had", "'d") for c in children_with(verb, ("aux",)))


def _gerund_of_a_past(verb: Token) -> bool:
    """Whether ``verb`` is a gerund after a preposition of a verb in the simple past: "violated the
    rules by inviting him to sit in at sessions in January" (the inviting was done then)."""
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp" or verb.head.dep_ != "prep":
        return False
    outer = verb.head.head
    return outer.pos_ == "VERB" and outer.tag_ == "VBD"


def _modal_on_passive(verb: Token, children: list[Token]) -> bool:
    """Whether a modal of the future hangs on the passive "be" of ``verb`` rather than on the verb
    itself, as the parser sometimes reads "will be closed Monday" ("will" under "be")."""
    return verb.tag_ == "VBN" and any(
        c.dep_ == "auxpass" and c.lower_ == "be" and any_child_in(c, _FUTURE_AUX) for c in children
    )


def any_child_in(tok: Token, words: set[str] | frozenset[str]) -> bool:
    """Whether an auxiliary child of ``tok`` is one of ``words``."""
    return any(c.lower_ in words for c in children_with(tok, ("aux",)))


def _purpose_under_will(verb: Token, children: list[Token]) -> bool:
    """Whether ``verb`` is a to-infinitive telling what a verb under "will" (or "shall"), or in the
    present progressive of a plan, is done for: "will return to Mina to sacrifice a sheep on
    Saturday", "will be imposed to limit violence during Thursday's vote", "is gearing up to use its
    jets for flights from Sunday" (as far ahead as that verb; not under a simple present: "marks a
    new start after the invasion to oust him"; nor under what is going on now: "are still
    fighting to hold the town on Sunday")."""
    if verb.dep_ != "advcl" or not any(c.lower_ == "to" and c.dep_ == "aux" for c in children):
        return False
    outer = verb.head
    if outer.i >= verb.i:
        return False
    if outer.tag_ == "VBG" and _present(outer) and not _standing_progressive(outer):
        return True
    return any(c.lower_ in _FUTURE_AUX for c in children_with(outer, ("aux",)))


def _pledge_of_purpose(verb: Token, children: list[Token]) -> bool:
    """Whether ``verb`` is a to-infinitive of pledging that tells what another verb was done for:
    "went on radio to promise on Sunday that ...", "will fly to Rome to propose on Friday ..." (not
    "expects to propose on Friday", whose infinitive is the object of its verb)."""
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VB"
        and lemma(verb).lower() in _PLEDGING
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in children)
        and verb.head.i < verb.i
        and verb.head.pos_ in ("VERB", "AUX")
    )


def _perfect(verb: Token) -> bool:
    """Whether ``verb`` is a participle in the present perfect: "have agreed", "has decided"."""
    return verb.tag_ == "VBN" and any(c.lower_ in ("has", "have", "'ve") for c in children_with(verb, ("aux",)))


def _done_in_the_past(verb: Token) -> bool:
    """Whether ``verb`` is a bare participle on a noun of a clause told in the past ("the decision was
    made at the summit held on January 9", "freed the hostages seized on Monday"): what it did or
    underwent was done by the time that clause tells."""
    if verb.dep_ != "acl" or verb.head.pos_ not in ("NOUN", "PROPN") or lemma(verb).lower() in _SCHEDULING:
        return False  # (not "a service planned for Saturday was canceled": which Saturday is not said)
    clause = _verb_of(verb.head)
    if clause is None or clause.i == verb.i:
        return False
    way = verb_direction(clause)
    # (under a simple present, "the claims made during a May 3 speech refer to ...", done as well)
    present = clause.tag_ in ("VBZ", "VBP") or _untensed_with_subject(clause)
    if way in ("future", "planned"):
        # "the current parliament, elected in January, would remain in place until 2010": a participle
        # set off by commas tells what the noun has been through, whatever lies ahead of it
        return _set_off(verb) and _on_its_preposition(verb)
    return way == "past" or (way == "none" and present and _on_its_preposition(verb))


def _set_off(verb: Token) -> bool:
    """Whether the participle ``verb`` on a noun opens a phrase set off by a comma right after the
    noun: "the parliament, elected in January, ...", "the alliance of five parties, formed in
    March, ..." (a comma between the noun and its participle, and none before it)."""
    doc = verb.doc
    noun = verb.head
    if noun.i >= verb.i - 1 or doc[verb.i - 1].text != ",":
        return False
    return not any(t.text == "," for t in doc[noun.i : verb.i - 1])


# prepositions of the time an act was done in: "made during", "seized in", "taken at", "held on"
DONE_IN = frozenset({"during", "on", "in", "at"})


def _on_its_preposition(verb: Token) -> bool:
    """Whether the participle carries a preposition of the time it was done in ("made during", "taken
    on"), not one of what it is for ("adopted for the March vote")."""
    return any(c.lower_ in DONE_IN for c in children_with(verb, ("prep",)))


def told_as_done(verb: Token, prep: Token | None) -> bool:
    """Whether ``verb`` tells in the past what happened on the day it carries (through ``prep``, or
    bare): a simple past ("crashed on Jan. 9"), a past passive ("were killed on Feb. 3", "the talks
    were held on January 9") or a bare participle on a noun of a clause told in the past ("the
    summit held on January 9 decided", "freed the workers seized on Jan. 4"). Not a day the verb
    sends a happening to ("was moved to Jan. 7", "were set for"), nor a participle with an
    auxiliary of its own ("the forum being held from Nov. 12 to 19"): those may lie ahead."""
    if verb.pos_ != "VERB":
        return False
    if verb.tag_ == "VBD":
        return True
    if prep is not None and prep.lower_ != "on":
        return False
    if _past_passive(verb):
        return verb.lower_ != "slated"  # (the rule lemmatizer makes "slated" "slat")
    return verb.tag_ == "VBN" and not any_child(verb, ("aux", "auxpass")) and _done_in_the_past(verb)


# Words that make an infinitive on a noun say which one it is, not what is to come: "the first
# woman to win the title in 1990", "the last team to beat them on Sunday"
_WHICH_ONE = frozenset({"first", "last", "only", "next", "second", "third", "latest"})


def _to_come(verb: Token) -> Direction:
    """An infinitive on a noun ("the two-day talks to begin on Tuesday", "a meeting to be held on
    Friday") tells what is to come, as its clause tells it ("the talks to begin on Tuesday were
    postponed": a plan of the past)."""
    clause = _verb_of(verb.head)
    told = verb_direction(clause) if clause is not None and clause is not verb else "none"
    return "planned" if told == "past" else "future"


def _infinitive_on_a_noun(verb: Token, children: list[Token]) -> bool:
    """A to-infinitive that tells what a noun is to do ("talks to begin on Tuesday"), not a perfect
    one ("to have begun"), nor one after "the first/last/only ..." or a superlative."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VB" or noun.pos_ not in ("NOUN", "PROPN") or noun is verb:
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in children):
        return False
    if any(c.dep_ == "aux" and c.lower_ == "have" for c in children):
        return False
    return not any(
        c.lower_ in _WHICH_ONE or c.tag_ in ("JJS", "RBS") or c.dep_ == "nummod" or c.ent_type_ == "ORDINAL"
        for c in noun.children
    )


def _present_passive(verb: Token) -> bool:
    """ "is sentenced", "are required": a participle whose only auxiliary is a present "be"."""
    auxes = children_with(verb, ("aux", "auxpass"))
    return verb.tag_ == "VBN" and len(auxes) == 1 and auxes[0].lower_ in ("is", "are", "'s", "'re", "am")


def _ahead_of_present(verb: Token, outer: Token | None, way: Direction) -> bool:
    """Whether ``verb``, a to-infinitive, tells what a simple present (active or passive) allows,
    requires or awaits: "the deal allows the firm to take over the port in June", "the law requires
    companies to report in June", "who is sentenced to die at 00:01 Tuesday" (not "has to have
    left": a perfect infinitive looks back)."""
    return (
        way == "none"
        and outer is not None
        and (outer.tag_ in ("VBZ", "VBP") or _present_passive(outer))
        and lemma(outer).lower() not in _REPORTING | _STATIVE
        and any(c.lower_ == "to" and c.dep_ == "aux" for c in verb.children)
        and not any(c.lower_ == "have" for c in children_with(verb, ("aux",)))
    )


def _absolute(verb: Token) -> bool:
    """Whether ``verb`` is the participle of an absolute clause: "with a third (flight) departing"."""
    if verb.tag_ != "VBG" or any_child(verb, ("aux", "auxpass")):
        return False
    prep = verb.head if verb.dep_ == "pcomp" else verb.head.head if verb.dep_ == "acl" else None
    # the parser hangs the participle on "with" or on the noun after it
    return (
        prep is not None and prep.lower_ in ("with", "without") and (verb.dep_ == "pcomp" or verb.head.dep_ == "pobj")
    )


def _participle_clause(verb: Token) -> bool:
    """Whether ``verb`` is a present participle with no auxiliary nor subject, on a noun ("the towns
    ringing Paris") or on a clause ("covered the suburbs, circling the city")."""
    on = verb.head.pos_ in ("NOUN", "PROPN") if verb.dep_ == "acl" else verb.dep_ == "advcl"
    return (
        on
        and verb.tag_ == "VBG"
        and verb.head.i != verb.i
        and not any_child(verb, ("aux", "auxpass", "nsubj", "nsubjpass", "mark"))
    )


# verbs whose simple present tells a finding when a clause or a thing found goes with it: "an
# investigation shows (that) in August the mine was closed" (not "the exhibition shows in March")
_FINDING = frozenset({"show", "indicate", "reveal", "find"})


def _untensed_with_subject(verb: Token) -> bool:
    """A base form with a subject of its own and no auxiliary: the tagger's reading of a present
    after a relative clause ("Japan and Australia, who also play Croatia, begin/VB their campaign on
    June 12") or of a subjunctive ("demanded that he resign on Monday"): a time still ahead."""
    return (
        verb.tag_ == "VB"
        and verb.dep_ in ("ROOT", "conj", "ccomp")
        and any_child(verb, ("nsubj",))
        and not any_child(verb, ("aux", "auxpass"))
    )


def _present_schedule(verb: Token) -> bool:
    """Whether ``verb`` is a simple present of an event, active or passive: "the two leaders meet
    Monday", "nominations are announced Tuesday" are a schedule."""
    return (
        (verb.tag_ in ("VBZ", "VBP") or _untensed_with_subject(verb) or _present_passive(verb))
        and lemma(verb).lower() not in _REPORTING | _STATIVE
        and verb.lower_ not in _SAME_IN_PAST
        and not (lemma(verb).lower() in _FINDING and _tells_finding(verb))
    )


# what tells a finding: "figures show a fall in October" (not "the gallery shows paintings in October")
_FINDERS = frozenset(
    "figure figures data statistics survey surveys study studies report reports investigation inquiry "
    "probe record records poll polls research result results analysis census evidence document "
    "documents test tests audit review".split()
)


def _tells_finding(verb: Token) -> bool:
    """Whether ``verb`` (show, indicate, reveal, find) has what was found after it, a clause or a
    thing a survey, report or figures found, or opens the clause it reports ("An investigation shows
    at the end of August, the mine was closed": the parser may make the clause after it the governor)."""
    if any_child(verb, ("ccomp",)) or (verb.dep_ in ("ccomp", "parataxis") and verb.head.i > verb.i):
        return True
    return any_child(verb, ("dobj",)) and any(c.lower_ in _FINDERS for c in children_with(verb, ("nsubj",)))


def _under_past_perfect(verb: Token) -> bool:
    """Whether ``verb`` is an infinitive governed by a past perfect ("had planned to leave")."""
    if not any(c.lower_ == "to" and c.dep_ == "aux" for c in verb.children):
        return False
    head = verb
    for _ in range(3):
        if head.dep_ not in ("xcomp", "acomp") or head.head is head:
            return False
        head = head.head
        if any(c.lower_ in ("had", "'d") for c in children_with(head, ("aux", "auxpass"))):
            return True
    return False


# verbs whose simple present tells what is still wanted: "Leeds need a draw on Tuesday"
_NEED = frozenset({"need", "require"})
# what one heads into, a contest or a meeting still to come: "head into Sunday's final round"
_CONTESTS = frozenset(
    "match game final semifinal semi-final quarterfinal quarter-final race vote election poll ballot "
    "referendum tie clash leg stage round showdown fixture derby decider playoff play-off summit "
    "meeting talks session debate draw".split()
)


# verbs of meeting an opponent: "Iraq await them in Friday's final"
_FACING = frozenset("await face meet play host entertain tackle battle challenge".split())


def _present(verb: Token) -> bool:
    """A simple present, or a present progressive ("are heading into")."""
    if verb.tag_ in ("VBZ", "VBP"):
        return True
    return verb.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lower_ in ("is", "are", "am", "'s", "'re") for c in verb.children
    )


def _ahead_in_present(span: Span, verb: Token) -> bool:
    """Whether a weekday or a day's possessive is ahead of a clause told in the present: what a team
    needs ("Leeds need a draw at Derby on Tuesday", "need to win on Saturday", "need a point from
    Sunday's match"), what one heads or turns to ("head into Sunday's last round", "now turn their
    attention to Sunday's derby"), what a participle on a
    noun tells under a present schedule ("the congress starting on Monday gathers 300 delegates")."""
    doc = span.doc
    if span.start > 0 and doc[span.start - 1].lower_ in ("after", "following"):
        return False
    owner = _owner(span.root) if span.end < len(doc) and doc[span.end].lower_ in ("'s", "’s") else None
    if owner is not None and (owner.i == span.root.i or lemma(owner).lower() not in _CONTESTS):
        return False  # "need to forget Tuesday's defeat": that day belongs to its noun
    wanting = verb
    if verb.tag_ == "VB" and verb.dep_ == "xcomp" and any(c.lower_ == "to" for c in children_with(verb, ("aux",))):
        wanting = verb.head  # "need to win on Saturday"
    if wanting.tag_ in ("VBZ", "VBP") and lemma(wanting).lower() in _NEED:
        return True
    if owner is not None and owner.dep_ == "pobj" and owner.head.lower_ == "for" and _present(verb):
        # "are among the seeds for Friday's draw", "is favourite for Sunday's final": a state ahead of it
        return lemma(verb).lower() == "be"
    if (
        owner is not None
        and owner.dep_ == "pobj"
        and owner.head.lower_ in ("in", "at")
        and owner.head.head.i == verb.i
        and verb.tag_ in ("VBZ", "VBP")
        and lemma(verb).lower() in _FACING
    ):
        # "Iraq await them in Friday's final", "Spain face Italy in Sunday's semi-final": a simple
        # present of meeting an opponent in a contest is its fixture (a result is told in the past)
        return True
    if owner is not None and owner.dep_ == "pobj" and owner.head.head.i == verb.i and _present(verb):
        # "now turn their attention to Sunday's derby", "look to Thursday's vote" (not "reacts to")
        towards = owner.head.lower_ in ("into", "toward", "towards")
        return (towards and lemma(verb).lower() not in _REPORTING) or (
            owner.head.lower_ == "to" and lemma(verb).lower() in ("turn", "look")
        )
    if verb.tag_ == "VBG" and verb.dep_ == "acl" and not any_child(verb, ("aux", "auxpass")):
        clause = _verb_of(verb.head)
        # (a participle on a noun has no tense of its own: that of its clause)
        return clause is not None and clause.i != verb.i and _present_schedule(clause)
    return False


def saying_gap(clause: Token, verbs: frozenset[str] | set[str]) -> range:
    """The words between a verb of saying (one of ``verbs``) and the clause it reports, before its
    "that" or its subject: they tell when it was said, whatever the parser hung them on ("the
    company said on Monday it would cut jobs": Monday is the saying's). Empty for any other clause."""
    gov = clause.head
    if clause.dep_ != "ccomp" or gov.i >= clause.i or lemma(gov).lower() not in verbs:
        return range(0)
    subject = first_child(clause, ("nsubj", "nsubjpass", "expl"))
    if subject is None:
        return range(0)
    stop = min(subject.left_edge.i, clause.i)  # a subject after its verb ("said Putin") ends nothing later
    stop = min([stop, *(c.i for c in children_with(clause, ("mark",)) if gov.i < c.i < stop)])
    return range(gov.i + 1, stop)  # "said that on Monday it would": empty, the clause's own words


_SAYING = frozenset(_REPORTING | {"announce", "report"})


def _saying(span: Span, verb: Token) -> Token:
    """The verb of saying whose time ``span`` tells (:func:`saying_gap`), else ``verb``; for a
    verb of saying trailing its report, the report's verb (:func:`_reported_before`)."""
    gap = saying_gap(verb, _SAYING)
    if gap and gap.start <= span.start and span.end <= gap.stop:
        return verb.head
    return _reported_before(span, verb) or verb


def _reported_before(span: Span, verb: Token) -> Token | None:
    """The verb of the report that ``span`` ends, when the parser hung it on the verb of saying
    that trails the report after a comma: "the minister will speak on trade Thursday, a spokesman
    said" (a day written before ", a spokesman said" is the report's: the saying's would follow
    its verb)."""
    if verb.i < span.end or lemma(verb).lower() not in _SAYING:
        return None
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].text not in (",", '"', "”", "'"):
        return None
    if verb.dep_ in ("advcl", "parataxis") and verb.head.i < span.start:
        return verb.head  # (or the report is parsed as the main clause, the saying hung on it)
    report = [c for c in children_with(verb, ("ccomp",)) if c.i < span.start]
    return report[0] if len(report) == 1 else None


# Happenings nobody schedules: a date written on one of these nouns looks back.
_HARM_NOUNS = frozenset(
    "assassination killing killings murder murders bombing bombings attack attacks blast blasts explosion "
    "explosions massacre crash quake earthquake tsunami coup invasion shooting shootings death deaths "
    "ambush raid raids abduction kidnapping fire floods flood storm incident incidents accident accidents riot riots "
    "collision stampede derailment landslide".split()
)


# what an agreement dated by its month or day was: made then ("under a June agreement", "the
# March 3 ceasefire", "Friday's accord"): a noun that names what was agreed, not what is awaited
_AGREED_NOUNS = frozenset("agreement agreements accord accords deal pact treaty ceasefire cease-fire truce".split())


def on_harm_noun(span: Span, nouns: frozenset[str] = _HARM_NOUNS) -> bool:
    """Whether ``span`` dates a happening nobody schedules: "the Feb. 14 assassination", "Sunday's bombing"."""
    if not span.doc.has_annotation("DEP"):
        return False
    noun = span.root.head
    if span.root.dep_ not in ("nmod", "compound", "poss", "npadvmod") or noun.pos_ != "NOUN":
        return False
    # the happening may qualify another noun: "the April 30 ambush victims"
    between = [t for t in children_with(noun, ("compound",)) if span.end <= t.i < noun.i]
    return any(lemma(t).lower() in nouns for t in [noun, *between])


_LOOKING_AHEAD = (
    "ahead of",
    "run-up to",
    "lead-up to",
    "build-up to",
    "preparation for",
    "preparations for",
    "prepare for",
    "prepares for",
    "prepared for",
    "preparing for",
    "warm up for",
    "warms up for",
    "warmed up for",
    "warming up for",
    "gear up for",
    "gears up for",
    "geared up for",
    "gearing up for",
    # a place won in a later round of a contest: "made it through to Sunday's final", "booked a
    # place in Saturday's semi-final" (what one qualifies for comes after the qualifying)
    "through to",
    "a place in",
    "a berth in",
    "a spot in",
    "a ticket to",
)


def _owner(day: Token) -> Token:
    """The noun a day in the possessive is of, past the nouns compounded with it: "Wednesday's
    league clash" is the clash's."""
    noun = day.head
    while noun.dep_ == "compound" and noun.head.i > noun.i:
        noun = noun.head
    return noun


def _looked_ahead_to(span: Span) -> bool:
    """Whether ``span`` dates, in the possessive or right after it, a noun that is prepared for or
    awaited: "ahead of Sunday's election", "ahead of the vote Thursday", "in the run-up to Tuesday's
    vote", "prepared for January's talks" (what is done ahead of a happening comes before it,
    whatever the tense it is told in)."""
    doc = span.doc
    if not doc.has_annotation("DEP"):
        return False
    if _month_of_awaited(span):
        return True
    if span.start > 0 and doc[span.start - 1].pos_ == "NOUN" and doc[span.start - 1].dep_ == "pobj":
        # the day written after the noun: "ahead of the election Thursday", "ahead of a summit
        # Thursday of EU leaders" (not "ahead of the election on Thursday": the day may be the verb's)
        noun = doc[span.start - 1]
    elif span.end >= len(doc) or doc[span.end].lower_ not in ("'s", "’s"):
        return False
    else:
        noun = _owner(span.root)
    if noun.i == span.root.i or noun.dep_ != "pobj":
        return False  # (a pobj is a noun, whatever its tag: "Wednesday's league clash/VBP")
    start = noun.left_edge.i
    before = doc[max(0, start - 4) : start].text.lower().replace(" - ", "-").replace(" -", "-").replace("- ", "-")
    return before.endswith(_LOOKING_AHEAD)


def _month_of_awaited(span: Span) -> bool:
    """ "ahead of the presidential election in December", "in the run-up to the festival in May": a
    month (no year) written with "in" right after the noun that is prepared for or awaited is that
    noun's, and lies ahead, whatever the tense (a weekday may be the verb's: "ahead of the vote on
    Thursday"; so may a month written before: "met in October ahead of the vote")."""
    doc = span.doc
    if len(span) != 1 or span[0].lower_.rstrip(".") not in MONTHS or span.start < 2:
        return False
    first = span.root.head
    if span.root.dep_ == "conj" and first.i < span.start and first.lower_.rstrip(".") in MONTHS:
        return _month_of_awaited(doc[first.i : first.i + 1])  # "due in April and May": as April
    noun = doc[span.start - 2]
    if noun.lower_ == "due" and span.start >= 3:
        noun = doc[span.start - 3]  # "the next elections due in April"
    if doc[span.start - 1].lower_ != "in" or noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ != "pobj":
        return False  # (written right after the noun: the parser often hangs "in December" on the verb)
    start = noun.left_edge.i
    if any(t.lower_ in _MARKED_AHEAD for t in doc[start : noun.i]):
        # "after an expected federal election in January", "the next elections due in April": the
        # noun's own word says it is to come
        return True
    before = doc[max(0, start - 4) : start].text.lower().replace(" - ", "-").replace(" -", "-").replace("- ", "-")
    return before.endswith(_LOOKING_AHEAD)


# words before a noun that say it is to come: "the next elections", "an expected vote"
_MARKED_AHEAD = frozenset("next upcoming forthcoming coming expected planned proposed scheduled impending".split())


# What a day's possessive may name as an occasion something is done or got ready for: "bills for
# Friday's session", "a poll for Thursday's Times newspaper", "celebrations for his birthday on Friday".
_OCCASIONS = _CONTESTS | frozenset(
    "sitting edition issue newspaper paper birthday anniversary celebration celebrations concert show "
    "ceremony parade rally march hearing visit festival wedding funeral inauguration opening premiere "
    "rubber encounter contest".split()
)
# What "for" a past occasion names its cause or its outcome: "arrested for Saturday's rally", "the
# results for Sunday's election"; not what the occasion is to have.
_FOR_A_CAUSE = frozenset(
    "arrest charge fine blame apologize apologise thank praise credit criticize criticise condemn punish "
    "sentence jail convict sue detain responsibility apology criticism reason excuse explanation result "
    "results turnout figure figures score scores rating ratings attendance crowd tally count".split()
)
# Verbs and nouns of warning, threat and fear: what they name is still to come ("warned of a strike
# in January", "fears of violence in March").
_WARNING = frozenset("warn warning threaten threat fear fears caution alert predict forecast".split())


def _occasion_for(span: Span) -> Token | None:
    """The occasion noun ``span`` dates when that noun is the object of "for": in the possessive
    ("bills for Friday's session") or written right after it with "on" ("celebrations for his birthday
    on Friday"); None otherwise."""
    doc = span.doc
    if span.end < len(doc) and doc[span.end].lower_ in ("'s", "’s"):
        noun = _owner(span.root)
        if noun.i == span.root.i:
            return None
    elif span.start >= 2 and doc[span.start - 1].lower_ == "on" and _WEEKDAY_WORD.fullmatch(span.text):
        noun = doc[span.start - 2]
    else:
        return None
    if noun.dep_ != "pobj" or noun.head.lower_ != "for":
        return None
    if noun.pos_ == "PROPN" and noun.i > span.end:
        return noun  # a named occasion or paper: "for Saturday's Grand Prix", "for Thursday's Daily Telegraph"
    if lemma(noun).lower() not in _OCCASIONS:
        return None
    return noun


def _occasion_ahead(span: Span, verb: Token | None) -> bool:
    """Whether ``span`` dates an occasion something is done for ("MPs tabled bills for Friday's
    session", "preparing celebrations for his birthday on Friday") or what a warning, threat or fear
    names ("warned of a strike in January"): that lies ahead, unless the clause is a past perfect
    ("had been rested for Saturday's derby", seen from a past gone by) or the "for" gives a cause
    ("arrested for Saturday's rally")."""
    if not _WEEKDAY_WORD.search(span.text) and not _month_of_warning(span):
        return False
    if not _WEEKDAY_WORD.search(span.text):
        return True
    noun = _occasion_for(span)
    if noun is None or lemma(noun.head.head).lower() in _FOR_A_CAUSE:
        return False
    if verb is None:
        return True
    if verb.tag_ == "VBD" and lemma(verb).lower() == "be":
        return False  # "were among the seeds for Friday's draw": a state told as over, the draw with it
    return not (any(c.lower_ in ("had", "'d") for c in children_with(verb, ("aux",))) or _under_past_perfect(verb))


def _month_of_warning(span: Span) -> bool:
    """ "warned of a strike in January", "threatened a walkout in March": a month (no year) written
    with "in" right after what is warned of, threatened or feared."""
    doc = span.doc
    if len(span) != 1 or span[0].lower_.rstrip(".") not in MONTHS or span.start < 2:
        return False
    noun = doc[span.start - 2]
    if doc[span.start - 1].lower_ != "in" or noun.pos_ != "NOUN":
        return False
    if noun.dep_ == "pobj" and noun.head.lower_ in ("of", "about"):
        return lemma(noun.head.head).lower() in _WARNING
    return noun.dep_ == "dobj" and lemma(noun.head).lower() in _WARNING


# Words that make a "due" a plan given up or moved: "the vote, originally due on Sunday, ..."
_ONCE_PLANNED = frozenset({"originally", "initially", "previously", "once", "first"})


def _due_on_a_noun(span: Span) -> bool:
    """Whether ``span`` hangs on a "due" that qualifies a noun: "data due for release Thursday",
    "figures due out on Friday" (which the parser may hang on the verb), "the report, due on Monday,
    ...": what is due on a weekday lies ahead, whatever the tense of the clause the noun is in
    ("traders waited for data due Thursday"). Not a "due" after "be" ("was due to end Sunday": the
    verb's tense says), nor one once planned ("originally due on Sunday"), nor "due to" a cause."""
    if not _WEEKDAY_WORD.search(span.text):
        return False  # ("defaulted on a payment due in March": a month may be gone by)
    if _after_noun_due_to(span):
        return True
    token = span.root
    for _ in range(5):
        if token.head.i == token.i or token.pos_ in ("VERB", "AUX"):
            return False
        token = token.head
        if token.lower_ == "due" and token.pos_ in ("ADJ", "ADP"):
            # "a summit due to open Saturday", which the parser may read as "due to" a cause
            planned = _due_to_verb(token)
            if token.pos_ == "ADP" and not planned:
                return False
            after_noun = token.i > 0 and span.doc[token.i - 1].pos_ in ("NOUN", "PROPN")
            return (
                (token.dep_ in ("amod", "acl", "prep", "appos") or token.dep_ == "advcl" and after_noun)
                and token.head.pos_ != "AUX"
                and not any(c.lower_ in _ONCE_PLANNED or c.lower_ == "to" and not planned for c in token.children)
            )  # ("cancelled due to a strike on Monday": a cause, not a plan)
    return False


# verbs of a schedule a "due to" is followed by: "a summit due to open Saturday", "talks due to end
# Sunday" (not a cause: "due to a strike", "due to heavy rain")
_SCHEDULE_VERBS = frozenset(
    "open start begin end close conclude finish resume meet convene arrive leave depart return visit take "
    "hold sign vote run expire launch be".split()
)


def _after_noun_due_to(span: Span) -> bool:
    """Whether ``span`` comes right after "<noun> due to <verb of a schedule>" ("a summit due to open
    Saturday", "talks due to take place on Monday"), however the parser hangs the words."""
    doc = span.doc
    i = span.start
    if i > 0 and doc[i - 1].lower_ == "on":
        i -= 1
    if i > 0 and doc[i - 1].lower_ == "place":
        i -= 1  # ("take place")
    if i < 4 or doc[i - 1].lower_ not in _SCHEDULE_VERBS or doc[i - 2].lower_ != "to":
        return False
    due = doc[i - 3]
    return due.lower_ == "due" and doc[i - 4].pos_ in ("NOUN", "PROPN") and _due_to_verb(due)


def _due_to_verb(due: Token) -> bool:
    """Whether "due" is followed by "to" and a verb of a schedule: "due to open", "due to end"."""
    doc = due.doc
    return due.i + 2 < len(doc) and doc[due.i + 1].lower_ == "to" and doc[due.i + 2].lower_ in _SCHEDULE_VERBS


def _for_delivery(span: Span) -> bool:
    """Whether ``span`` is the month a commodity is traded for: "crude for December delivery" (or
    "settlement"), "for delivery in January", "the March contract" (a month not gone by, whatever
    the price did)."""
    root = span.root
    head = root.head
    if any(t.lower_ in WEEKDAYS for t in span):
        return False  # "a contract Monday to buy planes": the day it was signed, no month of delivery
    if root.dep_ in ("compound", "nmod", "npadvmod") and head.pos_ in ("NOUN", "PROPN"):
        return head.lower_ in ("delivery", "settlement", "contract", "futures")
    return root.dep_ == "pobj" and head.lower_ == "in" and head.head.lower_ == "delivery"


def _sent_ahead(before: str, verb: Token) -> bool:
    """Whether the verb sends a happening to the day after ``before``: "postponed the hearing until
    Tuesday" (put off to a later day), "rallies were announced for Sunday", "a strike has been called
    for Monday" (the day it is to be; a bare participle, "a service planned for Saturday was
    canceled", takes its clause's time)."""
    if any(c.lower_ in ("had", "'d") for c in children_with(verb, ("aux",))):
        return False  # "had been set for Sunday", "had been put off until Monday": seen from a past gone by
    if before in ("until", "till", "to"):
        return lemma(verb).lower() in _PUT_OFF
    return (
        before == "for"
        and lemma(verb).lower() in _CALLED_FOR
        and (verb.tag_ != "VBN" or any_child(verb, ("aux", "auxpass")))
    )


# Verbs of pledging: a speech act of its own day, whatever lies ahead in its infinitive.
_PLEDGING = frozenset({"vow", "promise", "pledge", "threaten", "propose"})


def _pledged_on(span: Span, verb: Token) -> bool:
    """ "Tamba vowed on Saturday to resign", "on Monday promised to ...": a simple past of pledging
    dated before the infinitive it governs begins tells the day the pledge was made (not "vowed to
    resign on Saturday", nor "promised for Friday", a day set for what is promised)."""
    if verb.tag_ != "VBD" or lemma(verb).lower() not in _PLEDGING:
        return False
    if any_child(verb, ("aux", "auxpass")):
        return False
    before = span.doc[span.start - 1].lower_ if span.start > 0 else ""
    if before in _DEADLINE_PREPS or before == "for":
        return False
    return not any(c.left_edge.i < span.start for c in children_with(verb, ("xcomp", "ccomp")))


# Adverbs that put a present progressive in the time the story stands in, not in a plan.
_STANDING = frozenset({"still", "now", "currently"})
_WEEKDAY_WORD = re.compile(r"\b(?:" + "|".join(WEEKDAYS) + r")\b", re.IGNORECASE)


def _standing_progressive(verb: Token) -> bool:
    """ "Voters are still queueing on Tuesday", "rescuers are now searching the rubble Monday": a
    present progressive with "still/now/currently" tells what is going on around the story's day,
    not a plan ("are meeting Tuesday"): its weekday is the nearest one, not the next."""
    return (
        verb.tag_ == "VBG" and _present(verb) and any(c.lower_ in _STANDING for c in children_with(verb, ("advmod",)))
    )


def _start_or_plan(verb: Token | None, way: Direction) -> Direction:
    """``way`` corrected for a plan under a past perfect ("had been due to expire Friday": seen from
    a past already gone by) and for a start still to come (:func:`_starting_ahead`)."""
    if verb is not None and _under_past_perfect(verb):
        return "past"
    if verb is not None and _starting_ahead(verb):
        return "future"
    return way


def _starting_ahead(verb: Token) -> bool:
    """Whether ``verb`` is "starting" or "beginning" after what it qualifies, saying when a thing
    still to come begins: "a two-day meeting beginning Thursday", "has joined the tournament starting
    on Monday", "launches a campaign beginning Tuesday" (ahead, unless the clause it hangs on tells a
    simple past: "imposed a curfew starting Thursday" began then; "Starting Monday, stores have
    opened", fronted, takes its clause's time)."""
    if verb.lower_ not in ("starting", "beginning") or verb.tag_ != "VBG" or verb.head.i >= verb.i:
        return False
    if any(c.dep_ in ("aux", "auxpass", "nsubj") or c.lower_ == "from" for c in verb.children):
        return False  # ("was beginning Tuesday": its own clause; "a rally starting from 1,500 in June": a level)
    outer = _verb_of(verb.head)
    if outer is None or outer.i == verb.i:
        return True
    return outer.tag_ != "VBD" and not _past_passive(outer) and verb_direction(outer) != "past" or _perfect(outer)


def _verb_way(span: Span, verb: Token | None) -> Direction:
    """The direction ``verb`` gives ``span``: "vowed on Saturday to resign" is the day of the vow,
    gone by, not of the resigning; "are still queueing on Tuesday" is of the story's week."""
    if verb is None:
        return "none"
    if _standing_progressive(verb) and _WEEKDAY_WORD.search(span.text):
        return "present"
    way = verb_direction(verb)
    if way == "none" and _after_what_it_follows(span, verb):
        return "past"  # "Friday's rally follows a protest Thursday": what is followed came first
    return "past" if way == "future" and _pledged_on(span, verb) else way


def _after_what_it_follows(span: Span, verb: Token) -> bool:
    """Whether ``span`` comes in what a simple present of following says came first: the object of
    "follows" ("Friday's rally follows a protest Thursday", "the cut follows a reduction from
    November onwards") or what "comes after" or "comes on the heels of" ("the ban comes after talks
    on Monday"). Such a present tells how the news stands to what is over, not a schedule: that
    date is gone by (not "follows" with no object: "more talks follow on Monday" are ahead)."""
    if verb.tag_ not in ("VBZ", "VBP") or span.start <= verb.i or verb.lower_ not in _FOLLOWING_WORDS:
        return False
    if verb.lower_ in ("follows", "follow"):
        first = children_with(verb, ("dobj",))
    else:
        first = [
            c
            for c in children_with(verb, ("prep",))
            if c.lower_ == "after" or (c.lower_ == "on" and any(p.lower_ == "heels" for p in c.children))
        ]
    return bool(first) and first[0].i < span.start


_FOLLOWING_WORDS = frozenset({"follows", "follow", "comes", "come"})


def _when_it_happened(span: Span) -> bool:
    """Whether a relative "when" clause in the simple past follows ``span`` and tells what took place
    that day: "was kept secret until Tuesday, when the minister announced it", "talks are frozen
    until Monday, when the envoy left": a day described by what happened on it is gone by, whatever
    the clause the day hangs on says (not "on Tuesday, when he will leave"; not "when asked")."""
    doc = span.doc
    i = span.end + (1 if span.end < len(doc) and doc[span.end].text == "," else 0)
    if i >= len(doc) or doc[i].lower_ != "when" or doc[i].dep_ != "advmod":
        return False
    verb = doc[i].head
    if verb.i <= i or verb.tag_ != "VBD" or verb.dep_ != "relcl" or verb.head.i != span.root.i:
        return False
    return any_child(verb, ("nsubj", "nsubjpass"))


def _counted_since(span: Span) -> bool:
    """Whether ``span`` is inside what a preposition "since" counts from, deeper than its object:
    "controls the government since its win in the January polls", "the worst since the floods of
    March": what "since" counts from is gone by, whatever the tense of the clause."""
    tok = span.root.head
    for _ in range(5):
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            return False
        if tok.lower_ == "since" and tok.dep_ == "prep":
            return True
        tok = tok.head
    return False


# Verbs of making a decision known: what they make known is most often still to come.
_ANNOUNCING = frozenset("announce declare order decree".split())
# Verbs that make a day what their second object says: "declared Saturday a public holiday".
_NAMING_A_DAY = frozenset("declare name make".split())


def _day_of_an_act_announced(span: Span, verb: Token) -> bool:
    """Whether ``span``, a bare weekday under a past announcement, is the day of what was announced:
    written after the announced act ("announced the suspension of classes Thursday", "ordered the
    closure of all banks Friday") or as the day the announcement made something ("declared Saturday
    a public holiday"). That day may lie just ahead of the telling as well as behind it: the nearest
    such day (a day told the week before would be "last Thursday"; "announced on Thursday the
    closure" is the announcement's day)."""
    if lemma(verb).lower() not in _ANNOUNCING or len(span) != 1 or not _WEEKDAY_WORD.fullmatch(span.text):
        return False
    doc = span.doc
    # (the verb is in its own subtree; no starred tuple in an ``in`` test: mypyc cannot compile one)
    if span.start <= verb.i or span.root.head.i not in [t.i for t in verb.subtree]:
        return False
    if span.start == verb.i + 1:
        after = doc[span.end] if span.end < len(doc) else None
        return after is not None and after.lower_ in ("a", "an") and lemma(verb).lower() in _NAMING_A_DAY
    return any(c.pos_ == "NOUN" and c.i < span.start for c in children_with(verb, ("dobj",)))


def direction(span: Span, own_words: bool = True) -> Direction:
    """The direction of ``span`` from the reference date: words in it first, then its verb.

    With ``own_words=False`` only the clause around it counts: "the next day" in a story told in the
    past tense points back, though "next" alone points ahead.
    """
    words = {t.lower_ for t in span} if own_words else set()
    if words & _FUTURE_WORDS or _looked_ahead_to(span):
        return "future"
    if words & _PAST_WORDS:
        return "past"
    doc = span.doc
    if not doc.has_annotation("DEP"):
        return "none"
    if on_harm_noun(span) or on_harm_noun(span, _AGREED_NOUNS):
        # "the Feb. 14 assassination", "Sunday's bombing": no one announces those ahead; "continues
        # under a June agreement": agreed in June, gone by
        return "past"
    verb = _verb_of(span.root.head)  # (the root of a sentence is its own head)
    if verb is not None:
        verb = _saying(span, verb)
    if _for_delivery(span) or _due_on_a_noun(span) or _occasion_ahead(span, verb):
        return "future"
    way = _verb_way(span, verb)
    if way == "none" and verb is not None and (_absolute(verb) or _participle_clause(verb)):
        # "would leave in March, with a third departing from August 6", "fires spread to the towns
        # ringing the capital overnight": a participle of an absolute clause, on a noun or on a
        # clause has no tense of its own and takes that of the clause it hangs on
        outer = _verb_of(verb.head)
        if outer is not None and outer.i != verb.i:
            way = verb_direction(outer)
    way = _start_or_plan(verb, way)
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    if way == "past" and before != "on" and verb is not None and _day_of_an_act_announced(span, verb):
        return "present"
    if before == "since" or _counted_since(span) or _when_it_happened(span):
        return "past"
    if before == "effective":
        return "future"
    if span.start >= 3 and doc[span.start - 3 : span.start].text.lower() in ("as soon as", "as early as"):
        return "future"  # "could leave as soon as Tuesday"
    if verb is not None and _sent_ahead(before, verb):
        return "future"
    if (
        before in ("until", "till")
        and verb is not None
        and verb.tag_ in ("VBD", "VBN")
        and lemma(verb).lower() in _GRANT
    ):
        return "planned"  # "gave them until Friday", "had approved a cull until the end of December"
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    if (
        way == "none"
        and verb is not None
        and (_ahead_in_present(span, verb) or (after != "'s" and _present_schedule(verb)))
    ):
        way = "future"  # not "follows Tuesday's declaration": that date belongs to the noun
    if (
        before == "by"
        and way == "past"
        and verb is not None
        and verb.tag_ == "VBN"
        and not any_child(verb, ("mark",))  # not "if the acts were passed by May"
    ):
        return "past"  # "by June 30, a quarter of users were shopping online": a state reached then
    if before in _DEADLINE_PREPS and (verb is None or verb.tag_ != "VBD"):
        if verb is not None and (any(c.lower_ == "had" for c in verb.children) or _under_past_perfect(verb)):
            return "past"  # "had filed reports by Wednesday": a past perfect looks back from then
        # "has given them until Tuesday", "must pay by February": a deadline ahead
        return "future"
    # "the November increases should not be viewed with alarm", "the costs of a dumping incident in
    # August could reach millions", told in December: what the noun names may be gone by
    return "planned" if way == "future" and _on_a_noun_under_a_modal(span, verb) else way


# modals that say what may or should be, not what will happen ("would", in reported speech the past
# of "will", is left with it: "she said he would hold talks on decisions made at a meeting in
# September" keeps the talks ahead)
_MAY_BE = frozenset({"should", "could", "may", "might", "must", "can"})
# prepositions that put a noun's month ahead: "crude for January delivery", "talks until March"
_AHEAD_PREPS = frozenset({"for", "until", "till", "by", "before", "ahead", "from"})


def _on_a_noun_under_a_modal(span: Span, verb: Token | None) -> bool:
    """Whether ``span`` qualifies a noun ("the November increases", "the reduction in October", "a
    dumping incident in August") of a clause whose verb is under a modal of what may or should be."""
    if verb is None:
        return False
    root = span.root
    head = root.head
    if root.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ not in _AHEAD_PREPS:
        head = head.head
    elif root.dep_ not in ("compound", "nmod", "amod"):
        return False
    if head.pos_ != "NOUN" or head.i == root.i:
        return False
    modals = [c.lower_ for c in children_with(verb, ("aux",))]
    for c in children_with(verb, ("auxpass",)):
        modals += [m.lower_ for m in children_with(c, ("aux",))]
    return bool(modals) and any(m in _MAY_BE for m in modals) and not any(m in _FUTURE_AUX - _MAY_BE for m in modals)
