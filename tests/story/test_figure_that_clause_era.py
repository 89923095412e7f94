"""A date inside a clause that ``that`` opens after an amount dates that clause, not the
amount (``ordered to pay Rp 2.1 trillion in damages for fires that burned peatland on its
concession in 2023``: the fires' year), as a date after ``which`` or ``who`` does
(``figures._that_clause``). A ``that`` right after the amount opens the amount's own relative
clause (``the 25 million roubles that it owed the haulier in 2024``), as it does after the
amount's own noun (``the magnitude 7.1 quake that struck ... in 2022``), and a demonstrative
after a preposition opens none (``at that mill in 2019``). Invented sentences."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newskit import Article, Pipeline
from newskit.story.figures import article_figures


def _measures(pipeline: Pipeline, text: str) -> dict[str, str]:
    a = pipeline.run(Article.from_dict({"id": "a", "text": text, "published": "2026-10-20T09:00"}))
    return {f.ref.text: f.measure for f in article_figures(a, loose=True) if f.ref is not None}


@pytest.mark.parametrize(("text", "amount"), [
    ("A district court ordered the planter to pay Rp 2.1 trillion in damages for fires that burned "
     "peatland on its concession in 2023.", "Rp 2.1 trillion"),
    ("The regulator fined the utility €4 million over outages that left villages without power in 2024.",
     "€4 million"),
])
def test_a_year_in_a_that_clause_is_not_the_amount_s_era(pipeline: Pipeline, text: str, amount: str) -> None:
    """Fails without the rule: the amount was read as one of the clause's year."""
    assert " in 20" not in _measures(pipeline, text)[amount]


def test_a_demonstrative_that_after_a_preposition_opens_no_clause(pipeline: Pipeline) -> None:
    assert _measures(pipeline, "The group cut 1,400 jobs at that mill in 2019.")["1,400"].endswith("in 2019")


def test_a_that_clause_on_the_amount_s_own_noun_keeps_its_year(pipeline: Pipeline) -> None:
    """``the magnitude 7.1 quake that struck ... in 2022``: the clause is that quake's, and so
    is its year; no comma or preposition stands between the amount's noun and ``that``."""
    text = ("The tremor was the strongest in the region since the magnitude 7.1 quake that struck the "
            "coast on May 9, 2022, the agency said.")
    assert _measures(pipeline, text)["7.1"].endswith("in 2022")


@settings(max_examples=15, deadline=None)
@given(st.integers(2, 900), st.sampled_from(["floods", "fires", "spills"]), st.integers(2016, 2024))
def test_any_that_clause_keeps_its_year(pipeline: Pipeline, n: int, event: str, year: int) -> None:
    text = f"The court ordered the firm to pay €{n} million in damages for {event} that hit the valley in {year}."
    assert f"in {year}" not in _measures(pipeline, text)[f"€{n} million"]
