"""Is a trigger a happening the chronology lists? Its factuality and polarity, from the parse.

``asserted``: told as fact by the article; ``reported``: told as fact by someone the article names;
``planned``: scheduled or announced for later; ``negated``, ``hypothetical`` (conditional, modal,
intended, asked, wished), ``generic`` (habits, lasting states, opinions, descriptions): not listed
in the default chronology.
"""

from __future__ import annotations

from typing import Literal

from timeline.calendar_words import MONTHS, WEEKDAYS
from timeline.extract.attribution import SPEECH_VERBS, is_speech, subject_hung_on_the_verb
from timeline.extract.clauses import governors, is_infinitive, lowered, subtree_indices, tense
from timeline.extract.kinds import KINDS, told_kinds
from timeline.extract.lexicon import (
    DEFINITE_DETERMINERS,
    DOCUMENT_NOUNS,
    PEOPLE_NOUNS,
)
from timeline.extract.triggers import EVENT_NOUNS, SCHEMES, SUPPORT_VERBS, is_trigger, market_move, took_time_to
from timeline.nlp.doctables import any_child, children_with, tables
from timeline.temporal.tense import qualified_by, won_by

Factuality = Literal["asserted", "reported", "planned", "negated", "hypothetical", "generic"]
LISTED: frozenset[str] = frozenset({"asserted", "reported", "planned"})

# Verbs that name a state, a perception or an opinion rather than a happening.
STATIVE_VERBS = frozenset(
    "be have hold remain stay exist own possess contain consist belong lack need want wish like love "
    "hate prefer know think believe feel seem appear mean cost weigh equal represent involve include "
    "resemble deserve depend matter concern regard consider see hear understand realise realize "
    "recognise recognize remember forget doubt suppose imagine assume presume fear hope expect trust count "
    "number total average stand lie sit face control live employ house host boast enjoy suffer".split()
)
# "stand", "sit", "lie", "host", "face" also have eventive uses; they count as events when a date
# or a completion is told ("hosted the summit on Monday"): see _stative.
_EVENTIVE_WITH_DATE = frozenset("stand sit lie host face hold control suffer enjoy live average".split())

# Modal auxiliaries that make a clause possible, necessary or conditional, not told as fact.
# Modals of a guess, a possibility or a duty, no future ("would be", "could be", "must be").
MODALS = frozenset("would could might may should can must ought".split())
_FUTURE = frozenset({"will", "shall", "'ll", "wo"})
# Every modal or future auxiliary ("would be", "will be", "'ll be").
MODAL_AUXILIARIES = MODALS | _FUTURE
# Verbs whose to-infinitive or clause complement is scheduled or firmly announced for later.
PLAN_VERBS = frozenset(
    "agree plan decide schedule set expect intend vow pledge promise arrange announce resolve commit due slate".split()
)
# Verbs that say their complement did not happen: "declined to comment", "failed to agree".
NEGATING_VERBS = frozenset("decline refuse fail reject deny avoid".split())
# Verbs whose complement is a wish, a demand, an attempt or an opinion: not a happening.
_IRREALIS_VERBS = frozenset(
    "want wish hope try seek attempt urge ask call demand request need fail refuse threaten "
    "propose suggest consider fear doubt think believe imagine suppose like prefer would effort "
    "bid push press encourage allow enable help "
    # what is foreseen has not happened: "predicted the cut would spark growth", "projected to grow"
    "predict forecast project anticipate foresee".split()
)
# Verbs that tell someone to do something: what they order or ask for has not happened yet
# ("ordered churches to dig holes", "told residents to leave", "invited him to speak").
_DIRECTIVE_VERBS = frozenset("order instruct direct tell command invite advise require oblige summon".split())
# Adverbs that make a clause a likelihood ("would likely wait", "will probably resign").
_LIKELIHOOD = frozenset("likely probably possibly perhaps maybe presumably".split())
# Of those, the ones that leave a future a mere possibility even with its time ahead ("Maybe I will
# play in the league next year": no plan, where "will likely sign next month" is one).
_POSSIBLY = frozenset("possibly perhaps maybe".split())
# Adverbs that make a clause a habit ("talks were held regularly", "usually falls").
_HABITUAL = frozenset(
    "regularly usually often always frequently routinely normally generally sometimes typically traditionally "
    "habitually occasionally customarily rarely seldom periodically sporadically intermittently".split()
)
# Verbs of going somewhere: the to-infinitive after them is the trip's purpose, told by its row.
_TRAVEL_VERBS = frozenset("arrive travel leave depart fly go come head return visit sail drive".split())
# Verbs that say their to-infinitive took place: "managed to win", "went on to win".
_IMPLICATIVE = frozenset("manage".split())
# Verbs of a course begun or kept up: "began to import books", "continued to export timber" tell
# the happening in their own tense, no plan.
_ASPECTUAL = frozenset("begin start continue commence resume".split())


def _begun(tok) -> bool:
    """The infinitive of a finite aspectual verb ("began to import", "will start to withdraw"); not
    that of a participle adding to a clause ("launched the plan in 2003, starting to set up
    programs"), no happening of its own."""
    t = tables(tok.doc)
    if t.deps[tok.i] != "xcomp":
        return False
    gov = tok.head
    return gov.lemma_.lower() in _ASPECTUAL and (
        t.tags[gov.i] != "VBG" or any(t.deps[c] in ("aux", "auxpass") for c in t.children[gov.i])
    )


_NEG_DETS = frozenset({"no", "neither"})
_NEG_SUBJECTS = frozenset({"nobody", "nothing", "none", "noone"})
_DENYING_VERBS = frozenset("deny dismiss reject refute".split())
_TIME_PREPS = frozenset({"after", "before", "since", "following", "upon", "on", "while", "when"})
_CONDITIONAL_MARKS = frozenset({"if", "unless", "whether", "lest"})
# Conjunctions of a time still awaited when the clause is in the present: "until Iran agrees".
_AWAITED = frozenset({"until", "till", "once"})


def clause_head(trigger):
    """The verb whose clause tells the trigger: itself for a verb, the governing verb for an
    event noun that is its subject or object."""
    if trigger.pos_ in ("VERB", "AUX"):
        return trigger
    tok = trigger
    while tok.dep_ in ("nsubj", "nsubjpass", "dobj", "attr", "conj", "appos", "pobj", "prep", "compound"):
        if tok.head.i == tok.i:
            break
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            return tok
    return None


def _negated(head) -> bool:
    if _instead_of(head):
        return True
    t = tables(head.doc)  # no Token made: the parse's tables only
    deps, children, lower = t.deps, t.children, lowered(head.doc)
    for c in children[head.i]:
        dep = deps[c]
        if dep == "neg" and not_until(head):
            continue  # "did not reopen until Monday": it reopened then
        if dep == "neg" or lower[c] in ("never",) and dep == "advmod":
            return True
        if dep == "advmod" and lower[c] == "longer" and any(deps[d] == "neg" for d in children[c]):
            return True  # "no longer celebrated the day": it stopped, nothing was done
        if dep in ("nsubj", "nsubjpass", "dobj"):
            if lower[c] in _NEG_SUBJECTS or lower[c] == "no" and dep == "nsubj":
                return True
            if any(deps[d] == "det" and lower[d] in _NEG_DETS for d in children[c]):
                return True
        if dep in _HARDLY_DEPS and _hardly_any(c, dep, deps, children, lower):
            return True  # "few survived", "few people came", "prices were little changed": next to none
    return False


UNTIL_WORDS = frozenset({"until", "till"})  # (dating reads the same words)


def until_clause(tok) -> bool:
    """Is ``tok`` the verb of an "until" clause ("until the storm passed")?"""
    return tok.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ in UNTIL_WORDS and m.i < tok.i for m in tok.children
    )


def not_until(verb) -> bool:
    """Is ``verb`` negated only to say when it came to pass: "not" with an "until" after it that
    names a time ("the market did not reopen until 9:33 a.m. on Monday", "the case won't be decided
    until Friday", "did not return until after midnight") or a past happening ("did not resume
    flights until the storm passed": a past clause under a past one)? The clause asserts the
    happening at that time. Not a condition waited on ("should not be permitted to take part until
    it recognizes Israel")."""
    t = tables(verb.doc)
    if not any(t.deps[c] == "neg" for c in t.children[verb.i]):
        return False
    for c in verb.children:
        if c.i < verb.i:
            continue
        if c.dep_ == "prep" and c.lower_ in UNTIL_WORDS or until_clause(c):
            if c.tag_ == "VBD" and tense(verb) == "past" or _names_a_time(c):
                return True
    return False


def _names_a_time(top) -> bool:
    """Does the phrase or clause ``top`` name a time of its own ("until 9:33 a.m. on Monday", "until
    the storm passed on Thursday"), not one deeper in a clause inside it ("until the conference
    expected to take place before February")?"""
    for t in top.subtree:
        if t.ent_type_ in ("DATE", "TIME"):
            up = t.head
            while up.i != top.i and up.pos_ not in ("VERB", "AUX") and up.head.i != up.i:
                up = up.head
            if up.i == top.i:
                return True
    return False


_WHOSE = frozenset({"det", "poss", "predet", "quantmod"})  # "a few", "the few", "his few"
_HARDLY_DEPS = frozenset({"nsubj", "nsubjpass", "advmod", "npadvmod"})  # where "few" and "little" tell it


def _hardly_any(c: int, dep: str, deps, children, lower) -> bool:
    """ "few" as the subject, or on it, and "little" on the verb, with no determiner ("a few survived",
    "rose a little", "the few questions were silenced": they happened): next to none, a negation."""
    if dep in ("nsubj", "nsubjpass"):
        few = (
            c if lower[c] == "few" else next((d for d in children[c] if deps[d] == "amod" and lower[d] == "few"), None)
        )
    else:
        few = c if dep in ("advmod", "npadvmod") and lower[c] == "little" else None
    return few is not None and not any(deps[d] in _WHOSE for d in (*children[few], *children[c]))


# What a clause is put in place of: "instead of being bundled into a bus", "rather than fight".
_IN_PLACE_OF = (("instead", "of"), ("rather", "than"))


def _instead_of(head) -> bool:
    """A verb after "instead of" or "rather than" ("instead of being bundled into a bus -- the usual
    fate of defectors -- Hwang entered a limousine", "chose to resign rather than face a vote"): what
    did not happen, the clause it is set against did (FactBank's counterfactual CT-)."""
    if tables(head.doc).pos[head.i] not in ("VERB", "AUX"):
        return False
    first = head.left_edge.i
    lower = lowered(head.doc)
    return first >= 2 and (lower[first - 2], lower[first - 1]) in _IN_PLACE_OF


def _every(tok) -> bool:
    """ "each year", "every summer": a time that comes again."""
    # ("each time he was saved": every one of the times told, each one happened)
    return (
        tok.dep_ in ("npadvmod", "advmod")
        and tok.lemma_.lower() != "time"
        and any(c.lower_ in ("each", "every") for c in children_with(tok, ("det",)))
    )


# Units of time a rate is told by: "four hours a night", "five deaths per year".
_UNITS = frozenset("day night week month year hour minute season annum".split())
# Adverbs of a thing done over and over, or for long: with no date of its own, no one happening.
_AGAIN_AND_AGAIN = frozenset("repeatedly long continually constantly persistently consistently".split())


# The dependencies of a word that tells how often (for _every and _rate).
_HOW_OFTEN_DEPS = frozenset({"advmod", "npadvmod", "prep"})


def _habitual(head) -> bool:
    """Told as a habit: "talks were held regularly", "each year 20 storms sweep in", "slept four
    hours a night", "supplies a million units annually"."""
    # (_every and _rate say yes only to these dependencies: no Token made for the other children)
    if any(
        c.dep_ == "advmod" and c.lower_ in _HABITUAL or _every(c) or _rate(c)
        for c in children_with(head, _HOW_OFTEN_DEPS)
    ):
        return True
    doc = head.doc
    heads = tables(doc).heads
    for i in _now_and_again_starts(doc):  # (rare: most documents have none)
        j = i
        while j != head.i and heads[j] != j:
            j = heads[j]  # up from the phrase: is it below the head?
        if j == head.i and _clause_verb(doc[i]).i == head.i:
            return True  # "similar incidents have happened from time to time"
    t = tables(doc)
    deps, children = t.deps, t.children  # indices: no Token made for the other children
    amounts = [doc[c] for c in children[head.i] if deps[c] in ("dobj", "npadvmod")]
    amounts += [doc[g] for c in children[head.i] if deps[c] == "prep" for g in children[c] if deps[g] == "pobj"]
    return any(_rate(g) for c in amounts for g in children_with(c, _HOW_OFTEN_DEPS))  # "grew by 5.5 percent per annum"


# Phrases of a thing that comes back now and again.
_NOW_AND_AGAIN = frozenset({"from time to time", "time and again", "time after time", "now and then", "now and again"})
_NOW_AND_AGAIN_FIRST = frozenset(p.split()[0] for p in _NOW_AND_AGAIN)


def _now_and_again(tok) -> bool:
    """ "from time to time", "now and then": the phrase that starts at ``tok`` (however the parser
    hung its words)."""
    if tok.lower_ not in _NOW_AND_AGAIN_FIRST:
        return False  # (most tokens: no phrase to join)
    doc = tok.doc
    return any(" ".join(t.lower_ for t in doc[tok.i : tok.i + n]) in _NOW_AND_AGAIN for n in (3, 4))


def _now_and_again_starts(doc) -> tuple[int, ...]:
    """Where a phrase of :data:`_NOW_AND_AGAIN` starts in the Doc (see :func:`_now_and_again`), once per Doc."""
    t = tables(doc)
    found = t.memo.get("now_and_again")
    if found is None:
        lower = lowered(doc)  # a Token only for the phrases' first words
        found = t.memo["now_and_again"] = tuple(
            i for i, word in enumerate(lower) if word in _NOW_AND_AGAIN_FIRST and _now_and_again(doc[i])
        )
    return found


def _clause_verb(tok):
    """The nearest verb above ``tok`` (where the parser hung "from time to time" on a noun)."""
    while tok.head.i != tok.i and tok.head.pos_ not in ("VERB", "AUX"):
        tok = tok.head
    return tok.head


def _rate(tok) -> bool:
    """ "slept four hours a night", "five deaths per year", "supplies a million units annually":
    how often, a habit."""
    if tok.dep_ == "advmod" and tok.lower_ in ("annually", "daily", "weekly", "nightly", "yearly", "monthly"):
        return True
    if tok.dep_ == "npadvmod" and tok.lemma_.lower() in _UNITS and tok.head.pos_ == "NOUN":
        # on the quantity it divides ("four hours a night"), not on a verb ("rose a day after ...")
        kids = list(tok.children)
        return all(c.dep_ == "det" for c in kids) and any(c.lower_ in ("a", "an", "per") for c in kids)
    if tok.dep_ == "prep" and tok.lower_ == "per":
        return any(g.lemma_.lower() in _UNITS for g in tok.children)
    return False


def _likely(head, words: frozenset[str] = _LIKELIHOOD) -> bool:
    t = tables(head.doc)
    deps, lower = t.deps, lowered(head.doc)
    return any(deps[c] == "advmod" and lower[c] in words for c in t.children[head.i])


# Adverbs that make a future a prediction told as sure: "will surely draw consternation".
_SURELY = frozenset("surely undoubtedly inevitably doubtless".split())


def _foretold_surely(head) -> bool:
    t = tables(head.doc)
    deps, lower = t.deps, lowered(head.doc)
    return any(deps[c] == "advmod" and lower[c] in _SURELY for c in t.children[head.i])


def _awaits_or_foretold(chain: list, head) -> bool:
    """A future with no time that waits on a condition ("astronomers will exchange the information
    once the danger is found", "will cut fees as long as the budget allows") or is told as sure
    ("which will surely draw consternation"): no plan."""
    return any(_on_a_condition(h) for h in chain) or _foretold_surely(head)


def _present_clause(verb) -> bool:
    """A clause told in the present, active or passive, simple or perfect ("the danger is found",
    "China takes it over", "the talks have ended")."""
    if verb.tag_ in ("VBZ", "VBP"):
        return True
    return verb.tag_ == "VBN" and any(c.tag_ in ("VBZ", "VBP") for c in children_with(verb, ("aux", "auxpass")))


def _timed(clause) -> bool:
    """A time named in the clause ("once the season resumes in January": a time, no condition)."""
    ents = tables(clause.doc).ents
    return any(ents[i] in ("DATE", "TIME") for i in range(clause.left_edge.i, clause.right_edge.i + 1))


def _on_a_condition(verb) -> bool:
    """A verb with a clause of a condition still to be met hung on it: "once" or "as long as" with a
    present ("will exchange the information once the danger is found", "will cut fees as long as
    the budget allows"), "provided (that)" ("will withdraw provided that the ceasefire holds")."""
    t = tables(verb.doc)
    deps, lower, children = t.deps, lowered(verb.doc), t.children
    doc = verb.doc
    for c in children[verb.i]:
        if deps[c] == "advcl" and any(
            deps[m] in ("mark", "advmod") and lower[m] == "once" and m == doc[c].left_edge.i for m in children[c]
        ):
            if _present_clause(doc[c]) and not _timed(doc[c]):
                return True
        elif deps[c] == "advmod" and lower[c] == "long" and c > 0 and lower[c - 1] == "as":
            if any(deps[a] == "advcl" for a in children[c]):
                return True  # (whatever tense the parser reads: "as long as the cold lasts" tagged a noun)
        elif lower[c] in ("provided", "providing") and deps[c] in ("prep", "advcl", "mark"):
            if (c + 1 < len(doc) and lower[c + 1] == "that") or any(
                deps[a] in ("ccomp", "advcl") and _present_clause(doc[a]) for a in children[c]
            ):
                return True
    return False


def _counterfactual(head) -> bool:
    """A subordinate clause opened by its auxiliary with no "if" ("Had he taken the catch, ...",
    "Were they to win, ...", "Should talks fail, ..."): a condition."""
    t = tables(head.doc)
    deps = t.deps
    if deps[head.i] not in ("advcl", "ccomp"):
        return False
    aux = [c for c in t.children[head.i] if deps[c] in ("aux", "auxpass")]
    if not aux or lowered(head.doc)[aux[0]] not in ("had", "were", "should"):
        return False
    # opening the sentence, with words before its verb, the auxiliary is put first whatever the
    # parser made of the rest: "Had Kurre arrived earlier, ..." (hung on the main verb as its
    # object), "Had Ahly played and won, ..." (the name taken for an adverb)
    opens = head.doc[aux[0]].is_sent_start and aux[0] + 1 < head.i
    subj = [c for c in t.children[head.i] if deps[c] in ("nsubj", "nsubjpass")]
    if deps[head.i] == "ccomp" or not subj:
        return opens
    return aux[0] < subj[0]


def _modal(head) -> str | None:
    t = tables(head.doc)
    for i in t.children[head.i]:
        if t.deps[i] in ("aux", "auxpass"):
            c = head.doc[i]
            low = c.lower_
            if low in _FUTURE or c.lemma_.lower() in _FUTURE:
                return "future"
            if low in MODALS or c.lemma_.lower() in MODALS or c.tag_ == "MD":
                return "modal"
    return None


def reported_would(trigger) -> bool:
    """Is the trigger told in reported speech's future ("Putin said on Friday the talks would be
    held in Astana")? Its date, if not its own, is the saying's, not its own."""
    head = clause_head(trigger)
    return head is not None and _would(head) and _reported_future(head)


def reporting_verb(head):
    """The past-tense saying a clause is told by: the verb it is the complement of ("said ... that
    troops will withdraw"), or one tagged after it ("Troops will withdraw, an officer said"); else None."""
    if _reported_future(head):
        gov = head.head
        while gov.dep_ == "conj" and gov.head.i != gov.i:
            gov = gov.head
        return gov
    return next(
        (
            c
            for c in head.children
            if c.dep_ in ("ccomp", "parataxis") and c.i > head.i and _speech_like(c) and tense(c) == "past"
        ),
        None,
    )


def _would(head) -> bool:
    """ "would" and nothing else: the future of reported speech ("could", "might", "should" are not)."""
    return any(c.lower_ in ("would", "'d") for c in children_with(head, ("aux",)))


def _kept_up(tok) -> bool:
    """The infinitive of "continue" in the present or told ahead ("troops continue to guard the
    enclaves", "they would continue to demonstrate"): a course kept, no happening (not "prices
    continued to fall on Monday")."""
    gov = tok.head
    return _begun(tok) and gov.lemma_.lower() == "continue" and (tense(gov) != "past" or _modal(gov) is not None)


def _inherits(tok) -> bool:
    """A conjoined verb with no subject or finite auxiliary of its own shares its first conjunct's
    mood: "would end years of fighting and mark a victory", "could be banned ... or be censured"."""
    if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in _IMPLICATIVE or _begun(tok):
        # "did not manage to take the town", "if he manages to defeat Quiroga", "will begin to withdraw"
        return True
    if _told_apart(tok):
        return False
    t = tables(tok.doc)  # (the children's labels and tags from the tables)
    deps, tags = t.deps, t.tags
    return deps[tok.i] == "conj" and not any(
        deps[c] in ("nsubj", "nsubjpass") or deps[c] in ("aux", "auxpass") and tags[c] != "VB"
        for c in t.children[tok.i]
    )


def _told_apart(tok) -> bool:
    """A verb in the past tense the parser joined to a bare infinitive ("was expected to hit
    Manila but veered south"): a finite verb is no part of the infinitive, it is told as done; so
    is one set against its first verb by "but" ("did not say who they were but praised Mandela",
    "gave no figures but speculated that ...", "would allow them to stand but warned that ...":
    what was not done or is to come, then what was done)."""
    if tok.dep_ != "conj" or tok.tag_ != "VBD":
        return False
    if tok.head.tag_ == "VB" and any(c.lower_ == "to" for c in children_with(tok.head, ("aux",))):
        return True
    if tok.head.lemma_.lower() == "be":
        # "were not for defence but directed against the population", "the tests were not
        # conclusive but showed ...": a participle sharing "be", or a verb hung on a state
        return False
    return any(c.lower_ == "but" and tok.head.i < c.i < tok.i for c in children_with(tok.head, ("cc",)))


def _shares_mood(tok) -> bool:
    """A participle with no subject or auxiliary hanging on a clause, as a list of its possible
    outcomes often parses: "he could be banned from office, ordered to apologise, suspended ..."."""
    return (
        tok.dep_ == "advcl"
        and tok.tag_ == "VBN"
        and tok.head.i < tok.i
        and not any_child(tok, ("nsubj", "nsubjpass", "aux", "auxpass", "mark", "advmod"))
    )


def factuality(
    trigger,
    *,
    quoted: bool,
    reported: bool,
    question: bool,
    headline: bool,
    dated: bool,
    future: bool = False,
    past: bool = False,
    one_day: bool = False,
    outlook: bool = False,
) -> Factuality:
    """How the article tells the trigger's happening.

    ``quoted``: inside quotation marks; ``reported``: a speech verb or "according to" gives its
    source; ``question``: the sentence asks; ``headline``: the article's first line; ``dated``: an
    expression dates the trigger's own clause; ``future``: that expression lies after the
    article's date; ``past``: it lies before it; ``one_day``: it names a single day; ``outlook``:
    the clause is set in a stretch from the article's day ahead ("over the coming days", "until
    2030"), which names no day but is the time of a forecast.
    """
    fact = _clause_told(
        trigger,
        quoted=quoted,
        reported=reported,
        question=question,
        headline=headline,
        dated=dated,
        future=future,
        past=past,
        one_day=one_day,
        outlook=outlook,
    )
    if fact in ("negated", "hypothetical") and dated and past and not one_day and _known_by_its_time(trigger):
        # "failed to win a seat in the December 1995 election", "had not beaten a top side since a
        # win over England in 2000": a happening its own year or month places before the article
        # took place, whatever the clause that mentions it says
        return "reported" if reported or quoted or told_by_hearsay(trigger) else "asserted"
    if fact == "asserted" and (told_by_hearsay(trigger) or claimed_to_have(trigger)):
        # "Dar reportedly joined the group", "they allegedly raped a woman", "the rebels claim to have
        # shot down a helicopter"
        return "reported"
    return fact


# Adverbs by which the article says it only passes on what others tell.
_HEARSAY_ADVERBS = frozenset("reportedly allegedly purportedly supposedly reputedly".split())


def told_by_hearsay(trigger) -> bool:
    """Is the trigger's clause told on others' word, no one named ("was reportedly arrested", "they
    allegedly raped", "reportedly launched an attack": the adverb on the verb whose object the
    trigger is)? The article does not assert it: it is reported."""
    t = tables(trigger.doc)
    words = lowered(trigger.doc)
    told = [trigger.i]
    if t.deps[trigger.i] in _ARGUMENTS:
        told.append(t.heads[trigger.i])  # not a noun further down ("supplied arms during its war")
    # the adverb before its verb: "cancelled a visit reportedly to avoid embarrassment" tells the
    # reason on others' word, not the cancellation
    return any(t.deps[c] == "advmod" and c < i and words[c] in _HEARSAY_ADVERBS for i in told for c in t.children[i])


# How an event noun hangs on the verb it is the happening of ("reportedly launched an attack").
_ARGUMENTS = frozenset("dobj nsubj nsubjpass attr".split())


def _known_by_its_time(noun) -> bool:
    """An event noun, no subject, dated by its own expression: past and no single day, a year, a
    month or a week before the article ("in Turkey's December 1995 election", "since the 1989
    crackdown", "hopes shrank after negotiations last week"). Not "no talks in 2004", "the 2004 talks
    were called off" (the subject of what befell it), not what was said ("reports last year"),
    nor a past day ("was not a focus of Monday's talks", "not a suspect in the Feb. 14 killing":
    most often the story's own happening told again)."""
    if noun.pos_ != "NOUN" or noun.dep_ in ("nsubj", "nsubjpass") or noun.lemma_.lower() in _HEARSAY:
        return False
    head = clause_head(noun)
    return head is not None and head is not noun and not _noun_negated(noun)


# Nouns of what is said rather than done: "reports that ...", "rumours of a coup".
_HEARSAY = frozenset("report claim allegation rumour rumor speculation talk sign indication".split())


def _clause_told(
    trigger,
    *,
    quoted: bool,
    reported: bool,
    question: bool,
    headline: bool,
    dated: bool,
    future: bool,
    past: bool,
    one_day: bool,
    outlook: bool = False,
) -> Factuality:
    """:func:`factuality` as the trigger's clause tells it."""
    head = clause_head(trigger)
    if head is None:
        # "ahead of next month's election": a happening still ahead
        return "planned" if future and dated and _held(trigger) else "reported" if reported else "asserted"
    chain = [head]
    tok = head
    while _inherits(tok):
        tok = tok.head
        chain.append(tok)
    negated_or_habit = _negated_or_habit(trigger, head, chain, one_dated_day=dated and one_day)
    if negated_or_habit:
        return negated_or_habit
    moods = list(chain)
    while _shares_mood(tok) or _inherits(tok):
        tok = tok.head
        moods.append(tok)
    mood = next((m for m in (_modal(h) for h in moods) if m), None)
    if mood == "modal" and _future_of_would(
        chain, dated=dated, ahead=dated and future, day_ahead=dated and future and one_day
    ):
        mood = "future"
    # "will likely resume next month", "said it would probably sign the deal on Friday": a future
    # hedged by a likelihood adverb but set for a time ahead of its own is a plan, as "is likely to
    # visit in January" and "is expected to be held in January" are; with no such time it is a guess
    likely = any(_likely(h) for h in moods) and not (
        mood == "future" and dated and future and not any(_likely(h, _POSSIBLY) for h in moods)
    )
    if mood == "modal" or likely or _counterfactual(chain[-1]):
        return "hypothetical"  # "would likely wait", "Had Boucher taken the catch, ...": not told as fact
    if question or _asks_how(head):
        return "hypothetical"  # "will decide how Chile will take part", "and how consumers viewed them"
    if _not_yet(chain, mood) or (mood == "future" and not dated and _awaits_or_foretold(chain, head)):
        return "hypothetical"
    if head is trigger and (dated and _purpose_of_a_deed(head) or _stranded_infinitive(head)):
        # "summoned the envoy to lodge a protest on Friday": the summoning's row, whatever day the
        # parser hangs on the purpose (not "to mark the 1917 Revolution": a happening it names);
        # "police deployed in the city, to break up a rally", "or, at its discretion, to receive
        # shares", "for refurbishing aircraft and to buy land": an aim the parser hung on no verb
        # that aims, or on one of another kind; not a happening told
        return "hypothetical"
    governed = _governed_or_awaited(head, chain, dated=dated, past=past)
    if governed in ("negated", "hypothetical"):
        return governed
    # "talks scheduled for May 12": a plan of what its noun names (the noun may be no row of its own)
    planned = mood == "future" or governed == "planned" or head is trigger and _schedule_of_a_noun(head)
    # "to put to light all behind the Feb. 14 assassination": a past happening a plan names; "rose to
    # head the party in 1989", "was forced to quit in May": done; "the service was to have begun on
    # Thursday", "had planned to withdraw by the end of last year": not told
    overtaken = _past_of_a_plan(trigger, head, mood) if planned and past and dated else None
    if overtaken == "hypothetical":
        return "hypothetical"
    planned = planned and overtaken is None
    if future and head is trigger and (_simple_present(head) or _progressive(head)):
        planned = True  # "the board meets tomorrow", "Congress convenes in January"
    if trigger is not head and _planned_noun(trigger, head, ahead=future and dated):
        planned = True
    if planned and quoted and (mood == "future" or _going_to(head.head) and head.dep_ == "xcomp") and not dated:
        return "hypothetical"  # "“Russia will win the war,” Putin said": a prediction, not a plan
    if planned and not dated and not outlook and not _arranged(head) and (_forecast(head) or _quantity_forecast(head)):
        # "growth will hit 100 billion", "is expected to bring rains", "demand will soar": a forecast
        # with no time of its own. One with its time ("world energy demand will soar by more than 50
        # percent by 2030", "growth is expected to exceed 3.4 percent this year", "prices would
        # remain firm over the coming days") is a planned row of that time, as the guidelines ask
        return "hypothetical"
    foretold = head is trigger and _foretold_or_prepared(head, planned=planned, dated=dated)
    if foretold:
        return foretold
    if planned:
        return _planned(trigger, head, dated, outlook=outlook)
    described = _told_as(trigger, head, dated=dated, headline=headline, quoted=quoted)
    if described is not None:
        return described
    return "reported" if reported or quoted else "asserted"


def _told_as(trigger, head, *, dated: bool, headline: bool, quoted: bool) -> Factuality | None:
    """:func:`_description`, but for a past clause that times another (:func:`_times_another`):
    taken place, unless a habit ("since the sector recovered with double-digit increases every
    year"), a light verb whose noun carries the happening ("after they made good on a vow to launch
    attacks": the attacks' row) or a chance missed ("before he miscued a drive and was caught": the
    catch's row)."""
    if not _times_another(head):
        return _description(trigger, head, dated=dated, headline=headline, quoted=quoted)
    kept = _habitual(head) or head is trigger and (_near_miss(head) or not dated and _light(head))
    return "generic" if kept else None


# Verbs of a pure state or a tally: a clause that times another with one of them tells no happening
# ("after the two had a common view", "after 97 percent of the votes were counted"), unlike the
# stative verbs a past clause may still tell done ("after investigators heard testimony", "after a
# verdict cost him his seat").
_PURE_STATES = frozenset(
    "be have hold remain stay exist own possess contain consist belong lack seem appear mean weigh equal "
    "represent involve include resemble deserve depend matter count number total average".split()
)

# Conjunctions that place one clause in time against another.
_TIME_CONJUNCTIONS = frozenset("after before once since until till".split())


def _times_another(head) -> bool:
    """A clause in the past that times a clause told as done ("met after investigators heard
    testimony", "has been divided since fighting broke out in 2002", "had given them the lead before
    Priskin headed an equaliser", "rioted after a verdict cost him his seat"): what it tells took
    place, whatever its verb says (a state begun, a role, a view), the clause it times takes it as
    given. Not a clause timing what is still ahead or may be ("would resume after the situation
    improved": told in the past tense of reported speech), nor a state of mind ("since they knew"),
    nor a state or a tally (:data:`_PURE_STATES`)."""
    t = tables(head.doc)
    i = head.i
    if t.deps[i] != "advcl" or t.pos[i] != "VERB" or t.tags[i] not in ("VBD", "VBN"):
        return False
    kids = t.children[i]
    if t.tags[i] == "VBN" and not any(t.deps[c] in ("aux", "auxpass") and t.tags[c] == "VBD" for c in kids):
        return False  # "after being elected", "once completed": no tense of its own
    words = lowered(head.doc)
    mark = next((words[c] for c in kids if t.deps[c] == "mark"), None)
    if mark not in _TIME_CONJUNCTIONS or head.lemma_.lower() in _MINDS or head.lemma_.lower() in _PURE_STATES:
        # "after they knew", "since he feared": a state of mind; "after that the two had a common
        # view", "after 97 percent of votes were counted": a state or a tally; no happening
        return False
    gov = t.heads[i]
    if t.tags[gov] == "VB" or any(t.deps[c] == "aux" and t.tags[c] == "MD" for c in t.children[gov]):
        return False
    # "since" times a perfect ("has been divided since fighting broke out"); else it gives a reason
    return mark != "since" or any(t.deps[c] == "aux" and words[c] in ("has", "have", "had") for c in t.children[gov])


def _future_of_would(chain: list, *, dated: bool, ahead: bool, day_ahead: bool) -> bool:
    """Is a modal clause told ahead rather than as a possibility: "he added that UN officials would
    investigate" (the future of reported speech), "the Democrats would elect their leaders on
    Thursday" ("would" with one day ahead of its own: a day set)? A condition on it is read after
    this ("would resign on Friday if the vote failed"); not what a poll says would happen. Another
    modal a speaker told is a plan only by a time still ahead ("said the talks could resume next
    week"; not "the quake, at 1115 GMT, could generate a tsunami, the agency said": a possibility
    whose time is its subject's)."""
    if _polled(chain[-1]):
        return False
    would = any(_would(h) for h in chain)
    if _reported_future(chain[-1]) and (would or ahead):
        return True
    if not would or any(c.dep_ == "advmod" and c.lower_ == "now" for h in chain for c in h.children):
        return False  # "they would now reconsider the contract": an intention, no day set
    # "the talks went well and by the end of the month the missions would start joint patrols, the
    # general said": a dated conjunct of what was said (undated, a consequence or a rule: "seized
    # the goods, and the sellers would face prosecution")
    return day_ahead or dated and _conjunct_of_reported(chain[-1])


def _conjunct_of_reported(verb) -> bool:
    """Is this clause a conjunct of the complement of a past-tense speech verb ("the ship arrived
    in Yangon and would sail on to Vietnam, an official said")?"""
    if verb.dep_ != "conj" or verb.head.i == verb.i:
        return False
    first = verb.head
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first.dep_ not in ("ccomp", "parataxis") or first.head.i == first.i:
        return False
    return _speech_like(first.head) and tense(first.head) == "past"


def _foretold_or_prepared(head, *, planned: bool, dated: bool) -> Factuality | None:
    """An undated plan that foretells an effect or states a norm, or a happening's paving the way."""
    if planned and not dated and _effect_foretold(head):
        return "hypothetical"  # "the deal would upgrade trade", "such action will hinder peace": an effect foretold
    if planned and not dated and _by_the_terms(head):
        return "generic"  # "officials will face warnings, according to new rules": a norm
    if planned and _free_choice(head):
        # "anyone who sells the meat will be fined", "would respond to any attack": a rule, a
        # condition (whoever, whatever comes), no happening set
        return "generic"
    if planned and not dated and _whoever_of_a_kind(head):
        # "principals who fail the standards would be demoted", "those whose negligence caused
        # accidents will be punished": a rule for whoever is of that kind, no happening set
        return "generic"
    if _way_prepared(head, dated):
        # "the downfall of the regime paved the way to normal relations", "a move seen to pave the
        # way for his rule", "will lay the groundwork for talks": what a happening made possible
        return "generic"
    return None


_FREE_CHOICE = frozenset("anyone anybody anything whoever whatever whichever".split())


def _free_choice(verb) -> bool:
    """Does the clause's subject or object, or the object of one of its prepositions, stand for
    whoever or whatever comes ("anyone", "any attack", "to any act of aggression")?"""
    args = children_with(verb, ("nsubj", "nsubjpass", "dobj"))
    args += [g for c in verb.children if c.dep_ == "prep" for g in children_with(c, ("pobj",))]
    return any(a.lower_ in _FREE_CHOICE or any(d.lower_ == "any" for d in children_with(a, ("det",))) for a in args)


def _whoever_of_a_kind(verb) -> bool:
    """Is the clause's subject a kind that a relative clause picks out, with no determiner of its
    own ("principals who fail", "companies that break the rules", "those whose negligence caused
    accidents"): whoever is of that kind, not someone named?"""
    for subj in children_with(verb, ("nsubj", "nsubjpass")):
        if not any_child(subj, ("relcl",)):
            continue
        if subj.lower_ == "those":
            return True
        if subj.tag_ == "NNS" and not any_child(subj, ("det", "poss", "nummod", "compound")):
            return True
    return False


# Verbs of a course kept rather than a thing done: "will stick to its policy", "will honor its
# commitments", "will keep close contacts".
_STANCES = frozenset(
    "stick adhere honor honour uphold keep maintain foster enhance deepen care endeavor endeavour strive "
    "persist abide comply respect safeguard cherish treasure".split()
)


def _stance_or_norm(head) -> bool:
    """A future with no time that keeps a course ("China will stick to its policy of opening up",
    "the party would care about freedom of expression") or states a rule ("a foreign bank shall
    comply with the accounting rules"): a stance or a norm, no happening planned."""
    return head.lemma_.lower() in _STANCES or any(c.lower_ == "shall" for c in children_with(head, ("aux",)))


def _negated_or_habit(trigger, head, chain: list, *, one_dated_day: bool) -> Factuality | None:
    """ "did not start", "no talks": negated; "frequent attacks in the past two years": a habit (not
    "sporadic attacks on Monday"); "compared with Wednesday's closing": a yardstick; "troops continue
    to guard the enclaves": a course kept."""
    if any(_kept_up(h) for h in chain):
        return "generic"
    if any(_negated(h) for h in chain) or trigger is not head and _noun_negated(trigger):
        return "negated"
    if not one_dated_day and _frequent(trigger) or _days_close(trigger):
        return "generic"
    return None


_CLOSES = frozenset("close closing opening finish".split())
_DAY_WORDS = frozenset({*WEEKDAYS, "yesterday", "today"})


def _days_close(noun) -> bool:
    """ "compared with Wednesday's closing of 969.25 million shares", "rose 4.3 percent at
    Wednesday's closing": a market's close named by its day is a time or a yardstick of a move,
    the move's row tells the day."""
    return (
        noun.pos_ == "NOUN"
        and noun.lemma_.lower() in _CLOSES
        and any(c.lower_ in _DAY_WORDS for c in children_with(noun, ("poss",)))
    )


def _planned(trigger, head, dated: bool, *, outlook: bool = False) -> Factuality:
    """A clause told ahead of its time: planned, unless it tells a state to come or what a thing will
    do."""
    # a quantity's level or rate foretold for a time ("crude prices would remain firm over the coming
    # days", "inflation will stay below 3 percent this year", "demand will grow by 2.1 percent a year
    # until 2030") is a forecast of that time, as a change would be: no state, no habit
    forecast = (dated or outlook) and _quantity_subject(head)
    if head is trigger and (
        (_stative(head, True) and not forecast)
        or _awaiting(head)
        or _age_reached(head)
        or _plays_a_part(head)
        or (_habitual(head) and not forecast)
        or _named_so(head)
    ):
        # "the council will then have 15 days to name a premier": no happening
        return "generic"
    if (
        not dated
        and head is trigger
        and (
            _stance_or_norm(head)
            or _holds_a_role(head)
            or _put_to_use(head)
            or _hard_effort(head)
            or _effort_to(head)
            or _stance_given(head)
            or _price_per_share(head)
        )
    ):
        # "will stick to its policy", "will work hard for regional integration": a stance, an effort;
        # "will act as a personal adviser", "would serve as a training ground": a post or a part to
        # come; "the waste would be used to produce methane", "will use this event to bring a
        # different focus": what a thing is for; "holders will receive $21 a share", "will pay 0.82
        # share for each Williams share": the terms of a deal, told by the deal's row
        return "generic"
    if not dated and head is trigger and head.lemma_.lower() in _BEFALLING:
        return "hypothetical"  # "the southern provinces will experience heavy rain": what will befall them, foretold
    if not dated and head is trigger and head.lemma_.lower() in _BEFALLEN and any_child(head, ("auxpass",)):
        return "hypothetical"  # "the banks will be exposed to greater risk", "would be bound by limits"
    if (
        not dated
        and not forecast
        and head is trigger
        and not _arranged(head)
        and (_foretold_of_a_thing(head) or _contributes_to(head))
    ):
        # "this will threaten the viability of ...", "the floodwaters will delay planting", "would
        # contribute greatly to social and economic development"
        return "hypothetical"
    return "planned"


# What a subject will be put under, in the passive: "will be exposed to risk", "would be bound by rules".
_BEFALLEN = frozenset("expose bind affect".split())
# What befalls a subject rather than what it does: told ahead with no time, a forecast.
_BEFALLING = frozenset("experience suffer endure enjoy nurse".split())


# Verbs of striving: told with "hard", an effort (what it strives for is its purpose).
_STRIVING = frozenset("work strive struggle labor labour fight try push battle".split())


def _price_per_share(verb) -> bool:
    """What a deal pays for each share ("shareholders will receive $3,500 a share at closing", "will
    pay 0.82 share for each Williams share"): its terms, no happening of their own."""
    if verb.lemma_.lower() not in ("pay", "receive", "get"):
        return False
    for c in verb.children:
        if c.dep_ == "dobj" and any(
            g.lemma_.lower() == "share" and any(d.lower_ == "a" for d in children_with(g, ("det",)))
            for g in children_with(c, ("npadvmod",))
        ):
            return True  # "$21 a share"
        if c.dep_ == "prep" and c.lower_ == "for":
            for g in children_with(c, ("pobj",)):
                if g.lemma_.lower() == "share" and any(
                    d.lower_ in ("each", "every") for d in children_with(g, ("det",))
                ):
                    return True  # "for each Williams share"
    return False


def _hard_effort(verb) -> bool:
    """ "have worked hard to spot any sign of the disease", "fought hard to close the margin", "will
    work hard for regional integration": an effort, no happening."""
    return verb.lemma_.lower() in _STRIVING and any(
        c.dep_ == "advmod" and c.lower_ in ("hard", "harder") for c in verb.children
    )


def _effort_to(verb) -> bool:
    """ "will work to expand imports from Egypt", "will strive to improve ties", "will do its best to
    help", "will make joint efforts to push forward the talks": an effort toward an aim, told with no
    time, no happening planned (the aim has no row either: hypothetical)."""
    lemma = verb.lemma_.lower()
    if lemma in _EFFORT_MADE:
        return any(
            c.dep_ == "dobj" and (c.lower_ in _EFFORT_MADE[lemma] or c.lemma_.lower() in _EFFORT_MADE[lemma])
            for c in verb.children
        )
    if lemma not in _STRIVING or lemma in ("try", "push"):
        return False
    return any(is_infinitive(c) for c in children_with(verb, ("xcomp", "advcl")))


# Verbs with the nouns that make them an effort: "do its best", "make every effort", "exert efforts".
_EFFORT_MADE = {
    "do": frozenset({"best", "utmost"}),
    "make": frozenset({"effort", "efforts"}),
    "exert": frozenset({"effort", "efforts"}),
}


# What is given or attached to a matter as a stance: "will give priority to", "attach importance to".
_STANCE_NOUNS = frozenset("priority precedence emphasis importance preference".split())
_GIVING = frozenset("give attach accord place put lay".split())
_REFLEXIVES = frozenset("itself themselves himself herself ourselves myself yourself".split())


def _stance_given(verb) -> bool:
    """A future with no time that states a stance rather than a deed: "will give priority to the
    treatment of water", "would attach great importance to ties", "would commit itself to the peace
    agreement"."""
    lemma = verb.lemma_.lower()
    if lemma in _GIVING:
        return any(c.lemma_.lower() in _STANCE_NOUNS for c in children_with(verb, ("dobj",)))
    if lemma in ("commit", "dedicate", "devote"):
        return any(c.lower_ in _REFLEXIVES for c in children_with(verb, ("dobj",)))
    return False


# What a shot that missed hit, and where it went: "hit the bar", "fired wide".
_FRAME = frozenset("bar post crossbar woodwork upright".split())
_STRIKING = frozenset("hit strike rattle clip shake".split())


def _near_miss(verb) -> bool:
    """A chance missed in a match ("Adam Petrous went close with a header", "Martin Petras also hit
    the bar", "the Dutch striker's close-range shot hit the bar", "he miscued", "fired wide"): no
    goal, nothing a chronology of the match lists."""
    lemma = verb.lemma_.lower()
    if lemma == "miscue":
        return True
    # (each test reads its children's dependencies from the tables: Tokens made only for those)
    if lemma == "go" and any(c.lower_ == "close" for c in children_with(verb, ("advmod", "acomp", "npadvmod"))):
        return True
    if lemma in _STRIKING:
        frames = [c for c in children_with(verb, ("dobj",)) if c.lower_ in _FRAME]
        if frames:
            return not any_child(frames[0], ("compound",))  # (not "hit a bridge post")
    return any(c.lower_ == "wide" for c in children_with(verb, ("advmod", "acomp")))


def _put_to_use(verb) -> bool:
    """ "would be used to produce the methane", "will be mainly used for waterway management", "will
    use this event to bring a different focus": what a thing is to serve for, no happening."""
    return verb.pos_ == "VERB" and verb.lemma_.lower() == "use" and not any_child(verb, ("prt",))


# What is made once and then holds (an agreement, a truce, a law): a date on it is the day it was
# made, so one read after the article's is more likely a past day misread ("the April 26 truce
# agreement") than a plan
_IN_FORCE = frozenset(
    "agreement accord deal truce ceasefire cease-fire treaty pact law resolution understanding decree".split()
)


def _held(noun) -> bool:
    """Is ``noun`` a happening that can be held on a day ahead ("next month's election")?"""
    return (
        noun.pos_ == "NOUN"
        and noun.lemma_.lower() not in _IN_FORCE
        and not any(c.lemma_.lower() in _IN_FORCE for c in children_with(noun, ("compound",)))
    )


# Happenings nobody schedules: announced, they are news of what took place ("Ford's death was
# announced by his family"), not a plan.
_UNPLANNED = frozenset(
    word for kind in ("death", "injury", "quake", "storm", "crash", "flood") for word in KINDS[kind]
) | frozenset("accident incident tragedy disaster mishap suicide".split())


def _planned_noun(trigger, head, *, ahead: bool) -> bool:
    """An event noun told as planned: a happening held on a set day, dated by its own words to a day
    still ahead ("ahead of next month's election", ``ahead``), or the subject of a verb that plans
    it ("the talks are expected to be held in January", "the race is to be held"); not a happening
    nobody schedules that is announced ("his death was announced on Tuesday")."""
    if ahead and _held(trigger):
        return True
    if head.lemma_.lower() == "announce" and trigger.lemma_.lower() in _UNPLANNED:
        return False
    return trigger.dep_ in ("nsubj", "nsubjpass") and _plans_its_subject(head)


def _governed(head, dated: bool, *, past: bool = False) -> Factuality | None:
    """What the verbs governing an infinitive or clause complement say of it: "negated" ("failed
    to agree"), "hypothetical" ("wants to", "plans to defect", "if"), "planned" ("agreed to
    hold", "to be held on Nov. 12"), or None when none says anything."""
    own_clause = ""  # passed a clause with a subject and tense of its own ("past" or "other")
    for h in [head, *governors(head)]:
        if (
            h.dep_ in ("xcomp", "ccomp", "advcl", "acl", "relcl", "pcomp", "csubj")
            and is_infinitive(h)
            or (h.dep_ == "xcomp" and h.head.lemma_.lower() in _IRREALIS_VERBS)
        ):
            gov = _copula_adjective(h) or h.head
            lemma = gov.lemma_.lower()
            if (
                lemma in _IMPLICATIVE
                and h.dep_ == "xcomp"
                or _begun(h)
                or _used_to_do(gov)
                or won_by(h)
                or qualified_by(h)
                or h.dep_ in ("xcomp", "advcl")
                and took_time_to(gov, h)
                or h.dep_ == "xcomp"
                and (_enough_in_the_past(gov) or _said_to_have(h) or _had_to(gov) or forced_to(gov))
                or h.dep_ in ("acl", "relcl", "advcl")
                and ranked(gov)
            ):
                # "managed to win control", "police used tear gas to disperse the crowd", "the goal was
                # enough to earn a place in the final": it happened as its governor is told
                continue
            if (
                lemma in NEGATING_VERBS
                or (lemma == "unable" or lemma == "able" and _able_negated(gov))
                and not own_clause
                or _short_of(gov)
            ) and h.dep_ == "xcomp":
                # "failed to agree", "were unable to agree on a price", "were not able to reach the
                # village on Monday" (not what a clause of its own under it tells: "unable to agree
                # after the minister was sacked"), "was not enough to earn a medal", "too slow to catch
                # the leaders"
                return "negated"
            if (lemma in PLAN_VERBS or h.dep_ == "xcomp" and (_going_to(gov) or _is_to(gov))) and _negated(gov):
                # "the show was not expected to do well", "did not agree to meet", "is not going to resign",
                # "the players are not to leave the hotel"
                return "negated"
            unplanned = _no_plan_by_its_governor(h, head, dated=dated, own_clause=own_clause)
            if unplanned == "done":
                continue
            if unplanned is not None:
                return _NO_PLAN[unplanned]
            if dated and past and h.dep_ in ("acl", "relcl") and gov.pos_ in ("NOUN", "PROPN"):
                # "the last elections to be held in Burma, in 1990": they were held; not "launched a
                # strategy to rejuvenate its industrial bases in 2003", "took the decision to
                # prosecute late Sunday": the year or day is the scheme's, whose verb tells it (the
                # parser hangs the time on the aim), and what it aims at is not told done (but
                # "follows a drive to oust Saddam in April 2003": no verb tells the drive)
                return "hypothetical" if not own_clause and _scheme_staged(gov) else None
            if h.dep_ == "advcl" and gov.pos_ == "VERB" and lemma in _TRAVEL_VERBS:
                # "arrived in Dhaka on Friday to attend the summit": the trip's row (not what a
                # clause of its own under the purpose tells: "to urge calm after mobs attacked ...")
                return None if own_clause else "hypothetical"
            if (
                dated
                and (lemma not in _IRREALIS_VERBS or _dated_projection(h, lemma))
                or h.i == head.i
                and _to_be_done(h)
            ):
                # "the summit, to be held in Dhaka on Nov. 12": scheduled; not what a clause of its
                # own under it tells ("the first unit to be deployed since Britain seized the territory");
                # "the population is projected to double by 2030": a forecast with its time; with no
                # time, "the declaration, to be signed by the heads of state", "with the World Cup to
                # be hosted by South Africa": an arrangement told of a thing named
                return None if own_clause else "planned"
            if gov.pos_ in ("NOUN", "PROPN"):
                # "plans to defect", "an effort to push Assad from office"; not a past clause of its
                # own under the aim: "fought to escape while rescuers struggled to reopen the pit"
                return None if own_clause == "past" else "hypothetical"
            if (
                lemma in PLAN_VERBS
                and h.dep_ != "advcl"
                or gov.pos_ == "ADJ"
                and lemma in ("due", "set", "scheduled")
                or h.dep_ == "xcomp"
                and (_going_to(gov) or _is_to(gov) and not _perfect(h))
            ):
                # "agreed to hold talks", "is going to auction copper"; "Tanzania is to bring back the
                # suspects", "the delegation was to depart for Havana": an arrangement told as such (not
                # "was to have attended": it did not); not a purpose: "set up a hospital to care for the
                # patients"
                return None if own_clause else "planned"
            return None if own_clause == "past" else "hypothetical"  # "struggled to reopen", above
        if (h.dep_ == "ccomp" and _irrealis_clause(h, own_clause)) or _asked(h):
            return "hypothetical"  # "wants ...", "it could be that the pilot lost control", "asked if ..."
        noun = _whose_content(h)
        if noun is not None:
            content = _content_of_a_noun(noun)
            if content is not None:
                return content
        denied = _denied_content(h)
        if denied is not None:
            return denied
        if h.dep_ in ("advcl",) and any(c.lower_ in _CONDITIONAL_MARKS for c in children_with(h, ("mark",))):
            return "hypothetical"
        if h.dep_ not in ("conj", "xcomp", "ccomp", "advcl", "parataxis") or _told_apart(h):
            break
        own_clause = own_clause or _clause_of_its_own(h)
    return None


# Determiners that name one known thing: "the declaration", "this year's summit".


def _definite(noun) -> bool:
    """A noun naming one known thing: "the declaration", "its report", "Monday's vote", "the World Cup"."""
    if noun.pos_ == "PROPN":
        return True
    return noun.pos_ == "NOUN" and any(
        c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS or c.dep_ == "poss" for c in noun.children
    )


def _to_be_done(infinitive) -> bool:
    """A passive to-infinitive told of a known thing, with no verb of its own to say so: "the
    declaration, to be signed by the heads of state", "the issues to be discussed at the summit",
    "with the World Cup to be hosted by South Africa" (the parser may give the thing as the
    infinitive's subject). It is the "is to be signed" of an arrangement (as "the minister is to visit
    Beijing"), planned; not "a man to be feared" (no known thing), "for the polls to be held" (a
    purpose), nor a ranking ("the first woman to be elected", taken up before)."""
    if infinitive.tag_ != "VBN" or infinitive.dep_ not in ("acl", "relcl", "ccomp", "advcl"):
        return False
    if not any(c.dep_ == "auxpass" and c.lower_ == "be" and c.i < infinitive.i for c in infinitive.children):
        return False
    if any(c.dep_ in ("neg", "aux") and c.lower_ != "to" for c in infinitive.children):
        return False  # "not to be signed", "to have been signed"
    if infinitive.dep_ in ("acl", "relcl"):
        noun = infinitive.head
        if noun.i > infinitive.i or not _definite(noun) or _ranked_noun(noun):
            return False  # not "the only nation to be attacked by atomic weapons"
        # set off by a comma as a relative is, or with its doer named ("the constitution to be ratified
        # by congress"): not what is due ("the lessons to be learnt from the war", "work to be done")
        return _after_comma(infinitive) or any_child(infinitive, ("agent",))
    subj = children_with(infinitive, ("nsubjpass",))
    if len(subj) != 1 or subj[0].i > infinitive.i or not _definite(subj[0]) or _ranked_noun(subj[0]):
        return False
    marks = children_with(infinitive, ("mark",))
    if marks:
        return all(m.lower_ == "with" for m in marks)  # not "for the polls to be held": a purpose
    # the thing set off by a comma, as a relative is ("the declaration, to be signed"), not the
    # object of a wish or an order ("wants the report to be published", "ordered the road to be closed")
    return _after_comma(infinitive)


def _after_comma(infinitive) -> bool:
    """Is the "to" of the infinitive right after a comma ("the book, to be published in May")?"""
    to = min((c.i for c in infinitive.children if c.dep_ in ("aux", "auxpass")), default=infinitive.i)
    return to > 0 and infinitive.doc[to - 1].text == ","


def _ranked_noun(noun) -> bool:
    """ "the only nation", "the first woman", "the last": a noun ranked among others (:data:`_RANKS`)."""
    return noun.lower_ in _RANKS or any(c.lower_ in _RANKS for c in children_with(noun, ("amod", "advmod", "det")))


# Nouns of a scheme or an attempt: their to-infinitive is what they aim at ("a strategy to develop the
# western regions", "an effort to push Assad from office"), not a happening told: the schemes a
# launch does not hand over to (triggers.SCHEMES) and the attempts and decisions.
_AIM_NOUNS = SCHEMES | frozenset(
    "effort bid attempt drive campaign push proposal blueprint goal aim target mission decision".split()
)


# Verbs that make, start or announce a scheme or a decision: "launched a plan", "took the decision".
_SCHEMING = frozenset(
    "launch initiate adopt unveil announce take make introduce approve start begin propose devise outline "
    "present submit endorse reach mount formulate draft implement".split()
)


def _scheme_staged(noun) -> bool:
    """A noun of a scheme or an attempt that is the object of a verb that makes, starts or
    announces it ("initiated the strategy", "took the decision"), whose row tells it (not "follows
    a drive to oust Saddam": no verb tells the drive)."""
    return (
        noun.lemma_.lower() in _AIM_NOUNS
        and noun.dep_ == "dobj"
        and noun.head.pos_ == "VERB"
        and noun.head.lemma_.lower() in _SCHEMING
    )


# Verbs and adjectives of a wish or a plan whose time is past: what they aimed at is not told as
# done ("had planned to withdraw the troops by the end of last year", "pledged to issue the
# constitution by Nov. 21"); a schedule's ("was set to open Monday") stays planned.
_AIMED = frozenset("plan intend hope pledge promise vow expect aim".split())
_SCHEDULED = frozenset("set due schedule scheduled slate slated".split())


def _past_of_a_plan(trigger, head, mood: str | None) -> str | None:
    """A clause read as planned whose own time lies wholly before the article: "told" for a past
    happening a plan names or an infinitive told done, "hypothetical" for one that may not have
    happened (:func:`_plan_overtaken`), None when it stays planned."""
    if trigger is not head:
        return "told" if trigger.pos_ == "NOUN" else None
    return _plan_overtaken(head) if mood is None else None


def _plan_overtaken(head) -> str | None:
    """A to-infinitive read as planned whose own time lies wholly before the article: "told" when
    what governs it tells it done ("rose to head the party in 1989", "was forced to quit in May",
    "beat Slutskaya to win the final last year", "decided to cut output as of Nov. 1"),
    "hypothetical" when a wish, a plan or a perfect infinitive says it may not have happened ("was to
    have begun on Thursday", "had planned to withdraw by the end of last year"), None for a
    schedule ("the trial was set to open Monday") or no infinitive."""
    for h in [head, *governors(head)]:
        if h.dep_ in ("xcomp", "ccomp", "advcl", "acl", "relcl") and is_infinitive(h):
            lemma = h.head.lemma_.lower()
            if _perfect(h) or lemma in _AIMED:
                return "hypothetical"
            # (not one with a subject of its own: "a key step being the election for the parliament
            # to meet on Monday", whose day is more often read the wrong way than past)
            own_subject = any_child(h, ("nsubj",))
            return None if lemma in _SCHEDULED or own_subject else "told"
        if h.dep_ != "conj":
            return None
    return None


_NO_PLAN: dict[str, Factuality | None] = {"hypothetical": "hypothetical", "told apart": None}


def _no_plan_by_its_governor(h, head, *, dated: bool, own_clause: str) -> str | None:
    """What the word a to-infinitive ``h`` hangs on says against a plan: "hypothetical", "done"
    (told as taken place), "told apart" (a clause of its own under it tells itself), or None."""
    gov = _copula_adjective(h) or h.head
    if gov.lemma_.lower() in _DIRECTIVE_VERBS and h.dep_ == "xcomp":
        return "hypothetical"  # "ordered churches to dig holes": the order is the happening
    if gov.lemma_.lower() in PLAN_VERBS and _modal(gov) == "modal":
        return "hypothetical"  # "can be expected to dominate", "could agree to meet"
    if not dated and _awaited_by_someone(gov, h):
        # "Russia expected Iran to freeze enrichment", "I was expecting to lose": what someone
        # awaits of another, or awaited then, no plan told (not "are expected to")
        return "hypothetical"
    if gov.pos_ == "ADJ" and _attitude_or_done(gov):
        # "is likely to test the limit today", "were reluctant to take positions ahead of Monday",
        # "is eager to meet on Friday": a likelihood or an attitude, no plan (not a clause of its
        # own under it: "is sure to feature when nominations are announced Tuesday"); "were able
        # to reach the village on Monday", "was glad to see": told as done (not "was shocked to
        # learn of the tragedy": the statement's row)
        if _done_as_told(gov, dated=dated) and not (h is head and h.lemma_.lower() in _LEARNING):
            return "done"
        return "told apart" if own_clause else "hypothetical"
    if _on_course(gov):
        return "hypothetical"  # "was on course to win the election in March": where things head, a forecast
    return None


def _denied_content(h) -> Factuality | None:
    """A clause complement of a denial ("Xinhua denied that he had killed himself": negated) or of
    a confirmation denied ("has not yet confirmed that he will meet Mobutu": nothing told)."""
    if h.dep_ != "ccomp":
        return None
    lemma = h.head.lemma_.lower()
    if lemma in _DENYING_VERBS:
        return "negated"
    return "hypothetical" if lemma in _CONFIRMING and _negated(h.head) else None


# Adjectives whose to-infinitive is set for a time ("due to arrive", "set to open", "slated to
# begin", "will be ready to take over the port in June") or foretold ("is likely to hit land
# Saturday": a forecast, planned when dated, GUIDELINES' fourth batch): what other adjectives tell
# is an attitude or an ease ("eager", "reluctant", "difficult to assess").
_SET_FOR = frozenset(
    "due set scheduled slated poised expected planned ready likely unlikely sure certain bound".split()
)


def _attitude_or_done(adjective) -> bool:
    """Is the adjective a to-infinitive hangs on one of an attitude, an ease or a deed told as done
    ("eager to meet", "difficult to assess", "was about to board ... when": interrupted, "were able
    to reach"), not one of a schedule or a forecast (:data:`_SET_FOR`), nor of a measure ("enough to
    feed", "good enough to win": see :func:`_short_of`)?"""
    lemma = adjective.lemma_.lower()
    if lemma in _SET_FOR or _enough_of(adjective) is not None:
        return False
    if lemma == "about":  # "is about to sign": at hand; "was about to board when ...": it was not
        be = adjective.head if adjective.dep_ == "acomp" else adjective
        return tense(be) == "past"
    return True


# Adjectives whose to-infinitive took place when they are told as past or present fact: "were able
# to reach", "was quick to condemn", "was glad to see", "is proud to announce".
_DONE_AS_TOLD = frozenset(
    "able quick glad happy pleased proud delighted honored honoured thrilled relieved sad sorry saddened "
    "shocked surprised astonished amazed disappointed privileged".split()
)


# Verbs of learning or perceiving after a feeling ("was shocked to learn", "was glad to see"): the
# row is the statement's or what was learnt, not the learning.
_LEARNING = frozenset("learn see hear know find read note notice discover".split())


def _done_as_told(adjective, *, dated: bool) -> bool:
    """Is this adjective's to-infinitive told as done: "able" or "quick" in the past with a time or in
    a present perfect ("were able to reach the village on Monday", "have been able to get supplies
    through"; not "will be able to vote", nor an undated simple past, most often a state or
    background: "were able to breathe"), a feeling at what one does or learns in the past or present
    ("was glad to see", "I am happy to announce"), with no modal or future?"""
    lemma = adjective.lemma_.lower()
    if lemma not in _DONE_AS_TOLD:
        return False
    be = adjective.head if adjective.dep_ == "acomp" and adjective.head.i != adjective.i else adjective
    if _modal(be) or _modal(adjective):
        return False
    if lemma in ("able", "quick"):
        return tense(be) == "past" and (dated or _perfect(be))
    return tense(be) in ("past", "present")


def _awaited_by_someone(expect, infinitive) -> bool:
    """An active "expect" whose infinitive another does ("Russia expected Iran to freeze enrichment",
    "we expect Tehran to provide proof": a demand or a hope) or that is past ("I was expecting to
    lose", "had expected to win": awaited then); not "the talks are expected to resume"."""
    if expect.lemma_.lower() != "expect" or expect.pos_ != "VERB":
        return False
    subjects = children_with(expect, ("nsubj",))
    if not subjects and expect.dep_ == "conj":
        subjects = children_with(expect.head, ("nsubj",))  # "does not fear and expects X to"
    if not subjects or any(c.lemma_.lower() in EVENT_NOUNS for c in subjects):
        return False  # (not "talks expected to take place in May": a participle, the talks' schedule)
    if any_child(expect, ("auxpass", "nsubjpass")):
        return False
    if any_child(infinitive, ("nsubj",)):
        return True
    return infinitive.dep_ == "xcomp" and tense(expect) == "past"


# Verbs that tell a clause as settled: denied ("has not confirmed that he will meet"), nothing is told.
_CONFIRMING = frozenset("confirm announce disclose reveal specify".split())
# Nouns of where things head: "on course to win", "on track to open", "on the verge of".
_HEADINGS = frozenset("course track verge brink".split())


def _on_course(gov) -> bool:
    """The word a to-infinitive hangs on is "on course", "on track" ("the party was on course to
    win", "is on track to open ten stores in March"): the noun itself after "on", or the "be" it
    completes."""
    if gov.lemma_.lower() in _HEADINGS:
        return gov.dep_ == "pobj" and gov.head.lower_ == "on" or any(c.lower_ == "on" for c in gov.children)
    if gov.lemma_.lower() != "be":
        return False
    return any(c.lemma_.lower() in _HEADINGS and any(g.lower_ == "on" for g in c.children) for c in gov.children)


def _had_to(have) -> bool:
    """ "A rescue team had to withdraw", "the race had to be postponed": a simple past of "have to"
    in a clause of its own tells what was done under necessity. Not a present or a future ("will
    have to wait"), a denial ("did not have to pay"), a perfect ("have had to pledge": a strain
    borne), "had yet to" (not done), nor a complement ("said Iran had to comply", "knew I had to go
    back": a duty told)."""
    if have.lemma_.lower() != "have" or have.tag_ != "VBD" or _negated(have) or _modal(have) is not None:
        return False
    if any_child(have, ("aux", "auxpass")):
        return False
    # "had yet to be confirmed": not done; "had ever had to": a question of whether
    return have.dep_ in ("ROOT", "conj") and not any(
        c.dep_ == "advmod" and c.lower_ in ("ever", "yet", "still") for c in have.children
    )


# Verbs of making someone do a thing: "was forced to resign" tells the resignation done.
_FORCING = frozenset("force compel oblige".split())


def forced_to(verb) -> bool:
    """ "The minister was forced to resign", "thousands have been forced to flee their homes": a
    past or perfect passive of forcing tells what was forced done. Not a future or a possibility
    ("may be forced to close", "will be forced to cut jobs"), a denial ("was not forced to
    leave"), nor a present ("is forced to import fuel": a condition)."""
    if verb.lemma_.lower() not in _FORCING or verb.tag_ != "VBN" or _negated(verb) or _modal(verb) is not None:
        return False
    auxes = children_with(verb, ("aux", "auxpass"))
    return any(a.dep_ == "auxpass" for a in auxes) and any(
        a.tag_ == "VBD" or a.lower_ in ("has", "have", "had", "'ve") for a in auxes
    )


def _able_negated(able) -> bool:
    """ "were not able to reach", "will never be able to play": "able" denied, on itself or on the
    "be" it completes."""
    return _negated(able) or able.dep_ == "acomp" and _negated(able.head)


# Ranks that tell someone did a thing before, after or apart from others: "the first woman to win
# the title", "the last building to be demolished", "the only team to score".
_RANKS = frozenset("first second third fourth fifth last latest only".split())


def ranked(gov) -> bool:
    """Is this the ranked noun of "the first woman to win the title", "was the last to enter the
    room", "the firm, the first in the world to develop a vaccine, said": one who did it, in a clause
    told as past or present fact, so the infinitive took place (not "will be the first city to host
    the games", "would be the second country to sign", "hopes to be the first to climb it")?"""
    if not (
        gov.lower_ in _RANKS
        and gov.pos_ in ("ADJ", "NOUN")
        or gov.pos_ == "NOUN"
        and any(c.lower_ in _RANKS for c in children_with(gov, ("amod",)))
    ):
        return False
    tok = gov
    for _ in range(3):
        if tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            return tok.tag_ in ("VBD", "VBZ", "VBP") and _modal(tok) is None
    return False


def _clause_of_its_own(h) -> str:
    """ "past" for a clause with a subject and a past tense of its own ("while rescuers struggled",
    "because Yemen had withdrawn"), "other" for one with another tense, "" for none."""
    if h.dep_ != "advcl" or not _finite_with_subject(h):
        return ""
    return "past" if tense(h) == "past" and _modal(h) is None else "other"


# Verbs by which a passive tells what is said or believed of its subject: "is said to have fled".
_HEARSAY_VERBS = frozenset("say report believe think understand know rumor rumour".split())


# Verbs of a claim or a charge: a perfect infinitive under them is told as done on someone's word
# ("the rebels claim to have shot down a helicopter", "he is alleged to have hit a cyclist").
_CLAIMING_VERBS = frozenset("claim allege suspect".split())


def _said_to_have(infinitive) -> bool:
    """A perfect infinitive under a passive verb of saying or believing ("is said to have fled to the
    hills", "were reported to have begun looting", "are believed to have died in the blast"), or of a
    claim (:func:`claimed_to_have`): told as done, by hearsay."""
    gov = infinitive.head
    return (
        _perfect(infinitive)
        and gov.lemma_.lower() in _HEARSAY_VERBS
        and any_child(gov, ("auxpass",))
        and not _negated(gov)
    ) or claimed_to_have(infinitive)


def claimed_to_have(infinitive) -> bool:
    """A perfect infinitive under a claim or a charge ("the rebels claim to have shot down a
    helicopter", "the group claimed to have carried out the attack", "he is alleged to have entered
    the room", "is suspected to have fled"): a past deed told on its claimant's word, reported (a
    perfect infinitive tells what is done by the time of the claim; not one denied: "did not claim
    to have won"; the active of "allege" and "suspect" takes a clause, not an infinitive, and a
    modal ("may claim to have") leaves the claim itself to come)."""
    if infinitive.dep_ != "xcomp" or infinitive.tag_ != "VBN" or not _perfect(infinitive):
        return False
    gov = infinitive.head
    lemma = gov.lemma_.lower()
    if lemma not in _CLAIMING_VERBS or gov.i > infinitive.i or _negated(gov) or _modal(gov) is not None:
        return False
    return lemma == "claim" or any_child(gov, ("auxpass",))


def _short_of(gov) -> bool:
    """Does the word an infinitive hangs on say it fell short of it: "not enough" ("the time was not
    enough to earn a medal") or "too" right before it ("too slow to catch the leaders")? Not
    "enough to earn a place", "was good enough to win"."""
    enough = _enough_of(gov)
    if enough is not None:
        return _negated(enough) or _negated(gov) or _negated(_verb_of_enough(enough))
    return gov.i > 0 and gov.doc[gov.i - 1].lower_ == "too" and gov.doc[gov.i - 1].head.i == gov.i


def _enough_in_the_past(gov) -> bool:
    """ "was enough to earn a place", "was good enough to win the cup": what it came to (not "is
    enough to feed 200 families", a capacity)."""
    enough = _enough_of(gov)
    if enough is None:
        return False
    verb = _verb_of_enough(enough)
    return verb.tag_ == "VBD" and not _negated(verb)


def _enough_of(gov):
    """ "enough" itself, or the "enough" of "good enough", or None."""
    if gov.lower_ == "enough":
        return gov
    return next((c for c in gov.children if c.lower_ == "enough" and c.dep_ == "advmod"), None)


def _verb_of_enough(enough):
    """The verb "enough" or "good enough" is said with: "was" of "was (good) enough"."""
    verb = enough.head
    while verb.dep_ in ("acomp", "advmod", "attr") and verb.head.i != verb.i:
        verb = verb.head
    return verb


# Infinitives that tell what a deed told in the past came to, not what it was for: "stunned the
# champions to reach the final", "bounced back to outshine its rival".
_OUTCOMES = frozenset(
    "reach outshine advance progress qualify become finish end equal set secure seal earn book top".split()
)


def _purpose_of_a_deed(infinitive) -> bool:
    """ "The ministry summoned the ambassador on Wednesday to lodge a complaint", "sent troops to the
    border to guard the polls on Sunday": the purpose of a deed the article tells as done, no
    happening of its own (GUIDELINES 1: purposes that did not happen yet), also in a perfect ("had
    summoned the ambassador on Wednesday to lodge a complaint", "has lodged a motion to block
    criticism at the forum on Tuesday"); not an outcome ("beat Lee to reach the final")."""
    verb = infinitive.head
    if infinitive.dep_ != "advcl" or not is_infinitive(infinitive) or verb.pos_ != "VERB" or verb.i > infinitive.i:
        return False
    if infinitive.lemma_.lower() in _OUTCOMES or won_by(infinitive):
        return False
    if took_time_to(verb, infinitive):
        return False  # "It took the jury four hours to convict him": the conviction happened
    if verb.tag_ == "VBN":
        auxes = children_with(verb, ("aux", "auxpass", "neg"))
        return bool(auxes) and all(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in auxes)
    return verb.tag_ == "VBD" and not any_child(verb, ("aux", "auxpass", "neg"))


# Nouns whose "that" clause is only possible ("the possibility that the plane was shot down"), and
# nouns whose clause is a claim: it stands, as reported, unless the claim is denied.
_POSSIBILITY_NOUNS = frozenset(
    "possibility chance likelihood risk prospect threat fear hope speculation rumour rumor suggestion "
    "idea notion hypothesis theory doubt expectation anticipation prediction forecast projection worry concern "
    # what someone believes or feels: "suffer the phobia that the whole world has deserted them"
    "belief illusion impression perception feeling sense suspicion assumption misconception myth delusion "
    "phobia paranoia dream".split()
)
_CLAIM_NOUNS = frozenset("claim allegation report accusation charge assertion".split())


# Adjectives that make the clause after "it is ... that" only possible ("it is possible that the
# fire was set"), likely or not.
_POSSIBLE = frozenset("possible conceivable likely unlikely probable improbable plausible".split())


# Adjectives of a belief, a hope or a fear: their clause is what someone holds, not a happening
# told ("confident that the offer will be approved", "optimistic that the talks will resume").
_BELIEVING = frozenset(
    "confident optimistic hopeful convinced sure certain pessimistic doubtful skeptical sceptical afraid "
    "fearful worried concerned".split()
)


def _irrealis_clause(clause, own_clause: str) -> bool:
    """A clause complement of a wish, a belief or a possibility ("wants ...", "it could be that the
    pilot lost control"), or a future or modal one of a hope or a fear held ("are optimistic that
    the talks will resume next week"; not a clause of its own under it: "confident it would win
    after the court dropped two charges")."""
    gov = clause.head
    if gov.lemma_.lower() in _IRREALIS_VERBS or _only_possible(gov):
        return True
    if _only_needed(gov) and tense(clause) != "past" and not _perfect(clause):
        return True  # (not "it is important that the talks resumed": they did, and it matters)
    return not own_clause and _believed(gov) and _modal(clause) is not None


def _believed(gov) -> bool:
    """The adjective of a belief, a hope or a fear its clause hangs on ("was highly confident the
    offer will be approved"), or the "be" whose complement it is where the parser hung the clause
    there ("officials are optimistic that the talks will resume")."""
    if gov.lower_ in _BELIEVING:
        return gov.dep_ in ("acomp", "amod", "ROOT", "ccomp", "conj", "advcl", "xcomp")
    if gov.lemma_.lower() not in ("be", "feel", "remain", "seem", "appear"):
        return False
    return any(c.lower_ in _BELIEVING for c in children_with(gov, ("acomp",)))


def _only_possible(gov) -> bool:
    """The "be" of "it could be that ...", "the reason may be that ...", "it is possible that ...",
    or the adjective itself where the parser hung the clause on it: what follows is a possibility,
    no happening told (GUIDELINES section 1: mere possibilities)."""
    if gov.pos_ == "ADJ":
        return gov.lemma_.lower() in _POSSIBLE
    if gov.lemma_.lower() != "be":
        return False
    if any(c.lower_ in ("could", "may", "might") for c in children_with(gov, ("aux",))):
        return True
    it = any(c.lower_ == "it" for c in children_with(gov, ("nsubj", "expl")))
    return it and any(c.lemma_.lower() in _POSSIBLE for c in children_with(gov, ("acomp",)))


# Adjectives that make the clause after "it is ... that" or "it is ... to" what someone holds needed or
# fitting ("it is essential that the government cuts taxes", "it is important to build more schools"):
# a norm or a wish, no happening told.
_NEEDED = frozenset(
    "important crucial essential necessary vital imperative urgent critical indispensable advisable desirable "
    "preferable appropriate inappropriate unacceptable".split()
)


def _only_needed(gov) -> bool:
    """The "be" of "it is essential that ...", "it is important that ...", or the adjective itself where
    the parser hung the clause on it: what follows, unless told in the past, is what someone holds
    needed, a norm or a wish, no happening told (GUIDELINES section 1: wishes, demands and calls)."""
    if gov.pos_ == "ADJ":
        return gov.lemma_.lower() in _NEEDED
    if gov.lemma_.lower() != "be":
        return False
    return any(c.lemma_.lower() in _NEEDED for c in children_with(gov, ("acomp",)))


# Adjectives whose to-infinitive this module reads (a need, a schedule or forecast, a deed told as
# done, an ease or an attitude): only those are looked for beside the "be" (not a misspelt participle
# the tagger took for one: "is expectd to result in ...").
_INFINITIVE_ADJECTIVES = (
    _NEEDED
    | _SET_FOR
    | _DONE_AS_TOLD
    | frozenset(
        "difficult hard easy possible impossible premature early eager reluctant willing unwilling keen "
        "anxious determined free".split()
    )
)


def _copula_adjective(infinitive):
    """The adjective a to-infinitive belongs to where the parser hung it on the "be" beside it ("it is
    crucial for the cities to plan their supply now", "it is important to build more schools this
    year": the infinitive is the adjective's, as in "necessary to reduce the deficit"), or None."""
    be = infinitive.head
    if infinitive.dep_ not in ("xcomp", "advcl") or be.lemma_.lower() != "be" or be.i > infinitive.i:
        return None
    return next(
        (
            c
            for c in children_with(be, ("acomp",))
            if c.pos_ == "ADJ" and c.i < infinitive.i and c.lemma_.lower() in _INFINITIVE_ADJECTIVES
        ),
        None,
    )


def _asked(clause) -> bool:
    """A clause complement that asks ("it is unclear whether he was shot", "asked if the talks had
    failed"): a question, nothing told as done."""
    return clause.dep_ in ("ccomp", "csubj") and any(
        c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in clause.children
    )


# Verbs that tell how or why something happened: their "how" clause is told as done.
_TELLING_HOW = frozenset("describe explain tell recount recall show reveal detail narrate see watch witness".split())


_WH = frozenset("how when where what which who whom whose".split())


def _asks_how(verb) -> bool:
    """A clause in the future or the present that names a way or a reason as a topic ("will decide
    exactly how Chile will take part", "to study how the new rules should apply"), no happening
    told; not one in the past, which takes the happening as known ("why the plane crashed"), nor
    what a telling verb tells ("describes how the gunmen will storm the bank")."""
    if tense(verb) == "past" and not any(c.lower_ in MODAL_AUXILIARIES for c in children_with(verb, ("aux",))):
        return False
    if verb.head.i == verb.i or verb.head.lemma_.lower() in _TELLING_HOW:
        return False
    first = subtree_indices(verb)[0]
    t = tables(verb.doc)
    deps, lower = t.deps, lowered(verb.doc)
    if verb.dep_ == "advcl":
        # "it remains unclear when the ferry will resume": a time clause takes no "will", this asks
        # (not "in two weeks, when she will open the bridge": a time told)
        return (
            lower[first] in ("when", "where")
            and first > 0
            and verb.doc[first - 1].pos_ in ("ADJ", "VERB", "AUX")
            and any(deps[c] == "aux" and lower[c] in _FUTURE for c in t.children[verb.i])
        )
    if verb.dep_ not in ("ccomp", "pobj", "pcomp", "dobj", "csubj", "nsubj", "conj"):
        return False
    if any(deps[c] == "advmod" and lower[c] in ("how", "why") and c <= first + 1 for c in t.children[verb.i]):
        return True
    # "how long the talks will last", "how much money will be spent", "where the school will be
    # built", "which candidate will take over": a wh-word opens the clause, which asks
    return lower[first] in _WH and verb.doc[first].tag_ in ("WRB", "WP", "WDT", "WP$")


# Subjects of "be" whose to-infinitive says what they are, not what someone is to do: "our goal is
# to win the league", "the first step is to restore order", "what remains is to supervise them".
_AIMS = frozenset(
    "aim goal objective purpose target task step priority plan idea intention mission job challenge problem "
    "point solution way answer option need duty role thing focus key hope wish dream ambition strategy "
    "policy approach measure move effort desire response reason result effect what whatever all it this that".split()
)


def _is_to(be) -> bool:
    """The "be" of "X is to do", "X was to do": an arrangement or a fate told of X ("the minister is to
    visit Beijing", "who was to become chairman"); not an aim ("our goal is to win"), what is still
    awaited ("is yet to decide"), a condition ("if peace is to last", "were they to win") nor a
    possibility ("could be to")."""
    if be.lemma_.lower() != "be" or be.dep_ in ("advcl", "csubj") or _modal(be):
        return False
    subj = children_with(be, ("nsubj", "nsubjpass"))
    if not subj or any(s.lemma_.lower() in _AIMS or s.lower_ in _AIMS for s in subj):
        return False
    if not any(_someone_named(s) for s in subj):
        return False  # "careful fiscal management is to mitigate that risk", "the runners-up are to take the berths"
    return not any(
        c.dep_ == "mark" and c.lower_ in _CONDITIONAL_MARKS or c.dep_ == "advmod" and c.lower_ in ("yet", "how")
        for c in be.children
    )


def _someone_named(subj) -> bool:
    """A subject that names who or what it is ("Tanzania", "President Ahmadinejad", "a building in
    Dublin", "10 US lawmakers", "the Egyptian president", "they", "Senator Levin, who"), not a kind
    or a role ("the runners-up")."""
    if subj.tag_ == "PRP":
        return True  # (not "it": an aim, see _AIMS)
    if subj.tag_ == "WP" and subj.head.dep_ == "relcl":
        subj = subj.head.head  # "who": the noun the clause tells of
    ents = tables(subj.doc).ents
    return any(t.pos_ == "PROPN" or ents[t.i] in _NAMED for t in subj.subtree)


_NAMED = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def _arranged(verb) -> bool:
    """A to-infinitive under "X is to": what is arranged ("the company is to become part of the
    group", "prices are to rise in April"), no forecast."""
    return verb.dep_ == "xcomp" and is_infinitive(verb) and _is_to(verb.head)


def _used_to_do(verb) -> bool:
    """ "used tear gas to disperse the crowd", "shuttle buses were used to carry passengers": a means
    told as used, in the past, for what it did; not the habit of "prices used to rise", a career
    ("has used his findings to reach results"), nor "could be used to supply", "was not used to"."""
    if verb.lemma_.lower() != "use" or tense(verb) != "past" or _perfect(verb) or _modal(verb) or _negated(verb):
        return False
    return any_child(verb, ("dobj", "auxpass"))


def _going_to(verb) -> bool:
    """ "is going to" before an infinitive in a main clause: the future of a plan."""
    return verb.lemma_.lower() == "go" and _progressive(verb) and verb.dep_ not in ("relcl", "acl")


def _whose_content(clause):
    """The noun whose content a clause tells: "the possibility that the dam burst", "fears the dam
    had burst"; with a gerund and its subject after "of", "the possibility of the dam bursting",
    "the risk of the virus spreading to humans" (however the parser hung it); None for none."""
    if clause.dep_ in ("acl", "relcl", "ccomp") and not is_infinitive(clause):
        # "on the sale of reserves and expectations that OPEC will raise output": a noun of a
        # possibility or a claim right before "that", which the parser made a conjunct of another
        # noun, its clause hung on that noun or on the main verb
        first = clause.left_edge
        before = clause.doc[first.i - 1] if first.i > 0 else None
        if before is not None and first.lower_ == "that" and first.dep_ == "mark" and _content_noun(before):
            return before
    if clause.dep_ in ("acl", "ccomp") and clause.head.pos_ == "NOUN" and not is_infinitive(clause):
        return clause.head
    if clause.dep_ == "ccomp" and not is_infinitive(clause):
        # "suffer the phobia that the world has deserted them": the noun's clause hung on its verb
        first = clause.left_edge
        for obj in children_with(clause.head, ("dobj",)):
            if obj.right_edge.i + 1 == first.i and first.lower_ == "that":
                return obj
    if clause.tag_ != "VBG":
        return None
    if clause.dep_ == "pcomp" and clause.head.lower_ == "of":
        return clause.head.head  # "the possibility of the dam bursting"
    if clause.dep_ == "acl" and clause.head.dep_ == "pobj" and clause.head.head.lower_ == "of":
        return clause.head.head.head  # "the risk of the virus spreading", the virus its object
    return None


def _content_noun(tok) -> bool:
    """A noun whose "that" clause is its content: a possibility or a claim ("expectations", "reports")."""
    if tok.pos_ != "NOUN":
        return False
    lemma = tok.lemma_.lower()
    return lemma in _POSSIBILITY_NOUNS or lemma in _CLAIM_NOUNS


def _content_of_a_noun(noun) -> Factuality | None:
    """What a noun's clause is: "negated" when the claim or possibility is denied or ruled out
    ("ruled out the possibility that the aircraft was shot down", "denied claims that soldiers had
    killed civilians"), "hypothetical" for a possibility not denied ("fears that the dam had
    burst"), None for a claim that stands."""
    lemma = noun.lemma_.lower()
    if lemma not in _POSSIBILITY_NOUNS and lemma not in _CLAIM_NOUNS:
        return None
    gov = noun.head
    denied = noun.dep_ in ("dobj", "nsubjpass") and (
        gov.lemma_.lower() in _DENYING_VERBS
        or gov.lemma_.lower() == "rule"
        and any(c.lower_ == "out" for c in children_with(gov, ("prt",)))
    )
    if denied:
        return "negated"
    return "hypothetical" if lemma in _POSSIBILITY_NOUNS else None


def _not_yet(chain, mood: str | None) -> bool:
    """A clause that tells a condition or what waits on one: "if they attack", "until Iran agrees
    to suspend" (not yet), "the party would win if elections were held now" (on a condition)."""
    if chain:
        t = tables(chain[0].doc)
        deps, children, lower = t.deps, t.children, lowered(chain[0].doc)
    for h in chain:
        for c in children[h.i]:
            if deps[c] == "mark" and (lower[c] in _CONDITIONAL_MARKS or lower[c] in _AWAITED and _simple_present(h)):
                return True
    return bool(mood or _simple_present(chain[-1])) and any(_conditioned(h) for h in chain)


def _governed_or_awaited(head, chain: list, *, dated: bool, past: bool) -> Factuality | None:
    """:func:`_governed`, and "hypothetical" for a plan inside a condition or overtaken, or for a
    time a plan waits for, none of them a happening."""
    governed = _governed(head, dated, past=past)
    if governed in ("negated", "hypothetical"):
        return governed
    if governed == "planned" and ((not dated and _plan_under_a_condition(head)) or _plan_given_up(head)):
        # "if the father shows up and decides to go and ring the doorbell": what a condition's plan
        # plans (not a happening its own time sets: "to face Kohl in next year's elections"); "the
        # offer had been due to expire Friday", "had been expected to present its resolution on
        # Wednesday, but ...": a schedule overtaken, no happening
        return "hypothetical"
    if not dated and _awaited_time(chain):
        # "would travel to the United States after the custody battle has been decided": a time
        # still to come that a forecast or a plan waits for, no happening of its own
        return "hypothetical"
    return governed


def _plan_under_a_condition(head) -> bool:
    """A to-infinitive read as planned whose plan lies in an "if" or "unless" clause ("if the father
    shows up and decides to go and ring the doorbell"): the clause that :func:`_not_yet` reads for
    the plan's own verb, reached through the infinitive and the conjuncts."""
    for h in [head, *governors(head)]:
        if h.dep_ == "advcl":
            return _an_if_clause(h)
        if h.dep_ not in ("conj", "xcomp"):
            return False
    return False


# Schedules and expectations whose past perfect or "originally" says they were overtaken ("had
# been due to expire Friday", "was originally scheduled to open in May").
_OVERTAKEN_SCHEDULES = frozenset("set due schedule scheduled slate slated expect expected supposed".split())
_ONCE_PLANNED = frozenset("originally initially previously".split())


def _plan_given_up(head) -> bool:
    """A to-infinitive under a schedule told in the past perfect or as first planned ("the offer had
    been due to expire Friday", "Denmark had been expected to present its resolution on Wednesday",
    "was originally scheduled to be completed this month"): a plan overtaken, told as such (the
    guidelines' superseded plans; not "is due to arrive", "was set to cross later in the day")."""
    for h in [head, *governors(head)]:
        if h.dep_ == "xcomp" and is_infinitive(h):
            gov = h.head
            if gov.lemma_.lower() not in _OVERTAKEN_SCHEDULES and gov.lower_ not in _OVERTAKEN_SCHEDULES:
                return False
            verb = gov.head if gov.dep_ == "acomp" else gov
            auxes = [c.lower_ for c in children_with(verb, ("aux", "auxpass"))]
            if ("had" in auxes and "been" in auxes) or (verb.lower_ == "been" and "had" in auxes):
                return True
            return any(c.dep_ == "advmod" and c.lower_ in _ONCE_PLANNED for c in (*gov.children, *verb.children))
        if h.dep_ != "conj":
            return False
    return False


# Conjunctions of a time still to come when their clause is in the present perfect under a plan or
# a forecast ("would travel after the battle has been decided", "until confidence has been built").
_AWAITED_UNDER_A_PLAN = _AWAITED | {"after", "before", "when"}


def _awaited_time(chain) -> bool:
    """A clause of time in the present perfect hung on a verb told as future or modal ("would
    travel to the United States to bring his son home after the custody battle has been decided in
    the courts", "talks should continue until confidence has been built"): the time a plan or
    forecast waits for, no happening told."""
    verb = chain[-1]
    if verb.dep_ != "advcl" or not any(
        (m.dep_ == "mark" or (m.dep_ == "advmod" and m.lower_ == "when")) and m.lower_ in _AWAITED_UNDER_A_PLAN
        for m in verb.children
    ):
        return False
    # (the present perfect only: a simple present there is as often a happening set for its own
    # time, "when England announces its squad later this week")
    auxes = children_with(verb, ("aux", "auxpass"))
    if verb.tag_ != "VBN" or not any(a.lower_ in ("has", "have") for a in auxes):
        return False
    below = verb
    for h in governors(verb):
        if _modal(h) or (below.dep_ == "xcomp" and h.lemma_.lower() in PLAN_VERBS):
            return True  # "will", "would", "should", "could" ...; "is expected to be demolished"
        below = h
        if not (h.dep_ == "conj" or (h.dep_ in ("xcomp", "advcl") and is_infinitive(h))):
            return False  # (through "to bring his son home" to "would travel")
    return False


def _conditioned(verb) -> bool:
    """A clause under a condition of its own: an "if" or "unless" clause hangs on it ("would be
    elected if elections were held now"); not "even if", "as if"."""
    return any(_an_if_clause(c) for c in children_with(verb, ("advcl",)))


def _an_if_clause(clause) -> bool:
    """Does this clause open with "if" or "unless" (not "even if", "as if")?"""
    return any(
        m.dep_ == "mark" and m.lower_ in ("if", "unless") and (m.i == 0 or m.doc[m.i - 1].lower_ not in ("even", "as"))
        for m in clause.children
    )


def _finite_with_subject(verb) -> bool:
    """A clause with a subject and a tensed verb of its own ("since Britain seized the territory")."""
    finite = verb.tag_ in ("VBD", "VBZ", "VBP") or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ", "VBP", "MD") for c in verb.children
    )
    return finite and any_child(verb, ("nsubj", "nsubjpass", "expl"))


def _presupposed(noun) -> bool:
    """An event noun a relative clause names by a named possessor ("Gough, who opted out of
    England's tour of Pakistan", "the town, which was the scene of killings during Bosnia's war"): a
    known happening taken as given, whatever the clause describes (not "which played a role in
    the strike", "who sustained a wound during their operation": most often the story's own
    happening again)."""
    return noun.pos_ == "NOUN" and any(c.pos_ == "PROPN" for c in children_with(noun, ("poss",)))


def _description(trigger, head, *, dated: bool, headline: bool, quoted: bool) -> Factuality | None:
    """A clause that describes a situation, a state or an opinion rather than tells a happening
    (or a fragment that tells nothing): its factuality; None for a happening."""
    if _polls_answer(head) or head is trigger and _anonymity_asked(head):
        # "16 percent said they had moved their parents": a poll's finding; "an official, who asked
        # not to be named, said": how the source is quoted
        return "generic"
    if (
        _progressive(head)
        and not _operation_going_on(trigger, head)
        and (
            head is trigger
            and (head.lemma_.lower() in EFFORT_VERBS or _standing_now(head))
            or _inquiry_going_on(trigger, head)
            or not dated
            and (not _going_on_now(head) or quoted and not _news_going_on(head))
        )
    ):
        # (an operation of a specific doer is a row: _operation_going_on)
        # "are working on a solution", "is currently working to finalize ...": an effort going on;
        # "is still seeking recognition", "is currently serving a jail term": a state kept;
        # "is seeking to reduce", "were waiting for accession": going on, a state of affairs; "“We are
        # doing our best,” he said": rhetoric (not "“We are negotiating with the rebels,” he said")
        return "generic"
    # "anyone who continued selling the eggs": the relative clause is the course verb's
    rel = head.head if _begun(head) and head.head.dep_ == "relcl" else head
    if (
        rel.dep_ == "relcl"
        and not dated
        and not (rel is trigger and _told_aside(rel))
        and not _content_misread(rel)
        and not (is_infinitive(rel) and ranked(rel.head))
        and (_background_tense(rel) and not _kind_done(rel) or _described_by(rel) or _object_gap(rel))
        and not (head is not trigger and _presupposed(trigger))
        and not (rel is trigger and _done_recently(rel))
    ):
        # "where many evacuees have gone", "which has led to this hearing": a description (not "the
        # only rider to have finished the course": one who did it, told by its rank)
        return "generic"
    # a dated participle on a noun tells what its noun did: "ministers, meeting in Brussels on Tuesday, ..."
    if (
        head is trigger
        and _nonfinite_fragment(head)
        and not (dated and head.dep_ == "acl" and not _state_of_a_noun(head))
    ):
        return "hypothetical"
    if head is not trigger and not dated and _gerund_aim(head):
        return "hypothetical"  # "obstacles to holding the meeting", "Holding up a deal is ...": no more than an aim
    if head is trigger and (head.dep_ in ("csubj", "csubjpass") or _free_relative(head) or _stranded_preposition(head)):
        return "generic"  # "What is happening today is the writing of a history": a description
    if head is trigger and (_stative(head, dated) or _awaiting(head) or _age_reached(head)):
        return "generic"
    if head is trigger and (
        _linked_state(head)
        or _standing_harmed(head)
        or not dated
        and (_effect_told(head) or _beset(head) or _characterized_by(head) or _course_of_relations(head))
    ):
        # "the questions looked simple", "the agency stood ready to help": how it was; "the sale
        # exceeded the target", "the policy has proven effective": what a happening brought, weighed
        return "generic"
    if head is trigger and (
        _plays_a_part(head) or _hard_effort(head) or _near_miss(head) or not dated and (_becomes(head) or _light(head))
    ):
        # "became the man of the night", "made history", "used his forearms to shove him"; "have
        # worked hard to spot any sign of the disease": an effort, not a thing done; "went close with
        # a header", "hit the bar": a chance missed
        return "generic"
    if head is trigger and not dated and (_pundits_view(head) or _text_covers(head)):
        # "Analysts have detected in the dispute ...", "critics say": a view, no happening; "The OECD
        # paper examined the rise in house prices", "The agreement states that ...": what a text holds
        return "generic"
    if head is trigger and (
        _holds_a_role(head)
        or _scene_or_judgment(head)
        or _held_for_years(head)
        or _kept_over_a_span(head)
        or _named_so(head)
        or _name_given(head)
        or not dated
        and (
            _comes_from(head)
            or _time_spent(head)
            or _witnessed_by_a_place(head)
            or _with_going_on(head)
            or _ties_kept(head)
        )
    ):
        # "served as ambassador", "chaired the committee", "ruled the country between 1982 and 1990",
        # "has been divided since 1974", "the lawyers came from Sarajevo", "has spent most of his time
        # traveling", "Fallujah has witnessed frequent attacks": a role, a lasting state, an origin;
        # "with the bowlers pressing, he looked uneasy": the circumstances of the clause; "a frustrating
        # day ended when ...", "created quite a stir": time passing, a scene, a judgment
        return "generic"
    if _share_of(head) or head is trigger and what_a_text_does(head):
        # "Sunnis make up 20 percent of the population", "accounting for a fifth of it", "toys make
        # up a large proportion of the imports" (whatever noun of it was read as the trigger); "a
        # report attacking the minister", "an agreement defining their relations": a text's content
        return "generic"
    if head is trigger and (_tally(head) or _put_at_a_figure(head) or not dated and _summed_so_far(head)):
        # "Losers led gainers 419 to 389 while 322 counters traded unchanged": a count, no move; "the
        # cost was put at 8.9 billion marks": an estimate; "the virus has so far killed 14 people",
        # "has so far refused to ratify": a tally, a stance
        return "generic"
    if (
        head is trigger
        and not dated
        and (head.lemma_.lower() in PSYCH_VERBS | RELATION_VERBS or _contributes_to(head))
        and not _by_doing(head)
    ):
        # "they detested it", "investments reflected an improving climate", "was deeply anguished
        # by the incident" (not "angered Democrats by voting to appoint ...": the vote is told there)
        return "generic"
    if (
        not headline
        and not dated
        and _simple_present(head)
        and not _speech_like(head)
        and _its_own_or_carried(trigger, head)
        and not (head is trigger and not quoted and _stance_taken(head))
    ):
        # "prices usually fall in winter", "the region, which is divided between ...", "companies
        # conduct transactions via a data centre": how things go, no happening
        return "generic"
    if quoted and (not _narrated(head) or head is trigger and _state_of_mind(head)):
        # opinion and rhetoric inside a quotation; a state of mind told in one: "“We guessed it was a
        # landslide”", "“we soon calmed down”", "“I tried my best”"
        return "generic"
    if _habitual(head):
        return "generic"  # "talks were held regularly", "each year 20 storms sweep in": a habit
    if not dated and any(c.lower_ in _AGAIN_AND_AGAIN for c in children_with(head, ("advmod",))):
        return "generic"  # "has repeatedly promised", "have long expressed concern": a stance kept, no one day
    return None


# Verbs by which a party takes a position on a matter in the present ("Venezuela opposes the FTAA",
# "the group objects to the rules", "Argentina condemns the assassination"): a stance told as the
# party's own, which the guidelines list (a row dated as its sentence is, often none), unlike how
# things go ("prices fall in winter"). Not "refuse": "Hamas refuses to recognize Israel" is a
# standing position, no row (GUIDELINES, adjudication); nor "call for", as much what a text or a
# set of goals lays down as a call made ("the MDGs call for ...", "Resolution 425 calls for ..."),
# and a text's name reads as a party's.
_STANCE_VERBS = frozenset(
    "oppose support back reject welcome condemn denounce deplore demand object favor favour".split()
)
# Subjects that stand for a text's content rather than a party ("the plan backs ...", "the
# programme supports ...").
_CONTENT_SUBJECTS = frozenset("plan program programme proposal text draft package scheme initiative".split())


def _stance_taken(verb) -> bool:
    """A simple present by which a party takes a position ("Venezuela opposes the FTAA", "the
    pilots' union objects to the new rosters"), told by the article in its own main clause or first,
    ahead of who says it (what a speaker says a party supports is the speaker's statement's row; the
    caller leaves quotations out for the same reason): the party is a name or a definite body, not a
    text ("the declaration welcomes the talks": what it lays down), nor people in general ("many
    voters oppose it", "farmers back the plan")."""
    if verb.lemma_.lower() not in _STANCE_VERBS or verb.tag_ not in ("VBZ", "VBP"):
        return False
    fronted = verb.dep_ == "ccomp" and verb.head.dep_ == "ROOT" and verb.i < verb.head.i
    if not (fronted or verb.dep_ == "ROOT" or verb.dep_ == "conj" and verb.head.dep_ == "ROOT"):
        # "told reporters that the EU firmly supports the resolution": the statement is the row;
        # "misled us when he said the pope favors ...": a claim told inside another clause (not
        # "The ministry condemns the attack, officials said": the news told first)
        return False
    subjects = children_with(verb, ("nsubj",))
    if len(subjects) != 1:
        return False
    subj = subjects[0]
    if subj.tag_ == "PRP":
        return subj.lower_ in ("he", "she", "they")
    noun = subj.lemma_.lower()
    if noun in _SAYING_TEXTS or noun in _CONTENT_SUBJECTS or noun in DOCUMENT_NOUNS:
        return False
    if subj.pos_ == "PROPN":
        return True
    if subj.pos_ != "NOUN" or any(c.lower_ in _IN_GENERAL for c in children_with(subj, ("det", "amod", "advmod"))):
        return False
    # a definite body ("the government", "the rebels", "Turkey's ruling party"), not a bare plural
    return any(c.dep_ == "poss" or c.lower_ in DEFINITE_DETERMINERS for c in children_with(subj, ("det", "poss")))


# Verbs by which a source asks to stay unnamed, and the words for being named.
_ASKING = frozenset("ask request decline refuse prefer want wish demand insist".split())
_NAMING = frozenset("name identify quote cite".split())


def _on_condition_of_anonymity(verb) -> bool:
    """ "the official spoke on condition of anonymity": how the source was quoted."""
    if verb.lemma_.lower() not in ("speak", "talk"):
        return False
    return any(
        p.dep_ == "prep"
        and p.lower_ == "on"
        and any(
            n.lemma_.lower() == "condition" and any(t.lemma_.lower() == "anonymity" for t in n.subtree)
            for n in p.children
        )
        for p in verb.children
    )


def _anonymity_asked(verb) -> bool:
    """A source that asks not to be named ("an official, who asked not to be named", "declined to be
    identified", "requested anonymity"): how the article quotes its source, no happening
    (GUIDELINES section 1: bylines and editor's notes are no rows either)."""
    if _on_condition_of_anonymity(verb):
        return True
    if verb.lemma_.lower() not in _ASKING:
        return False
    for c in verb.children:
        if c.dep_ == "dobj" and c.lemma_.lower() in ("anonymity", "identification"):
            return True  # "requested anonymity", "refused identification"
        if c.dep_ == "xcomp" and c.lemma_.lower() in _NAMING and any_child(c, ("auxpass",)):
            return True
    return False


# Verbs that give a happening its time: "a trip scheduled for June", "the vote, set for Friday".
_SCHEDULING = frozenset("schedule set slate plan fix".split())


def _schedule_of_a_noun(verb) -> bool:
    """A participle or a passive relative clause that gives its noun a time ("talks scheduled for May
    12", "the visit, which had been set for May", "a motion scheduled for debate later in the day"):
    the plan of what its noun names, not a fact told of the day (the noun is often no row of its
    own: "meant to prepare talks scheduled for May 12"); not a main clause ("the vote is set for
    Friday"), nor what someone set ("a fire set by arsonists")."""
    if verb.lemma_.lower() not in _SCHEDULING or verb.dep_ not in ("acl", "relcl"):
        return False
    if verb.tag_ not in ("VBN", "VBD") or any_child(verb, ("agent", "nsubj", "dobj")):
        return False
    return any(c.lower_ == "for" for c in children_with(verb, ("prep",)))


# Verbs of feeling and judging: what they tell is an attitude, not a happening.
PSYCH_VERBS = frozenset(
    "detest despise admire adore resent regret impress frustrate disappoint delight please upset annoy "
    "irritate worry bother amaze astonish embarrass relish cherish envy pity anguish sadden shock grieve "
    "distress dismay horrify appal appall outrage anger infuriate enrage mystify puzzle baffle perplex "
    "bewilder dread".split()
)


# Verbs of a state of mind: what one knew, wanted or feared took place nowhere.
_MINDS = PSYCH_VERBS | frozenset(
    "know think believe feel want wish like love hate prefer hope fear expect doubt suppose imagine assume "
    "trust understand remember forget mean need seem appear".split()
)


# What a speaker thought, felt or strove for, told in a quotation: a state of mind, no happening a
# chronology lists ("“We guessed it was a landslide”", "“we soon calmed down”", "“We focused on
# playing inside”").
_MINDING = frozenset("guess think suppose imagine reckon wonder calm panic relax despair focus concentrate".split())
# Efforts told as such: "tried our best", "did my utmost".
_UTMOST = frozenset("best utmost".split())
# What a mind keeps or loses: "that boosted our morale", "I lost all respect for the guy".
_MIND_NOUNS = frozenset("morale respect confidence composure nerve heart hope patience spirit".split())


def _state_of_mind(verb) -> bool:
    """A quoted clause that tells what its speaker thought, felt or strove for ("We guessed it was a
    landslide", "we soon calmed down", "I told myself we can get out", "that boosted our morale",
    "I lost all respect for the guy", "We tried our best"), not what was done."""
    lemma = verb.lemma_.lower()
    if lemma in _MINDING:
        return True
    objects = children_with(verb, ("dobj", "dative"))
    if lemma == "tell" and any(o.lower_.endswith(("self", "selves")) for o in objects):
        return True  # "I told myself ..."
    return any(o.lower_ in _UTMOST or o.lemma_.lower() in _MIND_NOUNS for o in objects)  # ("best": lemma "good")


def _contributes_to(verb) -> bool:
    """ "the Aygo and the Corolla contributed to a sales increase", "would contribute greatly to
    development": a part in bringing something about, an explanation; not a thing given
    ("pledged to contribute 100 million baht to a regional fund")."""
    return (
        verb.lemma_.lower() == "contribute"
        and not any_child(verb, ("dobj", "nsubjpass"))
        and any(c.lower_ == "to" for c in children_with(verb, ("prep",)))
    )


# Verbs that relate one state of affairs to another: an explanation, not a happening
# ("investments reflected an improving climate", "exports benefited from quotas").
RELATION_VERBS = frozenset(
    "reflect result stem derive benefit underline underscore demonstrate illustrate symbolize "
    "epitomize exemplify typify mirror".split()
)


# Light verbs: with no event noun to carry (those hand over: triggers.SUPPORT_VERBS) and no date of
# their own, what they say is a manner, a means or an idiom ("made history", "used his forearms").
_LIGHT = frozenset("make get do use".split())


def _light(verb) -> bool:
    return (
        verb.pos_ == "VERB"
        and verb.lemma_.lower() in _LIGHT
        and not any_child(verb, ("prt",))
        and not _got_under_way(verb)
    )


def _got_under_way(verb) -> bool:
    """ "the examination got underway", "the hajj got under way": a start of what its subject names,
    no light verb (not an inquiry's, "the investigation got underway", nothing found or done yet;
    nor with no subject the parse tells, whose row would name nothing)."""
    subjects = children_with(verb, ("nsubj",))
    if verb.lemma_.lower() != "get" or not subjects or subjects[0].lemma_.lower() in _INQUIRIES:
        return False
    for c in verb.children:
        if c.lower_ == "underway":
            return True  # (an adverb, or the complement of "get" it is often read as)
        if c.dep_ == "prep" and c.lower_ == "under" and any(g.lower_ == "way" for g in c.children):
            return True
    return False


_SHARES = frozenset("percent % fifth third quarter half share bulk majority fraction proportion tenth".split())


# Verbs of judging and foreseeing, and the unnamed commentators whose views they tell.
_VIEW_VERBS = frozenset(
    "predict believe think expect fear suspect detect see feel consider doubt reckon say warn".split()
)
_PUNDITS = frozenset(
    "analyst expert critic observer watcher economist commentator pundit strategist trader dealer".split()
)


def _pundits_view(verb) -> bool:
    """ "Analysts have detected in the dispute Moscow's disapproval", "critics say": what unnamed
    commentators think. Not what market commentators said on the story's day ("Traders said the
    market was likely taking a pause", GUIDELINES, ninth batch: unnamed traders' remarks are rows):
    a statement, whose row :func:`timeline.extract.events._statement` keeps when its clause is a
    view and no happening of its own."""
    lemma = verb.lemma_.lower()
    if lemma == "say" and verb.tag_ == "VBD" and not any_child(verb, ("aux",)):
        return False
    return lemma in _VIEW_VERBS and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in _PUNDITS and c.tag_ == "NNS" for c in verb.children
    )


# Verbs that tell the post someone holds ("served as ambassador", "acted as mediator") with "as".
_ROLE_AS = frozenset("serve act work function".split())
# Verbs that tell what body someone heads ("chaired the committee", "headed the bank"): a post, not a
# happening, unless what is chaired is one ("chaired the meeting").
_HEADING = frozenset("chair head captain coach edit govern preside".split())


def _by_doing(verb) -> bool:
    """ "by voting Thursday to ...": the happening that brought the feeling about, told in its clause."""
    return any(
        c.dep_ == "prep" and c.lower_ == "by" and any(g.tag_ == "VBG" for g in children_with(c, ("pcomp",)))
        for c in verb.children
    )


# What a post or a mandate is served for: "served two terms", "served a stint as coach".
_TERMS_SERVED = frozenset("term stint tenure mandate".split())


def _holds_a_role(verb) -> bool:
    """A post held: "served as ambassador for four years", "chaired the agriculture committee",
    "presided over the commission", "is running the government by decree", "is serving a life
    sentence"; not "chaired the talks" nor "headed for the border"."""
    lemma = verb.lemma_.lower()
    if lemma == "serve" and verb.tag_ == "VBG" and any_child(verb, ("aux",)):
        # "is serving a life sentence", "was serving his second term": a term being served, a state
        return any(c.lemma_.lower() in ("sentence", "term") for c in children_with(verb, ("dobj",)))
    if lemma == "serve" and any(c.lemma_.lower() in _TERMS_SERVED for c in children_with(verb, ("dobj",))):
        # "has served two four-year terms", "served a single term in the senate", "served two stints
        # as coach": a post held over a span of years, its count (the election, the swearing-in, the
        # start or the end of the term are rows of their own words)
        return True
    if lemma in _ROLE_AS:
        return any(c.lower_ == "as" for c in children_with(verb, ("prep",))) and not any(
            c.dep_ == "dobj" for c in verb.children
        )
    if lemma == "run":
        # "is now running the government by decree", "ran the family firm": the body one heads
        return any(c.lemma_.lower() in _RUN_BODIES for c in children_with(verb, ("dobj",)))
    if lemma not in _HEADING:
        return False
    bodies = children_with(verb, ("dobj",))
    if _put_ahead(verb, bodies):
        return False  # "headed Leeds ahead", "headed his side in front": a goal scored with the head
    bodies += [
        g for c in verb.children if c.dep_ == "prep" and c.lower_ == "over" for g in c.children if g.dep_ == "pobj"
    ]
    return bool(bodies) and not any(_event_like(b) or b.lemma_.lower() == "delegation" for b in bodies)


# Where a side is put by a goal ("headed Leeds ahead", "headed them level"), or the ball ("headed home
# a cross", "headed in the rebound")
_AHEAD = frozenset("ahead level clear home".split())


def _put_ahead(verb, objects: list) -> bool:
    """Does "head" put its object ahead, level or in front, or the ball home or in: a header scored,
    not a body headed ("headed the committee")? (The parser may read "level" as the object: "headed
    City level".)"""
    if any(o.lower_ == "level" for o in objects):
        return True
    for tok in [*verb.children, *(g for o in objects for g in o.children)]:
        if tok.dep_ in ("advmod", "npadvmod", "prt", "acomp", "oprd") and tok.lower_ in _AHEAD:
            return True
        if tok.dep_ == "prt" and tok.lower_ == "in":
            return True
        if tok.dep_ == "prep" and tok.lower_ == "in" and any(g.lower_ == "front" for g in tok.children):
            return True
    return False


# Bodies one runs as their head (not "ran a story", "ran the risk", "ran a red light").
_RUN_BODIES = frozenset(
    "government country state administration ministry department company firm business bank team club "
    "party city province region cabinet agency office".split()
)


# Verbs of a rule, a post, a hold or a condition kept: over years, a lasting state, no happening
# (GUIDELINES section 1: "rebels held the city for four years").
_HELD = frozenset(
    "rule govern reign serve lead run head chair coach captain play live reside stay occupy hold control "
    "dominate divide wrack plague ravage close shut ban exile imprison jail detain work teach study".split()
)
_YEARS = frozenset("year decade century".split())


def _with_going_on(verb) -> bool:
    """A present participle with its subject after "with" that tells a state of things around the
    clause's happening ("with the bowlers pressing", "with 29 stocks rising", "with 26 percent
    residing in towns", "with their side trailing by 75 runs"): its circumstances, no happening of
    its own; not one that does something to something or moves by a figure ("with Japan taking the
    remaining golds", "with the index rising 9.25 points", "with the agency issuing a warning")."""
    if verb.tag_ != "VBG":
        return False
    absolute = (
        verb.dep_ == "pcomp"
        and verb.head.lower_ == "with"
        or verb.dep_ == "advcl"
        and any(c.lower_ == "with" for c in children_with(verb, ("mark",)))
    )
    subjects = children_with(verb, ("nsubj",))
    if not (absolute and subjects):
        return False
    if any_child(verb, ("dobj", "ccomp", "xcomp", "attr", "dative", "oprd")):
        return False
    if verb.lemma_.lower() in _MARGINS:
        return True  # "trailing by 75 runs", "leading by two goals": a score as it stood
    subject = {t.i for c in subjects for t in c.subtree}
    return not any(t.like_num for t in verb.subtree if t.i not in subject)


# Verbs of how a side stood against another: a score, no happening.
_MARGINS = frozenset("trail lead".split())


def _named_so(verb) -> bool:
    """A passive that gives its subject's name ("the new firm will be called Northern Rail", "the
    bridge is known as the Golden Gate"): a name, no happening; not a call someone made ("the
    strike was called by the union"), nor an appointment ("was named minister")."""
    t = tables(verb.doc)
    deps, kids = t.deps, t.children[verb.i]  # indices: no Token made for each child
    if not any(deps[c] == "auxpass" for c in kids) or any(deps[c] == "agent" for c in kids):
        return False
    lemma = verb.lemma_.lower()
    if lemma == "call":
        return any(deps[c] in ("oprd", "attr") for c in kids)
    lower = lowered(verb.doc)
    return lemma == "know" and any(deps[c] == "prep" and lower[c] == "as" for c in kids)


# Verbs that give a thing its name or label.
_NAMING_WORDS = frozenset("dub entitle title nickname christen label brand term style call name".split())


def _name_given(verb) -> bool:
    """A participle that gives its noun's name, read by the parser as the noun's verb: "the Likud
    lawmakers, dubbed the rebel faction, voted", "the dances, once labelled evil, were banned", "his
    manuscript entitled 'Missiles'": a name, no happening (not "the media dubbed him Bambi", nor "he
    was entitled to a pension")."""
    lemma = verb.lemma_.lower()
    if lemma not in _NAMING_WORDS or verb.tag_ not in ("VBD", "VBN"):
        return False
    if any_child(verb, ("aux", "auxpass", "agent")):
        return False
    subjects = [c for c in children_with(verb, ("nsubj", "nsubjpass")) if c.i < verb.i]
    if not subjects or subjects[0].pos_ == "PRON":
        return False
    doc = verb.doc
    if lemma in ("entitle", "title") and verb.i == subjects[0].i + 1:
        # "his manuscript entitled 'Missiles'" (not "entitled to", "entitled him to")
        return verb.i + 1 < len(doc) and (doc[verb.i + 1].is_quote or doc[verb.i + 1].is_title)
    if [t.text for t in doc[subjects[0].i + 1 : verb.i] if t.dep_ != "advmod"] != [","]:
        return False  # "the dances, once labelled": the participle right after its noun and a comma
    # "the lawmakers, dubbed the rebel faction, voted": the participle is closed off by a comma
    named = children_with(verb, ("dobj", "oprd", "attr"))
    return bool(named) and named[-1].right_edge.i + 1 < len(doc) and doc[named[-1].right_edge.i + 1].text == ","


def _perfect(verb) -> bool:
    t = tables(verb.doc)
    return any(t.deps[c] == "aux" and verb.doc[c].lemma_.lower() == "have" for c in t.children[verb.i])


# Words that sum up what has happened until now: "so far", "thus far", "to date", "as yet", "in all".
_UP_TO_NOW = frozenset({("so", "far"), ("thus", "far"), ("to", "date"), ("as", "yet"), ("in", "all")})


def _summed_so_far(verb) -> bool:
    """A perfect summed up to now ("the epidemic has so far killed 14 people", "only one has been
    identified so far", "the court has brought 25 people to trial to date", "in all, five have
    been killed"): a tally or a state of things, no happening of its own day."""
    if not _perfect(verb):
        return False
    for c in children_with(verb, ("advmod", "prep")):
        words = [t.lower_ for t in c.subtree]
        if len(words) == 2 and (words[0], words[1]) in _UP_TO_NOW:
            return not _deeds_counted(verb)
    return False


def _deeds_counted(verb) -> bool:
    """A total of deeds up to now, told by a number of what was done or of those who did it ("India
    has so far executed 10 projects", "more than 60,000 refugees have so far been registered", "so
    far 47 delegations have arrived"): the deeds over the span are a row, as the guidelines list
    totals over a period; not a toll of harm, which the disaster's own row carries ("the fever has
    so far killed nine cattle", "in all, twelve houses have been destroyed"), nor a stance or a
    judgment with no count ("has so far refused to ratify", "have so far proven milder")."""
    if verb.lemma_.lower() in _HARM:
        return False
    counted = children_with(verb, ("nsubj", "nsubjpass", "dobj"))
    return any(n.like_num or any(c.like_num for c in children_with(n, ("nummod",))) for n in counted)


def _a_year(tok) -> bool:
    return tok.like_num and tok.text.isdecimal() and len(tok.text) == 4 and 1000 <= int(tok.text) <= 2100


def _held_for_years(verb) -> bool:
    """A rule, a post, a hold, a career or a condition kept over a span of years ("ruled the country
    between 1982 and 1990", "played for the club from 1994-1997", "worked in Africa for seven years",
    "has been divided since 1974", "has been wracked by conflict since the 1991 coup", "has been
    closed for years"); not a span of days, whose start may be the news ("has been closed since
    Monday")."""
    if verb.lemma_.lower() not in _HELD or _modal(verb) is not None:
        return False
    for c in children_with(verb, ("prep",)):
        objs = children_with(c, ("pobj",))
        prep = c.lower_
        if prep == "for" and any(g.lemma_.lower() in _YEARS for g in objs):
            return True  # "for years", "for two decades"
        if prep == "since" and _perfect(verb) and any(_a_year(t) for g in objs for t in g.subtree):
            return True  # "since 1974", "since the 1991 ouster of the dictator"
        if prep in ("between", "from") and any(_a_year(t) and _years_to(t) for g in objs for t in g.subtree):
            return True  # "between 1982 and 1990", "from 1994 to 1997", "from 1994-1997"
    return False


# Units of a span long enough that what has gone on over it is a state of affairs, not the day's news.
_LONG_UNITS = frozenset("week month year decade century".split())
_MONTH_NAMES = frozenset(MONTHS)
_FIGURES = frozenset({"to", "by", "from", "at"})


def _long_span(prep) -> bool:
    """ "for several weeks", "for over a month", "for the past year", "for years"; "since 1960",
    "since March": a span of weeks or more (not "since Monday", "for three days")."""
    objs = children_with(prep, ("pobj",))
    if prep.lower_ == "for":
        # a bare count ("for eight years") may be what is asked or given ("asked for eight years",
        # "was jailed for eight years"): only a progressive ("has been missing for three weeks")
        # takes it as a span gone on
        return any(g.lemma_.lower() in _LONG_UNITS and (not _counted(g) or _progressive(prep.head)) for g in objs)
    if prep.lower_ == "since":
        return any(_a_year(t) or _a_decade(t) or t.lower_ in _MONTH_NAMES for g in objs for t in g.subtree)
    return False


def _a_decade(tok) -> bool:
    """ "since the 1960s", "since the late 1990s"."""
    return len(tok.text) == 5 and tok.text[4] == "s" and tok.text[:4].isdecimal() and 1000 <= int(tok.text[:4]) <= 2100


# Prepositions of a stretch of time up to now: "in recent years", "over the past decade".
_OVER_RECENT = frozenset("in over during throughout".split())
# Units of such a stretch counted in many (not weeks: "in the past weeks" may be one happening's time).
_MANY_UNITS = frozenset("month year decade century".split())
_UP_TO_NOW_WORDS = frozenset("recent past last".split())


def _over_recent_years(prep, verb) -> bool:
    """ "have encountered severe problems in recent years", "has been accelerating over the past
    decades": a trend over an uncounted stretch of months or years up to now. Not a kind of
    happening told over it ("convoys have been attacked in recent months"), nor what a happening
    named after "by" brought about ("have been sabotaged by the hijackings of two vessels"): the
    happenings, vaguely dated, are news."""
    if prep.lower_ not in _OVER_RECENT or verb.lemma_.lower() in _KIND_WORDS:
        return False
    if any_child(verb, ("agent",)):
        return False
    return any(_recent_stretch(g) for g in children_with(prep, ("pobj",)))


def _recent_stretch(unit) -> bool:
    """ "recent years", "the past few decades", "the last months", "the years" after "over": many
    months or years up to now, uncounted (not "the past year", "the coming years"; nor "the past
    four months", a stretch the article may date one happening by: "has reached out to the United
    States in the past four months")."""
    if unit.lemma_.lower() not in _MANY_UNITS or unit.tag_ != "NNS" or _counted(unit):
        return False
    kids = list(unit.children)
    if any(c.lower_ in _UP_TO_NOW_WORDS for c in kids):
        return True
    # "over the years": the years so far
    return unit.head.lower_ == "over" and [c.lower_ for c in kids] == ["the"]


def _counted(unit) -> bool:
    """ "eight years", "three weeks": a bare count of units (not "several weeks", "the past year",
    "over a month")."""
    return any(c.like_num and not any_child(c, ("quantmod", "advmod")) for c in children_with(unit, ("nummod",)))


def _kept_over_a_span(verb) -> bool:
    """A perfect that has gone on or held over weeks, months or years up to now ("has been missing
    for several weeks", "the argument has been raging since 1960", "has taught in Hong Kong since
    1986", "has been gripped by unrest for over a month", "has been mediating talks since March", "has
    been seeking a state since the late 1960s"): a lasting state or activity (GUIDELINES section 1),
    no happening of its own day. Not a count summed over the span ("has killed 300 people since 1990",
    "3,200 people have been killed since December": a toll, which the rows of tallies weigh; a
    progressive sums nothing), a first time since ("nine women have signed
    up for the first time since 1979": the news of the day, GUIDELINES section 3), a span of days,
    whose start may be the news ("has been closed since Monday"), nor a modal or a negation (told
    apart before)."""
    if not _perfect(verb) or _modal(verb) is not None or verb.lemma_.lower() in CHANGES_OF_QUANTITY:
        return False
    spans = [c for c in children_with(verb, ("prep",)) if _long_span(c) or _over_recent_years(c, verb)]
    if not spans or any(_first_time(c) for c in verb.children):
        return False
    if _progressive(verb):
        return True  # "about 20 members of the group had been holding the residence since December 17": no toll
    # a count is the verb's subject or object or a figure it moved by or to ("killed 300 people",
    # "3,200 people have been killed", "rose 20 percent to 30"), not a number deeper in a phrase
    # ("brokering talks between the two sides")
    counted = [
        c
        for c in verb.children
        if c.dep_ in ("nsubj", "nsubjpass", "dobj", "attr", "npadvmod") or c.dep_ == "prep" and c.lower_ in _FIGURES
    ]
    return not any(t.like_num and not _one_of(t) for c in counted for t in (c, *c.children))


def _one_of(tok) -> bool:
    """ "once one of its closest allies": "one" naming a member of a set, no count."""
    return tok.lower_ == "one" and any(c.lower_ == "of" for c in children_with(tok, ("prep",)))


# Changes of a quantity: "prices have risen sharply since March" is a change measured over the
# span, a row the dating gives that span (tests/extract/test_extract_dates_since.py).
CHANGES_OF_QUANTITY = frozenset(
    "rise fall increase decrease drop climb grow double triple gain lose soar plunge plummet shrink decline "
    "expand jump surge slump tumble dip".split()
)


def _first_time(tok) -> bool:
    """ "for the first time", "first", "ever": a first since a date is the day's news."""
    if tok.dep_ == "advmod" and tok.lower_ in ("first", "ever"):
        return True
    return tok.dep_ == "prep" and any(
        g.lemma_.lower() == "time" and any(a.lower_ in ("first", "1st") for a in g.children) for g in tok.children
    )


def _years_to(year) -> bool:
    """A year followed by the year a span runs to: "1982 and 1990", "1994 to 1997", "1994-1997"
    (read from the words: the parser hangs the second year anywhere)."""
    doc = year.doc
    return (
        year.i + 2 < len(doc)
        and doc[year.i + 1].lower_ in ("and", "to", "until", "till", "through", "-", "–")
        and _a_year(doc[year.i + 2])
    )


# Nouns of a stretch of time: what one spends them on is how they passed, a state.
_TIME_NOUNS = frozenset(
    "time hour day night week weekend month year decade life career childhood youth summer winter spring autumn "
    "holiday holidays".split()
)


def _time_spent(verb) -> bool:
    """How a stretch of time passed: "has spent most of his time travelling", "I've spent a lot of time
    with my family", "the miners spent more than 14 hours underground" (GUIDELINES section 1: a
    lasting state); not money spent ("spent 2 million dollars on the bridge")."""
    if verb.lemma_.lower() != "spend":
        return False
    for obj in (c for c in children_with(verb, ("dobj",))):
        nouns = [obj, *(g for p in children_with(obj, ("prep",)) if p.lower_ == "of" for g in p.children)]
        nouns += [c for n in nouns for c in children_with(n, ("compound",))]  # "most of his time gardening"
        if any(n.lemma_.lower() in _TIME_NOUNS or n.lemma_.lower() in _DAY_PARTS for n in nouns):
            return True
    return False


_DAY_PARTS = frozenset("morning afternoon evening".split())
# Stretches that a whole life or career fills: "has spent years campaigning" is a course kept.
_LONG_STRETCHES = frozenset("year decade life career childhood youth time".split())


def _stretch_spent_doing(gerund) -> bool:
    """The gerund of what filled one stretch spent in the simple past ("they spent their last day
    walking round the shrine", "the pilgrims, who spent a week praying at the holy sites", "spent
    three hours questioning him"): it took place, in that stretch. Not a perfect or a long stretch
    ("has spent most of his time travelling", "spent years campaigning": a course kept), nor a
    spending denied or only planned (the governor's own negation or modal is read as usual)."""
    spend = gerund.head
    if gerund.dep_ not in ("xcomp", "advcl") or spend.lemma_.lower() != "spend" or spend.tag_ != "VBD":
        return False
    if any_child(spend, ("aux", "auxpass", "neg")):
        return False
    stretches = [c for c in spend.children if c.dep_ == "dobj" and c.lemma_.lower() in _TIME_NOUNS | _DAY_PARTS]
    if len(stretches) != 1 or stretches[0].lemma_.lower() in _LONG_STRETCHES:
        return False
    return not any(c.lower_ in ("most", "much", "all") for c in stretches[0].subtree)


# Nouns of a place, a stretch of time or a relation: what they "witnessed" went on in them.
_SCENES = frozenset(
    "province city town region area country district village zone border capital state year month "
    "week decade period century season relation relations exchange exchanges cooperation market economy".split()
)


def _witnessed_by_a_place(verb) -> bool:
    """A place, a period or a relation that "witnessed" something ("Fallujah has witnessed frequent
    attacks", "the past year has witnessed a boom", "the exchanges witnessed sound progress"): a
    description of what went on there, no happening of its own; people who witnessed stay."""
    if verb.lemma_.lower() != "witness":
        return False  # (not "see": "China saw its exports rise 20 percent" is a figure released)
    ents = tables(verb.doc).ents
    return any(
        c.dep_ == "nsubj"
        and (ents[c.i] in ("GPE", "LOC", "FAC", "DATE") or c.pos_ == "NOUN" and c.lemma_.lower() in _SCENES)
        for c in verb.children
    )


# Nouns of a lasting relation between parties (lemmas): what is kept up ("have maintained close ties")
# and what a course is told of ("relations ... have developed smoothly").
_RELATION_NOUNS = frozenset("relation relationship tie cooperation friendship partnership exchange".split())
# Verbs of keeping up a course, and the ties or the presence they keep: "have maintained close contacts".
_KEEPING = frozenset("maintain keep sustain retain preserve".split())
_TIES = _RELATION_NOUNS | frozenset(
    "contact contacts ties relations relationships communication communications exchanges dialogue "
    "consultation consultations coordination presence".split()
)


def _ties_kept(verb) -> bool:
    """ "China and Madagascar have maintained close high-level contacts", "the two parties keep
    regular exchanges", "police maintained a heavy presence in the city": ties or a presence kept up
    over time, a lasting state (GUIDELINES section 1), no happening of a day; only with no time of
    its own (the caller's), and not a course set for the future (told apart before: a stance)."""
    if verb.lemma_.lower() not in _KEEPING:
        return False
    return any(c.lemma_.lower() in _TIES or c.lower_ in _TIES for c in children_with(verb, ("dobj", "nsubjpass")))


def _comes_from(verb) -> bool:
    """ "came from Wantang Village", "hails from Texas": where someone is from, not a happening (a
    clause on the place that the parser hung on the verb stays out of it: "came from a village where
    an outbreak was reported")."""
    return (
        verb.lemma_.lower() in ("come", "hail")
        and any(c.lower_ == "from" for c in children_with(verb, ("prep",)))
        and not any(c.dep_ in ("dobj", "prt", "xcomp") or c.dep_ == "advcl" and not _where(c) for c in verb.children)
    )


def _where(clause) -> bool:
    """A clause opened by "where": it tells of a place."""
    return any(c.lower_ == "where" and c.i < clause.i for c in children_with(clause, ("advmod",)))


def _scene_or_judgment(verb) -> bool:
    """ "a frustrating day ended when ...", "his unhappy day was summed up": time told as it passed;
    "an eerie silence fell over the city": the scene; "it turned out to be a consolation": how a thing
    was; "created quite a stir": a judgment. The happening, if any, is told by another clause."""
    return (
        _time_passing(verb)
        or _scene_set(verb)
        or _turns_out(verb)
        or _impression_made(verb)
        or _image_given(verb)
        or _day_counted(verb)
    )


# Verbs by which a state reaches a count of its days: "completed their 118th day as captives",
# "the strike entered its third week", "marked its 100th day".
_REACHING = frozenset("complete enter mark reach begin start".split())


def _day_counted(verb) -> bool:
    """ "The hostages completed their 118th day as captives", "the siege entered its third week":
    time passing in a state told by the state's count of days, no happening."""
    if verb.lemma_.lower() not in _REACHING:
        return False
    return any(
        c.dep_ == "dobj"
        and c.lemma_.lower() in _PASSING
        and any(
            g.ent_type_ == "ORDINAL" or g.lower_.endswith(("th", "st", "nd", "rd")) and g.tag_ == "JJ"
            for g in c.children
        )
        for c in verb.children
    )


# Stretches of time that a clause may have as its subject: "a frustrating day ended", "the week began".
_PASSING = frozenset("day night week weekend month year season morning afternoon evening decade".split())


def _time_passing(verb) -> bool:
    """A clause whose subject is a stretch of time ("a frustrating day ended when ...", "Bolton's
    unhappy day was summed up", "night fell"): time told as it passed or judged, the happening is in
    the clause that names it; not a day named by what happened on it ("election day passed off
    peacefully", "a day of protests turned violent", "years of research found")."""
    doc = verb.doc
    t = tables(doc)  # the subjects by the tables: a Token made only for a noun subject
    for ci in t.children[verb.i]:
        if t.deps[ci] not in ("nsubj", "nsubjpass") or t.pos[ci] != "NOUN":
            continue
        c = doc[ci]
        if c.lemma_.lower() not in _PASSING:
            continue
        if t.ents[ci] not in ("", None, "DATE", "TIME"):
            continue
        if any(
            g.dep_ in ("compound", "amod", "nmod")
            and (_event_like(g) or g.pos_ == "PROPN")
            or g.dep_ == "prep"
            and g.lower_ == "of"
            for g in c.children
        ):
            return False
        return True
    return False


# What may fall or hang over a place ("an eerie silence fell over the city", "a pall hung over the
# talks", "darkness fell"): how the scene was, no happening; with the verbs that tell it.
_ATMOSPHERES = frozenset("silence hush calm quiet gloom darkness dusk night pall mood".split())
_SETTLING = frozenset("fall descend settle hang reign prevail".split())


def _scene_set(verb) -> bool:
    """ "An eerie silence fell over the city centre", "night fell", "a gloomy mood prevailed": the scene."""
    return verb.lemma_.lower() in _SETTLING and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in _ATMOSPHERES and c.tag_ in ("NN", "NNP") for c in verb.children
    )


def _turns_out(verb) -> bool:
    """ "it turned out to be a consolation", "the report turned out false": how a thing was found to
    be, not a happening ("thousands turned out to vote" are there)."""
    if verb.lemma_.lower() != "turn" or not any(c.lower_ == "out" for c in children_with(verb, ("prt",))):
        return False
    return any(
        c.dep_ in ("acomp", "attr", "oprd") or c.dep_ == "xcomp" and c.lemma_.lower() == "be" for c in verb.children
    )


# Idioms of making a later thing possible, by verb: "pave the way", "lay the groundwork", "set the stage".
_PREPARED = {
    "pave": frozenset({"way"}),
    "smooth": frozenset({"way", "path"}),
    "lay": frozenset({"groundwork", "foundation", "basis", "ground"}),
    "set": frozenset({"stage", "scene"}),
}


def _way_prepared(verb, dated: bool) -> bool:
    """ "The downfall of the regime paved the way to normal relations", "a vote paving the way for
    elections", "a move seen to pave the way for his rule": what a happening made possible, told by the
    happening itself (the downfall, the vote, the move) and by the thing prepared, if it comes. Not a
    dated deed of someone's that has no other word ("the two leaders on Monday laid the groundwork
    for a summit")."""
    ways = _PREPARED.get(verb.lemma_.lower())
    if ways is None or not any(c.lemma_.lower() in ways for c in children_with(verb, ("dobj",))):
        return False
    subjects = children_with(verb, ("nsubj",))
    return not (dated and subjects and not any(_doing(c) for c in subjects))


# What a deed made on those who saw it: "created quite a stir", "caused a sensation", "made headlines".
_IMPRESSIONS = frozenset("stir sensation splash impression buzz waves headlines".split())


def _impression_made(verb) -> bool:
    """ "Owens created quite a stir when he was admitted to hospital", "made headlines": a judgment of
    how a happening was received, told by the happening itself."""
    return verb.lemma_.lower() in ("create", "cause", "make") and any(
        c.dep_ == "dobj" and c.lower_ in _IMPRESSIONS for c in verb.children
    )


# Idioms of how someone looked or what a happening brought into view, by verb and object: "cut a
# lonely figure", "turned the spotlight on abuses", "stole the show".
_IMAGES = {
    "cut": frozenset({"figure"}),
    "turn": frozenset({"spotlight"}),
    "put": frozenset({"spotlight"}),
    "shine": frozenset({"spotlight", "light"}),
    "throw": frozenset({"spotlight"}),
    "cast": frozenset({"spotlight"}),
    "steal": frozenset({"show", "limelight"}),
}


def _image_given(verb) -> bool:
    """ "The monk cut a smiling figure in a room of bankers", "the conference turned the spotlight on
    abuses", "the newcomer stole the show": how someone looked, what a happening drew eyes to, a
    judgment of the scene; the happening, if any, is told by its own word (the conference, the
    speech). Not the plain verb ("cut taxes", "turned the car", "put the plan on hold")."""
    objects = _IMAGES.get(verb.lemma_.lower())
    return objects is not None and any(c.lemma_.lower() in objects for c in children_with(verb, ("dobj",)))


def _share_of(verb) -> bool:
    """ "make up", "account for" a share: what a whole is made of, not a happening."""
    lemma = verb.lemma_.lower()
    if lemma == "make":
        return any(c.lower_ == "up" for c in children_with(verb, ("prt",)))
    return lemma == "account" and any(
        c.dep_ == "prep" and c.lower_ == "for" and any(_a_share(g) for g in c.children) for c in verb.children
    )


def _a_share(noun) -> bool:
    """ "a fifth of the increase", "30 percent", "half": a part of a whole, not a person."""
    return noun.lemma_.lower() in _SHARES or any_child(noun, ("nummod",)) or noun.like_num


# A market's count of the stocks that rose and fell: "Gainers led losers", "Declines outnumbered advances".
_BREADTH = frozenset(
    "gainer gainers loser losers advancer advancers decliner decliners riser risers faller fallers".split()
)


_OUTDOING = frozenset("lead beat outnumber outpace outstrip top".split())
_MOVING = frozenset("falling rising gaining declining advancing losing".split())
_LISTED_SHARES = frozenset("stock share issue counter".split())


def _counted_movers(noun) -> bool:
    """ "gainers", "decliners", "advances", "falling stocks", "advancing issues"."""
    low = noun.lower_
    return (
        low in _BREADTH
        or low in ("advances", "declines")
        and noun.tag_ == "NNS"
        or noun.lemma_.lower() in _LISTED_SHARES
        and any(c.lower_ in _MOVING for c in children_with(noun, ("amod", "compound")))
    )


def _put_at_a_figure(verb) -> bool:
    """ "Unofficial estimates have put the level of bad debt at more than 700 billion baht", "the cost
    was put at 8.9 billion marks", "the paper put Labour on 50 percent": an estimate or a poll's
    figure, no happening (not "put forward a plan", "was put in a crate")."""
    if verb.lemma_.lower() != "put" or any_child(verb, ("prt",)):
        return False
    return any(
        c.dep_ == "prep" and c.lower_ in ("at", "on") and any(t.like_num for t in c.subtree) for c in verb.children
    )


def _tally(verb) -> bool:
    """A market's tally: how its risers and fallers compare ("Advancers beat decliners 69 to 40",
    "Falling stocks outnumbered those rising"), or
    a number of stocks that did not move ("322 counters traded unchanged", "with 83 other issues
    left unchanged"); not a decision that left something as it was ("the bank left rates unchanged")."""
    subjects = children_with(verb, ("nsubj", "nsubjpass"))
    sides = subjects + children_with(verb, ("dobj",))
    if verb.lemma_.lower() in _OUTDOING and any(_counted_movers(n) for n in sides):
        return True
    if _volume_traded(verb, subjects) or _movers_counted(verb, subjects):
        return True
    if not any(c.lower_ == "unchanged" for c in children_with(verb, ("acomp", "oprd", "advmod"))):
        return False
    counted = subjects or ([verb.head] if verb.dep_ == "acl" else [])
    return any(n.pos_ == "NOUN" and any_child(n, ("nummod",)) for n in counted)


# How a stock moves in a day's count of movers: "with 430 stocks rising, 545 falling".
_MOVES = frozenset("rise fall move gain lose decline advance drop climb slip retreat".split())


def _movers_counted(verb, subjects: list) -> bool:
    """ "with 430 stocks rising, 545 falling and 314 unchanged", "692 stocks moving up, 478 moving
    down": a number standing for the stocks told before, with how they moved, a count of a market's
    movers (the first, "430 stocks rising", is the parser's absolute on "with" and no row already)."""
    if verb.tag_ != "VBG" or verb.lemma_.lower() not in _MOVES or any_child(verb, ("aux",)):
        return False
    return any(s.dep_ == "nsubj" and _bare_count(s) for s in subjects)


def _bare_count(subject) -> bool:
    """A number with no noun of its own, and the numbers joined to it ("545 and 314")."""
    return subject.pos_ == "NUM" and all(
        c.dep_ in ("cc", "conj") and c.pos_ in ("CCONJ", "NUM") for c in subject.children
    )


# What a market's trading is counted in: "1.2 million shares", "408 counters", "5,000 lots".
_TRADED = frozenset("share stock issue counter bond certificate lot contract warrant unit".split())
# Verbs that only say a counted lot was or was not traded: "changed hands", "were traded", "untraded".
_TRADING = frozenset("trade change untrade suspend exchange".split())


def _counted_securities(noun) -> bool:
    """ "606,760 shares", "408 counters", "a total of 140.8 million shares": a number of securities,
    not the shares of one company."""
    if noun.lemma_.lower() in ("total", "number"):
        # "a total of 140.8 million shares": the securities counted
        of = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in children_with(c, ("pobj",))]
        return any(_counted_securities(g) for g in of)
    return noun.lemma_.lower() in _TRADED and any_child(noun, ("nummod",))


def _volume_traded(verb, subjects) -> bool:
    """A market's volume told as a figure ("Volume rose to 52.11 million shares from 35.54 million",
    "turnover on the Main Board rose to 257 million shares", "606,760 shares changed hands", "408
    counters untraded and 40 suspended"): a figure of the day's trading, no move of a price or an
    index (not "Guidant shares fell 1.40 dollars", "the company sold 2 million shares")."""
    counted = subjects or ([verb.head] if verb.dep_ == "acl" else [])
    for noun in counted:
        if noun.lemma_.lower() in ("volume", "turnover") and any(
            t.lemma_.lower() in _TRADED or t.lemma_.lower() == "volume" for t in verb.subtree if t.i != noun.i
        ):
            return True
        if verb.lemma_.lower() in _TRADING and _counted_securities(noun):
            return True
        if verb.lemma_.lower() in _TRADING and _bare_count(noun) and _counted_with_unmoved(verb):
            return True  # "294 other counters unchanged, 232 untraded and 29 suspended": 29 counters
    return False


def _counted_with_unmoved(verb) -> bool:
    """Is the verb, with no auxiliary of its own, listed with a count of what did not move or
    trade ("..., 232 untraded and 29 suspended", "with 51 unchanged, 20 suspended")? Not "Two
    suspended after the brawl", "Three were suspended"."""
    if any_child(verb, ("aux", "auxpass")):
        return False
    return any(t.lower_ in ("unchanged", "untraded") and t.i != verb.i for t in verb.sent)


def _plays_a_part(verb) -> bool:
    """ "played a key role in the protests", "played an essential part": a judgment of what someone
    did, told by the happening it names, not a happening."""
    return verb.lemma_.lower() == "play" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in ("role", "part") for c in verb.children
    )


def _becomes(verb) -> bool:
    """A change of state told as a description: "has become an engine of growth", "got frustrated"."""
    return verb.lemma_.lower() in ("become", "get") and any_child(verb, ("attr", "acomp")) and not _got_under_way(verb)


def _its_own_or_carried(trigger, head) -> bool:
    """The clause's own verb, or the object noun a verb of doing carries for no one named ("companies
    conduct transactions"; not "Hu Jintao delivers speech in India", a headline's present)."""
    if head is trigger:
        return True
    carried = trigger.dep_ == "dobj" and trigger.head.i == head.i and head.lemma_.lower() in SUPPORT_VERBS
    return carried and not any(c.pos_ == "PROPN" for c in children_with(head, ("nsubj",)))


def _simple_present(verb) -> bool:
    """Simple present, active or passive ("falls", "is divided", "are controlled"); not the
    progressive ("are negotiating") nor the perfect ("has left"). A main verb the tagger left in its
    base form with a subject and no auxiliary is one too ("most schools still adopt the old
    syllabus", "the projects cover many fields")."""
    t = tables(verb.doc)
    deps, tags = t.deps, t.tags  # no Token made
    auxes = [c for c in t.children[verb.i] if deps[c] in ("aux", "auxpass")]
    tag = tags[verb.i]
    if tag in ("VBZ", "VBP"):
        return not auxes
    if tag == "VB" and deps[verb.i] == "ROOT":
        return not auxes and any(deps[c] == "nsubj" for c in t.children[verb.i])
    if tag == "VBN" and auxes and all(deps[a] == "auxpass" and tags[a] in ("VBZ", "VBP") for a in auxes):
        return True
    return False


# Verbs that say the happening their subject names took place or went on: "fighting broke out",
# "shooting erupted", "looting continued".
OUTBREAK_VERBS = frozenset("break erupt occur happen begin start resume continue intensify escalate flare rage".split())


def _nonfinite_fragment(verb) -> bool:
    """A gerund or bare infinitive that no auxiliary makes finite: "reforming farm subsidies",
    "will also help establish", "making"; a participle after its main verb ("..., killing 12") is
    a happening and is not one of these."""
    t = tables(verb.doc)
    auxes = [verb.doc[c] for c in t.children[verb.i] if t.deps[c] in ("aux", "auxpass")]  # no Token per other child
    if verb.tag_ == "VBG":
        if any(a.lemma_.lower() == "be" for a in auxes):
            return False  # progressive
        if verb.dep_ == "xcomp" and any_child(verb.head, ("auxpass",)):
            return False  # "was reported leaving the city", "was seen entering": what was seen happened
        if any_child(verb, ("nsubj", "nsubjpass")):
            return False  # "with the Tories cutting the gap": a clause with its own subject
        if verb.dep_ == "nsubj" and verb.head.pos_ == "VERB" and verb.head.lemma_.lower() in OUTBREAK_VERBS:
            return False  # "since fighting broke out in 2002": a happening named by the gerund
        if verb.dep_ == "pcomp" and verb.head.lower_ in _TIME_PREPS:
            return False  # "after undergoing surgery": it happened
        if _means_of_a_deed_done(verb):
            return False  # "reached the World Cup by beating Uruguay": the means happened too
        if _begun(verb) and tense(verb.head) == "past" and not _negated(verb.head):
            return False  # "has started receiving visitors", "the crowd began chanting slogans": it happened
        if _stretch_spent_doing(verb):
            return False  # "spent their last day walking round the shrine": what filled the day was done
        if _owned_up(verb) or deed_punished(verb):
            # "admitted shooting two hostages": what one owns up to was done; "was jailed for
            # stealing public funds": what one is punished for too
            return False
        if verb.dep_ == "advcl" and verb.head.i < verb.i and verb.head.pos_ in ("VERB", "AUX"):
            return False
        return True
    if verb.tag_ == "VB":
        return not auxes and verb.dep_ != "ROOT"
    return False


def _stranded_infinitive(verb) -> bool:
    """A to-infinitive that no verb governs: the sentence's root with no subject of its own, or
    one a comma parts from the subject the parser gave it ("riot police deployed in Lagos, to break
    up a rally"; not a headline's "Bush to visit China"), or one joined to a word that is no
    to-infinitive ("for refurbishing aircraft and to buy land", "or, at its discretion, to receive
    shares") under no verb of a plan: an aim, a purpose, told as no happening."""
    if verb.tag_ != "VB" or not is_infinitive(verb):
        return False
    if verb.dep_ == "ROOT":
        to = verb.i - 1
        while to >= 0 and verb.doc[to].lower_ != "to":
            to -= 1
        return not any_child(verb, ("nsubj", "nsubjpass")) or to > 0 and verb.doc[to - 1].text == ","
    if verb.dep_ != "conj" or verb.head.tag_ == "VB" and is_infinitive(verb.head):
        return False
    # not under a plan, where the aim is one more step planned ("plans to visit Ghana, opening a
    # clinic there, and to meet the president")
    tok = verb.head
    while tok.head.i != tok.i:
        tok = tok.head
        if tok.lemma_.lower() in PLAN_VERBS:
            return False
    return True


def _means_of_a_deed_done(verb) -> bool:
    """A gerund after the "by" of the means its clause was done by, when that clause is told as done
    ("reached the final by beating Brazil", "ended the season by winning two titles"); not the "by"
    of a passive's agent, nor a means still to come ("will try to reach the final by beating")."""
    prep = verb.head
    if prep.lower_ != "by" or prep.dep_ != "prep":
        return False
    gov = prep.head
    return gov.pos_ in ("VERB", "AUX") and tense(gov) == "past" and not _negated(gov) and _modal(gov) is None


# Verbs of a participle that tells how its noun stands, whatever date its clause gives: "the events
# surrounding his death", "allegations arising from the war", "refugees now living abroad".
_STANDING_PARTICIPLES = (STATIVE_VERBS - _EVENTIVE_WITH_DATE) | frozenset("surround arise relate live".split())


def _state_of_a_noun(verb) -> bool:
    """A present participle on a noun that tells a state or a relation ("uncertainty surrounding the
    election on May 1", "Tibetans now living under Chinese rule"), not what its noun did on a day
    ("ministers, meeting in Brussels on Tuesday, ...")."""
    return verb.tag_ == "VBG" and verb.lemma_.lower() in _STANDING_PARTICIPLES


# Verbs by which one owns up to a deed of one's own: their gerund tells it done ("admitted shooting
# two hostages", "acknowledged retreating", "confessed to taking bribes").
_OWNING_UP = frozenset("admit acknowledge confess".split())


def _owned_up(verb) -> bool:
    """A gerund of a deed a past "admit", "acknowledge" or "confess (to)" owns up to, not negated."""
    if verb.dep_ == "xcomp":
        gov = verb.head
    elif verb.dep_ == "pcomp" and verb.head.lower_ == "to" and verb.head.dep_ == "prep":
        gov = verb.head.head
    else:
        return False
    return gov.lemma_.lower() in _OWNING_UP and tense(gov) == "past" and not _negated(gov)


# Sanctions and amends whose "for" names a deed done ("sent off for butting a rival", "jailed for
# stealing public funds", "fined for spitting in the face of ...", "apologised for insulting the
# referee"): the words and the nouns that carry them ("a two-year sentence ... for squandering funds").
_SANCTIONS = frozenset(
    "fine punish penalize penalise sentence jail imprison convict ban suspend sack expel eject banish "
    "discipline reprimand censure sanction dismiss apologize apologise levy impose penalty punishment "
    "suspension expulsion apology".split()
)
# Findings of a court whose "of" names the deed: "convicted of murdering", "found guilty of taking bribes".
_FOUND_GUILTY = frozenset("convict guilty".split())
_AMENDS = frozenset("apologize apologise".split())
# Gerunds that tell no deed of their own: "jailed for failing to pay", "fined for being late"; nor
# one happening but a course kept up: "sentenced for running an unlicensed bar", "owning a gun".
_NO_DEED = frozenset("be have fail refuse try attempt seek want do run operate own possess keep live work".split())
# Words that leave a deed a charge: "suspended for allegedly helping smugglers".
_ALLEGED = frozenset("allegedly reportedly purportedly supposedly".split())


def _sanction_word(tok) -> str:
    """The sanction ``tok`` tells, as a lemma of _SANCTIONS ("send" only "sent off"; "found guilty":
    "guilty"), or ""."""
    lemma = tok.lemma_.lower()
    if lemma in _SANCTIONS:
        return lemma
    if lemma == "send" and any(c.lower_ == "off" for c in children_with(tok, ("prt",))):
        return "send"  # "was sent off for butting a rival"
    if lemma == "find" and any(c.lower_ == "guilty" for c in children_with(tok, ("oprd", "acomp"))):
        return "guilty"  # "was found guilty on Monday of taking bribes": the parser hangs "of" on "found"
    return ""


def _sanction_above(prep):
    """The word of sanction this "for" (or "of") hangs on, a few steps up ("jailed him for two years
    for stealing": "jailed"; "a jail sentence given three years ago for squandering": "sentence"),
    the sanction it tells and the verb of its clause; None if none."""
    tok = prep.head
    for _ in range(4):
        word = _sanction_word(tok)
        if word:
            verb = tok
            while verb.pos_ not in ("VERB", "AUX") or verb.dep_ in ("acl", "amod"):
                if verb.head.i == verb.i:
                    return None
                verb = verb.head
            return tok, word, verb
        if tok.pos_ == "VERB" and tok.dep_ not in ("acl", "amod") or tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _unreal_clause(verb) -> bool:
    """ "can be jailed", "will be fined", "to be banned", "if convicted": no sanction told as done."""
    return any(
        c.dep_ in ("aux", "auxpass")
        and (c.lower_ in MODAL_AUXILIARIES or c.lower_ == "to")
        or c.dep_ == "mark"
        and c.lower_ in ("if", "unless", "whether")
        for c in verb.children
    )


def deed_punished(verb) -> bool:
    """A gerund of a deed after "for" under a sanction or an apology told as done, or after "of"
    under a conviction ("was sent off for butting a defender", "the court jailed him for stealing
    public funds", "the fine levied against him for spitting at a rival", "apologised for insulting
    the referee", "convicted of stabbing a guard"): the deed took place, a happening of its own
    before the sanction (not "can be jailed for insulting the king": a law; not "fined for failing
    to pay": what the infinitive tells; not "will be fined for", "if convicted of"; not a bare
    "fined for speeding"; not "accused of", "suspended for allegedly helping": a charge; not
    "jailed for running a bar": a course kept up)."""
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp" or verb.head.lower_ not in ("for", "of"):
        return False
    if verb.lemma_.lower() in _NO_DEED:
        return False
    kids = list(verb.children)
    if any(c.dep_ in ("xcomp", "ccomp", "nsubj", "aux", "auxpass", "neg") or c.lower_ in _ALLEGED for c in kids):
        return False
    if not any(c.dep_ in ("dobj", "prt") or c.dep_ == "prep" and any_child(c, ("pobj",)) for c in kids):
        return False
    found = _sanction_above(verb.head)
    if found is None:
        return False
    sanction, word, gov = found
    if verb.head.lower_ == "of" and word not in _FOUND_GUILTY or _unreal_clause(sanction) or _unreal_clause(gov):
        return False
    if sanction.pos_ not in ("VERB", "AUX") or word == "guilty":
        return True  # "a two-year sentence given for squandering funds", "faces a ban for punching"
    if sanction.dep_ in ("acl", "amod") and sanction.tag_ == "VBN":
        return True  # "the fine levied against him for spitting", "Kerr, convicted of stabbing a guard"
    auxes = children_with(sanction, ("aux", "auxpass"))
    return sanction.tag_ == "VBD" or any(a.lemma_.lower() == "have" or a.tag_ == "VBD" for a in auxes)


def punished_doer(gerund) -> list:
    """Who did the deed a sanction is for (:func:`deed_punished`): the one sanctioned ("the NFL
    fined Owens for spitting": Owens; "Owens was fined for spitting": Owens; "Kerr, convicted of
    stabbing": Kerr), the one who apologised, or the owner of the sentence ("Ershad's sentence for
    squandering funds"); none found, none."""
    found = _sanction_above(gerund.head)
    if found is None:
        return []
    sanction, word, _ = found
    kids = list(sanction.children)
    if sanction.pos_ not in ("VERB", "AUX"):
        return [c for c in kids if c.dep_ == "poss"]
    if sanction.dep_ == "acl" and sanction.tag_ == "VBN":
        return [sanction.head]
    if word in _AMENDS:
        return [c for c in kids if c.dep_ == "nsubj"]
    return [c for c in kids if c.dep_ == "nsubjpass"] or [c for c in kids if c.dep_ == "dobj"]


def _gerund_aim(verb) -> bool:
    """A gerund that names an aim or a topic, not a happening: "obstacles to holding the meeting",
    "the key for reaching a deal", "Holding up a deal is the issue"."""
    if verb.tag_ != "VBG" or any_child(verb, ("nsubj", "aux", "auxpass")):
        return False
    if verb.dep_ in ("csubj", "nsubj"):
        return True
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _CONSISTS_OF and tense(verb.head) != "past":
        return True  # "Other goals include taking action", "the plan involves building a dam": its parts
    return (
        verb.dep_ == "pcomp"
        and verb.head.lower_ in ("to", "toward", "towards", "for", "against")
        and not _owned_up(verb)
        and not deed_punished(verb)
    )


# Verbs that say what a plan, a goal or a job is made of: their gerund names a part, no happening.
_CONSISTS_OF = frozenset("include involve entail require mean".split())


def _noun_negated(noun) -> bool:
    return any(c.lower_ in _NEG_DETS for c in children_with(noun, ("det",)))


# Adjectives that make an event noun a habit: "frequent attacks", "regular patrols".
_FREQUENT = frozenset("frequent regular constant occasional sporadic routine recurrent incessant periodic".split())


def _frequent(noun) -> bool:
    """ "Fallujah has witnessed frequent attacks against US forces", "frequent diplomatic efforts
    have been carried out": happenings over and over, none of them told."""
    t = tables(noun.doc)
    if t.pos[noun.i] != "NOUN":
        return False
    deps, children, lower = t.deps, t.children, lowered(noun.doc)  # indices: no Token per word
    # "frequent insurgent attacks": the adjective may hang on the noun's compound
    mods = [*children[noun.i], *(g for c in children[noun.i] if deps[c] == "compound" for g in children[c])]
    return any(deps[c] == "amod" and lower[c] in _FREQUENT for c in mods)


def _free_relative(verb) -> bool:
    """ "What is happening today", "what he had died from": which thing, not a happening told."""
    t = tables(verb.doc)
    deps, children, lower = t.deps, t.children, lowered(verb.doc)  # indices: no Token per child
    kids = children[verb.i]
    if any(deps[c] in ("nsubj", "nsubjpass", "dobj") and lower[c] in ("what", "whatever") for c in kids):
        return True
    return any(
        deps[c] == "prep" and any(deps[g] == "pobj" and lower[g] in ("what", "whatever") for g in children[c])
        for c in kids
    )


# Prepositions that are no particle: left with no object, they end a relative clause.
_STRANDABLE = frozenset("of for with to at from by about into".split())


def _stranded_preposition(verb) -> bool:
    """A clause ending on a preposition left without its object ("“everything” I have been
    accused of", "the town they fled from"): a relative clause whose noun a quote mark or the
    parser cut off, which thing, not a happening told."""
    prep = verb.right_edge  # the clause's last word (spaCy keeps it: no walk over the subtree)
    if prep.dep_ != "prep" or prep.head.i != verb.i or prep.lower_ not in _STRANDABLE or prep.n_lefts or prep.n_rights:
        return False
    last = prep.i
    # the clause ends there ("accused of, he said"): not an object the parser hung elsewhere ("took
    # over from Frenchman Philippe Troussier", the name read as another's apposition)
    return last + 1 == len(verb.doc) or verb.doc[last + 1].is_punct


# Verbs that link their subject to a description of it: "seemed overlooked", "looked simple".
LINKING_VERBS = frozenset("seem appear remain stay look sound prove".split())


def _linked_state(verb) -> bool:
    """A verb of seeming or standing whose complement is an adjective that tells how its subject
    was ("looked jaded", "seemed calm", "stood ready"): a state, no happening ("proved fatal" tells
    a death, and stays)."""
    if verb.lemma_.lower() == "go":
        # "the research work is going smoothly", "the talks went well": how a course goes, told by its row
        return any(c.lower_ in _HOW_IT_GOES for c in children_with(verb, ("advmod",)))
    if verb.lemma_.lower() not in LINKING_VERBS | {"stand"} - {"prove"}:
        return False
    if any_child(verb, ("dobj", "ccomp", "xcomp")):
        return False
    return any_child(verb, ("acomp",))  # "simple", "ready"; "jaded", "worried"


# How a course goes ("is going smoothly"), not where ("went ahead", "went up").
_HOW_IT_GOES = frozenset("smoothly well badly fine normally satisfactorily smooth poorly".split())


def _progressive(verb) -> bool:
    return verb.tag_ == "VBG" and any(a.lemma_.lower() == "be" for a in children_with(verb, ("aux",)))


# Verbs of effort: what someone is working at, not what got done ("are working on a solution").
EFFORT_VERBS = frozenset("work strive endeavour endeavor labor labour".split())
# Verbs and nouns of finding out: while one goes on, nothing is reported as found or done ("police
# are investigating the theft", "the inquiry is going on").
# (not a look taken on the day: "investigators are examining the wreckage", "are checking the accounts")
_INQUIRING = frozenset("investigate probe research study monitor".split())
_INQUIRIES = frozenset("investigation inquiry enquiry probe research study".split())
# Verbs that tell an inquiry named by a noun going on: "is conducting an investigation".
_INQUIRY_GOING = frozenset("go continue conduct carry make pursue proceed".split())


def _inquiry_going_on(trigger, head) -> bool:
    """ "Police have been investigating the theft", "are studying the samples", "the inquiry is going
    on", "the army is conducting an investigation": work going on, no happening until something is
    reported as found or done (issue 16 item 1)."""
    if head is trigger:
        return head.lemma_.lower() in _INQUIRING
    return trigger.lemma_.lower() in _INQUIRIES and head.lemma_.lower() in _INQUIRY_GOING


# Verbs of finding out that a specific doer carries out as an operation ("police were investigating
# the blast", "the association was still calculating the damage", "lawyers are looking into it").
# (not "monitor": "we are monitoring developments" is a watch kept, a stance; nor "search", as much an
# aim as a search: "was searching for a ploy")
_INQUIRY_WORK = _INQUIRING - {"monitor"} | frozenset("examine analyze analyse assess evaluate review calculate".split())
# Prepositions of what an effort is at ("working on a plan", "working towards a deal") and of what
# an inquiry looks into.
_EFFORT_AT = frozenset("on toward towards".split())
_LOOKED_INTO = frozenset({"into"})
# Determiners and quantifiers of a subject told in general ("many firms", "all companies"), not of
# someone specific.
# What one weighs rather than looks into: "are examining all possibilities", "is studying options".
_CHOICES = frozenset("possibility option alternative choice scenario".split())
_IN_GENERAL = frozenset("many most all some few no every each any".split())


def _operation_going_on(trigger, head) -> bool:
    """A progressive that tells a specific doer carrying out an effort or an inquiry ("ISPs were
    meanwhile working to bypass the damaged cables", "the agency was investigating ways to improve
    capacity", "police are still investigating the blast", "the navy is conducting an investigation",
    "my lawyers are looking into the possibility"): an operation going on at the story's time, which
    the guidelines list (dated by the period the text gives), not a habit nor a stance kept. Not
    what a thing or people in general do ("many firms are working to cut costs"), a relative clause
    that tells who someone is, nor the scene of a happening its clause tells ("were working in the
    shaft when the gas exploded")."""
    if head.dep_ == "relcl" or not _specific_doer(head) or _a_scene(head):
        return False
    if any(
        c.dep_ == "advcl" and any(m.lower_ in _SCENE_MARKS for m in children_with(c, ("mark", "advmod")))
        for c in head.children
    ):
        return False
    lemma = head.lemma_.lower()
    if head is not trigger:
        # "the navy is conducting an investigation into the collision"
        return trigger.dep_ == "dobj" and trigger.lemma_.lower() in _INQUIRIES and lemma in _INQUIRY_GOING
    if lemma in EFFORT_VERBS:
        # "working to bypass the cables", "working on a joint plan" (not "working in the shaft")
        # (the infinitive hung as a purpose or a complement; one with a time of its own is told as
        # done on that day, "were working to free the miners on Monday", the infinitive's row)
        aims = [
            c
            for c in head.children
            if c.dep_ in ("xcomp", "advcl") and any(a.lower_ == "to" for a in children_with(c, ("aux",)))
        ]
        if any(t.ent_type_ in ("DATE", "TIME") for c in aims for t in c.subtree):
            return False
        return bool(aims) or _at_a_thing(head, _EFFORT_AT)
    if lemma in _INQUIRY_WORK:
        objects = children_with(head, ("dobj",))
        if any(o.lemma_.lower() in _CHOICES and o.tag_ == "NNS" for o in objects):
            return False  # "we are examining all possibilities", "is studying options": weighing, a stance
        # "investigating how the fire started", "reviewing whether ...": a question looked into (not
        # "are calculating that the sanctions will hold": a reckoning)
        return (
            bool(objects)
            or _at_a_thing(head, _LOOKED_INTO)
            or any(_a_question(c) for c in children_with(head, ("ccomp",)))
        )
    # "are looking into the possibility" (not "are looking for the spot behind Brazil": an aim)
    return lemma == "look" and _at_a_thing(head, _LOOKED_INTO)


def _a_question(clause) -> bool:
    """Does the clause open with "whether", "if" or a question word ("how the fire started")?"""
    first = clause.doc[clause.left_edge.i]
    return first.lower_ in ("whether", "if") or first.tag_ in ("WRB", "WP", "WDT")


def _a_scene(verb) -> bool:
    """A clause of "while" or "when" that sets the scene of what its main clause tells ("whom he
    met while he was studying geography"): the time of that happening, no row of its own."""
    return verb.dep_ == "advcl" and any(m.lower_ in ("while", "when") for m in children_with(verb, ("mark", "advmod")))


def _at_a_thing(verb, prepositions: frozenset[str]) -> bool:
    """Does one of these prepositions with its object hang on the verb ("working on a plan")?"""
    return any(c.lower_ in prepositions and any_child(c, ("pobj",)) for c in children_with(verb, ("prep",)))


def _specific_doer(verb) -> bool:
    """The subject of a verb of doing (working at, inquiring) told as someone specific: a name, a
    pronoun, a body or people of the story ("the ISPs", "police", "detectives"), not people in
    general ("many firms", "all companies", "you"), a demonstrative, nor a text ("the study is
    examining ...": what a text covers)."""
    subjects = children_with(verb, ("nsubj",))
    if not subjects:
        return False
    subj = subjects[0]
    if subj.tag_ == "PRP":
        return subj.lower_ not in ("you", "one")
    if subj.tag_ in ("DT", "WDT") or subj.lemma_.lower() in _TEXT_SUBJECTS:
        return False
    return not any(c.lower_ in _IN_GENERAL for c in children_with(subj, ("det", "amod", "advmod")))


# Texts, which cover a subject rather than work at it ("the study is examining ...").
_TEXT_SUBJECTS = frozenset("report study paper survey article book film programme program document".split())


# What a subject gets, faces or goes towards rather than does: going on, no happening of the day.
_UNDERGONE = frozenset("receive gain get head face undergo shelter".split()) | _BEFALLING
# What a party does for a course others run ("is facilitating the peace talks", "is backing the
# process"): a part it plays, going on, no happening of the day.
_SUPPORTING = frozenset("facilitate mediate support back sponsor assist".split())
# A course made stronger or wider ("is strengthening its efforts to ...", "is stepping up cooperation"):
# a trend of an effort or a relation, with the nouns for those.
_STRENGTHENING = frozenset("strengthen intensify enhance boost deepen expand increase improve step".split())
_COURSES = frozenset(
    "effort cooperation coordination tie relation relationship partnership friendship contact exchange "
    "work campaign drive support".split()
)


def _part_or_trend(verb) -> bool:
    """ "Norway is facilitating the peace talks", "China is strengthening its efforts to curb
    pollution", "is stepping up cooperation": a part played or a course strengthened, going on."""
    lemma = verb.lemma_.lower()
    if lemma in _SUPPORTING:
        return True
    if lemma == "step" and not any(c.lower_ == "up" for c in children_with(verb, ("prt",))):
        return False
    return lemma in _STRENGTHENING and any(c.lemma_.lower() in _COURSES for c in children_with(verb, ("dobj",)))


def _content_misread(rel) -> bool:
    """Is the relative clause what a speech verb says, misread ("PAGASA said typhoon Pepeng has
    entered the area": "entered" hung on "typhoon")?"""
    gov = rel.head.head
    return is_speech(gov) and rel in subject_hung_on_the_verb(gov)


def _going_on_now(verb) -> bool:
    """A present progressive in a main clause tells what is happening on the article's day ("are
    holding talks", "is carrying out tests", "has been verifying the e-mails"); not an aim ("is
    seeking to reduce"), a change of state ("is getting worse"), a state or what one is getting,
    facing or suffering ("is facing charges", "is receiving treatment", "is heading for victory",
    "is suffering an image crisis"), a part played or a course strengthened ("is facilitating the
    peace talks", "is strengthening its efforts to ...") nor a description ("which is heading for ...")."""
    aux = next((a.tag_ for a in children_with(verb, ("aux",)) if a.tag_ in ("VBZ", "VBP", "VBD")), None)
    if verb.dep_ == "relcl" or aux is None or aux == "VBD" and not _going_on_then(verb):
        return False
    lemma = verb.lemma_.lower()
    if (
        lemma in _UNDERGONE
        or _part_or_trend(verb)
        or lemma in STATIVE_VERBS
        and lemma != "hold"  # "are holding dialogue", "is holding hostages": not a state
        and not any(_event_like(c) for c in children_with(verb, ("dobj",)))
    ):
        return False
    calling = lemma in _CALLING  # "is asking investigators to tell patients ...": the request is made
    return not any(
        c.dep_ in ("ccomp", "attr", "acomp", "oprd")
        or c.dep_ == "xcomp"
        and not calling
        or c.dep_ == "mark"
        and c.lower_ in _BACKGROUND_MARKS
        for c in verb.children
    )


# Adverbs by which a present progressive tells what stands as it is ("is still seeking recognition",
# "is currently serving a jail term", "are now pinning their hopes on a deal").
_STANDING_ADVERBS = frozenset("still currently now".split())


def _standing_now(verb) -> bool:
    """ "The church is still seeking recognition", "the committees which are currently running the
    towns", "OPEC members are currently benefiting from high prices", "is now considering a range of
    options": a state of affairs, a stance or a course that goes on, no happening of the day; not a
    move ("we are now leaving for Lusaka") nor a happening of a kind news tells ("is currently
    negotiating with RAG", "the army is now shelling the town")."""
    if not any(a.tag_ in ("VBZ", "VBP") for a in children_with(verb, ("aux",))):
        return False  # a present progressive ("was still burning on Monday": what went on then)
    if not any(c.lower_ in _STANDING_ADVERBS for c in children_with(verb, ("advmod",))):
        return False
    if any(
        c.dep_ in ("prep", "npadvmod", "advmod")
        and c.lower_ not in _STANDING_ADVERBS
        and any(t.ent_type_ in ("DATE", "TIME") for t in c.subtree)
        for c in verb.children
    ):
        return False  # "are still voting on Tuesday": a time of its own
    return not {verb.lemma_.lower(), verb.lower_} & (_TRAVEL_VERBS | _KIND_WORDS)


# Verbs of asking someone to do a thing: told going on, the request is being made ("Pfizer is asking all
# investigators to inform patients", "police were urging residents to stay indoors").
_CALLING = frozenset("ask urge advise instruct order tell call encourage request appeal".split())


def _news_going_on(verb) -> bool:
    """A present progressive that tells a happening of a kind news lists with whom or what it is
    done to: "we are negotiating with the armed opposition", "are evacuating 3,000 people", "are
    fighting in Aleppo"; not "we are doing our best", "are fighting terrorism", "the campaign is
    intensifying" (a trend)."""
    if verb.lemma_.lower() not in _KIND_WORDS:
        return False
    for c in verb.children:
        if c.dep_ == "dobj" and any(t.pos_ == "PROPN" or t.like_num for t in c.subtree):
            return True
        if c.dep_ == "prep" and c.lower_ in ("with", "in", "at", "on") and any_child(c, ("pobj",)):
            pobj = next(g for g in children_with(c, ("pobj",)))
            if c.lower_ == "with" or any(t.pos_ == "PROPN" for t in pobj.subtree):
                return True  # a counterpart ("with the rebels"), a named place ("in Aleppo")
    return False


# Conjunctions of a clause given as background or a reason: "because the mines are losing money",
# "although the coal price has been rocketing".
_BACKGROUND_MARKS = frozenset("because although though while whereas as since".split())


# Verbs that say how a quantity, a state or a relation will change: in the future, a forecast.
FORECAST_VERBS = frozenset(
    "become benefit depend coincide help grow rise fall hit reach exceed increase decrease drop climb "
    "remain continue improve worsen affect bring push slow accelerate double triple surpass top "
    # and states to come: "the new firm will rank among the top 10", "the park will feature a centre"
    "rank feature represent cost total number lack "
    # and what a happening would bring about: "such a move would prevent outside influence"
    "prevent ensure enable allow avert undermine strengthen weaken hurt "
    # and the outcome of a contest, which no one can schedule: "is expected to win 15 golds", "Japan
    # would sweep the judo golds" (not "will defend her title", "will play Italy": the contest itself)
    "win sweep clinch".split()
)
# More changes of a quantity ("demand will soar", "output will shrink"): a forecast when a quantity is
# their subject (not "the government will expand education").
_QUANTITY_CHANGES = frozenset("soar plunge plummet shrink decline expand jump surge slump tumble dip".split())
# What a forecast is of: a quantity, a price, a rate ("demand", "the oil price", "economic growth").
_QUANTITIES = frozenset(
    "demand price rate growth output production consumption export import inflation gdp economy sale "
    "revenue profit earning cost number figure total population volume index value income spending "
    "deficit surplus debt unemployment emission temperature level capacity supply reserve yield turnover "
    "investment loss traffic".split()
)


# What a past progressive tells as a course, a standing or an aim rather than what was being done: a
# quantity or a mood changing ("confidence was improving"), a plan ("was planning a divorce"), an
# inquiry ("the FBI was analyzing the computers"), a score ("was leading 2-1"), a feeling or a wait
# ("was looking forward to", "were waiting for news").
_COURSES_THEN = (
    FORECAST_VERBS
    | _QUANTITY_CHANGES
    | _STRENGTHENING - {"step"}  # ("was stepping down": a resignation)
    | PLAN_VERBS
    | _INQUIRING
    | _MARGINS
    | PSYCH_VERBS
    | RELATION_VERBS
    | frozenset("analyze analyse examine look wait hope".split())
)
# Conjunctions of a clause that tells the happening a past progressive was the scene of ("was
# climbing when he fell").
_SCENE_MARKS = frozenset("when as while".split())


def _going_on_then(verb) -> bool:
    """A past progressive tells what was being done in the story's time ("police were warning
    against travel", "France was sending 1,000 troops", "Rumsfeld was stepping down"), not a course
    or an aim (_COURSES_THEN) nor the scene of a happening its clause tells ("the man was climbing
    with a friend when he fell")."""
    if verb.lemma_.lower() in _COURSES_THEN or _a_thing_doing(verb):
        return False
    return not any(
        c.dep_ == "advcl" and any(m.lower_ in _SCENE_MARKS for m in children_with(c, ("mark", "advmod")))
        for c in verb.children
    )


# Verbs of a thing's way ("some flights were still landing", "the storm was moving west"): what it does.
_ON_ITS_WAY = _TRAVEL_VERBS | frozenset("land move advance approach cross enter".split())


def _a_thing_doing(verb) -> bool:
    """The subject of a past progressive is a thing, not someone who acts nor a happening ("military
    marches were blaring", "the polls were still exaggerating the Labour lead", "their tactic was
    paying off", "environmental problems were striking industrial parks"): the scene, a trend or a
    judgement, not what was being done. Not "talks were taking place", "the ministry was preparing",
    "some flights were still landing"."""
    subjects = children_with(verb, ("nsubj",))
    if not subjects or verb.lemma_.lower() in _TAKING_PLACE | _ON_ITS_WAY:
        return False
    return _plans_nothing(subjects[0])


def _dated_projection(verb, lemma: str) -> bool:
    """ "is forecast to double by 2025", "is projected to rise to 20 next year": a quantity foretold with
    its time (the caller checks the date), a planned row of that time as the guidelines ask."""
    return verb.dep_ == "xcomp" and lemma in ("forecast", "project") and _quantity_forecast(verb)


def _quantity_forecast(verb) -> bool:
    """A change or level foretold of a quantity ("output will shrink", "the oil price will decrease")."""
    return _quantity_subject(verb) and _quantity_change(verb)


def _quantity_change(verb) -> bool:
    """A verb that can tell how a quantity changes or where it stands ("rise", "soar", "exceed")."""
    return verb.lemma_.lower() in FORECAST_VERBS or verb.lemma_.lower() in _QUANTITY_CHANGES


def _quantity_subject(verb) -> bool:
    """The subject of the verb (or of the verb that expects it: "growth is expected to exceed 3.4
    percent") is a quantity, which nobody plans: "the oil price will decrease to 35 dollars by 2010"."""
    verbs = [verb]
    while verb.dep_ in ("xcomp", "conj") and verb.head.i != verb.i:
        verb = verb.head
        verbs.append(verb)
    subjects = [c for v in verbs for c in children_with(v, ("nsubj", "nsubjpass"))]
    return bool(subjects) and subjects[0].pos_ == "NOUN" and subjects[0].lemma_.lower() in _QUANTITIES


def _plans_its_subject(verb) -> bool:
    """ "are expected to", "is set for", and "is to be held", "are to meet": "be" with a
    to-infinitive."""
    if verb.lemma_.lower() in PLAN_VERBS:
        return True
    return verb.lemma_.lower() == "be" and any(
        x.dep_ == "xcomp" and any(c.lower_ == "to" for c in children_with(x, ("aux",))) for x in verb.children
    )


def _forecast(verb) -> bool:
    """A future or expected change of a quantity or state ("will become closer", "is expected to
    exceed 3.4 percent", "likely to push prices up"), not a scheduled happening."""
    return verb.lemma_.lower() in FORECAST_VERBS


# What a happening or a measure does when it is the subject of a future: not a plan but its effect.
_MEASURES = frozenset(
    "action move step change project measure policy plan programme program scheme initiative reform law rule "
    "bill".split()
)
# Verbs that only say that a happening takes place, starts, goes on or ends: its schedule, a plan.
_TAKING_PLACE = frozenset(
    "take begin start resume open close end continue last run go come enter expire conclude finish happen "
    "occur proceed follow precede convene".split()
)


def _happening_subject(noun) -> bool:
    """A noun that names a happening or a measure ("the deal", "such action", "the climate changes"),
    not someone who could plan ("the ministry", "Chile")."""
    if noun.pos_ != "NOUN" or tables(noun.doc).ents[noun.i] in ("PERSON", "ORG", "GPE", "NORP"):
        return False
    # (not every deverbal: "the alliance", "the defence", "the tribunal" will act)
    return noun.lemma_.lower() in EVENT_NOUNS | _MEASURES


def _effect_foretold(verb) -> bool:
    """A future in the active voice whose subject is a happening or a measure, and whose verb does more
    than schedule it ("the deal would further upgrade bilateral trade", "such action will hinder peace
    efforts"): what it is said to bring about, no happening planned. Not "the talks will resume"."""
    if verb.tag_ != "VB" or verb.lemma_.lower() in _TAKING_PLACE:
        return False  # "would be swift and promised that ...": a verb of its own tense
    if any_child(verb, ("auxpass", "nsubjpass")):
        return False
    while verb.dep_ == "conj" and not any_child(verb, ("nsubj",)) and verb.head.i != verb.i:
        verb = verb.head  # "would upgrade trade and inject new vigor": the subject of the first verb
    return any(_happening_subject(c) for c in children_with(verb, ("nsubj",)))


# Verbs of a purpose: "the move aims to ...", "the law is designed to ...".
_PURPOSES = frozenset("aim seek intend mean design".split())


def purpose_of_a_thing(verb) -> bool:
    """A clause that tells what a measure, a happening or a thing is for ("the move aims to expand
    diversity", "the move also seeks to thwart smuggling", "the scheme is designed to cut queues"):
    a description, no happening; a statement of it is no news either (not "the ministry aims to
    ...": someone's plan)."""
    if verb.lemma_.lower() not in _PURPOSES or not any_child(verb, ("xcomp",)):
        return False
    subjects = children_with(verb, ("nsubj", "nsubjpass"))
    return bool(subjects) and (_happening_subject(subjects[0]) or _plans_nothing(subjects[0]))


# Verbs of what a finding shows: "the poll showed", "surveys have shown that ...".
_FINDINGS = frozenset("show indicate suggest reveal".split())


def finding_of_a_thing(verb) -> bool:
    """What a poll, a survey or a thing shows ("sources claimed it showed their tactic was paying
    off", "the survey showed that most residents would ..."), when what it shows has no row: a
    finding told in passing, no statement anyone made (not "the minister revealed that ...")."""
    if verb.lemma_.lower() not in _FINDINGS:
        return False
    subjects = children_with(verb, ("nsubj",))
    if not subjects:
        return False
    subj = subjects[0]
    if subj.lower_ == "it":
        return True
    return subj.pos_ in ("NOUN", "PROPN") and subj.lemma_.lower() in EVENT_NOUNS or _plans_nothing(subj)


# People and bodies of people: the lexicon's, and more words for people in office, at war or in
# the news.
_PEOPLE = PEOPLE_NOUNS | frozenset(
    """troop troops rebel rebels police militant militants soldiers spokesman spokeswoman official
    officer witness source diplomat analyst doctor lawyer aide adviser commander villager survivor
    deputy envoy assistant secretary attorney son daughter wife husband brother sister father mother
    successor predecessor rival opponent ally coach manager agent teammate actor actress singer star
    politician founder athlete businessman tycoon writer author artist activist cleric lawmaker
    legislator""".split()
)
# Bodies of people besides those the actor rules know ("the winning duo will meet ...", "the
# Dutch contingent will guard ...").
_GROUPS = frozenset(
    "duo trio quartet pair couple troupe band choir orchestra ensemble cast contingent garrison battalion "
    "brigade regiment platoon squadron detachment mission convoy champion household community electorate "
    "public opposition left right".split()
)
# Heads that count what follows "of": "a total of 22 troupes", "dozens of firms".
_HOW_MANY = frozenset(
    "total number group majority lot handful dozen dozens hundred hundreds thousand thousands".split()
)
# Demonstratives standing alone for what was just told: "this will threaten ...".
_DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})


def _plans_nothing(subj) -> bool:
    """A subject that cannot schedule what its verb says: a demonstrative standing for what was told
    ("this", not "those who assist them") or a thing ("the floodwaters", "the film", "such growth"),
    not someone named, a person, a body of people or a craft ("the ministry", "the troops", "the ship")."""
    if subj.tag_ == "DT":
        return subj.lower_ in _DEMONSTRATIVES and not any_child(subj, ("relcl",))
    if subj.lemma_.lower() in _HOW_MANY or subj.like_num:
        # "a total of 22 troupes will present ...", "dozens of firms will ...": what is counted
        counted = [g for p in children_with(subj, ("prep",)) if p.lower_ == "of" for g in p.children]
        if counted and counted[0].dep_ == "pobj":
            return _plans_nothing(counted[0])
    if subj.pos_ != "NOUN" or tables(subj.doc).ents[subj.i] or _conjoined_name(subj):
        return False
    if subj.text[:1].isupper() and subj.i > subj.sent.start:
        return False  # "Bar-On was slated to ...": a name the tokenizer split, tagged as a noun
    lemma = subj.lemma_.lower()
    if {lemma, subj.lower_} & (_PEOPLE | _GROUPS):
        return False
    if lemma in _QUANTITIES:
        return False  # "car sales were expected to sink this year": the forecast rules' (_forecast)
    # people told by what they do or are ("the winner", "the investors", "the opponent", "the
    # Egyptian sculptor"): some things end so too ("the sector"), and stay plans
    return not lemma.endswith(("er", "or", "ist", "ian", "ee", "ant", "ent")) or lemma.endswith("ment")


def _conjoined_name(noun) -> bool:
    return any((c.pos_ == "PROPN" or tables(noun.doc).ents[c.i]) for c in children_with(noun, ("conj",)))


def _foretold_of_a_thing(verb) -> bool:
    """A future in the active voice, with no date, whose subject is a thing or a demonstrative ("this
    will threaten the viability of phone companies", "the floodwaters will delay planting", "the
    film will cover the joyful attitude to death", "such growth is expected to lead to more
    pollution", "more such cases would emerge"): a prediction or a description, since a thing
    schedules nothing (GUIDELINES section 1: planned is scheduled or firmly announced). Not a
    happening's schedule ("the talks will resume"), a trip ("the ship will sail"), nor someone's
    plan ("the ministry will cut ...", "it will take part in the talks"). A relative clause's "which"
    or "that" is its noun: "a contract that will pay him 5 million a season" describes the contract.
    A quantity as the subject ("inflation would ease to 3 percent", "the economy will glide to a soft
    landing", "unemployment would peak at 10 percent") is foretold whatever the verb, as the forecast
    rules (:func:`_quantity_forecast`) read the verbs of change; and a verb of going that moves a
    quantity ("free trade will drive growth") is no trip."""
    lemma = verb.lemma_.lower()
    if verb.tag_ != "VB" or lemma in _TAKING_PLACE or (lemma in _TRAVEL_VERBS and not _moves_a_quantity(verb)):
        return False
    if any_child(verb, ("auxpass", "nsubjpass")):
        return False
    verbs = [verb]
    while verb.dep_ in ("xcomp", "conj") and verb.head.i != verb.i and not _subject_of(verb):
        verb = verb.head  # "growth is expected to lead to ...": the subject of "expected"
        verbs.append(verb)
    subjects = [c for v in verbs for c in _subject_of(v)]
    if subjects and subjects[0].lower_ in _RELATIVES and verbs == [verb] and verb.dep_ == "relcl":
        # "a deal that will pay him", "the polls, which will elect ...": its noun (not "a centre that
        # is expected to host the games": a venue's schedule)
        subjects[0] = verb.head
    return bool(subjects) and (_plans_nothing(subjects[0]) or _a_quantity(subjects[0]))


def _a_quantity(noun) -> bool:
    """A quantity, a price or a rate named by a common noun ("inflation", "the oil price", "demand");
    not a count of what follows it ("a total of 22 troupes", "a number of firms": those counted)."""
    if noun.pos_ != "NOUN":
        return False
    lemma = noun.lemma_.lower()
    if lemma not in _QUANTITIES:
        return False
    return not (lemma in _HOW_MANY and any(c.lower_ == "of" for c in children_with(noun, ("prep",))))


def _moves_a_quantity(verb) -> bool:
    """ "will drive growth", "would drive prices higher": a verb of going whose object is a quantity."""
    return any(_a_quantity(c) for c in children_with(verb, ("dobj",)))


# Relative pronouns that stand for a thing as a relative clause's subject.
_RELATIVES = frozenset({"which", "that"})


def _subject_of(verb) -> list:
    return children_with(verb, ("nsubj", "nsubjpass"))


# Verbs that weigh what a happening or a measure brought about rather than tell a happening of their
# own: "the sale exceeded the target", "the move confirmed speculation", "the work provided a basis".
_EFFECT_VERBS = frozenset(
    "exceed surpass confirm prove provide bring increase heighten strengthen weaken undermine ensure enable "
    "allow help boost fuel deepen ease".split()
)
# What a happening proves that is itself a happening: "the injury proved fatal".
_FATAL = frozenset("fatal deadly lethal".split())
# Nominals of a doing other than the listed event nouns: "the doubling of oil prices", "the license
# issuance", "Cai's work".
_DOING_SUFFIXES = ("ing", "ance", "ment")
_NOT_DOINGS = frozenset(
    "alliance ceiling building thing evening morning string wing king ring government parliament department "
    "management establishment apartment equipment element".split()
)


def _doing(noun) -> bool:
    """A noun that names a happening, a measure or a doing (not a body: "the alliance")."""
    if _happening_subject(noun):
        return True
    if noun.pos_ != "NOUN" or tables(noun.doc).ents[noun.i]:
        return False
    lemma = noun.lemma_.lower()
    return lemma in ("work", "research") or lemma.endswith(_DOING_SUFFIXES) and lemma not in _NOT_DOINGS


def _effect_told(verb) -> bool:
    """A happening, a measure or a doing weighed by what it brought about, in the past or the present
    ("the upfront sale exceeded the target", "the doubling of oil prices has increased the risk", "the
    bureau's move confirmed speculation", "the policy has proven extremely effective", "it has been
    proven that the party is two factions"): an evaluation, no happening (GUIDELINES section 1). Not
    what it did to people or things ("the blast destroyed a Humvee", "the attacks killed 57"), a
    quantity it changed ("increased its capital to 5 billion"), nor "the injury proved fatal"."""
    lemma = verb.lemma_.lower()
    if lemma not in _EFFECT_VERBS or verb.tag_ not in ("VBD", "VBN", "VBZ", "VBP"):
        return False
    if any(c.lower_ in _FATAL for c in verb.subtree):
        return False
    if lemma == "prove" and any(c.lower_ == "it" for c in children_with(verb, ("nsubjpass", "expl"))):
        return True  # "it has been proven that ...": a finding about a state
    objects = [
        c for c in verb.children if c.dep_ in ("dobj", "attr", "oprd") or c.dep_ == "prep" and c.lower_ in ("to", "by")
    ]
    if any(tables(verb.doc).ents[t.i] in _AMOUNTS for o in objects for t in o.subtree):
        return False  # "increased its capital to 5 billion yuan": a change of a quantity
    if lemma == "bring" and any(c.dep_ == "prep" and c.lower_ == "to" or _event_like(c) for c in verb.children):
        return False  # "brought traffic to a halt", "brought an end to the war": what it did
    return any(_doing(c) for c in children_with(verb, ("nsubj",)))


_AMOUNTS = frozenset("CARDINAL MONEY PERCENT QUANTITY".split())

# Verbs of harm done to a standing, a feeling or a relation, and the nouns of those: "have damaged
# the image of ISAF", "severely hurt the feeling of the Chinese people", "relations have been strained".
_HARMING = frozenset("damage hurt harm tarnish sour strain undermine dent erode cloud poison reduce lower".split())
_STANDINGS = frozenset(
    "image reputation standing name prestige credibility popularity feeling sentiment confidence trust foundation "
    "relation tie friendship".split()
)


# Verbs of what besets an undertaking: "the talks have been bogged down", "were overshadowed by fears".
_BESETTING = frozenset("bog overshadow cloud mar dog hamper hinder beset stall deadlock".split())


def _beset(verb) -> bool:
    """What an undertaking is beset by, told in the passive or the perfect with no time ("talks on
    the free trade zone have been bogged down because of disagreements", "the talks have been
    overshadowed by the fears that extremists could use violence", "plans were stalled"): a state of
    affairs, no happening of its own day (what besets it is told by its own rows)."""
    if verb.lemma_.lower() not in _BESETTING and verb.lower_ != "bogged":  # (the model's lemma: "bogge")
        return False
    return _perfect(verb) or any_child(verb, ("auxpass", "nsubjpass"))


# Nouns of a lasting relation between parties, the subject of its course: "relations", "ties",
# "cooperation", "friendship" (lemmas).
_RELATIONS = _RELATION_NOUNS | {"collaboration"}
# Verbs that tell a relation's start or end, a happening of its own ("ties broke down", "cooperation
# resumed"), not its course.
_RELATION_EDGES = frozenset("begin start resume commence end break collapse cease halt stop freeze suspend".split())


def _course_of_relations(verb) -> bool:
    """How a lasting relation between parties has gone, told with the relation as the doer and no
    time of its own ("relations between the two countries have developed smoothly", "bilateral
    cooperation has scored remarkable achievements", "the friendship has entered a new stage"): a
    description of a lasting relation, an evaluation, no happening (GUIDELINES section 1: lasting
    relations are no rows); not its start or end ("ties broke down", "cooperation resumed"), a change
    told at a time ("in 1999, when ties fell to their lowest"), nor a figure it reached ("trade
    cooperation reached 5 billion dollars")."""
    if verb.lemma_.lower() in _RELATION_EDGES or any_child(verb, ("nsubjpass", "auxpass", "neg")):
        return False
    if any(c.lower_ in ("when", "as") for c in children_with(verb, ("advmod", "mark"))):
        return False  # "in 1999, when ties fell to their lowest": what happened to them at that time
    subjects = children_with(verb, ("nsubj",))
    if not subjects or subjects[0].pos_ != "NOUN" or subjects[0].lemma_.lower() not in _RELATIONS:
        return False
    if subjects[0].lemma_.lower() == "exchange" and (
        subjects[0].tag_ != "NNS" or any(c.lower_ == "of" for c in children_with(subjects[0], ("prep",)))
    ):
        return False  # "the exchange of prisoners", "an exchange of fire": a happening
    t = tables(verb.doc)
    told = [c for c in t.children[verb.i] if t.deps[c] in ("dobj", "attr", "prep", "npadvmod")]
    return not any(t.ents[i] in _AMOUNTS for c in told for i in subtree_indices(verb.doc[c]))


# Verbs whose passive with "by" tells what marked or filled an undertaking or a time: "the campaign
# has been marked by tribalism" (not "plagued by power cuts": what a thing suffers, told by its row).
_CHARACTERIZING = frozenset("mark characterize characterise punctuate".split())


def _characterized_by(verb) -> bool:
    """What characterized an undertaking or a time, told in the passive with "by" and no time of its
    own, when that is no happening ("the referendum campaign has been marked by tribalism", "the
    election was characterized by low turnout"): a description (GUIDELINES 1). Not when a happening
    marked it ("the anniversary was marked by a ceremony": the happening's row), nor the active "the
    country marked the anniversary" (a celebration)."""
    if verb.lemma_.lower() not in _CHARACTERIZING or not any_child(verb, ("auxpass",)):
        return False
    objects = [o for a in children_with(verb, ("agent",)) for o in children_with(a, ("pobj",))]
    todo = list(objects)
    while todo:  # and every noun coordinated with them ("by tribalism, rhetoric and the deaths of eight")
        more = children_with(todo.pop(), ("conj",))
        objects += more
        todo += more
    return bool(objects) and not any(is_trigger(o) for o in objects)


def _standing_harmed(verb) -> bool:
    """What harmed a standing, a feeling or a relation ("Civilian casualties have damaged the image
    of ISAF", "Their acts undermined the political foundation of Sino-Japanese ties", "The two
    neighbors' relations have been strained", "had brought his office into disrepute"): an
    evaluation of what happenings did, no happening of its own (GUIDELINES section 1); not harm
    done to people or things ("the blast damaged 30 houses")."""
    lemma = verb.lemma_.lower()
    if lemma == "bring":
        return any(
            c.dep_ == "prep" and c.lower_ == "into" and any(g.lower_ == "disrepute" for g in c.children)
            for c in verb.children
        )
    if lemma not in _HARMING:
        return False
    return any(c.lemma_.lower() in _STANDINGS for c in children_with(verb, ("dobj", "nsubjpass")))


# Texts of rules that hold for everyone they name: what they say will be done to whoever breaks them
# is a norm, no happening planned. (Not a deal's or a plan's acts: "under the agreement, the
# government will cut its troops by half" is a row of the dev set, GUIDELINES fourth batch.)
_RULE_TEXTS = frozenset("rule regulation law charter constitution statute code".split())


def _by_the_terms(verb) -> bool:
    """A future told as what rules lay down ("officials will face warnings, according to new rules",
    "under the law, offenders will be fined")."""
    for c in children_with(verb, ("prep",)):
        if c.lower_ in ("under", "according", "as", "per"):
            if any(t.dep_ == "pobj" and t.lemma_.lower() in _RULE_TEXTS for t in c.subtree):
                return True
    return False


def _described_by(verb) -> bool:
    """A relative clause in the past with no date that tells who or what its noun is ("the man who
    waited on the beach", "the fort which played a key role", "the poll that showed"): its
    relative pronoun is the subject."""
    if verb.lemma_.lower() in _HARM:
        return False  # "the car bomb that killed Gibran Tueni": a happening in its own right
    if _kind_told(verb):
        return False  # "the company which bought the stake", "Emms, who beat Clark": a happening of its kind
    if _course_of_a_happening(verb):
        return False  # "a fire which swept through the camp", "the revolution which ended colonial rule"
    return any(c.lower_ in ("who", "which", "that") for c in children_with(verb, ("nsubj",)))


def _course_of_a_happening(verb) -> bool:
    """A relative clause in the simple past on a noun that names a happening ("an enormous fire which
    swept through the camp", "the uprising that toppled the king", "the revolution which ended 132
    years of colonial rule"): a happening has no lasting traits for the clause to describe, so what
    it tells the happening did is a happening too (not a state, a way of life or a trend: "the war
    which lasted a decade", "the crisis that remained unsolved"; nor what it brought or weighed:
    "the reform which helped growth", "the talks which focused on trade")."""
    if verb.tag_ != "VBD" or any_child(verb, ("aux", "auxpass", "neg")):
        return False
    noun = verb.head
    kind = noun.lemma_.lower()
    if noun.pos_ != "NOUN" or kind not in EVENT_NOUNS and kind not in _HARM or kind in _TEXTS | _RULINGS:
        return False  # not "the ruling which ruled that ...", "a report that found ...": a text's content
    lemma = verb.lemma_.lower()
    if lemma in STATIVE_VERBS or lemma in _LASTING | _CAREER | _TRENDS | _BROUGHT | _CONTENT_VERBS | _MEASURED:
        return False
    if lemma in _RESULT_GIVES:
        # "the win which gave them the gold", "the loss that handed Australia a 3-0 lead": the result's row
        return False
    if lemma in _SIDES_OR_TIME:
        # "the war which pitted UNITA against the MPLA": who took part; "the attack which came a day
        # after": when it fell
        return False
    if any(c.dep_ in ("acomp", "attr", "oprd") for c in verb.children):
        return False  # "which proved costly", "that became a symbol"
    if lemma in _SETTING_OUT and any(c.lower_ in ("down", "out") for c in children_with(verb, ("prt",))):
        return False  # "the treaty that set down the terms": what a text lays down
    return not _light(verb) and not _becomes(verb)


# Verbs by which a result is said to give what it won or lost: the result's row tells it.
_RESULT_GIVES = frozenset("give hand earn secure seal clinch guarantee grant award".split())
# Verbs that tell who took part in a happening or when it fell, not a step of it.
_SIDES_OR_TIME = frozenset("pit come happen occur fall coincide precede follow".split())
# Verbs that give a happening's size: "the quake that measured 7.5", "a blast that registered 4.1".
_MEASURED = frozenset("measure register gauge rate".split())
# Verbs that, with "down" or "out", say what a text lays down: "set down the terms", "spelled out".
_SETTING_OUT = frozenset("set lay spell".split())


# Texts whose findings a relative clause gives: what they found or showed is their content.
_TEXTS = frozenset(
    "poll survey forecast projection study model simulation estimate analysis report expose exposé "
    "document inquiry investigation review audit statement paper".split()
)
_KIND_WORDS = frozenset(w for kind, words in KINDS.items() if kind not in ("rise", "fall") for w in words)


# Verbs that say what a text is about or lays down: "the paper examined the rise in prices", "the
# poll compared his rating with his predecessors'", "the program provides for specialists to ...".
_CONTENT_VERBS = frozenset(
    "examine review analyse analyze compare cover describe outline address discuss focus detail list "
    "envisage stipulate specify define".split()
)
# Verbs of saying that, in the present, tell what a law or an agreement lays down ("the agreement
# states that ...", "the constitution says ..."), not a statement made on a day.
_LAYING_DOWN = frozenset("state say stipulate provide".split())


def _text_covers(verb) -> bool:
    """What a report, a poll or an agreement covers or lays down ("The OECD paper examined the rise
    in house prices", "The CBS poll compared Bush's rating with ...", "The agreement states that
    Philippine authorities shall have jurisdiction"): its content, no happening (its release or
    signing is the row). Not what it found or showed ("the survey found that ...": figures released)."""
    texts = [c for c in children_with(verb, ("nsubj",)) if c.pos_ == "NOUN"]
    if not texts:
        return False
    kind = texts[0].lemma_.lower()
    lemma = verb.lemma_.lower()
    if lemma in _CONTENT_VERBS:
        return kind in _TEXTS | _RULE_TEXTS | DOCUMENT_NOUNS
    return lemma in _LAYING_DOWN and verb.tag_ in ("VBZ", "VBP") and kind in _RULE_TEXTS | DOCUMENT_NOUNS


# Texts besides reports and laws whose participle tells what they say: "a court ruling accusing ...".
_RULINGS = frozenset("ruling verdict judgment judgement".split())
_SAYING_TEXTS = _TEXTS | _RULE_TEXTS | DOCUMENT_NOUNS | _RULINGS


def what_a_text_does(verb) -> bool:
    """A present participle on a text ("a report attacking the minister", "a court ruling accusing
    the government of the murder", "an agreement defining their relations", "an accord liberalising
    air traffic"): what the text says or lays down, no happening (its release or signing is the
    row); not when it takes effect or starts ("the pact taking effect on Monday")."""
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or verb.lemma_.lower() in _TAKING_PLACE:
        return False
    text = verb.head
    return text.pos_ == "NOUN" and text.lemma_.lower() in _SAYING_TEXTS


def _kind_told(verb) -> bool:
    """A relative clause whose verb names a kind of happening (a purchase, a win, an arrest) tells
    that happening, not which one its noun is; not the findings of a text ("an expose that found
    allegations") nor a move, which may be anyone's rise ("who rose from the slums"). A kind told
    by the verb with the words after it counts ("who tested positive for a steroid", "which threw
    stones at the convoy": kinds._TOLD_TABLE; not a verb listed there alone, "who voted")."""
    if verb.head.lemma_.lower() in _TEXTS:
        return False
    lemma = verb.lemma_.lower()
    if lemma in _KIND_WORDS:
        return True
    # only a kind its verb names with the words after it ("tested positive"), not by itself ("who voted")
    return bool(told_kinds(lemma, [t.text for t in verb.doc[verb.i + 1 : verb.i + 6]]) - told_kinds(lemma))


def _kind_done(verb) -> bool:
    """A relative clause in the perfect whose verb names a kind of happening ("DeLay, who has been
    indicted on three charges", "the results in which Johnson-Sirleaf has won"): a happening done,
    not a description of its noun ("a region that has seen leaders rise"). (Harm in the perfect
    sums a toll over time, "Darfur, where violence has killed hundreds of thousands": a row only
    when it is the toll of its noun, events._toll_told.)"""
    if verb.lemma_.lower() in _HARM or not _kind_told(verb):
        return False
    return any(c.lemma_.lower() == "have" for c in children_with(verb, ("aux",)))


def _object_gap(verb) -> bool:
    """A relative clause whose noun is its verb's object ("the loans he took", "the amount Pyongyang
    requested", "the reforms that it launched"): it tells which thing, the row is the thing's."""
    if verb.lemma_.lower() in _HARM or any_child(verb, ("auxpass", "ccomp", "xcomp")):
        return False
    subjects = children_with(verb, ("nsubj",))
    if not subjects or any(s.lower_ in ("who", "which", "that") for s in subjects):
        return False
    if any(
        c.dep_ == "advmod"
        and c.lower_ in ("where", "when", "why")
        or c.dep_ == "prep"
        and any(g.lower_ in ("which", "whom") for g in c.children)
        for c in verb.children
    ):
        return False  # "the building where the leaders surrendered", "the speech in which he called ..."
    noun = verb.head
    if _staged_but_denied(verb, noun):
        return False  # "would not attend the meeting that Tsvangirai called": the calling is the row
    if noun.lemma_.lower() in _TIMES or verb.i > 0 and verb.doc[min(c.i for c in verb.subtree) - 1].lower_ == ",":
        # "the day he died"; ", which the army blamed on a malfunction": a happening told in passing
        return False
    objects = children_with(verb, ("dobj",))
    return all(o.lower_ in ("that", "which", "whom") for o in objects)


_TIMES = frozenset("day night time moment year month week hour morning evening afternoon period".split())
# Verbs by which someone sets up or puts on a happening its noun names: "the meeting he called".
_STAGING = frozenset("call convene organize organise stage hold launch announce arrange".split())


def _staged_but_denied(verb, noun) -> bool:
    """A relative clause in the simple past that tells who set up the happening its noun names,
    when the clause around the noun denies or doubts it ("would not attend the emergency meeting
    that Tsvangirai called", "may boycott the strike the union announced"): the noun's row is
    hidden, the setting up took place and is the row (not "attended the meeting that he called":
    the meeting's row tells it)."""
    if verb.lemma_.lower() not in _STAGING or verb.tag_ != "VBD" or noun.pos_ != "NOUN":
        return False
    if any_child(verb, ("aux", "auxpass", "neg")):
        return False
    gov = clause_head(noun)
    return gov is not None and gov is not noun and (_negated(gov) or _modal(gov) == "modal")


# Verbs of violence and disaster: a relative clause with one tells a happening, not who someone is.
_HARM = frozenset(
    word for kind in ("death", "injury", "attack", "quake", "storm", "fire", "crash", "flood") for word in KINDS[kind]
) | frozenset({"destroy", "damage", "devastate", "flatten", "sink"})


# Verbs of a lasting way of life, a career, a stance or a trend: told aside, what their subject is
# or went through over time ("Okafor, who lived in Lagos", "the actor, who starred in films", "the
# index, which has risen sharply"), not a happening of its own.
_LASTING = frozenset("live reside work serve play stay remain last exist belong wait spend".split())
_CAREER = frozenset("star participate compete cover keep maintain oppose support favour favor back represent".split())
_TRENDS = frozenset(w for kind in ("rise", "fall") for w in KINDS[kind]) | frozenset("grow expand shrink".split())
# Verbs that weigh what something brought about ("the festival, which helped strengthen ties", "the
# errors, which left a tie", "the deal, which allowed troops to enter"): an effect, no happening.
_BROUGHT = _EFFECT_VERBS | frozenset("lead cause affect leave let".split())
# Adverbs that make a perfect tell a recent happening ("who has just guided the club to a title").
_RECENTLY = frozenset("just recently newly already".split())


def _done_recently(verb) -> bool:
    """A relative clause that places one deed at a recent moment ("a doctor who recently returned
    from a mission", "the company that has just bought the mill"): "recently", "just" pick out a
    single happening near the article's day, not what its noun is or does by habit (a restrictive
    clause with no such word, "the man who waited on the beach", stays a description). Simple past
    or active perfect only, and no state ("who recently lived in Lagos", "who just wanted to help")."""
    if not any(c.lower_ in ("recently", "just") for c in children_with(verb, ("advmod",))):
        return False
    auxes = children_with(verb, ("aux", "auxpass"))
    if verb.tag_ == "VBD":
        past = not auxes
    else:
        past = verb.tag_ == "VBN" and len(auxes) == 1 and auxes[0].dep_ == "aux" and auxes[0].lemma_.lower() == "have"
    lemma = verb.lemma_.lower()
    return past and lemma not in STATIVE_VERBS and lemma not in _LASTING and not _light(verb) and not _becomes(verb)


def _told_aside(verb) -> bool:
    """A relative clause set off by a comma whose relative pronoun is its subject and that tells
    one thing its noun did or underwent: in the simple past ("Harrow, who pulled out of the squad",
    "the 1998 treaty, which ended a border war"), in a perfect made recent ("the trainer, who has
    just steered the club to its first cup"), in the past perfect ("the rebels, who had seized the
    port") or in a perfect passive with a named doer ("the office, which has been criticised by
    Minister Ruiz"). A happening told on the way, not who or what the
    noun is; the checks after the relative clause's still apply (a state, a role, a habit). Not a
    perfect of a career or a tally ("who has covered five Games", "who have won two of three"), a
    way of life, a stance or a trend ("who lived in Lagos", "who starred in films", "which has risen
    sharply"), an effect ("which helped strengthen ties"), how its noun was ("who had gone
    unnoticed"), a share ("which provided 50 percent of jobs"), what a text says ("the report, which
    stressed ..."), a label ("who claimed himself as commander"), a class ("Greek athletes, who
    finished in the top eight"), nor a restrictive clause, which tells which one ("the man who
    waited on the beach")."""
    subjects = children_with(verb, ("nsubj", "nsubjpass"))
    if len(subjects) != 1 or subjects[0].lower_ not in ("who", "which") or subjects[0].i > verb.i:
        return False
    first = min(c.i for c in verb.subtree)
    if first == 0 or verb.doc[first - 1].text != "," or subjects[0].i != first:
        return False
    auxes = children_with(verb, ("aux", "auxpass"))
    if verb.tag_ == "VBD" and not auxes:
        pass  # "who pulled out of the squad"
    elif verb.tag_ != "VBN" or not auxes or any(a.lemma_.lower() not in ("have", "be") for a in auxes):
        return False  # present, progressive, modal, "which was named": a description
    elif not any(a.dep_ == "aux" and a.lemma_.lower() == "have" for a in auxes):
        return False  # "which was founded", "was located": a simple past passive, often a description
    elif any(a.dep_ == "auxpass" for a in auxes):
        if not _named_doer(verb):
            return False  # "which has been ratified by 155 countries", "has been registered": a state reached
    elif not any(c.lower_ in _RECENTLY for c in children_with(verb, ("advmod",))) and not _past_perfect_deed(
        verb, auxes
    ):
        return False  # "who has covered five Asian Games", "which has caused huge rage": a sum, an effect
    noun = verb.head
    if noun.tag_ == "NNS" and not any_child(noun, ("det", "nummod", "poss")):
        return False  # "Greek athletes, who finished in the top eight": a class of people, described
    if noun.lemma_.lower() in _TEXTS | _RULE_TEXTS:
        return False  # "the report, which stressed the importance of ...": what a text says
    lemma = verb.lemma_.lower()
    if lemma in ("happen", "occur") or lemma == "take" and any(c.lower_ == "place" for c in verb.children):
        return False  # "this murder, which happened a day after the vote": the noun's own row
    objects = any_child(verb, ("dobj", "nsubjpass", "prt"))
    if lemma in _LASTING and not objects or lemma in _CAREER | _TRENDS | _BROUGHT or lemma in STATIVE_VERBS:
        return False
    if any(c.dep_ in ("acomp", "attr", "oprd") or c.dep_ == "prep" and c.lower_ == "as" for c in verb.children):
        return False  # "who had gone unnoticed", "which have been proved effective", "claimed himself as"
    if any(c.dep_ == "dobj" and any(t.lower_ in ("percent", "%") for t in c.subtree) for c in verb.children):
        return False  # "who shot 43.5 percent from the floor", "which provided 50 percent": a figure
    return not _light(verb) and not _becomes(verb)


# Verbs of an aim or a wish, whose object had not come about: "which had sought to bring peace".
_AIMING = frozenset("seek try attempt strive aim want wish hope".split())


def _past_perfect_deed(verb, auxes: list) -> bool:
    """ "The Islamists, who had seized the capital", "the ship, which had sailed from Brindisi": a
    step told before the story's, in the past perfect (not an aim or a wish: "the mission, which had
    sought to bring peace"; a request or a refusal is told: "who had asked the court to ...")."""
    if verb.lemma_.lower() in _AIMING:
        return False
    return any(a.dep_ == "aux" and a.tag_ == "VBD" and a.lemma_.lower() == "have" for a in auxes)


def _named_doer(verb) -> bool:
    """A passive whose "by" names who did it ("criticised by Secretary General Kofi Annan")."""
    return any(c.dep_ == "agent" and any(g.pos_ == "PROPN" for g in children_with(c, ("pobj",))) for c in verb.children)


def _background_tense(verb) -> bool:
    """Present, perfect or progressive: how a relative clause describes its noun rather than tells
    what happened ("which is now controlled by Chile", "that the two sides have cooperated")."""
    auxes = children_with(verb, ("aux", "auxpass"))
    if any(a.lemma_.lower() == "have" for a in auxes):
        return True
    return tense(verb) == "present"


def _reported_future(verb) -> bool:
    """Is this clause the complement of a past-tense speech verb ("said ... would")?"""
    if verb.dep_ not in ("ccomp", "conj", "parataxis") or verb.head.i == verb.i:
        return False
    gov = verb.head
    while gov.dep_ == "conj" and gov.head.i != gov.i:
        gov = gov.head
    return _speech_like(gov) and tense(gov) == "past"


# What says what voters, markets or figures would do: "the poll said the right would lose 150 seats".
_POLLS = frozenset("poll survey forecast projection study model simulation estimate analysis".split())


def _polled(verb) -> bool:
    """Is this clause what a poll, a survey or a forecast says would happen?"""
    if verb.dep_ not in ("ccomp", "conj", "parataxis") or verb.head.i == verb.i:
        return False
    gov = verb.head
    while gov.dep_ == "conj" and gov.head.i != gov.i:
        gov = gov.head
    return any(c.lemma_.lower() in _POLLS for c in children_with(gov, ("nsubj",)))


def _polls_answer(verb) -> bool:
    """Is this clause what a percentage of those polled said ("16 percent said they had moved their
    parents when they gave them gifts", "62 percent of respondents said they had cut spending")? A
    finding of the poll, no happening of one day. (Not "half of the members said on Monday that they
    had resigned": a share told in words may be people who acted together.)"""
    doc = verb.doc
    t = tables(doc)  # the verb and its governors by the tables: a Token made only for a clause's head
    heads, deps = t.heads, t.deps
    h = verb.i
    while True:
        if deps[h] == "ccomp":
            gov = doc[heads[h]]
            if _speech_like(gov):
                return any(c.lower_ in ("percent", "%", "respondents") for c in children_with(gov, ("nsubj",)))
        if heads[h] == h:
            return False
        h = heads[h]


# States of mind a news story tells as voiced: "X hoped that ...", "X feared ..." are what X said.
_VOICED_MINDS = frozenset({"hope", "fear"})
_VOICED_SUBJECTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def _voiced(verb) -> bool:
    """Is the verb the main clause of a sentence that tells what someone named hoped or feared, with
    what they hoped or feared as its clause ("Ben Ali hoped that Israel's pullout would be the
    beginning of its withdrawal", "India's stock markets and industry feared they could die with
    the government", "He hoped the talks would succeed")? A news story tells a statement so (the
    guidelines' statement row: the opinion is the news). Not a hope under a saying ("said they
    hoped": the saying's row), nor one in a quotation, nor "is feared dead"."""
    if verb.dep_ != "ROOT" or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return False
    contents = children_with(verb, ("ccomp",))
    if not contents or any(c.i < verb.i for c in contents):
        return False  # ("Jeffrey spoke ahead of the vote, a milestone officials hope will ...": no hope voiced)
    subjects = children_with(verb, ("nsubj",))
    if len(subjects) != 1:
        return False
    subj = subjects[0]
    if any(t.pos_ in ("VERB", "AUX") for t in verb.doc[verb.sent.start : subj.left_edge.i]):
        return False  # the sentence tells something else before its subject
    if verb.tag_ != "VBD" and not any(
        c.dep_ in ("parataxis", "ccomp") and c.i > verb.i and c.lemma_.lower() in SPEECH_VERBS for c in verb.children
    ):
        # "The U.S. hopes its troops will drive Iraqi forces out quickly": a standing aim the writer
        # tells, unless a speaker is named saying it ("Russia hopes that ..., a spokesman said Monday")
        return False
    if subj.pos_ == "PRON":
        return subj.lower_ in ("he", "she", "they")
    return subj.pos_ in ("PROPN", "NOUN") and (
        subj.ent_type_ in _VOICED_SUBJECTS or any(c.ent_type_ in _VOICED_SUBJECTS for c in subj.subtree)
    )


def _stative(verb, dated: bool) -> bool:
    if _progressive(verb):
        return False  # "are holding dialogue": going on, not a state
    lemma = verb.lemma_.lower()
    if lemma == "hop" and verb.lower_.startswith("hope"):
        lemma = "hope"  # the lemmatizer's "hoped" -> "hop"
    if lemma == "engage" and _busy_with(verb):
        return True  # "have been engaged in talks for months", "was mainly engaged in the study of ...": busy with
    if lemma not in STATIVE_VERBS or lemma == "be" and market_move(verb) is not None:
        return False  # "the shares were up 3.51 dollars": a move of the day (triggers.market_move)
    if lemma in _VOICED_MINDS and _voiced(verb):
        return False  # "He hoped that Israel's pullout would be the beginning ...": a statement
    if lemma in _EVENTIVE_WITH_DATE and dated:
        return False
    if _eventive_use(verb, lemma):
        return False
    if (
        lemma == "suffer"
        and verb.tag_ == "VBD"
        and any(c.lemma_.lower() in _HURTS for c in children_with(verb, ("dobj",)))
    ):
        return False  # "the children suffered shrapnel wounds": they were wounded (not "suffers burns each summer")
    if lemma in ("have", "hold") and any(_event_like(c) for c in children_with(verb, ("dobj",))):
        return False  # "held talks", "had a meeting": the noun is the event
    if lemma == "assume" and any_child(verb, ("dobj",)):
        # "had assumed the presidency", "assumed office on April 21", "assumed the company's debt":
        # a post, a power or a charge taken on (not "assumed that the talks would fail": a belief)
        return False
    if lemma == "host" and any(_occasion(c) for c in _objects_shared(verb)):
        # "hosted the 2003 World Cup", "hosted four rounds of talks", "hosted - and won - the first
        # World Cup": the occasion happened
        return False
    return True


_AWAITING = frozenset("wait await".split())


def _age_reached(verb) -> bool:
    """ "who turned 35 on Saturday", "will turn 81 next month": an age reached, a birthday told in
    passing, no happening a chronology lists (a bare number is the object: not "turned 5 percent
    higher", "turned 2-1 down")."""
    return verb.lemma_.lower() == "turn" and any(
        c.dep_ in ("dobj", "attr", "oprd") and c.tag_ == "CD" and not list(c.children) for c in verb.children
    )


def _awaiting(verb) -> bool:
    """ "were awaiting instructions", "is waiting for the green light", "are looking forward to his
    visit", "will be waiting for the vote": a state of expectation, what is awaited has its own row
    (not "waited until the last minute before presenting it": the time of what was done; not
    "workers waited behind the barriers": a scene of the day, nothing awaited named)."""
    lemma = verb.lemma_.lower()
    if lemma == "look":
        return any(c.lower_ == "forward" for c in children_with(verb, ("advmod", "prt")))
    if lemma not in _AWAITING or any(c.lower_ in ("until", "till") for c in verb.children):
        return False
    return any(
        c.dep_ in ("dobj", "xcomp") or c.dep_ == "prep" and c.lower_ == "for" and not _a_span(c) for c in verb.children
    )


_SPAN_UNITS = frozenset("second minute hour day night week weekend month year decade while".split())


def _a_span(prep) -> bool:
    """ "for three days", "for a while": how long, not what for."""
    return any(
        g.dep_ == "pobj" and (g.ent_type_ in ("DATE", "TIME") or g.lemma_.lower() in _SPAN_UNITS) for g in prep.children
    )


def _objects_shared(verb) -> list:
    """The verb's direct objects, or, when it has none, those of the verb coordinated after it that
    it shares them with ("hosted - and won - the World Cup", "built and ran the plant")."""
    own = children_with(verb, ("dobj",))
    if own:
        return own
    for c in children_with(verb, ("conj",)):
        if c.pos_ == "VERB" and c.i > verb.i:
            return [o for o in children_with(c, ("dobj",)) if o.i > c.i]
    return []


# Hurts one suffers once: "suffered shrapnel wounds", "suffered burns", "suffered a fracture".
_HURTS = frozenset(KINDS["injury"]) | frozenset("burn fracture concussion".split())


# Particles that make a verb of state a deed: "held off a challenge", "held up the convoy".
_DEED_PARTICLES = {"hold": frozenset("off up".split())}
# What one appears before: a court, a judge, a committee ("appeared before a court in Ankara").
_APPEARING = frozenset("before".split())


def _eventive_use(verb, lemma: str) -> bool:
    """A verb of the stative list used for a deed or an appearance: with a particle that makes it
    one ("the champion held off her rival", "gunmen held up the convoy"), or "appear" before a court
    or a committee, or in court ("the writer appeared before a court in Ankara"), the witnesses or
    the case a court or an inquiry "heard"; not "appeared calm", "held the city", "residents
    heard gunfire"."""
    t = tables(verb.doc)  # no Token made: the parse's tables only
    deps, children, lower = t.deps, t.children, lowered(verb.doc)
    particles = _DEED_PARTICLES.get(lemma)
    if particles is not None:
        # (not "was held up as a model": a judgment)
        return any(deps[c] == "prt" and lower[c] in particles for c in children[verb.i]) and not any(
            deps[c] == "prep" and lower[c] == "as" for c in children[verb.i]
        )
    if lemma == "hear":
        # "the court heard two witnesses on Monday", "the tribunal heard the appeal": evidence, a
        # case heard (not "the inquiry heard that ...": what it was told is the row)
        kids = children[verb.i]
        return (
            any(deps[c] == "nsubj" and lower[c] in _HEARING_BODIES for c in kids)
            and any(deps[c] == "dobj" for c in kids)
            and not any(deps[c] == "ccomp" for c in kids)  # ("heard an audit had found ...": what it found)
        )
    if lemma != "appear":
        return False
    for c in children[verb.i]:
        if deps[c] != "prep":
            continue
        if lower[c] in _APPEARING or lower[c] == "in" and any(lower[g] == "court" for g in children[c]):
            return True
        if _appears_at_a_venue(lower[c], [lower[g] for g in children[c] if deps[g] == "pobj"]):
            return True
    return False


# Where one appears on a day: a court or a tribunal ("will appear at the Perth Court of Petty
# Sessions Thursday", "are expected to appear in Sydney and Melbourne courts"), on television.
_VENUES = {"in": frozenset("courts tribunal tribunals".split()), "at": frozenset("court courts tribunal".split())}
_SCREENS = frozenset("television tv".split())


def _appears_at_a_venue(prep: str, objects: list[str]) -> bool:
    """ "appear" + "in"/"at" a court or a tribunal, or "on" television: an appearance (not "appeared
    in good health", "appears on the list")."""
    if prep == "on":
        return any(o in _SCREENS for o in objects)
    return any(o in _VENUES.get(prep, ()) for o in objects)


# Bodies before which evidence is given: what they "heard" was told to them on a day.
_HEARING_BODIES = frozenset("court tribunal jury inquiry panel committee commission hearing magistrate judge".split())


def _busy_with(verb) -> bool:
    """ "be engaged in" something: what someone is busy with, a state (not "troops engaged the rebels")."""
    return any_child(verb, ("auxpass",)) and any(c.lower_ == "in" for c in children_with(verb, ("prep",)))


def _event_like(noun) -> bool:
    return noun.lemma_.lower() in EVENT_NOUNS


# Occasions a place or a country hosts, besides the event nouns.
_OCCASIONS = frozenset(
    "cup games olympics final finals forum festival fair exhibition expo round edition session".split()
)


def _occasion(noun) -> bool:
    """An occasion held once ("the 2003 World Cup", "the first athletics meeting", "four rounds of
    talks"), not a lasting population or tenant ("hosts 2,000 refugees", "hosts the embassy")."""
    if _event_like(noun) or noun.lemma_.lower() in _OCCASIONS or noun.lower_ in _OCCASIONS:
        return True
    return any(
        c.dep_ == "prep" and c.lower_ == "of" and any(_event_like(g) for g in children_with(c, ("pobj",)))
        for c in noun.children
    )


def _speech_like(verb) -> bool:
    return verb.lemma_.lower() in SPEECH_VERBS


def _narrated(verb) -> bool:
    """A quoted clause that tells a happening: past or perfect, or future (a plan)."""
    t = tense(verb)
    return t in ("past", "future") or _progressive(verb)
