"""Session 11 (issue #10): a speaker set off by an appositive reads through the punctuation
inside a phrase - the apostrophe of a plural possessive in a name (``the Dairy Farmers'
Cooperative``) and a currency sign before an amount (``which holds about $80 million``) -
so an amount is never the speaker and a name is never cut at its apostrophe. Sentences
written for these tests (farming, health, sport, technology)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newskit_quotes import extract_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text, [])]


@pytest.mark.parametrize(("text", "speaker"), [
    ("A growers' group, the Dairy Farmers' Cooperative, alleged that the processor had cut milk prices "
     "without notice.", "Dairy Farmers' Cooperative"),
    ("A patients' group, the Kidney Patients' Association, said that the clinic had cancelled 40 sessions.",
     "Kidney Patients' Association"),
])
def test_a_name_with_a_plural_possessive_is_read_whole(text: str, speaker: str) -> None:
    assert speaker in _speakers(text), _speakers(text)


@pytest.mark.parametrize("text", [
    "Halden Ventures, a Boston investor that holds about $80 million of the shares, accused the board of "
    "hiding the losses.",
    "Ostmark Sports, a sponsor that paid €12 million for the naming rights, alleged that the club had broken "
    "the contract.",
])
def test_an_amount_inside_an_appositive_is_never_the_speaker(text: str) -> None:
    speakers = _speakers(text)
    assert speakers and speakers[0] is not None and speakers[0].split()[0] in text[:12], speakers


@settings(max_examples=30, deadline=None)
@given(amount=st.integers(min_value=2, max_value=999), sign=st.sampled_from("$€£"))
def test_no_speaker_is_a_bare_number(amount: int, sign: str) -> None:
    text = (f"Corvel Labs, a startup that raised about {sign}{amount} million last year, accused the regulator "
            "of delaying its licence.")
    assert all(s is None or not s.replace(",", "").isdigit() for s in _speakers(text)), _speakers(text)


@pytest.mark.parametrize(("text", "speaker"), [
    ("The tenants' association accused the landlord of ignoring damp in 40 flats.", "tenants' association"),
    ("In Dunmore, a parents' committee said that the school bus had been cut without notice.",
     "parents' committee"),
    ("Hartley & Venn said on Monday that it had warned the council about the bridge.", "Hartley & Venn"),
])
def test_a_body_named_with_a_plural_possessive_or_an_ampersand_is_read_whole(text: str, speaker: str) -> None:
    assert any(s is not None and s.endswith(speaker) for s in _speakers(text)), _speakers(text)


def test_a_plural_possessive_inside_a_relative_clause_is_no_speaker() -> None:
    """``Ines Ward, who chairs a farmers' group in the valley, accused``: the relative clause
    reads through its apostrophe, so its subject is the one who speaks."""
    text = "Ines Ward, who chairs a farmers' group in the valley, accused the water board of cutting supplies."
    assert _speakers(text) == ["Ines Ward"], _speakers(text)


@pytest.mark.parametrize("text", [
    "The flu outbreak has now claimed 14 lives in the county, the health board said.",
    "The landslide claimed the lives of six miners.",
    "The crash claimed at least three victims on the motorway.",
])
def test_claiming_a_toll_reports_nothing(text: str) -> None:
    """``claimed 14 lives`` is a toll, not speech: the storm or outbreak is no speaker."""
    assert not any(q.cue and q.cue.startswith("claim") for q in extract_quotes(text, [])), extract_quotes(text, [])


def test_claiming_a_clause_still_reports() -> None:
    quotes = extract_quotes("Ana Reis claimed the council had lied about the lives lost.", [])
    assert [q.speaker for q in quotes] == ["Ana Reis"], quotes
