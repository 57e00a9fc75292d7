"""Dates attached where they belong (issue 16, item 3): the date a reader of the chronology sees for
sentences written for these tests (parsed by the real model, with real temporal expressions)."""

from __future__ import annotations

import pytest

from tests.extract.parsed import STORY_OPENING, extracted, parsed

pytestmark = pytest.mark.slow

TUESDAY = "2006-11-28"
THURSDAY = "2006-11-30"


def seen(text: str, ref: str, **kw) -> dict[str, tuple]:
    """predicate text -> (earliest, latest, resolution) of the events of ``text``."""
    return {e.predicate.text: (e.date.earliest, e.date.latest, e.date.resolution) for e in extracted(text, ref, **kw)}


def test_a_date_deep_inside_a_since_phrase_is_a_bound_and_moves_no_story():
    text = (
        "Tokyo stocks dropped 3 percent on Tuesday, the steepest one-day loss since the crash in 1987.\n"
        "Bank shares fell the most."
    )
    got = seen(text, TUESDAY)
    assert got["dropped"][:2] == (TUESDAY, TUESDAY)
    assert got["fell"][:2] == (TUESDAY, TUESDAY)  # Tuesday's market, not 1987


def test_a_bound_that_is_a_figure_set_on_a_date_is_no_date_of_the_market_move():
    # "since 1,443.38 was marked on ...": the record's day bounds the move, however the parser hangs it
    text = (
        "Seoul shares rose on Tuesday.\n"
        "The Kospi index advanced 14.12 points, or 0.38 percent, to 1,442.12, setting its highest finish since "
        "1,443.38 was marked on Oct. 19, 2001.\n"
        "Samsung Electronics rose 2 percent."
    )
    got = seen(text, TUESDAY)
    assert got["advanced"][:2] == (TUESDAY, TUESDAY)
    assert got["rose"][:2] == (TUESDAY, TUESDAY)  # the next move too: Tuesday's market, not 2001


def test_a_noun_event_takes_the_day_of_the_verb_that_says_it_took_place():
    text = "The hearing of three brothers charged over riots in the 1990s resumed on Monday in the capital."
    got = seen(text, TUESDAY)
    assert got["hearing"][:2] == ("2006-11-27", "2006-11-27")  # not the 1990s of the riots


def test_a_day_named_inside_a_vaguer_period_of_the_same_clause_wins():
    text = "The inquest into the death of a climber earlier this year opened in the town on Friday."
    got = seen(text, "2006-12-29")
    assert got["opened"][:2] == ("2006-12-29", "2006-12-29")  # the inquest's row


def test_a_year_on_what_a_clause_is_about_is_not_its_date():
    # "about his survey in 1998": the survey's year, not the day he spoke
    text = "On Monday the engineer spoke to the committee about his survey in 1998 of the old bridge."
    got = seen(text, TUESDAY)
    assert got["spoke"][:2] == ("2006-11-27", "2006-11-27")


def test_a_time_of_day_takes_the_day_its_sentence_names_after_it():
    text = "Rescuers searched the mine on Monday.\nThe blast happened at about 9:15 p.m. near the shaft on Saturday."
    _, _, timexes = parsed(text, TUESDAY)
    clock = next(t for t in timexes if t.type == "TIME")
    assert clock.value == "2006-11-25T21:15"
    assert seen(text, TUESDAY)["blast"][:2] == ("2006-11-25", "2006-11-25")


def test_the_fall_of_something_is_no_season():
    _, _, timexes = parsed("Analysts blamed the fall of the currency on the election in the fall of 2005.", TUESDAY)
    assert [t.text for t in timexes] == ["the fall of 2005"]


def test_last_season_puts_what_follows_in_a_past_that_names_no_day():
    text = (
        "The striker scored twice in Sunday's win over the league leaders.\n"
        "Last season, he scored 30 goals for the club.\n"
        "He won the golden boot."
    )
    _, _, timexes = parsed(text, TUESDAY)
    assert any(t.text == "Last season" and t.value == "PAST_REF" for t in timexes)
    got = seen(text, TUESDAY)
    assert got["won"] == (None, None, "unresolved")  # not Sunday, the day of the news


def test_the_past_counted_in_happenings_is_a_past_that_names_no_day():
    # "in the past six races" is no temporal expression (it counts races), but it places the clause
    # in a past that names no day, as "last season" does
    text = "The cyclist crashed on Sunday in the mountains.\nShe won three of the past six races in Spain."
    _, _, timexes = parsed(text, TUESDAY)
    assert [t.text for t in timexes] == ["Sunday"]
    got = seen(text, TUESDAY)
    assert got["won"] == (None, None, "unresolved")  # not Sunday, nor the news day


def test_earlier_this_week_ends_the_day_before_the_article():
    got = seen("The minister said earlier this week that he had resigned.", THURSDAY)
    dated = [d for d in got.values() if d[0]]
    assert dated and all(d[:2] == ("2006-11-27", "2006-11-29") for d in dated)


def test_a_birthday_long_ago_is_not_the_day_of_what_a_profile_tells_next():
    text = (
        "The new chairman was elected on Tuesday by the board.\n"
        "He was born on May 3, 1950 in Lyon.\n"
        "He has said he will cut costs.\n"
        "He founded a software company."
    )
    got = seen(text, TUESDAY)
    assert got["born"][:2] == ("1950-05-03", "1950-05-03")
    assert got["founded"][0] != "1950-05-03"


def test_of_two_days_in_a_clause_the_verb_takes_the_one_next_to_it():
    text = (
        "Schools shut as storm nears\nThe storm reached the coast on Sunday. "
        "The school board on Monday cancelled the exams Thursday.\nParents collected their children."
    )
    got = seen(text, TUESDAY)
    assert got["collected"][:2] == ("2006-11-27", "2006-11-27")  # the story is Monday's, not a past Thursday


def test_a_range_of_days_across_months_is_one_interval():
    got = seen("Commanders were blamed for failures in the July 12-August 14 war with the militia.", "2006-12-29")
    assert got["war"][:2] == ("2006-07-12", "2006-08-14")


def test_what_a_past_perfect_saying_reports_came_before_the_story():
    text = (
        "The witness gave evidence on Tuesday.\n"
        "The defendant had argued that the witness should not be heard because she was biased and "
        "demanded an independent expert."
    )
    got = seen(text, "2006-11-29")
    assert got["demanded"][0] is None  # before Tuesday's hearing, not on it


def test_a_day_named_in_an_after_clause_does_not_move_the_story():
    text = (
        "The orchestra opened its season on Thursday.\n"
        "The conductor replaced the soloist after the violinist hurt her wrist at Monday's rehearsal."
    )
    got = seen(text, THURSDAY)
    assert got["rehearsal"][:2] == ("2006-11-27", "2006-11-27")
    assert got["replaced"][:2] == (THURSDAY, THURSDAY)  # Thursday's concert, not Monday's rehearsal


def test_a_year_on_a_participle_that_describes_a_noun_moves_no_story():
    text = (
        "The ministry opened two clinics on Thursday.\n"
        "Under an agreement signed in 2001, a charity trains the nurses.\n"
        "Hundreds of patients waited outside."
    )
    got = seen(text, THURSDAY)
    assert got["signed"][:2] == ("2001-01-01", "2001-12-31")
    assert got["waited"][:2] == (THURSDAY, THURSDAY)  # not 2001, the year of the agreement


def test_the_current_holder_of_a_title_does_not_date_the_clause():
    text = (
        "The museum reopened on Thursday after a long renovation.\n"
        "Its first director was appointed in 1931.\n"
        "The building was designed by the grandfather of the current mayor."
    )
    got = seen(text, THURSDAY)
    assert got["designed"][:2] == ("1931-01-01", "1931-12-31")  # the story's 1931, not today


def test_a_year_that_says_who_someone_is_does_not_date_the_clause():
    text = (
        "Figure skaters competed in Beijing on Saturday.\n"
        "Ivanov, champion at the junior worlds last year, settled for third.\n"
        "His coach shook his head."
    )
    got = seen(text, "2006-12-02")
    assert got["settled"][:2] == ("2006-12-02", "2006-12-02")
    assert got["shook"][:2] == ("2006-12-02", "2006-12-02")  # Saturday's competition, not last year


def test_a_day_deep_inside_an_after_phrase_is_a_bound():
    text = (
        "Storms flooded the coast on Tuesday.\n"
        "The ferries stopped running.\n"
        "The hoaxes were reported less than 12 hours after a series of bomb blasts in the north Wednesday night."
    )
    got = seen(text, THURSDAY)
    assert got["reported"][:2] != ("2006-11-29", "2006-11-29")  # after the blasts, not on their night


def test_a_plan_that_runs_past_the_article_day_is_not_the_story_day():
    text = (
        "Police arrested ten protesters on Tuesday.\n"
        "The summit will take place on November 30 and December 1.\n"
        "Demonstrators threw stones at the police."
    )
    got = seen(text, THURSDAY)
    assert got["summit"][:2] == (THURSDAY, "2006-12-01")
    assert got["threw"][:2] == ("2006-11-28", "2006-11-28")  # Tuesday's story


def test_a_period_spoken_of_is_not_when_it_was_said():
    text = (
        "The bank reported its results on Thursday.\n"
        '"Our clients traded more," said the chief executive, Anna Berg, commenting on the third quarter results.'
    )
    got = seen(text, THURSDAY)
    assert got["traded"][:2] == (THURSDAY, THURSDAY)  # said on the day, not July to September


def test_an_after_clause_told_first_moves_the_story_to_its_day():
    text = (
        "The minister visited the region on Thursday.\n"
        "He met local officials.\n"
        "He toured a hospital.\n"
        "After the rebels seized the town on Monday, the army launched a counterattack.\n"
        "Soldiers killed ten rebels."
    )
    got = seen(text, THURSDAY)
    assert got["killed"][:2] == ("2006-11-27", "2006-11-27")  # told in order: Monday's fighting


def test_an_era_on_a_participle_after_a_noun_is_not_the_story_era():
    text = (
        "Pilgrims reached the abbey on Sunday.\n"
        "The walkers rested.\n"
        "They sang hymns.\n"
        "The group retraced a journey made by monks 1,400 years ago.\n"
        "They crossed three rivers."
    )
    got = seen(text, THURSDAY)
    assert got["made"][:2] == ("0606-01-01", "0606-12-31")
    assert got["retraced"][:2] == ("2006-11-26", "2006-11-26")
    assert got["crossed"][:2] == ("2006-11-26", "2006-11-26")  # the pilgrims' Sunday, not the year 606


@pytest.mark.parametrize(
    ("text", "trigger", "span"),
    [
        (
            "The strike began on Monday, when dockers walked out of the port.",
            "walked",
            ("2006-11-27", "2006-11-27"),
        ),
        (
            "Losses have been the heaviest since March, when 40 soldiers were killed in one week.",
            "killed",
            ("2006-03-01", "2006-03-31"),  # the time of the "when" clause, not a bound of it
        ),
        (
            "The exhibition stays open until Saturday, when an auction will take place in the hall.",
            "auction",
            ("2006-12-02", "2006-12-02"),
        ),
    ],
)
def test_a_when_clause_on_a_time_happened_at_that_time(text, trigger, span):
    assert seen(text, THURSDAY)[trigger][:2] == span


def test_a_dated_past_participle_before_a_clause_is_not_its_date():
    """ "Born in 1950, she moved to Lyon at the age of six": the move came after 1950, at a time the
    text does not name; neither it nor what follows is dated 1950 or the story's day."""
    text = (
        "The painter Marie Dubois died in Paris on Monday.\n"
        "Born in a village near Lille in 1950, Dubois moved to Lyon at the age of six.\n"
        "She studied at the fine arts school there."
    )
    got = seen(text, THURSDAY)
    assert got["died"][:2] == ("2006-11-27", "2006-11-27")
    assert got["moved"][:2] == (None, None)
    assert got["studied"][:2] == (None, None)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Speaking in Geneva on Tuesday, the envoy warned of more fighting.", "warned"),
        ("Asked on Tuesday about the strike, the minister criticised the unions.", "criticised"),
    ],
)
def test_a_participle_told_with_its_clause_gives_it_its_date(text, trigger):
    assert seen(text, THURSDAY)[trigger][:2] == (TUESDAY, TUESDAY)


def test_what_happened_recently_is_in_the_month_before_the_article():
    text = (
        "The singer was buried in his hometown on Tuesday.\n"
        "His 1971 album sold ten million copies.\n"
        "The town recently named a square after the singer."
    )
    assert seen(text, THURSDAY)["named"][:2] == ("2006-10-31", THURSDAY)  # the month before, not Tuesday


def test_a_since_clause_does_not_take_the_date_of_the_clause_it_bounds():
    # Wednesday 2007-03-14: the storm came before the closure, on no day the text names
    text = "The ferry line has been closed to traffic since a storm damaged the pier, officials said on Monday."
    got = seen(text, "2007-03-14")
    assert got["closed"][:2] == ("2007-03-12", "2007-03-12")
    assert got["damaged"][:2] == (None, None)  # not Monday
    text = "Car sales rose in November, the first rise since the new tax came into force."
    assert seen(text, "2007-03-14")["came"][:2] == (None, None)  # not November


def test_a_since_clause_does_not_take_the_story_day():
    text = (
        "Villagers fled their homes in the valley on Sunday.\n\n"
        "They have lived in camps since the rebels burned the market."
    )
    got = seen(text, "2007-03-14")
    assert got["fled"][:2] == ("2007-03-11", "2007-03-11")
    assert got["burned"][:2] == (None, None)  # not Sunday


def test_a_verb_shares_the_date_written_at_the_end_of_the_verb_joined_to_it():
    text = (
        "A retired fisherman and his wife celebrated 60 years of marriage in the village on Sunday.\n\n"
        "Their son told reporters that they met at a dance in Porto.\n\n"
        "The couple moved and opened a bakery in Lisbon in 1962, the son said."
    )
    got = seen(text, "2007-03-14")
    assert got["moved"][:2] == ("1962-01-01", "1962-12-31")  # not Sunday's story
    assert got["opened"][:2] == ("1962-01-01", "1962-12-31")


def test_the_day_of_a_noun_deep_in_the_subject_is_not_the_clauses():
    # Wednesday 2007-03-14: the flights are of the story's day, Monday the earthquake's
    text = (
        "Rescuers pulled two more survivors from the rubble of the port town on Wednesday.\n\n"
        "Survivors from Monday's earthquake were flown to hospitals in the capital."
    )
    got = seen(text, "2007-03-14")
    assert got["flown"][:2] == ("2007-03-14", "2007-03-14")  # not Monday
    text = "Thursday's storm flooded the lower town."
    assert seen(text, "2007-03-17")["flooded"][:2] == ("2007-03-15", "2007-03-15")  # the subject's own day


def test_a_day_fronted_on_the_occasion_dates_the_clause():
    # "on his study in 1994" is what the expert spoke of; "On Tuesday's session," when he spoke
    text = "On Tuesday's session, the forensic expert Karl Dunn took the stand to testify on his study in 1994."
    assert seen(text, THURSDAY)["stand"][:2] == (TUESDAY, TUESDAY)  # "took the stand"


def test_a_year_in_a_description_set_after_a_name_is_not_the_clauses():
    # the 1990s tell who Mr Varga was, not when he is defended
    text = "Lena Ostrova is defending Pal Varga, the former chief of the secret police during the purges in the 1990s."
    earliest = seen(text, THURSDAY)["defending"][0]
    assert earliest is None or earliest.startswith("2006")


def test_a_story_day_given_by_now_is_shown_as_the_day_not_as_now():
    # the reader sees "inferred from the story told before it", not a "now" the row never says
    text = (
        "Defending champion Peru crushed Chile on Thursday in straight sets at the volleyball tournament.\n"
        "The reigning champion fielded a full-strength squad led by its captain.\n"
        "Its coach was satisfied with his team but kept his expectations low.\n"
        '"We had some serving errors, and now we are concentrating on the next matches," said the coach.\n'
        "In the following match of the day, Cuba rallied from two sets down to upset Kenya.\n"
    )
    rows = {e.predicate.text: e for e in extracted(text, THURSDAY)}
    assert rows["rallied"].date.resolution == "inferred"
    assert rows["rallied"].date.earliest == THURSDAY
    assert rows["rallied"].date.text is None


GAME = (
    "Japan stunned China 68-60 to reach the basketball final on Saturday.\n"
    "Japan led from the start.\n"
    "The coach said his players deserved the win.\n"
)


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("We played a good third quarter, the coach said.", "played"),
        ("In the fourth quarter China cut the gap to five points.", "cut"),
    ],
)
def test_a_quarter_or_half_of_a_game_is_no_part_of_the_year(sentence, trigger):
    # a report of a game (a score, a win): its third quarter is the game's, on the game's day
    got = seen(GAME + sentence, "2005-11-05")
    assert got[trigger][:2] == ("2005-11-05", "2005-11-05")


def test_a_business_report_keeps_its_third_quarter():
    text = (
        "The bank reported its results on Wednesday.\nIts chief said so.\nAnalysts agreed.\n"
        "Net profit fell in the third quarter."
    )
    assert seen(text, "2005-11-02")["fell"][:2] == ("2005-07-01", "2005-09-30")


RESULTS = "The carmaker reported its results on Friday.\nIts chief said so.\nAnalysts agreed.\n"


@pytest.mark.parametrize(
    ("sentence", "trigger", "earliest", "latest"),
    [
        ("It sold 3.8 million cars for the six months through Sept. 30.", "sold", "2005-04-01", "2005-09-30"),
        ("Its bank posted a loss in the quarter ended June 30.", "loss", "2005-04-01", "2005-06-30"),
        ("Prices rose 43 percent during the year to March.", "rose", "2004-04-01", "2005-03-31"),
    ],
)
def test_a_period_that_ends_on_a_day_or_month_dates_what_happened_over_it(sentence, trigger, earliest, latest):
    # "the six months through Sept. 30" is April to September, not September 30
    got = seen(RESULTS + sentence, "2005-11-04")
    assert got[trigger][:2] == (earliest, latest)


def test_the_next_figure_of_a_period_takes_the_period_too():
    text = (
        RESULTS + "It sold 3.8 million cars for the six months through Sept. 30.\nOperating profit dropped 6 percent."
    )
    assert seen(text, "2005-11-04")["dropped"][:2] == ("2005-04-01", "2005-09-30")


def test_a_period_of_a_noun_does_not_date_the_clause():
    text = RESULTS + "The airline had hedged its fuel needs for the rest of the financial year ending June 2006."
    assert seen(text, "2005-11-04")["hedged"][:2] != ("2005-07-01", "2005-11-04")


def test_a_quote_from_a_meeting_tells_no_happening_of_the_meetings_day():
    # what a speaker at Friday's meeting says was done looks back from the meeting, as a statement's quote does
    text = (
        "The foreign minister met a delegation from Japan on Friday.\n"
        "The delegation was led by a governor.\n"
        "The minister praised the visitors.\n"
        '"Their leaders broke their promises," the minister said.'
    )
    got = seen(text, "2005-11-04")
    assert got["broke"][0] is None
    assert got["met"][:2] == ("2005-11-04", "2005-11-04")


def test_what_a_clause_is_compared_with_does_not_date_it():
    # "compared with ... in June": the June summit's time, not the improvement's
    text = (
        "European leaders met in Brussels on Wednesday.\nThey discussed the budget.\nTalks went on late.\n"
        "The mood had clearly improved compared with the bitter summit in June, a diplomat said."
    )
    assert seen(text, "2005-12-14")["improved"][:2] != ("2005-06-01", "2005-06-30")


def test_a_figure_in_a_currency_code_compared_from_another_day_is_no_date():
    text = (
        "Hong Kong shares closed higher on Thursday.\nThe index rose 4 points.\nBanks gained.\n"
        "Turnover totaled 14.9 billion HK dollars, little changed from 15.02 billion HK dollars Wednesday."
    )
    assert seen(text, "2005-11-03")["changed"][:2] != ("2005-11-02", "2005-11-02")


def test_a_figure_compared_from_a_market_elsewhere_on_another_day_is_no_date():
    text = (
        "The yen weakened against the dollar on Monday.\n"
        "The dollar climbed to 121.40 yen in Tokyo afternoon trade from 120.60 yen in New York late Friday."
    )
    assert seen(text, "2005-12-05")["climbed"][:2] == ("2005-12-05", "2005-12-05")  # Monday's trade in Tokyo


def test_the_era_of_what_a_witness_recalls_is_not_the_day_of_the_recalling():
    text = (
        "A retired miner testified on Tuesday at the inquiry.\n"
        "His account began calmly as he recalled the pit closures in the late 1970s."
    )
    got = seen(text, THURSDAY)
    assert got["recalled"][:2] != ("1970-01-01", "1979-12-31")
    assert got["began"][:2] != ("1970-01-01", "1979-12-31")


def test_a_time_a_clause_is_said_to_differ_from_does_not_date_it_nor_the_story():
    text = (
        "The second witness took the stand on Tuesday.\n"
        "The judge noted that her account was different from in March 2004 and asked her to explain.\n"
        "The session was then adjourned."
    )
    got = seen(text, THURSDAY)
    assert got["asked"][:2] != ("2004-03-01", "2004-03-31")
    assert got["adjourned"][:2] != ("2004-03-01", "2004-03-31")


def test_the_years_of_a_life_after_a_name_do_not_date_the_clause():
    text = (
        "A new museum of modern literature opened in Shaoxing on Tuesday.\n"
        "Thousands of visitors queued outside.\n"
        "Officials cut a ribbon at the gate.\n"
        "The mayor praised the writer Lu Xun (1881-1936) as a national treasure."
    )
    got = seen(text, THURSDAY)
    assert got["praised"][:2] not in (("1881-01-01", "1881-12-31"), ("1936-01-01", "1936-12-31"))


def test_a_clause_placed_after_a_happening_does_not_share_the_year_of_the_clause_joined_to_it():
    text = STORY_OPENING + (
        "Jets now patrol the skies of the province, which was annexed by its neighbour after the civil war "
        "and regained its autonomy in 1994."
    )
    got = seen(text, THURSDAY)
    assert got["regained"][:2] == ("1994-01-01", "1994-12-31")
    assert got["annexed"][:2] != ("1994-01-01", "1994-12-31")


def test_a_past_time_between_the_subject_and_a_present_perfect_is_the_subjects_happening():
    got = seen("The number of dead from a ferry fire off the coast last week has climbed to 52.", THURSDAY)
    assert got["climbed"][:2] != ("2006-11-20", "2006-11-26")  # the fire was last week; the count is now


def test_a_time_named_as_a_likeness_does_not_date_the_clause():
    got = seen("Exactly as in August, consumer prices rose sharply in September.", THURSDAY)
    assert got["rose"][:2] == ("2006-09-01", "2006-09-30")


def test_the_month_of_the_thing_a_verb_acts_on_is_not_the_verbs():
    got = seen("Militias violated the August 2004 truce on Monday.", THURSDAY)
    assert got["violated"][:2] == ("2006-11-27", "2006-11-27")


def test_the_month_of_an_occasion_a_verb_stages_is_still_its_own():
    got = seen("The country held the March 2005 elections under heavy security.", THURSDAY)
    assert got["elections"][:2] == ("2005-03-01", "2005-03-31")


def test_a_passive_plan_due_by_a_time_runs_from_the_article_day_up_to_it():
    # the parser reads the "by" of a passive as its agent: "to be signed by the year's end" is still a deadline
    text = "The envoy was named on Tuesday, paving the way for the accord to be signed by the end of the year."
    got = seen(text, "2005-11-02")
    assert got["signed"][:2] == ("2005-11-02", "2005-12-31")


def test_a_year_end_still_ahead_is_the_days_after_the_article_not_months_gone():
    text = "The fishing fleet is pressing for a deal before its licences expire at the end of the year."
    got = seen(text, "2006-12-05")
    assert got["expire"][:2] == ("2006-12-06", "2006-12-31")  # was September 1 to the article's day
    got = seen("The ferry service will stop at the end of the year.", TUESDAY)
    assert got["stop"][:2] == ("2006-11-29", "2006-12-31")


def test_a_year_end_told_in_the_past_keeps_the_part_gone_by():
    got = seen("The last ferry sailed at the end of the year.", "2006-12-05")
    assert got["sailed"][:2] == ("2006-09-01", "2006-12-05")


def test_a_time_looking_back_after_a_happening_a_plan_acts_on_is_not_the_plans():
    got = seen("The envoy was expected to brief the king on his talks last month with the rebel leaders.", TUESDAY)
    assert got["brief"][:2] == (None, None)  # last month's are the talks; was October
    text = (
        "The council angered the unions by voting on Thursday to name a judge "
        "to lead an inquiry into the mayor's narrow victory last March."
    )
    got = seen(text, TUESDAY)
    # (the row of "angered ... by voting" is anchored on the voting: test_extract_anchored_words)
    assert got["voting"][:2] == ("2006-11-23", "2006-11-23")  # was March, the victory's month
    assert "lead" not in got  # a plan dated by the victory's month was a row


def test_a_time_looking_back_on_a_purpose_is_the_time_of_the_happening_it_serves():
    got = seen("The rebels launched their campaign to overthrow the president more than six months ago.", TUESDAY)
    # before the end of May, how long before the words leave open (test_extract_dates_before_a_point)
    assert got["campaign"][:2] == ("0001-01-01", "2006-05-31")
    assert "overthrow" not in got  # a plan dated by the campaign's time was a row
    # (a purpose with a happening of its own keeps that happening's time apart)
    got = seen(
        "On Tuesday, students marched through the city to protest the killing earlier this month of a lecturer.",
        TUESDAY,
    )
    assert got["marched"][:2] == (TUESDAY, TUESDAY)


def test_a_change_counted_from_a_year_is_not_dated_by_that_year():
    # "up 3.1 percentage points from 2000": 2000 is what the rise is measured against
    text = (
        "Officials released the results of a fitness survey in the city on Monday.\n"
        "The officials said obesity among children continues to grow.\n"
        "Schools should take measures, the officials said.\n"
        'The survey found 18.5 percent of residents were "very" fit, up 3.1 percentage points from 2000, and '
        '24.6 percent were rated as "fair," a drop of 0.7 percentage points since 2000.'
    )
    got = seen(text, "2006-11-28")
    assert got["rated"][:2] != ("2000-01-01", "2000-12-31")
    assert got["survey"][:2] != ("2000-01-01", "2000-12-31")


def test_a_plan_does_not_take_the_day_of_the_saying_tagged_after_it():
    text = (
        "The navy will withdraw 1,200 sailors from the islands under the peace accord, a senior officer said Tuesday.\n"
        "Builders will start work on the new bridge early next year, the mayor said on Monday."
    )
    got = seen(text, TUESDAY)
    assert got["withdraw"][:2] == (None, None)  # Tuesday is the day it was said, not of the withdrawal
    assert got["start"][:2] == ("2007-01-01", "2007-04-30")  # a plan's own time stays


def test_the_month_a_futures_contract_is_named_for_is_no_date_of_its_move():
    text = (
        "Oil prices fell on Tuesday in New York.\n"
        "The front-month January Brent crude futures contract lost 45 cents to 61.20 dollars.\n"
        "The February contract had closed on Monday down 10 cents."
    )
    got = seen(text, TUESDAY)
    assert got["lost"][:2] == (TUESDAY, TUESDAY)  # not a January
    assert got["closed"][:2] == ("2006-11-27", "2006-11-27")  # Monday, not February


def test_a_day_hung_on_a_participle_telling_a_texts_content_dates_the_verb_of_the_text():
    # "a report accusing ... on Tuesday": the parser hangs the day on the participle, whose content has
    # no day; the report was published on Tuesday
    text = STORY_OPENING + (
        "A human rights group published a report accusing the police of torture on Tuesday.\n"
        "The two parties signed an accord defining their new relations on Wednesday."
    )
    got = seen(text, THURSDAY)
    assert got["published"][:2] == (TUESDAY, TUESDAY)
    assert got["signed"][:2] == ("2006-11-29", "2006-11-29")


def test_a_past_day_hung_on_a_present_participle_on_a_noun_dates_the_simple_past_verb():
    # "hit three workers repairing the road on Monday": what the workers were doing went on at the
    # hitting, whose day the parser hangs on the participle
    text = STORY_OPENING + (
        "A lorry hit three workers repairing the road near the bridge on Monday.\n"
        "Police detained two men carrying forged passports at the airport on Tuesday."
    )
    got = seen(text, THURSDAY)
    assert got["hit"][:2] == ("2006-11-27", "2006-11-27")
    assert got["detained"][:2] == (TUESDAY, TUESDAY)


def test_a_past_day_hung_on_a_past_participle_on_the_object_dates_the_simple_past_verb():
    # "seized coins made of stolen silver on Monday": the participle only says what the coins are; the
    # parser hangs the seizure's day on it. Not a year (a thing's own time), not a participle set off
    # by commas, not one on a noun of a phrase ("rose from 90 units valued at 2 dollars a day earlier")
    text = STORY_OPENING + (
        "Customs officers seized coins made of stolen silver at the port on Monday.\n"
        "Rescuers found a fishing boat loaded with migrants off the coast on Tuesday.\n"
        "The museum bought a painting made by a local artist in 1920.\n"
        "Volume rose to 300 million shares from 240 million shares valued at 2 billion dollars a day earlier.\n"
        "Organisers called off a concert planned in the park for Wednesday after the storm."
    )
    got = seen(text, THURSDAY, all_events=True)
    assert got["seized"][:2] == ("2006-11-27", "2006-11-27")
    assert got["found"][:2] == (TUESDAY, TUESDAY)
    assert got["bought"][0] != "1920-01-01"
    assert got["rose"][0] != "2006-11-29"
    assert got["called off"][0] != "2006-11-29"  # the concert's day


def test_the_day_of_an_according_to_source_does_not_date_what_it_foretells():
    # "will tour the region, according to a statement on Monday": the statement's day, not the tour's;
    # told in the past, the source's day stands for the deed's as a saying's does
    text = STORY_OPENING + (
        "The orchestra will tour the region, according to a statement by its manager on Monday.\n"
        "The mayor will open the new bridge, according to sources with the city council Tuesday.\n"
        "Gunmen seized two trucks near the border, according to police on Wednesday."
    )
    got = seen(text, THURSDAY)
    assert got["tour"][0] != "2006-11-27"
    assert got["open"][0] != TUESDAY
    assert got["seized"][:2] == ("2006-11-29", "2006-11-29")


def test_a_day_ahead_or_a_year_on_a_present_participle_on_a_noun_is_not_the_verbs():
    # a day still ahead is the participle's own ("fell on worries surrounding a vote on Sunday", told
    # on a Thursday); so is a year or a month ("met farmers growing rice in 2004")
    text = STORY_OPENING + (
        "The currency fell on worries surrounding a referendum on Sunday.\n"
        "The minister praised farmers growing organic rice in 2004."
    )
    got = seen(text, THURSDAY)
    assert got["fell"][0] != "2006-12-03"
    assert got["praised"][0] != "2004-01-01"


def test_a_time_ago_or_ahead_on_a_participle_telling_a_texts_content_dates_the_verb_of_the_text():
    # a week back, a month ahead: when the report was aired, when the treaty will be signed
    text = STORY_OPENING + (
        "The station aired a report criticising the governor three weeks ago.\n"
        "The two provinces will sign a treaty settling their border dispute in March, the governor said."
    )
    got = seen(text, THURSDAY)
    assert got["aired"][:2] == ("2006-11-06", "2006-11-12")
    assert got["sign"][:2] == ("2007-03-01", "2007-03-31")


def test_a_year_or_a_day_ahead_on_a_participle_telling_a_texts_content_is_the_contents():
    # a forecast's year, a plan's day ahead: what the text says, not when it came out
    text = STORY_OPENING + (
        "The central bank released a report forecasting slower growth in 2008.\n"
        "The commission issued a decree setting the vote for Sunday."
    )
    got = seen(text, THURSDAY)
    assert got["released"][0] != "2008-01-01"
    assert got["issued"][0] != "2006-12-03"


def test_a_season_under_way_dates_nothing_to_the_day_of_the_news():
    # "this season" (PRESENT_REF) is months of a sport's calendar, not the day the article is on: a
    # clause in it keeps the date it would have without it
    text = "The striker has scored eleven goals this season.\nHe finished second at the Paris meeting this season."
    _, _, timexes = parsed(text, TUESDAY)
    assert [(t.text, t.value) for t in timexes] == [("this season", "PRESENT_REF")] * 2
    assert seen(text, TUESDAY) == seen(text.replace(" this season", ""), TUESDAY)


def test_the_day_as_a_stretch_is_the_day_the_paragraph_names():
    text = "The test resumed at the ground on Monday.\nThe opener batted for most of the day and scored a century."
    got = seen(text, TUESDAY)
    assert got["batted"][:2] == ("2006-11-27", "2006-11-27")


def test_an_age_said_in_passing_leaves_the_day_to_the_death():
    # the parser hangs "on March 3" under "aged": the day is still the death's, and the summary keeps it
    text = (
        "The pianist had played in every major hall.\nSmith died aged 70 on March 3 from a stroke in a Paris hospital."
    )
    got = seen(text, TUESDAY)
    assert got["died"][:2] == ("2006-03-03", "2006-03-03")
    summaries = {e.predicate.text: e.summary for e in extracted(text, TUESDAY)}
    assert "March 3" in summaries["died"]


def test_the_now_of_a_state_above_does_not_date_a_past_deed_beside_it():
    text = STORY_OPENING + "The state currently owns half of the mine and had earlier promised to keep a third of it."
    events = {e.predicate.text: e for e in extracted(text, TUESDAY, all_events=True)}
    assert events["promised"].date.text != "currently"
    assert events["owns"].date.text == "currently"  # the state's own clause keeps it


def test_a_lead_deed_an_adverb_sets_before_the_story_takes_not_the_articles_day():
    text = (
        "Engineers closed the old crossing over the Mura to lorries, and the regional council had previously "
        "promised to rebuild the bridge.\n"
        "The council's chairman formerly ran the ferry company."
    )
    got = seen(text, TUESDAY, all_events=True)
    assert got["promised"][0] is None and got["ran"][0] is None  # before the story, on no day it gives
    assert got["closed"][:2] == (TUESDAY, TUESDAY)  # the lead's own deed keeps the article's day


def test_earlier_than_planned_is_a_comparison_not_a_time_before_the_story():
    got = seen(
        "The carmaker said Friday it had withdrawn from the racing league, one year earlier than planned.", TUESDAY
    )
    assert got["withdrawn"][:2] == ("2006-11-24", "2006-11-24")  # the saying's Friday bounds it, as before


def test_a_lead_verb_after_a_happening_dated_years_before_is_not_the_articles_news():
    text = (
        "The republic says it is close to a deal on gas exports with two foreign firms, a review published "
        "here reported Monday.\n"
        "The World Bank froze its loans to the republic after it annexed the border province in 1992.\n"
    )
    got = seen(text, "1997-04-28")
    assert got["froze"][0] == "1992-01-01"  # after 1992, not on the article's day
    assert got["froze"][1] == "1997-04-28"
