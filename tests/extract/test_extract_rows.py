"""Which happenings are rows of the chronology: factuality, one row per happening (issue 16)."""

from __future__ import annotations

import pytest

from tests.extract.parsed import extracted
from timeline.extract import extract
from timeline.model import DocDate, Document, TimeExpr

pytestmark = pytest.mark.slow


def rows(nlp, text: str, *, all_events: bool = False):
    document = Document(id="d1", text=text, date=DocDate("2016-12-16", "metadata", 1.0))
    return extract(nlp(text), document, [], all_events=all_events).events


def facts(nlp, text: str) -> dict[str, str]:
    return {e.predicate.text: e.factuality for e in rows(nlp, text, all_events=True)}


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("The writing did not start today.", "writing", "negated"),  # one row, the noun's
        ("No one was hurt in the blast.", "hurt", "negated"),
        ("The army never attacked the town.", "attacked", "negated"),
        # "few" and "little" alone: next to none, a negation ("a few", "the few", "a little": it happened)
        ("The boat sank and few survived.", "survived", "negated"),
        ("Few residents returned to the village.", "returned", "negated"),
        ("The bond yield was little changed on Friday.", "changed", "negated"),
        ("A few residents returned to the village.", "returned", "asserted"),
        ("The few protesters were quickly dispersed.", "dispersed", "asserted"),
        ("The bond yield rose a little.", "rose", "asserted"),
        # a plan that the text says was not made: "not expected to", "did not agree to"
        ("The show was not expected to draw big crowds.", "draw", "negated"),
        ("The deal would end years of fighting.", "deal", "hypothetical"),
        ("Idlib could be attacked next.", "attacked", "hypothetical"),
        ("If the army attacks, the rebels will retreat.", "retreat", "hypothetical"),
        ("Did the army attack the city?", "attack", "hypothetical"),
        ("The rebels fought in their effort to push Assad from office.", "push", "hypothetical"),
        # a purpose is no plan, even under a verb that can schedule ("set up ... to treat")
        ("The army set up a field hospital to treat the wounded.", "treat", "hypothetical"),
        ("The minister will visit China next week.", "visit", "planned"),
        ("Putin agreed to hold peace talks in Astana.", "talks", "planned"),
        ("The peace talks are expected to be held in January.", "talks", "planned"),
        ("The region, which is divided between three countries, is poor.", "divided", "generic"),
        ("The rebels held the city for four years.", "held", "generic"),
        ("Police arrested three men.", "arrested", "asserted"),
        # reported speech: "would" is the speaker's "will", "could" stays a possibility
        ("Grandi added that UN officials would investigate the claims.", "investigate", "planned"),
        ("Grandi added that UN officials could investigate the claims.", "investigate", "hypothetical"),
    ],
)
def test_rows_factuality(nlp, text, trigger, expected):
    assert facts(nlp, text).get(trigger) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The writing did not start today.",
        "The deal would end years of fighting.",
        "The rebels held the city for four years.",
    ],
)
def test_rows_not_listed_by_default_but_kept_with_all_events(nlp, text):
    assert rows(nlp, text) == ()
    assert rows(nlp, text, all_events=True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "X said Y": Y's row, X its source
        ("The ministry said 40 people died in the floods.", ["died"]),
        # an opinion is no happening: the statement is the row, from a named speaker
        ("Vladimir Putin said the next step should be a ceasefire.", ["said"]),
        # from nobody named, a statement is no row
        ("Normally 24 people work there, the agency said.", []),
        # an event noun with a verb that says it took place: one row
        ("The evacuations began on Thursday.", ["evacuations"]),
        # a framing participle folds into the main verb
        ("Speaking in Geneva, the envoy warned of a new siege.", ["warned"]),
        # a participle describing a noun is no row
        ("Assad spoke in a video posted on Twitter.", ["spoke"]),
        # ... nor one the parser tagged as a finite past, which has no subject ("stuck": VBD)
        ("A nurse stuck outside the hospital told reporters the fire started at noon.", ["started"]),
        # ... but the noun's own verb, when the parser lost the main verb, stays
        (
            "The statement called on the governor to resign and added that protests would follow.",
            ["called", "protests"],
        ),
        # ... and a quotation that opens on the verb is the speaker's clause, not a description
        ('The government "asked for foreign troops to stay in the country until next year," he said.', ["asked"]),
        # an event noun that is only referred to is no row; one that "after" names with a tie of its
        # own, told nowhere else, is a happening of its own (the gold of the Aleppo seed lists it)
        ("After the war, the army moved north.", ["moved"]),
        ("After the liberation of Aleppo, the army moved north.", ["liberation", "moved"]),
        # bare gerunds are fragments; a participle after the main verb is told by the main verb's row,
        # but for the toll it took: deaths are a happening of their own (GUIDELINES 2)
        ("A bomb exploded in the market, killing 12 people.", ["exploded", "killing"]),
        ("Prices rose, boosted by remittances from abroad.", ["rose"]),
        ("The minister resigned on Monday, citing health reasons.", ["resigned"]),
        # an apposition the parser took for a second object is no row of its own
        ("The treaty took effect in May, the largest trade deal between the two countries.", ["treaty"]),
        # an event noun that a verb only describes is no row
        ("The mission includes 13 Italian doctors.", []),
        # "broke away" is no "broke out": a group that breaks away is no event
        ("The rebel faction broke away from the army.", ["broke"]),
        # a noun that another verb only stages stays the row
        ("The talks are expected to be held in January.", ["talks"]),
        # a speech tag hung on the clause it reports is no row: "he added" says nothing
        ("More cuts were likely after the summit, the minister added.", []),
        ("The ferry sank near the coast, a port official was quoted as saying.", ["sank"]),
        ("The plant has been closed, the manager was cited as saying.", ["closed"]),
        # "now", "currently" on a present clause: a state of affairs, no happening of that day
        ("Belarus currently pays 46 dollars for gas, the company said on Monday.", []),
        ("The coastline, which is now controlled by Chile, was lost in a war.", ["lost"]),
        ("The meeting will now take place on Friday.", ["meeting"]),
        # a result infinitive is told by its verb, whatever the tagger calls its "to"
        ("In Paris the CAC 40 fell 0.12 percent to finish at 5,533.36.", ["fell"]),
        # what was decided or found is the row, when it is a happening
        ("Union officials decided his offence merited a three-week ban.", ["merited"]),
        ("Police found the bodies of three men on Monday.", ["found"]),
        # what was said "in a statement that ..." is what the speech verb reports
        ("Emile Lahoud said in a statement that the plant closed on Monday.", ["closed"]),
        # a relative clause of violence or disaster tells a happening, not who or what its noun is
        ("Police said the car bomb that killed the editor was remote-controlled.", ["killed"]),
        # a participle the parser made the adjective of "be" is a state
        ("Clark said he was focused on forming a new partnership with Lee.", ["said"]),
        # a participle used as a noun names people, not a happening
        ("The army said the number of wounded could reach 5,000.", []),
        ("The wounded were evacuated to a hospital on Monday.", ["evacuated"]),
        # a passive that only tells its event noun happened: the noun's row
        ("A bird flu outbreak was reported in a village near the city.", ["outbreak"]),
        # verbs of saying beyond "say": what is said is the row
        ("Troops opened fire on the crowd, the witnesses clarified.", ["opened"]),
        # a reporting verb that opens its sentence with nothing to say: the tag of a cut-off quotation
        ('"The new bridge is beautiful and I will cross it every day."\nsaid Ana Diaz, a teacher.', []),
        # the press named after the verb, as its object: the tag of the sentence, no row of its own
        (
            "Silva was chased all the way by the defending champion and crossed the line in 40 minutes, reported "
            "the Lusa news agency.",
            ["chased", "crossed"],
        ),
    ],
)
def test_rows_one_row_per_happening(nlp, text, expected):
    assert [e.predicate.text for e in rows(nlp, text)] == expected


def test_rows_a_verb_on_a_noun_the_parser_made_a_second_subject_of_the_saying_stays_a_row(nlp):
    # the parser hangs "left" on the noun and makes the noun a second subject of "said": it lost the
    # main verb, so "left" is no description of the noun but the happening told
    text = "The French engineer, who spent two years in jail, left on a flight to Paris on Tuesday, a witness said."
    assert "left" in [e.predicate.text for e in rows(nlp, text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an event noun a report passes on folds into the statement's row when someone named makes it
        ("Thailand reported a new outbreak of the disease on Tuesday.", {"reported": "asserted"}),
        # and stands for itself when no one named does (no statement row): the happening is the news
        ("Residents reported heavy fighting in the north.", {"fighting": "asserted"}),
        ("Monitors disclosed a breach of the truce near the border.", {"breach": "asserted"}),
        # with its own factuality: a report that did not come tells no happening
        ("Witnesses did not report any clashes.", {}),
    ],
)
def test_rows_a_happening_a_report_passes_on_stands_when_the_report_is_no_row(nlp, text, expected):
    assert {e.predicate.text: e.factuality for e in rows(nlp, text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what someone unnamed confirms is a happening of others: its own row, told by the confirmation
        ("Police confirmed the arrest of four smugglers in the harbour on Monday.", {"arrest": "asserted"}),
        ("The navy confirmed the deaths of two divers off the coast on Friday.", {"deaths": "asserted"}),
        # not what a test found, told again: no happening of its own
        ("The second test confirmed the first findings.", {}),
    ],
)
def test_rows_a_happening_of_others_a_confirmation_passes_on_stands_for_it(nlp, text, expected):
    assert {e.predicate.text: e.factuality for e in rows(nlp, text)} == expected


def test_rows_a_happening_that_stands_for_its_report_is_told_by_the_report(nlp):
    (event,) = rows(nlp, "Residents reported heavy fighting in the north.")
    assert event.summary == "Residents reported heavy fighting in the north"
    assert facts(nlp, "Witnesses did not report any clashes.") == {"clashes": "negated"}
    # in text order among the sentence's rows
    text = "Residents reported heavy fighting in the north, and troops shelled the town."
    assert [e.predicate.text for e in rows(nlp, text)] == ["fighting", "shelled"]


def test_rows_said_in_a_statement_that_reports_with_its_source():
    (closed,) = extracted("Emile Lahoud said in a statement that the plant closed on Monday.")
    assert closed.factuality == "reported"
    assert ("Emile Lahoud", "source") in {(a.name, a.role) for a in closed.actors}
    (said,) = extracted("Emile Lahoud said in a statement that prices were too high.")
    assert said.summary == "Emile Lahoud said in a statement that prices were too high"


def test_rows_a_past_happening_a_plan_names_is_no_plan():
    events = extracted(
        "The inquiry will bring to light all behind the Feb. 14 assassination of the premier.", "2005-11-01"
    )
    (killing,) = [e for e in events if e.predicate.text == "assassination"]
    assert (killing.date.earliest, killing.factuality) == ("2005-02-14", "asserted")


def test_rows_reported_event_carries_its_source(nlp):
    (died,) = rows(nlp, "Health minister Ali Hassan said 40 people died in the floods.")
    assert died.factuality == "reported"
    assert ("Ali Hassan", "source") in {(a.name, a.role) for a in died.actors}


def test_rows_confidence_and_salience_say_something(nlp):
    text = "Police arrested three men on Monday.\nThe minister will visit China."
    monday = _timex(text, "Monday", "2016-12-12", resolution="relative")
    document = Document(id="d1", text=text, date=DocDate("2016-12-16", "metadata", 1.0))
    events = {e.predicate.text: e for e in extract(nlp(text), document, [monday]).events}
    arrested, visit = events["arrested"], events["visit"]
    assert arrested.confidence > visit.confidence  # dated by the text beats undated
    assert 0 < arrested.salience <= 1 and arrested.salience > visit.salience


def _timex(
    text: str,
    needle: str,
    value: str,
    precision: str = "day",
    *,
    type: str = "DATE",
    day: str | None = None,
    resolution: str = "absolute",
) -> TimeExpr:
    """The expression ``needle`` of ``text``; a day's or a year's interval, or ``day`` for a TIME
    or a reference such as PRESENT_REF."""
    start = text.index(needle)
    earliest = day or (value if precision == "day" else f"{value}-01-01")
    latest = day or (value if precision == "day" else f"{value}-12-31")
    return TimeExpr(
        start=start,
        end=start + len(needle),
        text=needle,
        type=type,
        value=value,
        edtf=day,
        earliest=earliest,
        latest=latest,
        precision=precision,
        resolution=resolution,
        doc="d1",
    )


def _extract(nlp, text, timexes=(), **kw):
    document = Document(id="d1", text=text, date=DocDate("2016-12-16", "metadata", 1.0))
    return extract(nlp(text), document, list(timexes), **kw).events


@pytest.mark.parametrize("word", ["since", "until", "before", "after"])
def test_rows_a_bound_is_never_the_event_date(nlp, word):
    text = f"The army recaptured the city {word} 2012."
    (row,) = _extract(nlp, text, [_timex(text, "2012", "2012", "year")])
    assert row.date.value != "2012"


def test_rows_a_place_that_qualifies_a_word_is_no_actor(nlp):
    text = "Putin announced talks in the Kazakh capital of Astana."
    events = _extract(nlp, text, all_events=True)
    names = {a.name for e in events for a in e.actors}
    assert "Kazakhstan" not in names and "Astana" not in names


def test_rows_a_news_agency_is_no_participant(nlp):
    text = "The police chief told Xinhua that the fire destroyed the building."
    names = {a.name for e in _extract(nlp, text) for a in e.actors}
    assert "Xinhua" not in names


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a quotation whole, its marks balanced
        (
            "“The next step will be to reach agreement on a ceasefire,” the Russian president Vladimir Putin said.",
            "said",
            "“The next step will be to reach agreement on a ceasefire,” the Russian president Vladimir Putin said",
        ),
        # infinitive complements belong to the happening
        (
            "The peace talks are expected to be held in January.",
            "talks",
            "The peace talks are expected to be held in January",
        ),
        # a conjoined verb borrows its subject
        ("The minister arrived in Paris and met the president.", "met", "The minister met the president"),
        # a clause that stands for a thing is the object
        (
            "The rebels pulled back, with the militia carrying out what they described as a retreat.",
            "carrying out",
            "the militia carrying out what they described as a retreat",
        ),
        # a conjoined verb borrows the subject, not the date hung on it
        (
            "On Wednesday pro-government forces seized the town and rolled south.",
            "rolled",
            "pro-government forces rolled south",
        ),
        # no preposition left hanging, however the tagger calls it
        (
            "South Africa batted aggressively despite losing six wickets before lunch.",
            "batted",
            "South Africa batted aggressively",
        ),
        # a ruling tells what was ruled
        (
            "The court ruled on Monday that the detention was illegal.",
            "ruled",
            "The court ruled on Monday that the detention was illegal",
        ),
        # a counted participle is the subject, not a clause of its own
        (
            "The Red Cross said more than 800 wounded were reported at hospitals in the city.",
            "reported",
            "more than 800 wounded were reported at hospitals in the city",
        ),
    ],
)
def test_rows_summaries_read_whole(nlp, text, trigger, expected):
    events = {e.predicate.text: e for e in _extract(nlp, text, all_events=True)}
    assert events[trigger].summary == expected


def test_rows_a_vague_date_qualifying_a_noun_does_not_date_the_clause(nlp):
    """ "Speaking at his annual, end-of-the-year news conference, Putin said ...": the statement is
    of the article's day, not of the year; a day that qualifies the occasion still dates it."""
    text = "Speaking at his end-of-the-year news conference, Putin said the evacuation was a success."
    year = _timex(text, "end-of-the-year", "2016", "year", resolution="relative")
    (said,) = [e for e in _extract(nlp, text, [year], all_events=True) if e.predicate.text == "said"]
    assert said.date.value != "2016"


def test_rows_an_undated_plan_is_told_by_the_agreement(nlp):
    """ "The rebels agreed to withdraw from the city": one row, the agreement's, which tells it."""
    rows_ = _extract(nlp, "The rebel forces agreed to withdraw from the city.")
    assert [e.predicate.text for e in rows_] == ["agreed"]
    assert rows_[0].summary == "The rebel forces agreed to withdraw from the city"


def test_rows_a_second_act_sharing_the_pledges_to_is_told_by_the_pledge():
    """ "pledged to cut local taxes and raise spending": one pledge, one row; the second act, which
    shares the first one's "to", is no planned row of its own."""
    rows_ = extracted("The new mayor pledged to cut local taxes and raise spending on schools.")
    assert [(e.predicate.text, e.factuality) for e in rows_] == [("pledged", "asserted")]
    assert rows_[0].summary.startswith("The new mayor pledged to cut local taxes")


def test_rows_a_second_act_sharing_a_warnings_will_is_told_by_the_warning():
    """ "warned that police will crack down on vendors and seize their goods": the warning's row
    alone; with a "will" of its own the second act is told apart and keeps its planned row."""
    shared = extracted("The minister warned that police will crack down on vendors and seize their goods.")
    assert [(e.predicate.text, e.factuality) for e in shared] == [("warned", "asserted")]
    own = extracted("The minister warned that police will crack down on vendors and will seize their goods.")
    assert [(e.predicate.text, e.factuality) for e in own] == [("warned", "asserted"), ("seize", "planned")]


def test_rows_a_deed_joined_to_an_agreement_with_a_tense_of_its_own_keeps_its_row():
    """ "agreed to leave the city and were escorted out": the escort was done, a row of its own;
    "and will recall the cars": a plan told apart, with its own auxiliary."""
    escorted = extracted("The rebels agreed to leave the city and were escorted out by troops.")
    assert [(e.predicate.text, e.factuality) for e in escorted] == [
        ("agreed", "asserted"),
        ("escorted out", "asserted"),
    ]
    recall = extracted("The company agreed to pay the fine and will recall the cars.")
    assert [(e.predicate.text, e.factuality) for e in recall] == [("agreed", "asserted"), ("recall", "planned")]
    # "go and meet": the act itself after a verb of setting out, not a second act sharing the "to"
    meet = extracted("The rebel leaders agreed to go and meet the envoy.")
    assert [(e.predicate.text, e.factuality) for e in meet] == [("agreed", "asserted"), ("meet", "planned")]


def test_rows_a_second_act_with_a_time_of_its_own_keeps_its_row():
    """ "plans to sign the pact next week and ratify it afterwards": the ratification comes after the
    signing, a planned row of its own; so does a second act with its own date ("in May")."""
    later = extracted("Colombia plans to sign the pact next week and ratify it afterwards.")
    assert ("ratify", "planned") in [(e.predicate.text, e.factuality) for e in later]
    dated = extracted("The company agreed to pay the fine and recall the cars in May.")
    assert ("recall", "planned") in [(e.predicate.text, e.factuality) for e in dated]
    # with no time of its own, the second act is the first one's row's
    shared = extracted("The company agreed to pay the fine and recall the cars.")
    assert [e.predicate.text for e in shared] == ["agreed"]


def test_rows_present_ref_is_written_as_the_day(nlp):
    text = "The army is currently shelling the town."
    now = _timex(text, "currently", "PRESENT_REF", day="2016-12-16", resolution="relative")
    (row,) = _extract(nlp, text, [now])
    assert row.date.value == "2016-12-16"


def test_rows_narrative_dating_copies_the_day_not_the_time(nlp):
    text = "The army entered the city at 14:30 on Monday.\nTroops took the bridge."
    when = _timex(text, "14:30 on Monday", "2016-12-12T14:30", type="TIME", day="2016-12-12", resolution="relative")
    events = {e.predicate.text: e for e in _extract(nlp, text, [when], infer_dates=True)}
    took = events["took"].date
    assert (took.value, took.resolution) == ("2016-12-12", "inferred")


def test_rows_narrative_dating_leaves_what_came_before_and_statements(nlp):
    """The story's day is not given to what a past perfect tells ("had fled ... and took refuge")
    nor to a statement, which is dated as statements are (the article's day)."""
    text = (
        "The army entered the city at 14:30 on Monday.\n"
        "The refugees had fled as the rebels advanced and took refuge in the forest.\n"
        "Troops took the bridge.\nThe mayor warned that the situation was dangerous."
    )
    when = _timex(text, "14:30 on Monday", "2016-12-12T14:30", type="TIME", day="2016-12-12", resolution="relative")
    events = _extract(nlp, text, [when], infer_dates=True, all_events=True)
    dates = {(e.predicate.text, e.mentions[0].sentence): e.date for e in events}
    assert not dates[("advanced", 1)].dated and not dates[("took", 1)].dated
    assert dates[("took", 2)].value == "2016-12-12"
    warned = dates[("warned", 3)]
    assert (warned.value, warned.resolution) == ("2016-12-16", "reference")  # the article's day


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a prefix the tokenizer split off, or the hyphen itself, is no trigger
        ("The plan was pre-approved by the board.", ["approved"]),
        # "re-" and "co-" stay on their verb (timeline.nlp.prefixes): the word is whole
        ("The book was co-written by Yuri Felshtinsky.", ["co-written"]),
        # the lemmatizer's "hoped" -> "hop" is still a wish, not a happening
        ("Pope Benedict said Friday that he hoped for peace.", ["said"]),
    ],
)
def test_rows_no_fragments_of_words(nlp, text, expected):
    assert [e.predicate.text for e in _extract(nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "listed"),
    [
        # what is going on, with no date of its own, describes the situation: no row
        ("France is seeking to reduce sales tax on hotels.", []),
        ("Thousands of refugees have been sheltering in camps south of the city.", []),
        # ... with a date of its own it is news of that day
        ("The army is shelling the town today.", ["shelling"]),
        # a relative clause in the present or perfect describes its noun
        ("Rebels fled to Idlib, where many evacuees have gone.", ["fled"]),
        ("The coastline, which is now controlled by Chile, was lost in a war.", ["lost"]),
        # ... in the past tense it tells a happening
        ("They met in Kisangani, which was taken by rebels in March.", ["met", "taken"]),
        # a forecast is no plan; a scheduled happening is
        ("Annual growth will hit 100 billion dollars.", []),
        ("The storm is expected to bring rains to Luzon.", []),
        ("The economy is likely to become the largest in the world.", []),
        ("The king will visit Tanzania on Tuesday.", ["visit"]),
        # "is going to" is the future of a plan, as "will" is; quoted with no date, a prediction
        ("The central bank is going to auction its gold reserves.", ["auction"]),
        ('"We are going to crush them," the coach said.', []),
    ],
)
def test_rows_background_and_forecasts_are_no_rows(nlp, text, listed):
    timexes = [
        _timex(text, expression, value, resolution="relative")
        for expression, value in (("today", "2016-12-16"), ("Tuesday", "2016-12-20"))
        if expression in text
    ]
    assert [e.predicate.text for e in _extract(nlp, text, timexes)] == listed


def test_rows_a_happening_told_twice_in_an_article_is_one_row(nlp):
    text = (
        "A big fire broke out in the market on Monday night. Firefighters came soon after. "
        "The fire happened at about 6 p.m., police said."
    )
    monday = _timex(text, "Monday night", "2016-12-12TNI", type="TIME", day="2016-12-12", resolution="relative")
    six = _timex(text, "about 6 p.m.", "2016-12-12T18:00", type="TIME", day="2016-12-12", resolution="relative")
    events = _extract(nlp, text, [monday, six])
    fire = [e for e in events if any(m.trigger == "fire" for m in e.mentions)]
    assert len(fire) == 1
    assert [m.trigger for m in fire[0].mentions].count("fire") == 2
    assert fire[0].date.earliest == "2016-12-12"  # the dated mention speaks for the row


def test_rows_one_speakers_remarks_are_one_statement(nlp):
    text = "Bush said on Monday that the talks were useful. Bush said he was not sure what the panel would recommend."
    monday = _timex(text, "Monday", "2016-12-12", resolution="relative")
    statements = [e for e in _extract(nlp, text, [monday]) if e.predicate.lemma == "say"]
    assert len(statements) == 1
    assert len(statements[0].mentions) == 2


def test_rows_repeats_of_different_people_stay_apart(nlp):
    text = "Smith scored in the first half. Jones scored in the second half."
    assert [e.predicate.text for e in _extract(nlp, text)] == ["scored", "scored"]


def test_rows_a_past_happening_ends_by_the_article_date(nlp):
    """ "has raised rates three times this year": between New Year and the article's day."""
    text = "The central bank has raised its rates three times this year."
    (row,) = _extract(nlp, text, [_timex(text, "this year", "2016", "year", resolution="relative")])
    assert (row.date.earliest, row.date.latest) == ("2016-01-01", "2016-12-16")
    plan = "The central bank will raise its rates twice this year."
    (planned,) = _extract(nlp, plan, [_timex(plan, "this year", "2016", "year", resolution="relative")])
    assert (planned.date.earliest, planned.date.latest) == ("2016-01-01", "2016-12-31")


def test_rows_a_definite_event_noun_that_points_back_is_no_new_row(nlp):
    text = (
        "The army recaptured the city on Thursday. "
        "The announcement came as the last convoy left. "
        "A fire broke out in the market."
    )
    thursday = _timex(text, "Thursday", "2016-12-15", resolution="relative")
    triggers = [m.trigger for e in _extract(nlp, text, [thursday]) for m in e.mentions]
    assert "announcement" not in triggers  # the recapture, told again
    assert "fire" in triggers  # "a fire": a new happening


def test_rows_a_statement_with_no_date_of_its_own_was_made_by_the_article_date(nlp):
    text = "Mayor John Smith said the crisis was serious."
    (row,) = _extract(nlp, text)
    assert (row.date.earliest, row.date.resolution) == ("2016-12-16", "reference")
    plan = "Mayor John Smith will say more about the crisis."
    assert [e.date.earliest for e in _extract(nlp, plan, all_events=True)] == [None]


@pytest.mark.parametrize(
    ("text", "trigger", "summary"),
    [
        # the word that links a clause to what it hangs on is left out when the clause has a subject
        (
            "One worker was killed when part of a pillar fell off the bridge.",
            "fell",
            "part of a pillar fell off the bridge",
        ),
        ("It was a war in which Peru lost its coast to Chile.", "lost", "Peru lost its coast to Chile"),
        # an infinitive says who is to do it
        ("The King is scheduled to return home on Dec. 2.", "return", "The King is scheduled to return home on Dec. 2"),
    ],
)
def test_rows_summaries_read_on_their_own(nlp, text, trigger, summary):
    summaries = {m.trigger: e.summary for e in _extract(nlp, text, all_events=True) for m in e.mentions}
    assert summaries[trigger] == summary


def test_rows_a_dated_participle_on_a_noun_tells_what_it_did(nlp):
    text = "EU finance ministers, meeting in Brussels on Tuesday, had failed to agree on a list."
    tuesday = _timex(text, "Tuesday", "2016-12-13", resolution="relative")
    rows_ = _extract(nlp, text, [tuesday])
    # (their failure to agree is a row of its own: test_extract_recall_refusals)
    assert [e.predicate.text for e in rows_ if e.predicate.text != "failed"] == ["meeting"]
    assert rows_[0].date.earliest == "2016-12-13"
    # undated, it only describes the noun: "the buses being used"
    rows_ = _extract(nlp, "EU finance ministers, meeting in Brussels, had failed to agree on a list.")
    assert [e.predicate.text for e in rows_] == ["failed"]


@pytest.mark.parametrize(
    ("text", "listed"),
    [
        # a decision to hold an event: the decision and the event (other articles report it)
        ("Russia and Turkey have agreed to hold peace talks in Astana.", ["agreed", "talks"]),
        # "was reported leaving": the leaving is what happened
        ("Aleppo was taken. Hours later the last convoy was reported leaving the city.", ["taken", "leaving"]),
        # "is said to be": what something is said to be, a state, no happening
        ("The new bridge is said to be the longest in the region.", []),
        ("She thanked the pilots, who were reported to be on their way home.", ["thanked"]),
        # (but "was reported to have fled": the flight, told by hearsay, the one row; "was told to be":
        # an order given)
        ("The bomber was reported to have fled across the border.", ["fled"]),
        ("The senator was reported to be gravely ill on Sunday after a stroke.", ["reported"]),
        ("The reporter was told to be at the airport by noon.", ["told"]),
        # "was described as": a view that no one is told to hold, no happening (but "was described by
        # the minister as": the minister's words)
        ("The ruling was described as a blow to the opposition.", []),
        ("The ruling was described by the minister as a blow to the opposition.", ["described"]),
    ],
)
def test_rows_what_a_verb_hands_over(nlp, text, listed):
    assert [e.predicate.text for e in _extract(nlp, text)] == listed


def test_rows_what_a_speaker_meant_is_the_meant_row(nlp):
    # "was referring to": what the words were about, told by that happening's row
    text = "The mayor spoke to reporters on Tuesday. The mayor was referring to Monday's council meeting."
    assert [e.predicate.text for e in extracted(text)] == ["spoke", "meeting"]
    # (but "referred to the report in his speech": someone spoke)
    text = "The minister referred to the report in his speech on Monday."
    assert [e.predicate.text for e in _extract(nlp, text)] == ["referred"]
    text = "State media referred to the general as acting president on Friday."
    assert [e.predicate.text for e in _extract(nlp, text)] == ["referred"]


def test_rows_a_time_zone_is_no_actor(nlp):
    text = "Polling stations opened at 8:00 a.m. (0500 GMT) amid heightened security."
    (row,) = _extract(nlp, text)
    assert "GMT" not in {a.name for a in row.actors}


def test_rows_a_description_is_no_actor(nlp):
    text = "Three Israeli border police officers were injured in clashes with Hamas gunmen in Gaza."
    names = {a.name for e in _extract(nlp, text) for a in e.actors}
    assert not any(name.lower().startswith("three") for name in names)
    # a title alone stays: another article may name who holds it ("the Russian president")
    (said,) = _extract(nlp, "The Russian president said the talks had been useful.")
    assert "Russian president" in {a.name for a in said.actors}


def test_rows_an_occasion_takes_the_day_of_what_happened_at_it(nlp):
    text = "Speaking at his annual news conference on Friday, Putin said the talks would go ahead."
    friday = _timex(text, "Friday", "2016-12-16", resolution="relative")
    rows_ = {e.predicate.text: e for e in _extract(nlp, text, [friday])}
    assert rows_["conference"].date.earliest == "2016-12-16"
    vague = "Speaking at his end-of-the-year news conference, Putin said the talks had been useful."
    year = _timex(vague, "end-of-the-year", "2016", "year", resolution="relative")
    rows_ = {e.predicate.text: e for e in _extract(nlp, vague, [year])}
    assert (rows_["conference"].date.earliest, rows_["conference"].date.latest) == ("2016-12-16", "2016-12-16")


def test_rows_a_list_of_possible_outcomes_shares_the_modal(nlp):
    """ "he could be banned ..., ordered ..., suspended, made to ... or be censured": each outcome
    is as possible as the first, none happened."""
    text = (
        "If found guilty, he could be banned from office for five years, ordered to make an apology, "
        "suspended, made to undergo training or be censured."
    )
    assert _extract(nlp, text) == ()
    facts = {e.predicate.text: e.factuality for e in _extract(nlp, text, all_events=True)}
    assert facts["suspended"] == facts["censured"] == "hypothetical"


@pytest.mark.parametrize(
    "text",
    [
        "The report was published on Monday but its findings seemed overlooked.",
        "On Monday the officially neutral stance of the paper seemed overlooked.",
    ],
)
def test_rows_a_participle_describing_the_subject_of_seem_is_no_row(nlp, text):
    assert "overlooked" not in [e.predicate.text for e in _extract(nlp, text, all_events=True)]


def test_rows_a_summary_opens_on_the_name_a_pronoun_stands_for(nlp):
    text = "Vladimir Putin met reporters in Moscow. He announced a ceasefire on Friday."
    assert "Vladimir Putin announced a ceasefire on Friday" in [e.summary for e in _extract(nlp, text)]


def test_rows_a_pronoun_inside_a_quotation_stays(nlp):
    """In a quotation "he" is someone the speaker talks about, not necessarily the narrator's he."""
    text = "Vladimir Putin spoke on Friday. “He lied to us,” Putin said of the envoy."
    summaries = [e.summary for e in _extract(nlp, text, all_events=True)]
    assert not any(s.startswith("Vladimir Putin lied") for s in summaries)


def test_rows_the_day_said_is_not_the_day_of_what_was_said(nlp):
    """ "The company said on Monday it would cut 500 jobs": Monday is when it was said (the parser
    hangs it on "cut"); the cut is a plan with no day, and its summary does not start on Monday."""
    text = "The company said on Monday it would cut 500 jobs."
    monday = _timex(text, "Monday", "2016-12-12", day="2016-12-12", resolution="relative")
    (cut,) = [e for e in _extract(nlp, text, [monday], all_events=True) if e.predicate.text == "cut"]
    assert not cut.date.dated
    assert cut.summary == "The company would cut 500 jobs"  # who said it is who would


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a feeling or a judgement, and a change of state told as a description: no happening
        ("The two brothers detested the new rules.", "detested"),
        ("The striker suddenly became the hero of the match.", "became"),
        ("The manager got frustrated with the referee.", "frustrated"),
        # a relation between states of affairs: an explanation
        ("Higher investment reflected an improving business climate.", "reflected"),
    ],
)
def test_rows_feelings_and_becoming_something_are_no_rows(nlp, text, trigger):
    assert trigger not in [e.predicate.text for e in _extract(nlp, text)]
    assert trigger in [e.predicate.text for e in _extract(nlp, text, all_events=True)]


@pytest.mark.parametrize(
    ("text", "trigger", "listed"),
    [
        # an undated relative clause whose pronoun does something tells who or what its noun is
        ("The fort, which played a key role in the war, was rebuilt on Monday.", "played", False),
        ("A man who waited two hours on the beach said it was a dream.", "waited", False),
        # with a date of its own, or in the passive (what was done to the noun), it is a happening
        ("The man who attacked the guard on Monday was arrested.", "attacked", True),
        ("The brother, who was injured in a car crash, thanked the governor on Monday.", "injured", True),
    ],
)
def test_rows_a_relative_clause_describing_its_noun(nlp, text, trigger, listed):
    days = [_timex(text, w, "2016-12-12", day="2016-12-12", resolution="relative") for w in ("Monday",) if w in text]
    assert (trigger in [e.predicate.text for e in _extract(nlp, text, days)]) is listed


@pytest.mark.parametrize(
    ("speaker", "row"),
    [
        ("The official Xinhua news agency", False),  # a channel of the news, not news itself
        ("Israel Radio", False),
        ("Mayor John Smith", True),  # someone named taking a position: the statement is the news
    ],
)
def test_rows_a_statement_of_a_news_medium_is_no_row(nlp, speaker, row):
    text = f"{speaker} said the situation in the city was calm."
    assert ("said" in [e.predicate.text for e in _extract(nlp, text, all_events=True)]) is row


@pytest.mark.parametrize(
    ("text", "trigger", "listed"),
    [
        # a light verb with no event noun to carry and no date: a manner, a means, an idiom
        ("The people of the city made history with their courage.", "made", False),
        ("Hall used his forearms to shove Owens.", "used", False),
        # with an event noun it hands over to the noun; "take" keeps its own happenings
        ("The rebels took control of the city.", "took", True),
    ],
)
def test_rows_a_light_verb_with_nothing_to_carry(nlp, text, trigger, listed):
    assert (trigger in [e.predicate.text for e in _extract(nlp, text)]) is listed


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # "show" and "suggest" report what the evidence says, as "say" does: its happening is a row;
        # the tests and the survey (event nouns) are happenings of their own, told by that verb
        ("Tests showed that the patient had died of bird flu.", ["Tests", "died"]),
        ("A survey of voters on Thursday suggested the mayor had a wide lead.", ["survey"]),
    ],
)
def test_rows_evidence_reports_what_it_shows(nlp, text, rows):
    assert [e.predicate.text for e in _extract(nlp, text)] == rows


@pytest.mark.parametrize(
    ("text", "actor", "place"),
    [
        # a country that owns an event noun does it; a city there is where it happens
        ("Israel's offensive in Gaza began on Monday.", "Israel", "Gaza"),
        ("Aleppo's evacuation began on Thursday.", None, "Aleppo"),
    ],
)
def test_rows_the_possessor_of_an_event_noun(nlp, text, actor, place):
    weekday = text.split(" on ")[1].rstrip(".")
    (row,) = _extract(nlp, text, [_timex(text, weekday, "2016-12-12", day="2016-12-12", resolution="relative")])
    assert [a.name for a in row.actors if a.role == "agent"] == ([actor] if actor else [])
    assert place in row.places


def test_rows_a_decision_whose_act_is_dated_is_one_row_the_act():
    from tests.extract.parsed import extracted

    (row,) = extracted("The government pledged to cut fuel taxes in January.")
    assert row.predicate.text == "cut"
    assert row.factuality == "planned"
    assert row.date.value == "2017-01"
    assert row.summary.startswith("The government pledged to cut fuel taxes")


def test_rows_have_to_hands_over_to_what_has_to_be_done(nlp):
    assert list(facts(nlp, "Ministries will have to submit their plans.")) == ["submit"]


@pytest.mark.parametrize(
    ("text", "trigger", "factuality", "summary"),
    [
        # a clause of its own under a scheduled infinitive tells what happened
        (
            "The troops are the first unit to be deployed in the city since Britain seized it in January 1841.",
            "seized",
            "asserted",
            "Britain seized it in January 1841",
        ),
        # an infinitive on a noun dated before the article tells what took place, not a plan
        (
            "The party won the last elections to be held in the country in 1990.",
            "elections",  # (the row's word: "to be held" only completes its schedule)
            "asserted",
            "the last elections to be held in the country in 1990",
        ),
        ("The summit, to be held in Dhaka on May 12, was postponed.", "held", "planned", None),
    ],
)
def test_rows_a_schedule_is_a_plan_only_for_its_own_clause(text, trigger, factuality, summary):
    from tests.extract.parsed import extracted

    row = next(e for e in extracted(text, "1997-04-21", all_events=True) if e.predicate.text == trigger)
    assert row.factuality == factuality
    if summary is not None:
        assert row.summary == summary


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "At 8 a.m. on Tuesday, the storm was located 300 kilometers east of the coast.",
        "The market was estimated at 40 billion dollars last year.",
        "The company is based in Geneva.",
        "The fortress dates back to the year 1503.",
    ],
)
def test_rows_a_stative_passive_says_where_or_what_something_is_no_row(text):
    assert not extracted(text, "2006-11-28")


@pytest.mark.slow
def test_rows_an_age_told_by_dating_back_is_no_row():
    got = [
        (e.predicate.text, e.date.earliest)
        for e in extracted("On Monday, workers restored a church dating back to the 12th century.", "2006-11-28")
    ]
    assert got == [("restored", "2006-11-27")]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "The lighthouse, dated about 1650 AD, stands on the northern cape.",
        "The old treaty dates from the colonial era, the senator said.",
    ],
)
def test_rows_an_age_told_by_dated_or_dating_from_is_no_row(text):
    assert [e.predicate.text for e in extracted(text, "2006-11-28")] == []


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "listed"),
    [
        (
            "The king reshuffled his cabinet on Wednesday. His announcement came days after his return from a"
            " long trip to Asia.",
            ["reshuffled"],
        ),
        (
            "The senator called for the minister to resign on Sunday. The senator's statement came after the"
            " court dropped the charges against the minister.",
            ["called", "dropped"],
        ),
        ("Heavy protests came after the vote on Sunday.", ["protests", "vote"]),
    ],
)
def test_rows_a_happening_told_before_and_timed_against_another_is_no_second_row(text, listed):
    # "His announcement came days after ...": the reshuffle told again to time it, no row of its own
    # (not "Heavy protests came after the vote": no happening told before)
    assert [e.predicate.text for e in extracted(text, "2006-11-28")] == listed


@pytest.mark.slow
def test_rows_someone_dating_something_is_a_row():
    found = extracted("Archaeologists dated the bones to the Bronze Age on Monday.", "2006-11-28")
    assert [e.predicate.text for e in found] == ["dated"]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "The new bank will rank among the ten largest asset managers.",
        "The area of the park will feature a tennis centre.",
    ],
)
def test_rows_a_state_to_come_is_no_planned_happening(text):
    assert not extracted(text, "2006-11-28")


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # what someone is ordered or told to do has not happened: the order is the row
        ("The mayor ordered shops in the district to close their doors by Friday.", "close", "hypothetical"),
        ("Police told residents to leave the valley on Monday.", "leave", "hypothetical"),
        # a likelihood is no plan
        ("The new board would probably wait before making any offer, he said.", "wait", "hypothetical"),
        # a habit is no happening
        ("Ministers meet regularly in the capital, she said.", "meet", "generic"),
        ("The talks were usually held in Oslo.", "talks", "generic"),
        # a condition told by putting its auxiliary first
        ("Had the keeper held the ball, the visitors would have led 2-0.", "held", "hypothetical"),
    ],
)
def test_rows_orders_likelihoods_habits_and_conditions_are_not_listed(nlp, text, trigger, expected):
    assert facts(nlp, text)[trigger] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Shops stayed shut on Friday amid fears of new attacks over the holiday.",
        "The torn and shredded flags were collected by volunteers on Friday.",
        "Tomas Varga is a former boxer turned film producer.",
    ],
)
def test_rows_feared_happenings_adjectives_and_what_someone_became_are_no_rows(text):
    triggers = {e.predicate.text for e in extracted(text, "2006-11-28")}
    assert not triggers & {"attacks", "shredded", "turned"}


def test_rows_the_statement_a_saying_is_made_in_is_no_second_row():
    got = [
        (e.predicate.text, e.factuality)
        for e in extracted("In a statement released on Saturday, the bank said it would close 40 branches in Ohio.")
    ]
    assert got == [("close", "planned")]


def test_rows_a_saying_whose_content_is_listed_is_its_source():
    got = [
        (e.predicate.text, [a.name for a in e.actors if a.role == "source"])
        for e in extracted("Kessler told CNN on Sunday that the army will be ready to take over the port in June.")
    ]
    assert got == [("take over", ["Kessler"])]


@pytest.mark.parametrize(
    "text",
    [
        "The committee will then have ten days to choose a chairman.",
        "The farmers played a key role in the strikes that toppled the cabinet.",
    ],
)
def test_rows_time_allowed_and_a_part_played_are_no_happenings(nlp, text):
    verb = {"have", "played"} & set(facts(nlp, text))
    assert verb and all(facts(nlp, text)[v] not in ("asserted", "reported", "planned") for v in verb)


def test_rows_a_trial_someone_will_stand_stays_planned(nlp):
    assert facts(nlp, "The former minister will stand trial for fraud.")["stand"] == "planned"


def test_rows_what_someone_managed_to_do_is_one_row_told_as_done():
    got = [(e.predicate.text, e.factuality) for e in extracted("The rebels managed to take the town on Monday.")]
    assert got == [("take", "asserted")]


@pytest.mark.parametrize(
    "text",
    ["The rebels did not manage to take the town.", "If the rebels manage to take the town, the road will close."],
)
def test_rows_what_someone_did_not_or_may_manage_to_do_is_not_listed(text):
    assert "take" not in {e.predicate.text for e in extracted(text)}


def test_rows_a_string_of_attacks_is_one_row_the_attacks():
    got = [e.predicate.text for e in extracted("The militia launched a string of attacks on the port on Sunday.")]
    assert got == ["attacks"]


@pytest.mark.parametrize(
    "text",
    [
        "Farmers make up 40 percent of the workforce, the report said.",
        "Exports rose in every region, with Asia accounting for a third of the growth.",
    ],
)
def test_rows_what_a_whole_is_made_of_is_no_row(text):
    assert not {"make up", "accounting"} & {e.predicate.text for e in extracted(text)}


def test_rows_a_bowler_accounting_for_a_batsman_stays_a_row():
    assert "accounted" in {e.predicate.text for e in extracted("Khan then accounted for Smith in his third over.")}


def test_rows_what_was_done_instead_of_what_was_expected_is_told_as_done():
    got = {
        e.predicate.text: e.factuality
        for e in extracted("The storm was expected to hit the capital but veered south and struck the islands.")
    }
    assert got.get("veered") == "asserted" and "hit" not in got


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # what was not done, then, after "but", what was: done
        ("The spokesman did not name the guests but thanked the mediators for their work.", "thanked", "asserted"),
        ("The minister gave no figures but predicted that costs would rise.", "predicted", "asserted"),
        ("The board will keep the plant open but warned that jobs could go.", "warned", "asserted"),
        # a verb hung on a negated "be" is no deed told apart: what the tests were, no row
        ("The tests were not conclusive but showed flaws in the data.", "showed", None),
    ],
)
def test_rows_what_was_done_but_after_what_was_not(text, trigger, expected):
    assert {e.predicate.text: e.factuality for e in extracted(text, all_events=True)}.get(trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a deed one owned up to was done
        ("The guard admitted stealing the paintings in 2003.", "stealing", "asserted"),
        ("The trader acknowledged hiding the losses from his bank.", "hiding", "asserted"),
        # not one denied, nor one to be owned up to
        ("The guard denied stealing the paintings.", "stealing", "hypothetical"),
        ("The guard will admit stealing the paintings.", "stealing", "hypothetical"),
    ],
)
def test_rows_a_deed_owned_up_to(text, trigger, expected):
    assert {e.predicate.text: e.factuality for e in extracted(text, all_events=True)}.get(trigger) == expected


def test_rows_what_takes_place_is_the_row_not_taking_place():
    got = [
        (e.predicate.text, e.factuality) for e in extracted("The job cuts will take place next year, the union said.")
    ]
    assert got == [("cuts", "planned")]


def test_rows_what_comes_again_each_year_is_a_habit_what_happened_each_time_is_not(nlp):
    assert facts(nlp, "Every summer the farmers burn their fields.")["burn"] == "generic"
    assert facts(nlp, "He fell twice, but each time he was rescued by the guards.")["rescued"] == "asserted"


def test_rows_the_report_a_saying_is_made_in_is_no_row_of_its_own():
    got = [e.predicate.text for e in extracted("In its 2005 report the agency said the floods killed 300 people.")]
    assert got == ["killed"]


def test_rows_what_a_thing_is_designed_to_do_is_no_happening():
    assert not extracted("The new jet has been designed to compete with the Boeing 787.")


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested two men on Monday. It came barely a week after a bomb exploded in the square.",
        "The minister resigned on Monday. His resignation came a day after the vote.",
    ],
)
def test_rows_a_happening_timed_by_came_after_is_no_second_row(text):
    assert "came" not in {e.predicate.text for e in extracted(text)}


@pytest.mark.parametrize(
    "text",
    ["He came back to Madrid before the vote on Monday.", "The papers came to light after a raid on Monday."],
)
def test_rows_coming_back_or_to_light_stays_a_row(text):
    assert "came" in {e.predicate.text for e in extracted(text)}


def test_rows_a_compound_adjective_is_no_row_a_hyphened_verb_is():
    assert {e.predicate.text for e in extracted("Farmers protested against trade-distorting subsidies on Monday.")} == {
        "protested"
    }
    assert "scored" in {e.predicate.text for e in extracted("Vikram Solanki top-scored with 49 on Monday.")}


def test_rows_what_is_awaited_until_is_not_yet_what_came_until_is(nlp):
    text = "The six states agreed on Monday to impose sanctions until Iran agrees to talk."
    assert facts(nlp, text)["agrees"] == "hypothetical"
    assert facts(nlp, "The rebels held the town until the army arrived on Monday.")["arrived"] == "asserted"


def test_rows_the_purpose_of_a_trip_is_told_by_the_trip(nlp):
    text = "The king flew to Dhaka on Friday to attend the regional summit."
    assert facts(nlp, text)["summit"] == "hypothetical"  # (the row of attending it is the summit's)
    assert facts(nlp, text)["flew"] == "asserted"


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("The storm hit the coast on Monday, sparking the looting of several shops.", "looting"),
        ("Bird flu spread to ten farms last week, leading to the culling of 110,000 birds.", "culling"),
    ],
)
def test_rows_what_a_happening_brought_about_is_a_row_of_its_own(text, noun):
    assert noun in {e.predicate.text for e in extracted(text)}


@pytest.mark.parametrize(
    ("text", "noun", "verb"),
    [
        ("The new tax sparked angry protests in the capital on Saturday.", "protests", "sparked"),
        ("The arrest of the mayor in 2004 triggered violent protests in three cities.", "protests", "triggered"),
        ("Heavy rains last month led to the evacuation of 3,000 villagers.", "evacuation", "led"),
    ],
)
def test_rows_a_verb_that_only_says_what_brought_a_happening_about_is_that_happenings_row(text, noun, verb):
    # one row, the happening brought about, told in the words of the whole clause
    found = extracted(text)
    assert [e.predicate.text for e in found] == [noun]
    assert verb in found[0].summary


def test_rows_what_unnamed_analysts_see_is_a_view_not_a_happening(nlp):
    assert facts(nlp, "Analysts have detected a shift in the bank's policy.")["detected"] == "generic"
    assert facts(nlp, "Inspectors detected radiation in the tanker on Monday.")["detected"] == "asserted"


@pytest.mark.parametrize(
    ("text", "purpose", "deed"),
    [
        ("The army sent troops to the border to guard the polls on Sunday.", "guard", "sent"),
        ("The ministry summoned the ambassador to protest against the shelling on Wednesday.", "protest", "summoned"),
    ],
)
def test_rows_the_purpose_of_a_deed_done_is_told_by_the_deed_whatever_day_it_holds(text, purpose, deed):
    # the day the parser hangs on the purpose does not make it a plan of its own
    got = {e.predicate.text: e.factuality for e in extracted(text, all_events=True)}
    assert got[purpose] == "hypothetical"
    assert got[deed] == "asserted"


def test_rows_what_a_contest_done_came_to_is_told_by_its_row():
    # an outcome, not a purpose: one row for the match, and its summary tells what it came to
    text = "The champions beat the hosts 3-1 to reach the semi-finals on Tuesday."
    rows = extracted(text)
    assert [(e.predicate.text, e.factuality) for e in rows] == [("beat", "asserted")]
    assert rows[0].summary == "The champions beat the hosts 3-1 to reach the semi-finals on Tuesday"


def test_rows_a_clause_of_its_own_under_a_trips_purpose_is_told_as_it_is(nlp):
    text = "The actress went to the beach on Friday to urge calm after mobs attacked a family there on Sunday."
    assert facts(nlp, text)["attacked"] == "asserted"


@pytest.mark.slow
def test_rows_a_name_given_on_a_noun_is_no_row():
    text = "A senior citizen surnamed Yu queued outside the store. The ship, dubbed the SS Santa, arrived on Saturday."
    assert [e.predicate.text for e in extracted(text, "2005-11-16")] == ["queued", "arrived"]


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("The navy on Monday ruled out the possibility that rebels had sunk the ferry.", "sunk", "negated"),
        ("The police on Monday denied claims that officers had beaten the prisoners.", "beaten", "negated"),
        ("There is a chance that the talks will resume on Friday.", "talks", "hypothetical"),
    ],
)
def test_rows_the_clause_of_a_possibility_or_a_denied_claim_is_not_told_as_fact(text, trigger, expected):
    got = {e.predicate.text: e.factuality for e in extracted(text, "2016-12-16", all_events=True)}
    assert got.get(trigger) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one happening told by two participles that share a passive's subject and auxiliary
        ("Two guards were shot and wounded outside the bank on Monday.", ["shot"]),
        ("The driver was treated and released from the clinic on Monday.", ["treated"]),
        # some dead, others hurt: two rows; a participle with a subject of its own is its own row
        ("Three miners were killed and injured in the blast on Monday.", ["killed", "injured"]),
        ("One guard was killed and two others were wounded on Monday.", ["killed", "wounded"]),
        ("The man was arrested on Monday and released on Friday.", ["arrested", "released"]),
        ("Two men were arrested and charged with theft on Monday.", ["arrested", "charged"]),
    ],
)
def test_rows_conjoined_participles_of_one_passive_are_one_row(text, expected):
    assert [e.predicate.text for e in extracted(text)] == expected


def test_rows_the_row_of_conjoined_participles_tells_both():
    [row] = extracted("Two guards were shot and wounded outside the bank on Monday.")
    assert row.summary == "Two guards were shot and wounded outside the bank on Monday"
    assert row.date is not None and row.date.value == "2016-12-19"


def test_rows_a_participle_that_gives_a_name_is_no_row():
    text = (
        'The ministers met on Monday at a forum entitled "Growth for All". '
        "Farmers fought a beetle called the borer on Tuesday."
    )
    assert [e.predicate.text for e in extracted(text)] == ["met", "fought"]


def test_rows_the_beginning_of_a_time_is_no_row():
    text = "The plant will open at the beginning of next year, the company said on Monday."
    assert [e.predicate.text for e in extracted(text)] == ["open"]


def test_rows_news_reaching_a_place_is_no_row():
    text = "Floods cut the main road on Friday, according to reports reaching the capital on Saturday."
    assert [e.predicate.text for e in extracted(text)] == ["cut"]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen burned a school in the hills on Sunday, according to radio reports on Monday.",
        "Gunmen burned a school in the hills on Sunday, according to a Radio Veritas report on Monday.",
    ],
)
def test_rows_a_report_cited_as_source_is_no_row(text):
    # the report is the source of the burning, no row of its own
    assert [e.predicate.text for e in extracted(text)] == ["burned"]


def test_rows_a_report_released_on_a_day_is_a_row():
    text = "Exports rose sharply in the year, according to the bank's annual report released on Monday."
    assert [e.predicate.text for e in extracted(text)] == ["rose", "released"]


def test_rows_it_was_reported_is_no_row():
    text = "Nine miners have been trapped underground in the north, it was reported Monday."
    assert [e.predicate.text for e in extracted(text)] == ["trapped"]


def test_rows_a_report_something_is_timed_by_stays():
    text = "The bid came a day after it was reported that the coach would quit his post."
    assert "reported" in [e.predicate.text for e in extracted(text, all_events=True)]


def test_rows_a_statement_received_by_the_agency_is_no_row():
    text = "In a letter received here late Monday, the union's leader condemned the closure of the mine."
    assert [e.predicate.text for e in extracted(text)] == ["condemned"]


@pytest.mark.parametrize(
    ("text", "trigger", "listed"),
    [
        # a present progressive in news tells what is happening on the article's day
        ("Union leaders are holding talks with the mining company.", "talks", True),
        ("The two parties are holding dialogue on a new cabinet.", "dialogue", True),
        ("Investigators are examining the wreckage of the plane.", "examining", True),
        ("The inspectors have been checking the accounts of the firm.", "checking", True),
        # ... not an aim, a change of state, what one gets or faces, nor a background clause
        ("The ministry is trying to cut the deficit.", "trying", False),
        ("The situation in the camps is getting worse.", "getting", False),
        ("The injured driver is receiving treatment in a clinic.", "receiving", False),
        ("The mayor is facing accusations of fraud.", "facing", False),
        ("Prices rose because the farms are losing money.", "losing", False),
        # ... nor what one suffers, a part one plays in others' course, a course made stronger
        ("The governor is suffering a crisis of confidence at home.", "suffering", False),
        ("Sweden is facilitating the talks between the two parties.", "facilitating", False),
        ("The city is strengthening its efforts to clean the canals.", "strengthening", False),
        ("The two ports are stepping up cooperation on customs.", "stepping up", False),
        # ... but a thing done today still is
        ("The coast guard is stepping up patrols along the shore.", "stepping up", True),
        ("The embassy is contacting the families of the victims.", "contacting", True),
        # ... nor a quotation's view
        ('"We are relying on young players," the coach said.', "relying", False),
    ],
)
def test_rows_a_present_progressive_is_a_happening_of_the_day(nlp, text, trigger, listed):
    assert (trigger in [e.predicate.text for e in rows(nlp, text)]) is listed


@pytest.mark.parametrize(
    ("text", "trigger", "listed"),
    [
        # a relative clause whose verb names a kind of happening tells it
        (
            "The young Danish pair, who defeated the top seeds in the quarterfinal, will play on Sunday.",
            "defeated",
            True,
        ),
        ("The insurer which acquired the bank from the state is owned by a pension fund.", "acquired", True),
        # ... not what a text found, nor a verb that names no kind ("the man who waited")
        ("The minister quit after a report that found abuses in the prisons.", "found", False),
        ("The singer, who rose from poverty in the slums, is now a senator.", "rose", False),
        ("The man who waited on the pier described the ship.", "waited", False),
    ],
)
def test_rows_a_relative_clause_naming_a_kind_of_happening_tells_it(nlp, text, trigger, listed):
    assert (trigger in [e.predicate.text for e in rows(nlp, text)]) is listed


@pytest.mark.parametrize(
    ("text", "listed"),
    [
        # hosting an occasion is a happening
        ("Canada hosted the 1976 Olympic Games.", True),
        ("The town hosted three rounds of peace talks.", True),
        # ... hosting people or tenants is a state
        ("The camp hosts about 20,000 refugees.", False),
    ],
)
def test_rows_hosting_an_occasion_is_a_happening(nlp, text, listed):
    assert any(e.predicate.text in ("hosted", "hosts") for e in rows(nlp, text)) is listed


def test_rows_what_an_occasion_told_before_dealt_with_is_no_second_row():
    text = (
        "The finance ministers of Peru and Chile held a meeting in Lima on Monday. "
        "The meeting, which was chaired by the Peruvian minister, also studied the price of copper. "
        "The two-hour meeting was attended by bankers from both countries. "
        "At the meeting, the ministers also discussed a new port. "
        "Present at the meeting were two deputy ministers. "
        "The one-day meeting discussed the price of gas, the newspaper said."
    )
    assert [e.predicate.text for e in extracted(text)] == ["meeting", "discussed"]


def test_rows_an_occasion_of_its_own_still_tells_what_it_dealt_with():
    text = (
        "The finance ministers of Peru and Chile met in Lima on Monday. "
        "A summit of Andean leaders, chaired by the Bolivian president, discussed the price of copper on Tuesday."
    )
    assert "discussed" in [e.predicate.text for e in extracted(text)]


@pytest.mark.parametrize(
    ("text", "listed"),
    [
        # a market's tally of risers and fallers, and the stocks that did not move, are no moves
        ("Decliners beat advancers 70 to 31 while 64 other issues left unchanged.", False),
        ("Advancing issues led decliners by about 9 to 4 in Tokyo.", False),
        ("Falling stocks outnumbered those rising 401 to 187.", False),
        ("Losers led gainers 55 to 46, while 61 stocks ended unchanged.", False),
        # ... but a win, a decision that leaves a rate as it was, and a stock's close are rows
        ("The rising star beat the champion 6-3 on Sunday.", True),
        ("The central bank left interest rates unchanged on Thursday.", True),
        ("Telkom closed unchanged at 3,575 rupiah.", True),
    ],
)
def test_rows_a_market_tally_is_no_row(nlp, text, listed):
    assert bool(rows(nlp, text)) is listed


def test_rows_a_meeting_is_told_by_what_was_discussed_at_it_but_a_visit_is_not():
    text = (
        "Trade officials of Peru and Chile discussed copper prices last week "
        "during the third meeting of their joint commission."
    )
    assert [e.predicate.text for e in extracted(text)] == ["discussed"]
    text = "Farmers from Peru will discuss copper prices with Chilean traders during the minister's visit to Santiago."
    assert "visit" in [e.predicate.text for e in extracted(text)]


def test_rows_an_agency_note_on_the_stories_it_will_cover_is_no_row():
    text = (
        "The following are some of the major Asian news stories due to be covered or pursued by the agency on Friday. "
        "The storm season will be covered by three reporters in Manila on Friday."
    )
    assert [e.predicate.text for e in extracted(text)] == ["covered"]  # the second: no news stories


@pytest.mark.parametrize(
    "text",
    [
        "Light crude for March delivery fell 40 cents to 61.20 dollars a barrel on Tuesday.",
        "Heating oil for delivery in January fell 3 cents to 1.72 dollars a gallon on Tuesday.",
    ],
)
def test_rows_the_month_of_a_futures_contract_is_no_delivery(text):
    assert [e.predicate.text for e in extracted(text)] == ["fell"]


def test_rows_buses_ordered_for_delivery_in_may_are_a_planned_delivery():
    rows = {e.predicate.text: e.factuality for e in extracted("The city ordered 30 buses for delivery in May.")}
    assert rows.get("delivery") == "planned"


@pytest.mark.parametrize(
    "text",
    [
        "President Anna Lind used the opening of parliament on Monday to call for early elections.",
        "Riot police used water cannon on Sunday to disperse the marchers.",
    ],
)
def test_rows_what_was_used_to_do_something_is_told_by_the_deeds_row(text):
    # "use X to do Y" names the means or the occasion of the deed: one row, the deed's
    import datetime as dt

    from timeline import api

    timeline = api.extract([text], ref_date=dt.date(2016, 12, 16))
    assert [e.predicate.text for e in timeline.events] == [text.split(" to ")[1].split()[0]]


def test_rows_a_commitment_to_an_act_with_no_time_of_its_own_is_one_row():
    # "committed X to do Y before ...": the promise is the row (a deadline is no time of the act's)
    import datetime as dt

    from timeline import api

    text = "Chancellor Greta Holm committed Austria to sign the climate accord before the end of the year."
    timeline = api.extract([text], ref_date=dt.date(2016, 12, 16))
    assert [e.predicate.text for e in timeline.events] == ["committed"]


def test_rows_a_warning_of_what_will_come_is_one_row_the_warnings():
    # what a warning says will come, with no time of its own, is told by the warning's row; with a
    # time of its own it is a row too
    import datetime as dt

    from timeline import api

    text = "The interior minister warned on Monday that the police will crack down on street vendors."
    timeline = api.extract([text], ref_date=dt.date(2016, 12, 16))
    assert [e.predicate.text for e in timeline.events] == ["warned"]
    text = "The weather office warned on Monday that the storm will reach the coast on Friday."
    timeline = api.extract([text], ref_date=dt.date(2016, 12, 16))
    assert sorted(e.predicate.text for e in timeline.events) == ["reach", "warned"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a passive participle with its own subject after "with": how things stand, no row
        ("The insurer sells policies across Europe, with car cover limited to Spain.", []),
        ("The market square was calm on Sunday, with most stalls closed and the lanes blocked by police.", []),
        # a harm after "with" is a toll, a row; a move of a figure after "with" is a row
        ("The ferry capsized on Monday, with nine passengers killed.", ["capsized", "killed"]),
        ("Tokyo shares ended lower on Friday, with the Nikkei index dropped 90 points.", ["ended", "dropped"]),
    ],
)
def test_rows_what_stands_around_a_clause_after_with_is_no_row(nlp, text, expected):
    assert [e.predicate.text for e in rows(nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what a thing costs is no happening, told ahead or not
        ("Seats for the closing gala will be priced at 80 euros.", []),
        ("The cheapest rooms at the new hotel are priced from 90 dollars a night.", []),
        # a pricing with a day of its own is a row
        ("The bonds were priced at 99 cents on Monday.", ["priced"]),
    ],
)
def test_rows_a_price_given_is_no_row(text, expected):
    assert [e.predicate.text for e in extracted(text, all_events=True)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capitalized bare verb inside a sentence, before a capitalized object, opens a name
        (
            "Four charities in Norway, including Norwegian Church Aid, Save the Children and Care, have "
            "pooled their funds.",
            ["pooled"],
        ),
        # not an infinitive written with a capital
        ("The mayor urged drivers to Stop the Engine at red lights.", ["urged"]),
    ],
)
def test_rows_a_name_that_opens_with_a_verb_is_no_row(nlp, text, expected):
    assert [e.predicate.text for e in rows(nlp, text)] == expected


def test_rows_what_a_thing_is_worth_is_no_row_even_in_a_dated_clause():
    # a participle that tells what a noun is worth or where it is describes it, dated or not
    text = "Customs officers seized 40 kilograms of cocaine valued at 5 million euros on Sunday."
    assert [e.predicate.text for e in extracted(text)] == ["seized"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "be" + "underway", "ongoing", "under way", "in progress" says the happening is going on: the
        # noun's row, like "the talks took place"
        ("Negotiations with the union are currently underway on a new wage deal.", ["Negotiations"]),
        ("Rescue operations are still under way in the flooded valley.", ["Rescue operations"]),
        # a description of a happening, not a report of one; an inquiry going on: nothing found yet
        ("The evacuation was the largest operation of the war.", []),
        ("An investigation into the cause of the fire is underway.", []),
    ],
)
def test_rows_a_happening_said_to_be_going_on_is_a_row(text, expected):
    assert [e.predicate.text for e in extracted(text, "2016-12-16")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a declaration with an object does the act it names: a row, whoever declares it
        ("The junta declared martial law on Tuesday.", ["declared"]),
        ("The guerrillas declared a truce on Sunday.", ["declared"]),
        # a declaration of what is so is a statement: no row when no one named makes it
        ("The officials declared that the count was over.", []),
    ],
)
def test_rows_a_declared_act_is_a_row_of_its_own(text, expected):
    assert [e.predicate.text for e in extracted(text, "2016-12-16")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the counts of one vote are one row, told by the first count
        (
            "Some 150 delegations voted for the motion, while only six voted against it and two abstained.",
            ["voted"],
        ),
        ("About 90 members voted in favour, only five voted against and one abstained.", ["voted"]),
        # bodies named are votes of their own
        ("The Senate voted for the bill and the House voted against it.", ["voted", "voted"]),
    ],
)
def test_rows_the_tally_of_a_vote_is_one_row(text, expected):
    assert [e.predicate.text for e in extracted(text, all_events=True)] == expected


def test_rows_an_agency_tag_cut_off_by_the_parser_is_no_row():
    # "Wam reported." cut by the parser into a sentence of its own carries the minister's statement
    text = (
        '"We are not convinced by the quality of the equipment supplied by the French firm" the minister '
        "said Tuesday during a press conference here, the Gulf news agency Wam reported."
    )
    assert "reported" not in [e.predicate.text for e in extracted(text, all_events=True)]


def test_rows_a_clause_ending_on_a_bare_preposition_is_no_happening():
    # a misplaced quote mark leaves a relative clause with its noun cut off: the statement is the row
    text = '"I am guilty of nothing" I have been charged with, the mayor said at the trial.'
    triggers = [e.predicate.text for e in extracted(text)]
    assert "charged" not in triggers


def test_rows_what_an_occasion_told_before_dealt_with_is_its_row():
    text = (
        "Defence chiefs from Asia opened a security forum in Singapore on Monday.\n"
        "Issues such as training for peace support operations will be discussed at the forum.\n"
        "The organisers said that maritime security would also be examined during the forum."
    )
    assert [e.predicate.text for e in extracted(text, all_events=True)] == ["forum"]


def test_rows_a_statement_about_an_occasion_told_before_keeps_its_row():
    # the statement is the row when what it tells is negated, occasion or not
    text = (
        "The council will hold a special meeting on the budget on Friday.\n"
        "The Green Party said the new tax would not be debated at the meeting."
    )
    assert "said" in [e.predicate.text for e in extracted(text)]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a relative clause that says where a span of time starts or ends tells which span, no
        # happening (like "the year ending in March")
        ("Oil imports doubled during the current financial year, which began on April 1.", "doubled"),
        ("Car sales rose 12 percent in the quarter that ended on Sept. 30.", "rose"),
        ("Grain exports stood at 2 million tonnes in the fiscal year of 2004-05 which ended in June.", None),
        (
            "The firm will open 40 shops by the end of the current fiscal year, which will end on March 31, 2007.",
            "open",
        ),
    ],
)
def test_rows_a_period_that_began_or_ended_is_no_row(nlp, text, kept):
    found = rows(nlp, text)
    assert kept is None or kept in {e.predicate.text for e in found}
    assert not {e.predicate.lemma for e in found} & {"begin", "end"}


def test_rows_a_happening_that_began_or_ended_is_still_told(nlp):
    # (the happening is the row, the relative clause says when it ended)
    listed = {
        e.predicate.text: e for e in rows(nlp, "The strike, which ended on Friday, cost the port 9 million dollars.")
    }
    assert "strike" in listed or "ended" in listed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what a verb with a subject of its own ended or broke off took place before: a row of its
        # own, undated by the day it was broken off
        (
            "The new government suspended peace talks with the northern rebels on Monday.",
            {"suspended": ("2016-12-19", "2016-12-19"), "talks": (None, None)},
        ),
        (
            "The treaty signed in Oslo ended a long border war between the two kingdoms.",
            {"treaty": (None, None), "war": (None, None)},
        ),
        # an occasion its own people end: one row (GUIDELINES 2)
        ("The ministers ended their regional summit on Monday.", {"ended": ("2016-12-19", "2016-12-19")}),
        # no own argument, no subject: the verb's row
        ("The strike was ended on Monday.", {"strike": ("2016-12-19", "2016-12-19")}),
    ],
)
def test_rows_what_was_ended_or_broken_off_is_a_row_of_its_own(text, expected):
    assert {e.predicate.text: (e.date.earliest, e.date.latest) for e in extracted(text)} == expected


def test_rows_a_subheading_in_capitals_is_no_row(nlp):
    # a line in capitals between the paragraphs names the part it opens: no row (its happenings are
    # told by the part's sentences); the same words in lower case are a row
    body = (
        "Pacific leaders on Friday agreed to cut tariffs on farm goods.\n\n"
        "{}\n\n"
        "The opposition rejected the referendum held last month."
    )
    kept = [e.predicate.text for e in rows(nlp, "Leaders wrap up forum\n\n" + body.format("VOTERS BOYCOTT REFERENDUM"))]
    assert not {"VOTERS", "BOYCOTT", "REFERENDUM"} & set(kept) and {"agreed", "rejected"} <= set(kept)
    told = [
        e.predicate.text
        for e in rows(nlp, "Leaders wrap up forum\n\n" + body.format("Voters boycotted the referendum."))
    ]
    assert "boycotted" in told
    # copy written all in capitals keeps its rows
    shouted = "LEADERS WRAP UP FORUM\n\nPACIFIC LEADERS ON FRIDAY AGREED TO CUT TARIFFS ON FARM GOODS."
    assert rows(nlp, shouted)


_SHELLED = "Ethiopian troops shelled rebel positions near the border on Monday.\n"


@pytest.mark.parametrize(
    ("text", "occasion"),
    [
        (
            "In a meeting with his Kenyan counterpart in Nairobi, the Ethiopian president praised Kenya as a friend.",
            "meeting",
        ),
        (
            '"We will not give up," the foreign minister said on the sidelines of a summit of leaders in Accra.',
            "summit",
        ),
    ],
)
def test_rows_an_occasion_in_or_on_the_sidelines_of_which_one_spoke_takes_that_day(text, occasion):
    # what was said or done in a meeting, or on the sidelines of a summit, was said or done at it:
    # the occasion took place on that day (as "at" and "during" one already did)
    got = {e.predicate.text: e.date for e in extracted(_SHELLED + text, "2006-11-08")}
    assert (got[occasion].earliest, got[occasion].latest) == ("2006-11-08", "2006-11-08")


def test_rows_an_occasion_a_clause_is_about_is_not_where_it_was_said():
    text = _SHELLED + "On the recent visit of the American envoy, the minister denied reports of a secret message."
    got = {e.predicate.text: e.date for e in extracted(text, "2006-11-08")}
    assert (got["visit"].earliest, got["visit"].latest) != ("2006-11-08", "2006-11-08")
