"""Actors a reader would not list: the paper or broadcaster someone spoke to, a name inside a
hyphened adjective, a title beside the person it names, whom a description beside a person
names ("Anna Berg, Merkel's physician,"), a holiday; and "it" after a sentence about
an unnamed thing; a man named between two "she" of an unnamed woman, who is not "she"; "one Italian", a person, who is
not Italy; the one whose aide, adviser or supporters act ("Ivan Petrov's top aide urged"); the party of
another happening told as the trigger's means or reason ("qualified with a victory over X")."""

from __future__ import annotations

import pytest

from tests.extract.parsed import parsed
from tests.extract.test_extract_actor_names import actors, names

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        '"We will not give up," Marta Ruiz told BBC radio on Monday.',
        '"We will not give up," Marta Ruiz told the Hurriyet daily on Monday.',
        '"We will not give up," Marta Ruiz told the national KNA news agency on Monday.',
    ],
)
def test_actor_bystanders_the_press_one_speaks_to_takes_no_part(text):
    assert names(text, "told") == ["Marta Ruiz"]


def test_actor_bystanders_a_name_in_a_hyphened_adjective_describes():
    text = "The Grammy-winning singer arrived in Lagos on Monday for a concert."
    assert names(text, "arrived") == []


def test_actor_bystanders_a_title_beside_its_holder_is_the_holder():
    text = "Canadian ambassador to Peru, Alan Briggs, met the trade minister in Lima on Tuesday."
    assert names(text, "met") == ["Alan Briggs"]


@pytest.mark.parametrize(
    ("text", "trigger", "who"),
    [
        ("Anna Berg, Merkel's physician, said on Monday that the wound was healing.", "said", ["Anna Berg"]),
        ("Tom Reed, an analyst at Nordvik Securities, said on Monday that shares would rise.", "said", ["Tom Reed"]),
        ("Police arrested Ali Haddad, brother of Omar Haddad, in Gaza on Monday.", "arrested", ["Ali Haddad"]),
        # a noun that names someone else is no description: the victims are all taken
        (
            "A landslide buried Raja Ram, his wife Kala Wati and their grandson on Monday.",
            "buried",
            ["Kala Wati", "Raja Ram"],
        ),
    ],
)
def test_actor_bystanders_whom_a_description_beside_a_person_names_takes_no_part(text, trigger, who):
    assert sorted(names(text, trigger)) == who


def test_actor_bystanders_a_holiday_period_is_no_one():
    text = "Police warned on Monday that gangs may be planning robberies over the Christmas-New Year period."
    assert all("Christmas" not in name for name in names(text, "planning"))


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Extra police officers were deployed in the capital for the New Year's weekend.", "deployed"),
        ("In a message for Eid al-Adha, or the Feast of Sacrifice, the cleric thanked the donors.", "thanked"),
        ("Traders closed their shops early for the Lunar New Year holiday on Friday.", "closed"),
    ],
)
def test_actor_bystanders_a_feast_or_its_weekend_is_no_one(text, trigger):
    assert names(text, trigger) == []


def test_actor_bystanders_it_goes_on_with_the_unnamed_thing_told_before():
    text = (
        "Nordic Freight Corp. said on Monday that the fund would be closed.\n"
        "The levy, first proposed by Nordic Freight Corp. in 1999, is charged on every cargo.\n"
        "In 2005 it came to more than five million dollars."
    )
    assert names(text, "came") == []


def test_actor_bystanders_it_is_the_company_that_reported():
    text = "Nordic Freight Corp. said on Monday that profit fell.\nIt attributed the fall to higher fuel prices."
    assert names(text, "attributed") == ["Nordic Freight Corp."]


def test_actor_bystanders_macedonia_is_a_country():
    text = "The Macedonian government met in extraordinary session in Skopje on Saturday."
    assert names(text, "met") == ["North Macedonia"]


def test_actor_bystanders_she_is_not_a_man_named_before():
    text = (
        "Boxer Tomas Bauer arrived in Vienna on Friday to receive a prize for his charity work.\n"
        "Bauer attended the ceremony but left it to his wife Greta to speak to journalists.\n"
        '"He is doing well," she said.'
    )
    assert names(text, "said") == ["Greta"]


def test_actor_bystanders_he_is_not_a_woman_named_before():
    text = (
        "Golfer Anna Lind missed the cut in her first tournament against the men on Friday.\n"
        "Karl Berg shot a 67 to lead the field.\n"
        "Lind finished 16 over par.\n"
        "He later signed autographs for the fans."
    )
    assert names(text, "signed") == ["Karl Berg"]


def test_actor_bystanders_a_passive_gerund_is_undergone_by_the_subject():
    text = "Rahman took two wickets before being replaced by Kevin Doyle on Sunday."
    assert ("Rahman", "patient") in actors(text, "replaced")


def test_actor_bystanders_the_paper_after_a_quotation_is_who_says_it():
    text = '"A shameful retreat," thundered the Morning Courier on Saturday.'
    assert ("Morning Courier", "agent") in actors(text, "thundered")


def test_actor_bystanders_a_ground_one_plays_at_is_where():
    text = "Nadia Perez won the final at the Brisbane Cricket Ground on Friday."
    assert names(text, "won") == ["Nadia Perez"]


def test_actor_bystanders_a_title_split_off_its_holder_is_the_holder():
    text = "Kenyan secretary for trade and industry John Mwangi has launched a review of tariffs."
    assert names(text, "launched") == ["John Mwangi"]


def test_actor_bystanders_the_owner_of_an_adviser_does_not_act():
    text = "Carter's national security adviser met the rebel leaders in Nairobi on Monday."
    assert ("Carter", "agent") not in actors(text, "met")


def test_actor_bystanders_the_one_whose_illness_removed_him_is_him():
    text = (
        "Karl Weber took over the company from his brother Hans Weber in July.\n"
        "Hans Weber's illness removed him from the board."
    )
    assert names(text, "removed") == ["Hans Weber"]


def test_actor_bystanders_the_person_beside_a_party_in_a_title_is_the_subject():
    text = "The presidential candidate of Chile's Green Party, Rosa Vidal, arrived in Lima on Sunday."
    assert ("Rosa Vidal", "agent") in actors(text, "arrived")


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        # the tagger ran a work's title over a speech tag: no name at all
        ('"We played well today," Malpas told Setanta Sports 1.', "Malpas told Setanta Sports 1", None),
        # a nickname in quotation marks ends where the person's name begins
        (
            'Fans paid tribute to "King of Swing" Benny Goodman.',
            'King of Swing" Benny Goodman',
            ("Benny Goodman", "PERSON"),
        ),
        # a quoted title keeps its verb
        (
            'The band played "Who Framed Roger Rabbit" on Friday.',
            "Who Framed Roger Rabbit",
            ("Who Framed Roger Rabbit", "WORK_OF_ART"),
        ),
    ],
)
def test_actor_bystanders_a_title_the_tagger_ran_past_is_no_work(text, span, expected):
    """Whatever the tagger made of these words, a WORK_OF_ART span over them is repaired so."""
    from spacy.tokens import Span

    from timeline.extract.names import repair_bounds

    _, doc, _ = parsed(text)
    start = text.index(span)
    tokens = [t.i for t in doc if start <= t.idx < start + len(span)]
    repaired = repair_bounds(doc, Span(doc, tokens[0], tokens[-1] + 1, label="WORK_OF_ART"), set())
    assert (None if repaired is None else (repaired.text, repaired.label_)) == expected


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # the demand going on is the row, the report its source
        ("The rebels in the hills are demanding a ceasefire, CNN television reported.", "demanding"),
        (
            "The singer Anna Berg and the footballer Jon Holm are engaged, "
            "the Aftenposten newspaper reported on Monday.",
            "reported",
        ),
    ],
)
def test_actor_bystanders_the_press_that_reports_is_the_source_not_an_actor(text, trigger):
    found = actors(text, trigger)
    assert [name for name, role in found if role != "source"] == [n for n in ("Anna Berg", "Jon Holm") if n in text]
    assert [role for name, role in found if name in ("CNN", "Aftenposten")] == ["source"]


def test_actor_bystanders_an_agency_after_the_news_it_carries_takes_no_part():
    text = (
        "Nine people were struck dead by lightning across the country following heavy rains, "
        "the Press Trust of India (PTI) reported Wednesday."
    )
    assert names(text, "struck") == []


def test_actor_bystanders_she_who_goes_on_from_before_a_name_is_not_that_man():
    # the "she" after "Kamal Aziz's police" goes on with the "she" before it (the nurse, unnamed):
    # it does not make Aziz a woman, and "she" is not him later on
    text = (
        "A young nurse told a court in Basra on Monday how she had been held for a year.\n\n"
        "Arrested at 19 when she was seized by Kamal Aziz's police, she said she was kept in a cell without light.\n\n"
        "Kamal Aziz sat silently in the dock, his eyes closed.\n\n"
        "Today she works as a teacher."
    )
    assert names(text, "works") == []
    assert "Kamal Aziz" not in names(text, "kept")


def test_actor_bystanders_one_of_a_nationality_is_a_person_not_the_country():
    text = "Pirates seized nine sailors including one Norwegian from a cargo ship off Somalia on Monday."
    assert "Norway" not in names(text, "seized")


@pytest.mark.parametrize(
    ("text", "trigger", "who", "bystander"),
    [
        (
            "Foreign Minister Hans Berg arrived in Oslo on Tuesday for talks with Norwegian leaders, "
            "including a meeting with Prime Minister Ola Nordmann.",
            "arrived",
            "Hans Berg",
            "Ola Nordmann",
        ),
        (
            "In a meeting with his Swedish counterpart Goran Persson on Monday, Hans Berg praised the plan.",
            "praised",
            "Hans Berg",
            "Goran Persson",
        ),
        (
            "The envoy will be named by the Arab League after consultations with the United Nations.",
            "named",
            "Arab League",
            "United Nations",
        ),
    ],
)
def test_actor_bystanders_the_one_another_meeting_is_with_takes_no_part(text, trigger, who, bystander):
    found = names(text, trigger)
    assert who in found and bystander not in found


def test_actor_bystanders_talks_one_takes_part_in_keep_their_other_party():
    text = "Hans Berg took part in talks with Goran Persson in Stockholm on Friday."
    assert "Goran Persson" in names(text, "talks")  # (the row is the talks': "took part" only carries them)


@pytest.mark.parametrize(
    ("text", "trigger", "who", "bystander"),
    [
        ("Volvo Cars, a unit of Geely Holding, raised its exports last year.", "raised", "Volvo Cars", "Geely Holding"),
        (
            "Nordic Steel, the largest customer of Statoil, cut its output on Friday.",
            "cut",
            "Nordic Steel",
            "Statoil",
        ),
        (
            "The Nordic Cancer Institute, part of the World Health Organization, rated the dye as safe on Monday.",
            "rated",
            "Nordic Cancer Institute",
            "World Health Organization",
        ),
    ],
)
def test_actor_bystanders_a_name_in_what_a_body_is_takes_no_part(text, trigger, who, bystander):
    found = names(text, trigger)
    assert who in found and bystander not in found


@pytest.mark.parametrize(
    ("text", "trigger", "who", "occasion"),
    [
        ("Ghana reached the World Cup for the first time on Sunday.", "reached", "Ghana", "World Cup"),
        (
            "Chad completed the lineup for the Africa Cup of Nations finals on Monday.",
            "completed",
            "Chad",
            "Africa Cup",
        ),
        (
            "President Ana Silva arrived in Lima on Friday for the Andean Summit of the Council on Pacific Trade.",
            "arrived",
            "Ana Silva",
            "Summit",
        ),
    ],
)
def test_actor_bystanders_an_occasion_one_goes_or_gets_to_takes_no_part(text, trigger, who, occasion):
    found = names(text, trigger)
    assert who in found and not any(occasion in name for name in found)


@pytest.mark.parametrize(
    ("text", "trigger", "who", "competition"),
    [
        # the gold lists the winner alone ("New Zealand won the first Rugby World Cup": New Zealand)
        ("Kenya won the Commonwealth Games in 2002.", "won", "Kenya", "Games"),
        ("Lena Park won Pacific Games gold in the women's sprint on Monday.", "won", "Lena Park", "Games"),
        ("Brazil lifted the Copa Rica Cup for a third time on Sunday.", "lifted", "Brazil", "Cup"),
        ("Porto moved to the top of the Champions League group with a win on Tuesday.", "moved", "Porto", "League"),
        ("At the Oslo Marathon in May, Tom Berg set a course record.", "set", "Tom Berg", "Marathon"),
        ("Leeds flew to Lisbon on Tuesday for their Uefa Cup tie.", "flew", "Leeds", "Cup"),
    ],
)
def test_actor_bystanders_a_competition_is_where_one_plays_not_who(text, trigger, who, competition):
    got = names(text, trigger)
    assert who in got
    assert not any(competition in name for name in got)


@pytest.mark.parametrize(
    ("text", "trigger", "competition"),
    [
        ("The Bundesliga resumes on January 26 after the winter break.", "resumes", "Bundesliga"),
        ("The Pacific Games drew 3,000 athletes and ended on Sunday.", "ended", "Pacific Games"),
        ("Owens was fined by the National Football League on Monday.", "fined", "National Football League"),
        ("Tom Berg approved the plan drawn up by the Oslo Cup organising committee.", "drawn up", "Oslo Cup"),
    ],
)
def test_actor_bystanders_a_competition_that_acts_or_runs_takes_part(text, trigger, competition):
    # its own subject, a "by" phrase, or the body named after it: "the Oslo Cup organising committee"
    assert competition in names(text, trigger)


@pytest.mark.parametrize(
    ("text", "trigger", "who", "prize"),
    [
        ("Ana Lind was awarded the Nobel Prize for Medicine on Monday.", "awarded", "Ana Lind", "Prize"),
        ("Tom Berg won the best actor Oscar on Sunday for his role in the film.", "won", "Tom Berg", "Oscar"),
        ("The Nordic Book Award went to Kari Lehto on Friday.", "went", "Kari Lehto", "Award"),
    ],
)
def test_actor_bystanders_a_prize_is_what_is_won_not_who(text, trigger, who, prize):
    got = names(text, trigger)
    assert who in got
    assert not any(prize in name for name in got)


def test_actor_bystanders_the_body_named_after_a_prize_takes_part():
    text = "The Nobel Prize committee on Friday praised Ana Lind for her work."
    assert "Nobel Prize committee" in names(text, "praised")


def test_actor_bystanders_athletes_leaving_for_games_have_no_actor():
    assert names("Nordic athletes left for the 15th Winter Games in Oslo on Monday.", "left") == []


@pytest.mark.parametrize(
    ("text", "trigger", "bystander"),
    [
        (
            "The refugees fled in October following the launch of the rebels' offensive against President "
            "Joseph Kabila's army.",
            "fled",
            "Joseph Kabila",
        ),
        (
            "Coach Tom Berg kept Lars Holm on the left wing on Sunday, despite the absence of injured Ole Dahl.",
            "kept",
            "Ole Dahl",
        ),
        (
            "Merkel and Chirac will meet in Lyon on Friday, ahead of the two-day summit of the Nordic Council.",
            "meet",
            "Nordic Council",
        ),
        ("Rice will visit Tokyo on Friday, before a summit of the Arab League.", "visit", "Arab League"),
    ],
)
def test_actor_bystanders_a_party_of_a_happening_set_beside_takes_no_part(text, trigger, bystander):
    assert bystander not in names(text, trigger)


@pytest.mark.parametrize(
    ("text", "trigger", "bystander"),
    [
        ("Oxford City qualified on Sunday with a late victory over Wexford United.", "qualified", "Wexford United"),
        (
            "Rovers sealed their place in the final with a 2-0 win at home to Wexford United on Sunday.",
            "sealed",
            "Wexford United",
        ),
        ("Norway made up on Saturday for their semi-final loss against Sweden in 2003.", "made up", "Sweden"),
        (
            "The ministers voiced support on Monday for an inquiry into the killing of Omar Haddad.",
            "voiced",
            "Omar Haddad",
        ),
    ],
)
def test_actor_bystanders_a_party_of_a_happening_told_as_means_or_reason_takes_no_part(text, trigger, bystander):
    """ "with a victory over X", "for their loss against X": that happening's party, not the trigger's."""
    assert bystander not in names(text, trigger)


@pytest.mark.parametrize(
    ("text", "trigger", "party"),
    [
        # what is asked for, and a happening one takes part in, are the trigger's own
        ("The union called on Monday for the release of Omar Haddad.", "called", "Omar Haddad"),
        ("Two officers took part on Monday in the arrest of Omar Haddad.", "arrest", "Omar Haddad"),
        # who asked for it or brought it about
        ("Lena Holm arrived in Oslo on Monday for a visit at the invitation of Per Dahl.", "arrived", "Per Dahl"),
        (
            "The president sent two aides to the minister on Monday with a request to Tom Aziz to resign.",
            "sent",
            "Tom Aziz",
        ),
        # the audience of the speech the words were said in
        (
            "Ana Ruiz suggested during a speech on Monday to the Nordic Farmers' Union that prices would fall.",
            "suggested",
            "Nordic Farmers' Union",
        ),
    ],
)
def test_actor_bystanders_the_party_of_what_is_asked_for_joined_or_asked_by_takes_part(text, trigger, party):
    assert party in names(text, trigger)


@pytest.mark.parametrize(
    ("text", "trigger", "owner"),
    [
        (
            "Ivan Petrov's top aide urged voters to boycott the election in a video posted on Sunday.",
            "urged",
            "Ivan Petrov",
        ),
        (
            "The city was at a standstill after Ivan Petrov's supporters held rallies on Monday.",
            "rallies",
            "Ivan Petrov",
        ),
        (
            "President Ivan Petrov's national security adviser Paul Lund has expressed doubts about the plan.",
            "expressed",
            "Ivan Petrov",
        ),
        ('"We did not expect it," said Ivan Petrov\'s colleague Anna Lind on Monday.', "said", "Ivan Petrov"),
    ],
)
def test_actor_bystanders_the_one_whose_aide_or_supporters_act_takes_no_part(text, trigger, owner):
    # "Petrov's aide", "Petrov's adviser Paul Lund": whose people they are, not who acts
    assert owner not in names(text, trigger)


@pytest.mark.parametrize(
    ("text", "trigger", "who", "occasion"),
    [
        (
            "Kari Lehto took the lead on the first day of the Rally of Sweden near Karlstad on Friday.",
            "took",
            "Kari Lehto",
            "Rally",
        ),
        (
            "The premier briefed Anna Lind on the recent Fifth Plenary Session of the party on Monday.",
            "briefed",
            "Anna Lind",
            "Session",
        ),
        ("Prime Minister Ola Berg came under heavy criticism over the Gulf War on Monday.", "came", "Ola Berg", "War"),
    ],
)
def test_actor_bystanders_an_occasion_or_era_beside_a_happening_takes_no_part(text, trigger, who, occasion):
    # the rally, session or war a happening stood in is when or where it was, not who took part
    got = names(text, trigger)
    assert who in got
    assert not any(occasion in name for name in got)


def test_actor_bystanders_a_body_named_league_still_takes_part():
    text = "Last week Karim Hossain joined an electoral alliance with the opposition Awami League."
    assert "Awami League" in names(text, "joined")


@pytest.mark.parametrize(
    ("text", "trigger", "who", "portfolio"),
    [
        (
            '"The quotas will be cut," EU Fisheries Commissioner Karin Holm said on Monday.',
            "said",
            "Karin Holm",
            "Fisheries",
        ),
        ('"We will fight doping," Sport and Recreation Minister Tom Hale said on Monday.', "said", "Tom Hale", "Sport"),
        (
            "The fund will open next year. Danish International Development Minister Ole Dahl pledged 20 million "
            "crowns on Monday.",
            "pledged",
            "Ole Dahl",
            "Development",
        ),
    ],
)
def test_actor_bystanders_the_field_a_minister_minds_is_no_body(text, trigger, who, portfolio):
    # the tagger's name stops inside the title: "EU Fisheries" is what she minds, not who acts
    got = names(text, trigger)
    assert who in got
    assert not any(portfolio in name for name in got)


def test_actor_bystanders_a_body_before_a_title_still_named():
    text = '"We will fight crime," Oslo Police Commissioner Per Moen said on Monday.'
    assert "Oslo Police" in names(text, "said")


@pytest.mark.parametrize(
    ("text", "name", "word", "portfolio"),
    [
        ("Nordic Health Commissioner Ana Berg arrived on Monday.", "Nordic Health", "Health", True),
        # a lower-case title is no office before a name ("the Nordic health ministers")
        ("The Nordic Council health ministers met on Monday.", "Nordic Council health", "Council", False),
        # the title inside the name: the body named for its commissioner
        ("The UN High Commissioner for Migrants arrived on Monday.", "UN High Commissioner for Migrants", "UN", False),
    ],
)
def test_actor_bystanders_what_is_a_portfolio_before_a_title(text, name, word, portfolio):
    from timeline.extract.events import _portfolio_name
    from timeline.extract.roles import Participant

    _, doc, _ = parsed(text)
    tok = next(t for t in doc if t.text == word)
    assert _portfolio_name(Participant(name, "ORG", "other", tok.i), tok) is portfolio


@pytest.mark.parametrize(
    ("text", "trigger", "who"),
    [
        ("Senate Majority Leader Carl Brandt met Lars Holm on Monday.", "met", ["Carl Brandt", "Lars Holm"]),
        (
            "Former Assembly Majority Leader Ruth Okafor was questioned by prosecutors on Tuesday.",
            "questioned",
            ["Ruth Okafor"],
        ),
    ],
)
def test_actor_bystanders_the_body_in_a_doers_title_takes_no_part(text, trigger, who):
    assert sorted(names(text, trigger)) == who


def test_actor_bystanders_the_body_of_a_spokesman_or_of_a_statement_stays():
    text = "Nordvik Airlines spokesman Erik Lund said on Monday that fares would rise."
    assert "Nordvik Airlines" in names(text, "said")
    text = '"We are calling for a ceasefire," Arctic Council chairman Erik Lund said on Monday.'
    assert "Arctic Council" in names(text, "said") or "Arctic Council" in names(text, "calling")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # the gold lists no actor for a disease or its virus ("The H5N1 strain has caused 68 human deaths")
        ("The H7N3 strain has killed 40 people in the region since May.", "killed"),
        ("Half of the miners tested HIV positive in a survey last year.", "tested"),
        (
            "A total of 40 cases of drug-resistant tuberculosis (XDR-TB) have been confirmed in the province, "
            "the ministry said on Monday.",
            "confirmed",
        ),
    ],
)
def test_actor_bystanders_a_disease_or_its_virus_takes_no_part(text, trigger):
    assert not any(name in ("H7N3", "HIV", "TB", "XDR-TB") for name in names(text, trigger))
