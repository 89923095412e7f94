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


@pytest.mark.parametrize(("raw", "clean"), [
    ("By Friday", None),  # "By Friday morning the council had received ..."
    ("Until March", None),
    ("By Sunday evening", None),
    ("Thursday.", None),
    ("Wednesday", None),
    ("May", "May"),  # a lone month may be a person's name ("May said")
    ("Tuesday.\nThe Ports Authority", "The Ports Authority"),
    ("April.\nKenya's Ministry of Health", "Kenya's Ministry of Health"),
    ("Witnesses of Monday", "Witnesses"),  # "Witnesses of Monday's fire"
    ("Dr. Ines Walde", "Dr. Ines Walde"),
    ("U.S. Coast Guard", "U.S. Coast Guard"),
    ("Harlow Inc. spokesman Tom Reyes", "Harlow Inc. spokesman Tom Reyes"),
    ("the county's Roads Department ignored", "the county's Roads Department"),
    ("the accused", "the accused"),
])
def test_a_source_is_no_time_and_crosses_no_sentence(raw: str, clean: str | None) -> None:
    assert source_form(raw) == clean


@pytest.mark.parametrize(("text", "time"), [
    ("The festival was called off on Saturday.\nBy Friday morning the promoter had received more than "
     "9,000 refund requests, it told the Daily Lantern, and expects more.", "By Friday"),
    ('Harlow Foods denied the claim. "We checked every batch. Until April, no test showed a fault," '
     "a spokeswoman said.", "Until April"),
])
def test_a_time_opening_a_sentence_is_no_source(text: str, time: str) -> None:
    art = Pipeline.build().run(Article.from_dict({"id": "a", "text": text, "published": "2026-03-02"}))
    assert art.claims
    assert all(c.source != time for c in art.claims), art.claims


@pytest.mark.parametrize("name", ["latest official count", "new count", "the final tally", "Official figures"])
def test_a_count_is_no_teller(name: str) -> None:
    """Session 46: "according to the latest official count" named the count as a source,
    which then stood as an independent source beside the ministry that gave it."""
    assert source_form(name) is None


@pytest.mark.parametrize("name", ["Police figures", "Interior Ministry figures", "census office"])
def test_a_count_named_by_its_teller_stays(name: str) -> None:
    assert source_form(name) == name
