import io
import re

import pytest
from render_fixtures import ACTORS, TIMELINE, TIMEXES

from timeline.render import render_actors, render_timeline, render_timexes
from timeline.render.view import UNDATED_HEADING

ANSI = re.compile(r"\x1b\[")


def _table(data=TIMELINE, fn=render_timeline, **kw) -> str:
    out = io.StringIO()
    fn(data, "table", out, **kw)
    return out.getvalue()


@pytest.mark.parametrize(
    ("fn", "data"), [(render_timeline, TIMELINE), (render_timexes, TIMEXES), (render_actors, ACTORS)]
)
@pytest.mark.parametrize("width", [80, 60, 120])
def test_render_table_fits_the_width_without_ansi_when_color_is_off(fn, data, width):
    text = _table(data, fn, color=False, width=width)
    assert not ANSI.search(text)
    assert max(len(line) for line in text.splitlines()) <= width


def test_render_table_color_on_emits_ansi():
    assert ANSI.search(_table(color=True, width=80))


def test_render_table_defaults_to_80_columns_when_not_a_terminal():
    text = _table(color=False)
    assert max(len(line) for line in text.splitlines()) == 80


def test_render_table_groups_by_date_with_precision_visible_and_undated_last():
    text = _table(color=False, width=80)
    order = [
        text.index(h)
        for h in (
            "2012 (year)",
            "15 December 2016",
            "16 December 2016",
            "January 2017 (month)",
            UNDATED_HEADING,
        )
    ]
    assert order == sorted(order)
    undated = text[text.index(UNDATED_HEADING) :]
    assert "Rebels agree to withdraw" in undated and "Putin plans" not in undated


def test_render_table_shows_actors_places_claims_and_source_titles():
    text = " ".join(_table(color=False, width=200).split())
    assert "actors: Vladimir Putin (agent), Syria (patient)" in text
    assert "place: Astana, Kazakhstan" in text
    assert "claim: more than 6,400 people — Russia's defence ministry" in text
    assert "sources: Putin plans Syria ceasefire as Aleppo evacuations gather pace; Rebels say" in text
    assert "when: “Friday” (relative to the article's date)" in text
    assert "4 dated, 2 undated" in text


def test_render_table_prints_article_markup_literally():
    # With color on, rich would interpret markup if article text were passed as markup.
    plain = re.sub(r"\x1b\[[0-9;]*m", "", _table(color=True, width=200))
    assert "[bold]not markup[/bold]" in plain
    assert "[red]Idlib[/red]" in plain


@pytest.mark.parametrize("explain", [True, False])
def test_render_table_explain_adds_merge_reasons(explain):
    text = _table(color=False, width=100, explain=explain)
    assert ("merged because:" in text) is explain
    assert ("dates overlap on 2016-12-16" in text) is explain


def test_render_table_timexes_one_table_per_document():
    text = _table(TIMEXES, render_timexes, color=False, width=80)
    assert text.index("guardian-aleppo") < text.index("Friday") < text.index("voa-astana") < text.index("January")
    assert "2017-01-01 → 2017-01-31" in text
    assert "DURATION" in text and "(unresolved)" in text


def test_render_table_actors_lists_aliases():
    text = _table(ACTORS, render_actors, color=False, width=120)
    assert re.search(r"Vladimir Putin\s+PERSON\s+1\s+Putin, Vladimir Vladimirovich Putin", text)


def test_render_table_color_none_lets_the_output_decide(monkeypatch):
    # A pipe or file is not a terminal: no colour unless FORCE_COLOR asks for it.
    assert not ANSI.search(_table(color=None))
    monkeypatch.setenv("FORCE_COLOR", "1")
    assert ANSI.search(_table(color=None))


def test_render_table_names_each_document_with_its_title_and_own_date():
    text = " ".join(_table(color=False, width=200).split())
    assert "Putin plans Syria ceasefire as Aleppo evacuations gather pace (guardian-aleppo)" in text
    assert "dated by its metadata: Fri 16 Dec 2016 (confidence 0.95)" in text
    assert "dated from its dateline: Fri 23 Dec 2016 (confidence 0.8)" in text
    assert text.index("guardian-aleppo") < text.index("16 December 2016 ")  # above the chronology


def test_render_table_undated_events_collapsed_to_a_count_on_request():
    listed = _table(color=False, width=200)
    counted = _table(color=False, width=200, undated=False)
    assert "Rebels agree to withdraw" in listed and "Rebels agree to withdraw" not in counted
    assert "2 undated events not listed; --undated lists them" in counted
