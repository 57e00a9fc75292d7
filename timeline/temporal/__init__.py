"""Temporal expressions: recognition rules, TIMEX3/EDTF normalization, tense, reference dates."""

from timeline.temporal.normalize import normalize
from timeline.temporal.refdate import infer_reference_date
from timeline.temporal.rules import normalize_expression
from timeline.temporal.userdate import parse_user_date

__all__ = ["add_recognizer", "infer_reference_date", "normalize", "normalize_expression", "parse_user_date"]


def add_recognizer(nlp) -> None:
    """Add the temporal recognizer (:mod:`timeline.temporal.timex`) at the end of a spaCy pipeline,
    once: it marks the spans :func:`normalize` reads."""
    from timeline.temporal import timex  # noqa: F401  (registers the factory)

    if "timeline_timex" not in nlp.pipe_names:
        nlp.add_pipe("timeline_timex", last=True)
