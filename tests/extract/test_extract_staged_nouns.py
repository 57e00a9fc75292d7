"""An event noun that a verb only starts or stages is the row ("Iran began a new round of war
games on Thursday": the war games, dated Thursday), and verb lemmas are mended ("fined")."""

from __future__ import annotations

import pytest

from tests.extract.parsed import extracted
from timeline.nlp.lemmas import mended


@pytest.mark.parametrize(
    ("form", "lemma", "expected"),
    [
        ("hoped", "hop", "hope"),
        ("fined", "fin", "fine"),
        ("staging", "stag", "stage"),
        ("hopes", "hop", "hope"),
        ("hopped", "hop", "hop"),  # the doubled consonant: the short stem
        ("opened", "open", "open"),  # two syllables: no "e" added
        ("played", "play", "play"),
        ("visited", "visit", "visit"),
    ],
)
def test_staged_nouns_verb_lemmas_are_mended(form, lemma, expected):
    assert mended(form, lemma) == expected


def rows(text: str, ref: str = "2006-11-03"):
    return [(e.predicate.text, e.date.earliest, e.date.resolution, e.summary) for e in extracted(text, ref)]


@pytest.mark.slow
def test_staged_nouns_the_league_fined_a_player_is_a_fine():
    [event] = extracted("The league fined the striker 5,000 dollars on Monday.", "2006-11-03")
    assert event.predicate.lemma == "fine"  # not "fin"


@pytest.mark.slow
def test_staged_nouns_a_round_of_maneuvers_started_is_the_maneuvers_row():
    got = rows("The navy began a new round of military maneuvers on Thursday.")
    assert [(p, d) for p, d, _, _ in got] == [("maneuvers", "2006-11-02")]
    assert got[0][3].startswith("The navy began a new round of military maneuvers")  # the whole clause


@pytest.mark.slow
def test_staged_nouns_an_offensive_launched_is_the_offensive_row_dated_by_the_story():
    text = (
        "Rebels attacked two villages on Wednesday, officials said.\n"
        "Residents fled to the hills.\n"
        "Police searched the area.\n"
        "The army launched an offensive against the rebels."
    )
    got = {p: (d, r) for p, d, r, _ in rows(text)}
    assert "launched" not in got
    assert got["offensive"] == ("2006-11-01", "inferred")  # told in the past: the story's Wednesday


@pytest.mark.slow
def test_staged_nouns_two_clauses_of_one_sentence_tell_two_happenings():
    text = (
        "Officials said on Thursday that the drill was carried out shortly after foreign navies "
        "staged a two-day drill in the Gulf."
    )
    got = [p for p, _, _, _ in rows(text)]
    assert got.count("drill") == 2


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The central bank issued a stern warning on Monday.", "warning"),
        ("Inspectors carried out three tests on Monday.", "tests"),
        ("The ministry launched a new strategy on Monday.", "launched"),  # a scheme: the launch is the row
        ("The two agencies launched a training program on Monday.", "launched"),
    ],
)
def test_staged_nouns_what_is_handed_over_and_what_is_not(text, trigger):
    assert [p for p, _, _, _ in rows(text)] == [trigger]


@pytest.mark.slow
def test_staged_nouns_a_race_to_be_held_is_a_planned_race():
    [event] = extracted(
        "The fourth international ski race is to be held in January 2006, an official said.", "2005-11-22"
    )
    assert (event.predicate.text, event.factuality) == ("race", "planned")
    assert (event.date.earliest, event.date.latest) == ("2006-01-01", "2006-01-31")


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "The prime minister said the bloc stood by its decision taken last year to admit the country.",
        "Critics pointed to the first auction held in the capital last year.",
    ],
)
def test_staged_nouns_a_participle_that_only_says_it_took_place_is_the_nouns_row(text):
    # one row, the noun's, dated by the participle's words ("taken last year": 2005)
    found = {e.predicate.text: e for e in extracted(text, "2006-11-03")}
    assert not {"taken", "held"} & set(found)
    noun = found.get("decision") or found["auction"]
    assert (noun.date.earliest, noun.date.latest) == ("2005-01-01", "2005-12-31")


@pytest.mark.slow
def test_staged_nouns_a_participle_on_another_rows_subject_stays_its_own_row():
    # "the talks, launched in 2003, were suspended": the suspension's row tells the talks, the launch is a
    # row, anchored on the talks it began (GUIDELINES 2) and dated by its own words
    got = {p: d for p, d, _, _ in rows("The talks, launched in 2003, were suspended last month.")}
    assert "launched" not in got
    assert got["talks"] == "2003-01-01"
    assert "suspended" in got


@pytest.mark.slow
def test_staged_nouns_a_noun_carried_out_is_the_row_of_its_clause_day():
    # "bombings carried out by the rebels": the bombings' row (not "carried out"), of the day its
    # clause names, a row apart from the deaths its clause tells
    got = {
        p: (d, s)
        for p, d, _, s in rows("On Tuesday, bombings carried out by the rebels in two towns killed five people.")
    }
    assert "carried out" not in got
    assert got["bombings"] == ("2006-10-31", "bombings carried out by the rebels in two towns")
    assert got["killed"][0] == "2006-10-31"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("He arrived on Friday for the Asia Summit of the Forum on Trade slated for Nov. 14.", "Summit"),
        ("Officials condemned the raid carried out by the police on Wednesday.", "raid"),
        ("The photo taken by a reporter on Monday shows the damage.", "taken"),  # no happening's name
        # which of two happenings "to be held" stages, the parser may not know: the verb stays the row's word
        ("The plan will go for approval to the Leaders' Meeting to be held here on Nov. 18.", "held"),
    ],
)
def test_staged_nouns_a_participle_hands_its_row_to_the_happening_it_stages(text, trigger):
    assert _dated_triggers(text) == [trigger]


def _dated_triggers(text: str) -> list[str]:
    """The words of the rows dated on one of the test sentences' days."""
    days = ("2006-11-14", "2006-11-01", "2006-10-30", "2006-11-18")
    return [e.predicate.text for e in extracted(text, "2006-11-03") if e.date.earliest in days]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Officials condemned the raid that the police carried out on Wednesday.", "raid"),
        # no relative word: "the raid [that] the police carried out" stages its noun all the same
        ("Officials condemned the raid the police carried out on Wednesday.", "raid"),
        ("Critics attacked the speech the mayor delivered in the town hall on Wednesday.", "speech"),
        ("Officials condemned the money the police handed out on Wednesday.", "handed out"),  # no happening
        ("The election, which is scheduled for Nov. 14, will be watched by monitors.", "election"),
        ("Reporters praised the summit that was held in Hanoi on Monday.", "summit"),
        ("Reporters praised the film that was made in Hanoi on Monday.", "made"),  # no happening's name
    ],
)
def test_staged_nouns_a_relative_clause_hands_its_row_to_the_happening_it_stages(text, trigger):
    # "the raid that the police carried out on Wednesday": the raid's row, told by the relative clause
    assert _dated_triggers(text) == [trigger]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "noun"),
    [
        (
            "Police were deployed on Friday to patrol the streets during the local election scheduled for May 7.",
            "election",
        ),
        ("Farmers blocked the road on Monday ahead of the peace talks slated for next Thursday.", "talks"),
    ],
)
def test_staged_nouns_a_happening_scheduled_for_a_day_is_one_planned_row(text, noun):
    # "the election scheduled for May 7": one row, the election's, planned on that day (GUIDELINES 1:
    # "the vote is set for Friday"), not the election and its scheduling as two rows
    found = [e for e in extracted(text, "2006-05-01") if e.factuality == "planned"]
    assert [e.predicate.text for e in found] == [noun]
    assert found[0].date.earliest in ("2006-05-07", "2006-05-04")


@pytest.mark.slow
def test_staged_nouns_a_town_that_saw_a_blast_is_the_blast_row():
    got = rows("The harbour town also saw a chemical explosion on March 3 this year.")
    assert [(p, d) for p, d, _, _ in got] == [("explosion", "2006-03-03")]


@pytest.mark.slow
def test_staged_nouns_a_week_that_saw_fighting_is_the_fighting_row():
    got = rows("Last week saw heavy fighting between rebels and soldiers near the border.")
    assert [p for p, _, _, _ in got] == ["fighting"]


@pytest.mark.slow
def test_staged_nouns_a_country_that_saw_a_bombing_is_no_actor_of_it():
    from tests.extract.test_extract_actor_names import names

    text = "Peru saw a car bombing at a bus station in May 1999."
    assert [(p, d) for p, d, _, _ in rows(text)] == [("bombing", "1999-05-01")]
    assert "Peru" not in names(text, "bombing")  # the place that saw it, not who set it off


@pytest.mark.slow
def test_staged_nouns_what_a_place_has_seen_over_years_stays_a_description():
    got = extracted("The valley has witnessed a series of landslides since 2004.", "2006-11-03", all_events=True)
    assert [e.factuality for e in got if e.factuality in ("asserted", "reported")] == []  # what goes on there


@pytest.mark.slow
def test_staged_nouns_someone_who_saw_a_happening_is_no_scene():
    got = [e for e in extracted("Two fishermen saw the explosion from their boat.", "2006-11-03", all_events=True)]
    assert [e.predicate.text for e in got] == ["saw"]  # what someone saw: not a row of the explosion


@pytest.mark.slow
def test_staged_nouns_a_trend_a_region_saw_is_no_happening():
    got = extracted("The province has seen a steady rise in food prices over the past decade.", "2006-11-03")
    assert [e.predicate.text for e in got] == []  # a trend in figures: no row in the chronology


@pytest.mark.slow
def test_staged_nouns_a_place_seeing_something_as_something_is_a_view():
    got = extracted("Tokyo saw the missile test as a provocation.", "2006-11-03", all_events=True)
    assert "test" not in [e.predicate.text for e in got if e.factuality == "asserted"]
