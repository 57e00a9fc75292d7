"""Cross-document actor identity and canonical names."""

from dataclasses import replace

import pytest
from merge_builders import event, extraction

from timeline.merge import merge
from timeline.merge.actors import ActorIndex, name_tokens
from timeline.model import Actor, DocDate


def _index(*names_by_doc, aliases=None):
    extractions = []
    for i, names in enumerate(names_by_doc):
        doc = f"{i:03d}"
        evs = [event(doc, n, "meet", f"{name} met", actors=[(name, type_)]) for n, (name, type_) in enumerate(names)]
        extractions.append(extraction(doc, *evs))
    return ActorIndex(extractions, aliases)


@pytest.mark.parametrize(
    ("names_by_doc", "name", "expected"),
    [
        ([[("Vladimir Putin", "PERSON")], [("Putin", "PERSON")]], "Putin", "Vladimir Putin"),
        ([[("Putin", "PERSON")], [("Vladimir Putin", "PERSON")]], "Putin", "Vladimir Putin"),
        # a surname that is also a country's name is still the surname
        ([[("Ali Jordan", "PERSON")], [("Jordan", "PERSON")]], "Jordan", "Ali Jordan"),
        ([[("Bashar al-Assad", "PERSON")], [("Assad", "PERSON")]], "Assad", "Bashar al-Assad"),
        (
            [[("President Bashar al-Assad", "PERSON")], [("Bashar al-Assad", "PERSON")]],
            "President Bashar al-Assad",
            "Bashar al-Assad",
        ),
        ([[("United Nations", "ORG")], [("U.N.", "ORG")]], "U.N.", "United Nations"),
        ([[("Syrian Arab News Agency", "ORG")], [("SANA", "ORG")]], "SANA", "Syrian Arab News Agency"),
        (
            [[("the United Nations", "ORG")], [("United Nations", "ORG")]],
            "the United Nations",
            "United Nations",
        ),
        (
            [[("Mevlüt Çavuşoğlu", "PERSON")], [("Mevlut Cavusoglu", "PERSON")]],
            "Mevlut Cavusoglu",
            "Mevlut Cavusoglu",
        ),
        # A company keeps its own first word and legal ending and leaves out a word between them.
        ([[("Orchard Computer Inc.", "ORG")], [("Orchard Inc.", "ORG")]], "Orchard Inc.", "Orchard Computer Inc."),
    ],
)
def test_actors_shorter_form_maps_to_fullest_name(names_by_doc, name, expected):
    index = _index(*names_by_doc)
    assert index.canonical(name) == expected
    assert index.canonical(names_by_doc[0][0][0]) == expected


@pytest.mark.parametrize(
    ("names_by_doc", "a", "b"),
    [
        # A surname shared by two people stays apart from both.
        (
            [[("Bashar al-Assad", "PERSON"), ("Hafez al-Assad", "PERSON")], [("Assad", "PERSON")]],
            "Assad",
            "Bashar al-Assad",
        ),
        # A lone word is too vague for organisations.
        ([[("Defence Ministry", "ORG")], [("Ministry", "ORG")]], "Ministry", "Defence Ministry"),
        # Words any company may be named with are no shorter form of one company's name.
        (
            [[("Harbor Investors Service", "ORG")], [("Investors Service", "ORG")]],
            "Investors Service",
            "Harbor Investors Service",
        ),
        ([[("Lakeland Holding Group", "ORG")], [("Holding Group", "ORG")]], "Holding Group", "Lakeland Holding Group"),
        # Different types: a person and a place.
        ([[("Jordan Peterson", "PERSON")], [("Jordan", "GPE")]], "Jordan", "Jordan Peterson"),
        # Same surname, different given names.
        (
            [[("Bashar al-Assad", "PERSON")], [("Hafez al-Assad", "PERSON")]],
            "Hafez al-Assad",
            "Bashar al-Assad",
        ),
        # A region's body is one of several: "Champions League" is not the African one.
        (
            [[("African Champions League", "ORG")], [("Champions League", "ORG")]],
            "Champions League",
            "African Champions League",
        ),
        # A body's short form drops the words before it, not a word inside it.
        (
            [[("Nordic Monetary Council", "ORG")], [("Nordic Council", "ORG")]],
            "Nordic Council",
            "Nordic Monetary Council",
        ),
        (
            [[("Global Atomic Research Agency", "ORG")], [("Global Research Agency", "ORG")]],
            "Global Research Agency",
            "Global Atomic Research Agency",
        ),
        # No one goes by the initials of a person's name: "told RTE" is a broadcaster.
        ([[("Recep Tayyip Erdogan", "PERSON")], [("RTE", "PERSON")]], "RTE", "Recep Tayyip Erdogan"),
        # A body named after a country is not the country another article names.
        ([[("Netball New Zealand", "ORG")], [("New Zealand", "GPE")]], "New Zealand", "Netball New Zealand"),
        ([[("Rugby South Africa", "ORG")], [("South Africa", "ORG")]], "South Africa", "Rugby South Africa"),
        # A name in lower case is a description its own article gives ("the composite index
        # gained 5 points"), not a short form of another article's named index.
        (
            [[("Valdero Stock Exchange composite index", "ORG")], [("composite index", "ORG")]],
            "composite index",
            "Valdero Stock Exchange composite index",
        ),
    ],
)
def test_actors_distinct_names_stay_apart(names_by_doc, a, b):
    index = _index(*names_by_doc)
    assert index.canonical(a) != index.canonical(b)


def test_actors_a_country_s_body_and_its_short_name_are_one():
    # "the Georgian Foreign Ministry" ... "the Foreign Ministry": one article's one body
    index = _index([("Georgian Foreign Ministry", "ORG"), ("Foreign Ministry", "ORG")])
    assert index.canonical("Foreign Ministry") == "Georgian Foreign Ministry"


def test_actors_a_body_s_name_without_the_words_before_it_is_the_body():
    index = _index([("Andean Vastro Development Bank", "ORG")], [("Vastro Development Bank", "ORG")])
    assert index.canonical("Vastro Development Bank") == "Andean Vastro Development Bank"


@pytest.mark.parametrize(
    ("long", "long_type", "short", "short_type"),
    [
        ("Vantora news agency", "ORG", "Vantora", "ORG"),
        ("Vantora News Agency", "ORG", "Vantora", "MISC"),
        ("Kelmar Party", "ORG", "Kelmar", "ORG"),
        ("Drosk Group", "ORG", "Drosk", "ORG"),
        ("Ulvane Motor Co.", "ORG", "Ulvane Motor", "ORG"),
    ],
)
def test_actors_a_body_s_name_without_the_words_of_its_kind_is_the_body(long, long_type, short, short_type):
    # "Xinhua news agency" in one article, "Xinhua" in another: one agency
    index = _index([(long, long_type)], [(short, short_type)])
    assert index.canonical(short) == index.canonical(long) == long


@pytest.mark.parametrize(
    ("long", "short", "short_type"),
    [
        ("Kuwait News Agency", "Kuwait", "GPE"),  # a country's agency is not the country
        ("Kuwait News Agency", "Kuwait", "ORG"),
        ("Labour Party", "Labour", "ORG"),  # a common word: which party, the text alone tells
        ("Congress Party", "Congress", "ORG"),
        ("Vantora News", "Vantora", "PERSON"),  # a person named like the body stays a person
    ],
)
def test_actors_a_short_name_that_is_a_word_or_a_country_stays_apart_from_the_body(long, short, short_type):
    index = _index([(long, "ORG")], [(short, short_type)])
    assert index.canonical(short) != index.canonical(long)


def test_actors_a_country_s_longer_name_is_still_the_country():
    index = _index([("Republic of South Africa", "GPE")], [("South Africa", "GPE")])
    assert index.canonical("South Africa") == index.canonical("Republic of South Africa")


def test_actors_alias_file_forces_groups_and_names():
    index = _index(
        [("Recep Tayyip Erdogan", "PERSON")],
        [("Turkish president", "PERSON")],
        aliases={"Erdogan": ["Recep Tayyip Erdogan", "Turkish president"]},
    )
    assert index.canonical("Turkish president") == "Erdogan"
    assert index.canonical("Recep Tayyip Erdogan") == "Erdogan"


def test_actors_per_document_aliases_are_listed_but_do_not_chain_actors():
    putin = Actor("Vladimir Putin", "PERSON", aliases=("Putin", "the president"), events=1)
    assad = Actor("Bashar al-Assad", "PERSON", aliases=("the president",), events=1)
    t = merge(
        [
            extraction(
                "000",
                event("000", 1, "speak", "Putin spoke", actors=[("Vladimir Putin", "PERSON")]),
                actors=(putin,),
            ),
            extraction(
                "001",
                event("001", 1, "speak", "Assad spoke", actors=[("Bashar al-Assad", "PERSON")]),
                actors=(assad,),
            ),
        ]
    )
    by_name = {a.name: a for a in t.actors}
    assert set(by_name) == {"Vladimir Putin", "Bashar al-Assad"}
    assert "the president" in by_name["Vladimir Putin"].aliases
    assert "the president" in by_name["Bashar al-Assad"].aliases


def test_actors_one_surname_of_two_people_joins_neither():
    """A rugby story's "Williams" is Martyn Williams, a sermon's is Rowan Williams: the surname each
    article uses does not make them one actor."""
    martyn = Actor("Martyn Williams", "PERSON", aliases=("Williams",), events=1)
    rowan = Actor("Rowan Williams", "PERSON", aliases=("Williams",), events=1)
    t = merge(
        [
            extraction(
                "000",
                event("000", 1, "ban", "Williams was banned", actors=[("Martyn Williams", "PERSON")]),
                actors=(martyn,),
            ),
            extraction(
                "001",
                event("001", 1, "preach", "Williams preached", actors=[("Rowan Williams", "PERSON")]),
                actors=(rowan,),
            ),
        ]
    )
    assert {a.name for a in t.actors} == {"Martyn Williams", "Rowan Williams"}
    assert sorted(a.name for e in t.events for a in e.actors) == ["Martyn Williams", "Rowan Williams"]


def test_actors_merge_lists_actors_by_event_count_then_name_with_aliases():
    t = merge(
        [
            extraction(
                "000",
                event("000", 1, "meet", "Vladimir Putin met Erdogan", actors=[("Vladimir Putin", "PERSON")]),
                event("000", 2, "visit", "Putin visited Japan", actors=[("Putin", "PERSON"), ("Japan", "GPE")]),
            ),
            extraction(
                "001",
                event("001", 1, "speak", "Putin spoke", actors=[("Putin", "PERSON")]),
                event("001", 2, "travel", "Abe travelled", actors=[("Shinzo Abe", "PERSON")]),
            ),
        ]
    )
    assert [(a.name, a.events) for a in t.actors] == [("Vladimir Putin", 3), ("Japan", 1), ("Shinzo Abe", 1)]
    assert t.actors[0].aliases == ("Putin",)
    assert all(r.name != "Putin" for e in t.events for r in e.actors)


def test_actors_name_tokens_ignore_case_accents_possessive_and_leading_article():
    assert name_tokens("The Russia's Defence  Ministry") == ("russia", "defence", "ministry")
    assert name_tokens("Mevlüt Çavuşoğlu") == ("mevlut", "cavusoglu")


def test_actors_alias_file_renames_actors_on_merged_events():
    t = merge(
        [
            extraction("000", event("000", 1, "speak", "Erdogan spoke", actors=[("Recep Tayyip Erdogan", "PERSON")])),
            extraction(
                "001",
                event("001", 1, "visit", "the Turkish president visited", actors=[("Tayyip", "PERSON")]),
            ),
        ],
        aliases={"Recep Tayyip Erdoğan": ["Recep Tayyip Erdogan", "Tayyip"]},
    )
    assert {r.name for e in t.events for r in e.actors} == {"Recep Tayyip Erdoğan"}
    assert [(a.name, a.events) for a in t.actors] == [("Recep Tayyip Erdoğan", 2)]
    assert set(t.actors[0].aliases) == {"Recep Tayyip Erdogan", "Tayyip"}


def test_actors_type_is_the_majority_over_all_names_of_the_actor():
    index = _index(
        [("Vladimir Putin", "PERSON"), ("Putin", "ORG")],
        [("Putin", "PERSON"), ("Putin", "PERSON")],
        [("Vladimir Putin", "PERSON")],
    )
    assert index.canonical("Putin") == "Vladimir Putin"
    assert index.type_of("Putin") == "PERSON"


def _titled(doc: str, date: str, title_user: tuple[str, str] | None, holder: tuple[str, str] | None):
    """An extraction naming someone by title alone, or a person with that title as alias."""
    evs, actors = [], []
    if title_user:
        evs.append(event(doc, 0, "say", f"the {title_user[0]} said", actors=[(title_user[0], "PERSON")]))
    if holder:
        name, title = holder
        evs.append(event(doc, 1, "visit", f"{name} visited", actors=[(name, "PERSON")]))
        actors.append(Actor(name=name, type="PERSON", aliases=(title,)))
    return extraction(doc, *evs, date=date, actors=tuple(actors))


def test_actors_title_is_the_person_named_with_it_elsewhere():
    index = ActorIndex(
        [
            _titled("a", "2016-12-16", ("Russian president", ""), None),
            _titled("b", "2016-12-23", None, ("Vladimir Putin", "Russian President")),
        ]
    )
    assert index.canonical("Russian president") == "Vladimir Putin"


@pytest.mark.parametrize(
    "holders",
    [
        # another year: Hu Jintao is not the Chinese president of 2013
        [("b", "2006-05-01", ("Hu Jintao", "Chinese President"))],
        # two holders in the time: the title says nothing
        [
            ("b", "2013-03-01", ("Hu Jintao", "Chinese President")),
            ("c", "2013-04-01", ("Xi Jinping", "Chinese President")),
        ],
    ],
)
def test_actors_title_holds_only_within_its_time_and_alone(holders):
    index = ActorIndex(
        [_titled("a", "2013-05-01", ("Chinese president", ""), None)]
        + [_titled(doc, date, None, holder) for doc, date, holder in holders]
    )
    assert index.canonical("Chinese president") == "Chinese president"


def _surname_and_full_name(surname_year: str, full_year: str, *, as_alias: bool):
    """An article of ``surname_year`` naming someone by surname alone, and one of ``full_year``
    naming a person with that surname in full (as an actor of its events, or also with the surname
    as the article's alias of him)."""
    bare = extraction(
        "old",
        event("old", 1, "veto", "Mr. Harlan vetoed the bill", actors=[("Harlan", "PERSON")]),
        date=f"{surname_year}-03-02",
    )
    full = Actor("Dwight Harlan", "PERSON", aliases=("Harlan",), events=1) if as_alias else None
    later = extraction(
        "new",
        event("new", 1, "sue", "Gov. Dwight Harlan sued the state", actors=[("Dwight Harlan", "PERSON")]),
        date=f"{full_year}-06-09",
        actors=(full,) if full else (),
    )
    return [bare, later]


@pytest.mark.parametrize("as_alias", [False, True])
def test_actors_a_surname_is_not_the_full_name_of_an_article_years_apart(as_alias):
    """ "President Bush" of 1990 is not the "Gov. Jeb Bush" an article of 2000 names: a lone surname
    joins a full name only when the articles that use them are a few years apart at most."""
    index = ActorIndex(_surname_and_full_name("1990", "2000", as_alias=as_alias))
    assert index.canonical("Harlan") == "Harlan"


@pytest.mark.parametrize("as_alias", [False, True])
def test_actors_a_surname_is_the_full_name_of_an_article_of_the_same_years(as_alias):
    bare, later = _surname_and_full_name("2000", "2000", as_alias=as_alias)
    index = ActorIndex([replace(bare, document=replace(bare.document, date=DocDate("2000-05-20"))), later])
    assert index.canonical("Harlan") == "Dwight Harlan"


def test_actors_a_surname_seen_years_apart_keeps_its_link_through_the_incremental_record():
    """What the store keeps between merges (:meth:`ActorIndex.seen`) carries the years."""
    seen = ActorIndex.seen(_surname_and_full_name("1990", "2000", as_alias=True))
    assert ActorIndex.from_seen(seen).canonical("Harlan") == "Harlan"
    # written before the years (and the days) were kept
    old_record = {k: v for k, v in seen.items() if k not in ("years", "days", "named")}
    assert ActorIndex.from_seen(old_record).canonical("Harlan") == "Dwight Harlan"


@pytest.mark.parametrize(
    ("long", "short"),
    [
        ("Varnholt Mainland Composite Index", "Composite Index"),  # another market's composite index
        ("Ostrava Stock Price Index", "Stock Price Index"),
        ("Industrial Production Index", "Industrial Index"),
    ],
)
def test_actors_an_index_named_by_words_any_index_has_stays_apart_from_a_longer_one(long, short):
    index = _index([(long, "ORG")], [(short, "ORG")])
    assert index.canonical(short) != index.canonical(long)


def _story(doc: str, day: str, *sentences: tuple[str, list[tuple[str, str]]], actors: tuple = ()):
    """One short article: each sentence with the named participants its event carries."""
    evs = [event(doc, n, "say", text, actors=names) for n, (text, names) in enumerate(sentences)]
    return extraction(doc, *evs, date=day, actors=actors)


@pytest.mark.parametrize(
    ("body", "description", "country"),
    [
        # France's Socialist Party is not the Yemeni one another article names
        ("Yemeni Socialist Party", "Socialist Party", ("France", "GPE")),
        ("Venezuelan Ministry of Science and Technology", "Ministry of Science and Technology", ("China", "GPE")),
        # no country in the longer name: any country's assembly, commission or air force may be called so
        ("11th National Assembly", "National Assembly", ("France", "GPE")),
        ("Central Election Commission", "Election Commission", ("Nepal", "GPE")),
        ("Royal Air Force", "Air Force", None),
    ],
)
def test_actors_a_description_of_a_body_is_not_another_country_s_body(body, description, country):
    first = _story("a", "2006-11-20", (f"The {body} said on Monday it would protest.", [(body, "ORG")]))
    names = [(description, "ORG")] + ([country] if country else [])
    second = _story("b", "2006-11-22", (f"The {description} met in the capital on Wednesday.", names))
    index = ActorIndex([first, second])
    assert index.canonical(description) == description
    assert index.canonical(body) == body


@pytest.mark.parametrize("country", [("China", "GPE"), None])
def test_actors_a_description_of_a_body_is_the_body_of_the_country_its_article_names(country):
    first = _story(
        "a", "2006-11-20", ("The Chinese Ministry of Health issued a warning.", [("Chinese Ministry of Health", "ORG")])
    )
    names = [("Ministry of Health", "ORG")] + ([country] if country else [])
    second = _story("b", "2006-11-22", ("The Ministry of Health reported two new cases in China.", names))
    assert ActorIndex([first, second]).canonical("Ministry of Health") == "Chinese Ministry of Health"


def test_actors_a_description_another_country_s_body_keeps_apart_stays_ambiguous():
    """A description that does not fit one longer name still makes the other one ambiguous: the
    rule only keeps names apart."""
    index = ActorIndex(
        [
            _story("a", "2006-11-20", ("The Yemeni Socialist Party won.", [("Yemeni Socialist Party", "ORG")])),
            _story("b", "2006-11-21", ("The Chilean Socialist Party lost.", [("Chilean Socialist Party", "ORG")])),
            _story(
                "c", "2006-11-22", ("The Socialist Party met in Chile.", [("Socialist Party", "ORG"), ("Chile", "GPE")])
            ),
        ]
    )
    assert index.canonical("Socialist Party") == "Socialist Party"


@pytest.mark.parametrize(
    ("body", "part"),
    [
        ("Security Council of the United Nations", "United Nations"),
        ("Ministry of Labor and Social Security", "Social Security"),
    ],
)
def test_actors_what_a_body_belongs_to_or_deals_with_is_not_the_body(body, part):
    first = _story("a", "2006-11-20", (f"The {body} met on Monday.", [(body, "ORG")]))
    second = _story("b", "2006-11-21", (f"The {part} said on Tuesday it would help.", [(part, "ORG")]))
    assert ActorIndex([first, second]).canonical(part) == part


def test_actors_a_description_keeps_its_link_through_the_incremental_record():
    first = _story("a", "2006-11-20", ("The Yemeni Socialist Party won.", [("Yemeni Socialist Party", "ORG")]))
    second = _story("b", "2006-11-22", ("The Socialist Party met.", [("Socialist Party", "ORG"), ("France", "GPE")]))
    seen = ActorIndex.seen([first])
    seen = ActorIndex.seen([second], seen)
    assert ActorIndex.from_seen(seen).canonical("Socialist Party") == "Socialist Party"


def test_actors_an_alias_is_not_a_name_other_articles_give_another_type():
    """One article calls the minister Jordi Sevilla "Sevilla"; the football club another article
    names "Sevilla" (tagged a place) stays the club."""
    minister = _story(
        "a",
        "2005-11-17",
        ("Jordi Sevilla approved the plan on Thursday.", [("Jordi Sevilla", "PERSON")]),
        actors=(Actor("Jordi Sevilla", "PERSON", aliases=("Sevilla",), events=1),),
    )
    club = _story("b", "2006-12-18", ("Sevilla won 3-1 at Huelva on Sunday.", [("Sevilla", "GPE")]))
    index = ActorIndex([minister, club])
    assert index.canonical("Sevilla") == "Sevilla"
    assert index.canonical("Jordi Sevilla") == "Jordi Sevilla"


def test_actors_an_alias_joins_a_name_other_articles_give_a_vague_type():
    """The tagger calls a person MISC now and then ("Maliki on Sunday called for ..."): still him."""
    full = _story(
        "a",
        "2006-12-01",
        ("Prime Minister Nuri al-Maliki met Bush.", [("Nuri al-Maliki", "PERSON")]),
        actors=(Actor("Nuri al-Maliki", "PERSON", aliases=("Maliki",), events=1),),
    )
    bare = _story("b", "2006-12-10", ("Maliki on Sunday called for a reshuffle.", [("Maliki", "MISC")]))
    assert ActorIndex([full, bare]).canonical("Maliki") == "Nuri al-Maliki"


@pytest.mark.parametrize("as_alias", [False, True])
@pytest.mark.parametrize(
    ("bare_day", "full_days", "joined"),
    [
        # a boxer named once, a year before: the "Ali" of a Gaza report is someone else
        ("2006-11-04", ["2005-12-02"], False),
        ("2005-12-20", ["2005-12-02"], True),  # within a month of the article naming him in full
        ("2006-11-04", ["2005-12-02", "2006-03-08"], True),  # a person the collection names again
    ],
)
def test_actors_a_lone_name_is_a_full_name_given_once_only_near_in_time(bare_day, full_days, joined, as_alias):
    aliases = (Actor("Tomas Okafor", "PERSON", aliases=("Okafor",), events=1),) if as_alias else ()
    stories = [
        _story(
            f"f{i}", day, ("Tomas Okafor arrived in Berlin on Friday.", [("Tomas Okafor", "PERSON")]), actors=aliases
        )
        for i, day in enumerate(full_days)
    ]
    bare = _story("b", bare_day, ("Two brothers, Idris and Okafor, were wounded.", [("Okafor", "PERSON")]))
    index = ActorIndex([*stories, bare])
    assert (index.canonical("Okafor") == "Tomas Okafor") is joined
    seen = ActorIndex.seen([*stories, bare])
    assert (ActorIndex.from_seen(seen).canonical("Okafor") == "Tomas Okafor") is joined


@pytest.mark.parametrize(("bare_day", "joined"), [("2005-03-02", False), ("2006-06-20", True)])
def test_actors_a_surname_of_several_words_is_a_full_name_given_once_only_near_in_time(bare_day, joined):
    """ "Abu-Salem" of a witness in one report is not the Karim Abu Salem another article named a
    year later; within a month of it, it is."""
    index = ActorIndex(
        [
            _story("f", "2006-06-09", ("Karim Abu Salem opened the fair.", [("Karim Abu Salem", "PERSON")])),
            _story("b", bare_day, ('"They fired twice," Abu-Salem told reporters.', [("Abu-Salem", "PERSON")])),
        ]
    )
    assert (index.canonical("Abu-Salem") == "Karim Abu Salem") is joined


def test_actors_a_name_without_its_title_is_the_titled_name_of_any_day():
    index = ActorIndex(
        [
            _story("f", "2006-06-09", ("Prince Karim Salem opened the fair.", [("Prince Karim Salem", "PERSON")])),
            _story("b", "2005-03-02", ("Karim Salem arrived in Rome.", [("Karim Salem", "PERSON")])),
        ]
    )
    assert index.canonical("Prince Karim Salem") == "Karim Salem"


def test_actors_a_far_full_name_still_makes_a_lone_name_ambiguous():
    """Two people with one surname, one named a year before: the lone surname joins neither."""
    index = ActorIndex(
        [
            _story("a", "2005-11-01", ("Ivo Brandt resigned.", [("Ivo Brandt", "PERSON")])),
            _story("b", "2006-11-01", ("Lena Brandt was elected.", [("Lena Brandt", "PERSON")])),
            _story("c", "2006-11-10", ("Brandt said she would serve.", [("Brandt", "PERSON")])),
        ]
    )
    assert index.canonical("Brandt") == "Brandt"


def test_actors_a_description_is_the_body_every_article_using_it_names_in_full():
    """ "the Crisis Group" after "the International Crisis Group" in one article is that group."""
    index = ActorIndex(
        [
            _story(
                "a",
                "2006-12-19",
                ("The International Crisis Group published a report.", [("International Crisis Group", "ORG")]),
                ("The Crisis Group criticised the plan.", [("Crisis Group", "ORG")]),
            ),
            _story("b", "2006-12-20", ("The ministry answered the group.", [("Interior Ministry", "ORG")])),
        ]
    )
    assert index.canonical("Crisis Group") == "International Crisis Group"


def test_actors_a_lone_name_the_collection_uses_on_several_days_is_a_full_name_given_once():
    """ "Clinton" in reports of many days is the "Bill Clinton" one article named a year before."""
    full = _story("f", "1998-02-06", ("Bill Clinton signed the bill.", [("Bill Clinton", "PERSON")]))
    bare = [
        _story(f"b{i}", day, ("Clinton said he would veto it.", [("Clinton", "PERSON")]))
        for i, day in enumerate(["1999-02-16", "2000-01-07"])
    ]
    assert ActorIndex([full, *bare]).canonical("Clinton") == "Bill Clinton"


def test_actors_a_description_of_a_country_s_body_is_the_body_of_its_dotted_name():
    """ "U.S. Justice Department": the country written with dots is still the country."""
    first = _story("a", "2000-02-16", ("The U.S. Justice Department sued.", [("U.S. Justice Department", "ORG")]))
    second = _story(
        "b",
        "2000-04-06",
        (
            "The Justice Department said the boy must go back.",
            [("Justice Department", "ORG"), ("United States", "GPE")],
        ),
    )
    assert ActorIndex([first, second]).canonical("Justice Department") == "U.S. Justice Department"


def test_actors_an_article_s_acronym_the_tagger_types_a_person_is_still_its_body():
    """ "the Harakat Vostra Bangla (HVB)" ... "The HVB is trying to ...": the tagger's PERSON for
    the acronym does not undo the article's own alias of the body."""
    story = _story(
        "a",
        "2005-11-20",
        ("The Harakat Vostra Bangla planned attacks.", [("Harakat Vostra Bangla", "WORK_OF_ART")]),
        ("The HVB is gathering its cadres.", [("HVB", "PERSON")]),
        actors=(Actor("Harakat Vostra Bangla", "WORK_OF_ART", aliases=("HVB",), events=2),),
    )
    assert ActorIndex([story]).canonical("HVB") == "Harakat Vostra Bangla"
