"""A short readable summary of an event: its clause from the parse, not the whole sentence."""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping, Sequence
from typing import Any

from spacy.tokens import Doc

from timeline.extract.actors import doc_dateline
from timeline.extract.attribution import addressed, is_speech, misplaced_content, said_when
from timeline.extract.clauses import clause_indices, denied_antecedent, is_infinitive, subtree_indices
from timeline.extract.factuality import (
    EFFORT_VERBS,
    MODAL_AUXILIARIES,
    OUTBREAK_VERBS,
    not_until,
    ranked,
    until_clause,
)
from timeline.extract.lexicon import COMPANY_NOUNS, ORG_HEADS, PEOPLE_NOUNS, ROLE_HEADS
from timeline.extract.roles import (
    owned_part,
    sayers_of_reported_subject,
    stance_host,
    stray_conjunct_verb,
    stray_subject,
)
from timeline.extract.rows import deed_told_by_itself, second_act_told_by, shares_passive
from timeline.extract.triggers import figure_clause, moved_figure, time_taken_to, zero_relative
from timeline.nlp.doctables import (
    DocTables,
    any_child,
    children_with,
    entity_start,
    first_child,
    lower_texts,
    sentence_bounds,
    sentence_of,
    tables,
)
from timeline.temporal.tense import won_by

MAX_TOKENS = 30
_DOUBLE_PUNCT = re.compile(r"([,;])(?:\s*[,;])+")
_DOUBLE_DASH = re.compile(r"--(?:\s*--)+")
_SPACED_COMMA = re.compile(r"(?<=[\w)\]”’\"]) ([,;:])(?=[\s\"”’]|$)")
_COMMA_DASH = re.compile(r"[,;]\s*--")
_EDGE_DEPS = frozenset({"punct", "cc", "mark", "prep", "advmod", "dep"})


def summarize(
    trigger,
    quoted: Sequence[bool] | None = None,
    sent=None,
    *,
    names: Mapping[int, str] | None = None,
    actors: Sequence[tuple[int, str, str]] = (),
    speaker: str | None = None,
    told: Mapping[int, Sequence[tuple[str, str]]] | None = None,
    owners: Mapping[int, str] | None = None,
) -> str:
    """The trigger's clause (with the reported clause for speech verbs), trimmed and capped.

    ``quoted``: for every character of the text, whether it is inside quotation marks (a quoted
    complement is kept whole or cut at the cap, never emptied of its sub-clauses). ``sent``: the
    trigger's sentence, when the caller has it (Token.sent scans the document for it). ``names``:
    the actor a token names, by token index: a summary that would open on a pronoun ("he planned
    a ceasefire", "his news conference") opens on the name instead. ``actors``: (token index, name,
    type) of the event's agents and patients: an "it/its" the actors found one body or thing for,
    a "they/their" they found two or three names for, is named the same way when nothing else in
    its sentence before it could be meant ("It later backed down": "Congress later backed down").
    ``speaker``: the person the event is told by, when it is one: "Museveni said his country ..."
    opens on "Yoweri Museveni's country" also when the tagger took "Museveni" for no person.
    ``told``: the actors the resolution found for the tokens of the sentence (any of its events'
    agents and patients), by token index: a noun before the "it/they" that stands for the same
    actors ("the party" for Labour) is no rival to its name. ``owners``: the person each "his"/"her"
    of the sentence stands for, participant or not: a summary that opens on one opens on the name
    ("His wife was released" -> "Anwar Ibrahim's wife was released")."""
    t = tables(trigger.doc)
    if t.pos[trigger.i] == "ADV":
        return _figure_move_summary(trigger, t)
    if sent is None:
        sent = sentence_of(trigger)
    things = _named_things(actors, trigger.doc, t, told) if actors else {}
    keep = set(clause_indices(trigger, participles=False)) - (set(said_when(trigger)) - {trigger.i})
    _complements(trigger, keep)  # "are expected to be held in January", "agreed to withdraw"
    if is_speech(trigger) or addressed(trigger):  # ("reminded reporters", "informed them": what of)
        _what_was_said(trigger, quoted, keep)
    _gerunds_of_nouns(trigger, keep, t)
    for child in trigger.children:
        if child.dep_ == "ccomp" and child.i > trigger.i and _free_relative(child):
            keep.update(clause_indices(child))  # "carrying out what they described as a retreat": the object
        elif child.dep_ == "ccomp" and child.i > trigger.i and not is_speech(trigger) and _content_clause(child, keep):
            # "police decided [the situation was under control]", "it emerged [that X had paid]": what
            keep.update(clause_indices(child))
            _complements(child, keep)
    _second_acts_told(trigger, keep, t)
    keep.update(_subject(trigger), *(clause_indices(c) for c in _one_passive_with(trigger)))
    _shared_passive(trigger, keep)
    _shared_perfect(trigger, keep)
    _shared_modal(trigger, keep)
    _causative_host(trigger, keep)
    _what_a_noun_intends(trigger, keep)
    if quoted is None or not quoted[trigger.idx]:  # (a quotation's words are the speaker's, not to widen)
        _purpose_host(trigger, keep)
        _ranked_host(trigger, keep)
        _gerund_subject_host(trigger, keep)
        _participle_host(trigger, keep)
        _fronted_participle_host(trigger, keep)
    _infinitives_kept(trigger, keep, t)
    _what_a_noun_holds(trigger, keep, t)
    _which_ones(trigger, keep, t)
    _what_a_verb_holds(trigger, keep, t)
    _with_absolutes(trigger, keep, t)
    _drop_stray_clauses(keep, trigger)
    _subordinator_completed(keep, trigger, t)
    _until_kept(trigger, keep)
    _drop_absolutes(keep, trigger)
    _drop_far_appositions(keep, trigger, t)
    _drop_speakers_title(keep, trigger, t)
    _mended(trigger, keep, t)
    _negated_governor(trigger, keep)
    if quoted is not None:
        _whole_quotes(keep, trigger, sent, quoted, t)
    _brackets_paired(keep, sent, t)
    _relative_host_noun(trigger, keep)
    _denied_cleft(trigger, keep)
    _joined_participles(trigger.doc, keep, t)
    ids: Sequence[int] = [i for i in range(sent.start, sent.end) if i in keep]
    deps, ents, punct = t.deps, t.ents, t.is_punct
    ids = _hyphen_words(_close_gaps([i for i in ids if not t.is_space[i]], t), t, trigger.i)
    ids = _after_dateline(ids, trigger, t)
    ti = trigger.i
    lo, hi = 0, len(ids)
    while (
        lo < hi
        and ids[lo] != ti
        and (
            deps[ids[lo]] in _EDGE_DEPS
            and punct[ids[lo]]
            or deps[ids[lo]] == "cc"
            or deps[ids[lo]] == "mark"
            and not _holds_kept_clause(ids, ids[lo], t)
            # "said Friday Russia ... agreed": a bare date left at the edge belongs to the speech verb
            or ents[ids[lo]] in ("DATE", "TIME")
            and deps[ids[lo]] in ("npadvmod", "tmod", "compound")
        )
    ):
        lo += 1
    while (
        hi > lo
        and ids[hi - 1] != ti
        and (punct[ids[hi - 1]] or deps[ids[hi - 1]] in ("cc", "mark") or _low(t, ids[hi - 1]) == "then")
    ):
        hi -= 1  # "Hermlin emigrated to Palestine, then [moved to France]"
    lo = _after_relative_word(ids, lo, hi, ti, t)
    lo = _after_subordinator(ids, lo, hi, trigger, t, {**things, **(names or {})})
    ids = _without_next_subject(ids[lo:hi], trigger, t)
    subst: dict[int, str] = _undashed(ids, t)
    _gapped_passive(trigger, ids, subst)
    ids = _told_by_noun(ids, trigger, subst, t)
    ids = _object_put_back(ids, trigger, subst, t)
    ids = _object_said_put_back(ids, trigger, subst, t)
    _shared_object(ids, trigger, subst, t)
    ids = _object_set_off(ids, trigger, subst, t)
    opener = _named_pronoun(ids, names, quoted, t) or _owner_named(ids, names, quoted, t, trigger.doc)
    if opener is None and ids:
        opener = _reported_subject(trigger.doc[ids[0]], quoted, t, speaker)
    if opener is None:  # (the speaker's phrase as written first: "the Danish embassy said it had")
        opener = _named_pronoun(ids, things, quoted, t, _THING_PRONOUNS)
    if opener is None and ids:  # "The krone gained in May when it traded at ...", "A guard ... after he was hit"
        opener = _adverbial_subject(trigger.doc[ids[0]], quoted, t)
    if opener is None and ids:
        opener = _subject_before(trigger.doc[ids[0]], quoted, t)
    if opener is None and ids and owners and ids[0] in owners and ids[0] not in subst and t.tags[ids[0]] == "PRP$":
        opener = owners[ids[0]] + "'s"  # (outside quotation marks only: see events._owners_of_his_and_her)
    _fronted_subject_named(ids, trigger, names, quoted, t, subst)
    _fronted_subject_named(ids, trigger, things, quoted, t, subst, ("it", "they"))
    _pronouns_named(ids[1:] if opener is not None else ids, trigger.doc, quoted, t, subst)
    if len(ids) > MAX_TOKENS:
        ids = _shortened(ids, trigger, t, quoted)
    if len(ids) > MAX_TOKENS:
        return _quotation_cut(ids, trigger, t, quoted, subst) or _window_cut(ids, trigger, t, quoted, subst, opener)
    text = _opened_on(opener, _join(ids, t, subst), ids, t)
    marks = _quotation_around(ids, t, quoted, False, False)
    return text if marks is None else marks[0] + text + marks[1]


def _figure_move_summary(move, t: DocTables) -> str:
    """A figure's move told with no verb of its own (triggers.figure_move): the figure's phrase and
    the move ("LG Semicon up 600 won at 29,800 won"), after the subject and verb of the clause that
    gives the figure ("The city imported 2.44 million tons of rolled steel, down 22.3 percent",
    "Mizuho was the day's volume leader, down 6 yen to 383 yen"); not after a "with" ("with net
    profit up 42 percent": the clause tells something else)."""
    figure = moved_figure(move)
    if figure is None:
        return _join([move.i], t)
    keep = {move.i, figure.i}
    for c in move.children:
        if c.dep_ not in ("conj", "cc", "punct") and c.lower_ not in ("up", "down"):  # not the next figure's
            keep.update(subtree_indices(c))
    for c in figure.children:
        if c.i < figure.i and t.deps[c.i] not in ("cc", "punct", "preconj") or c.i < move.i and c.dep_ == "prep":
            keep.update(subtree_indices(c))  # "2.44 million tons [of rolled steel]"
    if move.i > 0 and move.doc[move.i - 1].text == ",":
        keep.add(move.i - 1)
    verb = figure_clause(move)
    after_with = move.dep_ == "pcomp" or figure.dep_ == "pobj" and figure.head.lower_ == "with"
    if verb is not None and verb.i < figure.i and not after_with:
        for c in verb.children:
            if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i:
                keep.update(subtree_indices(c))
            elif c.dep_ in ("aux", "auxpass", "neg") and c.i < figure.i:
                keep.add(c.i)
        keep.add(verb.i)
        if verb.lemma_.lower() == "be":  # "was $19.2 million, or 91 cents a share, up 3%": the level whole
            keep.update(range(verb.i, move.i))
    ids = sorted(i for i in keep if not t.is_space[i])
    while ids and t.is_punct[ids[-1]]:
        ids.pop()
    return _join(ids, t)


# Quotation marks that open and close a summary that is all a quotation
_QUOTE_PAIRS = {'"': '"', "“": "”"}


def spoken_by(summary: str, speaker: tuple[str, str] | None) -> str:
    """A summary that is all one quotation, whose speaker the row names, is told with who said it
    after the quotation, as a news sentence writes it ('"… stocks have been reduced below safety
    levels"' -> '"… stocks have been reduced below safety levels," Emma Bonino said'): a reader
    learns whose words they are. ``speaker``: the row's source (name, type), a person only (a body
    the attribution found is too often the wrong one: "the group said" read as another group's).
    Not when the summary holds other quotation marks, nor when the speaker would take it past
    :data:`SPOKEN_WORDS` words (a quotation cut for him loses what it says last: "will begin [in
    Moscow tomorrow]")."""
    if speaker is None or speaker[1] != "PERSON" or len(summary) < 2 or summary[0] not in _QUOTE_PAIRS:
        return summary
    opening = summary[0]
    marks = (summary.count('"'), summary.count("“"), summary.count("”"))
    if summary[-1] != _QUOTE_PAIRS[opening] or marks != ((2, 0, 0) if opening == '"' else (0, 1, 1)):
        return summary  # (another quotation, or a title in marks, inside it)
    inner = summary[1:-1].strip()
    words = inner.split()
    if len([w for w in words if w != "…"]) < 3 or len(words) + len(speaker[0].split()) + 1 > SPOKEN_WORDS:
        return summary
    mark = "" if inner[-1:] in "?!," else ","
    return f"{opening}{inner}{mark}{summary[-1]} {speaker[0]} said"


# The most words of a summary told with who said it (:func:`spoken_by`)
SPOKEN_WORDS = 25


# Words of a quotation a statement's summary keeps at least when it is cut inside the quotation
_QUOTE_KEPT = 8
# What a quotation ends on before who said it: its comma and its closing mark
_QUOTATION_ENDS = frozenset({",", '"', "”", "''"})


def _last_quoted_word(ids: Sequence[int], t: DocTables, quoted: Sequence[bool] | None) -> int:
    """The place in ``ids`` of the last word inside quotation marks (-1 when none)."""
    return max(
        (k for k, i in enumerate(ids) if quoted is not None and quoted[t.idx[i]] and not t.is_punct[i]),
        default=-1,
    )


def _window_cut(
    ids: list[int], trigger, t: DocTables, quoted: Sequence[bool] | None, subst: dict[int, str], opener: str | None
) -> str:
    """A summary over the cap cut to a window of :data:`MAX_TOKENS` around its trigger (a third of
    it before), marked "…" where it was cut."""
    pos = ids.index(trigger.i)
    lo = max(0, min(pos - MAX_TOKENS // 3, len(ids) - MAX_TOKENS))
    lo = _subject_kept_whole(ids, lo, pos, t, trigger.doc)
    hi = lo + MAX_TOKENS
    cut_start, cut_end = lo > 0, hi < len(ids)
    # never inside a word the tokenizer split ("year-on-year" is five tokens)
    while cut_start and lo < pos and _glued(t, ids[lo]):
        lo += 1
    if cut_end:
        hi = _cut_end(ids, hi, pos, t, trigger.doc)
    ids = ids[lo:hi]
    return _cut_marked(_join(ids, t, subst), opener, ids, t, quoted, cut_start, cut_end)


def _quotation_cut(
    ids: list[int], trigger, t: DocTables, quoted: Sequence[bool] | None, subst: dict[int, str]
) -> str | None:
    """A statement cut inside the quotation it opens on (:func:`_quotation_cut_inside`), "…" after
    the last quoted word kept; None for any other summary."""
    kept = _quotation_cut_inside(ids, trigger, t, quoted)
    if kept is None:
        return None
    k = _last_quoted_word(kept, t, quoted)
    last = kept[k]
    # the comma and the closing mark the quotation ends on go with the "…" ('make …," Chan said')
    j = k + 1
    while j < len(kept) and _low(t, kept[j]) in _QUOTATION_ENDS:
        j += 1
    ending = "".join(t.text[t.idx[i] : t.ends[i]] for i in kept[k + 1 : j])
    subst[last] = subst.get(last, t.text[t.idx[last] : t.ends[last]]) + " …" + ending
    return _join([*kept[: k + 1], *kept[j:]], t, subst)


def _quotation_cut_inside(ids: list[int], trigger, t: DocTables, quoted: Sequence[bool] | None) -> list[int] | None:
    """A statement over the cap that opens on the quotation its verb of saying tells after it
    ('"The basic policy of public housing is to provide a roof over your head, not to help you make
    a profit," Chan Hiap Kong, senior director of ..., told the Sunday Times'): cut inside the
    quotation, its opening words kept with who said it ('"The basic policy of public housing is to
    provide a roof over your head …," Chan Hiap Kong ... told the Sunday Times'), not at its start
    ('"… your head, not to help you ..."'). The tokens kept, or None for any other summary (the
    caller marks the cut after the last quoted word kept)."""
    if quoted is None or not is_speech(trigger) or quoted[trigger.idx] or not ids:
        return None
    if not (quoted[t.idx[ids[0]]] or t.text[t.idx[ids[0]]] in '"“'):
        return None
    last = _last_quoted_word(ids, t, quoted)
    if last < 0 or ids[last] > trigger.i:
        return None
    tail = ids[last + 1 :]  # the closing mark and who said it
    while tail and t.is_punct[tail[0]] and _low(t, tail[0]) not in _QUOTATION_ENDS:
        tail = tail[1:]  # (a bracket the quotation closed before its mark: its opening is cut away)
    room = MAX_TOKENS - len(tail)
    if room < _QUOTE_KEPT or room > last:
        return None
    hi = _cut_end(ids, room, _QUOTE_KEPT - 1, t, trigger.doc)
    # not after a word that needs the next ("if you protest, we …", "while they were …"), nor
    # after a preposition or a word that hangs on a word of the quotation after it ("because of
    # strong …", "the Australian …": what it describes is cut away; a noun reads whole: "providing
    # information …")
    while hi > _QUOTE_KEPT and (
        t.is_punct[ids[hi - 1]]
        or t.deps[ids[hi - 1]] in _NEEDS_NEXT
        or t.pos[ids[hi - 1]] in ("AUX", "ADP")
        or _low(t, ids[hi - 1]) in _CLAUSE_OPENERS
        or ids[hi - 1] < t.heads[ids[hi - 1]] <= ids[last]
        and t.pos[ids[hi - 1]] not in _NOUNS
        or _bracket_left_open(ids[:hi], t)  # ('to bring (fresh …': not inside a bracket)
    ):
        hi -= 1
    return [*ids[:hi], *tail]


def _bracket_left_open(ids: Sequence[int], t: DocTables) -> bool:
    """Whether ``ids`` opens a round or square bracket it does not close."""
    depth = 0
    for i in ids:
        word = _low(t, i)
        if word in ("(", "["):
            depth += 1
        elif word in (")", "]") and depth:
            depth -= 1
    return depth > 0


# Words that read whole at the end of a cut even when they describe the next ("basic science [fields]")
_NOUNS = frozenset({"NOUN", "PROPN", "NUM"})
# Words that open a clause of time, place, cause or condition ("were wounded when …")
_CLAUSE_OPENERS = frozenset("when where while whereas because since if unless although though as after before".split())
# Words a cut inside a quotation does not end on: a subject, an auxiliary, a conjunction, a marker
_NEEDS_NEXT = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "cc", "mark", "prep", "det", "poss", "neg"})


# Words a cut summary keeps after its trigger at least, when its start moves back to a subject.
_AFTER_TRIGGER = 4


def _subject_kept_whole(ids: Sequence[int], lo: int, pos: int, t: DocTables, doc: Doc) -> int:
    """Where a summary over the cap starts: not inside a subject or between a subject and its verb
    ("… and the World Wildlife Fund said ...", "… had been jailed in 2004": who, cut away), but at
    the subject's first word, when the trigger and a few words after it still fit ("the Red Cross
    and the World Wildlife Fund said ..."); else at ``lo``."""
    if lo <= 0:
        return lo
    first = ids[lo]
    start = _subject_cut_into(first, t, doc)
    if start is None:
        return lo
    back = next((k for k, i in enumerate(ids) if i >= start), lo)
    if back >= lo or min(pos + _AFTER_TRIGGER, len(ids) - 1) >= back + MAX_TOKENS:
        return lo
    return back


def _subject_cut_into(first: int, t: DocTables, doc: Doc) -> int | None:
    """The first word of the subject a cut starting at token ``first`` leaves out, wholly or in
    part: that of the nearest verb above ``first`` with a subject, when the subject starts before
    ``first`` and the verb comes after it. Verbs with no subject of their own ("[set up] under the
    terms of", "[including] the Green League") and relative clauses ("[who was] jailed") are
    climbed past to the verb of the clause they sit in; None when there is no such subject."""
    deps, heads, pos_ = t.deps, t.heads, t.pos
    node = first
    while True:  # up the parse tree: each step to the head, and the root is its own head
        if pos_[node] in ("VERB", "AUX"):
            verb = node
            while deps[verb] in ("aux", "auxpass") and heads[verb] != verb:
                verb = heads[verb]  # ("had [been] jailed": the auxiliary's verb)
            subjects = [c for c in t.children[verb] if deps[c] in ("nsubj", "nsubjpass") and c < verb]
            if subjects and _low(t, subjects[0]) not in _RELATIVE:
                start = subtree_indices(doc[subjects[0]])[0]
                return start if start < first <= verb else None
            node = verb
        if heads[node] == node:
            return None
        node = heads[node]


def _cut_marked(
    text: str,
    opener: str | None,
    ids: Sequence[int],
    t: DocTables,
    quoted: Sequence[bool] | None,
    cut_start: bool,
    cut_end: bool,
) -> str:
    """A summary cut at the cap, with "…" where it was cut, inside a quotation too ("“… seeing
    these reports")."""
    marks = _quotation_around(ids, t, quoted, cut_start, cut_end)
    if marks is not None:
        return marks[0] + text + marks[1]
    if not cut_start:
        text = _opened_on(opener, text, ids, t)
    elif text[1:2] != "…":  # (not marked already where the quotation opens)
        text = text[0] + "… " + text[1:] if text[:1] in ("“", '"') else "… " + text
    return text + " …" if cut_end and text[-2:-1] != "…" else text


def _quotation_around(
    ids: Sequence[int], t: DocTables, quoted: Sequence[bool] | None, cut_start: bool, cut_end: bool
) -> tuple[str, str] | None:
    """The quotation marks around a summary told wholly inside one quotation that keeps neither of
    its marks ('"The Mujahedeen succeeded in striking the positions of the crusader forces"', not
    the speaker's words told as the narrator's), with "…" where words of it in the same sentence
    were left out ('"… we received recognition for everything we have done"'); None for any other
    summary."""
    words = [i for i in ids if not t.is_punct[i] and not t.is_space[i]]
    if quoted is None or not words or not all(quoted[t.idx[i]] for i in words):
        return None
    text = t.text
    first, last = words[0], words[-1]
    if any(ch in text[t.idx[first] : t.ends[last]] for ch in '"“”'):
        return None  # (marks of its own, or narration left out between two quotations)
    kept = set(ids)
    if any(j not in kept and not t.is_punct[j] and not t.is_space[j] for j in range(first, last)):
        return None  # (words left out inside: marks would quote what the speaker did not say)
    start = text.rfind("\n", 0, t.idx[first]) + 1
    opening = max(text.rfind('"', start, t.idx[first]), text.rfind("“", start, t.idx[first]))
    if opening < 0:
        return None
    end = text.find("\n", t.ends[last])
    end = len(text) if end < 0 else end
    closings = [j for j in (text.find('"', t.ends[last], end), text.find("”", t.ends[last], end)) if j >= 0]
    closing = min(closings) if closings else end
    before = cut_start or _left_out(t, kept, range(first - 1, -1, -1), lambda j: t.idx[j] <= opening)
    after = cut_end or _left_out(t, kept, range(last + 1, len(t.idx)), lambda j: t.idx[j] >= closing)
    curly = text[opening] == "“"
    return ("“" if curly else '"') + ("… " if before else ""), (" …" if after else "") + ("”" if curly else '"')


def _left_out(t: DocTables, kept: set[int], walk, past) -> bool:
    """Whether a word of the quotation in the summary's sentence that the summary left out lies on
    the ``walk`` from the summary's edge to the quotation's mark (``past``: beyond the mark)."""
    for j in walk:
        if past(j) or t.text[t.idx[j] : t.ends[j]] in (".", "?", "!", "...", "…"):
            return False
        if not t.is_punct[j] and not t.is_space[j] and j not in kept and t.deps[j] != "cc":
            return True
    return False


def _opened_on(opener: str | None, text: str, ids: Sequence[int], t: DocTables) -> str:
    """``text`` opening on ``opener`` (a name for its first word), unless a quotation opens there."""
    if opener is None or ids[0] in _quotes_opened(ids, t):
        return text
    return opener + text[len(_low(t, ids[0])) :]


def _holds_kept_clause(ids: Sequence[int], mark: int, t: DocTables) -> bool:
    """Whether a subordinator opening the summary sets its clause under another the summary tells
    ('"Once the government is ousted, then its budget proposals become defunct," said X'): without
    it, the condition or time reads as a fact of its own."""
    clause = t.heads[mark]
    return t.deps[clause] == "advcl" and t.heads[clause] != clause and t.heads[clause] in ids


# What may be left out of a summary over the cap, before it is cut inside a phrase, as long as
# commas set it off: first an adverbial clause after the trigger and an adjunct set before it
# ("Following the mayhem, UNICEF has provided ..."), then a clause or a description after a noun
# ("Japan's surplus with the United States, its biggest trading partner, surged ...").
_NOUN_ASIDES = frozenset({"relcl", "appos", "acl"})
_HYPHENS = frozenset("-–")
_DASHES = frozenset("-–—_")
_CLOSERS = frozenset(")]}\"”’'")
_BRACKETS = frozenset("()[]{}-–—\"“”'‘’")


def _shortened(ids: list[int], trigger, t: DocTables, quoted: Sequence[bool] | None) -> list[int]:
    """``ids`` over the cap, made to fit by leaving out whole phrases where it can."""
    if is_speech(trigger):
        # "..., the Russian president said on the sidelines of an official visit to Japan": the
        # circumstances of the saying go first, so that what was said fits whole
        extra = {c.i for p in children_with(trigger, ("prep",)) if p.i > trigger.i for c in p.subtree}
        # (not what was said when the parser hung it on the message: "said in a statement [that X]")
        extra.difference_update(c.i for said in misplaced_content(trigger) for c in said.subtree)
        ids = [i for i in ids if i not in extra]
        while ids and ids[-1] != trigger.i and t.is_punct[ids[-1]] and _low(t, ids[-1]) not in _CLOSERS:
            ids.pop()  # "... in Cavite and Laguna[, due to the typhoon]": no comma left at the end
        if len(ids) > MAX_TOKENS:
            # then who the speaker is, before any word of what was said: "Nakano[, a 20-year-old
            # from Tokyo,] said", "[Public Enterprises Minister] Stella Sigcau told"
            ids = _speaker_named_only(ids, trigger, t, quoted)
    return _fit(ids, trigger, t, quoted) if len(ids) > MAX_TOKENS else ids


_QUOTE_MARKS = frozenset({'"', "“", "”", "'", "‘", "’", "``", "''"})


def _speaker_named_only(ids: list[int], trigger, t: DocTables, quoted: Sequence[bool] | None) -> list[int]:
    """``ids`` with the speaker told by name alone: without the apposition set off by commas that
    describes a named speaker, the title written before the name ("State Department spokesman
    Nicholas Burns": "Nicholas Burns"), or the description that a name in apposition follows
    ("Former deputy prosecutor at the tribunal, Graham Blewitt,": "Graham Blewitt")."""
    subject = first_child(trigger, ("nsubj", "nsubjpass"))
    if subject is None or quoted is not None and quoted[subject.idx]:
        return ids
    kept = set(ids)
    sub = subtree_indices(subject)
    if not kept.issuperset(sub) or sub[-1] - sub[0] + 1 != len(sub):
        return ids
    doc = trigger.doc
    names = [c for c in children_with(subject, ("appos",)) if c.ent_type_ == "PERSON" and c.i > subject.i]
    if subject.pos_ == "NOUN" and len(names) == 1:
        name = subtree_indices(names[0])
        drop = {i for i in sub if i not in name and _low(t, i) not in _QUOTE_MARKS}
        return [i for i in ids if i not in drop]
    if subject.pos_ != "PROPN":
        return ids
    drop = set()
    for c in children_with(subject, ("appos",)):
        if c.i > subject.i and c.ent_type_ != "PERSON":  # (a name: maybe someone else)
            span = subtree_indices(c)
            after = _low(t, span[-1] + 1) if span[-1] + 1 < len(t.idx) else ""
            if not _closed(span, t) or after in _CLOSERS and after not in _QUOTE_MARKS:
                continue  # ("spokesman of the party (BJP, Indian People's Party)": no bracket left open)
            if _word_goes_on(t, span[0], span[-1]):
                continue  # ("Art Samson, senior vice[-president]": no part of a word)
            if span[0] > 0 and _low(t, span[0] - 1) == ",":
                drop.update(span)
                drop.add(span[0] - 1)
                if span[-1] + 1 in kept and _low(t, span[-1] + 1) == ",":
                    drop.add(span[-1] + 1)
    ent = next((e for e in doc.ents if e.start <= subject.i < e.end), None)
    if ent is not None and ent.label_ == "PERSON" and sub[0] < ent.start:
        before = [i for i in range(sub[0], ent.start) if _low(t, i) not in _QUOTE_MARKS]
        if all(t.deps[i] in ("compound", "amod", "det", "poss", "case", "punct", "nmod") for i in before):
            drop.update(before)  # (a title written before the name; a quotation's closing mark stays)
    return [i for i in ids if i not in drop] if drop else ids


def _fit(ids: list[int], trigger, t: DocTables, quoted: Sequence[bool] | None) -> list[int]:
    """``ids`` with whole asides left out, least needed first, until they fit the cap; as they
    were when no choice of asides gets there (the caller then cuts inside a phrase)."""
    ti = trigger.i
    kept = set(ids)
    rank = sorted(found for i in ids if (found := _aside(i, trigger, t, kept, quoted)) is not None)
    out = set(ids)
    for _cls, _neg, first, last in rank:
        if len(out) <= MAX_TOKENS:
            break
        span = set(range(first, last + 1))
        if not span <= out:
            continue
        out -= span
        closing = last + 1 in out and _low(t, last + 1) == ","
        if first - 1 in out and _low(t, first - 1) == ",":
            out.discard(first - 1)
            if closing and not (last + 2 < len(t.idx) and t.deps[last + 2] in ("nsubj", "nsubjpass")):
                out.discard(last + 1)  # "UNICEF[, through CARITAS,] has provided", not "the lake[, a ...], he said"
        elif closing:
            out.discard(last + 1)  # "[In a separate address,] the president said"
    if len(out) > MAX_TOKENS:
        return ids
    fitted = [i for i in ids if i in out]
    while fitted and fitted[-1] != ti and (t.is_punct[fitted[-1]] or t.deps[fitted[-1]] in ("cc", "mark")):
        fitted.pop()
    return fitted


def _aside(
    i: int, trigger, t: DocTables, kept: set[int], quoted: Sequence[bool] | None
) -> tuple[int, int, int, int] | None:
    """(rank, -first, first, last) of the aside token ``i`` heads, when it may be left out of the
    summary of ``trigger``; else None."""
    ti = trigger.i
    dep, h = t.deps[i], t.heads[i]
    if i == ti or h == i:
        return None
    if h == ti and dep in ("prep", "advcl", "npadvmod") and _low(t, i) != "according":
        if dep == "advcl" and i < ti and is_speech(trigger) and not any(t.deps[j] == "mark" for j in t.children[i]):
            return None  # ("The hardest hit were ..., the minister said": what was said, no aside)
        cls = 0
    elif dep in _NOUN_ASIDES and t.pos[h] in ("NOUN", "PROPN") and i > h and (dep != "appos" or t.pos[i] == "NOUN"):
        cls = 1
    else:
        return None
    sub = subtree_indices(trigger.doc[i])
    first, last = sub[0], sub[-1]
    if ti in sub or not kept.issuperset(sub) or len(sub) != last - first + 1:
        return None
    if not any(t.is_alpha[j] for j in sub):
        return None  # ("9-0, 9-2, 9-1": a score in a list is no aside)
    before = _low(t, first - 1) if first > 0 else ""
    after = _low(t, last + 1) if last + 1 < len(t.idx) else ""
    if cls == 0 and i < ti:
        set_off = after == ","
    else:
        set_off = before == "," and (after in (",", ".", ";", "") or last + 1 not in kept)
    if not set_off or before in _BRACKETS or after in _BRACKETS or not _closed(sub, t):
        return None  # no bracket or quotation left half open
    if any(t.ents[j] in ("DATE", "TIME") for j in sub) and not (
        first > ti and any(t.ents[j] in ("DATE", "TIME") for j in kept if ti < j < first)
    ):
        return None  # when it happened stays (not "in 2001, following years of raids")
    if quoted is not None and any(quoted[t.idx[j]] for j in sub):
        return None
    return cls, -first, first, last


def _word_goes_on(t: DocTables, first: int, last: int) -> bool:
    """Does a word written across the edge of tokens ``first``..``last`` go on outside them (a
    hyphen or a letter written against either end: "vice" of "vice-president")?"""
    text = t.text
    start, end = t.idx[first], t.ends[last]
    return (start > 0 and (text[start - 1].isalnum() or text[start - 1] in _HYPHENS)) or (
        end < len(text) and (text[end].isalnum() or text[end] in _HYPHENS)
    )


_PAIRS = (("(", ")"), ("[", "]"), ("{", "}"), ("“", "”"), ("‘", "’"))


def _brackets_paired(keep: set[int], sent, t: DocTables) -> None:
    """A bracket is kept with its partner: one whose partner a left-out phrase took ("An armed conflict
    [led by the Front for the Liberation of Cabinda (FLEC]) has occurred": the ")" hung on the subject)
    goes too, unless words between the two are kept, when the partner comes back ("the militia (HVO)")."""
    if "(" not in t.text[t.idx[sent.start] : t.ends[sent.end - 1]]:
        return  # (most sentences: no token looked at)
    opened: list[int] = []
    for i in range(sent.start, sent.end):
        word = _low(t, i)
        if word == "(":
            opened.append(i)
        elif word == ")" and opened:
            o = opened.pop()
            if (o in keep) == (i in keep):
                continue
            if any(j in keep for j in range(o + 1, i)):
                keep.update((o, i))
            else:
                keep.discard(o)
                keep.discard(i)


def _closed(span: Sequence[int], t: DocTables) -> bool:
    """Does every bracket, quotation mark or dash the span holds close inside it ("a former officer
    in the militia (HVO)", "a 20-year-old from Tokyo": a hyphen inside a word is no dash)?"""
    words = [_low(t, j) for j in span if _low(t, j) in _BRACKETS]
    if not words:
        return True
    inner = [
        j
        for j in span
        if _low(t, j) in _HYPHENS and _glued(t, j) and j + 1 < len(t.idx) and _glued(t, j + 1) and j + 1 in span
    ]
    inner += [j for j in span if t.deps[j] == "case"]  # ("the Philippines' insurgency": a possessive)
    words = [_low(t, j) for j in span if _low(t, j) in _BRACKETS and j not in inner]
    if any(words.count(a) != words.count(b) for a, b in _PAIRS):
        return False
    return words.count('"') % 2 == 0 and words.count("'") == 0 and sum(w in _DASHES for w in words) % 2 == 0


def _hyphen_words(ids: list[int], t: DocTables, ti: int) -> list[int]:
    """A word the tokenizer split at its hyphens ("3-0", "better-than-expected") is whole or absent:
    the parser may hang its end on another verb ("Japan powered to victory, while Thailand beat
    Tajikistan 3-0" gave "Japan powered to victory, -0" and "Thailand beat Tajikistan 3")."""
    # ``joint`` below is true only beside a hyphen: with none from the word before the first kept
    # token to the one after the last (most summaries), every word is one token and stays as it is
    hyphens = _hyphen_tokens(t)
    k = bisect.bisect_left(hyphens, ids[0] - 1) if ids else len(hyphens)
    if k == len(hyphens) or hyphens[k] > ids[-1] + 1:
        return ids
    kept = set(ids)
    out = set(ids)
    n = len(t.idx)
    text, idx = t.text, t.idx

    def joint(i: int) -> bool:  # tokens i - 1 and i are one word
        if not 0 < i < n:
            return False
        start = idx[i]  # (_glued, written out: asked for every word of every summary)
        if start == 0 or text[start - 1].isspace():
            return False
        return _low(t, i) in _HYPHENS or _low(t, i - 1) in _HYPHENS

    seen: set[int] = set()
    for i in ids:
        if i in seen:
            continue
        lo = hi = i
        while joint(lo):
            lo -= 1
        while joint(hi + 1):
            hi += 1
        word = range(lo, hi + 1)
        seen.update(word)
        if lo in kept or ti in word or hi in kept and t.is_alpha[hi]:  # "neo-Nazis", not "-0"
            out.update(word)
        else:
            out.difference_update(word)
    return sorted(out) if out != kept else ids


def _hyphen_tokens(t: DocTables) -> list[int]:
    """The indices of the Doc's hyphen and en-dash tokens (of ``_HYPHENS``), in order, found once per
    Doc (kept in its tables' memo, which lives and dies with the Doc)."""
    found = t.memo.get("summaries.hyphens")
    if found is None:
        found = t.memo["summaries.hyphens"] = [i for i, w in enumerate(lower_texts(t)) if w in _HYPHENS]
    return found


def _what_was_said(trigger, quoted: Sequence[bool] | None, keep: set[int]) -> None:
    """A speech verb's summary keeps the clause it reports (a quotation whole, never clipped)."""
    said = children_with(trigger, ("ccomp", "parataxis")) + misplaced_content(trigger)
    head = trigger.head
    if (
        trigger.dep_ == "parataxis"
        and quoted is not None
        and head.i < trigger.i
        and quoted[head.idx]
        and not any(c.i > trigger.i for c in children_with(trigger, ("ccomp", "parataxis")))
    ):
        # '"A witness should be fair" he said': the parser hung the verb on the quotation it tells
        said.append(head)
    elif _said_after_its_content(trigger):
        # "The blockade was costly to both countries, the foreign minister said": the same, unquoted
        said.append(head)
    else:
        # "The hardest hit were the X regions, where ..., the minister said": the content read as
        # the speaker's subject or a clause of the verb's, all before the comma that opens the speaker
        keep.update(_content_before_speaker(trigger, quoted))
    for child in said:
        if quoted is not None and quoted[child.idx]:
            keep.update(c.i for c in child.subtree)
        else:
            keep.update(clause_indices(child))
            _complements(child, keep)
            for cond in _conditions(child):
                # "argues that if the plant closes, the deal will be void": what was said holds
                # only under its condition ("argues that, the deal will be void" said otherwise)
                keep.update(clause_indices(cond))
                _complements(cond, keep)
            for held in _held(child):
                # "said Wednesday he believes the vote was rigged": the belief with what it holds
                keep.update(clause_indices(held))
                _complements(held, keep)


def _said_after_its_content(trigger) -> bool:
    """Is a speech verb set off after the clause it reports, the parser having hung it on that clause
    ("The blockade was costly to both countries, Cuba's foreign minister said, referring to ...")?
    Only when it reports nothing else and a comma ends the clause before the speaker."""
    head = trigger.head
    if trigger.dep_ != "parataxis" or head.i >= trigger.i or head.pos_ not in ("VERB", "AUX"):
        return False
    if any_child(trigger, ("ccomp", "parataxis", "xcomp")):
        return False
    start = next(x.i for x in trigger.subtree if not x.is_punct)  # (the comma may hang on the verb)
    return start > head.i and trigger.doc[start - 1].text == ","


_SPEAKER_WORDS = frozenset({"DET", "PROPN", "NOUN", "ADJ", "PART", "PUNCT", "AUX", "ADV", "NUM"})
_SPEAKER_CAP = 12


def _content_before_speaker(trigger, quoted: Sequence[bool] | None) -> range:
    """The words a speech verb set off after its content reports when the parser read that content as
    something else (the speaker's subject swallowing it, "US industrial output expanded ..., the
    Federal Reserve said"; a clause of the verb's, "The hardest hit were ..., Onishchenko said"; the
    speaker an apposition of a quoted question, '"What is there to lose," a diplomat asked'):
    everything from the sentence's start to the speaker's phrase, when the verb reports nothing
    after it, that phrase is a few words after a comma with no verb of its own, and the stretch
    before holds a tensed verb and is a quotation whole or none. Empty otherwise."""
    if trigger.dep_ not in ("ROOT", "acl", "relcl") or any(
        c.dep_ in ("ccomp", "parataxis", "xcomp") or c.dep_ == "dobj" and not addressed(trigger)
        for c in trigger.children
    ):
        return range(0)  # ("..., and the Taliban claimed responsibility": what was claimed is its object)
    doc, start = trigger.doc, sentence_bounds(trigger)[0]
    comma = trigger.i - 1
    while comma > start and trigger.i - comma <= _SPEAKER_CAP and doc[comma].text != ",":
        if doc[comma].pos_ not in _SPEAKER_WORDS:
            return range(0)
        comma -= 1
    speaker = comma + 1
    while speaker < trigger.i and doc[speaker].is_punct:
        speaker += 1  # (the closing quotation mark after the comma goes with what was said)
    if doc[comma].text != "," or comma - start < 4 or speaker == trigger.i:
        return range(0)
    if trigger.dep_ == "ROOT":
        if not any(speaker <= c.i < trigger.i for c in children_with(trigger, ("nsubj",))):
            return range(0)
    elif not speaker <= trigger.head.i < trigger.i or quoted is None or not quoted[doc[start].idx]:
        return range(0)  # (a participle of a noun: only the speaker of a quotation)
    first = doc[start]
    if first.dep_ == "mark" or first.pos_ == "SCONJ" or first.lower_ in _WH_OPENERS:
        return range(0)  # ("As the talks opened, he said": the time of the saying)
    if quoted is not None and len({quoted[doc[i].idx] for i in range(start, comma) if doc[i].is_alpha}) > 1:
        return range(0)  # (half a quotation)
    if not any(doc[i].tag_ in _FINITE for i in range(start, comma)):
        return range(0)
    return range(start, speaker)


def _conditions(clause) -> list:
    """The conditions a reported clause is said under ("[if the talks fail,] the strike will go ahead")."""
    return [
        c
        for c in clause.children
        if c.dep_ == "advcl" and any(m.lower_ in ("if", "unless") for m in children_with(c, ("mark",)))
    ]


# Verbs of belief: told under a verb of saying, what they hold is what was said.
_BELIEF = frozenset("believe think feel hope fear expect suspect know understand doubt".split())


def _held(verb) -> list:
    """The clauses a verb of belief holds ("he believes [the vote was rigged]"), or a "that"
    clause of any verb ("China holds [that the expansion should give priority to ...]", Wang
    noted): what was said is in it, and the verb alone ("China holds") says nothing."""
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    belief = verb.lemma_.lower() in _BELIEF
    return [
        c
        for c in verb.children
        if c.dep_ == "ccomp"
        and c.i > verb.i
        and (belief or any(m.lower_ == "that" for m in children_with(c, ("mark",))))
    ]


def _told_by_noun(ids: list[int], trigger, subst: dict[int, str], t: DocTables) -> list[int]:
    """A relative clause told as a clause of its own: the relative pronoun that is its subject
    goes ("Priebke, who was extradited in 1995": "Priebke was extradited in 1995"), "whose" is
    the noun's ("whose campaign": "the opposition's campaign", written into ``subst``)."""
    relative = _relative_subject(trigger)
    if relative is None:
        host = _relative_host(trigger)
        relative = _relative_subject(host) if host is not None else None
    if relative is None:
        relative = _whose_noun(trigger)
    if relative is None or relative[0] not in ids:
        return ids
    pronoun, antecedent = relative
    if antecedent is not None:
        subst[pronoun] = antecedent
        return ids
    return [i for k, i in enumerate(ids) if i != pronoun and not (_next(ids, k) == pronoun and _low(t, i) == ",")]


def _whose_noun(trigger) -> tuple[int, str | None] | None:
    """(the "whose", what replaces it) for an event noun told by "whose" as the subject of a relative
    clause ("the schemes, whose collapse sparked unrest": "the schemes' collapse"), as the clause's
    own summary tells it; None otherwise."""
    if trigger.pos_ != "NOUN" or trigger.dep_ not in ("nsubj", "nsubjpass") or trigger.head.dep_ != "relcl":
        return None
    whose = next((c for c in children_with(trigger, ("poss",)) if c.lower_ == "whose"), None)
    if whose is None:
        return None
    relative = _relative_subject(trigger.head)
    return relative if relative is not None and relative[0] == whose.i and relative[1] is not None else None


# How a trigger hangs inside the relative clause whose summary it widens to: "a boat that sank
# [after colliding]", "the group, whose militants formed the government [after winning]".
_INSIDE_CLAUSE = frozenset({"advcl", "pcomp", "prep", "xcomp", "conj"})


def _relative_host(trigger):
    """The verb of the relative clause a trigger is told inside (a phrase or clause of that verb, one
    to three steps down: "a boat that sank [after colliding with a warship]"), whose relative word is
    its subject; None for a trigger that is a relative clause itself, or told outside one."""
    if trigger.dep_ == "relcl" or trigger.pos_ not in ("VERB", "AUX"):
        return None
    tok = trigger
    for _ in range(3):
        if tok.dep_ not in _INSIDE_CLAUSE or tok.head.i == tok.i:
            return None
        if tok.dep_ == "conj" and tok is trigger:
            return None  # ("a boat that sank and [rescuers found]": a clause of its own)
        tok = tok.head
        if _joined_relative(tok) is not None:
            return tok  # "the senator, who has served and who is expected [to retire]"
        if tok.dep_ == "relcl" and tok.pos_ in ("VERB", "AUX"):
            subject = first_child(tok, ("nsubj", "nsubjpass"))
            return tok if subject is not None and subject.i < tok.i else None
    return None


def _denied_cleft(trigger, keep: set[int]) -> None:
    """A relative clause hung on the one the sentence says did not do it keeps the cleft that says
    so ("It was not the rebels who shelled the town", "It is the villagers, not party members, who
    attacked the office"), never "the rebels shelled the town"."""
    if trigger.dep_ != "relcl" or not denied_antecedent(trigger.head):
        return
    top = trigger.head.head if trigger.head.dep_ == "appos" else trigger.head
    if top.dep_ == "attr" and top.head.lemma_ == "be":
        keep.update(clause_indices(top.head))


def _relative_host_noun(trigger, keep: set[int]) -> None:
    """A summary widened to the relative clause its trigger is told inside, which opens on the
    relative word, keeps the noun that word stands for, as the clause's own summary does ("[a boat]
    that sank after colliding": "a boat sank after colliding"); not a "whose", told as the noun's."""
    host = _relative_host(trigger)
    if host is None or host.i not in keep:
        return
    subject = next(c for c in children_with(host, ("nsubj", "nsubjpass")))
    if subject.i not in keep or subject.lower_ not in _RELATIVE:
        return
    if _relative_subject(host) == (subject.i, None):
        keep.update(_own_or_joined_subject(host, [subject]))
    elif _restricted_noun(host, subject):
        keep.update(_noun_and_lefts(host.head))  # "[landslides] that buried homes, killing 40"


def _next(ids: Sequence[int], k: int) -> int | None:
    return ids[k + 1] if k + 1 < len(ids) else None


# Determiners of a noun that a relative clause restricts ("all people who had come into contact"):
# the clause says which, and without it the summary would say something else.
_QUANTIFIERS = frozenset("all any every each no some many most few several those these only".split())


def _object_put_back(ids: list[int], trigger, subst: dict[int, str], t: DocTables) -> list[int]:
    """A relative clause whose pronoun is its verb's object, told as a clause of its own: the
    noun goes back after the verb ("the bombings, which he described as appalling": "he described
    the bombings as appalling"; "the party which Vieira dismissed from government": "Vieira
    dismissed the party from government"), when the summary opens on the pronoun and the noun is
    short and sure."""
    if not ids or trigger.dep_ != "relcl" or trigger.pos_ not in ("VERB", "AUX") or ids[0] == trigger.i:
        return ids
    if zero_relative(trigger):
        _zero_object_put_back(ids, trigger, subst, t)
        return ids
    pronoun = trigger.doc[ids[0]]
    noun = trigger.head
    if pronoun.dep_ != "dobj" or pronoun.head.i != trigger.i or pronoun.lower_ not in ("which", "whom", "that"):
        return ids
    subject = first_child(trigger, ("nsubj",))
    if subject is None or not pronoun.i < subject.i < trigger.i or subject.lower_ in _RELATIVE:
        return ids
    if noun.pos_ not in ("NOUN", "PROPN"):
        return ids
    before = pronoun.i - 1 if t.text[t.idx[pronoun.i - 1] : t.ends[pronoun.i - 1]] != "," else pronoun.i - 2
    phrase = _outer_object(noun, pronoun, before, t)
    if phrase is None:
        if _uncertain_antecedent(noun, pronoun, trigger, agree=False):
            return ids
        if noun.dep_ == "pobj" and noun.head.head.pos_ in ("NOUN", "PROPN"):
            return ids  # "the Party for the Independence of Guinea (PAIGC) which X dismissed": which noun?
        if before != noun.i and not any(
            c.dep_ == "prep" and c.i > noun.i and _plain(c) and c.left_edge.i <= before <= c.right_edge.i
            for c in noun.children
        ):
            return ids  # "ministers Anatoly Chubais and Boris Nemtsov, whom Yeltsin brought": the names
        phrase = _phrase(noun, t)
        if phrase is None:
            return ids
    if phrase[:1].isupper() and t.pos[noun.left_edge.i] == "DET":
        phrase = phrase[0].lower() + phrase[1:]  # "The bombings" told after the verb: "the bombings"
    after = trigger.i
    for c in children_with(trigger, ("prt",)):
        if c.i == after + 1:
            after = c.i  # "which they called off": "they called off the match"
    if after not in ids or after in subst:
        return ids
    subst[after] = t.text[t.idx[after] : t.ends[after]] + " " + phrase
    return ids[1:]


def _zero_object_put_back(ids: list[int], trigger, subst: dict[int, str], t: DocTables) -> None:
    """A relative clause with no relative word whose object is the noun it hangs on, told as a
    clause of its own: the noun goes back after the verb ("the raid the army carried out on
    Tuesday": "the army carried out the raid on Tuesday"), when the summary opens on the clause's
    subject and the noun is short."""
    noun = trigger.head
    if ids[0] != noun.i + 1 or noun.pos_ != "NOUN" or noun.dep_ == "pobj" and noun.head.head.pos_ == "NOUN":
        return  # ("the leader of the party the army attacked": which noun?)
    phrase = _phrase(noun, t)
    if phrase is None:
        return
    if phrase[:1].isupper() and t.pos[noun.left_edge.i] == "DET":
        phrase = phrase[0].lower() + phrase[1:]
    after = trigger.i
    for c in children_with(trigger, ("prt",)):
        if c.i == after + 1:
            after = c.i  # "the raid the army carried out": "the army carried out the raid"
    if after in ids and after not in subst:
        subst[after] = t.text[t.idx[after] : t.ends[after]] + " " + phrase


# Endings of nouns for people ("leader", "governor", "journalist"), which a "which" does not tell of.
_PERSON_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "ee", "man", "men")


def _outer_object(noun, pronoun, before: int, t: DocTables) -> str | None:
    """The whole phrase a "which" object tells of when the parser hung its clause on the noun of a
    phrase inside it ("a slide in profits, which it blamed on": "it blamed a slide in profits on";
    "the killing of Smith, which she called": "she called the killing of Smith"): the verb reads
    right of the whole phrase whichever of its nouns is meant. None for a person's phrase ("the
    leader of the party, which": the party), a name, or a long or broken phrase."""
    if pronoun.lower_ not in ("which", "that") or noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return None
    outer = noun.head.head
    for _ in range(2):
        if outer.pos_ != "NOUN" or outer.lemma_.lower() in PEOPLE_NOUNS or outer.lower_.endswith(_PERSON_ENDINGS):
            return None
        if outer.dep_ == "pobj" and outer.head.dep_ == "prep" and outer.head.head.pos_ == "NOUN":
            outer = outer.head.head  # "a slide in profits at the firm, which": the slide
        else:
            break
    ids = list(range(outer.left_edge.i, before + 1))
    own = {x.i for x in outer.subtree} - {x.i for x in pronoun.head.subtree}
    if len(ids) > 9 or any(i not in own or t.is_punct[i] and not _glued(t, i) for i in ids):
        return None
    phrase = _join(ids, t)
    if phrase[:1].isupper() and t.pos[ids[0]] == "DET":
        phrase = phrase[0].lower() + phrase[1:]
    return phrase


def _object_said_put_back(ids: list[int], trigger, subst: dict[int, str], t: DocTables) -> list[int]:
    """A relative pronoun that is the object of a verb told in what is said or believed of it
    ("a town which the rebels said they had seized", the parser hanging "which" on the saying or
    on the verb): the noun goes back after the verb ("the rebels had seized the town"), as in the
    clause told with no saying ("the bridge that the army built": "the army built the bridge");
    the noun of an apposition is the name it describes ("Kindu, a town which": Kindu)."""
    if not ids or trigger.dep_ != "ccomp" or trigger.pos_ != "VERB" or trigger.i not in ids:
        return ids
    head = trigger.head
    if head.dep_ != "relcl" or not (is_speech(head) or head.lemma_.lower() in _BELIEF):
        return ids
    pronoun = next(
        (c for c in (*head.children, *trigger.children) if c.dep_ == "dobj" and c.i < head.i),
        None,
    )
    if pronoun is None or pronoun.lower_ not in ("which", "whom", "that"):
        return ids
    if any(c.i not in (trigger.i, pronoun.i) for c in children_with(head, ("ccomp", "dobj", "xcomp"))):
        return ids  # ("which he told them ...": the saying has what it says of its own)
    kids = [c for c in trigger.children if c.i != pronoun.i]
    if any(c.dep_ in _NO_ROOM_FOR_OBJECT for c in kids):
        return ids
    subject = next((c for c in kids if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ in _RELATIVE or not head.i < subject.i < trigger.i:
        return ids
    if any(c.dep_ == "prep" and not any_child(c, ("pobj",)) for c in kids):
        return ids  # ("which they said they had fired on": the object goes after "on", not the verb)
    noun = head.head
    if noun.pos_ not in ("NOUN", "PROPN") or _uncertain_antecedent(noun, pronoun, head, agree=False):
        return ids
    before = pronoun.i - 1 if t.text[t.idx[pronoun.i - 1] : t.ends[pronoun.i - 1]] != "," else pronoun.i - 2
    if before != noun.i:
        return ids  # (the noun right before the pronoun only)
    if noun.dep_ == "appos" and noun.head.pos_ == "PROPN" and noun.head.i < noun.i:
        noun = noun.head  # "Kindu, a town which": Kindu
    elif noun.dep_ == "pobj" and noun.head.head.pos_ in ("NOUN", "PROPN"):
        return ids  # (which noun is meant?)
    phrase = _phrase(noun, t)
    if phrase is None:
        return ids
    if phrase[:1].isupper() and t.pos[noun.left_edge.i] == "DET":
        phrase = phrase[0].lower() + phrase[1:]
    after = trigger.i
    for c in kids:
        if c.dep_ == "prt" and c.i == after + 1:
            after = c.i
    if after not in ids or after in subst:
        return ids
    subst[after] = t.text[t.idx[after] : t.ends[after]] + " " + phrase
    return [i for i in ids if i != pronoun.i]


# A verb with any of these has its object, or is told of its subject with none.
_NO_ROOM_FOR_OBJECT = frozenset("dobj dative ccomp xcomp attr acomp oprd auxpass nsubjpass csubj expl agent".split())


# Prepositions left without their object at the end of a verb ("spat on and insulted the team").
_STRANDED = frozenset("on at into upon with about for against to from onto".split())


def _shared_object(ids: list[int], trigger, subst: dict[int, str], t: DocTables) -> None:
    """A verb ending on its particle whose object the next verb of the pair shares: "fans spat on
    and insulted the team" is "fans spat on the team", not "fans spat on"."""
    if not ids or trigger.pos_ != "VERB":
        return
    if any_child(trigger, ("dobj", "ccomp", "xcomp", "auxpass", "nsubjpass")):
        return  # ("was informed about and expressed his support for": not about the support)
    last = ids[-1]
    if t.deps[last] not in ("prt", "prep") or t.heads[last] != trigger.i or t.children[last]:
        return
    if _low(t, last) not in _STRANDED:
        return  # ("rounded up and questioned": "up" asks for no object)
    nxt = last + 1
    if nxt >= len(t.deps) or t.deps[nxt] != "cc" or t.heads[nxt] != trigger.i:
        return
    other = next((c for c in children_with(trigger, ("conj",)) if c.i == nxt + 1 and c.pos_ == "VERB"), None)
    obj = None if other is None else first_child(other, ("dobj",))
    if obj is None or last in subst:
        return
    phrase = _phrase(obj, t)
    if phrase is not None:
        subst[last] = t.text[t.idx[last] : t.ends[last]] + " " + phrase


# Marks that set off a second verb sharing the first one's object: "hosted - and won - the Cup".
_ASIDE_MARKS = frozenset({"-", "--", ","})


def _object_set_off(ids: list[int], trigger, subst: dict[int, str], t: DocTables) -> list[int]:
    """A verb ending its summary whose object a second verb, set off by dashes or commas, shares:
    "Australia hosted - and won - the first World Cup in 1987" is "Australia hosted the first World
    Cup" (not "Australia hosted"); with no marks the first verb may have no object ("the rebels fled
    and burned the village"). The second verb's summary goes without the mark after it ("Australia
    won the first World Cup in 1987", not "won - the")."""
    if ids and trigger.dep_ == "conj" and trigger.i + 1 in ids and trigger.i >= 3:
        i, mark = trigger.head.i, trigger.i + 1
        if i == trigger.i - 3 and _sets_off(i, t) and not any(t.deps[c] == "dobj" for c in t.children[i]):
            return [j for j in ids if j != mark]
    if not ids or trigger.pos_ != "VERB" or ids[-1] != trigger.i or trigger.i in subst:
        return ids
    if any_child(trigger, ("dobj", "ccomp", "xcomp", "auxpass", "nsubjpass", "prt")):
        return ids
    i = trigger.i
    if not _sets_off(i, t):
        return ids
    other, mark = i + 3, i + 4
    if t.heads[other] != i or t.deps[other] != "conj" or t.pos[other] != "VERB":
        return ids
    obj = next((c for c in t.children[other] if t.deps[c] == "dobj" and c == mark + 1 + _det_len(c, t)), None)
    phrase = None if obj is None else _phrase(trigger.doc[obj], t)
    if phrase is not None:
        subst[i] = t.text[t.idx[i] : t.ends[i]] + " " + phrase
    return ids


def _sets_off(i: int, t: DocTables) -> bool:
    """Does a second word follow word ``i`` between the same two marks ("hosted - and won - the
    Cup", "hosted, and won, the Cup"): a mark, a conjunction, the word, the mark again?"""
    if i + 4 >= len(t.deps):
        return False
    mark = t.text[t.idx[i + 1] : t.ends[i + 1]]
    return mark in _ASIDE_MARKS and t.deps[i + 2] == "cc" and t.text[t.idx[i + 4] : t.ends[i + 4]] == mark


def _det_len(noun: int, t: DocTables) -> int:
    """How many words of the noun's phrase stand before it."""
    return noun - min([noun, *(c for c in t.children[noun] if c < noun)])


def _uncertain_antecedent(noun, pronoun, clause, *, agree: bool = True) -> bool:
    """Could the relative pronoun stand for another noun than the one the parser gave it? A name
    in a phrase of the noun right before it ("controversy for Washington, which backed",
    "the bombing in Pyatigorsk, which killed"), or a verb whose number is not the noun's ("the
    ban on US companies, which was announced")."""
    before = pronoun.i - 1
    if before >= 0 and noun.doc[before].text == ",":
        before -= 1
    if before > noun.i:
        tok = noun.doc[before]
        while tok.i != noun.i and tok.head.i != tok.i:
            if tok.dep_ == "pobj" and tok.pos_ == "PROPN":
                return True  # "a blow to Likud, which won 38 seats": Likud, not the blow
            tok = tok.head
    prep = noun.head.lower_ if noun.dep_ == "pobj" else ""
    if (
        prep in ("in", "at", "near")
        and (noun.head.head.pos_ == "NOUN" or noun.ent_type_ in ("GPE", "LOC", "FAC", "DATE", "TIME"))
        or prep in ("in", "on")
        and noun.ent_type_ in ("DATE", "TIME")
    ):
        return True  # "the bombing in Pyatigorsk, which killed two", "a bombing on March 21 which": the bombing
    if not agree:
        return False  # (an object's clause agrees with its own subject, not with the noun)
    verbs = [clause, *(c for c in children_with(clause, ("aux", "auxpass")))]
    singular = any(v.tag_ == "VBZ" or v.lower_ == "was" for v in verbs)
    plural = any(v.tag_ == "VBP" or v.lower_ == "were" for v in verbs)
    many = (
        noun.tag_ in ("NNS", "NNPS")
        or any_child(noun, ("conj",))
        or noun.pos_ == "NUM"
        and noun.lower_ not in ("one", "1")  # "the seven, who were"
    )
    return singular and many or plural and not many


_PLACE_OR_TIME = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME"})


def _outer_antecedent(clause) -> list[int] | None:
    """The words of the noun phrase a relative clause opening on "which/that/who" tells of, when
    the parser hung it on a place or a time inside that phrase: "the attack in Kharkiv, [which
    killed three people]" is the attack's, "the tax on foreign banks in the capital, [which was
    announced]" the tax's (the first noun up the phrase whose number agrees with the verb), "the
    budget for 2004-05 [which is to be approved]" and "a reform programme in 1995, [which
    culminated]" the budget's and the programme's (a time hung on the verb before it). None when
    the parser's noun may be meant, or when the phrase is long."""
    subject = first_child(clause, ("nsubj", "nsubjpass"))
    if subject is None or subject.lower_ not in ("which", "that", "who") or subject.i > clause.i:
        return None
    doc = clause.doc
    inner = clause.head
    timed = inner.ent_type_ in ("DATE", "TIME") or inner.pos_ == "NUM"
    verbs = [clause, *(c for c in children_with(clause, ("aux", "auxpass")))]
    singular = any(v.tag_ == "VBZ" or v.lower_ == "was" for v in verbs)
    plural = any(v.tag_ == "VBP" or v.lower_ == "were" for v in verbs)
    # "the ban on foreign cars, which was lifted": a noun whose number is not the verb's is not
    # what the pronoun stands for either
    inner_many = inner.tag_ in ("NNS", "NNPS") and not any_child(inner, ("conj",))
    disagrees = inner.pos_ != "NUM" and (singular and inner_many or plural and inner.tag_ in ("NN", "NNP"))
    if inner.pos_ not in ("NOUN", "PROPN", "NUM") or not (timed or inner.ent_type_ in _PLACE_OR_TIME or disagrees):
        return None
    if subject.lower_ == "who" and not disagrees:
        return None  # (a person is no place or time: "who" after one is the parser's noun's or unsure)
    end = subject.i - 1
    if end >= 0 and doc[end].text == ",":
        end -= 1
    own = {x.i for x in inner.subtree} - {x.i for x in clause.subtree}
    if not timed and not all(i in own for i in range(inner.i, end + 1)):
        return None
    outer = None
    tok = inner
    while tok.dep_ in ("pobj", "prep") and tok.head.i != tok.i:
        tok = tok.head
        if tok.dep_ == "prep" or tok.pos_ not in ("NOUN", "PROPN") or tok.ent_type_ in _PLACE_OR_TIME:
            continue
        many = tok.tag_ in ("NNS", "NNPS")
        if singular and many or plural and not many:
            continue  # "the ban on US companies in Burma, which was": the ban
        outer = tok
        break
    if outer is None and timed:
        # "drew up the budget [for 2004-05] which": a time the parser hung on the verb, after a noun
        prep = doc[inner.left_edge.i - 1] if inner.left_edge.i > 0 else None
        before = doc[prep.i - 1] if prep is not None and prep.dep_ == "prep" and prep.i > 0 else None
        if before is None or before.pos_ not in ("NOUN", "PROPN") or before.ent_type_ in _PLACE_OR_TIME:
            return None
        if before.right_edge.i != before.i or before.dep_ not in ("dobj", "nsubj", "nsubjpass", "pobj"):
            return None
        outer, end = before, before.i
    if outer is None:
        return None
    ids = list(range(outer.left_edge.i, end + 1))
    if len(ids) > 10 or any(doc[i].is_punct and doc[i].text not in ("-", "'") for i in ids):
        return None
    return ids


# Clauses the parser may make of a relative clause it did not hang on its noun
_MISHUNG = frozenset({"ccomp", "advcl", "conj"})
# Prepositions that hang a time on a noun: "an attack in 2000", "the vote on Monday"
_TIME_PREPOSITIONS = frozenset({"in", "on", "at", "during"})


def _timed_antecedent(clause) -> list[int] | None:
    """The words of the noun phrase a "that/which" subject stands for when the parser hung its clause
    on the sentence's verb and the noun is told with a time right before the pronoun ("an armed
    attack in 2000 [that injured 15 people]", "a mortar attack Friday [that killed four children]":
    a time is not what injures or kills): the noun with the words before it, up to the pronoun;
    None otherwise."""
    if clause.dep_ not in _MISHUNG or clause.pos_ not in ("VERB", "AUX") or clause.head.i > clause.i:
        return None
    subject = first_child(clause, ("nsubj", "nsubjpass"))
    if subject is None or subject.lower_ not in ("which", "that") or subject.i != clause.left_edge.i:
        return None
    doc = clause.doc
    k = subject.i - 1
    if k < 1 or doc[k].ent_type_ not in ("DATE", "TIME"):
        return None
    k = entity_start(doc, k) - 1
    if k >= 0 and doc[k].lower_ in _TIME_PREPOSITIONS:
        k -= 1
    noun = doc[k] if k >= 0 else None
    if noun is None or noun.pos_ not in ("NOUN", "PROPN") or noun.ent_type_ in _PLACE_OR_TIME or noun.head.i > clause.i:
        return None
    up = noun.head.head if noun.dep_ == "pobj" else noun.head
    if up.i == clause.head.i and (is_speech(up) or addressed(up)):
        return None  # "told the board on Friday [that] was untrue": what was told, "that" its subject
    verbs = [clause, *(c for c in children_with(clause, ("aux", "auxpass")))]
    many = noun.tag_ in ("NNS", "NNPS")
    if (
        any(v.tag_ == "VBZ" or v.lower_ == "was" for v in verbs)
        and many
        or any(v.tag_ == "VBP" or v.lower_ == "were" for v in verbs)
        and not many
    ):
        return None
    ids = sorted({*_noun_and_lefts(noun), *range(noun.i, subject.i)})
    if ids[-1] - ids[0] + 1 != len(ids) or len(ids) > 10 or any(doc[i].is_punct and doc[i].text != "-" for i in ids):
        return None
    return ids


def _relative_above(trigger):
    """(the relative clause's verb, the relative pronoun) for a trigger told inside a relative clause
    whose relative word is its subject, one or two verbs up: through what is said or believed
    ("the party, which he said was drifting", "Mund, who prosecutors say stole") or an adjective
    ("the budget, which is likely to be revised"); None when the trigger has a subject of its own
    or the relative word is not before it."""
    clause, steps = trigger, []
    while clause.dep_ != "relcl":
        head = clause.head
        if len(steps) == 3 or head.i == clause.i or clause.dep_ not in ("xcomp", "ccomp", "acomp"):
            return None
        if clause.dep_ == "ccomp" and not (is_speech(head) or head.lemma_.lower() in _BELIEF):
            return None
        steps.append(clause)
        clause = head
    subjects = children_with(clause, ("nsubj", "nsubjpass"))
    if not steps or len(subjects) == 1 and all(s.dep_ == "xcomp" and s.head.pos_ in ("VERB", "AUX") for s in steps):
        return None  # (a relative clause itself, or "who is expected to": told as one clause)
    if any(c.lower_ not in _RELATIVE for c in children_with(trigger, ("nsubj", "nsubjpass"))):
        return None  # "which police said the gunmen had attacked": the gunmen did
    tok = clause.head
    while tok.dep_ in ("pobj", "prep", "agent", "compound", "conj") and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ in ("acl", "appos"):
        return None  # "the panel -- experts headed by James Baker -- which is due to": the panel
    for verb in (*steps, clause):
        for c in children_with(verb, ("nsubj", "nsubjpass")):
            if c.lower_ in _RELATIVE and c.i < trigger.i:
                return None if _after_aside(c) else (clause, c)
    return None


_DASH_WORDS = frozenset({"-", "--", "—", "–"})


def _after_aside(pronoun) -> bool:
    """Whether the relative word follows an aside that closes right before it ("the panel -- experts
    headed by James Baker -- which": the panel's, not Baker's); not a dash that opens its own aside
    ("Mottaki -- who was due to arrive")."""
    doc = pronoun.doc
    before = doc[pronoun.i - 1].text if pronoun.i > 0 else ""
    if before in (")", "]"):
        return True
    if before not in _DASH_WORDS:
        return False
    start = sentence_bounds(pronoun)[0]
    return sum(doc[i].text in _DASH_WORDS for i in range(start, pronoun.i)) % 2 == 0


def _joined_relative(verb):
    """The relative word that opens the second of two relative clauses joined by "and" ("the senator,
    who has served three terms and [who] is expected to retire"), the subject of ``verb``; None when
    ``verb`` is not such a clause."""
    if verb.dep_ != "conj" or verb.head.dep_ != "relcl" or verb.pos_ not in ("VERB", "AUX"):
        return None
    own = first_child(verb, ("nsubj", "nsubjpass"))
    first = first_child(verb.head, ("nsubj", "nsubjpass"))
    if own is None or first is None or own.lower_ not in _RELATIVE or first.lower_ not in _RELATIVE:
        return None
    return own if first.i < verb.head.i < own.i < verb.i else None


def _relative_subject(trigger) -> tuple[int, str | None] | None:
    """The relative pronoun that is the subject of the trigger's clause (or of the clause whose
    infinitive the trigger is: "which is to be approved"), when the summary tells its noun: the
    pronoun with None (it goes: "Priebke, who was extradited" -> "Priebke was extradited"), or
    "whose" with what replaces it ("the opposition's"). None for a clause that says which of its
    noun is meant ("all people who had come", "countries which have signed")."""
    clause = trigger
    above = _relative_above(trigger) if trigger.dep_ != "relcl" else None
    if above is not None:
        clause = above[0]  # ("the party, which he said was drifting": the party's clause)
    while clause.dep_ == "xcomp" and clause.head.i != clause.i and clause.head.pos_ in ("VERB", "AUX"):
        clause = clause.head
    if above is None and clause.dep_ in _MISHUNG and _timed_antecedent(clause) is not None:
        return next(c for c in children_with(clause, ("nsubj", "nsubjpass"))).i, None
    joined = _joined_relative(clause) if above is None else None
    if joined is not None:
        # "the senator, who has served three terms and [who is expected to retire]": as the first's
        first = _relative_subject(clause.head)
        return None if first is None or first[1] is not None else (joined.i, None)
    if clause.dep_ == "relcl" and (_outer_antecedent(clause) is not None or _measured_noun(clause) is not None):
        subject = above[1] if above is not None else first_child(clause, ("nsubj", "nsubjpass"))
        return None if subject is None else (subject.i, None)
    if clause.dep_ != "relcl" or not _antecedent_word(clause) or denied_antecedent(clause.head):
        return None  # (not "It was not the rebels who shelled the town": "the rebels shelled")
    noun = clause.head
    if above is not None:
        subject = above[1]
    else:
        subject = first_child(clause, ("nsubj", "nsubjpass"))
    if subject is None:
        return None
    whose = next((c for c in children_with(subject, ("poss",)) if c.lower_ == "whose"), None)
    pronoun = whose if whose is not None else subject
    if whose is None and subject.lower_ not in _RELATIVE:
        return None
    doc = noun.doc
    aside = pronoun.i > 0 and doc[pronoun.i - 1].text == ","  # "Priebke, who ...": not which Priebke
    if whose is None and _uncertain_antecedent(noun, pronoun, trigger if above is not None else clause):
        return None
    if _says_which(noun, aside):
        return None  # "all people who", "countries which": the clause says which
    if whose is None:
        return pronoun.i, None
    ids = sorted(_noun_and_lefts(noun))
    if ids[-1] - ids[0] + 1 != len(ids) or len(ids) > 6:
        return None
    t = tables(doc)
    name = _join(ids, t)
    return pronoun.i, name + ("'" if name.endswith("s") and noun.tag_ in ("NNS", "NNPS") else "'s")


def _what_a_noun_intends(noun, keep: set[int]) -> None:
    """An event noun told alone is told with the infinitive that says what it is for: "President
    Bill Clinton's 1995 decision to normalize relations with Vietnam", not just "... decision"."""
    if noun.pos_ != "NOUN":
        return
    for child in children_with(noun, ("acl",)):
        if child.i > noun.i and is_infinitive(child):
            keep.update(clause_indices(child))
            _complements(child, keep)


# Nouns whose "that" clause is what they hold: "expressed hope [that the talks would resume]".
_CONTENT_NOUNS = frozenset(
    "hope concern fear belief view warning claim allegation assurance confidence doubt news suspicion "
    "optimism expectation promise pledge insistence conviction".split()
)


def _what_a_noun_holds(trigger, keep: set[int], t: DocTables) -> None:
    """A noun of the summary's end that says there is a hope, a fear or a claim keeps the "that"
    clause right after it that says which ("The government expressed hope [that the project will
    serve as a measure]", "was braced for a storm after fresh allegations [that the minister was
    involved in a scam]": not "expressed hope"), when the summary still fits the cap."""
    doc = trigger.doc
    words = [i for i in keep if not t.is_punct[i] and not t.is_space[i]]
    if not words or max(keep) >= sentence_bounds(trigger)[1]:
        return
    last = max(words)  # (not the line break that ends a paragraph)
    noun = doc[last]
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _CONTENT_NOUNS or noun.i == trigger.i:
        return
    for clause in children_with(noun, ("acl", "ccomp")):
        if clause.left_edge.i != noun.i + 1:
            continue
        if not any(c.lower_ == "that" for c in children_with(clause, ("mark",))):
            continue
        if not any_child(clause, ("nsubj", "nsubjpass")):
            continue
        more = set(clause_indices(clause))
        _complements(clause, more)
        if sum(1 for i in keep | more if not t.is_punct[i]) <= _INFINITIVE_CAP:
            keep.update(more)


# Words that say which only with the relative clause after them ("those who had no regard for
# the law", "the way the Union spends its money", "for reasons that are under investigation").
_LIGHT_HEADS = frozenset(
    "those anyone everyone everything anything something someone one ones way ways reason reasons moment "
    "manner extent".split()
)
_WHICH_DETS = frozenset({"those", "these", "all", "every", "any"})
# (a little over the other caps: without its clause such a summary says nothing of which ones)
_WHICH_CAP = 30


def _which_ones(trigger, keep: set[int], t: DocTables) -> None:
    """A word of the summary that says which only with the relative clause told right after it
    keeps that clause ("the violence was a result of people [who had ...] and those [who had ...]",
    "suspicious at the way [Donaldson was acquitted]", "his plane crashed for reasons [that are
    under investigation]": not "... of people and those"), when the summary still fits the cap;
    a clause set off by a comma says more of a noun already told, and stays out."""
    doc = trigger.doc
    low = lower_texts(t)
    for i in sorted(keep):
        if i == trigger.i or t.pos[i] not in ("NOUN", "PRON", "DET"):
            continue
        word = low[i]
        light = word in _LIGHT_HEADS or any(
            t.deps[c] == "det" and low[c] in _WHICH_DETS for c in t.children[i] if c < i
        )
        if word == "people" and not any(t.deps[c] in ("det", "amod", "compound", "nummod") for c in t.children[i]):
            light = True  # ("people who had", not "the people of Sydney who")
        if not light:
            continue
        for c in t.children[i]:
            if t.deps[c] != "relcl" or c < i or c in keep:
                continue
            left = doc[c].left_edge.i
            if left - 1 not in keep or t.is_punct[left - 1]:
                continue  # (told right after what the summary keeps, not after a comma)
            clause = set(clause_indices(doc[c]))
            _complements(doc[c], clause)
            clause.update(range(left, doc[c].i))  # its relative word and what leads to it
            if max(clause) - min(clause) + 1 != len(clause):
                continue  # (a clause it holds left out inside: not told half)
            if sum(1 for j in keep | clause if not t.is_punct[j]) <= _WHICH_CAP:
                keep.update(clause)


def _what_a_verb_holds(trigger, keep: set[int], t: DocTables) -> None:
    """A verb that ends the summary keeps the clause with a subject of its own told right after it,
    that says what it found, showed or indicated ("the agency warned that information indicated
    [extremists may be planning attacks]", "A recent survey showed [45 percent were not living with
    their children]": the verb alone says nothing), when the summary still fits the cap."""
    doc = trigger.doc
    words = [i for i in keep if not t.is_punct[i] and not t.is_space[i]]
    if not words or max(keep) >= sentence_bounds(trigger)[1]:
        return
    verb = doc[max(words)]
    if verb.pos_ not in ("VERB", "AUX") or verb.i == trigger.i and is_speech(trigger):
        return  # (what a verb of saying said is told, or left out, with the saying)
    for clause in children_with(verb, ("ccomp",)):
        if clause.i < verb.i or clause.i in keep:
            continue
        if not any(c.lower_ not in _RELATIVE for c in children_with(clause, ("nsubj", "nsubjpass", "expl"))):
            continue
        left = clause.left_edge.i
        if any(j not in keep and not t.is_punct[j] for j in range(verb.i + 1, left)):
            continue  # (told right after the verb, not across words left out)
        if not _finite(clause):
            continue  # ("were informed that the board reviewing a study": the parser's clause)
        more = set(clause_indices(clause))
        _complements(clause, more)
        if min(more) != left or max(more) - min(more) + 1 != len(more):
            continue  # (a clause it holds left out inside: not told half)
        if sum(1 for j in keep | more if not t.is_punct[j]) > _INFINITIVE_CAP:
            # its subject, verb and object alone ("information indicated extremists may be planning
            # attacks"), when the whole clause does not fit
            more = {i for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "expl") for i in subtree_indices(c)}
            more.add(clause.i)
            more.update(c.i for c in children_with(clause, ("aux", "auxpass", "neg", "prt")))
            for c in children_with(clause, ("dobj", "attr", "acomp")):
                if c.i > clause.i:
                    more.update(_noun_and_lefts(c))
        if sum(1 for j in keep | more if not t.is_punct[j]) <= _INFINITIVE_CAP:
            keep.update(more)
        return


def _finite(verb) -> bool:
    """A verb told in a tense, or with a tensed auxiliary ("may be planning", "had left")."""
    if verb.tag_ in ("VBD", "VBZ", "VBP"):
        return True
    return any(c.tag_ in ("MD", "VBD", "VBZ", "VBP") for c in children_with(verb, ("aux", "auxpass")))


# A summary that tells the infinitive of one of its nouns: at most so many words.
_INFINITIVE_CAP = 25


def _infinitives_kept(trigger, keep: set[int], t: DocTables) -> None:
    """What a noun of the summary is for, and what a verb calls for, stay with it: "struck a pact
    in a bid [to bolster the left's chances]", "police discovered a plot [to kill the mayor]",
    "the failure of the parties [to agree on a budget]", "pleaded [for the minister to return]"
    (without it, "in a bid", "a plot", "pleaded" say nothing), when the summary still fits
    the cap. An apposition whose infinitive does not fit goes whole ("Sato, [the only skater to
    have landed a triple axel ...,] fell": not "Sato, the only skater, fell")."""
    doc = trigger.doc
    deps, pos, punct = t.deps, t.pos, t.is_punct
    words = sum(1 for i in keep if not punct[i])
    done: set[int] = set()
    changed = True
    while changed:
        changed = False
        for i in sorted(keep):
            if i in done:
                continue
            done.add(i)
            for c in t.children[i]:
                if (
                    c in keep
                    or c < i
                    or deps[c] not in _INFINITIVE_DEPS
                    or not _told_infinitive(doc[c], pos[i], deps[c])
                ):
                    continue
                left = doc[c].left_edge.i
                if left - 1 not in keep or left - 1 == trigger.i and pos[i] in ("NOUN", "PROPN"):
                    continue  # (told right after what the summary keeps, not across a gap)
                clause = set(clause_indices(doc[c]))
                _complements(doc[c], clause)
                while len(clause) > 1 and punct[max(clause)]:
                    clause.discard(max(clause))  # (the comma before a clause left out)
                if not _whole_infinitive(sorted(clause), keep, t):
                    continue
                extra = sum(1 for j in clause - keep if not punct[j])
                if words + extra <= _INFINITIVE_CAP:
                    keep.update(clause)
                    words += extra
                    changed = True
                elif deps[i] == "appos" and i != trigger.i and pos[i] == "NOUN":
                    _drop_apposition(doc[i], trigger, keep, t)
            if changed:
                break


def _whole_infinitive(clause: Sequence[int], keep: set[int], t: DocTables) -> bool:
    """Does an infinitive's clause read whole: every word from its first to its last (no clause
    left out inside: "to keep Africans[, tempted to ...,] at home"), no clause its verbs hold left
    out ("to see [if the strain is ...]", "to decide [how ...]"), not set off by dashes, not ending
    on "and", and not running into the subject of the next clause ("to protect the Dependency from
    the armada and official sources [said]")?"""
    first, last = clause[0], clause[-1]
    if last - first + 1 != len(clause) or t.deps[last] == "cc":
        return False
    if first > 0 and _low(t, first - 1) in ("--", "—", "–", "("):
        return False
    held = ("ccomp", "xcomp", "csubj", "oprd", "dep")
    if any(t.deps[c] in held and c not in clause for i in clause for c in t.children[i]):
        return False
    nxt = last + 1
    return not (nxt < len(t.idx) and nxt not in keep and t.tags[nxt] in ("VBD", "VBZ", "VBP", "MD"))


def _with_absolutes(trigger, keep: set[int], t: DocTables) -> None:
    """What is left of a "with" phrase that tells a happening of its own, whose predicate the
    summary left out, goes with it: "... the hall [with the service] being broadcast to 30,000
    people", "... on the euro [with investors] reluctant to take fresh positions", "... in Lebanon[,
    with several figures] spending their time abroad" (another clause: not stitched on, not left
    half). Only at an edge of what is kept, and never a "with" phrase that says with whom
    ("met with a committee reviewing the budget")."""
    doc = trigger.doc
    deps, pos, punct, space = t.deps, t.pos, t.is_punct, t.is_space
    for i in sorted(keep):
        if i not in keep or deps[i] != "prep" or _low(t, i) not in ("with", "without"):
            continue
        sub = subtree_indices(doc[i])
        if trigger.i in sub or set(sub) <= keep:
            continue
        obj = next((c for c in t.children[i] if deps[c] in ("pobj", "pcomp")), None)
        if obj is None:
            continue
        comma = i > 0 and _low(t, i - 1) == ","
        predicate = None
        if deps[obj] == "pcomp" and any(deps[c] in ("nsubj", "nsubjpass") for c in t.children[obj]):
            passive = any(deps[c] == "auxpass" for c in t.children[obj])
            predicate = obj if comma or passive else None  # "with the service being broadcast"
        elif deps[obj] == "pobj":
            for c in t.children[obj]:
                if c < obj:
                    continue
                held = [x for x in t.children[c] if deps[x] == "xcomp" and x not in keep]
                if deps[c] == "amod" and pos[c] == "ADJ" and held:
                    predicate = held[0]  # "with investors reluctant [to take]"
                elif comma and deps[c] == "acl" and t.tags[c] == "VBG" and c not in keep:
                    predicate = c  # ", with X [spending]"
        if predicate is None or predicate in keep:
            continue
        lo, hi = sub[0], sub[-1]
        if hi - lo + 1 != len(sub):
            continue
        nxt, prev = hi + 1, lo - 1
        while nxt < len(punct) and (punct[nxt] or space[nxt]) and nxt in keep:
            nxt += 1
        while prev >= 0 and (punct[prev] or space[prev]) and prev in keep:
            prev -= 1
        if nxt in keep and not space[nxt] and prev in keep:
            continue  # (only at an edge: nothing stitched across the gap)
        keep.difference_update(sub)
        if comma:
            keep.discard(i - 1)


# The only dependencies _told_infinitive says yes to: read from the tables first, no Token made for the rest.
_INFINITIVE_DEPS = frozenset({"advcl", "xcomp", "acl", "relcl"})


def _told_infinitive(verb, head_pos: str, dep: str) -> bool:
    """An infinitive that tells what a noun is for ("a bid to bolster", "the failure of the parties
    to agree"; with no subject of its own), or what a verb or noun calls for ("for the minister to
    return"), or what a contest told done came to ("beat the hosts 3-1 [to reach the final]": the
    result is told by the contest's row, see tense.won_by, and is the news of it)."""
    if not is_infinitive(verb):
        return False
    if dep in ("advcl", "xcomp") and won_by(verb):
        return True
    subject = any_child(verb, ("nsubj", "nsubjpass"))
    if dep in ("acl", "relcl"):
        return head_pos in ("NOUN", "PROPN") and not subject
    if dep != "advcl":
        return False
    if subject:
        return any(c.lower_ == "for" for c in children_with(verb, ("mark",)))
    # "discovered a plot [to kill the mayor]": the parser's adverbial, told right after a noun
    before = verb.doc[verb.left_edge.i - 1]
    if before.pos_ != "NOUN":
        return False
    while before.dep_ == "conj" and before.head.i < before.i:
        before = before.head  # "called for the council and individual nations [to take measures]"
    return before.dep_ in ("dobj", "pobj")


def _drop_apposition(noun, trigger, keep: set[int], t: DocTables) -> None:
    """Leave out an apposition set off by commas (with its commas) that does not hold the trigger."""
    sub = subtree_indices(noun)
    first, last = sub[0], sub[-1]
    if trigger.i in sub or first == 0 or _low(t, first - 1) != ",":
        return
    keep.difference_update(sub)
    keep.discard(first - 1)
    if last + 1 < len(t.idx) and _low(t, last + 1) == ",":
        keep.discard(last + 1)


def _one_passive_with(trigger) -> list:
    """The participles that tell one happening with the trigger ("were shot and wounded outside
    the bank"): its row tells them."""
    return [c for c in children_with(trigger, ("conj",)) if shares_passive(c)]  # (only a conjunct can)


def _negated_governor(trigger, keep: set[int]) -> None:
    """A clause that a negated verb governs is told with that verb, its subject and its "not": left
    alone it says the opposite ("The union did not claim that the strike had ended", not "the strike
    had ended"; "It does not mean that we have abandoned every option")."""
    while True:
        top = next((a for a in [trigger, *trigger.ancestors] if a.head.i not in keep), None)
        if top is None or top.dep_ != "ccomp" or top.i < top.head.i:
            return  # (a complement before its verb is the parser's reading of a clause after it)
        gov = top.head
        if gov.pos_ not in ("VERB", "AUX") or not any_child(gov, ("neg",)):
            return
        keep.add(gov.i)
        for c in gov.children:
            if c.dep_ in ("nsubj", "nsubjpass", "expl") or c.i < top.i and c.dep_ in _GOVERNED:
                keep.update(x.i for x in c.subtree)  # "it is not yet clear [where]", "cannot get"
            elif c.dep_ in ("aux", "auxpass", "neg"):
                keep.add(c.i)
        keep.update(c.i for c in children_with(top, ("mark",)))


# What a negated verb holds before the clause it governs, told with it.
_GOVERNED = frozenset({"acomp", "attr", "advmod", "dobj", "dative", "prt"})


def _whole_quotes(keep: set[int], trigger, sent, quoted: Sequence[bool], t: DocTables) -> None:
    """A quotation is told whole or not at all ("“My colleagues and,” X said" was a quotation the
    parser split between two clauses): one whose words hang on the summary's clause comes whole
    (the cap may still cut it, marked), one that only brushes it goes."""
    spans: list[list[int]] = []
    run: list[int] = []
    for i in range(sent.start, sent.end):
        if quoted[t.idx[i]]:
            run.append(i)
        elif run:
            spans.append(run)
            run = []
    if run:
        spans.append(run)
    heads = t.heads
    for span in spans:
        inside = [i for i in span if i in keep]
        if not inside or len(inside) == len(span) or span[0] <= trigger.i <= span[-1]:
            continue  # not in the summary, whole, or the trigger's own words
        if any(heads[i] not in span and i in keep for i in span if not t.is_punct[i]):
            keep.update(span)  # the clause holds the quotation (its words hang on the clause): whole
        else:
            keep.difference_update(span)


# a person's pronouns only: "it" and "they" are resolved less surely (a company, a ship, a group)
_PRONOUNS = frozenset({"he", "she", "his", "her"})
_THING_PRONOUNS = frozenset({"it", "its", "they", "their"})

# Entity kinds that no "it" stands for (a person is "he" or "she"; a nationality is a people).
_NOT_IT = frozenset({"PERSON", "NORP"})
# Entity kinds of a noun that no pronoun could stand for (amounts and times).
_NO_ANTECEDENT = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"})


def _named_things(
    actors: Sequence[tuple[int, str, str]],
    doc,
    t: DocTables,
    told: Mapping[int, Sequence[tuple[str, str]]] | None = None,
) -> dict[int, str]:
    """The names of the "it/its/they/their" pronouns the actor resolution found (token index ->
    name): "it" one body, place or thing (not a person), "they" two or three names together
    ("Israel and Turkey"), and only when no other noun of the pronoun's number is the subject or
    object of a clause before it in its sentence ("Hanbo collapsed, leading to allegations that it
    obtained loans": Hanbo, whoever the actors took "it" for; "the two leaders agreed ... while
    they endorsed": the leaders). A subject the actors took for its owner's, a thing it has, is or
    does ("Its shares fell": the body "its" stands for), names its "its" or "their". A noun before
    it that the resolution took for the same actors (``told``: "Labour ... the party has given few
    indications that it will": Labour) is the same one, not another."""
    found: dict[int, list[tuple[str, str]]] = {}
    for i, name, type_ in actors:
        if (name, type_) not in found.setdefault(i, []):
            found[i].append((name, type_))
    out: dict[int, str] = {}
    for i, named in found.items():
        owner = next((c for c in t.children[i] if t.deps[c] == "poss" and t.tags[c] == "PRP$"), None)
        if t.pos[i] == "NOUN" and owner is not None and owned_part(doc[i]):
            i = owner  # "Its shares fell": the actors took the shares for their owner's
        word = _low(t, i)
        if t.pos[i] != "PRON" and word != "its" and word != "their":
            continue
        if word in ("it", "its"):
            if len(named) != 1 or named[0][1] in _NOT_IT:
                continue
            plural = False
        elif word in ("they", "their"):
            if not 2 <= len(named) <= 3:
                continue
            plural = True
        else:
            continue
        if _rival_before(doc[i], named, plural, told):
            continue
        before = t.text[: t.idx[i]]
        # in the order the text names them ("Yossi Sarid and several other MPs": "Yossi Sarid and MPs")
        order = sorted((n for n, _ in named), key=lambda n: before.find(n) % (len(before) + 1))
        order = [_as_written(n, before, t.text[t.idx[i]].isupper()) for n in order]
        out[i] = order[0] if len(order) == 1 else ", ".join(order[:-1]) + " and " + order[-1]
    return out


def _as_written(name: str, before: str, opens: bool) -> str:
    """A name with the "the" the text gives it ("the European Commission"), capitalised when it
    opens the summary."""
    if not re.search(r"\b[Tt]he " + re.escape(name) + r"\b", before):
        return name
    return ("The " if opens else "the ") + name


def _rival_before(
    pronoun,
    named: Sequence[tuple[str, str]],
    plural: bool,
    told: Mapping[int, Sequence[tuple[str, str]]] | None = None,
) -> bool:
    """Whether something other than ``named`` could be what the pronoun stands for: a noun of its
    number that is the subject or object of a clause before it in its sentence, a name before it
    there ("Manchester United's future hangs in the balance after they lost"), the subject of the
    clause its own clause is told before ("Since it was unearthed, the relic has been sent"), or,
    for a pronoun that opens its sentence, the subject of the sentence before ("Ekranas holds 25
    percent of the EU market. It plans ...")."""
    doc = pronoun.doc
    speaker = _speaker_phrase_naming(pronoun, named)
    sent = sentence_of(pronoun)
    # (with the speaker named so: only what is told between the saying's subject and the pronoun)
    candidates = [
        doc[i]
        for i in range(max(speaker) + 1 if speaker else sent.start, pronoun.i)
        if (doc[i].pos_ == "PROPN" or doc[i].dep_ in ("nsubj", "nsubjpass", "dobj") and doc[i].pos_ == "NOUN")
    ]
    clause = pronoun.head
    if clause.dep_ in ("advcl", "ccomp") and clause.i < clause.head.i:
        candidates += [c for c in children_with(clause.head, ("nsubj", "nsubjpass")) if c.i > pronoun.i]
    if not speaker and not any(c.pos_ in ("NOUN", "PROPN") for c in candidates) and sent.start > 0:
        before = sentence_of(doc[sent.start - 1]).root
        candidates += children_with(before, ("nsubj", "nsubjpass"))
    return any(_rival(c, named, plural) and not _told_as(c, named, told) for c in candidates)


def _speaker_phrase_naming(pronoun, named: Sequence[tuple[str, str]]) -> set[int]:
    """The words of the saying's subject when an "it" (or the "its" of the subject) of a clause
    reported after its verb of saying is said by the one body the resolution took it for, named in
    that subject ("US drug manufacturer Pfizer said it was stopping the trials", "Another carrier,
    Aegean Airlines, said it will cancel"): nothing told before them there ("Citing safety, ...") is
    another the pronoun could stand for, only what comes between them and it ("Fukuda said his
    ministry had no plan but added that it planned": the ministry). Empty for any other pronoun."""
    if len(named) != 1 or pronoun.lower_ not in ("it", "its"):
        return set()
    subjects = sayers_of_reported_subject(pronoun)
    if not subjects or len(subjects) != 1:
        return set()
    phrase = list(subjects[0].subtree)
    text = " ".join(t.text for t in phrase)
    if re.search(r"\b" + re.escape(named[0][0]) + r"\b", text) is None:
        return set()
    return {t.i for t in phrase}


def _told_as(tok, named: Sequence[tuple[str, str]], told: Mapping[int, Sequence[tuple[str, str]]] | None) -> bool:
    """Whether the resolution took the noun for the ``named`` actors themselves ("the bank" for the
    European Bank for Reconstruction and Development, "the two countries" for India and Pakistan):
    not a noun something owns ("the bank's rating", taken for the bank as the thing it has)."""
    if not told or not told.get(tok.i) or any_child(tok, ("poss",)) or owned_part(tok):
        return False
    names = {n for n, _ in named}
    return all(n in names for n, _ in told[tok.i])


def _rival(tok, named: Sequence[tuple[str, str]], plural: bool) -> bool:
    """Whether a noun is something else than the ``named`` actors that a pronoun of that number
    could stand for."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.ent_type_ in _NO_ANTECEDENT:
        return False
    many = tok.tag_ in ("NNS", "NNPS")
    if many != plural and not (plural and tok.pos_ == "PROPN"):  # ("they": a team's name too)
        return False
    words = {w.lower() for n, _ in named for w in n.replace("-", " ").split()}
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None) if tok.ent_type_ else None
    if ent is None:
        return tok.lower_ not in words
    text = ent.text.lower().removeprefix("the ")
    return not any(
        text == n.lower() or text in n.lower() and ent.label_ == type_ or _initials(n) == ent.text for n, type_ in named
    )


def _initials(name: str) -> str:
    """ "EU" for "European Union", "WAC" for "Washington Apple Commission": a name's short form, the
    first letters of its capitalised words (a one-word name has none)."""
    words = [w for w in name.replace("-", " ").split() if w[:1].isupper()]
    return "".join(w[0] for w in words) if len(words) > 1 else ""


def _named_pronoun(
    ids: Sequence[int],
    names: Mapping[int, str] | None,
    quoted: Sequence[bool] | None,
    t: DocTables,
    pronouns: frozenset[str] = _PRONOUNS,
) -> str | None:
    """The name that replaces the pronoun a summary opens on ("Vladimir Putin's" for "his"), or
    None: not a pronoun of a known actor, or inside a quotation (where "he" is not the narrator's)."""
    if not ids or not names or ids[0] not in names:
        return None
    first = ids[0]
    word = _low(t, first)
    if word not in pronouns or quoted is not None and quoted[t.idx[first]]:
        return None
    name = names[first]
    return name + "'s" if t.tags[first] == "PRP$" else name


# What a clause may tell before its subject: when, where, with whom ("In 1986, he was elected").
_FRONTED = frozenset({"prep", "npadvmod", "advmod", "tmod", "punct"})


def _fronted_subject_named(
    ids: Sequence[int],
    trigger,
    names: Mapping[int, str] | None,
    quoted: Sequence[bool] | None,
    t: DocTables,
    subst: dict[int, str],
    pronouns: Sequence[str] = ("he", "she"),
) -> None:
    """ "In 1986, Mary Dalton was elected" for "In 1986, she was elected": the "he/she" subject of
    the trigger's clause, told after a time, a place or a phrase set before it, is written as the
    name the actors found for it, as it would be if it opened the summary. Not when a person is
    named before it in the summary, nor inside a quotation."""
    if not names or not ids:
        return
    subject = first_child(trigger, ("nsubj", "nsubjpass"))
    if subject is None or subject.i not in names or subject.i == ids[0] or subject.i not in ids:
        return
    if subject.lower_ not in pronouns or subject.i in subst or quoted is not None and quoted[subject.idx]:
        return
    fronted: set[int] = set()
    for child in trigger.children:
        if child.i < subject.i and child.dep_ in _FRONTED:
            fronted.update(range(child.left_edge.i, child.right_edge.i + 1))
    before = [i for i in ids if i < subject.i]
    if any(i not in fronted or t.ents[i] == "PERSON" for i in before):
        return
    subst[subject.i] = names[subject.i]


def _owner_named(
    ids: Sequence[int], names: Mapping[int, str] | None, quoted: Sequence[bool] | None, t: DocTables, doc
) -> str | None:
    """ "Lula's popularity" for the "his" a summary opens on ("His popularity plummeted"), when the
    actors took the subject it owns, a thing he has, is or does, for the one "his" stands for; None
    otherwise, or inside a quotation."""
    if not ids or not names:
        return None
    first = ids[0]
    if t.tags[first] != "PRP$" or t.deps[first] != "poss" or _low(t, first) not in ("his", "her"):
        return None
    noun = t.heads[first]
    if noun not in names or t.ents[noun] or quoted is not None and quoted[t.idx[first]]:
        return None
    return names[noun] + "'s" if owned_part(doc[noun]) else None


# Bodies that speak of themselves as "it" ("The ministry said it would ...").
_BODY_NOUNS = (
    COMPANY_NOUNS | ORG_HEADS | frozenset("union board federation association league body church".split())
) - {
    "troops",
    "forces",
    "police",
    "authorities",
    "rebels",
}
_PLURAL_BODIES = frozenset({"police", "troops", "forces", "authorities", "rebels", "militia", "military"})
_APPOSITIVES = frozenset({"appos", "relcl", "acl", "advcl", "punct", "prep", "cc", "conj"})


def _reported_subject(pronoun, quoted: Sequence[bool] | None, t: DocTables, speaker: str | None = None) -> str | None:
    """The subject of the verb of saying, as written, for the pronoun that opens the clause it
    reports ("Toyota said it had withdrawn": "Toyota had withdrawn"; "Jakarta police said they will
    deploy"; "Alitalia said its losses would"), when number and kind agree and nothing else in the
    saying could be meant ("X told Y it would": Y could); else None."""
    word = pronoun.lower_
    if word not in _REPORTED_PRONOUNS or quoted is not None and quoted[pronoun.idx]:
        return None
    clause = _clause_opened_by(pronoun)
    if clause is None:
        return None
    verb = clause.head
    if word in ("they", "their") and _adverbial(clause):
        return _main_subject(clause.head, pronoun, quoted, t)
    if word in ("they", "their") and (place := _place_verb(clause)) is not None:
        return _main_subject(place, pronoun, quoted, t)
    if clause.dep_ != "ccomp" or verb.i == clause.i or not is_speech(verb):
        return None
    if verb.i > pronoun.i:
        return _told_after(verb, pronoun, word, t, speaker)
    subjects = children_with(verb, ("nsubj", "nsubjpass"))
    title = _title_before(subjects)
    if title is not None:
        subjects = subjects[1:]  # "rating agency Moody's Investors Service said it": one subject
    if len(subjects) != 1 or any(c.pos_ != "PRON" for c in children_with(verb, ("dobj", "dative"))):
        return None  # "X told Y it would": either
    subject = subjects[0]
    if quoted is not None and quoted[subject.idx]:
        return None
    if subject.pos_ == "PRON" and word in ("his", "her") and subject.lower_ == _SUBJECT_OF[word]:
        return _speaker_name(subject, pronoun, t, speaker)  # "He said his country ...": the speaker
    if subject.pos_ not in ("NOUN", "PROPN"):
        return None
    plural = subject.tag_ in ("NNS", "NNPS") or subject.lower_ in _PLURAL_BODIES
    if any_child(subject, ("conj",)):
        plural = True
    if word in ("his", "her"):
        return _speaker_name(subject, pronoun, t, speaker)
    if word in ("he", "she"):
        return _speaker_noun(subject, pronoun, t)
    if not (_one_body(subject, plural) if word in ("it", "its") else plural):
        return None
    phrase = _phrase(subject, t)
    before = _phrase(title, t) if title is not None else ""
    if phrase is None or before is None:
        return None
    phrase = f"{before} {phrase}" if before else phrase
    if pronoun.tag_ == "PRP$":
        return phrase + ("'" if phrase.endswith("s") and plural else "'s")
    return phrase


def _told_after(verb, pronoun, word: str, t: DocTables, speaker: str | None) -> str | None:
    """ "His company had only been paid half the fee, he said": the speaker's name for the "his"
    ("her") the clause opens on, when the verb of saying told after it has that "he" ("she") for
    its one subject and the event's speaker is the person the resolution took it for; else None
    ("it" and "they" told before their speaker stay: "It would appeal, the club's lawyers said")."""
    if word not in _SUBJECT_OF or speaker is None:
        return None
    subjects = children_with(verb, ("nsubj", "nsubjpass"))
    if len(subjects) != 1 or subjects[0].lower_ != _SUBJECT_OF[word]:
        return None
    return _speaker_name(subjects[0], pronoun, t, speaker)


def _one_body(subject, plural: bool) -> bool:
    """Whether the subject of a verb of saying is one body an "it" it reports may stand for: an
    organisation, place or people, or a body noun ("the ministry"), not a person nor many; a body
    whose name ends on a plural word is one ("Moody's Investors Services said it")."""
    body = subject.ent_type_ in ("ORG", "GPE", "NORP") or subject.lemma_.lower() in _BODY_NOUNS
    if plural and subject.tag_ == "NNPS" and subject.ent_type_ == "ORG":
        plural = any_child(subject, ("conj",))
    return not plural and body and subject.ent_type_ != "PERSON"


def _title_before(subjects: Sequence) -> Any:
    """The common noun the parser took for a subject of its own when it is the title of the name
    told right after it ("International rating agency [Moody's Investors Service] said"): two
    subjects, the first a noun whose phrase ends where the name's begins; else None."""
    if len(subjects) != 2:
        return None
    title, name = subjects
    if title.pos_ != "NOUN" or name.pos_ != "PROPN" or not name.ent_type_ or name.ent_type_ in _NO_ANTECEDENT:
        return None
    return title if title.right_edge.i + 1 == name.left_edge.i else None


def _pronouns_named(
    ids: Sequence[int], doc, quoted: Sequence[bool] | None, t: DocTables, subst: dict[int, str]
) -> None:
    """The first "it/they/them/their" of the summary that stands for a noun its sentence names
    outside the summary is written as that noun (in ``subst``): the subject of a clause told
    before it with a comma or "and" ("The writing did not start today, it started six years ago":
    "the writing started ..."), or the plural subject of the verb whose time or cause the
    pronoun's clause tells ("The rebels agreed to withdraw after an offensive drove them from
    ..."). Inside a quotation the pronoun stays (the speaker's, not the narrator's)."""
    kept = set(ids)
    low = lower_texts(t)
    for i in ids:
        word = low[i]
        if word not in _NAMED_PRONOUNS or t.pos[i] != "PRON" and word != "their" or i in subst:
            continue
        pronoun = doc[i]
        if quoted is not None and quoted[pronoun.idx]:
            continue
        antecedent = _joined_subject(pronoun) if word == "it" or word == "they" else None
        if antecedent is None and word in ("they", "them", "their"):
            antecedent = _adverbial_antecedent(pronoun)
        if antecedent is None or antecedent.i in kept:
            continue
        phrase = _phrase(antecedent, t)
        if phrase is None:
            continue
        if phrase[:1].isupper() and t.pos[antecedent.left_edge.i] == "DET":
            phrase = phrase[0].lower() + phrase[1:]  # "The writing" told mid-sentence: "the writing"
        if word == "their":
            phrase += "'" if phrase.endswith("s") else "'s"
        subst[i] = phrase
        return  # the first one named; the next ones read after it


_NAMED_PRONOUNS = frozenset({"it", "they", "them", "their"})


def _joined_subject(pronoun):
    """The subject of the clause told right before the pronoun's own, joined by a comma or a
    conjunction, that the pronoun (its clause's subject) stands for: same number, a thing for
    "it", and no other noun of that number between them."""
    verb = pronoun.head
    if pronoun.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX"):
        return None
    before = None
    if verb.dep_ in ("conj", "parataxis") and verb.head.i < pronoun.i and verb.head.pos_ in ("VERB", "AUX"):
        before = verb.head
    else:
        splice = [c for c in children_with(verb, ("ccomp", "parataxis")) if c.right_edge.i < pronoun.i]
        if splice and not any(c.dep_ == "mark" for c in splice[-1].children):
            before = splice[-1]  # "The writing did not start today, it started": a comma splice
    if before is None:
        return None
    subject = first_child(before, ("nsubj", "nsubjpass"))
    if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
        return None
    plural = _is_plural(subject)
    if (pronoun.lower_ == "they") != plural or not plural and (subject.ent_type_ == "PERSON" or subject.lower_ in _KIN):
        return None
    t = tables(pronoun.doc)
    for i in range(subject.right_edge.i + 1, pronoun.i):
        if t.pos[i] in ("NOUN", "PROPN") and t.ents[i] not in ("DATE", "TIME") and t.deps[i] != "compound":
            if (t.tags[i] in ("NNS", "NNPS")) == plural:
                return None  # "X beat the rebels and they ...": either
    return subject


def _subject_before(pronoun, quoted: Sequence[bool] | None, t: DocTables) -> str | None:
    """ "The two presidents also discussed trade. They pledged to ...": the plural subject of the
    sentence before, told with "the" (or "police", "troops") or as a kind, with no article nor
    number ("Councilors called for ... They ordered"), for a "they" that opens its sentence (with a
    capital, as the pronoun had), and its singular subject, a thing, for an "it" ("The main index
    was up ... It moved between"), when no other noun of that number, nor a name, is the subject
    or object of a clause there ("Police arrested the men. They ..." keeps "they"); outside
    quotations only."""
    word = pronoun.lower_
    if word not in ("they", "it") or pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    if word == "it" and pronoun.head.lemma_ in ("be", "seem", "appear"):
        return None  # ("It is likely that ...", "It was a busy day": no thing told before)
    if word == "it" and _holds_a_clause_told_after(pronoun):
        return None  # ("It is believed that ...", "It became clear that ...": what follows)
    if word == "it" and time_taken_to(pronoun.head) is not None:
        return None  # "It took Kenya 80 minutes to win": the time it took
    doc = pronoun.doc
    sent = sentence_of(pronoun)
    if pronoun.i != sent.start or sent.start == 0 or quoted is not None and quoted[pronoun.idx]:
        return None
    before = sentence_of(doc[sent.start - 1])
    clause = before.root
    told = [c for c in children_with(clause, ("ccomp",)) if c.i < clause.i]
    if told and is_speech(clause):
        clause = told[0]  # "The two presidents also discussed trade, the statement said."
    subjects = children_with(clause, ("nsubj", "nsubjpass"))
    if len(subjects) != 1:
        return None
    subject = subjects[0]
    plural = word == "they"
    if subject.pos_ != "NOUN" or _is_plural(subject) != plural or quoted is not None and quoted[subject.idx]:
        return None
    if not plural and (subject.lemma_.lower() in _PERSON_NOUNS or subject.ent_type_ in _NO_ANTECEDENT):
        return None
    told_again = subject.lower_ in _PLURAL_BODIES or any(
        c.dep_ == "det" and c.lower_ == "the" for c in subject.children
    )
    if not told_again and not (plural and _bare_plural(subject)):
        return None  # ("Three men were arrested. They ...": which three, told again, reads as others)
    own = set(range(subject.left_edge.i, subject.right_edge.i + 1))
    for i in range(before.start, before.end):
        if i in own or t.deps[i] not in ("nsubj", "nsubjpass", "dobj"):
            continue
        if t.pos[i] == "PROPN" or (t.tags[i] in ("NNS", "NNPS")) == plural and t.pos[i] == "NOUN":
            return None  # another noun of its number "it" or "they" could be, or a name
    phrase = _phrase(subject, t)
    return phrase[:1].upper() + phrase[1:] if phrase is not None and pronoun.text[:1].isupper() else phrase


def _holds_a_clause_told_after(pronoun) -> bool:
    """Is an "it" the place-holder of a clause its verb tells after it, a passive or "become" one
    ("It was announced that the mill would reopen", "It also became clear that ...")? ("It added
    that ..." says something: a body.)"""
    head = pronoun.head
    if pronoun.dep_ != "nsubjpass" and head.lemma_ != "become":
        return False
    return any(c.i > head.i for c in children_with(head, ("ccomp", "csubj", "csubjpass")))


# Words that count or pick out some of a kind: told again, "several people" reads as others.
_SOME_OF_A_KIND = _QUANTIFIERS | frozenset({"other", "numerous", "various", "more", "both"})


def _bare_plural(noun) -> bool:
    """ "Councilors called for ... They ordered", "Relief workers said ... They want": a plural noun
    told with no article, number, owner nor word that counts them, and whatever "of" phrase it has
    plain, is the kind told as a whole; told again, it reads as the same ones ("Three fishermen",
    "several people", "dozens of veterans disabled by ..." do not)."""
    if noun.tag_ != "NNS" or any_child(noun, ("conj",)):
        return False
    for c in noun.children:
        if c.dep_ in ("det", "nummod", "poss", "quantmod", "predet") or c.lower_ in _SOME_OF_A_KIND:
            return False
        if c.dep_ == "prep" and c.lower_ == "of" and not _plain(c):
            return False
    return True


def _is_plural(noun) -> bool:
    return noun.tag_ in ("NNS", "NNPS") or noun.lower_ in _PLURAL_BODIES or any_child(noun, ("conj",))


def _adverbial_antecedent(pronoun):
    """ "The rebels agreed to withdraw after an offensive drove them out": the plural subject of
    the verb whose time or cause the pronoun's clause tells, when nothing else plural is named
    before the pronoun."""
    clause = pronoun.head
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head
    while clause.dep_ in ("xcomp", "conj") and clause.head.i != clause.i and not _adverbial(clause):
        clause = clause.head
    if not _adverbial(clause):
        return None
    verb = clause.head
    subjects = children_with(verb, ("nsubj", "nsubjpass"))
    if len(subjects) != 1 or subjects[0].pos_ not in ("NOUN", "PROPN") or not _is_plural(subjects[0]):
        return None
    subject = subjects[0]
    own = {x.i for x in subject.subtree}
    t = tables(pronoun.doc)
    for i in range(sentence_bounds(pronoun)[0], pronoun.i):
        if i not in own and (t.tags[i] in ("NNS", "NNPS") or t.pos[i] == "PRON" and _low(t, i) in ("they", "them")):
            return None
    return subject


_TIME_MARKS = frozenset({"when", "as", "after", "before", "while", "because", "since", "until"})


def _adverbial(clause) -> bool:
    """A clause of time or cause told after its verb ("... when they paid a visit"; the parser
    takes that "when" for a mark or for the clause's adverb)."""
    return (
        clause.dep_ == "advcl"
        and clause.i > clause.head.i
        and any(
            c.dep_ == "mark" and c.lower_ in _TIME_MARKS or c.dep_ == "advmod" and c.lower_ == "when" and c.i < clause.i
            for c in clause.children
        )
    )


def _place_verb(clause):
    """ "The boys were electrocuted in a substation where they hid": the verb whose place (or time)
    a "where" ("when") clause on the noun of its prepositional phrase tells, or None."""
    if clause.dep_ != "relcl" or not any(
        c.dep_ == "advmod" and c.lower_ in ("where", "when") and c.i < clause.i for c in clause.children
    ):
        return None
    noun = clause.head
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ == "NOUN":
        noun = noun.head.head  # "for the second retreat in the morning, where ...": the retreat
    if noun.dep_ != "pobj" or noun.head.dep_ != "prep" or noun.head.head.pos_ not in ("VERB", "AUX"):
        return None
    return noun.head.head


def _main_subject(verb, pronoun, quoted: Sequence[bool] | None, t: DocTables) -> str | None:
    """ "Officials made the discovery when they paid a visit": the plural subject of the verb the
    pronoun's clause tells the time (or place) of, when no other plural is named between them
    (" ... found 62,800 dollars when they froze it" keeps "they")."""
    subjects = children_with(verb, ("nsubj", "nsubjpass"))
    if len(subjects) != 1:
        return None
    subject = subjects[0]
    if subject.pos_ not in ("NOUN", "PROPN") or quoted is not None and quoted[subject.idx]:
        return None
    if not (subject.tag_ in ("NNS", "NNPS") or any_child(subject, ("conj",))):
        return None
    own = {x.i for x in subject.subtree}
    if any(
        i not in own and (t.tags[i] in ("NNS", "NNPS") or t.pos[i] == "PRON" and _low(t, i) in ("them", "they"))
        for i in range(sentence_bounds(pronoun)[0], pronoun.i)
    ):
        return None
    phrase = _phrase(subject, t)
    if phrase is None:
        return None
    if pronoun.tag_ == "PRP$":
        return phrase + ("'" if phrase.endswith("s") else "'s")
    return phrase


def _adverbial_subject(pronoun, quoted: Sequence[bool] | None, t: DocTables) -> str | None:
    """The singular subject of the verb whose time or place the clause the pronoun ("it", "he",
    "she", or their possessive) is the subject of tells (``_one_main_subject``), or None."""
    if pronoun.lower_ not in ("it", "its", "he", "she", "his", "her") or quoted is not None and quoted[pronoun.idx]:
        return None
    clause = _clause_opened_by(pronoun)
    if clause is None:
        return None
    host = clause.head if _adverbial(clause) else _place_verb(clause)
    return None if host is None else _one_main_subject(host, pronoun, quoted, t)


def _clause_opened_by(pronoun):
    """The clause the pronoun opens as its subject, or as the owner of its subject ("its losses
    would"): its verb, or the first verb of those "and" joins it to ("said it had reduced its
    holding ... and pledged"); None when neither is a subject."""
    owner = pronoun.head if pronoun.dep_ == "poss" and pronoun.head.dep_ in ("nsubj", "nsubjpass") else pronoun
    if owner.dep_ not in ("nsubj", "nsubjpass") or owner.i < pronoun.i:
        return None
    clause = owner.head
    while clause.dep_ == "conj" and clause.head.i != clause.i and clause.head.pos_ in ("VERB", "AUX"):
        clause = clause.head
    return clause


def _one_main_subject(verb, pronoun, quoted: Sequence[bool] | None, t: DocTables) -> str | None:
    """ "The krone gained against the dollar in May when it traded at 7.1": the singular subject of
    the verb the pronoun's clause tells the time (or place) of, a thing for "it/its" and a person
    told by what he or she is for "he/she/his/her" ("A guard was taken to hospital after he was
    hit": a named person's "he" is the actor resolver's to name), when nothing else that pronoun
    could stand for is named before it in the sentence ("The krone gained on the dollar when it
    ..." keeps "it")."""
    subjects = children_with(verb, ("nsubj", "nsubjpass"))
    if len(subjects) != 1 or subjects[0].pos_ not in ("NOUN", "PROPN") or _is_plural(subjects[0]):
        return None
    subject = subjects[0]
    if quoted is not None and quoted[subject.idx]:
        return None
    person = pronoun.lower_ not in ("it", "its")
    if pronoun.lower_ == "it" and _empty_it(pronoun.head):
        return None
    if _told_as_person(subject) != person or person and _other_sex(subject.lemma_.lower(), pronoun.lower_):
        return None
    own = {x.i for x in subject.subtree}
    for i in range(sentence_bounds(pronoun)[0], pronoun.i):
        if i in own or t.ents[i] in _NO_ANTECEDENT:
            continue
        low = _low(t, i)
        if person and (t.ents[i] == "PERSON" or low in _PERSON_WORDS or t.pos[i] == "NOUN" and low in _PERSON_NOUNS):
            return None  # someone else the "he" could be
        if not person and (low == "it" or t.pos[i] in ("NOUN", "PROPN") and t.tags[i] in ("NN", "NNP")):
            return None  # another thing the "it" could be
    phrase = _phrase(subject, t)
    if phrase is None:
        return None
    if pronoun.tag_ == "PRP$":  # ("A member of the group's brother" reads as the group's)
        return None if any_child(subject, ("prep",)) else phrase + "'s"
    return phrase


def _empty_it(verb) -> bool:
    """An "it" that stands for no thing: "when it became clear that", "after it began to rain",
    "as it emerged that", "when it was decided to"."""
    verbs = [verb, *(c for c in children_with(verb, ("xcomp",)))]
    return any(v.lemma_ in _EMPTY_IT_VERBS for v in verbs) or any(
        c.dep_ in ("ccomp", "csubj", "acomp", "attr") for v in verbs for c in v.children
    )


_EMPTY_IT_VERBS = frozenset("be become seem appear emerge happen turn rain snow pour matter".split())


def _told_as_person(noun) -> bool | None:
    """True for a person told by what he or she is ("a crew member"), False for a thing ("the
    krone"), None for a name of a person, an amount or a time (neither kind is named here)."""
    lemma = noun.lemma_.lower()
    if noun.ent_type_ == "PERSON" or noun.ent_type_ in _NO_ANTECEDENT:
        return None
    if noun.pos_ == "NOUN" and (lemma in _PERSON_NOUNS or lemma.endswith(("man", "woman")) and lemma != "human"):
        return True
    return noun.pos_ == "NOUN" and lemma in _MORE_PERSON_NOUNS


def _other_sex(lemma: str, pronoun: str) -> bool:
    """Whether the noun names a person of the other sex than the pronoun ("the woman ... he")."""
    female = lemma.endswith("woman") or lemma in _FEMALE
    male = not female and (lemma.endswith("man") or lemma in _MALE)
    return female and pronoun in ("he", "his") or male and pronoun in ("she", "her")


_MORE_PERSON_NOUNS = frozenset(
    "member victim officer official suspect nurse sailor guard prisoner patient tourist journalist reporter "
    "photographer hostage detainee pedestrian motorist cyclist climber diver hiker crewman deckhand".split()
)
_FEMALE = frozenset("mother daughter wife sister girl grandmother aunt niece queen actress".split())
_MALE = frozenset("father son husband brother boy grandfather uncle nephew king actor".split())
_PERSON_WORDS = frozenset({"he", "she", "him", "her", "his"})
_SUBJECT_OF = {"his": "he", "her": "she"}
_REPORTED_PRONOUNS = frozenset({"it", "its", "they", "their", "his", "her", "he", "she"})


_KIN = frozenset(
    "man woman men women person people boy girl child children father mother son daughter wife husband "
    "brother sister friend friends colleague colleagues rival rivals".split()
)


def _speaker_name(subject, pronoun, t: DocTables, known: str | None = None) -> str | None:
    """ "Minister Suwat Lippatapallop said his ministry had": "Suwat Lippatapallop's ministry", when
    the one who said it is the one person named before the pronoun (his, her: possessive only; a
    subject "he" is the actor resolver's to name). ``known``: the person the event is told by,
    whose name the speaker's one word is, when the tagger took it for no person ("Museveni said
    his country": "Yoweri Museveni's country")."""
    if pronoun.tag_ != "PRP$":
        return None
    ent = next((e for e in pronoun.doc.ents if e.start <= subject.i < e.end), None)
    if subject.ent_type_ == "PERSON" and subject.pos_ == "PROPN" and ent is not None and ent.label_ == "PERSON":
        name, start, end = ent.text, ent.start, ent.end
    elif known is not None and subject.ent_type_ != "PERSON" and subject.text in known.split():
        name, start, end = known, subject.i, subject.i + 1  # (the speaker's name, which the source's is)
    elif known is not None and subject.pos_ == "PRON":
        name, start, end = known, subject.i, subject.i + 1  # (the one the resolver took "he" for)
    else:
        return None
    own = {x.i for x in subject.subtree if x.dep_ in ("compound", "amod", "det") or x.i == subject.i}
    for c in children_with(subject, ("appos",)):
        if c.i > subject.i and c.pos_ == "NOUN":
            own.add(c.i)  # "Ed Deppe, head of Spacestar, said his ...": what the speaker is (a name there still counts)
            own.update(x.i for x in children_with(c, ("compound", "amod", "det")))
    for i in range(sentence_bounds(pronoun)[0], pronoun.i):
        if start <= i < end or i in own:
            continue  # the speaker's own name and title ("Transport Minister Anan Somboon")
        low = _low(t, i)
        if t.ents[i] == "PERSON" or t.pos[i] in ("NOUN", "PROPN") and (low in ROLE_HEADS or low in _KIN):
            return None  # someone else named, or told of ("X told the minister his ...")
    return name + "'s"


# People told by what they are or do ("a grocery store owner said he had sold ...").
_PERSON_NOUNS = (
    ROLE_HEADS
    | _KIN
    | frozenset(
        "owner resident witness survivor farmer driver doctor teacher student worker passenger "
        "neighbour neighbor villager policeman soldier manager coach pilot engineer".split()
    )
) - {"people", "children", "men", "women", "friends", "colleagues", "rivals"}


def _speaker_noun(subject, pronoun, t: DocTables) -> str | None:
    """ "A grocery store owner at Fort Davis said he had sold ...": the one who said it, told by
    what he or she is, when no other person is named or told of before the pronoun (a named
    speaker's "he" is the actor resolver's to name)."""
    lemma = subject.lemma_.lower()
    if subject.pos_ != "NOUN" or subject.tag_ != "NN" or subject.ent_type_ in ("NORP", "GPE", "ORG"):
        return None
    if lemma not in _PERSON_NOUNS and not (lemma.endswith(("man", "woman")) and lemma != "human"):
        return None  # ("a businessman", "a fisherman")
    own = {x.i for x in subject.subtree}
    for i in range(sentence_bounds(pronoun)[0], pronoun.i):
        low = _low(t, i)
        if i not in own and (t.ents[i] == "PERSON" or t.pos[i] in ("NOUN", "PROPN") and low in _PERSON_NOUNS):
            return None
    return _phrase(subject, t)


def _phrase(noun, t: DocTables) -> str | None:
    """A noun phrase as written, without its asides ("Toyota, the Japanese carmaker,"), or None
    when it is long or quoted."""
    ids = sorted(
        {noun.i}
        | {
            x.i
            for c in noun.children
            if c.dep_ not in _APPOSITIVES
            or c.dep_ in ("prep", "cc", "conj")
            and c.i > noun.i
            and _plain(c)
            or c.text == "-"
            or _named_after(c, noun)
            for x in c.subtree
        }
    )
    if len(ids) > 8 or ids[-1] - ids[0] + 1 != len(ids) or any(t.is_punct[i] and not _glued(t, i) for i in ids):
        return None  # (a hyphen is written against its word: "Air France-KLM")
    if t.deps[ids[-1]] in ("cc", "preconj"):
        return None  # "Mary Pierce and [her French fellow Amelie Mauresmo]": half of a pair
    return _join(ids, t)


def _named_after(child, noun) -> bool:
    """ "The Japanese carmaker [Halvo Motors]": the name told right after a common noun, with no
    comma, that the parser hung on it as an apposition (the noun is its title, not an aside)."""
    return (
        child.dep_ == "appos"
        and child.pos_ == "PROPN"
        and noun.pos_ == "NOUN"
        and child.left_edge.i == noun.i + 1
        and bool(child.ent_type_)
        and child.ent_type_ not in _NO_ANTECEDENT
    )


def _plain(child) -> bool:
    """A plain of/in phrase or conjunct, with no clause or aside of its own."""
    return not any(x.dep_ in ("relcl", "acl", "appos", "advcl") or x.is_punct and x.text != "-" for x in child.subtree)


_WH_OPENERS = frozenset({"when", "where", "which", "whereby", "while"})


def _without_next_subject(ids: list[int], trigger, t: DocTables) -> list[int]:
    """Without the subject of the next clause that the parser joined to the summary's last noun
    ("Police detained the mine owner [but its manager] is on the run", "the Dow rose to 10,870
    [and the Nasdaq] climbed to 2,269") or to its verb ("Ten people were killed [and 30 others]
    injured"): a noun phrase after the last "and", "but" or "or", with no verb of its own, that
    the next word, a tensed verb left out (or, for a noun joined to the verb, a participle of
    its own), goes on from."""
    cc = next((k for k in range(len(ids) - 1, 0, -1) if t.deps[ids[k]] == "cc"), None)
    if cc is None or cc == len(ids) - 1 or ids[cc + 1] != ids[cc] + 1:
        return ids
    tail = ids[cc + 1 :]
    doc = trigger.doc
    if trigger.i in tail or len(tail) > 6 or any(t.pos[i] in ("VERB", "AUX") for i in tail):
        return ids
    heads = [i for i in tail if t.heads[i] not in tail]
    if len(heads) != 1 or t.deps[heads[0]] != "conj" or tail[-1] - tail[0] + 1 != len(tail):
        return ids
    nxt = tail[-1] + 1
    if nxt >= sentence_bounds(trigger)[1] or nxt in ids:
        return ids
    head = heads[0]
    if t.pos[t.heads[head]] in ("VERB", "AUX") and t.pos[head] in ("NOUN", "PROPN", "NUM"):
        gapped = t.heads[nxt] == head and t.tags[nxt] in ("VBN", "VBG", "JJ")  # "and 30 others [injured]"
        return ids[:cc] if gapped else ids
    if t.tags[nxt] not in ("VBD", "VBZ", "VBP", "MD"):
        return ids
    verb = doc[nxt].head if t.deps[nxt] in ("aux", "auxpass") else doc[nxt]
    ancestors = {x.i for i in tail for x in doc[i].ancestors} | set(tail)
    if verb.i in ancestors or any(c.i in ancestors for c in children_with(verb, ("nsubj", "nsubjpass"))):
        return ids  # "talks between Israel and the Palestinians [are] due": the whole is the subject
    return ids[:cc]


def _after_relative_word(ids: Sequence[int], lo: int, hi: int, ti: int, t: DocTables) -> int:
    """Past the word that links a clause to what it hangs on, when the clause has a subject of its
    own: "when a part of a pillar fell off", "in which 500,000 were massacred", "after which the
    proposals will be put": the clause reads on its own. Not when the summary keeps what the clause
    hangs on ('"When I saw the smoke coming out, I thought I would never see him again," she said',
    '"Where did these samples come from is the first question"'): without the word, the time,
    place or condition reads as a fact of its own, or the question as a statement."""
    k = lo
    if k < hi and _links_kept_clause(ids[k], ids[lo:hi], t):
        return lo
    if k + 1 < hi and t.deps[ids[k]] == "prep" and _low(t, ids[k + 1]) in ("which", "whom"):
        k += 2  # "in which", "after which"
    elif k < hi and _low(t, ids[k]) == "that" and t.deps[ids[k]] == "advmod":
        k += 1  # "(the first time) that Kallis has missed a Test match": the time's "that"
    elif k < hi and _low(t, ids[k]) in _WH_OPENERS and t.deps[ids[k]] in ("advmod", "mark", "nsubj", "dobj", "pobj"):
        if t.deps[ids[k]] in ("nsubj", "dobj"):
            return lo  # "which sells music": the pronoun is the subject or object, keep it
        k += 1
    else:
        return lo
    if k >= hi or ids[k] == ti and t.pos[ti] != "VERB":
        return lo
    rest = set(ids[k:hi])
    has_subject = any(t.deps[i] in ("nsubj", "nsubjpass", "expl") for i in rest)
    return k if has_subject else lo


def _links_kept_clause(word: int, ids: Sequence[int], t: DocTables) -> bool:
    """Whether ``word`` opens a clause that hangs on a word ``ids`` keeps after it (the clause
    before its main clause, or a question that is the subject of the verb after it)."""
    clause = t.heads[word]
    host = t.heads[clause]
    return t.deps[clause] in _HUNG_CLAUSES and host != clause and host > word and host in ids


# Clauses that hang on a verb after them: the time, place or condition of another, a question as a subject
_HUNG_CLAUSES = frozenset({"advcl", "csubj", "csubjpass"})


def _after_subordinator(ids: Sequence[int], lo: int, hi: int, trigger, t: DocTables, names: Mapping[int, str]) -> int:
    """Past the word that makes the trigger's clause tell the time or cause of another, with what
    measures it, when the clause has a subject of its own (a name, not an unnamed pronoun): "[a
    week after] the US imposed a ban",
    "[Even after] those issues were resolved", "[Barely 10 days after] Chirac called the ballot"."""
    if trigger.dep_ != "advcl" or not any_child(trigger, ("nsubj", "nsubjpass")):
        return lo
    mark = next((c for c in children_with(trigger, ("mark",)) if c.lower_ in _SUBORDINATORS), None)
    if mark is None or mark.i not in ids[lo:hi]:
        return lo
    k = ids.index(mark.i)
    own = {x.i for c in mark.children for x in c.subtree} | {
        x.i for c in trigger.children if c.i < mark.i and c.dep_ in ("advmod", "npadvmod") for x in c.subtree
    }
    if all(i in own or t.is_punct[i] for i in ids[lo:k]) and k + 1 < hi:
        if t.pos[ids[k + 1]] == "PRON" and ids[k + 1] not in names:
            return lo  # "four days after it was tabled": not a clause that opens on an unnamed "it"
        return k + 1
    return lo


# Prepositions that only place a clause in time or cause: with their sub-clause left out, they go too
# ("will unload the containers before [heading to the Netherlands]").
_FRAMING_PREPS = frozenset(
    {
        "after",
        "before",
        "since",
        "until",
        "while",
        "when",
        "because",
        "despite",
        "following",
        "without",
        "as",
        "on",
        "upon",
    }
)


def _mended(trigger, keep: set[int], t: DocTables) -> None:
    """No preposition left without its object; what a noun that comes back with it is for comes
    too ("accused the team of playing for time [in a bid] [to derail the trial]")."""
    _mend_prepositions(keep, t, trigger.doc)
    kept = len(keep)
    _infinitives_kept(trigger, keep, t)
    if len(keep) != kept:
        _mend_prepositions(keep, t, trigger.doc)


def _mend_prepositions(keep: set[int], t: DocTables, doc) -> None:
    """No preposition left without its object. A gerund with no subject of its own completes the
    predicate and comes back ("stopped them from getting to work", "never meant to offend anyone
    by comparing ..."); a framing preposition whose clause was left out goes with it ("... stores
    before [heading home]", "..., with [Blair reporting back]"), and so does one whose object was
    taken away as the time of a saying ("On [Monday], X said"). A noun the parser made the subject
    of a participle right after the verb stays as the object ("met with a panel [reviewing ...]")."""
    seen: set[int] = set()
    while True:  # a gerund brought back may end on a preposition of its own ("under talks on [forming]")
        todo = sorted(keep - seen)
        if not todo:
            return
        seen.update(todo)
        _mend_pass(todo, keep, t, doc)


def _mend_pass(todo: Sequence[int], keep: set[int], t: DocTables, doc) -> None:
    deps, pos, tags, children = t.deps, t.pos, t.tags, t.children
    for i in todo:
        if deps[i] not in ("prep", "agent") or pos[i] not in ("ADP", "SCONJ"):
            continue  # ("despite losing" is sometimes tagged as a conjunction)
        objects = [c for c in children[i] if deps[c] in ("pobj", "pcomp")]
        if not objects or any(c in keep for c in objects):
            continue
        obj = objects[0]
        if deps[obj] == "pcomp" and tags[obj] in ("VBD", "VBZ", "VBP"):
            wh = doc[obj].left_edge.i
            if _low(t, wh) in _FREE_RELATIVES and wh == i + 1:
                # "in [what was one of the clearest signs]", "work with [whoever won]": the clause
                # is the object; a short one comes, a long one goes with its preposition
                clause = clause_indices(doc[obj])
                if len(clause) <= 6:
                    keep.update(clause)
                else:
                    keep.discard(i)
            continue  # "the night before [where ...]": the preposition stands alone
        subjects = [c for c in children[obj] if deps[c] in ("nsubj", "nsubjpass")]
        # framing only a verb's clause: "talks on [forming a government]" completes the noun
        framing = _low(t, i) in _FRAMING_PREPS and pos[t.heads[i]] in ("VERB", "AUX")
        gerund = (
            tags[obj] == "VBG"
            or tags[obj] == "VBN"
            and any(deps[c] in ("aux", "auxpass") and _low(t, c) in ("having", "being") for c in children[obj])
        )  # "for [having said]", "before [being replaced]"
        if deps[obj] == "pcomp" and gerund and not subjects and not framing and not is_speech(doc[obj]):
            keep.update(clause_indices(doc[obj]))
            _complements(doc[obj], keep)
        elif subjects and not framing and i > 0 and not t.is_punct[i - 1] and pos[subjects[0]] in ("NOUN", "PROPN"):
            keep.update(x.i for x in doc[subjects[0]].subtree if x.i < obj)
        else:
            keep.discard(i)


_FREE_RELATIVES = frozenset({"what", "whatever", "whoever", "whomever"})


def _close_gaps(ids: list[int], t: DocTables) -> list[int]:
    """A sub-clause or apposition left out between two commas takes both commas with it: "the ship
    [, dubbed the SS Santa,] will unload", "Idlib [, where many evacuees have gone,] could be"; only
    the second when the first closes an earlier aside ("Gough, 35, [who opted out ...,] danced")."""
    drop: set[int] = set()
    commas = 0
    low = lower_texts(t)  # (read once: the loop asks about every word kept)
    for k, a in enumerate(ids):
        if low[a] != ",":
            continue
        b = ids[k + 1] if k + 1 < len(ids) else None
        if b is not None and b > a + 1 and low[b] == ",":
            drop.update((b,) if commas % 2 else (a,) if _opens_speaker(t, ids[k - 1] if k else a, b) else (a, b))
        elif b is not None and k > 0 and ids[k - 1] < a - 1 and t.pos[b] in ("VERB", "AUX"):
            subject = _aside_subject(t, a - 1, ids[k - 1])
            if subject is not None and not any(subject < i < a and low[i] == "," for i in ids):
                drop.add(a)  # "the GATT [which preceded the WTO], was blocked": the comma closed the aside
        if a + 1 >= len(t.idx) or low[a + 1] not in ('"', "”", "’"):
            commas += 1  # (not one that ends a quotation: '"We are satisfied," Voynet, [who ...,] said')
    drop.update(_lone_conjunctions(ids, t))
    drop.update(_lone_dashes(ids, t))
    return [i for i in ids if i not in drop] if drop else ids


_SAID = frozenset(
    "said says told tells added adds reported reports stated announced noted warned explained stressed insisted "
    "confirmed claimed argued estimated predicted".split()
)


def _opens_speaker(t: DocTables, before: int, comma: int) -> bool:
    """Does ``comma`` set off the speaker of a speech verb after what was said, the word ``before``
    the left-out aside being no part of the speaker ("the Bihar region[, where ...], the official
    said": the comma stays; "The minister[, who ...,] said" loses both)?"""
    verb = t.heads[comma]
    if verb <= comma or _low(t, verb) not in _SAID or t.pos[verb] != "VERB":
        return False
    subject = next((c for c in t.children[verb] if t.deps[c] == "nsubj" and comma < c < verb), None)
    if subject is None:
        return False
    return not _under(t.heads, before, subject)


def _lone_conjunctions(ids: Sequence[int], t: DocTables) -> list[int]:
    """A conjunction whose second conjunct was left out, before a comma: "At least 47 people have
    been killed and[ 14 more injured], it was reported": nothing stitched to the next clause."""
    out = []
    for k, a in enumerate(ids[:-1]):
        b = ids[k + 1]
        if t.deps[a] == "cc" and b > a + 1 and _low(t, b) in (",", ";"):
            out.append(a)
    return out


def _lone_dashes(ids: Sequence[int], t: DocTables) -> list[int]:
    """The dashes of an aside that was left out: "plans for the elections [-- to be organised by
    the OSCE --] have been stuck", whether the parser kept both or one; a dash that opens or
    closes what is kept stays."""
    low = lower_texts(t)
    dashes = [k for k, a in enumerate(ids) if low[a] in ("--", "—", "–")]
    out = [
        ids[k + d]
        for k in dashes
        for d in (0, 1)
        if k + 1 in dashes and ids[k + 1] > ids[k] + 1  # "Plans for the stadium [-- ... --] have been"
    ]
    if out or len(dashes) % 2 == 0:
        return out
    for k in dashes:
        a = ids[k]
        before = k > 0 and ids[k - 1] < a - 1 and low[a - 1] not in ("--", "—", "–") and _dash_between(t, ids[k - 1], a)
        after = k + 1 < len(ids) and ids[k + 1] > a + 1 and _dash_between(t, a, ids[k + 1])
        if before or after:
            out.append(a)
            if before and _low(t, ids[k - 1]) == ",":
                out.append(ids[k - 1])  # "the United States[, which ... --] -- firmly reiterated"
    return out


def _dash_between(t: DocTables, lo: int, hi: int) -> bool:
    return any(_low(t, i) in ("--", "—", "–") for i in range(lo + 1, hi))


_ASIDES = frozenset({"relcl", "acl", "appos"})


def _aside_subject(t: DocTables, last: int, kept: int) -> int | None:
    """The subject that the left-out word ``last`` belongs to through a relative clause, participle
    or apposition hanging on a kept word (``kept`` or one before it), or None."""
    i = last
    while t.heads[i] != i and t.heads[i] > kept:
        i = t.heads[i]
    if t.deps[i] not in _ASIDES or t.heads[i] > kept:
        return None
    j = t.heads[i]
    while t.pos[j] not in ("VERB", "AUX"):
        if t.deps[j] in ("nsubj", "nsubjpass"):
            return j
        if t.heads[j] == j:
            break
        j = t.heads[j]
    return None


def _dangling(t: DocTables, i: int) -> bool:
    """A word that cannot end a cut summary: a preposition, an article, a conjunction, a comma, an
    opening bracket or quotation mark, a possessive (not a hyphen or a figure split by the
    tokenizer: "17-15")."""
    word = _low(t, i)
    if word in (",", ";", "(", "[", "“") or word == '"' and t.text[t.ends[i] : t.ends[i] + 1].isalnum():
        return True  # ("worth 3.17 trillion won [(3.40] …", 'in the biopic ["Walk] …': nothing opened on nothing)
    return t.deps[i] in ("prep", "det", "cc", "poss") and word.isalpha() and not _glued(t, i)


def _cut_end(ids: Sequence[int], hi: int, pos: int, t: DocTables, doc: Doc) -> int:
    """Where a summary cut at the cap ends (``hi``, past its last word; ``pos``: its trigger's
    place, kept): not inside a word the tokenizer split, a name or a sum, or a phrase."""
    while hi - 1 > pos and _glued(t, ids[hi]):
        hi -= 1  # ("year-on-year" is five tokens)
    if doc[ids[hi]].ent_iob_ == "I":
        name = entity_start(doc, ids[hi])
        while hi - 1 > pos and ids[hi - 1] >= name:
            hi -= 1  # "talks on its entry into the WTO [in Sri] …", "bought the yacht [for 36.5 million] …"
    while hi - 1 > pos and _dangling(t, ids[hi - 1]):
        hi -= 1  # "would put its future in the hands of …": cut before the phrase, not inside it
    return hi


def _glued(t: DocTables, i: int) -> bool:
    """Is token ``i`` written against the one before it, with no space ("-on" in "year-on-year")?"""
    start = t.idx[i]
    return start > 0 and not t.text[start - 1].isspace()


def _low(t: DocTables, i: int) -> str:
    """Token ``i``'s lower-cased text, read from the Doc's list of them (made once) rather than
    sliced and lower-cased on each of its ~800 calls per article."""
    return lower_texts(t)[i]


# Words whose infinitive tells what they are about: "is ready [to send monitors]", "was willing [to
# hold talks]", "327 seats, enough [to form a government]".
_COMPLEMENTED = frozenset({"acomp", "attr", "advmod", "npadvmod", "amod"})


def _complements(head, keep: set[int]) -> None:
    """Add the infinitive complements of ``head`` (and theirs) to the summary, and those of the
    adjective or adverb that completes it ("the EU is ready to send monitors": not "is ready")."""
    t = tables(head.doc)
    effort = head.lemma_.lower() in EFFORT_VERBS
    for ci in t.children[head.i]:
        dep = t.deps[ci]
        if dep != "xcomp" and dep != "ccomp" and dep not in _COMPLEMENTED and not (effort and dep == "advcl"):
            continue  # neither branch below takes it: no Token made for it
        child = head.doc[ci]
        if (
            child.dep_ == "xcomp"
            # "were working [to bypass the cables]": what an effort is at, hung as a purpose
            or child.dep_ == "advcl"
            and child.i > head.i
            and is_infinitive(child)
            and not any_child(child, ("nsubj", "mark"))
            or child.dep_ == "ccomp"
            and child.i > head.i
            and (_own_infinitive(child) or _small_clause(child))
        ):
            # "will allow [foreign banks to open branches]": what is allowed, with its own subject;
            # "would not let [his party be ruined]", "surprised to see [his name listed]"
            keep.update(clause_indices(child))
            _complements(child, keep)
            for inner in children_with(child, ("ccomp",)):
                if inner.i > child.i and _content_clause(inner, keep):
                    # "ordered the police to ensure [that the militants respect the truce]"
                    keep.update(clause_indices(inner))
                    _complements(inner, keep)
        elif child.dep_ in _COMPLEMENTED and child.i in keep:
            for inner in children_with(child, ("xcomp",)):
                if inner.i > child.i:
                    keep.update(clause_indices(inner))
                    _complements(inner, keep)


def _joined_participles(doc, keep: set[int], t: DocTables) -> None:
    """A participle joined to a kept adjective before their noun ("in the oil-rich but [poverty-plagued]
    country", "fresh and [processed] meat"): a word of the noun phrase, not a clause to leave out
    (which left "the oil-rich but South American country"). Only words before the noun."""
    for a in sorted(keep):
        if t.deps[a] != "amod" or t.pos[a] != "ADJ" or t.heads[a] not in keep:
            continue
        noun = t.heads[a]
        for c in t.children[a]:
            if t.deps[c] != "conj" or c in keep or t.tags[c] not in ("VBN", "VBG") or not a < c < noun:
                continue
            words = subtree_indices(doc[c])
            if words[0] > a and words[-1] < noun:
                keep.update(words)


def _second_acts_told(trigger, keep: set[int], t: DocTables) -> None:
    """A second act that shares the kept complement's "to" or "will" and is told by this row ("The
    mayor pledged to cut taxes [and raise spending on schools]", "warned that police will crack down
    on vendors [and seize their goods]"): it has no row of its own, so the summary tells it too (not
    one a time of its own dates, "and raise spending next year": a planned row of its own)."""
    for c in t.children[trigger.i]:
        if t.deps[c] not in ("xcomp", "ccomp") or c not in keep:
            continue
        for conj in t.children[c]:
            if t.deps[conj] != "conj" or conj in keep or t.pos[conj] != "VERB":
                continue
            act = trigger.doc[conj]
            told_by = second_act_told_by(act)
            if told_by is None or told_by.i != trigger.i:
                continue
            clause = clause_indices(act)
            if any(t.ents[i] in ("DATE", "TIME") for i in clause):
                continue
            keep.update(clause)
            _complements(act, keep)


_RELATIVE = frozenset({"who", "which", "that", "whom"})


def _own_infinitive(clause) -> bool:
    """An infinitive with a subject of its own ("allow [banks] to open", "urged [Moopanar] to reverse")."""
    return is_infinitive(clause) and any_child(clause, ("nsubj", "nsubjpass"))


def _gerunds_of_nouns(trigger, keep: set[int], t: DocTables) -> None:
    """The gerund a kept noun's "of" holds ("has no intention [of asking companies to pay back the
    money]", "raised the possibility [of holding talks]"): the noun alone says nothing of it, and a
    summary would end on "no intention"."""
    doc = trigger.doc
    for p in sorted(keep):
        if t.deps[p] != "prep" or _low(t, p) != "of" or t.pos[t.heads[p]] != "NOUN" or t.heads[p] not in keep:
            continue
        for g in t.children[p]:
            if t.deps[g] == "pcomp" and t.tags[g] == "VBG" and g not in keep and g != trigger.i:
                keep.update(clause_indices(doc[g]))
                _complements(doc[g], keep)


_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _small_clause(clause) -> bool:
    """A subject with a bare verb or participle and no tense of its own, what a verb of letting or
    seeing takes ("let [his party be ruined]", "saw [his name listed]", "made [the crowd cheer]")."""
    if clause.tag_ not in ("VB", "VBN", "VBG"):
        return False
    kids = list(clause.children)
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in kids) and not any(
        c.dep_ == "mark" or c.dep_ in ("aux", "auxpass") and (c.tag_ in _FINITE or c.lower_ == "to") for c in kids
    )


def _content_clause(clause, keep: set[int]) -> bool:
    """Is ``clause`` what its verb decided, found or ordered, told right after the verb's words
    (not a clause the parser hung on it from further on: "appealed the decision and [as the matter
    was pending the decision] was stayed")? A clause with a subject of its own, or an infinitive."""
    verb = clause.head
    if verb.pos_ != "VERB" or verb.tag_ == "VBG" or clause.tag_ == "VBG":
        return False  # (a participle's "clause" is mostly a parse of two sentences run together)
    subjects = children_with(clause, ("nsubj", "nsubjpass", "expl"))
    if any(c.lower_ in _RELATIVE for c in subjects):
        return False  # "were launched [that showed]": a relative clause, not what
    if not subjects and not is_infinitive(clause):
        return False
    if any(verb.i < c.i < clause.i for c in children_with(verb, ("cc",))):
        return False
    before = clause.left_edge.i - 1
    return before in keep or before == verb.i


def _free_relative(clause) -> bool:
    """A clause that stands for a thing ("what they described as a retreat")."""
    return any(c.lower_ in ("what", "whatever") and c.dep_ in ("dobj", "nsubj", "nsubjpass") for c in clause.children)


# The longest clausal subject a summary takes whole.
_CLAUSAL_SUBJECT = 18


def _subject(trigger) -> list[int]:
    """The subject a clause borrows: a conjoined verb's ("X arrived and met Y"), or the noun a
    relative pronoun stands for ("the patient, who was injured")."""
    if trigger.pos_ not in ("VERB", "AUX"):
        return []
    own = children_with(trigger, ("nsubj", "nsubjpass"))
    if not own:
        clausal = next((c for c in children_with(trigger, ("csubj", "csubjpass")) if c.i < trigger.i), None)
        span = subtree_indices(clausal) if clausal is not None else ()
        if 0 < len(span) <= _CLAUSAL_SUBJECT:
            # "Unregulated fishing on the scale taking place off the coast threatened the ecosystem",
            # "Raising taxes would hurt growth": a clause is the subject, told with its verb
            return list(span)
    above = _relative_above(trigger) if trigger.dep_ != "relcl" else None
    if above is not None and _relative_subject(trigger) == (above[1].i, None):
        # "the party, which he said was drifting": the party; "Mund, who prosecutors say stole": Mund
        noun = _outer_antecedent(above[0]) or _noun_and_lefts(above[0].head)
        return [*noun, above[1].i, *_own_subject(trigger, own)]
    if above is not None and _restricted_noun(above[0], above[1]):
        # "Farmers who police say burned the depot": "Farmers who burned the depot", as the clause
        # told with no saying ("Farmers who burned the depot"), not "burned the depot"
        return [*_noun_and_lefts(above[0].head), above[1].i, *_own_subject(trigger, own)]
    return _own_or_joined_subject(trigger, own)


def _antecedent_word(clause) -> bool:
    """Whether the word a relative clause hangs on is what its relative word stands for: a noun, or
    a number, an adjective or a pronoun standing for a noun phrase ("the seven, who were arrested",
    "The 44-year-old, who appeared", "those who were reunited") when the clause opens right after
    it or after its comma (not "the only one of the ten countries -- ... -- that joined": which?)."""
    head = clause.head
    if head.pos_ in ("NOUN", "PROPN"):
        return True
    if not _nominal(head) or head.i > clause.i or head.pos_ == "NUM" and head.ent_type_ in ("DATE", "TIME"):
        return False  # (not "in 2003, which led to": the year is not what led)
    doc = clause.doc
    return all(doc[i].text == "," for i in range(head.i + 1, clause.left_edge.i)) and any(
        c.i < clause.i
        and c.dep_ in ("nsubj", "nsubjpass", "dobj")
        and c.i == clause.left_edge.i
        or c.dep_ == "nsubj"
        and any(p.lower_ == "whose" and p.i == clause.left_edge.i for p in c.children)
        for c in clause.children
    )


def _says_which(noun, aside: bool) -> bool:
    """Whether a relative clause says which of its noun is meant ("all people who", "countries
    which", "23 who", "those whose homes"): not after a comma, on a quantified or bare plural noun."""
    if aside:
        return False
    dets = {c.lower_ for c in children_with(noun, ("det", "predet", "amod", "nummod"))}
    return bool(
        dets & _QUANTIFIERS
        or noun.pos_ == "NOUN"
        and noun.tag_ in ("NNS", "NNPS")
        and not dets - _QUANTIFIERS
        or _few_of(noun, aside)
    )


def _whose_says_which(clause, subject) -> bool:
    """Whether a relative clause opening on "whose" right after its noun says which of the noun is
    meant ("Farmers whose crops failed", "those whose homes burned"): the noun stays before it."""
    noun = clause.head
    return (
        any(c.lower_ == "whose" and c.i == noun.i + 1 for c in children_with(subject, ("poss",)))
        and _antecedent_word(clause)
        and _says_which(noun, False)
    )


def _few_of(noun, aside: bool) -> bool:
    """Whether a number, an adjective or a pronoun a relative clause hangs on is told by it ("23 who
    were hospitalized", "those who lost", "someone who made"): with no comma the clause says which,
    the pronoun stays."""
    return noun.pos_ not in ("NOUN", "PROPN") and not aside


def _restricted_noun(clause, pronoun) -> bool:
    """Whether the relative clause ``clause`` opening on ``pronoun`` says which of its noun is meant,
    right after it with no comma ("all people who", "farmers who"): the noun and the pronoun stay."""
    noun = clause.head
    if not _antecedent_word(clause) or pronoun.lower_ not in _RELATIVE or pronoun.i != noun.i + 1:
        return False  # (right after the noun: not after a phrase of it, nor after a comma)
    dets = {c.lower_ for c in children_with(noun, ("det", "predet", "amod", "nummod"))}
    return (
        bool(dets & _QUANTIFIERS)
        or _few_of(noun, False)
        or noun.pos_ == "NOUN"
        and noun.tag_ in ("NNS", "NNPS")
        and not dets - _QUANTIFIERS
    )


# Verbs of a figure's change: "around 1,800, which will fall to 1,600" tells the figure's noun.
_FIGURE_MOVES = frozenset("rise fall drop decline increase decrease grow climb shrink double halve".split())


def _measured_noun(clause):
    """The noun a figure measures, when a relative clause of change hangs on the figure ("The
    British strength is now around 1,800, [which will fall to around 1,600]": the strength), the
    figure told by "be" or "stand at" of the noun; None otherwise."""
    figure = clause.head
    if clause.dep_ != "relcl" or clause.lemma_.lower() not in _FIGURE_MOVES or figure.pos_ != "NUM":
        return None
    subject = first_child(clause, ("nsubj", "nsubjpass"))
    if subject is None or subject.lower_ not in ("which", "that") or subject.i < figure.i:
        return None
    verb = figure.head
    if figure.dep_ == "pobj" and verb.lower_ == "at":
        verb = verb.head  # "stood at 1,800"
    elif figure.dep_ != "attr":
        return None
    if verb.lemma_.lower() not in ("be", "stand"):
        return None
    noun = first_child(verb, ("nsubj",))
    return noun if noun is not None and noun.pos_ in ("NOUN", "PROPN") else None


def _own_or_joined_subject(trigger, own: list) -> list[int]:
    """:func:`_own_subject`, or the first clause's for the second of two relative clauses joined by
    "and" ("the senator, who has served and [who is expected]": the senator)."""
    measured = _measured_noun(trigger) if own else None
    if measured is not None:
        whole = [x.i for x in measured.subtree]  # "The number of troops is 5,000, which will rise"
        return whole if len(whole) <= 8 and not any(x.is_punct for x in measured.subtree) else _noun_and_lefts(measured)
    taken = _object_for_subject(trigger) if not own else None
    if taken is not None:
        # "It added the mine's permit [have] both expired": with the comma closing its aside
        ids = [x.i for x in taken.subtree]
        opened = sum(trigger.doc[i].text == "," for i in ids) % 2
        return ids + list(range(taken.right_edge.i + 1, _lead(trigger) if opened else taken.right_edge.i + 1))
    joined = _joined_relative(trigger) if own else None
    if joined is not None and joined.i == own[0].i:
        first = trigger.head
        return _own_subject(first, children_with(first, ("nsubj", "nsubjpass")))
    return _own_subject(trigger, own)


def _relative_antecedent(trigger, own: list) -> list[int] | None:
    """The noun phrase a relative clause's subject pronoun stands for, told before the clause; the
    noun of a "whose" that says which of it is meant; or None."""
    if trigger.dep_ in _MISHUNG and own:
        return _timed_antecedent(trigger)  # "an armed attack in 2000 [that] injured 15 people"
    if trigger.dep_ != "relcl" or not own:
        return None
    if own[0].lower_ in _RELATIVE:
        outer = _outer_antecedent(trigger)
        if outer is not None:
            return outer  # "the attack in Kharkiv, which killed": the attack in Kharkiv
        if _antecedent_word(trigger):
            return _noun_and_lefts(trigger.head)
    if _whose_says_which(trigger, own[0]):
        return _noun_and_lefts(trigger.head)  # "Farmers whose crops failed", not "whose crops failed"
    return None


def _own_subject(trigger, own: list) -> list[int]:
    """The subject a clause borrows, as :func:`_subject` tells, past a relative word told above it."""
    antecedent = _relative_antecedent(trigger, own)
    if antecedent is not None:
        return antecedent
    if not own and _gapped_modifier(trigger):
        # "Six people were killed and 12 more [injured]": the parser made the participle a modifier of
        # the second subject: that subject ("12 more")
        noun = trigger.head
        return [noun.i, *(x.i for c in noun.children if c.i < trigger.i and c.dep_ != "cc" for x in c.subtree)]
    stray = _misplaced_subject(trigger) if not own else None
    if stray is not None:
        # "X and Y split the titles as A and B won the sprint": A and B, not the first verb's subject
        return [x.i for x in stray.subtree]
    if (
        trigger.dep_ == "conj"
        or trigger.dep_ == "dep"
        and trigger.tag_ in ("VBD", "VBZ", "VBP")
        or _subjectless_ccomp(trigger)
    ) and not own:
        first = trigger.head
        while first.dep_ == "conj" and first.head.i != first.i and not any_child(first, ("nsubj", "nsubjpass")):
            first = first.head  # "broke away, switched allegiances and signed an agreement"
        if _noun_participles(trigger, first) or _misread_deed(trigger, first):
            return _noun_and_lefts(first.head)  # "a firehouse occupied on Sunday and [seized] Monday"
        if (
            trigger.tag_ in ("VBD", "VBZ")
            and first.tag_ == "VB"
            and first.dep_ == "ccomp"
            and any(c.lower_ in MODAL_AUXILIARIES for c in children_with(first, ("aux",)))
        ) or _misjoined_saying(trigger):
            # "Russia said the evacuation would be swift and promised that ...": a tensed verb shares
            # no "would"; the parser hung it on the reported clause, it goes with the saying ("X
            # conceded that the problems were serious but expressed confidence": X, not the problems)
            first = first.head
        elif trigger.tag_ in ("VBD", "VBZ") and (
            first.tag_ == "VB" or trigger.tag_ == "VBD" and first.tag_ == "VBP" and first.i < trigger.i
        ):
            # "Jones bowed to pressure to fire the manager and called for his departure", "rejected
            # demands he scrap the tax and insisted": a past verb the parser joined to an infinitive
            # or a present goes with the verb of its tense above it
            first = _tensed_above(first, trigger.tag_) or first
        first = stance_host(trigger) or first  # "denounced the crime that killed ... and condemned"
        for c in children_with(first, ("nsubj", "nsubjpass")):
            if c.lower_ in _RELATIVE and first.dep_ == "relcl":
                # "the Expo, which opened on November 30 and runs through December 11"
                return _outer_antecedent(first) or _noun_and_lefts(first.head)
            return _borrowed_subject(c)
        told = _participle_subject(first) if first.tag_ == "VBD" else None
        if told is not None:
            return [
                x.i for x in told.subtree if not x.is_punct or x.i < told.i
            ]  # "The offensive, launched in May, killed 175 and injured"
    infinitive = is_infinitive(trigger)
    head = trigger.head
    if not own and trigger.dep_ == "acl" and trigger.tag_ in ("VBN", "VBG", "VBD") and _nominal(head):
        # "the poll, released on Thursday", "ministers, meeting in Brussels on Tuesday": who or what
        return _noun_and_lefts(head)
    if own or not (infinitive or trigger.dep_ == "xcomp" and trigger.tag_ == "VBG"):
        return []
    if trigger.dep_ in ("acl", "relcl") and head.pos_ in ("NOUN", "PROPN") and infinitive:
        # "the 13th summit of SAARC, to be held in Dhaka on Nov. 12": the summit is what is held
        return [head.i, *(x.i for c in head.children if c.i < head.i or _of_phrase(c) for x in c.subtree)]
    if trigger.dep_ == "xcomp" and head.pos_ in ("VERB", "AUX", "ADJ"):
        return _controller(head, trigger.i)
    return []


def _misread_deed(trigger, first) -> bool:
    """Is ``trigger`` a past joined to a verb the parser took for a participle of the noun before it,
    when that verb is the noun's deed: "A flood [killed] 47 people and left 50 missing, the minister
    said" ("killed" made a modifier of "flood", with an object of its own, and the noun the subject
    of the saying): what both tell is the noun's."""
    noun = first.head
    return (
        trigger.dep_ == "conj"
        and trigger.tag_ == "VBD"
        and first.dep_ == "acl"
        and first.tag_ in ("VBN", "VBD")
        and noun.pos_ in ("NOUN", "PROPN")
        and noun.dep_ == "nsubj"
        and first.i == noun.i + 1
        and any_child(first, ("dobj",))
        and any_child(trigger, ("dobj",))
        and not any_child(first, ("aux", "auxpass", "agent"))
    )


def _gapped_modifier(trigger) -> bool:
    """A participle the parser hung as a modifier after the subject of a gapped clause ("Six people
    were killed and [12 more] injured": "injured" an adjective of "12"), the subject joined to a
    passive verb."""
    noun = trigger.head
    return (
        trigger.dep_ == "amod"
        and trigger.tag_ == "VBN"
        and noun.i < trigger.i
        and noun.dep_ == "conj"
        and noun.pos_ in ("NOUN", "PROPN", "NUM")
        and noun.head.pos_ in ("VERB", "AUX")
        and noun.head.i < noun.i
        and _passive_auxiliaries(noun.head) is not None
        and not any_child(trigger, ("dobj", "nsubj", "nsubjpass"))
    )


def _noun_participles(trigger, first) -> bool:
    """Is ``trigger`` a participle joined to ``first``, a participle told of a noun ("a firehouse
    occupied by the rebels on Sunday and seized by police on Monday")? What both tell is the noun's."""
    return (
        trigger.dep_ == "conj"
        and trigger.tag_ in ("VBN", "VBG", "VBD")
        # (the tagger takes the second of two participles for a past: "initiated in 1996 and [readjusted]")
        and first.tag_ == (trigger.tag_ if trigger.tag_ != "VBD" else "VBN")
        and first.dep_ == "acl"
        and _nominal(first.head)
        # (not "the distances involved and [influenced] by": a bare participle, an adjective)
        and any(c.dep_ not in ("cc", "conj", "punct") for c in first.children)
        and not any_child(trigger, ("aux", "auxpass"))
    )


# What a noun phrase is to its verb: a word heading one may be told by a number or a determiner.
_NOMINAL_DEPS = frozenset("nsubj nsubjpass dobj pobj attr conj appos dative".split())


def _nominal(word) -> bool:
    """Whether ``word`` heads a noun phrase a participle may hang on: a noun, or a number, a
    determiner or an adjective standing for one ("the more than 60 million [recorded] in 1949",
    "those [enforced] at earlier polls", "two [injured] in the attack"); not a personal pronoun."""
    if word.pos_ in ("NOUN", "PROPN"):
        return True
    return (
        word.pos_ in ("NUM", "DET", "PRON", "ADJ") and word.tag_ not in ("PRP", "PRP$") and word.dep_ in _NOMINAL_DEPS
    )


def _object_for_subject(verb):
    """The subject of a tensed clause with none that the parser took for the object of the verb
    it hangs on ("It added [the mine's permit] have both expired", "Kim said on Monday [world
    safety] has worsened"): the object right before the clause, nothing but its auxiliaries and
    adverbs between them; or None."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.i > verb.i or head.tag_ not in ("VBD", "VBZ", "VBP", "VBN"):
        return None
    if head.tag_ == "VBN" and not any_child(head, ("aux",)):
        return None  # ("countries using capital punishment were urged": a participle, no saying)
    auxes = [c for c in verb.lefts if c.dep_ in ("aux", "auxpass")]
    if not auxes and verb.tag_ in ("VBN", "VB") or any(c.dep_ in ("mark", "expl", "csubj") for c in verb.lefts):
        return None  # ("the talks held in Rome": a participle, no clause)
    objects = [c for c in children_with(head, ("dobj",)) if head.i < c.i < verb.i]
    if len(objects) != 1 or objects[0].pos_ not in ("NOUN", "PROPN", "NUM"):
        return None
    first = _lead(verb)
    doc = verb.doc
    if any(doc[i].text != "," for i in range(objects[0].right_edge.i + 1, first)):
        return None  # (the comma that closes a relative clause of it may come between)
    return objects[0]


def _lead(verb) -> int:
    """The first word of a verb's clause."""
    return min([verb.i, *(c.i for c in verb.lefts)])


def _has_subject(verb) -> bool:
    return any_child(verb, ("nsubj", "nsubjpass"))


def _tensed_above(verb, tag: str):
    """The nearest verb above ``verb`` in the same tense (``tag``) with a subject of its own, or None."""
    head = verb.head
    for _ in range(8):
        if head.pos_ in ("VERB", "AUX") and head.tag_ == tag and _has_subject(head):
            return head
        if head.head.i == head.i:
            return None
        head = head.head
    return None


def _subjectless_ccomp(verb) -> bool:
    """A tensed verb with no subject that the parser took for what its head holds ("The envoys, also
    hopeful that the talks could resume, [decided] to stay": "hopeful" made the main word), told
    after a comma with no "that": it is the head's subject's verb."""
    if verb.dep_ != "ccomp" or verb.tag_ not in ("VBD", "VBZ") or verb.i < verb.head.i:
        return False
    if any_child(verb, ("nsubj", "nsubjpass", "expl", "mark", "csubj")):
        return False
    before = verb.doc[verb.left_edge.i - 1] if verb.left_edge.i > 0 else None
    return before is not None and before.text == ","


def _controller(head, trigger_i: int) -> list[int]:
    """Who does what an infinitive or gerund under ``head`` tells, with the verb that controls it."""
    # "Gyanendra is scheduled to return home", "the convoy was reported leaving": who is, and how
    if head.dep_ == "acl" and head.tag_ == "VBN" and head.head.pos_ in ("NOUN", "PROPN"):
        return [*_noun_and_lefts(head.head), head.i]  # "a car factory, set to open in 2009"
    if is_infinitive(head):
        return []  # "to do well enough to turn around": an infinitive lends no subject
    ids = [head.i]
    for c in head.children:
        if c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "neg", "prt") or c.dep_ == "dobj" and c.i < trigger_i:
            ids.extend(x.i for x in c.subtree)  # "forced him to quit": him
    if head.dep_ == "conj" and not any_child(head, ("nsubj", "nsubjpass")):
        ids.extend(_subject(head))  # "Hamas has been trailing but managed to win": Hamas
    outer = _outer_antecedent(head) if head.dep_ == "relcl" else None
    if outer is not None:
        ids.extend(outer)  # "the budget for 2004-05 which is to be approved": the budget
    elif head.dep_ == "relcl" and head.head.pos_ in ("NOUN", "PROPN"):
        if any(c.lower_ in _RELATIVE for c in children_with(head, ("nsubj", "nsubjpass"))):
            ids.extend(_noun_and_lefts(head.head))  # "the budget, which is to be approved": the budget
    if head.pos_ == "ADJ" and head.head.pos_ in ("AUX", "VERB"):  # "is due to", "is set to"
        gov = head.head
        ids.append(gov.i)
        ids.extend(x.i for c in gov.children if c.dep_ in ("nsubj", "nsubjpass", "aux") for x in c.subtree)
    return ids


def _borrowed_subject(subject) -> list[int]:
    """A subject another verb borrows: not a date the parser hung on it ("On Wednesday forces
    seized X and rolled south"), nor a clause told of it ("Gough, wearing a black shirt, said ...
    and praised")."""
    doc = subject.doc
    ents = tables(doc).ents
    aside = {x.i for a in subject.children if _comma_aside(a) for x in a.subtree}
    if aside:
        aside.update(i for i in (min(aside) - 1, max(aside) + 1) if 0 <= i < len(doc) and doc[i].text == ",")
    kept = {x.i for a in subject.children if a.dep_ in ("amod", "compound", "nummod") for x in a.subtree}
    ids = [
        x.i
        for x in subject.subtree
        if not (ents[x.i] in ("DATE", "TIME") and x.i < subject.i and x.i not in kept)  # "The 63-year-old Ali"
        and x.i not in aside
    ]
    if ids and ids[-1] > subject.i and doc[ids[-1]].text == "," and sum(doc[i].text == "," for i in ids) % 2:
        ids.pop()  # "The offensive, [launched to stop attacks,] killed": not its comma (an apposition keeps its own)
    return ids


# Verbs of a speaker's stance, which the one who speaks does, not what is spoken of.
_STANCE_VERBS = frozenset(
    "express voice pledge vow promise urge appeal call reiterate stress insist warn add repeat".split()
)


def _misjoined_saying(trigger) -> bool:
    """Whether the trigger is a verb of saying or of stance that the parser joined to the clause
    its speaker reports ("X conceded that the problems were serious but [expressed] confidence",
    "admitted the defence had been weak and [promised] changes"): the speaker is its subject."""
    if trigger.dep_ != "conj" or trigger.tag_ not in ("VBD", "VBZ", "VBP"):
        return False
    if not (is_speech(trigger) or trigger.lemma_.lower() in _STANCE_VERBS):
        return False
    clause = trigger.head
    if clause.dep_ != "ccomp" or clause.i > trigger.i or is_speech(clause) or not is_speech(clause.head):
        return False
    if trigger.tag_ in _PRESENT and clause.tag_ in _PRESENT and clause.head.tag_ == "VBD":
        # "Doctors said the case is rare and [suggests] viral pneumonia": a present joined to the
        # present clause a past saying reports is that clause's verb (the case suggests)
        return False
    speakers = children_with(clause.head, ("nsubj",))
    return len(speakers) == 1 and speakers[0].i < clause.i


_PRESENT = frozenset({"VBZ", "VBP"})


def _comma_aside(child) -> bool:
    """A clause told of a noun between commas ("Gough, wearing a black shirt,"), not one that
    says which ("efforts to reach out to dissidents")."""
    doc = child.doc
    before = child.left_edge.i - 1
    return child.dep_ in ("advcl", "relcl", "acl") and before >= 0 and doc[before].text == ","


def _gerund_subject_host(trigger, keep: set[int]) -> None:
    """A gerund that names a happening is told with the verb that says it took place ("since fighting
    broke out in 2002": "fighting broke out in 2002", not "fighting")."""
    head = trigger.head
    if (
        trigger.tag_ == "VBG"
        and trigger.dep_ == "nsubj"
        and head.pos_ == "VERB"
        and head.lemma_.lower() in OUTBREAK_VERBS
    ):
        keep.update(clause_indices(head))


# A subject short enough to open a ranked infinitive's summary whole.
_SHORT_SUBJECT = 12


def _ranked_host(trigger, keep: set[int]) -> None:
    """What "the first (last, only) one to do it" did is told with who did it ("Saddam was the last to
    enter the courtroom", "Sinovac, the first in the world to develop a SARS vaccine"), not as "to
    enter the courtroom"."""
    if trigger.dep_ not in ("acl", "relcl", "advcl") or not is_infinitive(trigger) or not ranked(trigger.head):
        return
    ranked_noun = trigger.head
    host = ranked_noun.head
    if ranked_noun.dep_ in ("attr", "acomp") and host.pos_ in ("VERB", "AUX"):
        subjects = children_with(host, ("nsubj", "nsubjpass"))
        subject = [i for c in subjects for i in subtree_indices(c)]
        if len(subject) > _SHORT_SUBJECT or any(c.pos_ not in ("NOUN", "PROPN") for c in subjects):
            return  # "About 2,730 graduates -- those who ... -- became the first": too long to read whole
        keep.update(subtree_indices(ranked_noun), subject, (host.i,))
    elif ranked_noun.dep_ == "appos" and host.pos_ in ("NOUN", "PROPN"):
        keep.update(subtree_indices(ranked_noun))
        keep.update(_noun_and_lefts(host))
        keep.update(c.i for c in children_with(host, ("punct",)) if host.i < c.i < ranked_noun.i)


def _purpose_host(trigger, keep: set[int]) -> None:
    """An infinitive of purpose or outcome with no subject of its own is told with the clause it
    completes ("Australia recovered from an early loss to reach 173-3 at tea", not "to reach
    173-3 at tea"), when the two fit the cap together."""
    if trigger.dep_ != "advcl" or not is_infinitive(trigger) or trigger.i < trigger.head.i:
        return
    head = trigger.head
    if any_child(trigger, ("auxpass",)):
        # "the presidential elections to be held in April": the noun's, which the parser hung on
        # the verb; told with the noun right before it
        before = trigger.doc[trigger.left_edge.i - 1] if trigger.left_edge.i > sentence_bounds(trigger)[0] else None
        if before is not None and before.pos_ in ("NOUN", "PROPN") and before.dep_ in ("pobj", "dobj"):
            keep.update(_noun_and_lefts(before))
        return
    if head.pos_ not in ("VERB", "AUX") or any_child(trigger, ("nsubj", "nsubjpass")):
        return
    host = set(clause_indices(head)) | set(_subject(head))
    core = _core(head, trigger.i)
    framing = _framing_preposition(head) if head.tag_ == "VBG" else None
    if framing is not None:
        # "Bulgaria captured their first medal by beating Serbia to finish third": who beat
        outer = framing.head
        host |= set(clause_indices(outer)) | set(_subject(outer)) | {framing.i}
        core |= _core(outer, framing.i) | {framing.i}
    t = tables(trigger.doc)
    if not any(t.deps[i] in ("nsubj", "nsubjpass") for i in host):
        return
    if sum(1 for i in host | keep if not t.is_punct[i]) <= _PURPOSE_CAP:  # words
        keep.update(host)
    elif sum(1 for i in core | keep if not t.is_punct[i]) <= _PURPOSE_CAP:
        # its subject, verb and object alone ("Australia recovered to reach 173-3 at tea ...")
        keep.update(core)


def _core(verb, before: int) -> set[int]:
    """A clause's subject, verb, auxiliaries and the object told before ``before``."""
    own = children_with(verb, ("nsubj", "nsubjpass"))
    ids = {verb.i, *(i for c in own for i in _borrowed_subject(c))} if own else {verb.i, *_subject(verb)}
    ids.update(c.i for c in children_with(verb, ("aux", "auxpass", "neg", "prt")))
    for c in children_with(verb, ("dobj", "attr", "acomp", "dative")):
        if verb.i < c.i < before:
            ids.update(_noun_and_lefts(c))
    return ids


_PURPOSE_CAP = 26

# A summary that tells its participle with the clause it hangs on: at most so many words.
_HOST_CAP = 25


def _causative_host(trigger, keep: set[int]) -> None:
    """ "A widow had her head shaved", "the firm got its licence revoked": the participle a "have"
    ("get") tells done to what its subject has is told with that verb and its subject, who it was
    done to ("her head shaved" says nothing of whose head)."""
    head = trigger.head
    if trigger.tag_ != "VBN" or head.i > trigger.i or any_child(trigger, ("aux", "auxpass")):
        return  # ("had been shaved": a tense, not a causative)
    if trigger.dep_ == "acl" and head.dep_ == "dobj" and any_child(head, ("poss",)):
        head = head.head  # "got [its licence] suspended", parsed as the licence's participle
    elif trigger.dep_ not in ("ccomp", "xcomp") or not any(
        c.dep_ in ("nsubj", "dobj") and c.i < trigger.i for c in trigger.children
    ):
        return
    if head.lemma_.lower() not in ("have", "get") or head.i == trigger.i or head.i > trigger.i:
        return
    keep.add(head.i)
    for c in children_with(head, ("nsubj", "nsubjpass", "aux", "neg")):
        keep.update(x.i for x in c.subtree)


def _participle_host(trigger, keep: set[int]) -> None:
    """A participle told after its clause with no subject of its own is told with that clause
    ("A plane crashed near the capital on Monday, killing 108 people", not "killing 108 people";
    "..., killing 12 people and wounding 40 others" for the wounding): the text as written, from
    the clause's subject to the participle. So is one with "being" or "having been", and one after
    a preposition of time ("Kim worked in Seoul before [being posted] to Zagreb", "shares rose,
    having been [suspended]", not "being posted to Zagreb"). When the whole clause is too long, its
    subject and verb alone ("A truck bomb exploded, killing 9 officers")."""
    first = trigger
    while first.dep_ == "conj" and first.tag_ == "VBG" and first.head.tag_ == "VBG" and first.head.i < first.i:
        first = first.head  # "killing 12 people and [wounding] 40 others"
    between: set[int] = set()
    framing = _framing_preposition(trigger)
    if framing is None and first.i != trigger.i:
        framing = _framing_preposition(first)  # "by celebrating mass and [making] an appeal"
    head = None
    if framing is None:
        framing, head = _noun_framing(first)  # "had little chance [of] being adopted"
    if framing is not None:
        # "worked with Singh before [being posted] to Croatia": the preposition and what measures it
        between = set(subtree_indices(framing)) - set(subtree_indices(trigger))
        first = framing
    elif (trigger.tag_ != "VBG" and not _participle_aux(trigger)) or first.dep_ != "advcl" or first.i < first.head.i:
        return
    if any_child(first, ("nsubj", "nsubjpass", "mark", "expl")):
        return  # "with X killing", "after killing": a clause of its own, or a time
    if not _participle_aux(trigger) and any_child(first, ("aux", "auxpass")):
        return  # "..., since the vice-president is leaving": a tensed verb whose subject the parser lost
    if head is None:
        head = first.head
    lender = _subject_lender(head, framing is not None)
    if lender is None:
        return
    t = tables(trigger.doc)
    own = children_with(lender, ("nsubj", "nsubjpass"))
    subject = [i for c in own for i in _borrowed_subject(c)] or _subject(lender)
    if not subject:
        return
    if first.i != trigger.i and framing is None:
        between = set(clause_indices(first))
    # ("pearls were to be put on show before being auctioned": "were" lends its subject to "put")
    lent = {lender.i, *(c.i for c in children_with(lender, ("aux", "auxpass", "neg")))} - {head.i}
    host = set(clause_indices(head)) | set(subject) | between | lent
    host = {i for i in host if i < first.left_edge.i or i in between}
    if t.is_punct[first.left_edge.i - 1]:
        host.add(first.left_edge.i - 1)  # its comma, also after a clause left out
    if sum(1 for i in host | keep if not t.is_punct[i]) > _HOST_CAP:
        if len(own) == 1 and own[0].pos_ == "PROPN":
            # "Jean-Eugene Voninahitsy[, the leader of ...,] was arrested after being accused": the name
            subject = _noun_and_lefts(own[0])
        core = {head.i, *subject, *lent}
        if t.is_punct[first.left_edge.i - 1]:
            core.add(first.left_edge.i - 1)  # (its comma; not the word before "by celebrating")
        core.update(c.i for c in children_with(head, ("aux", "auxpass", "neg", "prt")))
        for c in children_with(head, ("dobj", "attr", "acomp")):
            if c.i > head.i:
                core.update(_noun_and_lefts(c))  # "Gunmen opened fire", "attacked a bus"
        host = {i for i in core if i < first.left_edge.i - 1 or i in host} | between
        if sum(1 for i in host | keep if not t.is_punct[i]) > _HOST_CAP:
            return
    keep.update(host)


def _subject_lender(head, framed: bool):
    """The verb whose subject is the doer of a participle its clause hosts: the host itself when it
    has a tense or is a progressive ("he was running for Kenya by winning the title"); for a
    participle after a preposition ("before being auctioned"), also the verb whose infinitive the
    host is ("pearls were to be put on show before being auctioned", "villagers have to pass
    checkpoints after being disinfected") and a clause of time ("since it was unearthed after being
    buried"); None when no clause lends one (a host that is itself a participle or an infinitive
    of purpose has no subject to lend)."""
    if head.pos_ not in ("VERB", "AUX") or head.tag_ == "VBG" and not _progressive(head):
        return None
    if head.dep_ == "advcl" and any_child(head, ("mark",)) and not (framed and _finite(head)):
        # "opened fire on a bus after it stopped at a checkpoint, killing 11", "came a week after
        # two buildings tumbled down, killing two": the clause of time or the main one, either
        return None
    if not is_infinitive(head):
        return head
    verb = head.head
    if (
        not framed
        or head.dep_ != "xcomp"
        or verb.pos_ not in ("VERB", "AUX")
        or verb.i > head.i
        or verb.tag_ == "VBG"
        or is_infinitive(verb)
        or not _named_subject(verb)
    ):
        return None
    return verb


def _fronted_participle_host(trigger, keep: set[int]) -> None:
    """A participle with no subject that opens its sentence is told with the subject and verb of
    the clause it leads into, as written ("Since being appointed in May, Gen. Ortiz has met the
    king", not "being appointed in May"; "Having been warned by the police, the organisers
    cancelled the march"): bare, nobody is appointed or warned."""
    if trigger.tag_ not in ("VBG", "VBN") or any(
        c.dep_ in ("nsubj", "nsubjpass", "mark", "expl") for c in trigger.children
    ):
        return
    lead = trigger
    if trigger.dep_ == "pcomp" and trigger.head.dep_ == "prep" and trigger.head.lower_ in _HOSTING_PREPS:
        lead = trigger.head  # "Since being appointed", "After taking office"
    elif trigger.dep_ != "advcl" or not _participle_aux(trigger):
        return  # (a bare "Facing pressure, ..." may be told of its host's object too)
    head = lead.head
    if trigger.tag_ == "VBN" and not _participle_aux(trigger):
        return
    if head.pos_ not in ("VERB", "AUX") or head.i < lead.i or head.tag_ == "VBG" or is_infinitive(head):
        return
    sent = sentence_of(trigger)
    doc = trigger.doc
    if any(not doc[i].is_punct and doc[i].dep_ != "cc" for i in range(sent.start, lead.left_edge.i)):
        return  # only a participle that opens its sentence ("... and, after being freed, the nurses")
    subjects = [c for c in children_with(head, ("nsubj", "nsubjpass")) if c.i > lead.right_edge.i]
    if len(subjects) != 1:
        return
    host = {x.i for x in lead.subtree} | set(_borrowed_subject(subjects[0])) | {head.i}
    host.update(c.i for c in children_with(head, ("aux", "auxpass", "neg", "prt")))
    host.update(i for i in range(lead.right_edge.i + 1, subjects[0].left_edge.i) if doc[i].is_punct)
    core = {i for c in children_with(head, ("dobj", "attr", "acomp")) if c.i > head.i for i in _noun_and_lefts(c)}
    if sum(1 for i in host | core | keep if not doc[i].is_punct) <= _HOST_CAP:
        host |= core  # "Gen. Ortiz has met the king"
    if sum(1 for i in host | keep if not doc[i].is_punct) <= _HOST_CAP:
        keep.update(host)


def _noun_framing(participle):
    """The preposition that sets a gerund (or "being" and a participle) right after it under a noun
    or an adjective of a clause ("the resolution had little chance [of] being adopted", "were found
    guilty [of] smuggling heroin", "threw its weight behind a timetable [for] getting Albania back on
    its feet"), and the verb of that clause, whose subject tells who (or what) the gerund is of;
    (None, None) otherwise. The clause is told up to the gerund as written: what the noun says of
    it (a chance, a fear, a plan) stays with it."""
    prep = participle.head
    if participle.dep_ != "pcomp" or participle.tag_ not in ("VBG", "VBN") or prep.dep_ != "prep":
        return None, None
    if participle.tag_ == "VBN" and not _participle_aux(participle):
        return None, None
    if not _right_after(prep, participle) or prep.lower_ in _NOT_GERUND_HOSTS:
        return None, None
    if any_child(participle, ("nsubj", "nsubjpass", "mark", "expl")):
        return None, None
    word = prep.head
    if word.pos_ not in ("NOUN", "ADJ") or word.i > prep.i:
        return None, None
    verb = word.head
    if word.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head  # "behind a timetable for", "within 75 days of"
    elif word.dep_ not in ("dobj", "attr", "acomp", "oprd"):
        return None, None
    if verb.pos_ not in ("VERB", "AUX") or verb.i > word.i:
        return None, None
    if not _named_subject(verb):
        # "organizations found guilty of abusing": the noun's, not a clause's subject's; "the wing
        # that was active in carrying out attacks": a relative word names no one
        return None, None
    return prep, verb


def _named_subject(verb) -> bool:
    """Whether the verb has a subject of its own that is no relative word ("which", "that")."""
    return any(c.lower_ not in _RELATIVE for c in children_with(verb, ("nsubj", "nsubjpass")))


# Prepositions that tell when or despite what a participle after them happened ("before being
# posted", "after signing"), whose participle the clause they follow hosts.
_HOSTING_PREPS = frozenset({"after", "before", "since", "until", "despite", "following", "upon", "without"})


def _framing_preposition(participle):
    """The preposition that sets a participle with no subject after its host verb ("Kim worked in
    Seoul [before] being posted to Zagreb", "shares rose, [despite] having been suspended"), or None."""
    prep = participle.head
    if participle.dep_ != "pcomp" or participle.tag_ not in ("VBG", "VBN") or prep.dep_ != "prep":
        return None
    if prep.i < prep.head.i or prep.head.pos_ not in ("VERB", "AUX"):
        return None
    if prep.lower_ not in _HOSTING_PREPS and not _means(prep, participle) and not _gerund_adjunct(prep, participle):
        return None
    if participle.tag_ == "VBN" and not _participle_aux(participle):
        return None
    if any_child(participle, ("nsubj", "nsubjpass", "mark", "expl")):
        return None  # "without a ball being bowled": a clause of its own
    return prep


# Prepositions whose gerund may be the host's object's deed, not its subject's ("saw them by
# leaving"): "by" is told as a means only (:func:`_means`).
_NOT_GERUND_HOSTS = frozenset({"by", "like", "than", "as"})


def _gerund_adjunct(prep, participle) -> bool:
    """A gerund (or "being" and a participle) after a preposition a verb governs ("was jailed for
    smuggling heroin", "was convicted of ordering an attack", "insisted on holding a vote"): it has
    no subject, who does it is told by the verb's clause, as written."""
    host = prep.head
    return host.pos_ == "VERB" and prep.lower_ not in _NOT_GERUND_HOSTS and _right_after(prep, participle)


def _right_after(prep, participle) -> bool:
    """Whether the participle follows its preposition with nothing but its "being", "having" or
    "been" between them ("of being adopted", "of having been tortured")."""
    doc = prep.doc
    return participle.i > prep.i and all(
        doc[i].head.i == participle.i and doc[i].dep_ in ("aux", "auxpass") for i in range(prep.i + 1, participle.i)
    )


def _means(prep, participle) -> bool:
    """ "by" and the deed by which the host's subject did what the host tells ("Bulgaria captured
    their first medal by beating Serbia"); not after a passive ("was hurt by falling"), whose
    "by" may tell who did it."""
    host = prep.head
    return (
        prep.lower_ == "by"
        and participle.tag_ == "VBG"
        and (host.tag_ != "VBN" or _perfect(host))
        and not any_child(host, ("auxpass",))
    )


def _perfect(verb) -> bool:
    """A participle told with "have" ("has ramped up its ties"): a deed of its subject, no passive."""
    return any(c.lemma_.lower() == "have" for c in children_with(verb, ("aux",)))


def _progressive(verb) -> bool:
    """A gerund told with "be" and its own subject ("he was running for Kenya"): a tensed clause."""
    return _named_subject(verb) and any(c.lemma_.lower() == "be" for c in children_with(verb, ("aux",)))


def _participle_aux(verb) -> bool:
    """A participle told with the participles of its auxiliaries only: "being forced", "having
    been suspended", "having told"."""
    auxes = children_with(verb, ("aux", "auxpass"))
    return (
        bool(auxes)
        and verb.tag_ in ("VBN", "VBG")
        and all(a.tag_ in ("VBG", "VBN") and a.lower_ in ("being", "having", "been") for a in auxes)
        and any(a.tag_ == "VBG" for a in auxes)
    )


def _noun_and_lefts(noun) -> list[int]:
    """A noun with what stands before it ("this “heinous crime”"), and the quote mark that closes
    right after it."""
    ids = [noun.i, *(x.i for c in noun.lefts for x in c.subtree)]
    after = noun.i + 1
    if after < len(noun.doc) and noun.doc[after].text in ('"', "”", "’") and noun.doc[after].head.i == noun.i:
        ids.append(after)
    return ids


# Words that open a clause but that the parser often takes for a preposition ("as evacuations
# gathered pace": "evacuations" its object, "gathered" a verb with no subject).
_SUBORDINATORS = frozenset({"as", "while", "after", "before", "until", "since", "because", "once"})


def _stray_subject(verb):
    """The noun phrase right before a finite verb with no subject that the parser hung on a
    clause-opening word as its object: the verb's subject in the sentence as written."""
    if verb.left_edge.i <= sentence_bounds(verb)[0]:
        return None
    left = verb.doc[verb.left_edge.i - 1]
    while not (left.dep_ == "pobj" and left.head.lower_ in _SUBORDINATORS):
        if left.head.i == left.i or left.head.i > verb.i:
            return None
        left = left.head
    if left.right_edge.i != verb.left_edge.i - 1 or left.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    return left


def _misplaced_subject(trigger):
    """The subject of a verb with none that the parser hung elsewhere, or None."""
    stray = _stray_subject(trigger) if trigger.tag_ in ("VBD", "VBZ", "VBP") else None
    if stray is None and trigger.tag_ == "VBD":
        stray = _participle_subject(trigger)  # "The offensive, launched in May, killed 175 people"
    return stray if stray is not None else stray_subject(trigger)  # "Kenya beat Uganda and Tanzania drew"


def _participle_subject(verb):
    """ "Israel's offensive, launched to stop rocket attacks, killed 175 people": the parser took the
    participle set off by commas after the subject for a clause of its own with that subject, and
    left the past verb after it with none: the participle's subject, told before the comma."""
    for c in children_with(verb, ("advcl",)):
        if c.tag_ not in ("VBN", "VBD") or c.i > verb.i or c.right_edge.i + 1 >= verb.i:
            continue
        subjects = [s for s in children_with(c, ("nsubj",)) if s.i < c.i]
        if len(subjects) == 1 and subjects[0].pos_ in ("NOUN", "PROPN") and verb.doc[c.i - 1].text == ",":
            if verb.doc[c.right_edge.i + 1].text == "," and subjects[0].right_edge.i in (c.i - 2, c.i - 1):
                return subjects[0]
    return None


def _drop_stray_clauses(keep: set[int], trigger) -> None:
    """Leave out the subject of another clause that the parser hung on a clause-opening word of
    this one: "Putin said he planned a ceasefire [as evacuations of civilians] gathered pace"."""
    doc = trigger.doc
    t = tables(doc)
    for i in sorted(keep):
        verb = stray_conjunct_verb(doc[i]) if t.deps[i] == "conj" and t.pos[i] in ("PROPN", "NOUN") else None
        if verb is not None and verb.i != trigger.i:
            # "Kenya beat Uganda [and Tanzania] drew with Rwanda": the next clause's subject
            name = doc[i]
            cc = [c.i for c in children_with(name.head, ("cc",)) if name.head.i < c.i < name.i]
            keep.difference_update(range(min(cc, default=name.left_edge.i), name.right_edge.i + 1))
            continue
        if t.deps[i] != "prep" or _low(t, i) not in _SUBORDINATORS:
            continue  # (read from the tables: no Token made for every word kept)
        word = doc[i]
        obj = first_child(word, ("pobj",))
        if obj is None or obj.right_edge.i + 1 >= len(doc) or obj.right_edge.i + 1 in keep:
            continue
        after = obj.right_edge.i + 1
        verb = doc[after]
        stray = _stray_subject(verb) if verb.tag_ in ("VBD", "VBZ", "VBP") else None
        if stray is not None and stray.i == obj.i:
            span = range(word.left_edge.i, obj.right_edge.i + 1)
            if trigger.i not in span:
                keep.difference_update(span)


# The longest clause a bare "after", "before" or "since" of the trigger's takes back (a longer one
# stays out, and the preposition with it).
_SUBORDINATE_BACK = 16


def _subordinator_completed(keep: set[int], trigger, t: DocTables) -> None:
    """A preposition that opens a clause of its own ("protests culminated [after] nearly 100 suppliers
    picketed the gates") is not left bare when the clause is left out (a row of its own): the clause
    comes back when short, which tells when it was ("was rushed to hospital after complaining of chest
    pains") and the summary still fits under the cap; else the preposition goes ("protests culminated")."""
    for i in [j for j in t.children[trigger.i] if j in keep]:
        if t.deps[i] != "prep" or _low(t, i) not in _SUBORDINATORS or any(c in keep for c in t.children[i]):
            continue
        clause = next((c for c in t.children[i] if t.deps[c] == "pcomp" and t.pos[c] in ("VERB", "AUX")), None)
        if clause is None:
            continue  # ("Until several years ago", "Before Van Persie's late brace": no clause of its own)
        span = subtree_indices(trigger.doc[clause])
        if trigger.i in span:
            continue
        if len(span) < 2:
            continue  # a misparse: "after retreating [Islamist fighters opened fire]"
        if any(t.ents[j] == "DATE" for j in span) or deed_told_by_itself(trigger.doc[clause]):
            # a step with a time of its own is a row of its own ("moved to France in 1940 before
            # moving to Switzerland in 1943"), and so is a deed done before ("was arrested after
            # firing his gun at stonethrowers"): told here too, the two rows would read the same
            keep.discard(i)
            continue
        if len(span) <= _SUBORDINATE_BACK and len(keep) + len(span) <= MAX_TOKENS:
            keep.update(span)
        else:
            keep.discard(i)  # ("protests culminated", not "protests culminated after")


def _until_kept(trigger, keep: set[int]) -> None:
    """ "The airport did not resume flights [until the storm passed on Thursday]": the "until" clause
    of a "not ... until" tells that it happened and when; the summary keeps it when short (without
    it the clause reads as negated)."""
    if trigger.pos_ not in ("VERB", "AUX") or not not_until(trigger):
        return
    for c in trigger.children:
        if c.i > trigger.i and until_clause(c):
            span = subtree_indices(c)
            if len(span) <= _SUBORDINATE_BACK and len(keep) + len(span) <= MAX_TOKENS:
                keep.update(span)


def _drop_absolutes(keep: set[int], trigger) -> None:
    """Leave out what is left of an absolute phrase whose participle was left out: "[Both having
    a total of 285kg,] Liu won": "Both" is no part of who won."""
    subject = first_child(trigger, ("nsubj", "nsubjpass"))
    if subject is None:
        return
    for c in children_with(trigger, ("dep", "npadvmod")):
        if c.i > subject.i or c.pos_ not in ("DET", "NOUN", "PRON", "PROPN"):
            continue
        participles = [a for a in children_with(c, ("acl", "advcl")) if a.tag_ in ("VBG", "VBN")]
        if participles and not any(a.i in keep for a in participles):
            keep.difference_update(x.i for x in c.subtree)


def _after_dateline(ids: list[int], trigger, t: DocTables) -> list[int]:
    """The words of the story's dateline left out ("BEIJING, Nov. 14(Xinhua)-- Passengers ... will
    top 500,000": the dateline tells where and when it was written, not what happened)."""
    first, last = doc_dateline(trigger.doc)
    if last == 0 or not ids or t.idx[ids[0]] >= last or first <= trigger.idx < last:
        return ids
    # (a word the tokenizer glued to the dateline's dash stays: "--The", told without the dash)
    return [i for i in ids if not first <= t.idx[i] < last or t.ends[i] > last]


def _passive_auxiliaries(verb, negated: bool = False) -> list | None:
    """The tensed auxiliaries of a passive verb ("was", "has been", "will be"), None when it has no
    "be" of the passive, is an infinitive or is negated (a "not" may not be shared), unless
    ``negated`` (the "not" is left out: "was not arrested but questioned")."""
    auxes = [c for c in children_with(verb, ("aux", "auxpass")) if c.i < verb.i]
    if not any(c.dep_ == "auxpass" for c in auxes) or any(c.tag_ == "TO" for c in auxes):
        return None
    if not negated and any_child(verb, ("neg",)):
        return None
    return auxes


def _shared_passive(trigger, keep: set[int]) -> None:
    """ "The prisoner was taken to the border and handed over": a participle joined to a passive
    verb, with no subject nor auxiliary of its own, shares its auxiliaries with the subject ("The
    prisoner was handed over", not "The prisoner handed over": that reads as a deed of his)."""
    if trigger.dep_ != "conj" or not (
        trigger.tag_ == "VBN"
        or trigger.tag_ == "VBD"
        and (any_child(trigger, ("agent",)) or _past_told_as_participle(trigger))
    ):
        return
    if any_child(trigger, ("nsubj", "nsubjpass", "aux", "auxpass", "neg", "dobj")):
        return  # (a participle with an object is a deed: "are run on gas and liquefied natural gas")
    first = trigger.head
    if first.pos_ not in ("VERB", "AUX") or first.i > trigger.i:
        return
    shared_not = _shared_not(first, trigger)
    auxes = _passive_auxiliaries(first, _contrasted(first, trigger) or bool(shared_not))
    subject = first_child(first, ("nsubjpass",))
    if auxes and subject is not None and subject.i in keep:
        keep.update([*(c.i for c in auxes), *shared_not])


# Verbs told of a subject with no object ("was arrested and [died] in custody", "was wounded and
# [fled]"): joined to a passive, their past is a deed of the subject, not a participle of the passive.
_NO_OBJECT_VERBS = frozenset(
    "die flee escape return resign recover confess collapse disappear vanish arrive go come remain stay "
    "fall retire succumb surrender survive sleep leave live work serve".split()
)


def _past_told_as_participle(verb) -> bool:
    """A verb the parser tagged a past tense, joined to a passive, that is the passive's participle
    all the same ("He was attacked and [robbed] in his home town", "was stabbed and [beaten] up",
    "was expelled and [sentenced] to ten years"): no object, no clause of its own and no verb that
    goes without an object."""
    if verb.lemma_.lower() in _NO_OBJECT_VERBS:
        return False
    return not any(
        c.dep_ in ("dobj", "dative", "xcomp", "ccomp", "attr", "acomp", "oprd")
        # (a noun the parser took for a measure of the verb is its object: "spat and dropped litter")
        or c.dep_ == "npadvmod"
        and c.pos_ in ("NOUN", "PROPN")
        and c.ent_type_ not in ("DATE", "TIME")
        for c in verb.children
    )


def _contrasted(first, second) -> bool:
    """Whether ``second`` is joined to ``first`` by "but" ("was not arrested but questioned"): a "not"
    of the first is no "not" of the second (with "and", "or", "nor" it may be: "was not charged or
    tried")."""
    return _joining_word(first, second) in ("but", "yet")


def _joining_word(first, second) -> str | None:
    """The last conjunction between ``first`` and ``second`` joined to it, lower-cased ("but", "or")."""
    cc = [c for c in children_with(first, ("cc",)) if first.i < c.i < second.i]
    return cc[-1].lower_ if cc else None


def _shared_not(first, second) -> list[int]:
    """The "not" of ``first`` that ``second`` shares, joined by "or" or "nor" ("was not charged or
    tried": the driver was not tried; "has not cut the budget or raised fees"): told with the
    second's summary, lest it read as done. Not after "and" (which may or may not share it)."""
    if _joining_word(first, second) not in ("or", "nor"):
        return []
    return [c.i for c in children_with(first, ("neg",)) if c.i < first.i]


def _shared_perfect(trigger, keep: set[int]) -> None:
    """ "Rebels have attacked the pipeline and taken workers hostage": a participle joined to a verb
    told in the perfect, with no subject nor auxiliary of its own, shares its "have" with the
    subject ("Rebels have taken workers hostage", not "Rebels taken workers hostage"; the parser
    often tags a regular one a past: "has suspended the referees and [ordered] an inquiry")."""
    if trigger.dep_ != "conj" or trigger.tag_ not in ("VBN", "VBD"):
        return
    if any_child(trigger, ("nsubj", "nsubjpass", "aux", "auxpass", "neg", "expl")):
        return
    first = trigger.head
    if first.pos_ not in ("VERB", "AUX") or first.i > trigger.i or first.tag_ not in ("VBN", "VBG"):
        return
    auxes = [c for c in children_with(first, ("aux", "auxpass")) if c.i < first.i]
    if any(c.dep_ == "auxpass" for c in auxes):
        return  # (a passive shares all its auxiliaries: _shared_passive)
    shared_not = _shared_not(first, trigger)
    if any_child(first, ("neg",)) and not (_contrasted(first, trigger) or shared_not):
        return  # (a "not" after "and" may be shared or not: "has not cut the budget and raised fees")
    have = next((a for a in auxes if a.lemma_.lower() == "have" and a.tag_ in ("VBZ", "VBP", "VBD", "VB")), None)
    if have is None or have.tag_ == "VB" and not any(a.tag_ == "MD" and a.i < have.i for a in auxes):
        return  # (a bare "have" only after a modal: "will have"; not "to have")
    subject = first_child(first, ("nsubj",))
    if subject is None or subject.i not in keep:
        return
    keep.update(a.i for a in auxes if a.i <= have.i and a.tag_ in ("MD", "VBZ", "VBP", "VBD", "VB"))
    keep.update(shared_not)


def _shared_modal(trigger, keep: set[int]) -> None:
    """ "The panel will question the ministers and [meet] the unions": a bare verb joined to a verb
    told with a modal, with no subject nor auxiliary of its own, shares the modal ("The panel will
    meet the unions", not "The panel meet the unions"); joined to an infinitive, it shares its "to"
    and what governs it ("Colombia plans to sign the pact and [ratify] it": "Colombia plans to
    ratify it", not "ratify it")."""
    if trigger.dep_ != "conj" or trigger.tag_ != "VB":
        return
    if any_child(trigger, ("nsubj", "nsubjpass", "aux", "auxpass", "neg", "expl", "mark")):
        return
    first = trigger.head
    if first.pos_ not in ("VERB", "AUX") or first.i > trigger.i or first.tag_ != "VB":
        return
    shared_not = _shared_not(first, trigger)
    if any_child(first, ("neg",)) and not (_contrasted(first, trigger) or shared_not):
        return  # (a "not" after "and" may be shared or not)
    auxes = [c for c in children_with(first, ("aux", "auxpass")) if c.i < first.i]
    modal = next((a for a in auxes if a.tag_ == "MD"), None)
    if modal is not None and not any(a.dep_ == "auxpass" for a in auxes):
        subject = first_child(first, ("nsubj",))
        if subject is not None and (
            subject.i in keep or subject.lower_ in _RELATIVE and first.dep_ == "relcl" and first.head.i in keep
        ):
            keep.update([modal.i, *shared_not])
        return
    to = [a for a in auxes if a.tag_ == "TO"]
    if len(to) != 1 or first.dep_ != "xcomp" or first.head.pos_ not in ("VERB", "AUX"):
        return
    if trigger.i in keep and (min(keep) < first.i):
        return  # (a subject already told)
    keep.update([to[0].i, *_controller(first.head, first.i)])


_MORE = frozenset({"more", "others", "fewer", "less", "else"})
# The auxiliaries of a gapped clause, in the number of its own subject.
_PLURAL_AUX = {"was": "were", "is": "are", "has": "have"}
_SINGULAR_AUX = {v: k for k, v in _PLURAL_AUX.items()}


def _gapped_passive(trigger, ids: Sequence[int], subst: dict[int, str]) -> None:
    """ "Two soldiers were killed and five civilians wounded": the participle of a gapped clause
    (the parser hangs it on its subject, joined to the first verb) takes the first verb's
    auxiliaries in its own subject's number ("five civilians were wounded")."""
    if trigger.tag_ != "VBN":
        return
    if trigger.dep_ == "conj":  # "One guard was killed and another wounded": the parser's own subject
        noun = first_child(trigger, ("nsubj",))
        if noun is None or any_child(trigger, ("aux", "auxpass", "nsubjpass")):
            return
        verb = trigger.head
    else:
        noun = trigger.head
        if not (trigger.dep_ == "acl" or _gapped_modifier(trigger)) or noun.dep_ != "conj":
            return
        verb = noun.head
    if noun.i not in ids or noun.i > trigger.i:
        return
    if verb.pos_ not in ("VERB", "AUX") or verb.i > noun.i or trigger.i - noun.i > 6:
        return
    if any(i not in ids or trigger.doc[i].is_punct for i in range(noun.i, trigger.i)):
        return  # (the subject's words all told, right before the participle)
    auxes = _passive_auxiliaries(verb)
    if not auxes:
        return
    many = _is_plural(noun) or noun.tag_ == "CD" and noun.lower_ not in ("one", "1")  # "and 25 wounded"
    table = _PLURAL_AUX if many else _SINGULAR_AUX
    words = [table.get(a.lower_, a.lower_) for a in auxes]
    # right after the subject, before an adverb of the participle ("statistics are jealously guarded")
    at = trigger.left_edge.i if trigger.dep_ in ("acl", "amod") else noun.right_edge.i + 1
    while at < trigger.i and trigger.doc[at].lower_ in _MORE:
        at += 1  # "and 14 more injured": "14 more were injured"
    if at not in ids or at > trigger.i:
        at = trigger.i
    t = tables(trigger.doc)
    subst[at] = " ".join(words) + " " + subst.get(at, t.text[t.idx[at] : t.ends[at]])


def _undashed(ids: Sequence[int], t: DocTables) -> dict[int, str]:
    """A first word the tokenizer glued to a dash before it, told without the dash ("--The USS
    Juneau arrived": "The USS Juneau arrived"), as a substitution for the summary's words."""
    if not ids or t.text[t.idx[ids[0]]] not in _DASHES:
        return {}
    word = t.text[t.idx[ids[0]] : t.ends[ids[0]]].lstrip("".join(_DASHES))
    return {ids[0]: word} if word[:1].isalpha() else {}


def _drop_far_appositions(keep: set[int], trigger, t: DocTables) -> None:
    """Leave out an apposition the parser hung on a noun across words that are not the noun's:
    "57 people were killed and 110 others wounded in the blasts that struck the Days Inn
    [hotels in downtown Amman]": "hotels" is no description of "people", and the words left
    between them would leave its tail stitched on ("... 110 others Inn hotels")."""
    heads = t.heads
    for i in sorted(keep):
        if t.deps[i] != "appos" or i not in keep:
            continue
        head = heads[i]
        lo, hi = (head, i) if head < i else (i, head)
        if hi - lo < 3:
            continue
        between = [j for j in range(lo + 1, min(hi, trigger.doc[i].left_edge.i)) if not t.is_punct[j]]
        if _under(heads, trigger.i, i) or _under(heads, trigger.i, head) and trigger.i != head:
            continue  # (the event is told inside the apposition, or between the two)
        if any(j not in keep and not _under(heads, j, head) for j in between):
            # words between them that are not the noun's and not in the summary: an arc across
            # clauses ("a list hung on the subject" with every word between kept stays: no gap)
            keep.difference_update(subtree_indices(trigger.doc[i]))


def _drop_speakers_title(keep: set[int], trigger, t: DocTables) -> None:
    """Leave out the speaker's title the parser hung on the reported clause's last noun: "The law was
    rejected in Monday's vote, [Chairman of the Electoral Board] Peter Molnar said": the title reads
    as an apposition of "vote" but it is the words before the speaker's name, which the summary of
    what was said leaves out."""
    heads, deps = t.heads, t.deps
    n = len(heads)
    for i in sorted(keep):
        if deps[i] != "appos" or i not in keep or heads[i] > i or _under(heads, trigger.i, i):
            continue
        words = subtree_indices(trigger.doc[i])
        j = words[-1] + 1
        while j < n and t.is_punct[j] and t.text[t.idx[j] : t.ends[j]] in (")", "]"):
            j += 1
        if j >= n or t.ents[j] not in ("PERSON", "ORG"):
            continue
        speaker = j
        while speaker < n and deps[speaker] in ("compound", "flat") and heads[speaker] > speaker:
            speaker = heads[speaker]
        verb = heads[speaker]
        if deps[speaker] != "nsubj" or verb in keep or verb <= speaker or not is_speech(trigger.doc[verb]):
            continue
        if _under(heads, trigger.i, verb):  # the saying governs what the row tells
            keep.difference_update(words)


def _under(heads: Sequence[int], j: int, head: int) -> bool:
    """Is token ``j`` below ``head`` in the tree?"""
    while j != head and heads[j] != j:
        j = heads[j]
    return j == head


def _of_phrase(tok) -> bool:
    return tok.dep_ == "prep" and tok.lower_ == "of"


def _join(ids: Sequence[int], t: DocTables, subst: Mapping[int, str] | None = None) -> str:
    """Tokens as they read in the text; a gap left by a removed sub-clause becomes one space.
    ``subst``: what is written instead of a token (a name for a pronoun)."""
    runs: list[str] = []
    n = len(ids)
    marks, closes = _quotes_opened(ids, t), _quotes_closed(ids, t)
    k = 0
    while k < n:
        if subst and ids[k] in subst:
            runs.append(marks.get(ids[k], "") + subst[ids[k]] + closes.get(ids[k], ""))
            k += 1
            continue
        j = k
        while (
            j + 1 < n
            and ids[j + 1] == ids[j] + 1
            and not (subst and ids[j + 1] in subst)
            and ids[j + 1] not in marks
            and ids[j] not in closes
        ):
            j += 1
        # a run of adjacent tokens as in the text
        runs.append(marks.get(ids[k], "") + t.text[t.idx[ids[k]] : t.ends[ids[j]]] + closes.get(ids[j], ""))
        k = j + 1
    text = " ".join(" ".join(runs).split())
    # a removed sub-clause can leave its commas and dashes behind: "Idlib, , could be", "-- --".
    # (Each pattern is run only on a text holding what it needs, a plain substring test: most
    # summaries hold no "--" nor " ,", and the regexes cost more than the tests on every summary.)
    if "--" in text:
        text = _DOUBLE_DASH.sub("--", text)
    if text.count(",") + text.count(";") > 1:
        text = _DOUBLE_PUNCT.sub(r"\1", text)
    if "--" in text:
        text = _COMMA_DASH.sub(" --", text)  # "for the polls, [which ...] -- the 18-seat council"
    if " ," in text or " ;" in text or " :" in text:
        text = _SPACED_COMMA.sub(r"\1", text)
    return _balanced(text)


def _quotes_opened(ids: Sequence[int], t: DocTables) -> dict[int, str]:
    """A quotation whose closing mark the summary keeps but not its opening one opens where it
    opened in the text, not on the summary's first word: 'The tanker "was pulling three barges,"
    police said' told from "the tanker" reads 'the tanker "was pulling ...'; words of the quotation
    left out before its first kept one are marked ('"… was killed on Saturday," the army said').
    Returns the mark to write before a kept token, by token index."""
    text = t.text
    kept = set(ids)
    low = lower_texts(t)  # (a quotation mark lower-cased is itself: each word's text, sliced once per Doc)
    for i in ids:
        mark = low[i]
        if mark not in ('"', "”"):
            continue
        start = text.rfind("\n", 0, t.idx[i]) + 1  # (a quotation is reopened in each paragraph)
        if mark == '"':
            if text.count('"', start, t.idx[i]) % 2 == 0:
                continue  # an opening mark
            opening = text.rfind('"', start, t.idx[i])
        else:
            opening = text.rfind("“", start, t.idx[i])
            if text.rfind("”", start, t.idx[i]) > opening:
                opening = -1
        if opening < 0 or any(t.idx[j] <= opening < t.ends[j] for j in ids):
            continue  # (opened before the paragraph, or its opening mark is kept)
        first = next((j for j in ids if t.idx[j] > opening), i)
        if first == i:
            continue
        left_out = False
        for j in range(first - 1, -1, -1):  # (a sentence of it before the summary's is no cut)
            if t.idx[j] <= opening or text[t.idx[j] : t.ends[j]] in (".", "?", "!", "...", "…"):
                break
            # (a "But" opening the sentence is no cut of what was said)
            left_out = left_out or not t.is_punct[j] and j not in kept and t.deps[j] != "cc"
        return {first: ("“" if mark == "”" else '"') + ("… " if left_out else "")}
    return {}


def _quotes_closed(ids: Sequence[int], t: DocTables) -> dict[int, str]:
    """A quotation whose opening mark the summary keeps but not its closing one closes after its
    last kept word, with "…" where words of it in the same sentence were left out: 'Li "stressed
    the long history of the country and the fact …"' (the fact that ...). Returns the marks to
    write after a kept token, by token index."""
    text = t.text
    kept = set(ids)
    low = lower_texts(t)  # (as in _quotes_opened)
    for i in reversed(ids):
        mark = low[i]
        if mark not in ('"', "“"):
            continue
        start = text.rfind("\n", 0, t.idx[i]) + 1
        if mark == '"':
            if text.count('"', start, t.idx[i]) % 2:
                continue  # a closing mark
            closing = text.find('"', t.ends[i])
        else:
            closing = text.find("”", t.ends[i])
        end = text.find("\n", t.ends[i])
        if closing < 0 or 0 <= end < closing or any(t.idx[j] <= closing < t.ends[j] for j in ids):
            return {}  # (closed after the paragraph, or its closing mark is kept)
        last = next((j for j in reversed(ids) if t.idx[j] < closing), i)
        if last == i:
            return {}
        left_out = False
        for j in range(last + 1, len(t.idx)):
            if t.idx[j] >= closing:
                break
            if text[t.idx[j] : t.ends[j]] in (".", "?", "!", "...", "…"):
                break  # (a sentence of it after the summary's is no cut)
            left_out = left_out or not t.is_punct[j] and j not in kept
        return {last: (" …" if left_out else "") + ("”" if mark == "“" else '"')}
    return {}


def _balanced(text: str) -> str:
    """Quotation marks trimmed off an edge come back: a quote is shown whole or not at all."""
    opened, closed = text.count("“"), text.count("”")
    if closed > opened and text.find("”") < (text.find("“") if opened else len(text)):
        text = "“" + text
    elif opened > closed:
        text = text.rstrip(" ,") + "”"
    if text.count("(") > text.count(")") and text.rfind("(") > text.rfind(")"):
        text = text.rstrip(" ,") + ")"  # "by the Institute for Economic and Industrial Research (IOBE"
    if text.count('"') % 2:
        # a lone straight quote closes ('... for that," Owens said') or opens ('"I lost all respect')
        i = text.find('"')
        closing = i > 0 and not text[i - 1].isspace() and (i + 1 == len(text) or text[i + 1] in " ,.;:!?")
        text = '"' + text if closing else text + '"'
    return text
