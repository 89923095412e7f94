"""Issue #14, session 27: kinds the read half of the written check S27 shares with TBAQ,
the earlier written checks or the story sets, each fixed by a mechanism and tested on
sentences written for it (none from a written set or a corpus):

* a quarter named by its months (``the March quarter``, ``the July-September quarter``,
  ``the April-June period``) is the quarter a report is about, so ``a year earlier`` after
  it is that quarter a year before, as after ``the third quarter``;
* ``the year to February``, ``the year to 31 March`` (British reports): a year counted back
  from the month or day after ``to`` is a DURATION (P1Y), as ``the year ended`` is;
* a past form standing where a noun does (``expect a cut in March``, ``its next cut in
  April``) is no past cue, so the time after it keeps the tense of the clause's verb;
* ``the coming weeks``, ``the months ahead``, ``the years to come`` are spans of unknown
  length (PXW, PXM, PXY), as ``recent weeks`` is, not a bare FUTURE_REF.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.plugins.dates.helpers import date_triples

THU = dt.date(2024, 1, 11)  # a Thursday in January
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
QUARTER_MONTHS = {1: ("January", "March"), 2: ("April", "June"), 3: ("July", "September"), 4: ("October", "December")}


def dates(text: str, published: dt.date = THU) -> list[tuple[str, str, str]]:
    return date_triples(text, published)


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("The miner said on Tuesday that output in the March quarter fell 9 per cent from a year earlier.",
     dt.date(2023, 4, 26),
     [("Tuesday", "DATE", "2023-04-25"), ("the March quarter", "DATE", "2023-Q1"), ("a year earlier", "DATE", "2022-Q1")]),
    ("Sales in the July-September quarter rose 4 percent from a year earlier, the retailer said.",
     dt.date(2019, 11, 6),
     [("the July-September quarter", "DATE", "2019-Q3"), ("a year earlier", "DATE", "2018-Q3")]),
    ("Exports in the April-June period were 6 percent lower than a year ago.", dt.date(2021, 8, 2),
     [("the April-June period", "DATE", "2021-Q2"), ("a year ago", "DATE", "2020-Q2")]),
])
def test_a_quarter_named_by_its_months_is_the_report_quarter(
        text: str, published: dt.date, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text, published) == expected


@settings(max_examples=40, deadline=None)
@given(st.integers(1, 4), st.integers(1995, 2030), st.booleans())
def test_a_year_earlier_after_a_rendered_month_quarter_parses_back(quarter: int, year: int, by_last_month: bool) -> None:
    first, last = QUARTER_MONTHS[quarter]
    name = f"the {last} quarter" if by_last_month else f"the {first}-{last} quarter"
    published = dt.date(year + 1, 2, 20)  # the quarter is of the year before: a past report
    text = f"The company said revenue in {name} of {year} rose 8 percent from a year earlier."
    got = dates(text, published)
    assert got[-1] == ("a year earlier", "DATE", f"{year - 1}-Q{quarter}")


@pytest.mark.parametrize(("text", "expected"), [
    ("The grocer warned that profits would fall in the year to February.",
     [("the year", "DURATION", "P1Y"), ("February", "DATE", "2024-02")]),
    ("Pre-tax profit for the year to 31 March was £410m.", [("the year", "DURATION", "P1Y"), ("31 March", "DATE", "2023-03-31")]),
    ("Prices rose 6 per cent in the year to the end of June.",
     [("the year", "DURATION", "P1Y"), ("the end of June", "DATE", "2023-06")]),
])
def test_the_year_to_a_month_is_a_year_long(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize("text", [
    "Sales for the year to date are up 4 per cent.",
    "The year to come will be hard, she said.",
])
def test_the_year_to_no_month_is_no_year_long_period(text: str) -> None:
    assert not any(t == "DURATION" for _, t, _ in dates(text))


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(MONTHS), st.integers(0, 28))
def test_a_rendered_year_to_a_month_parses_back(month: str, day: int) -> None:
    end = f"{day} {month}" if day else month
    got = dates(f"Revenue for the year to {end} rose 3 per cent.")
    assert got[0] == ("the year", "DURATION", "P1Y")
    assert got[1][0] == end and got[1][1] == "DATE"
    assert got[1][2][5:7] == f"{MONTHS.index(month) + 1:02d}"


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("Markets now expect the first cut in March.", dt.date(2023, 12, 14), ("March", "DATE", "2024-03")),
    ("Traders expect a cut in June, the bank's chief economist said.", dt.date(2024, 2, 8), ("June", "DATE", "2024-06")),
    ("Economists expect its next cut in April.", dt.date(2025, 1, 15), ("April", "DATE", "2025-04")),
    # a past verb after "that" or with no determiner is still past
    ("The storm that hit the coast in March flooded 300 homes.", dt.date(2024, 5, 2), ("March", "DATE", "2024-03")),
    ("The airline cut 40 routes in October.", dt.date(2024, 12, 3), ("October", "DATE", "2024-10")),
])
def test_a_past_form_standing_for_a_noun_is_no_past(text: str, published: dt.date, expected: tuple[str, str, str]) -> None:
    assert expected in dates(text, published)


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(("a", "the", "its", "the first", "a second", "the latest")), st.sampled_from(("cut", "hit", "set")),
       st.sampled_from(MONTHS), st.dates(dt.date(1995, 1, 1), dt.date(2030, 12, 31)))
def test_a_rendered_noun_past_form_keeps_the_forecast_ahead(det: str, form: str, month: str, published: dt.date) -> None:
    got = dates(f"Analysts expect {det} {form} in {month}.", published)
    mo = MONTHS.index(month) + 1
    assert got == [(month, "DATE", got[0][2])]
    assert (int(got[0][2][:4]), mo) >= (published.year, published.month)


@pytest.mark.parametrize(("text", "expected"), [
    ("The council will decide in the coming weeks.", ("the coming weeks", "DURATION", "PXW")),
    ("Margins should improve in the months ahead.", ("the months ahead", "DURATION", "PXM")),
    ("The fight will shape the region in the years to come.", ("the years to come", "DURATION", "PXY")),
    ("Prices have fallen in recent weeks.", ("recent weeks", "DURATION", "PXW")),
])
def test_coming_units_are_a_span(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in dates(text)
