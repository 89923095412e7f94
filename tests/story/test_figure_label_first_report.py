"""Two kinds of label confusion (``figure_label``): a count told as what the first reports
of an event gave (``figure_marks.first_report``) is the count's earliest reading, which a
differing amount updates, whoever tells it and whenever; and a span of time converted to a
larger unit is rounded to a whole one (``two days`` for 52 hours), so the two agree.
Invented sentences of news other than the stories where the kinds were seen."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newskit.model import Figure
from newskit.story.figure_label import _pair_label, first_readings
from newskit.story.figure_marks import first_report
from tests.story.helpers import sentence_figure

_MORNING = "2026-06-03T08:00"
_EVENING = "2026-06-03T19:00"


def _count(text: str, amount: str, value: int, article: str, stated: str, source: str | None = None) -> Figure:
    return sentence_figure(text, amount, value, unit="person", measure="injured", article=article, source=source,
                           stated=stated)


@pytest.mark.parametrize(("text", "amount"), [
    ("Initial reports had put the number of injured at two.", "two"),
    ("Early reports said 14 people had been hurt in the crush.", "14"),
    ("Four climbers were initially reported missing on Sunday, but one walked down to the hut.", "Four"),
    ("It was first reported that 30 homes had been flooded.", "30"),
    ("The airline will cut 85 routes, not the 60 it first announced.", "60"),  # the teller's own first figure
    ("The board approved 12 new wards, not the nine they had originally announced.", "nine"),
    # a time phrase between the reports and the count is no word of distance
    ("Early reports on Friday had put the number of stranded hikers at five.", "five"),
    # an early estimate or reading is the first reports' count as much as an early report
    ("An initial estimate had put the damage to the pier at 3 million euros.", "3"),
    ("A preliminary reading of 41 degrees at the airport was later withdrawn.", "41"),
    # an amount named as the earlier reading by an adjective right before it
    ("The initial 40 hectares burnt were mapped from the air.", "40"),
    ("Investors will recover their original $2 million stake.", "2"),
    ("Initial reports in the morning had put the number of flooded cellars at 30.", "30"),
])
def test_a_count_told_as_the_first_reports_gave_it(text: str, amount: str) -> None:
    assert first_report(sentence_figure(text, amount, 1))


@pytest.mark.parametrize(("text", "amount"), [
    ("The suspect was 31, not 34 as initially reported by police.", "31"),
    ("The suspect was 31, not 34 as initially reported by police.", "34"),
    ("Police initially said 10 people were aboard the boat.", "10"),
    ("Early reports by state television put the toll at 12.", "12"),
    ("Initial reports mentioned a fire; the council said 40 homes were damaged on Monday.", "40"),
    ("Nine people were injured, the ambulance service said.", "Nine"),
    ("The first 40 hectares burnt were mapped from the air.", "40"),  # a part, not a first reading
    ("Early reports on Friday were confused, and a week of searching the hillside by volunteers found five.", "five"),
])
def test_no_first_report_where_someone_tells_the_count_or_a_number_stands_between(text: str, amount: str) -> None:
    assert not first_report(sentence_figure(text, amount, 1))


def test_a_first_report_told_in_the_later_article_is_updated_by_the_earlier_count() -> None:
    """Told the same evening, after the morning's count of nine from a named source: still the
    earlier reading, which the nine updates, not a rival count."""
    nine = _count("The race doctor said nine riders had been hurt in the crash.", "nine", 9, "a1", _MORNING,
                  "race doctor")
    six = _count("Six riders were initially reported injured, but three more were found to have fractures.",
                 "Six", 6, "a2", _EVENING)
    assert _pair_label(nine, six, "rising", "injured") == "updated"


def test_a_count_told_against_the_first_reports_in_its_own_article_updates_them() -> None:
    three = _count("Police have confirmed that a third pupil was hurt, bringing the number injured to three.",
                   "three", 3, "a1", _MORNING, "police")
    two = _count("Initial reports had put the number injured at two.", "two", 2, "a1", _MORNING, "Initial")
    assert _pair_label(three, two, "rising", "injured") == "updated"


@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=1, max_value=60), st.integers(min_value=1, max_value=60), st.booleans(),
       st.sampled_from(["rising", "any", "happened", "fixed"]))
def test_a_first_report_and_a_differing_count_are_always_an_update(
        first: int, now: int, first_later: bool, over_time: str) -> None:
    early = _count(f"Initial reports had put the number of injured at {first}.", str(first), first, "a1",
                   _EVENING if first_later else _MORNING)
    count = _count(f"The health ministry said {now} people were injured.", str(now), now, "a2",
                   _MORNING if first_later else _EVENING, "health ministry")
    assert _pair_label(early, count, over_time, "injured") == ("updated" if first != now else None)


def _span(text: str, amount: str, value: int, unit: str, article: str, source: str,
          approx: str | None = None) -> Figure:
    return sentence_figure(text, amount, value, unit=unit, approx=approx, measure="duration", article=article,
                           source=source, stated=_MORNING)


@pytest.mark.parametrize(("days", "days_text", "hours", "label"), [
    (2, "two days", 53, "consistent"),  # 53 hours is two days rounded
    (3, "three days", 78, "consistent"),
    (2, "two days", 60, "conflicting"),  # two and a half days is no "two days"
])
def test_a_span_in_days_is_rounded_to_the_day_against_one_in_hours(days: int, days_text: str, hours: int,
                                                                   label: str) -> None:
    a = _span(f"The miners were trapped underground for {days_text}, rescuers said.", days_text, days, "day", "a1",
              "rescuers")
    b = _span(f"One of the miners said they spent {hours} hours below ground.", f"{hours} hours", hours, "hour",
              "a2", "miner")
    assert _pair_label(a, b, "fixed") == label


def test_weeks_are_rounded_to_the_week_against_days() -> None:
    a = _span("The ferry service was suspended for three weeks, the operator said.", "three weeks", 3, "week", "a1",
              "operator")
    b = _span("Islanders went 23 days without a ferry, the council said.", "23 days", 23, "day", "a2", "council")
    assert _pair_label(a, b, "fixed") == "consistent"


def test_a_hedged_span_is_not_read_as_a_rounding_to_the_unit() -> None:
    """``almost an hour`` stands close below the hour, whatever unit the other is in."""
    a = _span("Crews worked for almost an hour to free the driver, witnesses said.", "almost an hour", 1, "hour",
              "a1", "witnesses", "under")
    b = _span("Firefighters needed 40 minutes to free the driver, the fire chief said.", "40 minutes", 40, "minute",
              "a2", "fire chief")
    assert _pair_label(a, b, "fixed") == "conflicting"


@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=1, max_value=20), st.integers(min_value=-12, max_value=12))
def test_hours_within_the_rounding_of_whole_days_agree(days: int, offset: int) -> None:
    """Hours within half a day of a whole number of days, and within 15% of it, agree."""
    hours = 24 * days + offset
    if abs(offset) > 0.15 * 24 * days:
        hours = 24 * days
    a = _span(f"The road stayed closed for {days} days, police said.", f"{days} days", days, "day", "a1", "police")
    b = _span(f"Drivers said the road was shut for {hours} hours.", f"{hours} hours", hours, "hour", "a2", "drivers")
    assert _pair_label(a, b, "fixed") in ("consistent", None)



def test_a_measurement_told_as_an_initial_reading_is_updated_by_the_corrected_one() -> None:
    """A gauge's first reading told again as ``an initial reading`` by the later outlet: the
    earlier outlet's same value is that first reading, which the other's corrected value
    updates (a fixed property would otherwise conflict between two tellers)."""
    first = sentence_figure("The gauge at the weir showed a water level of 3.9 metres on Monday evening.", "3.9",
                            3.9, unit="m", measure="?", article="a1", stated=_MORNING)
    again = sentence_figure("An initial reading of 3.9 metres had suggested a record, but engineers said the "
                            "level was 3.1 metres once the gauge was recalibrated.", "3.9", 3.9, unit="m",
                            measure="?", article="a2", stated=_EVENING)
    corrected = sentence_figure("An initial reading of 3.9 metres had suggested a record, but engineers said the "
                                "level was 3.1 metres once the gauge was recalibrated.", "3.1", 3.1, unit="m",
                                measure="?", article="a2", source="engineers", stated=_EVENING)
    earliest = first_readings([first, again, corrected])
    assert _pair_label(first, corrected, "fixed", "?", earliest) == "updated"


def test_a_first_report_set_against_anothers_figure_is_a_rival_reading() -> None:
    """Fails on the old rule: ``said in a preliminary report that 9 workers ..., more than the
    figure given by the mayor`` was the count's earliest reading, so it updated the mayor's
    earlier six. Its sentence sets it against the mayor's figure: a rival reading, which
    conflicts; without the contrast it is still the first reports' count."""
    mayor = _count("The mayor said six workers had been hurt in the blast.", "six", 6, "a1", _MORNING, "mayor")
    text = ("The labour inspectorate said in a preliminary report that 9 workers had been hurt, "
            "more than the figure given by the mayor.")
    rival = _count(text, "9", 9, "a2", _EVENING, "labour inspectorate")
    plain = _count("The labour inspectorate said in a preliminary report that 9 workers had been hurt.", "9", 9,
                   "a2", _EVENING, "labour inspectorate")
    assert first_report(rival) and first_report(plain)
    assert id(rival) not in first_readings([mayor, rival])
    assert _pair_label(mayor, rival, "fixed", "injured", first_readings([mayor, rival])) == "conflicting"
    assert _pair_label(mayor, plain, "fixed", "injured", first_readings([mayor, plain])) == "updated"
