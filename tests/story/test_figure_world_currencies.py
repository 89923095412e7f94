"""Sums in the currencies of smaller economies and lengths in the units of astronomy, told by
one outlet in that unit and by another in dollars or kilometres (the quantities plugin's
``units.json``, ``currency_rates.json``, ``figures.json`` ``unit_dimensions``). Invented
sentences of kinds of news other than the read stories: a mine's sale, cyclone relief, a
hydropower loan, a refugee grant, a comet's pass, a galaxy's distance, a wreck's depth."""

from __future__ import annotations

import math
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newskit import Pipeline
from newskit.model import Figure
from newskit.story.figure_currency import local_currencies, rate
from newskit.story.figure_data import figure_rules, unit_dimensions
from newskit.story.figure_label import _overlap
from newskit.story.figure_rates import story_currencies
from newskit.story.figure_units import base_value
from newskit_quantities.units import lex
from tests.story.helpers import first_figure, labelled_amounts, text_figures


def _fig(text: str, article: str = "a1", stated: str = "2025-09-14") -> Figure:
    return first_figure(text, article, stated)


def test_every_unit_the_plugin_reads_has_a_dimension_or_is_listed_without_one() -> None:
    """A unit the plugin normalises to with no factor compares with nothing but itself: each
    one is in ``unit_dimensions`` or, on purpose, in ``dimensionless_units``."""
    table = unit_dimensions()
    read: set[str] = set(lex().norm.values()) - set(lex().currencies)
    left = sorted(u for u in read if u.lower() not in table and u not in figure_rules()["dimensionless_units"])
    assert left == []


@pytest.mark.parametrize(("text", "code"), [
    ("The state fund will pay 450 billion tenge for the stake.", "KZT"),
    ("The cabinet approved 12 million pa'anga in relief.", "TOP"),
    ("The loan of 2.1 billion somoni will finish the dam.", "TJS"),
    ("Each family gets 150,000 Rwandan francs.", "RWF"),
    ("The tender was worth 3.4 billion kwanzas.", "AOA"),
    ("Traders lost 80 million quetzales in the fire.", "GTQ"),
    ("The bank fined the lender 40 million Mongolian tugriks.", "MNT"),
    ("The ministry set aside 900 million soles for repairs.", "PEN"),
    ("The port will cost ₸250 billion, officials said.", "KZT"),
])
def test_a_sum_in_a_smaller_economy_s_currency_is_read_as_money(text: str, code: str) -> None:
    assert _fig(text).unit == code


@pytest.mark.parametrize("text", [
    "She has stage 3 colon cancer, doctors said.",
    "About 60,000 Guarani live in the reserve.",
    "The office is at 4400 Balboa Avenue.",
    "He drank two drams of whisky.",
])
def test_words_that_name_other_things_after_a_number_are_no_currency(text: str) -> None:
    assert all(f.unit is None or f.unit not in lex().currencies for f in text_figures(text))


def test_a_mine_s_sale_in_tenge_and_in_dollars_is_one_sum(pipeline: Pipeline) -> None:
    """A local paper's ``450 billion tenge`` and a wire's ``about $870 million``: the tenge's
    rate of the year (about 515 to the dollar) makes them one price."""
    found = labelled_amounts(
        pipeline,
        "The state fund in Almaty will pay 450 billion tenge for the copper miner, the ministry said.",
        "Kazakhstan's sovereign fund agreed to pay about $870 million for the copper miner.",
    )
    assert ("consistent", {"450 billion tenge", "about $870 million"}) in found


@pytest.mark.parametrize(("local_text", "dollar_text", "read", "local"), [
    # "3 trillion som" in a Tashkent story: the Uzbek som (about 12,600 to the dollar), not
    # the Kyrgyz (about 87)
    ("The government in Tashkent borrowed 3 trillion som for the canal.",
     "Uzbekistan will borrow about $240 million for the canal.", "KGS", "UZS"),
    # a grant of "300,000 francs" a family in Kigali: Rwandan (about 1,420 to the dollar);
    # with no country named it would be the Swiss franc
    ("Each returning family in Kigali will receive 300,000 francs.",
     "Rwanda will give each family about $210.", "CHF", "RWF"),
])
def test_a_bare_shared_name_is_the_currency_of_the_story_s_place(local_text: str, dollar_text: str, read: str,
                                                                   local: str) -> None:
    """A bare ``som`` or ``francs`` is the currency of the country the story names, so a
    wire's dollar sum is the same sum at that currency's rate."""
    told = text_figures(local_text, stated="2025-05-02")
    usd = text_figures(dollar_text, "a2", stated="2025-05-03")
    assert local_currencies({read: told}, told + usd) == {read: local}
    with story_currencies(told + usd):
        assert _overlap(told[0], usd[0])


def test_a_comet_s_pass_in_astronomical_units_and_kilometres() -> None:
    """``0.03 astronomical units`` and ``about 4.5 million kilometres`` are one distance;
    ``12 million kilometres`` is another."""
    au = _fig("The comet will pass within 0.03 astronomical units of Earth.")
    km = _fig("The comet will come within about 4.5 million kilometres of Earth.", "a2")
    far = _fig("The comet will come within 12 million kilometres of Earth.", "a3")
    assert au.unit == "AU" and _overlap(au, km) and not _overlap(au, far)


def test_a_galaxy_in_parsecs_and_light_years() -> None:
    parsecs = _fig("The galaxy lies 3.7 million parsecs from Earth.")
    years = _fig("The galaxy lies about 12 million light-years away.", "a2")
    assert parsecs.unit == "parsec" and _overlap(parsecs, years)


def test_a_wreck_s_depth_in_fathoms_and_metres() -> None:
    fathoms = _fig("Divers found the wreck in 40 fathoms of water.")
    metres = _fig("The wreck lies about 73 metres down.", "a2")
    assert fathoms.unit == "fathom" and _overlap(fathoms, metres)


#: currency words the plugin reads and the currency each is
_WRITTEN = [("tenge", "KZT"), ("pa'anga", "TOP"), ("somoni", "TJS"), ("Rwandan francs", "RWF"), ("kwanzas", "AOA"),
            ("quetzales", "GTQ"), ("lempiras", "HNL"), ("Jamaican dollars", "JMD"), ("Armenian drams", "AMD"),
            ("Georgian lari", "GEL"), ("meticais", "MZN"), ("Icelandic kronur", "ISK"), ("Turkish lira", "TRY"),
            ("Bangladeshi taka", "BDT"), ("ariary", "MGA"), ("Mongolian tugriks", "MNT")]


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(_WRITTEN), st.integers(min_value=101, max_value=9_899))
def test_a_sum_and_its_dollar_value_are_one_amount(written: tuple[str, str], tenths: int) -> None:
    """A sum in millions of a tabled currency and its dollar value at the rate of its year,
    rounded to three significant digits as a wire would, are one amount of one dimension."""
    word, code = written
    found = rate(code, [2025])
    assert found is not None
    local = Decimal(tenths) / 10
    usd = Decimal(str(float(local) * 1_000_000 / found[0])).quantize(Decimal(1))
    usd = round(usd, 2 - usd.adjusted()) if usd.adjusted() > 2 else usd
    a = text_figures(f"The fund paid {local} million {word} for the plant.", stated="2025-07-01")
    b = text_figures(f"The fund paid ${int(usd):,} for the plant.", "a2", stated="2025-07-02")
    assert a[0].unit == code and b[0].unit == "USD"
    with story_currencies(a + b):
        assert _overlap(a[0], b[0]), (local, code, usd)
        assert math.isclose(base_value(a[0]), base_value(b[0]), rel_tol=found[1] + 0.01)


@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=11, max_value=9_899),
       st.sampled_from([("astronomical units", "AU", "kilometres", "km", 2),
                        ("parsecs", "parsec", "light-years", "light-year", 1),
                        ("fathoms", "fathom", "metres", "m", 0)]))
def test_an_astronomical_length_converted_reads_back_as_the_same(value: int, units: tuple[str, str, str, str, int]) -> None:
    """Any amount in astronomical units, parsecs or fathoms and its conversion into
    kilometres, light-years or metres, rounded to three significant digits, agree."""
    word_a, unit_a, word_b, unit_b, decimals = units
    amount = Decimal(value).scaleb(-decimals)
    factor = unit_dimensions()[unit_a.lower()][1] / unit_dimensions()[unit_b.lower()][1]
    converted = Decimal(str(float(amount) * factor))
    written = round(converted, 2 - converted.adjusted())
    a = _fig(f"It lies {amount} {word_a} away.")
    b = _fig(f"It lies {written:,f} {word_b} away.", "a2")
    assert (a.unit, b.unit) == (unit_a, unit_b)
    assert _overlap(a, b), (amount, unit_a, written, unit_b)
