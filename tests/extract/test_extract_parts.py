"""Building blocks of extraction that need no model: figures, gazetteer, quotes, ids."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.extract import event_id
from timeline.extract.attribution import quote_mask
from timeline.extract.claims import parse_number
from timeline.extract.gazetteer import country_for_adjective, country_name, is_known_org, is_place


@pytest.mark.parametrize(
    ("words", "value"),
    [
        (["6,400"], 6400.0),
        (["7000"], 7000.0),
        (["about", "50"], 50.0),
        (["five"], 5.0),
        (["348.8", "billion"], 348.8e9),
        (["2", "million"], 2e6),
        (["many"], None),
        # a number written out in two words, or a teen: "Twenty-two civilians", "Fifteen people"
        (["Twenty", "two"], 22.0),
        (["Thirty-one"], 31.0),
        (["fifteen"], 15.0),
        (["three", "hundred"], 300.0),
    ],
)
def test_parts_parse_number(words, value):
    assert parse_number(words) == value


@pytest.mark.parametrize(
    ("word", "country"),
    [
        ("Russian", "Russia"),
        ("Turkish", "Turkey"),
        ("Syrian", "Syria"),
        ("Kazakh", "Kazakhstan"),
        ("Iranian", "Iran"),
        ("American", "United States"),
        ("Syrians", "Syria"),
        # demonyms no suffix rule recovers from the country's name
        ("Madagascan", "Madagascar"),
        ("Malagasy", "Madagascar"),
        ("Burkinabe", "Burkina Faso"),
        ("Togolese", "Togo"),
        ("Turkmen", "Turkmenistan"),
        ("Azeris", "Azerbaijan"),
        ("Seychellois", "Seychelles"),
        ("New Zealander", "New Zealand"),
        ("Dominican", "Dominican Republic"),
        # a people of several countries names none of them
        ("Congolese", None),
        ("Serb", None),
        ("Bosnian", None),
        ("Lao", None),  # the first word of other names ("the Lao Dong newspaper"); "Laotian" is the state's
        ("Laotian", "Laos"),
        ("Apple", None),
    ],
)
def test_parts_nationality_adjective_to_country(word, country):
    assert country_for_adjective(word) == country


@pytest.mark.parametrize(
    ("name", "place"),
    [
        ("Aleppo", True),
        ("Astana", True),
        ("Geneva", True),
        ("Kazakhstan", True),
        ("Putin", False),
        ("Twitter", False),
    ],
)
def test_parts_gazetteer_knows_places(name, place):
    assert is_place(name) is place


def test_parts_country_names_and_known_orgs():
    assert country_name("Russian Federation") == "Russia"
    assert is_known_org("Twitter") and not is_known_org("Vladimir Putin")


def test_parts_quote_mask_marks_quoted_text():
    text = '“We left,” he said. He added: "more" later.'
    mask = quote_mask(text)
    assert all(mask[text.index("We") : text.index("left") + 4])
    assert not mask[text.index("said")]
    assert mask[text.index("more")] and not mask[text.index("later")]


def test_parts_quote_mask_reads_the_typewriter_pairs_of_older_copy():
    text = "The mayor spoke. ``We will rebuild the bridge,'' she said. ``Soon.''"
    mask = quote_mask(text)
    assert all(mask[text.index("``") : text.index("bridge,''") + 9])
    assert not mask[text.index("mayor")] and not mask[text.index("she")]
    assert mask[text.index("Soon")]


def test_parts_quote_mask_reads_typewriter_quotes():
    # copy set with two backquotes and two apostrophes for the double quotes (``like this'')
    text = "``We will defend the north,'' said Eitan. It's the minister's view."
    mask = quote_mask(text)
    assert all(mask[: text.index("north") + len("north,''")])
    assert not any(mask[text.index(" said") :])


def _quote_walk(text: str) -> list[bool]:
    # the rule read one character at a time (two for the typewriter quotes `` and ''): what
    # quote_mask must compute
    mask: list[bool] = []
    inside = False
    i = 0
    while i < len(text):
        pair = text[i : i + 2]
        if pair in ("``", "''"):
            opened = pair == "``" or inside  # the pair is quoted when it opens or closes a quotation
            inside = pair == "``"
            mask += [opened, opened]
            i += 2
            continue
        ch = text[i]
        if ch in '"“«' and (ch != '"' or not inside):
            inside = True
            mask.append(True)
        elif ch in '"”»' and inside:
            inside = False
            mask.append(True)
        else:
            if ch == "\n" and text[i + 1 : i + 2] == "\n":
                inside = False  # a paragraph break closes a quotation left open
            mask.append(inside)
        i += 1
    return mask


@pytest.mark.parametrize(
    "text",
    [
        '"open\n\nclosed "again" out',
        "“a “b” c” d",
        "» no « yes » no",
        'x "y\n\n\n"z"',
        '"',
        "",
        "``a'' b ''c ``d\n\ne",
        "``a ` b ' c''' d",
    ],
)
def test_parts_quote_mask_follows_the_character_rule(text):
    assert quote_mask(text) == _quote_walk(text)


@given(st.text(alphabet="ab \"“”«»\n`'", max_size=40))
def test_parts_quote_mask_agrees_with_the_character_walk(text):
    assert quote_mask(text) == _quote_walk(text)


def test_parts_event_id_is_deterministic():
    assert event_id("doc", 10) == event_id("doc", 10) != event_id("doc", 11)
    assert event_id("doc", 10).startswith("e") and len(event_id("doc", 10)) == 13
