"""An "its" on a happening's noun stands for the body or country that is the subject of the clause
the noun is told in ("Venezuela alarmed the region with its first missile test": Venezuela), not for
a body named in passing between them ("the EU trade sanctions"); when another body is acted on
between them ("condemned Peru for its attack"), or the subject is a person, the pronoun is read as
before."""

from __future__ import annotations

import pytest

from tests.extract.parsed import parsed
from tests.extract.test_extract_actor_names import doers
from timeline.extract.roles import _doer_its_tells

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "trigger", "actors"),
    [
        (
            "Venezuela left the oil talks in May in protest at EU trade sanctions and then alarmed the region "
            "with its first missile test on October 2.",
            "test",
            ["Venezuela"],
        ),
        (
            "On March 3, Paraguay again ignored the OAS embargo in force since its 1998 invasion of Bolivia.",
            "invasion",
            ["Paraguay", "Bolivia"],
        ),
    ],
)
def test_actor_its_happening_the_clause_subject_does_it(text, trigger, actors):
    assert doers(text, trigger) == actors


def _its_owner(text: str):
    _, doc, _ = parsed(text)
    its = next(t for t in doc if t.lower_ == "its")
    owner = _doer_its_tells(its)
    return owner.text if owner is not None else None


def test_actor_its_happening_the_subject_is_found_through_a_relative_which():
    text = "The bid was welcomed by Belmora Holdings, which announced its takeover of Trelon Foods on Monday."
    assert _its_owner(text) == "which"


@pytest.mark.parametrize(
    "text",
    [
        # another body acted on before the pronoun: whose the attack is, the subject does not say
        "Chile on Monday condemned Peru for its attack on the border post.",
        # a person's clause ("who"): "its" is no person
        "Lucas Brant, who has led the country since its 1990 independence, retired on Friday.",
        # people in the plural are no "its"
        "Chile's two main parties looked set to win the first vote since its 1973 coup.",
        # the pronoun inside the subject itself ("its exports rose") is read by the rules of owners
        "Its withdrawal from the talks surprised the region on Monday.",
    ],
)
def test_actor_its_happening_no_subject_when_unsure(text):
    assert _its_owner(text) is None
