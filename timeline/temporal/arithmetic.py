"""Calendar arithmetic for the normalizer: days, weeks and months counted from a date, the year of a
month named without one, the n-th weekday of a month, and lengths written as TIMEX3 durations."""

from __future__ import annotations

from datetime import date, timedelta

from timeline.temporal.lexicon import UNITS
from timeline.temporal.tense import Direction


def _add_months(y: int, m: int, k: int) -> tuple[int, int]:
    n = y * 12 + (m - 1) + k
    return n // 12, n % 12 + 1


def _week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def _resolve_weekday(ref: date, wd: int, way: Direction) -> date:
    diff = wd - ref.isoweekday()
    if way == "past":
        return ref + timedelta(days=diff if diff <= 0 else diff - 7)
    if way in _AHEAD:
        return ref + timedelta(days=diff if diff >= 0 else diff + 7)
    if way == "present":
        # the story's own week: the nearest such day (three days back to three ahead)
        return ref + timedelta(days=(diff + 3) % 7 - 3)
    # no tense: news mostly reports what already happened
    return ref + timedelta(days=diff if diff <= 0 else diff - 7)


# Month offsets (from the reference month) a month name written without a year may take, by
# direction; each window is twelve months wide so exactly one year fits. News looks back further
# than it looks ahead.
# "planned" (a decision told in the past tense: "agreed to sell the unit in October") leans ahead,
# but the months just gone by remain possible.
_MONTH_WINDOW = {"past": (-11, 0), "future": (0, 11), "none": (-8, 3), "planned": (-5, 6), "present": (-8, 3)}
_AHEAD = ("future", "planned")  # everything but a month reads a plan as ahead


def _resolve_month_year(ref: date, month: int, way: Direction, day: int = 0) -> int:
    """The year of a month (and day) written without one, in the direction of the tense."""
    low, _ = _MONTH_WINDOW[way]
    if way == "past" and day:
        # a dated day just ahead under a past-tense reporting verb is usually a scheduled event (a day
        # told as done, "crashed on Jan. 9", "the summit held on Jan. 9 decided", is brought back a
        # year afterwards: normalize._happened_before, tense.told_as_done)
        low += 2
    for year in (ref.year - 1, ref.year, ref.year + 1):
        offset = (year - ref.year) * 12 + month - ref.month
        if low <= offset <= low + 11:
            return year
    return ref.year


def _valid_day(y: int, m: int, d: int) -> bool:
    try:
        date(y, m, d)
        return True
    except ValueError:
        return False


def _two_digit_year(yy: int, ref: date | None) -> int:
    base = ref.year if ref else 2000
    y = (base // 100) * 100 + yy
    return y - 100 if y > base + 10 else y


def _unit_offset(ref: date, unit: str, k: int) -> str:
    """The calendar unit ``k`` units away from ``ref``, at that unit's granularity."""
    if unit in ("day", "night"):
        return (ref + timedelta(days=k)).isoformat()
    if unit in ("week", "weekend", "fortnight"):
        d = ref + timedelta(weeks=k * (2 if unit == "fortnight" else 1))
        return _week(d) + ("-WE" if unit == "weekend" else "")
    if unit == "month":
        y, m = _add_months(ref.year, ref.month, k)
        return f"{y}-{m:02d}"
    if unit == "quarter":
        q = (ref.month - 1) // 3 + k
        y = ref.year + q // 4
        return f"{y}-Q{q % 4 + 1}"
    if unit == "year":
        return f"{ref.year + k:04d}"
    if unit == "decade":
        return f"{ref.year // 10 + k:03d}"
    if unit == "century":
        return f"{ref.year // 100 + k:02d}"
    return (ref + timedelta(days=k)).isoformat()


_UNRESOLVED_UNIT = {
    "day": "XXXX-XX-XX",
    "night": "XXXX-XX-XX",
    "week": "XXXX-WXX",
    "weekend": "XXXX-WXX-WE",
    "fortnight": "XXXX-WXX",
    "month": "XXXX-XX",
    "quarter": "XXXX-QX",
    "year": "XXXX",
    "decade": "XXX",
    "century": "XX",
}


def _unit_name(word: str) -> str:
    w = word.lower()
    if w in ("centuries", "century"):
        return "century"
    return w[:-1] if w.endswith("s") and w[:-1] in UNITS else w


# a half of a unit written in the next smaller one: "2 1/2 years" is P2Y6M, "5 1/2 hours" PT5H30M
_HALF = {
    "year": ("P", "Y", "6M"),
    "month": ("P", "M", "15D"),
    "day": ("P", "D", "T12H"),
    "hour": ("PT", "H", "30M"),
    "minute": ("PT", "M", "30S"),
}


def _duration(n: float | None, unit: str) -> str:
    if n is not None and not float(n).is_integer() and float(n * 2).is_integer() and unit in _HALF:
        head, code, half = _HALF[unit]
        whole = int(n)
        return f"{head}{whole}{code}{half}" if whole else f"{head}{half}"
    code = UNITS.get(unit, "D")
    if n is None:
        num = "X"
    else:
        num = str(int(n)) if float(n).is_integer() else f"{n:g}"
    if unit in ("second", "minute", "hour"):
        return f"PT{num}{code}"
    if code == "DE":
        return f"P{num if n is None else _fmt(n * 10)}{'DE' if n is None else 'Y'}"
    if code == "CE":
        return f"P{num if n is None else _fmt(n * 100)}{'CE' if n is None else 'Y'}"
    if code == "Q":
        return f"P{num if n is None else _fmt(n * 3)}M"  # quarters are months in threes
    if code == "WE":
        return "P2D" if n in (None, 1) else f"P{_fmt(n * 2)}D"
    if code == "2W":
        return f"P{'X' if n is None else _fmt(n * 2)}W"
    return f"P{num}{code}"


def _fmt(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else f"{x:g}"


def _nth_weekday(year: int, month: int, weekday: int, n: int, after: int) -> date:
    """The ``n``-th ISO ``weekday`` of a month (the last for n = -1), plus ``after`` days."""
    if n > 0:
        first = date(year, month, 1)
        d = first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1))
    else:
        last = date(year, month + 1, 1) - timedelta(days=1) if month < 12 else date(year, 12, 31)
        d = last - timedelta(days=(last.isoweekday() - weekday) % 7)
    return d + timedelta(days=after)
