"""Real happenings the factuality rules used to drop (issue 16, item 1): what a named subject "is to"
do or "was to" do (an arrangement, told as such: "the minister is to visit Beijing"), and a speaker's
news told in a quote in the present progressive ("“We are negotiating with the rebels,” he said").
Aims ("our goal is to win"), what is still awaited, conditions, rhetoric in quotes ("“We are doing
our best”") stay out."""

from __future__ import annotations

import pytest

from tests.extract.parsed import STORY_OPENING, extracted

pytestmark = pytest.mark.slow

LISTED = ("asserted", "reported", "planned")


def told(text: str) -> dict[str, str]:
    """predicate text -> factuality of every row (listed or not) of ``text`` told after a story's opening."""
    return {e.predicate.text: e.factuality for e in extracted(STORY_OPENING + text, all_events=True)}


def _factualities(text: str, *, all_events: bool = False) -> dict[str, str]:
    """predicate text -> factuality of the rows of ``text`` alone, an article of 2016-12-20."""
    return {e.predicate.text: e.factuality for e in extracted(text, "2016-12-20", all_events=all_events)}


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The Egyptian president is to arrive in Seoul for the summit.", "arrive"),
        ("The Kenyan government is to bring home the sailors held by the pirates.", "bring"),
        ("The old Lisbon barracks is to become a museum of the revolution.", "become"),
        ("A delegation of 12 Brazilian senators was to depart for Caracas to meet the opposition.", "depart"),
        ("Senator Ruiz, who was to become speaker of the assembly, withdrew his name.", "become"),
    ],
)
def test_what_a_named_subject_is_to_do_is_planned(text, trigger):
    assert told(text)[trigger] == "planned"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Our goal is to win the league.", "win"),
        ("The first step is to restore order in the capital.", "restore"),
        ("Careful budget management is to protect the economy from the slump.", "protect"),
        ("The council is yet to decide on the Geneva plan.", "decide"),
        ("If the Sudan truce is to hold, both sides must withdraw.", "hold"),
        ("The envoy from Oslo was to have attended the talks.", "attended"),
    ],
)
def test_aims_and_what_did_not_happen_stay_out(text, trigger):
    assert told(text).get(trigger) not in LISTED


def test_a_named_subject_ruled_out_is_negated():
    assert told("The Chelsea players are not to leave the hotel.")["leave"] == "negated"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("“We are actively negotiating with the rebel commanders,” the minister said.", "negotiating"),
        ("“Our troops are fighting in Aleppo,” the minister said.", "fighting"),
        ("“We are evacuating 3,000 people from the coast,” the governor said.", "evacuating"),
    ],
)
def test_news_told_in_a_quote_in_the_present_progressive_is_a_row(text, trigger):
    assert told(text)[trigger] == "reported"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("“We are doing our best,” the minister said.", "doing"),
        ("“We are fighting terrorism,” the minister said.", "fighting"),
        ("“We are winning this war,” the general said.", "winning"),
        ("“The disease is spreading from the cities,” the doctor said.", "spreading"),
    ],
)
def test_rhetoric_in_a_quote_stays_out(text, trigger):
    assert told(text).get(trigger) not in LISTED


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Riot police used water cannon to disperse the crowd in Lima.", "disperse"),
        ("Shuttle buses were used to carry passengers between the two stations.", "carry"),
    ],
)
def test_what_a_means_was_used_to_do_was_done(text, trigger):
    assert told(text)[trigger] == "asserted"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Bread prices used to rise every winter.", "rise"),
        ("The lake water could be used to supply the town.", "supply"),
        ("The professor has used his research to reach results for the wetlands.", "reach"),
        ("The army will use helicopters to drop food on the villages.", "drop"),
    ],
)
def test_a_habit_a_career_or_a_means_to_come_is_no_happening(text, trigger):
    assert told(text).get(trigger) not in ("asserted", "reported")


@pytest.mark.slow
def test_a_would_with_a_day_ahead_is_planned():
    got = _factualities(
        "Party leaders met on Monday to pick a candidate. The committee would vote on the new chairman on "
        "Thursday, and the full party would elect its leader on Friday."
    )
    assert got.get("vote") == "planned"
    assert got.get("elect") == "planned"


@pytest.mark.slow
def test_a_would_with_a_day_ahead_on_a_condition_or_undated_is_not_planned():
    got = _factualities("The minister would resign on Friday if the budget failed. The deal would double exports.")
    assert got.get("resign") != "planned"
    assert got.get("double") != "planned"


@pytest.mark.slow
def test_a_dated_would_joined_to_what_was_said_is_planned():
    got = _factualities(
        "General Okoro said the meeting was going well and by the end of the month the two armies would "
        "start joint patrols. He said the talks had gone well, and the sellers would face prosecution.",
        all_events=True,
    )
    assert got.get("start") == "planned"
    assert got.get("face") != "planned"  # undated: a consequence, no plan


@pytest.mark.slow
def test_a_would_now_is_an_intention_not_a_day_set():
    got = _factualities(
        "The owner said she had known nothing about the party and they would now review the contract of their manager.",
        all_events=True,
    )
    assert got.get("review") != "planned"


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        (
            "Officials said the charter, to be signed by the six leaders at the close of the meeting, is ready.",
            "signed",
        ),
        ("With the regatta to be hosted by Auckland, the port has hired extra pilots.", "hosted"),
        ("The workshop, to be opened by the health minister, will train nurses.", "opened"),
        ("Delegates read the draft of the treaty to be ratified by parliament.", "ratified"),
    ],
)
def test_a_passive_infinitive_told_of_a_known_thing_is_planned(text, verb):
    # "the charter, to be signed": the "is to be signed" of an arrangement, a planned row
    assert _factualities(text).get(verb) == "planned"


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("The envoy wants the report to be published.", "published"),
        ("The army examined the lessons to be learnt from the defeat.", "learnt"),
        ("Mongolia, the only country to be visited by the pope twice, welcomed him.", "visited"),
        ("They moved the ballot boxes for the votes to be counted safely.", "counted"),
        ("A man to be feared walked into the bar.", "feared"),
    ],
)
def test_a_wish_a_duty_a_rank_or_a_purpose_is_no_arrangement(text, verb):
    assert _factualities(text, all_events=True).get(verb) != "planned"
