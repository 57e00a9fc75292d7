"""Rows that are no happening a chronology lists (issue 16, item 1): a stretch of time told as it
passed ("a miserable afternoon ended when ..."), the scene ("a hush fell over the square"), how a
thing turned out, the stir a deed made, a state's count of days, the way a happening paved, the
gerunds a goal is made of. The happenings beside them stay rows."""

from __future__ import annotations

import pytest

from tests.extract.parsed import STORY_OPENING, extracted

pytestmark = pytest.mark.slow


def told(text: str) -> dict[str, str]:
    """predicate text -> factuality of the rows of ``text`` told after a story's opening."""
    return {e.predicate.text: e.factuality for e in extracted(STORY_OPENING + text)}


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        (
            "The visitors led early but a miserable afternoon ended when their captain was sent off.",
            "ended",
            "sent off",
        ),
        ("The home side's unhappy night was summed up when the goalkeeper dropped a cross.", "summed up", "dropped"),
        ("The current fiscal year ends on March 31.", "ends", None),
        ("A hush fell over the square as the names of the dead were read out.", "fell", None),
        ("The singer created quite a stir when she arrived at the gala in a paper dress.", "created", "arrived"),
        ("The leaked memo turned out to be a forgery.", "turned out", None),
        ("Other aims include taking firm action against smugglers.", "action", None),
        # a state's count of days is time passing, not a happening
        ("The miners completed their 40th day underground as rescuers drilled a new shaft.", "completed", "drilled"),
        # what a happening made possible: the happening is the row, not the idiom
        ("The fall of the old regime paved the way for closer ties between the two neighbours.", "paved", None),
        ("Parliament voted on Tuesday to scrap the tax, paving the way for cheaper fuel.", "paving", "voted"),
        ("The decree is widely seen to pave the way for his return to power next year.", "pave", None),
        ("The accord will lay the groundwork for elections in May.", "lay", None),
        # how someone looked, what a happening drew eyes to: an image, no happening of its own
        ("The old general cut a frail figure in the courtroom as the verdict was read.", "cut", "read"),
        ("The floods turned the spotlight on the poor state of the dykes.", "turned", None),
        ("The young pianist stole the show at the gala in Vienna.", "stole", None),
    ],
)
def test_no_row_for_a_scene_or_a_judgment(text, gone, kept):
    rows = told(text)
    assert gone not in rows
    if kept is not None:
        assert rows[kept] in ("asserted", "reported")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a day named by what happened on it, years of work, a crowd turning out, prices falling
        ("A day of protests turned violent when police fired tear gas.", "turned"),
        ("Years of research found that the lake was shrinking.", "found"),
        ("Thousands of supporters turned out to greet the team at the airport.", "turned out"),
        ("The price of copper fell sharply on Monday.", "fell"),
        ("The delegates came from Geneva to attend the talks.", "came"),
        ("Road crews paved the highway to the airport on Friday.", "paved"),
        ("The new bridge was completed in its third year of work on Friday.", "completed"),
        # the verbs of the images, told of a thing done
        ("The government cut fuel taxes on Monday.", "cut"),
        ("A thief stole the painting from the museum on Sunday.", "stole"),
    ],
)
def test_happenings_stay(text, trigger):
    assert told(text).get(trigger) in ("asserted", "reported")
