"""Issue #14, session 48: times placed by a rule of English, each tested on sentences
written for it (none from a written set, a story set or a corpus):

* ``a day after Friday's launch``, ``less than a day before Monday's deadline``: a weekday in the
  possessive is the date of the thing it owns, so ``day after`` / ``day before`` does not
  take it into one date (the launch was read as the Saturday); the offset is a length of
  its own, as ``two days after Monday's storm`` already was. ``the day before Sunday's
  final`` stays one date, a definite day, as TimeML writes it.
* ``Friday's storm is likely to top $1 billion``: a word of likelihood after the owned
  noun looks ahead only before a verb of taking place (``Sunday's final is likely to draw``),
  as ``will`` does (the storm was read as the coming Friday).
* ``The strike began on June 2, 2019, and on June 9 the union signed``: a bare day told in
  the sentence of a full date of another year, or in the next, and within a season after
  it, is in that date's year (it was the June 9 before publication).
* ``On Friday, the board meets to decide``: a schedule verb of the main clause after a
  clause opener looks ahead, as ``the board meets on Friday`` does (the weekday was the
  past one: on the right of a time a schedule verb was never read).
* ``the tunnel could one day carry freight``, ``hopes to some day return``: a day counted
  as one between a modal or ``to`` and a verb is the indefinite future (``FUTURE_REF``),
  not a length of a day.
* ``told the works council on Tuesday that it intends to shut``: after a verb on the left,
  ``that`` opens the clause told (or one that tells of a noun), whose verb is not the
  time's (a future cue there, nearer than the verb of saying, made Tuesday the next one);
  so do ``if``, ``unless``, ``because`` (``would hold a march on Thursday if the
  government did not open talks`` read the past of ``did``).
* ``schools will remain closed on Tuesday``: a past form after a verb of state (``remain``,
  ``stay``) is a participle telling the state, no past cue (it hid the ``will`` before it);
  ``remained closed`` is still the past.
* ``will raise its main value-added tax rate ... in July``: a hyphenated compound is one
  word and a modifier, no past (``added`` was read as a past form), unless a verb prefix
  opens it (``re-elected``); and a dot between digits (``2.35 euros``) is no sentence stop
  (it cut the clause before its ``will``); with the longer clause, ``that`` before a past
  form is a relative pronoun, no determiner (``inflation that reached 11.8% in October``),
  and a word of plan after ``than`` is a comparison (``more than expected``), no future.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.plugins.dates.helpers import date_triples

PUBLISHED = dt.date(2024, 3, 12)  # a Tuesday
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")


def dates(text: str, published: dt.date = PUBLISHED) -> list[tuple[str, str, str]]:
    return date_triples(text, published)


@pytest.mark.parametrize(("text", "expected"), [
    ("Less than a day after Friday's launch, the satellite lost power.",
     [("Less than a day", "DURATION", "P1D"), ("Friday", "DATE", "2024-03-08")]),
    ("A day after Sunday's vote, the mayor resigned.",
     [("A day", "DURATION", "P1D"), ("Sunday", "DATE", "2024-03-10")]),
    ("A day after last Friday\u2019s collision, the bridge reopened.",
     [("A day", "DURATION", "P1D"), ("last Friday", "DATE", "2024-03-08")]),
])
def test_a_possessive_weekday_is_not_taken_into_day_after(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("The bridge reopened the day after Friday.", "the day after Friday", "2024-03-09"),
    ("The rain stopped the day before Sunday.", "the day before Sunday", "2024-03-09"),
    ("The day before Sunday's final, the coach resigned.", "The day before Sunday", "2024-03-09"),
])
def test_the_day_after_a_weekday_is_still_one_date(text: str, phrase: str, value: str) -> None:
    assert (phrase, "DATE", value) in dates(text)


@settings(max_examples=30, deadline=None)
@given(published=st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31)),
       weekday=st.sampled_from(WEEKDAYS), offset=st.sampled_from(["A day after", "Less than a day after", "A day before"]),
       apostrophe=st.sampled_from(["'", "\u2019"]))
def test_possessive_weekday_round_trip(published: dt.date, weekday: str, offset: str, apostrophe: str) -> None:
    """``OFFSET WEEKDAY's launch, ...`` names the weekday ``WEEKDAY's launch, ...`` does."""
    alone = [v for f, _, v in dates(f"After {weekday}{apostrophe}s launch, the satellite failed.", published)
             if f == weekday]
    found = [v for f, _, v in dates(f"{offset} {weekday}{apostrophe}s launch, the satellite failed.", published)
             if f == weekday]
    assert alone and found == alone


@pytest.mark.parametrize(("text", "value"), [
    ("The damage from Friday's storm is likely to top $1 billion.", "2024-03-08"),
    ("Friday's storm is likely to cost insurers dearly.", "2024-03-08"),
])
def test_a_likely_effect_of_a_possessive_day_keeps_the_past(text: str, value: str) -> None:
    assert ("Friday", "DATE", value) in dates(text)


@pytest.mark.parametrize(("text", "value"), [
    ("Sunday's final is likely to draw a record crowd.", "2024-03-17"),
    ("Thursday's vote is unlikely to go ahead.", "2024-03-14"),
    ("Sunday's race is expected to start at noon.", "2024-03-17"),
])
def test_a_likely_taking_place_looks_ahead(text: str, value: str) -> None:
    assert any(v == value for _, _, v in dates(text))


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("The strike began on June 2, 2019, and on June 9 the union signed a deal.", "June 9", "2019-06-09"),
    ("The hearing on 2 June 2019 was adjourned, and on 9 June the judge ruled.", "9 June", "2019-06-09"),
    ("The talks began on June 2, 2021. A week later, on June 9, they resumed.", "June 9", "2021-06-09"),
    ("The dam burst on Aug. 30, 2017, and on Sept. 4 the river crested.", "Sept. 4", "2017-09-04"),
])
def test_a_bare_day_after_a_full_date_is_of_its_year(text: str, phrase: str, value: str) -> None:
    assert (phrase, "DATE", value) in dates(text)


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("The firm, founded on March 2, 2001, said on Feb. 3 that profits rose.", "Feb. 3", "2024-02-03"),
    ("The mill closed on Jan. 4, 2019. Its owner sold it. On June 9 a buyer moved in.", "June 9", "2023-06-09"),
    ("The mill closed on Jan. 4, 2019, and on Nov. 9 a buyer moved in.", "Nov. 9", "2023-11-09"),
])
def test_a_bare_day_far_from_or_before_the_told_date_keeps_the_tense(text: str, phrase: str, value: str) -> None:
    """A day before the told date, months after it, or two sentences on, is left to the
    clause's tense and the publication."""
    assert (phrase, "DATE", value) in dates(text)


@settings(max_examples=30, deadline=None)
@given(day=st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2020, 12, 31)),
       later=st.integers(min_value=1, max_value=60))
def test_bare_day_of_the_telling_round_trip(day: dt.date, later: int) -> None:
    """Render a full date and a bare day up to sixty days after it in the same sentence: the
    bare day reads back in the told date's year."""
    other = day + dt.timedelta(days=later)
    first = f"{MONTHS[day.month - 1]} {day.day}, {day.year}"
    second = f"{MONTHS[other.month - 1]} {other.day}"
    found = dates(f"The strike began on {first}, and on {second} the union signed a deal.")
    if other.year == day.year:
        assert (second, "DATE", other.isoformat()) in found


@pytest.mark.parametrize(("text", "value"), [
    ("On Friday, the board meets to decide on the merger.", "2024-03-15"),
    ("On Sunday, the squad travels to Lisbon.", "2024-03-17"),
    ("Friday, the museum opens its new wing.", "2024-03-15"),
])
def test_a_schedule_verb_after_an_opener_looks_ahead(text: str, value: str) -> None:
    assert any(v == value for _, _, v in dates(text))


@pytest.mark.parametrize(("text", "value"), [
    ("On Friday, the board met to decide on the merger.", "2024-03-08"),
    ("Shares fell on Friday, and the board meets next month.", "2024-03-08"),
])
def test_a_past_main_clause_or_no_opener_keeps_the_past(text: str, value: str) -> None:
    """A past verb after the opener, or a schedule verb right of a time that opens no
    clause, leave the weekday in the past."""
    assert any(v == value for _, _, v in dates(text))


@settings(max_examples=30, deadline=None)
@given(published=st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31)),
       weekday=st.sampled_from(WEEKDAYS), verb=st.sampled_from(["meets", "convenes", "travels", "visits"]))
def test_opener_schedule_round_trip(published: dt.date, weekday: str, verb: str) -> None:
    """``On WEEKDAY, the council VERB ...`` names the weekday ``The council VERB ... on
    WEEKDAY`` does, on or after the publication."""
    opener = [v for f, _, v in dates(f"On {weekday}, the council {verb} in the capital.", published)
              if f == weekday]
    plain = [v for f, _, v in dates(f"The council {verb} in the capital on {weekday}.", published)
             if f == weekday]
    assert opener == plain
    assert plain and plain[0] >= published.isoformat()


@pytest.mark.parametrize(("text", "phrase"), [
    ("Engineers say the tunnel could one day carry freight trains.", "one day"),
    ("She hopes to one day coach the national side.", "one day"),
    ("The exiles may some day return to the valley.", "some day"),
    ("We'll one day look back on these years with pride.", "one day"),
])
def test_one_day_after_a_modal_is_the_indefinite_future(text: str, phrase: str) -> None:
    assert dates(text) == [(phrase, "DATE", "FUTURE_REF")]


@pytest.mark.parametrize(("text", "expected"), [
    ("The strike lasted one day.", [("one day", "DURATION", "P1D")]),
    ("Hearings were limited to one day of evidence.", [("one day", "DURATION", "P1D")]),
    ("The pool will open for one day only.", [("one day", "DURATION", "P1D")]),
])
def test_one_day_as_a_length_stays_a_length(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected


@settings(max_examples=30, deadline=None)
@given(modal=st.sampled_from(["will", "could", "may", "might", "would", "should", "hopes to", "wants to"]),
       phrase=st.sampled_from(["one day", "some day"]),
       verb=st.sampled_from(["lead", "run", "return", "build", "win", "become"]))
def test_indefinite_future_round_trip(modal: str, phrase: str, verb: str) -> None:
    """Render ``The engineer MODAL PHRASE VERB the project``: it reads back as the
    indefinite future; ``for PHRASE`` after the same verb reads back as a length."""
    assert dates(f"The engineer {modal} {phrase} {verb} the project.") == [(phrase, "DATE", "FUTURE_REF")]
    assert dates(f"The engineer will {verb} the project for {phrase}.")[0][1] == "DURATION"


@pytest.mark.parametrize(("text", "value"), [
    ("The carmaker told the works council on Monday that it intends to close the plant.", "2024-03-11"),
    ("The airline informed the pilots' union on Monday that it plans to cut routes.", "2024-03-11"),
    ("The ministry said in a long statement on Friday that talks will resume.", "2024-03-08"),
])
def test_a_clause_after_that_does_not_tense_the_time(text: str, value: str) -> None:
    assert any(v == value for _, _, v in dates(text))


@pytest.mark.parametrize(("text", "value"), [
    ("The vote on Friday will decide the matter.", "2024-03-15"),
    ("Ministers meet on Friday to discuss the plan.", "2024-03-15"),
])
def test_a_verb_right_of_the_time_without_that_still_counts(text: str, value: str) -> None:
    assert any(v == value for _, _, v in dates(text))


@settings(max_examples=30, deadline=None)
@given(published=st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31)),
       weekday=st.sampled_from(WEEKDAYS), verb=st.sampled_from(["told", "informed", "assured", "warned"]),
       content=st.sampled_from(["it intends to close the plant", "it plans to cut jobs", "it will appeal"]))
def test_told_that_round_trip(published: dt.date, weekday: str, verb: str, content: str) -> None:
    """``The firm VERB the works council on WEEKDAY that CONTENT`` names the weekday the
    sentence without the clause after ``that`` names (the past one)."""
    full = [v for f, _, v in dates(f"The firm {verb} the works council on {weekday} that {content}.", published)
            if f == weekday]
    alone = [v for f, _, v in dates(f"The firm {verb} the works council on {weekday}.", published) if f == weekday]
    assert full == alone
    assert alone and alone[0] <= published.isoformat()


@pytest.mark.parametrize(("text", "value"), [
    ("The union would hold a rally outside parliament on Thursday if the cabinet did not resign.", "2024-03-14"),
    ("Dockers will strike on Friday unless the port raised their pay.", "2024-03-15"),
])
def test_a_condition_after_the_time_does_not_tense_it(text: str, value: str) -> None:
    assert any(v == value for _, _, v in dates(text))


def test_a_cause_after_the_time_keeps_the_past_of_the_left() -> None:
    assert ("Thursday", "DATE", "2024-03-07") in dates("The rally was held on Thursday because talks had failed.")


@pytest.mark.parametrize(("text", "value"), [
    ("Schools in the valley will remain closed on Thursday.", "2024-03-14"),
    ("The pass will stay shut on Saturday, the police said.", "2024-03-16"),
])
def test_a_participle_after_a_verb_of_state_is_no_past(text: str, value: str) -> None:
    assert any(v == value for _, _, v in dates(text))


@pytest.mark.parametrize(("text", "value"), [
    ("Schools in the valley remained closed on Thursday.", "2024-03-07"),
    ("The pass stayed shut on Saturday.", "2024-03-09"),
])
def test_the_past_of_a_verb_of_state_is_past(text: str, value: str) -> None:
    assert any(v == value for _, _, v in dates(text))


@settings(max_examples=30, deadline=None)
@given(published=st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31)),
       weekday=st.sampled_from(WEEKDAYS), state=st.sampled_from(["remain", "stay"]),
       participle=st.sampled_from(["closed", "shut", "suspended", "cancelled"]))
def test_state_participle_round_trip(published: dt.date, weekday: str, state: str, participle: str) -> None:
    """``Schools will STATE PARTICIPLE on WEEKDAY`` names the weekday ``Schools will open on
    WEEKDAY`` does; ``Schools STATEd PARTICIPLE on WEEKDAY`` the one ``Schools opened on
    WEEKDAY`` does."""
    def day(text: str) -> list[str]:
        return [v for f, _, v in dates(text, published) if f == weekday]
    assert day(f"Schools will {state} {participle} on {weekday}.") == day(f"Schools will open on {weekday}.")
    assert day(f"Schools {state}ed {participle} on {weekday}.") == day(f"Schools opened on {weekday}.")


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("The finance ministry will lift its main value-added tax rate from 20% to 22% in July.", "July", "2024-07"),
    ("The state-owned carrier will stop flying to Oslo on Friday.", "Friday", "2024-03-15"),
    ("Saturday's long-awaited derby will kick off at noon.", "Saturday", "2024-03-16"),
    ("The city will charge tourists a fee of about 2.50 euros a night from October.", "October", "2024-10"),
])
def test_a_compound_modifier_or_a_decimal_point_hides_no_future(text: str, phrase: str, value: str) -> None:
    assert any(f == phrase and v == value for f, _, v in dates(text))


@pytest.mark.parametrize(("text", "value"), [
    ("The mayor was re-elected on Sunday.", "2024-03-10"),
    ("The long-awaited report was published on Friday.", "2024-03-08"),
])
def test_a_prefixed_verb_or_a_later_past_still_tells_the_past(text: str, value: str) -> None:
    assert any(v == value for _, _, v in dates(text))


@settings(max_examples=30, deadline=None)
@given(published=st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31)),
       weekday=st.sampled_from(WEEKDAYS),
       compound=st.sampled_from(["state-owned", "long-awaited", "value-added", "Russian-backed", "so-called"]))
def test_compound_modifier_round_trip(published: dt.date, weekday: str, compound: str) -> None:
    """``The council will hold its COMPOUND vote on WEEKDAY`` names the weekday ``The
    council will hold its vote on WEEKDAY`` does."""
    def day(text: str) -> list[str]:
        return [v for f, _, v in dates(text, published) if f == weekday]
    assert day(f"The council will hold its {compound} vote on {weekday}.") == \
        day(f"The council will hold its vote on {weekday}.")


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("The bank raised rates to curb inflation that reached 11.8% in February.", "February", "2024-02"),
    ("Inflation rose more than expected to 6.8% in February.", "February", "2024-02"),
    ("Exports fell faster than forecast in February.", "February", "2024-02"),
])
def test_a_relative_past_or_a_comparison_keeps_the_past(text: str, phrase: str, value: str) -> None:
    assert (phrase, "DATE", value) in dates(text)
