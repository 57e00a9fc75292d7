"""Event-entity linking on hand-built news sentences: which names become actors, in which role."""

from __future__ import annotations

import pytest

from timeline.extract import extract
from timeline.model import DocDate, Document


def run(nlp, text: str):
    """Every event, listed or not: these tests are about who takes part, not about which rows a
    chronology lists (tests/extract/test_extract_rows.py)."""
    document = Document(id="d1", text=text, date=DocDate("2010-06-08", "metadata", 1.0))
    return extract(nlp(text), document, [], all_events=True)


def tuples(extraction) -> set[tuple[str, str, str]]:
    """(actor, role, trigger) for every actor of every event."""
    return {(a.name, a.role, e.predicate.text) for e in extraction.events for a in e.actors}


@pytest.mark.parametrize(
    ("text", "expected", "never"),
    [
        # dates, weekdays and numbers are never actors
        (
            "Monday's announcement surprised Samsung.",
            {("Samsung", "patient", "surprised")},
            {"Monday"},
        ),
        (
            "Apple unveils iPod nano\nSeptember 05, 2005",
            {("Apple", "agent", "unveils")},
            {"September 05", "September"},
        ),
        (
            "Great demand was enjoyed by Apple during the Christmas and New Year sales period.",
            {("Apple", "agent", "enjoyed")},
            {"New Year", "Christmas"},
        ),
        # a model designator after a product or company name belongs to the name
        (
            "Apple launched the iPhone 3G on Monday.",
            {("Apple", "agent", "launched"), ("iPhone 3G", "patient", "launched")},
            {"iPhone"},
        ),
        (
            "The old phones were sold out, and the iPhone 3G will be discontinued.",
            {("iPhone 3G", "patient", "discontinued")},
            set(),
        ),
        (
            "Apple launched the new iPhone 3G on Monday. Apple claimed that the 3G iPhone will provide faster access.",
            {("iPhone 3G", "agent", "provide")},
            {"iPhone", "3G iPhone"},
        ),
        (
            "Boeing 737 jets were grounded in March.",
            {("Boeing 737", "patient", "grounded")},
            {"737", "Boeing"},
        ),
        (
            "Samsung 3 times sued Apple.",
            {("Apple", "patient", "sued")},
            {"Samsung 3"},
        ),
        # tagger span mistakes on names are repaired
        (
            "Apple released the long awaited iPhone Software Development Kit (SDK) on Thursday.",
            {("iPhone Software Development Kit", "patient", "released")},
            {"SDK", "iPhone Software Development Kit (SDK"},
        ),
        (
            "Apple Corps claims that Apple Computer's iTunes Music Store violates an agreement.",
            {("iTunes Music Store", "agent", "violates")},
            {"Music Store"},
        ),
        (
            "European Commissioner Emma Bonino said the aid would arrive on Monday.",
            {("Emma Bonino", "source", "arrive")},
            {"Commissioner Emma Bonino"},
        ),
        # money, units and bare titles are no actors
        (
            "The 32GB version is priced at US$299 and costs 99 USD.",
            set(),
            {"US$299", "US $ 299", "USD", "GB", "32GB"},
        ),
        (
            "Presiding Judge Martin Mann has stated that he owns an iPod.",
            {("Martin Mann", "agent", "owns")},
            {"Judge", "Presiding Judge"},
        ),
        (
            "He was released from the prison on Monday to be transferred by prison van to Marseilles.",
            set(),
            {"van", "prison van", "Van"},
        ),
        # a count after a possessive name is no model number; a name tagged as a number is still a name
        (
            "The World Trade Organisation's 149 members met in Geneva.",
            {("World Trade Organisation", "agent", "met")},
            {"World Trade Organisation's 149", "World Trade Organisation 149"},
        ),
        (
            "Apple will offer a free case to anyone who has purchased an iPhone 4.",
            {("iPhone 4", "patient", "purchased")},
            set(),
        ),
        # a title in apposition is the person, not an actor of its own
        (
            "Steve Jobs, the Apple Chief Executive Officer, announced the development.",
            {("Steve Jobs", "agent", "announced")},
            {"Chief Executive Officer", "Apple Chief Executive Officer"},
        ),
        # ... and is learned as the person's title
        (
            "Steve Jobs, the Apple Chief Executive Officer, announced the development on Monday. "
            "Later the chief executive officer resigned.",
            {("Steve Jobs", "agent", "resigned")},
            set(),
        ),
        # the whole proper-noun block the tagger missed, and a bare model number with its maker
        (
            "The Dow Jones Industrial Average fell 120 points on Monday.",
            {("Dow Jones Industrial Average", "agent", "fell")},
            {"Jones Industrial Average"},
        ),
        (
            "Boeing's 787 Dreamliner made its first flight in December.",
            {("Boeing 787 Dreamliner", "agent", "made")},
            {"Dreamliner"},
        ),
        # a company's legal form is part of its name; a model code tagged as a common noun is a name
        (
            "Chrysler LLC filed for bankruptcy protection on Thursday. Chrysler said it had no choice.",
            {("Chrysler LLC", "agent", "filed"), ("Chrysler LLC", "agent", "said")},
            {"LLC", "Chrysler"},
        ),
        (
            "Airbus delivered the first Airbus A380 in 2007. Airbus said that the second A380 would be shipped soon.",
            {("Airbus A380", "patient", "shipped")},
            {"A380"},
        ),
        (
            "The iPhone 3GS was sold out.",
            {("iPhone 3GS", "patient", "sold out")},
            set(),
        ),
        # a one-word name is short for the one longer organisation name of the text it opens; a place
        # or a country is not ("China" is no short "China Mobile")
        (
            "Hyundai Heavy Industries won a shipbuilding order on Monday. Hyundai said the order was worth 3 billion.",
            {("Hyundai Heavy Industries", "agent", "said")},
            {"Hyundai"},
        ),
        (
            "China Mobile reported higher profits on Monday. China said its exports rose.",
            {("China Mobile", "agent", "reported"), ("China", "agent", "rose")},
            {("China Mobile", "agent", "rose")},
        ),
        # a company's legal name opened by a town's name: the company, not the town
        (
            "Toyota Motor Corp. recalled 50,000 cars on Tuesday. Toyota said that it would recall more.",
            {("Toyota Motor Corp.", "agent", "recalled")},
            {"Toyota"},
        ),
        # a side's name the tagger cuts into a nationality and a city
        (
            "Chinese Taipei beat Japan 3-1 in the final on Saturday.",
            {("Chinese Taipei", "agent", "beat")},
            {"Taipei", "China"},
        ),
        # "the company" is the organisation just named, unless it is a new one
        (
            "Shares of Ford fell 5 percent after the company reported a loss.",
            {("Ford", "agent", "reported")},
            set(),
        ),
        (
            "Lehman Brothers filed for bankruptcy on Monday. The investment bank had struggled for months.",
            {("Lehman Brothers", "agent", "struggled")},
            set(),
        ),
        # a proper name and an establishment noun make a name; other nouns stay descriptions
        (
            "The S&P 500 index lost 2% and the iTunes store sold songs.",
            {("S&P 500 index", "agent", "lost"), ("iTunes store", "agent", "sold")},
            {"iTunes", "S&P"},
        ),
        (
            "The firm said that songs were downloaded from the iTunes store since its launch in 2003.",
            # "since its launch" (no date given here) refers to a happening, it is no row of its own
            {("iTunes store", "other", "downloaded")},
            {"iTunes"},
        ),
        (
            "NPD said that Apple's iTunes store passes Best Buy.",
            {("iTunes store", "agent", "passes"), ("Apple", "other", "passes")},
            set(),
        ),
        (
            "Prices will be cut to match the EU prices.",
            set(),
            {"EU prices"},
        ),
        # a name modifying a description in a side phrase takes no part
        (
            "Apple released the program after complaints about hearing loss in iPod users.",
            {("Apple", "agent", "released")},
            {"iPod", "iPod users"},
        ),
        # ... but the body of a title still does
        (
            "The talks failed, U.S. State Department spokesman John Kirby said on Monday.",
            # "X said Y" is Y's row, X its source
            {("John Kirby", "source", "failed")},
            set(),
        ),
        # an adjective of no country is no participant
        (
            "The European Commission welcomed the decision and European Commissioner Neelie Kroes said it was fine.",
            {("European Commission", "agent", "welcomed")},
            {"European"},
        ),
        # "he" reaches back over sentences that name nobody
        (
            "Steve Jobs spoke in Paris. The crowd cheered. Prices fell sharply. He said that Apple is ready.",
            {("Steve Jobs", "agent", "said")},
            set(),
        ),
        # of several in sight, the main subject of the sentence is the topic a pronoun takes up
        # over names in a subordinate clause (not over the main verb's object: "Obama met Putin. He left")
        (
            "Steve Jobs spoke after a meeting with Tim Cook. He said that Apple is ready.",
            {("Steve Jobs", "agent", "said")},
            set(),
        ),
        (
            "Apple said that Samsung copied the designs. It claimed that the phones were identical.",
            {("Apple", "agent", "claimed")},
            set(),
        ),
        # a product the tagger missed is an antecedent of "it" too
        (
            "Structure-wise, iPhone 4 gets a new steel frame. It also brings a new screen.",
            {("iPhone 4", "agent", "brings")},
            set(),
        ),
        # a fronted "his" is the person subject that follows
        (
            "In his keynote address Wednesday, Jobs announced the release of iLife.",
            {("Jobs", "agent", "announced")},
            set(),
        ),
        # a surname the tagger took for a common noun ("Jobs" NNS) is the person named before
        (
            "Steve Jobs spoke. Jobs attributed the small increase to fewer users.",
            {("Steve Jobs", "agent", "attributed")},
            {"Jobs"},
        ),
        # a relative pronoun is the noun it follows
        (
            "Apple Corps sued Apple over its iTunes Music Store, which sells digital music.",
            {("iTunes Music Store", "agent", "sells")},
            set(),
        ),
        (
            "The iPod, which was made by Apple, sold well.",
            {("iPod", "patient", "made"), ("Apple", "agent", "made")},
            set(),
        ),
        # a gerund under a preposition shares the subject of the clause
        (
            "Steve Jobs started by hinting at the incident.",
            {("Steve Jobs", "agent", "hinting")},
            set(),
        ),
        # a subject raised by "is scheduled to" does what the infinitive says
        (
            "Jacques Chirac is scheduled to return home on Dec. 2.",
            {("Jacques Chirac", "agent", "return")},
            set(),
        ),
        # the place one leaves or reaches is where, not who
        (
            "Nepali King Gyanendra left Kathmandu for Dhaka on Friday.",
            {("Gyanendra", "agent", "left")},
            {"Kathmandu"},
        ),
        # in a quotation "he" is someone other than the speaker
        (
            "Chen Boliang said Wei Guoqiang had been recalled to Beijing. "
            '"He killed himself at home," Chen Boliang said.',
            {("Wei Guoqiang", "agent", "killed")},
            set(),
        ),
        # a country's government acting is the country
        (
            "The Sudanese government signed the agreement with the rebels.",
            {("Sudan", "agent", "signed")},
            {"Sudanese government"},
        ),
    ],
    ids=[
        "weekday-possessive",
        "dateline",
        "holiday",
        "designator",
        "designator-head",
        "designator-before",
        "designator-entity",
        "count",
        "bounds-parenthesis",
        "bounds-compound",
        "bounds-person-title",
        "money-units",
        "bare-title",
        "lower-case-noun",
        "possessive-count",
        "name-tagged-as-number",
        "title",
        "title-learned",
        "proper-noun-block",
        "maker-model",
        "corp-suffix",
        "model-as-noun",
        "model-as-head",
        "short-org-name",
        "country-is-no-short-name",
        "town-opening-legal-name",
        "nationality-and-city-one-name",
        "the-company",
        "the-investment-bank",
        "establishment-model",
        "establishment",
        "establishment-owner",
        "description",
        "side-modifier",
        "title-body",
        "adjective",
        "pronoun-reach",
        "pronoun-topic-person",
        "pronoun-topic-thing",
        "pronoun-untagged-thing",
        "cataphora",
        "surname-as-noun",
        "relative-subject",
        "relative-passive",
        "gerund-by",
        "raised-subject",
        "motion-origin",
        "quoted-he",
        "government-is-country",
    ],
)
def test_extract_linking_actors(nlp, text, expected, never):
    got = tuples(run(nlp, text))
    missing = expected - got
    assert not missing, f"missing {missing} in {sorted(got)}"
    names = {name for name, _, _ in got}
    assert not names & never, f"unwanted {names & never} in {sorted(got)}"


def test_extract_linking_a_fronted_his_is_the_passive_subject_that_follows(nlp):
    # "is expected to": the subject after the fronted "his" is a passive one; it, not the man of
    # the sentence before, makes the trip
    text = (
        "Rebel leader Omar Hadi met reporters in the capital on Sunday. "
        "During his trip, envoy Peter Lund is expected to visit the northern port of Kassa."
    )
    got = tuples(run(nlp, text))
    assert ("Peter Lund", "agent", "trip") in got, sorted(got)
    assert ("Omar Hadi", "agent", "trip") not in got, sorted(got)


def triggers(extraction) -> list[str]:
    return [e.predicate.text for e in extraction.events]


@pytest.mark.parametrize(
    ("text", "expected", "never"),
    [
        # a support verb gives its subject to the event noun and is no event itself
        ("Steve Jobs made an appearance in March.", {("Steve Jobs", "agent", "appearance")}, {"made"}),
        ("Jacques Chirac delivered the keynote address.", {("Jacques Chirac", "agent", "address")}, {"delivered"}),
        ("Steve Jobs has taken medical leave.", {("Steve Jobs", "agent", "leave")}, {"taken"}),
        (
            "Apple CEO Steve Jobs extended an invitation to the label.",
            {("Steve Jobs", "agent", "invitation")},
            {"extended"},
        ),
        # an aspectual or raising verb hands the event to the verb it governs
        (
            "Steve Jobs attempted to address reports of reception issues.",
            {("Steve Jobs", "agent", "address")},
            {"attempted"},
        ),
        (
            "Steve Jobs will continue to steer the company.",
            {("Steve Jobs", "agent", "steer")},
            {"continue"},
        ),
        ("Steve Jobs started by hinting at the incident.", {("Steve Jobs", "agent", "hinting")}, {"started"}),
        ("Jobs then moved on to talk about podcasting.", set(), {"moved on"}),
        ("Moving on, Steve Jobs announced the sales figures.", {("Steve Jobs", "agent", "announced")}, {"Moving on"}),
        # an age is no event
        ("Jobs, aged 55, resigned on Monday.", {("Jobs", "agent", "resigned")}, {"aged"}),
        # a participle before its noun describes the noun
        ("Residents rode a bus at insurgent-held al-Rashideen.", set(), {"insurgent-held", "held"}),
        ("A U.S.-led coalition bombed the town.", set(), {"U.S.-led", "led"}),
        ("Police found the stolen car on Monday.", set(), {"stolen"}),
    ],
    ids=[
        "make-appearance",
        "deliver-address",
        "take-leave",
        "extend-invitation",
        "attempt-to",
        "continue-to",
        "start-by",
        "move-on-to",
        "moving-on",
        "aged",
        "participle-held",
        "participle-led",
        "participle-stolen",
    ],
)
def test_extract_linking_light_verbs(nlp, text, expected, never):
    ex = run(nlp, text)
    missing = expected - tuples(ex)
    assert not missing, f"missing {missing} in {sorted(tuples(ex))}"
    assert not set(triggers(ex)) & never


def test_extract_linking_headline_told_again_in_the_body_is_no_second_event(nlp):
    text = (
        "Apple unveils iPod nano and plans a party\n"
        "September 7, 2005\n"
        "Apple today unveiled its latest addition to the iPod line, the iPod nano."
    )
    got = triggers(run(nlp, text))
    assert "unveiled" in got and "unveils" not in got
    assert "plans" in got  # not told again below: the headline is its only mention


def test_extract_linking_first_line_that_is_a_sentence_is_no_headline(nlp):
    text = "Apple unveiled the iPod nano.\nApple unveiled it in London."
    (row,) = [e for e in run(nlp, text).events if e.predicate.text == "unveiled"]
    # not dropped as a headline restated below: both sentences are mentions of the one unveiling
    assert [m.sentence for m in row.mentions] == [0, 1]


@pytest.mark.parametrize(
    ("text", "canonical", "alias"),
    [
        (
            "Apple launched the iTunes Music Store in 2003. The store was renamed to iTunes Store in 2006. "
            "The iTunes Music Store sold songs.",
            "iTunes Music Store",
            "iTunes Store",
        ),
        (
            "Apple Computer changed its name to Apple Inc. in 2007. Apple Inc. sold phones. Apple Inc. sued Nokia.",
            "Apple Inc.",
            "Apple Computer",
        ),
    ],
    ids=["renamed-to", "changed-its-name"],
)
def test_extract_linking_renamed_actor_is_one_actor_under_both_names(nlp, text, canonical, alias):
    ex = run(nlp, text)
    actors = {a.name: a for a in ex.actors}
    assert alias not in actors
    assert alias in actors[canonical].aliases
    assert alias not in {name for name, _, _ in tuples(ex)}


def test_extract_linking_aspectual_verb_alone_is_an_event(nlp):
    """With no verb to hand over to, the aspectual verb's row is its event noun's, told whole."""
    events = run(nlp, "The fighting continued in the north.").events
    assert [e.predicate.text for e in events] == ["fighting"]
    assert events[0].summary == "The fighting continued in the north"


def test_extract_linking_the_new_firm_is_not_the_company_named_before(nlp):
    got = tuples(run(nlp, "GE Life said that the new firm, Straits Lion, will handle the funds."))
    assert ("Straits Lion", "agent", "handle") in got
    assert ("GE Life", "agent", "handle") not in got


@pytest.mark.parametrize("text", ["The investment bank had struggled.", "An attack helicopter landed in the field."])
def test_extract_linking_event_noun_classifying_another_noun_is_no_event(nlp, text):
    assert triggers(run(nlp, text)) and not {"investment", "attack"} & set(triggers(run(nlp, text)))


def test_extract_linking_the_short_form_is_the_long_name_given_before(nlp):
    ex = run(
        nlp,
        "Stocks tumbled as the Dow Jones Industrial Average dropped 500 points. "
        "The Dow closed at 10,917, its lowest level since 2005.",
    )
    assert ("Dow Jones Industrial Average", "agent", "closed") in tuples(ex)
    assert "Dow" in {a.name: a for a in ex.actors}["Dow Jones Industrial Average"].aliases


def test_extract_linking_a_company_named_without_the_is_no_short_form(nlp):
    got = tuples(run(nlp, "Apple Corps sued Apple over the iTunes Music Store. The Apple logo was shown."))
    assert ("Apple", "patient", "sued") in got
    assert ("Apple Corps", "patient", "shown") not in got


def test_extract_linking_a_counterpart_is_no_title_of_the_person(nlp):
    """ "his French counterpart, Jean Martin" says who Martin is beside the speaker: the person is
    the actor, but "French counterpart" is no name another article's counterpart could be told by,
    as "French Prime Minister" is."""
    ex = run(
        nlp,
        "Prime Minister Anna Berg said she had met her French counterpart, Jean Martin, in Lyon. "
        "French Prime Minister Paul Roux visited Berlin.",
    )
    actors = {a.name: a for a in ex.actors}
    assert "Jean Martin" in actors
    assert not any("counterpart" in alias.lower() for alias in actors["Jean Martin"].aliases)
    assert "French Prime Minister" in actors["Paul Roux"].aliases
