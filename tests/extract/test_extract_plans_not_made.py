"""What is only awaited, wished or an attitude is no planned row (GUIDELINES section 1: planned is what
is scheduled or firmly announced): what someone expects of another ("Moscow expected Tehran to halt
the tests"), an expectation held then ("I was expecting to lose"), an attitude or an ease told
by an adjective ("is eager to meet on Friday", "were reluctant to buy before Monday"),
where things head ("on course to win"), what is not confirmed, the purpose of a deed told in a
perfect, and a rule for whoever is of a kind ("officers who fail will be demoted"). What is set for
a time ("due to", "are expected to", "will meet on Friday") or foretold for one ("is likely to
reach the coast on Saturday") stays planned, and what an adjective tells as done ("were able to
reach", "was glad to see") is told as fact."""

from __future__ import annotations

import pytest

from tests.extract.parsed import extracted

pytestmark = pytest.mark.slow


def facts(text: str) -> dict[str, str]:
    return {e.predicate.text: e.factuality for e in extracted(text, all_events=True)}


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Moscow expected Tehran to halt its missile tests, a senior deputy said on Tuesday.", "halt"),
        ('"We expect the board to publish a fair report," the minister said.', "publish"),
        ('"I was expecting to lose the final," the veteran said after the match.', "lose"),
    ],
)
def test_what_someone_awaits_is_no_plan(text, trigger):
    assert facts(text).get(trigger) == "hypothetical"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ('"The damage is difficult to assess at this moment," the mayor said on Friday.', "assess"),
        ("The smuggler was about to board a plane on Monday when customs officers stopped him.", "board"),
        ("Buyers were reluctant to build new positions ahead of the holiday on Monday.", "build"),
        ("The mayor is eager to meet the strikers on Friday, his aide said.", "meet"),
        ("The ruling party was on course to win the vote in May, the survey showed.", "win"),
    ],
)
def test_a_likelihood_or_an_attitude_is_no_plan(text, trigger):
    assert facts(text).get(trigger) == "hypothetical"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Divers were able to reach the wreck on Sunday, the coast guard said.", "reach"),
        ("The governor was quick to condemn the shooting on Tuesday.", "condemn"),
    ],
)
def test_what_an_adjective_tells_as_done_is_fact(text, trigger):
    assert facts(text).get(trigger) in ("asserted", "reported")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The ferry is due to sail for the islands on Friday.", "sail"),
        ("The two envoys are expected to meet in Oslo next week.", "meet"),
        ("The mayor will visit the flooded villages on Thursday, his office said.", "visit"),
        ("The sale is set to close in March, the bank said.", "close"),
        # a forecast with a time is a planned row (GUIDELINES, fourth batch)
        ("The storm is likely to reach the coast on Saturday, forecasters said.", "reach"),
    ],
)
def test_what_is_set_for_a_time_stays_planned(text, trigger):
    assert facts(text).get(trigger) == "planned"


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a likelihood adverb on a future set for a time ahead hedges a plan, as "is likely to" does
        ("The two mayors will likely sign the water deal next month.", "sign", "planned"),
        ("The airline said it would probably resume flights to the island on Friday.", "resume", "planned"),
        # with no time of its own it stays a guess
        ("The two mayors will likely sign the water deal.", "sign", "hypothetical"),
        ("The coach said the striker would probably miss the final.", "miss", "hypothetical"),
        # "maybe", "perhaps": a possibility, even with its time ahead
        ("Maybe I will play in the Dutch league next year, the striker said.", "play", "hypothetical"),
        ("The two mayors will perhaps sign the water deal next month.", "sign", "hypothetical"),
    ],
)
def test_a_likely_future_is_a_plan_only_with_its_time_ahead(text, trigger, expected):
    assert facts(text).get(trigger) == expected


def test_what_is_not_confirmed_is_no_plan():
    assert facts("The rebel leader has not yet confirmed that he will attend the talks.").get("talks") == "hypothetical"


def test_the_purpose_of_a_deed_in_a_perfect_is_no_plan():
    found = facts("The minister said he had recalled the ambassador on Monday to protest against the raid.")
    assert found.get("protest") == "hypothetical"
    assert found.get("recalled") in ("asserted", "reported")


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("Officers who fail the new tests would be demoted, the police chief said.", "demoted", "generic"),
        ("Those whose shops sold the fake wine will be fined, the mayor said.", "fined", "generic"),
        # ... not people the article names or a set of them with a day
        ("Villagers who fled the floods will return home next week, officials said.", "return", "planned"),
    ],
)
def test_a_rule_for_whoever_is_of_a_kind_is_no_plan(text, trigger, expected):
    assert facts(text).get(trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a to-infinitive read as a plan whose own time is wholly past: told as done ...
        ("The skater fell twice to finish fifth on Saturday.", "finish", "asserted"),
        ("The rescue team struggled to free the miners in July.", "free", "asserted"),
        # ... or not told at all when a plan, a wish or a perfect infinitive says so
        ("The ferry link was to have opened on Thursday.", "opened", "hypothetical"),
        ("The last cabinet had planned to close the mine by the end of last year.", "close", "hypothetical"),
        # what is still ahead stays planned
        ("The club will open its new stadium on Friday.", "open", "planned"),
    ],
)
def test_a_plan_whose_time_is_past(text, trigger, expected):
    assert facts(text).get(trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Once the leak is located, divers will seal the pipeline, the company said.", "seal"),
        ("The port authority said ferries will sail again once the storm has passed.", "sail"),
        ("The city will hand out blankets as long as the cold lasts, the mayor said.", "hand out"),
        ("The rebels will lay down their arms provided that the army withdraws, a spokesman said.", "lay down"),
        ("The militia will surely retaliate against the villages, a diplomat said.", "retaliate"),
    ],
)
def test_a_future_that_waits_on_a_condition_or_is_told_as_sure_is_no_plan(text, trigger):
    assert facts(text).get(trigger) == "hypothetical"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The league said it will work to attract more young players.", "work"),
        ("The province will do its utmost to rebuild the schools, the governor said.", "do"),
        ("Both parties will make every effort to settle the dispute, the mediator said.", "make"),
        ("The region will give priority to the repair of rural roads, an official said.", "give"),
        ("The new cabinet would commit itself to the reforms, the premier said.", "commit"),
    ],
)
def test_an_effort_or_a_stance_with_no_time_is_no_plan(text, trigger):
    assert facts(text).get(trigger) not in ("planned", "asserted", "reported")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Small lenders will be exposed to higher losses, the central bank warned.", "exposed"),
        ("The new members would be bound by the existing treaties, the commissioner said.", "bound"),
    ],
)
def test_what_a_subject_will_be_put_under_is_no_plan(text, trigger):
    assert facts(text).get(trigger) == "hypothetical"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The orchestra will play in Vienna once the season opens in March, the manager said.", "play"),
        ("The company will cut 400 jobs at its plant in Ohio, the chairman said.", "cut"),
        ("The minister will give a speech to parliament, his office said.", "speech"),
    ],
)
def test_a_plan_beside_a_timed_clause_or_with_no_aim_stays_planned(text, trigger):
    assert facts(text).get(trigger) == "planned"
