"""A verb whose sense acts on things reads another sense when its object is an event: a
firm recalls products, a person recalls the bombing (remembering it, no business event).
Sentences written for these tests (a war memorial, a flood anniversary, a carmaker, a
baby-food maker, a toy firm)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newskit_events.triggers import find_triggers


def _read(text: str) -> dict[str, str]:
    return {text[s:e]: cls for s, e, _f, cls, *_ in find_triggers(text)}


@pytest.mark.parametrize("text", [
    "At the memorial, veterans recalled the shelling of the port in 1944.",
    "Older residents recalled the floods that swept the valley in 1953.",
    "Ms Adeyemi recalled the explosion as she gave evidence on Tuesday.",
    "Fans still recall the riot that ended the 1985 final.",
])
def test_recalling_a_happening_is_no_product_recall(text: str) -> None:
    read = _read(text)
    assert not any(w.lower().startswith("recall") for w in read), read
    assert any(cls in {"conflict", "disaster"} for cls in read.values()), read


@pytest.mark.parametrize("text", [
    "Korvan Motors recalled 12,000 vehicles over a faulty brake sensor.",
    "The baby-food maker recalled a batch of jars after glass was found.",
    "Tillo Toys recalled the scooters sold since March.",
])
def test_a_recall_of_things_is_a_business_event(text: str) -> None:
    assert _read(text).get("recalled") == "business"


def test_an_event_after_a_preposition_is_no_object() -> None:
    text = "Korvan Motors recalled the cars after the crash on the M4."
    read = _read(text)
    assert read.get("recalled") == "business" and read.get("crash") == "disaster"


@given(st.sampled_from(["bombing", "earthquake", "explosion", "fire", "attack"]),
       st.sampled_from(["the", "that", "last year's"]))
def test_property_an_event_object_always_sets_the_recall_apart(event: str, det: str) -> None:
    text = f"Survivors recalled {det} {event} on Sunday."
    assert "recalled" not in _read(text)
