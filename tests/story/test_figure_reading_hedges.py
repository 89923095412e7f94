"""A reading told again with its hedge dropped or added, read by the label as the same
reading (session 49): a floor an outlet gave (``at least 12``) that a later sentence names
plainly as the count a change is counted from (``up from the 12 counted on Monday night``)
is the count's earlier reading, as a rounded ``about 12`` is (``figure_label._one_reading``);
and a count told as a change's outcome (``has risen to 35``) told again later as a floor
(``at least 35``) repeats that update, as the same amount would (``figure_label._repeats``),
so it is no rival estimate of the count before the change. Invented news sentences."""

from __future__ import annotations

import attrs

from newskit.model import Figure
from newskit.story.figure_label import _repeats, first_readings, group_label
from tests.story.helpers import sentence_figure

_NIGHT = "2026-09-14T22:00"
_NEXT_EVENING = "2026-09-15T18:00"
_NEXT_MORNING = "2026-09-15T07:00"
_MORNING = "2026-09-14T09:00"
_EVENING = "2026-09-14T20:00"


def _missing(text: str, amount: str, value: int, article: str, source: str | None, stated: str,
             approx: str | None = None) -> Figure:
    return sentence_figure(text, amount, value, approx=approx, unit="person", measure="missing", article=article,
                           source=source, stated=stated)


def _floods() -> tuple[Figure, Figure, Figure]:
    """A wire's floor at night; the next evening a governor's larger floor, the change counted
    from the night's count named plainly, far enough after it that no change marks it."""
    wire = _missing("At least 12 people were missing after the river burst its banks, the civil protection agency said.",
                    "At least 12", 12, "a1", "civil protection agency", _NIGHT, "over")
    text = ("The regional governor said on Tuesday that at least 30 people were missing after the floods in the "
            "valley towns, up from the 12 counted on Monday night.")
    later = _missing(text, "at least 30", 30, "a2", "regional governor", _NEXT_EVENING, "over")
    named = _missing(text, "12", 12, "a2", "regional governor", _NEXT_EVENING)
    return wire, later, named


def test_a_floor_named_plainly_as_what_a_change_counts_from_is_the_earlier_reading() -> None:
    wire, later, named = _floods()
    assert id(wire) in first_readings([wire, later, named])


def test_the_larger_floor_updates_the_floor_its_teller_counts_from() -> None:
    """Fails on the old rule: the wire's ``At least 12`` was no earlier reading (only a
    hedge of closeness was dropped), so the governor's ``at least 30`` within a day was a
    rival estimate of it: conflicting."""
    assert group_label(list(_floods()), "rising", "missing") == "updated"


def _dead(text: str, amount: str, value: int, article: str, source: str | None, stated: str,
          approx: str | None = None) -> Figure:
    return sentence_figure(text, amount, value, approx=approx, unit="person", measure="deaths", article=article,
                           source=source, stated=stated)


def _quake() -> list[Figure]:
    first = _dead("An earthquake struck the district before dawn, killing at least 22 people, the civil defence said.",
                  "at least 22", 22, "a1", "civil defence", _MORNING, "over")
    risen = _dead("The death toll from the earthquake has risen to 35, the health ministry said.", "35", 35, "a2",
                  "health ministry", _EVENING)
    again = _dead("A relief charity said aid had yet to reach the district, where the earthquake has killed at least "
                  "35 people.", "at least 35", 35, "a3", "relief charity", _NEXT_MORNING, "over")
    return [first, risen, again]


def test_a_floor_at_the_count_a_change_reached_repeats_it() -> None:
    _, risen, again = _quake()
    assert _repeats(risen, again)
    assert not _repeats(risen, attrs.evolve(again, value=36))


def test_the_toll_risen_and_told_again_as_a_floor_is_an_update() -> None:
    """Fails on the old rule: the charity's ``at least 35`` the next morning was compared with
    the civil defence's ``at least 22`` as a rival estimate within a day (conflicting), though
    the toll had been told as risen to 35 in between."""
    assert group_label(_quake(), "rising", "deaths") == "updated"
