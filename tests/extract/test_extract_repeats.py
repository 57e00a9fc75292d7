"""Within one article, repeats of a happening join its row (timeline.extract.repeats): no model."""

from dataclasses import replace

import pytest

from timeline.extract.repeats import fold_repeats, same_happening
from timeline.model import ActorRef, Claim, Event, EventDate, Mention, MentionDate, Predicate


def ev(lemma, sentence, *, day=None, resolution="relative", actors=(), places=(), figures=(), polarity="positive"):
    date = EventDate(earliest=day, latest=day, resolution=resolution if day else "unresolved", precision="day")
    mention = Mention(
        doc="d1",
        sentence=sentence,
        start=sentence * 100,
        end=sentence * 100 + 5,
        trigger=lemma,
        text=f"sentence {sentence}",
        date=MentionDate(day, day, date.resolution) if day else None,
    )
    return Event(
        id=f"e{sentence}",
        summary=lemma,
        date=date,
        predicate=Predicate(lemma=lemma, text=lemma),
        actors=tuple(ActorRef(name, "PERSON", role) for name, role in actors),
        places=tuple(places),
        mentions=(mention,),
        sources=("d1",),
        claims=tuple(Claim(text=str(v), value=v) for v in figures),
        polarity=polarity,
    )


def test_the_dated_mention_speaks_and_every_mention_is_kept():
    first = ev("injure", 1, actors=[("Owens", "patient")])
    second = ev("injure", 3, day="2016-12-16", actors=[("Owens", "patient"), ("Hall", "agent")])
    (row,) = fold_repeats([first, second])
    assert row.id == "e1"  # the first mention keeps its id
    assert row.date.earliest == "2016-12-16" and row.date.mention == 1
    assert [m.sentence for m in row.mentions] == [1, 3]
    assert {a.name for a in row.actors} == {"Owens", "Hall"}
    assert "same article" in row.explain[-1]


def test_different_people_different_days_places_figures_or_polarity_stay_apart():
    base = dict(day="2016-12-16", actors=[("Smith", "agent")])
    assert not same_happening(ev("score", 1, **base), ev("score", 2, day="2016-12-16", actors=[("Jones", "agent")]))
    assert not same_happening(ev("score", 1, **base), ev("score", 2, day="2016-12-10", actors=[("Smith", "agent")]))
    assert not same_happening(ev("kill", 1, places=["Baghdad"], **base), ev("kill", 2, places=["Mosul"], **base))
    assert not same_happening(ev("kill", 1, figures=[3], **base), ev("kill", 2, figures=[12], **base))
    assert not same_happening(ev("kill", 1, **base), ev("kill", 2, polarity="negative", **base))
    assert not same_happening(ev("say", 1, **base), ev("meet", 2, **base))


def test_an_undated_mention_joins_only_through_the_people_it_names():
    dated = ev("flee", 1, day="1994-06-01", actors=[("Hutus", "agent")])
    assert not same_happening(dated, ev("flee", 5))  # "They had fled westwards": who? not said
    assert same_happening(dated, ev("flee", 5, actors=[("Hutus", "agent")]))
    assert same_happening(dated, ev("flee", 5, figures=[11])) == ""  # no figure on the dated one
    assert same_happening(ev("injure", 1, day="2005-11-23", figures=[11, 3]), ev("injure", 4, figures=[11]))


def test_statements_of_one_speaker_are_one_row_whatever_the_verb():
    said = ev("say", 1, day="2006-11-13", actors=[("George W. Bush", "agent")])
    told = ev("tell", 4, resolution="reference", day="2006-11-14", actors=[("George W. Bush", "agent")])
    other = ev("say", 5, actors=[("Carl Levin", "agent")])
    rows = fold_repeats([said, told, other])
    assert [len(r.mentions) for r in rows] == [2, 1]


def test_what_a_speaker_reaffirmed_is_one_of_the_speaker_statements():
    # "The envoy reaffirmed Norway's support for the talks on Monday" ... "the envoy said"
    reaffirmed = ev("reaffirm", 1, day="2006-11-13", actors=[("Jan Egeland", "agent")])
    said = ev("say", 3, day="2006-11-13", resolution="reference", actors=[("Jan Egeland", "agent")])
    assert same_happening(reaffirmed, said) == "statements of Jan Egeland"
    assert not same_happening(reaffirmed, ev("say", 3, day="2006-11-13", actors=[("Kofi Annan", "agent")]))


def test_a_speaker_under_a_shorter_name_is_the_same_speaker():
    full = ev("tell", 1, day="2006-12-15", actors=[("John Negroponte", "agent"), ("Washington Post", "patient")])
    short = ev("tell", 2, day="2006-12-15", resolution="reference", actors=[("Negroponte", "agent")])
    assert same_happening(full, short) == "statements of John Negroponte"
    assert not same_happening(full, ev("tell", 2, day="2006-12-15", actors=[("Nicholas Burns", "agent")]))


def test_a_country_one_statement_speaks_of_is_no_other_occasion_but_two_venues_are():
    said = ev("say", 1, day="2006-11-07", actors=[("Mwai Kibaki", "agent")], places=["Kenya"])
    told = ev("tell", 2, day="2006-11-07", actors=[("Kibaki", "agent")], places=["Serena Hotel"])
    assert same_happening(said, told) == "statements of Mwai Kibaki"
    here = ev("say", 1, day="2006-11-07", actors=[("Maria Lopez", "agent")], places=["Sacramento"])
    there = ev("say", 2, day="2006-11-07", actors=[("Lopez", "agent")], places=["Harvard University", "Boston"])
    assert not same_happening(here, there)
    assert not same_happening(ev("kill", 1, day="2006-11-07", places=["Kenya"]), ev("kill", 2, places=["Nairobi"]))


def test_a_statement_that_passes_on_another_is_one_row_but_not_a_happening_it_reports():
    reiterated = ev("reiterate", 1, day="2006-11-12", actors=[("Omer al-Bashir", "agent"), ("al-Samani", "source")])
    told = ev("tell", 3, day="2006-11-12", resolution="reference", actors=[("al-Samani", "agent")])
    assert same_happening(reiterated, told) == "al-Samani tells it"
    killed = ev("kill", 1, day="1997-04-03", actors=[("Wei Guoqiang", "agent"), ("Chen Boliang", "source")])
    said = ev("say", 2, day="1997-04-03", actors=[("Chen Boliang", "agent")])
    assert not same_happening(killed, said)  # the death Chen reports stays a row of its own


def test_the_work_grows_with_the_article_not_its_square(monkeypatch):
    import timeline.extract.repeats as repeats

    if not repeats.__file__.endswith(".py"):
        pytest.skip("repeats compiled by mypyc (setup.py): fold_repeats calls same_happening past the patch")
    calls = []
    real = repeats.same_happening
    monkeypatch.setattr(repeats, "same_happening", lambda a, b: calls.append(1) or real(a, b))
    # 3,000 reports of different people doing the same kind of thing, and 3,000 statements
    events = [ev("meet", i, actors=[(f"Person {i}", "agent")]) for i in range(3000)]
    events += [ev("say", 3000 + i, actors=[(f"Speaker {i}", "agent")]) for i in range(3000)]
    assert len(fold_repeats(events)) == 6000
    assert 0 < len(calls) <= 6000 * repeats.CANDIDATES


def test_an_undated_mention_joins_a_dated_one_through_the_thing_both_name():
    dated = replace(ev("lift", 0, day="2005-11-30"), summary="The quarantine of the farm and the village was lifted")
    again = replace(ev("lift", 4), summary="the quarantine was lifted")
    assert "quarantine" in same_happening(dated, again)
    (row,) = fold_repeats([dated, again])
    assert row.date.earliest == "2005-11-30" and len(row.mentions) == 2
    # "another" one, or a word no more telling than "lifted" itself or "police", is not enough
    assert not same_happening(dated, replace(again, summary="another quarantine was lifted"))
    assert not same_happening(dated, replace(again, summary="restrictions were lifted"))
    police = replace(ev("arrest", 0, day="2005-11-30"), summary="Police arrested three men")
    assert not same_happening(police, replace(ev("arrest", 3), summary="police arrested two women"))
    # two undated mentions: a verb and a common word do not make them one happening
    assert not same_happening(replace(dated, date=again.date), again)


def told(sentence, summary, trigger, lemma, *, day=None, resolution="relative", actors=(), places=()):
    """A row whose summary and trigger are given: the words some rules read."""
    row = ev(lemma, sentence, day=day, resolution=resolution, actors=actors, places=places)
    return replace(row, summary=summary, predicate=Predicate(lemma=lemma, text=trigger))


def test_other_words_of_one_kind_join_through_the_same_people():
    signed = ev("sign", 1, day="2016-12-15", actors=[("China", "agent"), ("European Union", "agent")])
    agreed = ev("agree", 2, actors=[("China", "agent"), ("European Union", "agent")])
    assert same_happening(signed, agreed) == "one agreement"
    (row,) = fold_repeats([signed, agreed])
    assert [m.sentence for m in row.mentions] == [1, 2] and row.date.earliest == "2016-12-15"
    # other people, another kind of happening, or a plan against a happening told done: apart
    assert not same_happening(signed, ev("agree", 2, actors=[("Japan", "agent")]))
    assert not same_happening(signed, ev("meet", 2, actors=[("China", "agent")]))
    assert not same_happening(signed, replace(agreed, factuality="planned"))


def test_other_words_of_one_kind_join_through_a_place_but_not_a_country():
    rattled = told(
        0, "A strong earthquake rattled Lima", "rattled", "rattle", day="2016-12-15", actors=[("Lima", "patient")]
    )
    hit = told(2, "The quake hit 40 kilometers south of Lima", "hit", "hit", day="2016-12-15", places=["Lima"])
    assert same_happening(rattled, hit) == "one quake, both in Lima"
    # a country most of the article's happenings share says nothing
    shook = told(0, "A strong earthquake shook Peru", "shook", "shake", day="2016-12-15", places=["Peru"])
    assert not same_happening(shook, told(2, "A tremor hit Peru", "hit", "hit", day="2016-12-15", places=["Peru"]))
    # the words of one sentence are shared by all its clauses
    clause = told(2, "The quake hit Lima and rattled windows", "hit", "hit", day="2016-12-15", places=["Lima"])
    other = told(2, "The quake hit Lima and rattled windows", "rattled", "rattle", places=["Lima"])
    assert not same_happening(clause, other)


def test_a_city_of_the_country_the_other_names_is_no_other_place():
    # "in southern Chile" ... "in Valdivia": the same happening told at two scales
    died = ev("die", 0, day="2016-12-15", places=["Chile"], figures=[40])
    again = ev("die", 3, day="2016-12-15", places=["Valdivia"], figures=[40])
    assert same_happening(died, again)
    # a city of another country, or a place the gazetteer does not know, is still another place
    assert not same_happening(died, replace(again, places=("Mendoza",)))
    assert not same_happening(died, replace(again, places=("Lake Rinihue",)))


def test_a_title_both_name_is_no_thing_in_common():
    talks = told(
        0,
        "The Kenyan president held talks with his Ugandan counterpart",
        "talks",
        "talk",
        day="2006-11-14",
        resolution="inferred",
        actors=[("Mwai Kibaki", "agent")],
    )
    # a president in both, met by two others: nothing they are about is shared
    meeting = told(3, "a meeting with visiting Kenyan President Mwai Kibaki", "meeting", "meeting")
    assert not same_happening(talks, meeting)
    # a thing both are about still joins them
    pipeline = told(3, "a meeting on the Lake Victoria pipeline", "meeting", "meeting")
    on_it = replace(talks, summary="The Kenyan president held talks on the pipeline with his Ugandan counterpart")
    assert same_happening(on_it, pipeline) == "one meeting, both of the pipeline"


def test_an_undated_definite_mention_refers_back_to_the_dated_one():
    injured = told(0, "Eight workers were injured", "injured", "injure", day="2016-12-15")
    again = told(3, "The injured", "injured", "injure")
    assert "refers back" in same_happening(injured, again)
    (row,) = fold_repeats([injured, again])
    assert row.date.earliest == "2016-12-15" and len(row.mentions) == 2
    # not "three were injured" (nothing refers back), nor "the other injured"
    assert not same_happening(injured, told(3, "Three were injured", "injured", "injure"))
    assert not same_happening(injured, told(3, "The other injured", "injured", "injure"))


def test_another_one_is_said_before_the_trigger_not_after_it():
    lifted = told(0, "The quarantine of the farm was lifted", "lifted", "lift", day="2005-11-30")
    assert same_happening(lifted, told(4, "the quarantine was lifted for more than 40 farms", "lifted", "lift"))
    assert not same_happening(lifted, told(4, "the quarantine was also lifted", "lifted", "lift"))


def test_another_one_right_after_the_verb_is_another_happening():
    # "will lead a delegation to Harbin" ... "will lead another delegation to Xian": two trips
    first = told(0, "The mayor will lead a delegation to Harbin", "lead", "lead", actors=[("Li Ming", "agent")])
    first = replace(first, factuality="planned")
    second = told(3, "The mayor will lead another delegation to Xian", "lead", "lead", actors=[("Li Ming", "agent")])
    second = replace(second, factuality="planned")
    assert same_happening(first, replace(second, summary="The mayor will lead the delegation"))
    assert not same_happening(first, second)


def test_statement_nouns_and_what_a_statement_did_are_statements_of_their_speaker():
    announced = ev("announce", 0, day="2006-12-10", actors=[("Bertie Ahern", "agent")])
    assert same_happening(announced, ev("announcement", 9, actors=[("Bertie Ahern", "agent")]))
    assert same_happening(announced, ev("blame", 4, actors=[("Ahern", "agent")]))
    assert not same_happening(announced, ev("announcement", 9, actors=[("Mary Byrne", "agent")]))
    # "when he made the statement which has led to this hearing": often another one, argued about
    assert not same_happening(announced, ev("statement", 9, actors=[("Bertie Ahern", "agent")]))


def test_a_dated_mention_joins_the_dated_row_before_a_nearer_undated_one():
    dated = ev("find", 0, day="2005-11-25", resolution="reference")
    undated = told(4, "Cases of the virus were found in Quebec", "found", "find", places=["Quebec"])
    later = told(5, "the virus was found on two farms in Quebec", "found", "find", day="2005-11-23", places=["Quebec"])
    assert same_happening(undated, later) and same_happening(dated, later)
    rows = fold_repeats([dated, undated, later])
    assert [[m.sentence for m in r.mentions] for r in rows] == [[0, 5], [4]]


def test_a_plan_told_in_other_words_is_one_happening_only_through_its_people():
    hosts = [("Russia", "agent"), ("Iran", "agent")]
    discussions = replace(
        told(1, "peace discussions in Astana", "discussions", "discussion", places=["Astana"], actors=hosts),
        factuality="planned",
    )
    talks = replace(
        told(
            4, "The peace talks in Astana are expected in January", "talks", "talk", day="2017-01-01", places=["Astana"]
        ),
        factuality="planned",
    )
    assert not same_happening(discussions, talks)  # the place and the words of any plan for it
    assert same_happening(discussions, replace(talks, actors=(ActorRef("Iran", "GPE", "agent"),)))


def test_two_undated_mentions_join_through_a_place_not_through_a_country_or_a_word():
    exploded = told(2, "Two bombs exploded in a market in Yala", "exploded", "explode", places=["Yala", "Thailand"])
    blasts = told(5, "The blasts in Yala were heard across town", "blasts", "blast", places=["Yala"])
    assert same_happening(exploded, blasts) == "one attack, both in Yala"
    assert not same_happening(exploded, replace(blasts, places=("Thailand",)))
    market = told(5, "The blasts shook the market", "blasts", "blast")
    assert not same_happening(exploded, market)  # "market": a word both dated ones could share, not undated ones


def test_the_story_day_given_to_a_past_mention_yields_to_its_own_earlier_date():
    # "the party suddenly withdrew its support" (the story's day, inferred) ... "the party withdrew
    # its support on March 30": one withdrawal, dated March 30
    told = ev("withdraw", 1, day="2016-04-12", resolution="inferred", actors=[("Green party", "agent")])
    dated = ev("withdraw", 4, day="2016-03-30", actors=[("Green party", "agent")])
    (row,) = fold_repeats([told, dated])
    assert row.date.earliest == "2016-03-30"
    # a day after the story's is another happening; so is one of other people
    assert not same_happening(told, ev("withdraw", 4, day="2016-04-20", actors=[("Green party", "agent")]))
    assert not same_happening(told, ev("withdraw", 4, day="2016-03-30", actors=[("Labour", "agent")]))


def test_other_words_of_one_kind_the_same_day_refer_back():
    # "officials began the discussions Wednesday" ... "the talks on Wednesday" ... "Wednesday's meeting"
    day = "2016-04-13"
    began = told(
        1, "US officials began the discussions", "discussions", "discussion", day=day, actors=[("US", "agent")]
    )
    talks = told(4, "the talks on Wednesday", "talks", "talk", day=day)
    meeting = told(7, "Wednesday's meeting", "meeting", "meeting", day=day)
    (row,) = fold_repeats([began, talks, meeting])
    assert [m.sentence for m in row.mentions] == [1, 4, 7]
    # not on another day, nor when the words name others
    assert not same_happening(began, told(4, "the talks on Thursday", "talks", "talk", day="2016-04-14"))
    assert not same_happening(began, told(4, "the talks", "talks", "talk", day=day, actors=[("Iran", "agent")]))


def test_a_subject_that_names_nobody_is_not_the_doers_of_the_one_told():
    """ "Britain and France agreed on Monday to send troops" ... "The rebel commanders agreed to lay
    down their arms" (the story's Monday): two agreements, not one told again."""
    told = replace(
        ev("agree", 1, day="2016-03-07", actors=[("France", "agent")]), summary="France agreed on Monday to send troops"
    )
    other = replace(
        ev("agree", 3, day="2016-03-07", resolution="inferred"),
        summary="The rebel commanders agreed to lay down their arms",
        predicate=Predicate(lemma="agree", text="agreed"),
    )
    assert not same_happening(told, other)
    # the subject of a passive is what was done, not who did it: "the missiles were fired"
    fired = replace(ev("fire", 1, day="2016-03-07", actors=[("Iran", "agent")]), summary="Iran fired two missiles")
    again = replace(
        ev("fire", 3, day="2016-03-07"),
        summary="the missiles were fired from warships",
        predicate=Predicate(lemma="fire", text="fired"),
    )
    assert same_happening(fired, again)


def test_a_shared_figure_does_not_join_rows_of_different_named_doers():
    # "Puerto Rico lost to Tunisia, 2-3" ... "Argentina lost to Canada, 2-3": two matches, one score
    first = ev("lose", 1, day="2016-12-16", actors=[("Puerto Rico", "agent")], figures=[2, 3])
    second = ev("lose", 2, day="2016-12-16", actors=[("Argentina", "agent")], figures=[2, 3])
    assert same_happening(first, second) == ""
    assert len(fold_repeats([first, second])) == 2
    # unnamed on one side, the figure still tells the one happening ("11 men were injured" ... "11 were hurt")
    assert same_happening(
        ev("injure", 1, day="2016-12-16", actors=[("Smith", "patient")], figures=[11]),
        ev("injure", 4, day="2016-12-16", figures=[11]),
    )


def test_the_country_whose_adjective_titles_a_doer_is_not_where_it_happened():
    # "French President Anne Roy and German Chancellor Karl Weiss met here": not in France nor in
    # Germany, so the meeting told again at the Egmont Palace is the same one; a country that
    # titles nobody is a place of its own
    text = "French President Anne Roy and German Chancellor Karl Weiss met here on Saturday."
    people = [("Anne Roy", "agent"), ("Karl Weiss", "agent")]
    first = ev("meet", 1, day="2006-11-18", actors=people, places=["France", "Germany"])
    first = replace(first, mentions=(replace(first.mentions[0], text=text),))
    again = ev("meet", 2, day="2006-11-18", actors=people, places=["Egmont Palace"])
    assert same_happening(first, again)
    assert not same_happening(replace(first, places=("France", "Belgium")), again)


def test_a_recent_one_dated_by_the_article_is_the_one_told_with_its_day_weeks_before():
    # "agreed during a recent visit by Hosni Mubarak" (the article's day, 20 November) ... "Mubarak
    # visited Kazakhstan on Nov. 7": recently is within the last month or so; without "recent", the
    # article's day bounds it to its week
    people = [("Hosni Mubarak", "agent")]
    told = ev("visit", 6, day="2006-11-07", actors=people)
    told = replace(told, summary="Mubarak visited Kazakhstan on Nov. 7", predicate=Predicate("visit", "visited"))
    recent = ev("visit", 2, day="2006-11-20", resolution="reference", actors=people)
    recent = replace(recent, summary="a recent visit by Egyptian President Hosni Mubarak to the central Asian country")
    assert same_happening(recent, told)
    assert not same_happening(replace(recent, summary="a visit by Hosni Mubarak to the central Asian country"), told)


def test_a_doer_named_in_the_subject_of_an_unnamed_mention_is_one_doer():
    # "The Islamists have retreated from their frontlines" ... "columns of Islamist forces had
    # retreated to the capital": the Islamists again; "columns of government forces" are others
    named = ev("retreat", 13, day="2006-12-27", actors=[("Islamists", "agent")])
    named = replace(
        named, summary="The Islamists have retreated from their frontlines", predicate=Predicate("retreat", "retreated")
    )
    told = replace(ev("retreat", 14), predicate=Predicate("retreat", "retreated"))
    assert same_happening(named, replace(told, summary="columns of Islamist forces had retreated to the capital"))
    assert not same_happening(named, replace(told, summary="columns of government forces had retreated to the capital"))


def test_two_mentions_naming_one_day_in_their_words_are_one():
    # "the Dec. 15 election" (its day not resolved) ... "the Dec. 15 parliamentary elections": one
    # election; "the Nov. 7 election" is another
    dated = ev("election", 19, day="2005-12-15")
    dated = replace(dated, summary="the Dec. 15 parliamentary elections", predicate=Predicate("election", "elections"))
    told = replace(ev("election", 14), predicate=Predicate("election", "election"))
    assert same_happening(replace(told, summary="the Dec. 15 election"), dated)
    assert not same_happening(replace(told, summary="the Nov. 7 election"), dated)


def test_a_statement_someone_else_only_may_make_is_no_statement_of_theirs():
    # '"Whatever Lund says will be read closely," Berg said': Berg's words, not a statement of Lund's
    # that Berg passes on, nor one of Lund's own occasions
    said = ev("say", 1, day="2006-11-13", actors=[("Anna Berg", "agent")])
    may = replace(ev("say", 1, actors=[("Tom Lund", "agent"), ("Anna Berg", "source")]), factuality="hypothetical")
    lund = ev("tell", 3, day="2006-11-13", actors=[("Tom Lund", "agent")])
    assert not same_happening(said, may)
    assert not same_happening(may, lund)
    # '"Lund denied it," Berg said': a statement made, passed on, is still one row with the telling
    assert same_happening(said, replace(may, factuality="reported")) == "Anna Berg tells it"
    assert same_happening(replace(may, factuality="reported"), lund) == "statements of Tom Lund"


def test_what_two_speakers_said_together_is_not_one_of_them_alone():
    # "Dahl reaffirmed his support ... They pledged to increase cooperation ... they expressed satisfaction"
    alone = ev("reaffirm", 1, day="2006-11-13", actors=[("Lars Dahl", "agent")])
    pledged = ev(
        "pledge", 4, day="2006-11-13", resolution="reference", actors=[("Lars Dahl", "agent"), ("Karl Moe", "agent")]
    )
    assert not same_happening(alone, pledged)
    again = ev(
        "express", 6, day="2006-11-13", resolution="reference", actors=[("Lars Dahl", "agent"), ("Karl Moe", "agent")]
    )
    assert same_happening(pledged, again)
    # one speaker under two names is one speaker
    both_names = ev("say", 2, day="2006-11-13", actors=[("Lars Dahl", "agent"), ("Dahl", "agent")])
    assert same_happening(alone, both_names)


def test_a_joined_row_reads_whole_though_its_dated_mention_leaves_out_the_subject():
    lead = replace(ev("arrest", 1, figures=(24,)), summary="Police in Yogyakarta have arrested 24 students")
    dated = replace(
        ev("arrest", 3, day="1997-04-01", figures=(24,)),
        summary="were arrested during a campus demonstration on Tuesday",
    )
    (row,) = fold_repeats([lead, dated])
    assert row.date.earliest == "1997-04-01"  # the day the dated mention gives
    assert row.summary == "Police in Yogyakarta have arrested 24 students"  # and the clause that reads whole


def test_a_gathering_of_ministers_and_the_meeting_are_one_happening():
    # "ministers wrapped up their two-day gathering in Oslo on Thursday" ... "the ministerial meeting in Oslo"
    gathering = told(1, "their two-day gathering in Oslo", "gathering", "gathering", day="2016-12-15", places=["Oslo"])
    meeting = told(3, "the ministerial meeting in Oslo", "meeting", "meeting", day="2016-12-15", places=["Oslo"])
    assert same_happening(gathering, meeting)
    (row,) = fold_repeats([gathering, meeting])
    assert [m.sentence for m in row.mentions] == [1, 3]


def test_one_more_topic_of_a_meeting_is_the_meeting_not_another_one():
    parties = [("Ana Lind", "agent"), ("Tomas Berg", "agent")]
    talks = told(
        0, "Ana Lind held talks with Tomas Berg in Oslo on Monday", "talks", "talk", day="2016-05-02", actors=parties
    )
    talks = replace(talks, places=("Oslo",))
    also = told(
        4, "The two ministers also discussed fishing quotas in Iceland", "discussed", "discuss", day="2016-05-02"
    )
    also = replace(also, places=("Iceland",))
    assert "one more topic of the meeting" in same_happening(talks, also)
    assert len(fold_repeats([talks, also])) == 1
    they = told(5, "They also exchanged views on trade", "exchanged", "exchange", day="2016-05-02", actors=parties)
    assert len(fold_repeats([talks, they])) == 1
    # a meeting with someone new ("Lind also met Eva Holm") is another; so is a discussion at a
    # meeting its own sentence names, or one of another day
    new = told(
        6,
        "Lind also discussed aid with Eva Holm",
        "discussed",
        "discuss",
        day="2016-05-02",
        actors=[("Ana Lind", "agent"), ("Eva Holm", "agent")],
    )
    assert not same_happening(talks, new)
    at = told(7, "the two sides discussed it at Friday's meeting", "discussed", "discuss", day="2016-05-02")
    at = replace(at, mentions=(replace(at.mentions[0], text=at.summary + "."),))
    assert not same_happening(talks, at)
    assert not same_happening(talks, replace(also, date=replace(also.date, earliest="2015-01-01", latest="2015-12-31")))


def test_the_thing_a_happening_was_about_named_again_with_the_joins_it():
    # "A mild earthquake shook northern Chile on Sunday" ... "the quake hit at 3:10 a.m."
    shook = told(0, "A mild earthquake shook northern Chile on Sunday", "shook", "shake", day="2016-03-06")
    hit = told(2, "the quake hit at 3:10 a.m.", "hit", "hit", day="2016-03-06", resolution="inferred")
    assert "'the quake' names again what it was about" in same_happening(shook, hit)
    # what a verb acted on, named again: "Commandos raided the rebels' jungle camp" ... "they raided the camp"
    raided = told(
        0, "Commandos raided the rebels' jungle camp Friday, officials said", "raided", "raid", day="2016-03-04"
    )
    again = told(9, '"they raided the camp"', "raided", "raid")
    assert "'the camp' names again what it was about" in same_happening(raided, again)
    # not another thing ("the depot"), nor a doer named again who acts on something else
    assert not same_happening(raided, told(9, '"they raided the depot"', "raided", "raid"))
    shelled = told(0, "A militia shelled a border post", "shelled", "shell", day="2016-03-04")
    assert "names again" not in same_happening(shelled, told(5, "the militia shelled the airport", "shelled", "shell"))
    # nor the same thing done by someone else named in the subject
    latvia = told(0, "Latvia is to adopt the union's common currency", "adopt", "adopt", day="2016-03-04")
    lithuania = told(2, "Lithuania is aiming to adopt the single currency", "adopt", "adopt")
    assert "names again" not in same_happening(latvia, lithuania)
    # nor a blast's other deed: "the blast destroyed a bus" is not the attack told again
    bombs = told(0, "Two bomb attacks shook the market", "attacks", "attack", day="2016-03-04")
    assert not same_happening(bombs, told(3, "The blast destroyed a bus", "destroyed", "destroy", day="2016-03-04"))


def test_the_kinds_a_row_tells_are_read_once_by_its_lemma_trigger_and_summary():
    from timeline.extract import repeats

    blasts = replace(
        ev("blast", 1), summary="the blasts ripped through the market", predicate=Predicate("blast", "blasts")
    )
    again = replace(blasts, id="e9", actors=(ActorRef("Rebels", "ORGANIZATION", "agent"),))
    repeats._KINDS_TOLD.clear()
    assert repeats._kinds(blasts) == repeats._kinds_of(blasts) == {"attack"}
    assert list(repeats._KINDS_TOLD) == [("blast", "blasts", "the blasts ripped through the market")]
    assert repeats._kinds(again) is repeats._kinds(blasts)  # (what else the row holds is not read)
    other = replace(blasts, summary="the blasts were heard in the market")
    assert repeats._kinds(other) == repeats._kinds_of(other)
    assert len(repeats._KINDS_TOLD) == 2


def test_repeats_trigger_read_as_a_noun_and_head_lemma_as_the_words_give_them():
    # memoised by their strings: the answers are those of the words, whatever row asks
    from timeline.extract.repeats import _head_lemma, _noun_form

    def trig(text, lemma):
        return replace(ev(lemma, 1), predicate=Predicate(lemma=lemma, text=text))

    assert _noun_form(trig("Blasts", "blast")) and _noun_form(trig("talks", "talk"))
    assert not _noun_form(trig("exploded", "explode")) and not _noun_form(trig("Meeting", "meet"))
    assert not _noun_form(trig("Blasted", "blast"))  # after "Blasts": the other word's answer
    assert _head_lemma(trig("held talks", "Hold talk")) == "hold" and _head_lemma(trig("", "")) == ""


def test_a_visit_to_one_country_is_not_a_visit_that_goes_to_another():
    # "Ruiz is the first minister to visit Norway" ... "Ruiz told him during a visit to Peru last week"
    norway = ev("visit", 1, actors=[("Ana Ruiz", "agent")])
    norway = replace(norway, actors=(*norway.actors, ActorRef("Norway", "GPE", "patient")))
    peru = ev("visit", 4, day="2006-11-01", actors=[("Ana Ruiz", "agent")], places=["Peru"])
    assert not same_happening(norway, peru)
    lima = ev("visit", 4, day="2006-11-01", actors=[("Ana Ruiz", "agent")], places=["Lima"])
    home = replace(norway, actors=(*norway.actors[:1], ActorRef("Peru", "GPE", "patient")))
    assert same_happening(home, lima)  # Lima is in Peru: one visit


def test_a_plan_still_ahead_is_not_the_deed_of_its_verb_done_on_a_day_before():
    plan = replace(
        ev("ship", 1, actors=[("Norway", "agent")]),
        summary="Norway will ship grain to the region",
        predicate=Predicate(lemma="ship", text="ship"),
        factuality="planned",
    )
    deed = replace(
        ev("ship", 2, day="2011-03-02", actors=[("Norway", "agent")]),
        summary="Oslo had shipped tents to the region on Wednesday",
        predicate=Predicate(lemma="ship", text="shipped"),
    )
    assert not same_happening(plan, deed)
    assert not same_happening(deed, plan)
    assert len(fold_repeats([plan, deed])) == 2
    # a plan told in the past may have been carried out since: "said it would ship grain" ... "shipped"
    told = replace(plan, summary="Norway said it would ship grain to the region", factuality="planned")
    assert same_happening(told, deed)
    # nor does a deed with no day of its own keep them apart ("the grain was shipped")
    assert same_happening(plan, replace(deed, date=plan.date))


@pytest.mark.parametrize(
    ("summary", "expected"),
    [
        ("Lisbon beat Oporto 3-1 in the cup final", {(3, 1)}),
        ("a 0-2 defeat, then a 4-4 draw", {(2, 0), (4, 4)}),
        ("year-on-year growth of 2.5 percent", set()),  # a hyphen, no score
        ("the 1998-99 season", set()),
        ("won by three goals to one", set()),  # no hyphen: read no further
    ],
)
def test_scores_of_a_summary(summary, expected):
    from timeline.extract.repeats import _SCORE, _scores

    got = _scores(replace(ev("beat", 1), summary=summary))
    assert got == expected
    # the pattern itself agrees (the hyphen is only a test before it)
    assert got == {(max(int(x), int(y)), min(int(x), int(y))) for x, y in _SCORE.findall(summary)}


def test_one_party_s_meetings_with_two_others_stay_apart():
    # "Berg met with Haddad on Monday" ... "Berg also met Olsen on Monday": the partners, both agents,
    # tell two meetings; one who meets many times is no happening in common
    d = dict(day="2016-12-19")
    haddad = ev("meet", 1, actors=[("Anna Berg", "agent"), ("Omar Haddad", "agent")], **d)
    olsen = ev("meet", 3, actors=[("Anna Berg", "agent"), ("Lena Olsen", "agent")], **d)
    assert not same_happening(haddad, olsen)
    assert len(fold_repeats([haddad, olsen])) == 2
    # the same meeting told again, one side naming only one partner: one row
    again = ev("meet", 4, actors=[("Anna Berg", "agent")], **d)
    assert same_happening(haddad, again)
    # not a reciprocal happening: two partners of one doer do not part it
    arrest = ev("arrest", 1, actors=[("Anna Berg", "agent"), ("Omar Haddad", "agent")], **d)
    assert same_happening(arrest, ev("arrest", 3, actors=[("Anna Berg", "agent"), ("Lena Olsen", "agent")], **d))


def test_a_country_and_its_delegation_are_one_party_of_the_talks():
    # "Canada and Mexico held talks on Tuesday" ... "the Canadian and Mexican delegations are meeting
    # this afternoon": the delegation is its country's side, no new partner; the talks told again
    d = dict(day="2016-12-20")
    talks = ev("talk", 1, actors=[("Canada", "agent"), ("Mexico", "agent")], **d)
    meeting = ev("meet", 2, actors=[("Canada", "agent"), ("Mexican delegations", "agent")], **d)
    assert same_happening(talks, meeting)
    (row,) = fold_repeats([talks, meeting])
    assert [a.name for a in row.actors if a.role == "agent"] == ["Canada", "Mexico"]  # not the delegations again
    # another country's delegation is another partner: two meetings of Canada's
    chile = ev("meet", 2, actors=[("Canada", "agent"), ("Chilean delegation", "agent")], **d)
    assert not same_happening(talks, chile)
    # a word for people who are no envoys does not make the country ("Mexican farmers")
    farmers = ev("meet", 2, actors=[("Canada", "agent"), ("Mexican farmers", "agent")], **d)
    assert not same_happening(talks, farmers)
