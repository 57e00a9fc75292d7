"""Read an HTML article: its main text without menus, scripts or styles, its title, URL, site and date.

Main text: the page's <article> (or schema.org articleBody, in microdata or RDFa / <main> / body) and
its headline, boilerplate elements removed, block elements turned into paragraphs separated by a
blank line, link-heavy blocks (menus), date lines and "Related"-style headings dropped.
"""

from __future__ import annotations

import json
import re
from typing import Any

from timeline.errors import InputError
from timeline.ingest.dates import normalize_date
from timeline.ingest.records import Record

_DROP_TAGS = (
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "iframe",
    "button",
    "select",
    "textarea",
    "figure",
    "menu",
    "dialog",
    "object",
    "embed",
    "canvas",
)
# Class/id words marking page furniture rather than the story.
_BOILERPLATE = re.compile(
    r"(?:^|[\s_-])(?:nav|navbar|menu|sidebar|footer|masthead|breadcrumbs?|share|sharing|social|comments?"
    r"|related(?:posts?|stories|articles|links|content)?|recommended|promo|advert|advertisement|ads?|cookie"
    r"|cookies|newsletter|subscribe|popup|modal|banner|byline|tags|skip-link)(?:$|[\s_-])",
    re.IGNORECASE,
)
_BLOCK_TAGS = {
    "p",
    "div",
    "section",
    "article",
    "main",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "blockquote",
    "pre",
    "table",
    "tr",
    "td",
    "th",
    "dd",
    "dt",
    "dl",
    "br",
    "hr",
    "address",
    "center",
}
# The whole text of a heading that introduces links to other stories, not the story.
_LIST_LABEL = re.compile(
    r"(?:related(?: (?:stories|articles|posts|content|coverage|links|topics))?|more on this (?:story|topic)"
    r"|more stories|read (?:more|next|also)|see also|further reading|you (?:may|might) also like"
    r"|recommended(?: for you)?|most (?:read|viewed|popular))\s*:?",
    re.IGNORECASE,
)
_DATE_META = (
    "article:published_time",
    "og:published_time",
    "og:article:published_time",
    "datepublished",
    "date",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "dc.date",
    "dc.date.issued",
    "dcterms.date",
    "dcterms.issued",
    "dcterms.created",
    "citation_publication_date",
    "article.published",
    "sailthru.date",
    "parsely-pub-date",
    "originalpublicationdate",
)
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def declared_charset(data: bytes) -> str | None:
    """The encoding an HTML page names in its <meta> (first 4 KB), if any."""
    m = _CHARSET.search(data[:4096])
    return m.group(1).decode("ascii") if m else None


def read_html(path: str, text: str) -> list[InputError | Record]:
    """The article in an HTML page as one Record (date_hint set from the page's metadata)."""
    from lxml import etree

    warnings: list[str] = []
    # lxml refuses str input that declares an encoding; the text is already decoded.
    source = re.sub(r"^\s*<\?xml[^>]*>", "", text)
    try:
        root, too_deep = _parse(source)
        if too_deep:
            # Deeper than libxml2 goes even with huge_tree (2048 levels): what lies past that
            # depth would be dropped. Nesting past MAX_DEPTH is flattened instead; the text stays.
            root, too_deep = _parse(flatten_nesting(source))
            if too_deep:
                warnings.append(f"HTML nested more than {MAX_DEPTH} levels deep: text past that depth dropped")
    except (etree.ParserError, ValueError) as e:
        return [InputError(f"unreadable HTML: {e}", path=path)]
    meta = _meta(root)
    title = meta.get("og:title") or meta.get("twitter:title") or _title(root)
    url = meta.get("og:url") or _canonical(root)
    date_hint = _page_date(root, meta)
    body = _main_text(root)
    return [
        Record(
            path=path,
            text=body,
            title=title,
            url=url,
            source=meta.get("og:site_name") or meta.get("application-name"),
            date_hint=date_hint,
            warnings=tuple(warnings),
        )
    ]


# libxml2 stops at 256 levels (2048 with huge_tree) and drops the rest of the page: 400 unclosed
# <font> tags lost paragraphs 254-399. Past MAX_DEPTH, opening tags are left out, keeping the text.
MAX_DEPTH = 1000
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]*)[^>]*?(/?)>")
# Elements that do not nest in practice: void ones, and those an HTML parser closes by itself
# when the next one opens (<p><p>, <li><li>).
_FLAT = frozenset("area base br col embed hr img input link meta source track wbr p li dt dd tr td th option".split())


def _parse(text: str):
    import lxml.html

    parser = lxml.html.HTMLParser(huge_tree=True)
    root = lxml.html.document_fromstring(text, parser=parser)
    too_deep = any("Excessive depth" in entry.message for entry in parser.error_log)
    return root, too_deep


def flatten_nesting(text: str, limit: int = MAX_DEPTH) -> str:
    """``text`` with the opening (and matching closing) tags past ``limit`` levels removed."""
    out: list[str] = []
    depth = 0
    dropped = 0
    pos = 0
    for m in _TAG.finditer(text):
        closing, name, self_closing = m.group(1), m.group(2).lower(), m.group(3)
        if name in _FLAT or self_closing:
            continue
        keep = True
        if closing:
            if dropped:
                dropped -= 1
                keep = False
            else:
                depth = max(0, depth - 1)
        elif depth >= limit:
            dropped += 1
            keep = False
        else:
            depth += 1
        if not keep:
            out.append(text[pos : m.start()])
            out.append(" ")
            pos = m.end()
    out.append(text[pos:])
    return "".join(out)


def _meta(root) -> dict[str, str]:
    found: dict[str, str] = {}
    for el in root.iter("meta"):
        key = el.get("property") or el.get("name") or el.get("itemprop") or el.get("http-equiv")
        content = el.get("content")
        if key and content and content.strip():
            found.setdefault(key.strip().lower(), content.strip())
    return found


def _title(root) -> str | None:
    el = root.find(".//title")
    if el is not None and el.text_content().strip():
        return " ".join(el.text_content().split())
    h1 = root.find(".//h1")
    return " ".join(h1.text_content().split()) or None if h1 is not None else None


def _canonical(root) -> str | None:
    for el in root.iter("link"):
        if (el.get("rel") or "").lower() == "canonical" and el.get("href"):
            return el.get("href").strip()
    return None


def _page_date(root, meta: dict[str, str]) -> str | None:
    for key in _DATE_META:
        if key in meta:
            value = normalize_date(meta[key])
            if value:
                return value
    for value in _jsonld_dates(root):
        normalized = normalize_date(value)
        if normalized:
            return normalized
    times = list(root.iter("time"))
    # A <time pubdate> or itemprop=datePublished is the page's own date; any other is a fallback.
    times.sort(key=lambda el: el.get("pubdate") is None and el.get("itemprop") != "datePublished")
    for el in times:
        value = normalize_date(el.get("datetime") or el.text_content())
        if value:
            return value
    return None


def _jsonld_dates(root) -> list[str]:
    dates: list[str] = []
    for el in root.iter("script"):
        if (el.get("type") or "").lower() != "application/ld+json":
            continue
        try:
            data = json.loads(el.text or "")
        except (json.JSONDecodeError, RecursionError):
            continue
        _collect(data, dates)
    return dates


def _collect(data: object, out: list[str]) -> None:
    if isinstance(data, list):
        for item in data:
            _collect(item, out)
    elif isinstance(data, dict):
        value = data.get("datePublished") or data.get("dateCreated")
        if isinstance(value, str):
            out.append(value)
        for key in ("@graph", "mainEntity", "mainEntityOfPage"):
            if key in data:
                _collect(data[key], out)


def _main_text(root) -> str:
    body = root.find("body")
    if body is None:
        body = root
    _keep_article_headlines(body)
    for el in list(body.iter(*_DROP_TAGS)):
        _remove(el)
    for el in list(body.iter()):
        if not isinstance(el.tag, str):  # comments, processing instructions
            _remove(el)
            continue
        marker = f"{el.get('class') or ''} {el.get('id') or ''} {el.get('role') or ''}"
        if el.tag not in ("body", "article", "main") and _BOILERPLATE.search(marker):
            _remove(el)
    container, headline = _container(body)
    blocks = _blocks(container)
    if headline and (not blocks or blocks[0] != headline):
        blocks.insert(0, headline)
    return "\n\n".join(blocks)


def _keep_article_headlines(body) -> None:
    """An <article>'s own <header> holds its headline with the byline and date: keep the h1 alone."""
    from lxml import etree

    for header in list(body.iter("header")):
        if next(header.iterancestors("article"), None) is None:
            continue
        h1 = header.find(".//h1")
        if h1 is not None:
            kept = etree.Element("h1")
            kept.text = h1.text_content()
            header.addprevious(kept)


def _is_article_body(el) -> bool:
    # schema.org articleBody as microdata (itemprop) or RDFa (property, maybe prefixed or a full IRI);
    # on a <meta> it holds the text in an attribute, not the story in the page.
    if el.tag in ("meta", "link"):
        return False
    names = f"{el.get('itemprop') or ''} {el.get('property') or ''}".split()
    return any(re.split(r"[/:#]", name)[-1] == "articleBody" for name in names)


def _container(body) -> tuple[Any, str | None]:
    """The element holding the story, and its headline when that lies just outside it."""
    articles = body.findall(".//article")
    marked = body.xpath(".//*[contains(@itemprop, 'articleBody') or contains(@property, 'articleBody')]")
    articles += [el for el in marked if _is_article_body(el)]
    if articles:
        chosen = max(articles, key=lambda el: len(el.text_content()))
        return chosen, _sibling_headline(chosen)
    main = body.find(".//main")
    if main is None:
        found = body.xpath(".//*[@role='main']")
        main = found[0] if found else None
    return (main if main is not None else body), None


def _sibling_headline(container) -> str | None:
    # An articleBody without its h1, in a section that opens with it (h1, byline, date, body).
    if container.tag == "article" or container.find(".//h1") is not None:
        return None
    for el in container.itersiblings(preceding=True):
        if el.tag == "h1":
            return " ".join(el.text_content().split()) or None
    return None


def _blocks(container) -> list[str]:
    blocks: list[str] = []
    current: list[str] = []
    # Characters of the current block inside links, and inside <time> elements.
    links = [0, 0]

    def flush() -> None:
        text = " ".join("".join(current).split())
        total = len(text)
        # A block that is mostly link text is a menu or a list of other stories; "Related", "Read
        # more" head other stories. One that is mostly a <time>, under the headline and before the
        # story, is its date line; further down it may date the paragraphs that follow it.
        if text and not (
            (links[0] / total > 0.6 and total < 400)
            or (links[1] / total > 0.5 and total < 100 and len(blocks) <= 1)
            or (total < 40 and _LIST_LABEL.fullmatch(text))
        ):
            blocks.append(text)
        current.clear()
        links[0] = links[1] = 0

    # Iterative, not recursive: pages nest thousands of levels deep, past Python's recursion limit.
    # The flags: inside a link, inside a <time>.
    stack: list[tuple[str, Any, bool, bool]] = [("enter", container, False, False)]
    while stack:
        action, el, in_link, in_time = stack.pop()
        if action == "tail":
            current.append(el.tail)
            if in_link or in_time:
                _count(links, el.tail, in_link, in_time)
            continue
        block = el.tag in _BLOCK_TAGS
        if action == "exit":
            if block:
                flush()
            continue
        text = el.text
        if block:
            flush()
        elif current and text and text[0].isupper() and current[-1][-1:].islower() and _abuts(el):
            current.append(" ")
        is_link = in_link or el.tag == "a"
        is_time = in_time or el.tag == "time"
        if text:
            current.append(text)
            if is_link or is_time:
                _count(links, text, is_link, is_time)
        stack.append(("exit", el, is_link, is_time))
        for child in reversed(el):
            if child.tail:
                stack.append(("tail", child, is_link, is_time))
            if isinstance(child.tag, str):
                stack.append(("enter", child, is_link, is_time))

    flush()
    return blocks


def _count(links: list[int], text: str, in_link: bool, in_time: bool) -> None:
    length = len(" ".join(text.split()))
    links[0] += length if in_link else 0
    links[1] += length if in_time else 0


def _abuts(el) -> bool:
    """Whether ``el`` follows a sibling of its kind with nothing between them.

    Its text then runs into the sibling's as one word ('SinjabMiddle'), but separate fields of a
    page (a byline's name and title in two spans) are laid out apart by its style sheet.
    """
    prev = el.getprevious()
    return prev is not None and prev.tag == el.tag and not prev.tail


def _remove(el) -> None:
    parent = el.getparent()
    if parent is None:
        return
    # Keep the tail: it is text of the parent that only follows the removed element.
    if el.tail:
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + el.tail
        else:
            parent.text = (parent.text or "") + el.tail
    parent.remove(el)
