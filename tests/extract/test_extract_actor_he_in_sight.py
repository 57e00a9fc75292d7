"""A "he" or "she" with more than one person named in sight (issue 16 items 4 and 5): the person
its sentence before is about goes on, when the others are named only in passing, whether that
sentence tells the person by a "he" of its own ("He said ... despite a meeting of Riley and
Owens. But he said") or by a possessive before its subject ("Kowalski's speech comes after a
visit to the birthplace of the poet Jan Marek. During the visit, she met").
Two persons that are both what the sentence is about still leave the pronoun unresolved. A
leader told by what they lead in a story's first sentence, no one named there, is the one person
the next sentence names as its subject ("The leader of the world's Anglicans on Monday urged ...
Archbishop of Canterbury Rowan Williams spoke"), not one who acts on them there.
A surname the tagger took for a plural noun before a possessive mark ("Banks' place in the side")
is a mention of the person all the same. Whom a speaker names in his own words is not the "he"
that says them ('"I only regret that Omar Haddad ...," he told a local daily'), nor when his words
run over sentences all in quotation marks before the "he" ('"...," said Berger. "Governor Kline
should ask for a vote. "This is our view," he added'), where a speech verb is told of someone else.
A "he said" after a speaker told by a title with the name beside it ("A spokesman for the port,
Peter Lindqvist, said ...") or by a "he" read as a person goes on with that person, not with
someone the speaker's words named."""

from __future__ import annotations

import pytest

from tests.extract.parsed import parsed
from tests.extract.test_extract_actor_names import actors, doers, names
from timeline.extract import extract

pytestmark = pytest.mark.slow


def test_a_person_told_by_his_own_he_goes_on_past_persons_named_in_passing():
    text = (
        "Mayor Tom Brandt opened the new bridge over the river on Friday. "
        "He said it was a pity that the work had taken so long, despite a meeting of governor Paul Riley "
        "and senator Mark Owens in March. "
        "But he promised that the town would pay for the repairs."
    )
    assert names(text, "promised") == ["Tom Brandt"]


def test_a_person_his_own_he_met_is_still_in_sight():
    text = (
        "Mayor Tom Brandt opened the new bridge over the river on Friday. "
        "He met governor Paul Riley at the town hall. "
        "But he promised that the town would pay for the repairs."
    )
    assert names(text, "promised") == []


def test_the_owner_of_the_subject_goes_on_past_a_person_named_in_passing():
    text = (
        "Prime Minister Anna Kowalski spoke of the floods in her New Year address on Sunday. "
        "Kowalski's speech comes after a visit to the town of Lindow, the birthplace of the poet Jan Marek. "
        "During the visit, she met the families of the victims."
    )
    assert names(text, "met") == ["Anna Kowalski"]


def test_the_owner_of_a_person_is_not_what_the_sentence_is_about():
    text = (
        "Prime Minister Anna Kowalski spoke of the floods in her New Year address on Sunday. "
        "Kowalski's spokeswoman met the writer Eva Marek in Lindow on Monday. "
        "During the visit, she praised the families of the victims."
    )
    assert "Anna Kowalski" not in names(text, "praised")


def test_a_leader_told_in_the_first_sentence_is_the_one_named_next():
    text = (
        "The head of the country's largest trade union on Tuesday called for a general strike against the "
        "pension reform. In a speech to workers in the capital, union president Marta Lind spoke of the "
        "anger of the members."
    )
    assert names(text, "called") == ["Marta Lind"]


def test_an_office_told_by_its_country_speaking_in_the_lead_is_the_one_speaking_next():
    # the lead's unnamed minister is the person the next sentence names as the one going on speaking
    text = (
        "Norway wants to double its trade with Vietnam, the Norwegian trade minister said here on Monday.\n"
        "Kari Solberg told reporters that Norway would open an office in Hanoi."
    )
    assert "Kari Solberg" in names(text, "said")
    assert "Norwegian trade minister" not in names(text, "said")


def test_an_office_told_by_its_country_stays_when_the_next_sentence_speaks_of_someone_else():
    text = (
        "Norway wants to double its trade with Vietnam, the Norwegian trade minister said here on Monday.\n"
        "The talks in Hanoi were the first since 2001, officials said."
    )
    assert "Norwegian trade minister" in names(text, "said")


def test_a_leader_another_person_acts_on_next_is_not_that_person():
    text = (
        "The head of the UN nuclear agency arrived in the capital on Tuesday for talks on the reactor. "
        "Foreign Minister Ali Rahimi met him at the airport."
    )
    assert "Ali Rahimi" not in names(text, "arrived")


def test_a_countrys_office_in_the_lead_is_the_one_named_next():
    # "Chile's new navy chief": a title a country's name owns, the lead naming no one; the next
    # sentence names him as its subject, what he says being of himself
    text = (
        "Chile's new navy chief took office on Monday with a pledge to buy two frigates. "
        "Admiral Pablo Reyes said he would ask Congress for the money this year."
    )
    assert names(text, "took") == ["Pablo Reyes"]


def test_a_countrys_office_in_the_lead_named_next_in_the_passive_is_that_person():
    text = (
        "Ghana's president on Friday opened the new port at Tema. John Mensah was cheered by thousands of dock workers."
    )
    assert names(text, "opened") == ["John Mensah"]


def test_a_countrys_office_in_the_lead_is_not_one_named_next_with_another_title():
    text = (
        "Ghana's president on Friday ordered an inquiry into the riot. "
        "Opposition leader John Mensah was arrested by police in Accra."
    )
    assert "John Mensah" not in names(text, "ordered")


def test_a_surname_the_tagger_took_for_a_plural_owner_is_the_person():
    text = (
        "All-rounder Tom Banks was dropped for the second Test in July. "
        "The selectors wanted more pace in the attack. "
        "The side lost that match by an innings. "
        "The third Test was drawn in the rain. "
        "Banks' place in the side was at stake this time, and the all-rounder responded well. "
        "He made a century on Friday."
    )
    assert names(text, "made") == ["Tom Banks"]


def test_whom_the_speaker_names_in_his_own_words_is_not_the_speaker():
    text = (
        "Senator Paul Grant has distanced himself from the radicals in his party. "
        "A longtime admirer of the island's revolution, he nonetheless recently criticized the island's ailing "
        "President Omar Haddad. "
        '"I only regret that Omar Haddad never held a free election," he recently told a local daily. '
        '"I think that our friends there missed their chance," he said.'
    )
    thinks = actors(text, "think")
    assert ("Paul Grant", "agent") in thinks
    assert ("Omar Haddad", "agent") not in thinks


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "Prime Minister Paolo Conti promised a decision by January. "
            "A spokeswoman for the German carrier Lufthansa said on Friday that it had no plan to bid. "
            "But she also refused to rule out a stake.",
            "refused",
        ),
        (
            "Coach Marco Rossi promised changes after the defeat on Sunday. "
            "A spokesman for the club declined to comment on the talks. "
            "But he denied that the stadium had been sold.",
            "denied",
        ),
    ],
)
def test_a_he_or_she_after_an_unnamed_spokesperson_is_no_one_named_before(text, trigger):
    # the unnamed spokeswoman (spokesman), new to the story, is the "she" ("he"): not the person
    # named before
    assert not {"Paolo Conti", "Marco Rossi"} & set(names(text, trigger))


def test_whom_a_speaker_names_in_his_words_and_after_them_is_not_the_he_that_says_them():
    # the man the speaker talks of, named again only after "he said", is not the speaker
    text = (
        "Interior Minister Karl Weber spoke to reporters on Wednesday. "
        '"How can they trust a liar like Brenner with this? A witness must be honest" he said, '
        "referring to the jailed banker Otto Brenner."
    )
    assert names(text, "said") == ["Karl Weber"]


@pytest.mark.parametrize(
    "quoted",
    [
        # a speech verb inside the quotation: what the speaker says someone else should do
        '"Governor Anna Kline should ask the council to vote again.',
        # no speech verb: a person the speaker's words name, in a sentence of their own
        '"Governor Anna Kline should stop the work at once.',
    ],
)
def test_a_he_tagging_a_quotation_that_runs_on_is_its_speaker_not_whom_it_names(quoted):
    text = (
        "The town council approved the new bridge on Monday.\n\n"
        '"The bridge will cost far too much," said Tom Berger, a union leader.\n\n'
        f"{quoted}\n\n"
        '"This is our view," he added.'
    )
    assert names(text, "added") == ["Tom Berger"]


def test_a_he_tagging_a_quotation_after_a_sentence_all_quoted_goes_on_with_a_speaker_named_before_it():
    text = (
        "Union leader Tom Berger spoke to workers in Lindow on Monday.\n\n"
        '"We did not ask for this strike. Nobody wanted it," he said.'
    )
    assert names(text, "said") == ["Tom Berger"]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ('Prime Minister Carlo Rossi said on Sunday that he "would share the pain" of the flood victims.', "share"),
        (
            'Mayor Tom Brandt toured the flooded town on Friday, telling residents that he "felt their loss," '
            "witnesses said.",
            "felt",
        ),
    ],
)
def test_a_he_before_a_quotation_is_the_one_who_says_it(text, trigger):
    # the "he" is the reporter's word, outside the quotation marks: the speaker, no one he speaks of
    expected = "Carlo Rossi" if "Rossi" in text else "Tom Brandt"
    assert (expected, "agent") in actors(text, trigger)


def test_a_he_inside_a_quotation_is_still_not_its_speaker():
    text = '"Paul Riley let us down. He sold the land," Mayor Tom Brandt said on Friday.'
    assert ("Tom Brandt", "agent") not in actors(text, "sold")


@pytest.mark.parametrize(
    ("text", "trigger", "person"),
    [
        (
            "An Italian colonel serving with the peace force in Bosnia was found dead on Wednesday at a base in the "
            "city, a spokesman said. Colonel Marco Bellini, 57, was shot with his own gun, spokesman Tom Fisher told "
            "reporters.",
            "found",
            "Marco Bellini",
        ),
        (
            "A former Canadian diplomat was charged on Friday with fraud. Peter Walsh, 45, was arrested at his home.",
            "charged",
            "Peter Walsh",
        ),
    ],
)
def test_a_person_told_by_a_noun_in_the_lead_is_the_one_the_next_sentence_names_with_an_age(text, trigger, person):
    assert person in doers(text, trigger)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # another person in the lead: the name may be either's
        (
            "A taxi-driver robbed an elderly woman of her rings on Monday. Karim Saleh, 35, took her to a shop.",
            "robbed",
        ),
        # the one named next is told as someone else
        ("A policeman was killed in Lima on Monday. Gunman Juan Perez, 25, was arrested.", "killed"),
        # the one named next only says it
        ("A Spanish businessman was fined on Friday. Prime Minister Carlo Rossi, 60, said the fine was fair.", "fined"),
        # no person told in the lead
        ("A bomb exploded in a market on Monday. Juan Perez, 45, died in hospital.", "exploded"),
    ],
)
def test_a_lead_told_by_a_noun_is_no_one_named_next_when_the_name_may_be_another(text, trigger):
    assert doers(text, trigger) == []


@pytest.mark.parametrize(
    ("text", "trigger", "person"),
    [
        # the one the lead's happening acts on, named first in the next sentence with an age
        (
            "A Malaysian court on Friday jailed a man for smuggling guns from Thailand, a newspaper said. "
            "Lim Boon Heng, 42, was also fined 50,000 ringgit.",
            "jailed",
            "Lim Boon Heng",
        ),
        (
            "Police in Nairobi on Monday arrested a woman accused of stealing church funds. "
            "The money had been collected over three years. Grace Wanjiru, 38, will appear in court on Friday.",
            "arrested",
            "Grace Wanjiru",
        ),
        # the lead's noun told again beside the name
        (
            "Police in Togo on Monday detained an opposition leader accused of fraud. "
            "Opposition leader Kofi Mensah, 61, was held in Lome, his lawyer said.",
            "detained",
            "Kofi Mensah",
        ),
        # told by the "who" of a relative clause on the lead's noun
        (
            "A Dutch court on Tuesday fined a teenager who hacked into a bank's computers. "
            "Pieter de Vries, 17, must also do 200 hours of community work.",
            "hacked",
            "Pieter de Vries",
        ),
    ],
)
def test_a_person_the_leads_happening_acts_on_is_the_one_the_next_sentence_names_with_an_age(text, trigger, person):
    assert person in doers(text, trigger)


@pytest.mark.parametrize(
    ("text", "trigger", "listed"),
    [
        # another person unnamed in the lead: the name may be either's
        (
            "Police in Nairobi on Monday arrested a man suspected of killing a British tourist. "
            "Joseph Mwangi, 31, was held at a police station.",
            "arrested",
            [],
        ),
        # the one named next is told there as someone else
        (
            "Gunmen on Sunday shot dead a man outside a mosque in Karachi. "
            "His brother, Ali Hassan, 30, was wounded in the attack.",
            "shot",
            [],
        ),
        # the one named next only says it
        (
            "Police in Lima on Monday arrested a man for robbing a bank. "
            "Police chief Juan Perez, 50, said the money was found.",
            "arrested",
            [],
        ),
        # named with no age: anyone the story goes on to
        (
            "A Dutch court on Tuesday fined a teenager for hacking into a bank's computers. "
            "Judge Anna Smit said the damage was great.",
            "fined",
            ["Dutch court", "Netherlands"],
        ),
        # another leader ("ruling party", not "opposition")
        (
            "Police in Togo on Monday detained an opposition leader accused of fraud. "
            "Ruling party leader Kofi Mensah, 61, praised the police.",
            "detained",
            [],
        ),
        # a woman is not a man named as "he" would tell
        (
            "Police in Lima on Monday arrested a man for robbing a bank. "
            "Maria Lopez, 34, told police she had seen him. She was not hurt.",
            "arrested",
            [],
        ),
    ],
)
def test_a_person_the_leads_happening_acts_on_is_no_one_named_next_when_the_name_may_be_another(text, trigger, listed):
    assert doers(text, trigger) == listed


def test_people_the_leads_happening_counts_are_the_ones_the_next_sentence_names_together():
    text = (
        "Police in Jakarta on Tuesday arrested two student activists at a protest. "
        "Budi Santoso and Ahmad Hidayat were taken to a police station."
    )
    assert sorted(doers(text, "arrested")) == ["Ahmad Hidayat", "Budi Santoso"]


def test_people_the_lead_counts_are_no_one_when_the_next_sentence_names_more():
    text = (
        "Police in Jakarta on Tuesday arrested two student activists at a protest. "
        "Budi Santoso, Ahmad Hidayat and Joko Widodo were taken to a police station."
    )
    assert doers(text, "arrested") == []


def test_a_person_the_sentence_before_tells_by_he_goes_on_past_one_who_acts_on_him():
    text = (
        "Police named the suspect as Dieter Voss on Monday. "
        "In 2001, he was recruited by Karl Brenner to run the network. "
        "He was arrested in Vienna in 2004."
    )
    assert doers(text, "arrested") == ["Dieter Voss"]


def test_a_person_the_sentence_before_tells_by_he_acting_on_another_leaves_he_unresolved():
    text = (
        "Police named the suspect as Dieter Voss on Monday. "
        "In 2001, he recruited Karl Brenner to run the network. "
        "He was arrested in Vienna in 2004."
    )
    assert doers(text, "arrested") == []


def test_two_persons_both_named_in_the_sentence_before_leave_he_unresolved():
    text = (
        "Police named the suspect as Dieter Voss on Monday. "
        "In 2001, Voss was recruited by Karl Brenner to run the network. "
        "He was arrested in Vienna in 2004."
    )
    assert doers(text, "arrested") == []


def _speakers_of(text: str, words: str) -> list[str]:
    """The actors of the "said" row told by the sentence that has ``words``."""
    document, doc, timexes = parsed(text)
    ex = extract(doc, document, timexes, all_events=True)
    told = [e for e in ex.events if any(words in m.text and m.trigger == "said" for m in e.mentions)]
    return [a.name for e in told for a in e.actors]


@pytest.mark.parametrize(
    "before",
    [
        # the speaker before is told by a title with the name set beside it
        "A spokesman for the port authority, Peter Lindqvist, said on Monday that captain Erik Holm sank the ferry.",
        "An adviser to the port, Peter Lindqvist, told reporters that Erik Holm, the captain, sank the ferry.",
        # the speaker before is told by a "he" that goes on with the one named before
        "Harbour master Peter Lindqvist reached the pier on Monday. He told captain Erik Holm that the ferry had sunk.",
    ],
)
def test_a_he_tagging_a_quotation_goes_on_with_the_speaker_the_sentence_before_names(before):
    text = (
        "A storm hit the coast of Sarnia on Sunday.\n\n"
        f"{before}\n\n"
        '"Finding the missing will be very hard and will take days," he said.'
    )
    assert _speakers_of(text, "Finding the missing") == ["Peter Lindqvist"]


def test_a_she_does_not_go_on_with_the_person_a_he_before_was_read_as():
    text = (
        "State auditor Anna Berg said on Friday that she had finished her report on the port.\n\n"
        'The findings "will speak for themselves," said Berg, while minister Tom Lind said he agreed.\n\n'
        'She said earlier that the port had "no real problems" with its accounts.'
    )
    assert _speakers_of(text, "no real problems") == ["Anna Berg"]


def test_a_he_goes_on_with_the_he_its_sentence_before_is_about_not_one_named_there_in_passing():
    # the sentence before is about a "he" (Ellis) and names another man only in passing
    text = (
        "Goalkeeper Tom Ellis signed a new contract with Hamlin Rovers on Monday.\n"
        "At the moment, he is two games behind the veteran Mark Hollis in appearances.\n"
        '"I want to play every game," he said.'
    )
    assert _speakers_of(text, "I want to play") == ["Tom Ellis"]


def test_a_he_the_sentence_before_is_about_that_stands_for_no_one_leaves_the_next_he_unresolved():
    text = (
        "Tom Ellis replaced Sam Price in goal for Hamlin Rovers on Saturday.\n"
        "He had the task of stopping the striker Mark Hollis.\n"
        '"It was very hard for me," he said.'
    )
    assert "Mark Hollis" not in _speakers_of(text, "very hard for me")


def test_a_his_in_a_clause_of_its_own_is_the_one_its_verb_is_said_of():
    # two men in sight in the sentence: "his" campaign is the one who launched it
    text = (
        "Former mayor Jan Vos filed an appeal against the ruling on Wednesday.\n"
        "Vos's appeal came when Mayor Piet Smit launched his election campaign on Wednesday."
    )
    assert names(text, "election campaign") == ["Piet Smit"]


@pytest.mark.parametrize(
    "text",
    [
        "The minister met Tom Vale in Paris on Monday before he flew to Rome.",
        "The man was walking with his friend Tom Vale near the summit of Ben Carra on Sunday when he fell.",
    ],
)
def test_a_he_in_a_clause_of_the_main_verb_goes_on_with_its_unnamed_subject_not_one_named_in_passing(text):
    # the sentence is about its subject, whom no name tells: "he" is not the man named after it
    trigger = "flew" if "flew" in text else "fell"
    assert names(text, trigger) == []


def test_a_he_in_a_clause_of_the_main_verb_goes_on_with_its_named_subject():
    text = "Police arrested Tom Vale in Paris on Monday after he was seen at the border."
    assert names(text, "seen") == ["Tom Vale"]


def test_a_he_in_a_clause_of_a_subject_told_by_a_title_goes_on_with_the_one_named_before():
    # "the police chief" may be the commissioner named before: no one named in passing stops "he"
    text = (
        "Police Commissioner Tom Hale is warning Londoners of more attacks in the coming months. "
        "The police chief spoke of the threat on Monday as he battled for more powers."
    )
    assert names(text, "battled") == ["Tom Hale"]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The minister met Tom Vale in Paris on Monday. He later flew to Rome.", "flew"),
        ("The coach praised the striker Tom Vale after the match on Sunday. He then left for Madrid.", "left"),
    ],
)
def test_a_he_does_not_go_on_with_one_named_in_passing_past_the_unnamed_subject_before(text, trigger):
    # the sentence before is about its subject, a person no name tells: not the man it acted on
    assert names(text, trigger) == []


@pytest.mark.parametrize(
    ("text", "trigger", "who"),
    [
        # the subject's noun is told by the name beside it
        (
            "The UN envoy to Lanvia, Piet Molen, began talks with the rebels in May. He flew to Geneva on Monday.",
            "flew",
            ["Piet Molen"],
        ),
        # a passive "he" goes on with the one the sentence before acted on
        (
            "A federal judge removed Tom Vale from the case on Monday. He was replaced by two lawyers.",
            "replaced",
            ["Tom Vale"],
        ),
        # what someone said is about the one it names
        (
            "An official said Tom Vale had been arrested on Monday. He was released on Tuesday.",
            "released",
            ["Tom Vale"],
        ),
    ],
)
def test_a_he_goes_on_with_the_one_named_in_what_an_unnamed_speaker_said(text, trigger, who):
    assert names(text, trigger) == who


@pytest.mark.parametrize(
    ("text", "trigger", "person"),
    [
        # the one named later by the description's own noun, past a sentence naming no one
        (
            "A British tourist drowned off the coast of Phuket on Monday. Rescuers searched the bay for six "
            "hours before they found the body. The tourist, John Harding, 34, had gone swimming alone, police said.",
            "drowned",
            "John Harding",
        ),
        # the description's classifying noun ("opposition") in the later title, the person an object
        (
            "Police in Nairobi on Saturday detained a Kenyan opposition leader over a protest march. The march "
            "had not been approved, a police spokesman said. Opposition leader Grace Wanjiru was freed on bail.",
            "detained",
            "Grace Wanjiru",
        ),
        # a premier is a prime minister; a late premier is not a former one
        (
            "A former Dutch premier was taken to hospital in The Hague on Monday after a fall at his home. "
            "Doctors said his condition was stable. Former prime minister Jan de Vries, 81, led the country "
            "in the 1980s, after the late premier Willem Drees.",
            "taken",
            "Jan de Vries",
        ),
    ],
)
def test_a_person_told_by_a_noun_in_the_lead_is_the_one_named_later_with_that_noun(text, trigger, person):
    assert names(text, trigger) == [person]


@pytest.mark.parametrize(
    ("text", "trigger", "others"),
    [
        # two people named later with the noun: either may be the one
        (
            "A British tourist drowned off the coast of Phuket on Monday. Rescuers searched the bay for six "
            "hours. The tourist, John Harding, 34, had gone swimming alone. Another tourist, Mark Bell, 29, "
            "was rescued.",
            "drowned",
            ["John Harding", "Mark Bell"],
        ),
        # the one named later is of another country
        (
            "A British tourist drowned off the coast of Phuket on Monday. Rescuers searched the bay for six "
            "hours. Australian tourist Mark Bell, 29, was rescued.",
            "drowned",
            ["Mark Bell"],
        ),
        # the one named later leads something else ("ruling party", not "opposition")
        (
            "Police in Nairobi on Saturday detained a Kenyan opposition leader over a protest march. The march "
            "had not been approved, a police spokesman said. Ruling party leader Paul Otieno praised the police.",
            "detained",
            ["Paul Otieno"],
        ),
        # the one named later is told as one more of the kind ("also")
        (
            "A British tourist drowned off the coast of Phuket on Monday. Rescuers searched the bay for six "
            "hours. The tourist, John Harding, 34, also lost his passport.",
            "drowned",
            ["John Harding"],
        ),
    ],
)
def test_a_person_told_by_a_noun_in_the_lead_is_no_one_named_later_when_the_name_may_be_another(text, trigger, others):
    assert not set(names(text, trigger)) & set(others)
