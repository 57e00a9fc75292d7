"""Small parsed documents for the unit tests of extract/ and temporal/: the real model, so the
tests that use these are marked slow."""

from __future__ import annotations

from timeline.analysis import RunOptions, annotated
from timeline.model import DocDate, Document


def parsed(text: str, ref: str | None = "2016-12-20"):
    """(document, Doc, timexes) of ``text`` published on ``ref`` (a Tuesday by default; None: an
    article with no date)."""
    date = DocDate(ref, "metadata", 1.0) if ref else DocDate(None, "none", 0.0)
    document = Document(id="d", text=text, date=date)
    [(document, doc, timexes)] = list(annotated([document], RunOptions(), lambda message: None))
    return document, doc, timexes


def extracted(text: str, ref: str | None = "2016-12-20", **kw):
    """The events ``extract`` finds in ``text`` published on ``ref`` (keywords go to ``extract``)."""
    from timeline.extract.events import extract

    document, doc, timexes = parsed(text, ref)
    return extract(doc, document, timexes, **kw).events


# Three opening sentences, so that what follows is read in the story's thread (not as its lead).
STORY_OPENING = (
    "Fighting broke out in the north of the country on Monday.\n"
    "Rebels said they had taken two towns.\n"
    "The army denied the claim.\n"
)


def spans_seen(text: str, ref: str) -> dict[str, tuple]:
    """predicate text -> (earliest, latest) of the events of ``text`` published on ``ref``."""
    return {e.predicate.text: (e.date.earliest, e.date.latest) for e in extracted(text, ref)}


def token(doc, text: str):
    """The first token of ``doc`` written ``text``."""
    return next(t for t in doc if t.text == text)
