"""Recognition extents and types, on spaCy's blank English pipeline (no model needed)."""

import pytest
import spacy

from timeline.temporal.recognize import find_candidates
from timeline.temporal.timex import TimexRecognizer


@pytest.fixture(scope="module")
def blank():
    return spacy.blank("en")


def _timexes(blank, text):
    doc = TimexRecognizer(blank, "timeline_timex")(blank(text))
    return [(s.text, s.label_) for s in doc.spans["timex"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Putin said early on Friday that talks would go on.", [("early on Friday", "TIME")]),
        ("In the past 24 hours, prices fell.", [("the past 24 hours", "DURATION")]),
        ("He left six years ago.", [("six years ago", "DATE")]),
        ("It was taken on Dec. 22, 2016 in Aleppo.", [("Dec. 22, 2016", "DATE")]),
        # tokenized text (corpora, some feeds) has a space before each comma
        ("Jobs , born on February 24 , 1955 , built it .", [("February 24 , 1955", "DATE")]),
        ("On Friday , December 23 , 2016 , he spoke .", [("Friday , December 23 , 2016", "DATE")]),
        ("It was filed in September , 2003 .", [("September , 2003", "DATE")]),
        ("It opened on March 01, 2008.", [("March 01, 2008", "DATE")]),
        ("The 2010-11 season", [("2010", "DATE"), ("11", "DATE")]),
        ("Shareholders approved the plan at the annual meeting.", [("annual", "SET")]),
        ("Rates fell in the 1990s and again in mid-2017.", [("the 1990s", "DATE"), ("mid-2017", "DATE")]),
        ("The group has fought since 2012 for four years.", [("2012", "DATE"), ("four years", "DURATION")]),
        ("a week-long visit", [("week-long", "DURATION")]),
        ("The festival is held every year.", [("every year", "SET")]),
        ("The blast occurred at 10 p.m. on Friday.", [("10 p.m. on Friday", "TIME")]),
        ("He is now in Moscow and was recently in Paris.", [("now", "DATE"), ("recently", "DATE")]),
        ("It will open next month, not this week.", [("next month", "DATE"), ("this week", "DATE")]),
        ("Profits fell in the third quarter.", [("the third quarter", "DATE")]),
        ("Snow fell last winter.", [("last winter", "DATE")]),
        ("He spoke yesterday and will speak tonight.", [("yesterday", "DATE"), ("tonight", "DATE")]),
        ("The board meets twice a year.", [("a year", "SET")]),
        ("``Today is a sad day,'' she said.", [("Today", "DATE")]),
        ("Stocks Fall Sharply This Week as Investors Flee", [("This Week", "DATE")]),
        ("Police left on Christmas Day.", [("Christmas Day", "DATE")]),
        ("The challenges of the 21st Century are many.", [("the 21st Century", "DATE")]),
        ("It will last through at least the first two quarters of 1990.", [("the first two quarters of 1990", "DATE")]),
        ("Net for the year-earlier nine months included a gain.", [("the year-earlier nine months", "DURATION")]),
        ("Net rose in the first nine months of 1997.", [("the first nine months", "DURATION"), ("1997", "DATE")]),
        ("Sales were flat in the last half of the '80s.", [("the last half of the '80s", "DATE")]),
        # a rule's leading word is a whole word: "blast Monday" is Monday, not "last Monday"
        ("A car bomb blast Monday killed six.", [("Monday", "DATE")]),
        # four digits before a zone are a clock time, not a year
        ("Polls closed at 1000 GMT.", [("1000 GMT", "TIME")]),
    ],
)
def test_recognize_finds_news_expressions(blank, text, expected):
    assert _timexes(blank, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "May I ask a question?",
        "The Czech foreign minister, Jan Kavan, spoke.",
        "The march ended peacefully.",
        "He paid $2000 for it.",
        "Shares rose 1.5% to 2082.1 points.",
        "The 6-year-old boy and the 52-year-old man.",
        "It pays a dividend of $1.76 a year.",
        "The first count (1000 GMT) showed a lead.",
        "Now, he says, the plan looks different.",
        "Two thousand people marched.",
        "He waited 1/2 hour.",
        # names and titles capitalize time words; ages are not decades
        'Baker said on ABC\'s "This Week With David Brinkley" that the plan failed.',
        "He told CBS's 60 Minutes he was innocent.",
        "This is VOA Today.",
        "He was voted European Player of the Year.",
        "He moved there when he was in his 30s.",
        "Such laws have no place in today's world.",
        "The quarter-to-quarter comparison was also enhanced.",
        # a seat kept for a season is a place, not a time
        "Police in Shimla, the summer capital of the colony, made arrests.",
        "The delegates toured the Winter Palace before talks.",
    ],
)
def test_recognize_ignores_lookalikes(blank, text):
    assert _timexes(blank, text) == []


def test_recognize_keeps_longest_of_overlapping_candidates():
    text = "the first quarter of 2015"
    cands = find_candidates(text)
    assert [(text[c.start : c.end], c.type) for c in cands] == [(text, "DATE")]


@pytest.mark.slow
def test_recognize_spans_survive_multiprocess_pipe(nlp):
    texts = ["Putin spoke on Friday.", "The war lasted four years."] * 2
    docs = list(nlp.pipe(texts, n_process=2, batch_size=1))
    assert [[(s.text, s.label_) for s in d.spans["timex"]] for d in docs] == [
        [("Friday", "DATE")],
        [("four years", "DURATION")],
    ] * 2


def _scan_whole_text(text):
    """find_candidates without key words or windows: every rule over the whole text."""
    from timeline.temporal.recognize import RULES, matches, non_overlapping

    return non_overlapping([c for name, ttype, rx in RULES for c in matches(rx, text, ttype, name)])


@pytest.mark.parametrize(
    "text",
    [
        "He is now in Paris. Today, at 10:30, and yesterday; these days, at the moment, at present.",
        "Prices were recently cut, as formerly and lately; in the past and the near future, "
        "as soon as possible. The current plan for year-end, the year's end, the full year.",
        "FY-08 results, FY2009 outlook; on 2008-03-14 and 3/14/08 at 9:45 and 12/31/2009.",
        "Nowadays " + "filler words without any dates at all " * 20 + "and tomorrow night at 7:15.",
        "TODAY, Currently and PRESENTLY: the Future is THE PAST. fy 2010 and at 11:00.",
    ],
)
def test_recognize_key_word_windows_find_what_a_whole_scan_finds(text):
    assert find_candidates(text) == _scan_whole_text(text)
    assert find_candidates(text)  # each text holds expressions the gated rules must still find


@pytest.mark.parametrize(
    "blob",
    [
        "2016-12-23" * 20_000,  # a date pasted over and over without a space
        "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08" * 3_125,  # hex digests
        "QmFzZTY0IGJsb2Igd2l0aCAyMDE2LTEyLTIzIGluc2lkZQ==" * 4_200,  # base64
    ],
)
def test_recognize_long_run_without_spaces_has_no_expression(blob):
    # ~200k characters with a digit every few: no expression in it, and the text around it still read
    assert len(blob) >= 200_000
    found = find_candidates(f"On Friday a file {blob} was posted on May 3, 2016.")
    assert [(c.type, c.rule) for c in found] == [("DATE", "weekday"), ("DATE", "month_day")]


def test_recognize_many_expressions_all_kept():
    text = " ".join(["in 2016"] * 30_000)
    found = find_candidates(text)
    assert len(found) == 30_000
    assert {text[c.start : c.end] for c in found} == {"2016"}


@pytest.mark.parametrize(
    ("rx", "expected"),
    [
        (r"(?:about|around)\s+\d+\s+days", "[a]"),
        (r"(?:(?:early|late)\s+)?(?:June|\d{4})", r"[J\del]"),  # an optional part adds its own
        (r"\b(?<!\d)(?:[0-2]\d|3[01])(?=\s)", "[0-23]"),  # boundaries and lookarounds take nothing
        (r"(?:the\s+)?(?-i:May)", "[Mt]"),
        (r"(?:x|y)?", None),  # may match nothing
        (r"[^a-z]+", None),  # a negated class
        (r".{3}", None),  # any character
        (r"(a)\1", "[a]"),
        (r"(?:\s*-\s*)?(?:one|1)", r"[1\-\so]"),
    ],
)
def test_first_chars_of_a_pattern(rx, expected):
    from timeline.temporal.recognize import first_chars

    assert first_chars(rx) == expected


def _without_first_chars(name, rx):
    import re

    from timeline.temporal.recognize import _WORD_START

    return re.compile(f"{_WORD_START}(?:{rx})", re.IGNORECASE)


@pytest.mark.parametrize(
    "text",
    [
        "About three weeks ago, in mid-March 2004, the fiscal year 2003-04 ended; the past few days "
        "were busy and next Tuesday at 9:30 a.m. the talks resume for two and a half hours.",
        "Twice a week, every Monday since the 1990s, on Christmas Eve and in the third quarter of "
        "2008, from 7th to 9th December, on April 24 and 25: the 20th century's first decade.",
        "LAST WEEK, EARLY SUMMER, THE NEXT 24 HOURS and a 4-hour, 37-minute match ran 1:02:33.4.",
    ],
)
def test_first_char_lookahead_changes_no_match(text):
    # each rule with its first-character lookahead finds just what the bare rule finds
    from timeline.temporal.recognize import _RULES, _pattern, first_chars

    for name, _, rx in _RULES:
        bare = _without_first_chars(name, rx)
        assert [m.span() for m in _pattern(name, rx).finditer(text)] == [m.span() for m in bare.finditer(text)], name
    assert sum(first_chars(f"(?:{rx})") is not None for _, _, rx in _RULES) >= len(_RULES) // 2


def test_only_the_rules_key_words_are_looked_up():
    # the scan finds a word's places only for the key words of some rule: every one of them
    from timeline.temporal.recognize import _GATES, _KEY_WORDS

    assert _KEY_WORDS == frozenset().union(*_GATES.values())
    assert {"monday", "march", "week", "years"} <= _KEY_WORDS and "the" not in _KEY_WORDS


@pytest.mark.parametrize(
    "text",
    [
        "Profit in the July-September quarter rose, and the April-to-June period was flat.",
        "The miner's output for the September quarter fell; in the Jan. - March quarter it grew.",
        "Sales in the October through December half were the best since the March quarter of 2003.",
    ],
)
def test_a_quarter_named_by_its_months_is_looked_for_only_around_a_month(text):
    # the rule runs only near a month's name, as the other month rules do: each of its matches
    # holds one, and the scan of those windows finds what a scan of the whole text finds
    import re

    from timeline.temporal.recognize import _GATES, _RULES, _pattern, find_candidates

    rx = next(rx for name, _, rx in _RULES if name == "quarter_months")
    whole = [m.span() for m in _pattern("quarter_months", rx).finditer(text)]
    assert whole
    for start, end in whole:
        assert set(re.findall(r"[a-z]+", text[start:end].lower())) & _GATES["quarter_months"]
    found = {(c.start, c.end) for c in find_candidates(text) if c.rule == "quarter_months"}
    assert found == set(whole)


@pytest.mark.parametrize(
    "text",
    [
        "The polls open at 07:30 GMT Sunday and close at 9:15; the winner ran 2:08:31, the fastest since 1999.",
        "In the fiscal year 2006/07, as in 1987-88 and 2004-2005, the report dated 11/23/05 found little.",
        "At 14:00 on 3/4/2001 the 2009/10 budget was read; he finished in 27:05.3 after the 1998-99 season.",
    ],
)
def test_a_rule_of_digits_runs_only_near_its_shape_of_digits(text):
    # a rule keyed by a shape of digits (a colon's minutes, digits on both sides of a dash or slash)
    # finds, scanning near that shape only, what it finds scanning the whole text: each match holds it
    import re

    from timeline.temporal.recognize import _DIGIT_GATED, _RULES, _pattern, find_candidates

    found = {(c.start, c.end, c.rule) for c in find_candidates(text)}
    for name, _, rx in _RULES:
        shape = _DIGIT_GATED.get(name)
        if shape is None:
            continue
        whole = [m.span() for m in _pattern(name, rx).finditer(text)]
        for start, end in whole:
            # the shape is in the match, or (a year of a range) at its edge: "2006|/07", "1987-|88"
            assert shape.search(text, max(0, start - 2), end + 2) is not None, (name, text[start:end])
            assert re.search(r"\d\d", text[start:end])
        assert {(s, e) for s, e, rule in found if rule == name} <= set(whole)
    assert {rule for _, _, rule in found} & {"at_clock", "clock24", "elapsed", "slash", "year_range"}


@pytest.mark.parametrize(
    "text",
    [
        "Prices rose for the third straight month and for a fifth day running; the index fell for the "
        "second consecutive quarter, its 11th week in a row.",
        "The council meets twice a week, the board once a month and the court three times a year "
        "since the month-long strike and the decades-long dispute.",
        "Over the past three years, two days later, in the first quarter of 2005 and every Monday morning.",
    ],
)
def test_a_rule_of_key_words_runs_only_near_them(text):
    # each match of a rule keyed by words holds one of them, or follows it ("twice| a week"): scanning
    # near them finds what scanning the whole text finds
    import re

    from timeline.temporal.recognize import _GATES, _RULES, _pattern, find_candidates

    found = {(c.start, c.end, c.rule) for c in find_candidates(text)}
    low = text.lower()
    for name, _, rx in _RULES:
        gate = _GATES.get(name)
        if gate is None:
            continue
        for start, end in ((m.start(), m.end()) for m in _pattern(name, rx).finditer(text)):
            near = set(re.findall(r"[a-z]+", low[max(0, start - 8) : end]))
            assert near & gate, (name, text[start:end])
    assert {rule for _, _, rule in found} & set(_GATES)
