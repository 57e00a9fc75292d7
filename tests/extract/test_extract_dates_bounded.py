"""Dates a happening takes from another one's (issue 16, item 3): what follows a dated happening is
on or after its day, what a plan is due by runs up to that time, and what a relative clause tells
of a thing is not the story's day. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.parsed import STORY_OPENING, extracted, spans_seen

pytestmark = pytest.mark.slow

TUESDAY = "2006-11-28"

OPENING = STORY_OPENING


def seen(text: str, ref: str = TUESDAY) -> dict[str, tuple]:
    return spans_seen(text, ref)


def test_what_followed_a_dated_happening_is_on_or_after_its_day_not_undated():
    got = seen(
        OPENING + "Tension between the two parties deepened after Hamas defeated Fatah in the elections in January."
    )
    assert got["deepened"] == ("2006-01-01", TUESDAY)
    assert got["defeated"] == ("2006-01-01", "2006-01-31")


def test_what_followed_a_happening_dated_to_a_day_is_of_that_day():
    # the sequel of a happening the text dates to a day, with no time of its own, is of that day
    got = seen(OPENING + "The coalition lost its majority after the Greens quit the cabinet on November 20.")
    assert got["lost"] == ("2006-11-20", "2006-11-20")
    got = seen(OPENING + "The skier broke her wrist after falling on the icy slope Sunday.")
    assert got["broke"] == ("2006-11-26", "2006-11-26")


def test_what_followed_a_day_told_inside_the_other_happenings_words_is_on_or_after_it():
    # "Sunday" is the day of the killing, not of the funeral the march came after
    text = OPENING + "Hundreds marched through the town after the funeral of a farmer killed in Sunday's raid."
    assert seen(text)["marched"] == ("2006-11-26", TUESDAY)


def test_what_followed_a_clause_on_a_dated_noun_is_not_the_nouns_day():
    # "Sunday's match" is a landmark the return may lie days past, as "after Saturday's defeat" is
    text = OPENING + "The striker returned to the side after missing Sunday's match with a knee injury."
    assert seen(text)["returned"] == ("2006-11-26", TUESDAY)


def test_what_goes_on_since_after_a_dated_day_is_not_that_day():
    text = OPENING + "Divers have been searching for the crew since shortly after the boat sank on November 2."
    assert seen(text)["searching"] != ("2006-11-02", "2006-11-02")


def test_what_followed_soon_after_a_dated_happening_is_within_a_month_of_it():
    # "soon after", "shortly after": close after the other's time, not any day up to the article's
    got = seen(OPENING + "Two students were arrested soon after the violent protests in Lagos on July 27.")
    assert got["arrested"] == ("2006-07-27", "2006-08-26")
    got = seen(OPENING + "The minister resigned shortly after the scandal broke in March.")
    assert got["resigned"] == ("2006-03-01", "2006-04-30")


def test_what_followed_hours_or_minutes_after_a_dated_happening_is_on_its_day():
    # not the story's day: minutes after a day are that day, hours after it that day or the next
    got = seen(OPENING + "The rebels attacked the town hours after the ceasefire took effect on November 20.")
    assert got["attacked"] == ("2006-11-20", "2006-11-21")
    got = seen(OPENING + "The rebels attacked the town 40 minutes after the ceasefire took effect on November 20.")
    assert got["attacked"] == ("2006-11-20", "2006-11-20")


def test_explicit_dates_only_leaves_what_followed_a_dated_happening_undated():
    # --explicit-dates-only: a date the text gives the clause itself, never one worked out from another's
    text = OPENING + "Tension between the two parties deepened after Hamas defeated Fatah in the elections in January."
    got = {e.predicate.text: e.date for e in extracted(text, TUESDAY, infer_dates=False)}
    assert got["deepened"].earliest is None and got["deepened"].resolution == "unresolved"
    assert (got["defeated"].earliest, got["defeated"].latest) == ("2006-01-01", "2006-01-31")


def test_a_length_counted_from_a_dated_day_gives_the_day():
    got = seen(OPENING + "The talks resumed three days after the strike on November 2.")
    assert got["talks"] == ("2006-11-05", "2006-11-05")


def test_a_length_counted_from_a_dated_year_gives_the_year_after():
    got = seen(OPENING + "The minister resigned a year after he was elected in 2004.")
    assert got["resigned"] == ("2005-01-01", "2005-12-31")


def test_years_counted_from_a_dated_day_give_the_year_not_the_anniversary_day():
    # "40 years after ... on March 3, 1966" is told of 2006, not of its March 3
    got = seen(OPENING + "The survivors met the mayor 40 years after the dam burst on March 3, 1966.")
    assert got["met"] == ("2006-01-01", TUESDAY)


def test_what_a_length_is_counted_from_is_not_the_story_day():
    text = OPENING + "The vote, 16 years after a rebellion helped force him from office, was his fifth campaign."
    assert seen(text)["force"] == (None, None)


def test_a_plan_due_before_the_end_of_the_year_runs_from_the_article_day_to_then():
    text = OPENING + "Officials from the west will go to Britain before the end of the year."
    assert seen(text)["go"] == (TUESDAY, "2006-12-31")


def test_a_plan_due_by_a_day_or_a_year_runs_up_to_it_not_on_it():
    text = OPENING + "The army will withdraw its troops by Friday.\nThe city will build ten new schools by 2010."
    got = seen(text)
    assert got["withdraw"] == (TUESDAY, "2006-12-01")
    assert got["build"] == (TUESDAY, "2010-12-31")


def test_a_past_time_reached_by_keeps_its_date():
    assert seen(OPENING + "The bank had repaid the loan by October.")["repaid"] == ("2006-10-01", "2006-10-31")


def test_a_relative_clause_on_a_place_in_the_lead_is_not_the_article_day():
    text = (
        "A house in Cork where rebels surrendered to the army is to become a museum, the minister said on Sunday.\n"
        "The minister said the house was of national importance."
    )
    assert seen(text, "2006-12-10")["surrendered"] == (None, None)


def test_a_clause_inside_a_relative_clause_on_a_thing_is_not_the_story_day():
    text = OPENING + (
        "The bridge was named after the fort which played a key role in the war when settlers made their last stand."
    )
    assert seen(text)["stand"] == (None, None)


def test_a_relative_clause_on_a_happening_in_the_lead_keeps_the_article_day():
    text = "Dozens were hurt in clashes which began soon after the summit opened in the city.\nPolice made arrests."
    assert seen(text, TUESDAY)["summit"] == (TUESDAY, TUESDAY)


def test_a_relative_clause_on_the_place_a_past_clause_of_the_lead_acts_on_keeps_the_article_day():
    text = (
        "Troops stormed the refugee camp where militants threw a bomb at a jeep, witnesses said.\nPolice made arrests."
    )
    assert seen(text, TUESDAY)["threw"] == (TUESDAY, TUESDAY)


def test_a_time_the_clause_is_compared_with_is_not_its_date_nor_the_story_era():
    text = OPENING + (
        "The poll put the party on 52 percent, a drop of two points, but still the same margin as last week.\n"
        "Support for the Greens rose three points."
    )
    got = seen(text)
    assert got["poll"] == ("2006-11-27", "2006-11-27")  # the story's Monday, not last week
    assert got["rose"] == ("2006-11-27", "2006-11-27")


def test_a_stretch_gone_on_for_a_counted_time_runs_from_then_to_the_article_day():
    got = seen(OPENING + "The opposition leader has been kept under arrest for a third day.\n")
    assert got["kept"] == ("2006-11-26", TUESDAY)
    assert seen(OPENING + "Rebels have occupied the airport for two weeks.")["occupied"] == ("2006-11-14", TUESDAY)


def test_a_trend_gone_on_for_years_takes_neither_the_saying_day_nor_the_story_day():
    text = OPENING + (
        "The turnover of the steel industry has been growing at an annual rate of 20 percent for years, "
        "said the minister here on Monday."
    )
    assert seen(text)["growing"] == (None, None)


def test_a_past_state_that_lasted_until_an_earlier_year_is_not_the_story_day():
    # a state up to a time before the article's: from a time the text does not give, so no date
    text = OPENING + (
        "The old guard ruled the valley until 1997.\nThe rebels occupied the port until his death in 2001."
    )
    got = seen(text)
    assert got["ruled"] == (None, None)
    assert got["occupied"] == (None, None)


def test_a_past_state_until_an_earlier_year_in_the_lead_is_not_the_article_day():
    text = "The old guard ruled the valley until 1997, the new mayor said on Tuesday.\nHe spoke in the square."
    assert seen(text)["ruled"] == (None, None)


def test_what_was_put_off_until_an_earlier_day_keeps_the_story_day():
    text = OPENING + "The judge adjourned the hearing until Sunday."
    assert seen(text)["adjourned"] == ("2006-11-27", "2006-11-27")


def test_a_stretch_of_months_from_one_to_another_dates_the_clause_over_both():
    text = (
        "The port exported 500 tons of rice from February to June this year.\n"
        "From Nov. 2003 to March 2005, the firm sold 2 million bikes."
    )
    got = {e.predicate.text: (e.date.earliest, e.date.latest) for e in extracted(text, "2006-11-27")}
    assert got["exported"] == ("2006-02-01", "2006-06-30")
    assert got["sold"] == ("2003-11-01", "2005-03-31")


def test_a_happening_going_on_since_a_time_runs_from_then_to_the_article_day():
    # "has been under way since March": the happening's row runs from March to the article's day,
    # not the story's day nor another happening's
    got = seen(OPENING + "The retrial of the four officers has been under way in the capital since March.")
    assert got["retrial"] == ("2006-03-01", TUESDAY)


def test_what_a_since_counts_from_told_by_a_gerund_is_past():
    # "Since taking office in January": the taking is done, January is the last one, not the next;
    # the count runs from it to the article's day
    got = seen(OPENING + "Since taking office in January, the governor has sacked 12 officials.")
    assert got["taking"] == ("2006-01-01", "2006-01-31")
    assert got["sacked"] == ("2006-01-01", TUESDAY)


@pytest.mark.parametrize(
    ("sentence", "noun", "span"),
    [
        # a day that owns the happening a bound names dates that happening, which is a row
        ("The coach was sacked after Saturday's 3-1 home defeat by Leeds.", "defeat", ("2006-11-25", "2006-11-25")),
        (
            "Checkpoints were doubled after last week's bomb attack on a police station.",
            "attack",
            ("2006-11-20", "2006-11-26"),
        ),
        ("The club has won every game since last month's defeat at Chelsea.", "defeat", ("2006-10-01", "2006-10-31")),
        (
            "Talks will dominate the forum prior to next month's trade summit in Geneva.",
            "summit",
            ("2006-12-01", "2006-12-31"),
        ),
    ],
)
def test_a_day_owning_the_happening_a_bound_names_dates_it(sentence, noun, span):
    assert seen(OPENING + sentence).get(noun) == span


def test_a_day_owning_the_happening_a_bound_names_is_not_the_clause_day():
    got = seen(OPENING + "The coach was sacked after Saturday's 3-1 home defeat by Leeds.")
    assert got["sacked"] != ("2006-11-25", "2006-11-25")
    # a span before the happening is no bound it owns: the clause is not of Sunday's
    got = seen(OPENING + "The parties are touring the villages in the run-up to Sunday's local elections.")
    assert got["touring"] != ("2006-12-03", "2006-12-03")


def test_a_relative_clause_in_the_simple_past_in_the_lead_is_not_the_article_day():
    # background to its noun, at a time of its own: the lead rule gives the article's day to the
    # news, not to what a relative clause tells of someone
    got = seen("The general, who commanded troops in the north, resigned on Tuesday.")
    assert got["commanded"] == (None, None)
    got = seen("A doctor who visited the miners said on Tuesday they were in good health.")
    assert got["visited"] == (None, None)


def test_a_relative_clause_sharing_its_happening_noun_keeps_the_lead_day():
    # "a bombing in which six soldiers were killed": the bombing's time, the lead's day
    got = seen("The minister on Tuesday condemned a bombing in which six soldiers were killed.")
    assert got["killed"] == (TUESDAY, TUESDAY)
    got = seen("Smith, who has been charged with fraud, said on Tuesday he would resign.")
    assert got["charged"] == (TUESDAY, TUESDAY)  # a present perfect: news up to now
