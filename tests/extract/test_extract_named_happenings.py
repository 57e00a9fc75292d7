"""A happening named by a proper name that carries its time ("the 2012 Games", "the Second World
War", "the fourth Summit of the Americas") is a row at its first mention, dated by the year of its
name (planned when that is after the article); the name is not its own actor."""

from __future__ import annotations

import pytest

from tests.extract.parsed import extracted


def rows(text: str, ref: str = "2006-11-03"):
    return {e.predicate.text: e for e in extracted(text, ref)}


@pytest.mark.slow
def test_named_happenings_a_name_with_a_year_is_a_row_of_that_year():
    got = rows("Builders began work on the main stadium for the 2014 Games on Monday.")
    games = got["Games"]
    assert (games.date.earliest, games.date.latest) == ("2014-01-01", "2014-12-31")
    assert games.factuality == "planned"
    assert not [a for a in games.actors if "Games" in a.name]


@pytest.mark.slow
def test_named_happenings_a_war_named_by_its_ordinal_is_a_row():
    got = rows("The old mill was rebuilt after the Second World War.")
    assert "War" in got


@pytest.mark.slow
def test_named_happenings_once_per_article_and_not_without_a_time():
    got = rows(
        "Kenya sent 40 athletes to the 2006 Commonwealth Games. Kenya won six medals at the 2006 Commonwealth "
        "Games. The Asian Games drew large crowds."
    )
    assert [e.predicate.text for e in got.values()].count("Games") <= 1
    assert all(e.mentions[0].text.startswith("Kenya sent") for e in got.values() if e.predicate.text == "Games")


@pytest.mark.slow
def test_named_happenings_a_contest_of_the_article_s_own_year_is_the_setting_not_a_row():
    got = rows(
        "Mehta won bronze in the men's singles at the 16th Pan Pacific Games. "
        "The schedule of the 2006 Island Cup was released on Saturday."
    )
    assert not {"Games", "Cup"} & set(got)


@pytest.mark.slow
def test_named_happenings_a_past_contest_told_for_itself_is_a_row_of_that_year():
    got = rows("The harbour stadium was left empty after the 1998 Dakar Island Games.")
    games = got["Games"]
    assert (games.date.earliest, games.date.latest) == ("1998-01-01", "1998-12-31")


@pytest.mark.slow
def test_named_happenings_the_contest_a_result_was_won_at_is_its_setting():
    got = rows(
        "Okoro won silver for Nigeria at the 1998 Dakar Island Games. "
        "Diaz finished third in the long jump at the 2001 Lima Games and 2003 Quito Championships."
    )
    assert "won" in got
    assert not {"Games", "Championships"} & set(got)


@pytest.mark.slow
def test_named_happenings_a_named_happening_that_is_a_subject_leaves_the_row_to_its_verb():
    got = rows("The 31st Lagos Film Festival opened on Friday with a Ghanaian comedy.")
    assert "opened" in got
    assert "Festival" not in got


@pytest.mark.slow
def test_named_happenings_the_days_written_after_a_named_year_date_it():
    # "Fair 2006 on December 3": the year says which of the yearly fairs, the day when it is held
    got = rows("Officials have kicked off work for the upcoming Baltic Trade Fair 2006 on December 3.")
    fair = got["Fair"]
    assert (fair.date.earliest, fair.date.latest) == ("2006-12-03", "2006-12-03")
    assert fair.factuality == "planned"


@pytest.mark.slow
def test_named_happenings_days_of_another_year_leave_the_named_year():
    got = rows("Officials have kicked off work for the upcoming Baltic Trade Fair 2007 on December 3.")
    assert (got["Fair"].date.earliest, got["Fair"].date.latest) == ("2007-01-01", "2007-12-31")
