"""Statements and what they report are one row each (issue 16, items 1-2): a verb of saying the
attribution did not know, a belief told under a verb of saying, a causative and what it brought."""

from __future__ import annotations

import pytest

from tests.extract.parsed import extracted

pytestmark = pytest.mark.slow


def rows(text: str) -> list[tuple[str, str, str, list[str]]]:
    events = extracted(text, "2021-03-14")
    return [
        (e.predicate.text, e.summary, e.factuality, [a.name for a in e.actors if a.role == "source"]) for e in events
    ]


@pytest.mark.parametrize(
    ("text", "trigger", "speaker"),
    [
        ("Contractor Paul Visser testified that he bribed two customs officers.", "bribed", "Paul Visser"),
        ("Greta Lind complains that the county closed her only road.", "closed", "Greta Lind"),
    ],
)
def test_a_testimony_or_complaint_is_the_row_of_what_it_tells(text, trigger, speaker):
    found = rows(text)
    assert [r[0] for r in found] == [trigger]  # no second row for "testified" / "complains"
    _, summary, fact, sources = found[0]
    assert fact == "reported"
    assert speaker in summary or sources == [speaker]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "Union chief Lena Moss said Thursday she believes the strike ballot was rigged.",
            "Lena Moss said Thursday she believes the strike ballot was rigged",
        ),
        (
            "Mayor Carl Dunn said he thinks the flood barriers failed.",
            "Carl Dunn said he thinks the flood barriers failed",
        ),
    ],
)
def test_a_statement_of_belief_keeps_what_is_believed(text, said):
    found = rows(text)
    assert len(found) == 1
    assert found[0][0] == "said"
    assert said in found[0][1]


def test_a_causative_and_what_it_brought_about_are_one_row():
    found = rows("The leaked memo forced Treasurer Ida Lund to quit on Friday.")
    assert [(r[0], r[2]) for r in found] == [("quit", "asserted")]  # done, not planned
    assert "forced" in found[0][1]  # the row still tells what brought it about


@pytest.mark.parametrize(
    "text",
    [
        "Captain John Reed told a disciplinary hearing on Monday that the rules were unclear.",
        # the parser reads the content as a relative clause of the audience
        "Captain John Reed told a disciplinary hearing that he had fired twice.",
    ],
)
def test_a_statement_to_a_hearing_is_a_row(text):
    # the hearing is who was told, not what the statement reports: the statement keeps its row
    told = [r for r in rows(text) if r[0] == "told"]
    assert told and told[0][1].startswith("Captain John Reed told a disciplinary hearing")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("A clerk took 40,000 dollars from the town hall safe in 2019, a county court was told on Friday.", "took"),
        ("The jury was told that the driver had crossed a red light before the crash.", "crossed"),
        ("The farmer poisoned his neighbour's dogs, the tribunal has been told.", "poisoned"),
    ],
)
def test_what_a_court_was_told_is_one_row(text, trigger):
    # "the court was told" frames what it reports, as "told the court that ..." does: no second row
    assert [r[0] for r in rows(text)] == [trigger]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Copper prices climbed on Tuesday. The gains were limited by a stronger dollar.", ["climbed"]),
        ("Retail sales rose 2 percent in May. The rise was driven by strong demand for cars.", ["rose"]),
        ("Farm output fell in 2020. The fall was largely attributed to the drought.", ["fell"]),
        ("Exports grew 5 percent in March, but this was offset by higher imports.", ["grew"]),
        # what an occasion was taken up by: a description of it, not a happening
        ("The ministers met in Oslo on Monday. The meeting was dominated by the fishing dispute.", ["met"]),
        ("Parliament debated the budget on Friday. The debate was dominated by the tax on fuel.", ["debated"]),
    ],
)
def test_what_a_change_owed_to_something_is_no_row_of_its_own(text, kept):
    # "the gains were limited by ...", "the rise was driven by ...": why the change went as it did
    assert [r[0] for r in rows(text)] == kept


def test_someone_helped_by_others_keeps_the_row():
    # a person helped by others to do something: a deed, not a change explained
    assert "helped" in [r[0] for r in rows("Mark Tully was helped by two guards to escape from the prison on Sunday.")]


def test_a_warning_and_an_appeal_of_one_speaker_are_two_rows():
    # said on one occasion, but two acts of speech of their own (issue 16, item 4: "He also warned
    # ..." folded into "Koirala urged ..." once he was known as the speaker)
    text = (
        "Prime Minister Tomas Varga addressed parliament on Thursday. "
        "Varga warned of a plot against the peace accord. "
        "Varga urged the rebels to hand in their weapons."
    )
    triggers = [r[0] for r in rows(text)]
    assert "warned" in triggers
    assert "urged" in triggers


@pytest.mark.parametrize(
    ("text", "summary"),
    [
        (
            '"As part of our heritage," said Anna Berg, the museum\'s director, "these paintings belong to everyone'
            ' in the city." Berg said the paintings were a gift to the town from a sailor.',
            "Berg said the paintings were a gift to the town from a sailor",
        ),
        (
            '"The first rule of the club," said coach Tom Reed, "is that nobody misses training." Reed said his'
            " players were proud of their small stadium.",
            "Reed said his players were proud of their small stadium",
        ),
    ],
)
def test_a_speakers_statement_row_reads_whole_not_cut_before_the_rest_of_a_quotation(text, summary):
    # one row for the speaker's remarks, told by the remark that reads whole, not by the opening of
    # a quotation its tag cuts in two
    found = rows(text)
    assert [(r[0], r[1]) for r in found] == [("said", summary)]


def test_a_speakers_statement_row_cut_at_the_word_cap_keeps_its_news():
    # a summary with no quotation, cut at the cap, still tells the news: it is not given up for a
    # vaguer remark of the same speaker ("Acme said this would continue")
    from timeline.extract.repeats import fullest_told

    first = (
        "Acme Holdings said on Wednesday it expects its net profit to rise 20 percent this year to a record "
        "2.4 billion pesos on strong sales in its new shopping malls …"
    )
    other = "Acme president John Sy said this would continue during the year"
    assert fullest_told(first, other, ()) == first
    cut_quote = 'Acme said its malls "will draw record crowds in every one of the …"'
    assert fullest_told(cut_quote, other, ()) == other


def test_a_speakers_statement_row_tells_what_was_said_not_only_who_was_told():
    # "Santoso told Xinhua by telephone from the island", its quotation told in the sentence before or
    # cut off, names no words: the same speaker's other remark tells the row
    from timeline.extract.repeats import fullest_told

    bare = "Santoso told Xinhua by telephone from the island"
    other = "Strong winds and high waves were the cause of the accident, he said"
    assert fullest_told(bare, other, ()) == other
    assert fullest_told("Mayor Nowak told reporters after the ceremony", other, ()) == other
    told = "Mayor Nowak told reporters the bridge would open in May"
    assert fullest_told(told, other, ()) == told


_CHOIR = (
    "Brother Tao, 26, leads the choir of the Blue Lotus Temple. "
    '"Singing keeps the temple alive," said Tao, the choir\'s youngest member. '
    '"Only practice makes a voice," said the {age}-year-old {noun}. '
    "He said he first sang in the temple in {year}."
)


def test_a_speaker_told_by_another_age_is_not_the_one_named_before():
    # the 80-year-old master is not Tao, 26: neither the master's words nor what "he" said after
    # them go under Tao's name
    found = extracted(_CHOIR.format(age=80, noun="master", year=1951), "2021-03-14")
    taos = [e for e in found if any(a.name == "Tao" for a in e.actors)]
    assert [e.predicate.text for e in taos] == ["said"]
    assert len(taos[0].mentions) == 1  # the master's remark is not one of Tao's
    assert "1951" not in " ".join(e.summary for e in taos)


def test_a_speaker_told_by_the_age_given_before_is_that_person():
    found = extracted(_CHOIR.format(age=26, noun="monk", year=2001), "2021-03-14")
    said = [e for e in found if e.predicate.text == "said"]
    assert len(said) == 1 and len(said[0].mentions) == 2  # Tao, 26, is the 26-year-old monk
    sang = [e for e in found if e.predicate.text == "sang"]
    assert [a.name for a in sang[0].actors] == ["Tao"]


def test_what_a_bureau_said_a_storm_did_is_the_storms_row_with_the_bureau_as_source():
    # the parser hangs "has entered" on "typhoon" as a relative clause: the entry is still what
    # the agency said, the row, with the agency as its source (not a "said typhoon" row)
    text = (
        "The Japanese weather agency JMA Monday said typhoon Hanna has entered the country's waters "
        "and is expected to bring heavy rains over Okinawa."
    )
    found = rows(text)
    assert [(r[0], r[2]) for r in found] == [("entered", "reported")]
    assert found[0][3] != []


@pytest.mark.parametrize(
    "text",
    [
        '"The scheme aims to shorten hospital queues by sharing beds between the two towns," Mayor Carl Dunn said.',
        '"The new toll also seeks to cut traffic in the old town," said Greta Lind, a council spokeswoman.',
    ],
)
def test_what_a_measure_is_for_in_a_speakers_words_is_no_row(text):
    assert rows(text) == []


def test_what_a_body_aims_to_do_in_a_speakers_words_stays_a_row():
    found = rows('"The council aims to shorten hospital queues," Mayor Carl Dunn said.')
    assert [r[0] for r in found] == ["said"]


def test_what_a_poll_shows_is_no_statement_row():
    found = rows(
        "A new poll put the mayor ten points ahead on Sunday. The Herald quoted party sources who claimed it "
        "showed their plan to focus on schools was paying off."
    )
    assert "showed" not in [r[0] for r in found]


@pytest.mark.parametrize(
    "text",
    [
        "Inspectors from the European Commission confirmed the outbreak on the farm on Friday.",
        "The armed wing of the Popular Front claimed responsibility for the bombing of the depot.",
    ],
)
def test_an_unnamed_speaker_for_a_named_body_makes_a_statement_row(text):
    assert any(trigger in ("confirmed", "claimed") for trigger, *_ in rows(text))


@pytest.mark.parametrize(
    "text",
    [
        "A hospital source told reporters the death toll was 12.",
        "The group, which backs Norway's claim, announced the protest on Friday.",
    ],
)
def test_an_unnamed_speaker_no_body_stands_behind_makes_no_statement_row(text):
    assert not any(trigger in ("told", "announced") for trigger, *_ in rows(text))


def test_a_stance_told_by_a_participle_after_its_clause_is_a_row_of_its_own():
    got = rows("The rebel council denied any part in the ambush, blaming the army for the killings.")
    assert {"denied", "blaming"} <= {trigger for trigger, *_ in got}


def test_a_participle_that_only_tells_how_is_no_stance_row():
    got = rows("The mayor opened the bridge on Friday, cutting a red ribbon.")
    assert "cutting" not in {trigger for trigger, *_ in got}


def test_a_plan_tagged_by_a_dated_said_is_one_row_with_its_source():
    # "X will do Y, Z said on <day>": the parser reads "... and said", but the plan is Z's to tell
    got = rows("Manila will send troops to the border, army chief Hermogenes Esperon said on Monday.")
    assert [(trigger, fact, sources) for trigger, _, fact, sources in got] == [
        ("send", "planned", ["Hermogenes Esperon"])
    ]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Some engineers at the plant said the repairs were far too slow.", "said"),
        ("Fisheries officials say it is doubtful that the river can recover.", "say"),
        ('"We cannot accept these terms," a union negotiator told reporters.', "told"),
        ("Teachers claimed that they were never consulted about the new exams.", "claimed"),
    ],
)
def test_a_view_of_speakers_the_article_does_not_name_is_a_statement_row(text, said):
    # GUIDELINES 2: the statement itself is the news when what it says is a view, not a happening
    found = rows(text)
    assert [r for r in found if r[0] == said and r[2] == "asserted"]


@pytest.mark.parametrize(
    "text",
    [
        "The official said the repairs were far too slow.",  # someone told before: the lead's story
        "A ministry official said more than 200 villages still have no electricity.",  # a figure, a fact
        "Officials said the minister is due in Lisbon on Monday.",  # a plan with its own time
        "Police said the suspect was a former teacher.",  # a fact, no view
        "Some economists have said the currency is overvalued.",  # a view held, background
        "A man said the queue was far too long.",  # a passer-by
    ],
)
def test_an_unnamed_speaker_gives_no_statement_row_for_a_fact_a_plan_or_a_story_told_before(text):
    assert not any(trigger == "said" for trigger, *_ in rows(text))


_STORM = "A storm hit the coast of Norland on Tuesday. Ferries stayed in port. Schools closed early. "


def _dates(text: str) -> dict[str, str | None]:
    return {e.predicate.text: e.date.earliest for e in extracted(_STORM + text, "2021-03-14")}


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("The transport agency asked all bus operators to check their brakes.", "asked"),
        ("The farmers' union estimated that a third of the wheat crop is lost.", "estimated"),
        ("The harbour master cautioned that the channel is too shallow for large ships.", "cautioned"),
    ],
)
def test_a_request_an_estimate_or_a_caution_is_dated_as_a_statement(text, verb):
    # told past the lead, in a story of another day: made by the time of writing, the article's date
    assert _dates(text)[verb] == "2021-03-14"


@pytest.mark.parametrize(
    "text",
    [
        '"He locked the door and asked me to leave," the witness said.',  # the speaker's past
        "When the bakery asked how it should pay the supplier, a clerk said it was too late.",  # before the saying
        # the second act of a deed told: when the court did it, not the article's day
        "The appeals court overturned the verdict and asked that the fine be doubled.",
    ],
)
def test_a_request_quoted_or_timing_another_clause_is_not_the_articles_day(text):
    assert _dates(text).get("asked") is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Mining minister Rosa Alvik said the cartel was ready to cut copper output at its meeting next week "
            "if prices slide further.",
            "Rosa Alvik",
        ),
        (
            "Union leader Tomas Berg said the dockers would end their walkout on Monday unless the port "
            "hires new crews.",
            "Tomas Berg",
        ),
    ],
)
def test_a_pledge_on_a_condition_is_the_saying_row(text, speaker):
    found = [r for r in rows(text) if r[2] in ("asserted", "reported", "planned")]
    assert [r[0] for r in found] == ["said"]  # the offer is the news, not a cut or an end to come
    assert speaker in found[0][1]


def test_a_deed_told_with_a_condition_keeps_its_row():
    found = rows("Farmer Ilse Dorn claimed that the mayor promised her a new barn if she backed him.")
    assert [r[0] for r in found if r[2] in ("asserted", "reported", "planned")] == ["promised"]


@pytest.mark.parametrize(
    ("text", "trigger", "speaker"),
    [
        (
            "Trade envoy Mara Quist met the port authority on Friday. She hoped that the new ferry line would "
            "bring more tourists to the islands.",
            "hoped",
            "Mara Quist",
        ),
        ("Fishermen in Norland feared the quota cut would ruin the coastal villages.", "feared", "Norland"),
    ],
)
def test_a_hope_or_fear_voiced_by_someone_named_is_a_statement_row(text, trigger, speaker):
    found = [r for r in rows(text) if r[0] == trigger]
    assert len(found) == 1
    _, summary, fact, _ = found[0]
    assert fact == "asserted"
    assert speaker in summary


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Ivo Brand said he hoped the new ferry line would bring more tourists.",  # the saying's row
        "Five fishermen were feared dead after the storm.",  # no one voices it
        "The shipyard hopes to build ten ferries.",  # an aim, no clause of what is hoped
        "France hopes its warships will drive the pirates out of the gulf quickly.",  # a standing aim, no one saying it
        # a hope told of what the sentence's first clause tells, no one voicing it
        "The envoy spoke ahead of the vote Sunday for the country's first elected council of the post-war era, "
        "a milestone UN officials hope will end the unrest and allow foreign troops to leave.",
    ],
)
def test_a_hope_under_a_saying_or_with_no_voice_is_no_row_of_its_own(text):
    found = [r for r in rows(text) if r[0] in ("hoped", "feared", "hopes", "hope") and r[2] in ("asserted", "reported")]
    assert found == []


@pytest.mark.parametrize(
    "text",
    [
        "Oslo shares slipped 0.4 percent on Friday. Traders said the index was likely consolidating before a rally.",
        "Tin prices eased on Monday. Analysts said the smelters were unlikely to raise output.",
        "The krone firmed on Tuesday. Dealers said the central bank would probably hold its rate.",
        "Copper rose sharply on Wednesday. A broker in Lima said the rally could not last.",
    ],
)
def test_what_market_commentators_said_of_what_is_to_come_is_their_statement(text):
    """ "Traders said the central bank was likely to ...": unnamed commentators' view of the outlook,
    no happening of its own, is the statement's row (GUIDELINES, ninth batch: traders' remarks)."""
    said = [r for r in rows(text) if r[0] == "said"]
    assert len(said) == 1
    assert said[0][2] == "asserted"


def test_what_commentators_say_in_the_present_stays_a_standing_view():
    assert not [
        r for r in rows("Tin prices eased on Monday. Critics say the smelters could raise output.") if r[0] == "say"
    ]


def test_a_move_commentators_explain_stays_the_move_s_row():
    found = rows("Tin prices eased on Monday as smelters sold stocks, dealers said.")
    assert "said" not in [r[0] for r in found]


@pytest.mark.parametrize(
    "text",
    [
        "The regional council announced new parking fees on Friday.",
        "The brewery announced its quarterly results on Friday.",
    ],
)
def test_a_body_told_by_a_description_announcing_a_thing_is_a_row(text):
    # "announce" with a thing as its object and no clause: the announcement is the news, as "the
    # brewery unveiled its results" is, though the text names the body only by a description
    found = rows(text)
    assert [r[0] for r in found] == ["announced"]
    assert found[0][2] == "asserted"


@pytest.mark.parametrize(
    "text",
    [
        "The regional council announced on Friday that parking fees would rise.",
        "The bulletin announced the closure of the harbour on Friday.",
    ],
)
def test_an_announced_clause_or_a_texts_announcement_is_no_row_of_announcing(text):
    # what is announced as a clause is the row (a plan, here); a text tells, it does not announce
    assert "announced" not in [r[0] for r in rows(text)]
