"""A happening's own arguments in its sentence (issue 16, item 4): who goes along with the doer
("Accompanied by X, Y visited") takes part; an adjective the tagger took for a name is no one; a
mediator ("with the mediation of X") or a giver ("aid from X") takes part."""

from __future__ import annotations

import pytest

from tests.extract.test_extract_actor_names import actors, names

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "trigger", "who"),
    [
        (
            "Accompanied by Deputy Premier Lin Hao and Lu Wen, Premier Zhou Ming toured the flooded towns on Tuesday.",
            "toured",
            ["Lin Hao", "Lu Wen", "Zhou Ming"],
        ),
        (
            "Premier Zhou Ming, flanked by Deputy Premier Lin Hao, inspected the flooded dikes on Tuesday.",
            "inspected",
            ["Lin Hao", "Zhou Ming"],
        ),
        # the parser hangs the doer on the companion as his apposition: the doer is still the doer
        (
            "Accompanied by Trade Minister Paul Osei, President Kofi Mensah arrived in Rome on Tuesday.",
            "arrived",
            ["Kofi Mensah", "Paul Osei"],
        ),
    ],
)
def test_actor_own_arguments_who_goes_along_takes_part(text, trigger, who):
    assert sorted(names(text, trigger)) == who


def test_actor_own_arguments_the_doer_stays_the_doer_beside_companions():
    text = "Accompanied by Trade Minister Paul Osei, President Kofi Mensah arrived in Rome on Tuesday."
    assert ("Kofi Mensah", "agent") in actors(text, "arrived")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The Nordic truce monitors left Jaffna on Monday.", "left"),
        ("Officials said on Monday that African and South American states would abstain.", "abstain"),
    ],
)
def test_actor_own_arguments_an_adjective_of_no_country_is_no_one(text, trigger):
    assert [n for n in names(text, trigger) if "Nordic" in n or "American" in n] == []


@pytest.mark.parametrize(
    ("text", "trigger", "body"),
    [
        ("Siniora accused Hezbollah and Amal movement on Monday of stalling the talks.", "accused", "Amal"),
        ("The president blamed Fatah and Hamas militants on Monday for the clashes.", "blamed", "Hamas"),
    ],
)
def test_actor_own_arguments_a_body_named_after_another_stays(text, trigger, body):
    assert body in names(text, trigger)


@pytest.mark.parametrize(
    ("text", "trigger", "party"),
    [
        (
            "With the mediation of Qatar, the two factions started a new round of talks in Doha on Monday.",
            "talks",
            "Qatar",
        ),
        (
            '"We are negotiating with the rebels, with the mediation of Norway," the minister said on Monday.',
            "negotiating",
            "Norway",
        ),
        ("The mayor appealed for help from Germany on Monday.", "appealed", "Germany"),
    ],
)
def test_actor_own_arguments_a_mediator_or_a_giver_takes_part(text, trigger, party):
    assert party in names(text, trigger)


def test_actor_own_arguments_where_one_comes_from_stays_a_place():
    assert names("The minister returned from Japan on Monday.", "returned") == []


@pytest.mark.parametrize(
    ("text", "trigger", "countries"),
    [
        ("Negotiators from Peru and Ecuador agreed on Tuesday to reopen the border.", "agreed", ["Ecuador", "Peru"]),
        ("Soldiers from Chad crossed into the disputed zone on Tuesday.", "crossed", ["Chad"]),
        ("The fishing accord was initialled by officials from Norway on Tuesday.", "initialled", ["Norway"]),
    ],
)
def test_actor_own_arguments_people_sent_from_a_country_act_for_it(text, trigger, countries):
    assert sorted(names(text, trigger)) == countries


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Kenya pulled its soldiers out of the zone and flew troops from Somalia on Tuesday.", "flew"),
        ("Two tourists from Sweden were injured in the crash on Tuesday.", "injured"),
    ],
)
def test_actor_own_arguments_people_acted_on_keep_where_they_come_from_a_place(text, trigger):
    assert "Somalia" not in names(text, trigger) and "Sweden" not in names(text, trigger)


@pytest.mark.parametrize(
    ("text", "trigger", "addressees"),
    [
        ("Chile called on Bolivia on Monday to reopen the border crossing.", "called", ["Bolivia"]),
        ("The senator called upon Governor Ana Ruiz to resign over the scandal.", "called", ["Ana Ruiz"]),
        (
            "Former foreign minister Ola Berg called Sunday for Prime Minister Erik Lund to resign.",
            "called",
            ["Erik Lund"],
        ),
        ("Finland appealed to Estonia on Friday to release the trawler.", "appealed", ["Estonia"]),
        ("Spain called on Morocco and Algeria on Monday to resume their talks.", "called", ["Morocco", "Algeria"]),
    ],
)
def test_own_arguments_whom_an_appeal_is_made_to_takes_part(text, trigger, addressees):
    # as "urged Bolivia to reopen" tells it by the object: the one called on is the appeal's patient
    found = actors(text, trigger)
    assert all((name, "patient") in found for name in addressees), found


def test_own_arguments_a_call_for_a_thing_has_no_addressee():
    assert names("Chile called on Monday for new talks on the border with Bolivia.", "called") == ["Chile"]
