"""Event nouns told in passing: a happening named by a noun inside a prepositional phrase ("sparked
by the killings of seven villagers", "followed by another temblor measuring 4.0", "made the remark
at the second seminar on ...") or as what a verb brought about ("caused 68 deaths"), which the
sentence tells only on the way to another happening but which is one of its own (GUIDELINES 1:
"an outbreak of cholera among the refugees" is a row). Called by events.py for the nouns that
rows.folds leaves out as mere references."""

from __future__ import annotations

from timeline.extract.lexicon import DEFINITE_DETERMINERS
from timeline.extract.occasions import OCCASIONS, REPORTING_VERBS, press_occasion
from timeline.extract.stems import stem
from timeline.extract.triggers import EVENT_NOUNS, in_place_of
from timeline.nlp.doctables import any_child, children_with, tables

# Nouns of the terms one is signed or agreed "to": "signed him to a four-year contract".
_TERMS = frozenset("deal contract agreement pact".split())
# Prepositions whose noun is no happening that took place: a purpose or a wish ("pressed for
# talks", "ready for war"), a bound of time ("since the war", "until the election"), a likeness
# or an absence ("without a fight", "like a war"); nor one told to place another in time ("After
# the liberation of Aleppo, the army moved north": a reference, told by its own row if any).
_NOT_TAKEN_PLACE = frozenset(
    "for since until till toward towards without like unlike than instead despite under including "
    "after before following prior".split()
)
# Event nouns that, told in passing, name where news came from ("according to a statement by the
# ministry", "reports by Romanian media"), a state, a threat or an amount ("the threat of typhoon
# Durian", "a recovery in public investments", "the loss of rainforest"), not a happening.
_NOT_IN_PASSING = frozenset(
    "statement report release announcement bulletin communique threat warning shortage investment loss "
    "profit growth crisis absence event invitation request behalf".split()
)
# Nouns of a part of a happening, whose "of" names the whole as the setting ("the final round of
# the soccer tournament", "33 percent of votes counted").
_PARTS = frozenset("round part stage phase leg half edition percent share portion".split())
# Nouns and verbs whose "of", "to", "on" or "about" phrase is what they want, fear or plan, not
# what took place ("a call for talks", "plans for a summit", "opposed to the deal").
_WISHES = frozenset(
    "call plan proposal demand appeal hope fear threat risk danger possibility prospect chance prospects "
    "preparation idea question issue need wish desire bid effort push pressure goal aim target intention "
    "opposition support objection resistance ready prepare oppose object consider discuss warn caution alert".split()
)
# Event nouns that, after "by", are how a decision was taken, not another happening.
_MEANS = frozenset("vote ballot majority referendum show".split())
# Determiners of a happening that is no particular one: "any attack", "no talks", "every match".
_NO_PARTICULAR = frozenset("any no every each all either neither such what whatever".split())
# Verbs whose object is a happening they bring about or witness: "caused 68 deaths", "attended the
# annual commemoration" (GUIDELINES: a killing and the death are two rows). Not "end": "ending the
# match 25-18" tells the match itself.
_BRINGING = frozenset("cause trigger spark provoke attend witness".split())
# Verbs of speaking to an audience: "told a disciplinary hearing", "addressed a rally".
_ADDRESSING = frozenset("tell address brief".split())
# Occasions one speaks in: "said in his speech", "told in an interview": the saying's row.
_SPOKEN_IN = frozenset("speech interview address remark comment letter message".split())


def told_in_passing(noun, trigger_ids: set[int]) -> bool:
    """Is this event noun, which its sentence only mentions on the way (the object of a preposition
    or the result of a verb), a particular happening of its own: not a bare reference to one told
    before ("the war"), nor what someone wants or fears, nor a span of time?"""
    if noun.pos_ == "NOUN" and _incident_of_a_toll(noun):
        # "were killed on November 18 in the shelling of homes in Beit Hanun", "killed in clashes
        # with the rebels": the incident is a happening of its own beside the deaths (GUIDELINES 5th
        # batch: a killing and the death are two rows); not "injured in a car crash", one happening
        return not _told_before(noun) and not _wished_above(noun.head.head)
    if noun.pos_ == "NOUN" and scored_result(noun) and not _result_told_by_its_verb(noun):
        # "stayed in the hunt with an impressive 3-2 win over Rapid Vienna", "went top after their
        # 1-0 victory over Benfica" (even after another victory was told): a match its score singles
        # out, which its clause's verb does not tell
        return True
    if noun.pos_ == "NOUN" and _event_noun(noun) and first_told_before(noun):
        # "the envoy flew home after talks with Chinese leaders": the talks are news of their own
        return noun.lemma_.lower() not in _NOT_IN_PASSING and not _wished_above(noun.head.head)
    return _particular_in_passing(noun, trigger_ids)


def _particular_in_passing(noun, trigger_ids: set[int]) -> bool:
    if noun.pos_ != "NOUN" or not _event_noun(noun) or not _particular(noun):
        return False
    if noun.lemma_.lower() in _NOT_IN_PASSING or _told_before(noun):
        return False
    head = noun.head
    if named_as_cause(noun):
        # "the resolution failed due to a U.S. veto", "as a result of the Syrian troops' offensive":
        # the cause is a happening of its own (not "because of the strike", told before)
        if noun.lemma_.lower() in _STANDINGS or _told_by_a_verb_later(noun):
            # "because of a long-standing dispute", "due to its rejection of ...": a state; "because
            # of a vehicle ban" ... "Civilians were banned from driving": the verb's row tells it
            return False
        return (_anchored(noun) or _indefinite(noun)) and not _wished_above(clause_verb(noun) or head)
    if noun.dep_ == "pobj":
        if not _determined(in_place_of(noun)):
            return False  # "soared in morning deals", "based on lab tests": no particular one
        if not _anchored(noun):
            return False  # "opened fire on a funeral", "with a public ceremony": a setting, not news
        prep = head
        if prep.dep_ == "prt" or _preposition_of(prep, _NOT_TAKEN_PLACE) and not _timed_by_it(noun, prep):
            return False
        governor = prep.head
        if governor.lemma_.lower() in _WISHES | _PARTS or governor.i == prep.i:
            return False
        if prep.lower_ == "in" and (governor.pos_ == "VERB" or noun.lemma_.lower() in _SPOKEN_IN):
            # "was injured in a car crash", "changed her citizenship in a controversial transfer",
            # "beat him in a vote": the verb's own happening, told with its circumstances; "in his
            # speech delivered Monday said": where it was said
            return False
        if prep.lower_ == "to" and governor.pos_ == "VERB" and noun.lemma_.lower() in _TERMS:
            # "signed Daisuke Matsuzaka to a six-year, 52-million-dollar deal", "agreed to a
            # three-year contract": the verb's own happening, told with its terms
            return False
        if prep.lower_ == "of" and governor.pos_ in ("NOUN", "PROPN"):
            return False  # "noise levels of a rock concert", "the conclusion of the summit": another thing
        if prep.lower_ in ("at", "during") and noun.lemma_.lower() in OCCASIONS:
            return False  # "at the meeting": an occasion, kept or not by the rows' own rule
        if prep.lower_ == "by" and noun.lemma_.lower() in _MEANS:
            return False  # "the resolution was adopted by a 311 to 99 vote": the adoption's own vote
        if prep.lower_ in ("in", "through", "via") and governor.lemma_.lower() in REPORTING_VERBS:
            return False  # "said in a statement released on Saturday": the saying's row
        if governor.pos_ == "NOUN" and governor.lemma_.lower() in EVENT_NOUNS and governor.i in trigger_ids:
            return False  # "the evacuation of the injured after the attack": the head noun's row tells it
        return not _wished_above(governor)
    if noun.dep_ == "dobj":
        if head.pos_ == "VERB" and head.lemma_.lower() in _ADDRESSING and noun.lemma_.lower() in OCCASIONS:
            # "told a disciplinary hearing", "addressed a rally": the occasion of the words, news of
            # its own; not the press's ("told a news conference", "a press briefing"), where words
            # are only given out (rows.press_occasion): the saying's row tells it
            return not press_occasion(noun)
        return head.pos_ == "VERB" and head.lemma_.lower() in _BRINGING and not _wished_above(head)
    return False


# The result of a match: "a 3-2 win", "their 1-0 victory", "a 2-1 defeat".
_RESULTS_OF_A_MATCH = frozenset("win victory defeat loss".split())
# Verbs that tell a match themselves: "beat Fulham with a 2-1 win", "won the bronze with a 1-0 win".
_CONTEST_VERBS = frozenset("win beat defeat lose draw thrash rout crush hammer trounce edge overcome down".split())


def scored_result(noun) -> bool:
    """Is this noun the result of a match told with its score, as the object of a preposition ("with
    a 3-2 win over Rapid Vienna", "after their 1-0 victory", "for a 2-1 aggregate win")?"""
    if noun.dep_ != "pobj" or noun.lemma_.lower() not in _RESULTS_OF_A_MATCH or noun.head.i == noun.i:
        return False
    doc = noun.doc
    for c in children_with(noun, ("nummod",)):
        if c.i + 2 >= noun.i:
            continue
        dash, other = doc[c.i + 1], doc[c.i + 2]
        if dash.text in ("-", "\u2013") and not c.whitespace_ and not dash.whitespace_ and other.like_num:
            return True  # "3-2", split by the tokenizer into "3", "-", "2"
    return False


def _result_told_by_its_verb(noun) -> bool:
    """Does the verb the result's phrase hangs on tell the match itself ("beat Fulham with a 2-1
    win", "won the bronze with a 1-0 win")? Then the rules for any event noun decide."""
    verb = clause_verb(noun)
    return verb is not None and verb.lemma_.lower() in _CONTEST_VERBS


# Incidents that take lives or end in arrests, and the verbs of that harm: "were killed in the
# shelling of homes", "arrested 12 members in an illegal demonstration at Taksim Square".
_INCIDENTS = frozenset(
    "attack assault airstrike bombing blast explosion shelling bombardment clash fighting battle gunbattle "
    "skirmish shooting ambush riot demonstration protest rally stampede".split()
)
_TOLL_VERBS = frozenset("kill injure wound hurt die arrest detain".split())
# Places an incident is tied to by name: "a demonstration at Taksim Square", "clashes in Gaza City".
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})


# Prepositions that set a happening before the clause they hang on: "after a meeting with ...".
_BEFORE_IT = frozenset("after following".split())
# Prepositions that time the clause they hang on from a happening they name: "after the 1997
# handover", "since the death of Kim Il-sung".
_TIMED_FROM = _BEFORE_IT | {"since"}


def timed_from(noun) -> bool:
    """Is this noun a happening told in passing by :func:`_timed_by_it` (not by
    :func:`first_told_before`, "after talks with Chinese leaders", the clause's own occasion)?"""
    prep = noun.head
    return (
        noun.dep_ == "pobj"
        and prep.lower_ in _TIMED_FROM
        and prep.i != noun.i
        and not first_told_before(noun)
        and not _incident_of_a_toll(noun)
    )


def _timed_by_it(noun, prep) -> bool:
    """Is this noun, which a preposition of time places before the clause it hangs on, a happening
    the article names here for the first time ("resigned following the postponement of the talks
    early this month", "has been vacant since the elder Kim's death", "agreed after a probe by the
    Council of Europe")? It is tied to this world by its own phrase (the caller checks) and no word
    of its stem told it before: a happening of its own, not a reference to the story's ("after
    his visit" when the visit was told; "after the war": no tie, a reference)."""
    if prep.lower_ not in _TIMED_FROM:
        return False
    own = stem(noun.lemma_.lower())
    doc = noun.doc
    pos = tables(doc).pos  # a Token only for the verbs and nouns before it
    return not any(pos[i] in ("VERB", "NOUN") and stem(doc[i].lemma_.lower()) == own for i in range(noun.i))


def first_told_before(noun) -> bool:
    """ "After a meeting of the SADC health ministers in Pretoria, the minister said ...", "left
    after talks with Chinese leaders": a happening told here for the first time (an article, or none
    on a plural) with a named side of its own, as what came before a clause told as done: a row of
    its own; not "after the war" (a reference to one told or known), "after a long meeting" (no
    one named), nor before a clause ahead ("will leave after a meeting with the king")."""
    prep = noun.head
    if (
        noun.dep_ != "pobj"
        or prep.lower_ not in _BEFORE_IT
        or prep.i == noun.i
        or not _preposition_of(prep, _BEFORE_IT)
    ):
        return False
    dets = children_with(noun, ("det", "poss", "predet"))
    if dets and not all(c.dep_ == "det" and c.lower_ in ("a", "an") for c in dets):
        return False
    if not dets and noun.tag_ != "NNS" or not _named_side(noun):
        return False
    verb = prep.head  # ("following" is tagged a verb itself)
    if verb.pos_ not in ("VERB", "AUX") or verb.i == prep.i:
        return False
    auxes = children_with(verb, ("aux", "auxpass"))
    if any(a.lower_ in _MODAL_AUX for a in auxes):
        return False
    return verb.tag_ == "VBD" or any(a.lemma_.lower() == "have" or a.tag_ == "VBD" for a in auxes)


_MODAL_AUX = frozenset("will shall to would could may might must should can".split())


def _named_side(noun) -> bool:
    """A side named in the noun's own "with", "of", "between", "by" or "among" phrase ("talks with
    Chinese leaders", "a meeting of the SADC ministers", "wins by Boca and Lanus")."""
    ents = tables(noun.doc).ents
    for c in children_with(noun, ("prep",)):
        if c.lower_ in ("with", "of", "between", "by", "among"):
            for t in c.subtree:
                if t.i != c.i and (ents[t.i] in _WHO or t.pos_ == "PROPN"):
                    return True
    return False


def _incident_of_a_toll(noun) -> bool:
    """Is this noun an incident in which the clause's deaths, injuries or arrests came about ("were
    killed in clashes with PKK members", "In another explosion, four people were killed"), tied to
    this world by more than its kind: another side ("with", "between"), a named place, or what ties a
    happening told in passing ("the shelling of homes in Beit Hanun", "another explosion")? Not "was
    injured in a car crash near the school": the injury tells that one happening."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "in" or prep.i == noun.i or noun.lemma_.lower() not in _INCIDENTS:
        return False
    verb = prep.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _TOLL_VERBS or verb.i == prep.i:
        return False
    if any(c.lower_ in _NO_PARTICULAR for c in children_with(noun, ("det", "predet"))):
        return False
    if _anchored(noun):
        return True
    if any(c.lower_ in ("with", "between") for c in children_with(noun, ("prep",))):
        return True
    ents = tables(noun.doc).ents
    # "an attack on a bus in Gao": a named place anywhere in its own phrase
    return any(t.dep_ == "pobj" and ents[t.i] in _PLACE_ENTS for t in _own_phrase(noun))


# Words that give a cause: "because of", "due to", "owing to", "thanks to", "as a result of".
_CAUSE_WORDS = frozenset("because due".split())
_CAUSE_TO = frozenset("owing thanks due".split())
_RESULTS = frozenset("result consequence".split())


# Event nouns that, given as a cause, name a state of affairs or a stance in force, not a happening.
_STANDINGS = frozenset("dispute rejection standoff occupation embargo".split())


def named_as_cause(noun) -> bool:
    """Is this noun what a cause phrase names ("due to a veto", "because of an uprising", "owing to
    a strike", "as a result of the troops' offensive")?"""
    prep = noun.head
    word = prep.lower_
    if noun.dep_ != "pobj" or prep.i == noun.i:
        return False
    if word in _CAUSE_WORDS:
        return True
    if word == "to":
        return prep.head.lower_ in _CAUSE_TO and prep.head.i != prep.i
    result = prep.head
    return word == "of" and result.lemma_.lower() in _RESULTS and result.dep_ == "pobj" and result.head.lower_ == "as"


def _indefinite(noun) -> bool:
    """ "a U.S. veto", "an armed uprising", "the troops' offensive": a happening told here for the
    first time, or one with its owner."""
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") or c.dep_ == "poss" for c in noun.children)


# Modifiers of a happening that may never take place: "a planned ambush", "a possible attack".
_UNREAL = frozenset("planned proposed possible potential alleged suspected expected intended would-be".split())
# Entity types that name who took part or when: "the killings of seven villagers" is counted, "a
# survey conducted by the ministry" has a named doer, "the auction held on Thursday" a day.
_WHO = frozenset({"PERSON", "ORG", "GPE", "NORP"})
_ORDINALS = frozenset("first second third fourth fifth sixth seventh eighth ninth tenth last latest".split())


def _anchored(noun) -> bool:
    """Is a happening told in passing tied to this world by more than its kind: a named doer or
    owner ("Darling's first trip", "a survey conducted by the ministry"), a count ("the killings of
    seven villagers", "another temblor measuring 4.0"), a rank ("the second seminar", "China's first
    photography auction") or a day ("a working dinner the night before", "held on Thursday")?
    Without one it is mostly the setting of the clause's own happening ("opened fire on a funeral",
    "became a citizen with a public ceremony") or a step of a routine ("followed by an essay test").
    """
    kids = list(noun.children)
    if any(c.dep_ == "amod" and c.lower_ in _UNREAL for c in kids):
        return False
    ents = tables(noun.doc).ents
    for c in kids:
        if c.lower_ in _ORDINALS or c.lower_ in ("another", "recent") or c.dep_ == "nummod":
            return True
        if c.dep_ == "poss" and (ents[c.i] in _WHO or c.pos_ == "PROPN"):
            return True
    for t in _own_phrase(noun):
        if ents[t.i] in ("DATE", "TIME", "CARDINAL", "QUANTITY") and t.dep_ != "compound":
            return True
        if (
            t.dep_ == "pobj"
            and t.head.lower_ in ("of", "by", "against", "between", "among")
            and (ents[t.i] in _WHO or t.pos_ == "PROPN" or any_child(t, ("nummod",)))
        ):
            return True
    return False


# Prepositions whose phrase under an event noun is a comparison or a circumstance, not part of
# the happening: "the rise in sales as the year-end holiday approaches", "a vote with 16 abstentions".
_ASIDE = frozenset("as than like with including unlike".split())


def _own_phrase(noun) -> list:
    """The words of the noun's phrase below it, not those of a comparison or circumstance."""
    out, todo = [], [c for c in noun.children if c.lower_ not in _ASIDE]
    while todo:
        t = todo.pop()
        out.append(t)
        todo.extend(c for c in t.children if not (c.dep_ == "prep" and c.lower_ in _ASIDE))
    return out


def _event_noun(noun) -> bool:
    return noun.lemma_.lower() in EVENT_NOUNS or noun.lower_ in EVENT_NOUNS


def _particular(noun) -> bool:
    """Does the noun phrase name one particular happening: an owner ("the troops' offensive"), an
    argument ("the killings of seven villagers", "violence against security personnel"), a kind
    ("a disciplinary hearing", "a working dinner") or a description of its own ("a survey conducted
    by the ministry"); not "the war" alone, told before, nor "any attack"?"""
    kids = list(noun.children)
    if any(c.dep_ in ("det", "predet") and c.lower_ in _NO_PARTICULAR for c in kids):
        return False
    if any(c.dep_ == "neg" for c in kids):
        return False
    return any(
        c.dep_ in ("poss", "amod", "compound", "nmod", "acl", "relcl", "nummod")
        or c.dep_ == "prep"
        and c.lower_ in ("of", "against", "on", "between", "by", "among", "in", "to", "at")
        for c in kids
    )


def _told_before(noun) -> bool:
    """ "the killing of 19 Palestinians" after "19 Palestinians were killed", "during the Gaza
    withdrawal" after "Israel withdrew from Gaza": a definite noun whose happening a word of the
    same stem told earlier in the article."""
    if not any(c.lower_ in DEFINITE_DETERMINERS for c in children_with(noun, ("det",))):
        return False
    own = stem(noun.lemma_.lower())
    return _first_of_stem(noun.doc, noun.i).get(own, noun.i) < noun.i


def _first_of_stem(doc, upto: int) -> dict[str, int]:
    """The first verb or noun of each stem among the Doc's tokens, read up to token ``upto`` at
    least: read once per Doc as far as it is asked for, not again from the Doc's start for each
    noun (a Token only for the verbs and nouns)."""
    t = tables(doc)
    memo = t.memo.get("nominals.first_of_stem")
    if memo is None:
        memo = t.memo["nominals.first_of_stem"] = ({}, [0])
    first: dict[str, int] = memo[0]
    read: list[int] = memo[1]
    if read[0] < upto:
        pos = t.pos
        for i in range(read[0], upto):
            if pos[i] in ("VERB", "NOUN"):
                first.setdefault(stem(doc[i].lemma_.lower()), i)
        read[0] = upto
    return first


def told_before(noun) -> bool:
    """Public :func:`_told_before`: a definite event noun a word of its stem told earlier."""
    return _told_before(noun)


def _told_by_a_verb_later(noun) -> bool:
    """Does a verb of the noun's stem tell its happening later in the article ("a vehicle ban" ...
    "were banned from driving")?"""
    own = stem(noun.lemma_.lower())
    doc = noun.doc
    pos = tables(doc).pos  # a Token only for the verbs after it
    return any(pos[i] == "VERB" and stem(doc[i].lemma_.lower()) == own for i in range(noun.i + 1, len(doc)))


def _determined(noun) -> bool:
    """A noun phrase with an article, a demonstrative or an owner ("a working dinner", "England's
    ongoing tour")."""
    return any_child(noun, ("det", "poss"))


def _preposition_of(tok, words: frozenset[str]) -> bool:
    """Is ``tok`` one of these prepositions, not the verb of a phrasal verb ("following up on")?"""
    return tok.lower_ in words and not any_child(tok, ("prt",))


def _wished_above(tok) -> bool:
    """Is ``tok`` (or a word it hangs on, a few steps up) a wish, a plan or a fear ("called for an
    end to the shelling of homes")?"""
    for _ in range(3):
        if tok.lemma_.lower() in _WISHES or _preposition_of(tok, _NOT_TAKEN_PLACE):
            return True  # "a reward for information leading to his capture"
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def clause_verb(noun):
    """The verb of the clause a noun told in passing hangs on ("was followed by another temblor":
    "followed"), whose tense tells the noun's time; or None."""
    tok = noun
    for _ in range(4):
        if tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.pos_ == "VERB":
            return tok
    return None
