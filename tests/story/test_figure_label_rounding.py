"""A hedge of closeness read as rounding when two outlets' amounts are labelled
(``figure_label._rounding_share``): ``about 2km`` stands for what rounds to two
kilometres, so another outlet's ``1.8 kilometres`` agrees, while ``about $380 million`` is
written to the ten million and another's ``roughly $401 million`` is another figure.
Invented sentences of news other than the stories where the kind was seen."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newskit.model import Figure
from newskit.story.figure_label import _pair_label
from tests.story.helpers import sentence_figure

_NOON = "2026-05-14T12:00"


def _fig(text: str, amount: str, value: int | Decimal, unit: str, article: str, approx: str | None = None,
         source: str | None = None) -> Figure:
    return sentence_figure(text, amount, value, unit=unit, approx=approx, measure="length of cable", article=article,
                           source=source, stated=_NOON)


def test_a_round_hedged_length_agrees_with_the_measured_one_it_rounds() -> None:
    hedged = _fig("Thieves stripped about 2km of signal cable from the line, the operator said.", "about 2km", 2,
                  "km", "a1", "about", "operator")
    measured = _fig("The stolen cable ran for 1.8 kilometres, the rail agency said.", "1.8 kilometres",
                    Decimal("1.8"), "km", "a2", source="rail agency")
    assert _pair_label(hedged, measured, "fixed") == "consistent"


@pytest.mark.parametrize(("hedged", "value", "precise", "exact", "label"), [
    ("about 410 billion won", 410_000_000_000, "412 billion won", 412_000_000_000, "consistent"),
    ("nearly $2.9 billion", 2_900_000_000, "$2.84 billion", 2_840_000_000, "consistent"),
    ("about $380 million", 380_000_000, "$401 million", 401_000_000, "conflicting"),
    ("about 2,000", 2_000, "1,500", 1_500, "conflicting"),  # one digit written: at most a tenth either side
])
def test_a_hedged_sum_allows_what_rounds_to_it_at_its_last_written_digit(
        hedged: str, value: int, precise: str, exact: int, label: str) -> None:
    unit = "KRW" if "won" in hedged else ("USD" if "$" in hedged else "person")
    a = sentence_figure(f"The budget put the bill at {hedged}, the ministry said.", hedged, value, unit=unit,
                        approx="under" if hedged.startswith("nearly") else "about", measure="cost", article="a1",
                        source="ministry", stated=_NOON)
    b = sentence_figure(f"Auditors put the bill at {precise}.", precise, exact, unit=unit, measure="cost",
                        article="a2", source="auditors", stated=_NOON)
    assert _pair_label(a, b, "fixed") == label


def test_two_hours_apart_at_the_hour_are_two_readings() -> None:
    a = sentence_figure("The port was closed for about 14 hours, the harbour master said.", "about 14 hours", 14,
                        unit="hour", approx="about", measure="closure", article="a1", source="harbour master",
                        stated=_NOON)
    b = sentence_figure("Shipping agents said the port stayed shut for nearly 16 hours.", "nearly 16 hours", 16,
                        unit="hour", approx="under", measure="closure", article="a2", source="shipping agents",
                        stated=_NOON)
    assert _pair_label(a, b, "fixed") == "conflicting"


@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=5, max_value=90), st.integers(min_value=-4, max_value=4))
def test_a_precise_count_that_rounds_to_a_hedged_tens_agrees(tens: int, offset: int) -> None:
    """From 50 up the tenth a hedge may reach holds the half step of its tens."""
    hedged = 10 * tens
    text = f"Officials said about {hedged} stalls were destroyed, and traders counted {hedged + offset}."
    a = sentence_figure(text, f"about {hedged}", hedged, unit="stall", approx="about", measure="stalls",
                        article="a1", source="officials", stated=_NOON)
    b = sentence_figure(text, str(hedged + offset), hedged + offset, unit="stall", measure="stalls", article="a2",
                        source="traders", stated=_NOON)
    assert _pair_label(a, b, "fixed") in ("consistent", None)


@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=10, max_value=100_000), st.floats(min_value=0.2, max_value=0.9))
def test_a_hedge_never_reaches_past_a_tenth_of_the_amount(value: int, share: float) -> None:
    """A hedged amount against one more than a fifth above it (the other's own rounding,
    at most 5% of it, keeps it clear of the hedge's tenth): always two figures."""
    other = int(value * (1 + share)) + 1
    a = sentence_figure(f"About {value} homes lost power.", f"About {value}", value, unit="home", approx="about",
                        measure="homes", article="a1", source="the utility", stated=_NOON)
    b = sentence_figure(f"The regulator said {other} homes lost power.", str(other), other, unit="home",
                        measure="homes", article="a2", source="the regulator", stated=_NOON)
    assert _pair_label(a, b, "fixed") == "conflicting"


@pytest.mark.parametrize(("bound", "value", "counted", "exact", "label"), [
    ("under 10 minutes", 10, "eight minutes", 8, "consistent"),  # a strict bound: any value under it
    ("less than 30 minutes", 30, "26 minutes", 26, "consistent"),
    ("nearly 10 minutes", 10, "eight minutes", 8, "conflicting"),  # close below: 9-10 minutes
    ("up to 14 minutes", 14, "11 minutes", 11, "conflicting"),  # a rival's maximum, no bound of this one
])
def test_a_strict_bound_below_a_round_figure_allows_what_lies_under_it(
        bound: str, value: int, counted: str, exact: int, label: str) -> None:
    a = sentence_figure(f"The lifeboat reached the yacht in {bound}, the coastguard said.", bound, value,
                        unit="minute", approx="under", measure="response time", article="a1", source="coastguard",
                        stated=_NOON)
    b = sentence_figure(f"The crew said the lifeboat took {counted} to arrive.", counted, exact, unit="minute",
                        measure="response time", article="a2", source="crew", stated=_NOON)
    assert _pair_label(a, b, "fixed") == label


def test_a_span_told_as_a_fraction_in_words_is_rounded_to_the_fraction() -> None:
    """``nearly three-quarters of an hour`` (read as 45 minutes) is a quarter-hour's rounding,
    not 45's last digit: another outlet's ``about 40 minutes`` is one length told twice;
    ``about 30 minutes`` is another."""
    told = sentence_figure("Passengers were kept on the grounded plane for nearly three-quarters of an hour, the "
                           "airline said.", "nearly three-quarters of an hour", 45, unit="minute", approx="under",
                           measure="delay", article="a1", source="airline", stated=_NOON)
    for text, value, label in (("about 40 minutes", 40, "consistent"), ("about 30 minutes", 30, "conflicting")):
        other = sentence_figure(f"Passengers said they waited {text} on the tarmac.", text, value, unit="minute",
                                approx="about", measure="delay", article="a2", source="passengers", stated=_NOON)
        assert _pair_label(told, other, "fixed") == label, text


@pytest.mark.parametrize(("one", "v1", "other", "v2", "label"), [
    ("an estimated 40,000", 40_000, "some 38,000", 38_000, "conflicting"),  # two tellers' estimates
    ("around 22 million", 22_000_000, "about 20 million", 20_000_000, "conflicting"),
    ("about 9,000", 9_000, "some 9,200", 9_200, "consistent"),  # one figure rounded twice
])
def test_two_round_estimates_agree_only_within_a_twentieth(one: str, v1: int, other: str, v2: int, label: str) -> None:
    a = sentence_figure(f"The diocese said {one} people joined the pilgrimage.", one, v1,
                        approx="approx" if one.startswith("an estimated") else "about", measure="pilgrims",
                        article="a1", source="diocese", stated=_NOON)
    b = sentence_figure(f"Police put the number of pilgrims at {other}.", other, v2, approx="about",
                        measure="pilgrims", article="a2", source="police", stated=_NOON)
    assert _pair_label(a, b, "fixed") == label


def test_a_temperature_in_bare_degrees_may_be_the_other_scale() -> None:
    """A Chicago paper's ``minus 10 degrees`` (Fahrenheit) and a wire's ``about minus 23
    Celsius`` are one reading; ``minus 2 degrees`` is neither scale's."""
    wire = sentence_figure("Temperatures fell to about minus 23 Celsius overnight, forecasters said.",
                           "about minus 23 Celsius", -23, unit="°C", approx="about", measure="temperature",
                           article="a1", source="forecasters", stated=_NOON)
    for text, value, label in (("minus 10 degrees", -10, "consistent"), ("minus 2 degrees", -2, "conflicting")):
        paper = sentence_figure(f"The thermometer at O'Hare showed {text} at dawn, the weather service said.", text,
                                value, unit="degree", measure="temperature", article="a2", source="weather service",
                                stated=_NOON)
        assert _pair_label(wire, paper, "fixed") == label, text


def test_a_count_within_an_earlier_round_estimates_rounding_is_no_rise() -> None:
    """``some 40 homes`` buried, then ``43 houses`` the next morning: 43 rounds to 40 at its
    last digit, one count told twice; ``48`` lies above what ``some 40`` allows, the count grown."""
    early = sentence_figure("The mudslide swept through some 40 homes before dawn.", "some 40", 40, approx="about",
                            measure="number of homes", article="a1", stated="2026-03-02T18:00")
    for value, label in ((43, "consistent"), (48, "updated")):
        late = sentence_figure(f"The mudslide buried {value} houses, officials said.", str(value), value,
                               measure="number of homes", article="a2", source="officials", stated="2026-03-03T07:30")
        assert _pair_label(early, late, "happened") == label, value
