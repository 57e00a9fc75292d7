import pytest
from render_fixtures import DATED_IDS, TIMELINE, UNDATED_IDS

from timeline.model import ActorRef, Event, EventDate, Mention, Predicate
from timeline.render.view import chronology, date_label, evidence, headline, how_dated, main_actors, one_line, safe_url


@pytest.mark.parametrize(
    ("date", "label"),
    [
        (EventDate("2016-12-16", None, "2016-12-16", "2016-12-16", "day"), "16 December 2016"),
        (EventDate("2016-W50", None, "2016-12-12", "2016-12-18", "week"), "week of 12 December 2016"),
        (EventDate("2017-01", None, "2017-01-01", "2017-01-31", "month"), "January 2017 (month)"),
        (EventDate("2017-Q1", None, "2017-01-01", "2017-03-31", "quarter"), "Q1 2017 (quarter)"),
        # a half year has a quarter's precision, and is no quarter
        (EventDate("2005-H1", None, "2005-01-01", "2005-06-30", "quarter"), "first half of 2005"),
        (
            EventDate("2005-H2", None, "2005-07-01", "2005-12-31", "quarter", resolution="merged"),
            "≈ second half of 2005",
        ),
        # the first nine months of a year a report counts: months, no quarter
        (EventDate("2005", None, "2005-01-01", "2005-09-30", "quarter"), "January – September 2005"),
        (
            EventDate("2005", None, "2005-01-01", "2005-10-31", "quarter", resolution="inferred"),
            "≈ January – October 2005",
        ),
        (EventDate("2017-SU", None, "2017-06-01", "2017-08-31", "season"), "summer 2017 (season)"),
        (EventDate("2012", None, "2012-01-01", "2012-12-31", "year"), "2012 (year)"),
        (EventDate("201", None, "2010-01-01", "2019-12-31", "decade"), "2010s"),
        (EventDate("20", None, "2000-01-01", "2099-12-31", "century"), "21st century"),
        (
            EventDate("2016", None, "2016-01-01", "2016-12-31", "year", resolution="inferred"),
            "≈ 2016 (year)",
        ),
        (EventDate(None, None, "2016-12-01", "2016-12-20", "none"), "1 December 2016 – 20 December 2016"),
        # a range of days ("December 15-16") shows both ends
        (EventDate("2016-12-15", None, "2016-12-15", "2016-12-16", "day"), "15 December 2016 – 16 December 2016"),
        (EventDate(), "undated"),
        # "more than 10 years ago" (2006): before the year; "more than a week ago": before the day
        (EventDate("1996", "../1996", "0001-01-01", "1996-12-31", "none"), "before 1996 (year)"),
        (EventDate("2005-W31", "../2005-08-03", "0001-01-01", "2005-08-03", "none"), "before 3 August 2005"),
    ],
)
def test_render_view_date_label_shows_precision(date, label):
    assert date_label(date) == label


def test_render_view_chronology_orders_dated_events_and_keeps_undated_apart():
    groups, undated = chronology(TIMELINE.events)
    assert tuple(e.id for g in groups for e in g.events) == DATED_IDS
    assert tuple(e.id for e in undated) == UNDATED_IDS
    assert [g.label for g in groups] == [
        "2012 (year)",
        "15 December 2016",
        "16 December 2016",
        "January 2017 (month)",
    ]


def test_render_view_chronology_groups_events_sharing_a_date():
    day = EventDate("2016-12-16", None, "2016-12-16", "2016-12-16", "day")
    month = EventDate("2016-12", None, "2016-12-01", "2016-12-31", "month")
    events = [Event(str(i), f"e{i}", d, Predicate("x", "x")) for i, d in enumerate([day, month, day])]
    groups, _ = chronology(events)
    assert [(g.label, [e.id for e in g.events]) for g in groups] == [
        ("December 2016 (month)", ["1"]),
        ("16 December 2016", ["0", "2"]),
    ]


@pytest.mark.parametrize(
    ("roles", "expected"),
    [
        ((("A", "agent"), ("B", "patient")), ("A", "B")),
        ((("B", "patient"), ("A", "agent")), ("A", "B")),
        ((("S", "source"), ("A", "other"), ("C", "other")), ("A", "C")),
        ((("S", "source"),), (None, None)),
        ((), (None, None)),
    ],
)
def test_render_view_main_actors_prefers_agent_then_patient(roles, expected):
    e = Event("x", "x", EventDate(), Predicate("x", "x"), actors=tuple(ActorRef(n, "PERSON", r) for n, r in roles))
    assert main_actors(e) == expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://example.org/a?b=1", "https://example.org/a?b=1"),
        ("HTTP://example.org", "HTTP://example.org"),
        ("javascript:alert(1)", None),
        (" JavaScript:alert(1)", None),
        ("data:text/html,<script>", None),
        ("//example.org", None),
        (None, None),
    ],
)
def test_render_view_safe_url_only_links_http(url, expected):
    assert safe_url(url) == expected


def test_render_view_evidence_is_the_mention_that_gave_the_date():
    ms = (Mention("a", 0, 0, 1, "x", "first"), Mention("b", 0, 0, 1, "x", "second"))
    e = Event("x", "x", EventDate(mention=1), Predicate("x", "x"), mentions=ms)
    assert evidence(e).text == "second"
    assert evidence(Event("y", "y", EventDate(mention=7), Predicate("x", "x"), mentions=ms)).text == "first"


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("a\nb\r\n\tc  d", "a b c d"),
        ("\x1b[2Jclear\x1b]0;title\x07", "[2Jclear]0;title"),
        ("nul\x00 and \x9bcsi", "nul and csi"),
        ("Erdoğan 日本 \u200d", "Erdoğan 日本 \u200d"),
        (None, ""),
    ],
)
def test_render_view_one_line_drops_newlines_and_control_characters(text, line):
    assert one_line(text) == line


@pytest.mark.parametrize(
    ("date", "how"),
    [
        (EventDate(text="Friday", resolution="relative"), "“Friday” (relative to the article's date)"),
        (EventDate(text="16 December 2016", resolution="absolute"), "“16 December 2016”"),
        (EventDate(resolution="reference"), "the article's own date"),
        (EventDate(resolution="inferred"), "inferred from the story told before it"),
        (EventDate(resolution="merged"), "given by another article reporting it"),
        (EventDate(text="next\nweek", resolution="unresolved"), "“next week” (not resolved: the article has no date)"),
        (EventDate(resolution="unresolved"), ""),
        (EventDate(resolution="absolute"), ""),
    ],
)
def test_render_view_how_dated_says_how_the_date_was_obtained(date, how):
    assert how_dated(date) == how


@pytest.mark.parametrize(
    ("summary", "shown"),
    [
        ("about 34,000 people had left eastern Aleppo", "About 34,000 people had left eastern Aleppo"),
        ("a month-long\noffensive drove the rebels out", "A month-long offensive drove the rebels out"),
        ("Putin said the talks would go ahead", "Putin said the talks would go ahead"),
        ("eBay bought Skype for 2.6 billion dollars", "eBay bought Skype for 2.6 billion dollars"),  # a name's case
        ("al-Assad's forces retook the city", "al-Assad's forces retook the city"),
        ('"… two passers-by were wounded"', '"… two passers-by were wounded"'),  # a quotation as written
        ("", "x-ray"),  # no summary: the predicate's words
    ],
)
def test_render_view_headline_opens_a_rows_title_on_a_capital(summary, shown):
    e = Event("x", summary, EventDate(), Predicate("x-ray", "x-ray"))
    assert headline(e) == shown
