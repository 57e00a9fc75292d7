"""What a speaker "concluded that", "evoked" or "cited" on the occasion of other remarks is one of
those remarks (GUIDELINES, second batch: several quotes of one speaker on one occasion are one
row); "concluded" with no "that" is no statement ("the talks concluded")."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline import api

pytestmark = pytest.mark.slow


def rows(text: str) -> list[tuple[str, ...]]:
    """The triggers of each row of the article's chronology."""
    timeline = api.extract([text], ref_date=dt.date(2016, 3, 9))
    return [tuple(m.trigger for m in e.mentions) for e in timeline.events]


def test_concluded_that_is_one_more_remark_of_the_speaker():
    text = (
        "Opposition leader Maria Olsen warned on Wednesday that the reform would divide the country. "
        "Olsen concluded that the vote was a turning point for the coalition."
    )
    found = rows(text)
    assert any("warned" in r and "concluded" in r for r in found)


def test_what_a_speaker_evoked_and_then_said_is_one_remark():
    text = (
        "Spokesman Tom Reiner said on Wednesday that the embassy was calm. "
        "Reiner evoked the 1999 treaty between the two countries and said the staff were safe."
    )
    found = rows(text)
    assert not any(r == ("evoked",) for r in found)


def test_a_speaker_citing_a_rival_is_one_of_her_remarks():
    text = (
        "Sprinter Ana Lopes said on Wednesday that she was confident of a medal. "
        "Lopes cited her Jamaican rival Kerry Wells as the favourite for the title."
    )
    assert not any(r == ("cited",) for r in rows(text))


def test_talks_that_concluded_are_no_remark():
    text = (
        "Foreign minister Ana Palacio said on Wednesday that she was pleased. "
        "The talks on the fishing quota concluded in Madrid on Wednesday."
    )
    found = rows(text)
    assert len(found) == 2 and any("talks" in r and "said" not in r for r in found)


def test_what_a_speaker_informed_a_paper_of_is_one_of_her_remarks():
    text = (
        "Project director Lena Varga informed the Daily Courier on Tuesday that the bridge would open in May. "
        '"The work is ahead of schedule," said Varga. '
        "She also informed that twelve engineers would join the team next month."
    )
    found = rows(text)
    assert any("informed" in r and "said" in r for r in found)
    assert not any(r == ("informed",) for r in found)


def test_one_quoted_by_a_broadcaster_speaks_and_joins_his_remarks():
    text = (
        "Fire chief Oskar Brandt warned residents on Tuesday of more blazes in the hills. "
        '"The wind will not drop before the weekend," he was quoted by Radio North on Tuesday.'
    )
    timeline = api.extract([text], ref_date=dt.date(2016, 3, 9))
    joined = [e for e in timeline.events if {"warned", "quoted"} <= {m.trigger for m in e.mentions}]
    assert len(joined) == 1
    assert ("Oskar Brandt", "agent") in [(a.name, a.role) for a in joined[0].actors]
    assert ("Oskar Brandt", "patient") not in [(a.name, a.role) for a in joined[0].actors]


def test_a_writer_and_the_one_she_quoted_are_two_speakers():
    text = (
        "Food critic Mia Tanaka wrote on Tuesday that she was impressed by the new market hall. "
        '"We will cook for ten thousand guests a day," chef Paolo Rossi was quoted by Tanaka.'
    )
    found = rows(text)
    assert not any("wrote" in r and "quoted" in r for r in found)


def test_informing_a_leader_told_as_done_is_no_remark_of_another_occasion():
    text = (
        "Before the vote last spring, Premier Karl Dahl promised a new hospital for the north. "
        "Dahl said this week he had informed President Ruth Moen about the delay of the hospital."
    )
    found = rows(text)
    assert not any("promised" in r and "informed" in r for r in found)


def test_what_a_speaker_suggested_or_repeated_is_one_of_his_remarks():
    # one speaker's remarks on one occasion are one row (a suggestion, the official line repeated)
    text = (
        "Finance minister Karl Weber said on Wednesday that the tax reform was a mistake. "
        "Weber suggested that the state should sell its stake in the national airline."
    )
    assert any("said" in r and "suggested" in r for r in rows(text))
    text = (
        "Envoy Paul Lindqvist said on Wednesday that he was pleased with the mood. "
        "Lindqvist repeated the government's line that no troops would be sent."
    )
    assert any("said" in r and "repeated" in r for r in rows(text))


def test_a_remark_made_on_an_earlier_day_told_after_the_days_remarks_is_another():
    text = (
        "Secretary General Anna Berg told the radio station that the crisis was getting worse. "
        "She said the aid convoys needed more protection. "
        "Last Friday, Berg had said that donors should hold a conference on the crisis."
    )
    # the article's day's remarks are one; what she had said on Friday is another occasion's
    found = rows(text)
    assert ("told", "said") in found
    assert ("said",) in found


def test_remarks_told_after_a_dated_letter_in_the_past_perfect_are_the_letters():
    # told first, the letter is the occasion the remarks after it go on reporting
    text = (
        "The ministry said in a statement that its decision would not change. "
        "Foreign minister Omar Haddad had written to his Danish counterpart on Monday, stressing the law. "
        "Haddad added that the government had to protect its people."
    )
    assert any("written" in r and "added" in r for r in rows(text))


@pytest.mark.parametrize(
    ("second", "trigger"),
    [
        ("Ferreira also spoke of the need to rebuild trust between the two parties.", "spoke"),
        ("Ferreira referred to the striking dockers as a national disgrace.", "referred"),
        ("Ferreira equated the blockade with an act of war.", "equated"),
    ],
)
def test_what_a_speaker_spoke_of_referred_to_or_equated_is_one_of_her_remarks(second, trigger):
    text = f"Trade minister Rosa Ferreira said on Wednesday that she was confident of a deal with the unions. {second}"
    found = rows(text)
    assert any("said" in r and trigger in r for r in found)
    assert not any(r == (trigger,) for r in found)


def test_a_call_with_its_day_before_for_is_one_of_the_callers_remarks():
    text = (
        "Opposition leader Jonas Berg called Sunday for the finance minister to step down. "
        '"This is a sad day for the country," Berg told a local radio station.'
    )
    found = rows(text)
    assert any("called" in r and "told" in r for r in found)


def test_speaking_with_a_leader_and_referring_a_case_are_no_remarks():
    text = (
        "Foreign minister Ana Palacio said on Wednesday that she was pleased with the vote. "
        "Palacio spoke with her French counterpart by telephone on Wednesday. "
        "Palacio referred the dispute over the fishing quota to the European Commission."
    )
    found = rows(text)
    assert not any("said" in r and ("spoke" in r or "referred" in r) for r in found)


def test_whom_another_remark_was_about_is_no_actor_of_the_joined_remarks():
    text = (
        "Opposition leader Maria Olsen said on Wednesday that she feared a long and bitter strike. "
        "Olsen accused Prime Minister Jan Dahl of ignoring the unions."
    )
    timeline = api.extract([text], ref_date=dt.date(2016, 3, 9))
    joined = [e for e in timeline.events if {"said", "accused"} <= {m.trigger for m in e.mentions}]
    assert len(joined) == 1
    names = [a.name for a in joined[0].actors]
    assert "Maria Olsen" in names and "Jan Dahl" not in names


def test_the_same_act_told_again_keeps_whom_it_was_done_to():
    text = (
        "A district court on Wednesday rejected a lawsuit brought by a retired teacher. "
        "The court rejected Lena Holm's claim for damages of 5,000 euros from the city council."
    )
    timeline = api.extract([text], ref_date=dt.date(2016, 3, 9))
    joined = [e for e in timeline.events if len(e.mentions) == 2]
    assert len(joined) == 1
    assert "Lena Holm" in [a.name for a in joined[0].actors]


def test_the_remark_a_joined_row_is_told_in_keeps_whom_it_was_about():
    text = (
        "Coach Ian Ward has urged his former captain Tom Reed to help the young squad with his experience. "
        '"He has so much to give," Ward told reporters here on Wednesday.'
    )
    timeline = api.extract([text], ref_date=dt.date(2016, 3, 9))
    joined = [e for e in timeline.events if {"urged", "told"} <= {m.trigger for m in e.mentions}]
    assert len(joined) == 1 and "urged" in joined[0].summary
    assert "Tom Reed" in [a.name for a in joined[0].actors]


def test_appeals_of_one_speaker_to_two_parties_are_two_rows():
    text = (
        "Health minister Clara Voss on Wednesday urged the European Union to fund more vaccine plants. "
        "Voss urged the World Bank to lend money to poorer clinics."
    )
    found = rows(text)
    assert not any("urged" in r and len(r) > 1 for r in found)
    assert sum("urged" in r for r in found) == 2


def test_one_party_appealed_to_again_under_its_capital_is_one_row():
    text = (
        "Foreign minister Karl Brandt on Wednesday called on Russia to release the detained sailors. "
        "Brandt called on Moscow to open talks on the matter."
    )
    found = rows(text)
    assert any(r.count("called") == 2 for r in found)


def test_what_the_speaker_said_after_two_appeals_joins_the_first():
    text = (
        "Trade minister Ana Ruiz on Wednesday urged the European Union to cut tariffs on fruit. "
        "Ruiz urged African governments to open their markets. "
        '"We cannot wait another year," Ruiz said.'
    )
    timeline = api.extract([text], ref_date=dt.date(2016, 3, 9))
    said = next(e for e in timeline.events if "said" in {m.trigger for m in e.mentions})
    assert "European" in said.summary
    assert any([m.trigger for m in e.mentions] == ["urged"] and "African" in e.summary for e in timeline.events)


def test_refusing_to_concede_is_one_of_the_speakers_remarks():
    text = "Challenger Ana Ruiz refused to concede the race and insisted the count would go her way."
    found = rows(text)
    assert any("refused" in r and "insisted" in r for r in found)


def test_refusing_to_sign_is_a_deed_of_its_own():
    text = "Challenger Ana Ruiz refused to sign the pact and insisted the count would go her way."
    found = rows(text)
    assert not any("refused" in r and "insisted" in r for r in found)


def test_a_remark_after_a_refusal_joined_to_the_speakers_words_is_one_more_remark():
    # the refusal's row reads in the words of the remark joined to it ("insisted ..."): the
    # speaker's next remark joins it as it would have joined that remark
    text = (
        "Conservative leader Anna Holm is heading for defeat in the regional election, with a partial "
        "count on Monday giving her rival a strong lead. "
        "Trailing behind was Tomas Brandt, who got about 30 percent of votes counted. "
        "Brandt refused to concede defeat and insisted he would force a second round next month. "
        '"We are going to a second round," he told supporters.'
    )
    found = rows(text)
    assert any("refused" in r and "insisted" in r and "told" in r for r in found)


def test_a_government_spokesman_quoted_on_its_stance_is_the_governments_statement():
    text = (
        "The Kenyan government on Monday condemned the bombing of a bus station in Nairobi. "
        '"We strongly condemn this cowardly attack on innocent travellers," government spokesman '
        "Alfred Mutua said in a statement."
    )
    found = rows(text)
    assert any("condemned" in r and "condemn" in r for r in found)


def test_a_minister_titled_by_the_country_speaks_for_it():
    text = (
        "Peru on Tuesday condemned the seizure of its fishing boats off the coast of Ecuador. "
        '"We condemn this act and demand the release of the crews," Peruvian Foreign Minister '
        "Luis Bravo told reporters in Lima."
    )
    found = rows(text)
    assert any("condemned" in r and "condemn" in r for r in found)


def test_another_countrys_spokesman_is_not_the_governments_voice():
    text = (
        "The Kenyan government on Monday condemned the bombing of a bus station in Nairobi. "
        '"We strongly condemn this cowardly attack on innocent travellers," Ugandan government spokesman '
        "Ofwono Opondo said in a statement."
    )
    found = rows(text)
    assert not any("condemned" in r and "condemn" in r for r in found)


def test_an_opposition_spokesman_is_not_the_governments_voice():
    text = (
        "The Kenyan government on Monday condemned the bombing of a bus station in Nairobi. "
        '"We strongly condemn this cowardly attack on innocent travellers," opposition party spokesman '
        "Alfred Mutua said in a statement."
    )
    found = rows(text)
    assert not any("condemned" in r and "condemn" in r for r in found)


def test_a_speakers_condemnation_told_again_is_one_stance():
    text = (
        "Chilean Interior Minister Ana Ruiz on Friday condemned the shooting of two journalists in Valparaiso. "
        "Ruiz denounced the gunmen as cowards and condemned those who pay them, the state news agency Orbe reported."
    )
    found = rows(text)
    assert ("condemned", "denounced", "condemned") in found


def test_a_speakers_praise_and_condemnation_stay_two_stances():
    text = (
        "Chilean Interior Minister Ana Ruiz on Friday condemned the shooting of two journalists in Valparaiso. "
        "Ruiz praised the police officers who arrested a suspect within hours, the state news agency Orbe reported."
    )
    found = rows(text)
    assert any("praised" in r and "condemned" not in r for r in found)


def test_a_government_spokesman_is_not_the_voice_of_a_country_that_named_another_government():
    text = (
        "Uganda on Monday condemned the Kenyan government over the expulsion of traders from Nairobi. "
        '"We condemn these expulsions without reservation," government spokesman Alfred Mutua said.'
    )
    found = rows(text)
    assert not any("condemned" in r and "condemn" in r for r in found)


def test_a_second_stance_told_as_one_more_stays_apart():
    text = (
        "The Namibia-Angola Joint Commission on Security ended its session in Rundu on Friday. "
        "The commission hailed the joint patrols along the Kavango river as a sign of trust. "
        "The commission also hailed the return of 40 stolen cattle to Angola as a gesture of goodwill."
    )
    found = rows(text)
    assert len([r for r in found if "hailed" in r]) == 2


def test_another_voice_of_the_government_told_as_one_more_stays_apart():
    text = (
        "Peru on Tuesday condemned the seizure of its fishing boats off the coast of Ecuador. "
        '"We condemn this act and demand the release of the crews," Peruvian Foreign Minister '
        "Luis Bravo told reporters in Lima. "
        'Peruvian Defence Minister Rosa Vega also said the seizure was "an unacceptable provocation".'
    )
    found = rows(text)
    assert ("condemned", "condemn") in found and ("said",) in found
