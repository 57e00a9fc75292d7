"""What an "it" or "its" stands for, a body or a thing (issue 16, pronouns).

A body told by a noun for it ("the group", "the ministry") as the subject of its sentence's main
verb is what that sentence is about: an "it"/"its" in the next sentence goes on with it, not with
another body named there in passing. What no name tells stops the pronoun: a public body told by
"the" and its noun in the pronoun's own sentence ("As for the court, it ...") when the one in
sight is not of that kind, an unnamed thing that is its sentence's main subject ("The revised bid
has the backing ..., and it is due ..."), and an "it" subject of the sentence before that no
resolution read ("... after it was found in sauces. It was also found ...": the same "it" goes
on). A speaker ("..., it said") is no thing: none of these stops it."""

from __future__ import annotations

import pytest

from tests.extract.test_extract_actor_names import actors, doers

pytestmark = pytest.mark.slow


def test_its_goes_on_with_the_body_a_description_told_as_the_subject():
    text = (
        "Nordic Steel said on Monday that it had held talks with Baltic Metals.\n\n"
        "The Swedish group has tried twice to merge with Tallinn Steel Corp. "
        "But its latest merger attempt collapsed in March after the board objected."
    )
    assert "Nordic Steel" in doers(text, "collapsed")


def test_it_is_not_a_body_of_another_kind_when_the_court_is_named_before_it():
    text = (
        "The Labour Department opposed the appeal on Monday.\n\n"
        "The department changed its view when it filed a brief in the Harlan case. "
        "As for the court, it managed to confuse everyone with its divided ruling on Tuesday."
    )
    assert "Labour Department" not in doers(text, "confuse")


def test_it_stays_with_the_unnamed_thing_its_sentence_is_about():
    text = (
        "Garston Holdings raised its bid for Welbeck Foods to 40 dollars a share on Monday.\n\n"
        "The revised bid has the backing of most shareholders, and it is due to be completed by December 10."
    )
    assert doers(text, "completed") == []


def test_the_same_unread_it_goes_on_past_a_body_named_before():
    text = (
        "The Health Ministry banned the red dye on Monday.\n\n"
        "Last year, the ministry repeated the ban on the dye after it was found in sauces. "
        "It was also detected by the Irish Food Safety Authority in May in a batch of curry powder."
    )
    assert doers(text, "detected") == ["Irish Food Safety Authority"]


def test_it_said_still_finds_the_speaker_after_an_unread_it():
    text = (
        "A fire forced the closure of the Kalmar power station on Friday, the operator Nordkraft said.\n\n"
        "The backup system shut the second reactor, although it has no fault. It will restart on "
        "Saturday, Nordkraft said.\n\n"
        "The north of the country will lose 900 megawatts, but other plants will make up for the loss, "
        "it said."
    )
    assert "Nordkraft" in [name for name, _ in actors(text, "make up")]
