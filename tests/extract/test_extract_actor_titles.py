"""A title with a nationality stands for the one person the article titles so without it (issue 16,
item 4); a title set before its holder's name, with a comma between, is no actor of its own; a bare
title is the one who holds the office now, not one the text says held it once, nor the holder of a
lower office of that name (a vice president is no "president"). "The pope" and "the pontiff" are
the Pope the article names; "the speaker" the Speaker it names. A rank or an office no other list
holds ("Treasurer", "Detective", "Lance Corporal") is no part of the name after it, also where the
tagger called the whole an organisation; "Lance Armstrong" and "Private Equity Partners" keep theirs."""

from __future__ import annotations

import pytest

from tests.extract.test_extract_actor_names import doers as names

pytestmark = pytest.mark.slow


def test_actor_titles_the_national_title_is_the_one_person_titled_without_the_nationality():
    text = (
        "President Marko Zupan arrived in Vienna on Monday for talks on trade. "
        "The Slovenian president met business leaders on Tuesday."
    )
    assert names(text, "met") == ["Marko Zupan"]


def test_actor_titles_a_word_of_what_the_holder_is_like_before_the_nationality_changes_no_office():
    # "the outspoken Slovenian president" is still the one titled "President": "outspoken" tells no other office
    text = (
        "President Marko Zupan arrived in Vienna on Monday for talks on trade. "
        "The outspoken Slovenian president met business leaders on Tuesday."
    )
    assert names(text, "met") == ["Marko Zupan"]


def test_actor_titles_a_word_of_which_one_of_a_series_before_the_nationality_is_no_holder_s():
    # "the latest Iraqi leader" to do something is the subject it describes, not the one titled "President"
    text = (
        "Prime Minister Ali Kareem met President Omar Hadi on Monday. "
        "Ali Kareem has become the latest Iraqi leader to reject the plan."
    )
    assert "Omar Hadi" not in names(text, "become")


def test_actor_titles_an_envoy_named_with_a_country_code_before_the_title():
    text = "US envoy Daniel Reed arrived in Seoul on Monday. The US envoy met the foreign minister on Tuesday."
    assert "Daniel Reed" in names(text, "met")
    assert "US envoy" not in names(text, "met")


def test_actor_titles_not_the_titled_person_named_in_the_same_sentence():
    text = (
        "President George Hill arrived on Monday. "
        "President George Hill met the Slovenian president in Washington on Tuesday."
    )
    assert names(text, "met").count("George Hill") == 1


def test_actor_titles_a_title_its_own_phrase_tells_whose_is_no_one_titled_otherwise():
    # "the leader of the country's fishermen" is not the one "opposition leader" named later; "the
    # leader" alone still is him
    text = (
        "The leader of the country's fishermen on Friday called for new quotas in the northern seas. "
        "Fishing boats stayed in port, and a meeting of opposition leader Tom Harris and the mayor was put off."
    )
    assert names(text, "called") == []
    assert names(
        "Opposition leader Tom Harris arrived in the port on Friday. The leader met the fishermen.", "met"
    ) == ["Tom Harris"]


def test_actor_titles_a_title_set_before_the_name_of_its_holder_is_no_actor_of_its_own():
    text = (
        "The government licensed a private firm, Job Markets Ltd (JML), on Monday.\n"
        "JML's Managing Director, Paul Okello said on Monday they were ready for recruitment."
    )
    assert "Managing Director" not in names(text, "said")


def test_actor_titles_the_title_is_who_holds_it_now_not_a_former_holder():
    text = (
        "Former prime minister Anton Vella opened a clinic in Valletta on Monday. "
        "Maltese Prime Minister Clara Borg visited the clinic on Tuesday. "
        "The prime minister praised the doctors."
    )
    assert names(text, "praised") == ["Clara Borg"]


def test_actor_titles_a_former_holder_named_alone_is_still_the_one_the_title_stands_for():
    text = "Paul Grech, a former customs official, was questioned on Monday. The official denied the charges."
    assert names(text, "denied") == ["Paul Grech"]


def test_actor_titles_a_vice_president_is_not_the_president():
    text = "Vice President Omar Haddad arrived in Cairo on Monday. The president signed the decree on Tuesday."
    assert "Omar Haddad" not in names(text, "signed")


def test_actor_titles_a_vice_president_is_still_the_vice_president():
    text = "Vice President Omar Haddad arrived in Cairo on Monday. The vice president signed the decree on Tuesday."
    assert names(text, "signed") == ["Omar Haddad"]


def test_actor_titles_an_untagged_name_after_a_title_is_the_name_alone():
    # the tagger misses the name; the words of the office before it are no part of it
    assert names("Chinese Vice Premier Hui Liangyu on Monday opened a grain fair in Harbin.", "opened") == [
        "Hui Liangyu"
    ]


def test_actor_titles_the_pope_and_the_pontiff_are_the_pope_named_before():
    text = (
        "Pope Clement XV landed in Lisbon on Friday for a three-day visit. "
        "The pope will celebrate a mass in the city on Saturday. "
        "The pontiff is due to fly to Madrid on Sunday."
    )
    assert names(text, "celebrate") == ["Clement XV"]
    assert names(text, "fly") == ["Clement XV"]


def test_actor_titles_the_speaker_is_the_speaker_named_before():
    text = (
        "Speaker Ana Ruiz refused to appear before the prosecutors on Monday. "
        "The speaker has been accused of taking money from a builder."
    )
    assert names(text, "accused") == ["Ana Ruiz"]


def test_actor_titles_a_description_in_the_words_of_a_title_as_written_is_its_holder():
    # "Opposition" and "Party", capitalised in the title, are words of it all the same
    text = (
        "Opposition Green Party leader Karl Ostrom called on Monday for the prime minister to resign. "
        "Prime Minister Lena Berg said she would stay. The opposition leader demanded early elections."
    )
    assert names(text, "demanded") == ["Karl Ostrom"]
    assert names(text.replace("The opposition leader", "The party leader"), "demanded") == ["Karl Ostrom"]


def test_actor_titles_a_description_with_a_word_the_title_lacks_is_no_one():
    text = (
        "Green Party leader Karl Ostrom called on Monday for the prime minister to resign. "
        "The opposition leader demanded early elections."
    )
    assert names(text, "demanded") == []


def test_actor_titles_one_named_after_the_title_in_its_own_sentence_is_someone_else():
    text = (
        "President Alan Hart and rebel leader Tom Kabe have not met since the war began. "
        "Hart's adviser said on Friday the president had agreed to meet Kabe at the request of "
        "Kenyan President Ben Ode."
    )
    assert names(text, "agreed") == ["Alan Hart"]


def test_actor_titles_a_national_title_is_no_one_titled_with_another_country():
    # the tagger may keep "Kenyan" out of the title it learns: as written, it says another country
    text = (
        "Kenyan President Joseph Kamau met French officials in Paris on Monday. "
        "The French president promised new loans."
    )
    assert "Joseph Kamau" not in names(text, "promised")


def test_actor_titles_a_second_office_is_not_the_first():
    # a deputy foreign minister is no "foreign minister", a prime minister no "minister"
    text = (
        "Deputy Foreign Minister Omar Saleh arrived in Rabat on Sunday. "
        "The foreign minister signed the accord on Monday."
    )
    assert "Omar Saleh" not in names(text, "signed")
    text = "Prime Minister Lars Holm opened the session on Sunday. The minister signed the decree on Monday."
    assert "Lars Holm" not in names(text, "signed")


def test_actor_titles_the_office_told_in_full_is_still_its_holder():
    text = (
        "Danish Foreign Minister Omar Saleh arrived in Rabat on Sunday. "
        "The foreign minister signed the accord on Monday."
    )
    assert names(text, "signed") == ["Omar Saleh"]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # the office taken, with no determiner, is no one who holds it
        (
            "President Anton Holm of Norland is due to stand down after the election on Sunday. "
            "The country won independence in 1961. Its first prime minister was elected president a year later.",
            "elected",
        ),
        (
            "President Anton Holm of Norland is due to stand down after the election on Sunday. "
            "His predecessor Lars Berg was named president of the central bank in 2004.",
            "named",
        ),
    ],
)
def test_actor_titles_the_office_someone_is_elected_to_stands_for_no_holder(text, trigger):
    assert "Anton Holm" not in names(text, trigger)


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("Treasurer Mark Pellow announced the new budget in Canberra on Tuesday.", "announced", ["Mark Pellow"]),
        ("Lance Corporal Mark Evans was killed in Basra on Monday.", "killed", ["Mark Evans"]),
        ("Detective Jane Roe arrested the man in Leeds on Friday.", "arrested", ["Jane Roe"]),
        ("Lance Armstrong won the race in Paris on Sunday.", "won", ["Lance Armstrong"]),
        ("Private Equity Partners bought the firm on Monday.", "bought", ["Private Equity Partners"]),
    ],
)
def test_actor_titles_a_rank_before_a_name_is_no_part_of_it(text, trigger, expected):
    assert names(text, trigger) == expected
