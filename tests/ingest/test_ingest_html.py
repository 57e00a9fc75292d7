"""HTML ingestion on article pages laid out as publishers do (tests/fixtures/html, written by hand):
menus, cookie banners, share buttons, bylines, comments, related-story lists, JSON-LD dates.

What a reader of the extracted text would notice: every paragraph of the story, in order, and
nothing of the page around it; the publication date of the story, not of an edit or of the day."""

from pathlib import Path

import pytest

from timeline.ingest.html import read_html
from timeline.ingest.records import Record

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "html"

PAGES = {
    # a news agency: OneTrust cookie dialog, header menu, breadcrumbs, share bar, a figure, an
    # advert in the body, the "Reporting by" footer, "Read Next" list; JSON-LD NewsArticle
    "wire_agency.html": {
        "date": "2016-12-20",  # datePublished, not dateModified (2016-12-21)
        "title": "Russia, Turkey and Iran agree to hold Syria talks in Astana",
        "source": "World News Wire",
        "headline": "Russia, Turkey and Iran agree to hold Syria talks in Astana",
        "body": [
            "MOSCOW (Wire) - Russia, Turkey and Iran agreed on Tuesday to hold peace talks on Syria in Astana, "
            "the capital of Kazakhstan, Russian Foreign Minister Sergei Lavrov said.",
            "The three countries said they were ready to act as guarantors of a future peace deal between the "
            "Syrian government and the opposition.",
            '"We have agreed that the talks will be held in Astana," Lavrov told reporters after meeting his '
            "Turkish and Iranian counterparts in Moscow.",
            "No date was set for the talks, which would not include the United States.",
        ],
        "furniture": [
            "cookies",
            "Accept all",
            "Markets",
            "Breakingviews",
            "Share on",
            "Advertisement",
            "Reporting by",
            "Trust Principles",
            "Read Next",
            "Aleppo evacuation resumes",
            "rights reserved",
        ],
    },
    # a public broadcaster: no <article>, the body marked with RDFa property="articleBody", cookie
    # prompt, two menus, share tools, "Related Topics", closed comments, "More on this story"
    "public_broadcaster.html": {
        "date": "2016-12-15",  # article:published_time
        "title": "Aleppo evacuation: Thousands leave in convoys as ceasefire holds",
        "source": "Northern Broadcasting",
        "headline": "Aleppo evacuation: Thousands leave in convoys as ceasefire holds",
        "body": [
            "Thousands of civilians and rebel fighters have left eastern Aleppo in convoys of buses and "
            "ambulances, after a ceasefire deal brokered by Russia and Turkey.",
            "The Red Cross said the first convoy had carried about 1,000 people, including wounded, to "
            "rebel-held territory west of the city.",
            "The evacuation began on Thursday after a delay of a day, when the previous agreement collapsed "
            "amid renewed shelling.",
            "The United Nations said about 50,000 people were still trapped in the area.",
        ],
        "furniture": [
            "cookies",
            "iPlayer",
            "Bitesize",
            "Politics",
            "Share this with",
            "Syrian civil war",
            "closed for comments",
            "Key moments",
            "Copyright",
        ],
    },
    # a WordPress local paper: <article class="post">, entry meta, Jetpack sharing and related posts
    # inside the entry content, a comments area, a "Recent Posts" widget; JSON-LD @graph
    "local_blog.html": {
        "date": "2016-12-22",
        "title": "Council approves new bridge after two-year wait \u2013 Riverside Gazette",
        "source": None,
        "headline": "Council approves new bridge after two-year wait",
        "body": [
            "The city council voted 7-2 on Tuesday night to approve a new bridge over the Mill River, ending a "
            "two-year dispute over its cost.",
            "Mayor Ellen Park said construction would begin in March and take about 18 months.",
            "The bridge will replace a 1950s crossing that was closed to trucks last year after inspectors found "
            "corroded beams.",
        ],
        "furniture": [
            "Skip to content",
            "Subscribe",
            "Obituaries",
            "Posted on",
            "Share this",
            "Bridge vote delayed",
            "thoughts on",
            "About time",
            "Leave a Reply",
            "Recent Posts",
            "powered by WordPress",
        ],
    },
    # a daily paper: itemprop="articleBody", standfirst and byline outside it, a rich link aside in
    # the body, keywords, comments, "Most viewed"; a JSON-LD list, a <time itemprop=datePublished>
    "daily_paper.html": {
        "date": "2005-09-07",
        "title": "Apple unveils iPod nano, replacing the mini",
        "source": "the Daily Ledger",
        "headline": None,  # outside the articleBody
        "body": [
            "Apple today unveiled the iPod nano, a music player thinner than a pencil that replaces the iPod "
            "mini, its best-selling model.",
            "The chief executive, Steve Jobs, showed the device at a press event in San Francisco, pulling it "
            "from the small pocket of his jeans.",
            "The nano stores up to 1,000 songs on flash memory and will go on sale in the US and Europe immediately.",
            "Motorola also launched the first phone able to play music bought from iTunes.",
        ],
        "furniture": [
            "Support the Ledger",
            "Culture",
            "cookies",
            "Share on",
            "Related:",
            "Apple launches cheap",
            "Comments (112)",
            "Flash memory will never",
            "Most viewed",
            "rights reserved",
        ],
    },
}


def _read(name: str) -> Record:
    path = FIXTURES / name
    [record] = read_html(str(path), path.read_text(encoding="utf-8"))
    assert isinstance(record, Record)
    return record


@pytest.mark.parametrize("name", sorted(PAGES))
def test_ingest_html_page_date_title_and_site(name):
    page, record = PAGES[name], _read(name)
    assert record.date_hint == page["date"]
    assert record.title == page["title"]
    assert record.source == page["source"]


@pytest.mark.parametrize("name", sorted(PAGES))
def test_ingest_html_every_paragraph_of_the_story_in_order_and_none_of_the_page(name):
    page, text = PAGES[name], _read(name).text
    paragraphs = text.split("\n\n")
    positions = [paragraphs.index(p) for p in page["body"]]  # each one whole, as a paragraph
    assert positions == sorted(positions) and positions == list(range(positions[0], positions[0] + len(positions)))
    for words in page["furniture"]:
        assert words not in text, words


@pytest.mark.parametrize("name", sorted(PAGES))
def test_ingest_html_text_is_the_story_exactly(name):
    page = PAGES[name]
    expected = ([page["headline"]] if page["headline"] else []) + page["body"]
    assert _read(name).text == "\n\n".join(expected)


def _text(body: str) -> str:
    [record] = read_html("page.html", f"<html><head><title>t</title></head><body>{body}</body></html>")
    assert isinstance(record, Record)
    return record.text


STORY = "<p>The council voted on Tuesday to approve the bridge.</p>"


def test_ingest_html_a_date_line_is_dropped_a_date_in_a_sentence_kept():
    text = _text(
        f'<article><h1>Vote</h1><div>Updated <time datetime="2016-12-20">Dec. 20, 2016, 2:32 PM</time></div>{STORY}'
        '<p>The vote was held on <time datetime="2016-12-20">December 20, 2016</time>.</p></article>'
    )
    assert text.split("\n\n") == [
        "Vote",
        "The council voted on Tuesday to approve the bridge.",
        "The vote was held on December 20, 2016.",
    ]


def test_ingest_html_a_date_heading_within_the_story_is_kept():
    text = _text(
        f'<article><h1>Vote</h1>{STORY}<h3><time datetime="2016-12-21">December 21, 2016</time></h3>'
        "<p>Work on the bridge began.</p></article>"
    )
    assert text.split("\n\n")[2:] == ["December 21, 2016", "Work on the bridge began."]


@pytest.mark.parametrize(
    "attribute",
    ['property="articleBody"', 'property="schema:articleBody"', 'property="http://schema.org/articleBody"'],
)
def test_ingest_html_rdfa_article_body_is_the_story_under_its_headline(attribute):
    text = _text(
        f'<div role="main"><div><h1>Bridge approved</h1><div><span>Jane Doe</span></div><div>20 December 2016</div>'
        f"<div {attribute}>{STORY}</div><div><h2>Other stories</h2><p>Flood roads closed in the valley</p></div>"
        "</div></div>"
    )
    assert text == "Bridge approved\n\nThe council voted on Tuesday to approve the bridge."


def test_ingest_html_the_header_of_an_article_gives_its_headline_not_its_byline():
    text = _text(
        '<article><header><h1>Bridge approved</h1><p>Posted on <a href="/2016/">December 22, 2016</a></p>'
        f'<p>Jane Doe, city reporter</p></header><p class="byline">By Jane Doe, city reporter</p>{STORY}</article>'
    )
    assert text == "Bridge approved\n\nThe council voted on Tuesday to approve the bridge."


@pytest.mark.parametrize(
    "heading", ["Related", "Related stories", "More on this story", "Read more:", "See also", "Most read"]
)
def test_ingest_html_headings_of_other_stories_are_dropped(heading):
    text = _text(f"<article>{STORY}<h3>{heading}</h3><p><a href='/a'>Flood closes roads</a></p></article>")
    assert text == "The council voted on Tuesday to approve the bridge."


def test_ingest_html_a_sentence_opening_like_a_heading_is_kept():
    text = _text(f"<article>{STORY}<p>Read more about the bridge in the council's report.</p></article>")
    assert text.endswith("\n\nRead more about the bridge in the council's report.")


def test_ingest_html_fields_laid_out_apart_are_not_glued_into_one_word():
    text = _text(
        "<article><p><span>Lina Sinjab</span><span>Middle East correspondent</span> reported that the "
        "<b>U</b><b>N</b> counted <i>about</i> 50,000 people.</p></article>"
    )
    assert text == "Lina Sinjab Middle East correspondent reported that the UN counted about 50,000 people."


def test_ingest_html_an_article_body_given_in_a_meta_tag_does_not_empty_the_text():
    text = _text(f'<div role="main"><meta itemprop="articleBody" content="The council voted.">{STORY}</div>')
    assert text == "The council voted on Tuesday to approve the bridge."
