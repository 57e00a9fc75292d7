"""One row per happening: which triggers of a sentence stand for an event of their own, and which
fold into another trigger's row (an event noun into its verb, a framing participle into the main
verb, "X said" into what X said)."""

from __future__ import annotations

import re

from timeline.calendar_words import MONTHS
from timeline.extract.attribution import doc_quote_mask
from timeline.extract.clauses import is_infinitive, lowered
from timeline.extract.factuality import LINKING_VERBS, MODAL_AUXILIARIES, MODALS, deed_punished
from timeline.extract.kinds import kinds
from timeline.extract.lexicon import PEOPLE_NOUNS
from timeline.extract.occasions import OCCASIONS, REPORTING_VERBS, press_occasion
from timeline.extract.stems import stem
from timeline.extract.triggers import (
    ASPECT_VERBS,
    EVENT_NOUNS,
    in_place_of,
    is_trigger,
    journey_verb,
    moved_by,
    staged_by_participle,
    staging_participle,
    staging_verb,
)
from timeline.nlp.doctables import any_child, children_with, first_child, sentence_bounds, tables
from timeline.temporal.tense import won_by

# Verbs that only say that the happening their subject names took place, began, went on or ended:
# "the evacuations began", "the talks are expected to be held", "the meeting took place".
OCCURRENCE_VERBS = frozenset(
    "begin start end continue resume finish conclude happen occur gather intensify escalate open "
    "close proceed expect schedule set plan take get go break erupt unfold wrap kick come".split()
)
# Verbs that only tell what a happening named by their subject found, measured or brought:
# "the tests showed", "the survey suggested", "the poll put Labour on 52 percent", "the meeting
# saw him with Chirac": the noun names the happening (GUIDELINES 2), the verb dates and tells it.
MEASURING_VERBS = frozenset("show suggest indicate reveal find put give see".split())


def is_reporting(trigger) -> bool:
    """A verb of saying used to report ("said", "announced"); not a passive ("was admitted to a
    hospital", "was reported"), nor a declaration that does what it names (:func:`declared_act`)."""
    t = tables(trigger.doc)
    if t.pos[trigger.i] != "VERB" or trigger.lemma_.lower() not in REPORTING_VERBS:
        return False
    return not any(t.deps[c] == "auxpass" for c in t.children[trigger.i]) and not declared_act(trigger)


def declared_act(verb) -> bool:
    """ "declared a state of emergency", "declared a unilateral ceasefire", "declared their
    independence", "declared bankruptcy": a declaration with an object and no clause is the act it
    names, done by declaring it (a happening whoever does it, named or not), not the report of one
    ("declared that the vote was fair": a statement)."""
    if verb.lemma_.lower() != "declare":
        return False
    kids = list(verb.children)
    return any(c.dep_ == "dobj" for c in kids) and not any(c.dep_ in ("ccomp", "parataxis", "xcomp") for c in kids)


def folds(
    trigger,
    trigger_ids: set[int],
    *,
    headline: bool,
    headline_has_verb: bool,
    dated: bool,
    dated_ids: frozenset[int] = frozenset(),
) -> bool:
    """Does this trigger's happening belong to another trigger's row (or to none)?

    ``dated_ids``: the triggers of the sentence that an expression of their own dates."""
    if trigger.pos_ == "NOUN":
        return _noun_folds(trigger, trigger_ids, headline=headline, headline_has_verb=headline_has_verb, dated=dated)
    dep = trigger.dep_
    if dep in ("acl", "relcl") and _bounds_a_period(trigger):
        # "the fiscal year ending in March", "the six months ended June 30", "the current Iranian
        # year, which started on March 21", "the fiscal year of 2004-05 which ended in March": a span of time
        return True
    if (
        dep == "acl"
        and (trigger.tag_ in ("VBN", "VBG") or _participle_tagged_past(trigger))
        and not dated
        and not toll_told_by_participle(trigger)
    ):
        # (but "57 people were killed and more than 110 others wounded": the injuries are a row)
        if not any_child(trigger, ("dobj", "prt")) or trigger.tag_ == "VBG":
            return True  # "a video posted on Twitter", "the buses being used": a description of a noun
    if (
        _participle_as_noun(trigger)
        or _gives_a_name(trigger)
        or not headline
        and _capital_imperative(trigger)
        or dep == "acl"
        and trigger.tag_ == "VBN"
        and _medium_of_saying(trigger.head)
        or _news_reaching(trigger)
        or _reported_it(trigger)
        or _coverage_note(trigger)
        or _editing_note(trigger)
        or _closing_level(trigger)
        or won_by(trigger)
        or staged_by_participle(trigger)
        and _row_of_its_own(trigger.head, trigger_ids)
    ):
        # "the number of wounded", "the injured were taken to hospital": people, no happening;
        # "a boy surnamed He", "a ship dubbed the SS Santa", "a project known as Aluka", "Danchurch
        # Aid, Save the Children, Unicef": a name;
        # "said in a statement released on Saturday", "according to reports reaching here on
        # Saturday": the saying's row tells it; "the news stories scheduled to be covered or pursued by
        # Xinhua on Thursday": an agency's note on its own work (GUIDELINES 1: editor's notes), and so is
        # "The decision, 3rd graf pvs." (where an update goes); "rose
        # 15.26 points to close at 3,146.13": where the move ended, told by its row; "beat Lee to win
        # the title": the title won is told by the contest's row; "its decision taken last year": the
        # decision's row, dated by "last year" (not "a poll carried out on Sunday put Labour on 42
        # percent": "put" tells the poll's row; not "the talks, launched in 2003, were suspended":
        # the suspension's row tells the talks)
        return True
    if not dated and (_described_state(trigger) or _price_given(trigger)):
        # "he was focused on forming a partnership": a state the parser read as an adjective; "the
        # tickets will be priced at 60 yuan": what a thing costs (not "the shares were priced at
        # $12 on Tuesday": a pricing, dated)
        return True
    if _predicative_participle(trigger) or shares_passive(trigger, trigger_ids):
        # "the stance seemed overlooked", "it remained uncontrolled": a state, no happening; "two
        # men were shot and wounded": one happening told by two participles
        return True
    if _comes_after(trigger, trigger_ids) or _dates_back(trigger):
        # "It came a week after ...", "The remarks came as ...": a happening told before, timed;
        # "the fortress dates back to 1503", "a church dating back to the 12th century": its age
        return True
    if trigger.lemma_.lower() in _STATIVE_PASSIVES and (
        any_child(trigger, ("auxpass",)) or dep == "acl" and trigger.tag_ == "VBN"
    ):
        # "the storm was located 400 km east of Virac", "the market was estimated at $1 trillion",
        # "1.58 billion shares valued at 2.77 billion ringgit" (even dated by its clause)
        return True
    if _seen_as(trigger) or _refers_to(trigger):
        # "the decision has been described as a choice between ...": a view no one told, no happening;
        # "the claims refer to a party": what words are about
        return True
    if (
        participial_adjunct(trigger)
        and not _stance_taken(trigger)
        and not (deed_done_before(trigger) and not _told_inside(trigger, trigger_ids))
        and not deed_punished(trigger)
        and not (dated and _dated_step_after(trigger))
        or not dated
        and _with_absolute(trigger)
    ):
        # "Speaking in Geneva Thursday, X warned", "..., citing reports", "..., killing 12",
        # "boosted by remittances", "after undergoing surgery": the circumstances of the clause
        # they hang on, told by its row (or by none when that clause is no happening); "..., with
        # retail banking limited to Switzerland": how things stand around it, no happening
        return True
    lemma = trigger.lemma_.lower()
    if not dated and _decided_infinitive(trigger, trigger_ids):
        return True  # "the rebels agreed to withdraw from the city": one row, the agreement's
    if (
        not dated
        and lemma in _DECIDING
        and any(
            c.dep_ == "xcomp" and c.i in dated_ids and _decided_infinitive(c, trigger_ids) for c in trigger.children
        )
    ):
        return True  # "pledged to push the bill through in April": one row, the planned act's, dated
    if lemma in _QUOTING and _as_saying(trigger):
        # "..., a colleague was quoted as saying", "the paper quoted him as saying": the tag of a
        # quotation, no happening
        return True
    if lemma in REPORTING_VERBS and _reported_passive(trigger, trigger_ids):
        # "the last convoy was reported leaving the city": the leaving is the row; "the plant is said
        # to be the first of its kind": a state someone is said to be in, no happening
        return True
    if _complement_tells(trigger):
        return True  # "is scheduled to leave", "declined to comment": the complement tells it (or nothing)
    if _says_its_noun_happened(trigger, trigger_ids) or _tally_of_a_vote(trigger, trigger_ids) or _tag_cut_off(trigger):
        # "182 countries voted for it, four voted against and one abstained": one vote, told by its
        # first count; "..., the news agency Wam reported." cut by the parser into a sentence of its
        # own: who carries the news, no happening
        return True
    if _telling_passive(trigger) and any(
        c.dep_ == "nsubjpass" and c.pos_ == "NOUN" and c.i in trigger_ids for c in trigger.children
    ):
        return True  # "an outbreak was reported": the outbreak's row
    return _with_an_occasion_told(trigger, dated=dated, dated_ids=dated_ids)


def _says_its_noun_happened(verb, trigger_ids: set[int]) -> bool:
    """ "the evacuations began on Thursday", "the tests showed", "there was an explosion on Monday":
    a verb that only says (or tells what found) the happening an event noun of it names; the noun's
    row, dated through this verb."""
    if _measured_by(verb, trigger_ids):
        return True
    lemma = verb.lemma_.lower()
    if lemma in OCCURRENCE_VERBS:
        return any(c.i in trigger_ids for c in children_with(verb, ("nsubj", "nsubjpass")))
    return lemma == "be" and any(
        c.dep_ == "attr" and c.i in trigger_ids and existential_be(c) is not None for c in verb.children
    )


# Harm told by a participle on the people it struck: "more than 110 others wounded".
_HARMED = frozenset("kill injure wound hurt maim".split())
_COUNTS = frozenset("dozens hundreds thousands scores".split())


def toll_told_by_participle(verb) -> bool:
    """A harm participle on a counted noun ("At least 57 people were killed and more than 110 others
    wounded", "an explosion in the market, 12 people killed"): a toll told, a happening of its own;
    not "the 12 people killed in the crash" (those told before), nor "people killed" (no count)."""
    if verb.tag_ != "VBN" or verb.lemma_.lower() not in _HARMED:
        return False
    if any_child(verb, ("dobj", "auxpass", "aux")):
        return False
    noun = verb.head
    if noun.i > verb.i or noun.pos_ not in ("NOUN", "NUM", "PRON"):
        return False
    kids = list(noun.children)
    if any(c.dep_ in ("det", "poss") and c.lower_ not in ("another", "some") for c in kids):
        return False
    return noun.lower_ in _COUNTS or noun.pos_ == "NUM" or any(c.dep_ == "nummod" for c in kids)


# Verbs that give the level a market move ended at ("to close at 8,622.88").
_CLOSING = frozenset("close end finish settle stand".split())


def _closing_level(verb) -> bool:
    """ "rose 15.26 points to close at 3,146.13": an infinitive that gives the level where the move of
    the verb it hangs on ended, no happening of its own."""
    return (
        verb.lemma_.lower() in _CLOSING
        and is_infinitive(verb)
        and verb.dep_ in ("advcl", "xcomp")
        and verb.head.pos_ in ("VERB", "AUX")
        and any(c.lower_ == "at" for c in children_with(verb, ("prep",)))
    )


# Verbs that tell who ran or attended an occasion, or what it dealt with.
_OCCASION_CONTENT = frozenset(
    "attend chair co-chair cochair preside host focus touch study discuss review examine cover "
    "feature center centre concentrate explore address".split()
)


def _with_an_occasion_told(verb, *, dated: bool, dated_ids: frozenset[int]) -> bool:
    """ "The meeting was attended by officials", "The dialogue also touched upon the nuclear issue",
    "the meeting, which was chaired by Wen": who was there and what it dealt with belong to the
    row of the occasion the article told before (GUIDELINES 2, fourth batch); so does the tag of
    such a clause ("The meeting discussed bilateral issues, the paper said"; "said that the budget
    will be debated at the session", not "said the budget will not be debated at it")."""
    if not dated and (_about_an_occasion_told(verb) or _done_at_an_occasion_told(verb)):
        return True
    return verb.lemma_.lower() in REPORTING_VERBS and any(
        c.dep_ in ("ccomp", "parataxis")
        and c.i not in dated_ids
        and (_about_an_occasion_told(c) or _done_at_an_occasion_told(c) and not _negated_verb(c))
        for c in verb.children
    )


def _negated_verb(verb) -> bool:
    """ "the budget will not be debated at the session": a refusal told, the statement's row."""
    return any_child(verb, ("neg",))


def _about_an_occasion_told(verb) -> bool:
    """A verb that tells who attended or ran an occasion the article told before ("the meeting",
    "the hour-long dialogue", never in its opening line), or what it dealt with."""
    if verb.lemma_.lower() not in _OCCASION_CONTENT:
        return False
    if verb.dep_ == "relcl":
        noun = verb.head  # "the meeting, which was chaired by Wen"
    else:
        noun = first_child(verb, ("nsubj", "nsubjpass"))
    return noun is not None and _occasion_told_before(noun)


# Verbs that tell what an occasion dealt with when it is named after them ("will be debated at the meeting").
_DEALT_WITH = frozenset("discuss debate review examine address consider study".split())


def _done_at_an_occasion_told(verb) -> bool:
    """What was dealt with at an occasion the article told before, told in the passive with the
    occasion after the verb ("Issues such as training will be discussed at the forum", "projects
    will be debated during the meeting"): the occasion's row (not "will discuss the issues at a
    meeting on Sunday": that meeting is not told before; who took part in it is a mention of its
    row, timeline.extract.repeats)."""
    if verb.lemma_.lower() not in _DEALT_WITH or not any_child(verb, ("auxpass",)):
        return False
    return any(
        c.dep_ == "prep"
        and c.lower_ in ("at", "during")
        and any(_occasion_told_before(g) for g in children_with(c, ("pobj",)))
        for c in verb.children
    )


def _dealt_with_at(noun, trigger_ids: set[int]) -> bool:
    """ "will discuss the latest developments at an emergency meeting on Sunday": the occasion is
    told by the row of what it dealt with (one happening)."""
    verb = noun.head.head
    return (
        verb.pos_ == "VERB"
        and verb.i in trigger_ids
        and verb.lemma_.lower() in _OCCASION_CONTENT - {"attend", "host"}
        and noun.lemma_.lower() in _DELIBERATIONS
    )


# Occasions that are what is said and decided at them (not a visit or a match, where talks are one part).
_DELIBERATIONS = frozenset(
    "conference summit meeting session talks talk forum hearing congress convention briefing dialogue "
    "discussion negotiation consultation".split()
)


def _occasion_told_before(noun) -> bool:
    """ "the meeting", "the two-day talks", "this conference": a definite occasion with nothing that
    names its own (no "of", owner or name; not "the first", "the next"), past the opening line."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _GATHERINGS or sentence_bounds(noun)[0] == 0:
        return False
    kids = list(noun.children)
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in kids) and not (
        any(c.dep_ == "poss" and c.pos_ == "PRON" for c in kids) and _named_before(noun)
    ):
        return False  # (but "at their talks" after "ended months of talks": those talks)
    if any(
        c.dep_ in ("prep", "nmod", "nummod", "appos")
        or c.dep_ == "poss"
        and c.pos_ != "PRON"
        or c.dep_ == "compound"
        and c.lemma_.lower() not in _SPANS
        for c in kids
    ):
        # "the meeting of ministers", "Monday's talks", "the budget talks" (not "the two-hour meeting",
        # "their talks": the ones told before)
        return False
    return not any(c.dep_ == "amod" and c.lower_ in _ANOTHER_ONE for c in kids)


def _named_before(noun) -> bool:
    """Did a noun of the same lemma come earlier in the article?"""
    lemma = noun.lemma_.lower()
    doc = noun.doc
    pos = tables(doc).pos  # a Token only for the nouns before it
    return any(pos[i] == "NOUN" and doc[i].lemma_.lower() == lemma for i in range(noun.i))


# The length an occasion told before may be given ("the two-hour meeting"), and the occasions.
_SPANS = frozenset("minute hour day week month".split())
_GATHERINGS = OCCASIONS | frozenset("dialogue discussion gathering negotiation exhibition".split())
# Adjectives that make an occasion another one than the one told before.
_ANOTHER_ONE = frozenset("first second third next last previous earlier later latest former new other final".split())


# Nouns of a span of time, and the verbs that say where one starts or ends.
_PERIODS = frozenset("year month quarter period week half season semester term day days months years weeks".split())
_BOUNDING = frozenset("end begin start run close finish conclude".split())


def _bounds_a_period(verb) -> bool:
    """A participle or a relative clause that says where the span of time it hangs on starts or
    ends ("the year ending in March", "the year which started on March 21", "2004-05, which ended in
    March"): which span, no happening (not "the talks, which ended on Friday")."""
    if verb.lemma_.lower() not in _BOUNDING:
        return False
    head = verb.head
    if verb.dep_ == "relcl":
        if not any(c.lower_ in ("which", "that") for c in children_with(verb, ("nsubj", "nsubjpass"))):
            return False
        if head.like_num and _YEARS.fullmatch(head.text):
            return True
    return head.lemma_.lower() in _PERIODS and head.pos_ == "NOUN"


# A year or a span of years the parser left as a number: "2004", "2004-05", "2004-2005".
_YEARS = re.compile(r"(?:1[89]|20)\d\d(?:[-/](?:\d\d|\d{4}))?")


def _dates_back(verb) -> bool:
    """ "the fortress dates back to 1503", "a mosque dating from the 12th century", "the mosque dated
    about 1200 AD": a thing's age, no happening ("she dated a singer", "experts dated the coins to
    Roman times": someone did something)."""
    if verb.lemma_.lower() != "date" or verb.pos_ != "VERB":
        return False
    return not any(
        c.dep_ in ("auxpass", "nsubjpass", "agent") or c.dep_ == "dobj" and c.ent_type_ not in ("DATE", "TIME")
        for c in verb.children
    )  # ("dated about 1200 AD": the year read as an object)


# Words that time a happening against another: "came a day after", "came ahead of", "came as".
_TIMED_BY = frozenset("after before ahead amid as following despite when".split())


def _comes_after(verb, trigger_ids: set[int]) -> bool:
    """ "It came barely a week after ...", "His remarks came a day after ...": "come" said of a
    happening the article has told, to time it against another; no happening of its own."""
    if verb.lemma_.lower() != "come" or any(
        c.dep_ in ("dobj", "prt") or c.dep_ == "prep" and c.lower_ in ("to", "into") for c in verb.children
    ):  # "came to light", "came into force": a happening of its own
        return False
    subjects = children_with(verb, ("nsubj",))
    if not subjects or any(s.i in trigger_ids or s.pos_ == "PROPN" for s in subjects):
        return False
    if not all(s.lower_ in ("it", "this", "that") or s.pos_ == "NOUN" and _definite(s) for s in subjects):
        return False
    return _timed_against_another(verb)


def _timed_against_another(verb) -> bool:
    """ "came a day after ...", "comes ahead of a summit on Friday": timed against another happening."""
    return any(
        c.dep_ in ("prep", "advcl", "mark")
        and c.lower_ in _TIMED_BY
        or c.dep_ == "advcl"
        and any(m.lower_ in _TIMED_BY for m in children_with(c, ("mark", "advmod")))
        or c.dep_ == "npadvmod"
        and any(g.lower_ in _TIMED_BY for g in children_with(c, ("prep",)))
        for c in verb.children
    )


def _timed_told_before(noun, verb) -> bool:
    """ "Peres's statement came after ...", "The rebel victory also came the day after ...": a definite
    happening the article has told, named again to time it against another (not "Heavy protests came
    after the vote", nor "Wednesday's strikes came after ...", dated of their own)."""
    return verb.lemma_.lower() == "come" and _definite(noun) and not _own_date(noun) and _timed_against_another(verb)


def _definite(noun) -> bool:
    return any(c.lower_ not in ("a", "an") for c in children_with(noun, ("det", "poss")))


# News that "reaches" a place: "according to reports reaching here on Saturday" tells where the
# news came from, not a happening.
_NEWS = frozenset("report news word information dispatch account".split())


def _news_reaching(verb) -> bool:
    """ "according to reports reaching here", "in a press statement received here late Sunday": how
    the news reached the agency that writes ("here": where it writes from), no happening."""
    if verb.dep_ != "acl":
        return False
    lemma = verb.lemma_.lower()
    if lemma == "reach":
        return verb.head.lemma_.lower() in _NEWS
    return lemma == "receive" and any(c.lower_ == "here" for c in children_with(verb, ("advmod",)))


# Passive verbs that, with an empty "it", only say the sentence's news was told ("it was reported").
_TOLD_IT = frozenset("report say".split())


def _reported_it(verb) -> bool:
    """ "Hundreds have been killed over the past months, it was reported Wednesday", "it is said":
    the report of what the sentence tells, by no one named; the happening is the row, no report
    (but "a day after it was reported that ...": a report another happening is timed by stays)."""
    if verb.lemma_.lower() not in _TOLD_IT or not any_child(verb, ("auxpass",)):
        return False
    if any_child(verb, ("mark",)):
        return False
    return any(c.lower_ == "it" for c in children_with(verb, ("nsubjpass", "expl")))


# What a news agency's note says it will cover: "the major news stories scheduled to be covered".
_COVERING = frozenset("cover pursue".split())
_NEWS_ITEMS = frozenset("story news item".split())


def _coverage_note(verb) -> bool:
    """ "news stories due to be covered or pursued by Xinhua on Monday": the stories the agency
    will cover, named in its note; no happening."""
    if verb.lemma_.lower() not in _COVERING:
        return False
    tok = verb
    for _ in range(4):
        subject = first_child(tok, ("nsubj", "nsubjpass"))
        if subject is not None:
            return subject.lemma_.lower() in _NEWS_ITEMS
        if tok.dep_ in ("acl", "amod"):
            return tok.head.lemma_.lower() in _NEWS_ITEMS
        if tok.dep_ not in ("xcomp", "conj") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


# A wire editor's note on where an update goes ("The decision, 3rd graf pvs.", "4th graf pvs"):
# an ordinal and "graf", the paragraph it points to.
_GRAF = re.compile(
    r"\b(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last)\s+grafs?\b", re.I
)


def _editing_note(verb) -> bool:
    """Is the trigger in a wire editor's note pointing at a paragraph ("The decision, 3rd graf pvs.")?
    (GUIDELINES 1: editor's notes are no rows.) The sentences holding one are found once per Doc."""
    t = tables(verb.doc)
    notes = t.memo.get("rows.editing_notes")
    if notes is None:
        # (most texts have no "graf": no scan by the pattern; only G, R, A and F lower-case to those letters)
        notes = t.memo["rows.editing_notes"] = (
            frozenset(m.start() for m in _GRAF.finditer(t.text)) if "graf" in t.text.lower() else frozenset()
        )
    if not notes:
        return False
    sent = verb.sent
    return any(sent.start_char <= i < sent.end_char for i in notes)


def _medium_of_saying(noun) -> bool:
    """The statement, report or letter in which a verb of saying says what it says ("said in a
    statement", "announced in a letter to shareholders")."""
    prep = noun.head
    return (
        noun.dep_ == "pobj"
        and prep.lower_ in ("in", "through", "via")
        and prep.head.pos_ == "VERB"
        and prep.head.lemma_.lower() in REPORTING_VERBS
    )


def _cited_report(noun) -> bool:
    """The report a sentence cites as the source of what it tells ("according to local media
    reports on Friday"): the source of the sentence's happening, no row of its own (a release it
    was given is: "according to its annual report released on Friday")."""
    prep = noun.head
    return (
        noun.dep_ == "pobj" and prep.lower_ == "to" and prep.head.lower_ == "according" and noun.lemma_.lower() in _NEWS
    )


# Verbs whose passive tags a quotation: "X was quoted (cited) as saying".
_QUOTING = frozenset("quote cite report hear".split())
# Reporting verbs that, passive with an infinitive, tell an order ("he was told to leave").
_BIDDING = frozenset({"tell"})
# Prepositions that time a state from a happening: "ill after a heart attack".
_SINCE = frozenset("after since following".split())


def _as_saying(verb) -> bool:
    return any(
        c.dep_ == "prep" and c.lower_ == "as" and any(g.lemma_.lower() in REPORTING_VERBS for g in c.children)
        for c in verb.children
    )


# Verbs that say what their subject is made of or like, not that it happened.
_DESCRIBING = frozenset("include contain comprise consist involve remain cost weigh number total lack".split())


# Verbs whose participle on a noun gives it a name.
_NAMING = frozenset("surname dub nickname know title label".split())


def _gives_a_name(verb) -> bool:
    """A participle that names its noun, whatever tag the parser gave it ("surnamed" is one always)."""
    on_noun = verb.dep_ == "acl" or verb.dep_ == "conj" and verb.head.pos_ in ("NOUN", "PROPN")
    if on_noun and verb.lemma_.lower() in _NAMING_TOO and verb.tag_ in ("VBN", "VBD"):
        # "a meeting entitled 'A Special Zone'", "a weed called Lantana", "a drill named 'Blow'",
        # "the second intifada, or called the al-Aqsa intifada"; not "a meeting called by the
        # president", "a session called to discuss the crisis", "named in the report"
        return not any_child(verb, ("agent", "aux", "auxpass", "nsubj", "nsubjpass")) and any(
            (c.dep_ in ("oprd", "attr", "dobj") or c.is_quote) and c.left_edge.i == verb.i + 1 for c in verb.children
        )  # the name right after it (not "X, of the party, named on Monday four ministers")
    return (verb.dep_ == "acl" and verb.lemma_.lower() in _NAMING) or verb.lower_ == "surnamed"


def _capital_imperative(verb) -> bool:
    """A bare verb written with a capital inside a sentence, before a capitalized object: the first
    word of a name ("including Danchurch Aid, Save the Children, Unicef", "marchers from Stop the War
    Coalition"), not a command."""
    if verb.tag_ != "VB" or not verb.is_title or verb.is_sent_start or verb.i == 0:
        return False
    prev = verb.doc[verb.i - 1]
    if prev.is_quote or prev.is_punct and prev.text in (":", "(", "-", "--", "—"):
        return False  # (a quotation's or a heading's first word)
    if any_child(verb, ("aux", "auxpass", "neg")):
        return False  # ("to Stop the Bus", "did not Save ...")
    return any(c.right_edge.is_title for c in children_with(verb, ("dobj",)))


# Verbs whose participle names its noun only when what follows is the name.
_NAMING_TOO = frozenset("entitle call name".split())


# Verbs whose passive says where or what its subject is, not that something happened to it.
_STATIVE_PASSIVES = frozenset(
    "locate situate base centre center headquarter intend estimate value confine compose consider regard deem link "
    "relate associate entitle populate inhabit surround connect tie affiliate lock".split()
)


# Verbs that, passive with "as", tell how something is seen: "was described as", "is seen as".
_SEEN_AS = frozenset("describe see view bill tout label brand characterize characterise portray".split())


def _seen_as(verb) -> bool:
    """A view of something with no one who holds it ("the decision has been described as a choice",
    "the talks are seen as a test"); not "was described by Rubin as focused" (Rubin said it)."""
    if verb.lemma_.lower() not in _SEEN_AS:
        return False
    deps = [c.dep_ for c in verb.children]
    return "auxpass" in deps and "agent" not in deps and any(c.lower_ == "as" for c in children_with(verb, ("prep",)))


# Verbs that, with "to" and no object, tell what something is about: "the claims refer to a party".
_ABOUT = frozenset("refer relate pertain".split())


def _refers_to(verb) -> bool:
    """What words or things are about ("the claims refer to a leaving party", "documents that related
    to the inquiry"), or what a speaker meant ("Wilkins was referring to a decision in November": that
    decision's row tells it); not "the minister referred to the report in his speech" (someone spoke),
    "state media referred to him as premier" (a name given), nor "referred the case to police"."""
    if verb.lemma_.lower() not in _ABOUT or not any(c.lower_ == "to" for c in children_with(verb, ("prep",))):
        return False
    meant = verb.tag_ == "VBG"
    named = any(c.lower_ == "as" for c in children_with(verb, ("prep",)))
    for c in verb.children:
        if c.dep_ == "dobj" or c.dep_ == "nsubj" and named:
            return False  # "referred the case to police", "the media referred to him as premier": words said
        if c.dep_ == "nsubj" and not meant and (c.pos_ in ("PRON", "PROPN") or c.lemma_.lower() in PEOPLE_NOUNS):
            return False
    return True


def _participle_as_noun(verb) -> bool:
    """A past participle the sentence uses as a noun, with no verb's company of its own."""
    if verb.tag_ != "VBN" or verb.dep_ not in ("pobj", "pcomp", "dobj", "nsubj", "nsubjpass", "attr"):
        return False
    return not any_child(verb, ("aux", "auxpass", "nsubj", "nsubjpass", "dobj", "agent", "prep"))


def _described_state(verb) -> bool:
    """A participle the parser made the adjective of "be" ("was focused on", "were interested
    in"): no happening; a passive is parsed with its auxiliary, not as this."""
    return (
        verb.tag_ == "VBN"
        and verb.dep_ == "acomp"
        and verb.head.lemma_.lower() == "be"
        and not any_child(verb, ("aux", "auxpass", "nsubj", "nsubjpass", "agent"))
    )


def _predicative_participle(verb) -> bool:
    """A bare participle that describes the subject of a linking verb."""
    return (
        verb.tag_ == "VBN"
        and verb.dep_ in ("xcomp", "acomp", "oprd")
        and verb.head.lemma_.lower() in LINKING_VERBS
        and not any_child(verb, ("aux", "auxpass", "nsubj", "nsubjpass"))
    )


# Stances taken toward another's deed or words: a row of their own per sender (GUIDELINES, second
# batch: "praise, condemnation, condolences").
_STANCES = frozenset("condemn deny accuse blame denounce criticize criticise praise welcome".split())


def _stance_taken(verb) -> bool:
    """A participle after its clause that takes a stance of its own toward something named ("sent a
    cable to the king, condemning the bombings", "denied any role, accusing the army of carrying it
    out"): a statement of its own, not a circumstance (not one the parser hung inside what was said:
    "stressed that Sudan wanted peace, denying ...")."""
    return (
        verb.tag_ == "VBG"
        and verb.dep_ == "advcl"
        and verb.head.i < verb.i
        and verb.head.dep_ not in ("ccomp", "parataxis", "xcomp")
        and verb.lemma_.lower() in _STANCES
        and any_child(verb, ("dobj",))
    )


# Prepositions that place a gerund's deed before its clause and take it as done: "after returning
# from Asia", "since breaking his leg", "upon landing in Rome" (not "before": "died before reaching
# hospital" tells a deed that never came).
_DONE_BEFORE = frozenset("after since upon".split())
# The preposition of a means done on the way to its clause's happening, done too when the clause is:
# "reached the final by beating Uruguay 4-2", "ended his best season by winning two titles".
_DONE_BY = "by"
# Deeds a chronology lists whose gerund there tells one: meetings ("after meeting Mugabe"), deals
# and decisions ("after reaching a deal", "after adopting a declaration"), sales, contests won and
# scores ("after winning the election", "after posting a bid"), contests lost ("after losing a
# confidence vote"), levels a price hit ("after hitting an intraday high of 46 dollars"), harm
# suffered and done ("since breaking his leg", "after firing his gun at stonethrowers", "after
# colliding with a warship"), memberships and posts given ("after joining the WTO", "after
# electing a successor"), support withdrawn, figures released, seizures and arrests. Not the moves
# and routines that lead up to the clause's happening ("shortly after taking off", "after leading
# his side off the court", "after receiving the report", "after ending a visit": a journey, an
# occasion's end, told by their own rows or none).
_DEEDS = frozenset(
    "meet hold sign reach adopt approve seal strike sell buy acquire purchase post win beat defeat "
    "score break sustain suffer launch announce unveil capture seize arrest kill resign "
    "lose hit fire collide join elect withdraw release".split()
)


def deed_done_before(verb) -> bool:
    """A gerund after "after", "since" or "upon" that does something to someone or something, on a
    clause in the past ("sacked the cabinet after returning from Asia", "has not played since
    breaking his leg"), or after the "by" of the means the clause was reached by ("reached the
    World Cup by beating Uruguay"): a happening of its own, done before its clause, not a circumstance of it
    (not "after hearing the news": knowing; not "after failing to agree": what the infinitive
    tells; not "will sign it after reading it", "usually runs after waking": no deed told done)."""
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp":
        return False
    prep = verb.head
    if prep.lower_ not in _DONE_BEFORE and (prep.lower_ != _DONE_BY or prep.dep_ != "prep"):
        return False  # (not the "by" of a passive's agent: "was executed by firing squad")
    if verb.lemma_.lower() not in _DEEDS:
        return False
    kids = list(verb.children)
    if any(c.dep_ in ("xcomp", "ccomp", "nsubj", "aux", "auxpass", "neg") for c in kids):
        return False
    if not any(c.dep_ in ("dobj", "prt") or c.dep_ == "prep" and any_child(c, ("pobj",)) for c in kids):
        return False
    gov = verb.head.head
    if gov.pos_ not in ("VERB", "AUX"):
        return False
    auxes = children_with(gov, ("aux", "auxpass"))
    if any(a.lower_ in MODAL_AUXILIARIES or a.lower_ == "to" for a in auxes):
        return False
    return gov.tag_ == "VBD" or any(a.lemma_.lower() == "have" or a.tag_ == "VBD" for a in auxes)


# Ends of a routine, not a step of a story: "rose over the week before closing for a holiday".
_ROUTINE_ENDS = frozenset("close end finish adjourn".split())


def _own_time(verb) -> bool:
    """A time expression hung on the verb itself ("moving to Switzerland in 1943", "flying home
    on Tuesday"), not inside one of its nouns' phrases."""
    ents = tables(verb.doc).ents
    for c in verb.children:
        if c.dep_ in ("npadvmod", "tmod") and ents[c.i] in ("DATE", "TIME"):
            return True
        if c.dep_ == "prep" and any(ents[g.i] in ("DATE", "TIME") for g in children_with(c, ("pobj",))):
            return True
    return False


# Prepositions that order a gerund's deed against its clause: "before winning in 2002", "after
# jumping from the roof on Tuesday", "since becoming pope last year", "upon landing on Monday".
_STEP_PREPS = frozenset("before after since upon".split())


def _dated_step_after(verb) -> bool:
    """A gerund that a time of its own dates, after a preposition that orders it against its clause
    ("tried in 1994 and 1998 before winning by a landslide in 2002", "moved to France in 1940 before
    moving to Switzerland in 1943", "was hurt after jumping from the roof on Tuesday", "has angered
    Beijing since becoming pope last year"): a step of a story, a happening of its own (undated,
    "died before reaching hospital", it may never have come). Not a gerund after its clause and a
    comma, even dated: it mostly tells the same happening again ("was appointed minister, replacing
    Johnson in the reshuffle in May") or what it meant ("registered no growth, casting doubt on the
    target for this year")."""
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp" or verb.head.lower_ not in _STEP_PREPS:
        return False
    gov = verb.head.head
    lemma = verb.lemma_.lower()
    if lemma in _ROUTINE_ENDS or lemma in REPORTING_VERBS or lemma == "express":
        return False  # "said ... before expressing hopes": one statement, the speaker's row
    if any_child(verb, ("nsubj", "aux", "auxpass", "neg")):
        return False
    if not _own_time(verb):
        return False  # "before expressing hopes for an election on Thursday": the election's day
    if gov.pos_ not in ("VERB", "AUX"):
        return False
    auxes = children_with(gov, ("aux", "auxpass"))
    if any(a.lower_ in MODAL_AUXILIARIES or a.lower_ == "to" for a in auxes):
        return False  # "will meet the premier before leaving on Wednesday": a plan
    return gov.tag_ == "VBD" or any(a.lemma_.lower() == "have" or a.tag_ == "VBD" for a in auxes)


# Prepositions of the occasion a deed was done in: "after seizing power in a coup", "after defeating
# Empoli 1-0 in Saturday's match", "after beating 101 girls at the pageant".
_OCCASION_PREPS = frozenset("in during at".split())


def _told_inside(gerund, trigger_ids: set[int]) -> bool:
    """Another trigger within the gerund's phrase tells the happening: the occasion it was done in
    ("after seizing power in a 1973 coup": the coup; "after defeating Empoli 1-0 in Saturday's
    match": the match), or a participle or clause on its object ("after sealing an accord
    hammered out overnight": the hammering out)."""
    for tok in gerund.subtree:
        if tok.i == gerund.i or tok.i not in trigger_ids:
            continue
        if tok.dep_ == "pobj" and tok.head.lower_ in _OCCASION_PREPS:
            return True
        if tok.dep_ in ("acl", "relcl") and tok.head.dep_ == "dobj" and tok.head.head.i == gerund.i:
            return True
    return False


def deed_told_by_itself(gerund) -> bool:
    """A deed done before its clause (:func:`deed_done_before`) that is a row of its own, no event
    noun in its phrase telling it instead ("after firing his gun at stonethrowers", not "after
    beating 101 girls in a global pageant": the pageant's row tells it)."""
    if not deed_done_before(gerund):
        return False
    trigger_ids = {
        tok.i for tok in gerund.subtree if tok.i != gerund.i and (tok.lemma_.lower() in EVENT_NOUNS or is_trigger(tok))
    }
    return not _told_inside(gerund, trigger_ids)


def participial_adjunct(verb) -> bool:
    """A participle with no subject or auxiliary of its own that modifies a clause or follows a
    preposition: "..., killing 12 people", "accompanied by dozens of jeeps", "before leaving China"."""
    if verb.tag_ not in ("VBG", "VBN") and not _misread_participle(verb) or verb.dep_ not in ("advcl", "pcomp"):
        return False
    prep = verb.head
    if verb.dep_ == "pcomp" and prep.lower_ == "by" and prep.head.lemma_.lower() in ASPECT_VERBS:
        # "Jobs started by hinting at the incident": the aspectual verb hands over (triggers), the
        # hinting is what happened
        return False
    return not any_child(verb, ("nsubj", "nsubjpass", "aux", "auxpass", "expl"))


# Nouns of a course one is "in the ... of" doing: "was in the process of notifying", "are in the
# midst of negotiating": a progressive told with a noun.
_COURSES = frozenset("process midst middle course".split())


def in_the_course_of(be):
    """The gerund of "(be) in the process (midst) of V-ing" ("notifying" in "it was in the process of
    notifying investigators") told by this "be", or None."""
    if be.lemma_.lower() != "be":
        return None
    for prep in children_with(be, ("prep",)):
        if prep.lower_ != "in":
            continue
        for course in children_with(prep, ("pobj",)):
            if course.lemma_.lower() in _COURSES:
                for of in children_with(course, ("prep",)):
                    if of.lower_ == "of":
                        return next((v for v in children_with(of, ("pcomp",)) if v.tag_ == "VBG"), None)
    return None


def _price_given(verb) -> bool:
    """ "the tickets will be priced at 60 yuan", "seats are priced from 20 dollars": a passive "priced"
    with the price it gives: what a thing costs, no happening."""
    if verb.lemma_.lower() != "price":
        return False
    t = tables(verb.doc)
    kids, deps, lower = t.children[verb.i], t.deps, lowered(verb.doc)  # indices: no Token per child
    return any(deps[c] == "auxpass" for c in kids) and any(
        deps[c] == "prep" and lower[c] in ("at", "from", "between") for c in kids
    )


def _with_absolute(verb) -> bool:
    """A passive participle with a subject of its own after "with" ("..., with retail banking limited
    to Switzerland", "the town was quiet, with most shops closed"): a circumstance, how things stand
    around the clause it hangs on, no happening of its own; not a harm ("with twelve people killed":
    a toll), nor one with an object, a particle, a measure or an auxiliary."""
    if verb.tag_ != "VBN" or verb.dep_ not in ("advcl", "pcomp"):
        return False  # (a past tense there is an active move: "with the index edged up 4 points")
    if verb.lemma_.lower() in _HARMED:
        return False
    kids = list(verb.children)
    if verb.dep_ == "pcomp":
        if verb.head.lower_ != "with":
            return False
    elif not any(c.dep_ in ("mark", "prep") and c.lower_ == "with" and c.i < verb.i for c in kids):
        return False
    if any(c.dep_ in ("aux", "auxpass", "dobj", "dative", "expl", "prt", "npadvmod") for c in kids):
        return False  # ("with the index dropped 20 points": a move)
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i for c in kids)


# Conjunctions that open a participial clause: "when asked about ...", "if elected", "once completed".
# ("while", "although" stay out: "while the yield on the bond climbed", whose subject the parser lost)
_PARTICIPLE_CONJUNCTIONS = frozenset("when whenever if once unless".split())


def _participle_tagged_past(verb) -> bool:
    """A verb hung on a noun as its modifier with no subject of its own, tagged as a finite past ("a
    public relations officer stuck outside the station", "the first telescope specialized in
    observing asteroids"): a finite past needs a subject, so this is a past participle, a description
    of the noun (GUIDELINES 1), and folds as one (not a relative clause whose pronoun the parser
    lost: "the man police arrested" has its subject)."""
    if verb.tag_ != "VBD" or any_child(verb, ("nsubj", "nsubjpass", "csubj", "expl", "aux", "auxpass")):
        return False
    if verb.sent.root.pos_ not in ("VERB", "AUX") or any(c.dep_ == "cc" and c.i > verb.i for c in verb.head.children):
        # "The agreement called for talks and recognizes the need ...", "Tan's hopes ... evaporated
        # after he shot poorly" (no verb for a root), "The statement called on the governor to resign
        # and added ..." (its noun the subject of two verbs): the parser lost the main verb, this one
        return False
    if verb.i > 0 and verb.doc[verb.i - 1].text in ('"', "“"):
        return False  # 'the government "asked for troops to stay," he said': a quotation opens on the verb
    noun = verb.head
    if noun.dep_ in ("nsubj", "nsubjpass") and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.i != noun.i for c in noun.head.children
    ):
        # "The French national, who served 20 years, left on a flight, a witness said": the noun is
        # made a second subject of the saying, so the parser lost the main verb, this one
        return False
    # (not a verb that names a kind of happening, which its noun may have undergone: "one of the four
    # airports hit", "a second memorandum signed between the two ministers")
    return not kinds(verb.lemma_)


def _misread_participle(verb) -> bool:
    """A past form tagged as a finite verb though it has no subject and a conjunction opens it ("When
    asked about the delay, the minister said ..."), or it opens the sentence before the clause it hangs
    on ("Asked how they would vote, 41 percent said ..."). A finite past needs a subject; this is a
    participle."""
    if verb.tag_ != "VBD" or verb.dep_ != "advcl":
        return False
    if any_child(verb, ("csubj", "csubjpass")):
        return False  # "losing the match surprised"
    if verb.is_sent_start and verb.head.i > verb.i:
        return True
    return any(
        c.dep_ in ("advmod", "mark") and c.i < verb.i and c.lower_ in _PARTICIPLE_CONJUNCTIONS for c in verb.children
    )


def _reported_passive(verb, trigger_ids: set[int]) -> bool:
    """A passive reporting verb that hands over to its complement: a participle that is a row of its
    own ("was reported leaving the city") or "to be" ("is said to be the first", "who were reported to
    be on their way"), a state, no happening, or a perfect infinitive told as done ("was reported to
    have fled": the flight's row, as an active "said" folds into what it tells). Not "was reported
    to be ill Sunday, after a heart attack" (a state that began then), nor "was told to be ready"
    (an order)."""
    if not any_child(verb, ("auxpass",)):
        return False
    for c in children_with(verb, ("xcomp",)):
        if c.tag_ == "VBG" and c.i in trigger_ids:
            return True
        if c.i in trigger_ids and _told_done(c) and not any_child(verb, ("neg",)):
            return True  # "was reported to have fled": the flight's row, told by hearsay
        if c.lemma_.lower() == "be" and verb.lemma_.lower() not in _BIDDING and is_infinitive(c):
            return not _timed_state(c)
    return False


def _told_done(infinitive) -> bool:
    """A perfect infinitive ("to have fled", "to have been imposed"): what is told as done."""
    aux = [c.lower_ for c in children_with(infinitive, ("aux", "auxpass"))]
    return infinitive.tag_ == "VBN" and "to" in aux and "have" in aux


def _timed_state(be) -> bool:
    """A state told with a time of its own ("was reported to be gravely ill Sunday, after a heart
    attack"): it began then, news."""
    return any(
        c.dep_ in ("npadvmod", "tmod") and c.ent_type_ in ("DATE", "TIME") or c.dep_ == "prep" and c.lower_ in _SINCE
        for c in be.children
    )


def _decided_infinitive(verb, trigger_ids: set[int]) -> bool:
    """An infinitive that a verb of deciding governs ("agreed to withdraw", "vowed to hold talks"),
    or a second one sharing its "to" ("pledged to cut taxes and raise spending": one pledge, one
    row; the second act no planned row of its own)."""
    if _shares_the_auxiliary(verb, "xcomp"):
        verb = verb.head
    head = verb.head
    return verb.dep_ == "xcomp" and head.i in trigger_ids and head.lemma_.lower() in _DECIDING and is_infinitive(verb)


# Verbs of setting out that "and" joins to the act itself: "go and meet", "come and see", "try and
# forge" (the second verb is what is done, not a second act).
_SETTING_OUT = frozenset("go come try".split())


def _shares_the_auxiliary(verb, dep: str) -> bool:
    """ "agreed to pay 10 million dollars and recall the cars", "warned that police will crack down
    and seize goods": is this a bare verb joined to a complement clause (``dep``: "xcomp", "ccomp"),
    with no subject or auxiliary of its own, so that it shares the complement's "to" or "will" (not
    "agreed to pay, and the company recalled the cars", "and will recall the cars": told apart; nor
    "decides to go and meet the rebels": the act itself, after a verb of setting out; nor a second act
    with a time of its own, "and recall the cars in May", "and ratify it afterwards")?"""
    head = verb.head
    return (
        verb.dep_ == "conj"
        and verb.tag_ == "VB"
        and head.i != verb.i
        and head.dep_ == dep
        and head.lemma_.lower() not in _SETTING_OUT
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") and c.lower_ != "to" for c in verb.children)
        and not _own_time(verb)
        and not any(c.dep_ == "advmod" and c.lower_ in _LATER_ON for c in verb.children)
    )


# Adverbs that set a second act at a time of its own, after the first: "plans to sign the pact next
# week and ratify it afterwards" (two planned happenings, not one).
_LATER_ON = frozenset("afterwards afterward later subsequently thereafter eventually".split())


# Verbs of warning: what they say will come is told by the warning's row.
_WARNING = frozenset("warn caution threaten".split())


def second_act_told_by(verb):
    """ "pledged to cut taxes and [raise] spending", "warned that police will crack down and [seize]
    goods": the verb of deciding or warning whose row tells this bare second act, which shares the
    first act's "to" or "will" (no row of its own when no time of its own dates it); None for any
    other verb ("and will recall the cars", "and the company recalled the cars")."""
    for dep, governing in (("xcomp", _DECIDING), ("ccomp", _WARNING)):
        if not _shares_the_auxiliary(verb, dep):
            continue
        first = verb.head
        head = first.head
        if head.lemma_.lower() not in governing:
            return None
        if dep == "xcomp" and is_infinitive(first) or dep == "ccomp" and _will(first):
            return head
    return None


def _will(verb) -> bool:
    """A clause told with "will" ("will crack down", "would seize", "'ll pay")."""
    return any(c.tag_ == "MD" and c.lower_ in ("will", "would", "'ll") for c in children_with(verb, ("aux",)))


def warned_of(verb, trigger_ids: set[int]) -> bool:
    """ "The minister warned that the police will crack down on vendors": is this the clause of a
    warning (a row among ``trigger_ids``) that says what will come? Planned with no time of its own,
    it is no happening yet; the warning is the news (GUIDELINES 2: "X said Y" when Y is no separate
    happening is the statement's row). So is a second act sharing the clause's "will" ("will crack
    down on vendors and seize their goods")."""
    if _shares_the_auxiliary(verb, "ccomp"):
        verb = verb.head
    head = verb.head
    return verb.dep_ == "ccomp" and head.i in trigger_ids and head.lemma_.lower() in _WARNING and _will(verb)


# Verbs of a speaker's promise or threat: what they say will be done, with no time of its own, is
# told by the vow's row ("vowed to launch a guerrilla war"), as a warning tells what it warns of.
_VOWING = frozenset("vow pledge promise threaten".split())


def _vowed(verb, trigger_ids: set[int]) -> bool:
    """Is this the to-infinitive of a vow, a pledge, a promise or a threat (a row among
    ``trigger_ids``): "vowed to launch", "pledging to take"?"""
    head = verb.head
    return verb.dep_ == "xcomp" and head.i in trigger_ids and head.lemma_.lower() in _VOWING and is_infinitive(verb)


# Verbs whose undated to-infinitive is told by their own row ("agreed to withdraw").
_DECIDING = frozenset(
    "agree decide vow pledge promise plan intend threaten offer resolve prepare arrange commit".split()
)
_FOLD_INTO_COMPLEMENT = frozenset(
    "schedule expect set plan slate due decline refuse fail seem appear look have design mean".split()
)


# What one refuses to do that is only words withheld: "refused to comment", "refused to say why".
_WITHHELD = frozenset(
    "comment say elaborate disclose reveal confirm deny discuss identify name specify give answer respond "
    "explain speak talk divulge provide release detail return".split()
)
# What parties fail to reach when talks break down: "failed to agree", "failed to reach a deal".
_SETTLEMENTS = frozenset("agreement deal consensus accord compromise settlement ground decision verdict".split())


def _complement_tells(verb) -> bool:
    """ "is scheduled to leave", "declined to comment": the complement tells the happening (or
    nothing does); not a refusal or a failure of talks told for itself."""
    return verb.lemma_.lower() in _FOLD_INTO_COMPLEMENT and any_child(verb, ("xcomp",)) and not _refusal_told(verb)


def _refusal_told(verb) -> bool:
    """ "Some rebel movements have refused to sign the agreement", "ministers had failed to agree on
    a list", "the council failed to reach consensus": the refusal, or the talks' failure, is the
    happening (its complement did not happen: factuality says so). Not "refused to comment" (words
    withheld), "will refuse to" (none yet), nor the other failures, mostly a judgment ("failed to
    deliver the knockout blow", "the standards failed to match earnings")."""
    lemma = verb.lemma_.lower()
    if lemma not in ("refuse", "fail") or verb.pos_ != "VERB":
        return False
    if any(c.dep_ == "neg" or c.tag_ == "MD" for c in verb.children):
        return False  # "never failed to", "did not refuse to", "will refuse to": no refusal told
    for c in children_with(verb, ("xcomp",)):
        if c.pos_ != "VERB":
            continue
        done = c.lemma_.lower()
        if lemma == "refuse":
            return done not in _WITHHELD
        return (
            done == "agree"
            or done == "reach"
            and any(o.lemma_.lower() in _SETTLEMENTS for o in children_with(c, ("dobj",)))
        )
    return False


# Reporting verbs whose object may be the happening they pass on: "residents reported heavy
# fighting", "officials announced a curfew", "police confirmed the arrest of three suspects" (not
# "told a gathering", "quoted the report": who is told, a source; a confirmation passes on only a
# happening of others, :data:`_CONFIRMED_KINDS`: "the Supreme Court confirmed the sentence" is the
# court's act, "the B sample confirmed the findings" what a test found).
_PASSING_ON = frozenset("report announce disclose reveal confirm".split())


# Kinds of happening others do or suffer, which one who confirms it passes on ("the ministry confirmed
# the deaths of four soldiers"), unlike what a confirmation itself does ("the Senate confirmed the
# nomination", "the court confirmed the sentence").
_CONFIRMED_KINDS = frozenset("death injury arrest kidnapping attack outbreak crash".split())


def reported_object(noun, trigger_ids: set[int]) -> int:
    """The reporting verb whose object this event noun is ("residents reported heavy fighting",
    "the village, which reported an outbreak on Nov. 2"): the noun folds into that verb's row when
    the statement is a row of its own ("Thailand reported an outbreak"), and stands for itself when
    not (no one named reports it); else -1."""
    if noun.pos_ != "NOUN":
        return -1
    place = in_place_of(noun)
    verb = place.head
    if place.dep_ != "dobj" or verb.i not in trigger_ids or verb.lemma_.lower() not in _PASSING_ON:
        return -1
    if verb.lemma_.lower() == "confirm" and (
        not kinds(noun.lemma_.lower()) & _CONFIRMED_KINDS or not any_child(verb, ("nsubj",))
    ):
        # "the B sample has confirmed the original findings": what a test found, told again; "a
        # statement ..., confirming the CC's involvement": the content of a text told
        return -1
    return verb.i if is_reporting(verb) else -1


def _noun_folds(noun, trigger_ids: set[int], *, headline: bool, headline_has_verb: bool, dated: bool) -> bool:
    place = in_place_of(noun)  # "began a round of talks": the talks stand where "round" does
    dep = place.dep_
    head = place.head
    if dep == "ROOT" or head.i == place.i:
        # a verbless line ("Fire in Kabul"), a headline; not an exclamation ("What a race!")
        return any(c.lower_ == "what" and c.dep_ in ("det", "predet") for c in noun.children)
    if headline and not headline_has_verb:
        return False
    if dep == "nsubj" and head.lemma_.lower() == "be" and staging_verb(noun) is None and not under_way(noun, head):
        return True  # "sales were strong", "the evacuation was the largest operation": a description
    if dep == "nsubj" and (
        head.lemma_.lower() in _DESCRIBING and head.i not in trigger_ids or _timed_told_before(noun, head)
    ):
        # "the mission includes 13 Italians", "the talks remain deadlocked": what it is like; "His
        # announcement came days after his return": told before, timed against another
        return True
    if dep in ("nsubj", "nsubjpass") and head.pos_ in ("VERB", "AUX"):
        return _subject_folds(noun, place, trigger_ids, dated=dated)
    if dep in ("attr", "acomp", "oprd"):
        # "was the largest operation": a description, not a report of one (but "there was an
        # explosion": the noun is the happening, the verb says it took place)
        return existential_be(noun) is None
    if dep == "dobj" and (
        any(c.i < place.i for c in children_with(head, ("dobj",))) or (not dated and _vowed(head, trigger_ids))
    ):
        # an apposition the parser made an object ("took effect last November, the largest deal"),
        # or what a vow says will be done ("vowed to launch a guerrilla war"): one row, the verb's
        return True
    if dep in ("dobj", "nsubjpass") and head.pos_ in ("VERB", "AUX"):
        # the object of a support verb ("held talks") is the event; of an event verb, part of it
        # ("agreed to hold peace talks" tells the agreement and the talks: another article may report them)
        # (what a participle that tells a cause brought about is a happening of its own: "...,
        # sparking the looting of several trucks")
        return head.i in trigger_ids and not (_causing(head) and participial_adjunct(head)) and not ended_by(place)
    if dep == "pobj" and head.lower_ == "to" and _causing(head.head) and participial_adjunct(head.head):
        return False  # "..., leading to the culling of 110,000 birds"
    if dep == "conj":
        if head.i in trigger_ids:
            return True  # "the crisis and war started": one row
        return _noun_folds(head, trigger_ids, headline=headline, headline_has_verb=headline_has_verb, dated=dated)
    if (
        _medium_of_saying(place)
        or _cited_report(place)
        or _prospect(place)
        or _contract_month(place)
        or _given_out_at(place)
    ):
        # "in its 2005 report the agency said", "he said at a news conference": the saying's row;
        # "according to reports on Thursday": the source of the sentence's happening;
        # "amid fears of Christmas attacks", "the risk of a new war": it may not happen; "crude
        # for December delivery": the name of a futures contract
        return True
    if dep == "pobj" and _swept_in(noun, head, trigger_ids):
        # "took the boy by force in a pre-dawn raid on April 22", "In a separate operation on Nov.
        # 14, police arrested four men": the act is what the raid was; one row, the verb's
        return True
    if dated and _own_date(noun) or dep == "appos" and moved_by(noun):
        # "Sunday's election", "the vote on Friday": a happening dated in its own right; "put the
        # Tories on 28 percent, a drop of two percent": the move is a row
        return False
    if dep == "pobj" and (_occasion_of_the_clause(noun, head) or staging_verb(noun) is not None):
        # "speaking at his annual news conference", "during a meeting with the minister"; "danced
        # his way to victory": the victory's row, told by the verb's clause; "arrived on a visit",
        # "met him on the sidelines of an official visit to Japan": the occasion, a happening too;
        # but "At the meeting, the two sides also discussed ...", "Present at the meeting were":
        # told before
        return _occasion_of_the_clause(noun, head) and (
            not dated and _occasion_told_before(noun) or _dealt_with_at(noun, trigger_ids)
        )
    return True  # "after the liberation of Aleppo", "in the fight against terrorism": a reference


# Nouns of a swoop by police or troops, in which what its verb tells was done: "arrested five men
# in a raid", "In a joint operation, police detained 12 suspects" (not an attack: "killed in an
# ambush", whose deaths are a row apart from the ambush, GUIDELINES 2).
_SWEEPS = frozenset("raid operation swoop crackdown sweep".split())
# Verbs of a harm done in one: the harm is a row of its own ("three were killed in the raid").
_HARMS = frozenset("death injury".split())


def _swept_in(noun, prep, trigger_ids: set[int]) -> bool:
    """Is this noun the raid or operation "in" which its clause's verb, a row, was done
    ("took the child by force in a pre-dawn raid on April 22", "In another operation on Nov. 16,
    Istanbul police arrested four men")? One happening, told by the verb (GUIDELINES 2; the dev
    set's gold joins them), though a day hangs on the noun: the verb's own day, when it has one, is
    no other ("arrested them on Monday in a raid on Sunday" are two). Not a harm ("were killed in a
    raid": the deaths are a row apart), nor an operation a modifier names as another happening ("a
    rescue operation", "a bombing raid")."""
    verb = prep.head
    if prep.lower_ != "in" or noun.lemma_.lower() not in _SWEEPS:
        return False
    if verb.i not in trigger_ids or verb.pos_ != "VERB" or kinds(verb.lemma_.lower()) & _HARMS:
        return False
    if any(c.i in trigger_ids for c in children_with(noun, ("compound",))):
        return False
    if noun.tag_ != "NNS" and not any_child(noun, ("det", "poss")):
        return False  # "put in operation on Monday": no raid, a state
    return not _own_date(verb) or not _own_date(noun)


# Words that tell a happening is going on: "talks are underway", "rescue operations are ongoing",
# "the trial has been under way since December", "restoration work was in progress".
_GOING_ON = frozenset("underway ongoing".split())
_GOING_ON_PHRASES = {"under": "way", "in": "progress"}
# Inquiries going on are work, no happening until something is found (factuality._inquiry_going_on).
_INQUIRY_NOUNS = frozenset("investigation inquiry enquiry probe research study".split())


def under_way(noun, be) -> bool:
    """Does this "be" tell that the happening its subject names is going on ("negotiations with
    Austria are currently underway", "search operations are ongoing", "the trial has been under way
    since December")? The noun is the happening, "be" says it is taking place (GUIDELINES 2), like
    "the talks took place"; not an inquiry ("an investigation is underway": nothing found yet)."""
    if noun.lemma_.lower() in _INQUIRY_NOUNS:
        return False
    for c in be.children:
        if c.dep_ in ("acomp", "advmod") and c.lower_ in _GOING_ON:
            return True
        if c.dep_ == "prep" and any(
            g.dep_ == "pobj" and g.lower_ == _GOING_ON_PHRASES.get(c.lower_) for g in c.children
        ):
            return True
    return False


def _subject_folds(noun, place, trigger_ids: set[int], *, dated: bool) -> bool:
    """Does the happening of an event noun that is the subject of a verb belong to the verb's row?"""
    head = place.head
    if head.lemma_.lower() in OCCURRENCE_VERBS and not dated and _anaphoric(noun):
        return True  # "The announcement came", "when the accident happened": told before
    if head.lemma_.lower() in OCCURRENCE_VERBS and _xcomp_trigger(head, trigger_ids):
        return True  # "sales were expected to sink", "prices are set to rise": the row is the verb's
    if head.lemma_.lower() in OCCURRENCE_VERBS or head.i not in trigger_ids or _measured_by(head, trigger_ids):
        return False  # the noun is the event; the verb says it happened (or what it found)
    if place.dep_ == "nsubjpass" and _telling_passive(head):
        return False  # "a bird flu outbreak was reported in the village": the outbreak's row
    if place.dep_ == "nsubj" and _doer_happening(place, head):
        return False  # "a month-long army offensive drove them from the city": two rows
    return True  # "the attack killed 12": one row, the verb's


def _occasion_of_the_clause(noun, prep) -> bool:
    """ "at the meeting", "during a visit", and "In a meeting with his counterpart Hu Jintao, the
    president referred to China as a partner" (like "during a meeting with"): the occasion where
    the clause took place."""
    return prep.lower_ in ("at", "during") and noun.lemma_.lower() in OCCASIONS or _in_talks_with(noun)


def _in_talks_with(noun) -> bool:
    """ "in a meeting with the minister", "in talks with the rebels": an occasion of deliberation
    with another party, told as where the clause's words or acts took place."""
    return (
        noun.head.lower_ == "in"
        and noun.head.head.pos_ == "VERB"
        and noun.lemma_.lower() in _DELIBERATIONS
        and not press_occasion(noun)
        and any(c.lower_ == "with" for c in children_with(noun, ("prep",)))
    )


# A futures contract is named by the month of its delivery: "crude for December delivery".
_CONTRACT_TERMS = frozenset("delivery settlement".split())


def _given_out_at(noun) -> bool:
    """ "said at a news conference", "announced during a press briefing": where words were given out."""
    return (
        noun.dep_ == "pobj"
        and noun.head.lower_ in ("at", "during")
        and is_reporting(noun.head.head)
        and press_occasion(noun)
    )


def _contract_month(noun) -> bool:
    if not (noun.dep_ == "pobj" and noun.head.lower_ == "for" and noun.lemma_.lower() in _CONTRACT_TERMS):
        return False
    attached = children_with(noun, ("det", "poss", "prep"))
    if any(c.lower_ in MONTHS for c in children_with(noun, ("compound", "nmod", "amod"))):
        return not attached  # (not "paid for the March delivery of coal")
    # "crude for delivery in January": a contract's name, on the commodity's noun (not "paid for
    # delivery in January", "for the delivery in May of 30 buses")
    return (
        noun.head.head.pos_ == "NOUN"
        and len(attached) == 1
        and attached[0].lower_ == "in"
        and any(g.lower_ in MONTHS for g in children_with(attached[0], ("pobj",)))
    )


def _prospect(noun) -> bool:
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in _PROSPECTS


# Verbs that tell what a happening brought about: "sparking the looting", "leading to the culling".
_CAUSES = frozenset("spark cause trigger prompt provoke lead".split())


# Verbs by which members of a body cast their votes.
_VOTING = frozenset("vote abstain".split())


def _counted_voters(verb) -> bool:
    """ "182 countries voted", "only four voted", "one abstained": a count of voters as its subject."""
    return any((c.like_num or any_child(c, ("nummod",))) for c in children_with(verb, ("nsubj",)))


def _tally_of_a_vote(verb, trigger_ids: set[int]) -> bool:
    """A count of voters joined to an earlier count of the same vote ("182 countries voted for the
    text, while only four voted against it and one abstained"): the vote's tally, one row with the
    first count (not "the Senate voted for it and the House voted against it": bodies named)."""
    if not _voting(verb) or not _counted_voters(verb):
        return False
    linked = [verb.head] if verb.dep_ in _JOINING else []
    linked += children_with(verb, _JOINING)
    return any(o.i < verb.i and o.i in trigger_ids and _voting(o) and _counted_voters(o) for o in linked)


_JOINING = frozenset("conj advcl ccomp parataxis".split())


def _voting(verb) -> bool:
    return verb.pos_ in ("VERB", "ADJ") and verb.lemma_.lower() in _VOTING or verb.lower_ == "abstained"


# What may stand before a sentence that really begins: its end, a closing quote, a line break.
_SENTENCE_ENDS = frozenset([".", "!", "?", '"', "'", "\u201d", "\u2019", "''", ":", ";"])


def _tag_cut_off(verb) -> bool:
    """A reporting verb with nothing but its subject ("Wam reported.") in a sentence the parser
    cut from the one before it ("the minister said Tuesday, the UAE news agency Wam reported."):
    who carries the news, told by the row of what it carries."""
    if verb.dep_ != "ROOT" or not is_reporting(verb):
        return False
    if not any_child(verb, ("nsubj",)) or any(c.dep_ not in ("nsubj", "punct") for c in verb.children):
        return False
    start = verb.left_edge.i
    if start == 0:
        return False
    before = verb.doc[start - 1]
    return before.text not in _SENTENCE_ENDS and "\n" not in before.text and "\n" not in before.whitespace_


# Verbs that end or break off a happening that was going on before them: "the accord ended a civil
# war of three decades", "Arroyo suspended peace talks with the rebels" (GUIDELINES, fourth batch:
# an end and what ended are two rows); not an occasion its own people end (GUIDELINES 2).
_ENDING_IT = frozenset("end suspend halt interrupt".split())


def ended_by(noun) -> bool:
    """Is this event noun what a verb with a subject of its own ended or broke off: a happening that
    took place before, a row of its own (undated by the ending's day)?"""
    verb = noun.head
    if verb.lemma_.lower() not in _ENDING_IT or noun.dep_ != "dobj" or verb.pos_ != "VERB":
        return False
    if verb.lemma_.lower() == "end" and noun.lemma_.lower() in OCCASIONS:
        return False  # "the leaders ended a summit meeting on Thursday": the summit's own end, one row
    return any_child(verb, ("nsubj",)) and any(
        c.dep_ in ("amod", "compound", "poss") or c.dep_ == "prep" and c.lower_ in ("of", "with", "between", "against")
        for c in noun.children
    )


def _causing(verb) -> bool:
    return verb.pos_ == "VERB" and verb.lemma_.lower() in _CAUSES


def _row_of_its_own(noun, trigger_ids: set[int]) -> bool:
    """Is this event noun, which a support participle stages, a row of its own: told in passing
    ("committed to its decision taken last year"), not the subject or object of another row's
    verb, nor one whose verb of occurrence or finding tells it?"""
    from timeline.extract.nominals import told_in_passing  # (nominals reads this module)

    if occurrence_verb(noun) is not None:
        return False
    return noun.dep_ not in ("nsubj", "nsubjpass", "dobj") and told_in_passing(noun, trigger_ids)


# Nouns of what may come: the happening "of" them has not taken place.
_PROSPECTS = frozenset("fear threat risk danger possibility prospect spectre specter likelihood chance".split())


def _xcomp_trigger(verb, trigger_ids: set[int]) -> bool:
    """Does an infinitive complement of ``verb`` (or of its complement) stand for a happening of its
    own? ("expected to sink": yes; "expected to be held": no, "held" only stages its subject)"""
    for child in children_with(verb, ("xcomp",)):
        if child.i in trigger_ids or _xcomp_trigger(child, trigger_ids):
            return True
    return False


# Event nouns that, as the subject of a verb, name a source, a state, an amount or a lasting effort
# or process, not a happening that did something ("a report said", "growth slowed", "the leader's
# campaign for self-rule has won him acclaim", "the country's catholic mission arrived 110 years
# ago", "Saddam's trial threatened to stoke tensions", "the army's siege has starved the town").
_NOT_DOERS = frozenset(
    "statement report release announcement bulletin communique survey poll study threat warning shortage "
    "investment loss profit growth crisis absence event invitation request increase decline drop rise "
    "operation mission campaign effort exercise trial war occupation siege blockade embargo sanction ban".split()
)
# Verbs of the harm a happening did: "a blast killed 16 miners", "an attack wounded five".
_TOLLS = frozenset("kill injure wound hurt die claim leave arrest detain".split())
# Kinds of happening whose verbs tell a blow ("hit", "rock", "shake", "lash"): the blow of the
# subject's own happening.
_BLOWS = frozenset("attack quake storm fire crash flood".split())


def _doer_happening(noun, verb) -> bool:
    """ "a month-long army offensive drove them from 90 percent of the city", "England's 3-2 victory
    roiled the press", "a cabinet meeting chaired by the premier decided to ...": a happening told
    here for the first time (an article, an owner) as the doer of another, past one, a row of its
    own beside the verb's (GUIDELINES 2: two happenings, two rows). Not one the verb only tells the
    blow of ("a moderate quake rattled the city", "an explosion shook the mine": one kind), nor a
    source, a state or an amount ("a report said", "a decline hit"), nor what is yet to be ("a vote
    will decide", "a loss could end")."""
    if verb.pos_ != "VERB" or is_reporting(verb) or noun.lemma_.lower() in _NOT_DOERS:
        return False
    if noun.lemma_.lower() not in EVENT_NOUNS and not any(
        c.dep_ == "acl" or c.dep_ == "prep" and c.lower_ in ("of", "by", "against", "between") for c in noun.children
    ):
        return False  # "the alliance's financing dropped", "his comments drew": an event only by its form
    after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if after is not None and after.tag_ == "VBG" and after.head.i == noun.i and after.dep_ == "acl":
        return False  # "a ceasefire monitoring committee has met": a modifier the parser took for the subject
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") or c.dep_ == "poss" for c in noun.children):
        return False
    auxes = children_with(verb, ("aux", "neg"))
    if any(c.dep_ == "neg" or c.lower_ in MODAL_AUXILIARIES for c in auxes):
        return False
    if verb.tag_ != "VBD" and not any(c.lemma_.lower() == "have" for c in auxes):
        return False
    blow = kinds(verb.lemma_.lower())
    if verb.lemma_.lower() in _TOLLS or blow & _BLOWS or kinds(noun.lemma_.lower()) & blow:
        # "a blast killed 16 miners", "a gas explosion shook the mine": the verb's row tells the blast
        return False
    return not _told_before_by_stem(noun)


def _told_before_by_stem(noun) -> bool:
    """ "Gotovina was arrested in Spain ... Gotovina's arrest raised the pressure", "Hamas refused to
    recognize Israel ... Hamas' refusal pushed the government into crisis": a verb or a noun of the
    noun's stem earlier in the article (a verb's stem may be longer: "refus", "refu")."""
    own = stem(noun.lemma_.lower())
    doc = noun.doc
    pos = tables(doc).pos  # a Token only for the verbs and nouns before it
    for i in range(noun.i):
        if pos[i] == "NOUN" and stem(doc[i].lemma_.lower()) == own:
            return True
        if pos[i] == "VERB" and len(own) >= 4 and stem(doc[i].lemma_.lower()).startswith(own):
            return True
    return False


def _anaphoric(noun) -> bool:
    """ "the announcement", "this incident": a bare definite event noun that points back at a
    happening the article told before, rather than telling one ("the talks on Syria", "Israel's
    offensive", "the evacuations of Aleppo" name theirs)."""
    if sentence_bounds(noun)[0] == 0 or noun.tag_ in ("NNS", "NNPS"):
        return False  # the opening line tells it; "the evacuations began" tells them
    kids = list(noun.children)
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in kids):
        return False
    return not any(c.dep_ in ("prep", "poss", "compound", "amod", "acl", "relcl", "nmod") for c in kids)


def _own_date(noun) -> bool:
    t = tables(noun.doc)
    for c in noun.children:
        if t.ents[c.i] in ("DATE", "TIME"):
            return True
        if c.dep_ == "prep" and any(t.ents[g.i] in ("DATE", "TIME") for g in c.children):
            return True
    return False


def occurrence_verb(noun):
    """The verb that says this event noun happened ("began" in "the evacuations began", "was
    reported" in "an outbreak was reported", "was" in "there was an explosion"), if any (found once
    per noun and Doc: the dating asks again and again)."""
    t = tables(noun.doc)
    if t.deps[noun.i] not in ("attr", "nsubj", "nsubjpass"):
        return None  # (the cases below all want a subject or an attribute): nothing to remember
    key = ("rows.occurrence", noun.i)
    found = t.memo.get(key)
    if found is None:
        verb = _occurrence_verb(noun)
        found = t.memo[key] = -1 if verb is None else verb.i  # an index: the memo keeps no Token
    return None if found < 0 else noun.doc[found]


def _occurrence_verb(noun):
    dep = tables(noun.doc).deps[noun.i]
    if dep == "attr":
        return existential_be(noun)
    if dep not in ("nsubj", "nsubjpass"):
        return None  # (the cases below all want a subject): no Token made for its head
    head = noun.head
    if noun.dep_ in ("nsubj", "nsubjpass") and head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in OCCURRENCE_VERBS:
        return head
    if noun.dep_ == "nsubjpass" and _telling_passive(head):
        return head
    if noun.dep_ == "nsubj" and _measured_by(head, None):
        return head
    return None


def existential_be(noun):
    """The "be" of "there was (were, has been) ..." whose complement this noun is ("there was an
    outbreak of cholera in the camp"), if any, in the article's own words: a verb that only says the
    noun's happening took place. (Inside a quotation, "there was a battle of styles" sets a scene.)"""
    head = noun.head
    if noun.dep_ != "attr" or head.lemma_.lower() != "be" or head.i > noun.i:
        return None
    if noun.lemma_.lower() in _HEARSAY_NOUNS:
        return None  # "there are reports of corruption": what is said, not what happened
    if noun.tag_ == "NN" and not any_child(noun, ("det", "poss", "nummod")):
        return None  # "there was agreement between the sides", "there was progress": a state, no one happening
    # "there" before the verb: not "nor was there a rise", "was there a fire?"; and no modal of a
    # guess ("there would be bank closures")
    if not any(c.lower_ == "there" and c.i < head.i for c in children_with(head, ("expl",))):
        return None
    if any(c.lower_ in MODALS for c in children_with(head, ("aux",))):
        return None
    return None if doc_quote_mask(noun.doc)[noun.idx] else head


_HEARSAY_NOUNS = frozenset("report claim allegation rumour rumor speculation talk sign indication".split())


def _measured_by(verb, trigger_ids: set[int] | None) -> bool:
    """ "the survey suggested", "Monday's tests showed": an active verb that only tells what the
    happening its subject names (an event noun, a trigger) found or brought."""
    return (
        verb.pos_ == "VERB"
        and verb.lemma_.lower() in MEASURING_VERBS
        and not any_child(verb, ("auxpass",))
        and any(
            c.dep_ == "nsubj" and c.pos_ == "NOUN" and (trigger_ids is None or c.i in trigger_ids)
            for c in verb.children
        )
    )


# Verbs whose passive only says that its subject happened: "an outbreak was reported (recorded)".
_TELLING = REPORTING_VERBS | frozenset("record detect register".split())


def _telling_passive(verb) -> bool:
    return (
        verb.pos_ == "VERB"
        and verb.lemma_.lower() in _TELLING
        and any_child(verb, ("auxpass",))
        and not any_child(verb, ("xcomp", "ccomp"))  # "was reported to have died"
    )


def support_verb(noun):
    """The support verb that stages this event noun ("hold" in "plan to hold a rally Sunday",
    "held" in "the talks were held on Friday", "taken" in "its decision taken last year"), if any:
    its clause tells the noun's time. Found once per noun and Doc (the dating asks again and again)."""
    t = tables(noun.doc)
    key = ("rows.support", noun.i)
    found = t.memo.get(key)
    if found is None:
        verb = staging_verb(noun) or staging_participle(noun)
        found = t.memo[key] = -1 if verb is None else verb.i  # an index: the memo keeps no Token
    return None if found < 0 else noun.doc[found]


def summary_verb(noun):
    """The verb whose clause tells an event noun's row: the verb that says it took place, or the
    one that stages it, unless that one is what a decision of its own row decided ("agreed to hold
    peace talks": the agreement is a row, the talks' row keeps its noun phrase) or an arrival or a
    departure, a row of its own ("arrived on Saturday on a three-day visit": the visit's row keeps
    its noun phrase, not a second copy of the arrival's words)."""
    verb = occurrence_verb(noun) or support_verb(noun)
    if verb is None:
        return None
    gov = verb.head
    if verb.dep_ == "xcomp" and gov.lemma_.lower() in _DECIDING and gov.lemma_.lower() not in _FOLD_INTO_COMPLEMENT:
        return None
    journey = journey_verb(noun)
    if journey is not None and journey.i == verb.i:
        return None
    return verb


def headline_has_verb(triggers, line_end: int) -> bool:
    return any(t.pos_ == "VERB" and t.idx < line_end for t in triggers)


def shares_passive(verb, trigger_ids: set[int] | None = None) -> bool:
    """A bare participle conjoined to a passive whose subject and auxiliary it shares, with nothing
    of its own to act on or name ("were shot and wounded", "was treated and released"): the same
    people, the same time, one happening."""
    t = tables(verb.doc)
    if t.deps[verb.i] != "conj" or t.tags[verb.i] != "VBN" or t.tags[t.heads[verb.i]] != "VBN":
        return False
    head = verb.head
    if trigger_ids is not None and head.i not in trigger_ids:
        return False
    if not any_child(head, ("auxpass",)):
        return False
    if verb.lemma_.lower() in _CASUALTIES and head.lemma_.lower() in _CASUALTIES:
        return False  # "soldiers were killed and injured": some dead, others hurt
    if verb.lemma_.lower() in _LEGAL_STEPS:
        return False  # "were arrested and charged with murder": a further step, by others
    if _own_date(verb) and _own_date(head):
        return False  # "was arrested on Monday and released on Friday": two times, two happenings
    return not any(
        c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "dobj", "dative", "xcomp", "ccomp", "advcl", "npadvmod")
        for c in verb.children
    )


# Outcomes that befall different people of one group: "were killed and injured" is two rows.
_CASUALTIES = frozenset("kill injure wound hurt die maim".split())
# Steps of the law that follow an arrest or a trial as happenings of their own.
_LEGAL_STEPS = frozenset("charge indict convict sentence fine jail try acquit".split())
