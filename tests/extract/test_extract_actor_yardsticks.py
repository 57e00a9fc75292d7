"""Names a clause tells but that take no part in its happening: a yardstick it is compared with, an
occasion held or attended (the happening itself)."""

from __future__ import annotations

import pytest

from tests.extract.test_extract_actor_names import names

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("Slovakia's economy grew at a pace similar to that of the OECD average last year.", "grew", ["Slovakia"]),
        ("Inflation in Greece returned to a level similar to that of the EU-15, the bank said.", "returned", []),
        ("Portugal's exports rose by 6 percent in May, compared with Spain.", "rose", ["Portugal"]),
        ("Honda's profit fell 5 percent, unlike Mazda.", "fell", ["Honda"]),
    ],
)
def test_actor_yardstick_a_comparison_takes_no_part(text, trigger, expected):
    assert names(text, trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("Malaysia hosted the 2010 Commonwealth Games in Kuala Lumpur.", "hosted", ["Malaysia"]),
        ("Chile staged the 1962 World Cup.", "staged", ["Chile"]),
    ],
)
def test_actor_yardstick_an_occasion_hosted_is_the_happening(text, trigger, expected):
    assert names(text, trigger) == expected
