"""Open and filter a large HTML export in headless Chromium (issue 21: ≤ 3 s for 10,000 events).

    python benchmarks/html_scale.py                   # 10,000 synthetic events, 1,700 actors
    python benchmarks/html_scale.py --events 50000
    python benchmarks/html_scale.py --json out.json   # the JSON of `timeline extract --format json`

Writes the page with `timeline`'s HTML exporter, opens it from a file in Debian's Chromium
(driven by playwright, no `playwright install`), and times: opening it until the first page of
events and the time axis are drawn; then a text filter, an actor filter and a date range, each
until the page shows its result. Also checks that the page made no request but for itself.
Exits 1 when opening plus the three filters take longer than --budget seconds (default 3).
"""

from __future__ import annotations

import argparse
import io
import json
import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from timeline.model import (  # noqa: E402
    Actor,
    ActorRef,
    Claim,
    DocDate,
    Document,
    Event,
    EventDate,
    Mention,
    Predicate,
    Timeline,
)
from timeline.render import render_timeline  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip

WORDS = (
    "government forces rebels city talks ceasefire evacuation convoy minister president army "
    "agreement border refugees aid council vote election protest attack strike officials capital "
    "province village hospital negotiations delegation embassy sanctions troops militia"
).split()
PLACES = ["Aleppo", "Astana", "Damascus", "Idlib", "Ankara", "Moscow", "Geneva", "Homs", "Raqqa", "Beirut"]


def synthetic(n_events: int, n_actors: int = 1700, n_docs: int = 300, seed: int = 0) -> Timeline:
    """A chronology shaped like a 300-article extraction: mostly day-precise dates over two
    years, some months and years, a tenth undated; 1-3 reports per event, 2-4 actors."""
    rng = random.Random(seed)
    docs = tuple(
        Document(
            id=f"doc-{k:04d}",
            text="",
            title=" ".join(rng.choice(WORDS) for _ in range(8)).capitalize(),
            url=f"https://example.org/{k}",
            source="Example News",
            date=DocDate((date(2016, 1, 1) + timedelta(days=rng.randrange(730))).isoformat(), "metadata", 1.0),
        )
        for k in range(n_docs)
    )
    names = [f"{rng.choice(WORDS).capitalize()} {rng.choice(WORDS).capitalize()} {k}" for k in range(n_actors)]
    events = []
    for k in range(n_events):
        day = date(2016, 1, 1) + timedelta(days=rng.randrange(730))
        kind = rng.random()
        if kind < 0.75:
            when = EventDate(
                day.isoformat(), day.isoformat(), day.isoformat(), day.isoformat(), "day", "Friday", "relative", 0
            )
        elif kind < 0.85:
            first = day.replace(day=1)
            last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
            when = EventDate(
                first.isoformat()[:7],
                first.isoformat()[:7],
                first.isoformat(),
                last.isoformat(),
                "month",
                "in May",
                "relative",
                0,
            )
        elif kind < 0.9:
            when = EventDate(
                str(day.year),
                str(day.year),
                f"{day.year}-01-01",
                f"{day.year}-12-31",
                "year",
                str(day.year),
                "absolute",
                0,
            )
        else:
            when = EventDate()
        sentence = " ".join(rng.choice(WORDS) for _ in range(30)).capitalize() + "."
        mentions = tuple(
            Mention(rng.choice(docs).id, rng.randrange(40), 10, 16, "talks", sentence) for _ in range(rng.randint(1, 3))
        )
        actors = tuple(
            ActorRef(rng.choice(names), "PERSON", rng.choice(["agent", "patient", "other"]))
            for _ in range(rng.randint(2, 4))
        )
        claims = (Claim("more than 6,400 people", 6400, "more than", actors[0].name),) if rng.random() < 0.1 else ()
        events.append(
            Event(
                id=f"ev-{k}",
                summary=" ".join(sentence.split()[:12]),
                date=when,
                predicate=Predicate("talk", "talks"),
                actors=actors,
                places=(rng.choice(PLACES),),
                mentions=mentions,
                sources=tuple(dict.fromkeys(m.doc for m in mentions)),
                claims=claims,
            )
        )
    actors = tuple(Actor(n, "PERSON", (n.split()[0],) if i % 10 == 0 else ()) for i, n in enumerate(names))
    return Timeline(documents=docs, events=tuple(events), actors=actors)


def load_json(path: str) -> Timeline:
    from timeline.pipeline import load_timeline_json

    with open(path, "rb") as stream:
        return load_timeline_json(stream, path)


def measure(html_path: Path, chromium: str, text: str, actor: str, since: str, until: str) -> dict[str, float]:
    from playwright.sync_api import sync_playwright

    url = html_path.as_uri()
    requests: list[str] = []
    errors: list[str] = []
    times: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as profile, sync_playwright() as p:
        browser = p.chromium.launch_persistent_context(
            profile, executable_path=chromium, args=CHROMIUM_ARGS, headless=True
        )
        page = browser.new_page()
        page.on("request", lambda r: requests.append(r.url))
        page.on("pageerror", lambda e: errors.append(str(e)))
        start = time.perf_counter()
        page.goto(url, wait_until="load", timeout=600_000)
        page.wait_for_selector("#chronology .event", timeout=600_000)
        page.wait_for_selector("#axis svg", state="attached", timeout=600_000)
        times["open"] = time.perf_counter() - start

        def timed(name: str, action) -> None:
            before = page.locator("#shown").text_content()
            start = time.perf_counter()
            action()
            page.wait_for_function(
                "before => document.getElementById('shown').textContent !== before", arg=before, timeout=600_000
            )
            times[name] = time.perf_counter() - start
            times[name + " shown"] = page.locator("#shown").text_content()  # type: ignore[assignment]

        timed("text filter", lambda: page.fill("#text-filter", text))
        timed("actor filter", lambda: page.fill("#actor-filter", actor))
        timed("clear filters", lambda: (page.fill("#text-filter", ""), page.fill("#actor-filter", "")))
        timed("date range", lambda: (page.fill("#date-from", since), page.fill("#date-to", until)))
        times["events in the DOM"] = page.locator(".event").count()
        browser.close()
    times["requests"] = [r for r in requests if r != url]  # type: ignore[assignment]
    times["errors"] = errors  # type: ignore[assignment]
    return times


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=10_000, help="synthetic events (default 10,000)")
    parser.add_argument("--actors", type=int, default=1_700, help="synthetic actors (default 1,700)")
    parser.add_argument("--json", help="use this `timeline extract --format json` output instead")
    parser.add_argument("--chromium", default=CHROMIUM, help=f"browser binary (default {CHROMIUM})")
    parser.add_argument("--budget", type=float, default=3.0, help="seconds allowed to open and filter (default 3)")
    parser.add_argument("--keep", help="also write the page here")
    args = parser.parse_args(argv)

    t0 = time.perf_counter()
    timeline = load_json(args.json) if args.json else synthetic(args.events, args.actors)
    out = io.StringIO()
    render_timeline(timeline, "html", out)
    html = out.getvalue()
    render_s = time.perf_counter() - t0
    actors = [a.name for a in sorted(timeline.actors, key=lambda a: -a.events)] or ["x"]
    dated = sorted(e.date.earliest for e in timeline.events if e.date.dated)
    since, until = (dated[len(dated) // 3], dated[len(dated) // 2]) if dated else ("2016-01-01", "2016-12-31")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "timeline.html"
        path.write_text(html, encoding="utf-8")
        if args.keep:
            Path(args.keep).write_text(html, encoding="utf-8")
        times = measure(path, args.chromium, "ceasefire", actors[min(5, len(actors) - 1)], since, until)
    total = times["open"] + times["text filter"] + times["actor filter"] + times["date range"]
    print(
        json.dumps(
            {
                "events": len(timeline.events),
                "actors": len(timeline.actors),
                "page MB": round(len(html.encode()) / 2**20, 2),
                "build s": round(render_s, 2),
                **{k: round(v, 3) if isinstance(v, float) else v for k, v in times.items()},
                "open + 3 filters s": round(total, 3),
                "budget s": args.budget,
            },
            indent=2,
            ensure_ascii=False,
        )
    )
    ok = total <= args.budget and not times["requests"] and not times["errors"]
    print("within budget, no requests" if ok else "NOT within budget, or requests/errors seen", file=sys.stderr)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
