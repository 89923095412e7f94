"""A count told as it stood at a moment, still in progress, moves on: a later count above all it
allows is that count grown, whoever tells it (session 60, issue #10): told by the moment it stood
at (``Ticket sales had reached 2,000 by this morning``: ``figure_marks.snapshot``), a later
estimate that day is no rival reading of it (``figure_label.rival_estimate``). Invented
sentences of news other than the stories where the kind was seen: a festival's ticket sales."""

from __future__ import annotations

from newskit.model import Figure
from newskit.story.figure_label import group_label, rival_estimate
from newskit.story.figure_marks import snapshot
from tests.story.helpers import sentence_figure

_MORNING = "Ticket sales had reached 2,000 by this morning, the festival's director said."
_PLAIN = "Ticket sales had reached 2,000, the festival's director said."
_EVENING = "The organisers said more than 3,400 tickets had been sold by 8pm today, the first day of sales."


def _tickets(text: str, amount: str, value: int, article: str, source: str, stated: str,
             approx: str | None = None) -> Figure:
    return sentence_figure(text, amount, value, approx=approx, measure="number of tickets [sold]", article=article,
                           source=source, stated=stated)


def _sales(first: str) -> list[Figure]:
    return [_tickets(first, "2,000", 2000, "local", "festival director", "2026-06-05T09:00"),
            _tickets(_EVENING, "more than 3,400", 3400, "wire", "organisers", "2026-06-05T21:00", approx="over")]


def test_a_later_estimate_that_day_grows_a_count_told_as_it_stood_at_a_moment() -> None:
    early, late = _sales(_MORNING)
    assert snapshot(early)
    assert not rival_estimate(early, late)
    assert group_label(_sales(_MORNING), "happened", "number of tickets [sold]") == "updated"


def test_without_its_moment_the_same_count_and_another_teller_s_estimate_that_day_conflict() -> None:
    early, late = _sales(_PLAIN)
    assert rival_estimate(early, late)
    assert group_label(_sales(_PLAIN), "happened", "number of tickets [sold]") == "conflicting"


def test_a_lower_estimate_after_a_count_at_a_moment_is_still_a_rival_s() -> None:
    """A count in progress does not fall: another teller's lower figure that day disputes it."""
    early = _tickets(_MORNING, "2,000", 2000, "local", "festival director", "2026-06-05T09:00")
    text = "Resellers said only about 1,500 tickets had been sold."
    late = _tickets(text, "about 1,500", 1500, "wire", "resellers", "2026-06-05T21:00", approx="about")
    assert rival_estimate(early, late)
