"""How a document's own date is shown: the day, with where it came from."""

import pytest

from timeline.model import DocDate, Document
from timeline.render.view import document_date, plural, short_day


@pytest.mark.parametrize(
    ("date", "expected"),
    [
        (DocDate("2016-12-23", "text", 0.6), "dated from its text: Fri 23 Dec 2016 (confidence 0.6)"),
        (DocDate("2016-12-23", "metadata", 1.0), "dated by its metadata: Fri 23 Dec 2016"),
        (DocDate("2016-12-23", "option", 1.0), "date given: Fri 23 Dec 2016"),
        (DocDate(), "no date found: its relative dates stay unresolved (timeline documents --set-date ID DATE)"),
    ],
)
def test_render_view_document_date(date, expected):
    assert document_date(Document(id="d", text="", date=date)) == expected


def test_render_view_short_day_and_plural():
    assert short_day("2016-12-23") == "Fri 23 Dec 2016"
    assert short_day("garbage") is None
    assert [plural(n, "event") for n in (0, 1, 2, 2452)] == ["0 events", "1 event", "2 events", "2,452 events"]
