"""Two articles' reports that read alike are still two happenings (issue 16, item 7): what someone
said is not another happening of the same person and day, and a plan is not a happening that was
over before the plan's article was written."""

from dataclasses import replace

from merge_builders import day, event, extraction

from timeline.merge import merge


def test_a_statement_does_not_join_another_happening_of_its_speaker_that_day():
    claim = event(
        "000",
        0,
        "stake",
        "Coalition leader Ana Gomez on Sunday staked her claim to form the new government",
        day("2011-05-01", "Sunday"),
        actors=[("Ana Gomez", "PERSON", "agent"), ("United Front", "ORG", "other")],
    )
    said = event(
        "001",
        0,
        "say",
        "Coalition leader Ana Gomez on Sunday said she would mend ties with Chile after forming the new government",
        day("2011-05-01", "Sunday"),
        actors=[("Ana Gomez", "PERSON", "agent"), ("United Front", "ORG", "other")],
    )
    t = merge([extraction("000", claim, date="2011-05-01"), extraction("001", said, date="2011-05-01")])
    assert len(t.events) == 2 and all(len(e.sources) == 1 for e in t.events)


def test_one_happening_told_with_two_verbs_still_joins():
    """ "revised down its forecast" and "cut its forecast": one happening, two words for it."""
    revised = event(
        "000",
        0,
        "revise",
        "The energy agency said Thursday that it has revised down its forecast for world oil demand",
        day("2011-11-10", "Thursday"),
        actors=[("International Energy Agency", "ORG", "agent")],
    )
    cut = event(
        "001",
        0,
        "cut",
        "The energy agency cut its forecast for world oil demand on Thursday",
        day("2011-11-10", "Thursday"),
        actors=[("International Energy Agency", "ORG", "agent")],
    )
    t = merge([extraction("000", revised, date="2011-11-10"), extraction("001", cut, date="2011-11-10")])
    assert len(t.events) == 1 and set(t.events[0].sources) == {"000", "001"}


def _planned(e):
    return replace(e, factuality="planned")


def test_a_plan_does_not_join_a_happening_over_before_its_article_was_written():
    """ "Gomez was also expected to meet the visiting trade delegation" (an article of Wednesday)
    is still to come: it is not Monday's meeting of Gomez with a trade delegation, and does not take
    its day."""
    monday = event(
        "000",
        2,
        "meeting",
        "a meeting early Monday between Foreign Minister Ana Gomez and the visiting trade delegation",
        day("2011-05-02", "early Monday"),
        actors=[("Ana Gomez", "PERSON", "other")],
    )
    expected = _planned(
        event(
            "001",
            4,
            "meet",
            "Foreign Minister Ana Gomez was also expected to meet the visiting trade delegation",
            actors=[("Ana Gomez", "PERSON", "other")],
        )
    )
    t = merge([extraction("000", monday, date="2011-05-02"), extraction("001", expected, date="2011-05-04")])
    assert len(t.events) == 2 and all(len(e.sources) == 1 for e in t.events)
    plan = next(e for e in t.events if e.sources == ("001",))
    assert plan.date.earliest is None


def test_a_plan_told_before_it_happened_still_joins_it():
    expected = _planned(
        event(
            "000",
            4,
            "meet",
            "Foreign Minister Ana Gomez is expected to meet the visiting trade delegation on Monday",
            day("2011-05-02", "Monday"),
            actors=[("Ana Gomez", "PERSON", "other")],
        )
    )
    monday = event(
        "001",
        2,
        "meeting",
        "a meeting on Monday between Foreign Minister Ana Gomez and the visiting trade delegation",
        day("2011-05-02", "Monday"),
        actors=[("Ana Gomez", "PERSON", "other")],
    )
    t = merge([extraction("000", expected, date="2011-04-30"), extraction("001", monday, date="2011-05-02")])
    assert len(t.events) == 1 and set(t.events[0].sources) == {"000", "001"}
