"""The label of one measure's amounts across outlets (``figure_label.group_label``): an
amount told again after an outlet said it changed repeats the update, while a count told
again without such a mark may be its source standing by it against a rival, and a change
told to an amount already given repeats it. Sentences of kinds of news other than the stories
where the kind was seen (closed beaches, a drugs seizure, an air show, a smelter's power
bill): school closures in a storm, a hospital fire's dead, a food-poisoning count, a club's
tax debt."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newskit.model import Figure, SpanRef
from newskit.story.figure_label import group_label


def _fig(text: str, amount: str, value: int, article: str, stated: str, source: str | None = None,
         approx: str | None = None) -> Figure:
    """One amount of ``text`` as the story reads it."""
    start = text.index(amount)
    return Figure(article=article, measure="number of closed", value=value, approx=approx, unit=None, source=source,
                  stated=stated, ref=SpanRef(article=article, start=start, end=start + len(amount), text=amount),
                  evidence=SpanRef(article=article, start=0, end=len(text), text=text))


_FIRST = _fig("Four schools in the county were closed on Monday as the storm brought down power lines.", "Four", 4,
              "a1", "2026-01-12T09:00")
_RISEN = _fig("The number of closed schools rose to seven overnight, the council said.", "seven", 7, "a2",
              "2026-01-13T08:00", source="council")
_AGAIN = _fig("Seven schools stayed shut on Wednesday while engineers repaired roofs.", "Seven", 7, "a3",
              "2026-01-14T10:00")


def test_a_repeated_update_is_no_rival_of_the_count_it_replaced() -> None:
    """Four, then ``rose to seven``, then seven again the next day: one update, told twice."""
    assert group_label([_FIRST, _RISEN, _AGAIN], "fixed") == "updated"


def test_a_count_repeated_without_a_mark_still_conflicts() -> None:
    """Police count three dead; the hospital says five; police repeat three later: two
    sources stand by two counts."""
    police = _fig("Three patients died in the blaze, police said.", "Three", 3, "a1", "2026-02-03T07:00",
                  source="police")
    hospital = _fig("Five patients died in the fire, the hospital said.", "Five", 5, "a2", "2026-02-03T12:00",
                    source="hospital")
    again = _fig("Police maintained that three patients had died.", "three", 3, "a3", "2026-02-03T18:00",
                 source="police")
    assert group_label([police, hospital, again], "rising") == "conflicting"


def test_an_amount_told_once_changed_keeps_its_pairwise_label() -> None:
    """Without any repetition the label is that of the pairs: 31 ill, then ``has risen to 45``."""
    first = _fig("Thirty-one guests fell ill after the wedding lunch.", "Thirty-one", 31, "a1", "2026-05-02T18:00")
    risen = _fig("The number of guests taken ill has risen to 45, health officials said.", "45", 45, "a2",
                 "2026-05-03T11:00", source="health officials")
    assert group_label([first, risen], "rising") == "updated"


@given(st.integers(min_value=1, max_value=5), st.integers(min_value=15, max_value=23))
def test_repeating_a_marked_update_never_changes_the_label(times: int, hour: int) -> None:
    """However often and whenever the next days an outlet repeats an update, the label is
    the update's."""
    repeats = [_fig("Seven schools stayed shut while engineers repaired roofs.", "Seven", 7, f"r{k}",
                    f"2026-01-{14 + k:02d}T{hour:02d}:00") for k in range(times)]
    assert group_label([_FIRST, _RISEN, *repeats], "fixed") == group_label([_FIRST, _RISEN], "fixed") == "updated"


def test_a_change_told_to_an_amount_already_given_repeats_that_amount() -> None:
    """``$2.4 million`` owed, then another outlet's ``nearly $2.5 million``, then the next day
    ``has grown to $2.4 million``: the debt had reached that sum when it was first given, so
    the change told later is no update of the estimate told in between; told to a new sum
    (``has grown to $2.9 million``), it is."""
    owed = _fig("The club owes the tax office $2.4 million, a person familiar with the matter said.", "$2.4 million",
                2_400_000, "a1", "2026-03-02T08:00", source="unnamed person")
    near = _fig("The club is reported to owe nearly $2.5 million to the tax office.", "nearly $2.5 million", 2_500_000,
                "a2", "2026-03-02T13:00", approx="under")
    grown = _fig("The club's unpaid tax bill has grown to $2.4 million, documents show.", "$2.4 million", 2_400_000,
                 "a3", "2026-03-03T09:00")
    more = _fig("The club's unpaid tax bill has grown to $2.9 million, documents show.", "$2.9 million", 2_900_000,
                "a3", "2026-03-03T09:00")
    assert group_label([owed, near, grown], "fixed") == "consistent"
    assert group_label([owed, near, more], "fixed") == "updated"
