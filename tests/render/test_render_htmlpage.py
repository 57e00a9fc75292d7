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
    assert all(d["url"] in (None, "https://example.org/aleppo") for d in data["documents"].values())
    assert {m["doc"] for e in data["events"] for m in e["mentions"]} == set(data["documents"])
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
    pg.fill("#actor-filter", "Turkey")
    assert _visible(pg) == ["Evacuations from Aleppo begin under a ceasefire deal",
                            "Peace talks on Syria expected in Astana"]  # fmt: skip
    pg.fill("#text-filter", "evacuations aleppo")
    assert _visible(pg) == ["Evacuations from Aleppo begin under a ceasefire deal"]
    pg.fill("#actor-filter", "")
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


@pytest.mark.slow
def test_render_htmlpage_actor_box_takes_part_of_a_name_or_an_alias(page):
    pg, seen, url = page
    pg.fill("#actor-filter", "turk")  # part of a name: every actor containing it
    assert _visible(pg) == ["Evacuations from Aleppo begin under a ceasefire deal",
                            "Peace talks on Syria expected in Astana"]  # fmt: skip
    pg.fill("#actor-filter", "Vladimirovich")  # an alias of Vladimir Putin
    assert "Putin plans a national ceasefire in Syria" in _visible(pg)
    assert pg.locator("#actor-names option").count() == len(page_data(TIMELINE)["actors"])


@pytest.mark.slow
def test_render_htmlpage_date_range_filter(page):
    pg, seen, url = page
    pg.fill("#date-from", "2016-12-16")
    pg.fill("#date-to", "2016-12-31")
    assert pg.locator(".date-group:visible > h2").all_text_contents() == ["16 December 2016"]
    pg.fill("#date-to", "")
    headings = pg.locator(".date-group:visible > h2").all_text_contents()
    assert headings == ["16 December 2016", "January 2017 (month)"]  # undated events left out, as --since does
    assert seen["requests"] == [url]


@pytest.mark.slow
def test_render_htmlpage_time_axis_marks_lead_to_their_events(page):
    pg, seen, url = page
    marks = pg.locator("#axis .mark")
    tips = [t.strip() for t in pg.locator("#axis .mark title").all_text_contents()]
    # day- and month-precise dates are marked; the year 2012 would squeeze them into a sliver
    assert tips == ["15 December 2016: 1 event", "16 December 2016: 1 event", "January 2017 (month): 1 event"]
    labels = pg.locator("#axis .label").all_text_contents()
    assert labels == ["Dec 2016", "Jan 2017"]
    target = pg.locator(".date-group", has_text="16 December 2016").locator(".event").first.get_attribute("id")
    marks.nth(1).click()
    assert pg.evaluate("location.hash") == "#" + target
    pg.fill("#text-filter", "ASTANA")
    assert pg.locator("#axis .mark").count() == 1  # marks follow the filters
    assert seen["requests"] == [url] and seen["errors"] == []


def _many(n: int):
    """The fixture timeline with its dated events repeated n times over (new ids, same days)."""
    import dataclasses

    dated = [e for e in TIMELINE.events if e.date.dated]
    events = tuple(dataclasses.replace(dated[k % len(dated)], id=f"ev-{k}") for k in range(n))
    return dataclasses.replace(TIMELINE, events=events)


@pytest.mark.slow
def test_render_htmlpage_shows_a_page_at_a_time(browser, tmp_path):
    path = tmp_path / "many.html"
    out = io.StringIO()
    render_timeline(_many(250), "html", out)
    path.write_text(out.getvalue(), encoding="utf-8")
    pg = browser.new_page()
    pg.goto(path.as_uri())
    assert pg.locator(".event").count() == 100
    assert pg.locator(".pager .where").first.text_content() == "Page 1 of 3"
    pg.locator(".pager .next").first.click()
    assert pg.locator(".pager .where").first.text_content() == "Page 2 of 3"
    assert pg.locator(".event").first.get_attribute("id") == "ev-100"
    # evidence for the events of this page only, numbered as across the whole page
    assert pg.locator("#evidence li").count() == sum(
        len(e.mentions) for e in sorted(_many(250).events, key=lambda e: e.date.earliest)[100:200]
    )
    pg.fill("#text-filter", "astana")
    assert pg.locator(".pager .where").first.text_content() == "Page 1 of 1"
    assert pg.locator(".pager").first.is_hidden()
    pg.close()


@pytest.mark.slow
def test_render_htmlpage_axis_mark_opens_the_page_of_its_event(browser, tmp_path):
    import dataclasses
    import datetime as dt

    base = next(e for e in TIMELINE.events if e.date.precision == "day")
    events = []
    for k in range(250):
        day = (dt.date(2016, 1, 1) + dt.timedelta(days=k)).isoformat()
        date = dataclasses.replace(base.date, value=day, edtf=day, earliest=day, latest=day)
        events.append(dataclasses.replace(base, id=f"ev-{k}", date=date))
    out = io.StringIO()
    render_timeline(dataclasses.replace(TIMELINE, events=tuple(events)), "html", out)
    path = tmp_path / "spread.html"
    path.write_text(out.getvalue(), encoding="utf-8")
    pg = browser.new_page()
    pg.goto(path.as_uri())
    marks = pg.locator("#axis .mark")
    assert marks.count() == 250
    marks.last.click()
    assert pg.locator(".pager .where").first.text_content() == "Page 3 of 3"
    assert pg.evaluate("location.hash") == "#ev-249"
    assert pg.locator("#ev-249").is_visible()
    marks.nth(150).focus()  # the keyboard: a mark is a button
    pg.keyboard.press("Enter")
    assert pg.locator(".pager .where").first.text_content() == "Page 2 of 3"
    assert pg.evaluate("location.hash") == "#ev-150"
    pg.close()
