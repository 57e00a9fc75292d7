"""Arguments a row leaves out or takes in wrongly: who reacts, named after "from", does a row
anchored on the reaction; the party a missile or a stone is aimed at is struck, not a place; a
common word the tagger took for a people is no one; who acts at talks attends them."""

from __future__ import annotations

import pytest

from tests.extract.test_extract_actor_names import names

pytestmark = pytest.mark.slow


def test_actor_arguments_who_acts_at_talks_attends_them():
    text = "During talks on Tuesday, Norway and Sweden agreed on a fishing quota."
    assert {"Norway", "Sweden"} <= set(names(text, "talks"))
