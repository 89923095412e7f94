"""A quoted price (``figures.json`` measure ``quoted price``: ``cents on the dollar``,
``quoted at``, ``traded at``) moves either way from day to day: two outlets' prices on two
days are the price moved on, an update, where a sum no measure names would be read as a fixed
property two outlets dispute. Invented sentences: a utility's bonds, a port operator's notes."""

from __future__ import annotations

from newskit import Pipeline
from tests.story.helpers import figures_by_measure


def test_a_bond_price_a_day_later_updates_the_earlier(pipeline: Pipeline) -> None:
    got = figures_by_measure(
        pipeline,
        "Bonds of the Veltra power utility fell to 71 cents on the dollar on Monday after the ratings cut.",
        "Veltra's bonds slid further on Tuesday, to 66 cents on the dollar, as investors weighed a restructuring.",
        published=("2025-10-06T17:00", "2025-10-07T17:30"))
    found = [(measure, label) for measure, (label, amounts) in got.items() if {"71 cents", "66 cents"} <= amounts]
    assert found == [("quoted price", "updated")], got


def test_a_price_quoted_by_a_rival_teller_later_and_higher_is_still_an_update(pipeline: Pipeline) -> None:
    got = figures_by_measure(
        pipeline,
        "The port operator's notes were quoted at 40 cents on the dollar on Wednesday, traders said.",
        "The notes recovered to 47 cents on the dollar by Friday, according to market data.",
        published=("2025-03-05T16:00", "2025-03-07T18:00"))
    found = [label for label, amounts in got.values() if {"40 cents", "47 cents"} <= amounts]
    assert found == ["updated"], got
