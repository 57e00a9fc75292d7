"""HTML nested deeper than libxml2's limit: every paragraph is kept, none silently dropped."""

from __future__ import annotations

from timeline.ingest import read_documents
from timeline.ingest.html import read_html


def test_ingest_html_400_unclosed_font_tags_keep_every_paragraph():
    page = "<html><body>" + "".join(f"<font><p>Paragraph {i} said more.</p>" for i in range(400)) + "</body></html>"
    (record,) = read_html("deep.html", page)
    assert [f"Paragraph {i} said more." for i in range(400)] == record.text.split("\n\n")
    assert record.warnings == ()


def test_ingest_html_50000_nested_divs_keep_their_text(tmp_path):
    page = "<html><body>" + "<div>" * 50_000 + "The deepest sentence." + "</div>" * 50_000
    page += "<p>The sentence after.</p></body></html>"
    path = tmp_path / "deep.html"
    path.write_text(page)
    warnings: list[str] = []
    (document,) = read_documents([str(path)], warn=warnings.append)
    assert "The deepest sentence." in document.text and "The sentence after." in document.text
    assert warnings == []


def test_ingest_html_flatten_nesting_drops_tags_past_the_limit_not_text():
    from timeline.ingest.html import flatten_nesting

    flat = flatten_nesting("<div><div><div>a<b>b</b></div>c</div>d</div>", limit=2)
    assert flat.replace(" ", "") == "<div><div>abc</div>d</div>"
