"""Narrative dating across the threads of a story: which dates move the story's day or era, and
which happenings take it (timeline.extract.dating)."""

from __future__ import annotations

import pytest

from tests.extract.parsed import extracted
from tests.extract.test_extract_dates_attached import seen as dates

pytestmark = pytest.mark.slow


def test_a_participle_set_off_after_a_noun_keeps_its_date_to_itself():
    # Wednesday 2005-03-16: the participle's Tuesday is the announcement's, not the accusation's
    text = (
        "Farm leaders on Wednesday condemned the government for cutting grain subsidies.\n\n"
        "A union spokesman accused the ministry of hiding the cuts, announced by the finance minister "
        "on Tuesday, to win votes in the cities.\n\n"
        "Dairy farmers voiced the same anger."
    )
    got = dates(text, "2005-03-16")
    assert got["accused"][0] == "2005-03-16"
    assert got["voiced"][:2] == ("2005-03-16", "2005-03-16")  # the story stays on Wednesday
    text = "The family sold the mill, built in 1871, to a local cooperative in 1994."
    assert dates(text, "2005-03-16")["sold"][:2] == ("1994-01-01", "1994-12-31")


def test_a_day_named_in_a_negated_or_modal_clause_does_not_move_the_story():
    text = (
        "Rebels ambushed an army convoy near the border on Sunday, the army said.\n\n"
        "Officials did not give details on Monday.\n\n"
        "Soldiers searched the hills for the attackers."
    )
    assert dates(text, "2005-03-15")["searched"][:2] == ("2005-03-13", "2005-03-13")  # Sunday's thread


def test_the_day_of_what_a_clause_is_about_is_not_its_day():
    # Thursday 2005-03-17: the arrest was not on Monday, the day of the attack it was for
    text = "Police said on Wednesday that a local man had been arrested for the Monday attack on the bank."
    assert dates(text, "2005-03-17")["arrested"][0] != "2005-03-14"


def test_a_month_that_names_an_event_noun_is_not_the_era_of_the_story():
    text = (
        "Opposition leaders met in the capital on Monday.\n\n"
        "They discussed the budget.\n\n"
        "The talks ended late.\n\n"
        "On Saturday the party held a rally for January's election.\n\n"
        "Police arrested twelve people."
    )
    got = dates(text, "2006-11-27")
    assert got["arrested"][:2] == ("2006-11-25", "2006-11-25")  # Saturday's rally, not January


def test_what_is_told_inside_a_since_is_not_on_the_story_day():
    text = (
        "Envoys from both sides met in Geneva on Monday.\n\n"
        "The republic has been split since 1981, when rebels seized the capital and burned the parliament.\n\n"
        "The envoys agreed to meet again."
    )
    got = dates(text, "2005-03-16")
    assert got["burned"][0] != "2005-03-14"  # long before the story's Monday


def test_a_statement_dated_before_the_story_day_does_not_move_the_story():
    # a report of Monday 2006-12-04 on the markets; the drug maker spoke on Saturday
    text = (
        "Shares rose in Monday trading after two utilities announced a merger.\n\n"
        "The utilities said they would keep both head offices.\n\n"
        "Their shares soared in morning deals.\n\n"
        "Separately, a drug maker said on Saturday that it was halting a trial of its new pill.\n\n"
        "Bond prices weakened."
    )
    got = dates(text, "2006-12-04")
    assert got["weakened"][:2] == ("2006-12-04", "2006-12-04")  # the markets' Monday, not Saturday
    # what a statement reports on its own day moves the story there
    text = (
        "Aid groups appealed for food on Thursday.\n\n"
        "Relief workers reached the valley.\n\n"
        "The roads were cleared.\n\n"
        "An army spokesman said rebels ambushed a supply convoy on Monday.\n\n"
        "The attack forced 2,000 villagers to flee."
    )
    assert dates(text, "2006-12-07")["forced"][:2] == ("2006-12-04", "2006-12-04")


def test_the_day_written_before_an_event_noun_of_another_clause_does_not_move_the_story():
    text = (
        "The air force expressed regret on Thursday.\n\n"
        "Officers said.\n\n"
        "It was late.\n\n"
        "Police announced that a soldier had been arrested for the Monday assault.\n\n"
        "The commander apologised to the family."
    )
    assert dates(text, "2006-12-07")["apologised"][:2] == ("2006-12-07", "2006-12-07")


def test_the_time_a_figure_is_compared_with_is_not_the_story_era():
    text = (
        "The steel maker reported its results on Tuesday.\n\n"
        "Net profit rose 12 percent from a year earlier.\n\n"
        "Sales climbed to a record."
    )
    got = dates(text, "2006-12-06")
    assert got["rose"][0] != "2005-01-01"  # last year is the figure compared with
    assert got["climbed"][:2] == ("2006-12-05", "2006-12-05")


def test_a_time_of_day_is_not_copied_from_the_clause_above():
    text = "Thirty people were arrested in the northern district, the state radio said late Sunday."
    got = {e.predicate.text: e.date for e in extracted(text, "2006-12-04")}
    assert got["arrested"].value == "2006-12-03"  # the saying's day, not its evening
    assert (got["arrested"].earliest, got["arrested"].latest) == ("2006-12-03", "2006-12-03")


def test_a_present_perfect_does_not_take_a_past_story_day():
    text = (
        "Teachers voted on Saturday to continue their strike.\n\n"
        "Police arrested five of their leaders.\n\n"
        "The strike has drawn criticism from lawmakers."
    )
    got = dates(text, "2006-12-06")
    assert got["arrested"][:2] == ("2006-12-02", "2006-12-02")
    assert got["criticism"][0] != "2006-12-02"  # up to now, not Saturday's (the row of "drawn", on its reaction)


def test_an_event_named_in_a_since_phrase_does_not_move_the_story():
    # Tuesday 2006-11-28: the 2001 attack is the bound of the drop, not the era of the market report
    text = (
        "The index slipped 3 percent on Tuesday, its largest single-day drop since the attack in 2001.\n\n"
        "Bank shares tumbled 40 points to close at 8,100."
    )
    assert dates(text, "2006-11-28")["tumbled"][:2] == ("2006-11-28", "2006-11-28")


def test_a_present_perfect_and_its_participle_do_not_move_the_story_to_a_past_year():
    # "has won ..., taking the junior title in 1995" reaches up to now: what follows is not 1995's
    text = (
        "Lina Chen, who won her first crown in 1990, has won titles at every level, "
        "taking the junior championship in 1995.\n\n"
        "To prepare for the games, she left her son in the care of her parents."
    )
    assert dates(text, "2006-11-28")["left"][0] != "1995-01-01"


def test_a_clause_that_names_another_year_does_not_take_the_era_of_the_story():
    # the 1998 title is not 2005's: the year it names is not its date, but the era is not either
    text = (
        "The squad hopes for ten gold medals in Doha.\n\n"
        "Its gymnast Olga Ivanova finished second on the vault at the 2005 world championships.\n\n"
        "In athletics, javelin thrower Pavel Rudov won the 1998 Asian title."
    )
    assert dates(text, "2006-11-28")["won"][0] != "2005-01-01"


def test_two_years_named_together_start_no_era():
    # "in 2003 and 2005": what follows is told at no one of them
    text = (
        "Karim Saleh pulled out of the games on Thursday.\n\n"
        "Saleh won the world title in 2003 and 2005.\n\n"
        "He also set an Asian record in the 5000m at the indoor championships in Bangkok."
    )
    assert dates(text, "2006-11-30")["set"][0] != "2003-01-01"


def test_an_agreement_or_a_revelation_told_in_the_story_takes_its_day():
    # Thursday 2016-03-10: the rebels' agreement is told in Monday's story; "agreed", "revealed"
    # are happenings, not statements dated by the article's day or left undated
    text = (
        "Government troops recaptured the town of Kamar on Monday, the army said. "
        "The rebels agreed to leave the area after weeks of heavy shelling."
    )
    assert dates(text, "2016-03-10")["agreed"][:2] == ("2016-03-07", "2016-03-07")


def test_a_day_weeks_before_the_story_is_a_look_back_that_the_next_statement_leaves():
    # Friday 2007-06-15: the council's May vote is background to Thursday's dispute
    text = (
        "Dockers blocked the port of the city on Thursday to protest against a new labour law.\n\n"
        "The regional council passed the law on May 2 after a long debate.\n\n"
        "The union leader, Pavel Novak, said the strike would go on.\n\n"
        "Police arrested two dockers at the gates."
    )
    got = dates(text, "2007-06-15")
    assert got["passed"][:2] == ("2007-05-02", "2007-05-02")
    assert got["arrested"][:2] == ("2007-06-14", "2007-06-14")  # Thursday's story again, not May 2


def test_a_happening_that_reveals_a_thing_is_no_statement_that_ends_a_look_back():
    # the vote's day is kept for what the text goes on to tell of that vote
    text = (
        "Fishermen protested in the harbour on Monday against the quota cuts.\n\n"
        "The commission approved the cuts on March 3.\n\n"
        "The decision revealed deep divisions between the member states.\n\n"
        "Nine countries opposed the plan."
    )
    got = dates(text, "2007-04-10")
    assert got["opposed"][:2] == ("2007-03-03", "2007-03-03")


def test_the_year_of_what_one_is_convicted_of_is_not_the_story_era():
    text = (
        "A court in the capital on Tuesday jailed a former mayor of the port for 12 years.\n\n"
        "The mayor told reporters he would appeal.\n\n"
        "His lawyers said the trial was unfair.\n\n"
        "He was convicted of ordering an armed attack in 2001 against three rivals.\n\n"
        "Police escorted him out of the court building."
    )
    got = dates(text, "2007-03-08")
    assert got["convicted"][:2] == ("2007-03-06", "2007-03-06")  # Tuesday's trial, not 2001
    assert got["escorted"][:2] == ("2007-03-06", "2007-03-06")


def test_the_year_of_a_noun_that_holds_now_is_not_the_story_era():
    text = (
        "Coast guards stopped two foreign trawlers off the island on Sunday.\n\n"
        "Local fishermen argue that the 1982 agreement bars foreign boats from the bay.\n\n"
        "The crews were questioned and released."
    )
    got = dates(text, "2007-03-12")
    assert got["questioned"][:2] == ("2007-03-11", "2007-03-11")  # Sunday's story, not 1982


def test_the_year_of_a_figure_a_change_starts_from_is_a_bound():
    text = "Car thefts in the province halved from 12,000 in 1998 to 6,100 in 2006, the police said."
    assert dates(text, "2007-03-12")["halved"][:2] == ("2006-01-01", "2006-12-31")


def test_a_saying_dated_between_its_speaker_and_its_verb_does_not_move_the_story():
    # Friday 2007-03-16: the mayor spoke on Thursday; the march is Friday's story
    text = (
        "Thousands of farmers marched on the town hall in the provincial capital on Friday.\n\n"
        "Police blocked the main bridge with trucks.\n\n"
        "The mayor, who took office in 2005, a day earlier vowed not to meet the marchers.\n\n"
        "The marchers burned bales of straw outside the town hall."
    )
    got = dates(text, "2007-03-16")
    assert got["burned"][:2] == ("2007-03-16", "2007-03-16")  # Friday's march, not the mayor's Thursday


def test_a_time_in_an_infinitive_of_a_present_perfect_is_not_the_story_era():
    # Sunday 2007-12-16: Saturday's round of matches, not the May of the title
    text = (
        "Rennes went top of the league with a 2-1 win over Nice on Saturday.\n\n"
        "Their coach praised the defence.\n\n"
        "Fans cheered the players off the pitch.\n\n"
        "Since 1990 the leaders at Christmas have gone on to win the title in May.\n\n"
        "Elsewhere Lyon beat Lens 2-0 with two late goals."
    )
    got = dates(text, "2007-12-16")
    assert got["beat"][:2] == ("2007-12-15", "2007-12-15")  # not last May


def test_a_call_on_someone_is_a_statement_that_leaves_a_look_back():
    # Friday 2007-06-15: the minister's appeal is of the story's days, not of May 2
    text = (
        "Dockers blocked the port of the city on Thursday to protest against a new labour law.\n\n"
        "The regional council passed the law on May 2 after a long debate.\n\n"
        "The labour minister called on the dockers to return to work.\n\n"
        "Police arrested two dockers at the gates."
    )
    got = dates(text, "2007-06-15")
    assert got["arrested"][:2] == ("2007-06-14", "2007-06-14")  # Thursday's story again, not May 2


def test_a_named_doer_comes_back_to_his_own_day_after_a_look_back_at_someone_else():
    # Thursday 2005-03-17: the minister's visit is on Thursday; the farmer's death a week before is
    # told in passing, and the minister's next acts are not on its day
    text = (
        "Health Minister Anna Berg visited a poultry farm near the border on Thursday.\n\n"
        "Officials confirmed two human cases of the virus on Wednesday. A farmer died on March 10.\n\n"
        "Berg inspected the new cull procedures and later met local veterinarians."
    )
    got = dates(text, "2005-03-17")
    assert got["died"][:2] == ("2005-03-10", "2005-03-10")
    assert got["inspected"][:2] == ("2005-03-17", "2005-03-17")
    # not someone else who comes back, nor a doer the story's day was told of
    text = (
        "Health Minister Anna Berg visited a poultry farm near the border on Thursday.\n\n"
        "Officials confirmed two human cases of the virus on Wednesday. A farmer died on March 10.\n\n"
        "Neighbours burned the carcasses of his birds."
    )
    assert dates(text, "2005-03-17")["burned"][:2] == ("2005-03-10", "2005-03-10")
