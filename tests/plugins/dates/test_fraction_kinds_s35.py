"""Issue #14, session 35: fractional durations (kinds the issue names), each fixed by a
mechanism and tested on sentences written for it (none from a written set or a corpus):

* a whole number hyphened to its fraction, as wires write it (``2-1/2 years``,
  ``a 4-1/2-month search``): one length, as ``2 1/2 years`` is (it was read as ``2 years``
  or ``2-month``);
* a whole number and a quarter or three quarters (``three and a quarter hours``, ``an hour
  and a quarter``, ``two and three-quarter years``), as ``and a half`` is (it was missed,
  or read as ``P3Q``); the fractions are rule data (``mixed_fractions``);
* a quarter or half of a century, a decade or a shorter unit counted back or ahead (``the
  past quarter-century``, ``the last half century``, ``the last half hour``): one length,
  not a calendar quarter or half of the year (``2012-Q4``, ``2012-H2``);
* a range of two bare units (``weeks or months``, ``days to weeks``): one length of
  unknown number, its low end with the connector's mod, as TimeML writes it (``PXW``
  APPROX); it was missed;
* ``annually`` is a SET (``P1Y``) as ``daily`` and ``weekly`` are, but not right after a
  percentage (``to rise 8.5% annually``: a rate of growth, which TimeBank leaves untagged);
* a hedge or a bound after a time (``the next year or so``, ``a week or so ago``, ``three
  years or more``, ``10 minutes or less``, ``1994 or later``) is in its extent with its mod,
  as TimeBank writes it every time; ``two or more years`` is a length (it was missed).
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.plugins.dates.helpers import date_triples

from newskit_dates.lengths import duration_value

PUBLISHED = dt.date(2014, 9, 17)
WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine"}
UNITS = {"hour": ("TH", 1), "day": ("D", 1), "week": ("W", 1), "month": ("M", 1), "year": ("Y", 1)}


def dates(text: str) -> list[tuple[str, str, str]]:
    return date_triples(text, PUBLISHED)


@pytest.mark.parametrize(("text", "expected"), [
    ("The ferry was freed after a 4-1/2-month salvage operation.", [("4-1/2-month", "DURATION", "P4M15D")]),
    ("The harbour master served 2-1/2 years on the board.", [("2-1/2 years", "DURATION", "P2Y6M")]),
    ("The 1-1/2-hour cable-car ride was cancelled.", [("1-1/2-hour", "DURATION", "PT1H30M")]),
])
def test_a_whole_number_hyphened_to_its_fraction_is_one_length(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The lighthouse keepers searched the cove for three and a quarter hours.",
     [("three and a quarter hours", "DURATION", "PT3H15M")]),
    ("The orchard's pickers waited an hour and a quarter for the lorry.",
     [("an hour and a quarter", "DURATION", "PT1H15M")]),
    ("The museum's roof repair took two and three-quarter years.",
     [("two and three-quarter years", "DURATION", "P2.75Y")]),
    ("The ferry crossing took two-and-a-quarter hours in the storm.",
     [("two-and-a-quarter hours", "DURATION", "PT2H15M")]),
])
def test_a_whole_number_and_a_quarter_is_one_length(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize("text", [
    "The party won between two and three quarters of the seats.",
    "Cable-car fares rose two and a quarter percent.",
])
def test_a_share_after_a_whole_number_is_no_length(text: str) -> None:
    assert dates(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Over the past quarter-century, the harbour has lost half its boats.",
     [("the past quarter-century", "DURATION", "P25Y")]),
    ("The orchard has shrunk in the last half century.", [("the last half century", "DURATION", "P50Y")]),
    ("The next quarter of a century will decide the museum's future.",
     [("The next quarter of a century", "DURATION", "P25Y")]),
    ("The quarter century since the lighthouse closed has been quiet.",
     [("The quarter century", "DURATION", "P25Y")]),
    ("Ferry shares fell sharply in the last half hour of trading.", [("the last half hour", "DURATION", "PT30M")]),
    ("The wind over the harbour rose in the past quarter hour.", [("the past quarter hour", "DURATION", "PT15M")]),
])
def test_a_fraction_of_a_century_counted_back_is_a_length(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Ferry traffic fell in the last quarter, the operator said.", [("the last quarter", "DATE", "2014-Q2")]),
    ("The jobless rate stayed just above its quarter-century low.", []),
])
def test_a_calendar_quarter_and_an_adjective_stay_as_they_were(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected


@settings(max_examples=40, deadline=None)
@given(st.integers(1, 9), st.sampled_from(("half", "quarter", "three quarters")), st.sampled_from(sorted(UNITS)),
       st.sampled_from(("words", "digits", "hyphened")))
def test_a_rendered_mixed_length_parses_back(whole: int, fraction: str, unit: str, form: str) -> None:
    part = {"half": 0.5, "quarter": 0.25, "three quarters": 0.75}[fraction]
    if form == "words":
        number = f"{WORDS[whole]} and {'a ' if fraction != 'three quarters' else ''}{fraction}"
    else:
        glyph = {"half": "1/2", "quarter": "1/4", "three quarters": "3/4"}[fraction]
        number = f"{whole}{' ' if form == 'digits' else '-'}{glyph}"
    phrase = f"{number} {unit}s"
    code, mult = UNITS[unit]
    expected = duration_value((whole + part) * mult, code, decimal=form == "words")
    assert dates(f"The ferry repairs took {phrase}, the harbour board said.") == [(phrase, "DURATION", expected)]


@settings(max_examples=40, deadline=None)
@given(st.integers(1, 6), st.integers(1, 3), st.sampled_from(("half", "quarter")), st.sampled_from(sorted(UNITS)),
       st.sampled_from(("to", "or")))
def test_a_rendered_range_to_a_mixed_length_parses_back(low: int, gap: int, fraction: str, unit: str,
                                                        conn: str) -> None:
    high = f"{WORDS[low + gap]} and a {fraction}"
    phrase = f"{WORDS[low]} {conn} {high} {unit}s"
    code, mult = UNITS[unit]
    mod = "EQUAL_OR_MORE" if conn == "to" else "APPROX"
    got = date_triples(f"The museum expects the work to take {phrase}.", PUBLISHED)
    assert got == [(phrase, "DURATION", duration_value(low * mult, code))]
    assert _mods(f"The museum expects the work to take {phrase}.") == [mod]


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(("past", "last", "next", "coming", "previous")), st.sampled_from(("quarter", "half")),
       st.sampled_from(("century", "decade")), st.sampled_from(("-", " ", " of a ")))
def test_a_rendered_fraction_of_a_long_unit_parses_back(rel: str, fraction: str, unit: str, joint: str) -> None:
    phrase = f"the {rel} {fraction}{joint}{unit}"
    years = (100 if unit == "century" else 10) * (0.25 if fraction == "quarter" else 0.5)
    expected = duration_value(years, "Y")
    assert dates(f"The harbour has changed in {phrase}, its keeper said.") == [(phrase, "DURATION", expected)]


def _mods(text: str) -> list[str | None]:
    from newskit import Article, DateMention
    from newskit_dates import DatesExtractor

    out: list[str | None] = []
    for m in DatesExtractor().extract(Article(id="t", text=text, published=PUBLISHED), []):
        assert isinstance(m, DateMention)
        out.append(m.mod)
    return out


@pytest.mark.parametrize(("text", "expected"), [
    ("Engineers said restoring the cable car could take weeks or months.",
     [("weeks or months", "DURATION", "PXW", "APPROX")]),
    ("The harbour works would last days to weeks, the board said.",
     [("days to weeks", "DURATION", "PXD", "EQUAL_OR_MORE")]),
    ("The lighthouse was dark for hours or days before anyone noticed.",
     [("hours or days", "DURATION", "PTXH", "APPROX")]),
])
def test_a_range_of_two_bare_units_is_one_length(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    got = date_triples(text, PUBLISHED)
    assert got == [e[:3] for e in expected]
    assert _mods(text) == [e[3] for e in expected]


@pytest.mark.parametrize("text", [
    "The museum asked for years or months of records.",
    "It took five days or weeks, nobody could say.",
])
def test_no_range_from_a_longer_unit_or_after_a_number(text: str) -> None:
    assert not any(" or " in ext for ext, _, _ in dates(text))


@settings(max_examples=30, deadline=None)
@given(st.integers(0, 5), st.integers(1, 3), st.sampled_from(("or", "to")),
       st.sampled_from(("could take", "would last", "lasted for", "within")))
def test_a_rendered_range_of_bare_units_parses_back(low: int, gap: int, conn: str, lead: str) -> None:
    order = ("hours", "days", "weeks", "months", "years", "decades")
    if low + gap >= len(order):
        return
    phrase = f"{order[low]} {conn} {order[low + gap]}"
    text = f"The ferry service said repairs {lead} {phrase}, its manager said."
    letter = {"hours": "PTXH", "days": "PXD", "weeks": "PXW", "months": "PXM", "years": "PXY", "decades": "PXE"}
    assert date_triples(text, PUBLISHED) == [(phrase, "DURATION", letter[order[low]])]
    assert _mods(text) == ["APPROX" if conn == "or" else "EQUAL_OR_MORE"]


@pytest.mark.parametrize(("text", "expected"), [
    ("In nineteen ninety-one Harbour Master Jones closed the quay.", [("nineteen ninety-one", "DATE", "1991")]),
    ("The ferry sailed in nineteen ninety-one crossings.", []),
])
def test_a_year_in_words_before_a_name(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The harbour festival is held annually in the old town.", [("annually", "SET", "P1Y")]),
    ("The new toll will raise about $2 million annually for the ferry.", [("annually", "SET", "P1Y")]),
    ("The museum expects visitor numbers to grow 6% annually.", []),
    ("Orchard yields rose 3.5 percent annually.", []),
])
def test_annually_is_a_set_but_not_a_rate_of_growth(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Over the next year or so, the ferry line will add two boats.", ("the next year or so", "APPROX")),
    ("Repairs to the lighthouse will take a month or so.", ("a month or so", "APPROX")),
    ("The museum reopened a week or so ago.", ("a week or so ago", "APPROX")),
    ("The cable car stopped at 3 p.m. or thereabouts.", ("3 p.m. or thereabouts", "APPROX")),
])
def test_a_hedge_after_a_time_is_in_its_extent_with_approx(text: str, expected: tuple[str, str]) -> None:
    from newskit import Article, DateMention
    from newskit_dates import DatesExtractor

    got = [(m.text, m.mod) for m in DatesExtractor().extract(Article(id="t", text=text, published=PUBLISHED), [])
           if isinstance(m, DateMention)]
    assert got == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("The harbour wall will take three years or more to rebuild.", ("three years or more", "EQUAL_OR_MORE")),
    ("The ferry crossing takes 40 minutes or less.", ("40 minutes or less", "EQUAL_OR_LESS")),
    ("The museum will not reopen until 2027 or later.", ("2027 or later", "ON_OR_AFTER")),
    ("Repairs to the cable car will take two or more years.", ("two or more years", "EQUAL_OR_MORE")),
])
def test_a_bound_after_a_time_is_in_its_extent_with_its_mod(text: str, expected: tuple[str, str]) -> None:
    from newskit import Article, DateMention
    from newskit_dates import DatesExtractor

    got = [(m.text, m.mod) for m in DatesExtractor().extract(Article(id="t", text=text, published=PUBLISHED), [])
           if isinstance(m, DateMention)]
    assert got == [expected]


@pytest.mark.parametrize("text", [
    "Two or more ferries sank in the storm.",
    "The lighthouse was painted in 2010 or more recently.",
])
def test_no_bound_where_none_is_told(text: str) -> None:
    assert not any("or more" in ext for ext, _, _ in dates(text))


@settings(max_examples=40, deadline=None)
@given(st.integers(1, 9), st.sampled_from(sorted(UNITS)),
       st.sampled_from((("or more", "EQUAL_OR_MORE"), ("or longer", "EQUAL_OR_MORE"), ("or less", "EQUAL_OR_LESS"),
                        ("or so", "APPROX"))))
def test_a_rendered_bounded_length_parses_back(n: int, unit: str, bound: tuple[str, str]) -> None:
    phrase = f"{WORDS[n]} {unit}{'s' if n > 1 else ''} {bound[0]}"
    text = f"The harbour board said the repairs would take {phrase}, its chairman said."
    code, mult = UNITS[unit]
    assert date_triples(text, PUBLISHED) == [(phrase, "DURATION", duration_value(n * mult, code))]
    assert _mods(text) == [bound[1]]


@pytest.mark.parametrize(("text", "expected"), [
    ("The harbour master appeared on CBS's \u201c60 Minutes\u201d on Sunday.", [("Sunday", "DATE", "2014-09-14")]),
    ("The museum showed the film \u201cHigh Noon\u201d to a full hall.", []),
    ("\u201cThe Next Day\u201d was played at the lighthouse gala.", []),
    ("\u201cMonday,\u201d the ferry captain said, \u201cis too late.\u201d", [("Monday", "DATE", "2014-09-15")]),
    ("\u201cYesterday,\u201d the ferry captain said, \u201cwas too late.\u201d", [("Yesterday", "DATE", "2014-09-16")]),
])
def test_a_time_in_a_quoted_title_is_no_time(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected
