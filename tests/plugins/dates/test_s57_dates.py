"""Issue #14, session 57: phrasings of a time that a rule of English decides, each tested on
sentences written for it (none from a written set, a story set or a corpus):

* ``a second-division match``, ``a second 30 MW unit``, ``a second, smaller slide``: the
  ordinal ``second`` before a modifier of its noun (a hyphen's compound, a number, or a
  comma and a second modifier: a comparative or a number's compound) is no length of one
  second; a length is followed by none of these (``in a fraction of a second, the ...``).
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.plugins.dates.helpers import date_triples

PUBLISHED = dt.date(2025, 9, 17)  # a Wednesday


def _seconds(text: str) -> list[tuple[str, str, str]]:
    return [t for t in date_triples(text, PUBLISHED) if t[2] == "PT1S"]


@pytest.mark.parametrize("sentence", [
    "The club lost a second-division match at home.",
    "Her son is a second-year medical student.",
    "Forecasters issued a second-degree flood warning for the valley.",
    "The utility said a second 40 MW turbine could follow.",
    "The union plans a second 24-hour walkout.",
    "Rescuers found a second, smaller pocket of trapped miners.",
    "The agency said a second, larger comet fragment was tracked overnight.",
    "The dockers will call a second, 72-hour stoppage.",
    "A second, weaker tremor shook the town at dawn.",
])
def test_an_ordinal_second_before_a_modifier_is_no_length(sentence: str) -> None:
    assert _seconds(sentence) == []


@pytest.mark.parametrize(("sentence", "type_"), [
    ("The sensor failed in a fraction of a second, the report said.", "DURATION"),
    ("For a second, nobody in the hall moved.", "DURATION"),
    ("She hesitated for a second, then signed.", "DURATION"),
    ("The clip lasts a second, never longer.", "DURATION"),
    ("It took a second, perhaps less.", "DURATION"),
    ("The probe travels 11 kilometres a second, according to the agency.", "SET"),
    ("The shutter opens for a second before the flash.", "DURATION"),
])
def test_a_second_as_a_length_stays_one(sentence: str, type_: str) -> None:
    assert ("a second" in sentence.lower()) and [t[1] for t in _seconds(sentence)] == [type_]


_NOUNS = ["match", "strike", "report", "blast", "wave", "crest", "unit", "ship", "probe", "vote"]
_MODIFIERS = st.one_of(
    st.sampled_from(["division", "degree", "year", "round", "half", "tier", "hand"]).map(lambda w: "-" + w),
    st.integers(min_value=2, max_value=500).map(lambda n: f" {n}-hour"),
    st.integers(min_value=2, max_value=500).map(lambda n: f" {n} MW"),
    st.sampled_from(["smaller", "larger", "weaker", "stronger", "deadlier", "bigger"]).map(lambda w: ", " + w),
    st.integers(min_value=2, max_value=96).map(lambda n: f", {n}-hour"),
)


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["Officials said", "Police confirmed", "The agency expects"]), _MODIFIERS,
       st.sampled_from(_NOUNS))
def test_a_second_and_a_modifier_of_its_noun_is_never_a_second_of_time(
        lead: str, modifier: str, noun: str) -> None:
    """Rendered as ``LEAD a second<modifier> NOUN ...``, read back: no one-second length."""
    sentence = f"{lead} a second{modifier} {noun} was under way."
    assert _seconds(sentence) == []


# --- a rate's amount in words ------------------------------------------------------------
#
# "a" / "an" before a unit after an amount and the thing it counts is distributive ("per"):
# the unit is a rate, a SET, whether the amount is in digits ("$2 million a year", as
# before) or in words ("four buses a day", "two million visitors a year", "billions of
# rand a year"). Not after "and", "or", "to" (a range's end or a second item: "between
# six months and a year", "a fine and a year in prison"), nor before "of" unless a
# counted plural stands right before it ("never had a day of sick leave", "followed a
# week of protests"; but "1,800 tonnes a day of acid").


@pytest.mark.parametrize(("sentence", "unit", "value"), [
    ("\"I change three buses a day,\" the nurse said.", "a day", "P1D"),
    ("The island draws more than two million visitors a year.", "a year", "P1Y"),
    ("The levy would raise several billion forints a year.", "a year", "P1Y"),
    ("Cable theft costs the railway millions of euros a year.", "a year", "P1Y"),
    ("The ferry will run four round trips a week in winter.", "a week", "P1W"),
    ("The pumps cost several thousand dollars an hour to run.", "an hour", "PT1H"),
    ("The refinery can process 1,200 tonnes a day of crude.", "a day", "P1D"),
])
def test_a_unit_after_an_amount_in_words_is_a_rate(sentence: str, unit: str, value: str) -> None:
    assert (unit, "SET", value) in date_triples(sentence, PUBLISHED)


@pytest.mark.parametrize(("sentence", "unit", "value"), [
    ("He has worked there for nine years and never took a day of leave.", "a day", "P1D"),
    ("The lockout, which began on May 12, followed a week of talks.", "a week", "P1W"),
    ("The offence carries a fine of up to $20,000 and a year in jail.", "a year", "P1Y"),
    ("Three of the men were released within a week.", "a week", "P1W"),
])
def test_a_unit_that_measures_or_ends_a_list_is_a_length(sentence: str, unit: str, value: str) -> None:
    assert (unit, "DURATION", value) in date_triples(sentence, PUBLISHED)


def test_a_range_of_lengths_ending_in_a_unit_stays_one() -> None:
    got = date_triples("Appeals usually take between six months and a year to decide.", PUBLISHED)
    assert got == [("between six months and a year", "DURATION", "P6M")]


_AMOUNT_WORDS = ["two", "four", "nine", "twenty", "sixty", "several hundred", "three thousand",
                 "two million", "tens of thousands of", "billions of", "a dozen"]
_COUNTED = ["visitors", "tonnes", "flights", "passengers", "dollars", "barrels", "calls"]
_RATE_UNITS = {"a day": "P1D", "a week": "P1W", "a month": "P1M", "a year": "P1Y", "an hour": "PT1H"}


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(_AMOUNT_WORDS), st.sampled_from(_COUNTED), st.sampled_from(sorted(_RATE_UNITS)),
       st.sampled_from(["The port handles", "Officials expect", "The plant will need"]))
def test_an_amount_in_words_and_its_noun_make_the_unit_a_rate(
        amount: str, counted: str, unit: str, lead: str) -> None:
    """Rendered as ``LEAD AMOUNT NOUN UNIT.``, read back: the unit alone, a SET of one unit."""
    sentence = f"{lead} {amount} {counted} {unit}."
    assert (unit, "SET", _RATE_UNITS[unit]) in date_triples(sentence, PUBLISHED)


# --- the half of a match ----------------------------------------------------------------
#
# "the second half" with no year named is the half of the thing in view: in a match report
# (at least three distinct words of play: referee, tries, half-time ...) the match's, no
# half of a year; in a company's or an economy's report the year's half, as before.

_REPORT = ("The referee booked both captains before half-time, and the hosts scored three tries. {s} "
           "The visiting coach praised his pack after the match.")


@pytest.mark.parametrize("sentence", [
    "The winger crossed twice in the first half.",
    "Play was halted for ten minutes early in the second half.",
    "Their first-half lead did not last.",
    "Fans threw flares midway through the second half.",
])
def test_a_half_in_a_match_report_is_the_matchs(sentence: str) -> None:
    text = _REPORT.format(s=sentence)
    assert [t for t in date_triples(text, PUBLISHED) if "-H" in t[2]] == []


@pytest.mark.parametrize(("text", "value"), [
    ("The central bank expects lending to recover in the second half.", "2025-H2"),
    ("The brewer reports first-half results in October.", "2025-H1"),
    # a year named keeps the year's half even in a match report
    (_REPORT.format(s="The league will change its rules in the second half of 2026."), "2026-H2"),
    # one word of play is no match report ("a penalty" in a business story)
    ("The firm paid a penalty and expects sales to rise in the second half.", "2025-H2"),
])
def test_a_half_outside_a_match_report_is_the_years(text: str, value: str) -> None:
    assert value in [t[2] for t in date_triples(text, PUBLISHED)]


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["first", "second"]),
       st.lists(st.sampled_from(["referee", "tries", "half-time", "scrum", "winger", "penalties", "kick-off"]),
                min_size=3, max_size=5, unique=True))
def test_a_bare_half_among_words_of_play_is_never_a_half_year(which: str, play: list[str]) -> None:
    """Rendered as a report holding three or more distinct words of play and ``in the
    WHICH half``, read back: no half of a year."""
    text = f"Notes on the {', the '.join(play)}. The hosts led in the {which} half."
    assert [t for t in date_triples(text, PUBLISHED) if "-H" in t[2]] == []


# --- a half or quarter of a month or a century --------------------------------------------
#
# "the first half of January", "the second half of the 19th century": the half is of the
# time named after "of" (a month's name, an ordinal century), no half of the publication's
# year; that time stands as its own mention.

_MONTHS = ["January", "February", "March", "April", "June", "July", "August", "September",
           "October", "November", "December"]


@pytest.mark.parametrize(("sentence", "kept"), [
    ("Staff were not paid for the first half of March.", ("March", "DATE", "2025-03")),
    ("The chapel dates from the second half of the 12th century.", ("the 12th century", "DATE", "11")),
    ("The mill was busiest in the third quarter of the 19th century.", ("the 19th century", "DATE", "18")),
])
def test_a_half_of_a_month_or_a_century_is_no_half_year(sentence: str, kept: tuple[str, str, str]) -> None:
    got = date_triples(sentence, PUBLISHED)
    assert kept in got and not [t for t in got if "-H" in t[2] or "-Q" in t[2]]


@pytest.mark.parametrize(("sentence", "value"), [
    ("Output fell in the second half of last year.", "2024-H2"),
    ("Revenue rose in the first half of the year.", "2025-H1"),
    ("Profit rose in the third quarter of 2024.", "2024-Q3"),
])
def test_a_half_of_a_year_stays_one(sentence: str, value: str) -> None:
    assert value in [t[2] for t in date_triples(sentence, PUBLISHED)]


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["first", "second"]), st.sampled_from(_MONTHS),
       st.sampled_from(["Rents were frozen for", "Ferries were cancelled in", "Arrivals fell sharply in"]))
def test_a_half_of_a_named_month_is_that_month(which: str, month: str, lead: str) -> None:
    """Rendered as ``LEAD the WHICH half of MONTH.``, read back: the month, no half of a year."""
    got = date_triples(f"{lead} the {which} half of {month}.", PUBLISHED)
    assert [t[0] for t in got] == [month] and not [t for t in got if "-H" in t[2]]
