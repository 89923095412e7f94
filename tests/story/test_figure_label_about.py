"""An estimate hedged as close (``about 340,000``) is a round reading of an exact figure a
few per cent off it (``350,000``), however fine its last written digit: consistent; further
apart the two conflict. Sentences of news other than the stories where the kind was seen (a
pay deal, an oil tanker): a port strike, a bridge toll, a reservoir."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newskit.model import Figure
from newskit.story.figure_label import _pair_label
from tests.story.helpers import sentence_figure


def _fig(text: str, amount: str, value: int, approx: str | None, article: str, stated: str) -> Figure:
    return sentence_figure(text, amount, value, approx=approx, article=article, stated=stated, source=None)


def test_an_estimate_a_few_per_cent_off_an_exact_figure_is_consistent() -> None:
    about = _fig("The strike idled about 340,000 containers at the port, the union said.", "about 340,000",
                 340_000, "about", "a1", "2026-04-02T10:00")
    exact = _fig("The port authority said 350,000 containers were stuck during the strike.", "350,000",
                 350_000, None, "a2", "2026-04-02T15:00")
    assert _pair_label(about, exact, "fixed") == "consistent"


def test_an_estimate_far_off_an_exact_figure_conflicts() -> None:
    about = _fig("The strike idled about 340,000 containers at the port, the union said.", "about 340,000",
                 340_000, "about", "a1", "2026-04-02T10:00")
    exact = _fig("The port authority said 380,000 containers were stuck during the strike.", "380,000",
                 380_000, None, "a2", "2026-04-02T15:00")
    assert _pair_label(about, exact, "fixed") == "conflicting"


@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=10, max_value=900), st.integers(min_value=0, max_value=29))
def test_an_exact_figure_within_three_per_cent_of_a_round_estimate_is_consistent(tens: int, permille: int) -> None:
    estimate = tens * 1000
    exact = round(estimate * (1 + permille / 1000))
    about = _fig(f"The reservoir holds about {estimate:,} cubic metres.", f"about {estimate:,}", estimate, "about",
                 "a1", "2026-04-02T10:00")
    told = _fig(f"The water board said the reservoir holds {exact:,} cubic metres.", f"{exact:,}", exact, None,
                "a2", "2026-04-02T15:00")
    assert _pair_label(about, told, "fixed") in ("consistent", None)
