"""Issue #14, session 10: a noun for a person by what they do speaks even when the role
list does not name the trade, and a subject keeps its speech across two coordinated
relative clauses (sentences written for these tests)."""

from __future__ import annotations

import pytest
from tests.plugins.quotes.helpers import all_quotes as quotes

from newskit_quotes.actors import tables


def speakers(text: str) -> list[str | None]:
    return [q.speaker for q in quotes(text)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("A former employee said the safety logs had been rewritten.", "unnamed employee"),
        ("A trainee at the depot said the brakes were never tested.", "unnamed trainee"),
        ("A pianist who played at the gala said the hall was half empty.", "unnamed pianist"),
        ("The ferry operator said the crossing would resume on Friday.", "ferry operator"),
    ],
)
def test_a_noun_for_a_person_by_what_they_do_speaks(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("A ward nurse who worked nights until June, and who asked not to be named, told the paper "
         "that oxygen had run short twice.", "unnamed nurse"),
        ("The harbour master, who inspected the hull, and who signed the report, said the ship was "
         "seaworthy.", "the harbour master"),
    ],
)
def test_a_subject_speaks_across_two_coordinated_relative_clauses(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize("word", ["newspaper", "recorder", "water", "number", "computer", "chapter"])
def test_things_with_an_agent_ending_name_no_people(word: str) -> None:
    assert not tables().names_people(word)


@pytest.mark.parametrize("word", ["operator", "employees", "fishermen", "pianist", "auctioneer", "nurse"])
def test_people_by_their_ending_or_the_role_list(word: str) -> None:
    assert tables().names_people(word)


def test_a_newspaper_keeps_its_outlet_reading() -> None:
    text = ("Vedomosti reported that the talks had stalled. The newspaper also said that a second "
            "round was unlikely before June.")
    assert all(s and "Vedomosti" in s for s in speakers(text)), speakers(text)
