"""One row per happening within an article: later mentions of a happening the article already told
join its row ("A big fire happened Monday night ..." ... "The fire happened at about 6 p.m.").

Two rows of one article are one happening when nothing they say disagrees and either

* they are statements of one speaker (a speaker's remarks in an article are one statement:
  "Bush said he was looking forward to ..." ... "Bush said he was not sure"; a body and the person
  it titles are one speaker: "The BJP said" ... "BJP Vice President Sharma told AFP"; "the announcement",
  "blamed the laws", "ruled out", "called for", "suggested", "repeated the line" are statements
  too; what a speaker thought of a happening, "regretted the veto", is one with the words it was
  said in, not with another act of speech, "urged"; not two appeals to parties named in no word
  alike, "urged the EU to ..." ... "urged the World Bank to ...", whose speaker's later plain words
  join the first; not one told after them in the past perfect
  with an earlier day of its own: "Last Tuesday, Annan had suggested ..."), or
* they name the same kind of happening (the same stem: "injured"/"injured", "evacuation"/
  "evacuated") of the same people: the same agent or patient, or none named on one side; an
  undated one, or one whose day is guessed from the story with a doer named on one side only,
  joins through a place both name that is not a whole country, or, to a dated one, through a
  thing or a count both name or by referring back to it ("the injured"; not a noun whose own "of"
  phrase names someone its row never names: "Syria withdrawing its troops" ... "the pullout of six
  ministers"), or
* they tell it in other words of one kind (timeline.extract.kinds: "signed" ... "agreed", "the
  quake rattled" ... "the quake hit"; a verb with the words after it: "threw stones" ...
  "attacked", "passed the bill" ... "approved", "fell ill" ... "developed fever"; a vote with the
  happening it decided: "voted to raise the rate" ... "the rate increase") and name the same
  people, or nobody on one side and then one place or thing in common; a plan is not the
  happening told done, nor is what names the other's happening as something else ("meetings for
  the summit" ... "the summit initiated by Argentina"; a press conference is no meeting); one verb
  done to two things named in no word alike is two ("the shot hit the bar" ... "hit a curling
  shot"), whatever other word they share, or
* they are two verbs of one kind joined by "and" in one sentence, with one doer and nothing
  between them that starts another clause ("Durian intensified further and increased its threat
  to Luzon"; not "arrested Smith and detained Jones"), or
* a verb acts, later in its own clause, on an event noun of its kind, or only carries it
  ("agreed in the Aug. 15 Helsinki peace accord", "attending the trial", "voted in the referendum",
  "opened their campaign with a 4-1 win"; not "a probe into the murder", "after their defeat"), or
* the later is the earlier's own verb in the passive with "the" and what that verb acted on as
  its subject, light as the verb may be ("made a formal cash offer" ... "Thursday's offer was
  made"), or
* one is an event noun and the other, in the same sentence, the verb that only says it took
  place, began or was put out, with the noun as its subject ("The fifth round of the talks will
  begin on Nov. 9", "a CBS News poll released Thursday"), or two such verbs whose subject is one
  happening, the later naming it with "the" ("The championship will start this month" ... "The
  championship will run from November 25"; "carried out a search" ... "The search was
  conducted"), or the later is "the decision" of a body that
  approved, passed or voted something on the same day, or
* the later names it only as "the accident", "the incident", "the tragedy" (the first happening
  the sentences just before told that day, not a death, injury or statement), or
* the later names, by "the" and a word of its kind ("the attack", "the two-day conference"), the
  article's news (its first sentence) dated only by the article's or the story's day, and gives it
  a day of its own, that day or in the week before ("Explosives were detonated near a police
  station, officials said" ... "The attack took place on Wednesday"; "Mayors have gathered in
  Chongqing" ... "the two-day conference opened on Monday"): the row keeps the news's words, or
* the later says what the happening is about or how long it goes, who ran or joined it, or (in
  the passive) what brought it about, with the happening as its subject ("The talks will focus
  on ...", "the negotiations are expected to last a decade", "The exhibition was organized by the
  embassy", "the accident was caused by improper use of explosives"), or
* the later names an occasion told a few sentences before by "the" and its own word, whoever each
  says opened or held it ("Asian leaders opened a summit on Tuesday" ... "President Minh opened the
  summit"), or
* the later tells one more topic of a meeting told before, its subject naming the meeting or its
  parties again or nobody new, on a day that agrees ("Abdullah held talks with Bush" ... "The two
  leaders also discussed violence in Iraq": "also" adds a topic, not a meeting; not "Solana also
  held a meeting with Rice"), or
* the later is a speaker's quotation with no day of its own that tells, by a verb of one kind, the
  happening the article dated in its own words, naming nobody it does not, its subject the
  speaker's side or a pronoun ("The observers were released on Sunday" ... '"Our team was
  freed," Mezni told AFP'; not "she was half buried", one person of several, nor "many people
  have died for this cause").

Other words of one kind, or an undated mention, join through what they name too when the later
names again, with "the", the thing the earlier was about in the part it played there: its subject
("A strong earthquake rocked Japan" ... "the quake struck at 1:24 p.m."; a doer only when both act
on one thing: "the party withdrew support") or what its verb acted on, the later's subject naming
nobody else ("troops stormed the ambassador's residence" ... '"they stormed the residence"'; not
"Lithuania is aiming to adopt the single currency").

Nothing disagrees when the dates agree (the same interval, one undated, one only guessed from the
story and the later naming the earlier's happening by "the" and its own word alone: "Police arrested
19 people on Friday" ... "The arrests were made by a special task force", or one only the article's
own date and the other the days just before it, or one dated only by the statement that tells it
or the verb that names it, "have arrested 12 farmers, a radio said Wednesday", and the other the
days just before; not an event noun given the story's day more than
a week after the other's own date: "the election" of the story is not "January's election"; a
verb given the story's day more than a week after the other's own date is the same happening only
through the same people or "the" noun that names it: "the guerrillas entered the compound last
December 17" ... "troops entered the compound", on the story's day, are two), their
places (but a country that one of a speaker's statements speaks of) and figures do not differ
(one person it was done to is no count of many: "killed an Afghan civilian" ... "31 civilians were
killed", unless a person named or one day and place ties them; the dead or hurt listed by kind are
the count told before when the parts add up to it: "killing eight people" ... "Six bodyguards, a
district chief and a civilian were killed", not "two other soldiers and a civilian"), both are told with the same
polarity, and the later one does not say it is another ("also", "a second"; not "New" of a name:
"the New York meeting"; "killing two other people", unless its own sentence tells those they are
others than: "killing three and wounding 12 others"). "The attack" on the story's day, with no
day of its own, is the attack of other words told on that day ("Gunmen ambushed a convoy on
Tuesday" ... "The attack was launched from a hillside"; "A strong earthquake has shaken Chile",
the article's news, ... "The quake occurred at 4 a.m.").
A dated mention joins the nearest dated row it repeats before a nearer undated one. The merged row
keeps every mention (each with its own date) and is dated by its best-dated mention (of two dates
the text gives, the narrower within the wider: "the 2005 Expo held last month"; of two on one day
guessed for both, the story's or the article's, the first telling, which speaks for the row).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache

from timeline.calendar_words import MONTHS, SMALL_NUMBERS, TENS, WEEKDAYS
from timeline.extract.confidence import salience
from timeline.extract.gazetteer import capital_country, city_country, country_for_adjective, country_name
from timeline.extract.kinds import kinds, told_kinds
from timeline.extract.lexicon import RECIPROCAL_NOUNS, RECIPROCAL_VERBS, ROLE_HEADS, TITLE_WORDS
from timeline.extract.occasions import OCCASIONS
from timeline.extract.stems import SAYING, WEAK_STEMS, stem
from timeline.model import FACTUALITY_RANK, RESOLUTION_RANK, ActorRef, Event, Mention

# Verbs that tell a statement: one speaker's remarks in one article are one row (the verbs of
# saying the cross-article merge knows, and those that say how it was said).
STATEMENT_VERBS = SAYING | frozenset(
    "deny warn voice express echo urge concede clarify describe pledge vow quote assure inform reaffirm".split()
)
# Verbs that tell what a speaker said, joined with the speaker's other statements here only (they
# date no row as a statement: "Parliament rejected the bill" is a vote): "Merkel ruled out ..."
# ... "she added"; "Zapatero highlighted ..." ... "Zapatero vowed"; "The envoy said ..." ... "He
# repeated the official line", "Mourinho suggested that ...", "The alliance estimated that ...".
SPOKEN_ACTS = frozenset(
    "hint recall promise reject highlight underscore evoke cite suggest speculate repeat estimate".split()
)
# Verbs that tell what a speaker thought of a happening: one of the speaker's statements when both
# are dated ("Moussa on Saturday regretted the veto" ... "Moussa said in a statement"), not one
# the article gives no date ("Owens publicly criticized numerous members ..." told of last season).
STANCE_ACTS = frozenset(
    """condemn denounce deplore decry regret lament welcome hail praise applaud commend criticize
    criticise""".split()
)
# Verbs that tell a statement only with the word that follows them ("ruled out sending troops",
# "called for talks", "called on both sides to ...", "maintained that ...", "spoke of the need",
# "referred to the rebels as terrorists": not "called a meeting", "the court ruled", "maintained
# control", "spoke with Putin", "referred the case to a court"), past a day told between them
# ("called Sunday for his resignation").
STATEMENT_PHRASES = {
    "rule": frozenset({"out"}),
    "call": frozenset({"for", "on"}),
    "maintain": frozenset({"that"}),
    "conclude": frozenset({"that"}),
    "speak": frozenset({"of", "about"}),
    "refer": frozenset({"to"}),
}
# Nouns that name a statement ("the announcement"), and verbs that tell what a statement did
# ("blamed the laws", "likened him to", "sounded an upbeat note"): one of its speaker's statements.
# (not "the statement": often another's, the one a sentence argues about)
STATEMENT_NOUNS = frozenset("announcement speech editorial declaration remark".split())
STATEMENT_ACTS = frozenset("blame attribute liken compare equate accuse underline howl sound".split())
# An article's own date, given to a statement with no date of its own, covers the days before it.
REFERENCE_SLACK_DAYS = 7


def fold_repeats(events: Sequence[Event]) -> list[Event]:
    """The events of one article (in text order) with each happening's repeats joined to it.

    An event is compared only with the earlier rows it could repeat (statements with statements,
    others with rows of the same stem or of one kind), the nearest :data:`CANDIDATES` of each:
    the work grows with the article, not with its square."""
    out: list[Event] = []
    by_key: dict[str, list[int]] = {}
    # the last statement each row took in whose words the row no longer reads as one (below)
    said: dict[int, Event] = {}
    for event in events:
        keys = _keys(event)
        near = sorted({k for key in keys for k in by_key.get(key, [])[-CANDIDATES:]}, reverse=True)
        found: tuple[int, str] | None = None
        for k in near:
            reason = same_happening(out[k], event) or _said_again(said.get(k), out[k], event)
            if reason:
                found = found or (k, reason)
                if out[k].date.earliest or not event.date.earliest:
                    found = (k, reason)
                    break  # a dated mention joins a dated row before a nearer undated one
        if found is not None:
            found = _first_of_appeals(out, near, found, event)
        if found is None:
            found = _story_happening(out, event)
        if found is not None:
            k, reason = found
            kept = out[k]
            out[k] = _join(kept, event, reason)
            if not _is_statement(out[k]):
                statement = event if _is_statement(event) else kept if _is_statement(kept) else said.get(k)
                if statement is not None:
                    said[k] = statement
            for key in keys:
                if k not in by_key.setdefault(key, [])[-CANDIDATES:]:
                    by_key[key].append(k)  # the row may be told again in this mention's words
        else:
            for key in keys:
                by_key.setdefault(key, []).append(len(out))
            out.append(event)
    return out


# Earlier rows an event is compared with (the nearest first), per key.
CANDIDATES = 40


def _said_again(statement: Event | None, row: Event, event: Event) -> str:
    """Why ``event`` joins ``row``, a speaker's statement joined to a row that no longer reads as
    one (the row keeps the verb of an act the speaker's words were joined to: "Montealegre refused
    to concede defeat" ... "Montealegre insisted he would force a runoff" reads as the refusal):
    the speaker's later words ("'We are going to a second round,' he told supporters") are the
    same statement when they would have joined the statement itself ('' when not)."""
    if statement is None or _is_statement(row) or not _is_statement(event):
        return ""
    reason = same_happening(statement, event)
    return reason if reason.startswith("statements of") or reason.endswith("tells it") else ""


def _first_of_appeals(
    out: Sequence[Event], near: Sequence[int], found: tuple[int, str], event: Event
) -> tuple[int, str]:
    """The row a speaker's plain words join when the nearest of the speaker's rows is an appeal told
    apart from an earlier one (:func:`_two_appeals`: "urged OPEC on Saturday to ..." ... "urged Gulf
    states to ..." ... "Bodman added"): the first of the speaker's statements, the occasion the
    article reports, not the last party appealed to (another appeal, "further called for ...", goes
    on with the nearest)."""
    k, reason = found
    if not reason.startswith("statements of") or not _addressee(out[k]) or _head_lemma(event) in _APPEALS:
        return found  # "she further called for a monitoring group": the appeal just told goes on
    for earlier in (j for j in near if j < k):
        again = same_happening(out[earlier], event)
        if again.startswith("statements of") and _two_appeals(out[earlier], out[k]):
            k, reason = earlier, again
    return k, reason


# Nouns that name the happening a story is about without saying what it was ("The accident
# occurred at about 1 p.m.", "the tragedy happened on Tuesday"), and how far back (in sentences)
# the happening they name was told.
_GENERIC = frozenset("accident incident tragedy disaster mishap".split())
GENERIC_REACH = 3


def _story_happening(out: Sequence[Event], event: Event) -> tuple[int, str] | None:
    """The row an event names only as "the accident", "the incident", "the tragedy" tells: the
    first happening the sentences just before told on the same day ("A fighter jet crashed on
    Wednesday" ... "The accident occurred at about 1 p.m."), not a statement nor a death or
    injury (a happening of its own), nor a plan; None when there is none."""
    trigger = _words(event.predicate.text)
    if len(trigger) == 1 and trigger[0].endswith("s") and trigger[0][:-1] in _GENERIC:
        trigger = [trigger[0][:-1]]  # "The incidents coincided with ...": the happenings just told
    if len(trigger) != 1 or trigger[0] not in _GENERIC or _doers(event) or not event.mentions:
        return None
    if (
        _description(event)
        not in (
            ["the", trigger[0]],
            ["this", trigger[0]],
            ["the", trigger[0] + "s"],
            ["these", trigger[0] + "s"],
        )
        or not event.date.earliest
    ):
        return None
    sentence = min(m.sentence for m in event.mentions)
    for k, row in enumerate(out):
        first = min((m.sentence for m in row.mentions), default=sentence)
        if not 0 < sentence - first <= GENERIC_REACH or _same_sentence(row, event):
            continue
        word = stem(row.predicate.lemma)
        if (
            not word
            or word in WEAK_STEMS
            or _is_statement(row)
            or _kinds(row) & {"death", "injury"}
            or row.factuality == "planned"
            or row.polarity != event.polarity
            or not row.date.earliest
            or not _dates_agree(row, event)
        ):
            continue
        return k, f"'{' '.join(_description(event))}' is the happening the story told"
    return None


# Verbs that tell what a meeting was about ("discussed", "exchanged views", "focused on", "touched
# on", "dealt with"), and the words of a subject that names the meeting's parties again ("they",
# "the two leaders", "both sides") rather than someone new.
_TOPIC_VERBS = frozenset("discuss exchange focus touch deal".split())
_PARTIES_AGAIN = frozenset("they two both sides parties leaders delegations".split())


def _another_topic(meeting: Event, topic: Event) -> str:
    """Why ``topic``, a later verb that tells what was discussed ("The two leaders also discussed
    sectarian violence in Iraq", "the talk also focused on energy security"), tells one more topic of
    the meeting an earlier row told ("King Abdullah II held talks with Bush"): its subject names the
    meeting or its parties again ("they", "the two presidents", "the talk"), or it names nobody the
    meeting did not, on a day the meeting's agrees with. "Also" then adds a topic, not a meeting,
    and a place it names is what was spoken of ("violence in Iraq"). Not a meeting with someone new
    ("Solana also held a meeting with Rice", "will also hold talks with Wen Jiabao"): its verb holds
    a meeting, it tells no topic. '' when it is not."""
    head = _head_lemma(topic)
    if (
        head not in _TOPIC_VERBS
        or "meeting" not in _kinds(meeting)
        or _head_lemma(meeting) in _TOPIC_VERBS
        or _noun_form(topic)
        or head == "deal"
        and _word_after(topic) != "with"
        or _same_sentence(meeting, topic)
        or (meeting.factuality == "planned") != (topic.factuality == "planned")
        or not _dates_agree(meeting, topic)
        or not _days_overlap(meeting, topic)
        or _meeting_named_after(topic)
    ):
        return ""
    subject = _subject_text(topic)
    if not subject:
        return ""
    parties = {r.name for r in meeting.actors if r.role != "source"}
    if any(not any(_same_name(x, y) for y in parties) for x in _doers(topic)):
        return ""  # someone the meeting did not name: another meeting
    again = subject[0] == "they" or bool(_PARTIES_AGAIN & set(subject)) or "meeting" in kinds(subject[-1])
    if not again and not (_doers(topic) and len(subject) <= 4):
        return ""
    return f"'{topic.predicate.text}' tells one more topic of the meeting"


def _days_overlap(a: Event, b: Event) -> bool:
    """Do two rows' days meet, or does one have none? (A day guessed from the story is no day of a
    conference told of 2001.)"""
    if not (a.date.earliest and b.date.earliest):
        return True
    return a.date.earliest <= (b.date.latest or b.date.earliest) and b.date.earliest <= (
        a.date.latest or a.date.earliest
    )


def _meeting_named_after(topic: Event) -> bool:
    """Does the topic's own sentence name, after its verb, a meeting it was discussed at ("the report
    it discussed at Monday's meeting")? That meeting is the one, told by its own row."""
    trigger = _words(topic.predicate.text)[:1]
    for mention in topic.mentions:
        words = _words(mention.text)
        at = words.index(trigger[0]) if trigger and trigger[0] in words else len(words)
        after = words[at + 1 :]
        if any("meeting" in kinds(w) and {"at", "during"} & set(after[max(0, i - 3) : i]) for i, w in enumerate(after)):
            return True
    return False


def _summary_before_trigger(event: Event) -> str | None:
    """A row's summary, case-folded, up to the first word of its trigger; None when the summary
    does not hold that word."""
    trigger = _words(event.predicate.text)
    text = event.summary.casefold()
    found = re.search(rf"\b{re.escape(trigger[0])}\b", text) if trigger else None
    return None if found is None else text[: found.start()]


def _subject_text(event: Event) -> list[str]:
    """The words of a verb's subject: those of its summary before its trigger, after the last
    comma ("At the meeting, the two sides also discussed": the, two, sides), auxiliaries and
    "also" left out."""
    before = _summary_before_trigger(event)
    if before is None:
        return []
    words = _words(before.rsplit(",", 1)[-1])
    return [w for w in words if w not in _AUXILIARIES and w not in ("also", "further", "then", "later")]


def _keys(event: Event) -> tuple[str, ...]:
    """Rows that may tell one happening share one of these: any statement, the stem of the
    happening, its kinds."""
    # what a verb acts on, and a noun row as what another row's verb may have acted on
    acted_on = tuple(
        f"#on {stem(word)}"
        for word in _acted_on(event) or _words(event.predicate.text)[:1]
        if len(word) >= 4 and word not in _COMMON
    )
    # the happening a verb's subject names ("the talks will focus on ..."), and what a row names its own
    subject = _subject_named(event)[-1:]
    about = tuple(f"#names {word}" for word in _names_of(event)) + tuple(
        f"#{kind}" for w in subject for kind in kinds(w)
    )
    staged = tuple(
        f"#names {stem(word)}" for word in {*_staging_noun(event), _subject_word(event), *_modified_noun(event)} if word
    ) + _doer_keys(event)
    deciding: tuple[str, ...] = ("#decision",) if _head_lemma(event) in _DECIDING_ACTS or _decision_noun(event) else ()
    if _head_lemma(event) in _TOPIC_VERBS:
        deciding += ("#meeting",)  # "the talk also focused on ...": a topic of a meeting told before
    joined = _occasion_joined(event) if event.factuality in _TOLD_AS_REAL else ""
    if joined:
        about += (f"#names {stem(joined)}", *(f"#{kind}" for kind in kinds(joined)))
    told = (
        stem(event.predicate.lemma),
        *sorted(f"#{kind}" for kind in _kinds(event) | _incident_subject(event)),
        *acted_on,
        *about,
        *staged,
        *deciding,
        *_carried_keys(event),
    )
    if _spoken_act(event):
        return ("#statement", *told)  # a statement, or what it did ("the court rejected the suit" twice)
    if _is_statement(event):
        return ("#statement", *acted_on)
    return told


def same_happening(a: Event, b: Event) -> str:
    """Why two rows of one article tell one happening ('' when they may not)."""
    return _same_happening(a, b) or _quoted_again(a, b)


def _same_happening(a: Event, b: Event) -> str:
    if a.polarity != b.polarity or not _figures_agree(a, b) or not _remarks_meet(a, b):
        return ""
    topic = _another_topic(a, b)
    if topic:
        return topic
    if not _places_agree(a, b) and not (_one_speaker(a, b) and _spoken_of(a, b)):
        return ""
    if not _dates_agree(a, b):
        return _guessed_day(a, b)
    if _many_over_a_span(a, b) or _many_over_a_span(b, a):
        # "a clash on Tuesday" ... "200 soldiers were killed in clashes this year": the clashes of a
        # year hold the day's clash, they are not it
        return ""
    told_again = (
        _told_again(a, b)
        or _told_about(a, b)
        or _conjoined(a, b)
        or _staged(a, b)
        or _same_subject(a, b)
        or _opened_by(a, b)
        or _decision_told(a, b)
        or _carried(a, b)
        or _made_again(a, b)
        or _joined(a, b)
        or _occasion_named_again(a, b)
        or _done_by_noun(a, b)
        or _incident_named_again(a, b)
    )
    if told_again:
        return told_again
    for statement, told in ((a, b), (b, a)):
        speaker = _speaker(statement)
        if (
            _is_statement(statement)
            and _is_statement(told)
            and not _remarks_made(told)  # "he made the statement, his lawyer said": his, not the lawyer's
            and speaker is not None
            and any(r.role == "source" and _same_name(r.name, speaker) for r in told.actors)
            and not _someone_else_may_say(told, speaker)
        ):
            # "al-Bashir reiterated ..., al-Samani said" ... "Samani told reporters": one statement, passed on
            return f"{speaker} tells it"
    if _is_statement(a) and _is_statement(b):
        if (
            _one_speaker(a, b)
            and not _only_may_say(a)
            and not _only_may_say(b)
            and (not (_stance(a) or _stance(b)) or _stance_told(a, b))
            and not _two_own_acts(a, b)
            and not _two_appeals(a, b)
            and not _said_before(a, b)
            and not _said_before(b, a)
            and not _said_on_an_earlier_day(b, a)
            and not _own_act_told(a)
            and not _own_act_told(b)
        ):
            return f"statements of {_speaker(a) or _speaker(b)}"
        if not (_spoken_act(a) or _spoken_act(b)):
            return ""
    word = stem(a.predicate.lemma)
    if not word or word in WEAK_STEMS or _same_sentence(a, b) or _another(b, strong=True) or _done_to_another(a, b):
        # two clauses of one sentence tell two happenings ("X's maneuver came after Y staged a
        # maneuver"); "his previous visit", "a second blast" say it is another, whoever did it;
        # so does another one it was done to ("Ntini dismissed Hayden" ... "Ntini dismissed Langer")
        return ""
    same_stem = word == stem(b.predicate.lemma)
    if same_stem and (_plan_and_deed(a, b) or _plan_and_deed(b, a)):
        # "India will send troops to Bihar" ... "New Delhi had sent police to the state last week":
        # what is still to be done is not what was done before it, of one verb
        return ""
    if same_stem:
        how = _same_kind(a, b)
    else:
        # other words of one kind ("the blasts" ... "the bombings"), told alike: a plan is not the
        # happening told done ("will hold talks" ... "the talks")
        kind = sorted(_kinds(a) & _kinds(b) - _arrival_and_stay(a, b))
        if not kind or (a.factuality == "planned") != (b.factuality == "planned") or _names_apart(a, b):
            return ""
        how = f"one {kind[0]}"
    da, db = _doers(a), _doers(b)
    by_doers = _through_doers(a, b, da, db)
    if by_doers is not None:
        return how if by_doers else ""
    if _another(b) or not same_stem and a.factuality == "planned":
        # a plan told in other words is one happening only through its people: its place and
        # words are those of any plan for it ("talks in Astana" of the hosts, of the guests)
        return ""
    return _told_in_words(a, b, how, same_stem=same_stem, named_once=bool(da) != bool(db))


# Kinds of incident: a happening that befalls a place or people at one time, which news names
# again and again by "the" and a noun of its kind ("a bomb exploded ..." ... "the blast" ... "the
# attack"; "a wildfire burned 300 acres" ... "the fire"; "two trains collided" ... "the crash").
# Two incidents of one kind in one article are told apart by their words ("another blast", "a
# second fire"), their days, places or doers, which the rule below reads.
_INCIDENTS = frozenset("attack fire crash quake storm flood".split())
# The nouns that name them (not the verbs of those kinds that read as nouns too: "hit", "strike")
_INCIDENT_NOUNS = frozenset(
    """attack assault raid bombing blast explosion ambush shelling bombardment airstrike fire blaze
    inferno crash collision derailment quake earthquake tremor temblor storm typhoon hurricane cyclone
    flood flooding deluge""".split()
)
# Verbs that say of an incident named as their subject only that it happened, began, went on or
# spread ("the fire began near the highway", "the blaze spread to a second building", "the fighting
# raged"), or, done to it, who did it ("a Taliban fighter carried out the attack"): its own
# happening, not another it brought about ("the blast killed seven", "the fire destroyed 30 homes").
_INCIDENT_COURSE = {
    "begin": None,
    "start": None,
    "occur": None,
    "happen": None,
    "erupt": None,
    "unfold": None,
    "spread": None,
    "rage": None,
    "sweep": None,
    "continue": None,
    "break": frozenset({"out"}),
    "go": frozenset({"off"}),
    "take": frozenset({"place"}),
    "carry": frozenset({"out"}),
    "perpetrate": None,
    "commit": None,
    "stage": None,
}


def _incident_named_again(a: Event, b: Event) -> str:
    """Why ``b`` tells again the incident ``a`` told (on days that agree, in places that agree): it
    names it by "the" and a noun of the kind of ``a``'s own word ("A suicide bomber blew himself
    up" ... "the attack took place at noon"; "A wildfire burned 300 acres" ... "the fire began near
    the highway"; "Monday's bombing of a station" ... "declared that the bombing showed ..."), as the
    row's own word or as the subject of a verb that only tells its course (:data:`_INCIDENT_COURSE`).
    A doer named on the later side only is who did it ("a Taliban fighter carried out the attack"),
    not another's incident; two doers named apart, a plan, "another" or "a second" say it is another
    one, and a death or injury ("the blast killed seven") is a happening of its own. '' when not."""
    description = _description(b) or _definite_noun(b)
    trigger = _words(b.predicate.text)[:1]
    noun_row = _noun_form(b) or _ing_noun(b)
    if not noun_row and description[-1:] == trigger:
        description = description[:-1]  # "the quake hit": the quake
    if len(description) < 2 or description[0] not in _DEFINITE:
        return ""
    noun = description[-1]
    if noun not in _INCIDENT_NOUNS and noun[:-1] not in _INCIDENT_NOUNS:
        return ""
    if noun_row and _restricted(b):
        return ""  # "launched the attack that removed the Taliban": the one the clause singles out
    incident = (kinds(noun) | kinds(noun[:-1]) if noun.endswith("s") else kinds(noun)) & _INCIDENTS
    if not incident or _is_statement(a) or _is_statement(b):
        return ""
    if not noun_row or trigger != [noun]:
        head = _head_lemma(b)
        if head not in _INCIDENT_COURSE:
            return ""
        particles = _INCIDENT_COURSE[head]
        if particles is not None and not {_word_after(b), *_words(b.predicate.text)[1:2]} & particles:
            return ""  # "took place", not "took 12 lives"
    # the kind of a's own word, not of what its subject names ("the blast killed seven" is the
    # deaths), but a verb of an incident's course tells its subject's ("A fire swept through a market")
    own = kinds(a.predicate.lemma) | told_kinds(a.predicate.lemma, _words_after(a), verb=not _noun_form(a))
    own |= _incident_subject(a)
    if not own & incident:
        return ""
    if "planned" in (a.factuality, b.factuality) or _another(b) or _same_sentence(a, b):
        return ""
    da, db = {r.name for r in a.actors if r.role == "agent"}, {r.name for r in b.actors if r.role == "agent"}
    if da and db and not any(_same_name(x, y) for x in da for y in db):
        return ""
    if not a.date.earliest:
        return ""
    return f"one {sorted(own & incident)[0]}, '{' '.join(description)}' names it again"


def _restricted(event: Event) -> bool:
    """Does a relative clause follow the row's trigger in its sentence ("the attack that removed the
    Taliban from power", "the blast which hit the embassy")?"""
    if not event.mentions:
        return False
    mention = event.mentions[0]
    found = re.search(rf"\b{re.escape(mention.trigger)}\b", mention.text)
    after = _words(mention.text[found.end() :])[:1] if found else []
    return bool(after) and after[0] in _RELATIVE


def _incident_subject(event: Event) -> frozenset[str]:
    """The kinds of incident a verb of an incident's course tells of its subject, whatever its
    determiner ("A fire swept through a market": fire; "an enormous fire Tuesday which swept
    through their camp"); none for other rows."""
    head = _head_lemma(event)
    if head not in _INCIDENT_COURSE or _INCIDENT_COURSE[head] is not None or _noun_form(event):
        return frozenset()
    before = _words_before(event)
    return kinds(before[-1]) & _INCIDENTS if before else frozenset()


def _definite_noun(event: Event) -> list[str]:
    """The noun phrase of a row anchored on an event noun, from its definite determiner to the noun,
    wherever it stands ("a Taliban fighter carried out the attack": the, attack; "condemned the
    suicide bombing": the, suicide, bombing); [] when the noun has none ("a bomb attack") or its
    words say it is another or an earlier one ("the previous attack", "the second blast")."""
    if not (_noun_form(event) or _ing_noun(event)):
        return []
    words = _words(_without_new_names(event.summary))
    trigger = _words(event.predicate.text)[:1]
    if not trigger or trigger[0] not in words:
        return []
    at = words.index(trigger[0])
    for k in range(at - 1, max(-1, at - 4), -1):
        if words[k] in _DEFINITE:
            named = words[k : at + 1]
            return [] if (_AUXILIARIES | _RELATIVE | _NOT_THE_ONE | _ANOTHER) & set(named[1:]) else named
    return []


# Words that tell a plan as still ahead on the day it is told ("will send", "is to visit", "plans
# to hold"), not one told in the past ("said it would send": it may have been done since).
_STILL_AHEAD = frozenset("will shall 'll is are am plans plan expected set".split())


# Quotation marks that open a row told in a speaker's own words, and the words a quotation's subject
# opens on when it names no one new: the speaker's side ("we", "our team") or a pronoun for those
# the story told of ("they were stoned").
_OPENING_QUOTES = ('"', "\u201c", "``", "'")
_QUOTED_SUBJECTS = frozenset("we our us they their them it its".split())
# ... not one person's ("she was half buried" is one of those the row told of, or another)
_ONE_PERSON = frozenset("i me my he him his she her".split())


def _quoted_again(a: Event, b: Event) -> str:
    """Why ``b``, a speaker's quoted words with no day of their own ('"Our team was freed," Mezni
    told AFP'; '"We have frozen ... activities in Baghdad"'), tells again, by a verb of one kind, the
    happening ``a`` told in the article's own words and dated by them ("The observers were eventually
    released on Sunday"; "aid workers suspended work in Baghdad on Monday"): the quotation names
    nobody a does not, its subject the speaker's side or a pronoun ("we", "our team", "they"), or
    "the" and words a tells. Not a quotation with a day of its own ("they attacked us again on
    Tuesday"), nor another one ("also", "a second"), nor a plan, nor one person's ("she was half
    buried"), nor many others' ("many people have died for this cause"), nor a decision to do
    something else ("the decision to take part"), nor an arrival beside a visit ('' when not)."""
    if (
        not b.summary.startswith(_OPENING_QUOTES)
        or a.summary.startswith(_OPENING_QUOTES)
        or b.date.resolution not in ("inferred", "unresolved")
        or a.date.resolution not in ("relative", "absolute")
        or "planned" in (a.factuality, b.factuality)
        or len(b.mentions) != 1
        or _is_statement(a)
        or _is_statement(b)
        or _same_sentence(a, b)
        or _another(b)
    ):
        return ""
    if (
        a.polarity != b.polarity
        or not _figures_agree(a, b)
        or not _remarks_meet(a, b)
        or not _places_agree(a, b)
        or not _dates_agree(a, b)
    ):
        return ""  # what both say must agree, as for any two rows (same_happening)
    if _many_over_a_span(a, b) or _many_over_a_span(b, a) or _told_in_the_present(b):
        return ""  # "Our troops are fighting in Aleppo": what goes on now, not the day's happening
    same_stem = stem(a.predicate.lemma) == stem(b.predicate.lemma) and stem(a.predicate.lemma) not in WEAK_STEMS
    kind = sorted(_kinds(a) & _kinds(b) - _arrival_and_stay(a, b))
    if not (same_stem or kind) or _words_after(b)[:1] == ["to"] or _objects_differ(a, b):
        # "the decision to take part in the elections": a decision of its own; "they raided the
        # depot" after "raided the rebels' camp": another thing raided
        return ""
    told = {stem(w) for text in (a.summary, *(m.text for m in a.mentions)) for w in _words_of(text)}
    before = _words_before(b)
    if before and (
        _ONE_PERSON & set(before)
        or (
            before[0] not in _QUOTED_SUBJECTS
            and (before[0] not in _DEFINITE or any(stem(w) not in told for w in before[1:]))
        )
    ):
        # a subject of its own: "she was half buried" (one of them), "the hostages" (others), "many
        # people have died for this cause" (not those the row told of)
        return ""
    named = _doers(a)
    for doer in _doers(b):
        if not any(_same_name(doer, x) for x in named) and not all(stem(w) in told for w in _words(doer)):
            return ""  # someone a never names
    return f"'{b.predicate.text}' in a quotation tells {kind[0] if kind else a.predicate.lemma} again"


_PRESENT_BE = frozenset("is are am being".split())


def _told_in_the_present(event: Event) -> bool:
    """Is a verb row told in the present ("are fighting", "are being held", "is hurt"), by the two
    words before its trigger?"""
    words = _words(event.summary)
    trigger = _words(event.predicate.text)[:1]
    if not trigger or trigger[0] not in words:
        return False
    before = [w for w in words[: words.index(trigger[0])] if w not in _BETWEEN_AUX]
    return bool(_PRESENT_BE & set(before[-2:]))


def _plan_and_deed(plan: Event, deed: Event) -> bool:
    """Is ``plan`` a plan still ahead, undated, and ``deed`` the verb of one done with a day of its
    own words ("will travel to Macedonia" ... "traveled to Albania on Saturday")? Then they are
    two happenings of one verb."""
    if plan.factuality != "planned" or deed.factuality == "planned" or plan.date.earliest:
        return False
    if deed.date.resolution not in ("absolute", "relative") or not deed.date.earliest:
        return False
    if not _verb_told(plan) or _noun_form(deed):
        return False  # "the visit", "the talks" may name the plan's happening, done
    words = _words(plan.summary)
    trigger = _words(plan.predicate.text)[:1]
    if not trigger or trigger[0] not in words:
        return False
    before = words[: words.index(trigger[0])][-3:]
    return any(w in _STILL_AHEAD for w in before)


def _told_in_words(a: Event, b: Event, how: str, *, same_stem: bool, named_once: bool) -> str:
    """Why two rows of one stem or kind, with no doer named on one side at least (``named_once``:
    on one side only), tell one happening: b refers back to a, or what both name is one ('' when
    neither)."""
    description = _description(b)
    # a description in a's own word refers back as well: "launched a program" ... "the launch ceremony
    # was held" (not one in other words alone: "the trip" may be another's)
    refers = same_stem or (bool(description) and stem(a.predicate.lemma) in {stem(w) for w in description[1:-1]})
    if (
        refers
        and not _doers(b)
        and a.date.earliest
        and description[-1:] == _words(b.predicate.text)[:1]
        and not _own_party_apart(a, b)
    ):
        # "the injured", "the talks", "the blasts ripped through ...": it refers back to the one told
        return how + f", '{' '.join(description)}' refers back to it"
    if (
        not same_stem
        and not _doers(b)
        and a.date.earliest
        and description
        and description[-1] in _told_words(a)
        and not _own_party_apart(a, b)
    ):
        # "filed suit against the magazine" ... "the suit filed in a Miami court": the verb's row
        # names by "the" the happening the other row's word told (one kind, no doer of its own),
        # or the word of a mention joined to it ("A conference opened on Monday" ... "during the
        # climate meeting being held here" ... "The meeting drew delegates from 60 countries")
        return how + f", '{' '.join(description)}' names it again"
    if same_stem and a.date.earliest and not b.date.earliest and _by_age(a, b):
        return how + ", 'the N-year-old' is who did it, told again"
    if _subjects_apart(a, b):
        # "some people fired into the air" ... "The choppers fired into the crowd"; "One hostage, a
        # judge, died" ... "Colonel Valer and Capitan Jimenez died": one verb of two subjects
        return ""
    if _guessed_long_after(a, b) or _guessed_long_after(b, a):
        # the story's day guessed for one, more than a week after the other's own day: only the
        # same people ("Police arrested Carter on Tuesday" ... "Carter was arrested") or "the"
        # noun that names it make them one, not the verb and a word of the place ("the guerrillas
        # entered the compound last December 17" ... "140 troops entered the residence compound")
        return ""
    if a.date.earliest is None or b.date.earliest is None or not same_stem:
        return _through_what_they_name(a, b, how, same_stem=same_stem, description=description)
    if _other_subject(a, b) or _other_subject(b, a):
        return ""  # "Russia and Iran agreed to hold talks" ... "The rebel forces agreed to withdraw"
    # a day guessed from the story and a doer named on one side only: the verb alone is too little
    # ("one of the fighters carried out Friday's attack" ... "The United States launched the attack
    # that removed the Taliban from power")
    guessed = "inferred" in (a.date.resolution, b.date.resolution) and named_once
    return _through_what_they_name(a, b, how, same_stem=same_stem, description=description) if guessed else how


def _told_words(event: Event) -> set[str]:
    """The first word of the row's trigger and of each mention joined to it (the words it was told in)."""
    return {w for text in (event.predicate.text, *(m.trigger for m in event.mentions)) for w in _words(text)[:1]}


# How long before an article's day the happening it tells with no day of its own may lie (its news is
# of the last month or so: "the party suddenly withdrew its support" is its withdrawal "on March 30"
# a fortnight before; a killing in August is not the story's of November).
STORY_NEWS_DAYS = 31


def _through_doers(a: Event, b: Event, da: set[str], db: set[str]) -> bool | None:
    """Do the doers settle whether two rows of one verb or kind tell one happening? True when one
    doer is named on both sides, or when neither names a doer the other contradicts and a figure is
    shared ("11 armed men were injured" ... "some 11 Palestinians were injured"); False when both
    name different doers, whatever figure they share ("Puerto Rico lost to Tunisia, 2-3" ...
    "Argentina lost to Canada, 2-3": two matches); None when they do not settle it.

    When the earlier is dated only by the story's day, more than :data:`STORY_NEWS_DAYS` after the
    day the later gives in words of its own, the later tells of something before the story: one it
    was done to named on both sides, or their count ("the killing of 12 farmers" ... "Twelve farmers
    were killed on November 8"), makes them one, not a doer, who does a kind of thing many times
    ("troops shot dead a man in the incident" ... "On Aug. 12, the troops fired at two boys, killing
    one"; "Lee also won the title at the indoor championships" ... "Lee won the national title in
    2002"). (The other way round, the later with no day of its own refers back to the one the
    article told: "her narrow victory last November" ... "She won by 300 votes".)"""
    long_apart = _guessed_long_after(a, b, STORY_NEWS_DAYS)
    if any(_same_name(x, y) for x in da for y in db):
        if _other_partners(a, b):
            return False
        if long_apart and not _same_patient(a, b):
            return None
        return not _agent_on_one_side_only(a, b, da, db) or None
    if da and db:
        return (_acts_for(a, b) or _acts_for(b, a)) and (not long_apart or None)
    if _shared_figure(a, b) or not long_apart and (_named_in_subject(a, b) or _named_in_subject(b, a)):
        return True
    return None


def _other_partners(a: Event, b: Event) -> bool:
    """Are two reciprocal happenings of one party with two others ("the Dalai Lama met with John
    Shattuck" ... "a meeting between Bill Clinton and the Dalai Lama"; "Brazil drew with Chile" ...
    "Brazil drew with Peru"): each names a partner as its agent whom the other does not name at all?
    The party they share meets, talks or plays many times."""
    if not (reciprocal(a) and reciprocal(b)):
        return False
    return all(
        any(r.role == "agent" and not any(_same_party(r.name, o.name) for o in two.actors) for r in one.actors)
        for one, two in ((a, b), (b, a))
    )


# The words that name a country's people sent to meet or negotiate for it ("the North Korean
# delegation", "US negotiators", "the Israeli government"): the country itself as a party.
_ENVOY_WORDS = frozenset(
    "delegation delegations delegate delegates negotiator negotiators envoy envoys official officials "
    "government administration authorities side team".split()
)


def _same_party(x: str, y: str) -> bool:
    """One side of a meeting or talks under two names of one article: one actor's names
    (:func:`_same_name`), or one country named as itself and by the people it sends ("North Korea"
    ... "the North Korean delegation", "US officials" ... "the United States"). Compared by name,
    "The Canadian and Mexican delegations are meeting this afternoon" would name a new partner
    beside "Canada and Mexico held talks on Tuesday", and part one day's talks in two rows."""
    if _same_name(x, y):
        return True
    cx = _party_country(x)
    return cx is not None and cx == _party_country(y)


def _party_named(name: str, found: dict[str, ActorRef]) -> bool:
    """Is the name a country's envoys or government ("North Korean delegations") whose country a
    row's agent already names ("North Korea")?"""
    if country_name(name) is not None:
        return False
    country = _party_country(name)
    return country is not None and any(r.role == "agent" and country_name(r.name) == country for r in found.values())


@lru_cache(maxsize=1 << 10)
def _party_country(name: str) -> str | None:
    """The country a name stands for as a party: a country ("DPRK": North Korea), or a country's
    adjective before a word for its envoys or government ("North Korean delegations")."""
    country = country_name(name)
    if country is not None:
        return country
    words = name.split()
    if len(words) < 2 or words[-1].casefold() not in _ENVOY_WORDS:
        return None
    return country_for_adjective(" ".join(words[:-1]))


def reciprocal(event: Event) -> bool:
    """Is the event's happening one two sides have with each other (a meeting, talks, a match)?"""
    lemma = _head_lemma(event)
    return lemma in RECIPROCAL_VERBS or lemma in RECIPROCAL_NOUNS


def _same_patient(a: Event, b: Event) -> bool:
    """Do two rows name one it was done to ("Carter" ... "John Carter")?"""
    pa = [r.name for r in a.actors if r.role == "patient"]
    return any(_same_name(x, r.name) for x in pa for r in b.actors if r.role == "patient")


def _agent_on_one_side_only(a: Event, b: Event, da: set[str], db: set[str]) -> bool:
    """Do two rows share only what was done to (the patient), one naming who did it and the other,
    told in the active, a subject of its own that names none of them ("become the first state to
    adopt the EU's currency" ... "Slovakia is aiming to adopt the single currency")? What was done
    to is shared by every doer's happening: it does not make them one."""
    agents = [{r.name for r in e.actors if r.role == "agent"} for e in (a, b)]
    shared = {x for x in da for y in db if _same_name(x, y)}
    if bool(agents[0]) == bool(agents[1]) or shared & (agents[0] | agents[1]):
        return False
    nobody, named = (a, agents[1]) if not agents[0] else (b, agents[0])
    if _passive(nobody):
        return False  # "Owens was injured" ... "Hall injured Owens": who did it left untold, not another
    if not _verb_told(nobody):
        return False
    # a subject of its own that names none of the other's doers ("the first state to adopt")
    subject = {
        stem(w)
        for w in _words_before(nobody)
        if len(w) >= 3 and w not in _SUBJECT_FILLER | _AUXILIARIES | _DETERMINERS | _RELATIVE and not _says_nothing(w)
    }
    return bool(subject) and not any(all(stem(w) in subject for w in _words(name)) for name in named)


def _named_in_subject(named: Event, unnamed: Event) -> bool:
    """Does a verb row with no doer of its own name one of the other row's doers in its subject
    ("The Islamists have retreated from their frontlines" ... "columns of Islamist forces had
    retreated to ... Mogadishu")? Then one doer is told twice. Only in the part the subject plays: the
    subject of a verb in the active is who did the other's happening, not whom it was done to ("the
    rebels, including leader Cerpa, fired back, killing one soldier" ... "Cerpa and his comrades were
    gunned down": two deaths)."""
    if _doers(unnamed):
        return False
    subject = _subject_words(unnamed)
    role = "patient" if _passive(unnamed) else "agent"
    return bool(subject) and any(
        all(stem(w) in subject for w in _words(r.name)) for r in named.actors if r.role == role and _words(r.name)
    )


# Words of a title that may stand between a country's adjective and a minister's name ("Egyptian
# Minister of Trade and Industry Rachid Mohamed Rachid", "Russian Economic Development and Trade
# Minister German Gref").
ACTING_FOR_REACH = 12
_TITLE_LINKS = frozenset("of and for the , &".split())
# "U.S.", "U.K." are one word: the adjective of a country ("Deputy U.S. Trade Representative John Veroneau")
_TOKENS = re.compile(r"(?:[A-Z]\.){2,}|[\w'-]+|,")


def _acts_for(countries: Event, persons: Event) -> bool:
    """Did the people who did ``persons`` act for the countries that did ``countries``: each one of
    them titled, in the sentence that names them, by the adjective of one of those countries
    ("Russia and Sri Lanka on Friday signed an agreement" ... "Russian ... Minister German Gref and
    Sri Lankan Minister ... Jeyaraj Fernandopulle signed the document"; "Egypt signed a contract" ...
    "Egyptian Minister of Trade ... Rachid, who signed the deal")? Then one doer is named twice."""
    bodies = [r for r in countries.actors if r.role == "agent"]
    people = [r for r in persons.actors if r.role == "agent"]
    if not bodies or not people:
        return False
    named = {country_name(r.name) for r in bodies}
    if None in named:
        return False
    texts = [_TOKENS.findall(m.text) for m in persons.mentions]
    return all(
        any(
            _titled_by(tokens, r.name.split(), named) if r.type == "PERSON" else _body_of(tokens, r.name.split(), named)
            for tokens in texts
        )
        for r in people
    )


def _body_of(tokens: list[str], name: list[str], countries: set[str | None]) -> bool:
    """Is the body named ``name`` one of these countries' own, by its name or the words right
    before it ("Peru's Congress", "the Peruvian Congress", "Iranian parliament")?"""
    if not name or country_name(" ".join(name)) is not None:
        return False  # another country is no body of this one
    if country_for_adjective(name[0]) in countries:
        return True
    for at in (i for i in range(1, len(tokens)) if tokens[i : i + len(name)] == name):
        before = tokens[at - 1]
        owner = before[:-2] if before.endswith("'s") else ""
        if country_for_adjective(before) in countries or owner and country_name(owner) in countries:
            return True
    return False


def _titled_by(tokens: list[str], name: list[str], countries: set[str | None]) -> bool:
    """Is the person named ``name`` titled, in these words, by one of these countries' adjectives
    ("Egyptian Minister of Trade and Industry Rachid ...": Egypt's): the adjective, then a title
    word, in the capitalized words right before the name?"""
    if not name:
        return False
    for at in (i for i in range(len(tokens)) if tokens[i : i + len(name)] == name):
        title: list[str] = []
        for tok in reversed(tokens[max(0, at - ACTING_FOR_REACH) : at]):
            # a title may be written small: "his Pakistani counterpart Humayun Khan"
            if not (tok[:1].isupper() or tok in _TITLE_LINKS or tok in ROLE_HEADS or tok in TITLE_WORDS):
                break
            title.insert(0, tok)
        heads = [i for i, w in enumerate(title) if w.casefold() in ROLE_HEADS or w.casefold() in TITLE_WORDS]
        if not heads:
            continue
        ahead = title[: heads[-1]]
        words = ahead + [" ".join(ahead[i : i + 2]) for i in range(len(ahead) - 1)]
        if any(country_for_adjective(w) in countries for w in words if w[:1].isupper()):
            return True
    return False


def _names_apart(a: Event, b: Event) -> bool:
    """Does one of two rows of one kind name the other's happening as something else than itself
    ("Preparatory meetings for the summit were held" ... "the summit initiated by Argentina": the
    meetings are for the summit, not it; "a rally against the election" ... "the election was
    held")? The word that names one row's happening, used in the other row besides that row's own
    name, tells two happenings."""
    for x, y in ((a, b), (b, a)):
        own = _event_names(y) - _event_names(x) - WEAK_STEMS
        if _noun_form(x):
            # the support verb an event noun's row is told by names it, no other ("filed suit" ...
            # "the suit filed in a Miami court": "filed" is the suit's own verb)
            own -= _SUPPORT_STEMS
        named = set(_description(x))  # "the launch ceremony" names x's own happening as a launch
        if own & {stem(w) for w in _words(x.summary) if len(w) >= 4 and w not in named}:
            return True
    return False


# The verbs that only stage or lodge an event noun: triggers.SUPPORT_VERBS, written out here
# (triggers reads spaCy's tables, which a cached show must not import; a test keeps the two equal).
SUPPORT_VERB_LEMMAS = frozenset(
    "start begin launch resume issue hold conduct stage carry make give take extend pay deliver wage "
    "undergo mount unleash file".split()
)
_SUPPORT_STEMS = frozenset(stem(v) for v in SUPPORT_VERB_LEMMAS)


def _event_names(event: Event) -> set[str]:
    """The stems a row names its happening by: its trigger's, and the noun its verb tells of when
    that names a kind of happening ("the summit initiated by Argentina": summit; not "the infant
    had been wounded": infant)."""
    subject = [w for w in _subject_named(event, definite=_head_lemma(event) not in _TOOK_PLACE)[-1:] if kinds(w)]
    return {stem(w) for w in _words(event.predicate.text)[:1]} | {stem(w) for w in subject}


# Verbs that only say that the happening named as their subject took place, began or ended, or
# that a paper was put out ("The talks will begin on Nov. 9", "a poll released Thursday"): one row
# with the noun (GUIDELINES, 2: "the evacuations began" is one row).
_STAGING = frozenset("open begin start close end conclude occur happen hold conduct release publish issue".split())
# Words that may stand between such a noun and its verb ("the talks will begin", "were held").
_STAGING_GAP = 3


def _staging_noun(event: Event) -> list[str]:
    """The noun right before a verb row of :data:`_STAGING` that it says took place or was put out
    ("talks" of "the fifth round of the talks will begin", "poll" of "a CBS News poll released
    Thursday"); [] for other rows."""
    if not _scheduled_for(event) and (
        _head_lemma(event) not in _STAGING or not _verb_told(event) or _object_words(event)
    ):
        return []  # "the treaty ended a border war": what it did, not that it took place
    before = _words_before(event)
    return before[-1:] if before and len(before[-1]) >= 4 and before[-1] not in _COMMON else []


# Verbs whose row, with an event noun as its subject, is a happening of its own beside the noun's
# (GUIDELINES 2): what the people of a gathering decided or said ("a cabinet meeting decided to
# set aside 2 billion yuan"), or another happening it brought about ("the killing sparked
# clashes", "the invasion caused the Dalai Lama to flee", "the attack led to a suspension"), or
# how people took it ("England's victory roiled the Argentine press": the papers' reaction).
_NOT_ITS_RESULT = frozenset(
    "approve pass adopt vote decide rule reject endorse ratify veto agree vow pledge promise call urge "
    "demand ask elect appoint name sign issue announce "
    "cause trigger spark prompt provoke lead "
    "roil anger enrage infuriate outrage shock stun surprise alarm worry upset dismay confound "
    "delight please disappoint frustrate embarrass irritate".split()
)
# Harm a happening did that is a row of its own (GUIDELINES 2: "The quake killed 12 and destroyed
# 300 houses" is two rows), beside the verbs of death and injury.
_HARM = frozenset("claim destroy damage raze flatten".split())
# Words before an event noun's phrase that make it part of another's ("six victims in a gas blast").
_INSIDE_A_PHRASE = frozenset("of in on at from by for with during among between to into over against".split())
# Words that may stand between the noun and its verb ("an offensive has driven", "the visit also brought").
_DOER_GAP = frozenset({"also", "then", "later", "eventually", "finally", "quickly", "soon"})


def _before_verb(event: Event) -> list[str]:
    """The words of a verb row's summary before its verb, past its auxiliaries and an adverb ("a
    month-long army offensive drove them from the city": a, month, long, army, offensive); [] for
    a noun row."""
    if _noun_form(event) or _ing_noun(event):
        return []
    before = _words_before(event)
    while before and (before[-1] in _DOER_GAP or before[-1] in _AUXILIARIES or before[-1].endswith("ly")):
        before.pop()
    return before


# At most how many words of a verb row's subject key it (:func:`_doer_keys`).
DOER_REACH = 10


def _doer_keys(event: Event) -> tuple[str, ...]:
    """Keys that meet between an event noun row and the row of the verb it is the subject of: the
    noun's stem, and the stems of the words before a verb (:func:`_did_by_noun`)."""
    if _noun_form(event) or _ing_noun(event):
        return tuple(f"#doer {stem(w)}" for w in _words(event.predicate.text)[:1])
    words = _before_verb(event)[-DOER_REACH:]
    return tuple(f"#doer {stem(w)}" for w in dict.fromkeys(words) if len(w) >= 4 and w not in _COMMON)


def _did_by_noun(noun: Event, verb: Event) -> bool:
    """Is ``verb`` what the event noun ``noun`` (its subject, right before it in one sentence) did,
    its result told as the noun's own row ("a month-long army offensive drove the rebels from 90
    percent of their territory", "England's 3-2 victory roiled the press", "a general strike on
    Wednesday paralysed the public sector": one row, GUIDELINES 2)? Not an act of the noun's people
    or a happening it brought about or how people took it (:data:`_NOT_ITS_RESULT`), nor a statement."""
    if not (_noun_form(noun) or _ing_noun(noun)) or _verb_told(noun) or _is_statement(noun):
        return False
    trigger = _words(noun.predicate.text)
    if len(trigger) != 1 or stem(trigger[0]) in WEAK_STEMS:
        return False
    if {noun.factuality, verb.factuality} - {"asserted", "reported"}:
        return False  # "their visits undermined the ties": an evaluation; "would end": not yet
    if _head_lemma(verb) in _NOT_ITS_RESULT or _is_statement(verb):
        return False
    if _kinds(verb) & {"death", "injury"} or _head_lemma(verb) in _HARM:
        return False  # "the bank raid killed two guards": the deaths are a row of their own (GUIDELINES 2)
    told, subject = _words(noun.summary), _before_verb(verb)
    if trigger[0] not in told or subject[-len(told) :] != told:
        return False  # the verb's subject is the noun row's own phrase ("a month-long army offensive")
    if subject[-len(told) - 1 : -len(told)] and subject[-len(told) - 1] in _INSIDE_A_PHRASE:
        return False  # "six victims in a colliery gas blast left hospital": the subject is another's
    return _between(noun, verb) is not None and _precedes(noun, verb)


# Words right after a verb that tell when or where, not what it acted on ("stalled last week").
_WHEN_WORDS = frozenset("yesterday today tonight last this earlier here there again".split())


def _acts_on(verb: Event) -> bool:
    """Does a verb row act on something right after its verb ("drove them from", "paralysed the
    ports"), rather than tell what befell its subject ("stalled on Monday", "halted in 2001")?"""
    after = _words_after(verb)[:1]
    return bool(after) and after[0] not in _PHRASE_END | _TIME_WORDS | _WHEN_WORDS


def _done_by_noun(a: Event, b: Event) -> str:
    """A verb row told as what the happening of its subject noun did (:func:`_did_by_noun`): one
    happening, the noun's ('' when not)."""
    for noun, verb in ((a, b), (b, a)):
        if _did_by_noun(noun, verb):
            return f"'{noun.predicate.text}' {verb.predicate.text}: what it did"
    return ""


# Participles that only say when a happening named right before them is to take place, with "for"
# ("the elections set for Jan. 25", "the talks scheduled for May").
_SCHEDULED = frozenset("set schedule reschedule slate".split())


def _scheduled_for(event: Event) -> bool:
    """Is a row's trigger a participle of :data:`_SCHEDULED` followed by "for" ("set for Jan. 25")?"""
    return _head_lemma(event) in _SCHEDULED and _words_after(event)[:1] == ["for"]


def _staged(a: Event, b: Event) -> str:
    """An event noun and, in one sentence, the verb that only says it took place, began or was put
    out, with the noun as its subject or the participle right after it ("The fifth round of the
    six-party talks will begin on Nov. 9", "a CBS News poll released Thursday"): one happening
    ('' when not). Not a verb with a doer of its own ("Gallup released a poll" names it after)."""
    for noun, verb in ((a, b), (b, a)):
        if _stages(noun, verb):
            return f"'{noun.predicate.text}' {verb.predicate.text}: one happening"
    return ""


def _stages(noun: Event, verb: Event) -> bool:
    """Does ``verb`` only say that the event noun ``noun`` (right before it in one sentence) took
    place or was put out? (:func:`_staged`)"""
    staging = _scheduled_for(verb) or _head_lemma(verb) in _STAGING and _verb_told(verb)
    if not (_noun_form(noun) or _ing_noun(noun)) or not staging:
        return False
    trigger = _words(noun.predicate.text)
    if len(trigger) != 1 or stem(trigger[0]) in WEAK_STEMS:
        return False
    between = _between(noun, verb)
    if between is None:
        return False
    right_before = _staging_noun(verb) == trigger and len(between) <= _STAGING_GAP
    if right_before and set(between) - _AUXILIARIES - _BETWEEN:
        right_before = False
    if not right_before and not (_staging_noun(verb) and _across_modifier(between)):
        return False
    if not _precedes(noun, verb):
        return False
    return not {r.name for r in verb.actors if r.role == "agent"} - {r.name for r in noun.actors}


# Words that open what a noun is about or whose it is, between the noun and the verb that stages
# it ("a survey on student health conducted by the ministry", "a meeting of APEC leaders to be
# held in Hanoi", "attacks targeting banks occurred"), and at most how many words it runs.
_MODIFIER_OPENERS = frozenset("of on by from for in at".split())
MODIFIER_REACH = 7
# Words that end such a phrase: another clause begins.
_MODIFIER_BREAKS = frozenset(
    "that which who whose whom where when and or but said says told added as because after before since while".split()
)


def _across_modifier(between: list[str]) -> bool:
    """Are the words between an event noun and its staging verb one phrase that says what the noun
    is about or whose it is, then the verb's auxiliaries (:data:`_MODIFIER_OPENERS`; "on student
    health", "of the APEC leaders to be", "targeting banks in Athens")? Not a clause of its own
    ("the matches, which was held")."""
    words = list(between)
    while words and (words[-1] in _AUXILIARIES or words[-1] in _BETWEEN):
        words.pop()
    # "and" between two words of one name or noun is no break ("of the AU peace and security
    # council held"); before a determiner it starts another phrase ("the talks and the course opened")
    breaks = {w for i, w in enumerate(words) if w in _MODIFIER_BREAKS and not (w == "and" and _joins_words(words, i))}
    if not 2 <= len(words) <= MODIFIER_REACH or breaks or "," in words:
        return False
    return words[0] in _MODIFIER_OPENERS or words[0].endswith("ing")


def _joins_words(words: list[str], at: int) -> bool:
    """Does the "and" at ``at`` join two words of one phrase: inside it, after a word that opens none
    and before one that is no determiner nor opener ("peace and security", "foreign and finance")?"""
    if not 1 < at < len(words) - 1:
        return False
    before, after = words[at - 1], words[at + 1]
    return before not in _PHRASE_OPENERS and after not in _PHRASE_OPENERS


def _modified_noun(event: Event) -> list[str]:
    """The nouns a staging verb row may say took place across a phrase on the noun
    (:func:`_across_modifier`): the words of its sentence before the phrase ("survey" of "A
    nationwide survey on student health conducted by ..."); [] for other rows."""
    if not _staging_noun(event):
        return []
    found: list[str] = []
    for mention in event.mentions:
        at = mention.text.find(mention.trigger)
        if at < 0:
            continue
        before = _words(mention.text[:at])[-(MODIFIER_REACH + 4) :]
        found += [w for i, w in enumerate(before) if i + 1 < len(before) and before[i + 1] in _MODIFIER_OPENERS]
    return [w for w in found if len(w) >= 4 and w not in _COMMON]


# Verbs that say of a happening named as their subject only when or how long it goes ("The
# championship will start this month" ... "The championship will run from November 25").
_GOES = _STAGING | frozenset({"last", "run"})


def _subject_word(event: Event) -> str:
    """The noun right before a verb row of :data:`_GOES`, past auxiliaries and "expected to" ("the
    championship will run": championship); '' for other rows."""
    if _head_lemma(event) not in _GOES or not _verb_told(event) or _object_words(event):
        return ""
    before = _words_before(event)
    while before and before[-1] in _BETWEEN:
        before.pop()
        while before and before[-1] in _AUXILIARIES:
            before.pop()
    word = before[-1] if before else ""
    return word if len(word) >= 4 and word not in _COMMON and stem(word) not in WEAK_STEMS else ""


def _same_subject(a: Event, b: Event) -> str:
    """Two verbs that only say when or how long a happening goes, with the same happening as their
    subject, the later naming it again with "the" ("The CECAFA championship will start this month in
    Ethiopia" ... "The championship will run from November 25 to December 10"): one happening ('' when
    not). Not "another", nor a plan and a deed, nor two doers."""
    word = _subject_word(b)
    told = _words(a.predicate.text) if _noun_form(a) and not _verb_told(a) else []
    if (
        not word
        or word != _subject_word(a)
        and told != [word]
        or (a.factuality == "planned") != (b.factuality == "planned")
    ):
        return ""
    before = _words_before(b)
    at = len(before) - 1 - before[::-1].index(word)
    if at < 1 or before[at - 1] not in _DEFINITE or _another(b) or _another(b, strong=True):
        return ""
    da = {r.name for r in a.actors if r.role == "agent"}
    db = {r.name for r in b.actors if r.role == "agent"}
    if da and db and not any(_same_name(x, y) for x in da for y in db):
        return ""
    return f"'the {word}' {b.predicate.text}: the happening told before"


# How many sentences after an occasion a bare "the summit" of another doer still names it.
OCCASION_REACH = 4
# At most how many words "the" stands before the occasion's word ("the two-day meeting").
OCCASION_WORDS = 4


def _occasion_named_again(a: Event, b: Event) -> str:
    """An occasion (:data:`OCCASIONS`: a summit, a meeting, talks) told again a few sentences later
    by "the" and its own word, whatever doer each gives it ("African leaders and Chirac opened a
    two-day summit on Saturday" ... "Mali's president Toure opened the summit"): an occasion has
    many parties, and "the" names the one just told ('' when not). Not a plan and a deed, nor
    "another" or "the previous", nor one a name singles out ("the Lisbon summit"), nor two of one
    sentence; with a doer on one side only the other rules judge."""
    word = _words(b.predicate.text)
    if len(word) != 1 or word[0] not in OCCASIONS:
        return ""
    words = _words(_without_new_names(b.summary))
    if word[0] not in words:
        return ""
    at = words.index(word[0])
    start = next((i for i in range(at - 1, max(at - OCCASION_WORDS, -1), -1) if words[i] in _DEFINITE), None)
    if start is None or words[start] != "the" or words[at - 1] in _AUXILIARIES or words[at - 1] == "to":
        return ""
    modifiers = words[start + 1 : at]
    if (_NOT_THE_ONE | _ANOTHER) & set(modifiers) or any(w.capitalize() in b.summary for w in modifiers):
        return ""  # "the previous summit", "the G7 summit", "the Lisbon summit" may single out another one
    if not (_doers(a) and _doers(b)):
        return ""  # with a doer on one side only, "the summit" is for the rules above to join
    if stem(a.predicate.lemma) != stem(b.predicate.lemma) or not a.date.earliest or _same_sentence(a, b):
        return ""
    if (a.factuality == "planned") != (b.factuality == "planned") or _another(b) or _another(b, strong=True):
        return ""
    first = min(m.sentence for m in a.mentions)
    if not 0 < min(m.sentence for m in b.mentions) - first <= OCCASION_REACH:
        return ""
    return f"'the {word[0]}' names the {word[0]} just told"


# Verbs told both of a happening that goes ("the course opened on Monday") and of who makes it go
# ("the minister opened the course").
_OPENING = frozenset("open close begin start end conclude resume".split())
# Words that end the subject's phrase before the noun ("the talks and the course opened").
_OPENING_BREAKS = frozenset("and or but said told".split())


def _opened_by(a: Event, b: Event) -> str:
    """One verb of :data:`_OPENING` told once with a happening as its subject and once of who did it
    to that happening ("A five-day training course opened here on Monday" ... "Minister Okello
    opened the training course in Gulu on Monday"), the later naming it with "the": one happening
    ('' when not). Not "another", nor a plan and a deed, nor two things opened ("the course opened"
    ... "opened the new clinic")."""
    lemma = _head_lemma(a)
    if lemma not in _OPENING or _head_lemma(b) != lemma or not (_verb_told(a) and _verb_told(b)):
        return ""
    if (a.factuality == "planned") != (b.factuality == "planned") or _another(b) or _another(b, strong=True):
        return ""
    for goes, done in ((a, b), (b, a)):
        opened = _acted_on(done)
        before = _words_before(goes)
        word = opened[-1] if len(opened) >= 2 else ""
        if not word or word not in before or _object_words(goes) or set(opened) & _ANOTHER:
            continue
        # the subject's phrase, from its article: "A five-day training course on water safety"
        at = before.index(word)
        article = [i for i, w in enumerate(before[:at]) if w in _DEFINITE or w in ("a", "an")]
        if not article or (_RELATIVE | _OPENING_BREAKS) & set(before[article[-1] + 1 : at]):
            continue
        # the later names it with "the": "opened the training course", "The course opened"
        definite = opened[0] in _DEFINITE if done is b else before[article[-1]] in _DEFINITE
        if definite:
            return f"'{word}' {goes.predicate.text} ... {done.predicate.text} the {word}: one happening"
    return ""


def _verb_told(event: Event) -> bool:
    """Is a row's trigger told as a verb: not a noun form ("will begin", "to end", "exploded")?"""
    return not _noun_form(event)


def _precedes(first: Event, second: Event) -> bool:
    """Is the first row's trigger before the second's in a sentence they share?"""
    return any(
        (ma.doc, ma.sentence) == (mb.doc, mb.sentence) and ma.end <= mb.start
        for ma in first.mentions
        for mb in second.mentions
    )


# Acts that decide, which "the decision" names again ("the Senate approved the bill" ... "the
# decision by the Senate on Thursday").
_DECIDING_ACTS = frozenset("approve pass adopt vote decide rule reject endorse ratify veto".split())
_DECISION = stem("decision")


def _decision_noun(event: Event) -> bool:
    return _noun_form(event) and [stem(w) for w in _words(event.predicate.text)] == [_DECISION]


def _decision_told(a: Event, b: Event) -> str:
    """ "The decision" of a body that decided, in the article's words, something on the same day
    ("Earlier Thursday, the Peruvian Congress approved a bill" ... "Following the decision by the
    Peruvian Congress on Thursday"): one happening ('' when not). The decider must be named on both
    sides and both placed on the one day by words of their own."""
    for act, noun in ((a, b), (b, a)):
        if _head_lemma(act) not in _DECIDING_ACTS or not _decision_noun(noun) or _another(noun, strong=True):
            continue
        deciders = {r.name for r in noun.actors if r.role == "agent"}
        if not deciders or not any(_same_name(x, y) for x in deciders for y in _doers(act)):
            continue
        if not _same_day(act, noun) or _same_sentence(act, noun):
            continue
        return f"'the {noun.predicate.text}' of {sorted(deciders)[0]} is what it {act.predicate.text}"
    return ""


# Words between two verbs of one sentence that start another clause: what follows tells another
# happening, or the same one at another time or of other people ("attacked the post, which then
# fell", "rose on Monday but fell on Tuesday").
_CLAUSE_WORDS = frozenset(
    "who whom whose which that while but after before when as because since until if then later also "
    "said says told added".split()
)
# At most this many words between two conjoined verbs of one happening.
CONJOINED_GAP = 8


def _conjoined(a: Event, b: Event) -> str:
    """Two verbs of one kind joined by "and" in one sentence with one doer tell one happening
    ("the typhoon intensified further and increased its threat to Luzon", "Ottri denounced the
    crime and condemned those behind it"): '' when they may not. Not verbs of two kinds ("killed
    12 and destroyed 300 houses"), nor of other people or things ("arrested Smith and detained
    Jones"), nor with a clause between them ("attacked the post, which later fell"), nor a plan
    joined to a deed ("signed the accord and agreed to meet again")."""
    if _noun_form(a) or _noun_form(b) or (a.factuality == "planned") != (b.factuality == "planned"):
        return ""
    kind = sorted(kinds(a.predicate.lemma) & kinds(b.predicate.lemma))
    if not kind:
        return ""
    between = _between(a, b)
    if between is None or "and" not in between or len(between) > CONJOINED_GAP or _CLAUSE_WORDS & set(between):
        return ""
    if _words_after(b)[:1] == ["to"] or _words_after(a)[:1] == ["to"]:
        return ""
    agents = [{r.name for r in e.actors if r.role == "agent"} for e in (a, b)]
    patients = [_patients(e) for e in (a, b)]
    for x, y in (agents, patients):
        if x and y and not any(_same_name(p, q) for p in x for q in y):
            return ""
    if not (agents[0] | agents[1]):
        return ""  # a doer named on one side at least
    return f"'{a.predicate.text}' and '{b.predicate.text}': one {kind[0]} in one sentence"


# Verbs that carry a happening named by the event noun they act on, and say no other one
# ("attended the trial", "suffered a defeat", "opened their campaign with a win"): the noun's row
# (GUIDELINES: attending a summit is a mention of the summit; a verb that stages an event noun).
# Verbs of hearing or watching a happening that its audience is at: "listened to the report made by
# the department", "watched the parade", "heard a speech" (the happening is the noun's row; "to" may
# come between for "listen"; not "witness": "the town has witnessed clashes" is a span it lived).
_HEARING = frozenset("listen hear watch".split())
_CARRIERS = (
    frozenset("attend participate suffer record register post clinch secure notch stage hold open vote".split())
    | frozenset({"take part", "go down"})
    | _HEARING
)
# The one preposition that may stand between such a verb and its noun ("agreed in the Aug. 15
# accord", "leaders, meeting at a summit", "would discuss the matter at the meeting"; "to" a
# result: "went down to a defeat"); any other ("into", "after", "for") names another.
_CARRYING = frozenset("in at with during".split())
# Carriers whose happening is their own object, with no word linking them ("held a meeting",
# "staged a protest", "attended the trial"; not "hold its key rates at a meeting").
_OBJECT_CARRIERS = frozenset("hold stage attend".split())
_ARTICLES = frozenset("a an the this that its their his her".split())
# At most this many words between the verb and the noun.
CARRIED_GAP = 7


def _carried(a: Event, b: Event) -> str:
    """A verb and, later in its own clause, the event noun it acts on, of its kind or a verb that
    only carries it (:data:`_CARRIERS`): one happening ("agreed in the Aug. 15 Helsinki peace
    accord", "leaders, meeting at a summit in Brussels", "observers have been attending the trial",
    "voted in the October 15 referendum"), the noun's row. Not what a verb only wished for
    ("called for talks"), nor a noun after another preposition or clause ("a probe into the
    murder", "returned to winning ways after their defeat", "killed 12 and destroyed 300 houses")."""
    for verb, noun in ((a, b), (b, a)):
        if _carries(verb, noun):
            return f"'{verb.predicate.text}' ... '{noun.predicate.text}': the noun it acts on"
    return ""


def _carries(verb: Event, noun: Event) -> bool:
    """Does ``verb`` act on the event noun ``noun`` later in its own clause? (:func:`_carried`; a
    verb told bare after "would" is a verb, a noun in -ing after an article a noun)"""
    if not _verb_told(verb) or not _precedes(verb, noun):
        return False
    trigger = _words(noun.predicate.text)
    hearing = verb.predicate.lemma.lower() in _HEARING
    weak = stem(trigger[0]) in WEAK_STEMS and not kinds(trigger[0]) and not hearing
    if len(trigger) != 1 or weak or _head_lemma(verb) in _WISHING:
        # (a word of a kind is an event noun, though its stem is weak: "accord"; so is what an
        # audience heard: "listened to the report")
        return False
    by_kind = bool(kinds(verb.predicate.lemma) & _kinds(noun))
    if not (by_kind or _carrier(verb) in _CARRIERS):
        return False
    between = _between(verb, noun)
    if between is None or len(between) > CARRIED_GAP or (_CLAUSE_WORDS | {"and", "or"}) & set(between):
        return False
    if not _noun_form(noun) and not (trigger[0].endswith("ing") and _after_article(between)):
        return False  # a noun, or one in -ing after an article ("discuss the matter at the meeting")
    linking = [w for w in between if w in _PHRASE_END]
    if linking and not by_kind and _carrier(verb) in _OBJECT_CARRIERS:
        return False  # "was expected to hold its key rates at a meeting": it holds the rates
    # a result is reached "to": "went down to a 21-13 defeat"
    listened = verb.predicate.lemma.lower() == "listen"
    carrying = _CARRYING | {"to"} if "contest" in _kinds(noun) or listened else _CARRYING
    return len(linking) <= 1 and not set(linking) - carrying


def _after_article(words: list[str]) -> bool:
    """Do the words before a word in -ing end on its article, with nothing but its modifiers
    after it ("at the meeting", "at an emergency meeting", "during the cabinet meeting"; not "of
    boosting", "the plan for boosting")?"""
    for word in reversed(words[-3:]):
        if word in _ARTICLES:
            return True
        if word in _PHRASE_END or word in _CLAUSE_WORDS or not word.isalpha():
            return False
    return False


def _carrier(verb: Event) -> str:
    """A verb row's lemma as :data:`_CARRIERS` names it: "take part" for a row on "take" followed by
    "part" ("will take part in a meeting on Tuesday")."""
    lemma = verb.predicate.lemma.lower()
    return "take part" if lemma == "take" and _words_after(verb)[:1] == ["part"] else lemma


def _carried_keys(event: Event) -> tuple[str, ...]:
    """Keys that bring a verb and an event noun it may act on (:func:`_carries`) together: the
    noun's own word, the words within reach after the verb."""
    own = tuple(f"#carries {stem(w)}" for w in _words(event.predicate.text)[:1])
    taking_part = _carrier(event) == "take part"
    if _noun_form(event) and not taking_part:
        return own  # (a verb told bare after "will" is a verb: "will attend a formal dinner")
    if _carrier(event) not in _CARRIERS and not kinds(event.predicate.lemma):
        return ()  # no verb that may carry a noun's happening
    # a noun in -ing ("a meeting on Tuesday") is carried by its own word as well
    own = own if event.predicate.text.lower().endswith("ing") and not taking_part else ()
    # (what an audience heard may be a word common elsewhere: "listened to the report")
    common = frozenset() if event.predicate.lemma.lower() in _HEARING else _COMMON
    return own + tuple(
        f"#carries {stem(w)}"
        for w in _words_after(event)[: CARRIED_GAP + 1]
        if len(w) >= 3 and w not in common | _PHRASE_END | _SUBJECT_FILLER | _DETERMINERS
    )


def _between(a: Event, b: Event) -> list[str] | None:
    """The words between the triggers of two rows told in one sentence (in text order), or None
    when they are not in one sentence or overlap. Of a row's several mentions in the sentence, the
    nearest pair tells ("participated at the Expo held in Harare": Expo, held)."""
    pairs = [
        (ma, mb) if ma.start < mb.start else (mb, ma)
        for ma in a.mentions
        for mb in b.mentions
        if (ma.doc, ma.sentence) == (mb.doc, mb.sentence)
    ]
    if not pairs:
        return None
    first, last = min(pairs, key=lambda pair: abs(pair[1].start - pair[0].end))
    if first.end > last.start:
        return None
    # the sentence's own offset: where both triggers sit as the text gives them
    for at in _offsets(first.text, first.trigger):
        origin = first.start - at
        if first.text[last.start - origin : last.end - origin] == last.trigger:
            return _words(first.text[first.end - origin : last.start - origin])
    return None


def _offsets(text: str, word: str) -> list[int]:
    found, at = [], text.find(word)
    while at >= 0 and word:
        found.append(at)
        at = text.find(word, at + 1)
    return found


# An arrival and the visit it starts are two rows (GUIDELINES, 4th batch), though of one kind.
_ARRIVALS = frozenset(stem(w) for w in ("arrive", "arrival"))


def _arrival_and_stay(a: Event, b: Event) -> frozenset[str]:
    """The kind two rows share only as an arrival and the stay it starts ("arrived in Oslo on
    Monday" ... "Costa is visiting Norway for the first time"): {'visit'}, or none."""
    arriving = [stem(e.predicate.lemma) in _ARRIVALS for e in (a, b)]
    return frozenset({"visit"}) if arriving[0] != arriving[1] else frozenset()


def _other_subject(a: Event, b: Event) -> bool:
    """Does b's verb have a subject of its own ("the rebel forces agreed") where a names who did
    it? A description that names nobody is not a's doers: two happenings of one kind. (Not the
    subject of a passive: "the missiles were fired" is what a's doers fired; nor the noun of a
    passive without its "was": "the agreement signed Thursday".)"""
    if not _doers(a) or _doers(b) or _noun_form(b) or not _description(b):
        return False
    words = _words(b.summary)
    trigger = _words(b.predicate.text)[:1]
    at = words.index(trigger[0]) if trigger and trigger[0] in words else 0
    return not (_PASSIVE_BE & set(words[max(0, at - 3) : at])) and not _participle_on(b, a)


_PASSIVE_BE = frozenset("is are was were be been being".split())

# Words of a subject that say nothing of who or what it is ("some of the", "its", "there"),
# besides auxiliaries, determiners and relative words.
_SUBJECT_FILLER = frozenset(
    """a an and or but of in on at to for from with by as some all any each both few several many
    most more other others one he she it they we you i him them us his her their our your who
    there here then however meanwhile also earlier later only just still even not no into onto
    through over under across against about among between upon near off out up down""".split()
)


def _subject_words(event: Event) -> set[str]:
    """The words of a verb row's summary before its verb that say who or what did or underwent it
    ("The choppers fired": choppers; "some people fired": people), stemmed; none for a noun row."""
    text, lemma = event.predicate.text.lower(), event.predicate.lemma.lower()
    if _noun_form(event) or text == lemma and lemma.endswith("ing"):
        return set()  # a noun row ("the talks", "The New York meeting ended"): no subject of its own
    return {
        stem(w)
        for w in _words_before(event)
        if len(w) >= 3
        and w not in _SUBJECT_FILLER | _AUXILIARIES | _DETERMINERS | _RELATIVE
        and not w.endswith("ly")
        and not _says_nothing(w)
    }


def _subjects_apart(a: Event, b: Event) -> bool:
    """Are two verbs of one stem told of two subjects named in no word alike, with no count nor
    thing acted on in common ("some people fired into the air" ... "The choppers fired into the
    crowd"; "exporters lost ground" ... "the Nikkei Stock Average lost 152.68 points")? Then the verb
    alone does not make them one happening. Not in the passive, whose subject is who underwent it,
    told by a description and by a name ("a third paratrooper was arrested" ... "The officer was
    arrested"), nor when one names no subject ("he said"), nor "10 soldiers died" ... "troops
    killed 10", nor when the later names the earlier's subject again in a shorter word ("A
    businessman later died" ... "The man died in hospital")."""
    if _passive(a) or _passive(b) or _participle_on(a, b) or _participle_on(b, a):
        # "a US serviceman has been arrested" ... "Sergeant Matlock was arrested": one told two ways;
        # so is the passive without its "was" ("signed a deal" ... "the agreement signed Thursday")
        return False
    sa, sb = _subject_words(a), _subject_words(b)
    if not sa or not sb or _shares_in_common(a, b, sa, sb) or _named_again(a, b):
        return False
    if _numbers(a) & _numbers(b) or _told_after(a) & _told_after(b):
        return False  # "diagnosed his illness as pneumonia" ... "the case was diagnosed as pneumonia"
    return not _shared_doer(a, b)


# Words a market's move is told of, whoever's stock it is ("Oil stocks rose" ... "Shell shares rose")
_STOCK_WORDS = frozenset(stem(w) for w in "share shares stock stocks".split())


def _shares_in_common(a: Event, b: Event, sa: set[str], sb: set[str]) -> bool:
    """Do two subjects share a word that says what they are? Not "shares" alone when one side names
    a company the other does not ("Drinks shares fell" ... "Diageo shares fell by 5 pence": a
    group's move and one stock's, two rows)."""
    shared = sa & sb
    if not shared:
        return False
    if shared <= _STOCK_WORDS and sa - shared and sb - shared and _named_in(a, sa) != _named_in(b, sb):
        return False
    return True


def _named_in(event: Event, subject: set[str]) -> bool:
    """Does the subject (its stemmed words) name one of the row's actors, in one word of its name at
    least ("Shares in British Petroleum": British Petroleum)?"""
    return any(
        r.role != "source" and any(len(w) >= 3 and stem(w) in subject for w in _words(r.name)) for r in event.actors
    )


def _by_age(a: Event, b: Event) -> bool:
    """Is the later verb's whole subject an age ("The 35-year-old confessed to failing"), the earlier
    one's subject giving no age of its own? Then it is the one who did it, told again: with no day
    of its own, the later mention is the happening told ("The woman bomber confessed on Sunday")."""
    return _aged_again(a, b) and not _passive(a)


def _aged_again(a: Event, b: Event) -> bool:
    """Is the later subject "the" and an age ("The 35-year-old"), the earlier subject giving no age of
    its own ("the 40-year-old Smith confessed" ... "the 35-year-old confessed": another)?"""
    return _words_before(b) == ["the", "year", "old"] and "year" not in _words_before(a)


def _taken_up(a: Event, b: Event) -> str:
    """The words that take up again, with "the", the whole subject the earlier mention brought in
    with "a" ("a defense lawyer ejected" ... "the defense lawyer Badie Aref be ejected": the defense
    lawyer); '' when the later subject is not that one."""
    first, later = _words_before(a), _words_before(b)
    if len(first) < 2 or first[0] not in ("a", "an") or later[:1] != ["the"]:
        return ""
    noun = first[1:]
    if later[1 : len(noun) + 1] != noun or not any(len(w) >= 4 and w not in _COMMON for w in noun):
        return ""
    return " ".join(["the", *noun])


def _named_again(a: Event, b: Event) -> bool:
    """Is the later verb's whole subject "the" and a noun that ends a word of the earlier subject
    ("A businessman later died" ... "The man died in hospital"; "a policewoman" ... "the woman"),
    or "the" and an age ("the 35-year-old")? Then it refers back to the one the article just told
    of, in a shorter word."""
    if _aged_again(a, b):
        return True  # "The 35-year-old confessed": the person told of, by an age
    before = _words_before(b)
    if len(before) != 2 or before[0] != "the" or len(before[1]) < 3:
        return False
    noun = before[1]
    # (not "the man" of "a policewoman")
    return any(w != noun and w.endswith(noun) and not w.endswith("wo" + noun) for w in _words_before(a))


def _told_after(event: Event) -> set[str]:
    """The content words right after a verb row's trigger (what it acted on, how), stemmed."""
    return {
        stem(w)
        for w in _words_after(event)[:6]
        if len(w) >= 3 and w not in _SUBJECT_FILLER | _DETERMINERS and not _says_nothing(w)
    }


def _shared_doer(a: Event, b: Event) -> bool:
    return any(_same_name(x, y) for x in _doers(a) | _patients(a) for y in _doers(b) | _patients(b))


def _through_what_they_name(a: Event, b: Event, how: str, *, same_stem: bool, description: list[str]) -> str:
    """An undated mention, or other words, join through what they name, not through a verb alone:
    the people, a place (not a whole country), or, to a dated one, the thing it happened to ("The
    quarantine of the farm was lifted on Wednesday" ... "the quarantine was lifted"), or the day
    ("began the discussions Wednesday" ... "the talks on Wednesday", "Wednesday's meeting": other
    words of one kind on the day the one told took place, naming nobody, refer back to it)."""
    if _same_sentence(a, b):
        return ""  # one sentence's words are shared by all its clauses
    where = _common_place(a, b)
    if where:
        return how + f", both in {where}"
    taken_up = _taken_up(a, b) if same_stem else ""
    if taken_up:
        return how + f", '{taken_up}' is the one it was told of"
    again = _thing_named_again(a, b)
    if again:
        return how + f", '{again}' names again what it was about"
    if not (a.date.earliest or b.date.earliest):
        return ""
    if (
        not same_stem
        and not _doers(b)
        and description[-1:] == _words(b.predicate.text)[:1]
        and not _own_party_apart(a, b)
    ):
        named = len(description) == 2 and _named_by(a, description[-1])
        if _same_day(a, b) or _story_day(a, b) and (named or _lead_named(a, description)):
            return how + f", '{' '.join(description)}' the same day refers back to it"
        if _named_by(a, description[-1]) and _day_of_the_news(a, b):
            return how + f", '{' '.join(description)}' {_NEWS_DAY_TOLD}"
        # a bare "the" noun of its kind with no day nor doer of its own names the one the article
        # dated by its own words ("the Oct. 29 bombings" ... "the mind behind the blasts that killed 60")
        if named and b.date.earliest is None and a.date.resolution in ("absolute", "relative") and _noun_form(b):
            return how + f", undated '{' '.join(description)}' refers back to it"
    day = sorted(_named_days(a) & _named_days(b))
    if day:
        return how + f", both of {day[0][0]}/{day[0][1]}"
    word = _shared_word(a, b) if not (same_stem and _objects_differ(a, b)) else ""
    if word:
        return how + f", both of the {word}"
    number = sorted(_numbers(a) & _numbers(b))
    return how + f", both of {number[0]}" if number else ""


def _own_party_apart(a: Event, b: Event) -> bool:
    """Does the noun b's "the" names the happening by say, in its own "of" phrase, who or what took
    part, a word the earlier row and its sentence never use ("the pullout of six pro-Syrian
    ministers" after "Syria withdrawing its troops from Lebanon": the ministers' walkout, not the
    troops'; not "the pullout of its troops", "the killing of Smith" after "Smith was shot")? Then
    it is no back-reference: the phrase names its own participant."""
    after = _words_after(b)
    if after[:1] != ["of"] or not _noun_form(b):
        return False
    phrase: list[str] = []
    for word in after[1:]:
        if word in _PHRASE_END:
            break
        phrase.append(word)
    head = phrase[-1] if phrase else ""
    if len(head) < 3 or head in _ANY_PRONOUN:
        return False
    told = {w for text in (a.summary, *(m.text for m in a.mentions)) for w in _words_of(text)}
    return head not in told and stem(head) not in {stem(w) for w in told}


def _thing_named_again(a: Event, b: Event) -> str:
    """The phrase with "the" by which b names again what a's happening was about, in the part it
    plays in a (" 'the quake' struck at 1:24 p.m." after "A strong earthquake rocked Japan"; "they
    stormed 'the residence'" after "troops stormed the ambassador's residence"): its head noun is the
    head of a's subject or of what a's verb acted on, or a word of one kind with it (quake,
    earthquake). A doer named again ("the rebels attacked ...") tells the happening again only when
    what each acted on agrees; '' when b names nothing of a's again."""
    subject, acted = _phrase_named(_words_before(b)), _phrase_named(_object_phrase(b))
    if subject:
        heads = _heads(_words_before(a))
        if _passive(b):
            heads |= _heads(_object_phrase(a))
        head = subject[-1]
        if _happening_word(head, a, b) and _same_head(head, heads):
            return " ".join(subject)  # "the quake struck ...": the happening itself
        if (head in heads or stem(head) in heads) and _acts_alike(a, b):
            return " ".join(subject)  # "The party withdrew support": its doer, acting on the same
    if not acted or not _no_other_doer(a, b):
        return ""
    if _same_head(acted[-1], _heads(_object_phrase(a)) | (_heads(_words_before(a)) if _passive(a) else set())):
        return " ".join(acted)
    return ""


_PRONOUNS = frozenset("he she it we they i you".split())
# ... and in any other case ("the pullout of them", "the killing of his")
_ANY_PRONOUN = _PRONOUNS | frozenset("him her them us me its their his".split())


def _no_other_doer(a: Event, b: Event) -> bool:
    """Is b's subject a pronoun, or words a's own subject holds ("they stormed the residence" after
    "Troops stormed the ambassador's residence"; not "Lithuania is aiming to adopt the single
    currency" after "Latvia ... to adopt the European Union's common currency")?"""
    text = _summary_before_trigger(b)
    if text is None:
        return False
    before = _words(_CLAUSE_BREAK.split(text)[-1])
    own = set(_words_before(a))
    return all(w in _PRONOUNS or w in own or w in _AUXILIARIES for w in before)


def _phrase_named(words: Sequence[str]) -> list[str]:
    """The words when they are a whole phrase with "the" or "this" and one to three words more, the
    last a noun news does not use for everything ("the quake", "the residence"; not "the police")."""
    words = [w for w in words if w != "s"]  # "the district assistant's office"
    if not 2 <= len(words) <= 4 or words[0] not in ("the", "this", "these") or _not_the_one(words[1:]):
        return []
    head = words[-1]
    return list(words) if len(head) >= 4 and head not in _COMMON and head not in ROLE_HEADS else []


def _not_the_one(words: Sequence[str]) -> bool:
    """Do words after "the" make it another one, or no thing at all ("the previous raid", "the same")?"""
    return any(w in _NOT_THE_ONE or w in _ANOTHER or w in _AUXILIARIES or w in _RELATIVE or w == "same" for w in words)


def _object_phrase(event: Event) -> list[str]:
    """What a verb's row acted on, to the end of its phrase (no window: "stormed the Japanese
    ambassador's residence Tuesday")."""
    text = event.summary.casefold()
    trigger = _words(event.predicate.text)
    found = re.search(rf"\b{re.escape(trigger[-1])}\b", text) if trigger else None
    if found is None:
        return []
    after = _words(_CLAUSE_BREAK.split(text[found.end() :], 1)[0])  # "the office, 11 kilometres west"
    for i, word in enumerate(after):
        if word in _PHRASE_END:
            return after[:i]
    return after


_CLAUSE_BREAK = re.compile(r"[,;:()\"“”]| -- ")


def _heads(words: Sequence[str]) -> set[str]:
    """The nouns a phrase may be headed by: its words, their stems and their kinds."""
    out = {w for w in words if len(w) >= 3 and w not in _COMMON and w not in _DETERMINERS}
    return out | {stem(w) for w in out} | {f"#{k}" for w in out for k in kinds(w)}


def _same_head(head: str, heads: set[str]) -> bool:
    return head in heads or stem(head) in heads or any(f"#{k}" in heads for k in kinds(head))


def _happening_word(head: str, a: Event, b: Event) -> bool:
    """Is the head a word of the kind both verbs tell ("the quake struck" of "an earthquake
    rocked"; not "the blast destroyed a car", another happening the blast brought about)?"""
    return bool(kinds(head) & kinds(b.predicate.lemma) & _kinds(a))


def _acts_alike(a: Event, b: Event) -> bool:
    """Do two rows of one doer act on one thing ("withdrew support" ... "withdrew support from the
    Front"), or does the later act on nothing named?"""
    oa, ob = _heads(_object_phrase(a)), [w for w in _object_phrase(b) if w not in _DETERMINERS and w not in _ARTICLES]
    return not ob or any(_same_head(w, oa) for w in ob)


_DAY_NAMED = re.compile(r"\b([A-Za-z]{3,9})\.?\s+(\d{1,2})\b")


def _named_days(event: Event) -> set[tuple[int, int]]:
    """The days (month, day) a row's description names right before its trigger ("the Dec. 15
    election", "the Dec. 15 parliamentary elections": 12/15)."""
    words = _words_before(event)
    if not words or words[0] not in _DEFINITE:
        return set()
    text = (
        event.summary[: event.summary.casefold().find(_words(event.predicate.text)[0])]
        if _words(event.predicate.text)
        else ""
    )
    return {
        (MONTHS[m.group(1).casefold()], int(m.group(2)))
        for m in _DAY_NAMED.finditer(text)
        if m.group(1).casefold() in MONTHS
    }


def _objects_differ(a: Event, b: Event) -> bool:
    """Do two verbs of one stem act on things named in no word alike ("the striker's shot hit the
    bar" ... "Reyes hit a curling shot": the bar, a shot)? Then a word both use elsewhere (shot)
    does not make them one happening."""
    oa, ob = _object_words(a), _object_words(b)
    return bool(oa and ob) and not oa & ob


def _object_words(event: Event) -> set[str]:
    """The content words of the phrase right after a row's trigger, read as a verb even where
    :func:`_noun_form` takes it for a noun ("hit the bar": bar)."""
    after = _words_after(event)[:4]
    if not after or after[0] not in _DETERMINERS and after[0] not in ("a", "an"):
        return set()  # no thing acted on: "dropped sharply", "obtained from members"
    for i, word in enumerate(after):
        if word in _PHRASE_END:
            after = after[:i]
            break
    words = {w for w in after if w not in _DETERMINERS and w not in ("a", "an")}
    return set() if words & _TIME_WORDS else words  # "will start this month": when, not what


# Words of a time told right after a verb ("start this month", "ended that night").
_TIME_WORDS = (
    frozenset(MONTHS)
    | frozenset(WEEKDAYS)
    | frozenset("day days week weeks month months year years morning afternoon evening night weekend time".split())
)


# Number words of a count ("Nineteen Palestinians were killed" ... "the killing of 19 Palestinians").
_COUNTS = SMALL_NUMBERS | TENS
_TENS = frozenset(TENS.values())
# Words next to a number that make it a day, a year or an hour, no count of what happened.
_NOT_A_COUNT = frozenset(MONTHS) | frozenset({"sept", "a", "p", "am", "pm", "gmt", "hours"})


def _numbers(event: Event) -> set[int]:
    """The counts a summary gives, in digits or words ("sentenced to 14 years", "Nineteen
    Palestinians"; not one, nor a day of a month, a year or an hour: "on December 9", "in 2005",
    "at 10 a.m.")."""
    words = re.findall(r"[a-z]+|\d[\d,]*(?:\.\d+)?", event.summary.casefold())
    found = set()
    for i, word in enumerate(words):
        if word[0].isdecimal():
            if "." in word:
                continue
            value = int(word.replace(",", ""))
            if 1000 <= value <= 2999 and "," not in word:
                continue  # a year
        elif word in _COUNTS:
            if i and words[i - 1] in _COUNTS and _COUNTS[words[i - 1]] in _TENS and 0 < _COUNTS[word] < 10:
                continue  # the "two" of "Twenty-two", counted with its tens
            value = _COUNTS[word]
            if value in _TENS and i + 1 < len(words) and 0 < _COUNTS.get(words[i + 1], 0) < 10:
                value += _COUNTS[words[i + 1]]  # "Twenty-two civilians": 22
        else:
            continue
        near = set(words[max(0, i - 1) : i]) | set(words[i + 1 : i + 2])
        if value > 1 and not near & _NOT_A_COUNT:
            found.add(value)
    return found


# Verbs whose object is a happening wished for, not one that took place ("called for talks").
_WISHING = frozenset("call urge demand seek propose want plan threaten ask request suggest push press".split())
# Words that end the phrase a verb acts on.
_PHRASE_END = frozenset("of to in on at for from with by as after before since during and or but".split())


def _acted_on(event: Event) -> list[str]:
    """The words of the phrase a verb's row acts on, right after its trigger ("announced the
    suspension of classes": the, suspension; "opened a high-level conference": a, high, level,
    conference); [] for a noun row."""
    words = _words(event.summary)
    trigger = _words(event.predicate.text)
    if not trigger or trigger[-1] not in words or _noun_form(event):
        return []
    after = words[words.index(trigger[-1]) + 1 :][:4]
    for i, word in enumerate(after):
        if word in _PHRASE_END:
            return after[:i]
    return after


def _told_again(a: Event, b: Event) -> str:
    """Why b, a happening named by a definite noun and nobody else ("The suspension was issued",
    "Monday's conference came on the heels of ..."), is the one a's verb acted on ("announced the
    suspension of classes", "opened a conference"): '' when it is not, or a only wished for it
    ("called for talks")."""
    if _head_lemma(a) in _WISHING or _doers(b) or _another(b) or _same_sentence(a, b):
        return ""
    if a.factuality not in _TOLD_AS_REAL:
        return ""  # only the purpose of another act: "a move to fend off a strike" ... "the strike began"
    description = _description(b)
    trigger = _words(b.predicate.text)[:1]
    if len(trigger) != 1 or description[-1:] != trigger or not _noun_form(b):
        return ""
    if stem(trigger[0]) in WEAK_STEMS or stem(trigger[0]) not in {stem(w) for w in _acted_on(a)}:
        return ""
    return f"'{' '.join(description)}' is what '{a.predicate.text}' told"


def _made_again(a: Event, b: Event) -> str:
    """Why b, a's own verb in the passive with "the" and the noun a's verb acted on as its subject
    ("Macquarie Bank made a formal cash offer" ... "Thursday's offer was made before the deadline"),
    tells a's happening again, light as the verb may be: '' when it does not (another doer named,
    "another offer was made")."""
    if _head_lemma(a) != _head_lemma(b) or _doers(b) or _another(b) or _same_sentence(a, b):
        return ""
    description = _description(b)
    if len(description) != 2 or description[0] != "the" or description[1] not in _acted_on(a):
        return ""
    if not _passive(b) and not _reduced_participle(b, description[-1]):
        return ""
    return f"'{' '.join(description)}' {b.predicate.text}: what '{a.predicate.text}' told"


# Words that may follow a participle that hangs on its noun with no object of its own: a phrase's
# first word, or a time ("The suit filed Friday", "the offer made last week").
_AFTER_PARTICIPLE = (
    _PHRASE_END
    | frozenset(WEEKDAYS)
    | frozenset(MONTHS)
    | frozenset("last late early earlier this yesterday today".split())
)


def _reduced_participle(event: Event, noun: str) -> bool:
    """Is a row's verb a past participle right after the noun it was done to, with no object of
    its own ("The suit filed in a Miami court Friday", "the offer made last week": the passive
    without its "was"; not "the offer made headlines", nor a present participle)?"""
    words = _words(event.summary)
    trigger = _words(event.predicate.text)
    if len(trigger) != 1 or trigger[0] not in words or _noun_form(event):
        return False
    at = words.index(trigger[0])
    if at == 0 or words[at - 1] != noun or trigger[0] == event.predicate.lemma.lower():
        return False
    if trigger[0].endswith(("ing", "s")):
        return False
    return at + 1 == len(words) or words[at + 1] in _AFTER_PARTICIPLE


# Verbs that tell what a happening named as their subject is about or how it goes, not another
# happening ("The talks will focus on fishing rights", "the negotiations are expected to last a decade").
_ABOUT = frozenset("focus concentrate cover address deal discuss review examine mark aim tackle last".split())
# Verbs that name who ran or joined a happening named as their subject ("The exhibition was organized
# by the embassy", "the fair was attended by 400 companies"): its participants, not another happening.
_RUN_BY = frozenset("organize organise host sponsor cosponsor chair attend".split())
# Verbs that tell, in the passive, what brought a happening about ("The fire was caused by a short
# circuit", "the rise was driven by a poor harvest"); in the active what it brought about is another
# happening ("The fire caused a power cut").
_CAUSED_BY = frozenset("cause trigger spark drive prompt fuel".split())
# Verbs whose subject is a happening, named even without "the" ("An international trade fair opened").
_TOOK_PLACE = frozenset("open begin start close end conclude kick occur happen hold".split())
# Words that single out one of several ("the largest temblor", "the biggest rally"): maybe not the one told.
_ONE_OF_SEVERAL = frozenset(
    "largest biggest strongest smallest worst best greatest deadliest heaviest highest lowest longest".split()
)
# Words between such a subject and its verb ("the talks are expected to last", "will formally mark").
_BETWEEN = frozenset("to expected due set likely going".split())


def _subject_named(event: Event, *, definite: bool = True) -> list[str]:
    """The definite noun phrase right before a row's verb, if it names a thing ("The two-day talks
    to begin", "the negotiations are expected to last": the, negotiations); [] when there is none.
    ``definite=False``: an indefinite one too ("An international trade fair opened")."""
    words = _words(_without_new_names(event.summary))
    trigger = _words(event.predicate.text)[:1]
    if not trigger or trigger[0] not in words:
        return []
    named = words[: words.index(trigger[0])]
    verb = not _noun_form(event)  # "focused"; "focus" is a verb after "will", "to"
    while named and (named[-1] in _BETWEEN or named[-1] in _AUXILIARIES or named[-1].endswith("ly")):
        verb = True
        named.pop()
    if (
        verb
        and 2 <= len(named) <= 4
        and (named[0] in _DEFINITE or not definite and named[0] in ("a", "an"))
        and not (_RELATIVE | _NOT_THE_ONE | _ANOTHER | _ONE_OF_SEVERAL) & set(named)
    ):
        return named
    return []


def _names_of(event: Event) -> set[str]:
    """The stems a row names its happening by: its trigger's, and the noun a verb tells of ("the
    talks to begin on Tuesday": talk), or says took place ("An international trade fair opened":
    fair; not "A woman was injured": woman)."""
    subject = _subject_named(event, definite=_head_lemma(event) not in _TOOK_PLACE)
    return {stem(w) for w in _words(event.predicate.text)[:1]} | {stem(w) for w in subject[-1:]}


def _told_about(a: Event, b: Event) -> str:
    """Why b, a verb that says what a happening is about or how it goes (:data:`_ABOUT`), who ran
    or joined it (:data:`_RUN_BY`) or, in the passive, what brought it about (:data:`_CAUSED_BY`),
    with that happening as its subject in a's word or of a's kind ("The talks will focus on ...",
    "the negotiations are expected to last ...", "The exhibition was organized by the embassy",
    "The fire was caused by a short circuit"), tells a's happening, not another: '' when it does not."""
    verb = _head_lemma(b)
    if verb not in _ABOUT | _RUN_BY | _CAUSED_BY or _another(b) or verb in _CAUSED_BY and not _passive(b):
        return ""
    subject = _subject_named(b)
    if not subject:
        return ""
    if verb not in _RUN_BY and not all(any(_same_name(x, y) for y in _doers(a)) for x in _doers(b)):
        return ""  # those who ran or joined it may be named here only
    head = subject[-1]
    # who ran it or what caused it is told of the happening itself, not of a thing or person it
    # befell ("A woman was injured ..." ... "The woman was attended by paramedics")
    names = _names_of(a) if verb in _ABOUT else _happening_names(a)
    if stem(head) in names - WEAK_STEMS or kinds(head) & _kinds(a):
        return f"'{' '.join(subject)}' {b.predicate.text}: told of the happening"
    return ""


# Verbs of joining an occasion, with the words that must follow them before the occasion is named
# ("will attend the summit", "took part in the talks", "is expected to chair the talks", "will lead
# the delegation to the talks"): who joins it is one of its actors, the joining a mention of it
# (GUIDELINES, decisions of the fourth batch: attending a summit is a mention of the summit's row).
_JOINING = {
    "attend": (),
    "chair": (),
    "join": (),
    "participate": ("in",),
    "take": ("part", "in"),
    "lead": ("delegation",),
}
# How many words after a joining verb (and the words it needs) the occasion may be named within,
# and how many words may stand between "the" and the occasion's noun ("the upcoming missile talks").
_JOIN_REACH = 6
_OCCASION_WORDS = 3


def _occasion_joined(event: Event) -> str:
    """The noun of the occasion a row's verb joins, named with "the" as one told already ("Mandela
    is expected to chair the talks": talks; "will lead the US delegation to the upcoming talks"),
    else ''."""
    verb = _head_lemma(event)
    needed = _JOINING.get(verb)
    if needed is None and _noun_form(event):
        return _joined_as_noun(event)
    if needed is None or not _verb_told(event):
        return ""
    after = [w for w in _words_after(event)[: _JOIN_REACH + 4] if w not in ("also", "not")]
    if verb == "take" and _words(event.predicate.text)[1:2] == ["part"]:
        after, needed = after[1:], ("in",)
    for word in needed:
        if word not in after[: _JOIN_REACH - 2]:
            return ""
        after = after[after.index(word) + 1 :]
    if verb == "lead":
        after = after[1:] if after[:1] in (["to"], ["at"]) else []
    if after[:1] != ["the"]:
        return ""
    named = after[1 : 1 + _OCCASION_WORDS + 1]
    for i, word in enumerate(named):
        if word in _PHRASE_END or word in _RELATIVE:
            named = named[:i]
            break
    if (_ANOTHER | _NOT_THE_ONE) & set(named):
        return ""  # "the next talks", "the second round": not the one told
    return named[-1] if named else ""


# The forms of the joining verbs as a summary writes them
_JOIN_FORMS = {
    form: lemma
    for lemma, forms in {
        "attend": "attend attends attended attending",
        "chair": "chair chairs chaired chairing",
        "join": "join joins joined joining",
        "participate": "participate participates participated participating",
        "take": "take takes took taken taking",
        "lead": "lead leads led leading",
    }.items()
    for form in forms.split()
}
# How far back from "to" a delegation and the verb that leads it may stand ("will lead the US
# delegation to the talks")
_DELEGATION_REACH = 4


def _joined_as_noun(event: Event) -> str:
    """The occasion's noun of a row anchored on it, which a joining verb only carries ("is expected
    to chair the talks", "took part in the talks", "will lead the delegation to the upcoming talks":
    talks), else ''."""
    trigger = _words(event.predicate.text)[:1]
    before = _words_before(event)
    if not trigger:
        return ""
    k = len(before) - 1
    while k >= 0 and before[k] != "the" and len(before) - 1 - k < _OCCASION_WORDS:
        k -= 1
    if k < 1 or before[k] != "the" or (_ANOTHER | _NOT_THE_ONE) & set(before[k + 1 :]):
        return ""
    verb = before[:k]
    last = verb[-1]
    if _JOIN_FORMS.get(last) in ("attend", "chair", "join"):
        return trigger[0]
    if (
        last == "in"
        and len(verb) >= 2
        and (
            _JOIN_FORMS.get(verb[-2]) == "participate"
            or verb[-2:-1] == ["part"]
            and len(verb) >= 3
            and _JOIN_FORMS.get(verb[-3]) == "take"
        )
    ):
        return trigger[0]
    near = verb[-_DELEGATION_REACH - 1 :]
    if last in ("to", "at") and "delegation" in near and any(_JOIN_FORMS.get(w) == "lead" for w in near):
        return trigger[0]
    return ""


# What a chronology lists as real or to come; a purpose or a wish joins no occasion.
_TOLD_AS_REAL = frozenset({"asserted", "reported", "planned"})


def _joined(a: Event, b: Event) -> str:
    """Why one row joins the occasion the other tells, named as its word or one of its kind
    (:func:`_occasion_joined`: "The two leaders will meet on Friday for talks" ... "Mandela is
    expected to chair the talks"): one happening, '' when not."""
    if not {a.factuality, b.factuality} <= _TOLD_AS_REAL:
        return ""  # "flew to Dhaka to attend the summit": a purpose, no mention of the summit
    for joiner, occasion in ((b, a), (a, b)):
        word = _occasion_joined(joiner)
        if (
            not word
            or _occasion_joined(occasion)
            or (joiner.factuality == "planned") != (occasion.factuality == "planned")
        ):
            continue
        if stem(word) in _happening_names(occasion) - WEAK_STEMS or kinds(word) & _kinds(occasion):
            return f"'{joiner.predicate.text} ... {word}': joins the occasion"
    return ""


def _happening_names(event: Event) -> set[str]:
    """The stems a row names the happening itself by: its trigger's, and the subject of a verb
    that says it took place ("An international trade fair opened": fair)."""
    names = {stem(w) for w in _words(event.predicate.text)[:1]}
    if _head_lemma(event) in _TOOK_PLACE:
        names |= {stem(w) for w in _subject_named(event, definite=False)[-1:]}
    return names


def _passive(event: Event) -> bool:
    """Is a row's verb told in the passive ("was caused by", "has been organized")?"""
    words = _words(event.summary)
    trigger = _words(event.predicate.text)[:1]
    if not trigger or trigger[0] not in words or _noun_form(event):
        return False
    before = [w for w in words[: words.index(trigger[0])] if not w.endswith("ly")]
    return bool(before) and before[-1] in _PASSIVE_BE


def _participle_on(event: Event, other: Event) -> bool:
    """Is a row's verb a past participle right after the noun it was done to, that noun what the
    other row's verb acted on or a word of one kind with it ("signed a deal" ... "the agreement
    signed Thursday": the passive without its "was")? The noun then names what underwent it, not
    who did it. (Not "the index rose to 1,380": nothing the other acted on comes before it.)"""
    words = _words(event.summary)
    trigger = _words(event.predicate.text)[:1]
    if not trigger or trigger[0] not in words:
        return False
    at = words.index(trigger[0])
    if at == 0 or not _reduced_participle(event, words[at - 1]):
        return False
    acted = _heads(_object_phrase(other))
    return bool(acted) and _same_head(words[at - 1], acted)


def _guessed_day(a: Event, b: Event) -> str:
    """Why two rows whose dates differ still tell one happening: one only took the day of the story
    around it (``inferred``), and the other tells the same happening to the same one with a date of
    its own ("Police arrested Dar on Nov. 10" ... "Dar was arrested"), or it is the happening a verb
    of the other acted on (:func:`_told_again`): the guess gives way.
    Never across two dates the text gives, nor through other words or a figure alone."""
    if "inferred" not in (a.date.resolution, b.date.resolution) or a.date.resolution == b.date.resolution:
        return ""
    if _named_long_after(a, b) or _named_long_after(b, a):
        return ""
    told_again = _told_again(a, b)
    if told_again:
        return told_again + ", its guessed day gives way to the one told"
    if _is_statement(a) or _is_statement(b) or _same_sentence(a, b):
        return ""
    word = stem(a.predicate.lemma)
    if not word or word in WEAK_STEMS or word != stem(b.predicate.lemma):
        return ""
    if (a.factuality == "planned") != (b.factuality == "planned") or _another(b):
        return ""
    if _the_one_told(a, b):
        return _same_kind(a, b) + f", '{' '.join(_description(b))}' refers back to it, its guessed day gives way"
    if not any(_same_name(x, y) for x in _patients(a) for y in _patients(b)):
        # the one it happened to, named on both sides: a doer alone does the same thing twice
        # ("Martin underwent surgery on his right knee" ... "Martin underwent surgery on his left
        # knee after his first season"; "troops shot dead Ashaar" ... "troops shot dead a member")
        return ""
    return _same_kind(a, b) + ", its guessed day gives way to the one told"


def _the_one_told(a: Event, b: Event) -> bool:
    """Does the later row name the earlier one's happening only by "the" and its own word, naming
    nobody ("Police arrested 19 people on Friday" ... "The arrests were made by a special task
    force")? Then it refers back to the happening just told, whatever day a guess gave it."""
    return (
        _noun_form(b)
        and not _doers(b)
        and not _patients(b)
        and a.date.earliest is not None
        and _description(b) == ["the", *_words(b.predicate.text)[:1]]
    )


def _patients(event: Event) -> set[str]:
    return {r.name for r in event.actors if r.role == "patient"}


def _same_day(a: Event, b: Event) -> bool:
    """Both placed on one day by words of their own (not the article's day, nor a guess)."""
    own = ("absolute", "relative")
    da, db = a.date, b.date
    return (
        da.resolution in own
        and db.resolution in own
        and da.earliest is not None
        and da.earliest == da.latest == db.earliest == db.latest
    )


def _named_by(event: Event, noun: str) -> bool:
    """Is ``noun`` a word of the kind of the row's own happening (its trigger's: "raided" ... "the
    attack"), not of a happening its subject names ("the quake caused the collapse": a collapse)?"""
    return bool(kinds(event.predicate.lemma) & kinds(noun)) or stem(event.predicate.lemma) == stem(noun)


def _story_day(a: Event, b: Event) -> bool:
    """Are both on one day, the later one by words of its own or the story told around it
    (``inferred``), the earlier one by its own or as the article's news (``reference``)? ("Troops
    raided the residence on Tuesday" ... "the attack was launched just after 3 p.m."; "A powerful
    earthquake hit the region" ... "the quake occurred at 3 p.m."; "a meeting with the minister" ...
    "Monday's talks"): a bare "the attack" then names the one just told."""
    da, db = a.date, b.date
    return (
        da.resolution in ("absolute", "relative", "reference")
        and db.resolution in ("absolute", "relative", "inferred")
        and da.earliest is not None
        and da.earliest == da.latest == db.earliest == db.latest
    )


# How a join by :func:`_day_of_the_news` ends its reason: the news told first keeps its words.
_NEWS_DAY_TOLD = "tells the day of the news"


def _told_first(event: Event) -> bool:
    """Is the happening the article's news, told in its first sentence?"""
    return any(m.sentence == 0 for m in event.mentions)


def _lead_named(lead: Event, description: list[str]) -> bool:
    """Does a description with words of its own ("the two-day conference", "the closed-door
    meeting") name, by a word of its kind, the happening the article's first sentence told ("Mayors
    of 29 cities have gathered in Chongqing" ... "the two-day conference opened on Monday")?"""
    return _told_first(lead) and _named_by(lead, description[-1])


def _day_of_the_news(a: Event, b: Event) -> bool:
    """Does the later give, by words of its own, the day of the earlier, the article's news (told in
    its first sentence) dated only by the article's day (``reference``) or the story's
    (``inferred``): one day in the week before it ("Explosives were detonated near a police station,
    officials said" ... "The attack took place on Wednesday"; "Leaders have held discussions in
    Quito" ... "The meeting took place on Thursday night")? A bare "the" noun of its kind then names
    the news just told and says when (not a happening told after the lead: "Weah had protested to
    the commission" ... "Friday's demonstration" of his supporters)."""
    da, db = a.date, b.date
    return (
        _told_first(a)
        and da.resolution in ("reference", "inferred")
        and db.resolution in ("absolute", "relative")
        and da.earliest is not None
        and db.earliest is not None
        and da.earliest == da.latest
        and db.earliest == db.latest
        and _days_before(a, REFERENCE_SLACK_DAYS) <= db.earliest < da.earliest
    )


def _someone_else_may_say(told: Event, speaker: str) -> bool:
    """Is a statement a speaker tells one that someone else only may make, would have made or makes
    as a rule ('"... whatever he says will be read closely," Tung said', '"If he had said this ...,"
    said Lee'): the speaker's words, no statement of the other's passed on?"""
    return told.factuality not in ("reported", "asserted") and any(
        r.role == "agent" and r.type == "PERSON" and not _same_name(r.name, speaker) for r in told.actors
    )


def _only_may_say(event: Event) -> bool:
    """A statement someone else tells its speaker only may make, would have made or makes as a rule
    ("whatever he says", "if he had said this"): no statement of that speaker's occasions."""
    return event.factuality not in ("reported", "asserted") and any(r.role == "source" for r in event.actors)


def _same_sentence(a: Event, b: Event) -> bool:
    return bool({(m.doc, m.sentence) for m in a.mentions} & {(m.doc, m.sentence) for m in b.mentions})


def _common_place(a: Event, b: Event) -> str:
    """A place both name, as a place or as a participant ("rattled Los Angeles" ... "northwest of
    Los Angeles"); not a country, which most of an article's happenings share."""
    where_b = {*b.places, *(r.name for r in b.actors if r.role != "source")}
    for name in (*a.places, *(r.name for r in a.actors if r.role != "source")):
        if (name in b.places or (name in a.places and name in where_b)) and country_name(name) is None:
            return name
    return ""


# Words that say a mention tells a happening other than the one before ("police also arrested").
_ANOTHER = frozenset("also another again second third other more further new too separate".split())
# Nouns too common in news to tell that two mentions are of one thing.
_COMMON = frozenset(
    """that this there their them they have been were which with from into about after before over
    under than when where while what will would could should said says people person persons
    police government officials country countries city cities year years month months
    week weeks time times percent number state states area areas part place world news report
    reports statement official forces troops group groups side sides some many most more other
    others also""".split()
)


# Of those, the words that say it even of the same people ("a second blast", "in a separate
# incident"), and those that say it right before its noun ("his previous visit", not "Earlier
# Wednesday, parliament approved").
_OTHER_ONE = frozenset("another second third separate also revenge reprisal retaliatory".split())
_EARLIER_ONE = frozenset("previous earlier last former".split())


def _another(event: Event, *, strong: bool = False) -> bool:
    """The words up to its trigger say it is another one ("police also arrested", "a second
    blast"); not those after it ("killed more than 50"). ``strong``: only words that say it
    whoever does it (not "also", "again", "more": the same people's happening told again)."""
    words = _words(_without_new_names(event.summary))
    trigger = _words(event.predicate.text)
    if trigger and trigger[0] in words:
        at = words.index(trigger[0])
        if words[at + len(trigger) : at + len(trigger) + 1] == ["another"]:
            return True  # "will lead another delegation", "fired another rocket": what it acts on is another
        if _other_ones(words[at + len(trigger) : at + len(trigger) + 3]) and not _others_told_beside(event):
            return True  # "killing two other people", "injured several others": others it was done to
        words = words[:at]
    if strong:
        return any(w in _OTHER_ONE for w in words) or (_noun_form(event) and words[-1:] in ([w] for w in _EARLIER_ONE))
    return any(w in _ANOTHER for w in words)


# Words that may come between a verb and the "other" of what it acted on ("killing two other people").
_COUNT_WORDS = frozenset(_COUNTS) | frozenset(
    "the some several many few dozens hundreds thousands scores of at least more than".split()
)


def _other_ones(after: list[str]) -> bool:
    """Do the words right after a verb name others than those it was done to before: "other" or
    "others", past a count ("killing two other people", "injured three others"; digits are no
    words here: "killed 12 other passengers")? Not "other" deeper in its phrase ("killed the
    leader of another group")."""
    for word in after:
        if word in ("other", "others"):
            return True
        if word not in _COUNT_WORDS:
            return False
    return False


# Kinds of happening whose "others" may be told apart in one sentence ("killing three and wounding 12 others").
_TOLL_KINDS = frozenset({"death", "injury"})


def _others_told_beside(event: Event) -> bool:
    """Does a row's own sentence tell, in another word of a toll or of the row's kind, those its
    "others" are others than ("killing three people and wounding 12 others", "The death toll rose
    to three and 12 others were wounded")? Then they are not others than an earlier row's."""
    own = _kinds(event) | _TOLL_KINDS
    trigger = set(_words(event.predicate.text))
    for mention in event.mentions[:1]:
        for word in _words(mention.text):
            if word not in trigger and own & kinds(word):
                return True
    return False


# "New" that begins a name ("the New York meeting", "New Delhi police"), not a new one of a kind:
# a capital "New" before another capitalised word that is no people's adjective ("New Israeli
# strikes" is another strike).
_NEW_NAME = re.compile(r"\bNew\s+(?=([A-Z][\w.-]*))")


def _without_new_names(text: str) -> str:
    """``text`` with the word "New" of a name left out: what is left says whether it is another one."""
    if "New" not in text:
        return text
    return _NEW_NAME.sub(lambda m: "" if country_for_adjective(m.group(1)) is None else m.group(0), text)


def _shared_word(a: Event, b: Event) -> str:
    """A content word both summaries use for what the happening is about, besides its own verb."""
    own = {stem(e.predicate.lemma) for e in (a, b)} | {stem(w) for e in (a, b) for w in _words(e.predicate.text)}
    # a name of its people is no thing it is about: who they were in each is for the doers to say
    # ("the rebels, including leader Cerpa, fired back, killing one soldier" ... "Cerpa and his
    # comrades were gunned down": Cerpa killed in one, killer in the other)
    names = {w for e in (a, b) for r in e.actors if r.type == "PERSON" for w in _words(r.name)}
    # nor is a title: "a meeting with visiting Iraqi President Talabani" ... "The Iraqi president held
    # talks with his Iranian counterpart": a president in both, met by two others
    names |= ROLE_HEADS
    # nor the owner a summary opens on who takes no part in it ("James DeBates's wife was released on
    # bail" ... "DeBates was suspended after being released": his release, and hers)
    names |= {w for e in (a, b) for w in _owner_words(e.summary) if not any(w in _words(r.name) for r in e.actors)}
    wa = {w for w in _words(a.summary) if len(w) >= 4 and w not in _COMMON and stem(w) not in own and w not in names}
    return next((w for w in _words(b.summary) if w in wa and not _says_nothing(w)), "")


# A name that opens a summary as the owner of its subject ("James DeBates's wife ...")
_OPENING_OWNER = re.compile(r"^((?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*)['\u2019]s?\s")


def _owner_words(summary: str) -> list[str]:
    """The words of the name a summary opens on as its subject's owner, [] when it opens otherwise."""
    found = _OPENING_OWNER.match(summary)
    return _words(found.group(1)) if found else []


def _says_nothing(word: str) -> bool:
    """A day, a month or a country, or its people ("Turkish soldiers stormed the camp" ... "rebels
    threw a grenade at Turkish jeeps": no thing in common): most of an article's happenings share it."""
    return (
        word in MONTHS or word in WEEKDAYS or country_name(word) is not None or country_for_adjective(word) is not None
    )


# Words that make a description of a happening refer back to one told before ("the talks"; a
# day's: "Monday's conference"), unless it says it is another ("the previous talks"). Not "her
# election": as often her earlier one as the one just told.
_DEFINITE = frozenset("the this these those that such".split())
# Words that open or break a phrase, no word of a name that "and" joins (:func:`_joins_words`)
_PHRASE_OPENERS = _MODIFIER_OPENERS | _DEFINITE | _ARTICLES | _MODIFIER_BREAKS
_NOT_THE_ONE = frozenset("previous earlier last first former past next later latest".split())
# Words between a subject and its verb ("the blasts have also ripped"), or after an event noun
# that is itself the subject ("the increase was expected").
_AUXILIARIES = frozenset(
    "be is are was were been being have has had will would shall should can could may might must also "
    "reportedly".split()
)


_RELATIVE = frozenset("that which who whose whom where when".split())


def _description(event: Event) -> list[str]:
    """The definite noun phrase that names the happening: an event noun's own ("the launch
    ceremony", "the increase was expected", "the meeting took place") or the subject of its verb
    ("the blasts ripped through ..."); [] when there is none."""
    words = _words(_without_new_names(event.summary))
    trigger = _words(event.predicate.text)
    if not trigger or trigger[0] not in words:
        return []
    at = words.index(trigger[0])
    if (
        at + 1 == len(words)
        or words[at + 1] in _AUXILIARIES
        or _noun_form(event)
        or _ing_noun(event)
        and words[at + 1] not in _PHRASE_END  # "the meeting took place", not "the killing of ..."
    ):
        named = words[: at + 1]  # the trigger is an event noun, alone or the subject of a verb
    else:
        named = words[:at]
        while named and named[-1] in _AUXILIARIES:
            named.pop()
    if len(named) >= 3 and named[0] in WEEKDAYS and named[1] == "s":
        named = ["the", *named[2:]]  # "Monday's conference": the one of that day
    if (
        2 <= len(named) <= 4
        and named[0] in _DEFINITE
        and not (_AUXILIARIES | _RELATIVE | _NOT_THE_ONE | _ANOTHER) & set(named[1:])
    ):
        return named
    return []


def _noun_form(event: Event) -> bool:
    """The trigger reads as a noun ("blasts", "talks"), not as a verb told in the past ("exploded",
    "struck"), a participle, or a verb's bare form that a word before it makes a verb ("will
    visit", "plans to sell", "did not attack")."""
    predicate = event.predicate
    return _reads_as_noun(predicate.text, predicate.lemma) and not _bare_verb(
        predicate.text, predicate.lemma, event.summary
    )


@lru_cache(maxsize=1 << 12)  # ~80k calls per 300 articles, on the same few thousand triggers
def _reads_as_noun(text: str, lemma: str) -> bool:
    text, lemma = text.lower(), lemma.lower()
    return text in (lemma, lemma + "s", lemma + "es") and not text.endswith(("ed", "ing"))


@lru_cache(maxsize=1 << 14)  # asked again for every pair of rows, like _reads_as_noun
def _bare_verb(text: str, lemma: str, summary: str) -> bool:
    """Is a trigger that is its own lemma ("visit", "attack", "put") told right after a word that
    only comes before a verb: an auxiliary or modal ("will visit", "would sign", "was put"), the
    infinitive's "to" ("plans to sell"), "not" and "do" ("did not attack"), or a pronoun that is
    only a subject ("we meet")? A noun keeps its own form there only after "been" ("there have
    been clashes"), never its bare lemma."""
    if text.lower() != lemma.lower():
        return False
    words = _words(summary)
    trigger = _words(text)[:1]
    if not trigger or trigger[0] not in words:
        return False
    before = words[: words.index(trigger[0])]
    return bool(before) and before[-1] in _BEFORE_VERB


# Words that only come right before a verb: auxiliaries and modals, "to", "not" (and the "t" of
# "didn't"), "do", and the pronouns that are only subjects ("we meet", "they attack", "he hit").
_BEFORE_VERB = _AUXILIARIES | frozenset("to not never t do does did i we they he she".split())


def _ing_noun(event: Event) -> bool:
    """Is the trigger a noun in -ing, its lemma the word itself ("the ministerial meeting closed":
    meeting; not the verb "meeting", whose lemma is "meet")?"""
    text, lemma = event.predicate.text.lower(), event.predicate.lemma.lower()
    return text == lemma and text.endswith("ing") and " " not in text


def _described(event: Event) -> frozenset[str]:
    """The kinds of happening its definite description names ("the blasts": an attack; "the
    launch ceremony": a launch), when it only names the happening: a description that says more
    ("the six-party talks", "the 1999 elections") may single out another one."""
    if _head_lemma(event) in _LINKING:
        return frozenset()  # "the summit will become a platform for ...": what it is, no happening of it
    trigger = _words(event.predicate.text)[:1]
    found = [kinds(word) for word in _description(event)[1:]]
    if not found or not all(found[:-1]) or not (found[-1] or _description(event)[-1:] == trigger):
        return frozenset()
    return frozenset().union(*found)


# Linking verbs: their row says what its subject is or stays, not what happened to it.
_LINKING = frozenset("be become remain seem".split())


def _kinds(event: Event) -> frozenset[str]:
    """The kinds of happening a row tells: its trigger's, and its definite description's ("the
    launch ceremony": a launch; "the blasts ripped ...": an attack).

    (Read from the row's lemma, trigger and summary alone, and asked for each row and again for
    each pair of rows compared: kept by those three.)"""
    key = (event.predicate.lemma, event.predicate.text, event.summary)
    found = _KINDS_TOLD.get(key)
    if found is None:
        if len(_KINDS_TOLD) >= _KINDS_KEPT:
            _KINDS_TOLD.clear()
        found = _KINDS_TOLD[key] = _kinds_of(event)
    return found


_KINDS_TOLD: dict[tuple[str, str, str], frozenset[str]] = {}
_KINDS_KEPT = 1 << 14


def _kinds_of(event: Event) -> frozenset[str]:
    lemma = event.predicate.lemma
    after = _words_after(event)
    told = told_kinds(lemma, after, verb=not _noun_form(event), subject=_words_before(event))
    if _head_lemma(event) in _DECIDING and "to" in after[:4]:
        # "voted unanimously Tuesday to raise the rate": the raise decided ("the rate increase")
        verb = after[after.index("to") + 1 : after.index("to") + 2]
        told |= kinds(verb[0]) | told_kinds(verb[0], after[after.index("to") + 2 :]) if verb else frozenset()
    found = kinds(lemma) | _described(event) | told
    if _words_before(event)[-1:] in (["press"], ["news"]):
        # a press or news conference is where statements are made, no meeting of parties: "Kong
        # announced at a regular press conference" ... "how long the negotiation would last"
        found -= {"meeting"}
    return found


# Verbs whose infinitive is the happening decided ("voted to raise the rate", "decided to suspend").
_DECIDING = frozenset("vote decide".split())


def _words_before(event: Event) -> list[str]:
    """The words of a row's summary right before its trigger, auxiliaries left out ("the bill was
    passed": the, bill)."""
    words = _words(event.summary)
    trigger = _words(event.predicate.text)
    if not trigger or trigger[0] not in words:
        return []
    before = words[: words.index(trigger[0])]
    while before and before[-1] in _AUXILIARIES:
        before.pop()
    return before


def _words_after(event: Event) -> list[str]:
    """The words of a row's summary after its trigger ("threw stones at the convoy": stones, at, ...)."""
    words = _words(event.summary)
    trigger = _words(event.predicate.text)
    if not trigger or trigger[-1] not in words:
        return []
    return words[words.index(trigger[-1]) + 1 :]


def _words(text: str) -> list[str]:
    return list(_words_of(text))


_LETTERS = re.compile(r"[a-z]+")


@lru_cache(maxsize=1 << 14)  # each row's summary and trigger are split again for every pair of rows
def _words_of(text: str) -> tuple[str, ...]:
    return tuple(_LETTERS.findall(text.casefold()))


def _same_kind(a: Event, b: Event) -> str:
    return f"'{a.predicate.lemma}' told again" if a.predicate.lemma == b.predicate.lemma else "the same happening"


def _same_name(a: str, b: str) -> bool:
    """One actor under two names of one article: equal, or one the other's last words ("Negroponte",
    "John Negroponte"; "Post", "Washington Post")."""
    if a == b:
        return True
    wa, wb = a.casefold().split(), b.casefold().split()
    short, long_ = (wa, wb) if len(wa) < len(wb) else (wb, wa)
    return bool(short) and long_[-len(short) :] == short


def _head_lemma(event: Event) -> str:
    return _first_word(event.predicate.lemma)


@lru_cache(maxsize=1 << 12)  # ~160k calls per 300 articles, on the same few thousand lemmas
def _first_word(lemma: str) -> str:
    return lemma.split()[0].lower() if lemma else ""


def _is_statement(event: Event) -> bool:
    head = _head_lemma(event)
    return (
        head in STATEMENT_VERBS
        or head in STATEMENT_NOUNS
        or head in STATEMENT_ACTS
        or _spoken_act(event)
        or _remarks_made(event)
    )


# What a speaker "made" that is words already quoted: "He made the remarks at a press conference".
_WORDS_SAID = frozenset("remark remarks comment comments statement statements".split())
_DETERMINERS = frozenset("the these those this that his her their its such".split())


def _remarks_made(event: Event) -> bool:
    """ "Hu made the comment in a speech on Tuesday", "Halutz made the statements earlier in the
    day", "the remarks were made at a news conference": the words the article quoted, told again
    with where and when they were said; a statement of their speaker (not "made a statement",
    told for the first time: a determiner that points back is needed)."""
    head = _head_lemma(event)
    if head == "make":
        after = _words_after(event)
        if len(after) > 1 and after[0] in _DETERMINERS and after[1] in _WORDS_SAID:
            return True
        before = _words_before(event)
        return len(before) > 1 and before[-1] in _WORDS_SAID and before[-2] in _DETERMINERS
    if head in _WORDS_SAID:
        before = _words_before(event)
        return len(before) > 1 and before[-1] in _DETERMINERS and before[-2] in ("made", "make", "making")
    return False


def _spoken_act(event: Event) -> bool:
    """A verb that tells a statement of its speaker only here (:data:`SPOKEN_ACTS`, "ruled out",
    "called for"); compared as any happening too when two speakers differ."""
    head = _head_lemma(event)
    if head in STATEMENT_PHRASES:
        return _word_after(event) in STATEMENT_PHRASES[head]
    return head in SPOKEN_ACTS or head in STANCE_ACTS or _issued_paper(event) or _stance_refused(event)


# What one refuses to grant in words only: "refused to concede defeat", "refuses to recognise the
# result" (a stance told, not a deed withheld: "refused to sign", "refused to leave").
_GRANTED_IN_WORDS = frozenset("concede accept recognize recognise acknowledge admit".split())


def _stance_refused(event: Event) -> bool:
    """ "Montealegre refused to concede defeat": a stance of its speaker, one of the speaker's
    statements ("... and insisted he would force a runoff")."""
    if _head_lemma(event) != "refuse":
        return False
    after = _words_after(event)
    return len(after) > 1 and after[0] == "to" and after[1] in _GRANTED_IN_WORDS


# Verbs that put out a paper, and the papers that are their authors' statement ("the report issued
# on Thursday by the institute" ... "It attributed the rising consumption to ...": one statement).
_ISSUING = frozenset("issue release publish".split())
_PAPERS = frozenset("report statement study survey communique paper".split())


def _issued_paper(event: Event) -> bool:
    """Does a row tell a paper put out by its authors ("the report issued on Thursday by the
    institute", "the ministry released a statement")?"""
    if _head_lemma(event) not in _ISSUING:
        return False
    words = _words(event.summary)
    trigger = _words(event.predicate.text)[:1]
    if not trigger or trigger[0] not in words:
        return False
    before = words[max(0, words.index(trigger[0]) - 2) : words.index(trigger[0])]
    return bool(_PAPERS & {*before, *_acted_on(event)})


def _stance(event: Event) -> bool:
    """A verb that tells what its speaker thought of a happening (:data:`STANCE_ACTS`)."""
    return _head_lemma(event) in STANCE_ACTS


def _stance_told(a: Event, b: Event) -> bool:
    """Is one of two statements of one speaker a stance (:data:`STANCE_ACTS`) and the other the
    words it was said in ("Ottri denounced this heinous crime" ... '"Syria expresses solidarity
    ...," Ottri said'; "described", "expressed"), both dated? Not an act of speech of its own
    ("Annan welcomed the resumption of the talks" ... "Annan urged the parties to cooperate": two
    rows), nor two stances ("condemned the attack" ... "praised the police"), nor praise or blame
    sent to a party for what it did (:func:`_judged_for`)."""
    if _stance_again(a, b):
        return True
    if not (_span(a) and _span(b)):
        return False
    return any(_stance(x) and not _judged_for(x) and _is_statement(y) and not _own_act(y) for x, y in ((a, b), (b, a)))


# How many sentences apart a speaker's stance may be told again with no day of its own.
STANCE_AGAIN_REACH = 3


def _stance_again(a: Event, b: Event) -> bool:
    """Are two stances of one speaker of one kind (:data:`STANCE_ACTS` by timeline.extract.kinds:
    "condemned the attack" ... "condemned those behind it", "denounced this heinous crime") one
    stance told again: both dated, or the undated one told within :data:`STANCE_AGAIN_REACH`
    sentences of the other ("Ruiz on Friday condemned the shooting" ... "Ruiz denounced the gunmen
    and condemned those who pay them, the agency reported")? Not praise or blame sent to a party for what
    it did (:func:`_judged_for`), nor two stances of two kinds ("condemned the attack" ... "praised
    the police"), nor one told as one more ("also hailed the donation")."""
    if not (_stance(a) and _stance(b)) or _judged_for(a) or _judged_for(b) or not _kinds(a) & _kinds(b):
        return False
    if _another(a) or _another(b):
        return False  # "the commission also hailed the donation": one more thing praised
    if _span(a) and _span(b):
        return True
    return any(
        m.doc == n.doc and abs(m.sentence - n.sentence) <= STANCE_AGAIN_REACH for m in a.mentions for n in b.mentions
    )


def _judged_for(stance: Event) -> bool:
    """Is a stance told as sent to someone for what they did ("applauded China for its environment
    policy", "hailed the government of China for initiating an aid package", "denounced Libya for a
    violation")? Praise or blame of a party is a row of its own (GUIDELINES 4: one per sender, apart
    from the sender's other statements), not the words of the speaker's other quotes; a stance on a
    happening ("condemned the shelling") is told in the words quoted with it."""
    after = _words_after(stance)[:_JUDGED_WITHIN]
    return "for" in after[1:]


# How far after a stance's verb "for" still names what its party is judged for ("hailed the
# government of China for").
_JUDGED_WITHIN = 6


# Acts of speech that are rows of their own beside a speaker's stance ("Annan welcomed the talks"
# ... "Annan urged the parties to cooperate").
_OWN_ACTS = frozenset("deny warn urge pledge vow appeal demand ask".split())


def _two_own_acts(a: Event, b: Event) -> bool:
    """Are two statements of one speaker two acts of speech of their own of two kinds ("He warned
    of a conspiracy" ... "He urged the rebels to disarm"): two rows, though said on one occasion?"""
    return _head_lemma(a) in _OWN_ACTS and _head_lemma(b) in _OWN_ACTS and _head_lemma(a) != _head_lemma(b)


# Verbs of an appeal to someone, with the word that comes before the addressee ("called on the UN
# to", "appealed to Japan for"; "" when the addressee follows the verb: "urged the UN to").
_APPEALS = {"urge": "", "ask": "", "press": "", "implore": "", "exhort": "", "call": "on", "appeal": "to"}
# How many words an addressee may run to before "to" or "for" ("the UN human rights commission").
_ADDRESSEE_REACH = 6
# Addressees that name nobody of their own (the same party as any other told before).
_NO_ADDRESSEE = frozenset("him her them us me you it all everyone everybody".split())


def _two_appeals(a: Event, b: Event) -> bool:
    """Are two statements of one speaker appeals to two parties named in no word alike ("urged the
    international community to denounce ..." ... "urged the United Nations to send a rapporteur";
    "called on Thailand to ..." ... "asked the UNHCR to ...")? Each is a row of its own (GUIDELINES:
    separate appeals to different addressees), though said on one occasion; one party asked again
    ("urged the international community" ... "asked the international community") is one."""
    one, other = _addressee(a), _addressee(b)
    return bool(one and other) and not one & other


def _addressee(event: Event) -> frozenset[str]:
    """The words naming whom an appeal is made to ("urged the United Nations to": united, nations;
    "called on Thai authorities to": thai, authorities); empty for other rows, a pronoun ("urged
    them to") or no party asked ("urged restraint", "asked about the talks")."""
    head = _head_lemma(event)
    if head not in _APPEALS:
        return frozenset()
    after = _words_after(event)
    while after and after[0] in _DAY_WORDS:
        after = after[1:]
    lead = _APPEALS[head]
    if lead and len(_words(event.predicate.text)) == 1:  # "called on", the lead not in the trigger
        if not after or after[0] != lead:
            return frozenset()
        after = after[1:]
    elif lead and _word_after(event) != lead:
        return frozenset()  # "called for"
    ends = [i for i, w in enumerate(after[: _ADDRESSEE_REACH + 1]) if w in ("to", "for")]
    if not ends:
        return frozenset()
    named = [w for w in after[: ends[0]] if w not in _DETERMINERS and w not in ("a", "an")]
    if not named or _NO_ADDRESSEE.intersection(named):
        return frozenset()
    # a country, its capital and its people are one party ("called on China" ... "called on Beijing")
    phrase = " ".join(named)
    country = (
        country_name(phrase) or capital_country(phrase) or next(filter(None, map(country_for_adjective, named)), None)
    )
    return frozenset(named) | ({f"@{country}"} if country else set())


def _own_act(event: Event) -> bool:
    """A statement that is an act of its own (:data:`_OWN_ACTS`, a spoken act: "urged", "ruled
    out", "called for", another stance), not the words a stance was said in ("said", "added",
    "described", "expressed")."""
    return _head_lemma(event) in _OWN_ACTS or _spoken_act(event)


def _word_after(event: Event) -> str:
    """The word right after a row's trigger ("out" of "ruled out", "for" of "called for help"), past
    a day named between them ("for" of "called Sunday for")."""
    trigger = _words(event.predicate.text)
    if len(trigger) > 1:
        return trigger[1]
    words = _words(event.summary)
    if not trigger or trigger[0] not in words:
        return ""
    after = words[words.index(trigger[0]) + 1 :]
    while len(after) > 1 and after[0] in _DAY_WORDS:
        after = after[1:]
    return after[0] if after else ""


# Days told between a verb and the word that makes it a statement ("called Sunday for").
_DAY_WORDS = frozenset(WEEKDAYS) | frozenset({"today", "yesterday"})


def _said_before(earlier: Event, dated: Event) -> bool:
    """Is ``earlier`` a statement told in the perfect with no day of its own ("has accused", "had
    repeatedly said"), beside one the article dates ("said on Monday")? It was said on another,
    earlier occasion: "The United States said on Monday that Syria should ..." ... "The United
    States has accused Syria of ..." are two statements."""
    if _span(earlier) is not None or _span(dated) is None:
        return False
    for m in earlier.mentions:
        before = _auxiliary_before(m)
        if before is not None:
            return before in ("has", "have", "had")
    return False


def _auxiliary_before(mention: Mention) -> str | None:
    """The word before a mention's trigger, past adverbs and words that stand between an auxiliary
    and its verb ("had repeatedly said": "had"); '' when none, None when the trigger is not found."""
    at = mention.text.find(mention.trigger)
    if at < 0:
        return None
    before = _words(mention.text[:at])
    while before and (before[-1] in _IN_BETWEEN or before[-1].endswith("ly")):
        before.pop()
    return before[-1] if before else ""


def _said_on_an_earlier_day(earlier: Event, other: Event) -> bool:
    """Is ``earlier``, told after ``other``, a statement in the past perfect with a day of its own
    before all the days ``other`` may have ("Annan told the BBC", dated by the article only, ...
    "Last Tuesday, Annan had suggested a peace conference")? Then it was said on another, earlier
    occasion. (Told first, it is the occasion the statements after it go on reporting: "Yeo had
    written to Downer on Wednesday" ... "Yeo added that ...".)"""
    mine, theirs = _span(earlier), _span(other)
    if (
        mine is None
        or theirs is None
        or earlier.date.resolution not in ("absolute", "relative")
        or mine[1] >= theirs[0]
    ):
        return False
    return any(_auxiliary_before(m) == "had" for m in earlier.mentions)


def _own_act_told(event: Event) -> bool:
    """Is a statement told by its own speaker as something done ("Prodi said he had informed Bush":
    reported, with no other source)? The informing is a happening the speaker tells of, on another
    occasion than his words around it, not one of his remarks."""
    return (
        event.factuality == "reported"
        and _head_lemma(event) == "inform"
        and not any(r.role == "source" for r in event.actors)
    )


# Words between a perfect's auxiliary and its verb ("has also accused", "had long said").
_IN_BETWEEN = frozenset("also already long often never ever since once not".split())


def _one_speaker(a: Event, b: Event) -> bool:
    """Two statements of one speaker: the same, or a body and the person it is titled by, who speaks
    for it ("The BJP said Friday ..." ... "BJP Vice President Krishan Lal Sharma told AFP")."""
    speaker, other = _speaker(a), _speaker(b)
    if not (_is_statement(a) and _is_statement(b)) or speaker is None and other is None:
        return False
    if _pair_told_once(a, b) or _pair_told_once(b, a):
        return False  # "The two presidents pledged ...": the pair's words, not those of one of them
    if speaker is None or other is None:
        return _unnamed_for(a, b) or _unnamed_for(b, a)
    return (
        _same_name(speaker, other)
        or _speaks_for(a, b)
        or _speaks_for(b, a)
        or _voice_of_government(a, b)
        or _voice_of_government(b, a)
    )


def _person_agents(event: Event) -> frozenset[str]:
    """The persons a row names as its agents, by their last words ("Lumumba", "Francois Lumumba": one)."""
    return frozenset(r.name.casefold().split()[-1] for r in event.actors if r.role == "agent" and r.type == "PERSON")


def _pair_told_once(group: Event, other: Event) -> bool:
    """Is ``group`` a statement told once of two persons or more together ("They pledged ...",
    "The two presidents expressed ..."), ``other`` not of the same persons? Then it is not one of
    ``other``'s speaker's statements, though that speaker is among them."""
    persons = _person_agents(group)
    return len(group.mentions) == 1 and len(persons) > 1 and persons != _person_agents(other)


# How far into a statement's subject its country's adjective and the title may stand ("A Pakistani
# government minister").
UNNAMED_REACH = 5


def _unnamed_for(unnamed: Event, named: Event) -> bool:
    """Is the statement ``unnamed``, whose speaker the article does not name, told by one titled by
    a country ("A Burmese official accused ...", "A Pakistani government minister rejected ...")
    that ``named``'s speaker is, or is titled by ("Burmese authorities on Wednesday criticized ...",
    "Pakistan's Deputy Minister for Information Tariq Azim told ...")? Then both are that country's
    one statement, the lead and the body. (A lead's described speaker is mostly named already, from
    the parse, by coref's ``Antecedents.speaker_named_later``; this reads the rows' words, and so
    also joins one whose lead the parser did not make a subject and verb: "An Israeli minister
    called Thursday for ...", "minister" its root.)"""
    if _speaker(unnamed) is not None or not unnamed.mentions:
        return False
    tokens = _TOKENS.findall(unnamed.summary)
    trigger = _words(unnamed.predicate.text)[:1]
    at = next((i for i, t in enumerate(tokens) if [t.casefold()] == trigger), None)
    while at is not None and at > 2 and tokens[at - 1].casefold() in _DAY_BETWEEN:
        at -= 1  # "A Kenyan minister on Tuesday called for ...": the subject ends before its day
    if at is None or not 2 <= at <= UNNAMED_REACH or tokens[0].casefold() not in ("a", "an"):
        return False
    if tokens[at - 1].casefold() not in ROLE_HEADS:
        return False
    countries = {country_for_adjective(t) for t in tokens[1 : at - 1]} - {None}
    if len(countries) != 1:
        return False
    speaker = next(r for r in named.actors if r.role == "agent" and r.name == _speaker(named))
    if speaker.type != "PERSON":
        return country_name(speaker.name) in countries
    if any(
        _titled_by(tokens, speaker.name.split(), countries) or _possessed_by(tokens, speaker.name.split(), countries)
        for tokens in (_TOKENS.findall(m.text) for m in named.mentions)
    ):
        return True
    # "An Israeli minister called Thursday for ..." ... "Labor Minister Eli Yishai told Israel radio":
    # the person the next sentences first name by a title of the same head, of no other country
    head = tokens[at - 1].casefold()
    return any(
        0 < n.sentence - u.sentence <= UNNAMED_NAMED_WITHIN
        and _headed_title(_TOKENS.findall(n.text), speaker.name.split(), head, countries)
        for u in unnamed.mentions[:1]
        for n in named.mentions
        if n.doc == u.doc
    ) and not _another(named)  # "Defence Minister X also said": one more minister


# Words of a day told between a statement's subject and its verb ("A Kenyan minister on Tuesday said").
_DAY_BETWEEN = _DAY_WORDS | {"on"}


# How many sentences after a statement of a speaker described only ("An Israeli minister") the
# person may be named by a title of the same head ("Labor Minister Eli Yishai").
UNNAMED_NAMED_WITHIN = 2


def _headed_title(tokens: list[str], name: list[str], head: str, countries: set[str | None]) -> bool:
    """Is the person named ``name`` titled, in these words, by capitalized words right before the
    name that end in ``head`` ("Labor Minister Eli Yishai", "Infrastructure Minister Benjamin Ben
    Eliezer") and name no other country than ``countries`` ("Egyptian Foreign Minister" is not the
    minister of "An Israeli minister")?"""
    if not name:
        return False
    for at in (i for i in range(len(tokens)) if tokens[i : i + len(name)] == name):
        title: list[str] = []
        for tok in reversed(tokens[max(0, at - ACTING_FOR_REACH) : at]):
            if not tok[:1].isupper():
                break
            title.insert(0, tok)
        if not title or title[-1].casefold() != head:
            continue
        words = title + [" ".join(title[i : i + 2]) for i in range(len(title) - 1)]
        named = {country_for_adjective(w) or country_name(w.removesuffix("'s")) for w in words} - {None}
        if named <= countries:
            return True
    return False


def _possessed_by(tokens: list[str], name: list[str], countries: set[str | None]) -> bool:
    """Is the person named ``name`` titled by a country's possessive ("Pakistan's Deputy Minister for
    Information Tariq Azim") in these words?"""
    for at in (i for i in range(len(tokens)) if tokens[i : i + len(name)] == name):
        before = tokens[max(0, at - ACTING_FOR_REACH) : at]
        owners = [t[:-2] for t in before if t.endswith("'s") and t[:1].isupper()]
        if any(country_name(o) in countries for o in owners) and any(t.casefold() in ROLE_HEADS for t in before):
            return True
    return False


def _speaks_for(body: Event, person: Event) -> bool:
    """Is the speaker of ``person`` someone titled by the body that is ``body``'s speaker ("White
    House spokesman Michael McCurry", "ICJ secretary-general Nicholas Howen": the body's name or
    initials and a title word right before the person's name, in one of the person's sentences)?"""
    agents = [r for r in body.actors if r.role == "agent"]
    speaker = _speaker(person)
    if not agents or agents[0].type == "PERSON" or speaker is None or speaker == agents[0].name:
        return False
    org = agents[0].name
    org_words = _words(org)
    forms = [
        _words(r.name)
        for r in person.actors
        if r.role != "source" and (_same_name(r.name, org) or org_words[: len(_words(r.name))] == _words(r.name))
    ]  # "Labour spokesman ...": the Labour Party
    if not forms:
        return False
    letters = "".join(w[0] for w in org.split() if w[:1].isupper())  # "ICJ" of the International Commission of Jurists
    forms += [org_words, [letters.casefold()]] if len(letters) >= 2 else [org_words]
    last = _words(speaker)[-1:]
    for mention in person.mentions:
        words = _words(mention.text)
        for at in (i for i, w in enumerate(words) if [w] == last):
            before = words[max(0, at - 6) : at]
            titled = [i for i, w in enumerate(before) if w in ROLE_HEADS or w in TITLE_WORDS]
            ahead = before[: titled[0]] if titled else []
            if any(ahead[i : i + len(f)] == f for f in forms for i in range(len(ahead))):
                return True
    return False


# Titles of those who speak for a country's government ("government spokesman", "Kenyan Foreign
# Minister"), words a title of one may hold written small ("the government's defense spokesman"),
# and words that make it someone else's ("opposition leader", "former minister").
_GOVERNMENT_VOICES = frozenset("spokesman spokeswoman spokesperson minister secretary official".split())
_TITLE_SMALL = frozenset(
    "government government's ministry ministry's foreign defense defence interior information".split()
)
_NOT_GOVERNMENT = frozenset("opposition former ex rebel rebels party's party militia".split())


def _voice_of_government(country: Event, person: Event) -> bool:
    """Is the speaker of ``person`` titled, in one of the person's sentences, as a voice of the
    government of the country that is ``country``'s speaker: by the country ("Kenyan government
    spokesman Alfred Mutua", "Kenya's Foreign Minister Moses Wetangula"), or by "government" alone
    when ``country`` names the country's government ("The Kenyan government condemned ..." ...
    '"We strongly condemn ...," government spokesman Alfred Mutua said'; "..., the government's
    spokesman, told reporters")? A government speaks through its spokesman and ministers: their
    words are its statement. Not one titled by another country, nor the opposition's, nor one
    more voice ("spokesman X also said")."""
    agents = [r for r in country.actors if r.role == "agent"]
    speaker = _speaker(person)
    if not agents or agents[0].type == "PERSON" or speaker is None or speaker == agents[0].name:
        return False
    if _another(person):
        return False  # "Foreign ministry spokesman X also said ...": one more voice, another statement
    named = country_name(agents[0].name)
    if named is None:
        return False
    government = any(_its_government(_TOKENS.findall(m.text), named) for m in country.mentions)
    name = speaker.split()
    for mention in person.mentions:
        tokens = _TOKENS.findall(mention.text)
        for at in (i for i in range(len(tokens)) if tokens[i : i + len(name)] == name):
            for title in (_title_before(tokens, at), _title_after(tokens, at + len(name))):
                if _title_of_government(title, named, government=government):
                    return True
    return False


def _its_government(tokens: list[str], country: str) -> bool:
    """Do these words name ``country``'s government: "the government", "the Kenyan government",
    "Kenya's government" (not another country's: "accused the Ugandan government")?"""
    for at in (i for i, t in enumerate(tokens) if t.casefold() == "government" and i):
        before = tokens[at - 1]
        if before.casefold() == "the" or country_for_adjective(before.removesuffix("'s")) == country:
            return True
    return False


def _title_before(tokens: list[str], at: int) -> list[str]:
    """The title written right before a name at ``at`` ("Kenyan government spokesman")."""
    title: list[str] = []
    for tok in reversed(tokens[max(0, at - ACTING_FOR_REACH) : at]):
        low = tok.casefold()
        if not (
            tok[:1].isupper() or tok in _TITLE_LINKS or low in ROLE_HEADS or low in TITLE_WORDS or low in _TITLE_SMALL
        ):
            break
        title.insert(0, tok)
    return title


def _title_after(tokens: list[str], at: int) -> list[str]:
    """The title set off by commas right after a name ending before ``at`` (", the government's
    defense spokesman,")."""
    if tokens[at : at + 1] != [","]:
        return []
    title = tokens[at + 1 : at + 1 + ACTING_FOR_REACH]
    return title[: title.index(",")] if "," in title else title


def _title_of_government(title: list[str], country: str, *, government: bool) -> bool:
    """Does a title name a voice of ``country``'s government: a title word of one, and the country
    (its adjective or name) or "government" when ``government`` holds, and no other country?"""
    low = [t.casefold() for t in title]
    if not _GOVERNMENT_VOICES & set(low) or _NOT_GOVERNMENT & set(low):
        return False
    countries = {country_for_adjective(t[:-2] if t.endswith("'s") else t) for t in title if t[:1].isupper()} - {None}
    if countries - {country}:
        return False
    return bool(countries) or government and bool({"government", "government's"} & set(low))


def _spoken_of(a: Event, b: Event) -> bool:
    """A country named by one of two statements is mostly what it speaks of, not where it was said
    ("said the summit benefits Zambia" ... "told a news briefing at the Beijing Hotel"): it tells
    no other occasion (a venue on both sides does: "said here" ... "said at Tsinghua University")."""
    return any(event.places and all(country_name(p) is not None for p in event.places) for event in (a, b))


def _speaker(event: Event) -> str | None:
    """Who made a statement: its first agent who is a person, else its first agent ("Israel Defense
    Forces (IDF) Chief of Staff Dan Halutz rejected ...": Halutz, not the army). Of "quote", the
    person quoted ("he was quoted by Sky News", "the paper quoted Smith as saying"), not who quoted."""
    quoted = _quoted(event)
    if quoted is not None:
        return quoted
    agents = [r for r in event.actors if r.role == "agent"]
    return next((r.name for r in agents if r.type == "PERSON"), agents[0].name if agents else None)


def _quoted(event: Event) -> str | None:
    """The person a "quote" row quotes (its patient: "he was quoted by Sky News", "the paper quoted
    Smith as saying"), who made the statement; None for other rows."""
    if _head_lemma(event) != "quote":
        return None
    return next((r.name for r in event.actors if r.role == "patient" and r.type == "PERSON"), None)


def _said_by_quoted(event: Event) -> Event:
    """A "quote" row told as its speaker's statement: the person quoted its agent, who quoted them
    its source (joined with the speaker's other statements, the row names who spoke, not who quoted)."""
    quoted = _quoted(event)
    if quoted is None:
        return event
    actors = tuple(
        replace(r, role="agent") if r.name == quoted else replace(r, role="source") if r.role == "agent" else r
        for r in event.actors
    )
    return replace(event, actors=actors)


def _doers(event: Event) -> set[str]:
    return {r.name for r in event.actors if r.role in ("agent", "patient")}


# A span of days a plural event noun's own date covers beyond which it tells many happenings, not
# the one of a day another row tells.
MANY_SPAN_DAYS = 31


def _many_over_a_span(many: Event, one: Event) -> bool:
    """Is ``many`` a plural event noun dated by words of its own to a span of more than a month
    ("clashes this year", "attacks since January") and ``one`` a row of one day that is no plural
    noun ("a clash on Tuesday", "was killed on Monday")? Then ``many`` holds ``one`` among others and
    is not it (not "the talks" of a week: a plural that names one happening)."""
    text, lemma = many.predicate.text.lower(), many.predicate.lemma.lower()
    if not (_noun_form(many) and text != lemma and text.endswith("s")):
        return False
    if _noun_form(one) and one.predicate.text.lower() != one.predicate.lemma.lower():
        return False
    if many.date.resolution in ("inferred", "reference") or one.date.earliest is None:
        return False
    return _days(many) > MANY_SPAN_DAYS and _days(one) <= 1


def _days(event: Event) -> int:
    """How many days a row's date spans (0 when undated or unreadable)."""
    span = _span(event)
    if span is None:
        return 0
    try:
        return (date.fromisoformat(span[1][:10]) - date.fromisoformat(span[0][:10])).days + 1
    except ValueError:
        return 0


def _span(event: Event) -> tuple[str, str] | None:
    d = event.date
    if d.earliest is None or d.latest is None:
        return None
    return d.earliest, d.latest


def _dates_agree(a: Event, b: Event) -> bool:
    sa, sb = _span(a), _span(b)
    if sa is None or sb is None:
        return True
    if sa[0] <= sb[1] and sb[0] <= sa[1]:
        return True
    for ref, other in ((a, sb), (b, sa)):
        if (
            ref.date.resolution == "inferred"
            and ref.date.precision == "day"
            and other[1] <= (ref.date.latest or ref.date.earliest or "")
            and not _named_long_after(ref, a if ref is b else b)
        ):
            # a story's day given to a past mention with no date of its own bounds it, no more (not
            # a month or a year the story moved to, which is its time: "-- June 1994 ... visited
            # Gozo" and "-- March 2001 ... visited Gozo" are two visits): the
            # mention a date of its own places before it tells when ("withdrew support after 10
            # months" ... "withdrew support from the Front on March 30"). Not an event noun's, the
            # day of the clause it is named in, more than a week after the other's: "the election
            # gave London confidence" on the story's day is the story's election, not "January's
            # election"; "The attacks have created a climate of fear" are not "the blast in February"
            return True
        if (
            _borrowed_day(ref)
            and (ref.date.earliest or "") >= other[1]
            and other[0] >= _days_before(ref, REFERENCE_SLACK_DAYS)
        ):
            # a day the row's own words do not give, taken from the clause that tells of it ("Iraqis
            # mourned on Sunday the latest bomb attack", "Authorities have arrested an opposition
            # leader, police said Thursday"): a bound, as the article's own day is
            return True
        if ref.date.resolution == "reference" and ref.date.earliest and not _told_progressive(ref):
            slack = RECENT_SLACK_DAYS if _told_recent(ref) else REFERENCE_SLACK_DAYS
            try:
                first = (date.fromisoformat(ref.date.earliest) - timedelta(days=slack)).isoformat()
            except ValueError:
                continue
            if first <= other[0] and other[1] <= (ref.date.latest or ref.date.earliest):
                return True
    return False


def _borrowed_day(event: Event) -> bool:
    """Is a row dated to a day by an expression its own words leave out: the day of the statement
    that tells it ("Police have arrested 24 students, a report said Thursday"), or, for an event
    noun (one in -ing too: "the bombing", "the meeting"), of the verb that names it ("Iraqis mourned
    on Sunday the latest bomb attack", "told reporters on Wednesday during the meeting")? That day
    bounds the happening, it does not place it (not a day shared with a verb joined to it: "toned
    down his remarks Tuesday and emphasized ...")."""
    d = event.date
    if (
        d.resolution not in ("relative", "absolute")
        or d.precision != "day"
        or not d.text
        or len(event.mentions) != 1
        or d.text in event.summary
        or _is_statement(event)
        or event.factuality == "planned"  # "until Tuesday, when a service will take place": its time
    ):
        return False
    return _noun_form(event) or _ing_noun(event) or _said_on(event.mentions[0].text, d.text)


_SAID_ON = re.compile(
    r"\b(?:said|says|told|reported|announced|added|stated|confirmed|quoted)\s+(?:on\s+|late\s+|early\s+)?$"
)


def _said_on(sentence: str, text: str) -> bool:
    """Does the time expression follow a verb of saying in the sentence ("a report said Thursday")?"""
    at = sentence.find(text)
    return at > 0 and _SAID_ON.search(sentence[:at]) is not None


def _days_before(event: Event, days: int) -> str:
    try:
        return (date.fromisoformat(event.date.earliest or "") - timedelta(days=days)).isoformat()
    except ValueError:
        return "9999"


# Words that may stand between a present progressive's auxiliary and its verb ("are still searching")
_BETWEEN_AUX = frozenset("still now also currently again".split())


def _told_progressive(event: Event) -> bool:
    """Is a row told in the present progressive ("the unions are protesting")? The article's day it
    has is the day it goes on, not a bound a report of days before may fall under (as a
    statement's is): "The unions are protesting" is not the police's protest on Tuesday."""
    trigger = _words(event.predicate.text)
    if not trigger or not trigger[0].endswith("ing"):
        return False
    words = _words(event.summary)
    if trigger[0] not in words:
        return False
    before = words[: words.index(trigger[0])]
    while before and before[-1] in _BETWEEN_AUX:
        before.pop()
    return bool(before) and before[-1] in ("is", "are", "am")


# "Recently" is within the last month or so (GUIDELINES 3): "a recent visit" the article's day dates
# is the visit another sentence dates two weeks before.
RECENT_SLACK_DAYS = 31
_RECENT = frozenset("recent recently".split())


def _told_recent(event: Event) -> bool:
    """Is a row told as recent ("a recent visit by Egyptian President Hosni Mubarak", "had recently
    met"): the words right before its trigger say so?"""
    return bool(_RECENT & set(_words_before(event)[-3:]))


def _guessed_long_after(guess: Event, told: Event, slack: int = REFERENCE_SLACK_DAYS) -> bool:
    """Is ``guess`` dated only by the story's day (``inferred``) more than ``slack`` days (a week)
    after the day or days ``told`` gives in words of its own? (Its dates agree with them only as a
    bound.)"""
    span = _span(told)
    return (
        guess.date.resolution == "inferred"
        and told.date.resolution in ("absolute", "relative")
        and span is not None
        and _days_apart(span[1], guess.date.earliest) > slack
    )


def _named_long_after(guess: Event, told: Event) -> bool:
    """Is ``guess`` an event noun dated only by the story's day (``inferred``: the day of the clause
    it is named in) more than a week after the days ``told`` gives of its own? Then it is the
    story's happening, not the one told of long before ("Sunni Arabs had snubbed an election in
    January" ... "the election gave London confidence", on the day of December's election)."""
    span = _span(told)
    return (
        guess.date.resolution == "inferred"
        and told.date.resolution in ("absolute", "relative")
        and span is not None
        and (_event_noun(guess) or bool(_described(guess)))
        and not set(_words_after(guess)[:2]) & _GOING_ON  # "The press campaign continued": begun before
        and _days_apart(span[1], guess.date.earliest) > REFERENCE_SLACK_DAYS
    )


def _event_noun(event: Event) -> bool:
    """Is a row's trigger an event noun as its sentence gives it: a noun form, plural ("Raids
    were carried out", "The attacks have created") or after a determiner ("the election gave")?
    (A verb whose past is its lemma, "hit", "cut", is none.)"""
    if not _noun_form(event):
        return False
    for m in event.mentions:
        at = m.text.find(m.trigger)
        if at < 0:
            continue
        before = _words(m.text[:at])[-1:]
        return m.trigger.lower().endswith("s") or before in (["the"], ["this"], ["that"], ["these"], ["those"], ["s"])
    return False


# Verbs that say a happening named as their subject goes on from before ("the campaign continued").
_GOING_ON = frozenset("continue continues continued continuing persist persists persisted drag dragged went".split())


def _days_apart(first: str, last: str | None) -> int:
    """Days from one ISO day to a later one (0 when either is not a day)."""
    try:
        return (date.fromisoformat(last or "") - date.fromisoformat(first)).days
    except ValueError:
        return 0


def _remarks_meet(a: Event, b: Event) -> bool:
    """Remarks made ("when he made the statement which ...", given the story's day) join only a
    row whose days meet theirs (or an undated one): words of another day are another statement."""
    if not (_remarks_made(a) or _remarks_made(b)):
        return True
    sa, sb = _span(a), _span(b)
    return sa is None or sb is None or sa[0] <= sb[1] and sb[0] <= sa[1]


def _places_agree(a: Event, b: Event) -> bool:
    """No two different places: one side names none, both name one place, or one names a place
    within a place the other names in more words ("Gaza" ... "the Gaza Strip"; not a country's
    name within another's: "Korea" ... "North Korea")."""
    pa, pb = _where(a), _where(b)
    if not (pa and pb):
        return True
    shared = {p.casefold() for p in pa} & {p.casefold() for p in pb}
    if shared:
        if any(country_name(p) is None for p in shared):
            return True
        # only their country in common ("Israeli soldiers raided the village of X" ... "Israeli
        # soldiers raided the village of Y"): the places within it must not be two others
        pa = tuple(p for p in pa if country_name(p) is None)
        pb = tuple(p for p in pb if country_name(p) is None)
        if not (pa and pb):
            return True
    return any(_one_place(x, y) or _one_place(y, x) for x in pa for y in pb)


def _one_place(x: str, y: str) -> bool:
    """Is ``x`` within ``y`` as its first or last words, its capital or one of its cities?"""
    return _within(x, y) or _capital_of(x, y) or _city_in(x, y)


def _where(event: Event) -> tuple[str, ...]:
    """The places a row names, but a country only whose adjective titles one of its people
    ("Chinese President Hu Jintao and Japanese Prime Minister Shinzo Abe met here": not in China
    nor in Japan)."""
    places = _places_of(event)
    people = [r.name.split() for r in event.actors if r.type == "PERSON" and r.role in ("agent", "patient")]
    if not people or not any(country_name(p) for p in places):
        return places
    texts = [_TOKENS.findall(m.text) for m in event.mentions]
    return tuple(
        p
        for p in places
        if country_name(p) is None
        or not any(_titled_by(tokens, name, {country_name(p)}) for tokens in texts for name in people)
    )


def _city_in(city: str, country: str) -> bool:
    """Is ``city`` a city of the country ``country`` names ("Astrakhan", "southern Russia": the
    region's city; "Kurunegala", "Sri Lanka")?"""
    named = country_name(country)
    return named is not None and city_country(city) == named


def _capital_of(city: str, country: str) -> bool:
    """Is ``city`` the capital of the country ``country`` names ("Colombo", "Sri Lanka")?"""
    named = country_name(country)
    return named is not None and capital_country(city) == named


def _places_of(event: Event) -> tuple[str, ...]:
    """The places a row names, and the dateline its sentence opens with in a roundup of several
    places' news ("TAIPEI -- Share prices on the Taiwan Stock Exchange closed higher": Taipei's)."""
    datelines = tuple(m.group(1).title() for m in (_DATELINE.match(mention.text) for mention in event.mentions) if m)
    return (*event.places, *datelines, *_destinations(event))


# Journeys whose patient place is where they go: "to visit Taiwan" is in Taiwan.
_JOURNEY_LEMMAS = frozenset("visit tour trip".split())


def _destinations(event: Event) -> tuple[str, ...]:
    """The country or region a visit, tour or trip goes to when the row names it as its patient
    ("Gingrich is the first speaker to visit Taiwan"): its place, not another visit's ("a visit to
    China last week")."""
    if event.predicate.lemma not in _JOURNEY_LEMMAS:
        return ()
    return tuple(r.name for r in event.actors if r.role == "patient" and r.type in ("GPE", "LOC"))


# A dateline opening a sentence within an article: a section of a roundup told from that place.
_DATELINE = re.compile(r"([A-Z][A-Z'.-]+(?: [A-Z][A-Z'.-]+)*) --")


def _within(short: str, long_: str) -> bool:
    """Is one place's name the first or last words of another's ("Gaza", "Gaza Strip"; "Jenin",
    "Jenin Refugee Camp"), neither a country?"""
    ws, wl = short.casefold().split(), long_.casefold().split()
    if not ws or len(ws) >= len(wl) or country_name(short) is not None or country_name(long_) is not None:
        return False
    return wl[: len(ws)] == ws or wl[-len(ws) :] == ws


def _figures_agree(a: Event, b: Event) -> bool:
    va = {c.value for c in a.claims if c.value is not None}
    vb = {c.value for c in b.claims if c.value is not None}
    if va and vb and not va & vb:
        # "killing eight people" ... "Six bodyguards, a district chief and a civilian were killed"
        return _adds_up(a, b) or _adds_up(b, a)
    if va & vb and not _shared_figure(a, b):
        return False  # "killing three officers" ... "three civilians were gunned down": other dead
    if _one_and_many(a, b) or _one_and_many(b, a):
        return False  # "killed an Afghan civilian" ... "31 civilians were killed": two happenings
    sa, sb = _scores(a), _scores(b)
    if _scored_apart(a, sa, b, sb) or _scored_apart(b, sb, a, sa):
        # "after their 1-0 loss to Porto" ... "will lose three players", "won the ball", "group wins"
        return False
    return not (sa and sb and not sa & sb)  # "a 2-1 victory" ... "defeated China 3-1": two games


# The kinds of harm whose victims a story counts in all and then by kind.
_HARMS = frozenset({"death", "injury"})
# Words that end the list of victims after an active verb ("killed 35 students and six teachers in
# the attack"): the phrase ends, "and" goes on with the list.
_LIST_END = _PHRASE_END - {"and"}
# Words that make the victims of a list others than those counted before ("two other soldiers",
# "five more civilians", "another three").
_OTHERS = frozenset("other others more another further also".split())
# The words and counts of a summary, with its commas: "six bodyguards , a district chief and ..."
_LIST_TOKENS = re.compile(r"[a-z]+|\d[\d,]*\d|\d|,")


def _adds_up(total: Event, parts: Event) -> bool:
    """Does ``parts`` list, by kind, the victims ``total`` counted in all, the same harm ("killing
    eight people" ... "Six bodyguards, a district chief and a civilian were killed"; "killed more
    than 40 people" ... "killed 35 students and six teachers")? Not a list of others ("two other
    soldiers and a civilian"), nor one that adds up to another count."""
    counts = [c for c in total.claims if c.value is not None]
    if len(counts) != 1 or counts[0].value is None or counts[0].value < 2:
        return False
    harm = _kinds_of(total) & _kinds_of(parts) & _HARMS
    if not harm:
        return False
    listed = _listed_victims(parts)
    if listed is None:
        return False
    value, qualifier = int(counts[0].value), (counts[0].qualifier or "").lower()
    slack = max(2, value // 10)
    if qualifier in ("more than", "over"):
        return value < listed <= value + slack
    if qualifier == "at least":
        return value <= listed <= value + slack
    if qualifier:
        return abs(listed - value) <= slack  # "about 20", "nearly 20"
    return listed == value


def _listed_victims(event: Event) -> int | None:
    """The number of people a harm's row lists in two or more counted parts, its subject in the
    passive or before "died" ("Six bodyguards, a district chief and a civilian were killed": 8),
    what its verb acted on otherwise ("killed 35 students and six teachers in the attack": 41);
    None when the phrase is not such a list ("Gunmen killed five", "two other soldiers and a
    civilian were killed")."""
    tokens = _LIST_TOKENS.findall(event.summary.casefold())
    trigger = _words(event.predicate.text)
    if not trigger or trigger[0] not in tokens or _noun_form(event):
        return None
    at = tokens.index(trigger[0])
    if _passive(event) or _head_lemma(event) in _BEFALLING:
        words = tokens[:at]
        while words and (words[-1] in _AUXILIARIES or words[-1] in _PASSIVE_BE):
            words.pop()
    else:
        words = tokens[at + len(trigger) :]
        for i, word in enumerate(words):
            if word in _LIST_END:
                words = words[:i]
                break
    items: list[list[str]] = [[]]
    for word in words:
        if word in ("and", ","):
            if items[-1]:
                items.append([])
        else:
            items[-1].append(word)
    if len(items) < 2 or any(len(item) < 2 or set(item) & _OTHERS for item in items):
        return None
    total = 0
    for item in items:
        count = _leading_count(item)
        if count is None:
            return None
        total += count
    return total


def _leading_count(words: list[str]) -> int | None:
    """The count a list item starts with ("six teachers": 6, "a civilian": 1, "Twenty-two
    soldiers": 22, "35 students": 35); None for an item with no count ("the driver")."""
    first = words[0]
    if first in _ONE:
        return 1
    if first.replace(",", "").isdecimal():
        return int(first.replace(",", ""))
    if first in _COUNTS:
        value = _COUNTS[first]
        if value in _TENS and 0 < _COUNTS.get(words[1], 0) < 10:
            value += _COUNTS[words[1]]
        return value
    return None


# The result of a match named by a noun ("a 2-1 win", "their 1-0 defeat"), and of several.
_MATCH_RESULTS = frozenset("win victory defeat loss".split())
_MATCH_RESULTS_MANY = frozenset("wins victories defeats losses".split())


def _scored_apart(result: Event, scores: frozenset, other: Event, other_scores: frozenset) -> bool:
    """Is ``result`` a match's result named by a noun right after its score ("a 2-1 win") and
    ``other`` a row with no score told by a verb ("won the ball", "will lose three players") or by
    the results of several matches ("group wins")? The match its score singles out is not that
    (but "last month's defeat at Burnley" may be it)."""
    if not scores or other_scores:
        return False
    word = result.predicate.text.lower()
    if word not in _MATCH_RESULTS or not re.search(rf"\d-\d{{1,3}}\s+(?:[a-z]+\s+)?{word}\b", result.summary):
        return False
    return _verb_told(other) or other.predicate.text.lower() in _MATCH_RESULTS_MANY


# One person a happening was done to ("killed a civilian", "one soldier was wounded") ...
_ONE = frozenset({"a", "an", "one"})
# ... of a kind of people hurt, held or lost in the news ...
_PEOPLE_HURT = ROLE_HEADS | frozenset(
    """civilian child boy girl man woman baby infant teenager youth soldier trooper policeman
    policewoman guard worker student pupil passenger driver resident villager pilgrim tourist
    journalist reporter farmer teacher doctor nurse patient prisoner hostage militant rebel fighter
    insurgent gunman bystander pedestrian person citizen national miner fisherman sailor marine""".split()
)
# ... and the words that count people of any kind ("four others", "31 people").
_ANY_PEOPLE = frozenset("people persons others individuals".split())
# Verbs whose subject is the one they happened to ("a soldier died").
_BEFALLING = frozenset("die perish drown".split())


def _one_person(event: Event) -> str:
    """The kind of the one person a row's happening was done to, right after its verb or before a
    passive one ("killed an Afghan civilian", "a child was injured", "one soldier died": civilian,
    child, soldier); '' when it names no such one."""
    after = _acted_on(event)
    if after and after[0] in _ONE and len(after) > 1:
        return after[-1] if after[-1] in _PEOPLE_HURT else ""
    if not (_passive(event) or _head_lemma(event) in _BEFALLING):
        return ""
    before = [w for w in _words_before(event) if not w.endswith("ly")][-4:]
    ones = [i for i, w in enumerate(before) if w in _ONE]
    if not ones or len(before) - ones[-1] < 2:
        return ""
    return before[-1] if before[-1] in _PEOPLE_HURT else ""


def _one_and_many(one: Event, many: Event) -> bool:
    """Is a happening done to one person ("killed an Afghan civilian") told against a count of many
    people of that kind or of any kind ("31 civilians were killed", "wounded four others"), with no
    person named on both sides nor one day and place told for both? Two happenings."""
    # (the count first: most rows give none, and reading the one person takes the summary apart)
    counted = {_words(c.text)[-1] for c in many.claims if c.value is not None and c.value > 1 and _words(c.text)}
    if not counted:
        return False
    kind = _one_person(one)
    if not kind:
        return False
    plural = kind[:-3] + "men" if kind.endswith("man") else kind
    if not any(w in _ANY_PEOPLE or w == plural or stem(w) == stem(kind) for w in counted):
        return False
    if _patients(one) & _patients(many):
        return False
    return not (_same_day(one, many) and _common_place(one, many))


_SCORE = re.compile(r"(?<![\d.:-])(\d{1,3})-(\d{1,3})(?![\d.:-])")


def another_one(a: Event, b: Event) -> bool:
    """Do two rows of one article say they are two happenings: the later says it is another ("a
    second blast", "Kenya also won"), they give different scores ("a 2-1 victory" ... "defeated
    Norway 3-1"), or it was done to someone else ("dismissed Hayden" ... "dismissed Langer")? For
    the chronology's merge, which must not join what these rules keep apart."""
    later = max((a, b), key=lambda e: min((m.sentence, m.start) for m in e.mentions) if e.mentions else (0, 0))
    sa, sb = _scores(a), _scores(b)
    return _another(later, strong=True) or bool(sa and sb and not sa & sb) or _done_to_another(a, b)


def _done_to_another(a: Event, b: Event) -> bool:
    """Do both rows name whom it was done to, and no one on both sides ("Ntini dismissed Hayden"
    ... "Ntini dismissed Langer": the same doer, two dismissals)?"""
    pa, pb = _patients(a), _patients(b)
    return bool(pa and pb) and not any(_same_name(x, y) for x in pa for y in pb)


def _scores(event: Event) -> frozenset[tuple[int, int]]:
    """The scores a summary gives ("a 2-1 victory", "won 3-0"), each as (higher, lower)."""
    return _scores_in(event.summary)


@lru_cache(maxsize=1 << 12)  # asked of both rows of every pair compared: a function of the words alone
def _scores_in(summary: str) -> frozenset[tuple[int, int]]:
    if "-" not in summary:
        return frozenset()  # (every score has its hyphen; _SCORE is tried at each character, ~10 us a summary)
    return frozenset((max(int(x), int(y)), min(int(x), int(y))) for x, y in _SCORE.findall(summary))


def _shared_figure(a: Event, b: Event) -> bool:
    """Both give a figure and one figure is the same ("11 armed men were injured" ... "some 11
    Palestinians and three officers were injured"), not counting two sides of a fight ("killing three
    officers" ... "three civilians were gunned down": other dead)."""
    return any(
        x.value == y.value and not _other_side(_counted(a, x.text), _counted(b, y.text))
        for x in a.claims
        if x.value is not None
        for y in b.claims
        if y.value is not None
    )


# Who a figure counts, on the two sides of a fight: the dead of one side are not the other's
_UNARMED = frozenset(
    "civilian civilians villager villagers resident residents passenger passengers child children".split()
)
_ARMED = frozenset(
    "soldier soldiers troop troops officer officers policeman policemen police guard guards militant militants "
    "insurgent insurgents rebel rebels gunman gunmen fighter fighters marine marines".split()
)


def _other_side(x: str, y: str) -> bool:
    """Do the two figures count people of the two sides ("three officers", "three civilians")?"""
    wx, wy = set(x.lower().split()), set(y.lower().split())
    return bool(wx & _UNARMED and wy & _ARMED or wx & _ARMED and wy & _UNARMED)


# Words that may stand between a count and the people it counts ("three more civilians", "two other
# soldiers", "five US soldiers").
_COUNT_FILLER = frozenset("more other others further additional".split())
_SIDES = _UNARMED | _ARMED


def _counted(event: Event, figure: str) -> str:
    """The figure with the people it counts, read from the row's summary where the figure stands
    without them: "three more civilians" (a word or two on), or "the deaths of three more", told after
    the people it adds to ("American soldiers are still dying ...; the military confirmed the deaths of
    three more": soldiers)."""
    words = _FIGURE_WORDS.findall(figure.casefold())
    if not words or set(words) & _SIDES:
        return figure
    summary: list[str] = _FIGURE_WORDS.findall(event.summary.casefold())
    at = next((i for i in range(len(summary)) if summary[i : i + len(words)] == words), -1)
    if at < 0:
        return figure
    after = summary[at + len(words) : at + len(words) + 4]
    other = 0
    for word in after:
        if word in _SIDES:
            return f"{figure} {word}"
        if word not in _COUNT_FILLER:
            other += 1
            if other > 1:
                break
    if after[:1] == ["more"] and not (after[1:2] and after[1][0].isalpha() and after[1] not in _NOT_PEOPLE_AFTER):
        before = next((w for w in reversed(summary[:at]) if w in _SIDES), "")
        return f"{figure} {before}".strip()
    return figure


_FIGURE_WORDS = re.compile(r"[\w'-]+")
# Words after "N more" that show no people follow ("the deaths of three more on Thursday").
_NOT_PEOPLE_AFTER = _PHRASE_END | frozenset("were was have had died".split())


def _date_rank(event: Event) -> tuple:
    """Dated before undated, explicit before taken from the article's date, a day before a year;
    undated, a day named as written ("Thursday" in an article with no date) before none."""
    span = _span(event)
    days = 0
    if span is not None:
        try:
            days = (date.fromisoformat(span[1]) - date.fromisoformat(span[0])).days
        except ValueError:
            days = 0
    return (
        span is None,
        RESOLUTION_RANK.get(event.date.resolution, 9),
        _borrowed_day(event) and not _noun_form(event),  # a day of its own before a statement's
        days,
        span is None and not event.date.text,
    )


_OWN_DATES = ("absolute", "relative")


def _narrower(a: Event, b: Event) -> Event | None:
    """Of two mentions each dated by words of its own, the one whose days lie within the other's
    and are fewer ("the 2005 Expo" ... "held last month": the month); None when neither is."""
    sa, sb = _span(a), _span(b)
    if sa is None or sb is None or a.date.resolution not in _OWN_DATES or b.date.resolution not in _OWN_DATES:
        return None
    if sa == sb:
        return None
    if sb[0] >= sa[0] and sb[1] <= sa[1]:
        return b
    if sa[0] >= sb[0] and sa[1] <= sb[1]:
        return a
    return None


def _join(kept: Event, repeat: Event, reason: str) -> Event:
    """One row for both: the better-dated one speaks (its date, summary and predicate), the first
    keeps its id; every mention, actor and figure is kept."""
    best = repeat if _date_rank(repeat) < _date_rank(kept) else kept
    if (
        _span(kept) is not None
        and _span(kept) == _span(repeat)
        and not {kept.date.resolution, repeat.date.resolution} & set(_OWN_DATES)
    ):
        best = kept  # one day guessed for both (the story's, the article's): the first telling speaks
    narrower = _narrower(kept, repeat)
    if narrower is not None:
        best = narrower  # "the 2005 Travel Expo held in Harare last month": October, not the year
    if best is kept and _date_rank(repeat) == _date_rank(kept) and _words(kept.summary) != _words(repeat.summary):
        if " ".join(_words(kept.summary)) in " ".join(_words(repeat.summary)):
            best = repeat  # the clause a noun phrase is part of: "The third round of the talks will begin ..."
        elif _taken_up(kept, repeat):
            best = repeat  # "a defense lawyer ejected" ... "the defense lawyer Badie Aref be ejected": who it was
    predicate = best.predicate
    places = tuple(dict.fromkeys((*best.places, *kept.places, *repeat.places)))
    for noun, verb in ((kept, repeat), (repeat, kept)):
        if _stages(noun, verb) or _carries(verb, noun):
            # the noun is the happening, the verb only says it took place: "a summit held on March
            # 9" is the summit's row (GUIDELINES 2), told in the verb's clause
            predicate = noun.predicate
            # and no place where it happened ("participated at the 2005 Travel Expo")
            places = tuple(p for p in places if not set(_words(noun.predicate.text)) & set(_words(p)))
            if " ".join(_words(noun.summary)) in " ".join(_words(verb.summary)):
                best = verb
            elif _scheduled_for(verb) and verb.date.earliest and verb.date.earliest == noun.date.earliest:
                best = verb  # "the elections set for Jan. 25": the noun and when it is set for
    told_by: tuple[Event, Event] | None = None
    for noun, verb in ((kept, repeat), (repeat, kept)):
        if _did_by_noun(noun, verb):
            # "a month-long army offensive drove them from the city": the noun's row (its people
            # first), told by the verb's clause, dated by the better-dated of the two; what befell
            # the noun is the verb's happening ("the talks stalled on Monday")
            predicate, told_by = noun.predicate if _acts_on(verb) else verb.predicate, (noun, verb)
    mentions = tuple(sorted({*kept.mentions, *repeat.mentions}, key=lambda m: (m.sentence, m.start, m.end)))
    dating = best.mentions[best.date.mention or 0] if best.mentions else None
    position = mentions.index(dating) if dating is not None and best.date.earliest else None
    summary = _told_summary(best, kept, repeat)
    if _is_statement(kept) and _is_statement(repeat):
        actors = _statement_actors(*(_said_by_quoted(e) for e in (best, kept, repeat)), told=summary)
    elif told_by is not None:
        # the noun's people: what its happening did to others is its result ("a US-led invasion
        # deposed Saddam's regime" is the invasion other reports tell, not one of Saddam)
        actors = _actors(told_by[0], *(replace(e, actors=_not_done_to(e)) for e in told_by))
    else:
        actors = _actors(best, kept, repeat)
    doc = mentions[0].doc if mentions else ""
    line = (
        f"{doc}: '{repeat.mentions[0].trigger if repeat.mentions else repeat.predicate.text}' joined to "
        f"'{kept.mentions[0].trigger if kept.mentions else kept.predicate.text}' in the same article ({reason})"
    )
    first_sentence = mentions[0].sentence if mentions else 0
    agent = any(r.role == "agent" for r in actors)
    if told_by is not None:
        summary = told_by[1].summary
    elif reason.endswith(_NEWS_DAY_TOLD):
        # "The attack took place on Wednesday" gives the day of what the news told, in its words
        summary, predicate = kept.summary, kept.predicate
    return replace(
        kept,
        summary=summary,
        date=replace(best.date, mention=position),
        predicate=predicate,
        actors=actors,
        places=places,
        mentions=mentions,
        claims=tuple(dict.fromkeys((*kept.claims, *repeat.claims))),
        confidence=max(kept.confidence, repeat.confidence),
        explain=(*kept.explain, *repeat.explain, line),
        factuality=min(kept.factuality, repeat.factuality, key=lambda f: FACTUALITY_RANK.get(f, 9)),
        salience=salience(1, first_sentence, agent, best.date.resolution in ("absolute", "relative")),
    )


def _told_summary(best: Event, kept: Event, repeat: Event) -> str:
    """The best-dated row's summary, unless the other reads whole where it does not (its subject
    left out: "were arrested on Tuesday"; a quotation cut) or tells much more than a short one."""
    other = repeat if best is kept else kept
    if (other.factuality == "planned") != (best.factuality == "planned"):
        return best.summary  # not "has returned" for "is due to return"
    return fullest_told(best.summary, other.summary, (*kept.mentions, *repeat.mentions))


def _statement_actors(best: Event, *members: Event, told: str) -> tuple[ActorRef, ...]:
    """The actors of one speaker's statements joined: the best-dated one's, then who the others name
    as speaking, not whom another remark was about ("Sison said Monday he fears ..." ... "Sison
    accused Arroyo's government of ...": Sison; Arroyo is the accusation's, not the statement's).
    The same act told again keeps whom it was done to ("A court on Friday rejected a lawsuit" ...
    "The court rejected Dong's claim": Dong), and so does the remark whose words the row is ``told``
    in ("Clark has urged his mentor McGrath to ..." ... "Clark told reporters here Sunday": McGrath)."""
    head = _head_lemma(best)
    return _actors(
        best,
        *(
            e if _head_lemma(e) == head or e.summary == told else replace(e, actors=_not_done_to(e))
            for e in members
            if e is not best
        ),
    )


def _not_done_to(event: Event) -> tuple[ActorRef, ...]:
    """A row's actors but those it was done to (its patients)."""
    return tuple(r for r in event.actors if r.role != "patient")


_QUOTE_MARKS = "\"“”'‘’"
_OPENING_PRONOUNS = frozenset("he she his her it its they their them him".split())


def _summary_flaws(summary: str, mentions: Sequence[Mention]) -> int:
    """How many flaws a reader sees at once in a summary: quote marks left open, a quotation cut at
    either end ("…"; a summary with no quotation, cut at the word cap, still reads as its news) or
    before the rest of it after its tag ('"As part of our culture," said Yuanjie' of '"As part of
    our culture," said Yuanjie, "music has ..."'), a pronoun for the speaker
    (opening it, or tagging a quotation: '"...," he said'), two or three words, an auxiliary
    opening it, its subject left out ("were arrested during a demonstration on Tuesday")."""
    words = [w for w in summary.replace("…", " ").split() if w.strip(_QUOTE_MARKS)]
    if len(words) < 4:
        return 3
    flaws = summary.count('"') % 2 + (summary.count("“") != summary.count("”")) + _quote_resumed(summary, mentions)
    if any(q in summary for q in '"“”'):  # (a clause cut at the cap still tells its news)
        flaws += summary.lstrip(_QUOTE_MARKS).startswith("…") + summary.rstrip(_QUOTE_MARKS).endswith("…")
        flaws += _CUT_BEFORE_ITS_TAG.search(summary) is not None  # '"We are talking about money …," Blair said'
    tag = re.split(r"[\"”]", summary)[-1].split() if summary[:1] in '"“' else []
    flaws += words[0].strip(_QUOTE_MARKS).lower() in _OPENING_PRONOUNS or tag[:1] in (["he"], ["she"])
    return flaws + 3 * _bare_tag(summary) + (words[0].strip(_QUOTE_MARKS) in _SUBJECTLESS_OPENERS)


# A quotation cut inside, before its closing mark and who said it
_CUT_BEFORE_ITS_TAG = re.compile(r" …,?[\"”]")
# Words that open a summary whose subject was left out ("were arrested during a demonstration").
_SUBJECTLESS_OPENERS = frozenset("was were is are has have had will would been being".split())


# Who a statement is told to when that is all it names: "Disastro told Xinhua by telephone".
_TOLD_TO = re.compile(
    r"[^\"“”,;:]{1,80}?\b(?:told|tells)\s+(?:Xinhua|AFP|Reuters|AP|reporters|journalists|newsmen|the press|the media)"
    r"((?:\s+[^\s\"“”,;:]+)*)"
)
# Words after "told Xinhua" that start the words told ("told reporters that ...", "told AFP he ...").
_TOLD_WORDS = frozenset(
    "that how what why whether if about he she it they we i you there this "
    "would will could can may might should must had has have was were is are be been did does".split()
)


def _bare_tag(summary: str) -> bool:
    """A summary that only says who told a news agency or reporters, the words told left out ('Disastro
    told Xinhua by telephone from the province', the quotation in the sentence before it or cut off)."""
    found = _TOLD_TO.fullmatch(summary.strip())
    return found is not None and not any(w.lower() in _TOLD_WORDS for w in found.group(1).split())


def _quote_resumed(summary: str, mentions: Sequence[Mention]) -> bool:
    """Does the sentence a summary was cut from go on, right after it, with more of its quotation?"""
    if summary[:1] not in '"“':
        return False
    for m in mentions:
        at = m.text.find(summary)
        if at >= 0:
            return m.text[at + len(summary) :].lstrip(" ,;:").startswith(('"', "“"))
    return False


# A summary with fewer words than this says little of what was said ("Layton's Monday speech").
_SHORT_TOLD = 8


def fullest_told(first: str, other: str, mentions: Sequence[Mention]) -> str:
    """Of two summaries of one speaker's statements, the one that reads whole ('"The first rule of the
    club," said coach Tom Reed', cut before the rest of the quotation, gives way to 'Reed said his
    players were proud of their small stadium'); of two that do, ``first`` (the better-dated one's)
    unless it is short and the other is longer."""
    flaws, other_flaws = _summary_flaws(first, mentions), _summary_flaws(other, mentions)
    if other_flaws != flaws:
        return other if other_flaws < flaws else first
    words, other_words = len(first.split()), len(other.split())
    return other if words < _SHORT_TOLD and other_words > words else first


# Words of taking part in an occasion ("the president joined the talks", "attending the ceremony"):
# the row is the occasion's, and who takes part in it is one of its actors (GUIDELINES 4).
_TAKING_PART = frozenset(
    "attend attends attended attending join joins joined joining participate participates participated "
    "participating part".split()
)


def _taken_part_in(event: Event) -> bool:
    """Is the row an occasion its summary tells someone takes part in, a word of taking part just
    before its trigger ("the president joined the talks", "Boucher attended funeral ceremonies")?
    Its actors of no role of their own are those who take part, not bystanders."""
    return any(w in _TAKING_PART for w in _words_before(event)[-4:])


def _actors(best: Event, *members: Event) -> tuple[ActorRef, ...]:
    """The best-dated row's actors, then who the others name as doing, undergoing or telling it
    (not the bystanders they mention)."""
    found: dict[str, ActorRef] = {ref.name: ref for ref in best.actors}
    for event in members:
        for ref in event.actors:
            old = found.get(ref.name)
            if ref.role == "other" and not (old is None and _taken_part_in(event)):
                continue
            if old is None and ref.role == "agent" and _party_named(ref.name, found):
                continue  # "the North Korean delegations" of the talks "North Korea" already holds
            if old is None or old.role in ("other", "source") and ref.role != "source":
                found[ref.name] = ref
    return tuple(found.values())
