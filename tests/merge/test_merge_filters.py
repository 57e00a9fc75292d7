"""filter_timeline: every filter alone and in combination, and the actors/documents it keeps."""

import pytest
from merge_builders import UNDATED, day, event, extraction, month, year

from timeline.errors import UsageError
from timeline.merge import filter_timeline, merge
from timeline.model import Actor


@pytest.fixture(scope="module")
def timeline():
    putin = ("Vladimir Putin", "PERSON", "agent")
    return merge(
        [
            extraction(
                "000",
                event(
                    "000",
                    1,
                    "say",
                    "Putin said he planned a national ceasefire",
                    day("2016-12-16"),
                    actors=[putin],
                    places=["Syria"],
                ),
                event(
                    "000",
                    2,
                    "evacuate",
                    "thousands were evacuated from Aleppo",
                    day("2016-12-15"),
                    actors=[("Turkey", "GPE", "source")],
                    places=["Aleppo"],
                ),
                event(
                    "000",
                    3,
                    "start",
                    "the war started six years ago",
                    year("2011"),
                    actors=[("Syria", "GPE", "patient")],
                    places=["Syria"],
                ),
                event(
                    "000",
                    4,
                    "describe",
                    "Assad described the evacuations as history",
                    UNDATED,
                    actors=[("Bashar al-Assad", "PERSON", "agent")],
                    places=["Aleppo"],
                ),
                actors=(Actor("Vladimir Putin", "PERSON", aliases=("the Russian president",)),),
            ),
            extraction(
                "001",
                event(
                    "001",
                    1,
                    "hold",
                    "peace talks will be held in Astana",
                    month("2017-01"),
                    actors=[("Putin", "PERSON", "source"), ("Iran", "GPE", "agent")],
                    places=["Astana"],
                ),
                event(
                    "001",
                    2,
                    "warn",
                    "Staffan de Mistura warned Idlib could be the next Aleppo",
                    day("2016-12-15"),
                    actors=[("Staffan de Mistura", "PERSON", "agent")],
                    places=["Geneva", "Idlib"],
                ),
            ),
        ]
    )


def _ids(t):
    return {e.summary for e in t.events}


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({}, 6),
        (
            {"actors": ["Putin"]},
            {"Putin said he planned a national ceasefire", "peace talks will be held in Astana"},
        ),
        ({"actors": ["vladimir putin"]}, 2),
        ({"actors": ["the Russian president"]}, 2),
        ({"actors": ["Assad"]}, {"Assad described the evacuations as history"}),
        ({"actors": ["Mistura"]}, 1),
        ({"actors": ["Assad", "Iran"]}, 2),
        ({"actors": ["Nobody"]}, 0),
        (
            {"since": "2016-12-16"},
            {"Putin said he planned a national ceasefire", "peace talks will be held in Astana"},
        ),
        ({"until": "2016-12-15"}, 3),
        ({"since": "2016-12-15", "until": "2016-12-15"}, 2),
        ({"since": "2017-01-20"}, {"peace talks will be held in Astana"}),
        ({"until": "2011-06-01"}, {"the war started six years ago"}),
        ({"places": ["aleppo"]}, 2),
        ({"places": ["Geneva", "Astana"]}, 2),
        (
            {"places": ["Syria"]},
            {"Putin said he planned a national ceasefire", "the war started six years ago"},
        ),
        ({"places": ["iran"]}, {"peace talks will be held in Astana"}),
        ({"docs": ["001"]}, 2),
        ({"docs": ["000", "001"]}, 6),
        ({"grep": "evacuat"}, 2),
        ({"grep": "peace talks"}, 1),
        ({"grep": "^peace"}, 0),  # a literal, not a regular expression
        ({"grep": "NEXT aleppo"}, 1),
        ({"precision": "day"}, 3),
        ({"precision": "month"}, 4),
        ({"precision": "year"}, 5),
        ({"undated": False}, 5),
        ({"limit": 2}, 2),
        ({"limit": 0}, 0),
        ({"actors": ["Putin"], "precision": "day"}, {"Putin said he planned a national ceasefire"}),
        ({"places": ["Aleppo"], "undated": False}, {"thousands were evacuated from Aleppo"}),
        ({"docs": ["000"], "since": "2016-01-01", "grep": "ceasefire|evacuated"}, 0),
        ({"docs": ["000"], "since": "2016-01-01", "grep": "evacuated"}, 1),
        ({"docs": ["000"], "until": "2016-12-31", "limit": 1}, {"the war started six years ago"}),
    ],
)
def test_filters_keep_matching_events(timeline, kwargs, expected):
    result = filter_timeline(timeline, **kwargs)
    if isinstance(expected, int):
        assert len(result.events) == expected
    else:
        assert _ids(result) == expected
    # Order is preserved: a filtered timeline is a subsequence of the full one.
    positions = [timeline.events.index(e) for e in result.events]
    assert positions == sorted(positions)


def test_filters_restrict_actors_and_documents_to_kept_events(timeline):
    result = filter_timeline(timeline, docs=["001"])
    assert [d.id for d in result.documents] == ["001"]
    assert {(a.name, a.events) for a in result.actors} == {
        ("Vladimir Putin", 1),
        ("Iran", 1),
        ("Staffan de Mistura", 1),
    }
    full = {a.name: a.events for a in timeline.actors}
    assert full["Vladimir Putin"] == 2
    assert (
        next(a for a in result.actors if a.name == "Vladimir Putin").aliases
        == next(a for a in timeline.actors if a.name == "Vladimir Putin").aliases
    )


def test_filters_limit_applies_after_the_other_filters(timeline):
    result = filter_timeline(timeline, places=["Aleppo"], limit=1)
    assert [e.summary for e in result.events] == ["thousands were evacuated from Aleppo"]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"since": "16/12/2016"}, "since"),
        ({"until": "2016-13-01"}, "until"),
        ({"since": "2017-01-01", "until": "2016-01-01"}, "after"),
        ({"precision": "fortnight"}, "precision"),
        ({"precision": "none"}, "precision"),
        ({"limit": -1}, "limit"),
    ],
)
def test_filters_bad_values_raise_usage_error(timeline, kwargs, message):
    with pytest.raises(UsageError, match=message):
        filter_timeline(timeline, **kwargs)


def test_filters_min_sources_keeps_what_several_articles_report():
    putin = ("Vladimir Putin", "PERSON", "agent")
    merged = merge(
        [
            extraction(
                "a",
                event("a", 1, "announce", "Putin announced a ceasefire", day("2016-12-29"), actors=[putin]),
                event(
                    "a",
                    2,
                    "visit",
                    "Lavrov visited Ankara",
                    day("2016-12-28"),
                    actors=[("Sergei Lavrov", "PERSON", "agent")],
                ),
                date="2016-12-30",
            ),
            extraction(
                "b",
                event("b", 1, "announce", "Putin announced a nationwide ceasefire", day("2016-12-29"), actors=[putin]),
                date="2016-12-30",
            ),
        ]
    )
    assert len(merged.events) == 2
    corroborated = filter_timeline(merged, min_sources=2)
    assert [e.summary for e in corroborated.events] == [
        "Putin announced a nationwide ceasefire"
    ]  # the fuller telling speaks
    assert sorted(corroborated.events[0].sources) == ["a", "b"]
    assert filter_timeline(merged, min_sources=3).events == ()
    assert len(filter_timeline(merged, min_sources=1).events) == 2
    with pytest.raises(UsageError, match="min_sources"):
        filter_timeline(merged, min_sources=0)


def test_filters_top_keeps_the_most_salient_in_date_order():
    from dataclasses import replace as _replace

    a = _replace(event("a", 1, "visit", "Lavrov visited Ankara", day("2016-12-20")), salience=0.2)
    b = _replace(event("a", 2, "announce", "Putin announced a ceasefire", day("2016-12-21")), salience=0.9)
    c = _replace(event("a", 3, "meet", "Erdogan met Assad", day("2016-12-22")), salience=0.5)
    merged = merge([extraction("a", a, b, c, date="2016-12-30")])
    top = filter_timeline(merged, top=2)
    assert [e.summary for e in top.events] == ["Putin announced a ceasefire", "Erdogan met Assad"]


def test_filters_min_confidence():
    from dataclasses import replace as _replace

    sure = _replace(event("a", 1, "visit", "Lavrov visited Ankara", day("2016-12-20")), confidence=0.8)
    unsure = _replace(event("a", 2, "meet", "Erdogan met Assad"), confidence=0.05)
    merged = merge([extraction("a", sure, unsure, date="2016-12-30")])
    assert [e.summary for e in filter_timeline(merged, min_confidence=0.5).events] == ["Lavrov visited Ankara"]


@pytest.mark.parametrize(
    ("grep", "expected"),
    [
        ("U.S.", 0),  # not a pattern: "." is a dot
        ("(", 0),  # not an error
        ("PEACE TALKS", 1),
        ("Shi’ite", 1),
        ("shi'ite", 1),
    ],
)
def test_filters_grep_is_a_literal_case_and_quote_insensitive_substring(timeline, grep, expected):
    import dataclasses

    events = list(timeline.events)
    events[0] = dataclasses.replace(events[0], summary="the Shi'ite villages were evacuated")
    result = filter_timeline(dataclasses.replace(timeline, events=tuple(events)), grep=grep)
    if grep.lower().startswith("shi"):
        assert [e.summary for e in result.events] == ["the Shi'ite villages were evacuated"]
    else:
        assert len(result.events) == expected
