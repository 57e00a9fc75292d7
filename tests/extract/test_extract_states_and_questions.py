"""Rows that are no happening (issue 16, item 1): how something looked or stood, a question left
open, a way still to be found, a poll's finding, a thing that comes back from time to time."""

from __future__ import annotations

import pytest

from tests.extract.parsed import extracted

pytestmark = pytest.mark.slow


def facts(text: str) -> dict[str, str]:
    return {e.predicate.text: e.factuality for e in extracted(text, all_events=True)}


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a verb of seeming or standing with an adjective: how its subject was
        ("Many voters found the ballot confusing, though the instructions looked clear.", "looked", "generic"),
        ("The visitors looked tired after their long bus journey.", "looked", "generic"),
        ("The relief agency stood ready on Monday to send doctors to the valley.", "stood", "generic"),
        # ... but not what someone did
        ("The minister looked at the plans on Monday.", "looked", "asserted"),
        # a clause that asks is no happening told, nor what it gives as a cause
        ("It is unclear whether the pilot lost control because he was hit.", "hit", "hypothetical"),
        ("The minister said that the factory had closed.", "closed", "asserted"),
        # a way or a reason still to be found is a topic; one told in the past is known to have happened
        ("The board will decide next month exactly how the firm will share its profits.", "share", "hypothetical"),
        ("The board will decide next month exactly how the firm will share its profits.", "decide", "planned"),
        ("Police are investigating how the fire started.", "started", "asserted"),
        # "how long", "how soon": the measure of a happening to come, asked, not told
        ("As for how long the strike will last, the union said a week was likely.", "last", "hypothetical"),
        ("Nobody could say how soon the plant will reopen.", "reopen", "hypothetical"),
        # what a percentage of those polled said is a finding of the poll
        ("In the survey, 40 percent said they had skipped a meal when prices rose.", "skipped", "generic"),
        ("In the poll, 62 percent of respondents said they had cut spending.", "cut", "generic"),
        ("Half of the board members said on Monday that they had resigned.", "resigned", "asserted"),
        # what comes back now and again is a habit
        ("Floods have struck the valley from time to time.", "struck", "generic"),
        ("Floods struck the valley on Monday.", "struck", "asserted"),
    ],
)
def test_states_and_questions(text, trigger, expected):
    assert facts(text).get(trigger) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The minister is not going to resign over the scandal.", "negated"),
        ("The visitors were never going to win the cup this season.", "negated"),
        ("The mayor is going to resign next week.", "planned"),
    ],
)
def test_a_future_denied_with_going_to(text, expected):
    facts_ = {e.predicate.lemma: e.factuality for e in extracted(text, all_events=True)}
    assert facts_.get("resign", facts_.get("win")) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # what a speaker thought, felt or strove for, told in a quotation, is a state of mind
        (
            '"We guessed it was a flood because the water rose so fast," a survivor told reporters.',
            "guessed",
            "generic",
        ),
        ('"We were scared at first, but we soon calmed down," said the driver.', "calmed down", "generic"),
        ('"Then we heard the helicopters and that lifted our morale," he said.', "lifted", "generic"),
        ('"I lost all respect for the referee," the striker said.', "lost", "generic"),
        ('"We tried our best," the captain said.', "tried", "generic"),
        ('"We focused on defending deep," the coach said.', "focused", "generic"),
        # ... not what was done, in a quotation or out of one
        ('"We sent three doctors to the village," the minister said.', "sent", "reported"),
        ('"We lost the match in the last minute," the coach said.', "lost", "reported"),
        ("Villagers panicked when the dam burst on Sunday.", "panicked", "asserted"),
    ],
)
def test_a_state_of_mind_in_a_quotation_is_no_happening(text, trigger, expected):
    assert facts(text).get(trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # what a report, a poll or an agreement covers or lays down is its content
        ("The bank's paper examined the rise in rents against several benchmarks.", "examined", "generic"),
        ("The Gallup poll compared the governor's rating with those of his predecessors.", "compared", "generic"),
        ("The new law stipulates that every driver must carry a permit.", "stipulates", "generic"),
        ("The study focuses on children under five.", "focuses", "generic"),
        ("The inquiry's report described the failures of the night shift.", "described", "generic"),
        # ... not what a body did, nor the release of what a text found
        ("The committee examined the budget on Monday.", "examined", "asserted"),
        ("The report was released on Monday.", "released", "asserted"),
        ("The survey found that most voters backed the plan.", "backed", "asserted"),
    ],
)
def test_what_a_text_covers_is_no_happening(text, trigger, expected):
    assert facts(text).get(trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # harm done to a standing, a feeling or a relation is an evaluation of what happened
        ("Civilian deaths have damaged the image of the peacekeepers.", "damaged", "generic"),
        ("The ministers' remarks severely hurt the feelings of the farmers.", "hurt", "generic"),
        ("Their visits undermined the foundation of the two nations' ties.", "undermined", "generic"),
        ("Relations between the two neighbours have been strained since the border dispute.", "strained", "generic"),
        ("The mayor had brought his office into disrepute.", "brought", "generic"),
        ("The raids on the villages reduced the army's popularity among farmers.", "reduced", "generic"),
        # ... not harm done to people or things
        ("The blast damaged 30 houses in the village.", "damaged", "asserted"),
        ("Rebels undermined the bridge with explosives on Monday.", "undermined", "asserted"),
        ("The storm hurt three fishermen.", "hurt", "asserted"),
        ("The bank reduced its interest rate on Monday.", "reduced", "asserted"),
    ],
)
def test_a_standing_harmed_is_no_happening(text, trigger, expected):
    assert facts(text).get(trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # what marked an undertaking, in the passive with "by", is a description
        ("The referendum campaign has been marked by tribalism and harsh rhetoric.", "marked", "generic"),
        ("The election was characterized by low turnout in the north.", "characterized", "generic"),
        # ... not when a happening marked it, nor the active "marked" of a celebration
        ("The anniversary was marked by a ceremony in the capital.", "marked", "asserted"),
        (
            "The campaign has been marked by tribalism, harsh rhetoric and the deaths of at least eight people.",
            "marked",
            "asserted",
        ),
        ("The country marked the anniversary of its independence on Monday.", "marked", "asserted"),
    ],
)
def test_what_marked_an_undertaking_is_no_happening(text, trigger, expected):
    assert facts(text).get(trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # how a lasting relation between parties has gone, with no time of its own, is a description
        ("Bilateral cooperation in trade and culture has scored remarkable achievements.", "scored", "generic"),
        ("Relations between the two countries have gained encouraging results.", "gained", "generic"),
        ("The friendship between the two peoples has entered a new stage.", "entered", "generic"),
        ("Ties between Ruritania and Freedonia have developed smoothly since 1979.", "developed", "generic"),
        # ... not its start or end, a figure it reached, an exchange that took place, or its day
        ("Relations between the two neighbours broke down on Monday.", "broke down", "asserted"),
        ("Cooperation between the two neighbours resumed after the talks.", "resumed", "asserted"),
        ("Trade cooperation between the two sides reached 5 billion dollars.", "reached", "asserted"),
        ("An exchange of fire lasted two hours near the border.", "exchange", "asserted"),
        ("Relations between the two countries improved sharply on Monday.", "improved", "asserted"),
        (
            "The pact was scrapped in 1999, when ties between the two neighbours fell to their lowest.",
            "fell",
            "asserted",
        ),
    ],
)
def test_the_course_of_a_relation_is_no_happening(text, trigger, expected):
    assert facts(text).get(trigger) == expected


def test_a_statement_on_a_relation_is_the_row():
    """What a minister says of a relation's course is a stance: the statement is the row."""
    rows = extracted(
        "Relations between the two countries have developed smoothly, Foreign Minister John Smith said on Monday."
    )
    assert [e.predicate.text for e in rows] == ["said"]
    assert [a.name for a in rows[0].actors] == ["John Smith"]


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # what besets an undertaking, in the passive or the perfect with no time, is a state of affairs
        (
            "Talks on the new treaty have been bogged down because of disputes over fishing rights.",
            "bogged down",
            "generic",
        ),
        ("The vote has been overshadowed by fears of violence.", "overshadowed", "generic"),
        ("The leaders admitted that plans for a common currency were stalled.", "stalled", "generic"),
        # ... not what happened on a day
        ("The rescue was hampered by heavy rain on Monday.", "hampered", "asserted"),
        ("Talks stalled on Monday over the price of gas.", "stalled", "asserted"),
    ],
)
def test_an_undertaking_beset_is_no_happening(text, trigger, expected):
    assert facts(text).get(trigger) == expected
