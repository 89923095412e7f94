"""Issue #14, session 8: a time before a possessive is no speaker ("Tuesday's statement
said"), and a description before the name that closes the sentence ("said the
34-year-old mother of three, Li Wen.") gives the speaker to the name; sentences written
for these kinds."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newskit_persons import extract_persons
from newskit_quotes import extract_quotes
from newskit_quotes.actors import classify

from .helpers import spoken


@pytest.mark.parametrize(("phrase", "kind", "name"), [
    ("Tuesday's statement", "org_desc", None),
    ("Monday's report", "org_desc", None),
    ("last year's forecast", "person_desc", None),
    ("Sunday's rally organisers", "group", "rally organisers"),
])
def test_a_time_owns_no_words(phrase: str, kind: str, name: str | None) -> None:
    a = classify(phrase)
    assert (a.kind, a.name) == (kind, name)


@pytest.mark.parametrize(("phrase", "name"), [
    ("the ministry's statement", None),
    ("May's spokesman", "May's spokesman"),
    ("The Times's editor", "Times's editor"),
])
def test_owners_that_are_not_times_are_kept(phrase: str, name: str | None) -> None:
    assert classify(phrase).name == name


def _direct(text: str) -> list[tuple[str | None, str | None]]:
    return [(spoken(text, q), q.speaker) for q in extract_quotes(text, extract_persons(text)) if q.direct]


@pytest.mark.parametrize("text", [
    '"The pumps failed twice," Thursday\'s statement said.',
    '"Rates will stay on hold," last month\'s forecast said.',
])
def test_a_statement_is_not_named_after_its_day(text: str) -> None:
    ((span, name),) = _direct(text)
    assert span is not None and name is not None
    assert name.endswith(("statement", "forecast"))  # the document, not its day ("Thursday")


@pytest.mark.parametrize(("text", "speaker"), [
    ('"We had no warning," said the 34-year-old mother of three, Li Wen.', "Li Wen"),
    ('"The nets came up empty," said a fisherman of twenty years, Tomas Okello.', "Tomas Okello"),
    ('"Nobody has called us," said the owner of the flooded bakery, Sara Haddad.', "Sara Haddad"),
])
def test_the_name_closing_the_sentence_speaks(text: str, speaker: str) -> None:
    assert _direct(text) == [(speaker, speaker)]


def test_a_description_without_a_name_stays_the_speaker() -> None:
    text = '"It held," said the engineer in charge of the dam.'
    ((span, _),) = _direct(text)
    assert span is not None and span.startswith("the engineer")


GIVEN = ["Li", "Tomas", "Sara", "Amina", "Pedro", "Yuki", "Kofi", "Elena"]
FAMILY = ["Wen", "Okello", "Haddad", "Diallo", "Ramos", "Tanaka", "Mensah", "Petrova"]
DESCRIPTIONS = ["the 34-year-old mother of three", "a baker of twenty years", "the owner of the shop",
                "a volunteer with the local rescue team", "the 52-year-old head of the village council"]


@settings(max_examples=60, deadline=None)
@given(g=st.sampled_from(GIVEN), f=st.sampled_from(FAMILY), d=st.sampled_from(DESCRIPTIONS))
def test_description_then_name_round_trip(g: str, f: str, d: str) -> None:
    """ "said <description>, <Given Family>." gives the speaker to the name."""
    name = f"{g} {f}"
    text = f'"The water rose in minutes," said {d}, {name}.'
    assert _direct(text) == [(name, name)]
