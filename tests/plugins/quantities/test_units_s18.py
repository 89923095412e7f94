"""Issue #14, session 18: quantities with units where newskit misread the unit or the value,
on sentences written for these tests (sailing, weather, property, sport, budgets), with
hypothesis round trips (render an amount with its unit, read it back):

* a scale letter before a rate of time is the unit's letter: "14m/s" is 14 metres a second
  (it was 14 million); money keeps its scale ("£5m/yr");
* a glued "m" before a currency noun is millions: "800m yuan" (it was 800 metres), and
  metres before a word of extent: "1.85m tall", "330m high" (they were millions);
* a unit of several words is hyphenated like one word after a number's hyphen: "a
  500-square-metre plot" (the unit was "square", a counted noun);
* "in" after a measure in feet is inches: "6 ft 2 in" (the 2 had no unit), unless a noun
  phrase follows ("5 feet 2 in the first hour": a preposition);
* "deg F", "deg C" are degrees Fahrenheit and Celsius (the unit was "deg");
* pounds and pence stay two sums of sterling ("2 pounds 50 pence": 2 GBP and 50 pence, as
  Recognizers-Text reads them), while dollars and cents are one ("3 dollars and 5 cents");
* people of an age are counted by it: "two 80-year-olds", "18-month-olds" (they were
  dropped as durations);
* a modifier whose hyphen waits for a second one counts nothing: "1,500 coal- and gas-fired
  plants" (the counted noun was "coal-").
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newskit_quantities import find_quantities


def read(text: str) -> list[tuple[str, Decimal, str | None]]:
    return [(text[f.start:f.end], Decimal(str(f.value)), f.unit) for f in find_quantities(text)]


def q(span: str, value: str | int, unit: str | None) -> tuple[str, Decimal, str | None]:
    return span, Decimal(str(value)), unit


@pytest.mark.parametrize(("text", "expected"), [
    ("Gusts of 14m/s lashed the harbour before the regatta.", [q("14m/s", 14, "m/s")]),
    ("The glacier's front advanced 2.5m/h during the surge.", [q("2.5m/h", "2.5", "m/h")]),
    ("The striker signed for £5m/yr until 2029.", [q("£5m", 5000000, "GBP")]),
    ("The app now has 5m users across Europe.", [q("5m", 5000000, "user")]),
    ("She won the 100m sprint in record time.", [q("100m", 100, "m")]),
])
def test_a_scale_letter_before_a_rate_of_time(text: str, expected: list[tuple[str, Decimal, str | None]]) -> None:
    assert read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The province set aside 800m yuan for flood defences.", [q("800m yuan", 800000000, "CNY")]),
    ("Organisers expect ticket sales of 12m euro this season.", [q("12m euro", 12000000, "EUR")]),
    ("She qualified for the 800m final on Sunday.", [q("800m", 800, "m")]),
])
def test_a_glued_m_before_a_currency_noun_is_millions(text: str, expected: list[tuple[str, Decimal, str | None]]) -> None:
    assert read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The new goalkeeper is 1.96m tall.", [q("1.96m", "1.96", "m")]),
    ("The sea wall will be 12m high and 3km long.", [q("12m", 12, "m"), q("3km", 3, "km")]),
    ("Divers found the wreck 40m deep, 300m offshore.", [q("40m", 40, "m"), q("300m", 300, "m")]),
    ("The charity raised 2m in the appeal.", [q("2m", 2000000, None)]),
])
def test_a_glued_m_before_a_word_of_extent_is_metres(text: str, expected: list[tuple[str, Decimal, str | None]]) -> None:
    assert read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Developers cleared a 500-square-metre plot behind the station.", [q("500-square-metre", 500, "m2")]),
    ("The blaze left a 10-square-mile burn scar.", [q("10-square-mile", 10, "mi2")]),
    ("The family listed its 2,400-square-foot home on Friday.", [q("2,400-square-foot", 2400, "ft2")]),
    ("Crews hauled a 300-cubic-foot freezer up the stairs.", [q("300-cubic-foot", 300, "ft3")]),
    ("Residents asked for a 20-miles-per-hour limit near the school.", [q("20-miles-per-hour", 20, "mph")]),
    ("A 10-km-long queue formed at the border.", [q("10-km", 10, "km")]),
])
def test_a_hyphenated_unit_of_several_words(text: str, expected: list[tuple[str, Decimal, str | None]]) -> None:
    assert read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The centre stands 6 ft 2 in and weighs 210 lb.",
     [q("6 ft", 6, "ft"), q("2 in", 2, "in"), q("210 lb", 210, "lb")]),
    ("At 5 feet 11 in tall, she is the squad's shortest keeper.",
     [q("5 feet", 5, "ft"), q("11 in", 11, "in")]),
    ("The river rose 5 feet 2 in the first hour alone.", [q("5 feet", 5, "ft"), q("2", 2, None)]),
    ("The boat was 30 ft 14 in the water.", [q("30 ft", 30, "ft"), q("14", 14, None)]),
])
def test_inches_after_feet(text: str, expected: list[tuple[str, Decimal, str | None]]) -> None:
    assert read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Overnight lows of 28 deg F are forecast for the valley.", [q("28 deg F", 28, "°F")]),
    ("The reactor coolant reached 310 deg C before the shutdown.", [q("310 deg C", 310, "°C")]),
])
def test_deg_f_and_deg_c(text: str, expected: list[tuple[str, Decimal, str | None]]) -> None:
    assert read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("A first-class stamp now costs 1 pound 35 pence.", [q("1 pound", 1, "GBP"), q("35 pence", 35, "penny")]),
    ("Fans paid 4 dollars and 20 cents for a pie at the ground.", [q("4 dollars and 20 cents", "4.2", "USD")]),
    ("The calf weighed 90 pounds at birth.", [q("90 pounds", 90, "lb")]),
    ("The newborn weighed 7 pounds 8 ounces.", [q("7 pounds", 7, "lb"), q("8 ounces", 8, "oz")]),
])
def test_pounds_and_pence(text: str, expected: list[tuple[str, Decimal, str | None]]) -> None:
    assert read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Two 80-year-olds were among the marathon finishers.", [q("Two", 2, None), q("80-year-olds", 80, "year")]),
    ("The nursery cares for 18-month-olds and toddlers.", [q("18-month-olds", 18, "month")]),
    ("A 3-year-old colt won the Derby.", [q("3-year-old", 3, "year")]),
])
def test_people_of_an_age(text: str, expected: list[tuple[str, Decimal, str | None]]) -> None:
    assert read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Nearly 1,500 coal- and gas-fired stations will close.", [q("Nearly 1,500", 1500, None)]),
    ("The plan lifts 8 million low- and middle-income families.", [q("8 million", 8000000, None)]),
    ("About 300 pro-government marchers gathered.", [q("About 300", 300, "marcher")]),
])
def test_a_suspended_hyphen_counts_nothing(text: str, expected: list[tuple[str, Decimal, str | None]]) -> None:
    assert read(text) == expected


@given(st.integers(1, 999), st.integers(1, 99), st.sampled_from(["pounds", "pound"]),
       st.sampled_from([" ", " and "]))
def test_pounds_and_pence_read_back(pounds: int, pence: int, word: str, glue: str) -> None:
    text = f"The ticket cost {pounds} {word}{glue}{pence} pence at the gate."
    assert read(text) == [q(f"{pounds} {word}", pounds, "GBP"), q(f"{pence} pence", pence, "penny")]


def amounts() -> st.SearchStrategy[tuple[str, Decimal]]:
    """An amount as news writes it: whole, grouped by commas, or with a decimal part."""
    whole = st.integers(1, 999_999).map(lambda n: (f"{n:,}" if n >= 1000 else str(n), Decimal(n)))
    dec = st.tuples(st.integers(0, 999), st.integers(1, 9)).map(
        lambda t: (f"{t[0]}.{t[1]}", Decimal(f"{t[0]}.{t[1]}")))
    return st.one_of(whole, dec)


#: unit words of several words as a hyphenated modifier, with what they normalise to
HYPHENATED = {"square-metre": "m2", "square-meter": "m2", "square-foot": "ft2", "square-mile": "mi2",
              "square-kilometre": "km2", "cubic-metre": "m3", "cubic-foot": "ft3",
              "miles-per-hour": "mph", "kilometres-per-hour": "km/h"}


@given(amounts(), st.sampled_from(sorted(HYPHENATED)))
def test_hyphenated_units_read_back(amount: tuple[str, Decimal], unit: str) -> None:
    written, value = amount
    text = f"Inspectors measured a {written}-{unit} site on Tuesday."
    assert read(text) == [(f"{written}-{unit}", value, HYPHENATED[unit])]


@given(amounts(), st.sampled_from(["m/s", "km/h", "cm/s", "m/h"]))
def test_glued_rates_read_back(amount: tuple[str, Decimal], unit: str) -> None:
    written, value = amount
    text = f"Sensors logged {written}{unit} at the pier."
    assert read(text) == [(f"{written}{unit}", value, unit)]


@given(amounts(), st.sampled_from(["tall", "high", "long", "wide", "deep", "away"]))
def test_metres_before_a_word_of_extent_read_back(amount: tuple[str, Decimal], extent: str) -> None:
    written, value = amount
    text = f"Surveyors said the barrier stood {written}m {extent} after the works."
    assert read(text) == [(f"{written}m", value, "m")]


@given(st.integers(1, 9), st.integers(1, 11), st.sampled_from(["ft", "feet", "foot"]))
def test_feet_and_inches_read_back(feet: int, inches: int, foot: str) -> None:
    text = f"The recruit is {feet} {foot} {inches} in, the coach said."
    assert read(text) == [q(f"{feet} {foot}", feet, "ft"), q(f"{inches} in", inches, "in")]
