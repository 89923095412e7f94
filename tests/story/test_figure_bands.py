"""Sums in two currencies that the story never converts, compared within the band of rates
the pair moved in (figure_bands, data/currency_bands.json). Sentences of kinds of news
other than the stories where the kind was seen (those were a counterfeiting ring, road
tolls, a data leak's fine, a hostage's ransom, concert tickets): a start-up's funding
round, an athlete's contract, a ship's salvage, a research grant, an orchestra's tour."""

from __future__ import annotations

import math

from attrs import evolve
from hypothesis import given
from hypothesis import strategies as st

from newskit import Pipeline
from newskit.model import Figure, SpanRef
from newskit.story.figure_bands import _direct, band, in_years
from newskit.story.figure_label import _overlap, _pair_label
from newskit.story.figure_rates import read_rates, story_currencies
from newskit.story.figure_units import dimension
from newskit_quantities import find_quantities
from tests.story.helpers import labelled_amounts


def _figs(text: str, article: str = "a1", stated: str = "2025-06-02") -> list[Figure]:
    """Every amount the quantities plugin reads in ``text`` (one sentence), as figures."""
    return [Figure(article=article, measure="?", value=q.value, high=q.high, approx=q.approx, unit=q.unit,
                   ref=SpanRef(article=article, start=q.start, end=q.end, text=text[q.start:q.end]),
                   evidence=SpanRef(article=article, start=0, end=len(text), text=text), stated=stated)
            for q in find_quantities(text)]


def test_a_pair_of_the_table_and_its_inverse() -> None:
    lo, hi = band("EUR", "USD") or (0.0, 0.0)
    assert 0.9 < lo < 1.0 < 1.2 < hi < 1.3
    inv = band("USD", "EUR")
    assert inv is not None and math.isclose(inv[0], 1 / hi) and math.isclose(inv[1], 1 / lo)


def test_a_pair_the_table_lacks_is_joined_through_a_third_currency() -> None:
    """Pounds to Danish kroner: through the euro (the krone is pegged to it), the narrower
    of the two chains; pounds to Swedish kronor chain two wide bands and get none."""
    got = band("GBP", "DKK")
    assert got is not None and 7.5 < got[0] < got[1] < 11 and got[1] / got[0] <= 1.5
    assert band("GBP", "SEK") is None


def test_a_currency_that_moved_by_half_has_no_band() -> None:
    """The naira and the Turkish lira lost most of their value: no band says which sums are one."""
    assert band("NGN", "USD") is None and band("TRY", "EUR") is None and band("USD", "XYZ") is None


@given(st.sampled_from(sorted({a for a, _ in _direct()})), st.sampled_from(sorted({a for a, _ in _direct()})))
def test_a_band_and_its_reverse_are_reciprocal(a: str, b: str) -> None:
    there, back = band(a, b), band(b, a)
    assert (there is None) == (back is None)
    if there is not None and back is not None:
        assert math.isclose(there[0] * back[1], 1.0, rel_tol=1e-9) and there[0] <= there[1]


def test_years_outside_the_table_have_no_band() -> None:
    assert in_years("2025-06-02") and in_years(None) and in_years("")
    assert not in_years("2009-03-01")


def test_a_funding_round_told_in_dollars_and_euros_is_one_sum() -> None:
    """``$30 million`` and ``about €27 million``: one round at any euro rate of the years;
    ``€60 million`` another outlet gives for the firm's value is no restatement of it."""
    usd = _figs("The start-up raised $30 million in its latest round.")
    eur = _figs("The round brought in about €27 million, the company said.", "a2")
    other = _figs("Investors now value the firm at €60 million.", "a3")
    with story_currencies(usd + eur + other) as rates:
        assert rates.home == "EUR"  # two of its three sums
        assert dimension(usd[0])[0] == dimension(eur[0])[0] == "money:EUR"
        assert _overlap(usd[0], eur[0])
        assert not _overlap(usd[0], other[0])
        assert _pair_label(usd[0], eur[0], "fixed") == "consistent"


def test_sums_stated_before_the_band_s_years_stay_apart() -> None:
    """A salvage bill of 2009: the band read over later years says nothing of its rate."""
    gbp = _figs("The salvage cost £4 million, the owners said.", stated="2009-02-01")
    usd = _figs("Salvors were paid $5.6 million.", "a2", stated="2009-02-03")
    assert read_rates(gbp + usd).home is None


def test_the_story_s_own_rate_comes_before_a_band() -> None:
    """An outlet's ``CHF 4.5 million (about €4.7 million)`` ties the franc at its rate, with
    the story's tolerance, not the band's."""
    figs = _figs("The grant of CHF 4.5 million (about €4.7 million) runs for five years.") \
        + _figs("The foundation gave 5 million dollars to the institute.", "a2")
    rates = read_rates(figs)
    chf = rates.factor("CHF")
    assert rates.home in ("CHF", "EUR") and chf is not None
    assert rates.share("EUR" if rates.home == "CHF" else "CHF") == 0.05
    assert rates.share("USD") > 0.05  # tied by the band: its half-width


def test_a_sum_twice_another_at_any_rate_of_the_years_is_no_restatement() -> None:
    """``€10 million`` and ``$5 million``: no euro rate of the years makes them one sum."""
    eur = _figs("The orchestra's tour cost €10 million.")
    usd = [evolve(f, source="the promoter") for f in _figs("The tour cost $5 million, the promoter said.", "a2")]
    with story_currencies(eur + usd):
        assert dimension(eur[0])[0] == dimension(usd[0])[0]
        assert not _overlap(eur[0], usd[0])


def test_an_athlete_s_contract_in_two_currencies_makes_one_finding(pipeline: Pipeline) -> None:
    """Two outlets give one contract, one in pounds and one in euros, neither converting it."""
    found = labelled_amounts(
        pipeline,
        "The winger signed a contract worth £12 million a year with the club, his agent said on Monday.",
        "The winger's new contract is worth about €14 million a year, Spanish media reported.",
    )
    assert ("consistent", {"£12 million", "about €14 million"}) in found
