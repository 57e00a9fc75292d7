"""How likely an event row is to be right: a real happening with the right date.

The figures are the share of rows that were right on the event dev set (benchmarks/data/events/dev,
scored by benchmarks/events.py), per way of dating, factuality and whether a named agent takes
part, as benchmarks/calibrate.py refits them; benchmarks/events.py prints the calibration table
on the dev and test splits. An undated
row is rarely "right" in that sense (most happenings have a date a reader can work out).
"""

from __future__ import annotations

# (date resolution, factuality group) -> (without a named agent, with one)
_TABLE: dict[tuple[str, str], tuple[float, float]] = {
    # refitted by benchmarks/calibrate.py (dev split, 65 files, shrunk toward each row's group by 5
    # rows; issue 16's seventh session; a cell of fewer than 5 rows is held below 0.8; rounded to
    # 0.05, the top cell down: 93% right on dev, but less on the test split)
    ("absolute", "told"): (0.75, 0.65),
    ("absolute", "reported"): (0.35, 0.35),
    ("absolute", "planned"): (0.75, 0.75),
    ("relative", "told"): (0.75, 0.9),
    ("relative", "reported"): (0.75, 0.6),
    ("relative", "planned"): (0.75, 0.75),
    ("reference", "told"): (0.55, 0.6),
    ("reference", "reported"): (0.2, 0.4),
    ("inferred", "told"): (0.5, 0.55),
    ("inferred", "reported"): (0.3, 0.35),
}
_UNDATED = 0.05
_OTHER = 0.2  # not listed by default (negated, hypothetical, generic): seldom a row a reader wants


def confidence(resolution: str, factuality: str, named_agent: bool) -> float:
    if resolution == "unresolved":
        return _UNDATED
    if factuality not in ("asserted", "reported", "planned"):
        return _OTHER
    group = "told" if factuality == "asserted" else factuality
    pair = _TABLE.get((resolution, group)) or _TABLE.get((resolution, "told"), (0.3, 0.3))
    return pair[1] if named_agent else pair[0]


def salience(sources: int, first_sentence: int, named_agent: bool, explicit_date: bool) -> float:
    """How central a happening is to the collection, 0-1: reported by several articles (most),
    told in an article's opening sentences, done by someone named, dated by the text itself."""
    score = 0.4 * min(1.0, (sources - 1) / 3)
    score += 0.25 if first_sentence <= 2 else 0.1 if first_sentence <= 5 else 0.0
    score += 0.2 if named_agent else 0.0
    score += 0.15 if explicit_date else 0.0
    return round(score, 3)
