"""Sums in two currencies compared at the rates a story's own outlets give (figure_rates):
an article converting an amount right after it (``€40 million ($46 million)``) ties the
two currencies, and other outlets' sums in either then compare; with no such conversion
two currencies compare only within the band of rates they moved in (figure_bands; see
test_figure_bands). Sentences of kinds of news other than the stories where the kind was
seen (those were a football transfer, a charity fraud, a drugs seizure, an exam leak): a
shipyard order, a museum purchase, a grant to a university, a lottery, an insurer's
payout, a film's takings."""

from __future__ import annotations

import math

import pytest
from attrs import evolve
from hypothesis import given
from hypothesis import strategies as st

from newskit import Pipeline
from newskit.model import Figure, SpanRef
from newskit.story.figure_label import _overlap, _pair_label, another_form
from newskit.story.figure_model import StoryAmounts
from newskit.story.figure_rates import (
    currency_dimension,
    read_rates,
    restated_sums,
    story_currencies,
)
from newskit.story.figure_story import StoryUnits, _lone_sums
from newskit.story.figure_units import base_value, dimension
from newskit_quantities import find_quantities
from tests.story.helpers import labelled_amounts


def _figs(text: str, article: str = "a1") -> list[Figure]:
    """Every amount the quantities plugin reads in ``text`` (one sentence), as figures."""
    return [Figure(article=article, measure="?", value=q.value, high=q.high, approx=q.approx, unit=q.unit,
                   ref=SpanRef(article=article, start=q.start, end=q.end, text=text[q.start:q.end]),
                   evidence=SpanRef(article=article, start=0, end=len(text), text=text), stated="2025-06-02")
            for q in find_quantities(text)]


def test_an_article_converting_a_sum_gives_the_story_its_rate() -> None:
    """A museum paid ``$12 million (about £9.6 million)``: one dollar is 0.8 pounds, and the
    home currency is the one most of the story's sums are in."""
    figs = _figs("The museum paid $12 million (about £9.6 million) for the painting.") + \
        _figs("The frame alone cost £200,000, and restoration £150,000.", "a2")
    rates = read_rates(figs)
    assert rates.home == "GBP"
    usd = rates.factor("USD")
    assert usd is not None and math.isclose(usd, 0.8)
    assert rates.factor("EUR") is None


def test_a_comma_needs_a_hedge_to_be_a_conversion() -> None:
    """``2 million euros, roughly 2.3 million dollars`` restates one sum; ``2 million euros,
    3 million dollars and 1 million pounds`` lists three grants: no rate."""
    assert read_rates(_figs("The university received 2 million euros, roughly 2.3 million dollars, in grants.")).home \
        == "EUR"
    assert restated_sums(_figs("Donors gave 2 million euros, 3 million dollars and 1 million pounds.")) == {}


def test_without_the_story_s_rate_or_a_band_two_currencies_stay_apart() -> None:
    """The Venezuelan bolivar lost most of its value within single years and holds no rough
    rate of a year (figure_currency): nothing ties it."""
    figs = _figs("The insurer paid out $5 million.") + _figs("The payout was 170 million bolivars.", "a2")
    with story_currencies(figs):
        assert dimension(figs[0])[0] == "money:USD"
        assert dimension(figs[1])[0] == "money:VES"


def test_inside_the_story_sums_compare_in_its_home_currency() -> None:
    """With the story's ``€40 million ($46 million)``, another outlet's ``$46 million`` and
    ``about €40 million`` are one sum; ``$60 million`` is another."""
    story = _figs("The shipyard won a €40 million ($46 million) order.") + _figs("The order is worth $46 million.", "a2") \
        + _figs("Rivals bid about €40 million.", "a3") + _figs("Analysts had expected $60 million.", "a4")
    with story_currencies(story):
        assert dimension(story[2])[0] == dimension(story[3])[0] == "money:USD"  # most of its sums
        assert _overlap(story[2], story[3])
        assert not _overlap(story[3], story[4])
    assert dimension(story[3])[0] == "money:EUR"  # outside the story: its own currency


def test_outlets_sums_in_two_currencies_make_one_finding(pipeline: Pipeline) -> None:
    """A lottery jackpot told in pounds by one outlet and in euros by another, where one of
    them converts it: one finding, consistent."""
    found = labelled_amounts(
        pipeline,
        "A single ticket won the £150 million (€174 million) jackpot, the operator said on Friday.",
        "The winner of the €174 million jackpot has not come forward, the lottery said.",
    )
    assert any({"£150 million", "€174 million"} <= got for _, got in found)


@given(st.integers(min_value=1, max_value=10**6), st.integers(min_value=2, max_value=500))
def test_a_sum_and_its_conversion_have_one_base_value(dollars: int, rate: int) -> None:
    """Whatever rate an article's conversion gives, inside the story the sum and its
    conversion are one value of the home currency (the first in order when tied)."""
    yen = dollars * rate
    figs = _figs(f"The studio paid ${dollars:,} (¥{yen:,}) for the rights.")
    assert [f.unit for f in figs] == ["USD", "JPY"]
    with story_currencies(figs) as rates:
        assert rates.home == "JPY"
        assert dimension(figs[0])[0] == dimension(figs[1])[0] == "money:JPY"
        assert math.isclose(base_value(figs[0]), base_value(figs[1]))
        assert currency_dimension("EUR") == ("money:EUR", 1.0)


def test_a_sum_and_its_conversion_are_one_lone_sum_of_their_article() -> None:
    """``€40 million (£34.5 million)`` is the article's one sum told twice: inside the story
    both are of one dimension, and still its lone sum (the rules and the model read an
    article's only sum as the story's sum), unless the article names another."""
    one = _figs("The club paid €40 million (£34.5 million) for the striker.")
    other = _figs("The striker's move cost £36 million, the rival club said.", "a2")
    two = _figs("The club paid €40 million (£34.5 million) for the striker and £2 million in fees.", "a3")
    with story_currencies(one + other + two):
        lone = _lone_sums(one + other + two)
        assert {id(f) for f in one + other} <= lone
        assert not {id(f) for f in two} & lone
        amounts = StoryAmounts(StoryUnits({}, one + other + two))
        assert {id(f) for f in one + other} <= amounts.lone and {id(f) for f in one} <= amounts.first
        assert not {id(f) for f in two} & amounts.lone


@pytest.mark.parametrize("over_time", ["rising", "happened", "any", "fixed"])
def test_a_sum_restated_at_the_story_s_rate_is_consistent_whoever_gives_it_when(over_time: str) -> None:
    """A film's takings, ``£2 million (€2.3 million)``, and two days later from another source
    ``about €2.4 million``: one sum at the story's own rate, consistent however the measure
    moves; without the story's rate the two currencies are no one amount."""
    pounds = _figs("The film has taken £2 million (€2.3 million) at the box office, the distributor said.")
    euros = [evolve(f, stated="2025-06-04", source="the cinema chain")
             for f in _figs("The film has taken about €2.4 million, the cinema chain said.", "a2")]
    with story_currencies(pounds + euros):
        assert another_form(pounds[0], euros[0])
        assert _pair_label(pounds[0], euros[0], over_time) == "consistent"
    assert not another_form(pounds[0], euros[0])
