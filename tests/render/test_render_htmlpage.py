import base64
import hashlib
import io
import json
import os
import re

import pytest
from render_fixtures import HOSTILE_SCRIPT, TIMELINE

from timeline.render import render_timeline
from timeline.render.htmlpage import page_data, script_json

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip


def _html(tl=TIMELINE) -> str:
    out = io.StringIO()
    render_timeline(tl, "html", out)
    return out.getvalue()


def _data_block(html: str) -> str:
    m = re.search(r'<script type="application/json" id="timeline-data">(.*?)</script>', html, flags=re.S)
    assert m
    return m.group(1)


def test_render_htmlpage_loads_nothing_from_the_network():
    html = _html()
    assert not re.search(r"<(link|img|iframe|object|embed)\b", html, flags=re.I)
    assert not re.search(r"<script[^>]*\bsrc=", html, flags=re.I)
    assert "@import" not in html and "url(" not in html


def test_render_htmlpage_article_text_cannot_close_the_data_block():
    html = _html()
    assert len(re.findall(r"<script\b", html)) == 2 and html.count("</script>") == 2
    block = _data_block(html)
    assert "<" not in block and ">" not in block and "&" not in block
    assert json.loads(block) == page_data(TIMELINE)


def test_render_htmlpage_csp_allows_only_the_pages_own_script():
    html = _html()
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html).group(1)
    assert "default-src 'none'" in csp
    script = re.search(r"<script>(.*?)</script>", html, flags=re.S).group(1)
    digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    assert f"script-src 'sha256-{digest}'" in csp


@pytest.mark.parametrize(
    ("obj", "text"),
    [
        (
            "</script><script>x()</script>",
            '"\\u003c/script\\u003e\\u003cscript\\u003ex()\\u003c/script\\u003e"',
        ),
        ("<!-- & -->", '"\\u003c!-- \\u0026 --\\u003e"'),
        ("a\u2028b", '"a\\u2028b"'),
        ({"Erdoğan": [1]}, '{"Erdoğan":[1]}'),
    ],
)
def test_render_htmlpage_script_json_escapes_markup(obj, text):
    assert script_json(obj) == text
    assert json.loads(text) == obj


def test_render_htmlpage_numbers_sources_across_the_page():
    data = page_data(TIMELINE)
    numbers = [m["n"] for e in data["events"] for m in e["mentions"]]
    assert numbers == list(range(1, len(numbers) + 1))
    assert all(m["url"] in (None, "https://example.org/aleppo") for e in data["events"] for m in e["mentions"])
    assert data["groups"][-1] == {
        "label": "Undated: no date could be resolved",
        "undated": True,
        "events": [4, 5],
    }


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api")
    if not os.path.exists(CHROMIUM):
        pytest.skip(f"{CHROMIUM} is not installed")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser, tmp_path):
    path = tmp_path / "timeline.html"
    path.write_text(_html(), encoding="utf-8")
    pg = browser.new_page()
    seen = {"requests": [], "dialogs": [], "errors": []}
    pg.on("request", lambda r: seen["requests"].append(r.url))
    pg.on("dialog", lambda d: (seen["dialogs"].append(d.message), d.dismiss()))
    pg.on("pageerror", lambda e: seen["errors"].append(str(e)))
    pg.goto(path.as_uri())
    pg.wait_for_selector(".event")
    pg.wait_for_timeout(200)  # give any injected handler (onerror) a chance to fire
    yield pg, seen, path.as_uri()
    pg.close()


def _visible(pg) -> list[str]:
    return [t.strip() for t in pg.locator(".event:visible h3").all_text_contents()]


@pytest.mark.slow
def test_render_htmlpage_renders_the_chronology_in_a_browser(page):
    pg, seen, url = page
    assert pg.locator(".event").count() == len(TIMELINE.events)
    headings = pg.locator(".date-group > h2").all_text_contents()
    assert headings == ["2012 (year)", "15 December 2016", "16 December 2016", "January 2017 (month)",
                        "Undated: no date could be resolved"]  # fmt: skip
    assert pg.locator("#shown").text_content() == "6 of 6 events shown"
    assert seen["errors"] == []


@pytest.mark.slow
def test_render_htmlpage_injected_markup_is_inert(page):
    pg, seen, url = page
    assert seen["dialogs"] == []
    assert pg.evaluate("window.__pwned") is None
    assert pg.evaluate("document.querySelectorAll('img').length") == 0
    assert pg.evaluate("document.scripts.length") == 2
    # Shown as text, exactly as written in the article.
    assert HOSTILE_SCRIPT in pg.locator("#ev-4 h3").text_content()
    assert seen["requests"] == [url]


@pytest.mark.slow
def test_render_htmlpage_filters_by_text_and_actor(page):
    pg, seen, url = page
    pg.fill("#text-filter", "ASTANA")
    assert _visible(pg) == ["Peace talks on Syria expected in Astana"]
    assert pg.locator(".date-group:visible > h2").all_text_contents() == ["January 2017 (month)"]
    assert pg.locator("#shown").text_content() == "1 of 6 events shown"
    pg.fill("#text-filter", "")
    pg.select_option("#actor-filter", "Turkey")
    assert _visible(pg) == ["Evacuations from Aleppo begin under a ceasefire deal",
                            "Peace talks on Syria expected in Astana"]  # fmt: skip
    pg.fill("#text-filter", "evacuations aleppo")
    assert _visible(pg) == ["Evacuations from Aleppo begin under a ceasefire deal"]
    pg.select_option("#actor-filter", "")
    pg.fill("#text-filter", "Vladimirovich")  # an alias from the actors list
    assert _visible(pg) == ["Putin plans a national ceasefire in Syria"]
    pg.fill("#text-filter", "no such words")
    assert _visible(pg) == [] and pg.locator("#shown").text_content() == "0 of 6 events shown"
    assert seen["requests"] == [url]


@pytest.mark.slow
def test_render_htmlpage_links_each_event_to_its_source_sentence(page):
    pg, seen, url = page
    links = pg.locator("#ev-2 a.evidence-link")
    assert links.all_text_contents() == [
        "[3] Putin plans Syria ceasefire as Aleppo evacuations gather pace",
        "[4] Rebels say “no deal” <script>window.__pwned = 1; alert(1)</script> & more — Erdoğan",
    ]
    links.first.click()
    assert pg.evaluate("location.hash") == "#src-3"
    target = pg.locator("#src-3")
    assert target.is_visible()
    assert "Vladimir Putin has said he planned a “national ceasefire” in Syria." in target.text_content()
    assert target.locator("mark").text_content() == "planned"
    # A javascript: URL from an article is shown as text, never as a link.
    assert pg.locator("#src-4 a[href^='javascript']").count() == 0
    assert seen["requests"] == [url]
