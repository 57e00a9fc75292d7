"""Narrative dating across the threads of a story: which dates move the story's day or era, and
which happenings take it (timeline.extract.dating)."""

from __future__ import annotations

import pytest

from tests.extract.parsed import extracted

pytestmark = pytest.mark.slow


def dates(text: str, ref: str, **kw) -> dict[str, tuple]:
    return {e.predicate.text: (e.date.earliest, e.date.latest, e.date.resolution) for e in extracted(text, ref, **kw)}


def test_a_participle_set_off_after_a_noun_keeps_its_date_to_itself():
    # Wednesday 2005-03-16: the participle's Tuesday is the announcement's, not the accusation's
    text = (
        "Farm leaders on Wednesday condemned the government for cutting grain subsidies.\n\n"
        "A union spokesman accused the ministry of hiding the cuts, announced by the finance minister "
        "on Tuesday, to win votes in the cities.\n\n"
        "Dairy farmers voiced the same anger."
    )
    got = dates(text, "2005-03-16")
    assert got["accused"][0] == "2005-03-16"
    assert got["voiced"][:2] == ("2005-03-16", "2005-03-16")  # the story stays on Wednesday
    text = "The family sold the mill, built in 1871, to a local cooperative in 1994."
    assert dates(text, "2005-03-16")["sold"][:2] == ("1994-01-01", "1994-12-31")


def test_a_day_named_in_a_negated_or_modal_clause_does_not_move_the_story():
    text = (
        "Rebels ambushed an army convoy near the border on Sunday, the army said.\n\n"
        "Officials did not give details on Monday.\n\n"
        "Soldiers searched the hills for the attackers."
    )
    assert dates(text, "2005-03-15")["searched"][:2] == ("2005-03-13", "2005-03-13")  # Sunday's thread
