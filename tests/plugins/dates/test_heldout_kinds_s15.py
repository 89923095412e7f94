"""Issue #14, session 15: kinds of value errors counted on TimeBank (AQUAINT reported apart),
each fixed by a mechanism and tested on sentences written for it (none from the corpus):

* a weekday placed from the day the text last named ("the following Tuesday", "the previous
  Friday"), as "the next day" is placed; the publication date when no day was named;
* a plural weekday is a weekly SET ("on Sundays", "Tuesday nights");
* a plan told in the past perfect ("had been due to expire Friday") is no future cue: the
  time lies before a later past point.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.plugins.dates.helpers import date_triples

MON = dt.date(2026, 11, 30)  # a Monday
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def dates(text: str, published: dt.date = MON) -> list[tuple[str, str, str]]:
    return date_triples(text, published)


@pytest.mark.parametrize(("text", "expected"), [
    ("The cargo ship ran aground on Nov. 3 and was refloated the following Thursday.",
     [("Nov. 3", "DATE", "2026-11-03"), ("the following Thursday", "DATE", "2026-11-05")]),
    ("The gallery reopened on 12 November; the previous Sunday, vandals had broken in.",
     [("12 November", "DATE", "2026-11-12"), ("the previous Sunday", "DATE", "2026-11-08")]),
    ("The probe landed on Saturday and sent its first pictures the next Monday.",
     [("Saturday", "DATE", "2026-11-28"), ("the next Monday", "DATE", "2026-11-30")]),
    ("The index fell 2% on Friday from the preceding Friday.",
     [("Friday", "DATE", "2026-11-27"), ("the preceding Friday", "DATE", "2026-11-20")]),
])
def test_a_weekday_after_a_named_day_is_placed_from_that_day(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected


def test_with_no_day_named_the_following_weekday_is_after_publication() -> None:
    assert dates("The choir will rehearse the following Wednesday.") == [
        ("the following Wednesday", "DATE", "2026-12-02")]


@given(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2040, 12, 31)),
       st.sampled_from(WEEKDAYS), st.sampled_from(("following", "previous")))
def test_a_placed_weekday_is_that_weekday_within_a_week_of_the_day(
        day: dt.date, weekday: str, rel: str) -> None:
    text = f"The ferry sailed on {day:%B} {day.day}, {day.year}, and returned the {rel} {weekday}."
    got = dates(text, dt.date(2041, 6, 1))
    assert got[-1][0] == f"the {rel} {weekday}"
    placed = dt.date.fromisoformat(got[-1][2])
    gap = (placed - day).days if rel == "following" else (day - placed).days
    assert 1 <= gap <= 7
    assert placed.isoweekday() == WEEKDAYS.index(weekday) + 1


@pytest.mark.parametrize(("text", "expected"), [
    ("The farmers' market is held on Saturdays and Sundays.",
     [("Saturdays", "SET", "XXXX-WXX-6"), ("Sundays", "SET", "XXXX-WXX-7")]),
    ("The quiz show airs Tuesday nights on the regional channel.",
     [("Tuesday nights", "SET", "XXXX-WXX-2TNI")]),
    ("The library closes early on Friday afternoons.",
     [("Friday afternoons", "SET", "XXXX-WXX-5TAF")]),
])
def test_a_plural_weekday_is_a_weekly_set(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected


def test_a_singular_weekday_stays_a_date() -> None:
    assert dates("The quiz show aired Thursday night.") == [("Thursday night", "TIME", "2026-11-26TNI")]


@pytest.mark.parametrize(("text", "expected"), [
    ("The tender offer had been due to expire Friday evening before the board extended it.",
     [("Friday evening", "TIME", "2026-11-27TEV")]),
    ("The vote had been scheduled for Thursday but was moved after the chairman fell ill.",
     [("Thursday", "DATE", "2026-11-26")]),
])
def test_a_plan_in_the_past_perfect_is_no_future_cue(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The tender offer is due to expire Friday evening.", [("Friday evening", "TIME", "2026-12-04TEV")]),
    ("The council had planned to vote on Thursday.", [("Thursday", "DATE", "2026-12-03")]),
])
def test_a_plan_in_the_present_or_simple_past_perfect_keeps_looking_ahead(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize("text", [
    "The winger was injured two Sundays ago at Anfield.",
    "The winger was injured 2 Sundays ago at Anfield.",
])
def test_counted_weekdays_are_no_set(text: str) -> None:
    assert all(typ != "SET" for _, typ, _ in dates(text))


APR = dt.date(2026, 4, 15)


@pytest.mark.parametrize(("text", "expected"), [
    # the clause's past verb is the tour's or the tickets', not the month's
    ("The band cancelled its July tour after the drummer's injury.", [("July", "DATE", "2026-07")]),
    ("Supporters queued overnight for tickets to the August final.", [("August", "DATE", "2026-08")]),
    ("Traders sold the September contract as crude prices slid.", [("September", "DATE", "2026-09")]),
    # the nearest month, the earlier on a tie (news reports the past)
    ("Investigators reopened the October break-in at the museum.", [("October", "DATE", "2025-10")]),
])
def test_a_month_naming_a_thing_is_the_nearest_one(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text, APR) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # after a preposition of time the phrase places the verb's event: the verb's tense holds
    ("The trophy was shown during their September gala.", [("September", "DATE", "2025-09")]),
    ("The mayor resigned in July.", [("July", "DATE", "2025-07")]),
])
def test_a_month_placing_the_verbs_event_takes_its_tense(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text, APR) == expected


@given(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2040, 12, 31)),
       st.integers(min_value=1, max_value=12))
def test_a_month_naming_a_thing_is_within_six_months(published: dt.date, month: int) -> None:
    name = dt.date(2000, month, 1).strftime("%B")
    got = dates(f"The club cancelled its {name} tour.", published)
    assert len(got) == 1 and got[0][0] == name
    y, mo = (int(x) for x in got[0][2].split("-"))
    gap = (y - published.year) * 12 + mo - published.month
    assert mo == month and -6 <= gap <= 5


@pytest.mark.parametrize(("text", "expected"), [
    ("Hydrologists warned that the lake could drop below its intake by August.", [("August", "DATE", "2026-08")]),
    ("The organisers said the parade could go ahead on Sunday.", [("Sunday", "DATE", "2026-04-19")]),
    ("The insurer said the claims may exceed its reserves in September.", [("September", "DATE", "2026-09")]),
])
def test_a_modal_of_possibility_looks_ahead(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text, APR) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The coach could not be reached for comment on Tuesday.", [("Tuesday", "DATE", "2026-04-14")]),
    ("Smoke could be seen from the motorway on Sunday.", [("Sunday", "DATE", "2026-04-12")]),
    ("The fire could have started on Saturday, investigators said.", [("Saturday", "DATE", "2026-04-11")]),
])
def test_a_modal_before_not_be_or_have_tells_of_the_past(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text, APR) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a bare clock time after a day stated earlier in its sentence is on that day
    ("Voting opened at 7 a.m. Sunday and ended at 8 p.m.",
     [("7 a.m. Sunday", "TIME", "2026-04-12T07:00"), ("8 p.m.", "TIME", "2026-04-12T20:00")]),
    ("On 2 March the convoy left at 9 a.m. and reached the border at 11 p.m.",
     [("2 March", "DATE", "2026-03-02"), ("9 a.m.", "TIME", "2026-03-02T09:00"),
      ("11 p.m.", "TIME", "2026-03-02T23:00")]),
    # across a sentence's end a told past stays on the told day (session 22: a clock time in
    # a told past is on the day the story is about, TimeBank + AQUAINT and the written checks)
    ("The blaze started on Saturday. Crews left the site at 4 a.m.",
     [("Saturday", "DATE", "2026-04-11"), ("4 a.m.", "TIME", "2026-04-11T04:00")]),
    # a clause with no past cue is on the publication day
    ("The blaze started on Saturday. Crews leave the site at 4 a.m.",
     [("Saturday", "DATE", "2026-04-11"), ("4 a.m.", "TIME", "2026-04-15T04:00")]),
])
def test_a_bare_clock_time_is_on_the_day_its_sentence_named(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text, APR) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The derby kicks off at 7.45pm on Wednesday.",
     [("7.45pm", "TIME", "2026-04-15T19:45"), ("Wednesday", "DATE", "2026-04-15")]),
    ("The ferry sailed at 10.15 a.m. on Monday.",
     [("10.15 a.m.", "TIME", "2026-04-13T10:15"), ("Monday", "DATE", "2026-04-13")]),
])
def test_a_clock_time_with_a_dot_is_read(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text, APR) == expected


@given(st.integers(min_value=1, max_value=12), st.integers(min_value=0, max_value=59),
       st.sampled_from(("am", "pm", "a.m.", "p.m.")), st.sampled_from((":", ".")))
def test_a_clock_time_reads_back(hour: int, minute: int, half: str, sep: str) -> None:
    got = dates(f"The siren sounded at {hour}{sep}{minute:02d}{half} on Monday.", APR)
    h24 = hour % 12 + (12 if half.startswith("p") else 0)
    # the day after "on" is a DATE of its own (TimeML leaves prepositions out) and the time's day
    assert got == [(f"{hour}{sep}{minute:02d}{half}", "TIME", f"2026-04-13T{h24:02d}:{minute:02d}"),
                   ("Monday", "DATE", "2026-04-13")]


NUMBER_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


@given(st.integers(min_value=1, max_value=9), st.sampled_from(("hours", "days", "weeks", "months", "years")))
def test_a_number_and_a_half_reads_the_same_in_every_written_form(n: int, unit: str) -> None:
    word = NUMBER_WORDS[n - 1]
    forms = (f"{word} and a half {unit}", f"{word}-and-a-half {unit}", f"{n}\u00bd {unit}")
    values = {tuple(dates(f"The works took {form} to finish.", APR)) for form in forms}
    got = [v[0] for v in values]
    assert {g[0] for g in got} == set(forms)
    assert len({(g[1], g[2]) for g in got}) == 1


def test_the_early_hours_are_no_length() -> None:
    assert dates("The warehouse caught fire in the early hours of Sunday.", APR) == [
        ("Sunday", "DATE", "2026-04-12")]


@pytest.mark.parametrize(("text", "expected"), [
    # the infinitive of a past verb of commitment names a later act: the nearest such time
    ("The parish council voted to close the lido in September.", [("September", "DATE", "2026-09")]),
    ("A judge ordered the landlord to repay the deposits by June.", [("June", "DATE", "2026-06")]),
    ("The rowing club agreed to meet the sponsors on Friday.", [("Friday", "DATE", "2026-04-17")]),
    # an infinitive of purpose after another past verb keeps the past
    ("Villagers staged processions to mark the saint's day on Friday.", [("Friday", "DATE", "2026-04-10")]),
])
def test_the_infinitive_of_a_commitment_is_the_nearest_time(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text, APR) == expected
