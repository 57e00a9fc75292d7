"""A summit, a conference or a session named after the body that holds it ("the Andean Community
(CAN) Summit", "the Andean Community summit") is that body's: "the summit" later in the story, and
"the 14th summit" when the one named was numbered so, stands for the body (issue 16 item 4). An
occasion named after no body stays no one's."""

from __future__ import annotations

import pytest

from tests.extract.test_extract_actor_names import doers

pytestmark = pytest.mark.slow


def test_the_summit_is_the_body_whose_summit_was_named():
    text = (
        "The 14th Andean Community (CAN) Summit opened in Lima on Monday. "
        "The summit adopted a declaration on drug trafficking on Tuesday."
    )
    assert doers(text, "adopted") == ["Andean Community"]


def test_the_numbered_summit_is_the_body_whose_summit_had_that_number():
    text = (
        "Leaders met in Lima on Monday for the 14th Andean Community summit. "
        "Officials said that the 14th summit had approved a fund for border roads."
    )
    assert doers(text, "approved") == ["Andean Community"]


def test_a_summit_named_after_no_body_stays_no_ones():
    text = "Leaders met in Lima on Monday for a summit on trade. The summit adopted a declaration on drugs."
    assert doers(text, "adopted") == []
