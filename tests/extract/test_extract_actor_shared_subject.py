"""A subject shared with the verb before: a tensed verb the parser left unlabelled after ", then"
("Kowalski emigrated to Canada, then moved to Chile") and an infinitive after a means of one's own
("Kessler used his elbow to push Moreau"), whose doer is the subject, not the means. A verb of
saying joined to the verb before ("Norway rejected the report and said it would ...") shares its
subject, which the "it" or "he" of what it reports is."""

from __future__ import annotations

import pytest

from tests.extract.test_extract_actor_names import actors, names

pytestmark = pytest.mark.slow


def test_actor_shared_subject_a_verb_after_then_is_done_by_the_subject_before():
    text = "In 1950, Kowalski emigrated to Canada, then moved to Chile in 1962 before moving to Peru in 1970."
    assert names(text, "moved") == ["Kowalski"]


def test_actor_shared_subject_the_verb_before_keeps_its_subject():
    text = "In 1950, Kowalski emigrated to Canada, then moved to Chile in 1962 before moving to Peru in 1970."
    assert names(text, "emigrated") == ["Kowalski"]


def test_actor_shared_subject_who_uses_his_elbow_to_push_is_the_pusher():
    text = "Kessler used his elbow to push Moreau off the ball."
    assert actors(text, "push") == [("Kessler", "agent"), ("Moreau", "patient")]


def test_actor_shared_subject_who_is_used_to_do_it_is_not_the_user():
    # "used Dimitri to carry": the one used carries; the subject does not
    text = "The smugglers used Dimitri Pavlov to carry the cash across the border."
    assert "Dimitri Pavlov" in names(text, "carry")


def test_actor_shared_subject_an_object_asked_to_act_still_acts():
    text = "The party urged Novak to resign on Monday."
    assert names(text, "resign") == ["Novak"]


def test_actor_shared_subject_it_after_a_verb_of_saying_joined_to_another_is_the_subject():
    text = (
        "Acme Corp opened a new plant in Ohio last year. "
        "Norway rejected the report on Friday and said it would send experts to the site."
    )
    assert actors(text, "send") == [("Norway", "agent")]


def test_actor_shared_subject_he_after_a_verb_of_saying_joined_to_another_is_the_subject():
    text = "Mark Owens denied the claims made by Paul Hendry and said he would stay in office."
    assert names(text, "stay") == ["Mark Owens"]


def test_actor_shared_subject_a_stance_joined_to_a_things_relative_clause_is_the_speakers():
    # the parser hangs "condemned" on "killed": a raid condemns no one, the one who denounced it does
    text = "Anna Lind denounced the raid that killed six farmers and condemned those who ordered it."
    assert names(text, "condemned") == ["Anna Lind"]


def test_actor_shared_subject_the_summary_of_that_stance_tells_the_speaker():
    from tests.extract.parsed import extracted

    text = "The board praised the scheme that runs in two towns and urged all towns to join it, said Mr Oduya."
    urged = next(e for e in extracted(text, all_events=True) if e.predicate.text == "urged")
    assert urged.summary.startswith("The board urged")


def test_actor_shared_subject_a_verb_of_the_things_own_stays_the_things():
    text = "Anna Lind watched the storm that flattened six farms and destroyed the bridge."
    assert "Anna Lind" not in names(text, "destroyed")


@pytest.mark.parametrize(
    ("text", "trigger", "who"),
    [
        ("Tomas Brandt was the first to cross the finish line in Oslo.", "cross", [("Tomas Brandt", "agent")]),
        (
            "Greta Olsen won the race in 1988 and became the first woman to win the cup twice.",
            "win",
            [("Greta Olsen", "agent")],
        ),
        ("Peru became the first country to ratify the fishing treaty.", "ratify", [("Peru", "agent")]),
        ("Ines Moreno was the youngest player ever to score in a final.", "score", [("Ines Moreno", "agent")]),
        ("Karl Dorn was the first mayor to be elected twice.", "elected", [("Karl Dorn", "patient")]),
    ],
)
def test_actor_shared_subject_the_one_ranked_first_to_do_something_does_it(text, trigger, who):
    # "X was the first to V", "X became the first woman to V": the copula's subject does it
    assert [a for a in actors(text, trigger) if a[0] in {n for n, _ in who}] == who


def test_actor_shared_subject_the_last_chance_to_do_something_is_no_doer():
    # the chance's infinitive says what the chance is for: the council is not said to save it
    text = "Mara Holt said the Nordic Council may be the last chance to save the fishing treaty."
    assert "Nordic Council" not in names(text, "save")


def test_actor_shared_subject_the_first_body_to_do_something_inside_what_is_said_does_it():
    text = "Mara Holt said the Nordic Council was the first body to ratify the fishing treaty."
    assert "Nordic Council" in names(text, "ratify")


def test_actor_shared_subject_him_after_a_verb_of_saying_joined_to_the_clause_reported_is_not_the_speaker():
    # the parser joins "urged" to "was", the verb of the clause "said" reports: the speaker urges,
    # and "him" is the one she urged, not herself
    text = (
        "Governor Clara Weiss met Mayor Jonas Berg on Monday. "
        "Weiss said the new stadium was too costly and urged him to drop the plan."
    )
    assert actors(text, "urged") == [("Clara Weiss", "agent"), ("Jonas Berg", "patient")]


def test_actor_shared_subject_him_after_a_verb_joined_to_another_is_not_their_subject():
    text = (
        "Clara Weiss spoke with Mayor Jonas Berg in Vienna on Monday. "
        "Weiss visited the port with the mayor and thanked him for the new ferry."
    )
    assert ("Jonas Berg", "patient") in actors(text, "thanked")
    assert ("Clara Weiss", "patient") not in actors(text, "thanked")
