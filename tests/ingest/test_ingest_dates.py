import datetime as dt
import json
import os

import pytest

from timeline.ingest import normalize_date, read_documents
from timeline.ingest.dates import url_date

DATA = os.path.join(os.path.dirname(__file__), "data")


@pytest.mark.parametrize(
    "value,expected",
    [
        ("2016-12-23", "2016-12-23"),
        ("2016-12-23T23:30:00-05:00", "2016-12-23"),  # the date as written, not converted to UTC
        ("2016-12-23T01:00:00Z", "2016-12-23"),
        ("2016-12-23 10:00:00", "2016-12-23"),
        ("20161223", "2016-12-23"),
        ("2016/12/23", "2016-12-23"),
        ("23 December 2016", "2016-12-23"),
        ("Dec. 23, 2016", "2016-12-23"),
        ("December 23rd, 2016", "2016-12-23"),
        ("Friday, December 23, 2016", "2016-12-23"),
        ("Sept. 3, 2016 10:30 AM", "2016-09-03"),
        ("Fri, 23 Dec 2016 10:00:00 GMT", "2016-12-23"),
        ("23/12/2016", "2016-12-23"),
        ("12/23/2016", "2016-12-23"),
        ("03/04/2016", None),  # day/month order unknown
        ("December 2016", None),
        ("2016", None),
        ("yesterday", None),
        ("3 days ago", None),
        ("2016-02-30", None),
        ("", None),
        (dt.date(2016, 12, 23), "2016-12-23"),
        (dt.datetime(2016, 12, 23, 22, 0), "2016-12-23"),
        (1482451200, None),
    ],
)
def test_ingest_dates_normalize(value, expected):
    assert normalize_date(value) == expected


@pytest.mark.parametrize(
    "url,expected",
    [
        ("https://www.example.com/world/2016/12/23/putin-astana", "2016-12-23"),
        ("https://example.com/news/2016-12-23-putin.html", "2016-12-23"),
        ("https://example.com/world/putin-astana-2016", None),
        ("https://example.com/2016/13/45/x", None),
        (None, None),
    ],
)
def test_ingest_dates_url(url, expected):
    assert url_date(url) == expected


def test_ingest_dates_json_metadata_beats_dateline(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"text": "MOSCOW, Dec. 22, 2016 (Reuters) - x", "date": "2016-12-23"}) + "\n")
    [doc] = read_documents([str(path)])
    assert (doc.date.value, doc.date.origin, doc.date.confidence) == ("2016-12-23", "metadata", 1.0)


def test_ingest_dates_url_date_is_metadata_with_lower_confidence(tmp_path):
    path = tmp_path / "a.json"
    path.write_text(json.dumps({"text": "No date here.", "url": "https://ex.com/2016/12/23/story"}))
    [doc] = read_documents([str(path)])
    assert (doc.date.value, doc.date.origin, doc.date.confidence) == ("2016-12-23", "metadata", 0.8)


def test_ingest_dates_dateline_without_year_gives_no_date(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("MOSCOW, Dec. 23 (Reuters) - Russia said on Friday...")
    [doc] = read_documents([str(path)])
    assert (doc.date.value, doc.date.origin) == (None, "none")


@pytest.mark.parametrize(
    "name,value,title,url,source",
    [
        (
            "article.html",
            "2016-12-23",
            "Putin says Syria peace talks to be held in Astana",
            "https://news.example.com/world/putin-astana",
            "Example News",
        ),
        ("minimal.html", "2016-12-23", "Council votes on budget", None, None),
        ("time-tag.html", "2016-12-21", "Storm hits coast", None, None),
    ],
)
def test_ingest_dates_html_metadata(name, value, title, url, source):
    [doc] = read_documents([os.path.join(DATA, name)])
    assert (doc.date.value, doc.date.origin) == (value, "metadata")
    assert (doc.title, doc.url, doc.source) == (title, url, source)


@pytest.mark.parametrize(
    "head",
    [
        '<meta property="article:published_time" content="2016-12-23T10:00:00+00:00">',
        '<meta name="pubdate" content="20161223">',
        '<meta itemprop="datePublished" content="2016-12-23">',
        '<script type="application/ld+json">[{"@type": "WebPage"}, '
        '{"@type": "NewsArticle", "datePublished": "Dec. 23, 2016"}]</script>',
    ],
)
def test_ingest_dates_html_meta_variants(tmp_path, head):
    path = tmp_path / "p.html"
    path.write_text(f"<html><head>{head}</head><body><p>Body text.</p></body></html>")
    [doc] = read_documents([str(path)])
    assert doc.date.value == "2016-12-23"


def test_ingest_dates_html_main_text_without_boilerplate():
    [doc] = read_documents([os.path.join(DATA, "article.html")])
    assert doc.text == (
        "Putin says Syria peace talks to be held in Astana\n\n"
        "MOSCOW (Reuters) - Russian President Vladimir Putin said on Friday that Russia, Iran and Turkey "
        "had agreed to hold talks.\n\n"
        "The talks are expected in January, he said. More text."
    )
    for noise in ("Home", "cookies", "Share", "Other story", "Most read", "Copyright", "var x", "color:red"):
        assert noise not in doc.text


def test_ingest_dates_html_menu_links_dropped_without_article_tag():
    [doc] = read_documents([os.path.join(DATA, "minimal.html")])
    assert doc.text == "The council voted on the budget.\n\nIt passed by 7 votes to 2."
