"""The founding acceptance test: the five seed articles against their gold annotations."""

from __future__ import annotations

import pytest

from .conftest import score

# Floors a little under the measured figures (docs/accuracy.md), so a regression fails.
FLOORS = {
    "dates": {"f1": 0.97, "value": 0.95},
    "quantities": {"f1": 0.95, "value": 0.95},
    "persons": {"f1": 0.98, "entity": 0.97},
    "quotes": {"f1": 0.90, "speaker": 0.90},
    "claims": {"f1": 0.85, "source": 0.85, "stance": 0.80},
    "events": {"f1": 0.85, "when": 0.80},
    "ev-links": {"f1": 0.85},
}


@pytest.fixture(scope="module")
def figures() -> dict[str, dict[str, float]]:
    return score("seeds")


@pytest.mark.parametrize("category", list(FLOORS))
def test_seed_scores_hold(figures: dict[str, dict[str, float]], category: str) -> None:
    for key, floor in FLOORS[category].items():
        assert figures[category][key] >= floor, (category, key, figures[category])
