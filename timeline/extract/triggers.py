"""Event triggers in a sentence: main verbs and event nouns."""

from __future__ import annotations

import re

from timeline.extract.clauses import lowered
from timeline.extract.lexicon import EVENT_NOUNS, GENERIC_ORG_WORDS, PEOPLE_NOUNS
from timeline.extract.occasions import OCCASIONS
from timeline.nlp.doctables import any_child, children_with, doc_text, first_child, tables, token_memo

# Verbs that carry no event of their own in news prose.
# ("Jobs, aged 55": an age is no event.)
NON_EVENT_VERBS = frozenset({"accord", "include", "regard", "base", "concern", "follow", "age"})
# Support verbs: in "hold talks", "the talks will be held", "conduct a raid", "made an appearance",
# "took medical leave", "extended an invitation" the event is the noun.
SUPPORT_VERBS = frozenset(
    {
        # and the verbs that only say an event began or was made public: "started a round of
        # maneuvers", "launched an offensive", "issued a warning" (GUIDELINES: the noun is the trigger)
        "start",
        "begin",
        "launch",
        "resume",
        "issue",
        "hold",
        "conduct",
        "stage",
        "carry",
        "make",
        "give",
        "take",
        "extend",
        "pay",
        "deliver",
        "wage",
        "undergo",
        "mount",
        # and the verb that only says who set a happening going: "unleashed a major offensive"
        # (not "organize": "successfully organizing the Leaders' Meeting" is the hosts' own doing)
        "unleash",
        # and the verb of lodging a step at law or a formal objection: "filed an appeal", "will file
        # a diplomatic protest", "filed a complaint with the police" (the appeal, the protest is
        # the happening, the verb only says it was lodged)
        "file",
    }
)
# Support verbs with their particle: "brought out protest marches" (not "brought the war to an end").
_PHRASAL_SUPPORT = {"bring": "out"}


def supports(verb) -> bool:
    """Is ``verb`` a support verb (:data:`SUPPORT_VERBS`, one of :data:`_PHRASAL_SUPPORT` with
    its particle, or a verb of witnessing told of a scene: "the town saw a blast")?"""
    lemma = verb.lemma_.lower()
    if lemma in SUPPORT_VERBS:
        return True
    if lemma in SCENE_VERBS:
        return _scene_subject(verb)
    particle = _PHRASAL_SUPPORT.get(lemma)
    return particle is not None and any(c.lower_ == particle for c in children_with(verb, ("prt",)))


# Verbs of witnessing whose subject is where or when a happening took place, not who saw it: "the
# town also saw a chemical explosion in March", "last week witnessed heavy fighting", "the province
# has seen a wave of kidnappings": they only say the happening took place (GUIDELINES: the noun is
# the trigger), not "police saw a man running".
SCENE_VERBS = frozenset("see witness".split())
# Entity types of a scene (a place, a time, an occasion) and nouns of one when no entity marks it.
_SCENE_ENTS = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME", "EVENT"})
_SCENE_NOUNS = frozenset(
    """city town village country region province area district capital state border day week weekend
    month year decade period season morning night""".split()
)


_SCENE_NOUNS_OR_OCCASIONS = _SCENE_NOUNS | OCCASIONS


# What a place or a time "sees" that is a trend in figures, not a happening: "has seen a steady
# decline in rainfall", "witnessed increased investment".
_TRENDS = frozenset("gain loss drop rise increase decline fall jump surge slide dip growth investment recovery".split())


def _scene_subject(verb) -> bool:
    """Is the subject of this verb of witnessing a place, a time or an occasion ("the city", "last
    week", "Monday's session"), not someone who saw?"""
    ents = tables(verb.doc).ents
    kids = list(verb.children)
    if any(c.dep_ == "prep" and c.lower_ == "as" for c in kids):
        return False  # "Beijing saw the visit as a provocation": a view, someone's
    if any(c.dep_ == "dobj" and c.lemma_.lower() in _TRENDS for c in kids):
        return False  # "China has seen a rapid growth of private vehicles": a trend, told as a figure
    for c in kids:
        if c.dep_ == "nsubj":
            if ents[c.i] in ("DATE", "TIME"):
                return True  # "Monday saw heavy fighting": the day itself
            if ents[c.i] in _SCENE_ENTS or c.pos_ == "NOUN" and c.lemma_.lower() in _SCENE_NOUNS_OR_OCCASIONS:
                return _seen_on_a_day(verb)
            return False
    # "Last week saw heavy fighting": the time parsed as the verb's adverb, no subject
    return any(c.dep_ == "npadvmod" and c.i < verb.i and ents[c.i] == "DATE" for c in kids)


# Prepositions of a stretch of time: what a place "has seen since 2005" went on there, a description.
_SPAN_PREPS = frozenset("since over for throughout during".split())


def _seen_on_a_day(verb) -> bool:
    """Does the clause of a place's "saw" tell when the happening took place ("the town saw a blast
    on March 3")? Undated ("Mosul has witnessed a string of kidnappings"), or over a stretch of time
    ("since 2005"), it describes what goes on there (factuality: a lasting state), no happening."""
    ents = tables(verb.doc).ents
    todo = [c for c in verb.children if c.dep_ != "nsubj"]
    while todo:
        t = todo.pop()
        if t.dep_ == "prep" and t.lower_ in _SPAN_PREPS:
            continue
        if ents[t.i] in ("DATE", "TIME") and not t.like_num or ents[t.i] == "DATE" and t.dep_ == "pobj":
            return True
        todo.extend(t.children)
    return False


# Aspectual and raising verbs: in "attempted to address", "will continue to steer", "appeared to be
# deteriorating", "started by hinting" the event is the verb they govern.
# ("managed to win control": the winning is what happened)
ASPECT_VERBS = frozenset({"start", "begin", "continue", "attempt", "try", "keep", "resume", "appear", "seem", "manage"})
_NON_TRIGGER_DEPS = frozenset({"compound", "aux", "auxpass", "prep", "det", "nmod", "case"})


def is_trigger(token) -> bool:
    """True for a main verb or an event noun that reports an event."""
    return _is_trigger(token, token.pos_)


def _is_trigger(token, pos: str) -> bool:
    """:func:`is_trigger` for a token whose part of speech ``pos`` the caller has read already
    (``Token.pos_`` costs more than a look-up in the Doc's tables; asked of every verb and noun)."""
    if pos == "VERB":
        dep = token.dep_
        if dep in _NON_TRIGGER_DEPS:
            return False
        if dep == "amod" and token.i < token.head.i and not verb_read_as_adjective(token):
            return False  # a participle before its noun describes it: "rebel-held city", "the stolen car"
        if (
            dep == "conj"
            and token.head.dep_ == "amod"
            and token.head.i < token.head.head.i
            and not verb_read_as_adjective(token.head)
        ):
            return False  # "the bloodied and shredded remains": one more adjective of the noun
        lemma = token.lemma_.lower()
        if token.lower_ == "won" and token.i > 0 and token.doc[token.i - 1].like_num:
            return False  # "ended at 929.50 won against the dollar": Korea's currency, no win
        if lemma == "turn" and _turned_into(token):
            return False  # "a rock star turned politician": who someone became, told as a title
        if supports(token) and any(_hands_over(lemma, c) for c in _support_args(token)):
            return False
        if _won(token) is not None:
            return False  # "danced his way to victory", "earned Fulham a 2-1 win": the win's row
        if lemma in ASPECT_VERBS and any(_governed_event(c) for c in token.children):
            return False
        if lemma == "take" and time_taken_to(token) is not None:
            return False  # "It took Brazil 70 minutes to win": the win is the happening
        if lemma in _RATING_VERBS and _rates(token):
            return False  # "at times I found it hard", "the game proved a steep learning curve": a judgment
        if lemma in _PERFORMING and _judged_performance(token):
            return False  # "Motherwell played very well", "we played with spirit": a judgment, no happening
        if lemma in ("move", "go") and any(c.lower_ == "on" for c in children_with(token, ("prt",))):
            return False  # "Moving on, Jobs announced", "moved on to talk about": a turn in the story
        if not token.whitespace_ and token.i + 1 < len(token.doc) and token.doc[token.i + 1].text == "-":
            return False  # "re" of "re-based", "co" of "co-written": a prefix the tokenizer split off
        if (
            token.tag_ in ("VBN", "VBG")
            and _hyphened(token)
            and not any(c.dep_.startswith("nsubj") or c.dep_.startswith("aux") for c in token.children)
        ):
            return False  # "trade-distorting subsidies", "a Japanese-sanctioned event": a compound adjective
        return lemma not in NON_EVENT_VERBS and (token.is_alpha or "-" in token.text and token.text.strip("-") != "")
    return _word_trigger(token, pos)


def _word_trigger(token, pos: str) -> bool:
    """:func:`_is_trigger` for a word that is no verb: an event noun or name, a market move told
    with "be" ("was up 1.87 dollars"), a figure's move told with no verb ("..., down 22.3 percent")."""
    if pos == "NOUN":
        return _event_noun(token)
    if pos == "PROPN":
        return named_event(token)
    if pos == "AUX":
        return market_move(token) is not None
    if pos == "ADV":
        return figure_move(token)
    return False


# Verbs that rate a thing rather than tell a happening: "at times I found it hard", "the batsmen
# found the going tough", "the game proved a steep learning curve", "the decision proved costly": how
# someone judged it or how it turned out (GUIDELINES 1: opinions and evaluations are no rows). Not a
# finding that is news ("found him guilty", "found the company liable", "was found dead": no
# judging word, or not "it"), nor "the injuries proved fatal" (a death).
_RATING_VERBS = frozenset({"find", "prove"})
_RATING_WORDS = frozenset(
    """hard difficult easy easier harder tough tougher impossible tricky frustrating strange odd
    interesting encouraging disappointing pleasing satisfying amazing comfortable uncomfortable
    useful helpful valuable costly expensive successful popular controversial effective
    ineffective elusive beneficial invaluable crucial decisive""".split()
)
_FATAL = frozenset("fatal deadly lethal".split())


def _rates(verb) -> bool:
    """Does "find" or "prove" only rate something ("found it hard", "found the going tough",
    "proved a learning curve", "proved costly")?"""
    kids = list(verb.children)
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in kids):
        return False  # "was found dead", "was proved wrong": what was found out about someone
    if verb.lemma_.lower() == "prove":
        return any(
            c.dep_ in ("oprd", "acomp")
            and c.pos_ == "ADJ"
            and c.lower_ not in _FATAL
            or c.dep_ in ("dobj", "attr")
            and c.pos_ == "NOUN"
            and any(d.lower_ in ("a", "an") for d in children_with(c, ("det",)))
            for c in kids
        )
    for c in kids:
        if c.dep_ in ("ccomp", "oprd") and c.pos_ in ("ADJ", "ADV"):
            subjects = children_with(c, ("nsubj",))
            return any(g.lower_ == "it" for g in subjects) or c.lower_ in _RATING_WORDS
        if c.dep_ == "dobj" and any(g.lower_ in _RATING_WORDS for g in children_with(c, ("acomp",))):
            return True  # "found the going tough": the parser hangs the judging word on the object
    return False


# Verbs of how a side or a player did, and the words that only judge it: "Motherwell played very
# well", "the team responded well", "we played with spirit and character" (GUIDELINES 1: evaluations).
_PERFORMING = frozenset({"play", "perform", "respond"})
_JUDGING_MANNER = frozenset(
    "well badly poorly brilliantly superbly magnificently admirably excellently terribly wonderfully "
    "fantastically miserably".split()
)
_QUALITIES = frozenset("spirit character determination passion heart pride courage discipline belief".split())


def _judged_performance(verb) -> bool:
    """Does the verb tell only how well someone played, with no object, no "to" ("responded well to
    treatment") nor clause of its own?"""
    kids = list(verb.children)
    if any(c.dep_ in ("dobj", "dative", "attr", "oprd", "ccomp", "xcomp", "advcl") for c in kids):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "to" for c in kids):
        return False
    return any(c.dep_ == "advmod" and c.lower_ in _JUDGING_MANNER for c in kids) or any(
        c.dep_ == "prep" and c.lower_ == "with" and any(g.lemma_.lower() in _QUALITIES for g in c.children)
        for c in kids
    )


def verb_read_as_adjective(verb) -> bool:
    """A verb the parser hung on its object as an adjective: with a subject of its own ("Urawa beat
    defending champions Gamba Osaka", "New Zealand hosted - and won - the first World Cup"), or after
    "and" on a noun it joined to a verb ("have confirmed two cases and enhanced efforts to ...": a noun
    is no conjunct of a verb). Not "the stolen car", "bought bread and dried figs"."""
    if verb.dep_ != "amod" or verb.tag_ not in ("VBD", "VBN"):
        return False
    if any_child(verb, ("nsubj",)):
        return True
    noun = verb.head
    return (
        noun.dep_ == "conj"
        and noun.head.pos_ == "VERB"
        and verb.i > 0
        and verb.doc[verb.i - 1].dep_ == "cc"
        and verb.doc[verb.i - 1].head.i in (noun.i, noun.head.i)
    )


# A price, an index or a share of the vote told as where it stands against before: "the shares
# were up 3.51 dollars", "the Nasdaq was 31.69 points higher", "support was down three percent".
# Market reports list each such move as a happening of the day (GUIDELINES 1, third batch).
_MOVES = frozenset("up down higher lower".split())


def market_move(verb):
    """The word of a move told with "be" and an amount ("was up 1.87 dollars", "was 35 cents
    higher"), or None; not a comparison ("20 percent lower than a year ago")."""
    if verb.lemma_.lower() != "be" or verb.dep_ in ("aux", "auxpass"):
        return None
    for c in children_with(verb, ("advmod", "acomp")):
        if c.lower_ in _MOVES and c.i > verb.i:
            kids = list(c.children)
            if any(k.dep_ == "prep" and k.lower_ == "than" for k in kids):
                return None
            if any(k.dep_ == "npadvmod" and (_bare_amount(k) or _counted_unit(k)) for k in kids):
                return c
    return None


# How a verb holds the figure it tells the level or move of ("imported 2.94 million tons", "rose to 5
# billion dollars", "was 620 million dollars"): that verb's row tells a move said after the figure.
_FIGURE_ARGS = frozenset({"dobj", "attr", "npadvmod", "nsubj", "nsubjpass", "prep"})


def figure_move(adv) -> bool:
    """A figure's move told with no verb after the figure: "2.44 million tons of rolled steel, down
    22.3 percent", "Mizuho was the day's volume leader, down 6 yen to 383 yen": "up"/"down" with the
    amount it moved by, after a figure (:func:`moved_figure`). Not the first figure of a verb that
    tells it ("imported 2.94 million tons, down 2.3 percent", "rose to 5 billion dollars, up 20
    percent": that verb's row), nor a comparison ("lower than")."""
    if adv.lower_ not in ("up", "down") or adv.dep_ not in ("advmod", "pcomp") or not _by_an_amount(adv):
        return False
    figure = moved_figure(adv)
    if figure is None:
        return False
    clause = figure_clause(adv)
    if clause is not None and any(c.tag_ == "MD" for c in clause.children):
        return False  # "the economy will grow 9.5 percent, with investment up 20 percent": a forecast's figure
    if adv.dep_ == "pcomp":
        return True  # "Shares climbed, with the DAX index up 0.8 percent": a figure's move of its own
    if figure.i == adv.head.i:
        node = figure
        while node.dep_ == "pobj" and node.head.dep_ == "prep":
            node = node.head
        verb = node.head
        if node.dep_ not in _FIGURE_ARGS or verb.pos_ != "VERB" or verb.lemma_.lower() in NON_EVENT_VERBS:
            return True
        if node.dep_ == "prep" and node.lower_ == "with":
            return True  # "Stocks climbed, with the FTSE 100 index up 0.34 percent": another figure's move
    else:
        verb = adv.head  # "shipped 3.1 million tons, up 4 percent, 1.2 million tons of coal, down 12 percent"
    # a figure of a verb's, after a move told before it in the clause: a second figure of its own
    doc = adv.doc
    return any(_verb_move(doc[k], verb) for k in range(verb.i + 1, figure.i))


def _verb_move(tok, verb) -> bool:
    """Is ``tok`` a move by an amount told on ``verb`` or on one of its figures?"""
    if tok.lower_ not in ("up", "down") or tok.dep_ != "advmod" or not _by_an_amount(tok):
        return False
    head = tok.head
    return head.i == verb.i or head.head.i == verb.i


def moved_figure(adv):
    """The figure a move word (:func:`figure_move`) is told of: the noun it modifies ("2.44 million
    [tons] of rolled steel, down 22.3 percent"), or, when the parser hung it on the verb, the verb's
    last object before it; else None."""
    head = adv.head
    if adv.dep_ == "pcomp":  # "with the DAX index up 0.8 percent", "with Kia Motors up 300 won"
        subject = first_child(adv, ("nsubj",))
        return subject if head.lower_ == "with" and subject is not None and subject.pos_ in ("NOUN", "PROPN") else None
    if head.pos_ == "NOUN":
        return head if head.i < adv.i else None
    if head.pos_ != "VERB":
        return None
    objects = [c for c in head.children if c.dep_ in ("dobj", "conj") and c.pos_ == "NOUN" and c.i < adv.i]
    return objects[-1] if objects else None


def figure_clause(move):
    """The verb of the clause a figure move (:func:`figure_move`) is told in: "imported" of "The city
    imported 2.94 million tons of plastic, ..., 2.44 million tons of rolled steel, down 22.3 percent",
    "reported" of "Credit Suisse reported a rise, with net profit up 42 percent"; or None."""
    node = move.head
    if node.pos_ in ("VERB", "AUX"):
        return node
    while node.head.i != node.i:
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return node
    return None


def _by_an_amount(move) -> bool:
    """Is the move word told with the amount it moved by ("up 1.87 dollars", "down 2.3 percent"),
    not a comparison ("lower than a year ago")?"""
    kids = list(move.children)
    if any(k.dep_ == "prep" and k.lower_ == "than" for k in kids):
        return False
    return any(k.dep_ == "npadvmod" and (_bare_amount(k) or _counted_unit(k)) for k in kids)


def _counted_unit(noun) -> bool:
    """ "1.87 dollars", "35 cents", "3 percent": a unit its number counts."""
    return any(n.like_num for n in children_with(noun, ("nummod",)))


def _bare_amount(tok) -> bool:
    """ "the Dow was down 5.61", "the index was up 2.67, or 0.22 percent": index points told as a
    number alone (not a year, "was up 2006")."""
    return tok.like_num and tok.ent_type_ not in ("DATE", "TIME")


def _hyphened(token) -> bool:
    """The second half of a word written with a hyphen ("war-torn", "trade-distorting")."""
    doc = token.doc
    return (
        token.i >= 2
        and doc[token.i - 1].text == "-"
        and not doc[token.i - 1].whitespace_
        and not doc[token.i - 2].whitespace_
    )


def _turned_into(verb) -> bool:
    """ "militant turned mob leader": a noun, "turned", a bare noun (not "turned the tide")."""
    if verb.i == 0 or verb.doc[verb.i - 1].pos_ != "NOUN" or any_child(verb, ("prt",)):
        return False
    objects = children_with(verb, ("dobj", "attr", "oprd"))
    return any(o.pos_ == "NOUN" and not any_child(o, ("det", "poss", "nummod")) for o in objects)


def _governed_event(child) -> bool:
    """A verb an aspectual verb governs: "to address" (xcomp), "by hinting" (by + gerund)."""
    if child.dep_ == "xcomp" and child.pos_ in ("VERB", "AUX"):
        return True
    return (
        child.dep_ == "prep" and child.lower_ == "by" and any(g.tag_ == "VBG" for g in children_with(child, ("pcomp",)))
    )


# Units of the time "it took" to do something: "It took Brazil 70 minutes to gain their eighth
# victory", "it took rescuers three days to reach the village" (the gaining, the reaching happened:
# their rows, GUIDELINES 1-2; "took" only says how long they took).
_TIME_UNITS = frozenset("second minute hour day week month year decade".split())


def time_taken_to(verb):
    """The infinitive whose length of time an "it took" tells ("win" in "It took them two hours to
    win"), or None: "take" with the subject "it", a length of time and a to-infinitive."""
    if verb.tag_ != "VBD" or verb.lemma_.lower() != "take":
        return None  # (not "it takes 100 days for investors to obtain a licence": how it goes)
    kids = list(verb.children)
    if not any(c.dep_ == "nsubj" and c.lower_ == "it" for c in kids):
        return None
    lengths = [c for c in kids if c.dep_ in ("dobj", "npadvmod")]
    if not any(c.lemma_.lower() in _TIME_UNITS and _counted_length(c) for c in lengths):
        return None  # (not "it took courage to speak out", "it took a goal to wake them")
    return next(
        (
            c
            for c in kids
            if c.dep_ in ("xcomp", "advcl")
            and c.pos_ == "VERB"
            and c.i > verb.i
            and any(a.tag_ == "TO" for a in children_with(c, ("aux",)))
        ),
        None,
    )


# Words that count a length of time with no number: "several hours", "a few days", "many years".
_SOME = frozenset("several few many some".split())


def _counted_length(unit) -> bool:
    """A length of time given by a number ("70 minutes") or by a word of some ("several hours")."""
    return any(c.dep_ == "nummod" or c.dep_ in ("amod", "det") and c.lower_ in _SOME for c in unit.children)


def took_time_to(verb, infinitive) -> bool:
    """Is ``infinitive`` the deed whose length of time ``verb``'s "it took" tells (:func:`time_taken_to`)?"""
    found = time_taken_to(verb)
    return found is not None and found.i == infinitive.i


# Verbs that only frame the deed a "by" gerund tells: as an answer ("responded to the killing by
# throwing tear gas"), a mark of an occasion ("marked the anniversary by burning flags"), a repeat
# ("repeated history by making the semifinals"), or its effect on onlookers ("delighted the home
# fans by finishing third", "surprised markets by cutting rates"): the deed is the happening
# (GUIDELINES 1: evaluations are no rows), its row anchored on the gerund.
_FRAMING = frozenset(
    "respond react retaliate reply answer mark celebrate commemorate repeat compound surprise stun shock "
    "delight thrill anger upset outrage infuriate stir".split()
)
# What "made" or "grabbed" only frames as news: "made history by winning", "grabbed headlines by accusing".
_NEWS_MADE = frozenset("history headlines news waves attention".split())


def deed_framed(verb):
    """The "by" gerund whose deed a framing verb only tells as an answer, a mark or an effect
    ("throwing" in "responded to the killing by throwing tear gas", "winning" in "made history by
    winning the title"), or None."""
    t = tables(verb.doc)
    if t.pos[verb.i] != "VERB":
        return None
    lemma = verb.lemma_.lower()
    kids = t.children[verb.i]  # indices: no Token made for each child
    deps, lower, doc = t.deps, lowered(verb.doc), verb.doc
    if lemma not in _FRAMING and not (
        lemma in ("make", "grab", "draw", "attract") and any(deps[c] == "dobj" and lower[c] in _NEWS_MADE for c in kids)
    ):
        return None
    return next(
        (
            doc[g]
            for c in kids
            if deps[c] == "prep" and lower[c] == "by" and c > verb.i
            for g in t.children[c]
            if deps[g] == "pcomp" and t.tags[g] == "VBG"
        ),
        None,
    )


# What a verb that starts or issues something hands over only when it is a happening's name:
# "launched a plan / a strategy / a program" tells the launch (a scheme is not a happening).
STARTING = frozenset("start begin launch resume issue".split())
SCHEMES = frozenset("plan program programme strategy project scheme initiative policy".split())


# What a support verb makes only in the sense of doing it: "took measures", "took action", "made
# their last stand", "a commitment was taken": the noun names the act (not an event noun elsewhere).
_ACTS = frozenset("measure step action commitment pledge promise stand".split())


def _staged_act(noun) -> bool:
    """ "took measures", "made their last stand", "made the remark": an act a support verb (not one
    that starts) makes."""
    place = _first_conjunct(noun)
    head = place.head
    if noun.pos_ != "NOUN" or place.dep_ not in ("dobj", "nsubjpass") or head.pos_ != "VERB":
        return False
    verb = head.lemma_.lower()
    if noun.lemma_.lower() in _ACTS:
        return verb in SUPPORT_VERBS - STARTING
    return verb == "make" and _made_act(noun, head)


# What "make" does that names an act by its form or as one of speech: "made the remark", "made an
# admission", "made a full assessment", "made preparations", "will make recommendations", "made a
# plea": the noun is the happening (GUIDELINES 1: a light verb counts as part of the happening it
# carries; the guidelines' annotators anchor these on the noun), the verb's clause tells its time,
# its parties and whether it happened. Not what is made a thing or a gain ("made a fortune", "made
# a profit", "made history", "made sense", "made a difference"), nor an offer or a bid (their
# later "the offer was made" joins the verb's row).
_MADE_SPEECH = frozenset("remark comment plea claim demand apology".split())
_ACT_FORM = re.compile(r"(?:[a-z]{2}tion|[a-z]{2}sion|[a-z]{3}ment|[a-z]{3}ance|[a-z]{3}ence|[a-z]{4}al)$")
_MADE_NOT_ACTS = frozenset(
    "impression reference fortune profit history sense difference use name mark way final semifinal "
    "semi-final quarterfinal quarter-final total".split()
)


def _made_act(noun, verb) -> bool:
    """Is this object (or passive subject) of "make" an act the verb only says was done ("made an
    admission", "recommendations will be made")? Not when "make" makes it something ("made his
    frustration clear", "made it a priority"), nor a gerund or a verb joined to an infinitive,
    whose clause may tell no deed ("before making a recommendation", "was meant to assess the
    damage and make recommendations": the light verb's own reading stays), nor hardly any ("made
    few predictions"), nor words told before ("made the remarks after the meeting": the saying's
    row tells them)."""
    if verb.tag_ == "VBG" or verb.dep_ == "conj" and verb.tag_ == "VB":
        return False
    if any_child(verb, ("oprd", "ccomp", "acomp")):
        return False
    lemma = noun.lemma_.lower()
    if lemma in _MADE_NOT_ACTS or lemma in _NOT_DEVERBAL:
        return False
    kids = list(noun.children)
    if any(c.lower_ in ("few", "little") for c in kids):
        return False
    if lemma in _MADE_SPEECH:
        return not any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "no") for c in kids)
    return bool(_ACT_FORM.search(lemma))


def _first_conjunct(noun):
    """The first of coordinated nouns ("measures" of "measures and steps"), or the noun itself."""
    t = tables(noun.doc)  # the walk up by the tables: a Token made only for the first noun found
    heads, deps, pos = t.heads, t.deps, t.pos
    i = noun.i
    while deps[i] == "conj" and pos[heads[i]] == "NOUN" and heads[i] != i:
        i = heads[i]
    return noun if i == noun.i else noun.doc[i]


def _hands_over(verb_lemma: str, arg) -> bool:
    """Is ``arg`` an event noun the support verb ``verb_lemma`` only stages ("held talks")?"""
    if verb_lemma in STARTING:
        lemma = arg.lemma_.lower()
        return (
            arg.pos_ == "NOUN"
            and lemma not in SCHEMES
            and (lemma in EVENT_NOUNS or arg.lower_ in EVENT_NOUNS or _named_event(arg))
        )
    return _is_event_noun(arg) or _staged_act(arg)


def _support_args(verb):
    """The object or passive subject of a support verb; in "the talks are expected to be held"
    the raised subject sits on the governing verb; in "began a new round of talks", the talks."""
    args = children_with(verb, ("dobj", "nsubjpass"))
    if not args and verb.dep_ == "xcomp":
        args = children_with(verb.head, ("nsubj", "nsubjpass"))
    return args + [g for a in args for g in counted(a)]


# "a new round of talks", "a series of attacks", "a wave of strikes": the number of happenings
# stands where the event noun would.
QUANTITIES = frozenset("round series wave spate string flurry bout".split())


def counted(noun) -> list:
    """The happenings a quantity counts ("talks" in "a round of talks"), if ``noun`` is one."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in QUANTITIES:
        return []
    return [g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for g in children_with(p, ("pobj",))]


def in_place_of(noun):
    """The token in the clause where the event noun stands: the quantity of "a round of talks",
    else the noun itself."""
    if noun.dep_ != "pobj":
        return noun
    head = noun.head
    if head.lower_ == "of" and head.head.i != head.i and noun in counted(head.head):
        return head.head
    return noun


# A win told through the way it came: "danced his way to victory", "led the team to a 3-1 win",
# "earned Fulham a 2-1 win", "clinched victory": the victory is the happening (GUIDELINES 2), the
# verb's clause its time and its actors.
_WINS = frozenset("victory win".split())
_GAINING = frozenset("earn secure clinch seal notch record claim grab snatch register post".split())


def _won(verb):
    """The win a verb only tells the way to ("to victory") or gains ("earned a win"), or the deal a
    verb announces ("announced a merger"), or None."""
    if verb.pos_ != "VERB":
        return None
    doc = verb.doc
    t = tables(doc)
    deps, children = t.deps, t.children
    # only a preposition or an object can tell the win: a Token for those alone
    kids = [c for c in children[verb.i] if deps[c] in ("prep", "dobj")]
    ways = [
        g
        for c in kids
        if deps[c] == "dobj" and t.text[t.idx[c] : t.ends[c]].lower() == "way"
        for g in children[c]
        if deps[g] in ("prep", "dobj")
    ]
    for c in [doc[i] for i in (*kids, *ways)]:  # "danced his way to victory": "to" may hang on "way"
        if c.dep_ == "prep" and c.lower_ == "to":
            found = next((g for g in children_with(c, ("pobj",)) if _a_win(g)), None)
            if found is not None:
                return found
        if c.dep_ == "dobj" and verb.lemma_.lower() in _GAINING and (_a_win(c) or _a_change(c)):
            return c  # "clinched victory"; "the indexes posted solid gains", "recorded a drop": the move
        if c.dep_ == "dobj" and verb.lemma_.lower() == "announce" and c.lemma_.lower() in _DEALS:
            return c  # "announced a 16.5 billion-dollar merger": the merger's row
    return None


_DEALS = frozenset("merger acquisition takeover buyout".split())


def _a_win(noun) -> bool:
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in _WINS


# What a price, an index or a figure does: "posted solid gains", "recorded a sharp drop".
_CHANGES = frozenset("gain loss drop rise increase decline fall jump surge slide dip".split())


def _a_change(noun) -> bool:
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in _CHANGES


def moved_by(noun) -> bool:
    """A change told with its amount ("a drop of two percent", "a rise of 12 points")."""
    return _a_change(noun) and any(
        p.dep_ == "prep"
        and p.lower_ == "of"
        and any(g.dep_ == "pobj" and any(n.like_num for n in children_with(g, ("nummod",))) for g in p.children)
        for p in noun.children
    )


def _winning_verb(noun):
    """The verb that tells the way to (or the gaining of) this win, or announces this deal, if any."""
    if not _a_win(noun) and not _a_change(noun) and noun.lemma_.lower() not in _DEALS:
        return None
    head = noun.head
    verb = head.head if noun.dep_ == "pobj" and head.lower_ == "to" else head if noun.dep_ == "dobj" else None
    if verb is not None and verb.lower_ == "way" and verb.dep_ == "dobj":
        verb = verb.head  # "danced his way to victory"
    if verb is None or verb.i == noun.i:
        return None
    found = _won(verb)
    return verb if found is not None and found.i == noun.i else None


def staging_verb(noun):
    """The support verb whose object (or passive subject) the event noun is ("held talks",
    "the talks were held", "began a new round of talks"), if any.

    Asked about one noun a dozen times (by every test of its support and its dates): found once per
    noun and Doc, kept as the verb's index (a Token kept would keep its Doc alive)."""
    return token_memo(noun, "staging_verb", _staging_verb)


def _staging_verb(noun):
    place = in_place_of(noun)
    head = place.head
    winning = _winning_verb(noun)
    if winning is not None:
        return winning  # "danced his way to victory on Saturday": the verb's clause tells the win
    if place.dep_ in ("dobj", "nsubjpass") and head.pos_ == "VERB" and supports(head):
        return head
    journey = journey_verb(noun)
    if journey is not None:
        return journey  # "arrived on Saturday on a two-day visit": the arrival's clause tells the visit
    if place.dep_ in ("nsubj", "nsubjpass") and head.i != place.i:
        # "the race is to be held in January", "the talks are expected to be held": a raised subject
        return next(
            (x for x in children_with(head, ("xcomp",)) if x.pos_ == "VERB" and x.lemma_.lower() in SUPPORT_VERBS),
            None,
        )
    return None


# Participles that only say when a happening is to take place: "the presidential election
# scheduled for Dec. 3", "talks slated for Friday" (GUIDELINES 1: "the vote is set for Friday").
# (Not "set": "The release of the judgement ... set in motion procedures" may be read as one.)
_SCHEDULING = frozenset("schedule slate".split())


# Verbs that only say a happening was concluded, brought on or set going by its parties: "reached an
# initial deal", "will face further investigation", "faced trial", "initiated talks" (GUIDELINES 2:
# the event noun is the trigger, the verb goes in ``also``; the guideline-completed anchors count
# these verbs as support verbs too). (Not "file": "has filed suit" told again as "the suit filed in
# a Miami court on Monday", which the parser may read as a clause of its own, is one row only while
# both tellings keep the verb.)
_CONCLUDING = frozenset("reach face initiate".split())
# What "reach" concludes: an agreement or a decision (not a place, a stage or a figure reached: "the
# climbers reached the summit", "Qatar reached their first gold medal match", "will reach an
# additional reduction").
_CONCLUDED = frozenset(
    "agreement deal accord pact treaty settlement compromise ceasefire cease-fire truce decision verdict".split()
)
# A participle in -ing that only says when its occasion begins: "a three-day hearing beginning
# August 19", "talks starting on Monday".
_BEGINNING = frozenset("begin start open".split())
# ("the deal reached last week", "the talks initiated by Argentina": the verbs that
# only say a happening was concluded or brought on stage it as a participle too)
_STAGING_PARTICIPLES = SUPPORT_VERBS | _SCHEDULING | _CONCLUDING


def staging_participle(noun):
    """The participle of a support verb that says of the event noun it follows only that it took
    place, was made or is scheduled ("its decision taken last year", "the poll, carried out on
    Sunday", "the election scheduled for Dec. 3"), if any: not one with an object of its own ("a
    decision taken the right step"); a happening's name too ("the Beijing Summit slated for Nov. 4")."""
    t = tables(noun.doc)
    pos = t.pos[noun.i]
    if pos != "NOUN" and not (pos == "PROPN" and noun.lower_ in NAMED_EVENTS):
        return None
    deps = t.deps
    for i in t.children[noun.i]:
        if deps[i] != "acl" or t.tags[i] != "VBN" and not (t.tags[i] == "VBG" and i > noun.i):
            continue  # no Token made for the other children
        c = noun.doc[i]
        if t.tags[i] == "VBG" and c.lemma_.lower() not in _BEGINNING:
            continue  # "a hearing beginning August 19" (not "the talks being held": no tense of its own)
        if (c.lemma_.lower() in _STAGING_PARTICIPLES or _set_for(c)) and not any(
            deps[g] in ("dobj", "nsubj", "nsubjpass", "ccomp", "xcomp") for g in t.children[i]
        ):
            return c
    return None


def _set_for(verb) -> bool:
    """ "set for" a time: a schedule ("the elections set for Jan. 25"), not "a fire set by arsonists"."""
    return verb.lemma_.lower() == "set" and any(c.lower_ == "for" for c in children_with(verb, ("prep",)))


def staged_by_participle(verb) -> bool:
    """Is this verb the support participle that only says its event noun took place or was made
    ("its decision taken last year")? The noun's row tells it, dated by the participle's words."""
    staged = staging_participle(verb.head) if verb.dep_ == "acl" else None
    return staged is not None and staged.i == verb.i


def _staging_relative(verb) -> bool:
    """Is this verb a support verb of a relative clause whose object or passive subject is the
    pronoun standing for the noun it hangs on ("the raid that police carried out on Monday", "the
    summit, which was held in Hanoi"; or one the parser read as a clause "that" introduces, with a
    subject and no object: "the raid that the police carried out")?"""
    if verb.dep_ not in ("relcl", "acl") or verb.lemma_.lower() not in SUPPORT_VERBS | _SCHEDULING:
        return False
    kids = list(verb.children)
    args = [c for c in kids if c.dep_ in ("dobj", "nsubjpass", "ccomp", "xcomp")]
    if verb.dep_ == "acl":
        return (
            not args
            and any(c.dep_ == "nsubj" for c in kids)
            and any(c.dep_ == "mark" and c.lower_ == "that" for c in kids)
        )
    if not args:
        return zero_relative(verb)
    return len(args) == 1 and args[0].tag_ in ("WDT", "WP")


# Nouns a relative clause with no relative word tells the time, manner, place or reason of, not
# its object: "at the moment it blew", "the day he arrived", "the way they played".
_ADVERBIAL_HEADS = frozenset(
    "time times moment day days night morning afternoon evening week weekend month year years hour minute "
    "season date period era point way reason place".split()
)


def zero_relative(verb) -> bool:
    """Is this relative clause one with no relative word whose object is the noun it hangs on, its
    subject right after the noun ("the speech the minister delivered on Monday", "the raid the army
    carried out", "the testimony he gave to the committee")? English drops the relative word of an
    object ("the speech [that] the minister delivered"): the clause stages its noun as "which" would
    (not a time's, a manner's or a place's clause: "at the moment it blew", "the day he arrived")."""
    if verb.dep_ != "relcl":
        return False
    noun, kids = verb.head, list(verb.children)
    if noun.lower_ in _ADVERBIAL_HEADS or noun.ent_type_ in ("DATE", "TIME"):
        return False  # "at the moment it blew": when, not what
    if not any(c.dep_ in ("det", "poss") for c in noun.children):
        return False  # "Despite recent incidents the situation had now improved": a fronted phrase ends
    subjects = [c for c in kids if c.dep_ == "nsubj"]
    return (
        noun.i < verb.i
        and not any(c.dep_ in ("dobj", "nsubjpass", "ccomp", "xcomp") for c in kids)
        and len(subjects) == 1
        and subjects[0].left_edge.i == noun.i + 1
        and not subjects[0].left_edge.tag_.startswith("W")  # ("a toy maker whose stock peaked")
        and subjects[0].left_edge.text != "The"  # ("the official The Herald reported": a paper's name)
        and not any(c.dep_ == "mark" or c.tag_ in ("WDT", "WP", "WRB") for c in kids)
    )


def handed_over(trigger):
    """The word a row is anchored on: the event noun (or name) a support participle or relative
    clause only stages ("court bombings carried out by the militants", "the Beijing Summit slated
    for Nov. 4", "the raid that police carried out on Monday": the bombings, the summit, the raid;
    GUIDELINES 2), else the trigger itself."""
    if trigger.pos_ != "VERB" or not (staged_by_participle(trigger) or _staging_relative(trigger)):
        return trigger
    noun, lemma = trigger.head, trigger.lemma_.lower()
    if lemma == "issue":
        return trigger  # "the report issued on Thursday by the institute": a statement, told by its verb
    before = trigger.doc[trigger.left_edge.i - 1] if trigger.left_edge.i > noun.i + 1 else noun
    if before.i != noun.i and before.pos_ in ("NOUN", "PROPN") and _names_event(before, proper=True):
        return trigger  # "submit for approval to the Leaders' Meeting to be held": which one it stages is unsure
    handed = noun.pos_ == "PROPN" and noun.lower_ in NAMED_EVENTS or _hands_over(lemma, noun)
    if not handed and lemma in _OCCASION_STAGING:
        # "a meeting of the party's council held in Bhaktapur": the parser hung the participle on
        # the name inside the occasion's "of"
        above = _occasion_above(noun)
        return above if above is not None and above.i != noun.i else trigger
    return noun if handed else trigger  # not "the car made in Japan", "the photo taken on Monday"


# Support verbs that stage an occasion (not "the progress made in the talks").
_OCCASION_STAGING = frozenset("hold stage conduct schedule slate".split())


# Verbs by which a relative clause says of the occasion it hangs on only that it took place, began,
# went on or ended: "the attack, which took place on Wednesday", "the WTO meeting, which opens later
# Tuesday", "the fighting that erupted on Monday" (GUIDELINES 2: the noun is the trigger, the verb
# goes in ``also``); with their particle or object: "took place", "kicked off", "broke out".
_OCCURRING_CLAUSE = frozenset(
    "begin start open end close conclude finish continue resume occur happen unfold erupt".split()
)
_OCCURRING_WITH = {"take": "place", "kick": "off", "break": "out"}
_ENDING = frozenset("end close conclude finish".split())
# What else such a verb would act on or say: "which began talks", "which began to fall", "which opened fire".
_OWN_ARGUMENTS = frozenset("dobj dative xcomp ccomp attr acomp oprd agent".split())


def occasion_of_relative(verb):
    """The occasion a relative clause only says took place, began or ended ("attack" in "the attack,
    which took place on Wednesday"; "meeting" in "a meeting of the Basel Convention, which begins
    next week", where the parser hung the clause on the name inside the "of"), or None."""
    if verb.pos_ != "VERB" or verb.dep_ != "relcl":
        return None
    if not any((c.tag_ in ("WDT", "WP") or c.lower_ == "that") for c in children_with(verb, ("nsubj",))):
        return None
    lemma = verb.lemma_.lower()
    kids = _without_partner(verb, lemma)
    if kids is None or lemma not in _OCCURRING_WITH and lemma not in _OCCURRING_CLAUSE:
        return None
    if any(c.dep_ in _OWN_ARGUMENTS for c in kids):
        return None
    return _occasion_above(verb.head)


def _without_partner(verb, lemma: str) -> list | None:
    """The verb's dependents without the particle or object that makes it a verb of taking place
    ("place" of "took place", "off" of "kicked off"); None when a verb that needs one lacks it."""
    kids = list(verb.children)
    partner = _OCCURRING_WITH.get(lemma)
    if partner is None:
        return kids
    if not any(c.dep_ in ("dobj", "prt") and c.lower_ == partner for c in kids):
        return None
    return [c for c in kids if c.lower_ != partner]


# Words that only say when an occasion is to take place: "the trial was set to open on Monday",
# "talks expected to take place in May", "the vote which was to be held on Wednesday", "peace talks
# due to start at the weekend", "the elections to be held in April".
_SCHEDULE_WORDS = frozenset("expect schedule set slate due be".split())


def occasion_scheduled(verb):
    """The occasion whose schedule a verb of taking place, beginning or ending only completes
    ("trial" in "the trial was set to open on Monday", "elections" in "the elections to be held in
    April"), or None."""
    t = tables(verb.doc)
    if t.pos[verb.i] != "VERB" or not any(t.tags[c] == "TO" for c in t.children[verb.i]):
        return None
    lemma = verb.lemma_.lower()
    kids = _without_partner(verb, lemma)
    if kids is None:
        return None
    if lemma in ("hold", "stage"):
        if not any(c.dep_ == "auxpass" for c in kids):
            return None  # "to hold talks": the talks are its object
    elif lemma not in _OCCURRING_WITH and (lemma not in _OCCURRING_CLAUSE or lemma in _ENDING):
        # (not "set to last two months": a length; nor "set to close on February 10": an end
        # the occasion's row may already tell)
        return None
    if any(c.dep_ in _OWN_ARGUMENTS or c.dep_ in ("nsubj", "nsubjpass") for c in kids):
        return None
    noun = scheduled_noun(verb)
    return None if noun is None else _occasion_above(noun)


def scheduled_noun(verb):
    """The noun a schedule is told of: the subject of "was set to", "is expected to"; the noun
    "expected to" or "which was to" hangs on; the noun just before "due to" or a bare "to be"."""
    gov = verb.head if verb.dep_ == "xcomp" else verb
    if gov is not verb and gov.lemma_.lower() in _SCHEDULE_WORDS:
        subject = first_child(gov, ("nsubj", "nsubjpass"))
        if subject is not None and subject.tag_ not in ("WDT", "WP") and subject.lower_ != "that":
            return subject  # "the trial was set to open"
        if gov.dep_ in ("acl", "relcl"):
            return gov.head  # "talks expected to take place", "a vote which was to be held"
        if gov.lower_ == "due":
            if gov.dep_ == "acomp" and gov.head.lemma_.lower() == "be":
                # "the trial is due to open on Tuesday": the subject of the "be" that "due" completes
                subject = first_child(gov.head, ("nsubj",))
                return subject if subject is not None and subject.pos_ == "NOUN" else None
            before = verb.doc[gov.i - 1] if gov.i > 0 else None
            return before if before is not None and before.pos_ == "NOUN" else None  # "talks due to start"
        return None
    if verb.dep_ in ("acl", "relcl", "advcl") and any_child(verb, ("auxpass",)):
        first = verb.left_edge
        before = verb.doc[first.i - 1] if first.i > 0 else None
        if before is None or before.pos_ != "NOUN":
            return None
        if verb.dep_ != "advcl" and verb.head.i != before.i:
            return None  # "for approval to the Leaders' Meeting to be held": which one it stages is unsure
        return before  # "elections to be held" (a clause the parser hung on the verb: the noun before it)
    return None


def _occasion_above(noun):
    """The occasion a noun names, or the one whose "of" phrase it ends, through a name's own "on"
    or "for" ("the meeting" of "a meeting of the Basel Convention on the Control of Hazardous
    Wastes"), or None."""
    for _ in range(6):
        if (
            noun.pos_ == "PROPN"
            and noun.lower_ in NAMED_EVENTS
            or noun.pos_ == "NOUN"
            and (_is_event_noun(noun) or noun.lemma_.lower() in OCCASIONS)
        ):
            return noun
        if noun.dep_ == "conj" and noun.pos_ == "PROPN" == noun.head.pos_:
            noun = noun.head  # "... of Hazardous Wastes and their Disposal": within a name
            continue
        prep = noun.head
        if noun.dep_ != "pobj" or prep.head.pos_ not in ("NOUN", "PROPN"):
            return None
        if prep.lower_ != "of" and not (prep.lower_ in ("on", "for") and noun.pos_ == "PROPN" == prep.head.pos_):
            return None  # within a name: "the Convention on the Control of ..."
        noun = prep.head
    return None


# Verbs that only give the figure a total over a period came to, with the preposition of the
# figure: "bilateral trade amounted to 197 million dollars in 2005", "exports stood at 6.1 billion
# dollars", "a trade standing at 104 million dollars", "the volume totaled 1.3 billion shares",
# "revenue came to 4.5 trillion won". The total is the happening (GUIDELINES 2: one row, on the
# noun; sixth batch: totals over a stated period are rows); the verb dates it and gives its amount.
_TOTAL_PREPOSITIONS = {"amount": "to", "come": "to", "stand": "at", "total": "at"}
_FIGURES = frozenset({"MONEY", "PERCENT", "QUANTITY", "CARDINAL"})
# What is no total: a level, a price or a ranking that stands somewhere ("the index stood at 1,400
# points", "the dollar stood at 118 yen", "the rate stood at 5 percent": a market's level), nor
# people counted ("the death toll stood at 45").
_LEVELS = frozenset(
    "index indices indexes average price prices rate rates yield yields dollar euro yen currency level "
    "toll number figure tally count score ranking rank".split()
)


def measured_total(verb):
    """The noun of the total a verb only gives the figure of ("trade" in "bilateral trade amounted to
    197 million dollars", "a trade standing at 104 million dollars"), or None."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma not in _TOTAL_PREPOSITIONS:
        return None
    kids = list(verb.children)
    if verb.dep_ == "acl" and verb.tag_ == "VBG":
        noun = verb.head  # "a bilateral trade standing at ..."
    else:
        noun = next((c for c in kids if c.dep_ == "nsubj"), None)
    if noun is None or noun.pos_ != "NOUN" or {noun.lemma_.lower(), noun.lower_} & (_LEVELS | PEOPLE_NOUNS):
        return None
    if any(c.dep_ == "neg" or c.dep_ == "aux" and c.tag_ == "MD" for c in kids):
        return None  # "would amount to", "did not stand at": no total told
    for c in kids:
        if c.dep_ == "prep" and c.lower_ == _TOTAL_PREPOSITIONS[lemma]:
            if any(_a_figure(g) for g in children_with(c, ("pobj",))):
                return noun
        if lemma == "total" and c.dep_ in ("dobj", "npadvmod", "attr") and _a_figure(c):
            return noun
    return None


# Verbs of handing something over and the help they hand over: "has been providing loans",
# "provided technical assistance", "extended a loan", "granted emergency aid": the help is the
# happening's name (GUIDELINES 1: a light verb counts as part of the happening it carries); not
# "gave them hope", "made a fortune", "offered support" (a stance).
_HANDING = frozenset("provide extend grant".split())
_HELP = frozenset("aid assistance loan loans relief funding training credit support".split())


def help_given(verb):
    """The noun of the help a verb of handing over only hands ("loans" in "the cooperatives have been
    providing loans"), or None."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _HANDING:
        return None
    return next((c for c in children_with(verb, ("dobj",)) if c.pos_ == "NOUN" and c.lemma_.lower() in _HELP), None)


# Verbs that only say an act was done ("performed emergency surgery", "committed a massacre",
# "undertook a two-day visit", "will have talks with"), or that their subject underwent it ("suffered
# a 2-1 defeat", "sustained serious injuries", "had a heart attack", "experienced a fuel shortage"),
# as "undergo" does, or that someone dealt it ("inflicted heavy losses", "handed Ahly their first
# defeat", "handed in his resignation"): the noun names the happening (GUIDELINES 1: a light verb
# counts as part of the happening it carries), the verb's clause tells its time, its parties and
# whether it happened.
_DOING = frozenset("perform commit undertake suffer sustain have experience inflict hand undergo".split())
# What these verbs do or undergo that no list of event nouns holds: "committed suicide", "sustained
# head injuries", "underwent treatment"; "receive" undergoes these alone ("is receiving treatment",
# not "received a report of the accident": the news reached someone).
_DONE_OR_UNDERGONE = frozenset(
    "suicide crime crimes offence offense atrocity atrocities fraud injury injuries wound wounds setback "
    "treatment casualty casualties damage".split()
)
# What a support verb stages that no list of event nouns holds: "held their first joint maritime
# exercise", "are holding dialogue", "held referenda on independence", "the funeral service was held",
# "more than 200 activities were held", "underwent the procedure", "will make the journey back".
_STAGED = frozenset("exercise exercises dialogue referenda service activity activities procedure journey".split())
# Verbs by which those who take part run their own occasion's course: "wrapped up their two-day
# meeting", "opened its annual conference", "chaired the summit", "convened a meeting" (GUIDELINES 2:
# a verb that only says an event began or ended goes in ``also``); only for an occasion (not "opened
# its campaign with a win", "opened a border crossing", "finished the construction"), and not for a
# contest, whose opening or finish is a side's result ("opened the tournament with a 3-1 win",
# "finished the match with ten men"). Hosting an occasion is running it too: "Kenya will host the
# summit", "the conference is hosted by the World Bank" (the host is an actor of the occasion's row).
_RUNNING = frozenset("open conclude finish chair co-chair convene host co-host".split())
_PLAYED = frozenset("match game tournament".split())
# Verbs of that kind only with their particle: "wrapped up the meeting".
_RUNNING_PHRASAL = {"wrap": "up"}


# Verbs by which someone takes part in an occasion or a happening, with the preposition of its
# noun (None: a direct object): "attended the funeral on Monday", "will attend the summit",
# "participated in the talks", "took part in a rally", "joined the talks": the occasion is the
# happening (GUIDELINES 1-2: a verb that only carries a happening is part of it; GUIDELINES 4: who
# attends or takes part is one of its actors, as those accompanying a visit are), the verb's clause
# tells its time and whether it happened. "take" only with "part" ("took part in the talks", not
# "took him to the talks").
_JOINING: dict[str, str | None] = {"attend": None, "join": None, "participate": "in", "take": "in"}


def _joined(verb, lemma: str):
    """The occasion or event noun a verb of taking part only says someone joined ("funeral" in
    "attended the funeral", "talks" in "took part in the talks"), or None: not a place or a body
    ("attended the university", "took part in the project"), nor one told by a name alone."""
    prep = _JOINING[lemma]
    if lemma == "take":
        part = next((c for c in children_with(verb, ("dobj",)) if c.lower_ == "part"), None)
        if part is None:
            return None
        nouns = [
            g
            for p in (*verb.children, *part.children)
            if p.dep_ == "prep" and p.lower_ == prep
            for g in children_with(p, ("pobj",))
        ]
    else:
        nouns = _objects(verb, prep)
    for noun in nouns:
        if noun.pos_ != "NOUN":
            continue
        happenings = counted(noun) or [noun]  # "a new round of talks": the talks
        for n in happenings:
            if any_child(n, ("acl", "relcl", "nummod")):
                # "to participate in the summit scheduled for Nov. 4": its own clause tells it; "will
                # participate in two major events": a tally of occasions, no one happening
                return None
            if lemma == "attend" and n.lemma_.lower() in _PLAYED:
                return None  # "was due to attend a boxing match": a spectator, none of those who play it
            if _names_a_body(n):
                return None  # "are slated to join the grouping", "joined the alliance": members join a body
            if n.pos_ == "NOUN" and (n.lemma_.lower() in OCCASIONS or n.lower_ in OCCASIONS or _is_event_noun(n)):
                return n
    return None


def _names_a_body(noun) -> bool:
    """Does the noun name a body one joins as a member ("the alliance", "the grouping": a group)
    rather than a happening (a body's name that is also an event noun, "the probe", is a happening)?"""
    word = noun.lemma_.lower()
    if word in EVENT_NOUNS:
        return False
    return word in _BODIES or (word.endswith("ing") and word[:-3] in _BODIES)


_BODIES = PEOPLE_NOUNS | GENERIC_ORG_WORDS


def occasion_joined(verb):
    """The occasion a verb of taking part carries ("the funeral" of "attended the funeral"), which
    its row is anchored on; None for any other word."""
    lemma = verb.lemma_.lower()
    return _joined(verb, lemma) if lemma in _JOINING else None


def _running(verb) -> bool:
    lemma = verb.lemma_.lower()
    if lemma in _RUNNING:
        return True
    particle = _RUNNING_PHRASAL.get(lemma)
    return particle is not None and any(c.lower_ == particle for c in children_with(verb, ("prt",)))


def embarked_on(verb):
    """The happening a verb of setting out only says was begun ("exercise" in "the army embarked on
    a disarmament exercise in 2001", "tour" in "will embark on a tour of Asia"; as "started a round
    of maneuvers" is the maneuvers), or None; not a scheme ("embarked on a policy of ...")."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() != "embark":
        return None
    for c in children_with(verb, ("prep",)):
        if c.lower_ in ("on", "upon"):
            for g in children_with(c, ("pobj",)):
                if _hands_over("start", g) or g.lemma_.lower() in _STAGED:
                    return g
    return None


def act_done(verb):
    """The event noun a verb of doing or undergoing only says was done or undergone ("surgery" in
    "doctors performed surgery", "defeat" in "Arsenal suffered a 2-1 defeat"), or the occasion
    those who take part only open, run or close ("meeting" in "wrapped up their meeting"), or what
    a support verb stages that no event list names ("dialogue" in "are holding dialogue"), or None."""
    if verb.pos_ != "VERB":
        return None
    lemma = verb.lemma_.lower()
    doing, running, receiving = lemma in _DOING, _running(verb), lemma == "receive"
    concluding = lemma in _CONCLUDING
    joined = occasion_joined(verb)
    if joined is not None:
        return joined
    staging = supports(verb) and lemma not in STARTING
    if not (doing or running or receiving or staging or concluding):
        return None
    for c in children_with(verb, ("dobj", "nsubjpass")):
        if c.pos_ != "NOUN":
            continue
        noun = c.lemma_.lower()
        if running and (noun in OCCASIONS or c.lower_ in OCCASIONS) and noun not in _PLAYED:
            return c
        if (doing or receiving) and noun in _DONE_OR_UNDERGONE or staging and noun in _STAGED:
            return c
        if concluding and lemma == "reach" and noun not in _CONCLUDED:
            continue
        if (doing or concluding) and (_is_event_noun(c) or _named_event(c)):
            return c
    return None


# Verbs that tell what a happening drew from others, with the preposition of their object ("led to
# calls"; None: a direct object): "the remarks led to calls from Jewish groups for an apology",
# "Denmark sparked sharp criticism from China": the calls, the criticism are the happening
# (GUIDELINES 1: a call or an urging is a row when it is news), the verb's clause tells it.
_DRAWING: dict[str, str | None] = {
    "lead": "to",
    "spark": None,
    "trigger": None,
    "prompt": None,
    "provoke": None,
    "draw": None,
}
# (not "demand": "the IPO drew strong demand from foreign funds" is buyers' interest)
_REACTIONS = frozenset("call criticism condemnation complaint".split())
# Verbs that only say their subject met a reaction sent from someone: "the plan faced criticism from
# Germany", "the pullout met with fierce opposition from rightists", "received complaints from".
_MEETING: dict[str, str | None] = {"face": None, "receive": None, "meet": "with"}
# Reactions whose sender is named after "from": "criticism from Germany", "calls from Jewish groups".
REACTIONS_FROM = frozenset("call criticism condemnation complaint protest objection opposition".split())


def _objects(verb, prep: str | None) -> list:
    """The verb's direct objects, or the objects of its preposition ``prep``."""
    if prep is None:
        return children_with(verb, ("dobj",))
    return [g for c in verb.children if c.dep_ == "prep" and c.lower_ == prep for g in children_with(c, ("pobj",))]


def reaction_drawn(verb):
    """The noun of the reaction a verb only says a happening drew ("calls" in "led to calls for an
    apology", "criticism" in "sparked sharp criticism from China") or its subject met from someone
    named after "from" ("faced criticism from Germany"; not "faced the opposition in parliament"),
    or None."""
    if verb.pos_ != "VERB":
        return None
    lemma = verb.lemma_.lower()
    if lemma in _MEETING:
        for n in _objects(verb, _MEETING[lemma]):
            if n.pos_ == "NOUN" and n.lemma_.lower() in REACTIONS_FROM and _sent_from(n, verb):
                return n
        return None
    if lemma not in _DRAWING:
        return None
    return next(
        (n for n in _objects(verb, _DRAWING[lemma]) if n.pos_ == "NOUN" and n.lemma_.lower() in _REACTIONS), None
    )


# Verbs that only say a happening brought another about, with the preposition of their object
# ("led to"; None: a direct object): "the demolition sparked clashes with troops", "the cartoons
# prompted a boycott", "the ruling led to a wave of arrests": the happening brought about is the
# row's (as "sparking the looting of several trucks" is the looting), its cause a row of its own
# when it has one; in the passive, its subject ("the riots were sparked by an attack").
_BRINGING_ABOUT: dict[str, str | None] = {
    "spark": None,
    "trigger": None,
    "provoke": None,
    "prompt": None,
    "cause": None,
    "lead": "to",
}


def effect_caused(verb):
    """The event noun of the happening a verb only says was brought about ("clashes" in "the
    demolition sparked clashes with troops", "riots" in "the riots were sparked by an attack"), or
    None; not a feeling or a state ("prompted fears", "caused concern": no event noun)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _BRINGING_ABOUT:
        return None
    kids = list(verb.children)
    if verb.lemma_.lower() == "lead" and any(c.dep_ == "dobj" for c in kids):
        return None  # "will lead the delegation to the talks": who heads it, no cause
    if any(c.dep_ in ("xcomp", "ccomp") or c.dep_ == "advcl" and any(a.tag_ == "TO" for a in c.children) for c in kids):
        return None  # "caused profits to slump": the slump is what it brought about
    if any(c.dep_ == "auxpass" for c in kids):
        nouns = [c for c in kids if c.dep_ == "nsubjpass"]
    else:
        nouns = _objects(verb, _BRINGING_ABOUT[verb.lemma_.lower()])
    for noun in nouns:
        happenings = counted(noun) or [noun]  # "a wave of arrests": the arrests
        for n in happenings:
            if n.pos_ == "NOUN" and _is_event_noun(n):
                return n
    return None


def _sent_from(noun, verb) -> bool:
    """Is a sender named after "from", on the reaction's noun or on its verb?"""
    return any(x.dep_ == "prep" and x.lower_ == "from" for x in (*noun.children, *verb.children))


# A participle that only tells what a count, a poll or a test found or gave: "a partial count on
# Monday giving him a lead", "a survey showing support at 40 percent": the count, the survey is the
# happening (as "the poll put Labour on 52 percent" is the poll's row).
_FINDING_PARTICIPLES = frozenset("show give put suggest indicate reveal find".split())
_COUNTS = frozenset("count tally poll survey study census test check".split())


def finding_of(verb):
    """The noun of the count, poll or test a participle only tells the finding of ("count" in "a
    partial count on Monday giving him a lead"), or None."""
    t = tables(verb.doc)  # (part of speech and tag from the tables)
    if t.pos[verb.i] != "VERB" or t.tags[verb.i] != "VBG" or verb.lemma_.lower() not in _FINDING_PARTICIPLES:
        return None
    # "a survey showing ...", or with a subject of its own: "with a partial count giving him a lead"
    noun = verb.head if verb.dep_ == "acl" else first_child(verb, ("nsubj",))
    if noun is None or noun.pos_ != "NOUN" or noun.lemma_.lower() not in _COUNTS:
        return None
    return noun


def _a_figure(tok) -> bool:
    """An amount: "197 million U.S. dollars", "1.3 billion shares", "4.5 trillion won", "40 percent"."""
    ents = tables(tok.doc).ents
    if ents[tok.i] in _FIGURES or tok.like_num:
        return True
    return any((c.like_num or ents[c.i] in _FIGURES) for c in children_with(tok, ("nummod", "quantmod")))


# Occasions one is "on": "arrived on a two-day official visit", "left on a four-day trip"; and the
# edges of an occasion one attends: "met him on the sidelines of the summit in Hanoi".
_JOURNEYS = frozenset("visit trip tour mission".split())
# Verbs of setting off for a journey one is "for" ("arrived in Oslo for a three-day visit").
_ARRIVING = frozenset("arrive come fly leave depart travel head".split())
# Time nouns a parser may hang "on a visit" on ("on the same day on a two-day visit").
_TIME_NOUNS = frozenset("day morning afternoon evening night".split())


def _on_a_day(prep):
    """The preposition of "on a visit" moved up to the verb that "on the same day" modifies; the
    preposition itself when that is not so."""
    day_prep = prep.head.head
    if day_prep.dep_ == "prep" and day_prep.lower_ == "on" and day_prep.head.pos_ == "VERB":
        return _Moved(prep.lower_, day_prep.head)
    return prep


class _Moved:
    """A preposition as if the parser had attached it to ``head``."""

    def __init__(self, lower: str, head) -> None:
        self.lower_ = lower
        self.head = head


_EDGES = frozenset("sideline sidelines margin margins".split())


def journey_verb(noun):
    """The verb whose subject is on the visit, trip, tour or mission this noun names ("arrived on
    Saturday on a two-day official visit") or on the sidelines of the occasion it names ("met the
    emperor on the sidelines of an official visit to Japan": who attends it), if any; not "the
    visit" alone, told before, nor "troops deployed on peacekeeping missions" (a state of affairs)."""
    t = tables(noun.doc)
    heads, lower = t.heads, lowered(noun.doc)  # up the tree without a Token per step
    h = heads[noun.i]
    if t.deps[noun.i] == "pobj" and lower[h] == "of" and lower[heads[h]] in _EDGES and _names_event(noun):
        # "said on the sidelines of an official visit to Japan": the occasion its subject attends
        prep = noun.doc[heads[heads[h]]]
    elif noun.lemma_.lower() not in _JOURNEYS:
        return None
    else:
        prep = noun.doc[h]
    if noun.dep_ == "pobj" and prep.head.lower_ in _TIME_NOUNS and prep.head.dep_ == "pobj":
        prep = _on_a_day(prep)  # "arrived on the same day on a two-day visit": hung on "day" by the parser
    if noun.dep_ != "pobj" or prep.head.pos_ != "VERB" or noun.tag_ != "NN":
        return None
    if prep.lower_ != "on" and not (prep.lower_ == "for" and prep.head.lemma_.lower() in _ARRIVING):
        return None  # "arrived in Oslo for a three-day visit" is one too; not "thanked him for the visit"
    kids = list(noun.children)
    if not any(c.dep_ in ("det", "poss") for c in kids):
        return None
    if not any(c.dep_ in ("poss", "amod", "compound", "nummod", "prep", "acl", "relcl") for c in kids) and any(
        c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in kids
    ):
        return None  # "on the visit": the one told before
    return prep.head


def _is_event_noun(token) -> bool:
    return token.pos_ == "NOUN" and _event_noun(token)


def _event_noun(noun) -> bool:
    """:func:`_is_event_noun` for a token known to be a noun."""
    if noun.dep_ == "compound" and noun.head.pos_ in ("NOUN", "PROPN"):
        return False  # "ceasefire deal": "deal" is the event; "investment bank", "attack helicopter": none
    return noun.lemma_.lower() in EVENT_NOUNS or noun.lower_ in EVENT_NOUNS or _general_event_noun(noun)


# Beyond the list, a noun names an event by its form and its place in the sentence: a deverbal
# ending with an argument ("the destruction of the city", "Israel's withdrawal"), the subject of a
# verb of occurrence ("a fire broke out"), the object of a verb that makes events happen ("launched
# a crackdown"). Checked against TBAQ's EVENT annotations by benchmarks/event_nouns.py.
_DEVERBAL = re.compile(
    r"(?:[^aeiou]tion|[^aeiou]sion|[a-z]{3}ment|[a-z]{3}ance|[a-z]{3}ence|[a-z]{3}[^aeiou]ure|[a-z]{4}al)$"
)
# Every match of _DEVERBAL ends on one of these (or before a final line break, as "$" allows):
# checked first, since the pattern is tried at each letter of the word and most nouns end otherwise.
_DEVERBAL_ENDS = ("tion", "sion", "ment", "ance", "ence", "ure", "al", "\n")


def _deverbal(lemma: str) -> bool:
    """Does the lemma have a deverbal ending (:data:`_DEVERBAL`)?"""
    return lemma.endswith(_DEVERBAL_ENDS) and _DEVERBAL.search(lemma) is not None


_NOT_DEVERBAL = frozenset(
    "nation station portion position condition situation region religion opinion union population "
    "tradition institution constitution generation mission commission section fraction ration nutrition "
    "government department apartment parliament equipment environment document element instrument "
    "management movement monument segment sentiment experiment treatment requirement "
    "evidence science conference audience distance balance province finance presence intelligence "
    "alliance importance performance insurance substance difference experience confidence influence sequence "
    "agriculture culture nature future picture structure temperature literature furniture procedure "
    "pressure measure treasure leisure feature creature gesture posture texture "
    "capital animal hospital journal material official general signal total original individual "
    "potential interval rival manual terminal criminal principal professional editorial proposal".split()
)
_OCCURRING = frozenset("happen occur erupt break unfold".split())
_CAUSING = frozenset("launch stage mount wage unleash organize organise conduct".split())
# "-ing" nouns that name no happening
_NOT_GERUND = frozenset(
    "building evening morning thing something nothing anything everything ceiling king ring string "
    "spring wing painting clothing housing funding earning earnings setting heading ending feeling "
    "being meaning understanding".split()
)


def _general_event_noun(token) -> bool:
    if counted(token):
        return False  # "launched a string of attacks": the attacks are the happenings
    head = token.head
    dep, head_lemma = token.dep_, head.lemma_.lower()  # (each read once: asked of every noun)
    if dep in ("nsubj", "nsubjpass") and head_lemma in _OCCURRING and head.pos_ == "VERB":
        # "a fire broke out", "fighting erupted"; not "the faction broke away"
        return head_lemma != "break" or any(c.lower_ == "out" for c in children_with(head, ("prt",)))
    if dep == "nsubj" and _takes_place(head):
        return True  # "the job cuts will take place next year"
    if dep == "nsubj" and head_lemma in _FINDING and _of_a_day(token):
        return True  # "Monday's check showed": what was done that day and found something
    if dep == "dobj" and head_lemma in _CAUSING:
        return True
    if dep in ("dobj", "nsubjpass") and _carried_out(head):
        return True  # "carried out tests", "the maneuvers were carried out"
    if dep == "nsubjpass" and _held_occasion(token, head):
        return True  # "a snow sculpture show will be held", "the first round was held in August"
    if _staged_act(token) or _a_change(token) and _winning_verb(token) is not None:
        return True  # "measures will be taken", "made their last stand", "posted solid gains"
    return _named_event(token)


_FINDING = frozenset("show reveal suggest indicate find confirm".split())


def _of_a_day(noun) -> bool:
    """ "Monday's check", "Tuesday's scan": a noun whose possessor is a day."""
    ents = tables(noun.doc).ents
    return any(ents[c.i] == "DATE" for c in children_with(noun, ("poss",)))


_TIME_PARTS = frozenset("beginning opening closing".split())
_SPANS = frozenset("year month week day quarter season century decade term period half".split())


def _of_a_time(noun) -> bool:
    """A noun whose "of" names a time ("the beginning of next year"): the part of it meant."""
    ents = tables(noun.doc).ents
    return any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any((ents[g.i] == "DATE" or g.lemma_.lower() in _SPANS) for g in children_with(c, ("pobj",)))
        for c in noun.children
    )


def _takes_place(verb) -> bool:
    return verb.lemma_.lower() == "take" and any(c.lower_ == "place" for c in children_with(verb, ("dobj",)))


# What a passive "held" says of its subject when that is no occasion: "held responsible",
# "held hostage", "held up", "held for questioning", "held in custody", "held by the rebels".
_KEPT = frozenset("custody detention jail prison captivity".split())
# Shares of a whole: "the majority of", "half of", "50 percent of".
_SHARES = frozenset("majority bulk half most rest number percent share stake part fraction proportion".split())


def _held_occasion(noun, verb) -> bool:
    """Is the subject of a passive "held" an occasion that takes place ("a snow sculpture show will be
    held during the race", "this year's award was held in Singapore")? Not people, a body, a place
    or a thing kept ("ten people were held for questioning", "the town is held by the rebels", "50
    percent is held by a fund"), nor one held to account."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() != "hold" or noun.pos_ != "NOUN":
        return False
    lemma = noun.lemma_.lower()
    if lemma in PEOPLE_NOUNS or lemma in _SHARES or noun.lower_ in PEOPLE_NOUNS or tables(noun.doc).ents[noun.i]:
        return False  # (and "the majority of the group's meetings were held at his home": a habit)
    if any_child(noun, ("nummod",)):
        return False  # "more than 200 activities were held during the year": a tally
    for c in verb.children:
        if c.dep_ in ("acomp", "oprd", "attr", "xcomp", "ccomp", "prt", "dobj"):
            return False
        if c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") and not any_child(verb, ("aux",)):
            return False  # "the exam is held in 31 provinces": what is done each time
        if c.dep_ in ("agent", "prep") and c.lower_ in ("by", "for"):
            return False
        if c.dep_ == "prep" and any(g.lemma_.lower() in _KEPT for g in c.children):
            return False
    return True


def _carried_out(verb) -> bool:
    return verb.lemma_.lower() == "carry" and any(c.lower_ == "out" for c in children_with(verb, ("prt",)))


def _named_event(token) -> bool:
    """Does the noun's form and its own dependents say it names a happening ("the shooting", "the
    destruction of the city")?"""
    lemma = token.lemma_.lower()
    if lemma in _TIME_PARTS and _of_a_time(token):
        return False  # "the beginning of 2008", "the opening of this year": a time, no happening
        # (not "the bombing of August 7", a happening named by its day)
    if lemma.endswith("ing") and len(lemma) > 6 and lemma not in _NOT_GERUND and any_child(token, ("det", "poss")):
        return True  # "the shooting", "Sunday's kidnapping"
    if lemma in _NOT_DEVERBAL or not _deverbal(lemma):
        return False
    return any(
        c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ in ("of", "by", "against", "between") for c in token.children
    )


# The last word of the name of a happening: "the Second World War", "the 1916 Rising", "the Athens
# 2004 Olympic Games", "the fourth Summit of the Americas", "the Eighth International Conference".
NAMED_EVENTS = frozenset(
    "war games olympics olympiad cup summit conference rising uprising revolution championship championships "
    "fair expo forum congress festival tournament marathon".split()
)
_ORDINAL = re.compile(
    r"(?i)^(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|"
    r"twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth)$"
)
_YEAR = re.compile(r"^(?:1[89]|20)\d\d$")


def named_event(token) -> bool:
    """A happening named by a proper name that carries its time, a year or an ordinal ("the Second
    World War", "the 1916 Rising", "the 2011 Rugby World Cup", "the fourth Summit of the Americas"),
    at its first mention in the article; not a name that qualifies another ("World Cup qualifiers")
    nor one with no time ("the Asian Games", told as the setting of a sports report)."""
    if token.pos_ != "PROPN" or token.lower_ not in NAMED_EVENTS:
        return False
    if token.dep_ in ("compound", "nmod", "amod") and token.head.pos_ in ("PROPN", "NOUN"):
        return False
    if token.dep_ == "pobj" and token.head.lower_ in ("since", "until", "till"):
        return False  # "since the 9th Asian Games in 1982": a bound of time
    if token.dep_ in ("nsubj", "nsubjpass") and token.head.pos_ == "VERB":
        return False  # "The 30th Cairo Film Festival kicked off on Tuesday": the verb's row tells it
    when = name_time(token)
    if when is None:
        return False
    doc = token.doc
    return not any(t.lower_ == token.lower_ and t.pos_ == "PROPN" and name_time(t) == when for t in doc[: token.i])


# Named contests: told with no year of their own or in the article's year, they are mostly the
# setting of the results reported ("won gold at the 15th Asian Games"); meetings and wars are not.
CONTESTS = frozenset("games olympics olympiad cup championship championships tournament marathon".split())


def name_time(token) -> str | None:
    """The year or ordinal inside the name ending at ``token`` (or right after it: "Conference 2006")."""
    words = [c for c in children_with(token, ("compound", "nummod", "amod", "nmod")) if c.i < token.i]
    words += [g for c in words for g in children_with(c, ("compound", "nummod", "amod", "nmod"))]
    if token.i + 1 < len(token.doc):
        words.append(token.doc[token.i + 1])
    for w in words:
        if _YEAR.match(w.text) or _ORDINAL.match(w.text):
            return w.lower_
    return None


def sentence_triggers(sent) -> list:
    # only verbs and nouns can be triggers: the other tokens need no Token object
    doc = sent.doc
    t = tables(doc)
    pos, deps, heads = t.pos, t.deps, t.heads
    low = lowered(doc)
    found = []
    for i in range(sent.start, sent.end):
        p = pos[i]
        if p not in ("VERB", "NOUN", "AUX", "PROPN", "ADV"):
            continue
        # the first tests of _is_trigger that the tables answer, before a Token is made: a verb of
        # a non-trigger dependency, a noun compounded on a noun or name, "be" as an auxiliary, a
        # name that names no event
        dep = deps[i]
        if p == "VERB" and dep in _NON_TRIGGER_DEPS:
            continue
        if p == "NOUN" and dep == "compound" and pos[heads[i]] in ("NOUN", "PROPN"):
            continue
        if p == "AUX" and dep in ("aux", "auxpass"):
            continue
        if p == "PROPN" and low[i] not in NAMED_EVENTS:
            continue
        if p == "ADV" and (low[i] not in ("up", "down") or dep not in ("advmod", "pcomp")):
            continue
        tok = doc[i]
        if _is_trigger(tok, p):
            found.append(tok)
    return found


def trigger_extent(token) -> tuple[int, int, str, str]:
    """(start char, end char, text, lemma) of a trigger, with an adjacent verb particle: "showed off"."""
    end_tok = token
    move = market_move(token) if token.pos_ == "AUX" else None
    if move is not None:  # "was up", "was 35 cents higher": the move is the trigger's word
        return move.idx, move.idx + len(move.text), move.text, move.lower_
    doc = token.doc
    t = tables(doc)  # the right children by the tables: a Token made only for the one kept
    deps, low = t.deps, lowered(doc)
    for c in t.children[token.i]:
        if c < token.i:
            continue
        if deps[c] == "prt" and c == end_tok.i + 1:
            end_tok = doc[c]
        elif c == token.i + 1 and low[c] in _GONE_INTO and _gone_into(token, doc[c]):
            end_tok = doc[c]  # "went missing": one predicate, the state gone into is its word
    start_tok = token
    if token.pos_ == "NOUN" and token.lemma_.lower() in _FRAMES:
        # "a huge airlift operation", "a bombing campaign": the modifier names the happening
        before = token.doc[token.i - 1] if token.i > 0 else None
        if before is not None and before.dep_ == "compound" and before.head.i == token.i and _names_event(before):
            start_tok = before
    start = start_tok.idx
    end = end_tok.idx + len(end_tok.text)
    text = doc_text(token.doc)[start:end]  # the Span's text, without joining its tokens
    lemma = token.lemma_.lower() if end_tok is token else f"{token.lemma_.lower()} {end_tok.lower_}"
    if start_tok is not token:
        lemma = f"{start_tok.lower_} {lemma}"
    return start, end, text, lemma


# States one "goes" into that name the happening: "three climbers went missing" (as "disappeared").
_GONE_INTO = frozenset({"missing"})


def _gone_into(verb, state) -> bool:
    """Is ``state`` the word right after "go" that names what it went into ("went missing"; the
    parser hangs it as a complement or as a clause of its own)?"""
    return (
        state.lower_ in _GONE_INTO and state.dep_ in ("acomp", "oprd", "xcomp", "advcl") and verb.lemma_.lower() == "go"
    )


# Event nouns that only frame the happening a modifier names: "an airlift operation", "a rescue
# mission", "a bombing campaign".
_FRAMES = frozenset("operation mission campaign effort exercise".split())


def _names_event(noun, *, proper: bool = False) -> bool:
    """An event noun (``proper``: or a name ending in one, "the Leaders' Meeting", "the Asian Games")."""
    lemma = noun.lemma_.lower()
    if proper and noun.pos_ == "PROPN":
        return noun.lower_ in NAMED_EVENTS or lemma in EVENT_NOUNS or noun.lower_ in EVENT_NOUNS
    return noun.pos_ == "NOUN" and (lemma in EVENT_NOUNS or noun.lower_ in EVENT_NOUNS)
