"""Issue #14, session 49: newsy phrasings of a time that a rule of English places, each
tested on sentences written for it (none from a written set, a story set or a corpus):

* ``the week before last``, ``the month after next``, ``the night before last``: a unit two
  steps from the publication's (they were not found at all); not when ``last`` / ``next``
  belongs to a time word after it (``the day before last Tuesday's hearing``).
* ``over the past fortnight``, ``within the next fortnight``: the two weeks counted back or
  on, a length (``the past fortnight`` was ``the past``, PAST_REF).
* ``the quarter ending March 31``, ``the quarter ended June 30``: a bare quarter named by
  its last day is the quarter that holds that day (it was the last quarter ended before
  publication, whatever the day said); a report that told its fiscal quarter by number
  keeps that number.
* ``by the year's end``, ``by month's end``, ``before week's end``: the end of that unit,
  as ``by year's end`` already was (``the year's end`` was missed, ``month's end`` too).
* ``the first quarter of fiscal 2025``: one period of the fiscal year told after it (the
  quarter was read in the publication's year and ``fiscal 2025`` apart).
* The tense of a weekday's clause: a participle of saying right of the time opens the
  words told (``sent letters on Sunday telling them they would be evicted``: the ``would``
  made it the coming Sunday); a past form after a preposition is a modifier, no verb
  (``will pay for flooded homes from Monday`` read the past Monday); so is one that
  completes an object after a verb of seeing or getting (``will see the payments reversed
  from Monday``); the past participles in ``-en`` (``given``, ``shown``, ``taken``) and
  ``died`` (too short for the ``-ed`` rule) are past cues.
* ``the Christmas parade``, ``a Christmas float``, ``the Easter weekend``: a holiday before a
  noun names a thing by its holiday, so the clause's verb gives it no tense and it is the
  holiday nearest the publication (``has died after the Christmas parade`` in late November
  read the Christmas before).
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.plugins.dates.helpers import date_triples

from newskit_dates.resolve import add_months

PUBLISHED = dt.date(2025, 9, 17)  # a Wednesday
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")


def dates(text: str, published: dt.date = PUBLISHED) -> list[tuple[str, str, str]]:
    return date_triples(text, published)


# ---------------------------------------------------------------- two steps away


@pytest.mark.parametrize(("text", "expected"), [
    ("The ferry operator cancelled the crossings the week before last.",
     [("the week before last", "DATE", "2025-W36")]),
    ("The Week before last, two of the pumps failed.",
     [("The Week before last", "DATE", "2025-W36")]),
    ("Auditors will visit the depot the week after next.",
     [("the week after next", "DATE", "2025-W40")]),
    ("Tenants were told of the rent rise the month before last.",
     [("the month before last", "DATE", "2025-07")]),
    ("The new timetable starts the month after next.",
     [("the month after next", "DATE", "2025-11")]),
    ("The orchard lost most of its crop the year before last.",
     [("the year before last", "DATE", "2023")]),
    ("The museum hopes to reopen the year after next.",
     [("the year after next", "DATE", "2027")]),
    ("The night before last, thieves emptied the cash machine.",
     [("The night before last", "TIME", "2025-09-15TNI")]),
    ("Fans clashed outside the ground the weekend before last.",
     [("the weekend before last", "DATE", "2025-W36-WE")]),
])
def test_a_unit_two_steps_away(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("The week before last Tuesday's vote, turnout polls shifted.", "last Tuesday", "2025-09-16"),
    ("The year before last year's census, the county grew.", "last year", "2024"),
    ("The month before last March's flood, the river rose.", "last March", "2025-03"),
    ("The day after next week's summit, the envoy flies home.", "next week", "2025-W39"),
])
def test_last_or_next_of_a_time_word_after_is_that_words(text: str, phrase: str, value: str) -> None:
    got = dates(text)
    assert (phrase, "DATE", value) in got
    assert not any("before last" in t or "after next" in t for t, _, _ in got)


def _one_step(published: dt.date, unit: str, back: bool) -> dt.date:
    """The publication a unit earlier (``back``) or later: its ``last`` / ``next`` unit is the
    publication's ``before last`` / ``after next`` one."""
    sign = -1 if back else 1
    if unit in ("week", "weekend"):
        return published + dt.timedelta(days=7 * sign)
    if unit == "month":
        y, m = add_months(published.year, published.month, sign)
        return dt.date(y, m, 1)
    return dt.date(published.year + sign, 6, 15)


@settings(max_examples=30, deadline=None)
@given(published=st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31)),
       unit=st.sampled_from(["week", "weekend", "month", "year"]), back=st.booleans())
def test_two_steps_round_trip(published: dt.date, unit: str, back: bool) -> None:
    """``the UNIT before last`` on a day names what ``last UNIT`` names a unit earlier (and
    ``after next`` what ``next UNIT`` names a unit later)."""
    two = dates(f"The club said the vote was held the {unit} {'before last' if back else 'after next'}.",
                published)
    one = dates(f"The club said the vote was held {'last' if back else 'next'} {unit}.",
                _one_step(published, unit, back))
    assert len(two) == len(one) == 1
    assert two[0][2] == one[0][2]


# ---------------------------------------------------------------- a fortnight counted


@pytest.mark.parametrize(("text", "phrase"), [
    ("Rainfall has been scarce over the past fortnight.", "the past fortnight"),
    ("Two of the bakeries closed in the last fortnight.", "the last fortnight"),
    ("The council will publish its plan within the next fortnight.", "the next fortnight"),
    ("Talks are expected to resume in the coming fortnight.", "the coming fortnight"),
])
def test_a_fortnight_counted_back_or_on_is_a_length(text: str, phrase: str) -> None:
    assert dates(text) == [(phrase, "DURATION", "P2W")]


@pytest.mark.parametrize(("text", "expected"), [
    ("The exhibition lasts a fortnight.", [("a fortnight", "DURATION", "P2W")]),
    ("The rail line reopened a fortnight ago.", [("a fortnight ago", "DATE", "2025-09-03")]),
    ("The ferry sails this fortnight.", []),
])
def test_other_fortnights_are_unchanged(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected


@settings(max_examples=30, deadline=None)
@given(published=st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31)),
       det=st.sampled_from(["past", "last", "next", "coming"]))
def test_fortnight_round_trip(published: dt.date, det: str) -> None:
    """``the DET fortnight`` is the length ``the DET two weeks`` is."""
    fortnight = dates(f"Prices moved sharply over the {det} fortnight.", published)
    weeks = dates(f"Prices moved sharply over the {det} two weeks.", published)
    assert [(t, v) for _, t, v in fortnight] == [(t, v) for _, t, v in weeks] == [("DURATION", "P2W")]


# ---------------------------------------------------------------- a quarter by its last day


@pytest.mark.parametrize(("text", "published", "value"), [
    ("The brewer will report sales for the quarter ending March 31 next month.", dt.date(2025, 3, 4), "2025-Q1"),
    ("The brewer posted a loss for the quarter ended June 30.", dt.date(2025, 11, 20), "2025-Q2"),
    ("The brewer posted a loss for the quarter ended Sept. 30, 2023.", dt.date(2025, 11, 20), "2023-Q3"),
    ("Revenue at the brewer fell in the latest quarter ended March 31.", dt.date(2025, 8, 2), "2025-Q1"),
])
def test_a_bare_quarter_is_the_one_its_end_day_closes(text: str, published: dt.date, value: str) -> None:
    got = dates(text, published)
    assert got[0][0].lower().endswith("quarter")
    assert got[0][1:] == ("DATE", value)


@pytest.mark.parametrize(("text", "published", "value"), [
    # the quarter's number told by the report before: a fiscal quarter keeps its name
    ("The brewer reported a profit in its fiscal first quarter. Sales for the quarter ended Sept. 30 rose.",
     dt.date(2025, 10, 28), "2025-Q1"),
    # a numbered quarter is not renumbered by its end day
    ("Sales rose in the fiscal second quarter ended Dec. 31.", dt.date(2026, 2, 10), "2025-Q2"),
])
def test_a_numbered_quarter_keeps_its_number(text: str, published: dt.date, value: str) -> None:
    quarters = [v for t, _, v in dates(text, published) if t.lower().endswith("quarter")]
    assert quarters[-1] == value


@settings(max_examples=30, deadline=None)
@given(published=st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31)),
       year=st.integers(min_value=1990, max_value=2030), q=st.integers(min_value=1, max_value=4),
       verb=st.sampled_from(["ended", "ending", "that ended"]))
def test_quarter_by_its_end_day_round_trip(published: dt.date, year: int, q: int, verb: str) -> None:
    """``the quarter VERB <its last day, with its year>`` is the quarter that day closes."""
    last = (dt.date(year, 3 * q + 1, 1) if q < 4 else dt.date(year + 1, 1, 1)) - dt.timedelta(days=1)
    text = f"The insurer's profit rose in the quarter {verb} {MONTHS[last.month - 1]} {last.day}, {year}."
    got = dates(text, published)
    assert got[0] == ("the quarter", "DATE", f"{year}-Q{q}")


# ---------------------------------------------------------------- the end of a unit in the possessive


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("The port expects to clear the backlog by the year's end.", "the year's end", "2025"),
    ("By month's end, the reservoir had fallen below half.", "month's end", "2025-09"),
    ("The tribunal will rule by the month\u2019s end.", "the month\u2019s end", "2025-09"),
    ("A verdict is expected before week's end.", "week's end", "2025-W38"),
])
def test_a_units_end_in_the_possessive(text: str, phrase: str, value: str) -> None:
    assert dates(text) == [(phrase, "DATE", value)]


def test_a_possessive_unit_without_end_is_unchanged() -> None:
    assert dates("It was the week's busiest session on the exchange.") == [("the week", "DATE", "2025-WXX")]
    assert dates("The year's best novel won the prize.") == []


@settings(max_examples=30, deadline=None)
@given(published=st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31)),
       unit=st.sampled_from(["year", "month", "week"]), the=st.booleans(), apostrophe=st.sampled_from(["'", "\u2019"]))
def test_units_end_round_trip(published: dt.date, unit: str, the: bool, apostrophe: str) -> None:
    """``by (the) UNIT's end`` names the value ``by the end of the UNIT`` does."""
    owned = dates(f"The work should be done by {'the ' if the else ''}{unit}{apostrophe}s end.", published)
    plain = dates(f"The work should be done by the end of the {unit}.", published)
    assert len(owned) == len(plain) == 1
    assert owned[0][1:] == plain[0][1:]


# ---------------------------------------------------------------- a quarter of a fiscal year


@pytest.mark.parametrize(("text", "expected"), [
    ("The chipmaker expects margins to recover in the first quarter of fiscal 2026.",
     [("the first quarter of fiscal 2026", "DATE", "2026-Q1")]),
    ("Orders slumped in the second half of fiscal year 2024.",
     [("the second half of fiscal year 2024", "DATE", "2024-H2")]),
    ("Orders slumped in the third quarter of 2024.",
     [("the third quarter of 2024", "DATE", "2024-Q3")]),
])
def test_a_quarter_of_a_fiscal_year_is_one_period(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected


@settings(max_examples=30, deadline=None)
@given(published=st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31)),
       year=st.integers(min_value=1990, max_value=2030), ordinal=st.sampled_from(["first", "second", "third", "fourth"]),
       fiscal=st.sampled_from(["fiscal ", "fiscal year "]))
def test_fiscal_quarter_round_trip(published: dt.date, year: int, ordinal: str, fiscal: str) -> None:
    """``the ORD quarter of fiscal YEAR`` names the value ``the ORD quarter of YEAR`` does."""
    got = dates(f"Margins narrowed in the {ordinal} quarter of {fiscal}{year}.", published)
    plain = dates(f"Margins narrowed in the {ordinal} quarter of {year}.", published)
    assert len(got) == len(plain) == 1
    assert got[0][1:] == plain[0][1:]


# ---------------------------------------------------------------- the clause a weekday is in

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
TENSE_PUBLISHED = dt.date(2026, 6, 10)  # a Wednesday


@pytest.mark.parametrize(("text", "value"), [
    # a participle of saying opens the words told: their "would" is not the time's
    ("Landlords sent letters to the tenants of the block on Sunday telling them they would be evicted.", "2026-06-07"),
    ("The union wrote to members of the branch on Monday saying the strike would go ahead.", "2026-06-08"),
    # a past participle in -en, and "died", are past cues
    ("The figure is higher than the one given to reporters by officials on Monday.", "2026-06-08"),
    ("The toll has risen to six after a rider died on Monday night.", "2026-06-08TNI"),
    # a past form after a preposition, or completing an object, is no verb
    ("The council will pay for flooded homes from Monday.", "2026-06-15"),
    ("The bank will see the payments reversed from Monday.", "2026-06-15"),
])
def test_the_clause_of_a_weekday(text: str, value: str) -> None:
    assert [v for _, _, v in dates(text, TENSE_PUBLISHED)] == [value]


@pytest.mark.parametrize(("text", "value"), [
    ("A miner will be taken to hospital on Friday.", "2026-06-12"),
    ("The results will be shown on Friday.", "2026-06-12"),
    ("Three climbers were taken to hospital on Sunday.", "2026-06-07"),
    ("The ministry will open the scheme to licensed traders from Thursday.", "2026-06-11"),
    ("Police said on Monday that the suspect had been seen in the town.", "2026-06-08"),
])
def test_participles_after_be_and_the_nearest_day_are_unchanged(text: str, value: str) -> None:
    assert [v for _, _, v in dates(text, TENSE_PUBLISHED)] == [value]


@settings(max_examples=30, deadline=None)
@given(published=st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31)),
       weekday=st.sampled_from(WEEKDAYS), participle=st.sampled_from(["telling", "warning", "assuring", "informing"]),
       told=st.sampled_from(["they would be evicted", "the rent will rise", "the block is to close"]))
def test_words_told_after_a_participle_round_trip(published: dt.date, weekday: str, participle: str,
                                                  told: str) -> None:
    """``sent letters to the tenants of the block on WEEKDAY PARTICIPLE them TOLD`` names the
    weekday the sentence without the words told names."""
    with_told = dates(f"Landlords sent letters to the tenants of the block on {weekday} {participle} them {told}.",
                      published)
    plain = dates(f"Landlords sent letters to the tenants of the block on {weekday}.", published)
    assert with_told == plain


@settings(max_examples=30, deadline=None)
@given(published=st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31)),
       weekday=st.sampled_from(WEEKDAYS), modifier=st.sampled_from(["flooded", "damaged", "insured", "stolen", "broken"]),
       prep=st.sampled_from(["for", "of", "with"]))
def test_a_participle_after_a_preposition_round_trip(published: dt.date, weekday: str, modifier: str,
                                                     prep: str) -> None:
    """``will pay PREP MODIFIER homes from WEEKDAY`` names the weekday ``will pay PREP homes``
    does: the modifier is no verb."""
    modified = dates(f"The council will pay {prep} {modifier} homes from {weekday}.", published)
    plain = dates(f"The council will pay {prep} homes from {weekday}.", published)
    assert modified == plain


# ---------------------------------------------------------------- a holiday that names a thing


@pytest.mark.parametrize(("text", "published", "value"), [
    ("A cyclist has died after being hit by a float at the Dunedin Christmas parade.", dt.date(2026, 11, 29),
     "2026-12-25"),
    ("The town council cancelled its Christmas market because of the storm.", dt.date(2026, 11, 20), "2026-12-25"),
    ("Ferry operators added sailings for the Easter weekend.", dt.date(2026, 3, 13), "2026-04-05"),
    ("Clinics saw a spike in flu cases over the Christmas period.", dt.date(2026, 1, 9), "2025-12-25"),
])
def test_a_holiday_before_a_noun_is_the_nearest(text: str, published: dt.date, value: str) -> None:
    assert [v for _, _, v in dates(text, published)] == [value]


@pytest.mark.parametrize(("text", "published", "value"), [
    ("The family celebrated Christmas together.", dt.date(2026, 11, 20), "2025-12-25"),
    ("The shops will open on Christmas Eve.", dt.date(2026, 1, 9), "2026-12-24"),
    ("Sales rose last Christmas.", dt.date(2026, 11, 20), "2025-12-25"),
])
def test_a_holiday_as_a_time_keeps_its_tense(text: str, published: dt.date, value: str) -> None:
    assert [v for _, _, v in dates(text, published)] == [value]


@settings(max_examples=30, deadline=None)
@given(published=st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31)),
       det=st.sampled_from(["the", "a", "its", "the Nelson"]),
       noun=st.sampled_from(["parade", "market", "float", "concert"]),
       verb=st.sampled_from(["was cancelled", "will be cancelled", "has been cancelled"]))
def test_holiday_before_a_noun_round_trip(published: dt.date, det: str, noun: str, verb: str) -> None:
    """``DET Christmas NOUN VERB`` names the Christmas nearest the publication, whatever the tense."""
    got = dates(f"Officials said {det} Christmas {noun} {verb}.", published)
    candidates = [dt.date(published.year + k, 12, 25) for k in (-1, 0, 1)]
    near = min(candidates, key=lambda d: (abs((d - published).days), -d.toordinal()))
    assert [v for _, _, v in got] == [near.isoformat()]
