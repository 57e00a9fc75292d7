"""Narrative dating: the story's time as an article is read (timeline.extract.dating.StoryTime)."""

from __future__ import annotations

import pytest

from timeline.extract import extract
from timeline.model import DocDate, Document, TimeExpr

pytestmark = pytest.mark.slow


def when(text: str, phrase: str, value: str, earliest: str, latest: str, precision: str) -> TimeExpr:
    start = text.index(phrase)
    return TimeExpr(
        start=start, end=start + len(phrase), text=phrase, type="DATE", value=value, edtf=value,
        earliest=earliest, latest=latest, precision=precision, resolution="relative",
    )  # fmt: skip


def day(text: str, phrase: str, iso: str) -> TimeExpr:
    return when(text, phrase, iso, iso, iso, "day")


def year(text: str, phrase: str, y: str) -> TimeExpr:
    return when(text, phrase, y, f"{y}-01-01", f"{y}-12-31", "year")


def dates(nlp, text: str, timexes, ref: str, *, infer_dates: bool = True) -> dict[str, tuple]:
    document = Document(id="d1", text=text, date=DocDate(ref, "metadata", 1.0))
    events = extract(nlp(text), document, timexes, infer_dates=infer_dates, all_events=True).events
    return {e.predicate.text: (e.date.earliest, e.date.latest, e.date.resolution) for e in events}


def test_story_time_a_past_year_is_the_era_of_what_follows_until_a_statement_of_now(nlp):
    text = (
        "The prime minister said on Sunday that the house would become a national monument.\n"
        "In the 1916 Rising, the rebels seized the post office.\n"
        "They retreated to the house.\n"
        "Workers cleared the site, the minister added."
    )
    got = dates(nlp, text, [day(text, "Sunday", "2006-12-10"), year(text, "1916", "1916")], "2006-12-10")
    assert got["retreated"] == ("1916-01-01", "1916-12-31", "inferred")  # not the Sunday of the news
    assert got["cleared"] == ("2006-12-10", "2006-12-10", "inferred")  # "the minister added": back to now


def test_story_time_a_present_perfect_is_not_in_a_past_era(nlp):
    text = (
        "Gunmen shot dead two villagers on Wednesday, police said.\n"
        "The area, an independent sultanate, was annexed in 1902.\n"
        "The violence has killed more than 1,700 people."
    )
    got = dates(nlp, text, [day(text, "Wednesday", "2006-12-27"), year(text, "1902", "1902")], "2006-12-27")
    assert got["killed"] == (None, None, "unresolved")  # up to now: neither 1902 nor a day


def test_story_time_a_month_that_holds_the_story_day_does_not_move_it(nlp):
    text = "Police arrested two men on Monday.\nThis month, the police searched 40 houses.\nThe men confessed."
    got = dates(
        nlp,
        text,
        [day(text, "Monday", "2006-12-11"), when(text, "This month", "2006-12", "2006-12-01", "2006-12-31", "month")],
        "2006-12-13",
    )
    assert got["confessed"] == ("2006-12-11", "2006-12-11", "inferred")


def test_story_time_a_relative_clause_tells_background(nlp):
    text = (
        "On Thursday the council approved a law that protects the river, which flooded the town on Monday.\n"
        "The mayor signed the law."
    )
    got = dates(nlp, text, [day(text, "Thursday", "2005-11-03"), day(text, "Monday", "2005-10-31")], "2005-11-04")
    assert got["signed"] == ("2005-11-03", "2005-11-03", "inferred")  # Thursday's story, not Monday's flood


def test_story_time_the_past_perfect_tells_background(nlp):
    text = (
        "The newspaper said on Wednesday that the envoy had been recalled in late March.\nThe envoy resigned his post."
    )
    march = when(text, "late March", "1997-03", "1997-03-01", "1997-03-31", "month")
    got = dates(nlp, text, [day(text, "Wednesday", "1997-04-02"), march], "1997-04-03")
    assert got["resigned"] == ("1997-04-02", "1997-04-02", "inferred")


def test_story_time_an_infinitive_after_a_noun_dates_its_clause(nlp):
    text = "The minister spoke on Monday.\nThe government launched a plan to rebuild the port in 2003."
    got = dates(nlp, text, [day(text, "Monday", "2006-11-20"), year(text, "2003", "2003")], "2006-11-20")
    assert got["launched"] == ("2003-01-01", "2003-12-31", "inferred")


def test_story_time_a_range_of_years_dates_the_whole_sentence(nlp):
    text = (
        "The program began on Monday.\n"
        "More than 1,200 officials took part in courses and were sent abroad from 2002 to 2004."
    )
    timexes = [day(text, "Monday", "2006-11-20"), year(text, "2002", "2002"), year(text, "2004", "2004")]
    got = dates(nlp, text, timexes, "2006-11-20")
    assert got["sent"] == ("2002-01-01", "2004-12-31", "relative")
    assert got["took"] == ("2002-01-01", "2004-12-31", "relative")  # the date written at the end of its conjunct


def test_story_time_a_reaction_is_dated_as_a_statement(nlp):
    text = "Bombs struck three hotels on Wednesday night.\nThe prime minister condemned the attacks."
    got = dates(nlp, text, [day(text, "Wednesday night", "2005-11-09")], "2005-11-10")
    assert got["struck"][:2] == ("2005-11-09", "2005-11-09")
    assert got["condemned"] == ("2005-11-10", "2005-11-10", "inferred")  # the article's day, not the attack's


def test_story_time_a_lead_that_names_another_day_is_that_days_story(nlp):
    text = "Jordan beat Macao 13-0 and Iraq drew with Syria here on Friday in the Asian Games."
    timexes = [day(text, "Friday", "2006-11-24")]
    got = dates(nlp, text, timexes, "2006-11-25")
    assert got["drew"][:2] == ("2006-11-24", "2006-11-24")
    assert got["beat"] == ("2006-11-24", "2006-11-24", "inferred")
    assert got["beat"] != ("2006-11-25", "2006-11-25", "reference")
    explicit = dates(nlp, text, timexes, "2006-11-25", infer_dates=False)
    assert explicit["beat"] == (None, None, "unresolved")  # not the article's day


def test_story_time_a_year_to_start_from_is_no_era(nlp):
    # "from 1999" with no end is a starting point: what follows stays in the article's time
    text = "Kowalski equalled the record held by Brandt from 1999.\nKowalski won every race."
    got = dates(nlp, text, [year(text, "1999", "1999")], "2005-11-28")
    assert got["won"][0] == "2005-11-28"


def test_story_time_a_day_after_the_article_is_a_plan_not_the_story_day(nlp):
    text = (
        "Police sealed off six stations on Monday.\n"
        "Streets emptied.\n"
        "Office workers waited behind barriers.\n"
        'Anne Sparrow said: "I guess it will get worse before the (May 1) election."\n'
        "Gatwick duty manager Mike Cook said many passengers were trapped on the tarmac."
    )
    got = dates(nlp, text, [day(text, "Monday", "1997-04-21"), day(text, "May 1", "1997-05-01")], "1997-04-21")
    assert got["trapped"] == ("1997-04-21", "1997-04-21", "inferred")  # Monday's story, not May 1


def test_story_time_the_day_a_change_is_measured_from_is_not_its_day():
    from tests.extract.parsed import extracted

    text = (
        "Bond prices weakened on Monday.\n"
        "The yield on the 10-year bond rose to 4.44 percent from 4.42 percent Friday.\n"
        "The Dow closed at 12,283, against 12,194 on Friday."
    )
    got = {e.predicate.text: e.date.earliest for e in extracted(text, "2006-12-04")}
    assert got["rose"] == "2006-12-04" and got["closed"] == "2006-12-04"  # Monday's moves, not Friday's


def test_story_time_an_announcement_made_is_a_statement_of_now():
    from tests.extract.parsed import extracted

    text = (
        "The prime minister spoke on Sunday.\n"
        "In the 1916 Rising, rebels seized the post office.\n"
        "They retreated to the house.\n"
        "Ahern made the announcement at a ceremony.\n"
        "Workers cleared the site."
    )
    got = {e.predicate.text: (e.date.earliest, e.date.resolution) for e in extracted(text, "2006-12-10")}
    assert got["retreated"][0] == "1916-01-01"
    assert got["announcement"] == ("2006-12-10", "reference")  # not 1916: made by the time of writing
    assert got["cleared"][0] == "2006-12-10"  # the story is back to now


def test_an_event_noun_dated_after_the_article_is_a_plan_with_that_date(nlp):
    text = "Farmers in the valley are preparing for next month's referendum on water rights."
    got = dates(nlp, text, [when(text, "next month", "2007-01", "2007-01-01", "2007-01-31", "month")], "2006-12-05")
    assert got["referendum"] == ("2007-01-01", "2007-01-31", "relative")  # was undated as a past that cannot be


def test_what_is_done_ahead_of_a_day_is_not_dated_to_it(nlp):
    text = "Both parties campaigned hard ahead of Sunday's vote on the new constitution."
    got = dates(nlp, text, [day(text, "Sunday", "2006-12-10")], "2006-12-05")
    assert got["vote"] == ("2006-12-10", "2006-12-10", "relative")  # the vote still ahead keeps its day
    assert got["campaigned"][0] != "2006-12-10"  # the campaign came before it


def test_a_time_of_day_with_no_day_is_on_the_story_day_across_a_paragraph(nlp):
    text = (
        "Bandits raided a mining camp on Saturday, the army said.\n\n"
        "\u201cWe lost everything we had,\u201d one miner said.\n\n"
        "The bandits arrived at 4:30 a.m. in three trucks."
    )
    clock = when(text, "4:30 a.m.", "2006-12-05T04:30", "2006-12-05", "2006-12-05", "day")
    got = dates(nlp, text, [day(text, "Saturday", "2006-12-02"), clock], "2006-12-05")
    assert got["arrived"] == ("2006-12-02", "2006-12-02", "inferred")  # Saturday's, not the article's day


def test_a_day_after_the_article_on_an_agreement_is_not_taken_for_a_plan(nlp):
    # a day read after the article's on what was made once and holds is a past day misread, not a plan
    text = "Monitors set up under the May 3 border accord have met nine times."
    got = dates(nlp, text, [day(text, "May 3", "2007-05-03")], "2006-12-05")
    assert all(v[0] != "2007-05-03" for v in got.values())


def test_story_time_what_tests_show_is_found_by_the_time_of_writing():
    from tests.extract.parsed import extracted

    text = "The patient was admitted on Monday.\nLab tests show that the patient is recovering, a doctor said."
    got = {e.predicate.text: (e.date.earliest, e.date.resolution) for e in extracted(text, "2005-11-09")}
    assert got["tests"] == ("2005-11-09", "reference")  # the article's day, not undated


def _seen(text: str, ref: str = "2006-11-27") -> dict[str, tuple]:
    from tests.extract.parsed import extracted

    return {e.predicate.text: (e.date.earliest, e.date.latest) for e in extracted(text, ref, all_events=True)}


def test_a_participle_on_a_noun_read_as_a_conjunct_keeps_its_time_to_itself():
    # the parser joins "built" to "toured": the temple's age is neither the tour's date nor the story's era
    got = _seen(
        "The president visited the old capital on Sunday.\n"
        "In the city, he toured a museum and the temple of the Ming Dynasty built more than 500 years ago.\n"
    )
    assert got["toured"] == ("2006-11-26", "2006-11-26")
    assert got["built"] == ("0001-01-01", "1506-12-31")  # before 1506 ("more than": test_extract_dates_before_a_point)


def test_what_is_done_at_an_age_does_not_take_the_era_told_before():
    got = _seen("The striker joined the club in 1971.\nHe retired at the age of 29.\n")
    assert got["joined"] == ("1971-01-01", "1971-12-31")
    assert got["retired"] == (None, None)


def test_what_is_done_at_a_named_occasion_does_not_take_the_era_told_before():
    text = (
        "The country first competed in the Rome Games in 1960.\nIn the Seoul Games, it sent a boxer for the first time."
    )
    got = _seen(text)
    assert got["competed"] == ("1960-01-01", "1960-12-31")
    assert got["sent"] == (None, None)
    # the occasion the era was told with is in the era
    got = _seen(text.replace("In the Seoul Games", "In the Rome Games"))
    assert got["sent"] == ("1960-01-01", "1960-12-31")


def test_a_verb_joined_to_a_present_perfect_does_not_take_the_era_told_before():
    got = _seen("Fake remedies flooded the market in 2004.\nThey have fooled buyers and harmed their health.\n")
    assert got["flooded"] == ("2004-01-01", "2004-12-31")
    assert got["fooled"] == (None, None)
    assert got["harmed"] == (None, None)  # up to now, as "have fooled"


def test_an_answer_to_a_question_is_told_by_the_time_of_writing_not_in_the_era():
    got = _seen(
        "Police opened an inquiry into the minister in August 2004.\n"
        "Asked about reports of a coming trial, the minister dismissed them as rumours.\n"
    )
    assert got["opened"] == ("2004-08-01", "2004-08-31")
    assert got["dismissed"] == ("2006-11-27", "2006-11-27")


def test_a_quotation_that_opens_in_the_present_is_not_in_the_era_told_before():
    text = (
        "The old champion is a television pundit at the Masters Cup this week.\n\n"
        "The year of 1999 was his last season when he retired after a run of defeats.\n\n"
        '"Federer is clearly the best player here. He kept his nerve while his rival lost his rhythm. '
        'And he broke serve twice in the last set!" the pundit said.\n'
    )
    got = _seen(text)
    assert got["retired"] == ("1999-01-01", "1999-12-31")
    assert got["kept"] == (None, None)  # spoken this week of a match, not in 1999
    assert got["broke"] == (None, None)


def test_a_year_named_in_passing_in_the_sentence_that_told_the_era_does_not_move_the_story():
    text = (
        "Encouraged by the success of the third Nanjing Book Fair, held earlier this month, officials from "
        "Hebei and Tianjin have promised to hold fairs of their own.\n\n"
        "Altogether 200,000 readers visited the fair from Nov. 3-5, ten times the number for the first such "
        "event in 2001.\n\n"
        "An official with the Ministry of Culture heralded the fair as an opportunity for the public to meet writers.\n"
    )
    got = _seen(text, "2006-11-14")
    assert got["visited"] == ("2006-11-03", "2006-11-05")
    assert got["heralded"] == ("2006-11-03", "2006-11-05")  # the fair's days, not 2001


def market_days(text: str) -> dict[str, str | None]:
    """Each row's trigger and day, for an article of Wednesday, 15 November 2006."""
    import datetime as dt

    from timeline import api

    timeline = api.extract([text], ref_date=dt.date(2006, 11, 15))
    return {e.mentions[0].trigger: e.date.earliest for e in timeline.events}


def test_another_markets_move_overnight_leaves_the_report_on_its_day():
    text = (
        "Seoul share prices closed 0.8 percent higher on Wednesday, traders said. "
        "US stocks rallied overnight on upbeat retail figures, lifting exporters across Asia. "
        "Hyundai Motor gained 900 won to 81,500 won."
    )
    found = market_days(text)
    assert found["rallied"] == "2006-11-14"
    assert found["gained"] == "2006-11-15"


def test_wall_street_overnight_leaves_the_report_on_its_day_too():
    text = (
        "Sydney shares ended flat on Wednesday. "
        "Wall Street slipped overnight after a weak housing report. "
        "BHP Billiton dropped 12 cents to 25.40 dollars."
    )
    assert market_days(text)["dropped"] == "2006-11-15"


def test_a_happening_overnight_still_moves_the_story_to_that_night():
    text = (
        "Heavy rain hit the northern provinces on Wednesday. "
        "Floods swept away two bridges overnight near the border. "
        "Rescuers pulled four villagers from the water."
    )
    assert market_days(text)["pulled"] == "2006-11-14"


def test_story_time_a_year_in_a_with_phrase_after_the_sentence_s_own_is_the_phrase_s(nlp):
    # the parser hangs "with" on "Cup" (read as the root): the main clause's undated "won" and the
    # next sentence stay in 1950, the phrase keeps its 1954
    text = (
        "Sweden hosted - and won - the first Nordic Cup in 1950, with the event moving to Oslo four years later.\n"
        "The Swedish coach also resigned."
    )
    got = dates(nlp, text, [year(text, "1950", "1950"), year(text, "four years later", "1954")], "2006-11-15")
    assert got["won"] == ("1950-01-01", "1950-12-31", "inferred")
    assert got["moving"][:2] == ("1954-01-01", "1954-12-31")
    assert got["resigned"] == ("1950-01-01", "1950-12-31", "inferred")


def test_story_time_a_year_in_a_bare_absolute_phrase_is_the_phrase_s_and_a_joined_clause_moves_on(nlp):
    # ("also": one more of the same keeps the era of the step told before it)
    text = "The rebels took the port in 1998, the army retaking it two years later.\nThe rebels also fled."
    got = dates(nlp, text, [year(text, "1998", "1998"), year(text, "two years later", "2000")], "2006-11-15")
    assert got["retaking"][:2] == ("2000-01-01", "2000-12-31")
    assert got["fled"] == ("1998-01-01", "1998-12-31", "inferred")
    text = "The rebels took the port in 1998, and the army retook it two years later.\nThe rebels also fled."
    got = dates(nlp, text, [year(text, "1998", "1998"), year(text, "two years later", "2000")], "2006-11-15")
    assert got["fled"] == ("2000-01-01", "2000-12-31", "inferred")


def test_story_time_a_with_phrase_that_tells_the_sentence_s_first_year_moves_the_story(nlp):
    text = "The old stadium closed, with the new one opening in 1954.\nThe club also moved in."
    got = dates(nlp, text, [year(text, "1954", "1954")], "2006-11-15")
    assert got["opening"][:2] == ("1954-01-01", "1954-12-31")
    assert got["moved"] == ("1954-01-01", "1954-12-31", "inferred")


def test_in_absolute_phrase(nlp):
    from timeline.extract.dating import _in_absolute_phrase

    doc = nlp("The rebels took the port in 1998, with the army retaking it two years later.")
    by = {t.text: t for t in doc}
    assert _in_absolute_phrase(by["retaking"]) and _in_absolute_phrase(by["army"])
    assert not _in_absolute_phrase(by["took"])
    doc = nlp("The rebels took the port in 1998, the army retaking it two years later.")
    assert _in_absolute_phrase(next(t for t in doc if t.text == "retaking"))
    doc = nlp("The minister met with the rebels who seized the port.")
    assert not _in_absolute_phrase(next(t for t in doc if t.text == "seized"))


def test_a_later_step_of_a_life_is_not_dated_by_the_year_of_the_step_before():
    got = _seen(
        "The museum opened a new wing on Sunday.\n\n"
        "In May 1960, the painter and his wife went back to Lagos. He founded an art school there.\n\n"
        "He later taught in Accra.\n"
    )
    assert got["went"] == ("1960-05-01", "1960-05-31")
    assert got["founded"] == (None, None)  # after May 1960, at no time the article gives
    assert got["taught"] == (None, None)


def test_a_happening_told_within_a_stretch_named_by_a_thing_keeps_its_year():
    got = _seen(
        "The city council voted on Monday to restore the old mill.\n\n"
        "In the 1921 strike, the workers occupied the mill. Soldiers surrounded the building.\n"
    )
    assert got["surrounded"] == ("1921-01-01", "1921-12-31")  # inside the strike, as it is told


def test_one_more_of_the_same_keeps_the_era_of_the_step_before():
    got = _seen(
        "The mine reopened on Monday.\n\n"
        "The county board accepted the resignation of the mine's manager in June.\n\n"
        "His deputy was also dismissed, and the owner was fined.\n"
    )
    assert got["dismissed"] == ("2006-06-01", "2006-06-30")
    assert got["fined"] == ("2006-06-01", "2006-06-30")  # joined to the clause that says "also"


def test_a_change_of_a_quantity_stays_in_the_month_it_is_measured_for():
    got = _seen(
        "Mine safety inspectors met in the capital on Monday.\n\n"
        "In October, the number of accidents jumped by 12 percent. Deaths rose by 30 percent.\n"
    )
    assert got["rose"] == ("2006-10-01", "2006-10-31")


def test_a_time_up_to_now_in_a_main_clause_ends_the_past_era_told_before():
    got = _seen(
        "Police arrested two officials on Monday.\n\n"
        "The fraud was first exposed in 2003. This year, auditors checked 300 accounts.\n\n"
        "The two officials confessed.\n"
    )
    assert got["confessed"] == ("2006-11-27", "2006-11-27")  # the story's day, not 2003


def test_figures_and_instances_stay_in_the_month_of_the_count_told_before():
    got = _seen(
        "The ministry published new rules on Sunday.\n\n"
        "In July, nine officials were dismissed for selling posts. A county head was expelled from the party.\n\n"
        "Shoppers bought tickets for the fair in May. The agency sold 30,000 of them.\n"
    )
    assert got["expelled"] == ("2006-07-01", "2006-07-31")  # an instance of the nine
    assert got["sold"] == ("2006-05-01", "2006-05-31")  # a figure for May


def test_what_happens_in_a_scene_told_in_the_past_progressive_keeps_its_month():
    got = _seen(
        "Doctors rebuilt a farmer's hand on Thursday.\n\n"
        "The farmer was clearing a ditch last June when a shell exploded. His fingers were torn off.\n"
    )
    assert got["torn off"] == ("2006-06-01", "2006-06-30")


def test_a_number_that_says_which_ones_counts_nothing():
    got = _seen(
        "The foreign minister spoke on Thursday.\n\n"
        "The two countries appointed envoys in 2003. The envoys drafted a plan.\n"
    )
    assert got["drafted"] == (None, None)


def test_what_was_done_to_the_one_told_of_stays_in_the_era_of_the_step():
    got = _seen(
        "The retired judge died on Monday.\n\n"
        "A court convicted the colonel of fraud in March 2001. He was jailed, and his farm was seized.\n"
    )
    assert got["jailed"] == ("2001-03-01", "2001-03-31")  # the outcome of the conviction
    assert got["seized"] == ("2001-03-01", "2001-03-31")
