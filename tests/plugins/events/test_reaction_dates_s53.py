"""Session 53: two dates that belong to something other than the event they stand beside.

* A dateline whose place has a lower-case particle ("Porto de Galinhas, Feb 5 (EFE) - ",
  "Dar es Salaam, March 2 (AFP) - ") names when the copy was filed, as a dateline of
  capitalised words does.
* A date between a past verb that is no event and that verb's complement ("reacted angrily
  on Thursday to the ministry's ruling") is the reaction's day: the ruling it answers came
  before, so the date is not the ruling's.

Sentences written for these tests (other kinds of news than the story sets)."""

from __future__ import annotations

import pytest
from tests.plugins.events.helpers import linked_events
from tests.plugins.events.helpers import mention_dates as _dated

from newskit.textlayer import dateline_end


@pytest.mark.parametrize(("text", "body"), [
    ("Porto de Galinhas, Feb 5 (EFE) - The resort's pier collapsed.", "The resort's pier collapsed."),
    ("Dar es Salaam, March 2 (AFP) - A tanker caught fire.", "A tanker caught fire."),
    ("Ciudad del Este (Reuters) - Smugglers were arrested.", "Smugglers were arrested."),
    # a sentence that merely opens with a place and a dash is no dateline without its agency
    ("Rio de Janeiro - a city of floods - braced for rain.", "Rio de Janeiro - a city of floods - braced for rain."),
])
def test_a_dateline_with_a_particle_in_its_place(text: str, body: str) -> None:
    assert text[dateline_end(text, 0, len(text)):] == body


def test_a_particle_datelines_date_dates_no_event() -> None:
    text = "Santa Cruz de Tenerife, May 7 (EFE) - The island's council has approved a ban on new hotels."
    assert _dated(text, "May 7", "2025-05-07").get("approved", "missing") is None


@pytest.mark.parametrize(("text", "word"), [
    ("The fishermen's guild reacted angrily on Thursday to the ministry's ruling on quotas.", "ruling"),
    ("Parents complained on Monday about the closure of the village school.", "closure"),
    ("The opposition responded late on Friday to the dismissal of the police chief.", "dismissal"),
])
def test_a_reactions_date_is_not_the_event_it_answers(text: str, word: str) -> None:
    date = text.split(" on ")[1].split(" ")[0]
    assert _dated(text, date, "2025-05-08").get(word, "missing") is None


@pytest.mark.parametrize(("text", "word"), [
    # the verb is the event itself: its date stays
    ("The ministry approved on Monday the closure of the village school.", "approved"),
    # a verb of doing with its event noun as object, not a complement after a preposition
    ("Dockers staged on Monday a strike at the container port.", "strike"),
])
def test_a_date_beside_the_event_itself_still_dates_it(text: str, word: str) -> None:
    assert _dated(text, "Monday", "2025-05-05").get(word) == "2025-05-05"


@pytest.mark.parametrize(("text", "date", "value"), [
    # a relative clause whose subject is the event noun: its verb of beginning tells when
    ("The walkout that began on Monday has shut the cannery.", "Monday", "2025-05-05"),
    ("The sit-in, which began on Monday, has shut the cannery.", "Monday", "2025-05-05"),
    ("The blockade that started on Monday has shut the cannery.", "Monday", "2025-05-05"),
])
def test_a_relative_clause_of_beginning_dates_its_noun(text: str, date: str, value: str) -> None:
    noun = text.split()[1].rstrip(",")
    assert _dated(text, date, value).get(noun) == value


def test_a_date_after_the_end_is_not_the_beginnings() -> None:
    text = "The walkout that began in March ended on Friday."
    got = linked_events(text, ("in March", "2025-03"), ("Friday", "2025-05-02"), published="2025-05-07")
    assert {m.text: e.when for e in got for m in e.mentions}.get("walkout") == "2025-03"
