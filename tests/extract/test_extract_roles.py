"""extract/roles.py: who takes part in an event, with which role, and where it happened."""

from __future__ import annotations

import pytest

from tests.extract.parsed import extracted, parsed, token
from timeline.extract.actors import ActorResolver
from timeline.extract.roles import first_actor, participants, resolve_argument

pytestmark = pytest.mark.slow


def roles_of(text: str, trigger: str, sentence: int = 0):
    _, doc, _ = parsed(text)
    people, places = participants(token(doc, trigger), ActorResolver(doc), sentence)
    return [(p.name, p.role) for p in people], places


def test_roles_coordinated_subjects_are_all_agents_and_the_place_is_a_place():
    people, places = roles_of("Russia, Iran and Turkey agreed on Tuesday to hold talks in Astana.", "talks")
    assert people == [("Russia", "agent"), ("Iran", "agent"), ("Turkey", "agent")]
    assert places == ["Astana"]


def test_roles_a_pronoun_is_the_person_named_before():
    people, places = roles_of("Vladimir Putin arrived in Ankara on Monday. He met Recep Tayyip Erdogan.", "met", 1)
    # (the one met meets too: both are agents)
    assert people == [("Vladimir Putin", "agent"), ("Recep Tayyip Erdogan", "agent")]
    assert places == []


def test_roles_a_body_of_a_country_takes_part_with_its_country():
    people, _ = roles_of("The Turkish foreign ministry said the talks would go ahead.", "said")
    assert ("Turkish foreign ministry", "agent") in people and ("Turkey", "other") in people


def test_roles_first_actor_registers_only_the_first():
    # "according to the Turkish foreign ministry": the source is the body; its country is not
    # made an actor of the document by asking for the source alone
    _, doc, _ = parsed("The Turkish foreign ministry said the talks would go ahead.")
    ministry = token(doc, "ministry")
    every = ActorResolver(doc)
    assert [p.name for p in resolve_argument(ministry, "agent", every, 0)] == ["Turkish foreign ministry", "Turkey"]
    assert "Turkey" in every.actors
    first = ActorResolver(doc)
    found = first_actor(ministry, "source", first, 0)
    assert found is not None and (found.name, found.role) == ("Turkish foreign ministry", "source")
    assert "Turkey" not in first.actors


def test_roles_a_title_joined_to_a_name_by_a_comma_is_no_second_actor():
    # the parse of "Hor Namhong, Cambodian Deputy Prime Minister and Minister of Foreign Affairs,
    # told reporters": the parser made the title a conjunct of the name
    import spacy
    from spacy.tokens import Doc

    from timeline.extract.roles import core_arguments

    words = "Hor Namhong , Deputy Minister and Minister of Trade , told reporters .".split()
    heads = [1, 10, 1, 4, 1, 4, 4, 6, 7, 1, 10, 10, 10]
    deps = "compound nsubj punct compound conj cc conj prep pobj punct ROOT dobj punct".split()
    pos = "PROPN PROPN PUNCT PROPN PROPN CCONJ PROPN ADP PROPN PUNCT VERB NOUN PUNCT".split()
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos)
    told = doc[10]
    assert [(t.text, role) for t, role in core_arguments(told)] == [("Namhong", "agent"), ("reporters", "patient")]


@pytest.mark.parametrize(
    "text",
    [
        "The third Summit of the Andes took place in Lima in May 1999.",
        "The Regional Water Conference wrapped up in Cairo on Friday.",
        "War broke out along the border in March 2001.",
    ],
)
def test_roles_an_occasion_that_took_place_is_no_actor_of_its_own_row(text):
    [event] = extracted(text)
    assert [a.name for a in event.actors if a.role == "agent"] == []


def test_roles_a_body_that_took_a_stand_is_still_its_agent():
    events = extracted("The Catholic Church has taken a firm position on the issue.")
    assert any(a.role == "agent" and "Church" in a.name for e in events for a in e.actors)


def test_roles_a_subject_two_verbs_share_is_the_same_person_for_both():
    # the "She" both verbs share is resolved once (roles._RESOLVED), for "met", and read again for "signed"
    _, doc, _ = parsed("Marta Kowalczyk landed in Oslo on Monday. She met the mayor and signed the agreement.")
    resolver = ActorResolver(doc)
    for verb in ("met", "signed"):
        people, _ = participants(token(doc, verb), resolver, 1)
        assert [(p.name, p.role) for p in people if p.role == "agent"] == [("Marta Kowalczyk", "agent")]


def test_roles_a_resolver_does_not_read_another_ones_resolutions():
    # the memo is the resolver's: one with an alias names the person by its canonical name
    _, doc, _ = parsed("Marta Kowalczyk landed in Oslo on Monday. She met the mayor and signed the agreement.")
    participants(token(doc, "met"), ActorResolver(doc), 1)
    aliased = ActorResolver(doc, {"Marta K. Kowalczyk": ["Marta Kowalczyk"]})
    people, _ = participants(token(doc, "signed"), aliased, 1)
    assert [p.name for p in people if p.role == "agent"] == ["Marta K. Kowalczyk"]


def _row_actors(text: str, trigger: str) -> list[tuple[str, str]]:
    from tests.extract.test_extract_actor_names import actors

    return actors(text, trigger)


@pytest.mark.parametrize(
    ("text", "trigger", "doer"),
    [
        (
            "A senior aide to President Alan Brooks, Maria Tellez, hit out on Friday at the report.",
            "hit out",
            "Maria Tellez",
        ),
        ("The wife of President Alan Brooks, Maria Tellez, opened the hospital on Friday.", "opened", "Maria Tellez"),
        ("The son of the late President Alan Brooks, Mark Brooks, won the election on Sunday.", "won", "Mark Brooks"),
    ],
)
def test_roles_a_name_after_a_persons_name_in_commas_names_the_head_noun(text, trigger, doer):
    # the parser sets the second name beside the first; one person's name is no apposition of another's
    assert (doer, "agent") in _row_actors(text, trigger)


def test_roles_a_list_of_names_after_a_persons_name_names_no_head_noun():
    found = _row_actors("An aide to President Alan Brooks, Maria Tellez and Sam Hill met on Friday.", "met")
    assert ("Maria Tellez", "agent") not in found


@pytest.mark.parametrize(
    ("text", "trigger", "body"),
    [
        ("Norway's biggest bank, DNB, reported on Wednesday a rise in its figures.", "reported", "DNB"),
        ("South Korea's central bank, the Bank of Korea, cut its key rate on Thursday.", "cut", "Bank of Korea"),
    ],
)
def test_roles_a_country_body_with_its_name_in_apposition_is_that_name_alone(text, trigger, body):
    # not the description ("Norway's biggest bank") and its country beside the name
    assert _row_actors(text, trigger) == [(body, "agent")]


def test_roles_a_country_body_with_a_description_in_apposition_stays():
    found = _row_actors("Russia's defence ministry, the main arms buyer, signed the deal on Monday.", "signed")
    assert ("Russia's defence ministry", "agent") in found


def test_roles_the_body_noun_later_is_the_name_set_beside_it():
    text = (
        "Norway's biggest bank, DNB, reported on Wednesday a rise in its figures. "
        "The bank also said on Wednesday it had cut 200 jobs."
    )
    assert _row_actors(text, "cut") == [("DNB", "agent")]


@pytest.mark.parametrize(
    "text",
    [
        "A spokesman for the Free Army said its fighters had captured the town on Monday.",
        "An official of the Free Army said its forces had repulsed the attackers on Monday.",
    ],
)
def test_roles_its_troops_of_an_unnamed_speaker_are_the_body_he_speaks_for(text):
    trigger = "captured" if "captured" in text else "repulsed"
    assert ("Free Army", "agent") in _row_actors(text, trigger)


def test_roles_its_troops_of_a_speaker_told_with_no_body_are_no_ones():
    assert _row_actors("A spokesman said its fighters had captured the town on Monday.", "captured") == []


@pytest.mark.parametrize(
    ("text", "trigger", "agent"),
    [
        ("Lindqvist, whose visit to Peru begins on Monday, met the trade minister on Friday.", "visit", "Lindqvist"),
        (
            "Kenya, whose offensive against the rebels began in March, named a commander on Monday.",
            "offensive",
            "Kenya",
        ),
        ("Hassan Ali, whose arrest in March sparked protests, was freed on Monday.", "arrest", "Hassan Ali"),
    ],
)
def test_roles_whose_on_an_event_noun_is_the_one_the_clause_is_said_of(text, trigger, agent):
    # "X, whose visit ...": the visit is X's, as "X's visit" (the possessor of an event noun)
    from tests.extract.test_extract_actor_names import names

    assert agent in names(text, trigger)


@pytest.mark.parametrize(
    ("text", "trigger", "name", "role"),
    [
        # who tells it is the row's source, not a party of the happening
        (
            "Rebels seized the town of Korvu on Monday, according to the United Nations.",
            "seized",
            "United Nations",
            "source",
        ),
        ("Exports grew 5 percent in May, according to the Ministry of Trade.", "grew", "Ministry of Trade", "source"),
        # a name the happening leaves out takes no part in it
        (
            "Leaders of every country in the region except Cuba will attend the summit in Lima on Friday.",
            "summit",
            "Cuba",
            None,
        ),
        ("All members excluding Japan voted for the resolution on Monday.", "voted", "Japan", None),
    ],
)
def test_roles_a_name_set_apart_from_the_happening_takes_no_part(text, trigger, name, role):
    from tests.extract.test_extract_actor_names import actors

    found = [r for n, r in actors(text, trigger) if n == name]
    assert found == ([role] if role else [])


@pytest.mark.parametrize(
    ("text", "trigger", "name", "kept"),
    [
        # "except for": the one left out takes no part
        (
            "All leaders attended the dialogue on Monday, except for Hezbollah leader Hassan Nasrallah.",
            "attended",
            "Hassan Nasrallah",
            False,
        ),
        # the phrase leaves out the partners, not what the bids are for
        (
            "Air France and Lufthansa have launched bids without local partners for Sun Air.",
            "launched",
            "Sun Air",
            True,
        ),
    ],
)
def test_roles_only_the_phrase_left_out_is_left_out(text, trigger, name, kept):
    from tests.extract.test_extract_actor_names import names

    assert (name in names(text, trigger)) == kept


@pytest.mark.parametrize(
    ("text", "trigger", "agents"),
    [
        (
            "A meeting between Anna Berg and Omar Haddad took place in Oslo on Friday.",
            "meeting",
            ["Anna Berg", "Omar Haddad"],
        ),
        ("The talks between Chile and Bolivia broke down on Monday.", "talks", ["Chile", "Bolivia"]),
        ("Anna Berg met with Omar Haddad in Oslo on Friday.", "met", ["Anna Berg", "Omar Haddad"]),
        (
            "Anna Berg will meet Omar Haddad and Lena Olsen on Friday.",
            "meet",
            ["Anna Berg", "Omar Haddad", "Lena Olsen"],
        ),
        ("Acme Corp. held talks with Globex Inc. on Thursday.", "talks", ["Acme Corp.", "Globex Inc."]),
        ("Brazil drew with Argentina on Friday.", "drew", ["Brazil", "Argentina"]),
        (
            "Sudan signed a peace agreement with the Justice and Equality Movement.",
            "signed",
            ["Sudan", "Justice and Equality Movement"],
        ),
        ("Turkish soldiers were killed in clashes with PKK members on Sunday.", "clashes", ["PKK"]),
    ],
)
def test_roles_the_partners_of_a_reciprocal_happening_are_its_agents(text, trigger, agents):
    # "A met with B" is "B met with A": the partner a "with" or "between" phrase names does it too
    people, _ = roles_of(text, trigger)
    assert [name for name, role in people if role == "agent"] == agents
    assert all(role == "agent" for _, role in people)


@pytest.mark.parametrize(
    ("text", "trigger", "other"),
    [
        # a view one shares, not a pact: "agree with" without "to" or "on"
        ("Anna Berg agreed with Omar Haddad that the plan was flawed.", "agreed", "Omar Haddad"),
        # the team one plays for, not against
        ("Omar Haddad played seven games with the Chicago Bulls last season.", "played", "Chicago Bulls"),
    ],
)
def test_roles_a_with_phrase_of_no_reciprocal_happening_keeps_its_role(text, trigger, other):
    people, _ = roles_of(text, trigger)
    assert (other, "other") in people
    assert (other, "agent") not in people


def test_roles_the_country_of_a_partner_s_title_is_no_partner():
    # "her Bolivian counterpart": the adjective tells the man's country, no party of the talks
    events = extracted("Anna Berg held talks with her Bolivian counterpart Omar Haddad on Friday.")
    [talks] = [e for e in events if e.predicate.text == "talks"]
    assert [(a.name, a.role) for a in talks.actors] == [("Anna Berg", "agent"), ("Omar Haddad", "agent")]


def test_roles_meeting_a_target_names_no_partner():
    # "meet the Kyoto targets" is reaching them, not meeting anyone: the name inside is no agent
    people, _ = roles_of("Norway met the Kyoto Protocol targets last year, Anna Berg said.", "met")
    assert people == [("Norway", "agent")]
    # the people met are still partners
    people, _ = roles_of("Anna Berg met the Bolivian delegation in Oslo on Friday.", "met")
    assert ("Anna Berg", "agent") in people
    assert ("Bolivian delegation", "agent") in people
