"""Issue #10 (item 3), session 20: an age whose number is an article ("a century old",
"more than a decade old", "a century and a half old") is an amount of time, read as the
age told with a number is ("150 years old"): a cathedral, a ship, a law, a bridge, a
lighthouse. Before, nothing was read, so the story could not set it beside "110 years"."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newskit_quantities import find_quantities


def _one(text: str) -> tuple[str, object, str | None, str | None]:
    got = find_quantities(text)
    assert len(got) == 1, got
    f = got[0]
    return text[f.start:f.end], f.value, f.approx, f.unit


def test_an_article_before_a_time_word_and_old_is_an_age_of_one_unit() -> None:
    assert _one("The lighthouse, a century old, will be restored.") == ("a century old", 1, None, "century")


def test_the_hedge_before_the_article_joins_the_age() -> None:
    assert _one("Bridges more than a century old carry the city's traffic.") == (
        "more than a century old", 1, "over", "century")
    assert _one("The law, nearly a decade old, was struck down.")[1:] == (1, "under", "decade")


def test_and_a_half_adds_half_the_unit() -> None:
    assert _one("The ship, a century and a half old, sank off Crete.")[1:] == (Decimal("1.5"), None, "century")


@pytest.mark.parametrize("text", [
    "An old man waved from the bridge.",
    "The deal ran for a year before it lapsed.",
    "A year ago the cathedral reopened.",
    "The old decade of reform is over.",
])
def test_an_article_without_an_age_is_no_amount(text: str) -> None:
    assert find_quantities(text) == []


@given(st.sampled_from(["day", "week", "month", "year", "decade", "century"]),
       st.sampled_from([("", None), ("more than ", "over"), ("almost ", "under"), ("about ", "about")]),
       st.booleans(), st.booleans())
def test_round_trip_of_an_article_age(unit: str, hedge: tuple[str, str | None], half: bool, cap: bool) -> None:
    """Render an age with an article for its number and read it back: its value, hedge and
    unit, and its span from the hedge to ``old``."""
    article = "an" if unit[0] in "aeiou" else "a"
    age = f"{hedge[0]}{article} {unit}{' and a half' if half else ''} old"
    age = age[0].upper() + age[1:] if cap else age
    text, value, approx, got_unit = _one(f"The ferry, {age}, was sold.")
    assert (text, value, approx, got_unit) == (age, Decimal("1.5") if half else 1, hedge[1], unit)
