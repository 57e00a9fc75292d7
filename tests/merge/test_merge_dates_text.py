"""A merged event's date is marked where it comes from (issue 16, item 7): an article that dates the
happening only more widely than another article ("last month" for the other's Tuesday) takes the
narrower date from the other article, as an undated one does, and says so (``merged``); each
mention keeps its own date. From text, through the whole product."""

from __future__ import annotations

import pytest

from timeline import api
from timeline.model import DocDate, Document

pytestmark = pytest.mark.slow


def _chronology(first: str, second: str, days: tuple[str, str]):
    documents = [
        Document(id="first", text=first, date=DocDate(days[0], "metadata", 1.0)),
        Document(id="second", text=second, date=DocDate(days[1], "metadata", 1.0)),
    ]
    return api.extract(documents)


def _corroborated(timeline, lemma: str) -> list:
    return [e for e in timeline.events if len(e.sources) > 1 and e.predicate.lemma == lemma]


def test_a_day_narrowing_another_articles_month_is_marked_merged():
    timeline = _chronology(
        "Dam opened\n\nThe water board opened the new Kessler dam on Tuesday, officials said.",
        "Valley fears floods\n\nFarmers in the valley fear floods after the water board opened the new Kessler "
        "dam last month.",
        days=("2011-05-05", "2011-06-20"),
    )
    (opened,) = _corroborated(timeline, "open")
    assert (opened.date.earliest, opened.date.latest) == ("2011-05-03", "2011-05-03")
    assert opened.date.resolution == "merged"
    own = {m.doc: m.date for m in opened.mentions}
    assert own["second"] is not None and (own["second"].earliest, own["second"].latest) == ("2011-05-01", "2011-05-31")


def test_two_articles_giving_the_same_day_keep_their_own_resolution():
    timeline = _chronology(
        "Dam opened\n\nThe water board opened the new Kessler dam on Tuesday, officials said.",
        "Dam opens\n\nThe water board opened the new Kessler dam on May 3, the mayor said.",
        days=("2011-05-05", "2011-05-06"),
    )
    (opened,) = _corroborated(timeline, "open")
    assert opened.date.earliest == "2011-05-03"
    assert opened.date.resolution in ("relative", "absolute")


def test_a_perfect_with_no_day_does_not_take_a_happening_of_years_before():
    """ "which has killed 70 people" holds by its article's day: it is not the killing of 2009 another
    article tells, and does not take its year."""
    timeline = _chronology(
        "Bird flu found in Thailand\n\nThe H5N1 virus, which has killed 70 people across Asia, was found on a "
        "chicken farm in Thailand on Thursday, officials said.",
        "Bird flu returns to Asia\n\nThe H5N1 virus killed 62 people across Asia in 2009, health experts said "
        "on Tuesday.",
        days=("2011-05-20", "2011-05-18"),
    )
    assert not _corroborated(timeline, "kill")
    toll = [e for e in timeline.events if e.predicate.lemma == "kill" and e.sources == ("first",)]
    assert toll and not (toll[0].date.earliest or "").startswith("2009")


def test_a_perfect_with_no_day_still_joins_the_happening_of_days_before():
    timeline = _chronology(
        "Bombings condemned\n\nThe twin bombings at the embassies in Nairobi and Dar es Salaam, which have "
        "killed more than 250 people, were condemned by the Security Council on Monday.",
        "Embassies bombed\n\nTwin bombs at the embassies in Nairobi and Dar es Salaam killed more than 250 "
        "people on Friday, officials said.",
        days=("2011-05-10", "2011-05-07"),
    )
    (killed,) = _corroborated(timeline, "kill")
    assert killed.date.earliest == "2011-05-06"


def test_two_arrests_told_by_local_media_are_two_arrests():
    """A teller named by common words ("local media") is no participant the two reports share."""
    timeline = _chronology(
        "Migrants held off Spain\n\nThe Spanish coast guard on Wednesday arrested 40 migrants on a boat off the "
        "coast of Almeria, local media reported.",
        "Drug ring broken in Hanoi\n\nVietnamese police arrested four heroin dealers in Hanoi on May 18, local "
        "media reported.",
        days=("2011-05-18", "2011-05-20"),
    )
    assert not _corroborated(timeline, "arrest")


def test_one_person_s_meetings_with_two_others_on_one_day_stay_two_rows():
    # the partners of the meetings are their agents: Haddad's meeting is not Olsen's
    documents = [
        Document(
            id="first",
            text="Norwegian Foreign Minister Anna Berg met with Egyptian President Omar Haddad in Cairo on Monday.\n"
            "The two discussed the water dispute on the Nile.\n"
            "Later on Monday, Berg met with Sudanese President Lena Olsen.\n",
            date=DocDate("2016-12-20", "metadata", 1.0),
        )
    ]
    meetings = [e for e in api.extract(documents).events if e.predicate.lemma == "meet"]
    assert sorted(sorted(a.name for a in e.actors if a.role == "agent") for e in meetings) == [
        ["Anna Berg", "Lena Olsen"],
        ["Anna Berg", "Omar Haddad"],
    ]
