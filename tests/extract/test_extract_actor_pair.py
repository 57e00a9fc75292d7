"""'The pair', 'the duo': the two people the text told together last, as 'the two' is; 'the three
companies', 'both banks': the group of that many of that kind told last, however far back."""

from __future__ import annotations

import pytest

from tests.extract.test_extract_actor_names import doers, names

pytestmark = pytest.mark.slow

LOPEZ_BERG = ["Anna Berg", "Maria Lopez"]


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        (
            "Maria Lopez and Anna Berg reached the final on Friday. The pair beat the top seeds in straight sets.",
            "beat",
            LOPEZ_BERG,
        ),
        (
            "Police said Maria Lopez and Anna Berg were arrested on Friday. The pair were freed on bail on Saturday.",
            "freed",
            LOPEZ_BERG,
        ),
        (
            "Peter Holm and Jan Ek met in Oslo on Monday. The duo agreed to split the prize.",
            "agreed",
            ["Jan Ek", "Peter Holm"],
        ),
    ],
)
def test_actor_pair_is_the_two_people_told_together(text, trigger, expected):
    assert sorted(names(text, trigger)) == expected


def test_actor_pair_of_things_is_no_one():
    text = "Maria Lopez and Anna Berg reached the final on Friday. A pair of shoes was stolen from the hotel."
    assert names(text, "stolen") == []


def test_actor_pair_the_two_leaders_after_another_leader_the_subject_before_them_is_no_one():
    text = (
        "Lars Dahl and Karl Moe held talks in Oslo on Monday. "
        "When Tom Hale visited Oslo a year ago, the two leaders agreed to expand trade."
    )
    assert not {"Lars Dahl", "Karl Moe"} <= set(doers(text, "agreed"))


def test_actor_pair_the_two_countries_after_who_reports_them_is_the_pair():
    text = (
        "Japan and Korea held fishery talks on Monday. "
        "Kyodo News quoted a Korean official as saying the two countries had reached a deal."
    )
    assert {"Japan", "Korea"} <= set(doers(text, "deal"))  # (the row sits on the deal)


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        (
            "Alder Motors Inc., Birch Steel Corp. and Cedar Electric Ltd. built a new sensor, a trade paper said on "
            "Monday. The sensor links robots to machine tools. It cuts wiring costs by a third, the paper said. "
            "The three companies will sell the sensor in Europe next year.",
            "sell",
            ["Alder Motors Inc.", "Birch Steel Corp.", "Cedar Electric Ltd."],
        ),
        (
            "Alder Bank and Birch Financial agreed to merge on Monday. The deal was worth two billion dollars. "
            "Analysts welcomed the deal. The shares of both banks soared in early trading.",
            "soared",
            ["Alder Bank", "Birch Financial"],
        ),
    ],
)
def test_actor_pair_so_many_of_a_kind_are_the_group_told_last_however_far_back(text, trigger, expected):
    assert sorted(doers(text, trigger)) == expected


def test_actor_pair_three_of_a_kind_are_no_pair():
    text = (
        "Alder Bank and Birch Financial agreed to merge on Monday. The deal was worth two billion dollars. "
        "Analysts welcomed the deal. The three banks raised their rates on Tuesday."
    )
    assert doers(text, "raised") == []


def test_actor_pair_the_two_countries_after_their_capitals_are_the_countries():
    text = "Ministers will discuss a new fishing pact between Oslo and Reykjavik. The two countries signed it in May."
    assert sorted(doers(text, "signed")) == ["Iceland", "Norway"]


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # two leaders of two countries told by their adjectives
        (
            "Swedish Prime Minister Lars Dahl met his Finnish counterpart Karl Moe in Turku on Friday. "
            "Dahl said the two countries would build a power line across the gulf next year.",
            "build",
            ["Finland", "Sweden"],
        ),
        # a visit from one country to another
        (
            "Chilean President Ana Rojas arrived in Lima on Sunday for a two-day visit to Peru. "
            "The two countries signed a fisheries accord on Monday.",
            "signed",
            ["Chile", "Peru"],
        ),
        # both countries, the only two the text named
        (
            "Ghana offered to sell power to Togo, a newspaper said on Sunday. "
            "Officials said both countries agreed to set up a joint company.",
            "agreed",
            ["Ghana", "Togo"],
        ),
    ],
)
def test_actor_pair_the_two_countries_are_the_only_two_told_before(text, trigger, expected):
    assert sorted(doers(text, trigger)) == expected


def test_actor_pair_the_two_countries_among_three_told_are_no_one():
    text = (
        "Chilean President Ana Rojas met Peruvian and Bolivian ministers in Lima on Sunday. "
        "The two countries signed a fisheries accord on Monday."
    )
    assert doers(text, "signed") == []


def test_actor_pair_the_report_after_two_countries_agreed_is_still_the_paper_s():
    text = (
        "Ghana has offered to sell power to Togo, local newspaper Daily Graphic reported on Sunday. "
        "During the talks, the two countries agreed to extend cooperation in power and to establish a joint "
        "investment company. Two smugglers were also arrested at the border on Saturday, according to the report."
    )
    assert names(text, "arrested") == ["Daily Graphic"]


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a name set beside the second of the pair's nouns ("his counterpart X")
        (
            "Talks between Norwegian Prime Minister Lars Dahl and his Danish counterpart Karl Moe lasted an hour. "
            "The two prime ministers agreed to build a new bridge.",
            "agreed",
            ["Karl Moe", "Lars Dahl"],
        ),
        # the one the subject is arranged to meet
        (
            "President George Miller is scheduled to meet Mexican President Carlos Ruiz on Friday, when the two "
            "leaders will open a new gas line.",
            "open",
            ["Carlos Ruiz", "George Miller"],
        ),
        # the one the subject is accompanied by
        (
            "Premier Lars Dahl, accompanied by Finance Minister Karl Moe, toured the harbour on Monday. "
            "The two leaders later visited a shipyard.",
            "visited",
            ["Karl Moe", "Lars Dahl"],
        ),
    ],
)
def test_actor_pair_the_two_told_by_a_counterpart_a_meeting_arranged_or_company_kept(text, trigger, expected):
    assert sorted(doers(text, trigger)) == expected


def test_actor_pair_the_firms_go_on_with_the_group_that_was_the_subject_just_before():
    text = (
        "Alder Motors Inc. and Birch Steel Corp. built a new sensor, a trade paper said on Monday. "
        "The firms will sell the sensor in Europe next year."
    )
    assert sorted(doers(text, "sell")) == ["Alder Motors Inc.", "Birch Steel Corp."]


def test_actor_pair_the_firms_after_a_single_firm_is_no_one():
    text = "Alder Motors Inc. built a new sensor on Monday. The firms will sell the sensor in Europe next year."
    assert doers(text, "sell") == []


def test_actor_pair_the_leaders_after_a_group_two_sentences_back_is_no_one():
    text = (
        "Lars Dahl and Karl Moe held talks in Oslo on Monday. The weather was cold and wet. "
        "The leaders will meet again in March."
    )
    assert doers(text, "meet") == []


def test_actor_pair_a_wife_named_beside_her_noun_is_of_the_pair_but_not_of_the_two_men():
    pair = "President Karel Novak and his wife, Jana, met the bishop on Friday. The pair laid a wreath at the church."
    assert sorted(doers(pair, "laid")) == ["Jana", "Karel Novak"]
    men = "President Karel Novak and his wife, Jana, met the bishop on Friday. The two men laid a wreath at the church."
    assert doers(men, "laid") == []


def test_actor_pair_both_kinds_told_with_both_is_no_pair_told_before():
    text = (
        "Pedro Alves and Rui Costa went on trial in Lisbon on Monday. "
        "Both Portuguese and Spanish officials have accused the defence of delaying the trial."
    )
    assert not {"Pedro Alves", "Rui Costa"} & set(doers(text, "accused"))


@pytest.mark.parametrize(
    "meeting",
    [
        "Lars Dahl on Monday repeated his support for the pipeline when meeting with Finnish President Karl Moe.",
        "Lars Dahl said on Monday during talks with Finnish President Karl Moe that he backs the pipeline.",
        "Swedish President Lars Dahl visited Oslo on Monday. "
        "The Swedish president met with Finnish President Karl Moe.",
        "Swedish President Lars Dahl arrived on Monday. The visiting Swedish president said this when meeting with "
        "Finnish President Karl Moe.",
    ],
)
def test_actor_pair_the_two_leaders_after_one_met_beside_what_the_other_does(meeting):
    # the one met in a clause or a phrase set beside the verb, or by a subject told by its title
    text = meeting + " The two presidents signed a gas deal on Tuesday."
    assert {"Karl Moe", "Lars Dahl"} <= set(doers(text, "signed"))


def test_actor_pair_an_interview_given_is_no_meeting_of_two():
    text = (
        "Lars Dahl said on Monday in an interview with the Helsinki Times that he backs the pipeline. "
        "The two presidents signed a gas deal on Tuesday."
    )
    assert "Helsinki Times" not in doers(text, "signed")


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        (
            "Norway and Chile signed a fishing pact in Oslo on Monday. The pact cuts duties on salmon. "
            "It was drafted over two years by officials in both capitals. "
            "Under the deal, both sides will open their ports to each other's trawlers next year.",
            "open",
            ["Chile", "Norway"],
        ),
        (
            "Relations between Peru and Finland have grown fast since 2001, a minister said on Monday. "
            "Trade rose by a third last year. Mining firms led the growth. "
            "The two sides will hold talks on a new investment treaty in March.",
            "talks",
            ["Finland", "Peru"],
        ),
    ],
)
def test_actor_pair_the_two_sides_far_on_are_the_one_pair_of_countries_told(text, trigger, expected):
    assert sorted(doers(text, trigger)) == expected


def test_actor_pair_the_two_sides_after_two_pairs_of_countries_is_no_one():
    text = (
        "Norway and Chile signed a fishing pact on Monday. Peru and Finland signed a mining pact on Tuesday. "
        "Trade rose by a third last year. Mining firms led the growth. "
        "The two sides will hold talks on a new investment treaty in March."
    )
    assert doers(text, "talks") == []


def test_actor_pair_the_two_sides_after_two_bodies_that_reject_a_deal_is_no_one():
    text = (
        "The Green Front and the Farmers League rejected the water deal on Monday. "
        "The deal was drafted over two years. Officials worked on it in three capitals. "
        "The two sides finally reached a compromise on the dams in March."
    )
    assert doers(text, "reached") == []


def test_actor_pair_the_two_sides_a_pair_lies_between_is_no_one():
    text = (
        "Moldova lies between Romania and Ukraine. Its gas comes through long pipes. "
        "Prices rose by a third last year. "
        "The two sides expressed hope on Friday that a deal was near."
    )
    assert doers(text, "expressed") == []


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        (
            "Tom Hale met Karl Moe in Lima on Tuesday. Aides said the two held long talks on fishing rights.",
            "talks",
            ["Karl Moe", "Tom Hale"],
        ),
        (
            "Nordbank AB and Vestra Group Inc. said on Monday that the two were considering a merger.",
            "considering",
            ["Nordbank AB", "Vestra Group Inc."],
        ),
    ],
)
def test_actor_pair_the_two_alone_is_the_pair_told_just_before(text, trigger, expected):
    assert expected == sorted(n for n in doers(text, trigger) if n in expected)
    assert set(expected) <= set(doers(text, trigger))


def test_actor_pair_the_two_after_two_unnamed_people_is_no_one():
    text = (
        "On the list, Tom Hale and Karl Moe replace two former bank clerks charged in a fraud case. "
        "The two were removed from the list after a court freed them."
    )
    assert not {"Tom Hale", "Karl Moe"} & set(names(text, "removed"))
