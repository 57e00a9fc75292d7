"""Markdown chronology: a heading per date, one entry per event, sources as footnotes."""

from __future__ import annotations

import re
from typing import IO

from timeline.model import Document, Event, Timeline
from timeline.render.base import Options
from timeline.render.view import (
    UNDATED_HEADING,
    chronology,
    document_date,
    documents_by_id,
    evidence,
    headline,
    how_dated,
    one_line,
    plural,
    safe_url,
)

# CommonMark lets any ASCII punctuation be backslash-escaped; these are the ones that can start
# markup inside a line (emphasis, links, raw HTML, entities, table cells, code, strikethrough).
# "(" and "!" need no escape: they only matter after "]" or before "[", both escaped.
_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~&])")


def md_escape(text: str | None) -> str:
    """Article text as literal Markdown on one line: no raw HTML, links or emphasis survive."""
    return _SPECIAL.sub(r"\\\1", one_line(text))


def _footnotes(tl: Timeline) -> dict[str, int]:
    numbers: dict[str, int] = {}
    for d in tl.documents:
        numbers.setdefault(d.id, len(numbers) + 1)
    for e in tl.events:
        for s in e.sources:
            numbers.setdefault(s, len(numbers) + 1)
    return numbers


def _event(e: Event, notes: dict[str, int], explain: bool) -> list[str]:
    refs = "".join(f"[^{notes[s]}]" for s in e.sources)
    lines = [f"### {md_escape(headline(e))}{(' ' + refs) if refs else ''}", ""]
    how = how_dated(e.date)
    if how:
        lines.append(f"- **When:** {md_escape(how)}")
    if e.actors:
        actors = ", ".join(
            md_escape(a.name) + (f" ({md_escape(a.role)})" if a.role != "other" else "") for a in e.actors
        )
        lines.append(f"- **Actors:** {actors}")
    if e.places:
        lines.append(f"- **Places:** {', '.join(md_escape(p) for p in e.places)}")
    for c in e.claims:
        who = f" — {md_escape(c.source)}" if c.source else ""
        lines.append(f"- **Claim:** {md_escape(c.text)}{who}")
    # Every report's sentence, the one that gave the date first, each with its source's note:
    # a merged event is worth reading in each article's words.
    first = evidence(e)
    quoted: set[tuple[str, str]] = set()
    for mention in sorted(e.mentions, key=lambda m: m is not first):
        text = md_escape(mention.text)
        if not text or (mention.doc, text) in quoted:
            continue
        quoted.add((mention.doc, text))
        note = f" [^{notes[mention.doc]}]" if mention.doc in notes and len(e.mentions) > 1 else ""
        lines.append("")
        lines.append(f"> {text}{note}")
    if explain and e.explain:
        lines.append("")
        lines.append("<details><summary>Why these reports were merged</summary>")
        lines.append("")
        lines.extend(f"- {md_escape(x)}" for x in e.explain)
        lines.append("")
        lines.append("</details>")
    lines.append("")
    return lines


def _code(text: str) -> str:
    # Ids and paths read best as code; a backtick inside would end the span early.
    return "`" + one_line(text).replace("`", "'") + "`"


def _note(n: int, doc_id: str, docs: dict[str, Document]) -> str:
    doc = docs.get(doc_id)
    if doc is None:
        return f"[^{n}]: {_code(doc_id)}"
    parts = [f"*{md_escape(doc.title)}*" if doc.title else _code(doc.id)]
    if doc.source:
        parts.append(md_escape(doc.source))
    if doc.date.value:
        parts.append(md_escape(document_date(doc)))
    url = safe_url(doc.url)
    if url:
        # Angle-bracket autolinks end at '>' or a space, which percent-encoding removes.
        parts.append("<" + url.replace(" ", "%20").replace(">", "%3E").replace("<", "%3C") + ">")
    elif doc.path:
        parts.append(_code(doc.path))
    tail = f" — {_code(doc.id)}" if doc.title else ""
    return f"[^{n}]: " + ", ".join(parts) + tail


def timeline(tl: Timeline, out: IO[str], opts: Options) -> None:
    docs = documents_by_id(tl)
    notes = _footnotes(tl)
    groups, undated = chronology(tl.events)
    lines = [
        "# Timeline",
        "",
        f"{plural(len(tl.events), 'event')} ({len(tl.events) - len(undated)} dated, {len(undated)} undated) "
        f"from {plural(len(tl.documents), 'document')}.",
        "",
    ]
    for g in groups:
        lines += [f"## {md_escape(g.label)}", ""]
        for e in g.events:
            lines += _event(e, notes, opts.explain)
    if undated:
        lines += [f"## {UNDATED_HEADING}", ""]
        for e in undated:
            lines += _event(e, notes, opts.explain)
    used = {s for e in tl.events for s in e.sources}
    shown = [(n, d) for d, n in notes.items() if d in used]
    if shown:
        lines += ["## Sources", ""]
        lines += [_note(n, d, docs) for n, d in sorted(shown)]
        lines.append("")
    out.write("\n".join(lines).rstrip("\n") + "\n")
