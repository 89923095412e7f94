"""A later outlet narrating a change away from an amount (``figure_marks.changed_from``):
``The fund, put at $2.5 billion on Monday, was later raised to more than $3 billion`` tells
the $2.5 billion as the count's earlier reading, so the outlets that gave it and the one
that gave the later sum differ as an update, not as two tellers' rival figures. Invented
sentences of news other than the stories where the kind was seen."""

from __future__ import annotations

from newskit.model import Figure
from newskit.story.figure_label import first_readings, group_label
from newskit.story.figure_marks import changed_from
from tests.story.helpers import sentence_figure

_NARRATED = "The relief fund, put at $2.5 billion on Monday, was later raised to more than $3 billion."


def _fund(text: str, amount: str, value: float, article: str, stated: str, approx: str | None = None,
          source: str | None = None) -> Figure:
    return sentence_figure(text, amount, value, unit="USD", approx=approx, measure="deal value", article=article,
                           source=source, stated=stated)


def test_an_amount_a_change_is_narrated_away_from_is_changed_from() -> None:
    assert changed_from(_fund(_NARRATED, "$2.5 billion", 2.5e9, "a3", "2026-05-13T09:00"))
    assert changed_from(_fund("The toll, first given as 12, has since risen to 19.", "12", 12, "a3",
                              "2026-05-13T09:00"))


def test_a_change_of_another_clause_or_another_currency_is_not() -> None:
    """A new clause's change (``, and the number of injured rose to 40``), a number between,
    or a target in another currency is no change away from the amount."""
    assert not changed_from(_fund("Police arrested 12 people, and the number of injured rose to 40.", "12", 12,
                                  "a3", "2026-05-13T09:00"))
    assert not changed_from(_fund("Donors gave $2.5 billion in 40 pledges, later raised to $3 billion.",
                                  "$2.5 billion", 2.5e9, "a3", "2026-05-13T09:00"))
    assert not changed_from(_fund("The fund, put at $2.5 billion, was later raised to 3 billion euros.",
                                  "$2.5 billion", 2.5e9, "a3", "2026-05-13T09:00"))


def test_outlets_sums_a_later_outlet_narrates_as_a_change_are_an_update() -> None:
    """Fails without ``changed_from``: a fixed property told differently by two tellers
    conflicted, though a third outlet says the first sum was raised to the second."""
    first = _fund("Donor states pledged $2.5 billion to the relief fund, the United Nations said.", "$2.5 billion",
                  2.5e9, "a1", "2026-05-11T18:00", source="United Nations")
    second = _fund("The relief fund holds more than $3 billion in pledges, its board said.", "more than $3 billion",
                   3e9, "a2", "2026-05-12T19:00", approx="over", source="board")
    narrated = _fund(_NARRATED, "$2.5 billion", 2.5e9, "a3", "2026-05-13T09:00")
    assert group_label([first, second], "fixed", "deal value") == "conflicting"
    assert id(first) in first_readings([first, second, narrated])
    assert group_label([first, second, narrated], "fixed", "deal value") == "updated"
