"""Session 11 (issue #10): a source's name names someone - never a verb form, a place
adjective alone or a trailing time (sentences and names written for these tests)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newskit import Article, Pipeline
from newskit_claims.source_form import source_form


@pytest.mark.parametrize(("raw", "clean"), [
    ("Harbour Board on Tuesday", "Harbour Board"),
    ("Fair Pay Commission last week", "Fair Pay Commission"),
    ("investigating", None),
    ("exposed", None),
    ("Oslo-based", None),
    ("Ana Reis", "Ana Reis"),
    ("unnamed officials", "unnamed officials"),
    ("Reading", "Reading"),  # a capitalised name is a name
])
def test_a_source_names_someone(raw: str, clean: str | None) -> None:
    assert source_form(raw) == clean


@given(st.sampled_from(["Harbour Board", "Ana Reis", "the union", "Corvel and Tasman"]),
       st.sampled_from(["Monday", "Friday"]))
def test_a_trailing_weekday_is_dropped_and_the_name_kept(name: str, day: str) -> None:
    assert source_form(f"{name} on {day}") == name


def test_a_progressive_verb_is_no_source() -> None:
    text = "The rowing federation is investigating alleged abuse of a junior athlete at the regatta."
    art = Pipeline.build().run(Article.from_dict({"id": "a", "text": text, "published": "2026-03-02"}))
    assert all(c.source != "investigating" for c in art.claims), art.claims
