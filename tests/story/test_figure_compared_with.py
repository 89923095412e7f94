"""An amount an outlet sets beside another teller's count by a preposition of comparison, the
other count told by its teller (``at least 40 tonnes leaked, compared with the 12 tonnes
reported by the port authority``, ``against the 25,000 tonnes cited by the minister``,
``compared with the 500 kilometres the company cited``: ``figures.json`` ``contrast_compared``),
is a rival reading of it (``figure_label.contrasted``): two outlets' readings that a rounding
would let agree still conflict (session 60, issue #10). A comparison with no teller (``compared
with 12 tonnes last year``) is of two measures and is not read. Invented sentences of news other
than the stories where the kind was seen: a satellite's orbit, a chemical spill, a mine's
output, a fraud's sum."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newskit.model import Figure
from newskit.story.figure_data import figure_rules
from newskit.story.figure_label import contrasted, group_label
from tests.story.helpers import sentence_figure

_COMPANY = "The operator said the satellite had reached its planned orbit of 600 kilometres."
_TRACKED = ("Tracking data published on Friday place the satellite in an orbit of about 570 kilometres, "
            "compared with the 600 kilometres the operator cited after the launch.")
_PLAIN = "Tracking data published on Friday place the satellite in an orbit of about 570 kilometres."


def _orbit(second: str) -> list[Figure]:
    return [sentence_figure(_COMPANY, "600 kilometres", 600, unit="km", measure="length of orbit", article="wire",
                            source="operator", stated="2026-06-03T11:00"),
            sentence_figure(second, "about 570 kilometres", 570, unit="km", approx="about", measure="length of orbit",
                            article="trade", stated="2026-06-05T14:00")]


def test_a_count_set_beside_another_teller_s_is_contrasted() -> None:
    assert contrasted(sentence_figure(_TRACKED, "about 570 kilometres", 570, unit="km", approx="about"))
    text = ("Divers said at least 30 tonnes of diesel had leaked, compared with the 8 tonnes reported by the "
            "harbour authority.")
    assert contrasted(sentence_figure(text, "at least 30 tonnes", 30, unit="t", approx="over"))
    text = "Auditors found the mayor had taken $2.1 million, against the $3.4 million alleged by the prosecutors."
    assert contrasted(sentence_figure(text, "$2.1 million", 2.1))


def test_a_comparison_with_no_teller_is_not_a_rival_s_count() -> None:
    text = "The mine shipped 48,000 tonnes of copper this year, compared with 41,000 tonnes last year."
    assert not contrasted(sentence_figure(text, "48,000 tonnes", 48000, unit="t"))
    text = "The club won 14 games, against the 9 games of the season before."
    assert not contrasted(sentence_figure(text, "14", 14))


def test_set_beside_the_other_teller_s_count_two_readings_a_rounding_lets_agree_conflict() -> None:
    assert group_label(_orbit(_TRACKED), "fixed", "length of orbit") == "conflicting"


def test_without_the_comparison_the_rounded_reading_is_consistent() -> None:
    assert group_label(_orbit(_PLAIN), "fixed", "length of orbit") == "consistent"


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(figure_rules()["contrast_compared"]), st.sampled_from(figure_rules()["reported_by_participles"]),
       st.integers(min_value=2, max_value=90000), st.integers(min_value=2, max_value=90000))
def test_a_preposition_of_comparison_and_a_teller_s_participle_mark_the_amount_before_them(
        prep: str, told: str, value: int, other: int) -> None:
    amount = f"{value:,} tonnes"
    text = f"The group said {amount} of oil had leaked, {prep} the {other:,} tonnes {told} by the port authority."
    assert contrasted(sentence_figure(text, amount, value, unit="t"))
    plain = f"The group said {amount} of oil had leaked, {prep} {other:,} tonnes in the spill of 2019."
    assert not contrasted(sentence_figure(plain, amount, value, unit="t"))
