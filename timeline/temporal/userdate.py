"""Read a date the user typed on the command line (--ref-date, --since, --until)."""

from __future__ import annotations

import re

from timeline.errors import UsageError
from timeline.temporal.rules import normalize_expression
from timeline.temporal.values import interval

_ABSOLUTE = re.compile(r"\d{4}(?:-\d\d(?:-\d\d)?)?")
_DAY_NUMBER = re.compile(r"\b\d{1,2}\b")


def parse_user_date(text: str) -> tuple[str, str, str]:
    """(earliest ISO date, latest ISO date, precision) for a typed date; UsageError if unreadable.

    Only explicit dates are accepted ("2016-12-23", "2016-12", "2016", "Dec 20, 2016",
    "December 2016"): nothing is filled in from today's date.
    """
    t = " ".join(str(text).split())
    if not t:
        raise UsageError("empty date; expected a date like 2016-12-23, 2016-12 or 2016")
    if _ABSOLUTE.fullmatch(t):
        value, uses_ref = t, False
        try:
            iv = interval(value)
        except ValueError:
            iv = None
        if iv is None or iv.earliest is None:
            raise UsageError(f"not a valid date: {text!r}; expected YYYY-MM-DD, YYYY-MM or YYYY")
        return iv.earliest, iv.latest, iv.precision  # type: ignore[return-value]
    try:
        _, value, uses_ref = normalize_expression(t, "DATE", None, "none")
    except (ValueError, OverflowError):
        uses_ref = True
        value = ""
    iv = interval(value) if value and not uses_ref else None
    if iv is None or iv.earliest is None or iv.latest is None:
        raise UsageError(f"cannot read date {text!r}; expected a date like 2016-12-23, 2016-12, 2016 or 'Dec 20, 2016'")
    if iv.precision != "day" and _DAY_NUMBER.search(t):
        # "Dec 32 2016", "Feb 30, 2016": the rules read the month and drop a day that cannot be
        raise UsageError(f"not a valid date: {text!r} (no such day)")
    return iv.earliest, iv.latest, iv.precision
