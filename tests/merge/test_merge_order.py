"""Chronological order with mixed precisions; undated events last, in narrative order."""

from merge_builders import UNDATED, day, event, month, week, year

from timeline.merge import order_events


def _ev(doc, sentence, date, label):
    return event(doc, sentence, "happen", label, date, actors=[("X", "ORG")])


def test_order_month_follows_the_days_it_contains_and_precedes_the_next_month():
    events = [
        _ev("000", 1, month("2016-12"), "december"),
        _ev("000", 2, day("2016-12-31"), "dec31"),
        _ev("000", 3, day("2017-01-01"), "jan1"),
        _ev("000", 4, day("2016-12-01"), "dec1"),
        _ev("000", 5, day("2016-11-30"), "nov30"),
        _ev("000", 6, day("2016-12-16"), "dec16"),
    ]
    assert [e.summary for e in order_events(events)] == [
        "nov30",
        "dec1",
        "dec16",
        "dec31",
        "december",
        "jan1",
    ]


def test_order_mixed_precisions_week_month_year():
    events = [
        _ev("000", 1, year("2016"), "2016"),
        _ev("000", 2, week("2016-W50", "2016-12-12", "2016-12-18"), "w50"),
        _ev("000", 3, month("2016-12"), "december"),
        _ev("000", 4, day("2016-12-18"), "dec18"),
        _ev("000", 5, day("2016-12-19"), "dec19"),
        _ev("000", 6, month("2016-11"), "november"),
        _ev("000", 7, year("2017"), "2017"),
    ]
    assert [e.summary for e in order_events(events)] == [
        "november",
        "dec18",
        "w50",
        "dec19",
        "december",
        "2016",
        "2017",
    ]


def test_order_ties_keep_document_then_sentence_order():
    d = day("2016-12-16")
    events = [_ev("001", 2, d, "b2"), _ev("000", 9, d, "a9"), _ev("001", 1, d, "b1"), _ev("000", 3, d, "a3")]
    assert [e.summary for e in order_events(events)] == ["a3", "a9", "b1", "b2"]


def test_order_undated_events_follow_dated_ones_per_document_in_narrative_order():
    events = [
        _ev("001", 4, UNDATED, "u-001-4"),
        _ev("000", 7, UNDATED, "u-000-7"),
        _ev("001", 1, day("2016-01-01"), "dated-late-doc"),
        _ev("000", 2, UNDATED, "u-000-2"),
        _ev("000", 8, day("2015-05-05"), "dated-early"),
    ]
    assert [e.summary for e in order_events(events)] == [
        "dated-early",
        "dated-late-doc",
        "u-000-2",
        "u-000-7",
        "u-001-4",
    ]


def test_order_is_independent_of_input_order():
    events = [
        _ev("000", i, d, f"s{i}")
        for i, d in enumerate([day("2016-12-16"), month("2016-12"), UNDATED, year("2016"), day("2016-12-01")])
    ]
    expected = order_events(events)
    assert order_events(reversed(events)) == expected
    assert order_events(sorted(events, key=lambda e: e.id)) == expected
