"""Issue #14, session 5: who speaks in descriptions from many pages of a paper (sentences
written for these tests; none is copied from a corpus or from bench/heldout_like/written)."""

from __future__ import annotations

import pytest
from tests.plugins.quotes.helpers import all_quotes as quotes


def spoken(text: str) -> list[str | None]:
    return [text[q.speaker_start : q.speaker_end] if q.speaker_start is not None else None for q in quotes(text)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Ambulance crews in Port Harcourt said the road was blocked.", "crews"),
        ("Hotel staff in Zanzibar said most guests had left.", "staff"),
        ('"The nets came up empty," a fisherman in Valparaiso told reporters.', "fisherman"),
        ("Farmers near Arusha say the maize harvest has failed.", "Farmers"),
        ("A midwife at the clinic said three babies were born during the blackout.", "midwife"),
    ],
)
def test_an_occupation_before_a_place_speaks_not_the_place(text: str, speaker: str) -> None:
    got = spoken(text)
    assert got and all(s is not None and speaker in s for s in got), got


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Grace Wanjiru, 39, a tea picker in Kericho, said wages had not risen in years.", "Grace Wanjiru"),
        ('"We sleep in the car," said Diego Ramos, 27, a waiter from Rosario.', "Diego Ramos"),
        ("Oscar Mendes, 61, said the water had reached his roof.", "Oscar Mendes"),
    ],
)
def test_an_age_set_off_by_commas_is_no_speaker(text: str, speaker: str) -> None:
    assert spoken(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"We lost our shape," said Enyimba defender Chukwudi Eze.', "Chukwudi Eze"),
        ('"Orders are slowing," said Infosys finance chief Ravi Kumar.', "Ravi Kumar"),
    ],
)
def test_a_description_with_an_organisation_leads_to_the_name(text: str, speaker: str) -> None:
    assert spoken(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("Engineers suspect the pump had failed before the flood.", "the pump had failed", "Engineers"),
        ("The federation confirmed that the tournament would start in May.", "the tournament would start",
         "federation"),
        ("The airline said its fleet would be grounded until Friday.", "its fleet would be grounded", "airline"),
    ],
)
def test_beliefs_and_organisations_by_their_head_report(text: str, content: str, speaker: str) -> None:
    got = quotes(text)
    assert len(got) == 1 and content in got[0].text
    assert speaker in spoken(text)[0]


def test_a_suspect_of_a_crime_is_no_belief() -> None:
    assert quotes("Two men suspected of smuggling gold were detained in Kisumu.") == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Critics call the scheme a "tax on the poor."', "Critics"),
        ('Farmers call the new levy "a disaster."', "Farmers"),
    ],
)
def test_a_plural_subject_makes_a_base_form_a_verb(text: str, speaker: str) -> None:
    assert spoken(text) == [speaker]


def test_a_base_form_after_a_determiner_stays_a_noun() -> None:
    assert quotes("The call was cut after ten minutes.") == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('The union calls the offer "an insult to every nurse."', "union"),
        ('The regulator calls its own rules "out of date."', "regulator"),
    ],
)
def test_an_s_form_between_a_subject_and_its_object_is_a_verb(text: str, speaker: str) -> None:
    got = spoken(text)
    assert len(got) == 1 and got[0] is not None and speaker in got[0]


def test_a_plural_noun_after_a_determiner_stays_a_noun() -> None:
    assert quotes("The calls the minister made were recorded.") == []
