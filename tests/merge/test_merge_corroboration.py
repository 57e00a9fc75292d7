"""A merged event lists every article that reports it, and `show --min-sources 2` lists such events as
corroborated: two articles' reports are joined only when they tell one happening."""

from dataclasses import replace

import pytest
from merge_builders import UNDATED, day, event, extraction, month, week, year

from timeline.merge import merge
from timeline.model import ActorRef


def _corroborated(timeline) -> list:
    return [e for e in timeline.events if len(e.sources) > 1]


def test_reports_sharing_only_a_country_and_a_verb_are_two_happenings():
    plan = event(
        "000",
        0,
        "launch",
        "Chile has launched a ten-year plan to protect the wetlands of its southern coast",
        day("2009-03-02", "Monday"),
        actors=[("Chile", "GPE", "agent")],
    )
    course = event(
        "001",
        1,
        "launch",
        "Chile's Ministry of Health and the Red Cross on Monday jointly launched a first-aid course for teachers",
        day("2009-03-02", "Monday"),
        actors=[("Ministry of Health", "ORG", "agent"), ("Red Cross", "ORG", "agent"), ("Chile", "GPE", "other")],
    )
    t = merge([extraction("000", plan, date="2009-03-02"), extraction("001", course, date="2009-03-02")])
    assert len(t.events) == 2 and not _corroborated(t)


def test_reports_sharing_only_a_place_are_joined_when_they_tell_it_alike():
    crash = "Five people were killed when a bus fell into a ravine in northern Peru on Tuesday"
    first = event("000", 0, "kill", crash, day("2009-03-03", "Tuesday"), actors=[("Peru", "GPE", "other")])
    second = event(
        "001",
        2,
        "kill",
        "Five people were killed on Tuesday when their bus fell into a ravine in northern Peru",
        day("2009-03-03", "Tuesday"),
        actors=[("Peru", "GPE", "other")],
    )
    t = merge([extraction("000", first, date="2009-03-03"), extraction("001", second, date="2009-03-04")])
    assert len(t.events) == 1 and set(t.events[0].sources) == {"000", "001"}


def test_a_year_does_not_join_a_day_told_in_an_article_of_another_year():
    """ "signed Monday in Paris" (an article of December 2008) and "the accord signed by Lindqvist in
    2008" (an article of the next autumn) may be two signings: a year holds many."""
    paris = event(
        "000",
        4,
        "sign",
        "One of several deals Lindqvist signed Monday in Paris was for a new telecommunications satellite",
        day("2008-12-08", "Monday"),
        actors=[("Erik Lindqvist", "PERSON", "agent")],
    )
    accord = event(
        "001",
        3,
        "sign",
        "the border accord signed by Erik Lindqvist and his Finnish counterpart in 2008",
        year("2008"),
        actors=[("Erik Lindqvist", "PERSON", "agent")],
    )
    t = merge([extraction("000", paris, date="2008-12-10"), extraction("001", accord, date="2009-10-20")])
    assert len(t.events) == 2 and not _corroborated(t)


def test_a_month_and_a_day_of_it_still_join_across_years():
    """ "retired in October 2007" and "retired on Oct. 31, 2007", written a year apart: one retirement."""
    earlier = event(
        "000",
        2,
        "retire",
        "Okafor retired as the bank's governor in October 2007 after 14 years in office",
        month("2007-10", "October 2007"),
        actors=[("Grace Okafor", "PERSON", "agent")],
    )
    later = event(
        "001",
        5,
        "retire",
        "Grace Okafor retired as the bank's governor on Oct. 31, 2007",
        day("2007-10-31", "Oct. 31, 2007"),
        actors=[("Grace Okafor", "PERSON", "agent")],
    )
    t = merge([extraction("000", earlier, date="2008-11-05"), extraction("001", later, date="2009-11-10")])
    assert len(t.events) == 1 and t.events[0].date.earliest == "2007-10-31"


def test_an_undated_plan_does_not_take_the_day_of_another_plan_of_the_same_person():
    """Two plans of one minister's tour, one undated ("will meet the commander" in Korea) and one
    dated ("further meetings later Tuesday" in Japan), are two meetings."""
    korea = replace(
        event(
            "000",
            9,
            "meet",
            "Dalton will meet with the commander of the troops there and top Korean leaders",
            UNDATED,
            actors=[("Ann Dalton", "PERSON", "agent")],
            places=["South Korea"],
        ),
        factuality="planned",
    )
    japan = replace(
        event(
            "001",
            1,
            "meeting",
            "further meetings later Tuesday with members of the Japanese parliament and the foreign minister",
            day("2009-04-07", "Tuesday"),
            actors=[("Ann Dalton", "PERSON", "agent")],
            places=["Japan"],
        ),
        factuality="planned",
    )
    t = merge([extraction("000", korea, date="2009-04-05"), extraction("001", japan, date="2009-04-07")])
    assert len(t.events) == 2 and not _corroborated(t)
    assert all(e.date.earliest != "2009-04-07" for e in t.events if e.mentions[0].doc == "000")


def test_one_planned_meeting_in_a_named_town_is_one_event_across_articles():
    """The same talks in the same town, undated in one article and dated in the other: one event."""
    agreed = replace(
        event(
            "000",
            3,
            "talk",
            "peace talks on the border dispute in Geneva",
            UNDATED,
            actors=[("Ann Dalton", "PERSON", "agent")],
            places=["Geneva"],
        ),
        factuality="planned",
    )
    expected = replace(
        event(
            "001",
            4,
            "talk",
            "The talks in Geneva are expected to be held in March",
            month("2009-03", "March"),
            places=["Geneva"],
        ),
        factuality="planned",
    )
    t = merge([extraction("000", agreed, date="2009-02-10"), extraction("001", expected, date="2009-02-11")])
    assert len(t.events) == 1 and set(t.events[0].sources) == {"000", "001"}


def test_two_days_closes_of_one_index_are_two_readings():
    """The same index told at two closes ("gained 3.12 points to 845.60" on Monday, "gained 2.07
    points to 847.67" in Tuesday's article): two days' trading, not one corroborated event."""
    monday = event(
        "000",
        1,
        "gain",
        "The Nikkei 225 index gained 3.12 points to 845.60",
        day("2010-03-01", resolution="reference"),
        actors=[("Nikkei 225 index", "ORG", "agent")],
    )
    tuesday = event(
        "001",
        1,
        "gain",
        "The Nikkei 225 index gained 2.07 points to 847.67",
        day("2010-03-02", resolution="reference"),
        actors=[("Nikkei 225 index", "ORG", "agent")],
    )
    t = merge([extraction("000", monday, date="2010-03-01"), extraction("001", tuesday, date="2010-03-02")])
    assert len(t.events) == 2 and not _corroborated(t)


def test_round_counts_that_differ_still_tell_one_toll():
    """ "About 1,200 people have died" and "some 1,207 people have died", the same day: one toll."""
    first = event(
        "000",
        3,
        "die",
        "About 1,200 people have died in the floods since March",
        day("2010-05-04", "today", resolution="inferred"),
        places=["Bangladesh"],
    )
    second = event(
        "001",
        6,
        "die",
        "Some 1,207 people have died in the floods since March",
        day("2010-05-04", "today", resolution="inferred"),
        places=["Bangladesh"],
    )
    t = merge([extraction("000", first, date="2010-05-04"), extraction("001", second, date="2010-05-04")])
    assert len(t.events) == 1 and set(t.events[0].sources) == {"000", "001"}


def test_accidents_of_one_day_in_two_provinces_are_two():
    """Two accidents on the same Friday in different provinces of one country share only the
    country: "trapped in Friday's landslide in Peru's Cusco region", "trapped in Friday's mine
    flood in Peru's Puno region"."""
    cusco = event(
        "000",
        0,
        "trap",
        "Six workers trapped in Friday's landslide in southern Peru's Cusco Region",
        day("2010-06-04", "Friday", resolution="relative"),
        places=["Peru", "Cusco Region"],
    )
    puno = event(
        "001",
        0,
        "trap",
        "All 12 miners trapped in Friday's mine flood in southern Peru's Puno Region",
        day("2010-06-04", "Friday", resolution="relative"),
        places=["Peru", "Puno Region"],
    )
    t = merge([extraction("000", cusco, date="2010-06-06"), extraction("001", puno, date="2010-06-07")])
    assert len(t.events) == 2 and not _corroborated(t)


def test_a_place_written_two_ways_still_joins():
    """ "the Gaza Strip" and "Gaza": one place, one withdrawal."""
    first = event(
        "000",
        2,
        "withdraw",
        "Egypt withdrew its observers from the Gaza Strip in May",
        month("2010-05", "May"),
        actors=[("Egypt", "GPE", "agent")],
        places=["Gaza Strip"],
    )
    second = event(
        "001",
        4,
        "withdraw",
        "Egypt withdrew its observers from Gaza in May",
        month("2010-05", "May"),
        actors=[("Egypt", "GPE", "agent")],
        places=["Gaza"],
    )
    t = merge([extraction("000", first, date="2010-06-10"), extraction("001", second, date="2010-06-12")])
    assert len(t.events) == 1 and set(t.events[0].sources) == {"000", "001"}


def test_one_ministers_signings_with_different_partners_are_two():
    """ "Lindqvist and Tamm signed the document", "The agreement was signed by Rossi and
    Lindqvist": co-signers who differ mean two signings, even on neighbouring days."""
    estonia = event(
        "000",
        1,
        "sign",
        "Trade Minister Erik Lindqvist and Estonian Economy Minister Kadri Tamm signed the document",
        day("2010-09-14", resolution="reference"),
        actors=[("Erik Lindqvist", "PERSON", "agent"), ("Kadri Tamm", "PERSON", "agent")],
    )
    italy = event(
        "001",
        1,
        "sign",
        "The agreement was signed by Italian Trade Minister Paolo Rossi and Trade Minister Erik Lindqvist",
        day("2010-09-16", resolution="reference"),
        actors=[("Paolo Rossi", "PERSON", "agent"), ("Erik Lindqvist", "PERSON", "agent")],
    )
    t = merge([extraction("000", estonia, date="2010-09-14"), extraction("001", italy, date="2010-09-16")])
    assert len(t.events) == 2 and not _corroborated(t)


def test_one_judges_two_rulings_of_a_day_are_two():
    """Two articles of one day, each telling a ruling of the same judge without a date of its own:
    "ruled that the cameras be switched off", "ruled a one-hour adjournment" are two rulings."""
    cameras = event(
        "000",
        3,
        "rule",
        "Judge Miriam Osei then ruled that the television cameras in the courtroom be switched off",
        day("2010-02-09", resolution="reference"),
        actors=[("Miriam Osei", "PERSON", "agent")],
    )
    adjournment = event(
        "001",
        5,
        "rule",
        "Presiding judge Miriam Osei later ruled a one-hour adjournment to hear the defence's objection",
        day("2010-02-09", "Tuesday", resolution="inferred"),
        actors=[("Miriam Osei", "PERSON", "agent")],
    )
    t = merge([extraction("000", cameras, date="2010-02-09"), extraction("001", adjournment, date="2010-02-09")])
    assert len(t.events) == 2 and not _corroborated(t)


def test_one_judges_ruling_told_alike_by_two_articles_is_one():
    first = event(
        "000",
        3,
        "rule",
        "Judge Miriam Osei ruled that the television cameras be switched off",
        day("2010-02-09", resolution="reference"),
        actors=[("Miriam Osei", "PERSON", "agent")],
    )
    second = event(
        "001",
        2,
        "rule",
        "Judge Miriam Osei ruled that television cameras in the courtroom be switched off",
        day("2010-02-09", "Tuesday", resolution="inferred"),
        actors=[("Miriam Osei", "PERSON", "agent")],
    )
    t = merge([extraction("000", first, date="2010-02-09"), extraction("001", second, date="2010-02-09")])
    assert len(t.events) == 1 and set(t.events[0].sources) == {"000", "001"}


def test_a_leader_and_a_country_condemning_one_bombing_are_two_condemnations():
    """Two articles of one day share only the place of the bombing: a prime minister's condemnation
    and another country's are two happenings, not one corroborated by two sources."""
    leader = event(
        "000",
        0,
        "condemn",
        "Prime Minister Lena Okafor on Thursday condemned the bombing of two cafes in Kenya",
        day("2011-05-12", "Thursday"),
        actors=[("Lena Okafor", "PERSON", "agent")],
        places=["Kenya"],
    )
    country = event(
        "001",
        0,
        "condemn",
        "Uganda condemned on Thursday the bombing of two cafes in the Kenyan capital Nairobi",
        day("2011-05-12", "Thursday"),
        actors=[("Uganda", "GPE", "agent")],
        places=["Kenya", "Nairobi"],
    )
    t = merge([extraction("000", leader, date="2011-05-12"), extraction("001", country, date="2011-05-12")])
    assert len(t.events) == 2 and not _corroborated(t)


def test_a_team_win_and_a_swimmers_win_of_one_country_are_two():
    team = event(
        "000",
        0,
        "win",
        "Kenya won the regional games men's relay gold medal here on Sunday",
        day("2011-05-15", "Sunday"),
        actors=[("Kenya", "GPE", "agent")],
    )
    swimmer = event(
        "001",
        0,
        "win",
        "Kenya's Amina Otieno won the women's 100m freestyle gold medal at the regional games here Sunday",
        day("2011-05-15", "Sunday"),
        actors=[("Amina Otieno", "PERSON", "agent")],
        places=["Kenya"],
    )
    t = merge([extraction("000", team, date="2011-05-15"), extraction("001", swimmer, date="2011-05-15")])
    assert len(t.events) == 2 and not _corroborated(t)


def test_one_countrys_condemnation_told_by_two_articles_is_one():
    first = event(
        "000",
        0,
        "condemn",
        "Uganda on Thursday condemned the bombing of two cafes in Kenya",
        day("2011-05-12", "Thursday"),
        actors=[("Uganda", "GPE", "agent")],
        places=["Kenya"],
    )
    second = event(
        "001",
        2,
        "condemn",
        "Uganda condemned on Thursday the bombing of two cafes in the Kenyan capital",
        day("2011-05-12", "Thursday"),
        actors=[("Uganda", "GPE", "agent")],
        places=["Kenya"],
    )
    t = merge([extraction("000", first, date="2011-05-12"), extraction("001", second, date="2011-05-13")])
    assert len(t.events) == 1 and set(t.events[0].sources) == {"000", "001"}


def test_a_rejection_of_a_day_does_not_join_another_rejection_of_the_year():
    """ "earlier this year" barely dates a happening: a year holds many rejections by one body.
    Such a report joins a report of one day only when the two say much the same."""
    budget = event(
        "000",
        0,
        "reject",
        "The Italian government on Tuesday rejected the budget proposal for the enlarged European Union",
        day("2011-12-06", "Tuesday"),
        actors=[("Italy", "GPE", "agent"), ("European Union", "ORG", "patient")],
    )
    treaty = event(
        "001",
        4,
        "reject",
        "Danish and Irish voters rejected the European Union's new treaty earlier this year",
        replace(year("2011"), resolution="relative", text="earlier this year"),
        actors=[("European Union", "ORG", "patient")],
    )
    t = merge([extraction("000", budget, date="2011-12-06"), extraction("001", treaty, date="2011-12-14")])
    assert len(t.events) == 2 and not _corroborated(t)


def test_a_forecast_cut_of_the_year_and_of_its_day_told_alike_join():
    year_report = event(
        "000",
        2,
        "cut",
        "The International Energy Agency cut its forecast for world oil demand growth this year",
        replace(year("2011"), resolution="relative", text="this year"),
        actors=[("International Energy Agency", "ORG", "agent")],
    )
    day_report = event(
        "001",
        0,
        "cut",
        "The International Energy Agency on Friday cut its forecast for world oil demand growth",
        day("2011-11-11", "Friday"),
        actors=[("International Energy Agency", "ORG", "agent")],
    )
    t = merge([extraction("000", year_report, date="2011-11-14"), extraction("001", day_report, date="2011-11-11")])
    assert len(t.events) == 1 and set(t.events[0].sources) == {"000", "001"}


BLAST = "Two workers were killed and six others injured when a gas cylinder exploded at a market on Friday, police said"


def test_one_sentence_told_by_two_versions_of_a_story_is_one_happening_though_it_names_no_one():
    """Two versions of one wire story tell the blast in the same sentence; it names no person, body
    or place the extractor found, and was listed twice, each with one source."""
    first = event("000", 0, "kill", BLAST, day("2011-03-04", "Friday"), trigger="killed")
    second = event("001", 0, "kill", BLAST.replace(", police said", ", the police said"), day("2011-03-04", "Friday"))
    t = merge([extraction("000", first, date="2011-03-04"), extraction("001", second, date="2011-03-04")])
    assert len(t.events) == 1 and set(t.events[0].sources) == {"000", "001"}


def test_an_undated_stock_sentence_of_articles_written_days_apart_is_not_one_happening():
    """ "The cause of the accident is being investigated by the police" closes many stories: said of
    two accidents a week apart, it is two happenings."""
    line = "The cause of the accident is being investigated by the local police"
    first = event("000", 5, "investigate", line)
    second = event("001", 7, "investigate", line)
    t = merge([extraction("000", first, date="2011-03-04"), extraction("001", second, date="2011-03-10")])
    assert len(t.events) == 2 and not _corroborated(t)


def test_one_sentence_giving_two_days_readings_is_two_happenings():
    rise = "The value of the currency has risen by {} percent since the reform of the exchange rate on July 21"
    first = event("000", 3, "rise", rise.format("5.31"), day("2011-11-21", resolution="reference"))
    second = event("001", 3, "rise", rise.format("5.32"), day("2011-11-23", resolution="reference"))
    t = merge([extraction("000", first, date="2011-11-21"), extraction("001", second, date="2011-11-23")])
    assert len(t.events) == 2 and not _corroborated(t)


def _jab(doc: str, summary: str, when, actors=(), places=()):
    return event(doc, 2, "attack", summary, when, actors=actors, places=places)


def test_one_dated_happening_whose_participants_were_found_apart_is_one_when_the_sentences_name_the_same():
    """One article names the doer, the other describes him ("the country's veteran leader"): no
    participant in common, but the same event word and day, and sentences that name the same people
    and bodies (the Treaty of Halden, the Velorian Senate)."""
    named = _jab(
        "000",
        "Brastovian President Ilo Marek launched a fresh attack on the Velorian Senate on Tuesday, calling "
        "the Treaty of Halden a fraud",
        day("2011-05-10", "Tuesday", resolution="relative"),
        actors=[("Ilo Marek", "PERSON", "agent")],
        places=["Brastovia"],
    )
    described = _jab(
        "001",
        "The country's veteran leader launched a fresh attack on Tuesday, calling the Treaty of Halden a "
        "fraud forced on it by the Velorian Senate",
        day("2011-05-10", "Tuesday", resolution="relative"),
    )
    t = merge([extraction("000", named, date="2011-05-10"), extraction("001", described, date="2011-05-10")])
    assert len(t.events) == 1 and set(t.events[0].sources) == {"000", "001"}
    assert "their sentences naming" in t.events[0].explain[0]


def test_a_date_inside_the_other_joins_reports_whose_sentences_name_the_same():
    """ "convenes early January" (ten days) and "convene in January" (the month) of one Tolvian Diet."""
    early = event(
        "000",
        1,
        "convene",
        "Opposition deputies elected their leaders for the new Tolvian Diet that convenes early January",
        week("2012-W01", "2012-01-01", "2012-01-10"),
    )
    january = event(
        "001",
        4,
        "convene",
        "Opposition deputies said reform would be their first task when the Tolvian Diet convenes in January",
        month("2012-01", "January"),
        actors=[("Tolvian Diet", "ORG", "agent")],
    )
    early, january = replace(early, factuality="planned"), replace(january, factuality="planned")
    t = merge([extraction("000", early, date="2011-12-10"), extraction("001", january, date="2011-12-11")])
    assert len(t.events) == 1 and set(t.events[0].sources) == {"000", "001"}


@pytest.mark.parametrize(
    "other",
    [
        # the same words and day, the sentences naming other people: two attacks
        "Maravian Premier Dax Orlo launched a fresh attack on the Quillan Assembly on Tuesday, calling the Pact "
        "of Surra a fraud",
        # the same day and places only: "Brastovia", "Velor" name no one
        "Troops in Brastovia launched a fresh attack near Velor on Tuesday",
    ],
)
def test_reports_of_one_word_and_day_whose_sentences_name_others_or_only_places_stay_apart(other):
    first = _jab(
        "000",
        "Brastovian President Ilo Marek launched a fresh attack on the Velorian Senate in Velor on Tuesday, "
        "calling the Treaty of Halden a fraud",
        day("2011-05-10", "Tuesday", resolution="relative"),
        actors=[("Ilo Marek", "PERSON", "agent")],
    )
    second = _jab("001", other, day("2011-05-10", "Tuesday", resolution="relative"))
    t = merge([extraction("000", first, date="2011-05-10"), extraction("001", second, date="2011-05-10")])
    assert len(t.events) == 2 and not _corroborated(t)


def test_reports_whose_sentences_name_the_same_but_dated_apart_or_by_the_article_alone_stay_apart():
    told = "The veteran leader launched a fresh attack, calling the Treaty of Halden a fraud of the Velorian Senate"
    monday = _jab("000", told, day("2011-05-09", "Monday", resolution="relative"))
    tuesday = _jab("001", told.replace("fresh", "new"), day("2011-05-10", "Tuesday", resolution="relative"))
    t = merge([extraction("000", monday, date="2011-05-10"), extraction("001", tuesday, date="2011-05-10")])
    assert len(t.events) == 2
    # dated by its article only (no date of its own): not enough
    a = _jab("000", told, day("2011-05-10", resolution="reference"))
    b = _jab(
        "001",
        "Speaking to the Velorian Senate, the veteran leader launched an attack on Tuesday on the Treaty of Halden",
        day("2011-05-10", "Tuesday", resolution="relative"),
    )
    t = merge([extraction("000", a, date="2011-05-10"), extraction("001", b, date="2011-05-10")])
    assert len(t.events) == 2


def test_event_nouns_of_another_kind_whose_sentences_name_the_same_stay_apart():
    """ "the women's soccer tournament" and "the women's volleyball tournament" of the Tolvian Games,
    one day: two tournaments, however many names the sentences share."""
    soccer = event(
        "000",
        1,
        "tournament",
        "Ardania faced Tolvia in the women's soccer tournament at the Tolvian Games here on Thursday",
        day("2011-11-24", "Thursday", resolution="relative"),
        trigger="tournament",
        places=["Tolvian Games"],
    )
    volleyball = event(
        "001",
        1,
        "tournament",
        "Tolvia crushed Ardania in the women's volleyball tournament of the Tolvian Games on Thursday",
        day("2011-11-24", "Thursday", resolution="relative"),
        trigger="tournament",
    )
    t = merge([extraction("000", soccer, date="2011-11-24"), extraction("001", volleyball, date="2011-11-24")])
    assert len(t.events) == 2 and not _corroborated(t)


def test_one_sentence_of_two_versions_of_a_story_edited_here_and_there_is_one_happening():
    """Two versions of a wire story tell the quarter's growth in one sentence edited twice ("just", "compared
    with gains of"): one happening, though the report names no participant and its date is a quarter."""
    told = (
        "The Tolvian economy grew at an annual rate of 2.1 percent in the second quarter, compared to a rate of 3.4 "
        "percent in the first quarter of this year"
    )
    edited = (
        "The Tolvian economy grew at an annual rate of just 2.1 percent in the second quarter, compared with gains "
        "of 3.4 percent in the first quarter"
    )
    quarter = week("2011-Q2", "2011-04-01", "2011-06-30")
    first = event("000", 6, "grow", told, quarter, trigger="grew")
    second = event("001", 9, "grow", edited, quarter, trigger="grew")
    t = merge([extraction("000", first, date="2011-07-28"), extraction("001", second, date="2011-07-29")])
    assert len(t.events) == 1 and set(t.events[0].sources) == {"000", "001"}


def test_reports_whose_sentences_share_only_places_of_several_words_stay_apart():
    """ "the United States" and "New York" are two places, not four names: two accords of one day."""
    monday = day("2011-05-09", "Monday", resolution="relative")
    first = event(
        "000", 2, "sign", "Tolvian envoys signed a trade accord with the United States in New York on Monday", monday
    )
    second = event(
        "001",
        2,
        "sign",
        "An Ardanian delegation on Monday signed a trade accord in New York with the United States",
        monday,
    )
    first = replace(first, actors=(ActorRef("Tolvia", "GPE", "agent"),))
    second = replace(second, actors=(ActorRef("Ardania", "GPE", "agent"),))
    t = merge([extraction("000", first, date="2011-05-09"), extraction("001", second, date="2011-05-09")])
    assert len(t.events) == 2 and not _corroborated(t)


def _forum_meeting(doc: str, summary: str, date, trigger: str = "meeting"):
    return event(
        doc,
        2,
        "meeting",
        summary,
        date,
        trigger=trigger,
        actors=[("Northern Rim Forum", "ORG", "other")],
        places=["Ostravel"],
    )


def test_meetings_of_one_forum_held_by_different_groups_stay_apart():
    """ "the Northern Rim Forum ministerial meeting" and "the Northern Rim Forum leaders' meeting" of one
    week in one town: two occasions of one series, told apart by who holds them."""
    this_week = week("2011-W20", "2011-05-16", "2011-05-22")
    ministers = _forum_meeting("000", "the Northern Rim Forum ministerial meeting in Ostravel this week", this_week)
    leaders = _forum_meeting("001", "the Northern Rim Forum leaders' meeting in Ostravel this week", this_week)
    t = merge([extraction("000", ministers, date="2011-05-17"), extraction("001", leaders, date="2011-05-18")])
    assert len(t.events) == 2 and not _corroborated(t)


def test_meetings_of_different_groups_are_not_joined_through_a_report_of_the_whole_week():
    """ "the Northern Rim Forum meetings" of the week may be either, not both: the ministers' meeting of
    Tuesday and the leaders' meeting of that month stay two rows."""
    whole = _forum_meeting(
        "000",
        "the Northern Rim Forum meetings in Ostravel in the third week of this month",
        week("2011-W20", "2011-05-16", "2011-05-22"),
        trigger="meetings",
    )
    ministers = _forum_meeting(
        "001",
        "the Northern Rim Forum ministerial meeting opened in Ostravel on Tuesday",
        day("2011-05-17", "Tuesday", resolution="relative"),
    )
    leaders = _forum_meeting("002", "the Northern Rim Forum leaders' meeting in Ostravel in May 2011", month("2011-05"))
    t = merge(
        [
            extraction("000", whole, date="2011-05-02"),
            extraction("001", ministers, date="2011-05-17"),
            extraction("002", leaders, date="2011-08-21"),
        ]
    )
    for e in t.events:
        assert {"001", "002"} - set(e.sources), e.sources


def test_numbered_meetings_of_one_commission_stay_apart():
    """ "the 11th meeting" and "the 12th meeting" of one joint commission in one month: two meetings."""
    may = month("2011-05", "May")
    eleventh = _forum_meeting("000", "the 11th meeting of the Northern Rim Forum commission in May", may)
    twelfth = _forum_meeting("001", "the 12th meeting of the Northern Rim Forum commission in May", may)
    t = merge([extraction("000", eleventh, date="2011-06-02"), extraction("001", twelfth, date="2011-06-03")])
    assert len(t.events) == 2 and not _corroborated(t)


def test_a_meeting_named_by_who_holds_it_joins_a_report_that_names_no_group():
    """ "their annual meeting" (the leaders') and "the Northern Rim Forum leaders' meeting": one meeting."""
    saturday = day("2011-05-21", "Saturday", resolution="relative")
    annual = _forum_meeting(
        "000", "Leaders of the Northern Rim Forum began their annual meeting in Ostravel on Saturday", saturday
    )
    leaders = _forum_meeting("001", "the Northern Rim Forum leaders' meeting opened in Ostravel on Saturday", saturday)
    t = merge([extraction("000", annual, date="2011-05-21"), extraction("001", leaders, date="2011-05-21")])
    assert len(t.events) == 1 and set(t.events[0].sources) == {"000", "001"}


@pytest.mark.parametrize(
    ("lemma", "first", "second"),
    [
        (
            "meeting",
            "Ardania's president held a bilateral meeting with Tolvia's premier at the Northern Rim Forum on Saturday",
            "the Northern Rim Forum leaders' meeting opened on Saturday with Ardania's president in the chair",
        ),
        (
            "race",
            "Ardania's Mira Osk won the women's 400m race of the Tolvian Games on Saturday",
            "Ardania's Tam Osk won the men's 400m race of the Tolvian Games on Saturday",
        ),
    ],
)
def test_occasions_held_by_different_sides_or_groups_stay_apart(lemma, first, second):
    """A bilateral meeting and the forum's leaders' meeting of one day; the women's and the men's race."""
    saturday = day("2011-05-21", "Saturday", resolution="relative")
    a = event("000", 1, lemma, first, saturday, trigger=lemma, actors=[("Ardania", "GPE", "other")])
    b = event("001", 1, lemma, second, saturday, trigger=lemma, actors=[("Ardania", "GPE", "other")])
    t = merge([extraction("000", a, date="2011-05-21"), extraction("001", b, date="2011-05-22")])
    assert len(t.events) == 2 and not _corroborated(t)


def _tovan(doc: str, lemma: str, summary: str, date, trigger: str):
    return event(
        doc, 3, lemma, summary, date, trigger=trigger, actors=[("Rul Tovan", "PERSON", "patient")], places=["Ardania"]
    )


def test_a_person_leaving_two_posts_in_one_week_is_two_happenings():
    """ "Tovan resigned as prime minister at the weekend" and, days later, "the resignation of outgoing
    prime minister Rul Tovan as Civic Alliance leader": two resignations, not one told twice."""
    weekend = week("2011-W19-WE", "2011-05-14", "2011-05-15")
    premier = _tovan("000", "resign", "Rul Tovan resigned as prime minister at the weekend", weekend, "resigned")
    leader = _tovan(
        "001",
        "resignation",
        "the resignation of outgoing prime minister Rul Tovan as Alliance leader",
        UNDATED,
        "resignation",
    )
    t = merge([extraction("000", premier, date="2011-05-16"), extraction("001", leader, date="2011-05-19")])
    assert len(t.events) == 2 and not _corroborated(t)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Rul Tovan resigned as head of the Civic Alliance on Monday", "Rul Tovan's resignation as Alliance leader"),
        ("Rul Tovan resigned as premier on Monday", "Rul Tovan's resignation as the country's prime minister"),
        (
            "Rul Tovan resigned on Monday as soon as the vote was over",
            "Rul Tovan's resignation as soon as the vote was over",
        ),
    ],
)
def test_reports_of_one_post_or_naming_none_are_one_resignation(first, second):
    """One post written two ways ("head of the Civic Alliance", "Alliance leader"; "premier", "prime
    minister"), or a report naming no post: one resignation."""
    monday = day("2011-05-16", "Monday", resolution="relative")
    a = _tovan("000", "resign", first, monday, "resigned")
    b = _tovan("001", "resignation", second, UNDATED, "resignation")
    t = merge([extraction("000", a, date="2011-05-16"), extraction("001", b, date="2011-05-17")])
    assert len(t.events) == 1 and set(t.events[0].sources) == {"000", "001"}


def test_a_post_and_its_deputy_post_are_two_elections():
    """ "elected as deputy speaker" and "elected as speaker" of the assembly: two posts, two votes."""
    tuesday = day("2011-05-17", "Tuesday", resolution="relative")
    deputy = _tovan(
        "000", "elect", "Rul Tovan was elected as deputy speaker of the assembly on Tuesday", tuesday, "elected"
    )
    speaker = _tovan("001", "elect", "Rul Tovan was elected as speaker of the assembly", UNDATED, "elected")
    t = merge([extraction("000", deputy, date="2011-05-17"), extraction("001", speaker, date="2011-05-20")])
    assert len(t.events) == 2 and not _corroborated(t)


def test_two_posts_are_not_joined_through_a_report_naming_neither():
    """Two resignations of one day, one as prime minister and one as party leader, and a third report
    of "Tovan's resignation on Monday" that may be either: the two stay apart."""
    monday = day("2011-05-16", "Monday", resolution="relative")
    premier = _tovan("000", "resign", "Rul Tovan resigned as prime minister on Monday", monday, "resigned")
    leader = _tovan("001", "resign", "Rul Tovan resigned as leader of the Civic Alliance on Monday", monday, "resigned")
    either = _tovan("002", "resignation", "Rul Tovan's resignation on Monday shook the capital", monday, "resignation")
    t = merge(
        [
            extraction("000", premier, date="2011-05-16"),
            extraction("001", leader, date="2011-05-16"),
            extraction("002", either, date="2011-05-16"),
        ]
    )
    for e in t.events:
        assert {"000", "001"} - set(e.sources), e.sources


def _speech(doc: str, summary: str):
    return event(doc, 0, "speech", summary, UNDATED, trigger="speech", actors=[("Mara Velt", "PERSON", "agent")])


def test_one_persons_speeches_in_two_countries_are_two_happenings():
    """ "Mara Velt delivers speech in Peru" and, in the next day's digest, "... in Chile": two speeches."""
    peru = _speech("000", "Mara Velt delivers speech in Peru")
    chile = _speech("001", "Mara Velt delivers speech in Chile")
    t = merge([extraction("000", peru, date="2011-05-16"), extraction("001", chile, date="2011-05-17")])
    assert len(t.events) == 2 and not _corroborated(t)


@pytest.mark.parametrize(
    "second",
    ["Mara Velt delivers speech in the United States", "Mara Velt delivers speech in Boston, in the US"],
)
def test_one_country_written_two_ways_is_one_place(second):
    first = _speech("000", "Mara Velt delivers speech in the US")
    other = _speech("001", second)
    t = merge([extraction("000", first, date="2011-05-16"), extraction("001", other, date="2011-05-16")])
    assert len(t.events) == 1 and set(t.events[0].sources) == {"000", "001"}


def _greens(doc: str, summary: str, date, *others):
    actors = [("Greens", "NORP", "agent"), *others]
    return event(doc, 2, "elect", summary, date, trigger="elected", actors=actors)


def test_a_party_group_alone_shared_by_two_elections_of_other_bodies_is_two_happenings():
    """ "Greens elected their Senate leadership on Wednesday" and "House Greens elected Ana Pol as
    minority leader on Wednesday": one party's members in two chambers, two votes."""
    wednesday = day("2011-05-18", "Wednesday", resolution="relative")
    senate = _greens(
        "000", "Greens elected their Senate leadership on Wednesday", wednesday, ("Senate", "ORG", "patient")
    )
    house = _greens(
        "001",
        "House Greens elected Ana Pol as minority leader on Wednesday",
        wednesday,
        ("Ana Pol", "PERSON", "patient"),
        ("House", "ORG", "other"),
    )
    t = merge([extraction("000", senate, date="2011-05-18"), extraction("001", house, date="2011-05-19")])
    assert len(t.events) == 2 and not _corroborated(t)


def test_a_party_group_shared_with_one_report_naming_no_one_else_is_one_election():
    wednesday = day("2011-05-18", "Wednesday", resolution="relative")
    plain = _greens("000", "House Greens elected their new leader on Wednesday", wednesday)
    named = _greens(
        "001",
        "House Greens elected Ana Pol as their new leader on Wednesday",
        wednesday,
        ("Ana Pol", "PERSON", "patient"),
    )
    t = merge([extraction("000", plain, date="2011-05-18"), extraction("001", named, date="2011-05-18")])
    assert len(t.events) == 1 and set(t.events[0].sources) == {"000", "001"}
