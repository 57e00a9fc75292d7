"""Temporal expressions: recognition rules, TIMEX3/EDTF normalization, tense, reference dates."""

from timeline.temporal.normalize import normalize, normalize_expression
from timeline.temporal.refdate import infer_reference_date
from timeline.temporal.userdate import parse_user_date

__all__ = ["infer_reference_date", "normalize", "normalize_expression", "parse_user_date"]
