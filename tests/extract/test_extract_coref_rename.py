"""Two names found to be one actor (an acronym and its long name, a short form and the longer name)
are merged while the document is read; every table that references resolve from must then point at
the kept name, or a later "he", "the 26-year-old", "the president" could give the dropped name back."""

import pytest

from tests.extract.parsed import parsed
from timeline.extract.coref import Antecedents

pytestmark = pytest.mark.slow


def _tables(ante: Antecedents) -> str:
    # (dir, not vars: Antecedents compiled by mypyc (setup.py) keeps its attributes without a __dict__)
    names = [n for n in dir(ante) if not n.startswith("__") and n not in ("actors", "_token_actor", "_memo")]
    return repr({n: v for n in names if not callable(v := getattr(ante, n))})


def test_a_merged_name_leaves_no_trace_in_what_references_resolve_from():
    _, doc, _ = parsed("Chancellor Angela Merkel, 61, met the CAPP on Monday. Merkel and the CAPP later signed a deal.")
    person = next(e for e in doc.ents if e.label_ == "PERSON")
    ante = Antecedents({}, {})
    ante.note_entity(person, person.text, "Angela Merkel", "PERSON", 0)
    ante.note_age("Angela Merkel", 61)
    ante.note_group(1, 10, [("Angela Merkel", "PERSON"), ("CAPP", "ORG")], subject=True)
    ante.rename("Angela Merkel", "Angela Dorothea Merkel")
    ante.rename("CAPP", "Central Andean Power Pool")
    tables = _tables(ante)
    assert "'Angela Merkel'" not in tables
    assert "'CAPP'" not in tables
    assert "Angela Dorothea Merkel" in tables and "Central Andean Power Pool" in tables
