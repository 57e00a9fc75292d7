"""A .txt file's first line is its title when it looks like a headline; titles given win."""

import json

import pytest

from timeline.ingest import read_documents
from timeline.ingest.records import headline


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Putin: Peace Talks for Syria to Be Held in Astana\n\nRussian President ...",
            "Putin: Peace Talks for Syria to Be Held in Astana",
        ),
        ("  Aleppo falls  \nThe city ...", "Aleppo falls"),
        ("# Is Aleppo lost?\n\nText.", "Is Aleppo lost?"),
        ("Putin said on Friday that talks will be held.\nMore text.", None),  # a sentence, not a title
        ("MOSCOW, Dec. 23 (Reuters) -\nPutin said ...", None),
        ("A one-line article with no headline", None),  # nothing after it: the text itself
        ("word " * 30 + "\n\nText.", None),  # too long for a headline
        ("2016-12-23\n\nText.", None),  # no letters
        ("", None),
    ],
)
def test_ingest_title_headline_from_first_line(text, expected):
    assert headline(text) == expected


def test_ingest_title_of_a_text_file_is_its_first_line(tmp_path):
    (tmp_path / "a.txt").write_text(
        "Putin: Peace Talks for Syria to Be Held in Astana\n\nRussian President Putin said.\n"
    )
    (tmp_path / "b.txt").write_text("Putin said on Friday that talks will be held in Astana.\nThey will.\n")
    docs = {d.id: d for d in read_documents([str(tmp_path)])}
    assert docs["a"].title == "Putin: Peace Talks for Syria to Be Held in Astana"
    assert docs["a"].text.startswith("Putin: Peace Talks")  # the text is left whole
    assert docs["b"].title is None


def test_ingest_title_given_in_metadata_wins(tmp_path):
    (tmp_path / "a.md").write_text("---\ntitle: The real title\n---\nA first line\n\nBody text.\n")
    record = {"id": "x", "title": "From JSON", "text": "Another first line\n\nBody."}
    (tmp_path / "b.jsonl").write_text(json.dumps(record) + "\n")
    (tmp_path / "c.jsonl").write_text(json.dumps({"id": "y", "text": "Headline here\n\nBody."}) + "\n")
    docs = {d.id: d for d in read_documents([str(tmp_path)])}
    assert docs["a"].title == "The real title"
    assert docs["x"].title == "From JSON"
    assert docs["y"].title == "Headline here"
