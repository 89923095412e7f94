"""Session 13 (issue #10, helper pairs): a place before or inside a body's name is part of
the name, never the party on its own and never replaced by its containing country
(``Porto municipal police``, not ``Portugal municipal police``; ``Kumasi police``, not
``Kumasi``). Sentences written for these tests (sport, schools, health, transport)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.plugins.claims.helpers import claim_sources

from newskit import Pipeline
from newskit.body_names import ends_in_public_head
from newskit_quotes.actors import classify


@pytest.mark.parametrize(("text", "source"), [
    # a city the gazetteer knows, a public body's head right after it
    ("Kumasi police said the stadium had been cleared of fans before the match.", "Kumasi police"),
    ("The Leipzig prosecutor's office said the club's treasurer had misused youth funds.",
     "Leipzig prosecutor's office"),
    # a place no gazetteer knows
    ("Fans accused the stewards of heavy-handed tactics. Tarnobrzeg police denied the accusation.",
     "Tarnobrzeg police"),
])
def test_a_place_before_a_public_head_stays_in_the_name(pipeline: Pipeline, text: str, source: str) -> None:
    got = claim_sources(pipeline, text)
    assert source in [s for s, _ in got], got


@pytest.mark.parametrize(("text", "source", "country"), [
    ("The bus had no valid inspection certificate, according to Porto municipal police. The operator "
     "denied that its buses were unsafe.", "Porto municipal police", "Portugal"),
    ("Parents accused the driver of speeding. Brno police denied the accusation.", "Brno police", "Czech Republic"),
])
def test_a_city_is_never_replaced_by_its_country(pipeline: Pipeline, text: str, source: str, country: str) -> None:
    got = [s or "" for s, _ in claim_sources(pipeline, text)]
    assert source in got and not any(s.startswith(country) for s in got), got


@pytest.mark.parametrize(("text", "source"), [
    # the body's initials in brackets between its name and the cue
    ("Hospitals accused the regulator of delaying deliveries. The Kenya Medical Supplies Authority "
     "(KEMSA) denied the accusation.", "Kenya Medical Supplies Authority"),
    # a body's name that holds ``of`` after the country's possessive
    ("Teachers accused the government of cutting school funds. Ghana's Ministry of Education denied "
     "the accusation.", "Ghana's Ministry of Education"),
])
def test_a_country_opening_a_named_body_is_not_the_denier(pipeline: Pipeline, text: str, source: str) -> None:
    got = claim_sources(pipeline, text)
    assert (source, "denies") in got, got
    assert not any(s in ("Kenya", "Ghana") for s, _ in got), got


@pytest.mark.parametrize(("phrase", "name"), [
    ("the Velbrook company", "Velbrook"),  # a company's own name, no place it serves
    ("Walsall police", "Walsall police"),
    ("the Lisbon prosecutor's office", "Lisbon prosecutor's office"),
    ("Harlow district council", "Harlow district council"),
])
def test_a_speaker_name_before_a_head(phrase: str, name: str) -> None:
    """The quotes plugin's reading of a speaker phrase: a name before a public body's head
    says whose body it is; before a company's head it is the company's name."""
    assert classify(phrase).name == name


@pytest.mark.parametrize(("phrase", "public"), [
    ("police", True), ("provincial police", True), ("prosecutor's office", True),
    ("prosecutor’s office", True), ("district council", True), ("company", False), ("police officers", False),
    ("spokesman", False),
])
def test_public_heads(phrase: str, public: bool) -> None:
    assert ends_in_public_head(phrase) is public


@given(st.lists(st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=8), max_size=3),
       st.sampled_from(["police", "court", "ministry", "prosecutor's office"]))
def test_any_modifiers_before_a_public_head_end_in_it(words: list[str], head: str) -> None:
    assert ends_in_public_head(" ".join([*words, head]))
