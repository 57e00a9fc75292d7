"""Two articles' reports are one corroborated happening only when nothing tells them apart (issue 16,
item 7): reports that share only a country where it happened join only when the same countries take
part (two countries each doing the same thing there on one day are two happenings), and two reports
giving shares, none the same, are two readings. From text, through the whole product."""

from __future__ import annotations

import pytest

from timeline import api
from timeline.model import DocDate, Document

pytestmark = pytest.mark.slow


def _chronology(first: str, second: str, days: tuple[str, str] = ("2011-05-02", "2011-05-02")):
    documents = [
        Document(id="first", text=first, date=DocDate(days[0], "metadata", 1.0)),
        Document(id="second", text=second, date=DocDate(days[1], "metadata", 1.0)),
    ]
    return api.extract(documents)


def _corroborated(timeline) -> list:
    return [e for e in timeline.events if len(e.sources) > 1]


def test_two_countries_sending_troops_to_a_third_on_one_day_are_two_happenings():
    timeline = _chronology(
        "Turkish troops reach Chad\n\nTurkey sent 500 soldiers to the multinational force in Chad on Monday, "
        "the army said.",
        "Greek troops reach Chad\n\nGreece sent 700 soldiers to the multinational force in Chad on Monday, "
        "the defence ministry said.",
    )
    assert not _corroborated(timeline)
    assert [e.predicate.lemma for e in timeline.events].count("send") == 2


def test_two_countries_condemning_one_attack_are_two_condemnations():
    timeline = _chronology(
        "Australia condemns Chad attack\n\nAustralia on Monday condemned the bomb attack on a hotel in Chad.",
        "Italy condemns Chad bombing\n\nItaly on Monday condemned the bomb attack on a hotel in Chad, "
        "the foreign ministry said.",
    )
    assert not _corroborated(timeline)


def test_one_countrys_plan_does_not_take_the_day_of_another_countrys_plan():
    """ "France is expected to provide troops" (undated) was joined to the Belgian contingent's
    plan of Tuesday through Chad alone, and took its day."""
    timeline = _chronology(
        "France pledges troops for Chad force\n\nFrance is expected to provide up to 800 soldiers to the "
        "multinational force in Chad, diplomats said.",
        "Belgian soldiers to guard Chad airport\n\nThe Belgian contingent of the multinational force in Chad "
        "will provide security for the airport in the capital, the defence ministry said on Tuesday.",
        days=("2011-05-01", "2011-05-03"),
    )
    assert not _corroborated(timeline)
    french = [e for e in timeline.events if e.predicate.lemma == "provide" and e.sources == ("first",)]
    assert french and french[0].date.value is None


def test_the_same_two_countries_agreeing_on_one_day_are_still_one_happening():
    timeline = _chronology(
        "Chad force agreed\n\nItaly and Chad agreed on Monday on the need for a speedy deployment of the "
        "multinational force.",
        "Force to deploy soon\n\nChad and Italy agreed on Monday that the multinational force should be deployed "
        "quickly, officials said.",
    )
    agreed = [e for e in _corroborated(timeline) if e.predicate.lemma == "agree"]
    assert len(agreed) == 1 and set(agreed[0].sources) == {"first", "second"}


def test_two_surveys_giving_different_shares_are_two_readings():
    """Two polls of one day: "the lead had fallen nine percent" and "had fallen to just five
    percent" were one corroborated fall."""
    timeline = _chronology(
        "Poll shows lead shrinking\n\nAccording to the survey published on Tuesday, the Liberals' lead had fallen "
        "nine percent.",
        "Rival poll\n\nA poll published on Tuesday by the Herald claimed the Liberals' lead had fallen to just "
        "five percent.",
        days=("2011-05-03", "2011-05-03"),
    )
    falls = [e for e in timeline.events if e.predicate.lemma == "fall"]
    assert len(falls) == 2 and not _corroborated(timeline)


def test_one_share_told_by_two_articles_is_still_one_reading():
    timeline = _chronology(
        "Exports up\n\nChile's exports rose 12 percent in March, the statistics office said on Tuesday.",
        "Trade figures\n\nChile's exports rose 12 percent in March from a year earlier, the statistics office "
        "said on Tuesday.",
        days=("2011-04-12", "2011-04-12"),
    )
    rises = [e for e in timeline.events if e.predicate.lemma == "rise"]
    assert len(rises) == 1 and set(rises[0].sources) == {"first", "second"}


def test_two_leaders_attending_one_named_meeting_tell_one_meeting():
    """Attending an occasion is a mention of its row, who attends one of its actors: two articles
    each naming another leader who will attend it tell one meeting, not two (those who take part
    are no doers that tell two happenings apart, as two people arriving are)."""
    timeline = _chronology(
        "Varga to fly to Lima\n\nPrime Minister Lena Varga will attend the Pacific Forum leaders' meeting in "
        "Lima on Saturday and Sunday, her office said on Thursday.",
        "Oster leaves for Lima\n\nPresident Karl Oster will attend the Pacific Forum leaders' meeting in Lima "
        "on Saturday and Sunday, his spokesman said on Thursday.",
        days=("2011-05-05", "2011-05-05"),
    )
    (meeting,) = [e for e in timeline.events if e.predicate.lemma == "meeting"]
    assert set(meeting.sources) == {"first", "second"}
    assert {"Lena Varga", "Karl Oster", "Pacific Forum"} <= {a.name for a in meeting.actors}


def test_two_people_attending_funerals_in_one_city_on_one_day_are_two_funerals():
    timeline = _chronology(
        "Varga in Oslo\n\nPrime Minister Lena Varga attended the funeral of writer Jon Berg in Oslo on Monday.",
        "Oster in Oslo\n\nPresident Karl Oster attended the funeral of singer Ane Lind in Oslo on Monday.",
    )
    assert not _corroborated(timeline)
    assert [e.predicate.lemma for e in timeline.events].count("funeral") == 2
