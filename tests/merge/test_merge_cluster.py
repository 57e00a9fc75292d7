"""Which reports become one event, and what the merged event keeps."""

import pytest
from merge_builders import UNDATED, claim, day, event, extraction, month, week, year

from timeline.merge import merge
from timeline.merge.cluster import stem
from timeline.merge.combine import merged_id

PUTIN = ("Vladimir Putin", "PERSON", "agent")


def _talks_000():
    return event(
        "000",
        4,
        "agree",
        "Putin agreed with Erdogan to hold peace talks on Syria in Astana",
        day("2016-12-16", "Friday"),
        actors=[PUTIN, ("Recep Tayyip Erdogan", "PERSON", "other")],
        places=["Syria", "Astana"],
    )


def _talks_001():
    return event(
        "001",
        1,
        "agree",
        "Russia, Iran, Turkey and Syria have agreed to hold peace discussions in Astana",
        month("2016-12", "December"),
        actors=[("Putin", "PERSON", "source"), ("Turkey", "GPE", "agent")],
        places=["Astana"],
    )


def test_cluster_same_event_worded_differently_in_two_articles_becomes_one():
    a, b = _talks_000(), _talks_001()
    t = merge([extraction("000", a), extraction("001", b)])
    assert len(t.events) == 1
    merged = t.events[0]
    assert merged.id == merged_id([a.id, b.id]) != a.id
    assert merged.id.startswith("e") and len(merged.id) == 13
    assert [m.doc for m in merged.mentions] == ["000", "001"]
    assert merged.sources == ("000", "001")
    # The day beats the month; the date points at the mention it came from.
    assert (merged.date.earliest, merged.date.precision, merged.date.text) == ("2016-12-16", "day", "Friday")
    assert merged.mentions[merged.date.mention].doc == "000"
    assert {r.name for r in merged.actors} >= {"Vladimir Putin", "Recep Tayyip Erdogan", "Turkey"}
    assert set(merged.places) == {"Syria", "Astana"}
    assert len(merged.explain) == 1
    line = merged.explain[0]
    assert line.startswith(f"joined 001:{b.id} to 000:{a.id}: same lemma 'agree'")
    assert "dates overlap (2016-12-16)" in line and "shared actors: Astana, Vladimir Putin" in line
    assert "score 0." in line


def test_cluster_most_precise_date_wins_whichever_document_gives_it():
    a = event(
        "000",
        1,
        "capture",
        "the army captured Aleppo",
        month("2016-12"),
        actors=[("Syrian army", "ORG")],
        places=["Aleppo"],
    )
    b = event(
        "001",
        7,
        "capture",
        "Syrian army recaptured the city of Aleppo",
        day("2016-12-22"),
        actors=[("Syrian army", "ORG")],
        places=["Aleppo"],
    )
    merged = merge([extraction("000", a), extraction("001", b)]).events[0]
    assert merged.date.earliest == "2016-12-22"
    assert merged.mentions[merged.date.mention].doc == "001"
    assert merged.summary == b.summary


def test_cluster_fuller_summary_of_another_report_speaks_when_the_best_dated_is_a_stub():
    # the best-dated report names the happening in four words; the other article tells it whole
    dated = event(
        "000",
        3,
        "capture",
        "the rebels had captured",
        day("1997-04-15", "Tuesday", "relative"),
        actors=[("Zairean rebels", "ORG", "agent")],
        places=["Kenge"],
    )
    whole = event(
        "001",
        5,
        "capture",
        "the rebels have captured the town of Kenge after heavy fighting",
        actors=[("Zairean rebels", "ORG", "agent")],
        places=["Kenge"],
        trigger="captured",
    )
    # (articles of the days after: a perfect with no day of its own holds by its article's day)
    merged = merge([extraction("000", dated, date="1997-04-16"), extraction("001", whole, date="1997-04-17")]).events
    assert len(merged) == 1
    assert merged[0].summary == whole.summary
    assert merged[0].mentions[0].doc == "000" and len(merged[0].sources) == 2
    assert merged[0].date.earliest == "1997-04-15"  # the date stays the best-dated report's
    assert merged[0].mentions[merged[0].date.mention].doc == "000"


def test_cluster_verb_and_event_noun_are_the_same_happening():
    assert stem("evacuate") == stem("evacuation")
    assert stem("agree") == stem("agreement")
    assert stem("negotiate") == stem("negotiation")
    assert stem("withdraw") == stem("withdrawal")
    assert stem("talk") != stem("take")


def test_cluster_different_events_with_same_actors_and_day_stay_apart():
    day16 = day("2016-12-16")
    actors = [PUTIN, ("Shinzo Abe", "PERSON", "patient")]
    t = merge(
        [
            extraction(
                "000",
                event("000", 1, "meet", "Putin met Abe in Nagato", day16, actors=actors, places=["Japan"]),
            ),
            extraction(
                "001",
                event(
                    "001",
                    3,
                    "criticize",
                    "Putin criticized Abe over the Kuril islands",
                    day16,
                    actors=actors,
                    places=["Japan"],
                ),
            ),
        ]
    )
    assert len(t.events) == 2
    assert all(e.explain == () for e in t.events)


def test_cluster_two_statements_by_the_same_speaker_on_one_day_stay_apart():
    day16 = day("2016-12-16")
    t = merge(
        [
            extraction(
                "000",
                event(
                    "000",
                    1,
                    "say",
                    "Putin said he planned a national ceasefire in Syria",
                    day16,
                    actors=[PUTIN],
                    places=["Syria"],
                ),
            ),
            extraction(
                "001",
                event(
                    "001",
                    2,
                    "say",
                    "Putin said the recent evacuation of Aleppo was the largest humanitarian operation",
                    day16,
                    actors=[("Putin", "PERSON", "agent")],
                    places=["Aleppo", "Syria"],
                ),
            ),
        ]
    )
    assert len(t.events) == 2


def test_cluster_same_statement_reported_twice_is_joined_even_for_say():
    day16 = day("2016-12-16")
    t = merge(
        [
            extraction(
                "000",
                event(
                    "000",
                    1,
                    "say",
                    "Putin said he planned a national ceasefire in Syria",
                    day16,
                    actors=[PUTIN],
                    places=["Syria"],
                ),
            ),
            extraction(
                "001",
                event(
                    "001",
                    2,
                    "say",
                    "Putin said he was planning a national ceasefire for Syria",
                    day16,
                    actors=[("Putin", "PERSON", "agent")],
                    places=["Syria"],
                ),
            ),
        ]
    )
    assert len(t.events) == 1
    assert "summary similarity" in t.events[0].explain[0]


def test_cluster_conflicting_figures_are_all_kept_with_their_sources():
    evac = "evacuate"
    t = merge(
        [
            extraction(
                "000",
                event(
                    "000",
                    5,
                    evac,
                    "more than 6,400 people had been evacuated from Aleppo",
                    day("2016-12-16"),
                    actors=[("Russia's defence ministry", "ORG", "source")],
                    places=["Aleppo"],
                    claims=[claim("more than 6,400 people", 6400, "more than", "Russia's defence ministry", "000")],
                ),
            ),
            extraction(
                "001",
                event(
                    "001",
                    2,
                    "evacuation",
                    "Turkey put the evacuation of Aleppo nearer 8,000",
                    day("2016-12-16"),
                    actors=[("Turkey", "GPE", "source")],
                    places=["Aleppo"],
                    claims=[claim("nearly 8,000", 8000, "nearly", "Turkey", "001")],
                ),
            ),
            extraction(
                "002",
                event(
                    "002",
                    3,
                    evac,
                    "more than 7,000 civilians had been evacuated from East Aleppo",
                    day("2016-12-16"),
                    actors=[("Mevlut Cavusoglu", "PERSON", "source")],
                    places=["Aleppo"],
                    claims=[claim("more than 7,000 civilians", 7000, "more than", "Mevlut Cavusoglu", "002")],
                ),
            ),
        ]
    )
    assert len(t.events) == 1
    claims = t.events[0].claims
    assert [(c.value, c.source, c.doc) for c in claims] == [
        (6400, "Russia's defence ministry", "000"),
        (8000, "Turkey", "001"),
        (7000, "Mevlut Cavusoglu", "002"),
    ]
    assert len(t.events[0].explain) == 2


def test_cluster_within_one_document_only_clear_repeats_are_joined():
    d = day("2016-12-15", "Thursday")
    first = event(
        "000",
        8,
        "begin",
        "The evacuations began on Thursday",
        d,
        actors=[("Turkey", "GPE")],
        places=["Aleppo"],
    )
    repeat = event(
        "000",
        12,
        "begin",
        "evacuations that began on Thursday",
        d,
        actors=[("Turkey", "GPE")],
        places=["Aleppo"],
    )
    other_day = event(
        "000",
        14,
        "begin",
        "a second phase began",
        day("2016-12-17"),
        actors=[("Turkey", "GPE")],
        places=["Aleppo"],
    )
    undated = event("000", 15, "begin", "evacuations began", UNDATED, actors=[("Turkey", "GPE")], places=["Aleppo"])
    place_only = event("000", 16, "begin", "The evacuations began on Thursday", d, places=["Aleppo"])
    t = merge([extraction("000", first, repeat, other_day, undated, place_only)])
    groups = sorted(sorted(m.sentence for m in e.mentions) for e in t.events)
    assert groups == [[8, 12], [14], [15], [16]]


def test_cluster_undated_mention_joins_a_dated_one():
    dated = event(
        "000",
        2,
        "offensive",
        "the month-long army offensive on Aleppo",
        month("2016-11"),
        actors=[("Syrian army", "ORG")],
        places=["Aleppo"],
    )
    loose = event(
        "001",
        9,
        "offensive",
        "the army offensive on Aleppo",
        UNDATED,
        actors=[("Syrian army", "ORG")],
        places=["Aleppo"],
    )
    t = merge([extraction("000", dated), extraction("001", loose)])
    assert len(t.events) == 1
    assert t.events[0].date.precision == "month"
    assert "undated mention joins dated (2016-11)" in t.events[0].explain[0]


def test_cluster_undated_report_joins_a_dated_one_only_through_someone_in_the_same_part():
    # An article without a date: "Putin said he had agreed with Erdogan to hold talks in Astana".
    # Another, dated: "Putin said Friday Russia, Iran, Turkey and Syria have agreed to hold talks".
    # Putin agreed in one and tells of an agreement in the other: two happenings, and the undated
    # one must not take the other's date.
    undated = event(
        "000",
        4,
        "agree",
        "Putin had agreed with Erdogan to hold peace talks on Syria in Astana",
        UNDATED,
        actors=[PUTIN, ("Recep Tayyip Erdogan", "PERSON", "other")],
        places=["Astana"],
    )
    dated = event(
        "001",
        1,
        "agree",
        "Russia, Iran, Turkey and Syria have agreed to hold peace discussions in Astana",
        day("2016-12-23", "Friday"),
        actors=[("Vladimir Putin", "PERSON", "source"), ("Russia", "GPE", "agent"), ("Iran", "GPE", "agent")],
        places=["Astana"],
    )
    t = merge([extraction("000", undated, date="2016-12-23"), extraction("001", dated, date="2016-12-23")])
    assert len(t.events) == 2
    assert next(e for e in t.events if e.sources == ("000",)).date.earliest is None
    # Told by Putin in both: one happening, and the undated report is dated by the other.
    told = event(
        "000",
        4,
        "agree",
        "Russia, Iran, Turkey and Syria agreed to hold peace discussions in Astana",
        UNDATED,
        actors=[("Vladimir Putin", "PERSON", "source"), ("Russia", "GPE", "agent")],
        places=["Astana"],
    )
    t = merge([extraction("000", told, date="2016-12-23"), extraction("001", dated, date="2016-12-23")])
    assert len(t.events) == 1
    assert t.events[0].date.earliest == "2016-12-23"


def test_cluster_two_people_doing_the_same_thing_the_same_day_are_two_happenings():
    hu = event(
        "000",
        2,
        "arrive",
        "The Chinese president arrived here on Monday for a visit",
        day("2005-10-31", "Monday"),
        actors=[("Hu Jintao", "PERSON", "agent"), ("China", "GPE", "other")],
    )
    platter = event(
        "001",
        1,
        "arrive",
        "Platter arrived in Beijing Monday for an official visit to China",
        day("2005-10-31", "Monday"),
        actors=[("Gunther Platter", "PERSON", "agent"), ("China", "GPE", "other")],
    )
    t = merge([extraction("000", hu, date="2005-11-01"), extraction("001", platter, date="2005-11-01")])
    assert len(t.events) == 2


def test_cluster_meetings_of_different_people_sharing_only_a_country_stay_apart():
    """Two meetings on one day that share only a country ("a Japanese delegation", "his Japanese
    counterpart") are two, and a third that names the people of both cannot chain them."""
    wed = day("2005-11-02", "Wednesday")
    jia = event(
        "000",
        1,
        "meet",
        "Jia Qinglin met with a Japanese delegation here on Wednesday",
        wed,
        actors=[("Jia Qinglin", "PERSON", "agent"), ("Japan", "GPE", "other")],
    )
    li = event(
        "001",
        3,
        "meet",
        "Li Bin met with his Japanese counterpart Akitaka Saiki on Wednesday",
        wed,
        actors=[("Li Bin", "PERSON", "other"), ("Akitaka Saiki", "PERSON", "other"), ("Japan", "GPE", "other")],
    )
    ban = event(
        "002",
        2,
        "meet",
        "Ban Ki-moon and Taro Aso agreed to meet on Wednesday",
        wed,
        actors=[("Ban Ki-moon", "PERSON", "agent"), ("Taro Aso", "PERSON", "agent"), ("Japan", "GPE", "other")],
    )
    t = merge([extraction(d, e, date="2005-11-02") for d, e in (("000", jia), ("001", li), ("002", ban))])
    assert len(t.events) == 3
    assert all(len(e.sources) == 1 for e in t.events)


def test_cluster_a_report_naming_no_one_cannot_chain_two_people_s_happenings():
    """ "The committee met on Monday" may be one with "Smith met the committee" or with "Jones met
    the committee", but not with both: different people's meetings stay two."""
    mon = day("2005-11-07", "Monday")
    bare = event(
        "000", 1, "meet", "The trade committee met on Monday", mon, actors=[("Trade Committee", "ORG", "agent")]
    )
    smith = event(
        "001",
        1,
        "meet",
        "Anna Smith met the trade committee on Monday",
        mon,
        actors=[("Anna Smith", "PERSON", "agent"), ("Trade Committee", "ORG", "patient")],
    )
    jones = event(
        "002",
        1,
        "meet",
        "Carl Jones met the trade committee on Monday",
        mon,
        actors=[("Carl Jones", "PERSON", "agent"), ("Trade Committee", "ORG", "patient")],
    )
    t = merge([extraction(d, e, date="2005-11-07") for d, e in (("000", bare), ("001", smith), ("002", jones))])
    together = [e for e in t.events if len(e.sources) > 1]
    assert all({"001", "002"} - set(e.sources) for e in together)


def test_cluster_an_undated_report_joins_a_dated_one_only_when_they_tell_it_alike():
    dated = event(
        "000",
        3,
        "assure",
        "President Bill Clinton Friday assured Hong Kong's Democratic party leader Martin Lee",
        day("1997-04-18", "Friday"),
        actors=[("Bill Clinton", "PERSON", "agent"), ("Martin Lee", "PERSON", "patient")],
    )
    other = event(
        "001",
        5,
        "assure",
        "During the meeting, Clinton assured the spiritual leader he was concerned about Tibet",
        UNDATED,
        actors=[("Bill Clinton", "PERSON", "agent")],
    )
    t = merge([extraction("000", dated, date="1997-04-18"), extraction("001", other, date="1997-04-24")])
    assert len(t.events) == 2
    again = event(
        "001",
        5,
        "assure",
        "President Bill Clinton assured Hong Kong's Democratic party leader Martin Lee",
        UNDATED,
        actors=[("Bill Clinton", "PERSON", "agent"), ("Martin Lee", "PERSON", "patient")],
    )
    t = merge([extraction("000", dated, date="1997-04-18"), extraction("001", again, date="1997-04-19")])
    assert len(t.events) == 1 and t.events[0].date.earliest == "1997-04-18"


def test_cluster_disjoint_dates_stay_apart():
    a = event(
        "000",
        1,
        "attack",
        "rebels attacked the airport",
        day("2016-12-10"),
        actors=[("rebels", "NORP")],
        places=["Aleppo"],
    )
    b = event(
        "001",
        1,
        "attack",
        "rebels attacked the airport",
        day("2016-12-12"),
        actors=[("rebels", "NORP")],
        places=["Aleppo"],
    )
    assert len(merge([extraction("000", a), extraction("001", b)]).events) == 2


def test_cluster_no_shared_participant_stays_apart():
    a = event("000", 1, "meet", "ministers met", day("2016-12-10"), actors=[("Lavrov", "PERSON")])
    b = event("001", 1, "meet", "ministers met", day("2016-12-10"), actors=[("Kerry", "PERSON")])
    assert len(merge([extraction("000", a), extraction("001", b)]).events) == 2


def test_cluster_a_coarse_date_does_not_chain_two_different_days():
    base = dict(actors=[("rebels", "NORP")], places=["Aleppo"])
    a = event("000", 1, "attack", "rebels attacked the airport", day("2016-12-10"), **base)
    b = event("001", 1, "attack", "rebels attacked the airport", day("2016-12-12"), **base)
    c = event("002", 1, "attack", "rebels attacked the airport in December", month("2016-12"), **base)
    t = merge([extraction("000", a), extraction("001", b), extraction("002", c)])
    assert sorted([m.doc for m in e.mentions] for e in t.events) == [["000", "002"], ["001"]]
    assert {e.date.earliest for e in t.events} == {"2016-12-10", "2016-12-12"}


def test_cluster_single_mention_event_keeps_its_id_and_has_no_explanation():
    a = _talks_000()
    t = merge([extraction("000", a)])
    assert t.events[0].id == a.id
    assert t.events[0].explain == ()
    assert t.events[0] == a


def test_cluster_article_date_of_a_lead_sentence_matches_a_report_a_day_or_two_earlier():
    actors = [("Turkey", "GPE", "agent")]
    explicit = event(
        "000",
        8,
        "begin",
        "the evacuations began on Thursday",
        day("2016-12-15", "Thursday"),
        actors=actors,
        places=["Aleppo"],
    )
    lead = event(
        "001",
        0,
        "begin",
        "evacuations of Aleppo began",
        day("2016-12-16", resolution="reference"),
        actors=actors,
        places=["Aleppo"],
    )
    late = event(
        "002",
        0,
        "begin",
        "evacuations of Aleppo began",
        day("2016-12-20", resolution="reference"),
        actors=actors,
        places=["Aleppo"],
    )
    t = merge([extraction("000", explicit), extraction("001", lead), extraction("002", late)])
    assert sorted([m.doc for m in e.mentions] for e in t.events) == [["000", "001"], ["002"]]
    joined = next(e for e in t.events if len(e.mentions) == 2)
    # The explicit date wins over the article date.
    assert (joined.date.earliest, joined.date.resolution) == ("2016-12-15", "absolute")


def _figure_report(doc, sentence, source, figure, value, *, date=UNDATED, places=()):
    return event(
        doc,
        sentence,
        "evacuate",
        f"{figure} had been evacuated",
        date,
        actors=[(source, "ORG", "source")],
        places=places,
        claims=[claim(figure, value, "more than", source, doc)],
    )


def test_cluster_figures_from_different_sources_in_one_article_are_one_happening():
    t = merge(
        [
            extraction(
                "000",
                _figure_report(
                    "000", 4, "Russia's defence ministry", "more than 6,400 people", 6400, places=("Aleppo",)
                ),
                _figure_report("000", 5, "Mevlut Cavusoglu", "more than 7,000 civilians", 7000, places=("Aleppo",)),
            )
        ]
    )
    assert len(t.events) == 1
    assert {(c.value, c.source) for c in t.events[0].claims} == {
        (6400, "Russia's defence ministry"),
        (7000, "Mevlut Cavusoglu"),
    }
    assert "figures from different sources" in t.events[0].explain[0]


@pytest.mark.parametrize(
    "first_kw, second_source, second_kw",
    [
        # the same source giving two figures reports two things
        ({}, "Russia's defence ministry", {}),
        # different places are different happenings
        ({"places": ("Aleppo",)}, "Mevlut Cavusoglu", {"places": ("Idlib",)}),
        # different days are different happenings
        ({"date": day("2016-12-16")}, "Mevlut Cavusoglu", {"date": day("2016-12-15")}),
    ],
)
def test_cluster_figures_stay_apart_without_the_same_happening(first_kw, second_source, second_kw):
    """(The same verb and figures from two sources, with no place or actor in common, are no
    evidence of one happening either: see the next test.)"""
    first = _figure_report("000", 4, "Russia's defence ministry", "6,400 people", 6400, **first_kw)
    second = _figure_report("000", 5, second_source, "7,000 civilians", 7000, **second_kw)
    t = merge([extraction("000", first, second)])
    assert len(t.events) == 2


def test_cluster_figures_need_a_shared_place_or_actor():
    """ "Evacuated" twice with figures from two sources and nothing else in common: two rows, never a
    corroboration invented from the verb alone."""
    t = merge(
        [
            extraction(
                "000",
                _figure_report("000", 4, "Russia's defence ministry", "more than 6,400 people", 6400),
                _figure_report("000", 5, "Mevlut Cavusoglu", "more than 7,000 civilians", 7000),
            )
        ]
    )
    assert len(t.events) == 2


def test_cluster_one_speakers_remarks_in_one_article_are_one_statement():
    chen = [("Chen Boliang", "PERSON", "agent")]
    t = merge(
        [
            extraction(
                "a",
                event("a", 3, "say", "Chen Boliang said their story is baseless", actors=chen),
                event("a", 5, "add", "It could even be said that it is made up, he added", actors=chen),
                event("a", 6, "say", "Wei Guoqiang said nothing", actors=[("Wei Guoqiang", "PERSON", "agent")]),
            )
        ]
    )
    assert len(t.events) == 2
    assert "statements of Chen Boliang in one article" in t.events[0].explain[0]


def test_cluster_one_happening_told_twice_in_one_article_undated_is_one_row():
    owens = [("Terrell Owens", "PERSON", "agent"), ("DeAngelo Hall", "PERSON", "patient")]
    t = merge(
        [
            extraction(
                "a",
                event("a", 2, "spit", "Owens spit on Hall after the sixth play", actors=owens),
                event("a", 7, "spit", "Owens spit on Hall before the play", actors=owens),
                event("a", 9, "spit", "Taylor spit on Pittman", actors=[("Sean Taylor", "PERSON", "agent")]),
            )
        ]
    )
    assert len(t.events) == 2


def test_an_assassination_in_one_article_is_the_killing_told_in_another():
    # "the assassination of Minister Karam" and "Karam was killed by a sniper": one happening
    victim = ("Nadim Karam", "PERSON", "patient")
    a = event(
        "000",
        1,
        "assassination",
        "the assassination of Industry Minister Nadim Karam",
        day("2016-12-16", "Friday"),
        actors=[victim],
    )
    b = event("001", 2, "kill", "Karam was killed by a sniper on Friday", day("2016-12-16", "Friday"), actors=[victim])
    t = merge([extraction("000", a), extraction("001", b)])
    assert len(t.events) == 1 and [m.doc for m in t.events[0].mentions] == ["000", "001"]


def test_a_verb_and_the_word_after_it_tell_the_happening_one_verb_names():
    # "the mayor was shot dead" is his killing, "five climbers taken hostage" their kidnapping: two
    # articles telling one happening in the two ways are one row; "took the hostages to a clinic" is
    # no kidnapping, and "shot" alone no killing
    mayor = ("Omar Lindqvist", "PERSON", "patient")
    friday = day("2016-12-16", "Friday")
    shot = event(
        "000",
        1,
        "shoot",
        "Mayor Omar Lindqvist was shot dead outside his office",
        friday,
        actors=[mayor],
        trigger="shot",
    )
    killed = event(
        "001", 2, "kill", "Lindqvist was killed by two gunmen on Friday", friday, actors=[mayor], trigger="killed"
    )
    t = merge([extraction("000", shot), extraction("001", killed)])
    assert len(t.events) == 1 and [m.doc for m in t.events[0].mentions] == ["000", "001"]

    climbers = ("Kestrel Ridge", "LOC", "other")
    taken = event(
        "000",
        3,
        "take",
        "five climbers were taken hostage by armed men on Kestrel Ridge",
        friday,
        actors=[climbers],
        trigger="taken",
    )
    kidnapped = event(
        "001",
        4,
        "kidnap",
        "armed men kidnapped five climbers on Kestrel Ridge on Friday",
        friday,
        actors=[climbers],
        trigger="kidnapped",
    )
    t = merge([extraction("000", taken), extraction("001", kidnapped)])
    assert len(t.events) == 1

    carried = event(
        "000",
        3,
        "take",
        "soldiers took the hostages to a clinic on Kestrel Ridge",
        friday,
        actors=[climbers],
        trigger="took",
    )
    t = merge([extraction("000", carried), extraction("001", kidnapped)])
    assert len(t.events) == 2
    wounded = event(
        "000",
        1,
        "shoot",
        "Mayor Omar Lindqvist was shot in the leg outside his office",
        friday,
        actors=[mayor],
        trigger="shot",
    )
    t = merge([extraction("000", wounded), extraction("001", killed)])
    assert len(t.events) == 2


def test_within_one_article_a_verb_read_with_the_word_after_it_is_compared_as_written():
    # "Varga fired back, killing a guard" ... "Varga was then gunned down by the guards": two deaths
    varga = "Ilona Varga"
    friday = day("2016-12-16", "Friday")
    killing = event(
        "000",
        2,
        "kill",
        "Varga fired back at the guards, killing one guard",
        friday,
        actors=[(varga, "PERSON", "agent")],
        trigger="killing",
    )
    gunned = event(
        "000",
        4,
        "gun down",
        "Varga was then gunned down by the guards",
        friday,
        actors=[(varga, "PERSON", "patient")],
        trigger="gunned down",
    )
    t = merge([extraction("000", killing, gunned)])
    assert len(t.events) == 2


def test_cluster_a_report_dated_only_by_inference_over_weeks_joins_a_day_only_when_told_alike():
    from timeline.model import EventDate

    inferred = EventDate(
        value="1997-04",
        earliest="1997-03-24",
        latest="1997-04-23",
        precision="month",
        resolution="inferred",
        mention=0,
    )
    earlier = event(
        "000",
        7,
        "poll",
        "The last three Harris polls have shown the Greens steady at ten points ahead",
        inferred,
        actors=[("Harris", "ORG", "agent")],
    )
    today = event(
        "001",
        2,
        "poll",
        "two polls by Harris put the Greens' lead at 14 percent and 15 percent",
        day("1997-04-23", "Wednesday", resolution="relative"),
        actors=[("Harris", "ORG", "agent")],
    )
    t = merge([extraction("000", earlier, date="1997-04-23"), extraction("001", today, date="1997-04-23")])
    assert len(t.events) == 2
    same = event(
        "000",
        7,
        "poll",
        "Two polls by Harris put the Greens' lead at 14 percent and 15 percent",
        inferred,
        actors=[("Harris", "ORG", "agent")],
    )
    t = merge([extraction("000", same, date="1997-04-23"), extraction("001", today, date="1997-04-23")])
    assert len(t.events) == 1 and t.events[0].date.earliest == "1997-04-23"


@pytest.mark.parametrize(
    "text",
    [
        "The index closed 4.26 points higher at 617.19 on Monday",
        "Turnout was NINETY PERCENT, up from 85 per cent; the rate rose 0.25 percentage points",
        "Support fell to 42% in Zürich and to 5.5 per cent in Genève",
        "Prices rose 1,234.5 won, and the bill was 12,.5 (a typo)",
        "Sales grew five PerCent in São Paulo",
        "The minister said the talks would resume next week.",
        "",
    ],
)
def test_cluster_figures_and_shares_found_once_per_event_as_the_patterns_find_them(text):
    from timeline.merge import cluster

    e = event("000", 1, "rise", text, day("2016-12-16"), actors=[PUTIN])
    item = cluster.make_item(0, e)
    plain_decimals = frozenset(x.replace(",", "") for x in cluster._DECIMAL.findall(text))
    assert item.decimals == plain_decimals
    assert bool(item.percents) == bool(cluster._PERCENT.findall(text))


def test_cluster_reports_naming_no_one_join_on_the_same_date_told_alike():
    teller = ("the fire service", "ORG", "source")
    a = event(
        "000", 2, "landslide", "A landslide swept over the mountain road at 6:15 a.m. on Friday", day("2016-12-16")
    )
    b = event(
        "001",
        4,
        "landslide",
        "the landslide that blocked the mountain road came down at 6:15 a.m. Friday",
        day("2016-12-16", "Friday", resolution="relative"),
        actors=[teller],
    )
    t = merge([extraction("000", a), extraction("001", b)])
    assert len(t.events) == 1 and [m.doc for m in t.events[0].mentions] == ["000", "001"]
    assert "neither naming a participant" in t.events[0].explain[-1]
    # a week each article names itself: "this week's referendum"
    c = event(
        "000",
        1,
        "referendum",
        "this week's referendum on the new charter",
        week("2016-W50", "2016-12-12", "2016-12-18"),
    )
    d = event("001", 1, "referendum", "this week's charter referendum", week("2016-W50", "2016-12-12", "2016-12-18"))
    assert len(merge([extraction("000", c), extraction("001", d)]).events) == 1
    # a place both name is not enough for two kinds of one event word told the same week
    w50 = week("2016-W50", "2016-12-12", "2016-12-18")
    e = event("000", 1, "election", "last week's presidential election in Tarvia", w50, places=("Tarvia",))
    f = event("001", 1, "election", "last week's parliamentary election in Tarvia", w50, places=("Tarvia",))
    assert len(merge([extraction("000", e), extraction("001", f)]).events) == 2
    g = event("001", 1, "election", "last week's presidential election in Tarvia", w50, places=("Tarvia",))
    assert len(merge([extraction("000", e), extraction("001", g)]).events) == 1


def test_cluster_reports_naming_no_one_stay_apart_unless_dated_alike_and_told_alike():
    lead = event("000", 1, "kill", "Three farmers were killed by lightning on Friday", day("2016-12-16"))
    other = event("001", 3, "kill", "a cyclist was killed in a crash with a lorry on Friday", day("2016-12-16"))
    assert len(merge([extraction("000", lead), extraction("001", other)]).events) == 2
    # the same words, but one article does not date it itself (the article's day, inference)
    inferred = event(
        "001", 3, "kill", "Three farmers were killed by lightning", day("2016-12-16", "Friday", resolution="inferred")
    )
    assert len(merge([extraction("000", lead), extraction("001", inferred)]).events) == 2
    # a month holds many such happenings
    monthly = [
        event("000", 1, "strike", "a strike shut the ports in November", month("2016-11")),
        event("001", 1, "strike", "the strike shut the ports in November", month("2016-11")),
    ]
    assert len(merge([extraction("000", monthly[0]), extraction("001", monthly[1])]).events) == 2
    # figures that disagree are two happenings
    two = [
        event(
            "000",
            1,
            "kill",
            "Three farmers were killed by lightning on Friday",
            day("2016-12-16"),
            claims=[claim("Three farmers", 3, None, None, "000")],
        ),
        event(
            "001",
            1,
            "kill",
            "Five farmers were killed by lightning on Friday",
            day("2016-12-16"),
            claims=[claim("Five farmers", 5, None, None, "001")],
        ),
    ]
    assert len(merge([extraction("000", two[0]), extraction("001", two[1])]).events) == 2


def _told_in(item, sentence):
    """The event with its mention's sentence written out (the builder makes it the summary)."""
    import dataclasses

    return dataclasses.replace(item, mentions=(dataclasses.replace(item.mentions[0], text=sentence),))


def test_cluster_reports_naming_no_one_of_a_verb_join_only_when_their_sentences_are_alike():
    friday = day("2016-12-16", "Friday", resolution="relative")
    grain = event("000", 2, "release", "official figures released Friday", friday, trigger="released")
    homes = event("001", 5, "release", "official figures released Friday", friday, trigger="released")
    grain = _told_in(grain, "Wheat harvests fell by a fifth this year, official figures released Friday showed.")
    homes = _told_in(homes, "House prices rose again in the autumn, according to official figures released Friday.")
    assert len(merge([extraction("000", grain), extraction("001", homes)]).events) == 2
    again = _told_in(homes, "Wheat harvests fell by a fifth this year, according to official figures released Friday.")
    assert len(merge([extraction("000", grain), extraction("001", again)]).events) == 1


def test_cluster_reports_naming_no_one_stay_apart_when_they_tell_different_kinds_or_people():
    sunday = day("2016-12-11", "Sunday", resolution="relative")
    one = event("000", 1, "election", "Sunday's presidential election", sunday, trigger="election")
    other = event("001", 1, "election", "Sunday's parliamentary elections", sunday, trigger="elections")
    assert len(merge([extraction("000", one), extraction("001", other)]).events) == 2
    friday = day("2016-12-16", "Friday", resolution="relative")
    # sentences much alike (not the same sentence: two versions of one story)
    man = event(
        "000", 3, "kill", "a man was killed on Friday when his van hit a tree near the bridge", friday, trigger="killed"
    )
    woman = event(
        "001",
        3,
        "kill",
        "a woman was killed on Friday when her car left the road near the bridge",
        friday,
        trigger="killed",
    )
    assert len(merge([extraction("000", man), extraction("001", woman)]).events) == 2


def test_cluster_a_dated_happening_named_by_a_noun_joins_across_articles_told_in_other_words():
    tuesday = day("2016-12-13", "Tuesday", resolution="relative")
    won = event("000", 1, "election", "Tuesday's midterm legislative elections", tuesday, trigger="elections")
    lost = event("001", 4, "election", "the Dec. 13 legislative elections", day("2016-12-13"), trigger="elections")
    won = _told_in(won, "The opposition won control of the lower house in Tuesday's midterm legislative elections.")
    lost = _told_in(lost, "The ruling party lost its majority in the Dec. 13 legislative elections, analysts noted.")
    t = merge([extraction("000", won), extraction("001", lost)])
    assert len(t.events) == 1 and [m.doc for m in t.events[0].mentions] == ["000", "001"]


def test_two_articles_reports_sharing_only_a_place_join_as_reports_sharing_none_do():
    # a town both name is no reason to keep apart what reports naming no one in common would join:
    # the same event word and year each gives itself, sentences naming the same people ("Veltran",
    # "Tarsk"), summaries alike; but two provinces of one country are two happenings
    a = event(
        "000",
        3,
        "murder",
        "the 1991 murder of three Veltran journalists in Tarsk",
        year("1991"),
        places=["Tarsk"],
        trigger="murder",
    )
    b = event(
        "001",
        5,
        "murder",
        "a court ruled that two officers took part in the 1991 murder of three Veltran journalists in a Tarsk hotel",
        year("1991"),
        actors=[("court", "ORG", "source")],
        places=["Tarsk"],
        trigger="murder",
    )
    t = merge([extraction("000", a), extraction("001", b)])
    assert len(t.events) == 1 and [m.doc for m in t.events[0].mentions] == ["000", "001"]

    north = event(
        "000",
        3,
        "murder",
        "the 1991 murder of three Veltran journalists in Chile's Tarsk Province",
        year("1991"),
        places=["Chile", "Tarsk Province"],
        trigger="murder",
    )
    south = event(
        "001",
        5,
        "murder",
        "a court ruled that two officers took part in the 1991 murder of three Veltran journalists in Chile's "
        "Morrow Province",
        year("1991"),
        places=["Chile", "Morrow Province"],
        trigger="murder",
    )
    t = merge([extraction("000", north), extraction("001", south)])
    assert len(t.events) == 2


@pytest.mark.slow
def test_cluster_one_person_s_planned_talks_with_two_others_stay_two_rows():
    """Two undated plans of one article, talks of one person with two others ("will hold talks with
    Dumas" ... "is expected to hold talks with Lopes"), are two happenings: the partners differ."""
    from timeline import api
    from timeline.model import DocDate, Document

    text = (
        "Chinese Premier Li Wei leaves for Europe\n\n"
        "Chinese Premier Li Wei will visit France and Portugal next week, a foreign ministry spokesman "
        "said on Monday.\n"
        "In Paris, Li will hold talks with French Prime Minister Pierre Dumas.\n"
        "During his stay in Portugal, Li is expected to hold talks with Prime Minister Jorge Lopes.\n"
    )
    timeline = api.extract([Document(id="trip", text=text, date=DocDate("2011-05-09", "metadata", 1.0))])
    talks = [e for e in timeline.events if e.predicate.lemma == "talk"]
    assert sorted(sorted(a.name for a in e.actors if a.role == "agent") for e in talks) == [
        ["Jorge Lopes", "Li Wei"],
        ["Li Wei", "Pierre Dumas"],
    ]
