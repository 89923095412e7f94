"""Health reporting names an outbreak a *cluster* ("a cluster of measles cases", "the
hepatitis B cluster at the clinic"): a disaster noun of one family with "outbreak" when
cases, infections or overdoses follow, or a disease or infection comes before it. A
cluster of homes, stars or islands is no outbreak. Sentences written for these tests."""

from __future__ import annotations

import pytest
from tests.plugins.events.helpers import mention_kinds as _kinds

from newskit.story.features import family


@pytest.mark.parametrize(("text", "word"), [
    ("Health officials are investigating a cluster of measles cases at a primary school.", "cluster"),
    ("The hepatitis B cluster at the clinic has grown to nine patients.", "cluster"),
    ("Three people died in a cluster of suspected overdoses in the city centre.", "cluster"),
])
def test_a_cluster_of_cases_is_an_outbreak(text: str, word: str) -> None:
    assert _kinds(text).get(word) == "disaster"


@pytest.mark.parametrize("text", [
    "The village is a cluster of stone houses above the river.",
    "Astronomers photographed a young star cluster in the southern sky.",
])
def test_a_cluster_of_things_is_no_outbreak(text: str) -> None:
    assert "cluster" not in _kinds(text)


def test_cluster_and_outbreak_are_one_family() -> None:
    assert family("cluster") == family("outbreak")
