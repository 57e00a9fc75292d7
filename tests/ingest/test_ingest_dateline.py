import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.ingest import find_dateline, normalize_date

BODY = " The minister said on Friday that talks would go on."


@pytest.mark.parametrize(
    "text,place,agency,value,month_day",
    [
        ("MOSCOW, Dec. 23 (Reuters) -" + BODY, "MOSCOW", "Reuters", None, "--12-23"),
        ("WASHINGTON (AP) —" + BODY, "WASHINGTON", "AP", None, None),
        ("BEIRUT, Dec 23, 2016 /PRNewswire/ --" + BODY, "BEIRUT", "PRNewswire", "2016-12-23", "--12-23"),
        ("Dec. 23, 2016 —" + BODY, None, None, "2016-12-23", "--12-23"),
        ("NAIROBI, Kenya (AP) _ " + BODY, "NAIROBI, Kenya", "AP", None, None),
        ("AMHERST, N.Y. (AP) -- " + BODY, "AMHERST, N.Y.", "AP", None, None),
        ("WASHINGTON, August 11 (Xinhua) -- " + BODY, "WASHINGTON", "Xinhua", None, "--08-11"),
        ("PARIS, 23 December 2016 (AFP) -" + BODY, "PARIS", "AFP", "2016-12-23", "--12-23"),
        ("NEW YORK, Dec. 23, 2016 (GLOBE NEWSWIRE) --" + BODY, "NEW YORK", "GLOBE NEWSWIRE", "2016-12-23", "--12-23"),
        ("London (CNN) —" + BODY, "London", "CNN", None, None),
        ("Washington, Dec. 23, 2016 —" + BODY, "Washington", None, "2016-12-23", "--12-23"),
        ("MIAMI _ " + BODY, "MIAMI", None, None, None),
        ("JAKARTA, Nov. 6 (Xinhua) --After it was delayed", "JAKARTA", "Xinhua", None, "--11-06"),
        ("HANOI, Nov. 27 (Xinhua) Vietnam is expected", "HANOI", "Xinhua", None, "--11-27"),
        (
            "ZHANJIANG, GUANGDONG PROVINCE, Nov. 15 (Xinhua)--- The ship",
            "ZHANJIANG, GUANGDONG PROVINCE",
            "Xinhua",
            None,
            "--11-15",
        ),
        # After a headline line, and a date on a line of its own.
        ("Apple opens store\nMay 7 , 2005\nIn chatrooms users talk.", None, None, "2005-05-07", "--05-07"),
        ("Headline\n\nFriday, December 23, 2016\n\nText.", None, None, "2016-12-23", "--12-23"),
    ],
)
def test_ingest_dateline_agency_styles(text, place, agency, value, month_day):
    d = find_dateline(text)
    assert d is not None
    assert (d.place, d.agency, d.value, d.month_day) == (place, agency, value, month_day)
    assert text[d.start : d.end] == d.text


@pytest.mark.parametrize(
    "text",
    [
        "Vladimir Putin has said he planned a national ceasefire - and talks.",
        "Putin: Peace Talks for Syria to Be Held in Astana\n\nRussian President Vladimir Putin said Friday.",
        "May 7 was a good day - really.",
        "March 2016 - the month it all began.",
        "US troops - many of them - left.",
        "The New York Times said in an editorial on Monday, Oct. 26: The murder.",
        "NEW YORK, Feb. 30, 2016 -- an impossible day.",
        "On Dec. 23, 2016 — the talks began.",
        "Barack Obama (D) said on Dec. 23, 2016 that talks would go on.",
        "Paris, Dec. 23 (AFP) says the report.",
        # A dateline further down, after body text, is not the story's dateline.
        "Headline\n\nBody sentence one. It goes on.\n\nMOSCOW, Dec. 23, 2016 (Reuters) - late.",
        "",
    ],
)
def test_ingest_dateline_not_a_dateline(text):
    d = find_dateline(text)
    assert d is None or d.month_day is None


def test_ingest_dateline_none_for_seed_texts(seeds_dir):
    for path in sorted(seeds_dir.glob("*.txt")):
        assert find_dateline(path.read_text(encoding="utf-8")) is None


@given(st.text(max_size=300))
def test_ingest_dateline_never_crashes_and_offsets_fit(text):
    d = find_dateline(text)
    if d is not None:
        assert text[d.start : d.end] == d.text
        assert d.value is None or normalize_date(d.value) == d.value
    normalize_date(text)
