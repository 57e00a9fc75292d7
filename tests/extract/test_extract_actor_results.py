"""A game's result names both sides: the side a result is earned for or led to, and the one it was
over or to (issue 16, item 1)."""

from __future__ import annotations

import pytest

from tests.extract.parsed import extracted

pytestmark = pytest.mark.slow

SUNDAY = "2005-11-20"


def names_of(text: str, trigger: str) -> set[str]:
    (event,) = [e for e in extracted(text, SUNDAY) if e.predicate.text == trigger]
    return {a.name for a in event.actors}


@pytest.mark.parametrize(
    ("text", "trigger", "sides"),
    [
        # the beaten side, a town's name, is no place where the win was
        (
            "A late penalty from Tom Barker earned Norwich a 3-1 victory over Ipswich on Saturday.",
            "victory",
            {"Norwich", "Ipswich"},
        ),
        ("Brian Kerr guided Dublin to a 2-1 win over Cork on Saturday.", "win", {"Dublin", "Cork"}),
        ("Chile recorded a 1-0 victory over Bolivia on Saturday.", "victory", {"Chile", "Bolivia"}),
        ("Mexico suffered a 2-0 defeat to Peru in Lima on Saturday.", "defeat", {"Mexico", "Peru"}),
    ],
)
def test_the_result_names_the_winner_and_the_side_beaten(text, trigger, sides):
    assert sides <= names_of(text, trigger)


def test_a_win_danced_to_has_no_side_led_to_it():
    assert names_of("Anna Berg danced her way to victory in Vienna on Saturday.", "victory") == {"Anna Berg"}


def test_who_was_hurt_during_a_win_has_not_played_the_beaten_side():
    text = "Tom Barker suffered a knee injury in his team's 4-0 win over Ipswich on Saturday."
    assert "Ipswich" not in names_of(text, "injury")


@pytest.mark.parametrize(
    ("text", "noun", "winner"),
    [
        ("Celtic moved to the top of the table with a 2-0 win over Hibernian on Saturday.", "win", "Celtic"),
        ("Lyon secured their place in the last 16 with a 3-1 victory at home to Basel.", "victory", "Lyon"),
    ],
)
def test_the_result_a_side_went_on_with_is_its_own(text, noun, winner):
    assert winner in names_of(text, noun)


@pytest.mark.parametrize(
    ("text", "noun", "winner"),
    [
        # the result's phrase hangs on a noun of the verb's phrase, not on the verb
        ("Porto kept alive their hopes of a title with a 2-1 win over Braga on Saturday.", "win", "Porto"),
        ("Benfica stayed in the hunt for a place in Europe with a 3-0 victory over Porto.", "victory", "Benfica"),
        # a result over two legs a game's draw was for
        ("Ghana reached the finals with a 0-0 draw in Cairo for a 2-1 aggregate win.", "win", "Ghana"),
        # (the aggregate's phrase hung on the draw's noun)
        (
            "Ghana reached their third successive Nations Cup since 2000 with a 1-1 draw in Mali for a 4-2"
            " aggregate win.",
            "win",
            "Ghana",
        ),
    ],
)
def test_the_result_a_side_went_on_with_below_the_verb_is_its_own(text, noun, winner):
    assert winner in names_of(text, noun)


def test_a_result_set_beside_another_side_or_result_is_not_the_verbs_subjects():
    # each result hangs on its own side's name (or on the result before it), not on the verb
    text = (
        "Elsewhere in the AFC West, both the Denver Broncos and Oakland improved to 8-5, the Broncos"
        " with a 24-10 victory over Miami and Oakland with a 20-17 victory over Buffalo."
    )
    last = text.rindex("victory")
    (event,) = [e for e in extracted(text, SUNDAY) if e.predicate.text == "victory" and e.mentions[0].start == last]
    assert "Denver Broncos" not in {a.name for a in event.actors}


@pytest.mark.parametrize(
    ("text", "noun", "winner"),
    [
        ("Aberdeen climbed to second place on Saturday after a 3-1 win over Dundee.", "win", "Aberdeen"),
        ("Lens reached the quarter-finals following a 2-0 victory against Nantes on Saturday.", "victory", "Lens"),
    ],
)
def test_the_result_a_side_went_on_after_is_its_own(text, noun, winner):
    assert winner in names_of(text, noun)


def test_who_speaks_after_a_result_has_not_won_it():
    text = "Coach Tom Barker said after the 3-1 win over Dundee on Saturday that his players had been superb."
    assert "Tom Barker" not in names_of(text, "win")


@pytest.mark.parametrize(
    ("text", "trigger", "scorer"),
    [
        ("Leeds scored through a late Tom Barker own goal.", "scored", "Tom Barker"),
        ("Hull took the lead through a Paul Hewitt header on Saturday.", "took", "Paul Hewitt"),
    ],
)
def test_the_one_named_before_a_goal_scored_takes_part(text, trigger, scorer):
    assert scorer in names_of(text, trigger)


@pytest.mark.parametrize(
    ("text", "trigger", "side"),
    [
        ("Celtic beat Hearts 2-1 at Parkhead on Saturday.", "beat", "Celtic"),
        ("Rennes crushed Lorient 4-0 on Saturday.", "crushed", "Rennes"),
        ("Ahly, however, were held to a 1-1 draw with Sfaxien on Saturday.", "held", "Ahly"),
    ],
)
def test_a_side_the_tagger_left_unnamed_before_its_score_plays(text, trigger, side):
    assert side in names_of(text, trigger)


def test_a_scorer_after_and_takes_part_too():
    text = "Leeds went ahead through a Tom Barker header and a Paul Hewitt penalty on Saturday."
    assert {"Tom Barker", "Paul Hewitt"} <= names_of(text, "went")


def test_the_side_beaten_the_tagger_takes_for_a_people_elsewhere_is_a_club():
    text = "Lazio beat Udinese 2-1 on Sunday. Two Udinese players were booked."
    assert {"Lazio", "Udinese"} <= names_of(text, "beat")


@pytest.mark.parametrize(
    ("text", "noun", "side"),
    [
        # a side named as a place (a town, a home nation) owning the result plays, it is no place
        ("Leeds's 2-0 win over Hull on Saturday lifted them to third.", "win", "Leeds"),
        ("Wales's surprise 3-2 victory over Italy on Saturday pleased the fans.", "victory", "Wales"),
        ("Scotland's 1-0 defeat by Norway on Saturday ended their hopes.", "defeat", "Scotland"),
    ],
)
def test_the_owner_of_a_result_is_a_side_not_a_place(text, noun, side):
    (event,) = [e for e in extracted(text, SUNDAY) if e.predicate.text == noun]
    assert side in {a.name for a in event.actors}
    assert side not in event.places
