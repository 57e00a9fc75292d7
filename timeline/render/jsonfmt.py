"""JSON (one document) and JSONL (one object a line) writers over the timeline/1 wire format."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import IO, Any

from timeline.model import Actor, TimeExpr, Timeline
from timeline.render.base import Options
from timeline.schema import actor_to_dict, event_to_dict, timeline_to_dict, timex_to_dict


def _dump(obj: Any, out: IO[str]) -> None:
    # ensure_ascii=False keeps names like "Erdoğan" readable for jq and editors.
    json.dump(obj, out, ensure_ascii=False, indent=2)
    out.write("\n")


def _lines(objs: Iterable[dict[str, Any]], out: IO[str]) -> None:
    for obj in objs:
        out.write(json.dumps(obj, ensure_ascii=False))
        out.write("\n")


def timeline(tl: Timeline, out: IO[str], opts: Options) -> None:
    _dump(timeline_to_dict(tl), out)


def timeline_lines(tl: Timeline, out: IO[str], opts: Options) -> None:
    _lines((event_to_dict(e) for e in tl.events), out)


def timexes(items: list[TimeExpr], out: IO[str], opts: Options) -> None:
    _dump([timex_to_dict(t) for t in items], out)


def timex_lines(items: list[TimeExpr], out: IO[str], opts: Options) -> None:
    _lines((timex_to_dict(t) for t in items), out)


def actors(items: list[Actor], out: IO[str], opts: Options) -> None:
    _dump([actor_to_dict(a) for a in items], out)


def actor_lines(items: list[Actor], out: IO[str], opts: Options) -> None:
    _lines((actor_to_dict(a) for a in items), out)
