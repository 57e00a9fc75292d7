"""Reference-date inference from the article text."""

import pytest

from timeline.temporal import infer_reference_date


@pytest.mark.slow
def test_refdate_seeds(nlp, seeds_dir):
    dates = {}
    for path in sorted(seeds_dir.glob("*.txt")):
        dates[path.name[:3]] = infer_reference_date(nlp(path.read_text(encoding="utf-8")))
    assert dates["000"] is None
    assert dates["001"].value == "2016-12-23"
    assert dates["001"].origin == "text" and dates["001"].confidence < 1


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The photo was taken Dec. 20, 2016. Officials said Friday the talks failed.", "2016-12-23"),
        ("The law was passed on March 3, 2015 and revised on May 2, 2014.", "2015-03-03"),
        ("He said on Monday that the deal of Jan. 4, 2017 stands.", "2017-01-09"),
        ("Officials will meet on Friday.", None),
    ],
)
def test_refdate_latest_full_date_and_past_weekdays(nlp, text, expected):
    got = infer_reference_date(nlp(text))
    assert (got.value if got else None) == expected
