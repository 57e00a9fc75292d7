"""extract/dating.py: the date of an event from its own expression, its verb's, or the story."""

from __future__ import annotations

import pytest

from tests.extract.parsed import parsed, spans_seen, token
from timeline.extract.dating import TimexIndex, event_date, lead_ranks, own_expression

pytestmark = pytest.mark.slow


def dated(text: str, trigger: str, ref: str = "2016-12-20"):
    document, doc, timexes = parsed(text, ref)
    index = TimexIndex(doc, timexes, document.date.value)
    head = token(doc, trigger)
    rank = lead_ranks(list(doc.sents))[list(doc.sents).index(head.sent)]
    when = event_date(head, index, rank, document.date.value)
    return when, own_expression(head, index)


@pytest.mark.parametrize(
    ("text", "trigger", "earliest", "latest"),
    [
        ("Putin met Erdogan on Friday.", "met", "2016-12-16", "2016-12-16"),  # the Friday before Tuesday 20th
        ("The minister will visit China next week.", "visit", "2016-12-26", "2017-01-01"),
    ],
)
def test_dating_an_event_takes_its_own_expression(text, trigger, earliest, latest):
    when, own = dated(text, trigger)
    assert (when.earliest, when.latest, when.resolution) == (earliest, latest, "relative")
    assert own is not None


def test_dating_a_clock_written_the_agency_way_dates_its_clause():
    # "06h30 GMT" is how the AFP writes 06:30 GMT: a time of the story's day, not a word
    when, own = dated("The border crossing was shut at around 06h30 GMT.", "shut")
    assert (when.earliest, when.latest) == ("2016-12-20", "2016-12-20")
    assert own is not None


def test_dating_a_noun_event_takes_the_date_of_the_verb_it_occurs_with():
    when, own = dated("The evacuation of Aleppo began on Thursday, the Red Cross said.", "evacuation")
    assert own is None  # no expression of its own
    assert (when.earliest, when.latest) == ("2016-12-15", "2016-12-15")


def test_dating_lead_ranks_count_the_full_sentences_before():
    _, doc, _ = parsed("Syria talks set for Astana\nRussia said so on Tuesday. Turkey agreed. Iran too.")
    assert lead_ranks(list(doc.sents)) == [0, 0, 1, 2]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("When the reporter approached him at a party in February, the mayor insulted him.", "insulted"),
        ("The mayor insulted the reporter when they met at a party in February.", "insulted"),
    ],
)
def test_dating_a_clause_takes_the_time_of_its_when_clause(text, trigger):
    when, own = dated(text, trigger)
    assert own is None
    assert (when.earliest, when.latest) == ("2016-02-01", "2016-02-29")


def test_dating_a_because_clause_does_not_date_its_main_clause():
    when, _ = dated("A reporter asked the mayor for a comment because he had met him in February.", "asked")
    # the lead's day (the article's), not the reason's month
    assert (when.earliest, when.latest, when.resolution) == ("2016-12-20", "2016-12-20", "reference")


@pytest.mark.parametrize(
    ("text", "trigger", "earliest"),
    [
        # the stretch that ends on the article's day (2016-12-20), not the calendar year before it
        ("The scientists have found 52 new species in the past year alone.", "found", "2015-12-20"),
        ("Raul Castro has reached out to the United States in the past four months.", "reached", "2016-08-20"),
        ("Sales fell sharply over the last two weeks.", "fell", "2016-12-06"),
    ],
)
def test_dating_a_stretch_looked_back_on_ends_on_the_article_day(text, trigger, earliest):
    when, own = dated(text, trigger)
    assert own is not None
    assert (when.earliest, when.latest, when.precision) == (earliest, "2016-12-20", "none")


def test_dating_last_year_is_still_the_calendar_year():
    when, _ = dated("The team won the title last year.", "won")
    assert (when.earliest, when.latest) == ("2015-01-01", "2015-12-31")


def test_dating_a_noun_event_takes_the_date_of_the_verb_that_stages_it():
    # "hold" is the infinitive of an intention: its own clause dates the rally, not the planning
    when, own = dated("Anti-racist groups plan to hold a rally Sunday in the port of Brindisi.", "rally")
    assert own is None
    assert (when.earliest, when.latest) == ("2016-12-25", "2016-12-25")


def test_dating_a_year_on_what_a_clause_acts_on_is_not_its_date():
    _, own = dated("Parliament plans to revise the 1952 land law.", "revise")
    assert own is None
    when, own = dated("The patriot died in the 1922 civil war.", "died")
    assert own is not None and when.earliest == "1922-01-01"


LISTED_VISITS = (
    "The royal yacht docked in Valletta on Tuesday for a three-day stay.\n\n"
    "The yacht has often called at the island. Its earlier calls were these.\n\n"
    "-- June 1994\n\n"
    "The yacht anchored off Gozo and the queen dined with the governor.\n\n"
    "-- March 2001\n\n"
    "The queen opened a children's hospital in Mdina.\n\n"
)


def test_a_time_on_a_line_of_its_own_dates_the_paragraph_under_it():
    got = spans_seen(LISTED_VISITS, "2016-12-20")
    assert got["anchored"] == ("1994-06-01", "1994-06-30")
    assert got["opened"] == ("2001-03-01", "2001-03-31")


def test_a_time_that_ends_a_line_of_words_is_no_heading():
    document, doc, timexes = parsed("The yacht sailed for Gozo on Tuesday\nand anchored there.", "2016-12-20")
    index = TimexIndex(doc, timexes, document.date.value)
    assert all(index.heading(sent) is None for sent in doc.sents)


def test_a_participle_joined_to_a_past_is_told_on_its_day():
    # the auxiliary left out after "and": "14 wounded" is of the storming's Monday, as "killed" is
    got = spans_seen(
        "Gunmen stormed a hotel in the capital on Monday.\n"
        "Nine guests were killed and 14 wounded when the attackers opened fire in the lobby.\n"
        "Police had sealed and searched the building before dawn.",
        "2016-12-20",
    )
    assert got["wounded"] == got["killed"] == ("2016-12-19", "2016-12-19")
    assert got["searched"] == (None, None)  # joined to a past perfect: before the story's day


def test_an_assurance_is_dated_as_a_statement():
    # "assured" tells what the mayor said, by the time the article was written
    got = spans_seen(
        "The harbour strike ended on Sunday.\n"
        "The port would reopen within a day, the mayor assured a crowd of traders.",
        "2016-12-20",
    )
    assert got["assured"] == ("2016-12-20", "2016-12-20")


@pytest.mark.parametrize(
    "sentence",
    [
        "The cyclone, which struck the northern coast before dawn Saturday, flattened two fishing ports.",
        "Militiamen raided the camp shortly before dawn on Saturday.",
        "Gunmen fired on the convoy after dusk on Saturday.",
    ],
)
def test_an_edge_of_a_day_dates_the_clause_on_that_day(sentence):
    # "before dawn Saturday" is early on Saturday: not a bound, and not the day the story was filed
    got = spans_seen(sentence, "2016-12-20")
    verb = next(v for v in got if v in ("struck", "raided", "fired"))
    assert got[verb] == ("2016-12-17", "2016-12-17")


def test_a_when_clause_on_a_time_dates_what_it_began_doing():
    # "in March, when the river began rising": the rising began then (the gerund after "began")
    got = spans_seen("Farmers left the valley in March, when the river began rising over the dykes.", "2016-12-20")
    assert got["rising"] == ("2016-03-01", "2016-03-31")


def test_a_statement_made_at_the_time_is_not_dated_the_article_day():
    # "told ... at the time": then, when the story's earlier happening took place, not on publication
    got = spans_seen(
        "A ferry sank off the Greek coast on March 3.\n"
        "A Greek coast guard official told AFP at the time that the ship's papers were missing.",
        "2016-12-20",
    )
    assert got["told"] != ("2016-12-20", "2016-12-20")


def test_a_nouns_verb_is_found_once_and_kept_as_an_index():
    from timeline.extract.dating import _noun_verb
    from timeline.nlp.doctables import tables

    _, doc, _ = parsed("The evacuations began on Monday and the talks were held in Oslo after a long delay.")
    evacuations, talks, delay, began = (token(doc, w) for w in ("evacuations", "talks", "delay", "began"))
    assert _noun_verb(evacuations).text == "began"
    assert _noun_verb(talks).text == "held"
    assert _noun_verb(delay) is None
    assert _noun_verb(began) is began  # a verb is its own
    kept = tables(doc).memo["noun_verb"]
    assert kept == {evacuations.i: began.i, talks.i: talks.i + 2, delay.i: None}
    assert _noun_verb(talks).text == "held" and _noun_verb(delay) is None  # read from what is kept


def test_dating_a_clause_with_no_time_among_its_words_is_found_so_without_a_search():
    # _timed_below: the words from a head's left edge to its right one hold no expression, so
    # neither its clause nor any clause below it has one of its own (the search is skipped)
    from timeline.extract.dating import _in_clause, _search_clause, _timed_below

    document, doc, timexes = parsed(
        "The talks ended on Friday. The army withdrew and the rebels, who had held the town since May, left.",
        "2016-12-20",
    )
    index = TimexIndex(doc, timexes, document.date.value)
    ended, withdrew, held, left = (token(doc, w) for w in ("ended", "withdrew", "held", "left"))
    assert _timed_below(ended, index) and _in_clause(ended, index) is not None
    assert _timed_below(held, index) and _timed_below(left, index)  # "since May" below the rebels
    assert not _timed_below(withdrew.doc[withdrew.i - 1], index)  # "army"
    for head in doc:
        if not _timed_below(head, index):
            assert _search_clause(head, index) is None and _in_clause(head, index) is None


def _covering(index: TimexIndex, idx: list[int]) -> dict[int, object]:
    """The tokens each expression covers as the index defines it: a token's expression is the one
    starting last at or before its first character, if that one covers the character."""
    from bisect import bisect_right

    out: dict[int, object] = {}
    for i, at in enumerate(idx):
        j = bisect_right(index._starts, at) - 1
        if j >= 0 and index.usable[j].start <= at < index.usable[j].end:
            out[i] = index.usable[j]
    return out


@pytest.mark.parametrize(
    "text",
    [
        "Officials said on Monday that talks held in March 2015 and again last week had failed.",
        "Two days later, on 3 May, the rebels left. They came back in the first nine months of 2005.",
    ],
)
def test_dating_index_maps_each_token_to_the_expression_covering_it(text):
    # the tokens are mapped expression by expression: the same tokens, in the same order, as a
    # look-up for every token of the Doc gives
    document, doc, timexes = parsed(text)
    index = TimexIndex(doc, timexes, document.date.value)
    idx = [tok.idx for tok in doc]
    expected = _covering(index, idx)
    assert expected  # the sentences name times
    assert list(index._by_token.items()) == list(expected.items())
    assert index._timed == list(expected)
    # two expressions starting at one character: the one listed last covers the tokens
    first = index.usable[0]
    index._by_token = {}
    index._starts = [first.start, first.start]
    index._index_tokens(idx, [first, first])
    assert list(index._by_token) == [i for i, at in enumerate(idx) if first.start <= at < first.end]
