"""One figure restated in another form (figure_units, figure_label): an amount's value in
the base unit of its dimension, the precision of a measurement, one reading told by two
outlets in two units or number forms, and when two forms are the same figure. Sentences
of kinds of news other than the stories where the errors were seen (those were a motorway
pile-up, a crane collapse, an oil output cut): a dam, a marathon, a pipeline, a bridge,
a glacier, a central bank."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newskit import Pipeline
from newskit.model import Figure, QuantityMention
from newskit.story.figure_label import (
    _overlap,
    _pair_label,
    _same_amount,
    contrasted,
    figure_range,
    one_reading,
)
from newskit.story.figure_units import as_share, base_value, measurement_step, spread
from newskit_quantities import find_quantities
from tests.story.helpers import figures_by_measure, first_figure


def _fig(text: str, article: str = "a1", stated: str = "2025-06-02") -> Figure:
    """The first amount the quantities plugin reads in ``text``, as a figure."""
    return first_figure(text, article, stated)


def test_lengths_in_miles_and_kilometres_compare_in_metres() -> None:
    """A bridge of 14 miles is about 22.5 km: the two forms overlap; 18 km does not."""
    miles = _fig("The bridge spans 14 miles across the bay.")
    assert _overlap(miles, _fig("The crossing is about 22km long."))
    assert not _overlap(miles, _fig("The crossing is 18km long."))
    assert abs(base_value(miles) - 22530.8) < 1


def test_temperatures_in_celsius_and_fahrenheit_are_one_reading() -> None:
    """``35C`` and ``95F`` are one temperature (an offset scale, not a factor); ``35C`` and
    ``99F`` are not."""
    c = _fig("Runners set off in 35C heat.")
    assert _overlap(c, _fig("The thermometer showed 95F at the start."))
    assert not _overlap(c, _fig("The thermometer showed 99F at the start."))
    assert abs(figure_range(_fig("Water boils at 212F."))[0] - 100.0) < 1


def test_a_measurement_stands_for_half_a_step_of_its_last_digit() -> None:
    """A reading is rounded to its last written digit (``a 185-metre dam`` is 184.5-185.5),
    at most 5% of it; a count is exact."""
    assert measurement_step(_fig("a 185-metre dam")) == 0.5
    assert abs(measurement_step(_fig("output of 14.2 gigawatts")) - 0.05) < 1e-9
    assert measurement_step(_fig("a pipeline of 3,000 km")) == 150
    assert measurement_step(_fig("27 people were hurt")) == 0
    assert measurement_step(_fig("a fine of $27 million")) == 0


def test_a_round_reading_and_its_conversion_overlap() -> None:
    """A glacier's 600-foot face converted by another outlet as about 183 metres."""
    assert _overlap(_fig("The 600-foot face of the glacier collapsed."), _fig("a wall of ice about 183 metres high"))


def test_the_same_number_spelt_otherwise_is_the_same_figure() -> None:
    """``3.6%`` / ``3.6 per cent``, ``2.0 percent`` / ``2%`` say one figure one way; ``half a
    million barrels a day`` / ``500,000 bpd``, ``14.2GW`` / ``14,200 MW`` and a sum with
    another scale or currency sign (``£48 million`` / ``£48m``) restate it in another form, a
    consistent pair a reader is shown."""
    assert _same_amount(_fig("Inflation eased to 3.6%."), _fig("Inflation eased to 3.6 per cent.", "a2"))
    assert _same_amount(_fig("The target is 2.0 percent."), _fig("The target is 2%.", "a2"))
    assert not _same_amount(_fig("The council paid £48 million."), _fig("The council paid £48m.", "a2"))
    words = _fig("The pipeline carries half a million barrels a day.", "a2", "2025-06-03")
    digits = _fig("The pipeline carries 500,000 bpd.")
    assert not _same_amount(digits, words)
    assert _pair_label(digits, words, "fixed") == "consistent"
    assert _pair_label(_fig("demand of 14.2GW"), _fig("demand of 14,200 MW", "a2", "2025-06-03"), "fixed") == "consistent"


def test_one_reading_pairs_the_only_agreeing_amounts_of_two_outlets() -> None:
    """Two outlets' readings of one dimension that agree, each the only one agreeing with
    the other, are one measurement; a bound (``less than 10 km``) is no reading."""
    dam = _fig("The 185-metre dam holds back the river.")
    feet = _fig("The dam, some 600 feet tall, was finished in 1968.", "a2")
    bound = _fig("Villages less than 190 metres from the dam were evacuated.", "a3")
    got = one_reading([dam, feet, bound])
    assert (id(dam), id(feet)) in got
    assert not any(id(bound) in pair for pair in got)


def test_one_reading_leaves_two_agreeing_candidates_to_the_words() -> None:
    """When an outlet gives two lengths that both agree with the other's, which one it
    restates is not told by the value."""
    a = _fig("The new runway is 3.2 km long.")
    b1 = _fig("It adds a 3,200-metre strip.", "a2")
    b2 = _fig("A taxiway of about 3 km links it to the terminal.", "a2")
    assert not one_reading([a, b1, b2])


def test_a_reading_restated_in_another_unit_is_a_consistent_figure(pipeline: Pipeline) -> None:
    """A dam's height in metres and in feet by two outlets, with no shared word but the
    dam's own name: one measurement, consistent."""
    got = figures_by_measure(pipeline,
                             "Engineers inspected the 185-metre Kariva dam on Monday after the tremor, the ministry said.\n"
                             "No cracks were found, officials said.",
                             "The Kariva dam, which rises some 600 feet above the gorge, was declared safe on Tuesday.\n"
                             "Residents downstream returned home.")
    assert ("consistent", {"185-metre", "some 600 feet"}) in got.values(), got


def test_a_bound_is_not_taken_for_a_restated_reading(pipeline: Pipeline) -> None:
    """A distance bound (``less than 5 km from the crater``) is no restatement of a plume's
    height (``4.8 km``) however close the values."""
    got = figures_by_measure(pipeline,
                             "The plume of ash rose 4.8 km above the summit on Sunday, vulcanologists said.",
                             "Farms less than 5 km from the crater were abandoned on Monday.")
    assert not got, got


@given(st.integers(min_value=2, max_value=9000))
def test_a_length_rendered_in_miles_reads_back_as_the_same_length(km: int) -> None:
    """Any whole number of kilometres and its conversion to miles, rounded to one decimal
    as a writer would, parse back to overlapping lengths."""
    miles = Decimal(km / 1.609344).quantize(Decimal("0.1"))
    a, b = _fig(f"The route is {km:,} km long."), _fig(f"The route is {miles:,} miles long.", "a2")
    assert (a.unit, b.unit) == ("km", "mile")
    assert _overlap(a, b)


@given(st.integers(min_value=-40, max_value=60))
def test_a_celsius_temperature_rendered_in_fahrenheit_reads_back_as_the_same(c: int) -> None:
    """A whole Celsius reading and its Fahrenheit conversion rounded to a whole degree."""
    f = round(c * 9 / 5 + 32)
    a, b = _fig(f"It reached {c}C on Friday."), _fig(f"It reached {f}F on Friday.", "a2")
    assert _overlap(a, b), (a.value, a.unit, b.value, b.unit)


@given(st.integers(min_value=11, max_value=99), st.integers(min_value=0, max_value=9))
def test_a_scale_word_and_its_digits_are_one_value(whole: int, tenth: int) -> None:
    """``1.4 million`` and ``1,400,000`` (and ``half a million`` / ``500,000``) are one value
    in any unit: the scale word is read, not the written form."""
    a = _fig(f"The plant makes {whole}.{tenth} million tonnes a year.")
    b = _fig(f"The plant makes {whole * 1_000_000 + tenth * 100_000:,} tonnes a year.", "a2")
    assert base_value(a) == base_value(b)
    assert base_value(_fig("half a million barrels")) == base_value(_fig("500,000 barrels"))


def test_one_unit_table_gives_the_measures_their_kind_and_the_values_their_base() -> None:
    """``unit_dimensions`` is the one table: the kind a measure accepts (``figure_kind``) and the
    base value compared (``to_base``) come from it, kelvin included."""
    from newskit.model import QuantityMention
    from newskit.story.figure_data import figure_kind
    from newskit.story.figure_units import to_base

    def kind(unit: str) -> str:
        return figure_kind(QuantityMention(start=0, end=1, text="1", value=1, unit=unit))

    assert [kind(u) for u in ("km/h", "in", "m2", "°F", "K", "MW", "hp")] == [
        "speed", "length", "area", "temperature", "temperature", "power", "power"]
    assert kind("barrel") == "thing:barrel" and kind("USD") == "money" and kind("") == "plain"
    assert kind("degree") == "thing:degree"  # no scale: an angle, a rise or a temperature
    assert abs(to_base(300, "K") - 26.85) < 1e-9
    assert abs(to_base(116.6, "°F") - 47.0) < 1e-9


def test_an_outlet_setting_its_count_against_anothers_contrasts_them() -> None:
    """``a higher figure than the 2,500 given by the company`` sets a union's count of a
    walkout against the employer's; a number between the count and the comparison makes the
    comparison another amount's."""
    assert contrasted(_fig("The union said 4,000 workers had walked out, a higher figure than the 2,500 given by "
                           "the company."))
    assert contrasted(_fig("About 90 families remain without water, according to residents, a considerably "
                           "larger number than the utility reported."))
    assert not contrasted(_fig("The union said 4,000 workers had walked out and 12 depots were shut, a higher "
                               "number than in March."))
    assert not contrasted(_fig("The union said 4,000 workers had walked out on Monday."))


def test_a_later_count_set_against_anothers_conflicts_rather_than_updates() -> None:
    """A day later another outlet's higher count of a walkout is an update of a count that
    rises, unless it says it is higher than the other's: then the two counts conflict."""
    early = _fig("Management said 2,500 workers had joined the strike.", "a1", "2025-06-02")
    later = _fig("The union said 4,000 workers had joined the strike.", "a2", "2025-06-03")
    set_against = _fig("The union said 4,000 workers had joined the strike, a higher figure than management gave.",
                       "a2", "2025-06-03")
    assert _pair_label(early, later, "rising") == "updated"
    assert _pair_label(early, set_against, "rising") == "conflicting"


def test_values_below_zero_are_as_close_as_their_magnitudes() -> None:
    """A fall restated (-7.4% / minus 7.4 percent) and a frost in two scales (minus 14C /
    7F, about -13.9C) are close; values of two signs, or a zero, have no ratio."""
    assert spread([-7.4, -7.4]) == 1.0
    assert spread([-14.0, -13.9]) == pytest.approx(14.0 / 13.9)
    assert spread([2.0, 11.0]) == 5.5
    assert spread([-5.0, 5.0]) is None and spread([0.0, 3.0]) is None


@given(st.lists(st.floats(0.01, 1e6), min_size=1, max_size=6), st.booleans())
def test_a_spread_does_not_depend_on_the_sign_all_values_share(values: list[float], below: bool) -> None:
    signed = [-v if below else v for v in values]
    assert spread(signed) == pytest.approx(max(values) / min(values))


def test_an_amount_restated_in_another_unit_is_consistent_even_for_a_rising_count() -> None:
    """Floodwater over ``7,000 hectares`` (a round reading, 6,650-7,350 ha) and a day later
    over ``17,800 acres`` (7,203 ha, a conversion more precise than the reading) are one
    area told twice, not a rise; ``21,000 acres`` (8,498 ha) the next day is a rise."""
    early = _fig("Floodwater has covered 7,000 hectares of farmland.", "a1", "2025-06-02")
    converted = _fig("Floodwater has covered 17,800 acres of farmland.", "a2", "2025-06-03")
    risen = _fig("Floodwater has covered 21,000 acres of farmland.", "a2", "2025-06-03")
    assert _pair_label(early, converted, "rising") == "consistent"
    assert _pair_label(converted, early, "rising") == "consistent"
    assert _pair_label(early, risen, "rising") == "updated"
    queue = _fig("The queue of lorries stretched 3 miles.", "a1", "2025-06-02")
    assert _pair_label(queue, _fig("The queue of lorries stretched 4.9 kilometres.", "a2", "2025-06-03"),
                       "rising") == "consistent"
    assert _pair_label(queue, _fig("The queue of lorries stretched 7 kilometres.", "a2", "2025-06-03"),
                       "rising") == "updated"


def _share(text: str) -> tuple[object, str | None]:
    f = find_quantities(text)[0]
    q = as_share(QuantityMention(start=f.start, end=f.end, text=text[f.start:f.end], source="quantities",
                                 value=f.value, high=f.high, approx=f.approx, unit=f.unit))
    return q.value, q.unit


def test_a_fraction_in_words_is_a_share_in_percent() -> None:
    """A fraction of a whole with no unit is the share ``18%`` states in another form; a
    fraction with a unit, a digit fraction and a count stay as read."""
    assert _share("About a fifth of the nurses have resigned.") == (20, "percent")
    assert _share("Nearly two-thirds of the sites were flooded.") == (Decimal("66.66666666666666666666666667"),
                                                                      "percent")
    assert _share("Half of the stalls stayed shut.") == (50, "percent")
    assert _share("The runners covered half a mile.")[1] == "mile"
    assert _share("Inflation eased to 0.4 in May.") == (Decimal("0.4"), None)
    assert _share("Twelve stalls stayed shut.") == (12, "stall")


def test_a_fraction_word_is_a_rounded_share() -> None:
    """``a fifth`` agrees with 18% and 22%, not with 30%; ``18%`` itself is 17.5-18.5."""
    fifth = _fig("About a fifth of the nurses have resigned.")
    fifth = Figure(article="a1", measure="?", value=20, unit="percent", approx=fifth.approx, ref=fifth.ref)
    assert _overlap(fifth, _fig("Some 18% of the nurses have resigned.", "a2"))
    assert _overlap(fifth, _fig("Some 22% of the nurses have resigned.", "a2"))
    assert not _overlap(fifth, _fig("Some 30% of the nurses have resigned.", "a2"))
    assert not _overlap(_fig("The union said 18% of the nurses resigned."), _fig("The board said 20% left.", "a2"))


@given(st.integers(min_value=1, max_value=9), st.sampled_from(["third", "fifth", "tenth"]))
def test_a_simple_fraction_as_a_share_is_its_hundredths(k: int, den: str) -> None:
    n = {"third": 3, "fifth": 5, "tenth": 10}[den]
    if k >= n:
        return
    word = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"][k - 1]
    text = f"Officials said {word} {den}{'s' if k > 1 else ''} of the homes were empty."
    value, unit = _share(text)
    assert unit == "percent"
    assert abs(float(value) - 100 * k / n) < 1e-9  # type: ignore[arg-type]


def test_one_share_in_a_fraction_and_in_percent_is_one_consistent_figure(pipeline: Pipeline) -> None:
    got = figures_by_measure(pipeline,
                             "About a fifth of the hospital's nurses have resigned since March, the union said.",
                             "The health board said 18% of its nurses had resigned since March.")
    assert list(got.values()) == [("consistent", {"About a fifth", "18%"})], got


def test_a_sum_in_another_written_form_is_a_consistent_pair_and_a_hedge_is_not_a_form() -> None:
    """A transfer fee as ``€85 million`` and ``85m euros`` is one sum restated; ``$1 million
    or more`` and ``at least $1 million``, ``US$25.62`` and ``$25.62`` write it the same way."""
    fee, fee_words = _fig("The club paid €85 million for the striker."), _fig("The club paid 85m euros.", "a2")
    assert not _same_amount(fee, fee_words)
    assert _pair_label(fee, fee_words, "fixed") == "consistent"
    assert not _same_amount(_fig("The grant was $1,140."), _fig("The grant was $1,140.00.", "a2"))
    assert _same_amount(_fig("The prize is $1 million or more."), _fig("The prize is at least $1 million.", "a2"))
    assert _same_amount(_fig("Shares opened at US$25.62."), _fig("Shares opened at $25.62.", "a2"))
