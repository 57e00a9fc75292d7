"""A happening named by a noun the sentence only passes through (the object of a preposition, what
a verb caused) is a row of its own when the noun names one particular happening; not a bare
reference, a wish, a threat, a source of news or the harm's own cause."""

from __future__ import annotations

import pytest

from tests.extract.parsed import extracted


def triggers(text: str, ref: str = "2006-11-03") -> dict[str, str | None]:
    return {e.predicate.text: e.date.earliest for e in extracted(text, ref)}


@pytest.mark.slow
def test_passing_nouns_a_particular_happening_in_a_phrase_is_a_row():
    got = triggers(
        "The riot in the port was sparked by the killings of three fishermen near the harbour. "
        "A magnitude 5.1 quake struck the valley on Wednesday. It was followed by another temblor measuring 3.9."
    )
    assert "killings" in got
    assert "temblor" in got
    assert got["temblor"] == "2006-11-01"  # told in the past in Wednesday's story: Wednesday


@pytest.mark.slow
def test_passing_nouns_an_occasion_one_speaks_at_is_a_row_of_its_day():
    got = triggers("Mr Okafor made the remark on Tuesday at the third seminar on regional trade.")
    assert got.get("seminar") == "2006-10-31"


@pytest.mark.slow
def test_passing_nouns_no_row_for_a_wish_a_threat_a_source_or_a_setting():
    got = triggers(
        "Thousands of people left the town under a truce agreement. "
        "Schools were closed due to the threat of a cyclone. "
        "The bank will cut 300 jobs, according to a statement by its chairman. "
        "Shares of the bank rose in early deals. "
        "The opposition called for an end to the fighting in the north. "
        "A teacher was injured in a car crash near the school."
    )
    assert not {"agreement", "threat", "statement", "deals", "fighting", "crash"} & set(got)
    assert "injured" in got


@pytest.mark.slow
def test_passing_nouns_a_happening_told_before_is_not_told_again():
    got = triggers(
        "Soldiers killed four protesters in the capital on Friday. "
        "The United Nations called for an inquiry into the killing of the four protesters."
    )
    assert "killing" not in got


@pytest.mark.slow
def test_passing_nouns_the_occasion_one_speaks_to_is_a_row():
    got = triggers("The coach told a disciplinary hearing in Leeds on Monday that he regretted the incident.")
    assert got.get("hearing") == "2006-10-30"


@pytest.mark.slow
def test_passing_nouns_a_news_conference_one_speaks_to_is_the_statement_s_not_a_row():
    # the press's occasion only carries the words: the statement is the row, dated by its day
    got = triggers("Senator Ann Reyes told a news conference on Monday that the report would help the talks.")
    assert "news conference" not in got and "conference" not in got
    assert got.get("told") == "2006-10-30"
    got = triggers("Coach Tom Barry told a press briefing in Leeds on Monday that the club had sacked him.")
    assert "briefing" not in got
    got = triggers('"We will appeal," Ms Reyes said at a joint news conference after the talks.')
    assert "conference" not in got and "said" in got
    # one that is news of its own stays: "his annual news conference"
    got = triggers("Speaking at his annual news conference, President Ivo Kral said the army would stay.")
    assert "conference" in got


@pytest.mark.slow
def test_passing_nouns_a_happening_with_a_named_owner_a_rank_or_a_day_is_a_row():
    got = triggers(
        "The painting was the dearest lot sold at the museum's first charity auction held in Lyon on Thursday. "
        "The mayor arrived on Sunday and is now on Mr Lefevre's second trip to the region."
    )
    assert "auction" in got
    assert "trip" in got


@pytest.mark.slow
def test_passing_nouns_no_row_for_a_setting_a_routine_step_or_a_plan():
    got = triggers(
        "Gunmen opened fire on a funeral in the northern town on Monday, wounding four mourners. "
        "The singer became a citizen on Friday with a short ceremony at the town hall. "
        "The written exam in the morning is followed by an oral test in the afternoon. "
        "The army said it had received reports of a planned ambush against its convoys."
    )
    assert not {"funeral", "ceremony", "test", "ambush"} & set(got)
    assert "opened" in got or "fire" in got


@pytest.mark.slow
def test_passing_nouns_no_row_for_the_vote_a_decision_was_taken_by_nor_a_trend_as_a_season_nears():
    got = triggers(
        "The council's budget was approved by a 31 to 9 vote. "
        "The chain hired 4,000 staff, driven by the rise in toy sales as the year-end season approaches."
    )
    assert "approved" in got
    assert not {"vote", "rise"} & set(got)


@pytest.mark.slow
def test_passing_nouns_the_terms_one_is_signed_to_are_the_signing_s_row():
    # "signed the striker to a three-year, 12-million-dollar deal": one happening, the signing,
    # told with its terms; not the deal as a second row
    got = triggers(
        "Madrid signed the Dutch striker Jan Vos to a three-year, 12-million-dollar deal last week. "
        "Lyon agreed to a two-year contract with the goalkeeper Marc Petit."
    )
    assert "signed" in got
    assert not {"deal", "contract"} & set(got)


@pytest.mark.slow
def test_passing_nouns_a_happening_given_as_a_cause_is_a_row():
    # the cause took place, whatever became of the clause it explains (here: failed, a state)
    got = {
        e.predicate.text: e.factuality
        for e in extracted(
            "The assembly failed to pass the budget due to a presidential veto, the speaker said. "
            "The ferries stopped running on Friday owing to a strike by dock workers. "
            "The guerrillas now hold most of the valley as a result of the army's spring offensive."
        )
    }
    assert got.get("veto") == "asserted"  # not "negated", as the failing is
    assert got.get("strike") == "asserted"
    assert got.get("offensive") == "asserted"


@pytest.mark.slow
def test_passing_nouns_no_row_for_a_cause_that_is_a_state_or_told_by_its_verb():
    got = triggers(
        "The editor resigned because of a long-standing dispute with the owners. "
        "Voters walked to the polls because of a traffic ban. Cars were banned from the city centre."
    )
    assert "dispute" not in got
    assert "ban" not in got


@pytest.mark.slow
def test_passing_nouns_the_incident_in_which_people_were_killed_is_a_row_of_its_own():
    got = triggers(
        "Six farmers were killed on Sunday in clashes with herders near the river. "
        "Nine people died in the shelling of a market in the town of Ravna on Monday. "
        "Police arrested 30 students in a protest at Liberty Square. "
        "In another blast at a bus depot, two drivers were wounded."
    )
    assert got.get("clashes") == "2006-10-29"
    assert got.get("shelling") == "2006-10-30"
    assert "protest" in got and "blast" in got
    assert {"killed", "died", "arrested", "wounded"} <= set(got)  # the harm stays a row of its own
    got = triggers("Four guards were killed in an attack on a police station in Kandahar on Friday.")
    assert got.get("attack") == "2006-11-03"  # a named place anywhere in the incident's own phrase


@pytest.mark.slow
def test_passing_nouns_no_row_for_an_incident_of_no_particular_kind_or_told_before():
    got = triggers(
        "A cyclist was injured in a crash near the bridge. "
        "Rebels attacked a police post in the hills on Friday. "
        "Two officers were killed in the attack."
    )
    assert "crash" not in got
    assert "attack" not in got  # the attack told before, by "attacked"
