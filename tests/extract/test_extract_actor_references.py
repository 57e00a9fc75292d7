"""Actors reached through the sentence or the story: shared and raised subjects, the subject of
a clause at whose meeting it took place, surnames, descriptions ("the ship", "the journal", "the
report"), titles with no one named and the portfolio of a title; "the company" with none in sight,
the company the story is about; "the ministry", the one of the portfolio a minister was titled
with. An "it" that opens on what a country the sentence before is about did is that country,
unless a thing acted or was acted on there.
An "it" after an unnamed thing whose phrase names a body ("a boat belonging to the navy") is the
thing, no one named; after a thing told by its name ("the event, known as X,") it is that name."""

from __future__ import annotations

import pytest

from tests.extract.parsed import extracted
from tests.extract.test_extract_actor_names import actors, doers, names

pytestmark = pytest.mark.slow


def test_actor_references_a_raised_subject_is_shared_by_the_conjoined_verb():
    text = "Queen Margrethe is scheduled to open the bridge on Monday and meet the mayor of Aarhus."
    assert names(text, "meet") == ["Queen Margrethe"]


def test_actor_references_a_participle_with_an_object_of_its_own_is_active():
    text = "Gomez, 64, handed over the party leadership on Friday to his deputy Luis Vera."
    assert ("Gomez", "agent") in actors(text, "handed over")


def test_actor_references_who_holds_the_meeting_the_clause_tells_of():
    text = "Chancellor Anna Berg restated her view during a meeting with Pedro Alves on Monday."
    assert names(text, "meeting") == ["Anna Berg", "Pedro Alves"]


def test_actor_references_who_acts_at_a_gathering_attends_it():
    text = "At Tuesday's meeting, the Nordic Council agreed to cut fishing quotas."
    assert names(text, "meeting") == ["Nordic Council"]


def test_actor_references_who_acts_in_a_phrase_at_a_gathering_is_no_attendee():
    text = "Voss resigned after Lund made what Berg called a damaging remark during the June meeting."
    assert "Berg" not in names(text, "meeting")


def test_actor_references_a_shared_surname_is_the_one_named_before():
    text = (
        "Prime Minister Ivan Petrov visited Minsk on Monday.\n"
        "Petrov, 70, handed power to his brother Oleg Petrov on Friday."
    )
    assert names(text, "handed") == ["Ivan Petrov", "Oleg Petrov"]


@pytest.mark.parametrize(
    ("text", "trigger", "who"),
    [
        (
            "The Daily Courier printed the letter on Monday. The journal apologised on Tuesday.",
            "apologised",
            "Daily Courier",
        ),
        (
            "The Nordic Star left Rotterdam on Monday with 2,000 containers. The ship will reach Lagos on Friday.",
            "reach",
            "Nordic Star",
        ),
        (
            "The Philippine central bank raised rates on Thursday. The central bank will meet again in March.",
            "meet",
            "Philippine central bank",
        ),
        (
            "The Paris Club report, published on Monday, praised Ghana.\nThe report also warned about debt on Tuesday.",
            "warned",
            "Paris Club",
        ),
    ],
)
def test_actor_references_a_description_is_what_it_describes(text, trigger, who):
    assert names(text, trigger) == [who]


def test_actor_references_a_title_with_no_one_named_is_no_actor():
    text = "A Kenyan senior official said on Monday that the road would reopen."
    assert not any("official" in name for name in names(text, "reopen"))


def test_actor_references_the_portfolio_of_a_title_is_no_actor():
    text = "Secretary of State for Health Maria Olsen said on Friday that prices would fall."
    assert names(text, "said") == ["Maria Olsen"]


@pytest.mark.parametrize(
    ("text", "trigger", "who"),
    [
        (
            "Ghana and Togo signed a trade pact on Friday. Both sides agreed to cut tariffs.",
            "agreed",
            ["Ghana", "Togo"],
        ),
        (
            "Kenya drew with Uganda 1-1 on Sunday and both were knocked out of the cup.",
            "knocked",
            ["Kenya", "Uganda"],
        ),
        (
            "Traders from Latvia and Estonia protested on Monday, before the two countries join the euro in January.",
            "join",
            ["Estonia", "Latvia"],
        ),
    ],
)
def test_actor_references_both_and_the_two_are_the_pair_told_before(text, trigger, who):
    assert sorted(names(text, trigger)) == who


def test_actor_references_an_occasion_to_be_held_is_what_is_held_and_whose_it_is():
    text = (
        "King Tupou left for Suva on Friday to take part in the summit of the Pacific Islands Forum"
        " to be held in Suva on Monday."
    )
    assert names(text, "held") == ["Pacific Islands Forum"]


@pytest.mark.parametrize(
    ("text", "trigger", "who"),
    [
        (
            "Siemens board chief Heinrich von Pierer said on Sunday he would stay."
            " Prosecutors questioned von Pierer on Monday.",
            "questioned",
            ["Heinrich von Pierer"],
        ),
        ("The Jakarta Post reported the cut on Monday. The Post said the ministry would act.", "act", ["Jakarta Post"]),
    ],
)
def test_actor_references_a_short_name_is_the_one_full_name_it_ends(text, trigger, who):
    assert names(text, trigger) == who


def test_actor_references_a_title_is_the_one_person_whose_longer_title_ends_so():
    text = (
        "Cuban Foreign Minister Felipe Perez Roque spoke on Tuesday. "
        "Later the foreign minister criticized the United States."
    )
    assert names(text, "criticized") == ["Felipe Perez Roque", "United States"]


def test_actor_references_a_sentence_s_first_word_written_lower_case_elsewhere_is_no_name():
    text = (
        "Storms cut the power to 90,000 homes on Friday.\n"
        "Power had been restored to 200,000 people over the weekend in the west, the Interior Ministry said."
    )
    assert actors(text, "restored") == [("Interior Ministry", "source")]


@pytest.mark.parametrize(
    ("text", "trigger", "who"),
    [
        # two in sight: without the saying, the pronoun could be either
        ("Maria Lopez told Ivan Petrov on Monday that she would visit Moscow in March.", "visit", "Maria Lopez"),
        (
            "Nissan and Renault met in Paris on Monday. Renault told Nissan on Friday that it would build a plant.",
            "build",
            "Renault",
        ),
        ("The Polish government says it has closed the border with Belarus.", "closed", "Poland"),
    ],
)
def test_actor_references_a_pronoun_reported_after_the_verb_of_saying_is_who_says_it(text, trigger, who):
    assert (who, "agent") in actors(text, trigger)


def test_actor_references_him_or_her_is_not_the_subject_of_its_own_verb():
    text = "Ivan Petrov and Maria Lopez attended the summit in Oslo on Monday. Petrov thanked her on Tuesday."
    assert actors(text, "thanked") == [("Ivan Petrov", "agent"), ("Maria Lopez", "patient")]


def test_actor_references_a_surname_the_tagger_missed_is_the_person_named_with_it():
    # the tagger leaves the second "Gough" untagged: without it, "he" would be the engineer
    text = (
        "Prime Minister Sean Gough opened the new bridge in Cork on Sunday.\n\n"
        "Gough made the announcement while attending a ceremony for the late engineer Mikael Sand, "
        "who died in 1990.\n\n"
        "A museum was also being considered for the old harbour, he added."
    )
    assert names(text, "added") == ["Sean Gough"]


@pytest.mark.parametrize(
    ("text", "trigger", "who"),
    [
        ("Rebel commander Omar Haddad was shot in the head and died on the spot on Monday.", "died", "agent"),
        ("Former mayor Lena Brandt was arrested on Monday and charged with fraud.", "charged", "patient"),
    ],
)
def test_actor_references_a_passive_subject_is_shared_by_the_conjoined_verb(text, trigger, who):
    assert [role for _, role in actors(text, trigger)] == [who]


@pytest.mark.parametrize(
    ("text", "trigger", "who"),
    [
        (
            "Ghana, together with Togo which tied with Benin 2-2 earlier on Saturday, will also play in Accra.",
            "tied",
            "Togo",
        ),
        ("Austria, together with Hungary which lost to Poland on Friday, is out of the tournament.", "lost", "Hungary"),
    ],
)
def test_actor_references_a_relative_pronoun_is_the_name_it_follows(text, trigger, who):
    # the parser hangs the relative clause on the first name
    assert names(text, trigger)[0] == who


def test_actor_references_the_company_is_the_one_named_as_a_company():
    text = (
        "OSLO, May 2 (Reuters) - Sales of salmon rose by 12 percent in April, according to Nordvik Seafood Plc.\n\n"
        "The company will pay a dividend in June."
    )
    assert names(text, "pay") == ["Nordvik Seafood Plc"]


def test_actor_references_the_object_of_urged_or_asked_does_what_the_infinitive_says():
    text = "The Green Party on Friday urged Interior Minister Pavel Novak to resign."
    assert ("Pavel Novak", "agent") in actors(text, "resign")
    assert ("Green Party", "agent") not in actors(text, "resign")


def test_actor_references_with_no_main_subject_named_she_is_the_one_subject_of_a_clause():
    text = (
        "The talks ended on Monday after Maria Lopez rejected a plan drawn up by Ivan Petrov. "
        "She left Geneva on Tuesday."
    )
    assert names(text, "left") == ["Maria Lopez"]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "President Lena Ostrova met Prime Minister Karl Brandt in Vienna on Monday.\n"
            "Ostrova praised the new trade rules.\n"
            "The two leaders signed a water treaty on Tuesday.",
            "signed",
        ),
        (
            "President Lena Ostrova held talks with visiting Prime Minister Karl Brandt on Monday.\n"
            "Both agreed to open a new border crossing in March.",
            "open",
        ),
        (
            "President Lena Ostrova held talks with Prime Minister Karl Brandt on Monday.\n"
            "The two leaders agreed to cut tariffs.\n"
            "They also signed a water treaty.",
            "signed",
        ),
    ],
)
def test_actor_references_the_two_leaders_who_met(text, trigger):
    assert sorted(names(text, trigger)) == ["Karl Brandt", "Lena Ostrova"]


def test_actor_references_they_is_no_group_that_was_not_the_subject():
    text = "Gunmen attacked Kandahar and Herat on Monday.\nThey killed ten soldiers."
    assert names(text, "killed") == []


def test_actor_references_the_one_visited_in_a_with_phrase_takes_part():
    text = "King Omar held talks with visiting Chancellor Ida Holm at the palace on Monday."
    assert names(text, "talks") == ["Omar", "Ida Holm"]


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister Paul Omondi held talks on Monday with visiting Swedish Deputy Foreign Minister Erik Lund.",
        "Foreign Minister Paul Omondi held talks here Monday with the Swedish deputy foreign minister, Erik Lund.",
    ],
)
def test_actor_references_the_one_talks_are_with_when_with_hangs_on_the_support_verb(text):
    """The parser hung "with" on "held", out of the phrase of "talks": Lund is still who they are with."""
    assert names(text, "talks") == ["Paul Omondi", "Erik Lund"]


def test_actor_references_what_hangs_on_the_one_named_after_with_takes_no_part():
    text = "The rebels staged a protest on Monday with banners from Amnesty International."
    assert names(text, "protest") == []


@pytest.mark.parametrize(
    ("text", "trigger", "who"),
    [
        (
            "Analysts expect the Chilean central bank to hold rates.\n"
            "The central bank has cut its growth forecast twice this year.",
            "cut",
            ["Chilean central bank"],
        ),
        (
            "The Bank of Ruritania raised its key rate on Monday.\n"
            "The central bank has cut its growth forecast twice this year.",
            "cut",
            ["Bank of Ruritania"],
        ),
        (
            "Rebels agreed to talks with the Angolan central government.\n"
            "The central government signed the pact on Friday.",
            "signed",
            ["Angola"],
        ),
        (
            "The Kenyan military began the operation in 2004.\nSince then the military has seized 900 rifles.",
            "seized",
            ["Kenyan military"],
        ),
    ],
)
def test_actor_references_the_body_a_country_adjective_named_before(text, trigger, who):
    assert names(text, trigger) == who


def test_actor_references_a_new_body_is_not_the_one_named_before():
    text = "The Bank of Ruritania raised its key rate on Monday.\nThe new bank will open in May."
    assert names(text, "open") == []


def test_actor_references_the_worlds_largest_ship_is_the_vessel_named_before():
    text = (
        "The Nordic Star left Rotterdam on Monday with 9,000 containers.\n"
        "The world's largest container ship arrived on Saturday in Felixstowe."
    )
    assert names(text, "arrived") == ["Nordic Star"]


@pytest.mark.parametrize(
    ("text", "trigger", "who"),
    [
        (
            "Prime Minister Jan Koval said on Tuesday he would stay in office.\nThe premier vowed to end the strike.",
            "vowed",
            ["Jan Koval"],
        ),
        (
            "Premier Li Wen arrived in Manila on Monday.\nThe prime minister met President Rosa Cruz on Tuesday.",
            "met",
            ["Li Wen", "Rosa Cruz"],
        ),
    ],
)
def test_actor_references_the_premier_is_the_prime_minister(text, trigger, who):
    assert names(text, trigger) == who


def test_actor_references_who_an_event_noun_was_led_or_brokered_by():
    text = "The peace talks brokered by Norway resumed in Geneva on Monday."
    assert names(text, "talks") == ["Norway"]


def test_actor_references_the_statement_a_speaker_said_something_in_is_the_speakers():
    # one row, what was said, told by the speaker (the statement is no row of its own: issue 16)
    text = "Oxfam said in a statement on Friday that the floods had destroyed 3,000 homes."
    got = [(e.predicate.text, [(a.name, a.role) for a in e.actors]) for e in extracted(text)]
    assert got == [("destroyed", [("Oxfam", "source")])]


def test_actor_references_the_government_is_not_another_countrys_when_one_is_unknown():
    text = (
        "The Sri Lankan government asked the Norwegian government to explain the delay.\n"
        "The government was committed to the talks, the minister said on Tuesday."
    )
    assert "Norway" not in names(text, "committed")


def test_actor_references_who_is_due_to_do_something_does_it():
    text = "Critics turned on Premier Ivo Ralic, who is due to meet Chancellor Eva Lind in Vienna on Thursday."
    assert names(text, "meet") == ["Ivo Ralic", "Eva Lind"]


def test_actor_references_who_after_a_noun_and_the_name_beside_it_is_the_name():
    text = "The race is open for his teammate Omar Haddad of Qatar, who ranked third in Asia this year."
    assert names(text, "ranked") == ["Omar Haddad"]


def test_actor_references_the_subject_before_an_aside_does_the_verb_hung_on_the_aside():
    text = (
        "Chile's president-elect Ana Soto, of the ruling Social Party, named on Monday the last four cabinet ministers."
    )
    assert "Ana Soto" in names(text, "named")


def test_actor_references_who_after_what_a_named_subject_is_is_the_subject():
    text = "Sven Olsen is now the only world champion who will compete in Doha next week."
    assert names(text, "compete") == ["Sven Olsen"]


def test_actor_references_the_visitor_received_is_a_participant():
    text = "President Rosa Cruz received visiting Prime Minister Li Wen in Manila on Monday."
    assert names(text, "received") == ["Rosa Cruz", "Li Wen"]


@pytest.mark.parametrize(
    ("text", "trigger", "who"),
    [
        ("Vietnam's exports to Japan rose 20 percent in October.", "rose", ["Vietnam"]),
        ("Norway's peace effort began in 2000.", "began", ["Norway"]),
        ("Aleppo's airport was closed on Monday.", "closed", []),
    ],
)
def test_actor_references_the_country_whose_thing_is_the_subject(text, trigger, who):
    assert names(text, trigger) == who


@pytest.mark.parametrize(
    ("text", "trigger", "who"),
    [
        ("Shenzhen's imports of crude steel fell 8 percent in the first half.", "fell", ["Shenzhen"]),
        ("Jiangsu's foreign trade grew by 15 percent in 2006, the provincial customs said.", "grew", ["Jiangsu"]),
        ("Tianjin's exports to Korea doubled last year.", "doubled", ["Tianjin"]),
        ("Busan's port was closed on Monday.", "closed", []),
        ("Dublin's mayor resigned on Monday.", "resigned", []),
    ],
)
def test_actor_references_a_citys_trade_is_the_citys(text, trigger, who):
    # a city's or a province's imports, exports or trade are its own figures (the gold lists it as
    # the actor); its port, its mayor are where or who else
    assert names(text, trigger) == who


def test_actor_references_a_country_whose_thing_is_talked_about_takes_no_part():
    text = "President Rosa Cruz met Premier Li Wen on Monday.\nThey discussed Iran's nuclear standoff."
    assert "Iran" not in names(text, "met")


@pytest.mark.parametrize(
    ("text", "trigger", "who"),
    [
        ("A delegation led by Foreign Minister Taro Sato arrived in Seoul on Monday.", "arrived", ["Taro Sato"]),
        ("A bomb planted by the Tamil Tigers exploded in Colombo on Monday.", "exploded", ["Tamil Tigers"]),
        ("Israel, whose troops entered Gaza on Monday, said the raid would last a week.", "entered", ["Israel"]),
    ],
)
def test_actor_references_who_an_unnamed_subject_is_led_by_or_belongs_to(text, trigger, who):
    assert names(text, trigger)[:1] == who


def test_actor_references_the_monarch_is_the_king_named_before():
    text = "Norland's King Harald arrived in Oslo on Friday.\nThe monarch will open the new bridge on Monday."
    assert names(text, "open")[:1] == ["Harald"]


def test_actor_references_its_troops_are_the_speakers():
    text = "Sri Lanka's military said on Monday its troops had killed 20 rebels near Jaffna."
    assert names(text, "killed")[:1] == ["Sri Lanka's military"]


def test_actor_references_he_said_after_an_unnamed_speaker_is_not_the_last_person_named():
    text = (
        "Embassies were told to review their security after Saddam Hussein's execution. "
        '"We did send a cable to all of our missions," a State Department spokeswoman told reporters. '
        "She said the cable had been sent on Friday."
    )
    # no row makes Saddam Hussein say or do anything (the row read "Saddam Hussein said the cable ...")
    doers = {a.name for e in extracted(text, "2006-12-30") for a in e.actors if a.role in ("agent", "source")}
    assert "Saddam Hussein" not in doers


def test_actor_references_he_said_goes_on_with_the_last_speaker():
    text = (
        "Celtic drew on Saturday after Darren Smith cancelled out Derek Riordan's goal, and coach "
        "Paul Le Guen acknowledged his side would find the match hard. "
        'He said: "Celtic beat Hearts on Saturday."'
    )
    # (a happening told in the quote: "Celtic played very well" is a judgment, no row of its own)
    beat = next(e for e in extracted(text, "2006-12-31") if e.predicate.text == "beat")
    assert ("Paul Le Guen", "source") in {(a.name, a.role) for a in beat.actors}


def test_actor_references_the_owner_of_a_deputy_is_not_who_acts():
    (urged,) = extracted(
        "Osama bin Laden's top deputy urged Palestinians to turn against Abbas on Sunday.", "2006-12-31"
    )
    assert ("Osama bin Laden", "agent") not in {(a.name, a.role) for a in urged.actors}


@pytest.mark.parametrize(
    ("text", "trigger", "owner"),
    [
        ("Ana Ruiz's coach appealed to fans on Wednesday to leave the sprinter alone.", "appealed", "Ana Ruiz"),
        ("Tom Berg's agent met the club's directors on Tuesday.", "met", "Tom Berg"),
    ],
)
def test_actor_references_the_owner_of_a_coach_or_agent_is_not_who_acts(text, trigger, owner):
    (event,) = [e for e in extracted(text, "2006-12-31") if e.predicate.text == trigger]
    assert (owner, "agent") not in {(a.name, a.role) for a in event.actors}


def test_actor_references_he_who_speaks_is_not_one_his_words_name():
    text = (
        "US envoy Tom Baker flew to Kinshasa on Monday.\n"
        '"I am pleased to announce that President Kolo Mbeki and Mr. Jean Tanu have agreed to talks," he said.'
    )
    # "pleased to announce" tells the agreement as done: its row, the speaker its source
    assert actors(text, "agreed") == [("Kolo Mbeki", "agent"), ("Jean Tanu", "agent"), ("Tom Baker", "source")]


def test_actor_references_he_of_an_unnamed_speaker_is_no_one_named():
    text = (
        "Police surrounded the farm of Carl Dorn on Monday.\n"
        "A petrol station owner in the village said he had sold fuel to some 200 officers."
    )
    assert names(text, "sold") == []


def test_actor_references_he_of_a_speaker_told_by_a_description_no_one_holds_is_no_one_named():
    text = (
        '"Nobody deserves to die like this," Otto Brandt told reporters on Friday. '
        "The condemned man himself has said he would go to the gallows as a martyr."
    )
    assert "Otto Brandt" not in doers(text, "go")


def test_actor_references_she_of_a_described_speaker_is_the_one_named():
    text = (
        "Olympic champion Mary Jones announced her retirement on Tuesday.\n"
        "The 35-year-old former sergeant said she had been hurt by the loss of a friend."
    )
    assert names(text, "hurt") == ["Mary Jones"]


def test_actor_references_the_nations_leader_is_its_head_of_state_named_before():
    text = (
        "Brazilian President Ana Souza opened the trade fair in Recife on Monday.\n"
        "The Brazilian leader later visited a new port outside the city."
    )
    assert names(text, "visited") == ["Ana Souza"]


def test_actor_references_the_leader_of_two_heads_is_no_one_in_particular():
    text = (
        "Palestinian President Omar Aziz met Palestinian Prime Minister Sami Haddad on Monday.\n"
        "The Palestinian leader later visited a hospital in Ramallah."
    )
    assert names(text, "visited") not in (["Omar Aziz"], ["Sami Haddad"])


@pytest.mark.parametrize(
    ("text", "trigger", "who"),
    [
        (
            "The Bolivian army withdrew its units from the border region on Monday.\n"
            "Under last year's agreement, the government will cut the number of soldiers there by half.",
            "cut",
            ["Bolivia"],
        ),
        (
            "Portuguese voters rejected the tax reform in a referendum on Sunday.\n"
            "The government lost a confidence vote two days later.",
            "lost",
            ["Portugal"],
        ),
    ],
)
def test_actor_references_the_government_is_the_one_country_the_story_tells_of(text, trigger, who):
    assert names(text, trigger) == who


def test_actor_references_the_government_of_a_story_of_two_countries_is_no_one_in_particular():
    text = (
        "Chilean and Peruvian diplomats met in Lima on Monday to settle the fishing dispute.\n"
        "The government will publish the agreement on Friday."
    )
    assert names(text, "publish") == []


@pytest.mark.parametrize(
    ("text", "trigger", "issuer"),
    [
        (
            "The Ministry of Health issued a directive on Monday on the handling of vaccines.\n"
            "The directive ordered hospitals to report every case within a day.",
            "ordered",
            "Ministry of Health",
        ),
        (
            "The African Union said in a statement on Friday that talks would resume in May.\n"
            "The statement urged both sides to respect the truce.",
            "urged",
            "African Union",
        ),
        (
            "The Council of Europe adopted a resolution on prison conditions on Thursday.\n"
            "The resolution called on member states to end the use of solitary confinement.",
            "called",
            "Council of Europe",
        ),
    ],
)
def test_actor_references_the_writing_an_actor_issued_before_stands_for_it(text, trigger, issuer):
    assert issuer in names(text, trigger)


def test_actor_references_the_writing_told_last_without_an_issuer_is_no_one():
    text = (
        "The African Union said in a statement on Friday that talks would resume in May.\n"
        "A second statement appeared on a rebel website on Saturday.\n"
        "The statement urged both sides to respect the truce."
    )
    assert "African Union" not in names(text, "urged")


def test_actor_references_the_team_goes_on_with_an_unnamed_team_brought_in_before():
    text = (
        "An independent audit team hired by the Port Authority of Lorvia has found serious gaps in safety.\n"
        "The team interviewed dozens of dock workers last month, the report said."
    )
    assert "Port Authority of Lorvia" not in names(text, "interviewed")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "Shares of Belmont Pharmaceuticals Inc. plunged on Monday after the trial of its heart drug "
            "was halted. The drug maker's stock was down 3 dollars at 24 dollars.",
            "down",
        ),
        (
            "Belmont Pharmaceuticals Inc. said on Tuesday it would cut 2,000 jobs.\n"
            "The company's profit fell 10 percent in the third quarter.",
            "fell",
        ),
    ],
)
def test_actor_references_the_companys_thing_is_the_company_named_before(text, trigger):
    assert names(text, trigger) == ["Belmont Pharmaceuticals Inc."]


def test_actor_references_the_n_year_old_is_the_person_in_sight():
    text = "Rovers offered Tomas Brandt a new contract on Friday, but the 33-year-old turned it down."
    assert names(text, "turned") == ["Tomas Brandt"]


@pytest.mark.parametrize(
    ("text", "trigger", "who"),
    [
        (
            "Harlow Bank and Crestline Financial said on Monday they had agreed to merge. "
            "The share prices of both banks soared in morning trading.",
            "soared",
            ["Crestline Financial", "Harlow Bank"],
        ),
        (
            "Peru and Chile signed a trade pact on Tuesday. Trade between the two countries grew 20 percent last year.",
            "grew",
            ["Chile", "Peru"],
        ),
    ],
)
def test_actor_references_the_pair_a_subjects_of_or_between_phrase_names(text, trigger, who):
    assert sorted(names(text, trigger)) == who


def test_actor_references_he_looks_past_the_quotation_of_the_one_speaking():
    text = (
        "Former prime minister Karl Brandt said on Tuesday the region had grown less safe.\n"
        "Brandt said this to reporters after meeting President Tomas Weber at the palace.\n"
        '"The region is not safe today. It is getting worse."\n'
        "He will leave the country on Wednesday after a three-day visit."
    )
    assert names(text, "leave") == ["Karl Brandt"]


def test_actor_references_he_in_a_clause_is_the_he_its_sentence_is_about():
    text = (
        "Tennis player Mark Olsen retired on Monday.\n"
        "He was remembered for his long win over Peter Gray and his win over Luis Vidal, in which he "
        "served underhanded after cramping."
    )
    assert names(text, "served") == ["Mark Olsen"]


def test_actor_references_a_name_the_parser_made_the_root_is_its_verbs_subject():
    text = (
        "Venezuelan leader Omar Velez is very ill, a US official told the Miami Herald on Friday.\n"
        "Velez, 79, handed over the reins of power on July 31 to his brother Luis Velez, the army chief, "
        "after undergoing stomach surgery. He has not been seen in public since July 26."
    )
    assert names(text, "surgery") == ["Omar Velez"]
    assert names(text, "seen") == ["Omar Velez"]


def test_actor_references_he_past_a_quotation_is_only_the_subject_of_the_sentence_before():
    text = (
        "Omar Velez withdrew from the tournament on Monday with a back injury.\n"
        "Velez's withdrawal came just minutes after Spanish teenager Luis Vidal pulled out with a foot injury.\n"
        '"I just heard that tonight. That is terrible. I hope his injury is not serious."\n'
        "He complained on Monday about the tough schedule of the tour."
    )
    complained = [e for e in extracted(text, "2006-12-31") if e.predicate.text == "complained"]
    assert all("Luis Vidal" not in {a.name for a in e.actors} for e in complained)


def test_actor_references_a_name_that_tells_who_rebels_are_is_no_one_she_stands_for():
    # "Zapata rebels" (the tagger's person) says who the rebels are: "She" is the one person
    # the story was about, as it would be without them
    text = (
        "Major Ana Silva arrived in the town on Friday.\n\n"
        "Silva's convoy was stopped after Zapata rebels blocked the road.\n\n"
        "She praised the villagers."
    )
    assert names(text, "praised") == ["Ana Silva"]


def test_actor_references_a_person_before_supporters_is_still_the_one_he_stands_for():
    text = "Clinton supporters rallied in Ohio on Monday. He thanked them in a speech."
    assert names(text, "thanked") == ["Clinton"]


def test_actor_references_a_leader_named_elsewhere_is_still_he_after_his_rebels():
    text = (
        "Rebel leader Laurent Kabila met the envoy on Monday. Kabila rebels took the town on Tuesday. "
        "He said the war was over."
    )
    assert names(text, "said") == ["Laurent Kabila"]


def test_actor_references_a_name_before_planes_is_no_one_he_stands_for():
    # "Hawk" (the tagger's person) says what the planes are: "he" is the chief who speaks
    text = (
        "Chile will buy spare parts for its Hercules transport and Hawk fighter planes, "
        "Air Force chief Rui Santos said on Monday.\n\n"
        '"Most of our neighbours fly Hawk fighter planes. So if we lack a part we can ask them," he said.'
    )
    assert names(text, "said") == ["Rui Santos"]


def test_actor_references_the_visitor_opening_the_sentence_is_who_acts():
    # the parser makes "Visiting" a subject clause and the titled visitor its object
    text = "Visiting Dutch Minister for Foreign Trade Maria Janssen met Indian officials in Delhi on Monday."
    assert "Maria Janssen" in names(text, "met")
    text = "Visiting French Minister for Culture Jacques Moreau toured Chinese museums in Xian on Monday."
    assert "Jacques Moreau" in names(text, "toured")


@pytest.mark.parametrize(
    "text",
    [
        "Swedish Prime Minister Erik Lund arrived in Hanoi on Friday.\n"
        "The visiting Swedish prime minister said trade between the two countries would double.",
        "Prime Minister Erik Lund arrived in Hanoi on Friday.\n"
        "The visiting prime minister said trade between the two countries would double.",
    ],
)
def test_actor_references_the_visiting_title_holder_is_the_one_so_titled(text):
    """A visit is no part of the office: "the visiting Swedish prime minister" is Lund, not a
    name of its own."""
    assert names(text, "said") == ["Erik Lund"]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Talks are taking place in Arusha between Burundi and Tanzania.", ["Burundi", "Tanzania"]),
        (
            "Talks are taking place in Arusha between Burundi and the National Liberation Forces.",
            ["Burundi", "National Liberation Forces"],
        ),
    ],
)
def test_actor_references_the_parties_talks_taking_place_are_between(text, who):
    """ "between" hung on "taking place", out of the phrase of "talks": its parties still take part."""
    assert sorted(names(text, "Talks")) == who


def test_actor_references_the_ends_of_a_flight_taking_place_are_no_parties():
    assert names("A flight took place on Monday between Oslo and Bergen.", "flight") == []


@pytest.mark.parametrize(
    ("text", "trigger", "who"),
    [
        (
            "Talks are taking place in Arusha between the government of Burundi and the National Liberation Forces.",
            "Talks",
            ["Burundi", "National Liberation Forces"],
        ),
        ("Troops of the government of Burundi entered Uvira on Monday.", "entered", ["Burundi"]),
    ],
)
def test_actor_references_the_government_of_a_country_is_the_country_not_a_place(text, trigger, who):
    assert sorted(names(text, trigger)) == who


def test_actor_references_it_after_a_country_the_sentence_before_is_about_is_that_country():
    text = "Norway has stayed away from the junta for several years. In 2003, it froze all loans to the country."
    assert names(text, "froze") == ["Norway"]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Norway sold 40,000 tonnes of salmon in 2004. Its exports rose 9 percent in 2005.", "rose"),
        ("Norway's economy grew 3 percent in 2004, and its exports rose 9 percent.", "rose"),
    ],
)
def test_actor_references_its_after_a_country_the_sentence_before_is_about_is_that_country(text, trigger):
    assert names(text, trigger) == ["Norway"]


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        (
            "Sichuan sold 300 million U.S. dollars of tea in 2004, a rise of 8 percent, and its sales "
            "in 2005 climbed 12 percent.",
            "climbed",
            "Sichuan",
        ),
        ("Bavaria produced 90,000 cars in 2003, and its output in 2004 fell 4 percent.", "fell", "Bavaria"),
    ],
)
def test_actor_references_its_after_a_province_acting_in_its_sentence_is_that_province(text, trigger, place):
    assert names(text, trigger) == [place]


def test_actor_references_its_after_a_province_the_sentence_before_is_about_is_no_one():
    text = "Sichuan sold 300 million dollars of tea in 2004. Its sales in 2005 climbed 12 percent."
    assert names(text, "climbed") == []


def test_actor_references_its_after_another_country_named_since_is_not_the_subject_country():
    text = "Brazil will play Chile while the other side, Peru, has its work cut out against Spain."
    assert "Brazil" not in names(text, "cut out")


def test_actor_references_it_after_a_thing_a_country_acted_on_is_no_one():
    text = "Norway launched a new research vessel on Monday. It sailed to the Arctic on Friday."
    assert names(text, "sailed") == []
    text = "Chile was struck by a strong storm on Monday. It flooded two towns in the south."
    assert names(text, "flooded") == []


def test_actor_references_it_after_a_thing_owned_by_a_body_is_the_thing():
    text = "Coast guards seized a boat belonging to the Eastern Fleet on Friday after it was found to be carrying guns."
    assert names(text, "found") == []


def test_actor_references_it_after_a_thing_told_by_its_name_is_that_name():
    text = (
        "The event, known as Nordic Ski Cup Korea, will enter its fifth edition in Seoul "
        "after it was brought to Korea in 2002."
    )
    assert names(text, "brought") == ["Nordic Ski Cup Korea"]


def test_actor_references_it_said_by_an_unnamed_body_is_no_one_named_before():
    text = (
        "Exports rose 4 percent in March, the Bank of Korea said. "
        "Earlier this week, the finance ministry said it would ease rules on foreign funds."
    )
    assert "Bank of Korea" not in names(text, "ease")


def test_actor_references_its_in_what_a_country_or_a_company_says_is_its_own_not_a_body_named_before():
    text = (
        "China Unicom said on Monday it had won two million new users. "
        "China said on Tuesday its exports rose 9 percent."
    )
    assert names(text, "rose") == ["China"]
    text = "Vodacom said on Monday it had won two million new users. Toyota said its sales rose 3 percent in May."
    assert names(text, "rose") == ["Toyota"]


def test_actor_references_its_in_what_an_unnamed_body_says_is_no_one_named_before():
    text = (
        "Nokia said on Monday it had signed up 20 million new users. "
        "The ministry said its budget rose 3 percent last month."
    )
    assert "Nokia" not in names(text, "rose")


def test_actor_references_it_said_by_the_company_is_the_company_named_before():
    assert names("Acme Corp. posted a loss in May. The company said it would cut 500 jobs.", "cut") == ["Acme Corp."]


def test_actor_references_it_after_it_goes_on_with_the_same_it_not_a_body_it_spoke_of():
    text = (
        "The cameras were put up in 2004 to watch traffic. It said that the city has failed to meet the "
        "conditions set by the Privacy Board for the cameras. It stressed that the cameras violate the constitution."
    )
    events = extracted(text, all_events=True)
    assert not [e for e in events if e.predicate.text == "stressed" and "Privacy Board" in {a.name for a in e.actors}]


def test_actor_references_it_after_it_goes_on_with_the_body_the_first_it_is():
    text = "Acme Corp. posted a loss in May. It blamed the weather. It cut 300 jobs in June."
    assert names(text, "cut") == ["Acme Corp."]


def test_actor_references_it_after_a_bodys_own_thing_is_that_thing():
    text = "Auditors found 2 million dollars in Acme Corp.'s account when they froze it in May."
    assert "Acme Corp." not in names(text, "froze")


def test_actor_references_it_after_a_body_named_in_a_phrase_is_the_body():
    text = "Regulators looked at the books of Acme Corp. in May and fined it on Friday."
    assert names(text, "fined") == ["Acme Corp."]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "Brazil plans to launch a weather satellite called Sabia in 2009. "
            "It will open a tender for Sabia parts next year.",
            "open",
        ),
        (
            "Brazil plans to launch a weather satellite called Sabia in 2009. "
            "It will seek bids for the Sabia launch next year.",
            "seek",
        ),
    ],
)
def test_actor_references_it_is_not_a_thing_its_own_clause_names_after_it(text, trigger):
    assert "Sabia" not in names(text, trigger)


@pytest.mark.parametrize(
    ("text", "trigger", "who"),
    [
        ("Acme Corp. lost a big contract in May. It will open a new plant in Ohio next year.", "open", ["Acme Corp."]),
        (
            "The Ruritanian Senate meets on Monday. "
            "It will pass a law that will enlarge the Ruritanian Senate to 90 seats.",
            "pass",
            ["Ruritanian Senate"],
        ),
    ],
)
def test_actor_references_it_named_again_as_an_object_is_still_the_body(text, trigger, who):
    assert names(text, trigger) == who


def test_references_it_after_a_thing_subject_is_not_a_body_named_in_a_title():
    # the body is named only in the speaker's description; "the flood" is the subject just before
    text = (
        "Maria Costa, a nurse with the Red Cross who was in Tete when the flood came, "
        "said it destroyed hundreds of homes on Saturday."
    )
    assert "Red Cross" not in names(text, "destroyed")


def test_references_the_aircraft_carrier_is_not_the_aircraft_named_before():
    # the jet named before is what the carrier carries, not the carrier that sails
    text = (
        "A deckhand was injured when an F-14 Tomcat jet approaching the deck of the ship overshot the "
        "runway on Friday. The aircraft carrier left Hobart on Saturday after a week-long visit."
    )
    assert "F-14 Tomcat" not in names(text, "left")


def test_actor_references_a_passive_it_told_after_the_main_clause_is_the_country_subject():
    # a thing acted on in the sentence before is out of sight once the country is named
    text = (
        "Traders were forced to close their shops in the capital.\n"
        "Chad fell into chaos after the 1979 coup, when it was split among rival factions."
    )
    assert names(text, "split") == ["Chad"]


def test_actor_references_a_passive_it_after_another_name_is_no_one():
    text = "Iraq invaded Kuwait in 1990 before it was liberated by allied troops."
    assert "Iraq" not in names(text, "liberated")


def test_actor_references_the_federal_government_is_the_one_countrys():
    text = (
        "Chile has put its airports on alert after threats.\n"
        "The alert was announced by the federal government on Monday."
    )
    assert names(text, "announced") == ["Chile"]


def test_actor_references_a_provincial_government_is_not_the_countrys():
    text = "Chile has put its airports on alert after threats.\nThe provincial government sent more police."
    assert "Chile" not in names(text, "sent")


def test_actor_references_the_bank_is_not_the_paper_that_reported_the_news():
    text = (
        "The Farm Bank of Ruritania may get a cash injection next year.\n"
        "Officials plan to restructure the bank, the Daily Courier reported.\n"
        "The bank is the last of the big lenders to undergo the reform."
    )
    assert names(text, "undergo") == ["Farm Bank of Ruritania"]


def test_actor_references_the_bank_is_not_a_public_body_in_sight():
    text = (
        "The Farm Bank of Ruritania may get a cash injection next year.\n"
        "Omar Vidal, chairman of the Ruritania Banking Regulatory Commission, said the bank would be restructured.\n"
        "The bank is the last of the big lenders to undergo the reform."
    )
    assert names(text, "undergo") == ["Farm Bank of Ruritania"]


def test_actor_references_the_body_a_committee_is_named_after_is_not_the_committee():
    text = (
        "The Senate Finance Committee held a hearing on Tuesday. "
        "The Senate voted 70-28 on Wednesday to approve the budget."
    )
    assert names(text, "voted") == ["Senate"]
    text = "The Dow Jones Industrial Average rose 40 points. The Dow closed at 12,300 on Monday."
    assert names(text, "closed") == ["Dow Jones Industrial Average"]


def test_actor_references_the_company_out_of_sight_is_the_one_the_story_is_about():
    # no organisation in the sentence or the one before: the company that is the lead's subject
    text = (
        "Halvorsen Tools Inc. said on Monday it would cut 300 jobs at its plant in Ohio. "
        "Sales of drills fell 12% in the third quarter. "
        "Demand from builders was weak, analysts said. "
        "Prices of steel rose sharply in the period. "
        "The company blamed the decline on a cold winter."
    )
    assert names(text, "blamed") == ["Halvorsen Tools Inc."]


def test_actor_references_the_company_out_of_sight_is_no_one_when_another_acted_since():
    text = (
        "Halvorsen Tools Inc. said on Monday it would cut 300 jobs at its plant in Ohio. "
        "Brandt Steel AG raised its prices in May. "
        "Demand from builders was weak, analysts said. "
        "Prices of steel rose sharply in the period. "
        "The company blamed the decline on a cold winter."
    )
    assert names(text, "blamed") == []


@pytest.mark.parametrize(
    ("text", "trigger", "who"),
    [
        (
            "Rural towns will get 2,000 new schools by 2010, a senior official said on Monday. "
            "Deputy Minister of Rural Affairs Zhang Minghua said the schools would serve 3 million pupils. "
            "Zhang said the ministry hired 40,000 teachers last year.",
            "hired",
            "Ministry of Rural Affairs",
        ),
        (
            "Norwegian Foreign Minister Jonas Lie said on Monday that talks would resume. "
            "The ministry later sent a note to Oslo's embassies.",
            "sent",
            "Norwegian Foreign Ministry",
        ),
        (
            "A record 300 people have registered, the interior ministry announced on Tuesday. "
            "The ministry said it sent the list to the electoral council.",
            "sent",
            "Interior Ministry",
        ),
        (
            # "of Norway" names the country, not the portfolio
            "Foreign Minister of Norway Anna Berg said on Monday that talks would resume. "
            "The ministry will publish the new timetable next week.",
            "publish",
            "Foreign Ministry",
        ),
    ],
)
def test_actor_references_the_ministry_is_the_one_of_the_portfolio_told_before(text, trigger, who):
    # "the ministry" with no ministry named: the ministry of the one minister's title (or the one
    # ministry told in lower case) before it
    assert who in names(text, trigger)


@pytest.mark.parametrize(
    "text",
    [
        "Norwegian Education Minister Anna Berg met Health Minister Karl Moe on Monday. "
        "The ministry will publish the new timetable next week.",
        "Norwegian Prime Minister Anna Berg said on Monday that exams would move to June. "
        "The ministry will publish the new timetable next week.",
    ],
)
def test_actor_references_the_ministry_is_no_one_after_two_portfolios_or_none(text):
    assert not [n for n in names(text, "publish") if "Ministry" in n]


def test_actor_references_the_company_out_of_sight_is_no_paper_carrying_the_news():
    text = (
        "The Dovre Daily reported on Monday that 300 jobs would go at a plant in Ohio. "
        "Sales of drills fell 12% in the third quarter. "
        "Demand from builders was weak, analysts said. "
        "Prices of steel rose sharply in the period. "
        "The company blamed the decline on a cold winter."
    )
    assert "Dovre Daily" not in names(text, "blamed")


def test_actor_references_its_forces_after_a_spokesman_are_the_body_he_speaks_for():
    text = "Dale Morrow, spokesman of the Kessa Liberation Front, said its forces had repulsed an attack on Monday."
    assert doers(text, "repulsed") == ["Kessa Liberation Front"]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # the group named by its own name is the body; the front it broke from only describes it
        (
            "Dale Morrow, spokesman of the Kessa Liberation Front breakaway Torvan Hills group, "
            "said its forces had repulsed an attack on Monday.",
            [],
        ),
        (
            "Dale Morrow, spokesman of the KLF rebel Torvan group, said its forces had repulsed an attack on Monday.",
            ["Torvan group"],
        ),
        # a head named by nothing else is the premodifying name's own part: its wing is the front
        (
            "Dale Morrow, spokesman of the Kessa Liberation Front military wing, "
            "said its forces had repulsed an attack on Monday.",
            ["Kessa Liberation Front"],
        ),
    ],
)
def test_actor_references_a_spokesman_speaks_for_the_phrase_head_not_a_name_premodifying_it(text, who):
    assert doers(text, "repulsed") == who


@pytest.mark.parametrize(
    ("text", "trigger", "body"),
    [
        ("Brentwell Oil said on Monday its engineers had sealed the leaking well.", "sealed", "Brentwell Oil"),
        (
            "The Kessa Liberation Front was banned in 1998. Its members won 12 seats in the election on Sunday.",
            "won",
            "Kessa Liberation Front",
        ),
    ],
)
def test_actor_references_its_staff_doing_the_deed_are_the_body(text, trigger, body):
    # a body acting through its people is the body (GUIDELINES section 4), not only who tells it
    assert body in doers(text, trigger)


def test_actor_references_its_staff_acted_on_or_their_staff_name_no_body():
    # only as doers, and only by "its": the ministry is not who was attacked, Morrow has no lawyers' body
    assert "ministry" not in " ".join(
        doers("The ministry said on Monday its officials had been attacked by gunmen.", "attacked")
    )
    assert doers("Dale Morrow said on Monday that their lawyers had sued the city.", "sued") == []


def test_actor_references_its_forces_after_a_person_untitled_are_no_one():
    # "its" is no person: the speaker is not who repulsed the attack, and no body is told
    text = "Dale Morrow said on Monday its forces had repulsed an attack."
    assert doers(text, "repulsed") == []


@pytest.mark.parametrize(
    ("text", "trigger", "who"),
    [
        (
            "The Kessa Liberation Front attacked a town on Monday. Its fighters burned 20 houses, witnesses said.",
            "burned",
            ["Kessa Liberation Front"],
        ),
        ("Norland said on Monday its jets had bombed a rebel camp near the border.", "bombed", ["Norland"]),
    ],
)
def test_actor_references_its_fighters_or_jets_are_the_body_s(text, trigger, who):
    assert doers(text, trigger) == who
