"""An acronym the text never defines in parentheses, but whose letters the capitalised words of one
longer name of the same text spell, is that body and goes by the longer name ("the UNHCR" after
"the UN High Commissioner for Refugees", "OSCE officials" after "the Organization for Security and
Cooperation in Europe"). Two such longer names leave it as written."""

from __future__ import annotations

import pytest

from tests.extract.test_extract_actor_names import names

pytestmark = pytest.mark.slow


def test_actor_acronyms_written_out_the_refugee_agency_goes_by_its_name():
    text = (
        "Ana Silva, coordinator in eastern Chad for the UN High Commissioner for Refugees, said on Friday "
        "that two aid trucks were attacked. The UNHCR had planned to start an airlift on Friday."
    )
    assert names(text, "airlift") == ["UN High Commissioner for Refugees"]


def test_actor_acronyms_written_out_a_tagged_longer_name_is_the_same_body():
    text = (
        "The Organization for Security and Cooperation in Europe sent observers to Tirana on Monday. "
        "Prime Minister Bashkim Fino met OSCE officials on Tuesday."
    )
    found = names(text, "met")
    assert "OSCE" not in found
    assert any(n.startswith("Organization for Security and Cooperation") for n in found)


def test_actor_acronyms_written_out_two_bodies_so_spelled_leave_it_as_written():
    text = (
        "The National Farmers Council met in Lyon on Monday. The Nordic Fisheries Commission met in Oslo. "
        "The NFC called for lower taxes on Tuesday."
    )
    assert names(text, "called") == ["NFC"]
