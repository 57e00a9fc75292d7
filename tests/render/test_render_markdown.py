import dataclasses
import io
import re

import pytest
from render_fixtures import DOC_A, TIMELINE

from timeline.render import render_timeline
from timeline.render.markdown import md_escape


def _md(**kw) -> str:
    out = io.StringIO()
    render_timeline(TIMELINE, "md", out, **kw)
    return out.getvalue()


def test_render_markdown_headings_per_date_in_order_with_undated_last():
    headings = re.findall(r"^## (.+)$", _md(), flags=re.M)
    assert headings == [
        "2012 (year)",
        "15 December 2016",
        "16 December 2016",
        "January 2017 (month)",
        "Undated: no date could be resolved",
        "Sources",
    ]


def test_render_markdown_footnotes_every_source():
    text = _md()
    assert re.search(r"^### Putin plans a national ceasefire in Syria \[\^1\]\[\^2\]$", text, flags=re.M)
    notes = dict(re.findall(r"^\[\^(\d+)\]: (.+)$", text, flags=re.M))
    assert set(notes) == {"1", "2"}
    assert notes["1"].startswith("*Putin plans Syria ceasefire as Aleppo evacuations gather pace*, The Guardian")
    assert "<https://example.org/aleppo>" in notes["1"]
    # A javascript: URL is never turned into a link.
    assert "javascript" not in notes["2"]


def test_render_markdown_quotes_the_evidence_sentence():
    assert "> Vladimir Putin has said he planned a “national ceasefire” in Syria." in _md()


def test_render_markdown_leaves_no_raw_html_from_articles():
    text = _md()
    # The only unescaped "<" left is the autolink around the article URL.
    assert re.findall(r"(?<!\\)<(/?[a-zA-Z]+)", text) == ["https"]
    assert "\\<script\\>" in text and "\\<img src=x" in text


@pytest.mark.parametrize("explain", [True, False])
def test_render_markdown_explain_adds_merge_reasons(explain):
    assert ("- dates overlap on 2016-12-16" in _md(explain=explain)) is explain


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        ("plain words, (parens) and 6,400!", "plain words, (parens) and 6,400!"),
        ("*bold* _it_ `code`", "\\*bold\\* \\_it\\_ \\`code\\`"),
        ("[link](javascript:x)", "\\[link\\](javascript:x)"),
        ("<b>&amp;</b>", "\\<b\\>\\&amp;\\</b\\>"),
        ("line\nbreak  # not heading | cell", "line break \\# not heading \\| cell"),
    ],
)
def test_render_markdown_escape(text, escaped):
    assert md_escape(text) == escaped


def test_render_markdown_untitled_document_footnote_shows_id_and_path():
    doc = dataclasses.replace(DOC_A, title=None, url=None, path="seeds/000_a`b.txt")
    out = io.StringIO()
    render_timeline(dataclasses.replace(TIMELINE, documents=(doc,)), "md", out)
    assert (
        "[^1]: `guardian-aleppo`, The Guardian, dated by its metadata: Fri 16 Dec 2016 (confidence 0.95), "
        "`seeds/000_a'b.txt`" in out.getvalue()
    )


def test_render_markdown_quotes_every_source_sentence_of_a_merged_event():
    text = _md()
    section = text[text.index("### Putin plans a national ceasefire in Syria") :]
    section = section[: section.index("\n### ")]
    quotes = [line for line in section.splitlines() if line.startswith("> ")]
    assert quotes == [
        "> Vladimir Putin has said he planned a “national ceasefire” in Syria. [^1]",
        "> Putin said the next step for Syria should be a nationwide cease-fire. [^2]",
    ]


def test_render_markdown_a_lower_case_summary_titles_its_row_with_a_capital_and_json_keeps_it():
    first = TIMELINE.events[0]
    lower = dataclasses.replace(first, summary="about 34,000 people had left eastern Aleppo")
    timeline = dataclasses.replace(TIMELINE, events=(lower, *TIMELINE.events[1:]))
    out = io.StringIO()
    render_timeline(timeline, "md", out)
    assert "### About 34,000 people had left eastern Aleppo" in out.getvalue()
    out = io.StringIO()
    render_timeline(timeline, "json", out)
    assert '"summary": "about 34,000 people had left eastern Aleppo"' in out.getvalue()
