"""Session 63 (helper spurious): a count of beds written as an adjective before its noun
(``a 240-bed clinic``) is the size of what it qualifies, a capacity as ``the 101-seat
chamber`` is (``capacity_units`` of ``figures.json``), compared only with capacities, never
with the patients a hospital treated. The quantities plugin now reads ``bed`` after a
number's hyphen as the counted noun. Invented sentences: clinics and wards."""

from __future__ import annotations

from newskit import Pipeline
from tests.story.helpers import figure_measures, figures_by_measure


def test_a_hyphenated_count_of_beds_is_a_capacity(pipeline: Pipeline) -> None:
    """Fails without the rule: the amount had no unit, so no measure of beds."""
    for text, amount in (("The province opened a 240-bed clinic on the edge of Tarvel on Monday.", "240"),
                         ("Nurses moved out of the 96-bed ward after a burst pipe flooded it.", "96")):
        assert figure_measures(pipeline, text).get(amount) == "number of beds, capacity", text


def test_beds_a_hospital_has_stay_held(pipeline: Pipeline) -> None:
    got = figure_measures(pipeline, "The hospital, which has 62 beds in intensive care, will open in May.")
    assert got.get("62") == "number of beds, held", got


def test_the_beds_are_no_count_of_patients(pipeline: Pipeline) -> None:
    """A clinic's size against the patients it saw: no figure finding joins them."""
    got = figures_by_measure(pipeline,
                             "Health officials on Monday opened a 120-bed clinic in Tarvel, the ministry said.",
                             "The new clinic in Tarvel, which the ministry opened on Monday, saw 95 patients "
                             "in its first week, officials said.")
    assert not any({"120", "95"} <= amounts for _, amounts in got.values()), got
