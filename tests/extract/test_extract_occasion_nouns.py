"""Happenings named by an event noun inside a phrase of another clause: the visit or trip its
subject is on ("arrived on Saturday on a three-day official visit"), the occasion on whose sidelines
something took place, the surgery undergone before something else: rows of their own, dated and
told by the clause they sit in (GUIDELINES 1 and 4th batch: an arrival and the visit it starts are
two rows)."""

from __future__ import annotations

import pytest

from tests.extract.parsed import extracted


def rows(text: str, ref: str = "2006-11-15"):
    return {e.predicate.text: (e.date.earliest, [a.name for a in e.actors]) for e in extracted(text, ref)}


@pytest.mark.slow
def test_occasion_nouns_the_visit_an_arrival_starts_is_a_row_of_the_visitor():
    got = rows("Swedish Foreign Minister Anna Berg arrived in Nairobi on Saturday on a three-day official visit.")
    assert got["arrived"] == ("2006-11-11", ["Anna Berg"])
    assert got["visit"] == ("2006-11-11", ["Anna Berg"])  # Saturday, hers


@pytest.mark.slow
def test_occasion_nouns_a_tour_left_on_is_a_row():
    got = rows("The singer Maria Lind left for Europe on Monday on a ten-city concert tour.")
    assert got["tour"] == ("2006-11-13", ["Maria Lind"])


@pytest.mark.slow
def test_occasion_nouns_being_on_missions_is_no_row():
    assert rows("About 2,000 soldiers are deployed abroad on peacekeeping missions.") == {}


@pytest.mark.slow
def test_occasion_nouns_surgery_undergone_is_a_row():
    got = rows("The ailing leader handed power to his brother in July after undergoing intestinal surgery.")
    assert set(got) == {"handed", "surgery"}


@pytest.mark.slow
def test_occasion_nouns_the_occasion_on_whose_sidelines_two_met_is_a_row():
    got = rows("President Anna Berg met the emperor on Tuesday on the sidelines of an official visit to Japan.")
    assert set(got) == {"met", "visit"}
    assert got["visit"] == ("2006-11-14", ["Anna Berg"])  # who attends it, on the day of the meeting


@pytest.mark.slow
def test_occasion_nouns_the_summit_told_before_is_no_second_row():
    text = (
        "Leaders of the bloc gathered in Hanoi on Friday for a summit.\n"
        "The prime minister met his Thai counterpart on the sidelines of the summit."
    )
    assert "summit" not in rows(text)


@pytest.mark.slow
def test_occasion_nouns_the_visit_row_does_not_repeat_the_arrival_s_words():
    events = extracted(
        "Swedish Foreign Minister Anna Berg arrived in Nairobi on Saturday on a three-day official visit."
    )
    summaries = {e.predicate.text: e.summary for e in events}
    assert summaries["visit"] == "a three-day official visit"  # its actor tells whose
    assert summaries["arrived"].startswith("Swedish Foreign Minister Anna Berg arrived in Nairobi on Saturday")


@pytest.mark.slow
def test_occasion_nouns_a_visit_of_several_days_runs_from_the_arrival():
    # article of Monday 2006-11-20: the three-day visit begun on Saturday runs to Monday, as the
    # guidelines date a stay of several days (the arrival stays Saturday's)
    found = {
        e.predicate.text: e.date
        for e in extracted(
            "Swedish Foreign Minister Anna Berg arrived in Nairobi on Saturday on a three-day official visit.",
            "2006-11-20",
        )
    }
    assert (found["visit"].earliest, found["visit"].latest) == ("2006-11-18", "2006-11-20")
    assert (found["arrived"].earliest, found["arrived"].latest) == ("2006-11-18", "2006-11-18")


@pytest.mark.slow
def test_occasion_nouns_the_visit_one_arrived_for_is_a_row():
    found = {
        e.predicate.text: e.date
        for e in extracted(
            "Defence Minister Ana Costa arrived in Oslo on Saturday for a three-day visit.", "2006-11-20"
        )
    }
    assert (found["visit"].earliest, found["visit"].latest) == ("2006-11-18", "2006-11-20")
    assert (found["arrived"].earliest, found["arrived"].latest) == ("2006-11-18", "2006-11-18")


@pytest.mark.slow
def test_occasion_nouns_the_visit_begun_on_the_same_day_is_a_row():
    text = (
        "President Karl Moser received the Swedish envoy on Saturday.\n"
        "Foreign Minister Ana Costa arrived in Vienna on the same day on a two-day official visit."
    )
    got = rows(text)
    assert got["visit"] == ("2006-11-11", ["Ana Costa"])


@pytest.mark.slow
def test_occasion_nouns_thanks_for_a_visit_start_no_visit():
    assert "visit" not in rows("The mayor thanked the students for a visit to the museum.")


@pytest.mark.slow
def test_occasion_nouns_a_visit_begun_on_the_article_s_day_runs_on_past_it():
    # a Monday paper: the stay begun that day runs its three days (the days after the article are its
    # plan); the arrival itself stays on Monday
    found = {
        e.predicate.text: e.date
        for e in extracted("Trade Minister Lena Holm arrived in Lima on Monday for a three-day visit.", "2006-11-20")
    }
    assert (found["visit"].earliest, found["visit"].latest) == ("2006-11-20", "2006-11-22")
    assert (found["arrived"].earliest, found["arrived"].latest) == ("2006-11-20", "2006-11-20")


@pytest.mark.slow
def test_occasion_nouns_an_occasion_told_is_on_the_day_of_the_telling():
    # the meeting a statement was told to took place when it was told: the article's day here
    got = rows(
        "Grain prices would rise again next spring, the farm minister told a meeting of growers in Lyon.\n"
        "Export quotas would stay, his deputy told a rally of dairy farmers in Rennes.",
        "2006-11-15",
    )
    assert got["meeting"][0] == "2006-11-15"
    assert got["rally"][0] == "2006-11-15"


@pytest.mark.slow
def test_occasion_nouns_who_ran_an_occasion_did_so_when_it_met():
    # "presided over" by whom: the day of the meeting (here the day of the statement made at it)
    got = rows(
        "Unpaid wages must be settled by March, the cabinet agreed at a meeting presided over by the prime minister.",
        "2006-11-15",
    )
    assert got["meeting"][0] == "2006-11-15"
    assert got["presided over"][0] == "2006-11-15"


@pytest.mark.slow
def test_occasion_nouns_talks_during_which_one_spoke_are_a_row():
    got = {
        e.predicate.text: e.date.earliest
        for e in extracted(
            "During talks with the leaders of Mali and Chad in Dakar, the president said the mission would stay.",
            "2006-11-03",
        )
    }
    assert "talks" in got


@pytest.mark.slow
def test_occasion_nouns_their_talks_told_before_are_no_second_row():
    got = [
        e.predicate.text
        for e in extracted(
            "The two party leaders ended three months of talks on Wednesday. "
            "At their talks, the leaders agreed to field joint candidates in 40 districts.",
            "2006-11-03",
        )
    ]
    assert got.count("talks") <= 1 and "agreed" in got


@pytest.mark.slow
def test_occasion_nouns_a_meeting_with_another_party_in_which_one_spoke_is_a_row():
    got = rows(
        "In a meeting with his Brazilian counterpart Luiz Mendes in Brasilia, the president called Brazil a friend."
    )
    assert "meeting" in got and "Luiz Mendes" in got["meeting"][1]
    # what talks dealt with is their one row; an interview only carries the words
    got = rows(
        "In talks with the rebel leaders, the envoy discussed the ceasefire. "
        "The minister said in an interview with the BBC that the army would stay."
    )
    assert "talks" not in got and "interview" not in got
