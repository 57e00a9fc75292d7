"""One self-contained offline HTML page: the chronology a page at a time, a time axis, filters by
actor, text and date range, and the source sentences of the events shown.

Article text travels as JSON in a ``<script type="application/json">`` block (with ``<``, ``>``
and ``&`` escaped) and is put in the DOM with ``textContent``; a CSP allowing only this page's
own script and style (by hash) and no network keeps injected markup inert.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from collections import Counter
from importlib import resources
from typing import IO, Any

from timeline.model import Event, Mention, Timeline
from timeline.render.base import Options
from timeline.render.view import (
    UNDATED_HEADING,
    actor_names,
    chronology,
    date_label,
    document_date,
    documents_by_id,
    headline,
    how_dated,
    one_line,
    plural,
    safe_url,
    source_title,
)

_PLACEHOLDER = re.compile(r"\{\{(csp|style|script|data)\}\}")


def _template(name: str) -> str:
    return resources.files("timeline.render").joinpath("templates", name).read_text(encoding="utf-8")


def _sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def script_json(obj: Any) -> str:
    """JSON safe inside a <script> element: no '</script>', '<!--' or entity can form."""
    text = json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
    return (
        text.replace("&", "\\u0026")
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def _split(m: Mention) -> tuple[str, str, str]:
    """The sentence cut around its trigger word, so the page can highlight it."""
    sentence = one_line(m.text)
    trigger = one_line(m.trigger)
    i = sentence.find(trigger) if trigger else -1
    if i < 0:
        return sentence, "", ""
    return sentence[:i], trigger, sentence[i + len(trigger) :]


def _event(index: int, e: Event, first_note: int) -> dict[str, Any]:
    mentions: list[dict[str, Any]] = []
    for n, m in enumerate(e.mentions, start=first_note):
        before, trigger, after = _split(m)
        mentions.append({"n": n, "doc": m.doc, "before": before, "trigger": trigger, "after": after})
    summary = headline(e)
    claims = [one_line(c.text) + (f" — {one_line(c.source)}" if c.source else "") for c in e.claims]
    return {
        "index": index,
        "id": e.id,
        "summary": summary,
        "date_label": date_label(e.date) if e.date.dated else UNDATED_HEADING,
        "how": how_dated(e.date),
        "precision": e.date.precision,
        # The date filter and the time axis: the interval the date denotes (ISO days; null: undated).
        "earliest": e.date.earliest,
        "latest": e.date.latest or e.date.earliest,
        "actors": [{"name": a.name, "role": a.role} for a in e.actors],
        "actor_names": actor_names(e),
        "places": [one_line(p) for p in e.places],
        "claims": claims,
        "mentions": mentions,
        "explain": [one_line(x) for x in e.explain],
    }


def page_data(tl: Timeline) -> dict[str, Any]:
    """What the page script renders: events in chronological order, their date groups, the
    documents they cite (once each, not once per mention) and the actors' aliases (the text
    filter finds "Assad" in events whose actor is listed as "Bashar al-Assad"). The page builds
    its search text from these; nothing is sent twice."""
    docs = documents_by_id(tl)
    groups, undated = chronology(tl.events)
    ordered = [e for g in groups for e in g.events] + undated
    events = []
    note = 1  # sources are numbered across the page, in chronological order
    cited: dict[str, dict[str, Any]] = {}
    for i, e in enumerate(ordered):
        events.append(_event(i, e, note))
        note += len(e.mentions)
        for m in e.mentions:
            if m.doc not in cited:
                doc = docs.get(m.doc)
                cited[m.doc] = {
                    "title": source_title(m.doc, docs),
                    "meta": ", ".join(x for x in (doc.source, doc.date.value and document_date(doc)) if x)
                    if doc
                    else "",
                    "url": safe_url(doc.url) if doc else None,
                }
    out_groups: list[dict[str, Any]] = []
    i = 0
    for g in groups:
        out_groups.append({"label": g.label, "undated": False, "events": list(range(i, i + len(g.events)))})
        i += len(g.events)
    if undated:
        out_groups.append({"label": UNDATED_HEADING, "undated": True, "events": list(range(i, i + len(undated)))})
    counts = Counter(name for e in ordered for name in actor_names(e))
    return {
        "summary": f"{plural(len(ordered), 'event')} ({len(ordered) - len(undated)} dated, {len(undated)} undated) "
        f"from {plural(len(tl.documents), 'document')}",
        "groups": out_groups,
        "events": events,
        "documents": cited,
        "actors": sorted(counts, key=lambda n: (-counts[n], n.lower())),
        "aliases": {a.name: list(a.aliases) for a in tl.actors if a.aliases and a.name in counts},
    }


def render_page(tl: Timeline) -> str:
    style = _template("page.css")
    script = _template("page.js")
    csp = (
        "default-src 'none'; "
        f"script-src {_sha256(script)}; style-src {_sha256(style)}; "
        "img-src 'none'; base-uri 'none'; form-action 'none'"
    )
    values = {"csp": csp, "style": style, "script": script, "data": script_json(page_data(tl))}
    # One pass, so text substituted for one placeholder is never scanned for another.
    return _PLACEHOLDER.sub(lambda m: values[m.group(1)], _template("page.html"))


def timeline(tl: Timeline, out: IO[str], opts: Options) -> None:
    out.write(render_page(tl))
