"""One row per happening within an article (issue 16, item 2): two verbs of one kind joined by
"and" with one doer are one row; alike happenings of other people, places or days stay apart,
and "the election" of the story's day is not an election told of months before."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline import api

pytestmark = pytest.mark.slow


def rows(text: str) -> list[tuple[str, ...]]:
    """The triggers of each row of the article's chronology."""
    timeline = api.extract([text], ref_date=dt.date(2005, 12, 15))
    return [tuple(m.trigger for m in e.mentions) for e in timeline.events]


def test_two_verbs_of_one_kind_and_one_doer_are_one_row():
    text = (
        "Forecasters said Typhoon Mira intensified further and increased its threat to the island of Luzon on Tuesday."
    )
    assert ("intensified", "increased") in rows(text)


def test_two_verbs_of_one_kind_stay_one_row_beside_the_next_happening():
    text = (
        "Storm Kiri intensified further and increased its threat to Mindanao on Wednesday, the weather bureau said. "
        "Schools were closed in Davao."
    )
    found = rows(text)
    assert ("intensified", "increased") in found and ("closed",) in found


def test_two_arrests_of_two_people_in_one_sentence_stay_two_rows():
    found = rows("Police arrested Tom Baker and detained Ann Cole in Leeds on Monday.")
    assert ("arrested",) in found and ("detained",) in found


def test_the_election_of_the_story_day_is_not_the_election_months_before():
    text = (
        "Ministers praised the police for preventing the bombings that killed 30 people during March's "
        "election, the first free vote in the country in decades. A senior general said the election gave "
        "London growing confidence that troops could leave next year."
    )
    found = rows(text)
    assert ("election", "election") not in found
    assert found.count(("election",)) == 2


def test_a_killing_in_the_gaza_strip_and_the_killed_in_gaza_of_one_count_are_one_row():
    text = (
        "Israel has blocked a UN inquiry into the killing of 12 farmers in the Gaza Strip, a UN official said. "
        "Twelve farmers were killed on November 8 in the shelling of their homes in Gaza."
    )
    assert ("killing", "killed") in rows(text)


def test_a_sentence_told_again_with_its_count_is_one_row():
    text = (
        "The former mayor was sentenced on Tuesday to more than 11 years in prison for fraud. "
        "He was convicted of taking bribes from builders and sentenced to 11 years and four months."
    )
    assert ("sentenced", "sentenced") in rows(text)


def test_the_same_count_killed_in_two_towns_stays_two_rows():
    text = (
        "Five soldiers were killed on Monday in Kabul, the army said. "
        "In another province, five people were killed in Kandahar when their car hit a mine."
    )
    assert rows(text).count(("killed",)) == 2


def test_raids_on_two_villages_of_one_country_stay_two_rows():
    # both rows name the soldiers' country; the villages raided are two
    text = (
        "Turkish soldiers raided the village of Darkoy near the border on Sunday. "
        "Turkish soldiers raided the village of Meshir on Sunday, the governor said."
    )
    assert rows(text).count(("raided",)) == 2


def test_a_raid_on_a_town_told_again_with_the_country_stays_one_row():
    text = (
        "Turkish soldiers raided the town of Silopi on Sunday. "
        "The Turkish soldiers raided Silopi before dawn, residents said."
    )
    assert ("raided", "raided") in rows(text)


def test_a_country_within_another_country_name_is_no_place_within_a_place():
    from timeline.extract.repeats import _within

    assert _within("Gaza", "Gaza Strip") and _within("Jenin", "Jenin Refugee Camp")
    assert not _within("Korea", "North Korea") and not _within("Gaza Strip", "Gaza")


def test_an_attack_of_other_doers_on_a_guessed_day_is_not_the_attack_of_the_story():
    text = (
        "A car bomb exploded on Friday near the parliament building in Kabul. A spokesman for the Taliban "
        "said one of the movement's fighters had carried out Friday's attack. The United States launched "
        "the attack that removed the Taliban from power after the group refused to hand over Osama bin Laden."
    )
    found = rows(text)
    assert ("attack", "attack") not in found
    assert found.count(("attack",)) == 2


def test_revenge_attacks_are_not_the_attack_they_avenge():
    text = (
        "Thousands rallied in Leicester on Friday after gangs of youths attacked Asian shoppers at a market "
        "last Sunday. Groups of Asian men then launched a wave of revenge attacks, and police will patrol "
        "the city this weekend."
    )
    found = rows(text)
    assert ("attacked",) in found and ("attacks",) in found


def test_one_bowler_dismissing_two_batsmen_is_two_rows():
    text = (
        "South Africa took two early wickets on Friday. Fast bowler Dale Steyn had dismissed opener Matthew "
        "Hayden for a duck with his second ball. Steyn dismissed Justin Langer for 37 as the left-hander "
        "botched a pull shot."
    )
    assert rows(text).count(("dismissed",)) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Chile and Norway on Tuesday signed a fisheries agreement in Santiago, officials said. "
        "Chilean Foreign Minister Ana Soto and Norwegian Trade Minister Lars Berg signed the document "
        "on behalf of the two governments.",
        "Peru on Monday signed a contract with Brazil to buy 50,000 tons of rice, the ministry said. "
        "Peruvian Minister of Agriculture Luis Vega, who signed the deal, said it was the first of its kind.",
        # a country's adjective abbreviated with dots ("U.S.") titles its minister all the same
        "The United States and Chile on Monday signed a shipping accord. The accord, signed in Ottawa by Deputy "
        "U.S. Trade Representative Michael Johnson and Chilean Transport Minister Rosa Tapia, needs the "
        "approval of both parliaments.",
    ],
)
def test_a_country_and_the_ministers_titled_by_it_signing_are_one_row(text):
    # the country signed, and its ministers ("Chilean Foreign Minister Ana Soto") signed for it, in
    # its capital: one signing told twice, not two
    assert [t for t in rows(text) if "signed" in t] == [("signed", "signed")]


def test_ministers_of_another_country_signing_stay_another_row():
    text = (
        "Chile and Norway on Tuesday signed a fisheries agreement in Santiago. "
        "Argentine Foreign Minister Pablo Ruiz signed a trade accord in Lima on Tuesday."
    )
    assert [t for t in rows(text) if "signed" in t] == [("signed",), ("signed",)]


def test_the_man_who_died_is_the_businessman_told_of_before():
    text = (
        "A businessman was beaten by a crowd at a bus station and later died, police said on Thursday. "
        "The man died in a hospital near the station, a police spokesman said."
    )
    found = rows(text)
    assert ("died", "died") in found and ("died",) not in found


def test_the_man_who_died_is_not_the_policewoman_told_of_before():
    text = (
        "A policewoman was beaten by a crowd at a bus station and later died, police said on Thursday. "
        "The man died in a hospital near the station, a police spokesman said."
    )
    assert ("died", "died") not in rows(text)


def test_the_arrests_made_by_a_squad_are_the_arrests_told_before_whatever_day_was_guessed():
    text = (
        "Police arrested 14 people in Marseille overnight, officials said on Thursday. "
        "The arrests were made by a riot squad formed after youths burned cars in the city on Sunday."
    )
    assert ("arrested", "arrests") in rows(text)


def test_the_arrests_the_text_dates_on_another_day_stay_apart():
    text = (
        "Police arrested 14 people in Marseille overnight, officials said on Thursday. "
        "The arrests were made on Monday by a riot squad formed after youths burned cars in the city."
    )
    assert ("arrested", "arrests") not in rows(text)


def test_her_trip_is_the_visit_she_wrapped_up_but_not_another_visitors_trip():
    text = (
        "Prime Minister Ana Kovac on Sunday wrapped up a three-day visit to Japan with a stop in Osaka. "
        "During her trip, Kovac signed a trade pact with Tokyo. "
        "Emperor Akihito's trip to Europe will begin next month."
    )
    found = rows(text)
    assert ("visit", "trip") in found and ("trip",) in found


def test_a_protest_going_on_as_the_article_is_written_is_not_tuesdays_protest():
    text = (
        "Nurses protested outside the health ministry on Tuesday over pay, a union official said. "
        "The teachers are protesting too, he said."
    )
    found = rows(text)
    assert ("protested", "protesting") not in found
    assert ("protested",) in found and ("protesting",) in found


def test_a_search_going_on_told_twice_is_one_row():
    text = (
        "Rescuers are searching for nine miners trapped in a flooded colliery in Hebei, officials said. "
        "The rescuers are searching with pumps and divers."
    )
    assert ("searching", "searching") in rows(text)


def test_two_visits_listed_under_two_years_stay_two_rows():
    text = (
        "The royal yacht docked in Valletta on Tuesday for a three-day stay.\n\n"
        "The yacht has often called at the island. Its earlier calls were these.\n\n"
        "-- June 1994\n\nThe yacht visited Gozo with the queen aboard.\n\n"
        "-- March 2001\n\nThe yacht visited Gozo with the prince aboard.\n\n"
    )
    assert rows(text).count(("visited",)) == 2


def test_the_confession_of_one_told_again_by_her_age_is_one_row():
    text = (
        "The woman arrested after the market bombing confessed on state radio on Friday that her brother "
        "had planned the attack.\n\n"
        "Maria Olsen, a Norwegian citizen, was shown in a police van.\n\n"
        "The 42-year-old confessed to hiding the explosives in a fruit crate."
    )
    confessions = [found for found in rows(text) if "confessed" in found]
    assert confessions == [("confessed", "confessed")]


def test_another_age_is_another_one():
    text = (
        "The 51-year-old driver confessed to the hit-and-run on Friday, police said.\n\n"
        "The 42-year-old confessed to hiding the car in a barn."
    )
    assert [found for found in rows(text) if "confessed" in found] == [("confessed",), ("confessed",)]


def test_one_brought_in_with_a_and_taken_up_with_the_is_one_row_told_by_the_fuller_mention():
    text = (
        "The trial of the former mayor and four aides on fraud charges resumed, which saw a defence lawyer "
        "ejected and ordered to be detained soon afterwards.\n\n"
        "The defence lawyer Sami Nour, always a loud voice in the trial, was ejected and detained for a day "
        'for "insulting the judges."'
    )
    timeline = api.extract([text], ref_date=dt.date(2005, 12, 15))
    ejections = [e for e in timeline.events if any(m.trigger == "ejected" for m in e.mentions)]
    assert len(ejections) == 1
    assert "Sami Nour" in ejections[0].summary


def test_the_bare_noun_of_a_dated_happening_told_in_other_words_is_that_happening():
    text = (
        "A shopkeeper arrested in the north was a key planner of the Oct. 3 bombings in the port city, "
        "the police chief said Sunday.\n\n"
        "Omar Haddad, who was arrested in his village, was described by the police chief as the mind "
        "behind the blasts that wounded over 40 people."
    )
    found = rows(text)
    assert ("bombings", "blasts") in found
    assert ("blasts",) not in found


def test_the_noun_whose_of_phrase_names_other_people_is_no_back_reference():
    # the ministers' walkout is not the soldiers' withdrawal told again
    text = (
        "Last year, huge street protests led to Ruritania withdrawing its soldiers from Borduria.\n\n"
        "The opposition does not recognize the cabinet left after the pullout of four rival ministers."
    )
    found = rows(text)
    assert ("withdrawing", "pullout") not in found
    assert ("withdrawing",) in found and ("pullout",) in found


def test_the_noun_whose_of_phrase_names_the_earlier_doer_still_refers_back():
    text = (
        "Last year, huge street protests led to Ruritania withdrawing its soldiers from Borduria.\n\n"
        "The opposition does not recognize the cabinet left after the pullout of Ruritania."
    )
    assert ("withdrawing", "pullout") in rows(text)


def test_backing_a_resolution_and_its_approval_by_a_vote_are_one_row():
    text = (
        "The Senate on Wednesday backed a resolution calling for a ceasefire in the border region. "
        "The resolution was approved by a show of hands."
    )
    assert ("backed", "approved") in rows(text)


def test_resigning_and_stepping_down_of_one_minister_are_one_row():
    text = (
        "Transport Minister Ruth Adamu resigned on Monday over the rail accident. "
        "Adamu stepped down after a day of protests in the capital, her office said."
    )
    assert ("resigned", "stepped") in rows(text)


def test_a_plane_that_crashed_and_went_down_in_one_place_is_one_row():
    text = (
        "A small cargo plane crashed on Friday in the hills near Kandy, the air force said. "
        "The aircraft went down in the hills near Kandy minutes after take-off."
    )
    assert ("crashed", "went down") in rows(text)


def test_a_death_that_was_announced_is_the_death_told_not_a_plan():
    text = (
        "The veteran novelist Clara Mendes died on Sunday in a clinic in Porto, aged 91. "
        "Mendes's death was announced by her publisher in a short statement."
    )
    timeline = api.extract([text], ref_date=dt.date(2005, 12, 15))
    assert not [e for e in timeline.events if e.factuality == "planned"]
    assert ("died", "death") in rows(text)


def test_a_vow_to_launch_a_campaign_is_one_row_the_vows():
    text = "The ousted militia commanders vowed on Friday to launch an armed campaign against the new council."
    assert rows(text) == [("vowed",)]


def test_attending_a_trial_is_the_trial_one_row():
    text = (
        "A court in Lyon on Tuesday began hearing the case of four bankers accused of fraud. "
        "Lawyers from three countries have been attending the trial in the city's commercial court."
    )
    found = rows(text)
    assert any("trial" in row for row in found) and not any("attending" in row and "trial" not in row for row in found)


def test_leaders_meeting_at_a_summit_is_the_summit_one_row():
    text = "Asian leaders, meeting at a summit in Manila from Friday, will try again to settle the trade dispute."
    assert ("meeting", "summit") in rows(text)


def test_opening_a_campaign_with_a_win_is_the_win_one_row():
    assert ("opened", "win") in rows("Kenya opened its campaign with a 3-1 win over Ghana on Saturday.")


def test_voting_in_a_referendum_is_the_referendum_one_row():
    text = "Nearly 70 percent of the islanders voted in the March 2 referendum on independence, officials said."
    assert any("voted" in row and "referendum" in row for row in rows(text))


def test_participating_in_a_fair_held_last_month_is_one_row_dated_last_month():
    text = (
        "The agency will contact the 40 Indian buyers who participated at the 2005 Malawi Travel Expo held in "
        "Lilongwe last month, its director said."
    )
    timeline = api.extract([text], ref_date=dt.date(2005, 12, 15))
    fair = [e for e in timeline.events if "Expo" in [m.trigger for m in e.mentions]]
    assert len(fair) == 1 and {"participated", "held"} <= {m.trigger for m in fair[0].mentions}
    assert fair[0].date.earliest == "2005-11-01"


def test_a_probe_into_a_bombing_and_a_defeat_after_which_a_side_won_stay_apart():
    text = (
        "The government has fully cooperated with a UN probe into the bombing of the embassy in Nairobi last month. "
        "The club returned to winning ways on Saturday after their 2-1 defeat at home last week."
    )
    found = rows(text)
    assert ("bombing",) in found and ("defeat",) in found


def test_going_down_to_a_defeat_is_the_defeat_one_row():
    assert ("went down", "defeat") in rows("The league leaders went down to a 24-10 defeat away to Bath on Sunday.")


def test_what_ministers_would_discuss_at_the_meeting_is_the_meeting_one_row():
    text = (
        "Minister Paolo Conti and fellow ministers would discuss the vaccine shortage at the meeting on Friday, "
        "his office said."
    )
    assert ("discuss", "meeting") in rows(text)


def test_an_offer_made_and_the_days_offer_that_was_made_are_one_row():
    text = (
        "The mining group Rio Verde made a formal cash offer of 300 pence per share for Tin Holdings on Monday. "
        "Monday's offer was made before a deadline set by regulators, the firm said."
    )
    assert ("made", "made") in rows(text)


def test_an_offer_made_by_another_bidder_is_another_row():
    text = (
        "The mining group Rio Verde made a formal cash offer of 300 pence per share for Tin Holdings on Monday. "
        "A rival offer was made by Copper Corp on Monday, the firm said."
    )
    assert ("made", "made") not in rows(text)


def test_the_assassination_of_a_minister_and_his_killing_are_one_row():
    text = (
        "Party leaders on Tuesday voiced anger at the assassination of Transport Minister Nadim Karam earlier "
        "in the day. Karam was killed by a gunshot when his car was attacked on a street in the capital."
    )
    # his assassination and his killing are one happening: one row, not his death twice
    assert [t for t in rows(text) if {"assassination", "killed"} & set(t)] == [("assassination", "killed")]


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        (
            "Gunmen kidnapped six engineers from an oil platform off the coast on Monday. Six of the engineers "
            "were taken hostage after a gunfight with guards, the company said.",
            ("kidnapped", "taken"),
        ),
        (
            "Schools in the district stayed closed on Monday after a local teacher was shot dead last week. "
            "The 40-year-old teacher was gunned down by a suspected militant as she walked home.",
            ("shot", "gunned down"),
        ),
        (
            "Former tax inspector Joao Pinto killed himself at his flat in Porto, police said on Sunday. His "
            "brother conceded that Pinto had committed suicide but denied any link to the fraud inquiry.",
            ("killed", "suicide"),
        ),
        (
            "A patrol plane found the missing yacht about 40 km off the coast on Tuesday. The yacht was "
            "sighted drifting with its sails down, the coast guard said.",
            ("found", "sighted"),
        ),
        (
            "The ruling party suspended its deputy leader Paul Mbeki on Sunday over the funding scandal. A party "
            "spokesman said the executive barred Mbeki from all party activities for six months.",
            ("suspended", "barred"),
        ),
    ],
)
def test_a_verb_and_the_word_after_it_tell_the_happening_in_other_words(text, joined):
    # "were taken hostage" is the kidnapping, "was gunned down" the teacher "shot dead": one row each
    assert joined in rows(text)


def test_the_suicide_of_another_man_years_before_is_not_the_one_told():
    text = (
        "Former tax inspector Joao Pinto killed himself at his flat in Porto, police said on Sunday. "
        "Another inspector, Rui Costa, committed suicide in 2003."
    )
    assert ("killed",) in rows(text) and ("suicide",) in rows(text)


def test_a_ban_and_a_suspension_of_two_people_stay_two_rows():
    text = (
        "The football association banned striker Tom Reyes for three matches on Monday. "
        "The club suspended its coach Ian Marsh for a week."
    )
    assert ("banned",) in rows(text) and ("suspended",) in rows(text)


def test_a_man_in_the_subject_of_a_killing_is_not_the_man_killed_after_it():
    text = (
        "Troops stormed the building on Monday. There, some of the gunmen, including their leader Omar Salim, "
        "fired back at the troops, killing one soldier. Salim and his men were then gunned down by the soldiers."
    )
    # Salim's men killed a soldier, then the soldiers killed Salim: two deaths, two rows
    assert ("killing",) in rows(text) and ("gunned down",) in rows(text)


CLAIMS = "rejected claims by a rebel leader that {} had armed his fighters. "
KHAN = "Pakistan's Deputy Minister for Information Ahmed Khan told the BBC on Monday that the claims were baseless."


def test_a_statement_of_an_unnamed_official_is_the_one_his_country_s_named_minister_made():
    # the lead's "A Pakistani government minister" is the body's Pakistani minister: one statement
    text = "A Pakistani government minister " + CLAIMS.format("Islamabad") + KHAN
    assert rows(text) == [("rejected", "told")]


def test_a_statement_of_an_unnamed_official_of_another_country_stays_its_own_row():
    text = "An Indian official " + CLAIMS.format("Delhi") + KHAN
    assert sorted(rows(text)) == [("rejected",), ("told",)]


def test_the_same_count_of_dead_on_two_sides_is_two_happenings():
    # three police officers and three civilians: one figure, other dead, other places
    text = (
        "A suicide bomber blew himself up outside a police post near Tal Afar on Sunday, killing three officers. "
        "Elsewhere, three civilians were gunned down on a road north of Hilla, a security official said."
    )
    found = rows(text)
    assert not any("killing" in row and "gunned down" in row for row in found)
    assert any("gunned down" in row for row in found)


def test_clashes_of_a_year_are_not_the_clash_of_a_day():
    # the plural over a year holds the day's clash among others; it is not that clash told again
    text = (
        "Three police officers were killed and two wounded in a clash between the security forces and "
        "members of the Tamil Tigers (LTTE) in the north, an official statement said on Tuesday. "
        "At least 300 police officers have been killed in clashes with the LTTE this year."
    )
    found = rows(text)
    assert ("clash",) in found and ("clashes",) in found


def test_what_an_audience_listened_to_is_one_row():
    text = "The ministers listened to the report made by the audit office on Tuesday."
    assert rows(text) == [("listened", "report")]


def test_what_two_countries_adopt_is_not_one_happening_through_the_thing_adopted():
    # one side names who adopts, the other nobody: the currency both adopt does not make them one
    text = (
        "Everything is ready for Latvia to at midnight on Sunday become the first Baltic state to adopt the "
        "European Union's common currency, officials said.\n\n"
        "Meanwhile, Lithuania is aiming to adopt the single currency in 2015."
    )
    assert ("adopt", "adopt") not in rows(text)


def test_an_occasion_set_for_a_day_is_the_occasion_s_row():
    # "set for" only says when the elections are to be: one row, on the noun, with its day
    found = rows("The opposition vowed to contest the regional elections set for June 2, its leader said on Monday.")
    assert ("elections",) in found and not any("set" in row for row in found)


def test_an_occasion_held_and_set_for_a_day_is_one_row():
    text = (
        "Abu Salem told reporters in the city of Hebron that the authority will never allow any attempt at "
        "hindering holding the parliament elections set for March 12, 2007."
    )
    found = rows(text)
    assert sum(1 for row in found if "elections" in row or "set" in row) == 1


def test_taking_part_in_a_meeting_is_the_meeting_s_row():
    # "take part" carries the meeting, as "attend" does; "meeting" in -ing is the noun all the same
    text = "The foreign minister will take part in a meeting on Tuesday of a contact group on the border dispute."
    found = rows(text)
    assert len([row for row in found if "take" in row or "meeting" in row]) == 1


def test_a_groups_shares_and_one_companys_shares_are_two_moves():
    text = (
        "London shares ended lower on Thursday. "
        "Retail shares fell after weak Christmas sales figures. "
        "Shares in Tesco, which runs supermarkets, fell by 4 pence to 310 pence."
    )
    assert rows(text).count(("fell",)) == 2


def test_shares_in_a_company_said_twice_stay_one_move():
    text = (
        "Shares in Tesco fell by 4 pence to 310 pence on Thursday after a profit warning. "
        "Tesco shares fell as investors sold."
    )
    assert ("fell", "fell") in rows(text)


def test_a_meeting_and_the_participle_that_closes_it_are_one_row():
    found = rows(
        "The plan was adopted at the two-day regional meeting closed here on Tuesday afternoon, the chairman said."
    )
    assert ("meeting", "closed") in found or ("closed", "meeting") in found
    assert not any(row == ("meeting",) for row in found)


def test_the_support_verbs_repeats_knows_are_those_of_the_triggers():
    from timeline.extract.repeats import SUPPORT_VERB_LEMMAS
    from timeline.extract.triggers import SUPPORT_VERBS

    assert SUPPORT_VERB_LEMMAS == SUPPORT_VERBS


def test_a_suit_filed_and_the_suit_filed_on_a_day_are_one_row():
    text = (
        "The singer Maria Lopez has filed suit against a gossip magazine for printing her private letters. "
        "The suit filed in a Miami court on Monday says an editor bought the letters from a former aide."
    )
    assert ("suit", "filed") in rows(text)  # the suit's row ("filed" stages it), the participle told again


def test_the_offer_that_made_headlines_is_not_the_offer_made_again():
    text = (
        "The airline Sunjet made a bid for its rival Blue Air last week. "
        "The bid made headlines across Europe, analysts said."
    )
    assert ("made", "made") not in rows(text)


def test_a_course_that_opened_and_the_minister_who_opened_it_are_one_row():
    text = (
        "A five-day training course on water safety opened on Monday in Gulu. "
        "Health Minister Joseph Okello opened the training course, his office said."
    )
    assert ("opened", "opened") in rows(text)


def test_a_fair_that_opened_and_a_clinic_a_mayor_opened_stay_two_rows():
    text = (
        "A new trade fair opened in Lyon on Tuesday. "
        "Mayor Paul Ravel opened the new clinic on Tuesday, his office said."
    )
    assert ("opened", "opened") not in rows(text)


def test_a_summit_that_opened_and_another_summit_opened_stay_two_rows():
    text = (
        "A three-day summit of African leaders opened in Accra on Monday. "
        "President John Mensah opened another summit in Accra on Monday."
    )
    found = rows(text)
    assert not any(t.count("opened") + t.count("summit") > 2 for t in found)


def test_what_ministers_will_discuss_at_an_emergency_meeting_is_the_meeting_one_row():
    text = "Gulf foreign ministers will discuss the border dispute at an emergency meeting on Sunday, the council said."
    assert ("discuss", "meeting") in rows(text)


def test_what_was_discussed_during_the_cabinet_meeting_is_the_meeting_one_row():
    text = "The fuel subsidy was discussed during the cabinet meeting in Quito last Tuesday, a minister said."
    assert ("discussed", "meeting") in rows(text)


def test_a_dinner_the_leaders_will_attend_is_the_dinner_one_row():
    text = "On Friday evening the leaders and their wives will attend a formal dinner at the royal palace in Oslo."
    assert ("dinner",) in rows(text)  # (the row of attending it is the dinner's)


def test_what_ministers_discussed_after_the_cabinet_meeting_is_another_row():
    text = "The ministers discussed the fuel subsidy after the cabinet meeting in Quito on Tuesday, a minister said."
    assert ("discussed", "meeting") not in rows(text)


def test_two_countries_signing_and_their_ministers_signing_are_one_row_though_a_title_is_written_small():
    text = (
        "Chile and Peru signed a fisheries agreement on Monday. "
        "The accord was signed by Chilean Fisheries Minister Ana Rivas and her Peruvian counterpart Jorge Salas."
    )
    assert ("signed", "signed") in rows(text)


def test_a_counterpart_of_a_third_country_signing_is_another_row():
    text = (
        "Chile and Peru signed a fisheries agreement on Monday. "
        "An accord was signed by Chilean Fisheries Minister Ana Rivas and her Bolivian counterpart Luis Mora."
    )
    assert ("signed", "signed") not in rows(text)


def test_a_poll_by_a_firm_released_on_a_day_is_one_row():
    text = "Most Danes expect prices to rise, according to a poll by Gallup released on Thursday."
    assert ("poll", "released") in rows(text)


def test_attacks_on_banks_that_occurred_overnight_are_one_row():
    text = "A wave of arson attacks targeting banks in Lisbon occurred overnight on Thursday, police said."
    assert ("attacks", "occurred") in rows(text)


def test_a_phrase_that_opens_another_clause_keeps_the_staging_verb_apart():
    text = "A wave of arson attacks, which police said were the work of anarchists, occurred in Lisbon on Thursday."
    assert ("attacks", "occurred") not in rows(text)


def test_a_count_told_as_more_of_one_side_is_not_the_same_count_of_the_other():
    # "two more" counts more of the marines the sentence told of; "two more civilians" are other dead
    text = (
        "Marines are still dying at a steady pace; the navy reported the deaths of two more on Friday. "
        "North of the port, two more civilians were killed in a mortar attack, a hospital official said."
    )
    found = rows(text)
    assert not any("deaths" in row and "killed" in row for row in found)
    assert any("killed" in row for row in found)


def test_her_release_beside_his_stays_a_row_of_its_own_when_the_summary_names_him():
    text = (
        "Officer Paul Varnes and his wife were detained for questioning in mid-March. "
        "Varnes was suspended after being released without charge. "
        "He claimed diplomatic immunity and his wife was released on bail."
    )
    assert rows(text).count(("released",)) == 2


def test_the_noun_of_a_participle_is_what_the_verb_acted_on_not_another_doer():
    # "the accord signed Tuesday" is the passive of "signed a pact" without its "was": the accord is
    # what was signed, not a second signer
    text = (
        "The Danish shipping firm Norvik on Tuesday signed a pact giving it a share of a Chilean port operator. "
        "A spokesman for the port declined to give any financial terms of the accord signed Tuesday."
    )
    assert ("signed", "signed") in rows(text)


def test_a_participle_after_what_the_verb_never_acted_on_stays_apart():
    # "the index climbed" is no passive: the index is what moved, not what the other verb moved
    text = (
        "Copper prices climbed on Tuesday in London trading. "
        "In New York, the Dow Jones industrial average index climbed 12 points to 10,950 on Tuesday."
    )
    assert rows(text).count(("climbed",)) == 2


def test_a_verb_done_to_other_ones_is_another_happening():
    # "killing two other people": others than the two workers, in another collapse a week before
    text = (
        "A five-storey hotel under construction in the Ghanaian capital Accra collapsed on Tuesday, "
        "killing two workers, hospital sources said. The accident came a week after two old houses "
        "fell down in Accra, killing two other people."
    )
    found = rows(text)
    assert ("killing", "killing") not in found
    assert found.count(("killing",)) == 2


def test_a_count_of_the_same_ones_told_again_stays_one_row():
    # no "other": the same two workers told again
    text = (
        "A five-storey hotel under construction in the Ghanaian capital Accra collapsed on Tuesday, "
        "killing two workers, hospital sources said. The collapse, blamed on poor cement, "
        "killed two workers, a fire officer said."
    )
    assert sum(1 for row in rows(text) if "killing" in row or "killed" in row) == 1


def test_others_told_apart_from_the_dead_in_their_own_sentence_stay_the_wounded_told_before():
    # "wounding 12 others": others than the three killed in its own sentence, the 12 told before
    text = (
        "Three people died and 12 others were wounded when a car bomb struck a market in Mosul on Monday, "
        'a police source said. "The bomber drove into the crowd, killing three people and wounding 12 '
        'others," the source said.'
    )
    found = rows(text)
    assert sum(1 for row in found if "wounded" in row or "wounding" in row) == 1


def test_a_verb_that_hands_its_row_to_its_noun_and_the_noun_give_one_row():
    # "embarked on his first tour": the verb's row is the tour's; the noun's own row named the same
    # word again, one mention in two rows, and the visit then folded into only one of them
    text = (
        "Envoy Lena Varga embarked on her first tour of the region this week to prepare the talks. "
        "She has visited Serbia and Montenegro."
    )
    timeline = api.extract([text], ref_date=dt.date(2005, 12, 15))
    tours = [e for e in timeline.events if any(m.trigger == "tour" for m in e.mentions)]
    assert len(tours) == 1
    assert tours[0].summary.startswith("Envoy Lena Varga embarked on her first tour")


def test_a_toll_written_out_in_the_lead_and_in_digits_after_is_one_row():
    # "Twenty-two" is 22, not 20: the figure the body restates agrees with the lead's
    text = (
        "Twenty-two civilians were killed in an attack on a bus in northern Ruritania, police said on Saturday. "
        "A police spokesman said 22 civilians were killed and 10 wounded when gunmen ambushed the bus near Sirba."
    )
    found = rows(text)
    assert ("killed", "killed") in found
    assert ("killed",) not in found


def test_a_toll_written_out_stays_apart_from_another_count():
    text = (
        "Thirty-one miners were killed in a gas blast at a pit in Ostravia on Monday, officials said. "
        "A rescuer said 13 miners were killed in the blast."
    )
    found = rows(text)
    assert ("killed",) in found and ("killed", "killed") not in found


def test_a_lead_speaker_described_is_the_minister_the_next_sentence_names():
    # "A Kenyan minister" of the lead is the "Finance Minister Karl Oster" the body names at once:
    # his call and his quoted words are one statement, with him as its speaker
    text = (
        "A Kenyan minister on Tuesday called for an end to the fuel subsidies that cost the treasury billions. "
        '"We cannot go on paying for every litre," Finance Minister Karl Oster told state radio.'
    )
    timeline = api.extract([text], ref_date=dt.date(2006, 12, 14))
    (row,) = [e for e in timeline.events if e.mentions[0].trigger == "called"]
    assert [m.trigger for m in row.mentions] == ["called", "told"]
    assert ("Karl Oster", "agent") in {(a.name, a.role) for a in row.actors}


@pytest.mark.parametrize(
    "body",
    [
        # a minister of another country
        '"We cannot go on paying for every litre," Ugandan Finance Minister Karl Oster told state radio.',
        # one more minister
        "Finance Minister Karl Oster also told state radio that the budget deficit would widen.",
        # named only sentences later
        "The subsidies were introduced in 2002. Prices rose sharply last year. "
        "Energy Minister Karl Oster said on Tuesday that the budget deficit would widen.",
    ],
)
def test_a_lead_speaker_described_is_not_another_minister(body):
    text = (
        "A Kenyan minister on Tuesday called for an end to the fuel subsidies that cost the treasury billions. " + body
    )
    found = rows(text)
    assert ("called",) in found
