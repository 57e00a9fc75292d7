"""Events from one parsed document: triggers, actors with roles, places, date, source and claims."""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any, NamedTuple, cast

from timeline.extract.actors import ActorResolver
from timeline.extract.attribution import (
    according_to,
    addressed,
    doc_quote_mask,
    is_speech,
    misplaced_content,
    report_told_before,
    speech_governor,
    told_to_a_body,
    unnamed_source,
)
from timeline.extract.claims import anaphoric_claims, event_claims
from timeline.extract.clauses import is_infinitive, lowered, tense
from timeline.extract.confidence import confidence, salience
from timeline.extract.coref import sex_of, told_as_someone
from timeline.extract.dating import (
    UNDATED,
    StoryTime,
    TimexIndex,
    after_clause,
    anchors_lead,
    at_the_time,
    background,
    counted_back,
    dated_before,
    day_counted_back,
    done_by_its_noun,
    event_date,
    from_reference,
    from_timex,
    in_year,
    inferred,
    lasted_until_before,
    lead_ranks,
    own_expression,
    paper_time,
    perfect_conjunct,
    plan_window,
    pluperfect,
    tells_a_game,
    told_before_now,
    told_earlier,
)
from timeline.extract.discourse import agents_told_before
from timeline.extract.factuality import (
    LISTED,
    Factuality,
    clause_head,
    factuality,
    finding_of_a_thing,
    forced_to,
    purpose_of_a_thing,
    reported_would,
    reporting_verb,
)
from timeline.extract.gazetteer import country_name
from timeline.extract.kinds import kinds
from timeline.extract.lexicon import (
    DEFINITE_DETERMINERS,
    DOCUMENT_NOUNS,
    OCCASION_NAMES,
    ORG_HEADS,
    PLACE_NOUNS,
    ROLE_HEADS,
)
from timeline.extract.nominals import (
    clause_verb,
    first_told_before,
    named_as_cause,
    timed_from,
    told_before,
    told_in_passing,
)
from timeline.extract.repeats import STATEMENT_NOUNS, STATEMENT_VERBS, fold_repeats
from timeline.extract.roles import (
    FIRST_PERSON,
    GOVERNMENT_NOUNS,
    RESULT_NOUNS,
    ROUTE_NOUNS,
    Participant,
    core_arguments,
    country_governed,
    first_actor,
    mediating,
    participants,
    renaming,
)
from timeline.extract.rows import (
    MEASURING_VERBS,
    OCCASIONS,
    deed_done_before,
    ended_by,
    folds,
    headline_has_verb,
    in_the_course_of,
    is_reporting,
    occurrence_verb,
    reported_object,
    summary_verb,
    support_verb,
    toll_told_by_participle,
    warned_of,
)
from timeline.extract.summaries import spoken_by, summarize
from timeline.extract.triggers import (
    CONTESTS,
    EVENT_NOUNS,
    STARTING,
    act_done,
    counted,
    deed_framed,
    effect_caused,
    embarked_on,
    figure_clause,
    finding_of,
    handed_over,
    help_given,
    in_place_of,
    is_trigger,
    journey_verb,
    measured_total,
    name_time,
    occasion_joined,
    occasion_of_relative,
    occasion_scheduled,
    reaction_drawn,
    scheduled_noun,
    sentence_triggers,
    took_time_to,
    trigger_extent,
    verb_read_as_adjective,
)
from timeline.model import (
    Actor,
    ActorRef,
    Claim,
    Document,
    Event,
    EventDate,
    Extraction,
    Mention,
    MentionDate,
    Predicate,
    Role,
    TimeExpr,
)
from timeline.nlp.doctables import (
    any_child,
    children_with,
    doc_text,
    entity_start,
    first_child,
    lower_texts,
    sentence_bounds,
    span_text,
    tables,
)
from timeline.temporal.anaphora import _NAMES_DAY
from timeline.temporal.lexicon import SMALL_NUMBERS
from timeline.temporal.values import interval


def event_id(doc_id: str, start: int) -> str:
    """Deterministic id of the event whose trigger starts at ``start`` in document ``doc_id``."""
    return "e" + hashlib.sha1(f"{doc_id}:{start}".encode()).hexdigest()[:12]


@dataclass
class _Sentence:
    index: int
    span: Any  # spaCy Span
    triggers: list
    parts: dict  # trigger token index -> (participants, places)
    speaker: tuple[str, str] | None  # who speaks the quotes of this sentence
    all_quoted: bool
    reporter: tuple[str, str] | None = None  # who a sentence with no quotation says says something
    untagged: bool = False  # the speaker is only the one the paragraph before reports (no "he said")
    owners: dict[int, str] = field(default_factory=dict)  # "his"/"her" token -> the person it stands for


class _Row(NamedTuple):
    """A trigger kept as a candidate event of its sentence, with what was found about it."""

    trig: Any  # spaCy Token
    people: list[Participant]
    places: list[str]
    source: tuple[str, str] | None
    start: int
    end: int
    trigger_text: str
    lemma: str
    when: EventDate
    fact: Factuality
    host: int = -1  # the trigger whose row tells this one, which stands only when that row goes (-1: none)


@dataclass
class _Story:
    """One document as its events are read in text order: what every sentence needs, and the
    dating state carried from one sentence to the next."""

    document: Document
    index: TimexIndex
    quoted: list[bool]
    ranks: list[int]  # lead rank of each sentence
    restated: set[int]  # headline triggers the body tells again
    line_end: int  # end of the headline, 0 when there is none
    verb_in_headline: bool
    infer_dates: bool
    all_events: bool
    time: StoryTime  # the story the following sentences tell
    unanchored: TimexIndex | None = None  # no article date: the days named, unresolved
    lead_anchored: bool = False
    # the weeks ahead a plan with no time of its own takes, by its trigger's offset, once its
    # mentions are joined (a dated mention of it gives it its day)
    plan_windows: dict[int, EventDate] = field(default_factory=dict)
    # who speaks the quotations of each row's sentence, by event id: a summary that is all a quotation is told with its
    # speaker once the rows are folded (summaries.spoken_by; the folding reads the words as written)
    speakers: dict[str, tuple[str, str]] = field(default_factory=dict)
    # the last body named as telling the news (not a person): who "the report" later stands for
    teller: tuple[str, str] | None = None
    # the document's actors, for the parties of a noun a row is anchored on that is no trigger
    resolver: ActorResolver | None = None

    @property
    def ref_date(self) -> str | None:
        return self.document.date.value


def extract(
    doc,
    document: Document,
    timexes: Sequence[TimeExpr],
    *,
    aliases: Mapping[str, Sequence[str]] | None = None,
    infer_dates: bool = True,
    all_events: bool = False,
) -> Extraction:
    """Events (in text order) and the document's canonical actors.

    ``infer_dates`` (on by default; False leaves such events undated): a past-tense event with no
    expression of its own takes the time of the story told before it, marked ``inferred``.
    ``all_events``: also the negated, hypothetical and generic ones (with their ``factuality``);
    by default only what a chronology lists (asserted, reported, planned).
    """
    resolver = ActorResolver(doc, aliases)
    index = TimexIndex(doc, timexes, document.date.value)
    # an article with no date of its own: the days it names ("on Thursday") are shown as written
    unanchored = None if document.date.value else TimexIndex(doc, timexes, unanchored=True)
    text = doc_text(doc)
    quoted = doc_quote_mask(doc)
    sentences = _read_sentences(doc, resolver, quoted)
    restated = _restated_in_headline(text, sentences)
    _quoted_first_person(sentences, resolver, quoted)
    if resolver.expand_short_names():
        _rename_late(sentences, resolver)
    _owners_of_his_and_her(sentences, resolver, quoted)
    line_end = _headline_end(text)
    subheads = _subheads(text)
    story = _Story(
        document=document,
        index=index,
        quoted=quoted,
        ranks=lead_ranks([s.span for s in sentences]),
        restated=restated,
        line_end=line_end,
        verb_in_headline=headline_has_verb([t for s in sentences for t in s.triggers], line_end),
        infer_dates=infer_dates,
        all_events=all_events,
        time=StoryTime(document.date.value),
        unanchored=unanchored,
        resolver=resolver,
    )
    events: list[Event] = []
    for s in sentences:
        acc = according_to(s.span)
        first = first_actor(acc, "source", resolver, s.index) if acc is not None else None
        acc_actor = (first.name, first.type) if first is not None else None
        if acc is not None and first is None:
            acc_actor = _unnamed_teller(acc, story.teller)  # "according to press reports"
        sent_text = span_text(s.span).strip()
        if _CAPTION.search(sent_text):
            continue  # a photo caption or credit line: "... (Reuters)", "... ride a bus ..., Dec. 22, 2016."
        if subheads and s.triggers:
            # a subheading in capitals names the topic of the part it opens (its happenings, if any,
            # are told in the part's own sentences): no rows of its own (GUIDELINES 1)
            s.triggers = [t for t in s.triggers if not any(a <= t.idx < b for a, b in subheads)]
        if not s.triggers:
            heading = story.index.heading(s.span)
            if heading is not None:
                story.time.headed(from_timex(heading))  # "-- May 1989" over the paragraph it dates
        story.time.next_sentence(s.span)
        if _opens_paragraph(s.span, text):
            story.time.new_paragraph(s.span)
        if story.time.era is not None and _quote_of_now(s.span, text):
            story.time.spoken_now()
        story.time.figures_named(s.span, story.index)
        rows = _sentence_rows(story, s, sent_text, acc_actor)
        _add_events(story, s, sent_text, rows, events)
    events = [
        _spoken(_in_plan_window(e, story.plan_windows), story.speakers)
        for e in agents_told_before(fold_repeats(events), doc)
    ]
    counts = Counter(ref.name for e in events for ref in e.actors)
    return Extraction(
        document=document, timexes=tuple(timexes), events=tuple(events), actors=_document_actors(resolver, counts)
    )


_OPENING_QUOTES = frozenset({'"', "“", "``"})


def _spoken(event: Event, speakers: Mapping[str, tuple[str, str]]) -> Event:
    """A row whose summary is all a quotation, told with who said it (summaries.spoken_by)."""
    summary = spoken_by(event.summary, speakers.get(event.id))
    return event if summary == event.summary else replace(event, summary=summary)


def _in_plan_window(event: Event, windows: Mapping[int, EventDate]) -> Event:
    """A plan the text gives no time, with every mention joined and none dated, in the weeks ahead
    :func:`plan_window` gives it (GUIDELINES 3: an announced plan with no time runs from the
    article's day to the end of its month, "soon" to the end of its year, inexact)."""
    if event.date.dated or event.factuality != "planned" or not windows:
        return event
    window = next((windows[m.start] for m in event.mentions if m.start in windows), None)
    return event if window is None else replace(event, date=window)


def _opens_paragraph(span, text: str) -> bool:
    """Does the sentence begin a line of the text (a paragraph)?"""
    at = span[0].idx - 1
    while at >= 0 and text[at] in " \t":
        at -= 1
    return at >= 0 and text[at] == "\n"


def _quote_of_now(span, text: str) -> bool:
    """Does the sentence open a paragraph with a quotation in the present tense ("Federer is
    obviously among the great players. He demonstrated his prowess ...", Chang commented)? The
    speaker talks from the day of speaking, not from the past the story told before it."""
    first = span[0]
    if first.text not in _OPENING_QUOTES:
        return False
    at = first.idx - 1
    while at >= 0 and text[at] in " \t":
        at -= 1
    if at >= 0 and text[at] != "\n":
        return False  # a quotation inside a paragraph ("he said: \"...")
    root = span.root
    return root.pos_ in ("VERB", "AUX") and root.i > first.i and tense(root) == "present"


def _read_sentences(doc, resolver: ActorResolver, quoted: list[bool]) -> list[_Sentence]:
    """The document's sentences with their triggers, the participants of each, and who speaks the
    quotations; actors renamed in the text are merged first."""
    idx, is_alpha = tables(doc).idx, tables(doc).is_alpha
    sents = list(doc.sents)
    sent_triggers = [sentence_triggers(sent) for sent in sents]
    for si, triggers in enumerate(sent_triggers):
        for t in triggers:
            names = renaming(t, resolver, si)
            if names is not None:  # one actor under both names, before anyone is named in an event
                resolver.merge(*names)
    sentences: list[_Sentence] = []
    for si, sent in enumerate(sents):
        triggers = sent_triggers[si]
        parts = {t.i: _participants(t, resolver, si) for t in triggers}
        in_quotes = [quoted[idx[i]] for i in range(sent.start, sent.end) if is_alpha[i]]  # its words
        said_by = None
        for t in triggers:
            if is_speech(t) and not quoted[t.idx]:
                agent = _speaking_person(parts[t.i][0]) or _agent(parts[t.i][0])
                if agent is not None:
                    said_by = agent
                    break
        speaker, reporter = (said_by, None) if any(in_quotes) else (None, said_by)
        all_quoted = bool(in_quotes) and all(in_quotes)
        sentences.append(_Sentence(si, sent, triggers, parts, speaker, all_quoted, reporter))
    _sound_bites(sentences, quoted)
    _spread_speakers(sentences)
    return sentences


def _participants(trig, resolver: ActorResolver, si: int) -> tuple[list[Participant], list[str]]:
    """The trigger's participants (roles.participants); a figure's move told with no verb of its own
    (triggers.figure_move) has those who do its clause's deed ("The city imported ..., 2.44 million
    tons of steel, down 22.3 percent": the city; "Mizuho was the day's volume leader, down 6 yen":
    Mizuho)."""
    if trig.pos_ != "ADV":
        return participants(trig, resolver, si)
    if trig.dep_ == "pcomp":  # "with Kia Motors up 300 won": the figure's own name
        return participants(trig, resolver, si)
    verb = figure_clause(trig)
    if verb is None:
        return [], []
    people, places = participants(verb, resolver, si)
    return [p for p in people if p.role == "agent"], places


# Pronouns of a speaker talking ("I", "we", "you"): outside quotation marks, the words of someone
# the text lets speak without marks (a broadcast's sound bite), not the reporter's.
_SPEAKING_PRONOUNS = frozenset("i me my we us our you your".split())


def _sound_bites(sentences: list[_Sentence], quoted: list[bool]) -> None:
    """A paragraph with no quotation marks and no "he said" of its own whose first sentence speaks
    in the first or second person, right after a paragraph that ends reporting someone's words
    ("Doctor James Burdick ... said the current system works well. ¶ You may, in a year or two,
    save a few more lives ... Our system is balanced."): a broadcast transcript's sound bite, which
    transcripts print without quotation marks. It is read as the quotation it is (its characters
    marked quoted), whose speaker :func:`_untagged_quotation_speaker` finds: the one reported
    before it."""
    if not sentences:
        return
    doc = sentences[0].span.doc
    t = tables(doc)
    text, lower = t.text, lower_texts(t)
    k, n = 1, len(sentences)
    while k < n:
        if not _opens_paragraph(sentences[k].span, text) or sentences[k - 1].reporter is None:
            k += 1
            continue
        end = k + 1
        while end < n and not _opens_paragraph(sentences[end].span, text):
            end += 1
        para = sentences[k:end]
        first, last = para[0].span.start_char, para[-1].span.end_char
        words = text[first:last]
        if (
            not any(quoted[first:last])
            and not any(ch in _MARKS for ch in words)
            and "``" not in words
            and "''" not in words
            and all(s.reporter is None and s.speaker is None for s in para)
            # it opens speaking: not a correspondent's report signed off "I'm Ann Lee reporting"
            and any(
                lower[i] in _SPEAKING_PRONOUNS and t.tags[i] in ("PRP", "PRP$")
                for i in range(para[0].span.start, para[0].span.end)
            )
        ):
            quoted[first:last] = [True] * (last - first)
            for s in para:
                s.all_quoted = True
        k = end


_MARKS = frozenset('"“”«»')


def _owners_of_his_and_her(sentences: list[_Sentence], resolver: ActorResolver, quoted: list[bool]) -> None:
    """The person each "his"/"her" outside quotation marks stands for, when the resolution finds
    exactly one in sight (whoever is a participant or not): a summary that opens on it ("His wife
    was released on bail") opens on the name instead ("Anwar Ibrahim's wife was released")."""
    if not sentences:
        return
    doc = sentences[0].span.doc
    t = tables(doc)
    lower = lower_texts(t)
    for s in sentences:
        for i in range(s.span.start, s.span.end):
            if t.tags[i] != "PRP$" or lower[i] not in ("his", "her") or quoted[t.idx[i]]:
                continue
            if any(t.deps[c] == "appos" for c in t.children[t.heads[i]]):
                continue  # "His eldest daughter, Lucia Pinochet Hiriart, said": she is named
            tok = doc[i]
            found = resolver.resolve_pronoun(tok, s.index)
            if found is not None and found[1] == "PERSON" and _owner_told_last(tok, found[0], s.span.start):
                s.owners[i] = found[0]


# Names of what no "his"/"her" stands for: a name of one of these between the person and the
# pronoun is no rival
_NO_OWNER_LABELS = frozenset({"GPE", "LOC", "NORP", "FAC", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT"})


def _owner_told_last(pronoun, name: str, sent_start: int) -> bool:
    """Is the person ``name`` named before the pronoun (not after it: "His fellow countryman Chen
    Qi"), with no other name in its sentence between them that could be whose ("Kakumba said Savimbi
    -- who has not appeared since his party lost": Savimbi, whom the tagger did not take for a
    person), nor a person told by a noun of the pronoun's sex or a role ("the minister"), nor a
    pronoun of the other sex?"""
    doc = pronoun.doc
    t = tables(doc)
    words = set(name.split())
    last = name.split()[-1]
    # (read from the per-Doc tables: no Token made for each word looked back over)
    told = next((i for i in range(pronoun.i - 1, -1, -1) if t.text[t.idx[i] : t.ends[i]] == last), None)
    if told is None:
        return False
    sex = sex_of(pronoun.text)
    for k in range(max(told + 1, sent_start), pronoun.i):
        tok = doc[k]
        if tok.pos_ == "PROPN" and tok.text not in words and tok.ent_type_ not in _NO_OWNER_LABELS:
            return False
        if tok.ent_type_ or tok.pos_ not in ("NOUN", "PRON"):
            continue
        if tok.pos_ == "PRON" and sex_of(tok.text) not in (None, sex):
            return False  # "Ola Brekke arrived. She said his government had": someone else's
        if tok.pos_ == "NOUN" and (sex_of(tok.text) == sex or tok.lemma_.lower() in ROLE_HEADS):
            # "She recalled a 10-year-old boy who left school when he learned his mother had HIV",
            # "Halvor, a friend of the minister, said his company": the boy's, maybe the minister's
            return False
    return True


_THIRD_PERSON = frozenset({"he", "she", "him", "her"})  # in a quotation: someone other than the speaker


def _quoted_first_person(sentences: list[_Sentence], resolver: ActorResolver, quoted: list[bool]) -> None:
    """Inside a quotation "I" is the speaker and "he" someone else: the quoted triggers that say
    "I", "me", "my", "he", "she" are redone knowing who speaks. A "he" outside the quotation marks
    is the reporter's word, not the speaker's ('Prodi said he "shared their pain"': Prodi)."""
    for s in sentences:
        if s.speaker is not None:
            for t in s.triggers:
                if (
                    quoted[t.idx]
                    and not _speaker_says_again(t, s)
                    and (
                        any(c.lower_ in FIRST_PERSON or c.lower_ in _THIRD_PERSON and quoted[c.idx] for c in t.children)
                        or _says_person(a for a, _ in core_arguments(t) if quoted[a.idx])
                    )
                ):
                    # ('"He assumed the office and restored confidence': "restored" shares its "he";
                    # not 'he felt "glad to return"' nor 'Rifkind said he "passionately welcomed"',
                    # whose "he" is outside the quotation: the reporter's word for the speaker)
                    s.parts[t.i] = participants(t, resolver, s.index, s.speaker)


def _told_by_another(trig, s: _Sentence) -> bool:
    """Is ``trig`` a verb of saying in a quotation whose speaker no tag names, only the paragraph
    before ('... as he said in November 1966 ...')? The speaker is no source of another's words."""
    return s.untagged and is_speech(trig)


def _speaker_says_again(trig, s: _Sentence) -> bool:
    """Is ``trig`` a verb of saying with "I" or "we" for subject, in a quotation whose speaker no
    tag names ("we have said to people that we will")? It stays unsaid by anyone named, no new
    statement of the speaker's that would take the place of the one the paragraph before tells."""
    return _told_by_another(trig, s) and any(c.lower_ in FIRST_PERSON for c in children_with(trig, ("nsubj",)))


def _says_person(tokens) -> bool:
    """Is one of the tokens "I", "me", "my", "he", "she" ...?"""
    return any(c.lower_ in FIRST_PERSON or c.lower_ in _THIRD_PERSON for c in tokens)


def _rename_late(sentences: list[_Sentence], resolver: ActorResolver) -> None:
    """Names found late ("the Dow" is the Dow Jones Industrial Average) renamed in every sentence."""
    for s in sentences:
        s.parts = {i: (_canonical_people(people, resolver), places) for i, (people, places) in s.parts.items()}
        if s.speaker is not None:
            s.speaker = (resolver.canonical(s.speaker[0]), s.speaker[1])


def _sentence_rows(story: _Story, s: _Sentence, sent_text: str, acc_actor: tuple[str, str] | None) -> list[_Row]:
    """The sentence's triggers that are candidate events: dated, with source and factuality.

    Every trigger is dated, those left out too, so that the story's dates stay as they were.
    """
    question = sent_text.rstrip("\"”’' ").endswith("?")
    ids = {t.i for t in s.triggers}
    owns = {t.i: _own_expression(t, story.index) for t in s.triggers}
    dated_ids = frozenset(i for i, own in owns.items() if _own_day(own))
    ref_date = story.ref_date
    rows: list[_Row] = []
    folded: list[_Row] = []  # rows that stand only if the row they fold into goes
    # the whole sentence is dated first: a day or an era it names is the story's time for all its events
    dates = [_story_date(story, trig, story.ranks[s.index]) for trig in s.triggers]
    # the dates the sentence's words give of themselves, which a relative clause on a noun may share
    told_dates = {
        t.i: d for t, d in zip(s.triggers, dates, strict=True) if d.dated and d.resolution in ("absolute", "relative")
    }
    if story.lead_anchored or story.time.era is not None:
        # "Jordan beat Macao and Iraq drew with Syria here Friday": the lead tells Friday's story
        dates = [UNDATED if d.resolution == "reference" else d for d in dates]
    for trig, when in zip(s.triggers, dates, strict=True):
        if trig.i in story.restated:
            continue  # dated like any other trigger, so the story's dates stay as they were
        own = owns[trig.i]
        own_date = trig.i in dated_ids
        # "over the coming days", "until 2030": the stretch ahead a forecast is set in (not inside a
        # quotation: '"China's economy is likely to become the largest over the next 50 years," he
        # said' is a speaker's prediction)
        outlook = not story.quoted[trig.idx] and (_outlook(own, ref_date) or (own is None and _outlook(when, ref_date)))
        headline = trig.idx < story.line_end
        result = _result_of(trig, rows)
        summed = False
        passing, host = _folding(story, trig, ids, dated_ids, rows, result is not None, headline, own_date)
        if host == _GONE:
            continue
        if trig.pos_ == "PROPN" and (_named_in_its_act(trig, ids) or _contest_setting(trig, ref_date)):
            continue  # "Australia hosted the 2003 World Cup": the hosting's row tells it
        # what only a row needs, past the tests that drop the trigger (most of them are dropped)
        people, places = s.parts[trig.i]
        source = _source(trig, s, story, acc_actor)
        fact = factuality(
            trig,
            quoted=story.quoted[trig.idx],
            reported=source is not None,
            question=question,
            headline=headline,
            dated=own_date and not _now_in_present(own, trig),
            future=own is not None and bool(ref_date) and _ahead(own, when, ref_date or ""),
            outlook=outlook,
            past=own is not None and bool(ref_date) and (own.latest or "9999") < (ref_date or ""),
            one_day=own is not None and own.earliest is not None and own.earliest == own.latest,
        )
        if passing and fact in ("negated", "generic") and named_as_cause(trig):
            # "failed to adopt the resolution due to a U.S. veto", "the quarters that remained under
            # their control as a result of the troops' offensive": the veto, the offensive took place
            fact = "reported" if source is not None else "asserted"
        if result is not None:
            # "..., killing nine people": as real as the clause it follows, and of its day
            fact = result.fact
            when = when if when.dated else result.when
        elif fact == "generic" and _toll_told(trig):
            fact = "reported" if source is not None else "asserted"
            # "which have claimed 200 lives", "in the wake of accidents that claimed 65 lives": a toll
            # summed over time, or told in passing of a happening before the story's; not its day
            summed = not own_date
        # "have called a strike for Monday": the day ahead is the plan's, the act is dated as an undated one
        when = UNDATED if fact in ("asserted", "reported") and _act_before_its_plan(trig, when, ref_date) else when
        # "On Oct. 3, court bombings carried out by the militants left two dead": the clause's day
        when = (
            when
            if when.dated
            else _its_clause_date(trig, told_dates)
            or _perfect_head_date(trig, rows, ref_date)
            or _within_a_row(trig, rows)
            or _with_absolute_date(trig, rows)
            or when
        )
        if story.infer_dates and not when.dated and fact in ("asserted", "reported"):
            # an event noun is told in the tense of the verb that stages it ("forces staged a drill")
            teller = _teller(trig, passing or host >= 0)
            earlier = told_earlier(trig, ref_date)
            paper = paper_time(teller, story.index, ref_date)
            # "a bomb attack on August 7, 1998 that killed 11 Tanzanians": the attack's time; "took
            # the decision on December 6, a day after a bomber killed five": the 5th
            worked_out = _its_nouns_date(trig, told_dates, story.index) or _counted_back_date(
                trig, rows, story.index, ref_date
            )
            if earlier is not None:
                when = earlier  # "spoke on Monday of his recent visit": not the story's Monday
            elif paper is not None:
                when = paper  # "A survey conducted in 2004 found ...": the survey's time
            elif worked_out is not None:
                when = replace(worked_out, resolution="inferred", mention=0)
            elif story.index.in_vague_past(trig) or (ref_date and lasted_until_before(teller, story.index, ref_date)):
                # "In 1986 he was elected, and three years later he ran": a past the story is not in;
                # "ruled the province until 2003" told in 2006: up to 2003, not the story's day
                pass
            elif (period := _figures_period(trig, teller, story)) is not None:
                when = period  # "Revenue declined 8%" after "third-quarter net income fell": that quarter
            elif trig.pos_ != "NOUN" or trig.lemma_.lower() not in STATEMENT_NOUNS:
                when = inferred(
                    teller,
                    story.time.toll_anchor(teller) or story.time.thread_anchor(teller) or story.time.anchor_of(teller),
                    ref_date,
                    quoted=story.quoted[trig.idx],
                    spoken=story.time.era is None and (story.time.day is None or story.time.day_said),
                )  # a statement: dated as statements are
        # "The warning came the day after Brussels rejected the plan": not the article's day
        when = when if own_date else _counted_not_the_article_day(trig, when, fact, rows, story.index, ref_date)
        # "has remained vacant since the elder Kim's death", "took place two weeks after the Beijing
        # summit": before the clause's time, by a span the sentence does not give
        before = passing and own is None and _before_its_clause(trig, when, story.index)
        when = before or (UNDATED if summed or _ended_before(trig, story.index) else _journey_span(trig, when))
        if trig.pos_ == "PROPN":
            when, fact, people = _named_time(trig, when, fact, ref_date, people, story.index)
        if (
            fact == "planned"
            and not (own_date or outlook)
            and when.dated
            and _dated_by_its_saying(trig, when, story.index)
        ):
            # "Putin said on Friday that the talks would be held in Astana", "Troops will withdraw,
            # an officer said Tuesday": the saying's day
            when = UNDATED
        fact, when = _of_an_anniversary(trig, source, fact, when, ref_date)
        anchor = _anchor(trig, rows)
        people = _with_noun_parties(people, _noun_parties(trig, anchor, people, s, story))
        row = _Row(trig, people, places, source, *trigger_extent(anchor), when, fact, host)
        if host < 0:
            rows.extend(_kept_beside_its_occasion(row, rows))
        else:
            folded.append(row)  # kept aside: the other rows' rules do not see it
    return _acts_said(rows) + folded


def _with_noun_parties(people: list[Participant], parties: list[Participant]) -> list[Participant]:
    """The verb's participants and the anchor noun's parties; one named by both (by the verb's
    clause with no role of its own) once, in the noun's role ("took part in the arrest of Omar
    Haddad": the arrest's patient)."""
    given = {p.token for p in parties}
    return [p for p in people if p.token not in given] + parties


def _noun_parties(trig, noun, people: list[Participant], s: _Sentence, story: _Story) -> list[Participant]:
    """The doers and undergoers of the event noun a row is anchored on ("his speech delivered
    Monday", "Shanghai's external trade amounted to 350 billion dollars", "led to a European Union
    ban"), when the verb the row was found by names none: the noun's own possessor, "by" or "of"
    phrase or named compound (GUIDELINES 4), which the verb's clause does not reach; [] when the
    verb names one or the anchor is the trigger itself or no noun, or a capitalised word of a name
    ("the 14th APEC Economic Leaders' Meeting to be held": "Leaders'" is the name's, no one's)."""
    if (
        noun.i == trig.i
        or noun.pos_ != "NOUN"
        or (noun.text[:1].isupper() and noun.i != noun.sent.start)
        or (any(p.role in ("agent", "patient") for p in people) and not _occasion_taken_part_in(trig, noun))
    ):
        return []
    if noun.i in s.parts:
        found = s.parts[noun.i][0]
    elif story.resolver is not None:
        found = participants(noun, story.resolver, s.index, s.speaker)[0]
    else:
        return []
    return [p for p in found if p.role in ("agent", "patient")]


def _occasion_taken_part_in(trig, noun) -> bool:
    """Is ``noun`` the occasion a verb of taking part carries ("Varga will attend the Pacific Forum
    summit")? Who takes part is none of its doers: the occasion's own holder ("the Pacific Forum
    summit", "the leaders' meeting") is still its party."""
    joined = occasion_joined(trig)
    return joined is not None and joined.i == noun.i


_GONE = -2  # a trigger whose happening belongs to another trigger's row, or to none


# Ordinals of an anniversary written as words: "the fiftieth anniversary".
_ORDINAL_WORDS = {
    w: n
    for n, w in enumerate(
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split(), start=1
    )
} | {"twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "hundredth": 100}
_ORDINAL_NUMBER = re.compile(r"(\d{1,3})(?:st|nd|rd|th)?$")


_YEAR = re.compile(r"(?:1[6-9]|20)\d\d")


def _year_it_falls_in(anniversary, ref_date: str | None) -> str | None:
    """The year an anniversary falls in, by its sentence: a year it names ("by fall 2006 -- in time
    for the fifth anniversary"), "next year" or "last year", else the article's."""
    doc = anniversary.doc
    sent = anniversary.sent
    own = range(anniversary.left_edge.i, anniversary.right_edge.i + 1)
    for t in sent:
        if t.i in own:
            continue
        if _YEAR.fullmatch(t.text) and t.ent_type_ == "DATE":
            return t.text
        if ref_date and t.lower_ == "year" and t.i > sent.start and doc[t.i - 1].lower_ in ("next", "last"):
            return str(int(ref_date[:4]) + (1 if doc[t.i - 1].lower_ == "next" else -1))
    return ref_date


def _anniversary_of(noun):
    """The anniversary whose "of" names this event noun ("the 52nd anniversary of the Algerian
    revolution", "the anniversary of the death of David Ben Gurion"), or None."""
    # (the dependency first: it rules out most triggers, and reads cheaper than the part of speech)
    if noun.dep_ != "pobj" or noun.pos_ != "NOUN":
        return None
    prep = noun.head
    if prep.lower_ != "of" or prep.dep_ != "prep":
        return None
    anniversary = prep.head
    if anniversary.lemma_.lower() != "anniversary" or told_before(noun):
        return None  # (not "the fourth anniversary of the crash" after "the plane crashed": its row)
    return anniversary


def _of_an_anniversary(
    trig, source: tuple[str, str] | None, fact: Factuality, when: EventDate, ref_date: str | None
) -> tuple[Factuality, EventDate]:
    """What an anniversary is of took place, whatever is done to mark it, as many years before the
    anniversary as its ordinal counts ("the 52nd anniversary", in 2006: 1954); any other trigger's
    factuality and date as they are."""
    anniversary = _anniversary_of(trig)
    if anniversary is None:
        return fact, when
    return ("reported" if source is not None else "asserted"), _years_before(anniversary, when, ref_date)


def _years_before(anniversary, when: EventDate, ref_date: str | None) -> EventDate:
    """The year an anniversary's ordinal counts back to from the year it falls in (the day its
    sentence tells, else the article's): "the 52nd anniversary" in 2006 is of 1954; undated when no
    ordinal counts ("the anniversary of his death")."""
    years = None
    for c in children_with(anniversary, ("amod", "nummod")):
        found = _ORDINAL_NUMBER.match(c.lower_)
        years = int(found.group(1)) if found else _ORDINAL_WORDS.get(c.lower_)
        if years is not None:
            break
    doc = anniversary.doc
    text = doc[anniversary.left_edge.i : anniversary.i + 1].text
    named = [t.text for t in doc[anniversary.left_edge.i : anniversary.right_edge.i + 1] if _YEAR.fullmatch(t.text)]
    if named:
        # "the 33rd anniversary of the students' uprising in 1973", "the anniversary of a parade of
        # troops in 1941": the year it names
        return when if when.dated and (when.earliest or "")[:4] == named[-1] else in_year(named[-1], named[-1])
    now = when.earliest if when.dated and when.precision == "day" else _year_it_falls_in(anniversary, ref_date)
    if years is None or not now:
        return UNDATED
    return in_year(str(int(now[:4]) - years), text)


def _before_its_clause(noun, when: EventDate, index: TimexIndex) -> EventDate | None:
    """The date of a happening told in passing that a preposition of time sets before its clause
    (:func:`timeline.extract.nominals.timed_from`) at a time its sentence does not name: the time
    the words before the noun name ("after the 1967 war", "since the Sept. 19 coup"), else none;
    None for any other trigger."""
    if not timed_from(noun) or _its_clause_day(noun, when):
        return None
    return _named_in_its_phrase(noun, index)


def _named_in_its_phrase(noun, index: TimexIndex) -> EventDate:
    """The time the words before an event noun name ("the 1967 war", "the Sept. 19 coup", "the
    March 2003 invasion"), which a preposition of time makes a bound of its clause: the noun's own."""
    found = index.within(noun.left_edge.i, noun.i) if noun.left_edge.i < noun.i else None
    return from_timex(found) if found is not None else UNDATED


def _its_clause_day(noun, when: EventDate) -> bool:
    """Does the time its sentence names hold the happening a preposition of time sets before its
    clause: a span longer than a day ("Last year, a show of power after the February
    assassination"), or the clause's day right after it ("said on Tuesday after a one-day visit to
    Beijing"; not "since": told as the start of a state, nor "two weeks after")?"""
    if not when.dated or when.resolution not in ("absolute", "relative"):
        return False
    if when.earliest != when.latest:
        return True
    prep = noun.head
    return prep.lower_ != "since" and not any_child(prep, ("npadvmod",))


def _folding(
    story: _Story,
    trig,
    ids: set[int],
    dated_ids: frozenset[int],
    rows: list[_Row],
    result: bool,
    headline: bool,
    own_date: bool,
) -> tuple[bool, int]:
    """Whether the trigger is told in passing, and whether it folds: -1 when it is a row of its own,
    :data:`_GONE` when another row (or none) tells its happening, else the index of the trigger
    whose row tells it if that row stays, and which it stands in for if not (:func:`reported_object`)."""
    if _anniversary_of(trig) is not None:
        return False, -1  # "marked the 52nd anniversary of the revolution": the revolution is a row of its own
    if not folds(
        trig, ids, headline=headline, headline_has_verb=story.verb_in_headline, dated=own_date, dated_ids=dated_ids
    ):
        return False, -1
    if told_in_passing(trig, ids):
        return True, -1
    if result or _done_by(trig, {r.trig.i for r in rows}):
        return False, -1
    host = reported_object(trig, ids)
    return False, host if host >= 0 else _GONE


# Verbs that do what they say when they are said in the present: "I apologize for that", "we
# condemn the attack", "the secretary-general strongly appeals to the parties". The statement is
# that act (GUIDELINES 1, decisions of the second and fourth batches: praise, condemnation, an
# apology are rows of their own), named by the verb.
_PERFORMATIVES = frozenset(
    "apologize apologise appeal urge condemn welcome congratulate thank regret deplore denounce reject "
    "demand praise salute commend".split()
)
# Who may do the act the speaker says: the speaker ("I", "we"), or a body or person the statement
# names ("the secretary-general appeals", "the government condemns"); not someone else ("he regrets").
_OTHERS = frozenset("he she they it him her them".split())


def _acts_said(rows: list[_Row]) -> list[_Row]:
    """A statement row whose words do an act ("'I apologize for that,' Owens said") or tell what a
    test found now ("'Tests show that the vaccine is safe,' said Yin") is anchored on that act's word
    (its date, actors and source stay the statement's); the act's own row, which no chronology
    lists (a present tense), goes."""
    own = {r.trig.i: r for r in rows}
    moved: set[int] = set()
    out = []
    for r in rows:
        act = _act_said(r.trig) if is_reporting(r.trig) and r.start == r.trig.idx else None
        if act is not None and not (act.i in own and own[act.i].fact in LISTED):
            start, end, text, lemma = trigger_extent(act)
            r = r._replace(start=start, end=end, trigger_text=text, lemma=lemma)
            moved.add(act.i)
        out.append(r)
    return [r for r in out if r.trig.i not in moved]


def _act_said(verb):
    """The word of the act a reporting verb's clause does by being said ("apologize" in "'I got
    frustrated and I apologize for that,' Owens said"), or of the test it says found something now
    ("Tests" in "'Tests show that the vaccine is highly safe,' said Yin"), or of what the speaker
    says is being done ("notifying" in "said that it was in the process of notifying"), or None."""
    for clause in children_with(verb, ("ccomp", "parataxis")):
        doing = in_the_course_of(clause)
        if doing is not None and not any(c.dep_ == "neg" or c.tag_ == "MD" for c in clause.children):
            return doing  # "said Saturday that it was in the process of notifying all investigators"
        if clause.pos_ != "VERB":
            continue
        for v in [clause, *(c for c in children_with(clause, ("conj",)) if c.pos_ == "VERB")]:
            kids = list(v.children)
            if v.tag_ not in ("VBP", "VBZ") or any(c.dep_ == "neg" or c.tag_ == "MD" for c in kids):
                continue
            subject = next((c for c in kids if c.dep_ == "nsubj"), None)
            if subject is None:
                continue
            lemma = v.lemma_.lower()
            if lemma in _PERFORMATIVES and subject.lower_ not in _OTHERS and subject.pos_ in ("PRON", "NOUN", "PROPN"):
                return v
            if lemma in MEASURING_VERBS and subject.pos_ == "NOUN" and is_trigger(subject):
                return subject
    return None


def _teller(trig, in_passing: bool):
    """The verb in whose tense a trigger is told: an event noun's staging verb ("forces staged a
    drill"), or the clause it is told in passing by; a gerund's clause ("told reporters after
    meeting Mugabe"); the "took" of the time taken ("It took Brazil 70 minutes to win"); else itself."""
    if trig.pos_ == "NOUN":
        return occurrence_verb(trig) or support_verb(trig) or (clause_verb(trig) if in_passing else None) or trig
    if trig.pos_ == "ADV":
        return figure_clause(trig) or trig  # "imported ..., 2.44 million tons of steel, down 22.3 percent"
    if deed_done_before(trig):
        return trig.head.head
    if trig.dep_ in ("xcomp", "advcl") and took_time_to(trig.head, trig):
        return trig.head
    if trig.dep_ == "xcomp" and forced_to(trig.head):
        return trig.head  # "was forced to resign": told in the tense of the forcing
    return trig


def _anchor(trig, rows: list[_Row]):
    """The word the trigger's row is anchored on: the event noun its support participle only stages
    ("court bombings carried out by the militants": the bombings), the total whose figure it gives
    ("trade amounted to 197 million dollars": the trade), unless that noun has a row of
    its own a chronology lists; else the trigger."""
    word = handed_over(trig) if trig.lemma_.lower() != "leave" else _state_left(trig)
    if word is trig:
        # "bilateral trade amounted to 197 million dollars": the trade; "has been providing loans": the loans
        # "led to calls from Jewish groups for an apology": the calls
        # "a partial count on Monday giving him a lead": the count
        # "performed emergency surgery", "suffered a 2-1 defeat": the surgery, the defeat
        word = (
            measured_total(trig)
            or help_given(trig)
            or reaction_drawn(trig)
            or finding_of(trig)
            or act_done(trig)
            or occasion_of_relative(trig)
            or occasion_scheduled(trig)
            or embarked_on(trig)
            or effect_caused(trig)
            or deed_framed(trig)
            or trig
        )
    if word is trig:
        return trig
    # (nor a noun another row is already anchored on: "opened the summit, which began an hour late")
    return trig if any((r.trig.i == word.i or r.start == word.idx) and r.fact in LISTED for r in rows) else word


def _kept_beside_its_occasion(row: _Row, rows: list[_Row]) -> list[_Row]:
    """The rows to add for a verb's row. When the verb only says an occasion took place, ended or is
    to start and that occasion has a row of its own (:func:`_occasion_row`), the occasion's row goes
    and this one, anchored on the occasion, stands for both ("Pahad co-chaired peace talks that
    ended in South Africa Tuesday": one row on the talks, dated by the clause, or by the noun when
    the clause gives no date; the noun's actors kept; GUIDELINES 2: the verb in ``also``)."""
    told = _occasion_row(row.trig, rows) if row.start == row.trig.idx else None
    if told is None:
        return [row]
    rows.remove(told)
    start, end, text, lemma = trigger_extent(told.trig)
    return [
        row._replace(
            start=start,
            end=end,
            trigger_text=text,
            lemma=lemma,
            when=row.when if row.when.dated else told.when,
            people=[*told.people, *(p for p in row.people if p not in told.people)],
            places=row.places or told.places,
            source=row.source or told.source,
        )
    ]


def _occasion_row(trig, rows: list[_Row]) -> _Row | None:
    """The row of its own an occasion already has when this verb only says it took place, began,
    ended or is scheduled ("the talks" of "peace talks that ended in South Africa Tuesday", "the
    Meeting" of "will attend the Leaders' Meeting to be held in Hanoi"): the verb's row replaces it,
    anchored on the noun (GUIDELINES 2: one row, the verb in ``also``); else None."""
    if trig.lemma_.lower() in ("resume", "continue"):
        return None  # "the suspension of assistance, which resumed on the weekend": another phase
    word = handed_over(trig)
    if word is trig:
        relative = occasion_of_relative(trig)
        word = relative or occasion_scheduled(trig)
        told_of = trig.head if relative is not None else scheduled_noun(trig)
        if word is not None and (told_of is None or word.i != told_of.i):
            return None  # "the suspension of assistance, which resumed": not the occasion's own clause
    if word is None or word.i == trig.i or word.dep_ == "nsubj" and word.head.lemma_.lower() in MEASURING_VERBS:
        return None  # "The poll, which was carried out on Friday, suggested ...": taken, then what it found
    return next((r for r in rows if r.trig.i == word.i and r.start == word.idx and r.fact in LISTED), None)


def _state_left(verb):
    """ "The quake left two people dead", "the clashes left 30 rebels and four soldiers dead": the
    deaths are the row's happening (GUIDELINES 2), its word "dead"; else the verb."""
    states = [c for c in children_with(verb, ("oprd", "acomp")) if c.lower_ in _LEFT_STATES]
    counted = children_with(verb, ("dobj",)) + [g for c in states for g in c.children]
    return states[0] if states and any(_counted(c) for c in counted) else verb


# How precise a noun's time must be for a relative clause on it to share it: within a year
# (GUIDELINES 3: null when the article does not place the happening within a year)
_SHARED_PRECISIONS = frozenset({"day", "week", "month", "quarter", "season", "year"})


def _dated_by_its_saying(trig, when: EventDate, index: TimexIndex) -> bool:
    """Is the date of a plan the day it was announced ("Putin said on Friday the talks would be held
    in Astana", "The military will withdraw 5,556 troops from Aceh, an officer said Tuesday", "A
    building ... is to become a national monument, Bertie Ahern said on Sunday")? That day is the
    saying's, not the plan's (GUIDELINES 2: the row is the plan)."""
    if reported_would(trig):
        return True
    head = clause_head(trig)
    while head is not None and head.dep_ == "xcomp" and head.head.i != head.i:
        head = head.head  # "is to become ..., Ahern said"
    if head is None:
        return False
    saying = reporting_verb(head)
    if saying is None:
        return False
    said = own_expression(saying, index)
    return said is not None and said.text == when.text


def _its_nouns_date(trig, told_dates: Mapping[int, EventDate], index: TimexIndex) -> EventDate | None:
    """The date a relative clause in the simple past takes from the happening noun it tells of
    (:func:`done_by_its_noun`: "a bomb attack on August 7, 1998 that killed 11"), when that date is
    the noun's own, within a year; not one the noun takes from its clause ("The treaty, which ended
    the war, was renewed on Tuesday": renewed then, made long before); else None."""
    noun = done_by_its_noun(trig)
    if noun is None or noun not in told_dates:
        return None
    when = told_dates[noun]
    if when.precision not in _SHARED_PRECISIONS or own_expression(trig.doc[noun], index) is None:
        return None
    return when


def _its_clause_date(trig, told_dates: Mapping[int, EventDate]) -> EventDate | None:
    """The date of the clause whose subject is the event noun a support participle with no time of
    its own stages ("On Oct. 3, court bombings carried out by the militants left two people dead":
    the bombings of Oct. 3), within a year; not of one that only began it ("the talks, launched by
    Norway, were suspended on Monday"); else None."""
    if trig.dep_ != "acl" or trig.lemma_.lower() in STARTING:
        return None
    noun = handed_over(trig)
    if noun is trig or noun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    when = told_dates.get(noun.head.i)
    return when if when is not None and when.precision in _SHARED_PRECISIONS else None


# Prepositions of the place or day a "where" clause hangs on
_WHERE_IT_WAS = frozenset({"in", "at", "to", "on"})
# Verbs that tell the toll a harm took ("an attack which killed five", "a blast that injured 20")
_TOLL_VERBS = frozenset("kill injure wound".split())


def _within_a_row(trig, rows: list[_Row]) -> EventDate | None:
    """The date of the happening a relative clause in the simple past says it took place during or
    in ("The demolition sparked clashes with troops, during which two villagers were shot and
    wounded as protesters took to the streets"), or the day of the clause whose place or day a
    "where" clause hangs on ("arrived in Rome on Sunday, where he held talks"), when the sentence
    has a dated row for that happening (its own, the verb it took place by or the one that brought
    it about) or that clause; else None. Clauses joined to the relative clause by "and", "as" or
    "while" share it."""
    verb = (occurrence_verb(trig) or support_verb(trig)) if trig.pos_ == "NOUN" else trig  # "held talks"
    if verb is None or verb.pos_ != "VERB":
        return None
    clause = verb
    if clause.dep_ == "advcl" and any(c.lower_ in ("as", "while") for c in children_with(clause, ("mark",))):
        clause = clause.head  # "were shot as protesters took to the streets": at the same time
    if clause.dep_ == "conj" and not any_child(clause, ("aux", "auxpass")):
        clause = clause.head  # "were shot and wounded": the auxiliary shared
    if clause.dep_ != "relcl":  # (the cheap test first: most undated triggers stop here)
        return None
    if tense(verb) not in ("past", "none") or pluperfect(verb) or tense(clause) != "past" or pluperfect(clause):
        return None
    noun = clause.head
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    kids = list(clause.children)
    where = any(c.dep_ == "advmod" and c.lower_ == "where" for c in kids)
    # "The gas explosion, which killed four miners, took place on Wednesday": the toll of a harm is
    # taken when it strikes, as its own words date it (not "arrested two men for the bombing, which
    # killed three": a bombing the story did not date)
    toll = clause.lemma_.lower() in _TOLL_VERBS and any(
        c.dep_ == "nsubj" and c.lower_ in ("which", "that") for c in kids
    )
    within = toll or any(
        c.dep_ == "prep" and c.lower_ in ("in", "during") and any(g.lower_ == "which" for g in c.children) for c in kids
    )
    if not (where or within):
        return None
    held = []
    tok = noun
    for _ in range(3):
        if tok.pos_ == "VERB":
            held.append(tok)
            break
        if within and tok.pos_ == "NOUN":
            # the happening's row: its own, the verb it took place by ("the incident that took place
            # on Nov. 11, in which ..."), the one that brought it about ("sparked clashes with troops
            # during which ..."); not a verb that only tells of it ("condemned the attack in which")
            held.append(tok)
            by = occurrence_verb(tok) or _bringer(tok)
            if by is not None:
                held.append(by)
        if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and (within or tok.head.lower_ in _WHERE_IT_WAS):
            # the place or the day of the clause it hangs on ("arrived in Rome on Sunday, where ...":
            # the parser may hang "where" on the day)
            tok = tok.head.head
        else:
            break
    by_token = {r.trig.i: r for r in rows}
    for tok in held:
        row = by_token.get(tok.i)
        if row is None or not row.when.dated or toll and row.when.resolution not in ("absolute", "relative"):
            continue
        # a place is where one day's happening was, not a year's ("moved to Paris in 1990, where
        # she studied"); a happening may take longer ("a coup in 1975 in which the leader was killed")
        if (
            row.when.precision == "day"
            and row.when.earliest == row.when.latest
            or not where
            and (row.when.precision in _SHARED_PRECISIONS)
        ):
            return replace(row.when, resolution="inferred", mention=0)
    return None


def _perfect_head_date(trig, rows: list[_Row], ref_date: str | None) -> EventDate | None:
    """The date of the row of the present perfect a participle is joined to, the auxiliary shared
    ("H5N1 has killed 150 people since late 2003 and triggered the slaughter of millions of
    poultry": since late 2003 too), when it has one up to the article's day; else None."""
    if not ref_date or trig.pos_ != "VERB" or not perfect_conjunct(trig):
        return None
    row = next((r for r in rows if r.trig.i == trig.head.i), None)
    if row is None or not row.when.dated or (row.when.latest or "9999") > ref_date:
        return None  # "have focused on the domestic market as Christmas gained popularity": no plan
    return row.when


def _with_absolute(trig):
    """The verb of the clause a gerund-participle with a subject of its own is set beside, by
    "with" or by a comma alone ("Stocks fell, with Sony losing 2 percent and Honda shedding 30
    yen", "Automakers performed well, with Kia up 300 won and Ssangyong adding 190 won"), through
    the participles joined to it; else None. Such an absolute phrase tells what went on as the
    clause's happening did: at its time."""
    if trig.tag_ != "VBG" or not any_child(trig, ("nsubj",)):
        return None
    tok = trig
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ == "pcomp" and tok.head.lower_ == "with":
        gov = tok.head.head  # "fell, with Sony losing ...": the preposition hangs on the clause's verb
    elif tok.dep_ == "advcl" and all(c.lower_ == "with" for c in children_with(tok, ("mark",))):
        # "with Kia up 300 won and Ssangyong adding 190 won": the parser may hang the participle (or
        # the figure it is joined to) on the verb, marked by "with" or by nothing
        gov = tok.head
    else:
        return None
    return gov if gov.pos_ in ("VERB", "AUX") and gov.i != trig.i else None


def _with_absolute_date(trig, rows: list[_Row]) -> EventDate | None:
    """The date of the row of the clause a "with" absolute phrase is set beside
    (:func:`_with_absolute`), when that row is dated: the market's day for "Ssangyong Motor adding
    190 won" after "Automakers performed well on Friday, with ..."; else None."""
    gov = _with_absolute(trig)
    if gov is None:
        return None
    row = next((r for r in rows if r.trig.i == gov.i and r.when.dated), None)
    return replace(row.when, resolution="inferred", mention=0) if row is not None else None


def _counted_back_date(trig, rows: list[_Row], index: TimexIndex, ref_date: str | None = None) -> EventDate | None:
    """The day a plain length of time before the day of the past clause an "after" clause hangs on
    (:func:`counted_back`: "The cabinet took the decision on December 6, a day after a bomber
    killed five people": December 5), when that clause names its day. A sequel ("His remarks came
    a day after the president said ...", "The exercise comes two weeks after ...") is counted from
    the day of its noun (:func:`_counted_from_worked_out` when that day is worked out), or from the
    article's when its noun has no row: the clause's verb (or its noun subject or object) only, a
    count of days or weeks only. Else None."""
    counted = counted_back(trig)
    if counted is None:
        return None
    gov, n, unit = counted
    verb = trig.doc[gov]
    sequel = verb.lemma_.lower() in _SEQUEL_VERBS
    if tense(verb) != "past" and not (sequel and tense(verb) == "present"):
        return None
    row = next((r for r in rows if r.trig.i == gov), None)
    own = own_expression(verb, index) if row is None else None
    when = row.when if row is not None else from_timex(own) if own is not None else None
    if when is not None and when.resolution in ("absolute", "relative"):
        return day_counted_back(when, n, unit)
    if sequel and unit in ("day", "week") and _tells_the_clause(trig):
        # its noun subject's row, or the row of the noun a relative clause tells of ("the attack,
        # which came a day after ...")
        noun = verb.head.i if verb.dep_ == "relcl" else None
        subject = next(
            (r for r in rows if r.when.dated and (r.trig.dep_ == "nsubj" and r.trig.head.i == gov or r.trig.i == noun)),
            None,
        )
        if subject is not None and subject.when.resolution in ("absolute", "relative"):
            return day_counted_back(subject.when, n, unit)  # "an attack on Monday, which came a day after"
        if subject is not None:
            return _counted_from_worked_out(subject.when, n, unit)
        # no row for the noun ("The warning came a day after ..."): the news the article brings
        return _counted_from_worked_out(from_reference(ref_date), n, unit) if ref_date else None
    return None  # a day the clause names, not one worked out ("The truce was agreed a day after ...")


def _counted_not_the_article_day(
    trig, when: EventDate, fact: str, rows: list[_Row], index: TimexIndex, ref_date: str | None
) -> EventDate:
    """ "The warning came the day after Brussels rejected the plan": a reaction or a statement told
    as a fact with no time of its own, that the article's day dated (``reference``), is counted back
    from the clause it is set before (:func:`_counted_back_date`), not of that day; any other date
    as it was."""
    if fact not in ("asserted", "reported") or not when.dated or when.resolution != "reference":
        return when
    back = _counted_back_date(trig, rows, index, ref_date)
    return replace(back, resolution="inferred", mention=0) if back is not None else when


def _tells_the_clause(trig) -> bool:
    """Is the trigger the verb of the "after" clause it is in, or that verb's noun subject or object
    ("a day after the rebels seized the town": "seized"), not a clause inside it ("a day after
    police arrested a man who had attacked a bus": the attack is older)?"""
    found = after_clause(trig)
    if found is None:
        return False
    verb = found[0]
    return verb.i == trig.i or (trig.head.i == verb.i and trig.dep_ in ("nsubj", "nsubjpass", "dobj"))


# Verbs that set their noun subject after another happening ("the talks came a day after the vote",
# "the strike follows a week of protests")
_SEQUEL_VERBS = frozenset({"come", "follow"})


def _counted_from_worked_out(when: EventDate, n: int, unit: str) -> EventDate | None:
    """The days a plain count of days or weeks before a day worked out for a sequel's noun, not
    named (the story's day, or the article's: the news may be of the day before it): that day less
    the count, inexact, with the day before it too when the day is the article's. None for a date
    that is no day."""
    if not when.dated or when.earliest != when.latest or when.resolution not in ("inferred", "reference"):
        return None
    back = day_counted_back(when, n, unit)
    if back is None or when.resolution == "inferred":
        return back
    first = date.fromisoformat(back.earliest or "") - timedelta(days=1)
    return replace(
        back, value=None, edtf=f"{first.isoformat()}/{back.latest}", earliest=first.isoformat(), precision="none"
    )


def _named_in_its_act(name, ids: set[int]) -> bool:
    """A named happening that is the object of a verb with a row of its own ("hosted the 2003 World
    Cup", "the 2011 Rugby World Cup was awarded to ..."): told by that verb's row."""
    return name.dep_ in ("dobj", "nsubjpass") and name.head.pos_ == "VERB" and name.head.i in ids


# What a blast, a storm or an attack does to people and things, told by a participle after its clause
# ("the blast ripped through the market, killing nine people and destroying 30 stalls"): a happening
# of its own (GUIDELINES 2: "The quake killed 12 and destroyed 300 houses" is two rows).
_RESULTS = frozenset("kill injure wound hurt maim trap bury destroy damage flatten displace strand".split())


def _result_of(verb, rows: list[_Row]) -> _Row | None:
    """The row of the clause a harm participle with its toll follows (", wounding six passengers",
    ", trapping all 20 miners and burying a row of houses"), when that clause is a happening with a
    row; None for any other word, and for a toll with no count or article ("killing people")."""
    leaver = _leaver_of_state(verb)
    if leaver is not None:
        verb = leaver  # "..., leaving at least 20 people injured" read as "people injured"
    elif verb.pos_ == "VERB" and verb.dep_ == "acl" and toll_told_by_participle(verb):
        # "At least 57 people were killed and more than 110 others wounded": as real as the clause
        # its counted noun was joined to, and of its day
        host = verb.head
        while host.dep_ == "conj" and host.head.i != host.i and host.pos_ != "VERB":
            host = host.head
        return next((r for r in rows if r.trig.i == host.i and r.fact in ("asserted", "reported")), None)
    left = leaver is not None or _leaves_a_toll(verb)
    if verb.pos_ != "VERB" or verb.tag_ != "VBG" or verb.lemma_.lower() not in _RESULTS and not left:
        return None
    first = verb
    while first.dep_ == "conj" and first.head.tag_ == "VBG" and first.head.i != first.i:
        first = first.head
    if first.dep_ != "advcl" or first.i == 0 or verb.doc[first.i - 1].text != ",":
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in (*first.children, *verb.children)):
        return None  # "..., while killing", "..., it was killing": not a bare result
    if not left and not any(_counted_toll(c) for c in children_with(verb, ("dobj",))):
        return None
    clause = first.head
    return next((r for r in rows if _row_of_clause(r, clause) and r.fact in ("asserted", "reported")), None)


def _leaver_of_state(state):
    """The "leaving" whose counted object a state word describes when the parser hangs the state on
    the object ("..., leaving at least 20 people injured": "injured" on "people", not on
    "leaving"), as :func:`_state_left` reads the state hung on the verb; else None."""
    if state.dep_ != "acl" or state.lower_ not in _LEFT_STATES:
        return None
    obj = state.head
    verb = obj.head
    if obj.dep_ != "dobj" or verb.lemma_.lower() != "leave" or verb.tag_ != "VBG" or not _counted(obj):
        return None
    return verb


def _row_of_clause(row: _Row, clause) -> bool:
    """Is this the row of the clause's verb, or of the event noun the verb only stages ("staged
    serial bombings on Aug. 17, leaving two people dead": the bombings' row)?"""
    return row.trig.i == clause.i or row.trig.dep_ == "dobj" and row.trig.head.i == clause.i


def _leaves_a_toll(verb) -> bool:
    """ "..., leaving two people dead and hundreds wounded", "..., leaving at least 20 people
    injured": the toll of the clause it follows, counted (its row's word is the state:
    :func:`_state_left`), like "..., killing nine people"."""
    return verb.lemma_.lower() == "leave" and _state_left(verb) is not verb


# Nouns of a toll that "cause" brings about in a relative clause ("which has caused 68 deaths").
_TOLL_NOUNS = frozenset("death casualty injury fatality".split())


def _toll_told(trig) -> bool:
    """A relative clause that tells the toll its noun took ("the strain, which has caused 68 human
    deaths", "the attacks, which have claimed 200 lives", "a virus that has killed 40 people"): a
    happening, however it is tensed, not a description of the noun."""
    if trig.pos_ == "NOUN":
        verb = trig.head
        if trig.dep_ != "dobj" or trig.lemma_.lower() not in _TOLL_NOUNS or verb.lemma_.lower() != "cause":
            return False
        if not any_child(trig, ("nummod",)):
            return False
    else:
        # "the storm which left 2,000 people homeless": the row's word is the state (_state_left)
        left = trig.dep_ in ("oprd", "acomp") and trig.lower_ in _LEFT_STATES and trig.head.i != trig.i
        verb = trig.head if left else trig
        if _left_dead(verb):
            pass  # (its count checked there)
        elif trig.lemma_.lower() not in _RESULTS - {"trap", "strand"} and not _takes_lives(trig):
            return False
        elif not any(_counted(c) for c in children_with(trig, ("dobj",))):
            return False  # "the disease that has killed the most people": no toll told
    return verb.dep_ == "relcl" and any(c.lower_ in ("which", "that") for c in children_with(verb, ("nsubj",)))


def _counted(obj) -> bool:
    """ "40 people", "more than 200 lives", "dozens": a number told."""
    return obj.lower_ in _MANY or any_child(obj, ("nummod",))


_MANY = frozenset("dozens hundreds thousands scores".split())


def _counted_toll(obj) -> bool:
    """ "six passengers", "all the 16 miners", "a number of houses", "dozens", or the number alone
    ("killing at least 200", "killing one of them"): a toll told, not a kind."""
    return obj.lower_ in _MANY or obj.tag_ == "CD" or any_child(obj, ("nummod", "det", "poss", "predet"))


def _contest_setting(name, ref_date: str | None) -> bool:
    """A contest named with no year, or with the article's own year ("the draws of the 15th Asian
    Games", "the 2006 World Cup" read in 2006), or where a result was won ("won bronze at the 2002
    Asian Games"): the setting of the results told, not a row of its own; a past or coming one told
    for itself ("after the Athens 2004 Olympic Games", "the host of the 2011 Rugby World Cup") is."""
    if name.lower_ not in CONTESTS:
        return False
    while name.dep_ == "conj" and name.head.i != name.i:
        name = name.head  # "at the 2004 Athens Olympics and 2005 Madrid World Championships"
    if name.dep_ == "pobj" and name.head.lower_ in ("at", "in", "during"):
        return True  # "finished second at the 2005 World Championships": where a result was won
    when = name_time(name)
    return when is None or not when.isdecimal() or (ref_date or "")[:4] == when


def _named_time(
    name, when: EventDate, fact: Factuality, ref_date: str | None, people: list[Participant], index: TimexIndex
) -> tuple[EventDate, Factuality, list[Participant]]:
    """A named happening takes the year its name carries ("the 2012 Games": 2012) when nothing else
    dates it, and is planned when that is after the article; the name is not its own actor."""
    span = range(name.left_edge.i, max(name.right_edge.i, name.i + 1) + 1)
    words = name.doc[span.start : span.stop].text
    people = [p for p in people if p.token not in span and p.name not in words]
    year = name_time(name)
    days = _days_after_a_named_year(name, year, index) if year is not None and year.isdecimal() else None
    if days is not None and (not when.dated or when.precision == "year" and (when.value or "")[:4] == year):
        when = from_timex(days)  # "the Himalaya Tourism Conference 2006 on December 11-12": those days
    elif not when.dated and year is not None and year.isdecimal():
        iv = interval(year)
        when = EventDate(value=year, edtf=iv.edtf, earliest=iv.earliest, latest=iv.latest, precision="year", text=year)
        when = replace(when, resolution="absolute")
    if ref_date and (when.earliest or "") > ref_date and fact in ("asserted", "reported"):
        fact = "planned"  # "the 2012 Games", read in 2006: to come
    return when, fact, people


# Words between a name and the days it is held on: "Conference 2006 on December 11-12"
_HELD_ON = frozenset({"on", "from", ","})


def _days_after_a_named_year(name, year: str, index: TimexIndex) -> TimeExpr | None:
    """ "the Himalaya Tourism Conference 2006 on December 11-12": the year right after a name says
    which of the yearly events it is; the days of that year written right after it are when it is held."""
    doc = name.doc
    i = name.i + 1
    if i >= len(doc) or doc[i].text != year:
        return None
    i += 1
    if i < len(doc) and doc[i].lower_ in _HELD_ON:
        i += 1
    days = index._by_token.get(i) if i < len(doc) else None
    if days is None or days.start != doc[i].idx or days.precision != "day":
        return None
    return days if (days.earliest or "").startswith(year) else None


# Acts of authority or agreement whose participle, with who did it, tells a happening on its noun
# ("a ceasefire brokered by Egypt", "a policy established by the chief of staff", "a decree signed
# by the president"); not a state ("owned by", "led by") nor a credit ("directed by", "drawn by").
_ENACTED = frozenset(
    "broker mediate negotiate establish impose adopt pass approve enact sign ratify initiate launch introduce "
    "declare order award grant".split()
)
_NAMED_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def _done_by(verb, kept: set[int]) -> bool:
    """A participle on a noun with the name of who did it ("a ceasefire deal brokered by Turkey
    and Russia", "a policy established by the chief of staff"): a happening of its own, unless the
    noun's own row tells it ("a truce brokered by Egypt took effect": the truce's row)."""
    if verb.pos_ != "VERB" or verb.dep_ != "acl" or verb.tag_ != "VBN":
        return False
    if verb.lemma_.lower() not in _ENACTED or verb.head.i in kept:
        return False
    ents = tables(verb.doc).ents
    return any(
        c.dep_ == "agent" and any((g.pos_ == "PROPN" or ents[g.i] in _NAMED_TYPES) for g in children_with(c, ("pobj",)))
        for c in verb.children
    )


# Verbs that start the visit or trip their subject is "on": its day is the first of its days.
_SETTING_OFF = frozenset("arrive leave begin start set embark depart fly travel come go head kick".split())


def _journey_span(trig, when: EventDate) -> EventDate:
    """ "arrived in Tokyo on Saturday on a three-day official visit": the visit runs from that day
    for its days (Saturday to Monday), not that day alone."""
    if not when.dated or when.precision != "day" or when.earliest != when.latest or not when.earliest:
        return when
    days = _stay_days(trig)
    if not days:
        return when
    try:
        last = (date.fromisoformat(when.earliest) + timedelta(days=days - 1)).isoformat()
    except ValueError:
        return when
    return replace(when, latest=last, edtf=f"{when.earliest}/{last}")


def _stay_days(trig) -> int:
    """The days of a visit or trip its subject set off on, as the text counts them (2 to 10: "on
    a three-day official visit"), else 0."""
    if trig.pos_ != "NOUN":
        return 0
    verb = journey_verb(trig)
    if verb is None or verb.lemma_.lower() not in _SETTING_OFF:
        return 0
    days = 0
    for c in trig.children:
        if c.lower_ == "day" and c.dep_ in ("compound", "amod", "nmod"):
            count = children_with(c, ("nummod",))
            if len(count) == 1:
                word = count[0].lower_
                days = SMALL_NUMBERS.get(word, int(word) if word.isdecimal() else 0)
    return days if 2 <= days <= 10 else 0


def _story_date(story: _Story, trig, rank: int) -> EventDate:
    """The trigger's date; the story's time moves with it (:class:`StoryTime`), and the lead may be anchored."""
    # a lead that moved to a past era ("In the 1916 Rising, ...") does not tell the article day's story
    anchored = story.lead_anchored or story.time.era is not None
    when = event_date(trig, story.index, rank, story.ref_date, lead_anchored=anchored)
    if not story.infer_dates and when.resolution == "inferred":
        when = UNDATED  # --explicit-dates-only: "deepened after X in January" is worked out, not told
    when = _dayless_on_story_day(when, trig, story)
    if when.resolution == "reference" and story.infer_dates:
        # "Sales rose 6.2% to $1.45 billion" in a lead after "a 20% gain in third-quarter net income":
        # the figures' period, not the article's day
        when = _figures_period(trig, trig, story) or when
    if not when.dated and dated_before(trig, story.index):
        story.time.to_unknown_past()
    if when.dated and when.resolution in ("absolute", "relative") and not story.index.in_bound_words(trig):
        story.time.figure_told(when, trig)
    story.time.told(
        when,
        trig,
        vague_past=not when.dated and story.index.in_vague_past(trig),
        bounding=story.index.in_bound_words(trig),
    )
    story.lead_anchored = story.lead_anchored or (
        trig.pos_ == "VERB" and anchors_lead(when, rank, story.ref_date) and not background(trig)
    )
    return when


def _figures_period(trig, teller, story: _Story) -> EventDate | None:
    """The period of the results story told before it (:meth:`StoryTime.period_of`) for a figure told
    in the past with no time of its own, else None."""
    if story.time.period is None or pluperfect(teller) or not _past_told(trig):
        return None
    return story.time.period_of(trig)


def _dayless_on_story_day(when: EventDate, trig, story: _Story) -> EventDate:
    """A time of day that names no day ("struck at 5:00 a.m.", read on the article's day) in a
    past-tense clause is on the day of the story told before it ("Gunmen stormed a village on
    Sunday. ... The attackers struck at 5:00 a.m."), when that story is on another day."""
    day = story.time.day
    ref_date = story.ref_date
    if (
        day is None
        or story.time.era is not None
        or not ref_date
        or not when.value
        or not when.value.startswith(ref_date + "T")
        or day.earliest == ref_date
        or not day.earliest
        or _NAMES_DAY.search(when.text or "")
        or not _past_told(trig)
    ):
        return when
    value = day.earliest + when.value[len(ref_date) :]
    iv = interval(value)
    return replace(when, value=value, edtf=iv.edtf, earliest=iv.earliest, latest=iv.latest, resolution="inferred")


def _past_told(trig) -> bool:
    """Is the trigger, or the verb an event noun is staged by, in the past tense?"""
    verb = (occurrence_verb(trig) or support_verb(trig)) if trig.pos_ == "NOUN" else trig
    return verb is not None and verb.pos_ in ("VERB", "AUX") and tense(verb) == "past"


def _ahead(own: TimeExpr, when: EventDate, ref_date: str) -> bool:
    """Does the clause's own expression lie after the article's day, as read for the clause ("the
    lists expire at the end of the year": the part of the year's end still ahead)?"""
    if (own.earliest or "") > ref_date:
        return True
    return when.text == own.text and (when.earliest or "") > ref_date


def _outlook(own: TimeExpr | EventDate | None, ref_date: str | None) -> bool:
    """Is the clause's own expression (or, with none, its date: "until 2030") a stretch from the
    article's day ahead ("over the coming days", "in the next five years", "over the next decade")?
    It names no day, but it is the time a forecast or a plan is set in: "crude prices would remain
    firm over the coming days" is told of those days, as "demand will soar by 2030" is of the years
    up to 2030 (GUIDELINES 3: a forecast takes the outlook the speaker set, planned, inexact)."""
    return (
        own is not None
        and bool(ref_date)
        and own.precision == "none"
        and own.resolution == "relative"
        and own.earliest == ref_date
        and (own.latest or "") > (ref_date or "")
    )


def _own_day(own: TimeExpr | None) -> bool:
    """Does an expression date a clause as a happening? A stretch looked back on ("over the last
    three weeks") dates a clause but makes no happening of it."""
    return own is not None and own.precision != "none"


def _now_in_present(own: TimeExpr | None, trig) -> bool:
    """ "now", "currently" on a clause in the simple present ("Belarus currently pays 46 dollars",
    "the coastline, which is now controlled by Chile"): a state of affairs at the time of writing,
    not a happening dated that day ("the army is currently shelling the town" is one)."""
    if own is None or own.value != "PRESENT_REF" or trig.tag_ == "VBG":
        return False
    tenses = [trig.tag_, *(c.tag_ for c in children_with(trig, ("aux", "auxpass")))]
    return trig.pos_ == "VERB" and any(t in ("VBZ", "VBP") for t in tenses) and "MD" not in tenses


def _ended_before(trig, index: TimexIndex) -> bool:
    """ "Arroyo suspended peace talks with the rebels on Monday": the talks ran before the day they
    were broken off (rows.ended_by), which is not theirs; with no time of their own, undated."""
    return trig.pos_ == "NOUN" and ended_by(in_place_of(trig)) and own_expression(trig, index) is None


def _own_expression(trig, index: TimexIndex) -> TimeExpr | None:
    """The expression that dates the trigger itself, or the verb a noun trigger occurs with
    ("the evacuations began on Thursday")."""
    own = own_expression(trig, index)
    if own is None and trig.pos_ == "NOUN":
        verb = occurrence_verb(trig) or support_verb(trig)
        own = own_expression(verb, index) if verb is not None else None
    return own


def _add_events(story: _Story, s: _Sentence, sent_text: str, rows: list[_Row], events: list[Event]) -> None:
    """The rows a chronology lists become events; a row that folds into another stands for itself
    when that one becomes none ("Residents reported heavy fighting": no statement of someone
    unnamed, the fighting's row)."""
    own = [r for r in rows if r.host < 0]
    first = len(events)
    emitted = _add_rows(story, s, sent_text, own, events, set())
    listed = {r.trig.i for r in own if r.fact in LISTED}
    standing = [r for r in rows if r.host >= 0 and r.host not in emitted]
    if standing and _add_rows(story, s, sent_text, standing, events, listed):
        events[first:] = sorted(events[first:], key=lambda e: e.mentions[0].start)  # in text order


def _add_rows(
    story: _Story, s: _Sentence, sent_text: str, rows: list[_Row], events: list[Event], listed_too: set[int]
) -> set[int]:
    """The rows a chronology lists become events (``listed_too``: the sentence's listed rows told
    before these); the triggers of those added."""
    # tokens inside temporal expressions are not figures ("2016" is no claim)
    skip = story.index.covered(s.span.start, s.span.end)
    rows = _caused_told(rows)
    listed = {r.trig.i for r in rows if r.fact in LISTED} | listed_too
    added: set[int] = set()
    rows = _occasions_dated(rows, story.ref_date)
    rows, listed = _conditional_pledges(rows, listed, story.quoted)
    # the dates the rows' clauses end with, which a deed done before a clause shares
    clause_dates = {r.trig.i: _statement_date(r, r.fact, story.ref_date) for r in rows}
    for row in rows:
        trig, fact = row.trig, row.fact
        if trig.lemma_.lower() in _CONTENT_VERBS and any(c.i in listed for c in children_with(trig, ("ccomp",))):
            continue  # "officials decided (that) his offence merited a ban": the row is what was decided
        if trig.lemma_.lower() in _CAUSATIVES and any(c.i in listed for c in children_with(trig, ("xcomp",))):
            continue  # "the scandal forced the minister to resign": one row, the resignation's
        if _used_to_do(trig, listed):
            continue  # "Karzai used the start of Eid to call for peace": one row, the call's
        if fact == "planned" and warned_of(trig, listed) and _own_expression(trig, story.index) is None:
            continue  # "warned that the police will crack down on vendors": one row, the warning's
        if _brought_about(trig, listed) or _told_by_another_row(trig, listed):
            continue  # "the decisions sparked violent protests": one row, the protests'
        if is_reporting(trig) and not _takes_lives(trig):
            told = _statement(trig, row.people, fact, listed, story.quoted)
            if told is None:
                continue
            fact = told
            press = _press_speaker(trig, row.people)
            if press is not None and not _quotes_its_own(trig, story.quoted):
                # "..., CNN television reported": the broadcaster carries the news; the row is what
                # it reports, its actors those of the reported clause, the broadcaster its source
                row = row._replace(people=_reported_people(trig, s), source=(press.name, press.type))
                fact = "reported" if fact == "asserted" else fact
        if fact not in LISTED and not story.all_events:
            continue
        people, places = _places_apart(trig, row.people, row.places)
        refs = _taking_part(trig, row.start, people, [ActorRef(p.name, p.type, cast(Role, p.role)) for p in people])
        source = row.source
        if source is not None and not any(r.name == source[0] for r in refs):
            refs.append(ActorRef(source[0], source[1], "source"))
        when = _statement_date(row, fact, story.ref_date)
        when = _said_after_the_game(when, story, trig)
        if not when.dated and (deed_done_before(trig) or first_told_before(trig)):
            # "told reporters after meeting Mugabe", "After meeting his officials, Olmert ordered
            # ...", "said after talks with Dini": the day of the clause it was done before, as far
            # as the article tells
            its_clause = clause_dates.get(trig.head.head.i)
            if its_clause is not None and its_clause.dated:
                when = replace(its_clause, resolution="inferred", mention=0)
        when = _not_after_publication(
            when,
            fact,
            story.ref_date,
            stay=_stay_days(trig) > 0,
            named=when.resolution == "absolute" and _simple_past(trig),
        )
        if fact == "planned" and not when.dated and story.infer_dates:
            window = plan_window(trig, story.ref_date)  # "will visit Japan": the weeks ahead
            if window.dated:
                story.plan_windows[row.start] = window
        if not when.dated and story.unanchored:
            written = _own_expression(trig, story.unanchored)
            if written is not None:
                when = replace(UNDATED, text=written.text)  # "on Thursday": which one, the article does not say
        estimator = source or _agent(people)
        extra = anaphoric_claims(trig, story.document.id, estimator[0] if estimator else None)
        if extra and _attach_to_previous_figures(events, extra, s.index):
            continue  # "Turkey estimated the number to be nearer 8,000": a figure of the event told before
        _list(_event(story, s, sent_text, row, fact, when, refs, people, places, skip), trig.i, events, added)
    return added


def _list(event: Event, trigger: int, events: list[Event], added: set[int]) -> None:
    """Add the event, unless its mention (its trigger's span) is already an earlier event's of the
    sentence: "embarked on his first tour", the verb's row handed over to its noun, and the noun's
    own row name one happening by one word (one row, the verb's, whose summary is the clause)."""
    start, sentence = event.mentions[0].start, event.mentions[0].sentence
    for other in reversed(events):
        if other.mentions[0].sentence != sentence:
            break
        if other.mentions[0].start == start:
            return
    events.append(event)
    added.add(trigger)


# What a disaster or an attack "claims": the dead, not words ("the quake claimed 61 lives").
_TOLLS = frozenset("life lives victim toll".split())


# What a happening leaves people: "left 45 people dead", "left 2,000 homeless".
_LEFT_STATES = frozenset("dead injured wounded homeless".split())


def _left_dead(trig) -> bool:
    """ "the clashes, which left 30 rebels dead", "the storm, which left 2,000 people homeless": a
    toll, when the noun is a happening of a kind (not "documents that left 16 people dead", "Morocco
    that left 45 people dead": the parser's misplaced clause, whose summary would blame them)."""
    noun = trig.head.lemma_.lower()
    if trig.lemma_.lower() != "leave" or not (kinds(noun) or noun in EVENT_NOUNS):
        return False  # (a happening's word: "the quake which left ...", "a crisis that has left ...")
    states = [c for c in children_with(trig, ("oprd", "acomp")) if c.lower_ in _LEFT_STATES]
    # the count: the verb's object, or hung on the state by the parser ("left 12 shoppers dead")
    counted = children_with(trig, ("dobj",)) + [g for c in states for g in c.children]
    return bool(states) and any(_counted(c) for c in counted)


def _takes_lives(trig) -> bool:
    """ "The storm claimed 12 lives", "which claimed the lives of 40 people": deaths, no statement."""
    return trig.lemma_.lower() == "claim" and any(
        c.dep_ == "dobj" and (c.lemma_.lower() in _TOLLS or c.lower_ in _TOLLS) for c in trig.children
    )


# Verbs whose clause tells what was decided, found or learnt: when that is a happening with a row
# of its own, "X decided" alone says nothing more.
_CONTENT_VERBS = frozenset(
    "decide find conclude determine judge learn realize realise discover observe notice witness detect".split()
)
# Verbs of finding out or perceiving: their "that"-clause is what the finder or perceiver tells
# ("the auditors observed that 650,000 more children were immunized": the immunizations, the
# auditors their source), as a speaker's is.
_FINDING = frozenset("find discover learn realize realise observe notice witness detect".split())
# Verbs that bring someone to do what their infinitive tells: when that has a row of its own, the
# causing is told by it (its summary reads the same).
_CAUSATIVES = frozenset("prompt force compel lead cause drive push spur oblige".split())


def _used_to_do(verb, listed: set[int]) -> bool:
    """ "used the start of Eid to call for peace", "used tear gas to disperse the crowd": the verb
    only names the means or the occasion of what its infinitive tells; when that has a row of its
    own, the row is that one (the summary reads the same). Not "used to live there" (a habit: no
    object), nor an infinitive of saying ("used a speech to announce a cut": the announcement may
    give way to what it announces, and "used" keeps the row)."""
    if verb.lemma_.lower() != "use" or verb.pos_ != "VERB" or not any_child(verb, ("dobj",)):
        return False
    return any(
        c.dep_ in ("xcomp", "advcl") and c.i in listed and is_infinitive(c) and not is_reporting(c)
        for c in verb.children
    )


# Verbs that only say that one happening brought about another named by an event noun: "sparked
# protests", "triggered a wave of buying", "led to the invasion of Afghanistan".
_BRINGS_ABOUT = frozenset("spark trigger provoke cause".split())


def _brought_about(verb, listed: set[int]) -> bool:
    """Does this verb only say that a happening brought about another, named by an event noun with a
    row of its own ("the decisions sparked violent protests", "uprisings which led to the invasion
    of Afghanistan")? That row tells it (GUIDELINES 2: "led to calls" is the calls' row), the cause
    by its own words."""
    t = tables(verb.doc)
    deps, children = t.deps, t.children  # indices: no Token made for each child
    if t.pos[verb.i] != "VERB" or any(deps[c] == "neg" for c in children[verb.i]):
        return False
    lemma = verb.lemma_.lower()
    lower = lowered(verb.doc)
    for c in children[verb.i]:
        if lemma in _BRINGS_ABOUT and deps[c] == "dobj" and c in listed:
            return True
        if lemma == "lead" and deps[c] == "prep" and lower[c] == "to":
            if any(deps[n] == "pobj" and n in listed for n in children[c]):
                return True
    return False


# Verbs that, in the passive, only tell what a change, a figure or a decision owed to something,
# with the preposition of that cause: "gains were limited by the OPEC decision", "the October drop
# was helped by a decrease in energy prices", "growth was driven by exports", "the surge was traced
# to the decline in output": why a happening told by its own row went as it did, no happening of
# its own (the cause, when one, has its row).
_EXPLAINING = {
    **dict.fromkeys("limit help drive fuel boost offset dampen cap underpin".split(), "by"),
    **dict.fromkeys("attribute trace".split(), "to"),
    # and what only tells what an occasion or a spell was taken up by: "the session was dominated by
    # Saddam's complaint" (not "marked": "the anniversary was marked by ceremonies" tells the
    # ceremonies; "overshadowed" is a state of the undertaking, factuality's)
    "dominate": "by",
}
# Names of the things explained: a change, a figure, a market's day, a decision, a remark.
_NAMED_SUBJECT = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})


def _explained(verb) -> bool:
    """Is this passive verb one of :data:`_EXPLAINING` that only tells what its subject, a thing
    (not someone: "He was helped by two men to flee"), owed to a cause named after its preposition?"""
    if verb.pos_ != "VERB" or not any_child(verb, ("auxpass",)) or any_child(verb, ("neg",)):
        return False
    prep = _EXPLAINING.get(verb.lemma_.lower())
    if prep is None or not any(c.lower_ == prep for c in children_with(verb, ("agent", "prep"))):
        return False
    subjects = children_with(verb, ("nsubjpass",))
    if not subjects:
        return False
    subject = subjects[0]
    if subject.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
        subject = verb.head  # "investment, which has been fueled by high liquidity": the investment
    if subject.lower_ == "this":
        return True  # "but this was offset by an outflow of investment"
    return subject.pos_ == "NOUN" and subject.ent_type_ not in _NAMED_SUBJECT


def _told_by_another_row(verb, listed: set[int]) -> bool:
    """Does this verb tell no happening of its own beside the rows of its sentence: why a change went
    as it did ("gains were limited by the OPEC decision": :func:`_explained`), or the frame of a
    clause with a row of its own told to an audience ("Fong smuggled the cigarettes, the court was
    told": one row, the smuggling's)?"""
    return _explained(verb) or told_to_a_body(verb) and _reports_listed(verb, listed)


def _bringer(noun):
    """The verb that says what brought about the happening this event noun names ("The rape ...
    triggered protests in 1995", "uprisings which led to the invasion"), whose clause tells the
    noun's row (:func:`_brought_about`); None when there is none."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "to" and head.dep_ == "prep":
        verb = head.head
        return verb if verb.pos_ == "VERB" and verb.lemma_.lower() == "lead" else None
    if noun.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_.lower() in _BRINGS_ABOUT:
        return head
    return None


def _caused_told(rows: list[_Row]) -> list[_Row]:
    """What a causative told as done brought about ("DeLay was forced to step down on Sept. 28")
    was done: its infinitive, read as a plan, takes the causative's factuality (its row tells both)."""
    by_token = {r.trig.i: r for r in rows}
    out = []
    for row in rows:
        head = by_token.get(row.trig.head.i) if row.trig.dep_ == "xcomp" else None
        if (
            head is not None
            and row.fact == "planned"
            and head.fact in ("asserted", "reported")
            and head.trig.lemma_.lower() in _CAUSATIVES
        ):
            row = row._replace(fact=head.fact)
        out.append(row)
    return out


def _occasions_dated(rows: list[_Row], ref_date: str | None) -> list[_Row]:
    """An occasion at which the clause's happening took place ("Speaking at his annual,
    end-of-the-year news conference, Putin said ...") took place on that happening's day, when the
    occasion's own words are vaguer (a year, a part of it) or say nothing."""
    by_token = {r.trig.i: r for r in rows}
    out = []
    for row in rows:
        trig = row.trig
        host = _occasion_host(trig)
        hosted = by_token.get(host.i) if host is not None else None
        occasion = by_token.get(trig.head.i) if _running_the_occasion(trig) else None
        if occasion is not None and not row.when.dated and occasion.when.dated:
            # "agreed at a meeting presided over by Premier Wen": presided over when it met
            row = row._replace(when=occasion.when)
        elif hosted is not None:
            day = _statement_date(hosted, hosted.fact, ref_date) if hosted.fact in LISTED else hosted.when
            own = row.when
            if (
                day.dated
                and day.earliest == day.latest
                and (not own.dated or (own.earliest or "") <= (day.earliest or "") <= (own.latest or ""))
            ):
                if own.earliest != own.latest or not own.dated:
                    row = row._replace(when=day)
        by_token[trig.i] = row
        out.append(row)
    return out


# Verbs of running an occasion while it takes place ("a meeting presided over by the premier", "a
# summit hosted by France", "a rally attended by thousands")
_RUNNING = frozenset("preside chair host attend address".split())


def _running_the_occasion(verb) -> bool:
    """Is ``verb`` a participle after an occasion noun telling who ran or attended it?"""
    return (
        verb.dep_ == "acl"
        and verb.tag_ == "VBN"
        and verb.lemma_.lower() in _RUNNING
        and verb.head.lemma_.lower() in OCCASIONS
    )


# Prepositions that put a clause at an occasion ("at the summit", "during talks", "in a meeting
# with Hu"; and "on the sidelines of the summit")
_HOSTING = frozenset({"at", "during", "in"})
_SIDELINES = frozenset({"sidelines", "sideline", "margins", "margin"})


def _occasion_host(noun):
    """The verb whose happening an occasion noun hosts ("at his news conference, Putin said", "In a
    meeting with Hu, the president praised China", "said on the sidelines of a summit"), or the
    telling that addresses it ("Annan told a meeting in Geneva": told there), or None. Not "on" an
    occasion, which may be what the clause is about ("On the recent visit, Kasuri denied reports")."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in OCCASIONS:
        return None
    if noun.dep_ == "dobj" and noun.head.pos_ == "VERB" and addressed(noun.head):
        return noun.head
    if noun.dep_ != "pobj":
        return None
    prep = noun.head
    if prep.lower_ == "of" and prep.head.lower_ in _SIDELINES and prep.head.dep_ == "pobj":
        prep = prep.head.head  # "said on the sidelines of the summit": said at it
        if prep.lower_ not in ("on", "at") or prep.head.pos_ != "VERB":
            return None
    elif prep.lower_ not in _HOSTING or prep.head.pos_ != "VERB":
        return None  # (not "On the recent visit, Kasuri denied the reports": what was denied is about it)
    verb = prep.head
    while verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.pos_ == "VERB":
        verb = verb.head  # "Speaking at the conference, Putin said": the saying is hosted
    return verb


def _finding_now(noun) -> bool:
    """ "Tests show that ...", "the survey suggests": an event noun whose verb of finding is in the
    simple present."""
    verb = occurrence_verb(noun)
    return (
        verb is not None
        and verb.lemma_.lower() in MEASURING_VERBS
        and verb.tag_ in ("VBZ", "VBP")
        and not any_child(verb, ("aux", "auxpass"))
    )


# Verbs of saying that tell a statement row of their own, besides the statement verbs the merge knows:
# a request, a suggestion, an estimate, a complaint or a forecast ("The circular asked all departments
# to ...", "the society estimated that ...", "the council also suggested the government ..."),
# dated as statements are; not "recall" (a product or an envoy recalled is no saying)
_SAID_AS_STATEMENTS = frozenset("ask suggest estimate complain caution predict contend hint lament boast".split())


def _said_as_statement(verb) -> bool:
    """Is ``verb`` one of :data:`_SAID_AS_STATEMENTS` told as a statement of the article's news: not
    in a quotation ("he hit me and asked me to talk," she said: the speaker's past), nor in a clause
    that times another ("When the firm asked how to pay, a member said ...": before it), nor the second
    act of a deed told ("the appeals court overturned the ruling and asked that the sentence be
    increased": part of what the court did, when it did it)?"""
    if verb.lemma_.lower() not in _SAID_AS_STATEMENTS or verb.dep_ == "advcl":
        return False
    if verb.dep_ == "conj" and verb.head.lemma_.lower() not in STATEMENT_VERBS:
        return False
    return not doc_quote_mask(verb.doc)[verb.idx]


def _said_after_the_game(when: EventDate, story: _Story, trig) -> EventDate:
    """A statement given the article's day in a game's report whose story is the game's day, the day
    before the article: said after the game, on its day (GUIDELINES 3: post-game comments take the
    game's day), not the article's."""
    day, ref_date = story.time.day, story.ref_date
    if (
        when.resolution != "reference"
        or day is None
        or ref_date is None
        or story.time.day_said
        or story.time.era is not None
    ):
        return when
    if day.precision != "day" or day.earliest != day.latest or not day.earliest:
        return when
    if (date.fromisoformat(ref_date[:10]) - date.fromisoformat(day.earliest)).days != 1:
        return when
    if any(t.precision == "day" and t.earliest == t.latest == ref_date[:10] for t in story.index._by_token.values()):
        return when  # the article's own day is a day the report tells of ("their semifinals on Saturday")
    if not tells_a_game(doc_text(trig.doc)):
        return when
    return replace(
        when,
        value=day.earliest,
        edtf=day.earliest,
        earliest=day.earliest,
        latest=day.earliest,
        text=day.text,
        resolution="inferred",
    )


def _statement_date(row: _Row, fact: str, ref_date: str | None) -> EventDate:
    """A statement told in the past with no date of its own ("X said", "Y warned") was made by the
    time the article was written: it takes the article's date (``reference``), as a wire story's
    "said" does."""
    trig = row.trig
    if row.when.dated or not ref_date or fact not in ("asserted", "reported"):
        return row.when
    if trig.pos_ == "NOUN" and trig.lemma_.lower() in STATEMENT_NOUNS:
        trig = support_verb(trig) or trig  # "Ahern made the announcement": a statement, told by "made"
    elif trig.pos_ == "NOUN" and _finding_now(trig):
        return from_reference(ref_date)  # "The CT screening shows ...": found by the time of writing
    elif (
        trig.pos_ != "VERB"
        or (trig.lemma_.lower() not in STATEMENT_VERBS and not _said_as_statement(trig))
        or _takes_lives(trig)
    ):
        return row.when  # "the storm claimed 12 lives": deaths, dated as happenings are
    if trig.pos_ != "VERB" or (tense(trig) != "past" and not _says_now(trig)) or at_the_time(trig) or pluperfect(trig):
        # "Earlier, the prime minister had written to Carter": before the story, not its day
        return row.when
    # "The ministry recently announced new rules", "Merieux previously said": before the article's day
    return told_before_now(trig, ref_date) or from_reference(ref_date)


# Verbs of a standing position ("Iran insists ..."), not a statement of the article's day
_STANCE_SAYINGS = frozenset({"insist", "claim", "maintain", "contend", "argue"})
# Adverbs that make a present "says" a habit ("he always says")
_HABITUALLY = frozenset(
    "always often usually never sometimes frequently repeatedly regularly generally typically".split()
)


def _says_now(verb) -> bool:
    """ "Mr. Schwarz says the competition broadens the base", "The State Department says the three
    members enhance NATO": a statement in the simple present, the sentence's own verb, told by a
    third person (a feature's or a broadcast's "says"), is made at the time of writing as a wire
    story's "said" is; not "I say", nor "he always says" (a habit)."""
    if verb.tag_ not in ("VBZ", "VBP") or verb.dep_ not in ("ROOT", "parataxis"):
        return False
    if verb.lemma_.lower() not in STATEMENT_VERBS or verb.lemma_.lower() in _STANCE_SAYINGS:
        return False
    children = list(verb.children)
    if any(c.dep_ in ("aux", "auxpass", "neg", "prt") for c in children):
        return False  # "does not say", "the figure adds up the life spans"
    if any(c.dep_ == "advmod" and c.lower_ in _HABITUALLY for c in children):
        return False
    subjects = [c for c in children if c.dep_ == "nsubj"]
    # "Iran insists its atomic drive is peaceful", "Turkey says its ports will remain closed": a
    # country's standing position, dated by no day (GUIDELINES, twelfth batch: a present-tense stance
    # given by "say" is dated null)
    return bool(subjects) and all(
        c.lower_ not in ("i", "we", "you") and c.ent_type_ != "GPE" and country_name(c.text) is None for c in subjects
    )


def _event(
    story: _Story,
    s: _Sentence,
    sent_text: str,
    row: _Row,
    fact: Factuality,
    when: EventDate,
    refs: list[ActorRef],
    people: list[Participant],
    places: list[str],
    skip: set[int],
) -> Event:
    trig, source, doc_id = row.trig, row.source, story.document.id
    eid = event_id(doc_id, row.start)
    if s.speaker is not None:  # (whose quotation it is: not the row's source, who may be told inside it)
        story.speakers[eid] = s.speaker
    summary = summarize(
        summary_verb(trig) or _bringer(trig) or _report_told(row) or trig if trig.pos_ == "NOUN" else trig,
        story.quoted,
        s.span,
        names={p.token: p.name for p in people if p.role in ("agent", "patient") and p.type == "PERSON"},
        actors=[(p.token, p.name, p.type) for p in people if p.role in ("agent", "patient")],
        speaker=source[0] if source and source[1] == "PERSON" else None,
        told=_told_in(s),
        owners=s.owners,
    )
    return Event(
        id=eid,
        summary=_with_misread_object(summary, trig),
        date=when,
        predicate=Predicate(lemma=row.lemma, text=row.trigger_text),
        actors=tuple(refs),
        places=tuple(places),
        mentions=(
            Mention(
                doc=doc_id,
                sentence=s.index,
                start=row.start,
                end=row.end,
                trigger=row.trigger_text,
                text=sent_text,
                date=MentionDate(when.earliest, when.latest, when.resolution, when.text) if when.dated else None,
            ),
        ),
        sources=(doc_id,),
        claims=tuple(event_claims(trig, doc_id, source[0] if source else None, skip)),
        factuality=fact,
        polarity="negative" if fact == "negated" else "positive",
        confidence=confidence(when.resolution, fact, _agent(people) is not None, when.text, when.precision),
        salience=salience(1, s.index, _agent(people) is not None, when.resolution in ("absolute", "relative")),
    )


def _told_in(s: _Sentence) -> dict[int, list[tuple[str, str]]]:
    """The actors the resolution found for the sentence's tokens, as agents or patients of any of
    its triggers, by token index."""
    out: dict[int, list[tuple[str, str]]] = {}
    for people, _ in s.parts.values():
        for p in people:
            if p.role in ("agent", "patient") and (p.name, p.type) not in out.setdefault(p.token, []):
                out[p.token].append((p.name, p.type))
    return out


def _report_told(row: _Row):
    """The reporting verb whose clause tells a noun that stands for its report ("Residents reported
    heavy fighting"), unless a relative clause (whose subject is the parser's guess: "the farm and
    the village, which reported an outbreak"); else None."""
    verb = row.trig.doc[row.host] if row.host >= 0 else None
    return verb if verb is not None and verb.dep_ != "relcl" else None


# The words under a noun that stay with it when it is the object a verb was hung on as an adjective.
_OBJECT_DEPS = frozenset("det predet amod compound nummod quantmod poss nmod appos prep acl npadvmod".split())


def _with_misread_object(summary: str, trig) -> str:
    """A verb the parser hung on its object as an adjective ("Urawa beat defending champions Gamba
    Osaka", "... and tightened food safety supervision") is summarized without that object, which
    it does not govern: the object's phrase is put back after it ("Urawa beat defending champions
    Gamba Osaka 3-2 on Saturday")."""
    verb = trig.head if trig.dep_ == "conj" and verb_read_as_adjective(trig.head) else trig
    if trig.pos_ != "VERB" or not verb_read_as_adjective(verb):
        return summary
    noun = verb.head
    mine = {t.i for t in verb.subtree}
    words = {noun.i}
    for c in children_with(noun, _OBJECT_DEPS):
        if c.i not in mine:
            words.update(t.i for t in c.subtree)
    doc = noun.doc
    ids = [i for i in sorted(words) if i not in mine]
    # not past a comma after the noun ("in 1987, with the event taking place ..."): an aside
    ids = [i for i in ids if not any(doc[k].text in (",", ";") for k in range(noun.i, i + 1))]
    phrase = "".join(doc[i].text_with_ws for i in ids).strip()
    return " ".join(f"{summary} {phrase}".split()[:25])


def _document_actors(resolver: ActorResolver, counts: Mapping[str, int]) -> tuple[Actor, ...]:
    """The actors of at least one event, the most frequent first."""
    return tuple(
        Actor(name=a.name, type=a.type, aliases=tuple(sorted(a.aliases - {a.name})), events=counts[a.name])
        for a in sorted(resolver.actors.values(), key=lambda a: (-counts.get(a.name, 0), a.name))
        if counts.get(a.name)
    )


def _attach_to_previous_figures(events: list[Event], claims: list[Claim], sentence: int) -> bool:
    """Give an estimate of "the number" to the nearest earlier event (two sentences back at most)
    that reports figures from someone else; whether there was one."""
    for k in range(len(events) - 1, -1, -1):
        e = events[k]
        if sentence - e.mentions[0].sentence > 2:
            return False
        if e.claims and e.mentions[0].sentence < sentence:
            events[k] = replace(e, claims=e.claims + tuple(claims))
            return True
    return False


def _taking_part(trig, start: int, people: list[Participant], refs: list[ActorRef]) -> list[ActorRef]:
    """The actors of a row a verb of taking part anchors on its occasion ("Hu will attend the
    leaders' meeting"): who takes part is one of the occasion's participants (GUIDELINES 4), not
    its doer, so the verb's subject is no agent of it; many take part in one meeting, summit or
    funeral, and two reports each naming another who attends still tell the one occasion ("Hu will
    attend the summit", "Bush will attend the summit"). The occasion's own parties ("the arrest of
    Omar Haddad", "the leaders' meeting") keep their roles; the row's summary is the verb's."""
    if start == trig.idx:
        return refs  # most rows: anchored on their own word
    noun = occasion_joined(trig)
    if noun is None or noun.idx != start:
        return refs
    inside = range(noun.left_edge.i, noun.right_edge.i + 1)
    return [
        replace(r, role="other") if r.role == "agent" and p.token not in inside else r
        for r, p in zip(refs, people, strict=True)
    ]


def _canonical_people(people: list[Participant], resolver: ActorResolver) -> list[Participant]:
    """Participants under their final names, one per actor (the first, or the first with a role)."""
    out: dict[str, Participant] = {}
    for p in people:
        p = replace(p, name=resolver.canonical(p.name))
        old = out.get(p.name)
        if old is None or old.role == "other" and p.role != "other":
            out[p.name] = p
    return sorted(out.values(), key=lambda p: (p.token, p.name))


def _agent(people: list[Participant]) -> tuple[str, str] | None:
    for p in people:
        if p.role == "agent":
            return p.name, p.type
    return None


def _speaking_person(people: list[Participant]) -> tuple[str, str] | None:
    """The person among a speech verb's agents ("NYSE Group chief executive John Thain said": Thain,
    who goes on speaking, and whom a "he" in his words is not)."""
    return next(((p.name, p.type) for p in people if p.role == "agent" and p.type == "PERSON"), None)


def _spread_speakers(sentences: list[_Sentence]) -> None:
    """A sentence that is all quotation takes the speaker of the quotation it continues."""
    n = len(sentences)
    for k, s in enumerate(sentences):
        if not s.all_quoted or s.speaker is not None:
            continue
        for step in (-1, 1):  # the quote's attribution may come before or after it
            j = k + step
            while 0 <= j < n and sentences[j].all_quoted and sentences[j].speaker is None:
                j += step
            if 0 <= j < n and sentences[j].speaker is not None and abs(j - k) <= 3:
                s.speaker, s.untagged = sentences[j].speaker, sentences[j].untagged
                break
        if s.speaker is None:
            s.speaker = _untagged_quotation_speaker(sentences, k)
            s.untagged = s.speaker is not None


def _untagged_quotation_speaker(sentences: list[_Sentence], k: int) -> tuple[str, str] | None:
    """The speaker of a paragraph that is all quotation with no "he said" of its own, right after
    a paragraph that reports someone's words without quoting them ('He said the faction would not
    attend. ¶ "If he goes ahead, he will not get a quorum."'): the one reported goes on speaking."""
    j = k - 1
    while j >= 0 and sentences[j].all_quoted and sentences[j].speaker is None:
        j -= 1
    if j < 0 or k - j > 3 or sentences[j].reporter is None:
        return None
    text = doc_text(sentences[k].span.doc)
    if "\n" not in text[_alpha_end(sentences[j].span) : sentences[j + 1].span.start_char]:
        return None  # a quotation inside the reporting paragraph
    if not _quoted_to_paragraph_end(sentences, k):
        return None  # '"...," Y told reporters': a tag of its own after it
    return sentences[j].reporter


def _alpha_end(span) -> int:
    """The character offset just past a span's text, its trailing white space left out."""
    text = span.text.rstrip()
    return span.start_char + len(text)


def _quoted_to_paragraph_end(sentences: list[_Sentence], k: int) -> bool:
    """Are the sentences after ``k`` up to its paragraph's end all quotation (or bare marks)?"""
    text = doc_text(sentences[k].span.doc)
    for s in sentences[k + 1 :]:
        if "\n" in text[_alpha_end(sentences[s.index - 1].span) : s.span.start_char]:
            return True
        if not s.all_quoted and any(ch.isalpha() for ch in s.span.text):
            return False
    return True


def _restated_in_headline(text: str, sentences: list[_Sentence]) -> set[int]:
    """Triggers of the headline that the body tells again ("Apple unveils iPod nano" and, below,
    "Apple today unveiled ... the iPod nano"): the body's mention is the event, the headline's a copy.

    The headline is the first line when it ends without a full stop; its triggers are compared to
    the body's by lemma.
    """
    line_end = text.find("\n")
    first = text[:line_end].rstrip() if line_end > 0 else ""
    if not first or first[-1] in ".!?\"”'’":
        return set()
    head = [t for s in sentences for t in s.triggers if t.idx < line_end]
    body = {t.lemma_.lower() for s in sentences for t in s.triggers if t.idx > line_end}
    # "gave his keynote" tells "gives keynote" again, though only the noun is a trigger there
    body |= {t.head.lemma_.lower() for s in sentences for t in s.triggers if t.idx > line_end and t.pos_ == "NOUN"}
    return {t.i for t in head if t.lemma_.lower() in body}


def _source(trig, s: _Sentence, story: _Story, acc_actor) -> tuple[str, str] | None:
    gov = speech_governor(trig)
    if gov is not None:
        agent = _agent(s.parts[gov.i][0]) if gov.i in s.parts else None
        if agent is not None:
            if agent[1] != "PERSON" and sum(p.role == "agent" for p in s.parts[gov.i][0]) == 1:
                story.teller = agent  # (not one of two that agreed: "according to the report" is no country's)
            return agent
        unnamed = _subject_teller(gov, story.teller)
        if unnamed is not None:
            story.teller = unnamed
            return unnamed  # "three men were arrested, reports said": reported, though no one is named
    if story.quoted[trig.idx] and s.speaker is not None and not _told_by_another(trig, s):
        return s.speaker
    finder = _finder(trig, s)
    if finder is not None:
        return finder
    if acc_actor is not None:
        if acc_actor[1] != "PERSON":
            story.teller = acc_actor
        return acc_actor
    return None


def _finder(trig, s: _Sentence) -> tuple[str, str] | None:
    """Who found out or perceived what a "that"-clause tells ("Inspectors of the IAEA found that
    the seals had been broken": the IAEA): its source, named; else None."""
    t = tables(trig.doc)
    head = t.heads[trig.i]
    if t.deps[trig.i] != "ccomp" or head >= trig.i or t.pos[head] != "VERB":
        return None  # the clause after the verb: "finds that ...", not "...: Boca now finds itself"
    if t.tags[trig.i] == "VBG" and not any(t.deps[c] == "aux" for c in t.children[trig.i]):
        return None  # "finds itself sharing the lead": a state it is in, nothing found out
    verb = trig.doc[head]
    if verb.lemma_.lower() not in _FINDING or head not in s.parts or any(t.deps[c] == "dobj" for c in t.children[head]):
        return None
    return _agent(s.parts[head][0])


def _subject_teller(gov, teller: tuple[str, str] | None) -> tuple[str, str] | None:
    """The news a speech verb's subject is when it names no one ("reports said", "local media
    reported", "the report said")."""
    t = tables(gov.doc)
    for i in t.children[gov.i]:
        if t.deps[i] in ("nsubj", "nsubjpass"):
            return _unnamed_teller(gov.doc[i], teller)
    return None


def _unnamed_teller(noun, teller: tuple[str, str] | None) -> tuple[str, str] | None:
    """Who tells the news a noun names: the body told before for "the report" ("Yedioth Aharonoth
    reported ... according to the report"), the news itself for "press reports", "local media"."""
    if report_told_before(noun):
        return teller
    name = unnamed_source(noun)
    return (name, "ORG") if name is not None else None


def _headline_end(text: str) -> int:
    """Where the headline ends (the first line when it has no final full stop), else 0."""
    line_end = text.find("\n")
    first = text[:line_end].rstrip() if line_end > 0 else ""
    if not first or first[-1] in ".!?\"”'’":
        return 0
    return line_end


# The fewest letters a line in capitals needs to be read as a subheading, not an acronym or a
# dateline ("LONDON:").
_SUBHEAD_LETTERS = 12


def _subheads(text: str) -> list[tuple[int, int]]:
    """Where the lines after the first that are all in capitals lie ("APEC COMMITTED TO ACHIEVING
    BOGOR GOALS", "REFERENDUM UNDER DISPUTE" between the paragraphs of a long story), in an article
    written in lower case (not copy all in capitals: every line of it would be one)."""
    first_end = text.find("\n")
    if first_end < 0 or sum(map(str.islower, text)) * 2 < sum(map(str.isalpha, text)):
        return []  # (one line: a headline at most; mostly capitals: copy all in caps)
    spans = []
    start = first_end + 1
    for line in text[start:].split("\n"):
        if sum(c.isalpha() for c in line) >= _SUBHEAD_LETTERS and line.upper() == line:
            spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


_PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
# A caption ends on a credit in brackets, or on the full date the picture was taken.
_CAPTION = re.compile(
    r"\((?:Reuters|AFP|AP|EPA|Getty Images|Photo[^)]*|File[^)]*|Xinhua[^)]*)\)\s*$"
    r"|, (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, \d{4}\.?$"
)
# News agencies and wire services: who carries the news, seldom who makes it.
_AGENCY_NAMES = frozenset(
    {
        "reuters",
        "afp",
        "agence france-presse",
        "agence france presse",
        "ap",
        "associated press",
        "the associated press",
        "xinhua",
        "tass",
        "itar-tass",
        "ria novosti",
        "interfax",
        "kyodo",
        "yonhap",
        "bernama",
        "antara",
        "ansa",
        "dpa",
        "efe",
        "upi",
        "pti",
        "irna",
        "sana",
        "kcna",
        "mena",
        "wafa",
        "anadolu",
        "dow jones newswires",
        "bloomberg",
        "press trust of india",
        "united news of india",
        "sapa",
        "south african press association",
        "jiji press",
        "isna",
        "lusa",
        "belga",
        "tanjug",
        "kuna",
        "prensa latina",
        "notimex",
    }
)


def _is_agency(name: str) -> bool:
    low = name.lower()
    return low in _AGENCY_NAMES or low.endswith("news agency") or low.endswith("press agency")


_MEDIA_ENDINGS = (" press", " radio", " television", " tv", " news")  # agencies: _is_agency
# A newspaper's or a broadcaster's name: "the New York Times", "the Bangkok Post website".
_PAPER_ENDINGS = (" times", " post", " daily", " herald", " gazette", " tribune", " website", " channel", " newspaper")


def _quoted_by(trig, tok) -> bool:
    """ "X was quoted by the Interfax news agency as saying": who carried the words."""
    if trig.lemma_.lower() != "quote":
        return False
    while tok.dep_ in ("compound", "nmod", "poss", "amod") and tok.head.i != tok.i:
        tok = tok.head  # "by the Itar-Tass news agency"
    return tok.dep_ == "pobj" and tok.head.dep_ == "agent"


# Nouns of the press: "told BBC radio", "told the Sabah daily", "told the AAP news agency".
_MEDIA_NOUNS = frozenset(
    "radio television tv daily newspaper paper weekly magazine channel broadcaster website news newswire "
    "journal".split()
)
# Broadcasters and papers named by their name alone ("he told RTE").
_MEDIA_NAMES = frozenset(
    "bbc cnn rte abc nbc cbs fox sky itv cnbc msnbc pbs npr nhk kbs al-jazeera al-arabiya daily telegraph".split()
)


def _media_phrase(tok) -> bool:
    """Is the name at ``tok`` (or the noun phrase it modifies) the press: a paper, a broadcaster,
    an agency ("told BBC radio", "told London's Daily Telegraph", "told RTE")?"""
    node = tok
    for _ in range(4):
        low = node.lower_
        if node.pos_ in ("NOUN", "PROPN") and (node.lemma_.lower() in _MEDIA_NOUNS or low in _MEDIA_NAMES):
            return True
        if low == "agency" and any(c.lower_ in ("news", "press") for c in node.lefts):
            return True  # "the national AAP news agency" (not "the U.N. nuclear agency")
        if node.ent_type_ and node.text.lower().startswith("daily"):
            return True  # "the Daily Mail", "Daily Telegraph"
        if node.dep_ not in ("compound", "poss", "nmod", "amod", "appos") or node.head.i == node.i:
            break
        node = node.head
    return False


def _carries_news(name: str) -> bool:
    """A news agency, a radio or television station: it reports what others do."""
    low = name.lower()
    return _is_agency(name) or low.endswith(_MEDIA_ENDINGS + _PAPER_ENDINGS) or low in ("reuters", "afp", "ap")


_COUNTED = re.compile(
    r"(?i)(?:a|an|\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|some|several|many|dozens|"
    r"hundreds|thousands)\s"
)


def _unnamed(name: str) -> bool:
    """A description, not a name: counted or indefinite ("three police officers", "a Memorandum of
    Understanding"). (A title alone, "the Russian president", stays: the merge may tell who holds it.)"""
    return bool(_COUNTED.match(name))


_TIME_ZONES = frozenset("GMT UTC UT EST EDT CST CDT MST MDT PST PDT BST CET CEST EET EEST IST JST AEST AEDT".split())
_MODIFIER_DEPS = frozenset({"compound", "poss", "amod", "nmod", "npadvmod"})


# Verbs whose object is where one goes or comes from: "left Kathmandu for Dhaka", "reached Aleppo".
_MOTION_VERBS = frozenset(
    "leave depart reach enter arrive return travel fly sail head cross flee evacuate quit".split()
)


def _set_on_a_place_noun(tok) -> bool:
    """Is the name, or the first of the names joined with it, set on a place noun ("in the Altai,
    Tambov and Chelyabinsk regions", "the Indian and Pakistani border areas"): where, not who?"""
    first = tok
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    head = first.head
    return first.dep_ in _MODIFIER_DEPS and (head.lower_ in PLACE_NOUNS or head.lemma_.lower() in PLACE_NOUNS)


def _places_apart(trig, people: list[Participant], places) -> tuple[list[Participant], list[str]]:
    """A place that only qualifies a word ("the Kazakh capital", "a Brussels summit", "the Aleppo
    evacuations", "the capital of Kazakhstan") is where, not who: it goes to the places."""
    doc = trig.doc
    kept, moved = [], []
    # "rejected U.S. and British objections": the second conjunct, kept below, keeps the first too
    joined = {doc[p.token].head.i for p in people if p.type in _PLACE_TYPES and doc[p.token].dep_ == "conj"}
    for p in people:
        tok = doc[p.token]
        if p.name.upper() in _TIME_ZONES:
            continue  # "at 8:00 a.m. (0500 GMT)": a clock, tagged as an organisation
        if _unnamed(p.name):
            continue  # "three Israeli border police officers", "a senior official": no one named
        if _carries_news(p.name) and (
            p.role == "other" or p.role == "patient" and is_reporting(trig) or _quoted_by(trig, tok)
        ):
            continue  # "(Reuters)", "told Xinhua", "was quoted by Itar-Tass": the channel of the news
        if p.role in ("patient", "other") and is_reporting(trig) and _media_phrase(tok):
            continue  # "told BBC radio", "told the Sabah daily", "told the national AAP news agency"
        if p.role == "other" and _occasion_name(p):
            continue  # "in the final of the Asian Champions League", "briefed him on the Plenary Session"
        if p.role == "other" and _portfolio_name(p, tok):
            continue  # "EU Competition Commissioner Neelie Kroes": what she minds, not a body
        if (
            p.role == "other"
            and tok.dep_ in _TITLE_DEPS
            and not is_reporting(trig)
            and _body_of_a_title(p, tok, people)
        ):
            continue  # "Senate Majority Leader Bill Frist met Bush": the office's body, no party
        if p.type in _PLACE_TYPES and (
            (p.role == "other" and _set_on_a_place_noun(tok))
            or (p.role == "patient" and tok.dep_ == "dobj" and trig.lemma_.lower() in _MOTION_VERBS)
            or (
                tok.dep_ in _MODIFIER_DEPS
                and not _hyphened_party(tok, trig, p)
                and not (p.role == "other" and tok.i in joined)
                and not (
                    p.role == "other" and country_governed(tok, trig, p.name) is not None
                )  # "to the Chinese government"
                and (p.role == "other" or (tok.head.i == trig.i and trig.pos_ == "NOUN" and not _country_doer(tok, p)))
            )
            or (
                p.role == "other"
                and tok.dep_ == "pobj"
                and tok.head.lower_ == "of"
                and tok.head.head.i != trig.i
                and tok.head.head.lower_ not in GOVERNMENT_NOUNS  # "talks between the government of Uganda and ..."
                and not mediating(tok.head.head)  # "with the mediation of Turkey": the mediator takes part
            )
        ):
            moved.append(p.name)
        else:
            kept.append(p)
    if not moved:
        return kept, places
    return kept, list(dict.fromkeys([*places, *moved]))


# The last words of the names of occasions and eras, besides lexicon's OCCASION_NAMES ("the Rally
# of Sweden", "the Industrial Revolution", "World Water Day"); not "league", which ends the names of
# parties and bodies as often ("the Awami League", "the Arab League").
_OCCASION_HEADS = OCCASION_NAMES | frozenset("rally revolution day year week decade".split())


def _occasion_name(p: Participant) -> bool:
    """Does the name name an occasion or an era rather than anyone who could act (typed EVENT, or
    led by a word such as "Rally", "Summit" or "Cup" before any "of")? As a side participant it is
    when or where the happening stood, not who took part ("took the lead on the first day of the
    Rally of Sweden", "briefed him on the Fifth Plenary Session", "after the Cold War")."""
    if p.type == "EVENT":
        return True
    words = p.name.split()
    if len(words) < 2:
        return False
    head = words[: words.index("of")] if "of" in words else words
    return len(head) >= 1 and head[-1].lower() in _OCCASION_HEADS


_PORTFOLIO_TITLES = frozenset({"minister", "commissioner"})
_PORTFOLIO_BODIES = ORG_HEADS | frozenset(
    "cooperation organization organisation association federation commission "
    "institute foundation corporation secretariat union league party community".split()
)


_TITLE_DEPS = frozenset({"compound", "nmod", "poss"})
# Titles of those who speak for a body: the body is who speaks ("Hamas spokesman X said").
_SPEAKING_FOR = frozenset({"spokesman", "spokeswoman", "spokesperson", "representative"})


def _body_of_a_title(p: Participant, tok, people: list[Participant]) -> bool:
    """Is the body named only inside the title before the name of a person who takes part as doer
    or undergoer ("Former US House Majority Leader Tom DeLay was informed", "Senate Majority Leader
    Bill Frist met Bush")? The office's body is no party of what the person does, as a minister's
    country is none; a spokesman's body stays (it is who speaks), and so does the body of one
    whose statement the row is (the caller checks: "'We are calling for ...,' said AU Commission
    chairman X" speaks for the commission, and joins the commission's own statement)."""
    if p.type in _PLACE_TYPES:
        return False
    persons = {q.name.split()[-1] for q in people if q.type == "PERSON" and q.role in ("agent", "patient")}
    if not persons:
        return False
    node, titled = tok, False
    for _ in range(6):  # up the compound chain: the body, the title's words, the name
        if node.dep_ not in _TITLE_DEPS and not (titled and node.dep_ == "compound") or node.head.i == node.i:
            return False
        node = node.head
        if node.lower_ in _SPEAKING_FOR:
            return False
        if node.lower_ in ROLE_HEADS or node.lemma_.lower() in ROLE_HEADS:
            titled = True
        elif titled and node.ent_type_ == "PERSON" and node.text in persons:
            return True
    return False


def _portfolio_name(p: Participant, tok) -> bool:
    """Is the name, set before "Minister" or "Commissioner", the field the office minds and no body
    ("EU Competition Commissioner", "British International Development Minister", "the Iraqi
    Higher Education Minister": the tagger's name stops inside the portfolio)? A country, or a name
    that ends in a body's word ("Delhi Police Commissioner", "Interior Ministry"), stays."""
    title = tok.head
    if tok.dep_ not in ("compound", "amod", "nmod") or title.lemma_.lower() not in _PORTFOLIO_TITLES:
        return False
    words = p.name.split()
    if not title.text[:1].isupper() or title.text in words:
        return False  # "the SADC health ministers"; "the UN High Commissioner for Refugees" is a body
    if len(words) < 2 or p.type in _PLACE_TYPES or country_name(p.name) is not None:
        return False
    return words[-1].lower() not in _PORTFOLIO_BODIES


def _hyphened_party(tok, trig, p: Participant) -> bool:
    """ "the India-Pakistan talks", "the EU-Russia summit": a country written with a hyphen beside
    another name, both before a happening's noun, is one of its parties, not where it happens (nor
    the ends of a route: "the Britain-France link")."""
    if trig.pos_ != "NOUN" or tok.dep_ != "compound" or country_name(p.name) is None:
        return False
    if trig.lemma_.lower() in ROUTE_NOUNS:
        return False
    doc = tok.doc
    if tok.head.i == trig.i:  # the second name, the first hung on it
        start = entity_start(doc, tok.i)  # (its first word: "the EU-South Korea summit")
        return (
            start >= 2
            and doc[start - 1].text in _HYPHENS
            and any(c.i < start - 1 and c.dep_ == "compound" and c.ent_type_ for c in tok.lefts)
        )
    second = tok.head  # the first name, hung on the second
    return (
        second.dep_ == "compound"
        and second.head.i == trig.i
        and bool(second.ent_type_)
        and tok.i + 1 < second.i
        and doc[tok.i + 1].text in _HYPHENS
    )


_HYPHENS = frozenset({"-", "–"})


def _country_doer(tok, p: Participant) -> bool:
    """ "Israel's offensive", "Russia's withdrawal", "the Israeli offensive": a country that owns an
    event noun, or whose nationality adjective it bears, does it (a city there is where: "Aleppo's
    evacuation", "the Aleppo evacuations"). Whoever owns a contest's result is a side, whatever
    place its name is ("England's 3-2 win", "Liverpool's defeat at Fulham")."""
    if tok.dep_ == "poss" and tok.head.lemma_.lower() in RESULT_NOUNS:
        return True
    if country_name(p.name) is None:
        return False
    return tok.dep_ == "poss" or tok.dep_ == "amod" and country_name(tok.text) is None


def _statement(
    trig, people: list[Participant], fact: Factuality, listed: set[int], quoted: Sequence[bool]
) -> Factuality | None:
    """A reporting verb's factuality as a row of its own, or None when it has none: "X said Y" is
    Y's row (X its source); "the agency said", "he added" are news only from someone named."""
    speaker = _agent(people)
    if (
        speaker is None
        and (_described_speaker(trig) or _unnamed_says(trig, listed) or _body_announced(trig, listed))
        and not _reports_listed(trig, listed)
    ):
        speaker = ("", "")
    if _reports_listed(trig, listed) or speaker is None or _carries_news(speaker[0]):
        return None  # "the LUSA news agency said ...": the channel of the news, not news itself
    if _speech_tag(trig) and not quoted[trig.head.idx]:
        return None  # "More talks were likely, he added": the tag of what its clause says, no row
    if _press_tag(trig):
        return None  # "..., reported the SAPA news agency": the press tags what the sentence told
    if _opens_bare(trig):
        return None  # '"...!" [said Li Xiang, a public servant.]': the quotation's tag, cut off from it
    if any(purpose_of_a_thing(c) for c in children_with(trig, ("ccomp", "parataxis"))):
        return None  # '"The move aims to expand diversity," he said': what a measure is for, no news
    if finding_of_a_thing(trig):
        return None  # "it showed their tactic was paying off": a poll's finding, no one's statement
    return "asserted" if fact == "reported" else fact  # the statement itself is the news


def _body_announced(trig, listed: set[int]) -> bool:
    """Is this "announce" with a thing as its object, no clause, done by a body the text names by a
    description ("the ministry announced new measures", "the company announced its results")? The
    announcement is the news, as "the company unveiled its results" is; what is announced is no
    clause of its own that could be the row instead (not "the ministry announced that ...", nor "the
    man announced ...": a passer-by's view), nor a happening named by a word of its own ("announced
    the protest", "announced the establishment of a secretariat": the happening's row, the
    announcement its telling)."""
    if trig.lemma_.lower() != "announce" or any_child(trig, ("ccomp", "parataxis", "xcomp", "advcl")):
        return False
    objs = children_with(trig, ("dobj",))
    subjs = children_with(trig, ("nsubj",))
    if len(objs) != 1 or objs[0].pos_ != "NOUN" or objs[0].i in listed or is_trigger(objs[0]) or len(subjs) != 1:
        return False
    subj = subjs[0]
    return (
        subj.pos_ == "NOUN"
        and subj.tag_ == "NN"
        and subj.lemma_.lower() not in _PASSERS_BY
        and subj.lemma_.lower() not in _TEXTS
        and any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in subj.children)
    )


# Texts that announce: what they announce is told by them, not done ("the communique announced the
# establishment of a secretariat": the establishment's row).
_TEXTS = DOCUMENT_NOUNS | frozenset("statement report document letter note study survey paper".split())


# Entity types that tell whose official a described speaker is: "the top US diplomat for Latin
# America", "experts from the ministry and the World Health Organization".
_WHOSE = frozenset({"ORG", "GPE", "NORP"})


def _described_speaker(trig) -> bool:
    """Is the subject of this reporting verb a person described by the body or country they speak
    for, left unnamed ("the top US diplomat for Latin America indicated", "experts from the World
    Health Organization confirmed")? Their statement is news as a named speaker's is."""
    ents = tables(trig.doc).ents
    if any_child(trig, ("ccomp", "parataxis")):
        return False
    for c in children_with(trig, ("nsubj",)):
        if c.pos_ == "NOUN" and not ents[c.i] and c.lemma_.lower() not in _SOURCES:
            return any(_whose(m, ents) for m in c.children)
    return False


# Common nouns of people who speak for themselves or their office: "doctors said", "mediators said",
# "a junior minister said" (with the titles and the nouns of people coref knows).
_SPEAKING_PEOPLE = ROLE_HEADS | frozenset(
    "expert mediator scientist economist researcher resident witness trader dealer broker strategist".split()
)
# Nouns that tell only that someone is a person: a passer-by's view ("the man said"), not news.
_PASSERS_BY = frozenset("man woman men women person people boy girl".split())
_TIME_LABELS = frozenset({"DATE", "TIME"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# Verbs of what someone wants, holds or feels: what they say with them is a view.
_ATTITUDES = frozenset("need want hope believe think expect fear oppose support welcome regret wish".split())


def _unnamed_says(trig, listed: set[int]) -> bool:
    """Is this a person (or people) the article does not name saying a clause of their own, in the
    past or present ("Some doctors said the case is rather rare", "Health officials say it is
    unlikely ...", '"We are opposed to ...," a foreign office spokesman told AFP')? When what they
    say is no happening with a row (the caller checks), the statement itself is the news (GUIDELINES
    2). Not a perfect ("historians have since said": a view held, told as background), nor a
    clause that names a time of its own ("officials disclosed the minister is due on Friday": a
    plan the clause tells, not a view), nor one whose subject tells a happening listed ("Police
    said the car bomb that killed the editor was remote-controlled": a detail of the killing)."""
    said = children_with(trig, ("ccomp", "parataxis"))
    if not said or any(c.lemma_ == "have" for c in children_with(trig, ("aux",))):
        return False
    ents = tables(trig.doc).ents
    speaker = first_child(trig, ("nsubj",))
    if speaker is None or speaker.pos_ != "NOUN" or ents[speaker.i] or speaker.lemma_.lower() in _SOURCES:
        return False
    lemma = speaker.lemma_.lower()
    if lemma in _PASSERS_BY or not (lemma in _SPEAKING_PEOPLE or told_as_someone(speaker, any_article=True)):
        return False
    if any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in speaker.children):
        return False  # "the official said": someone told before, adding to a story its lead told
    if not any(_a_view(c) for c in said):
        return False
    if any(ents[t.i] in _TIME_LABELS for c in said for t in c.subtree):
        return False
    if any(t.i in listed for c in said for s in c.children if s.dep_ in _SUBJECTS for t in s.subtree):
        return False  # what is said of a happening listed: a detail of it
    return not any(_counted_argument(c) for c in said)


# Adverbs that tell how likely the speaker holds what they say: "the market was likely taking a pause".
_LIKELIHOODS = frozenset("likely unlikely probably possibly perhaps".split())


def _a_view(clause) -> bool:
    """Does this said clause tell a view, not a fact: a modal or a negation ("we must try", "could
    not launch", "never agreed"), a likelihood ("was likely taking a pause"), a predicate adjective
    ("the case is rather rare", "it is unlikely", "we are opposed"), the speakers themselves ("we
    want"), or an attitude ("Africa needs aid")?"""
    for v in [clause, *(c for c in children_with(clause, ("conj",)) if c.pos_ in ("VERB", "AUX", "ADJ"))]:
        if v.pos_ == "ADJ" or v.lemma_.lower() in _ATTITUDES:
            return True
        for c in v.children:
            if c.dep_ in ("neg", "acomp") or c.tag_ == "MD" or (c.dep_ == "advmod" and c.lower_ in _LIKELIHOODS):
                return True
            if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("i", "we"):
                return True
    return False


def _a_count(tok) -> bool:
    """A number that counts ("five", "300", "million"); not the "one" of "the decision is one for"."""
    return tok.like_num and tok.lower_ != "one"


def _counted_argument(verb) -> bool:
    """Does a number count the subject or the object of this verb ("Up to five people were feared
    lost", "more than 300 million people still have no access")? Not a number deeper in the clause
    ("ties between the two countries")."""
    return any(
        a.dep_ in ("nsubj", "nsubjpass", "dobj", "attr")
        and (_a_count(a) or any(g.dep_ == "nummod" or _a_count(g) for g in a.children))
        for a in verb.children
    )


# Subjects that hide who spoke: "the source told AFP", "sources said".
_SOURCES = frozenset("source".split())


def _whose(mod, ents) -> bool:
    """Does this modifier of a speaker name the body or country they speak for ("US diplomat",
    "Chinese officials", "experts from the ministry and the WHO", "an official with the league")?
    Not what a clause under the speaker tells ("the group, which backs China's claim")."""
    if mod.dep_ in ("compound", "amod", "nmod"):
        return ents[mod.i] in _WHOSE
    if mod.dep_ == "prep" and mod.lower_ in ("of", "from", "with", "at", "for"):
        objs = children_with(mod, ("pobj",))
        objs += [g for o in objs for g in children_with(o, ("conj",))]
        return any(ents[o.i] in _WHOSE for o in objs)
    return False


def _press_speaker(trig, people: list[Participant]) -> Participant | None:
    """The agent of a reporting verb when it is the press: an agency, a paper, a broadcaster ("the
    ISNA news agency reported", "CNN television reported", "the Extra Bladet newspaper reported")."""
    doc = trig.doc
    for p in people:
        if p.role == "agent":
            tok = doc[p.token]
            if tok.head.i == trig.i or tok.dep_ in ("compound", "nmod", "amod", "poss"):
                if _carries_news(p.name) or _media_phrase(tok):
                    return p
    return None


def _quotes_its_own(trig, quoted: Sequence[bool]) -> bool:
    """Does the reporting verb tag a quotation (a paper's editorial: its own words, it is their
    author), rather than tell what happened?"""
    return any(quoted[c.idx] for c in children_with(trig, ("ccomp", "parataxis", "dobj")))


def _reported_people(trig, s: _Sentence) -> list[Participant]:
    """The participants of the clause a reporting verb reports, as found for its trigger."""
    out: list[Participant] = []
    for c in children_with(trig, ("ccomp", "parataxis")):
        if c.i in s.parts:
            out.extend(p for p in s.parts[c.i][0] if p.name not in {q.name for q in out})
    return out


def _speech_tag(trig) -> bool:
    """A reporting verb that hangs on the clause it reports and says nothing of its own ("...,
    he added", "..., the witnesses said"): a row of it would read "he added" (a quotation it tags
    is told whole by its row: the caller keeps those)."""
    if trig.dep_ not in ("parataxis", "ccomp", "conj", "advcl"):
        return False
    return not any_child(trig, ("ccomp", "parataxis", "xcomp", "dobj", "conj", "advcl"))


def _opens_bare(trig) -> bool:
    """A reporting verb that opens its sentence and says nothing there ("said Li Xiang, a public
    servant." after the quotation the sentence splitter cut off from it)."""
    if not _punctuation_only(trig.doc, sentence_bounds(trig)[0], trig.i):
        return False
    return not any_child(trig, ("ccomp", "parataxis", "xcomp", "dobj", "advcl", "prep"))


def _press_tag(trig) -> bool:
    """A reporting verb after its clause with the press as its object and no subject of its own:
    "Mansell crossed the line, reported the SAPA news agency" (the tagger reads the agency as
    what was reported, and the row would read "Mansell reported the SAPA news agency")."""
    if trig.dep_ not in ("conj", "parataxis", "ccomp", "dep") or trig.i < trig.head.i:
        return False
    if any_child(trig, ("nsubj", "nsubjpass", "ccomp")):
        return False
    return any(
        c.dep_ == "dobj" and c.i > trig.i and (_media_phrase(c) or _closing_name(trig, c)) for c in trig.children
    )


def _closing_name(trig, obj) -> bool:
    """ "..., reported BTA.": a name that "reported" takes last in its sentence, after a comma, is
    who reported it (an agency the press list does not know)."""
    if trig.lemma_.lower() != "report" or obj.pos_ != "PROPN" or obj.ent_type_ not in ("ORG", ""):
        return False
    closes = _punctuation_only(trig.doc, obj.right_edge.i + 1, sentence_bounds(trig)[1])
    return closes and trig.i > 0 and trig.doc[trig.i - 1].text == ","


def _punctuation_only(doc, start: int, end: int) -> bool:
    """Are tokens ``start``..``end`` (end excluded) punctuation or spaces only (or none)?"""
    t = tables(doc)
    return all(t.is_punct[i] or t.is_space[i] for i in range(start, end))


# Conjunctions of a condition: "would release the hostages if the government freed their leader".
_CONDITIONS = frozenset({"if", "unless"})


def _conditional_content(trig):
    """The saying whose content this trigger heads (through "ready to", "willing to"), when that
    content holds only on a condition ("said OPEC was ready to cut production if demand falls",
    "said they would release the hostages if ..."); else None. The head and the condition's clause
    are returned with it."""
    chain = [trig]
    tok = trig
    while tok.dep_ in ("xcomp", "acomp") and tok.head.i != tok.i:
        tok = tok.head
        chain.append(tok)
    if tok.dep_ != "ccomp" or not is_reporting(tok.head) or chain[-1].pos_ not in ("VERB", "AUX"):
        return None
    conditions = [
        c
        for h in chain
        for c in h.children
        if c.dep_ == "advcl" and any(m.lower_ in _CONDITIONS for m in children_with(c, ("mark",)))
    ]
    if not conditions or not any(_undone(h) for h in chain):
        return None  # "claimed that Rao promised to back them if they sided with him": a deed told
    return tok.head, chain, conditions


def _undone(verb) -> bool:
    """Is this verb of a content told as not done yet: with a modal ("would free", "will cut") or an
    adjective of readiness ("was ready to cut")?"""
    return verb.pos_ == "ADJ" or any(c.tag_ == "MD" for c in children_with(verb, ("aux",)))


def _conditional_pledges(rows: list[_Row], listed: set[int], quoted: Sequence[bool]) -> tuple[list[_Row], set[int]]:
    """A named speaker's pledge, offer or forecast on a condition ("X said OPEC was ready to cut
    production if demand falls too much", "the rebels said they would free the hostages if ..."):
    no happening of its own (GUIDELINES: a conditional is not a separate happening), the saying
    is the row, the speaker its agent. The content's rows are told as hypothetical."""
    by_trig = {r.trig.i: r for r in rows}
    held: set[int] = set()
    for row in rows:
        if row.fact not in LISTED or row.trig.i in held:
            continue
        found = _conditional_content(row.trig)
        if found is None:
            continue
        say, chain, conditions = found
        saying = by_trig.get(say.i)
        if saying is None or _takes_lives(say):
            continue
        inside = {t.i for t in chain} | {t.i for c in conditions for t in c.subtree}
        rest = listed - inside
        if _reports_listed(say, rest) or _statement(say, saying.people, saying.fact, rest, quoted) is None:
            continue  # another happening told, or no one named to say it: the content's row stays
        held |= inside & listed
    if not held:
        return rows, listed
    rows = [r._replace(fact="hypothetical") if r.trig.i in held else r for r in rows]
    return rows, listed - held


def _reports_listed(trig, listed: set[int]) -> bool:
    """Does this reporting verb report a happening that has a row of its own?"""
    # the object of "told" is who was told ("told a disciplinary hearing that ..."), not what
    links = (
        ("ccomp", "parataxis", "xcomp", "conj") if addressed(trig) else ("ccomp", "parataxis", "xcomp", "dobj", "conj")
    )
    stack = children_with(trig, links)
    stack.extend(misplaced_content(trig))  # "said in a statement that ..."
    while stack:
        tok = stack.pop()
        if tok.i in listed:
            return True
        if tok.dep_ == "conj" and tok.head.i == trig.i and tok.pos_ == "VERB":
            continue  # "said X and added Y": another statement
        stack.extend(
            c
            for c in tok.children
            if c.dep_ in ("ccomp", "conj", "xcomp", "advcl", "nsubj", "nsubjpass", "dobj", "acomp")
        )
        stack.extend(counted(tok))  # "a wave of arrests followed": the arrests
    return False


def _act_before_its_plan(trig, when: EventDate, ref_date: str | None) -> bool:
    """Is ``when`` a time after the article's day given to a verb told in the past, a present
    perfect or a past perfect, not a saying ("have called a general strike for Monday", "the court
    set April 29 for the next hearing", "dismissed the peace talks planned this weekend")? The time
    ahead is that of the plan the act is about (a strike, a hearing, talks); the act itself was done
    by the time of writing. A saying keeps it: what is said may be a plan of that time. Not a clause
    that hangs on one told in the future ("After it was delayed several times, the satellite will be
    launched on Nov. 9": before the launch, at no time the text gives), nor one whose subject is
    the time ("As Christmas gained in popularity, ...": no plan of that day)."""
    if not ref_date or not when.dated or not when.earliest or when.earliest <= ref_date:
        return False
    if trig.pos_ != "VERB" or tense(trig) != "past" or is_reporting(trig):
        return False
    head = trig.head
    if head.i != trig.i and head.pos_ in ("VERB", "AUX") and tense(head) == "future":
        return False
    # the subject's own word inside the time: "Christmas gained", not "a strike for Monday was called"
    subject = first_child(trig, ("nsubj", "nsubjpass"))
    return subject is None or not when.text or subject.text not in when.text.split()


def _simple_past(trig) -> bool:
    """Is the trigger a verb in the simple past, active or passive ("invested", "was invested";
    not "have been infected", "had wiped", nor a participle on a noun: "miners killed in 2006")?"""
    if trig.pos_ != "VERB":
        return False
    if trig.tag_ == "VBD":
        return not any_child(trig, ("aux", "auxpass"))
    auxes = children_with(trig, ("aux", "auxpass"))
    return trig.tag_ == "VBN" and [(c.dep_, c.tag_) for c in auxes] == [("auxpass", "VBD")]


def _not_after_publication(
    when: EventDate, fact: str, ref_date: str | None, *, stay: bool = False, named: bool = False
) -> EventDate:
    """A happening told as past or present cannot have taken place after the article was written:
    such a date is a misreading (a weekday of the wrong week, a date of another clause). A stay
    that began by then and runs for the days the text counts (``stay``: "arrived on Monday for a
    three-day visit" in Monday's paper) keeps its end: what follows the article's day is its plan.
    ``named``: a period the text names by its calendar name, told in the simple past ("invested
    20 billion between 2001 and 2005" in an article of November 2005) is the period named, as a
    reader takes it (GUIDELINES 3: a year is Jan 1 - Dec 31); "this year", or the present perfect
    ("have been infected in 2005"), runs up to the article's day."""
    if not ref_date or not when.earliest or fact == "planned":
        return when
    if when.earliest > ref_date:
        return EventDate()
    if when.latest and when.latest > ref_date and not stay and not named:
        # "has raised rates three times this year", "earlier this month": up to the article's day
        return replace(when, latest=ref_date, edtf=f"{when.earliest}/{ref_date}")
    return when
