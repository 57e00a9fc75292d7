import pytest

from timeline.analysis import _with_dateline
from timeline.model import DocDate, Document


@pytest.mark.parametrize(
    "text, inferred, expected",
    [
        ("MOSCOW, Dec. 23 (Reuters) - Putin said on Friday ...", "2016-12-22", ("2016-12-23", "dateline")),
        ("MOSCOW, Dec. 31 (Reuters) - The year ended ...", "2017-01-02", ("2016-12-31", "dateline")),
        ("MOSCOW, Jan. 2 (Reuters) - The year began ...", "2016-12-30", ("2017-01-02", "dateline")),
        ("MOSCOW, June 2 (Reuters) - far from the text's dates", "2016-12-30", ("2016-12-30", "text")),
        ("No dateline here. Putin spoke.", "2016-12-22", ("2016-12-22", "text")),
    ],
)
def test_pipeline_dateline_month_day_takes_year_from_text(text, inferred, expected):
    got = _with_dateline(Document(id="d", text=text), DocDate(inferred, "text", 0.6))
    assert (got.value, got.origin) == expected
