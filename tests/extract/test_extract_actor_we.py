"""'We' in a quotation is the body its speaker speaks for: the speaker itself when it is a body,
the one organisation the text titles the speaking person with, or else the country of the
government office they are titled with ("Peruvian Prime Minister"), unless "we all"; a person's
'we' with none of these names no one (more people than the speaker)."""

from __future__ import annotations

import pytest

from tests.extract.test_extract_actor_names import doers

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            '"We signed the contract on Monday," said Dana Holt, chief executive of Nordvik Industries Inc.',
            "Nordvik Industries Inc.",
        ),
        (
            'Nordvik Industries Inc. chief executive Dana Holt said on Monday: "We signed the contract last week."',
            "Nordvik Industries Inc.",
        ),
        ('The Foreign Ministry said on Monday: "We signed the contract last week."', "Foreign Ministry"),
        (
            'Omar Sadiq, a spokesman for the World Food Programme, said: "We signed the contract on Monday."',
            "World Food Programme",
        ),
        # a possessive name owns the division; the place before its head only says where it works
        (
            'Dana Holt, president of Nordvik\'s North America division, said: "We signed the contract on Monday."',
            "Nordvik",
        ),
    ],
)
def test_actor_we_is_the_body_the_speaker_speaks_for(text, body):
    assert doers(text, "signed") == [body]


def test_actor_we_of_a_person_with_no_body_names_no_one():
    assert doers('"We signed the contract on Monday," said Dana Holt.', "signed") == []


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ('"We have finished the new dam," said Peruvian Prime Minister Ana Rivas on Monday.', ["Peru"]),
        ('Kenyan Foreign Minister Paul Otieno said on Monday: "We signed the treaty last week."', ["Kenya"]),
    ],
)
def test_actor_we_of_a_countrys_office_holder_is_the_country(text, country):
    trigger = "finished" if "dam" in text else "signed"
    assert doers(text, trigger) == country


def test_actor_we_all_is_more_than_the_office_holders_country():
    assert doers('"We all signed the treaty," Peruvian Prime Minister Ana Rivas said on Monday.', "signed") == []
