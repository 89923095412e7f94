"""Issue #14, session 49 (helper quotes): who a body description or a person's description
stands for when the article names bodies of several kinds.
Sentences written for these tests from ferry, mill, clinic, river and tram news; none is
taken from a corpus or a story set."""

from __future__ import annotations

import pytest
from tests.plugins.quotes.helpers import all_quotes


def _speaker(text: str, content: str) -> str | None:
    found = [q.speaker for q in all_quotes(text) if q.text == content]
    assert found, [(q.text, q.speaker) for q in all_quotes(text)]
    return found[0]


# 1. One does not reject one's own claim: the owner of a verb's object is not the body the
#    verb's subject stands for.


@pytest.mark.parametrize(
    ("text", "content", "not_speaker"),
    [
        ("Marlow Ferries said the crossing was safe. The company also rejected the union's claim that "
         "it had cut crews.", "it had cut crews", "Marlow Ferries"),
        ("Dunmore Mills said the layoffs were needed. It also rejected the federation's claim that "
         "wages were withheld.", "wages were withheld", "Dunmore Mills"),
    ],
)
def test_the_owner_of_the_object_is_not_the_subject(text: str, content: str, not_speaker: str) -> None:
    assert _speaker(text, content) != not_speaker


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # the description's own head in an earlier name still finds it
        ("The Tram Workers Union said drivers were unpaid. Citylink Trams said the pay was late. "
         "The company also rejected the union's claim that it owes drivers money.",
         "it owes drivers money", "Tram Workers Union"),
        # the subject names another body: the last body that spoke is the owner
        ("The Tram Workers Union said drivers were unpaid. Citylink Trams also rejected the union's "
         "claim that it owes drivers money.", "it owes drivers money", "Tram Workers Union"),
    ],
)
def test_the_owner_found_otherwise_is_kept(text: str, content: str, speaker: str) -> None:
    assert _speaker(text, content) == speaker


# 2. A name ending in the head of a body's name is no person.


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Velder River Watch said the dam leaked. The provincial engineer said the dam was sound.",
         "the dam was sound"),
        ("Norcross Tenants Union said rents had tripled. The mayor said new flats would be built.",
         "new flats would be built"),
        ("Velder River Watch said the dam leaked. He said the dam was sound.", "the dam was sound"),
    ],
)
def test_a_body_named_by_its_head_is_no_person(text: str, content: str) -> None:
    assert _speaker(text, content) not in ("Velder River Watch", "Norcross Tenants Union")


def test_a_person_still_stands_for_a_description() -> None:
    text = "Mayor Ines Carro said the tram would run by May. The mayor said the tracks were ready."
    assert _speaker(text, "the tracks were ready") == "Ines Carro"


# 3. More heads of kinds of body: a directorate is a ministry's kind, a cooperative, a
#    watch, a foundation and a charity the league's.


@pytest.mark.parametrize(
    ("text", "content", "not_speaker"),
    [
        ("The regional transport directorate said four people were hurt. Police said the driver "
         "had fled.", "the driver had fled", "regional transport directorate"),
        ("The Brenna growers' cooperative said the river was poisoned. The company denied dumping "
         "waste.", "dumping waste", "Brenna growers' cooperative"),
        ("The Halvard Foundation said the clinic had closed. The ministry said the clinic was open.",
         "the clinic was open", "Halvard Foundation"),
    ],
)
def test_bodies_of_these_kinds_are_no_other_kind(text: str, content: str, not_speaker: str) -> None:
    assert _speaker(text, content) != not_speaker


def test_a_body_of_the_same_kind_is_still_found() -> None:
    text = "The Ostrava Mining Company said the shaft was safe. The company said it would reopen."
    assert _speaker(text, "it would reopen") == "Ostrava Mining Company"


# 4. A union is a kind of body; initials are of their name's kind.


@pytest.mark.parametrize(
    ("text", "content", "not_speaker"),
    [
        ("The Harbour Pilots Union said the tugs were unsafe. The company said the tugs were "
         "inspected in May.", "the tugs were inspected in May", "Harbour Pilots Union"),
        ("Crews struck at the Selvo River Shipping Company (SRSC) on Monday. SRSC said the barges "
         "still ran. The transport ministry said the river was closed.", "the river was closed", "SRSC"),
    ],
)
def test_unions_and_initials_have_their_kind(text: str, content: str, not_speaker: str) -> None:
    assert _speaker(text, content) != not_speaker


def test_initials_of_the_same_kind_are_still_found() -> None:
    text = ("Crews struck at the Selvo River Shipping Company (SRSC) on Monday. SRSC said the barges "
            "still ran. The company said no sailing was cancelled.")
    assert _speaker(text, "no sailing was cancelled") == "SRSC"
