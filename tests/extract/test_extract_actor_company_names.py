"""A company's short name is its legal name when the text gives one ("Toshin" after "Toshin
Securities Co. Ltd."), not a second actor; not when two companies share the short name."""

from __future__ import annotations

import pytest

from tests.extract.test_extract_actor_names import names

pytestmark = pytest.mark.slow


def test_actor_company_names_short_name_is_the_legal_name():
    text = (
        "Three brokers posted losses, among them Toshin Securities Co. Ltd. and Omura Trust. "
        "Toshin said extraordinary losses came to 147.5 billion yen. "
        "Toshin's share of trading on the exchange fell to 7.8 percent."
    )
    assert names(text, "fell") == ["Toshin Securities Co. Ltd."]


def test_actor_company_names_two_companies_of_one_short_name_stay_apart():
    text = (
        "Three brokers posted losses, among them Toshin Securities Co. Ltd., Toshin Finance Co. Ltd. and "
        "Omura Trust. Toshin said extraordinary losses came to 147.5 billion yen. "
        "Toshin's share of trading on the exchange fell to 7.8 percent."
    )
    assert names(text, "fell") == ["Toshin"]


def test_actor_company_names_a_name_told_with_its_s_is_the_longer_name_it_opens():
    from tests.extract.test_extract_actor_names import doers

    text = (
        "Rating agency Sandler's Investors Service said Monday it had cut the rating of Norvik Bank. "
        "Sandler's also lowered the rating of Belmont Bank on Tuesday."
    )
    assert doers(text, "lowered")[0] == "Sandler's Investors Service"
