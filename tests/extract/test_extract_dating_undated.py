"""Narrative dating of happenings told with no date of their own (issue 16, item 3): which ones the
story dates, and which stay undated, for sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.parsed import STORY_OPENING, extracted

pytestmark = pytest.mark.slow

MONDAY = "2006-11-27"
TUESDAY = "2006-11-28"


OPENING = STORY_OPENING


def seen(text: str, ref: str) -> dict[str, tuple]:
    """predicate text -> (earliest, latest, resolution) of the events of ``text``."""
    return {e.predicate.text: (e.date.earliest, e.date.latest, e.date.resolution) for e in extracted(text, ref)}


def test_a_report_made_with_no_date_is_made_by_the_article_day():
    got = seen(OPENING + "Vietnam reported the outbreak to the World Health Organization.", TUESDAY)
    assert got["reported"] == (TUESDAY, TUESDAY, "inferred")


def test_a_report_in_the_present_perfect_is_recent_news_of_the_month_before():
    got = seen(OPENING + "Vietnam has reported the outbreak to the World Health Organization.", TUESDAY)
    assert got["reported"] == ("2006-10-29", TUESDAY, "inferred")


def test_a_report_told_as_the_time_of_another_happening_is_not_the_article_day():
    text = OPENING + "The truce came a day after it was reported that the commander would resign."
    got = seen(text, TUESDAY)
    # a day before the truce, which has no day of its own: the day before the article's or the one
    # before that, never the article's day
    assert got["reported"][:2] == ("2006-11-26", MONDAY)


def test_a_when_clause_on_a_part_of_the_story_is_told_on_its_day():
    text = (
        "Leeds beat Derby 2-1 on Monday.\n"
        "The keeper had one save to make in the second half when the striker shot low into his arms."
    )
    got = seen(text, TUESDAY)
    assert got["shot"] == (MONDAY, MONDAY, "inferred")


def test_a_birth_told_with_no_date_is_not_the_story_day():
    text = 'Thousands of commuters were stranded in the city on Monday.\n"I was born in Dublin," one of them said.'
    got = seen(text, TUESDAY)
    assert got["born"][:2] == (None, None)


def test_a_clause_naming_another_year_does_not_take_the_article_day():
    got = seen(OPENING + "Australia hosted the 2003 World Cup in front of huge crowds.", "2005-11-17")
    # not 2005's: undated, or the year the Cup's own name carries
    assert got["hosted"][:2] in ((None, None), ("2003-01-01", "2003-12-31"))


def test_a_year_that_bounds_the_clause_does_not_keep_it_from_the_article_day():
    text = (
        OPENING.replace("Monday", "Tuesday") + "Since 2003, the number of soldiers killed there has increased to 121."
    )
    got = seen(text, TUESDAY)
    # from the bound up to the article's day (issue 16: "since X" is [X, article day]), not 2003 alone
    assert got["increased"][:2] == ("2003-01-01", TUESDAY)


def test_a_year_in_the_subject_naming_who_did_it_leaves_the_story_day():
    text = OPENING + "The 2004 champion's time of 9.8 seconds erased the old mark the American set in 1998."
    assert seen(text, TUESDAY)["erased"][:2] == (MONDAY, MONDAY)


def test_a_happening_named_with_its_year_as_the_subject_gives_its_year():
    # what "the 1996 Atlanta Olympics" did was done in 1996, not on the day of the story around it
    text = OPENING + "The 1996 Atlanta Olympics attracted two million visitors to the city."
    assert seen(text, TUESDAY)["attracted"][:2] == ("1996-01-01", "1996-12-31")


def test_a_report_or_promise_during_another_happening_is_not_the_article_day():
    text = OPENING + "During the campaign for the spring elections, the senator promised to close the base."
    assert seen(text, TUESDAY)["promised"][:2] == (None, None)


def test_an_accusation_held_for_long_is_no_recent_news():
    text = OPENING + "Rights groups have accused the governor of ignoring abuses by the state police."
    assert seen(text, TUESDAY)["accused"][:2] == (None, None)


def test_an_event_noun_that_is_the_subject_of_a_past_clause_takes_the_story_day():
    text = (
        "Leeds beat Derby 2-1 in the league on Monday.\n"
        "The visitors had led at half-time.\n"
        "The home side scored twice late on.\n"
        "The winger's introduction did seem to lift the home crowd."
    )
    assert seen(text, TUESDAY)["introduction"] == (MONDAY, MONDAY, "inferred")


def test_an_article_with_no_date_keeps_the_day_it_names_as_written():
    text = "Fighting broke out in the north on Monday.\nThe army said it had retaken the town.\n"
    events = {e.predicate.text: e.date for e in extracted(text, None)}
    broke = events["Fighting"]
    # which Monday the article does not say: undated, but the reader sees "Monday"
    assert (broke.earliest, broke.text, broke.resolution) == (None, "Monday", "unresolved")
    assert events["retaken"].text is None  # no day of its own


def test_a_dated_article_resolves_the_day_it_names():
    text = "Fighting broke out in the north on Monday.\n"
    broke = next(e.date for e in extracted(text, TUESDAY) if e.predicate.text == "Fighting")
    assert (broke.earliest, broke.text, broke.resolution) == (MONDAY, "Monday", "relative")


def test_a_relative_clause_told_within_a_dated_happening_takes_its_date():
    # "in which" / "during which" a happening took place: the happening's own time, not the article's day
    text = OPENING + "Prosecutors reopened the case of a 1981 coup in which the governor was shot."
    assert seen(text, TUESDAY)["shot"][:2] == ("1981-01-01", "1981-12-31")
    text = OPENING + "Police said the rally of Saturday, during which two officers were hurt, was illegal."
    assert seen(text, TUESDAY)["hurt"][:2] == ("2006-11-25", "2006-11-25")


def test_what_goes_on_as_the_article_is_written_is_on_its_day():
    # the story's Monday is not the day of what is going on now: the article's own day is
    text = OPENING + "Engineers are repairing the damaged pipeline near the border."
    got = seen(text, TUESDAY)
    assert got["repairing"] == (TUESDAY, TUESDAY, "reference")
    reported = seen(OPENING + "Officials said that divers are searching the flooded mine.", TUESDAY)
    assert reported["searching"][:2] == (TUESDAY, TUESDAY)


def test_a_progressive_over_a_stretch_up_to_now_is_not_the_article_day():
    got = seen(OPENING + "Tension has been building along the border.", TUESDAY)
    assert got.get("building", (None, None, None))[:2] == (None, None)


def test_a_simple_past_the_tagger_read_as_a_participle_takes_the_story_day():
    # "capsized" and "filed" are tagged as participles, though each has a subject and no auxiliary
    text = OPENING + "Local radio said a ferry sailing on the lake capsized after a storm."
    assert seen(text, TUESDAY)["capsized"][:2] == (MONDAY, MONDAY)
    text = OPENING + "Hundreds of silent mourners filed into the cathedral in the old quarter of the city."
    assert seen(text, TUESDAY)["filed"][:2] == (MONDAY, MONDAY)


def test_a_simple_past_the_parser_read_as_a_passive_with_no_be_is_a_past():
    # "top-scored" is tagged a participle and its subject parsed as a passive one, with no "was"
    text = OPENING + "Veteran striker Paolo Conti top-scored for the hosts with two goals."
    assert seen(text, TUESDAY)["scored"][:2] == (MONDAY, MONDAY)
    # told as the article's lead, the lead's day
    assert seen("Opener Ravi Kumar top-scored with 61 for the visitors.", TUESDAY)["scored"][:2] == (TUESDAY, TUESDAY)


def test_a_participle_set_aside_by_commas_after_its_noun_stays_undated():
    text = OPENING + "The explosives, packed into a box strapped to the cart, went off near the market, police said."
    assert seen(text, TUESDAY).get("strapped", (None, None, None))[:2] == (None, None)


def test_a_participle_told_alongside_a_past_clause_takes_the_story_day():
    text = OPENING + "Troops pulled out of the town, with engineers dismantling the checkpoints."
    assert seen(text, TUESDAY)["dismantling"][:2] == (MONDAY, MONDAY)
    text = OPENING + "The governor laid a wreath while attending the commemoration in the capital."
    assert seen(text, TUESDAY)["commemoration"][:2] == (MONDAY, MONDAY)


def test_a_participle_alongside_a_past_perfect_stays_undated():
    text = OPENING + "Troops had pulled out of the town, with engineers dismantling the checkpoints."
    assert seen(text, TUESDAY).get("dismantling", (None, None, None))[:2] == (None, None)


# a story of the article's own day (Tuesday), so that a present perfect tied to it takes that day
TODAY_OPENING = (
    "The housing minister opened a new estate in the capital on Tuesday.\n"
    "The estate has 2,000 flats for low-income families.\n"
    "Families moved into the first blocks.\n"
)


def test_a_total_in_the_present_perfect_is_summed_over_time_not_the_story_day():
    text = TODAY_OPENING + "The housing agency has built some 480,000 flats for low-income families."
    got = seen(text, TUESDAY)
    assert got["built"][:2] == (None, None)


def test_a_count_of_the_news_in_the_present_perfect_keeps_its_date():
    text = TODAY_OPENING + "Some 3,000 families have moved into the flats."
    got = seen(text, TUESDAY)
    assert got["moved"][:2] != (None, None)


def test_a_sum_of_money_in_the_present_perfect_keeps_its_date():
    # a sum set aside is given at once, not counted up over years like a toll or flats built
    text = TODAY_OPENING + "The provincial government has allocated 20 million yuan for the clean-up."
    got = seen(text, TUESDAY)
    assert got["allocated"][:2] != (None, None)


def test_what_a_thing_has_been_called_is_a_state_not_the_story_day():
    text = TODAY_OPENING + "The estate has been hailed the finest in the country."
    got = seen(text, TUESDAY)
    assert got["hailed"][:2] == (None, None)


def test_a_criticism_in_the_present_perfect_in_the_lead_is_no_news_of_the_day():
    text = "The housing minister has been criticised by rivals for a slow building programme.\n" + TODAY_OPENING
    got = seen(text, TUESDAY)
    assert got["criticised"][:2] == (None, None)


def test_a_clause_a_plain_length_before_a_named_day_is_counted_back_from_it():
    text = OPENING + "The council met on Monday, two days after gunmen raided the town hall."
    got = seen(text, TUESDAY)
    assert got["raided"] == ("2006-11-25", "2006-11-25", "inferred")
    # no plain length, or a day worked out rather than named: left alone
    got = seen(OPENING + "The council met on Monday, several days after gunmen raided the town hall.", TUESDAY)
    assert got["raided"][:2] == (None, None)


def test_a_sequel_counted_from_its_noun_dates_what_it_came_after():
    # the march's day is named: two days before it; the warning's is the story's (the article's
    # here): the day before it
    got = seen("The march on Monday came two days after police closed the newspaper.", TUESDAY)
    assert got["closed"] == ("2006-11-25", "2006-11-25", "inferred")
    got = seen("The warning came the day after the finance minister resigned.", TUESDAY)
    assert got["resigned"] == (MONDAY, MONDAY, "inferred")
    got = seen("The strike comes just a week after the union signed the wage deal.", TUESDAY)
    assert got["signed"] == ("2006-11-20", "2006-11-21", "inferred")


def test_a_sequel_counted_loosely_or_a_clause_inside_the_after_clause_is_not_counted_back():
    # no plain length; a relative clause inside the "after" clause is older; months are not counted
    got = seen("The warning came several days after the finance minister resigned.", TUESDAY)
    assert got.get("resigned", (None, None, None))[:2] == (None, None)
    text = "The warning came a day after police arrested a man who had attacked a bus."
    got = seen(text, TUESDAY)
    assert got["arrested"][:2] == ("2006-11-26", MONDAY)
    assert got.get("attacked", (None, None, None))[:2] == (None, None)
    got = seen("The warning came two months after the finance minister resigned.", TUESDAY)
    assert got.get("resigned", (None, None, None))[:2] == (None, None)


def test_an_infinitive_a_past_verb_says_took_place_is_told_in_that_past():
    # "managed to", "began to": the escape and the withdrawal happened, on the story's day
    text = OPENING + (
        "Most of the villagers in the valley managed to escape.\nThe militia began to withdraw from the district."
    )
    got = seen(text, TUESDAY)
    assert got["escape"] == (MONDAY, MONDAY, "inferred")
    assert got["withdraw"] == (MONDAY, MONDAY, "inferred")


def test_an_infinitive_of_trying_or_of_a_perfect_is_not_told_in_the_story_past():
    text = OPENING + "The guards tried to stop the crowd. Two prisoners had managed to flee."
    got = seen(text, TUESDAY)
    assert got.get("stop", (None, None, None))[:2] == (None, None)
    assert got.get("flee", (None, None, None))[:2] == (None, None)


def test_a_relative_clause_within_a_happening_the_sentence_dates_takes_its_day():
    # the clashes have no date of their own: the day of the clause that told them
    text = (
        "Soldiers bulldozed a farmhouse outside the town on Monday.\n"
        "The raid provoked a riot with police during which a boy was hit and hurt as youths threw stones."
    )
    got = seen(text, TUESDAY)
    assert got["hit"][:2] == (MONDAY, MONDAY)
    assert got["hurt"][:2] == (MONDAY, MONDAY)
    assert got["threw"][:2] == (MONDAY, MONDAY)


def test_a_where_clause_on_the_place_of_a_dated_past_is_told_on_that_day():
    text = OPENING + "The envoy flew to Oslo on Sunday, where he signed the accord."
    assert seen(text, TUESDAY)["signed"][:2] == ("2006-11-26", "2006-11-26")
    # a place where a year was spent is not where one day's happening was
    text = OPENING + "The poet moved to Lisbon in 1990, where she wrote her first novel."
    assert seen(text, TUESDAY).get("wrote", (None, None, None))[:2] in ((None, None), ("1990-01-01", "1990-12-31"))


def test_an_infinitive_of_a_past_the_tagger_read_as_a_participle_is_told_in_that_past():
    text = OPENING + "The blast tore through the depot, and six guards managed to flee while two others were hurt."
    assert seen(text, TUESDAY)["flee"][:2] == (MONDAY, MONDAY)


@pytest.mark.parametrize(
    ("sentence", "predicate"),
    [
        ("Investigators began questioning five customs officers at the port.", "questioning"),
        ("The navy started searching for the missing trawler.", "searching"),
        ("The army resumed shelling the rebel positions near the river.", "shelling"),
    ],
)
def test_what_a_verb_of_beginning_in_the_past_began_is_told_in_that_past(sentence, predicate):
    # it began, or began again, when the verb of beginning took place: the story's day
    assert seen(OPENING + sentence, TUESDAY)[predicate][:2] == (MONDAY, MONDAY)


@pytest.mark.parametrize(
    ("sentence", "predicate"),
    [
        ("The police had begun questioning the two drivers.", "questioning"),  # before the story's day
        ("The ministry will begin hiring nurses for the clinics.", "hiring"),  # a plan
    ],
)
def test_what_a_verb_of_beginning_in_a_perfect_or_a_plan_begins_is_not_the_story_day(sentence, predicate):
    assert seen(OPENING + sentence, TUESDAY).get(predicate, (None, None, None))[:2] != (MONDAY, MONDAY)


def test_the_toll_a_relative_clause_gives_a_dated_harm_is_taken_when_it_struck():
    text = OPENING + "The bomb attack, which wounded nine soldiers, took place near the airport on Sunday."
    assert seen(text, TUESDAY)["wounded"][:2] == ("2006-11-26", "2006-11-26")


@pytest.mark.parametrize(
    ("sentence", "predicate"),
    [
        ("The guerrillas claimed to have blown up a fuel depot near the border.", "blown up"),
        ("The clinic says the nurse is suspected to have caught the virus from a patient.", "caught"),
    ],
)
def test_a_deed_claimed_in_a_perfect_infinitive_is_not_the_story_day(sentence, predicate):
    # done before the claim, at a time the claim does not give: as "said they had blown up", no day
    got = seen(OPENING + sentence, TUESDAY)
    assert got[predicate][:2] == (None, None)


def test_a_deed_claimed_with_a_day_of_its_own_keeps_it():
    got = seen(OPENING + "The guerrillas claimed to have blown up a fuel depot on Sunday.", TUESDAY)
    assert got["blown up"][:2] == ("2006-11-26", "2006-11-26")


@pytest.mark.parametrize(
    ("sentence", "predicate"),
    [
        ("Police said they had detained four smugglers at the port.", "detained"),
        ("The navy said it had rescued the crew of a fishing boat.", "rescued"),
    ],
)
def test_a_speakers_own_deed_in_the_past_perfect_is_the_story_day(sentence, predicate):
    # "we (have) detained", backshifted under "said": the deed the day's report tells, as "said they detained"
    text = "Fighting broke out in the north of the country on Monday.\nThe army denied the rebels' claim.\n" + sentence
    got = seen(text, TUESDAY)
    if predicate == "rescued":  # not an incident or announced act of the kinds: stays before the story
        assert got[predicate][:2] == (None, None)
    else:
        assert got[predicate][:2] == (MONDAY, MONDAY)


def test_a_third_partys_past_perfect_stays_before_the_story():
    text = OPENING + "The papers said the smugglers had wounded several policemen in earlier clashes."
    got = seen(text, TUESDAY)
    assert got["wounded"][:2] == (None, None)


def test_a_participle_set_beside_a_clause_by_with_takes_its_day():
    # an absolute phrase tells what went on as the clause's happening did: the market's Monday
    text = (
        "Shares in Madrid ended higher on Monday after two days of losses.\n"
        "Builders led the gains, with Ferrovial up 3 euros and Acciona adding 2 euros to 110 euros.\n"
    )
    got = seen(text, TUESDAY)
    assert got["led"][:2] == (MONDAY, MONDAY)
    assert got["adding"] == (MONDAY, MONDAY, "inferred")
