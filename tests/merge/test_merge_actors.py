"""Cross-document actor identity and canonical names."""

import pytest
from merge_builders import event, extraction

from timeline.merge import merge
from timeline.merge.actors import ActorIndex, name_tokens
from timeline.model import Actor


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
    index = _index([("Andean Regional Development Bank", "ORG")], [("Regional Development Bank", "ORG")])
    assert index.canonical("Regional Development Bank") == "Andean Regional Development Bank"


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
    index = ActorIndex(_surname_and_full_name("1999", "2000", as_alias=as_alias))
    assert index.canonical("Harlan") == "Dwight Harlan"


def test_actors_a_surname_seen_years_apart_keeps_its_link_through_the_incremental_record():
    """What the store keeps between merges (:meth:`ActorIndex.seen`) carries the years."""
    seen = ActorIndex.seen(_surname_and_full_name("1990", "2000", as_alias=True))
    assert ActorIndex.from_seen(seen).canonical("Harlan") == "Harlan"
    old_record = {k: v for k, v in seen.items() if k != "years"}  # written before the years were kept
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
