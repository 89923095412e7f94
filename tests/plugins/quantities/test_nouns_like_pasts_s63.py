"""Session 63 (issue #10, helper spurious): a noun that ends as a past form or a present
participle does (``bed``, ``shed``, ``building``, ``wing``) is the counted noun after a number's
hyphen (``a 240-bed clinic``), not a verb or an adjective, so the amount keeps its unit; other
``-ed`` and ``-ing`` words after the hyphen (``a four-sided court``) and after a bare number
(``300 attended``) are still no counted noun. Sentences written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newskit import Article, QuantityMention, analyze


def _units(text: str) -> list[tuple[str, str | None]]:
    a = analyze(Article.from_dict({"id": "q", "text": text, "published": "2026-03-02"}))
    return [(q.text, q.unit) for q in a.mentions if isinstance(q, QuantityMention)]


@pytest.mark.parametrize(("text", "amount", "unit"), [
    ("The province opened a 240-bed clinic on the edge of Tarvel on Monday.", "240", "bed"),
    ("The 96-bed ward was closed after a burst pipe.", "96", "bed"),
    ("Firefighters saved the 14-shed nursery but lost its greenhouse.", "14", "shed"),
    ("The university sold its 11-building campus to a developer.", "11", "building"),
    ("A three-wing museum will house the collection.", "three", "wing"),
])
def test_a_noun_like_a_past_form_after_a_hyphen_is_counted(text: str, amount: str, unit: str) -> None:
    """Fails without the rule: the amount had no unit."""
    assert (amount, unit) in _units(text)


@pytest.mark.parametrize(("text", "amount"), [
    ("Workers fenced off the four-sided court.", "four"),
    ("The two-pronged attack began at dawn.", "two"),
    ("About 300 attended the vigil on Sunday.", "About 300"),
])
def test_other_past_forms_stay_uncounted(text: str, amount: str) -> None:
    assert (amount, None) in _units(text)


def test_a_plural_count_of_beds_is_unchanged() -> None:
    assert _units("The hospital has 62 beds.") == [("62", "bed")]


@settings(max_examples=25, deadline=None)
@given(n=st.integers(min_value=2, max_value=5000),
       noun=st.sampled_from(["bed", "shed", "building", "wing"]),
       place=st.sampled_from(["hospital", "complex", "hostel", "estate"]))
def test_any_hyphenated_count_of_such_a_noun_keeps_its_unit(n: int, noun: str, place: str) -> None:
    text = f"Officials inspected the {n:,}-{noun} {place} on Tuesday."
    assert (f"{n:,}", noun) in _units(text)
