"""A row found by a verb but anchored on the event noun the verb only stages, totals or brings about
("her speech delivered Monday", "Guangzhou's external trade amounted to ...", "led to a European
Union ban") takes the noun's own doers when the verb names none: its possessor, its "by" or "of"
phrase, its named compound (GUIDELINES 4), which the verb's clause does not reach."""

from __future__ import annotations

import pytest

from tests.extract.test_extract_actor_names import doers

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "trigger", "actors"),
    [
        (
            "Marta Olsen, the leader of the Green Party, in her speech delivered Monday said that the government "
            "had failed.",
            "speech",
            ["Marta Olsen"],
        ),
        (
            "From January to October, Guangzhou's external trade amounted to 35.2 billion U.S. dollars, up 12 percent.",
            "trade",
            ["Guangzhou"],
        ),
        (
            "The outbreak of the disease in Chile last year alarmed consumers and led to a European Union ban on "
            "Chilean salmon imports.",
            "ban",
            ["European Union"],
        ),
    ],
)
def test_actor_anchored_noun_the_nouns_own_doer_when_the_verb_names_none(text, trigger, actors):
    assert doers(text, trigger) == actors
