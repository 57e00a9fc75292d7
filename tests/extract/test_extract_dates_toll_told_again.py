"""A toll told again with no time of its own ("The blast killed 12 people", "the blasts that killed
40 people and injured 90") is the toll of the happening of the same kind told just before with a
time ("exploded ... on Sunday", "the Nov. 20 bombings"), not the article's or a saying's day; not
when another happening comes between ("In a separate incident ..."). Things harmed ("was damaged in
the explosion") are a toll too.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.parsed import spans_seen

pytestmark = pytest.mark.slow

WEDNESDAY = "2006-11-29"


def test_the_blast_told_again_takes_the_day_it_exploded():
    got = spans_seen(
        "A bomb hidden in a cart exploded at a bus stop in the town of Kandi on Sunday.\n"
        "The blast killed 12 people, police said on Wednesday.",
        WEDNESDAY,
    )
    assert got["killed"] == ("2006-11-26", "2006-11-26")


def test_a_relative_clause_on_the_blasts_takes_their_day():
    got = spans_seen(
        "Police arrested a man on Wednesday over the Nov. 20 bombings in the capital.\n"
        "He was named as a plotter behind the blasts that killed 40 people and injured 90.",
        WEDNESDAY,
    )
    assert got["killed"] == ("2006-11-20", "2006-11-20")
    assert got["injured"] == ("2006-11-20", "2006-11-20")


def test_a_separate_incident_between_is_not_told_again():
    got = spans_seen(
        "Gunmen ambushed an army patrol near the town on Monday.\n"
        "In a separate incident, a suicide driver rammed a convoy late last night.\n"
        "The attack destroyed a truck, a police officer said.",
        WEDNESDAY,
    )
    assert got["destroyed"] != ("2006-11-27", "2006-11-27")


def test_a_thing_damaged_in_the_explosion_takes_the_day_of_the_attack():
    got = spans_seen(
        "A bomb strapped to a mule went off near an aid agency's car in the hills, police said on Wednesday.\n"
        "The attack, which took place on Monday, was blamed on smugglers.\n"
        '"We are looking for the owner of the mule," a police officer said.\n'
        "The agency's car was slightly damaged in the explosion.",
        WEDNESDAY,
    )
    assert got["damaged"] == ("2006-11-27", "2006-11-27")
