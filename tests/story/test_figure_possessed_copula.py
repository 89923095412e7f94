"""A count named as someone's as the subject of a copula whose complement is the amount (``The
watchdog's own estimate is Rp 3.4 trillion``, ``the operator's count, based on ticket sales, was
about 1,100``) is that someone's reading, as ``the operator's figure of about 1,100`` is
(``figure_rival.possessed_teller``): the owner tells the amount, and the amount is a reading of
the measure the sentence before it gives. A toll or a total owned by an event or a place (``The
storm's toll was 12``) names no teller. Invented sentences."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newskit import Article, Pipeline
from newskit.model import Figure
from newskit.story.figure_rival import possessed_teller
from newskit.story.figures import article_figures
from tests.story.helpers import figures_by_measure


@pytest.mark.parametrize(("text", "amount", "teller"), [
    ("The watchdog's own estimate is Rp 3.4 trillion, or about $210 million.", "Rp 3.4", "watchdog"),
    ("The operator's count, based on ticket sales, was about 1,100.", "about 1,100", "operator"),
    ("Harbourline's figure is 350.", "350", "Harbourline"),
    ("The union's tally stood at more than 2,000.", "more than 2,000", "union"),
    ("The coastguard's estimate of the swell at the time was 6 metres.", "6 metres", "coastguard"),
])
def test_a_possessed_count_before_a_copula_names_its_teller(text: str, amount: str, teller: str) -> None:
    assert possessed_teller(text, 0, text.index(amount)) == teller


@pytest.mark.parametrize(("text", "amount"), [
    # an event's or a place's own toll or total: no teller
    ("The storm's toll was 12.", "12"),
    ("The province's total is 400 beds.", "400"),
    # the count is the copula's object, not its subject's reading
    ("The union's estimate showed that 40 schools were closed.", "40"),
    # a verb of its own between the count and the copula
    ("The council's count of damaged homes rose and is now 85.", "85"),
])
def test_no_teller_without_a_possessed_reading_as_the_copulas_subject(text: str, amount: str) -> None:
    assert possessed_teller(text, 0, text.index(amount)) is None


def _figures(pipeline: Pipeline, text: str) -> dict[str, Figure]:
    a = pipeline.run(Article.from_dict({"id": "a", "text": text, "published": "2026-05-04T09:00"}))
    return {f.ref.text: f for f in article_figures(a, loose=True) if f.ref is not None}


def test_the_owner_tells_the_amount_and_it_reads_the_measure_before(pipeline: Pipeline) -> None:
    """Fails on the old rule: the amount had no source and measured nothing the story gives."""
    text = ("Police said about 1,200 homes in the valley were flooded on Sunday. "
            "The council's own count is about 800.")
    figs = _figures(pipeline, text)
    assert figs["about 800"].source == "council", figs["about 800"]
    assert figs["about 800"].measure == figs["about 1,200"].measure != "?", figs
    cost = ("The ministry says the new ring road cost Rp 1.8 trillion. "
            "The watchdog's own estimate is Rp 2.6 trillion.")
    assert _figures(pipeline, cost)["Rp 2.6 trillion"].source == "watchdog"


def test_a_rivals_possessed_estimate_conflicts_with_the_official_cost(pipeline: Pipeline) -> None:
    """Fails on the old rule: the watchdog's estimate was the outlet's own narration, the one
    article's two costs echoed apart, and no finding was made."""
    first = "The ministry says the new ring road around Samarinda cost Rp 1.8 trillion."
    second = ("Officials put the cost of the Samarinda ring road at Rp 1.8 trillion on Monday. "
              "The watchdog's own estimate is Rp 2.6 trillion.")
    third = "The Samarinda ring road, which cost Rp 1.8 trillion according to the ministry, opened on Saturday."
    found = figures_by_measure(pipeline, first, second, third)
    hits = [(label, got) for label, got in found.values() if {"Rp 1.8 trillion", "Rp 2.6 trillion"} <= got]
    assert hits and all(label == "conflicting" for label, _ in hits), found


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["union", "operator", "regulator", "company", "council"]),
       st.sampled_from(["figure", "count", "estimate", "tally"]),
       st.sampled_from(["is", "was", "stands at", "stood at", "remains"]),
       st.integers(2, 90_000))
def test_any_possessed_reading_before_a_copula_is_its_owners(owner: str, noun: str, copula: str, n: int) -> None:
    text = f"The {owner}'s own {noun} {copula} about {n:,}."
    assert possessed_teller(text, 0, text.index("about")) == owner
    assert possessed_teller(text.replace(f"{owner}'s own {noun}", f"storm's {noun} toll"), 0, text.index("about")) is None
