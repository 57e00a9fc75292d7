"""What an anniversary is of ("marked the 40th anniversary of the founding of the university") took
place: a row of its own, as many years before the year the anniversary falls in as its ordinal
counts, or undated when no ordinal counts. A happening the article told before by a word of its
stem stays that word's row."""

from __future__ import annotations

import pytest

from tests.extract.parsed import extracted

pytestmark = pytest.mark.slow


def rows(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {e.predicate.text: (e.date.earliest, e.date.latest) for e in extracted(text, "2006-11-03")}


@pytest.mark.parametrize(
    ("text", "noun", "year"),
    [
        ("Students on Tuesday marked the 40th anniversary of the founding of the university.", "founding", "1966"),
        (
            "Veterans gathered to commemorate the sixtieth anniversary of the liberation of the town.",
            "liberation",
            "1946",
        ),
        ("A festival next year will mark the 25th anniversary of the signing of the border treaty.", "signing", "1982"),
    ],
)
def test_what_an_anniversary_counts_back_to(text, noun, year):
    assert rows(text)[noun] == (f"{year}-01-01", f"{year}-12-31")


def test_an_anniversary_with_no_count_is_undated():
    got = rows("Fans gathered at the stadium on the anniversary of the death of the singer John Hale.")
    assert got["death"] == (None, None)


def test_a_year_the_phrase_names_is_the_year():
    got = rows("Thousands marched to mark the anniversary of a strike by dockers in 1921.")
    assert got["strike"] == ("1921-01-01", "1921-12-31")


def test_a_happening_told_before_is_not_told_again():
    text = (
        "A plane crashed into the sea near Perth in 2001, killing 80 people. "
        "Relatives gathered on Saturday to mark the fifth anniversary of the crash."
    )
    assert "crash" not in rows(text)
