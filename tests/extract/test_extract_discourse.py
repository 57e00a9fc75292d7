"""A passive with no "by" phrase takes the doer of the article's earlier telling of the same act
(timeline.extract.discourse): the same verb done to the same kind of thing, a few sentences before,
in a row of its own ("seized 40 crates" ... "55 more crates had been seized"); not another thing
acted on, nor "people", which any toll of any happening counts."""

from __future__ import annotations

import pytest

from tests.extract.parsed import parsed
from timeline.extract.events import extract

pytestmark = pytest.mark.slow


def _doers(text: str, trigger: str) -> list[list[str]]:
    """The agents of each row a mention of ``trigger`` tells, in text order."""
    document, doc, timexes = parsed(text)
    ex = extract(doc, document, timexes)
    return [
        [a.name for a in e.actors if a.role == "agent"]
        for e in ex.events
        if any(m.trigger == trigger for m in e.mentions)
    ]


def test_discourse_passive_takes_the_doer_of_the_same_act_told_before():
    text = (
        "The Harbor Authority seized 40 crates of fireworks at the port of Valdero on Monday. "
        "Officials said on Tuesday that 55 more crates had been seized at the northern dock."
    )
    assert _doers(text, "seized") == [["Harbor Authority"], ["Harbor Authority"]]


def test_discourse_passive_of_another_thing_acted_on_keeps_no_doer():
    text = (
        "The Harbor Authority seized 40 crates of fireworks at the port of Valdero on Monday. "
        "Officials said on Tuesday that 55 rifles had been seized at the northern dock."
    )
    assert _doers(text, "seized") == [["Harbor Authority"], []]


def test_discourse_people_killed_is_no_tie_to_another_toll():
    text = (
        "The Orinoco Liberation Front killed 12 people in an ambush near Tarvo on Monday. "
        "The region is poor. Some 300 people were killed in floods there in 1998."
    )
    assert ["Orinoco Liberation Front"] not in _doers(text, "killed")[1:]


def test_discourse_passive_with_the_takes_the_doer_of_what_was_done_to_that_thing():
    text = (
        "The Valdero cabinet approved a bill on fishing quotas on Monday. "
        "The bill was sent to parliament on Tuesday, officials said."
    )
    assert _doers(text, "sent") == [["Valdero"]]


def test_discourse_plural_thing_is_not_the_single_one_told_before():
    text = (
        "The Green Harbor Party issued its campaign manifesto on Friday. "
        '"Last week the manifestos of the old parties were published," its leader said.'
    )
    assert _doers(text, "published") == [[]]


def test_discourse_speaker_is_not_the_doer_of_what_he_tells():
    text = (
        "Mara Velt, head of the transport agency, praised the new speed law on Tuesday. "
        "The law will be enforced from next month, Velt said."
    )
    assert "Mara Velt" not in sum(_doers(text, "enforced"), [])


def test_discourse_who_found_the_thing_did_not_do_what_was_done_to_it():
    text = (
        "The Harbor Guard found 12 mines under the Tarvo bridge on Sunday. "
        "The mines had apparently been planted there on Saturday night."
    )
    assert _doers(text, "planted") == [[]]


def test_discourse_the_last_of_a_thing_is_another_than_the_one_told():
    text = (
        "In 1990 the Valdero government guaranteed every graduate a job. "
        "The last guaranteed job was abolished in the capital in 2001."
    )
    assert "Valdero" not in sum(_doers(text, "abolished"), [])


def _parties(text: str, trigger: str) -> list[list[str]]:
    """The named parties (not the source) of each row a mention of ``trigger`` tells, in text order."""
    document, doc, timexes = parsed(text)
    ex = extract(doc, document, timexes)
    return [
        sorted(a.name for a in e.actors if a.role != "source")
        for e in ex.events
        if any(m.trigger == trigger for m in e.mentions)
    ]


def test_discourse_the_talks_told_again_take_the_parties_of_the_talks_told_before():
    text = (
        "Talks between Valdero and the Tarvo Liberation Front opened in Ostra on Monday. "
        "The talks collapsed on Wednesday without an agreement."
    )
    assert _parties(text, "collapsed") == [["Tarvo Liberation Front", "Valdero"]]


def test_discourse_the_meeting_takes_the_parties_of_those_who_met():
    text = (
        "Mara Velt met the leaders of the Tarvo Liberation Front in Ostra on Monday. "
        "The meeting was cut short on Tuesday by a power failure."
    )
    assert "Mara Velt" in _parties(text, "cut")[0]


def test_discourse_the_next_meeting_is_another_one():
    text = (
        "Mara Velt met the leaders of the Tarvo Liberation Front in Ostra on Monday. "
        "The next meeting will be held in Dunmore in March, officials said."
    )
    found = _parties(text, "meeting")
    assert found and "Mara Velt" not in sum(found, [])


def test_discourse_a_happening_only_spoken_of_gives_it_no_parties():
    text = (
        "Mara Velt praised the coming summit in a speech on Monday. "
        "The summit opened in Ostra on Thursday with forty leaders."
    )
    found = _parties(text, "opened") + _parties(text, "summit")
    assert found and "Mara Velt" not in sum(found, [])
