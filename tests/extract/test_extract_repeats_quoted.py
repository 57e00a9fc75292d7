"""A speaker's quoted words that tell again, with no day of their own, a happening the article dated
in its own words are one row with it (timeline.extract.repeats._quoted_again)."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline import api

pytestmark = pytest.mark.slow


def rows(text: str) -> list[tuple[str, ...]]:
    """The triggers of each row of the article's chronology."""
    timeline = api.extract([text], ref_date=dt.date(2011, 3, 9))
    return [tuple(m.trigger for m in e.mentions) for e in timeline.events]


def test_repeats_quoted_the_speakers_side_told_again_in_a_quotation_is_one_row():
    text = (
        "Two road engineers held by bandits near Garissa were released unharmed on Tuesday. "
        '"Our team was freed and everyone is well," company spokesman Paul Otieno told reporters.'
    )
    assert ("released", "freed") in rows(text)


def test_repeats_quoted_we_of_the_group_the_row_names_is_one_row():
    text = (
        "Kenya Red Cross aid workers suspended work in Mandera on Tuesday after a convoy was looted. "
        '"We have frozen everything until further notice," said Red Cross official Anne Wambui.'
    )
    assert ("suspended", "frozen") in rows(text)


def test_repeats_quoted_they_of_the_rows_people_is_one_row():
    text = (
        "Three miners were injured when a tunnel collapsed near Nyeri on Tuesday. "
        '"They were hurt when the roof fell on them," a rescuer said.'
    )
    assert ("injured", "hurt") in rows(text)


def test_repeats_quoted_one_persons_words_stay_apart_from_the_rows_people():
    text = (
        "Three miners were injured when a tunnel collapsed near Nyeri on Tuesday. "
        '"She was hurt when the roof fell on her," a rescuer said of their neighbour.'
    )
    found = rows(text)
    assert ("injured",) in found and ("hurt",) in found


def test_repeats_quoted_a_subject_of_its_own_stays_apart():
    text = (
        "Two road engineers held by bandits near Garissa were released unharmed on Tuesday. "
        '"The drivers were freed later and they are now resting in Nairobi," company spokesman Paul Otieno said.'
    )
    found = rows(text)
    assert ("released",) in found and ("freed",) in found


def test_repeats_quoted_a_remark_of_many_others_stays_apart():
    text = (
        "Three miners were injured when a tunnel collapsed near Nyeri on Tuesday. "
        '"Many people have been hurt in this mine over the years," a rescuer said.'
    )
    found = rows(text)
    assert ("injured",) in found and ("hurt",) in found
