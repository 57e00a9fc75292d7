"""Rows that are no happening (issue 16, item 1; GUIDELINES section 1): a possibility ("it could be
that ..."), a rule, a post or a condition kept over years, what was going on around a happening
("with prices rising"), where a quake was centred, an average; what happened beside them stays."""

from __future__ import annotations

import pytest

from tests.extract.parsed import extracted

pytestmark = pytest.mark.slow


def facts(text: str) -> dict[str, str]:
    return {e.predicate.text: e.factuality for e in extracted(text, all_events=True)}


def listed(text: str) -> set[str]:
    return {e.predicate.text for e in extracted(text)}


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # what "it could be", "it is possible" that happened is only possible
        ("It could be that the driver fell asleep at the wheel.", "fell", "hypothetical"),
        ("It is possible that the warehouse was set alight by vandals.", "set", "hypothetical"),
        ("The cause may be that a valve failed under pressure.", "failed", "hypothetical"),
        # ... not what is told as done
        ("It was clear that the driver fell asleep at the wheel.", "fell", "asserted"),
        ("Vandals set the warehouse alight on Sunday.", "set", "asserted"),
    ],
)
def test_a_possibility_is_no_happening(text, trigger, expected):
    assert facts(text).get(trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # what "it is important, essential, crucial ..." to do or that someone does is a norm or a wish,
        # whatever time it names (the parser hangs the infinitive on "is", not on the adjective)
        ("It is crucial for the two cities to plan their water supply now.", "plan", "hypothetical"),
        ("It is important to build more schools this year.", "build", "hypothetical"),
        ("It is essential that the government cuts taxes next year.", "cuts", "hypothetical"),
        # ... not what is told as done, nor a schedule or a forecast
        ("It is important that the talks resumed on Monday.", "talks", "asserted"),
        ("Rescuers were able to reach the village on Monday.", "reach", "asserted"),
        ("The storm is likely to hit the coast on Friday.", "hit", "planned"),
        ("The company is set to open a new plant in May.", "open", "planned"),
    ],
)
def test_what_is_held_needed_is_no_happening(text, trigger, expected):
    assert facts(text).get(trigger) == expected


def test_a_norm_with_a_time_is_not_listed():
    assert listed("It is important to build more schools this year, Finance Minister John Smith said on Monday.") == {
        "said"
    }


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a rule, a post or a hold kept over years is a lasting state
        ("The colonel, who governed the province between 1971 and 1979, died on Sunday.", "governed", "generic"),
        ("The goalkeeper played for the Lisbon side from 1988 to 1993.", "played", "generic"),
        ("The goalkeeper played for the Lisbon side from 1988-1993.", "played", "generic"),
        ("The valley has been divided between two clans since 1962.", "divided", "generic"),
        ("The region has been plagued by drought since the 1984 famine.", "plagued", "generic"),
        ("The mountain pass has been closed for decades.", "closed", "generic"),
        # "one of" names a member of a set, no count summed over the span
        (
            "Britain has been distancing itself from the junta, once one of its closest partners in the region, "
            "for several years.",
            "distancing",
            "generic",
        ),
        # a course gone on since a decade, or kept by a counted band since a month, is as lasting
        ("The separatists have been seeking a state of their own since the late 1970s.", "seeking", "generic"),
        ("About 30 members of the gang had been holding the mine and 40 workers since March 3.", "holding", "generic"),
        # ... not what happened once in those years, nor a state started days ago (its start is news)
        ("Since 1999, the militia has attacked the village four times.", "attacked", "asserted"),
        ("About 30 gunmen have been occupying the mine since Monday.", "occupying", "asserted"),
        ("The army has occupied the airport since Monday.", "occupied", "asserted"),
        ("The colonel governed the province until rebels ousted him in 1979.", "ousted", "asserted"),
        # a thing that comes back now and then is a habit
        ("Clashes have flared periodically along the border ever since.", "flared", "generic"),
        # ties or a presence kept up: a lasting state, with no day of its own
        ("The two ports have maintained close contacts at every level.", "maintained", "generic"),
        ("Soldiers kept a heavy presence around the old mosque.", "kept", "generic"),
        ("Regular exchanges have been maintained between the two academies.", "maintained", "generic"),
        # ... not order kept on a day, nor what was kept that is no tie
        ("Police maintained order during the march on Sunday.", "maintained", "asserted"),
        ("The central bank kept its key rate at 3 percent on Thursday.", "kept", "asserted"),
    ],
)
def test_a_state_kept_over_years_is_no_happening(text, trigger, expected):
    assert facts(text).get(trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a trend over an uncounted stretch of years or months up to now is a state of affairs
        ("Ties between the two ports have run into serious trouble in recent years.", "run", "generic"),
        ("In recent years, the overhaul of the state railways has been gathering pace.", "gathering", "generic"),
        ("The neighbouring clubs have built a fierce rivalry over the years.", "built", "generic"),
        # ... not a happening dated by a counted stretch, a kind of happening told over it, or what
        # a happening named after "by" brought about
        ("The mayor has reached out to the unions in the past three months.", "reached out", "asserted"),
        ("In recent months, the charity's lorries have been ambushed on the coast road.", "ambushed", "asserted"),
        (
            "In recent months, the ferry service has been disrupted by the seizure of two boats.",
            "disrupted",
            "asserted",
        ),
        ("The port has opened a new terminal in the past year.", "opened", "asserted"),
    ],
)
def test_a_trend_over_recent_years_is_no_happening(text, trigger, expected):
    assert facts(text).get(trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # what was going on around the happening told
        ("With the home bowlers pressing, the captain took few risks.", "pressing", "generic"),
        ("The hosts scored late, with the visitors trailing by three goals.", "trailing", "generic"),
        ("The index closed higher, with 31 stocks rising.", "rising", "generic"),
        # ... not a move by a figure, a result or an act told with it
        ("Shares closed up on Friday, with the main index rising 12.5 points.", "rising", "asserted"),
        ("The hosts won four golds, with Kenya taking the remaining two.", "taking", "asserted"),
        ("The quake shook the coast, with the weather agency issuing a tsunami warning.", "issuing", "asserted"),
    ],
)
def test_the_circumstances_are_no_happening(text, trigger, expected):
    assert facts(text).get(trigger) == expected


def test_where_a_quake_was_centred_is_no_row():
    rows = listed("A strong earthquake struck the island on Monday. It was centred 40 kilometres north of the capital.")
    assert "struck" in rows
    assert "centred" not in rows


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("The striker averaged 22 points a game in his first season.", "averaged", "generic"),
        ("The winger averaged nine goals in his previous four seasons.", "averaged", "generic"),
    ],
)
def test_an_average_is_no_happening(text, trigger, expected):
    assert facts(text).get(trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # what the possibility, the risk or the fear "of" names with its subject has not happened
        ("Farmers fear the possibility of the river bursting its banks.", "bursting", "hypothetical"),
        ("Residents dread the prospect of the plant closing its gates.", "closing", "hypothetical"),
        # dreading is a feeling, no happening
        ("The fishermen dreaded the long winter ahead.", "dreaded", "generic"),
        # what they were unable to do did not happen, in the past as under "if"
        ("The two unions were unable to agree on a new wage deal in March.", "agree", "negated"),
        ("If the club is unable to sign a striker in January, the coach will resign.", "sign", "negated"),
        # ... not a clause of its own under it
        (
            "The leaders were unable to reach a deal after the minister was sacked on Monday.",
            "sacked",
            "asserted",
        ),
    ],
)
def test_what_may_happen_or_could_not_happen_is_no_happening(text, trigger, expected):
    assert facts(text).get(trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a name given by a passive is no happening
        ("The merged airline will be called Northern Skies.", "called", "generic"),
        ("The old fort is known as the Red Tower.", "known", "generic"),
        # ... a call someone made is
        ("The strike was called by the dockers' union on Monday.", "called", "asserted"),
        # what a whole is made of, whatever noun of it is read as a happening
        ("Spices and tea make up a large proportion of the island's exports.", "proportion", "generic"),
    ],
)
def test_a_name_or_a_share_is_no_happening(text, trigger, expected):
    assert facts(text).get(trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a present progressive kept "still", "currently" or "now" tells a state of affairs going on
        ("The northern lakes are still providing clean water to the city.", "providing", "generic"),
        ("The singer is currently serving a two-year prison term for fraud.", "serving", "generic"),
        ("The ministry is now considering several options for the port.", "considering", "generic"),
        ("The coalition is currently leading in the polls.", "leading", "generic"),
        # ... not a move, talks with a counterpart, a time of its own, nor a past progressive
        ("The delegation is now leaving for Lusaka.", "leaving", "asserted"),
        ("The firm is currently negotiating with Siemens over a merger.", "negotiating", "asserted"),
        ("Rebel gunners are now shelling the airport.", "shelling", "asserted"),
        ("Firefighters were still battling the blaze in the warehouse.", "battling", "asserted"),
        ("Police are questioning two men over the attack in Leeds.", "questioning", "asserted"),
    ],
)
def test_what_still_goes_on_now_is_no_happening(text, trigger, expected):
    assert facts(text).get(trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a participle on a noun telling a state or a relation, whatever its clause's date
        ("The pound slipped because of uncertainty surrounding a referendum on June 3.", "surrounding", "hypothetical"),
        (
            "Voters are urged to counter the ballots of some 20,000 exiles now living in other towns.",
            "living",
            "hypothetical",
        ),
        # ... not the clause it sits in
        ("The pound slipped because of uncertainty surrounding a referendum on June 3.", "slipped", "asserted"),
    ],
)
def test_a_state_told_by_a_participle_is_no_happening(text, trigger, expected):
    assert facts(text).get(trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # an injury nursed is a state undergone, the injury's own happening is told elsewhere
        ("The winger is nursing a hamstring injury picked up in training last week.", "nursing", "generic"),
        ("The winger is nursing a hamstring injury picked up in training last week.", "picked up", "asserted"),
    ],
)
def test_an_injury_nursed_is_no_happening(text, trigger, expected):
    assert facts(text).get(trigger) == expected
