"""Issue #14, session 56: phrasings of a time that a rule of English places, each tested on
sentences written for it (none from a written set, a story set or a corpus):

* ``The coastal road will stay shut until June``, ``The ban remains in force until July``,
  ``Bidders have until August to lodge offers``: a deadline word (``until``, ``through``)
  ends a span that starts at the clause's event; when the clause is in the present or the
  future the span runs from now, so its end lies ahead (the month was read as the nearest
  one, so a June told in September was the June gone by). A clause in the past (``was
  closed until April``, ``stayed shut until May``) or a future told from the past (``would
  stay shut``, ``was expected to``) keeps the nearest reading.
* ``had raised concerns as early as April``: ``as early as`` / ``as soon as`` only say the
  time is early; a clause in the past keeps its tense (the phrase always looked ahead, so
  an April told in September was next year's).
* ``had paid the arrears in May and would clear the rest``, ``approved in March and due to
  take effect``: after ``and`` / ``but`` an auxiliary or a modal opens a second predicate
  of the subject, whose tense is its own act's; the time's verb stands left of it.
* ``over the same plan``, ``no plans in July``: ``plan``, ``plans``, ``hopes``, ``aims``
  that end their phrase (no word or a preposition after them) are nouns, no future cue.
* ``the vote went ahead on Friday``, ``pressed ahead with the sale``: ``ahead`` after a
  verb of going on is the adverb of ``proceed``, no future cue; the verb's tense holds.
* ``will pay flooded households by December``, ``would open to small guided groups from
  September``: a regular past form before a noun in a modal verb's phrase is a participle
  that modifies the object (no finite verb follows the modal's in its clause), no past
  cue; before a preposition it may tell its own past (``the man arrested in March``).
* ``was, until Saturday, the port's chief``: a deadline set off by commas after a past
  copula ends a state that no longer holds, so the time is past (it was the coming day).
* ``will meet behind closed doors on Friday``: ``behind`` is a preposition, after which a
  past form is a modifier, no past cue (it was missing from the prepositions' list).
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.plugins.dates.helpers import date_triples

PUBLISHED = dt.date(2025, 9, 17)  # a Wednesday
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")


def dates(text: str, published: dt.date | None = PUBLISHED) -> list[tuple[str, str, str]]:
    """(text, type, value) of each mention; ``published=None``: an article with no date."""
    return date_triples(text, published)


# ---------------------------------------------------------------- a deadline in a present or future clause


@pytest.mark.parametrize(("text", "expected"), [
    ("The coastal road will stay shut until June, the transport agency said.", [("June", "DATE", "2026-06")]),
    ("The ban on night flights remains in force until July.", [("July", "DATE", "2026-07")]),
    ("The exhibition of Flemish prints runs until May.", [("May", "DATE", "2026-05")]),
    ("Bidders have until August to lodge their offers.", [("August", "DATE", "2026-08")]),
    ("The bridge is closed to lorries until April.", [("April", "DATE", "2026-04")]),
    ("The paper mill is expected to stay idle until May.", [("May", "DATE", "2026-05")]),
    ("Stargazers in the north will have to wait until July.", [("July", "DATE", "2026-07")]),
    ("The operator plans to keep fares frozen through June.", [("June", "DATE", "2026-06")]),
    ("Water rationing could last until the summer.", [("the summer", "DATE", "2026-SU")]),
    ("Until June, the ferry will sail only at weekends.", [("June", "DATE", "2026-06")]),
    # the publication's own month is the span's end, not next year's
    ("The pool stays open until September.", [("September", "DATE", "2025-09")]),
])
def test_deadline_in_present_or_future_clause_lies_ahead(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a clause in the past: the nearest such month, as before
    ("The bridge was closed to lorries until April.", [("April", "DATE", "2025-04")]),
    ("The paper mill stayed idle until May.", [("May", "DATE", "2025-05")]),
    ("Until June, the ferry sailed only at weekends.", [("June", "DATE", "2025-06")]),
    # a future told from the past may have ended before now
    ("The council said the road would stay shut until June.", [("June", "DATE", "2025-06")]),
    ("The mill was expected to stay idle until May.", [("May", "DATE", "2025-05")]),
    # a weekday after a deadline word was the coming one already
    ("The road will stay shut until Friday.", [("Friday", "DATE", "2025-09-19")]),
    # "have" before a past form is the perfect's, not the present's "has until"
    ("The valve may have leaked until June.", [("June", "DATE", "2025-06")]),
])
def test_deadline_guards(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected


FRAMES = (
    "The coastal road will stay shut until {m}.",
    "The ban on night flights remains in force until {m}.",
    "Bidders have until {m} to lodge their offers.",
    "The bridge is closed to lorries until {m}.",
    "Rationing is likely to last until {m}.",
    "Until {m}, the ferry will sail only at weekends.",
)


@settings(max_examples=40, deadline=None)
@given(frame=st.sampled_from(FRAMES), month=st.integers(1, 12),
       published=st.dates(min_value=dt.date(1995, 1, 1), max_value=dt.date(2035, 12, 31)))
def test_deadline_ahead_within_a_year(frame: str, month: int, published: dt.date) -> None:
    """A month after ``until`` in a present or future clause is that month, on or after the
    publication's month and within the twelve months from it."""
    text = frame.format(m=MONTHS[month - 1])
    (found,) = [d for d in dates(text, published) if d[0] == MONTHS[month - 1]]
    year, mon = map(int, found[2].split("-"))
    ahead = (year - published.year) * 12 + mon - published.month
    assert mon == month and 0 <= ahead < 12


# ---------------------------------------------------------------- "as early as" in a past clause


@pytest.mark.parametrize(("text", "expected"), [
    ("Nurses had raised concerns about the rota as early as April.", [("April", "DATE", "2025-04")]),
    ("The insurer knew of the cracks in the pylons as early as June but said nothing.", [("June", "DATE", "2025-06")]),
    ("Inspectors reported the leak as early as Monday.", [("Monday", "DATE", "2025-09-15")]),
])
def test_as_early_as_in_a_past_clause_is_past(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the phrase still looks ahead in a clause that does, or that gives no tense
    ("A verdict could come as early as Friday.", [("Friday", "DATE", "2025-09-19")]),
    ("Analysts said the bank may cut rates as soon as June.", [("June", "DATE", "2026-06")]),
    ("Repairs start as early as Monday.", [("Monday", "DATE", "2025-09-22")]),
])
def test_as_early_as_guards(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected


@settings(max_examples=30, deadline=None)
@given(month=st.integers(1, 12), verb=st.sampled_from(("had warned", "warned", "knew", "had flagged")))
def test_as_early_as_past_month_not_ahead(month: int, verb: str) -> None:
    """``X VERBED as early as MONTH``: that month on or before the publication's."""
    (found,) = dates(f"The regulator {verb} of the risk as early as {MONTHS[month - 1]}.")
    year, mon = map(int, found[2].split("-"))
    behind = (PUBLISHED.year - year) * 12 + PUBLISHED.month - mon
    assert mon == month and 0 <= behind < 12


# ---------------------------------------------------------------- a second predicate after "and"


@pytest.mark.parametrize(("text", "expected"), [
    ("The ministry had paid part of the arrears in May and would settle the rest by December.",
     [("May", "DATE", "2025-05"), ("December", "DATE", "2025-12")]),
    ("The toll, approved by the assembly in April and due to start on January 1, doubles the fee.",
     [("April", "DATE", "2025-04"), ("January 1", "DATE", "2026-01-01")]),
    ("The ferry left port in Bergen on Saturday and was due to dock in Oslo at noon.",
     [("Saturday", "DATE", "2025-09-13"), ("noon", "TIME", "2025-09-13T12:00")]),
])
def test_second_predicate_is_not_the_times(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a time with no verb of its own before it still takes the predicate after it
    ("On Friday and will be back in court next month.", [("Friday", "DATE", "2025-09-19"),
                                                         ("next month", "DATE", "2025-10")]),
    # "and" before a noun joins two things, not two predicates
    ("The mayor opened the bridge in May and the tunnel in June.",
     [("May", "DATE", "2025-05"), ("June", "DATE", "2025-06")]),
])
def test_second_predicate_guards(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected


# ---------------------------------------------------------------- "plan" as a noun


@pytest.mark.parametrize(("text", "expected"), [
    ("Dockers staged a 24-hour token walkout in March over the same plan.",
     [("24-hour", "DURATION", "PT24H"), ("March", "DATE", "2025-03")]),
    ("Officials said they had no plans in July to sell the site.", [("July", "DATE", "2025-07")]),
    ("The board adopted a five-year spending plan on Tuesday night.",
     [("five-year", "DURATION", "P5Y"), ("Tuesday night", "TIME", "2025-09-16TNI")]),
])
def test_plan_as_a_noun_tells_no_future(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the verb of planning, and the future cues that are no nouns of intent, still look ahead
    ("The utility plans to raise tariffs in June.", [("June", "DATE", "2026-06")]),
    ("The report is due in June.", [("June", "DATE", "2026-06")]),
    ("The committee meets next in June.", [("June", "DATE", "2026-06")]),
])
def test_plan_guards(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected


# ---------------------------------------------------------------- "went ahead"


@pytest.mark.parametrize(("text", "expected"), [
    ("The festival went ahead on Saturday despite the storm.", [("Saturday", "DATE", "2025-09-13")]),
    ("The council pressed ahead with the sale in June.", [("June", "DATE", "2025-06")]),
    ("Work on the dam pushed ahead in July.", [("July", "DATE", "2025-07")]),
])
def test_went_ahead_tells_no_future(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the future's own verb still looks ahead, and "ahead" after any other word
    ("The final will go ahead on Sunday.", [("Sunday", "DATE", "2025-09-21")]),
    ("Forecasters see heavy rain ahead on Friday.", [("Friday", "DATE", "2025-09-19")]),
])
def test_went_ahead_guards(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected


# ---------------------------------------------------------------- a participle before a noun after a modal


@pytest.mark.parametrize(("text", "expected"), [
    ("The insurer will pay flooded households by December.", [("December", "DATE", "2025-12")]),
    ("The mill said it would rehire all dismissed workers in August.", [("August", "DATE", "2026-08")]),
    ("The agency would release audited 2024 accounts by the end of June.",
     [("2024", "DATE", "2024"), ("the end of June", "DATE", "2026-06")]),
    ("The gallery will open to small guided tours from July.", [("July", "DATE", "2026-07")]),
])
def test_participle_before_a_noun_after_a_modal_is_no_past(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a participle before a preposition may tell its own past ("the man arrested in March")
    ("Detectives will question the man arrested in March.", [("March", "DATE", "2025-03")]),
    # another clause's verb between the modal and the past form
    ("The council will compensate residents who were evacuated in March.", [("March", "DATE", "2025-03")]),
    ("The union said it would strike, and members walked out in August.", [("August", "DATE", "2025-08")]),
    # "to" after the past form: no noun follows it
    ("Nurses would receive a rise, backdated to April.", [("April", "DATE", "2025-04")]),
])
def test_participle_after_a_modal_guards(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected


# ---------------------------------------------------------------- "was, until Friday, ..."


@pytest.mark.parametrize(("text", "expected"), [
    ("Ferreira was, until Friday, the club's captain.", [("Friday", "DATE", "2025-09-12")]),
    ("The depot was, until December, the town's biggest employer.", [("December", "DATE", "2024-12")]),
    ("The dunes were, until Thursday, a nesting ground for terns.", [("Thursday", "DATE", "2025-09-11")]),
])
def test_deadline_aside_after_a_past_copula_is_past(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # no aside: the deadline's nearest reading, as before
    ("The depot was shut until December.", [("December", "DATE", "2025-12")]),
    # a present copula before the aside tells a state that holds now
    ("Ferreira is, until Friday, the club's captain.", [("Friday", "DATE", "2025-09-19")]),
])
def test_deadline_aside_guards(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected


# ---------------------------------------------------------------- "behind closed doors"


@pytest.mark.parametrize(("text", "expected"), [
    # a past form after "behind" is a modifier (no verb follows a preposition)
    ("The panel will meet behind closed doors on Friday.", [("Friday", "DATE", "2025-09-19")]),
    ("Ministers will hold talks behind shut doors in October.", [("October", "DATE", "2025-10")]),
    # the clause's own past still tells the past
    ("The panel met behind closed doors on Friday.", [("Friday", "DATE", "2025-09-12")]),
])
def test_past_form_after_behind_is_no_verb(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected
