"""Rows that are no happening a chronology lists (issue 16, item 1): what would happen on a
condition or was foreseen, feelings, posts held, where someone comes from, the span of time a
figure covers, the thing a relative clause identifies."""

from __future__ import annotations

import pytest

from tests.extract.parsed import STORY_OPENING, extracted
from timeline.extract import extract
from timeline.model import DocDate, Document

pytestmark = pytest.mark.slow


def rows(nlp, text: str, *, all_events: bool = False):
    document = Document(id="d1", text=text, date=DocDate("2016-12-16", "metadata", 1.0))
    return extract(nlp(text), document, [], all_events=all_events).events


def triggers(nlp, text: str) -> list[str]:
    return [e.predicate.text for e in rows(nlp, text)]


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a clause under an "if" of its own is a condition, even in reported speech's "would"
        ("A survey showed the party would win a majority if an election were held now.", "win", "hypothetical"),
        ("Unless the rains come, the harvest will fail, the farmers warned.", "fail", "hypothetical"),
        ("The strike will go ahead even if the talks resume.", "strike", "planned"),
        # what is predicted or forecast has not happened
        ("Bankers predicted the new rules would spur lending.", "spur", "hypothetical"),
        ("The city's population is projected to double.", "double", "hypothetical"),
        # the outcome of a contest told ahead is a forecast: no one schedules a win
        ("Norway is expected to win at least ten gold medals at the winter games.", "win", "hypothetical"),
        ("The trainer said Kenya would sweep the distance races.", "sweep", "hypothetical"),
        ("The champion will defend her title in Oslo.", "defend", "planned"),
        # what a poll says would happen is no plan; what "can be expected" may not happen
        ("The ruling party would lose 40 seats, the survey said.", "lose", "hypothetical"),
        ("The minister said the party would hold elections in May.", "elections", "planned"),
        ("Cities can be expected to dominate the region's growth.", "dominate", "hypothetical"),
        # which thing, not a happening told; what a happening would bring about
        ("Nobody knows what the farmer died from.", "died", "generic"),
        ("The mayor said the new fence would prevent further thefts.", "prevent", "hypothetical"),
        # an event noun that a gerund only names as an aim or a topic
        ("The main obstacle to holding the summit is money.", "summit", "hypothetical"),
        # a feeling
        ("The mayor was saddened by the loss of the old bridge.", "saddened", "generic"),
        ("The mystery has baffled the local police.", "baffled", "generic"),
        # a post held
        ("She served as finance minister for six years.", "served", "generic"),
        ("He chaired the ethics committee of the senate.", "chaired", "generic"),
        ("The colonel is now running the country by decree.", "running", "generic"),
        # terms of a post served: a post held over years
        ("The mayor has served two terms and cannot stand again.", "served", "generic"),
        ("He served a single stint as coach of the national side in the 1980s.", "served", "generic"),
        # a belief of someone's no one names: "presumed", like "assumed"
        ("The pilot was presumed to have been captured after his jet went down.", "presumed", "generic"),
        # how things go, told in the present with the noun a verb of doing carries
        ("Most shipping firms carry out this business through a single exchange.", "business", "generic"),
        ("Many families hold a big dinner on the eve of the festival.", "dinner", "generic"),
        # a party's stance told in the present in the article's own words is a row (GUIDELINES:
        # "Russia opposes"); not a text's content, people in general, a naming, a standing refusal,
        # nor a stance a speaker says someone holds (the saying is the row)
        ("Ruritania opposes the new fishing treaty.", "opposes", "asserted"),
        ("The pilots' union objects to the new rosters.", "objects", "asserted"),
        ("The Health Ministry condemns the attack on the clinic, officials said.", "condemns", "asserted"),
        ("The draft plan backs a joint patrol.", "backs", "generic"),
        ("Many farmers oppose the treaty.", "oppose", "generic"),
        ("His critics call him a traitor.", "call", "generic"),
        ("The rebel group refuses to recognize the government.", "refuses", "generic"),
        ("The minister told reporters that the union supports the reform.", "supports", "generic"),
        # where someone is from
        ("Most of the climbers came from Nepal.", "came", "generic"),
        # a habit, a rate, a stance kept over and over with no day of its own
        ("The old sailor slept five hours a night.", "slept", "generic"),
        ("The province has recorded about ten drownings per year.", "recorded", "generic"),
        ("The factory will ship 2,000 cars annually.", "ship", "generic"),
        ("Tourism grew by 4 percent per annum in the decade.", "grew", "generic"),
        ("The union has repeatedly demanded higher wages.", "demanded", "generic"),
        # told as done
        ("Shares rallied on Friday a day after the crash.", "rallied", "asserted"),
        ("The senator chaired the hearing on Tuesday.", "hearing", "asserted"),
        ("The convoy headed for the border on Tuesday.", "headed", "asserted"),
        ("The weekly paper ran a story on the scandal on Friday.", "ran", "asserted"),
        ("Hotel workers stage a strike in the capital. Maria Lopez delivers speech in Lima.", "speech", "asserted"),
        # what a finite "began to", "started to" tells happened in its tense, no plan; "continue to"
        # in the present or a future keeps a course
        ("The settlers began to farm the valley in the spring of 1820.", "farm", "asserted"),
        ("The crowd started to scatter after the speech.", "scatter", "asserted"),
        ("The army will begin to withdraw its troops next month.", "withdraw", "planned"),
        ("Oil prices continued to climb on Thursday.", "climb", "asserted"),
        ("Soldiers continue to patrol the old town.", "patrol", "generic"),
        ("The strikers said they would continue to picket the mill.", "picket", "generic"),
        # what a clause opened by a question word asks is no plan ("how much", "where", "when"
        # after a word of knowing); a "when" clause after a comma tells its time
        ("Officials have not decided how much fuel will be shipped to the island.", "shipped", "hypothetical"),
        ("The council will decide where the new school will be built.", "built", "hypothetical"),
        ("It remains unclear when the ferry will resume its service.", "resume", "hypothetical"),
        ("She flies to Lima in two weeks, when she will open the new port.", "open", "planned"),
        # an ability denied is a happening denied, past or ahead; granted ahead, it may not happen
        ("Firemen were not able to enter the mine on Friday, the company said.", "enter", "negated"),
        ("The keeper will not be able to play in the final on Sunday.", "play", "negated"),
        ("The ferry was never able to sail before the storm ended.", "sail", "negated"),
        ("The new bridge will be able to carry trucks from March.", "carry", "hypothetical"),
    ],
)
def test_not_happenings_factuality(nlp, text, trigger, expected):
    facts = {e.predicate.text: e.factuality for e in rows(nlp, text, all_events=True)}
    assert facts.get(trigger) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the feeling is no row; the act that brought it about is the verb's row, anchored on the act
        ("The board angered investors by cutting the dividend on Monday.", ["cutting"]),
        # the span of time a figure covers is no happening
        ("Exports rose 4 percent in the six months ending in June.", ["rose"]),
        ("Profit fell 8 percent in the year ended March 31.", ["fell"]),
        # a relative clause that tells which thing it is: the loans, not a taking of them
        ("The firm repaid the loans it took for the new plant.", ["repaid"]),
        # the tag of a quotation, active or passive
        ("The daily quoted him as saying that the border had been closed.", ["closed"]),
        # a happening told before, timed against another
        (
            "The court was adjourned on Monday. The surprise move came when a lawyer tabled a motion.",
            ["adjourned", "tabled"],
        ),
        # a state told as a passive
        ("The two towns have been locked in a bitter feud.", []),
        # ... but one that tells a happening in passing, or where and when one happened, is a row
        ("The army shelled the town, which the rebels blamed on a drone.", ["shelled", "blamed"]),
        ("The hall where the rebels surrendered will become a museum.", ["surrendered"]),
    ],
)
def test_not_happenings_rows(nlp, text, expected):
    assert triggers(nlp, text) == expected


def test_not_happenings_done_over_and_over_on_a_day_is_a_happening():
    (fired,) = extracted("Troops repeatedly fired into the air on Sunday.")
    assert (fired.factuality, fired.date.earliest) == ("asserted", "2016-12-18")


def test_not_happenings_an_amount_in_won_is_no_win(nlp):
    # Korea's currency after a figure: the market report's rows are the moves, dated by its day
    text = (
        "The main index rose 12.4 points to 1,402.10 on Monday.\n"
        "The local currency ended at 1,150.20 won against the dollar, up 2.00 won from Friday's close.\n"
    )
    events = rows(nlp, text)
    assert "won" not in [e.predicate.text for e in events]
    ended = next(e for e in events if e.predicate.text == "ended")
    assert ended.date.earliest != "2016-12-09"  # not Friday's: the close it is compared with


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a market report's trading volume is a figure of its day, not a move of its own
        (
            "The stock index climbed 3.5 points to 612.40 on Monday. "
            "Volume on the board rose to 48.3 million shares from 31.2 million shares on Friday.",
            ["climbed"],
        ),
        (
            "The index slid 11 points on Thursday. About 915,000 shares changed hands, "
            "while 212 counters stayed untraded and 9 counters were suspended.",
            ["slid"],
        ),
        ("The index rose 4 points on Friday. A total of 2.4 million shares were traded.", ["rose"]),
        # nor is the count of the day's movers, a number standing for the stocks told before it
        ("The index gained 0.4 percent on Monday, with 212 stocks rising, 198 falling and 76 unchanged.", ["gained"]),
        ("The index fell 12 points on Tuesday, with 640 stocks moving down, 402 moving up and 95 unchanged.", ["fell"]),
        # nor the stocks left out of the day's trading, listed after those unchanged
        (
            "On the Kuala Lumpur bourse, losers outnumbered gainers 610 to 204, "
            "with 301 counters unchanged, 187 untraded and 12 suspended.",
            [],
        ),
        # ... but a company's shares moving, or shares sold by someone, are happenings
        ("The brewer's shares fell 2 dollars on Thursday.", ["fell"]),
        ("Two suspended after the brawl at the derby on Sunday.", ["suspended"]),
        ("The bank sold 3 million shares to a pension fund on Tuesday.", ["sold"]),
        ("Two of the three indexes were falling on Monday.", ["falling"]),
    ],
)
def test_not_happenings_trading_volume(text, expected):
    assert [e.predicate.text for e in extracted(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an estimate or a poll's figure is no happening
        ("The storm hit the coast on Sunday. Insurers have put the damage at more than 40 million euros.", ["hit"]),
        ("The storm hit the coast on Sunday. In 2009 the cost of the sea wall was put at 3 million euros.", ["hit"]),
        ("The campaign ended on Friday. Two papers put the Greens on 21 percent.", ["campaign"]),
        # ... but putting something forward or somewhere is
        ("The mayor put forward a plan for the harbour on Monday.", ["put forward"]),
    ],
)
def test_not_happenings_a_figure_put_on_a_thing(text, expected):
    assert [e.predicate.text for e in extracted(text)] == expected


def factualities(text: str) -> dict[str, str]:
    """predicate text -> factuality of every row of ``text`` (the default chronology's and the rest)."""
    return {e.predicate.text: e.factuality for e in extracted(text, all_events=True)}


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a quantity foretold with a time of its own is a planned row of that time (the guidelines'
        # forecast for a year, or "by 2035")
        ("World coal demand will soar by 40 percent by 2035, the agency said.", "soar", "planned"),
        ("The price of rice is expected to decline to 300 dollars a tonne next year.", "decline", "planned"),
        ("Tea exports are expected to exceed 90,000 tonnes this year, the board said.", "exceed", "planned"),
        ("Steel output will shrink by 6 percent in the next quarter, analysts said.", "shrink", "planned"),
        ("The city's population is projected to double by 2030.", "double", "planned"),
        ("Rice output is forecast to rise to 40 million tonnes next year.", "rise", "planned"),
        # ... with no time of its own it stays a forecast, out of the chronology
        ("Rice output is forecast to rise to 40 million tonnes.", "rise", "hypothetical"),
        ("World coal demand will soar, the agency said.", "soar", "hypothetical"),
        ("The price of rice is expected to decline further.", "decline", "hypothetical"),
        # a price set for a day is a decision's, and what someone will do is a plan
        ("Bus fares will rise by 5 percent on March 1 under the new tariff.", "rise", "planned"),
        ("The ministry will raise bus fares next year.", "raise", "planned"),
    ],
)
def test_not_happenings_dated_forecast(text, trigger, expected):
    # (with the text's dates: the rule is about a dated forecast)
    assert factualities(text).get(trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # what has happened until now, summed up, is a tally or a stance, no happening of a day
        ("The fever has so far killed nine cattle in the valley.", "killed", "generic"),
        ("In all, twelve houses have been destroyed by the fires.", "destroyed", "generic"),
        ("The senate has thus far refused to debate the bill.", "refused", "generic"),
        ("The new vaccine has so far proven to be safer than the old one.", "proven", "generic"),
        # ... but the happening told on its own is a row
        ("The fever killed nine cattle in the valley on Sunday.", "killed", "asserted"),
        ("The storm has destroyed twelve houses in the port.", "destroyed", "asserted"),
        # ... and so is a total of deeds, told by a number of what was done or of those who did it
        ("The city has planted 4,000 trees to date.", "planted", "asserted"),
        ("So far, the agency has opened nine clinics in the north.", "opened", "asserted"),
        ("More than 3,000 volunteers have so far signed up for the clean-up.", "signed up", "asserted"),
        ("Thus far twenty teams have arrived for the tournament.", "arrived", "asserted"),
    ],
)
def test_not_happenings_summed_so_far(text, trigger, expected):
    assert factualities(text).get(trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # what someone stopped doing did not happen; what someone is busy with is a state
        ("After the war the village no longer held the fair.", "held", "negated"),
        ("The two unions have been engaged in a dispute over pay for months.", "engaged", "generic"),
        ("Since 1990 she has been engaged in the study of glaciers.", "engaged", "generic"),
        # ... but engaging someone is a happening
        ("The navy engaged the smugglers off the coast on Friday.", "engaged", "asserted"),
    ],
)
def test_not_happenings_stopped_or_busy(text, trigger, expected):
    assert factualities(text).get(trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # an effort a specific doer is making is an operation going on, a row (GUIDELINES: "ISPs
        # were working to bypass the cables"), whether past, present or present perfect
        ("Engineers are currently working to reopen the tunnel.", "working", "asserted"),
        ("The two ministries have been working on a joint plan.", "working", "asserted"),
        ("The ferry crews were working to clear the harbour.", "working", "asserted"),
        # ... not what people in general do, being at work as the scene of a happening, nor a
        # habit
        ("Many firms are working to cut costs.", "working", "generic"),
        ("Thirty miners were working in the shaft when the gas exploded.", "working", "generic"),
        ("Our nurses are always working to help the sick.", "working", "generic"),
        # ... and work done on a day is
        ("Volunteers worked through the night on Saturday.", "worked", "asserted"),
    ],
)
def test_not_happenings_effort_going_on(text, trigger, expected):
    assert factualities(text).get(trigger) == expected


def test_not_happenings_effort_going_on_is_a_row_with_its_aim():
    # the row a user sees: the effort with what it is at, dated by the story
    (row,) = [e for e in extracted("Power engineers were working to restore the grid in the north.")]
    assert row.predicate.text == "working"
    assert row.summary == "Power engineers were working to restore the grid in the north"
    assert row.date.earliest == "2016-12-20"


def test_not_happenings_effort_going_on_with_a_day_of_its_aim():
    # an aim with a time of its own is told as done on it: one row, the aim's
    rows_seen = extracted("Rescue teams were working to free the trapped miners on Monday.")
    assert [e.predicate.text for e in rows_seen] == ["free"]


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # an inquiry a specific doer carries out is an operation going on, a row (GUIDELINES:
        # "police were investigating the blast")
        ("Detectives have been investigating the theft of the paintings since Monday.", "investigating", "asserted"),
        ("Health officials are studying samples taken from the flock.", "studying", "asserted"),
        ("The navy is conducting an investigation into the collision.", "investigation", "asserted"),
        ("The customs office was still calculating the losses.", "calculating", "asserted"),
        ("The regulator is reviewing whether the bank broke the rules.", "reviewing", "asserted"),
        ("“Our auditors are looking into the accounts,” the mayor said.", "looking", "reported"),
        # ... not one no one is said to carry out, options weighed, a student's studies as the
        # scene of a happening, nor what a text covers
        ("The inquiry is going on, a spokesman for the port said.", "inquiry", "generic"),
        ("The ministry is studying options for the new port.", "studying", "generic"),
        ("Bankers are calculating that the new tax will hold down prices.", "calculating", "generic"),
        ("“We are monitoring developments closely,” the embassy said.", "monitoring", "generic"),
        ("She met her husband while she was studying law in Leeds.", "studying", "generic"),
        # and neither is how work goes while it goes on
        ("The repair work on the bridge is going smoothly, the engineers said.", "going", "generic"),
        # ... but an inquiry opened, or done on a day, is
        ("Prosecutors launched an investigation into the collision on Monday.", "investigation", "asserted"),
        ("Inspectors examined the wreck of the ferry on Monday.", "examined", "asserted"),
        # ... and so is a look taken on the article's day
        ("Divers are examining the wreck of the ferry.", "examining", "asserted"),
        # ... and talks that went well are the talks' row
        ("The talks with the unions went well on Monday.", "talks", "asserted"),
    ],
)
def test_not_happenings_inquiry_going_on(text, trigger, expected):
    assert factualities(text).get(trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # what a thing will do, undated, is a prediction or a description: a thing schedules nothing
        ("The regulator said this will endanger small lenders across the region.", "endanger", "hypothetical"),
        ("The mudslides will delay the harvest of coffee in the highlands.", "delay", "hypothetical"),
        ("The novel will portray three sisters during the war, its author said.", "portray", "hypothetical"),
        (
            "Such unrest is expected to lead to more strikes, the bank said.",
            "strikes",
            "hypothetical",
        ),  # (the row of the strikes)
        # and so is what will befall a place or a body, undated: a forecast
        (
            "The northern provinces will experience heavy showers, the weather bureau said.",
            "experience",
            "hypothetical",
        ),
        ("The two coastal villages will suffer more flooding, the engineers said.", "suffer", "hypothetical"),
        # ... but what people or a body will do stays a plan, and so does a happening's schedule
        ("The patient will undergo surgery on Friday, the hospital said.", "surgery", "planned"),
        ("The Dutch contingent will guard the port of Vlore, the ministry said.", "guard", "planned"),
        ("The miners will march to the capital, their union said.", "march", "planned"),
        ("The festival will open with a concert by the city orchestra.", "open", "planned"),
        ("The frigate will sail for the Gulf, the navy said.", "sail", "planned"),
        ("The winning duo will next face the Korean pair, the federation said.", "face", "planned"),
        ("A total of 40 choirs from 12 countries will perform at the festival.", "perform", "planned"),
    ],
)
def test_not_happenings_foretold_of_a_thing(text, trigger, expected):
    assert factualities(text).get(trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a quantity told ahead with no time of its own is a forecast, whatever its verb
        ("The bank said inflation would ease to 4 percent.", "ease", "hypothetical"),
        ("Unemployment will peak at 9 percent, the report said.", "peak", "hypothetical"),
        ("The economists said the economy will glide to a soft landing.", "glide", "hypothetical"),
        # and so is a quantity driven, by a verb that elsewhere tells a trip
        ("The minister said cheap credit will drive growth in the region.", "drive", "hypothetical"),
        # ... but what is counted by "a total of" may act, a happening's schedule stays a plan, and so
        # does a trip
        ("A total of 30 bands will play at the festival.", "play", "planned"),
        ("Output will resume at the mine, the company said.", "resume", "planned"),
        ("The trucks will drive to the capital, the ministry said.", "drive", "planned"),
    ],
)
def test_not_happenings_quantity_foretold(text, trigger, expected):
    assert factualities(text).get(trigger) == expected


def test_not_happenings_quantity_foretold_one_row():
    # a noun whose expected change has a verb of its own: one row, the change, with its time (this test
    # stood among the rows' tests, which read no dates: there the forecast is undated, and no row)
    assert [e.predicate.text for e in extracted("Car sales were expected to sink this year.")] == ["sink"]
    assert [e.predicate.text for e in extracted("Car sales were expected to sink.")] == []


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # what has gone on or held over weeks, months or years up to now is a state of affairs
        ("A Belgian banker has been missing for three weeks.", "missing", "generic"),
        ("The feud over the river has been simmering since 1974.", "simmering", "generic"),
        ("Since 1992 she has lectured in Paris and in Geneva.", "lectured", "generic"),
        ("The province has been gripped by drought for the past year.", "gripped", "generic"),
        ("Since February a Swiss diplomat has been brokering talks between the two sides.", "brokering", "generic"),
        # and so is a career told over years, in the simple past too
        ("The photographer worked in Angola for more than six years.", "worked", "generic"),
        ("The nurse taught at the village school from 1990 to 1995.", "taught", "generic"),
        ("Volunteers worked through the night on Saturday.", "worked", "asserted"),
        # ... but not a span of days, whose start may be the news, nor a count over the span
        ("Protesters have blocked the highway since Monday.", "blocked", "asserted"),
        ("The prosecutor had asked for eight years for the two smugglers.", "asked", "asserted"),
        ("Six women have entered the race for the first time since 1990.", "entered", "asserted"),
        ("More than 900 people have been evacuated since March.", "evacuated", "asserted"),
        ("Rents in the capital have climbed steeply since 2001.", "climbed", "asserted"),
        ("The insurgents have killed 40 policemen since January.", "killed", "asserted"),
    ],
)
def test_not_happenings_kept_over_a_span(text, trigger, expected):
    assert factualities(text).get(trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a source that asks not to be named tells how it is quoted, no happening
        ("A bank official, who asked not to be named, said the loan was cancelled.", "asked", "generic"),
        ("One diplomat, who asked not to be identified, said the envoy left.", "asked", "generic"),
        ("The engineer requested anonymity because he feared for his job.", "requested", "generic"),
        ("One of the guards refused identification.", "refused", "generic"),
        ("The ferry sank at dawn, a port officer said. He spoke on condition of anonymity.", "spoke", "generic"),
        # ... as a speech given is one
        ("The minister spoke on Monday at the opening of the new bridge.", "spoke", "asserted"),
        # ... but asking someone for something is a happening
        ("The mayor asked the army to clear the roads on Monday.", "asked", "asserted"),
    ],
)
def test_not_happenings_anonymity_asked(text, trigger, expected):
    assert factualities(text).get(trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a participle or a passive relative giving its noun a time tells a plan, not a fact of the day
        ("Beijing cancelled a visit by the Danish trade minister scheduled for May 3.", "scheduled", "planned"),
        ("The envoys met to prepare the talks, which had been set for June 12.", "set", "planned"),
        ("The assembly dropped a motion scheduled for debate later in the week.", "scheduled", "planned"),
        # ... the schedule told in its own clause is the plan, and what someone set is a happening
        ("The vote is scheduled for Friday.", "vote", "planned"),
        ("Police said the blaze was set by arsonists on Sunday.", "set", "asserted"),
    ],
)
def test_not_happenings_schedule_of_a_noun(text, trigger, expected):
    assert listed(text).get(trigger) == expected


def listed(text: str) -> dict[str, str]:
    """predicate text -> factuality of the default chronology's rows of ``text``."""
    return {
        e.predicate.text: e.factuality for e in extracted(text) if e.factuality in ("asserted", "reported", "planned")
    }


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # what a clause is put in place of did not happen
        ("Instead of being released, the two reporters were transferred to a military prison.", "released", "negated"),
        ("The senator chose to resign rather than face a vote of censure.", "vote", "negated"),
        # ... the clause it is set against did
        (
            "Instead of being released, the two reporters were transferred to a military prison.",
            "transferred",
            "asserted",
        ),
    ],
)
def test_not_happenings_instead_of(text, trigger, expected):
    assert factualities(text).get(trigger) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle that names its noun, read by the parser as the noun's verb, is no row
        (
            STORY_OPENING + 'In a bruising defeat, the pro-market Labour deputies, dubbed the "awkward" squad, '
            "first voted with 70-61 to block the budget.",
            ["voted"],
        ),
        (STORY_OPENING + "The carvings, once labelled pagan, were burned by the missionaries in 1850.", ["burned"]),
        (STORY_OPENING + "Smith's thesis entitled 'A Short History of the Rocket' was printed in 1961.", ["printed"]),
        # ... but someone who names a thing, or a right given, is told
        (STORY_OPENING + "The senator, in a speech on Monday, called the plan a disaster.", ["speech", "called"]),
        (STORY_OPENING + "The tribunal entitled the widow to a pension on Monday.", ["entitled"]),
    ],
)
def test_not_happenings_name_given(text, expected):
    opening = {e.predicate.text for e in extracted(STORY_OPENING)}
    assert [e.predicate.text for e in extracted(text) if e.predicate.text not in opening] == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a course kept, with no time, is a stance; a rule's "shall" is a norm: no happening planned
        ("The trade minister said the country will stick to its policy of open markets.", "stick", "generic"),
        ("A licensed pharmacy shall submit a record of every sale to the regulator.", "submit", "generic"),
        ("The new party would care about the rights of farmers, its leader said.", "care", "generic"),
        # ... but one set for a day, or a thing to be done, is planned
        ("The club will honor the late coach with a minute's silence on Saturday.", "honor", "planned"),
        ("The trade minister said the country will cut tariffs on rice.", "cut", "planned"),
    ],
)
def test_not_happenings_stance_or_norm(text, trigger, expected):
    assert factualities(text)[trigger] == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a post or a part to come, or what a thing will be used for, with no time: no happening planned
        ("The retired judge will act as a special adviser to the commission.", "act", "generic"),
        ("The friendly would also serve as a dress rehearsal for the cup final, the coach said.", "serve", "generic"),
        ("Half of the grant would be used to repair village schools, the minister said.", "used", "generic"),
        ("The new manager said he will use the tour to try out young players.", "use", "generic"),
        # ... but what is to be done, or a post taken up on a set day, is planned
        ("The retired judge will chair the hearing into the collapse.", "hearing", "planned"),
        ("The retired judge will take up her post as special adviser on Monday.", "take up", "planned"),
        ("The army will fire tear gas at the protesters.", "fire", "planned"),
    ],
)
def test_not_happenings_a_post_or_a_use_to_come(text, trigger, expected):
    assert factualities(text)[trigger] == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # striving told with "hard" is an effort, in the past as ahead
        ("Health officials have worked hard to stop the virus reaching the capital.", "worked", "generic"),
        ("The visitors fought hard in the last quarter.", "fought", "generic"),
        ("The minister said his country will work hard for closer trade ties.", "work", "generic"),
        ("The team pushed hard for a second goal but failed.", "pushed", "generic"),
        # ... not what was done with someone, or against someone
        ("The firm worked with the police on Monday to trace the hackers.", "worked", "asserted"),
        ("The army fought the rebels in the hills on Monday.", "fought", "asserted"),
    ],
)
def test_not_happenings_a_hard_effort(text, trigger, expected):
    assert factualities(text)[trigger] == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a part in bringing something about is an explanation, told or foretold
        ("Strong sales of the new hatchback contributed to a rise in profits.", "contributed", "generic"),
        (
            "The new canal would contribute greatly to trade in the region, the governor said.",
            "contribute",
            "hypothetical",
        ),
        # ... a thing given is a happening
        (
            "The government pledged on Monday to contribute 10 million dollars to the relief fund.",
            "pledged",
            "asserted",
        ),
        ("Japan contributed 500 troops to the mission on Monday.", "contributed", "asserted"),
    ],
)
def test_not_happenings_a_contribution_to_a_state(text, trigger, expected):
    assert factualities(text)[trigger] == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a chance missed in a match: no goal
        ("Lopez went close with a header just before the break.", "went", "generic"),
        ("Moreno also hit the bar for the hosts soon after.", "hit", "generic"),
        ("The captain's low shot hit the post in the second half.", "hit", "generic"),
        ("The striker had another chance but he miscued.", "miscued", "generic"),
        ("Silva fired wide from ten yards.", "fired", "generic"),
        # ... a goal, or a crash, is a happening
        ("Silva scored from ten yards.", "scored", "asserted"),
        ("The truck hit a bridge post on Monday.", "hit", "asserted"),
    ],
)
def test_not_happenings_a_chance_missed(text, trigger, expected):
    assert factualities(text)[trigger] == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # an event noun made a habit by its adjective, with no day of its own, tells none of them
        ("Regular patrols were carried out along the coast, the navy said.", "patrols", "generic"),
        ("Frequent attacks by bandits have closed the road to the mine.", "attacks", "generic"),
        (
            "The mining town, along with nearby villages, has witnessed frequent bandit raids against the police "
            "in the past two years of unrest.",
            "raids",
            "generic",
        ),
        # ... but those of a day are told
        ("Rebels launched sporadic attacks on the town on Monday.", "attacks", "asserted"),
    ],
)
def test_not_happenings_frequent(text, trigger, expected):
    assert factualities(text)[trigger] == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # what a belief or a fear holds is not told as fact, even when the parser hangs it on the verb
        ("City dwellers suffer the phobia that the whole world has abandoned them.", "abandoned", "hypothetical"),
        ("There is a widespread belief that the council rigged the tender.", "rigged", "hypothetical"),
        # ... what someone is told is
        ("The mayor told the council that the bridge had reopened.", "reopened", "asserted"),
    ],
)
def test_not_happenings_belief_held(text, trigger, expected):
    assert factualities(text)[trigger] == expected


def test_not_happenings_days_close_is_a_yardstick():
    # a market's close named by its day is the time or the yardstick of the move told, no row
    text = (
        "The index rose 12 points on Thursday. Turnover was 1.2 billion shares, "
        "compared with Wednesday's closing of 969 million shares. "
        "The bank's shares rose 4.3 percent to 2.45 dollars at Wednesday's closing."
    )
    assert [e.predicate.text for e in extracted(text)] == ["rose", "rose"]


def test_not_happenings_a_start_thousands_of_years_ago_is_told_not_dated_to_a_year():
    # "two thousand years ago" in a 2016 article is no year 16, and "began to" is no plan
    (grow,) = [
        e
        for e in extracted("The villagers began to grow rice some two thousand years ago.")
        if e.predicate.text == "grow"
    ]
    assert (grow.factuality, grow.date.earliest) == ("asserted", None)


@pytest.mark.parametrize(
    "text",
    [
        'Dundee drew 1-1 with Hearts on Saturday. "Hearts played very well," the Dundee manager said.',
        'Leeds won 2-0 on Sunday. "We played with great spirit and belief," Tom Barker said.',
    ],
)
def test_not_happenings_how_well_a_side_played_is_a_judgment(text):
    assert not [e for e in extracted(text, "2006-12-04") if e.predicate.lemma == "play"]


def test_not_happenings_a_game_played_is_still_a_happening():
    assert [
        e for e in extracted("Norway played Sweden in Oslo on Sunday.", "2006-12-04") if e.predicate.lemma == "play"
    ]


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a condition told by its auxiliary put first, however the parser hung the clause
        ("Had Kurre arrived earlier, the talks would have started.", "arrived", "hypothetical"),
        ("Had Ahly scored twice on Friday, the club would have won the cup.", "scored", "hypothetical"),
        ("The minister said he had arrived on Monday.", "arrived", "asserted"),
    ],
)
def test_not_happenings_an_auxiliary_put_first_is_a_condition(text, trigger, expected):
    assert factualities(text)[trigger] == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # "could" in what was said is a plan only by a time still ahead: here the time is the
        # quake's, a possibility told
        (
            "The earthquake at 0920 GMT could trigger landslides in the valley, the institute said.",
            "trigger",
            "hypothetical",
        ),
        ("The minister said the talks could resume next week.", "talks", "planned"),
        ("The minister said the talks would resume on Friday.", "talks", "planned"),
    ],
)
def test_not_happenings_a_possibility_told_is_a_plan_only_by_a_time_ahead(text, trigger, expected):
    assert factualities(text)[trigger] == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # whoever or whatever comes: a rule, a condition, no happening set
        ("Anyone who kept selling the fish will be fined.", "fined", "generic"),
        ("An official said the army would respond to any attack on the border.", "respond", "generic"),
        ("The minister will meet the strikers on Friday.", "meet", "planned"),
        # the relative clause of a course kept describes who, as "who sold the meat" does
        ("The woman who continued selling the eggs was fined on Tuesday.", "selling", "generic"),
        ("The woman who sold the eggs was fined on Tuesday.", "sold", "generic"),
    ],
)
def test_not_happenings_whoever_comes_is_a_rule(text, trigger, expected):
    assert factualities(text)[trigger] == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # waiting for something is a state of expectation: what is awaited has its own row
        ("The coach is waiting for a new striker, the newspaper reported on Thursday.", "waiting", "generic"),
        ("The miners were awaiting rescue on Monday.", "awaiting", "generic"),
        ("Fans are looking forward to the final.", "looking", "generic"),
        ("Everyone will be waiting for the verdict on Friday.", "waiting", "generic"),
        # a wait with nothing awaited named is a scene of its day; a wait until a deed dates it
        ("Commuters waited in the rain behind police lines on Monday.", "waited", "asserted"),
        ("The hikers waited for two days in a hut near the summit.", "waited", "asserted"),
        ("The envoy waited until the last minute before presenting the plan on Friday.", "waited", "asserted"),
        ("The police looked for the boy on Monday.", "looked", "asserted"),
    ],
)
def test_not_happenings_waiting_for_something_is_a_state(text, trigger, expected):
    assert factualities(text)[trigger] == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # an age reached is a birthday told in passing
        ("The singer, who turned 60 on Monday, released a new album on Tuesday.", "turned", "generic"),
        ("The actor will turn 70 next month.", "turn", "generic"),
        # a number that counts a thing, or a move, is no age
        ("The governor turned 5,000 acres over to the farmers on Friday.", "turned", "asserted"),
        ("Sales turned higher in May.", "turned", "asserted"),
    ],
)
def test_not_happenings_an_age_reached_is_no_happening(text, trigger, expected):
    assert factualities(text)[trigger] == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a to-infinitive the parser joined to a gerund or a phrase of another kind is an aim
        # (what the money is for), not a happening told as done
        (
            "Proceeds from the sale will go to repaying bank loans, refitting two ferries, "
            "and to buy a site for a new terminal.",
            "buy",
            "hypothetical",
        ),
        (
            "The cash would be spent on paying staff, refitting several ships of the fleet, "
            "and to buy the land for a new dock.",
            "buy",
            "hypothetical",
        ),
        # one more step of a plan stays the plan's
        ("The minister plans to visit Ghana, opening a clinic there, and to meet the president.", "meet", "planned"),
        (
            "The minister is expected to visit Ghana, opening a clinic there, and to meet the president.",
            "meet",
            "planned",
        ),
        # two infinitives of one decision are its steps
        ("The union decided to end the strike and to return to work on Monday.", "return", "asserted"),
    ],
)
def test_not_happenings_a_stranded_infinitive_is_an_aim(text, trigger, expected):
    assert factualities(STORY_OPENING + text)[trigger] == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a present the tagger left in its base form ("fill", not "fills") tells how things stand
        ("Crew-cut US marshals fill many of the luxury hotels in both cities.", "fill", "generic"),
        ("Armed US marshals fill the lobbies of both hotels.", "fill", "generic"),
        ("Crew-cut US marshals patrol the streets of both cities.", "patrol", "generic"),
        # a present with a day of its own is a plan of that day
        ("Both teams meet in the final on Sunday.", "meet", "planned"),
    ],
)
def test_not_happenings_a_present_tagged_as_a_base_form_is_a_state(text, trigger, expected):
    assert factualities(STORY_OPENING + text)[trigger] == expected
