"""A broadcast transcript prints its sound bites without quotation marks: a paragraph with no "he
said" of its own whose first sentence speaks in the first or second person, right after a paragraph
that ends reporting someone's words, is that person's quotation ('Dr Anna Berg said the old rota
had worked. ¶ We saw far fewer delays with it. ...'): the one reported is the source of what it
tells, and its "we" is theirs. A paragraph that opens in the third person (a correspondent's report
signed off "I'm Lee Hart reporting"), or one in quotation marks, is not read so."""

from __future__ import annotations

import pytest

from tests.extract.test_extract_actor_names import actors

pytestmark = pytest.mark.slow

_LEAD = (
    "The regional health board replaced the hospital rota system on Monday.\n\n"
    "Doctor Anna Berg, a surgeon at the Norrby clinic, said the old rota had worked well for a decade.\n\n"
)


def test_an_untagged_sound_bite_in_the_first_person_is_the_speaker_reported_before_it():
    text = _LEAD + "We cut the waiting lists by half in 2014. Our patients noticed it.\n\nThe new rota starts in May."
    assert ("Anna Berg", "source") in actors(text, "cut")


def test_a_sound_bite_in_the_second_person_is_the_speaker_reported_before_it():
    text = _LEAD + "You lose a few nurses every winter. Then the wards closed in 2015.\n\nThe new rota starts in May."
    assert ("Anna Berg", "source") in actors(text, "closed")


def test_a_paragraph_that_opens_in_the_third_person_is_no_sound_bite():
    text = (
        "The regional health board replaced the hospital rota system on Monday. Lee Hart reports.\n\n"
        "The wards closed in 2015 after a long dispute. For Radio North, I'm Lee Hart reporting.\n\n"
        "The new rota starts in May."
    )
    assert ("Lee Hart", "source") not in actors(text, "closed")


def test_a_first_person_paragraph_after_narrative_is_no_sound_bite():
    text = (
        "The regional health board replaced the hospital rota system on Monday.\n\n"
        "The old rota had worked well for a decade.\n\n"
        "We cut the waiting lists by half in 2014. Our patients noticed it.\n\nThe new rota starts in May."
    )
    assert all(role != "source" for _, role in actors(text, "cut"))


def test_an_i_in_typewriter_quotes_is_the_speaker():
    """Older copy and treebank text mark quotations ``so,'': an "I" in one is its speaker."""
    text = (
        "The Farmers Union met on Monday.\n\n"
        "``I was arrested in Bergen in May,'' union chairman Ola Brekke said on Monday.\n\n"
        "The talks resume in June."
    )
    assert ("Ola Brekke", "patient") in actors(text, "arrested")
