"""Terminal output with rich: the chronology grouped by date, and tables of timexes and actors.

Article text always goes in as ``rich.text.Text``, never as markup, so "[bold]" in an article
prints literally.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import IO, Any

from rich import box
from rich.console import Console
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from timeline.model import Actor, Document, Event, StoredDocument, TimeExpr, Timeline
from timeline.render.base import Options
from timeline.render.view import (
    UNDATED_HEADING,
    chronology,
    document_date,
    documents_by_id,
    headline,
    how_dated,
    one_line,
    plural,
    printable,
    short_day,
    source_title,
)


def _console(out: IO[str], opts: Options) -> Console:
    if opts.color is False:
        # no_color alone still emits bold/underline codes; a non-terminal console emits none.
        return Console(
            file=out,
            width=opts.width or 80,
            force_terminal=False,
            color_system=None,
            highlight=False,
            emoji=False,
            soft_wrap=False,
        )
    return Console(file=out, width=opts.width, force_terminal=opts.color, highlight=False, emoji=False, soft_wrap=False)


def _field(name: str, value: str | Text, style: str = "") -> Text:
    t = Text(f"{name}: ", style="dim")
    t.append(value if isinstance(value, Text) else Text(value, style=style))
    return t


def _print_hanging(console: Console, text: Text, indent: int, hang: int) -> None:
    """Print ``text`` wrapped to the console width, continuation lines indented by ``hang`` more."""
    first = True
    for line in text.wrap(console, max(20, console.width - indent - hang)):
        line.rstrip()
        console.print(Text(" " * (indent if first else indent + hang)) + line, soft_wrap=True)
        first = False


def _event(console: Console, e: Event, docs: dict[str, Document], explain: bool) -> None:
    head = Text("• ", style="bold")
    head.append(headline(e), style="bold")
    _print_hanging(console, head, 2, 2)
    lines: list[Text] = []
    how = how_dated(e.date)
    if how:
        lines.append(_field("when", how))
    if e.actors:
        actors = Text()
        for i, a in enumerate(e.actors):
            if i:
                actors.append(", ")
            actors.append(one_line(a.name), style="cyan")
            if a.role != "other":
                actors.append(f" ({one_line(a.role)})", style="dim")
        lines.append(_field("actors", actors))
    if e.places:
        lines.append(_field("place", ", ".join(one_line(p) for p in e.places), "green"))
    for c in e.claims:
        claim = one_line(c.text) + (f" — {one_line(c.source)}" if c.source else "")
        lines.append(_field("claim", claim, "yellow"))
    if e.sources:
        lines.append(_field("sources", "; ".join(one_line(source_title(s, docs)) for s in e.sources)))
    for line in lines:
        _print_hanging(console, line, 4, 2)
    if explain and e.explain:
        _print_hanging(console, Text("merged because:", style="dim"), 4, 2)
        for x in e.explain:
            _print_hanging(console, Text(f"- {one_line(x)}", style="dim"), 6, 2)


# Up to this many documents are named under the summary line (title, id, own date); more would
# push the chronology off the first screen, and `timeline documents` lists them.
DOCUMENTS_LISTED = 10


def _documents(console: Console, documents: Sequence[Document]) -> None:
    if len(documents) > DOCUMENTS_LISTED:
        console.print(Text(f"  {len(documents):,} documents: 'timeline documents' lists them", style="dim"))
        return
    for d in documents:
        line = Text("  ")
        line.append(one_line(d.title) or one_line(d.id), style="bold" if d.title else "")
        if d.title:
            line.append(f" ({one_line(d.id)})", style="dim")
        _print_hanging(console, line, 0, 4)
        _print_hanging(console, Text(document_date(d), style="dim" if d.date.value else "yellow"), 4, 2)


def _heading(label: str, count: int) -> Rule:
    title = Text(one_line(label), style="bold magenta")
    title.append(f"  {plural(count, 'event')}", style="dim")
    return Rule(title, align="left", style="magenta")


def timeline(tl: Timeline, out: IO[str], opts: Options) -> None:
    console = _console(out, opts)
    docs = documents_by_id(tl)
    groups, undated = chronology(tl.events)
    summary = Text(
        f"{plural(len(tl.events), 'event')} ({len(tl.events) - len(undated)} dated, {len(undated)} undated) "
        f"from {plural(len(tl.documents), 'document')}",
        style="bold",
    )
    console.print(summary)
    _documents(console, tl.documents)
    for g in groups:
        console.print(_heading(g.label, len(g.events)))
        for e in g.events:
            _event(console, e, docs, opts.explain)
    if undated and not opts.undated:
        # Hundreds of fragments would bury the chronology: a count and how to see them.
        console.print(_heading(UNDATED_HEADING, len(undated)))
        console.print(Text(f"  {plural(len(undated), 'undated event')} not listed; --undated lists them", style="dim"))
    elif undated:
        console.print(_heading(UNDATED_HEADING, len(undated)))
        for e in undated:
            _event(console, e, docs, opts.explain)


def _table(
    columns: Iterable[tuple[str, dict[str, Any]]],
    rows: Iterable[Iterable[str]],
    console: Console,
    title: str | None = None,
) -> None:
    table = Table(
        box=box.SIMPLE_HEAD,
        show_edge=False,
        pad_edge=False,
        # A Text, not a str: a str title is rich markup ("[link=...]", "[/x]" in a file name).
        title=Text(one_line(title)) if title else None,
        title_justify="left",
        title_style="bold",
    )
    for name, kw in columns:
        table.add_column(name, **kw)
    for row in rows:
        table.add_row(*(Text(printable(cell)) for cell in row))
    console.print(table)


def timexes(items: list[TimeExpr], out: IO[str], opts: Options) -> None:
    console = _console(out, opts)
    columns: list[tuple[str, dict[str, Any]]] = [
        ("span", {"no_wrap": True}),
        ("text", {"ratio": 1, "min_width": 8, "overflow": "fold"}),
        ("type", {"no_wrap": True}),
        ("value", {"overflow": "fold", "max_width": 16}),
        ("interval", {"min_width": 10, "overflow": "fold"}),
        ("precision", {"no_wrap": True}),
    ]
    docs: dict[str, list[TimeExpr]] = {}
    for t in items:
        docs.setdefault(t.doc, []).append(t)
    for i, (doc, group) in enumerate(docs.items()):
        if i:
            console.print()
        rows = (
            (
                f"{t.start}-{t.end}",
                one_line(t.text),
                t.type,
                t.value,
                _interval(t.earliest, t.latest),
                t.precision + (f"\n({t.resolution})" if t.resolution != "absolute" else ""),
            )
            for t in group
        )
        _table(columns, rows, console, title=doc or None)
    if not items:
        console.print("no temporal expressions found")


def _interval(earliest: str | None, latest: str | None) -> str:
    if not earliest:
        return "—"
    return earliest if not latest or latest == earliest else f"{earliest} → {latest}"


def documents(items: list[StoredDocument], out: IO[str], opts: Options) -> None:
    columns: list[tuple[str, dict[str, Any]]] = [
        ("id", {"overflow": "fold", "max_width": 24}),
        ("title", {"ratio": 1, "overflow": "fold"}),
        ("date", {"no_wrap": True}),
        ("from", {"no_wrap": True}),
        ("events", {"justify": "right", "no_wrap": True}),
    ]

    def origin(d: Document) -> str:
        if not d.date.value:
            return "—"
        return d.date.origin + (f" ({d.date.confidence:g})" if d.date.confidence < 1 else "")

    rows = (
        (one_line(d.id), one_line(d.title) or "—", short_day(d.date.value) or "none found", origin(d), str(i.events))
        for i in items
        for d in (i.document,)
    )
    console = _console(out, opts)
    _table(columns, rows, console)
    undated = sum(1 for i in items if not i.document.date.value)
    if not items:
        console.print("no documents stored")
    elif undated:
        console.print(
            Text(
                f"{plural(undated, 'document')} without a date: relative dates in "
                f"{'it' if undated == 1 else 'them'} stay unresolved; give one with "
                "'timeline documents --set-date ID DATE'",
                style="dim",
            )
        )


def actors(items: list[Actor], out: IO[str], opts: Options) -> None:
    columns: list[tuple[str, dict[str, Any]]] = [
        ("name", {"ratio": 2, "overflow": "fold"}),
        ("type", {"no_wrap": True}),
        ("events", {"justify": "right", "no_wrap": True}),
        ("aliases", {"ratio": 3, "overflow": "fold"}),
    ]
    rows = ((one_line(a.name), a.type, str(a.events), ", ".join(one_line(x) for x in a.aliases)) for a in items)
    _table(columns, rows, _console(out, opts))
