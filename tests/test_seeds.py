"""The seeds as a user checks them: dates, merged events, undated ones, actor filter, re-runs."""

import json

import pytest
from click.testing import CliRunner

from timeline.cli import cli

pytestmark = pytest.mark.slow

SEED_000 = "000_58af670faad38b86"
SEED_001 = "001_02db8b5d66b213b1"


def run(args, **kw):
    result = CliRunner().invoke(cli, args, catch_exceptions=False, **kw)
    assert result.exit_code == 0, result.stderr
    return result


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("seeds")
    db = str(tmp / "t.db")
    from conftest import SEEDS

    first = run(["extract", str(SEEDS), "--db", db, "--format", "json"])
    second = run(["extract", str(SEEDS), "--db", db, "--format", "json"])
    return {"db": db, "first": first, "second": second, "data": json.loads(first.stdout), "seeds": SEEDS}


def events_with(data, *, trigger=None, doc=None, actor=None):
    out = []
    for e in data["events"]:
        if trigger and not any(m["trigger"].lower() == trigger for m in e["mentions"]):
            continue
        if doc and doc not in e["sources"]:
            continue
        if actor and not any(a["name"] == actor for a in e["actors"]):
            continue
        out.append(e)
    return out


def test_seeds_article_dates(extracted):
    docs = {d["id"]: d["date"] for d in extracted["data"]["documents"]}
    assert docs[SEED_001]["value"] == "2016-12-23"
    assert docs[SEED_001]["origin"] == "text"
    assert docs[SEED_000] == {"value": None, "origin": "none", "confidence": 0.0}
    warnings = [line for line in extracted["first"].stderr.splitlines() if line.startswith("warning:")]
    assert len(warnings) == 1 and SEED_000 in warnings[0] and "--ref-date" in warnings[0]


def test_seeds_putin_announces_astana_talks_on_friday(extracted):
    found = [
        e
        for e in events_with(extracted["data"], doc=SEED_001, actor="Vladimir Putin")
        if e["date"]["value"] == "2016-12-23" and "Astana" in " ".join(m["text"] for m in e["mentions"])
    ]
    assert found


def test_seeds_photo_captions_are_no_rows(extracted):
    """ "Evacuees ... ride a bus ..., Dec. 22, 2016." and "... since Thursday (Reuters)" are captions."""
    texts = [m["text"] for e in extracted["data"]["events"] for m in e["mentions"]]
    assert not [t for t in texts if "ride a bus" in t or t.rstrip().endswith("(Reuters)")]


def test_seeds_russian_president_is_putin(extracted):
    """Seed 000 calls him only "the Russian president"; seed 001 "Russian President Vladimir Putin"."""
    said = [
        e for e in extracted["data"]["events"] if any("the Russian president said" in m["text"] for m in e["mentions"])
    ]
    assert said and all("Vladimir Putin" in {a["name"] for a in e["actors"]} for e in said)
    assert "Russian president" not in {a["name"] for a in extracted["data"]["actors"]}


@pytest.mark.parametrize(
    "trigger, needle",
    [("warned", "Geneva"), ("left", "34,000")],
)
def test_seeds_thursday_events_fall_on_december_22(extracted, trigger, needle):
    found = [
        e
        for e in events_with(extracted["data"], trigger=trigger, doc=SEED_001)
        if any(needle in m["text"] for m in e["mentions"])
    ]
    assert found, trigger
    assert all(e["date"]["value"] == "2016-12-22" and e["date"]["precision"] == "day" for e in found)


def test_seeds_red_cross_figure_is_a_claim(extracted):
    claims = [c for e in extracted["data"]["events"] for c in e["claims"] if c["value"] == 34000]
    assert claims and claims[0]["source"] == "International Committee of the Red Cross"


def test_seeds_astana_talks_are_one_january_event_from_both_articles(extracted):
    found = [
        e
        for e in extracted["data"]["events"]
        if e["date"]["value"] == "2017-01" and any("Astana" in m["text"] for m in e["mentions"])
    ]
    assert len(found) == 1
    assert found[0]["date"]["precision"] == "month"
    assert set(found[0]["sources"]) == {SEED_000, SEED_001}


def test_seeds_astana_talks_are_not_listed_again_undated(extracted):
    """Seed 001 names the talks twice ("agreed to hold peace discussions in ... Astana", then "The
    peace talks in Astana are expected to be held in January"): one planned happening, one row."""
    planned = [
        e
        for e in extracted["data"]["events"]
        if e["factuality"] == "planned" and any("Astana" in m["text"] for m in e["mentions"])
    ]
    assert len(planned) == 1
    assert {m["trigger"] for m in planned[0]["mentions"]} == {"talks", "discussions"}


def test_seeds_full_control_since_2012_is_not_dated_2012(extracted):
    """ "has full control ... for the first time since 2012" is a state (the happening is the
    recapture, in December 2016): never a row dated 2012."""
    found = [e for e in extracted["data"]["events"] if any("since 2012" in m["text"] for m in e["mentions"])]
    assert all(e["date"]["value"] != "2012" for e in found)


def test_seeds_undated_article_events_stay_undated_in_narrative_order(extracted):
    only_000 = [e for e in extracted["data"]["events"] if e["sources"] == [SEED_000]]
    assert only_000
    assert all(e["date"]["earliest"] is None for e in only_000)
    starts = [e["mentions"][0]["start"] for e in only_000]
    assert starts == sorted(starts)
    dated = [e["date"]["earliest"] is not None for e in extracted["data"]["events"]]
    assert dated == sorted(dated, reverse=True), "undated events come after the dated ones"


def test_seeds_rerun_does_no_nlp_work_and_gives_the_same_json(extracted):
    assert "2 analysed" in extracted["first"].stderr
    assert "0 analysed, 2 unchanged" in extracted["second"].stderr
    assert extracted["second"].stdout == extracted["first"].stdout


def test_seeds_show_actor_putin_lists_only_putin_events_from_both_articles(extracted):
    result = run(["show", "--db", extracted["db"], "--actor", "putin", "--format", "json"])
    data = json.loads(result.stdout)
    assert data["events"]
    assert all(any(a["name"] == "Vladimir Putin" for a in e["actors"]) for e in data["events"])
    assert {s for e in data["events"] for s in e["sources"]} == {SEED_000, SEED_001}


def test_seeds_show_from_stdin_round_trips(extracted):
    result = run(["show", "-", "--format", "json"], input=extracted["first"].stdout)
    assert json.loads(result.stdout) == extracted["data"]
    filtered = run(["show", "-", "--actor", "Putin", "--format", "json"], input=extracted["first"].stdout)
    stored = run(["show", "--db", extracted["db"], "--actor", "Putin", "--format", "json"])
    assert json.loads(filtered.stdout) == json.loads(stored.stdout)


def test_seeds_with_a_date_for_the_undated_article(extracted, tmp_path):
    dates = tmp_path / "dates.csv"
    dates.write_text(f"{SEED_000},2016-12-16\n")
    result = run(["extract", str(extracted["seeds"]), "--no-store", "--dates", str(dates), "--format", "json"])
    data = json.loads(result.stdout)
    began = [e for e in events_with(data, trigger="evacuations", doc=SEED_000)]  # "The evacuations began on Thursday"
    assert began and began[0]["date"]["value"] == "2016-12-15"
    # published Dec 16, "Putin said he had agreed with ... Erdogan" is not the Dec 23 agreement
    agreed = [e for e in events_with(data, trigger="agreed") if e["date"]["value"] == "2016-12-23"]
    assert agreed and all(e["sources"] == [SEED_001] for e in agreed)
    putin = [e for e in events_with(data, doc=SEED_000, actor="Vladimir Putin") if e["date"]["value"] == "2016-12-16"]
    assert putin, "Putin's statements fall on the article's date"
    # the chronology is ordered by the end of each date's interval (a year ends after its days)
    order = [e["date"]["latest"] for e in data["events"] if e["date"]["earliest"]]
    assert order == sorted(order)
    docs_in_order = [e["sources"][0] for e in data["events"] if e["date"]["earliest"]]
    assert docs_in_order.index(SEED_000) < docs_in_order.index(SEED_001) < len(docs_in_order)


def test_seeds_narrative_dating_is_the_default_and_explicit_dates_only_keeps_them_undated(extracted):
    data = extracted["data"]
    inferred = [e for e in data["events"] if e["date"]["resolution"] == "inferred"]
    assert inferred
    assert all(e["date"]["earliest"] for e in inferred)
    explicit = json.loads(
        run(["extract", str(extracted["seeds"]), "--no-store", "--explicit-dates-only", "--format", "json"]).stdout
    )
    assert not [e for e in explicit["events"] if e["date"]["resolution"] == "inferred"]
    undated = lambda d: sum(1 for e in d["events"] if not e["date"]["earliest"])  # noqa: E731
    assert undated(data) < undated(explicit)
    # the old opt-in flag is still accepted and changes nothing
    again = json.loads(
        run(["extract", str(extracted["seeds"]), "--no-store", "--infer-dates", "--format", "json"]).stdout
    )
    assert [e["date"] for e in again["events"]] == [e["date"] for e in data["events"]]


def test_seeds_conflicting_evacuation_figures_are_kept_with_their_sources(extracted):
    claims = {(c["value"], c["source"]) for e in extracted["data"]["events"] for c in e["claims"]}
    assert (6400, "Russia's defence ministry") in claims
    assert (8000, "Turkey") in claims
    assert (7000, "Mevlut Cavusoglu") in claims


def test_seeds_each_mention_keeps_its_own_date_and_a_borrowed_date_says_merged(extracted):
    """Seed 000 does not date the Astana talks; seed 001 says January: the event is dated January,
    marked 'merged', and seed 000's mention keeps no date of its own."""
    talks = [e for e in extracted["data"]["events"] if e["date"]["value"] == "2017-01" and len(e["sources"]) == 2]
    assert talks
    (event,) = talks
    assert event["date"]["resolution"] == "merged"
    own = {m["doc"]: m["date"] for m in event["mentions"]}
    assert own[SEED_000] is None and own[SEED_001]["earliest"] == "2017-01-01"
