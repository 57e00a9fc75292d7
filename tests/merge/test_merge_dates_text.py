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
